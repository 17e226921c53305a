"""What a PDF builder returns: the bytes and the number of pages.

Kept apart from :mod:`.pdf` so that naming the result type does not import
WeasyPrint.
"""

from __future__ import annotations

import attrs

__all__ = ["RenderedPdf"]


@attrs.frozen
class RenderedPdf:
    """The bytes of a PDF and how many pages it has."""

    data: bytes
    pages: int
