"""United Nations document symbols: their grammar and their link.

A symbol is made of parts separated by "/" (Dag Hammarskjöld Library guide
to document symbols), as the Official Document System writes them:

* a series of capital letters first ("A", "E", "S", "ST", "UN");
* then parts of capital letters and figures, which may join pieces with
  "." or "-" ("RES", "73", "C.3", "L.66", "CN.9", "SER.A", "MIG-16CM"); a
  piece may carry a session in parentheses ("COP(14)");
* suffixes for revised, added or corrected versions ("Add.1", "Rev.2",
  "Corr.1", "Amend.1", "Summary", and UNEP's "Res.1");
* a qualifier after a part, in parentheses after a space: a part, volume,
  section or programme of a report ("A/73/12 (Part II)", "A/73/5 (Vol. I)",
  "A/73/6 (Sect. 27)") or the year of a Security Council resolution
  ("S/RES/2240 (2015)"); more parts may follow ("A/73/12 (Part I)/Add.1");
* in a resolution symbol, the parts after "RES" are numbers (a special
  session may be "S-21" or "ES-10"): "A/RES/73/195", never "A/RES/73-195";
* a document issued under two symbols joins them with a dash
  ("A/73/100–S/2018/600") when the second is of an official series.

One symbol serves every language version. Symbols of the official series
resolve at ``https://undocs.org/SYMBOL`` (spaces left out); others (a
division's meeting papers, such as "UN/POP/MIG-16CM/2018/1") have no
undocs.org page.
"""

from __future__ import annotations

import re

import attrs

from .._errors import InvalidValueError

__all__ = ["DocumentSymbol", "parse_symbol", "repair_symbol", "symbol_problem"]

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
_PIECE = r"[A-Z0-9]+(?:\([0-9]+\))?"
_PART = re.compile(rf"{_PIECE}(?:[.\-]{_PIECE})*\Z")
#: The suffixes of versions, the only parts in mixed case.
SUFFIXES = ("Add", "Rev", "Corr", "Amend", "Summary", "Res")
_SUFFIX = re.compile(rf"(?:{'|'.join(SUFFIXES)})\.[0-9]+\Z|Summary\Z")
#: A part, volume, section, programme or chapter of a report, or the year
#: of a Security Council resolution, after a space.
QUALIFIER = (
    r" ?\((?:(?:Part|Vol\.|Sect\.|Prog\.|Chap\.) [IVXLC0-9]+[A-Z]?|(?:19|20)[0-9]{2})\)"
)
_QUALIFIED = re.compile(
    rf"(?P<part>[^ ()]*(?:\([0-9]+\))?)(?P<qualifier>{QUALIFIER})\Z"
)
_RES_NUMBER = re.compile(r"(?:E?S-)?[0-9]+\Z")
_JOINT = re.compile(rf"[–-](?=(?:{'|'.join(sorted(OFFICIAL_SERIES))})/)")


def _joint(text: str) -> list[str]:
    """The symbols a symbol of a document issued under two is made of."""
    pieces: list[str] = []
    start = 0
    for match in _JOINT.finditer(text):
        left = text[start : match.start()]
        # The dash joins two symbols only if what stands before it is one.
        if "/" in left and not left.endswith("/"):
            pieces.append(left)
            start = match.end()
    return [*pieces, text[start:]]


def _problem_with_part(index: int, part: str, after_res: bool) -> str | None:
    if index > 0 and (qualified := _QUALIFIED.match(part)):
        part = qualified["part"]
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
    if after_res and not _RES_NUMBER.match(part) and _PART.match(part):
        return (
            f"has {part!r} in part {index + 1}: the numbers of a resolution "
            "are parts of their own, separated by '/'"
        )
    if _PART.match(part) or _SUFFIX.match(part):
        return None
    if _SUFFIX.match(part.capitalize()):
        return (
            f"has the suffix {part!r} in part {index + 1}, which is written "
            f"{part.capitalize()!r}"
        )
    if _PART.match(part.upper()):
        return (
            f"has lower-case letters in part {index + 1} ({part!r}); "
            f"symbols use capitals, except suffixes such as 'Rev.1'"
        )
    return f"has a malformed part {index + 1} ({part!r})"


def _problem_with_one(text: str) -> str | None:
    parts = text.split("/")
    for index, part in enumerate(parts):
        after_res = index >= 2 and "RES" in parts[1:index] and not _SUFFIX.match(part)
        problem = _problem_with_part(index, part, after_res)
        if problem:
            return problem
    return None


def symbol_problem(text: str) -> str | None:
    """What is wrong with ``text`` as a document symbol, or ``None``."""
    if not text.strip():
        return "is empty"
    for symbol in _joint(text):
        if problem := _problem_with_one(symbol):
            return problem
    return None


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
    def joint(self) -> tuple[str, ...]:
        """The symbols of a document issued under two ("A/73/100–S/2018/600");
        a symbol of one document alone."""
        return tuple(_joint(self.text))

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
        """``https://undocs.org/SYMBOL`` for an official symbol (the first of
        a joint one, without spaces: ``A/73/12(PartII)``), else ``None``."""
        if not self.is_official:
            return None
        return UNDOCS + self.joint[0].replace(" ", "")

    def __str__(self) -> str:
        return self.text


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
    >>> parse_symbol("A/73/12 (Part II)").url
    'https://undocs.org/A/73/12(PartII)'
    """
    return DocumentSymbol(text=text)


_GLUED_SERIES = re.compile(rf"\A({'|'.join(sorted(OFFICIAL_SERIES))})([0-9]+)/")


def repair_symbol(text: str) -> str | None:
    """The symbol ``text`` was meant to be, if one plain repair makes it
    parse: a series glued to its number ("A73/195"), spaces around a "/"
    ("A /73/12"), a slash at the end ("A/73/12/"), a lower-case suffix
    ("add.1"), a resolution's numbers joined by "-" or "." ("A/RES/73-195");
    else ``None``."""
    if symbol_problem(text) is None:
        return text
    repaired = re.sub(r"\s*/\s*", "/", text.strip()).rstrip("/")
    repaired = _GLUED_SERIES.sub(r"\1/\2/", repaired)
    parts = repaired.split("/")
    for index, part in enumerate(parts):
        if (
            index >= 2
            and "RES" in parts[1:index]
            and re.fullmatch(r"[0-9]+(?:[.\-][0-9]+)+", part)
        ):
            parts[index] = re.sub(r"[.\-]", "/", part)
        elif _SUFFIX.match(part.capitalize()):
            parts[index] = part.capitalize()
        elif index > 0 and not _SUFFIX.match(part) and _PART.match(part.upper()):
            parts[index] = part.upper()
    repaired = "/".join(parts)
    return repaired if symbol_problem(repaired) is None else None
