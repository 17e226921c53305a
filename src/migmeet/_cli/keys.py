"""``migmeet keys DIR``: the names a summary may mention, with the role to
write and how each prints the first time and after."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

import attrs

from .._publishing.keys import folder_keys

__all__ = ["add_keys", "run_keys"]

_TITLES = {
    "people": "People",
    "organizations": "Organizations",
    "terms": "Terms",
    "documents": "Documents",
}


def add_keys(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = commands.add_parser(
        "keys",
        help="list the names a summary may mention, with the role to write",
        description="List the people, organizations, terms and documents of "
        "a meeting folder's data file: the role to write in a summary "
        "(:person:`liu`) and how the report prints each name the first time "
        "and after.",
    )
    keys.add_argument("folder", metavar="DIR", help="the meeting folder")
    keys.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for programs",
    )


def run_keys(arguments: argparse.Namespace, out: TextIO) -> int:
    entries = folder_keys(arguments.folder)
    if arguments.format == "json":
        out.write(json.dumps([attrs.asdict(e) for e in entries], indent=2) + "\n")
        return 0
    table = None
    for entry in entries:
        if entry.table != table:
            table = entry.table
            out.write(f"\n{_TITLES[table]}\n")
        out.write(f"  {entry.role}\n    first: {entry.first}\n")
        if entry.later != entry.first:
            out.write(f"    after: {entry.later}\n")
    if not entries:
        out.write("the data file names no people, organizations, terms or documents\n")
    return 0
