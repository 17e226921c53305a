"""The checks: from a report, its meeting and its folder to findings, each
with a code, a place and a fix.
"""

from .collector import check_report
from .folder import check_folder, load_and_check

__all__ = ["check_folder", "check_report", "load_and_check"]
