"""The data file's running text read with the summaries' inline roles and
links: from a string such as ``"To review :doc:`new_york_declaration`."`` to
:class:`~migmeet.Prose`, whose parts the documents print by the
first-mention rules.

Only inline markup is read: a data-file text is one paragraph, so text that
would start a list or a heading in a summary ("(a) ...", "1. ...") stays
text. What cannot be read (an unknown key, an unknown role, an unclosed
backtick, a reference to a target the data file cannot define) is a
``markup-in-data`` error at the key's line, and the text is kept with its
markup as words, so nothing is lost.
"""

from __future__ import annotations

import io
from types import SimpleNamespace
from typing import Any

from docutils import frontend, nodes, utils
from docutils.languages import get_language
from docutils.parsers.rst import Parser

from .._model import Prose, ProseLink, ProsePart
from .._tree import mention
from .builder import Builder
from .layout import DATA_FILE
from .rst_messages import in_our_words
from .rst_roles import Entities, MeetingInliner

__all__ = ["read_prose"]

_CODE = "markup-in-data"


def _settings() -> Any:
    settings = frontend.get_default_settings(Parser)
    settings.report_level = 5
    settings.halt_level = 5
    settings.raw_enabled = False
    settings.file_insertion_enabled = False
    settings.warning_stream = io.StringIO()
    settings.language_code = "en"
    settings.character_level_inline_markup = False
    return settings


def _parts(children: list[nodes.Node]) -> tuple[list[ProsePart], list[str]]:
    """The parts the inline nodes read as, and what they hold that running
    text of the data file cannot."""
    parts: list[ProsePart] = []
    refused: list[str] = []
    for node in children:
        if isinstance(node, nodes.Text):
            parts.append(str(node))
        elif isinstance(node, mention):
            parts.append(node["entity"])
        elif isinstance(node, nodes.reference) and node.get("refuri"):
            url = node["refuri"]
            if url.startswith("https://"):
                parts.append(ProseLink(text=node.astext(), url=url))
            else:
                refused.append(f"the link {url!r} is not an https:// address")
                parts.append(node.astext())
        elif isinstance(node, nodes.reference):
            refused.append(
                "a link is written `words <https://address>`_, with its address "
                "between < and >"
            )
            parts.append(node.astext())
        elif isinstance(node, nodes.target):
            continue  # the embedded target of a link, already taken
        elif isinstance(node, nodes.problematic | nodes.Inline):
            parts.append(node.astext())
        else:
            refused.append(f"{node.astext()!r} is markup a data-file text cannot hold")
            parts.append(node.astext())
    return parts, refused


def _in_our_words(message: nodes.system_message) -> str:
    """docutils' message, said as a rapporteur needs it."""
    text = message[0].astext() if message.children else message.astext()
    if text.startswith("Unknown target name"):
        # Data-file text holds no footnotes: a target is a link.
        return (
            "a link is written `words <https://address>`_, with its address "
            "between < and >"
        )
    return in_our_words(text)


def _merged(parts: list[ProsePart]) -> list[ProsePart]:
    merged: list[ProsePart] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return merged


def read_prose(b: Builder, path: str, text: str, entities: Entities) -> Prose:
    """``text`` (the value of the key ``path``) read into :class:`Prose`;
    each problem is reported at the key's line."""
    if "`" not in text and ":" not in text and "_" not in text:
        return Prose.plain(text)  # no markup: the common case, at no cost
    document = utils.new_document(DATA_FILE, _settings())
    messages: list[str] = []

    def observe(message: nodes.system_message) -> None:
        if message["level"] >= 2:
            messages.append(_in_our_words(message))

    document.reporter.attach_observer(observe)
    inliner = MeetingInliner(entities)
    inliner.init_customizations(document.settings)
    memo = SimpleNamespace(
        document=document,
        reporter=document.reporter,
        language=get_language("en", document.reporter),
        section_level=0,
        title_styles=[],
        section_bubble_up_kludge=False,
        inliner=inliner,
    )
    children, problems = inliner.parse(text, 1, memo, document)
    parts, refused = _parts(children)
    said = [_in_our_words(p) for p in problems if p["level"] >= 2]
    found = list(dict.fromkeys([*messages, *said, *refused]))
    for message in found:
        b.problem(path, message, code=_CODE)
    if found:
        return Prose.plain(text)
    return Prose(text=text, parts=_merged(parts))
