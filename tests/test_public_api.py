"""The public API: what ``migmeet`` exports, each name documented."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import migmeet

API_REFERENCE = Path(__file__).parent.parent / "docs" / "api.rst"

#: Public values that are neither classes nor functions: a docstring cannot
#: be read from them, so the API reference describes each.
DATA = ["CHECKS", "OFFICIAL_LANGUAGES"]

NAMES = [name for name in migmeet.__all__ if name not in ("__version__", *DATA)]


@pytest.mark.parametrize("name", NAMES)
def test_every_public_name_has_a_docstring(name: str) -> None:
    assert inspect.getdoc(getattr(migmeet, name))


@pytest.mark.parametrize(
    "name", [n for n in NAMES if inspect.isfunction(getattr(migmeet, n))]
)
def test_every_public_function_says_its_arguments_result_and_errors(name: str) -> None:
    doc = inspect.getdoc(getattr(migmeet, name)) or ""
    assert "Args:" in doc
    assert "Returns:" in doc
    assert "Raises:" in doc or "Raises nothing" in doc


def test_private_modules_stay_private() -> None:
    public = {n for n in dir(migmeet) if not n.startswith("_")}
    assert public <= set(migmeet.__all__)


@pytest.mark.parametrize("name", DATA)
def test_public_data_is_described_in_the_api_reference(name: str) -> None:
    assert name in migmeet.__all__
    assert f".. py:data:: migmeet.{name}\n" in API_REFERENCE.read_text()
