"""Short, stable ids for the people, organizations, terms and documents a
meeting names, for the exports to refer to them by.

An id is made from the value itself, so the same meeting gives the same
ids: a person's family name ("swing"), an organization's or term's
abbreviation or else its name ("iom", "global-migration-group"), a
document's symbol or title ("a-res-71-1"). Two values that would share an
id get the person's given name added, then a number. Ids are XML names
(a letter first), so Akoma Ntoso can use them as ``eId``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .._model import Document, Organization, Person, Term

__all__ = ["Entity", "entity_ids", "slug"]

Entity = Person | Organization | Term | Document

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: "Türkiye" gives "turkiye"."""
    folded = unicodedata.normalize("NFKD", text)
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    return _NOT_WORD.sub("-", ascii_text).strip("-")


def _candidates(entity: Entity) -> list[str]:
    if isinstance(entity, Person):
        family = slug(entity.family_name) or "person"
        given = slug(entity.given_name or "")
        return [family, f"{given}-{family}" if given else family]
    if isinstance(entity, Organization | Term):
        name = slug(entity.name) or "name"
        short = slug(entity.abbreviation) if entity.abbreviation else ""
        return [short or name, name]
    text = str(entity.symbol) if entity.symbol is not None else entity.title
    return [slug(text) or "document"]


def _xml_name(text: str) -> str:
    return text if text[0].isalpha() else f"n-{text}"


def entity_ids(entities: Iterable[Entity]) -> dict[Entity, str]:
    """An id for each value, unique among them, in the order given."""
    ids: dict[Entity, str] = {}
    taken: set[str] = set()
    for entity in entities:
        if entity in ids:
            continue
        candidates = [_xml_name(c) for c in _candidates(entity)]
        chosen = next((c for c in candidates if c not in taken), None)
        number = 2
        while chosen is None:
            if f"{candidates[-1]}-{number}" not in taken:
                chosen = f"{candidates[-1]}-{number}"
            number += 1
        ids[entity] = chosen
        taken.add(chosen)
    return ids
