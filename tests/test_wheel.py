"""The wheel installs anywhere: built from the sources, installed into a
fresh virtual environment outside the repository, its ``migmeet`` command
writes a sample folder and builds it, and renders the fifteenth meeting.

One virtual environment for the module. It reads the packages of the
environment running the tests after its own, so migmeet's dependencies
resolve without the network; migmeet itself comes only from the wheel
(``--no-deps``), and the commands run outside the repository, with no
``PYTHONPATH``, so the sources cannot stand in for the installed package.
Building needs the ``build`` package (in the ``test`` extra; fetched into
the fresh environment if missing) and a setuptools for its isolated
environment (from the network or pip's cache); without them the tests are
skipped, saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from pathlib import Path

import attrs
import pytest

from migmeet._version import __version__

pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "migmeet"
FIFTEENTH = ROOT / "examples" / "series" / "fifteenth"

#: The folders of package data every installation needs.
DATA_FOLDERS = (
    "assets",
    "catalogue",
    "names",
    "sample",
    "schema",
    "templates",
    "wordlists",
)


@attrs.frozen
class Installed:
    """The wheel, the sdist and the environment the wheel went into."""

    wheel: Path
    sdist: Path
    python: Path
    migmeet: Path
    site: Path  # where the installed package is


def _run(command: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _data_files() -> set[str]:
    """The package data in the sources, as paths under ``migmeet/``."""
    found = set()
    for folder in DATA_FOLDERS:
        for path in (PACKAGE / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                found.add(path.relative_to(PACKAGE.parent).as_posix())
    return found


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    work = tmp_path_factory.mktemp("wheel")
    # A copy of what a build reads, so nothing is written into the checkout.
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "src",
        source / "src",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    venv = work / "venv"
    made = _run([sys.executable, "-m", "venv", venv], work)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    # The dependencies from the running environment, found after the fresh
    # one's own packages; its .pth files (an editable migmeet) are not read.
    purelib = _run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], work
    )
    (Path(purelib.stdout.strip()) / "dependencies.pth").write_text(
        sysconfig.get_path("purelib") + "\n"
    )
    if _run([python, "-c", "import build"], work).returncode != 0:
        # Not yet in the project's environment: into this one only.
        fetched = _run(
            [python, "-m", "pip", "install", "-q", "--ignore-installed", "build>=1.2"],
            work,
        )
        if fetched.returncode != 0:
            pytest.skip("the build package is not installed and cannot be fetched")
    dist = work / "dist"
    built = _run([python, "-m", "build", "--outdir", dist, source], work)
    if built.returncode != 0:
        pytest.skip(f"the wheel cannot be built here (offline?): {built.stderr[-500:]}")
    wheel = next(dist.glob("migmeet-*.whl"))
    sdist = next(dist.glob("migmeet-*.tar.gz"))
    # --ignore-installed: never touch the migmeet of the running environment.
    install = ["install", "--no-deps", "--no-index", "--ignore-installed", wheel]
    done = _run([python, "-m", "pip", *install], work)
    assert done.returncode == 0, done.stderr
    where = _run([python, "-c", "import migmeet; print(migmeet.__file__)"], work)
    assert where.returncode == 0, where.stderr
    site = Path(where.stdout.strip()).parent
    return Installed(wheel, sdist, python, venv / "bin" / "migmeet", site)


def _has_every_data_file(installed: Installed) -> None:
    expected = _data_files()
    assert {f for f in expected if f.startswith("migmeet/assets/")}
    with zipfile.ZipFile(installed.wheel) as wheel:
        in_wheel = set(wheel.namelist())
    assert expected <= in_wheel, sorted(expected - in_wheel)
    for name in expected:
        assert (installed.site.parent / name).is_file(), name
    if (PACKAGE / "assets" / "fonts").is_dir():  # bundled fonts travel too
        assert any((installed.site / "assets" / "fonts").iterdir())
    with tarfile.open(installed.sdist) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    in_sdist = {f"src/{name}" for name in expected}
    assert in_sdist <= names, sorted(in_sdist - names)
    assert "pyproject.toml" in names


def _writes_a_sample_and_builds_it(installed: Installed, work: Path) -> None:
    folder = work / "meeting"
    new = _run([installed.migmeet, "new", folder], work)
    assert new.returncode == 0, new.stdout + new.stderr
    build = _run([installed.migmeet, "build", folder, "-o", "report.pdf"], work)
    assert build.returncode == 0, build.stdout + build.stderr
    programme = _run([installed.migmeet, "programme", folder], work)
    assert programme.returncode == 0, programme.stdout + programme.stderr
    for pdf in (work / "report.pdf", folder / "programme.pdf"):
        assert pdf.read_bytes().startswith(b"%PDF-"), pdf


def _renders_the_fifteenth_meeting(installed: Installed, work: Path) -> None:
    folder = work / "fifteenth"
    shutil.copytree(FIFTEENTH, folder)
    build = _run([installed.migmeet, "build", folder], work)
    assert build.returncode == 0, build.stdout + build.stderr
    assert (folder / "report.pdf").read_bytes().startswith(b"%PDF-")


def test_the_wheel_installs_anywhere(installed: Installed, tmp_path: Path) -> None:
    # One test, so that pytest-xdist's workers do not each build the wheel.
    assert installed.site.is_relative_to(installed.python.parent.parent)
    assert not installed.site.is_relative_to(ROOT)
    _has_every_data_file(installed)
    _writes_a_sample_and_builds_it(installed, tmp_path)
    _renders_the_fifteenth_meeting(installed, tmp_path)
    # The version has one source: the wheel's name and the command agree.
    assert f"migmeet-{__version__}-" in installed.wheel.name
    version = _run([installed.migmeet, "--version"], tmp_path)
    assert version.stdout.strip() == f"migmeet {__version__}"
    assert f"## [{__version__}]" in (ROOT / "CHANGELOG.md").read_text()
    doctor = _run([installed.migmeet, "doctor"], tmp_path)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "migmeet can build." in doctor.stdout
