"""A newcomer's first commands, typed as the README gives them, in a fresh
shell: set-up with ``make report``, the environment activated as the README
says, then the folder commands and ``python -m migmeet``."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def _commands(block: str) -> list[str]:
    """The commands of a shell block, without their comments."""
    lines = [line.split("#", 1)[0].strip() for line in block.splitlines()]
    return [line for line in lines if line]


def _readme_commands() -> tuple[list[str], list[str], list[str]]:
    """The set-up, the activation and the first folder commands, as the
    README writes them."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(), re.DOTALL)
    setup = next(_commands(b) for b in blocks if "make report" in b)
    activate = next(_commands(b) for b in blocks if "bin/activate" in b)
    first = next(_commands(b) for b in blocks if "migmeet new my-meeting" in b)
    # `make test` is what runs this test: the set-up here is `make report`.
    return [c for c in setup if c.startswith("make report")], activate, first


def test_the_readme_set_up_and_first_commands_work_in_a_fresh_shell(
    tmp_path: Path,
) -> None:
    setup, activate, first = _readme_commands()
    assert setup == ["make report"]
    assert activate == [". .venv/bin/activate"]
    assert first[0] == "migmeet new my-meeting"
    script = "\n".join(
        [
            "set -e",
            f"cd {ROOT}",
            *setup,
            *activate,
            # The folder commands run in a scratch folder, not in the clone.
            f"cd {tmp_path}",
            *first,
            "python -m migmeet --version",
        ]
    )
    # A fresh shell: the login's PATH, but nothing of this test's virtual
    # environment (its bin folder, VIRTUAL_ENV, PYTHONPATH) leaks in.
    venv = str(ROOT / ".venv")
    path = [p for p in os.environ["PATH"].split(os.pathsep) if not p.startswith(venv)]
    env = {
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "PATH": os.pathsep.join(path),
        "LANG": os.environ.get("LANG", "C.UTF-8"),
    }
    done = subprocess.run(
        ["bash", "--noprofile", "--norc", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    said = done.stdout + done.stderr
    assert done.returncode == 0, said[-3000:]
    assert "command not found" not in said
    assert "No module named" not in said
    assert (ROOT / "out" / "fifteenth_meeting.pdf").read_bytes().startswith(b"%PDF")
    built = [c for c in first if c.startswith("migmeet build")]
    for command in built:
        output = tmp_path / command.split(" -o ")[1].split()[0]
        assert output.read_bytes().startswith(b"%PDF"), command
    # `make report` said what it was doing, step by step.
    assert "make report: rendering the example report" in said
    assert "the migmeet command is .venv/bin/migmeet" in said
