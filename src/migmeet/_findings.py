"""What can be wrong, and the one record of a thing found wrong.

Every check has a stable code in :data:`CHECKS`, with a severity, a
summary and its place in the rule catalogue (:mod:`migmeet._catalogue`).
A :class:`Finding` is one thing found: a problem that stops a file
loading and a check's finding alike, with its code, severity, place,
message and fix, so readers, checks and the command line share one type.
:func:`load_problem` makes the first kind, :func:`check_finding` the second
(not yet placed: the check that runs a rule places what it finds).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from ._catalogue import CHECKS, FAMILIES, Check, Severity

__all__ = [
    "CHECKS",
    "SAFETY_CODES",
    "Check",
    "Finding",
    "Severity",
    "check_finding",
    "check_ignores",
    "check_selection",
    "check_severities",
    "has_errors",
    "load_problem",
    "selected_codes",
    "sort_findings",
    "unknown_code",
]


@attrs.frozen(kw_only=True)
class Finding:
    """One thing a check found: what, where, and how to mend it.

    ``text`` holds the words of the source the finding is about (the
    offending words a text rule found), so that its exact line can be
    found; it is not part of what :meth:`as_dict` and ``str`` show.
    ``where`` is a data-file key path as the loader counts
    (``programme[0].weekday``); ``where_said`` the same place as a reader
    counts it ("the first programme day: weekday"), shown when set.
    """

    code: str
    severity: Severity
    message: str
    fix: str | None = None
    file: str | None = None
    line: int | None = None
    where: str = ""
    text: str = ""
    where_said: str = ""

    @property
    def _where(self) -> str:
        return self.where_said or self.where

    @property
    def place(self) -> str:
        """``file:line`` where known, else the part of the report."""
        if self.file is None:
            return self._where
        return self.file if self.line is None else f"{self.file}:{self.line}"

    def as_dict(self) -> dict[str, Any]:
        """The finding as JSON would carry it."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "file": self.file,
            "line": self.line,
            "message": self.message
            if self.file or not self.where
            else f"{self._where}: {self.message}",
            "fix": self.fix,
        }

    def __str__(self) -> str:
        where = (
            f" ({self._where})"
            if self.file is not None and self.where and self._where not in self.message
            else ""
        )
        text = (
            f"{self.place}: {self.severity.value}: {self.message}{where} [{self.code}]"
        )
        return text + (f"\n    fix: {self.fix}" if self.fix else "")

    def brief(self) -> str:
        """``file:line: where: message``, as a problem that stops loading reads."""
        place = self.place
        where = f" {self._where}:" if self.where and self.file is not None else ""
        return f"{place}:{where} {self.message}"


def load_problem(
    file: str,
    message: str,
    line: int | None = None,
    *,
    where: str = "",
    code: str = "file",
) -> Finding:
    """A problem that stops a file (or a part of it) from loading: an error."""
    return Finding(
        code=code,
        severity=Severity.ERROR,
        message=message,
        file=file,
        line=line,
        where=where,
    )


def check_finding(
    code: str, message: str, fix: str | None = None, *, text: str = ""
) -> Finding:
    """A finding of the check ``code``, with its severity from :data:`CHECKS`,
    not yet placed: the caller sets ``file``, ``line`` and ``where``."""
    return Finding(
        code=code,
        severity=CHECKS[code].severity,
        message=message,
        fix=fix,
        text=text,
    )


def _nearest(name: str, known: Iterable[str]) -> str:
    """ " (did you mean 'per-cent'?)" for a near miss, else ""."""
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def unknown_code(code: str) -> str | None:
    """Why ``code`` names no check (with the nearest code), or None."""
    if code in CHECKS:
        return None
    return f"{code!r} is not a check code{_nearest(code, CHECKS)}"


#: Codes that keep unreadable or unsafe text out of what is published: a
#: file that could not be read as written, and markup a reader would see.
#: No data file or comment can switch them off or make them warnings.
SAFETY_CODES = frozenset({"file", "markup-left", "markup-in-data"})
_KEPT = (
    "cannot be switched off or made a warning: it keeps unreadable or unsafe "
    "text out of the documents (build with --force to write anyway)"
)


def check_ignores(ignore: Mapping[str, str]) -> list[tuple[str, str]]:
    """Problems with switched-off codes: (code, message)."""
    problems = []
    for code, reason in ignore.items():
        if code in SAFETY_CODES:
            problems.append((code, f"{code!r} {_KEPT}"))
        elif (unknown := unknown_code(code)) is not None:
            problems.append((code, unknown))
        elif not reason.strip():
            problems.append((code, "needs the reason why it is switched off"))
    return problems


def check_selection(select: Iterable[str]) -> list[tuple[int, str]]:
    """Problems with ``[checks] select``, entries that name neither a check
    nor a family: (index, message)."""
    known = [*CHECKS, *FAMILIES]
    return [
        (index, f"{name!r} is neither a check code nor a family{_nearest(name, known)}")
        for index, name in enumerate(select)
        if name not in CHECKS and name not in FAMILIES
    ]


def check_severities(severity: Mapping[str, str]) -> list[tuple[str, str]]:
    """Problems with ``[checks.severity]``: (code, message)."""
    problems = []
    for code, value in severity.items():
        if code in SAFETY_CODES and value != "error":
            problems.append((code, f"{code!r} {_KEPT}"))
        elif (unknown := unknown_code(code)) is not None:
            problems.append((code, unknown))
        elif value not in ("error", "warning"):
            problems.append((code, f"is {value!r}; a severity is 'error' or 'warning'"))
    return problems


def selected_codes(select: Iterable[str] | None) -> frozenset[str]:
    """The codes ``[checks] select`` runs: all when it is None, else those it
    names and those of the families it names (unknown names ignored: they
    are reported on their own)."""
    if select is None:
        return frozenset(CHECKS)
    names = set(select)
    return frozenset(
        code
        for code, check in CHECKS.items()
        if code in names or check.family in names or code in SAFETY_CODES
    )


def has_errors(findings: Iterable[Finding]) -> bool:
    """Whether any finding is an error, and so would stop a build.

    Args:
        findings: what :func:`check_report` or :func:`check_folder` found.

    Returns:
        True if one of them is of :attr:`Severity.ERROR`; False if there
        are none or all are warnings.

    Raises nothing.
    """
    return any(f.severity is Severity.ERROR for f in findings)


_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1}


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then by file and line; findings at one place keep their
    order."""
    return sorted(
        findings, key=lambda f: (_ORDER[f.severity], f.file or "", f.line or 0)
    )
