"""The report of the DSL: :class:`Section`, :class:`Subsection`,
:class:`Annex` and the :class:`Report` that holds them.

Sections are numbered from the agenda and put in agenda order whatever
order they are given in; the report checks that each is for an item of the
meeting's agenda, once, and that no abbreviation stands for two names.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal

import attrs

from .._errors import AbbreviationClashError, InvalidValueError, ReportError
from .._model import (
    AgendaItem,
    Meeting,
    Organization,
    Person,
    Source,
    Term,
    abbreviation_clashes,
)
from .._model import validators as v
from .._model.typed import typed_fields
from .._style import DocumentSymbol
from .blocks import BLOCK_TYPES, Block, Image, Paragraph, block_tuple, paragraphs_in
from .inline import Mentionable, mentions_in

__all__ = [
    "EDITIONS",
    "PAGE_SIZES",
    "Annex",
    "Report",
    "Section",
    "Subsection",
]


_each_block = v.field(v.each(v.instance_of(*BLOCK_TYPES)))


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Subsection:
    """A lettered sub-heading (A., B., ...) inside a section."""

    title: str = attrs.field(validator=v.field(v.text))
    paragraphs: tuple[Block, ...] = attrs.field(
        converter=block_tuple, validator=_each_block
    )
    source: Source | None = attrs.field(default=None, eq=False, repr=False)


def _subsections(name: str, values: tuple[Subsection, ...]) -> None:
    v.each(v.instance_of(Subsection))(name, values)
    if len(values) == 1:
        raise InvalidValueError(
            name, values[0].title, "is a lone sub-heading; UN style needs two or none"
        )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Section:
    """The summary of one agenda item: "II. IMPLEMENTING THE ...".

    ``item`` is the agenda item or its number; the heading is the item's
    title unless ``title`` overrides it.
    """

    item: AgendaItem | int = attrs.field(
        validator=v.field(v.instance_of(AgendaItem, int))
    )
    paragraphs: tuple[Block, ...] = attrs.field(
        default=(), converter=block_tuple, validator=_each_block
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


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Annex:
    """An annex after the body: "Annex I", its title and paragraphs."""

    title: str = attrs.field(validator=v.field(v.text))
    paragraphs: tuple[Block, ...] = attrs.field(
        converter=block_tuple, validator=_each_block
    )
    source: Source | None = attrs.field(default=None, eq=False, repr=False)


#: The page sizes a report is printed on.
PAGE_SIZES = ("Letter", "A4")
PageSize = Literal["Letter", "A4"]
#: "print" leaves a page blank so that each part opens on a right-hand page;
#: "screen", for the PDF posted online, leaves none.
EDITIONS = ("print", "screen")
Edition = Literal["print", "screen"]


def _logo(value: Image | bytes | None) -> Image | None:
    """Converter: the bytes of an image file are the logo, with its text."""
    if isinstance(value, bytes):
        return Image(data=value, alt="Logo")
    return value


def _report_symbol(value: DocumentSymbol | str | None) -> DocumentSymbol | None:
    if isinstance(value, str):
        try:
            return DocumentSymbol(text=value)
        except InvalidValueError as error:
            raise InvalidValueError("Report.symbol", value, error.problem) from None
    return value


def _in_agenda_order(sections: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(sorted(sections, key=lambda section: section.number))


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Report:
    """The report of a meeting, ready to render.

    ``introduction`` holds the unnumbered paragraphs under the report's
    heading, before section I. ``abbreviations`` adds entries to the list of
    abbreviations beyond those the text uses.

    Publication options: ``page_size`` is ``"Letter"`` (the default) or
    ``"A4"``; ``logo`` is an :class:`Image` (or the bytes of a PNG, JPEG or
    GIF file) shown on the cover; ``symbol`` (the report's document symbol,
    parsed as :func:`parse_symbol` does) and ``sales_number`` (such as
    ``"E.17.XIII.5"``) are printed on the cover and the imprint;
    ``participants_annex`` adds the list of participants, grouped as United
    Nations lists are, as the last annex.
    """

    meeting: Meeting = attrs.field(validator=v.field(v.instance_of(Meeting)))
    preface: tuple[Block, ...] = attrs.field(
        converter=block_tuple, validator=_each_block
    )
    sections: tuple[Section, ...] = attrs.field(
        converter=_in_agenda_order, validator=v.field(v.each(v.instance_of(Section)))
    )
    introduction: tuple[Block, ...] = attrs.field(
        default=(), converter=block_tuple, validator=_each_block
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
    page_size: PageSize = attrs.field(
        default="Letter", validator=v.field(v.one_of(PAGE_SIZES))
    )
    edition: Edition = attrs.field(
        default="print", validator=v.field(v.one_of(EDITIONS))
    )
    logo: Image | None = attrs.field(
        default=None,
        converter=_logo,
        validator=v.field(v.optional(v.instance_of(Image))),
    )
    symbol: DocumentSymbol | None = attrs.field(
        default=None,
        converter=_report_symbol,
        validator=v.field(v.optional(v.instance_of(DocumentSymbol))),
    )
    sales_number: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.text))
    )
    participants_annex: bool = False

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
            yield from mentions_in(paragraph.content)
