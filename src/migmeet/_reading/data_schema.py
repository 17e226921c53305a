"""The JSON Schema of the data file (``meeting.toml``), made from its records.

The loader's record classes (:mod:`.records`) are the one source of truth:
the schema walks them from :class:`~.records.FileRecord` down, so a key
added to a record is in the schema without anyone writing it there. Each
field's type annotation gives the key's type (a date as a string of
``format: date``, a time as a string matching the times the loader reads,
an :class:`~enum.Enum` as its values), its default whether it is
``required`` and its ``default``, the string under the field its
``description``, and a ``choices`` entry in its metadata the closed set of
its values (of a list's items, of a table's keys). Every table refuses
keys it does not know (``additionalProperties: false``), as the loader
does, so an editor marks a misspelt key as it is typed.

Editors see TOML dates and times as strings (taplo does), so the schema
cannot tell a date from a date in quotes; the loader still can.
"""

from __future__ import annotations

import ast
import datetime as dt
import enum
import functools
import inspect
import json
import sys
import types
import typing
from typing import Any

import attrs

from . import records
from .layout import DATA_FILE
from .structure import TIME_TEXT

__all__ = ["SCHEMA_FILE", "data_file_schema", "data_file_schema_text"]

#: The schema's file name, beside the data file or in the package.
SCHEMA_FILE = "meeting.schema.json"

#: A time as the loader reads it: text ("10.00", "10:00") or a TOML local
#: time, which editors see as "10:00:00".
_TIME_PATTERN = rf"^(?:{TIME_TEXT}|([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?)$"

_SCALARS: dict[object, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    bool: {"type": "boolean"},
    dt.date: {"type": "string", "format": "date"},
    dt.time: {"type": "string", "pattern": _TIME_PATTERN},
}


def data_file_schema() -> dict[str, Any]:
    """The JSON Schema (draft 7) of the data file ``meeting.toml``.

    Made from the code that reads the file: every key with its type, its
    default and what it changes (``description``), the keys without a
    default ``required``, closed sets as ``enum``, dates as ``format:
    date``, no key the reader does not know. ``migmeet schema`` prints it;
    the package ships it as ``migmeet/schema/meeting.schema.json``.

    Args:
        None.

    Returns:
        The schema as a dictionary of JSON values (``json.dumps`` writes it).

    Raises nothing.
    """
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "title": DATA_FILE,
        "description": (
            "A migmeet meeting data file: the meeting described once, from "
            "which its report, programme, concept notes, web page and "
            "calendar are made. Generated from migmeet's loader."
        ),
        **_record_schema(records.FileRecord),
    }


def data_file_schema_text() -> str:
    """The schema as the JSON text migmeet prints and ships: the same bytes
    for the same records."""
    return json.dumps(data_file_schema(), indent=2, ensure_ascii=False) + "\n"


def _record_schema(record: type[Any]) -> dict[str, Any]:
    """A table of the file: its keys, the required ones, no others."""
    hints = typing.get_type_hints(record)
    docs = _field_docs(record.__module__).get(record.__qualname__, {})
    schema: dict[str, Any] = {"type": "object"}
    if record.__doc__:
        schema["description"] = inspect.cleandoc(record.__doc__)
    properties: dict[str, Any] = {}
    required = []
    for field in attrs.fields(record):
        choices = field.metadata.get("choices")
        value = _type_schema(hints[field.name], choices)
        if field.name in docs:  # (a test sees that every field has one)
            value = {"description": docs[field.name], **value}
        if field.default is attrs.NOTHING:
            required.append(field.name)
        elif (default := _json_default(field.default)) is not None:
            value["default"] = default
        properties[field.name] = value
    schema["properties"] = properties
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    return schema


def _type_schema(kind: Any, choices: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The schema of a value of type ``kind``; ``choices`` close the set of
    its strings (a list's items, a table's keys)."""
    origin, arguments = typing.get_origin(kind), typing.get_args(kind)
    if origin in (types.UnionType, typing.Union):
        given = [argument for argument in arguments if argument is not type(None)]
        if len(given) == 1:  # optional: TOML has no null, the key is left out
            return _type_schema(given[0], choices)
        return {"anyOf": [_type_schema(argument) for argument in given]}
    if origin is list:
        return {"type": "array", "items": _type_schema(arguments[0], choices)}
    if origin is dict:
        table: dict[str, Any] = {"type": "object"}
        if choices:
            table["propertyNames"] = {"enum": list(choices)}
        table["additionalProperties"] = _type_schema(arguments[1])
        return table
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return {"type": "string", "enum": [member.value for member in kind]}
    if attrs.has(kind):
        return _record_schema(kind)
    schema = dict(_SCALARS[kind])
    if choices:
        schema["enum"] = list(choices)
    return schema


def _json_default(default: Any) -> object:
    """A field's default as JSON, or None where it has none to show (a
    record made by a factory)."""
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]  # a class
        if default.takes_self:
            return None
        default = default.factory()
    if isinstance(default, enum.Enum):
        return default.value
    if isinstance(default, str | bool | int | list | dict):
        return default
    return None


@functools.cache
def _field_docs(module: str) -> dict[str, dict[str, str]]:
    """The string under each field of each class of a module, by class and
    field (classes at the module's top level)."""
    tree = ast.parse(inspect.getsource(sys.modules[module]))
    found: dict[str, dict[str, str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        docs = found.setdefault(node.name, {})
        for field, after in zip(node.body, node.body[1:], strict=False):
            if (
                isinstance(field, ast.AnnAssign)
                and isinstance(field.target, ast.Name)
                and isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            ):
                docs[field.target.id] = inspect.cleandoc(after.value.value)
    return found
