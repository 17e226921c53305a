"""The text a reader sees, piece by piece, read from the finished document.

A :class:`Unit` is one heading, paragraph, list item or footnote of the
authored parts of the report (preface, introduction, sections, annexes),
with mentions resolved as the reader sees them and the place a finding in
it gets: its file and line (a meeting folder) and its part and paragraph.
The generated parts (contents, notes) are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
from docutils import nodes

from .._findings import Finding
from .._style import to_roman
from .._tree import footnote_text

__all__ = ["Unit", "read_units"]


@attrs.frozen(kw_only=True)
class Unit:
    """One piece of the text a reader sees, and where it stands."""

    text: str
    kind: str  # "paragraph", "item" (in a list), "footnote", "heading"
    part: str  # "preface", "section II", ...
    scope: str  # the part whose first mentions it shares
    file: str | None
    line: int | None
    where: str

    def place(self, finding: Finding) -> Finding:
        """``finding``, made by a rule from this unit's text, placed here."""
        return attrs.evolve(finding, file=self.file, line=self.line, where=self.where)


_AUTHORED = ("item-", "annex-")


def _part_name(ident: str) -> str:
    if ident == "report":
        return "introduction"
    if match := re.fullmatch(r"item-(\d+)(?:-([A-Z]))?", ident):
        name = f"section {to_roman(int(match[1]))}"
        return f"{name}.{match[2]}" if match[2] else name
    if match := re.fullmatch(r"annex-(\d+)", ident):
        return f"annex {to_roman(int(match[1]))}"
    return ident


def _text_without_footnotes(node: nodes.Element) -> str:
    clone = node.deepcopy()
    for note in list(clone.findall(footnote_text)):
        note.parent.remove(note)
    return " ".join(clone.astext().split())


def _owning_section(node: nodes.Node) -> nodes.Node | None:
    current = node.parent
    while current is not None and not isinstance(current, nodes.section):
        current = current.parent
    return current


def read_units(document: nodes.document) -> Iterator[Unit]:
    """The units of a finished document, in reading order: of each authored
    section its heading (sections and annexes), then each paragraph
    followed by its footnotes."""
    for section in document.findall(nodes.section):
        ident = section["ids"][0] if section["ids"] else ""
        if ident not in ("preface", "report") and not ident.startswith(_AUTHORED):
            continue  # the contents and the notes are generated
        part = _part_name(ident)
        scope = "body" if ident == "report" or ident.startswith("item-") else ident
        title = section[0]
        if isinstance(title, nodes.title) and ident.startswith(("item-", "annex-")):
            yield Unit(
                text=" ".join(title.astext().split()),
                kind="heading",
                part=part,
                scope=scope,
                file=None,
                line=None,
                where=f"{part}, heading",
            )
        count = 0
        for node in section.findall(nodes.paragraph):
            if node.parent is not section and _owning_section(node) is not section:
                continue
            count += 1
            where = f"{part}, paragraph {count}"
            in_list = isinstance(node.parent, nodes.list_item)
            yield Unit(
                text=_text_without_footnotes(node),
                kind="item" if in_list else "paragraph",
                part=part,
                scope=scope,
                file=node.source,
                line=node.line,
                where=where,
            )
            for number, note in enumerate(node.findall(footnote_text), 1):
                yield Unit(
                    text=" ".join(note.astext().split()),
                    kind="footnote",
                    part=part,
                    scope=scope,
                    file=node.source,
                    line=node.line,
                    where=f"{where}, footnote {number}",
                )
