"""The programme as the secretariat means it: each moderator under the
agenda item they moderate, an item's title printed once, timed events among
the sessions in time order, the programme's status, and a mandate sentence
whose grammar follows the data."""

from __future__ import annotations

import re
from pathlib import Path

import html5lib
import pytest
from hypothesis import given
from hypothesis import strategies as st

from folders import BASE_TOML, write_folder
from migmeet import Document, check_folder, load_folder
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
    toml = """
[[programme]]
date = 2017-02-16
[[programme.sessions]]
name = "Morning session"
start = "10.00"
end = "13.00"
agenda_items = [{ number = 1, moderators = ["swnig"] }, 2]
"""
    folder = write_folder(tmp_path, {"meeting.toml": _base() + toml})
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


def _base() -> str:
    return BASE_TOML


def test_a_session_moderator_stays_last(tmp_path: Path) -> None:
    toml = """
[[programme]]
date = 2017-02-16
[[programme.sessions]]
name = "Morning session"
start = "10.00"
end = "13.00"
agenda_items = [{ number = 1, moderators = ["swing"] }, 2]
moderators = ["koslowski"]
"""
    report = load_folder(write_folder(tmp_path, {"meeting.toml": _base() + toml}))
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
