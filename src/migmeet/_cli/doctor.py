"""``migmeet doctor``: say, in one screen, what this machine has and lacks.

The probing is :mod:`migmeet._publishing.doctor`'s; this module prints its
answer, as text or JSON, and exits 0 only when ``build`` can work.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from typing import TextIO

import attrs

from .._publishing.doctor import Diagnosis, Part, diagnose

__all__ = ["add_doctor", "run_doctor"]

_MARKS = {"ok": "ok", "missing": "MISSING", "optional-missing": "optional-missing"}


def add_doctor(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = commands.add_parser(
        "doctor",
        help="say what this machine has and lacks for each command",
        description=(
            "Say what this machine has and lacks: Python and migmeet's packages, "
            "Pango as WeasyPrint finds it, the bundled fonts, the British "
            "English dictionary, and the browser, LibreOffice and taplo the "
            "tests use; for each missing part, the command that installs it "
            "on Debian/Ubuntu, Fedora, macOS and Windows (MSYS2). Exits 1 "
            "when something build needs is missing."
        ),
    )
    doctor.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text for people (default), json for programs",
    )


def _line(part: Part) -> str:
    users = ", ".join(part.needed_by)
    text = f"{_MARKS[part.status]:<16} {part.name} [{users}]: {part.detail}"
    return "\n".join(textwrap.wrap(text, width=88, subsequent_indent=" " * 17))


def diagnosis_text(diagnosis: Diagnosis) -> str:
    """The diagnosis as one screen of text."""
    lines = [_line(part) for part in diagnosis.parts]
    for part in diagnosis.parts:
        if part.install:
            lines.append(f"To install {part.name}:")
            lines += [f"  {system:<14} {command}" for system, command in part.install]
    verdict = (
        "can build" if diagnosis.can_build else "cannot build: install what is MISSING"
    )
    lines.append(f"migmeet {verdict}.")
    return "\n".join(lines) + "\n"


def diagnosis_json(diagnosis: Diagnosis) -> str:
    """The diagnosis as JSON: each part, and whether ``build`` can work."""
    parts = [
        {**attrs.asdict(part), "install": dict(part.install)}
        for part in diagnosis.parts
    ]
    return (
        json.dumps({"can_build": diagnosis.can_build, "parts": parts}, indent=2) + "\n"
    )


def run_doctor(form: str, out: TextIO) -> int:
    diagnosis = diagnose()
    out.write(
        diagnosis_json(diagnosis) if form == "json" else diagnosis_text(diagnosis)
    )
    return 0 if diagnosis.can_build else 1
