"""The people of the report against those of the programme: who speaks in
the report but is not in the programme, who presents but is not mentioned."""

from __future__ import annotations

from collections.abc import Iterator

from .._findings import Finding
from .._model import Person
from .context import Context

__all__ = ["check_people"]


def check_people(context: Context) -> Iterator[Finding]:
    """Speakers missing from the programme, then presenters missing from the
    report (by family name). Nothing is found until the report has sections
    and the meeting a programme."""
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
    mentioned = [m for m in report.mentions() if isinstance(m, Person)]
    for person in dict.fromkeys(mentioned):
        if person not in in_programme:
            yield context.at_value(
                "speaker-not-in-programme",
                person,
                "",
                f"{person.honorific} {person.full_name} speaks in the report "
                "but is not in the programme",
                "add them to the programme, or check the name",
            )
    for person in sorted(presenters - set(mentioned), key=lambda p: p.family_name):
        yield context.at_value(
            "presenter-not-in-report",
            person,
            "",
            f"{person.honorific} {person.full_name} presents in the "
            "programme but the report does not mention them",
            "summarize their presentation, or check the programme",
        )
