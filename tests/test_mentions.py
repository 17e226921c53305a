"""Mentions render by UN practice over the finished document tree."""

from __future__ import annotations

import random

import attrs
import pytest
from docutils import nodes
from hypothesis import given
from hypothesis import strategies as st

from migmeet import (
    Document,
    Organization,
    Person,
    Report,
    Section,
    Term,
    emphasis,
    footnote,
    p,
    report_document,
    report_html,
)
from strategies import meeting, reports

IOM = Organization(name="International Organization for Migration", abbreviation="IOM")
UNU = Organization(name="United Nations University", abbreviation="UNU")
DIVISION = Organization(name="Population Division")
ALBANY = Organization(
    name="State University of New York at Albany", definite_article=False
)
SDGS = Term(
    name="Sustainable Development Goals", abbreviation="SDGs", definite_article=True
)
NYD = Document(
    title="New York Declaration for Refugees and Migrants", symbol="A/RES/71/1"
)
SWING = Person(
    honorific="Mr.",
    given_name="William Lacy",
    family_name="Swing",
    function="Director General",
    organization=IOM,
)
MALONE = Person(
    honorific="Mr.",
    given_name="David",
    family_name="Malone",
    function="Rector",
    organization=UNU,
)
KOSLOWSKI = Person(
    honorific="Professor",
    given_name="Rey",
    family_name="Koslowski",
    organization=ALBANY,
)
NAKAMITSU = Person(
    honorific="Ms.",
    given_name="Izumi",
    family_name="Nakamitsu",
    function="Special Adviser",
)


def tree(*sections: Section, preface: tuple[object, ...] = ()) -> nodes.document:
    report = Report(meeting=meeting(), preface=list(preface), sections=list(sections))
    return report_document(report)


def part_text(document: nodes.document, ident: str) -> str:
    section = document.ids[ident]
    return " ".join(par.astext() for par in section.findall(nodes.paragraph))


def body(*paragraphs: object) -> str:
    document = tree(Section(item=1, paragraphs=list(paragraphs)))
    return part_text(document, "item-1")


def test_person_first_in_full_then_honorific_and_family_name() -> None:
    text = body(p(SWING, " referred to the Declaration."), p(SWING, " closed."))
    assert text == (
        "Mr. William Lacy Swing, Director General of the International Organization "
        "for Migration (IOM), referred to the Declaration. Mr. Swing closed."
    )


def test_apposition_takes_no_comma_before_punctuation() -> None:
    assert body(p("The floor went to ", NAKAMITSU, ".")) == (
        "The floor went to Ms. Izumi Nakamitsu, Special Adviser."
    )


def test_organization_in_apposition_has_no_article() -> None:
    assert body(p(KOSLOWSKI, " proposed a fund.")) == (
        "Professor Rey Koslowski, State University of New York at Albany, "
        "proposed a fund."
    )


def test_organization_spelled_out_once_then_abbreviated_without_article() -> None:
    text = body(
        p("The work of ", IOM, " grew."), p("Then the ", IOM, " and ", IOM, " met.")
    )
    assert text == (
        "The work of the International Organization for Migration (IOM) grew. "
        "Then IOM and IOM met."
    )
    assert "the IOM" not in text


def test_article_capitalized_at_sentence_start() -> None:
    assert body(p(IOM, " spoke. ", UNU, " agreed.")) == (
        "The International Organization for Migration (IOM) spoke. "
        "The United Nations University (UNU) agreed."
    )


def test_written_article_is_absorbed_not_doubled() -> None:
    assert body(p("The ", DIVISION, " met the ", DIVISION, ".")) == (
        "The Population Division met the Population Division."
    )


def test_person_first_mention_introduces_their_organization() -> None:
    assert body(p(SWING, " spoke."), p(IOM, " agreed.")) == (
        "Mr. William Lacy Swing, Director General of the International Organization "
        "for Migration (IOM), spoke. IOM agreed."
    )


def test_organization_already_known_is_abbreviated_in_a_first_person_mention() -> None:
    text = body(p(IOM, " opened."), p(SWING, " spoke."))
    assert "Mr. William Lacy Swing, Director General of IOM, spoke." in text


def test_term_and_document() -> None:
    document = tree(
        Section(item=1, paragraphs=[p("The ", SDGS, " and ", NYD, " and ", SDGS, ".")])
    )
    assert part_text(document, "item-1") == (
        "The Sustainable Development Goals (SDGs) and A/RES/71/1 and the SDGs."
    )
    links = list(document.ids["item-1"].findall(nodes.reference))
    assert [link["refuri"] for link in links] == ["https://undocs.org/A/RES/71/1"]


def test_mentions_in_footnotes_and_emphasis_count_in_reading_order() -> None:
    text = body(
        p("A", footnote("See ", IOM, "."), " and ", emphasis(IOM), " and ", IOM, ".")
    )
    assert (
        text
        == "ASee the International Organization for Migration (IOM). and IOM and IOM."
    )


def test_preface_and_body_each_spell_out_afresh() -> None:
    document = tree(
        Section(item=1, paragraphs=[p(IOM, " spoke.")]), preface=(p(IOM, " wrote."),)
    )
    assert "(IOM)" in part_text(document, "preface")
    assert "(IOM)" in part_text(document, "item-1")


def test_first_mention_is_in_the_section_read_first_not_built_first() -> None:
    later = Section(item=2, paragraphs=[p(SWING, " closed.")])
    earlier = Section(item=1, paragraphs=[p(SWING, " opened.")])
    document = tree(later, earlier)
    assert part_text(document, "item-1").startswith("Mr. William Lacy Swing,")
    assert part_text(document, "item-2") == "Mr. Swing closed."


def _abbreviation_forms(document: nodes.document, ident: str) -> list[tuple[str, bool]]:
    """Each abbreviation in the part, and whether it stands spelled out."""
    forms = []
    for node in document.ids[ident].findall(nodes.abbreviation):
        previous = (
            node.parent[node.parent.index(node) - 1]
            if node.parent.index(node)
            else None
        )
        spelled_out = previous is not None and previous.astext().endswith(
            node["explanation"] + " ("
        )
        forms.append((node.astext(), spelled_out))
    return forms


@given(reports())
def test_each_abbreviation_is_spelled_out_exactly_at_its_first_use(
    report: Report,
) -> None:
    document = report_document(report)
    for ident in ("preface", "report"):
        first_seen: set[str] = set()
        for abbreviation, spelled_out in _abbreviation_forms(document, ident):
            assert spelled_out == (abbreviation not in first_seen)
            first_seen.add(abbreviation)


@given(reports())
def test_each_person_is_named_in_full_once_per_part(report: Report) -> None:
    document = report_document(report)
    text = part_text(document, "report")
    for person in report.meeting.people:
        full = f"{person.honorific} {person.full_name}"
        mentioned = any(
            m == person
            for s in report.sections
            for par in s.paragraphs
            for m in par.content
        )
        assert text.count(full) == (1 if mentioned else 0)


@given(reports(), st.randoms(use_true_random=False))
def test_any_order_of_building_gives_the_same_rendered_text(
    report: Report, rng: random.Random
) -> None:
    shuffled = list(report.sections)
    rng.shuffle(shuffled)
    rebuilt = attrs.evolve(report, sections=shuffled)
    assert report_html(rebuilt) == report_html(report)


IMRF = Term(
    name="International Migration Review Forum",
    abbreviation="IMRF",
    definite_article=True,
)
GOALS = Term(name="Sustainable Development Goals", abbreviation="SDGs")


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # A term keeps the article its author writes...
        (
            ("Progress on the ", GOALS, " and the ", GOALS, " was reviewed."),
            "Progress on the Sustainable Development Goals (SDGs) and the SDGs "
            "was reviewed.",
        ),
        # ...and its definition's, abbreviated too ("the IMRF")...
        (
            ("She welcomed ", IMRF, ". Delegations prepared for ", IMRF, "."),
            "She welcomed the International Migration Review Forum (IMRF). "
            "Delegations prepared for the IMRF.",
        ),
        # ...but never a second one after the author's determiner.
        (
            ("He recalled the first ", IMRF, " and its ", IMRF, "."),
            "He recalled the first International Migration Review Forum (IMRF) "
            "and its IMRF.",
        ),
        # An organization's abbreviation takes no article...
        (
            (IOM, " spoke. The members of the ", IOM, " agreed."),
            "The International Organization for Migration (IOM) spoke. The "
            "members of IOM agreed.",
        ),
        # ...unless the article belongs to the noun after it.
        (
            ("She praised the ", IOM, " Development Fund and the ", IOM, " Council."),
            "She praised the International Organization for Migration (IOM) "
            "Development Fund and the IOM Council.",
        ),
    ],
)
def test_articles_before_terms_and_organizations(
    parts: tuple[object, ...], expected: str
) -> None:
    document = tree(Section(item=1, paragraphs=[p(*parts)]))
    assert part_text(document, "item-1") == expected
