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
from .._reading import DATA_FILE

__all__ = ["check_output_file", "check_site_folder"]

_INPUT_SUFFIXES = frozenset({".toml", ".rst", ".txt", ".png", ".jpg", ".jpeg", ".svg"})
_INPUT_FOLDERS = ("items", "annexes", "figures")
#: The documents migmeet writes, by suffix: an output named as one of them
#: must be that document.
_DOCUMENTS = {
    ".pdf": "a PDF",
    ".docx": "a Word document",
    ".ics": "a calendar",
    ".html": "a web page",
    ".json": "JSON",
    ".xml": "XML",
}


def _resolved(path: Path) -> Path:
    return path.expanduser().resolve(strict=False)


def _kind(suffix: str) -> str:
    return _DOCUMENTS.get(suffix, f"a {suffix} file")


def check_output_file(
    folder: Path, output: Path, suffix: str, *, default: str | None = None
) -> None:
    """Raise :class:`MigmeetError` if ``output`` is not a file the command
    may write: a folder, a name of another kind of document (a PDF named
    ``.docx``), or a file that could destroy one of the meeting folder's
    inputs.

    Args:
        folder: the meeting folder.
        output: the file to write.
        suffix: the document's suffix (``.pdf``, ``.ics``).
        default: the file's name in the meeting folder when no ``-o`` is
            given (``report.pdf``), for the example a refusal gives.
    """
    meeting, target = _resolved(folder), _resolved(output)
    example = folder / (default or f"report{suffix}")
    if target == meeting:
        raise MigmeetError(
            f"{output}: is the meeting folder; give a file name such as {example}"
        )
    if output.is_dir():
        raise MigmeetError(
            f"{output}: is a folder; give a file name such as "
            f"{output / (default or f'report{suffix}')}"
        )
    given = output.suffix.lower()
    if given in _DOCUMENTS and given != suffix and not output.name.startswith("."):
        raise MigmeetError(
            f"{output}: is named as {_kind(given)} ({given}) but this command "
            f"writes {_kind(suffix)}: name it {output.with_suffix(suffix)}"
        )
    if not target.is_relative_to(meeting):
        return
    relative = target.relative_to(meeting)
    if relative.parts == (DATA_FILE,):
        raise MigmeetError(
            f"{output}: would replace {DATA_FILE}, the meeting's data file; "
            f"write the {suffix} file elsewhere, such as {example}"
        )
    if len(relative.parts) == 1 and given in _INPUT_SUFFIXES and target.exists():
        raise MigmeetError(
            f"{output}: would replace {relative}, one of the meeting's inputs; "
            f"write the {suffix} file elsewhere, such as {example}"
        )
    if len(relative.parts) == 1 and given in _INPUT_SUFFIXES:
        raise MigmeetError(
            f"{output}: a {given} file in the meeting folder is read as one of its "
            f"inputs; write the {suffix} file elsewhere, such as {example}"
        )
    if len(relative.parts) != 1 or given != suffix:
        raise MigmeetError(
            f"{output}: is inside the meeting folder {folder} where migmeet reads "
            f"its inputs; write the {suffix} file at the folder's top level "
            f"(such as {example}) or outside it"
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
