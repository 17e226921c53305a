"""The WordprocessingML that python-docx has no API for.

Runs, fields (a table of contents, page numbers), bookmarks, hyperlinks,
the footnotes part and its separators, the settings that make Word update
the fields, the page-number formats of a section, and the package made
reproducible: the same document gives the same bytes (no clock in the core
properties or the zip entries, no thumbnail of another document).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterable

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section

__all__ = [
    "FOOTNOTES_CONTENT_TYPE",
    "bookmark",
    "field",
    "field_end",
    "field_start",
    "footnote",
    "footnote_mark",
    "footnote_reference",
    "footnotes_part",
    "hyperlink",
    "number_pages",
    "reproducible_package",
    "run",
    "update_fields_on_open",
]

FOOTNOTES_CONTENT_TYPE = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
)
#: The extended properties: which program wrote the file, and nothing
#: stale from the template (its page and word counts).
_APPLICATION = (
    b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    b'extended-properties"><Application>migmeet</Application></Properties>'
)
#: The zip entries' time: the earliest a zip file can say, the same always.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

# The separators Word draws above a page's footnotes; ids -1 and 0, as
# Word itself numbers them, so that the first footnote is 1.
_FOOTNOTES = (
    f"<w:footnotes {nsdecls('w', 'r')}>"
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "<w:r><w:separator/></w:r></w:p></w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr>'
    '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
    "</w:footnotes>"
)


def _local(element: BaseOxmlElement) -> str:
    """An element's tag without its namespace."""
    return str(element.tag).rpartition("}")[2]


def run(
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    style: str | None = None,
) -> BaseOxmlElement:
    """A ``w:r`` with ``text``: a tab as ``w:tab``, a line break as ``w:br``."""
    element = OxmlElement("w:r")
    if bold or italic or style:
        properties = OxmlElement("w:rPr")
        if style:
            properties.append(_valued("w:rStyle", style))
        if bold:
            properties.append(OxmlElement("w:b"))
        if italic:
            properties.append(OxmlElement("w:i"))
        element.append(properties)
    for number, line in enumerate(text.split("\n")):
        if number:
            element.append(OxmlElement("w:br"))
        for index, piece in enumerate(line.split("\t")):
            if index:
                element.append(OxmlElement("w:tab"))
            if piece:
                words = OxmlElement("w:t")
                words.text = piece
                words.set(qn("xml:space"), "preserve")
                element.append(words)
    return element


def _valued(tag: str, value: str) -> BaseOxmlElement:
    element = OxmlElement(tag)
    element.set(qn("w:val"), value)
    return element


def _field_char(kind: str) -> BaseOxmlElement:
    element = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    element.append(char)
    return element


def field(instruction: str, cached: str) -> list[BaseOxmlElement]:
    """The runs of a complex field: begin, ``instruction``, separate, the
    result shown until Word updates it (``cached``), end."""
    code = OxmlElement("w:r")
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    code.append(text)
    return [
        _field_char("begin"),
        code,
        _field_char("separate"),
        run(cached),
        _field_char("end"),
    ]


def field_start(instruction: str) -> list[BaseOxmlElement]:
    """The runs that open a field whose result spans paragraphs."""
    return field(instruction, "")[:3]


def field_end() -> BaseOxmlElement:
    """The run that closes a field opened by :func:`field_start`."""
    return _field_char("end")


def bookmark(paragraph: BaseOxmlElement, name: str, ident: int) -> None:
    """Put the whole of ``paragraph``'s content inside the bookmark ``name``."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    properties = paragraph.find(qn("w:pPr"))
    paragraph.insert(0 if properties is None else 1, start)
    paragraph.append(end)


def hyperlink(
    runs: Iterable[BaseOxmlElement], *, relationship: str | None, anchor: str | None
) -> BaseOxmlElement:
    """A ``w:hyperlink`` to an external address (the relationship's id) or
    to a bookmark in the document (``anchor``)."""
    element = OxmlElement("w:hyperlink")
    if relationship is not None:
        element.set(qn("r:id"), relationship)
    if anchor is not None:
        element.set(qn("w:anchor"), anchor)
        element.set(qn("w:history"), "1")
    for piece in runs:
        element.append(piece)
    return element


def footnotes_part(document: Document) -> XmlPart:
    """A new, empty footnotes part (separators only), related to the body."""
    main = document.part
    part = XmlPart(
        PackURI("/word/footnotes.xml"),
        FOOTNOTES_CONTENT_TYPE,
        parse_xml(_FOOTNOTES),
        main.package,
    )
    main.relate_to(part, RT.FOOTNOTES)
    return part


def footnote(ident: int) -> BaseOxmlElement:
    """A ``w:footnote`` numbered ``ident``, whose paragraphs are appended."""
    element = OxmlElement("w:footnote")
    element.set(qn("w:id"), str(ident))
    return element


def footnote_reference(ident: int) -> BaseOxmlElement:
    """The run in the text that calls footnote ``ident``."""
    element = run(style="FootnoteReference")
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), str(ident))
    element.append(reference)
    return element


def footnote_mark() -> BaseOxmlElement:
    """The run that shows a footnote's number at the start of its text."""
    element = run(style="FootnoteReference")
    element.append(OxmlElement("w:footnoteRef"))
    return element


# What follows w:updateFields and w:footnotePr in w:settings (the schema
# fixes the order of its children; Word refuses a file that breaks it).
_AFTER_FOOTNOTE_SETTINGS = {
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
}


def update_fields_on_open(document: Document) -> None:
    """Ask Word to update the fields (the contents) when it opens the file,
    name the footnote separators, and save no preview picture."""
    settings = document.settings.element
    for preview in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(preview)
    update = _valued("w:updateFields", "true")
    notes = OxmlElement("w:footnotePr")
    for ident in ("-1", "0"):
        separator = OxmlElement("w:footnote")
        separator.set(qn("w:id"), ident)
        notes.append(separator)
    after = next(
        (child for child in settings if _local(child) in _AFTER_FOOTNOTE_SETTINGS),
        None,
    )
    for element in (update, notes):
        if after is None:
            settings.append(element)
        else:
            after.addprevious(element)


# What follows w:pgNumType in w:sectPr.
_AFTER_PAGE_NUMBERS = {
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
}


def number_pages(section: Section, number_format: str) -> None:
    """Number ``section``'s pages from 1 in ``number_format`` (``decimal``,
    ``lowerRoman``), the number centred in its own footer."""
    properties = section._sectPr
    for old in properties.findall(qn("w:pgNumType")):
        properties.remove(old)
    numbers = OxmlElement("w:pgNumType")
    numbers.set(qn("w:fmt"), number_format)
    numbers.set(qn("w:start"), "1")
    after = next(
        (child for child in properties if _local(child) in _AFTER_PAGE_NUMBERS),
        None,
    )
    if after is None:
        properties.append(numbers)
    else:
        after.addprevious(numbers)
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph._p.style = "Footer"
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    cached = "i" if number_format == "lowerRoman" else "1"
    for element in field("PAGE", cached):
        paragraph._p.append(element)


def reproducible_package(
    document: Document, *, title: str, author: str, date: dt.date
) -> bytes:
    """The saved package, the same bytes for the same document: core
    properties dated ``date``, no thumbnail, fixed zip entry times."""
    properties = document.core_properties
    properties.title = title
    properties.author = author
    properties.last_modified_by = author
    properties.comments = ""
    properties.revision = 1
    moment = dt.datetime(date.year, date.month, date.day, tzinfo=dt.UTC)
    properties.created = moment
    properties.modified = moment
    package = document.part.package
    for ident, relationship in list(package.rels.items()):
        if relationship.reltype == RT.THUMBNAIL:
            del package.rels[ident]
    # The template's copy of its styles for Word 2010, which would show that
    # version the template's blue headings rather than the report's.
    for ident, relationship in list(document.part.rels.items()):
        if relationship.reltype.endswith("/stylesWithEffects"):
            del document.part.rels[ident]
    saved = io.BytesIO()
    document.save(saved)
    return _fixed_zip(saved.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """``data``'s zip entries again, in the same order, with fixed times."""
    result = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.create_system = 0
            fixed.external_attr = 0o644 << 16
            data = source.read(entry.filename)
            if entry.filename == "docProps/app.xml":
                data = _APPLICATION  # not the template's word processor
            target.writestr(fixed, data)
    return result.getvalue()
