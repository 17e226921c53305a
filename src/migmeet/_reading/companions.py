"""The meeting's companions, made from their records: the participants,
contributed papers, side events, background documents and panels, each
with the people, organizations and documents its keys name (see
:class:`~.programme.Named`) and its running text read (see :mod:`.prose`).
"""

from __future__ import annotations

from typing import Any

import attrs

from .._model import BackgroundDocuments, Panel, Paper, SideEvent
from .programme import Named

__all__ = ["companions"]


def companions(named: Named) -> dict[str, Any]:
    """Participants, papers, side events, background documents, panels."""
    participants = [
        named.person(f"meeting.participants[{i}]", key)
        for i, key in enumerate(named.record.meeting.participants)
    ]
    return {
        "participants": [x for x in participants if x is not None],
        "papers": _papers(named),
        "side_events": _side_events(named),
        "background": _background(named),
        "panels": _panels(named),
    }


def _papers(named: Named) -> list[Paper]:
    """The papers whose organization can be found and that can be made."""
    papers = []
    for i, paper in enumerate(named.record.papers):
        organization = named.organization(
            f"papers[{i}].organization", paper.organization
        )
        if organization is not None:
            papers.append(
                named.builder.make(
                    f"papers[{i}]",
                    "papers",
                    Paper,
                    title=paper.title,
                    organization=organization,
                    symbol=paper.symbol,
                    languages=paper.languages,
                    url=paper.url,
                    versions=sorted(paper.versions.items()),
                )
            )
    return [x for x in papers if x is not None]


def _side_events(named: Named) -> list[SideEvent]:
    side_events = []
    for i, event in enumerate(named.record.side_events):
        fields = attrs.asdict(event)
        fields["note"] = named.prose_or_none(f"side_events[{i}].note", event.note)
        side_events.append(
            named.builder.make(f"side_events[{i}]", "side_events", SideEvent, **fields)
        )
    return [x for x in side_events if x is not None]


def _background(named: Named) -> list[BackgroundDocuments]:
    """Each group of background documents, with the documents its keys name."""
    background = []
    for i, group in enumerate(named.record.background):
        docs = [
            named.document(f"background[{i}].documents[{n}]", key)
            for n, key in enumerate(group.documents)
        ]
        background.append(
            named.builder.make(
                f"background[{i}]",
                "background",
                BackgroundDocuments,
                documents=[d for d in docs if d is not None],
                agenda_item=group.agenda_item,
                agenda_items=group.agenda_items,
                title=group.title,
            )
        )
    return [x for x in background if x is not None]


def _panels(named: Named) -> list[Panel]:
    """The panels, each with the moderator its key names."""
    panels = []
    for key, panel in named.record.panels.items():
        fields = attrs.asdict(panel)
        for part in ("background", "steps"):
            fields[part] = [
                named.prose(f"panels.{key}.{part}[{i}]", text)
                for i, text in enumerate(getattr(panel, part))
            ]
        fields["moderator"] = (
            named.person(f"panels.{key}.moderator", panel.moderator)
            if panel.moderator
            else None
        )
        panels.append(
            named.builder.make(f"panels.{key}", key, Panel, key=key, **fields)
        )
    return [x for x in panels if x is not None]
