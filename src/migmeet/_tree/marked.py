"""The finished report tree with each resolved mention still marked.

:func:`finish_tree` replaces a mention by its text and forgets who it
named, which is all the PDF needs. The exports (JSON, Akoma Ntoso) need
both: the same text, and which person, organization, term or document
each stretch of it names. :func:`finish_marked_tree` runs the very same
transforms, then wraps the nodes each mention became in an ``inline``
of class ``mention`` whose ``entity`` attribute holds the value named.
The wrapping is done after every mention is resolved, so the first-mention
rules read the tree the PDF's do and the text is the same (a test compares
the two). In a person's first mention the organization named in apposition
gets an ``inline`` of its own, inside the person's.
"""

from __future__ import annotations

from docutils import nodes

from .._dsl import Mentionable
from .._model import Person
from .mentions import Piece, Seen, merge_plain, render_mention
from .nodes import MENTION_SCOPE, mention
from .transforms import (
    TRANSFORMS,
    ResolveMentions,
    _has_class,
    _piece_node,
    resolve_mention,
)

__all__ = ["MENTION_CLASS", "finish_marked_tree"]

#: The class of the ``inline`` that holds a resolved mention's nodes.
MENTION_CLASS = "mention"


def _index(parent: nodes.Element, child: nodes.Node) -> int:
    """The child's position by identity: Text nodes compare as strings."""
    return next(i for i, node in enumerate(parent.children) if node is child)


class ResolveAndMarkMentions(ResolveMentions):
    """:class:`ResolveMentions`, keeping which nodes each mention became."""

    def apply(self) -> None:
        resolved: list[tuple[object, list[nodes.Node]]] = []
        for scope in self.document.findall(_has_class(MENTION_SCOPE)):
            seen: Seen = frozenset()
            for node in list(scope.findall(mention)):
                before = seen
                pieces, seen = resolve_mention(node, seen)
                made = _nodes(node["entity"], pieces, before)
                node.replace_self(made)
                resolved.append((node["entity"], made))
        for entity, made in resolved:
            _wrap(entity, made)


def _nodes(entity: Mentionable, pieces: list[Piece], seen: Seen) -> list[nodes.Node]:
    """The nodes a mention's pieces become; in a person's first mention,
    the organization named in apposition marked as a mention of its own
    ("Mr. William Lacy Swing, Director General of [IOM]")."""
    organization = entity.organization if isinstance(entity, Person) else None
    if organization is not None and entity not in seen:
        # As the person's rendering names it: with an article after a
        # function ("Director General of the ..."), without one alone.
        for article in (True, False):
            named, _ = render_mention(organization, seen | {entity}, article=article)
            start = _find(pieces, named)
            if start is not None:
                inner = [_piece_node(piece) for piece in merge_plain(named)]
                wrapper = nodes.inline("", "", *inner, classes=[MENTION_CLASS])
                wrapper["entity"] = organization
                head = [_piece_node(p) for p in merge_plain(pieces[:start])]
                tail = pieces[start + len(named) :]
                return [*head, wrapper, *(_piece_node(p) for p in merge_plain(tail))]
    return [_piece_node(piece) for piece in merge_plain(pieces)]


def _find(pieces: list[Piece], part: list[Piece]) -> int | None:
    """Where ``part`` stands in ``pieces`` (its last place), if it does."""
    for start in range(len(pieces) - len(part), -1, -1):
        if pieces[start : start + len(part)] == part:
            return start
    return None


def _wrap(entity: object, made: list[nodes.Node]) -> None:
    """Put ``made``, neighbours in one parent, into a marked ``inline``."""
    parent = made[0].parent
    if parent is None:  # pragma: no cover - every piece is placed
        return
    start = _index(parent, made[0])
    stretch = parent.children[start : start + len(made)]
    if len(stretch) != len(made) or any(
        a is not b for a, b in zip(stretch, made, strict=True)
    ):
        return  # pragma: no cover - a later mention rewrote a piece
    del parent.children[start : start + len(made)]
    wrapper = nodes.inline("", classes=[MENTION_CLASS])
    wrapper["entity"] = entity
    for node in made:
        node.parent = None
    wrapper.extend(made)
    parent.insert(start, wrapper)


def finish_marked_tree(document: nodes.document) -> nodes.document:
    """Finish ``document`` (in place) as :func:`finish_tree` does, each
    mention's text wrapped in an ``inline`` of class ``mention``."""
    transforms = tuple(
        ResolveAndMarkMentions if transform is ResolveMentions else transform
        for transform in TRANSFORMS
    )
    document.transformer.add_transforms(transforms)
    document.transformer.apply_transforms()
    return document
