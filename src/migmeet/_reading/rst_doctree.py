"""The whitelist reader of a summary's document tree: its blocks and its
sections, read into report blocks and :class:`RstSection` values.

Paragraphs, bullet and enumerated lists, images and sub-headings are read;
comments, targets and footnotes (read where they are referenced) are
skipped; anything else is a :class:`Finding` at its line, never silently
dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
from docutils import nodes

from .._dsl import Block, BulletList, NumberedList, Paragraph
from .._errors import InvalidValueError
from .._findings import Finding, load_problem
from .._model import Source
from .rst_images import read_image
from .rst_inlines import InlineReader
from .rst_refusals import UnsupportedError, describe, line_of

__all__ = ["DoctreeReader", "RstSection", "RstText"]


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


_SKIPPED = (
    nodes.comment,
    nodes.target,
    nodes.substitution_definition,
    nodes.system_message,
    nodes.footnote,
)


class DoctreeReader:
    """Reads one parsed file into blocks, collecting problems as it goes."""

    def __init__(self, document: nodes.document, source: str, folder: Path) -> None:
        self.document = document
        self.source = source
        self.folder = folder.resolve()
        self.inline = InlineReader(document)
        self.problems: list[Finding] = []

    def text(self) -> RstText:
        """The whole document: its blocks before any heading, its sections."""
        body = [
            child
            for child in self.document.children
            if not isinstance(child, nodes.section)
        ]
        return RstText(
            blocks=self.blocks(body), sections=self.sections(self.document.children)
        )

    def problem(self, node: nodes.Node, message: str) -> None:
        self.problems.append(
            load_problem(file=self.source, line=line_of(node), message=message)
        )

    def guarded(self, node: nodes.Node, make: Callable[..., Any], *args: Any) -> Any:
        """Run ``make(*args)``; a refused value becomes a problem at ``node``."""
        try:
            return make(*args)
        except UnsupportedError as error:
            self.problem(error.node, str(error))
        except InvalidValueError as error:
            self.problem(node, f"{error.problem} ({error.field})")
        return None

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
                content=self.inline.inlines(node.children),
                source=Source(file=self.source, line=line_of(node), raw=node.rawsource),
            )
        if isinstance(node, nodes.bullet_list):
            return BulletList(
                items=[self.blocks(item.children) for item in node.children]
            )
        if isinstance(node, nodes.enumerated_list):
            if node.get("start", 1) != 1:
                raise UnsupportedError(
                    node, "a numbered list must start at its first number"
                )
            return NumberedList(
                items=[self.blocks(item.children) for item in node.children],
                style=node.get("enumtype", "arabic"),
            )
        if isinstance(node, nodes.image):
            return read_image(node, self.folder)
        if isinstance(node, nodes.definition_list):
            raise UnsupportedError(
                node,
                "a line is indented under the line before it (docutils reads a "
                "definition list): start every line of a paragraph at the left "
                "margin",
            )
        raise UnsupportedError(
            node,
            f"{describe(node)} is not supported in a summary; use paragraphs, "
            f"lists, images, footnotes, emphasis and links",
        )

    def sections(self, children: Sequence[nodes.Node]) -> tuple[RstSection, ...]:
        result = []
        for child in children:
            if not isinstance(child, nodes.section):
                continue
            title = child[0]
            body = [c for c in child.children[1:] if not isinstance(c, nodes.section)]
            line = line_of(title)
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
