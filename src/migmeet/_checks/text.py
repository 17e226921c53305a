"""The text rules run over the report's text: each unit a reader sees, and
the strings of the model (the meeting's data) that go into the documents.

Which rule reads which text: every text is read for editing notes, broken
encoding, wrong ordinals, "UN", the Organization's names and country
names; headings for abbreviations; paragraphs, list items and footnotes for document symbols and "the IOM", and outside
the annexes (which hold lists, tables and figures) for per cent and figures
under 10, and, but for list items, for being cut off or begun elsewhere;
the paragraphs and items of a section together for repeated sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .._findings import Finding
from .._model import Meeting
from . import text_rules as rules
from .context import Context
from .units import Unit

__all__ = ["check_model_text", "check_units"]


def _anywhere(context: Context, text: str) -> Iterator[Finding]:
    """The rules for any text a reader sees, unplaced."""
    meeting = context.meeting
    yield from rules.placeholders(text, context.known)
    yield from rules.mojibake(text)
    yield from rules.wrong_ordinals(text, meeting.number, meeting.series)
    yield from rules.un_abbreviated(text, context.known)
    yield from rules.un_name_problems(text)
    yield from rules.country_problems(text)


def _in_unit(
    context: Context, unit: Unit, in_data: frozenset[tuple[str, str]]
) -> Iterator[Finding]:
    """The rules for one unit, unplaced. What the rules for any text find in
    words that come from the data file (a name, a function) is left to the
    data file's own check, so that it is reported once, where it is mended."""
    text = unit.text
    for finding in _anywhere(context, text):
        if (finding.code, finding.text) not in in_data:
            yield finding
    if unit.kind == "heading":
        yield from rules.abbreviations_in_heading(text, context.names)
        return
    yield from rules.symbol_problems(text)
    yield from rules.abbreviation_articles(text, context.organizations)
    yield from rules.possessive_abbreviations(text, context.known, context.names)
    if unit.part.startswith("annex"):
        return  # annexes hold lists, tables and figures
    yield from rules.per_cent(text)
    yield from rules.figures_under_ten(text)
    if unit.kind in ("paragraph", "footnote"):
        if (end := rules.cut_off(text)) is not None:
            yield end
        if (start := rules.starts_mid_sentence(text)) is not None:
            yield start


def _repeats(units: Sequence[Unit]) -> Iterator[Finding]:
    """Sentences repeated within a section (its subsections included), each
    placed where it repeats: at the second occurrence."""
    by_part: dict[str, list[Unit]] = {}
    for unit in units:
        if unit.kind in ("paragraph", "item"):
            by_part.setdefault(unit.part.split(".")[0], []).append(unit)
    for part_units in by_part.values():
        for index, finding in rules.repeats([u.text for u in part_units]):
            yield part_units[index].place(finding)


def _spelled_two_ways(context: Context, units: Sequence[Unit]) -> Iterator[Finding]:
    """An abbreviation spelled out in the text otherwise than before, in any
    file, or than in the data file: at the second spelling."""
    texts = [unit for unit in units if unit.kind != "heading"]
    # The data file's names count even where the report does not mention
    # them: "GCM" written out by hand otherwise than the data file says.
    names = {
        **{abbr: defined.name for abbr, defined in context.defined.items()},
        **context.names,
    }
    for index, finding in rules.spelled_two_ways([unit.text for unit in texts], names):
        yield texts[index].place(finding)


def check_units(
    context: Context, units: Sequence[Unit], in_data: Iterable[Finding] = ()
) -> Iterator[Finding]:
    """The findings of the text rules in the text a reader sees. ``in_data``
    are the findings of :func:`check_model_text`: what they report in words
    that a mention brings into the text is not reported again there."""
    reported = frozenset(
        (finding.code, finding.text)
        for finding in in_data
        # Only words distinctive enough to be the data file's own ("TomÃ¡Å¡"),
        # not a short "UN" or "TBC" the summary may hold as well.
        if len(finding.text) > 5
    )
    for unit in units:
        for finding in _in_unit(context, unit, reported):
            yield unit.place(finding)
    yield from _repeats(units)
    yield from _spelled_two_ways(context, units)


def _model_strings(meeting: Meeting) -> Iterator[tuple[object, str, str]]:
    """The meeting's strings that the documents show: (value, field, text)."""
    yield meeting, "series", meeting.series
    for i, text in enumerate(meeting.objectives):
        yield meeting, f"objectives[{i}]", text.text
    for i, item in enumerate(meeting.agenda):
        yield meeting, f"agenda[{i}]", item.title
    for person in meeting.people:
        for field in ("honorific", "given_name", "family_name", "function"):
            if value := getattr(person, field):
                yield person, field, value
    for org in meeting.all_organizations:
        yield org, "name", org.name
    for doc in meeting.documents:
        yield doc, "title", doc.title
    yield meeting.venue, "name", meeting.venue.name
    yield meeting.venue, "city", meeting.venue.city
    yield meeting.organizer, "department", meeting.organizer.department
    yield meeting.organizer, "division", meeting.organizer.division
    for day in meeting.programme:
        if day.note:
            yield day, "note", day.note.text
        for s, session in enumerate(day.sessions):
            yield day, f"sessions[{s}].name", session.name
            for t, talk in enumerate(session.presentations):
                yield day, f"sessions[{s}].presentations[{t}].title", talk.title
    for paper in meeting.papers:
        yield paper, "title", paper.title
    for event in meeting.side_events:
        for field in ("title", "organizer", "location", "note"):
            if value := getattr(event, field):
                yield event, field, str(value)
    for panel in meeting.panels:
        yield panel, "title", panel.title
        for field in ("background", "steps"):
            for i, text in enumerate(getattr(panel, field)):
                yield panel, f"{field}[{i}]", str(text)


def check_model_text(context: Context) -> Iterator[Finding]:
    """The findings of the text rules in the meeting's strings, and of
    abbreviations in the agenda's items (the sections' headings)."""
    meeting = context.meeting
    for value, field, text in _model_strings(meeting):
        for finding in _anywhere(context, text):
            yield context.place(finding, value, field)
    for index, item in enumerate(meeting.agenda):
        for token in rules.capitals_tokens(item.title):
            yield context.at_value(
                "abbreviation-in-heading",
                meeting,
                f"agenda[{index}]",
                f"abbreviation {token!r} in the agenda item {item.numeral}",
                "write the name in full",
                text=token,
            )
