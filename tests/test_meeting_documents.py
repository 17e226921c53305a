"""The documents beside the report: programme, concept note, web page, calendar."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import zoneinfo
from html.parser import HTMLParser
from pathlib import Path

import html5lib
import icalendar
import pytest
from pypdf import PdfReader

from migmeet import (
    MigmeetError,
    Report,
    concept_note_pdf,
    load_folder,
    meeting_calendar,
    programme_pdf,
    write_site,
)
from migmeet._cli import main
from migmeet._tree import programme_name

ROOT = Path(__file__).resolve().parent.parent
SIXTEENTH = ROOT / "examples" / "series" / "sixteenth"


@pytest.fixture(scope="module")
def sixteenth() -> Report:
    return load_folder(SIXTEENTH)


STRAIGHT = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    # The PDFs print curved quotes; the data file holds straight ones.
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    return text.translate(STRAIGHT)


def test_programme_has_every_presenter_time_and_moderator(sixteenth: Report) -> None:
    meeting = sixteenth.meeting
    text = pdf_text(programme_pdf(meeting).data)
    assert text.startswith("SIXTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION")
    assert "ORGANIZATION OF WORK" in text
    for day in meeting.programme:
        assert f"{day.date:%A}, {day.date.day} {day.date:%B %Y}" in text
        for session in day.sessions:
            assert f"{session.name} ({session.start:%H.%M}-{session.end:%H.%M})" in text
            for talk in session.presentations:
                assert " ".join(talk.title.split()) in text
                for who in talk.presenters:
                    assert programme_name(who) in text, programme_name(who)
            for moderator in session.moderators:
                assert f"Moderator: {programme_name(moderator)}" in text
    for item in meeting.agenda:
        assert f"{item.numeral}. {item.title}" in text
    for event in meeting.side_events:
        assert event.title in text


def test_concept_note(sixteenth: Report) -> None:
    text = pdf_text(concept_note_pdf(sixteenth.meeting, "review").data)
    assert "Concept note for the panel:" in text
    assert "THE GLOBAL MIGRATION COMPACT: REVIEW AND FOLLOW-UP" in text
    assert "Thursday, 15 February 2018, 11.45-13.00" in text
    assert "(a) Background" in text
    assert "(b) Organization" in text
    assert (
        "Each panellist will make a presentation of no more than ten minutes." in text
    )
    with pytest.raises(
        MigmeetError, match="no panel 'nope' in the meeting \\(panels: review\\)"
    ):
        concept_note_pdf(sixteenth.meeting, "nope")


def test_calendar_reads_back(sixteenth: Report) -> None:
    meeting = sixteenth.meeting
    calendar = icalendar.Calendar.from_ical(meeting_calendar(meeting))
    events = list(calendar.walk("VEVENT"))
    sessions = [s for day in meeting.programme for s in day.sessions]
    timed = [e for day in meeting.programme for e in day.events]
    assert len(events) == len(sessions) + len(timed) + len(meeting.side_events) == 8
    zone = zoneinfo.ZoneInfo("America/New_York")
    first = events[0]
    assert first.decoded("dtstart") == dt.datetime(2018, 2, 15, 10, 0, tzinfo=zone)
    assert first.decoded("dtend") == dt.datetime(2018, 2, 15, 13, 0, tzinfo=zone)
    assert first["dtstart"].params["TZID"] == "America/New_York"
    assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["America/New_York"]
    reception = events[2]
    assert str(reception["summary"]).startswith("Reception hosted by the Government")
    assert reception.decoded("dtstart") == dt.datetime(2018, 2, 15, 18, 30, tzinfo=zone)
    breakfast = events[len(sessions) + len(timed) + 1]
    assert (
        breakfast.decoded("dtstart").astimezone(dt.UTC).hour == 13
    )  # 08.00 in New York
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert meeting_calendar(meeting) == meeting_calendar(meeting)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.links: list[tuple[str, str]] = []
        self._link: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "a":
            self._link = dict(attrs).get("href") or ""
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._link is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._link is not None:
            self.links.append((self._link, " ".join("".join(self._text).split())))
            self._link = None


@pytest.fixture(scope="module", params=["sixteenth", "new"])
def site(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    if request.param == "sixteenth":
        folder = SIXTEENTH
    else:
        folder = tmp_path_factory.mktemp("new") / "m"
        assert main(["new", str(folder)]) == 0
    assert main(["site", str(folder), "-o", str(out)]) == 0
    return out


def test_site_is_valid_html(site: Path) -> None:
    parser = html5lib.HTMLParser(strict=True)
    parser.parse((site / "index.html").read_bytes())
    assert parser.errors == []


def test_site_structure_is_accessible(site: Path) -> None:
    page = _Page()
    page.feed((site / "index.html").read_text())
    tags = [tag for tag, _ in page.tags]
    assert ("html", {"lang": "en"}) in page.tags
    assert tags.count("h1") == 1
    levels = [int(tag[1]) for tag in tags if re.fullmatch(r"h[1-6]", tag)]
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels)), levels
    for landmark in ("header", "nav", "main", "footer"):
        assert tags.count(landmark) == 1, landmark
    assert page.links[0] == ("#content", "Skip to content")
    ids = {attrs["id"] for _, attrs in page.tags if attrs.get("id")}
    assert "content" in ids
    for _href, text in page.links:
        assert text
        assert text.lower() not in {"here", "click here", "link", "more"}


def test_every_site_link_resolves(site: Path) -> None:
    page = _Page()
    page.feed((site / "index.html").read_text())
    ids = {attrs["id"] for _, attrs in page.tags if attrs.get("id")}
    hrefs = [href for href, _ in page.links]
    hrefs += [attrs["href"] or "" for tag, attrs in page.tags if tag == "link"]
    for href in hrefs:
        if href.startswith("#"):
            assert href[1:] in ids, href
        elif href.startswith("https://"):
            continue
        else:
            assert (site / href).is_file(), href
    assert "programme.pdf" in hrefs
    assert "calendar.ics" in hrefs


def test_site_links_official_symbols_to_undocs(site: Path) -> None:
    html = (site / "index.html").read_text()
    assert 'href="https://undocs.org/A/RES/71/1"' in html


def test_sixteenth_site_has_every_paper_and_side_event(
    tmp_path: Path, sixteenth
) -> None:  # type: ignore[no-untyped-def]
    target, names = write_site(sixteenth, tmp_path / "site")
    html = (target / "index.html").read_text()
    for n in range(1, 18):
        assert f"UN/POP/MIG-16CM/2018/{n}<" in html
    assert html.count('class="side-event"') == 3
    wfp = next(row for row in html.split("<tr>") if "World Food Programme" in row)
    assert [name for name in ("Arabic", "English", "French", "Spanish") if name in wfp]
    assert wfp.count(" | ") == 3
    assert "report.pdf" not in names
    assert "The report of the meeting will be published after the meeting." in html


def test_site_replaces_only_its_own_folder(tmp_path: Path, sixteenth: Report) -> None:
    target, _ = write_site(sixteenth, tmp_path / "site")
    write_site(sixteenth, target)  # a site migmeet wrote may be replaced
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "keep.txt").write_text("mine")
    with pytest.raises(
        MigmeetError, match=r"holds files migmeet did not write \(keep\.txt\)"
    ):
        write_site(sixteenth, tmp_path / "mine")
    assert (tmp_path / "mine" / "keep.txt").read_text() == "mine"


def test_site_passes_axe_core_in_chromium(site: Path) -> None:
    from axe_browser import axe_violations

    assert axe_violations(site / "index.html") == []


def test_commands_on_the_sixteenth(tmp_path: Path) -> None:
    for command, name in (("programme", "p.pdf"), ("calendar", "c.ics")):
        assert main([command, str(SIXTEENTH), "-o", str(tmp_path / name)]) == 0
    assert (
        main(["concept-note", str(SIXTEENTH), "review", "-o", str(tmp_path / "n.pdf")])
        == 0
    )
    assert (
        main(["concept-note", str(SIXTEENTH), "nope", "-o", str(tmp_path / "x.pdf")])
        == 1
    )
    assert main(["check", str(SIXTEENTH)]) == 0
