"""Where the time goes when the example report is built.

Run: ``make benchmark`` (or ``python benchmarks/bench_report.py [ROUNDS]``).
Prints the median time of each stage of the pipeline over a few rounds and
the share of the whole spent in WeasyPrint. A benchmark, not a test: it
asserts nothing.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from weasyprint import CSS, HTML
from weasyprint.css.counters import CounterStyle

from migmeet._tree import finish_tree, report_tree
from migmeet._writing import tree_html
from migmeet._writing.pdf import ASSETS, STYLESHEET

ROOT = Path(__file__).resolve().parent.parent


def _example_report() -> Any:
    path = ROOT / "examples" / "fifteenth_meeting.py"
    spec = importlib.util.spec_from_file_location("fifteenth_meeting", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.REPORT


def _timed(stage: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = stage()
    return time.perf_counter() - start, result


def main(rounds: int) -> None:
    report = _example_report()
    meeting = report.meeting
    times: dict[str, list[float]] = {}
    pages = 0
    for _ in range(rounds):
        t_tree, document = _timed(lambda: finish_tree(report_tree(report)))
        t_html, html = _timed(
            lambda d=document: tree_html(
                d, title=meeting.title, author=report.author_name, language="en"
            )
        )
        counters = CounterStyle()
        t_layout, rendered = _timed(
            lambda h=html, c=counters: HTML(
                string=h, base_url=ASSETS.as_uri() + "/"
            ).render(
                stylesheets=[CSS(filename=str(STYLESHEET), counter_style=c)],
                counter_style=c,
                pdf_tags=True,
            )
        )
        t_pdf, _ = _timed(lambda r=rendered: r.write_pdf(pdf_tags=True))
        pages = len(rendered.pages)
        for name, value in (
            ("tree and transforms (migmeet)", t_tree),
            ("HTML writer (docutils)", t_html),
            ("layout (WeasyPrint)", t_layout),
            ("PDF drawing (WeasyPrint)", t_pdf),
        ):
            times.setdefault(name, []).append(value)

    medians = {name: statistics.median(values) for name, values in times.items()}
    total = sum(medians.values())
    print(f"example report: {pages} pages, median of {rounds} rounds")
    for name, value in medians.items():
        print(f"  {name:32} {value * 1000:8.1f} ms  {value / total:6.1%}")
    print(f"  {'total':32} {total * 1000:8.1f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
