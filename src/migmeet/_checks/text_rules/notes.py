"""The editing-notes rule: "UPDATE THIS", TODO, "[insert ...]" left in.

Notes come in families, each found whatever its case ("tbc", "Todo"):

* the codes TBC, TBD, TBA, TODO and FIXME, and XX, XXX or more standing
  for a missing figure ("XX countries", "$XX million", "20XX");
* the phrases "to be confirmed", "to be determined" and "to be announced",
  unless an agent follows ("to be confirmed by the Bureau" is prose);
* a note in square brackets: "[insert name]", "[figures to come]", "[TK]",
  "[TBC]", "[check]", "[XX]";
* question marks in a row, with or without a currency sign ("???", "$???");
* a run of four or more dashes, or of two or more em dashes;
* a word in capitals that asks for an edit, then THIS or HERE ("UPDATE
  THIS", "CHECK HERE"), and UPDATE alone in capitals;
* a misspelling of UPDATE, TODO or TBD in capitals, as a word of its own.

**Roman numerals.** XX and XXX are also the numerals 20 and 30: they are
left alone after a word that takes a Roman numeral ("chapter XX", "annex
XXX", "page xx"), as the session of a resolution ("resolution 2106 (XX)"),
and before "century" or "Olympic". "XXI", "XXth" and "XXIII" are other
words and never notes.

**Misspellings.** Only a transposition of two letters ("UDPATE", "TOOD",
"TDB"), a letter typed twice ("TODDO", "UPDDATE"), and for UPDATE, the
longest of the three, any other single edit inside the word ("UPDTE",
"UPDSATE", "UPDAE") count, each within one Damerau-Levenshtein edit. Other
single edits of the short words make real words and abbreviations: "TOD",
"TOO", "TOGO", "TODD", "BODO", "DODO", "TB", "TD", "CBD", "TBS", and
"UPDATED", "UPDATES", "UPRATE"; the abbreviations the report knows
(``known``) are never read as notes, so "TDB" for the Trade and
Development Board is left alone where it is one of them.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Iterator

from ..._findings import Finding, check_finding

__all__ = ["is_misspelt_note", "is_note_word", "note_spans", "placeholders"]

_CODES = r"TBC|TBD|TBA|TODO|FIXME"
_X_RUN = r"X{2,}(?:[,.]X{2,})*"
_ROMAN_HEADS = frozenset(
    re.findall(
        r"\S+",
        "annex annexes appendix article book chap chapter chapters part parts page "
        "pages principle section sections session table title vol volume",
    )
)
_WORD_NOTE = re.compile(
    rf"(?:(?<![\w\-/$€£])(?:{_CODES}|(?:19|20)XX)|(?<![\w\-/])(?P<x>(?:[$€£]\s?)?{_X_RUN}))"
    r"(?![\w\-/])",
    re.IGNORECASE,
)
_PHRASE = re.compile(
    r"\bto\s+be\s+(?:confirmed|determined|announced)\b(?!\s+(?:by|at|in|with)\b)",
    re.IGNORECASE,
)
_BRACKET = re.compile(
    r"\[[^\[\]\n]{0,80}?\b(?:insert|add|check|update|to\s+be|to\s+come|tk|tbc|tbd"
    rf"|tba|todo|fixme|{_X_RUN})\b[^\[\]\n]{{0,80}}?\]",
    re.IGNORECASE,
)
_QUESTIONS = re.compile(r"(?:[$€£]\s?)?\?{2,}")
_DASHES = re.compile(r"-{4,}|—{2,}")
_CAPS = re.compile(r"(?<![\w\-/])([A-Z]{3,8})(?![\w\-/])")
_CAPS_THIS = re.compile(r"\b([A-Z]{4,8})\s+(THIS|HERE)\b")
_EDIT_WORDS = ("UPDATE", "CHECK", "FILL", "CHANGE", "REVISE")
_FOLLOWING_CAPS = re.compile(r"(?:[ ]+[A-Z]{3,10}(?![\w\-/]))*")
_WRAPPED = {"(": ")", "[": "]"}
_URLS = re.compile(r"(?:https?://|www\.)\S+")


def _one_edit(token: str, target: str) -> bool:
    """Whether ``token`` is ``target`` with one of the edits that count."""
    if len(token) == len(target):
        pairs = enumerate(zip(token, target, strict=True))
        diffs = [i for i, (a, b) in pairs if a != b]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            i = diffs[0]
            return token[i] == target[i + 1] and token[i + 1] == target[i]
        # Other substitutions only in UPDATE, the one long enough.
        return len(diffs) == 1 and target == "UPDATE" and token != "UPRATE"
    if len(token) == len(target) + 1:
        for i in range(len(token)):
            if token[:i] + token[i + 1 :] == target:
                doubled = (i > 0 and token[i - 1] == token[i]) or (
                    i + 1 < len(token) and token[i + 1] == token[i]
                )
                # An insertion inside UPDATE (not at its end: UPDATED).
                inside = target == "UPDATE" and 0 < i < len(target)
                if doubled or inside:
                    return True
        return False
    if len(token) == len(target) - 1:
        return target == "UPDATE" and any(
            target[:i] + target[i + 1 :] == token for i in range(len(target))
        )
    return False


def is_misspelt_note(token: str, known: Iterable[str] = ()) -> bool:
    """Whether a word in capitals is a misspelt UPDATE, TODO or TBD."""
    if not token.isalpha() or not token.isupper() or token in set(known):
        return False
    return any(_one_edit(token, target) for target in ("UPDATE", "TODO", "TBD"))


_NOTE_WORDS = frozenset({"TBC", "TBD", "TBA", "TODO", "FIXME", "UPDATE"})


def is_note_word(token: str, known: Iterable[str] = ()) -> bool:
    """Whether a word in capitals is an editing note ("TODO", "TOOD"), which
    the other rules should neither define, spell out nor read as an
    abbreviation."""
    return token not in set(known) and (
        token.upper() in _NOTE_WORDS
        or re.fullmatch(_X_RUN, token) is not None
        or is_misspelt_note(token)
    )


def _roman(text: str, start: int, end: int) -> bool:
    """Whether the X's at ``start:end`` are a Roman numeral."""
    before = text[:start]
    words = before.split()
    if words and words[-1].lower().strip("(.") in _ROMAN_HEADS:
        return True
    if re.search(r"\d+(?:\s+[A-Z](?:\s+(?:and|to)\s+[A-Z])?)?\s*\($", before):
        return True  # the session of a resolution: "2106 (XX)"
    after = text[end:].lstrip()
    return re.match(r"(?:century|centuries|Olympic|Olympiad)\b", after) is not None


def _spans(text: str, known: frozenset[str]) -> Iterator[tuple[int, int]]:
    for match in _WORD_NOTE.finditer(text):
        if match["x"] and _roman(text, match.start(), match.end()):
            continue
        yield match.span()
    for pattern in (_PHRASE, _BRACKET, _QUESTIONS, _DASHES):
        yield from (m.span() for m in pattern.finditer(text))
    for match in _CAPS_THIS.finditer(text):
        word = match.group(1)
        if any(
            difflib.SequenceMatcher(None, word, target).ratio() >= 0.6
            for target in _EDIT_WORDS
        ):
            yield match.span()
    for match in _CAPS.finditer(text):
        token = match.group(1)
        if token == "UPDATE" or is_misspelt_note(token, known):
            following = _FOLLOWING_CAPS.match(text, match.end())
            end = match.end()
            if following and not any(w in known for w in following.group(0).split()):
                end = following.end()
            yield match.start(), end


def note_spans(text: str, known: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Where the editing notes of ``text`` stand, in order, none inside
    another; a note wrapped whole in brackets takes them: "(TBC)"."""
    plain = _URLS.sub(lambda m: " " * len(m.group(0)), text)
    spans = sorted(_spans(plain, frozenset(known)), key=lambda s: (s[0], -s[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            continue
        opening = text[start - 1 : start]
        if opening in _WRAPPED and text[end : end + 1] == _WRAPPED[opening]:
            start, end = start - 1, end + 1
        kept.append((start, end))
    return kept


def placeholders(text: str, known: Iterable[str] = ()) -> list[Finding]:
    """Editing notes left in: "UPDATE THIS" (and misspellings, such as
    "UDPATE THIS"), TODO, TBD, XXX, "[insert ...]", a run of dashes.

    One finding for each note, its ``text`` the note as written. ``known``
    are the report's abbreviations, never read as misspelt notes.
    """
    findings = []
    for start, end in note_spans(text, known):
        note = text[start:end]
        findings.append(
            check_finding(
                "placeholder",
                f"editing note left in: {note!r}",
                "remove the note or finish the text",
                text=note,
            )
        )
    return findings
