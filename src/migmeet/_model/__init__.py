"""The meeting model: from what a secretariat knows of a meeting to validated,
frozen values.

Organizations, terms, people, documents, the agenda, the programme, papers,
side events, panels and the meeting itself. It imports neither docutils nor
WeasyPrint: documents are made from these values by later stages.

Values only: frozen, keyword-only attrs classes, validated when made and
changed with :func:`attrs.evolve`. One concept a module: :mod:`.entities`
(organizations, terms, people), :mod:`.documents` (documents, papers,
background documents), :mod:`.programme` (days, sessions, presentations,
side events, panels), :mod:`.meeting` (venue, organizer, agenda, the
meeting), :mod:`.previous` (the meeting before this one), :mod:`.source`
(where a value was written) and :mod:`.validators` (the checks they
share).
"""

from .documents import OFFICIAL_LANGUAGES, BackgroundDocuments, Document, Paper
from .entities import (
    Organization,
    OrganizationKind,
    Person,
    Term,
    abbreviation_clashes,
)
from .meeting import AgendaItem, Meeting, Organizer, Venue
from .page import PROGRAMME_STATUSES, PageDetails, Website
from .previous import PreviousMeeting
from .programme import (
    ItemModerators,
    Panel,
    Presentation,
    ProgrammeDay,
    ProgrammeEvent,
    Session,
    SideEvent,
)
from .prose import Prose, ProseLink, ProsePart
from .source import Source
from .validators import field_errors

__all__ = [
    "OFFICIAL_LANGUAGES",
    "PROGRAMME_STATUSES",
    "AgendaItem",
    "BackgroundDocuments",
    "Document",
    "ItemModerators",
    "Meeting",
    "Organization",
    "OrganizationKind",
    "Organizer",
    "PageDetails",
    "Panel",
    "Paper",
    "Person",
    "Presentation",
    "PreviousMeeting",
    "ProgrammeDay",
    "ProgrammeEvent",
    "Prose",
    "ProseLink",
    "ProsePart",
    "Session",
    "SideEvent",
    "Source",
    "Term",
    "Venue",
    "Website",
    "abbreviation_clashes",
    "field_errors",
]
