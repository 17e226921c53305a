"""A meeting folder read and checked: the findings of ``migmeet check``, and
the report and finished document a build goes on to write."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import attrs
from docutils import nodes

from .._dsl import Report
from .._findings import (
    CHECKS,
    SAFETY_CODES,
    Finding,
    Severity,
    selected_codes,
    sort_findings,
)
from .._model import Meeting, Organization, Person, PreviousMeeting, Term
from .._reading import (
    DATA_FILE,
    Locator,
    MeetingData,
    read_folder,
    with_reader_places,
)
from .._tree import finish_tree, report_tree
from .context import Defined, Keyed
from .document import check_document
from .stale import stale_findings, to_fill_findings
from .suppressions import read_suppressions, settle
from .word_list import read_word_list

__all__ = ["CheckedFolder", "check_folder", "load_and_check"]


@attrs.frozen
class CheckedFolder:
    """A meeting folder's report (None when its data file gives no meeting),
    its finished document tree (built once, checked, and ready to be
    written) and every finding: the problems of reading each file and the
    findings of the checks on all that did load."""

    report: Report | None
    document: nodes.document | None
    findings: list[Finding]
    #: How many findings a ``migmeet: ignore[code]`` comment suppressed.
    suppressed: int = 0
    #: The severity its data file gives markup left in a finished document
    #: (``markup-left``), for the last check before writing; None where
    #: the data file switches it off or does not select it.
    markup_left: Severity | None = Severity.ERROR
    #: Markup whose ``markup-left`` findings a comment suppressed where it
    #: is written: the last check lets it through too.
    markup_suppressed: frozenset[str] = frozenset()


def _locator(data: MeetingData, meeting: Meeting) -> Locator:
    keys: dict[int, str] = {id(meeting): "meeting"}
    for table in ("organizations", "terms", "people", "documents"):
        for key, value in getattr(data, table).items():
            keys[id(value)] = f"{table}.{key}"
    keys[id(meeting.venue)] = "meeting.venue"
    keys[id(meeting.organizer)] = "meeting.organizer"
    for table in ("programme", "papers", "side_events", "background"):
        for index, value in enumerate(getattr(meeting, table)):
            keys[id(value)] = f"{table}[{index}]"
    for index, website in enumerate(meeting.page.websites):
        keys[id(website)] = f"websites[{index}]"
    for panel in meeting.panels:
        keys[id(panel)] = f"panels.{panel.key}"
    return Locator(file=DATA_FILE, keys=keys, lines=data.key_lines)


def _defined(data: MeetingData) -> dict[str, Defined]:
    """The data file's abbreviations, each with the role and key that
    mention it."""
    defined: dict[str, Defined] = {}
    for role, table in (("org", data.organizations), ("term", data.terms)):
        for key, entity in table.items():
            if entity.abbreviation:
                defined.setdefault(entity.abbreviation, Defined(role, key, entity.name))
    return defined


def _keyed(data: MeetingData) -> list[Keyed]:
    """The data file's organizations, terms and people, each with the role
    and key that mention it."""
    tables: tuple[tuple[str, Mapping[str, Organization | Term | Person]], ...] = (
        ("org", data.organizations),
        ("term", data.terms),
        ("person", data.people),
    )
    return [
        Keyed(role, key, value)
        for role, table in tables
        for key, value in sorted(table.items())
    ]


def check_folder(folder: str | os.PathLike[str]) -> list[Finding]:
    """Check a meeting folder: every problem and finding in one run.

    Args:
        folder: the meeting folder.

    Returns:
        The findings, errors first: every problem of reading its files (a
        file, a section or a record that could not be read is left out and
        the rest is read), and every finding of :func:`check_report` on all
        that did load, except the codes its data file switches off.

    Raises:
        Nothing for mistakes in the folder, which are findings.
    """
    return load_and_check(folder).findings


#: Findings that a reading error at the same line already explains: a
#: broken paragraph, and a role written wrongly whose key stands in as a
#: name (not a name typed by hand).
_EXPLAINED_BY_READING = frozenset(
    {"stray-fragment", "cut-off-paragraph", "unmentioned-name"}
)


def load_and_check(
    folder: str | os.PathLike[str], *, previous: PreviousMeeting | None = None
) -> CheckedFolder:
    """The report of a meeting folder, its finished document and every
    finding: reading problems and checks alike, but for the codes its data
    file switches off or does not select and those suppressed in place
    (counted), each at the severity the data file gives its code.
    ``previous`` is the meeting held before, as a series knows it, when
    the data file's ``[previous]`` table does not say it.
    Never raises for what the folder holds."""
    reading = read_folder(Path(folder))
    ignore = reading.data.ignored_checks if reading.data is not None else {}
    # An unknown code or an empty reason is a reading problem of its own.
    ignore = {
        code: reason
        for code, reason in ignore.items()
        if code in CHECKS and reason.strip() and code not in SAFETY_CODES
    }
    problems = [p for p in reading.problems if p.code == "file" or p.code not in ignore]
    suppressions, wrong = read_suppressions(Path(folder))
    problems += wrong
    report, data = reading.report, reading.data
    if report is None or data is None:
        kept, suppressed = settle(problems, suppressions)
        return CheckedFolder(None, None, sort_findings(kept), suppressed)
    document = finish_tree(report_tree(report))
    words, word_problems = read_word_list(Path(folder))
    problems += word_problems
    findings = check_document(
        report,
        document,
        ignore=ignore,
        locator=_locator(data, report.meeting),
        words=words,
        defined=_defined(data),
        keyed=_keyed(data),
    )
    # A line a reading error stands at is that error, not also a fragment
    # or a name typed by hand (_EXPLAINED_BY_READING).
    misread = {(p.file, p.line) for p in problems if p.code == "file"}
    findings = [
        f
        for f in findings
        if f.code not in _EXPLAINED_BY_READING or (f.file, f.line) not in misread
    ]
    previous = data.previous or previous
    if previous is not None:
        stale = stale_findings(folder, previous)
        said = {(f.file, f.line, f.text) for f in stale}
        findings = [
            f
            for f in findings
            if f.code != "wrong-ordinal" or (f.file, f.line, f.text) not in said
        ]
        findings += [f for f in stale if f.code not in ignore]
    if "to-fill" not in ignore:
        findings += to_fill_findings(data.to_fill, data.key_lines)
    # Markup that reading found it cannot read is said there, once.
    read = {(p.file, p.line) for p in problems if p.code in ("file", "markup-in-data")}
    findings = [
        f for f in findings if f.code != "markup-left" or (f.file, f.line) not in read
    ]
    kept, suppressed = settle(
        [*problems, *findings],
        suppressions,
        select=data.selected_checks,
        severity=data.check_severities,
    )
    markup = {f.text for f in findings if f.code == "markup-left"}
    markup -= {f.text for f in kept if f.code == "markup-left"}
    return CheckedFolder(
        report,
        document,
        sort_findings(with_reader_places(kept)),
        suppressed,
        _markup_left(data, ignore),
        frozenset(markup),
    )


def _markup_left(data: MeetingData, ignore: Mapping[str, str]) -> Severity | None:
    """The severity the data file gives ``markup-left``, or None if off."""
    code = "markup-left"
    if code in ignore or code not in selected_codes(data.selected_checks):
        return None
    given = data.check_severities.get(code)
    return Severity(given) if given in ("error", "warning") else CHECKS[code].severity
