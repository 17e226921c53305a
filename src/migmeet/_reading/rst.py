"""reStructuredText summaries: parsed safely, turned into report blocks.

A summary is untrusted text. docutils parses it with raw HTML, file
inclusion and configuration files off (:mod:`.rst_parser`); the resulting
tree is then read through a whitelist (paragraphs, bullet and enumerated
lists, images from the meeting folder, sub-headings; text, emphasis,
strong, links, footnotes and the meeting roles) into the same values the
Python DSL builds (:mod:`.rst_doctree`), so both ways in share one document
tree and one renderer. Anything else is a :class:`Finding` at its file and
line, never silently dropped.

The roles ``:person:``, ``:org:``, ``:term:`` and ``:doc:`` name a key of
the meeting's data file (:mod:`.rst_roles`). They exist only in migmeet's
own parser, which is made for each parse with the keys it resolves;
docutils' own role registry is never touched.
"""

from __future__ import annotations

from pathlib import Path

from .._findings import Finding, load_problem
from .rst_doctree import DoctreeReader, RstSection, RstText
from .rst_parser import parse_document
from .rst_roles import Entities

__all__ = ["Entities", "RstSection", "RstText", "parse_rst"]


def parse_rst(
    text: str, *, source: str, entities: Entities, folder: Path
) -> tuple[RstText, list[Finding]]:
    """Parse one summary file; return what it holds and every problem found.

    ``source`` is the name used in messages; images are read from
    ``folder`` and nowhere else.
    """
    problems = [
        load_problem(
            file=source,
            line=number,
            message=f"contains the control character U+{ord(ch):04X}",
        )
        for number, line in enumerate(text.splitlines(), 1)
        for ch in line
        if (ord(ch) < 32 and ch != "\t") or 0x7F <= ord(ch) < 0xA0
    ]
    if problems:
        return RstText(blocks=(), sections=()), problems
    document, problems = parse_document(text, source, entities)
    reader = DoctreeReader(document, source, folder)
    result = reader.text()
    reader.unreferenced_footnotes()
    return result, problems + reader.problems
