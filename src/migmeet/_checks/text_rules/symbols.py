"""The rule on document symbols written as text: "A72/643" does not parse.

A symbol-like run of running text (a capital letter, then parts after
"/") is a malformed document symbol when it does not parse and it is
plainly meant as one: it holds a figure after its series and starts with
an official series ("A73/195") or parses once its plain slips are mended
(spaces around "/", a "/" at the end, "add.1" for "Add.1", "A/RES/71-1"
for "A/RES/71/1"). Left alone: "1/2", "24/7", "and/or", "2017/18",
"resolution 70/1", "HIV/AIDS", "G20/OECD", "S/RES" and web addresses.
"""

from __future__ import annotations

import re

from ..._findings import Finding, check_finding
from ..._style import symbol_problem
from ..._style.symbols import OFFICIAL_SERIES, QUALIFIER, repair_symbol

__all__ = ["symbol_problems"]

_PART = rf"[A-Za-z0-9][A-Za-z0-9.\-]*(?:\([0-9]+\))?(?:{QUALIFIER})?"
_SLASH = r"[ ]?/(?:[ ](?=[0-9]))?"  # a space on either side, to be found
_SYMBOL_LIKE = re.compile(
    rf"(?<![\w/.\-@])[A-Z][A-Z0-9]*(?:{_SLASH}{_PART}|[–-][A-Z]+(?=/))+/?(?![\w/])"
)
_ADDRESSES = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_TRAILING = ".,;:-"


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def _meant_as_symbol(symbol: str) -> bool:
    """Whether a run that does not parse is plainly a document symbol."""
    first, _, rest = symbol.partition("/")
    letters = re.match(r"[A-Z]*", first)
    series = letters.group(0) if letters else ""
    if not re.search(r"[0-9]", rest) and not re.search(r"[0-9]", first):
        return False  # "HIV/AIDS/", "UNHCR/partners"
    if series != first.strip():
        # A series with figures glued on: "A73/195", but not "G20/OECD".
        return series in OFFICIAL_SERIES
    if " " in re.sub(QUALIFIER, "", symbol):
        # Spaces around a "/": only when the rest is a symbol of 3+ parts.
        return symbol.count("/") >= 2 and series in OFFICIAL_SERIES
    return repair_symbol(symbol) is not None or series in OFFICIAL_SERIES


#: Two slashes running together inside a symbol: "E/CN.9//2020/2".
_DOUBLE_SLASH = re.compile(
    r"(?<![\w:/])[A-Z][A-Z0-9.\-]*(?:/[A-Za-z0-9.\-]+)*//[A-Za-z0-9.\-/]+"
)


def _double_slashes(text: str) -> list[Finding]:
    return [
        check_finding(
            "symbol",
            f"document symbol {match.group(0)!r} has two slashes running together",
            f"write {re.sub('/{2,}', '/', match.group(0))!r}",
            text=match.group(0),
        )
        for match in _DOUBLE_SLASH.finditer(_ADDRESSES.sub(_blank, text))
    ]


def symbol_problems(text: str) -> list[Finding]:
    """Document symbols in the text that do not parse ("A72/643"), each with
    the symbol it was meant to be where one plain repair makes it parse."""
    plain = _ADDRESSES.sub(_blank, text)
    findings = _double_slashes(text)
    doubled = {f.text for f in findings}
    for match in _SYMBOL_LIKE.finditer(plain):
        symbol = match.group(0)
        if any(symbol.rstrip("/") in whole for whole in doubled):
            continue  # reported whole, with both its slashes
        if symbol.endswith("/"):
            pass  # a slash at the end is a mistake of its own
        else:
            symbol = symbol.rstrip(_TRAILING)
        problem = symbol_problem(symbol)
        if problem is None or not _meant_as_symbol(symbol):
            continue
        repaired = repair_symbol(symbol)
        findings.append(
            check_finding(
                "symbol",
                f"document symbol {symbol!r} {problem}",
                f"write {repaired!r}" if repaired else None,
                text=symbol,
            )
        )
    return findings
