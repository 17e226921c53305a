"""A TOML syntax error of the data file said in a rapporteur's words, by
what the faulty line holds: a date written another way ("12/03/2026",
"12 March 2026"), a date that does not exist ("2026-03-32": there is no
32 March), text without its quotation marks. Anything else keeps the
parser's own words."""

from __future__ import annotations

import calendar
import re

__all__ = ["toml_error_in_words"]

_VALUE = re.compile(r"^\s*[\w.\"'-]+\s*=\s*(?P<value>.+?)\s*(?:#.*)?$")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b")
_OTHER_DATE = re.compile(
    r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{1,2}\s+[A-Za-z]+\s+\d{4}$"
    r"|^[A-Za-z]+\s+\d{1,2},?\s+\d{4}$"
)


_CURLY = ("\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u00ab")


def _impossible(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12:
        return (
            f"there is no month {month}: write dates as 2026-03-12 (year, month, day)"
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        name = calendar.month_name[month]
        return f"there is no {day} {name} {year} ({name} has {last} days)"
    return None


def toml_error_in_words(line_text: str, message: str) -> str:
    """What is wrong on ``line_text``, where the TOML parser said
    ``message``."""
    match = _VALUE.match(line_text)
    entry = line_text.strip().rstrip(",").strip()
    if match is None or (
        match["value"].startswith("[")
        and re.search(r"(^\[|,)\s*[A-Za-z]", match["value"])
    ):
        if entry and (entry[0].isalnum() or entry.count('"') % 2 or match):
            # A list's entry without its quotation marks: "3, The global ...",
            return (
                f"{entry!r} is not a value TOML can read: write each text in "
                'quotation marks, "like this", and separate the entries of a '
                "list with commas"
            )
        return f"not valid TOML: {message}"
    value = match["value"]
    if value[0] in _CURLY:
        straight = value.strip("".join(_CURLY) + "\"'")
        return (
            f"{value!r} is in curved quotation marks, as a word processor types "
            f'them: TOML reads straight ones, "{straight}"'
        )
    if iso := _ISO.match(value):
        said = _impossible(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        if said:
            return said
        if len(iso["m"]) < 2 or len(iso["d"]) < 2:
            right = f"{iso['y']}-{int(iso['m']):02}-{int(iso['d']):02}"
            return (
                f"{iso.group()!r} is not a date TOML can read: write month and "
                f"day with two digits each, {right}"
            )
    if _OTHER_DATE.match(value):
        return (
            f"{value!r} is not a date TOML can read: write dates as 2026-03-12 "
            "(year, month, day, with hyphens), without quotation marks"
        )
    if value[0].isalpha() and value not in ("true", "false"):
        return (
            f"{value!r} is text without its quotation marks: write "
            f'"{value}" (or true or false, a number or a date)'
        )
    return f"not valid TOML: {message}"
