"""A meeting folder from an Indico event (``migmeet new DIR --from-indico``).

The exports under tests/indico/ are written in the shapes Indico's HTTP API
documents and serializes (``/export/event/ID.json``): ``small.json`` a
one-day event with ``detail=sessions``, ``sixteenth.json`` the Sixteenth
Coordination Meeting's programme (examples/series/sixteenth) with
``detail=sessions`` and ``sixteenth-contributions.json`` the same event with
``detail=contributions``; their times are in UTC, as Indico exports them
when asked for ``tz=UTC``, while the event's zone is New York's.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migmeet import MigmeetError, check_folder, load_folder, write_meeting_from_indico
from migmeet._cli import main

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = Path(__file__).parent / "indico"
SIXTEENTH = ROOT / "examples" / "series" / "sixteenth"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def sixteenth(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("indico") / "sixteenth"
    write_meeting_from_indico(EXPORTS / "sixteenth.json", folder)
    return folder


def _data(folder: Path) -> dict[str, Any]:
    return tomllib.loads((folder / "meeting.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "export", ["small.json", "sixteenth.json", "sixteenth-contributions.json"]
)
def test_the_folder_loads_and_check_reports_only_what_is_to_fill(
    tmp_path: Path, export: str
) -> None:
    folder = tmp_path / "meeting"
    write_meeting_from_indico(EXPORTS / export, folder)
    assert sorted(p.name for p in folder.iterdir()) == [
        "meeting.schema.json",
        "meeting.toml",
    ]
    assert (
        (folder / "meeting.toml")
        .read_text()
        .startswith("#:schema ./meeting.schema.json\n")
    )
    load_folder(folder)
    findings = check_folder(folder)
    assert {f.code for f in findings} == {"to-fill"}
    assert all(f.severity.value == "warning" and f.line for f in findings)


def test_the_title_dates_time_zone_and_venue_are_the_events(sixteenth: Path) -> None:
    meeting = load_folder(sixteenth).meeting
    assert meeting.series == "Coordination Meeting on International Migration"
    assert meeting.number == 16
    assert (meeting.first_day, meeting.last_day) == (
        dt.date(2018, 2, 15),
        dt.date(2018, 2, 16),
    )
    assert meeting.venue.time_zone == "America/New_York"
    assert (meeting.venue.name, meeting.venue.city) == (
        "United Nations Headquarters",
        "New York",
    )
    assert "series" not in _data(sixteenth)["to_fill"]


def test_the_agenda_is_drafted_from_the_sessions_as_the_sixteenth_has_it(
    sixteenth: Path,
) -> None:
    made = load_folder(sixteenth).meeting
    published = _data(SIXTEENTH)["meeting"]["agenda"]
    assert [item.title for item in made.agenda] == published
    assert "agenda" in _data(sixteenth)["to_fill"]


def test_days_sessions_and_presentations_follow_the_timetable(sixteenth: Path) -> None:
    meeting = load_folder(sixteenth).meeting
    assert [(d.date, d.weekday) for d in meeting.programme] == [
        (dt.date(2018, 2, 15), "Thursday"),
        (dt.date(2018, 2, 16), "Friday"),
    ]
    sessions = [s for day in meeting.programme for s in day.sessions]
    # The UTC times of the export are New York's, in February UTC-5.
    assert [(s.name, s.start, s.end) for s in sessions] == [
        ("Morning session", dt.time(10), dt.time(13)),
        ("Afternoon session", dt.time(15), dt.time(18)),
        ("Morning session", dt.time(10), dt.time(13)),
        ("Afternoon session", dt.time(15), dt.time(18)),
    ]
    assert [s.agenda_items for s in sessions] == [(1, 2), (3, 4), (5, 6), (7, 8)]
    first = sessions[0].presentations[0]
    assert first.title == "Opening of the meeting"
    assert first.agenda_item is None
    # Every presentation of the published programme, in the same order.
    published = [
        talk["title"]
        for day in _data(SIXTEENTH)["programme"]
        for session in day["sessions"]
        for talk in session["presentations"]
    ]
    assert [t.title for s in sessions for t in s.presentations] == published


def test_conveners_moderate_their_agenda_items_and_speakers_present(
    sixteenth: Path,
) -> None:
    data = _data(sixteenth)
    morning = data["programme"][0]["sessions"][0]
    assert morning["agenda_items"] == [
        {"number": 1, "moderators": ["thompson"]},
        {"number": 2, "moderators": ["arriola"]},
    ]
    talks = {t["title"]: t for t in morning["presentations"]}
    assert talks["Opening of the meeting"]["presenters"] == ["liu"]
    assert talks["A civil society vision for the global compact"] == {
        "title": "A civil society vision for the global compact",
        "presenters": ["maulik"],
        "agenda_item": 1,
    }
    closing = data["programme"][1]["sessions"][1]
    assert closing["agenda_items"][-1] == 8  # a session without conveners


def test_people_and_organizations_are_keyed_once_each(sixteenth: Path) -> None:
    data = _data(sixteenth)
    people, organizations = data["people"], data["organizations"]
    published = _data(SIXTEENTH)["people"]
    assert set(people) == set(published)
    assert data["meeting"]["participants"][:2] == ["wilmoth", "liu"]
    assert people["bravo"]["organization"] == "population_division"
    assert organizations["population_division"]["name"] == (
        "Population Division, Department of Economic and Social Affairs"
    )
    assert organizations["iom"] == {
        "name": "International Organization for Migration",
        "abbreviation": "IOM",
        "kind": "other",
    }
    affiliations = {
        person["affiliation"]
        for path in ("sixteenth.json",)
        for person in _people_in(
            json.loads((EXPORTS / path).read_text(encoding="utf-8"))
        )
    }
    assert len(organizations) == len(affiliations)


def _people_in(value: object) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        found = [value] if "last_name" in value and value.get("affiliation") else []
        return found + [p for v in value.values() for p in _people_in(v)]
    if isinstance(value, list):
        return [p for v in value for p in _people_in(v)]
    return []


def test_indico_titles_become_honorifics_and_the_rest_is_to_fill(
    sixteenth: Path,
) -> None:
    data = _data(sixteenth)
    assert data["people"]["thompson"]["honorific"] == "Ms."  # a convener's title
    assert data["people"]["hovy"]["honorific"] == "Mr."
    assert data["people"]["liu"]["honorific"] == "Mr./Ms."
    assert "honorific_liu" in data["to_fill"]
    assert "honorific_thompson" not in data["to_fill"]
    for part in (
        "objectives",
        "organizer",
        "abbreviations",
        "summaries",
        "organizations",
    ):
        assert part in data["to_fill"]


def test_keys_are_made_plain_and_unique(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    write_meeting_from_indico(EXPORTS / "small.json", folder)
    data = _data(folder)
    assert data["people"]["chen"]["given_name"] == "Haoyi"
    assert data["people"]["chen_2"]["given_name"] == "Wei"
    assert data["people"]["dvorak"]["family_name"] == "Dvořák"
    assert data["people"]["chen_2"]["organization"] == "iom"
    # An event whose title has no ordinal: the number is to fill.
    assert data["meeting"]["series"] == "Expert Group Meeting on Migration Data"
    assert "series" in data["to_fill"]
    # In May New York is UTC-4: 14:00 UTC is 10.00 there.
    assert data["programme"][0]["sessions"][0]["start"] == "10.00"


def test_the_same_export_gives_the_same_bytes(tmp_path: Path) -> None:
    for name in ("a", "b"):
        write_meeting_from_indico(EXPORTS / "sixteenth.json", tmp_path / name)
    assert (tmp_path / "a" / "meeting.toml").read_bytes() == (
        tmp_path / "b" / "meeting.toml"
    ).read_bytes()


def test_the_command_prints_what_indico_does_not_hold(tmp_path: Path) -> None:
    folder = tmp_path / "sixteenth"
    code, out, err = run(
        "new", str(folder), "--from-indico", str(EXPORTS / "sixteenth.json")
    )
    assert (code, err) == (0, "")
    assert "what Indico does not hold" in out
    assert "honorific of Zhenmin Liu" in out
    assert f"migmeet check {folder}" in out
    numbers = [line.split(".")[0].strip() for line in out.splitlines()[2:]]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]


def test_a_folder_that_is_not_empty_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    code, _, err = run("new", str(folder), "--from-indico", str(EXPORTS / "small.json"))
    assert code == 1
    assert "exists and is not an empty folder" in err
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def _event(**changes: object) -> dict[str, Any]:
    export = json.loads((EXPORTS / "small.json").read_text(encoding="utf-8"))
    export["results"][0].update(changes)
    return export


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("<html>Sign in to Indico</html>", "is not JSON"),
        ("[" * 100_000, "nested too deep"),
        (json.dumps({"events": []}), "has no 'results'"),
        (
            json.dumps({"message": "Not authenticated"}),
            "answer to a refused request: 'Not authenticated'",
        ),
        (json.dumps([1, 2]), "is not a JSON object"),
        (
            json.dumps(
                {"url": "https://indico.un.org/export/categ/2.json", "results": []}
            ),
            "is a category's export",
        ),
        (json.dumps({"results": {"1234": {}}}), "is a timetable export"),
        (json.dumps({"results": []}), "holds 0 events, not one"),
        (json.dumps(_event(startDate=None)), "the event has no dates"),
        (json.dumps(_event(title="")), "the event has no title"),
        (json.dumps(_event(timezone="Mars/Olympus")), "is not a time zone"),
        (
            json.dumps(_event(endDate={"date": "2019-13-40", "time": "x"})),
            "results[0].endDate: ",
        ),
        (json.dumps(_event(sessions="none")), "results[0].sessions: is not a list"),
        (json.dumps(_event(_type="Category")), "is a 'Category', not an event"),
        (json.dumps(_event(sessions=[], contributions=[])), "holds no timetable"),
    ],
)
def test_what_is_not_an_event_export_is_said_plainly(
    tmp_path: Path, content: str, message: str
) -> None:
    export = tmp_path / "event.json"
    export.write_text(content, encoding="utf-8")
    code, out, err = run("new", str(tmp_path / "new"), "--from-indico", str(export))
    assert code == 1
    assert message in err
    assert str(export) in err
    assert "Traceback" not in err + out
    assert not (tmp_path / "new").exists()
    with pytest.raises(MigmeetError, match="export"):
        write_meeting_from_indico(export, tmp_path / "new")


def test_a_missing_export_is_said_plainly(tmp_path: Path) -> None:
    code, _, err = run(
        "new", str(tmp_path / "n"), "--from-indico", str(tmp_path / "no.json")
    )
    assert code == 1
    assert "cannot be read" in err


def test_from_and_from_indico_do_not_go_together(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        run("new", str(tmp_path / "n"), "--from", ".", "--from-indico", "x.json")


def test_an_event_without_sessions_has_an_agenda_item_per_contribution(
    tmp_path: Path,
) -> None:
    export = json.loads((EXPORTS / "small.json").read_text(encoding="utf-8"))
    event = export["results"][0]
    event["contributions"] += [
        dict(c, session=None) for c in event.pop("sessions")[0]["contributions"]
    ]
    event["contributions"].append(dict(event["contributions"][0], title="Unplaced"))
    event["contributions"][-1]["startDate"] = None
    path = tmp_path / "event.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    steps = write_meeting_from_indico(path, tmp_path / "new")
    meeting = load_folder(tmp_path / "new").meeting
    assert [item.title for item in meeting.agenda] == [
        "Opening of the meeting",
        "Counting migrants in censuses",
        "Mobile phone data and migration",
    ]
    talks = [t for d in meeting.programme for s in d.sessions for t in s.presentations]
    assert [t.agenda_item for t in talks] == [1, 2, 3]
    assert "'Unplaced' has no time in Indico's timetable: left out" in steps


_NAMES = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=12
)


@settings(max_examples=40, deadline=None)
@given(
    names=st.lists(st.tuples(_NAMES, _NAMES.filter(str.strip), _NAMES), max_size=6),
    title=_NAMES.filter(str.strip),
    room=_NAMES,
)
def test_any_names_give_a_data_file_that_parses_with_unique_keys(
    names: list[tuple[str, str, str]], title: str, room: str
) -> None:
    export = json.loads((EXPORTS / "small.json").read_text(encoding="utf-8"))
    event = export["results"][0]
    event["room"] = room
    talk = event["sessions"][0]["contributions"][0]
    talk["title"] = title
    talk["speakers"] = [
        {"first_name": first, "last_name": last, "affiliation": affiliation}
        for first, last, affiliation in names
    ]
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "event.json"
        path.write_text(json.dumps(export), encoding="utf-8")
        write_meeting_from_indico(path, Path(scratch) / "new")
        data = _data(Path(scratch) / "new")
    keys = [*data["people"], *data["organizations"]]
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", key) for key in keys)
    distinct = {
        (" ".join(f.split()).casefold(), " ".join(last.split()).casefold())
        for f, last, _ in names
    }
    # Wilmoth, Hovy, the two Chens and Dvořák are the export's own.
    assert len(data["people"]) >= len(distinct)
    talks = data["programme"][0]["sessions"][0]["presentations"]
    presenters = talks[1].get("presenters", [])
    assert len(presenters) == len(set(presenters)) == len(distinct)


def test_an_export_of_contributions_gives_the_same_agenda_without_moderators(
    tmp_path: Path, sixteenth: Path
) -> None:
    folder = tmp_path / "contributions"
    write_meeting_from_indico(EXPORTS / "sixteenth-contributions.json", folder)
    data, by_sessions = _data(folder), _data(sixteenth)
    assert data["meeting"]["agenda"] == by_sessions["meeting"]["agenda"]
    assert "moderators" in data["to_fill"]
    assert "moderators" not in by_sessions["to_fill"]
    talks = [
        (t["title"], t.get("agenda_item"))
        for day in data["programme"]
        for session in day["sessions"]
        for t in session["presentations"]
    ]
    assert talks == [
        (t["title"], t.get("agenda_item"))
        for day in by_sessions["programme"]
        for session in day["sessions"]
        for t in session["presentations"]
    ]


def test_an_export_that_is_not_utf8_is_said_plainly(tmp_path: Path) -> None:
    export = tmp_path / "event.json"
    export.write_bytes('{"title": "Réunion"}'.encode("latin-1"))
    code, _, err = run("new", str(tmp_path / "n"), "--from-indico", str(export))
    assert code == 1
    assert "is not UTF-8 text" in err


def test_a_coffee_break_does_not_cut_a_session_but_lunch_does(tmp_path: Path) -> None:
    export = json.loads((EXPORTS / "small.json").read_text(encoding="utf-8"))
    event = export["results"][0]
    opening = event["contributions"][0]

    def loose(title: str, start: str, end: str) -> dict[str, Any]:
        return dict(
            opening,
            title=title,
            startDate=dict(opening["startDate"], time=start),
            endDate=dict(opening["endDate"], time=end),
        )

    # The session 10.15-12.00, a coffee break, 12.30-13.00; lunch; 14.00-14.30
    # (New York time; the export's are UTC).
    event["contributions"] += [
        loose("After coffee", "16:30:00", "17:00:00"),
        loose("After lunch", "18:00:00", "18:30:00"),
    ]
    path = tmp_path / "event.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    write_meeting_from_indico(path, tmp_path / "new")
    sessions = _data(tmp_path / "new")["programme"][0]["sessions"]
    assert [(s["name"], s["start"], s["end"]) for s in sessions] == [
        ("Morning session", "10.00", "13.00"),
        ("Afternoon session", "14.00", "14.30"),
    ]
