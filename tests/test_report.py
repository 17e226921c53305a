"""The report DSL: its values and the mistakes it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from migmeet import (
    AgendaItem,
    InvalidValueError,
    MigmeetError,
    Organization,
    Report,
    ReportError,
    Section,
    Subsection,
    footnote,
    p,
)
from strategies import meeting

IOM = Organization(name="International Organization for Migration", abbreviation="IOM")


def test_sections_come_in_agenda_order_whatever_order_they_are_given() -> None:
    sections = [Section(item=n, paragraphs=[f"Item {n}."]) for n in (3, 1, 2)]
    report = Report(meeting=meeting(), preface=[], sections=sections)
    assert [s.number for s in report.sections] == [1, 2, 3]


def test_section_for_an_item_not_on_the_agenda() -> None:
    with pytest.raises(
        ReportError, match="agenda item 4, but the agenda has items 1 to 3"
    ):
        Report(
            meeting=meeting(), preface=[], sections=[Section(item=4, paragraphs=["x."])]
        )


def test_section_for_a_different_agenda_item() -> None:
    item = AgendaItem(number=2, title="Something else")
    with pytest.raises(
        ReportError, match="'Something else' is not for the meeting's agenda item II"
    ):
        Report(
            meeting=meeting(),
            preface=[],
            sections=[Section(item=item, paragraphs=["x."])],
        )


def test_two_sections_for_one_item() -> None:
    sections = [Section(item=1, paragraphs=["a."]), Section(item=1, paragraphs=["b."])]
    with pytest.raises(ReportError, match="agenda item I has two sections"):
        Report(meeting=meeting(), preface=[], sections=sections)


def test_a_lone_subsection_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="lone sub-heading"):
        Section(item=1, subsections=[Subsection(title="Only one", paragraphs=["x."])])


def test_an_empty_section_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="neither paragraphs nor subsections"):
        Section(item=1)


@pytest.mark.parametrize("content", [(), ("",), ("  ", " ")])
def test_an_empty_paragraph_is_refused(content: tuple[str, ...]) -> None:
    with pytest.raises(InvalidValueError, match=r"^Paragraph\.content: .* is empty"):
        p(*content)


def test_a_part_of_unknown_kind_is_refused() -> None:
    with pytest.raises(
        InvalidValueError, match=r"Paragraph\.content\[1\]: 42 is not text"
    ):
        p("Figures: ", 42)  # type: ignore[arg-type]


def test_a_footnote_inside_a_footnote_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="only a paragraph may hold"):
        footnote("See ", footnote("this."))  # type: ignore[arg-type]


def test_an_abbreviation_meaning_two_things_in_one_report() -> None:
    other = Organization(name="International Office of Migration", abbreviation="IOM")
    with pytest.raises(MigmeetError, match="'IOM' stands for two names"):
        Report(
            meeting=meeting(organizations=[IOM]),
            preface=[],
            sections=[Section(item=1, paragraphs=[p(other, " spoke.")])],
        )


def test_mentions_are_listed_in_reading_order() -> None:
    nyd = Organization(name="Second body")
    report = Report(
        meeting=meeting(),
        preface=[p(nyd, " wrote.")],
        sections=[Section(item=1, paragraphs=[p(IOM, " spoke.", footnote(nyd, "."))])],
    )
    assert list(report.mentions()) == [nyd, IOM, nyd]


def test_the_author_defaults_to_the_organizer() -> None:
    report = Report(meeting=meeting(), preface=[], sections=[])
    assert (
        report.author_name
        == "Population Division, Department of Economic and Social Affairs"
    )


def imprint_of(page: str) -> str:
    """The imprint page's text, as a reader reads it."""
    import re

    part = page[page.index('id="imprint"') :]
    part = part[: part.index("</div>")]
    return re.sub(r"<[^>]+>", "", part).replace("\u00a0", " ")


def test_the_imprint_gives_the_place_of_publication_not_the_venue(
    tmp_path: Path,
) -> None:
    from folders import BASE_TOML, write_folder
    from migmeet import load_folder, report_html

    bangkok = BASE_TOML.replace(
        'venue = { name = "United Nations Headquarters", city = "New York" }',
        'venue = { name = "United Nations Conference Centre", city = "Bangkok" }',
    )
    page = report_html(
        load_folder(write_folder(tmp_path / "a", {"meeting.toml": bangkok}))
    )
    imprint = imprint_of(page)
    assert "New York, 2017" in imprint
    assert "Bangkok, 2017" not in imprint
    escap = bangkok.replace(
        'division = "Population Division" }',
        'division = "Population Division", place = "Bangkok" }',
    )
    page = report_html(
        load_folder(write_folder(tmp_path / "b", {"meeting.toml": escap}))
    )
    assert "Bangkok, 2017" in imprint_of(page)


def test_the_note_on_symbols_only_where_the_report_cites_one(tmp_path: Path) -> None:
    from folders import write_folder
    from migmeet import load_folder, report_html

    note = "composed of capital letters combined with figures"
    plain = write_folder(tmp_path / "plain")
    assert note not in report_html(load_folder(plain))
    cited = write_folder(
        tmp_path / "cited",
        {"items/01-opening.rst": "The meeting recalled :doc:`nyd`.\n"},
    )
    assert note in report_html(load_folder(cited))
    typed = write_folder(
        tmp_path / "typed",
        {"items/01-opening.rst": "The meeting recalled resolution A/RES/71/1.\n"},
    )
    assert note in report_html(load_folder(typed))
