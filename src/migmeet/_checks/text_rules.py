"""Rules that read running text and say what is wrong with it.

Each rule is a pure function of a string (and what it needs to know about
the meeting) returning :class:`Hit` values: the offending text and, where
one can be given, the fix. The rules aim at few false alarms: a hit should
be a mistake a careful editor would mend.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

import attrs
import ftfy

from .._style import ordinal_word, symbol_problem

__all__ = [
    "Hit",
    "abbreviation_articles",
    "capitals_tokens",
    "cut_off",
    "figures_under_ten",
    "mojibake",
    "near_repeats",
    "per_cent",
    "placeholders",
    "sentences",
    "starts_mid_sentence",
    "symbol_problems",
    "un_abbreviated",
    "wrong_ordinals",
]


@attrs.frozen
class Hit:
    """What a rule found: the text at fault and, if known, its fix."""

    text: str
    fix: str | None = None


# --- editing notes left in the text ------------------------------------------

_NOTE_WORDS = re.compile(r"\b(TODO|TBD|TBC|FIXME|XXX+)\b")
_INSERT = re.compile(r"\[\s*(?:insert|add|check|update|to be)\b[^\]]*\]", re.IGNORECASE)
_DASHES = re.compile(r"-{4,}|—{2,}")
_CAPS_THIS = re.compile(r"\b([A-Z]{4,8})\s+(THIS|HERE)\b")


def placeholders(text: str) -> list[Hit]:
    """Editing notes left in: "UPDATE THIS" (and its misspellings, such as
    "UDPATE THIS"), TODO, TBD, XXX, "[insert ...]", a run of dashes."""
    hits = [Hit(m.group(0)) for m in _NOTE_WORDS.finditer(text)]
    hits += [Hit(m.group(0)) for m in _INSERT.finditer(text)]
    hits += [Hit(m.group(0)) for m in _DASHES.finditer(text)]
    for match in _CAPS_THIS.finditer(text):
        # A capitalized word close to UPDATE, CHECK or FILL, then THIS.
        word = match.group(1)
        if any(
            difflib.SequenceMatcher(None, word, target).ratio() >= 0.6
            for target in ("UPDATE", "CHECK", "FILL", "CHANGE", "REVISE")
        ):
            hits.append(Hit(match.group(0)))
    return hits


# --- broken character encoding -----------------------------------------------

_CODECS = ("cp1252", "cp1250", "cp1251", "latin-1", "iso-8859-2", "mac_roman")
# Second characters of mojibake are mostly symbols; these letters occur too.
_MOJIBAKE_LETTERS = set("ºªµ")
_QUOTES = set("‘’“”–—…€•")


def _trail(char: str) -> bool:
    """Could ``char`` be the second or third character of mojibake?"""
    if char.isascii():
        return False
    return unicodedata.category(char)[0] != "L" or char in _MOJIBAKE_LETTERS


def _as_utf8(sequence: str) -> str | None:
    for codec in _CODECS:
        try:
            decoded = sequence.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        # A letter of the Latin, Greek or Cyrillic blocks, or a typographic
        # quote or dash: what broken encoding of European text hides.
        code = ord(decoded)
        letter = decoded.isalpha() and (0xC0 <= code <= 0x24F or 0x370 <= code <= 0x52F)
        if len(decoded) == 1 and (letter or decoded in _QUOTES):
            return decoded
    return None


# Lead characters of UTF-8 Latin letters read in a Windows code page.
_LATIN_LEADS = set("ÃĂÂÄÅĹ")


def _repairable(piece: str, letters_allowed: bool) -> str | None:
    """The letter ``piece`` is the mojibake of, if it is one."""
    if piece[0].isascii():
        return None
    plain = all(_trail(c) for c in piece[1:])
    # A letter can follow too ("KrĂłl" for "Król"), but only a Latin lead
    # decoding to a Latin letter counts, and not in words in capitals,
    # where real letters meet ("ĂŞTIA").
    latin = letters_allowed and piece[0] in _LATIN_LEADS
    if not plain and not (latin and all(not c.isascii() for c in piece[1:])):
        return None
    letter = _as_utf8(piece)
    if letter is None or (not plain and not 0xC0 <= ord(letter) <= 0x24F):
        return None
    return letter


def repair_mojibake(text: str) -> str:
    """``text`` with broken encoding repaired, also where only part of it is
    broken: ftfy first, then each two- or three-character sequence that is
    the UTF-8 of one letter read in a Windows or ISO code page."""
    return _WORDISH.sub(lambda word: _repair_word(word.group(0)), text)


def _repair_word(word: str) -> str:
    fixed = ftfy.fix_encoding(word)
    letters_allowed = not (fixed.isupper() and len(fixed) > 3)
    out: list[str] = []
    index = 0
    while index < len(fixed):
        for width in (3, 2):
            piece = fixed[index : index + width]
            if len(piece) == width and (letter := _repairable(piece, letters_allowed)):
                out.append(letter)
                index += width
                break
        else:
            out.append(fixed[index])
            index += 1
    return "".join(out)


# Words split at spaces only: a no-break space can be half of mojibake ("Ã\xa0").
_WORDISH = re.compile(r"[^ \t\r\n]+")


def mojibake(text: str) -> list[Hit]:
    """Words whose characters are broken encoding, with their repaired form."""
    hits = []
    for match in _WORDISH.finditer(text):
        word = match.group(0).strip(".,;:()[]\"'")
        if word.isascii():
            continue
        repaired = repair_mojibake(word)
        if repaired != word:
            hits.append(Hit(word, repaired))
    return hits


# --- the meeting's number ----------------------------------------------------

_ORDINALS = {ordinal_word(n).lower(): n for n in range(1, 200)}
_ORDINAL_WORD = "|".join(
    sorted((re.escape(w) for w in _ORDINALS), key=len, reverse=True)
)


def _figure_ordinal(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def wrong_ordinals(text: str, number: int, series: str) -> list[Hit]:
    """Ordinals naming this series' meeting with another number: "the
    fifteenth coordination meeting" in the text of the sixteenth."""
    words = series.split()
    head = re.escape(words[0]) if words else "meeting"
    pattern = re.compile(
        rf"\b(?:(?P<word>{_ORDINAL_WORD})|(?P<figure>\d+)(?:st|nd|rd|th))\s+"
        rf"(?:annual\s+)?{head}\b",
        re.IGNORECASE,
    )
    hits = []
    for match in pattern.finditer(text):
        said = (
            _ORDINALS[match["word"].lower()] if match["word"] else int(match["figure"])
        )
        if said != number:
            written = match.group(0)
            if match["word"]:
                right = ordinal_word(number)
                right = right.lower() if match["word"].islower() else right
                fix = right + written[len(match["word"]) :]
            else:
                fix = _figure_ordinal(number) + written[written.index(" ") :]
            hits.append(Hit(written, fix))
    return hits


# --- sentences ---------------------------------------------------------------

_HONORIFICS = re.compile(
    r"\b(Mr|Ms|Mrs|Dr|No|Nos|St|Prof|para|paras|e\.g|i\.e|etc|vs)\.", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(]?[A-Z0-9])")


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences; "Mr." and similar do not end one."""
    protected = _HONORIFICS.sub(lambda m: m.group(0).replace(".", "\0"), text)
    return [
        part.replace("\0", ".").strip()
        for part in _SENTENCE_END.split(protected)
        if part.strip()
    ]


def _words_of(sentence: str) -> list[str]:
    return re.findall(r"\w+", sentence.casefold())


def near_repeats(texts: Sequence[str], *, threshold: float = 0.8) -> list[Hit]:
    """Sentences that repeat, word for word or nearly, an earlier one among
    ``texts`` (the paragraphs of one section). Short sentences are left out."""
    seen: list[tuple[str, list[str]]] = []
    hits = []
    for sentence in (s for text in texts for s in sentences(text)):
        words = _words_of(sentence)
        if len(words) < 8:
            continue
        for earlier, earlier_words in seen:
            matcher = difflib.SequenceMatcher(
                None, earlier_words, words, autojunk=False
            )
            shared = sum(block.size for block in matcher.get_matching_blocks())
            # Measured on the shorter sentence, so that a sentence repeated
            # inside a longer one is found too.
            if shared / min(len(words), len(earlier_words)) >= threshold:
                hits.append(Hit(sentence, earlier))
                break
        seen.append((sentence, words))
    return hits


# --- paragraphs cut off ------------------------------------------------------

_FINAL = re.compile(r"[.!?:;…][\"”’)\]]*\s*$")


def cut_off(text: str) -> Hit | None:
    """A paragraph that ends without final punctuation: cut off mid-sentence."""
    stripped = text.rstrip()
    if not stripped or _FINAL.search(stripped):
        return None
    return Hit(" ".join(stripped.split()[-6:]))


def starts_mid_sentence(text: str) -> Hit | None:
    """A paragraph that starts with a lower-case word: a stray fragment of
    a sentence that begins elsewhere."""
    stripped = text.lstrip('"“(‘ ')
    first = stripped.split(maxsplit=1)[0] if stripped.split() else ""
    if first[:1].islower() and not any(c.isupper() for c in first[1:]):
        return Hit(" ".join(stripped.split()[:6]))
    return None


# --- numbers -----------------------------------------------------------------

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|"
    "November|December"
)
_NUMBERED_THINGS = frozenset(
    [
        "goal",
        "goals",
        "target",
        "targets",
        "paragraph",
        "paragraphs",
        "para",
        "section",
        "sections",
        "chapter",
        "annex",
        "article",
        "articles",
        "table",
        "figure",
        "page",
        "pages",
        "item",
        "items",
        "no",
        "no.",
        "number",
        "sdg",
        "sdgs",
        "tier",
        "level",
        "step",
        "phase",
        "version",
        "resolution",
        "volume",
        "part",
        "rule",
        "principle",
        "objective",
        "indicator",
        "box",
        "add.",
        "rev.",
        "corr.",
        "grade",
        "category",
    ]
)
_FIGURE = re.compile(r"(?<![\w./,:\-–])([1-9])(?![\w./:\-–%]|,\d)")
_AFTER_FIGURE = re.compile(rf"\s?(?:%|per cent\b|(?:{_MONTHS})\b)")


def figures_under_ten(text: str) -> list[Hit]:
    """A figure under 10 in running text, where UN style writes the word.

    Left alone: numbered things ("goal 8", "page 4"), dates ("9 February"),
    percentages ("5 per cent"), decimals, ranges and symbols.
    """
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    hits = []
    for match in _FIGURE.finditer(text):
        before = text[: match.start()].split()
        if before and before[-1].lower().strip("(") in _NUMBERED_THINGS:
            continue
        if _AFTER_FIGURE.match(text, match.end()):
            continue
        hits.append(Hit(match.group(1), words[int(match.group(1)) - 1]))
    return hits


_PERCENT = re.compile(
    r"\b\d+(?:\.\d+)?\s?%|\bpercent\b|\bpercentage point", re.IGNORECASE
)


def per_cent(text: str) -> list[Hit]:
    """ "percent" or "%" in running text, where UN style writes "per cent"."""
    hits = []
    for match in _PERCENT.finditer(text):
        found = match.group(0)
        if found.lower().startswith("percentage"):
            continue
        fix = re.sub(r"\s?%$", " per cent", found) if "%" in found else "per cent"
        hits.append(Hit(found, fix))
    return hits


# --- abbreviations -----------------------------------------------------------

_ROMAN = re.compile(r"[IVXLCDM]+\Z")
_CAPITALS = re.compile(r"(?<![\w/\-])([A-Z][A-Z0-9]{1,6}s?)(?![\w/\-])")


def capitals_tokens(text: str) -> Iterator[str]:
    """Words in capitals that look like abbreviations ("GMG", "SDGs"), not
    Roman numerals, not longer capitalized words ("TOGETHER")."""
    for match in _CAPITALS.finditer(text):
        token = match.group(1)
        if _ROMAN.match(token) or sum(c.isupper() for c in token) < 2:
            continue
        yield token


def abbreviation_articles(text: str, abbreviations: Iterable[str]) -> list[Hit]:
    """ "the IOM": an article before an abbreviation, which UN style does not
    use, unless the abbreviation qualifies a following name ("the UNDP
    Administrator")."""
    hits = []
    for abbreviation in abbreviations:
        pattern = rf"\b([Tt]he)\s+({re.escape(abbreviation)})\b(?!\s+[A-Z])(?![\w\-])"
        for match in re.finditer(pattern, text):
            hits.append(Hit(match.group(0), abbreviation))
    return hits


def un_abbreviated(text: str, allowed: Iterable[str]) -> list[Hit]:
    """ "UN" for United Nations, which is never abbreviated in English text,
    except inside names abbreviated so officially ("UN DESA", "UN-Women")."""
    allowed_after = {a.split(" ", 1)[1] for a in allowed if a.startswith("UN ")}
    hits = []
    for match in re.finditer(r"\bU\.?N\.?(?=\s|$|[,;:)])", text):
        rest = text[match.end() :].lstrip()
        following = rest.split(maxsplit=1)[0].rstrip(".,;:)") if rest else ""
        if following in allowed_after:
            continue
        hits.append(Hit(match.group(0), "United Nations"))
    return hits


# --- document symbols written as text ----------------------------------------

_SYMBOL_LIKE = re.compile(r"(?<![\w/])[A-Z]{1,6}[0-9]*(?:/[A-Za-z0-9.\-]+)+(?<![.\-])")


def symbol_problems(text: str) -> list[Hit]:
    """Document symbols in the text that do not parse ("A72/643")."""
    hits = []
    for match in _SYMBOL_LIKE.finditer(text):
        problem = symbol_problem(match.group(0))
        if problem:
            hits.append(Hit(match.group(0), problem))
    return hits
