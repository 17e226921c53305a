"""The rule on document symbols written as text: "A72/643" does not parse."""

from __future__ import annotations

import re

from ..._findings import Finding, check_finding
from ..._style import symbol_problem

__all__ = ["symbol_problems"]

_SYMBOL_LIKE = re.compile(r"(?<![\w/])[A-Z]{1,6}[0-9]*(?:/[A-Za-z0-9.\-]+)+(?<![.\-])")


def symbol_problems(text: str) -> list[Finding]:
    """Document symbols in the text that do not parse ("A72/643")."""
    findings = []
    for match in _SYMBOL_LIKE.finditer(text):
        symbol = match.group(0)
        if problem := symbol_problem(symbol):
            findings.append(
                check_finding(
                    "symbol", f"document symbol {symbol!r} {problem}", text=symbol
                )
            )
    return findings
