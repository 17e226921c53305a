"""The README's code example runs as shown and says what it claims."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from migmeet import report_html

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_example_runs_and_renders_what_it_claims(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (code,) = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    page = report_html(namespace["report"])  # type: ignore[arg-type]
    # No-break spaces tie honorifics to names; the wording is what counts.
    text = html.unescape(re.sub(r"<[^>]+>", "", page)).replace("\u00a0", " ")
    assert (
        "Mr. William Lacy Swing, Director General of the International Organization "
        "for Migration (IOM), opened the meeting. IOM was thanked." in text
    )
    assert "Mr. Swing closed the meeting." in text


def test_readme_lists_every_check_code() -> None:
    # The table is verified against the rule catalogue both ways: every rule
    # has its row as the catalogue words it, and every row is a rule.
    from migmeet import CHECKS

    text = README.read_text()
    for check in CHECKS.values():
        assert f"| `{check.code}` | {check.severity.value} | {check.summary} |" in text
    rows = re.findall(r"^\| `([a-z-]+)` \| (?:error|warning) \|", text, re.MULTILINE)
    assert len(rows) == len(set(rows))
    assert set(rows) == set(CHECKS)


def test_readme_says_where_the_migmeet_command_is_before_using_it() -> None:
    # A newcomer who ran `make report` types `migmeet`: the README must have
    # told them how that command gets onto their PATH before the first use.
    text = README.read_text()
    first_use = text.index("migmeet new")
    assert ". .venv/bin/activate" in text[:first_use]
    assert ".venv/bin/migmeet" in text[:first_use]
    makefile = (README.parent / "Makefile").read_text()
    assert "$(BIN)/activate" in makefile.split("\nreport:")[1].split("\n\n")[0]
