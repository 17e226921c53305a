"""The report's text as JSON values: the text part of the JSON export.

Read from the finished tree the PDF is made of, with each mention marked
(:mod:`migmeet._tree.marked`), so the text is the PDF's, first mentions in
full. Each part (preface, introduction, a chapter per agenda item with its
numeral, subsections, annexes) holds its blocks; a paragraph is its text,
the people, organizations, terms and documents it names (by id, a document
by its symbol or title), and its footnotes; a list is its items.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from docutils import nodes

from .._model import Document, Organization, Person, Term
from .._tree.entity_ids import Entity
from .._tree.marked import MENTION_CLASS
from .._tree.nodes import footnote_text
from .report_parts import Part, report_parts, section_blocks

__all__ = ["report_text"]

_KINDS = ((Person, "person"), (Organization, "organization"), (Term, "term"))


def _mention(entity: Entity, ids: Mapping[Entity, str]) -> dict[str, str]:
    if isinstance(entity, Document):
        text = str(entity.symbol) if entity.symbol is not None else entity.title
        return {"document": text}
    kind = next(label for cls, label in _KINDS if isinstance(entity, cls))
    return {kind: ids[entity]}


def _text(node: nodes.Node) -> str:
    """The node's text without its footnotes' text."""
    if isinstance(node, footnote_text):
        return ""
    if isinstance(node, nodes.Text):
        return node.astext()
    assert isinstance(node, nodes.Element)
    return "".join(_text(child) for child in node.children)


def _mentions(node: nodes.Element, ids: Mapping[Entity, str]) -> list[dict[str, str]]:
    found = []
    for inline in node.findall(nodes.inline):
        marked = MENTION_CLASS in inline["classes"] and "entity" in inline.attributes
        in_note = any(isinstance(a, footnote_text) for a in _ancestors(inline, node))
        if marked and not in_note:
            found.append(_mention(inline["entity"], ids))
    return found


def _ancestors(node: nodes.Node, top: nodes.Node) -> list[nodes.Node]:
    found = []
    parent = node.parent
    while parent is not None and parent is not top:
        found.append(parent)
        parent = parent.parent
    return found


def _paragraph(node: nodes.Element, ids: Mapping[Entity, str]) -> dict[str, Any]:
    notes = [
        {"text": note.astext(), "mentions": _mentions(note, ids)}
        for note in node.findall(footnote_text)
    ]
    made: dict[str, Any] = {"text": _text(node), "mentions": _mentions(node, ids)}
    if notes:
        made["footnotes"] = notes
    return made


def _block(node: nodes.Element, ids: Mapping[Entity, str]) -> dict[str, Any]:
    if isinstance(node, nodes.bullet_list | nodes.enumerated_list):
        items: list[dict[str, Any]] = []
        for item in node.children:
            assert isinstance(item, nodes.Element)
            items.extend(_block(child, ids) for child in section_children(item))
        kind = "bullets" if isinstance(node, nodes.bullet_list) else "numbered"
        return {"list": kind, "items": items}
    return _paragraph(node, ids)


def section_children(node: nodes.Element) -> list[nodes.Element]:
    return [child for child in node.children if isinstance(child, nodes.Element)]


def _part(part: Part, ids: Mapping[Entity, str]) -> dict[str, Any]:
    made: dict[str, Any] = {}
    if part.number:
        made["number"] = part.number
    made["heading"] = part.heading
    ident = part.section["ids"][0] if part.section["ids"] else ""
    if part.kind == "chapter" and ident.startswith("item-"):
        made["agenda_item"] = int(ident.removeprefix("item-"))
    made["blocks"] = [_block(block, ids) for block in section_blocks(part.section)]
    if part.subparts:
        made["subsections"] = [_part(sub, ids) for sub in part.subparts]
    return made


def report_text(document: nodes.document, ids: Mapping[Entity, str]) -> dict[str, Any]:
    """The report's parts as JSON values, from its finished, marked tree."""
    parts = report_parts(document)
    text: dict[str, Any] = {}
    for kind in ("preface", "introduction"):
        found = [p for p in parts if p.kind == kind]
        if found:
            text[kind] = _part(found[0], ids)
    text["sections"] = [_part(p, ids) for p in parts if p.kind == "chapter"]
    text["annexes"] = [_part(p, ids) for p in parts if p.kind == "annex"]
    return text
