"""The summaries of the agenda items, read into the report's sections.

Either one file per item (``items/03-governance.rst``, named by the item's
number) or one file with a heading per item (``summaries.rst``, "III.
Title"); in both, the next level of headings gives the lettered
sub-headings (A., B.), which UN style wants two or more of, or none.

A summary file whose first line repeats its item's title ("V. Closing of
the meeting", as a heading or atop the first paragraph) is an error at
that line, since migmeet prints the title itself; the rest is read as if
the line were not there, so that nothing else is reported for it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence

from .._dsl import Section, Subsection
from .._errors import InvalidValueError
from .._model import AgendaItem, Source
from .._style import from_roman
from .files import FileReader
from .layout import ITEMS, SUMMARIES
from .rst import RstSection, RstText

__all__ = ["item_files", "summaries_file"]

_ITEM_FILE = re.compile(r"(\d+)\D.*\.rst\Z|(\d+)\.rst\Z")
_NUMBERED_NAME = re.compile(r"(?P<number>\d+)(?P<rest>\D.*)?\Z", re.DOTALL)
_ITEM_HEADING = re.compile(r"([IVXLCDM]+)\.?(?:\s+(.*))?\Z", re.DOTALL)
_LETTER = re.compile(r"[A-Z]\.\s+")
#: A title after its number: "V. Closing of the meeting", "5. Closing ...",
#: "Agenda item 5: Closing ...".
_NUMBERED_TITLE = re.compile(
    r"(?:(?:[Aa]genda\s+)?[Ii]tem\s+)?(?:[IVXLCDM]+|\d+)[.:]?\s+(.+)\Z"
)
#: A heading's underline or overline: "=====", "-----".
_ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1+\Z")


def _misnamed(name: str, agenda: Sequence[AgendaItem]) -> str:
    """What is wrong with the name of a file in ``items/`` that is not
    ``NN-title.rst``, with the name to give it."""
    numbered = _NUMBERED_NAME.match(name)
    rest = (numbered["rest"] or "") if numbered else ""
    if ".rst" in rest:  # a backup or a copy: 05-closing.rst~, 05-closing.rst.bak
        return f"is not a summary (.rst) file: move it out of {ITEMS}/"
    if numbered:
        stem = numbered["number"] + rest.rsplit(".", 1)[0]
        return f"summaries are .rst files: rename it {ITEMS}/{stem}.rst"
    words = re.findall(r"[a-z0-9]+", name.rsplit(".", 1)[0].casefold())
    titles = [" ".join(re.findall(r"[a-z0-9]+", i.title.casefold())) for i in agenda]
    close = difflib.get_close_matches(" ".join(words), titles, n=1, cutoff=0.3)
    if close or titles:
        title = close[0] if close else titles[-1]
        number = titles.index(title) + 1
        example = f"{number:02d}-{'-'.join(title.split()[:4])}"
    else:
        example = "05-closing-of-the-meeting"
    return f"is not named by its agenda item's number, as {ITEMS}/{example}.rst"


def _plain_title(text: str) -> str:
    return " ".join(text.split()).rstrip(".:").casefold()


def _repeats_title(line: str, title: str) -> bool:
    """Whether ``line`` is ``title``, with or without its numeral, in any case."""
    words = " ".join(line.split())
    numbered = _NUMBERED_TITLE.match(words)
    candidates = [words, numbered.group(1)] if numbered else [words]
    return any(_plain_title(c) == _plain_title(title) for c in candidates)


def _without_title(
    files: FileReader, name: str, item: AgendaItem
) -> Callable[[str], str]:
    """An edit of the summary ``name`` that blanks a first line repeating
    ``item``'s title (and the heading's adornment), with the problem there."""

    def edit(text: str) -> str:
        lines = text.split("\n")
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            return text
        index = first
        if _ADORNMENT.match(lines[index].strip()) and index + 1 < len(lines):
            index += 1  # an overlined heading
        if not _repeats_title(lines[index], item.title):
            return text
        end = index + 1
        if end < len(lines) and _ADORNMENT.match(lines[end].strip()):
            end += 1
        files.problem(
            name,
            f"repeats the title of agenda item {item.numeral}, which "
            "migmeet prints itself: remove this line",
            index + 1,
        )
        # Blank, not removed: the lines after keep their numbers.
        lines[first:end] = [""] * (end - first)
        return "\n".join(lines)

    return edit


def item_files(files: FileReader, agenda: Sequence[AgendaItem] = ()) -> list[Section]:
    """The sections of ``items/``, one file per agenda item; a first line
    that repeats the item's title in ``agenda`` is a problem, and a
    misnamed file is told a name from ``agenda``."""
    sections = []
    seen: dict[int, str] = {}
    for path in files.entries(ITEMS):
        name = f"{ITEMS}/{path.name}"
        if path.is_dir() or path.name.startswith("."):
            continue
        match = _ITEM_FILE.match(path.name)
        if match is None:
            files.problem(name, _misnamed(path.name, agenda))
            continue
        number = int(match.group(1) or match.group(2))
        if number in seen:
            files.problem(
                name,
                f"is a second summary of agenda item {number}, after {seen[number]}",
            )
            continue
        seen[number] = name
        before = len(files.problems)
        item = next((each for each in agenda if each.number == number), None)
        parsed = files.rst(name, _without_title(files, name, item) if item else None)
        if parsed is not None and not parsed.blocks and not parsed.sections:
            if len(files.problems) == before:  # else its problems say why
                files.problem(
                    name, f"is empty: write the summary of agenda item {number}"
                )
        elif parsed is not None:
            section = _section(files, name, None, number, parsed, None)
            if section is not None:
                sections.append(section)
    return sections


def summaries_file(files: FileReader, agenda: Sequence[AgendaItem]) -> list[Section]:
    """The sections of ``summaries.rst``, a heading per agenda item; a
    heading's title replaces the agenda's unless it only repeats it."""
    parsed = files.rst(SUMMARIES)
    if parsed is None:
        return []
    if parsed.blocks:
        files.problem(
            SUMMARIES, "has text before its first heading; start with 'I. ...'"
        )
    sections = []
    for part in parsed.sections:
        match = _ITEM_HEADING.match(part.title)
        number = None
        if match:
            try:
                number = from_roman(match.group(1))
            except InvalidValueError:
                number = None
        if match is None or number is None:
            files.problem(
                SUMMARIES,
                f"heading {part.title!r} does not start with its agenda item's "
                f"Roman numeral, as 'III. International cooperation'",
                part.line,
            )
            continue
        text = RstText(blocks=part.blocks, sections=part.subsections)
        section = _section(
            files,
            SUMMARIES,
            part.line,
            number,
            text,
            _title_override(agenda, number, match.group(2)),
        )
        if section is not None:
            sections.append(section)
    return sections


def _title_override(
    agenda: Sequence[AgendaItem], number: int, title: str | None
) -> str | None:
    """A heading's title, unless it only repeats the agenda's."""
    if title is None or not 1 <= number <= len(agenda):
        return title
    agenda_title = agenda[number - 1].title
    same = " ".join(title.split()).casefold() == agenda_title.casefold()
    return None if same else " ".join(title.split())


def _section(
    files: FileReader,
    file: str,
    line: int | None,
    number: int,
    text: RstText,
    title: str | None,
) -> Section | None:
    """The summary of agenda item ``number``, unless it has a lone sub-heading."""
    if len(text.sections) == 1:
        (lone,) = text.sections
        files.problem(
            file,
            f"{lone.title!r} is a lone sub-heading; UN style needs two or none",
            lone.line,
        )
        return None
    made: Section | None = files.make(
        file,
        line,
        Section,
        item=number,
        paragraphs=text.blocks,
        subsections=_subsections(files, file, text.sections),
        title=title,
        source=Source(file=file, line=line),
    )
    return made


def _subsections(
    files: FileReader, file: str, sections: tuple[RstSection, ...]
) -> list[Subsection]:
    """The lettered sub-headings; a deeper heading is a problem."""
    result = []
    for index, section in enumerate(sections):
        for deeper in section.subsections:
            files.problem(
                file,
                f"{deeper.title!r}: only one level of sub-headings is allowed",
                deeper.line,
            )
        letter = chr(ord("A") + index)
        # "A. Title" or "Title": the letters are numbered for the author.
        title = (
            _LETTER.sub("", section.title, count=1)
            if section.title.startswith(f"{letter}.")
            else section.title
        )
        made = files.make(
            file,
            section.line,
            Subsection,
            title=title,
            paragraphs=section.blocks,
            source=Source(file=file, line=section.line),
        )
        if made is not None:
            result.append(made)
    return result
