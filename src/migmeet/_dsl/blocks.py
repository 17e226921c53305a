"""Blocks of the report DSL: paragraphs, bulleted and numbered lists and
images.

A list item holds blocks in turn (usually one paragraph); a plain string
where a block is expected is a one-part paragraph. An image carries its
bytes, so rendering reads no file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from .._errors import InvalidValueError
from .._model import Source
from .._model import validators as v
from .._model.typed import typed_fields
from .inline import Inline, check_inlines, inline_tuple

__all__ = [
    "Block",
    "BulletList",
    "Image",
    "NumberedList",
    "Paragraph",
    "bullets",
    "image_media_type",
    "numbered",
    "p",
]


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Paragraph:
    """A paragraph of running text.

    ``source`` says where a paragraph read from a file was written, so that
    checks can point there; it takes no part in comparing paragraphs.
    """

    content: tuple[Inline, ...] = attrs.field(
        converter=inline_tuple, validator=v.field(check_inlines(allow_footnotes=True))
    )
    source: Source | None = attrs.field(default=None, eq=False, repr=False)


def p(*parts: Inline) -> Paragraph:
    """A paragraph of ``parts``: text and mentions, in reading order.

    Args:
        parts: text, and :class:`Person`, :class:`Organization`,
            :class:`Term` or :class:`Document` values (mentions), and
            :func:`emphasis`, :func:`strong`, :func:`link` or
            :func:`footnote` parts.

    Returns:
        The :class:`Paragraph`.

    Raises:
        InvalidValueError: if the paragraph is empty or a part is of
            another kind.

    >>> from migmeet import Organization
    >>> iom = Organization(name="International Organization for Migration",
    ...                    abbreviation="IOM")
    >>> p("The meeting heard ", iom, ".").content[1].abbreviation
    'IOM'
    """
    return Paragraph(content=parts)


_IMAGE_TYPES = {
    b"\x89PNG\r\n\x1a\n": "image/png",
    b"\xff\xd8\xff": "image/jpeg",
    b"GIF87a": "image/gif",
    b"GIF89a": "image/gif",
}


def image_media_type(data: bytes) -> str | None:
    """The media type of PNG, JPEG or GIF data, read from its first bytes."""
    for magic, media_type in _IMAGE_TYPES.items():
        if data.startswith(magic):
            return media_type
    return None


def _image_data(name: str, value: object) -> None:
    if not isinstance(value, bytes) or image_media_type(value) is None:
        shown = value[:8] if isinstance(value, bytes) else value
        raise InvalidValueError(name, shown, "is not a PNG, JPEG or GIF image")


_CSS_LENGTH = re.compile(r"\d+(?:\.\d+)?(?:cm|mm|in|pt|em|%)\Z")


def _css_length(name: str, value: object) -> None:
    if not isinstance(value, str) or not _CSS_LENGTH.match(value):
        raise InvalidValueError(name, value, "is not a length such as '8cm' or '50%'")


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class Image:
    """A picture (a chart, a logo), carried as its bytes.

    The bytes travel with the value, so rendering reads no file: build one
    with :meth:`from_file`. ``alt`` says in words what the picture shows;
    ``width`` is a CSS length such as ``"8cm"`` or ``"50%"``.
    """

    data: bytes = attrs.field(validator=v.field(_image_data), repr=False)
    alt: str = attrs.field(validator=v.field(v.text))
    width: str | None = attrs.field(
        default=None, validator=v.field(v.optional(_css_length))
    )

    @property
    def media_type(self) -> str:
        """``image/png``, ``image/jpeg`` or ``image/gif``."""
        return image_media_type(self.data) or "application/octet-stream"

    @classmethod
    def from_file(
        cls, path: str | os.PathLike[str], *, alt: str, width: str | None = None
    ) -> Image:
        """Read a PNG, JPEG or GIF file into an image."""
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise InvalidValueError(
                "Image.data", str(path), f"cannot be read: {error.strerror}"
            ) from None
        return cls(data=data, alt=alt, width=width)


def _items(
    values: Iterable[Block | str | Iterable[Block | str]],
) -> tuple[tuple[Block, ...], ...]:
    """Converter: each item is one block, a string, or a sequence of them."""
    items = []
    for value in values:
        if isinstance(value, str | Paragraph | BulletList | NumberedList | Image):
            value = (value,)
        items.append(block_tuple(value))
    return tuple(items)


def _list_items(name: str, items: tuple[tuple[Block, ...], ...]) -> None:
    if not items:
        raise InvalidValueError(name, items, "is an empty list")
    for index, blocks in enumerate(items):
        if not blocks:
            raise InvalidValueError(f"{name}[{index}]", blocks, "is an empty item")
        v.each(v.instance_of(*BLOCK_TYPES))(f"{name}[{index}]", blocks)


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class BulletList:
    """A list with bullets; each item holds blocks (usually one paragraph)."""

    items: tuple[tuple[Block, ...], ...] = attrs.field(
        converter=_items, validator=v.field(_list_items)
    )


LIST_STYLES = ("loweralpha", "arabic", "lowerroman", "upperalpha", "upperroman")


@attrs.frozen(kw_only=True, field_transformer=typed_fields)
class NumberedList:
    """A numbered list: "(a)", "(b)" by default, as UN documents number them.

    ``style`` is ``"loweralpha"`` for (a), (b); ``"lowerroman"`` for (i),
    (ii); ``"arabic"`` for 1., 2.; and the capital forms.
    """

    items: tuple[tuple[Block, ...], ...] = attrs.field(
        converter=_items, validator=v.field(_list_items)
    )
    style: str = attrs.field(
        default="loweralpha", validator=v.field(v.one_of(LIST_STYLES))
    )


def bullets(*items: Block | str | Iterable[Block | str]) -> BulletList:
    """A bulleted list.

    Args:
        items: each item a block, a string, or a sequence of them.

    Returns:
        The :class:`BulletList`.

    Raises:
        InvalidValueError: if the list or an item is empty.
    """
    return BulletList(items=items)


def numbered(
    *items: Block | str | Iterable[Block | str], style: str = "loweralpha"
) -> NumberedList:
    """A numbered list, "(a)", "(b)" as UN documents number them.

    Args:
        items: each item a block, a string, or a sequence of them.
        style: ``"loweralpha"`` (the default), ``"lowerroman"``,
            ``"arabic"``, ``"upperalpha"`` or ``"upperroman"``.

    Returns:
        The :class:`NumberedList`.

    Raises:
        InvalidValueError: if the list or an item is empty, or the style
            unknown.
    """
    return NumberedList(items=items, style=style)


Block = Paragraph | BulletList | NumberedList | Image
BLOCK_TYPES = (Paragraph, BulletList, NumberedList, Image)


def block_tuple(values: Iterable[Block | str]) -> tuple[Block, ...]:
    """Converter: plain strings are accepted as one-part paragraphs."""
    return tuple(p(value) if isinstance(value, str) else value for value in values)


def paragraphs_in(block: Block) -> Iterator[Paragraph]:
    """The paragraphs of ``block``, in reading order."""
    if isinstance(block, Paragraph):
        yield block
    elif isinstance(block, BulletList | NumberedList):
        for item in block.items:
            for inner in item:
                yield from paragraphs_in(inner)
