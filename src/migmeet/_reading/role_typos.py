"""Text that looks like a meeting role but is not one, found before
docutils reads a summary, so that it is never printed as typed.

A Word user types ``:person:'sharma'`` (quotation marks where the role takes
backticks), ``:person: sharma`` or two backticks a side; docutils reads
each as plain text, and the page would show the markup. Each is an error
at its line showing the right form. The roles' own names (and near misses
of them, such as ``:persons:``) are looked for only, so a colon in
ordinary text never is.
"""

from __future__ import annotations

import difflib
import re

from .._findings import Finding, load_problem
from .rst_roles import ROLE_TABLES

__all__ = ["role_typos"]

_ROLES = tuple(ROLE_TABLES)
# A role's name between colons, then what should be `key`.
_ROLE_LIKE = re.compile(
    r"(?<![\w:`]):(?P<name>[A-Za-z]+):"
    r"(?:(?P<quote>['\"\u2018\u2019\u201c\u201d])(?P<quoted>[\w.-]+)['\"\u2018\u2019\u201c\u201d]"
    r"|(?P<space>[ \t]+)(?P<bare>[\w.-]+)"
    r"|``(?P<doubled>[\w.-]+)``)"
)


def _role_name(name: str) -> str | None:
    """The role ``name`` stands for: itself, or the role it is one slip
    from (``persons``, ``organization``)."""
    folded = name.lower()
    if folded in _ROLES:
        return folded
    if folded in ("organization", "organisation", "organizations"):
        return "org"
    close = difflib.get_close_matches(folded, _ROLES, n=1, cutoff=0.75)
    return close[0] if close else None


def role_typos(text: str, source: str) -> list[Finding]:
    """A problem for each role written with quotation marks or without
    backticks, at its line, with the right form."""
    problems = []
    for number, line in enumerate(text.split("\n"), 1):
        for match in _ROLE_LIKE.finditer(line):
            role = _role_name(match["name"])
            if role is None:
                continue
            key = match["quoted"] or match["bare"] or match["doubled"]
            right = f":{role}:`{key}`"
            if match["quote"]:
                how = "with backticks (`) around the key, not quotation marks"
            elif match["doubled"]:
                how = "with one backtick (`) on each side of the key, not two"
            else:
                how = "with the key between backticks (`), right after the colon"
            problems.append(
                load_problem(
                    file=source,
                    line=number,
                    message=f"{match.group(0)!r} is not read as a role: write "
                    f"{right}, {how}",
                )
            )
    return problems
