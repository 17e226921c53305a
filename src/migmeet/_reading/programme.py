"""From the programme's records to its days, and the named values they use.

:class:`Named` holds the values made so far by key (organizations, people,
documents) and resolves a key in a later table to one of them; the
programme's days, sessions and presentations are built with it.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from .._model import (
    Document,
    ItemModerators,
    Organization,
    Person,
    Presentation,
    ProgrammeDay,
    ProgrammeEvent,
    Prose,
    Session,
    Source,
    Term,
)
from .builder import Builder
from .key_lines import locate_key
from .layout import DATA_FILE
from .prose import read_prose
from .records import (
    AgendaEntryRecord,
    DayRecord,
    FileRecord,
    PresentationRecord,
    SessionRecord,
)
from .rst_roles import Entities

__all__ = ["Named", "programme"]


@attrs.frozen(kw_only=True)
class Named:
    """The values made so far, by key, to resolve the keys later tables use;
    ``record`` tells which keys the file defines."""

    builder: Builder
    record: FileRecord
    organizations: Mapping[str, Organization]
    people: Mapping[str, Person]
    documents: Mapping[str, Document]
    terms: Mapping[str, Term] = attrs.field(factory=dict)

    def prose(self, path: str, text: str) -> Prose:
        """The running text at ``path`` with its roles read."""
        entities = Entities(
            people=self.people,
            organizations=self.organizations,
            terms=self.terms,
            documents=self.documents,
            broken_keys=frozenset(self.builder.broken),
        )
        return read_prose(self.builder, path, text, entities)

    def prose_or_none(self, path: str, text: str | None) -> Prose | None:
        return None if text is None else self.prose(path, text)

    def person(self, path: str, key: str) -> Person | None:
        return self.builder.resolve(
            path, key, self.people, "people", "person", self.record.people
        )

    def organization(self, path: str, key: str) -> Organization | None:
        return self.builder.resolve(
            path,
            key,
            self.organizations,
            "organizations",
            "organization",
            self.record.organizations,
        )

    def document(self, path: str, key: str) -> Document | None:
        return self.builder.resolve(
            path, key, self.documents, "documents", "document", self.record.documents
        )

    def presenter(self, path: str, key: str) -> Organization | Person | None:
        either: dict[str, Organization | Person] = {
            **self.organizations,
            **self.people,
        }
        return self.builder.resolve(
            path,
            key,
            either,
            "people] or [organizations",
            "person or organization",
            [*self.record.people, *self.record.organizations],
        )


def programme(named: Named) -> list[ProgrammeDay]:
    """The programme's days, with presenters and moderators resolved."""
    b = named.builder
    made_days = []
    for d, day in enumerate(named.record.programme):
        made = b.make(
            f"programme[{d}]",
            "programme",
            ProgrammeDay,
            date=day.date,
            weekday=day.weekday,
            note=named.prose_or_none(f"programme[{d}].note", day.note),
            sessions=_sessions(named, d, day),
            events=_events(named, d, day),
            source=Source(
                file=DATA_FILE, line=locate_key(b.lines, f"programme[{d}].date")
            ),
        )
        if made is not None:
            made_days.append(made)
    return made_days


def _sessions(named: Named, d: int, day: DayRecord) -> list[Session]:
    """The sessions of the day ``programme[d]`` that can be made."""
    sessions = []
    for s, session in enumerate(day.sessions):
        made = _session(named, f"programme[{d}].sessions[{s}]", session)
        if made is not None:
            sessions.append(made)
    return sessions


def _events(named: Named, d: int, day: DayRecord) -> list[ProgrammeEvent]:
    """The timed entries of the day ``programme[d]`` that can be made."""
    made = [
        named.builder.make(
            f"programme[{d}].events[{e}]",
            "programme",
            ProgrammeEvent,
            title=event.title,
            start=event.start,
            end=event.end,
            location=event.location,
            note=event.note,
        )
        for e, event in enumerate(day.events)
    ]
    return [x for x in made if x is not None]


def _item_moderators(
    named: Named, path: str, session: SessionRecord
) -> list[ItemModerators]:
    """The moderators the session's agenda entries name, item by item."""
    made = []
    for i, entry in enumerate(session.agenda_items):
        if not isinstance(entry, AgendaEntryRecord):
            continue
        people = [
            named.person(f"{path}.agenda_items[{i}].moderators[{m}]", key)
            for m, key in enumerate(entry.moderators)
        ]
        value = named.builder.make(
            f"{path}.agenda_items[{i}]",
            "programme",
            ItemModerators,
            item=entry.number,
            moderators=[x for x in people if x is not None],
        )
        if value is not None:
            made.append(value)
    return made


def _session(named: Named, path: str, session: SessionRecord) -> Session | None:
    moderators = [
        named.person(f"{path}.moderators[{i}]", key)
        for i, key in enumerate(session.moderators)
    ]
    presentations = [
        _presentation(named, f"{path}.presentations[{n}]", talk)
        for n, talk in enumerate(session.presentations)
    ]
    return named.builder.make(
        path,
        "programme",
        Session,
        name=session.name,
        start=session.start,
        end=session.end,
        agenda_items=[
            entry.number if isinstance(entry, AgendaEntryRecord) else entry
            for entry in session.agenda_items
        ],
        moderators=[x for x in moderators if x is not None],
        item_moderators=_item_moderators(named, path, session),
        presentations=[x for x in presentations if x is not None],
    )


def _presentation(
    named: Named, path: str, talk: PresentationRecord
) -> Presentation | None:
    presenters = [
        named.presenter(f"{path}.presenters[{i}]", key)
        for i, key in enumerate(talk.presenters)
    ]
    return named.builder.make(
        path,
        "programme",
        Presentation,
        title=talk.title,
        presenters=[x for x in presenters if x is not None],
        agenda_item=talk.agenda_item,
        slides=talk.slides,
        video=talk.video,
    )
