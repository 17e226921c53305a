"""The data file's shape: one record class per table of ``meeting.toml``.

The records mirror the file, key for key, with its defaults; cattrs
structures the parsed TOML into them (see :mod:`.structure`), and they are
then built into the model (see :mod:`.build`). The string under each field
says what its key changes, in which document: the file's JSON Schema
(:mod:`.data_schema`) gives it to editors as the key's description, and a
``choices`` entry in a field's metadata is the closed set of its values.
"""

from __future__ import annotations

import datetime as dt

import attrs

from .._dsl import PAGE_SIZES
from .._model import OFFICIAL_LANGUAGES, PROGRAMME_STATUSES, OrganizationKind

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

_LANGUAGES = {"choices": tuple(OFFICIAL_LANGUAGES)}


@attrs.frozen(kw_only=True)
class VenueRecord:
    name: str
    """The venue ("United Nations Headquarters"), on the cover and the page."""
    city: str
    """The city ("New York"), on the cover, the page and the programme."""
    time_zone: str = "America/New_York"
    """The venue's IANA time zone, for the times of the calendar's events."""


@attrs.frozen(kw_only=True)
class OrganizerRecord:
    department: str
    """The organizing department, on the report's cover and the page."""
    division: str
    """The organizing division, on the report's cover and the page."""
    place: str = "New York"
    """Where the report is published, printed on its imprint ("New York,
    2018"): the organizer's seat, not the venue (ESCAP writes "Bangkok")."""


@attrs.frozen(kw_only=True)
class MeetingRecord:
    series: str
    """The series' name, in every document's title."""
    number: int
    """The meeting's number in the series: 15 gives "Fifteenth"."""
    first_day: dt.date
    """The first day (2018-02-15), on every document and the calendar."""
    last_day: dt.date
    """The last day, on every document and the calendar."""
    venue: VenueRecord
    """Where the meeting is held."""
    organizer: OrganizerRecord
    """Who organizes the meeting."""
    agenda: list[str]
    """The agenda items' titles, in order: numbered I, II, ... in the report."""
    objectives: list[str] = attrs.field(factory=list)
    """The objectives (running text), on the page and in the introduction."""
    mandate: list[str] = attrs.field(factory=list)
    """Keys of [documents]: the resolutions that mandate the meeting."""
    participants: list[str] = attrs.field(factory=list)
    """Keys of [people] who attend: the page's list and the participants annex."""
    programme_status: str | None = attrs.field(
        default=None, metadata={"choices": PROGRAMME_STATUSES}
    )
    """How settled the programme is, printed over it and on the page."""
    programme_as_of: dt.date | None = None
    """The date of the programme's last change, printed with its status."""
    calendar_domain: str | None = None
    """A domain the office controls, for the calendar's event identifiers."""
    information_note: str | None = None
    """The address of the information note for participants, on the page."""
    papers_note: str | None = None
    """The note printed over the contributed papers on the page."""
    report_url: str | None = None
    """Where the report is published, if not built with the page."""


@attrs.frozen(kw_only=True)
class WebsiteRecord:
    title: str
    """The website's title, listed on the page."""
    url: str
    """The website's address."""


@attrs.frozen(kw_only=True)
class OrganizationRecord:
    """An organization, named in summaries as :org:`key`."""

    name: str
    """The full name, printed at first mention and in the abbreviations."""
    abbreviation: str | None = None
    """The abbreviation (no full stops), printed after the first mention."""
    kind: OrganizationKind = OrganizationKind.UN_ENTITY
    """What kind of body it is: groups the list of participants."""
    article: bool = True
    """false for a name that takes no "the" ("Columbia University")."""


@attrs.frozen(kw_only=True)
class TermRecord:
    """An abbreviated term that is not an organization, named as :term:`key`."""

    name: str
    """The term in full, printed at first mention and in the abbreviations."""
    abbreviation: str
    """The abbreviation, printed after the first mention."""
    article: bool = False
    """true for a term that keeps its article ("the SDGs")."""


@attrs.frozen(kw_only=True)
class PersonRecord:
    """A person, named in summaries as :person:`key`."""

    honorific: str
    """Mr., Ms., Ambassador, Professor, ...: printed before the name."""
    family_name: str
    """The family name as the person writes it (any script)."""
    given_name: str | None = None
    """The given name as the person writes it."""
    function: str | None = None
    """The function, printed after the name at first mention."""
    organization: str | None = None
    """A key of [organizations]: the person's organization."""
    family_name_first: bool = False
    """true puts the family name first ("Liu Zhenmin")."""


@attrs.frozen(kw_only=True)
class DocumentRecord:
    """A document, cited in summaries as :doc:`key`."""

    title: str
    """The document's title, printed where it is cited."""
    symbol: str | None = None
    """The official symbol (A/RES/71/1): checked, linked to undocs.org."""
    url: str | None = None
    """A link for a document without an official symbol."""


@attrs.frozen(kw_only=True)
class PresentationRecord:
    title: str
    """The presentation's title, in the programme."""
    presenters: list[str] = attrs.field(factory=list)
    """Keys of [people] or [organizations] who present it."""
    agenda_item: int | None = None
    """The agenda item it is printed under, by number."""
    slides: str | None = None
    """A link to the slides, printed under the presentation."""
    video: str | None = None
    """A link to the recording, printed under the presentation."""


@attrs.frozen(kw_only=True)
class PaperRecord:
    title: str
    """The paper's title, listed on the page."""
    organization: str
    """A key of [organizations]: who contributed the paper."""
    symbol: str | None = None
    """The paper's document symbol."""
    languages: list[str] = attrs.field(factory=lambda: ["en"], metadata=_LANGUAGES)
    """The official languages the paper is published in (ISO 639-1 codes)."""
    url: str | None = None
    """A link to the paper."""
    versions: dict[str, str] = attrs.field(factory=dict, metadata=_LANGUAGES)
    """A link for each language version online, by language code."""


@attrs.frozen(kw_only=True)
class SideEventRecord:
    date: dt.date
    """The day of the side event, on the page and the calendar."""
    start: dt.time
    """When it starts ("13.15")."""
    end: dt.time
    """When it ends ("14.30")."""
    title: str
    """The side event's title."""
    organizer: str
    """Who organizes it, as printed."""
    location: str
    """Where it is held ("Conference Room 11")."""
    note: str | None = None
    """A note printed with it."""
    registration: str | None = None
    """A link to register."""
    registration_deadline: dt.date | None = None
    """The last day to register."""


@attrs.frozen(kw_only=True)
class BackgroundRecord:
    documents: list[str]
    """Keys of [documents], listed as background documents on the page."""
    agenda_item: int | None = None
    """The agenda item they serve; none: general background."""
    agenda_items: list[int] = attrs.field(factory=list)
    """The agenda items they serve, for documents that serve several."""
    title: str | None = None
    """A title for the group of documents."""


@attrs.frozen(kw_only=True)
class PanelRecord:
    """A panel, with its concept note (``migmeet concept-note FOLDER key``)."""

    title: str
    """The panel's title, on its concept note."""
    date: dt.date
    """The day of the panel."""
    start: dt.time
    """When it starts ("10.00")."""
    end: dt.time
    """When it ends ("13.00")."""
    background: list[str]
    """The concept note's background paragraphs (running text)."""
    steps: list[str] = attrs.field(factory=list)
    """The concept note's guiding questions or next steps."""
    moderator: str | None = None
    """A key of [people]: who moderates the panel."""
    agenda_item: int | None = None
    """The agenda item the panel serves, by number."""


@attrs.frozen(kw_only=True)
class AgendaEntryRecord:
    """An agenda item of a session with its own moderators:
    ``{ number = 1, moderators = ["thompson"] }``."""

    number: int
    """The agenda item's number."""
    moderators: list[str] = attrs.field(factory=list)
    """Keys of [people] who moderate this item, printed under it."""


@attrs.frozen(kw_only=True)
class EventRecord:
    """A timed entry that is not a session (a reception)."""

    title: str
    """The event's title, among the sessions in the programme."""
    start: dt.time
    """When it starts ("18.00")."""
    end: dt.time | None = None
    """When it ends."""
    location: str | None = None
    """Where it is held."""
    note: str | None = None
    """A note printed with it."""


@attrs.frozen(kw_only=True)
class SessionRecord:
    name: str
    """The session's name ("Morning session"), in the programme."""
    start: dt.time
    """When it starts ("10.00")."""
    end: dt.time
    """When it ends ("13.00")."""
    agenda_items: list[int | AgendaEntryRecord] = attrs.field(factory=list)
    """Its agenda items: numbers, or tables { number = 2, moderators = [...] }."""
    moderators: list[str] = attrs.field(factory=list)
    """Keys of [people] who moderate the whole session."""
    presentations: list[PresentationRecord] = attrs.field(factory=list)
    """The session's presentations, in order."""


@attrs.frozen(kw_only=True)
class DayRecord:
    date: dt.date
    """The day, in the programme and the calendar."""
    weekday: str | None = None
    """The weekday as written ("Thursday"), checked against the date."""
    note: str | None = None
    """Running text printed with the day."""
    sessions: list[SessionRecord] = attrs.field(factory=list)
    """The day's sessions."""
    events: list[EventRecord] = attrs.field(factory=list)
    """Timed entries that are not sessions, printed among them by time."""


@attrs.frozen(kw_only=True)
class CheckRecord:
    ignore: dict[str, str] = attrs.field(factory=dict)
    """Checks switched off, each name with its reason."""
    select: list[str] | None = None
    """Only these codes or families run (all when not given)."""
    severity: dict[str, str] = attrs.field(factory=dict)
    """A code's severity, "error" or "warning", where this meeting's house
    style differs."""


@attrs.frozen(kw_only=True)
class ReportRecord:
    abbreviations: list[str] = attrs.field(factory=list)
    """Keys to list in the explanatory notes even if the text does not use them."""
    author: str | None = None
    """The author of the report's PDF (its metadata)."""
    page_size: str = attrs.field(default="Letter", metadata={"choices": PAGE_SIZES})
    """The paper the report is printed on."""
    edition: str = attrs.field(
        default="print", metadata={"choices": ("print", "screen")}
    )
    """"print" opens each part on a right-hand page (blank pages where
    needed); "screen", for the PDF posted online, leaves no blank page."""
    logo: str | None = None
    """A PNG, JPEG or GIF file in the folder, on the report's cover."""
    symbol: str | None = None
    """The report's document symbol, on the cover and the imprint."""
    sales_number: str | None = None
    """The report's sales number, on the imprint."""
    participants_annex: bool = False
    """true adds the list of participants as the report's last annex."""


@attrs.frozen(kw_only=True)
class PreviousRecord:
    number: int
    """The previous meeting's number."""
    first_day: dt.date
    """The previous meeting's first day."""
    last_day: dt.date
    """The previous meeting's last day."""
    folder: str | None = None
    """The previous meeting's folder, for the stale-content checks."""


@attrs.frozen(kw_only=True)
class FileRecord:
    meeting: MeetingRecord
    """The meeting: series, number, dates, venue, organizer, agenda."""
    report: ReportRecord = attrs.field(factory=ReportRecord)
    """The report's publication options."""
    organizations: dict[str, OrganizationRecord] = attrs.field(factory=dict)
    """The organizations, by the key summaries name them with (:org:`key`)."""
    terms: dict[str, TermRecord] = attrs.field(factory=dict)
    """Abbreviated terms that are not organizations, by key (:term:`key`)."""
    people: dict[str, PersonRecord] = attrs.field(factory=dict)
    """The people, by the key summaries name them with (:person:`key`)."""
    documents: dict[str, DocumentRecord] = attrs.field(factory=dict)
    """The documents, by the key summaries cite them with (:doc:`key`)."""
    programme: list[DayRecord] = attrs.field(factory=list)
    """The organization of work: one [[programme]] a day."""
    papers: list[PaperRecord] = attrs.field(factory=list)
    """The contributed papers, listed on the page."""
    side_events: list[SideEventRecord] = attrs.field(factory=list)
    """The side events, on the page and the calendar."""
    background: list[BackgroundRecord] = attrs.field(factory=list)
    """The background documents, by agenda item, on the page."""
    panels: dict[str, PanelRecord] = attrs.field(factory=dict)
    """The panels with concept notes, by key."""
    websites: list[WebsiteRecord] = attrs.field(factory=list)
    """Other relevant websites, listed on the page."""
    checks: CheckRecord = attrs.field(factory=CheckRecord)
    """Which checks are switched off."""
    previous: PreviousRecord | None = None
    """The previous meeting (written by migmeet new --from)."""
    to_fill: dict[str, str] = attrs.field(factory=dict)
    """What is still to fill: check warns for each entry until it is removed."""
