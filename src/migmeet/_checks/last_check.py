"""The last check on a finished document, just before it is written:
markup left in the words its reader would see.

The checks read the report and the data file; what a document finally
prints also holds what they pass as words (a person's name, a session's
title, text in a summary's literal). :class:`LastCheck` reads the finished
text of each document as it is made (the report's and the programme's
HTML before they are laid out as PDF, the web page, the calendar, the
Word document, the exports) with :func:`~.text_rules.leftover_markup`.
Each piece found is a ``markup-left`` error naming the document. Unless
it is forced, the first document holding any stops the making with
:class:`MarkupLeftError`, before a byte is written; forced, it gathers
them, to be reported, and the document is written as it is. A meeting's
data file may make them warnings (gathered, never stopping) or switch the
code off, as it may any check's (``[checks]``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .._errors import MigmeetError
from .._findings import CHECKS, Finding, Severity
from .._model.typed import typed_fields
from .finished_text import docx_text, html_text, ics_text, json_text, xml_text
from .text_rules.markup import leftover_markup

__all__ = ["LastCheck", "MarkupLeftError"]

_CODE = "markup-left"
_FIX = (
    "find these words in meeting.toml or the summaries and take the markup "
    "out: a name, a title or a literal is printed as typed, and a role is "
    "read only in running text, written :person:`key` with backticks"
)


class MarkupLeftError(MigmeetError):
    """A finished document would print markup: nothing was written."""

    def __init__(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        said = "; ".join(f"{f.where} {f.message}" for f in self.findings[:3])
        more = len(self.findings) - 3
        others = f"; and {more} more" if more > 0 else ""
        super().__init__(f"{said}{others}; nothing written")


@attrs.frozen(field_transformer=typed_fields)
class LastCheck:
    """The last check on the documents one command writes.

    ``force``: gather what is found rather than stop; ``said``: markup the
    checks have reported already, not reported again; ``severity``: what
    a finding is (a warning is gathered, never stops; None finds nothing),
    as a meeting's data file sets ``markup-left``; ``findings``: what was
    found and gathered, in the order the documents were made.
    """

    force: bool = False
    said: frozenset[str] = frozenset()
    severity: Severity | None = CHECKS[_CODE].severity
    findings: list[Finding] = attrs.field(factory=list)

    def text(self, document: str, text: str) -> None:
        """Check the words ``document`` ("the programme") shows its reader.

        Raises:
            MarkupLeftError: if they hold markup, unless ``force`` or
                ``severity`` is not an error.
        """
        if self.severity is None:
            return
        found = [
            Finding(
                code=_CODE,
                severity=self.severity,
                message=f"would print {leftover.markup!r} as it stands "
                f"({leftover.kind}), in {leftover.excerpt!r}",
                fix=_FIX,
                where=document,
                text=leftover.markup,
            )
            for leftover in leftover_markup(text)
            if leftover.markup not in self.said
        ]
        if found and not self.force and self.severity is Severity.ERROR:
            raise MarkupLeftError(found)
        self.findings.extend(found)

    def html(self, document: str, page: str) -> None:
        """Check an HTML page's text nodes."""
        self.text(document, html_text(page))

    def xml(self, document: str, data: bytes | str) -> None:
        """Check an XML document's text nodes."""
        self.text(document, xml_text(data))

    def docx(self, document: str, data: bytes) -> None:
        """Check a Word document's text."""
        self.text(document, docx_text(data))

    def ics(self, document: str, data: bytes) -> None:
        """Check an iCalendar file's summaries, descriptions and places."""
        self.text(document, ics_text(data))

    def json(self, document: str, data: bytes) -> None:
        """Check a JSON export's words."""
        self.text(document, json_text(data))
