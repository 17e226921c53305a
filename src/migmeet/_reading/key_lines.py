"""Where a key stands in the data file: a scanner of the TOML text from key
paths (``programme[1].sessions[0].name``) to line numbers, and the lookup
of a key's line or its nearest enclosing key's.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["key_lines", "locate_key"]

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'.]+)\s*=")


def key_lines(text: str) -> dict[str, int]:
    """Key path of each table header and key, to its line number.

    Arrays of tables count their entries: the second ``[[programme]]`` is
    ``programme[1]``, its first ``[[programme.sessions]]`` is
    ``programme[1].sessions[0]``.
    """
    lines: dict[str, int] = {}
    arrays: dict[str, int] = {}
    table = ""

    def indexed(name: str) -> str:
        parts, prefix = [], ""
        for part in name.split("."):
            prefix = f"{prefix}.{part}" if prefix else part
            index = arrays.get(prefix) if prefix != name else None
            parts.append(part if index is None else f"{part}[{index}]")
        return ".".join(parts)

    array: str | None = None  # the key of a list written over several lines
    item = 0
    for number, line in enumerate(text.splitlines(), 1):
        if array is not None:
            stripped = line.strip()
            if stripped.startswith("]"):
                array = None
            elif stripped and not stripped.startswith("#"):
                lines.setdefault(f"{array}[{item}]", number)
                item += 1
            continue
        if header := _HEADER.match(line):
            name = header.group(1).replace('"', "").replace("'", "")
            if line.lstrip().startswith("[["):
                arrays[name] = arrays.get(name, -1) + 1
                for nested in [key for key in arrays if key.startswith(name + ".")]:
                    del arrays[nested]
                table = f"{indexed(name)}[{arrays[name]}]"
            else:
                table = indexed(name)
            lines.setdefault(table, number)
        elif key := _KEY.match(line):
            name = key.group(1).replace('"', "").replace("'", "")
            path = f"{table}.{name}" if table else name
            lines.setdefault(path, number)
            value = line[key.end() :].split("#")[0].strip()
            if value == "[":  # one item a line follows
                array, item = path, 0
    return lines


def locate_key(lines: Mapping[str, int], path: str) -> int | None:
    """The line of ``path``, or of its nearest enclosing key or table."""
    candidate = path
    while candidate:
        for form in (candidate, re.sub(r"\[\d+\]$", "", candidate)):
            if form in lines:
                return lines[form]
        shorter = re.sub(r"(\.[^.\[]+|\[\d+\])$", "", candidate)
        if shorter == candidate:  # a first key the file does not hold
            return None
        candidate = shorter
    return None
