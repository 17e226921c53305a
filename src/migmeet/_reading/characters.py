"""Characters no meeting text may hold, found where they stand.

Control characters (ESC, NUL and the like) would reach a terminal, the web
page and the calendar; bidirectional overrides and isolates (U+202A-U+202E,
U+2066-U+2069) make a document show other text than its source says. Each
one is a problem at its file and line and is taken out of the text, so the
rest is still read and checked. A byte order mark at the start of a file is
no mistake: it is dropped.
"""

from __future__ import annotations

import unicodedata

from .._findings import Finding, load_problem

__all__ = ["bad_character", "screen"]

_BIDI = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_ALLOWED_CONTROLS = frozenset("\t\n\r")


def bad_character(ch: str) -> str | None:
    """What is wrong with ``ch`` in a meeting's text, or None."""
    code = ord(ch)
    if code in _BIDI:
        name = unicodedata.name(ch, "bidirectional control").lower()
        return (
            f"contains U+{code:04X} ({name}), which makes the document show "
            "other text than is written"
        )
    if ch not in _ALLOWED_CONTROLS and (code < 32 or 0x7F <= code < 0xA0):
        return f"contains the control character U+{code:04X}"
    return None


def screen(text: str, file: str) -> tuple[str, list[Finding]]:
    """``text`` without a leading byte order mark and without the characters
    it may not hold, and a problem at the line of each one."""
    text = text.removeprefix("\ufeff")
    problems: list[Finding] = []
    if all(bad_character(ch) is None for ch in set(text)):
        return text, problems
    kept = []
    for number, line in enumerate(text.split("\n"), 1):
        clean = []
        for ch in line:
            problem = bad_character(ch)
            if problem is None:
                clean.append(ch)
            else:
                problems.append(load_problem(file=file, line=number, message=problem))
        kept.append("".join(clean))
    return "\n".join(kept), problems
