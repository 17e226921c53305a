"""The rules on sentences: repeated, cut off, or begun elsewhere."""

from __future__ import annotations

import difflib
import heapq
import re
from collections import Counter
from collections.abc import Sequence

import attrs

from ..._findings import Finding, check_finding

__all__ = [
    "cut_off",
    "near_repeats",
    "repeats",
    "sentences",
    "starts_mid_sentence",
]

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


#: Words in a row that two sentences must share to be compared at all.
SHINGLE = 3
#: How many earlier sentences, at most, are taken as like a sentence because
#: they share a run of words with it, the rarest runs first: a common run
#: ("in the context of the") says little, and reading all who hold it is
#: slow.
LIKE = 1024
#: Of the sentences holding one run of words, how many (the latest) count.
PER_RUN = 256
#: Of the earlier sentences that share most runs of words with a sentence,
#: how many are compared with it word by word.
COMPARED = 32


def _shingles(words: list[str]) -> list[tuple[str, ...]]:
    """The runs of words of a sentence, each once, in order."""
    runs = (tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))
    return list(dict.fromkeys(runs))


def _alike(earlier: list[str], words: list[str], threshold: float) -> bool:
    """Whether two sentences are nearly the same: the words they share, in
    order, are ``threshold`` of the shorter, so that a sentence repeated
    inside a longer one counts too."""
    matcher = difflib.SequenceMatcher(None, earlier, words, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    return shared / min(len(words), len(earlier)) >= threshold


@attrs.frozen
class _Read:
    """A sentence read: its words, and their set for a quick bound."""

    sentence: str
    words: list[str]
    distinct: frozenset[str]

    @classmethod
    def of(cls, sentence: str, words: list[str]) -> _Read:
        return cls(sentence, words, frozenset(words))

    def may_be_like(self, other: _Read, threshold: float) -> bool:
        """A quick bound of :func:`_alike`: the words two sentences share in
        order are no more than the distinct words they share, plus the
        repeated words of either."""
        repeated = min(
            len(self.words) - len(self.distinct), len(other.words) - len(other.distinct)
        )
        bound = len(self.distinct & other.distinct) + repeated
        return bound / min(len(self.words), len(other.words)) >= threshold


@attrs.define
class _Seen:
    """The sentences read so far, indexed by their runs of words."""

    read: list[_Read] = attrs.Factory(list)
    exact: dict[tuple[str, ...], int] = attrs.Factory(dict)
    runs: dict[tuple[str, ...], list[int]] = attrs.Factory(dict)

    def earlier(self, sentence: _Read, threshold: float) -> int | None:
        """The first sentence read that ``sentence`` nearly repeats, if any."""
        if (same := self.exact.get(tuple(sentence.words))) is not None:
            return same
        holders = (self.runs.get(run, []) for run in _shingles(sentence.words))
        shared: Counter[int] = Counter()
        taken = 0
        for sentences_with_run in sorted(holders, key=len):
            if taken >= LIKE:
                break
            latest = sentences_with_run[-PER_RUN:]
            shared.update(latest)
            taken += len(latest)
        best = heapq.nlargest(COMPARED, shared.items(), key=lambda s: (s[1], -s[0]))
        alike = [
            number
            for number, _ in best
            if self.read[number].may_be_like(sentence, threshold)
            and _alike(self.read[number].words, sentence.words, threshold)
        ]
        return min(alike) if alike else None

    def add(self, sentence: _Read) -> None:
        number = len(self.read)
        self.read.append(sentence)
        self.exact.setdefault(tuple(sentence.words), number)
        for run in _shingles(sentence.words):
            self.runs.setdefault(run, []).append(number)


def repeats(
    texts: Sequence[str], *, threshold: float = 0.8
) -> list[tuple[int, Finding]]:
    """Sentences that repeat, word for word or nearly, an earlier one among
    ``texts`` (the paragraphs of one section), each with the index in
    ``texts`` of the text that holds the repeat. Sentences of fewer than 8
    words are left out.

    "Nearly" is the words two sentences share in order (difflib's matching
    blocks) as a share of the shorter one, ``threshold`` or more. The work
    is about linear in the length of the texts: a sentence is compared
    only with the :data:`COMPARED` earlier ones that share most runs of
    three words with it, counting its rarest runs first, and an exact
    repeat is found by its words alone. In a section of up to
    :data:`COMPARED` sentences that is every earlier sentence sharing a
    run, so the findings are those of comparing every pair; in long,
    formulaic text, a near repeat whose shared runs are all common may be
    missed (generated prose of 400 KB: 1,750 of the 1,779 repeats that
    comparing every pair finds). A finding's ``text`` is the sentence that
    repeats; its fix quotes the earlier one.
    """
    seen = _Seen()
    found = []
    for index, text in enumerate(texts):
        for sentence in sentences(text):
            words = _words_of(sentence)
            if len(words) < 8:
                continue
            read = _Read.of(sentence, words)
            earlier = seen.earlier(read, threshold)
            if earlier is not None:
                first = seen.read[earlier].sentence
                found.append(
                    (
                        index,
                        check_finding(
                            "repeated-sentence",
                            "repeats an earlier sentence of this section: "
                            f"{sentence[:70]!r}",
                            f"remove one of the two; the first reads {first[:70]!r}",
                            text=sentence,
                        ),
                    )
                )
            seen.add(read)
    return found


def near_repeats(texts: Sequence[str], *, threshold: float = 0.8) -> list[Finding]:
    """The findings of :func:`repeats`, without the index of their text."""
    return [finding for _, finding in repeats(texts, threshold=threshold)]


_FINAL = re.compile(r"[.!?:;…][\"”’)\]]*\s*$")


def cut_off(text: str) -> Finding | None:
    """A paragraph that ends without final punctuation: cut off mid-sentence."""
    stripped = text.rstrip()
    if not stripped or _FINAL.search(stripped):
        return None
    end = " ".join(stripped.split()[-6:])
    return check_finding(
        "cut-off-paragraph",
        f"ends without final punctuation: '...{end}'",
        "finish the sentence",
        text=end,
    )


def starts_mid_sentence(text: str) -> Finding | None:
    """A paragraph that starts with a lower-case word: a stray fragment of
    a sentence that begins elsewhere."""
    stripped = text.lstrip('"“(‘ ')
    first = stripped.split(maxsplit=1)[0] if stripped.split() else ""
    if first[:1].islower() and not any(c.isupper() for c in first[1:]):
        start = " ".join(stripped.split()[:6])
        return check_finding(
            "stray-fragment",
            f"starts in the middle of a sentence: '{start}...'",
            "join it to the paragraph it belongs to, or finish it",
            text=start,
        )
    return None
