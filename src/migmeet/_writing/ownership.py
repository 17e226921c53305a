"""Whether a file in an output's place is one migmeet wrote, so may be
replaced: the marks each of its documents carries, read cheaply.

Only the first and the last 64 KB of the file are read: the PDF's XMP
``CreatorTool`` (or, when that lies further in, its ``/Creator`` read through
the cross-reference table at its end), the Word document's
``docProps/app.xml`` ``Application``, the calendar's ``PRODID``, the JSON
export's ``$schema``, the Akoma Ntoso file's comment. An empty file may be
replaced too; anything else is refused before any work is done.
"""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path

from .._errors import RenderError
from .akn import AKN_MARK
from .calendar import PRODID

__all__ = ["check_replaceable", "written_by_migmeet"]

_SPAN = 64 * 1024
_PLAIN_MARKS = (
    b"<xmp:CreatorTool>migmeet</xmp:CreatorTool>",  # PDF (XMP metadata)
    b"PRODID:" + PRODID.encode("ascii"),  # calendar
    b'"$schema": "https://migmeet.invalid/schemas/',  # JSON export
    AKN_MARK,  # Akoma Ntoso
)
_DOCX_MARK = b"<Application>migmeet</Application>"


class _Ends(io.RawIOBase):
    """A file's first and last bytes as a seekable stream; reading between
    them fails, so a zip's directory and first entries can be read."""

    def __init__(self, head: bytes, tail: bytes, size: int) -> None:
        self._head, self._tail, self._size, self._at = head, tail, size, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._at

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._at, io.SEEK_END: self._size}
        self._at = base[whence] + offset
        return self._at

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        wanted = min(len(buffer), self._size - self._at)
        if wanted <= 0:
            return 0
        start, end = self._at, self._at + wanted
        tail_start = self._size - len(self._tail)
        if end <= len(self._head):
            data = self._head[start:end]
        elif start >= tail_start:
            data = self._tail[start - tail_start : end - tail_start]
        else:
            raise OSError("beyond the bytes read")
        buffer[: len(data)] = data
        self._at = end
        return len(data)


def _docx_by_migmeet(head: bytes, tail: bytes, size: int) -> bool:
    try:
        with zipfile.ZipFile(_Ends(head, tail, size)) as archive:
            return _DOCX_MARK in archive.read("docProps/app.xml")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, EOFError):
        return False


def _pdf_by_migmeet(path: Path) -> bool:
    """The PDF's document information read through its cross-reference
    table (at its end), for a PDF whose XMP lies past the first 64 KB."""
    import pikepdf  # heavy, and needed only here

    try:
        with pikepdf.open(path) as pdf:
            return str(pdf.docinfo.get("/Creator", "")) == "migmeet"
    except (pikepdf.PdfError, OSError, ValueError):
        return False


def written_by_migmeet(path: Path) -> bool:
    """Whether the regular file ``path`` is empty or carries the mark of a
    document migmeet writes (see the module's notes)."""
    with path.open("rb") as stream:
        size = stream.seek(0, io.SEEK_END)
        stream.seek(0)
        head = stream.read(_SPAN)
        stream.seek(max(size - _SPAN, len(head)))
        tail = head[max(0, size - _SPAN) :] if size <= _SPAN else stream.read(_SPAN)
    if size == 0:
        return True
    if any(mark in head or mark in tail for mark in _PLAIN_MARKS):
        return True
    if head.startswith(b"PK\x03\x04"):
        return _docx_by_migmeet(head, tail, size)
    return head.startswith(b"%PDF-") and _pdf_by_migmeet(path)


def check_replaceable(output: Path) -> None:
    """Raise :class:`RenderError` if a file stands at ``output`` that
    migmeet did not write (a link, a device, or a file without migmeet's
    mark); nothing there, or migmeet's own file, passes."""
    refusal = (
        f"{output}: exists and migmeet did not write it: choose another name, "
        "or move it away"
    )
    try:
        info = output.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there; a wrong folder is said where it is made
    except OSError as error:
        raise RenderError(f"{output}: cannot be read: {error.strerror}") from error
    if stat.S_ISLNK(info.st_mode):
        raise RenderError(
            f"{output}: is a symbolic link; migmeet does not write through links, "
            "give the file's real path"
        )
    if stat.S_ISDIR(info.st_mode):
        return  # said by the command's own check, with the name to give
    if not stat.S_ISREG(info.st_mode):
        raise RenderError(refusal)
    try:
        mine = written_by_migmeet(output)
    except OSError as error:
        raise RenderError(f"{output}: cannot be read: {error.strerror}") from error
    if not mine:
        raise RenderError(refusal)
