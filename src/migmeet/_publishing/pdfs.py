"""The pipeline, one direction: report, document tree, HTML, PDF, file."""

from __future__ import annotations

import os
from pathlib import Path

from .._dsl import Report
from .._errors import MigmeetError
from .._model import Meeting
from .._tree import concept_note_tree, finish_tree, programme_tree, report_tree
from .._writing import tree_html, write_atomically
from .._writing.pdf import RenderedPdf, html_pdf, render_pdf

__all__ = [
    "concept_note_pdf",
    "programme_pdf",
    "report_html",
    "report_pdf",
    "write_report",
]


def report_html(report: Report) -> str:
    """The report as one HTML page, mentions resolved and lists generated.

    Args:
        report: the report.

    Returns:
        The page's HTML, every string from the report escaped.

    Raises:
        RenderError: if a part of the document cannot be written as HTML.
    """
    document = finish_tree(report_tree(report))
    return tree_html(
        document,
        title=report.meeting.title,
        author=report.author_name,
        language="en",
    )


def report_pdf(report: Report) -> bytes:
    """The report as PDF bytes in UN house style.

    Args:
        report: the report.

    Returns:
        The PDF: tagged, with page labels, outline and metadata; the same
        report gives the same bytes.

    Raises:
        RenderError: if rendering fails.
    """
    return html_pdf(report_html(report))


def write_report(report: Report, path: str | os.PathLike[str]) -> Path:
    """Render the report and write it to ``path`` atomically.

    Args:
        report: the report.
        path: the PDF file to write; its folder must exist.

    Returns:
        The path written.

    Raises:
        RenderError: if rendering fails or the file cannot be written; an
            existing file is then left as it was.
    """
    return write_atomically(path, report_pdf(report))


def programme_pdf(meeting: Meeting) -> RenderedPdf:
    """The programme ("Organization of work") as a PDF in the report's style.

    Raises :class:`MigmeetError` if the meeting has no programme.
    """
    html = tree_html(
        programme_tree(meeting),
        title=f"{meeting.title}: Organization of work",
        author=meeting.organizer.name,
        language="en",
    )
    return render_pdf(html, body_id=None)


def concept_note_pdf(meeting: Meeting, panel_key: str) -> RenderedPdf:
    """The concept note of the panel ``panel_key`` as a PDF.

    Raises :class:`MigmeetError` naming the known panels if there is none
    by that key.
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
    return render_pdf(html, body_id=None)
