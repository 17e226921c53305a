"""The report's typeface ships with migmeet: the same PDF on every machine.

The fonts in ``migmeet/assets/fonts`` are declared with ``@font-face`` in
the report's stylesheet, so neither the glyphs nor the layout depend on
the fonts the system happens to have. The second test proves it by
rendering once as usual and once with a fontconfig that knows no
Liberation font at all (DejaVu only, from the Debian package
fonts-dejavu-core).
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pypdf
import pytest

from migmeet._cli import main

FONTS = Path(str(resources.files("migmeet") / "assets" / "fonts"))
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
SRC = Path(__file__).resolve().parent.parent / "src"


def embedded_fonts(pdf: Path) -> set[str]:
    """The base names of the fonts a PDF embeds, without subset prefixes."""
    names: set[str] = set()
    for page in pypdf.PdfReader(pdf).pages:
        page_resources = page.get("/Resources", {})
        for font in page_resources.get("/Font", {}).values():
            name = str(font.get_object()["/BaseFont"]).lstrip("/")
            names.add(name.split("+", 1)[-1])
    return names


def test_the_package_ships_four_faces_and_their_licence() -> None:
    faces = sorted(path.name for path in FONTS.glob("*.ttf"))
    assert faces == [
        "LiberationSerif-Bold.ttf",
        "LiberationSerif-BoldItalic.ttf",
        "LiberationSerif-Italic.ttf",
        "LiberationSerif-Regular.ttf",
    ]
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS / "LICENSE").read_text()


def test_the_fifteenth_report_embeds_only_liberation_serif(
    fifteenth_pdf: Path,
) -> None:
    assert embedded_fonts(fifteenth_pdf) == {
        "Liberation-Serif",
        "Liberation-Serif-Bold",
        "Liberation-Serif-Italic",
    }


def build_without_liberation(folder: Path, out: Path, tmp: Path) -> None:
    """``migmeet build`` in a process whose fontconfig knows DejaVu only."""
    config = tmp / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n'
        '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{DEJAVU}</dir>"
        f"<cachedir>{tmp / 'fontconfig'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "FONTCONFIG_FILE": str(config),
        "XDG_CACHE_HOME": str(tmp / "cache"),
        "PYTHONPATH": os.pathsep.join(
            [str(SRC), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
    }
    command = [sys.executable, "-m", "migmeet", "build", str(folder), "-o", str(out)]
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_same_bytes_whatever_fonts_the_system_has(tmp_path: Path) -> None:
    if not (DEJAVU / "DejaVuSerif.ttf").is_file():
        pytest.skip("needs the Debian package fonts-dejavu-core")
    assert not any("iberation" in path.name for path in DEJAVU.iterdir())
    folder = tmp_path / "meeting"
    assert main(["new", str(folder)]) == 0
    usual, bare = tmp_path / "usual.pdf", tmp_path / "bare.pdf"
    assert main(["build", str(folder), "-o", str(usual)]) == 0
    build_without_liberation(folder, bare, tmp_path)
    assert embedded_fonts(bare) == embedded_fonts(usual)
    assert bare.read_bytes() == usual.read_bytes()
