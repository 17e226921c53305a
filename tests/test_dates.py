"""Dates and date ranges as UN DESA writes them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import assume, given

from migmeet import InvalidValueError, format_date, format_date_range
from strategies import days

D = dt.date


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (D(2017, 2, 16), D(2017, 2, 17), "16-17 February 2017"),
        (D(2018, 1, 30), D(2018, 2, 2), "30 January-2 February 2018"),
        (D(2017, 12, 30), D(2018, 1, 2), "30 December 2017-2 January 2018"),
        (D(2017, 2, 16), D(2017, 2, 16), "16 February 2017"),
        (D(2012, 2, 9), D(2012, 2, 10), "9-10 February 2012"),
    ],
)
def test_ranges_as_desa_writes_them(first: D, last: D, text: str) -> None:
    assert format_date_range(first, last) == text


def test_a_day_has_no_comma_and_no_leading_zero() -> None:
    assert format_date(D(2012, 2, 9)) == "9 February 2012"


@given(days, days)
def test_range_names_each_differing_part_once(a: D, b: D) -> None:
    first, last = min(a, b), max(a, b)
    text = format_date_range(first, last)
    assert "," not in text
    assert text.endswith(format_date(last))
    years = re.findall(r"\b\d{4}\b", text)
    assert years == (
        [str(first.year)]
        if first.year == last.year
        else [str(first.year), str(last.year)]
    )
    if first == last:
        assert text == format_date(first)
    else:
        start, _, _ = text.partition("-")
        assert start.startswith(str(first.day))
        assert (first.strftime("%B") in start) == (
            first.month != last.month or first.year != last.year
        )


@given(days, days)
def test_range_backwards_is_refused(a: D, b: D) -> None:
    assume(a != b)
    first, last = max(a, b), min(a, b)
    with pytest.raises(InvalidValueError, match="before the first day"):
        format_date_range(first, last)
