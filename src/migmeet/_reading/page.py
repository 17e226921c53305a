"""The data file's keys about the published pages themselves, made into
:class:`~migmeet.PageDetails`: the programme's status, the calendar's
domain, the information note, other websites, the note on papers and the
report's address (``[meeting]`` keys and ``[[websites]]``)."""

from __future__ import annotations

from typing import Any

from .._model import PageDetails, Website
from .builder import Builder
from .records import FileRecord

__all__ = ["page_details"]


def page_details(b: Builder, record: FileRecord) -> PageDetails | None:
    """The page details the file gives, or None (with located problems)."""
    m = record.meeting
    websites = [
        b.make(f"websites[{i}]", "websites", Website, title=site.title, url=site.url)
        for i, site in enumerate(record.websites)
    ]
    given: dict[str, Any] = {
        "programme_status": m.programme_status,
        "programme_as_of": m.programme_as_of,
        "information_note": m.information_note,
        "report_url": m.report_url,
        "websites": [x for x in websites if x is not None],
    }
    # Keys left out keep the model's defaults.
    if m.calendar_domain is not None:
        given["calendar_domain"] = m.calendar_domain
    if m.papers_note is not None:
        given["papers_note"] = m.papers_note
    return b.make("meeting", "meeting", PageDetails, **given)
