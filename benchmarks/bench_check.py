"""How long ``migmeet check`` and ``migmeet build`` take on long reports.

Run: ``python benchmarks/bench_check.py [KILOBYTES ...]``. Makes a copy of
the seventeenth test meeting whose summaries are repeated, with every
figure and name varied so that the text does not repeat itself, until they
hold the given size (100, 400 KB by default), then prints the time of the
checks, of the document tree, and of a whole build with its page count. A
benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from migmeet import check_folder, report_pdf
from migmeet._checks import load_and_check

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "tests" / "meetings" / "seventeenth"
WORDS = [
    "regional",
    "national",
    "local",
    "urban",
    "rural",
    "coastal",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "remote",
    "border",
    "highland",
    "island",
    "inland",
]


def _varied(paragraph: str, copy: int) -> str:
    """The paragraph with its figures and some adjectives changed, so that
    copies are not repeats of one another."""
    paragraph = re.sub(
        r"\b\d+\b", lambda m: str(int(m.group(0)) + copy * 13), paragraph
    )
    word = WORDS[copy % len(WORDS)]
    other = WORDS[(copy * 7 + 3) % len(WORDS)]
    return paragraph.replace(" the ", f" the {word} ", 1).replace(
        " and ", f" and {other} ", 1
    )


def long_meeting(kilobytes: int, into: Path) -> Path:
    """A copy of the seventeenth meeting with ``kilobytes`` of summaries."""
    folder = into / f"meeting-{kilobytes}"
    shutil.copytree(SOURCE, folder)
    items = sorted((folder / "items").glob("*.rst"))
    texts = {path: path.read_text() for path in items}
    size = sum(len(t.encode()) for t in texts.values())
    copy = 1
    while size < kilobytes * 1024:
        for path, text in texts.items():
            body = text.partition("\n\n")[2]
            # Sub-headings stay as they were: copies are plain paragraphs.
            plain = [
                p for p in body.split("\n\n") if p and not re.search(r"\n[=-]{3,}", p)
            ]
            extra = "\n\n".join(
                _varied(p, copy) for p in plain if not p.startswith("..")
            )
            with path.open("a") as stream:
                stream.write("\n\n" + extra + "\n")
            size += len(extra.encode())
        copy += 1
    return folder


def _time(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        for kilobytes in sizes:
            folder = long_meeting(kilobytes, Path(scratch))
            checked = _time(lambda folder=folder: check_folder(folder))
            result = load_and_check(folder)
            count = len(result.findings)
            print(f"{kilobytes:>5} KB: check {checked:6.2f} s ({count} findings)")
            if result.report is not None and "--build" in sys.argv:
                start = time.perf_counter()
                pdf = report_pdf(result.report, document=result.document)
                took = time.perf_counter() - start
                print(f"{kilobytes:>5} KB: build {took:6.1f} s, {pdf.pages} pages")


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:] if a.isdigit()]
    main(arguments or [100, 400])
