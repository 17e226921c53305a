"""What the whitelist reader of a summary refuses, and how it names it.

A node outside the whitelist raises :class:`UnsupportedError`, which the
reader turns into a finding at the node's line; :func:`describe` names a
node's kind in a rapporteur's words.
"""

from __future__ import annotations

from docutils import nodes

__all__ = ["UnsupportedError", "describe", "line_of"]


class UnsupportedError(Exception):
    """``node`` is not allowed in a summary; the message says why."""

    def __init__(self, node: nodes.Node, message: str) -> None:
        super().__init__(message)
        self.node = node


def line_of(node: nodes.Node) -> int | None:
    """The line of ``node``, or of its nearest ancestor that has one."""
    current: nodes.Node | None = node
    while current is not None:
        if current.line:
            return int(current.line)
        current = current.parent
    return None


_NAMES = {
    "block_quote": "an indented block (remove the indentation)",
    "literal_block": "a literal block ('::')",
    "table": "a table",
    "figure": "a figure (use an image)",
    "definition_list": "a definition list",
    "field_list": "a field list",
    "option_list": "an option list",
    "line_block": "a line block",
    "doctest_block": "a doctest block",
    "admonition": "an admonition",
    "note": "a note",
    "warning": "a warning",
    "topic": "a topic",
    "sidebar": "a sidebar",
    "rubric": "a rubric",
    "transition": "a transition line",
    "math_block": "a math block",
    "pending": "a directive",
    "reference": "a link around an image (:target:)",
}


def describe(node: nodes.Node) -> str:
    """The kind of ``node`` in words: "a table", or its docutils name."""
    name = type(node).__name__
    return _NAMES.get(name, f"'{name}'")
