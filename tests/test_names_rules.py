"""The names family of the rule catalogue (catalogue/names.toml): each rule
fires on its wrong examples and not on its right ones; the data files
(names/) say where they come from; the real UN text of the seeds raises
only the defects it has; the rules run in linear time."""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from folders import BASE_TOML, write_folder
from migmeet import CHECKS, Finding, check_folder
from migmeet._checks.text_rules import country_problems, un_name_problems

CATALOGUE = tomllib.loads(
    resources.files("migmeet").joinpath("catalogue/names.toml").read_text("utf-8")
)
RULES: dict[str, Callable[[str], list[Finding]]] = {
    "un-name": un_name_problems,
    "country-name": country_problems,
    "country-short-name": country_problems,
    "country-article": country_problems,
}
SEEDS = Path("/work/shared/seeds")


def codes(code: str, text: str) -> list[str]:
    return [f.code for f in RULES[code](text) if f.code == code]


def entries() -> list[dict[str, object]]:
    rules = CATALOGUE["rule"]
    assert isinstance(rules, list)
    return rules


@pytest.mark.parametrize("rule", entries(), ids=lambda r: str(r["code"]))
def test_each_entry_matches_its_check(rule: dict[str, object]) -> None:
    code = str(rule["code"])
    check = CHECKS[code]
    assert (check.severity.value, check.summary) == (rule["severity"], rule["summary"])
    assert str(rule["url"]).startswith("http")
    assert rule["right"]
    assert rule["wrong"]
    assert rule["rationale"]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (str(r["code"]), text)
        for r in entries()
        if r["code"] in RULES
        for text in r["right"]  # type: ignore[attr-defined]
    ],
)
def test_right_examples_raise_nothing(code: str, text: str) -> None:
    assert codes(code, text) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (str(r["code"]), text)
        for r in entries()
        if r["code"] in RULES
        for text in r["wrong"]  # type: ignore[attr-defined]
    ],
)
def test_wrong_examples_fire(code: str, text: str) -> None:
    assert codes(code, text)


GCM = """
[terms.gcm]
name = "Global Compact for Migration"
abbreviation = "GCM"
"""


def test_unmentioned_name_examples(tmp_path: Path) -> None:
    [rule] = [r for r in entries() if r["code"] == "unmentioned-name"]
    for kind in ("right", "wrong"):
        for index, text in enumerate(rule[kind]):  # type: ignore[arg-type]
            root = write_folder(
                tmp_path / f"{kind}{index}",
                {"meeting.toml": BASE_TOML + GCM, "items/01-opening.rst": text + "\n"},
            )
            found = [f.code for f in check_folder(root) if f.code == "unmentioned-name"]
            assert bool(found) == (kind == "wrong"), text


def test_the_data_files_name_their_source_and_date() -> None:
    names = resources.files("migmeet").joinpath("names")
    countries = names.joinpath("countries.csv").read_text("utf-8")
    assert "unstats.un.org/unsd/methodology/m49" in countries
    assert "Compiled 2026-12-04" in countries
    rows = [line for line in countries.splitlines() if not line.startswith("#")]
    assert len(rows) > 190
    forms = names.joinpath("country_forms.csv").read_text("utf-8")
    # Every fix is a name of the M49 list, as running text writes it.
    listed = {row.split(",")[-1].strip('"') for row in rows[1:]} | {
        row.split(",")[0].strip('"') for row in rows[1:]
    }
    for row in forms.splitlines():
        if row.startswith("#") or row.startswith("written,"):
            continue
        fix = row.rsplit(",", 2)[1]
        assert fix in listed, fix


def seed_findings() -> list[tuple[str, int, str, str]]:
    found = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            for finding in [*un_name_problems(line), *country_problems(line)]:
                found.append((path.name[:3], number, finding.code, finding.text))
    return found


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seeds are not here")
def test_the_seeds_real_text_raises_only_its_real_defects() -> None:
    assert seed_findings() == [
        # "guiding the behaviour of state parties": the UN writes "States parties".
        ("004", 100, "un-name", "state parties"),
        # "including Ethiopia, Somalia, United Republic of Tanzania and Uganda":
        # the UN writes "the United Republic of Tanzania" in running text.
        ("004", 102, "country-article", "United Republic of Tanzania"),
    ]


def test_the_names_rules_run_in_linear_time() -> None:
    paragraph = (
        "The Secretary-General noted that Member States, the Netherlands and "
        "Viet Nam had reported to the General Assembly on 9 to 10 February. "
    )
    small, large = paragraph * 250, paragraph * 2500  # about 40 KB and 400 KB

    def seconds(text: str) -> float:
        start = time.perf_counter()
        un_name_problems(text)
        country_problems(text)
        return time.perf_counter() - start

    seconds(paragraph)  # compile the patterns
    assert seconds(large) < 15 * max(seconds(small), 0.001)


@pytest.mark.parametrize(
    "text",
    [
        "A contribution of 10 million United States dollars was announced.",
        "The United States Council for International Business took part.",
        "Projects in the Congo basin were described.",
        "Moderator: Ms. Sarah Lou Arriola, Undersecretary, Philippines",
        "The Kingdom of the Netherlands and the Russian Federation spoke.",
        "South Sudan and the Sudan reported on returns.",
        "Data for Bolivia (Plurinational State of) and Iran (Islamic Republic of).",
    ],
)
def test_country_names_as_the_un_writes_them_raise_nothing(text: str) -> None:
    assert country_problems(text) == []


NEW_CODES = {
    "un-name",
    "country-name",
    "country-short-name",
    "country-article",
    "unmentioned-name",
}
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "series"


@pytest.mark.parametrize(
    "folder", sorted(p.name for p in EXAMPLES.iterdir() if p.is_dir())
)
def test_the_example_meetings_raise_none_of_the_names_findings(folder: str) -> None:
    found = [f for f in check_folder(EXAMPLES / folder) if f.code in NEW_CODES]
    assert found == []


RIGHT = [
    str(text)
    for rule in entries()
    if rule["code"] in RULES
    for text in rule["right"]  # type: ignore[attr-defined]
]


@given(st.lists(st.sampled_from(RIGHT), min_size=1, max_size=6))
def test_right_examples_together_raise_nothing(sentences: list[str]) -> None:
    text = " ".join(sentences)
    assert list(un_name_problems(text) + country_problems(text)) == []
