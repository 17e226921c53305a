"""A calendar that imported the meeting's events is updated when the
programme changes: stable UIDs on the secretariat's domain, SEQUENCE raised
for a changed event only, the same bytes when nothing changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import icalendar
import pytest

from folders import BASE_TOML, MORNING_SESSION, write_folder
from migmeet import check_folder, load_folder, meeting_calendar
from migmeet._model import Meeting

SIXTEENTH = Path(__file__).resolve().parent.parent / "examples/series/sixteenth"


@pytest.fixture(scope="module")
def meeting() -> Meeting:
    return load_folder(SIXTEENTH).meeting


def _events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]): e for e in calendar.walk("VEVENT")}


def _moved(meeting: Meeting, minutes: int) -> Meeting:
    """The meeting with its first session starting ``minutes`` later."""
    day = meeting.programme[0]
    first = day.sessions[0]
    start = dt.datetime.combine(day.date, first.start) + dt.timedelta(minutes=minutes)
    sessions = (attrs.evolve(first, start=start.time()), *day.sessions[1:])
    return attrs.evolve(
        meeting,
        programme=(attrs.evolve(day, sessions=sessions), *meeting.programme[1:]),
    )


def test_uids_are_on_the_domain_the_data_names(meeting: Meeting) -> None:
    uids = list(_events(meeting_calendar(meeting)))
    assert uids
    assert all(uid.endswith("@un.org") for uid in uids)
    assert len(set(uids)) == len(uids)


def test_a_changed_event_gets_the_next_sequence_and_the_others_keep_theirs(
    meeting: Meeting,
) -> None:
    first = meeting_calendar(meeting)
    before = _events(first)
    assert {int(e["sequence"]) for e in before.values()} == {0}
    second = meeting_calendar(_moved(meeting, 30), previous=first)
    after = _events(second)
    assert set(after) == set(before)  # the same events, updated in place
    changed = [uid for uid in after if int(after[uid]["sequence"]) == 1]
    assert len(changed) == 1
    uid = changed[0]
    assert after[uid].decoded("dtstamp") > before[uid].decoded("dtstamp")
    assert after[uid].decoded("dtstart").hour == 10
    assert after[uid].decoded("dtstart").minute == 30
    # Changed again: the sequence goes on from the file before.
    third = meeting_calendar(_moved(meeting, 60), previous=second)
    assert int(_events(third)[uid]["sequence"]) == 2


def test_nothing_changed_gives_the_same_bytes(meeting: Meeting) -> None:
    first = meeting_calendar(meeting)
    assert meeting_calendar(meeting, previous=first) == first
    assert meeting_calendar(meeting) == first


def test_a_file_migmeet_did_not_write_is_not_taken_as_the_earlier_calendar(
    meeting: Meeting,
) -> None:
    foreign = (
        b"BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    )
    assert meeting_calendar(meeting, previous=foreign) == meeting_calendar(meeting)
    assert meeting_calendar(meeting, previous=b"\x00garbage") == meeting_calendar(
        meeting
    )


def test_the_default_domain_is_reserved(tmp_path: Path) -> None:
    toml = (
        BASE_TOML
        + MORNING_SESSION
        + """agenda_items = [1, 2]
"""
    )
    report = load_folder(write_folder(tmp_path, {"meeting.toml": toml}))
    uids = list(_events(meeting_calendar(report.meeting)))
    assert uids
    assert all(uid.endswith("@migmeet.invalid") for uid in uids)


@pytest.mark.parametrize("domain", ["un", "UN.ORG", "un org", "https://un.org", ""])
def test_a_bad_domain_is_located(tmp_path: Path, domain: str) -> None:
    toml = BASE_TOML.replace(
        "number = 15\n", f'number = 15\ncalendar_domain = "{domain}"\n'
    )
    findings = check_folder(write_folder(tmp_path, {"meeting.toml": toml}))
    problem = next(f for f in findings if f.where == "meeting.calendar_domain")
    assert problem.line == 4
    assert "is not a domain name such as 'un.org'" in problem.message


def test_site_carries_the_sequence_forward(tmp_path: Path, meeting: Meeting) -> None:
    from migmeet._publishing.site import site_files as _files

    report = load_folder(SIXTEENTH)
    target = tmp_path / "site"
    target.mkdir()
    first = meeting_calendar(_moved(meeting, 15))
    (target / "calendar.ics").write_bytes(first)
    files = _files(report, None, target)
    sequences = {int(e["sequence"]) for e in _events(files["calendar.ics"]).values()}
    assert sequences == {0, 1}
