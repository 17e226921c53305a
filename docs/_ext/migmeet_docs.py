"""Sphinx extension: make the gallery and the commands' output at build time.

For each script and folder in ``examples/`` it builds the PDFs, turns their
pages into PNG pictures with pdftoppm, and writes a gallery page with the
source, the pictures and a link to download the PDF. It also runs each
``migmeet`` command on the sample folder and keeps its real output for the
how-to pages, and writes the table of check codes. Everything lands in
``docs/_generated`` (pictures, PDFs, output) and ``docs/gallery`` (pages),
which are not committed.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

DOCS = Path(__file__).resolve().parent.parent
ROOT = DOCS.parent
GENERATED = DOCS / "_generated"
GALLERY = DOCS / "gallery"


def _pictures(pdf: Path, stem: str, first: int = 1, last: int = 99) -> list[Path]:
    out = GENERATED / "pages"
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "45",
            "-f",
            str(first),
            "-l",
            str(last),
            str(pdf),
            str(out / stem),
        ],
        check=True,
    )
    return sorted(
        out.glob(f"{stem}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )


def _run(*argv: str) -> tuple[int, str]:
    from migmeet._cli import main

    out = io.StringIO()
    with redirect_stdout(out), redirect_stderr(out):
        try:
            code = main(list(argv), out=out, err=out)
        except SystemExit as exit:  # --help
            code = int(exit.code or 0)
    return code, out.getvalue()


def _figure_block(pictures: list[Path]) -> str:
    lines = []
    for picture in pictures:
        relative = picture.relative_to(DOCS)
        lines += [
            f".. image:: /{relative.as_posix()}",
            f"   :alt: Page {picture.stem.rsplit('-', 1)[1]} of the document",
            "   :width: 31%",
            "   :class: page",
            "",
        ]
    return "\n".join(lines)


def _include(path: str, language: str) -> str:
    return f".. literalinclude:: ../../examples/{path}\n   :language: {language}\n"


def _gallery_page(
    name: str, title: str, intro: str, source: str, pdfs: list[tuple[str, Path]]
) -> str:
    lines = [title, "=" * len(title), "", intro, ""]
    for label, pdf in pdfs:
        pictures = _pictures(pdf, f"{name}-{pdf.stem}")
        lines += [
            label,
            "-" * len(label),
            "",
            f":download:`Download the PDF </{pdf.relative_to(DOCS).as_posix()}>` "
            f"({len(pictures)} pages).",
            "",
            _figure_block(pictures),
        ]
    lines += ["Source", "------", "", source, ""]
    return "\n".join(lines)


def _generate(app: Sphinx) -> None:
    shutil.rmtree(GENERATED, ignore_errors=True)
    shutil.rmtree(GALLERY, ignore_errors=True)
    GENERATED.mkdir()
    GALLERY.mkdir()
    pdfs = GENERATED / "pdf"
    pdfs.mkdir()

    # The Python example.
    fifteenth_pdf = pdfs / "fifteenth_meeting.pdf"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "fifteenth_meeting.py"),
            str(fifteenth_pdf),
        ],
        check=True,
        capture_output=True,
    )
    (GALLERY / "fifteenth_meeting.rst").write_text(
        _gallery_page(
            "fifteenth-py",
            "The fifteenth meeting, in Python",
            "``examples/fifteenth_meeting.py`` writes the report of the Fifteenth "
            "Coordination Meeting on International Migration (16-17 February 2017) "
            "with the Python API.",
            _include("fifteenth_meeting.py", "python"),
            [("The report", fifteenth_pdf)],
        )
    )
    # The same meeting as a folder.
    folder_pdf = pdfs / "fifteenth_folder.pdf"
    _run(
        "build", str(ROOT / "examples" / "series" / "fifteenth"), "-o", str(folder_pdf)
    )
    sources = "\n".join(
        f"``{path.relative_to(ROOT / 'examples').as_posix()}``\n\n"
        + _include(
            path.relative_to(ROOT / "examples").as_posix(),
            "toml" if path.suffix == ".toml" else "rst",
        )
        + "\n"
        for path in sorted((ROOT / "examples" / "series" / "fifteenth").rglob("*"))
        if path.is_file()
    )
    (GALLERY / "fifteenth_folder.rst").write_text(
        _gallery_page(
            "fifteenth-folder",
            "The fifteenth meeting, as a meeting folder",
            "``examples/series/fifteenth/`` holds the same meeting as plain files; "
            "``migmeet build examples/series/fifteenth`` gives the same PDF, "
            "byte for byte.",
            sources,
            [("The report", folder_pdf)],
        )
    )
    # The sixteenth meeting: the documents before the meeting.
    sixteenth = ROOT / "examples" / "series" / "sixteenth"
    programme = pdfs / "sixteenth_programme.pdf"
    note = pdfs / "sixteenth_concept_note.pdf"
    _run("programme", str(sixteenth), "-o", str(programme))
    _run("concept-note", str(sixteenth), "review", "-o", str(note))
    (GALLERY / "sixteenth.rst").write_text(
        _gallery_page(
            "sixteenth",
            "The sixteenth meeting, before it opens",
            "``examples/series/sixteenth/`` is the Sixteenth Coordination Meeting on "
            "International Migration (15-16 February 2018): its organization of work, "
            "contributed papers, side events, background documents and a panel. "
            "Its report is not written yet.",
            _include("series/sixteenth/meeting.toml", "toml"),
            [("The programme", programme), ("A concept note", note)],
        )
    )
    # The front page's picture: the report's first body page.
    shutil.copy(_pictures(fifteenth_pdf, "front", 9, 9)[0], GENERATED / "front.png")

    # Real output of each command, on a new sample folder.
    output = GENERATED / "output"
    output.mkdir()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "my-meeting"
        runs = {
            "new": ("new", str(folder)),
            "check": ("check", str(folder)),
            "build": ("build", str(folder), "-o", str(Path(temporary) / "report.pdf")),
            "docx": ("docx", str(folder), "-o", str(Path(temporary) / "report.docx")),
            "programme": (
                "programme",
                str(folder),
                "-o",
                str(Path(temporary) / "programme.pdf"),
            ),
            "concept-note": (
                "concept-note",
                str(folder),
                "review",
                "-o",
                str(Path(temporary) / "review.pdf"),
            ),
            "site": ("site", str(folder), "-o", str(Path(temporary) / "site")),
            "calendar": (
                "calendar",
                str(folder),
                "-o",
                str(Path(temporary) / "meeting.ics"),
            ),
        }

        def shown(argv: tuple[str, ...]) -> str:
            return " ".join(a.replace(temporary + "/", "") for a in argv)

        for name, argv in runs.items():
            code, text = _run(*argv)
            text = text.replace(temporary + "/", "").replace(temporary, ".")
            (output / f"{name}.txt").write_text(f"$ migmeet {shown(argv)}\n{text}")
            if code != 0:
                raise RuntimeError(
                    f"migmeet {name} failed while building the docs:\n{text}"
                )
            _, help_text = _run(name, "--help")
            (output / f"{name}-help.txt").write_text(help_text)
        (folder / "items" / "02-review-and-follow-up.rst").write_text(
            "TODO: the UN system and 3 points, then the summary\n"
        )
        _, text = _run("check", str(folder))
        (output / "check-problems.txt").write_text(
            f"$ migmeet check my-meeting\n{text.replace(temporary + '/', '')}"
        )

    # The table of check codes.
    from migmeet import CHECKS

    rows = [
        ".. list-table::",
        "   :header-rows: 1",
        "   :widths: 25 12 63",
        "",
        "   * - code",
        "     - severity",
        "     - what it finds",
    ]
    for check in CHECKS.values():
        rows += [
            f"   * - ``{check.code}``",
            f"     - {check.severity.value}",
            f"     - {check.summary}",
        ]
    (GENERATED / "checks.rst").write_text("\n".join(rows) + "\n")


def setup(app: Sphinx) -> dict[str, Any]:
    # WeasyPrint's progress messages are not the site's business.
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    app.connect("builder-inited", _generate)
    return {"parallel_read_safe": True, "version": "1"}
