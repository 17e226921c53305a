"""The schema in a real editor's client: taplo, the TOML toolkit behind
Even Better TOML, lints every example and the sample with no error through
their ``#:schema`` line, and reports a planted mistake at its line.

taplo comes from npm (``@taplo/cli``); ``make test-system`` installs it in
the virtual environment's ``node`` folder.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from migmeet import write_next_meeting
from migmeet._cli import main

ROOT = Path(__file__).parent.parent
SHIPPED = ROOT / "src" / "migmeet" / "schema" / "meeting.schema.json"
EXAMPLES = sorted((ROOT / "examples" / "series").glob("*/meeting.toml"))
TEST_MEETINGS = sorted((ROOT / "tests" / "meetings").glob("*/meeting.toml"))


def _taplo() -> str | None:
    """taplo from $TAPLO, the PATH, or the npm folder of the Makefile."""
    local = "node/node_modules/.bin/taplo"
    for candidate in (
        os.environ.get("TAPLO"),
        shutil.which("taplo"),
        Path(sys.prefix) / local,
        ROOT / ".venv" / local,
    ):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


TAPLO = _taplo()
pytestmark = pytest.mark.skipif(
    TAPLO is None,
    reason="taplo is not installed (make test-system installs it: "
    "npm install --prefix .venv/node @taplo/cli)",
)

_ERROR = re.compile(r"^error: (.+)\n\s*┌─ (.+):(\d+):\d+$", re.MULTILINE)


def lint(*files: Path, schema: Path | None = None) -> tuple[int, list[tuple[str, int]]]:
    """taplo's exit code and its errors, each as (message, line)."""
    assert TAPLO is not None
    command = [TAPLO, "lint", "--no-auto-config", "--colors", "never"]
    if schema is not None:
        command += ["--schema", schema.absolute().as_uri()]
    done = subprocess.run(
        [*command, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "NO_COLOR": "1"},
    )
    said = done.stdout + done.stderr
    assert f"found files total={len(files)} " in said, said
    assert "invalid schema" not in said, said
    assert "failed to load schema" not in said, said
    return done.returncode, [(m, int(line)) for m, _, line in _ERROR.findall(said)]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder as ``migmeet new`` writes it, schema beside the data file."""
    folder = tmp_path_factory.mktemp("new") / "meeting"
    assert main(["new", str(folder)]) == 0
    return folder


def test_the_examples_and_the_sample_have_no_error(
    sample: Path, tmp_path: Path
) -> None:
    assert (
        (sample / "meeting.toml")
        .read_text()
        .startswith("#:schema ./meeting.schema.json\n")
    )
    write_next_meeting(ROOT / "examples" / "series" / "fifteenth", tmp_path / "next")
    assert EXAMPLES
    for data_file in EXAMPLES:
        assert data_file.read_text().startswith(
            "#:schema ../../../src/migmeet/schema/meeting.schema.json\n"
        )
    files = [*EXAMPLES, sample / "meeting.toml", tmp_path / "next" / "meeting.toml"]
    assert lint(*files) == (0, [])


def test_the_test_meetings_have_no_error_against_the_shipped_schema() -> None:
    # They name no schema: their planted check findings are located by line.
    assert TEST_MEETINGS
    assert lint(*TEST_MEETINGS, schema=SHIPPED) == (0, [])


def test_a_date_as_text_and_a_misspelt_key_are_reported_at_their_lines(
    sample: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "planted"
    shutil.copytree(sample, folder)
    data_file = folder / "meeting.toml"
    lines = data_file.read_text(encoding="utf-8").splitlines()
    date = lines.index("first_day = 2018-02-15")
    lines[date] = 'first_day = "15 February 2018"'
    name = lines.index('family_name = "Lauber"')
    lines[name] = 'familyname = "Lauber"'
    data_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, errors = lint(data_file)
    assert code != 0
    assert ('"15 February 2018" is not a "date"', date + 1) in errors
    unexpected = "Additional properties are not allowed ('familyname' was unexpected)"
    assert (unexpected, name + 1) in errors
    # and nothing else is wrong than these two mistakes
    assert {message for message, _ in errors} == {
        '"15 February 2018" is not a "date"',
        unexpected,
        '"family_name" is a required property',
    }
