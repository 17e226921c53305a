"""The meeting's calendar: every session, timed event and side event as an
iCalendar event.

Built with the icalendar library, in the venue's time zone (with its
VTIMEZONE). Each event's UID is made from what the event is (the meeting,
its day, the session's name or the event's title) on the domain the data
names, so it stays the same when the event's time or text changes; then
SEQUENCE, DTSTAMP and LAST-MODIFIED, read from the calendar migmeet wrote
before, tell a calendar that already imported the event to update it.
Nothing reads the clock: the same meeting and previous file give the same
bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zoneinfo
from collections.abc import Iterator

import attrs
import icalendar

from .._model import Meeting, Session
from .._tree.prose import prose_text

__all__ = ["meeting_calendar"]

PRODID = "-//migmeet//meeting calendar//EN"
#: The property holding a digest of what the event says, to see a change.
_CONTENT = "X-MIGMEET-CONTENT"


@attrs.frozen
class _Entry:
    key: str
    summary: str
    start: dt.datetime
    #: None for an event given with its start only: nothing is invented.
    end: dt.datetime | None
    location: str
    description: str

    @property
    def digest(self) -> str:
        text = "\x1f".join(
            [
                self.summary,
                self.start.isoformat(),
                self.end.isoformat() if self.end else "",
                self.location,
                self.description,
            ]
        )
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@attrs.frozen
class _Earlier:
    sequence: int
    stamp: dt.datetime
    digest: str


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:48] or "event"


def _session_text(meeting: Meeting, session: Session) -> str:
    lines = []
    for number in session.agenda_items:
        if number <= len(meeting.agenda):
            item = meeting.agenda[number - 1]
            lines.append(f"{item.numeral}. {item.title}")
            lines += [
                f"Moderator: {p.full_name}" for p in session.moderators_of(number)
            ]
    lines += [f"Moderator: {person.full_name}" for person in session.moderators]
    return "\n".join(lines)


def _entries(meeting: Meeting) -> Iterator[_Entry]:
    zone = zoneinfo.ZoneInfo(meeting.venue.time_zone)
    place = f"{meeting.venue.name}, {meeting.venue.city}"
    for day in meeting.programme:
        for session in day.sessions:
            yield _Entry(
                f"{day.date.isoformat()}-{_slug(session.name)}",
                f"{meeting.title}: {session.name}",
                dt.datetime.combine(day.date, session.start, tzinfo=zone),
                dt.datetime.combine(day.date, session.end, tzinfo=zone),
                place,
                _session_text(meeting, session),
            )
        for event in day.events:
            yield _Entry(
                f"{day.date.isoformat()}-{_slug(event.title)}",
                event.title,
                dt.datetime.combine(day.date, event.start, tzinfo=zone),
                None
                if event.end is None
                else dt.datetime.combine(day.date, event.end, tzinfo=zone),
                event.location or place,
                event.note or "",
            )
    for side in meeting.side_events:
        details = [f"Organizer: {side.organizer}"]
        if side.note:
            details.append(prose_text(side.note)[0])
        yield _Entry(
            f"side-event-{side.date.isoformat()}-{_slug(side.title)}",
            side.title,
            dt.datetime.combine(side.date, side.start, tzinfo=zone),
            dt.datetime.combine(side.date, side.end, tzinfo=zone),
            side.location,
            "\n".join(details),
        )


def _earlier(previous: bytes | None) -> dict[str, _Earlier]:
    """The events of a calendar migmeet wrote before, by UID; nothing from
    a file that is not one (it is then simply not taken into account)."""
    if not previous:
        return {}
    try:
        calendar = icalendar.Calendar.from_ical(previous)
    except (ValueError, IndexError, KeyError):
        return {}
    if str(calendar.get("prodid", "")) != PRODID:
        return {}
    found = {}
    for event in calendar.walk("VEVENT"):
        try:
            stamp = event.decoded("dtstamp")
            found[str(event["uid"])] = _Earlier(
                int(event.get("sequence", 0)), stamp, str(event.get(_CONTENT, ""))
            )
        except (KeyError, ValueError, TypeError):
            continue
    return found


def meeting_calendar(meeting: Meeting, *, previous: bytes | None = None) -> bytes:
    """The sessions, timed events and side events of a meeting as an
    iCalendar file.

    Args:
        meeting: the meeting, with its programme and side events.
        previous: the calendar migmeet wrote for this meeting before, if
            any: an event whose content changed since gets the next
            SEQUENCE and a later DTSTAMP, so calendars that imported it
            update it; unchanged events keep theirs.

    Returns:
        The iCalendar file's bytes; the same meeting and previous file
        give the same bytes.

    Raises:
        Nothing: a meeting with no programme gives a calendar with no events.
    """
    page = meeting.page
    # A stamp that depends on the data only keeps the file reproducible:
    # the day the programme was last changed, or else its first day.
    base = dt.datetime.combine(
        page.programme_as_of or meeting.first_day, dt.time(0), tzinfo=dt.UTC
    )
    earlier = _earlier(previous)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", meeting.title)
    calendar.add("x-wr-timezone", meeting.venue.time_zone)
    series = _slug(meeting.series)
    used: set[str] = set()
    for entry in _entries(meeting):
        uid = f"{series}-{meeting.number}-{entry.key}"
        n = 2
        while uid in used:  # two sessions of one day with the same name
            uid, n = f"{series}-{meeting.number}-{entry.key}-{n}", n + 1
        used.add(uid)
        uid = f"{uid}@{page.calendar_domain}"
        sequence, stamp = 0, base
        known = earlier.get(uid)
        if known is not None:
            sequence, stamp = known.sequence, known.stamp
            if known.digest != entry.digest:
                sequence += 1
                stamp = max(base, known.stamp + dt.timedelta(seconds=1))
        event = icalendar.Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("last-modified", stamp)
        event.add("sequence", sequence)
        event.add("summary", entry.summary)
        event.add("dtstart", entry.start)
        if entry.end is not None:
            event.add("dtend", entry.end)
        event.add("location", entry.location)
        if entry.description:
            event.add("description", entry.description)
        event.add(_CONTENT, entry.digest)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data
