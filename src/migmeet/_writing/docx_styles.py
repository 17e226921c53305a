"""The Word styles and list numbering of the report, in UN sizes.

Every paragraph and run the report writes carries one of these styles, so
that an editor in Word changes a style, not each paragraph: the body in a
Times-metric font ("Times New Roman", which LibreOffice shows as
Liberation Serif) at 11 points, chapter headings (Heading 1) bold in
capitals, footnotes at 9 points, the contents' entries with dot leaders.
Numbered lists are numbered as UN documents number them, "(a)", "(i)", each
list from its first item.
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.numbering import CT_Numbering

__all__ = ["FONT", "add_styles", "list_numbering"]

FONT = "Times New Roman"

_FONTS = (
    f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
)

# (styleId, type, name, basedOn, pPr, rPr): each replaces the template's.
_STYLES = (
    (
        "Normal",
        "paragraph",
        "Normal",
        None,
        '<w:spacing w:after="160" w:line="264" w:lineRule="auto"/><w:jc w:val="both"/>',
        "",
    ),
    (
        "Heading1",
        "paragraph",
        "heading 1",
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="240"/>'
        '<w:jc w:val="left"/><w:outlineLvl w:val="0"/>',
        '<w:b/><w:bCs/><w:caps/><w:sz w:val="22"/><w:szCs w:val="22"/>',
    ),
    (
        "Heading2",
        "paragraph",
        "heading 2",
        "Normal",
        '<w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="160"/>'
        '<w:jc w:val="left"/><w:outlineLvl w:val="1"/>',
        '<w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/>',
    ),
    (
        "PartHeading",
        "paragraph",
        "Part Heading",
        "Normal",
        "<w:keepNext/><w:keepLines/><w:pageBreakBefore/>"
        '<w:spacing w:before="0" w:after="360"/><w:jc w:val="center"/>'
        '<w:outlineLvl w:val="0"/>',
        '<w:b/><w:bCs/><w:caps/><w:sz w:val="24"/><w:szCs w:val="24"/>',
    ),
    (
        "GroupHeading",
        "paragraph",
        "Group Heading",
        "Normal",
        '<w:keepNext/><w:spacing w:before="280" w:after="160"/><w:jc w:val="left"/>',
        "<w:b/><w:bCs/>",
    ),
    (
        "Title",
        "paragraph",
        "Title",
        "Normal",
        '<w:spacing w:before="0" w:after="120"/><w:jc w:val="center"/>',
        '<w:b/><w:bCs/><w:caps/><w:sz w:val="34"/><w:szCs w:val="34"/>',
    ),
    (
        "CoverLine",
        "paragraph",
        "Cover Line",
        "Normal",
        '<w:spacing w:before="0" w:after="0"/><w:jc w:val="center"/>',
        '<w:sz w:val="26"/><w:szCs w:val="26"/>',
    ),
    (
        "Abbreviation",
        "paragraph",
        "Abbreviation",
        "Normal",
        '<w:spacing w:before="0" w:after="40"/><w:jc w:val="left"/>',
        "",
    ),
    (
        "NumberedParagraph",
        "paragraph",
        "Numbered Paragraph",
        "Normal",
        '<w:ind w:left="567" w:hanging="567"/><w:jc w:val="left"/>',
        "",
    ),
    (
        "FootnoteText",
        "paragraph",
        "footnote text",
        "Normal",
        '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>',
        '<w:sz w:val="18"/><w:szCs w:val="18"/>',
    ),
    (
        "FootnoteReference",
        "character",
        "footnote reference",
        "DefaultParagraphFont",
        "",
        '<w:vertAlign w:val="superscript"/>',
    ),
    (
        "Hyperlink",
        "character",
        "Hyperlink",
        "DefaultParagraphFont",
        "",
        '<w:color w:val="1F4E8C"/>',
    ),
)


def _toc_style(level: int, text_width: int) -> tuple[str, str, str, str, str, str]:
    return (
        f"TOC{level}",
        "paragraph",
        f"toc {level}",
        "Normal",
        f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{text_width}"/></w:tabs>'
        f'<w:spacing w:after="120"/><w:ind w:left="{(level - 1) * 440}"/>'
        '<w:jc w:val="left"/>',
        "",
    )


def add_styles(document: Document, *, text_width: int) -> None:
    """Give ``document`` the report's styles; ``text_width`` in twentieths
    of a point places the contents' page numbers."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        styles.remove(defaults)
    styles.insert(
        0,
        parse_xml(
            f"<w:docDefaults {nsdecls('w')}><w:rPrDefault><w:rPr>{_FONTS}"
            '<w:sz w:val="22"/><w:szCs w:val="22"/>'
            '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>'
            "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
            '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            "</w:pPr></w:pPrDefault></w:docDefaults>"
        ),
    )
    for ident, kind, name, based_on, paragraph, character in (
        *_STYLES,
        _toc_style(1, text_width),
        _toc_style(2, text_width),
    ):
        for old in styles.findall(qn("w:style")):
            if old.get(qn("w:styleId")) == ident:
                styles.remove(old)
        default = ' w:default="1"' if ident == "Normal" else ""
        based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
        following = '<w:next w:val="Normal"/>' if kind == "paragraph" else ""
        hidden = "<w:unhideWhenUsed/>" if ident.startswith(("TOC", "Foot")) else ""
        styles.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{ident}"'
                f'{default}><w:name w:val="{name}"/>{based}{following}'
                f'<w:uiPriority w:val="{39 if ident.startswith("TOC") else 9}"/>'
                f"{hidden}<w:qFormat/>"
                + (f"<w:pPr>{paragraph}</w:pPr>" if paragraph else "")
                + f"<w:rPr>{_FONTS}{character}</w:rPr></w:style>"
            )
        )


# How each kind of list marks its items, level by level; docutils' names.
_FORMATS = {
    "bullet": ("bullet", "\u2022"),
    "arabic": ("decimal", "%{}."),
    "loweralpha": ("lowerLetter", "(%{})"),
    "upperalpha": ("upperLetter", "(%{})"),
    "lowerroman": ("lowerRoman", "(%{})"),
    "upperroman": ("upperRoman", "(%{})"),
}


def list_numbering(document: Document, kind: str, level: int) -> int:
    """A new numbering (``w:num``) for one list of ``kind`` (``bullet`` or
    docutils' enumeration type) at ``level``, counting from 1; its id."""
    numbering = document.part.numbering_part.element
    number_format, text = _FORMATS.get(kind, _FORMATS["arabic"])
    abstract_id = _abstract_numbering(numbering, kind, number_format, text)
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=level).add_startOverride(1)
    return int(num.numId)


def _abstract_numbering(
    element: CT_Numbering, kind: str, number_format: str, text: str
) -> int:
    """The id of the ``w:abstractNum`` for ``kind``, added if new."""
    name = f"migmeet-{kind}"
    found = element.xpath(f'w:abstractNum[w:name/@w:val="{name}"]/@w:abstractNumId')
    if found:
        return int(found[0])
    taken = element.xpath("w:abstractNum/@w:abstractNumId")
    ident = max((int(value) for value in taken), default=-1) + 1
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{number_format}"/>'
        f'<w:lvlText w:val="{text.format(level + 1)}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{720 * (level + 1)}" w:hanging="720"/></w:pPr>'
        f"{f'<w:rPr>{_FONTS}</w:rPr>' if kind != 'bullet' else ''}</w:lvl>"
        for level in range(9)
    )
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ident}">'
        f'<w:multiLevelType w:val="multilevel"/><w:name w:val="{name}"/>'
        f"{levels}</w:abstractNum>"
    )
    first_num = element.find(qn("w:num"))
    if first_num is None:
        element.append(abstract)
    else:
        first_num.addprevious(abstract)
    return ident
