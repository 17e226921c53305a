"""The meeting data file (``meeting.toml``): its schema and its loading.

The file is read with :mod:`tomllib`, structured by cattrs into record
classes that mirror the file (strict: unknown keys and wrong types are
errors), and the records are then turned into the model, resolving the keys
by which people name their organization and the meeting names its
mandate. Every mistake becomes a :class:`Finding` with the key path and,
where it can be found, the line; all of them are collected, not just the
first.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import ForbiddenExtraKeysError

from .._errors import InvalidValueError
from .._findings import Finding, load_problem
from .._model import (
    AgendaItem,
    BackgroundDocuments,
    Document,
    Meeting,
    Organization,
    OrganizationKind,
    Organizer,
    Panel,
    Paper,
    Person,
    Presentation,
    ProgrammeDay,
    Session,
    SideEvent,
    Source,
    Term,
    Venue,
    field_errors,
)

__all__ = ["DATA_FILE", "MeetingData", "load_data_file"]

DATA_FILE = "meeting.toml"
T = TypeVar("T")
R = TypeVar("R")

# --- records: the file's shape ----------------------------------------------


@attrs.frozen(kw_only=True)
class VenueRecord:
    name: str
    city: str
    time_zone: str = "America/New_York"


@attrs.frozen(kw_only=True)
class OrganizerRecord:
    department: str
    division: str


@attrs.frozen(kw_only=True)
class MeetingRecord:
    series: str
    number: int
    first_day: dt.date
    last_day: dt.date
    venue: VenueRecord
    organizer: OrganizerRecord
    agenda: list[str]
    objectives: list[str] = attrs.field(factory=list)
    mandate: list[str] = attrs.field(factory=list)
    participants: list[str] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class OrganizationRecord:
    name: str
    abbreviation: str | None = None
    kind: OrganizationKind = OrganizationKind.UN_ENTITY
    article: bool = True


@attrs.frozen(kw_only=True)
class TermRecord:
    name: str
    abbreviation: str
    article: bool = False


@attrs.frozen(kw_only=True)
class PersonRecord:
    honorific: str
    family_name: str
    given_name: str | None = None
    function: str | None = None
    organization: str | None = None
    family_name_first: bool = False


@attrs.frozen(kw_only=True)
class DocumentRecord:
    title: str
    symbol: str | None = None
    url: str | None = None


@attrs.frozen(kw_only=True)
class PresentationRecord:
    title: str
    presenters: list[str] = attrs.field(factory=list)
    agenda_item: int | None = None


@attrs.frozen(kw_only=True)
class PaperRecord:
    title: str
    organization: str
    symbol: str | None = None
    languages: list[str] = attrs.field(factory=lambda: ["en"])
    url: str | None = None


@attrs.frozen(kw_only=True)
class SideEventRecord:
    date: dt.date
    start: dt.time
    end: dt.time
    title: str
    organizer: str
    location: str
    note: str | None = None


@attrs.frozen(kw_only=True)
class BackgroundRecord:
    documents: list[str]
    agenda_item: int | None = None


@attrs.frozen(kw_only=True)
class PanelRecord:
    title: str
    date: dt.date
    start: dt.time
    end: dt.time
    background: list[str]
    steps: list[str] = attrs.field(factory=list)
    moderator: str | None = None
    agenda_item: int | None = None


@attrs.frozen(kw_only=True)
class SessionRecord:
    name: str
    start: dt.time
    end: dt.time
    agenda_items: list[int] = attrs.field(factory=list)
    moderators: list[str] = attrs.field(factory=list)
    presentations: list[PresentationRecord] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class DayRecord:
    date: dt.date
    weekday: str | None = None
    note: str | None = None
    sessions: list[SessionRecord] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class CheckRecord:
    ignore: dict[str, str] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class ReportRecord:
    abbreviations: list[str] = attrs.field(factory=list)
    author: str | None = None


@attrs.frozen(kw_only=True)
class FileRecord:
    meeting: MeetingRecord
    report: ReportRecord = attrs.field(factory=ReportRecord)
    organizations: dict[str, OrganizationRecord] = attrs.field(factory=dict)
    terms: dict[str, TermRecord] = attrs.field(factory=dict)
    people: dict[str, PersonRecord] = attrs.field(factory=dict)
    documents: dict[str, DocumentRecord] = attrs.field(factory=dict)
    programme: list[DayRecord] = attrs.field(factory=list)
    papers: list[PaperRecord] = attrs.field(factory=list)
    side_events: list[SideEventRecord] = attrs.field(factory=list)
    background: list[BackgroundRecord] = attrs.field(factory=list)
    panels: dict[str, PanelRecord] = attrs.field(factory=dict)
    checks: CheckRecord = attrs.field(factory=CheckRecord)


# --- strict structuring ------------------------------------------------------


def _strict(kind: type[Any], name: str) -> Callable[[Any, Any], Any]:
    def structure(value: Any, _: Any) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise ValueError(f"expected {name}, found true/false")
        if not isinstance(value, kind):
            raise ValueError(f"expected {name}, found {_toml_type(value)}")
        return value

    return structure


def _date(value: Any, _: Any) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ValueError(
            f"expected a date such as 2017-02-16, found {_toml_type(value)}"
        )
    return value


_TIME = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)\Z")


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
    return f"{names.get(type(value), type(value).__name__)} {value!r}"[:80]


def _converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(str, _strict(str, "text"))
    converter.register_structure_hook(int, _strict(int, "a whole number"))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook(dt.date, _date)
    converter.register_structure_hook(OrganizationKind, _kind)
    converter.register_structure_hook(dt.time, _time)
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
        found.append((_dotted(path), message))
    return found


# --- where a key stands in the file -------------------------------------------

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'.]+)\s*=")


def _key_lines(text: str) -> dict[str, int]:
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
        candidate = re.sub(r"(\.[^.\[]+|\[\d+\])$", "", candidate)
    return None


# --- from records to the model -------------------------------------------------


@attrs.frozen(kw_only=True)
class MeetingData:
    """What a data file yields: the meeting, its keyed values, and which keys
    stood in the file but could not be made into values."""

    meeting: Meeting | None
    organizations: Mapping[str, Organization]
    terms: Mapping[str, Term]
    people: Mapping[str, Person]
    documents: Mapping[str, Document]
    abbreviations: tuple[Organization | Term, ...]
    author: str | None
    broken_keys: frozenset[str]
    ignored_checks: Mapping[str, str]
    key_lines: Mapping[str, int]


def suggest(key: str, known: Iterable[str]) -> str:
    """ " (did you mean 'iom'?)" for a near miss, ignoring case, else ""."""
    by_folded = {name.casefold(): name for name in known}
    close = difflib.get_close_matches(key.casefold(), list(by_folded), n=1)
    return f" (did you mean {by_folded[close[0]]!r}?)" if close else ""


class _Builder:
    def __init__(self, lines: Mapping[str, int]) -> None:
        self.lines = lines
        self.problems: list[Finding] = []
        self.broken: set[str] = set()

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
        if key in self.broken and key in known:
            return None  # its own problem is reported where it is defined
        hint = suggest(key, [*table, *known])
        self.problem(path, f"no {what} {key!r} in [{table_name}]{hint}")
        return None


def _programme(
    b: _Builder,
    days: list[DayRecord],
    people: Mapping[str, Person],
    organizations: Mapping[str, Organization],
    record: FileRecord,
) -> list[ProgrammeDay]:
    """The programme's days, with presenters and moderators resolved."""
    made_days = []
    for d, day in enumerate(days):
        sessions = []
        for s, session in enumerate(day.sessions):
            path = f"programme[{d}].sessions[{s}]"
            moderators = [
                b.resolve(
                    f"{path}.moderators[{i}]",
                    key,
                    people,
                    "people",
                    "person",
                    record.people,
                )
                for i, key in enumerate(session.moderators)
            ]
            presentations = []
            for n, talk in enumerate(session.presentations):
                presenters = [
                    b.resolve(
                        f"{path}.presentations[{n}].presenters[{i}]",
                        key,
                        {**organizations, **people},
                        "people] or [organizations",
                        "person or organization",
                        [*record.people, *record.organizations],
                    )
                    for i, key in enumerate(talk.presenters)
                ]
                presentations.append(
                    b.make(
                        f"{path}.presentations[{n}]",
                        "programme",
                        Presentation,
                        title=talk.title,
                        presenters=[x for x in presenters if x is not None],
                        agenda_item=talk.agenda_item,
                    )
                )
            sessions.append(
                b.make(
                    path,
                    "programme",
                    Session,
                    name=session.name,
                    start=session.start,
                    end=session.end,
                    agenda_items=session.agenda_items,
                    moderators=[x for x in moderators if x is not None],
                    presentations=[x for x in presentations if x is not None],
                )
            )
        made = b.make(
            f"programme[{d}]",
            "programme",
            ProgrammeDay,
            date=day.date,
            weekday=day.weekday,
            note=day.note,
            sessions=[x for x in sessions if x is not None],
            source=Source(
                file=DATA_FILE, line=locate_key(b.lines, f"programme[{d}].date")
            ),
        )
        if made is not None:
            made_days.append(made)
    return made_days


def _companions(
    b: _Builder,
    record: FileRecord,
    people: Mapping[str, Person],
    organizations: Mapping[str, Organization],
    documents: Mapping[str, Document],
) -> dict[str, Any]:
    """Participants, papers, side events, background documents, panels."""

    def person(path: str, key: str) -> Person | None:
        return b.resolve(path, key, people, "people", "person", record.people)

    participants = [
        person(f"meeting.participants[{i}]", key)
        for i, key in enumerate(record.meeting.participants)
    ]
    papers = []
    for i, paper in enumerate(record.papers):
        organization = b.resolve(
            f"papers[{i}].organization",
            paper.organization,
            organizations,
            "organizations",
            "organization",
            record.organizations,
        )
        if organization is not None:
            papers.append(
                b.make(
                    f"papers[{i}]",
                    "papers",
                    Paper,
                    title=paper.title,
                    organization=organization,
                    symbol=paper.symbol,
                    languages=paper.languages,
                    url=paper.url,
                )
            )
    side_events = [
        b.make(f"side_events[{i}]", "side_events", SideEvent, **attrs.asdict(event))
        for i, event in enumerate(record.side_events)
    ]
    background = []
    for i, group in enumerate(record.background):
        docs = [
            b.resolve(
                f"background[{i}].documents[{n}]",
                key,
                documents,
                "documents",
                "document",
                record.documents,
            )
            for n, key in enumerate(group.documents)
        ]
        background.append(
            b.make(
                f"background[{i}]",
                "background",
                BackgroundDocuments,
                documents=[d for d in docs if d is not None],
                agenda_item=group.agenda_item,
            )
        )
    panels = []
    for key, panel in record.panels.items():
        fields = attrs.asdict(panel)
        fields["moderator"] = (
            person(f"panels.{key}.moderator", panel.moderator)
            if panel.moderator
            else None
        )
        panels.append(b.make(f"panels.{key}", key, Panel, key=key, **fields))
    return {
        "participants": [x for x in participants if x is not None],
        "papers": [x for x in papers if x is not None],
        "side_events": [x for x in side_events if x is not None],
        "background": [x for x in background if x is not None],
        "panels": [x for x in panels if x is not None],
    }


def _build(
    record: FileRecord, lines: Mapping[str, int]
) -> tuple[MeetingData, list[Finding]]:
    b = _Builder(lines)
    organizations = b.table(
        "organizations",
        record.organizations,
        Organization,
        lambda org: {
            "name": org.name,
            "abbreviation": org.abbreviation,
            "kind": org.kind,
            "definite_article": org.article,
        },
    )
    claimed: dict[str, str] = {}
    for key, org in list(organizations.items()):
        if org.abbreviation is None:
            continue
        first = claimed.setdefault(org.abbreviation, key)
        if first != key:
            b.problem(
                f"organizations.{key}.abbreviation",
                f"{org.abbreviation!r} already stands for "
                f"{organizations[first].name!r} ([organizations.{first}])",
                "abbreviation-two-names",
            )
            del organizations[key]
            b.broken.add(key)
    terms = b.table(
        "terms",
        record.terms,
        Term,
        lambda term: {
            "name": term.name,
            "abbreviation": term.abbreviation,
            "definite_article": term.article,
        },
    )
    documents = b.table(
        "documents",
        record.documents,
        Document,
        lambda doc: {"title": doc.title, "symbol": doc.symbol, "url": doc.url},
    )

    people: dict[str, Person] = {}
    for key, person in record.people.items():
        path = f"people.{key}"
        organization = None
        if person.organization is not None:
            organization = b.resolve(
                f"{path}.organization",
                person.organization,
                organizations,
                "organizations",
                "organization",
                record.organizations,
            )
            if organization is None:
                b.broken.add(key)
                continue
        made_person = b.make(
            path,
            key,
            Person,
            honorific=person.honorific,
            given_name=person.given_name,
            family_name=person.family_name,
            function=person.function,
            organization=organization,
            family_name_first=person.family_name_first,
        )
        if made_person is not None:
            people[key] = made_person

    m = record.meeting
    mandate = [
        b.resolve(
            f"meeting.mandate[{i}]",
            key,
            documents,
            "documents",
            "document",
            record.documents,
        )
        for i, key in enumerate(m.mandate)
    ]
    abbreviations = [
        b.resolve(
            f"report.abbreviations[{i}]",
            key,
            {**organizations, **terms},
            "organizations] or [terms",
            "organization or term",
            [*record.organizations, *record.terms],
        )
        for i, key in enumerate(record.report.abbreviations)
    ]
    agenda = []
    for index, title in enumerate(m.agenda):
        item = b.make(
            f"meeting.agenda[{index}]",
            "meeting",
            AgendaItem,
            number=index + 1,
            title=title,
        )
        if item is not None:
            agenda.append(item)
    if not m.agenda:
        b.problem("meeting.agenda", "is empty: list the agenda items' titles in order")
    meeting = None
    venue = b.make(
        "meeting.venue",
        "meeting",
        Venue,
        name=m.venue.name,
        city=m.venue.city,
        time_zone=m.venue.time_zone,
    )
    organizer = b.make(
        "meeting.organizer",
        "meeting",
        Organizer,
        department=m.organizer.department,
        division=m.organizer.division,
    )
    programme = _programme(b, record.programme, people, organizations, record)
    fields: dict[str, Any] = {
        "programme": programme,
        **_companions(b, record, people, organizations, documents),
        "series": m.series,
        "number": m.number,
        "first_day": m.first_day,
        "last_day": m.last_day,
        "mandate": [d for d in mandate if d is not None],
        "objectives": m.objectives,
        "organizations": list(organizations.values()),
        "people": list(people.values()),
        "documents": list(documents.values()),
    }
    if len(agenda) == len(m.agenda) and venue is not None and organizer is not None:
        meeting = b.make(
            "meeting",
            "meeting",
            Meeting,
            venue=venue,
            organizer=organizer,
            agenda=agenda,
            **fields,
        )
    else:
        # The meeting cannot be made, but its other fields can still be checked.
        b.report("meeting", field_errors(Meeting, fields))
    data = MeetingData(
        meeting=meeting,
        organizations=organizations,
        terms=terms,
        people=people,
        documents=documents,
        abbreviations=tuple(
            a for a in abbreviations if isinstance(a, Organization | Term)
        ),
        author=record.report.author,
        broken_keys=frozenset(b.broken),
        ignored_checks=dict(record.checks.ignore),
        key_lines=lines,
    )
    return data, b.problems


def load_data_file(text: str) -> tuple[MeetingData | None, list[Finding]]:
    """Read the data file's text into the model; return it and every problem."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # Python 3.11 gives the place only inside the message.
        where = re.search(r"\(at line (\d+), column \d+\)", str(error))
        message = str(error)[: where.start()].strip() if where else str(error)
        line = int(where.group(1)) if where else None
        return None, [
            load_problem(
                file=DATA_FILE, line=line, message=f"not valid TOML: {message}"
            )
        ]
    lines = _key_lines(text)
    try:
        record = _CONVERTER.structure(raw, FileRecord)
    except Exception as error:  # cattrs gathers every structuring error in a group
        return None, [
            load_problem(
                file=DATA_FILE,
                line=locate_key(lines, path),
                where=path,
                message=message,
            )
            for path, message in _structure_problems(error)
        ]
    return _build(record, lines)
