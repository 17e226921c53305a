"""The real UN text of the seeds, put into meeting folders as a secretariat
would, for the corpus tests: read at test time from ``../shared/seeds``
(never copied into the project).

Each seed goes into a copy of the example folder of its meeting (the data
file names the meeting's people, organizations and documents): its
sentences become the paragraphs of ``introduction.rst``; its headings,
list entries and names (short lines that start with a capital or a figure
and have no final punctuation) become the items of bullet lists, where the
rule for cut-off paragraphs does not apply, as on a web page; a line the
extraction cut off ("months, the GMG would") stays a paragraph. Lines in
capitals only are the layout of a printed heading or cover, which a
secretariat types in ordinary case, and the rows of the printed list of
abbreviations and contents ("AU<tab>African Union", "PREFACE iii"), which
migmeet makes itself: they are left out.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from migmeet._writing.draft_rst import escape_rst, opening

ROOT = Path(__file__).resolve().parent.parent
#: ``../shared/seeds`` beside the checkout, or where this workplace keeps it
#: (a clone elsewhere, such as a clean checkout in a temporary folder).
SEEDS = next(
    (
        folder
        for folder in (ROOT.parent / "shared" / "seeds", Path("/work/shared/seeds"))
        if folder.is_dir()
    ),
    ROOT.parent / "shared" / "seeds",
)
EXAMPLES = ROOT / "examples" / "series"

#: Each seed, by its number, and the example folder of its meeting.
MEETING_OF = {
    "000": "fourteenth",
    "001": "sixteenth",
    "002": "tenth",
    "003": "fifteenth",
    "004": "fifteenth",
}

_SENTENCE_END = re.compile(r"[.!?:;]['\")\u2019\u201d]?$")


_CONTENTS_ROW = re.compile(r"^[A-Z][A-Z ]+ [ivx]+$")


def _is_entry(line: str) -> bool:
    """A heading, list entry or name rather than running text."""
    return (
        not _SENTENCE_END.search(line)
        and len(line) < 100
        and (line[0].isupper() or line[0].isdigit())
    )


def seed_text(number: str) -> str:
    (path,) = SEEDS.glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def seed_folder(number: str, root: Path) -> Path:
    """The seed ``number`` as a meeting folder under ``root``."""
    folder = root / number
    folder.mkdir(parents=True)
    shutil.copy(EXAMPLES / MEETING_OF[number] / "meeting.toml", folder)
    blocks = []
    for raw in seed_text(number).splitlines():
        line = raw.strip().lstrip("\u2022").strip()
        if (
            not line
            or (line.upper() == line and any(c.isalpha() for c in line))
            or "\t" in raw
            or _CONTENTS_ROW.match(line)
        ):
            continue
        text = opening(escape_rst(line))
        blocks.append(f"- {text}" if _is_entry(line) else text)
    (folder / "introduction.rst").write_text("\n\n".join(blocks) + "\n")
    return folder
