"""The pipeline, one direction: report, document tree, HTML, PDF, file.

A report's document tree is built and finished once (:func:`report_document`);
the checks, the HTML and the site take that one tree. A last check
(:class:`~migmeet._checks.last_check.LastCheck`), when given, reads each
document's HTML before it is laid out. WeasyPrint is imported
only when a PDF is rendered, so reading and checking a meeting start fast.
"""

from __future__ import annotations

import os
from pathlib import Path

from docutils import nodes

from .._checks.last_check import LastCheck
from .._dsl import Report
from .._errors import MigmeetError
from .._model import Meeting
from .._tree import concept_note_tree, finish_tree, programme_tree, report_tree
from .._writing import check_replaceable, tree_html, write_atomically
from .._writing.rendered import RenderedPdf

__all__ = [
    "concept_note_pdf",
    "programme_pdf",
    "report_document",
    "report_html",
    "report_pdf",
    "write_report",
]


def _render(
    html: str,
    *,
    body_id: str | None,
    page_size: str = "Letter",
    edition: str = "print",
) -> RenderedPdf:
    from .._writing.pdf import render_pdf  # WeasyPrint: only when rendering

    return render_pdf(html, body_id=body_id, page_size=page_size, edition=edition)


def report_document(report: Report) -> nodes.document:
    """The report's document tree, built and finished once.

    Args:
        report: the report.

    Returns:
        The docutils document with mentions resolved, the contents and the
        list of abbreviations filled in: what :func:`report_html`,
        :func:`report_pdf` and :func:`migmeet.check_report` read.

    Raises:
        ReportError: if the report cannot be laid out as a document.
    """
    return finish_tree(report_tree(report))


def report_html(report: Report, *, document: nodes.document | None = None) -> str:
    """The report as one HTML page, mentions resolved and lists generated.

    Args:
        report: the report.
        document: its finished tree from :func:`report_document`, if the
            caller has it already; otherwise it is built here.

    Returns:
        The page's HTML, every string from the report escaped.

    Raises:
        RenderError: if a part of the document cannot be written as HTML.
    """
    return tree_html(
        document if document is not None else report_document(report),
        title=report.meeting.title,
        author=report.author_name,
        language="en",
    )


def report_pdf(
    report: Report,
    *,
    document: nodes.document | None = None,
    last_check: LastCheck | None = None,
) -> RenderedPdf:
    """The report as a PDF in UN house style.

    Args:
        report: the report.
        document: its finished tree, if the caller has it already.
        last_check: the last check on its text, run on its HTML before
            it is laid out.

    Returns:
        The PDF's bytes and page count: tagged, with page labels, outline and
        metadata; the same report gives the same bytes.

    Raises:
        RenderError: if rendering fails.
        MarkupLeftError: if ``last_check`` finds markup left in its text.
    """
    from .._writing.pdf import BODY_ID

    html = report_html(report, document=document)
    if last_check is not None:
        last_check.html("the report", html)
    return _render(
        html,
        body_id=BODY_ID,
        page_size=report.page_size,
        edition=report.edition,
    )


def write_report(
    report: Report,
    path: str | os.PathLike[str],
    *,
    document: nodes.document | None = None,
    last_check: LastCheck | None = None,
) -> Path:
    """Render the report and write it to ``path`` atomically.

    Args:
        report: the report.
        path: the PDF file to write; its folder must exist.
        document: its finished tree, if the caller has it already.
        last_check: the last check on its text, run before it is laid out.

    Returns:
        The path written.

    Raises:
        RenderError: if a file migmeet did not write is at ``path`` (said
            before any work), or rendering fails or the file cannot be
            written; an existing file is then left as it was.
        MarkupLeftError: if ``last_check`` finds markup left in its text;
            nothing is written then.
    """
    check_replaceable(Path(path))
    pdf = report_pdf(report, document=document, last_check=last_check)
    return write_atomically(path, pdf.data)


def programme_pdf(
    meeting: Meeting, *, last_check: LastCheck | None = None
) -> RenderedPdf:
    """The programme ("Organization of work") as a PDF in the report's style.

    Args:
        meeting: the meeting, with its programme.
        last_check: the last check on its text, run on its HTML before
            it is laid out.

    Returns:
        The PDF's bytes and page count.

    Raises:
        MigmeetError: if the meeting has no programme.
        RenderError: if rendering fails.
        MarkupLeftError: if ``last_check`` finds markup left in its text.
    """
    html = tree_html(
        programme_tree(meeting),
        title=f"{meeting.title}: Organization of work",
        author=meeting.organizer.name,
        language="en",
    )
    if last_check is not None:
        last_check.html("the programme", html)
    return _render(html, body_id=None)


def concept_note_pdf(
    meeting: Meeting, panel_key: str, *, last_check: LastCheck | None = None
) -> RenderedPdf:
    """The concept note of one of the meeting's panels as a PDF.

    Args:
        meeting: the meeting.
        panel_key: the panel's key (``[panels.KEY]`` in the data file).
        last_check: the last check on its text, run on its HTML before
            it is laid out.

    Returns:
        The PDF's bytes and page count.

    Raises:
        MigmeetError: naming the known panels, if there is none by that key.
        RenderError: if rendering fails.
        MarkupLeftError: if ``last_check`` finds markup left in its text.
    """
    panel = next((p for p in meeting.panels if p.key == panel_key), None)
    if panel is None:
        known = ", ".join(p.key for p in meeting.panels) or "none"
        raise MigmeetError(f"no panel {panel_key!r} in the meeting (panels: {known})")
    html = tree_html(
        concept_note_tree(meeting, panel),
        title=f"{meeting.title}: concept note: {panel.title}",
        author=meeting.organizer.name,
        language="en",
    )
    if last_check is not None:
        last_check.html(f"the concept note {panel.key!r}", html)
    return _render(html, body_id=None)
