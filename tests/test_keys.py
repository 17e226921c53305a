"""``migmeet keys``: the names a summary may mention, with the role to write
and how each prints the first time and after."""

from __future__ import annotations

import io
import json
from pathlib import Path

from folders import write_folder
from migmeet._cli import main


def test_keys_lists_each_name_with_its_role_and_its_two_forms(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main(["keys", str(write_folder(tmp_path))], out) == 0
    text = out.getvalue()
    assert ":person:`swing`" in text
    assert (
        "first: Mr. William Lacy Swing, Director General of the International "
        "Organization for Migration (IOM)" in text
    )
    assert "after: Mr. Swing" in text
    assert ":org:`iom`" in text
    assert "after: IOM" in text
    assert ":doc:`nyd`" in text
    assert "A/RES/71/1" in text


def test_keys_as_json(tmp_path: Path) -> None:
    out = io.StringIO()
    assert main(["keys", str(write_folder(tmp_path)), "--format", "json"], out) == 0
    entries = json.loads(out.getvalue())
    swing = next(e for e in entries if e["key"] == "swing")
    assert swing["role"] == ":person:`swing`"
    assert swing["later"] == "Mr. Swing"


def test_keys_of_a_folder_that_cannot_be_read(tmp_path: Path) -> None:
    err = io.StringIO()
    assert main(["keys", str(tmp_path / "nowhere")], io.StringIO(), err) == 1
    assert "is not a folder" in err.getvalue()


def test_the_data_file_reference_lists_every_key_the_loader_knows() -> None:
    import sys

    from migmeet import data_file_schema

    docs_ext = Path(__file__).resolve().parent.parent / "docs" / "_ext"
    sys.path.insert(0, str(docs_ext))
    try:
        from migmeet_keys import keys_page
    finally:
        sys.path.remove(str(docs_ext))
    page = keys_page()
    schema = data_file_schema()
    for table, node in schema["properties"].items():
        assert f"``{table}``" in page
        for key in node.get("properties", {}):
            assert f"``{table}.{key}``" in page
    assert "``meeting.organizer.division``\n   *required*" in page
