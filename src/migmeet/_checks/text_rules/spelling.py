"""The spelling rules: words the dictionary does not know, names misspelt,
and the spellings the Editorial Manual rejects.

- ``american-spelling`` and ``ise-spelling`` (errors): a word the Manual
  spells otherwise (program, labor, organisation), by the curated list of
  :mod:`.speller`, with the UN form as the fix. A capitalized one is
  flagged only where it starts a sentence: inside a sentence it is part of
  a name ("Pew Research Center"), which keeps its own spelling.
- ``misspelling`` (warning): a word in lower case that neither the
  dictionary nor the meeting knows, with the dictionary's correction.
- ``misspelt-name`` (warning): a capitalized word the dictionary does not
  know, one edit from a name of the meeting ("Swnig" for "Swing"). Any
  other capitalized word is taken for a name, so real names never raise
  alarms.

Whole words only, and never inside what is not prose: a piece of text
holding a figure, a slash, an underscore, ``@``, a backquote or a web
address (document symbols, dates, links, e-mail addresses, markup,
keys) is left alone, as are abbreviations in capitals. The text is read
once, piece by piece: the time is linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..._findings import Finding, check_finding
from .speller import WORD, Speller, official_names, rejected_spellings

__all__ = ["misspellings"]

#: A piece of text (between spaces) that is not prose.
_NOT_PROSE = re.compile(r"[\d/_@`\\<>{}=|~]|://|^www\.", re.IGNORECASE)
_PIECE = re.compile(r"\S+")
#: Longer runs of letters are not words ("pneumonoultramicroscopic..." is 45).
_LONGEST = 60
#: The opening quotes and brackets a sentence may start with.
_OPENERS = "\"“‘'([ —–"


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip(_OPENERS)
    return not before or before[-1] in ".!?:"


def _as_written(form: str, word: str) -> str:
    """The UN form with the capital of the word it mends."""
    return form[0].upper() + form[1:] if word[:1].isupper() else form


#: Words around "judgment" that make it a court's decision.
_LEGAL = re.compile(
    r"\b(?:Court|court|Tribunal|tribunal|Judge|judges?|judicial|legal|ruling|"
    r"case|appeal|Chamber)\b"
)


def _manual_spelling(
    text: str, start: int, word: str, speller: Speller
) -> Finding | None:
    rejected = rejected_spellings().get(word.lower())
    if rejected is None:
        return None
    if word[0].isupper() and (
        word.lower() in speller.name_keys or not _starts_sentence(text, start)
    ):
        return None  # part of a name, which keeps its spelling
    if word.lower() == "program" and text[max(0, start - 9) : start].lower() in (
        "computer ",
        "software ",
    ):
        return None  # the Manual's own exception: a computer program
    if word.lower().startswith("judgment") and _LEGAL.search(
        text, max(0, start - 120), start + 120
    ):
        return None  # the Manual's "judgment" of a court, in its legal sense
    form = _as_written(rejected.form, word)
    kind = "an American" if rejected.code == "american-spelling" else "an -ise"
    return check_finding(
        rejected.code,
        f"{word!r} is {kind} spelling; the United Nations writes {form!r}",
        f"write {form!r}",
        text=word,
    )


def _misspelling(word: str, speller: Speller) -> Finding:
    correction = speller.correction(word)
    return check_finding(
        "misspelling",
        f"{word!r} is not in the dictionary",
        f"write {correction!r}, or add {word!r} to the folder's words.txt"
        if correction
        else f"mend it, or add {word!r} to the folder's words.txt",
        text=word,
    )


def _unknown(word: str, speller: Speller) -> Finding | str | None:
    """A misspelt name's finding, or a lower-case word the dictionary does
    not know (its finding is made once the whole text is read)."""
    if word.isupper() or len(word) < 2 or speller.knows(word):
        return None
    if word[0].islower():
        return word
    if word in speller.names:
        return None
    name = speller.near_name(word)
    if name is None:
        return None
    return check_finding(
        "misspelt-name",
        f"{word!r} is not a word and is one letter from the name {name!r}",
        f"write {name!r}, or add {word!r} to the folder's words.txt",
        text=word,
    )


def _foreign(unknown: int, words: int) -> bool:
    """Whether a text with ``unknown`` of its ``words`` (in lower case) not
    in the dictionary is in another language: a title in French or Spanish
    is no list of English misspellings."""
    return unknown >= 3 and unknown * 3 > words


def _masked(text: str) -> str:
    """``text`` with the official names that keep a rejected spelling blanked."""
    for name in official_names():
        if name in text:
            text = text.replace(name, " " * len(name))
    return text


def misspellings(text: str, speller: Speller) -> Iterator[Finding]:
    """The spelling findings in ``text``: rejected spellings whatever the
    dictionary, and unknown words and misspelt names if it could be read
    (but for unknown words in a text that is mostly unknown words: another
    language)."""
    text = _masked(text)
    found: list[Finding | str] = []
    lower_words = 0
    for piece in _PIECE.finditer(text):
        if _NOT_PROSE.search(piece[0]):
            continue
        for match in WORD.finditer(piece[0]):
            if match.start() and piece[0][match.start() - 1] not in _OPENERS:
                continue  # after a sign inside a word: "Ă…kerman" is mojibake
            start = piece.start() + match.start()
            word = match[0]
            if len(word) > _LONGEST:
                continue  # no word; looking it up would take its length squared
            for end in ("'s", "’s"):
                word = word.removesuffix(end)
            elided = re.match(r"[a-z][’'](?=[A-Z])", word)
            if elided:  # "d'Ivoire": the name after a French article
                start += elided.end()
                word = word[elided.end() :]
            known_whole = speller.available and speller.knows(word)
            for part in word.split("-"):
                lower_words += part[:1].islower()
                finding: Finding | str | None = _manual_spelling(
                    text, start, part, speller
                )
                if finding is None and speller.available and not known_whole:
                    finding = _unknown(part, speller)
                if finding is not None:
                    found.append(finding)
                start += len(part) + 1
    unknown = sum(isinstance(f, str) for f in found)
    foreign = _foreign(unknown, lower_words)
    for finding in found:
        if isinstance(finding, Finding):
            yield finding
        elif not foreign:
            yield _misspelling(finding, speller)
