"""What a data file yields: the meeting and the values its keys name."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from .._model import Document, Meeting, Organization, Person, Term

__all__ = ["MeetingData"]


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
