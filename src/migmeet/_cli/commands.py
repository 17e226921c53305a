"""What each command does: read and check the folder, refuse or write.

Every command that writes something for readers (``build``, ``docx``, ``programme``,
``concept-note``, ``site``, ``calendar``, ``export``) reads the folder and runs the
checks first, prints the findings that concern what it writes, and writes
nothing on an error unless given ``--force``. Then, as each document is
made, the last check reads its finished text (:mod:`migmeet._checks.last_check`):
markup left in it is a ``markup-left`` error refused the same way, before a
byte is written. The writing itself is the pipeline's
(:mod:`migmeet._publishing`) and the writing stage's.
"""

from __future__ import annotations

import argparse
import json
import shlex
import time
from collections.abc import Sequence
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TextIO

from .._checks import CheckedFolder, load_and_check
from .._checks.last_check import LastCheck, MarkupLeftError
from .._dsl import Report
from .._errors import MigmeetError
from .._findings import Finding, Severity, has_errors
from .._publishing import (
    concept_note_pdf,
    programme_pdf,
    report_pdf,
    write_next_meeting,
    write_site,
)
from .._publishing.targets import check_output_file, check_site_folder
from .._reading import DATA_FILE, SCHEMA_FILE, data_file_schema_text
from .._writing import (
    check_replaceable,
    make_output_folder,
    meeting_calendar,
    read_earlier_output,
    write_atomically,
    write_new_folder,
)
from .doctor import run_doctor
from .docx import DEFAULT_DOCX, write_docx
from .export import export_file_name, write_export
from .from_indico import new_from_indico
from .import_draft import run_import
from .keys import run_keys
from .needs import require_summaries
from .parser import DEFAULT_OUTPUT
from .preview import serve
from .schema import run_schema

__all__ = ["run"]

#: The documents made from the data file alone, which the summaries'
#: findings do not concern.
_FROM_DATA_ONLY = ("programme", "concept-note", "calendar")


def summary(findings: Sequence[Finding]) -> str:
    """ "2 errors, 1 warning"."""
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    errors_s, warnings_s = "s" * (errors != 1), "s" * (warnings != 1)
    return f"{errors} error{errors_s}, {warnings} warning{warnings_s}"


def _suppressed(count: int) -> str:
    """ ", 2 findings suppressed", or "" when none was."""
    if not count:
        return ""
    return f", {count} finding{'s' * (count != 1)} suppressed"


def _check(given: str, form: str, out: TextIO) -> int:
    """``migmeet check DIR``: its summary line names the folder as typed."""
    checked = load_and_check(Path(given))
    findings = checked.findings
    if form == "json":
        document = {
            "findings": [f.as_dict() for f in findings],
            "suppressed": checked.suppressed,
        }
        print(json.dumps(document, indent=2, ensure_ascii=False), file=out)
    else:
        for finding in findings:
            print(finding, file=out)
        print(
            f"{given}: {summary(findings)}{_suppressed(checked.suppressed)}",
            file=out,
        )
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


def _new(folder: Path, out: TextIO) -> int:
    files = _sample_files(resources.files("migmeet") / "sample")
    # The schema its data file names, for editors (#:schema on its first line).
    files[SCHEMA_FILE] = data_file_schema_text().encode("utf-8")
    write_new_folder(folder, dict(sorted(files.items())))
    print(f"wrote a sample meeting folder of {len(files)} files to {folder}", file=out)
    print(f"edit {folder}/meeting.toml and the .rst files, then run:", file=out)
    print(f"  migmeet build {shlex.quote(str(folder))}", file=out)
    return 0


def _new_from(folder: Path, previous: Path, out: TextIO) -> int:
    steps = write_next_meeting(previous, folder)
    print(f"wrote the next meeting's folder {folder} from {previous}", file=out)
    print("what to do next:", file=out)
    for number, step in enumerate(steps, 1):
        print(f"  {number}. {step}", file=out)
    return 0


def _concerns(command: str, finding: Finding) -> bool:
    """Whether a finding concerns what ``command`` writes."""
    if command in _FROM_DATA_ONLY:
        return finding.file in (None, DATA_FILE)
    return True


def _refused(
    arguments: argparse.Namespace, findings: Sequence[Finding], found: str, err: TextIO
) -> bool:
    """Whether nothing may be written for ``findings`` (what ``found``
    them: "the checks"), said with how to write anyway: an error, and no
    ``--force``."""
    if not has_errors(findings) or arguments.force:
        return False
    print(
        f"{found} found errors; nothing written (mend them, or write "
        f"anyway with: {_again(arguments)} --force)",
        file=err,
    )
    return True


def _again(arguments: argparse.Namespace) -> str:
    """The command as given, to type again: each path quoted for the shell."""
    words = ["migmeet", arguments.command, arguments.folder]
    if arguments.command == "concept-note":
        words.append(arguments.panel)
    if arguments.command == "export":
        words += ["--format", arguments.format]
    if getattr(arguments, "output", None):
        words += ["-o", arguments.output]
    return shlex.join(str(word) for word in words)


def _checked(
    arguments: argparse.Namespace, out: TextIO, err: TextIO
) -> tuple[CheckedFolder, Report] | None:
    """The folder read and checked, or None (with the reason printed) if
    nothing may be written."""
    folder, command = Path(arguments.folder), arguments.command
    print(f"reading and checking {folder}", file=out)
    checked = load_and_check(folder)
    concerned = [f for f in checked.findings if _concerns(command, f)]
    for finding in concerned:
        print(finding, file=err)
    print(f"checks: {summary(concerned)}{_suppressed(checked.suppressed)}", file=out)
    if checked.report is None:
        print(
            f"{folder}: the data file cannot be read far enough to make any "
            "document; nothing written",
            file=err,
        )
        return None
    if _refused(arguments, concerned, "the checks", err):
        return None
    return checked, checked.report


def _build(
    arguments: argparse.Namespace,
    checked: CheckedFolder,
    report: Report,
    target: Path,
    out: TextIO,
    last_check: LastCheck,
) -> str:
    require_summaries(arguments.folder, report)
    sections, annexes = len(report.sections), len(report.annexes)
    print(
        f"building the document: {sections} section{'s' * (sections != 1)}, "
        f"{annexes} annex{'es' * (annexes != 1)}",
        file=out,
    )
    print("laying out the pages", file=out)
    pdf = report_pdf(report, document=checked.document, last_check=last_check)
    write_atomically(target, pdf.data)
    return f"{target}: {pdf.pages} pages"


def _output(arguments: argparse.Namespace) -> Path:
    """The file a command other than ``site`` writes: ``-o``, or its default
    name in the meeting folder; refused if it would replace an input or a
    file migmeet did not write."""
    folder = Path(arguments.folder)
    if arguments.command == "export":
        default = export_file_name(arguments)
        output = Path(arguments.output) if arguments.output else folder / default
        check_output_file(folder, output, Path(default).suffix, default=default)
        check_replaceable(output)
        return output
    default = {
        "build": DEFAULT_OUTPUT,
        "docx": DEFAULT_DOCX,
        "programme": "programme.pdf",
        "calendar": "calendar.ics",
        "concept-note": f"concept-note-{getattr(arguments, 'panel', '')}.pdf",
    }[arguments.command]
    output = Path(arguments.output) if arguments.output else folder / default
    check_output_file(folder, output, Path(default).suffix, default=default)
    check_replaceable(output)
    return output


def _companion(
    arguments: argparse.Namespace,
    checked: CheckedFolder,
    report: Report,
    target: Path | None,
    last_check: LastCheck,
) -> str:
    """The documents that go out beside the report."""
    meeting = report.meeting
    if arguments.command == "site":
        target, names = write_site(
            report, arguments.output, document=checked.document, last_check=last_check
        )
        return f"{target}: {', '.join(names)}"
    assert target is not None  # every command but site writes one file
    if arguments.command == "calendar":
        data = meeting_calendar(meeting, previous=read_earlier_output(target))
        last_check.ics("the calendar", data)
        said = f"{data.count(b'BEGIN:VEVENT')} events"
    else:
        pdf = (
            programme_pdf(meeting, last_check=last_check)
            if arguments.command == "programme"
            else concept_note_pdf(meeting, arguments.panel, last_check=last_check)
        )
        data, said = pdf.data, f"{pdf.pages} page{'s' * (pdf.pages != 1)}"
    write_atomically(target, data)
    return f"{target}: {said}"


def _publish(arguments: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    # From when the user's wait began, start-up included.
    start = getattr(arguments, "started", time.perf_counter())
    folder = Path(arguments.folder)
    if not folder.is_dir():
        raise MigmeetError(f"{folder}: is not a folder")
    # Where it would write is checked, and its folder made, before any work
    # is done: a wrong -o is said at once, not after the layout.
    target: Path | None = None
    if arguments.command == "site":
        check_site_folder(folder, Path(arguments.output))
    else:
        target = _output(arguments)
        make_output_folder(target.parent)
    done = _checked(arguments, out, err)
    if done is None:
        return 1
    checked, report = done
    # Markup the checks reported (and --force let through) is not said
    # twice; what a comment suppressed where it is written goes through.
    said = checked.markup_suppressed | {
        f.text
        for f in checked.findings
        if f.code == "markup-left" and _concerns(arguments.command, f)
    }
    last_check = LastCheck(
        force=arguments.force, said=said, severity=checked.markup_left
    )
    try:
        written = _write(arguments, checked, report, target, out, last_check)
    except MarkupLeftError as refused:
        for finding in refused.findings:
            print(finding, file=err)
        _refused(arguments, refused.findings, "the last check on what it writes", err)
        return 1
    for finding in last_check.findings:  # forced, or warnings: written as it is
        print(finding, file=err)
    print(f"wrote {written} in {time.perf_counter() - start:.1f} s", file=out)
    return 0


def _write(
    arguments: argparse.Namespace,
    checked: CheckedFolder,
    report: Report,
    target: Path | None,
    out: TextIO,
    last_check: LastCheck,
) -> str:
    """Make and write what the command writes; what was written, said."""
    if arguments.command == "build":
        assert target is not None
        return _build(arguments, checked, report, target, out, last_check)
    if arguments.command == "docx":
        assert target is not None
        return write_docx(arguments, checked, report, target, out, last_check)
    if arguments.command == "export":
        assert target is not None
        return write_export(arguments, checked, report, target, out, last_check)
    return _companion(arguments, checked, report, target, last_check)


def run(arguments: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Carry out the command ``arguments`` names; its exit code."""
    if arguments.command == "new" and arguments.indico is not None:
        return new_from_indico(Path(arguments.folder), Path(arguments.indico), out)
    if arguments.command == "new" and arguments.previous is not None:
        return _new_from(Path(arguments.folder), Path(arguments.previous), out)
    if arguments.command == "new":
        return _new(Path(arguments.folder), out)
    if arguments.command == "check":
        return _check(arguments.folder, arguments.format, out)
    if arguments.command == "import":
        return run_import(arguments, out, err)
    if arguments.command == "keys":
        return run_keys(arguments, out)
    if arguments.command == "schema":
        return run_schema(out)
    if arguments.command == "doctor":
        return run_doctor(arguments.format, out)
    if arguments.command == "preview":
        return serve(Path(arguments.folder), arguments.port, out)
    return _publish(arguments, out, err)
