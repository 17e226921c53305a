"""The migmeet command: new, build, help, version and exit codes."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from folders import write_folder
from migmeet import __version__
from migmeet._cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_new_then_build_gives_a_proper_report(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    code, out, _ = run("new", str(folder))
    assert code == 0
    assert f"migmeet build {folder}" in out
    assert (folder / "meeting.toml").is_file()
    assert (folder / "figures" / "migrants.png").is_file()
    code, out, err = run("build", str(folder), "-o", str(tmp_path / "m.pdf"))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"reading and checking {folder}"
    assert lines[1] == "checks: 0 errors, 0 warnings"
    assert lines[-1].startswith(f"wrote {tmp_path / 'm.pdf'}: ")
    reader = PdfReader(tmp_path / "m.pdf")
    assert f"{len(reader.pages)} pages in " in lines[-1]
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "SIXTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION" in text
    assert (
        "Mr. Liu Zhenmin, Under-Secretary-General for Economic and Social Affairs"
        in text
    )
    assert "to take stock of existing data and research;" in text
    assert "(a)" in text  # pypdf reads list markers apart from their items
    assert "A. Headings inside a summary are its sub-headings" in text
    assert "ANNEX I OBJECTIVES OF THE MEETING" in text


def test_build_writes_into_the_folder_by_default(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "m")
    assert run("build", str(root))[0] == 0
    assert (root / "report.pdf").read_bytes().startswith(b"%PDF")


def test_new_refuses_a_folder_in_use(tmp_path: Path) -> None:
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "keep.txt").write_text("mine")
    code, _, err = run("new", str(tmp_path / "m"))
    assert code == 1
    assert "exists and is not an empty folder" in err
    assert sorted(p.name for p in (tmp_path / "m").iterdir()) == ["keep.txt"]


def test_errors_in_files_exit_1_with_located_messages_and_no_pdf(
    tmp_path: Path,
) -> None:
    root = write_folder(
        tmp_path / "m", {"items/01-opening.rst": ":org:`nope` spoke.\n"}
    )
    code, _, err = run("build", str(root))
    assert code == 1
    assert err.splitlines() == [
        "items/01-opening.rst:1: error: no organization 'nope' in the data file's "
        "[organizations]; known: albany, iom [file]",
        "the checks found errors; nothing written (mend them, or write anyway "
        f"with: migmeet build {root} --force)",
    ]
    assert "Traceback" not in err
    assert not (root / "report.pdf").exists()


def test_missing_folder_exits_1(tmp_path: Path) -> None:
    code, _, err = run("build", str(tmp_path / "nowhere"))
    assert code == 1
    assert "nowhere: is not a folder" in err


@pytest.mark.parametrize(
    "argv",
    [[], ["build"], ["publish", "x"], ["build", "a", "b"], ["build", "--bad", "a"]],
)
def test_wrong_usage_exits_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert "usage: migmeet" in capsys.readouterr().err


@pytest.mark.parametrize("command", [[], ["new"], ["build"]])
def test_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main([*command, "--help"])
    assert raised.value.code == 0
    assert "usage: migmeet" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.strip() == f"migmeet {__version__}"


def test_installed_command_and_python_m(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "migmeet"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for command in ([str(script)], [sys.executable, "-m", "migmeet"]):
        done = subprocess.run(
            [*command, "build", str(tmp_path / "none")],
            capture_output=True,
            text=True,
            env=env,
        )
        assert done.returncode == 1, done.stderr
        assert "is not a folder" in done.stderr
        usage = subprocess.run([*command], capture_output=True, text=True, env=env)
        assert usage.returncode == 2


def test_new_where_it_cannot_write_exits_1_without_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_bytes", full)
    code, _, err = run("new", str(tmp_path / "m"))
    assert code == 1
    assert err.strip() == (
        f"migmeet: {tmp_path / 'm'}: cannot write the folder: No space left on device"
    )
    assert list(tmp_path.iterdir()) == []


def _sample(tmp_path: Path) -> Path:
    folder = tmp_path / "m"
    assert run("new", str(folder))[0] == 0
    return folder


@pytest.mark.parametrize(
    ("command", "output"),
    [
        (["programme"], "p.pdf"),
        (["calendar"], "c.ics"),
        (["concept-note", "{folder}", "review"], "n.pdf"),
        (["site"], "site"),
        (["build"], "r.pdf"),
    ],
)
def test_every_publishing_command_refuses_an_error_in_the_data_unless_forced(
    tmp_path: Path, command: list[str], output: str
) -> None:
    folder = _sample(tmp_path)
    toml = folder / "meeting.toml"
    toml.write_text(
        toml.read_text().replace(
            'note = "Open to all participants."', 'note = "UPDATE THIS before sending."'
        )
    )
    target = tmp_path / output
    argv = [command[0], str(folder), *command[2:], "-o", str(target)]
    code, _, err = run(*argv)
    assert code == 1
    assert "placeholder" in err
    assert "nothing written" in err
    assert not target.exists()
    code, _, err = run(*argv, "--force")
    assert code == 0, err
    assert "placeholder" in err  # still said
    assert target.exists()


def test_an_error_in_a_summary_stops_the_site_but_not_the_programme(
    tmp_path: Path,
) -> None:
    folder = _sample(tmp_path)
    item = folder / "items" / "04-closing.rst"
    item.write_text(item.read_text() + "\nThe figures are TBC.\n")
    assert run("programme", str(folder), "-o", str(tmp_path / "p.pdf"))[0] == 0
    code, _, err = run("site", str(folder), "-o", str(tmp_path / "site"))
    assert code == 1
    assert "items/04-closing.rst" in err
    assert not (tmp_path / "site").exists()


def test_one_load_problem_does_not_hide_the_other_findings(tmp_path: Path) -> None:
    folder = _sample(tmp_path)
    (folder / "items" / "09-other.rst").write_text("Other matters were raised.\n")
    item = folder / "items" / "04-closing.rst"
    item.write_text(item.read_text() + "\nThe figures are TBC.\n")
    code, out, _ = run("check", str(folder))
    assert code == 1
    assert "items/09-other.rst:1: error: a summary for agenda item IX" in out
    assert "[placeholder]" in out


def test_an_internal_error_is_one_line_naming_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import migmeet._cli.commands as commands

    def broken(*args: object) -> None:
        raise KeyError("surprise")

    monkeypatch.setattr(commands, "load_and_check", broken)
    code, _, err = run("check", str(tmp_path))
    assert code == 3
    assert err.count("\n") == 1
    assert "internal error: KeyError" in err
    assert "bug in migmeet" in err


def test_an_output_folder_is_made_first_and_the_time_is_the_wait(
    tmp_path: Path,
) -> None:
    import subprocess
    import sys
    import time

    folder = write_folder(tmp_path / "meeting")
    target = tmp_path / "out" / "sub" / "report.pdf"
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "migmeet", "build", str(folder), "-o", str(target)],
        capture_output=True,
        text=True,
        check=False,
    )
    waited = time.perf_counter() - began
    assert done.returncode == 0, done.stderr
    assert target.is_file()
    said = float(done.stdout.rsplit(" in ", 1)[1].split(" s")[0])
    # The time printed counts the start-up: within a second of the wait.
    assert abs(waited - said) < 1.0, (waited, said)


def test_an_output_in_a_file_is_refused_before_any_work(tmp_path: Path) -> None:
    import io

    folder = write_folder(tmp_path / "meeting")
    (tmp_path / "afile").write_text("x")
    err = io.StringIO()
    code = main(
        ["build", str(folder), "-o", str(tmp_path / "afile" / "r.pdf")],
        io.StringIO(),
        err,
    )
    assert code == 1
    assert "is not a folder" in err.getvalue()


@pytest.mark.parametrize(
    "command",
    [["build"], ["docx"], ["export", "--format", "akn"]],
)
def test_a_report_without_summaries_is_refused_saying_where_they_go(
    tmp_path: Path, command: list[str]
) -> None:
    import io

    sixteenth = Path(__file__).resolve().parent.parent / "examples/series/sixteenth"
    err = io.StringIO()
    output = str(tmp_path / "out.file")
    code = main(
        [command[0], str(sixteenth), *command[1:], "-o", output], io.StringIO(), err
    )
    assert code == 1
    assert "the report has no summaries yet; write them in" in err.getvalue()
    assert not (tmp_path / "out.file").exists()
