"""Spacing and punctuation, capitals, ordinals in figures and resolutions
cited by symbol: each rule fires on its catalogue's wrong examples, stays
quiet on its right ones, on numbers, times, symbols and addresses, and on
the real UN text of the seeds but for the defects listed here."""

from __future__ import annotations

import re
import shutil
import time
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmeet import CHECKS, check_folder
from migmeet._checks import text_rules as rules
from migmeet._findings import Finding, Severity
from migmeet._style import ordinal_word

SERIES = "Coordination Meeting on International Migration"
FAMILIES = ("punctuation", "capitalization", "ordinals", "resolutions")
CODES = frozenset(
    {
        "missing-space",
        "space-before-punctuation",
        "lopsided-slash",
        "doubled-word",
        "unbalanced-brackets",
        "capitalized-generic",
        "capitalized-reference",
        "inconsistent-capitals",
        "ordinal-in-figures",
        "bare-resolution-symbol",
    }
)
SEEDS = Path("/work/shared/seeds")
EXAMPLES = Path(__file__).parent.parent / "examples" / "series"


def findings_in(text: str) -> list[Finding]:
    """Every finding of this family of rules in one running text."""
    return [
        *rules.punctuation_problems(text),
        *rules.ordinals_in_figures(text, SERIES),
        *rules.capitalized_generics(text),
        *rules.capitalized_references(text),
        *rules.bare_resolution_symbols(text),
        *(finding for _, finding in rules.inconsistent_capitals([text])),
    ]


def codes_in(text: str) -> set[str]:
    return {finding.code for finding in findings_in(text)}


def catalogue() -> list[dict[str, Any]]:
    entries = []
    for family in FAMILIES:
        source = resources.files("migmeet") / "catalogue" / f"{family}.toml"
        entries.extend(tomllib.loads(source.read_text(encoding="utf-8"))["rule"])
    return entries


RULES = catalogue()


def test_the_catalogue_has_each_code_once_as_checks_has_it() -> None:
    assert sorted(rule["code"] for rule in RULES) == sorted(CODES)
    for rule in RULES:
        check = CHECKS[rule["code"]]
        assert rule["severity"] == check.severity.value
        assert rule["summary"] == check.summary
        assert rule["family"] in FAMILIES
        assert rule["url"].startswith(
            "https://www.un.org/dgacm/en/content/editorial-manual"
        )
        assert rule["rationale"]
        assert rule["right"]
        assert rule["wrong"]


@pytest.mark.parametrize(
    ("code", "text"),
    [(rule["code"], text) for rule in RULES for text in rule["wrong"]],
)
def test_each_wrong_example_makes_its_rule_fire(code: str, text: str) -> None:
    assert code in codes_in(text)


@pytest.mark.parametrize("text", [text for rule in RULES for text in rule["right"]])
def test_no_rule_fires_on_a_right_example(text: str) -> None:
    assert codes_in(text) == set()


@given(st.lists(st.sampled_from([t for r in RULES for t in r["right"]]), max_size=4))
def test_sentences_built_from_right_examples_stay_quiet(sentences: list[str]) -> None:
    assert codes_in(" ".join(sentences)) == set()


# --- spacing and punctuation ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "fix"),
    [
        ("migrants,refugees", "migrants,refugees", "write 'migrants, refugees'"),
        ("in 2016,and later", "2016,and", "write '2016, and'"),
        ("Note:the list", "Note:the", "write 'Note: the'"),
        ("the data.The gaps", "data.The", "write 'data. The'"),
        ("(IOM).The report", "(IOM).The", "write '(IOM). The'"),
    ],
)
def test_a_missing_space_is_found_with_its_fix(
    text: str, written: str, fix: str
) -> None:
    [finding] = rules.punctuation_problems(text)
    assert (finding.code, finding.fix) == ("missing-space", fix)
    assert finding.text == written


@pytest.mark.parametrize(
    "text",
    [
        "1,000 people; 3.5 per cent; 10.00-13.00; 3 p.m.; 9 a.m.",
        "A/RES/70/1, E/CN.9/2020/2 and UN/POP/MIG-16CM/2018/1",
        "see https://www.un.org/en/development/desa/population/migration/index.asp?x=1,y:2",
        "write to migration@un.org.The next line",  # the address hides the end
        "e.g. the U.S. and the U.K., i.e. two; etc. and so on...Then",
        "section 3.c.1 and paragraph 4.b of Add.1 and Rev.2",
        "www.un.org/development/desa/pd/content.Migration",
    ],
)
def test_no_missing_space_inside_numbers_symbols_addresses_abbreviations(
    text: str,
) -> None:
    assert "missing-space" not in codes_in(text)


@given(
    st.integers(min_value=1000, max_value=10**9),
    st.integers(min_value=0, max_value=99),
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=59),
    st.integers(min_value=31, max_value=80),
    st.integers(min_value=1, max_value=400),
)
def test_figures_times_symbols_and_addresses_never_miss_a_space(
    big: int, decimal: int, hour: int, minute: int, session: int, number: int
) -> None:
    text = (
        f"Some {big:,}.{decimal} people met from {hour}.{minute:02d}"
        f"-{hour}:{minute:02d};"
        f" they cited A/RES/{session}/{number}, S/RES/{number} ({1990 + session})"
        f" and https://undocs.org/A/RES/{session}/{number},x.y."
    )
    assert {"missing-space", "space-before-punctuation"} & codes_in(text) == set()


def test_space_before_punctuation_lopsided_slash_doubled_word() -> None:
    assert [f.text for f in rules.punctuation_problems("data , and more .")] == [
        "data ,",
        "more .",
    ]
    [slash] = rules.punctuation_problems("and/ or")
    assert (slash.code, slash.fix) == ("lopsided-slash", "write 'and/or'")
    assert rules.punctuation_problems("the A/ 73/195 report") == []  # the symbol rule's
    assert [f.code for f in rules.punctuation_problems("of the the report")] == [
        "doubled-word"
    ]
    assert rules.punctuation_problems("that that had had is is Bora Bora") == []


@pytest.mark.parametrize(
    "text",
    [
        "The report (A/73/12 (Part II)) was cited.",
        "The options were: (a) data; (b) finance; and (c) partners.",
        "The options were a) data and b) finance.",
        "She said “migration is a fact” and sat down.",
        'She said "migration is a fact" and sat down.',
        "He cited [the report] and left.",
    ],
)
def test_balanced_brackets_are_quiet(text: str) -> None:
    assert "unbalanced-brackets" not in codes_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "The report (A/73/12 was cited.",
        "The report A/73/12) was cited here.",
        "The report [of the meeting was cited.",
        "She said “migration is a fact and sat down.",
        'She said "migration is a fact and sat down.',
        "The empty ( ) brackets.",
    ],
)
def test_unbalanced_brackets_are_found(text: str) -> None:
    assert "unbalanced-brackets" in codes_in(text)


# --- capitals -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fix"),
    [
        ("adopted Resolution 70/1 in 2015", "write 'resolution 70/1'"),
        ("as set out in Annex II.", "write 'annex II'"),
        ("under Agenda Item 5 it", "write 'agenda item 5'"),
        ("at its Session 3 today", "write 'session 3'"),
        ("recalled Decision 2016/238.", "write 'decision 2016/238'"),
        ("in Chapter IV of it", "write 'chapter IV'"),
    ],
)
def test_a_generic_word_before_a_number_is_lower_case(text: str, fix: str) -> None:
    [finding] = rules.capitalized_generics(text)
    assert finding.fix == fix


@pytest.mark.parametrize(
    "text",
    [
        "Article 2 of the Charter of the United Nations applies.",
        "recalled Articles 55 and 56 of the Charter.",
        "The list follows. Annex II gives the programme.",
        "Resolution 70/1 was adopted.",
        "(Annex I to come)",
    ],
)
def test_the_manuals_exceptions_keep_their_capital(text: str) -> None:
    assert rules.capitalized_generics(text) == []


def test_a_general_reference_is_lower_case_a_full_title_keeps_its_capitals() -> None:
    [finding] = rules.capitalized_references("He thanked everyone at the Meeting.")
    assert finding.fix == "write 'the meeting'"
    assert (
        rules.capitalized_references(
            "the Coordination Meeting on International Migration, the Report of"
            " the Secretary-General, the Meeting of States Parties, the Committee"
            " on Migrant Workers"
        )
        == []
    )


def test_a_title_capitalized_two_ways_is_found_at_the_other_way() -> None:
    texts = [
        "The Global Compact for Safe, Orderly and Regular Migration was adopted.",
        "It was discussed.",
        "the global compact for safe, orderly and regular migration, said one.",
        "A global compact was agreed.",  # two words, used generally
    ]
    [(index, finding)] = rules.inconsistent_capitals(texts)
    assert index == 2
    assert finding.text == "global compact for safe, orderly and regular migration"
    assert finding.fix == (
        "write 'Global Compact for Safe, Orderly and Regular Migration' throughout"
    )


def test_a_capitalized_small_word_is_the_other_way() -> None:
    texts = [
        "the International Fund For Agricultural Development spoke",
        "the International Fund for Agricultural Development spoke",
    ]
    [(index, _)] = rules.inconsistent_capitals(texts)
    assert index == 0


# --- ordinals -----------------------------------------------------------------


@given(st.integers(min_value=1, max_value=200))
def test_an_ordinal_in_figures_gives_its_word(number: int) -> None:
    suffix = (
        "th"
        if 10 <= number % 100 <= 20
        else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    text = f"It went to the {number}{suffix} session of the Assembly."
    [finding] = rules.ordinals_in_figures(text, SERIES)
    assert finding.fix == f"write '{ordinal_word(number).lower()} session'"


def test_a_bodys_numbered_meetings_stay_in_figures() -> None:
    assert rules.ordinals_in_figures("at its 82nd plenary meeting", SERIES) == []
    assert (
        rules.ordinals_in_figures("at the 5th meeting of the Committee", SERIES) == []
    )
    [finding] = rules.ordinals_in_figures("The 16th Coordination Meeting", SERIES)
    assert finding.fix == "write 'Sixteenth Coordination Meeting'"


@pytest.mark.parametrize(
    "text",
    [
        "The Population Division organized the first meeting, held in July 2002.",
        "The first Coordination Meeting on International Migration was held in 2002.",
    ],
)
def test_a_meeting_said_to_be_held_in_another_year_is_not_a_wrong_ordinal(
    text: str,
) -> None:
    assert rules.wrong_ordinals(text, 3, SERIES, 2004) == []
    assert rules.wrong_ordinals(text, 3, SERIES)  # no year known: as before


def test_this_meetings_year_still_makes_a_wrong_ordinal() -> None:
    text = "The fifteenth meeting, held in February 2018, opened."
    assert [f.code for f in rules.wrong_ordinals(text, 16, SERIES, 2018)] == [
        "wrong-ordinal"
    ]


# --- resolutions --------------------------------------------------------------


def test_a_bare_resolution_symbol_names_its_short_form() -> None:
    [finding] = rules.bare_resolution_symbols("They recalled A/RES/70/1 at length.")
    assert (
        finding.fix == "write 'General Assembly resolution 70/1' (linked to A/RES/70/1)"
    )
    [finding] = rules.bare_resolution_symbols("Security Council S/RES/2240 (2015) said")
    assert finding.fix.startswith("write 'resolution 2240 (2015)'")
    assert rules.bare_resolution_symbols("the 2030 Agenda (A/RES/70/1) and more") == []
    assert rules.bare_resolution_symbols("see https://undocs.org/A/RES/70/1 now") == []


# --- real text ------------------------------------------------------------------

#: What the rules find in the seeds' real UN text: each a real defect.
SEED_DEFECTS = {
    ("001", "capitalized-generic", "Annex II"),  # "(A/RES/71/1, Annex II)"
    ("001", "ordinal-in-figures", "16th Coordination Meeting"),  # "the 16th ..."
    ("003", "ordinal-in-figures", "15th Coordination Meeting"),
    ("004", "ordinal-in-figures", "71st session"),
    ("004", "capitalized-generic", "Annex I"),  # "included in Annex I of"
    ("000", "inconsistent-capitals", "coordination meeting on international migration"),
    (
        "001",
        "inconsistent-capitals",
        "fifteenth coordination meeting on international migration",
    ),
    (
        "001",
        "inconsistent-capitals",
        "global compact for safe, orderly and regular migration",
    ),
    (
        "001",
        "inconsistent-capitals",
        "Global compact for safe, orderly and regular migration",
    ),
    ("001", "inconsistent-capitals", "International Fund For Agricultural Development"),
    (
        "002",
        "inconsistent-capitals",
        "Tenth coordination meeting on international migration",
    ),
}


def seed_paragraphs() -> list[tuple[str, str]]:
    if not SEEDS.is_dir():
        pytest.skip("the seeds are not on this machine")
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        for paragraph in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            paragraphs.append((path.name[:3], " ".join(paragraph.split())))
    return paragraphs


def test_on_the_seeds_real_text_only_real_defects_are_found() -> None:
    paragraphs = seed_paragraphs()
    found = set()
    for name, text in paragraphs:
        for finding in findings_in(text):
            if finding.code != "inconsistent-capitals":
                found.add((name, finding.code, finding.text))
    for index, finding in rules.inconsistent_capitals([text for _, text in paragraphs]):
        found.add((paragraphs[index][0], finding.code, finding.text))
    assert found == SEED_DEFECTS


@pytest.mark.parametrize(
    "folder", sorted(p for p in EXAMPLES.iterdir() if p.is_dir()), ids=lambda p: p.name
)
def test_the_example_folders_give_none_of_these_findings(folder: Path) -> None:
    findings = check_folder(folder)
    assert [f for f in findings if f.code in CODES] == []
    assert not [f for f in findings if f.severity is Severity.ERROR]


def test_the_rules_are_linear_on_400_kb() -> None:
    paragraphs = [text for _, text in seed_paragraphs()]
    text = " ".join(paragraphs)
    big = [text] * (400_000 // len(text) + 1)
    started = time.perf_counter()
    for chunk in big:
        findings_in(chunk)
    rules.inconsistent_capitals(big)
    elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed


def test_each_finding_stands_at_its_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "fifteenth"
    shutil.copytree(EXAMPLES / "fifteenth", folder)
    summary = folder / "items" / "01-opening-of-the-meeting.rst"
    lines = summary.read_text(encoding="utf-8").count("\n")
    summary.write_text(
        summary.read_text(encoding="utf-8")
        + "\nHe added that the Meeting had recalled A/RES/70/1 and Resolution 71/1,\n"
        "that migrants,refugees and the the host communities mattered, and that\n"
        "the report would go to the 72nd session of the Assembly (A/72/1.\n",
        encoding="utf-8",
    )
    data = folder / "meeting.toml"
    data.write_text(
        data.read_text(encoding="utf-8").replace(
            "the 2030 Agenda for Sustainable Development.",
            "the 2030 agenda for sustainable development.",
            1,
        ),
        encoding="utf-8",
    )
    placed = {(f.code, f.file, f.line) for f in check_folder(folder) if f.code in CODES}
    first = lines + 2
    data_line = next(
        n
        for n, line in enumerate(data.read_text(encoding="utf-8").splitlines(), 1)
        if "the 2030 agenda for sustainable development." in line
    )
    assert placed == {
        ("capitalized-reference", "items/01-opening-of-the-meeting.rst", first),
        ("bare-resolution-symbol", "items/01-opening-of-the-meeting.rst", first),
        ("capitalized-generic", "items/01-opening-of-the-meeting.rst", first),
        ("missing-space", "items/01-opening-of-the-meeting.rst", first + 1),
        ("doubled-word", "items/01-opening-of-the-meeting.rst", first + 1),
        ("ordinal-in-figures", "items/01-opening-of-the-meeting.rst", first + 2),
        ("unbalanced-brackets", "items/01-opening-of-the-meeting.rst", first + 2),
        ("inconsistent-capitals", "meeting.toml", data_line),
    }
