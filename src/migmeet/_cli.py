"""The ``migmeet`` command: ``new`` and ``build``.

Exit codes: 0 on success, 1 when the meeting's files (or the output) have
problems, each printed as ``file:line: message`` with no traceback, and 2
for wrong usage (argparse's own convention).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TextIO

from . import __version__
from ._errors import FolderError, MigmeetError
from ._folder import load_folder
from ._output import write_atomically
from ._pdf import render_pdf
from ._render import report_html

__all__ = ["main"]

DEFAULT_OUTPUT = "report.pdf"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migmeet",
        description=(
            "Build the documents of a recurring intergovernmental meeting, in "
            "United Nations house style, from a meeting folder."
        ),
    )
    parser.add_argument("--version", action="version", version=f"migmeet {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new = commands.add_parser(
        "new",
        help="write a sample meeting folder to start from",
        description=(
            "Write a complete sample meeting folder, which builds as it is and "
            "shows every feature, with comments saying what to edit."
        ),
    )
    new.add_argument(
        "folder", metavar="DIR", help="the folder to create (new or empty)"
    )
    build = commands.add_parser(
        "build",
        help="build the report PDF of a meeting folder",
        description="Check a meeting folder and build its report as a PDF.",
    )
    build.add_argument("folder", metavar="DIR", help="the meeting folder")
    build.add_argument(
        "-o",
        "--output",
        metavar="OUT.pdf",
        help=f"where to write the PDF (default: DIR/{DEFAULT_OUTPUT})",
    )
    return parser


def _copy_tree(source: Traversable, target: Path) -> int:
    count = 0
    for entry in source.iterdir():
        if entry.name.startswith(("__", ".")):
            continue
        if entry.is_dir():
            (target / entry.name).mkdir()
            count += _copy_tree(entry, target / entry.name)
        else:
            (target / entry.name).write_bytes(entry.read_bytes())
            count += 1
    return count


def _new(folder: Path, out: TextIO) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise MigmeetError(
            f"{folder}: exists and is not an empty folder; choose a new one"
        )
    parent = folder.resolve().parent
    if not parent.is_dir():
        raise MigmeetError(f"{folder}: the folder {parent} does not exist")
    # Written beside the target, then renamed: a failure leaves nothing half made.
    staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{folder.name}."))
    try:
        count = _copy_tree(resources.files("migmeet") / "sample", staging)
        if folder.exists():
            folder.rmdir()
        staging.chmod(0o755)
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    print(f"wrote a sample meeting folder of {count} files to {folder}", file=out)
    print(f"edit {folder}/meeting.toml and the .rst files, then run:", file=out)
    print(f"  migmeet build {folder}", file=out)


def _build(folder: Path, output: Path | None, out: TextIO) -> None:
    start = time.perf_counter()
    print(f"reading {folder}", file=out)
    report = load_folder(folder)
    sections = len(report.sections)
    print(
        f"building the document: {sections} section{'s' * (sections != 1)}, "
        f"{len(report.annexes)} annex{'es' * (len(report.annexes) != 1)}",
        file=out,
    )
    html = report_html(report)
    print("laying out the pages", file=out)
    pdf = render_pdf(html)
    target = write_atomically(output or folder / DEFAULT_OUTPUT, pdf.data)
    elapsed = time.perf_counter() - start
    print(f"wrote {target}: {pdf.pages} pages in {elapsed:.1f} s", file=out)


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run the command with ``argv``; return its exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    arguments = _parser().parse_args(argv)
    try:
        if arguments.command == "new":
            _new(Path(arguments.folder), out)
        else:
            output = Path(arguments.output) if arguments.output else None
            _build(Path(arguments.folder), output, out)
    except FolderError as error:
        for problem in error.problems:
            print(problem, file=err)
        count = len(error.problems)
        plural = "s" * (count != 1)
        print(
            f"{count} problem{plural} in {arguments.folder}; nothing written", file=err
        )
        return 1
    except MigmeetError as error:
        print(f"migmeet: {error}", file=err)
        return 1
    return 0
