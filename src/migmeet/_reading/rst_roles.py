"""The meeting roles ``:person:``, ``:org:``, ``:term:`` and ``:doc:``, and
the keys of the data file they may name.

The roles exist only in migmeet's own parses: :class:`MeetingInliner`, made
for one parse with that parse's :class:`Entities`, answers them itself and
leaves every other role to docutils. Nothing is registered with docutils,
so other users of docutils in the process never see these roles.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

import attrs
from docutils import nodes, utils
from docutils.parsers.rst.states import Inliner

from .._model import Document, Organization, Person, Term
from .._tree import mention
from .suggest import suggest

__all__ = ["ROLE_TABLES", "Entities", "MeetingInliner"]

_I = TypeVar("_I", bound=type[Inliner])

#: Each role's name, with the data file's table it names and what that holds.
ROLE_TABLES = {
    "person": ("people", "person"),
    "org": ("organizations", "organization"),
    "term": ("terms", "term"),
    "doc": ("documents", "document"),
}


@attrs.frozen(kw_only=True)
class Entities:
    """What the roles may name, by the keys of the data file."""

    people: Mapping[str, Person] = attrs.field(factory=dict)
    organizations: Mapping[str, Organization] = attrs.field(factory=dict)
    terms: Mapping[str, Term] = attrs.field(factory=dict)
    documents: Mapping[str, Document] = attrs.field(factory=dict)
    #: Keys that stand in the data file but whose values have problems.
    broken_keys: frozenset[str] = frozenset()
    #: The data file could not be read: no key is known, and none is
    #: reported unknown (the data file's own problem says why).
    unread: bool = False


def _with_pattern_pieces(cls: _I) -> _I:
    """``cls`` with the pattern pieces of docutils' :class:`Inliner` as its own
    attributes: docutils formats its patterns with ``vars(type(self))``,
    which holds a class's own attributes only, not those it inherits."""
    for name, piece in vars(Inliner).items():
        if isinstance(piece, str) and not name.startswith("__"):
            setattr(cls, name, piece)
    return cls


@_with_pattern_pieces
class MeetingInliner(Inliner):
    """docutils' inline parser for one parse, with the meeting roles."""

    def __init__(self, entities: Entities) -> None:
        super().__init__()
        self.entities = entities

    def interpreted(
        self, rawsource: str, text: str, role: str, lineno: int
    ) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        name = role.lower()  # docutils' role names ignore case too
        if name in ROLE_TABLES:
            return self.meeting_role(name, rawsource, text, lineno)
        return super().interpreted(rawsource, text, role, lineno)

    def meeting_role(
        self, name: str, rawtext: str, text: str, lineno: int
    ) -> tuple[list[nodes.Node], list[nodes.system_message]]:
        """The value that a role's key names, or a problem saying it is not."""
        table_name, what = ROLE_TABLES[name]
        table: Mapping[str, object] = getattr(self.entities, table_name)
        key = utils.unescape(text).strip()
        if key in table:
            return [mention(rawtext, entity=table[key])], []
        if key in self.entities.broken_keys or self.entities.unread:
            # Its definition has its own problem in the data file.
            return [nodes.Text(key.capitalize())], []
        hint = suggest(key, table)
        known = "" if hint or not table else f"; known: {', '.join(sorted(table)[:8])}"
        message = self.reporter.error(
            f"no {what} {key!r} in the data file's [{table_name}]{hint}{known}",
            line=lineno,
        )
        return [self.problematic(rawtext, rawtext, message)], [message]
