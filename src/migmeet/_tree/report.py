"""From a report to a docutils document tree.

The tree has the report's parts in reading order: title page, imprint,
preface, contents, explanatory notes, the body (introduction and one
section per agenda item) and annexes. Mentions, the contents and the list
of abbreviations stay placeholders here; :mod:`migmeet._transforms` fills
them in.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable

from docutils import frontend, nodes, utils

from .._dsl import (
    MENTIONABLE,
    Annex,
    Block,
    BulletList,
    Emphasis,
    Footnote,
    Image,
    Inline,
    Link,
    Paragraph,
    Report,
    Section,
    Strong,
)
from .._model import Document, Meeting, Source
from .._style import to_roman
from .nodes import IN_CONTENTS, MENTION_SCOPE, abbreviation_list, contents_list
from .nodes import footnote_text as footnote_node
from .nodes import mention as mention_node
from .participants import PARTICIPANTS_TITLE, participant_groups

__all__ = ["report_tree"]

SYMBOLS_NOTE = (
    "Symbols of United Nations documents are composed of capital letters "
    "combined with figures."
)
ABBREVIATIONS_LEAD = (
    "The following abbreviations have been used in the present document:"
)


_LINE_BREAKS = re.compile(r"[ \t]*[\r\n]+[ \t]*")
# A document symbol typed in the text: a series, a slash, more ("A/RES/70/1").
_TYPED_SYMBOL = re.compile(r"(?<![\w/])(?:[A-Z]{1,8}/)+[A-Z0-9][\w.-]*")


def _cites_a_symbol(document: nodes.document) -> bool:
    """Whether the report names a document by its symbol: a mention of one
    that has a symbol, or a symbol typed in the text."""
    for node in document.findall(mention_node):
        entity = node["entity"]
        if isinstance(entity, Document) and entity.symbol is not None:
            return True
    return any(_TYPED_SYMBOL.search(str(text)) for text in document.findall(nodes.Text))


def _inlines(parts: Iterable[Inline]) -> list[nodes.Node]:
    result: list[nodes.Node] = []
    for part in parts:
        if isinstance(part, str):
            # Line breaks in the source are spaces: WeasyPrint would keep a
            # newline inside a footnote as a break.
            result.append(nodes.Text(_LINE_BREAKS.sub(" ", part)))
        elif isinstance(part, MENTIONABLE):
            result.append(mention_node(entity=part))
        elif isinstance(part, Emphasis):
            result.append(nodes.emphasis("", "", *_inlines(part.content)))
        elif isinstance(part, Strong):
            result.append(nodes.strong("", "", *_inlines(part.content)))
        elif isinstance(part, Link):
            result.append(
                nodes.reference("", "", *_inlines(part.content), refuri=part.url)
            )
        elif isinstance(part, Footnote):
            result.append(footnote_node("", "", *_inlines(part.content)))
    return result


# How docutils marks numbered lists: "(a)" and "(i)" in parentheses, as UN
# documents number them; figures with a full stop.
_ENUMERATION_AFFIXES = {"arabic": ("", ".")}


def _block(block: Block) -> nodes.Element:
    if isinstance(block, Paragraph):
        paragraph = nodes.paragraph("", "", *_inlines(block.content))
        if block.source is not None:  # for checks to point to the file
            paragraph.source, paragraph.line = block.source.file, block.source.line
            paragraph.rawsource = block.source.raw
        return paragraph
    if isinstance(block, Image):
        data = base64.b64encode(block.data).decode("ascii")
        node = nodes.image(
            "", uri=f"data:{block.media_type};base64,{data}", alt=block.alt
        )
        if block.width:
            node["width"] = block.width
        return node
    items = [nodes.list_item("", *_blocks(item)) for item in block.items]
    if isinstance(block, BulletList):
        return nodes.bullet_list("", *items, bullet="-")
    prefix, suffix = _ENUMERATION_AFFIXES.get(block.style, ("(", ")"))
    return nodes.enumerated_list(
        "", *items, enumtype=block.style, prefix=prefix, suffix=suffix
    )


def _blocks(blocks: Iterable[Block]) -> list[nodes.Element]:
    return [_block(block) for block in blocks]


def _numbered_title(number: str, text: str) -> nodes.title:
    return nodes.title(
        "", "", nodes.inline("", number, classes=["number"]), nodes.Text(" " + text)
    )


def _part(
    ident: str, title: str, *children: nodes.Node, classes: list[str]
) -> nodes.section:
    section = nodes.section("", nodes.title("", title), *children, ids=[ident])
    section["classes"] = classes
    return section


def _line(text: str, cls: str) -> nodes.paragraph:
    return nodes.paragraph("", text, classes=[cls])


def _logo(logo: Image) -> nodes.image:
    node = _block(logo)
    node["classes"] = ["logo"]
    return node  # type: ignore[return-value]


def _title_page(report: Report) -> nodes.container:
    meeting = report.meeting
    page = nodes.container("", ids=["title-page"], classes=["title-page"])
    if report.symbol is not None:
        page += _line(str(report.symbol), "symbol-line")
    if report.logo is not None:
        page += _logo(report.logo)
    page += [
        _line(meeting.title, "meeting-title"),
        _line(f"{meeting.venue.city}, {meeting.dates}", "place-dates"),
        _line(meeting.organizer.department, "department"),
        _line(meeting.organizer.division, "division"),
    ]
    if report.sales_number is not None:
        page += _line(f"Sales No. {report.sales_number}", "sales-number")
    return page


def _imprint(report: Report) -> nodes.container:
    meeting = report.meeting
    page = nodes.container("", ids=["imprint"], classes=["imprint"])
    if report.symbol is not None:
        page += _line(str(report.symbol), "symbol-line")
    page += [
        _line(meeting.title, "meeting-title"),
        _line(f"{meeting.venue.city}, {meeting.dates}", "place-dates"),
        _line("United Nations", "publisher"),
        # The place of publication, as UN publications print it.
        _line(f"{meeting.organizer.place}, {meeting.year}", "place-year"),
    ]
    if report.sales_number is not None:
        page += [
            _line("United Nations publication", "publication"),
            _line(f"Sales No. {report.sales_number}", "sales-number"),
        ]
    return page


def _section(section: Section, meeting: Meeting) -> nodes.section:
    item = meeting.agenda[section.number - 1]
    ident = f"item-{item.number}"
    title = _numbered_title(f"{item.numeral}.", section.title or item.title)
    if section.title:
        # An authored heading; one from the agenda stands in the data file,
        # where the checks read it.
        title["authored"] = True
        if section.source is not None:
            _place(title, section.source)
    node = nodes.section(
        "",
        title,
        *_blocks(section.paragraphs),
        ids=[ident],
        classes=["chapter", IN_CONTENTS],
    )
    for index, subsection in enumerate(section.subsections):
        letter = chr(ord("A") + index)
        subtitle = _numbered_title(f"{letter}.", subsection.title)
        subtitle["authored"] = True
        if subsection.source is not None:
            _place(subtitle, subsection.source)
        node += nodes.section(
            "",
            subtitle,
            *_blocks(subsection.paragraphs),
            ids=[f"{ident}-{letter}"],
            classes=["subsection"],
        )
    return node


def _place(node: nodes.Element, source: Source) -> None:
    """Where ``node``'s text was written, for the checks."""
    node.source, node.line = source.file, source.line


def _annex(number: int, annex: Annex) -> nodes.section:
    title = _annex_title(number, annex.title)
    title["authored"] = True
    if annex.source is not None:
        _place(title, annex.source)
    return _annex_section(number, title, _blocks(annex.paragraphs))


def _annex_title(number: int, text: str) -> nodes.title:
    return nodes.title(
        "",
        "",
        nodes.inline("", f"Annex {to_roman(number)}", classes=["number"]),
        nodes.Text(" "),
        nodes.inline("", text, classes=["annex-title"]),
    )


def _annex_section(
    number: int, title: nodes.title, children: Iterable[nodes.Node]
) -> nodes.section:
    return nodes.section(
        "",
        title,
        *children,
        ids=[f"annex-{number}"],
        classes=["annex", IN_CONTENTS, MENTION_SCOPE],
    )


def _annexes(report: Report) -> list[nodes.section]:
    """The report's annexes, the list of participants last if asked for."""
    made = [_annex(number, annex) for number, annex in enumerate(report.annexes, 1)]
    if report.participants_annex:
        meeting = report.meeting
        number = len(made) + 1
        section = _annex_section(
            number,
            _annex_title(number, PARTICIPANTS_TITLE),
            participant_groups(meeting.participants or meeting.people),
        )
        section["classes"].append("participants")
        made.append(section)
    return made


def report_tree(report: Report) -> nodes.document:
    """The document tree of ``report``, before the transforms run."""
    meeting = report.meeting
    settings = frontend.get_default_settings()
    settings.language_code = "en"
    settings.report_level = 5  # our own errors are raised, not reported
    document = utils.new_document("<report>", settings)
    document["title"] = meeting.title
    document["author"] = report.author_name

    body = nodes.section(
        "",
        nodes.title("", f"Report of the {meeting.title}"),
        *_blocks(report.introduction),
        *(_section(section, meeting) for section in report.sections),
        ids=["report"],
        classes=["body", IN_CONTENTS, MENTION_SCOPE],
    )
    document += [
        _title_page(report),
        _imprint(report),
        _part(
            "preface",
            "Preface",
            *_blocks(report.preface),
            classes=["front", IN_CONTENTS, MENTION_SCOPE],
        ),
        _part("contents", "Contents", contents_list(), classes=["front"]),
        _part(
            "explanatory-notes",
            "Explanatory notes",
            nodes.paragraph("", SYMBOLS_NOTE),
            nodes.paragraph("", ABBREVIATIONS_LEAD),
            abbreviation_list(extra=report.abbreviations),
            classes=["front", IN_CONTENTS],
        ),
        # One container for body and annexes: one page group, so the page
        # numbers run on from the body into the annexes.
        nodes.container(
            "",
            body,
            *_annexes(report),
            classes=["main-matter"],
        ),
    ]
    if not _cites_a_symbol(document):
        # The note on symbols explains symbols; a report that cites none
        # has nothing for it to explain.
        notes = document.next_node(
            lambda node: (
                isinstance(node, nodes.paragraph) and node.astext() == SYMBOLS_NOTE
            )
        )
        if notes is not None:
            notes.parent.remove(notes)
    for element in document.findall(nodes.Element):
        if element["ids"]:
            document.set_id(element)  # registers the ids given above
    return document
