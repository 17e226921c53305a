"""Sphinx extension: the pictures of the rapporteurs' tutorial, made at
build time.

A copy of the fifteenth meeting gets one mistake a rapporteur might make
(an editing note left in a paragraph); ``migmeet preview`` serves it on a
free port of 127.0.0.1 and Debian's headless Chromium takes screenshots of
the page: its top, with the summary of the checks, and the paragraph with
the finding beside it. Then ``migmeet build`` makes the PDF of the mended
folder, and pdftoppm draws one of its pages. Everything lands in
``docs/_generated/rapporteurs`` (not committed). It runs after
``migmeet_docs``, which empties ``docs/_generated`` first.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

DOCS = Path(__file__).resolve().parent.parent
ROOT = DOCS.parent
OUT = DOCS / "_generated" / "rapporteurs"
CHROMIUM = "/usr/bin/chromium"
# As in tests/axe_browser.py: no sandbox as root, no background traffic.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
)
ITEM = "items/02-implementing-the-new-york.rst"


def _screenshot(url: str, picture: Path, size: str) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                CHROMIUM,
                *FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={size}",
                f"--screenshot={picture}",
                url,
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    if not picture.exists():
        raise RuntimeError(f"Chromium made no screenshot of {url}")


def _crop_to_note(whole: Path, picture: Path) -> None:
    """The part of a screenshot of the whole page around the first note of
    an error: the rows where its pink background (#ffebee) first shows."""
    from PIL import Image

    with Image.open(whole) as image:
        rgb = image.convert("RGB")
        width, height = rgb.size
        column = width - 200  # within the notes' margin on the right
        top = next(
            (y for y in range(height) if rgb.getpixel((column, y)) == (255, 235, 238)),
            None,
        )
        if top is None:
            raise RuntimeError("the screenshot shows no note of an error")
        rgb.crop((0, max(0, top - 120), width, min(height, top + 480))).save(picture)


def _generate(app: Sphinx) -> None:
    from migmeet._cli import main
    from migmeet._cli.preview import PreviewServer

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "fifteenth"
        shutil.copytree(ROOT / "examples" / "series" / "fifteenth", folder)
        item = folder / ITEM
        good = item.read_text(encoding="utf-8")
        item.write_text(
            good.replace(
                "stood ready to contribute.", "stood ready to contribute TODO", 1
            ),
            encoding="utf-8",
        )
        server = PreviewServer(folder, port=0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            _screenshot(server.url, OUT / "preview-top.png", "1200,700")
            whole = Path(temporary) / "whole.png"
            _screenshot(server.url, whole, "1200,6000")
            _crop_to_note(whole, OUT / "preview-finding.png")
        finally:
            server.close()
            thread.join(5)
        item.write_text(good, encoding="utf-8")
        pdf = Path(temporary) / "report.pdf"
        said = io.StringIO()
        if main(["build", str(folder), "-o", str(pdf)], out=said, err=said) != 0:
            raise RuntimeError(f"migmeet build failed in the docs:\n{said.getvalue()}")
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "9",
                "-l",
                "9",
                "-singlefile",
                str(pdf),
                str(OUT / "report-page"),
            ],
            check=True,
        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _generate, priority=600)
    return {"parallel_read_safe": True, "version": "1"}
