"""Writing files: atomically, with clear errors, never half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

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
