"""The errors migmeet raises: one root, and subclasses by where the mistake is.

Every message names what it is about (a field and its value, a section, a
file) so that a user can find and mend the mistake without a traceback.
Failures of docutils and WeasyPrint are translated into these at the one
place each library is called.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

__all__ = [
    "AbbreviationClashError",
    "FolderError",
    "InvalidValueError",
    "MigmeetError",
    "Problem",
    "RenderError",
    "ReportError",
]


class MigmeetError(Exception):
    """The root of every error migmeet raises on purpose."""


class InvalidValueError(MigmeetError, ValueError):
    """A value given to the model or a rule is not acceptable.

    ``field`` names the field (``"Meeting.last_day"``), ``value`` is what was
    given, and the message says what is wrong with it.
    """

    def __init__(self, field: str, value: object, problem: str) -> None:
        self.field = field
        self.value = value
        self.problem = problem
        super().__init__(f"{field}: {value!r} {problem}")


class ReportError(MigmeetError):
    """The report as composed cannot be built (for example a section for an
    agenda item the meeting does not have)."""


class AbbreviationClashError(ReportError):
    """One abbreviation stands for two names in one report."""


class RenderError(MigmeetError):
    """Turning the report into HTML or PDF, or writing the file, failed."""


@attrs.frozen(kw_only=True)
class Problem:
    """One mistake in a meeting folder, where it is and what is wrong.

    ``where`` is a key path in a data file (``people.swing.organization``)
    or empty; ``line`` is the line in ``file`` when known.
    """

    file: str
    line: int | None = None
    where: str = ""
    message: str
    #: The check code the problem belongs to (see ``migmeet check``).
    code: str = "file"

    def __str__(self) -> str:
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        where = f" {self.where}:" if self.where else ""
        return f"{place}:{where} {self.message}"


class FolderError(MigmeetError):
    """A meeting folder has mistakes; ``problems`` lists every one found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))
