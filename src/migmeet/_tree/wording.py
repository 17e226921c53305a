"""Sentences the documents compose from data: the mandate sentence ("The
meeting is being held in response to General Assembly resolutions 56/203
and 58/208"), the programme's status line ("Provisional programme, as of
12 February 2018") and lists joined the English way ("A, B and C").

Grammar follows the data only: the number of documents gives "resolution"
or "resolutions", and whether the meeting has its report gives the tense.
The clock is never read, so the same data gives the same words.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._model import Document, Meeting
from .._style import format_date

__all__ = ["joined", "mandate_lead", "mandate_names", "programme_status_line"]


def joined(words: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C" (the UN writes no serial comma)."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def _resolution_number(document: Document) -> str | None:
    """ "58/208" for A/RES/58/208, None for any other document."""
    symbol = document.symbol
    if symbol is None or not symbol.text.startswith("A/RES/"):
        return None
    return symbol.text.removeprefix("A/RES/")


def mandate_names(mandate: Sequence[Document]) -> list[str]:
    """How each mandate document is named in the sentence: the resolution's
    number when all are General Assembly resolutions, else the titles."""
    numbers = [_resolution_number(document) for document in mandate]
    if all(number is not None for number in numbers):
        return [number for number in numbers if number is not None]
    return [document.title for document in mandate]


def mandate_lead(mandate: Sequence[Document], *, held: bool) -> str:
    """The sentence up to the documents' names: "The meeting is being held
    in response to General Assembly resolution" (one), "... resolutions"
    (several), "The meeting was held ..." once it has its report."""
    verb = "was held" if held else "is being held"
    lead = f"The meeting {verb} in response to"
    numbers = [_resolution_number(document) for document in mandate]
    if mandate and all(number is not None for number in numbers):
        noun = "resolution" if len(mandate) == 1 else "resolutions"
        return f"{lead} General Assembly {noun}"
    return lead


def programme_status_line(meeting: Meeting) -> str | None:
    """ "Provisional programme, as of 12 February 2018", or None when the
    data says nothing of the programme's status."""
    status = meeting.page.programme_status
    as_of = meeting.page.programme_as_of
    if status is None and as_of is None:
        return None
    line = f"{status.capitalize()} programme" if status else "Programme"
    if as_of is not None:
        line += f", as of {format_date(as_of)}"
    return line
