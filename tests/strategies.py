"""Hypothesis strategies for migmeet's values and rules."""

from __future__ import annotations

import datetime as dt
import string

from hypothesis import strategies as st

from migmeet import (
    AgendaItem,
    Document,
    Meeting,
    Organization,
    Organizer,
    Person,
    Report,
    Section,
    Term,
    Venue,
    p,
)

#: Dates a meeting series could plausibly have.
days = st.dates(min_value=dt.date(1946, 1, 1), max_value=dt.date(2200, 12, 31))

#: Numbers an ordinal word is written for.
ordinal_numbers = st.integers(min_value=1, max_value=999_999_999)

#: Numbers Roman numerals are written for.
roman_numbers = st.integers(min_value=1, max_value=3999)

_caps = string.ascii_uppercase
_word = st.text(alphabet=_caps + string.digits, min_size=1, max_size=6).filter(
    lambda w: w[0].isalpha()
)
#: Well-formed abbreviations: "IOM", "UN DESA", "SDGs", "G77".
abbreviations = st.builds(
    lambda words, plural: " ".join(words) + ("s" if plural else ""),
    st.lists(_word, min_size=1, max_size=3),
    st.booleans(),
)

#: Names in any script, with diacritics: letters, single inner spaces.
names = st.lists(
    st.text(
        alphabet=st.characters(categories=["Lu", "Ll", "Lo"]), min_size=1, max_size=10
    ),
    min_size=1,
    max_size=3,
).map(" ".join)

_series = st.sampled_from(["A", "E", "S", "ST", "UN", "CEDAW", "UNEP", "TD"])
_piece = st.text(alphabet=_caps + string.digits, min_size=1, max_size=5)
_part = st.lists(_piece, min_size=1, max_size=3).flatmap(
    lambda pieces: st.sampled_from([".", "-"]).map(lambda sep: sep.join(pieces))
)
_suffix = st.builds(
    lambda kind, n: f"{kind}.{n}",
    st.sampled_from(["Add", "Rev", "Corr", "Amend"]),
    st.integers(min_value=1, max_value=99),
)
#: Well-formed document symbols: "A/RES/71/1", "UN/POP/MIG-16CM/2018/1".
symbols = st.builds(
    lambda series, parts, suffixes: "/".join([series, *parts, *suffixes]),
    _series,
    st.lists(_part, min_size=1, max_size=4),
    st.lists(_suffix, max_size=2),
)


@st.composite
def organizations(draw: st.DrawFn, count: int = 4) -> list[Organization]:
    """Organizations with distinct names and distinct abbreviations."""
    abbrs = draw(st.lists(abbreviations, min_size=count, max_size=count, unique=True))
    return [
        Organization(
            name=f"Organization {index} of {draw(names)}",
            abbreviation=abbr if draw(st.booleans()) else None,
            definite_article=draw(st.booleans()),
        )
        for index, abbr in enumerate(abbrs)
    ]


@st.composite
def people(draw: st.DrawFn, orgs: list[Organization], count: int = 3) -> list[Person]:
    """People with distinct family names, some with a function and organization."""
    return [
        Person(
            honorific=draw(st.sampled_from(["Mr.", "Ms.", "Ambassador", "Professor"])),
            given_name=draw(names),
            family_name=f"{draw(names)} {index}",
            function=draw(st.none() | st.just("Director")),
            organization=draw(st.none() | st.sampled_from(orgs)),
        )
        for index in range(count)
    ]


def meeting(agenda_size: int = 3, **changes: object) -> Meeting:
    """A valid meeting; ``changes`` replace its fields."""
    fields: dict[str, object] = {
        "series": "Coordination Meeting on International Migration",
        "number": 15,
        "first_day": dt.date(2017, 2, 16),
        "last_day": dt.date(2017, 2, 17),
        "venue": Venue(name="United Nations Headquarters", city="New York"),
        "organizer": Organizer(
            department="Department of Economic and Social Affairs",
            division="Population Division",
        ),
        "agenda": [
            AgendaItem(number=n, title=f"Agenda item number {n}")
            for n in range(1, agenda_size + 1)
        ],
    }
    fields.update(changes)
    return Meeting(**fields)  # type: ignore[arg-type]


_filler = st.sampled_from(
    [" said that ", " and ", ". Then ", ", with ", " spoke. ", " noted "]
)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """Reports whose paragraphs mix text with mentions of generated entities."""
    orgs = draw(organizations())
    persons = draw(people(orgs))
    terms = [Term(name="Sustainable Development Goals", abbreviation="SDGs")]
    document = Document(title="A resolution", symbol=draw(symbols))
    entities = st.sampled_from([*orgs, *persons, *terms, document])
    paragraph = st.lists(st.tuples(entities, _filler), min_size=1, max_size=5).map(
        lambda pairs: p("Text: ", *[part for pair in pairs for part in pair])
    )
    agenda_size = 3
    sections = [
        Section(item=n, paragraphs=draw(st.lists(paragraph, min_size=1, max_size=3)))
        for n in range(1, agenda_size + 1)
    ]
    return Report(
        meeting=meeting(agenda_size, organizations=orgs, people=persons),
        preface=draw(st.lists(paragraph, max_size=2)),
        sections=sections,
    )


def wrong_values() -> st.SearchStrategy[object]:
    """Values a careless script passes where the model expects something
    else: None, numbers, flags, datetimes, strings, lists of the wrong thing."""
    import datetime as dt

    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-5, 5),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=5),
        st.datetimes(
            min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2030, 1, 1)
        ),
        st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1)),
        st.just(object()),
        st.binary(max_size=3),
    )
    return st.one_of(
        scalars,
        st.lists(scalars, max_size=3),
        st.dictionaries(st.text(max_size=3), scalars, max_size=2),
    )


@st.composite
def edited_text(draw: st.DrawFn, text: str) -> str:
    """``text`` with a few random edits a careless hand makes: a line
    dropped, doubled or moved, a value replaced, stray characters typed."""
    lines = text.split("\n")
    junk = st.sampled_from(
        [
            '"',
            "=",
            "[",
            "]",
            "[[x]]",
            "{",
            "}",
            "1",
            "true",
            "2017-13-45",
            "'",
            "\\",
            "\\u001b",
            "\u202e",
            "x = 1",
            "[people.",
            "#",
            "\t",
            "é",
            "\x00",
            ",",
            "..",
        ]
    )
    for _ in range(draw(st.integers(1, 4))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "double", "junk", "value", "move"]))
        if action == "drop":
            del lines[index]
        elif action == "double":
            lines.insert(index, lines[index])
        elif action == "move":
            lines.insert(draw(st.integers(0, len(lines))), lines.pop(index))
        elif action == "value" and "=" in lines[index]:
            key = lines[index].split("=", 1)[0]
            lines[index] = f"{key}= {draw(junk)}"
        else:
            line = lines[index]
            at = draw(st.integers(0, len(line)))
            lines[index] = line[:at] + draw(junk) + line[at:]
    return "\n".join(lines)
