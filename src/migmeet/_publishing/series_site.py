"""The series' site: an index of every meeting and each meeting's page.

``OUT/index.html`` lists the meetings newest first, with links to each
meeting's page, programme and report; ``OUT/NAME/`` is the meeting's site
as :func:`write_site` writes it, with links to the previous and next
meetings and back to the index. Meetings are built in parallel processes
and only when something changed: the build record (:data:`BUILD_RECORD`)
keeps, for each meeting, a digest of its inputs (its folder's files, its
neighbours, the migmeet version). Only files migmeet wrote are replaced or
removed: the top level and each meeting's folder keep their manifest.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from urllib.parse import quote

import attrs
from markupsafe import Markup

from .._checks import load_and_check
from .._checks.last_check import LastCheck
from .._errors import MigmeetError
from .._findings import Finding, Severity
from .._model import PreviousMeeting
from .._reading.safe_files import MAX_IMAGE_BYTES, UnsafeFileError, read_inside
from .._version import __version__
from .._writing import (
    MANIFEST,
    check_folder,
    foreign_files,
    typographic_html,
    write_atomically,
    write_folder,
)
from .pages import render_page, site_stylesheet
from .series import Series
from .site import site_files

__all__ = ["BUILD_RECORD", "MeetingBuild", "SeriesBuild", "write_series_site"]

#: The file in the series' site that records what each meeting was built from.
BUILD_RECORD = ".migmeet-series.json"

_Nav = tuple[str, str, str, str]  # previous name and title, next name and title


@attrs.frozen(kw_only=True)
class MeetingBuild:
    """What building one meeting gave: its findings and, if it could be
    read, its site's files (None otherwise)."""

    name: str
    findings: tuple[Finding, ...]
    files: dict[str, bytes] | None


@attrs.frozen(kw_only=True)
class SeriesBuild:
    """What :func:`write_series_site` did: each rebuilt meeting's build,
    the meetings left as they were, and whether anything was written."""

    built: tuple[MeetingBuild, ...]
    unchanged: tuple[str, ...]
    written: bool

    @property
    def findings(self) -> dict[str, tuple[Finding, ...]]:
        """Each rebuilt meeting's findings, by its name."""
        return {build.name: build.findings for build in self.built}


def _navigation(nav: _Nav) -> Markup:
    before, before_title, after, after_title = nav
    links = [Markup('<li><a href="../index.html">All meetings of the series</a></li>')]
    if before:
        links.append(
            Markup(
                '<li><a href="../{}/index.html" rel="prev">Previous: {}</a></li>'
            ).format(quote(before), before_title)
        )
    if after:
        links.append(
            Markup(
                '<li><a href="../{}/index.html" rel="next">Next: {}</a></li>'
            ).format(quote(after), after_title)
        )
    return Markup(
        '<nav class="series" aria-label="Meetings of the series">\n'
        "<ul>\n{}\n</ul>\n</nav>\n"
    ).format(Markup("\n").join(links))


def build_meeting(
    name: str, folder: str, nav: _Nav, previous: PreviousMeeting | None, out: str
) -> MeetingBuild:
    """Read, check (against the meeting held before, for what a copy of its
    folder left behind) and build one meeting's site into files for the
    folder ``out`` (in a worker process)."""
    checked = load_and_check(folder, previous=previous)
    if checked.report is None:
        return MeetingBuild(name=name, findings=tuple(checked.findings), files=None)
    # Markup left in a finished document is an error of the meeting's,
    # refused with its other errors.
    said = checked.markup_suppressed | {
        f.text for f in checked.findings if f.code == "markup-left"
    }
    last_check = LastCheck(force=True, said=said, severity=checked.markup_left)
    files = site_files(checked.report, checked.document, Path(out), last_check)
    page = files["index.html"].decode("utf-8")
    # Set as the page around it is: curved quotes in the titles it names.
    navigation = typographic_html(_navigation(nav))
    page = page.replace("</header>\n", f"</header>\n{navigation}", 1)
    files["index.html"] = page.encode("utf-8")
    findings = (*checked.findings, *last_check.findings)
    return MeetingBuild(name=name, findings=findings, files=files)


def _digest_folder(folder: Path, nav: tuple[str, ...]) -> str:
    digest = hashlib.sha256(f"migmeet {__version__}\0{nav!r}\0".encode())
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        digest.update(f"{relative.as_posix()}\0".encode())
        try:
            # Only what the folder's reader would read: a link out or a
            # device counts as its name alone (the reading reports it).
            data = read_inside(folder, relative.as_posix(), limit=MAX_IMAGE_BYTES)
        except UnsafeFileError:
            data = b""
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def _read_record(target: Path) -> dict[str, dict[str, object]]:
    path = target / BUILD_RECORD
    if not path.is_file() or path.is_symlink():
        return {}
    try:
        meetings = json.loads(path.read_text(encoding="utf-8"))["meetings"]
        return {str(k): dict(v) for k, v in meetings.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}  # an unreadable record: everything is built again


def series_index_html(series: Series, files: Mapping[str, Sequence[str]]) -> str:
    """The series' index page: every meeting, newest first, with links to
    the files each one's site has (``files``: meeting name to names)."""
    rows = []
    for entry in reversed(series.entries):
        if entry.meeting is None or entry.name not in files:
            continue
        names = files[entry.name]
        rows.append(
            {
                "meeting": entry.meeting,
                "href": quote(entry.name),
                "programme": "programme.pdf" in names,
                "report": "report.pdf" in names,
            }
        )
    return render_page("series.html", series=series, rows=rows)


_Job = tuple[str, str, _Nav, PreviousMeeting | None, str]


def _build_all(jobs: list[_Job], workers: int) -> list[MeetingBuild]:
    if workers <= 1 or len(jobs) <= 1:
        return [build_meeting(*job) for job in jobs]
    # The largest folders first, so that a long report does not start last.
    order = sorted(jobs, key=lambda job: -_size(Path(job[1])))
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
        futures = {job[0]: pool.submit(build_meeting, *job) for job in order}
        return [futures[job[0]].result() for job in jobs]


def _size(folder: Path) -> int:
    return sum(
        p.lstat().st_size
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink()
    )


def _neighbours(series: Series) -> dict[str, _Nav]:
    entries = [e for e in series.entries if e.meeting is not None]
    navs = {}
    for index, entry in enumerate(entries):
        before = entries[index - 1] if index > 0 else None
        after = entries[index + 1] if index + 1 < len(entries) else None
        navs[entry.name] = (
            before.name if before else "",
            before.meeting.title if before and before.meeting else "",
            after.name if after else "",
            after.meeting.title if after and after.meeting else "",
        )
    for entry in series.entries:
        navs.setdefault(entry.name, ("", "", "", ""))
    return navs


def write_series_site(
    series: Series,
    folder: str | os.PathLike[str],
    *,
    jobs: int | None = None,
    rebuild: bool = False,
    force: bool = False,
    report: Callable[[MeetingBuild], None] | None = None,
) -> SeriesBuild:
    """Build the series' site in ``folder``: the index and every meeting
    whose inputs changed since the last build (all with ``rebuild``).

    Args:
        series: the series, as :func:`load_series` reads it.
        folder: new, empty, or a series' site migmeet wrote before; files
            migmeet did not write there are never replaced or removed.
        jobs: how many processes build meetings at once (default: the
            machine's cores).
        rebuild: build every meeting, changed or not.
        force: write even if a meeting's checks find errors.
        report: called with each meeting's build, before anything is written.

    Returns:
        What was built and written.

    Raises:
        MigmeetError: if a meeting's checks find errors, markup left in
            one of its documents among them, or markup is left in the
            index page's text (and not ``force``), or no meeting of the
            series can be read; nothing is written then.
        RenderError: if the folder is something else or cannot be written.
    """
    target = Path(folder)
    if (
        target.exists()
        and not (target / MANIFEST).is_file()
        and (not target.is_dir() or any(target.iterdir()))
    ):
        if not target.is_dir():
            raise MigmeetError(f"{target}: exists and is not a folder")
        raise MigmeetError(foreign_files(target))
    previous = _read_record(target)
    record = {} if rebuild else previous
    digests, todo, unchanged = _plan(series, target, record, force=force)
    built = _build_all(todo, jobs if jobs is not None else (os.cpu_count() or 1))
    for build in built:
        if report is not None:
            report(build)
    errors = {
        b.name
        for b in built
        if b.files is None or any(f.severity is Severity.ERROR for f in b.findings)
    }
    errors |= {name for name in unchanged if record[name].get("errors")}
    if errors and not force:
        raise MigmeetError(
            f"the checks found errors in {', '.join(sorted(errors))}; nothing "
            f"written (mend them, or write anyway with --force)"
        )
    new_record = {name: record[name] for name in unchanged}
    for build in built:
        if build.files is not None:
            new_record[build.name] = {
                "digest": digests[build.name],
                "files": sorted(build.files),
                "errors": sum(f.severity is Severity.ERROR for f in build.findings),
            }
    if not new_record:
        raise MigmeetError(f"{series.folder}: no meeting of the series can be read")
    for build in built:
        if build.files is not None:
            _refuse_foreign(target / build.name, build.files)
    gone = sorted(set(previous) - {e.name for e in series.entries})
    written = _write(series, target, built, gone, new_record, force=force)
    return SeriesBuild(built=tuple(built), unchanged=tuple(unchanged), written=written)


def _plan(
    series: Series, target: Path, record: dict[str, dict[str, object]], *, force: bool
) -> tuple[dict[str, str], list[_Job], list[str]]:
    """Each meeting's input digest, the meetings to build and those left
    as they are (same inputs, their site in place, no error left)."""
    navs = _neighbours(series)
    digests: dict[str, str] = {}
    todo: list[_Job] = []
    unchanged: list[str] = []
    for entry in series.entries:
        previous = series.previous_meeting(entry)
        digests[entry.name] = _digest_folder(
            entry.folder, (*navs[entry.name], repr(previous))
        )
        kept = record.get(entry.name, {})
        if (
            kept.get("digest") == digests[entry.name]
            and (target / entry.name / MANIFEST).is_file()
            and (force or not kept.get("errors"))
        ):
            unchanged.append(entry.name)
        else:
            out = str(target / entry.name)
            todo.append(
                (entry.name, str(entry.folder), navs[entry.name], previous, out)
            )
    return digests, todo, unchanged


def _refuse_foreign(folder: Path, files: Mapping[str, bytes]) -> None:
    """Refuse, before anything is written, a meeting's folder where its
    files would replace files migmeet did not write there."""
    if not folder.exists():
        return
    if not (folder / MANIFEST).is_file():
        if not folder.is_dir() or any(folder.iterdir()):
            raise MigmeetError(
                f"{folder}: holds files migmeet did not write and no {MANIFEST}; "
                "move them away or rename the meeting's folder"
            )
        return
    try:
        content = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        written = _names(list(content["files"]))
    except (OSError, ValueError, KeyError, TypeError):
        return  # an older manifest: write_folder reads it and decides
    for name in files:
        path = folder / name
        if name not in written and (path.exists() or path.is_symlink()):
            raise MigmeetError(
                f"{path}: migmeet did not write this file and will not replace "
                "it; move it away; nothing written"
            )


def _names(files: object) -> list[str]:
    return [str(name) for name in files] if isinstance(files, list) else []


def _changed(path: Path, data: bytes) -> bool:
    return path.is_symlink() or not path.is_file() or path.read_bytes() != data


def _write(
    series: Series,
    target: Path,
    built: list[MeetingBuild],
    gone: list[str],
    record: dict[str, dict[str, object]],
    *,
    force: bool,
) -> bool:
    """Write what changed: the meetings built, the pages of meetings gone
    from the series removed, the index and the record; whether anything
    was written. Markup left in the index's text refuses it all, unless
    ``force``."""
    listing = {name: _names(value.get("files")) for name, value in record.items()}
    index = series_index_html(series, listing)
    LastCheck(force=force).html("the series' index page", index)
    top = {
        "index.html": index.encode("utf-8"),
        "site.css": site_stylesheet(),
    }
    record_bytes = (
        json.dumps(
            {"written_by": "migmeet", "meetings": record}, indent=2, sort_keys=True
        )
        + "\n"
    ).encode("utf-8")
    # Every folder is checked before any is written: a file changed since
    # migmeet wrote it, or a link on a path, refuses the whole write.
    for build in built:
        if build.files is not None:
            check_folder(target / build.name, build.files)
    for name in gone:
        if (target / name / MANIFEST).is_file():
            check_folder(target / name, {})
    check_folder(target, top)
    top_changed = any(_changed(target / name, data) for name, data in top.items())
    record_changed = _changed(target / BUILD_RECORD, record_bytes)
    first = not (target / MANIFEST).is_file()
    if first:  # the manifest first: the folder is then one migmeet writes
        write_folder(target, top)
    for build in built:
        if build.files is not None:
            write_folder(target / build.name, build.files)
    for name in gone:
        if (target / name / MANIFEST).is_file():
            write_folder(target / name, {})  # removes only the files it lists
    if top_changed and not first:
        write_folder(target, top)
    if record_changed:
        write_atomically(target / BUILD_RECORD, record_bytes)
    return bool(built or gone) or top_changed or record_changed
