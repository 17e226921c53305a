"""The meeting itself: its :class:`Venue`, :class:`Organizer`, agenda
(:class:`AgendaItem`) and the :class:`Meeting` that holds everything its
documents name.

A meeting checks what only the whole can: that the agenda is numbered in
order, that no two panels share a key and no two organizations an
abbreviation, and that it does not end before it starts.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import attrs

from .._errors import InvalidValueError
from .._style import format_date_range, ordinal_word, to_roman
from . import validators as v
from .documents import BackgroundDocuments, Document, Paper
from .entities import Organization, Person, abbreviation_clashes
from .page import PageDetails
from .programme import Panel, ProgrammeDay, SideEvent
from .prose import Prose, to_prose_tuple
from .typed import typed_fields

__all__ = [
    "AgendaItem",
    "Meeting",
    "Organizer",
    "Venue",
]


def _time_zone(name: str, value: object) -> None:
    v.text(name, value)
    try:
        zoneinfo.ZoneInfo(str(value))
    # A name such as "America" is a folder of the zone database, which
    # zoneinfo reports as an OSError.
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidValueError(
            name, value, "is not a time zone such as 'America/New_York'"
        ) from None


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Venue:
    """Where the meeting is held: "United Nations Headquarters", "New York"."""

    name: str = attrs.field(validator=v.field(v.text))
    city: str = attrs.field(validator=v.field(v.text))
    #: The IANA time zone of the venue, for the calendar.
    time_zone: str = attrs.field(
        default="America/New_York", validator=v.field(_time_zone)
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Organizer:
    """Who convenes the meeting, as the title page names them."""

    department: str = attrs.field(validator=v.field(v.text))
    division: str = attrs.field(validator=v.field(v.text))
    #: Where its publications are published: the imprint's place, which is
    #: the organizer's seat, not the meeting's venue.
    place: str = attrs.field(default="New York", validator=v.field(v.text))

    @property
    def name(self) -> str:
        """ "Population Division, Department of Economic and Social Affairs"."""
        return f"{self.division}, {self.department}"


#: Agenda items are numbered in Roman numerals, which stop at 3999; no
#: meeting has an agenda near that long.
MAX_AGENDA_ITEMS = 3999


def _item_number(name: str, value: object) -> None:
    v.positive(name, value)
    if isinstance(value, int) and value > MAX_AGENDA_ITEMS:
        raise InvalidValueError(
            name,
            value,
            f"is more than {MAX_AGENDA_ITEMS}, the last number Roman numerals write",
        )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class AgendaItem:
    """An item of the meeting's agenda, shown as "IX. Closing of the meeting"."""

    number: int = attrs.field(validator=v.field(_item_number))
    title: str = attrs.field(validator=v.field(v.text))

    @property
    def numeral(self) -> str:
        """The item's number in capital Roman numerals."""
        return to_roman(self.number)


def _agenda(name: str, items: tuple[AgendaItem, ...]) -> None:
    v.each(v.instance_of(AgendaItem))(name, items)
    for index, item in enumerate(items):
        if item.number != index + 1:
            raise InvalidValueError(
                f"{name}[{index}].number",
                item.number,
                f"should be {index + 1}: items are numbered 1, 2, 3, ... in order",
            )


def _panels(name: str, panels: tuple[Panel, ...]) -> None:
    v.each(v.instance_of(Panel))(name, panels)
    keys = [panel.key for panel in panels]
    for key in keys:
        if keys.count(key) > 1:
            raise InvalidValueError(name, key, "names two panels")


def _meeting_number(name: str, value: object) -> None:
    """A meeting's number: 1 to 999 999 999, as its title says it in words."""
    v.positive(name, value)
    if isinstance(value, int) and value > 999_999_999:
        raise InvalidValueError(
            name, value, "is above 999999999, the last number a title can say"
        )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Meeting:
    """One meeting of a recurring series, with everything its documents name."""

    series: str = attrs.field(validator=v.field(v.text))
    number: int = attrs.field(validator=v.field(_meeting_number))
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
    objectives: tuple[Prose, ...] = attrs.field(
        default=(),
        converter=to_prose_tuple,
        validator=v.field(v.each(v.instance_of(Prose))),
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
    #: What the page, programme and calendar say of themselves.
    page: PageDetails = attrs.field(
        factory=PageDetails, validator=v.field(v.instance_of(PageDetails))
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
