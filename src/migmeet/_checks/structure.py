"""The report's sections against the meeting's agenda: one section an item,
titled as the item is."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from .._findings import Finding, check_finding
from .context import Context

__all__ = ["check_sections"]


def check_sections(context: Context) -> Iterator[Finding]:
    """Agenda items without their section, and sections titled otherwise
    than their item. A report without sections is not written yet: nothing
    is found."""
    report, meeting = context.report, context.meeting
    if not report.sections:
        return  # the report is not written yet
    present = {section.number: section for section in report.sections}
    for item in meeting.agenda:
        section = present.get(item.number)
        if section is None:
            yield context.at_value(
                "missing-section",
                meeting,
                f"agenda[{item.number - 1}]",
                f"agenda item {item.numeral}, {item.title!r}, has no section "
                "in the report",
                f"write its summary (in a meeting folder, "
                f"items/{item.number:02d}-....rst)",
            )
        elif (
            section.title
            and " ".join(section.title.split()).casefold() != item.title.casefold()
        ):
            source = section.source
            finding = check_finding(
                "section-title",
                f"section {item.numeral} is titled {section.title!r}, but the "
                f"agenda item is {item.title!r}",
                "use the agenda's title, or change the agenda",
                text=section.title,
            )
            yield attrs.evolve(
                finding,
                file=source.file if source else None,
                line=source.line if source else None,
                where=f"section {item.numeral}, heading",
            )
