"""The live preview's page: a meeting folder as the report's HTML, with the
checks' findings shown beside the text they concern.

:func:`build_preview` reads and checks a folder once and returns a
:class:`Preview`: the page, the findings, and the report and its finished
tree for the PDF. It never raises for what the folder holds: a folder that
cannot be read gives a page listing its problems. The page is the report
as :func:`report_html` writes it, with a summary of the findings at the
top and, before each paragraph or heading a finding names, a note with its
severity and message; it links to ``/report.pdf`` and ``/preview.css`` and
carries one small script (its hash in :data:`SCRIPT_HASH`, for the
server's Content-Security-Policy) that reloads it when ``/events`` says
the folder changed. Serving it is the command line's
(:mod:`migmeet._cli.preview`).
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Sequence
from html import escape
from importlib import resources
from pathlib import Path

import attrs
from docutils import nodes

from .._checks import CheckedFolder, load_and_check
from .._checks.units import read_units
from .._dsl import Report
from .._errors import MigmeetError
from .._findings import Finding, Severity, load_problem
from .pdfs import report_html

__all__ = [
    "SCRIPT",
    "SCRIPT_HASH",
    "Preview",
    "build_preview",
    "failed_preview",
    "preview_css",
    "preview_font",
]

#: Reloads the page when the event stream announces another version.
SCRIPT = (
    'new EventSource("/events").addEventListener("version", (event) => {'
    " if (event.data !== document.body.dataset.version) location.reload(); });"
)
SCRIPT_HASH = "sha256-" + base64.b64encode(
    hashlib.sha256(SCRIPT.encode()).digest()
).decode("ascii")


@attrs.frozen
class Preview:
    """One state of a meeting folder: the page to show, what the checks
    found, and the report and its finished tree (None when the folder
    cannot be read far enough) from which the PDF is made."""

    html: str
    findings: tuple[Finding, ...]
    report: Report | None
    document: nodes.document | None = attrs.field(eq=False, repr=False)
    #: How many findings are shown beside the text they concern.
    placed: int = 0


def preview_css() -> bytes:
    """The report's stylesheet, then the screen's adaptation of it."""
    assets = resources.files("migmeet") / "assets"
    return (assets / "report.css").read_bytes() + (assets / "preview.css").read_bytes()


def preview_font(name: str) -> bytes | None:
    """The bundled font file called ``name`` (the stylesheet asks for
    ``fonts/NAME``), or None for any other name: only the package's own
    font files are served, looked up by name, never by path."""
    fonts = resources.files("migmeet") / "assets" / "fonts"
    by_name = {
        font.name: font for font in fonts.iterdir() if font.name.endswith(".ttf")
    }
    font = by_name.get(name)
    return None if font is None else font.read_bytes()


def _summary_words(findings: Sequence[Finding]) -> str:
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    return (
        f"{errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)}"
    )


def _finding_item(finding: Finding, anchor: str | None) -> str:
    severity = finding.severity.value
    place = escape(finding.place or "the meeting")
    where = (
        f" ({escape(finding.where_said or finding.where)})"
        if finding.file and finding.where
        else ""
    )
    link = f' <a href="#{anchor}">show in the text</a>' if anchor else ""
    fix = (
        f'<br><span class="fix">fix: {escape(finding.fix)}</span>'
        if finding.fix
        else ""
    )
    return (
        f'<li class="finding {severity}"><strong class="severity">{severity}</strong> '
        f'<span class="place">{place}{where}</span>: {escape(finding.message)} '
        f'<span class="code">[{escape(finding.code)}]</span>{link}{fix}</li>\n'
    )


def _note(findings: Sequence[Finding], anchor: str) -> nodes.raw:
    """The note shown beside a paragraph: its findings, errors marked."""
    grave = any(f.severity is Severity.ERROR for f in findings)
    items = "".join(_finding_item(f, None) for f in findings)
    html = (
        f'<aside id="{anchor}" class="findings{" error" * grave}" '
        f'aria-label="{len(findings)} finding{"s" * (len(findings) != 1)}">'
        f"<ul>\n{items}</ul></aside>\n"
    )
    return nodes.raw("", html, format="html")


def _heading(node: nodes.Element) -> nodes.title | None:
    """The heading of the section ``node`` is in (or is the heading of)."""
    if isinstance(node, nodes.title):
        return node
    section = node.parent
    while section is not None and not isinstance(section, nodes.section):
        section = section.parent
    if section is None or not section.children:
        return None
    first = section[0]
    return first if isinstance(first, nodes.title) else None


def _place(document: nodes.document, findings: Sequence[Finding]) -> dict[int, str]:
    """Put a note before each paragraph or heading a finding names; the
    anchor of each placed finding, by its index."""
    targets: dict[str, nodes.Element] = {}
    for unit in read_units(document):
        if unit.node is None:
            continue
        targets.setdefault(unit.where, unit.node)
        # What concerns a section as a whole goes beside its heading.
        heading = _heading(unit.node)
        if heading is not None:
            targets.setdefault(f"{unit.part}, heading", heading)
            targets.setdefault(unit.part, heading)
    by_node: dict[int, list[int]] = {}
    nodes_by_id: dict[int, nodes.Element] = {}
    for index, finding in enumerate(findings):
        node = targets.get(finding.where)
        if node is None and finding.where:
            node = targets.get(finding.where.rsplit(", footnote", 1)[0])
        if node is not None:
            by_node.setdefault(id(node), []).append(index)
            nodes_by_id[id(node)] = node
    anchors: dict[int, str] = {}
    for key, indices in by_node.items():
        node = nodes_by_id[key]
        anchor = f"finding-{indices[0] + 1}"
        concerned = [findings[i] for i in indices]
        if any(f.severity is Severity.ERROR for f in concerned):
            node["classes"].append("has-error")
        # Before a paragraph, so the note floats level with its first
        # line; after a heading, which stays its section's first child.
        after = isinstance(node, nodes.title)
        node.parent.insert(node.parent.index(node) + after, _note(concerned, anchor))
        anchors |= dict.fromkeys(indices, anchor)
    return anchors


def _summary(findings: Sequence[Finding], anchors: dict[int, str]) -> str:
    items = "".join(_finding_item(f, anchors.get(i)) for i, f in enumerate(findings))
    listed = f"<ul>\n{items}</ul>" if findings else ""
    grave = " error" * any(f.severity is Severity.ERROR for f in findings)
    return (
        f'<section class="preview-summary{grave}" aria-label="Checks">\n'
        f"<h2>Checks: {_summary_words(findings)}</h2>\n{listed}\n"
        '<p class="preview-links"><a href="/report.pdf">The report as PDF</a> '
        "(made from the files as they are now)</p>\n</section>\n"
    )


def _page(body_html: str | None, title: str, head_summary: str, version: int) -> str:
    """The page: the report's HTML (or, if None, none) with the preview's
    head and the summary at the top of the body."""
    head = (
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<link rel="stylesheet" href="/preview.css">\n'
        '<link rel="icon" href="data:,">\n'  # no request for /favicon.ico
        f"<script>{SCRIPT}</script>\n"
    )
    body_open = f'<body class="preview" data-version="{version}">\n'
    if body_html is None:
        return (
            '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n{head}</head>\n{body_open}"
            f"<main>\n<h1>{escape(title)}</h1>\n{head_summary}</main>\n"
            "</body>\n</html>\n"
        )
    page = body_html.replace("</head>", head + "</head>", 1)
    return page.replace("<body>\n", body_open + head_summary, 1)


def _unreadable(
    folder: Path,
    findings: Sequence[Finding],
    version: int,
    why: str = "the folder cannot be read far enough to make the report",
) -> Preview:
    title = f"{folder.name}: {why}"
    page = _page(None, title, _summary(findings, {}), version)
    return Preview(page, tuple(findings), None, None)


def failed_preview(
    folder: str | os.PathLike[str], message: str, *, version: int = 0
) -> Preview:
    """The page for a rebuild that failed inside migmeet (a bug): it says
    so, and the preview goes on with the next change."""
    folder = Path(folder)
    problem = load_problem(folder.name, message, code="file")
    why = "migmeet failed to make the page (a bug in migmeet, not in the files)"
    return _unreadable(folder, [problem], version, why)


def build_preview(folder: str | os.PathLike[str], *, version: int = 0) -> Preview:
    """Read and check ``folder``; the page that shows its report and
    findings, marked with ``version`` (which the page's script compares
    with the event stream's). Never raises for what the folder holds."""
    folder = Path(folder)
    try:
        checked: CheckedFolder = load_and_check(folder)
    except MigmeetError as error:
        return _unreadable(folder, [load_problem(folder.name, str(error))], version)
    findings = checked.findings
    if checked.report is None or checked.document is None:
        return _unreadable(folder, findings, version)
    shown = checked.document.deepcopy()
    anchors = _place(shown, findings)
    try:
        html = report_html(checked.report, document=shown)
    except MigmeetError as error:
        problems = [*findings, load_problem(folder.name, str(error))]
        return _unreadable(folder, problems, version)
    page = _page(
        html, checked.report.meeting.title, _summary(findings, anchors), version
    )
    return Preview(
        page,
        tuple(findings),
        checked.report,
        checked.document,
        placed=len(anchors),
    )
