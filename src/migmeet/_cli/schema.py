"""``migmeet schema``: print the JSON Schema of ``meeting.toml``.

The schema is made from the loader's records (see
:mod:`migmeet._reading.data_schema`); editors that understand TOML (taplo,
Even Better TOML, JetBrains) validate and complete a data file that names
it on its first line: ``#:schema ./meeting.schema.json``.
"""

from __future__ import annotations

import argparse
from typing import TextIO

from .._reading import SCHEMA_FILE, data_file_schema_text

__all__ = ["add_schema", "run_schema"]


def add_schema(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    commands.add_parser(
        "schema",
        help="print the JSON Schema of meeting.toml, for editors",
        description=(
            "Print the JSON Schema (draft 7) of the data file meeting.toml, "
            "made from the code that reads it: every key with its type and "
            "what it changes, the required keys, the closed sets of values. "
            f"Save it as {SCHEMA_FILE} beside meeting.toml and name it on the "
            f"file's first line (#:schema ./{SCHEMA_FILE}): editors that "
            "understand TOML then check and complete the file as it is typed."
        ),
    )


def run_schema(out: TextIO) -> int:
    out.write(data_file_schema_text())
    return 0
