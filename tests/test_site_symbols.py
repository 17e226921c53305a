"""The web page: a document symbol does not break at its slashes, and the
longest never pushes the page wider than the screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from migmeet import Report, load_folder, write_site

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sixteenth() -> Report:
    return load_folder(ROOT / "examples" / "series" / "sixteenth")


def test_site_symbols_do_not_break_at_slashes(
    tmp_path: Path, sixteenth: Report
) -> None:
    target, _ = write_site(sixteenth, tmp_path / "site")
    page = (target / "index.html").read_text()
    assert '<span class="symbol">UN/POP/MIG-16CM/2018/1</span>' in page
    assert 'class="symbol">A/RES/71/1</a>' in page
    css = next(target.rglob("site.css")).read_text()
    assert re.search(r"\.symbol \{ white-space: nowrap; \}", css)
    # On a narrow screen a long symbol may break rather than overflow.
    assert re.search(
        r"@media \(max-width: [\d.]+rem\) \{ \.symbol \{[^}]*"
        r"overflow-wrap: anywhere",
        css,
    )


_SYMBOL_LAYOUT = """
const symbols = [...document.querySelectorAll('.symbol')];
const width = document.documentElement.clientWidth;
return [
  symbols.length,
  symbols.filter(e => e.getClientRects().length > 1).length,
  document.documentElement.scrollWidth - width,
];
"""


def test_site_symbols_in_chromium_unbroken_wide_and_never_overflowing(
    tmp_path: Path,
    sixteenth: Report,
) -> None:
    from axe_browser import chromium

    target, _ = write_site(sixteenth, tmp_path / "site")
    with chromium(target / "index.html") as driver:
        count, wrapped, overflow = driver.execute_script(_SYMBOL_LAYOUT)
        assert count >= 17
        assert wrapped == 0  # no symbol breaks at its slashes
        assert overflow <= 0
        driver.set_window_size(500, 900)  # Chromium's narrowest window
        _, _, overflow = driver.execute_script(_SYMBOL_LAYOUT)
        assert overflow <= 0  # the longest symbols do not push the page wider
