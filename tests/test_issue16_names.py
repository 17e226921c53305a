"""Issue 16, names: the article of an abbreviation used attributively, the
false alarms on correct text, and the data file's strings checked by
every text rule at their lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from docutils import nodes

from folders import BASE_TOML, write_folder
from migmeet import check_folder, load_folder, report_document

ITEM_1 = "items/01-opening.rst"
ICPD = """
[organizations.icpd]
name = "International Conference on Population and Development"
abbreviation = "ICPD"
"""


def item_text(root: Path) -> str:
    section = report_document(load_folder(root)).ids["item-1"]
    return " ".join(
        " ".join(par.astext().split()) for par in section.findall(nodes.paragraph)
    )


@pytest.mark.parametrize(
    ("source", "printed"),
    [
        (
            "They drew on the lessons of the :org:`icpd` Programme of Action.",
            "the lessons of the International Conference on Population and "
            "Development (ICPD) Programme of Action.",
        ),
        (
            "They used the :org:`icpd` *Programme of Action*.",
            "They used the International Conference",
        ),
        (
            "They read the :org:`icpd` `Programme of Action <https://x.org>`_.",
            "They read the International Conference",
        ),
        (
            "The :org:`icpd` met. They used the :org:`icpd` *Programme of Action*.",
            "They used the ICPD Programme of Action.",
        ),
        ("The :org:`icpd` met. Later the :org:`icpd` said so.", "Later ICPD said so."),
    ],
)
def test_an_abbreviation_used_attributively_keeps_the_nouns_article(
    tmp_path: Path, source: str, printed: str
) -> None:
    root = write_folder(
        tmp_path, {"meeting.toml": BASE_TOML + ICPD, ITEM_1: source + "\n"}
    )
    assert printed in item_text(root)


def codes_at(root: Path) -> list[tuple[str, str | None, int | None, str]]:
    return [(f.code, f.file, f.line, f.text) for f in check_folder(root)]
