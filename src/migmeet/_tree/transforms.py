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
4. :class:`AlignNumerals` (730) sets apart the numerals of an annex's
   numbered paragraphs, for CSS to align.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from docutils import nodes
from docutils.transforms import Transform

from .._model import Document, Organization, Person, Term
from .._style import abbreviation_sort_key, used_attributively
from .mentions import (
    Abbreviated,
    Piece,
    Plain,
    Seen,
    merge_plain,
    of_or_from,
    render_mention,
)
from .nodes import (
    IN_CONTENTS,
    MENTION_SCOPE,
    abbreviation_list,
    contents_list,
    mark_role_made,
    mention,
)

__all__ = [
    "TRANSFORMS",
    "AlignNumerals",
    "BuildContents",
    "ListAbbreviations",
    "ResolveMentions",
]

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
        if isinstance(parent, nodes.paragraph) and _continues_lead(parent):
            return False
        if isinstance(parent, nodes.paragraph | nodes.title):
            return True
        node = parent


def _continues_lead(paragraph: nodes.paragraph) -> bool:
    """Whether ``paragraph`` opens an item of a list that continues the
    sentence before it ("recommended that:"), its items in lower case."""
    item = paragraph.parent
    if not isinstance(item, nodes.list_item) or item.index(paragraph) != 0:
        return False
    listing = item.parent
    lead = listing.parent.index(listing) if listing.parent is not None else 0
    before = listing.parent[lead - 1].astext().rstrip() if lead > 0 else ""
    if not before.endswith(":"):
        return False
    others = [
        other.children[0].astext().lstrip()[:1]
        for other in listing.children
        if other is not item
        and isinstance(other, nodes.list_item)
        and other.children
        and isinstance(other.children[0], nodes.paragraph)
    ]
    return any(first.islower() for first in others)


def _text_after(node: nodes.Node) -> str:
    """The text that follows ``node`` in its paragraph, up to the next node."""
    parent = node.parent
    index = parent.index(node)
    return parent[index + 1].astext() if index + 1 < len(parent) else ""


def _sentence_before(node: nodes.Node) -> str:
    """The text of ``node``'s sentence before it, as far as the node before
    it in its paragraph holds it."""
    parent = node.parent
    index = parent.index(node)
    before = parent[index - 1].astext() if index > 0 else ""
    ends = [before.rfind(end + " ") for end in _SENTENCE_ENDS]
    return before[max(ends) + 1 :] if max(ends) >= 0 else before


#: Enough of the following text to tell a noun after a name.
_LOOKAHEAD = 40


def _words_after(node: nodes.Node) -> str:
    """The text after ``node`` in its paragraph, across the nodes that
    follow (an emphasis, a link: "the :org:`icpd` *Programme of Action*"),
    as far as tells the word after it; a mention that follows reads as a
    name ("Name"), since it is resolved in its turn."""
    parent = node.parent
    text = ""
    for sibling in parent[parent.index(node) + 1 :]:
        text += " Name" if isinstance(sibling, mention) else sibling.astext()
        if len(text) >= _LOOKAHEAD:
            break
    return text


#: How far back the text before a mention is read: enough for a list of
#: resolutions ("resolutions 70/1, 71/1 and ").
_LOOKBEHIND = 120


def _text_before(node: nodes.Node) -> str:
    """The text before ``node`` in its paragraph (mentions before it are
    resolved by then), as far back as :data:`_LOOKBEHIND`."""
    parent = node.parent
    text = ""
    for sibling in reversed(parent[: parent.index(node)]):
        text = sibling.astext() + text
        if len(text) >= _LOOKBEHIND:
            break
    return text[-_LOOKBEHIND:]


def _of_own_organization(node: mention) -> bool:
    """Whether a person's mention goes on "of" or "from" (and "the") the
    person's own organization: ":person:`swing` of the :org:`iom`"."""
    person = node["entity"]
    if not isinstance(person, Person) or person.organization is None:
        return False
    parent = node.parent
    index = parent.index(node)
    following = parent[index + 1 : index + 3]
    return (
        len(following) == 2
        and isinstance(following[0], nodes.Text)
        and of_or_from(following[0].astext())
        and isinstance(following[1], mention)
        and following[1]["entity"] == person.organization
    )


def _piece_node(piece: Piece) -> nodes.Node:
    """The node of a mention's piece, marked as made by its role."""
    node: nodes.Node
    if isinstance(piece, Plain):
        node = nodes.Text(piece.text)
    elif isinstance(piece, Abbreviated):
        node = nodes.abbreviation("", piece.abbreviation, explanation=piece.expansion)
    else:
        node = nodes.reference("", piece.text, refuri=piece.url, classes=["symbol"])
    return mark_role_made(node)


#: Words after which a term's own article is not added: the author has
#: given the noun its determiner already ("the first IMRF", "its SDGs").
_DETERMINER = re.compile(
    r"(?:^|\s)(?:the|a|an|its|their|his|her|our|this|that|these|those|each|"
    r"every|any|no|first|second|third|last|next|previous|same|such)\s+$",
    re.IGNORECASE,
)


def _article_before(node: mention) -> bool:
    """Decide the article before an organization or term; return whether
    the rendered name may add its own.

    An organization owns its article: the spelled-out name takes "the",
    the abbreviation never does ("IOM", not "the IOM"), so one the author
    writes is dropped, unless the name stands before another noun whose
    article it is ("the ICPD Programme of Action"). A term keeps the
    article its author writes ("the SDGs"), and adds its definition's only
    where the author gave the noun no determiner.
    """
    entity = node["entity"]
    if not isinstance(entity, Organization | Term):
        return True
    parent = node.parent
    index = parent.index(node)
    previous = parent[index - 1] if index > 0 else None
    before = previous.astext() if isinstance(previous, nodes.Text) else ""
    if isinstance(entity, Term):
        return _DETERMINER.search(before) is None
    match = _TRAILING_ARTICLE.search(before)
    if match is None:
        return True
    if used_attributively(_words_after(node)):
        return False  # the author's "the" belongs to the noun after the name
    assert isinstance(previous, nodes.Text)
    # By position: a Text node is a string, and ``replace`` would take the
    # first equal one ("and the " twice in a paragraph).
    parent[index - 1] = nodes.Text(before[: match.start(1)])
    return True


def resolve_mention(node: mention, seen: Seen) -> tuple[list[Piece], Seen]:
    """The pieces the mention ``node`` reads as where it stands, and what
    has been seen after it (the author's article before it is dropped
    where the name gives its own)."""
    article = _article_before(node)  # first: it may drop the text's "the"
    return render_mention(
        node["entity"],
        seen,
        sentence_start=_at_sentence_start(node),
        followed_by=_text_after(node),
        article=article,
        # A document looks further back, past the resolutions cited
        # before it ("resolutions 70/1 and :doc:`x`").
        preceded_by=(
            _text_before(node)
            if isinstance(node["entity"], Document)
            else _sentence_before(node)
        ),
        of_own_organization=_of_own_organization(node),
    )


class ResolveMentions(Transform):
    """Replace every mention with its text, first mentions in full."""

    default_priority = 700

    def apply(self) -> None:
        for scope in self.document.findall(_has_class(MENTION_SCOPE)):
            seen: Seen = frozenset()
            for node in list(scope.findall(mention)):
                pieces, seen = resolve_mention(node, seen)
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
            elif "annex" in section["classes"]:
                level = "annex"
            title = section[0]
            link = nodes.reference(
                "", "", *title.deepcopy().children, refid=section["ids"][0]
            )
            entries.append(nodes.paragraph("", "", link, classes=["toc-entry", level]))
        for placeholder in list(self.document.findall(contents_list)):
            placeholder.replace_self(nodes.container("", *entries, classes=["toc"]))


_NUMBERED = re.compile(r"((?:[IVXLCDM]+|\d+)\.)(\s)")


class AlignNumerals(Transform):
    """Mark an annex's numbered paragraphs ("I. Opening of the meeting"),
    their numeral apart, so that numerals and texts align."""

    default_priority = 730

    def apply(self) -> None:
        for annex in self.document.findall(_has_class("annex")):
            for paragraph in annex.findall(nodes.paragraph):
                first = paragraph.children[0] if paragraph.children else None
                if not isinstance(first, nodes.Text):
                    continue
                match = _NUMBERED.match(first.astext())
                if match is None:
                    continue
                rest = first.astext()[match.end(1) :]
                paragraph.replace(first, nodes.Text(rest))
                paragraph.insert(
                    0, nodes.inline("", match.group(1), classes=["number"])
                )
                paragraph["classes"].append("numbered")


TRANSFORMS = (ResolveMentions, ListAbbreviations, BuildContents, AlignNumerals)


def finish_tree(document: nodes.document) -> nodes.document:
    """Run migmeet's transforms on ``document`` (in place) and return it."""
    document.transformer.add_transforms(TRANSFORMS)
    document.transformer.apply_transforms()
    return document
