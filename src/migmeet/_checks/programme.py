"""The programme: its days against the calendar and the meeting's dates,
its sessions' times, and the agenda items they take up."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from .._findings import Finding
from .._model import ProgrammeDay
from .context import Context

__all__ = ["check_programme"]


def _day(context: Context, index: int, day: ProgrammeDay) -> Iterator[Finding]:
    """The findings about the date and weekday of the day at ``index``."""
    meeting = context.meeting
    label = day.date.strftime("%d %B %Y").lstrip("0")
    weekday = day.date.strftime("%A")
    if day.weekday and day.weekday.strip().casefold() != weekday.casefold():
        yield context.at_value(
            "weekday",
            day,
            "weekday",
            f"{label} was a {weekday}, not a {day.weekday}",
            f"write {weekday!r}, or correct the date",
        )
    first = next(i for i, d in enumerate(meeting.programme) if d.date == day.date)
    if first < index:
        yield context.at_value(
            "same-date",
            day,
            "date",
            f"day {index + 1} has the same date as day {first + 1}, {label}",
            "correct the date of one of the two",
        )
    if not meeting.first_day <= day.date <= meeting.last_day:
        yield context.at_value(
            "day-outside-meeting",
            day,
            "date",
            f"{label} is outside the meeting's dates, {meeting.dates}",
            "correct the date",
        )


def _sessions(context: Context, day: ProgrammeDay) -> Iterator[Finding]:
    """The findings about one day's sessions: times and agenda items."""
    agenda = context.meeting.agenda
    for s, session in enumerate(day.sessions):
        if session.end <= session.start:
            yield context.at_value(
                "session-backwards",
                day,
                f"sessions[{s}].end",
                f"{session.name} ends at {session.end:%H.%M}, not after it "
                f"starts at {session.start:%H.%M}",
                "correct the times",
            )
        for item in session.agenda_items:
            if item > len(agenda):
                yield context.at_value(
                    "unknown-agenda-item",
                    day,
                    f"sessions[{s}].agenda_items",
                    f"{session.name} takes up agenda item {item}, but the "
                    f"agenda has {len(agenda)} items",
                    "correct the item's number",
                )
    ordered = sorted(enumerate(day.sessions), key=lambda pair: pair[1].start)
    for (a, first), (_, second) in itertools.pairwise(ordered):
        if second.start < first.end and first.end > first.start:
            # Placed where a reader first meets the clash: the earlier
            # session's end.
            yield context.at_value(
                "session-overlap",
                day,
                f"sessions[{a}].end",
                f"{first.name} ends at {first.end:%H.%M}, after "
                f"{second.name} starts ({second.start:%H.%M})",
                "correct the times",
            )


#: The longest a meeting may run before its dates look mistyped.
_LONGEST_MEETING = 14


def check_programme(context: Context) -> Iterator[Finding]:
    """Days whose weekday does not match their date, days with one date or
    outside the meeting, sessions backwards or overlapping, and sessions
    taking up items the agenda does not have."""
    meeting = context.meeting
    days = (meeting.last_day - meeting.first_day).days + 1
    if days > _LONGEST_MEETING:
        yield context.at_value(
            "meeting-length",
            meeting,
            "first_day",
            f"the meeting runs {days} days, from {meeting.first_day} to "
            f"{meeting.last_day}",
            "check first_day and last_day: a year or a month may be mistyped",
        )
    for index, day in enumerate(context.meeting.programme):
        yield from _day(context, index, day)
        yield from _sessions(context, day)
