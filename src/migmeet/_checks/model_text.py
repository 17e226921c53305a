"""The meeting's strings that the documents print, each with its place in
the data file and the kind of text it is, so that every text rule that
fits it reads it.

Three kinds: a *name* (a person's, an organization's, a venue) is read by
the rules for any text (editing notes, encoding, ordinals, "UN", the
Organization's names, country names); a *title* (an agenda item, a paper,
a session, a person's function) by those and by the rules of running text
(document symbols, "the IOM", possessives, per cent, figures under 10); a
*prose* field (objectives, notes, a panel's background) by all of these.
"""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .._dsl import Report
from .._model import Prose, Term

__all__ = ["ModelText", "model_texts"]


@attrs.frozen
class ModelText:
    """One string of the model: its value and field (for its place), its
    text and kind ("name", "title" or "prose")."""

    value: object
    field: str
    text: str
    kind: str


def _text(value: str | Prose) -> str:
    return value.text if isinstance(value, Prose) else value


def _meeting_texts(report: Report) -> Iterator[ModelText]:
    meeting = report.meeting
    yield ModelText(meeting, "series", meeting.series, "name")
    for i, objective in enumerate(meeting.objectives):
        yield ModelText(meeting, f"objectives[{i}]", objective.text, "prose")
    for i, item in enumerate(meeting.agenda):
        yield ModelText(meeting, f"agenda[{i}]", item.title, "title")
    yield ModelText(meeting.venue, "name", meeting.venue.name, "name")
    yield ModelText(meeting.venue, "city", meeting.venue.city, "name")
    yield ModelText(
        meeting.organizer, "department", meeting.organizer.department, "name"
    )
    yield ModelText(meeting.organizer, "division", meeting.organizer.division, "name")
    yield ModelText(meeting, "papers_note", meeting.page.papers_note, "prose")
    for website in meeting.page.websites:
        yield ModelText(website, "title", website.title, "title")


def _entity_texts(report: Report) -> Iterator[ModelText]:
    meeting = report.meeting
    for person in meeting.people:
        for field in ("honorific", "given_name", "family_name"):
            if value := getattr(person, field):
                yield ModelText(person, field, value, "name")
        if person.function:
            yield ModelText(person, "function", person.function, "title")
    for org in meeting.all_organizations:
        yield ModelText(org, "name", org.name, "name")
    terms = {
        id(e): e
        for e in (*report.abbreviations, *report.mentions())
        if isinstance(e, Term)
    }
    for term in terms.values():
        yield ModelText(term, "name", term.name, "name")
    for doc in meeting.documents:
        yield ModelText(doc, "title", doc.title, "title")
    for paper in meeting.papers:
        yield ModelText(paper, "title", paper.title, "title")
    for group in meeting.background:
        if group.title:
            yield ModelText(group, "title", group.title, "title")


def _programme_texts(report: Report) -> Iterator[ModelText]:
    meeting = report.meeting
    for day in meeting.programme:
        if day.note:
            yield ModelText(day, "note", day.note.text, "prose")
        for e, event in enumerate(day.events):
            yield ModelText(day, f"events[{e}].title", event.title, "title")
            if event.location:
                yield ModelText(day, f"events[{e}].location", event.location, "name")
            if event.note:
                yield ModelText(day, f"events[{e}].note", event.note, "prose")
        for s, session in enumerate(day.sessions):
            yield ModelText(day, f"sessions[{s}].name", session.name, "title")
            for t, talk in enumerate(session.presentations):
                field = f"sessions[{s}].presentations[{t}].title"
                yield ModelText(day, field, talk.title, "title")
    for side in meeting.side_events:
        yield ModelText(side, "title", side.title, "title")
        yield ModelText(side, "organizer", side.organizer, "name")
        yield ModelText(side, "location", side.location, "name")
        if side.note:
            yield ModelText(side, "note", side.note.text, "prose")
    for panel in meeting.panels:
        yield ModelText(panel, "title", panel.title, "title")
        for field in ("background", "steps"):
            for i, text in enumerate(getattr(panel, field)):
                yield ModelText(panel, f"{field}[{i}]", _text(text), "prose")


def model_texts(report: Report) -> Iterator[ModelText]:
    """Every string of the report's meeting that a document prints."""
    yield from _meeting_texts(report)
    yield from _entity_texts(report)
    yield from _programme_texts(report)
