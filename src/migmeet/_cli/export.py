"""The ``export`` command: the meeting for other systems to read.

``--format json`` writes the whole meeting and its report's text as one
JSON document (``DIR/meeting.json``); ``--format akn`` writes the report as
an Akoma Ntoso 3.0 ``debateReport`` (``DIR/report.akn.xml``). Like
``build``, it runs the checks first (the caller refuses on an error unless
``--force``), never writes over one of the folder's inputs, and writes
atomically.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from .._checks import CheckedFolder
from .._checks.last_check import LastCheck
from .._dsl import Report
from .._publishing import meeting_json_bytes, report_akn
from .._writing import write_atomically
from .needs import require_summaries

__all__ = ["EXPORT_FORMATS", "add_export", "export_file_name", "write_export"]

#: Each format, with the file it is written to by default.
EXPORT_FORMATS = {"json": "meeting.json", "akn": "report.akn.xml"}


def add_export(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """The ``export`` command's words."""
    export = commands.add_parser(
        "export",
        help="export the meeting as JSON, or its report as Akoma Ntoso XML",
        description=(
            "Check a meeting folder and export it for other systems: --format "
            "json writes the whole meeting and its report's text as one "
            "versioned JSON document (described by a JSON Schema the package "
            "ships); --format akn writes the report as an Akoma Ntoso 3.0 "
            "debateReport (AKN4UN). The checks run first; errors stop it "
            "unless --force is given."
        ),
    )
    export.add_argument("folder", metavar="DIR", help="the meeting folder")
    export.add_argument(
        "--format",
        choices=tuple(EXPORT_FORMATS),
        required=True,
        help="json (the meeting and its report) or akn (the report, Akoma Ntoso)",
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="where to write it (default: DIR/meeting.json or DIR/report.akn.xml)",
    )
    return export


def export_file_name(arguments: argparse.Namespace) -> str:
    """The file the export writes in the meeting folder by default."""
    return EXPORT_FORMATS[arguments.format]


def write_export(
    arguments: argparse.Namespace,
    checked: CheckedFolder,
    report: Report,
    target: Path,
    out: TextIO,
    last_check: LastCheck,
) -> str:
    """Write the checked meeting in the chosen format, if ``last_check``
    lets it; what was written, said."""
    if arguments.format == "json":
        print("exporting the meeting as JSON", file=out)
        data = meeting_json_bytes(report)
        last_check.json("the JSON export", data)
    else:
        require_summaries(arguments.folder, report)
        print("exporting the report as Akoma Ntoso", file=out)
        data = report_akn(report)
        last_check.xml("the Akoma Ntoso export", data)
    write_atomically(target, data)
    return f"{target}: {len(data) // 1024 or 1} KB"
