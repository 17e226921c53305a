"""What the spelling rules know: the English dictionary, the spellings the
Editorial Manual rejects, and the words of one meeting.

The dictionary is the British English Hunspell dictionary of LibreOffice
(Debian's ``hunspell-en-gb``), read by spylls, a Hunspell in pure Python.
It accepts -ize and -ise alike (organization, organisation); the Manual's
choices (-ize, programme, labour) are made by the curated list in
``wordlists/un_spellings.toml``. The dictionary is read once per process
(about a second) and each distinct word is looked up once (about 50
microseconds); a correction is only looked for a word found misspelt (up
to a second in spylls), once per word and for the first
:data:`CORRECTIONS` of a check. (pyspellchecker, measured too, knows
American English only, rejecting programme and labour, and took 13 seconds
to correct one long word.)

Without the dictionary (or spylls) the spellings the Manual rejects are
still found; the rules that need the dictionary are skipped, and the check
says so once (``spelling-unavailable``).

A :class:`Speller` adds to the dictionary the words of one meeting (its
people, organizations, terms, titles and places) and of its folder's word
list; capitalized words one edit from the meeting's names are what a
misspelt name looks like.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

__all__ = [
    "CORRECTIONS",
    "DICTIONARY_DIRS",
    "WORD",
    "HunspellDictionary",
    "Speller",
    "UnSpelling",
    "load_dictionary",
    "official_names",
    "rejected_spellings",
    "un_words",
]

#: Where the dictionary ``en_GB.dic`` / ``en_GB.aff`` is looked for, in
#: order: ``$MIGMEET_DICTIONARY_DIR`` first if it is set.
DICTIONARY_DIRS = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
)
_DICTIONARY_NAME = "en_GB"

#: How many distinct misspelt words of one check get a correction.
CORRECTIONS = 30

#: A word: letters in any script, with inner apostrophes and hyphens.
WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

# The endings of a verb in -ize and its family, after the stem's "i".
_IZE_ENDINGS: tuple[str, ...] = (
    "ze",
    "zes",
    "zed",
    "zing",
    "zation",
    "zations",
    "zer",
    "zers",
    "zational",
)


@attrs.frozen
class UnSpelling:
    """The form the United Nations writes for a rejected spelling, and the
    code of the rule that rejects it ("american-spelling", "ise-spelling")."""

    form: str
    code: str


@functools.cache
def _catalogue() -> dict[str, Any]:
    resource = importlib.resources.files("migmeet") / "wordlists" / "un_spellings.toml"
    return tomllib.loads(resource.read_text(encoding="utf-8"))


@functools.cache
def rejected_spellings() -> Mapping[str, UnSpelling]:
    """Every rejected spelling (lower case) with the UN form."""
    data = _catalogue()
    rejected: dict[str, UnSpelling] = {}
    for form, wrongs in data["american"].items():
        for wrong in wrongs:
            rejected[wrong] = UnSpelling(form, "american-spelling")
    for stem in data["ise"]["stems"]:
        for ending in _IZE_ENDINGS:
            wrong = stem + "s" + ending[1:]
            rejected[wrong] = UnSpelling(stem + ending, "ise-spelling")
    return rejected


@functools.cache
def official_names() -> tuple[str, ...]:
    """Official names that keep a rejected spelling ("Organisation for
    Economic Co-operation and Development")."""
    return tuple(_catalogue()["names"]["official"])


@functools.cache
def un_words() -> frozenset[str]:
    """Words of United Nations documents the dictionary lacks ("workplan",
    "inter alia"), in lower case."""
    return frozenset(w.lower() for w in _catalogue()["words"]["un"])


class HunspellDictionary:
    """A Hunspell dictionary with its answers kept: each word is looked up,
    and corrected, once per process."""

    def __init__(self, hunspell: Any) -> None:
        self._hunspell = hunspell
        self._known: dict[str, bool] = {}
        self._corrections: dict[str, str | None] = {}

    def knows(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = bool(self._hunspell.lookup(word))
        return known

    def correction(self, word: str) -> str | None:
        if word not in self._corrections:
            # The first suggestion only: spylls makes them one by one.
            suggestions = self._hunspell.suggest(word)
            self._corrections[word] = next(iter(suggestions), None)
        return self._corrections[word]


def _dictionary_base() -> str | None:
    dirs = [os.environ.get("MIGMEET_DICTIONARY_DIR", ""), *DICTIONARY_DIRS]
    for folder in filter(None, dirs):
        base = os.path.join(folder, _DICTIONARY_NAME)
        if os.path.isfile(base + ".dic") and os.path.isfile(base + ".aff"):
            return base
    return None


@functools.cache
def _load(base: str) -> HunspellDictionary | None:
    try:
        from spylls.hunspell import Dictionary
    except ImportError:
        return None
    try:
        return HunspellDictionary(Dictionary.from_files(base))
    except Exception:  # a broken dictionary is a missing one
        return None


def load_dictionary() -> HunspellDictionary | None:
    """The British English dictionary, read once per process, or None if it
    (or spylls) is not installed."""
    base = _dictionary_base()
    return _load(base) if base else None


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped or
    changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i, j = diffs[0], diffs[-1]
        return len(diffs) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


class Speller:
    """The dictionary with one meeting's words: its names and the folder's
    word list. Answers are kept per word."""

    def __init__(
        self,
        dictionary: HunspellDictionary | None,
        names: Iterable[str] = (),
        words: Iterable[str] = (),
    ) -> None:
        self.dictionary = dictionary
        name_words = {w for text in names for w in _words_of(text)}
        #: The meeting's words as written ("Swing", "Türk").
        self.names = frozenset(name_words)
        #: The meeting's capitalized words in lower case: a name in capitals
        #: ("OECD's ORGANISATION") is still the name.
        self.name_keys = frozenset(w.lower() for w in name_words if w[:1].isupper())
        #: Every word the meeting or its folder adds, in lower case.
        self.extra = un_words() | {
            w.lower() for w in (*name_words, *(x for t in words for x in _words_of(t)))
        }
        # Capitalized names by each of their one-letter deletions, so that
        # a name one edit away is found without comparing with every name.
        self._near: dict[str, set[str]] = {}
        for name in name_words:
            if len(name) >= 4 and name[0].isupper() and not name.isupper():
                for key in {name, *_deletions(name)}:
                    self._near.setdefault(key, set()).add(name)
        self._near_cache: dict[str, str | None] = {}
        self._corrected: set[str] = set()

    @property
    def available(self) -> bool:
        """Whether the dictionary could be read."""
        return self.dictionary is not None

    def knows(self, word: str) -> bool:
        """Whether ``word`` is in the dictionary or is the meeting's."""
        if word.lower() in self.extra:
            return True
        return self.dictionary is None or self.dictionary.knows(word)

    def correction(self, word: str) -> str | None:
        """The dictionary's likeliest correction of ``word``, if any: for
        the first :data:`CORRECTIONS` distinct words of a check only, as a
        correction takes up to a second (the same words get the same
        corrections whatever was looked for before)."""
        if self.dictionary is None:
            return None
        if word not in self._corrected:
            if len(self._corrected) >= CORRECTIONS:
                return None
            self._corrected.add(word)
        return self.dictionary.correction(word)

    def near_name(self, word: str) -> str | None:
        """The meeting's name one edit from ``word``, if there is one."""
        if word not in self._near_cache:
            found = set()
            for key in {word, *_deletions(word)}:
                found |= self._near.get(key, set())
            near = sorted(n for n in found if _one_edit(word, n))
            self._near_cache[word] = near[0] if near else None
        return self._near_cache[word]


def _words_of(text: str) -> set[str]:
    """The words of ``text``: each hyphenated word, and each of its parts."""
    words = set()
    for match in WORD.finditer(text):
        word = match[0]
        words.add(word)
        words.update(word.split("-"))
    return words
