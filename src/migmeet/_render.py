"""The pipeline, one direction: report, document tree, HTML, PDF, file."""

from __future__ import annotations

import os
from pathlib import Path

from ._html import tree_html
from ._output import write_atomically
from ._pdf import html_pdf
from ._report import Report
from ._transforms import finish_tree
from ._tree import report_tree

__all__ = ["report_html", "report_pdf", "write_report"]


def report_html(report: Report) -> str:
    """The report as one HTML page, mentions resolved and lists generated."""
    document = finish_tree(report_tree(report))
    return tree_html(
        document,
        title=report.meeting.title,
        author=report.author_name,
        language="en",
    )


def report_pdf(report: Report) -> bytes:
    """The report as PDF bytes in UN house style.

    Raises :class:`RenderError` if rendering fails.
    """
    return html_pdf(report_html(report))


def write_report(report: Report, path: str | os.PathLike[str]) -> Path:
    """Render the report and write it to ``path`` atomically; return the path."""
    return write_atomically(path, report_pdf(report))
