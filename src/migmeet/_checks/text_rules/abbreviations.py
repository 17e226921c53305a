"""The rules on abbreviations within one text: words in capitals, "the IOM",
"UN", an abbreviation in a heading."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from ..._findings import Finding, check_finding
from ..._style import used_attributively
from .notes import is_note_word
from .un_names import official_un_names

__all__ = [
    "abbreviation_articles",
    "abbreviations_in_heading",
    "capitals_tokens",
    "possessive_abbreviations",
    "un_abbreviated",
]

# A Roman numeral as written: "XIV", but not "IDMC" or "CD" read as one.
_ROMAN = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})\Z")
_CAPITALS = re.compile(r"(?<![\w/\-])([A-Z][A-Z0-9]{1,6}s?)(?![\w/\-])")


def capitals_tokens(text: str) -> Iterator[str]:
    """Words in capitals that look like abbreviations ("GMG", "SDGs"), not
    Roman numerals, not longer capitalized words ("TOGETHER"), not editing
    notes ("TODO", "TOOD"), which no one should define or spell out."""
    for match in _CAPITALS.finditer(text):
        token = match.group(1)
        if _ROMAN.match(token) or sum(c.isupper() for c in token) < 2:
            continue
        if is_note_word(token):
            continue  # the placeholder rule reports it
        yield token


def abbreviations_in_heading(text: str, names: Mapping[str, str]) -> list[Finding]:
    """Abbreviations in a heading, which UN style spells out; ``names`` gives
    the name a known abbreviation stands for."""
    return [
        check_finding(
            "abbreviation-in-heading",
            f"abbreviation {token!r} in a heading",
            f"write {names[token]!r}" if token in names else "write the name in full",
            text=token,
        )
        for token in capitals_tokens(text)
    ]


def abbreviation_articles(text: str, abbreviations: Iterable[str]) -> list[Finding]:
    """ "the IOM": an article before an abbreviation, which UN style does not
    use, unless the abbreviation qualifies a following name ("the UNDP
    Administrator")."""
    findings = []
    for abbreviation in abbreviations:
        pattern = rf"\b([Tt]he)\s+({re.escape(abbreviation)})\b(?![\w\-])"
        for match in re.finditer(pattern, text):
            if used_attributively(text[match.end() :]):
                continue  # "the UNDP Administrator": the article is the noun's
            findings.append(
                check_finding(
                    "article-before-abbreviation",
                    f"{match.group(0)!r}: UN style uses no article before an "
                    "abbreviation",
                    f"write {abbreviation!r}",
                    text=match.group(0),
                )
            )
    return findings


def un_abbreviated(text: str, allowed: Iterable[str]) -> list[Finding]:
    """ "UN" for United Nations, which is never abbreviated in English text,
    except inside names abbreviated so officially ("UN DESA", "UN Women"):
    the report's own abbreviations and the official names of
    ``migmeet/names/un_names.toml``."""
    names = {*allowed, *official_un_names()}
    allowed_after = {
        a.split(" ", 1)[1].split()[0] for a in names if a.startswith("UN ")
    }
    findings = []
    for match in re.finditer(r"\bU\.?N\.?(?=\s|$|[,;:)])", text):
        rest = text[match.end() :].lstrip()
        # "UN DESA/UNITAR": the name ends at a slash as at a space.
        following = (
            re.split(r"[\s/]", rest, maxsplit=1)[0].rstrip(".,;:)") if rest else ""
        )
        if following in allowed_after:
            continue
        findings.append(
            check_finding(
                "un-abbreviation",
                "'UN' for United Nations; it is not abbreviated in English",
                "write 'United Nations'",
                text=match.group(0),
            )
        )
    return findings


_APOSTROPHE = r"(?:['’]s|(?<=s)['’])(?![\w'’])"
_POSSESSIVE = re.compile(
    rf"(?<![\w\-/.’'])(?P<abbr>[A-Z][A-Za-z0-9&\-]*?)(?P<s>{_APOSTROPHE})"
)


def _possessed(token: str, known: frozenset[str]) -> bool:
    """Whether ``token`` is an abbreviation: a known one, or a word of
    capitals (of 2+ letters, but not a Roman numeral)."""
    if token in known:
        return True
    if is_note_word(token):
        return False  # the placeholder rule reports it
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and token.isupper() and not _ROMAN.match(token)


def _possessives(text: str, known: frozenset[str]) -> Iterator[re.Match[str]]:
    """The possessives of abbreviations in ``text``, known ones of several
    words ("UN DESA's") first, in order, none inside another."""
    matches = [
        match
        for abbreviation in sorted(known, key=len, reverse=True)
        if " " in abbreviation
        for match in re.finditer(
            rf"(?<![\w\-/.’'])(?P<abbr>{re.escape(abbreviation)})(?P<s>{_APOSTROPHE})",
            text,
        )
    ]
    taken = [range(m.start(), m.end()) for m in matches]
    for match in _POSSESSIVE.finditer(text):
        if not any(match.start() in span for span in taken):
            matches.append(match)
    yield from sorted(matches, key=lambda m: m.start())


def possessive_abbreviations(
    text: str, known: Iterable[str] = (), names: Mapping[str, str] | None = None
) -> list[Finding]:
    """ "IOM's workplan": an abbreviation in the possessive, which UN style
    does not use ("the workplan of IOM"); either apostrophe. A plural
    abbreviation takes the apostrophe alone ("the NGOs' role"), unless a
    quotation mark opened before it ("known as the ‘SDGs’").

    ``known`` are the report's abbreviations (any word of capitals counts
    too); ``names`` gives the name a known abbreviation stands for, which
    the message quotes.
    """
    known_set = frozenset(known)
    findings = []
    for match in _possessives(text, known_set):
        token = match["abbr"]
        if match["s"].endswith(("s", "S")):
            if not _possessed(token, known_set):
                continue
        elif text[: match.start()].endswith(("‘", "'", "“", '"')):
            continue  # a quotation closing, not a possessive
        elif token not in known_set and not _possessed(token[:-1], known_set):
            continue  # a plural: "NGOs'"
        written = match.group(0)
        name = (names or {}).get(token)
        stands = f" ({name})" if name else ""
        findings.append(
            check_finding(
                "possessive-abbreviation",
                f"an abbreviation in the possessive: {written!r}{stands}",
                f"write 'the … of {token}' or rephrase",
                text=written,
            )
        )
    return findings
