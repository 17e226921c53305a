"""The meeting model: each invalid value gives one clear MigmeetError."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

from migmeet import (
    OFFICIAL_LANGUAGES,
    AgendaItem,
    BackgroundDocuments,
    Document,
    InvalidValueError,
    MigmeetError,
    Organization,
    Panel,
    Paper,
    Person,
    SideEvent,
)
from strategies import meeting, names

IOM = Organization(name="International Organization for Migration", abbreviation="IOM")


def test_a_valid_meeting_reads_as_desa_writes_it() -> None:
    m = meeting()
    assert m.title == "Fifteenth Coordination Meeting on International Migration"
    assert m.dates == "16-17 February 2017"
    assert m.year == 2017
    assert m.agenda_item(2).numeral == "II"


def test_values_are_frozen_and_changed_with_evolve() -> None:
    m = meeting()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        m.number = 16  # type: ignore[misc]
    assert attrs.evolve(m, number=16).title.startswith("Sixteenth")


def test_fields_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        Organization("International Organization for Migration")  # type: ignore[misc]


def _error(**changes: object) -> InvalidValueError:
    with pytest.raises(MigmeetError) as raised:
        meeting(**changes)
    assert isinstance(raised.value, InvalidValueError)
    return raised.value


def test_last_day_before_first_day() -> None:
    error = _error(last_day=dt.date(2017, 2, 15))
    assert error.field == "Meeting.last_day"
    assert "'2017-02-15' is before the first day, 2017-02-16" in str(error)


@pytest.mark.parametrize("number", [0, -3])
def test_number_below_one(number: int) -> None:
    error = _error(number=number)
    assert str(error) == f"Meeting.number: {number} is below 1"


def test_empty_series() -> None:
    assert _error(series="  ").field == "Meeting.series"


def test_agenda_numbered_out_of_order() -> None:
    error = _error(agenda=[AgendaItem(number=2, title="Opening of the meeting")])
    assert error.field == "Meeting.agenda[0].number"
    assert "should be 1" in str(error)


def test_agenda_of_wrong_type() -> None:
    error = _error(agenda=["Opening of the meeting"])
    assert error.field == "Meeting.agenda[0]"
    assert "is not a AgendaItem" in str(error)


@pytest.mark.parametrize("title", ["", "   "])
def test_empty_titles(title: str) -> None:
    with pytest.raises(InvalidValueError, match=r"^AgendaItem\.title: .* is empty"):
        AgendaItem(number=1, title=title)
    with pytest.raises(InvalidValueError, match=r"^Document\.title: .* is empty"):
        Document(title=title, symbol="A/RES/71/1")


def test_title_with_spaces_at_its_ends() -> None:
    with pytest.raises(InvalidValueError, match="spaces at its ends"):
        AgendaItem(number=1, title=" Opening of the meeting")


def test_agenda_item_number_below_one() -> None:
    with pytest.raises(InvalidValueError, match=r"^AgendaItem\.number: 0 is below 1"):
        AgendaItem(number=0, title="Opening of the meeting")


def test_two_organizations_claiming_one_abbreviation() -> None:
    other = Organization(name="International Office of Migration", abbreviation="IOM")
    error = _error(organizations=[IOM, other])
    assert error.field == "Meeting.organizations"
    assert "'IOM' is claimed by two organizations" in str(error)
    assert "International Office of Migration" in str(error)


def test_clash_through_a_person_organization_is_found() -> None:
    other = Organization(name="International Office of Migration", abbreviation="IOM")
    person = Person(
        honorific="Mr.", given_name="A", family_name="B", organization=other
    )
    assert "claimed by two" in str(_error(organizations=[IOM], people=[person]))


def test_the_same_organization_twice_is_no_clash() -> None:
    person = Person(honorific="Mr.", given_name="A", family_name="B", organization=IOM)
    assert meeting(organizations=[IOM], people=[person]).all_organizations == (IOM,)


def test_malformed_mandate_symbol() -> None:
    with pytest.raises(InvalidValueError) as raised:
        meeting(
            mandate=[Document(title="International migration", symbol="A/RES/58 /208")]
        )
    assert raised.value.field == "Document.symbol"


def test_document_url_must_be_https() -> None:
    with pytest.raises(InvalidValueError, match=r"^Document\.url: .* https://"):
        Document(title="Report", url="http://example.org/report.pdf")


def test_official_document_links_to_undocs() -> None:
    doc = Document(title="New York Declaration", symbol="A/RES/71/1")
    assert doc.link == "https://undocs.org/A/RES/71/1"
    paper = Document(
        title="Paper", symbol="UN/POP/MIG-16CM/2018/1", url="https://un.org/p.pdf"
    )
    assert paper.link == "https://un.org/p.pdf"


@given(names, names)
def test_names_in_any_script_are_kept_intact(given_name: str, family: str) -> None:
    person = Person(honorific="Ms.", given_name=given_name, family_name=family)
    assert person.full_name == f"{given_name} {family}"


def test_family_name_first() -> None:
    liu = Person(
        honorific="Mr.", given_name="Zhenmin", family_name="Liu", family_name_first=True
    )
    assert liu.full_name == "Liu Zhenmin"


def test_person_without_honorific() -> None:
    with pytest.raises(InvalidValueError, match=r"^Person\.honorific"):
        Person(honorific="", given_name="William Lacy", family_name="Swing")


def test_unknown_agenda_item() -> None:
    with pytest.raises(InvalidValueError, match="not on the agenda"):
        meeting().agenda_item(7)


def test_a_paper_is_in_official_languages_each_once() -> None:
    paper = Paper(title="Migration data", organization=IOM, languages=["en", "fr"])
    assert paper.languages == ("en", "fr")
    assert set(Paper(title="Migration data", organization=IOM).languages) <= set(
        OFFICIAL_LANGUAGES
    )
    with pytest.raises(InvalidValueError, match=r"^Paper\.languages\[1\]: 'de'"):
        Paper(title="Migration data", organization=IOM, languages=["en", "de"])
    with pytest.raises(InvalidValueError, match="names a language twice"):
        Paper(title="Migration data", organization=IOM, languages=["en", "en"])


def test_side_events_and_background_documents_are_checked_when_made() -> None:
    event = SideEvent(
        date=dt.date(2017, 2, 16),
        start=dt.time(13, 15),
        end=dt.time(14, 30),
        title="Launch of the report",
        organizer="IOM",
        location="Conference Room 2",
    )
    with pytest.raises(InvalidValueError, match=r"^SideEvent\.title"):
        attrs.evolve(event, title=" ")
    background = BackgroundDocuments(
        documents=[Document(title="New York Declaration", symbol="A/RES/71/1")],
        agenda_item=2,
    )
    assert meeting(side_events=[event], background=[background]).background == (
        background,
    )
    with pytest.raises(InvalidValueError, match=r"^BackgroundDocuments\.agenda_item"):
        BackgroundDocuments(documents=[], agenda_item=0)


def test_two_panels_cannot_share_a_key() -> None:
    panel = Panel(
        key="review",
        title="Reviewing the global compact",
        date=dt.date(2017, 2, 16),
        start=dt.time(15),
        end=dt.time(16, 30),
        background=["The compact is reviewed every four years."],
    )
    assert meeting(panels=[panel]).panels == (panel,)
    error = _error(panels=[panel, attrs.evolve(panel, title="Another panel")])
    assert error.field == "Meeting.panels"
    assert "'review' names two panels" in str(error)
