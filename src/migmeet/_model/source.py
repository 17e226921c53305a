"""Where a value was written: the :class:`Source` of a value read from a folder.

The model's values that are read from a meeting folder keep one, so that a
check can point a user to the file and line; it never takes part in
comparing values.
"""

from __future__ import annotations

import attrs

from .typed import typed_fields

__all__ = ["Source"]


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Source:
    """Where a value was written: a file of a meeting folder and a line.

    Values keep it only to point a user to the place; it never takes part
    in comparing them.
    """

    file: str
    line: int | None = None
    #: The value's text as written there, lines and markup included, so a
    #: check can find the line of a word inside it.
    raw: str = ""

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"
