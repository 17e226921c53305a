"""The rules on capitals in running text, as the Editorial Manual sets them.

- A generic word before a number or numeral is lower case: "resolution
  70/1", "annex II", "article 5", "agenda item 4" (``capitalized-generic``),
  but for an Article or Chapter of the Charter or of a Statute and at the
  start of a sentence. Headings and titles are not read by this rule.
- A general reference is lower case: "the meeting", "the report"
  (``capitalized-reference``), while a full title keeps its capitals ("the
  Coordination Meeting on International Migration", "the Report of the
  Commission").
- A multiword title is capitalized one way throughout the folder
  (``inconsistent-capitals``): "Coordination Meeting on International
  Migration" and "coordination meeting on international migration".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..._findings import Finding, check_finding

__all__ = ["capitalized_generics", "capitalized_references", "inconsistent_capitals"]

_GENERIC = re.compile(
    r"\b(?P<word>Resolutions?|Decisions?|Articles?|Paragraphs?|Annex(?:es)?|"
    r"Appendix|Appendices|Chapters?|Agenda [Ii]tems?|Items?|Sessions?|Sections?)"
    r"\s+(?P<number>\d+(?:[/.]\d+)*(?:\s?[A-Z]\b)?|[IVXLC]+\b|S-\d+/\d+|ES-\d+/\d+)"
)
# The Charter's and a Statute's articles and chapters keep their capital:
# "Article 2 of the Charter", "Articles 55 and 56 of the Charter of the
# United Nations", "Chapter VII of the Charter".
_OF_THE_CHARTER = re.compile(
    r"[^.;]{0,40}?\bof\s+the\s+(?:Charter|Statute|Constitution)\b|[^.;]{0,40}?\bCharter\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.?!:;]\s+|\n\s*|^[(\[“\"]|\s[(\[“\"])$")


def _starts_sentence(text: str, position: int) -> bool:
    """Whether ``text[position:]`` begins a sentence or an item."""
    return _SENTENCE_START.search(text[max(0, position - 4) : position]) is not None


def capitalized_generics(text: str) -> list[Finding]:
    """A generic word capitalized before a number or numeral ("Resolution
    70/1", "Annex II") but for an Article of the Charter and at a
    sentence's start."""
    findings = []
    for match in _GENERIC.finditer(text):
        word = match["word"]
        if _starts_sentence(text, match.start()):
            continue
        if word.startswith(("Article", "Chapter")) and _OF_THE_CHARTER.match(
            text, match.end()
        ):
            continue
        written = match.group(0)
        fix = word[0].lower() + word[1:].replace("Item", "item") + written[len(word) :]
        findings.append(
            check_finding(
                "capitalized-generic",
                f"{written!r}: a generic word before a number is lower case",
                f"write {fix!r}",
                text=written,
            )
        )
    return findings


# A general reference: a determiner, then a generic noun with a capital,
# not itself part of a title (no capitalized word just before it, none or
# "of/on/for" and a capitalized word just after it).
_REFERENCE = re.compile(
    r"(?<![\w-])(?P<det>[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ee]ach|[Ee]very|"
    r"[Ii]ts|[Tt]heir|[Aa]n?)\s+"
    r"(?P<noun>Meetings?|Reports?|Sessions?|Panels?|Committees?|Workshops?|"
    r"Seminars?|Presentations?|Discussions?|Agenda\s+[Ii]tems?)\b"
    r"(?!\s+(?:(?:of|on|for|to|in|and)\s+(?:the\s+)?)?[A-Z\d])"
)


#: Words in quotation marks (straight or curved), at most a paragraph's
#: sentence long, so that the search stays linear.
_QUOTED = re.compile(r'"[^"\n]{1,400}"|\u201c[^\u201d\n]{1,400}\u201d')


def capitalized_references(text: str) -> list[Finding]:
    """A general reference with a capital mid-sentence: "the Meeting",
    "the Report", "each Session"."""
    findings = []
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for match in _REFERENCE.finditer(text):
        if any(start <= match.start() < end for start, end in quoted):
            continue  # words quoted as someone said or wrote them
        written = match.group(0)
        noun = match["noun"]
        fix = written[: match.start("noun") - match.start()] + noun.lower()
        findings.append(
            check_finding(
                "capitalized-reference",
                f"{written!r}: a general reference is lower case; a full title "
                "keeps its capitals",
                f"write {fix!r}",
                text=written,
            )
        )
    return findings


# --- one title, one capitalization ------------------------------------------------

_SMALL = frozenset(
    {"of", "on", "and", "for", "the", "in", "to", "a", "an", "at", "by", "with"}
)
_LEADING = frozenset(
    {
        "The", "A", "An", "In", "On", "At", "For", "Of", "And", "To", "By",
        "With", "During", "This", "That", "These", "Its", "Their", "As",
        "Under", "From", "After", "Before", "Since",
    }
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# What ends a title's run of words: punctuation but for commas ("Safe,
# Orderly and Regular Migration"), hyphens and apostrophes within words.
_BREAK = re.compile(r"[.;:!?()\[\]“”\"—–/]|\s-\s")
#: The longest title compared, in words.
_LONGEST = 8


def _titles(words: Sequence[str]) -> Iterator[list[str]]:
    """Runs of capitalized words (small words between them allowed) with
    at least two capitalized words, the leading "The"/"In" dropped."""
    run: list[str] = []
    for word in [*words, ""]:
        if word[:1].isupper() or (run and word in _SMALL):
            run.append(word)
            continue
        while run and run[-1].lower() in _SMALL:
            run.pop()
        while run and run[0] in _LEADING:
            run.pop(0)
        if sum(w[:1].isupper() for w in run) >= 2 and not all(w.isupper() for w in run):
            yield run
        run = []


def _keep_title(titles: dict[str, str], title: str) -> None:
    """Keep the first way ``title`` is written, unless that capitalizes a
    small word ("Fund For") and this one does not."""
    key = title.lower()
    kept = titles.get(key)
    if kept is None or (_capital_small_words(kept) > _capital_small_words(title)):
        titles[key] = title


def _capital_small_words(title: str) -> int:
    words = title.split()
    return sum(w[:1].isupper() and w.lower() in _SMALL for w in words[1:])


def inconsistent_capitals(texts: Sequence[str]) -> list[tuple[int, Finding]]:
    """A multiword title written with other capitals than where it first
    stands in ``texts`` ("Coordination Meeting on International Migration",
    then "coordination meeting on international migration"), with the
    index of the text it is in. Text in capitals throughout (a heading)
    and a first word capitalized at a sentence's start are not compared.
    Each text's words are read once against the titles seen (at most
    eight words a title), so the time is linear in the texts' length."""
    split = [[_WORD.findall(part) for part in _BREAK.split(text)] for text in texts]
    titles: dict[str, str] = {}
    for parts in split:
        for words in parts:
            for run in _titles(words):
                if len(run) <= _LONGEST:
                    _keep_title(titles, " ".join(run))
    findings: list[tuple[int, Finding]] = []
    reported: set[str] = set()
    for index, parts in enumerate(split):
        findings.extend(
            (index, f) for f in _other_capitals(texts[index], parts, titles, reported)
        )
    return findings


def _as_written(text: str, words: str) -> str:
    """``words`` (joined by spaces) as ``text`` writes them, commas and
    line breaks included."""
    pattern = r"[\s,]+".join(re.escape(word) for word in words.split())
    found = re.search(pattern, text)
    return found.group(0) if found else words


def _other_capitals(
    text: str, parts: list[list[str]], titles: dict[str, str], reported: set[str]
) -> Iterator[Finding]:
    """The titles written in ``parts`` (a text's runs of words between
    punctuation) with other capitals than in ``titles``; the longest at
    each place."""
    for words in parts:
        lowered = [w.lower() for w in words]
        start = 0
        while start < len(words):
            found = _other_capital_at(words, lowered, start, titles)
            if found is None:
                start += 1
                continue
            written, first = found
            start += written.count(" ") + 1
            if written in reported:
                continue
            reported.add(written)
            shown = _as_written(text, written)
            yield check_finding(
                "inconsistent-capitals",
                f"{shown!r} is capitalized otherwise than elsewhere in the folder",
                f"write {_as_written_like(shown, first)!r} throughout",
                text=shown,
            )


def _as_written_like(shown: str, first: str) -> str:
    """``shown`` with the capitals of ``first`` (same words, same order)."""
    words = iter(first.split())
    return re.sub(r"[^\W\d_][\w'’-]*", lambda m: next(words, m.group(0)), shown)


def _other_capital_at(
    words: list[str], lowered: list[str], start: int, titles: dict[str, str]
) -> tuple[str, str] | None:
    """The longest title at ``words[start]`` and how it was first written,
    if written here with other capitals."""
    for size in range(min(_LONGEST, len(words) - start), 1, -1):
        first = titles.get(" ".join(lowered[start : start + size]))
        if first is None:
            continue
        written = " ".join(words[start : start + size])
        if written == first or written.isupper() or written[1:] == first[1:]:
            return None  # as first written, in capitals, or a sentence's start
        if size < 3 and written.islower():
            return None  # "a global compact": a general use of two words
        return written, first
    return None
