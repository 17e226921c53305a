"""A Word draft of the report, read into headings, paragraphs, lists and notes.

The .docx is converted by mammoth, which maps Word's paragraph styles to
semantic HTML (Heading 1 to ``<h1>``, list paragraphs to ``<ul>``/``<ol>``,
bold and italic runs, hyperlinks, and real Word footnotes, numbered and
collected at the end), ignoring the look (fonts, sizes, colours) a summary
must not carry. The HTML is read with the standard library's parser into
frozen values. mammoth was chosen over python-docx (no footnotes, no list
semantics) and docx2python (styles flattened into text markers) because
its style map gives meaning rather than formatting, and it is well kept.

A draft is untrusted: it must be a zip with a Word document in it, no
larger than :data:`MAX_UNPACKED` unpacked (a zip bomb is refused before
anything is inflated), files it links outside itself are never opened,
and nothing in it is unpacked to the disk; every failure becomes a :class:`DraftError`
naming the file.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import attrs
import mammoth

from .._errors import MigmeetError

__all__ = [
    "MAX_UNPACKED",
    "Block",
    "Draft",
    "DraftError",
    "Heading",
    "Inline",
    "LeftOut",
    "Link",
    "ListBlock",
    "NoteRef",
    "Paragraph",
    "Styled",
    "read_draft",
    "read_draft_html",
]

#: The most a draft may hold unpacked: far beyond any report's text.
MAX_UNPACKED = 64 * 1024 * 1024
_MAX_ENTRIES = 2000


_STRAIGHT_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'}
)


class DraftError(MigmeetError):
    """A draft that cannot be read, with the reason and the file."""


@attrs.frozen
class Styled:
    """Bold (``strong``) or italic (``em``) text."""

    kind: str
    children: tuple[Inline, ...]


@attrs.frozen
class Link:
    url: str
    children: tuple[Inline, ...]


@attrs.frozen
class NoteRef:
    """The place of a footnote, by its key in :attr:`Draft.footnotes`."""

    key: str


Inline = str | Styled | Link | NoteRef


@attrs.frozen
class Heading:
    level: int
    text: str


@attrs.frozen
class Paragraph:
    content: tuple[Inline, ...]


@attrs.frozen
class ListBlock:
    ordered: bool
    items: tuple[tuple[Inline, ...], ...]


@attrs.frozen
class LeftOut:
    """Where the draft had something a summary cannot hold (a table, an
    image), in a rapporteur's words."""

    what: str


Block = Heading | Paragraph | ListBlock | LeftOut


@attrs.frozen
class Draft:
    """The draft's blocks in reading order and its footnotes' text by key."""

    blocks: tuple[Block, ...]
    footnotes: dict[str, tuple[Inline, ...]]


_NOTE_ID = re.compile(r"(?:foot|end)note-(\d+)\Z")
_NOTE_HREF = re.compile(r"#((?:foot|end)note-\d+)\Z")
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6"}


class _Frame:
    """An open inline element, gathering its children."""

    def __init__(self, tag: str, url: str = "") -> None:
        self.tag, self.url = tag, url
        self.children: list[Inline] = []


class _DraftParser(HTMLParser):
    """mammoth's HTML to blocks; mammoth writes no stray whitespace."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.footnotes: dict[str, tuple[Inline, ...]] = {}
        self.frames: list[_Frame] = []
        self.lists: list[tuple[bool, list[tuple[Inline, ...]]]] = []
        self.note: str | None = None  # the footnote being read
        self.skipping = 0  # depth inside a table or a back link

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        found = dict(attrs_)
        if self.skipping:
            self.skipping += tag not in ("br", "img")
            return
        if tag == "table":
            self.blocks.append(LeftOut("a table"))
            self.skipping = 1
        elif tag == "img":
            self.blocks.append(LeftOut("an image"))
        elif tag == "li" and _NOTE_ID.match(found.get("id") or ""):
            self.note = found.get("id")
            self.frames = [_Frame("note")]
        elif tag in ("ul", "ol") and self.note is None:
            if self.lists and self.frames:
                self._close_item()  # a nested list: its items follow the parent's
            self.lists.append((tag == "ol", []))
        elif tag == "li" and self.lists:
            self.frames = [_Frame("li")]
        elif tag in _BLOCKS:
            if not self.frames:
                self.frames = [_Frame(tag)]
            elif self.frames[0].tag in ("li", "note") and self.frames[0].children:
                self.frames[-1].children.append(" ")
        elif tag in ("strong", "b", "em", "i") and self.frames:
            self.frames.append(_Frame("strong" if tag in ("strong", "b") else "em"))
        elif tag == "a" and self.frames:
            href = found.get("href") or ""
            note = _NOTE_HREF.match(href)
            if note and (found.get("id") or "").startswith(
                ("footnote-ref", "endnote-ref")
            ):
                self.frames[-1].children.append(NoteRef(note.group(1)))
                self.skipping = 1
            elif href.startswith("#"):
                self.skipping = 1  # a back link from a note, or a bookmark
            else:
                self.frames.append(_Frame("a", href))
        elif tag == "br" and self.frames:
            self.frames[-1].children.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            self.skipping -= 1
            return
        if tag in ("strong", "b", "em", "i", "a") and len(self.frames) > 1:
            frame = self.frames.pop()
            made: Inline = (
                Link(frame.url, tuple(frame.children))
                if frame.tag == "a"
                else Styled(frame.tag, tuple(frame.children))
            )
            self.frames[-1].children.append(made)
        elif tag == "li" and self.note is not None:
            self.footnotes[self.note] = self._collapse()
            self.note = None
        elif tag == "li" and self.lists:
            self._close_item()
        elif tag in ("ul", "ol") and self.lists and self.note is None:
            ordered, items = self.lists.pop()
            if self.lists:
                self.lists[-1][1].extend(items)
            elif items:
                self.blocks.append(ListBlock(ordered, tuple(items)))
        elif tag in _BLOCKS and self.frames and self.frames[0].tag == tag:
            content = self._collapse()
            if tag == "p":
                if content:
                    self.blocks.append(Paragraph(content))
            else:
                text = "".join(_plain(content)).strip()
                if text:
                    self.blocks.append(Heading(int(tag[1]), text))

    def handle_data(self, data: str) -> None:
        if not self.skipping and self.frames:
            # Word's curved quotes are typed back straight: the summaries
            # hold what a rapporteur types, and migmeet sets the quotes.
            self.frames[-1].children.append(data.translate(_STRAIGHT_QUOTES))

    def _close_item(self) -> None:
        if self.frames and self.lists:
            content = self._collapse()
            if content:
                self.lists[-1][1].append(content)

    def _collapse(self) -> tuple[Inline, ...]:
        """The open block's content, inner frames closed, spaces collapsed."""
        while len(self.frames) > 1:
            self.handle_endtag(self.frames[-1].tag)
        content = tuple(self.frames[0].children) if self.frames else ()
        self.frames = []
        return _tidy(content)


def _plain(content: tuple[Inline, ...]) -> list[str]:
    words: list[str] = []
    for inline in content:
        if isinstance(inline, str):
            words.append(inline)
        elif isinstance(inline, Styled | Link):
            words += _plain(inline.children)
    return words


def _tidy(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """Neighbouring strings joined, white space collapsed, ends stripped."""
    joined: list[Inline] = []
    for inline in content:
        if isinstance(inline, str):
            inline = re.sub(r"[ \t\r\n]+", " ", inline)
            if joined and isinstance(joined[-1], str):
                joined[-1] += inline
                continue
        elif isinstance(inline, Styled | Link):
            inline = attrs.evolve(inline, children=_tidy(inline.children))
        joined.append(inline)
    if joined and isinstance(joined[0], str):
        joined[0] = joined[0].lstrip()
    if joined and isinstance(joined[-1], str):
        joined[-1] = joined[-1].rstrip()
    return tuple(i for i in joined if i != "")


def read_draft_html(html: str) -> Draft:
    """The blocks and footnotes of mammoth's HTML."""
    parser = _DraftParser()
    parser.feed(html)
    parser.close()
    return Draft(tuple(parser.blocks), parser.footnotes)


def _check_zip(path: Path, data: bytes) -> None:
    if not data:
        raise DraftError(f"{path}: is empty; give a Word (.docx) file")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise DraftError(
            f"{path}: is not a Word (.docx) file (not a zip archive: {error}); "
            "save the draft as .docx (Word 2007 or later)"
        ) from error
    with archive:
        entries = archive.infolist()
        if len(entries) > _MAX_ENTRIES:
            raise DraftError(f"{path}: holds {len(entries)} files; not a Word draft")
        unpacked = sum(entry.file_size for entry in entries)
        if unpacked > MAX_UNPACKED:
            raise DraftError(
                f"{path}: would unpack to {unpacked // 2**20} MB, more than the "
                f"{MAX_UNPACKED // 2**20} MB a draft may hold"
            )
        if "word/document.xml" not in archive.namelist():
            raise DraftError(f"{path}: is a zip archive but not a Word document")
        bad = archive.testzip()
        if bad is not None:
            raise DraftError(f"{path}: is damaged ({bad} cannot be read)")


#: The headings of the report as ``migmeet docx`` writes it (the preface,
#: the report's own title, each annex), read as the headings they are, so
#: that a report exported to Word comes back in the same parts.
_STYLE_MAP = "p[style-name='Part Heading'] => h1:fresh"


def read_draft(path: str | os.PathLike[str]) -> Draft:
    """Read the Word draft at ``path``; :class:`DraftError` if it cannot be."""
    source = Path(path)
    if not source.is_file():
        raise DraftError(f"{source}: no such file")
    try:
        data = source.read_bytes()
    except OSError as error:
        raise DraftError(f"{source}: cannot be read: {error.strerror}") from error
    _check_zip(source, data)
    try:
        # A draft may link files outside itself (an image "linked to file"):
        # they are never read, so a draft cannot reveal the importer's files.
        converted = mammoth.convert_to_html(
            io.BytesIO(data), external_file_access=False, style_map=_STYLE_MAP
        )
    except Exception as error:  # mammoth's errors have no common base
        raise DraftError(
            f"{source}: cannot be read as a Word document: {error}"
        ) from error
    draft = read_draft_html(converted.value)
    if not any(isinstance(block, Heading | Paragraph) for block in draft.blocks):
        raise DraftError(f"{source}: holds no text")
    return draft
