"""Correct United Nations usage an editor wrote raises no finding: each
sentence here was once a false alarm. The same rules still find the
mistake beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from folders import write_folder
from migmeet import check_folder, load_folder, report_html


def _codes(tmp_path: Path, sentence: str) -> set[str]:
    text = f"The meeting opened.\n\n{sentence}\n"
    folder = write_folder(tmp_path, {"items/01-opening.rst": text})
    return {f.code for f in check_folder(folder) if f.file == "items/01-opening.rst"}


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # The fifteenth meeting's report names the next one, and another
        # body's meeting, on purpose.
        (
            "She noted that the Network would hold its seventeenth meeting in "
            "May 2017.",
            "wrong-ordinal",
        ),
        (
            "The Population Division should prepare, for the sixteenth meeting, "
            "a review of the data.",
            "wrong-ordinal",
        ),
        (
            "He recalled the measures adopted under Chapter VII of the Charter "
            "of the United Nations.",
            "capitalized-generic",
        ),
        (
            "The question was taken up by the Conference of States Parties to "
            "the Convention on the Rights of Persons with Disabilities.",
            "un-name",
        ),
        (
            "The crossing lies in the Greek region of Central Macedonia.",
            "country-name",
        ),
        (
            "He recalled the judgment of the International Court of Justice in "
            "the Avena case.",
            "american-spelling",
        ),
        (
            "The Chargé d'affaires a.i. of the Permanent Mission of Côte "
            "d'Ivoire recalled the point.",
            "misspelling",
        ),
        ("She called for wider access to census microdata.", "misspelling"),
        (
            'In the words of the Secretary-General, "the Meeting must deliver".',
            "capitalized-reference",
        ),
        (
            "He drew attention to *UN Ideas That Changed the World*, a history "
            "of the Organization.",
            "un-abbreviation",
        ),
        (
            "He added that, of the compact's 23 objectives, 3 had been reviewed.",
            "figure-under-ten",
        ),
    ],
)
def test_correct_usage_raises_no_finding(
    tmp_path: Path, sentence: str, code: str
) -> None:
    assert code not in _codes(tmp_path, sentence)


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("The fourteenth meeting was opened by Mr. Swing.", "wrong-ordinal"),
        ("He recalled Resolution 70/1 of the General Assembly.", "capitalized-generic"),
        ("All States Parties agreed.", "un-name"),
        ("The delegation of Macedonia spoke.", "country-name"),
        ("She praised their good judgment in the matter.", "american-spelling"),
        ("The report had 14 pages and 3 annexes.", "figure-under-ten"),
        ("She thanked the Meeting for its work.", "capitalized-reference"),
        ("He said the UN had *changed the world*.", "un-abbreviation"),
    ],
)
def test_the_mistake_beside_it_is_still_found(
    tmp_path: Path, sentence: str, code: str
) -> None:
    assert code in _codes(tmp_path, sentence)


def test_the_singular_of_a_plural_abbreviation_spelled_out_is_known(
    tmp_path: Path,
) -> None:
    sentence = (
        "Participants recalled the :term:`sdgs` and asked for SDG indicators "
        "by migratory status."
    )
    assert "undefined-abbreviation" not in _codes(tmp_path, sentence)


def test_a_list_that_continues_its_lead_keeps_a_mention_in_lower_case(
    tmp_path: Path,
) -> None:
    text = (
        "Participants recommended that:\n\n"
        "(a) member States should share data;\n\n"
        "(b) :org:`iom` should publish a review;\n\n"
        "(c) the meeting should continue.\n\n"
        "Then:\n\n- :term:`sdgs` were recalled.\n- Mr. Swing spoke.\n"
    )
    write_folder(tmp_path, {"items/01-opening.rst": text})
    page = re.sub(r"<[^>]+>", "", report_html(load_folder(tmp_path)))
    assert "the International Organization for Migration (IOM) should" in page
    # Items written as sentences keep the capital.
    assert "The Sustainable Development Goals (SDGs) were recalled." in page


def test_a_function_the_sentence_gives_is_not_repeated_at_the_first_mention(
    tmp_path: Path,
) -> None:
    text = (
        "The Director General of the organization, :person:`swing`, spoke. "
        ":person:`koslowski` spoke after him.\n"
    )
    write_folder(tmp_path, {"items/01-opening.rst": text})
    page = re.sub(r"<[^>]+>", "", report_html(load_folder(tmp_path)))
    page = page.replace("\u00a0", " ")
    said = "The Director General of the organization, Mr. William Lacy Swing, spoke"
    assert said in page
    assert page.count("Director General") == 1
    # Elsewhere the first mention still says who they are.
    assert "Professor Rey Koslowski, State University of New York at Albany," in page
