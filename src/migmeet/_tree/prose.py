"""How the data file's running text reads in a document: each part of a
:class:`~migmeet.Prose` in turn, names by the first-mention rules of
:mod:`.mentions` (the first mention in full, later ones short), links as
links. A document passes what its reader has seen from one text to the
next, so an objective that names IOM after another has named it in full
says "IOM"."""

from __future__ import annotations

from docutils import nodes

from .._model import Document, Person, Prose, ProseLink
from .mentions import (
    Linked,
    Piece,
    Plain,
    Seen,
    merge_plain,
    of_or_from,
    render_mention,
)

__all__ = ["prose_nodes", "prose_pieces", "prose_text"]


def _starts_sentence(before: str) -> bool:
    stripped = before.rstrip()
    return not stripped or stripped.endswith((".", "!", "?", ":"))


def _of_own_organization(parts: tuple[object, ...], index: int) -> bool:
    """Whether the person at ``index`` goes on "of" (or "from") the
    person's own organization: ":person:`x` of the :org:`iom`"."""
    person = parts[index]
    following = parts[index + 1 : index + 3]
    return (
        isinstance(person, Person)
        and person.organization is not None
        and len(following) == 2
        and isinstance(following[0], str)
        and of_or_from(following[0])
        and following[1] == person.organization
    )


def prose_pieces(prose: Prose, seen: Seen = frozenset()) -> tuple[list[Piece], Seen]:
    """The pieces ``prose`` reads as, and what is seen after it."""
    pieces: list[Piece] = []
    before = ""
    said = ""  # the text so far, as it reads (for "resolutions 70/1 and ")
    for index, part in enumerate(prose.parts):
        if isinstance(part, str):
            pieces.append(Plain(part))
            before += part
            said += part
            continue
        if isinstance(part, ProseLink):
            pieces.append(Linked(part.text, part.url, written=True))
            before += part.text
            said += part.text
            continue
        following = prose.parts[index + 1] if index + 1 < len(prose.parts) else ""
        rendered, seen = render_mention(
            part,
            seen,
            sentence_start=_starts_sentence(before),
            followed_by=following if isinstance(following, str) else " ",
            article=not before.rstrip().lower().endswith(("the", "its", "their")),
            preceded_by=said[-120:] if isinstance(part, Document) else "",
            of_own_organization=_of_own_organization(prose.parts, index),
        )
        pieces += rendered
        before += "x"
        said += "".join(_text(piece) for piece in rendered)
    return merge_plain(pieces), seen


def _text(piece: Piece) -> str:
    if isinstance(piece, Plain):
        return piece.text
    if isinstance(piece, Linked):
        return piece.text
    return piece.abbreviation


def prose_text(prose: Prose, seen: Seen = frozenset()) -> tuple[str, Seen]:
    """``prose`` as plain text, and what is seen after it."""
    pieces, seen = prose_pieces(prose, seen)
    return "".join(_text(piece) for piece in pieces), seen


def prose_nodes(
    prose: Prose, seen: Seen = frozenset()
) -> tuple[list[nodes.Node], Seen]:
    """``prose`` as inline docutils nodes (text and links), and what is
    seen after it."""
    pieces, seen = prose_pieces(prose, seen)
    made: list[nodes.Node] = []
    for piece in pieces:
        if isinstance(piece, Linked):
            # A document's link is a symbol, as in the report: never broken
            # at its slashes (the stylesheet's a.symbol).
            classes = [] if piece.written else ["symbol"]
            made.append(
                nodes.reference(
                    piece.text, piece.text, refuri=piece.url, classes=classes
                )
            )
        else:
            made.append(nodes.Text(_text(piece)))
    return made, seen
