"""reStructuredText summaries: parsed safely, turned into report blocks.

A summary is untrusted text. docutils parses it with raw HTML, file
inclusion and configuration files off; the resulting tree is then read
through a whitelist (paragraphs, bullet and enumerated lists, images from
the meeting folder, sub-headings; text, emphasis, strong, links, footnotes
and the meeting roles) into the same values the Python DSL builds, so both
ways in share one document tree and one renderer. Anything else is a
:class:`Finding` at its file and line, never silently dropped.

The roles ``:person:``, ``:org:``, ``:term:`` and ``:doc:`` name a key of
the meeting's data file. They are registered with docutils once, as pure
functions; the keys they resolve come with each parse, in its settings.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from docutils import frontend, nodes, utils
from docutils.parsers.rst import Parser, roles
from docutils.readers.standalone import Reader

from .._dsl import (
    Block,
    BulletList,
    Emphasis,
    Footnote,
    Image,
    Inline,
    Link,
    NumberedList,
    Paragraph,
    Strong,
    image_media_type,
)
from .._errors import InvalidValueError
from .._findings import Finding, load_problem
from .._model import Document, Organization, Person, Source, Term
from .._tree import mention
from .suggest import suggest

__all__ = ["Entities", "RstSection", "RstText", "parse_rst"]


@attrs.frozen(kw_only=True)
class Entities:
    """What the roles may name, by the keys of the data file."""

    people: Mapping[str, Person] = attrs.field(factory=dict)
    organizations: Mapping[str, Organization] = attrs.field(factory=dict)
    terms: Mapping[str, Term] = attrs.field(factory=dict)
    documents: Mapping[str, Document] = attrs.field(factory=dict)
    #: Keys that stand in the data file but whose values have problems.
    broken_keys: frozenset[str] = frozenset()


@attrs.frozen(kw_only=True)
class RstSection:
    """A titled section of a summary file, with the line of its title."""

    title: str
    line: int | None
    blocks: tuple[Block, ...]
    subsections: tuple[RstSection, ...]


@attrs.frozen(kw_only=True)
class RstText:
    """A parsed summary: blocks before any heading, then its sections."""

    blocks: tuple[Block, ...]
    sections: tuple[RstSection, ...]


# --- the meeting roles ------------------------------------------------------

_ROLE_TABLES = {
    "person": ("people", "person"),
    "org": ("organizations", "organization"),
    "term": ("terms", "term"),
    "doc": ("documents", "document"),
}


def _meeting_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: Mapping[str, Any] | None = None,
    content: Sequence[str] = (),
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    entities: Entities | None = getattr(
        inliner.document.settings, "migmeet_entities", None
    )
    table_name, what = _ROLE_TABLES[name]
    table: Mapping[str, object] = getattr(entities, table_name) if entities else {}
    key = utils.unescape(text).strip()
    if key in table:
        return [mention(rawtext, entity=table[key])], []
    if entities is not None and key in entities.broken_keys:
        # Its definition has its own problem in the data file.
        return [nodes.Text(key)], []
    hint = suggest(key, table)
    known = "" if hint or not table else f"; known: {', '.join(sorted(table)[:8])}"
    message = inliner.reporter.error(
        f"no {what} {key!r} in the data file's [{table_name}]{hint}{known}", line=lineno
    )
    return [inliner.problematic(rawtext, rawtext, message)], [message]


for _role in _ROLE_TABLES:
    roles.register_local_role(_role, _meeting_role)  # type: ignore[arg-type]


# --- parsing ----------------------------------------------------------------

_SETTINGS: dict[str, Any] = {
    "raw_enabled": False,
    "file_insertion_enabled": False,
    "_disable_config": True,
    "report_level": 2,
    "halt_level": 5,
    "doctitle_xform": False,
    "sectsubtitle_xform": False,
    "docinfo_xform": False,
    "trim_footnote_reference_space": True,
    "pep_references": False,
    "rfc_references": False,
    "smart_quotes": False,
    "language_code": "en",
    "syntax_highlight": "none",
    "tab_width": 4,
}


def _clearer(message: str) -> str:
    """docutils' words for what migmeet switches off, said for a rapporteur."""
    if match := re.fullmatch(r'"(raw|include)" directive disabled\.', message):
        what = {"raw": "carry raw HTML", "include": "insert other files"}[match[1]]
        return f'the "{match[1]}" directive is not allowed: a summary cannot {what}'
    disabled = r'File and URL access deactivated; ignoring "(.+)" directive\.'
    if match := re.fullmatch(disabled, message):
        return (
            f'the "{match[1]}" directive may not read files or web addresses '
            f"in a summary; it is not allowed"
        )
    return message


def _parse(
    text: str, source: str, entities: Entities
) -> tuple[nodes.document, list[Finding]]:
    problems: list[Finding] = []
    parser = Parser()
    reader: Reader[Any] = Reader(parser=parser)
    settings = frontend.get_default_settings(parser, reader)
    for key, value in _SETTINGS.items():
        setattr(settings, key, value)
    settings.warning_stream = io.StringIO()
    settings.migmeet_entities = entities
    document = utils.new_document(source, settings)

    def observe(message: nodes.system_message) -> None:
        if message["level"] >= 2:
            text = message[0].astext() if message.children else message.astext()
            problems.append(
                load_problem(
                    file=source, line=message.get("line"), message=_clearer(text)
                )
            )

    document.reporter.attach_observer(observe)
    parser.parse(text, document)
    document.transformer.populate_from_components((reader, parser))
    document.transformer.apply_transforms()
    return document, problems


# --- from the docutils tree to report values ---------------------------------


class _UnsupportedError(Exception):
    def __init__(self, node: nodes.Node, message: str) -> None:
        super().__init__(message)
        self.node = node


def _line(node: nodes.Node) -> int | None:
    current: nodes.Node | None = node
    while current is not None:
        if current.line:
            return int(current.line)
        current = current.parent
    return None


_SKIPPED = (
    nodes.comment,
    nodes.target,
    nodes.substitution_definition,
    nodes.system_message,
    nodes.footnote,
)
_NAMES = {
    "block_quote": "an indented block (remove the indentation)",
    "literal_block": "a literal block ('::')",
    "table": "a table",
    "figure": "a figure (use an image)",
    "definition_list": "a definition list",
    "field_list": "a field list",
    "option_list": "an option list",
    "line_block": "a line block",
    "doctest_block": "a doctest block",
    "admonition": "an admonition",
    "note": "a note",
    "warning": "a warning",
    "topic": "a topic",
    "sidebar": "a sidebar",
    "rubric": "a rubric",
    "transition": "a transition line",
    "math_block": "a math block",
    "pending": "a directive",
}


def _describe(node: nodes.Node) -> str:
    name = type(node).__name__
    return _NAMES.get(name, f"'{name}'")


class _Converter:
    """Reads one parsed file into blocks, collecting problems as it goes."""

    def __init__(self, document: nodes.document, source: str, folder: Path) -> None:
        self.document = document
        self.source = source
        self.folder = folder.resolve()
        self.problems: list[Finding] = []

    def problem(self, node: nodes.Node, message: str) -> None:
        self.problems.append(
            load_problem(file=self.source, line=_line(node), message=message)
        )

    def guarded(self, node: nodes.Node, make: Callable[..., Any], *args: Any) -> Any:
        """Run ``make(*args)``; a refused value becomes a problem at ``node``."""
        try:
            return make(*args)
        except _UnsupportedError as error:
            self.problem(error.node, str(error))
        except InvalidValueError as error:
            self.problem(node, f"{error.problem} ({error.field})")
        return None

    # Blocks

    def blocks(self, children: Sequence[nodes.Node]) -> tuple[Block, ...]:
        result = []
        for child in children:
            if isinstance(child, _SKIPPED):
                continue
            if isinstance(child, nodes.section):
                self.problem(child, "a heading here is not allowed")
                continue
            block: Block | None = self.guarded(child, self.block, child)
            if block is not None:
                result.append(block)
        return tuple(result)

    def block(self, node: nodes.Node) -> Block:
        if isinstance(node, nodes.paragraph):
            return Paragraph(
                content=self.inlines(node.children),
                source=Source(file=self.source, line=_line(node)),
            )
        if isinstance(node, nodes.bullet_list):
            return BulletList(
                items=[self.blocks(item.children) for item in node.children]
            )
        if isinstance(node, nodes.enumerated_list):
            if node.get("start", 1) != 1:
                raise _UnsupportedError(
                    node, "a numbered list must start at its first number"
                )
            return NumberedList(
                items=[self.blocks(item.children) for item in node.children],
                style=node.get("enumtype", "arabic"),
            )
        if isinstance(node, nodes.image):
            return self.image(node)
        raise _UnsupportedError(
            node,
            f"{_describe(node)} is not supported in a summary; use paragraphs, "
            f"lists, images, footnotes, emphasis and links",
        )

    def image(self, node: nodes.image) -> Image:
        uri = node["uri"]
        if node.get("loading") == "embed":
            raise _UnsupportedError(
                node,
                "':loading: embed' is not allowed; images from the meeting folder "
                "are embedded anyway",
            )
        if ":" in uri.split("/", 1)[0] or uri.startswith(("/", "\\")):
            raise _UnsupportedError(
                node, f"image {uri!r} is not a path inside the meeting folder"
            )
        path = (self.folder / uri).resolve()
        if not path.is_relative_to(self.folder):
            raise _UnsupportedError(
                node, f"image {uri!r} is outside the meeting folder"
            )
        if not path.is_file():
            raise _UnsupportedError(
                node, f"image {uri!r} does not exist in the meeting folder"
            )
        data = path.read_bytes()
        if image_media_type(data) is None:
            raise _UnsupportedError(
                node, f"image {uri!r} is not a PNG, JPEG or GIF file"
            )
        if not node.get("alt"):
            raise _UnsupportedError(
                node, f"image {uri!r} needs ':alt:' text saying what it shows"
            )
        return Image(data=data, alt=node["alt"], width=node.get("width"))

    # Inlines

    def inlines(self, children: Sequence[nodes.Node]) -> tuple[Inline, ...]:
        result: list[Inline] = []
        for child in children:
            result.extend(self.inline(child))
        return tuple(result)

    def inline(self, node: nodes.Node) -> Iterator[Inline]:
        if isinstance(node, nodes.Text):
            yield str(node)
        elif isinstance(node, mention):
            yield node["entity"]
        elif isinstance(node, nodes.emphasis | nodes.title_reference):
            yield Emphasis(content=self.inlines(node.children))
        elif isinstance(node, nodes.strong):
            yield Strong(content=self.inlines(node.children))
        elif isinstance(node, nodes.reference):
            yield from self.reference(node)
        elif isinstance(node, nodes.footnote_reference):
            yield self.footnote(node)
        elif isinstance(node, nodes.literal | nodes.target | nodes.abbreviation):
            yield from self.inlines(node.children)
        elif isinstance(node, nodes.problematic | nodes.system_message):
            return  # already reported where it arose
        else:
            raise _UnsupportedError(
                node, f"{_describe(node)} is not supported in running text"
            )

    def reference(self, node: nodes.reference) -> Iterator[Inline]:
        content = self.inlines(node.children)
        url = node.get("refuri")
        if url is None:
            yield from content  # a link inside the text: keep its words
        elif url.startswith(("https://", "http://", "mailto:")):
            yield Link(content=content, url=url)
        else:
            raise _UnsupportedError(
                node, f"link {url!r} is not a web (https://) or mail (mailto:) address"
            )

    def footnote(self, node: nodes.footnote_reference) -> Footnote:
        target = self.document.ids.get(node.get("refid", ""))
        if not isinstance(target, nodes.footnote):
            raise _UnsupportedError(node, "a footnote reference without its footnote")
        paragraphs = [
            child for child in target.children if not isinstance(child, nodes.label)
        ]
        if len(paragraphs) != 1 or not isinstance(paragraphs[0], nodes.paragraph):
            raise _UnsupportedError(target, "a footnote holds exactly one paragraph")
        return Footnote(content=self.inlines(paragraphs[0].children))

    # Sections

    def sections(self, children: Sequence[nodes.Node]) -> tuple[RstSection, ...]:
        result = []
        for child in children:
            if not isinstance(child, nodes.section):
                continue
            title = child[0]
            body = [c for c in child.children[1:] if not isinstance(c, nodes.section)]
            line = _line(title)
            result.append(
                RstSection(
                    title=title.astext(),
                    # docutils gives the underline's line; the text is above it.
                    line=line - 1 if line else None,
                    blocks=self.blocks(body),
                    subsections=self.sections(child.children[1:]),
                )
            )
        return tuple(result)

    def unreferenced_footnotes(self) -> None:
        for footnote in self.document.findall(nodes.footnote):
            if not footnote.get("backrefs"):
                self.problem(footnote, "this footnote is never referenced in the text")


def parse_rst(
    text: str, *, source: str, entities: Entities, folder: Path
) -> tuple[RstText, list[Finding]]:
    """Parse one summary file; return what it holds and every problem found.

    ``source`` is the name used in messages; images are read from
    ``folder`` and nowhere else.
    """
    problems = [
        load_problem(
            file=source,
            line=number,
            message=f"contains the control character U+{ord(ch):04X}",
        )
        for number, line in enumerate(text.splitlines(), 1)
        for ch in line
        if (ord(ch) < 32 and ch != "\t") or 0x7F <= ord(ch) < 0xA0
    ]
    if problems:
        return RstText(blocks=(), sections=()), problems
    document, problems = _parse(text, source, entities)
    converter = _Converter(document, source, folder)
    body = [
        child for child in document.children if not isinstance(child, nodes.section)
    ]
    result = RstText(
        blocks=converter.blocks(body), sections=converter.sections(document.children)
    )
    converter.unreferenced_footnotes()
    return result, problems + converter.problems
