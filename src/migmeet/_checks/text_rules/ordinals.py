"""The rule on ordinals in figures: the Editorial Manual writes the
ordinal of a session and of a meeting of the series in words ("the
seventy-first session", "the sixteenth meeting"), not "the 71st session".

A meeting of a body counted by its plenary or numbered meetings ("the
82nd plenary meeting", "the 5th meeting of the Committee") is not the
series' meeting and is left alone.
"""

from __future__ import annotations

import re

from ..._findings import Finding, check_finding
from ..._style import ordinal_word

__all__ = ["ordinals_in_figures"]

_FIGURE_ORDINAL = re.compile(
    r"\b(?P<number>\d{1,3})(?:st|nd|rd|th)\s+"
    r"(?P<rest>(?:(?:regular|special|annual|resumed|substantive|emergency special)\s+)?"
    r"(?P<noun>sessions?|meetings?)\b"
    r"|(?P<series>[A-Z][a-z]+\s+Meeting)\b)",
    re.IGNORECASE,
)
# "the 5th meeting of the Committee", "its 82nd plenary meeting": a body's
# numbered meetings, which the Manual writes in figures.
_BODY_MEETING = re.compile(r"\s+of\s+(?:the\s+)?(?!Coordination\b)[A-Z]")


def ordinals_in_figures(text: str, series: str = "") -> list[Finding]:
    """ "the 16th meeting", "the 71st session": an ordinal of a session or
    of a meeting of the series in figures, with the word as the fix."""
    head = series.split()[0].lower() if series else ""
    findings = []
    for match in _FIGURE_ORDINAL.finditer(text):
        number = int(match["number"])
        if number == 0:
            continue
        if match["series"] and match["series"].split()[0].lower() != head:
            continue  # "the 5th Plenary Meeting" of a body
        noun = (match["noun"] or "").lower()
        if noun.startswith("meeting") and _BODY_MEETING.match(text, match.end()):
            continue
        word = ordinal_word(number)
        before = text[max(0, match.start() - 2) : match.start()]
        at_start = match.start() == 0 or before.rstrip().endswith((".", "?", "!"))
        if not (at_start or match["series"]):  # a title keeps its capitals
            word = word.lower()
        written = match.group(0)
        fix = f"{word} {match['rest']}"
        findings.append(
            check_finding(
                "ordinal-in-figures",
                f"{written!r}: the ordinal of a meeting or session is written in words",
                f"write {fix!r}",
                text=written,
            )
        )
    return findings
