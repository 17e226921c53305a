"""The leftover-markup rule: role syntax, reStructuredText markup and
template syntax that would reach a reader as typed.

:func:`leftover_markup` reads the text a reader sees (a unit of the
report, a string of the data file, or the text nodes of a finished
document) in one pass of one compiled expression, so its time grows with
the text's length alone; each pattern's repetition is bounded. It finds:

* **role syntax**: any ``:word:`` followed by a backtick or a quotation
  mark (``:person:`sharma```, ``:org:'iom'``), and a meeting role's name
  followed by a space and a word (``:term: gcm``);
* **reStructuredText**: text in backticks (```x```, ````x````,
  ```x`_``), ``**strong**``, ``*emphasis*`` whose asterisks hug its
  words, a directive or target (``.. note::``, ``.. _target:``), a
  substitution (``|name|``), a footnote or citation reference (``[#]_``,
  ``[1]_``), ``::`` ending a paragraph, and a section's underline (a run
  of four or more ``=``, ``~`` or ``^``, or a line of ``#``, ``*`` or ``+``);
* **template syntax**: ``{{``, ``}}``, ``{%``, ``%}``, ``{#`` and ``${``.

Addresses (``https://...``, ``www...``) are passed over whole, so nothing
inside them is ever found; an e-mail address holds nothing it looks for.
What United Nations text holds is never found: times ("10:00", "10.00
a.m."), ratios ("3:1"), "e.g.:", document symbols, with an asterisk too
("A/73/L.66*": an asterisk after a word opens nothing), the asterisk of a
footnote ("* Reissued ..."), a lone asterisk between spaces ("5 * 3", left
alone), an ellipsis before a word ("... and"), and "----" (the editing-notes
rule's). Emphasis with a slash inside ("*Reissued as A/73/L.66*") is not
read as emphasis, since a document symbol is what holds the slash.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ..._findings import Finding, check_finding

__all__ = ["Leftover", "leftover_markup", "markup_left"]

ROLE = "role syntax"
RST = "reStructuredText markup"
TEMPLATE = "template syntax"

_QUOTES = "'\"\u2018\u2019\u201c\u201d"
#: The roles a meeting's text takes, and docutils' own most used: written
#: with a space for the backtick (":term: gcm"), they are still found.
_ROLE_NAMES = (
    "person|persons|people|org|orgs|organization|organisation|term|terms|doc|"
    "ref|abbr|abbreviation|code|emphasis|strong|literal|math|sup|sub|"
    "superscript|subscript|title-reference"
)

_PATTERN = re.compile(
    # Where markup or an address can start: every other character is
    # passed at the cost of one test.
    r"(?=[:`*{}%$.|\[=~^#+hfmw])(?:"
    # Passed over whole: addresses (an e-mail address holds no markup).
    r"(?P<url>(?:https?|ftp|mailto):[^\s<>\"]{1,2000}|(?<![\w.])www\.[^\s<>\"]{1,2000})"
    # Role syntax.
    rf"|(?P<role>:[A-Za-z][\w.+-]{{0,40}}:(?:`[^`\n]{{0,80}}`?|[{_QUOTES}][^{_QUOTES}\n]{{0,80}}[{_QUOTES}]?))"
    rf"|(?P<spaced_role>:(?:{_ROLE_NAMES}):[ \t]{{1,5}}\w[\w-]{{0,40}})"
    # Template syntax.
    r"|(?P<template>\{\{[^{}\n]{0,80}\}\}|\{%[^\n]{0,80}?%\}|\{#[^\n]{0,80}?#\}"
    r"|\$\{[^{}\n]{0,80}\}|\{\{|\}\}|\{%|%\}|\{#|\$\{)"
    # reStructuredText.
    r"|(?P<backticks>``[^\n]{1,200}?``|`[^`\n]{1,200}`_{0,2})"
    r"|(?P<strong>\*\*(?=[^\s*])[^*\n]{1,200}?(?<=[^\s*])\*\*)"
    r"|(?P<emphasis>(?<![\w*])\*(?=[^\s*])[^*\n/]{0,200}?(?<=[^\s*])\*(?![\w*]))"
    r"|(?P<directive>(?<!\.)\.\.[ \t]{1,5}"
    r"(?:[\w-]{1,40}::|_[^:\n]{1,80}:|\|[^|\n]{1,80}\||\[[^\]\n]{1,40}\]))"
    r"|(?P<substitution>(?<![\w|])\|(?=[^\s|])[^|\n]{1,60}(?<=[^\s|])\|_{0,2}(?![\w|]))"
    r"|(?P<note_reference>\[(?:#[\w-]{0,40}|\*|\d{1,4}|[A-Za-z][\w.-]{0,40})\]_)"
    r"|(?P<literal_mark>(?<!:)::(?=[ \t]*(?:\n|$)))"
    r"|(?P<underline>(?P<rule>[=~^])(?P=rule){3,}"
    r"|(?:^|(?<=\n))(?P<line>[#*+])(?P=line){3,}[ \t]*(?=\n|$)))"
)

_KINDS = {
    "role": ROLE,
    "spaced_role": ROLE,
    "template": TEMPLATE,
}


@attrs.frozen
class Leftover:
    """Markup found in a reader's text: what it is (``kind``: role syntax,
    reStructuredText markup or template syntax), the ``markup`` itself, a
    short ``excerpt`` of the text around it, and where it starts."""

    kind: str
    markup: str
    excerpt: str
    start: int


def _excerpt(text: str, start: int, end: int, width: int = 30) -> str:
    """The markup with up to ``width`` characters either side, on one line."""
    before = max(0, start - width)
    after = min(len(text), end + width)
    words = " ".join(text[before:after].split())
    return f"{'…' * (before > 0)}{words}{'…' * (after < len(text))}"


def leftover_markup(text: str) -> list[Leftover]:
    """What looks like markup in ``text``, in the order it stands.

    Args:
        text: text as a reader sees it (never tags or attribute values).

    Returns:
        Each piece of role syntax, reStructuredText markup or template
        syntax, with its kind and an excerpt; none for correct text.

    Raises nothing.
    """
    found = []
    for match in _PATTERN.finditer(text):
        group = match.lastgroup  # the outer group: it closes last
        if group == "url" or group is None:
            continue
        markup = match.group(0).strip()
        found.append(
            Leftover(
                kind=_KINDS.get(group, RST),
                markup=markup if len(markup) <= 60 else markup[:59] + "…",
                excerpt=_excerpt(text, match.start(), match.end()),
                start=match.start(),
            )
        )
    return found


#: What a data file's running text reads as markup: a meeting role and a
#: link (what it cannot read is a ``markup-in-data`` error of its own).
_READ_IN_PROSE = re.compile(
    r":(?:person|org|term|doc):`[^`\n]{1,200}`|`[^`\n]{1,200}<https://[^>\n]{1,2000}>`__?"
)


def markup_left(text: str, *, prose: bool = False) -> Iterator[Finding]:
    """A ``markup-left`` finding for each piece of markup in ``text``; of
    a data file's running text (``prose``), but for its roles and links,
    which are read."""
    if prose:
        text = _READ_IN_PROSE.sub(" ", text)
    for leftover in leftover_markup(text):
        yield check_finding(
            "markup-left",
            f"{leftover.markup!r} would be printed as it stands ({leftover.kind})",
            "write it as migmeet reads it (a role as :person:`key`, with "
            "backticks, in running text) or take the markup out",
            text=leftover.markup,
        )
