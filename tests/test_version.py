"""The version has one source, src/migmeet/_version.py, and a changelog."""

from __future__ import annotations

from pathlib import Path

from migmeet import __version__

ROOT = Path(__file__).resolve().parent.parent


def test_no_other_file_writes_the_version_out() -> None:
    files = [
        ROOT / "pyproject.toml",
        ROOT / "docs" / "conf.py",
        *(ROOT / "src" / "migmeet").rglob("*.py"),
    ]
    holders = [
        path.relative_to(ROOT).as_posix()
        for path in files
        if f'"{__version__}"' in path.read_text(encoding="utf-8")
    ]
    assert holders == ["src/migmeet/_version.py"]
    assert 'version = { attr = "migmeet._version.__version__" }' in (
        ROOT / "pyproject.toml"
    ).read_text(encoding="utf-8")


def test_the_changelog_has_an_unreleased_section() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog
