"""One way to read a file of a meeting folder: a regular file inside the
folder, within a size limit.

A meeting folder is untrusted input. Every file migmeet reads from it goes
through :func:`read_inside`, which refuses, with a message for the user:

- a path that leads outside the folder, by ``..`` or by a symbolic link;
- anything but a regular file: a folder, a device (``/dev/zero``), a named
  pipe (which would make the read wait for ever), a socket;
- a file larger than its limit (text and images have their own).

The file is opened without blocking and checked on the open handle, so what
is checked is what is read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = [
    "MAX_IMAGE_BYTES",
    "MAX_TEXT_BYTES",
    "UnsafeFileError",
    "is_inside",
    "list_folder",
    "read_inside",
]

#: The largest text file read (a summary, the data file): far above any
#: real report (a 300-page report is about 1 MB of text).
MAX_TEXT_BYTES = 16 * 1024 * 1024
#: The largest image file read.
MAX_IMAGE_BYTES = 32 * 1024 * 1024


class UnsafeFileError(Exception):
    """A file that migmeet will not read; the message says why, for a user."""


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MB"


def is_inside(folder: Path, relative: str) -> bool:
    """Whether ``folder/relative`` stays inside ``folder`` once every ``..``
    and symbolic link on the way is followed."""
    return (folder / relative).resolve().is_relative_to(folder.resolve())


def _inside(folder: Path, relative: str) -> Path:
    """The resolved path of ``folder/relative``, or :class:`UnsafeFileError`
    if it leads outside the folder."""
    if not is_inside(folder, relative):
        raise UnsafeFileError(
            "leads outside the meeting folder (a symbolic link or '..'); "
            "migmeet reads only files inside it"
        )
    return (folder / relative).resolve()


def read_inside(folder: Path, relative: str, *, limit: int) -> bytes:
    """The bytes of ``folder/relative``, or :class:`UnsafeFileError` if it is
    outside the folder, not a regular file, or larger than ``limit``."""
    path = _inside(folder, relative)
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError as error:
        raise UnsafeFileError("does not exist") from error
    except OSError as error:
        raise UnsafeFileError(f"cannot be read: {error.strerror}") from error
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            kind = (
                "a folder"
                if stat.S_ISDIR(info.st_mode)
                else "a named pipe"
                if stat.S_ISFIFO(info.st_mode)
                else "a device or other special file"
            )
            raise UnsafeFileError(f"is {kind}, not a regular file")
        if info.st_size > limit:
            raise UnsafeFileError(
                f"is {_size(info.st_size)}; migmeet reads files of up to {_size(limit)}"
            )
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(handle, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    except OSError as error:
        raise UnsafeFileError(f"cannot be read: {error.strerror}") from error
    finally:
        os.close(handle)
    if len(data) > limit:  # it grew while read
        raise UnsafeFileError(f"is larger than {_size(limit)}")
    return data


def list_folder(folder: Path, relative: str) -> list[Path]:
    """The entries of the folder ``folder/relative``, sorted, or
    :class:`UnsafeFileError` if it cannot be listed or leads outside."""
    path = _inside(folder, relative)
    try:
        return sorted(folder / relative / entry.name for entry in path.iterdir())
    except OSError as error:
        raise UnsafeFileError(f"cannot be read: {error.strerror}") from error
