"""The programme of an Indico event: its agenda drafted and its timetable
cut into sessions.

Each Indico session (each block of one in the timetable) is an agenda item,
numbered in the order the timetable first holds it; an export without
blocks (``detail=contributions``) has them rebuilt from its contributions'
sessions, and an event without sessions has one item per contribution. The
blocks and the contributions outside them are cut, day by day, into the
programme's sessions at each break of 45 minutes or more (a lunch, not
a coffee break), and at 13.00 when no lunch break is in the timetable,
named by when they start ("Morning session", "Afternoon session",
"Evening session"). The people named are keyed by a
:class:`~.indico_people.Directory` in the order the timetable names them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs

from .._reading.indico import IndicoBlock, IndicoContribution, IndicoEvent
from .indico_people import Directory

__all__ = ["Programme", "Slot"]

#: A pause this long between two parts of the timetable ends a session.
_BREAK = dt.timedelta(minutes=45)


@attrs.frozen(kw_only=True)
class Slot:
    """A block or a contribution outside one, placed in the timetable."""

    start: dt.datetime
    end: dt.datetime
    item: int | None
    moderators: tuple[str, ...]
    presentations: tuple[tuple[str, tuple[str, ...], int | None], ...]


def _half_day(moment: dt.datetime) -> str:
    if moment.hour < 12:
        return "Morning session"
    return "Afternoon session" if moment.hour < 18 else "Evening session"


def _blocks(event: IndicoEvent) -> tuple[list[IndicoBlock], list[IndicoContribution]]:
    """The blocks, with those of an export without blocks rebuilt from its
    contributions' sessions (one block per session and half-day), and the
    contributions outside any."""
    if event.blocks:
        return list(event.blocks), list(event.contributions)
    if all(c.session is None for c in event.contributions):
        # No sessions at all: each contribution is an agenda item of its own.
        return [
            IndicoBlock(
                session=c.title,
                start=c.start,
                end=c.end or c.start,
                conveners=(),
                contributions=(c,),
            )
            for c in event.contributions
            if c.start is not None
        ], [c for c in event.contributions if c.start is None]
    grouped: dict[tuple[str, dt.date, str], list[IndicoContribution]] = {}
    loose = []
    for contribution in event.contributions:
        if contribution.session is None or contribution.start is None:
            loose.append(contribution)
            continue
        key = (
            contribution.session,
            contribution.start.date(),
            _half_day(contribution.start),
        )
        grouped.setdefault(key, []).append(contribution)
    blocks = [
        IndicoBlock(
            session=session,
            start=min(c.start for c in group if c.start is not None),
            end=max(c.end or c.start for c in group if c.start is not None),
            conveners=(),
            contributions=tuple(group),
        )
        for (session, _, _), group in grouped.items()
    ]
    return blocks, loose


class Programme:
    """The agenda, the slots and the people of an event's timetable."""

    def __init__(self, event: IndicoEvent, directory: Directory) -> None:
        self.directory = directory
        directory.keys(event.chairs)
        blocks, loose = _blocks(event)
        blocks.sort(key=lambda b: b.start)
        self.agenda = list(dict.fromkeys(b.session for b in blocks))
        self.unscheduled = [c.title for c in loose if c.start is None]
        timed: list[tuple[dt.datetime, IndicoBlock | IndicoContribution]] = [
            (b.start, b) for b in blocks
        ]
        timed += [(c.start, c) for c in loose if c.start is not None]
        # People are keyed in the order the timetable names them.
        timed.sort(key=lambda entry: entry[0])
        self.slots = [
            self._block(e) if isinstance(e, IndicoBlock) else self._loose(e)
            for _, e in timed
        ]

    def _talk(
        self, contribution: IndicoContribution, item: int | None
    ) -> tuple[str, tuple[str, ...], int | None]:
        return (
            contribution.title,
            tuple(self.directory.keys(contribution.speakers)),
            item,
        )

    def _block(self, block: IndicoBlock) -> Slot:
        item = self.agenda.index(block.session) + 1
        moderators = tuple(self.directory.keys(block.conveners))
        talks = sorted(block.contributions, key=lambda c: c.start or block.start)
        return Slot(
            start=block.start,
            end=block.end,
            item=item,
            moderators=moderators,
            presentations=tuple(self._talk(c, item) for c in talks),
        )

    def _loose(self, contribution: IndicoContribution) -> Slot:
        assert contribution.start is not None
        return Slot(
            start=contribution.start,
            end=contribution.end or contribution.start,
            item=None,
            moderators=(),
            presentations=(self._talk(contribution, None),),
        )

    def days(self) -> Iterator[tuple[dt.date, list[tuple[str, list[Slot]]]]]:
        """Each day's sessions: (name, slots), in time order. A break of
        45 minutes or more ends a session, and so does 13.00 when no
        lunch break is in the timetable."""
        by_day: dict[dt.date, list[list[Slot]]] = {}
        for slot in self.slots:
            sessions = by_day.setdefault(slot.start.date(), [])
            if sessions:
                current = sessions[-1]
                end = max(s.end for s in current)
                morning = current[0].start.hour < 12
                if slot.start - end < _BREAK and not (
                    morning and slot.start.hour >= 13
                ):
                    current.append(slot)
                    continue
            sessions.append([slot])
        for day, sessions in by_day.items():
            yield day, [(_half_day(slots[0].start), slots) for slots in sessions]
