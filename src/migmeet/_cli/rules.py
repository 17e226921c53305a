"""``migmeet rules`` and ``migmeet check --explain CODE``: the rule catalogue
on the command line.

``rules`` lists every check (code, severity, family, summary), of one
family with ``--family``, as JSON with ``--format json``; ``--explain``
prints one rule whole: the Editorial Manual section it applies with its
address, why, and sentences right and wrong by it. An unknown code or
family is a usage error (exit 2) with the nearest name offered.
"""

from __future__ import annotations

import argparse
import difflib
import json
from collections.abc import Iterable
from typing import TextIO

from .._catalogue import FAMILIES, Check
from .._findings import CHECKS

__all__ = ["CHECK_USAGE", "add_explain", "add_rules", "is_rules_command", "run_rules"]

#: ``check``'s usage: a folder, or --explain CODE and none (which is why
#: argparse is told DIR is optional).
CHECK_USAGE = "%(prog)s [-h] [--format {text,json}] DIR\n       %(prog)s --explain CODE"


def add_rules(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The ``rules`` command's words."""
    command = commands.add_parser(
        "rules",
        help="list the checks' rules, with their family and severity",
        description=(
            "List every rule migmeet checks: its code, severity, family and "
            "what it finds. 'migmeet check --explain CODE' prints one rule with "
            "the Editorial Manual section it applies and examples."
        ),
    )
    command.add_argument(
        "--family", metavar="F", help="only the rules of the family F (such as numbers)"
    )
    command.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for programs",
    )


def add_explain(check: argparse.ArgumentParser) -> None:
    """``check``'s ``--explain CODE``."""
    check.add_argument(
        "--explain",
        metavar="CODE",
        help="print the rule CODE (its Manual section, why, examples) and stop",
    )


def is_rules_command(arguments: argparse.Namespace) -> bool:
    """Whether the command is about the catalogue rather than a folder:
    ``rules``, or ``check`` with ``--explain`` (or with no folder at all)."""
    if arguments.command == "rules":
        return True
    return arguments.command == "check" and (
        arguments.explain is not None or arguments.folder is None
    )


def _near(name: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]}?)" if close else ""


def _explain(check: Check) -> str:
    where = (
        check.url
        if check.cites_section
        else f"{check.url} (the Manual's main page: no section's own address "
        "is confirmed for this rule)"
    )
    lines = [
        f"{check.code} ({check.family}, {check.severity.value})",
        f"  {check.summary}",
        "",
        f"{check.manual}",
        f"  {where}",
        "",
        f"Why: {check.rationale}",
    ]
    place = "in the data file" if check.shown_in == "data" else "in a summary"
    for title, examples in (("Right", check.right), ("Wrong", check.wrong)):
        if examples:
            lines += ["", f"{title} ({place}):"]
            lines += ["  " + e.replace("\n", "\n  ") for e in examples]
    if not (check.right or check.wrong):
        lines += ["", "(no example: this rule is about a folder, not a sentence)"]
    return "\n".join(lines)


def _listing(checks: list[Check], form: str) -> str:
    if form == "json":
        rows = [
            {
                "code": c.code,
                "severity": c.severity.value,
                "family": c.family,
                "summary": c.summary,
                "manual": c.manual,
                "url": c.url,
            }
            for c in checks
        ]
        return json.dumps(rows, indent=2, ensure_ascii=False)
    width = max((len(c.code) for c in checks), default=0)
    return "\n".join(
        f"{c.code:<{width}}  {c.severity.value:<7}  {c.family:<13}  {c.summary}"
        for c in checks
    )


def run_rules(arguments: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Carry out ``rules`` or ``check --explain``; the exit code."""
    if arguments.command == "check":
        code = arguments.explain
        if code is None:
            print(f"usage: {CHECK_USAGE % {'prog': 'migmeet check'}}", file=err)
            print(
                "migmeet check: error: give a meeting folder DIR (or --explain CODE)",
                file=err,
            )
            return 2
        if code not in CHECKS:
            print(f"migmeet: unknown rule {code}{_near(code, CHECKS)}", file=err)
            return 2
        print(_explain(CHECKS[code]), file=out)
        return 0
    family = arguments.family
    if family is not None and family not in FAMILIES:
        print(f"migmeet: unknown family {family}{_near(family, FAMILIES)}", file=err)
        return 2
    checks = [c for c in CHECKS.values() if family in (None, c.family)]
    print(_listing(checks, arguments.format), file=out)
    return 0
