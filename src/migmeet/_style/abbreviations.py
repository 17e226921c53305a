"""Abbreviations: what a well-formed one looks like and how the list is sorted.

UN style writes abbreviations without full stops and lists them in the
explanatory notes in alphabetical order that ignores case and spaces, so
that "UNDAF" comes before "UN DESA", which comes before "UNDP".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .._errors import InvalidValueError

__all__ = [
    "abbreviation_sort_key",
    "check_abbreviation",
    "sort_abbreviations",
    "used_attributively",
]

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


#: Words that, after "the IOM", show the abbreviation is itself the noun:
#: verbs and function words ("the IOM said", "the IOM and ...").
_NOT_A_NOUN = frozenset(
    [
        "a",
        "an",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "as",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "while",
        "because",
        "if",
        "so",
        "thus",
        "also",
        "then",
        "itself",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "having",
        "do",
        "does",
        "did",
        "would",
        "will",
        "shall",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "said",
        "says",
        "told",
        "gave",
        "took",
        "made",
        "led",
        "held",
        "met",
        "spoke",
        "saw",
        "began",
        "became",
        "brought",
        "found",
        "sought",
        "ran",
        "set",
        "put",
        "kept",
        "sent",
        "went",
        "came",
        "grew",
        "wrote",
        "drew",
        "chose",
        "knew",
        "left",
        "lost",
        "paid",
        "read",
        "sat",
        "stood",
        "thought",
        "understood",
        "won",
        "meant",
        "heard",
        "built",
        "bought",
        "caught",
        "taught",
        "fought",
        "sold",
        "spent",
        "lent",
        "felt",
        "got",
        "gets",
        "gives",
        "takes",
        "makes",
        "leads",
        "holds",
        "meets",
        "speaks",
        "agreed",
        "urged",
        "called",
        "asked",
        "welcomed",
        "there",
        "here",
        "now",
        "today",
    ]
)


def used_attributively(following: str) -> bool:
    """Whether the words after a name show that it qualifies a noun, so that
    an article before it belongs to that noun: "the IOM Development Fund",
    "the UN Women country office", but not "the IOM said".

    >>> used_attributively(" Development Fund supported it")
    True
    >>> used_attributively(" country office in Jordan")
    True
    >>> used_attributively(" said that")
    False
    """
    match = re.match(r"\s+([A-Za-z][\w\-]*)", following)
    if match is None:
        return False
    word = match.group(1)
    if word[0].isupper():
        return True
    lower = word.lower()
    return lower not in _NOT_A_NOUN and not lower.endswith(("ed", "ly"))
