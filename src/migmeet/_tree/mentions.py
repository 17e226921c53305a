"""How a mention reads, by UN practice, given what the reader has already seen.

- A person's first mention gives honorific, full name, function and
  organization ("Mr. William Lacy Swing, Director General of the
  International Organization for Migration (IOM)"); later ones honorific
  and family name ("Mr. Swing").
- An organization or term with an abbreviation is spelled out with the
  abbreviation in parentheses at first mention and abbreviated after; the
  abbreviation never takes an article ("IOM", not "the IOM"). One without
  an abbreviation is spelled out every time.
- A document is its symbol, linked; one without a symbol is its title.

The rules are pure: :func:`render_mention` takes the set of what was seen
and returns the pieces and the new set. The document tree applies them in
reading order.
"""

from __future__ import annotations

import attrs

from .._dsl import Mentionable
from .._model import Document, Organization, Person, Term

__all__ = ["Abbreviated", "Linked", "Piece", "Plain", "render_mention"]


@attrs.frozen
class Plain:
    """Text as it stands."""

    text: str


@attrs.frozen
class Abbreviated:
    """An abbreviation, with the name it stands for."""

    abbreviation: str
    expansion: str


@attrs.frozen
class Linked:
    """Text that links to ``url``."""

    text: str
    url: str


Piece = Plain | Abbreviated | Linked
_CLOSING_PUNCTUATION = ".,;:!?)]\u2019\"'"
Seen = frozenset[Mentionable]


def _named(
    entity: Organization | Term, seen: Seen, *, article: bool, capitalize: bool
) -> tuple[list[Piece], Seen]:
    the = (
        ("The " if capitalize else "the ")
        if article and entity.definite_article
        else ""
    )
    if entity.abbreviation is not None and entity in seen:
        abbreviated = Abbreviated(entity.abbreviation, entity.name)
        if the and isinstance(entity, Term):
            # A term keeps its article when abbreviated ("the CRRF"); an
            # organization's abbreviation never takes one ("IOM").
            return [Plain(the), abbreviated], seen
        return [abbreviated], seen
    if entity.abbreviation is None:
        return [Plain(the + entity.name)], seen
    pieces: list[Piece] = [
        Plain(f"{the}{entity.name} ("),
        Abbreviated(entity.abbreviation, entity.name),
        Plain(")"),
    ]
    return pieces, seen | {entity}


def _person(
    person: Person, seen: Seen, followed_by: str, preceded_by: str = ""
) -> tuple[list[Piece], Seen]:
    if person in seen:
        return [Plain(f"{person.honorific} {person.family_name}")], seen
    seen = seen | {person}
    pieces: list[Piece] = [Plain(f"{person.honorific} {person.full_name}")]
    if person.function and person.function.casefold() in preceded_by.casefold():
        # The sentence has said who they are ("The Director of the
        # Population Division, Mr. John Wilmoth, ..."): not said again.
        return pieces, seen
    organization = person.organization
    if person.function and organization:
        pieces.append(Plain(f", {person.function} of "))
        named, seen = _named(organization, seen, article=True, capitalize=False)
        pieces += named
    elif person.function:
        pieces.append(Plain(f", {person.function}"))
    elif organization:
        # In apposition the name stands without an article: "Professor
        # Rey Koslowski, State University of New York at Albany".
        pieces.append(Plain(", "))
        named, seen = _named(organization, seen, article=False, capitalize=False)
        pieces += named
    if len(pieces) > 1 and _continues_sentence(followed_by):
        # The apposition closes with a comma before the sentence goes on.
        pieces.append(Plain(","))
    return pieces, seen


def _continues_sentence(followed_by: str) -> bool:
    text = followed_by.lstrip()
    return bool(text) and text[0] not in _CLOSING_PUNCTUATION


def _document(document: Document) -> list[Piece]:
    text = str(document.symbol) if document.symbol is not None else document.title
    link = document.link
    return [Linked(text, link)] if link else [Plain(text)]


def render_mention(
    entity: Mentionable,
    seen: Seen,
    *,
    sentence_start: bool = False,
    followed_by: str = "",
    article: bool = True,
    preceded_by: str = "",
) -> tuple[list[Piece], Seen]:
    """The pieces ``entity`` reads as, and what has been seen after it.

    ``sentence_start`` capitalizes a leading article ("The International
    Organization for Migration (IOM) ..."). ``followed_by`` is the text
    after the mention: a person's first mention closes its apposition with
    a comma when the sentence goes on ("Mr. William Lacy Swing, Director
    General of ..., referred to ..."). ``article`` False leaves out the
    name's own article, where the text gives one already. ``preceded_by``
    is the sentence's text before a mention: where it gives a person's
    function already, their first mention does not repeat it.
    """
    if isinstance(entity, Person):
        return _person(entity, seen, followed_by, preceded_by)
    if isinstance(entity, Organization | Term):
        return _named(entity, seen, article=article, capitalize=sentence_start)
    return _document(entity), seen


def merge_plain(pieces: list[Piece]) -> list[Piece]:
    """Join neighbouring plain pieces, so that text reads as one run."""
    merged: list[Piece] = []
    for piece in pieces:
        if merged and isinstance(piece, Plain) and isinstance(merged[-1], Plain):
            merged[-1] = Plain(merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged
