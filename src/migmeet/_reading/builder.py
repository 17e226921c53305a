"""The bookkeeping of building records into the model.

A :class:`Builder` makes model values from record fields and resolves the
keys by which one table names another, turning every refused value and
every key that names nothing into a :class:`Finding` at its key's line in
the data file. It remembers which keys stood in the file but could not be
made into values, so that a mention of such a key is not reported again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

from .._errors import InvalidValueError
from .._findings import Finding, load_problem
from .._model import field_errors
from .key_lines import locate_key
from .layout import DATA_FILE
from .suggest import suggest

__all__ = ["Builder"]

T = TypeVar("T")
R = TypeVar("R")


class Builder:
    """Makes model values from records, collecting problems and broken keys."""

    def __init__(
        self, lines: Mapping[str, int], *, left_out: frozenset[str] = frozenset()
    ) -> None:
        self.lines = lines
        self.problems: list[Finding] = []
        #: Keys whose values could not be made (their problem is reported).
        self.broken: set[str] = set(left_out)
        self.left_out = left_out

    def problem(self, path: str, message: str, code: str = "file") -> None:
        self.problems.append(
            load_problem(
                file=DATA_FILE,
                line=locate_key(self.lines, path),
                where=path,
                message=message,
                code=code,
            )
        )

    def make(
        self, path: str, owner: str, cls: Callable[..., T], **values: Any
    ) -> T | None:
        """``cls(**values)``, or None with a problem for each invalid field;
        ``owner`` is the key whose value is then broken."""
        errors = field_errors(cls, values)  # type: ignore[arg-type]
        if not errors:
            try:
                return cls(**values)
            except InvalidValueError as invalid:
                errors = [invalid]
        self.report(path, errors)
        self.broken.add(owner)
        return None

    def report(self, path: str, errors: Iterable[InvalidValueError]) -> None:
        for error in errors:
            field = error.field.partition(".")[2] or error.field
            code = {"symbol": "symbol", "organizations": "abbreviation-two-names"}.get(
                field, "file"
            )
            self.problem(f"{path}.{field}", f"{error.value!r} {error.problem}", code)

    def table(
        self,
        name: str,
        records: Mapping[str, R],
        cls: Callable[..., T],
        fields: Callable[[R], dict[str, Any]],
    ) -> dict[str, T]:
        """Each record of the table ``[name.key]`` made into a ``cls``."""
        made = {}
        for key, record in records.items():
            value = self.make(f"{name}.{key}", key, cls, **fields(record))
            if value is not None:
                made[key] = value
        return made

    def resolve(
        self,
        path: str,
        key: str,
        table: Mapping[str, T],
        table_name: str,
        what: str,
        known: Iterable[str] = (),
    ) -> T | None:
        """The value named ``key``; ``known`` are all keys the file defines."""
        if key in table:
            return table[key]
        if key in self.broken and (key in known or key in self.left_out):
            return None  # its own problem is reported where it is defined
        hint = suggest(key, [*table, *known])
        self.problem(path, f"no {what} {key!r} in [{table_name}]{hint}")
        return None
