"""House-style rules on plain values: from numbers, dates, symbols and
abbreviations to the text UN documents print.

Pure functions and values with no markup, no model and no I/O: ordinal words
and Roman numerals, DESA dates, document symbols and their links, the form
and the sorting of abbreviations.
"""

from .abbreviations import (
    abbreviation_sort_key,
    check_abbreviation,
    sort_abbreviations,
    used_attributively,
)
from .dates import format_date, format_date_range
from .numerals import from_roman, ordinal_word, to_roman
from .symbols import DocumentSymbol, parse_symbol, symbol_problem

__all__ = [
    "DocumentSymbol",
    "abbreviation_sort_key",
    "check_abbreviation",
    "format_date",
    "format_date_range",
    "from_roman",
    "ordinal_word",
    "parse_symbol",
    "sort_abbreviations",
    "symbol_problem",
    "to_roman",
    "used_attributively",
]
