"""Content left over from the previous meeting, and parts of a new meeting
still to fill: the findings over a meeting folder's files.

:func:`stale_findings` reads the folder's data file and ``.rst`` files as
written and runs :func:`.text_rules.stale_in_text` over each, placing every
finding by file and line (and, in the data file, by key); comments of the
data file are not published and are left alone. :func:`to_fill_findings`
turns each entry of the ``[to_fill]`` table into a warning.
"""

from __future__ import annotations

import bisect
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path

import attrs

from .._findings import Finding, check_finding
from .._model import Meeting, PreviousMeeting
from .._reading import DATA_FILE, read_folder
from .._reading.safe_files import MAX_TEXT_BYTES, UnsafeFileError, read_inside
from .text_rules.stale import stale_in_text

__all__ = ["stale_findings", "to_fill_findings"]


def _read(root: Path, name: str) -> str | None:
    """The text of ``root/name`` read as the folder's reader reads it (only
    a regular file inside the folder), or None."""
    try:
        return read_inside(root, name, limit=MAX_TEXT_BYTES).decode("utf-8")
    except (UnsafeFileError, UnicodeDecodeError):
        return None


def _without_comments(text: str) -> str:
    """The data file with its whole-line comments blanked (lines kept)."""
    return "\n".join(
        "" if line.lstrip().startswith("#") else line for line in text.split("\n")
    )


def _key_at(lines: Mapping[str, int], line: int) -> str:
    """The key written on ``line`` or the nearest one above it."""
    best, best_line = "", 0
    for key, number in lines.items():
        if best_line < number <= line:
            best, best_line = key, number
    return best


def _placed(
    text: str, name: str, previous: PreviousMeeting, series: str, data: bool = False
) -> list[tuple[Finding, int]]:
    starts = [0]
    starts += [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    placed = []
    # In the data file each line holds its own value: no sentence goes on
    # from one to the next.
    pieces = text.split("\n") if data else [text]
    found, offset = [], 0
    for piece in pieces:
        found += [
            (offset + start, finding)
            for start, finding in stale_in_text(piece, previous, series, data=data)
        ]
        offset += len(piece) + 1
    for offset, finding in found:
        line = bisect.bisect_right(starts, offset)
        placed.append((attrs.evolve(finding, file=name, line=line), line))
    return placed


def _meeting_findings(meeting: Meeting, previous: PreviousMeeting) -> list[Finding]:
    """The stale content of a meeting's texts and dates, placed by key."""
    texts: list[tuple[str, str]] = [
        (f"meeting.objectives[{i}]", text.text)
        for i, text in enumerate(meeting.objectives)
    ]
    texts += [(f"meeting.agenda[{i}]", a.title) for i, a in enumerate(meeting.agenda)]
    for i, event in enumerate(meeting.side_events):
        texts += [(f"side_events[{i}].title", event.title)]
        texts += [(f"side_events[{i}].note", str(event.note or ""))]
    dates = [("meeting.first_day", meeting.first_day)]
    dates += [("meeting.last_day", meeting.last_day)]
    dates += [(f"programme[{i}].date", d.date) for i, d in enumerate(meeting.programme)]
    dates += [
        (f"side_events[{i}].date", e.date) for i, e in enumerate(meeting.side_events)
    ]
    texts += [(where, day.isoformat()) for where, day in dates]
    return [
        attrs.evolve(finding, where=where)
        for where, text in texts
        for _, finding in stale_in_text(text, previous, meeting.series, data=True)
    ]


def stale_findings(
    source: str | os.PathLike[str] | Meeting,
    previous: PreviousMeeting | None = None,
) -> list[Finding]:
    """The previous meeting's ordinal, dates and year left in a meeting
    folder's data file and ``.rst`` files, or in a meeting's texts (its
    objectives, agenda and side events) and dates.

    Args:
        source: the meeting folder, or a :class:`~migmeet.Meeting` (placed
            by key alone).
        previous: the previous meeting; for a folder by default the one its
            data file's ``[previous]`` table records; for a meeting needed.

    Returns:
        A finding (``stale-ordinal``, ``stale-date``, ``stale-year``) for
        each, with file and line, and in the data file the key; none if
        the previous meeting is not known or the data file cannot be read.

    Raises nothing for what the folder holds.
    """
    if isinstance(source, Meeting):
        return [] if previous is None else _meeting_findings(source, previous)
    root = Path(source)
    data_text = _read(root, DATA_FILE)
    try:
        series = str(tomllib.loads(data_text or "")["meeting"]["series"])
    except (tomllib.TOMLDecodeError, KeyError, TypeError):
        return []
    assert data_text is not None
    data = read_folder(root).data
    if previous is None:
        previous = data.previous if data is not None else None
    if previous is None:
        return []
    lines = data.key_lines if data is not None else {}
    placed = [
        attrs.evolve(finding, where=_key_at(lines, line))
        for finding, line in _placed(
            _without_comments(data_text), DATA_FILE, previous, series, True
        )
    ]
    # The [previous] table names the previous meeting on purpose.
    findings = [f for f in placed if f.where.split(".")[0] != "previous"]
    for path in sorted(root.rglob("*.rst")):
        name = path.relative_to(root).as_posix()
        text = _read(root, name)
        if text is None:
            continue  # the reading of the folder reports it
        findings += [f for f, _ in _placed(text, name, previous, series)]
    return findings


def to_fill_findings(
    to_fill: Mapping[str, str], lines: Mapping[str, int]
) -> list[Finding]:
    """A warning for each part the ``[to_fill]`` table still lists."""
    return [
        attrs.evolve(
            check_finding(
                "to-fill",
                f"{key!r} is still to fill: {what}",
                f"fill it, then remove {key!r} from the [to_fill] table",
                text=key,
            ),
            file=DATA_FILE,
            line=lines.get(f"to_fill.{key}"),
            where=f"to_fill.{key}",
        )
        for key, what in to_fill.items()
    ]
