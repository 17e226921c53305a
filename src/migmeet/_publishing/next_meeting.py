"""Next year's meeting folder from last year's (``migmeet new --from``).

The data file is edited with tomlkit, so the secretariat's comments and
layout stay: the meeting's number goes up by one; its organizations,
people, terms, documents (the mandate's resolutions among them), agenda,
venue, organizer and switched-off checks are kept; its dates move 52 weeks
on (the same weekdays) and, with the agenda, are marked to check; its
objectives, participants, programme, papers, side events, background
documents, panels and report symbols are emptied. A ``[to_fill]`` table
lists what is to fill (``migmeet check`` warns ``to-fill`` for each entry
until it is removed) and a ``[previous]`` table records the previous
meeting, against which the stale-content checks read the new folder. The
summaries (``.rst`` files) are the previous meeting's and are not copied.
The data file names the JSON Schema written beside it (``#:schema`` on its
first line, for editors), unless it names one by its web address.
"""

from __future__ import annotations

import datetime as dt
import os
import shlex
from pathlib import Path

import tomlkit
from tomlkit.items import Table

from .._errors import MigmeetError
from .._reading import DATA_FILE, SCHEMA_FILE, data_file_schema_text, read_folder
from .._reading.safe_files import (
    MAX_IMAGE_BYTES,
    MAX_TEXT_BYTES,
    UnsafeFileError,
    read_inside,
)
from .._style import ordinal_word
from .._writing import write_new_folder

__all__ = ["refuse_target", "write_next_meeting"]

#: The tables of the previous meeting's own content, removed.
_EMPTIED = ("programme", "papers", "side_events", "background", "panels")
# ([[websites]] and the information note are kept: the same each year.)

#: What the new folder's [to_fill] table lists: key, what to do.
_TO_FILL = {
    "dates": "set meeting.first_day and meeting.last_day (moved 52 weeks on)",
    "agenda": "check meeting.agenda, kept from the previous meeting",
    "objectives": "write meeting.objectives",
    "participants": "list meeting.participants (the people are kept)",
    "programme": "write the [[programme]] days and sessions",
    "papers": "list the contributed [[papers]]",
    "side_events": "list the [[side_events]]",
    "background": "list the [[background]] documents",
    "panels": "write the [panels] with their concept notes",
    "summaries": "write the summaries (.rst files) after the meeting",
}


def refuse_target(folder: Path) -> None:
    if folder.is_symlink() or (
        folder.exists() and (not folder.is_dir() or any(folder.iterdir()))
    ):
        raise MigmeetError(
            f"{folder}: exists and is not an empty folder; nothing written "
            "(choose a new folder: migmeet never writes over one)"
        )


def _next_data_file(text: str, previous: Path, folder: Path) -> tuple[str, int]:
    document = tomlkit.parse(text)
    meeting = document["meeting"]
    assert isinstance(meeting, Table)
    number = int(meeting["number"])
    first_day, last_day = meeting["first_day"], meeting["last_day"]
    assert isinstance(first_day, dt.date)  # the folder has been read
    assert isinstance(last_day, dt.date)
    meeting["number"] = number + 1
    try:
        meeting["first_day"] = first_day + dt.timedelta(weeks=52)
        meeting["last_day"] = last_day + dt.timedelta(weeks=52)
    except OverflowError:
        raise MigmeetError(
            f"{previous / 'meeting.toml'}: the meeting's dates ({last_day}) are "
            "too late to move a year on; nothing written"
        ) from None
    for key in ("objectives", "participants"):
        if key in meeting:
            meeting[key] = tomlkit.array()
    # The previous programme's status and date, and its report's address,
    # belong to it; the new meeting's calendar domain and notes stay.
    for key in ("programme_status", "programme_as_of", "report_url"):
        if key in meeting:
            del meeting[key]
    for key in (*_EMPTIED, "previous", "to_fill"):
        if key in document:
            del document[key]
    report = document.get("report")
    if isinstance(report, Table):
        for key in ("symbol", "sales_number"):
            if key in report:
                del report[key]
    to_fill = tomlkit.table()
    for key, what in _TO_FILL.items():
        to_fill[key] = what
    document["to_fill"] = to_fill
    record = tomlkit.table()
    record["number"] = number
    record["first_day"] = first_day
    record["last_day"] = last_day
    record["folder"] = Path(
        os.path.relpath(previous.absolute(), folder.absolute())
    ).as_posix()
    document["previous"] = record
    return tomlkit.dumps(document), number + 1


def _named_schema(text: str) -> tuple[str, bool]:
    """The data file naming the schema beside it on its first line, and
    whether that schema is to be written; a schema named by its web address
    is kept. (A path would name the previous folder's, or none, from here.)"""
    first, _, rest = text.partition("\n")
    if first.startswith("#:schema"):
        if "://" in first:
            return text, False
        text = rest
    return f"#:schema ./{SCHEMA_FILE}\n{text}", True


def write_next_meeting(
    previous_folder: str | os.PathLike[str], folder: str | os.PathLike[str]
) -> list[str]:
    """Write next year's meeting folder from the previous meeting's.

    Args:
        previous_folder: the previous meeting's folder; its data file must
            read (its findings do not matter).
        folder: the folder to write, absent or empty; written all at once.

    Returns:
        What is left to do, in order, for the secretariat.

    Raises:
        MigmeetError: ``folder`` exists and is not empty, or the previous
            folder's data file cannot be read (with its first problem).
    """
    previous, target = Path(previous_folder), Path(folder)
    refuse_target(target)
    reading = read_folder(previous)
    if reading.data is None or reading.data.meeting is None:
        first = next(iter(reading.problems), None)
        raise MigmeetError(
            f"{previous}: cannot be read as a meeting folder"
            + (f" ({first})" if first is not None else "")
        )
    try:
        text = read_inside(previous, DATA_FILE, limit=MAX_TEXT_BYTES).decode("utf-8")
        new_text, number = _next_data_file(text, previous, target)
        new_text, with_schema = _named_schema(new_text)
        files = {DATA_FILE: new_text.encode("utf-8")}
        if with_schema:
            files[SCHEMA_FILE] = data_file_schema_text().encode("utf-8")
        logo = reading.data.options.logo
        if logo is not None:
            files[logo] = read_inside(previous, logo, limit=MAX_IMAGE_BYTES)
    except (UnsafeFileError, UnicodeDecodeError) as error:
        raise MigmeetError(f"{previous}: {error}") from error
    write_new_folder(target, files)
    title = ordinal_word(number)
    typed = shlex.quote(str(target))  # as the user types it again
    return [
        f"check the dates of the {title} meeting in {target / DATA_FILE} "
        "(moved 52 weeks on) and its agenda",
        "write its objectives and list its participants",
        "write its programme, papers, side events, background documents and panels",
        "remove each entry of the [to_fill] table once it is filled",
        f"run: migmeet check {typed}   (it finds what is left of the "
        "previous meeting and what is still to fill)",
        f"after the meeting, write its summaries and run: migmeet build {typed}",
    ]
