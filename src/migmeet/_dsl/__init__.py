"""The report DSL: from what a rapporteur composes in Python to immutable
report values.

Paragraphs of text and mentions (the model's own values), lists, images,
footnotes, sections numbered from the agenda, annexes and the report.
:mod:`.inline` holds what a paragraph is made of, :mod:`.blocks` the
paragraphs, lists and images, and :mod:`.report` the sections, annexes and
the report itself.
"""

from .blocks import (
    Block,
    BulletList,
    Image,
    NumberedList,
    Paragraph,
    bullets,
    image_media_type,
    numbered,
    p,
)
from .inline import (
    MENTIONABLE,
    Emphasis,
    Footnote,
    Inline,
    Link,
    Mentionable,
    Strong,
    emphasis,
    footnote,
    link,
    strong,
)
from .report import PAGE_SIZES, Annex, Report, Section, Subsection

__all__ = [
    "MENTIONABLE",
    "PAGE_SIZES",
    "Annex",
    "Block",
    "BulletList",
    "Emphasis",
    "Footnote",
    "Image",
    "Inline",
    "Link",
    "Mentionable",
    "NumberedList",
    "Paragraph",
    "Report",
    "Section",
    "Strong",
    "Subsection",
    "bullets",
    "emphasis",
    "footnote",
    "image_media_type",
    "link",
    "numbered",
    "p",
    "strong",
]
