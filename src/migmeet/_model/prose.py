"""Running text of the data file that names the meeting's people,
organizations, terms and documents: :class:`Prose` and :class:`ProseLink`.

An objective, a day's note, a side event's note and a panel's background
are written with the summaries' roles (``:person:`liu```, ``:org:`iom```,
``:doc:`new_york_declaration```) and links (```text <https://...>`_``).
The folder reader parses them into parts: text, the named values and
links, so that the documents print each name by the first-mention rules
and never the markup. Plain text given from Python is one text part.
"""

from __future__ import annotations

from typing import Any

import attrs

from . import validators as v
from .documents import Document
from .entities import Organization, Person, Term
from .typed import typed_fields

__all__ = [
    "Prose",
    "ProseLink",
    "ProsePart",
    "to_prose",
    "to_prose_or_none",
    "to_prose_tuple",
]


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class ProseLink:
    """A link in running text: its words and the https:// address."""

    text: str = attrs.field(validator=v.field(v.text))
    url: str = attrs.field(validator=v.field(v.https_url))


ProsePart = str | Person | Organization | Term | Document | ProseLink


def _part(name: str, value: object) -> None:
    v.instance_of(str, Person, Organization, Term, Document, ProseLink)(name, value)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Prose:
    """Running text: ``text`` as written, ``parts`` as it reads."""

    text: str = attrs.field(validator=v.field(v.text))
    parts: tuple[ProsePart, ...] = attrs.field(
        converter=v.to_tuple, validator=v.field(v.each(_part))
    )

    @classmethod
    def plain(cls, text: str) -> Prose:
        """Text without roles or links."""
        return cls(text=text, parts=(text,))

    def __str__(self) -> str:
        return self.text


def to_prose(value: Any) -> Any:
    """A string as plain :class:`Prose`; anything else as it is (the field's
    type check then says what is wrong)."""
    return Prose.plain(value) if isinstance(value, str) else value


def to_prose_or_none(value: Any) -> Any:
    return None if value is None else to_prose(value)


def to_prose_tuple(values: Any) -> tuple[Any, ...]:
    """Each string of ``values`` as plain :class:`Prose`, in a tuple."""
    return tuple(to_prose(x) for x in v.to_tuple(values))
