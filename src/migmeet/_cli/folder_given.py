"""The folder a command is given, when it is a file: a meeting's data file
(``nc-m/meeting.toml``) or another file in a meeting folder is answered
with the command to type on the folder that holds it."""

from __future__ import annotations

import shlex
from collections.abc import Sequence
from pathlib import Path

from .._errors import MigmeetError
from .._publishing.series import SERIES_FILE
from .._reading import DATA_FILE

__all__ = ["refuse_a_file_for_a_folder"]

#: How many folders up a file's meeting folder is looked for
#: (``nc-m/items/01-opening.rst`` is two down).
_LEVELS = 3


def _holding_folder(file: Path) -> Path | None:
    """The nearest folder above ``file`` that holds a data file (or a
    series file), as the user would type it; None if there is none."""
    for folder in list(file.parents)[:_LEVELS]:
        if (folder / DATA_FILE).is_file() or (folder / SERIES_FILE).is_file():
            return folder
    return None


def refuse_a_file_for_a_folder(given: str, argv: Sequence[str]) -> None:
    """Raise :class:`MigmeetError` if ``given``, the DIR of the command
    ``argv``, is a file: naming the meeting folder that holds it, with the
    command again on that folder, when there is one."""
    path = Path(given)
    if not path.exists() or path.is_dir():
        return  # a folder, or nothing: said by the command itself
    folder = _holding_folder(path)
    if folder is None:
        raise MigmeetError(f"{given}: is a file, not a folder; give the meeting folder")
    words = [str(folder) if word == given else word for word in argv]
    what = "the meeting's data file" if path.name == DATA_FILE else "a file"
    raise MigmeetError(
        f"{given}: is {what}, not a folder; give the meeting folder that holds "
        f"it: migmeet {shlex.join(words)}"
    )
