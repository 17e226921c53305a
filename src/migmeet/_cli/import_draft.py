"""``migmeet import DRAFT.docx DIR``: a Word draft into a folder's summaries.

The command's words (:func:`add_import`) and what it does
(:func:`run_import`): import, say what was written and replaced, list what
could not be mapped with its place, then run the checks on the folder so
the rapporteur sees at once what still needs mending.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from .._checks import check_folder
from .._errors import MigmeetError
from .._findings import has_errors
from .._publishing.draft_import import SummariesExistError, import_draft

__all__ = ["add_import", "run_import"]


def add_import(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "import",
        help="write a Word draft of the report as the folder's summaries",
        description=(
            "Read a Word (.docx) draft of the report and write its sections as "
            "the summaries of the meeting folder (items/NN-title.rst, "
            "preface.rst, introduction.rst, annexes/), with the data file's "
            "people, organizations, terms and documents as roles. Sections are "
            "found by headings such as 'III. International cooperation'. Names "
            "and headings it cannot map are listed with their paragraph."
        ),
    )
    command.add_argument("draft", metavar="DRAFT.docx", help="the Word draft")
    command.add_argument("folder", metavar="DIR", help="the meeting folder")
    command.add_argument(
        "--force",
        action="store_true",
        help="replace summaries that exist already (they are named)",
    )


def run_import(arguments: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    folder = Path(arguments.folder)
    try:
        result = import_draft(arguments.draft, folder, force=arguments.force)
    except SummariesExistError as refused:  # said for the command, not Python
        raise MigmeetError(refused.worded("--force")) from refused
    for path in result.written:
        replaced = " (replaced)" if path in result.replaced else ""
        print(f"wrote {path}{replaced}", file=out)
    if result.unmapped:
        print(
            f"{len(result.unmapped)} thing{'s' * (len(result.unmapped) != 1)} "
            "not mapped (add them to the data file and import again with --force):",
            file=out,
        )
        for unmapped in result.unmapped:
            print(f"  {unmapped}", file=out)
    findings = check_folder(folder)
    for finding in findings:
        print(finding, file=err)
    errors = "errors" if has_errors(findings) else "no errors"
    print(
        f"imported {len(result.written)} file{'s' * (len(result.written) != 1)}; "
        f"the checks find {errors} ({len(findings)} finding"
        f"{'s' * (len(findings) != 1)})",
        file=out,
    )
    return 0
