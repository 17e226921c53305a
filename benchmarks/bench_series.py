"""How long ``migmeet site SERIES`` takes: sequential, parallel, no change.

Run: ``python benchmarks/bench_series.py [JOBS]``. Builds the examples'
series (``examples/series``: four meetings, their programmes, the
fifteenth's report and the sixteenth's concept note) into a new folder
with one process, then into another with JOBS processes (default: the
machine's cores), then again into the second with nothing changed, and
prints each time. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from migmeet import load_series, write_series_site

ROOT = Path(__file__).resolve().parent.parent
SERIES = ROOT / "examples" / "series"


def _timed(out: Path, jobs: int) -> tuple[float, int]:
    series = load_series(SERIES)
    start = time.perf_counter()
    build = write_series_site(series, out, jobs=jobs)
    return time.perf_counter() - start, len(build.built)


def main(argv: list[str]) -> None:
    jobs = int(argv[0]) if argv else (os.cpu_count() or 1)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        sequential, count = _timed(root / "sequential", 1)
        print(f"sequential (1 process): {sequential:.2f} s, {count} meetings built")
        parallel, count = _timed(root / "parallel", jobs)
        print(f"parallel ({jobs} processes): {parallel:.2f} s, {count} meetings built")
        again, count = _timed(root / "parallel", jobs)
        print(f"no change, rebuilt: {again:.3f} s, {count} meetings built")


if __name__ == "__main__":
    main(sys.argv[1:])
