"""The meeting model: organizations, people, documents, the agenda, the meeting.

Values only: frozen, keyword-only attrs classes, validated when made and
changed with :func:`attrs.evolve`. Nothing here knows about documents,
markup or PDF; the report is built from these values elsewhere.
"""

from __future__ import annotations

import datetime as dt
import enum
import zoneinfo
from collections.abc import Iterable

import attrs

from .._errors import InvalidValueError
from .._style import (
    DocumentSymbol,
    check_abbreviation,
    format_date_range,
    ordinal_word,
    to_roman,
)
from . import validators as v

__all__ = [
    "OFFICIAL_LANGUAGES",
    "AgendaItem",
    "BackgroundDocuments",
    "Document",
    "Meeting",
    "Organization",
    "OrganizationKind",
    "Organizer",
    "Panel",
    "Paper",
    "Person",
    "Presentation",
    "ProgrammeDay",
    "Session",
    "SideEvent",
    "Source",
    "Term",
    "Venue",
]


@attrs.frozen(kw_only=True)
class Source:
    """Where a value was written: a file of a meeting folder and a line.

    Values keep it only to point a user to the place; it never takes part
    in comparing them.
    """

    file: str
    line: int | None = None

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


class OrganizationKind(enum.Enum):
    """What kind of body an organization is."""

    UN_ENTITY = "UN entity"
    MEMBER_STATE = "Member State"
    INTERGOVERNMENTAL = "intergovernmental organization"
    CIVIL_SOCIETY = "civil society"
    ACADEMIA = "academia"
    PRIVATE_SECTOR = "private sector"
    OTHER = "other"


def _abbreviation(name: str, value: object) -> None:
    if value is not None:
        v.text(name, value)
        check_abbreviation(name, str(value))


@attrs.frozen(kw_only=True)
class Organization:
    """A body that speaks at or is named in a meeting.

    ``definite_article`` says whether the spelled-out name takes "the"
    ("the International Organization for Migration"); the abbreviation
    never does ("IOM", not "the IOM").
    """

    name: str = attrs.field(validator=v.field(v.text))
    abbreviation: str | None = attrs.field(
        default=None, validator=v.field(_abbreviation)
    )
    kind: OrganizationKind = attrs.field(
        default=OrganizationKind.UN_ENTITY,
        validator=v.field(v.instance_of(OrganizationKind)),
    )
    definite_article: bool = True


@attrs.frozen(kw_only=True)
class Term:
    """An abbreviated term that is not an organization ("SDGs").

    It is spelled out at first mention and listed in the explanatory notes
    like an organization.
    """

    name: str = attrs.field(validator=v.field(v.text))
    abbreviation: str = attrs.field(validator=v.field(_abbreviation))
    definite_article: bool = False


@attrs.frozen(kw_only=True)
class Person:
    """A participant: a speaker, moderator or presenter.

    Names are kept as written, in any script and with their diacritics.
    ``given_name`` may be left out when the sources do not give it.
    ``family_name_first`` orders the full name family name first
    ("Liu Zhenmin").
    """

    honorific: str = attrs.field(validator=v.field(v.text))
    given_name: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.text))
    )
    family_name: str = attrs.field(validator=v.field(v.text))
    function: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.text))
    )
    organization: Organization | None = attrs.field(
        default=None, validator=v.field(v.optional(v.instance_of(Organization)))
    )
    family_name_first: bool = False

    @property
    def full_name(self) -> str:
        """Given and family names in the order the person uses."""
        if self.given_name is None:
            return self.family_name
        if self.family_name_first:
            return f"{self.family_name} {self.given_name}"
        return f"{self.given_name} {self.family_name}"


@attrs.frozen(kw_only=True)
class AgendaItem:
    """An item of the meeting's agenda, shown as "IX. Closing of the meeting"."""

    number: int = attrs.field(validator=v.field(v.positive))
    title: str = attrs.field(validator=v.field(v.text))

    @property
    def numeral(self) -> str:
        """The item's number in capital Roman numerals."""
        return to_roman(self.number)


def _symbol(value: DocumentSymbol | str | None) -> DocumentSymbol | None:
    if value is None or isinstance(value, DocumentSymbol):
        return value
    try:
        return DocumentSymbol(text=value)
    except InvalidValueError as error:
        raise InvalidValueError("Document.symbol", value, error.problem) from None


def _https_url(name: str, value: object) -> None:
    if value is not None and not (
        isinstance(value, str) and value.startswith("https://")
    ):
        raise InvalidValueError(name, value, "is not an https:// address")


@attrs.frozen(kw_only=True)
class Document:
    """A document: a resolution, a report, a contributed paper.

    ``symbol`` may be given as text and is parsed; a malformed symbol is
    refused. ``url`` is where a document without an official symbol can be
    read; official symbols link to undocs.org.
    """

    title: str = attrs.field(validator=v.field(v.text))
    symbol: DocumentSymbol | None = attrs.field(default=None, converter=_symbol)
    url: str | None = attrs.field(default=None, validator=v.field(_https_url))

    @property
    def link(self) -> str | None:
        """Where the document can be read: undocs.org, its own address, or None."""
        if self.symbol is not None and self.symbol.url is not None:
            return self.symbol.url
        return self.url


def _time_zone(name: str, value: object) -> None:
    v.text(name, value)
    try:
        zoneinfo.ZoneInfo(str(value))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise InvalidValueError(
            name, value, "is not a time zone such as 'America/New_York'"
        ) from None


@attrs.frozen(kw_only=True)
class Venue:
    """Where the meeting is held: "United Nations Headquarters", "New York"."""

    name: str = attrs.field(validator=v.field(v.text))
    city: str = attrs.field(validator=v.field(v.text))
    #: The IANA time zone of the venue, for the calendar.
    time_zone: str = attrs.field(
        default="America/New_York", validator=v.field(_time_zone)
    )


@attrs.frozen(kw_only=True)
class Organizer:
    """Who convenes the meeting, as the title page names them."""

    department: str = attrs.field(validator=v.field(v.text))
    division: str = attrs.field(validator=v.field(v.text))

    @property
    def name(self) -> str:
        """ "Population Division, Department of Economic and Social Affairs"."""
        return f"{self.division}, {self.department}"


@attrs.frozen(kw_only=True)
class Presentation:
    """A presentation in a session: its title and who gives it.

    A presenter is a person, or an organization when the programme names
    no one ("World Bank").
    """

    title: str = attrs.field(validator=v.field(v.text))
    presenters: tuple[Person | Organization, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Person, Organization))),
    )
    #: The agenda item the presentation belongs to, if any.
    agenda_item: int | None = attrs.field(
        default=None, validator=v.field(v.optional(v.positive))
    )


@attrs.frozen(kw_only=True)
class Session:
    """A session of a programme day: "Morning session (10.00-13.00)".

    ``agenda_items`` are the numbers of the items taken up. Times are kept
    as given; that a session ends after it starts and does not overlap
    another is checked by ``migmeet check``, so that a draft programme can
    still be loaded and its mistakes listed.
    """

    name: str = attrs.field(validator=v.field(v.text))
    start: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    end: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    agenda_items: tuple[int, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.field(v.each(v.positive))
    )
    presentations: tuple[Presentation, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Presentation))),
    )
    moderators: tuple[Person, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Person))),
    )

    def people(self) -> tuple[Person, ...]:
        """Presenters and moderators who are people, in programme order."""
        presenters = [
            who
            for p in self.presentations
            for who in p.presenters
            if isinstance(who, Person)
        ]
        return (*presenters, *self.moderators)


@attrs.frozen(kw_only=True)
class ProgrammeDay:
    """A day of the programme and its sessions.

    ``weekday`` is the weekday as a draft states it ("Thursday"), if it
    states one; ``note`` is free text printed with the day. Both are checked
    against the date by ``migmeet check``.
    """

    date: dt.date = attrs.field(validator=v.field(v.instance_of(dt.date)))
    sessions: tuple[Session, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Session))),
    )
    weekday: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.text))
    )
    note: str | None = attrs.field(default=None, validator=v.field(v.optional(v.text)))
    source: Source | None = attrs.field(default=None, eq=False, repr=False)


#: The six official languages of the United Nations, by ISO 639-1 code.
OFFICIAL_LANGUAGES = {
    "ar": "Arabic",
    "zh": "Chinese",
    "en": "English",
    "fr": "French",
    "ru": "Russian",
    "es": "Spanish",
}


def _languages(name: str, values: tuple[str, ...]) -> None:
    for index, code in enumerate(values):
        if code not in OFFICIAL_LANGUAGES:
            raise InvalidValueError(
                f"{name}[{index}]",
                code,
                f"is not an official language code ({', '.join(OFFICIAL_LANGUAGES)})",
            )
    if len(set(values)) != len(values):
        raise InvalidValueError(name, values, "names a language twice")


@attrs.frozen(kw_only=True)
class Paper:
    """A paper contributed to the meeting, in one or more official languages."""

    title: str = attrs.field(validator=v.field(v.text))
    organization: Organization = attrs.field(
        validator=v.field(v.instance_of(Organization))
    )
    symbol: DocumentSymbol | None = attrs.field(default=None, converter=_symbol)
    languages: tuple[str, ...] = attrs.field(
        default=("en",), converter=v.to_tuple, validator=v.field(_languages)
    )
    url: str | None = attrs.field(default=None, validator=v.field(_https_url))


@attrs.frozen(kw_only=True)
class SideEvent:
    """An event beside the meeting: a launch, a briefing, a reception."""

    date: dt.date = attrs.field(validator=v.field(v.instance_of(dt.date)))
    start: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    end: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    title: str = attrs.field(validator=v.field(v.text))
    organizer: str = attrs.field(validator=v.field(v.text))
    location: str = attrs.field(validator=v.field(v.text))
    note: str | None = attrs.field(default=None, validator=v.field(v.optional(v.text)))


@attrs.frozen(kw_only=True)
class BackgroundDocuments:
    """Background documents for one agenda item, or for the whole meeting
    when ``agenda_item`` is None."""

    documents: tuple[Document, ...] = attrs.field(
        converter=v.to_tuple, validator=v.field(v.each(v.instance_of(Document)))
    )
    agenda_item: int | None = attrs.field(
        default=None, validator=v.field(v.optional(v.positive))
    )


@attrs.frozen(kw_only=True)
class Panel:
    """A panel and its concept note: background, how the panel is organized
    (numbered steps), when it meets and who moderates it. ``key`` names it
    on the command line (``migmeet concept-note DIR KEY``)."""

    key: str = attrs.field(validator=v.field(v.text))
    title: str = attrs.field(validator=v.field(v.text))
    date: dt.date = attrs.field(validator=v.field(v.instance_of(dt.date)))
    start: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    end: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    background: tuple[str, ...] = attrs.field(
        converter=v.to_tuple, validator=v.field(v.each(v.text))
    )
    steps: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.field(v.each(v.text))
    )
    moderator: Person | None = attrs.field(
        default=None, validator=v.field(v.optional(v.instance_of(Person)))
    )
    agenda_item: int | None = attrs.field(
        default=None, validator=v.field(v.optional(v.positive))
    )


def _agenda(name: str, items: tuple[AgendaItem, ...]) -> None:
    v.each(v.instance_of(AgendaItem))(name, items)
    for index, item in enumerate(items):
        if item.number != index + 1:
            raise InvalidValueError(
                f"{name}[{index}].number",
                item.number,
                f"should be {index + 1}: items are numbered 1, 2, 3, ... in order",
            )


def abbreviation_clashes(
    entities: Iterable[Organization | Term],
) -> list[tuple[str, str, str]]:
    """Pairs of different names that claim one abbreviation.

    Each clash is ``(abbreviation, first name, second name)``.
    """
    seen: dict[str, str] = {}
    clashes = []
    for entity in entities:
        if entity.abbreviation is None:
            continue
        claimed = seen.setdefault(entity.abbreviation, entity.name)
        if claimed != entity.name:
            clashes.append((entity.abbreviation, claimed, entity.name))
    return clashes


def _panels(name: str, panels: tuple[Panel, ...]) -> None:
    v.each(v.instance_of(Panel))(name, panels)
    keys = [panel.key for panel in panels]
    for key in keys:
        if keys.count(key) > 1:
            raise InvalidValueError(name, key, "names two panels")


@attrs.frozen(kw_only=True)
class Meeting:
    """One meeting of a recurring series, with everything its documents name."""

    series: str = attrs.field(validator=v.field(v.text))
    number: int = attrs.field(validator=v.field(v.positive))
    first_day: dt.date = attrs.field(validator=v.field(v.instance_of(dt.date)))
    last_day: dt.date = attrs.field(validator=v.field(v.instance_of(dt.date)))
    venue: Venue = attrs.field(validator=v.field(v.instance_of(Venue)))
    organizer: Organizer = attrs.field(validator=v.field(v.instance_of(Organizer)))
    agenda: tuple[AgendaItem, ...] = attrs.field(
        converter=v.to_tuple, validator=v.field(_agenda)
    )
    mandate: tuple[Document, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Document))),
    )
    objectives: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.field(v.each(v.text))
    )
    organizations: tuple[Organization, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Organization))),
    )
    people: tuple[Person, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Person))),
    )
    documents: tuple[Document, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Document))),
    )

    programme: tuple[ProgrammeDay, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(ProgrammeDay))),
    )

    participants: tuple[Person, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Person))),
    )
    papers: tuple[Paper, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Paper))),
    )
    side_events: tuple[SideEvent, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(SideEvent))),
    )
    background: tuple[BackgroundDocuments, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(BackgroundDocuments))),
    )
    panels: tuple[Panel, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.field(_panels)
    )

    @last_day.validator
    def _after_first_day(
        self, attribute: attrs.Attribute[dt.date], value: dt.date
    ) -> None:
        if value < self.first_day:
            raise InvalidValueError(
                "Meeting.last_day",
                value.isoformat(),
                f"is before the first day, {self.first_day.isoformat()}",
            )

    def __attrs_post_init__(self) -> None:
        for abbreviation, first, second in abbreviation_clashes(self.all_organizations):
            raise InvalidValueError(
                "Meeting.organizations",
                abbreviation,
                f"is claimed by two organizations: {first!r} and {second!r}",
            )

    @property
    def all_organizations(self) -> tuple[Organization, ...]:
        """The meeting's organizations and those of its people, each once."""
        found = dict.fromkeys(self.organizations)
        for person in self.people:
            if person.organization is not None:
                found.setdefault(person.organization)
        return tuple(found)

    @property
    def title(self) -> str:
        """ "Fifteenth Coordination Meeting on International Migration"."""
        return f"{ordinal_word(self.number)} {self.series}"

    @property
    def dates(self) -> str:
        """ "16-17 February 2017"."""
        return format_date_range(self.first_day, self.last_day)

    @property
    def year(self) -> int:
        """The year the meeting ends in, which its report is printed in."""
        return self.last_day.year

    def agenda_item(self, number: int) -> AgendaItem:
        """The agenda item numbered ``number``; raises if there is none."""
        if 1 <= number <= len(self.agenda):
            return self.agenda[number - 1]
        raise InvalidValueError(
            "agenda item",
            number,
            f"is not on the agenda (items 1 to {len(self.agenda)})",
        )
