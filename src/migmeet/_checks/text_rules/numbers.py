"""The rules on numbers: the meeting's ordinal and per cent (figures under 10
are in :mod:`.figures`)."""

from __future__ import annotations

import re

from ..._findings import Finding, check_finding
from ..._style import ordinal_word

__all__ = [
    "ordinal_said",
    "per_cent",
    "sentence_around",
    "series_ordinal_pattern",
    "speaks_of_another_meeting",
    "wrong_ordinals",
]

# --- the meeting's number ----------------------------------------------------

_ORDINALS = {ordinal_word(n).lower(): n for n in range(1, 200)}
_ORDINAL_WORD = "|".join(
    sorted((re.escape(w) for w in _ORDINALS), key=len, reverse=True)
)


def _figure_ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


# Words that say a sentence speaks of another meeting of the series: "She
# recalled that the Sixteenth Coordination Meeting, held in ...", "the
# Eighteenth ... would be held in 2020".
_ANOTHER_MEETING = re.compile(
    r"\b(?:previous|preceding|last|past|earlier|former|next|forthcoming|upcoming|"
    r"future|following(?!\s+(?:objectives|items?|topics|agenda)\b)|"
    r"subsequent|recalled|recalling|(?:would|will|to) be held|"
    r"had been held|since|ahead of|in (?:the )?run-up to|in preparation for|"
    r"preparations? for)\b",
    re.IGNORECASE,
)


#: How far around a match a sentence is looked for, so that the rules stay
#: linear in the text's length whatever its punctuation.
_REACH = 400


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]`` (at most ``_REACH``
    characters either side)."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    opening = max(text.rfind(". ", low, start), text.rfind("\n\n", low, start))
    closing = text.find(". ", end, high)
    return text[max(opening + 1, low) : closing if closing >= 0 else high]


# A meeting said to be held in a year: "the first meeting, held in July
# 2002", "the meeting convened in 2010".
_HELD_IN_YEAR = re.compile(
    r"\b(?:held|convened|took place|organized|met)\b[^.;]{0,60}?\b((?:19|20)\d\d)\b"
)


def speaks_of_another_meeting(sentence: str, year: int | None = None) -> bool:
    """Whether a sentence speaks of another meeting of the series on
    purpose ("recalled", "previous", "next", "would be held"), or says it
    was held in a year other than ``year`` (this meeting's, when given):
    "the first meeting, held in July 2002"."""
    if _ANOTHER_MEETING.search(sentence) is not None:
        return True
    return year is not None and any(
        int(held[1]) != year for held in _HELD_IN_YEAR.finditer(sentence)
    )


def series_ordinal_pattern(series: str) -> re.Pattern[str]:
    """ "Fifteenth Coordination Meeting", "15th meeting": an ordinal naming a
    meeting of the series (group ``word`` or ``figure``; ``meeting`` when
    it says "meeting" rather than the series' first word)."""
    words = series.split()
    head = re.escape(words[0]) if words else "meeting"
    return re.compile(
        rf"\b(?:(?P<word>{_ORDINAL_WORD})|(?P<figure>\d+)(?:st|nd|rd|th))\s+"
        rf"(?:annual\s+)?(?:{head}\b|(?P<meeting>meeting)\b(?!\s+of\b))",
        re.IGNORECASE,
    )


def ordinal_said(match: re.Match[str]) -> int:
    """The number a match of :func:`series_ordinal_pattern` says."""
    return _ORDINALS[match["word"].lower()] if match["word"] else int(match["figure"])


#: A possessive just before an ordinal: the meeting is another body's.
_OWNED = re.compile(r"(?:\b(?:its|their|his|her)|\w['\u2019]s?)\s+(?:own\s+)?\Z")


def wrong_ordinals(
    text: str, number: int, series: str, year: int | None = None
) -> list[Finding]:
    """Ordinals naming this series' meeting with another number: "the
    fifteenth coordination meeting" in the text of the sixteenth, and "the
    fifteenth meeting" (an ordinal up to three below this one, not "the
    first meeting of the Commission", "the seventeenth meeting" to come or
    "its fifteenth meeting"). A sentence that speaks of another meeting
    of the series ("recalled", "previous", "next", "would be held") is
    left alone."""
    pattern = series_ordinal_pattern(series)
    # The first word of the meeting's title, as in "the sixteenth".
    this = ordinal_word(number).split()[0].lower()
    findings = []
    for match in pattern.finditer(text):
        said = ordinal_said(match)
        if match["meeting"] and (
            not 0 < number - said <= 3
            or _OWNED.search(text, max(0, match.start() - 40), match.start())
        ):
            # "the twenty-third meeting" in the twenty-second's report names
            # the next one, and "its fifteenth meeting" another body's: a
            # copy left stale names an earlier meeting of this series.
            continue
        if speaks_of_another_meeting(sentence_around(text, *match.span()), year):
            continue
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
