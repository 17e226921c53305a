"""Sphinx extension: the house-style rules page, generated from the rule
catalogue at build time.

:func:`rules_page` writes every family of ``migmeet/catalogue/*.toml`` as
a section, and each rule with its code, severity, what it finds, the
Editorial Manual section it applies (linked), why, and its right and wrong
examples, into ``docs/_generated/rules.rst``, which ``style.rst``
includes; so the docs and the checks can never disagree. It runs after
``migmeet_docs``, which empties ``docs/_generated`` first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

DOCS = Path(__file__).resolve().parent.parent
GENERATED = DOCS / "_generated"


def _text(value: str) -> str:
    """``value`` as plain reStructuredText: markup characters escaped."""
    return re.sub(r"([\\`*_|\[\]])", r"\\\1", value)


def _examples(title: str, examples: tuple[str, ...]) -> list[str]:
    if not examples:
        return []
    lines = [f"   {title}:", ""]
    for example in examples:
        lines += ["   .. code-block:: text", ""]
        lines += [f"      {line}" for line in example.splitlines()] + [""]
    return lines


def rules_page() -> str:
    """The page of every rule of the catalogue, family by family."""
    from migmeet._catalogue import CHECKS, FAMILIES

    lines: list[str] = []
    for family, title in FAMILIES.items():
        heading = f"{_text(title)} (``{family}``)"
        lines += [heading, "~" * len(heading), ""]
        for check in (c for c in CHECKS.values() if c.family == family):
            manual = f"`{_text(check.manual)} <{check.url}>`__"
            if not check.cites_section:
                manual += (
                    " (the Manual's main page: the section's own address is "
                    "not confirmed)"
                )
            lines += [
                f"``{check.code}`` ({check.severity.value})",
                f"   {_text(check.summary)}.",
                "",
                f"   Manual: {manual}.",
                "",
                f"   Why: {_text(check.rationale)}",
                "",
            ]
            lines += _examples("Right", check.right)
            lines += _examples("Wrong", check.wrong)
        lines.append("")
    return "\n".join(lines) + "\n"


def _generate(app: Sphinx) -> None:
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "rules.rst").write_text(rules_page())


def setup(app: Sphinx) -> dict[str, Any]:
    # After migmeet_docs (priority 500), which empties docs/_generated.
    app.connect("builder-inited", _generate, priority=600)
    return {"parallel_read_safe": True, "version": "1"}
