"""The names in a meeting folder: its data file, its parts and their folders.

The layout::

    meeting.toml         the meeting, its organizations, terms, people, documents
    preface.rst          the preface (no headings)
    introduction.rst     optional: paragraphs under the report's heading
    items/01-opening.rst one summary per agenda item, named by its number;
                         its headings are the lettered sub-headings (A., B.)
    summaries.rst        or: one file, a heading per item ("III. Title")
    annexes/1-agenda.rst optional: each annex, its heading first
"""

from __future__ import annotations

__all__ = [
    "ANNEXES",
    "DATA_FILE",
    "INTRODUCTION",
    "ITEMS",
    "KNOWN_TOP",
    "PREFACE",
    "SUMMARIES",
]

DATA_FILE = "meeting.toml"
PREFACE = "preface.rst"
INTRODUCTION = "introduction.rst"
ITEMS = "items"
SUMMARIES = "summaries.rst"
ANNEXES = "annexes"
#: The files a folder may hold at its top, besides the two folders.
KNOWN_TOP = frozenset({DATA_FILE, PREFACE, INTRODUCTION, SUMMARIES})
