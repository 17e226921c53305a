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
from importlib import resources
from pathlib import Path

import jinja2
from docutils import nodes
from markupsafe import Markup, escape

from .._dsl import Report
from .._model import (
    OFFICIAL_LANGUAGES,
    BackgroundDocuments,
    Document,
    Meeting,
    Paper,
    Session,
)
from .._tree import (
    SessionLine,
    day_heading,
    organization_name,
    programme_name,
    session_heading,
    session_lines,
    when,
)
from .._writing import meeting_calendar, write_folder
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


def _languages(paper: Paper) -> str:
    return ", ".join(OFFICIAL_LANGUAGES[code] for code in paper.languages)


def _session_blocks(meeting: Meeting) -> object:
    def blocks(session: Session) -> list[SessionLine]:
        return session_lines(meeting, session)

    return blocks


def _background_heading(meeting: Meeting) -> object:
    def heading(group: BackgroundDocuments) -> str:
        number = group.agenda_item
        if number is None or number > len(meeting.agenda):
            return "General"
        item = meeting.agenda[number - 1]
        return f"Agenda item {item.numeral}. {item.title}"

    return heading


_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("migmeet", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


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
    ]
    template = _ENVIRONMENT.get_template("site.html")
    return template.render(
        meeting=meeting,
        sections=[(ident, label) for ident, label, shown in present if shown],
        downloads=_downloads(report),
        has_report=bool(report.sections),
        day_heading=day_heading,
        when=when,
        session_heading=session_heading,
        session_blocks=_session_blocks(meeting),
        programme_name=programme_name,
        organization_name=organization_name,
        document_link=_document_link,
        document_entry=_document_entry,
        languages=_languages,
        background_heading=_background_heading(meeting),
    )


def site_files(report: Report, document: nodes.document | None) -> dict[str, bytes]:
    meeting = report.meeting
    files = {
        "index.html": site_html(report).encode("utf-8"),
        "site.css": (resources.files("migmeet") / "assets" / "site.css").read_bytes(),
    }
    if report.sections:
        files["report.pdf"] = report_pdf(report, document=document).data
    if meeting.programme:
        files["programme.pdf"] = programme_pdf(meeting).data
    for panel in meeting.panels:
        files[f"concept-note-{panel.key}.pdf"] = concept_note_pdf(
            meeting, panel.key
        ).data
    if meeting.programme or meeting.side_events:
        files["calendar.ics"] = meeting_calendar(meeting)
    return files


def write_site(
    report: Report,
    folder: str | os.PathLike[str],
    *,
    document: nodes.document | None = None,
) -> tuple[Path, list[str]]:
    """Write the meeting's web page, its PDFs and calendar to a folder.

    Args:
        report: the report (with no sections, the page has no report yet).
        folder: new, empty, or a site migmeet wrote before: only the files
            its manifest lists are replaced or removed; files a person
            added there stay.
        document: the report's finished tree, if the caller has it already.

    Returns:
        The folder and the names of the files written.

    Raises:
        RenderError: if the folder is something else or cannot be written.
    """
    target = Path(folder)
    names = write_folder(target, site_files(report, document))
    return target, names
