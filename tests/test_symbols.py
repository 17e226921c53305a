"""United Nations document symbols."""

from __future__ import annotations

import pytest
from hypothesis import given

from migmeet import Document, DocumentSymbol, InvalidValueError, parse_symbol
from strategies import symbols


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
    ],
)
def test_real_symbols_parse(text: str) -> None:
    symbol = parse_symbol(text)
    assert str(symbol) == text
    assert "/".join(symbol.parts) == text


def test_official_symbol_links_to_undocs() -> None:
    assert parse_symbol("A/RES/71/1").url == "https://undocs.org/A/RES/71/1"
    assert parse_symbol("E/CN.9/2017/2").url == "https://undocs.org/E/CN.9/2017/2"


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


@given(symbols)
def test_generated_symbols_parse_and_link(text: str) -> None:
    symbol = DocumentSymbol(text=text)
    assert symbol.parts[0] == text.split("/")[0]
    if symbol.is_official:
        assert symbol.url == "https://undocs.org/" + text
    else:
        assert symbol.url is None


@given(symbols)
def test_lower_case_series_is_always_refused(text: str) -> None:
    series, _, rest = text.partition("/")
    with pytest.raises(InvalidValueError):
        parse_symbol(series.lower() + "/" + rest)
