"""The data file's names found in a draft's text, and the names it lacks.

Every way the report prints an entity is a form to find: what
:func:`~migmeet._tree.mentions.render_mention` writes at a first mention
(a person with function and organization, the organization spelled out or
already abbreviated) and at a later one, with or without the honorific;
an organization or term spelled out, as "name (ABBR)", or abbreviated; a
document's symbol or title. The forms are not re-derived here: they are
the renderer's own strings, so that the role written in their place prints
the same text again.

All forms go into one regular expression, longest first, so a person's
full form wins over the organization inside it and the text is scanned
once whatever the number of entities. An author's "the" before a name
stays in the text: the renderer decides whether it stands.

What looks like a name but is none of the data file's (a run of
capitalized words, an honorific and a name, a word in capitals) is
reported, so the rapporteur can add it and import again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import attrs

from .._model import Document, Organization, Person, Term
from .._tree.mentions import Abbreviated, Linked, Piece, Plain, render_mention
from .meeting_data import MeetingData

__all__ = ["Found", "NameMatcher"]


@attrs.frozen
class Found:
    """A name in the text: its role and key."""

    role: str
    key: str


def _text(pieces: list[Piece]) -> str:
    parts = []
    for piece in pieces:
        if isinstance(piece, Abbreviated):
            parts.append(piece.abbreviation)
        elif isinstance(piece, Plain | Linked):
            parts.append(piece.text)
    return "".join(parts)


def _person_forms(person: Person) -> Iterator[str]:
    seen_org = frozenset({person.organization}) if person.organization else frozenset()
    for seen in (frozenset(), seen_org):
        full = _text(render_mention(person, seen)[0])
        yield full
        yield full.removeprefix(f"{person.honorific} ")
    short = _text(render_mention(person, frozenset({person}))[0])
    yield short
    yield f"{person.honorific} {person.full_name}"
    yield person.full_name
    if len(person.family_name) > 2:
        yield person.family_name


def _named_forms(entity: Organization | Term) -> Iterator[str]:
    for seen in (frozenset(), frozenset({entity})):
        yield _text(render_mention(entity, seen, article=False)[0])
    yield entity.name


def _document_forms(document: Document) -> Iterator[str]:
    # The report prints a document by its symbol: its title is a role only
    # where the document has none, as the report would print it otherwise.
    yield _text(render_mention(document, frozenset())[0])


def _pattern(form: str) -> str:
    # A space in a form matches any run of spaces, a no-break one too.
    return r"\s+".join(re.escape(word) for word in form.split())


_HONORIFIC = r"(?:Mr|Ms|Mrs|Dr|Prof|Professor|Ambassador|H\.E|Sir|Dame)\.?"
_CAPITALIZED = r"[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*"
_CONNECTOR = r"(?:of|for|and|on|the|de|la|du|von|van)"
#: A name-like run: an honorific and names, or two capitalized words or
#: more (with "of", "for" ... between them), or a word in capitals.
_NAME_LIKE = re.compile(
    rf"(?<![\w.]){_HONORIFIC}\s+{_CAPITALIZED}(?:\s+{_CAPITALIZED})*"
    rf"|(?<!\w){_CAPITALIZED}(?:\s+(?:{_CONNECTOR}\s+)*{_CAPITALIZED})+"
    r"|(?<!\w)[A-Z][A-Z0-9&-]*[A-Z](?:s\b)?(?!\w)"
)
#: Capitalized phrases that are the house's own words, never entities.
_COMMON = frozenset(
    {
        "United Nations",
        "Member States",
        "Member State",
        "General Assembly",
        "Secretary-General",
    }
)


#: Capitalized at the start of a sentence, not as part of a name.
_SENTENCE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "As",
        "By",
        "For",
        "From",
        "With",
        "See",
        "Its",
        "His",
        "Her",
        "Their",
        "This",
        "That",
    ]
)
_ROMAN = re.compile(r"[IVXLCDM]+")


@attrs.frozen
class NameMatcher:
    """The forms of a data file's entities, as one expression."""

    pattern: re.Pattern[str] | None
    keys: Mapping[str, Found]
    #: The documents' titles, one a line: a name inside one is known.
    titles: str = ""

    @classmethod
    def of(cls, data: MeetingData) -> NameMatcher:
        forms: dict[str, Found] = {}
        kinds: list[tuple[str, Mapping[str, object]]] = [
            # Least specific first: a person's form wins over an
            # organization's equal one, as the longer context says more.
            ("doc", data.documents),
            ("term", data.terms),
            ("org", data.organizations),
            ("person", data.people),
        ]
        for role, entities in kinds:
            for key, entity in sorted(entities.items()):
                if isinstance(entity, Person):
                    made: Iterator[str] = _person_forms(entity)
                elif isinstance(entity, Organization | Term):
                    made = _named_forms(entity)
                elif isinstance(entity, Document):
                    made = _document_forms(entity)
                else:
                    continue
                for form in made:
                    normal = " ".join(form.split())
                    if normal and normal.casefold() not in ("the",):
                        forms[normal] = Found(role, key)
        titles = "\n".join(d.title for _, d in sorted(data.documents.items()))
        if not forms:
            return cls(None, {}, titles)
        ordered = sorted(forms, key=lambda form: (-len(form), form))
        alternation = "|".join(f"(?:{_pattern(form)})" for form in ordered)
        pattern = re.compile(rf"(?<![\w/.-])(?:{alternation})(?![\w/-]|\.\w)")
        return cls(pattern, forms, titles)

    def split(self, text: str) -> list[str | Found]:
        """``text`` cut into plain strings and the names found in it."""
        if self.pattern is None:
            return [text] if text else []
        pieces: list[str | Found] = []
        end = 0
        for match in self.pattern.finditer(text):
            if match.start() > end:
                pieces.append(text[end : match.start()])
            pieces.append(self.keys[" ".join(match.group().split())])
            end = match.end()
        if end < len(text):
            pieces.append(text[end:])
        return pieces

    def unknown(self, text: str) -> list[str]:
        """The name-like words of ``text`` (with no known name in it)."""
        found = []
        for match in _NAME_LIKE.finditer(text):
            name = match.group()
            words = name.split()
            # A capitalized first word may only start the sentence.
            while words and words[0] in _SENTENCE_OPENERS:
                words = words[1:]
            name = " ".join(words)
            if (
                name
                and name not in _COMMON
                and (len(words) > 1 or name.isupper())
                and not _ROMAN.fullmatch(name)
                and name not in self.titles
            ):
                found.append(name)
        return found
