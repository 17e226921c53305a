"""Where a document may be written: never over the meeting folder's inputs.

A meeting folder holds what migmeet reads (``meeting.toml``, the ``.rst``
files, ``items/``, ``annexes/``, images). An output inside it may only be a
file at its top level with the document's own suffix that is not one of
those; a site folder may not be the meeting folder, hold it, or sit in the
folders it reads.
"""

from __future__ import annotations

from pathlib import Path

from .._errors import MigmeetError

__all__ = ["check_output_file", "check_site_folder"]

_INPUT_SUFFIXES = frozenset({".toml", ".rst", ".txt", ".png", ".jpg", ".jpeg", ".svg"})
_INPUT_FOLDERS = ("items", "annexes", "figures")


def _resolved(path: Path) -> Path:
    return path.expanduser().resolve(strict=False)


def check_output_file(folder: Path, output: Path, suffix: str) -> None:
    """Raise :class:`MigmeetError` if writing ``output`` could destroy one of
    the meeting folder's inputs.

    Args:
        folder: the meeting folder.
        output: the file to write.
        suffix: the document's suffix (``.pdf``, ``.ics``).
    """
    meeting, target = _resolved(folder), _resolved(output)
    if not target.is_relative_to(meeting):
        return
    relative = target.relative_to(meeting)
    if (
        len(relative.parts) != 1
        or target.suffix.lower() in _INPUT_SUFFIXES
        or target.suffix.lower() != suffix
    ):
        raise MigmeetError(
            f"{output}: is inside the meeting folder {folder} where migmeet reads "
            f"its inputs; write the {suffix} file at the folder's top level "
            f"(such as {folder / ('report' + suffix)}) or outside it"
        )


def check_site_folder(folder: Path, site: Path) -> None:
    """Raise :class:`MigmeetError` if the site folder ``site`` is the meeting
    folder, holds it, or lies in one of the folders migmeet reads."""
    meeting, target = _resolved(folder), _resolved(site)
    if meeting == target or meeting.is_relative_to(target):
        raise MigmeetError(
            f"{site}: holds the meeting folder {folder}; write the site to a "
            "folder of its own"
        )
    if target.is_relative_to(meeting):
        relative = target.relative_to(meeting)
        if relative.parts[0] in _INPUT_FOLDERS:
            raise MigmeetError(
                f"{site}: is inside {folder}/{relative.parts[0]}/, which migmeet "
                "reads; write the site to a folder of its own"
            )
