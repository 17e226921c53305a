"""Publishing: from a meeting folder or report to the documents readers get
(the report, programme and concept notes as PDF, the web page), and from a
series folder to the series' site.
"""

from .draft_import import ImportResult, Unmapped, import_draft
from .export_akn import report_akn, write_report_akn
from .export_json import (
    export_schema,
    meeting_from_json,
    meeting_json,
    meeting_json_bytes,
)
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
    "export_schema",
    "import_draft",
    "is_series",
    "load_series",
    "meeting_from_json",
    "meeting_json",
    "meeting_json_bytes",
    "programme_pdf",
    "report_akn",
    "report_document",
    "report_docx",
    "report_html",
    "report_pdf",
    "write_meeting_from_indico",
    "write_next_meeting",
    "write_report",
    "write_report_akn",
    "write_report_docx",
    "write_series_site",
    "write_site",
]
