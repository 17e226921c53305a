"""The rules on country names: the United Nations' short names (the M49
list's English names, which follow UNTERM), in running text with the
article the United Nations uses ("the Netherlands", "the United Republic
of Tanzania"), from ``migmeet/names/countries.csv`` (its source and date in
its header); and the names that are not the UN's ("Vietnam", "Ivory
Coast", "Tanzania"), from ``migmeet/names/country_forms.csv``, each with
the UN's name as the fix.

Every name, right or wrong, is an alternative of one combined pattern,
longest first and matched once over the text (linear time), so that a
right name consumes the shorter one inside it: "Republic of Moldova" is
not read as "Moldova", nor "South Sudan" as "Sudan".

A name whose running-text form has an article needs it ("in Netherlands"),
except where no article is written: as a label ("Moderator: ...,
Philippines", "(Netherlands)"), and before another name it qualifies ("the
United States Council for International Business", "Congo Basin",
"10 million United States dollars").
"""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources

import attrs

from ..._findings import Finding, check_finding

__all__ = ["country_problems"]


@attrs.frozen
class _Name:
    text: str  # the name as written
    fix: str | None  # the UN's name, for a name that is not it
    code: str  # the finding's code for a wrong name
    article: bool  # a right name that takes "the" in running text


def _rows(file: str) -> list[dict[str, str]]:
    text = resources.files("migmeet").joinpath(f"names/{file}").read_text("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines))


def _apostrophes(name: str) -> str:
    """A pattern for ``name`` that takes either apostrophe."""
    return "['’]".join(re.escape(part) for part in re.split("['’]", name))


#: Right names in running text that the M49 list writes otherwise, each
#: with whether it takes "the".
_ALSO_RIGHT = {
    "United Kingdom": True,
    "United States": True,
    "Kingdom of the Netherlands": True,
    "Great Britain and Northern Ireland": False,
    "Netherlands": True,
}


#: Places that hold a country's former name and are not the country: the
#: regions of Greece named Macedonia. Matched whole (longest first), they
#: are left alone.
_NOT_COUNTRIES = (
    "Central Macedonia",
    "Western Macedonia",
    "Eastern Macedonia",
    "Macedonia and Thrace",
    "Greek Macedonia",
)


@functools.cache
def _names() -> tuple[dict[str, _Name], re.Pattern[str]]:
    names: dict[str, _Name] = {}
    for row in _rows("countries.csv"):
        for written in (row["m49"], row["text"].removeprefix("the ")):
            article = row["text"].startswith("the ") and "(" not in written
            names[written] = _Name(written, None, "", article)
    for written, article in _ALSO_RIGHT.items():
        names[written] = _Name(written, None, "", article)
    for written in _NOT_COUNTRIES:
        names[written] = _Name(written, None, "", False)
    for row in _rows("country_forms.csv"):
        names[row["written"]] = _Name(row["written"], row["un"], row["code"], False)
    alternatives = "|".join(
        _apostrophes(name) for name in sorted(names, key=len, reverse=True)
    )
    pattern = re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])")
    keyed = {_key(name): value for name, value in names.items()}
    return keyed, pattern


def _key(name: str) -> str:
    return name.replace("’", "'")


_ARTICLE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
_LABEL_BEFORE = re.compile(r"(?:\A|[,:;(/–—])\s*\Z")
_LABEL_AFTER = re.compile(r"\s*(?:\Z|[,;)/–—])")
_QUALIFIES = re.compile(r"\s+(?:[A-Z][a-z]|(?:river|basin|delta|dollars?|pounds?)\b)")


def _needs_article(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 12) : start]
    if _ARTICLE_BEFORE.search(before):
        return False
    if _LABEL_BEFORE.search(before) and _LABEL_AFTER.match(text, end):
        return False  # a label: "..., Philippines", "(Netherlands)"
    return _QUALIFIES.match(text, end) is None


def _at_sentence_start(text: str, start: int) -> bool:
    return re.search(r"(?:\A|[.!?]\s+)\Z", text[:start]) is not None


def country_problems(text: str) -> list[Finding]:
    """Country names in ``text`` that are not the UN's short names, and
    right names without the article the UN uses in running text."""
    names, pattern = _names()
    findings = []
    for match in pattern.finditer(text):
        written = match.group(0)
        name = names[_key(written)]
        if name.fix is not None:
            findings.append(
                check_finding(
                    name.code,
                    f"{written!r} is not the United Nations' name of the country",
                    f"write {name.fix!r}",
                    text=written,
                )
            )
        elif name.article and _needs_article(text, match.start(), match.end()):
            the = "The" if _at_sentence_start(text, match.start()) else "the"
            findings.append(
                check_finding(
                    "country-article",
                    f"{written!r} without the article the United Nations writes",
                    f"write '{the} {written}'",
                    text=written,
                )
            )
    return findings
