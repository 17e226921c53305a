"""The parts of a finished report tree, as the exports read them.

The tree (:func:`migmeet._tree.marked.finish_marked_tree`) is laid out for
print: a title page, contents, explanatory notes, then the body. The
exports want the report's own parts: the preface, the introduction under
the report's heading, a chapter per agenda item (its numeral and heading,
its lettered subsections) and the annexes. :func:`report_parts` finds them.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs
from docutils import nodes

__all__ = ["Part", "report_parts", "section_blocks"]


@attrs.frozen(kw_only=True)
class Part:
    """A part of the report: ``kind`` is "preface", "introduction",
    "chapter", "subsection" or "annex"; ``number`` is "I", "A" or "" and
    ``heading`` the title without it."""

    kind: str
    number: str
    heading: str
    section: nodes.section = attrs.field(eq=False)
    subparts: tuple[Part, ...] = ()


def _id(section: nodes.Element) -> str:
    ids = section["ids"]
    return str(ids[0]) if ids else ""


def _title(section: nodes.section) -> tuple[str, str]:
    """A section's number ("I", "A", "I" of "Annex I") and heading."""
    title = section[0]
    assert isinstance(title, nodes.title)
    number = ""
    heading: list[str] = []
    for child in title.children:
        classes = child["classes"] if isinstance(child, nodes.Element) else []
        if "number" in classes:
            number = child.astext().removeprefix("Annex").strip().rstrip(".")
        else:
            heading.append(child.astext())
    return number, "".join(heading).strip()


def section_blocks(section: nodes.section) -> Iterator[nodes.Element]:
    """The section's own blocks: paragraphs and lists, not its title or
    its subsections."""
    for child in section.children:
        if isinstance(child, nodes.Element) and not isinstance(
            child, nodes.title | nodes.section
        ):
            yield child


def _part(kind: str, section: nodes.section) -> Part:
    number, heading = _title(section)
    subparts = tuple(
        _part("subsection", child)
        for child in section.children
        if isinstance(child, nodes.section) and "subsection" in child["classes"]
    )
    return Part(
        kind=kind, number=number, heading=heading, section=section, subparts=subparts
    )


def report_parts(document: nodes.document) -> list[Part]:
    """The preface, the introduction, the chapters and the annexes, in order."""
    parts: list[Part] = []
    for section in document.findall(nodes.section):
        classes, ident = section["classes"], _id(section)
        if ident == "preface":
            parts.append(_part("preface", section))
        elif ident == "report":
            parts.append(_part("introduction", section))
        elif "chapter" in classes:
            parts.append(_part("chapter", section))
        elif "annex" in classes:
            parts.append(_part("annex", section))
    return parts
