"""The rules on abbreviations within one text: words in capitals, "the IOM",
"UN", an abbreviation in a heading."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping

from ..._findings import Finding, check_finding
from .notes import is_misspelt_note

__all__ = [
    "abbreviation_articles",
    "abbreviations_in_heading",
    "capitals_tokens",
    "un_abbreviated",
]

_ROMAN = re.compile(r"[IVXLCDM]+\Z")
# Editing notes in capitals, which the placeholder rule reports.
_NOTES = frozenset({"TBC", "TBD", "TBA", "TODO", "FIXME", "UPDATE"})
_CAPITALS = re.compile(r"(?<![\w/\-])([A-Z][A-Z0-9]{1,6}s?)(?![\w/\-])")


def capitals_tokens(text: str) -> Iterator[str]:
    """Words in capitals that look like abbreviations ("GMG", "SDGs"), not
    Roman numerals, not longer capitalized words ("TOGETHER"), not editing
    notes ("TODO", "TOOD"), which no one should define or spell out."""
    for match in _CAPITALS.finditer(text):
        token = match.group(1)
        if _ROMAN.match(token) or sum(c.isupper() for c in token) < 2:
            continue
        if token in _NOTES or is_misspelt_note(token):
            continue
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
        pattern = rf"\b([Tt]he)\s+({re.escape(abbreviation)})\b(?!\s+[A-Z])(?![\w\-])"
        for match in re.finditer(pattern, text):
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
    except inside names abbreviated so officially ("UN DESA", "UN-Women")."""
    allowed_after = {a.split(" ", 1)[1] for a in allowed if a.startswith("UN ")}
    findings = []
    for match in re.finditer(r"\bU\.?N\.?(?=\s|$|[,;:)])", text):
        rest = text[match.end() :].lstrip()
        following = rest.split(maxsplit=1)[0].rstrip(".,;:)") if rest else ""
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

