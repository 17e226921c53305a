"""The example report's PDF, read back: what a reader and a viewer see.

The example is rendered once per session (see ``conftest.py``).
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader
from pypdf.generic import Destination

from migmeet import Organization, Term, report_pdf, sort_abbreviations

BLANK_NOTICE = "This page is intentionally left blank"


@cache
def _reader(path: Path) -> PdfReader:
    return PdfReader(path)


@pytest.fixture
def pdf(fifteenth_pdf: Path) -> PdfReader:
    return _reader(fifteenth_pdf)


@cache
def _texts(path: Path) -> tuple[str, ...]:
    return tuple(" ".join(page.extract_text().split()) for page in _reader(path).pages)


@pytest.fixture
def texts(fifteenth_pdf: Path) -> tuple[str, ...]:
    return _texts(fifteenth_pdf)


def _page_index(pdf: PdfReader, texts: tuple[str, ...], title: str) -> int:
    return next(i for i, text in enumerate(texts) if text.startswith(title))


def body_text(pdf: PdfReader, texts: tuple[str, ...]) -> str:
    start = _page_index(pdf, texts, "REPORT OF THE FIFTEENTH")
    return " ".join(texts[start:])


def test_page_labels_front_matter_roman_body_arabic(
    pdf: PdfReader, texts: tuple[str, ...]
) -> None:
    labels = pdf.page_labels
    body = _page_index(pdf, texts, "REPORT OF THE FIFTEENTH")
    assert labels[:body] == ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"][:body]
    assert labels[body:] == [str(n) for n in range(1, len(labels) - body + 1)]
    assert labels[_page_index(pdf, texts, "PREFACE")] == "iii"


def test_printed_page_numbers_equal_the_labels(
    pdf: PdfReader, texts: tuple[str, ...]
) -> None:
    for label, text in zip(pdf.page_labels, texts, strict=True):
        if text.startswith(("FIFTEENTH", BLANK_NOTICE)) or not text:
            continue  # the cover and blank pages carry no number
        assert text.endswith(" " + label), (label, text[-40:])


def _contents(texts: tuple[str, ...]) -> list[tuple[str, str]]:
    text = next(t for t in texts if t.startswith("CONTENTS"))
    # pypdf reads a space into the leader where its last dots are written
    # with the page number; on the page the dots run on evenly.
    entries = re.findall(
        r"(.+?) \.{3,}(?: \.+)? ?([ivx]+|\d+)(?: |$)", text.removeprefix("CONTENTS ")
    )
    return [(" ".join(title.split()), number) for title, number in entries]


def test_contents_numbers_equal_the_labels_of_the_heading_pages(
    pdf: PdfReader, texts: tuple[str, ...]
) -> None:
    entries = _contents(texts)
    titles = [title for title, _ in entries]
    assert titles[:3] == [
        "PREFACE",
        "EXPLANATORY NOTES",
        "REPORT OF THE FIFTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION",
    ]
    assert titles[3] == "I. Opening of the meeting"
    assert titles[11] == "IX. Closing of the meeting"
    assert titles[12] == "Annex I Agenda"
    contents_page = _page_index(pdf, texts, "CONTENTS")
    for title, number in entries:
        heading = title.upper()
        found = [
            i
            for i, text in enumerate(texts)
            if i != contents_page and heading in text.upper()
        ]
        assert found, title
        assert pdf.page_labels[found[0]] == number, title


def _outline(
    pdf: PdfReader, items: list[object], depth: int = 0
) -> list[tuple[int, str, str]]:
    rows = []
    for item in items:
        if isinstance(item, list):
            rows += _outline(pdf, item, depth + 1)
        else:
            assert isinstance(item, Destination)
            page = pdf.get_destination_page_number(item)
            rows.append((depth, str(item.title), pdf.page_labels[page]))
    return rows


def test_outline_has_every_part_and_section_at_its_page(
    pdf: PdfReader, texts: tuple[str, ...], fifteenth: ModuleType
) -> None:
    rows = _outline(pdf, pdf.outline)
    top = [title for depth, title, _ in rows if depth == 0]
    assert top == [
        "Preface",
        "Contents",
        "Explanatory notes",
        "Report of the Fifteenth Coordination Meeting on International Migration",
        "Annex I Agenda",
    ]
    chapters = [title for depth, title, _ in rows if depth == 1]
    assert chapters == [f"{i.numeral}. {i.title}" for i in fifteenth.MEETING.agenda]
    contents = dict(_contents(texts))
    for depth, title, label in rows:
        if depth == 1:
            assert contents[title] == label, title


def test_metadata(pdf: PdfReader) -> None:
    meta = pdf.metadata
    assert meta is not None
    assert meta.title == "Fifteenth Coordination Meeting on International Migration"
    assert (
        meta.author == "Population Division, Department of Economic and Social Affairs"
    )
    root = pdf.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert "/CreationDate" not in meta


def test_tagged_pdf(pdf: PdfReader) -> None:
    root = pdf.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in root


def test_fonts_are_liberation_serif_and_embedded(pdf: PdfReader) -> None:
    fonts = {}
    for page in pdf.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (
                font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
                if "/DescendantFonts" in font
                else font["/FontDescriptor"]
            )
            fonts[str(font["/BaseFont"])] = descriptor.get_object()
    assert fonts
    for name, descriptor in fonts.items():
        assert "Liberation-Serif" in name
        assert any(
            key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
        ), name


def test_symbols_link_to_undocs(pdf: PdfReader, fifteenth: ModuleType) -> None:
    uris = set()
    for page in pdf.pages:
        for annotation in page.get("/Annots", []):
            action = annotation.get_object().get("/A", {})
            if "/URI" in action:
                uris.add(str(action["/URI"]))
    expected = {
        f"https://undocs.org/{doc.symbol}"
        for doc in (
            fifteenth.agenda_2030,
            fifteenth.new_york_declaration,
            fifteenth.resolution_56_203,
            fifteenth.resolution_58_208,
        )
    }
    assert uris == expected


def test_blank_notice_only_on_otherwise_empty_left_pages(
    texts: tuple[str, ...],
) -> None:
    blank = [i for i, text in enumerate(texts) if BLANK_NOTICE in text]
    assert blank, "the example has blank pages"
    for index in blank:
        assert texts[index] == BLANK_NOTICE
        assert index % 2 == 1, "a blank page is a left-hand (even) page"
    for index, text in enumerate(texts):
        if index not in blank and index != 1:
            assert text.strip(), f"page {index + 1} is empty without the notice"


def test_each_part_starts_on_a_right_hand_page(
    pdf: PdfReader, texts: tuple[str, ...]
) -> None:
    for title in (
        "PREFACE",
        "CONTENTS",
        "EXPLANATORY NOTES",
        "REPORT OF THE",
        "ANNEX I",
    ):
        assert _page_index(pdf, texts, title) % 2 == 0, title  # odd page number


def test_headings_in_un_style(pdf: PdfReader, texts: tuple[str, ...]) -> None:
    text = body_text(pdf, texts)
    assert "II. IMPLEMENTING THE NEW YORK DECLARATION FOR REFUGEES AND MIGRANTS" in text
    assert "IX. CLOSING OF THE MEETING" in text


def test_title_page_and_imprint(texts: tuple[str, ...]) -> None:
    assert texts[0] == (
        "FIFTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION "
        "New York, 16-17 February 2017 "
        "Department of Economic and Social Affairs Population Division"
    )
    assert texts[1].endswith("United Nations New York, 2017")


def test_first_mentions_in_the_body_text(
    pdf: PdfReader, texts: tuple[str, ...]
) -> None:
    text = body_text(pdf, texts)
    assert text.count("International Organization for Migration (IOM)") == 1
    assert (
        "Mr. William Lacy Swing, Director General of IOM, called the New York "
        "Declaration" in text
    )
    assert "Mr. Swing set out a vision" in text
    assert (
        "Mr. David Malone, Rector of the United Nations University (UNU), said" in text
    )
    assert (
        "Professor Rey Koslowski, State University of New York at Albany, proposed"
        in text
    )
    # No article before an organization's abbreviation; a term keeps its own
    # ("the SDGs"), as the real reports write it.
    assert re.search(r"\bthe (IOM|UNHCR|GMG|UNU|OECD)\b", text) is None
    assert "the SDGs" in text
    assert not re.search(r"\b(of|and|to|for|in) SDGs\b", text)


def test_no_line_breaks_early_inside_a_sentence(fifteenth_pdf: Path) -> None:
    reader = _reader(fifteenth_pdf)
    texts = _texts(fifteenth_pdf)
    start = _page_index(reader, texts, "REPORT OF THE FIFTEENTH")
    for page in reader.pages[start:]:
        lines = page.extract_text().splitlines()
        for line, following in itertools.pairwise(lines):
            # A line followed by a lower-case continuation is a full line of
            # justified text, not one cut short.
            if following[:1].islower() and not line.endswith("."):
                assert len(line) > 60, (line, following)


def _abbreviation_list(texts: tuple[str, ...]) -> list[str]:
    text = next(t for t in texts if t.startswith("EXPLANATORY NOTES"))
    listing = text.split("present document: ", 1)[1].removesuffix(" vii")
    # Each entry is the abbreviation (capitals, maybe a space and an "s")
    # followed by its capitalized expansion.
    return re.findall(r"([A-Z][A-Z]+(?:s|\s[A-Z]+)?) (?=[A-Z][a-z])", listing)


def test_abbreviation_list_equals_what_the_body_uses_in_order(
    pdf: PdfReader, texts: tuple[str, ...], fifteenth: ModuleType
) -> None:
    listed = _abbreviation_list(texts)
    assert listed == sort_abbreviations(listed)
    known = {
        value.abbreviation
        for value in vars(fifteenth).values()
        if isinstance(value, Organization | Term) and value.abbreviation
    }
    text = body_text(pdf, texts) + " " + texts[_page_index(pdf, texts, "PREFACE")]
    used = {a for a in known if re.search(rf"\({re.escape(a)}\)", text)}
    assert set(listed) == used
    assert {"UNDAF", "UN DESA", "UNDP", "UNITAR", "UN MGCY", "UNSD"} <= used


def test_same_input_gives_the_same_bytes(
    fifteenth: ModuleType, fifteenth_pdf: Path
) -> None:
    assert report_pdf(fifteenth.REPORT).data == fifteenth_pdf.read_bytes()


def test_the_screen_edition_leaves_no_blank_page(tmp_path: Path) -> None:
    import io as _io

    from pypdf import PdfReader as _Reader

    from folders import BASE_TOML, write_folder
    from migmeet import load_folder, report_pdf

    def pages(edition: str) -> list[str]:
        toml = BASE_TOML + f'\n[report]\nedition = "{edition}"\n'
        folder = write_folder(tmp_path / edition, {"meeting.toml": toml})
        reader = _Reader(_io.BytesIO(report_pdf(load_folder(folder)).data))
        texts = [page.extract_text() for page in reader.pages]
        assert len(reader.page_labels) == len(texts)
        return [*texts, *reader.page_labels]

    printed, screen = pages("print"), pages("screen")
    assert any("intentionally left blank" in text for text in printed)
    assert not any("intentionally left blank" in text for text in screen)
    assert len(screen) < len(printed)
    # The body starts at page 1 in both.
    assert "1" in screen
