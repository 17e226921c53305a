"""The document tree: from report and meeting values to a finished docutils
tree (mentions resolved, contents and abbreviations filled in).

One tree per document, whatever built its values, so numbering, first
mentions and the list of abbreviations are computed once, by transforms.
"""

from .nodes import footnote_text, mention, role_made
from .programme import (
    SessionLine,
    concept_note_tree,
    day_entries,
    day_heading,
    event_heading,
    event_time,
    organization_name,
    programme_name,
    programme_tree,
    session_heading,
    session_lines,
    when,
)
from .report import report_tree
from .transforms import finish_tree
from .wording import joined, mandate_lead, mandate_names, programme_status_line

__all__ = [
    "SessionLine",
    "concept_note_tree",
    "day_entries",
    "day_heading",
    "event_heading",
    "event_time",
    "finish_tree",
    "footnote_text",
    "joined",
    "mandate_lead",
    "mandate_names",
    "mention",
    "organization_name",
    "programme_name",
    "programme_status_line",
    "programme_tree",
    "report_tree",
    "role_made",
    "session_heading",
    "session_lines",
    "when",
]
