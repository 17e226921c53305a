"""The checks: from a report, its meeting and its folder to findings, each
with a code, a place and a fix.

:func:`check_document` checks a report against its finished document tree;
:func:`check_report` builds that tree and checks it; :func:`check_folder`
and :func:`load_and_check` read a meeting folder first.
"""

from .document import check_document, check_report
from .folder import CheckedFolder, check_folder, load_and_check
from .stale import stale_findings

__all__ = [
    "CheckedFolder",
    "check_document",
    "check_folder",
    "check_report",
    "load_and_check",
    "stale_findings",
]
