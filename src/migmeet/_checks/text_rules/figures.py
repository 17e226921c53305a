"""The rule on figures under 10: "3 countries", where UN style writes "three".

The United Nations Editorial Manual writes numbers under 10 in words, but
in figures (so the rule stays silent on them):

* percentages ("8 per cent", and "8 percent" and "8%", which the per-cent
  rule mends to "8 per cent", never to "eight per cent");
* units and measures, and sums of money ("5 km", "2 million", "USD 3
  billion", "$5");
* the time of day ("3 p.m.", "9.30 a.m.");
* dates ("9 February", "6-7 February"), and the first day of a range
  however it is joined ("from 9 to 10 February", "9 - 10 February",
  "Thursday, 9 and Friday, 10 February", "8 to 9 Feb. 2012");
* parts of a numbered code ("indicator 3.c.1", "(4.b.1, tier I)");
* votes ("adopted by 5 to 3", "a recorded vote of 152 to 5, with 3
  abstentions");
* numbered things ("article 2", "conference room 2", "Goal 8", "target
  10.7", "resolution 73/195", "session 4", "day 1"), with a series of them
  ("paragraphs 3 and 4");
* decimals, ranges written with a dash ("1-2 cases") and figures joined to
  words ("3-year", "G7", "COVID-19");
* a series in which one number is 10 or more, or is written in figures for
  one of the reasons above ("between 7 and 12 countries", "5, 8 and 14
  States"), and a part of a whole of 10 or more given just before ("of
  the 23 objectives, 3 had been reviewed").

Everything else, a figure 1 to 9 standing alone ("3 countries", "only 2
delegations spoke"), is found, with the word to write ("Three" at the start
of a sentence).
"""

from __future__ import annotations

import re

import attrs

from ..._findings import Finding, check_finding

__all__ = ["figures_under_ten"]

WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _words(text: str) -> list[str]:
    return text.split()


MONTHS = _words(
    "January February March April May June July August September October "
    "November December"
)

#: Words after which a figure numbers a thing: "article 2", "day 1".
NUMBERED_THINGS = frozenset(
    _words(
        """
    add. annex annexes appendix art. article articles box category chap. chapter
    chapters chart column cop corr. cycle day days decision decisions fig. figure
    figures footnote goal goals grade group indicator item items level line map
    module no no. nos. note number objective option p. page pages panel para para.
    paragraph paragraphs paras. part phase pillar pp. principle protocol question
    recommendation recommendations resolution resolutions rev. revision room round
    row rule edition amendment amendments clause clauses schedule series term
    scenario section sections sect. session sessions sdg sdgs slide stage step table
    tables target targets tier track version vol. volume wave week workshop
    """
    )
)
#: Currencies written before a sum: "USD 3 billion", "US$ 5".
CURRENCIES = frozenset(
    _words(
        "US$ USD EUR GBP CHF JPY CNY CAD AUD INR SEK NOK DKK ZAR BRL MXN RUB KES NGN "
        "$ € £ ¥"
    )
)
#: Units, measures and what else takes a figure after it: "5 km", "3 p.m.".
_UNIT_WORDS = (
    "million|billion|trillion|per\\s+cent|percent|percentage\\s+points?|"
    "p\\.m\\.|a\\.m\\.|pm|am|o'clock|km2|km|m2|m3|m|cm|mm|kg|g|mg|t|ha|l|ml|"
    "kWh|kW|MW|GW|mph|GB|MB|TB|Mbps|dollars|euros|cents|francs|kilometres|"
    "kilometers|metres|meters|centimetres|millimetres|kilograms|grams|tonnes|"
    "tons|hectares|litres|liters|miles|degrees|square|cubic|abstentions?|"
    "abstaining|votes?|in\\s+favour|against|" + "|".join(sorted(CURRENCIES - {"$"}))
)
_AFTER = re.compile(
    rf"\s*(?:%|‰|°|(?:{_UNIT_WORDS}|{'|'.join(MONTHS)})(?![\w$]))",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?!\w)")
_JOIN = re.compile(r"\s*,\s*|\s*,?\s+(?:and|or|to|through|and/or)\s+")
_BARE_COMMA = re.compile(r"\s*,\s*")
_VOTE = re.compile(
    r"\b(?:by|vote\s+of)\s+(?:a\s+(?:recorded\s+)?vote\s+of\s+)?(\d+)(?:\s+votes?)?"
    r"\s+to\s+(\d+)(?:\s+votes?)?(?=\s*(?:[,.;:)]|$|with\b|in\s+favour|against|and\b))",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+"
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
)
#: The first day of a range of dates: "from 9 to 10 February", "9 - 10
#: February", "Thursday, 9 and Friday, 10 February", "8 to 9 Feb. 2012".
_DATE_RANGE = re.compile(
    rf"(?<![\w.,])(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–—]|to|until|till|through|and)\s*"
    rf"(?:{_WEEKDAY})?(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_NAME}"
)
#: A figure in a numbered code: "3.c.1", "10.7.2", "4.b".
_CODE = re.compile(r"\d+(?:\.[0-9a-z]+)+(?![\w.])")
_SENTENCE_START = re.compile(r"(?:\A|[.!?][\"”’)]?\s+)[\"“(‘]?\Z")


@attrs.frozen
class _Number:
    start: int
    end: int
    text: str

    @property
    def small(self) -> bool:
        """A figure 1 to 9, which the rule may find."""
        return len(self.text) == 1 and self.text != "0"

    @property
    def needs_figures(self) -> bool:
        """10 or more, or a decimal: figures, whatever its neighbours."""
        return not self.text.isdigit() or int(self.text) >= 10


def _series(text: str, numbers: list[_Number]) -> list[list[_Number]]:
    """The numbers grouped in series: "5, 8 and 14", "between 7 and 12". A
    series joined by commas ends with "and", "or" or "to"; a year and a
    comma end one ("In 2019, 3 countries")."""
    groups: list[list[_Number]] = []
    joins: list[list[str]] = []
    for number in numbers:
        if groups:
            between = text[groups[-1][-1].end : number.start]
            year = re.fullmatch(r"1[89]\d\d|2[01]\d\d", groups[-1][-1].text)
            if _JOIN.fullmatch(between) and not (
                year and _BARE_COMMA.fullmatch(between)
            ):
                groups[-1].append(number)
                joins[-1].append(between)
                continue
        groups.append([number])
        joins.append([])
    series: list[list[_Number]] = []
    for group, group_joins in zip(groups, joins, strict=True):
        if group_joins and _BARE_COMMA.fullmatch(group_joins[-1]):
            # Commas without a closing "and": not a series, but numbers apart.
            series.extend([number] for number in group)
        else:
            series.append(group)
    return series


def _head(text: str, start: int) -> str:
    """The word before ``start``, in lower case, without an opening bracket."""
    words = text[:start].split()
    return words[-1].lower().lstrip("(") if words else ""


def _in_figures(text: str, series: list[_Number]) -> bool:
    """Whether UN style writes the numbers of ``series`` in figures."""
    if any(number.needs_figures for number in series):
        return True
    head = _head(text, series[0].start)
    if head in NUMBERED_THINGS or head.upper() in CURRENCIES or head in CURRENCIES:
        return True
    if head.capitalize() in MONTHS:
        return True  # "February 6"
    return _AFTER.match(text, series[-1].end) is not None


def _alone(text: str, number: _Number) -> bool:
    """Whether ``number`` stands alone as a figure, not part of a sum, a
    range, a compound, a symbol or an enumeration."""
    before = text[number.start - 1 : number.start]
    after = text[number.end : number.end + 1]
    if before and before in "/:-–—$€£¥#+'’":
        return False
    if after and after in "/:-–—%‰°'’":
        return False
    if before == "(" and after == ")":
        return False
    # An enumeration opening the text: "1. Introduction", "2) ...".
    return not (not text[: number.start].strip() and after in ".)")


#: A whole of 10 or more just before, of which the figure is a part: "of
#: the 23 objectives, 3 had been reviewed", "out of 12 States, 4 spoke"
#: (numbers of one category are written alike).
_PART_OF = re.compile(
    r"\b(?:[Oo]f|[Oo]ut of)\s+(?:[^.;\d]{0,40}?\s)?"
    r"(?!1[89]\d\d\b|2[01]\d\d\b)\d{2,}(?:,\d{3})*\b[^.;\d]{0,50},\s*\Z"
)


def figures_under_ten(text: str) -> list[Finding]:
    """A figure under 10 in running text, where UN style writes the word.

    Left alone: percentages, units, sums, times, dates, votes, numbered
    things ("goal 8", "page 4"), decimals, ranges, and series in which a
    number is in figures ("between 7 and 12").
    """
    numbers = [_Number(m.start(), m.end(), m.group(0)) for m in _NUMBER.finditer(text)]
    votes = {m.start(i) for m in _VOTE.finditer(text) for i in (1, 2)}
    dates = {m.start(i) for m in _DATE_RANGE.finditer(text) for i in (1, 2)}
    codes = {n for m in _CODE.finditer(text) for n in range(m.start(), m.end())}
    findings = []
    for series in _series(text, numbers):
        if _in_figures(text, series):
            continue
        for number in series:
            if number.start in dates or number.start in codes:
                continue  # the first day of a range; a part of a code
            if not number.small or number.start in votes or not _alone(text, number):
                continue
            if _PART_OF.search(text, max(0, number.start - 80), number.start):
                continue  # "of the 23 objectives, 3 had": one category
            word = WORDS[int(number.text) - 1]
            if _SENTENCE_START.search(text[: number.start]):
                word = word.capitalize()
            findings.append(
                check_finding(
                    "figure-under-ten",
                    f"the figure {number.text} in running text",
                    f"write {word!r}",
                    text=number.text,
                )
            )
    return findings
