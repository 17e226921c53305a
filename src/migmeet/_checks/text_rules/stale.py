"""Stale content: the previous meeting's ordinal, dates or year left in the
text of this one, as when a web page starts as a copy of last year's.

A sentence that speaks of the previous meeting on purpose ("the
recommendations of the fifteenth Coordination Meeting", "in February 2017,
the fifteenth meeting ...") is left alone, by the test the ordinal rule
uses (:func:`.numbers.speaks_of_another_meeting`) or because it names the
previous meeting by its ordinal. Years in document symbols, citations,
titles and the dates of other events are not stale: a year alone is found
only where it dates the meeting itself ("Coordination Meeting 2017",
"New York, 2017"). Every pattern is matched once over the text, and each
match looks at most a bounded window around it: linear time.
"""

from __future__ import annotations

import datetime as dt
import re

from ..._findings import Finding, check_finding
from ..._model import PreviousMeeting
from ..._style import ordinal_word
from .numbers import (
    ordinal_said,
    sentence_around,
    series_ordinal_pattern,
    speaks_of_another_meeting,
)

__all__ = ["stale_in_text"]

_MONTHS = [dt.date(2000, m, 1).strftime("%B") for m in range(1, 13)]


def _date_pattern(previous: PreviousMeeting) -> re.Pattern[str]:
    """The previous meeting's days as written: "16 February 2017",
    "16-17 February 2017", "February 16, 2017", "2017-02-16"."""
    days: list[dt.date] = []
    day = previous.first_day
    while day <= previous.last_day and len(days) < 31:
        days.append(day)
        day += dt.timedelta(days=1)
    forms: set[str] = set()
    for d in days:
        month = _MONTHS[d.month - 1]
        forms.add(rf"{d.day}(?:\s*[-–]\s*\d{{1,2}})?\s+{month}\s*,?\s+{d.year}")
        forms.add(rf"{month}\s+{d.day}(?:\s*[-–]\s*\d{{1,2}})?\s*,\s*{d.year}")
        forms.add(re.escape(d.isoformat()))
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w/-])(?:{alternatives})(?![\w/])", re.IGNORECASE)


def _year_pattern(year: int, series: str) -> re.Pattern[str]:
    """A year that dates the meeting itself: right after the series' title
    or "Meeting", or as the imprint "New York, 2017"."""
    words = series.split()
    last = re.escape(words[-1]) if words else "Meeting"
    return re.compile(
        rf"(?:\b(?:{last}|Meeting)\s*[,(]?\s*|\bNew York,\s+){year}(?![\w/])"
    )


# "the recommendations of the fifteenth Coordination Meeting": a reference.
_REFERENCE = re.compile(
    r"\b(?:recommendations?|outcomes?|conclusions?|results?|reports?|work|"
    r"findings|summary|follow-up|discussions?|deliberations)\s+(?:of|from)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def _ordinal_on_purpose(text: str, start: int, end: int, year: int) -> bool:
    """Whether the previous meeting's ordinal is meant: the sentence speaks
    of another meeting, dates it with its year ("In February 2017, the
    fifteenth meeting ..."), or refers to its work ("the recommendations
    of the fifteenth ...")."""
    sentence = sentence_around(text, start, end)
    return (
        speaks_of_another_meeting(sentence)
        or re.search(rf"(?<![\w/-]){year}(?![\w/])", sentence) is not None
        or _REFERENCE.search(text[max(0, start - 40) : start]) is not None
    )


def _on_purpose(text: str, start: int, end: int, previous_ordinal: str) -> bool:
    sentence = sentence_around(text, start, end)
    return speaks_of_another_meeting(sentence) or previous_ordinal in sentence.lower()


def stale_in_text(
    text: str, previous: PreviousMeeting, series: str, *, data: bool = False
) -> list[tuple[int, Finding]]:
    """The previous meeting's ordinal, dates and year in ``text``, each with
    the offset where it starts; a sentence that speaks of the previous
    meeting on purpose is left alone. In a data file (``data``), whose
    typed dates (``2017-02-22``) are all dates of this meeting, any such
    date in the previous meeting's year is stale too."""
    previous_word = ordinal_word(previous.number).split()[0].lower()
    found: list[tuple[int, Finding]] = []

    def stale(match: re.Match[str], code: str, what: str, fix: str) -> None:
        written = match.group(0)
        finding = check_finding(code, f"{written!r} {what}", fix, text=written)
        found.append((match.start(), finding))

    for match in series_ordinal_pattern(series).finditer(text):
        if ordinal_said(match) == previous.number and not _ordinal_on_purpose(
            text, *match.span(), previous.year
        ):
            stale(
                match,
                "stale-ordinal",
                "is the previous meeting's ordinal, left from its text",
                "write this meeting's ordinal, or say that the previous meeting "
                "is meant",
            )
    dates = _date_pattern(previous)
    if data:
        dates = re.compile(
            rf"{dates.pattern}|(?<![\w/-]){previous.year}-\d\d-\d\d(?![\w/])",
            re.IGNORECASE,
        )
    others = [
        (
            dates,
            "stale-date",
            "is a date of the previous meeting, left from its text",
            "write this meeting's date",
        ),
        (
            _year_pattern(previous.year, series),
            "stale-year",
            "dates this meeting with the previous meeting's year",
            "write this meeting's year",
        ),
    ]
    for pattern, code, what, fix in others:
        for match in pattern.finditer(text):
            if not _on_purpose(text, *match.span(), previous_word):
                stale(match, code, what, fix)
    return sorted(found, key=lambda pair: pair[0])
