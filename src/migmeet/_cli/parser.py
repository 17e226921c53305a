"""The command line's words: its commands, arguments and help."""

from __future__ import annotations

import argparse
import difflib
from collections.abc import Sequence

from .._version import __version__
from .doctor import add_doctor
from .export import add_export
from .import_draft import add_import
from .keys import add_keys
from .rules import CHECK_USAGE, add_explain, add_rules
from .schema import add_schema

__all__ = ["DEFAULT_OUTPUT", "PUBLISHING", "parser", "refuse_unknown_command"]

DEFAULT_OUTPUT = "report.pdf"
#: The commands that write something for readers: each runs the checks first.
PUBLISHING = (
    "build",
    "docx",
    "programme",
    "concept-note",
    "site",
    "calendar",
    "export",
)


def _command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    summary: str,
    description: str,
    *,
    folder: str = "the meeting folder",
    output: tuple[str, str] | None = None,
    folder_optional: bool = False,
    usage: str | None = None,
) -> argparse.ArgumentParser:
    """A command taking a folder and, if ``output`` is (metavar, help), ``-o``."""
    command = commands.add_parser(
        name, help=summary, description=description, usage=usage
    )
    nargs = "?" if folder_optional else None
    command.add_argument("folder", metavar="DIR", help=folder, nargs=nargs)
    if output is not None:
        metavar, text = output
        command.add_argument("-o", "--output", metavar=metavar, help=text)
    return command


def _series_options(site: argparse.ArgumentParser) -> None:
    """The options of ``site`` on a series folder (one with series.toml)."""
    site.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        default=None,
        help="for a series: build N meetings at once (default: the machine's cores)",
    )
    site.add_argument(
        "--rebuild",
        action="store_true",
        help="for a series: build every meeting, changed or not",
    )


def _port(text: str) -> int:
    """A TCP port, 0 to 65535, for argparse (its error names the option)."""
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port (0 to 65535)")
    return port


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="migmeet",
        description=(
            "Build the documents of a recurring intergovernmental meeting, in "
            "United Nations house style, from a meeting folder."
        ),
    )
    parser.add_argument("--version", action="version", version=f"migmeet {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    new = _command(
        commands,
        "new",
        "write a sample meeting folder, or next year's from last year's",
        "Write a complete sample meeting folder, which builds as it is and "
        "shows every feature, with comments saying what to edit; or, with "
        "--from, next year's meeting folder from the previous meeting's: "
        "its number plus one, what stays kept, what changes emptied and "
        "listed in a [to_fill] table; or, with --from-indico, a meeting "
        "folder from an event exported by Indico's HTTP API.",
        folder="the folder to create (new or empty)",
    )
    start = new.add_mutually_exclusive_group()
    start.add_argument(
        "--from",
        dest="previous",
        metavar="PREVIOUS",
        help="the previous meeting's folder, to start next year's from",
    )
    start.add_argument(
        "--from-indico",
        dest="indico",
        metavar="EVENT.json",
        help="an Indico event exported as /export/event/ID.json?detail=sessions, "
        "to start the meeting's folder from (its programme, people and organizations)",
    )
    _command(
        commands,
        "build",
        "build the report PDF of a meeting folder",
        "Check a meeting folder and build its report as a PDF. The checks "
        "run first; errors stop the build unless --force is given.",
        output=("OUT.pdf", f"where to write the PDF (default: DIR/{DEFAULT_OUTPUT})"),
    )
    _command(
        commands,
        "docx",
        "write the report as an editable Word document",
        "Check a meeting folder and write its report as a Word document "
        "(.docx) with Word's own styles, footnotes and contents, to edit or "
        "send for comments. The checks run first; errors stop it unless "
        "--force is given.",
        output=("OUT.docx", "where to write it (default: DIR/report.docx)"),
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
    _series_options(site)
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
        "abbreviations, numbers and symbols. Exit code 1 if there is an error. "
        "'migmeet rules' lists the rules; --explain CODE prints one.",
        folder="the meeting folder, or a series folder (one holding series.toml); "
        "not given with --explain CODE",
        folder_optional=True,
        usage=CHECK_USAGE,
    )
    check.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for programs",
    )
    add_explain(check)
    add_rules(commands)
    add_import(commands)
    add_keys(commands)
    add_schema(commands)
    add_doctor(commands)
    add_export(commands)
    preview = _command(
        commands,
        "preview",
        "show the report with the checks' findings, live, in a browser",
        "Serve the report as a web page on this computer only (127.0.0.1), "
        "with each finding of the checks beside the text it concerns and a "
        "link to the PDF. The page is rebuilt and reloaded whenever a file of "
        "the folder is saved. Ctrl-C stops it.",
    )
    preview.add_argument(
        "--port",
        type=_port,
        default=8017,
        help="the port to listen on (default: 8017; 0 picks a free one)",
    )
    for name in PUBLISHING:
        commands.choices[name].add_argument(
            "--force",
            action="store_true",
            help="write even if the checks find errors (they are still printed)",
        )
    return parser


def refuse_unknown_command(
    parser: argparse.ArgumentParser, argv: Sequence[str]
) -> None:
    """Stop with a usage error (exit 2) if ``argv`` names no command,
    offering the nearest one: ``migmeet biuld`` is asked "did you mean
    build?"."""
    if not argv or argv[0].startswith("-"):
        return
    names = [
        name
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    ]
    if argv[0] in names:
        return
    close = difflib.get_close_matches(argv[0], names, n=1, cutoff=0.6)
    hint = f"did you mean {close[0]}?" if close else f"the commands: {', '.join(names)}"
    parser.error(f"unknown command {argv[0]!r} ({hint})")
