"""The meeting's other documents as document trees: the programme
("Organization of work") and the concept note of a panel.

They share the report's HTML writer, stylesheet and PDF step, so they look
like the report; names are given in full, as programmes print them.
"""

from __future__ import annotations

import attrs
from docutils import frontend, nodes, utils

from .._errors import MigmeetError
from .._model import (
    Meeting,
    Organization,
    Panel,
    Person,
    Presentation,
    ProgrammeDay,
    ProgrammeEvent,
    Prose,
    Session,
)
from .._style import format_date
from .mentions import Seen
from .prose import prose_nodes
from .wording import programme_status_line

__all__ = [
    "SessionLine",
    "concept_note_tree",
    "day_entries",
    "day_heading",
    "event_heading",
    "event_time",
    "organization_name",
    "programme_name",
    "programme_tree",
    "session_heading",
    "session_lines",
    "when",
]


def _document(meeting: Meeting, kind: str) -> nodes.document:
    settings = frontend.get_default_settings()
    settings.language_code = "en"
    settings.report_level = 5
    document = utils.new_document(f"<{kind}>", settings)
    document["title"] = meeting.title
    return document


def organization_name(organization: Organization) -> str:
    """ "International Organization for Migration (IOM)"."""
    if organization.abbreviation:
        return f"{organization.name} ({organization.abbreviation})"
    return organization.name


def programme_name(who: Person | Organization) -> str:
    """A presenter as a programme names them: "Juerg Lauber, Permanent
    Representative of Switzerland to the United Nations"."""
    if isinstance(who, Organization):
        return organization_name(who)
    parts = [who.full_name]
    if who.function:
        parts.append(who.function)
    if who.organization:
        parts.append(organization_name(who.organization))
    return ", ".join(parts)


def _time(value: object) -> str:
    return format(value, "%H.%M")


def session_heading(session: Session) -> str:
    """ "Morning session (10.00-13.00)"."""
    return f"{session.name} ({_time(session.start)}-{_time(session.end)})"


def event_time(event: ProgrammeEvent) -> str:
    """ "18.30-20.30", or "18.30" for an event given with its start only."""
    end = f"-{_time(event.end)}" if event.end else ""
    return f"{_time(event.start)}{end}"


def event_heading(event: ProgrammeEvent) -> str:
    """ "18.30-20.30 Reception hosted by the Government of Morocco"."""
    return f"{event_time(event)} {event.title}"


def day_entries(day: ProgrammeDay) -> list[Session | ProgrammeEvent]:
    """The day's sessions and timed events in order of their start (a
    session before an event that starts at the same time)."""
    entries: list[Session | ProgrammeEvent] = [*day.sessions, *day.events]
    return sorted(entries, key=lambda entry: entry.start)


def day_heading(date: object) -> str:
    """ "Thursday, 15 February 2018"."""
    return f"{format(date, '%A')}, {format_date(date)}"  # type: ignore[arg-type]


def when(date: object, start: object, end: object) -> str:
    """ "Friday, 16 February 2018, 10.00-11.30"."""
    return f"{day_heading(date)}, {_time(start)}-{_time(end)}"


def _paragraph(text: str, *classes: str) -> nodes.paragraph:
    return nodes.paragraph("", text, classes=list(classes))


class _ProseReader:
    """Reads a document's running texts in order, so that a name given in
    full once is short after."""

    def __init__(self) -> None:
        self.seen: Seen = frozenset()

    def paragraph(self, prose: Prose, *classes: str) -> nodes.paragraph:
        made, self.seen = prose_nodes(prose, self.seen)
        return nodes.paragraph("", "", *made, classes=list(classes))


def _section(
    ident: str, title: str, *children: nodes.Node, classes: tuple[str, ...] = ()
) -> nodes.section:
    section = nodes.section(
        "", nodes.title("", title), *children, ids=[ident], classes=list(classes)
    )
    return section


@attrs.frozen
class SessionLine:
    """A line of a session in a programme: an agenda item's heading, a
    presentation with its presenters, or a moderator."""

    kind: str  # "item", "talk" or "moderator"
    text: str
    people: tuple[str, ...] = ()
    #: What can be seen of a talk: ("Slides", address), ("Video", address).
    links: tuple[tuple[str, str], ...] = ()


def session_lines(meeting: Meeting, session: Session) -> list[SessionLine]:
    """The lines of ``session`` in programme order: its agenda items in
    agenda order, each with its heading, its presentations as given and its
    own moderators; the session's moderators last.

    A presentation given without an agenda item belongs to the session's
    item of the same title ("Opening of the meeting"); any other stays
    where it was given, before the first item's heading or after the block
    of the item it follows. A presentation titled as its agenda item that
    comes first under the item gives its presenters only, so the heading is
    not printed twice; further down, its title is printed, so that its
    presenters are not read as the previous presentation's."""
    items: dict[int, list[Presentation]] = {}
    loose: dict[int | None, list[Presentation]] = {}
    last: int | None = None
    for talk in session.presentations:
        number = _item_of(meeting, session, talk)
        if number is None:
            loose.setdefault(last, []).append(talk)
        else:
            items.setdefault(number, []).append(talk)
            last = number
    lines = [_talk_line(talk, talk.title) for talk in loose.get(None, [])]
    for number in sorted({*session.agenda_items, *items}):
        item = meeting.agenda[number - 1] if number <= len(meeting.agenda) else None
        if item is not None:
            lines.append(SessionLine("item", f"{item.numeral}. {item.title}"))
        for n, talk in enumerate(items.get(number, [])):
            repeats = (
                n == 0
                and item is not None
                and item.title.casefold() == talk.title.casefold()
            )
            lines.append(_talk_line(talk, "" if repeats else talk.title))
        lines += _moderators(session.moderators_of(number))
        lines += [_talk_line(talk, talk.title) for talk in loose.get(number, [])]
    lines += _moderators(session.moderators)
    return lines


def _item_of(meeting: Meeting, session: Session, talk: Presentation) -> int | None:
    """The agenda item ``talk`` belongs to: the one it names, or else the
    session's item of the same title."""
    if talk.agenda_item is not None:
        return talk.agenda_item
    title = talk.title.casefold()
    for number in session.agenda_items:
        if (
            number <= len(meeting.agenda)
            and meeting.agenda[number - 1].title.casefold() == title
        ):
            return number
    return None


def _talk_line(talk: Presentation, title: str) -> SessionLine:
    names = tuple(programme_name(who) for who in talk.presenters)
    links = tuple(
        (label, url)
        for label, url in (("Slides", talk.slides), ("Video", talk.video))
        if url
    )
    return SessionLine("talk", title, names, links)


def _moderators(people: tuple[Person, ...]) -> list[SessionLine]:
    return [
        SessionLine("moderator", f"Moderator: {programme_name(who)}") for who in people
    ]


def _session(meeting: Meeting, session: Session) -> list[nodes.Node]:
    body: list[nodes.Node] = []
    for line in session_lines(meeting, session):
        if line.kind == "item":
            body.append(_paragraph(line.text, "agenda-item"))
        elif line.kind == "talk":
            if line.text:
                body.append(_paragraph(line.text, "presentation"))
            body += [_paragraph(name, "presenter") for name in line.people]
            if line.links:
                body.append(_links_paragraph(line.links))
        else:
            body.append(_paragraph(line.text, "moderator"))
    return body


def _links_paragraph(links: tuple[tuple[str, str], ...]) -> nodes.paragraph:
    """ "Slides | Video", each a link."""
    paragraph = nodes.paragraph(classes=["talk-links"])
    for n, (label, url) in enumerate(links):
        if n:
            paragraph += nodes.Text(" | ")
        paragraph += nodes.reference(label, label, refuri=url)
    return paragraph


def _event_paragraph(event: ProgrammeEvent) -> nodes.paragraph:
    text = event_heading(event)
    extra = [part for part in (event.location, event.note) if part]
    if extra:
        text += f" ({'; '.join(extra)})"
    return _paragraph(text, "programme-event")


def programme_tree(meeting: Meeting) -> nodes.document:
    """The organization of work: days, sessions with times, agenda items,
    presentations with presenters, moderators, and the side events.

    Raises :class:`MigmeetError` if the meeting has no programme.
    """
    if not meeting.programme:
        raise MigmeetError(
            "the meeting has no programme: add [[programme]] days to meeting.toml"
        )
    document = _document(meeting, "programme")
    heading = nodes.container(
        "",
        _paragraph(meeting.title, "meeting-title"),
        _paragraph(
            f"{meeting.venue.name}, {meeting.venue.city}, {meeting.dates}",
            "place-dates",
        ),
        classes=["document-heading"],
    )
    status = programme_status_line(meeting)
    if status:
        heading += _paragraph(status, "programme-status")
    reader = _ProseReader()
    days = []
    for d, day in enumerate(meeting.programme, 1):
        entries = [
            _section(
                f"day-{d}-entry-{n}",
                session_heading(entry),
                *_session(meeting, entry),
                classes=("programme-entry",),
            )
            if isinstance(entry, Session)
            else _event_paragraph(entry)
            for n, entry in enumerate(day_entries(day), 1)
        ]
        notes = [reader.paragraph(day.note, "day-note")] if day.note else []
        days.append(_section(f"day-{d}", day_heading(day.date), *notes, *entries))
    side_events = []
    for e, event in enumerate(meeting.side_events, 1):
        side_events.append(
            _section(
                f"side-event-{e}",
                event.title,
                _paragraph(when(event.date, event.start, event.end), "when"),
                _paragraph(f"Organizer: {event.organizer}"),
                _paragraph(f"Location: {event.location}"),
                *([reader.paragraph(event.note)] if event.note else []),
                classes=("programme-entry",),
            )
        )
    body = nodes.section(
        "",
        nodes.title("", "Organization of work"),
        *days,
        *(
            [_section("side-events", "Side events", *side_events)]
            if side_events
            else []
        ),
        ids=["programme"],
        classes=["programme"],
    )
    document += nodes.container("", heading, body, classes=["plain-document"])
    return document


def concept_note_tree(meeting: Meeting, panel: Panel) -> nodes.document:
    """The concept note of ``panel``: the meeting, the panel's title, date
    and time, (a) Background and (b) Organization in numbered steps."""
    document = _document(meeting, "concept note")
    held = when(panel.date, panel.start, panel.end)
    reader = _ProseReader()
    parts: list[nodes.Node] = [
        _section(
            "background",
            "(a) Background",
            *(reader.paragraph(text) for text in panel.background),
        )
    ]
    if panel.steps:
        steps = nodes.enumerated_list(
            "",
            *(nodes.list_item("", reader.paragraph(step)) for step in panel.steps),
            enumtype="arabic",
            prefix="",
            suffix=".",
        )
        parts.append(_section("organization", "(b) Organization", steps))
    heading = nodes.container(
        "",
        _paragraph(meeting.title, "meeting-title"),
        _paragraph("Concept note for the panel:", "note-kind"),
        classes=["document-heading"],
    )
    extra = []
    if panel.agenda_item and panel.agenda_item <= len(meeting.agenda):
        item = meeting.agenda[panel.agenda_item - 1]
        extra.append(_paragraph(f"Agenda item {item.numeral}. {item.title}", "when"))
    if panel.moderator:
        extra.append(
            _paragraph(f"Moderator: {programme_name(panel.moderator)}", "when")
        )
    body = nodes.section(
        "",
        nodes.title("", panel.title),
        _paragraph(held, "when"),
        *extra,
        *parts,
        ids=["concept-note"],
        classes=["concept-note"],
    )
    document += nodes.container("", heading, body, classes=["plain-document"])
    return document
