"""From the finished document tree to an editable Word document (.docx).

The tree is the one the PDF is made from, so the words are the PDF's: the
mentions resolved by the same first-mention rules, the same list of
abbreviations. The Word document is plain, to be edited and read back
(``migmeet import``): one Word paragraph per report paragraph, a chapter's
heading "I. Opening of the meeting" as a Heading 1 paragraph, a
subsection's as Heading 2, footnotes as Word footnotes, names as text.

Its parts: the title page and imprint, the front matter (preface, contents
as a table-of-contents field, explanatory notes with the abbreviations in a
table) numbered i, ii, iii..., then the body and annexes numbered from 1.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
from collections.abc import Sequence

import attrs
import docx
from docutils import nodes
from docx.document import Document
from docx.enum.section import WD_SECTION
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
from .docx_styles import add_styles, list_numbering

__all__ = ["tree_docx"]

#: The contents: headings of levels 1 and 2, linked, as Word builds it.
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'

_PAGE_SIZES = {"Letter": (Cm(21.59), Cm(27.94)), "A4": (Cm(21.0), Cm(29.7))}
_MARGIN_TOP, _MARGIN_SIDE = Cm(2.54), Cm(2.9)
_TWIPS_PER_EMU = 1 / 635

# The cover's lines, by their class: style, space above (cm), bold.
_COVER = {
    "symbol-line": ("Normal", 0.0, False),
    "meeting-title": ("Title", 5.0, False),
    "place-dates": ("CoverLine", 0.0, False),
    "department": ("CoverLine", 8.0, False),
    "division": ("CoverLine", 0.0, False),
    "sales-number": ("CoverLine", 0.5, False),
    "publisher": ("CoverLine", 12.0, False),
    "place-year": ("CoverLine", 0.0, False),
    "publication": ("CoverLine", 1.0, False),
}
_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(cm|mm|in|pt|px|%)?\s*$")


@attrs.frozen
class _Format:
    bold: bool = False
    italic: bool = False
    style: str | None = None


def _anchor(ident: str) -> str:
    """A bookmark's name: hidden (a leading ``_``), as Word names its own."""
    return "_Toc_" + re.sub(r"\W", "_", ident)[:35]


class _Writer:
    """Writes one tree into one Word document, top to bottom."""

    def __init__(self, page_size: str) -> None:
        self.word: Document = docx.Document()
        width, height = _PAGE_SIZES.get(page_size, _PAGE_SIZES["Letter"])
        section = self.word.sections[0]
        section.page_width, section.page_height = width, height
        section.top_margin = section.bottom_margin = _MARGIN_TOP
        section.left_margin = section.right_margin = _MARGIN_SIDE
        section.footer_distance = Cm(1.5)
        section.different_first_page_header_footer = True  # no number on the cover
        self.text_width = Emu(width - 2 * _MARGIN_SIDE)
        add_styles(self.word, text_width=round(self.text_width * _TWIPS_PER_EMU))
        self.notes: XmlPart | None = None
        self.note_count = 0
        self.bookmark_count = 0
        self.next_breaks_page = False

    # Paragraphs of the body.

    def paragraph(self, style: str = "Normal") -> BaseOxmlElement:
        paragraph = self.word.add_paragraph()
        element = paragraph._p
        element.style = style
        if self.next_breaks_page:
            paragraph.paragraph_format.page_break_before = True
            self.next_breaks_page = False
        return element

    def blocks(self, node: nodes.Element, depth: int = 0) -> None:
        for child in node.children:
            if isinstance(child, nodes.Element):
                self.block(child, depth)

    def block(self, node: nodes.Element, depth: int) -> None:
        classes = node["classes"]
        if isinstance(node, nodes.section):
            self.section(node)
        elif isinstance(node, nodes.container) and {"title-page", "imprint"} & set(
            classes
        ):
            self.cover(node)
        elif isinstance(node, nodes.container) and "main-matter" in classes:
            self.word.add_section(WD_SECTION.ODD_PAGE)
            self.word.sections[-1].different_first_page_header_footer = False
            self.blocks(node)
        elif isinstance(node, nodes.container) and "toc" in classes:
            self.contents(node)
        elif isinstance(node, nodes.paragraph):
            self.text_paragraph(node, "Normal")
        elif isinstance(node, nodes.definition_list):
            self.abbreviations(node)
        elif isinstance(node, nodes.bullet_list | nodes.enumerated_list):
            self.items(node, depth)
        elif isinstance(node, nodes.image):
            self.image(node, self.paragraph("Normal"))
        elif isinstance(node, nodes.TextElement):
            self.text_paragraph(node, "Normal")
        else:
            self.blocks(node, depth)

    def text_paragraph(self, node: nodes.Element, style: str) -> BaseOxmlElement:
        children: Sequence[nodes.Node] = node.children
        element = self.paragraph(style)
        if "numbered" in node["classes"] and children:
            # "I. Opening of the meeting" in an annex: the numeral, a tab, the text.
            element.style = "NumberedParagraph"
            number, *rest = children
            element.append(xml.run(number.astext() + "\t"))
            if rest and isinstance(rest[0], nodes.Text):
                rest[0] = nodes.Text(rest[0].astext().lstrip())
            children = rest
        element.extend(self.inlines(children, _Format(), self.word.part))
        return element

    def section(self, node: nodes.section) -> None:
        classes = node["classes"]
        title = node[0]
        if "chapter" in classes:
            style = "Heading1"
        elif "subsection" in classes:
            style = "Heading2"
        elif {"front", "body", "annex"} & set(classes):
            style = "PartHeading"
        else:
            style = "GroupHeading"
        heading = self.paragraph(style)
        if "body" in classes:  # the section break before it starts the page
            heading.get_or_add_pPr().append(_off("w:pageBreakBefore"))
        if "annex" in classes and len(title.children) == 3:
            # "Annex I", then its title on the next line, as the PDF sets it.
            number, _, name = title.children
            heading.append(xml.run(number.astext() + "\n"))
            heading.extend(self.inlines([name], _Format(), self.word.part))
        else:
            heading.extend(self.inlines(title.children, _Format(), self.word.part))
        if node["ids"] and style != "GroupHeading":
            self.bookmark_count += 1
            xml.bookmark(heading, _anchor(node["ids"][0]), self.bookmark_count)
        for child in node.children[1:]:
            if isinstance(child, nodes.Element):
                self.block(child, 0)

    def cover(self, node: nodes.container) -> None:
        self.next_breaks_page = "imprint" in node["classes"]
        for child in node.children:
            if isinstance(child, nodes.image):
                element = self.paragraph("CoverLine")
                self.image(child, element)
                continue
            if not isinstance(child, nodes.paragraph):
                continue
            style, above, _ = _COVER.get(child["classes"][0], ("CoverLine", 0.0, False))
            if style == "Title" and "imprint" in node["classes"]:
                style, above = "CoverLine", 1.0
            element = self.text_paragraph(child, style)
            properties = element.get_or_add_pPr()
            if child["classes"][0] == "symbol-line":
                properties.append(_valued("w:jc", "right"))
            if above:
                spacing = OxmlElement("w:spacing")
                spacing.set(qn("w:before"), str(round(Cm(above) * _TWIPS_PER_EMU)))
                properties.append(spacing)

    def contents(self, node: nodes.container) -> None:
        entries = [e for e in node.children if isinstance(e, nodes.paragraph)]
        if not entries:
            self.paragraph("TOC1").extend(xml.field(TOC_INSTRUCTION, ""))
            return
        for index, entry in enumerate(entries):
            element = self.paragraph("TOC1")
            if index == 0:
                element.extend(xml.field_start(TOC_INSTRUCTION))
            element.extend(self.inlines(entry.children, _Format(), self.word.part))
            if index == len(entries) - 1:
                element.append(xml.field_end())

    def abbreviations(self, node: nodes.definition_list) -> None:
        items = [i for i in node.children if isinstance(i, nodes.definition_list_item)]
        table = self.word.add_table(rows=0, cols=2)
        table.autofit = False
        widths = (Cm(2.6), Emu(self.text_width - Cm(2.6)))
        for item in items:
            cells = table.add_row().cells
            for cell, width, part in zip(cells, widths, item.children, strict=False):
                cell.width = width
                element = cell.paragraphs[0]._p
                element.style = "Abbreviation"
                element.extend(self.inlines([part], _Format(), self.word.part))
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width

    def items(self, node: nodes.Element, depth: int) -> None:
        bullet = isinstance(node, nodes.bullet_list)
        kind = "bullet" if bullet else str(node.get("enumtype", "arabic"))
        numbering = list_numbering(self.word, kind, min(depth, 8))
        level = min(depth, 2)
        style = ("ListBullet" if bullet else "ListNumber") + (
            str(level + 1) if level else ""
        )
        for item in node.children:
            if not isinstance(item, nodes.list_item):
                continue
            first = True
            for child in item.children:
                if isinstance(child, nodes.paragraph):
                    element = self.text_paragraph(
                        child, style if first else "ListContinue"
                    )
                    if first:
                        _number(element, numbering, min(depth, 8))
                    first = False
                elif isinstance(child, nodes.Element):
                    self.block(child, depth + 1)

    def image(self, node: nodes.image, element: BaseOxmlElement) -> None:
        uri = str(node["uri"])
        if not uri.startswith("data:image/") or ";base64," not in uri:
            raise RenderError(
                f"an image refers to {uri[:60]!r}; only embedded images render"
            )
        data = base64.b64decode(uri.partition(";base64,")[2])
        paragraph = Paragraph(element, self.word._body)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        width = _width(str(node.get("width", "")), self.text_width)
        try:
            picture = paragraph.add_run().add_picture(io.BytesIO(data), width=width)
        except UnrecognizedImageError as error:
            raise RenderError(f"an image cannot be put in Word: {error}") from error
        if picture.width > self.text_width:
            scale = self.text_width / picture.width
            picture.width = Emu(self.text_width)
            picture.height = Emu(round(picture.height * scale))
        for described in element.iter(qn("wp:docPr")):
            described.set("descr", str(node.get("alt", "")))

    # Runs: text, emphasis, links and footnotes.

    def inlines(
        self, children: Sequence[nodes.Node], form: _Format, part: Part
    ) -> list[BaseOxmlElement]:
        made: list[BaseOxmlElement] = []
        for child in children:
            if isinstance(child, nodes.Text):
                made.append(
                    xml.run(
                        _plain(child.astext()),
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

    def link(self, node: nodes.reference, form: _Format, part: Part) -> BaseOxmlElement:
        if node.get("refid"):  # an entry of the contents, to its heading
            runs = self.inlines(node.children, form, part)
            return xml.hyperlink(runs, relationship=None, anchor=_anchor(node["refid"]))
        shown = attrs.evolve(form, style="Hyperlink")
        runs = self.inlines(node.children, shown, part)
        ident = part.relate_to(str(node["refuri"]), RT.HYPERLINK, is_external=True)
        return xml.hyperlink(runs, relationship=ident, anchor=None)

    def footnote(self, node: footnote_text) -> BaseOxmlElement:
        if self.notes is None:
            self.notes = xml.footnotes_part(self.word)
        self.note_count += 1
        note = xml.footnote(self.note_count)
        element = OxmlElement("w:p")
        element.style = "FootnoteText"
        element.append(xml.footnote_mark())
        element.append(xml.run(" "))
        element.extend(self.inlines(node.children, _Format(), self.notes))
        note.append(element)
        self.notes.element.append(note)
        return xml.footnote_reference(self.note_count)


def _plain(text: str) -> str:
    """Text as one line: the tree's line breaks are spaces."""
    return re.sub(r"\s*[\r\n]+\s*", " ", text)


def _valued(tag: str, value: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:val"), value)
    return element


def _off(tag: str) -> BaseOxmlElement:
    return _valued(tag, "0")


def _number(element: BaseOxmlElement, numbering: int, level: int) -> None:
    """Make ``element`` an item of the list ``numbering`` at ``level``."""
    properties = element.get_or_add_pPr()
    number = properties.get_or_add_numPr()
    number.get_or_add_ilvl().val = level
    number.get_or_add_numId().val = numbering


def _width(text: str, text_width: Length) -> Length | None:
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


def tree_docx(
    document: nodes.document,
    *,
    title: str,
    author: str,
    date: dt.date,
    page_size: str = "Letter",
) -> bytes:
    """The Word document of a finished report tree, as bytes.

    ``date`` is the one the document's properties give (created, modified),
    so that the same tree gives the same bytes. Raises :class:`RenderError`
    if a part of the tree cannot be written to Word.
    """
    writer = _Writer(page_size)
    try:
        writer.blocks(document)
    except ValueError as error:  # lxml: text that XML cannot hold
        raise RenderError(f"the report cannot be written to Word: {error}") from error
    sections = writer.word.sections
    xml.number_pages(sections[0], "lowerRoman")
    if len(sections) > 1:
        xml.number_pages(sections[-1], "decimal")
    xml.update_fields_on_open(writer.word)
    return xml.reproducible_package(writer.word, title=title, author=author, date=date)
