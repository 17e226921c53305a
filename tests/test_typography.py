"""UN typography: no-break spaces, hanging numbers, hyphenation, footnote
numbers, the contents' annex entries, aligned numerals, programme entries
kept whole and symbols that do not break on the web page."""

from __future__ import annotations

import html
import io
import re
from pathlib import Path
from types import ModuleType

import pytest
from docutils import nodes
from pypdf import PageObject, PdfReader

from migmeet import Report, load_folder, programme_pdf, report_html
from migmeet._tree import concept_note_tree, programme_tree
from migmeet._writing.html import no_break_spaces, tree_html

ROOT = Path(__file__).resolve().parent.parent
NBSP = "\u00a0"

Fragment = tuple[str, float, float, float]  # text, x, y (down the page), size


def _fragments(page: PageObject) -> list[Fragment]:
    found: list[Fragment] = []

    def visit(
        text: str, cm: list[float], tm: list[float], font: object, size: float
    ) -> None:
        if text.strip():
            found.append((text.strip(), tm[4], tm[5], size))

    page.extract_text(visitor_text=visit)
    return found


def _text_of(page_html: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


@pytest.fixture(scope="module")
def reader(fifteenth_pdf: Path) -> PdfReader:
    return PdfReader(fifteenth_pdf)


@pytest.fixture(scope="module")
def sixteenth() -> Report:
    return load_folder(ROOT / "examples" / "series" / "sixteenth")


def _page_with(reader: PdfReader, start: str) -> int:
    return next(
        i
        for i, page in enumerate(reader.pages)
        if " ".join(page.extract_text().split()).startswith(start)
    )


def test_no_break_spaces_tie_honorifics_abbreviations_and_dates() -> None:
    assert no_break_spaces("Mr. Craig Mokhiber and Ambassador Lauber") == (
        f"Mr.{NBSP}Craig Mokhiber and Ambassador{NBSP}Lauber"
    )
    assert no_break_spaces("UN DESA and UN MGCY") == f"UN{NBSP}DESA and UN{NBSP}MGCY"
    assert no_break_spaces("on 16 February 2017, 16-17 March") == (
        f"on 16{NBSP}February 2017, 16-17{NBSP}March"
    )
    # Nothing else is tied.
    for text in ("in 2017 March", "Mr.Smith", "UN agencies", "Unless Members"):
        assert no_break_spaces(text) == text


def test_report_page_ties_names_abbreviations_and_dates(fifteenth: ModuleType) -> None:
    text = _text_of(report_html(fifteenth.REPORT))
    assert f"Mr.{NBSP}William Lacy Swing" in text
    assert f"Mr.{NBSP}Swing" in text
    assert f"Professor{NBSP}Rey Koslowski" in text
    assert f"(UN{NBSP}DESA)" in text
    assert f"(UN{NBSP}MGCY)" in text
    assert f"16 and 17{NBSP}February 2017" in text
    assert f"New York, 16-17{NBSP}February 2017" in text
    assert "Mr. " not in text
    assert "Ms. " not in text


def test_report_tree_keeps_ordinary_spaces(fifteenth: ModuleType) -> None:
    from migmeet import report_document

    assert NBSP not in report_document(fifteenth.REPORT).astext()


def test_programme_and_concept_note_tie_dates(sixteenth: Report) -> None:
    meeting = sixteenth.meeting
    page = tree_html(programme_tree(meeting), title="t", author="a", language="en")
    assert f"Thursday, 15{NBSP}February 2018" in _text_of(page)
    panel = meeting.panels[0]
    note = tree_html(
        concept_note_tree(meeting, panel), title="t", author="a", language="en"
    )
    assert f"15{NBSP}February 2018" in _text_of(note)


def test_wrapped_heading_hangs_its_number(reader: PdfReader) -> None:
    fragments = _fragments(reader.pages[_page_with(reader, "REPORT OF THE")])
    first = next(f for f in fragments if f[0].startswith("IMPLEMENTING THE NEW YORK"))
    margin = min(f[1] for f in fragments)  # where the number stands
    # "MIGRANTS" is not left alone: the heading's two last words go together.
    wrapped = next(f for f in fragments if f[0].startswith("AND"))
    assert "MIGRANTS" in " ".join(f[0] for f in fragments if f[2] == wrapped[2])
    assert wrapped[2] > first[2]  # on the next line
    assert abs(wrapped[1] - first[1]) < 6  # under the text (the space aside)
    assert wrapped[1] > margin + 20  # not at the margin


def test_body_text_is_hyphenated_but_never_a_name(reader: PdfReader) -> None:
    start = _page_with(reader, "REPORT OF THE")
    broken = []
    for page in reader.pages[start:]:
        lines = page.extract_text().splitlines()
        broken += [line.split()[-1] for line in lines if line.endswith("\u2010")]
    assert len(broken) >= 5  # justified text is hyphenated
    # Never a capitalized word: a name, a title, an abbreviation.
    assert [word for word in broken if word[:1].isupper()] == []


def test_footnote_number_is_superscript(reader: PdfReader) -> None:
    page = reader.pages[_page_with(reader, "REPORT OF THE")]
    text = " ".join(page.extract_text().split())
    assert "1. The series" not in text
    fragments = _fragments(page)
    note = next(i for i, f in enumerate(fragments) if f[0].startswith("series of"))
    number = fragments[note - 2] if fragments[note - 1][0] == "The" else None
    number = number or fragments[note - 1]
    assert number[0] == "1"
    assert number[3] < fragments[note][3]  # smaller than the note's text
    assert number[2] < fragments[note][2]  # and raised


def test_contents_give_annex_then_title(fifteenth: ModuleType) -> None:
    page = report_html(fifteenth.REPORT)
    entry = re.search(r'<p class="toc-entry annex">(.*?)</p>', page, re.S)
    assert entry is not None
    assert " ".join(_text_of(entry.group(1)).split()) == "Annex I Agenda"


def test_annex_numerals_align(reader: PdfReader) -> None:
    fragments = _fragments(reader.pages[_page_with(reader, "ANNEX I")])
    stops = [f for f in fragments if f[0] == "."]
    assert len(stops) == 9  # "I." to "IX."
    assert max(f[1] for f in stops) - min(f[1] for f in stops) < 0.5
    texts = [
        fragments[i + 1] for i, f in enumerate(fragments) if f in stops
    ]  # the word after each full stop
    assert max(f[1] for f in texts) - min(f[1] for f in texts) < 0.5


def _is_entry(node: nodes.Node) -> bool:
    return isinstance(node, nodes.section) and "programme-entry" in node["classes"]


def test_programme_entries_stay_on_one_page(sixteenth: Report) -> None:
    meeting = sixteenth.meeting
    tree = programme_tree(meeting)
    entries = list(tree.findall(_is_entry))
    sessions = sum(len(day.sessions) for day in meeting.programme)
    assert len(entries) == sessions + len(meeting.side_events)
    reader = PdfReader(io.BytesIO(programme_pdf(meeting).data))
    # Read with straight quotes, as the data file writes them.
    straight = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")
    pages = [
        " ".join(page.extract_text().translate(straight).split())
        for page in reader.pages
    ]
    for event in meeting.side_events:
        title = " ".join(event.title.split())
        page = next(p for p in pages if title in p)
        assert f"Location: {' '.join(event.location.split())}" in page, title
    for day in meeting.programme:
        for session in day.sessions:
            heading = f"{session.name} ({session.start:%H.%M}"
            talks = [" ".join(t.title.split()) for t in session.presentations]
            if not talks:
                continue
            # the day's pages: a session's first and last talk share a page
            holding = [p for p in pages if talks[0] in p]
            assert any(talks[-1] in p and heading in p for p in holding), heading
