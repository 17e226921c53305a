"""The meeting's data as JSON values, and back: the data part of the JSON
export (:mod:`migmeet._publishing.export_json`).

Every field of the model is written under its own name, in the order the
model declares it, so a new field appears in the export without a line
here. People, organizations and terms are written once each, with an id
(:mod:`migmeet._tree.entity_ids`), in the top-level ``people``,
``organizations`` and ``terms`` lists; wherever the model holds one, the
JSON holds its id (in running text, ``{"ref": ID}``). Dates and times are
ISO 8601 text, a symbol is its text, an enumeration its value.
:func:`meeting_from_data` reads such a document back into the same
:class:`Meeting`, so a meeting survives the round trip unchanged.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from .._errors import MigmeetError
from .._model import Document, Meeting, Organization, Person, Prose, ProseLink, Term
from .._style import DocumentSymbol
from .._tree.entity_ids import Entity, entity_ids

__all__ = ["entities_in", "meeting_data", "meeting_from_data"]

#: Fields the export leaves out: where in a file a value was read.
_SKIPPED = frozenset({"source"})
#: The meeting's own facts, written as the ``meeting`` object.
_FACTS = ("series", "number", "first_day", "last_day", "venue", "organizer", "page")
_NAMED = (Person, Organization, Term)


def _fields(value: Any) -> Iterator[tuple[str, Any]]:
    for field in attrs.fields(type(value)):
        if field.name not in _SKIPPED:
            yield field.name, getattr(value, field.name)


def entities_in(value: Any) -> Iterator[Any]:
    """Every person, organization and term in ``value``, an organization
    before the people of it, in the order the model holds them."""
    if isinstance(value, tuple | list):
        for item in value:
            yield from entities_in(item)
    elif attrs.has(type(value)) and not isinstance(value, DocumentSymbol):
        for _, field in _fields(value):
            yield from entities_in(field)
        if isinstance(value, _NAMED):
            yield value


class _Encoder:
    def __init__(self, ids: Mapping[Entity, str]) -> None:
        self.ids = ids

    def value(self, value: Any) -> Any:
        if isinstance(value, _NAMED):
            return self.ids[value]
        if isinstance(value, Prose):
            return {"text": value.text, "parts": [self.part(p) for p in value.parts]}
        if isinstance(value, DocumentSymbol):
            return value.text
        if isinstance(value, dt.date | dt.time):
            return value.isoformat()
        if isinstance(value, enum.Enum):
            return value.value
        if isinstance(value, tuple | list):
            return [self.value(item) for item in value]
        if attrs.has(type(value)):
            return self.record(value)
        return value

    def record(self, value: Any) -> dict[str, Any]:
        return {name: self.value(field) for name, field in _fields(value)}

    def entity(self, value: Any) -> dict[str, Any]:
        return {"id": self.ids[value], **self.record(value)}

    def part(self, part: Any) -> Any:
        if isinstance(part, str):
            return {"text": part}
        if isinstance(part, _NAMED):
            return {"ref": self.ids[part]}
        if isinstance(part, ProseLink):
            return {"link": self.record(part)}
        return {"document": self.record(part)}


def meeting_data(
    meeting: Meeting, extra: Iterable[Entity] = ()
) -> tuple[dict[str, Any], dict[Entity, str]]:
    """The meeting as JSON values, and the ids given to what it names.

    ``extra`` are further people, organizations and terms to list (those
    the report names beyond the meeting's data).
    """
    named = [*entities_in(meeting), *(e for e in extra if isinstance(e, _NAMED))]
    ids = entity_ids(named)
    encode = _Encoder(ids)
    facts = {name: encode.value(getattr(meeting, name)) for name in _FACTS}
    data: dict[str, Any] = {"meeting": {"title": meeting.title, **facts}}
    for kind, label in ((Organization, "organizations"), (Person, "people")):
        data[label] = [encode.entity(e) for e in ids if type(e) is kind]
    data["terms"] = [encode.entity(e) for e in ids if type(e) is Term]
    for name, value in _fields(meeting):
        if name in _FACTS:
            continue
        key = f"meeting_{name}" if name in ("organizations", "people") else name
        data[key] = encode.value(value)
    return data, dict(ids)


class _Decoder:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.named: dict[str, Any] = {}
        for label, cls in (
            ("organizations", Organization),
            ("terms", Term),
            ("people", Person),
        ):
            for record in data.get(label, ()):
                fields = {k: v for k, v in record.items() if k != "id"}
                self.named[record["id"]] = self.record(cls, fields)

    def ref(self, key: Any) -> Any:
        if key not in self.named:
            raise MigmeetError(f"the JSON names {key!r}, which no list defines")
        return self.named[key]

    def record(self, cls: type[Any], values: Mapping[str, Any]) -> Any:
        hints = typing.get_type_hints(cls)
        fields = {f.name for f in attrs.fields(cls)}
        known = {k: self.value(hints[k], v) for k, v in values.items() if k in fields}
        return cls(**known)

    def value(self, hint: Any, value: Any) -> Any:
        origin, args = typing.get_origin(hint), typing.get_args(hint)
        if value is None:
            return None
        if origin in (typing.Union, types.UnionType):
            if any(a in _NAMED for a in args) and isinstance(value, str):
                return self.ref(value)
            inner = [a for a in args if a is not type(None)]
            return self.value(inner[0], value)
        if origin is tuple:
            item = args[0]
            if len(args) == 2 and args[1] is Ellipsis:
                return tuple(self.value(item, v) for v in value)
            return tuple(self.value(a, v) for a, v in zip(args, value, strict=True))
        if hint in _NAMED:
            return self.ref(value)
        if hint is Prose:
            return Prose(
                text=value["text"], parts=[self.part(p) for p in value["parts"]]
            )
        return self.scalar(hint, value)

    def scalar(self, hint: Any, value: Any) -> Any:
        if hint is DocumentSymbol:
            return DocumentSymbol(text=value)
        if hint is dt.date:
            return dt.date.fromisoformat(value)
        if hint is dt.time:
            return dt.time.fromisoformat(value)
        if isinstance(hint, type) and issubclass(hint, enum.Enum):
            return hint(value)
        if attrs.has(hint):
            return self.record(hint, value)
        return value

    def part(self, part: Mapping[str, Any]) -> Any:
        if "ref" in part:
            return self.ref(part["ref"])
        if "link" in part:
            return self.record(ProseLink, part["link"])
        if "document" in part:
            return self.record(Document, part["document"])
        return part["text"]


def meeting_from_data(data: Mapping[str, Any]) -> Meeting:
    """The :class:`Meeting` a JSON export (or its data part) describes."""
    decode = _Decoder(data)
    values = dict(data["meeting"])
    values.pop("title", None)
    for name in ("organizations", "people"):
        values[name] = data.get(f"meeting_{name}", ())
    for field in attrs.fields(Meeting):
        if field.name in data and field.name not in _FACTS:
            values.setdefault(field.name, data[field.name])
    return typing.cast(Meeting, decode.record(Meeting, values))
