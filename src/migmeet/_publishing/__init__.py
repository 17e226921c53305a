"""Publishing: from a meeting folder or report to the documents readers get
(the report, programme and concept notes as PDF, the web page).
"""

from .draft_import import ImportResult, Unmapped, import_draft
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
    "ImportResult",
    "Unmapped",
    "concept_note_pdf",
    "import_draft",
    "programme_pdf",
    "report_document",
    "report_html",
    "report_pdf",
    "write_report",
    "write_site",
]
