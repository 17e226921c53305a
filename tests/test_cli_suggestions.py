"""What the command line tells a user to type next, and how it words its
refusals: each suggested command works as printed, in a shell."""

from __future__ import annotations

import io
import shlex
from pathlib import Path

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
