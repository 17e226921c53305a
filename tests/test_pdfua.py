"""The report, programme and concept note are PDF/UA-1 (pdfua and own checks)."""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from pikepdf import Name

import migmeet
from pdfua_checks import checker_errors, elements, is_element, kids, own_errors

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def pdfs() -> dict[str, bytes]:
    report = migmeet.load_folder(EXAMPLES / "series" / "fifteenth")
    sixteenth = migmeet.load_folder(EXAMPLES / "series" / "sixteenth")
    meeting = sixteenth.meeting
    return {
        "report": migmeet.report_pdf(report).data,
        "programme": migmeet.programme_pdf(meeting).data,
        "concept note": migmeet.concept_note_pdf(meeting, meeting.panels[0].key).data,
    }


@pytest.fixture(scope="module")
def report(pdfs: dict[str, bytes]) -> Iterator[pikepdf.Pdf]:
    with pikepdf.open(io.BytesIO(pdfs["report"])) as pdf:
        yield pdf


@pytest.mark.parametrize("name", ["report", "programme", "concept note"])
def test_pdfua_checker_reports_no_error(pdfs: dict[str, bytes], name: str) -> None:
    assert checker_errors(pdfs[name]) == []


@pytest.mark.parametrize("name", ["report", "programme", "concept note"])
def test_own_pdfua_checks_pass(pdfs: dict[str, bytes], name: str) -> None:
    assert own_errors(pdfs[name]) == []


def test_xmp_declares_pdfua_1_and_the_title(report: pikepdf.Pdf) -> None:
    meta = report.open_metadata()
    assert meta["pdfuaid:part"] == "1"
    assert (
        meta["dc:title"] == "Fifteenth Coordination Meeting on International Migration"
    )
    assert report.Root.ViewerPreferences.DisplayDocTitle is True
    assert str(report.Root.Lang) == "en"


def test_page_numbers_are_artifacts(report: pikepdf.Pdf) -> None:
    # The last page's only text outside the tree is its page number.
    page = report.pages[-1]
    artifacts = []
    inside = False
    for operands, operator in pikepdf.parse_content_stream(page):
        if str(operator) == "BDC" and operands[0] == Name.Artifact:
            inside = True
        elif str(operator) == "EMC":
            inside = False
        elif str(operator) in ("Tj", "TJ") and inside:
            artifacts.append(operands)
    assert artifacts
    assert all(
        str(kind.get("/Type")) in ("/Pagination", "/Layout")
        for ops, op in pikepdf.parse_content_stream(page)
        if str(op) == "BDC" and ops[0] == Name.Artifact
        for kind in [ops[1]]
    )


def test_contents_are_a_toc_of_linked_items(report: pikepdf.Pdf) -> None:
    (toc,) = [e for e in elements(report) if e.S == Name.TOC]
    items = [k for k in kids(toc) if is_element(k)]
    assert len(items) == 13
    assert all(item.S == Name.TOCI for item in items)
    assert all(
        any(is_element(k) and Name.Link == k.S for k in kids(item)) for item in items
    )


def test_footnotes_are_notes_after_their_references(report: pikepdf.Pdf) -> None:
    notes = [e for e in elements(report) if Name.Note == e.S]
    assert len(notes) == 2
    for number, note in enumerate(notes, 1):
        assert str(note.ID) == f"note-{number}"
        siblings = kids(note.P)
        position = next(i for i, k in enumerate(siblings) if k.objgen == note.objgen)
        assert Name.Reference == siblings[position - 1].S
        assert Name.Lbl == kids(note)[0].S


def test_lists_have_labels_and_bodies(report: pikepdf.Pdf) -> None:
    lists = [e for e in elements(report) if e.S == Name.L]
    assert lists
    for element in lists:
        for item in (k for k in kids(element) if is_element(k) and k.S == Name.LI):
            assert [str(k.S) for k in kids(item)] == ["/Lbl", "/LBody"]


def test_headings_start_at_one_and_do_not_skip(report: pikepdf.Pdf) -> None:
    levels = [
        int(str(e.S)[2:])
        for e in elements(report)
        if str(e.S) in {f"/H{n}" for n in range(1, 7)}
    ]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_same_input_same_bytes(pdfs: dict[str, bytes]) -> None:
    again = migmeet.report_pdf(
        migmeet.load_folder(EXAMPLES / "series" / "fifteenth")
    ).data
    assert again == pdfs["report"]
