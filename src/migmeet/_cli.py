"""The ``migmeet`` command: ``new``, ``check``, ``build``, ``programme``,
``concept-note``, ``site`` and ``calendar``.

Exit codes: 0 on success, 1 when the meeting's files (or the output) have
problems or ``check`` finds an error, each printed as ``file:line: message``
with no traceback, and 2 for wrong usage (argparse's own convention).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TextIO

from ._checks import check_folder, load_and_check
from ._errors import FolderError, MigmeetError
from ._findings import Finding, Severity, has_errors
from ._publishing import concept_note_pdf, programme_pdf, report_pdf, write_site
from ._publishing.targets import check_output_file, check_site_folder
from ._reading import load_folder
from ._version import __version__
from ._writing import meeting_calendar, write_atomically, write_new_folder

__all__ = ["main"]

DEFAULT_OUTPUT = "report.pdf"


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    description: str,
    *,
    folder: str = "the meeting folder",
    output: tuple[str, str] | None = None,
) -> argparse.ArgumentParser:
    """A command taking a folder and, if ``output`` is (metavar, help), ``-o``."""
    command = commands.add_parser(name, help=summary, description=description)
    command.add_argument("folder", metavar="DIR", help=folder)
    if output is not None:
        metavar, text = output
        command.add_argument("-o", "--output", metavar=metavar, help=text)
    return command


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
    _command(
        commands,
        "new",
        "write a sample meeting folder to start from",
        "Write a complete sample meeting folder, which builds as it is and "
        "shows every feature, with comments saying what to edit.",
        folder="the folder to create (new or empty)",
    )
    build = _command(
        commands,
        "build",
        "build the report PDF of a meeting folder",
        "Check a meeting folder and build its report as a PDF. The checks "
        "run first; errors stop the build unless --force is given.",
        output=("OUT.pdf", f"where to write the PDF (default: DIR/{DEFAULT_OUTPUT})"),
    )
    build.add_argument(
        "--force",
        action="store_true",
        help="build even if the checks find errors (they are still printed)",
    )
    _command(
        commands,
        "programme",
        "build the programme (organization of work) as a PDF",
        "Build the meeting's organization of work as a PDF.",
        output=("OUT.pdf", "where to write it (default: DIR/programme.pdf)"),
    )
    note = _command(
        commands,
        "concept-note",
        "build the concept note of a panel as a PDF",
        "Build the concept note of one of the meeting's panels as a PDF.",
        output=("OUT.pdf", "where to write it (default: DIR/concept-note-PANEL.pdf)"),
    )
    note.add_argument("panel", metavar="PANEL", help="the panel's key in [panels.KEY]")
    site = _command(
        commands,
        "site",
        "build the meeting's web page, with its PDFs and calendar",
        "Build the meeting's web page as static HTML and CSS, with the report, "
        "programme and concept notes as PDF and the calendar beside it.",
    )
    site.add_argument(
        "-o",
        "--output",
        metavar="OUTDIR",
        required=True,
        help="the folder to write (new, empty, or a site migmeet wrote)",
    )
    _command(
        commands,
        "calendar",
        "write the sessions and side events as an iCalendar file",
        "Write every session and side event as an iCalendar event.",
        output=("OUT.ics", "where to write it (default: DIR/calendar.ics)"),
    )
    check = _command(
        commands,
        "check",
        "check a meeting folder before anything is published",
        "Check a meeting folder: editing notes left in, broken encoding, "
        "wrong ordinals, repeated sentences, cut-off paragraphs, sections "
        "against the agenda, the programme's dates and times, "
        "abbreviations, numbers and symbols. Exit code 1 if there is an error.",
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for programs",
    )
    return parser


def _summary(findings: Sequence[Finding]) -> str:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    errors_s, warnings_s = "s" * (errors != 1), "s" * (warnings != 1)
    return f"{errors} error{errors_s}, {warnings} warning{warnings_s}"


def _check(folder: Path, form: str, out: TextIO) -> int:
    findings = check_folder(folder)
    if form == "json":
        print(
            json.dumps([f.as_dict() for f in findings], indent=2, ensure_ascii=False),
            file=out,
        )
    else:
        for finding in findings:
            print(finding, file=out)
        print(f"{folder}: {_summary(findings)}", file=out)
    return 1 if has_errors(findings) else 0


def _sample_files(source: Traversable, prefix: str = "") -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for entry in source.iterdir():
        if entry.name.startswith(("__", ".")):
            continue
        if entry.is_dir():
            files |= _sample_files(entry, f"{prefix}{entry.name}/")
        else:
            files[f"{prefix}{entry.name}"] = entry.read_bytes()
    return files


def _new(folder: Path, out: TextIO) -> None:
    files = _sample_files(resources.files("migmeet") / "sample")
    write_new_folder(folder, dict(sorted(files.items())))
    print(f"wrote a sample meeting folder of {len(files)} files to {folder}", file=out)
    print(f"edit {folder}/meeting.toml and the .rst files, then run:", file=out)
    print(f"  migmeet build {folder}", file=out)


def _build(
    folder: Path, output: Path | None, force: bool, out: TextIO, err: TextIO
) -> int:
    start = time.perf_counter()
    target = output or folder / DEFAULT_OUTPUT
    check_output_file(folder, target, ".pdf")
    print(f"reading {folder}", file=out)
    checked = load_and_check(folder)
    report, findings = checked.report, checked.findings
    if not report.sections:
        raise MigmeetError(
            f"{folder}: the report has no summaries yet; write them in "
            f"{folder}/items/ (one file an agenda item) or {folder}/summaries.rst"
        )
    for finding in findings:
        print(finding, file=err)
    print(f"checks: {_summary(findings)}", file=out)
    if has_errors(findings) and not force:
        print(
            f"the checks found errors; nothing written (mend them, or build "
            f"anyway with: migmeet build {folder} --force)",
            file=err,
        )
        return 1
    sections = len(report.sections)
    print(
        f"building the document: {sections} section{'s' * (sections != 1)}, "
        f"{len(report.annexes)} annex{'es' * (len(report.annexes) != 1)}",
        file=out,
    )
    print("laying out the pages", file=out)
    pdf = report_pdf(report, document=checked.document)
    target = write_atomically(target, pdf.data)
    elapsed = time.perf_counter() - start
    print(f"wrote {target}: {pdf.pages} pages in {elapsed:.1f} s", file=out)
    return 0


def _companion(arguments: argparse.Namespace, out: TextIO) -> None:
    """The documents that go out beside the report."""
    start = time.perf_counter()
    folder = Path(arguments.folder)
    report = load_folder(folder)
    meeting = report.meeting
    if arguments.command == "site":
        check_site_folder(folder, Path(arguments.output))
        target, names = write_site(report, arguments.output)
        elapsed = time.perf_counter() - start
        print(f"wrote {target}: {', '.join(names)} in {elapsed:.1f} s", file=out)
        return
    if arguments.command == "calendar":
        data = meeting_calendar(meeting)
        default = "calendar.ics"
        summary = f"{data.count(b'BEGIN:VEVENT')} events"
    else:
        if arguments.command == "programme":
            pdf = programme_pdf(meeting)
            default = "programme.pdf"
        else:
            pdf = concept_note_pdf(meeting, arguments.panel)
            default = f"concept-note-{arguments.panel}.pdf"
        data, summary = pdf.data, f"{pdf.pages} page{'s' * (pdf.pages != 1)}"
    output = Path(arguments.output) if arguments.output else folder / default
    check_output_file(folder, output, Path(default).suffix)
    target = write_atomically(output, data)
    elapsed = time.perf_counter() - start
    print(f"wrote {target}: {summary} in {elapsed:.1f} s", file=out)


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
        elif arguments.command == "check":
            return _check(Path(arguments.folder), arguments.format, out)
        elif arguments.command in ("programme", "concept-note", "calendar", "site"):
            _companion(arguments, out)
        else:
            output = Path(arguments.output) if arguments.output else None
            return _build(Path(arguments.folder), output, arguments.force, out, err)
    except FolderError as error:
        for problem in error.problems:
            print(problem.brief(), file=err)
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
