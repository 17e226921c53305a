"""axe-core run on a page in headless Chromium (Debian's package), by Selenium."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import axe_selenium_python
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# As the machine's notes advise: no sandbox as root, no background traffic
# to a closed network.
FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1200,1600",
)
AXE = (
    Path(axe_selenium_python.__file__).parent
    / "node_modules"
    / "axe-core"
    / "axe.min.js"
)


@contextlib.contextmanager
def chromium(page: Path) -> Iterator[webdriver.Chrome]:
    """Debian's headless Chromium showing ``page``, quit afterwards."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.get(page.resolve().as_uri())
        yield driver
    finally:
        driver.quit()


def axe_violations(page: Path, screenshot: Path | None = None) -> list[dict[str, Any]]:
    """Run every axe-core rule on ``page``; return the violations."""
    with chromium(page) as driver:
        driver.execute_script(AXE.read_text())
        driver.set_script_timeout(90)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then(done).catch(e => done({error: String(e)}));"
        )
        if screenshot is not None:
            driver.save_screenshot(str(screenshot))
    assert "error" not in result, result.get("error")
    assert result["passes"], "axe-core ran no rule"
    return [
        {"id": v["id"], "help": v["help"], "nodes": len(v["nodes"])}
        for v in result["violations"]
    ]
