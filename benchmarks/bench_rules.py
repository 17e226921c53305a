"""How long the text rules take on long sections of a report.

Run: ``python benchmarks/bench_rules.py [ROUNDS]``. Prints, for 100 KB and
400 KB of generated prose (varied sentences as a report's are, from
``tests/strategies.py``), the median time of the repeated-sentence rule,
which reads a section's paragraphs together, and of the rules that read one
paragraph at a time, over all paragraphs. A benchmark, not a test: it
asserts nothing (``tests/test_text_rules.py`` holds 400 KB of repeats to a
few seconds).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from migmeet._checks import text_rules as rules  # noqa: E402
from strategies import prose  # noqa: E402

SERIES = "Coordination Meeting on International Migration"
KNOWN = frozenset({"IOM", "UNHCR", "ILO", "OECD", "UN DESA", "SDGs"})


def _per_paragraph(texts: list[str]) -> None:
    for text in texts:
        rules.placeholders(text, KNOWN)
        rules.mojibake(text)
        rules.wrong_ordinals(text, 17, SERIES)
        rules.un_abbreviated(text, KNOWN)
        rules.symbol_problems(text)
        rules.abbreviation_articles(text, KNOWN)
        rules.possessive_abbreviations(text, KNOWN)
        rules.per_cent(text)
        rules.figures_under_ten(text)
        rules.cut_off(text)
        rules.starts_mid_sentence(text)


def _median(stage: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        stage()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(rounds: int) -> None:
    print(f"median of {rounds} rounds")
    for size in (100_000, 400_000):
        texts = prose(size, seed=1)
        chars = sum(len(t) for t in texts)
        repeats = _median(lambda t=texts: rules.repeats(t), rounds)
        per_text = _median(lambda t=texts: _per_paragraph(t), rounds)
        spelled = _median(lambda t=texts: rules.spelled_two_ways(t), rounds)
        print(
            f"{chars / 1000:6.0f} KB, {len(texts):5} paragraphs: "
            f"repeated sentences {repeats:6.2f} s, "
            f"one-text rules {per_text:6.2f} s, "
            f"two names {spelled:6.2f} s"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
