"""Ordinal words and Roman numerals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from migmeet import InvalidValueError, from_roman, ordinal_word, to_roman
from strategies import ordinal_numbers, roman_numbers


@pytest.mark.parametrize(
    ("number", "word"),
    [
        (1, "First"),
        (10, "Tenth"),
        (12, "Twelfth"),
        (15, "Fifteenth"),
        (16, "Sixteenth"),
        (20, "Twentieth"),
        (21, "Twenty-first"),
        (99, "Ninety-ninth"),
        (100, "One hundredth"),
        (101, "One hundred and first"),
        (199, "One hundred and ninety-ninth"),
        (1000, "One thousandth"),
    ],
)
def test_ordinal_words_of_meetings(number: int, word: str) -> None:
    assert ordinal_word(number) == word


@given(ordinal_numbers)
def test_ordinal_word_agrees_with_num2words(number: int) -> None:
    # num2words is an independent implementation of British English ordinals.
    assert ordinal_word(number) == num2words(number, to="ordinal").capitalize()


@given(ordinal_numbers)
def test_ordinal_word_is_capitalized_once_and_ends_as_an_ordinal(number: int) -> None:
    word = ordinal_word(number)
    assert word[0].isupper()
    assert word[1:] == word[1:].lower()
    assert word.lower().endswith(("first", "second", "third", "th"))


@pytest.mark.parametrize("bad", [0, -1, 1_000_000_000, True, 1.5, "15"])
def test_ordinal_word_refuses_what_is_not_a_positive_number(bad: object) -> None:
    with pytest.raises(InvalidValueError) as raised:
        ordinal_word(bad)  # type: ignore[arg-type]
    assert raised.value.field == "number"


@pytest.mark.parametrize(
    ("number", "numeral"),
    [
        (1, "I"),
        (4, "IV"),
        (9, "IX"),
        (11, "XI"),
        (14, "XIV"),
        (49, "XLIX"),
        (2017, "MMXVII"),
    ],
)
def test_roman_numerals(number: int, numeral: str) -> None:
    assert to_roman(number) == numeral
    assert from_roman(numeral) == number


@given(roman_numbers)
def test_roman_numerals_round_trip(number: int) -> None:
    numeral = to_roman(number)
    assert set(numeral) <= set("IVXLCDM")
    assert from_roman(numeral) == number


@given(st.text(max_size=8))
def test_from_roman_accepts_only_standard_numerals(text: str) -> None:
    try:
        value = from_roman(text)
    except InvalidValueError:
        return
    assert to_roman(value) == text


@pytest.mark.parametrize("bad", ["", "IIII", "VX", "IM", "ix", "MMMM", "X I"])
def test_from_roman_refuses_nonstandard_spellings(bad: str) -> None:
    with pytest.raises(InvalidValueError):
        from_roman(bad)


@pytest.mark.parametrize("bad", [0, 4000])
def test_to_roman_range(bad: int) -> None:
    with pytest.raises(InvalidValueError):
        to_roman(bad)
