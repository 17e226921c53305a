"""The people of the report against those of the programme: who speaks in
the report but is not in the programme, who presents but is not mentioned."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .._dsl import Section
from .._dsl.blocks import paragraphs_in
from .._dsl.inline import mentions_in
from .._findings import Finding
from .._model import Person, ProgrammeDay
from .context import Context

__all__ = ["check_people"]


def _section_speakers(section: Section) -> Iterator[Person]:
    blocks = [
        *section.paragraphs,
        *(b for s in section.subsections for b in s.paragraphs),
    ]
    for block in blocks:
        for paragraph in paragraphs_in(block):
            for mention in mentions_in(paragraph.content):
                if isinstance(mention, Person):
                    yield mention


def _items_with_presenters(programme: Sequence[ProgrammeDay]) -> set[int]:
    """The agenda items for which the programme names presenters: a
    presentation's own item, else the items its session takes up."""
    items: set[int] = set()
    for day in programme:
        for session in day.sessions:
            for talk in session.presentations:
                if any(isinstance(who, Person) for who in talk.presenters):
                    if talk.agenda_item is not None:
                        items.add(talk.agenda_item)
                    else:
                        items.update(session.agenda_items)
    return items


def check_people(context: Context) -> Iterator[Finding]:
    """Speakers missing from the programme, then presenters missing from the
    report (by family name). Nothing is found until the report has sections
    and the meeting a programme; a speaker is looked for only in a section
    whose agenda item the programme gives presenters (a tour de table, or
    an item with no listed speakers, names whoever took the floor)."""
    report, programme = context.report, context.meeting.programme
    if not programme or not report.sections:
        return
    in_programme = {p for day in programme for s in day.sessions for p in s.people()}
    presenters = {
        who
        for day in programme
        for s in day.sessions
        for talk in s.presentations
        for who in talk.presenters
        if isinstance(who, Person)
    }
    with_presenters = _items_with_presenters(programme)
    speakers = [
        person
        for section in report.sections
        if section.number in with_presenters
        for person in _section_speakers(section)
    ]
    for person in dict.fromkeys(speakers):
        if person not in in_programme:
            yield context.at_value(
                "speaker-not-in-programme",
                person,
                "",
                f"{person.honorific} {person.full_name} speaks in the report "
                "but is not in the programme",
                "add them to the programme, or check the name",
            )
    mentioned = {m for m in report.mentions() if isinstance(m, Person)}
    for person in sorted(presenters - mentioned, key=lambda p: p.family_name):
        yield context.at_value(
            "presenter-not-in-report",
            person,
            "",
            f"{person.honorific} {person.full_name} presents in the "
            "programme but the report does not mention them",
            "summarize their presentation, or check the programme",
        )
