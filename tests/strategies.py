"""Hypothesis strategies for migmeet's values and rules."""

from __future__ import annotations

import datetime as dt
import re
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
_official = st.sampled_from(["A", "E", "S", "ST", "CEDAW", "UNEP", "TD"])
_piece = st.text(alphabet=_caps + string.digits, min_size=1, max_size=5)
_part = (
    st.lists(_piece, min_size=1, max_size=3)
    .flatmap(
        lambda pieces: st.sampled_from([".", "-"]).map(lambda sep: sep.join(pieces))
    )
    .filter(lambda part: part != "RES")  # resolutions have a grammar of their own
)
_suffix = st.one_of(
    st.builds(
        lambda kind, n: f"{kind}.{n}",
        st.sampled_from(["Add", "Rev", "Corr", "Amend"]),
        st.integers(min_value=1, max_value=99),
    ),
    st.just("Summary"),
)
_qualifier = st.sampled_from(
    ["", "", " (Part I)", " (Part II)", " (Vol. I)", " (Sect. 27)", " (Prog. 7)"]
)
_number = st.integers(min_value=1, max_value=9999).map(str)
_year = st.integers(min_value=1946, max_value=2099).map(str)
#: Well-formed symbols of the general grammar: "A/C.3/71/L.5/Rev.1",
#: "UN/POP/MIG-16CM/2018/1", "A/73/12 (Part II)", "A/73/12 (Part I)/Add.1".
general_symbols = st.builds(
    lambda series, parts, qualifier, suffixes: "/".join(
        [series, *parts[:-1], parts[-1] + qualifier, *suffixes]
    ),
    _series,
    st.lists(_part, min_size=1, max_size=4),
    _qualifier,
    st.lists(_suffix, max_size=2),
)
#: Resolutions: "A/RES/73/195", "S/RES/2240 (2015)", "A/HRC/RES/40/1",
#: "A/RES/S-21/2", "E/RES/2019/1", with their corrections.
resolution_symbols = st.one_of(
    st.builds("A/RES/{}/{}".format, _number, _number),
    st.builds("A/RES/{}-{}/{}".format, st.sampled_from(["S", "ES"]), _number, _number),
    st.builds("S/RES/{} ({})".format, _number, _year),
    st.builds("E/RES/{}/{}".format, _year, _number),
    st.builds("A/HRC/RES/{}/{}".format, _number, _number),
).flatmap(
    lambda symbol: st.sampled_from(["", "/Corr.1", "/Rev.1"]).map(
        lambda suffix: symbol + suffix
    )
)
#: Sessional documents: "A/C.3/73/L.5", "E/CN.9/2019/2/Add.1", "A/73/L.66/Rev.1".
sessional_symbols = st.one_of(
    st.builds("A/C.{}/{}/L.{}".format, _number, _number, _number),
    st.builds("E/CN.{}/{}/{}".format, _number, _year, _number),
    st.builds("A/{}/L.{}".format, _number, _number),
    st.builds("A/HRC/{}/L.{}".format, _number, _number),
    st.builds("A/INF/{}/{}".format, _number, _number),
    st.builds("ST/ESA/SER.A/{}".format, _number),
).flatmap(
    lambda symbol: st.sampled_from(["", "/Add.1", "/Rev.2", "/Corr.1"]).map(
        lambda suffix: symbol + suffix
    )
)
#: A document issued under two symbols: "A/73/100–S/2018/600".
joint_symbols = st.builds(
    "{}/{}/{}–{}/{}/{}".format, _official, _number, _number, _official, _year, _number
)
#: Well-formed document symbols of every form.
symbols = st.one_of(general_symbols, resolution_symbols, sessional_symbols)
all_symbols = st.one_of(symbols, joint_symbols)


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


# --- Prose for the rules' benchmark and their time limit ----------------------

_SPEAKERS = [
    "The representative of Mexico",
    "Ms. Kelley",
    "Mr. Swing",
    "The Director of the Population Division",
    "A representative of the World Bank",
    "The observer for the European Union",
    "Ambassador Lauber",
    "The Special Rapporteur",
    "Ms. Quispe",
    "The representative of Ghana",
    "Mr. Novák",
    "The delegate of the Philippines",
]
_VERBS = [
    "said that",
    "noted that",
    "recalled that",
    "stressed that",
    "explained that",
    "reported that",
    "added that",
    "warned that",
    "observed that",
]
_SUBJECTS = [
    "the global compact",
    "the regional review",
    "the national statistical office",
    "the capacity-building mechanism",
    "the new survey of household income",
    "the network of focal points",
    "the working group on migration data",
    "the census round of 2020",
    "the programme for returning migrants",
    "the guide on recruitment costs",
    "the fund for local authorities",
    "the platform for labour mobility",
]
_PREDICATES = [
    "would be presented to the Commission in {year}",
    "had reached {n} countries in {region}",
    "could lower the cost of remittances by {n} per cent",
    "relied on administrative records linked across {n} ministries",
    "had been tested in {region} with the support of partners",
    "would need {n} million dollars over the next {n} years",
    "had improved the coverage of the data on {topic}",
    "should pay attention to {topic} and to {topic}",
    "was a priority for the countries of {region}",
    "had been discussed at {n} regional meetings since {year}",
]
_REGIONS = [
    "Latin America",
    "West Africa",
    "South-East Asia",
    "the Caribbean",
    "Central Asia",
    "the Pacific",
    "Eastern Europe",
    "North Africa",
]
_TOPICS = [
    "women migrant workers",
    "unaccompanied children",
    "the return of migrants",
    "internal migration",
    "climate-related displacement",
    "the integration of refugees",
    "diaspora investment",
    "the recognition of skills",
    "access to health care",
    "irregular migration",
]
_CLAUSES = [
    "",
    ", provided that funding was found",
    ", as the Compact required",
    " in close cooperation with civil society",
    ", although the results were still preliminary",
    " before the end of the biennium",
    ", in line with the 2030 Agenda",
]


def prose(size: int, seed: int = 0) -> list[str]:
    """Paragraphs of a meeting report's prose, ``size`` characters in all:
    sentences of speakers, subjects and predicates drawn at random, varied
    as a real report is, with few near repeats (a plain generator, not a
    strategy: the benchmark of the rules uses it too)."""
    import random

    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            predicate = rng.choice(_PREDICATES).format(
                year=rng.randint(2015, 2030),
                n=rng.randint(10, 90),
                region=rng.choice(_REGIONS),
                topic=rng.choice(_TOPICS),
            )
            predicate = predicate.replace("{topic}", rng.choice(_TOPICS))
            sentences.append(
                f"{rng.choice(_SPEAKERS)} {rng.choice(_VERBS)} "
                f"{rng.choice(_SUBJECTS)} {predicate}{rng.choice(_CLAUSES)}."
            )
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return paragraphs


# --- Editing notes ------------------------------------------------------------


def _any_case(text: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(text), max_size=len(text)).map(
        lambda upper: "".join(
            c.upper() if up else c.lower() for c, up in zip(text, upper, strict=True)
        )
    )


#: Editing notes found whatever their case: "TBC", "tbd", "To Be Confirmed".
notes_any_case = st.sampled_from(
    [
        "TBC",
        "TBD",
        "TBA",
        "TODO",
        "FIXME",
        "XX",
        "XXX",
        "XXXX",
        "to be confirmed",
        "to be determined",
        "to be announced",
        "[insert name]",
        "[insert the date]",
        "[figures to come]",
        "[text to come]",
        "[TK]",
        "[TBC]",
        "[check figure]",
    ]
).flatmap(_any_case)


def _edits(word: str) -> list[str]:
    """The misspellings of UPDATE, TODO or TBD that the rule reads as notes:
    two letters swapped, a letter typed twice, and for UPDATE any other
    edit inside the word (a letter left out, changed or slipped in)."""
    letters = string.ascii_uppercase
    swaps = range(len(word) - 1)
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in swaps}
    out |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
    if word == "UPDATE":
        out |= {word[:i] + word[i + 1 :] for i in range(len(word))}
        out |= {word[:i] + c + word[i + 1 :] for i in range(len(word)) for c in letters}
        out |= {word[:i] + c + word[i:] for i in range(1, len(word)) for c in letters}
    return sorted(out - {word, "UPRATE"})


#: Misspelt notes in capitals: "UDPATE", "TOOD", "TDB", "TODDO", "UPDTE".
misspelt_notes = st.sampled_from(
    sorted({m for w in ("UPDATE", "TODO", "TBD") for m in _edits(w)})
)

#: Words around a note: lower-case prose with no note in it.
plain_words = st.lists(
    st.sampled_from(
        re.findall(
            r"\w+",
            "the meeting report would participants said data countries on and "
            "next year review for of their number was given as date venue",
        )
    ),
    max_size=6,
).map(" ".join)


# --- Numerals -------------------------------------------------------------------

_small = st.integers(min_value=1, max_value=9)
_any_number = st.integers(min_value=0, max_value=999)
_big = st.integers(min_value=10, max_value=9999)
_month = st.sampled_from(
    re.findall(
        r"\w+",
        "January February March April May June July August September October "
        "November December",
    )
)
_numbered_thing = st.sampled_from(
    re.findall(
        r"[\w ]+\w",
        "article, paragraph, room, conference room, Goal, target, resolution, "
        "annex, chapter, session, item, page, table, figure, panel, day, Session, "
        "paragraphs, Article, section",
    )
)
_n = _any_number.map(str)


def _series_with_a_big_one(numbers: list[int], big: int, at: int) -> str:
    # UN style writes thousands with a comma, and a figure of four alone is
    # a year: "In 2019, 3 countries" is no series.
    *first, last = (f"{n:,}" for n in [*numbers[:at], big, *numbers[at:]])
    return f"{', '.join(first)} and {last}"


#: Numbers written in figures where UN style writes figures: votes, times,
#: percentages, units and sums, dates, numbered things, decimals, ranges,
#: and series in which one number is 10 or more; each with random numbers.
figures_in_their_place = st.one_of(
    st.builds("by {} to {}".format, _n, _n),
    st.builds("by a recorded vote of {} to {}, with {} abstentions".format, _n, _n, _n),
    st.builds("by {} votes to {}".format, _n, _n),
    st.builds("at {} p.m.".format, st.integers(1, 12)),
    st.builds("at {} a.m.".format, st.integers(1, 12)),
    st.builds("at {}.{:02d} a.m.".format, st.integers(1, 12), st.integers(0, 59)),
    st.builds("{} per cent".format, _n),
    st.builds("{} percent".format, _n),
    st.builds("{}%".format, _n),
    st.builds("{}.{} per cent".format, _n, st.integers(0, 9)),
    st.builds("{} km".format, _n),
    st.builds("{} million".format, _n),
    st.builds("USD {} billion".format, _n),
    st.builds("${}".format, _n),
    st.builds(
        "from {} to {} {}".format, st.integers(1, 31), st.integers(1, 31), _month
    ),
    st.builds(
        "on {} {} {}".format, st.integers(1, 31), _month, st.integers(1946, 2100)
    ),
    st.builds("{}-{} {}".format, st.integers(1, 31), st.integers(1, 31), _month),
    st.builds("{} and {} {}".format, st.integers(1, 31), st.integers(1, 31), _month),
    st.builds("{} {}".format, _numbered_thing, _n),
    st.builds("{} {} and {}".format, _numbered_thing, _n, _n),
    st.builds("target {}.{}".format, _n, _n),
    st.builds("resolution {}/{}".format, _n, _n),
    st.builds("{}.{}".format, _n, _n),
    st.builds("{}-{} cases".format, _n, _n),
    st.builds("{}–{} cases".format, _n, _n),
    st.builds("between {} and {} countries".format, _small, _big),
    st.builds("between {} and {} countries".format, _big, _small),
    st.builds(
        "{} States".format,
        st.builds(
            _series_with_a_big_one,
            st.lists(_small, min_size=1, max_size=3),
            _big,
            st.integers(0, 3),
        ),
    ),
)

#: Sentences made only of figures in their place.
sentences_of_figures = st.lists(figures_in_their_place, min_size=1, max_size=5).map(
    lambda clauses: f"The Committee noted that {'; '.join(clauses)}."
)

_plural_nouns = st.sampled_from(
    re.findall(
        r"\w+",
        "countries delegations speakers members States questions points reports "
        "regions partners projects surveys meetings workshops proposals agencies",
    )
)
_prose_before = st.sampled_from(
    [
        "Only",
        "The Committee heard that",
        "Participants said that",
        "There were",
        "She noted that",
        "In all,",
        "He added that only",
        "The secretariat had received",
    ]
)
_prose_after = st.sampled_from(
    ["spoke.", "had reported.", "were present.", "in the region.", "to date.", ""]
)

#: A figure under 10 and a plural noun in ordinary prose, where UN style
#: writes the word: (the text, the figure).
small_figures_in_prose = st.tuples(
    _prose_before, _small, _plural_nouns, _prose_after
).map(lambda parts: (f"{parts[0]} {parts[1]} {parts[2]} {parts[3]}".strip(), parts[1]))


# --- Names spelled out ----------------------------------------------------------

_name_words = st.sampled_from(
    re.findall(
        r"\w+",
        "International Organization Migration Commission Population Development "
        "Economic Social Council Fund Programme Office Regional Statistical "
        "Labour Refugees Children Committee Bank World Network Forum",
    )
)
_small_word = st.sampled_from(["of", "for", "on", "and", "of the", "for the"])


def _named(first: str, rest: list[tuple[str, str]]) -> str:
    words = [first]
    for small, word in rest:
        words += [small, word] if small else [word]
    return " ".join(words)


#: Names of organizations as the text spells them out: capitalized words,
#: with small words between some ("Commission on Population and Development").
spelled_names = st.builds(
    _named,
    _name_words,
    st.lists(
        st.tuples(st.one_of(st.just(""), _small_word), _name_words),
        min_size=1,
        max_size=4,
    ),
)


def initials(name: str) -> str:
    """The abbreviation of a name: the initials of its capitalized words."""
    return "".join(word[0] for word in name.split() if word[0].isupper())


_percentage = st.builds(
    "{}{}".format,
    st.one_of(_n, st.builds("{}.{}".format, _n, st.integers(0, 9))),
    st.sampled_from(["%", " %", " percent", " per cent"]),
)
_small_count = st.builds("{} {}".format, _small, _plural_nouns)

#: Sentences with numbers and percentages, right and wrong: "In 2019, 3
#: countries reported that 8% of 258 million migrants ...".
numeric_sentences = st.lists(
    st.one_of(_small_count, _percentage, figures_in_their_place, _big.map(str)),
    min_size=1,
    max_size=6,
).flatmap(
    lambda pieces: st.lists(
        st.sampled_from([" and ", ", ", " of ", " with ", "; ", ". ", " in "]),
        min_size=len(pieces),
        max_size=len(pieces),
    ).map(
        lambda joins: (
            "".join(
                join + piece for join, piece in zip(joins, pieces, strict=True)
            ).lstrip(" ,;.")
            + "."
        )
    )
)


def _right_summary_examples() -> list[str]:
    from migmeet import CHECKS

    return [
        example
        for check in CHECKS.values()
        if check.shown_in == "summary"
        for example in check.right
    ]


#: A paragraph of the rule catalogue's right examples, each sentence a
#: different one, in any order: text every rule should leave alone.
right_paragraphs = st.lists(
    st.sampled_from(_right_summary_examples()), min_size=1, max_size=8, unique=True
).map(" ".join)


# --- markup left in the text a reader sees -----------------------------------

_un_word = st.text(
    alphabet=st.sampled_from(
        "abcdefghijklmnopqrstuvwxyzéèçñøüåABCDEFGHIJKLMNOPQRSTUVWXYZ"
    ),
    min_size=1,
    max_size=12,
)
_un_tokens = st.one_of(
    _un_word,
    st.builds("{}{}".format, _un_word, st.sampled_from(",.;:!?)")),
    st.builds("({}".format, _un_word),
    st.builds("'{}'".format, _un_word),
    st.builds("“{}”".format, _un_word),
    st.builds("{}:{:02d}".format, st.integers(0, 23), st.integers(0, 59)),
    st.builds("{}.{:02d} a.m.".format, st.integers(1, 12), st.integers(0, 59)),
    st.builds("{}:{}".format, st.integers(1, 20), st.integers(1, 20)),
    st.builds("5 * {}".format, st.integers(0, 99)),
    st.sampled_from(
        [
            "e.g.:",
            "i.e.",
            "A/RES/73/195",
            "A/73/L.66*",
            "E/CN.9/2019/2*",
            "A/HRC/40/L.1/Rev.1*",
            "* Reissued for technical reasons.",
            "https://www.un.org/en/development/desa/population/migration/index.asp",
            "https://undocs.org/A/RES/73/195?lang=en#para_3",
            "population@un.org",
            "first.last+cmim@un.org",
            "...",
            "…",
            "–",
            "—",
            "per cent",
            "US$ 5.5 billion",
            "1,000",
            "20:00–21:00",
            "Note:",
            "Theme: Migration:",
            "(a)",
            "para. 3",
            "10.00 a.m.–1.00 p.m.",
            "¹",
            "2*",
        ]
    ),
)

#: Correct United Nations text: words, punctuation, times ("10:00",
#: "10.00 a.m."), ratios ("3:1"), document symbols (with an asterisk too),
#: addresses and e-mail addresses, "e.g.:", the asterisk of a footnote,
#: arithmetic ("5 * 3"), in lines; markup left in it finds nothing.
un_prose = st.lists(
    st.tuples(_un_tokens, st.sampled_from([" ", " ", " ", "\n"])),
    min_size=1,
    max_size=40,
).map(lambda pairs: "".join(token + sep for token, sep in pairs).strip())

_QUOTE_PAIRS = [("`", "`"), ("'", "'"), ('"', '"'), ("‘", "’"), ("“", "”")]

#: Role syntax left in a text: ":person:`sharma`", ":org:'iom'", any
#: ":word:" followed by a backtick or a quotation mark, or a meeting role
#: with a space for its backtick (":term: gcm").
role_like = st.one_of(
    st.builds(
        lambda name, key, quotes: f":{name}:{quotes[0]}{key}{quotes[1]}",
        st.from_regex(r"[A-Za-z][a-z_-]{0,12}", fullmatch=True),
        st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True),
        st.sampled_from(_QUOTE_PAIRS),
    ),
    st.builds(
        ":{}: {}".format,
        st.sampled_from(["person", "org", "term", "doc"]),
        st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True),
    ),
)
