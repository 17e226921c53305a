"""A summary that starts with its agenda item's own title, pasted from the
agenda ("II. Closing of the meeting"), gets one error at that line, since
migmeet prints the title itself: no lone sub-heading, no missing section,
no title run into the first paragraph."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from folders import write_folder
from migmeet import check_folder, load_folder, report_html

CLOSING = "items/02-closing.rst"
REMARKS = "In her closing remarks, the Chair thanked all participants.\n"
MESSAGE = (
    "items/02-closing.rst:{line}: repeats the title of agenda item II, which "
    "migmeet prints itself: remove this line"
)


@pytest.mark.parametrize(
    ("summary", "line"),
    [
        ("II. Closing of the meeting\n==========================\n\n" + REMARKS, 1),
        ("Closing of the meeting\n----------------------\n\n" + REMARKS, 1),
        ("II. CLOSING OF THE MEETING\n~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n" + REMARKS, 1),
        ("\n=======\nII Closing of the meeting.\n=======\n\n" + REMARKS, 3),
        ("II. Closing of the meeting\n" + REMARKS, 1),
        ("Closing of the meeting\n\n" + REMARKS, 1),
        ("Agenda item 2: Closing of the meeting\n\n" + REMARKS, 1),
        (
            "II. Closing of the meeting\n==========================\n\n"
            "Opening words.\n\nA. Thanks\n---------\n\nText.\n\n"
            "B. Next meeting\n---------------\n\nText.\n",
            1,
        ),
    ],
)
def test_a_repeated_title_is_one_error_at_its_line(
    tmp_path: Path, summary: str, line: int
) -> None:
    folder = write_folder(tmp_path, {CLOSING: summary})
    found = [finding.brief() for finding in check_folder(folder)]
    assert found == [MESSAGE.format(line=line)]


def test_without_the_title_the_summary_reads_as_before(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {CLOSING: REMARKS})
    assert check_folder(folder) == []
    text = re.sub(r"<[^>]+>", "", report_html(load_folder(folder)))
    text = text.replace("\u00a0", " ")
    assert "II. Closing of the meeting" in text
    assert "meeting In her" not in text
    assert "In her closing remarks" in text


def test_a_summary_that_only_mentions_the_title_is_read(tmp_path: Path) -> None:
    summary = "Closing of the meeting took place at 6 p.m.\n"
    folder = write_folder(tmp_path, {CLOSING: summary})
    assert check_folder(folder) == []
