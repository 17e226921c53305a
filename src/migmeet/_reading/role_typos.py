"""Text that looks like a meeting role but is not one, found before
docutils reads a summary, so that it is never printed as typed.

A Word user types ``:person:'sharma'`` (quotation marks where the role takes
backticks) or ``:person: sharma``; docutils reads both as plain text, and
the page would show the markup. Each is an error at its line showing the
right form. The roles' own names (and near misses of them, such as
``:persons:``) are looked for only, so a colon in ordinary text never is.
"""

from __future__ import annotations

import difflib
import re

from .._findings import Finding, load_problem
from .rst_roles import ROLE_TABLES

__all__ = ["in_our_words", "role_typos"]

_ROLES = tuple(ROLE_TABLES)
# A role's name between colons, then what should be `key`.
_ROLE_LIKE = re.compile(
    r"(?<![\w:`]):(?P<name>[A-Za-z]+):"
    r"(?:(?P<quote>['\"\u2018\u2019\u201c\u201d])(?P<quoted>[\w.-]+)['\"\u2018\u2019\u201c\u201d]"
    r"|(?P<space>[ \t]+)(?P<bare>[\w.-]+))"
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
            key = match["quoted"] or match["bare"]
            right = f":{role}:`{key}`"
            how = (
                "with backticks (`) around the key, not quotation marks"
                if match["quote"]
                else "with the key between backticks (`), right after the colon"
            )
            problems.append(
                load_problem(
                    file=source,
                    line=number,
                    message=f"{match.group(0)!r} is not read as a role: write "
                    f"{right}, {how}",
                )
            )
    return problems


def in_our_words(message: str) -> str:
    """docutils' words about a role or a backtick, said for a rapporteur."""
    if match := re.fullmatch(r'Unknown interpreted text role "(.+)"\.', message):
        role = _role_name(match[1])
        hint = f" (did you mean :{role}:?)" if role else ""
        return (
            f"unknown role :{match[1]}:{hint}; the roles are :person:, :org:, "
            ":term: and :doc:"
        )
    if message.startswith("Inline interpreted text or phrase reference start-string"):
        return (
            "a backtick (`) is opened and not closed: a role is written "
            ":person:`key`, with a backtick on each side of the key"
        )
    if message.startswith("Inline emphasis start-string without end-string"):
        return "an asterisk (*) opens emphasis that is not closed: write *words*"
    if message.startswith("Inline strong start-string without end-string"):
        return "two asterisks (**) open bold text that is not closed: write **words**"
    return message
