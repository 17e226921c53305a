"""The people and organizations of an Indico event, with the keys of a data file.

Indico names each person at every place they appear (chair, convener,
speaker); one name (given and family, ignoring case) is one person. Each
person's key is their family name in plain ASCII letters ("swing"), a second
person of that family name gets "swing_2"; each distinct affiliation is one
organization, keyed by the initials of a long name ("International
Organization for Migration" gives "iom") or the words of a short one
("columbia_university"), de-duplicated the same way. An affiliation written
"Name (ABBR)" gives the name and its abbreviation.

Indico holds no honorific but a convener's title ("Mr", "Dr", "Prof."): a
person without one gets the placeholder :data:`HONORIFIC_TO_FILL`, which
reads as unfinished wherever it is printed, and is listed to fill.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import attrs

from .._errors import InvalidValueError
from .._reading.indico import IndicoPerson
from .._style import check_abbreviation

__all__ = ["HONORIFIC_TO_FILL", "Directory", "Organization", "Person"]

#: The honorific written for a person Indico gives none: it loads (the data
#: file needs one), reads as undecided in print, and is listed to fill.
HONORIFIC_TO_FILL = "Mr./Ms."

#: Indico's titles (its UserTitle values) as the United Nations writes them.
_HONORIFICS = {
    "mr": "Mr.",
    "ms": "Ms.",
    "mrs": "Mrs.",
    "dr": "Dr.",
    "prof": "Professor",
    "mx": "Mx.",
}

#: Words left out of an organization's initials.
_MINOR = frozenset(
    {"of", "the", "and", "for", "on", "in", "to", "de", "des", "du", "la"}
)
_ABBREVIATED = re.compile(r"^(?P<name>.+?)\s*\((?P<abbreviation>[^()]+)\)$")


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", plain.lower()).strip("_")


def _unique(key: str, taken: set[str], fallback: str) -> str:
    if not key or not key[0].isalpha():
        key = f"{fallback}_{key}".strip("_") if key else fallback
    unique, number = key, 1
    while unique in taken:
        number += 1
        unique = f"{key}_{number}"
    taken.add(unique)
    return unique


@attrs.frozen(kw_only=True)
class Organization:
    key: str
    name: str
    abbreviation: str | None


@attrs.frozen(kw_only=True)
class Person:
    key: str
    given_name: str
    family_name: str
    #: None: Indico gave no title, the placeholder is written.
    honorific: str | None
    organization: str | None


def _organization_key(name: str, abbreviation: str | None) -> str:
    if abbreviation is not None:
        return _ascii(abbreviation)
    # "Population Division, Department of ...": the body is named first.
    name = name.split(",", 1)[0]
    words = [w for w in re.split(r"[\s\-–]+", name) if w]
    major = [w for w in words if w.lower() not in _MINOR]
    if len(major) >= 3:
        return "".join(_ascii(w)[:1] for w in major)
    return _ascii(name)


def _split_abbreviation(affiliation: str) -> tuple[str, str | None]:
    """("International Organization for Migration", "IOM") from
    "International Organization for Migration (IOM)"."""
    match = _ABBREVIATED.match(affiliation)
    if match is None:
        return affiliation, None
    try:
        check_abbreviation("affiliation", match["abbreviation"])
    except InvalidValueError:
        return affiliation, None
    return match["name"], match["abbreviation"]


class Directory:
    """The people and organizations met so far, each with its key, in the
    order they were first met."""

    def __init__(self) -> None:
        self.people: dict[tuple[str, str], Person] = {}
        self.organizations: dict[str, Organization] = {}
        self._person_keys: set[str] = set()
        self._organization_keys: set[str] = set()

    def organization(self, affiliation: str) -> str | None:
        """The key of the organization of ``affiliation``, if one is given."""
        if not affiliation:
            return None
        name, abbreviation = _split_abbreviation(affiliation)
        known = self.organizations.get(name.casefold())
        if known is None:
            key = _unique(
                _organization_key(name, abbreviation),
                self._organization_keys,
                "organization",
            )
            known = Organization(key=key, name=name, abbreviation=abbreviation)
            self.organizations[name.casefold()] = known
        return known.key

    def person(self, person: IndicoPerson) -> str:
        """The key of ``person``, met before or new."""
        identity = (person.first_name.casefold(), person.last_name.casefold())
        honorific = (
            _HONORIFICS.get(person.title.lower().rstrip(".")) if person.title else None
        )
        known = self.people.get(identity)
        if known is not None:
            if known.honorific is None and honorific is not None:
                known = attrs.evolve(known, honorific=honorific)
            if known.organization is None and person.affiliation:
                known = attrs.evolve(
                    known, organization=self.organization(person.affiliation)
                )
            self.people[identity] = known
            return known.key
        key = _unique(_ascii(person.last_name), self._person_keys, "person")
        self.people[identity] = Person(
            key=key,
            given_name=person.first_name,
            family_name=person.last_name,
            honorific=honorific,
            organization=self.organization(person.affiliation),
        )
        return key

    def keys(self, people: Iterable[IndicoPerson]) -> list[str]:
        """The keys of ``people``, each once, in order."""
        return list(dict.fromkeys(self.person(p) for p in people))
