"""Dates as UN DESA writes them: day, month, year, no comma.

A single day is "16 February 2017". A range names what differs only once:
"16-17 February 2017", "30 January-2 February 2018",
"30 December 2017-2 January 2018". Month names come from Babel's CLDR data,
so that other languages can follow without new rules here.
"""

from __future__ import annotations

import datetime as dt

from babel.core import UnknownLocaleError
from babel.dates import format_date as _babel_format_date

from .._errors import InvalidValueError

__all__ = ["format_date", "format_date_range"]

_RANGE_SEPARATOR = "-"


def format_date(day: dt.date, locale: str = "en") -> str:
    """A day as UN documents write it: day, month, year, no comma.

    Args:
        day: the date.
        locale: the language of the month's name (Babel locale).

    Returns:
        The text, such as "16 February 2017".

    Raises:
        InvalidValueError: when ``day`` is not a date (Babel would give
            today for None) or ``locale`` is not one Babel knows.

    >>> format_date(dt.date(2017, 2, 16))
    '16 February 2017'
    """
    _check_day("day", day)
    try:
        return _babel_format_date(day, "d MMMM y", locale=locale)
    except (ValueError, TypeError, UnknownLocaleError) as error:
        raise InvalidValueError(
            "locale", locale, f"is not a known locale: {error}"
        ) from error


def _check_day(name: str, value: object) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise InvalidValueError(name, value, "is not a date")


def format_date_range(first: dt.date, last: dt.date, locale: str = "en") -> str:
    """The days ``first`` to ``last`` as DESA writes them.

    Args:
        first: the first day.
        last: the last day, ``first`` itself for one day.
        locale: the language of the months' names (Babel locale).

    Returns:
        "16-17 February 2017", "30 January-2 February 2018",
        "30 December 2017-2 January 2018" or, for one day, "16 February 2017".

    Raises:
        InvalidValueError: when ``last`` is before ``first``.

    >>> format_date_range(dt.date(2017, 2, 16), dt.date(2017, 2, 17))
    '16-17 February 2017'
    >>> format_date_range(dt.date(2018, 1, 30), dt.date(2018, 2, 2))
    '30 January-2 February 2018'
    """
    _check_day("first", first)
    _check_day("last", last)
    if last < first:
        raise InvalidValueError(
            "last", last.isoformat(), f"is before the first day {first.isoformat()}"
        )
    if first == last:
        return format_date(first, locale)
    if first.year != last.year:
        start = format_date(first, locale)
    elif first.month != last.month:
        start = _babel_format_date(first, "d MMMM", locale=locale)
    else:
        start = str(first.day)
    return f"{start}{_RANGE_SEPARATOR}{format_date(last, locale)}"
