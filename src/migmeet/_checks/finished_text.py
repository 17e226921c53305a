"""The text a reader sees in a finished document, whatever its form.

From a page of HTML (the report and the programme before they are laid out
as PDF, the web page, the series' index), an XML document (Akoma Ntoso),
a Word document, an iCalendar file or a JSON export to the words a reader
of it is shown: text nodes only, never tags, attribute values, scripts or
style sheets, or an address's field. A block (a paragraph, a heading, a
cell, an event's field) ends a line, so that what is said of the end of a
paragraph or of a line of its own can be said of it.
"""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from typing import Any

__all__ = ["docx_text", "html_text", "ics_text", "json_text", "xml_text"]

_BLOCKS = frozenset(
    re.findall(
        r"\S+",
        "address article aside blockquote body br caption dd div dl dt figcaption "
        "figure footer h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre "
        "section table tbody td tfoot th thead title tr ul",
    )
)
_HIDDEN = frozenset({"script", "style", "template"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(page: str) -> str:
    """The text nodes of an HTML page (its title among them), a line a block."""
    parser = _Text()
    parser.feed(page)
    parser.close()
    return "".join(parser.parts)


def xml_text(data: bytes | str) -> str:
    """The text nodes of an XML document, a line between elements."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    # Comments, processing instructions and CDATA's markers are not text.
    text = re.sub(r"<!--.*?-->|<\?.*?\?>|<!\[CDATA\[|\]\]>", "", text, flags=re.S)
    return html.unescape(re.sub(r"<[^>]*>", "\n", text))


_WORD_RUN = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|</w:p>")
_WORD_PARTS = re.compile(
    r"word/(?:document|footnotes|endnotes|header\d*|footer\d*)\.xml"
)


def docx_text(data: bytes) -> str:
    """The text of a Word document's body, notes, headers and footers: the
    runs' text (``w:t``), never field codes, a line a paragraph."""
    parts = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            if not _WORD_PARTS.fullmatch(name):
                continue
            xml = archive.read(name).decode("utf-8")
            for match in _WORD_RUN.finditer(xml):
                parts.append(html.unescape(match[1]) if match[1] is not None else "\n")
            parts.append("\n")
    return "".join(parts)


#: The fields of an event its reader sees.
_SHOWN = ("SUMMARY", "DESCRIPTION", "LOCATION", "COMMENT", "X-WR-CALNAME")
_PROPERTY = re.compile(
    r'(?P<name>[A-Za-z0-9-]+)(?:;(?:"[^"]*"|[^:;"])*)*:(?P<value>.*)'
)
_ESCAPE = re.compile(r"\\([\\;,nN])")


def ics_text(data: bytes) -> str:
    """The fields of an iCalendar file a reader sees (each event's summary,
    description and location), unfolded and unescaped, a line a field."""
    unfolded = re.sub(r"\r?\n[ \t]", "", data.decode("utf-8"))
    lines = []
    for line in unfolded.splitlines():
        match = _PROPERTY.fullmatch(line)
        if match and match["name"].upper() in _SHOWN:
            value = _ESCAPE.sub(
                lambda m: "\n" if m[1] in "nN" else m[1], match["value"]
            )
            lines.append(value)
    return "\n".join(lines)


#: Keys whose values are addresses, keys or codes, never shown as words.
_NOT_WORDS = frozenset({"$schema", "$id", "url", "report_url", "id", "version"})


def _strings(value: Any, key: str = "") -> list[str]:
    if isinstance(value, str):
        return [] if key in _NOT_WORDS else [value]
    if isinstance(value, dict):
        # A text read with its mentions keeps its source beside its parts,
        # for programs to read again: its parts are what a reader is shown.
        skip = "text" if "parts" in value else ""
        return [s for k, v in value.items() if k != skip for s in _strings(v, str(k))]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, key)]
    return []


def json_text(data: bytes) -> str:
    """The strings of a JSON export that hold words, a line each (of a text
    given with its parts, the parts)."""
    return "\n".join(_strings(json.loads(data)))
