"""The rules on spacing and punctuation in running text: a missing space
after a comma, semicolon, colon or sentence end; a space before
punctuation; a slash spaced on one side only; a word written twice; empty
or unbalanced parentheses, brackets and quotation marks.

Each rule reads the text once, with web addresses and e-mail addresses
blanked out first (they hold punctuation without spaces on purpose), so
that numbers ("1,000", "3.5"), times ("10.00"), symbols ("A/RES/70/1"),
abbreviations ("a.m.", "e.g.", "U.S."), ellipses and section numbers
("3.c.1") never read as missing a space: a space is missing only between
two words, never beside a figure or a one-letter abbreviation.
"""

from __future__ import annotations

import re

from ..._findings import Finding, check_finding

__all__ = [
    "doubled_words",
    "lopsided_slashes",
    "missing_spaces",
    "punctuation_problems",
    "space_before_punctuation",
    "unbalanced_brackets",
]

_ADDRESSES = re.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>\"“”()\[\]]*[^\s<>\"“”()\[\].,;:!?]"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_LETTER = r"[^\W\d_]"


def _plain(text: str) -> str:
    """``text`` with its web and e-mail addresses blanked (as one long
    word, so that what stands around them still reads), same length."""
    return _ADDRESSES.sub(lambda m: "x" * len(m.group(0)), text)


# --- a missing space -----------------------------------------------------------

# A comma, semicolon or colon between a word (or a closing bracket or
# quotation mark) and a word: "migrants,refugees", "Note:the".
_GLUED_MARK = re.compile(rf"(?<=[^\W_)\]”’\"])[,;:](?={_LETTER})")
# A sentence end between two words: "data.The", "meeting?Participants".
_GLUED_END = re.compile(rf"\b({_LETTER}{{2,}}|\))([.?!])({_LETTER}{{2}})")


#: How far a word is followed either side of a mark, so that the rules stay
#: linear in the text's length however long a run without spaces.
_REACH = 60


def _word_around(text: str, start: int, end: int) -> str:
    """The run of non-space characters around ``text[start:end]`` (at
    most ``_REACH`` characters either side)."""
    low = start
    while low > max(0, start - _REACH) and not text[low - 1].isspace():
        low -= 1
    high = end
    while high < min(len(text), end + _REACH) and not text[high].isspace():
        high += 1
    return text[low:high]


def missing_spaces(text: str) -> list[Finding]:
    """A comma, semicolon, colon or sentence end with no space after it
    before the next word ("migrants,refugees", "data.The")."""
    plain = _plain(text)
    findings = []
    spots: list[tuple[int, int, str]] = []
    for match in _GLUED_MARK.finditer(plain):
        spots.append((match.start(), match.end(), match.group(0)))
    for match in _GLUED_END.finditer(plain):
        word, after = match.group(1), match.group(3)
        if word != ")" and not word[1:].islower():
            continue  # "U.S.", "UN.", "PhD.", "Ph.D."
        if not (after[0].isupper() and after[1].islower()):
            continue  # "www.un.org", "report.docx", "3.c.1"
        spots.append((match.start(2), match.end(2), match.group(2)))
    for start, end, mark in sorted(spots):
        glued = _word_around(plain, start, end).rstrip(".,;:")
        if re.match(r":[A-Za-z]+:", glued):
            continue  # a role written wrongly: the reader reports it as such
        findings.append(
            check_finding(
                "missing-space",
                f"no space after {mark!r} in {glued!r}",
                f"write {glued.replace(mark, mark + ' ', 1)!r}",
                text=glued,
            )
        )
    return findings


# --- a space before punctuation -----------------------------------------------

# A space before a comma, semicolon, colon, full stop, question mark or
# exclamation mark that closes a word: "migrants , refugees", "data ." (not
# an ellipsis " ...", not a decimal ".5", not a list "(a) ;").
_SPACED_MARK = re.compile(r"(?<=[^\W_)\]”’\"%])([ \t]+)([,;:.?!])(?![.?!\d\w])")


def space_before_punctuation(text: str) -> list[Finding]:
    """A space between a word and the punctuation mark after it."""
    findings = []
    for match in _SPACED_MARK.finditer(_plain(text)):
        written = _word_around(text, match.start(), match.start()) + match.group(0)
        findings.append(
            check_finding(
                "space-before-punctuation",
                f"a space before {match.group(2)!r} in {written!r}",
                f"write {written.replace(match.group(1), '')!r}",
                text=written,
            )
        )
    return findings


# --- a slash spaced on one side -------------------------------------------------

_LOPSIDED = re.compile(rf"(?<=[^\W_)])(?: /(?={_LETTER}|\d)|/ (?={_LETTER}|\d))")
_SPACED_SLASH = re.compile(r"\s*/\s*")
_SYMBOL_HEAD = re.compile(r"[A-Z][A-Z0-9.\-]*$")
_SYMBOL_PART = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def lopsided_slashes(text: str) -> list[Finding]:
    """A slash with a space on one side only ("and/ or", "women /girls");
    a symbol spaced so ("A/ 73/195") is the symbol rule's."""
    plain = _plain(text)
    findings = []
    for match in _LOPSIDED.finditer(plain):
        before = plain[max(0, match.start() - _REACH) : match.start()].split()
        after = plain[match.end() : match.end() + _REACH].split(maxsplit=1)
        head = before[-1] if before else ""
        if _SYMBOL_HEAD.search(head) and after and after[0][:1] in _SYMBOL_PART:
            continue  # a document symbol: reported by the symbol rule
        written = head + match.group(0) + (after[0] if after else "")
        written = written.strip()
        mended = _SPACED_SLASH.sub("/", written)
        findings.append(
            check_finding(
                "lopsided-slash",
                f"a slash spaced on one side only in {written!r}",
                f"write {mended!r}",
                text=written,
            )
        )
    return findings


# --- a doubled word ------------------------------------------------------------

_DOUBLED = re.compile(rf"\b({_LETTER}+)\s+(\1)\b", re.IGNORECASE)
#: Words English writes twice on purpose: "that that", "had had", "what it
#: is is", "do do".
GRAMMATICAL_DOUBLES = frozenset({"that", "had", "is", "do", "bye", "ha"})
_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "by", "with", "at"}
)


def doubled_words(text: str) -> list[Finding]:
    """A word written twice in a row ("the the"), but for the doubles
    grammar allows ("that that", "had had") and names ("Bora Bora")."""
    findings = []
    for match in _DOUBLED.finditer(text):
        first, second = match.group(1), match.group(2)
        word = first.lower()
        if word in GRAMMATICAL_DOUBLES or first.isdigit():
            continue
        if first[0].isupper() and second[0].isupper() and word not in _FUNCTION_WORDS:
            continue  # a name: "Bora Bora", "Sing Sing"
        findings.append(
            check_finding(
                "doubled-word",
                f"{word!r} written twice in a row",
                f"write {first!r} once",
                text=match.group(0),
            )
        )
    return findings


# --- brackets and quotation marks ---------------------------------------------

_PAIRS = {")": "(", "]": "[", "”": "“"}
_OPENING = frozenset(_PAIRS.values())
_EMPTY = re.compile(r"\(\s*\)|\[\s*\]")
# A list marker or enumeration closed without opening: "a)", "1)", "ii)".
_LIST_MARKER = re.compile(r"(?:^|\s)(?:[a-z]|[0-9]{1,2}|[ivx]{1,4})\)$")


def _unbalanced(text: str, mark: str, position: int, what: str) -> Finding:
    low, high = max(0, position - 20), min(len(text), position + 20)
    excerpt = text[low:high].strip()
    return check_finding(
        "unbalanced-brackets",
        f"{what} {mark!r} in '…{excerpt}…'",
        "close what is opened, or remove the stray mark",
        text=excerpt,
    )


def unbalanced_brackets(text: str) -> list[Finding]:
    """Empty parentheses or brackets; a parenthesis, bracket or typographic
    quotation mark opened and not closed, or closed and not opened; an odd
    number of straight double quotation marks."""
    plain = _plain(text)
    findings = [
        check_finding(
            "unbalanced-brackets",
            f"empty {match.group(0)!r}",
            "fill or remove the brackets",
            text=match.group(0),
        )
        for match in _EMPTY.finditer(plain)
    ]
    stack: list[tuple[str, int]] = []
    for position, ch in enumerate(plain):
        if ch in _OPENING:
            stack.append((ch, position))
        elif ch in _PAIRS:
            if stack and stack[-1][0] == _PAIRS[ch]:
                stack.pop()
            elif any(opened == _PAIRS[ch] for opened, _ in stack):
                # Closes an outer mark: what was opened inside is unclosed.
                while stack[-1][0] != _PAIRS[ch]:
                    opened, at = stack.pop()
                    findings.append(_unbalanced(plain, opened, at, "unclosed"))
                stack.pop()
            elif not _LIST_MARKER.search(plain[max(0, position - 5) : position + 1]):
                findings.append(_unbalanced(plain, ch, position, "unopened"))
    for opened, at in stack:
        findings.append(_unbalanced(plain, opened, at, "unclosed"))
    if plain.count('"') % 2:
        findings.append(
            _unbalanced(plain, '"', plain.rfind('"'), "an odd number of straight")
        )
    return findings


def punctuation_problems(text: str) -> list[Finding]:
    """All the rules of this module over ``text``, in their order."""
    return [
        *missing_spaces(text),
        *space_before_punctuation(text),
        *lopsided_slashes(text),
        *doubled_words(text),
        *unbalanced_brackets(text),
    ]
