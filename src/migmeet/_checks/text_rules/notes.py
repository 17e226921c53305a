"""The editing-notes rule: "UPDATE THIS", TODO, "[insert ...]" left in."""

from __future__ import annotations

import difflib
import re

from ..._findings import Finding, check_finding

__all__ = ["placeholders"]

_NOTE_WORDS = re.compile(r"\b(TODO|TBD|TBC|FIXME|XXX+)\b")
_INSERT = re.compile(r"\[\s*(?:insert|add|check|update|to be)\b[^\]]*\]", re.IGNORECASE)
_DASHES = re.compile(r"-{4,}|—{2,}")
_CAPS_THIS = re.compile(r"\b([A-Z]{4,8})\s+(THIS|HERE)\b")


def placeholders(text: str) -> list[Finding]:
    """Editing notes left in: "UPDATE THIS" (and its misspellings, such as
    "UDPATE THIS"), TODO, TBD, XXX, "[insert ...]", a run of dashes.

    One finding lists every note of ``text``; its ``text`` is the note that
    stands first.
    """
    notes = [*_NOTE_WORDS.finditer(text), *_INSERT.finditer(text)]
    notes += _DASHES.finditer(text)
    for match in _CAPS_THIS.finditer(text):
        # A capitalized word close to UPDATE, CHECK or FILL, then THIS.
        word = match.group(1)
        if any(
            difflib.SequenceMatcher(None, word, target).ratio() >= 0.6
            for target in ("UPDATE", "CHECK", "FILL", "CHANGE", "REVISE")
        ):
            notes.append(match)
    if not notes:
        return []
    listed = ", ".join(repr(note.group(0)) for note in notes)
    first = min(notes, key=lambda note: note.start())
    return [
        check_finding(
            "placeholder",
            f"editing note{'s' * (len(notes) > 1)} left in: {listed}",
            "remove the note or finish the text",
            text=first.group(0),
        )
    ]
