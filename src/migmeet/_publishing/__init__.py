"""Publishing: from a meeting folder or report to the documents readers get
(the report, programme and concept notes as PDF, the web page).
"""

from .next_meeting import write_next_meeting
from .pdfs import (
    concept_note_pdf,
    programme_pdf,
    report_document,
    report_html,
    report_pdf,
    write_report,
)
from .site import write_site

__all__ = [
    "concept_note_pdf",
    "programme_pdf",
    "report_document",
    "report_html",
    "report_pdf",
    "write_next_meeting",
    "write_report",
    "write_site",
]
