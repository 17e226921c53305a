"""``migmeet doctor``: every part reported, install commands for what is
missing, the exit code saying whether ``build`` can work, one screen."""

from __future__ import annotations

import io
import json

import pytest

from migmeet._cli import main
from migmeet._publishing import doctor
from migmeet._publishing.doctor import SYSTEMS

PARTS = (
    "Python",
    "Python packages",
    "Pango (WeasyPrint)",
    "Bundled fonts",
    "British English dictionary",
    "Browser",
    "LibreOffice",
    "taplo",
)


def _doctor(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["doctor", *argv], out=out, err=io.StringIO())
    return code, out.getvalue()


def test_this_machine_can_build_and_every_part_is_reported() -> None:
    code, text = _doctor()
    assert code == 0, text
    for part in PARTS:
        assert f" {part} [" in text
    assert "Pango (WeasyPrint) [build" in text
    assert text.rstrip().endswith("migmeet can build.")
    assert len(text.splitlines()) <= 40


def test_pango_is_reported_with_the_version_weasyprint_loads() -> None:
    version = doctor.probe_pango()
    assert version is not None
    major, minor, _ = (int(n) for n in version.split("."))
    assert (major, minor) >= (1, 44)  # WeasyPrint's own lower bound


def test_json_gives_each_part_and_the_verdict() -> None:
    code, text = _doctor("--format", "json")
    answer = json.loads(text)
    assert code == 0
    assert answer["can_build"] is True
    assert [part["name"] for part in answer["parts"]] == list(PARTS)
    assert {part["status"] for part in answer["parts"]} <= {
        "ok",
        "missing",
        "optional-missing",
    }


def test_missing_pango_gives_the_four_install_commands_and_exit_1(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(doctor, "probe_pango", lambda: None)
    code, text = _doctor()
    assert code == 1
    assert "MISSING          Pango (WeasyPrint)" in text
    assert "To install Pango (WeasyPrint):" in text
    for system in SYSTEMS:
        assert f"  {system}" in text
    assert "sudo apt-get install libpango-1.0-0" in text
    assert "sudo dnf install pango" in text
    assert "brew install pango" in text
    assert "pacman -S mingw-w64-x86_64-pango" in text
    assert text.rstrip().endswith("cannot build: install what is MISSING.")
    assert len(text.splitlines()) <= 40


def test_a_probe_that_breaks_is_a_missing_part_said_why(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken() -> str | None:
        raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(doctor, "probe_pango", broken)
    code, text = _doctor()
    assert code == 1
    assert "libpango-1.0-0" in text


def test_a_missing_test_tool_is_optional_and_build_still_works(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(doctor, "probe_libreoffice", lambda: None)
    monkeypatch.setattr(doctor, "probe_browser", lambda: None)
    code, text = _doctor()
    assert code == 0
    assert "optional-missing LibreOffice [Word read-back tests]" in text
    assert "sudo apt-get install libreoffice-writer-nogui" in text
    assert "sudo apt-get install chromium chromium-driver" in text
    assert len(text.splitlines()) <= 40


def test_missing_packages_block_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctor, "probe_packages", lambda: None)
    code, text = _doctor("--format", "json")
    answer = json.loads(text)
    assert code == 1
    packages = next(p for p in answer["parts"] if p["name"] == "Python packages")
    assert packages["status"] == "missing"
    assert set(packages["install"]) == set(SYSTEMS)


def test_bundled_fonts_are_listed_when_the_package_has_them() -> None:
    fonts = doctor.bundled_fonts()
    _, text = _doctor()
    if fonts:
        assert fonts[0] in text
    else:
        assert "none bundled" in text
