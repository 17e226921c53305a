"""The text rules: each finds its mistake and stays silent on correct text."""

from __future__ import annotations

import ast
import difflib
import itertools
import re
import string
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import corpus
from migmeet import CHECKS
from migmeet._checks import text_rules as rules
from migmeet._checks.text_rules.figures import WORDS as FIGURE_WORDS
from migmeet._checks.text_rules.sentences import COMPARED
from migmeet._findings import Finding
from strategies import (
    initials,
    misspelt_notes,
    notes_any_case,
    numeric_sentences,
    plain_words,
    prose,
    sentences_of_figures,
    small_figures_in_prose,
    spelled_names,
)

SERIES = "Coordination Meeting on International Migration"


def found(findings: list[Finding]) -> list[tuple[str, str | None]]:
    """The words each finding is about, with its fix."""
    return [(f.text, f.fix) for f in findings]


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("Thursday, 22 February 2017 ---- UDPATE THIS", ["----", "UDPATE THIS"]),
        ("UPDATE THIS before sending.", ["UPDATE THIS"]),
        ("The venue is TBD.", ["TBD"]),
        ("The venue is tbd, the date Tba.", ["tbd", "Tba"]),
        ("TODO: add the closing remarks.", ["TODO"]),
        ("FIXME the list of speakers", ["FIXME"]),
        ("Speakers: XXX and others.", ["XXX"]),
        ("region, XX had presented at least one review", ["XX"]),
        ("XX countries and $XX million in 20XX", ["XX", "$XX", "20XX"]),
        ("Mr. [insert name] opened the meeting.", ["[insert name]"]),
        ("in March 2021 (TBC).", ["(TBC)"]),
        ("in December 2019 [TK].", ["[TK]"]),
        ("more than [figures to come] people", ["[figures to come]"]),
        (
            "[Paragraph on the side events to come]",
            ["[Paragraph on the side events to come]"],
        ),
        ("reached an estimated $??? billion", ["$???"]),
        ("which was ??? in all", ["???"]),
        ("on dates to be confirmed. The Forum", ["to be confirmed"]),
        ("The venue is To Be Determined.", ["To Be Determined"]),
        ("TOOD: check the list of pioneer countries.", ["TOOD"]),
        ("to be released in UDPATE MONTH 2019", ["UDPATE MONTH"]),
        ("The date is TDB.", ["TDB"]),
        ("Its budget is UPDTE.", ["UPDTE"]),
        ("See the note --- and ———", ["———"]),
    ],
)
def test_placeholders_found_one_finding_each_with_the_note_as_written(
    text: str, notes: list[str]
) -> None:
    findings = rules.placeholders(text)
    assert [f.text for f in findings] == notes
    for finding in findings:
        assert finding.text in text
        assert finding.fix == "remove the note or finish the text"
        assert finding.message == f"editing note left in: {finding.text!r}"


@pytest.mark.parametrize(
    "text",
    [
        "Member States would update this framework every year.",
        "The meeting took place on 16-17 February 2017.",
        "The TOGETHER campaign was launched.",
        # Abbreviations and words one edit away from a note:
        "UNDP, IOM, ODS, TOD, TOO, TOGO, TODD, BODO, TB, TD, CBD, TBS and UPDATED.",
        "UPDATES from the regions and the UPRATE scheme",
        # Roman numerals:
        "in the XXI century, the XXth Olympiad, chapter XX, annex XXX, page xx",
        "resolution 2106 (XX), resolutions 3411 A and B (XXX), 3281 (XXIX)",
        "the XX century and the XX Olympic Winter Games",
        # Prose:
        "The dates were to be confirmed by the host Government.",
        "the report [sic] and [the Commission] and [...]",
        "a question? -- — and 1,000,000",
        "See https://example.org/todo/tbd and www.un.org/XX",
    ],
)
def test_placeholders_silent(text: str) -> None:
    assert rules.placeholders(text) == []


def test_a_known_abbreviation_is_never_a_misspelt_note() -> None:
    assert [f.text for f in rules.placeholders("The TDB met.")] == ["TDB"]
    assert rules.placeholders("The TDB met.", known={"TDB"}) == []


@given(plain_words, notes_any_case, plain_words)
def test_a_note_in_any_case_is_found_once_as_written(
    before: str, note: str, after: str
) -> None:
    text = f"{before} {note} {after}".strip()
    assert [f.text for f in rules.placeholders(text)] == [note]


@given(plain_words, misspelt_notes, plain_words)
def test_a_misspelt_note_in_capitals_is_found_once_as_written(
    before: str, note: str, after: str
) -> None:
    text = f"{before} {note} {after}".strip()
    assert [f.text for f in rules.placeholders(text)] == [note]
    assert rules.is_misspelt_note(note)
    assert rules.placeholders(text.lower()) == []  # in capitals only


@given(misspelt_notes)
def test_no_fix_says_to_define_or_spell_out_a_misspelt_note(note: str) -> None:
    # The capitals other checks read as abbreviations leave notes out, so
    # no fix says to add "TOOD" as a term or to spell it out.
    text = f"The list of speakers ({note}) and the GMG"
    assert list(rules.capitals_tokens(text)) == ["GMG"]
    fixes = [f.fix or "" for f in rules.abbreviations_in_heading(text, {})]
    assert fixes == ["write the name in full"]


@pytest.mark.parametrize(
    ("text", "broken", "repaired"),
    [
        (
            "Amb. Eva Ă…kerman-Börje, Ministry of Justice",
            "Ă…kerman-Börje",
            "Åkerman-Börje",
        ),
        ("Professor François CrĂ©peau, Special Rapporteur", "CrĂ©peau", "Crépeau"),
        ("CafÃ© crÃ¨me", "CafÃ©", "Café"),
        ("Mr. JÃ¼rgen", "JÃ¼rgen", "Jürgen"),
        ("the migrantsâ€™ rights", "migrantsâ€™", "migrants’"),
    ],
)
def test_mojibake_found_with_repair(text: str, broken: str, repaired: str) -> None:
    assert (broken, f"write {repaired!r}") in found(rules.mojibake(text))


@pytest.mark.parametrize(
    "text",
    [
        "Åkerman-Börje",
        "François Crépeau",
        "Łódź and Ærø",
        "Рёв",
        "Liu Zhenmin 刘振民",
        "naïve",
    ],
)
def test_mojibake_silent_on_correct_names(text: str) -> None:
    assert rules.mojibake(text) == []


# Names as European languages write them: capitalized words of ASCII
# letters and the accented letters of French, Spanish, Portuguese, German,
# the Nordic, Polish, Czech, Hungarian, Romanian and Turkish alphabets.
_ACCENTED = "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿąćęłńśźżčďěňřšťůžőűğşţ"
_LOWER = st.sampled_from(string.ascii_lowercase + _ACCENTED)
_UPPER = st.sampled_from(string.ascii_uppercase + _ACCENTED.upper())
LATIN_TEXT = st.lists(
    st.builds(
        lambda first, rest: first + rest,
        _UPPER,
        st.text(_LOWER, max_size=8).filter(
            lambda rest: not rest or any(c in string.ascii_lowercase for c in rest)
        ),
    ).filter(
        # Names rarely start with two accented letters ("Łó" in "Łódź"
        # aside); such pairs ("Ã©", "Îž") are what broken encoding looks like.
        lambda word: word[0].isascii() or word[1:2].isascii() or word[0] in "ŁŚŻŹ"
    ),
    min_size=1,
    max_size=4,
).map(" ".join)


@given(LATIN_TEXT)
def test_mojibake_of_latin_text_is_repaired_to_it(text: str) -> None:
    # Mojibake of a text is that text encoded in UTF-8 and read in a code
    # page; repairing it gives the text back.
    for codec in ("cp1252", "cp1250"):
        try:
            broken = text.encode("utf-8").decode(codec)
        except UnicodeDecodeError:
            continue
        assert rules.repair_mojibake(broken) == text


@given(LATIN_TEXT)
def test_mojibake_silent_on_any_correct_latin_text(text: str) -> None:
    assert rules.mojibake(text) == []


def test_wrong_ordinal_found_and_fixed() -> None:
    findings = rules.wrong_ordinals(
        "organizing the fifteenth annual Coordination Meeting", 16, SERIES
    )
    assert found(findings) == [
        ("fifteenth annual Coordination", "write 'sixteenth annual Coordination'")
    ]
    assert rules.wrong_ordinals("the 15th Coordination Meeting", 16, SERIES)[0].fix == (
        "write '16th Coordination'"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Sixteenth Coordination Meeting opened.",
        "the first international forum on migration statistics",
        "the first meeting of the Commission",
        "on the second day of the meeting",
        # Another meeting of the series, named as such:
        "She recalled that the Fifteenth Coordination Meeting, held in 2017, had",
        "the Seventeenth Coordination Meeting would be held in New York in 2019",
        "since the fourteenth meeting, the previous Coordination Meeting",
        "the fifteenth meeting of the Commission",
        "at its fifth meeting",
    ],
)
def test_wrong_ordinal_silent(text: str) -> None:
    assert rules.wrong_ordinals(text, 16, SERIES) == []


def test_wrong_ordinal_of_the_meeting_alone_found() -> None:
    findings = rules.wrong_ordinals(
        "The fifteenth meeting was organized by", 16, SERIES
    )
    assert found(findings) == [("fifteenth meeting", "write 'sixteenth meeting'")]


def test_near_repeat_found() -> None:
    first = (
        "Regarding population size, net migration had a much greater effect in the "
        "more developed regions, where it slowed the decline of growth."
    )
    second = (
        "Net migration also had a significant effect in the more developed regions, "
        "where it slowed the decline of growth."
    )
    assert found(rules.near_repeats([first, second])) == [
        (second, f"remove one of the two; the first reads {first[:70]!r}")
    ]


def test_near_repeat_silent_on_related_sentences() -> None:
    texts = [
        "Mr. Swing spoke about the global compact and the role of the organization.",
        "Ms. Kelley spoke about the refugee compact and how the two could be aligned.",
    ]
    assert rules.near_repeats(texts) == []


def _all_pairs_repeats(texts: list[str], threshold: float = 0.8) -> list[str]:
    """The repeated sentences as the rule found them before it was linear:
    each sentence of 8+ words compared with every earlier one."""
    seen: list[list[str]] = []
    repeated = []
    for sentence in (s for text in texts for s in rules.sentences(text)):
        words = re.findall(r"\w+", sentence.casefold())
        if len(words) < 8:
            continue
        for earlier in seen:
            matcher = difflib.SequenceMatcher(None, earlier, words, autojunk=False)
            shared = sum(b.size for b in matcher.get_matching_blocks())
            if shared / min(len(words), len(earlier)) >= threshold:
                repeated.append(sentence)
                break
        seen.append(words)
    return repeated


def test_repeats_give_the_index_of_the_text_with_the_second_occurrence() -> None:
    first = "The Network would set up an executive committee and regional networks."
    again = (
        "In its first year, the Network would set up an executive committee and "
        "regional networks."
    )
    texts = [first, "Ms. Kelley spoke about the refugee compact and its aims.", again]
    ((index, finding),) = rules.repeats(texts)
    assert index == 2
    assert finding.text == again
    assert finding.fix == f"remove one of the two; the first reads {first[:70]!r}"
    assert rules.near_repeats(texts) == [finding]


def test_a_sentence_repeated_many_times_is_found_every_time() -> None:
    sentence = "The representative of Ghana said that the review would be held."
    texts = [sentence] * 100
    assert [i for i, _ in rules.repeats(texts)] == list(range(1, 100))


@given(st.integers(min_value=0, max_value=10_000), st.integers(1_000, 3_500))
def test_repeats_are_those_of_comparing_every_pair(seed: int, size: int) -> None:
    # In texts of fewer sentences than are compared with each, every pair
    # that shares a run of words is compared: the same sentences are found
    # as by all pairs.
    texts = prose(size, seed)
    assert sum(len(rules.sentences(t)) for t in texts) <= COMPARED
    assert [f.text for f in rules.near_repeats(texts)] == _all_pairs_repeats(texts)


def test_repeats_in_400_kb_take_a_few_seconds() -> None:
    texts = prose(400_000, seed=1)
    # The time of this process alone, whatever else the machine runs.
    start = time.process_time()
    found_here = rules.repeats(texts)
    assert time.process_time() - start < 5
    assert found_here  # generated prose repeats itself now and then


def test_cut_off_and_stray_fragment() -> None:
    assert rules.cut_off("In the coming months, the GMG would") is not None
    assert rules.cut_off("The meeting closed.") is None
    assert rules.cut_off("Its purposes were:") is None
    assert (
        rules.starts_mid_sentence("generations. Ambassador Lauber concluded.")
        is not None
    )
    assert rules.starts_mid_sentence("Ambassador Lauber concluded.") is None
    assert rules.starts_mid_sentence("eBay presented its work.") is None


def test_figures_under_ten() -> None:
    findings = rules.figures_under_ten("He raised 3 points and 7 questions.")
    assert found(findings) == [("3", "write 'three'"), ("7", "write 'seven'")]
    silent = (
        "On 9 February, 5 per cent of the 12 members cited goal 8, SDG 11, target "
        "10.7.2, page 4, 1-2 cases, 2.5 million and resolution 58/208."
    )
    assert rules.figures_under_ten(silent) == []


@pytest.mark.parametrize(
    "text",
    [
        # Votes
        "The draft resolution was adopted by 152 to 5.",
        "It was adopted by a recorded vote of 152 to 5, with 3 abstentions.",
        "It was adopted by 5 to 3, with 2 abstentions.",
        "It was rejected by 4 votes to 3.",
        # Times
        "The meeting resumed at 3 p.m. and closed at 10 a.m. the next day.",
        "The side event started at 9.30 a.m.",
        # Percentages (the per-cent rule mends the spelling)
        "Costs fell by 8 per cent, 8 percent or 8%, and 2 percentage points.",
        # Units, measures and sums
        "The camp is 5 km away, for 2 million people, USD 3 billion, $5 and €4.",
        # Dates
        "It met from 9 to 10 February, on 6 February 2019 and on 6-7 February.",
        "It met on 6 and 7 March and on February 6.",
        # Numbered things
        "article 2, paragraph 5, room 2, conference room 2, Goal 8, target 10.7, "
        "resolution 73/195, annex II, chapter 3, session 4, item 7, page 3, "
        "table 1, figure 2, panel 2, day 1, Session 2, paragraphs 3 and 4",
        "See No. 5, Nos. 3 and 4, p. 6 and pp. 7-9.",
        # Decimals, ranges, compounds, enumerations
        "It rose 2.5 times in 1-2 cases, over 3–4 years, in a 3-year plan, G7.",
        "(1) the first; (2) the second",
        # Series in which one number is 10 or more
        "between 7 and 12 countries and 5, 8 and 14 States",
        "aged 5 to 17, from 2 to 15 per cent",
    ],
)
def test_figures_where_un_style_writes_figures_are_left_alone(text: str) -> None:
    assert rules.figures_under_ten(text) == []


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Surveys in 3 countries had shown it.", [("3", "write 'three'")]),
        ("In the end, only 2 delegations spoke.", [("2", "write 'two'")]),
        ("8 countries replied.", [("8", "write 'Eight'")]),
        ("It met. 2 days later it closed.", [("2", "write 'Two'")]),
        ("In 2019, 3 countries reported.", [("3", "write 'three'")]),
        ("from 5 to 8 countries", [("5", "write 'five'"), ("8", "write 'eight'")]),
        (
            "one in 5 migrants, 1 of 9 regions",
            [("5", "write 'five'"), ("1", "write 'one'"), ("9", "write 'nine'")],
        ),
        (
            "a group of 5 to 8 countries",
            [("5", "write 'five'"), ("8", "write 'eight'")],
        ),
        ("the number rose to 3.", [("3", "write 'three'")]),
        ("Of the 12, the 3 countries", [("3", "write 'three'")]),
    ],
)
def test_figures_under_ten_in_prose_are_found_with_the_word(
    text: str, figures: list[tuple[str, str]]
) -> None:
    assert found(rules.figures_under_ten(text)) == figures


@given(sentences_of_figures)
def test_no_figure_finding_where_figures_are_in_their_place(sentence: str) -> None:
    assert rules.figures_under_ten(sentence) == []


@given(small_figures_in_prose)
def test_a_figure_under_ten_in_prose_is_found_with_its_word(
    text_and_figure: tuple[str, int],
) -> None:
    text, figure = text_and_figure
    word = FIGURE_WORDS[figure - 1]
    if text.startswith(str(figure)):
        word = word.capitalize()
    assert found(rules.figures_under_ten(text)) == [(str(figure), f"write {word!r}")]


def test_per_cent() -> None:
    assert found(rules.per_cent("rose by 5% or 10 percent")) == [
        ("5%", "write '5 per cent'"),
        ("percent", "write 'per cent'"),
    ]
    assert rules.per_cent("rose by 5 per cent, a percentage point more") == []


def test_article_before_abbreviation() -> None:
    assert rules.abbreviation_articles("the IOM's International Dialogue", ["IOM"])
    assert rules.abbreviation_articles("The IOM would soon launch", ["IOM"])
    assert (
        rules.abbreviation_articles("the UNDP Administrator and IOM", ["UNDP", "IOM"])
        == []
    )


@pytest.mark.parametrize(
    ("text", "written", "message"),
    [
        (
            "IOM's workplan",
            "IOM's",
            'an abbreviation in the possessive: "IOM\'s" '
            "(International Organization for Migration)",
        ),
        ("UNHCR’s work", "UNHCR’s", "an abbreviation in the possessive: 'UNHCR’s'"),
        ("IFAD's programmes", "IFAD's", None),
        ("the NGOs' role", "NGOs'", None),
        ("the SDGs' targets", "SDGs'", None),
        ("the work of UN DESA's statisticians", "UN DESA's", None),
        ("UN-Women's plan", "UN-Women's", None),
    ],
)
def test_possessive_abbreviations_found(
    text: str, written: str, message: str | None
) -> None:
    names = {"IOM": "International Organization for Migration"}
    known = {"IOM", "SDGs", "UN DESA", "UN-Women"}
    (finding,) = rules.possessive_abbreviations(text, known, names)
    assert finding.code == "possessive-abbreviation"
    assert finding.text == written
    abbreviation = written.rstrip("'’s") if written.endswith("s") else written[:-1]
    assert finding.fix == f"write 'the … of {abbreviation}' or rephrase"
    if message:
        assert finding.message == message


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Swing's speech and the States' role",
        "it's the A's and the II's",
        "known as the ‘SDGs’ since 2015",
        "the workplan of IOM and the IOM Director",
    ],
)
def test_possessive_abbreviations_silent(text: str) -> None:
    assert rules.possessive_abbreviations(text, {"IOM", "SDGs"}) == []


def test_abbreviation_definitions_read_the_name_back_to_its_initials() -> None:
    text = (
        "Mr. Swing, Director General of the International Organization for "
        "Migration (IOM), said that the United Nations Educational, Scientific and "
        "Cultural Organization (UNESCO), the United Nations Children's Fund "
        "(UNICEF), Bosnia and Herzegovina (BiH), the report (Part II) and the "
        "Sustainable Development Goals (SDGs) mattered."
    )
    assert [(d.abbreviation, d.name) for d in rules.abbreviation_definitions(text)] == [
        ("IOM", "International Organization for Migration"),
        ("UNESCO", "United Nations Educational, Scientific and Cultural Organization"),
        ("UNICEF", "United Nations Children's Fund"),
        ("BiH", "Bosnia and Herzegovina"),
        ("SDGs", "Sustainable Development Goals"),
    ]


NAMES = {
    "ILO": "International Labour Organization",
    "ESCAP": "Economic and Social Commission for Asia and the Pacific",
    "UNHCR": "Office of the United Nations High Commissioner for Refugees",
    "OECD": "Organisation for Economic Co-operation and Development",
}


def test_a_name_otherwise_than_the_data_file_is_found_at_its_text() -> None:
    texts = [
        "The Office of the United Nations High Commissioner for Refugees (UNHCR) "
        "and the Organisation for Economic Cooperation and Development (OECD) spoke.",
        "She said that the International Labour Office (ILO) had published a guide.",
        "A representative of the Economic and Social Commission for Asia-Pacific "
        "(ESCAP) reported.",
        "The United Nations High Commissioner for Refugees (UNHCR) and the "
        "international labour organization (ILO) agreed.",
    ]
    found_here = rules.spelled_two_ways(texts, NAMES)
    assert [(i, f.text, f.fix) for i, f in found_here] == [
        (
            1,
            "International Labour Office (ILO)",
            "write 'International Labour Organization (ILO)'",
        ),
        (
            2,
            "Economic and Social Commission for Asia-Pacific (ESCAP)",
            "write 'Economic and Social Commission for Asia and the Pacific (ESCAP)'",
        ),
    ]
    for index, finding in found_here:
        assert finding.code == "abbreviation-two-names"
        assert finding.text in texts[index]
    assert found_here[0][1].message == (
        "'ILO' is spelled out as 'International Labour Office', but the data file "
        "names it 'International Labour Organization'"
    )


def test_an_abbreviation_spelled_out_two_ways_is_found_at_the_second() -> None:
    texts = [
        "the Commission on Population and Development (CPD) met",
        "and the Commission on population and development (CPD) again",
        "the Commission for Population Development (CPD) closed",
    ]
    ((index, finding),) = rules.spelled_two_ways(texts)
    assert index == 2
    assert finding.text == "Commission for Population Development (CPD)"
    assert finding.fix == "write 'Commission on Population and Development (CPD)'"


@given(spelled_names, spelled_names)
def test_two_names_of_one_abbreviation_are_found_unless_they_are_one(
    first: str, second: str
) -> None:
    abbreviation = initials(first)
    assume(not re.fullmatch("[IVXLCDM]+", abbreviation))  # a Roman numeral
    texts = [
        f"Then the {first} ({abbreviation}) met.",
        f"The {second} ({abbreviation}).",
    ]
    (definition,) = rules.abbreviation_definitions(texts[0])
    assert (definition.abbreviation, definition.name) == (abbreviation, first)
    found_here = rules.spelled_two_ways(texts)
    key = (
        [w for w in second.split() if w != "the"],
        [w for w in first.split() if w != "the"],
    )
    if initials(second) == abbreviation and key[0] == key[1]:
        assert found_here == []
    elif initials(second) == abbreviation:
        assert [(i, f.text) for i, f in found_here] == [
            (1, f"{second} ({abbreviation})")
        ]


def test_abbreviations_in_heading() -> None:
    names = {"IOM": "International Organization for Migration"}
    assert found(rules.abbreviations_in_heading("The IOM and the GMG", names)) == [
        ("IOM", "write 'International Organization for Migration'"),
        ("GMG", "write the name in full"),
    ]
    assert rules.abbreviations_in_heading("Opening of the meeting", names) == []


def test_un_abbreviated() -> None:
    assert found(rules.un_abbreviated("the UN system", [])) == [
        ("UN", "write 'United Nations'")
    ]
    assert rules.un_abbreviated("UN DESA, UN-Women and UN/POP/MIG", ["UN DESA"]) == []


def test_symbols() -> None:
    assert rules.symbol_problems("(A72/643)")[0].text == "A72/643"
    assert rules.symbol_problems("A/RES/71/1 and UN/POP/MIG-16CM/2018/1, 2017/18") == []


# --- Every fix is right when applied -------------------------------------------

KNOWN = {"IOM", "UNHCR", "SDGs", "UN DESA"}


RULES: dict[str, Callable[[str], list[Finding]]] = {
    "placeholders": lambda text: rules.placeholders(text, KNOWN),
    "mojibake": rules.mojibake,
    "wrong_ordinals": lambda text: rules.wrong_ordinals(text, 16, SERIES),
    "un_abbreviated": lambda text: rules.un_abbreviated(text, KNOWN),
    "symbol_problems": rules.symbol_problems,
    "abbreviation_articles": lambda text: rules.abbreviation_articles(text, KNOWN),
    "possessive_abbreviations": lambda text: rules.possessive_abbreviations(
        text, KNOWN
    ),
    "per_cent": rules.per_cent,
    "figures_under_ten": rules.figures_under_ten,
}


def _one_text_rules(text: str) -> dict[str, list[Finding]]:
    """The findings of every rule that reads one text, by rule."""
    return {name: rule(text) for name, rule in RULES.items()}


def _replacement(fix: str | None) -> str | None:
    """X of a fix that reads "write 'X'", else None."""
    match = re.fullmatch(r"write ('.*'|\".*\")", fix or "")
    return ast.literal_eval(match.group(1)) if match else None


def _occurrences(text: str, words: str) -> list[tuple[int, int]]:
    pattern = (
        (r"(?<![\w.,])" if words[0].isalnum() else "")
        + re.escape(words)
        + (r"(?!\w)" if words[-1].isalnum() else "")
    )
    return [m.span() for m in re.finditer(pattern, text)]


def _edits(text: str, rule: str) -> list[tuple[int, int, str]]:
    """Where the "write 'X'" fixes of a rule apply, and X: a finding tells
    only its words, so each is the occurrence whose mending leaves the
    rule's other findings as they were."""
    findings = RULES[rule](text)
    edits = []
    for finding in findings:
        replacement = _replacement(finding.fix)
        if replacement is None:
            continue
        others = Counter(found(findings)) - Counter(found([finding]))
        for start, end in _occurrences(text, finding.text):
            if any(start == edit[0] for edit in edits):
                continue  # mended for a finding of the same words before
            mended = text[:start] + replacement + text[end:]
            if Counter(found(RULES[rule](mended))) == others:
                edits.append((start, end, replacement))
                break
        else:
            raise AssertionError(f"{rule}: {finding.fix} does not mend {text!r}")
    return edits


def _fixed(text: str) -> str:
    """``text`` with every "write 'X'" fix of every rule applied, after
    checking that no two fixes mend the same words."""
    edits = sorted(
        (start, end, replacement, rule)
        for rule in RULES
        for start, end, replacement in _edits(text, rule)
    )
    for (_, end, one, rule), (start, _, other, other_rule) in itertools.pairwise(edits):
        assert end <= start, (
            f"{rule} and {other_rule} mend {text!r}: {one!r}, {other!r}"
        )
    for start, end, replacement, _ in reversed(edits):
        text = text[:start] + replacement + text[end:]
    return text


@given(numeric_sentences)
def test_fixes_of_numbers_and_percentages_leave_nothing_to_find(text: str) -> None:
    fixed = _fixed(text)
    assert {rule: found(f) for rule, f in _one_text_rules(fixed).items() if f} == {}


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("8% of 3 countries", "8 per cent of three countries"),
        ("8 percent", "8 per cent"),
        ("3 countries and 2.5%", "Three countries and 2.5 per cent"),
        ("(A73/195) and A/RES/71-1", "(A/73/195) and A/RES/71/1"),
        ("the UN system, the IOM said", "the United Nations system, IOM said"),
        ("at the 15th Coordination Meeting", "at the 16th Coordination Meeting"),
        ("CafÃ© with 5 delegations", "Café with five delegations"),
    ],
)
def test_fixes_applied(text: str, fixed: str) -> None:
    assert _fixed(text) == fixed
    assert not any(_one_text_rules(fixed).values())


@given(plain_words, misspelt_notes, plain_words)
def test_no_fix_says_to_register_or_add_a_misspelling(
    before: str, note: str, after: str
) -> None:
    text = f"{before} {note} {after}. The {note} ({note}) of {note}'s work"
    findings = [f for fs in _one_text_rules(text).values() for f in fs]
    findings += rules.abbreviations_in_heading(text, {})
    findings += [f for _, f in rules.spelled_two_ways([text])]
    for finding in findings:
        if note in (finding.fix or ""):
            assert finding.code == "placeholder" or not re.search(
                r"\b(?:add|register|define|write)\b", finding.fix or ""
            ), finding


# --- The measuring corpus -------------------------------------------------------

CORPUS_KNOWN = frozenset(
    {"IOM", "UNHCR", "ILO", "OECD", "IFAD", "UNICEF", "ESCAP", "GCM", "SDGs"}
    | {"CPD", "UNDP", "IMRF", "UN DESA"}
)
CORPUS_NAMES = {
    "ILO": "International Labour Organization",
    "ESCAP": "Economic and Social Commission for Asia and the Pacific",
}
#: The codes of the planted defects that these rules find, by rule's code.
CORPUS_CODES = {
    "placeholder": "placeholder",
    "figure-under-ten": "figure-under-ten",
    "per-cent": "per-cent",
    "symbol": "symbol",
    "possessive-abbreviation": "possessive-abbreviation",
    "wrong-ordinal": "wrong-ordinal",
    "repeated-sentence": "repeated-sentence",
    "abbreviation-two-names": "abbreviation-two-names",
}


def _paragraphs(folder: Path) -> list[tuple[str, range, str]]:
    """The paragraphs of a meeting folder's texts, as (file, lines, text),
    roles left as written."""
    found_here = []
    for path in sorted(folder.rglob("*.rst")):
        lines = [*path.read_text(encoding="utf-8").splitlines(), ""]
        start = None
        for number, line in enumerate(lines, 1):
            text_line = bool(line.strip()) and not re.fullmatch(
                r"[-=~^]+", line.strip()
            )
            if text_line and start is None:
                start = number
            elif not text_line and start is not None:
                text = " ".join(x.strip() for x in lines[start - 1 : number - 1])
                found_here.append(
                    (str(path.relative_to(folder)), range(start, number), text)
                )
                start = None
    return found_here


def _corpus_findings(folder: Path) -> list[tuple[str, range, Finding]]:
    paragraphs = _paragraphs(folder)
    out = []
    for file, lines, text in paragraphs:
        for finding in [
            *rules.placeholders(text, CORPUS_KNOWN),
            *rules.figures_under_ten(text),
            *rules.per_cent(text),
            *rules.symbol_problems(text),
            *rules.possessive_abbreviations(text, CORPUS_KNOWN),
            *rules.wrong_ordinals(text, 17, SERIES),
        ]:
            out.append((file, lines, finding))
    for file in {p[0] for p in paragraphs}:
        of_file = [p for p in paragraphs if p[0] == file]
        for index, finding in rules.repeats([p[2] for p in of_file]):
            out.append((file, of_file[index][1], finding))
    texts = [p[2] for p in paragraphs]
    for index, finding in rules.spelled_two_ways(texts, CORPUS_NAMES):
        out.append((paragraphs[index][0], paragraphs[index][1], finding))
    return out


def test_the_rules_raise_no_alarm_on_the_correct_corpus() -> None:
    assert [str(f) for _, _, f in _corpus_findings(corpus.CORRECT)] == []


def test_the_rules_find_the_planted_defects_of_their_codes_and_no_other() -> None:
    planted = [
        d for d in corpus.planted("seventeenth") if d.code in CORPUS_CODES.values()
    ]
    planted = [d for d in planted if d.file.endswith(".rst")]
    findings = _corpus_findings(corpus.MEETINGS / "seventeenth_defects")
    for defect in planted:
        assert any(
            file == defect.file
            and defect.line in lines
            and CORPUS_CODES[f.code] == defect.code
            for file, lines, f in findings
        ), defect
    explained = {(d.file, d.line) for d in corpus.planted("seventeenth")}
    for file, lines, finding in findings:
        assert any((file, line) in explained for line in lines), finding


DEFECTS = (
    "The UN and the IOM said TODO that 3 of 7 members rose by 5%, per CrĂ©peau "
    "at the fifteenth Coordination Meeting (A72/643). The UN and the IOM said "
    "TODO that 3 of 7 members rose by 5%, per CrĂ©peau at the International "
    "Labour Office (ILO), in IOM's words, the"
)


def test_rules_give_unplaced_findings_of_their_checks() -> None:
    text = DEFECTS
    findings = [
        *rules.placeholders(text),
        *rules.mojibake(text),
        *rules.wrong_ordinals(text, 16, SERIES),
        *rules.near_repeats([text]),
        rules.cut_off(text),
        rules.starts_mid_sentence("per " + text),
        *rules.figures_under_ten(text),
        *rules.per_cent(text),
        *rules.abbreviation_articles(text, ["IOM"]),
        *rules.abbreviations_in_heading(text, {}),
        *rules.un_abbreviated(text, []),
        *rules.symbol_problems(text),
        *rules.possessive_abbreviations(text, ["IOM"]),
        *(f for _, f in rules.spelled_two_ways([text], NAMES)),
    ]
    assert len({f.code for f in findings if f is not None}) == 14
    for finding in findings:
        assert finding is not None
        assert finding.severity is CHECKS[finding.code].severity
        assert (finding.file, finding.line, finding.where) == (None, None, "")
        assert finding.text
        assert finding.text in "per " + text


@given(st.text())
def test_no_rule_crashes_on_any_text(text: str) -> None:
    rules.placeholders(text)
    rules.mojibake(text)
    rules.wrong_ordinals(text, 15, SERIES)
    rules.near_repeats([text, text])
    rules.cut_off(text)
    rules.starts_mid_sentence(text)
    rules.figures_under_ten(text)
    rules.per_cent(text)
    list(rules.capitals_tokens(text))
    rules.abbreviation_articles(text, ["IOM", "UN DESA"])
    rules.abbreviations_in_heading(text, {"IOM": "International Organization"})
    rules.un_abbreviated(text, ["UN DESA"])
    rules.symbol_problems(text)
    rules.possessive_abbreviations(text, ["IOM", "UN DESA"], {"IOM": "Organization"})
    rules.abbreviation_definitions(text)
    rules.spelled_two_ways([text, text], {"IOM": "International Organization"})
    rules.repeats([text, text])
