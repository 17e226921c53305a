"""From the finished document tree to one HTML page.

docutils' HTML5 writer does the escaping and the common markup; the
translator below adds what migmeet's nodes need: footnotes as spans that
CSS floats to the foot of the page, and abbreviations as plain text. The
page's ``lang``, title and author become the PDF's metadata.
"""

from __future__ import annotations

import re
from html import escape
from typing import Any

from docutils import core, nodes
from docutils.writers import html5_polyglot

from .._errors import RenderError
from .._tree import footnote_text, mention
from .quotes import typographic_quotes

__all__ = ["no_break_spaces", "tree_html"]

_NBSP = "\u00a0"
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|"
    "November|December"
)
# Where UN typography ties two words: an honorific or title to the name
# ("Mr. Craig Mokhiber", "Ambassador Lauber"), "UN" to the rest of its
# abbreviation ("UN DESA"), a day to its month ("16 February 2017") and a
# number to its unit ("10 a.m.", "6 per cent", "272 million").
_TIED = re.compile(
    r"(?:(?<![\w.])(?:Mr|Ms|Mrs|Mx|Dr|Prof|H\.E)\."
    r"|(?<!\w)(?:Professor|Ambassador|Judge|Justice|Sir|Dame|Senator)) (?=[A-Z])"
    r"|(?<!\w)UN (?=[A-Z]{2,}\b)"
    rf"|(?<![\w.])\d{{1,2}} (?=(?:{_MONTHS})\b)"
    r"|(?<![\w.])\d[\d,.]* (?=(?:a\.m\.|p\.m\.|per cent\b|million\b|billion\b))"
)


# A capitalized word: of a name, a title, an abbreviation ("UN DESA", tied,
# is one). Word by word, so that the page does not depend on where the
# tree splits its text.
_PROPER = re.compile(r"(?<![\w\-])[A-Z][\w'\u2019\-]*(?:\u00a0[A-Z][\w'\u2019\-]*)*")


def no_break_spaces(text: str) -> str:
    """``text`` with no-break spaces where UN typography ties two words."""
    return _TIED.sub(lambda match: match.group()[:-1] + _NBSP, text)


#: The class of the paragraphs that are titles: the meeting's title on the
#: title page, the imprint, the programme and the concept note; the entries
#: of the contents.
_TITLE_LINES = frozenset({"meeting-title", "toc-entry"})
#: Two last words kept together are at most this long, so that keeping
#: them on one line can never push them past the margin.
_KEPT_LENGTH = 32
_LAST_TWO_WORDS = re.compile(r"\S+ \S+\Z")


def _title_of(node: nodes.Text) -> nodes.Element | None:
    """The title that ``node`` ends, if it ends one."""
    parent = node.parent
    while parent is not None and not (
        isinstance(parent, nodes.title)
        or (
            isinstance(parent, nodes.paragraph)
            and _TITLE_LINES.intersection(parent.get("classes", []))
        )
    ):
        # A link is a "Body" element too, but a title may hold one (the
        # entries of the contents are links).
        inline = isinstance(parent, nodes.Inline)
        if not inline and isinstance(parent, nodes.Structural | nodes.Body):
            return None
        parent = parent.parent
    if parent is None:
        return None
    texts = list(parent.findall(nodes.Text))
    return parent if texts and texts[-1] is node else None


class _Translator(html5_polyglot.HTMLTranslator):
    def visit_footnote_text(self, node: footnote_text) -> None:
        self.body.append('<span class="footnote">')

    def depart_footnote_text(self, node: footnote_text) -> None:
        self.body.append("</span>")

    # An abbreviation is written without <abbr> (the list of abbreviations
    # explains each one), its words tied: "UN DESA" stays on one line.
    def visit_abbreviation(self, node: nodes.abbreviation) -> None:
        self._in_abbreviation = True

    def depart_abbreviation(self, node: nodes.abbreviation) -> None:
        self._in_abbreviation = False

    _in_abbreviation = False

    # The words UN typography ties are written with no-break spaces; the
    # tree, which the checks read, keeps ordinary ones.
    def visit_Text(self, node: nodes.Text) -> None:  # noqa: N802 - docutils
        text = no_break_spaces(node.astext())
        if self._in_abbreviation:
            text = text.replace(" ", _NBSP)
        last = _LAST_TWO_WORDS.search(text.rstrip())
        if last and len(last.group()) <= _KEPT_LENGTH and _title_of(node):
            # A title never leaves one word alone on its last line: its two
            # last words are kept together (ordinary spaces, so the PDF's
            # bookmarks and the text read back are the words as written).
            self.body.append(self.encode(text[: last.start()]))
            self.body.append(f'<span class="keep">{self.encode(last.group())}</span>')
            self.body.append(self.encode(text[last.end() :]))
            return
        if not isinstance(node.parent, nodes.TextElement) or isinstance(
            node.parent, nodes.title
        ):
            super().visit_Text(nodes.Text(text))
            return
        # Justified paragraphs are hyphenated, but never a name, a title or
        # an abbreviation: capitalized words are set apart, unhyphenated.
        start = 0
        for match in _PROPER.finditer(text):
            self.body.append(self.encode(text[start : match.start()]))
            self.body.append(
                f'<span class="proper">{self.encode(match.group())}</span>'
            )
            start = match.end()
        self.body.append(self.encode(text[start:]))

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
    core.publish_from_doctree(
        typographic_quotes(document), writer=writer, settings_overrides=_SETTINGS
    )
    body = writer.parts["body"]
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n"
        f'<meta name="author" content="{escape(author)}">\n'
        f'<meta name="generator" content="migmeet">\n'
        f"</head>\n<body>\n{body}</body>\n</html>\n"
    )
