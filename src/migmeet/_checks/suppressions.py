"""Suppressions for one deliberate place, and the ``[checks]`` settings
applied to what the checks found.

A comment on the line before a paragraph of a summary,
``.. migmeet: ignore[code] reason``, or before a key of the data file,
``# migmeet: ignore[code] reason``, suppresses that code's findings from
the next line to the end of the paragraph that starts there (up to the
next blank line; the blank line a reStructuredText comment needs after
it is skipped). Several codes may be named, separated by commas; a
family's name stands for its codes. A reason is required, and an unknown
code is an error at the comment's line. :func:`settle` applies them, with
``[checks] select`` and ``[checks.severity]``, to a folder's findings and
counts what was suppressed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs

from .._findings import (
    CHECKS,
    SAFETY_CODES,
    Finding,
    Severity,
    load_problem,
    selected_codes,
    unknown_code,
)
from .._reading import DATA_FILE
from .._reading.safe_files import MAX_TEXT_BYTES, UnsafeFileError, read_inside

__all__ = ["Suppression", "read_suppressions", "settle"]

_COMMENT = re.compile(
    r"^\s*(?:\.\.|#)\s*migmeet:\s*ignore\[(?P<codes>[^\]]*)\](?P<reason>.*)$"
)
#: A line that only mentions migmeet in a comment, with a mistake in its form.
_LOOSE = re.compile(r"^\s*(?:\.\.|#)\s*migmeet\s*:")


@attrs.frozen
class Suppression:
    """The codes suppressed in ``file`` from line ``first`` to ``last``."""

    file: str
    first: int
    last: int
    codes: frozenset[str]

    def covers(self, finding: Finding) -> bool:
        return (
            finding.file == self.file
            and finding.line is not None
            and self.first <= finding.line <= self.last
            and finding.code in self.codes
        )


def _codes(names: Iterable[str]) -> tuple[frozenset[str], list[str]]:
    """The codes ``names`` stand for (a family for its codes), and the
    problems of the names that stand for nothing."""
    codes: set[str] = set()
    problems = []
    for name in names:
        family = {code for code, c in CHECKS.items() if c.family == name}
        if name == "file":
            # A file not read as written is never published unnoticed; the
            # author may vouch for markup in one paragraph, not for that.
            problems.append(
                "'file' cannot be suppressed: what could not be read would be "
                "left out of the documents unnoticed"
            )
        elif family:
            codes |= family - {"file"}
        elif (unknown := unknown_code(name)) is None:
            codes.add(name)
        else:
            problems.append(unknown)
    return frozenset(codes), problems


def _span(lines: list[str], comment: int) -> tuple[int, int]:
    """The first and last lines (1-based) of the paragraph after the
    comment at line ``comment``: blank lines between them are skipped (a
    reStructuredText comment needs one), and the paragraph ends before the
    next blank line."""
    first = comment + 1
    while first <= len(lines) and not lines[first - 1].strip():
        first += 1
    last = first
    while last < len(lines) and lines[last].strip():
        last += 1
    return first, last


def _in_text(name: str, text: str) -> tuple[list[Suppression], list[Finding]]:
    lines = text.splitlines()
    suppressions: list[Suppression] = []
    problems: list[Finding] = []
    for number, line in enumerate(lines, 1):
        match = _COMMENT.match(line)
        if match is None:
            if _LOOSE.match(line):
                problems.append(
                    load_problem(
                        name,
                        "a migmeet comment must read 'migmeet: ignore[code] reason'",
                        number,
                    )
                )
            continue
        names = [n.strip() for n in match.group("codes").split(",") if n.strip()]
        codes, unknown = _codes(names)
        problems += [load_problem(name, message, number) for message in unknown]
        if not names:
            problems.append(load_problem(name, "ignore[] names no check code", number))
        if not match.group("reason").strip():
            problems.append(
                load_problem(name, "a suppression needs the reason why", number)
            )
        elif codes and not unknown:
            first, last = _span(lines, number)
            suppressions.append(Suppression(name, first, last, codes))
    return suppressions, problems


def read_suppressions(root: Path) -> tuple[list[Suppression], list[Finding]]:
    """The suppressions written in the data file and the ``.rst`` files of
    the folder ``root``, and the problems of those that are not valid (a
    file that cannot be read is left to the folder's reader to report)."""
    names = [
        DATA_FILE,
        *sorted(path.relative_to(root).as_posix() for path in root.rglob("*.rst")),
    ]
    suppressions: list[Suppression] = []
    problems: list[Finding] = []
    for name in names:
        try:
            text = read_inside(root, name, limit=MAX_TEXT_BYTES).decode("utf-8")
        except (OSError, UnsafeFileError, UnicodeDecodeError):
            continue
        found, wrong = _in_text(name, text)
        suppressions += found
        problems += wrong
    return suppressions, problems


def settle(
    findings: Iterable[Finding],
    suppressions: Iterable[Suppression],
    *,
    select: Iterable[str] | None = None,
    severity: Mapping[str, str] | None = None,
) -> tuple[list[Finding], int]:
    """``findings`` with only the selected codes, each at the severity the
    data file gives it, less those suppressed in place; and how many were
    suppressed. A file's own problems (code ``file``) always stay."""
    chosen = selected_codes(select)
    severity = severity or {}
    suppressions = list(suppressions)
    kept: list[Finding] = []
    suppressed = 0
    for finding in findings:
        if finding.code != "file" and finding.code not in chosen:
            continue
        if any(s.covers(finding) for s in suppressions):
            suppressed += 1
            continue
        if finding.code not in SAFETY_CODES and severity.get(finding.code) in (
            "error",
            "warning",
        ):
            finding = attrs.evolve(finding, severity=Severity(severity[finding.code]))
        kept.append(finding)
    return kept, suppressed
