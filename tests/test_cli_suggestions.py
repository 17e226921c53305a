"""What the command line tells a user to type next, and how it words its
refusals: each suggested command works as printed, in a shell."""

from __future__ import annotations

import io
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from folders import write_folder
from migmeet._cli import main

ROOT = Path(__file__).resolve().parent.parent


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


def test_check_help_and_check_alone_agree(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    usage = capsys.readouterr().out.split("\n\n")[0]
    assert usage == (
        "usage: migmeet check [-h] [--format {text,json}] DIR\n"
        "       migmeet check --explain CODE"
    )
    code, _, err = run("check")
    assert code == 2
    assert err.startswith(usage + "\n")
    assert "give a meeting folder DIR (or --explain CODE)" in err
    code, out, _ = run("check", "--explain", "placeholder")
    assert code == 0
    assert out.startswith("placeholder (")


@pytest.mark.parametrize(
    ("given", "argv", "suggested"),
    [
        ("m/meeting.toml", ["build", "{}"], "migmeet build {m}"),
        ("m/items/01-opening.rst", ["check", "{}"], "migmeet check {m}"),
        ("m/meeting.toml", ["calendar", "{}", "-o", "c.ics"], "calendar {m} -o c.ics"),
        ("m/meeting.toml", ["import", "d.docx", "{}"], "migmeet import d.docx {m}"),
        ("m/meeting.toml", ["keys", "{}"], "migmeet keys {m}"),
        ("m/meeting.toml", ["new", "next", "--from", "{}"], "new next --from {m}"),
    ],
)
def test_a_file_given_for_the_folder_is_answered_with_the_folder(
    tmp_path: Path, given: str, argv: list[str], suggested: str
) -> None:
    folder = write_folder(tmp_path / "my m")
    path = str(tmp_path / given.replace("m/", "my m/", 1))
    code, _, err = run(*[path if word == "{}" else word for word in argv])
    assert code == 1
    assert f"{path}: is " in err
    assert "not a folder; give the meeting folder that holds it: " in err
    assert suggested.format(m=shlex.quote(str(folder))) in err
    assert not (tmp_path / "c.ics").exists()


def test_a_file_outside_any_meeting_folder_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    code, _, err = run("build", str(tmp_path / "notes.txt"))
    assert code == 1
    assert "notes.txt: is a file, not a folder; give the meeting folder" in err


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("biuld", "unknown command 'biuld' (did you mean build?)"),
        ("chek", "(did you mean check?)"),
        ("concept", "(did you mean concept-note?)"),
        ("zzzz", "unknown command 'zzzz' (the commands: new, build, docx,"),
    ],
)
def test_an_unknown_command_is_offered_the_nearest(
    word: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main([word, "x"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: migmeet")
    assert said in err


def test_the_summary_line_names_the_folder_exactly_as_given(tmp_path: Path) -> None:
    write_folder(tmp_path / "my-meeting")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for given in ("my-meeting", "my-meeting", "./my-meeting/"):
        done = subprocess.run(
            [sys.executable, "-m", "migmeet", "check", given],
            capture_output=True,
            cwd=tmp_path,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"{given}: 0 errors, 0 warnings\n".encode()


def test_output_cut_short_by_a_pipe_is_no_internal_error(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    reader = subprocess.Popen(
        [sys.executable, "-m", "migmeet", "rules"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert reader.stdout is not None
    assert reader.stderr is not None
    reader.stdout.close()  # as `| head -0` would
    err = reader.stderr.read().decode()
    reader.wait()
    assert "internal error" not in err
    assert "Traceback" not in err
