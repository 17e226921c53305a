"""Writing files and folders: the only step that touches the disk.

A careful tool's rules, for every file migmeet writes:

- the bytes go to a temporary file beside the target, flushed to the disk
  (fsync) and then renamed over it, and the folder is synced, so a failure
  or a crash never leaves a half-written document in the target's place;
- a temporary file is removed on any failure, and one left by a killed
  process (named ``.NAME.migmeet-XXXX.tmp``) is removed by the next write;
- an existing output keeps its mode; a new one gets what the umask allows;
- a symbolic link or a folder in the target's place is refused, never
  replaced;
- a folder (the web page) is written file by file into a folder that is new,
  or that holds a manifest of what migmeet wrote there
  (:data:`MANIFEST`): only the files it lists are replaced or removed, so
  files a person added (``CNAME``, ``.git``) stay; and only while their
  bytes match the checksum it recorded, with no symbolic link on their path
  below the folder: else the whole write is refused before any change.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .._errors import RenderError

__all__ = [
    "MANIFEST",
    "check_folder",
    "foreign_files",
    "make_output_folder",
    "read_earlier_output",
    "write_atomically",
    "write_folder",
    "write_new_folder",
]

#: The file in a folder that lists what migmeet wrote there, with checksums.
MANIFEST = ".migmeet-site"
_TEMPORARY_SUFFIX = ".tmp"


def _temporary_prefix(name: str) -> str:
    return f".{name}.migmeet-"


def _umask() -> int:
    # The only portable way to read the umask is to set it and set it back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform opens folders
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _remove_stale_temporaries(target: Path) -> None:
    prefix = _temporary_prefix(target.name)
    with contextlib.suppress(OSError):
        for entry in target.parent.iterdir():
            if entry.name.startswith(prefix) and entry.name.endswith(_TEMPORARY_SUFFIX):
                with contextlib.suppress(OSError):
                    if entry.is_file() and not entry.is_symlink():
                        entry.unlink()


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a synced temporary file and a rename.

    Raises :class:`RenderError` naming the path if it is a folder or a
    symbolic link, if its folder does not exist, or if writing fails; the
    previous file is then as it was and no temporary file is left.
    """
    target = Path(path)
    if target.is_symlink():
        raise RenderError(
            f"{target}: is a symbolic link; migmeet does not write through links, "
            "give the file's real path"
        )
    if target.is_dir():
        raise RenderError(f"{target}: is a folder; give a file name such as report.pdf")
    if not target.parent.is_dir():
        raise RenderError(f"{target}: the folder {target.parent} does not exist")
    try:
        existing = target.stat()
        if not stat.S_ISREG(existing.st_mode):
            raise RenderError(f"{target}: is not a regular file; migmeet leaves it")
        mode = stat.S_IMODE(existing.st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as error:
        raise RenderError(f"{target}: cannot write: {error.strerror}") from error
    _remove_stale_temporaries(target)
    try:
        handle, temporary = tempfile.mkstemp(
            dir=target.parent,
            prefix=_temporary_prefix(target.name),
            suffix=_TEMPORARY_SUFFIX,
        )
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        _fsync_folder(target.parent)
    except OSError as error:
        raise RenderError(f"{target}: cannot write: {error.strerror}") from error
    return target


def make_output_folder(folder: Path) -> None:
    """The folder an output goes into, made if it does not exist yet, so
    that a wrong ``-o`` is said before any work; :class:`RenderError` if a
    file stands in its place or it cannot be made."""
    if folder.is_dir():
        return
    if folder.exists() or folder.is_symlink():
        raise RenderError(f"{folder}: is not a folder; give -o a file in a folder")
    try:
        folder.mkdir(parents=True)
    except OSError as error:
        raise RenderError(f"{folder}: cannot be made: {error.strerror}") from error


def read_earlier_output(path: Path, *, limit: int = 4 * 1024 * 1024) -> bytes | None:
    """What an earlier run wrote at ``path``, for an output that carries
    something forward (the calendar's sequence numbers); None when there is
    no regular file there (a link or a device is not followed), when it is
    larger than ``limit`` or cannot be read."""
    try:
        info = path.lstat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        return path.read_bytes()[:limit]
    except OSError:
        return None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_manifest(target: Path) -> dict[str, str | None] | None:
    """The files migmeet wrote to ``target`` (name to checksum, None for a
    first site's manifest, which had none), or None if it holds no
    manifest."""
    manifest = target / MANIFEST
    if manifest.is_symlink() or not manifest.is_file():
        return None
    try:
        text = manifest.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RenderError(f"{manifest}: cannot be read: {error}") from error
    try:
        content = json.loads(text)
        files = content["files"]
        if not isinstance(files, dict):
            raise TypeError
        return {str(name): str(digest) for name, digest in files.items()}
    except (ValueError, KeyError, TypeError):
        # The first migmeet sites marked the folder with a sentence and were
        # replaced whole: the files they wrote are the ones a site has.
        return {
            entry.name: None
            for entry in target.iterdir()
            if entry.is_file()
            and (
                entry.name in ("index.html", "site.css", "calendar.ics")
                or entry.suffix == ".pdf"
            )
        }


def _lstat_mode(path: Path) -> int:
    try:
        return path.lstat().st_mode
    except FileNotFoundError:
        return 0


def _safe_name(target: Path, name: str) -> Path:
    path = target / name
    if name.startswith("/") or ".." in Path(name).parts or not name:
        raise RenderError(f"{target}: refuses to write {name!r} outside the folder")
    return path


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _link_on_path(target: Path, name: str) -> Path | None:
    """The first part of ``name``'s path below ``target`` that is a symbolic
    link (each part's lstat, never following one), or None."""
    path = target
    for part in Path(name).parts:
        path = path / part
        try:
            if stat.S_ISLNK(path.lstat().st_mode):
                return path
        except FileNotFoundError:
            return None
    return None


def _refuse_unsafe(
    target: Path,
    previous: Mapping[str, str | None],
    files: Mapping[str, bytes],
) -> None:
    """Refuse, before anything changes, a write that would replace or remove
    a file migmeet did not write, or write or remove through a link."""
    for name in sorted(set(previous) | set(files)):
        path = _safe_name(target, name)
        link = _link_on_path(target, name)
        if link is not None:
            raise RenderError(
                f"{link}: is a symbolic link; migmeet does not write or remove "
                f"{name} through it: move it away, and run again"
            )
        if not (path.exists() or path.is_symlink()):
            continue
        if name not in previous:
            raise RenderError(
                f"{path}: migmeet did not write this file and will not replace "
                "it; move it away or choose another folder"
            )
        if not path.is_file():
            raise RenderError(
                f"{path}: is not a file migmeet wrote; move it away, and run again"
            )
        recorded = previous[name]
        if recorded is None or (name in files and path.read_bytes() == files[name]):
            continue
        if _file_digest(path) != recorded:
            raise RenderError(
                f"{path} was changed since migmeet wrote it: move it away, "
                "or delete it, and run again"
            )


def check_folder(target: Path, files: Mapping[str, bytes]) -> None:
    """Refuse, with :class:`RenderError` and before anything is written,
    what :func:`write_folder` would refuse for ``files`` in ``target``."""
    if target.is_symlink():
        raise RenderError(f"{target}: is a symbolic link; give the folder itself")
    if target.exists() and not target.is_dir():
        raise RenderError(f"{target}: exists and is not a folder")
    if not target.exists():
        return
    try:
        previous = _read_manifest(target)
        if previous is None:
            if any(target.iterdir()):
                raise RenderError(foreign_files(target))
            previous = {}
        _refuse_unsafe(target, previous, files)
    except OSError as error:
        raise RenderError(
            f"{target}: cannot read the folder: {error.strerror}"
        ) from error


def foreign_files(target: Path) -> str:
    """Why ``target``, a folder without a manifest, is refused: it holds
    files migmeet did not write, the first few named."""
    names = sorted(child.name for child in target.iterdir())
    shown = ", ".join(names[:5]) + (
        f" and {len(names) - 5} more" if len(names) > 5 else ""
    )
    return (
        f"{target}: holds files migmeet did not write ({shown}) and no "
        f"{MANIFEST}; choose a new or empty folder"
    )


def write_folder(target: Path, files: Mapping[str, bytes]) -> list[str]:
    """Write ``files`` (names relative to ``target``, ``/`` between parts)
    into the folder ``target`` and record them in its manifest.

    ``target`` must be new, empty, or hold a manifest: a file there that the
    manifest does not list is never replaced or removed (the write is
    refused if a new file would take its name). Files the previous manifest
    lists and this one does not are removed, and a listed file is replaced
    or removed only if its bytes still match the checksum recorded and no
    part of its path below ``target`` is a symbolic link; else nothing is
    written. Each file is written atomically. Returns the names written, sorted. Raises
    :class:`RenderError` naming the folder when it cannot be written.
    """
    if target.is_symlink():
        raise RenderError(f"{target}: is a symbolic link; give the folder itself")
    if target.exists() and not target.is_dir():
        raise RenderError(f"{target}: exists and is not a folder")
    parent = target.absolute().parent
    if not parent.is_dir():
        raise RenderError(f"{target}: the folder {parent} does not exist")
    try:
        previous = _read_manifest(target) if target.exists() else {}
        if previous is None:
            if any(target.iterdir()):
                raise RenderError(foreign_files(target))
            previous = {}
        _refuse_unsafe(target, previous, files)
        created = not target.exists()
        target.mkdir(exist_ok=True)
        if created:
            target.chmod(0o777 & ~_umask())
        for name, data in sorted(files.items()):
            path = _safe_name(target, name)
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)
        for name in sorted(set(previous) - set(files)):
            stale = _safe_name(target, name)
            if _link_on_path(target, name) is None and stat.S_ISREG(_lstat_mode(stale)):
                stale.unlink()
        manifest = {
            "written_by": "migmeet",
            "note": "migmeet replaces or removes only the files listed here",
            "files": {name: _digest(data) for name, data in sorted(files.items())},
        }
        write_atomically(
            target / MANIFEST,
            (json.dumps(manifest, indent=2) + "\n").encode("utf-8"),
        )
    except OSError as error:
        raise RenderError(
            f"{target}: cannot write the folder: {error.strerror}"
        ) from error
    return sorted(files)


def write_new_folder(target: Path, files: Mapping[str, bytes]) -> Path:
    """Write ``files`` as the new folder ``target`` (absent or empty), all or
    nothing: they are written into a staging folder beside it, synced, and
    renamed into place. Raises :class:`RenderError` naming the folder."""
    if target.is_symlink() or (
        target.exists() and (not target.is_dir() or any(target.iterdir()))
    ):
        raise RenderError(
            f"{target}: exists and is not an empty folder; choose a new one"
        )
    parent = target.absolute().parent
    if not parent.is_dir():
        raise RenderError(f"{target}: the folder {parent} does not exist")
    try:
        staging = Path(tempfile.mkdtemp(dir=parent, prefix=f".{target.name}.migmeet-"))
    except OSError as error:
        raise RenderError(f"{target}: cannot write here: {error.strerror}") from error
    try:
        for name, data in files.items():
            path = _safe_name(staging, name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        staging.chmod(0o777 & ~_umask())
        for folder in {p.parent for p in staging.rglob("*") if p.is_file()}:
            folder.chmod(0o777 & ~_umask())
        if target.exists():
            target.rmdir()  # empty, checked above
        os.replace(staging, target)
        _fsync_folder(parent)
    except OSError as error:
        _remove_tree(staging)
        raise RenderError(
            f"{target}: cannot write the folder: {error.strerror}"
        ) from error
    except BaseException:
        _remove_tree(staging)
        raise
    return target


def _remove_tree(folder: Path) -> None:
    """Remove a staging folder migmeet made itself."""
    shutil.rmtree(folder, ignore_errors=True)
