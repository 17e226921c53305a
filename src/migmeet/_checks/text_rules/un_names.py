"""The rule on the Organization's names: the United Nations, its organs,
offices and posts written as the United Nations writes them ("Secretary-
General", "Member States", "States parties"), from the curated list in
``migmeet/names/un_names.toml``.

Each entry's words make one pattern that also matches their near misses:
any case, a hyphen or a space between words, a word in the other number
("Members States", "State parties"). All entries are alternatives of one
combined pattern, matched once over the text: linear time. A match that is
not one of the entry's forms is a finding, with the form to write, unless
it is written in capitals (a heading), is a generic word in lower case
("a general assembly of the union"), is another body's own title ("the
Secretary General of the Council of Europe", "the Conference of States
Parties to the Convention") or begins a longer name
("United Nations System Staff College").
"""

from __future__ import annotations

import functools
import re
import tomllib
from importlib import resources

import attrs

from ..._findings import Finding, check_finding

__all__ = ["official_un_names", "un_name_problems"]

_GAP = r"[\s\-]+"
_WORDS = re.compile(r"[\s\-]+")


@attrs.frozen
class _Entry:
    forms: tuple[str, ...]
    generic: bool
    owners: bool


def _data() -> dict[str, object]:
    text = resources.files("migmeet").joinpath("names/un_names.toml").read_text("utf-8")
    return tomllib.loads(text)


def _variants(word: str) -> set[str]:
    """``word`` and its other number, in lower case: "secretary",
    "secretaries"; "states", "state"."""
    word = word.lower()
    found = {word, word + "s"}
    if word.endswith("y"):
        found.add(word[:-1] + "ies")
    if word.endswith("ies"):
        found.add(word[:-3] + "y")
    if word.endswith("s"):
        found.add(word[:-1])
    return found


def _pattern(entry: _Entry) -> str:
    columns = zip(*(_WORDS.split(form) for form in entry.forms), strict=True)
    words = []
    for column in columns:
        variants = set().union(*(_variants(word) for word in column))
        words.append(
            "(?:"
            + "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
            + ")"
        )
    return _GAP.join(words)


@functools.cache
def _entries() -> tuple[tuple[_Entry, ...], re.Pattern[str]]:
    raw = _data()["name"]
    assert isinstance(raw, list)
    entries = tuple(
        _Entry(
            forms=tuple(item["forms"]),
            generic=bool(item.get("generic", False)),
            owners=bool(item.get("owners", False)),
        )
        for item in raw
    )
    # Longer names first, so "Under-Secretary-General" is not read as
    # "Secretary-General" after a stray "Under".
    order = sorted(
        range(len(entries)),
        key=lambda i: len(_WORDS.split(entries[i].forms[0])),
        reverse=True,
    )
    alternatives = "|".join(f"(?P<n{i}>{_pattern(entries[i])})" for i in order)
    pattern = re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])", re.IGNORECASE)
    return entries, pattern


@functools.cache
def official_un_names() -> frozenset[str]:
    """The official names that begin with "UN" ("UN DESA", "UN Women")."""
    official = _data()["official_un"]
    assert isinstance(official, dict)
    return frozenset(official["names"])


def _fix(entry: _Entry, written: str) -> str:
    """The form of ``entry`` nearest ``written``: the most words alike."""
    words = [w.lower() for w in _WORDS.split(written)]

    def alike(form: str) -> int:
        return sum(
            a == b.lower() for a, b in zip(words, _WORDS.split(form), strict=False)
        )

    return max(entry.forms, key=alike)  # max keeps the first of equals


_OF_ANOTHER = re.compile(r"\s+of\s+(?!the\s+United\s+Nations\b)", re.IGNORECASE)
_CAPITALIZED_NEXT = re.compile(r"\s+[A-Z]")


#: A body whose title holds the name: "the Conference of States Parties to
#: the Convention", "the Meeting of States Parties".
_BODY_OF = re.compile(
    r"\b(?:Conference|Meeting|Assembly|Committee|Bureau)\s+of\s+(?:the\s+)?\Z"
)


def _left_alone(entry: _Entry, written: str, text: str, start: int, end: int) -> bool:
    if all(w[:1].isupper() for w in _WORDS.split(written)) and _BODY_OF.search(
        text, max(0, start - 40), start
    ):
        return True  # "the Conference of States Parties to the Convention"
    if written.isupper():
        return True  # a heading in capitals
    if entry.generic and written.islower():
        return True  # "a general assembly of the union"
    if entry.owners and _OF_ANOTHER.match(text, end):
        return True  # "the Secretary General of the Council of Europe"
    words = _WORDS.split(written)
    return all(w[:1].isupper() for w in words) and bool(
        _CAPITALIZED_NEXT.match(text, end)
    )  # "United Nations System Staff College"


def un_name_problems(text: str) -> list[Finding]:
    """The Organization's names in ``text`` not written as the United
    Nations writes them, each with the form to write."""
    entries, pattern = _entries()
    findings = []
    for match in pattern.finditer(text):
        assert match.lastgroup is not None
        entry = entries[int(match.lastgroup[1:])]
        written = match.group(0)
        if written in entry.forms or _left_alone(
            entry, written, text, match.start(), match.end()
        ):
            continue
        fix = _fix(entry, written)
        findings.append(
            check_finding(
                "un-name",
                f"{written!r}: the United Nations writes {fix!r}",
                f"write {fix!r}",
                text=written,
            )
        )
    return findings
