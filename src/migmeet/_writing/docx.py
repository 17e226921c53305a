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

import datetime as dt
from collections.abc import Sequence

import docx
from docutils import nodes
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Emu

from .._errors import RenderError
from . import docx_parts as xml
from .docx_runs import Format, Runs, anchor
from .docx_styles import add_styles, list_numbering
from .quotes import typographic_quotes

__all__ = ["tree_docx"]

#: The contents: headings of levels 1 and 2, linked, as Word builds it.
TOC_INSTRUCTION = 'TOC \\o "1-2" \\h \\z \\u'

_PAGE_SIZES = {"Letter": (Cm(21.59), Cm(27.94)), "A4": (Cm(21.0), Cm(29.7))}
_MARGIN_TOP, _MARGIN_SIDE = Cm(2.54), Cm(2.9)
_TWIPS_PER_EMU = 1 / 635

# The cover's lines, by their class: style and space above (cm).
_COVER = {
    "symbol-line": ("Normal", 0.0),
    "meeting-title": ("Title", 5.0),
    "place-dates": ("CoverLine", 0.0),
    "department": ("CoverLine", 8.0),
    "division": ("CoverLine", 0.0),
    "sales-number": ("CoverLine", 0.5),
    "publisher": ("CoverLine", 12.0),
    "place-year": ("CoverLine", 0.0),
    "publication": ("CoverLine", 1.0),
}


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
        self.runs = Runs(self.word, self.text_width)
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
            _cover(self, node)
        elif isinstance(node, nodes.container) and "main-matter" in classes:
            self.word.add_section(WD_SECTION.ODD_PAGE)
            self.word.sections[-1].different_first_page_header_footer = False
            self.blocks(node)
        elif isinstance(node, nodes.container) and "toc" in classes:
            self.contents(node)
        elif isinstance(node, nodes.paragraph):
            self.text_paragraph(node, "Normal")
        elif isinstance(node, nodes.definition_list):
            _abbreviations(self, node)
        elif isinstance(node, nodes.bullet_list | nodes.enumerated_list):
            self.items(node, depth)
        elif isinstance(node, nodes.image):
            self.runs.image(node, self.paragraph("Normal"))
        elif isinstance(node, nodes.TextElement):
            self.text_paragraph(node, "Normal")
        else:
            self.blocks(node, depth)

    def text_paragraph(self, node: nodes.Element, style: str) -> BaseOxmlElement:
        children: Sequence[nodes.Node] = node.children
        element = self.paragraph(style)
        if "numbered" in node["classes"]:
            # "I. Opening of the meeting" in an annex: its words as written
            # (to be read back as they are), the lines after the first indented.
            element.style = "NumberedParagraph"
        element.extend(self.runs.inlines(children, Format(), self.word.part))
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
            heading.get_or_add_pPr().pageBreakBefore_val = False
        if "annex" in classes and len(title.children) == 3:
            # "Annex I", then its title on the next line, as the PDF sets it.
            number, _, name = title.children
            heading.append(xml.run(number.astext() + "\n"))
            heading.extend(self.runs.inlines([name], Format(), self.word.part))
        else:
            heading.extend(self.runs.inlines(title.children, Format(), self.word.part))
        if node["ids"] and style != "GroupHeading":
            self.bookmark_count += 1
            xml.bookmark(heading, anchor(node["ids"][0]), self.bookmark_count)
        for child in node.children[1:]:
            if isinstance(child, nodes.Element):
                self.block(child, 0)

    def contents(self, node: nodes.container) -> None:
        entries = [e for e in node.children if isinstance(e, nodes.paragraph)]
        if not entries:
            self.paragraph("TOC1").extend(xml.field(TOC_INSTRUCTION, ""))
            return
        for index, entry in enumerate(entries):
            element = self.paragraph("TOC1")
            if index == 0:
                element.extend(xml.field_start(TOC_INSTRUCTION))
            element.extend(self.runs.inlines(entry.children, Format(), self.word.part))
            if index == len(entries) - 1:
                element.append(xml.field_end())

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


def _cover(writer: _Writer, node: nodes.container) -> None:
    writer.next_breaks_page = "imprint" in node["classes"]
    logo = False
    for child in node.children:
        if isinstance(child, nodes.image):
            # As the PDF sets it: within 6 by 3 cm, the title close below.
            element = writer.paragraph("CoverLine")
            writer.runs.image(child, element, box=(Cm(6), Cm(3)))
            element.get_or_add_pPr().spacing_before = Cm(1)
            logo = True
            continue
        if not isinstance(child, nodes.paragraph):
            continue
        style, above = _COVER.get(child["classes"][0], ("CoverLine", 0.0))
        if style == "Title" and "imprint" in node["classes"]:
            style, above = "CoverLine", 1.0
        elif style == "Title" and logo:
            above = 1.0
        element = writer.text_paragraph(child, style)
        properties = element.get_or_add_pPr()
        if child["classes"][0] == "symbol-line":
            properties.jc_val = WD_ALIGN_PARAGRAPH.RIGHT
        if above:
            properties.spacing_before = Cm(above)


def _abbreviations(writer: _Writer, node: nodes.definition_list) -> None:
    items = [i for i in node.children if isinstance(i, nodes.definition_list_item)]
    table = writer.word.add_table(rows=0, cols=2)
    table.autofit = False
    widths = (Cm(2.6), Emu(writer.text_width - Cm(2.6)))
    for item in items:
        cells = table.add_row().cells
        for cell, width, part in zip(cells, widths, item.children, strict=False):
            cell.width = width
            element = cell.paragraphs[0]._p
            element.style = "Abbreviation"
            element.extend(writer.runs.inlines([part], Format(), writer.word.part))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width


def _number(element: BaseOxmlElement, numbering: int, level: int) -> None:
    """Make ``element`` an item of the list ``numbering`` at ``level``."""
    properties = element.get_or_add_pPr()
    number = properties.get_or_add_numPr()
    number.get_or_add_ilvl().val = level
    number.get_or_add_numId().val = numbering


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
        writer.blocks(typographic_quotes(document))
    except ValueError as error:  # lxml: text that XML cannot hold
        raise RenderError(f"the report cannot be written to Word: {error}") from error
    sections = writer.word.sections
    xml.number_pages(sections[0], "lowerRoman")
    if len(sections) > 1:
        xml.number_pages(sections[-1], "decimal")
    xml.update_fields_on_open(writer.word)
    return xml.reproducible_package(writer.word, title=title, author=author, date=date)
