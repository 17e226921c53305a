"""What this machine has and lacks for each of migmeet's commands.

Each part migmeet leans on outside its own code (Python and its packages,
Pango as WeasyPrint finds it, the bundled fonts, the British English
dictionary, and the tools the tests use) is probed by a function of its
own, so a test can stand in for one; :func:`diagnose` gathers the answers
into a :class:`Diagnosis`, with the commands to install what is missing on
Debian/Ubuntu, Fedora, macOS (Homebrew) and Windows (MSYS2).
"""

from __future__ import annotations

import platform
import re
import shutil
import sys
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import Literal

import attrs

__all__ = ["Diagnosis", "Part", "diagnose"]

Status = Literal["ok", "missing", "optional-missing"]

#: The systems an install command is given for, in the order printed.
SYSTEMS = ("Debian/Ubuntu", "Fedora", "macOS", "Windows")

#: The commands that make a PDF, and so need Pango through WeasyPrint.
PDF_COMMANDS = ("build", "programme", "concept-note", "site", "calendar", "preview")
EVERY_COMMAND = ("every command",)


@attrs.frozen
class Part:
    """One thing migmeet needs or can use, and whether this machine has it."""

    name: str
    status: Status
    #: The version or place found, or why it is missing.
    detail: str
    #: The commands (or tests) that use it.
    needed_by: tuple[str, ...]
    #: Whether ``migmeet build`` cannot work without it.
    needed_to_build: bool
    #: (system, command) pairs that install it; empty when it is there.
    install: tuple[tuple[str, str], ...] = ()


@attrs.frozen
class Diagnosis:
    """Every part, in the order printed."""

    parts: tuple[Part, ...]

    @property
    def can_build(self) -> bool:
        """Whether all that ``migmeet build`` needs is there."""
        return not any(p.needed_to_build and p.status != "ok" for p in self.parts)


#: A probe answers what it found (a version, a place), or None when absent.
Probe = Callable[[], "str | None"]


def probe_python() -> str | None:
    return f"{platform.python_implementation()} {platform.python_version()}"


def _requirement_name(requirement: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", requirement, maxsplit=1)[0]


def _dependencies() -> tuple[str, ...]:
    """migmeet's own packages (not its extras), as its metadata names them."""
    try:
        requirements = metadata.requires("migmeet") or []
    except metadata.PackageNotFoundError:
        requirements = []
    names = [_requirement_name(r) for r in requirements if "extra ==" not in r]
    return tuple(sorted({"weasyprint", *names}, key=str.lower))


def probe_packages() -> str | None:
    """The versions of migmeet's packages; None if one is not installed."""
    found = []
    for name in _dependencies():
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            return None
    return ", ".join(found)


def probe_pango() -> str | None:
    """Pango's version as WeasyPrint loads it; None if WeasyPrint cannot."""
    try:
        from weasyprint.text.ffi import pango
    except (ImportError, OSError):  # OSError: the library was not found
        return None
    number = int(pango.pango_version())
    major, minor, micro = number // 10000, number // 100 % 100, number % 100
    return f"{major}.{minor}.{micro}"


def bundled_fonts() -> tuple[str, ...]:
    """The font files shipped in ``migmeet/assets/fonts``, if any."""
    folder = resources.files("migmeet").joinpath("assets", "fonts")
    if not folder.is_dir():
        return ()
    suffixes = (".ttf", ".otf", ".woff", ".woff2")
    return tuple(sorted(f.name for f in folder.iterdir() if f.name.endswith(suffixes)))


def probe_fonts() -> str | None:
    fonts = bundled_fonts()
    return ", ".join(fonts) if fonts else None


def probe_dictionary() -> str | None:
    from .._checks.text_rules.speller import _dictionary_base, load_dictionary

    base = _dictionary_base()
    if base is None or load_dictionary() is None:
        return None
    return f"{base}.dic"


def probe_browser() -> str | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    return f"{browser}, {driver}" if browser and driver else None


def probe_libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def probe_taplo() -> str | None:
    beside = Path(sys.prefix) / "node" / "node_modules" / ".bin" / "taplo"
    return shutil.which("taplo") or (str(beside) if beside.is_file() else None)


_BROWSER_ELSEWHERE = "Chrome and chromedriver from https://googlechromelabs.github.io/chrome-for-testing/"


@attrs.frozen
class _Need:
    """What a part is, who needs it and how to install it."""

    name: str
    probe: str  # the name of the probe function, looked up when diagnosing
    needed_by: tuple[str, ...]
    needed_to_build: bool
    absent: str
    install: tuple[str, str, str, str]


NEEDS = (
    _Need(
        "Python",
        "probe_python",
        EVERY_COMMAND,
        True,
        "not found",
        (
            "sudo apt-get install python3 python3-venv",
            "sudo dnf install python3",
            "brew install python",
            "pacman -S mingw-w64-x86_64-python",
        ),
    ),
    _Need(
        "Python packages",
        "probe_packages",
        EVERY_COMMAND,
        True,
        "one or more of migmeet's packages is not installed",
        ("python3 -m pip install migmeet-*.whl",) * 4,
    ),
    _Need(
        "Pango (WeasyPrint)",
        "probe_pango",
        PDF_COMMANDS,
        True,
        "WeasyPrint cannot load Pango",
        (
            "sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0",
            "sudo dnf install pango",
            "brew install pango",
            "pacman -S mingw-w64-x86_64-pango (MSYS2), then set "
            "WEASYPRINT_DLL_DIRECTORIES=C:\\msys64\\mingw64\\bin",
        ),
    ),
    _Need(
        "Bundled fonts",
        "probe_fonts",
        PDF_COMMANDS,
        False,
        "none bundled: the system's Liberation Serif or Times New Roman is used",
        (
            "sudo apt-get install fonts-liberation2",
            "sudo dnf install liberation-serif-fonts",
            "brew install --cask font-liberation",
            "none needed: Times New Roman comes with Windows",
        ),
    ),
    _Need(
        "British English dictionary",
        "probe_dictionary",
        ("check (spelling)",),
        False,
        "en_GB hunspell dictionary not found (or MIGMEET_DICTIONARY_DIR)",
        (
            "sudo apt-get install hunspell-en-gb",
            "sudo dnf install hunspell-en-GB",
            "put en_GB.dic and en_GB.aff in a folder named by MIGMEET_DICTIONARY_DIR",
            "pacman -S mingw-w64-x86_64-hunspell-en; set MIGMEET_DICTIONARY_DIR",
        ),
    ),
    _Need(
        "Browser",
        "probe_browser",
        ("accessibility tests",),
        False,
        "chromium and chromedriver not on PATH",
        (
            "sudo apt-get install chromium chromium-driver",
            "sudo dnf install chromium chromedriver",
            "brew install --cask chromium chromedriver",
            _BROWSER_ELSEWHERE,
        ),
    ),
    _Need(
        "LibreOffice",
        "probe_libreoffice",
        ("Word read-back tests",),
        False,
        "soffice not on PATH",
        (
            "sudo apt-get install libreoffice-writer-nogui",
            "sudo dnf install libreoffice-writer",
            "brew install --cask libreoffice",
            "winget install TheDocumentFoundation.LibreOffice",
        ),
    ),
    _Need(
        "taplo",
        "probe_taplo",
        ("schema tests",),
        False,
        "taplo not on PATH nor in the virtual environment",
        (
            "make test-system (or: npm install --prefix .venv/node @taplo/cli@0.7)",
            "npm install --prefix .venv/node @taplo/cli@0.7",
            "brew install taplo",
            "npm install --prefix .venv/node @taplo/cli@0.7",
        ),
    ),
)


def _examine(need: _Need) -> Part:
    probe: Probe = globals()[need.probe]
    try:
        found = probe()
    except Exception as error:  # a broken part is a missing one, said why
        found, absent = None, f"{need.absent} ({type(error).__name__}: {error})"
    else:
        absent = need.absent
    if found is not None:
        return Part(need.name, "ok", found, need.needed_by, need.needed_to_build)
    status: Status = "missing" if need.needed_to_build else "optional-missing"
    install = tuple(zip(SYSTEMS, need.install, strict=True))
    return Part(
        need.name, status, absent, need.needed_by, need.needed_to_build, install
    )


def diagnose() -> Diagnosis:
    """What this machine has and lacks, part by part."""
    return Diagnosis(tuple(_examine(need) for need in NEEDS))
