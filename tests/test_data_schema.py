"""The JSON Schema of meeting.toml: made from the loader's records, shipped
in the package as made, and in agreement with the loader on every example
and on planted mistakes (checked with the jsonschema package; the editors'
own client, taplo, is tried in test_data_schema_taplo.py)."""

from __future__ import annotations

import datetime as dt
import io
import json
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest

from migmeet import data_file_schema
from migmeet._cli import main
from migmeet._reading import data_file_schema_text
from migmeet._reading.data_file import load_data_file
from migmeet._reading.data_schema import _record_schema
from migmeet._reading.records import FileRecord

ROOT = Path(__file__).parent.parent
SHIPPED = ROOT / "src" / "migmeet" / "schema" / "meeting.schema.json"
SAMPLE = ROOT / "src" / "migmeet" / "sample" / "meeting.toml"
EXAMPLES = sorted((ROOT / "examples" / "series").glob("*/meeting.toml"))
TEST_MEETINGS = sorted((ROOT / "tests" / "meetings").glob("*/meeting.toml"))
DATA_FILES = [SAMPLE, *EXAMPLES, *TEST_MEETINGS]

VALIDATOR = jsonschema.Draft7Validator(
    data_file_schema(), format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
)


def as_editors_see_it(value: Any) -> Any:
    """Parsed TOML as JSON, as taplo gives it to the schema: dates and
    times as their TOML text."""
    if isinstance(value, dict):
        return {key: as_editors_see_it(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_editors_see_it(item) for item in value]
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def schema_errors(text: str) -> list[str]:
    data = as_editors_see_it(tomllib.loads(text))
    return [error.message for error in VALIDATOR.iter_errors(data)]


def test_the_shipped_schema_is_the_one_the_loader_makes() -> None:
    assert SHIPPED.read_text(encoding="utf-8") == data_file_schema_text(), (
        "the records changed: run  migmeet schema > src/migmeet/schema/"
        "meeting.schema.json"
    )
    shipped = resources.files("migmeet") / "schema" / "meeting.schema.json"
    assert shipped.read_text(encoding="utf-8") == data_file_schema_text()
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "schema/*" in pyproject["tool"]["setuptools"]["package-data"]["migmeet"]


def test_migmeet_schema_prints_it() -> None:
    out = io.StringIO()
    assert main(["schema"], out=out) == 0
    assert out.getvalue() == data_file_schema_text()
    assert json.loads(out.getvalue()) == data_file_schema()


def test_it_is_a_valid_draft_7_schema() -> None:
    jsonschema.Draft7Validator.check_schema(data_file_schema())


def _tables(schema: dict[str, Any], path: str = "") -> list[tuple[str, Any]]:
    """Every table of the schema (with its path), down through lists, keyed
    tables and unions."""
    found = []
    if "properties" in schema:
        found.append((path, schema))
        for key, value in schema["properties"].items():
            found += _tables(value, f"{path}.{key}")
    for inner in ("items", "additionalProperties"):
        if isinstance(schema.get(inner), dict):
            found += _tables(schema[inner], f"{path}[]")
    for option in schema.get("anyOf", []):
        found += _tables(option, path)
    return found


def test_every_key_is_described_and_no_unknown_key_is_allowed() -> None:
    tables = _tables(data_file_schema())
    assert len(tables) > 15
    for path, table in tables:
        assert table["additionalProperties"] is False, path
        for key, value in table["properties"].items():
            assert value.get("description"), f"{path}.{key} has no description"


def test_the_keys_and_closed_sets_are_the_loaders() -> None:
    schema = data_file_schema()
    assert list(schema["properties"]) == [f.name for f in attrs.fields(FileRecord)]
    assert schema["required"] == ["meeting"]
    meeting = schema["properties"]["meeting"]
    assert meeting["properties"]["first_day"]["format"] == "date"
    assert meeting["properties"]["programme_status"]["enum"] == [
        "provisional",
        "revised",
        "final",
    ]
    report = schema["properties"]["report"]["properties"]
    assert report["page_size"] == {
        "description": "The paper the report is printed on.",
        "type": "string",
        "enum": ["Letter", "A4"],
        "default": "Letter",
    }
    organization = schema["properties"]["organizations"]["additionalProperties"]
    assert "Member State" in organization["properties"]["kind"]["enum"]
    assert organization["required"] == ["name"]
    paper = schema["properties"]["papers"]["items"]["properties"]
    assert paper["languages"]["items"]["enum"] == ["ar", "zh", "en", "fr", "ru", "es"]
    assert (
        paper["versions"]["propertyNames"]["enum"]
        == paper["languages"]["items"]["enum"]
    )
    session = schema["properties"]["programme"]["items"]["properties"]["sessions"]
    agenda_items = session["items"]["properties"]["agenda_items"]["items"]["anyOf"]
    assert [option["type"] for option in agenda_items] == ["integer", "object"]


@attrs.frozen(kw_only=True)
class NewRecord:
    """A table a developer adds to the loader."""

    when: dt.time
    """When it starts."""
    rooms: list[int] = attrs.field(factory=list)
    """The rooms."""


def test_a_new_key_in_a_record_is_in_the_schema_with_its_description() -> None:
    schema = _record_schema(NewRecord)
    assert schema["description"] == "A table a developer adds to the loader."
    assert schema["required"] == ["when"]
    assert schema["properties"]["when"]["description"] == "When it starts."
    assert schema["properties"]["rooms"] == {
        "description": "The rooms.",
        "type": "array",
        "items": {"type": "integer"},
        "default": [],
    }


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_example_is_valid(path: Path) -> None:
    assert schema_errors(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    "time", ['"10.00"', '"9.30"', '"10:00"', "10:00:00", "23:59:59.5"]
)
def test_the_times_the_loader_reads_are_valid(time: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert 'start = "10.00"' in text
    assert schema_errors(text.replace('start = "10.00"', f"start = {time}", 1)) == []


#: Mistakes a rapporteur makes: (what is replaced, by what, what the schema
#: says). The loader refuses each too.
MISTAKES = [
    ("first_day = 2018-02-15", 'first_day = "15 February 2018"', "is not a 'date'"),
    ("first_day = 2018-02-15", "first_day = 2018-02-15T10:00:00", "is not a 'date'"),
    ("number = 16", 'number = "16"', "is not of type 'integer'"),
    ('family_name = "Lauber"', 'familyname = "Lauber"', "'familyname' was unexpected"),
    ('kind = "academia"', 'kind = "university"', "is not one of"),
    ('start = "10.00"', 'start = "10h00"', "does not match"),
    ('page_size = "Letter"', 'page_size = "A5"', "is not one of"),
    ("participants_annex = false", "participants_annex = 0", "of type 'boolean'"),
]


@pytest.mark.parametrize(("before", "after", "said"), MISTAKES)
def test_a_planted_mistake_is_refused_by_the_schema_and_the_loader(
    before: str, after: str, said: str
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert before in text
    planted = text.replace(before, after, 1)
    errors = schema_errors(planted)
    assert len(errors) >= 1
    assert any(said in error for error in errors), errors
    _, problems = load_data_file(planted)
    assert problems, "the loader lets it pass"


def test_the_reader_ignores_the_directive_and_counts_its_line() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert text.startswith("#:schema ./meeting.schema.json\n")
    with_line, problems = load_data_file(text)
    without_line, _ = load_data_file(text.partition("\n")[2])
    assert problems == []
    assert with_line is not None
    assert without_line is not None
    assert with_line.meeting == without_line.meeting
    lines = text.splitlines()
    number = lines.index(next(line for line in lines if line.startswith("number =")))
    lines[number] = 'number = "16"'
    _, problems = load_data_file("\n".join(lines))
    assert [problem.line for problem in problems] == [number + 1]
