"""Publishing: from a meeting folder or report to the documents readers get
(the report, programme and concept notes as PDF, the web page).
"""

from .pdfs import (
    concept_note_pdf,
    programme_pdf,
    report_document,
    report_html,
    report_pdf,
    write_report,
)
from .site import write_site
from .word import report_docx, write_report_docx

__all__ = [
    "concept_note_pdf",
    "programme_pdf",
    "report_document",
    "report_docx",
    "report_html",
    "report_pdf",
    "write_report",
    "write_report_docx",
    "write_site",
]
