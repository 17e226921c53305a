"""The rules on sentences: repeated, cut off, or begun elsewhere."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from ..._findings import Finding, check_finding

__all__ = ["cut_off", "near_repeats", "sentences", "starts_mid_sentence"]

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


def near_repeats(texts: Sequence[str], *, threshold: float = 0.8) -> list[Finding]:
    """Sentences that repeat, word for word or nearly, an earlier one among
    ``texts`` (the paragraphs of one section). Short sentences are left out.

    Each finding's ``text`` is the sentence that repeats; its fix quotes the
    earlier one.
    """
    seen: list[tuple[str, list[str]]] = []
    findings = []
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
                findings.append(
                    check_finding(
                        "repeated-sentence",
                        "repeats an earlier sentence of this section: "
                        f"{sentence[:70]!r}",
                        f"remove one of the two; the first reads {earlier[:70]!r}",
                        text=sentence,
                    )
                )
                break
        seen.append((sentence, words))
    return findings


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
