"""docutils' messages said in a rapporteur's words, each with its fix.

docutils speaks of "start-strings", "unindents" and "substitution
definitions"; a rapporteur wrote a summary in a word processor's habits.
Each message docutils can give while reading a summary or a data file's
running text is matched here and said as what to write instead. A message
not listed keeps docutils' words (tests/test_rst_messages.py walks
docutils' messages so that none a summary can meet is missed).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable

from .rst_roles import ROLE_TABLES

__all__ = ["in_our_words", "said_at"]

_ROLE_FORM = ":person:`key`"
_LINK_FORM = "`words <https://address>`_"
_NO_SUBSTITUTIONS = (
    "summaries do not use substitutions (|name|): write the words themselves, "
    "or \\| for a vertical bar"
)
_ONE_HEADING_LEVEL = (
    "a summary has one level of sub-headings: underline each of them with "
    "the same character (a line of - as long as the title)"
)

#: What docutils calls a block that must be followed by a blank line.
_BLOCKS = {
    "Bullet list": "a list",
    "Enumerated list": "a numbered list",
    "Definition list": "an indented line (read as a definition list)",
    "Field list": "a line that starts with :name: (a field list)",
    "Option list": "a line that starts with a dash and a word (an option list)",
    "Explicit markup": "a line that starts with .. (a footnote, comment or image)",
    "Block quote": "an indented paragraph",
    "Line block": "lines that start with | (a line block)",
}

#: Inline markup docutils names by its node class.
_INLINE = {
    "emphasis": "an asterisk (*) opens emphasis that is not closed: write *words*",
    "strong": "two asterisks (**) open bold text that is not closed: write **words**",
    "literal": (
        "two backticks (``) open literal text that is not closed; a role takes "
        f"one backtick on each side of its key: {_ROLE_FORM}"
    ),
    "substitution_reference": f"a vertical bar (|) is not closed; {_NO_SUBSTITUTIONS}",
    "target": (
        "an underscore and a backtick (_`) open a target that is not closed; "
        f"write a link as {_LINK_FORM}"
    ),
    "problematic": "markup is opened and not closed",
}


def _unknown_role(name: str) -> str:
    folded = name.casefold()
    if folded in ("organization", "organisation", "organizations"):
        close = ["org"]
    else:
        close = difflib.get_close_matches(folded, list(ROLE_TABLES), n=1, cutoff=0.6)
    hint = f" (did you mean :{close[0]}:?)" if close else ""
    return (
        f"unknown role :{name}:{hint}; the roles are :person:, :org:, :term: and :doc:"
    )


def _unknown_target(name: str) -> str:
    if name.isdigit():
        return (
            f"[{name}]_ refers to footnote {name}, which this file does not have: "
            "write each footnote as .. [#] text at the end of the file and mark "
            "it with [#]_"
        )
    return (
        f"`{name}`_ is a link to nothing: write a link as {_LINK_FORM}; to name "
        f"a person, organization, term or document, use its role ({_ROLE_FORM})"
    )


def _too_many_footnotes(count: str) -> str:
    return (
        f"there are more footnote marks ([#]_) than footnotes in this file "
        f"({count}): write one .. [#] text at the end of the file for each mark"
    )


_Say = Callable[[re.Match[str]], str]

#: docutils' message (matched whole), then what the rapporteur reads.
_MESSAGES: list[tuple[re.Pattern[str], _Say]] = [
    (
        re.compile(
            r'(?:Unknown interpreted text role|Interpreted text role) "(.+)"'
            r"(?: not implemented)?\."
        ),
        lambda m: _unknown_role(m[1]),
    ),
    (
        re.compile(
            r"Inline interpreted text or phrase reference start-string "
            r"without end-string\."
        ),
        lambda m: (
            "a backtick (`) is opened and not closed: a role is written "
            f"{_ROLE_FORM}, with a backtick on each side of the key"
        ),
    ),
    (
        re.compile(r"Inline (\w+) start-string without end-string\."),
        lambda m: _INLINE.get(m[1], _INLINE["problematic"]),
    ),
    (
        re.compile(r"Multiple roles in interpreted text.*", re.S),
        lambda m: f"a role is written once, before the backticks: {_ROLE_FORM}",
    ),
    (
        re.compile(r"Mismatch: both interpreted text role \w+ and reference suffix\."),
        lambda m: f"a role cannot also be a link: write {_ROLE_FORM} or {_LINK_FORM}",
    ),
    (
        re.compile(r"(.+) ends without a blank line; unexpected unindent\."),
        lambda m: (
            f"{_BLOCKS.get(m[1], 'a block')} must be followed by a blank line: "
            "leave an empty line after it, and start the next paragraph at the "
            "left margin"
        ),
    ),
    (
        re.compile(r"Line block ends without a blank line\."),
        lambda m: (
            "lines that start with | (a line block) must be followed by a blank "
            "line; summaries are written in paragraphs"
        ),
    ),
    (
        re.compile(r"Unexpected indentation\."),
        lambda m: (
            "this line is indented but the line above it is not: start every "
            "line of a paragraph at the left margin, with a blank line between "
            "paragraphs"
        ),
    ),
    (
        re.compile(r"Blank line required after table\."),
        lambda m: (
            "a table needs a blank line after it, and summaries hold no tables: "
            "write its content as paragraphs or a list"
        ),
    ),
    (
        re.compile(r"(Footnote|Citation) content expected\."),
        lambda m: "a footnote has no text: write it as .. [#] text, on the same line",
    ),
    (
        re.compile(
            r"(?:Substitution definition|Problematic content in substitution"
            r"|Circular substitution|.* are not supported in a substitution"
            r"|Undefined substitution referenced).*",
            re.S,
        ),
        lambda m: _NO_SUBSTITUTIONS,
    ),
    (
        re.compile(r'Error in "(.+)" directive:.*', re.S),
        lambda m: (
            f'the "{m[1]}" directive is not written as it should be; a summary '
            "uses images only: .. image:: file.png, then :alt: text, indented"
        ),
    ),
    (
        re.compile(r'Unknown directive type "(.+)"\.'),
        lambda m: (
            f'".. {m[1]}::" is not a directive a summary can use; a summary '
            "holds paragraphs, lists, footnotes (.. [#] text) and images "
            "(.. image:: file.png)"
        ),
    ),
    (
        re.compile(r"Title underline too short\.|Title overline too short\."),
        lambda m: "a sub-heading's line must be at least as long as its title",
    ),
    (
        re.compile(
            r"Incomplete section title\.|Missing matching underline for "
            r"section title overline\.|Title overline & underline mismatch\."
        ),
        lambda m: (
            "a sub-heading is written as its title, then a line of - as long as "
            "the title under it (no line above it)"
        ),
    ),
    (
        re.compile(
            r"Unexpected section title(?: or transition)?\.|Invalid section "
            r"title or transition marker\."
        ),
        lambda m: (
            "a line of repeated punctuation (----, ====) is read as a sub-heading's "
            "underline where none can stand: leave a blank line before a "
            "sub-heading and start it at the left margin, or write the line in words"
        ),
    ),
    (
        re.compile(
            r"(?:Inconsistent title style|A level \d+ section cannot|Title "
            r"level inconsistent).*",
            re.S,
        ),
        lambda m: _ONE_HEADING_LEVEL,
    ),
    (
        re.compile(
            r"Literal block expected; none found\.|Inconsistent literal "
            r"block quoting\."
        ),
        lambda m: (
            "a paragraph that ends in :: announces a block of literal text, which "
            "summaries do not have: end it with one colon"
        ),
    ),
    (
        re.compile(
            r"Anonymous hyperlink mismatch.*|Indirect hyperlink target.*"
            r"|Duplicate (?:explicit )?target name.*",
            re.S,
        ),
        lambda m: (
            f"a link is written in one place, with its address: {_LINK_FORM}; "
            "give each link its own words"
        ),
    ),
    (
        re.compile(r'Unknown target name: "(.+)"\.'),
        lambda m: _unknown_target(m[1]),
    ),
    (
        re.compile(
            r"Too many (?:autonumbered|symbol) footnote references: only "
            r"(\d+) corresponding footnotes? available\.",
            re.S,
        ),
        lambda m: _too_many_footnotes(m[1]),
    ),
    (
        re.compile(
            r"raw \(and derived\) roles disabled|No format \(Writer name\).*", re.S
        ),
        lambda m: "the raw role is not allowed: a summary cannot carry raw HTML",
    ),
    (
        re.compile(r'"(raw|include)" directive disabled\.'),
        lambda m: (
            f'the "{m[1]}" directive is not allowed: a summary cannot '
            + ("carry raw HTML" if m[1] == "raw" else "insert other files")
        ),
    ),
    (
        re.compile(r'File and URL access deactivated; ignoring "(.+)" directive\.'),
        lambda m: (
            f'the "{m[1]}" directive may not read files or web addresses in a '
            "summary; it is not allowed"
        ),
    ),
    (
        re.compile(r"Line (\d+) exceeds the line-length-limit\."),
        lambda m: (
            f"line {m[1]} is too long to be read: break it into lines of "
            "ordinary length (a paragraph may run over many lines)"
        ),
    ),
    (
        re.compile(r"Invalid option list marker.*", re.S),
        lambda m: (
            "a line that starts with a dash, a word and two spaces is read as a "
            "list of command options: write one space after the dash"
        ),
    ),
]


def in_our_words(message: str) -> str:
    """``message``, docutils' words, as what to write instead; a message
    this module does not know is returned as it is."""
    stripped = message.strip()
    for pattern, say in _MESSAGES:
        if match := pattern.fullmatch(stripped):
            return say(match)
    return message


def _line_of(said: str, line: int | None, lines: list[str]) -> int | None:
    """The line a rapporteur looks at for docutils' message ``said``, where
    docutils names another or none."""
    if said.startswith("Too many autonumbered footnote references"):
        # docutils names no line: the last mark is the one without its
        # footnote.
        marks = [n for n, row in enumerate(lines, 1) if "[#]_" in row]
        return marks[-1] if marks else line
    if said.startswith("Literal block expected") and line:
        # docutils names the line after the "::" that announced it.
        return next(
            (
                n
                for n in range(min(line, len(lines)), 0, -1)
                if lines[n - 1].rstrip().endswith("::")
            ),
            line,
        )
    return line


def said_at(said: str, line: int | None, lines: list[str]) -> tuple[str, int | None]:
    """docutils' message ``said`` about ``line`` of a text of ``lines``, in
    our words and at the line the rapporteur should look at; a heading's
    underline too short names the heading."""
    line = _line_of(said, line, lines)
    words = in_our_words(said)
    if said.startswith(("Title underline too short", "Title overline")) and (
        line and 1 < line <= len(lines)
    ):
        words += f" ({lines[line - 2].strip()!r})"
    return words, line
