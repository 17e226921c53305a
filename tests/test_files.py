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


def _claim(site: Path, *names: str) -> None:
    """Add ``names`` to the site's manifest, as a hand or a hostile tool
    might, with checksums migmeet never recorded."""
    manifest = json.loads((site / MANIFEST).read_text())
    for name in names:
        manifest["files"][name] = "0" * 64
    (site / MANIFEST).write_text(json.dumps(manifest))


def test_a_site_never_removes_through_a_link_or_a_file_it_did_not_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meeting, site, victim = tmp_path / "m", tmp_path / "site", tmp_path / "victim"
    assert main(["new", str(meeting)]) == 0
    assert main(["site", str(meeting), "-o", str(site)]) == 0
    victim.mkdir()
    (victim / "v.txt").write_text("precious\n")
    (site / "sub").symlink_to(victim)
    (site / "mine.txt").write_text("mine\n")
    _claim(site, "sub/v.txt", "mine.txt")
    before = {p: p.read_bytes() for p in site.rglob("*") if p.is_file()}
    capsys.readouterr()
    assert main(["site", str(meeting), "-o", str(site)]) == 1
    said = capsys.readouterr().err
    assert "symbolic link" in said or "was changed since migmeet wrote it" in said
    assert (victim / "v.txt").read_text() == "precious\n"
    assert (site / "mine.txt").read_text() == "mine\n"
    assert {p: p.read_bytes() for p in site.rglob("*") if p.is_file()} == before
    # Without the link, the file claimed is still not migmeet's.
    (site / "sub").unlink()
    _claim(site, "mine.txt")
    assert main(["site", str(meeting), "-o", str(site)]) == 1
    assert "mine.txt was changed since migmeet wrote it" in capsys.readouterr().err
    assert (site / "mine.txt").read_text() == "mine\n"


def test_a_page_edited_by_hand_is_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    write_folder(site, {"index.html": b"a", "old.pdf": b"b"})
    (site / "index.html").write_bytes(b"my edits")
    with pytest.raises(RenderError, match=r"index\.html was changed since migmeet"):
        write_folder(site, {"index.html": b"c"})
    assert (site / "index.html").read_bytes() == b"my edits"
    assert (site / "old.pdf").read_bytes() == b"b"  # nothing changed at all
    # Moved away, the page is written again and the old file removed.
    (site / "index.html").unlink()
    write_folder(site, {"index.html": b"c"})
    assert (site / "index.html").read_bytes() == b"c"
    assert not (site / "old.pdf").exists()


def test_a_site_never_writes_into_a_linked_folder(tmp_path: Path) -> None:
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    write_folder(site, {"index.html": b"a"})
    elsewhere.mkdir()
    (site / "figures").symlink_to(elsewhere)
    with pytest.raises(RenderError, match="symbolic link"):
        write_folder(site, {"index.html": b"b", "figures/map.png": b"png"})
    assert list(elsewhere.iterdir()) == []
    assert (site / "index.html").read_bytes() == b"a"
