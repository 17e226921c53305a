"""The meeting data file (``meeting.toml``): its loading, start to end.

The file is read with :mod:`tomllib`, its keys are located by line
(:mod:`.key_lines`), it is structured by cattrs into record classes that
mirror the file (:mod:`.records`, :mod:`.structure`; strict: unknown keys
and wrong types are errors), and the records are then turned into the
model (:mod:`.build`), resolving the keys by which people name their
organization and the meeting names its mandate. Every mistake becomes a
:class:`Finding` with the key path and, where it can be found, the line;
all of them are collected, not just the first.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from typing import Any

from .._findings import Finding, load_problem
from .build import build
from .characters import bad_character
from .key_lines import key_lines, locate_key
from .layout import DATA_FILE
from .meeting_data import MeetingData
from .places import with_reader_places
from .structure import structure_leniently
from .toml_words import toml_error_in_words

__all__ = ["load_data_file"]


def load_data_file(text: str) -> tuple[MeetingData | None, list[Finding]]:
    """Read the data file's text into the model; return it and every problem."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # Python 3.11 gives the place only inside the message.
        where = re.search(r"\(at line (\d+), column \d+\)", str(error))
        message = str(error)[: where.start()].strip() if where else str(error)
        line = int(where.group(1)) if where else None
        if line is None and "end of document" in str(error):
            line = text.count("\n") + 1  # an unclosed quote or bracket
        lines_of_text = text.split("\n")
        said = (
            toml_error_in_words(lines_of_text[line - 1], message)
            if line is not None and 0 < line <= len(lines_of_text)
            else f"not valid TOML: {message}"
        )
        return None, [load_problem(file=DATA_FILE, line=line, message=said)]
    lines = key_lines(text)
    raw, character_problems = _screen_strings(raw, lines)
    record, structure_problems, left_out = structure_leniently(raw)
    problems = [
        load_problem(
            file=DATA_FILE,
            line=_line_of_problem(lines, path, message),
            where=path,
            message=message,
        )
        for path, message in structure_problems
    ]
    problems = character_problems + problems
    if record is None:
        return None, with_reader_places(problems)
    data, build_problems = build(record, lines, left_out=left_out)
    return data, with_reader_places(problems + build_problems)


def _line_of_problem(lines: Mapping[str, int], path: str, message: str) -> int | None:
    """The line of a structuring problem: its key's, or for unknown keys the
    first unknown key's own line."""
    if match := re.match(r"unknown key '([^']+)'", message):
        key = f"{path}.{match[1]}" if path else match[1]
        if key in lines:
            return lines[key]
        within = [n for k, n in lines.items() if k.startswith((f"{key}.", f"{key}["))]
        if within:
            return min(within)
    return locate_key(lines, path) if path else None


def _screen_strings(
    raw: Any, lines: Mapping[str, int], path: str = ""
) -> tuple[Any, list[Finding]]:
    """The parsed file with the characters no meeting text may hold taken
    out of its strings (TOML escapes such as ``\\u001b`` make them), and a
    problem at each string's key."""
    if isinstance(raw, str):
        said = dict.fromkeys(bad_character(ch) for ch in raw)
        problems = [
            load_problem(
                file=DATA_FILE,
                line=locate_key(lines, path),
                where=path,
                message=problem,
            )
            for problem in said
            if problem is not None
        ]
        if problems:
            raw = "".join(ch for ch in raw if bad_character(ch) is None)
        return raw, problems
    found: list[Finding] = []
    if isinstance(raw, dict):
        result = {}
        for key, value in raw.items():
            inner = f"{path}.{key}" if path else str(key)
            result[key], problems = _screen_strings(value, lines, inner)
            found += problems
        return result, found
    if isinstance(raw, list):
        items = []
        for index, value in enumerate(raw):
            item, problems = _screen_strings(value, lines, f"{path}[{index}]")
            items.append(item)
            found += problems
        return items, found
    return raw, found
