"""Publishing: from a meeting folder or report to the documents readers get
(the report, programme and concept notes as PDF, the web page), and from a
series folder to the series' site.
"""

from .draft_import import ImportResult, Unmapped, import_draft
from .from_indico import write_meeting_from_indico
from .next_meeting import write_next_meeting
from .pdfs import (
    concept_note_pdf,
    programme_pdf,
    report_document,
    report_html,
    report_pdf,
    write_report,
)
from .series import Series, SeriesMeeting, check_series, is_series, load_series
from .series_site import MeetingBuild, SeriesBuild, write_series_site
from .site import write_site
from .word import report_docx, write_report_docx

__all__ = [
    "ImportResult",
    "MeetingBuild",
    "Series",
    "SeriesBuild",
    "SeriesMeeting",
    "Unmapped",
    "check_series",
    "concept_note_pdf",
    "import_draft",
    "is_series",
    "load_series",
    "programme_pdf",
    "report_document",
    "report_docx",
    "report_html",
    "report_pdf",
    "write_meeting_from_indico",
    "write_next_meeting",
    "write_report",
    "write_report_docx",
    "write_series_site",
    "write_site",
]
