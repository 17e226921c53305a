"""What every check reads, and how a finding about the model is placed.

A :class:`Context` holds, and never changes, what the checks share: the
report, the locator of its data file (if it came from a meeting folder)
and the abbreviations the report can show. The checks are plain functions
of a context that yield their findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import attrs

from .._dsl import Report
from .._findings import Finding, check_finding
from .._model import Meeting, Organization, Person, Term
from .._reading import Locator
from .text_rules.speller import Speller, load_dictionary

__all__ = ["Context", "Defined", "Keyed"]


@attrs.frozen
class Defined:
    """An organization or term of the data file: the role and key that
    mention it (``:term:`gcm```) and the name it stands for."""

    role: str
    key: str
    name: str


@attrs.frozen
class Keyed:
    """An organization, term or person of the data file, with the role and
    key that mention it (``:person:`sharma```)."""

    role: str
    key: str
    value: Organization | Term | Person


def _entities(report: Report) -> list[Organization | Term]:
    """Every organization and term the report can show."""
    mentions = list(report.mentions())
    entities: list[Organization | Term] = [
        *report.meeting.all_organizations,
        *report.abbreviations,
        *(e for e in mentions if isinstance(e, Organization | Term)),
        *(p.organization for p in mentions if isinstance(p, Person) and p.organization),
    ]
    return entities


def _abbreviation_names(entities: list[Organization | Term]) -> dict[str, str]:
    """Every abbreviation the report can show, with the name it stands for."""
    names: dict[str, str] = {}
    for entity in entities:
        if entity.abbreviation:
            names.setdefault(entity.abbreviation, entity.name)
    return names


def _known_names(report: Report, entities: list[Organization | Term]) -> Iterator[str]:
    """The names, titles and places the meeting knows: words the spelling
    rules take as right."""
    meeting = report.meeting
    yield meeting.series
    yield from (meeting.venue.name, meeting.venue.city)
    yield from (meeting.organizer.department, meeting.organizer.division)
    for entity in entities:
        yield entity.name
        if entity.abbreviation:
            yield entity.abbreviation
    people = [*meeting.people, *meeting.participants]
    people += [p for p in report.mentions() if isinstance(p, Person)]
    for person in people:
        yield from filter(None, (person.given_name, person.family_name))
        yield person.honorific
    for document in (*meeting.documents, *meeting.mandate):
        yield document.title
    for event in meeting.side_events:
        yield from (event.organizer, event.location)


@attrs.frozen(kw_only=True)
class Context:
    """A report under check, with what its checks need to know.

    ``names`` maps every abbreviation the report can show to the name it
    stands for; ``known`` is the set of those abbreviations.
    """

    report: Report
    locator: Locator | None
    names: Mapping[str, str]
    known: frozenset[str]
    #: The abbreviations of organizations (which never take an article),
    #: not of terms (which keep theirs: "the SDGs").
    organizations: frozenset[str] = frozenset()
    #: The dictionary with the meeting's names and the folder's word list.
    speller: Speller = attrs.field(factory=lambda: Speller(None), eq=False)
    #: The abbreviations of the data file's organizations and terms, each
    #: with the role, key and name that mention it (``:term:`gcm```),
    #: whether the report mentions them or not.
    defined: Mapping[str, Defined] = attrs.field(factory=dict)
    #: Every organization, term and person of the data file, with the role
    #: and key that mention it, whether the report mentions it or not.
    keyed: tuple[Keyed, ...] = ()

    @classmethod
    def of(
        cls,
        report: Report,
        locator: Locator | None = None,
        words: Iterable[str] = (),
        defined: Mapping[str, Defined] | None = None,
        keyed: Iterable[Keyed] = (),
    ) -> Context:
        """The context of checking ``report``; ``words`` are the words of
        the folder's word list, which the spelling rules take as right;
        ``defined`` maps the data file's abbreviations to the role and key
        that mention them; ``keyed`` holds the data file's organizations,
        terms and people with theirs."""
        entities = _entities(report)
        names = _abbreviation_names(entities)
        organizations = frozenset(
            e.abbreviation
            for e in entities
            if isinstance(e, Organization) and e.abbreviation
        )
        return cls(
            report=report,
            locator=locator,
            names=names,
            known=frozenset(names),
            organizations=organizations,
            speller=Speller(
                load_dictionary(), _known_names(report, entities), words=words
            ),
            defined=dict(defined or {}),
            keyed=tuple(keyed),
        )

    @property
    def meeting(self) -> Meeting:
        """The meeting of the report."""
        return self.report.meeting

    def place(self, finding: Finding, value: object, field: str) -> Finding:
        """``finding`` placed at ``field`` of a value of the model: its line in
        the data file if the locator knows the value, else the field's name."""
        file, line, where = (
            self.locator.place(value, field) if self.locator else (None, None, field)
        )
        return attrs.evolve(finding, file=file, line=line, where=where)

    def at_value(
        self,
        code: str,
        value: object,
        field: str,
        message: str,
        fix: str | None = None,
        *,
        text: str = "",
    ) -> Finding:
        """A finding of the check ``code`` about ``field`` of ``value``."""
        return self.place(check_finding(code, message, fix, text=text), value, field)
