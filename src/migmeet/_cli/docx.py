"""The ``docx`` command: the report as an editable Word document.

Like ``build``, it runs the checks first (the caller refuses on an error
unless ``--force``), writes ``DIR/report.docx`` or ``-o``, never over one
of the meeting folder's inputs, and writes atomically.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from .._checks import CheckedFolder
from .._checks.last_check import LastCheck
from .._dsl import Report
from .._publishing import report_docx
from .._writing import write_atomically
from .needs import require_summaries

__all__ = ["DEFAULT_DOCX", "write_docx"]

#: The file ``migmeet docx DIR`` writes in the meeting folder.
DEFAULT_DOCX = "report.docx"


def write_docx(
    arguments: argparse.Namespace,
    checked: CheckedFolder,
    report: Report,
    target: Path,
    out: TextIO,
    last_check: LastCheck,
) -> str:
    """Write the checked report to ``target``, if ``last_check`` lets it;
    what was written, said."""
    require_summaries(arguments.folder, report)
    sections = len(report.sections)
    print(
        f"writing the Word document: {sections} section{'s' * (sections != 1)}",
        file=out,
    )
    data = report_docx(report, document=checked.document, last_check=last_check)
    write_atomically(target, data)
    return f"{target}: {len(data) // 1024 or 1} KB"
