"""United Nations document symbols: their grammar and their link.

A symbol is made of parts separated by "/" (Dag Hammarskjöld Library guide
to document symbols): a series of capital letters first ("A", "E", "S",
"ST", "UN"), then parts of capital letters and figures, which may join
pieces with "." or "-" ("RES", "71", "C.3", "MIG-16CM"), and suffixes for
revised or added versions ("Add.1", "Rev.2", "Corr.1"). One symbol serves
every language version. Symbols of the official series resolve at
``https://undocs.org/SYMBOL``; others (a division's meeting papers, such as
"UN/POP/MIG-16CM/2018/1") have no undocs.org page.
"""

from __future__ import annotations

import re

import attrs

from .._errors import InvalidValueError

__all__ = ["DocumentSymbol", "parse_symbol"]

UNDOCS = "https://undocs.org/"

# Series of the principal organs and of the treaty bodies that undocs.org
# serves; a symbol starting otherwise is a document of some other issuer.
OFFICIAL_SERIES = frozenset(
    [
        "A",
        "E",
        "S",
        "ST",
        "T",
        "DP",
        "TD",
        "UNEP",
        "CAT",
        "CCPR",
        "CEDAW",
        "CERD",
        "CMW",
        "CRC",
        "CRPD",
    ]
)

_SERIES = re.compile(r"[A-Z]+\Z")
_PART = re.compile(r"[A-Z0-9]+(?:[.\-][A-Z0-9]+)*\Z")
_SUFFIX = re.compile(r"(?:Add|Rev|Corr|Amend|Summary)\.[0-9]+\Z")


def _problem_with_part(index: int, part: str) -> str | None:
    if not part:
        return "has an empty part (two '/' together, or one at an end)"
    if part != part.strip() or " " in part:
        return f"has a space in part {index + 1} ({part!r})"
    if index == 0:
        if not _SERIES.match(part):
            return (
                f"does not start with a series of capital letters "
                f"(A, E, S, ST, ...): first part is {part!r}"
            )
        return None
    if _PART.match(part) or _SUFFIX.match(part):
        return None
    if _PART.match(part.upper()):
        return (
            f"has lower-case letters in part {index + 1} ({part!r}); "
            f"symbols use capitals, except suffixes such as 'Rev.1'"
        )
    return f"has a malformed part {index + 1} ({part!r})"


@attrs.frozen(kw_only=True)
class DocumentSymbol:
    """A parsed, valid document symbol such as ``A/RES/71/1``."""

    text: str = attrs.field()

    @text.validator
    def _check(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            raise InvalidValueError("symbol", value, "is not text")
        problem = symbol_problem(value)
        if problem:
            raise InvalidValueError("symbol", value, problem)

    @property
    def parts(self) -> tuple[str, ...]:
        """The parts between the slashes: ``("A", "RES", "71", "1")``."""
        return tuple(self.text.split("/"))

    @property
    def series(self) -> str:
        """The series the symbol belongs to: ``"A"`` for the General Assembly."""
        return self.parts[0]

    @property
    def is_official(self) -> bool:
        """Whether the symbol belongs to a series that undocs.org serves."""
        return self.series in OFFICIAL_SERIES

    @property
    def url(self) -> str | None:
        """``https://undocs.org/SYMBOL`` for an official symbol, else ``None``."""
        return UNDOCS + self.text if self.is_official else None

    def __str__(self) -> str:
        return self.text


def symbol_problem(text: str) -> str | None:
    """What is wrong with ``text`` as a document symbol, or ``None``."""
    if not text.strip():
        return "is empty"
    for index, part in enumerate(text.split("/")):
        problem = _problem_with_part(index, part)
        if problem:
            return problem
    return None


def parse_symbol(text: str) -> DocumentSymbol:
    """Parse a United Nations document symbol.

    Args:
        text: the symbol, such as "A/RES/71/1".

    Returns:
        The :class:`DocumentSymbol`, with its parts and undocs.org link.

    Raises:
        InvalidValueError: naming what is malformed, for example
            "A72/643" (the series must be letters only).

    >>> parse_symbol("A/RES/71/1").url
    'https://undocs.org/A/RES/71/1'
    """
    return DocumentSymbol(text=text)
