"""What can be wrong, and the one record of a thing found wrong.

Every check has a stable code in :data:`CHECKS`, with a severity and a
summary. A :class:`Finding` is one thing found: a problem that stops a file
loading and a check's finding alike, with its code, severity, place,
message and fix, so readers, checks and the command line share one type.
:func:`load_problem` makes the first kind, :func:`check_finding` the second
(not yet placed: the check that runs a rule places what it finds).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

__all__ = [
    "CHECKS",
    "Check",
    "Finding",
    "Severity",
    "check_finding",
    "check_ignores",
    "has_errors",
    "load_problem",
    "sort_findings",
]


class Severity(enum.Enum):
    """An error stops a build; a warning is reported and the build goes on."""

    ERROR = "error"
    WARNING = "warning"


@attrs.frozen
class Check:
    """A check: its code, how grave its findings are, what it finds."""

    code: str
    severity: Severity
    summary: str


_E, _W = Severity.ERROR, Severity.WARNING
CHECKS: Mapping[str, Check] = {
    check.code: check
    for check in (
        Check("file", _E, "a file of the meeting folder cannot be read or is invalid"),
        Check(
            "placeholder",
            _E,
            "an editing note left in: UPDATE THIS, TODO, TBD, XXX, [insert ...], ----",
        ),
        Check(
            "mojibake",
            _E,
            "broken character encoding, such as 'CrĂ©peau' for 'Crépeau'",
        ),
        Check("wrong-ordinal", _E, "an ordinal that contradicts the meeting's number"),
        Check("stale-ordinal", _E, "the previous meeting's ordinal left in the text"),
        Check("stale-date", _E, "a date of the previous meeting left in the text"),
        Check("stale-year", _E, "the previous meeting's year dating this one"),
        Check("to-fill", _W, "a part of a new meeting's folder still to fill"),
        Check(
            "markup-in-data",
            _E,
            "a data-file text whose roles or links cannot be read, so would be "
            "printed as typed",
        ),
        Check(
            "repeated-sentence", _W, "a sentence repeated, or nearly, within a section"
        ),
        Check(
            "cut-off-paragraph", _E, "a paragraph that ends without final punctuation"
        ),
        Check(
            "stray-fragment", _E, "a paragraph that starts in the middle of a sentence"
        ),
        Check(
            "missing-section", _E, "an agenda item without its section in the report"
        ),
        Check(
            "section-number",
            _E,
            "a section numbered for an item the agenda does not have",
        ),
        Check("section-title", _W, "a section titled otherwise than its agenda item"),
        Check(
            "undefined-abbreviation",
            _W,
            "an abbreviation used but not defined, or used before it is spelled out",
        ),
        Check(
            "unused-abbreviation", _W, "an abbreviation listed but not used in the text"
        ),
        Check("abbreviation-two-names", _E, "one abbreviation spelled out two ways"),
        Check(
            "article-before-abbreviation",
            _E,
            "an article before an abbreviation: 'the IOM'",
        ),
        Check(
            "possessive-abbreviation",
            _E,
            "an abbreviation in the possessive: 'IOM's'",
        ),
        Check("abbreviation-in-heading", _W, "an abbreviation in a heading"),
        Check("un-abbreviation", _E, "'UN' for United Nations in English text"),
        Check(
            "un-name",
            _E,
            "a name of the United Nations, its organs or posts not as the UN writes it",
        ),
        Check(
            "country-name",
            _E,
            "a country's former or unofficial name: 'Vietnam' for 'Viet Nam'",
        ),
        Check(
            "country-short-name",
            _W,
            "a country named otherwise than by its United Nations short name",
        ),
        Check(
            "country-article",
            _E,
            "a country name without the article the UN uses: 'in Netherlands'",
        ),
        Check(
            "unmentioned-name",
            _W,
            "an organization or term of the data file written out instead of mentioned",
        ),
        Check("weekday", _E, "a programme day whose weekday does not match its date"),
        Check("same-date", _E, "two programme days with one date"),
        Check("day-outside-meeting", _E, "a programme day outside the meeting's dates"),
        Check("session-backwards", _E, "a session that ends before it starts"),
        Check("session-overlap", _E, "two sessions of one day that overlap"),
        Check(
            "unknown-agenda-item",
            _E,
            "a session taking up an item the agenda does not have",
        ),
        Check(
            "speaker-not-in-programme",
            _W,
            "a speaker in the report who is not in the programme",
        ),
        Check(
            "presenter-not-in-report",
            _W,
            "a programme presenter whom the report does not mention",
        ),
        Check(
            "figure-under-ten",
            _W,
            "a figure under 10 in running text, where the word is written",
        ),
        Check(
            "per-cent",
            _W,
            "'percent' or '%' in running text, where 'per cent' is written",
        ),
        Check("symbol", _E, "a document symbol that does not parse"),
    )
}


@attrs.frozen(kw_only=True)
class Finding:
    """One thing a check found: what, where, and how to mend it.

    ``text`` holds the words of the source the finding is about (the
    offending words a text rule found), so that its exact line can be
    found; it is not part of what :meth:`as_dict` and ``str`` show.
    """

    code: str
    severity: Severity
    message: str
    fix: str | None = None
    file: str | None = None
    line: int | None = None
    where: str = ""
    text: str = ""

    @property
    def place(self) -> str:
        """``file:line`` where known, else the part of the report."""
        if self.file is None:
            return self.where
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
            else f"{self.where}: {self.message}",
            "fix": self.fix,
        }

    def __str__(self) -> str:
        where = f" ({self.where})" if self.file is not None and self.where else ""
        text = (
            f"{self.place}: {self.severity.value}: {self.message}{where} [{self.code}]"
        )
        return text + (f"\n    fix: {self.fix}" if self.fix else "")

    def brief(self) -> str:
        """``file:line: where: message``, as a problem that stops loading reads."""
        place = self.place
        where = f" {self.where}:" if self.where and self.file is not None else ""
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


def check_ignores(ignore: Mapping[str, str]) -> list[tuple[str, str]]:
    """Problems with switched-off codes: (code, message)."""
    problems = []
    for code, reason in ignore.items():
        if code not in CHECKS:
            problems.append(
                (code, f"is not a check code; codes are {', '.join(CHECKS)}")
            )
        elif not reason.strip():
            problems.append((code, "needs the reason why it is switched off"))
    return problems


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
