"""The checks: from a report, its meeting and its folder to findings, each
with a code, a place and a fix.

:func:`check_document` checks a report against its finished document tree;
:func:`check_report` builds that tree and checks it; :func:`check_folder`
and :func:`load_and_check` read a meeting folder first. :class:`LastCheck`
reads each finished document's text before it is written, for markup left
in it (:func:`leftover_markup`).
"""

from .document import check_document, check_report
from .folder import CheckedFolder, check_folder, load_and_check
from .last_check import LastCheck, MarkupLeftError
from .stale import stale_findings
from .text_rules.markup import Leftover, leftover_markup

__all__ = [
    "CheckedFolder",
    "LastCheck",
    "Leftover",
    "MarkupLeftError",
    "check_document",
    "check_folder",
    "check_report",
    "leftover_markup",
    "load_and_check",
    "stale_findings",
]
