"""How a mention reads, by UN practice, given what the reader has already seen.

- A person's first mention gives honorific, full name, function and
  organization ("Mr. William Lacy Swing, Director General of the
  International Organization for Migration (IOM)"); later ones honorific
  and family name ("Mr. Swing").
- An organization or term with an abbreviation is spelled out with the
  abbreviation in parentheses at first mention and abbreviated after; the
  abbreviation never takes an article ("IOM", not "the IOM"). One without
  an abbreviation is spelled out every time.
- A document is its symbol, linked; one without a symbol is its title. A
  resolution cited after the word "resolution" is its number ("General
  Assembly resolution 73/195", "Security Council resolution 2240 (2015)"),
  still linked to its symbol.
- A person's first mention followed by "of" or "from" their own
  organization ("Ms. Ingrid Halvorsen of the IOM") leaves the apposition
  out: the author's words name the organization.

The rules are pure: :func:`render_mention` takes the set of what was seen
and returns the pieces and the new set. The document tree applies them in
reading order.
"""

from __future__ import annotations

import re

import attrs

from .._dsl import Mentionable
from .._model import Document, Organization, Person, Term

__all__ = [
    "Abbreviated",
    "Linked",
    "Piece",
    "Plain",
    "cited_resolution",
    "of_or_from",
    "render_mention",
]


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
    """Text that links to ``url``: a document's symbol or title, or
    (``written``) a link its author wrote with words of their own."""

    text: str
    url: str
    written: bool = False


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
    person: Person,
    seen: Seen,
    followed_by: str,
    preceded_by: str = "",
    of_own_organization: bool = False,
) -> tuple[list[Piece], Seen]:
    if person in seen:
        return [Plain(f"{person.honorific} {person.family_name}")], seen
    seen = seen | {person}
    pieces: list[Piece] = [Plain(f"{person.honorific} {person.full_name}")]
    if of_own_organization and person.organization:
        # "Ms. Ingrid Halvorsen of the IOM": the author names the
        # organization; the apposition ("Director of IOM") would repeat it.
        return pieces, seen
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


_OF_THE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


def of_or_from(text: str) -> bool:
    """Whether ``text``, between a person and an organization, is " of "
    or " from " (and "the"): "Ms. Halvorsen of the IOM"."""
    return _OF_THE.fullmatch(text) is not None


def _continues_sentence(followed_by: str) -> bool:
    text = followed_by.lstrip()
    return bool(text) and text[0] not in _CLOSING_PUNCTUATION


#: A resolution's symbol: "A/RES/73/195", "A/RES/S-21/2", "S/RES/2240 (2015)".
_RESOLUTION_SYMBOL = re.compile(
    r"(?:A/HRC|A|E|S)/RES/(?P<number>(?:ES-|S-)?\d+(?:/\d+)?"
    r"(?:\s?\((?:\d{4}|[IVXLC]+)\))?)"
)
#: A resolution's number as the text cites it: "72/1", "S-21/2", "2240 (2015)".
_CITED = r"(?:[A-Z]/(?:HRC/)?RES/)?(?:ES-|S-)?\d+(?:/\d+)?(?:\s?\(\w+\))?"
#: Text that ends where a resolution's number is cited: "resolution ",
#: "resolutions 72/1 and ", "resolutions 70/1, 71/1 and ".
_AFTER_RESOLUTION = re.compile(
    rf"\bresolutions?\s+(?:{_CITED}(?:\s*,\s*|\s*,?\s+(?:and|or)\s+))*$",
    re.IGNORECASE,
)


def cited_resolution(symbol: str, preceded_by: str) -> str | None:
    """The number a resolution with ``symbol`` is cited by after the text
    ``preceded_by`` ("73/195" after "General Assembly resolution "), or
    None where the symbol stands (elsewhere, or not a resolution)."""
    match = _RESOLUTION_SYMBOL.fullmatch(symbol)
    if match is None or _AFTER_RESOLUTION.search(preceded_by) is None:
        return None
    return match["number"]


def _document(document: Document, preceded_by: str) -> list[Piece]:
    if document.symbol is None:
        text = document.title
    else:
        text = str(document.symbol)
        text = cited_resolution(text, preceded_by) or text
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
    of_own_organization: bool = False,
) -> tuple[list[Piece], Seen]:
    """The pieces ``entity`` reads as, and what has been seen after it.

    ``sentence_start`` capitalizes a leading article ("The International
    Organization for Migration (IOM) ..."). ``followed_by`` is the text
    after the mention: a person's first mention closes its apposition with
    a comma when the sentence goes on ("Mr. William Lacy Swing, Director
    General of ..., referred to ..."). ``article`` False leaves out the
    name's own article, where the text gives one already. ``preceded_by``
    is the sentence's text before a mention: where it gives a person's
    function already, their first mention does not repeat it; a resolution
    after "resolution " is cited by its number. ``of_own_organization``
    says the text goes on "of" or "from" the person's own organization,
    which a first mention then leaves out of its apposition.
    """
    if isinstance(entity, Person):
        return _person(entity, seen, followed_by, preceded_by, of_own_organization)
    if isinstance(entity, Organization | Term):
        return _named(entity, seen, article=article, capitalize=sentence_start)
    return _document(entity, preceded_by), seen


def merge_plain(pieces: list[Piece]) -> list[Piece]:
    """Join neighbouring plain pieces, so that text reads as one run."""
    merged: list[Piece] = []
    for piece in pieces:
        if merged and isinstance(piece, Plain) and isinstance(merged[-1], Plain):
            merged[-1] = Plain(merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged
