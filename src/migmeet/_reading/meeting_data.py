"""What a data file yields: the meeting and the values its keys name."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from .._model import (
    Document,
    Meeting,
    Organization,
    Person,
    PreviousMeeting,
    Term,
)

__all__ = ["MeetingData", "PublicationOptions"]


@attrs.frozen(kw_only=True)
class PublicationOptions:
    """The [report] table's publication options, each checked already (one
    that is not valid is left at its default, its problem reported); the
    logo is still the path of its file in the meeting folder."""

    page_size: str = "Letter"
    edition: str = "print"
    logo: str | None = None
    symbol: str | None = None
    sales_number: str | None = None
    participants_annex: bool = False


@attrs.frozen(kw_only=True)
class MeetingData:
    """What a data file yields: the meeting, its keyed values, and which keys
    stood in the file but could not be made into values."""

    meeting: Meeting | None
    organizations: Mapping[str, Organization]
    terms: Mapping[str, Term]
    people: Mapping[str, Person]
    documents: Mapping[str, Document]
    abbreviations: tuple[Organization | Term, ...]
    author: str | None
    broken_keys: frozenset[str]
    ignored_checks: Mapping[str, str]
    key_lines: Mapping[str, int]
    #: ``[checks] select``: the codes and families to run (None: all).
    selected_checks: tuple[str, ...] | None = None
    #: ``[checks.severity]``: a severity of one's own for each code named.
    check_severities: Mapping[str, str] = attrs.field(factory=dict)
    options: PublicationOptions = PublicationOptions()
    previous: PreviousMeeting | None = None
    to_fill: Mapping[str, str] = attrs.field(factory=dict)
