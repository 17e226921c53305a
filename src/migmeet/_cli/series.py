"""The commands on a series folder (one holding ``series.toml``):
``migmeet check SERIES`` checks every meeting and prints each one's
findings under its name; ``migmeet site SERIES -o OUT`` builds the series'
site, refusing on an error unless ``--force``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import TextIO

from .._errors import MigmeetError
from .._findings import has_errors
from .._publishing import (
    MeetingBuild,
    check_series,
    is_series,
    load_series,
    write_series_site,
)
from .._publishing.series import SERIES_FILE
from .._publishing.targets import check_site_folder
from .commands import summary

__all__ = ["is_series_command", "run_series"]


def _check(folder: Path, form: str, out: TextIO) -> int:
    series = load_series(folder)
    results = check_series(series)
    if form == "json":
        content = {
            name: [f.as_dict() for f in findings] for name, findings in results.items()
        }
        print(json.dumps(content, indent=2, ensure_ascii=False), file=out)
    else:
        for finding in results.get(SERIES_FILE, []):
            print(f"  {finding}", file=out)
        for entry in series.entries:
            findings = results[entry.name]
            title = entry.meeting.title if entry.meeting else "cannot be read"
            print(f"== {entry.name} ({title})", file=out)
            for finding in findings:
                print(f"  {finding}", file=out)
            print(f"{entry.name}: {summary(findings)}", file=out)
        every = [f for findings in results.values() for f in findings]
        count = len(series.entries)
        print(
            f"{folder}: {count} meeting{'s' * (count != 1)}, {summary(every)}",
            file=out,
        )
    return 1 if any(has_errors(f) for f in results.values()) else 0


def _site(arguments: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    start = time.perf_counter()
    folder, output = Path(arguments.folder), Path(arguments.output)
    if arguments.jobs is not None and arguments.jobs < 1:
        raise MigmeetError(f"--jobs {arguments.jobs}: give 1 or more processes")
    series = load_series(folder)
    check_site_folder(folder, output)
    for entry in series.entries:
        check_site_folder(entry.folder, output)
    print(f"reading and checking the series {folder}", file=out)

    def report(build: MeetingBuild) -> None:
        for finding in build.findings:
            print(f"{build.name}: {finding}", file=err)
        print(f"{build.name}: checks: {summary(build.findings)}", file=out)
        if build.files is None:
            print(
                f"{build.name}: the data file cannot be read far enough to make "
                "its page; it is left out",
                file=err,
            )

    done = write_series_site(
        series,
        output,
        jobs=arguments.jobs,
        rebuild=arguments.rebuild,
        force=arguments.force,
        report=report,
    )
    built = [b.name for b in done.built if b.files is not None]
    said = f"built {', '.join(built)}" if built else "no meeting changed"
    if done.unchanged:
        said += f"; unchanged: {', '.join(done.unchanged)}"
    print(
        f"wrote {output}: {said} in {time.perf_counter() - start:.1f} s"
        if done.written
        else f"{output}: up to date, nothing written",
        file=out,
    )
    return 0


def is_series_command(arguments: argparse.Namespace) -> bool:
    """Whether the command is ``check`` or ``site`` on a series folder."""
    return arguments.command in ("check", "site") and is_series(arguments.folder)


def run_series(arguments: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """``check`` or ``site`` on a series folder; the exit code."""
    if arguments.command == "check":
        return _check(Path(arguments.folder), arguments.format, out)
    return _site(arguments, out, err)
