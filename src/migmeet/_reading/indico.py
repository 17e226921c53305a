"""An event exported by Indico's HTTP API, read into plain records.

Indico (the event manager many UN offices run) exports an event as JSON at
``/export/event/ID.json?detail=sessions`` or ``?detail=contributions``:
``{"_type": "HTTPAPIResult", "count": 1, "results": [EVENT]}``. The event
has ``title``, ``timezone``, ``startDate`` and ``endDate`` (each
``{"date": "2018-02-15", "time": "10:00:00", "tz": "UTC"}``, in the zone
the request asked for, not always the event's), ``location``, ``room``,
``address`` and ``chairs``; with ``detail=sessions`` a ``sessions`` list of
session blocks (``title``, ``startDate``, ``endDate``, ``conveners``, the
session's own ``session.sessionConveners`` and ``contributions``) and the
contributions outside any session in ``contributions``; with
``detail=contributions`` every contribution in ``contributions``, each
naming its session's title in ``session``. A person is ``first_name``,
``last_name``, ``fullName`` and ``affiliation``; a convener may carry a
``title`` ("Mr", "Dr", "Prof.").

This module checks that shape and turns it into records with every time in
the event's own time zone; anything else (not JSON, no ``results``, a
category or timetable export, an event without dates) is an
:class:`IndicoExportError` naming the file and the place in it. It writes
nothing: :mod:`migmeet._publishing.from_indico` writes the folder.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from .._errors import MigmeetError

__all__ = [
    "IndicoBlock",
    "IndicoContribution",
    "IndicoEvent",
    "IndicoExportError",
    "IndicoPerson",
    "read_indico_event",
]

#: Indico exports of big conferences run to megabytes; a file far beyond
#: this is not one event.
MAX_EXPORT_BYTES = 64 * 1024 * 1024

#: How to export an event, said with every refusal.
_HOW = "export the event from Indico as /export/event/ID.json?detail=sessions"


class IndicoExportError(MigmeetError):
    """A file is not an event exported by Indico's HTTP API."""


@attrs.frozen(kw_only=True)
class IndicoPerson:
    """A chair, convener or speaker as Indico holds them."""

    first_name: str
    last_name: str
    affiliation: str
    #: Indico's title ("Mr", "Ms", "Dr", "Prof."), given for conveners only.
    title: str = ""


@attrs.frozen(kw_only=True)
class IndicoContribution:
    title: str
    start: dt.datetime | None
    end: dt.datetime | None
    speakers: tuple[IndicoPerson, ...]
    #: The title of the session it belongs to, if any.
    session: str | None = None


@attrs.frozen(kw_only=True)
class IndicoBlock:
    """A session's block of time in the timetable (Indico's session slot)."""

    session: str
    start: dt.datetime
    end: dt.datetime
    conveners: tuple[IndicoPerson, ...]
    contributions: tuple[IndicoContribution, ...]


@attrs.frozen(kw_only=True)
class IndicoEvent:
    title: str
    time_zone: str
    start: dt.datetime
    end: dt.datetime
    location: str
    room: str
    address: str
    chairs: tuple[IndicoPerson, ...]
    blocks: tuple[IndicoBlock, ...]
    #: The contributions outside the blocks (all of them for an export with
    #: detail=contributions, which has no blocks).
    contributions: tuple[IndicoContribution, ...]
    #: Whether the export holds sessions or contributions at all (an export
    #: with detail=events holds neither).
    has_timetable: bool


class _Json:
    """The values of one export's JSON, each checked, naming the file and
    the JSON path in each refusal."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zone: zoneinfo.ZoneInfo = zoneinfo.ZoneInfo("UTC")

    def fail(self, where: str, problem: str) -> IndicoExportError:
        return IndicoExportError(f"{self.path}: {where}: {problem} ({_HOW})")

    def mapping(self, value: object, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "is not a JSON object")
        return value

    def items(self, data: Mapping[str, Any], key: str, where: str) -> list[Any]:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", "is not a list")
        return value

    def text(self, data: Mapping[str, Any], key: str, where: str) -> str:
        value = data.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", f"{value!r} is not text")
        return " ".join(value.split())

    def moment(
        self, data: Mapping[str, Any], key: str, where: str
    ) -> dt.datetime | None:
        """A ``{date, time, tz}`` value in the event's time zone, or None."""
        value = data.get(key)
        if value is None:
            return None
        here = f"{where}.{key}"
        value = self.mapping(value, here)
        try:
            day = dt.date.fromisoformat(str(value.get("date")))
            time = dt.time.fromisoformat(str(value.get("time", "00:00:00")))
        except ValueError:
            raise self.fail(
                here, f"{dict(value)!r} is not a date and time (2018-02-15, 10:00:00)"
            ) from None
        zone = self.zone
        if value.get("tz") is not None:
            zone = self.time_zone(value["tz"], f"{here}.tz")
        moment = dt.datetime.combine(day, time, tzinfo=zone)
        return moment.astimezone(self.zone)

    def time_zone(self, name: object, where: str) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(str(name))
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            raise self.fail(where, f"{name!r} is not a time zone") from None


class _Reader(_Json):
    """Reads one export: the event, its blocks, contributions and people."""

    def person(self, value: object, where: str) -> IndicoPerson:
        data = self.mapping(value, where)
        first = self.text(data, "first_name", where) or self.text(
            data, "firstName", where
        )
        last = self.text(data, "last_name", where) or self.text(
            data, "familyName", where
        )
        if not last:
            # Only the full name: its last word is taken as the family name.
            *given, family = (self.text(data, "fullName", where) or "?").split()
            first, last = first or " ".join(given), family
        if last == "?":
            raise self.fail(where, "names no one (no last_name and no fullName)")
        return IndicoPerson(
            first_name=first,
            last_name=last,
            affiliation=self.text(data, "affiliation", where),
            title=self.text(data, "title", where),
        )

    def people(
        self, data: Mapping[str, Any], key: str, where: str
    ) -> tuple[IndicoPerson, ...]:
        return tuple(
            self.person(value, f"{where}.{key}[{i}]")
            for i, value in enumerate(self.items(data, key, where))
        )

    def contribution(self, value: object, where: str) -> IndicoContribution:
        data = self.mapping(value, where)
        title = self.text(data, "title", where)
        if not title:
            raise self.fail(where, "has no title")
        start, end = (
            self.moment(data, "startDate", where),
            self.moment(data, "endDate", where),
        )
        # The speakers present it; an event that names only its authors has
        # them present it.
        speakers = self.people(data, "speakers", where) or self.people(
            data, "primaryauthors", where
        )
        session = data.get("session")
        return IndicoContribution(
            title=title,
            start=start,
            end=end,
            speakers=speakers,
            session=session if isinstance(session, str) and session.strip() else None,
        )

    def block(self, value: object, where: str) -> IndicoBlock:
        data = self.mapping(value, where)
        session = self.mapping(data.get("session") or {}, f"{where}.session")
        title = self.text(session, "title", f"{where}.session") or self.text(
            data, "title", where
        )
        start, end = (
            self.moment(data, "startDate", where),
            self.moment(data, "endDate", where),
        )
        if not title:
            raise self.fail(where, "has no title")
        if start is None or end is None:
            raise self.fail(
                where, f"the session {title!r} is not in the timetable (no dates)"
            )
        conveners = self.people(data, "conveners", where) or self.people(
            session, "sessionConveners", f"{where}.session"
        )
        contributions = tuple(
            self.contribution(c, f"{where}.contributions[{i}]")
            for i, c in enumerate(self.items(data, "contributions", where))
        )
        return IndicoBlock(
            session=title,
            start=start,
            end=end,
            conveners=conveners,
            contributions=contributions,
        )

    def event(self, data: Mapping[str, Any]) -> IndicoEvent:
        where = "results[0]"
        if data.get("_type") not in (None, "Conference"):
            raise self.fail(where, f"is a {data['_type']!r}, not an event")
        title = self.text(data, "title", where)
        if not title:
            raise self.fail(where, "the event has no title")
        start = data.get("startDate")
        zone_name = data.get("timezone") or (
            start.get("tz") if isinstance(start, dict) else None
        )
        if zone_name is None:
            raise self.fail(where, "the event has no time zone (timezone)")
        self.zone = self.time_zone(zone_name, f"{where}.timezone")
        first, last = (
            self.moment(data, "startDate", where),
            self.moment(data, "endDate", where),
        )
        if first is None or last is None:
            raise self.fail(where, "the event has no dates (startDate and endDate)")
        if last < first:
            raise self.fail(where, "the event ends before it starts")
        blocks = tuple(
            self.block(b, f"{where}.sessions[{i}]")
            for i, b in enumerate(self.items(data, "sessions", where))
        )
        contributions = tuple(
            self.contribution(c, f"{where}.contributions[{i}]")
            for i, c in enumerate(self.items(data, "contributions", where))
        )
        return IndicoEvent(
            title=title,
            time_zone=str(zone_name),
            start=first,
            end=last,
            location=self.text(data, "location", where),
            room=self.text(data, "room", where),
            address=self.text(data, "address", where),
            chairs=self.people(data, "chairs", where),
            blocks=blocks,
            contributions=contributions,
            has_timetable="sessions" in data or "contributions" in data,
        )

    def export(self, document: object) -> IndicoEvent:
        data = self.mapping(document, "the file")
        if "results" not in data and isinstance(data.get("message"), str):
            raise self.fail(
                "the file",
                f"is Indico's answer to a refused request: {data['message']!r}",
            )
        if "results" not in data:
            raise self.fail(
                "the file", "has no 'results': it is not an Indico HTTP API export"
            )
        url = str(data.get("url") or "")
        info = data.get("additionalInfo")
        if "/export/categ/" in url or (
            isinstance(info, dict) and "eventCategories" in info
        ):
            raise self.fail(
                "the file", "is a category's export (a list of events), not an event's"
            )
        results = data["results"]
        if isinstance(results, dict):
            raise self.fail(
                "results", "is a timetable export (/export/timetable/), not an event's"
            )
        if not isinstance(results, list):
            raise self.fail("results", "is not a list")
        if len(results) != 1:
            raise self.fail("results", f"holds {len(results)} events, not one")
        return self.event(self.mapping(results[0], "results[0]"))


def read_indico_event(path: str | Path) -> IndicoEvent:
    """The event of an Indico HTTP API export (a ``.json`` file).

    Raises:
        IndicoExportError: the file cannot be read, is not JSON, or is not
            the export of one event with its dates (the message names the
            file and the place in it).
    """
    path = Path(path)
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_EXPORT_BYTES + 1)
    except OSError as error:
        raise IndicoExportError(f"{path}: cannot be read ({error.strerror})") from None
    if len(raw) > MAX_EXPORT_BYTES:
        raise IndicoExportError(
            f"{path}: is over 64 MB, too big for one event's export"
        )
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise IndicoExportError(
            f"{path}: is not UTF-8 text, so not JSON ({_HOW})"
        ) from None
    except RecursionError:
        raise IndicoExportError(
            f"{path}: is nested too deep to be an event's export"
        ) from None
    except json.JSONDecodeError as error:
        raise IndicoExportError(
            f"{path}:{error.lineno}: is not JSON "
            f"({error.msg}, column {error.colno}; {_HOW})"
        ) from None
    return _Reader(path).export(document)
