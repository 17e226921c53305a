"""Who and what a meeting's documents name: organizations, terms and people.

:class:`Organization` and :class:`Term` carry the abbreviations spelled out
at first mention and listed in the explanatory notes;
:func:`abbreviation_clashes` finds two names claiming one abbreviation.
:class:`Person` is a participant, kept with the name as written.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from .._style import check_abbreviation
from . import validators as v
from .typed import typed_fields

__all__ = [
    "Organization",
    "OrganizationKind",
    "Person",
    "Term",
    "abbreviation_clashes",
]


class OrganizationKind(enum.Enum):
    """What kind of body an organization is."""

    UN_ENTITY = "UN entity"
    MEMBER_STATE = "Member State"
    INTERGOVERNMENTAL = "intergovernmental organization"
    CIVIL_SOCIETY = "civil society"
    ACADEMIA = "academia"
    PRIVATE_SECTOR = "private sector"
    OTHER = "other"


def _abbreviation(name: str, value: object) -> None:
    if value is not None:
        v.text(name, value)
        check_abbreviation(name, str(value))


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Organization:
    """A body that speaks at or is named in a meeting.

    ``definite_article`` says whether the spelled-out name takes "the"
    ("the International Organization for Migration"); the abbreviation
    never does ("IOM", not "the IOM").
    """

    name: str = attrs.field(validator=v.field(v.text))
    abbreviation: str | None = attrs.field(
        default=None, validator=v.field(_abbreviation)
    )
    kind: OrganizationKind = attrs.field(
        default=OrganizationKind.UN_ENTITY,
        validator=v.field(v.instance_of(OrganizationKind)),
    )
    definite_article: bool = True


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Term:
    """An abbreviated term that is not an organization ("SDGs").

    It is spelled out at first mention and listed in the explanatory notes
    like an organization.
    """

    name: str = attrs.field(validator=v.field(v.text))
    abbreviation: str = attrs.field(validator=v.field(_abbreviation))
    definite_article: bool = False


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Person:
    """A participant: a speaker, moderator or presenter.

    Names are kept as written, in any script and with their diacritics.
    ``given_name`` may be left out when the sources do not give it.
    ``family_name_first`` orders the full name family name first
    ("Liu Zhenmin").
    """

    honorific: str = attrs.field(validator=v.field(v.text))
    given_name: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.text))
    )
    family_name: str = attrs.field(validator=v.field(v.text))
    function: str | None = attrs.field(
        default=None, validator=v.field(v.optional(v.text))
    )
    organization: Organization | None = attrs.field(
        default=None, validator=v.field(v.optional(v.instance_of(Organization)))
    )
    family_name_first: bool = False

    @property
    def full_name(self) -> str:
        """Given and family names in the order the person uses."""
        if self.given_name is None:
            return self.family_name
        if self.family_name_first:
            return f"{self.family_name} {self.given_name}"
        return f"{self.given_name} {self.family_name}"


def abbreviation_clashes(
    entities: Iterable[Organization | Term],
) -> list[tuple[str, str, str]]:
    """Pairs of different names that claim one abbreviation.

    Each clash is ``(abbreviation, first name, second name)``.
    """
    seen: dict[str, str] = {}
    clashes = []
    for entity in entities:
        if entity.abbreviation is None:
            continue
        claimed = seen.setdefault(entity.abbreviation, entity.name)
        if claimed != entity.name:
            clashes.append((entity.abbreviation, claimed, entity.name))
    return clashes
