"""Writing files: atomically, with clear errors, never half-written."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from migmeet import RenderError, Report, Section, write_report
from migmeet._writing import write_atomically
from migmeet._writing.pdf import render_pdf
from strategies import meeting

ROOT = Path(__file__).resolve().parent.parent


def test_write_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(RenderError, match=r"report\.pdf: cannot write: No space left"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_render_failure_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import migmeet._publishing.pdfs as render

    def failing(
        html: str, *, body_id: str | None, page_size: str, edition: str
    ) -> bytes:
        raise RenderError("WeasyPrint could not render the report: boom")

    monkeypatch.setattr(render, "_render", failing)
    report = Report(
        meeting=meeting(), preface=[], sections=[Section(item=1, paragraphs=["x."])]
    )
    with pytest.raises(RenderError):
        write_report(report, tmp_path / "report.pdf")
    assert list(tmp_path.iterdir()) == []


def test_target_folder_missing_or_a_folder(tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="does not exist"):
        write_atomically(tmp_path / "missing" / "report.pdf", b"x")
    with pytest.raises(RenderError, match="is a folder"):
        write_atomically(tmp_path, b"x")


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "https://example.org/tracker.png",
        "http://127.0.0.1:9/x.png",
    ],
)
def test_weasyprint_fetches_nothing_outside_the_package(url: str) -> None:
    page = f'<html lang="en"><body><p>Text</p><img src="{url}" alt="x"></body></html>'
    with pytest.raises(RenderError, match="migmeet does not fetch"):
        render_pdf(page)


def test_data_urls_are_allowed() -> None:
    pixel = (
        "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
        "nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg=="
    )
    pdf = render_pdf(
        f'<html lang="en"><body><img src="{pixel}" alt="dot"></body></html>'
    )
    assert pdf.data.startswith(b"%PDF")


def test_example_bytes_do_not_depend_on_the_process(
    fifteenth_pdf: Path, tmp_path: Path
) -> None:
    out = tmp_path / "again.pdf"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(
        [sys.executable, str(ROOT / "examples" / "fifteenth_meeting.py"), str(out)],
        check=True,
        env=env,
        capture_output=True,
    )
    assert out.read_bytes() == fifteenth_pdf.read_bytes()


def test_example_script_usage_and_errors(tmp_path: Path, fifteenth: ModuleType) -> None:
    assert fifteenth.main(["fifteenth_meeting.py"]) == 2
    assert fifteenth.main(["fifteenth_meeting.py", str(tmp_path / "no" / "x.pdf")]) == 1


def test_importing_and_the_commands_that_write_no_pdf_do_not_import_weasyprint(
    tmp_path: Path,
) -> None:
    # `migmeet check`, `new`, `calendar` and `--help` must not pay for the
    # PDF engine they never use.
    sixteenth = str(ROOT / "examples" / "series" / "sixteenth")
    code = f"""
import contextlib, io, sys
import migmeet
from migmeet._cli import main
out, err = io.StringIO(), io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
    with contextlib.suppress(SystemExit):
        main(["--help"])
    assert main(["check", {sixteenth!r}]) == 0
    assert main(["new", {str(tmp_path / "new")!r}]) == 0
    assert main(["calendar", {sixteenth!r}, "-o", {str(tmp_path / "m.ics")!r}]) == 0
assert "weasyprint" not in sys.modules, "weasyprint imported"
"""
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    "escape",
    ["%2e%2e/%2e%2e/%2e%2e/etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "%2E%2E/x"],
)
def test_percent_encoded_dots_do_not_leave_the_assets_folder(escape: str) -> None:
    from migmeet._writing.pdf import ASSETS

    url = f"{ASSETS.as_uri()}/{escape}"
    page = f'<html lang="en"><body><p>Text</p><img src="{url}" alt="x"></body></html>'
    with pytest.raises(RenderError, match="migmeet does not fetch"):
        render_pdf(page)


_COMMANDS = [
    (["build", "--force"], "report.pdf"),
    (["docx", "--force"], "report.docx"),
    (["programme"], "programme.pdf"),
    (["calendar"], "calendar.ics"),
    (["concept-note", "PANEL"], "concept-note-review.pdf"),
    (["export", "--format", "json"], "meeting.json"),
    (["export", "--format", "akn"], "report.akn.xml"),
]


def _arguments(command: list[str], folder: Path, *extra: str) -> list[str]:
    words = [command[0], str(folder)]
    words += ["review"] if command[0] == "concept-note" else command[1:]
    return [*words, *extra]


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from migmeet._cli import main

    folder = tmp_path_factory.mktemp("sample") / "m"
    assert main(["new", str(folder)]) == 0
    return folder


@pytest.mark.parametrize(("command", "name"), _COMMANDS)
def test_a_users_file_at_an_outputs_default_name_is_refused(
    sample_folder: Path,
    command: list[str],
    name: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from migmeet._cli import main

    own = sample_folder / name
    own.write_bytes(b"the person's own notes\n")
    try:
        capsys.readouterr()
        assert main(_arguments(command, sample_folder)) == 1
        said = capsys.readouterr()
        assert f"{own}: exists and migmeet did not write it" in said.err
        assert "laying out" not in said.out  # refused before any work
        assert own.read_bytes() == b"the person's own notes\n"
    finally:
        own.unlink()


def test_a_users_file_given_to_o_is_refused_and_its_own_replaced(
    sample_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from migmeet._cli import main

    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    assert main(["programme", str(sample_folder), "-o", str(notes)]) == 1
    assert "migmeet did not write it: choose another name" in capsys.readouterr().err
    assert notes.read_text() == "my notes\n"
    # An empty file may be replaced, and migmeet's own file again, its mode kept.
    empty = tmp_path / "programme.pdf"
    empty.touch()
    empty.chmod(0o640)
    assert main(["programme", str(sample_folder), "-o", str(empty)]) == 0
    assert empty.read_bytes().startswith(b"%PDF-")
    assert main(["programme", str(sample_folder), "-o", str(empty)]) == 0
    assert oct(empty.stat().st_mode & 0o777) == oct(0o640)


@pytest.mark.parametrize(
    ("command", "name"), [c for c in _COMMANDS if not c[1].endswith(".pdf")]
)
def test_migmeet_replaces_its_own_output(
    sample_folder: Path, tmp_path: Path, command: list[str], name: str
) -> None:
    from migmeet._cli import main

    out = tmp_path / name
    assert main(_arguments(command, sample_folder, "-o", str(out))) == 0
    first = out.read_bytes()
    assert main(_arguments(command, sample_folder, "-o", str(out))) == 0
    assert out.read_bytes() == first


def test_a_large_pdf_is_known_by_its_document_information(tmp_path: Path) -> None:
    import pikepdf

    from migmeet._writing.ownership import written_by_migmeet

    def pdf(creator: str) -> Path:
        # No XMP, and the document information in a compressed object
        # stream: as if migmeet's XMP lay past the first 64 KB.
        document = pikepdf.new()
        document.add_blank_page()
        document.docinfo["/Creator"] = creator
        path = tmp_path / f"{creator}.pdf"
        document.save(path, object_stream_mode=pikepdf.ObjectStreamMode.generate)
        assert b"migmeet" not in path.read_bytes()
        return path

    assert written_by_migmeet(pdf("migmeet"))
    assert not written_by_migmeet(pdf("Word"))


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=1, max_size=3000).filter(lambda b: b"migmeet" not in b))
def test_a_file_without_migmeets_mark_is_never_replaced(data: bytes) -> None:
    from migmeet._writing import check_replaceable

    with tempfile.TemporaryDirectory() as folder:
        own = Path(folder) / "report.pdf"
        for prefix in (b"", b"%PDF-1.7\n", b"PK\x03\x04"):
            own.write_bytes(prefix + data)
            with pytest.raises(RenderError, match="migmeet did not write it"):
                check_replaceable(own)
            assert own.read_bytes() == prefix + data
