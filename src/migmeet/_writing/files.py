"""Writing files: the only step that touches the disk, and atomically.

The bytes go to a temporary file beside the target, which is then renamed
over it, so a failure never leaves a half-written document behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .._errors import RenderError

__all__ = ["write_atomically"]


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
