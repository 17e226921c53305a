"""The report as Akoma Ntoso 3.0 XML (AKN4UN's ``debateReport``).

The FRBR names follow the Akoma Ntoso naming convention: the work is
``/akn/un/debateReport/DATE/NUMBER``, where DATE is the meeting's last day
and NUMBER the report's document symbol with its slashes as hyphens (or,
without a symbol, the series and meeting number as words); the English
expression adds ``/eng@DATE``. The XML itself is written by
:mod:`migmeet._writing.akn` from the tree the PDF is made of.
"""

from __future__ import annotations

import os
from pathlib import Path

from .._dsl import Report
from .._tree import report_tree
from .._tree.entity_ids import slug
from .._tree.marked import finish_marked_tree
from .._writing import check_replaceable, write_atomically
from .._writing.akn import AknIdentity, tree_akn
from .._writing.meeting_json import entities_in, meeting_data

__all__ = ["report_akn", "report_akn_work", "write_report_akn"]


def report_akn_work(report: Report) -> str:
    """The report's FRBR work URI by the Akoma Ntoso naming convention."""
    meeting = report.meeting
    if report.symbol is not None:
        number = str(report.symbol).replace("/", "-").replace(" ", "")
    else:
        number = f"{slug(meeting.series)}-{meeting.number}"
    return f"/akn/un/debateReport/{meeting.last_day.isoformat()}/{number}"


def report_akn(report: Report) -> bytes:
    """The report as an Akoma Ntoso 3.0 ``debateReport``, after AKN4UN.

    Args:
        report: the report.

    Returns:
        The XML document's bytes (UTF-8), valid against the OASIS Akoma
        Ntoso 3.0 schema; the same report gives the same bytes.

    Raises:
        ReportError: if the report cannot be laid out as a document.
    """
    named = list(entities_in([*report.mentions(), *report.abbreviations]))
    _, ids = meeting_data(report.meeting, extra=named)
    meeting = report.meeting
    identity = AknIdentity(
        work=report_akn_work(report),
        date=meeting.last_day.isoformat(),
        title=f"Report of the {meeting.title}",
        symbol=str(report.symbol) if report.symbol is not None else None,
        dates=f"{meeting.venue.city}, {meeting.dates}",
        author=report.author_name,
    )
    document = finish_marked_tree(report_tree(report))
    mentioned = list(entities_in(list(report.mentions())))
    return tree_akn(document, identity, ids, mentioned)


def write_report_akn(report: Report, path: str | os.PathLike[str]) -> Path:
    """Write the report as Akoma Ntoso (:func:`report_akn`) to ``path``.

    Args:
        report: the report.
        path: the XML file to write, atomically; its folder must exist.

    Returns:
        The path written.

    Raises:
        RenderError: if a file migmeet did not write is at ``path``, or the
            file cannot be written; an existing file is then left as it was.
    """
    check_replaceable(Path(path))
    return write_atomically(path, report_akn(report))
