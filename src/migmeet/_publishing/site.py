"""The meeting's web page: a static site built from the meeting folder.

One page (``index.html``) with every section of an information page the
data has (objectives, agenda, organization of work, participants,
contributed papers, side events, background documents), linking to the
PDFs and the calendar built beside it. Jinja2 renders it with
autoescaping, so every string from the data reaches the HTML escaped; the
page needs no script. It is written to a staging folder and swapped in, so
a failure leaves the previous site whole.
"""

from __future__ import annotations

import os
from pathlib import Path

from docutils import nodes
from markupsafe import Markup, escape

from .._checks.last_check import LastCheck
from .._dsl import Report
from .._model import (
    BackgroundDocuments,
    Document,
    Meeting,
    Prose,
    Session,
)
from .._style import format_date
from .._tree import (
    SessionLine,
    day_entries,
    day_heading,
    event_time,
    joined,
    mandate_lead,
    mandate_names,
    organization_name,
    programme_name,
    programme_status_line,
    session_heading,
    session_lines,
    when,
)
from .._tree.mentions import Abbreviated, Linked, Seen
from .._tree.prose import prose_pieces
from .._writing import (
    meeting_calendar,
    read_earlier_output,
    write_folder,
)
from .pages import render_page, site_stylesheet
from .pdfs import concept_note_pdf, programme_pdf, report_pdf

__all__ = ["site_files", "site_html", "write_site"]


def _document_link(document: Document) -> Markup:
    text = str(document.symbol) if document.symbol else document.title
    link = document.link
    # A symbol is one word: it does not break at its slashes.
    cls = Markup(' class="symbol"') if document.symbol else Markup("")
    if link:
        return Markup('<a href="{}"{}>{}</a>').format(link, cls, text)
    if document.symbol:
        return Markup('<span class="symbol">{}</span>').format(text)
    return escape(text)


def _document_entry(document: Document) -> Markup:
    if document.symbol is None:
        if document.url:
            return Markup('<a href="{}">{}</a>').format(document.url, document.title)
        return escape(document.title)
    return Markup("{} ({})").format(document.title, _document_link(document))


def _mandate_sentence(meeting: Meeting, *, held: bool) -> Markup:
    """The mandate sentence, each document linked where it can be read."""
    names = mandate_names(meeting.mandate)
    links = []
    for document, name in zip(meeting.mandate, names, strict=True):
        link = document.link
        links.append(
            Markup('<a href="{}">{}</a>').format(link, name) if link else escape(name)
        )
    words = joined([str(link) for link in links])
    return Markup("{} {}.").format(
        mandate_lead(meeting.mandate, held=held), Markup(words)
    )


class _PageProse:
    """The page's running texts as HTML, read in the page's order, so that a
    name given in full once is short after."""

    def __init__(self) -> None:
        self.seen: Seen = frozenset()

    def __call__(self, prose: Prose) -> Markup:
        pieces, self.seen = prose_pieces(prose, self.seen)
        html = Markup("")
        for piece in pieces:
            if isinstance(piece, Linked):
                html += Markup('<a href="{}">{}</a>').format(piece.url, piece.text)
            elif isinstance(piece, Abbreviated):
                html += escape(piece.abbreviation)
            else:
                html += escape(piece.text)
        return html


def _session_blocks(meeting: Meeting) -> object:
    def blocks(session: Session) -> list[SessionLine]:
        return session_lines(meeting, session)

    return blocks


def _background_heading(meeting: Meeting) -> object:
    def heading(group: BackgroundDocuments) -> str:
        items = [meeting.agenda[n - 1] for n in group.items if n <= len(meeting.agenda)]
        if group.title:
            if not items:
                return group.title
            numerals = joined([item.numeral for item in items])
            noun = "Agenda item" if len(items) == 1 else "Agenda items"
            return f"{noun} {numerals}. {group.title}"
        if not items:
            return "General"
        if len(items) == 1:
            return f"Agenda item {items[0].numeral}. {items[0].title}"
        numerals = joined([item.numeral for item in items])
        return f"Agenda items {numerals}"

    return heading


def _downloads(report: Report) -> list[tuple[str, str]]:
    meeting = report.meeting
    links = []
    if report.sections:
        links.append(("report.pdf", f"Report of the {meeting.title} (PDF)"))
    if meeting.programme:
        links.append(("programme.pdf", "Organization of work (PDF)"))
    for panel in meeting.panels:
        links.append(
            (f"concept-note-{panel.key}.pdf", f"Concept note: {panel.title} (PDF)")
        )
    if meeting.programme or meeting.side_events:
        links.append(
            ("calendar.ics", "Sessions and side events for your calendar (iCalendar)")
        )
    return links


def site_html(report: Report) -> str:
    """The meeting's page, ``index.html``, as text."""
    meeting = report.meeting
    present = [
        ("objectives", "Objectives", bool(meeting.objectives)),
        ("agenda", "Agenda", True),
        ("programme", "Organization of work", bool(meeting.programme)),
        ("participants", "Participants", bool(meeting.participants)),
        ("papers", "Contributed papers", bool(meeting.papers)),
        ("side-events", "Side events", bool(meeting.side_events)),
        ("background", "Background documents", bool(meeting.background)),
        ("documents", "Documents", True),
        ("websites", "Other websites", bool(meeting.page.websites)),
    ]
    return render_page(
        "site.html",
        meeting=meeting,
        sections=[(ident, label) for ident, label, shown in present if shown],
        downloads=_downloads(report),
        has_report=bool(report.sections),
        mandate_sentence=_mandate_sentence(meeting, held=bool(report.sections)),
        programme_status=programme_status_line(meeting),
        day_entries=day_entries,
        prose=_PageProse(),
        format_date=format_date,
        event_time=event_time,
        day_heading=day_heading,
        when=when,
        session_heading=session_heading,
        session_blocks=_session_blocks(meeting),
        programme_name=programme_name,
        organization_name=organization_name,
        document_link=_document_link,
        document_entry=_document_entry,
        background_heading=_background_heading(meeting),
    )


def site_files(
    report: Report,
    document: nodes.document | None,
    target: Path | None = None,
    last_check: LastCheck | None = None,
) -> dict[str, bytes]:
    """The page's files by name; ``target``, the folder they go to, holds
    the calendar written before, whose sequence numbers carry on;
    ``last_check`` reads each document's text as it is made."""
    meeting = report.meeting
    page = site_html(report)
    if last_check is not None:
        last_check.html("the web page", page)
    files = {
        "index.html": page.encode("utf-8"),
        "site.css": site_stylesheet(),
    }
    if report.sections:
        files["report.pdf"] = report_pdf(
            report, document=document, last_check=last_check
        ).data
    if meeting.programme:
        files["programme.pdf"] = programme_pdf(meeting, last_check=last_check).data
    for panel in meeting.panels:
        files[f"concept-note-{panel.key}.pdf"] = concept_note_pdf(
            meeting, panel.key, last_check=last_check
        ).data
    if meeting.programme or meeting.side_events:
        files["calendar.ics"] = meeting_calendar(
            meeting,
            previous=None
            if target is None
            else read_earlier_output(target / "calendar.ics"),
        )
        if last_check is not None:
            last_check.ics("the calendar", files["calendar.ics"])
    return files


def write_site(
    report: Report,
    folder: str | os.PathLike[str],
    *,
    document: nodes.document | None = None,
    last_check: LastCheck | None = None,
) -> tuple[Path, list[str]]:
    """Write the meeting's web page, its PDFs and calendar to a folder.

    Args:
        report: the report (with no sections, the page has no report yet).
        folder: new, empty, or a site migmeet wrote before: only the files
            its manifest lists are replaced or removed; files a person
            added there stay.
        document: the report's finished tree, if the caller has it already.
        last_check: the last check on each document's text, run as it is
            made, before anything is written.

    Returns:
        The folder and the names of the files written.

    Raises:
        RenderError: if the folder is something else or cannot be written.
        MarkupLeftError: if ``last_check`` finds markup left in a
            document's text; nothing is written then.
    """
    target = Path(folder)
    names = write_folder(target, site_files(report, document, target, last_check))
    return target, names
