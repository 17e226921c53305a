"""The list of abbreviations: form and order."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmeet import InvalidValueError, Organization, sort_abbreviations
from migmeet._style import abbreviation_sort_key
from strategies import abbreviations

SEED_ORDER = ["UNDAF", "UN DESA", "UNDP", "UNITAR", "UN MGCY", "UNSD"]


@given(st.permutations(SEED_ORDER))
def test_seed_order_comes_out_of_any_shuffle(shuffled: list[str]) -> None:
    assert sort_abbreviations(shuffled) == SEED_ORDER


@given(st.lists(abbreviations, unique=True))
def test_order_ignores_case_and_spaces(items: list[str]) -> None:
    ordered = sort_abbreviations(items)
    assert sorted(ordered) == sorted(items)
    keys = ["".join(a.split()).casefold() for a in ordered]
    assert keys == sorted(keys)


@given(st.lists(abbreviations, unique=True), st.randoms())
def test_order_is_total_whatever_the_input_order(
    items: list[str], random: object
) -> None:
    shuffled = list(items)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert sort_abbreviations(shuffled) == sort_abbreviations(items)


def test_key_ignores_case_and_spaces() -> None:
    assert abbreviation_sort_key("UN DESA")[0] == abbreviation_sort_key("UNDesa")[0]


@given(abbreviations)
def test_well_formed_abbreviations_are_accepted(abbreviation: str) -> None:
    org = Organization(name="Some organization", abbreviation=abbreviation)
    assert org.abbreviation == abbreviation


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ("U.N.D.P.", "full stops"),
        ("IOM.", "full stops"),
        (" IOM", "spaces at its ends"),
        ("IOM ", "spaces at its ends"),
        ("", "empty"),
        ("UN  DESA", "not an abbreviation"),
        ("IOM/ILO", "not an abbreviation"),
    ],
)
def test_malformed_abbreviation_names_field_and_value(bad: str, problem: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        Organization(name="International Organization for Migration", abbreviation=bad)
    message = str(raised.value)
    assert message.startswith("Organization.abbreviation: ")
    assert repr(bad) in message
    assert problem in message
