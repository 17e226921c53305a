"""Strict structuring of the parsed TOML into the records, with messages.

cattrs does the structuring, with hooks that refuse what TOML would let
slip (true for a number, a date and time for a date) and that read times
written as "10.00". Its errors are gathered, each as a key path in the
file's own spelling (``people.swing.name``) and a message for a rapporteur,
with a "did you mean" for a misspelt key.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import re
from collections.abc import Callable
from typing import Any

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError

from .._model import OrganizationKind
from .records import AgendaEntryRecord, FileRecord

__all__ = ["TIME_TEXT", "StructureError", "structure_file", "structure_leniently"]


class StructureError(Exception):
    """The file's values do not fit its records: each as (key path, message)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        super().__init__(problems)
        self.problems = problems


def structure_file(raw: dict[str, Any]) -> FileRecord:
    """The parsed TOML as records, or :class:`StructureError` listing every
    value that does not fit."""
    try:
        return _CONVERTER.structure(raw, FileRecord)
    except Exception as error:  # cattrs gathers every structuring error in a group
        raise StructureError(_structure_problems(error)) from error


def _strict(kind: type[Any], name: str) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise ValueError(f"expected {name}, found true/false")
        if not isinstance(value, kind):
            raise ValueError(f"expected {name}, found {_toml_type(value)}")
        return value

    return structure


_ISO_DATE = re.compile(r"\s*\d{4}-\d{2}-\d{2}\s*\Z")


def _date(value: Any, _: Any) -> dt.date:
    if isinstance(value, str) and _ISO_DATE.match(value):
        # The date is right, its quotation marks make it text.
        raise ValueError(
            f"{value!r} is written as text: remove the quotation marks "
            f"({value.strip()} without them is a date)"
        )
    if isinstance(value, str) and re.search(r"\d", value):
        raise ValueError(
            f"{value!r} is not a date: write dates as 2026-03-12 (year, month, "
            "day, with hyphens), without quotation marks"
        )
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValueError(
            f"expected a date such as 2017-02-16, found {_toml_type(value)}"
        )
    return value


#: A time written as text: "10.00" or "10:00" (the data file's schema
#: gives editors the same pattern).
TIME_TEXT = r"([01]?\d|2[0-3])[:.]([0-5]\d)"
_TIME = re.compile(TIME_TEXT + r"\Z")


def _time(value: Any, _: Any) -> dt.time:
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str) and (match := _TIME.match(value)):
        return dt.time(int(match[1]), int(match[2]))
    raise ValueError(
        f'expected a time such as "10.00" or 10:00:00, found {_toml_type(value)}'
    )


def _kind(value: Any, _: Any) -> OrganizationKind:
    for kind in OrganizationKind:
        if value == kind.value:
            return kind
    listed = ", ".join(repr(kind.value) for kind in OrganizationKind)
    raise ValueError(f"{value!r} is not one of {listed}")


def _toml_type(value: object) -> str:
    names = {
        bool: "true/false",
        int: "a whole number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
        dt.datetime: "a date and time",
        dt.date: "a date",
    }
    shown = value.isoformat() if isinstance(value, dt.date | dt.time) else repr(value)
    return f"{names.get(type(value), type(value).__name__)} {shown}"[:80]


def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _strict(str, "text"))
    converter.register_structure_hook(int, _strict(int, "a whole number"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook(dt.date, _date)
    converter.register_structure_hook(OrganizationKind, _kind)
    converter.register_structure_hook(dt.time, _time)
    # An agenda item of a session is its number, or a table that also
    # names its moderators.
    whole = _strict(int, "a whole number")
    converter.register_structure_hook(
        int | AgendaEntryRecord,
        lambda value, _: (
            converter.structure(value, AgendaEntryRecord)
            if isinstance(value, dict)
            else whole(value, int)
        ),
    )
    return converter


_CONVERTER = _converter()
_PATH_PART = re.compile(r"\.(\w+)|\['([^']*)'\]|\[(\d+)\]")


def _dotted(path: str) -> str:
    """``$.people['swing'].name`` as ``people.swing.name``."""
    parts: list[str] = []
    for attribute, key, index in _PATH_PART.findall(path.removeprefix("$")):
        if index:
            parts[-1] += f"[{index}]"
        else:
            parts.append(attribute or key)
    return ".".join(parts)


def _message(error: BaseException, kind: Any) -> str:
    if isinstance(error, ForbiddenExtraKeysError):
        known = [field.name for field in attrs.fields(error.cl)]
        words = []
        for extra in sorted(error.extra_fields):
            close = difflib.get_close_matches(extra, known, n=1)
            words.append(
                f"{extra!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
            )
        return f"unknown key {', '.join(words)}; known keys: {', '.join(known)}"
    if isinstance(error, KeyError):
        return "is missing"
    if isinstance(error, ValueError | TypeError):
        return str(error) or "has the wrong type"
    return str(error)


def _structure_problems(error: Exception) -> list[tuple[str, str]]:
    """Each structuring error as (key path, message)."""
    found = []
    for line in cattrs.transform_error(error, format_exception=_message):
        message, _, path = line.rpartition(" @ ")
        dotted = _dotted(path)
        if message == "is missing":
            message = _required(dotted)
        found.append((dotted, message))
    return found


def _required(path: str) -> str:
    """ "meeting.organizer.division is required: the organizing division",
    from the description the data file's schema gives the key."""
    from .data_schema import data_file_schema  # it reads this module's pattern

    node: Any = data_file_schema()
    for part in re.findall(r"[^.\[\]]+", path):
        if part.isdigit():
            node = node.get("items", {})
        elif part in node.get("properties", {}):
            node = node["properties"][part]
        else:
            node = node.get("additionalProperties", {})
        if not isinstance(node, dict):
            return f"{path} is required"
    described = str(node.get("description", "")).split("\n\n")[0]
    # The first sentence: a full stop after a word, before a capital ("I,
    # II, III" and "e.g." do not end it).
    sentences = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", " ".join(described.split()))
    first = sentences[0].rstrip(".")
    if not first:
        return f"{path} is required"
    return f"{path} is required: {first[0].lower()}{first[1:]}"


#: Tables of records by key: a record that does not fit is left out alone.
_KEYED_TABLES = frozenset({"organizations", "terms", "people", "documents", "panels"})
_TOP_KEYS = frozenset(field.name for field in attrs.fields(FileRecord))
_HEAD = re.compile(r"(\w+)(?:\[\d+\])?(?:\.(\w+))?")


def structure_leniently(
    raw: dict[str, Any],
) -> tuple[FileRecord | None, list[tuple[str, str]], frozenset[str]]:
    """The parsed TOML as records, leaving out what does not fit.

    One record of a keyed table (``[people.swing]``) that does not fit is
    left out, and its key is returned as broken, so the rest of the file is
    still read and a mention of that key is not reported again; a list
    table (``[[programme]]``) or another table with a value that does not
    fit is left out whole; an unknown top-level table is left out. Only a
    ``[meeting]`` that does not fit gives no records at all.

    Returns:
        The records (or None), every problem as (key path, message), and
        the keys of the records left out.
    """
    raw = copy.deepcopy(raw)
    problems: list[tuple[str, str]] = []
    broken: set[str] = set()
    for _ in range(
        len(raw) + sum(len(v) for v in raw.values() if isinstance(v, dict)) + 2
    ):
        try:
            record = structure_file(raw)
            return record, _one_per_mistake(problems), frozenset(broken)
        except StructureError as error:
            found = error.problems
        progress = False
        for path, message in found:
            if (path, message) not in problems:
                problems.append((path, message))
            if message.startswith("expected text") and _as_text(raw, path):
                # Reported once; read on with the value as text, so that one
                # number among the agenda's titles does not hide the rest.
                progress = True
                continue
            match = _HEAD.match(path)
            table = match.group(1) if match else ""
            if table in _KEYED_TABLES and match and match.group(2):
                entries = raw.get(table)
                if isinstance(entries, dict) and (
                    entries.pop(match.group(2), None) is not None
                ):
                    broken.add(match.group(2))
                    progress = True
            elif table in raw and table != "meeting":
                raw.pop(table)
                progress = True
            elif not path or table not in _TOP_KEYS:
                for extra in [key for key in raw if key not in _TOP_KEYS]:
                    raw.pop(extra)
                    progress = True
        if not progress:
            break
    return None, _one_per_mistake(problems), frozenset(broken)


def _as_text(raw: dict[str, Any], path: str) -> bool:
    """Replace the number or true/false at ``path`` in ``raw`` by its text;
    whether there was one to replace."""
    steps = [int(i) if i else key for key, i in re.findall(r"(\w+)|\[(\d+)\]", path)]
    node: Any = raw
    for step in steps[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return False
    last = steps[-1] if steps else None
    try:
        value = node[last]
    except (KeyError, IndexError, TypeError):
        return False
    if isinstance(value, bool | int | float):
        node[last] = str(value)
        return True
    return False


def _one_per_mistake(problems: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The problems without a key reported missing where a misspelling of it
    is reported as unknown: ``familyname`` is one mistake, not two."""
    meant = {
        (path, match)
        for path, message in problems
        for match in re.findall(r"\(did you mean '(\w+)'\?\)", message)
    }
    return [
        (path, message)
        for path, message in problems
        if not (
            message.startswith(f"{path} is required")
            and tuple(path.rsplit(".", 1)) in meant
        )
    ]
