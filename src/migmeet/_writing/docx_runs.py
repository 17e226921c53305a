"""The runs of the Word document: text, emphasis, links, footnotes, pictures.

A run carries the report's text as it stands in the finished tree: mentions
resolved, an abbreviation as its letters. A link is a ``w:hyperlink``, to
an address (through a relationship of the part it stands in, the body's or
the footnotes') or to a heading's bookmark; a footnote is a Word footnote,
its text in the footnotes part and its number in the text.
"""

from __future__ import annotations

import base64
import io
import re
from collections.abc import Sequence

import attrs
from docutils import nodes
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part, XmlPart
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Emu, Inches, Length, Pt
from docx.text.paragraph import Paragraph

from .._errors import RenderError
from .._tree import footnote_text, mention
from . import docx_parts as xml

__all__ = ["Format", "Runs", "anchor", "picture_width", "plain"]

_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(cm|mm|in|pt|px|%)?\s*$")


@attrs.frozen
class Format:
    """How a run's text is set: what the emphasis around it asks for."""

    bold: bool = False
    italic: bool = False
    style: str | None = None


def anchor(ident: str) -> str:
    """A bookmark's name: hidden (a leading ``_``), as Word names its own."""
    return "_Toc_" + re.sub(r"\W", "_", ident)[:35]


class Runs:
    """Makes the runs of one Word document, numbering its footnotes."""

    def __init__(self, word: Document, text_width: Length) -> None:
        self.word = word
        self.text_width = text_width
        self.notes: XmlPart | None = None
        self.note_count = 0

    def inlines(
        self, children: Sequence[nodes.Node], form: Format, part: Part
    ) -> list[BaseOxmlElement]:
        """The runs and links of ``children``, set as ``form`` says; ``part``
        (the body or the footnotes) holds the links' relationships."""
        made: list[BaseOxmlElement] = []
        for child in children:
            if isinstance(child, nodes.Text):
                made.append(
                    xml.run(
                        plain(child.astext()),
                        bold=form.bold,
                        italic=form.italic,
                        style=form.style,
                    )
                )
            elif isinstance(child, footnote_text):
                made.append(self.footnote(child))
            elif isinstance(child, mention):
                raise RenderError(
                    f"a mention of {child['entity']!r} was left unresolved"
                )
            elif isinstance(child, nodes.emphasis):
                made += self.inlines(
                    child.children, attrs.evolve(form, italic=True), part
                )
            elif isinstance(child, nodes.strong):
                made += self.inlines(
                    child.children, attrs.evolve(form, bold=True), part
                )
            elif isinstance(child, nodes.reference) and (
                child.get("refuri") or child.get("refid")
            ):
                made.append(self.link(child, form, part))
            elif isinstance(child, nodes.image):
                made.append(xml.run(str(child.get("alt", ""))))
            elif isinstance(child, nodes.Element):
                made += self.inlines(child.children, form, part)
        return made

    def link(self, node: nodes.reference, form: Format, part: Part) -> BaseOxmlElement:
        """A link to a heading (an entry of the contents) or to an address."""
        if node.get("refid"):  # an entry of the contents, to its heading
            runs = self.inlines(node.children, form, part)
            return xml.hyperlink(runs, relationship=None, anchor=anchor(node["refid"]))
        shown = attrs.evolve(form, style="Hyperlink")
        runs = self.inlines(node.children, shown, part)
        ident = part.relate_to(str(node["refuri"]), RT.HYPERLINK, is_external=True)
        return xml.hyperlink(runs, relationship=ident, anchor=None)

    def footnote(self, node: footnote_text) -> BaseOxmlElement:
        """Add ``node``'s text as the next footnote; the run that calls it."""
        if self.notes is None:
            self.notes = xml.footnotes_part(self.word)
        self.note_count += 1
        note = xml.footnote(self.note_count)
        element = OxmlElement("w:p")
        element.style = "FootnoteText"
        element.append(xml.footnote_mark())
        element.append(xml.run(" "))
        element.extend(self.inlines(node.children, Format(), self.notes))
        note.append(element)
        self.notes.element.append(note)
        return xml.footnote_reference(self.note_count)

    def image(
        self,
        node: nodes.image,
        element: BaseOxmlElement,
        *,
        box: tuple[Length, Length] | None = None,
    ) -> None:
        """Put the picture ``node`` in the paragraph ``element``, centred, at
        most the text's width, or within ``box`` (width, height) if given."""
        uri = str(node["uri"])
        if not uri.startswith("data:image/") or ";base64," not in uri:
            raise RenderError(
                f"an image refers to {uri[:60]!r}; only embedded images render"
            )
        data = base64.b64decode(uri.partition(";base64,")[2])
        paragraph = Paragraph(element, self.word._body)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        wanted = picture_width(str(node.get("width", "")), self.text_width)
        try:
            picture = paragraph.add_run().add_picture(io.BytesIO(data), width=wanted)
        except UnrecognizedImageError as error:
            raise RenderError(f"an image cannot be put in Word: {error}") from error
        width, height = box or (self.text_width, None)
        scale = min(
            1.0,
            width / picture.width,
            height / picture.height if height else 1.0,
        )
        if scale < 1:
            picture.width = Emu(round(picture.width * scale))
            picture.height = Emu(round(picture.height * scale))
        for described in element.iter(qn("wp:docPr")):
            described.set("descr", str(node.get("alt", "")))


def plain(text: str) -> str:
    """Text as one line: the tree's line breaks are spaces."""
    return re.sub(r"\s*[\r\n]+\s*", " ", text)


def picture_width(text: str, text_width: Length) -> Length | None:
    """A picture's width from the tree's (``12cm``, ``60%``), or None."""
    match = _LENGTH.match(text)
    if match is None:
        return None
    value, unit = float(match.group(1)), match.group(2) or "px"
    if unit == "%":
        return Emu(round(text_width * value / 100))
    if unit == "px":
        return Pt(value * 0.75)
    return {"cm": Cm, "mm": lambda v: Cm(v / 10), "in": Inches, "pt": Pt}[unit](value)
