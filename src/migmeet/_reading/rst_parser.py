"""docutils, set up to parse an untrusted summary into a document tree.

Raw HTML, file inclusion and configuration files are off; every docutils
message of warning level or above becomes a :class:`Finding`, in words for
a rapporteur where docutils speaks of what migmeet switches off.
"""

from __future__ import annotations

import io
from typing import Any

from docutils import frontend, nodes, utils
from docutils.parsers.rst import Parser
from docutils.readers.standalone import Reader

from .._findings import Finding, load_problem
from .rst_messages import said_at
from .rst_roles import Entities, MeetingInliner

__all__ = ["parse_document"]

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


def parse_document(
    text: str, source: str, entities: Entities
) -> tuple[nodes.document, list[Finding]]:
    """The document tree of ``text``, with the meeting roles naming
    ``entities``, and every problem docutils reported."""
    problems: list[Finding] = []
    parser = Parser(inliner=MeetingInliner(entities))
    reader: Reader[Any] = Reader(parser=parser)
    settings = frontend.get_default_settings(parser, reader)
    for key, value in _SETTINGS.items():
        setattr(settings, key, value)
    settings.warning_stream = io.StringIO()
    document = utils.new_document(source, settings)

    lines = text.split("\n")

    def observe(message: nodes.system_message) -> None:
        if message["level"] >= 2:
            said = message[0].astext() if message.children else message.astext()
            words, line = said_at(said, message.get("line"), lines)
            problems.append(load_problem(file=source, line=line, message=words))

    document.reporter.attach_observer(observe)
    parser.parse(text, document)
    document.transformer.populate_from_components((reader, parser))
    document.transformer.apply_transforms()
    return document, problems
