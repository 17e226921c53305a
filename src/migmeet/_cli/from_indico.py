"""``migmeet new DIR --from-indico EVENT.json``: a meeting folder from an
Indico event, with what is left to fill printed."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from .._publishing import write_meeting_from_indico

__all__ = ["new_from_indico"]


def new_from_indico(folder: Path, event_json: Path, out: TextIO) -> int:
    """Write the folder; print what Indico does not hold, to fill."""
    steps = write_meeting_from_indico(event_json, folder)
    print(
        f"wrote the meeting folder {folder} from the Indico event {event_json}",
        file=out,
    )
    print(
        "what Indico does not hold, to fill (listed in its [to_fill] table):", file=out
    )
    for number, step in enumerate(steps, 1):
        print(f"  {number}. {step}", file=out)
    return 0
