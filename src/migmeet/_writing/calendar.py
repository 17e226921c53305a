"""The meeting's calendar: every session and side event as an iCalendar event.

Built with the icalendar library, in the venue's time zone (with its
VTIMEZONE), with identifiers and stamps derived from the meeting, so the
same meeting gives the same file.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import icalendar

from .._model import Meeting

__all__ = ["meeting_calendar"]


def _event(
    uid: str,
    summary: str,
    start: dt.datetime,
    end: dt.datetime,
    location: str,
    description: str,
    stamp: dt.datetime,
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("summary", summary)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("location", location)
    if description:
        event.add("description", description)
    return event


def meeting_calendar(meeting: Meeting) -> bytes:
    """The sessions and side events of a meeting as an iCalendar file.

    Args:
        meeting: the meeting, with its programme and side events.

    Returns:
        The iCalendar file's bytes, in the venue's time zone; the same
        meeting gives the same bytes.

    Raises:
        Nothing: a meeting with no programme gives a calendar with no events.
    """
    zone = zoneinfo.ZoneInfo(meeting.venue.time_zone)
    # A stamp that depends on the meeting only keeps the file reproducible.
    stamp = dt.datetime.combine(meeting.first_day, dt.time(0), tzinfo=dt.UTC)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//migmeet//meeting calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", meeting.title)
    calendar.add("x-wr-timezone", meeting.venue.time_zone)
    place = f"{meeting.venue.name}, {meeting.venue.city}"
    uid_base = f"migmeet-{meeting.number}-{meeting.first_day.isoformat()}"
    for d, day in enumerate(meeting.programme, 1):
        for s, session in enumerate(day.sessions, 1):
            items = [
                meeting.agenda[n - 1]
                for n in session.agenda_items
                if n <= len(meeting.agenda)
            ]
            lines = [f"{item.numeral}. {item.title}" for item in items]
            lines += [f"Moderator: {person.full_name}" for person in session.moderators]
            calendar.add_component(
                _event(
                    f"{uid_base}-day{d}-session{s}@migmeet",
                    f"{meeting.title}: {session.name}",
                    dt.datetime.combine(day.date, session.start, tzinfo=zone),
                    dt.datetime.combine(day.date, session.end, tzinfo=zone),
                    place,
                    "\n".join(lines),
                    stamp,
                )
            )
    for e, side in enumerate(meeting.side_events, 1):
        details = [f"Organizer: {side.organizer}"] + ([side.note] if side.note else [])
        calendar.add_component(
            _event(
                f"{uid_base}-side-event{e}@migmeet",
                side.title,
                dt.datetime.combine(side.date, side.start, tzinfo=zone),
                dt.datetime.combine(side.date, side.end, tzinfo=zone),
                side.location,
                "\n".join(details),
                stamp,
            )
        )
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data
