"""The ``migmeet`` command: ``new``, ``check``, ``build``, ``docx``,
``programme``, ``concept-note``, ``site`` and ``calendar``; ``check`` and
``site`` also take a series folder (one holding ``series.toml``); ``rules``
and ``check --explain CODE`` print the rule catalogue.

Exit codes: 0 on success; 1 when the meeting's files (or the output) have
problems, ``check`` finds an error, or a publishing command refuses to write
because the checks found one, each printed with its place and no
traceback; 2 for wrong usage (argparse's own convention); 3 for an error
inside migmeet itself (a bug), said in one line with how to report it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Sequence
from typing import TextIO

from .._errors import MigmeetError
from .clock import process_started
from .commands import run
from .folder_given import refuse_a_file_for_a_folder
from .parser import parser, refuse_unknown_command
from .rules import is_rules_command, run_rules
from .series import is_series_command, run_series

__all__ = ["console_main", "main"]

BUG_REPORT = (
    "this is a bug in migmeet, not a mistake in the meeting's files; please "
    "report it to the migmeet developers with the command you ran and, if "
    "you can, the folder"
)


def main(
    argv: Sequence[str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    *,
    started: float | None = None,
) -> int:
    """Run the command with ``argv``; return its exit code. ``started`` is
    when the user's wait began (a ``time.perf_counter()`` reading): the
    time a publishing command reports counts from there."""
    out = out or sys.stdout
    err = err or sys.stderr
    argv = sys.argv[1:] if argv is None else list(argv)
    words = parser()
    refuse_unknown_command(words, argv)
    arguments = words.parse_args(argv)
    arguments.started = time.perf_counter() if started is None else started
    try:
        if arguments.command != "new" and getattr(arguments, "folder", None):
            refuse_a_file_for_a_folder(arguments.folder, argv)
        if arguments.command == "new" and arguments.previous is not None:
            refuse_a_file_for_a_folder(arguments.previous, argv)
        if is_rules_command(arguments):
            return run_rules(arguments, out, err)
        if is_series_command(arguments):
            return run_series(arguments, out, err)
        return run(arguments, out, err)
    except MigmeetError as error:
        print(f"migmeet: {error}", file=err)
        return 1
    except BrokenPipeError:  # the reader stopped (| head): nothing more to say
        return 1
    except KeyboardInterrupt:
        # Each file is written whole or not at all; a command that writes
        # several (import, site, new) may have written some before the stop.
        print(
            "migmeet: interrupted; no file was left half-written (a command "
            "writing several files keeps those it had finished)",
            file=err,
        )
        return 130
    except RecursionError:
        print(
            "migmeet: the input is nested too deeply to be read (lists or "
            "sections within one another); nothing written",
            file=err,
        )
        return 1
    except Exception as error:  # a bug: one line, never a traceback
        print(
            f"migmeet: internal error: {type(error).__name__}: {error}; {BUG_REPORT}",
            file=err,
        )
        return 3


def console_main() -> None:
    """The ``migmeet`` command itself: the time it reports counts from the
    process's start, and it ends as soon as its output is flushed, without
    the second or so Python would spend freeing what it read (the
    dictionary, the document trees) when nothing else is left to do."""
    code = main(started=process_started())
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError):  # a closed pipe (| head): dropped
            stream.flush()
    os._exit(code)
