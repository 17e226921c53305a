"""Writing files and folders: the only step that touches the disk, atomically.

A file's bytes go to a temporary file beside the target, which is then
renamed over it; a folder is written whole into a staging folder beside the
target and swapped in. A failure never leaves a half-written document or
folder behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .._errors import RenderError

__all__ = ["write_atomically", "write_folder"]


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    target = Path(path)
    if target.is_dir():
        raise RenderError(f"{target}: is a folder; give a file name such as report.pdf")
    if not target.parent.is_dir():
        raise RenderError(f"{target}: the folder {target.parent} does not exist")
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}."
        )
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temporary, 0o644)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError as error:
        raise RenderError(f"{target}: cannot write: {error.strerror}") from error
    return target


def write_folder(target: Path, files: Mapping[str, bytes]) -> Path:
    """Write ``files`` (names relative to the folder, ``/`` between parts) as
    the folder ``target``, replacing the folder if it exists.

    The caller decides whether ``target`` may be replaced. Raises
    :class:`RenderError` if the folder cannot be written; ``target`` is then
    as it was.
    """
    parent = target.resolve().parent
    if not parent.is_dir():
        raise RenderError(f"{target}: the folder {parent} does not exist")
    try:
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}."))
    except OSError as error:
        raise RenderError(f"{target}: cannot write here: {error.strerror}") from error
    try:
        for name, data in files.items():
            path = staging / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        staging.chmod(0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.old."))
            os.replace(target, old / "previous")
            os.replace(staging, target)
            shutil.rmtree(old)
        else:
            os.replace(staging, target)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise RenderError(
            f"{target}: cannot write the folder: {error.strerror}"
        ) from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target
