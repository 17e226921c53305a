"""Meeting folders: the data file, summaries in reStructuredText, errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docutils import nodes

from folders import BASE_TOML, line_of, write_folder
from migmeet import FolderError, load_folder, report_document, report_html, report_pdf

ITEM_1 = "items/01-opening.rst"


def problems(root: Path) -> list[str]:
    with pytest.raises(FolderError) as raised:
        load_folder(root)
    return [problem.brief() for problem in raised.value.problems]


def item_text(root: Path, number: int = 1) -> str:
    document = report_document(load_folder(root))
    section = document.ids[f"item-{number}"]
    return " ".join(
        " ".join(par.astext().split()) for par in section.findall(nodes.paragraph)
    )


def test_a_folder_loads_into_a_report(tmp_path: Path) -> None:
    report = load_folder(write_folder(tmp_path))
    assert report.meeting.title.startswith("Fifteenth Coordination Meeting")
    assert [s.number for s in report.sections] == [1, 2]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            ":person:`swing` spoke. :person:`swing` left.",
            "Mr. William Lacy Swing, Director General of the International "
            "Organization for Migration (IOM), spoke. Mr. Swing left.",
        ),
        (
            "The :org:`iom` spoke; then the :org:`iom` left.",
            "The International Organization for Migration (IOM) spoke; then IOM left.",
        ),
        (
            "Goals: the :term:`sdgs` and :term:`sdgs`.",
            "Goals: the Sustainable Development Goals (SDGs) and the SDGs.",
        ),
        ("See :doc:`nyd`.", "See A/RES/71/1."),
        (
            ":person:`koslowski` proposed a fund.",
            "Professor Rey Koslowski, State University of New York at Albany, "
            "proposed a fund.",
        ),
    ],
)
def test_roles_render_with_the_first_mention_rules(
    tmp_path: Path, source: str, expected: str
) -> None:
    root = write_folder(tmp_path, {ITEM_1: source + "\n"})
    assert item_text(root) == expected


def test_doc_role_links_to_undocs(tmp_path: Path) -> None:
    root = write_folder(tmp_path, {ITEM_1: "See :doc:`nyd`.\n"})
    assert 'href="https://undocs.org/A/RES/71/1"' in report_html(load_folder(root))


def test_markup_lists_footnotes_links(tmp_path: Path) -> None:
    source = (
        "Some *emphasis*, **strong** and a `link <https://www.un.org/>`_. [#]_\n\n"
        ".. [#] A note on :org:`iom`.\n\n"
        "- first\n- second\n\n"
        "(a) one\n(b) two\n"
    )
    page = report_html(load_folder(write_folder(tmp_path, {ITEM_1: source})))
    # Capitalized words are set apart from hyphenation.
    page = re.sub(r'<span class="proper">([^<]*)</span>', r"\1", page)
    assert "<em>emphasis</em>" in page
    assert "<strong>strong</strong>" in page
    assert 'href="https://www.un.org/"' in page
    assert (
        '<span class="footnote">A note on the International Organization for '
        "Migration (IOM).</span>" in page
    )
    assert re.search(r"<ul[^>]*>\s*<li>\s*<p>first</p>", page)
    assert re.search(r'<ol class="loweralpha[^"]*">', page)


def test_unknown_key_names_file_and_line(tmp_path: Path) -> None:
    root = write_folder(
        tmp_path, {ITEM_1: "The meeting opened.\n\n:org:`IOMM` spoke.\n"}
    )
    assert problems(root) == [
        "items/01-opening.rst:3: no organization 'IOMM' in the data file's "
        "[organizations] (did you mean 'iom'?)"
    ]


def test_malformed_data_file_names_the_key_path_and_line(tmp_path: Path) -> None:
    toml = BASE_TOML.replace("number = 15", 'number = "fifteen"')
    toml = toml.replace('kind = "academia"', 'kid = "academia"')
    found = problems(write_folder(tmp_path, {"meeting.toml": toml}))
    number = line_of(toml, "number =")
    kid = line_of(toml, "kid =")  # the misspelt key's own line
    assert found == [
        f"meeting.toml:{number}: meeting.number: "
        "expected a whole number, found text 'fifteen'",
        f"meeting.toml:{kid}: organizations.albany: unknown key 'kid' "
        "(did you mean 'kind'?); known keys: name, abbreviation, kind, article",
    ]


def test_reference_to_a_missing_organization(tmp_path: Path) -> None:
    toml = BASE_TOML.replace('organization = "iom"', 'organization = "IOMM"')
    found = problems(write_folder(tmp_path, {"meeting.toml": toml}))
    assert found == [
        f"meeting.toml:{line_of(toml, 'IOMM')}: people.swing.organization: "
        "no organization 'IOMM' in [organizations] (did you mean 'iom'?)"
    ]


def test_invalid_toml_gives_its_line(tmp_path: Path) -> None:
    found = problems(write_folder(tmp_path, {"meeting.toml": "[meeting\nseries = 1\n"}))
    assert len(found) == 1
    assert found[0].startswith("meeting.toml:1: not valid TOML:")


def test_model_rules_apply_to_the_data_file(tmp_path: Path) -> None:
    toml = BASE_TOML.replace("last_day = 2017-02-17", "last_day = 2017-02-15")
    toml = toml.replace('abbreviation = "IOM"', 'abbreviation = "I.O.M."')
    found = problems(write_folder(tmp_path, {"meeting.toml": toml}))
    assert (
        f"meeting.toml:{line_of(toml, 'last_day')}: meeting.last_day: "
        "'2017-02-15' is before the first day, 2017-02-16" in found
    )
    assert (
        f"meeting.toml:{line_of(toml, 'I.O.M.')}: organizations.iom.abbreviation: "
        "'I.O.M.' has full stops; UN style writes abbreviations without" in found
    )


def test_several_errors_in_one_folder_are_reported_in_one_run(tmp_path: Path) -> None:
    root = write_folder(
        tmp_path,
        {
            "meeting.toml": BASE_TOML.replace("number = 15", "number = 0"),
            "preface.rst": "Text with :person:`nobody`.\n",
            ITEM_1: "*unclosed emphasis\n",
            "items/02-closing.rst": "See :doc:`missing`.\n",
        },
    )
    assert [p.split(":")[0] for p in problems(root)] == [
        "meeting.toml",
        "preface.rst",
        "items/01-opening.rst",
        "items/02-closing.rst",
    ]


def test_one_file_with_a_section_per_item(tmp_path: Path) -> None:
    summaries = (
        "I. Opening of the meeting\n=========================\n\n"
        ":person:`swing` opened.\n\n"
        "II. The end\n===========\n\n"
        "First sub\n---------\n\nOne.\n\nSecond sub\n----------\n\nTwo.\n"
    )
    root = write_folder(
        tmp_path,
        {ITEM_1: None, "items/02-closing.rst": None, "summaries.rst": summaries},
    )
    report = load_folder(root)
    assert report.sections[0].title is None  # the agenda's title, repeated
    assert report.sections[1].title == "The end"
    assert [s.title for s in report.sections[1].subsections] == [
        "First sub",
        "Second sub",
    ]


def test_lettered_subheadings_lose_their_written_letters(tmp_path: Path) -> None:
    source = "Text.\n\nA. First\n--------\n\nOne.\n\nB. Second\n---------\n\nTwo.\n"
    root = write_folder(tmp_path, {ITEM_1: source})
    titles = [s.title for s in load_folder(root).sections[0].subsections]
    assert titles == ["First", "Second"]


def test_lone_subheading_is_located(tmp_path: Path) -> None:
    found = problems(write_folder(tmp_path, {ITEM_1: "Text.\n\nOnly\n----\n\nOne.\n"}))
    assert len(found) == 1
    assert found[0].startswith("items/01-opening.rst:3: ")
    assert "lone sub-heading" in found[0]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"items/x.rst": "Text.\n"}, "items/x.rst: is not named by its agenda item's"),
        (
            {"items/05-closing.txt": "Text.\n"},
            "items/05-closing.txt: summaries are .rst files: rename it "
            "items/05-closing.rst",
        ),
        (
            {"items/closing.txt": "Text.\n"},
            "number, as items/02-closing-of-the-meeting.rst",
        ),
        ({"items/01-opening.rst~": "Text.\n"}, "is not a summary (.rst) file"),
        ({"items/07.rst": "Text.\n"}, "a summary for agenda item VII, but the agenda"),
        ({"items/1-again.rst": "Text.\n"}, "is a second summary of agenda item 1"),
        ({"prefce.rst": "Text.\n"}, "prefce.rst: is not part of the report"),
        ({"preface.rst": "Title\n=====\n\nText.\n"}, "preface.rst:1: has a heading"),
        ({ITEM_1: "Text\n\n.. [#] Never used.\n"}, "never referenced"),
        ({ITEM_1: "A `bad <javascript:alert(1)>`_ link.\n"}, "is not a web"),
        ({ITEM_1: "Text.\n\n    An indented block.\n"}, "indented block"),
        (
            {ITEM_1: "Text.\n\n.. note:: A note.\n"},
            ':3: the "note" directive is not allowed',
        ),
        ({ITEM_1: "Text \x07 bell.\n"}, "control character U+0007"),
        ({"meeting.toml": None}, "meeting.toml: is missing"),
        (
            {"meeting.toml": BASE_TOML.replace('"academia"', '"university"')},
            "organizations.albany.kind: 'university' is not one of 'UN entity'",
        ),
        ({"summaries.rst": "I. X\n====\n\nT.\n"}, "summaries.rst: and items/ both"),
    ],
)
def test_folder_mistakes_are_located(
    tmp_path: Path, changes: dict[str, str | None], expected: str
) -> None:
    found = problems(write_folder(tmp_path, changes))
    assert any(expected in p for p in found), found


def test_folder_and_python_examples_give_the_same_pdf(fifteenth_pdf: Path) -> None:
    root = Path(__file__).resolve().parent.parent / "examples" / "series" / "fifteenth"
    assert report_pdf(load_folder(root)).data == fifteenth_pdf.read_bytes()
