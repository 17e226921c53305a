"""What a command needs of a meeting folder before it writes anything:
the report's summaries, for the report itself in any format."""

from __future__ import annotations

from pathlib import Path

from .._dsl import Report
from .._errors import MigmeetError

__all__ = ["require_summaries"]


def require_summaries(folder: str | Path, report: Report) -> None:
    """Refuse, saying where they go, a report that has no summaries yet."""
    if not report.sections:
        raise MigmeetError(
            f"{folder}: the report has no summaries yet; write them in "
            f"{folder}/items/ (one file an agenda item) or {folder}/summaries.rst"
        )
