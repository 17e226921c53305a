"""The text a reader sees, piece by piece, read from the finished document.

A :class:`Unit` is one heading, paragraph, list item or footnote of the
authored parts of the report (preface, introduction, sections, annexes),
with mentions resolved as the reader sees them and the place a finding in
it gets: its file and line (a meeting folder) and its part and paragraph.
The generated parts (contents, notes) are left out. A unit also keeps the
words its author typed (:attr:`Unit.written`): its text with what the
mentions' roles made, the links and the generated list of participants
blanked out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs
from docutils import nodes

from .._findings import Finding
from .._style import to_roman
from .._tree import footnote_text, role_made

__all__ = ["GAP", "Unit", "read_units", "written_text"]

#: What stands in :attr:`Unit.written` for the text a role made.
GAP = "\x00"


@attrs.frozen(kw_only=True)
class Unit:
    """One piece of the text a reader sees, and where it stands."""

    text: str
    kind: str  # "paragraph", "item" (in a list), "footnote", "heading"
    part: str  # "preface", "section II", ...
    scope: str  # the part whose first mentions it shares
    file: str | None
    line: int | None
    where: str
    #: The unit's text as written in its file (markup included), if known.
    raw: str = ""
    #: The node of the finished document it is read from (a footnote's is
    #: its paragraph's), so that what is found can be shown beside it.
    node: nodes.Element | None = attrs.field(default=None, eq=False, repr=False)
    #: The words the author typed: :attr:`text` with each stretch a role
    #: made ("Ms. Anita Sharma (IOM)"), and each link's text, replaced by
    #: :data:`GAP`, so that no name is read across it.
    written: str = ""

    def place(self, finding: Finding) -> Finding:
        """``finding``, made by a rule from this unit's text, placed here: at
        the line of the words it is about, where they can be found in the
        text as written, else at the unit's first line."""
        line = self.line
        if line is not None and self.raw and finding.text:
            line += line_offset(self.raw, finding.text)
        return attrs.evolve(finding, file=self.file, line=line, where=self.where)


def line_offset(raw: str, text: str) -> int:
    """How many lines into ``raw`` (a text as written, with its line breaks
    and markup) the words ``text`` (as a reader sees them) stand; 0 if they
    cannot be found. Mentions read otherwise than their markup (":org:`iom`"
    reads "IOM"), so the words are also looked for one by one, longest
    first, ignoring case. Plain string searches: the time is linear in the
    paragraph's length, however long the words."""
    words = text.split()
    if not words:
        return 0
    # The paragraph with each run of white space as one space, and where
    # each of its characters stands in the paragraph.
    collapsed: list[str] = []
    where: list[int] = []
    for position, ch in enumerate(raw):
        if ch.isspace():
            if collapsed and collapsed[-1] == " ":
                continue
            ch = " "
        collapsed.append(ch)
        where.append(position)
    flat = "".join(collapsed)
    found = flat.find(" ".join(words))
    if found < 0:
        lower = flat.lower()
        for word in sorted(words, key=len, reverse=True)[:3]:
            bare = word.strip(".,;:!?()[]'\"’‘“”").lower()
            if len(bare) < 2:
                continue
            found = _word_at(lower, bare)
            if found >= 0:
                break
    return raw.count("\n", 0, where[found]) if found >= 0 else 0


def _word_at(text: str, word: str) -> int:
    """Where ``word`` first stands in ``text`` as a whole word, or -1."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not before.isalnum() and not after.isalnum():
            return start
        start = text.find(word, start + 1)
    return -1


_AUTHORED = ("item-", "annex-")


def _part_name(ident: str) -> str:
    if ident == "report":
        return "introduction"
    if match := re.fullmatch(r"item-(\d+)(?:-([A-Z]))?", ident):
        name = f"section {to_roman(int(match[1]))}"
        return f"{name}.{match[2]}" if match[2] else name
    if match := re.fullmatch(r"annex-(\d+)", ident):
        return f"annex {to_roman(int(match[1]))}"
    return ident


def _text_without_footnotes(node: nodes.Element) -> str:
    clone = node.deepcopy()
    for note in list(clone.findall(footnote_text)):
        note.parent.remove(note)
    return " ".join(clone.astext().split())


def _written(node: nodes.Node, out: list[str], *, footnotes: bool) -> None:
    for child in node.children:
        if role_made(child) or isinstance(child, nodes.reference):
            out.append(GAP)  # a role's words, or a link's: not typed prose
        elif isinstance(child, footnote_text) and not footnotes:
            out.append(GAP)  # a unit of its own
        elif isinstance(child, nodes.Text):
            out.append(child.astext())
        else:
            _written(child, out, footnotes=footnotes)


def written_text(node: nodes.Element, *, footnotes: bool = False) -> str:
    """The words of ``node`` its author typed, white space collapsed: the
    stretches the mentions' roles made, and links, are each :data:`GAP`;
    its footnotes too, unless ``footnotes``."""
    out: list[str] = []
    _written(node, out, footnotes=footnotes)
    return " ".join("".join(out).split())


def _owning_section(node: nodes.Node) -> nodes.Node | None:
    current = node.parent
    while current is not None and not isinstance(current, nodes.section):
        current = current.parent
    return current


def read_units(document: nodes.document) -> Iterator[Unit]:
    """The units of a finished document, in reading order: of each authored
    section its heading (sections and annexes), then each paragraph
    followed by its footnotes."""
    for section in document.findall(nodes.section):
        ident = section["ids"][0] if section["ids"] else ""
        if ident not in ("preface", "report") and not ident.startswith(_AUTHORED):
            continue  # the contents and the notes are generated
        part = _part_name(ident)
        scope = "body" if ident == "report" or ident.startswith("item-") else ident
        # The list of participants is made from the data file, not typed.
        typed = "participants" not in section["classes"]
        title = section[0]
        if isinstance(title, nodes.title) and title.get("authored"):
            # A heading from the agenda is checked where it is written, in
            # the data file, with the meeting's other strings.
            yield Unit(
                text=" ".join(title.astext().split()),
                kind="heading",
                part=part,
                scope=scope,
                file=title.source,
                line=title.line,
                where=f"{part}, heading",
                raw=title.astext(),
                node=title,
            )
        count = 0
        for node in section.findall(nodes.paragraph):
            if node.parent is not section and _owning_section(node) is not section:
                continue
            count += 1
            where = f"{part}, paragraph {count}"
            in_list = isinstance(node.parent, nodes.list_item)
            yield Unit(
                text=_text_without_footnotes(node),
                kind="item" if in_list else "paragraph",
                part=part,
                scope=scope,
                file=node.source,
                line=node.line,
                where=where,
                raw=node.rawsource,
                node=node,
                written=written_text(node) if typed else "",
            )
            for number, note in enumerate(node.findall(footnote_text), 1):
                yield Unit(
                    text=" ".join(note.astext().split()),
                    kind="footnote",
                    part=part,
                    scope=scope,
                    file=node.source,
                    line=node.line,
                    where=f"{where}, footnote {number}",
                    node=node,
                    written=written_text(note, footnotes=True) if typed else "",
                )
