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
from .characters import screen
from .rst import Entities, RstText, parse_rst
from .safe_files import MAX_TEXT_BYTES, UnsafeFileError, list_folder, read_inside

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
        """The text of the file ``name`` (a regular file inside the folder,
        within the size limit, in UTF-8), without the characters no meeting
        text may hold; None, with the problem, if it cannot be read."""
        try:
            data = read_inside(self.folder, name, limit=MAX_TEXT_BYTES)
            text = data.decode("utf-8")
        except UnsafeFileError as error:
            self.problem(name, str(error))
            return None
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            self.problem(name, f"is not UTF-8 text (byte {error.start})", line)
            return None
        # Windows line ends read as line ends.
        text, problems = screen(text.replace("\r\n", "\n"), name)
        self.problems += problems
        return text

    def entries(self, name: str) -> list[Path]:
        """The entries of the folder ``name``, or none, with the problem."""
        try:
            return list_folder(self.folder, name)
        except UnsafeFileError as error:
            self.problem(f"{name}/", str(error))
            return []

    def rst(
        self, name: str, edit: Callable[[str], str] | None = None
    ) -> RstText | None:
        """The summary ``name`` parsed (after ``edit``, which keeps its
        lines), or None, with the problem, if it cannot be read."""
        text = self.read(name)
        if text is None:
            return None
        if edit is not None:
            text = edit(text)
        try:
            parsed, problems = parse_rst(
                text, source=name, entities=self.entities, folder=self.folder
            )
        except RecursionError:
            self.problem(
                name,
                "nests lists (or other blocks) too deeply to be read; UN "
                "documents go three levels deep: (a), (i), then a dash",
            )
            return None
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
