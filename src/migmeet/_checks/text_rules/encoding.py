"""The broken-encoding rule: "CrĂ©peau" for "Crépeau", with its repair."""

from __future__ import annotations

import re
import unicodedata

import ftfy

from ..._findings import Finding, check_finding

__all__ = ["mojibake", "repair_mojibake"]

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


def mojibake(text: str) -> list[Finding]:
    """Words whose characters are broken encoding, each with its repair."""
    findings = []
    for match in _WORDISH.finditer(text):
        word = match.group(0).strip(".,;:()[]\"'")
        if word.isascii():
            continue
        repaired = repair_mojibake(word)
        if repaired != word:
            findings.append(
                check_finding(
                    "mojibake",
                    f"{word!r} looks like broken encoding of {repaired!r}",
                    f"write {repaired!r}",
                    text=word,
                )
            )
    return findings
