"""The meeting model: from what a secretariat knows of a meeting to validated,
frozen values.

Organizations, terms, people, documents, the agenda, the programme, papers,
side events, panels and the meeting itself. It imports neither docutils nor
WeasyPrint: documents are made from these values by later stages.
"""

from .meeting import (
    OFFICIAL_LANGUAGES,
    AgendaItem,
    BackgroundDocuments,
    Document,
    Meeting,
    Organization,
    OrganizationKind,
    Organizer,
    Panel,
    Paper,
    Person,
    Presentation,
    ProgrammeDay,
    Session,
    SideEvent,
    Source,
    Term,
    Venue,
    abbreviation_clashes,
)
from .validators import field_errors

__all__ = [
    "OFFICIAL_LANGUAGES",
    "AgendaItem",
    "BackgroundDocuments",
    "Document",
    "Meeting",
    "Organization",
    "OrganizationKind",
    "Organizer",
    "Panel",
    "Paper",
    "Person",
    "Presentation",
    "ProgrammeDay",
    "Session",
    "SideEvent",
    "Source",
    "Term",
    "Venue",
    "abbreviation_clashes",
    "field_errors",
]
