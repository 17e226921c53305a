"""The whole meeting as one JSON document, for programs: the JSON export.

One versioned document (``"version": "1"``, described by the JSON Schema
shipped as ``migmeet/schema/meeting-export-1.schema.json``): the meeting's
data (:mod:`migmeet._writing.meeting_json`: facts, agenda, organizations,
people, terms, documents, programme, papers, side events, panels) and the
report's text as the PDF prints it (:mod:`migmeet._writing.report_json`:
section numerals, headings, paragraphs with the mentions they hold).
The bytes are reproducible: keys in the order the code writes them, two
spaces of indent, UTF-8 as written (no ``\\u`` escapes), a final newline.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from .._dsl import Report
from .._errors import MigmeetError
from .._model import Meeting
from .._tree import report_tree
from .._tree.marked import finish_marked_tree
from .._writing.meeting_json import entities_in, meeting_data, meeting_from_data
from .._writing.report_json import report_text

__all__ = [
    "EXPORT_SCHEMA_ID",
    "EXPORT_VERSION",
    "export_schema",
    "meeting_from_json",
    "meeting_json",
    "meeting_json_bytes",
]

#: The version of the export's shape; a change that breaks a reader bumps it.
EXPORT_VERSION = "1"
#: The ``$id`` of the export's JSON Schema, which each export names.
EXPORT_SCHEMA_ID = "https://migmeet.invalid/schemas/meeting-export-1.schema.json"
_SCHEMA_FILE = "meeting-export-1.schema.json"


def export_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`meeting_json`'s document, as shipped.

    Args:
        none.

    Returns:
        The schema (JSON Schema 2020-12) as Python values; the package
        ships it as ``migmeet/schema/meeting-export-1.schema.json``.

    Raises nothing.
    """
    text = (resources.files("migmeet") / "schema" / _SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def meeting_json(report: Report) -> dict[str, Any]:
    """The meeting and its report as one JSON document.

    Args:
        report: the report, with its meeting.

    Returns:
        The document as Python values (dicts, lists, text, numbers): what
        ``migmeet export DIR --format json`` writes.

    Raises:
        ReportError: if the report cannot be laid out as a document.
    """
    named = list(entities_in([*report.mentions(), *report.abbreviations]))
    data, ids = meeting_data(report.meeting, extra=named)
    document = finish_marked_tree(report_tree(report))
    about: dict[str, Any] = {
        "symbol": str(report.symbol) if report.symbol is not None else None,
        "sales_number": report.sales_number,
        "author": report.author_name,
        "page_size": report.page_size,
    }
    return {
        "$schema": EXPORT_SCHEMA_ID,
        "version": EXPORT_VERSION,
        **data,
        "report": {**about, **report_text(document, ids)},
    }


def meeting_json_bytes(report: Report) -> bytes:
    """:func:`meeting_json` as the bytes of a file.

    Args:
        report: the report, with its meeting.

    Returns:
        UTF-8 JSON, two spaces of indent, a final newline: the same
        report gives the same bytes.

    Raises:
        ReportError: if the report cannot be laid out as a document.
    """
    return json_bytes(meeting_json(report))


def json_bytes(document: dict[str, Any]) -> bytes:
    """The document as the export writes it: keys in the order given."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def meeting_from_json(document: dict[str, Any] | str | bytes) -> Meeting:
    """The :class:`Meeting` a JSON export describes (its data part).

    Args:
        document: the export as Python values, or its text or bytes.

    Returns:
        The meeting, equal to the one exported.

    Raises:
        MigmeetError: if the document is not a migmeet export of a known
            version, or a value in it is not what the model takes.
    """
    if isinstance(document, str | bytes):
        try:
            document = json.loads(document)
        except ValueError as error:
            raise MigmeetError(f"not JSON: {error}") from None
    if not isinstance(document, dict) or "meeting" not in document:
        raise MigmeetError("not a migmeet export: there is no 'meeting' object")
    if document.get("version") != EXPORT_VERSION:
        raise MigmeetError(
            f"a migmeet export of version {document.get('version')!r}; "
            f"this migmeet reads version {EXPORT_VERSION!r}"
        )
    try:
        return meeting_from_data(document)
    except (KeyError, TypeError, ValueError) as error:
        raise MigmeetError(f"the export's data cannot be read: {error!r}") from None
