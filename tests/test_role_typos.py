"""Text that looks like a role but is not one is an error at its line that
shows the right form, never printed as typed; docutils' messages about
roles and backticks are said in the project's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from folders import write_folder
from migmeet import check_folder


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (":person:'swing'", "write :person:`swing`, with backticks (`) around"),
        (':org:"iom"', "write :org:`iom`, with backticks (`) around"),
        (":person:\u2018swing\u2019", "write :person:`swing`"),
        (":person: swing", "write :person:`swing`, with the key between backticks"),
        (":persons:`swing`", "unknown role :persons: (did you mean :person:?)"),
        ("`swing", "a backtick (`) is opened and not closed"),
    ],
)
def test_role_like_text_is_an_error_with_the_right_form(
    tmp_path: Path, written: str, said: str
) -> None:
    text = f"The meeting opened.\n\nThen {written} spoke to the meeting.\n"
    folder = write_folder(tmp_path, {"items/01-opening.rst": text})
    problems = [f for f in check_folder(folder) if f.file == "items/01-opening.rst"]
    assert [p.line for p in problems] == [3]
    assert said in problems[0].message


def test_a_role_at_the_start_of_a_line_is_said_once(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path, {"items/01-opening.rst": ":person:'swing' opened the meeting.\n"}
    )
    problems = [f for f in check_folder(folder) if f.file == "items/01-opening.rst"]
    assert len(problems) == 1
    assert "write :person:`swing`" in problems[0].message


@pytest.mark.parametrize(
    "text",
    [
        "The session ran 10:00:00 to 11:00:00 as planned.",
        "Note: the report: see annex I.",
        "The role of :person:`swing` was recalled.",
        "Ratio 3:2 was kept; time 10:30.",
    ],
)
def test_colons_in_ordinary_text_are_not_roles(tmp_path: Path, text: str) -> None:
    folder = write_folder(tmp_path, {"items/01-opening.rst": text + "\n"})
    problems = [f for f in check_folder(folder) if f.file == "items/01-opening.rst"]
    assert not [p for p in problems if "role" in p.message], problems
