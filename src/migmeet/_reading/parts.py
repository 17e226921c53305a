"""The report's parts besides the summaries: the preface, the introduction
(paragraphs without headings) and the annexes (one file each, its heading
first)."""

from __future__ import annotations

from .._dsl import Annex, Block
from .._model import Source
from .files import FileReader
from .layout import ANNEXES

__all__ = ["annexes", "plain_part"]


def plain_part(files: FileReader, name: str) -> tuple[Block, ...]:
    """A part without headings: the preface or the introduction."""
    if not (files.folder / name).exists():
        return ()
    parsed = files.rst(name)
    if parsed is None:
        return ()
    for section in parsed.sections:
        files.problem(name, "has a heading; this part has none", section.line)
    return parsed.blocks


def annexes(files: FileReader) -> list[Annex]:
    """The annexes in ``annexes/``, in the order of their file names."""
    made_annexes = []
    for path in files.entries(ANNEXES):
        name = f"{ANNEXES}/{path.name}"
        if path.is_dir() or path.name.startswith(".") or path.suffix != ".rst":
            continue
        parsed = files.rst(name)
        if parsed is None:
            continue
        if parsed.blocks or len(parsed.sections) != 1:
            files.problem(
                name, "must hold one heading, the annex's title, and its text"
            )
            continue
        (part,) = parsed.sections
        if part.subsections:
            files.problem(name, "an annex has no sub-headings", part.line)
        made = files.make(
            name,
            part.line,
            Annex,
            title=part.title,
            paragraphs=part.blocks,
            source=Source(file=name, line=part.line),
        )
        if made is not None:
            made_annexes.append(made)
    return made_annexes
