"""migmeet: describe a meeting once, get its documents in UN house style.

The public API is what this module exports; everything else is private.
"""

from ._abbreviations import sort_abbreviations
from ._checks import CHECKS, Check, Finding, Locator, Severity, check_report
from ._dates import format_date, format_date_range
from ._errors import (
    FolderError,
    InvalidValueError,
    MigmeetError,
    Problem,
    RenderError,
    ReportError,
)
from ._folder import check_folder, load_folder
from ._model import (
    AgendaItem,
    Document,
    Meeting,
    Organization,
    OrganizationKind,
    Organizer,
    Person,
    Presentation,
    ProgrammeDay,
    Session,
    Source,
    Term,
    Venue,
)
from ._numerals import from_roman, ordinal_word, to_roman
from ._render import report_html, report_pdf, write_report
from ._report import (
    Annex,
    BulletList,
    Emphasis,
    Footnote,
    Image,
    Link,
    NumberedList,
    Paragraph,
    Report,
    Section,
    Strong,
    Subsection,
    bullets,
    emphasis,
    footnote,
    link,
    numbered,
    p,
    strong,
)
from ._symbols import DocumentSymbol, parse_symbol

__version__ = "0.1.0"

__all__ = [
    "CHECKS",
    "AgendaItem",
    "Annex",
    "BulletList",
    "Check",
    "Document",
    "DocumentSymbol",
    "Emphasis",
    "Finding",
    "FolderError",
    "Footnote",
    "Image",
    "InvalidValueError",
    "Link",
    "Locator",
    "Meeting",
    "MigmeetError",
    "NumberedList",
    "Organization",
    "OrganizationKind",
    "Organizer",
    "Paragraph",
    "Person",
    "Presentation",
    "Problem",
    "ProgrammeDay",
    "RenderError",
    "Report",
    "ReportError",
    "Section",
    "Session",
    "Severity",
    "Source",
    "Strong",
    "Subsection",
    "Term",
    "Venue",
    "__version__",
    "bullets",
    "check_folder",
    "check_report",
    "emphasis",
    "footnote",
    "format_date",
    "format_date_range",
    "from_roman",
    "link",
    "load_folder",
    "numbered",
    "ordinal_word",
    "p",
    "parse_symbol",
    "report_html",
    "report_pdf",
    "sort_abbreviations",
    "strong",
    "to_roman",
    "write_report",
]
