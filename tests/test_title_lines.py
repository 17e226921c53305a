"""No title ends in one word alone on its last line: the meeting's title
on the title page and every heading keep their two last words together."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from folders import BASE_TOML, write_folder
from migmeet import load_folder, report_html, report_pdf

# Laid out as the title page sets it, this series' title ends in "TODAY"
# alone unless its two last words are kept together.
LONG_SERIES = (
    "Coordination Meeting on International Migration and Sustainable "
    "Development Goals Today"
)


def _folder(tmp_path: Path) -> Path:
    text = BASE_TOML.replace(
        "Coordination Meeting on International Migration", LONG_SERIES, 1
    )
    return write_folder(tmp_path, {"meeting.toml": text})


def test_every_title_keeps_its_two_last_words_together(tmp_path: Path) -> None:
    html = report_html(load_folder(_folder(tmp_path)))
    titles = re.findall(
        r'<(h[1-3])[^>]*>(.*?)</\1>|<p class="meeting-title">(.*?)</p>', html, re.S
    )
    assert len(titles) >= 4
    for _, heading, meeting_title in titles:
        inner = heading or meeting_title
        words = re.sub(r"<[^>]+>", "", inner).split()
        if len(words) >= 2:
            kept = re.search(r'<span class="keep">([^<]*)</span>\s*$', inner)
            assert kept, inner
            assert kept.group(1).split() == words[-2:]


def test_the_title_page_leaves_no_word_alone_and_bookmarks_read_as_written(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(report_pdf(load_folder(_folder(tmp_path / "folder"))).data)
    page = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    title_lines = lines[: lines.index(next(x for x in lines if "New York" in x))]
    assert " ".join(title_lines) == f"FIFTEENTH {LONG_SERIES.upper()}"
    assert all(len(line.split()) >= 2 for line in title_lines), title_lines
    outline = [
        item.title for item in PdfReader(pdf).outline if not isinstance(item, list)
    ]
    assert outline
    assert all("\u00a0" not in title for title in outline)
    assert all("  " not in title for title in outline)


def test_a_word_or_address_longer_than_the_line_wraps_inside_the_margins(
    tmp_path: Path,
) -> None:
    word = "Supercalifragilistic" * 12
    url = "https://www.un.org/" + "population-migration-data/" * 10
    summary = f"The meeting discussed {word} at length. See {url} for the data.\n"
    folder = write_folder(tmp_path / "folder", {"items/01-opening.rst": summary})
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(report_pdf(load_folder(folder)).data)
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    width = float(re.search(r'<page width="([\d.]+)"', boxes)[1])  # type: ignore[index]
    words = re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)</word>', boxes)
    pieces = [(float(x), w) for x, w in words if "Supercal" in w or "population" in w]
    assert len(pieces) >= 4
    # Every piece ends inside the right margin (1 inch on Letter and A4).
    assert all(x <= width - 60 for x, _ in pieces), pieces
    assert "".join(w for _, w in pieces if "Supercal" in w or "califrag" in w)


def test_a_symbol_in_a_concept_note_is_set_as_the_reports_are() -> None:
    # The report's symbols are links of class "symbol", never broken at a
    # slash ("A/RES/ / 71/1"); a concept note's, from the data file, too.
    from migmeet._tree import concept_note_tree
    from migmeet._writing import tree_html

    root = Path(__file__).parent.parent / "examples" / "series" / "sixteenth"
    meeting = load_folder(root).meeting
    page = tree_html(
        concept_note_tree(meeting, meeting.panels[0]),
        title="t",
        author="a",
        language="en",
    )
    links = re.findall(r'<a class="([^"]*)" href="https://undocs\.org/[^"]*"', page)
    assert links
    assert all("symbol" in classes.split() for classes in links)
