"""A meeting folder: the data file and the summaries, read into a report.

The folder's layout is described in :mod:`.layout`; the data file is read
by :mod:`.data_file`, the summaries by :mod:`.summaries`, the preface,
introduction and annexes by :mod:`.parts`. Every problem in every file is
collected and raised together, as one :class:`FolderError`, so a
rapporteur mends them all in one pass.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import attrs

from .._dsl import Image, Report, Section
from .._errors import FolderError
from .._findings import (
    Finding,
    check_ignores,
    check_selection,
    check_severities,
    load_problem,
)
from .._model import AgendaItem, Meeting, Source
from .._style import to_roman
from .data_file import load_data_file
from .files import FileReader
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
from .parts import annexes, plain_part
from .rst import Entities
from .rst_images import ImageFileError, read_image_file
from .summaries import item_files, summaries_file

__all__ = ["FolderReading", "load_folder", "load_report_and_data", "read_folder"]


@attrs.frozen
class FolderReading:
    """What a meeting folder holds, as far as it could be read.

    ``report`` is None only when the data file gives no meeting (or the
    folder or its data file is missing); otherwise it holds every part that
    loaded, a summary that could not be read being left out. ``problems``
    lists every problem of every file, so that one run reports them all.
    """

    report: Report | None
    data: MeetingData | None
    problems: tuple[Finding, ...]


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
    """The report of the folder ``root``, and what its data file holds;
    :class:`FolderError` with every problem if there is one."""
    reading = read_folder(root)
    if reading.problems or reading.report is None or reading.data is None:
        raise FolderError(reading.problems)
    return reading.report, reading.data


def read_folder(root: Path) -> FolderReading:
    """Read the folder ``root`` as far as it can be read; never raises for
    what the folder holds."""
    if not root.is_dir():
        return FolderReading(
            None, None, (load_problem(file=str(root), message="is not a folder"),)
        )
    files = FileReader(root)
    if not (root / DATA_FILE).is_file():
        missing = load_problem(
            file=DATA_FILE, message="is missing; a meeting folder needs its data file"
        )
        return FolderReading(None, None, (missing,))
    text = files.read(DATA_FILE)
    data, problems = load_data_file(text) if text is not None else (None, [])
    files.problems += problems
    agenda: tuple[AgendaItem, ...] = ()
    if data is None:
        files.entities = Entities(unread=True)
    else:
        files.entities = _entities(data)
        if data.meeting is not None:
            agenda = data.meeting.agenda

    _stray_files(files)
    preface = plain_part(files, PREFACE)
    introduction = plain_part(files, INTRODUCTION)
    has_items = (root / ITEMS).is_dir()
    sections = _sections(files, agenda, has_items)
    made_annexes = annexes(files) if (root / ANNEXES).is_dir() else []

    meeting = data.meeting if data is not None else None
    if meeting is not None:
        sections = _within_agenda(files, sections, meeting, has_items)
    if data is not None:
        _ignored_checks(files, data)
    if meeting is None or data is None:
        return FolderReading(None, data, tuple(files.problems))
    report: Report | None = files.make(
        DATA_FILE,
        None,
        Report,
        meeting=meeting,
        preface=preface,
        introduction=introduction,
        sections=sections,
        annexes=made_annexes,
        abbreviations=data.abbreviations,
        author=data.author,
        page_size=data.options.page_size,
        edition=data.options.edition,
        logo=_logo(files, data),
        symbol=data.options.symbol,
        sales_number=data.options.sales_number,
        participants_annex=data.options.participants_annex,
    )
    return FolderReading(report, data, tuple(files.problems))


def _logo(files: FileReader, data: MeetingData) -> Image | None:
    """The cover's logo, read from the meeting folder as a summary's image is;
    None, with the problem at the key's line, if it cannot be printed."""
    if data.options.logo is None:
        return None
    try:
        image = read_image_file(files.folder, data.options.logo)
    except ImageFileError as error:
        files.problems.append(
            load_problem(
                file=DATA_FILE,
                line=locate_key(data.key_lines, "report.logo"),
                where="report.logo",
                message=str(error),
            )
        )
        return None
    return Image(data=image, alt="Logo")


def _entities(data: MeetingData) -> Entities:
    return Entities(
        people=data.people,
        organizations=data.organizations,
        terms=data.terms,
        documents=data.documents,
        broken_keys=data.broken_keys,
    )


def _stray_files(files: FileReader) -> None:
    for path in sorted(files.folder.iterdir()):
        if path.suffix in (".rst", ".toml") and path.name not in KNOWN_TOP:
            files.problem(
                path.name,
                f"is not part of the report; the folder holds {DATA_FILE}, "
                f"{PREFACE}, {INTRODUCTION}, {SUMMARIES}, {ITEMS}/ and {ANNEXES}/",
            )


def _sections(
    files: FileReader, agenda: Sequence[AgendaItem], has_items: bool
) -> list[Section]:
    """The summaries, from ``items/`` or ``summaries.rst`` but not both."""
    has_summaries = (files.folder / SUMMARIES).is_file()
    if has_items and has_summaries:
        files.problem(
            SUMMARIES, f"and {ITEMS}/ both hold summaries; keep one of the two"
        )
    elif has_items:
        return item_files(files, agenda)
    elif has_summaries:
        return summaries_file(files, agenda)
    # With neither, the report is not written yet: the folder still gives
    # the programme, the web page and the calendar.
    return []


def _within_agenda(
    files: FileReader, sections: Sequence[Section], meeting: Meeting, has_items: bool
) -> list[Section]:
    """The sections of items the agenda has; a problem for each other one,
    which is left out so that the rest of the report is still checked."""
    kept = []
    for section in sections:
        if section.number <= len(meeting.agenda):
            kept.append(section)
        else:
            source = section.source or Source(file=ITEMS if has_items else SUMMARIES)
            files.problem(
                source.file,
                f"a summary for agenda item {to_roman(section.number)}, but the "
                f"agenda in {DATA_FILE} has {len(meeting.agenda)} items",
                source.line or 1,
                code="section-number",
            )
    return kept


def _ignored_checks(files: FileReader, data: MeetingData) -> None:
    """A problem for each ``[checks]`` entry that names no check (or, in
    ``select``, no family), gives no reason or no severity, each at its line."""

    def problem(key: str, message: str) -> None:
        files.problems.append(
            load_problem(
                file=DATA_FILE,
                line=locate_key(data.key_lines, key),
                where=key,
                message=message,
            )
        )

    for code, message in check_ignores(data.ignored_checks):
        problem(f"checks.ignore.{code}", message)
    for index, message in check_selection(data.selected_checks or ()):
        problem(f"checks.select[{index}]", message)
    for code, message in check_severities(data.check_severities):
        problem(f"checks.severity.{code}", message)
