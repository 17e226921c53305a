"""The text rules run over the report's text: each unit a reader sees, and
every string of the model (the meeting's data) that the documents print.

Which rule reads which text: every text is read for editing notes, broken
encoding, markup left in (of the data file's prose, but for the roles and
links it reads), wrong ordinals, "UN", the Organization's names and country
names, spelling, spacing and punctuation and ordinals in figures; headings
for abbreviations; paragraphs, list items and footnotes for document
symbols, "the IOM" and possessives, and outside the annexes (which hold
lists, tables and figures) for per cent and figures under 10, for capitals
(as do the data file's prose fields, not its titles), for resolutions cited
by symbol (but in footnotes), and, but for list items, for being cut off or
begun elsewhere; the paragraphs and items of a section together for
repeated sentences; all running text of the folder together for a title
capitalized two ways. The data file's titles and prose go through the
rules of running text too (:mod:`.model_text` says which strings are
which), each finding at its line; what a unit prints from the data file is
reported there, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from .._findings import Finding
from . import text_rules as rules
from .context import Context
from .model_text import ModelText, model_texts
from .units import Unit

__all__ = ["check_model_text", "check_units"]


def _anywhere(context: Context, text: str) -> Iterator[Finding]:
    """The rules for any text a reader sees, unplaced."""
    meeting = context.meeting
    yield from rules.placeholders(text, context.known)
    yield from rules.mojibake(text)
    yield from rules.wrong_ordinals(
        text, meeting.number, meeting.series, meeting.first_day.year
    )
    yield from rules.un_abbreviated(text, context.known)
    yield from rules.un_name_problems(text)
    yield from rules.country_problems(text)
    yield from rules.misspellings(text, context.speller)
    yield from rules.punctuation_problems(text)
    yield from rules.ordinals_in_figures(text, meeting.series)


def _manual_running_text(text: str, footnote: bool = False) -> Iterator[Finding]:
    """The Manual's rules for running text (not headings, titles or lists):
    capitals, and resolutions cited by symbol (but in a footnote)."""
    yield from rules.capitalized_generics(text)
    yield from rules.capitalized_references(text)
    if not footnote:
        yield from rules.bare_resolution_symbols(text)


#: Words in italics in a summary as written: a publication's title, quoted
#: as it is published ("*UN Ideas That Changed the World*").
_ITALIC = re.compile(r"(?<![*\w])\*(?!\*)([^*\n]|\n(?!\n)){1,300}?\*(?![*\w])")


def _in_title(unit: Unit, words: str) -> bool:
    """Whether ``words`` stand only in italics in the unit as written."""
    if not unit.raw or words not in unit.raw:
        return False
    return all(
        any(m.start() <= at < m.end() for m in _ITALIC.finditer(unit.raw))
        for at in (found.start() for found in re.finditer(re.escape(words), unit.raw))
    )


def _in_unit(context: Context, unit: Unit) -> Iterator[Finding]:
    """The rules for one unit, unplaced."""
    text = unit.text
    for finding in _anywhere(context, text):
        if finding.code == "un-abbreviation" and _in_title(unit, finding.text):
            continue  # a title quoted as published keeps its "UN"
        yield finding
    yield from rules.markup_left(text)
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
    for finding in _manual_running_text(text, unit.kind == "footnote"):
        if (
            finding.code == "bare-resolution-symbol"
            and unit.raw
            and finding.text not in unit.raw
        ):
            continue  # printed by a :doc: mention, not typed by the author
        yield finding
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


def _data_sources(
    context: Context, in_data: Iterable[Finding]
) -> dict[tuple[str, str], list[str]]:
    """For each (code, words) that the data file's check found, the data
    file's strings holding those words: where a unit prints one of them,
    the finding is the data file's, reported there."""
    found = {(finding.code, finding.text) for finding in in_data}
    if not found:
        return {}
    sources: dict[tuple[str, str], list[str]] = {}
    for string in model_texts(context.report):
        for code, words in found:
            if words and words in string.text:
                sources.setdefault((code, words), []).append(string.text)
    return sources


def check_units(
    context: Context, units: Sequence[Unit], in_data: Iterable[Finding] = ()
) -> Iterator[Finding]:
    """The findings of the text rules in the text a reader sees. ``in_data``
    are the findings of :func:`check_model_text`: one in words that a unit
    prints from the data file (a name, a function, an agenda item's title)
    is not reported again in the unit, but once, where it is mended."""
    sources = _data_sources(context, in_data)
    for unit in units:
        for finding in _in_unit(context, unit):
            held = sources.get((finding.code, finding.text), ())
            if any(source in unit.text for source in held):
                continue
            yield unit.place(finding)
    yield from _repeats(units)
    yield from _spelled_two_ways(context, units)
    yield from _capitalized_two_ways(context, units)


def _capitalized_two_ways(context: Context, units: Sequence[Unit]) -> Iterator[Finding]:
    """A title capitalized otherwise than where it first stands in the
    running text of the data file (its prose fields) or the summaries: at
    the other capitalization."""
    prose = [
        (string.value, string.field, string.text)
        for string in model_texts(context.report)
        if string.kind == "prose"
    ]
    texts = [unit for unit in units if unit.kind != "heading"]
    for index, finding in rules.inconsistent_capitals(
        [text for _, _, text in prose] + [unit.text for unit in texts]
    ):
        if index < len(prose):
            value, field, _ = prose[index]
            yield context.place(finding, value, field)
        else:
            yield texts[index - len(prose)].place(finding)


def _running_text(context: Context, text: str) -> Iterator[Finding]:
    """The rules of running text, for a data file's titles and prose."""
    yield from rules.symbol_problems(text)
    yield from rules.abbreviation_articles(text, context.organizations)
    yield from rules.possessive_abbreviations(text, context.known, context.names)
    yield from rules.per_cent(text)
    yield from rules.figures_under_ten(text)


def _model_findings(context: Context, string: ModelText) -> Iterator[Finding]:
    yield from _anywhere(context, string.text)
    yield from rules.markup_left(string.text, prose=string.kind == "prose")
    if string.kind != "name":
        yield from _running_text(context, string.text)
    if string.kind == "prose":
        yield from _manual_running_text(string.text)


#: Honorifics that United Nations documents write with a full stop.
_WITHOUT_FULL_STOP = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "Messrs", "Mmes"})


def check_model_text(context: Context) -> Iterator[Finding]:
    """The findings of the text rules in the meeting's strings, each at its
    place in the data file, and of abbreviations in the agenda's items (the
    sections' headings)."""
    meeting = context.meeting
    for string in model_texts(context.report):
        for finding in _model_findings(context, string):
            yield context.place(finding, string.value, string.field)
    for person in meeting.people:
        if person.honorific in _WITHOUT_FULL_STOP:
            yield context.at_value(
                "honorific",
                person,
                "honorific",
                f"{person.honorific!r} without its full stop: United Nations "
                f"documents write '{person.honorific}.'",
                f'write honorific = "{person.honorific}."',
                text=person.honorific,
            )
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
