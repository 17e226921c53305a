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
from .source import Source
from .typed import typed_fields

__all__ = [
    "Panel",
    "Presentation",
    "ProgrammeDay",
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
    note: str | None = attrs.field(default=None, validator=v.field(v.optional(v.text)))
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
    note: str | None = attrs.field(default=None, validator=v.field(v.optional(v.text)))


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
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
