"""Files and folders as a careful tool writes them: modes, links, leftovers,
manifests, and never over what migmeet did not write."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from migmeet import RenderError
from migmeet._cli import main
from migmeet._writing import MANIFEST, write_atomically, write_folder

ROOT = Path(__file__).resolve().parent.parent
SIXTEENTH = ROOT / "examples" / "series" / "sixteenth"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_existing_output_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    target.chmod(0o600)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode(target) == 0o600


def test_a_new_output_follows_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_atomically(tmp_path / "report.pdf", b"x")
    finally:
        os.umask(old)
    assert mode(tmp_path / "report.pdf") == 0o600


def test_an_output_that_is_a_link_is_refused_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "real.pdf"
    real.write_bytes(b"precious")
    link = tmp_path / "report.pdf"
    link.symlink_to(real)
    with pytest.raises(RenderError, match="is a symbolic link"):
        write_atomically(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"precious"


def test_data_is_synced_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(
        os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))
    )
    monkeypatch.setattr(
        os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))
    )
    write_atomically(tmp_path / "report.pdf", b"x")
    assert events[:2] == ["fsync", "replace"]


def test_a_temporary_left_by_a_killed_write_is_removed_by_the_next(
    tmp_path: Path,
) -> None:
    leftover = tmp_path / ".report.pdf.migmeet-abc123.tmp"
    leftover.write_bytes(b"half")
    mine = tmp_path / ".report.pdf.mine"  # not migmeet's: stays
    mine.write_bytes(b"keep")
    write_atomically(tmp_path / "report.pdf", b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".report.pdf.mine",
        "report.pdf",
    ]


def test_a_failed_write_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(RenderError, match="Input/output error"):
        write_atomically(tmp_path / "report.pdf", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_site_rebuild_keeps_what_a_person_added(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert main(["site", str(SIXTEENTH), "-o", str(site)]) == 0
    (site / "CNAME").write_text("migration.example.org\n")
    (site / ".git").mkdir()
    (site / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    site.chmod(0o700)
    assert main(["site", str(SIXTEENTH), "-o", str(site)]) == 0
    assert (site / "CNAME").read_text() == "migration.example.org\n"
    assert (site / ".git" / "HEAD").is_file()
    assert mode(site) == 0o700
    listed = json.loads((site / MANIFEST).read_text())["files"]
    assert "index.html" in listed
    assert "CNAME" not in listed


def test_a_site_removes_only_the_files_it_wrote_and_no_longer_writes(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    write_folder(site, {"index.html": b"a", "old.pdf": b"b"})
    (site / "notes.txt").write_text("mine")
    write_folder(site, {"index.html": b"c"})
    assert sorted(p.name for p in site.iterdir()) == [
        MANIFEST,
        "index.html",
        "notes.txt",
    ]


def test_a_site_never_replaces_a_file_of_the_same_name_it_did_not_write(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    write_folder(site, {"index.html": b"a"})
    (site / "programme.pdf").write_bytes(b"the person's own")
    with pytest.raises(RenderError, match="did not write this file"):
        write_folder(site, {"index.html": b"b", "programme.pdf": b"new"})
    assert (site / "programme.pdf").read_bytes() == b"the person's own"
    assert (site / "index.html").read_bytes() == b"a"


def test_a_site_is_refused_where_it_would_hold_the_meeting(tmp_path: Path) -> None:
    meeting = tmp_path / "m"
    assert main(["new", str(meeting)]) == 0
    (meeting / MANIFEST).write_text("This folder was written by migmeet site.\n")
    before = {p: p.read_bytes() for p in meeting.rglob("*") if p.is_file()}
    for target in (meeting, tmp_path, meeting / "items" / "site"):
        assert main(["site", str(meeting), "-o", str(target)]) == 1
    after = {p: p.read_bytes() for p in meeting.rglob("*") if p.is_file()}
    assert after == before


@pytest.mark.parametrize(
    ("command", "name", "said"),
    [
        ("build", "meeting.toml", "would replace meeting.toml, the meeting's data"),
        ("build", "items/01-overview.rst", "inside the meeting folder"),
        ("programme", "preface.rst", "would replace preface.rst, one of the"),
        ("calendar", "meeting.toml", "would replace meeting.toml, the meeting's data"),
        ("concept-note", "figures/migrants.png", "inside the meeting folder"),
        ("build", "programme.ics", "is named as a calendar (.ics) but this"),
        ("build", "notes.txt", "a .txt file in the meeting folder is read as one"),
    ],
)
def test_an_output_over_the_folder_inputs_is_refused(
    tmp_path: Path,
    command: str,
    name: str,
    said: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    meeting = tmp_path / "m"
    assert main(["new", str(meeting)]) == 0
    target = meeting / name
    before = target.read_bytes() if target.exists() else None
    extra = ["review"] if command == "concept-note" else []
    arguments = [command, str(meeting), *extra, "-o", str(target)]
    if command == "build":
        arguments.append("--force")
    assert main(arguments) == 1
    assert said in capsys.readouterr().err
    assert (target.read_bytes() if target.exists() else None) == before


def test_an_output_at_the_folder_top_with_its_suffix_is_allowed(tmp_path: Path) -> None:
    meeting = tmp_path / "m"
    assert main(["new", str(meeting)]) == 0
    assert main(["calendar", str(meeting), "-o", str(meeting / "my.ics")]) == 0
    assert (meeting / "my.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
