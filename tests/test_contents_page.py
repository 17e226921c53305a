"""The contents page as a reader sees it: every page number ends at the
same place at the right margin, with dots before it, and a title that
wraps keeps its two last words together on its last line."""

from __future__ import annotations

import re
import subprocess
from xml.etree import ElementTree

import pytest

from folders import BASE_TOML, write_folder
from migmeet import load_folder, report_pdf

#: Titles that once lost their leader or their place: a chapter title that
#: fills its line ("...system3"), a chapter title that wraps, and the
#: report's title, which wraps before its last word.
_AGENDA = """agenda = [
  "Opening of the meeting",
  "The Global Compact for Safe, Orderly and Regular Migration: \
From commitments to implementation",
  "Refugees and migrants in large movements: \
The role of the United Nations system",
]"""

#: A line's last word that ends an entry: its page number, dots before it
#: or, when there is no room for them, the title's last word ("system3").
_NUMBER = re.compile(r"\.*[ivx]+|.*?\d+")

Word = tuple[str, float, float]  # text, left, right


@pytest.fixture(scope="module")
def contents(tmp_path_factory: pytest.TempPathFactory) -> list[list[Word]]:
    """The lines of the contents page, each a list of its words."""
    root = tmp_path_factory.mktemp("contents")
    toml = BASE_TOML.replace("number = 15", "number = 22").replace(
        'agenda = ["Opening of the meeting", "Closing of the meeting"]', _AGENDA
    )
    folder = write_folder(
        root / "folder",
        {
            "meeting.toml": toml + '\n[report]\npage_size = "Letter"\n',
            "items/02-closing.rst": "The compact was discussed.\n",
            "items/03-refugees.rst": "Refugees were discussed.\n",
        },
    )
    pdf = root / "report.pdf"
    pdf.write_bytes(report_pdf(load_folder(folder)).data)
    xhtml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    namespace = {"x": "http://www.w3.org/1999/xhtml"}
    for page in ElementTree.fromstring(xhtml).iterfind(".//x:page", namespace):
        rows: dict[float, list[Word]] = {}
        for word in page.iterfind(".//x:word", namespace):
            rows.setdefault(round(float(word.get("yMin", 0)), 1), []).append(
                (
                    word.text or "",
                    float(word.get("xMin", 0)),
                    float(word.get("xMax", 0)),
                )
            )
        lines = [sorted(rows[y], key=lambda word: word[1]) for y in sorted(rows)]
        if lines and lines[0][0][0] == "CONTENTS":
            return lines[1:-1]  # the heading and the page's own number left out
    raise AssertionError("no contents page")


def _entries(lines: list[list[Word]]) -> list[list[list[Word]]]:
    """The entries: their lines, the last one ending in the page number."""
    entries: list[list[list[Word]]] = []
    current: list[list[Word]] = []
    for line in lines:
        current.append(line)
        if _NUMBER.fullmatch(line[-1][0]):
            entries.append(current)
            current = []
    assert not current, current
    return entries


def test_every_page_number_ends_at_the_right_margin(
    contents: list[list[Word]],
) -> None:
    entries = _entries(contents)
    assert len(entries) == 6  # preface, notes, report, three chapters
    rights = [entry[-1][-1][2] for entry in entries]
    assert max(rights) - min(rights) < 0.5, rights
    # the margin: the right end of the widest line of any page of text
    assert max(right for line in contents for _, _, right in line) - max(rights) < 0.5


def test_every_page_number_has_dots_before_it(contents: list[list[Word]]) -> None:
    for entry in _entries(contents):
        last = entry[-1]
        text = " ".join(word for word, _, _ in last)
        # at least three dots between the title's last word and the number
        assert re.search(r"[^\s.]\s*(?:\.\s*){3,}[ivx\d]+$", text), text


def test_a_wrapped_title_keeps_its_two_last_words_together(
    contents: list[list[Word]],
) -> None:
    wrapped = [entry for entry in _entries(contents) if len(entry) > 1]
    assert len(wrapped) >= 2  # the report's title and item II
    for entry in wrapped:
        words = [word for word, _, _ in entry[-1] if not re.fullmatch(r"\.+", word)]
        assert len(words[:-1]) >= 2, words
