"""Mentions read with the words the author wrote around them: a person
"of" their own organization is not given it twice, and a resolution after
"resolution" is cited by its number, as the UN writes it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from folders import BASE_TOML, write_folder
from migmeet import check_folder, load_folder, report_html

_EXTRA = """
[people.halvorsen]
honorific = "Ms."
given_name = "Ingrid"
family_name = "Halvorsen"
organization = "iom"

[documents.gcm_resolution]
title = "Global Compact for Safe, Orderly and Regular Migration"
symbol = "A/RES/73/195"

[documents.special]
title = "Key actions for ICPD beyond 2014"
symbol = "A/RES/S-21/2"

[documents.council]
title = "Security Council resolution on migrant smuggling"
symbol = "S/RES/2240 (2015)"

[documents.report]
title = "Report of the Secretary-General"
symbol = "A/72/643"
"""


def _read(tmp_path: Path, opening: str) -> str:
    """The report's text, tags stripped, with plain spaces."""
    folder = write_folder(
        tmp_path,
        {"meeting.toml": BASE_TOML + _EXTRA, "items/01-opening.rst": opening},
    )
    text = re.sub(r"<[^>]+>", "", report_html(load_folder(folder)))
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


@pytest.mark.parametrize("word", ["of", "from", "Of"])
def test_a_person_of_their_own_organization_is_not_given_it_twice(
    tmp_path: Path, word: str
) -> None:
    text = _read(
        tmp_path,
        f":person:`halvorsen` {word} the :org:`iom` presented the report. "
        f"Later, :person:`halvorsen` {word} the :org:`iom` answered.\n",
    )
    assert (
        f"Ms. Ingrid Halvorsen {word} the International Organization for "
        "Migration (IOM) presented the report." in text
    )
    assert f"Later, Ms. Halvorsen {word} IOM answered." in text


def test_a_function_of_the_organization_is_left_out_with_it(tmp_path: Path) -> None:
    text = _read(tmp_path, ":person:`swing` of the :org:`iom` opened the meeting.\n")
    assert (
        "Mr. William Lacy Swing of the International Organization for "
        "Migration (IOM) opened the meeting." in text
    )
    assert "Director General" not in text


def test_another_organization_after_of_keeps_the_apposition(tmp_path: Path) -> None:
    text = _read(
        tmp_path,
        ":person:`halvorsen` of the :org:`albany` team and "
        ":person:`swing` spoke of :org:`iom`.\n",
    )
    assert "Ms. Ingrid Halvorsen, International Organization for Migration (IOM)," in (
        text
    )
    assert "Mr. William Lacy Swing, Director General of IOM, spoke of IOM." in text


@pytest.mark.parametrize(
    ("written", "read", "link"),
    [
        (
            "General Assembly resolution :doc:`gcm_resolution`",
            "General Assembly resolution 73/195",
            "A/RES/73/195",
        ),
        (
            "General Assembly Resolution :doc:`gcm_resolution`",
            "General Assembly Resolution 73/195",
            "A/RES/73/195",
        ),
        (
            "General Assembly resolutions 72/1 and :doc:`gcm_resolution`",
            "General Assembly resolutions 72/1 and 73/195",
            "A/RES/73/195",
        ),
        (
            "resolutions :doc:`special`, :doc:`nyd` and :doc:`gcm_resolution`",
            "resolutions S-21/2, 71/1 and 73/195",
            "A/RES/S-21/2",
        ),
        (
            "Security Council resolution :doc:`council`",
            "Security Council resolution 2240 (2015)",
            "S/RES/2240(2015)",
        ),
    ],
)
def test_a_resolution_after_resolution_is_cited_by_its_number(
    tmp_path: Path, written: str, read: str, link: str
) -> None:
    folder = write_folder(
        tmp_path,
        {
            "meeting.toml": BASE_TOML + _EXTRA,
            "items/01-opening.rst": f"The meeting recalled {written}.\n",
        },
    )
    page = report_html(load_folder(folder))
    text = re.sub(r"<[^>]+>", "", page).replace("\u00a0", " ")
    assert f"recalled {read}." in text
    assert f'href="https://undocs.org/{link}"' in page
    codes = {finding.code for finding in check_folder(folder)}
    assert "bare-resolution-symbol" not in codes


def test_a_symbol_elsewhere_stands(tmp_path: Path) -> None:
    text = _read(
        tmp_path,
        "The Global Compact (:doc:`gcm_resolution`) and the report "
        ":doc:`report` were noted; the resolution :doc:`report` too.\n",
    )
    assert "The Global Compact (A/RES/73/195) and the report A/72/643" in text
    assert "the resolution A/72/643 too." in text


def test_the_data_files_prose_cites_a_resolution_by_its_number() -> None:
    from migmeet import Document
    from migmeet._model import Prose
    from migmeet._tree.prose import prose_text

    gcm = Document(title="Global Compact", symbol="A/RES/73/195")
    nyd = Document(title="New York Declaration", symbol="A/RES/71/1")
    prose = Prose(
        text="x",
        parts=(
            "Under General Assembly resolutions ",
            nyd,
            " and ",
            gcm,
            ", and under the ",
            gcm,
            ".",
        ),
    )
    text, _ = prose_text(prose)
    assert text == (
        "Under General Assembly resolutions 71/1 and 73/195, and under the "
        "A/RES/73/195."
    )


@given(st.text(max_size=200))
def test_a_resolution_is_cited_by_number_only_after_resolution(before: str) -> None:
    from migmeet._tree.mentions import cited_resolution

    assert cited_resolution("A/RES/73/195", before + " resolution ") == "73/195"
    assert cited_resolution("S/RES/2240 (2015)", before + " Resolution ") == (
        "2240 (2015)"
    )
    assert cited_resolution("A/72/643", before + " resolution ") is None
    if "resolution" not in before.casefold():
        assert cited_resolution("A/RES/73/195", before) is None


def test_the_data_files_prose_names_a_person_of_their_organization_once() -> None:
    from migmeet import Organization, Person
    from migmeet._model import Prose
    from migmeet._tree.prose import prose_text

    iom = Organization(
        name="International Organization for Migration", abbreviation="IOM"
    )
    halvorsen = Person(
        honorific="Ms.",
        given_name="Ingrid",
        family_name="Halvorsen",
        function="Director",
        organization=iom,
    )
    prose = Prose(text="x", parts=(halvorsen, " of the ", iom, " will speak."))
    text, _ = prose_text(prose)
    assert text == (
        "Ms. Ingrid Halvorsen of the International Organization for Migration "
        "(IOM) will speak."
    )
