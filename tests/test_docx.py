"""The report as a Word document: Word's own styles, real footnotes, the
contents as a field, Roman then Arabic page numbers, the same words as the
PDF, the same bytes every time, and a file LibreOffice opens cleanly."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import attrs
import docx
import pytest
from docutils import nodes
from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Cm
from pypdf import PdfReader

from migmeet import (
    RenderError,
    Report,
    load_folder,
    p,
    report_document,
    report_docx,
    write_report_docx,
)
from migmeet._cli import main
from migmeet._tree import footnote_text

ROOT = Path(__file__).resolve().parent.parent
FIFTEENTH = ROOT / "examples" / "series" / "fifteenth"


@pytest.fixture(scope="module")
def report() -> Report:
    return load_folder(FIFTEENTH)


@pytest.fixture(scope="module")
def tree(report: Report) -> nodes.document:
    return report_document(report)


@pytest.fixture(scope="module")
def data(report: Report, tree: nodes.document) -> bytes:
    return report_docx(report, document=tree)


@pytest.fixture(scope="module")
def word(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def _words(text: str) -> str:
    return " ".join(text.split())


def _text_without_footnotes(node: nodes.Element) -> str:
    copy = node.deepcopy()
    for note in list(copy.findall(footnote_text)):
        note.parent.remove(note)
    return _words(copy.astext())


def _styled(word: Document, style_id: str) -> list[str]:
    return [
        _words(paragraph.text)
        for paragraph in word.paragraphs
        if paragraph.style is not None and paragraph.style.style_id == style_id
    ]


def test_chapter_headings_are_heading_1_as_the_pdf_numbers_them(
    word: Document, tree: nodes.document
) -> None:
    chapters = [
        _words(section[0].astext())
        for section in tree.findall(nodes.section)
        if "chapter" in section["classes"]
    ]
    assert chapters[0] == "I. Opening of the meeting"
    assert _styled(word, "Heading1") == chapters
    assert word.styles["Heading 1"].font.bold


def test_paragraphs_are_the_pdf_paragraphs_one_for_one(
    word: Document, tree: nodes.document
) -> None:
    body = next(s for s in tree.findall(nodes.section) if s["ids"] == ["report"])
    expected = [
        _text_without_footnotes(paragraph)
        for paragraph in body.findall(nodes.paragraph)
        if not isinstance(paragraph.parent, nodes.title)
    ]
    # Word prints curved quotes, as the PDF does; the tree keeps them straight.
    straight = str.maketrans("\u2018\u2019\u201c\u201d", "''\"\"")
    written = [paragraph.translate(straight) for paragraph in _styled(word, "Normal")]
    start = written.index(expected[0])
    assert written[start : start + len(expected)] == expected


def test_first_mention_in_full_later_ones_short(word: Document) -> None:
    text = "\n".join(line.text for line in word.paragraphs)
    body = text[text.index("I. Opening of the meeting") :]
    full = "the International Organization for Migration (IOM)"
    assert body.count(full) == 1
    assert "Director General of IOM" in body[body.index(full) :]


def test_footnotes_are_real_word_footnotes(
    data: bytes, word: Document, tree: nodes.document
) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        types = package.read("[Content_Types].xml").decode()
        notes = package.read("word/footnotes.xml").decode()
        relations = package.read("word/_rels/document.xml.rels").decode()
        settings = package.read("word/settings.xml").decode()
    assert 'PartName="/word/footnotes.xml"' in types
    assert "relationships/footnotes" in relations
    assert 'w:type="separator" w:id="-1"' in notes
    assert 'w:type="continuationSeparator" w:id="0"' in notes
    assert "<w:footnotePr>" in settings
    texts = [_words(note.astext()) for note in tree.findall(footnote_text)]
    assert texts[0] == (
        "The series of meetings responds to General Assembly resolutions "
        "56/203 and 58/208."
    )
    plain = _words(re.sub(r"<[^>]+>", "", notes.replace("</w:footnote>", "\n")))
    for text in texts:
        assert text in plain
    references = word.element.body.findall(".//" + qn("w:footnoteReference"))
    assert [r.get(qn("w:id")) for r in references] == [
        str(n) for n in range(1, len(texts) + 1)
    ]
    assert word.styles.element.get_by_id("FootnoteText") is not None
    assert word.styles.element.get_by_id("FootnoteReference") is not None
    # A symbol in a footnote links to its page through the footnotes' part.
    assert "<w:hyperlink r:id=" in notes
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        links = package.read("word/_rels/footnotes.xml.rels").decode()
    assert 'Target="https://undocs.org/A/RES/56/203" TargetMode="External"' in links


def test_abbreviations_are_a_word_table(word: Document, tree: nodes.document) -> None:
    (table,) = word.tables
    rows = [tuple(cell.text for cell in row.cells) for row in table.rows]
    expected = [
        (item[0].astext(), item[1].astext())
        for item in tree.findall(nodes.definition_list_item)
    ]
    assert rows == expected
    assert ("IOM", "International Organization for Migration") in rows


def test_contents_is_a_toc_field_showing_the_entries(word: Document) -> None:
    body = word.element.body
    instructions = [i.text for i in body.iter(qn("w:instrText"))]
    assert ' TOC \\o "1-2" \\h \\z \\u ' in instructions
    entries = _styled(word, "TOC1")
    assert entries[:2] == ["Preface", "Explanatory notes"]
    assert "I. Opening of the meeting" in entries
    kinds = [c.get(qn("w:fldCharType")) for c in body.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"]
    assert word.settings.element.find(qn("w:updateFields")) is not None


def test_front_matter_in_roman_numerals_body_from_1(word: Document) -> None:
    formats = []
    for section in word.sections:
        numbers = section._sectPr.find(qn("w:pgNumType"))
        formats.append((numbers.get(qn("w:fmt")), numbers.get(qn("w:start"))))
        footer = section.footer._element
        assert " PAGE " in [i.text for i in footer.iter(qn("w:instrText"))]
    assert formats == [("lowerRoman", "1"), ("decimal", "1")]


def test_properties_and_fonts(word: Document, report: Report) -> None:
    properties = word.core_properties
    assert properties.title == report.meeting.title
    assert properties.author == report.author_name
    assert properties.created is not None
    assert properties.created.date() == report.meeting.last_day
    normal = word.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size is None or normal.font.size.pt == 11
    assert word.styles.element.get_by_id("FootnoteText").rPr.sz_val.pt == 9


def test_same_report_same_bytes(report: Report, data: bytes) -> None:
    assert report_docx(report) == data
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert {info.date_time for info in package.infolist()} == {
            (1980, 1, 1, 0, 0, 0)
        }
        names = package.namelist()
    assert names[0] == "[Content_Types].xml"
    assert "docProps/thumbnail.jpeg" not in names
    assert "word/stylesWithEffects.xml" not in names


def test_lists_images_and_links_of_the_sample(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    assert main(["new", str(folder)]) == 0
    path = write_report_docx(load_folder(folder), tmp_path / "sample.docx")
    word = docx.Document(str(path))
    styles = {x.style.style_id for x in word.paragraphs if x.style is not None}
    assert {"ListNumber", "ListBullet", "Heading2"} <= styles
    assert word.inline_shapes  # the figure
    assert word.inline_shapes[0].width <= word.sections[0].page_width
    body = word.element.body
    assert any(h.get(qn("r:id")) for h in body.iter(qn("w:hyperlink")))
    assert any(h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink")))


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_command_refuses_an_error_unless_forced_and_writes_beside(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "m"
    assert main(["new", str(folder)]) == 0
    code, out, err = _run("docx", str(folder))
    assert (code, err) == (0, "")
    assert (folder / "report.docx").is_file()
    assert out.splitlines()[-1].startswith(f"wrote {folder / 'report.docx'}: ")
    item = folder / "items" / "04-closing.rst"
    item.write_text(item.read_text() + "\nThe figures are TBC.\n")
    target = tmp_path / "out.docx"
    code, _, err = _run("docx", str(folder), "-o", str(target))
    assert code == 1
    assert f"migmeet docx {folder} -o {target} --force" in err
    assert not target.exists()
    assert _run("docx", str(folder), "-o", str(target), "--force")[0] == 0
    assert target.read_bytes().startswith(b"PK")
    code, _, err = _run("docx", str(folder), "-o", str(folder / "meeting.toml"))
    assert code == 1
    assert "would replace meeting.toml, the meeting's data file" in err


@pytest.fixture(scope="module")
def libreoffice_pdf(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> PdfReader:
    """The Word document converted by LibreOffice, once for the module."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is needed: apt-get install libreoffice-writer-nogui"
    folder = tmp_path_factory.mktemp("libreoffice")
    (folder / "report.docx").write_bytes(data)
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder / 'profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(folder / "report.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return PdfReader(folder / "report.pdf")


def test_libreoffice_opens_it_and_sets_the_pages(
    libreoffice_pdf: PdfReader, tree: nodes.document
) -> None:
    pages = [_words(page.extract_text()) for page in libreoffice_pdf.pages]
    text = " ".join(pages).lower()
    for section in tree.findall(nodes.section):
        if "chapter" in section["classes"]:
            assert _words(section[0].astext()).lower() in text
    assert "the series of meetings responds to general assembly resolutions" in text
    # The preface's page ends with its number in Roman figures, the
    # report's first page with 1.
    preface = next(page for page in pages if page.startswith("PREFACE"))
    assert preface.endswith(" iii")
    first = next(page for page in pages if page.startswith("REPORT OF THE FIFTEENTH"))
    assert first.endswith(" 1")


def test_text_word_cannot_hold_is_a_render_error(report: Report) -> None:
    section = report.sections[0]
    broken = attrs.evolve(
        section, paragraphs=(p("A control \x01 character."), *section.paragraphs)
    )
    with pytest.raises(RenderError, match="cannot be written to Word"):
        report_docx(attrs.evolve(report, sections=(broken, *report.sections[1:])))


def test_the_cover_logo_stays_within_its_box(tmp_path: Path) -> None:
    folder = tmp_path / "m"
    assert main(["new", str(folder)]) == 0
    toml = folder / "meeting.toml"
    toml.write_text(
        toml.read_text()
        .replace('# logo = "figures/logo.png"', 'logo = "figures/migrants.png"')
        .replace('# symbol = "ST/ESA/SER.A/400"', 'symbol = "ST/ESA/SER.A/400"')
    )
    word = docx.Document(io.BytesIO(report_docx(load_folder(folder))))
    logo = word.inline_shapes[0]
    assert logo.width <= Cm(6)
    assert logo.height <= Cm(3)
    assert word.paragraphs[0].text == "ST/ESA/SER.A/400"
