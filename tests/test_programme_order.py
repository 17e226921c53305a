"""The programme as the secretariat means it: each moderator under the
agenda item they moderate, an item's title printed once, timed events among
the sessions in time order, the programme's status, and a mandate sentence
whose grammar follows the data."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import html5lib
import pytest
from docutils import nodes
from hypothesis import given
from hypothesis import strategies as st

import strategies
from folders import BASE_TOML, MORNING_SESSION, write_folder
from migmeet import (
    Document,
    Presentation,
    Session,
    check_folder,
    load_folder,
    to_roman,
)
from migmeet._publishing.site import site_html
from migmeet._tree import mandate_lead, programme_tree, session_lines
from migmeet._tree.wording import joined, mandate_names

SIXTEENTH = Path(__file__).resolve().parent.parent / "examples/series/sixteenth"


@pytest.fixture(scope="module")
def page() -> str:
    return site_html(load_folder(SIXTEENTH))


def _text(html: str) -> list[str]:
    """The page's programme, a line per paragraph or heading."""
    start = html.index('id="programme"')
    end = html.index("</section>", start)
    blocks = re.findall(r"<(?:p|h3|h4)[^>]*>(.*?)</(?:p|h3|h4)>", html[start:end], re.S)
    return [
        re.sub(r"<br>", " | ", re.sub(r"<(?!br)[^>]+>", "", b)).strip() for b in blocks
    ]


def test_each_moderator_follows_the_item_they_moderate(page: str) -> None:
    lines = _text(page)

    def after(heading: str) -> list[str]:
        i = next(n for n, line in enumerate(lines) if line.startswith(heading))
        return lines[i + 1 :]

    def moderator_of(numeral: str) -> str:
        rest = after(f"{numeral}. ")
        return next(line for line in rest if line.startswith("Moderator:"))

    assert "Laura Thompson" in moderator_of("I")
    assert "Sarah Lou Arriola" in moderator_of("II")
    assert "Shahidul Haque" in moderator_of("III")
    assert "Jean-Christophe Dumont" in moderator_of("IV")
    assert "Bela Hovy" in moderator_of("V")
    assert "Haoyi Chen" in moderator_of("VI")
    assert "Jonathan Prentice" in moderator_of("VII")
    # Thompson comes before item II's heading, not after it.
    i_two = next(n for n, line in enumerate(lines) if line.startswith("II. "))
    thompson = next(n for n, line in enumerate(lines) if "Laura Thompson" in line)
    assert thompson < i_two


def test_closing_of_the_meeting_is_printed_once(page: str) -> None:
    lines = _text(page)
    assert sum("Closing of the meeting" in line for line in lines) == 1
    closing = next(
        n for n, line in enumerate(lines) if "Closing of the meeting" in line
    )
    assert lines[closing + 1].startswith("Jorge Bravo")
    tree = programme_tree(load_folder(SIXTEENTH).meeting).astext()
    assert tree.count("Closing of the meeting") == 1


def test_the_reception_follows_the_afternoon_session(page: str) -> None:
    lines = _text(page)
    afternoon = next(n for n, line in enumerate(lines) if line.startswith("Afternoon"))
    reception = next(n for n, line in enumerate(lines) if "Reception hosted" in line)
    friday = next(n for n, line in enumerate(lines) if line.startswith("Friday"))
    assert afternoon < reception < friday
    assert lines[reception].startswith("18.30-20.30 Reception")
    tree = programme_tree(load_folder(SIXTEENTH).meeting).astext()
    assert tree.index("Afternoon session") < tree.index("Reception hosted")


def test_the_programme_says_it_is_provisional_and_as_of_when(page: str) -> None:
    assert "Provisional programme, as of 12 February 2018" in _text(page)[0]
    tree = programme_tree(load_folder(SIXTEENTH).meeting).astext()
    assert "Provisional programme, as of 12 February 2018" in tree


def test_the_page_parses_strictly(page: str) -> None:
    html5lib.HTMLParser(strict=True).parse(page)


def test_item_moderators_of_unknown_people_are_located(tmp_path: Path) -> None:
    toml = (
        MORNING_SESSION
        + """agenda_items = [{ number = 1, moderators = ["swnig"] }, 2]
"""
    )
    folder = write_folder(tmp_path, {"meeting.toml": BASE_TOML + toml})
    findings = check_folder(folder)
    problem = next(f for f in findings if "swnig" in f.message)
    assert "did you mean 'swing'" in problem.message
    text = (folder / "meeting.toml").read_text()
    assert (
        problem.line
        == text.splitlines().index(
            'agenda_items = [{ number = 1, moderators = ["swnig"] }, 2]'
        )
        + 1
    )


def test_a_session_moderator_stays_last(tmp_path: Path) -> None:
    toml = (
        MORNING_SESSION
        + """agenda_items = [{ number = 1, moderators = ["swing"] }, 2]
moderators = ["koslowski"]
"""
    )
    report = load_folder(write_folder(tmp_path, {"meeting.toml": BASE_TOML + toml}))
    session = report.meeting.programme[0].sessions[0]
    lines = [line.text for line in session_lines(report.meeting, session)]
    assert lines == [
        "I. Opening of the meeting",
        "Moderator: William Lacy Swing, Director General, "
        "International Organization for Migration (IOM)",
        "II. Closing of the meeting",
        "Moderator: Rey Koslowski, State University of New York at Albany",
    ]


def _resolution(number: int) -> Document:
    return Document(title=f"Resolution {number}", symbol=f"A/RES/{number}/1")


@given(st.integers(min_value=1, max_value=6), st.booleans())
def test_mandate_sentence_agrees_in_number_and_tense(count: int, held: bool) -> None:
    mandate = [_resolution(50 + n) for n in range(count)]
    lead = mandate_lead(mandate, held=held)
    assert lead.endswith("resolution" if count == 1 else "resolutions")
    assert ("was held" in lead) is held
    assert ("is being held" in lead) is not held
    names = joined(mandate_names(mandate))
    assert names.count(" and ") == (count > 1)
    assert names.count(", ") == max(count - 2, 0)


def test_the_page_says_is_being_held_before_the_report(page: str) -> None:
    assert (
        "The meeting is being held in response to General Assembly resolutions "
        in re.sub(r"<[^>]+>", "", page)
    )


def test_the_page_says_was_held_once_the_report_exists() -> None:
    fifteenth = load_folder(SIXTEENTH.parent / "fifteenth")
    text = re.sub(r"<[^>]+>", "", site_html(fifteenth))
    assert (
        "The meeting was held in response to General Assembly resolutions "
        "56/203 and 58/208." in text
    )
    assert "is being held" not in text


_OPENING_TALK = (
    MORNING_SESSION
    + """agenda_items = [1, { number = 2, moderators = ["koslowski"] }]

[[programme.sessions.presentations]]
title = "Opening of the meeting"
presenters = ["swing"]

[[programme.sessions.presentations]]
title = "Looking ahead"
presenters = ["koslowski"]
agenda_item = 2
"""
)


def test_a_talk_titled_as_its_item_sits_under_the_item_heading(
    tmp_path: Path,
) -> None:
    # The opening talk names no agenda item: it is item I by its title, so
    # it is printed under item I's heading, before item II.
    folder = write_folder(tmp_path, {"meeting.toml": BASE_TOML + _OPENING_TALK})
    meeting = load_folder(folder).meeting
    expected = [
        "I. Opening of the meeting",
        "William Lacy Swing, Director General, "
        "International Organization for Migration (IOM)",
        "II. Closing of the meeting",
        "Looking ahead",
        "Rey Koslowski, State University of New York at Albany",
        "Moderator: Rey Koslowski, State University of New York at Albany",
    ]
    page = _text(site_html(load_folder(folder)))
    page = page[page.index("Morning session (10.00-13.00)") + 1 :]
    assert [part for line in page for part in line.split(" | ")] == expected
    tree = [
        p.astext()
        for p in programme_tree(meeting).findall(nodes.paragraph)
        if {"agenda-item", "presentation", "presenter", "moderator"} & set(p["classes"])
    ]
    assert tree == expected


def test_items_follow_agenda_order_whatever_the_order_of_the_talks(
    tmp_path: Path,
) -> None:
    toml = _OPENING_TALK.replace(
        'title = "Opening of the meeting"\npresenters = ["swing"]',
        'title = "Welcome"\npresenters = ["swing"]\nagenda_item = 1',
    )
    # Item II's talk first, item I's after it: item I is still printed first.
    first, second = toml.split("[[programme.sessions.presentations]]")[1:]
    toml = toml.replace(first, "@").replace(second, first).replace("@", second)
    folder = write_folder(tmp_path, {"meeting.toml": BASE_TOML + toml})
    meeting = load_folder(folder).meeting
    lines = [
        line.text for line in session_lines(meeting, meeting.programme[0].sessions[0])
    ]
    assert lines == [
        "I. Opening of the meeting",
        "Welcome",
        "II. Closing of the meeting",
        "Looking ahead",
        "Moderator: Rey Koslowski, State University of New York at Albany",
    ]


def test_a_talk_titled_as_its_item_after_another_talk_keeps_its_title(
    tmp_path: Path,
) -> None:
    # Under "II. Closing of the meeting", the closing talk comes second: its
    # presenter must not be printed as a co-presenter of "Looking ahead".
    toml = (
        _OPENING_TALK
        + """
[[programme.sessions.presentations]]
title = "Closing of the meeting"
presenters = ["swing"]
agenda_item = 2
"""
    )
    folder = write_folder(tmp_path, {"meeting.toml": BASE_TOML + toml})
    meeting = load_folder(folder).meeting
    lines = session_lines(meeting, meeting.programme[0].sessions[0])
    talks = [(line.text, line.people) for line in lines if line.kind == "talk"]
    swing = "William Lacy Swing, Director General, "
    swing += "International Organization for Migration (IOM)"
    koslowski = "Rey Koslowski, State University of New York at Albany"
    assert talks == [
        ("", (swing,)),
        ("Looking ahead", (koslowski,)),
        ("Closing of the meeting", (swing,)),
    ]
    text = programme_tree(meeting).astext()
    assert text.index("Looking ahead") < text.index(koslowski)
    assert text.rindex("Closing of the meeting") < text.rindex(swing)
    page = _text(site_html(load_folder(folder)))
    assert f"Closing of the meeting | {swing}" in page
    assert f"Looking ahead | {koslowski}" in page


@given(
    st.lists(
        st.one_of(st.none(), st.integers(min_value=1, max_value=4)),
        min_size=1,
        max_size=8,
    ),
    st.lists(st.integers(min_value=1, max_value=4), unique=True, max_size=4),
)
def test_every_talk_follows_its_own_items_heading(
    items: list[int | None], listed: list[int]
) -> None:
    meeting = strategies.meeting(agenda_size=4)
    talks = [
        Presentation(title=f"Talk {n}", agenda_item=item)
        for n, item in enumerate(items)
    ]
    session = Session(
        name="Morning session",
        start=dt.time(10),
        end=dt.time(13),
        agenda_items=listed,
        presentations=talks,
    )
    lines = session_lines(meeting, session)
    headings = [line.text for line in lines if line.kind == "item"]
    # Each item once, in agenda order.
    assert headings == [
        f"{to_roman(n)}. Agenda item number {n}"
        for n in sorted({*listed, *(i for i in items if i)})
    ]
    # Every talk once, under its item's heading; talks of no item keep
    # their order among themselves and among their item's talks.
    under: dict[str, str | None] = {}
    heading: str | None = None
    for line in lines:
        if line.kind == "item":
            heading = line.text
        elif line.kind == "talk":
            under[line.text] = heading
    assert sorted(under) == sorted(talk.title for talk in talks)
    for talk in talks:
        if talk.agenda_item:
            assert under[talk.title] == (
                f"{to_roman(talk.agenda_item)}. Agenda item number {talk.agenda_item}"
            )
    order = [line.text for line in lines if line.kind == "talk"]
    for number in {*items} - {None}:
        same = [talk.title for talk in talks if talk.agenda_item == number]
        assert [title for title in order if title in same] == same
