"""What a rapporteur may name in a summary: every person, organization,
term and document of a meeting folder's data file, with the role to write
and how it prints at its first and at a later mention (``migmeet keys``)."""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from .._errors import FolderError
from .._model import Document, Organization, Person, Term
from .._reading import read_folder
from .._tree.mentions import Abbreviated, Linked, Piece, Plain, render_mention

__all__ = ["NameKey", "folder_keys"]


@attrs.frozen(kw_only=True)
class NameKey:
    """One name of the data file: its role (``:person:`liu```) and how the
    report prints it the first time and after."""

    table: str
    key: str
    role: str
    first: str
    later: str


def _text(pieces: list[Piece]) -> str:
    parts = []
    for piece in pieces:
        if isinstance(piece, Plain | Linked):
            parts.append(piece.text)
        elif isinstance(piece, Abbreviated):
            parts.append(piece.abbreviation)
    return "".join(parts)


def _entry(
    table: str, role: str, key: str, entity: Person | Organization | Term | Document
) -> NameKey:
    first, seen = render_mention(entity, frozenset(), followed_by=" ")
    later, _ = render_mention(entity, seen, followed_by=" ")
    return NameKey(
        table=table,
        key=key,
        role=f":{role}:`{key}`",
        first=_text(first),
        later=_text(later),
    )


def folder_keys(folder: str | os.PathLike[str]) -> list[NameKey]:
    """Every name a summary of ``folder`` may mention, table by table.

    Args:
        folder: a meeting folder.

    Returns:
        People, organizations, terms and documents, each sorted by key.

    Raises:
        FolderError: if the data file cannot be read.
    """
    reading = read_folder(Path(folder))
    data = reading.data
    if data is None:
        raise FolderError(reading.problems)
    tables: list[tuple[str, str, dict[str, object]]] = [
        ("people", "person", dict(data.people)),
        ("organizations", "org", dict(data.organizations)),
        ("terms", "term", dict(data.terms)),
        ("documents", "doc", dict(data.documents)),
    ]
    return [
        _entry(table, role, key, entity)  # type: ignore[arg-type]
        for table, role, values in tables
        for key, entity in sorted(values.items())
    ]
