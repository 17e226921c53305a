"""``migmeet import``: a Word draft written as a folder's summaries.

The drafts are made here with python-docx; it has no footnote API, so
:func:`_with_footnotes` writes the footnotes part into the .docx itself.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import migmeet
from migmeet import MigmeetError, import_draft, load_folder, report_document
from migmeet._cli import main

# A paragraph's text, marked "[[N]]" where footnote N stands.
Spec = list[tuple[str, str | list[str]]]

_FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
    "</w:footnote>"
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
    "<w:continuationSeparator/></w:r></w:p></w:footnote>"
    "{notes}</w:footnotes>"
)
_NOTE_XML = (
    '<w:footnote w:id="{n}"><w:p><w:r><w:t xml:space="preserve">{text}</w:t>'
    "</w:r></w:p></w:footnote>"
)


def _with_footnotes(data: bytes, notes: list[str]) -> bytes:
    """The .docx ``data`` with ``notes`` as real Word footnotes, placed where
    the text says "[[1]]", "[[2]]" ..."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = re.sub(
                    rb"<w:t[^>]*>\[\[(\d+)\]\]</w:t>",
                    rb'<w:footnoteReference w:id="\1"/>',
                    content,
                )
            elif item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="'
                    b"application/vnd.openxmlformats-officedocument."
                    b'wordprocessingml.footnotes+xml"/>'
                    b"</Types>",
                )
            elif item.filename == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.'
                    b"org/officeDocument/2006/relationships/footnotes"
                    b'" Target="footnotes.xml"/>'
                    b"</Relationships>",
                )
            target.writestr(item, content)
        body = "".join(
            _NOTE_XML.format(n=n, text=text) for n, text in enumerate(notes, 1)
        )
        target.writestr("word/footnotes.xml", _FOOTNOTES_XML.format(notes=body))
    return out.getvalue()


def _draft(path: Path, spec: Spec, notes: list[str] = ()) -> Path:  # type: ignore[assignment]
    """A draft: ("h1", text) headings, ("p", text) paragraphs (runs
    "**bold**" bold), ("ul", [items]) bullets."""
    document = docx.Document()
    for kind, content in spec:
        if kind in ("h1", "h2"):
            document.add_heading(content, int(kind[1]))
        elif kind == "ul":
            for item in content:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            document.add_table(rows=1, cols=2).cell(0, 0).text = "UN DESA"
        elif kind == "t":  # plain text, as typed
            document.add_paragraph(content)
        else:
            paragraph = document.add_paragraph()
            assert isinstance(content, str)
            for index, run in enumerate(re.split(r"\*\*", content)):
                if run:
                    paragraph.add_run(run).bold = index % 2 == 1
                    if "[[" in run:  # a footnote mark stands alone in its run
                        paragraph.runs[-1].text = ""
                        for piece in re.split(r"(\[\[\d+\]\])", run):
                            paragraph.add_run(piece)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    path.write_bytes(_with_footnotes(data, list(notes)) if notes else data)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The sample folder without its summaries."""
    target = tmp_path / "meeting"
    assert main(["new", str(target)], io.StringIO(), io.StringIO()) == 0
    shutil.rmtree(target / "items")
    (target / "preface.rst").unlink()
    (target / "introduction.rst").unlink()
    return target


AGENDA_TITLES = [
    "The global compact for safe, orderly and regular migration: An overview",
    "The global migration compact: Review and follow-up",
    "International migration: A tool for global development?",
    "Closing of the meeting",
]

FULL = (
    "Ms. Laura Thompson, International Organization for Migration (IOM), "
    "opened the meeting."
)
SHORT = (
    "Ms. Thompson said that IOM and the Sustainable Development Goals (SDGs) mattered."
)


def _full_draft(path: Path) -> Path:
    spec: Spec = [
        ("p", "Report of the Sixteenth Coordination Meeting"),
        ("h1", "Contents"),
        ("p", "I. Overview 1"),
        ("table", ""),
        ("h1", "Preface"),
        ("p", "The meeting was held in New York."),
        (
            "h1",
            f"I. {AGENDA_TITLES[0]}",
        ),
        ("p", FULL),
        ("p", SHORT + "[[1]]"),
        ("p", "Some **bold** words and A/RES/71/1 were cited."),
        ("ul", ["first point;", "second point."]),
        ("table", ""),
        ("h1", "II"),
        ("p", "The Zorblax Foundation and the WXYZ spoke."),
        ("h1", "Miscellaneous remarks"),
        ("p", "Lost words."),
        ("h1", "III. International migration: A tool for global development?"),
        ("p", "Mr. Liu closed the debate."),
        ("h1", "IV. Closing of the meeting"),
        ("p", "The meeting closed."),
    ]
    return _draft(path, spec, ["Its text is online."])


def _report_text(folder: Path) -> str:
    return " ".join(report_document(load_folder(folder)).astext().split())


def test_a_draft_becomes_summaries_that_build_the_same_text(
    folder: Path, tmp_path: Path
) -> None:
    result = import_draft(_full_draft(tmp_path / "d.docx"), folder)
    names = sorted(p.relative_to(folder).as_posix() for p in result.written)
    assert names == [
        "items/01-the-global-compact-for.rst",
        "items/02-the-global-migration-compact.rst",
        "items/03-international-migration-a-tool.rst",
        "items/04-closing-of-the-meeting.rst",
        "preface.rst",
    ]
    first = (folder / "items/01-the-global-compact-for.rst").read_text()
    assert first.startswith(":person:`thompson`, opened the meeting.\n")
    assert (
        ":person:`thompson` said that :org:`iom` and the :term:`sdgs` mattered.\\ [#]_"
        in first
    )
    assert "**bold**" in first
    assert ":doc:`new_york_declaration`" in first
    assert "- first point;\n- second point." in first
    assert ".. [#] Its text is online." in first
    assert "Contents" not in first
    assert "Report of" not in (folder / "preface.rst").read_text()
    findings = migmeet.check_folder(folder)
    assert not migmeet.has_errors(findings), [str(f) for f in findings]
    text = _report_text(folder)
    assert FULL in text
    assert (
        "Ms. Thompson said that IOM and the Sustainable Development Goals (SDGs) "
        "mattered." in text
    )
    assert "Its text is online." in text


def test_what_cannot_be_mapped_is_listed_with_its_place(
    folder: Path, tmp_path: Path
) -> None:
    result = import_draft(_full_draft(tmp_path / "d.docx"), folder)
    listed = [str(u) for u in result.unmapped]
    assert any("'Miscellaneous remarks' is not an agenda item" in u for u in listed)
    assert any(
        u.startswith("II, paragraph 1 ('The Zorblax Foundation")
        and "'Zorblax Foundation' is not in the data file" in u
        for u in listed
    )
    assert any("'WXYZ' is not in the data file" in u for u in listed)
    # The table of the body is listed; the one of the front matter is not.
    tables = [u for u in listed if "a table was left out" in u]
    assert tables == ["I, after paragraph 4: a table was left out"]
    assert not any("Thompson" in u or "IOM" in u for u in listed)


def test_existing_summaries_are_replaced_only_with_force(
    folder: Path, tmp_path: Path
) -> None:
    draft = _full_draft(tmp_path / "d.docx")
    (folder / "items").mkdir()
    mine = folder / "items" / "01-mine.rst"
    mine.write_text("My own summary.\n")
    with pytest.raises(MigmeetError, match=r"01-mine\.rst.*force=True"):
        import_draft(draft, folder)
    assert mine.read_text() == "My own summary.\n"
    assert not (folder / "preface.rst").exists()  # nothing written at all
    result = import_draft(draft, folder, force=True)
    assert mine in result.replaced
    assert "thompson" in mine.read_text()


def test_the_command_says_what_it_wrote_and_refuses_bad_drafts(
    folder: Path, tmp_path: Path
) -> None:
    out, err = io.StringIO(), io.StringIO()
    draft = _full_draft(tmp_path / "d.docx")
    assert main(["import", str(draft), str(folder)], out, err) == 0
    assert "wrote" in out.getvalue()
    assert "Zorblax" in out.getvalue()
    assert main(["import", str(draft), str(folder)], out, err) == 1
    assert "--force" in err.getvalue()
    for name, data in [("empty.docx", b""), ("text.docx", b"not a zip")]:
        bad = tmp_path / name
        bad.write_bytes(data)
        err = io.StringIO()
        assert main(["import", str(bad), str(folder), "--force"], out, err) == 1
        assert f"{bad}:" in err.getvalue()
        assert "Traceback" not in err.getvalue()


def test_a_zip_bomb_is_refused_before_it_is_unpacked(
    folder: Path, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (70 * 2**20))
    with pytest.raises(MigmeetError, match="MB"):
        import_draft(bomb, folder)


#: Paragraph text with every character rst gives a meaning to, and any
#: other (lower case, so that no name of the data file is found in it).
_SPECIAL_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("ab 19.,;:()[]*_`|\\<>-#=+'\"&/")),
        st.characters(categories=["Ll", "Nd", "P", "Sm", "Sc", "Zs"]),
    ),
    min_size=1,
).filter(lambda text: bool(text.strip()))


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(_SPECIAL_TEXT, min_size=1, max_size=3))
def test_any_paragraph_text_survives_the_import(
    folder: Path, tmp_path: Path, paragraphs: list[str]
) -> None:
    spec: Spec = [("h1", f"I. {AGENDA_TITLES[0]}")]
    spec += [("t", text) for text in paragraphs]
    for number, title in enumerate(AGENDA_TITLES[1:], 2):
        spec += [
            ("h1", f"{'I' * number if number < 4 else 'IV'}. {title}"),
            ("p", "Done."),
        ]
    import_draft(_draft(tmp_path / "p.docx", spec), folder, force=True)
    text = _report_text(folder)
    for paragraph in paragraphs:
        assert " ".join(paragraph.split()) in text


FIFTEENTH = Path(__file__).parent.parent / "examples" / "series" / "fifteenth"


@pytest.fixture(scope="module")
def fifteenth_as_word(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fifteenth's report as LibreOffice turns its HTML into Word (the
    one conversion of this module): headings, plain paragraphs, names as
    text, the front matter before the body."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("word")
    page = folder / "report.html"
    page.write_text(migmeet.report_html(load_folder(FIFTEENTH)), encoding="utf-8")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", page.name],
        cwd=folder,
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(folder)},
    )
    return folder / "report.docx"


def test_the_fifteenth_in_word_imports_into_the_same_report(
    fifteenth_as_word: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "fifteenth"
    copy.mkdir()
    shutil.copy(FIFTEENTH / "meeting.toml", copy)
    result = import_draft(fifteenth_as_word, copy)
    assert len(result.written) == 12  # preface, introduction, 9 items, 1 annex
    assert not migmeet.has_errors(migmeet.check_folder(copy))
    assert _report_text(copy) == _report_text(FIFTEENTH)


def test_the_fifteenth_exported_to_word_and_imported_builds_the_same_report(
    tmp_path: Path,
) -> None:
    # The round trip of the issue: migmeet's own Word export of the
    # fifteenth, imported into a copy of its folder without summaries.
    draft = tmp_path / "report.docx"
    draft.write_bytes(migmeet.report_docx(load_folder(FIFTEENTH)))
    copy = tmp_path / "fifteenth"
    copy.mkdir()
    shutil.copy(FIFTEENTH / "meeting.toml", copy)
    for extra in ("figures",):
        if (FIFTEENTH / extra).is_dir():
            shutil.copytree(FIFTEENTH / extra, copy / extra)
    result = import_draft(draft, copy)
    assert result.written
    assert not migmeet.has_errors(migmeet.check_folder(copy))
    assert _report_text(copy) == _report_text(FIFTEENTH)


def test_an_organizations_article_is_dropped_where_it_stands(
    folder: Path, tmp_path: Path
) -> None:
    # "and the" twice: the article before FAO is the renderer's to give, the
    # one before the SDGs stays (the text once lost the first one instead).
    sentence = (
        "The International Organization for Migration (IOM) and the Sustainable "
        "Development Goals (SDGs) mattered, as the Global Migration Group (GMG) "
        "and the Food and Agriculture Organization of the United Nations (FAO) said."
    )
    spec: Spec = [("h1", f"I. {AGENDA_TITLES[0]}"), ("t", sentence)]
    for number, title in enumerate(AGENDA_TITLES[1:], 2):
        spec += [("h1", f"{'I' * number if number < 4 else 'IV'}. {title}")]
        spec += [("p", "Done.")]
    import_draft(_draft(tmp_path / "d.docx", spec), folder)
    assert sentence in _report_text(folder)


def test_the_command_asks_for_force_in_its_own_words(
    folder: Path, tmp_path: Path
) -> None:
    draft = _full_draft(tmp_path / "d.docx")
    (folder / "items").mkdir()
    (folder / "items" / "01-mine.rst").write_text("My own summary.\n")
    out, err = io.StringIO(), io.StringIO()
    assert main(["import", str(draft), str(folder)], out, err) == 1
    assert "01-mine.rst" in err.getvalue()
    assert "run again with --force to replace them" in err.getvalue()
    assert "force=True" not in err.getvalue()


def test_a_draft_with_more_sections_than_the_agenda_is_refused(
    folder: Path, tmp_path: Path
) -> None:
    spec: Spec = []
    numerals = ["I", "II", "III", "IV", "V"]
    for number, title in enumerate([*AGENDA_TITLES, "Other matters"], 1):
        spec += [("h1", f"{numerals[number - 1]}. {title}")]
        spec += [("p", f"Text of section {number}.")]
    draft = _draft(tmp_path / "five.docx", spec)
    out, err = io.StringIO(), io.StringIO()
    assert main(["import", str(draft), str(folder)], out, err) == 1
    assert (
        "the draft has 5 numbered sections but the agenda in meeting.toml has 4 "
        "items: set the agenda first (its titles, in order), then import again"
    ) in err.getvalue()
    assert not (folder / "items").exists()  # nothing written


def test_lettered_sub_headings_and_fewer_sections_than_the_agenda_import(
    folder: Path, tmp_path: Path
) -> None:
    spec: Spec = [("h1", f"I. {AGENDA_TITLES[0]}"), ("p", "Opening words.")]
    for letter in "ABCDEFGHIJKLMNOPQRSTUV":  # C, D, I, L, M, V: Roman numerals
        spec += [("h2", f"{letter}. Panel {letter}"), ("p", f"Panel {letter} met.")]
    spec += [("h1", f"II. {AGENDA_TITLES[1]}"), ("p", "Review words.")]
    result = import_draft(_draft(tmp_path / "two.docx", spec), folder)
    names = sorted(p.name for p in result.written)
    assert names == [
        "01-the-global-compact-for.rst",
        "02-the-global-migration-compact.rst",
    ]
    first = (folder / "items" / names[0]).read_text()
    assert "V\\. Panel V\n" in first
    assert "Panel V met." in first


def test_a_drafts_links_cannot_carry_markup_or_another_scheme() -> None:
    from migmeet._reading.draft_docx import Link, Paragraph
    from migmeet._reading.draft_names import NameMatcher
    from migmeet._writing.draft_rst import summary_rst

    matcher = NameMatcher(pattern=None, keys={})
    evil = "https://x.example/`_ :person:`liu` <b>"
    blocks = [
        Paragraph(content=("See ", Link(url=evil, children=("the data",)), ".")),
        Paragraph(
            content=("Or ", Link(url="javascript:alert(1)", children=("this",)), ".")
        ),
    ]
    text = summary_rst(blocks, {}, matcher)
    assert "%60_%20:person:%60liu%60%20%3Cb%3E" in text
    assert "javascript" not in text
    assert "Or this." in text
    # Read back, the link is one reference to the encoded address, no role.
    from docutils.core import publish_doctree
    from docutils.nodes import reference

    tree = publish_doctree(text, settings_overrides={"report_level": 5})
    (link,) = list(tree.findall(reference))
    assert link["refuri"].startswith("https://x.example/%60_")
    assert ":person:" not in tree.astext().replace(link.astext(), "")


def test_importing_the_export_again_replaces_each_file_rather_than_adding_one(
    tmp_path: Path,
) -> None:
    sample = tmp_path / "sample"
    assert main(["new", str(sample)], io.StringIO(), io.StringIO()) == 0
    before = sorted(p.relative_to(sample) for p in sample.rglob("*.rst"))
    draft = tmp_path / "report.docx"
    draft.write_bytes(migmeet.report_docx(load_folder(sample)))
    import_draft(draft, sample, force=True)
    after = sorted(p.relative_to(sample) for p in sample.rglob("*.rst"))
    assert after == before
    assert len(load_folder(sample).annexes) == 1
