"""Transforms that finish the document tree, whatever built it.

They run in this order (docutils priorities):

1. :class:`ResolveMentions` (700) replaces each mention by its text, by the
   rules of :mod:`migmeet._mentions`, in reading order within each part
   that counts first mentions afresh (the preface, the body, each annex).
2. :class:`ListAbbreviations` (710) fills the list of abbreviations with
   exactly those the text uses, plus any the author adds, sorted ignoring
   case and spaces.
3. :class:`BuildContents` (720) fills the contents with a linked entry per
   listed part; the page numbers are left to CSS ``target-counter``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from docutils import nodes
from docutils.transforms import Transform

from .._model import Organization, Term
from .._style import abbreviation_sort_key
from .mentions import (
    Abbreviated,
    Piece,
    Plain,
    Seen,
    merge_plain,
    render_mention,
)
from .nodes import (
    IN_CONTENTS,
    MENTION_SCOPE,
    abbreviation_list,
    contents_list,
    mention,
)

__all__ = ["TRANSFORMS", "BuildContents", "ListAbbreviations", "ResolveMentions"]

_SENTENCE_ENDS = (".", "!", "?")
_TRAILING_ARTICLE = re.compile(r"(?:^|\s)(the\s+)$", re.IGNORECASE)


def _has_class(name: str) -> Callable[[nodes.Node], bool]:
    return lambda node: isinstance(node, nodes.Element) and name in node["classes"]


def _at_sentence_start(node: nodes.Node) -> bool:
    """Whether ``node`` begins a sentence: first in its paragraph, or after
    a full stop, question or exclamation mark."""
    while True:
        parent = node.parent
        if parent is None:
            return True
        index = parent.index(node)
        if index > 0:
            text = parent[index - 1].astext().rstrip()
            return not text or text.endswith(_SENTENCE_ENDS)
        if isinstance(parent, nodes.paragraph | nodes.title):
            return True
        node = parent


def _text_after(node: nodes.Node) -> str:
    """The text that follows ``node`` in its paragraph, up to the next node."""
    parent = node.parent
    index = parent.index(node)
    return parent[index + 1].astext() if index + 1 < len(parent) else ""


def _piece_node(piece: Piece) -> nodes.Node:
    if isinstance(piece, Plain):
        return nodes.Text(piece.text)
    if isinstance(piece, Abbreviated):
        return nodes.abbreviation("", piece.abbreviation, explanation=piece.expansion)
    return nodes.reference("", piece.text, refuri=piece.url, classes=["symbol"])


def _absorb_article(node: mention) -> None:
    """Drop an article the author wrote before a name that owns its article.

    The rendered name decides whether "the" stands before it: the spelled-out
    name takes it, the abbreviation never does ("IOM", not "the IOM").
    """
    if not isinstance(node["entity"], Organization | Term):
        return
    parent = node.parent
    index = parent.index(node)
    previous = parent[index - 1] if index > 0 else None
    if not isinstance(previous, nodes.Text):
        return
    match = _TRAILING_ARTICLE.search(previous.astext())
    if match:
        parent.replace(previous, nodes.Text(previous.astext()[: match.start(1)]))


class ResolveMentions(Transform):
    """Replace every mention with its text, first mentions in full."""

    default_priority = 700

    def apply(self) -> None:
        for scope in self.document.findall(_has_class(MENTION_SCOPE)):
            seen: Seen = frozenset()
            for node in list(scope.findall(mention)):
                _absorb_article(node)
                pieces, seen = render_mention(
                    node["entity"],
                    seen,
                    sentence_start=_at_sentence_start(node),
                    followed_by=_text_after(node),
                )
                node.replace_self([_piece_node(piece) for piece in merge_plain(pieces)])


def _sentence_case(name: str) -> str:
    """A list entry starts with a capital: "Comprehensive refugee response ..."."""
    return name[:1].upper() + name[1:]


class ListAbbreviations(Transform):
    """Fill the list of abbreviations from the abbreviations in the text."""

    default_priority = 710

    def apply(self) -> None:
        used = {
            node.astext(): node["explanation"]
            for node in self.document.findall(nodes.abbreviation)
        }
        for placeholder in list(self.document.findall(abbreviation_list)):
            entries = dict(used)
            for entity in placeholder["extra"]:
                entries.setdefault(entity.abbreviation, entity.name)
            items = [
                nodes.definition_list_item(
                    "",
                    nodes.term("", abbreviation),
                    nodes.definition(
                        "", nodes.paragraph("", _sentence_case(entries[abbreviation]))
                    ),
                )
                for abbreviation in sorted(entries, key=abbreviation_sort_key)
            ]
            placeholder.replace_self(
                nodes.definition_list("", *items, classes=["abbreviations"])
            )


class BuildContents(Transform):
    """Fill the contents with one linked entry per listed part."""

    default_priority = 720

    def apply(self) -> None:
        entries = []
        for section in self.document.findall(nodes.section):
            if IN_CONTENTS not in section["classes"]:
                continue
            level = "front" if "front" in section["classes"] else "body"
            if "chapter" in section["classes"]:
                level = "chapter"
            title = section[0]
            link = nodes.reference(
                "", "", *title.deepcopy().children, refid=section["ids"][0]
            )
            entries.append(nodes.paragraph("", "", link, classes=["toc-entry", level]))
        for placeholder in list(self.document.findall(contents_list)):
            placeholder.replace_self(nodes.container("", *entries, classes=["toc"]))


TRANSFORMS = (ResolveMentions, ListAbbreviations, BuildContents)


def finish_tree(document: nodes.document) -> nodes.document:
    """Run migmeet's transforms on ``document`` (in place) and return it."""
    document.transformer.add_transforms(TRANSFORMS)
    document.transformer.apply_transforms()
    return document
