"""The meeting roles ``:person:``, ``:org:``, ``:term:`` and ``:doc:``, and
the keys of the data file they may name.

The roles are registered with docutils once, as pure functions; the keys
they resolve come with each parse, in its settings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from docutils import nodes, utils
from docutils.parsers.rst import roles

from .._model import Document, Organization, Person, Term
from .._tree import mention
from .suggest import suggest

__all__ = ["ROLE_TABLES", "Entities"]

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


def _meeting_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: Mapping[str, Any] | None = None,
    content: Sequence[str] = (),
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    entities: Entities | None = getattr(
        inliner.document.settings, "migmeet_entities", None
    )
    table_name, what = ROLE_TABLES[name]
    table: Mapping[str, object] = getattr(entities, table_name) if entities else {}
    key = utils.unescape(text).strip()
    if key in table:
        return [mention(rawtext, entity=table[key])], []
    if entities is not None and key in entities.broken_keys:
        # Its definition has its own problem in the data file.
        return [nodes.Text(key)], []
    hint = suggest(key, table)
    known = "" if hint or not table else f"; known: {', '.join(sorted(table)[:8])}"
    message = inliner.reporter.error(
        f"no {what} {key!r} in the data file's [{table_name}]{hint}{known}", line=lineno
    )
    return [inliner.problematic(rawtext, rawtext, message)], [message]


for _role in ROLE_TABLES:
    roles.register_local_role(_role, _meeting_role)  # type: ignore[arg-type]
