"""The report DSL: immutable values a rapporteur composes in Python.

A paragraph is a sequence of inline parts: text, and the model's own
values (a :class:`Person`, :class:`Organization`, :class:`Term` or
:class:`Document`), which are *mentions*. How a mention reads (spelled out
or abbreviated, full name or short) is not decided here but over the
finished document in reading order, so the order in which the code builds
the report does not matter. Sections are numbered from the agenda and put
in agenda order whatever order they are given in.

Blocks are paragraphs, bulleted or numbered lists and images; inline parts
are text, mentions, emphasis, strong text, links and footnotes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from .._errors import AbbreviationClashError, InvalidValueError, ReportError
from .._model import (
    AgendaItem,
    Document,
    Meeting,
    Organization,
    Person,
    Source,
    Term,
    abbreviation_clashes,
)
from .._model import validators as v

__all__ = [
    "Annex",
    "Block",
    "BulletList",
    "Emphasis",
    "Footnote",
    "Image",
    "Inline",
    "Link",
    "NumberedList",
    "Paragraph",
    "Report",
    "Section",
    "Strong",
    "Subsection",
    "bullets",
    "emphasis",
    "footnote",
    "link",
    "numbered",
    "p",
    "strong",
]


def _inline_tuple(parts: Iterable[Inline]) -> tuple[Inline, ...]:
    """Converter: the parts as a tuple; one string is one part."""
    return (parts,) if isinstance(parts, str) else tuple(parts)


_CSS_LENGTH = re.compile(r"\d+(?:\.\d+)?(?:cm|mm|in|pt|em|%)\Z")


def _css_length(name: str, value: object) -> None:
    if not isinstance(value, str) or not _CSS_LENGTH.match(value):
        raise InvalidValueError(name, value, "is not a length such as '8cm' or '50%'")


Mentionable = Person | Organization | Term | Document
MENTIONABLE = (Person, Organization, Term, Document)


def _inlines(*, allow_footnotes: bool) -> v.Check:
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


@attrs.frozen(kw_only=True)
class Emphasis:
    """Text in italics (titles of publications, foreign words)."""

    content: tuple[Inline, ...] = attrs.field(
        converter=_inline_tuple, validator=v.field(_inlines(allow_footnotes=False))
    )


@attrs.frozen(kw_only=True)
class Footnote:
    """A footnote, placed where it is written; numbered when rendered."""

    content: tuple[Inline, ...] = attrs.field(
        converter=_inline_tuple, validator=v.field(_inlines(allow_footnotes=False))
    )


@attrs.frozen(kw_only=True)
class Strong:
    """Text in bold; UN documents use it sparingly."""

    content: tuple[Inline, ...] = attrs.field(
        converter=_inline_tuple, validator=v.field(_inlines(allow_footnotes=False))
    )


_LINK_SCHEMES = ("https://", "http://", "mailto:")


def _link_url(name: str, value: object) -> None:
    v.text(name, value)
    if not str(value).startswith(_LINK_SCHEMES):
        raise InvalidValueError(
            name, value, "is not a web (https://) or mail (mailto:) address"
        )


@attrs.frozen(kw_only=True)
class Link:
    """Text that links to a web or mail address."""

    content: tuple[Inline, ...] = attrs.field(
        converter=_inline_tuple, validator=v.field(_inlines(allow_footnotes=False))
    )
    url: str = attrs.field(validator=v.field(_link_url))


Inline = (
    str | Person | Organization | Term | Document | Emphasis | Strong | Link | Footnote
)
INLINE_TYPES = (str, *MENTIONABLE, Emphasis, Strong, Link, Footnote)
_NESTING = (Emphasis, Strong, Link, Footnote)


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of running text.

    ``source`` says where a paragraph read from a file was written, so that
    checks can point there; it takes no part in comparing paragraphs.
    """

    content: tuple[Inline, ...] = attrs.field(
        converter=_inline_tuple, validator=v.field(_inlines(allow_footnotes=True))
    )
    source: Source | None = attrs.field(default=None, eq=False, repr=False)


def p(*parts: Inline) -> Paragraph:
    """A paragraph of ``parts``: text and mentions, in reading order.

    Args:
        parts: text, and :class:`Person`, :class:`Organization`,
            :class:`Term` or :class:`Document` values (mentions), and
            :func:`emphasis`, :func:`strong`, :func:`link` or
            :func:`footnote` parts.

    Returns:
        The :class:`Paragraph`.

    Raises:
        InvalidValueError: if the paragraph is empty or a part is of
            another kind.

    >>> iom = Organization(name="International Organization for Migration",
    ...                    abbreviation="IOM")
    >>> p("The meeting heard ", iom, ".").content[1].abbreviation
    'IOM'
    """
    return Paragraph(content=parts)


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
    return Link(content=_inline_tuple(text), url=url)


_IMAGE_TYPES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


def image_media_type(data: bytes) -> str | None:
    """The media type of PNG, JPEG or GIF data, read from its first bytes."""
    for magic, media_type in _IMAGE_TYPES.items():
        if data.startswith(magic):
            return media_type
    return None


def _image_data(name: str, value: object) -> None:
    if not isinstance(value, bytes) or image_media_type(value) is None:
        shown = value[:8] if isinstance(value, bytes) else value
        raise InvalidValueError(name, shown, "is not a PNG, JPEG or GIF image")


@attrs.frozen(kw_only=True)
class Image:
    """A picture (a chart, a logo), carried as its bytes.

    The bytes travel with the value, so rendering reads no file: build one
    with :meth:`from_file`. ``alt`` says in words what the picture shows;
    ``width`` is a CSS length such as ``"8cm"`` or ``"50%"``.
    """

    data: bytes = attrs.field(validator=v.field(_image_data), repr=False)
    alt: str = attrs.field(validator=v.field(v.text))
    width: str | None = attrs.field(
        default=None, validator=v.field(v.optional(_css_length))
    )

    @property
    def media_type(self) -> str:
        """``image/png``, ``image/jpeg`` or ``image/gif``."""
        return image_media_type(self.data) or "application/octet-stream"

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, alt: str, width: str | None = None
    ) -> Image:
        """Read a PNG, JPEG or GIF file into an image."""
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise InvalidValueError(
                "Image.data", str(path), f"cannot be read: {error.strerror}"
            ) from None
        return cls(data=data, alt=alt, width=width)


def _items(
    values: Iterable[Block | str | Iterable[Block | str]],
) -> tuple[tuple[Block, ...], ...]:
    """Converter: each item is one block, a string, or a sequence of them."""
    items = []
    for value in values:
        if isinstance(value, str | Paragraph | BulletList | NumberedList | Image):
            value = (value,)
        items.append(_blocks(value))
    return tuple(items)


def _list_items(name: str, items: tuple[tuple[Block, ...], ...]) -> None:
    if not items:
        raise InvalidValueError(name, items, "is an empty list")
    for index, blocks in enumerate(items):
        if not blocks:
            raise InvalidValueError(f"{name}[{index}]", blocks, "is an empty item")
        v.each(v.instance_of(*BLOCK_TYPES))(f"{name}[{index}]", blocks)


@attrs.frozen(kw_only=True)
class BulletList:
    """A list with bullets; each item holds blocks (usually one paragraph)."""

    items: tuple[tuple[Block, ...], ...] = attrs.field(
        converter=_items, validator=v.field(_list_items)
    )


LIST_STYLES = ("loweralpha", "arabic", "lowerroman", "upperalpha", "upperroman")


@attrs.frozen(kw_only=True)
class NumberedList:
    """A numbered list: "(a)", "(b)" by default, as UN documents number them.

    ``style`` is ``"loweralpha"`` for (a), (b); ``"lowerroman"`` for (i),
    (ii); ``"arabic"`` for 1., 2.; and the capital forms.
    """

    items: tuple[tuple[Block, ...], ...] = attrs.field(
        converter=_items, validator=v.field(_list_items)
    )
    style: str = attrs.field(
        default="loweralpha", validator=v.field(v.one_of(LIST_STYLES))
    )


def bullets(*items: Block | str | Iterable[Block | str]) -> BulletList:
    """A bulleted list.

    Args:
        items: each item a block, a string, or a sequence of them.

    Returns:
        The :class:`BulletList`.

    Raises:
        InvalidValueError: if the list or an item is empty.
    """
    return BulletList(items=items)


def numbered(
    *items: Block | str | Iterable[Block | str], style: str = "loweralpha"
) -> NumberedList:
    """A numbered list, "(a)", "(b)" as UN documents number them.

    Args:
        items: each item a block, a string, or a sequence of them.
        style: ``"loweralpha"`` (the default), ``"lowerroman"``,
            ``"arabic"``, ``"upperalpha"`` or ``"upperroman"``.

    Returns:
        The :class:`NumberedList`.

    Raises:
        InvalidValueError: if the list or an item is empty, or the style
            unknown.
    """
    return NumberedList(items=items, style=style)


Block = Paragraph | BulletList | NumberedList | Image
BLOCK_TYPES = (Paragraph, BulletList, NumberedList, Image)


def _blocks(values: Iterable[Block | str]) -> tuple[Block, ...]:
    """Converter: plain strings are accepted as one-part paragraphs."""
    return tuple(p(value) if isinstance(value, str) else value for value in values)


_each_block = v.field(v.each(v.instance_of(*BLOCK_TYPES)))


@attrs.frozen(kw_only=True)
class Subsection:
    """A lettered sub-heading (A., B., ...) inside a section."""

    title: str = attrs.field(validator=v.field(v.text))
    paragraphs: tuple[Block, ...] = attrs.field(
        converter=_blocks, validator=_each_block
    )


def _subsections(name: str, values: tuple[Subsection, ...]) -> None:
    v.each(v.instance_of(Subsection))(name, values)
    if len(values) == 1:
        raise InvalidValueError(
            name, values[0].title, "is a lone sub-heading; UN style needs two or none"
        )


@attrs.frozen(kw_only=True)
class Section:
    """The summary of one agenda item: "II. IMPLEMENTING THE ...".

    ``item`` is the agenda item or its number; the heading is the item's
    title unless ``title`` overrides it.
    """

    item: AgendaItem | int = attrs.field(
        validator=v.field(v.instance_of(AgendaItem, int))
    )
    paragraphs: tuple[Block, ...] = attrs.field(
        default=(), converter=_blocks, validator=_each_block
    )
    subsections: tuple[Subsection, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.field(_subsections)
    )
    title: str | None = attrs.field(default=None, validator=v.field(v.optional(v.text)))
    source: Source | None = attrs.field(default=None, eq=False, repr=False)

    @property
    def number(self) -> int:
        """The agenda item number this section reports on."""
        return self.item.number if isinstance(self.item, AgendaItem) else self.item

    def __attrs_post_init__(self) -> None:
        if not self.paragraphs and not self.subsections:
            raise InvalidValueError(
                f"Section {self.number}", (), "has neither paragraphs nor subsections"
            )


@attrs.frozen(kw_only=True)
class Annex:
    """An annex after the body: "Annex I", its title and paragraphs."""

    title: str = attrs.field(validator=v.field(v.text))
    paragraphs: tuple[Block, ...] = attrs.field(
        converter=_blocks, validator=_each_block
    )


def _in_agenda_order(sections: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(sorted(sections, key=lambda section: section.number))


@attrs.frozen(kw_only=True)
class Report:
    """The report of a meeting, ready to render.

    ``introduction`` holds the unnumbered paragraphs under the report's
    heading, before section I. ``abbreviations`` adds entries to the list of
    abbreviations beyond those the text uses.
    """

    meeting: Meeting = attrs.field(validator=v.field(v.instance_of(Meeting)))
    preface: tuple[Block, ...] = attrs.field(converter=_blocks, validator=_each_block)
    sections: tuple[Section, ...] = attrs.field(
        converter=_in_agenda_order, validator=v.field(v.each(v.instance_of(Section)))
    )
    introduction: tuple[Block, ...] = attrs.field(
        default=(), converter=_blocks, validator=_each_block
    )
    annexes: tuple[Annex, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Annex))),
    )
    abbreviations: tuple[Organization | Term, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Organization, Term))),
    )
    author: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.text))
    )

    def __attrs_post_init__(self) -> None:
        self._check_sections()
        entities = [*self.meeting.all_organizations, *self.abbreviations]
        entities += [e for e in self.mentions() if isinstance(e, Organization | Term)]
        entities += [
            person.organization
            for person in self.mentions()
            if isinstance(person, Person) and person.organization is not None
        ]
        for abbreviation, first, second in abbreviation_clashes(entities):
            raise AbbreviationClashError(
                f"abbreviation {abbreviation!r} stands for two names in this report: "
                f"{first!r} and {second!r}"
            )

    def _check_sections(self) -> None:
        agenda = self.meeting.agenda
        seen: set[int] = set()
        for section in self.sections:
            number = section.number
            if not 1 <= number <= len(agenda):
                raise ReportError(
                    f"Report.sections: a section for agenda item {number}, but the "
                    f"agenda has items 1 to {len(agenda)}"
                )
            item = agenda[number - 1]
            if isinstance(section.item, AgendaItem) and section.item != item:
                raise ReportError(
                    f"Report.sections: the section for {section.item.title!r} is not "
                    f"for the meeting's agenda item {item.numeral}, {item.title!r}"
                )
            if number in seen:
                raise ReportError(
                    f"Report.sections: agenda item {item.numeral} has two sections; "
                    f"write one section per agenda item"
                )
            seen.add(number)

    @property
    def author_name(self) -> str:
        """Who the PDF names as author: the organizer unless given."""
        return self.author or self.meeting.organizer.name

    def blocks(self) -> Iterator[Block]:
        """Every top-level block, in reading order."""
        yield from self.preface
        yield from self.introduction
        for section in self.sections:
            yield from section.paragraphs
            for subsection in section.subsections:
                yield from subsection.paragraphs
        for annex in self.annexes:
            yield from annex.paragraphs

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph, those in lists included, in reading order."""
        for block in self.blocks():
            yield from paragraphs_in(block)

    def mentions(self) -> Iterator[Mentionable]:
        """Every person, organization, term and document mentioned, in order."""
        for paragraph in self.paragraphs():
            yield from _mentions_in(paragraph.content)


def _mentions_in(parts: Iterable[Inline]) -> Iterator[Mentionable]:
    for part in parts:
        if isinstance(part, MENTIONABLE):
            yield part
        elif isinstance(part, _NESTING):
            yield from _mentions_in(part.content)


def paragraphs_in(block: Block) -> Iterator[Paragraph]:
    """The paragraphs of ``block``, in reading order."""
    if isinstance(block, Paragraph):
        yield block
    elif isinstance(block, BulletList | NumberedList):
        for item in block.items:
            for inner in item:
                yield from paragraphs_in(inner)
