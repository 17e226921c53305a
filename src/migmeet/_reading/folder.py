"""A meeting folder: the data file and the summaries, read into a report.

The layout::

    meeting.toml         the meeting, its organizations, terms, people, documents
    preface.rst          the preface (no headings)
    introduction.rst     optional: paragraphs under the report's heading
    items/01-opening.rst one summary per agenda item, named by its number;
                         its headings are the lettered sub-headings (A., B.)
    summaries.rst        or: one file, a heading per item ("III. Title")
    annexes/1-agenda.rst optional: each annex, its heading first

Every problem in every file is collected and raised together, as one
:class:`FolderError`, so a rapporteur mends them all in one pass.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._dsl import Annex, Block, Report, Section, Subsection
from .._errors import (
    AbbreviationClashError,
    FolderError,
    InvalidValueError,
    MigmeetError,
)
from .._findings import Finding, check_ignores, load_problem
from .._model import AgendaItem, Source
from .._style import from_roman, to_roman
from .data_file import load_data_file
from .key_lines import locate_key
from .layout import (
    ANNEXES,
    DATA_FILE,
    INTRODUCTION,
    ITEMS,
    KNOWN_TOP,
    PREFACE,
    SUMMARIES,
)
from .meeting_data import MeetingData
from .rst import Entities, RstSection, RstText, parse_rst

__all__ = ["load_folder", "load_report_and_data"]

_ITEM_FILE = re.compile(r"(\d+)\D.*\.rst\Z|(\d+)\.rst\Z")
_ITEM_HEADING = re.compile(r"([IVXLCDM]+)\.?(?:\s+(.*))?\Z", re.DOTALL)
_LETTER = re.compile(r"[A-Z]\.\s+")


class _Reader:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[Finding] = []
        self.entities = Entities()
        self.agenda: tuple[AgendaItem, ...] = ()

    def problem(
        self, file: str, message: str, line: int | None = None, code: str = "file"
    ) -> None:
        self.problems.append(
            load_problem(file=file, line=line, message=message, code=code)
        )

    def read(self, name: str) -> str | None:
        path = self.folder / name
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            self.problem(name, f"is not UTF-8 text (byte {error.start})")
        except OSError as error:
            self.problem(name, f"cannot be read: {error.strerror}")
        return None

    def rst(self, name: str) -> RstText | None:
        text = self.read(name)
        if text is None:
            return None
        parsed, problems = parse_rst(
            text, source=name, entities=self.entities, folder=self.folder
        )
        self.problems += problems
        return parsed

    def make(
        self, file: str, line: int | None, build: Callable[..., Any], **values: Any
    ) -> Any:
        """``build(**values)``, or None with a problem at ``file:line``."""
        try:
            return build(**values)
        except InvalidValueError as error:
            self.problem(file, f"{error.problem} ({error.field})", line)
        except AbbreviationClashError as error:
            self.problem(file, str(error), line, code="abbreviation-two-names")
        except MigmeetError as error:
            self.problem(file, str(error), line)
        return None

    # Parts of the report

    def plain_part(self, name: str) -> tuple[Block, ...]:
        """A part without headings: the preface or the introduction."""
        if not (self.folder / name).exists():
            return ()
        parsed = self.rst(name)
        if parsed is None:
            return ()
        for section in parsed.sections:
            self.problem(name, "has a heading; this part has none", section.line)
        return parsed.blocks

    def subsections(
        self, file: str, sections: tuple[RstSection, ...]
    ) -> list[Subsection]:
        result = []
        for index, section in enumerate(sections):
            for deeper in section.subsections:
                self.problem(
                    file,
                    f"{deeper.title!r}: only one level of sub-headings is allowed",
                    deeper.line,
                )
            letter = chr(ord("A") + index)
            # "A. Title" or "Title": the letters are numbered for the author.
            title = (
                _LETTER.sub("", section.title, count=1)
                if section.title.startswith(f"{letter}.")
                else section.title
            )
            made = self.make(
                file, section.line, Subsection, title=title, paragraphs=section.blocks
            )
            if made is not None:
                result.append(made)
        return result

    def section(
        self, file: str, line: int | None, number: int, text: RstText, title: str | None
    ) -> Section | None:
        if len(text.sections) == 1:
            (lone,) = text.sections
            self.problem(
                file,
                f"{lone.title!r} is a lone sub-heading; UN style needs two or none",
                lone.line,
            )
            return None
        subsections = self.subsections(file, text.sections)
        made: Section | None = self.make(
            file,
            line,
            Section,
            item=number,
            paragraphs=text.blocks,
            subsections=subsections,
            title=title,
            source=Source(file=file, line=line),
        )
        return made

    def item_files(self) -> list[Section]:
        sections = []
        seen: dict[int, str] = {}
        for path in sorted((self.folder / ITEMS).iterdir()):
            name = f"{ITEMS}/{path.name}"
            if path.is_dir() or path.name.startswith("."):
                continue
            match = _ITEM_FILE.match(path.name)
            if match is None:
                self.problem(
                    name,
                    "is not named by its agenda item's number, "
                    "as items/03-governance.rst",
                )
                continue
            number = int(match.group(1) or match.group(2))
            if number in seen:
                self.problem(
                    name,
                    f"is a second summary of agenda item {number}, "
                    f"after {seen[number]}",
                )
                continue
            seen[number] = name
            before = len(self.problems)
            parsed = self.rst(name)
            if parsed is not None and not parsed.blocks and not parsed.sections:
                if len(self.problems) == before:  # else its problems say why
                    self.problem(
                        name, f"is empty: write the summary of agenda item {number}"
                    )
            elif parsed is not None:
                section = self.section(name, None, number, parsed, None)
                if section is not None:
                    sections.append(section)
        return sections

    def summaries_file(self) -> list[Section]:
        parsed = self.rst(SUMMARIES)
        if parsed is None:
            return []
        if parsed.blocks:
            self.problem(
                SUMMARIES, "has text before its first heading; start with 'I. ...'"
            )
        sections = []
        for part in parsed.sections:
            match = _ITEM_HEADING.match(part.title)
            number = None
            if match:
                try:
                    number = from_roman(match.group(1))
                except InvalidValueError:
                    number = None
            if match is None or number is None:
                self.problem(
                    SUMMARIES,
                    f"heading {part.title!r} does not start with its agenda item's "
                    f"Roman numeral, as 'III. International cooperation'",
                    part.line,
                )
                continue
            text = RstText(blocks=part.blocks, sections=part.subsections)
            section = self.section(
                SUMMARIES,
                part.line,
                number,
                text,
                self.title_override(number, match.group(2)),
            )
            if section is not None:
                sections.append(section)
        return sections

    def title_override(self, number: int, title: str | None) -> str | None:
        """A heading's title, unless it only repeats the agenda's."""
        if title is None or not 1 <= number <= len(self.agenda):
            return title
        agenda_title = self.agenda[number - 1].title
        same = " ".join(title.split()).casefold() == agenda_title.casefold()
        return None if same else " ".join(title.split())

    def annexes(self) -> list[Annex]:
        annexes = []
        for path in sorted((self.folder / ANNEXES).iterdir()):
            name = f"{ANNEXES}/{path.name}"
            if path.is_dir() or path.name.startswith(".") or path.suffix != ".rst":
                continue
            parsed = self.rst(name)
            if parsed is None:
                continue
            if parsed.blocks or len(parsed.sections) != 1:
                self.problem(
                    name, "must hold one heading, the annex's title, and its text"
                )
                continue
            (part,) = parsed.sections
            if part.subsections:
                self.problem(name, "an annex has no sub-headings", part.line)
            made = self.make(
                name, part.line, Annex, title=part.title, paragraphs=part.blocks
            )
            if made is not None:
                annexes.append(made)
        return annexes

    def stray_files(self) -> None:
        for path in sorted(self.folder.iterdir()):
            if path.suffix in (".rst", ".toml") and path.name not in KNOWN_TOP:
                self.problem(
                    path.name,
                    f"is not part of the report; the folder holds {DATA_FILE}, "
                    f"{PREFACE}, {INTRODUCTION}, {SUMMARIES}, {ITEMS}/ and {ANNEXES}/",
                )


def _entities(data: MeetingData) -> Entities:
    return Entities(
        people=data.people,
        organizations=data.organizations,
        terms=data.terms,
        documents=data.documents,
        broken_keys=data.broken_keys,
    )


def load_folder(folder: str | os.PathLike[str]) -> Report:
    """Read a meeting folder into a :class:`Report`.

    Args:
        folder: the folder with ``meeting.toml`` and the summaries.

    Returns:
        The report, with its meeting.

    Raises:
        FolderError: listing every problem in every file, each as
            ``file:line: message``.
    """
    return load_report_and_data(Path(folder))[0]


def load_report_and_data(root: Path) -> tuple[Report, MeetingData]:
    """The report of the folder ``root``, and what its data file holds."""
    if not root.is_dir():
        raise FolderError([load_problem(file=str(root), message="is not a folder")])
    reader = _Reader(root)
    if not (root / DATA_FILE).is_file():
        raise FolderError(
            [
                load_problem(
                    file=DATA_FILE,
                    message="is missing; a meeting folder needs its data file",
                )
            ]
        )
    text = reader.read(DATA_FILE)
    data, problems = load_data_file(text) if text is not None else (None, [])
    reader.problems += problems
    if data is not None:
        reader.entities = _entities(data)
        if data.meeting is not None:
            reader.agenda = data.meeting.agenda

    reader.stray_files()
    preface = reader.plain_part(PREFACE)
    introduction = reader.plain_part(INTRODUCTION)
    has_items = (root / ITEMS).is_dir()
    has_summaries = (root / SUMMARIES).is_file()
    sections: list[Section] = []
    if has_items and has_summaries:
        reader.problem(
            SUMMARIES, f"and {ITEMS}/ both hold summaries; keep one of the two"
        )
    elif has_items:
        sections = reader.item_files()
    elif has_summaries:
        sections = reader.summaries_file()
    # With neither, the report is not written yet: the folder still gives
    # the programme, the web page and the calendar.
    annexes = reader.annexes() if (root / ANNEXES).is_dir() else []

    meeting = data.meeting if data is not None else None
    if meeting is not None:
        for section in sections:
            if section.number > len(meeting.agenda):
                source = section.source or Source(
                    file=ITEMS if has_items else SUMMARIES
                )
                reader.problem(
                    source.file,
                    f"a summary for agenda item {to_roman(section.number)}, but the "
                    f"agenda in {DATA_FILE} has {len(meeting.agenda)} items",
                    source.line,
                    code="section-number",
                )
    if data is not None:
        for code, message in check_ignores(data.ignored_checks):
            reader.problems.append(
                load_problem(
                    file=DATA_FILE,
                    line=locate_key(data.key_lines, f"checks.ignore.{code}"),
                    where=f"checks.ignore.{code}",
                    message=message,
                )
            )
    if reader.problems or meeting is None or data is None:
        raise FolderError(reader.problems)
    report: Report | None = reader.make(
        DATA_FILE,
        None,
        Report,
        meeting=meeting,
        preface=preface,
        introduction=introduction,
        sections=sections,
        annexes=annexes,
        abbreviations=data.abbreviations,
        author=data.author,
    )
    if report is None:
        raise FolderError(reader.problems)
    return report, data
