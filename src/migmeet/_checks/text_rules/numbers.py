"""The rules on numbers: the meeting's ordinal, figures under 10, per cent."""

from __future__ import annotations

import re

from ..._findings import Finding, check_finding
from ..._style import ordinal_word

__all__ = ["figures_under_ten", "per_cent", "wrong_ordinals"]

# --- the meeting's number ----------------------------------------------------

_ORDINALS = {ordinal_word(n).lower(): n for n in range(1, 200)}
_ORDINAL_WORD = "|".join(
    sorted((re.escape(w) for w in _ORDINALS), key=len, reverse=True)
)


def _figure_ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def wrong_ordinals(text: str, number: int, series: str) -> list[Finding]:
    """Ordinals naming this series' meeting with another number: "the
    fifteenth coordination meeting" in the text of the sixteenth."""
    words = series.split()
    head = re.escape(words[0]) if words else "meeting"
    pattern = re.compile(
        rf"\b(?:(?P<word>{_ORDINAL_WORD})|(?P<figure>\d+)(?:st|nd|rd|th))\s+"
        rf"(?:annual\s+)?{head}\b",
        re.IGNORECASE,
    )
    # The first word of the meeting's title, as in "the sixteenth".
    this = ordinal_word(number).split()[0].lower()
    findings = []
    for match in pattern.finditer(text):
        said = (
            _ORDINALS[match["word"].lower()] if match["word"] else int(match["figure"])
        )
        if said != number:
            written = match.group(0)
            if match["word"]:
                right = ordinal_word(number)
                right = right.lower() if match["word"].islower() else right
                fix = right + written[len(match["word"]) :]
            else:
                fix = _figure_ordinal(number) + written[written.index(" ") :]
            findings.append(
                check_finding(
                    "wrong-ordinal",
                    f"{written!r} names another meeting than this, the {this}",
                    f"write {fix!r}",
                    text=written,
                )
            )
    return findings


# --- figures -----------------------------------------------------------------

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|"
    "November|December"
)
_NUMBERED_THINGS = frozenset(
    [
        "goal",
        "goals",
        "target",
        "targets",
        "paragraph",
        "paragraphs",
        "para",
        "section",
        "sections",
        "chapter",
        "annex",
        "article",
        "articles",
        "table",
        "figure",
        "page",
        "pages",
        "item",
        "items",
        "no",
        "no.",
        "number",
        "sdg",
        "sdgs",
        "tier",
        "level",
        "step",
        "phase",
        "version",
        "resolution",
        "volume",
        "part",
        "rule",
        "principle",
        "objective",
        "indicator",
        "box",
        "add.",
        "rev.",
        "corr.",
        "grade",
        "category",
    ]
)
_FIGURE = re.compile(r"(?<![\w./,:\-–])([1-9])(?![\w./:\-–%]|,\d)")
_AFTER_FIGURE = re.compile(rf"\s?(?:%|per cent\b|(?:{_MONTHS})\b)")
_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def figures_under_ten(text: str) -> list[Finding]:
    """A figure under 10 in running text, where UN style writes the word.

    Left alone: numbered things ("goal 8", "page 4"), dates ("9 February"),
    percentages ("5 per cent"), decimals, ranges and symbols.
    """
    findings = []
    for match in _FIGURE.finditer(text):
        before = text[: match.start()].split()
        if before and before[-1].lower().strip("(") in _NUMBERED_THINGS:
            continue
        if _AFTER_FIGURE.match(text, match.end()):
            continue
        figure = match.group(1)
        findings.append(
            check_finding(
                "figure-under-ten",
                f"the figure {figure} in running text",
                f"write {_WORDS[int(figure) - 1]!r}",
                text=figure,
            )
        )
    return findings


# --- per cent ------------------------------------------------------------------

_PERCENT = re.compile(
    r"\b\d+(?:\.\d+)?\s?%|\bpercent\b|\bpercentage point", re.IGNORECASE
)


def per_cent(text: str) -> list[Finding]:
    """ "percent" or "%" in running text, where UN style writes "per cent"."""
    findings = []
    for match in _PERCENT.finditer(text):
        found = match.group(0)
        if found.lower().startswith("percentage"):
            continue
        fix = re.sub(r"\s?%$", " per cent", found) if "%" in found else "per cent"
        findings.append(
            check_finding(
                "per-cent", f"{found!r} in running text", f"write {fix!r}", text=found
            )
        )
    return findings
