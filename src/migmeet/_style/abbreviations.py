"""Abbreviations: what a well-formed one looks like and how the list is sorted.

UN style writes abbreviations without full stops and lists them in the
explanatory notes in alphabetical order that ignores case and spaces, so
that "UNDAF" comes before "UN DESA", which comes before "UNDP".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .._errors import InvalidValueError

__all__ = ["abbreviation_sort_key", "check_abbreviation", "sort_abbreviations"]

# Letters (any script), figures, and single inner spaces, hyphens or
# ampersands, as in "UN DESA", "MIG-16", "R&D".
_WELL_FORMED = re.compile(r"[^\W_](?:[ \-&]?[^\W_])*\Z")


def abbreviation_sort_key(abbreviation: str) -> tuple[str, str]:
    """Sort key for the list of abbreviations: case and spaces ignored.

    The abbreviation itself breaks ties, so that the order is total.
    """
    return ("".join(abbreviation.split()).casefold(), abbreviation)


def sort_abbreviations(abbreviations: Iterable[str]) -> list[str]:
    """The abbreviations in the order of the explanatory notes.

    Alphabetical, ignoring case and spaces; the abbreviation itself breaks
    ties.

    Args:
        abbreviations: the abbreviations, in any order.

    Returns:
        A new sorted list. Raises nothing.

    >>> sort_abbreviations(["UNDP", "UN DESA", "UNDAF"])
    ['UNDAF', 'UN DESA', 'UNDP']
    """
    return sorted(abbreviations, key=abbreviation_sort_key)


def check_abbreviation(field: str, abbreviation: str) -> str:
    """Return ``abbreviation`` if UN style accepts it, else raise.

    Refused: an empty one, full stops ("U.N."), spaces at either end,
    doubled spaces and other punctuation.
    """
    if "." in abbreviation:
        raise InvalidValueError(
            field, abbreviation, "has full stops; UN style writes abbreviations without"
        )
    if abbreviation != abbreviation.strip():
        raise InvalidValueError(field, abbreviation, "has spaces at its ends")
    if not _WELL_FORMED.match(abbreviation):
        raise InvalidValueError(
            field,
            abbreviation,
            "is not an abbreviation (letters and figures, single inner spaces)",
        )
    return abbreviation
