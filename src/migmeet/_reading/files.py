"""Reading the files of one meeting folder, collecting every problem.

A :class:`FileReader` reads a file as UTF-8 text, parses a summary with
the meeting roles naming the data file's keys, and makes report values,
turning each failure into a :class:`Finding` at its file and line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from .._errors import AbbreviationClashError, InvalidValueError, MigmeetError
from .._findings import Finding, load_problem
from .rst import Entities, RstText, parse_rst

__all__ = ["FileReader"]


class FileReader:
    """Reads the files of ``folder``; its problems are collected in order."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.problems: list[Finding] = []
        self.entities = Entities()

    def problem(
        self, file: str, message: str, line: int | None = None, code: str = "file"
    ) -> None:
        self.problems.append(
            load_problem(file=file, line=line, message=message, code=code)
        )

    def read(self, name: str) -> str | None:
        path = self.folder / name
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            self.problem(name, f"is not UTF-8 text (byte {error.start})")
        except OSError as error:
            self.problem(name, f"cannot be read: {error.strerror}")
        return None

    def rst(self, name: str) -> RstText | None:
        text = self.read(name)
        if text is None:
            return None
        parsed, problems = parse_rst(
            text, source=name, entities=self.entities, folder=self.folder
        )
        self.problems += problems
        return parsed

    def make(
        self, file: str, line: int | None, build: Callable[..., Any], **values: Any
    ) -> Any:
        """``build(**values)``, or None with a problem at ``file:line``."""
        try:
            return build(**values)
        except InvalidValueError as error:
            self.problem(file, f"{error.problem} ({error.field})", line)
        except AbbreviationClashError as error:
            self.problem(file, str(error), line, code="abbreviation-two-names")
        except MigmeetError as error:
            self.problem(file, str(error), line)
        return None
