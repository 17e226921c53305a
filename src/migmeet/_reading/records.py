"""The data file's shape: one record class per table of ``meeting.toml``.

The records mirror the file, key for key, with its defaults; cattrs
structures the parsed TOML into them (see :mod:`.structure`), and they are
then built into the model (see :mod:`.build`).
"""

from __future__ import annotations

import datetime as dt

import attrs

from .._model import OrganizationKind

__all__ = [
    "AgendaEntryRecord",
    "BackgroundRecord",
    "CheckRecord",
    "DayRecord",
    "DocumentRecord",
    "EventRecord",
    "FileRecord",
    "MeetingRecord",
    "OrganizationRecord",
    "OrganizerRecord",
    "PanelRecord",
    "PaperRecord",
    "PersonRecord",
    "PresentationRecord",
    "PreviousRecord",
    "ReportRecord",
    "SessionRecord",
    "SideEventRecord",
    "TermRecord",
    "VenueRecord",
    "WebsiteRecord",
]


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
    programme_status: str | None = None
    programme_as_of: dt.date | None = None
    calendar_domain: str | None = None
    information_note: str | None = None
    papers_note: str | None = None
    report_url: str | None = None


@attrs.frozen(kw_only=True)
class WebsiteRecord:
    title: str
    url: str


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
    slides: str | None = None
    video: str | None = None


@attrs.frozen(kw_only=True)
class PaperRecord:
    title: str
    organization: str
    symbol: str | None = None
    languages: list[str] = attrs.field(factory=lambda: ["en"])
    url: str | None = None
    versions: dict[str, str] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class SideEventRecord:
    date: dt.date
    start: dt.time
    end: dt.time
    title: str
    organizer: str
    location: str
    note: str | None = None
    registration: str | None = None
    registration_deadline: dt.date | None = None


@attrs.frozen(kw_only=True)
class BackgroundRecord:
    documents: list[str]
    agenda_item: int | None = None
    agenda_items: list[int] = attrs.field(factory=list)
    title: str | None = None


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
class AgendaEntryRecord:
    """An agenda item of a session with its own moderators:
    ``{ number = 1, moderators = ["thompson"] }``."""

    number: int
    moderators: list[str] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class EventRecord:
    title: str
    start: dt.time
    end: dt.time | None = None
    location: str | None = None
    note: str | None = None


@attrs.frozen(kw_only=True)
class SessionRecord:
    name: str
    start: dt.time
    end: dt.time
    agenda_items: list[int | AgendaEntryRecord] = attrs.field(factory=list)
    moderators: list[str] = attrs.field(factory=list)
    presentations: list[PresentationRecord] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class DayRecord:
    date: dt.date
    weekday: str | None = None
    note: str | None = None
    sessions: list[SessionRecord] = attrs.field(factory=list)
    events: list[EventRecord] = attrs.field(factory=list)


@attrs.frozen(kw_only=True)
class CheckRecord:
    ignore: dict[str, str] = attrs.field(factory=dict)
    select: list[str] | None = None
    severity: dict[str, str] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class ReportRecord:
    abbreviations: list[str] = attrs.field(factory=list)
    author: str | None = None
    page_size: str = "Letter"
    logo: str | None = None
    symbol: str | None = None
    sales_number: str | None = None
    participants_annex: bool = False


@attrs.frozen(kw_only=True)
class PreviousRecord:
    number: int
    first_day: dt.date
    last_day: dt.date
    folder: str | None = None


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
    websites: list[WebsiteRecord] = attrs.field(factory=list)
    checks: CheckRecord = attrs.field(factory=CheckRecord)
    previous: PreviousRecord | None = None
    to_fill: dict[str, str] = attrs.field(factory=dict)
