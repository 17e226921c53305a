"""From the finished document tree to one HTML page.

docutils' HTML5 writer does the escaping and the common markup; the
translator below adds what migmeet's nodes need: footnotes as spans that
CSS floats to the foot of the page, and abbreviations as plain text. The
page's ``lang``, title and author become the PDF's metadata.
"""

from __future__ import annotations

from html import escape
from typing import Any

from docutils import core, nodes
from docutils.writers import html5_polyglot

from .._errors import RenderError
from .._tree import footnote_text, mention

__all__ = ["tree_html"]


class _Translator(html5_polyglot.HTMLTranslator):
    def visit_footnote_text(self, node: footnote_text) -> None:
        self.body.append('<span class="footnote">')

    def depart_footnote_text(self, node: footnote_text) -> None:
        self.body.append("</span>")

    # An abbreviation is written as plain text: WeasyPrint breaks lines too
    # early around inline elements (Kozea/WeasyPrint#1614), and the list of
    # abbreviations explains each one.
    def visit_abbreviation(self, node: nodes.abbreviation) -> None:
        pass

    def depart_abbreviation(self, node: nodes.abbreviation) -> None:
        pass

    # Images carry their data: URL; docutils' own visitor would look for
    # files to embed or measure, and migmeet reads no file while rendering.
    def visit_image(self, node: nodes.image) -> None:
        uri = node["uri"]
        if not uri.startswith("data:image/"):
            raise RenderError(
                f"an image refers to {uri[:60]!r}; only embedded images render"
            )
        style = f' style="width: {escape(node["width"])}"' if node.get("width") else ""
        classes = " ".join(node.get("classes", []))
        cls = f' class="{escape(classes)}"' if classes else ""
        self.body.append(
            f'<img src="{escape(uri)}" alt="{escape(node.get("alt", ""))}"{cls}{style}>'
        )

    def depart_image(self, node: nodes.image) -> None:
        pass

    def visit_mention(self, node: mention) -> None:
        raise RenderError(f"a mention of {node['entity']!r} was left unresolved")


class _Writer(html5_polyglot.Writer):
    def __init__(self) -> None:
        super().__init__()
        self.translator_class = _Translator


_SETTINGS: dict[str, Any] = {
    "initial_header_level": 1,
    "embed_stylesheet": False,
    "stylesheet_path": "",
    "stylesheet": "",
    "output_encoding": "unicode",
    "report_level": 5,
    "halt_level": 5,
    "raw_enabled": False,
    "file_insertion_enabled": False,
    "_disable_config": True,
    "xml_declaration": False,
    "math_output": "HTML",
    "section_self_link": False,
    "footnote_backlinks": False,
    "toc_backlinks": "none",
}


def tree_html(
    document: nodes.document, *, title: str, author: str, language: str
) -> str:
    """The whole HTML page for a finished document tree."""
    writer = _Writer()
    core.publish_from_doctree(document, writer=writer, settings_overrides=_SETTINGS)
    body = writer.parts["body"]
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n"
        f'<meta name="author" content="{escape(author)}">\n'
        f'<meta name="generator" content="migmeet">\n'
        f"</head>\n<body>\n{body}</body>\n</html>\n"
    )
