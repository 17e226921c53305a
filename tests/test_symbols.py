"""United Nations document symbols."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from migmeet import Document, DocumentSymbol, InvalidValueError, parse_symbol
from migmeet._checks.text_rules import symbol_problems
from migmeet._style.symbols import repair_symbol, symbol_problem
from strategies import all_symbols, general_symbols, joint_symbols, symbols


@pytest.mark.parametrize(
    "text",
    [
        "A/RES/71/1",
        "A/RES/70/1",
        "A/RES/58/208",
        "A/C.3/71/L.5/Rev.1",
        "E/CN.9/2017/2",
        "A/71/PV.10/Corr.1",
        "S/2017/100/Add.2",
        "ST/ESA/SER.A/123",
        "UN/POP/MIG-16CM/2018/1",
        # As the Official Document System writes them:
        "A/73/12 (Part II)",  # refused before, which stopped a data file loading
        "A/73/12 (Part I)",
        "A/73/12 (Part I)/Add.1",
        "A/64/439/Add.2 (Part II)",
        "A/73/5 (Vol. I)",
        "A/73/6 (Sect. 27)",
        "A/C.3/73/L.5",
        "E/CN.9/2019/2/Add.1",
        "A/73/L.66/Rev.1",
        "A/RES/73/195",
        "A/RES/S-21/2",
        "A/RES/ES-10/1",
        "S/RES/2240 (2015)",
        "E/2019/L.1",
        "A/HRC/40/L.1",
        "A/HRC/RES/40/1",
        "ST/ESA/SER.A/430",
        "A/INF/73/4",
        "E/2019/Summary",
        "UNEP/EA.4/Res.1",
        "ICCD/COP(14)/23",
        "A/73/100–S/2018/600",
    ],
)
def test_real_symbols_parse(text: str) -> None:
    symbol = parse_symbol(text)
    assert str(symbol) == text
    assert "/".join(symbol.parts) == text


def test_official_symbol_links_to_undocs() -> None:
    assert parse_symbol("A/RES/71/1").url == "https://undocs.org/A/RES/71/1"
    assert parse_symbol("E/CN.9/2017/2").url == "https://undocs.org/E/CN.9/2017/2"


def test_links_leave_out_spaces_and_name_the_first_of_a_joint_symbol() -> None:
    assert parse_symbol("A/73/12 (Part II)").url == "https://undocs.org/A/73/12(PartII)"
    assert (
        parse_symbol("S/RES/2240 (2015)").url == "https://undocs.org/S/RES/2240(2015)"
    )
    joint = parse_symbol("A/73/100–S/2018/600")
    assert joint.joint == ("A/73/100", "S/2018/600")
    assert joint.url == "https://undocs.org/A/73/100"


def test_meeting_paper_symbol_has_no_undocs_page() -> None:
    symbol = parse_symbol("UN/POP/MIG-16CM/2018/1")
    assert symbol.series == "UN"
    assert not symbol.is_official
    assert symbol.url is None


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("A72/643", "series of capital letters"),  # the defect in seed 001
        ("a/res/71/1", "series of capital letters"),
        ("A/res/71/1", "lower-case letters in part 2"),
        ("A//71/1", "empty part"),
        ("A/RES/71/1/", "empty part"),
        ("/A/RES/71/1", "empty part"),
        ("A/RES/71 /1", "space in part 3"),
        ("A/RES/71/1?", "malformed part 4"),
        ("", "is empty"),
        ("A/RES/73-195", "numbers of a resolution are parts of their own"),
        ("A/RES/70.1", "numbers of a resolution are parts of their own"),
        ("E/CN.9/2019/2/add.1", "suffix 'add.1' in part 5, which is written 'Add.1'"),
        ("A /73/12", "space in part 1"),
        ("A/73/12 Part II", "space in part 3"),
        ("A/73/12 (part II)", "space in part 3"),
        ("A/73/12(Part II)/", "empty part"),
    ],
)
def test_malformed_symbols_are_refused_with_the_reason(bad: str, problem: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        parse_symbol(bad)
    assert problem in str(raised.value)
    assert repr(bad) in str(raised.value)


def test_document_names_its_symbol_field() -> None:
    with pytest.raises(InvalidValueError) as raised:
        Document(title="Making migration work for development", symbol="A72/643")
    assert raised.value.field == "Document.symbol"
    assert str(raised.value).startswith("Document.symbol: 'A72/643'")


@given(all_symbols)
def test_generated_symbols_parse_round_trip_and_link(text: str) -> None:
    symbol = DocumentSymbol(text=text)
    assert str(symbol) == text
    assert parse_symbol(str(symbol)) == symbol
    assert "/".join(symbol.parts) == text
    assert symbol.parts[0] == text.split("/")[0]
    if symbol.is_official:
        assert symbol.url == "https://undocs.org/" + symbol.joint[0].replace(" ", "")
    else:
        assert symbol.url is None


@given(symbols)
def test_lower_case_series_is_always_refused(text: str) -> None:
    series, _, rest = text.partition("/")
    with pytest.raises(InvalidValueError):
        parse_symbol(series.lower() + "/" + rest)


@given(joint_symbols)
def test_a_joint_symbol_is_two_symbols(text: str) -> None:
    first, second = parse_symbol(text).joint
    assert f"{first}–{second}" == text
    assert symbol_problem(first) is None
    assert symbol_problem(second) is None


# --- Symbols in running text ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "meant"),
    [
        ("(A72/643)", "A72/643", "A/72/643"),
        ("see A73/195 for", "A73/195", "A/73/195"),
        ("(A73/12 (Part II)). It", "A73/12 (Part II)", "A/73/12 (Part II)"),
        ("(A/RES/73-195).", "A/RES/73-195", "A/RES/73/195"),
        ("the 2030 Agenda (A/RES/70.1) and", "A/RES/70.1", "A/RES/70/1"),
        ("Declaration (A/RES/71-1).", "A/RES/71-1", "A/RES/71/1"),
        ("in E/CN.9/2019/2/add.1, the", "E/CN.9/2019/2/add.1", "E/CN.9/2019/2/Add.1"),
        ("in A /73/12 the", "A /73/12", "A/73/12"),
        ("in A/ 73/12 the", "A/ 73/12", "A/73/12"),
        ("see A/73/12/ for", "A/73/12/", "A/73/12"),
        ("see A/res/71/1.", "A/res/71/1", "A/RES/71/1"),
        ("in A/73/100–S/2018/600/ and", "A/73/100–S/2018/600/", "A/73/100–S/2018/600"),
    ],
)
def test_malformed_symbols_in_running_text_are_found_and_mended(
    text: str, written: str, meant: str
) -> None:
    (finding,) = symbol_problems(text)
    assert finding.code == "symbol"
    assert finding.text == written
    assert finding.text in text
    assert finding.fix == f"write {meant!r}"
    assert symbol_problem(meant) is None


@pytest.mark.parametrize(
    "text",
    [
        "1/2 of them, 24/7, and/or, in 2017/18 and in resolution 70/1.",
        "the series S/RES and the strategy on HIV/AIDS, with G20/OECD principles",
        "UNHCR/partners, Mr./Ms., km/h, the IOM/UNHCR appeal",
        "at https://undocs.org/A/73/ and www.un.org/A/RES/ and a.b@un.org/A/",
        "the 2030 Agenda (A/RES/70/1), the report (A/73/12 (Part II)) and "
        "S/RES/2240 (2015), A/73/100–S/2018/600 and A/73/12 (Part I)/Add.1.",
    ],
)
def test_correct_text_and_symbols_raise_no_symbol_finding(text: str) -> None:
    assert symbol_problems(text) == []


_SENTENCES = st.sampled_from(
    [
        "See {}.",
        "The report ({}) was noted.",
        "In document {}, the Secretary-General said that",
        "{} and {} were before the Commission.",
        "the resolution ({}), adopted",
        "as set out in {}: the",
    ]
)


@given(_SENTENCES, st.lists(all_symbols, min_size=2, max_size=2))
def test_well_formed_symbols_in_sentences_raise_no_finding(
    sentence: str, pair: list[str]
) -> None:
    assert symbol_problems(sentence.format(*pair)) == []


@given(st.one_of(symbols, general_symbols))
def test_slips_in_a_symbol_are_found_and_mended_to_it(text: str) -> None:
    # A symbol is plainly meant as one if it holds a figure; spaces around
    # its first "/" and a series glued to its number are found in symbols
    # of three parts or more of an official series ("A /73/12", "A73/195"),
    # not in "Group A / 2019".
    assume(any(c.isdigit() for c in text))
    series, _, rest = text.partition("/")
    slips = [f"{text}/"]
    if text.count("/") >= 2 and series in ("A", "E", "S", "ST"):
        slips.append(f"{series} /{rest}")
        if rest.split("/")[0].isdigit():
            slips.append(series + rest)
    for slip in slips:
        (finding,) = symbol_problems(f"See {slip} for more.")
        assert finding.text == slip
        assert finding.fix == f"write {text!r}"
        assert repair_symbol(slip) == text
