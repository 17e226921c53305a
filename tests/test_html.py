"""The HTML page: generated lists, links, escaping, metadata."""

from __future__ import annotations

import html.parser
import re
from types import ModuleType

from docutils import nodes

from migmeet import (
    Annex,
    Organization,
    Report,
    Section,
    Subsection,
    Term,
    p,
    report_document,
    report_html,
)
from strategies import meeting

IOM = Organization(name="International Organization for Migration", abbreviation="IOM")
UNDP = Organization(name="United Nations Development Programme", abbreviation="UNDP")
UNUSED = Organization(name="Unused Organization", abbreviation="UO")
CRRF = Term(name="comprehensive refugee response framework", abbreviation="CRRF")


def _unmarked(page: str) -> str:
    """The page without the spans that keep capitalized words unhyphenated
    and a title's two last words together."""
    return re.sub(r'<span class="(?:proper|keep)">([^<]*)</span>', r"\1", page)


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def simple_report(*paragraphs: object, **fields: object) -> Report:
    return Report(
        meeting=meeting(organizations=[IOM, UNDP, UNUSED]),
        preface=["A preface."],
        sections=[Section(item=1, paragraphs=list(paragraphs) or ["Text."])],
        **fields,  # type: ignore[arg-type]
    )


def abbreviation_entries(report: Report) -> list[tuple[str, str]]:
    document = report_document(report)
    (listing,) = [
        node
        for node in document.findall(nodes.definition_list)
        if "abbreviations" in node["classes"]
    ]
    return [(item[0].astext(), item[1].astext()) for item in listing.children]


def test_abbreviation_list_holds_exactly_what_the_text_uses_sorted() -> None:
    report = simple_report(p(UNDP, " and ", IOM, " met on the ", CRRF, "."))
    assert abbreviation_entries(report) == [
        ("CRRF", "Comprehensive refugee response framework"),
        ("IOM", "International Organization for Migration"),
        ("UNDP", "United Nations Development Programme"),
    ]


def test_author_can_add_abbreviations_to_the_list() -> None:
    report = simple_report(p(IOM, " spoke."), abbreviations=[UNUSED])
    assert [a for a, _ in abbreviation_entries(report)] == ["IOM", "UO"]


def test_contents_link_every_part_and_section_in_order() -> None:
    report = Report(
        meeting=meeting(),
        preface=["Preface."],
        sections=[
            Section(item=2, paragraphs=["Two."]),
            Section(
                item=1,
                subsections=[
                    Subsection(title="First", paragraphs=["a."]),
                    Subsection(title="Second", paragraphs=["b."]),
                ],
            ),
        ],
        annexes=[Annex(title="Agenda", paragraphs=["I. Opening."])],
    )
    page = parse(report_html(report))
    toc_links = [
        a["href"]
        for tag, a in page.tags
        if tag == "a" and a.get("class") == "reference internal"
    ]
    assert toc_links == [
        "#preface",
        "#explanatory-notes",
        "#report",
        "#item-1",
        "#item-2",
        "#annex-1",
    ]
    ids = [a["id"] for _, a in page.tags if "id" in a]
    for link in toc_links:
        assert link[1:] in ids
    assert "item-1-A" in ids
    assert "item-1-B" in ids


def test_user_text_is_escaped() -> None:
    evil = Organization(name='<script>alert("x")</script> & Co', abbreviation="EVIL")
    report = simple_report(p("<b>bold</b> & <img src=x onerror=alert(1)> ", evil, "."))
    page = _unmarked(report_html(report))
    assert "<script>" not in page
    assert "<img" not in page
    assert "<b>" not in page
    assert "&lt;script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    # Escaped, its straight quotes set as curved ones.
    assert "&lt;script&gt;alert(\u201cx\u201d)&lt;/script&gt; &amp; Co (EVIL)" in page


def test_straight_quotes_print_curved_but_literal_text_stays_as_typed() -> None:
    report = simple_report(
        p("The President's \"global compact\" and the migrants' rights.")
    )
    page = _unmarked(report_html(report))
    assert "The President\u2019s \u201cglobal compact\u201d" in page
    assert "the migrants\u2019 rights." in page
    tree_text = report_document(report).astext()
    assert 'President\'s "global compact"' in tree_text


def test_page_carries_language_title_and_author() -> None:
    page = parse(report_html(simple_report()))
    assert ("html", {"lang": "en"}) in page.tags
    metas = {a.get("name"): a.get("content") for tag, a in page.tags if tag == "meta"}
    assert (
        metas["author"]
        == "Population Division, Department of Economic and Social Affairs"
    )


def test_abbreviations_are_plain_text_in_the_page() -> None:
    page = _unmarked(report_html(simple_report(p(IOM, " and ", IOM, "."))))
    assert "<abbr" not in page
    assert "International Organization for Migration (IOM) and IOM." in page


def test_example_heading_keeps_number_and_agenda_title(fifteenth: ModuleType) -> None:
    page = _unmarked(report_html(fifteenth.REPORT))
    # Capitals come from CSS, so that the outline and contents keep the
    # agenda's sentence case; the PDF tests read the capitals back.
    assert (
        '<h2><span class="number">II.</span> '
        "Implementing the New York Declaration for Refugees and Migrants</h2>"
    ) in page
