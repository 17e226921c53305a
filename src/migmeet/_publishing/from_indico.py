"""A meeting folder from an Indico event (``migmeet new DIR --from-indico``).

The event's export (read by :mod:`migmeet._reading.indico`) gives the
meeting's title, dates, time zone and venue, and its timetable: the agenda
drafted from its sessions and the programme's days and sessions come from
:mod:`.indico_programme`, the people and organizations named from
:mod:`.indico_people`. A title with an ordinal ("Sixteenth Coordination
Meeting on ...") gives the series and the number.

What Indico does not hold (honorifics, functions, organizations' kinds and
abbreviations, the organizer, the objectives, the agenda's wording and
numbering, the summaries) is listed in the data file's ``[to_fill]`` table,
which ``migmeet check`` reports until each entry is removed, and returned
as the list of what is left to do. The data file is written as text with
every value escaped by tomlkit, commented like the sample's.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import tomlkit

from .._reading import DATA_FILE, SCHEMA_FILE, data_file_schema_text
from .._reading.indico import (
    IndicoEvent,
    IndicoExportError,
    read_indico_event,
)
from .._style import ordinal_word
from .._writing import write_new_folder
from .indico_people import HONORIFIC_TO_FILL, Directory
from .indico_programme import Programme, Slot
from .next_meeting import refuse_target

__all__ = ["write_meeting_from_indico"]

_WEEKDAYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
#: The ordinal words up to a meeting's likely number, for reading titles.
_ORDINALS = {ordinal_word(n).casefold(): n for n in range(1, 200)}
_NUMBERED = re.compile(r"^(?:the\s+)?(\S+)\s+(.+)$", re.IGNORECASE)
_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)


#: What the data file says over its organizations and people.
_PEOPLE_COMMENT = (
    "# --- organizations and people, as Indico names them -----------------",
    '# One organization per affiliation. Set each one\'s "kind": "UN entity",',
    '# "Member State", "intergovernmental organization", "civil society",',
    '# "academia", "private sector" or "other"; its "abbreviation" if it has',
    '# one; "article = false" for names that take no "the".',
    "# People: the honorific (Mr., Ms., Ambassador, ...), names as they write",
    '# them, "function" and "organization" (a key of [organizations]);',
    '# "family_name_first = true" puts the family name first ("Liu Zhenmin").',
    "",
)
#: What the data file says over its programme.
_PROGRAMME_COMMENT = (
    "# --- the programme, from Indico's timetable ----------------------------",
    "# One [[programme]] a day; its sessions are the parts of the day between",
    "# breaks. Each Indico session is an agenda item, moderated by its",
    "# conveners; each contribution a presentation, its speakers presenting.",
    "",
)


def _value(value: object) -> str:
    """``value`` as TOML, escaped."""
    return tomlkit.item(value).as_string()


def _comment(text: str) -> str:
    """``text`` fit for a TOML comment, which takes no control character."""
    return "".join(ch if ch.isprintable() else "?" for ch in text)


def _series(title: str) -> tuple[str, int | None]:
    """("Coordination Meeting on International Migration", 16) from the
    title "Sixteenth Coordination Meeting on International Migration"."""
    match = _NUMBERED.match(title)
    if match is not None:
        word = match[1].casefold()
        digits = _DIGITS.match(word)
        number = int(digits[1]) if digits else _ORDINALS.get(word)
        if number is not None and number > 0:
            return match[2], number
    return title, None


def _time(moment: dt.datetime) -> str:
    return _value(f"{moment.hour:02d}.{moment.minute:02d}")


def _session_lines(name: str, slots: list[Slot]) -> Iterator[str]:
    yield "[[programme.sessions]]"
    yield f"name = {_value(name)}"
    yield f"start = {_time(min(s.start for s in slots))}"
    yield f"end = {_time(max(s.end for s in slots))}"
    moderators: dict[int, list[str]] = {}
    for slot in slots:
        if slot.item is not None:
            moderators.setdefault(slot.item, [])
            moderators[slot.item] += [
                m for m in slot.moderators if m not in moderators[slot.item]
            ]
    entries = [
        f"{{ number = {n}, moderators = {_value(keys)} }}" if keys else str(n)
        for n, keys in moderators.items()
    ]
    if entries:
        yield "agenda_items = [" + ", ".join(entries) + "]"
    for slot in slots:
        for title, presenters, item in slot.presentations:
            yield ""
            yield "[[programme.sessions.presentations]]"
            yield f"title = {_value(title)}"
            if presenters:
                yield f"presenters = {_value(list(presenters))}"
            if item is not None:
                yield f"agenda_item = {item}"
    yield ""


def _people_lines(directory: Directory) -> Iterator[str]:
    for organization in directory.organizations.values():
        yield f"[organizations.{organization.key}]"
        yield f"name = {_value(organization.name)}"
        if organization.abbreviation is not None:
            yield f"abbreviation = {_value(organization.abbreviation)}"
        yield 'kind = "other"  # to fill: Indico does not say what kind of body it is'
        yield ""
    for person in directory.people.values():
        yield f"[people.{person.key}]"
        if person.honorific is None:
            honorific = _value(HONORIFIC_TO_FILL)
            yield f"honorific = {honorific}  # to fill: Indico holds none"
        else:
            yield f"honorific = {_value(person.honorific)}"
        if person.given_name:
            yield f"given_name = {_value(person.given_name)}"
        yield f"family_name = {_value(person.family_name)}"
        if person.organization is not None:
            yield f"organization = {_value(person.organization)}"
        yield ""


def _to_fill(
    event: IndicoEvent, directory: Directory, numbered: bool
) -> dict[str, str]:
    to_fill = {}
    if not numbered:
        to_fill["series"] = (
            f"the title {event.title!r} carries no ordinal: "
            "set meeting.series and meeting.number"
        )
    place = ", ".join(p for p in (event.location, event.room, event.address) if p)
    to_fill["venue"] = f"check meeting.venue (Indico gives: {place or 'no place'})"
    to_fill["organizer"] = (
        "set meeting.organizer (the sample's department and division)"
    )
    to_fill["agenda"] = (
        "check meeting.agenda, drafted from Indico's sessions in time order, its "
        "wording and numbering, and the agenda item of each presentation"
    )
    if not event.blocks and any(c.session for c in event.contributions):
        to_fill["moderators"] = (
            "set the moderators of each agenda item in the programme (an export "
            "with detail=contributions names no conveners)"
        )
    to_fill["objectives"] = "write meeting.objectives"
    to_fill["participants"] = (
        "list meeting.participants (Indico's export names only chairs, "
        "conveners and speakers)"
    )
    for person in directory.people.values():
        if person.honorific is None:
            to_fill[f"honorific_{person.key}"] = (
                f"set the honorific of {person.given_name} {person.family_name} "
                f"([people.{person.key}]: Mr., Ms., Ambassador, ...)"
            )
    to_fill["people"] = (
        "add each person's function, and family_name_first = true for those "
        "who write the family name first"
    )
    if directory.organizations:
        to_fill["organizations"] = (
            "set each organization's kind, abbreviation and article = false "
            "where it takes no 'the'"
        )
    to_fill["abbreviations"] = "add the [terms] the summaries abbreviate (SDGs, ...)"
    to_fill["summaries"] = "write the summaries (items/*.rst) after the meeting"
    return to_fill


def _city(event: IndicoEvent) -> str:
    """The city, from the address if it names one: a part after the first
    (the street or building) without its postcode and state code, the time
    zone's city if the address names it; else the time zone's city."""
    zone_city = event.time_zone.rsplit("/", 1)[-1].replace("_", " ")
    parts = re.split(r"[,\n]", event.address)[1:]
    candidates = [
        " ".join(w for w in part.split() if not any(ch.isdigit() for ch in w))
        for part in parts
    ]
    candidates = [c for c in candidates if c and not (len(c) == 2 and c.isupper())]
    if zone_city in candidates or not candidates:
        return zone_city
    return candidates[0]


def _data_file(
    event: IndicoEvent, source: str
) -> tuple[str, list[str], dict[str, str]]:
    """The data file's text, what Indico's timetable left out, the to-fill table."""
    directory = Directory()
    programme = Programme(event, directory)
    series, number = _series(event.title)
    city = _city(event)
    lines = [
        "# A meeting folder written by migmeet from the Indico event",
        f"# {_comment(event.title)}",
        f"# ({_comment(source)}). What Indico does not hold is listed in [to_fill]",
        "# at the end: fill it, remove each entry, and run:",
        "#   migmeet check THIS-FOLDER",
        "",
        "[meeting]",
        f"series = {_value(series)}",
        f"number = {number or 1}" + ("" if number else "  # to fill: not in the title"),
        f"first_day = {event.start.date().isoformat()}",
        f"last_day = {event.end.date().isoformat()}",
        f"venue = {{ name = {_value(event.location or 'to fill')}, "
        f"city = {_value(city)}, "
        f"time_zone = {_value(event.time_zone)} }}",
        'organizer = { department = "Department of Economic and Social Affairs", '
        'division = "Population Division" }',
        "# The agenda, drafted from Indico's sessions in time order (I, II, ...).",
        "agenda = [",
        *(f"  {_value(title)}," for title in programme.agenda),
        "]",
        "objectives = []",
    ]
    if event.room:
        lines.append(f"# Indico's room: {_comment(event.room)}")
    programme_lines: list[str] = []
    for day, sessions in programme.days():
        programme_lines += ["[[programme]]", f"date = {day.isoformat()}"]
        programme_lines += [f'weekday = "{_WEEKDAYS[day.weekday()]}"', ""]
        for name, slots in sessions:
            programme_lines += _session_lines(name, slots)
    people_lines = list(_people_lines(directory))
    keys = [_value(p.key) for p in directory.people.values()]
    lines.append("participants = [")
    lines += [f"  {', '.join(keys[i : i + 6])}," for i in range(0, len(keys), 6)]
    lines.append("]")
    lines += ["", *_PEOPLE_COMMENT]
    lines += people_lines
    lines += [*_PROGRAMME_COMMENT, *programme_lines]
    to_fill = _to_fill(event, directory, number is not None)
    lines += [
        "# What Indico does not hold: fill each, then remove its entry.",
        "[to_fill]",
    ]
    lines += [f"{key} = {_value(what)}" for key, what in to_fill.items()]
    return "\n".join(lines) + "\n", programme.unscheduled, to_fill


def write_meeting_from_indico(
    event_json: str | os.PathLike[str], folder: str | os.PathLike[str]
) -> list[str]:
    """Write a meeting folder from an event exported by Indico's HTTP API.

    Args:
        event_json: the export of one event, ``/export/event/ID.json`` with
            ``detail=sessions`` (or ``detail=contributions``).
        folder: the folder to write, absent or empty; written all at once.

    Returns:
        What is left to do, in order: what Indico does not hold.

    Raises:
        MigmeetError: ``folder`` exists and is not empty, or the file is
            not an event's export (the message says what is wrong and where).
    """
    source, target = Path(event_json), Path(folder)
    refuse_target(target)
    event = read_indico_event(source)
    if not any(c.start is not None for c in event.contributions) and not event.blocks:
        raise IndicoExportError(
            f"{source}: the event's export holds no timetable (no session and no "
            "contribution with a time): export it with ?detail=sessions, once "
            "its timetable is in Indico"
        )
    text, unscheduled, to_fill = _data_file(event, source.name)
    # The data file names the schema written beside it, for editors that
    # check a TOML file as it is typed (as `migmeet new` does).
    text = f"#:schema ./{SCHEMA_FILE}\n{text}"
    write_new_folder(
        target,
        {
            DATA_FILE: text.encode("utf-8"),
            SCHEMA_FILE: data_file_schema_text().encode("utf-8"),
        },
    )
    steps = [f"{key}: {what}" for key, what in to_fill.items()]
    steps += [
        f"{title!r} has no time in Indico's timetable: left out"
        for title in unscheduled
    ]
    return [
        *steps,
        f"remove each entry of the [to_fill] table of {target / DATA_FILE} "
        "once it is filled",
        f"run: migmeet check {shlex.quote(str(target))}   "
        "(it lists what is still to fill)",
    ]
