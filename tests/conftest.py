"""Shared fixtures: the example report, rendered once per test session."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

# The same examples on every run (a seed derived from each test): a failure
# in CI is one a developer sees again, and a pass is not luck.
settings.register_profile(
    "default",
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
# A long search for a developer's machine: pytest --hypothesis-profile=thorough
settings.register_profile(
    "thorough",
    parent=settings.get_profile("default"),
    max_examples=1000,
    derandomize=False,
)
settings.load_profile("default")


def load_example(name: str) -> ModuleType:
    """Import ``examples/NAME.py`` as a module."""
    spec = importlib.util.spec_from_file_location(
        name, ROOT / "examples" / f"{name}.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def fifteenth() -> ModuleType:
    return load_example("fifteenth_meeting")


@pytest.fixture(scope="session")
def fifteenth_pdf(
    fifteenth: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The example report, written by its own script's entry point."""
    out = tmp_path_factory.mktemp("example") / "fifteenth.pdf"
    assert fifteenth.main(["fifteenth_meeting.py", str(out)]) == 0
    return out
