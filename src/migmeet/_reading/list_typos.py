"""Lines meant as a list that docutils would read as running text, found
before docutils reads a summary.

A list pasted from Word comes either with Word's bullet ("• the duration
of displacement"), which reStructuredText does not know, or without the
blank line a list needs before it ("gaps in the evidence:" then "- the
duration ..." on the next line); docutils reads both as words of the
paragraph, and the page would print "evidence: - the duration ...". Each
is an error at its line with the form to write. Only a line that follows
a lead ending in a colon, or another such line, counts as a list after
text, so that a dash that happens to open a wrapped line is left alone.
"""

from __future__ import annotations

import re

from .._findings import Finding, load_problem

__all__ = ["list_typos"]

# A list item's marker: a dash, asterisk or plus, or (a), a), 1., 1).
_ITEM = re.compile(r"(?:[-*+]|\([a-z0-9]{1,3}\)|[a-z0-9]{1,3}[.)])\s+\S")
_WORD_BULLET = re.compile(r"\s*[\u2022\u25aa\u25cf\u2023\u2043\u25e6]\s*\S")


def list_typos(text: str, source: str) -> list[Finding]:
    """A problem for each list item docutils would not read as one, at its
    line, with the form to write."""
    problems = []
    lines = text.split("\n")
    in_list_after_text = False
    for number, line in enumerate(lines, 1):
        before = lines[number - 2] if number > 1 else ""
        if _WORD_BULLET.match(line):
            problems.append(
                load_problem(
                    file=source,
                    line=number,
                    message="a list item written with Word's bullet (•) is "
                    "printed as text: write each item as - text, with a "
                    "blank line before the list",
                )
            )
            continue
        is_item = bool(_ITEM.match(line))
        if is_item and before.strip() and not before.startswith((" ", "\t")):
            after_lead = before.rstrip().endswith(":") and not _ITEM.match(before)
            if after_lead or in_list_after_text:
                in_list_after_text = True
                if after_lead:
                    problems.append(
                        load_problem(
                            file=source,
                            line=number,
                            message="a list needs a blank line before it: "
                            "without one, its items are printed as words of "
                            "the paragraph above (leave an empty line after "
                            f"{before.strip()[-30:]!r})",
                        )
                    )
                continue
        in_list_after_text = False
    return problems
