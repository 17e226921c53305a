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

import re
from pathlib import Path

from .._findings import Finding, load_problem
from .characters import screen
from .list_typos import list_typos
from .role_typos import role_typos
from .rst_doctree import DoctreeReader, RstSection, RstText
from .rst_parser import parse_document
from .rst_roles import Entities

__all__ = ["Entities", "RstSection", "RstText", "parse_rst"]


#: The one directive a summary may use: an image from the folder. Every
#: other one is refused before docutils runs it, since some act at once and
#: beyond the summary ("role" changes docutils' own table of roles, "date"
#: writes the build time, "unicode" makes any character, "include" and
#: "raw" reach outside).
ALLOWED_DIRECTIVES = frozenset({"image"})
_DIRECTIVE = re.compile(r"( *)\.\.\s+(?:\|[^|]+\|\s+)?([\w:.+-]+)\s*::(?:\s|$)")


def _allowed_directives(text: str, source: str) -> tuple[str, list[Finding]]:
    """``text`` with every directive but an image blanked out, its block
    with it (the lines are kept, so the lines of what follows stay), and a
    problem at each."""
    lines = text.split("\n")
    problems: list[Finding] = []
    index = 0
    while index < len(lines):
        match = _DIRECTIVE.match(lines[index])
        if match is None or match.group(2).lower() in ALLOWED_DIRECTIVES:
            index += 1
            continue
        name, indent = match.group(2), len(match.group(1))
        problems.append(
            load_problem(
                file=source,
                line=index + 1,
                message=f'the "{name}" directive is not allowed in a summary; '
                "summaries hold text, lists, footnotes and images",
            )
        )
        lines[index] = ""
        index += 1
        while index < len(lines) and (
            not lines[index].strip()
            or len(lines[index]) - len(lines[index].lstrip(" ")) > indent
        ):
            lines[index] = ""
            index += 1
    return "\n".join(lines), problems


_GLUED_FOOTNOTE = re.compile(r"(?<=[^\s\\])(\[(?:#[\w-]*|\d{1,3}|\*)\]_)(?!\w)")


def parse_rst(
    text: str, *, source: str, entities: Entities, folder: Path
) -> tuple[RstText, list[Finding]]:
    """Parse one summary file; return what it holds and every problem found.

    ``source`` is the name used in messages; images are read from
    ``folder`` and nowhere else.
    """
    text, problems = screen(text, source)
    # A footnote mark typed against its word ("mobility.[#]_") is read as
    # one: the space docutils needs before it is not printed.
    text = _GLUED_FOOTNOTE.sub(r" \1", text)
    text, refused = _allowed_directives(text, source)
    typos = role_typos(text, source)
    problems += refused + typos + list_typos(text, source)
    document, parse_problems = parse_document(text, source, entities)
    reader = DoctreeReader(document, source, folder)
    result = reader.text()
    reader.unreferenced_footnotes()
    # A line that opens with ":person:'key'" reads to docutils as a field
    # list: the role's own problem says what is wrong there.
    typo_lines = {typo.line for typo in typos}
    read = [
        p
        for p in reader.problems
        if not (p.line in typo_lines and "field list" in p.message)
    ]
    return result, problems + parse_problems + read
