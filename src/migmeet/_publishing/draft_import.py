"""A Word draft of the report imported into a meeting folder's summaries.

The draft's headings say where its text goes: "III. International
cooperation" (the Roman numeral of an agenda item, with or without its
title) or an agenda item's title alone starts that item's summary, a
lettered heading inside it ("A. Panel") a sub-heading; "Preface" its part;
"Introduction", or the report's own heading ("Report of the Fifteenth
Coordination Meeting ...", under which migmeet prints it), the
introduction; "Annex I" (its title after it or as the next heading) an
annex. What stands before the first of those, and the front
matter migmeet writes itself (title page, contents, explanatory notes,
abbreviations), is skipped. A heading that is none of these is reported,
with what stood under it, as unmapped.

Files are named by the folder's convention (``items/03-international-
cooperation-and-governance.rst``; an item's existing file keeps its name).
Existing summaries are replaced only with ``force``, and the result says
which; every file is written atomically, and nothing is written if one of
them may not be.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import attrs

from .._errors import MigmeetError
from .._model import AgendaItem
from .._reading import DATA_FILE, read_folder
from .._reading.draft_docx import (
    Block,
    Draft,
    Heading,
    LeftOut,
    ListBlock,
    Paragraph,
    read_draft,
)
from .._reading.draft_names import NameMatcher
from .._reading.layout import ANNEXES, INTRODUCTION, ITEMS, PREFACE, SUMMARIES
from .._style import from_roman, to_roman
from .._writing.draft_rst import summary_rst, write_summaries

__all__ = ["ImportResult", "SummariesExistError", "Unmapped", "import_draft"]

_NUMBERED = re.compile(r"([IVXLCDM]+)\.?(?:\s+(.*))?\Z", re.DOTALL)
_ANNEX = re.compile(r"annex\s+([IVXLCDM]+)\b[.:\s\u2013\u2014-]*(.*)\Z", re.I | re.S)
_LETTERED = re.compile(r"[A-Z]\.\s+\S")
_FRONT_MATTER = frozenset(
    {"contents", "explanatory notes", "abbreviations", "list of abbreviations"}
)
_ITEM_FILE = re.compile(r"(\d+)\D.*\.rst\Z|(\d+)\.rst\Z")


@attrs.frozen
class Unmapped:
    """Something in the draft the data file or the agenda does not know:
    ``what`` it is, and ``where`` (section, paragraph, first words)."""

    what: str
    where: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


class SummariesExistError(MigmeetError):
    """The import would replace summaries that exist (``existing``), and it
    was not told to: the library's caller is told ``force=True``, the
    command's user ``--force``."""

    def __init__(self, existing: list[Path]) -> None:
        self.existing = tuple(existing)
        super().__init__(self.worded("force=True"))

    def worded(self, force: str) -> str:
        """The refusal, naming ``force`` as the way to replace them."""
        return (
            "these summaries exist and would be replaced: "
            + ", ".join(str(path) for path in self.existing)
            + f"; run again with {force} to replace them"
        )


@attrs.frozen
class ImportResult:
    """What :func:`import_draft` wrote (``written``, of which ``replaced``
    existed before) and what it could not map."""

    written: tuple[Path, ...]
    replaced: tuple[Path, ...]
    unmapped: tuple[Unmapped, ...]


@attrs.define
class _Part:
    """A file to write: its name, heading (annexes) and blocks."""

    name: str
    label: str
    title: str | None = None
    blocks: list[Block] = attrs.field(factory=list)


def _slug(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.casefold())[:4]
    return "-".join(words) or "summary"


def _item_names(folder: Path, part: str = ITEMS) -> dict[int, str]:
    """The existing item (or annex) files by number: their names are kept,
    so that importing again replaces them rather than adding a second."""
    names: dict[int, str] = {}
    items = folder / part
    if items.is_dir():
        for path in sorted(items.iterdir()):
            match = _ITEM_FILE.match(path.name)
            if match and not path.name.startswith("."):
                names.setdefault(int(match.group(1) or match.group(2)), path.name)
    return names


def _agenda_item(heading: str, agenda: tuple[AgendaItem, ...]) -> int | None:
    match = _NUMBERED.match(heading)
    if match:
        try:
            number = from_roman(match.group(1))
        except MigmeetError:
            number = 0
        if 1 <= number <= len(agenda):
            return number
    plain = " ".join(heading.split()).casefold()
    for number, item in enumerate(agenda, 1):
        if item.title.casefold() == plain:
            return number
    return None


def _numbered_sections(draft: Draft) -> int:
    """How many sections the draft numbers I, II, III ... in turn: a
    heading's Roman numeral counts only as the next one, so that a
    sub-heading lettered "C." or "V." is not taken for a section."""
    count = 0
    for block in draft.blocks:
        match = _NUMBERED.match(block.text) if isinstance(block, Heading) else None
        if match is None:
            continue
        try:
            number = from_roman(match.group(1))
        except MigmeetError:
            continue
        if number == count + 1:
            count = number
    return count


def _first_words(block: Block) -> str:
    text = ""
    if isinstance(block, Paragraph):
        text = "".join(i for i in block.content if isinstance(i, str))
    elif isinstance(block, ListBlock) and block.items:
        text = "".join(i for i in block.items[0] if isinstance(i, str))
    words = text.split()
    return " ".join(words[:6]) + (" ..." if len(words) > 6 else "")


class _Sorter:
    """The draft's blocks, sorted into the parts they belong to."""

    def __init__(
        self, folder: Path, agenda: tuple[AgendaItem, ...], report_title: str
    ) -> None:
        self.agenda, self.existing = agenda, _item_names(folder)
        self.existing_annexes = _item_names(folder, ANNEXES)
        # The report's own heading, as migmeet prints it: the introduction
        # stands under it.
        self.report_title = " ".join(report_title.split()).casefold()
        self.parts: dict[str, _Part] = {}
        self.current: _Part | None = None
        self.unmapped: list[Unmapped] = []
        self.annex_needs_title = False

    def heading(self, heading: Heading) -> None:
        text = heading.text
        plain = " ".join(text.split()).casefold().rstrip(".")
        number = _agenda_item(text, self.agenda)
        annex = _ANNEX.match(text)
        if self.annex_needs_title and self.current is not None:
            self.current.title, self.annex_needs_title = text, False
        elif number is not None:
            title = self.agenda[number - 1].title
            name = self.existing.get(number, f"{number:02d}-{_slug(title)}.rst")
            self._start(f"{ITEMS}/{name}", to_roman(number))
        elif plain in ("preface", "introduction", self.report_title):
            self._start(PREFACE if plain == "preface" else INTRODUCTION, text)
        elif annex:
            try:
                number = from_roman(annex.group(1))
            except MigmeetError:
                number = 1
            annex_title = annex.group(2).strip() or None
            slug = _slug(annex_title or "annex")
            name = self.existing_annexes.get(number, f"{number}-{slug}.rst")
            self._start(f"{ANNEXES}/{name}", text)
            assert self.current is not None
            self.current.title = annex_title
            self.annex_needs_title = annex_title is None
        elif plain in _FRONT_MATTER:
            self.current = None
        elif (
            self.current is not None
            and self.current.name.startswith(ITEMS)
            and (heading.level > 1 or _LETTERED.match(text))
        ):
            self.current.blocks.append(heading)
        else:
            where = self.current.label if self.current else "before the first section"
            self.unmapped.append(
                Unmapped(
                    f"heading {text!r} is not an agenda item; the text under it "
                    "was not imported",
                    where,
                )
            )
            self.current = None

    def _start(self, name: str, label: str) -> None:
        self.current = self.parts.setdefault(name, _Part(name, label))
        self.annex_needs_title = False

    def block(self, block: Block) -> None:
        self.annex_needs_title = False
        if self.current is None:
            return  # front matter, or under a heading already listed
        if isinstance(block, LeftOut):
            where = f"{self.current.label}, after paragraph {self._paragraphs()}"
            self.unmapped.append(Unmapped(f"{block.what} was left out", where))
        else:
            self.current.blocks.append(block)

    def _paragraphs(self) -> int:
        assert self.current is not None
        return sum(not isinstance(b, Heading) for b in self.current.blocks)


def _unknown_names(part: _Part, matcher: NameMatcher) -> list[Unmapped]:
    found = []
    paragraph = 0
    for block in part.blocks:
        if isinstance(block, Heading | LeftOut):
            continue
        paragraph += 1
        texts = [block.content] if isinstance(block, Paragraph) else list(block.items)
        for content in texts:
            for text in content:
                if not isinstance(text, str):
                    continue
                for piece in matcher.split(text):
                    if isinstance(piece, str):
                        for name in matcher.unknown(piece):
                            where = (
                                f"{part.label}, paragraph {paragraph} "
                                f"({_first_words(block)!r})"
                            )
                            found.append(
                                Unmapped(f"{name!r} is not in the data file", where)
                            )
    return found


def _text(part: _Part, draft: Draft, matcher: NameMatcher) -> str:
    """The rst of a part; an item's sub-headings are its file's headings."""
    runs: list[tuple[str | None, list[Block]]] = [(part.title, [])]
    for block in part.blocks:
        if isinstance(block, Heading):
            runs.append((block.text, []))
        else:
            runs[-1][1].append(block)
    return "\n".join(
        summary_rst(blocks, draft.footnotes, matcher, title) for title, blocks in runs
    )


def import_draft(
    draft_path: str | os.PathLike[str],
    folder: str | os.PathLike[str],
    *,
    force: bool = False,
) -> ImportResult:
    """Write a Word draft's text as the summaries of a meeting folder.

    Args:
        draft_path: the draft, a .docx file.
        folder: the meeting folder; its data file gives the agenda and the
            names to write as roles.
        force: replace summaries that exist already (their files are named
            in the result's ``replaced``).

    Returns:
        What was written and what could not be mapped.

    Raises:
        MigmeetError: if the draft cannot be read, the folder has no
            readable data file, or summaries exist and ``force`` is False.
    """
    root = Path(folder)
    reading = read_folder(root)
    if reading.data is None or reading.data.meeting is None:
        problems = "; ".join(str(p) for p in reading.problems[:3])
        raise MigmeetError(f"{root}: the data file cannot be read ({problems})")
    draft = read_draft(draft_path)
    meeting = reading.data.meeting
    sections, items = _numbered_sections(draft), len(meeting.agenda)
    if sections > items:
        raise MigmeetError(
            f"{draft_path}: the draft has {sections} numbered sections but the "
            f"agenda in {DATA_FILE} has {items} item{'s' * (items != 1)}: set the "
            "agenda first (its titles, in order), then import again; nothing written"
        )
    sorter = _Sorter(root, meeting.agenda, f"Report of the {meeting.title}")
    for block in draft.blocks:
        if isinstance(block, Heading):
            sorter.heading(block)
        else:
            sorter.block(block)
    parts = [part for part in sorter.parts.values() if part.blocks or part.title]
    if not parts:
        raise MigmeetError(
            f"{draft_path}: no heading names an agenda item ('I. Opening of the "
            "meeting'), the preface or the introduction; nothing to import"
        )
    if (root / SUMMARIES).exists():
        raise MigmeetError(
            f"{root / SUMMARIES}: holds the summaries already; the import writes "
            f"{ITEMS}/, and a folder keeps one of the two: move {SUMMARIES} away"
        )
    targets = {part.name: root / part.name for part in parts}
    existing = [path for path in targets.values() if path.exists() or path.is_symlink()]
    if existing and not force:
        raise SummariesExistError(existing)
    matcher = NameMatcher.of(reading.data)
    texts = {part.name: _text(part, draft, matcher) for part in parts}
    unmapped = list(sorter.unmapped)
    for part in parts:
        unmapped += _unknown_names(part, matcher)
    written = write_summaries(root, texts)
    return ImportResult(tuple(written), tuple(existing), tuple(unmapped))
