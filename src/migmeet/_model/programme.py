"""The programme of a meeting: days, sessions, presentations, side events
and panels.

Times are kept as given: whether they make sense together (a session that
ends before it starts, two that overlap) is for ``migmeet check`` to say,
so that a draft programme can still be loaded.
"""

from __future__ import annotations

import datetime as dt

import attrs

from . import validators as v
from .entities import Organization, Person
from .prose import Prose, to_prose_or_none, to_prose_tuple
from .source import Source
from .typed import typed_fields

__all__ = [
    "ItemModerators",
    "Panel",
    "Presentation",
    "ProgrammeDay",
    "ProgrammeEvent",
    "Session",
    "SideEvent",
]


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
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
    #: Where the slides and the recording can be seen.
    slides: str | None = attrs.field(default=None, validator=v.field(v.https_url))
    video: str | None = attrs.field(default=None, validator=v.field(v.https_url))


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class ItemModerators:
    """Who moderates one agenda item of a session: a session that takes up
    items I and II may have one moderator for each."""

    item: int = attrs.field(validator=v.field(v.positive))
    moderators: tuple[Person, ...] = attrs.field(
        converter=v.to_tuple, validator=v.field(v.each(v.instance_of(Person)))
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
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
    #: Moderators of the whole session.
    moderators: tuple[Person, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(Person))),
    )
    #: Moderators of single agenda items, printed under their item.
    item_moderators: tuple[ItemModerators, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(ItemModerators))),
    )

    def moderators_of(self, item: int) -> tuple[Person, ...]:
        """The moderators of agenda item ``item`` in this session."""
        return tuple(
            person
            for entry in self.item_moderators
            if entry.item == item
            for person in entry.moderators
        )

    def people(self) -> tuple[Person, ...]:
        """Presenters and moderators who are people, in programme order."""
        presenters = [
            who
            for p in self.presentations
            for who in p.presenters
            if isinstance(who, Person)
        ]
        by_item = [who for entry in self.item_moderators for who in entry.moderators]
        return (*presenters, *by_item, *self.moderators)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class ProgrammeEvent:
    """A timed entry of a programme day that is not a session: a reception,
    a lunch break, a photo. It is printed among the sessions in time order
    and added to the calendar."""

    title: str = attrs.field(validator=v.field(v.text))
    start: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    end: dt.time | None = attrs.field(
        default=None, validator=v.field(v.optional(v.instance_of(dt.time)))
    )
    location: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.text))
    )
    note: str | None = attrs.field(default=None, validator=v.field(v.optional(v.text)))


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
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
    note: Prose | None = attrs.field(
        default=None,
        converter=to_prose_or_none,
        validator=v.field(v.optional(v.instance_of(Prose))),
    )
    #: Timed entries that are not sessions (a reception), in any order.
    events: tuple[ProgrammeEvent, ...] = attrs.field(
        default=(),
        converter=v.to_tuple,
        validator=v.field(v.each(v.instance_of(ProgrammeEvent))),
    )
    source: Source | None = attrs.field(default=None, eq=False, repr=False)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class SideEvent:
    """An event beside the meeting: a launch, a briefing, a reception."""

    date: dt.date = attrs.field(validator=v.field(v.instance_of(dt.date)))
    start: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    end: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    title: str = attrs.field(validator=v.field(v.text))
    organizer: str = attrs.field(validator=v.field(v.text))
    location: str = attrs.field(validator=v.field(v.text))
    note: Prose | None = attrs.field(
        default=None,
        converter=to_prose_or_none,
        validator=v.field(v.optional(v.instance_of(Prose))),
    )
    #: Where to register ("Please RSVP here") and by when.
    registration: str | None = attrs.field(default=None, validator=v.field(v.https_url))
    registration_deadline: dt.date | None = attrs.field(
        default=None, validator=v.field(v.optional(v.instance_of(dt.date)))
    )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Panel:
    """A panel and its concept note: background, how the panel is organized
    (numbered steps), when it meets and who moderates it. ``key`` names it
    on the command line (``migmeet concept-note DIR KEY``)."""

    key: str = attrs.field(validator=v.field(v.file_name_key))
    title: str = attrs.field(validator=v.field(v.text))
    date: dt.date = attrs.field(validator=v.field(v.instance_of(dt.date)))
    start: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    end: dt.time = attrs.field(validator=v.field(v.instance_of(dt.time)))
    background: tuple[Prose, ...] = attrs.field(
        converter=to_prose_tuple,
        validator=v.field(v.each(v.instance_of(Prose))),
    )
    steps: tuple[Prose, ...] = attrs.field(
        default=(),
        converter=to_prose_tuple,
        validator=v.field(v.each(v.instance_of(Prose))),
    )
    moderator: Person | None = attrs.field(
        default=None, validator=v.field(v.optional(v.instance_of(Person)))
    )
    agenda_item: int | None = attrs.field(
        default=None, validator=v.field(v.optional(v.positive))
    )
