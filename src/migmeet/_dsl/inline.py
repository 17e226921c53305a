"""Inline parts of the report DSL: what a paragraph is made of.

Text, and the model's own values (a :class:`Person`, :class:`Organization`,
:class:`Term` or :class:`Document`), which are *mentions*; and
:class:`Emphasis`, :class:`Strong`, :class:`Link` and :class:`Footnote`,
which hold inline parts in turn. How a mention reads (spelled out or
abbreviated, full name or short) is not decided here but over the finished
document in reading order, so the order in which the code builds the
report does not matter.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from .._errors import InvalidValueError
from .._model import Document, Organization, Person, Term
from .._model import validators as v
from .._model.typed import typed_fields

__all__ = [
    "MENTIONABLE",
    "Emphasis",
    "Footnote",
    "Inline",
    "Link",
    "Mentionable",
    "Strong",
    "emphasis",
    "footnote",
    "link",
    "strong",
]


def inline_tuple(parts: Iterable[Inline]) -> tuple[Inline, ...]:
    """Converter: the parts as a tuple; one string is one part."""
    return (parts,) if isinstance(parts, str) else tuple(parts)


#: What a paragraph may mention: the model's own values.
Mentionable = Person | Organization | Term | Document
MENTIONABLE = (Person, Organization, Term, Document)


def check_inlines(*, allow_footnotes: bool) -> v.Check:
    """Check inline parts: some text, only known kinds, footnotes where allowed."""

    def check(name: str, parts: tuple[object, ...]) -> None:
        if not parts or all(isinstance(p, str) and not p.strip() for p in parts):
            raise InvalidValueError(name, parts, "is empty")
        for index, part in enumerate(parts):
            if not isinstance(part, INLINE_TYPES):
                raise InvalidValueError(
                    f"{name}[{index}]",
                    part,
                    "is not text, a Person, Organization, Term, Document, "
                    "emphasis(), strong(), link() or footnote()",
                )
            if isinstance(part, Footnote) and not allow_footnotes:
                raise InvalidValueError(
                    f"{name}[{index}]",
                    part,
                    "is a footnote, which only a paragraph may hold",
                )

    return check


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Emphasis:
    """Text in italics (titles of publications, foreign words)."""

    content: tuple[Inline, ...] = attrs.field(
        converter=inline_tuple, validator=v.field(check_inlines(allow_footnotes=False))
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Footnote:
    """A footnote, placed where it is written; numbered when rendered."""

    content: tuple[Inline, ...] = attrs.field(
        converter=inline_tuple, validator=v.field(check_inlines(allow_footnotes=False))
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Strong:
    """Text in bold; UN documents use it sparingly."""

    content: tuple[Inline, ...] = attrs.field(
        converter=inline_tuple, validator=v.field(check_inlines(allow_footnotes=False))
    )


_LINK_SCHEMES = ("https://", "http://", "mailto:")


def _link_url(name: str, value: object) -> None:
    v.text(name, value)
    if not str(value).startswith(_LINK_SCHEMES):
        raise InvalidValueError(
            name, value, "is not a web (https://) or mail (mailto:) address"
        )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Link:
    """Text that links to a web or mail address."""

    content: tuple[Inline, ...] = attrs.field(
        converter=inline_tuple, validator=v.field(check_inlines(allow_footnotes=False))
    )
    url: str = attrs.field(validator=v.field(_link_url))


Inline = (
    str | Person | Organization | Term | Document | Emphasis | Strong | Link | Footnote
)
INLINE_TYPES = (str, *MENTIONABLE, Emphasis, Strong, Link, Footnote)
_NESTING = (Emphasis, Strong, Link, Footnote)


def emphasis(*parts: Inline) -> Emphasis:
    """Italic text, which may contain mentions.

    Args:
        parts: the text and mentions, as for :func:`p` (no footnotes).

    Returns:
        The inline part, to place in a paragraph.

    Raises:
        InvalidValueError: if it is empty or holds a footnote.
    """
    return Emphasis(content=parts)


def footnote(*parts: Inline) -> Footnote:
    """A footnote at this point of a paragraph, numbered when rendered.

    Its marker follows punctuation as written, so put it after the full stop
    in English.

    Args:
        parts: the footnote's text and mentions (no footnote inside).

    Returns:
        The :class:`Footnote`, to place in a paragraph.

    Raises:
        InvalidValueError: if it is empty or holds a footnote.
    """
    return Footnote(content=parts)


def strong(*parts: Inline) -> Strong:
    """Bold text, which may contain mentions.

    Args:
        parts: the text and mentions, as for :func:`p` (no footnotes).

    Returns:
        The inline part, to place in a paragraph.

    Raises:
        InvalidValueError: if it is empty or holds a footnote.
    """
    return Strong(content=parts)


def link(text: str | Iterable[Inline], url: str) -> Link:
    """Text that links to a web or mail address.

    Args:
        text: the link's words (text, or a sequence of inline parts).
        url: an ``https://``, ``http://`` or ``mailto:`` address.

    Returns:
        The :class:`Link`, to place in a paragraph.

    Raises:
        InvalidValueError: if the text is empty or the address of another
            kind (``javascript:``, ``file:``).
    """
    return Link(content=inline_tuple(text), url=url)


def mentions_in(parts: Iterable[Inline]) -> Iterator[Mentionable]:
    """The mentions among ``parts`` and inside them, in reading order."""
    for part in parts:
        if isinstance(part, MENTIONABLE):
            yield part
        elif isinstance(part, _NESTING):
            yield from mentions_in(part.content)
