"""The rule on abbreviations spelled out in the text: one abbreviation
spelled out two ways, or otherwise than the data file names it.

A definition is a name in capitalized words (with the small words of names:
"of", "and", "for", "the" ...) followed by its abbreviation in parentheses:
"the Commission on Population and Development (CPD)". The name is read back
from the parenthesis: of the capitalized words before it, those whose
initials spell the abbreviation ("International Organization for Migration
(IOM)", not "Director General of the International ..."), else those from
the first word starting with the abbreviation's first letter ("United
Nations Children's Fund (UNICEF)").

Two names are the same if they differ only in case, articles, spacing and
hyphens ("Co-operation", "Cooperation"), or if one is the other with more
words before it: "Office of the United Nations High Commissioner for
Refugees" and "United Nations High Commissioner for Refugees" are one name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

from ..._findings import Finding, check_finding
from .notes import is_note_word

__all__ = ["Definition", "abbreviation_definitions", "spelled_two_ways"]

_SMALL_WORDS = frozenset(
    re.findall(
        r"\S+",
        "of and for on the in to with against at by from de la le les des du del et "
        "y e el los las a an &",
    )
)
_ARTICLES = frozenset({"the", "a", "an"})
_DEFINED = re.compile(r"\((?P<abbr>[A-Z][A-Za-z0-9&\-]*(?: [A-Z][A-Za-z0-9&\-]*)?)\)")
_ROMAN = re.compile(r"[IVXLCDM]+\Z")
_WORD = re.compile(r"\S+")
_MAX_WORDS = 16


@attrs.frozen
class Definition:
    """An abbreviation spelled out in a text: "International Organization
    for Migration (IOM)"; ``text`` is the definition as written there."""

    abbreviation: str
    name: str
    words_before: str
    text: str


def _letters(abbreviation: str) -> str:
    """The capitals an abbreviation is made of: "UNW" for "UN-Women"."""
    return "".join(c for c in abbreviation if c.isupper())


def _capitalized(word: str) -> bool:
    return word[:1].isupper()


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if _capitalized(w))


def _run(before: str) -> list[re.Match[str]]:
    """The words of a name that end ``before``: capitalized words and the
    small words of names, commas between them allowed."""
    words = list(_WORD.finditer(before))
    run: list[re.Match[str]] = []
    for index in range(len(words) - 1, max(-1, len(words) - 1 - _MAX_WORDS), -1):
        raw = words[index].group(0)
        word = raw.rstrip(",")
        if raw != word and not run:
            break  # "..., (IOM)"
        if not re.fullmatch(r"[\w’'&\-]+", word):
            break
        if not (_capitalized(word) or word.lower() in _SMALL_WORDS):
            break
        run.insert(0, words[index])
    while run and not _capitalized(run[0].group(0)):
        run.pop(0)
    return run


def _name_start(run: list[re.Match[str]], abbreviation: str) -> int:
    """Which word of ``run`` the abbreviation's name starts at."""
    words = [m.group(0).rstrip(",") for m in run]
    letters = _letters(abbreviation)
    starts = [i for i, w in enumerate(words) if _capitalized(w)]
    for i in starts:
        if _initials(words[i:]) == letters:
            return i
    for i in starts:
        if words[i][0] == letters[0]:
            return i
    after_commas = [i for i in starts if i and run[i - 1].group(0).endswith(",")]
    return after_commas[-1] if after_commas else 0


def abbreviation_definitions(text: str) -> list[Definition]:
    """The abbreviations ``text`` spells out, in order."""
    definitions = []
    for match in _DEFINED.finditer(text):
        abbreviation = match["abbr"]
        first = abbreviation.split()[0]
        if sum(c.isupper() for c in first) < 2 or _ROMAN.match(abbreviation):
            continue
        if is_note_word(abbreviation):
            continue  # "(TBC)" is an editing note
        run = _run(text[: match.start()])
        if not run:
            continue
        start = run[_name_start(run, abbreviation)].start()
        definitions.append(
            Definition(
                abbreviation=abbreviation,
                name=" ".join(text[start : match.start()].split()),
                words_before=" ".join(text[run[0].start() : match.start()].split()),
                text=text[start : match.end()],
            )
        )
    return definitions


def _key(name: str) -> list[str]:
    """A name's words as compared: lower case, no articles, no hyphens."""
    words = (re.sub(r"[^\w]", "", w.casefold()) for w in re.split(r"[\s\-]+", name))
    return [w for w in words if w and w not in _ARTICLES]


def _ends_with(longer: str, shorter: str) -> bool:
    """Whether the name ``longer`` is ``shorter`` with words before it."""
    long_words, short_words = _key(longer), _key(shorter)
    if "".join(long_words) == "".join(short_words):
        return True
    for i in range(len(long_words)):
        if "".join(long_words[i:]) == "".join(short_words):
            return True
    return False


def _same(definition: Definition, name: str) -> bool:
    return _ends_with(definition.words_before, name) or _ends_with(
        name, definition.name
    )


def spelled_two_ways(
    texts: Sequence[str], names: Mapping[str, str] | None = None
) -> list[tuple[int, Finding]]:
    """Abbreviations spelled out two ways across ``texts`` (the units of a
    report, in order), or otherwise than ``names`` (the data file's names,
    by abbreviation) has them.

    Returns (the index in ``texts`` of the text, the finding) for each
    definition that names its abbreviation otherwise than the data file,
    or, for an abbreviation the data file does not name, otherwise than
    its first definition in the texts. The finding's ``text`` is that
    definition as written.
    """
    names = names or {}
    first: dict[str, Definition] = {}
    found: list[tuple[int, Finding]] = []
    for index, text in enumerate(texts):
        for definition in abbreviation_definitions(text):
            abbreviation = definition.abbreviation
            if abbreviation in names:
                right, where = names[abbreviation], "the data file names it"
            elif abbreviation in first:
                right, where = first[abbreviation].name, "it was spelled out before as"
            else:
                first[abbreviation] = definition
                continue
            first.setdefault(abbreviation, definition)
            if _same(definition, right):
                continue
            found.append(
                (
                    index,
                    check_finding(
                        "abbreviation-two-names",
                        f"{abbreviation!r} is spelled out as {definition.name!r}, "
                        f"but {where} {right!r}",
                        f"write {f'{right} ({abbreviation})'!r}",
                        text=definition.text,
                    ),
                )
            )
    return found
