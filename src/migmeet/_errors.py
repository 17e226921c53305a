"""The errors migmeet raises: one root, and subclasses by where the mistake is.

Every message names what it is about (a field and its value, a section, a
file) so that a user can find and mend the mistake without a traceback.
Failures of docutils and WeasyPrint are translated into these at the one
place each library is called.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._findings import Finding

__all__ = [
    "AbbreviationClashError",
    "FolderError",
    "InvalidValueError",
    "MigmeetError",
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


class FolderError(MigmeetError):
    """A meeting folder has mistakes; ``problems`` lists every one found."""

    def __init__(self, problems: Iterable[Finding]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(problem.brief() for problem in self.problems))
