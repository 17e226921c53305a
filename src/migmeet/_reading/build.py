"""From the records to the model.

Each table is made into its model values in turn, in the order the tables
name one another: organizations, terms and documents first, then the
people (who name their organization), then the meeting with its agenda,
programme and companions (which name people, organizations and
documents). Every problem is collected by a :class:`Builder`; the values
that can be made still are, so later tables are checked too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._dsl import Report
from .._findings import Finding
from .._model import (
    AgendaItem,
    Document,
    Meeting,
    Organization,
    Organizer,
    Person,
    PreviousMeeting,
    Term,
    Venue,
    field_errors,
)
from .builder import Builder
from .companions import companions
from .meeting_data import MeetingData, PublicationOptions
from .page import page_details
from .programme import Named, programme
from .records import FileRecord, MeetingRecord

__all__ = ["build"]


def build(
    record: FileRecord,
    lines: Mapping[str, int],
    *,
    left_out: frozenset[str] = frozenset(),
) -> tuple[MeetingData, list[Finding]]:
    """The model of the file's records, and every problem in making it;
    ``left_out`` are the keys of records that did not fit the file's shape
    (their problems are reported already)."""
    b = Builder(lines, left_out=left_out)
    organizations = _organizations(b, record)
    terms = _terms(b, record)
    documents = _documents(b, record)
    people = _people(b, record, organizations)
    named = Named(
        builder=b,
        record=record,
        organizations=organizations,
        people=people,
        documents=documents,
        terms=terms,
    )
    mandate = [
        named.document(f"meeting.mandate[{i}]", key)
        for i, key in enumerate(record.meeting.mandate)
    ]
    abbreviations = _abbreviations(b, record, organizations, terms)
    meeting = _meeting(named, [d for d in mandate if d is not None])
    data = MeetingData(
        meeting=meeting,
        organizations=organizations,
        terms=terms,
        people=people,
        documents=documents,
        abbreviations=abbreviations,
        author=record.report.author,
        broken_keys=frozenset(b.broken),
        ignored_checks=dict(record.checks.ignore),
        key_lines=lines,
        selected_checks=None
        if record.checks.select is None
        else tuple(record.checks.select),
        check_severities=dict(record.checks.severity),
        options=_options(b, record),
        previous=_previous(b, record),
        to_fill=dict(record.to_fill),
    )
    return data, b.problems


def _options(b: Builder, record: FileRecord) -> PublicationOptions:
    """The [report] table's publication options; one the report refuses is
    reported at its line and left at its default."""
    r = record.report
    values = {
        "page_size": r.page_size,
        "edition": r.edition,
        "symbol": r.symbol,
        "sales_number": r.sales_number,
    }
    errors = field_errors(Report, values)
    b.report("report", errors)
    refused = {error.field.partition(".")[2] for error in errors}
    return PublicationOptions(
        page_size="Letter" if "page_size" in refused else r.page_size,
        edition="print" if "edition" in refused else r.edition,
        symbol=None if "symbol" in refused else r.symbol,
        sales_number=None if "sales_number" in refused else r.sales_number,
        logo=r.logo,
        participants_annex=r.participants_annex,
    )


def _organizations(b: Builder, record: FileRecord) -> dict[str, Organization]:
    """The organizations; of two with one abbreviation, the second is refused."""
    organizations = b.table(
        "organizations",
        record.organizations,
        Organization,
        lambda org: {
            "name": org.name,
            "abbreviation": org.abbreviation,
            "kind": org.kind,
            "definite_article": org.article,
        },
    )
    claimed: dict[str, str] = {}
    for key, org in list(organizations.items()):
        if org.abbreviation is None:
            continue
        first = claimed.setdefault(org.abbreviation, key)
        if first != key:
            b.problem(
                f"organizations.{key}.abbreviation",
                f"{org.abbreviation!r} already stands for "
                f"{organizations[first].name!r} ([organizations.{first}])",
                "abbreviation-two-names",
            )
            del organizations[key]
            b.broken.add(key)
    return organizations


def _terms(b: Builder, record: FileRecord) -> dict[str, Term]:
    return b.table(
        "terms",
        record.terms,
        Term,
        lambda term: {
            "name": term.name,
            "abbreviation": term.abbreviation,
            "definite_article": term.article,
        },
    )


def _documents(b: Builder, record: FileRecord) -> dict[str, Document]:
    return b.table(
        "documents",
        record.documents,
        Document,
        lambda doc: {"title": doc.title, "symbol": doc.symbol, "url": doc.url},
    )


def _people(
    b: Builder, record: FileRecord, organizations: Mapping[str, Organization]
) -> dict[str, Person]:
    """The people, each with the organization its key names."""
    people: dict[str, Person] = {}
    for key, person in record.people.items():
        path = f"people.{key}"
        organization = None
        if person.organization is not None:
            organization = b.resolve(
                f"{path}.organization",
                person.organization,
                organizations,
                "organizations",
                "organization",
                record.organizations,
            )
            if organization is None:
                b.broken.add(key)
                continue
        made_person = b.make(
            path,
            key,
            Person,
            honorific=person.honorific,
            given_name=person.given_name,
            family_name=person.family_name,
            function=person.function,
            organization=organization,
            family_name_first=person.family_name_first,
        )
        if made_person is not None:
            people[key] = made_person
    return people


def _abbreviations(
    b: Builder,
    record: FileRecord,
    organizations: Mapping[str, Organization],
    terms: Mapping[str, Term],
) -> tuple[Organization | Term, ...]:
    """The organizations and terms the report's list of abbreviations names."""
    either: dict[str, Organization | Term] = {**organizations, **terms}
    abbreviations = [
        b.resolve(
            f"report.abbreviations[{i}]",
            key,
            either,
            "organizations] or [terms",
            "organization or term",
            [*record.organizations, *record.terms],
        )
        for i, key in enumerate(record.report.abbreviations)
    ]
    return tuple(a for a in abbreviations if isinstance(a, Organization | Term))


def _previous(b: Builder, record: FileRecord) -> PreviousMeeting | None:
    """The [previous] table's meeting, or None (its problems reported)."""
    p = record.previous
    if p is None:
        return None
    return b.make(
        "previous",
        "previous",
        PreviousMeeting,
        number=p.number,
        first_day=p.first_day,
        last_day=p.last_day,
        folder=p.folder,
    )


def _meeting(named: Named, mandate: list[Document]) -> Meeting | None:
    """The meeting, or None if its agenda, venue or organizer cannot be made;
    its other fields are checked either way."""
    b, m = named.builder, named.record.meeting
    agenda = _agenda(b, m)
    venue = b.make(
        "meeting.venue",
        "meeting",
        Venue,
        name=m.venue.name,
        city=m.venue.city,
        time_zone=m.venue.time_zone,
    )
    organizer = b.make(
        "meeting.organizer",
        "meeting",
        Organizer,
        department=m.organizer.department,
        division=m.organizer.division,
        place=m.organizer.place,
    )
    fields: dict[str, Any] = {
        "programme": programme(named),
        **companions(named),
        "series": m.series,
        "number": m.number,
        "first_day": m.first_day,
        "last_day": m.last_day,
        "mandate": mandate,
        "objectives": [
            named.prose(f"meeting.objectives[{i}]", text)
            for i, text in enumerate(m.objectives)
        ],
        "organizations": list(named.organizations.values()),
        "people": list(named.people.values()),
        "documents": list(named.documents.values()),
    }
    page = page_details(b, named.record)
    if page is not None:
        fields["page"] = page
    if len(agenda) == len(m.agenda) and venue is not None and organizer is not None:
        return b.make(
            "meeting",
            "meeting",
            Meeting,
            venue=venue,
            organizer=organizer,
            agenda=agenda,
            **fields,
        )
    # The meeting cannot be made, but its other fields can still be checked.
    b.report("meeting", field_errors(Meeting, fields))
    return None


def _agenda(b: Builder, m: MeetingRecord) -> list[AgendaItem]:
    """The agenda items that can be made, numbered in order."""
    agenda = []
    for index, title in enumerate(m.agenda):
        item = b.make(
            f"meeting.agenda[{index}]",
            "meeting",
            AgendaItem,
            number=index + 1,
            title=title,
        )
        if item is not None:
            agenda.append(item)
    if not m.agenda:
        b.problem("meeting.agenda", "is empty: list the agenda items' titles in order")
    return agenda
