"""A meeting folder's own words: ``words.txt``, one word a line, which the
spelling rules take as right (a place, a name, a term the dictionary
lacks). Lines that are blank or start with ``#`` are left out.

The file is read as every file of the folder is, by
:func:`~migmeet._reading.safe_files.read_inside`; what is wrong with it is
a finding at its line, and the words that could be read are kept.
"""

from __future__ import annotations

from pathlib import Path

from .._findings import Finding, load_problem
from .._reading.safe_files import MAX_TEXT_BYTES, UnsafeFileError, read_inside

__all__ = ["WORD_LIST", "read_word_list"]

#: The word list's name in the meeting folder.
WORD_LIST = "words.txt"


def read_word_list(folder: Path) -> tuple[list[str], list[Finding]]:
    """The words of ``folder``'s word list (none if it has none) and the
    problems of reading it."""
    path = folder / WORD_LIST
    if not path.exists() and not path.is_symlink():
        return [], []
    try:
        data = read_inside(folder, WORD_LIST, limit=MAX_TEXT_BYTES)
    except UnsafeFileError as error:
        return [], [load_problem(WORD_LIST, str(error))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return [], [load_problem(WORD_LIST, "is not UTF-8 text", line)]
    words: list[str] = []
    problems: list[Finding] = []
    for number, written in enumerate(text.splitlines(), 1):
        word = written.strip()
        if not word or word.startswith("#"):
            continue
        if len(word.split()) > 1:
            problems.append(
                load_problem(
                    WORD_LIST, f"{word!r}: one word a line, without spaces", number
                )
            )
            continue
        words.append(word)
    return words, problems
