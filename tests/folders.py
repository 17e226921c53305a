"""Helpers to write small meeting folders in tests."""

from __future__ import annotations

from pathlib import Path

BASE_TOML = """\
[meeting]
series = "Coordination Meeting on International Migration"
number = 15
first_day = 2017-02-16
last_day = 2017-02-17
venue = { name = "United Nations Headquarters", city = "New York" }
organizer = { department = "Department of Economic and Social Affairs", \
division = "Population Division" }
agenda = ["Opening of the meeting", "Closing of the meeting"]

[organizations.iom]
name = "International Organization for Migration"
abbreviation = "IOM"

[organizations.albany]
name = "State University of New York at Albany"
kind = "academia"
article = false

[terms.sdgs]
name = "Sustainable Development Goals"
abbreviation = "SDGs"
article = true

[people.swing]
honorific = "Mr."
given_name = "William Lacy"
family_name = "Swing"
function = "Director General"
organization = "iom"

[people.koslowski]
honorific = "Professor"
given_name = "Rey"
family_name = "Koslowski"
organization = "albany"

[documents.nyd]
title = "New York Declaration for Refugees and Migrants"
symbol = "A/RES/71/1"
"""

#: One programme day with a morning session: a test adds the session's
#: agenda items and whatever it is about.
MORNING_SESSION = """
[[programme]]
date = 2017-02-16
[[programme.sessions]]
name = "Morning session"
start = "10.00"
end = "13.00"
"""

BASE_FILES = {
    "meeting.toml": BASE_TOML,
    "preface.rst": "The meeting was held in New York.\n",
    "items/01-opening.rst": "The meeting opened.\n",
    "items/02-closing.rst": "The meeting closed.\n",
}


def line_of(text: str, fragment: str) -> int:
    """The number of the first line of ``text`` holding ``fragment``."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if fragment in line)


def write_folder(root: Path, changes: dict[str, str | None] | None = None) -> Path:
    """Write the base folder to ``root``, with ``changes`` by file path
    (None leaves a file out)."""
    files: dict[str, str | None] = {**BASE_FILES, **(changes or {})}
    for name, text in files.items():
        if text is None:
            continue
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
