"""What the command line tells a user to type next, and how it words its
refusals: each suggested command works as printed, in a shell."""

from __future__ import annotations

import io
import shlex
from pathlib import Path

import pytest

from folders import write_folder
from migmeet._cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _suggested(text: str, after: str) -> list[str]:
    """The command printed after ``after``, as the shell would split it."""
    line = text.split(after, 1)[1].splitlines()[0].rstrip(")")
    words = shlex.split(line)
    assert words[0] == "migmeet"
    return words[1:]


def test_the_suggested_build_works_for_a_folder_with_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "nc-my meeting"
    code, out, _ = run("new", str(folder))
    assert code == 0
    assert f"migmeet build {shlex.quote(str(folder))}" in out
    argv = _suggested(out, "then run:\n")
    assert argv == ["build", str(folder)]
    code, out, err = run(*argv)
    assert code == 0, err
    assert (folder / "report.pdf").is_file()


def test_the_force_hint_repeats_the_command_quoted(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "my meeting", {"items/01-opening.rst": "The figures are TBC.\n"}
    )
    target = tmp_path / "out put" / "it's.pdf"
    code, _, err = run("build", str(folder), "-o", str(target))
    assert code == 1
    argv = _suggested(err, "write anyway with: ")
    assert argv == ["build", str(folder), "-o", str(target), "--force"]
    code, _, err = run(*argv)
    assert code == 0, err
    assert target.read_bytes().startswith(b"%PDF")


def test_the_next_meetings_steps_quote_its_folder(tmp_path: Path) -> None:
    previous = write_folder(tmp_path / "fifteenth meeting")
    target = tmp_path / "sixteenth meeting"
    code, out, err = run("new", str(target), "--from", str(previous))
    assert code == 0, err
    assert f"run: migmeet check {shlex.quote(str(target))}" in out
    assert f"run: migmeet build {shlex.quote(str(target))}" in out


@pytest.mark.parametrize(
    ("command", "output", "said"),
    [
        (
            ["build"],
            "{folder}/meeting.toml",
            "{folder}/meeting.toml: would replace meeting.toml, the meeting's "
            "data file",
        ),
        (
            ["build"],
            "{folder}",
            "{folder}: is the meeting folder; give a file name such as "
            "{folder}/report.pdf",
        ),
        (
            ["calendar"],
            "{folder}/",
            "is the meeting folder; give a file name such as {folder}/calendar.ics",
        ),
        (
            ["build"],
            "{tmp}/out.docx",
            "{tmp}/out.docx: is named as a Word document (.docx) but this command "
            "writes a PDF: name it {tmp}/out.pdf",
        ),
        (
            ["docx"],
            "{tmp}/out.pdf",
            "is named as a PDF (.pdf) but this command writes a Word document: "
            "name it {tmp}/out.docx",
        ),
        (["programme"], "{tmp}/p.html", "name it {tmp}/p.pdf"),
        (["calendar"], "{tmp}/c.json", "writes a calendar: name it {tmp}/c.ics"),
        (["export", "--format", "akn"], "{tmp}/r.json", "name it {tmp}/r.xml"),
        (["export", "--format", "json"], "{tmp}/m.xml", "name it {tmp}/m.json"),
        (["build"], "{tmp}", "{tmp}: is a folder; give a file name such as {tmp}/"),
    ],
)
def test_a_wrong_output_is_refused_saying_what_is_wrong(
    tmp_path: Path, command: list[str], output: str, said: str
) -> None:
    folder = write_folder(tmp_path / "m")
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    names = {"folder": str(folder), "tmp": str(tmp_path)}
    argv = [command[0], str(folder), *command[1:], "-o", output.format(**names)]
    code, out, err = run(*argv)
    assert code == 1
    assert said.format(**names) in err
    assert "checks:" not in out  # said before any work
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("name", ["report", "report.out", "report.PDF"])
def test_an_output_with_another_or_no_extension_is_written_as_before(
    tmp_path: Path, name: str
) -> None:
    folder = write_folder(tmp_path / "m")
    code, _, err = run("calendar", str(folder), "-o", str(tmp_path / name))
    if name == "report.PDF":
        assert code == 1
        assert "name it" in err
    else:
        assert code == 0, err
        assert (tmp_path / name).read_bytes().startswith(b"BEGIN:VCALENDAR")
