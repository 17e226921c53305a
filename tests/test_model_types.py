"""A wrong type anywhere in the Python API is a MigmeetError naming the field,
never a TypeError from deep inside and never silent garbage."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import migmeet
from migmeet import (
    InvalidValueError,
    MigmeetError,
    Organization,
    Person,
    Report,
    Section,
    format_date,
    format_date_range,
)
from strategies import meeting, wrong_values

MEETING = meeting()
SAMPLES: dict[str, Any] = {
    "Meeting": MEETING,
    "Organization": Organization(name="International Organization for Migration"),
    "Person": Person(honorific="Ms.", given_name="Ana", family_name="Ruiz"),
    "Section": Section(item=1, paragraphs=["The meeting opened."]),
    "Report": Report(
        meeting=MEETING, preface=[], sections=[Section(item=1, paragraphs=["x."])]
    ),
    "AgendaItem": MEETING.agenda[0],
    "Venue": MEETING.venue,
    "Organizer": MEETING.organizer,
}
FIELDS = [
    (name, field.name)
    for name, value in SAMPLES.items()
    for field in attrs.fields(type(value))
]


@pytest.mark.parametrize(("cls", "field"), FIELDS)
@settings(max_examples=25, deadline=None)
@given(value=wrong_values())
def test_any_wrong_value_is_refused_as_a_migmeet_error_or_taken(
    cls: str, field: str, value: object
) -> None:
    # Either it is taken (a list for a tuple, say) or refused with a
    # MigmeetError that names where the mistake is; never another exception.
    try:
        attrs.evolve(SAMPLES[cls], **{field: value})
    except MigmeetError as error:
        message = str(error)
        assert re.match(r"[A-Z]\w+(\.\w+|\[| \d)", message), message


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"first_day": dt.datetime(2017, 2, 16, 10, 0)}, "Meeting.first_day"),
        ({"agenda": None}, "Meeting.agenda"),
        ({"number": "15"}, "Meeting.number"),
        ({"number": True}, "Meeting.number"),
        ({"objectives": 3}, "Meeting.objectives"),
    ],
)
def test_named_wrong_types(changes: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        attrs.evolve(MEETING, **changes)
    assert raised.value.field == field


def test_a_flag_must_be_true_or_false() -> None:
    with pytest.raises(InvalidValueError, match=r"Organization\.definite_article"):
        Organization(name="Group of 77", definite_article="no")  # type: ignore[arg-type]


def test_dates_refuse_what_is_not_a_date() -> None:
    with pytest.raises(InvalidValueError, match="is not a date"):
        format_date(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="is not a date"):
        format_date_range(dt.date(2017, 2, 16), "2017-02-17")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="locale"):
        format_date(dt.date(2017, 2, 16), locale="xx_NOPE")


@given(st.sampled_from(sorted(migmeet.__all__)))
def test_every_public_class_is_typed(name: str) -> None:
    value = getattr(migmeet, name)
    # Results migmeet makes (findings, a rendered PDF, a loaded or built
    # series) are not values a user builds, so their fields are not checked.
    made = ("Finding", "Check", "Locator", "RenderedPdf")
    made += ("Series", "SeriesMeeting", "SeriesBuild", "MeetingBuild")
    made += ("ImportResult", "Unmapped", "Leftover")
    if attrs.has(value) and name not in made:
        for field in attrs.fields(value):
            assert field.validator is not None, f"{name}.{field.name}"
