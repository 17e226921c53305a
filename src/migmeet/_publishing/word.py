"""The report as an editable Word document, from the tree the PDF is made of.

The tree is built and finished once (:func:`~.pdfs.report_document`), so the
Word document says what the PDF says: the same first mentions, the same
abbreviations, the same headings.
"""

from __future__ import annotations

import os
from pathlib import Path

from docutils import nodes

from .._checks.last_check import LastCheck
from .._dsl import Report
from .._writing import check_replaceable, write_atomically
from .._writing.docx import tree_docx
from .pdfs import report_document

__all__ = ["report_docx", "write_report_docx"]


def report_docx(
    report: Report,
    *,
    document: nodes.document | None = None,
    last_check: LastCheck | None = None,
) -> bytes:
    """The report as a Word document (.docx), with Word's own styles.

    Headings are Heading 1 (the chapters, "I. Opening of the meeting") and
    Heading 2 (their subsections), footnotes are Word footnotes, the
    contents a table-of-contents field that Word updates, the list of
    abbreviations a table; the front matter is numbered i, ii, iii..., the
    body from 1.

    Args:
        report: the report.
        document: its finished tree from :func:`report_document`, if the
            caller has it already; otherwise it is built here.
        last_check: the last check on the Word document's text.

    Returns:
        The .docx file's bytes; the same report gives the same bytes (the
        document is dated the meeting's last day).

    Raises:
        ReportError: if the report cannot be laid out as a document.
        RenderError: if a part of it cannot be written to Word.
        MarkupLeftError: if ``last_check`` finds markup left in its text.
    """
    meeting = report.meeting
    data = tree_docx(
        document if document is not None else report_document(report),
        title=meeting.title,
        author=report.author_name,
        date=meeting.last_day,
        page_size=report.page_size,
    )
    if last_check is not None:
        last_check.docx("the Word document", data)
    return data


def write_report_docx(
    report: Report,
    path: str | os.PathLike[str],
    *,
    document: nodes.document | None = None,
    last_check: LastCheck | None = None,
) -> Path:
    """Write the report as a Word document to ``path`` atomically.

    Args:
        report: the report.
        path: the .docx file to write; its folder must exist.
        document: its finished tree, if the caller has it already.
        last_check: the last check on the Word document's text.

    Returns:
        The path written.

    Raises:
        RenderError: if a file migmeet did not write is at ``path`` (said
            before any work), or the document cannot be made or the file
            cannot be written; an existing file is then left as it was.
        MarkupLeftError: if ``last_check`` finds markup left in its text;
            nothing is written then.
    """
    check_replaceable(Path(path))
    data = report_docx(report, document=document, last_check=last_check)
    return write_atomically(path, data)
