"""The rule on resolutions cited by their bare symbol in running text.

The Editorial Manual cites a resolution by its organ and number: "General
Assembly resolution 70/1", "Security Council resolution 2334 (2016)",
"Economic and Social Council resolution 2016/2"; the symbol ("A/RES/70/1")
is what the reference links to. A symbol in parentheses after a title
("the 2030 Agenda (A/RES/70/1)") is fine, and so are footnotes and lists
of documents, which the checks do not give this rule.
"""

from __future__ import annotations

import re

from ..._findings import Finding, check_finding

__all__ = ["bare_resolution_symbols"]

_ORGANS = {
    "A": "General Assembly",
    "A/HRC": "Human Rights Council",
    "E": "Economic and Social Council",
    "S": "Security Council",
}
_RESOLUTION = re.compile(
    r"(?<![\w/.\-])(?P<organ>A/HRC|A|E|S)/RES/"
    r"(?P<number>(?:ES-|S-)?\d+(?:/\d+)?(?:\s?\((?:\d{4}|[IVXLC]+)\))?)"
    r"(?![\w/])"
)
#: How far back an opening parenthesis is looked for.
_REACH = 200


def _in_parentheses(text: str, start: int) -> bool:
    """Whether ``text[start]`` stands inside parentheses opened before it."""
    window = text[max(0, start - _REACH) : start]
    return window.rfind("(") > window.rfind(")")


def bare_resolution_symbols(text: str) -> list[Finding]:
    """ "A/RES/70/1" in running text, where "General Assembly resolution
    70/1" is written (the symbol in parentheses after a title is left)."""
    findings = []
    for match in _RESOLUTION.finditer(text):
        if _in_parentheses(text, match.start()):
            continue
        organ = _ORGANS[match["organ"]]
        short = f"resolution {match['number']}"
        preceding = text[max(0, match.start() - 40) : match.start()]
        fix = short if organ in preceding else f"{organ} {short}"
        written = match.group(0)
        findings.append(
            check_finding(
                "bare-resolution-symbol",
                f"{written!r}: a resolution is cited by its organ and number in "
                "running text",
                f"write {fix!r} (linked to {written})",
                text=written,
            )
        )
    return findings
