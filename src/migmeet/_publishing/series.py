"""A series of meetings: a folder of meeting folders and its ``series.toml``.

A folder is a series when it holds ``series.toml`` (the series' name, an
introduction paragraph and, optionally, the organizer); each folder beside
that file holding a ``meeting.toml`` is one of its meetings, named by its
folder. The meetings are ordered by their number, oldest first, so each
knows the one before it (:meth:`Series.previous`); a meeting folder that
cannot be read keeps its name and no meeting, and comes last. Checking a
series checks every meeting and keeps each one's findings under its name.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

import attrs

from .._checks import load_and_check
from .._checks.text_rules import markup_left
from .._errors import MigmeetError
from .._findings import Finding
from .._model import Meeting, PreviousMeeting
from .._reading import DATA_FILE, read_folder
from .._reading.safe_files import MAX_TEXT_BYTES, UnsafeFileError, read_inside

__all__ = ["SERIES_FILE", "Series", "SeriesMeeting", "check_series", "load_series"]

#: The file that makes a folder a series.
SERIES_FILE = "series.toml"


@attrs.frozen(kw_only=True)
class SeriesMeeting:
    """One meeting folder of a series: its name (the folder's name), its
    path, and its meeting, or None if the folder cannot be read."""

    name: str
    folder: Path
    meeting: Meeting | None


@attrs.frozen(kw_only=True)
class Series:
    """A series of meetings, oldest first (those that cannot be read last)."""

    folder: Path
    name: str
    introduction: str
    organizer: str | None
    entries: tuple[SeriesMeeting, ...]

    @property
    def meetings(self) -> tuple[Meeting, ...]:
        """The meetings that could be read, oldest first."""
        return tuple(e.meeting for e in self.entries if e.meeting is not None)

    def entry(self, meeting: Meeting) -> SeriesMeeting:
        """The folder ``meeting`` was read from."""
        for entry in self.entries:
            if entry.meeting is meeting or entry.meeting == meeting:
                return entry
        raise MigmeetError(f"{meeting.title}: is not a meeting of {self.name}")

    def _neighbour(self, meeting: Meeting, step: int) -> Meeting | None:
        meetings = self.meetings
        index = meetings.index(self.entry(meeting).meeting)
        other = index + step
        return meetings[other] if 0 <= other < len(meetings) else None

    def previous(self, meeting: Meeting) -> Meeting | None:
        """The meeting held before ``meeting`` in the series, if any."""
        return self._neighbour(meeting, -1)

    def previous_meeting(self, entry: SeriesMeeting) -> PreviousMeeting | None:
        """The meeting held before ``entry``'s, as the stale checks take it."""
        before = self.previous(entry.meeting) if entry.meeting else None
        if before is None:
            return None
        return PreviousMeeting(
            number=before.number, first_day=before.first_day, last_day=before.last_day
        )

    def next(self, meeting: Meeting) -> Meeting | None:
        """The meeting held after ``meeting`` in the series, if any."""
        return self._neighbour(meeting, 1)


def is_series(folder: str | os.PathLike[str]) -> bool:
    """Whether ``folder`` is a series folder (it holds ``series.toml``)."""
    return (Path(folder) / SERIES_FILE).is_file()


def _text(table: Mapping[str, object], key: str, path: Path, *, needed: bool) -> str:
    value = table.get(key)
    if value is None and not needed:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise MigmeetError(
            f"{path}: [series] {key}: must be a non-empty string "
            f'(such as {key} = "...")'
        )
    return " ".join(value.split())


def _read_series_file(path: Path) -> tuple[str, str, str | None]:
    try:
        raw = read_inside(path.parent, path.name, limit=MAX_TEXT_BYTES)
        content = tomllib.loads(raw.decode("utf-8"))
    except UnsafeFileError as error:
        raise MigmeetError(f"{path}: {error}") from error
    except UnicodeDecodeError as error:
        raise MigmeetError(f"{path}: is not UTF-8 text") from error
    except tomllib.TOMLDecodeError as error:
        raise MigmeetError(f"{path}: is not valid TOML: {error}") from error
    table = content.get("series")
    if not isinstance(table, dict):
        raise MigmeetError(
            f'{path}: has no [series] table; write [series] with name = "..." '
            'and introduction = "..."'
        )
    unknown = sorted(set(table) - {"name", "introduction", "organizer"})
    if unknown:
        raise MigmeetError(
            f"{path}: [series] {unknown[0]}: unknown key; the keys are name, "
            "introduction and organizer"
        )
    organizer = _text(table, "organizer", path, needed=False) or None
    return (
        _text(table, "name", path, needed=True),
        _text(table, "introduction", path, needed=True),
        organizer,
    )


def meeting_folders(folder: Path) -> list[Path]:
    """The meeting folders of a series folder, by name."""
    try:
        children = sorted(folder.iterdir())
    except OSError as error:
        raise MigmeetError(f"{folder}: cannot be read: {error.strerror}") from error
    for child in children:
        if child.is_symlink() and not child.name.startswith("."):
            # A series reads nothing outside its folder: a linked meeting
            # would publish whatever the link points to.
            raise MigmeetError(
                f"{child}: is a link to another folder; a series reads only "
                "the meeting folders inside it (copy the meeting's folder in)"
            )
    return [
        child
        for child in children
        if not child.name.startswith(".")
        and child.is_dir()
        and (child / DATA_FILE).is_file()
    ]


def load_series(folder: str | os.PathLike[str]) -> Series:
    """Read a series folder: its ``series.toml`` and each meeting's data.

    Args:
        folder: the series folder (it holds ``series.toml`` and one folder
            for each meeting, named as its page will be: ``sixteenth``).

    Returns:
        The series, its meetings oldest first.

    Raises:
        MigmeetError: naming the file and key, if ``series.toml`` is missing
            or wrong. A meeting folder that cannot be read is not an error
            here: it is kept with no meeting (:func:`check_series` says why).
    """
    root = Path(folder)
    path = root / SERIES_FILE
    if not path.is_file():
        raise MigmeetError(
            f"{root}: is not a series folder (it has no {SERIES_FILE}); "
            "give a folder of meeting folders with a series.toml"
        )
    name, introduction, organizer = _read_series_file(path)
    entries = []
    for child in meeting_folders(root):
        report = read_folder(child).report
        meeting = report.meeting if report is not None else None
        entries.append(SeriesMeeting(name=child.name, folder=child, meeting=meeting))
    entries.sort(
        key=lambda e: (e.meeting is None, e.meeting.number if e.meeting else 0, e.name)
    )
    return Series(
        folder=root,
        name=name,
        introduction=introduction,
        organizer=organizer,
        entries=tuple(entries),
    )


def check_series(series: Series | str | os.PathLike[str]) -> dict[str, list[Finding]]:
    """Check every meeting of a series.

    Args:
        series: the series, or its folder.

    Returns:
        Each meeting folder's name (oldest first) and its findings, as
        :func:`check_folder` gives them; a folder that cannot be read has
        its reading problems there.

    Raises:
        MigmeetError: if ``series`` is a folder whose ``series.toml`` is
            missing or wrong.
    """
    loaded = series if isinstance(series, Series) else load_series(series)
    results = {
        entry.name: load_and_check(
            entry.folder, previous=loaded.previous_meeting(entry)
        ).findings
        for entry in loaded.entries
    }
    own = _series_markup(loaded)
    return {SERIES_FILE: own, **results} if own else results


def _series_markup(series: Series) -> list[Finding]:
    """Markup in the words ``series.toml`` gives the index page, each at
    its line: the page would print it as it stands, and ``site`` refuses."""
    try:
        text = (series.folder / SERIES_FILE).read_text(encoding="utf-8")
    except OSError:
        text = ""
    found = []
    for words in (series.name, series.introduction, series.organizer or ""):
        for finding in markup_left(words):
            at = text.find(finding.text)
            line = text.count("\n", 0, at) + 1 if at >= 0 else None
            found.append(attrs.evolve(finding, file=SERIES_FILE, line=line))
    return found
