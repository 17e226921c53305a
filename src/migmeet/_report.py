"""The report DSL: immutable values a rapporteur composes in Python.

A paragraph is a sequence of inline parts: text, and the model's own
values (a :class:`Person`, :class:`Organization`, :class:`Term` or
:class:`Document`), which are *mentions*. How a mention reads (spelled out
or abbreviated, full name or short) is not decided here but over the
finished document in reading order, so the order in which the code builds
the report does not matter. Sections are numbered from the agenda and put
in agenda order whatever order they are given in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from . import _validators as v
from ._errors import InvalidValueError, ReportError
from ._model import (
    AgendaItem,
    Document,
    Meeting,
    Organization,
    Person,
    Term,
    abbreviation_clashes,
)

__all__ = [
    "Annex",
    "Emphasis",
    "Footnote",
    "Inline",
    "Paragraph",
    "Report",
    "Section",
    "Subsection",
    "emphasis",
    "footnote",
    "p",
]


def _inline_tuple(parts: Iterable[Inline]) -> tuple[Inline, ...]:
    """Converter: the parts as a tuple; one string is one part."""
    return (parts,) if isinstance(parts, str) else tuple(parts)


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
                    "emphasis() or footnote()",
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


Inline = str | Person | Organization | Term | Document | Emphasis | Footnote
INLINE_TYPES = (str, *MENTIONABLE, Emphasis, Footnote)


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of running text."""

    content: tuple[Inline, ...] = attrs.field(
        converter=_inline_tuple, validator=v.field(_inlines(allow_footnotes=True))
    )


def p(*parts: Inline) -> Paragraph:
    """A paragraph of ``parts``: text and mentions, in reading order.

    >>> iom = Organization(name="International Organization for Migration",
    ...                    abbreviation="IOM")
    >>> p("The meeting heard ", iom, ".").content[1].abbreviation
    'IOM'
    """
    return Paragraph(content=parts)


def emphasis(*parts: Inline) -> Emphasis:
    """Italic text, which may contain mentions."""
    return Emphasis(content=parts)


def footnote(*parts: Inline) -> Footnote:
    """A footnote at this point of a paragraph; its marker follows punctuation
    as written, so put it after the full stop in English."""
    return Footnote(content=parts)


def _paragraphs(values: Iterable[Paragraph | str]) -> tuple[Paragraph, ...]:
    """Converter: plain strings are accepted as one-part paragraphs."""
    return tuple(p(value) if isinstance(value, str) else value for value in values)


_each_paragraph = v.field(v.each(v.instance_of(Paragraph)))


@attrs.frozen(kw_only=True)
class Subsection:
    """A lettered sub-heading (A., B., ...) inside a section."""

    title: str = attrs.field(validator=v.field(v.text))
    paragraphs: tuple[Paragraph, ...] = attrs.field(
        converter=_paragraphs, validator=_each_paragraph
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
    paragraphs: tuple[Paragraph, ...] = attrs.field(
        default=(), converter=_paragraphs, validator=_each_paragraph
    )
    subsections: tuple[Subsection, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.field(_subsections)
    )
    title: str | None = attrs.field(default=None, validator=v.field(v.optional(v.text)))

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
    paragraphs: tuple[Paragraph, ...] = attrs.field(
        converter=_paragraphs, validator=_each_paragraph
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
    preface: tuple[Paragraph, ...] = attrs.field(
        converter=_paragraphs, validator=_each_paragraph
    )
    sections: tuple[Section, ...] = attrs.field(
        converter=_in_agenda_order, validator=v.field(v.each(v.instance_of(Section)))
    )
    introduction: tuple[Paragraph, ...] = attrs.field(
        default=(), converter=_paragraphs, validator=_each_paragraph
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
            raise ReportError(
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

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph in reading order."""
        yield from self.preface
        yield from self.introduction
        for section in self.sections:
            yield from section.paragraphs
            for subsection in section.subsections:
                yield from subsection.paragraphs
        for annex in self.annexes:
            yield from annex.paragraphs

    def mentions(self) -> Iterator[Mentionable]:
        """Every person, organization, term and document mentioned, in order."""
        for paragraph in self.paragraphs():
            yield from _mentions_in(paragraph.content)


def _mentions_in(parts: Iterable[Inline]) -> Iterator[Mentionable]:
    for part in parts:
        if isinstance(part, MENTIONABLE):
            yield part
        elif isinstance(part, Emphasis | Footnote):
            yield from _mentions_in(part.content)
