"""Documents a meeting names: :class:`Document`, :class:`Paper` and
:class:`BackgroundDocuments`.

A document has a title and, if it is official, a UN symbol (parsed and
linked to undocs.org); a paper is contributed by an organization in one or
more of the :data:`OFFICIAL_LANGUAGES`.
"""

from __future__ import annotations

import attrs

from .._errors import InvalidValueError
from .._style import DocumentSymbol
from . import validators as v
from .entities import Organization
from .typed import typed_fields

__all__ = [
    "OFFICIAL_LANGUAGES",
    "BackgroundDocuments",
    "Document",
    "Paper",
]


def _symbol(value: DocumentSymbol | str | None) -> DocumentSymbol | None:
    if value is None or isinstance(value, DocumentSymbol):
        return value
    try:
        return DocumentSymbol(text=value)
    except InvalidValueError as error:
        raise InvalidValueError("Document.symbol", value, error.problem) from None


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Document:
    """A document: a resolution, a report, a contributed paper.

    ``symbol`` may be given as text and is parsed; a malformed symbol is
    refused. ``url`` is where a document without an official symbol can be
    read; official symbols link to undocs.org.
    """

    title: str = attrs.field(validator=v.field(v.text))
    symbol: DocumentSymbol | None = attrs.field(default=None, converter=_symbol)
    url: str | None = attrs.field(default=None, validator=v.field(v.https_url))

    @property
    def link(self) -> str | None:
        """Where the document can be read: undocs.org, its own address, or None."""
        if self.symbol is not None and self.symbol.url is not None:
            return self.symbol.url
        return self.url


#: The six official languages of the United Nations, by ISO 639-1 code.
OFFICIAL_LANGUAGES = {
    "ar": "Arabic",
    "zh": "Chinese",
    "en": "English",
    "fr": "French",
    "ru": "Russian",
    "es": "Spanish",
}


def _languages(name: str, values: tuple[str, ...]) -> None:
    for index, code in enumerate(values):
        if code not in OFFICIAL_LANGUAGES:
            raise InvalidValueError(
                f"{name}[{index}]",
                code,
                f"is not an official language code ({', '.join(OFFICIAL_LANGUAGES)})",
            )
    if len(set(values)) != len(values):
        raise InvalidValueError(name, values, "names a language twice")


def _versions(name: str, values: tuple[object, ...]) -> None:
    for value in values:
        if not (isinstance(value, tuple) and len(value) == 2):
            raise InvalidValueError(name, value, "is not a (language, address) pair")
        code, url = value
        if code not in OFFICIAL_LANGUAGES:
            raise InvalidValueError(
                name,
                code,
                f"is not an official language code ({', '.join(OFFICIAL_LANGUAGES)})",
            )
        v.https_url(name, url)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Paper:
    """A paper contributed to the meeting, in one or more official languages."""

    title: str = attrs.field(validator=v.field(v.text))
    organization: Organization = attrs.field(
        validator=v.field(v.instance_of(Organization))
    )
    symbol: DocumentSymbol | None = attrs.field(default=None, converter=_symbol)
    languages: tuple[str, ...] = attrs.field(
        default=("en",), converter=v.to_tuple, validator=v.field(_languages)
    )
    url: str | None = attrs.field(default=None, validator=v.field(v.https_url))
    #: Where each language version can be read: (language code, address).
    versions: tuple[tuple[str, str], ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.field(_versions)
    )

    @property
    def links(self) -> tuple[tuple[str, str | None], ...]:
        """Each language's name with its version's address, if it has one."""
        found = dict(self.versions)
        return tuple(
            (OFFICIAL_LANGUAGES[code], found.get(code)) for code in self.languages
        )

    def __attrs_post_init__(self) -> None:
        for code, _ in self.versions:
            if code not in self.languages:
                raise InvalidValueError(
                    "Paper.versions",
                    code,
                    "is a version in a language the paper's languages do not list",
                )


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class BackgroundDocuments:
    """Background documents for one agenda item, or for the whole meeting
    when ``agenda_item`` is None."""

    documents: tuple[Document, ...] = attrs.field(
        converter=v.to_tuple, validator=v.field(v.each(v.instance_of(Document)))
    )
    agenda_item: int | None = attrs.field(
        default=None, validator=v.field(v.optional(v.positive))
    )
    #: Several agenda items the documents serve ("Sessions V and VI"); with
    #: ``agenda_item`` too, that item comes first.
    agenda_items: tuple[int, ...] = attrs.field(
        default=(), converter=v.to_tuple, validator=v.field(v.each(v.positive))
    )
    #: A heading of the group's own, instead of the items' titles.
    title: str | None = attrs.field(default=None, validator=v.field(v.optional(v.text)))

    @property
    def items(self) -> tuple[int, ...]:
        """Every agenda item the documents serve, in order given."""
        first = () if self.agenda_item is None else (self.agenda_item,)
        return tuple(dict.fromkeys((*first, *self.agenda_items)))
