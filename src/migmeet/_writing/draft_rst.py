"""A draft's blocks written as a summary's reStructuredText.

Each paragraph is one line, so no line of it can be read as a heading's
underline or a list; its text is escaped so that what the author typed
reads back the same: every character with a meaning in inline markup
takes a backslash, and so does a paragraph's opening when it would start a
list or a directive. Names of the data file become roles, bold and italic
``**``/``*``, links anonymous references, footnotes ``[#]_`` with their
text at the end of the file. Where markup touches a word, an escaped space
(``\\ ``, which reads as nothing) separates them, as docutils wants
inline markup to start and end beside a space or punctuation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path

from .._reading.draft_docx import (
    Block,
    Inline,
    Link,
    ListBlock,
    NoteRef,
    Paragraph,
    Styled,
)
from .._reading.draft_names import Found, NameMatcher
from .files import write_atomically

__all__ = ["escape_rst", "opening", "summary_rst", "write_summaries"]

_SPECIAL = re.compile(r"([\\*`_|\[\]<>]|:(?=:)|(?<=:):)")
_OPENING = re.compile(r"(?:\d+|[A-Za-z]|[IVXLCDMivxlcdm]+|#)([.)])(?=\s|\Z)")
# What docutils lets stand right before inline markup, and right after it.
_BEFORE_ASCII, _BEFORE_CATEGORIES = "-:/'\"<([{", ("Pd", "Ps", "Pi", "Pf", "Po")
_AFTER_ASCII, _AFTER_CATEGORIES = "-.,:;!?\\/'\")]}>", ("Pd", "Pe", "Pi", "Pf", "Po")


def escape_rst(text: str) -> str:
    """``text`` as running text that docutils reads back unchanged."""
    return _SPECIAL.sub(r"\\\1", text)


def opening(line: str) -> str:
    """The line, its start kept from reading as a list, directive or rule."""
    if not line:
        return line
    match = _OPENING.match(line)
    if match:
        return line[: match.start(1)] + "\\" + line[match.start(1) :]
    if not line[0].isalnum() and line[0] != "\\" and not line.startswith(":"):
        return "\\" + line
    return line


def _can_touch(char: str, *, after: bool) -> bool:
    """Whether inline markup may stand right before (or ``after``) ``char``."""
    if not char or char.isspace():
        return True
    ascii_, categories = (
        (_AFTER_ASCII, _AFTER_CATEGORIES)
        if after
        else (_BEFORE_ASCII, _BEFORE_CATEGORIES)
    )
    if char.isascii():
        return char in ascii_
    return unicodedata.category(char) in categories


class _Writer:
    def __init__(self, matcher: NameMatcher) -> None:
        self.matcher = matcher
        self.notes: list[str] = []
        self.out: list[str] = []
        self.plain_next = ""  # the plain text after a markup, to separate it

    def markup(self, text: str, next_char: str) -> None:
        before = self.out[-1][-1:] if self.out and self.out[-1] else ""
        if self.out and not _can_touch(before, after=False):
            self.out.append("\\ ")
        self.out.append(text)
        if not _can_touch(next_char, after=True):
            self.out.append("\\ ")

    def inlines(
        self, content: Sequence[Inline], footnotes: dict[str, tuple[Inline, ...]]
    ) -> None:
        for index, inline in enumerate(content):
            following = _first_char(content[index + 1 :])
            if isinstance(inline, str):
                self.text(inline, following)
            elif isinstance(inline, NoteRef):
                note = footnotes.get(inline.key, ())
                self.notes.append(self.render(note, footnotes, notes_allowed=False))
                self.markup("[#]_", following)
            elif isinstance(inline, Styled | Link):
                self.styled(inline, following, footnotes)

    def styled(
        self,
        inline: Styled | Link,
        following: str,
        footnotes: dict[str, tuple[Inline, ...]],
    ) -> None:
        inner = "".join(_plain(inline.children))
        stripped = inner.strip()
        if not stripped:
            self.text(inner, following)
            return
        lead, trail = (
            inner[: len(inner) - len(inner.lstrip())],
            inner[len(inner.rstrip()) :],
        )
        if lead:
            self.out.append(lead)
        if isinstance(inline, Link) and not inline.url.startswith(
            ("https://", "http://", "mailto:")
        ):
            # A link to anything else (javascript:, a file) is not kept:
            # its words are, as the draft's text.
            self.text(inner, following)
            return
        if isinstance(inline, Link):
            label = escape_rst(stripped).replace("`", "\\`")
            made = f"`{label} <{_url(inline.url)}>`__"
        else:
            mark = "**" if inline.kind == "strong" else "*"
            made = f"{mark}{escape_rst(stripped)}{mark}"
        self.markup(made, trail[:1] or following)
        if trail:
            self.out.append(trail)

    def text(self, text: str, following: str) -> None:
        pieces = self.matcher.split(text)
        for index, piece in enumerate(pieces):
            if isinstance(piece, Found):
                after = pieces[index + 1 : index + 2]
                next_char = (
                    after[0][:1] if after and isinstance(after[0], str) else following
                )
                if after and isinstance(after[0], Found):
                    next_char = ":"
                self.markup(f":{piece.role}:`{piece.key}`", next_char)
            else:
                self.out.append(escape_rst(piece))

    def render(
        self,
        content: Sequence[Inline],
        footnotes: dict[str, tuple[Inline, ...]],
        *,
        notes_allowed: bool = True,
    ) -> str:
        saved, self.out = self.out, []
        if notes_allowed:
            self.inlines(content, footnotes)
        else:
            self.inlines([i for i in content if not isinstance(i, NoteRef)], footnotes)
        line, self.out = "".join(self.out), saved
        return opening(line)


def _url(url: str) -> str:
    """``url`` as it can stand between < and > in a link: the characters
    that would end it or open markup are percent-encoded (an address
    already encoded keeps its own escapes)."""
    for char, code in (
        (" ", "%20"),
        ("<", "%3C"),
        (">", "%3E"),
        ("`", "%60"),
        ("\\", "%5C"),
    ):
        url = url.replace(char, code)
    return url


def _plain(content: Sequence[Inline]) -> list[str]:
    words: list[str] = []
    for inline in content:
        if isinstance(inline, str):
            words.append(inline)
        elif isinstance(inline, Styled | Link):
            words += _plain(inline.children)
    return words


def _first_char(content: Sequence[Inline]) -> str:
    for inline in content:
        if isinstance(inline, NoteRef):
            return "["
        text = "".join(_plain([inline]))
        if text:
            return text[0]
    return ""


def summary_rst(
    blocks: Sequence[Block],
    footnotes: dict[str, tuple[Inline, ...]],
    matcher: NameMatcher,
    title: str | None = None,
) -> str:
    """The text of a summary file: ``title`` as its heading if given, the
    blocks, and the footnotes they reference."""
    writer = _Writer(matcher)
    parts: list[str] = []
    if title is not None:
        heading = escape_rst(title)
        parts.append(f"{opening(heading)}\n{'=' * max(len(heading) + 1, 4)}")
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(writer.render(block.content, footnotes))
        elif isinstance(block, ListBlock):
            bullet = "#." if block.ordered else "-"
            items = [writer.render(item, footnotes) for item in block.items]
            parts.append("\n".join(f"{bullet} {item}" for item in items))
    parts += [f".. [#] {note}" for note in writer.notes]
    return "\n\n".join(parts) + "\n"


def write_summaries(root: Path, texts: Mapping[str, str]) -> list[Path]:
    """Write each text to its name (``items/03-x.rst``) under ``root``,
    atomically, making ``items/`` or ``annexes/`` if need be."""
    written = []
    for name, text in texts.items():
        target = root / name
        target.parent.mkdir(exist_ok=True)
        written.append(write_atomically(target, text.encode("utf-8")))
    return written
