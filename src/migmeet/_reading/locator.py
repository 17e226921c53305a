"""Where the model's values stand in the data file, for findings about them."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from .key_lines import locate_key

__all__ = ["Locator"]


@attrs.frozen(kw_only=True)
class Locator:
    """Where the model's values stand in a data file, for findings about them.

    ``keys`` maps a value's identity to its key path ("people.crepeau");
    ``lines`` maps key paths to lines of ``file``.
    """

    file: str
    keys: Mapping[int, str] = attrs.field(factory=dict)
    lines: Mapping[str, int] = attrs.field(factory=dict)

    def place(self, value: object, field: str) -> tuple[str | None, int | None, str]:
        key = self.keys.get(id(value))
        if key is None:
            return None, None, field
        path = f"{key}.{field}" if field else key
        return self.file, locate_key(self.lines, path), path
