"""Issue 16, names: the article of an abbreviation used attributively, the
false alarms on correct text, and the data file's strings checked by
every text rule at their lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from docutils import nodes

from folders import BASE_TOML, write_folder
from migmeet import check_folder, load_folder, report_document

ITEM_1 = "items/01-opening.rst"
ICPD = """
[organizations.icpd]
name = "International Conference on Population and Development"
abbreviation = "ICPD"
"""


def item_text(root: Path) -> str:
    section = report_document(load_folder(root)).ids["item-1"]
    return " ".join(
        " ".join(par.astext().split()) for par in section.findall(nodes.paragraph)
    )


@pytest.mark.parametrize(
    ("source", "printed"),
    [
        (
            "They drew on the lessons of the :org:`icpd` Programme of Action.",
            "the lessons of the International Conference on Population and "
            "Development (ICPD) Programme of Action.",
        ),
        (
            "They used the :org:`icpd` *Programme of Action*.",
            "They used the International Conference",
        ),
        (
            "They read the :org:`icpd` `Programme of Action <https://x.org>`_.",
            "They read the International Conference",
        ),
        (
            "The :org:`icpd` met. They used the :org:`icpd` *Programme of Action*.",
            "They used the ICPD Programme of Action.",
        ),
        ("The :org:`icpd` met. Later the :org:`icpd` said so.", "Later ICPD said so."),
    ],
)
def test_an_abbreviation_used_attributively_keeps_the_nouns_article(
    tmp_path: Path, source: str, printed: str
) -> None:
    root = write_folder(
        tmp_path, {"meeting.toml": BASE_TOML + ICPD, ITEM_1: source + "\n"}
    )
    assert printed in item_text(root)


def codes_at(root: Path) -> list[tuple[str, str | None, int | None, str]]:
    return [(f.code, f.file, f.line, f.text) for f in check_folder(root)]


def findings(root: Path) -> list[tuple[str, str | None, int | None, str]]:
    return [(f.code, f.file, f.line, f.text) for f in check_folder(root)]


def test_a_data_file_term_written_out_by_hand_is_told_how_to_mention_it(
    tmp_path: Path,
) -> None:
    text = "Delegates discussed the Sustainable Development Goals (SDGs).\n"
    root = write_folder(tmp_path, {ITEM_1: text})
    found = check_folder(root)
    assert not [
        f for f in found if f.code == "undefined-abbreviation" and f.text == "SDGs"
    ]
    [unmentioned] = [f for f in found if f.code == "unmentioned-name"]
    assert (unmentioned.file, unmentioned.line, unmentioned.text) == (
        ITEM_1,
        1,
        "SDGs",
    )
    assert unmentioned.fix == "write :term:`sdgs` where the text names it"
    assert "not an organization or term of the meeting" not in unmentioned.message


@pytest.mark.parametrize(
    "text",
    [
        "UN DESA organized the meeting.",
        "UN Women presented its work.",
        "The side event was organized by UN DESA/UNITAR.",
    ],
)
def test_official_names_with_un_are_not_un_for_united_nations(
    tmp_path: Path, text: str
) -> None:
    root = write_folder(tmp_path, {ITEM_1: text + "\n"})
    assert "un-abbreviation" not in [f.code for f in check_folder(root)]


def test_un_alone_is_still_found(tmp_path: Path) -> None:
    root = write_folder(tmp_path, {ITEM_1: "The UN supported the meeting.\n"})
    assert ("un-abbreviation", ITEM_1, 1, "UN") in findings(root)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting was held from 9 to 10 February 2012.",
        "The meeting was held on 9 - 10 February 2012.",
        "It met on Thursday, 9 and Friday, 10 February 2012.",
        "It met from 8 to 9 Feb. 2012.",
        "Indicator 3.c.1 measures health worker density.",
    ],
)
def test_the_first_day_of_a_date_range_is_not_a_figure_under_ten(
    tmp_path: Path, text: str
) -> None:
    root = write_folder(tmp_path, {ITEM_1: text + "\n"})
    assert "figure-under-ten" not in [f.code for f in check_folder(root)]


def test_an_abbreviation_spelled_out_otherwise_than_the_data_file_says(
    tmp_path: Path,
) -> None:
    root = write_folder(
        tmp_path,
        {"preface.rst": "The Sustainable Development Targets (SDGs) were cited.\n"},
    )
    assert (
        "abbreviation-two-names",
        "preface.rst",
        1,
        "Sustainable Development Targets (SDGs)",
    ) in findings(root)


def test_an_abbreviation_spelled_out_two_ways_in_two_files_and_possessive(
    tmp_path: Path,
) -> None:
    root = write_folder(
        tmp_path,
        {
            "preface.rst": "The Global Migration Group (GMG) met.\n",
            "items/02-closing.rst": "The Group on Global Migration (GMG) closed.\n"
            "\nThe GMG’s members spoke.\n",
        },
    )
    found = findings(root)
    assert (
        "abbreviation-two-names",
        "items/02-closing.rst",
        1,
        "Group on Global Migration (GMG)",
    ) in found
    assert ("possessive-abbreviation", "items/02-closing.rst", 3, "GMG’s") in found


DATA_TEXT = """
[[programme]]
date = 2017-02-16

[[programme.events]]
title = "Reception hosted by Vietnam"
start = "18.30"
note = "Offered by Members States."

[[programme.sessions]]
name = "Morning session with the Secretary General"
start = "10.00"
end = "13.00"

[[programme.sessions.presentations]]
title = "3 lessons from Turkey"
presenters = ["swing"]

[[side_events]]
date = 2017-02-16
start = "13.15"
end = "14.30"
title = "Data on state parties"
organizer = "Permanent Mission of Netherlands"
location = "Conference room 2"
note = "The UN serves lunch."

[[background]]
agenda_item = 1
title = "Papers of the IOM"
documents = ["nyd"]

[[websites]]
title = "Ivory Coast migration data"
url = "https://example.org/"
"""


def test_every_printed_field_of_the_data_file_goes_through_the_text_rules(
    tmp_path: Path,
) -> None:
    toml = BASE_TOML.replace(
        'function = "Director General"',
        'function = "Under Secretary General for Migration in Holland"',
    )
    root = write_folder(
        tmp_path,
        {
            "meeting.toml": toml + DATA_TEXT,
            ITEM_1: ":person:`swing` opened the meeting.\n",
        },
    )
    text = (root / "meeting.toml").read_text(encoding="utf-8")
    lines = text.splitlines()

    def line(fragment: str) -> int:
        return next(n for n, t in enumerate(lines, 1) if fragment in t)

    found = findings(root)
    expected = [
        ("country-name", "Reception hosted by Vietnam", "Vietnam"),
        ("un-name", "Offered by Members States", "Members States"),
        ("un-name", "Morning session with the", "Secretary General"),
        ("figure-under-ten", "3 lessons from Turkey", "3"),
        ("country-name", "3 lessons from Turkey", "Turkey"),
        ("un-name", "Data on state parties", "state parties"),
        ("country-article", "Permanent Mission of Netherlands", "Netherlands"),
        ("un-abbreviation", "The UN serves lunch", "UN"),
        ("article-before-abbreviation", "Papers of the IOM", "the IOM"),
        ("country-name", "Ivory Coast migration data", "Ivory Coast"),
        ("un-name", "Under Secretary General", "Under Secretary General"),
        ("country-short-name", "Under Secretary General", "Holland"),
    ]
    for code, fragment, words in expected:
        assert (code, "meeting.toml", line(fragment), words) in found, (code, words)
    # The function, printed in the summary by the mention, is reported once:
    # at the data file, where it is mended.
    for code, _, words in expected:
        assert [f for f in found if (f[0], f[3]) == (code, words)].count(
            next(f for f in found if (f[0], f[3]) == (code, words))
        ) == 1
    assert not [f for f in found if f[1] == ITEM_1 and f[0] != "undefined-abbreviation"]
