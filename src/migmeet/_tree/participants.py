"""The list of participants, as the last annex of a report.

Grouped as United Nations lists are (Member States, the United Nations
system, other intergovernmental organizations, civil society and academia,
other participants), by the kind of each person's organization; in each
group in alphabetical order of family name.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from docutils import nodes

from .._model import OrganizationKind, Person

__all__ = ["PARTICIPANTS_TITLE", "participant_entry", "participant_groups"]

PARTICIPANTS_TITLE = "List of participants"
OTHER_PARTICIPANTS = "Other participants"

#: The groups in the order UN lists give them, with the kinds each holds.
_GROUPS: tuple[tuple[str, frozenset[OrganizationKind]], ...] = (
    ("Member States", frozenset({OrganizationKind.MEMBER_STATE})),
    ("United Nations system", frozenset({OrganizationKind.UN_ENTITY})),
    (
        "Other intergovernmental organizations",
        frozenset({OrganizationKind.INTERGOVERNMENTAL}),
    ),
    (
        "Civil society and academia",
        frozenset({OrganizationKind.CIVIL_SOCIETY, OrganizationKind.ACADEMIA}),
    ),
)


def _group(person: Person) -> str:
    if person.organization is not None:
        for title, kinds in _GROUPS:
            if person.organization.kind in kinds:
                return title
    return OTHER_PARTICIPANTS


def _sort_key(person: Person) -> tuple[str, str]:
    def plain(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text)
        return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()

    return plain(person.family_name), plain(person.given_name or "")


def participant_entry(person: Person) -> str:
    """ "Mr. William Lacy Swing, Director General, International Organization
    for Migration"."""
    parts = [f"{person.honorific} {person.full_name}"]
    if person.function:
        parts.append(person.function)
    if person.organization is not None:
        parts.append(person.organization.name)
    return ", ".join(parts)


def participant_groups(participants: Iterable[Person]) -> list[nodes.section]:
    """A section per group that has participants, each listing them."""
    by_group: dict[str, list[Person]] = {}
    for person in dict.fromkeys(participants):
        by_group.setdefault(_group(person), []).append(person)
    order = [title for title, _ in _GROUPS] + [OTHER_PARTICIPANTS]
    sections = []
    for index, title in enumerate(t for t in order if t in by_group):
        entries = [
            nodes.paragraph("", participant_entry(person), classes=["participant"])
            for person in sorted(by_group[title], key=_sort_key)
        ]
        sections.append(
            nodes.section(
                "",
                nodes.title("", title),
                *entries,
                ids=[f"participants-{index + 1}"],
                classes=["participants-group"],
            )
        )
    return sections
