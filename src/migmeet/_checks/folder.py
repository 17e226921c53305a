"""A meeting folder read and checked: the findings of ``migmeet check``, and
the report and finished document a build goes on to write."""

from __future__ import annotations

import os
from pathlib import Path

import attrs
from docutils import nodes

from .._dsl import Report
from .._errors import FolderError
from .._findings import Finding
from .._model import Meeting
from .._reading import DATA_FILE, Locator, MeetingData, load_report_and_data
from .._tree import finish_tree, report_tree
from .document import check_document

__all__ = ["CheckedFolder", "check_folder", "load_and_check"]


@attrs.frozen
class CheckedFolder:
    """A meeting folder's report, its finished document tree (built once,
    checked, and ready to be written) and the findings of its checks."""

    report: Report
    document: nodes.document
    findings: list[Finding]


def _locator(data: MeetingData, meeting: Meeting) -> Locator:
    keys: dict[int, str] = {id(meeting): "meeting"}
    for table in ("organizations", "terms", "people", "documents"):
        for key, value in getattr(data, table).items():
            keys[id(value)] = f"{table}.{key}"
    for index, day in enumerate(meeting.programme):
        keys[id(day)] = f"programme[{index}]"
    return Locator(file=DATA_FILE, keys=keys, lines=data.key_lines)


def check_folder(folder: str | os.PathLike[str]) -> list[Finding]:
    """Check a meeting folder.

    Args:
        folder: the meeting folder.

    Returns:
        The findings: every problem that stops the folder loading (as
        errors), or, if it loads, every finding of :func:`check_report`
        except the codes its data file switches off.

    Raises:
        Nothing for mistakes in the folder, which are findings.
    """
    try:
        return load_and_check(folder).findings
    except FolderError as error:
        return list(error.problems)


def load_and_check(folder: str | os.PathLike[str]) -> CheckedFolder:
    """The report of a meeting folder, its finished document and the findings
    of its checks, but for the codes its data file switches off.

    Raises :class:`FolderError` if the folder does not load.
    """
    report, data = load_report_and_data(Path(folder))
    document = finish_tree(report_tree(report))
    findings = check_document(
        report,
        document,
        ignore=data.ignored_checks,
        locator=_locator(data, report.meeting),
    )
    return CheckedFolder(report, document, findings)
