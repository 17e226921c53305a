"""A place in the data file named as a reader counts it.

A finding keeps the key path the loader works with
(``programme[0].sessions[1].title``), counted from zero; a rapporteur
counts from one and calls agenda items by their Roman numerals. This
module says the path in those words ("the first programme day, second
session: title"; "agenda item V") for the findings a person reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from .._findings import Finding
from .._style.numerals import ordinal_word, to_roman

__all__ = ["reader_place", "with_reader_places"]

#: What one entry of each list of the data file is, by the list's key.
_ENTRY: dict[str, str] = {
    "objectives": "objective",
    "mandate": "mandate document",
    "participants": "participant",
    "abbreviations": "extra abbreviation",
    "programme": "programme day",
    "sessions": "session",
    "agenda_items": "agenda item listed",
    "moderators": "moderator",
    "presentations": "presentation",
    "presenters": "presenter",
    "events": "timed event",
    "papers": "paper",
    "languages": "language",
    "side_events": "side event",
    "background": "background document",
    "documents": "document",
    "steps": "step",
    "websites": "website",
    "select": "code selected",
}

_PART = re.compile(r"(?P<key>[^.\[\]]+)(?:\[(?P<index>\d+)\])?")


def _entry(key: str, index: int, first: bool, within: str = "") -> str:
    if key == "agenda" and first:
        return f"agenda item {to_roman(index + 1)}" if index < 3999 else key
    ordinal = ordinal_word(index + 1).lower() if index < 999_999_999 else "next"
    noun = _ENTRY.get(key, f"entry of {key}")
    if key == "background" and within.startswith("panels."):
        noun = "background paragraph"
    return f"the {ordinal} {noun}" if first else f"{ordinal} {noun}"


def reader_place(path: str) -> str:
    """``path``, a key path of the data file, as a reader counts.

    A path without a list index is returned as it is: its keys are the
    words the rapporteur wrote.

    >>> reader_place("meeting.agenda[4]")
    'agenda item V'
    >>> reader_place("programme[0].weekday")
    'the first programme day: weekday'
    >>> reader_place("programme[1].sessions[0].presentations[2].presenters[0]")
    'the second programme day, first session, third presentation, first presenter'
    >>> reader_place("meeting.organizer.division")
    'meeting.organizer.division'
    """
    if "[" not in path:
        return path
    parts = [(m["key"], m["index"]) for m in _PART.finditer(path)]
    said: list[str] = []
    keys: list[str] = []
    within = ""
    for key, index in parts:
        if index is None:
            keys.append(key)
            continue
        if not said and keys[:1] != ["meeting"] and keys:
            # A keyed table before the list ("panels.migration"), said as
            # it is written.
            within = ".".join(keys)
            said.append(within)
        keys = []
        said.append(_entry(key, int(index), not said, within))
    words = ", ".join(said)
    return f"{words}: {'.'.join(keys)}" if keys else words


def with_reader_places(findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` with each data-file place also said as a reader counts
    (their ``where`` keeps the key path)."""
    return [
        attrs.evolve(finding, where_said=reader_place(finding.where))
        if "[" in finding.where and not finding.where_said
        else finding
        for finding in findings
    ]
