"""The measuring corpus: a meeting in correct UN style written for the
tests, and a copy with planted defects and the ground truth of each.

Used by the tests (which hold the figures to a floor) and by
``benchmarks/bench_check_corpus.py`` (which prints them).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import attrs

from migmeet import Finding, check_folder

MEETINGS = Path(__file__).resolve().parent / "meetings"
#: Two corpora, each a correct meeting and a copy with planted defects. The
#: checks were tuned on the seventeenth; the eighteenth was written after,
#: by someone who saw neither the checks' code nor the seventeenth, and is
#: the held-out measure.
CORPORA = ("seventeenth", "eighteenth")
CORRECT = MEETINGS / "seventeenth"


@attrs.frozen
class Planted:
    file: str
    line: int
    code: str
    what: str


@attrs.frozen
class Score:
    planted: tuple[Planted, ...]
    found: tuple[Planted, ...]  # found with their code at their exact line
    missed: tuple[Planted, ...]
    false_alarms: tuple[Finding, ...]  # findings on the defects copy no defect explains

    @property
    def recall(self) -> float:
        return len(self.found) / len(self.planted)

    @property
    def precision(self) -> float:
        true = len(self.found)
        return true / (true + len(self.false_alarms)) if true else 0.0


def planted(name: str) -> tuple[Planted, ...]:
    truth = MEETINGS / f"{name}_defects.toml"
    data = tomllib.loads(truth.read_text(encoding="utf-8"))
    return tuple(Planted(**entry) for entry in data["defect"])


def score(name: str = "seventeenth") -> Score:
    truth = planted(name)
    findings = check_folder(MEETINGS / f"{name}_defects")
    at = {(f.file, f.line, f.code) for f in findings}
    found = tuple(d for d in truth if (d.file, d.line, d.code) in at)
    missed = tuple(d for d in truth if d not in found)
    places = {(d.file, d.line) for d in truth}
    false = tuple(f for f in findings if (f.file, f.line) not in places)
    return Score(planted=truth, found=found, missed=missed, false_alarms=false)
