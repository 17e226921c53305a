"""Running text of a summary: the whitelist of inline nodes, read into
report inlines (text, mentions, emphasis, strong, links, footnotes)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from docutils import nodes

from .._dsl import Emphasis, Footnote, Inline, Link, Strong
from .._tree import mention
from .rst_refusals import UnsupportedError, describe

__all__ = ["InlineReader"]


class InlineReader:
    """Reads inline nodes of ``document``; refuses others with
    :class:`UnsupportedError`."""

    def __init__(self, document: nodes.document) -> None:
        self.document = document

    def inlines(self, children: Sequence[nodes.Node]) -> tuple[Inline, ...]:
        result: list[Inline] = []
        key_follows = False
        for child in children:
            if (
                isinstance(child, nodes.problematic)
                and not stand_in(child.rawsource)
                and result
                and isinstance(result[-1], str)
                and re.search(r":\w+:\Z", result[-1])
            ):
                # An unclosed backtick after a role's name (":person:`liu"),
                # reported where it arose: the key that follows stands in as
                # a name, as for a key that names nothing, so that no other
                # rule reports the same slip again.
                result[-1] = re.sub(r":\w+:\Z", "", result[-1])
                key_follows = True
                continue
            if key_follows and isinstance(child, nodes.Text):
                text = str(child)
                result.append(text[:1].upper() + text[1:])
                key_follows = False
                continue
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
        elif isinstance(node, nodes.problematic):
            # Reported where it arose. Its key stands in, as a word, so the
            # sentence around it is still whole and is not reported again.
            if word := stand_in(node.rawsource):
                yield word
        elif isinstance(node, nodes.system_message):
            return  # already reported where it arose
        else:
            raise UnsupportedError(
                node, f"{describe(node)} is not supported in running text"
            )

    def reference(self, node: nodes.reference) -> Iterator[Inline]:
        content = self.inlines(node.children)
        url = node.get("refuri")
        if url is None:
            yield from content  # a link inside the text: keep its words
        elif url.startswith(("https://", "http://", "mailto:")):
            yield Link(content=content, url=url)
        else:
            raise UnsupportedError(
                node, f"link {url!r} is not a web (https://) or mail (mailto:) address"
            )

    def footnote(self, node: nodes.footnote_reference) -> Footnote:
        target = self.document.ids.get(node.get("refid", ""))
        if not isinstance(target, nodes.footnote):
            raise UnsupportedError(node, "a footnote reference without its footnote")
        paragraphs = [
            child for child in target.children if not isinstance(child, nodes.label)
        ]
        if len(paragraphs) != 1 or not isinstance(paragraphs[0], nodes.paragraph):
            raise UnsupportedError(target, "a footnote holds exactly one paragraph")
        return Footnote(content=self.inlines(paragraphs[0].children))


def stand_in(rawsource: str) -> str:
    """The word that stands in the text for a role whose key names nothing:
    the key, capitalized as a name (":org:`iomm`" reads "Iomm"); nothing
    for markup without a key (a lone backtick or asterisk)."""
    if "`" in rawsource:
        key = rawsource.partition("`")[2].rstrip("`_").strip()
    elif rawsource.startswith("|"):  # a substitution that names nothing
        key = rawsource.strip("|_")
    else:  # a footnote mark ([1]_), at a sentence's end
        key = ""
    return key.capitalize()
