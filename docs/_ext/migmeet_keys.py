"""Sphinx extension: the reference of ``meeting.toml``, generated at build
time from the JSON Schema that migmeet makes from the code that loads the
file, so the reference cannot fall behind the loader.

:func:`keys_page` writes every table and key (required or optional, type,
default, what it is for) into ``docs/_generated/data_file_keys.rst``, which
``data_file.rst`` includes. It runs after ``migmeet_docs``, which empties
``docs/_generated`` first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx

from migmeet import data_file_schema

DOCS = Path(__file__).resolve().parent.parent
GENERATED = DOCS / "_generated"


def _text(value: str) -> str:
    return re.sub(r"([\\`*_|])", r"\\\1", " ".join(value.split()))


def _type(node: dict[str, Any]) -> str:
    if "enum" in node:
        return "one of " + ", ".join(f"``{v}``" for v in node["enum"])
    if node.get("format") == "date":
        return "date (2018-02-15)"
    if "pattern" in node:
        return 'time ("10.00")'
    if "anyOf" in node or "oneOf" in node:
        return " or ".join(_type(n) for n in node.get("anyOf", node.get("oneOf", [])))
    kind = node.get("type", "value")
    if kind == "array":
        return f"list of {_type(node.get('items', {}))}"
    if kind == "object" and "properties" not in node:
        return f"table of {_type(node.get('additionalProperties', {}))}"
    return {
        "string": "text",
        "integer": "whole number",
        "boolean": "true or false",
        "object": "table",
        "number": "number",
    }.get(kind, str(kind))


def _rows(path: str, node: dict[str, Any], out: list[str]) -> None:
    required = set(node.get("required", []))
    nested = []
    for key, child in node.get("properties", {}).items():
        name = f"{path}.{key}" if path else key
        items = child.get("items", {})
        listed = child.get("type") == "array" and "properties" in items
        kind = f"list of tables ``[[{name}]]``" if listed else _type(child)
        default = child.get("default")
        shown = f" Default: ``{default}``." if default not in (None, [], {}) else ""
        need = "required" if key in required else "optional"
        about = _text(child.get("description", ""))
        out += [f"``{name}``", f"   *{need}*, {kind}. {about}{shown}", ""]
        if listed:
            nested.append((name, items))
        elif "properties" in child:
            nested.append((name, child))
        elif "properties" in child.get("additionalProperties", {}):
            nested.append((f"{name}.KEY", child["additionalProperties"]))
    for name, child in nested:
        _rows(name, child, out)


def keys_page() -> str:
    """Every key of the data file, table by table."""
    out = [".. Generated from migmeet's data-file schema; do not edit.", ""]
    _rows("", data_file_schema(), out)
    return "\n".join(out) + "\n"


def _generate(app: Sphinx) -> None:
    GENERATED.mkdir(exist_ok=True)
    (GENERATED / "data_file_keys.rst").write_text(keys_page(), encoding="utf-8")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", _generate, priority=600)
    return {"parallel_read_safe": True}
