"""Checks before a document goes out: findings with a code, a place and a fix.

:func:`check_report` reads a report two ways. The finished document tree
(mentions resolved, exactly the text a reader sees) goes through the text
rules of :mod:`migmeet._text_rules`, paragraph by paragraph, each finding
placed at its file and line (a meeting folder) or its section and paragraph
(a report built in Python). The model goes through the structural rules:
sections against the agenda, the programme's days and sessions, speakers
against presenters, the list of abbreviations.

Every check has a stable code (``CHECKS``); a meeting may switch codes off,
each with the reason why.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs
from docutils import nodes

from .._dsl import Report
from .._errors import InvalidValueError
from .._findings import CHECKS, Finding, Severity, check_ignores
from .._model import Organization, Person, Term
from .._reading import Locator
from .._style import to_roman
from .._tree import finish_tree, footnote_text, report_tree
from . import text_rules as rules

__all__ = ["check_report"]


# --- the text a reader sees, piece by piece ------------------------------------


@attrs.frozen(kw_only=True)
class _Unit:
    text: str
    kind: str  # "paragraph", "item" (in a list), "footnote", "heading"
    part: str  # "preface", "section II", ...
    scope: str  # the part whose first mentions it shares
    file: str | None
    line: int | None
    where: str


_AUTHORED = ("item-", "annex-")
# Capitals that other checks report: "UN" and editing notes.
_OTHER_CHECKS_TOKENS = frozenset({"UN", "TODO", "TBD", "TBC", "FIXME", "XXX"})


def _part_name(ident: str) -> str:
    if ident == "report":
        return "introduction"
    if match := re.fullmatch(r"item-(\d+)(?:-([A-Z]))?", ident):
        name = f"section {to_roman(int(match[1]))}"
        return f"{name}.{match[2]}" if match[2] else name
    if match := re.fullmatch(r"annex-(\d+)", ident):
        return f"annex {to_roman(int(match[1]))}"
    return ident


def _text_without_footnotes(node: nodes.Element) -> str:
    clone = node.deepcopy()
    for note in list(clone.findall(footnote_text)):
        note.parent.remove(note)
    return " ".join(clone.astext().split())


def _units(document: nodes.document) -> Iterator[_Unit]:
    for section in document.findall(nodes.section):
        ident = section["ids"][0] if section["ids"] else ""
        if ident not in ("preface", "report") and not ident.startswith(_AUTHORED):
            continue  # the contents and the notes are generated
        part = _part_name(ident)
        scope = "body" if ident == "report" or ident.startswith("item-") else ident
        title = section[0]
        if isinstance(title, nodes.title) and ident.startswith(("item-", "annex-")):
            yield _Unit(
                text=" ".join(title.astext().split()),
                kind="heading",
                part=part,
                scope=scope,
                file=None,
                line=None,
                where=f"{part}, heading",
            )
        count = 0
        for node in section.findall(nodes.paragraph):
            if node.parent is not section and _owning_section(node) is not section:
                continue
            count += 1
            where = f"{part}, paragraph {count}"
            in_list = isinstance(node.parent, nodes.list_item)
            yield _Unit(
                text=_text_without_footnotes(node),
                kind="item" if in_list else "paragraph",
                part=part,
                scope=scope,
                file=node.source,
                line=node.line,
                where=where,
            )
            for number, note in enumerate(node.findall(footnote_text), 1):
                yield _Unit(
                    text=" ".join(note.astext().split()),
                    kind="footnote",
                    part=part,
                    scope=scope,
                    file=node.source,
                    line=node.line,
                    where=f"{where}, footnote {number}",
                )


def _without(text: str, abbreviations: Iterable[str]) -> str:
    """``text`` with the known abbreviations blanked, longest first, so that
    "UN DESA" is not read as "UN" and "DESA"."""
    for abbreviation in sorted(abbreviations, key=len, reverse=True):
        text = re.sub(rf"(?<![\w\-/]){re.escape(abbreviation)}(?![\w\-/])", " ", text)
    return text


def _owning_section(node: nodes.Node) -> nodes.Node | None:
    current = node.parent
    while current is not None and not isinstance(current, nodes.section):
        current = current.parent
    return current


# --- the checks -------------------------------------------------------------------


def _abbreviation_names(report: Report) -> dict[str, str]:
    """Every abbreviation the report can show, with the name it stands for."""
    mentions = list(report.mentions())
    entities: list[Organization | Term] = [
        *report.meeting.all_organizations,
        *report.abbreviations,
        *(e for e in mentions if isinstance(e, Organization | Term)),
        *(p.organization for p in mentions if isinstance(p, Person) and p.organization),
    ]
    names: dict[str, str] = {}
    for entity in entities:
        if entity.abbreviation:
            names.setdefault(entity.abbreviation, entity.name)
    return names


class _Collector:
    def __init__(self, report: Report, locator: Locator | None) -> None:
        self.report = report
        self.meeting = report.meeting
        self.locator = locator
        self.findings: list[Finding] = []
        # Every abbreviation the report can show, with the name it stands for.
        self.names = _abbreviation_names(report)
        self.known = set(self.names)

    def add(
        self,
        code: str,
        message: str,
        fix: str | None,
        *,
        file: str | None,
        line: int | None,
        where: str,
    ) -> None:
        self.findings.append(
            Finding(
                code=code,
                severity=CHECKS[code].severity,
                message=message,
                fix=fix,
                file=file,
                line=line,
                where=where,
            )
        )

    def at_unit(
        self, code: str, unit: _Unit, message: str, fix: str | None = None
    ) -> None:
        self.add(code, message, fix, file=unit.file, line=unit.line, where=unit.where)

    def at_value(
        self, code: str, value: object, field: str, message: str, fix: str | None = None
    ) -> None:
        file, line, where = (
            self.locator.place(value, field) if self.locator else (None, None, field)
        )
        self.add(code, message, fix, file=file, line=line, where=where)

    # Text anywhere a reader sees it

    def common_text(
        self, text: str, report_to: Callable[[str, str, str | None], None]
    ) -> None:
        if notes := rules.placeholders(text):
            listed = ", ".join(repr(hit.text) for hit in notes)
            report_to(
                "placeholder",
                f"editing note{'s' * (len(notes) > 1)} left in: {listed}",
                "remove the note or finish the text",
            )
        for hit in rules.mojibake(text):
            report_to(
                "mojibake",
                f"{hit.text!r} looks like broken encoding of {hit.fix!r}",
                f"write {hit.fix!r}",
            )
        for hit in rules.wrong_ordinals(text, self.meeting.number, self.meeting.series):
            report_to(
                "wrong-ordinal",
                f"{hit.text!r} names another meeting than this, the "
                f"{self.meeting.title.split()[0].lower()}",
                f"write {hit.fix!r}",
            )
        for _ in rules.un_abbreviated(text, self.known):
            report_to(
                "un-abbreviation",
                "'UN' for United Nations; it is not abbreviated in English",
                "write 'United Nations'",
            )

    def units(self, units: list[_Unit]) -> None:
        known = self.known
        for unit in units:

            def report_to(
                code: str, message: str, fix: str | None, unit: _Unit = unit
            ) -> None:
                self.at_unit(code, unit, message, fix)

            self.common_text(unit.text, report_to)
            if unit.kind == "heading":
                self.heading(unit)
                continue
            for hit in rules.symbol_problems(unit.text):
                report_to("symbol", f"document symbol {hit.text!r} {hit.fix}", None)
            for hit in rules.abbreviation_articles(unit.text, known):
                report_to(
                    "article-before-abbreviation",
                    f"{hit.text!r}: UN style uses no article before an abbreviation",
                    f"write {hit.fix!r}",
                )
            if unit.part.startswith("annex"):
                continue  # annexes hold lists, tables and figures
            for hit in rules.per_cent(unit.text):
                report_to(
                    "per-cent", f"{hit.text!r} in running text", f"write {hit.fix!r}"
                )
            for hit in rules.figures_under_ten(unit.text):
                report_to(
                    "figure-under-ten",
                    f"the figure {hit.text} in running text",
                    f"write {hit.fix!r}",
                )
            if unit.kind in ("paragraph", "footnote"):
                if (end := rules.cut_off(unit.text)) is not None:
                    report_to(
                        "cut-off-paragraph",
                        f"ends without final punctuation: '...{end.text}'",
                        "finish the sentence",
                    )
                if (start := rules.starts_mid_sentence(unit.text)) is not None:
                    report_to(
                        "stray-fragment",
                        f"starts in the middle of a sentence: '{start.text}...'",
                        "join it to the paragraph it belongs to, or finish it",
                    )
        self.repeats(units)
        self.abbreviation_use(units, known)

    def heading(self, unit: _Unit) -> None:
        names = self.names
        for token in rules.capitals_tokens(unit.text):
            fix = (
                f"write {names[token]!r}"
                if token in names
                else "write the name in full"
            )
            self.at_unit(
                "abbreviation-in-heading",
                unit,
                f"abbreviation {token!r} in a heading",
                fix,
            )

    def repeats(self, units: list[_Unit]) -> None:
        by_part: dict[str, list[_Unit]] = {}
        for unit in units:
            if unit.kind in ("paragraph", "item"):
                by_part.setdefault(unit.part.split(".")[0], []).append(unit)
        for part_units in by_part.values():
            for hit in rules.near_repeats([u.text for u in part_units]):
                unit = next(u for u in part_units if hit.text in u.text)
                self.at_unit(
                    "repeated-sentence",
                    unit,
                    f"repeats an earlier sentence of this section: {hit.text[:70]!r}",
                    f"remove one of the two; the first reads {hit.fix[:70]!r}"
                    if hit.fix
                    else None,
                )

    def abbreviation_use(self, units: list[_Unit], known: set[str]) -> None:
        defined_in_text = {
            match.group(1)
            for unit in units
            for match in re.finditer(r"\(([A-Z][A-Za-z0-9 ]{1,9})\)", unit.text)
        }
        seen: dict[str, set[str]] = {}
        warned_early: set[tuple[str, str]] = set()
        warned: set[str] = set()
        for unit in units:
            if unit.kind == "heading":
                continue
            scope_seen = seen.setdefault(unit.scope, set())
            for abbreviation in sorted(known, key=len, reverse=True):
                for match in re.finditer(
                    rf"(?<![\w\-/]){re.escape(abbreviation)}(?![\w\-/])", unit.text
                ):
                    before, after = unit.text[: match.start()], unit.text[match.end() :]
                    spelled = before.endswith("(") and after.startswith(")")
                    if (
                        abbreviation not in scope_seen
                        and not spelled
                        and (unit.scope, abbreviation) not in warned_early
                    ):
                        warned_early.add((unit.scope, abbreviation))
                        self.at_unit(
                            "undefined-abbreviation",
                            unit,
                            f"{abbreviation!r} is used before it is spelled out",
                            "mention the organization or term, so that migmeet "
                            "spells it out, "
                            "rather than write the abbreviation",
                        )
                    scope_seen.add(abbreviation)
            for token in rules.capitals_tokens(_without(unit.text, known)):
                if token in known or token in warned or token in _OTHER_CHECKS_TOKENS:
                    continue
                warned.add(token)
                if token in defined_in_text:
                    message = (
                        f"{token!r} is spelled out in the text but is not an "
                        "organization "
                        "or term of the meeting, so the list of abbreviations misses it"
                    )
                else:
                    message = f"{token!r} is not defined anywhere"
                self.at_unit(
                    "undefined-abbreviation",
                    unit,
                    message,
                    f"add {token!r} as an organization or term and mention it",
                )
        used = {a for s in seen.values() for a in s}
        for extra in self.report.abbreviations:
            if extra.abbreviation not in used:
                self.at_value(
                    "unused-abbreviation",
                    extra,
                    "abbreviation",
                    f"{extra.abbreviation!r} is listed among the abbreviations but the "
                    "text never uses it",
                    "remove it from the report's abbreviations",
                )

    # The model

    def model_text(self) -> None:
        meeting = self.meeting
        strings: list[tuple[object, str, str]] = [(meeting, "series", meeting.series)]
        strings += [
            (meeting, f"objectives[{i}]", text)
            for i, text in enumerate(meeting.objectives)
        ]
        strings += [
            (meeting, f"agenda[{i}]", item.title)
            for i, item in enumerate(meeting.agenda)
        ]
        for person in meeting.people:
            for field in ("honorific", "given_name", "family_name", "function"):
                if value := getattr(person, field):
                    strings.append((person, field, value))
        strings += [(org, "name", org.name) for org in meeting.all_organizations]
        strings += [(doc, "title", doc.title) for doc in meeting.documents]
        for day in meeting.programme:
            if day.note:
                strings.append((day, "note", day.note))
            for s, session in enumerate(day.sessions):
                for t, talk in enumerate(session.presentations):
                    strings.append(
                        (day, f"sessions[{s}].presentations[{t}].title", talk.title)
                    )
        for value, field, text in strings:

            def report_to(
                code: str,
                message: str,
                fix: str | None,
                value: object = value,
                field: str = field,
            ) -> None:
                self.at_value(code, value, field, message, fix)

            self.common_text(text, report_to)
        for index, item in enumerate(meeting.agenda):
            for token in rules.capitals_tokens(item.title):
                self.at_value(
                    "abbreviation-in-heading",
                    meeting,
                    f"agenda[{index}]",
                    f"abbreviation {token!r} in the agenda item {item.numeral}",
                    "write the name in full",
                )

    def sections(self) -> None:
        if not self.report.sections:
            return  # the report is not written yet
        present = {section.number: section for section in self.report.sections}
        for item in self.meeting.agenda:
            section = present.get(item.number)
            if section is None:
                self.at_value(
                    "missing-section",
                    self.meeting,
                    f"agenda[{item.number - 1}]",
                    f"agenda item {item.numeral}, {item.title!r}, has no section "
                    "in the report",
                    f"write its summary (in a meeting folder, "
                    f"items/{item.number:02d}-....rst)",
                )
            elif (
                section.title
                and " ".join(section.title.split()).casefold() != item.title.casefold()
            ):
                source = section.source
                self.findings.append(
                    Finding(
                        code="section-title",
                        severity=CHECKS["section-title"].severity,
                        message=f"section {item.numeral} is titled "
                        f"{section.title!r}, but the "
                        f"agenda item is {item.title!r}",
                        fix="use the agenda's title, or change the agenda",
                        file=source.file if source else None,
                        line=source.line if source else None,
                        where=f"section {item.numeral}, heading",
                    )
                )

    def programme(self) -> None:
        meeting = self.meeting
        seen_dates: dict[dt.date, int] = {}
        for index, day in enumerate(meeting.programme):
            label = day.date.strftime("%d %B %Y").lstrip("0")
            weekday = day.date.strftime("%A")
            if day.weekday and day.weekday.strip().casefold() != weekday.casefold():
                self.at_value(
                    "weekday",
                    day,
                    "weekday",
                    f"{label} was a {weekday}, not a {day.weekday}",
                    f"write {weekday!r}, or correct the date",
                )
            if day.date in seen_dates:
                self.at_value(
                    "same-date",
                    day,
                    "date",
                    f"day {index + 1} has the same date as day "
                    f"{seen_dates[day.date] + 1}, {label}",
                    "correct the date of one of the two",
                )
            seen_dates.setdefault(day.date, index)
            if not meeting.first_day <= day.date <= meeting.last_day:
                self.at_value(
                    "day-outside-meeting",
                    day,
                    "date",
                    f"{label} is outside the meeting's dates, {meeting.dates}",
                    "correct the date",
                )
            for s, session in enumerate(day.sessions):
                if session.end <= session.start:
                    self.at_value(
                        "session-backwards",
                        day,
                        f"sessions[{s}].end",
                        f"{session.name} ends at {session.end:%H.%M}, not after it "
                        f"starts at {session.start:%H.%M}",
                        "correct the times",
                    )
                for item in session.agenda_items:
                    if item > len(meeting.agenda):
                        self.at_value(
                            "unknown-agenda-item",
                            day,
                            f"sessions[{s}].agenda_items",
                            f"{session.name} takes up agenda item {item}, but the "
                            f"agenda has {len(meeting.agenda)} items",
                            "correct the item's number",
                        )
            ordered = sorted(enumerate(day.sessions), key=lambda pair: pair[1].start)
            for (_, first), (b, second) in itertools.pairwise(ordered):
                if second.start < first.end and first.end > first.start:
                    self.at_value(
                        "session-overlap",
                        day,
                        f"sessions[{b}].start",
                        f"{second.name} ({second.start:%H.%M}) starts before "
                        f"{first.name} ends ({first.end:%H.%M})",
                        "correct the times",
                    )

    def people(self) -> None:
        if not self.meeting.programme or not self.report.sections:
            return
        in_programme = {
            p
            for day in self.meeting.programme
            for s in day.sessions
            for p in s.people()
        }
        presenters = {
            who
            for day in self.meeting.programme
            for s in day.sessions
            for talk in s.presentations
            for who in talk.presenters
            if isinstance(who, Person)
        }
        mentioned = [m for m in self.report.mentions() if isinstance(m, Person)]
        for person in dict.fromkeys(mentioned):
            if person not in in_programme:
                self.at_value(
                    "speaker-not-in-programme",
                    person,
                    "",
                    f"{person.honorific} {person.full_name} speaks in the report "
                    "but is not in the programme",
                    "add them to the programme, or check the name",
                )
        for person in sorted(presenters - set(mentioned), key=lambda p: p.family_name):
            self.at_value(
                "presenter-not-in-report",
                person,
                "",
                f"{person.honorific} {person.full_name} presents in the "
                "programme but the report does not mention them",
                "summarize their presentation, or check the programme",
            )


def check_report(
    report: Report,
    *,
    ignore: Mapping[str, str] | None = None,
    locator: Locator | None = None,
) -> list[Finding]:
    """Check a report and its meeting before anything goes out.

    Args:
        report: the report (its meeting is checked too).
        ignore: codes to switch off, each with the reason why.
        locator: where the model's values stand in a data file, so that
            findings about them name its lines (meeting folders pass one).

    Returns:
        The findings, errors first, each with its code, place and fix.

    Raises:
        InvalidValueError: for an unknown code or an empty reason in
            ``ignore``.
    """
    ignore = dict(ignore or {})
    for code, problem in check_ignores(ignore):
        raise InvalidValueError(f"ignore[{code!r}]", code, problem)
    collector = _Collector(report, locator)
    document = finish_tree(report_tree(report))
    collector.units(list(_units(document)))
    collector.model_text()
    collector.sections()
    collector.programme()
    collector.people()
    findings = [f for f in collector.findings if f.code not in ignore]
    order = {Severity.ERROR: 0, Severity.WARNING: 1}
    return sorted(
        findings, key=lambda f: (order[f.severity], f.file or "", f.line or 0)
    )
