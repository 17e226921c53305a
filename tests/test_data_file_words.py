"""Data-file mistakes said in a rapporteur's words, each with its fix, and
each the only problem reported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from folders import BASE_TOML, write_folder
from migmeet import check_folder

MISTAKES = [
    (
        "first_day = 2017-02-16",
        "first_day = 12/03/2017",
        "'12/03/2017' is not a date TOML can read: write dates as 2026-03-12",
    ),
    (
        "first_day = 2017-02-16",
        "first_day = 16 February 2017",
        "write dates as 2026-03-12 (year, month, day, with hyphens)",
    ),
    (
        "first_day = 2017-02-16",
        'first_day = "2017-02-16"',
        "is written as text: remove the quotation marks",
    ),
    (
        "first_day = 2017-02-16",
        "first_day = 2017-2-16",
        "write month and day with two digits each, 2017-02-16",
    ),
    (
        "first_day = 2017-02-16",
        "first_day = 16-02-2017",
        "'16-02-2017' is not a date TOML can read: write dates as 2026-03-12",
    ),
    (
        'series = "Coordination Meeting on International Migration"',
        "series = \u201cCoordination Meeting on International Migration\u201d",
        'TOML reads straight ones, "Coordination Meeting on International',
    ),
    (
        "first_day = 2017-02-16",
        "first_day = 2017-03-32",
        "there is no 32 March 2017 (March has 31 days)",
    ),
    (
        "first_day = 2017-02-16",
        "first_day = 2017-02-30",
        "there is no 30 February 2017 (February has 28 days)",
    ),
    (
        'series = "Coordination Meeting on International Migration"',
        "series = Coordination Meeting",
        "'Coordination Meeting' is text without its quotation marks",
    ),
    (
        ', division = "Population Division" }',
        " }",
        "meeting.organizer.division is required: the organizing division",
    ),
]


@pytest.mark.parametrize(("old", "new", "said"), MISTAKES)
def test_each_mistake_is_said_once_with_its_fix(
    tmp_path: Path, old: str, new: str, said: str
) -> None:
    assert old in BASE_TOML
    text = BASE_TOML.replace(old, new, 1)
    findings = check_folder(write_folder(tmp_path, {"meeting.toml": text}))
    assert len(findings) == 1, [str(f) for f in findings]
    assert said in findings[0].message
    if new.strip() != "}":
        line = next(n for n, row in enumerate(text.splitlines(), 1) if new in row)
        assert findings[0].line == line
    assert not re.search(
        r"Expected newline|Invalid date|Invalid value", str(findings[0])
    )


PROGRAMME = """
[[programme]]
date = 2017-02-16
weekday = "Thursday"

[[programme.sessions]]
name = "Morning session"
start = "10.00"
end = "13.00"
agenda_items = [1]
"""


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            'agenda = ["Opening of the meeting", "Closing of the meeting"]',
            'agenda = ["Opening of the meeting", 2]',
            "found a whole number 2 (agenda item II)",
        ),
        (
            'agenda = ["Opening of the meeting", "Closing of the meeting"]',
            'agenda = ["Opening of the meeting", Closing of the meeting"]',
            "write each text in quotation marks",
        ),
        (
            'weekday = "Thursday"',
            'weekday = "Friday"',
            "(the first programme day: weekday)",
        ),
        (
            'start = "10.00"',
            "start = 10",
            "(the first programme day, first session: start)",
        ),
    ],
)
def test_places_are_named_as_a_reader_counts(
    tmp_path: Path, old: str, new: str, said: str
) -> None:
    text = (BASE_TOML + PROGRAMME).replace(old, new, 1)
    assert new in text
    findings = check_folder(write_folder(tmp_path, {"meeting.toml": text}))
    assert len(findings) == 1, [str(f) for f in findings]
    assert said in str(findings[0])
    assert "[0]" not in str(findings[0])
    line = next(n for n, row in enumerate(text.splitlines(), 1) if new in row)
    assert findings[0].line == line


def test_a_data_file_that_cannot_be_read_hides_no_summary_behind_unknown_keys(
    tmp_path: Path,
) -> None:
    text = BASE_TOML.replace("first_day = 2017-02-16", "first_day = 16/02/2017")
    folder = write_folder(
        tmp_path,
        {
            "meeting.toml": text,
            "items/01-opening.rst": ":person:`swing` opened the meeting.\n",
        },
    )
    findings = check_folder(folder)
    assert [f.file for f in findings] == ["meeting.toml"], [str(f) for f in findings]
