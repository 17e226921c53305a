"""Markup left in what a reader sees: the rule (``markup-left``) on any
text, ``migmeet check`` on a folder's summaries and data file, and the last
check on each finished document, which refuses to write one that would
print role syntax, reStructuredText or template syntax."""

from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from folders import BASE_TOML, line_of, write_folder
from migmeet import check_folder
from migmeet._checks import load_and_check
from migmeet._checks.finished_text import docx_text, html_text, ics_text, json_text
from migmeet._checks.last_check import LastCheck, MarkupLeftError
from migmeet._checks.text_rules import leftover_markup
from migmeet._cli import main
from migmeet._publishing import (
    meeting_json_bytes,
    report_akn,
    report_docx,
    report_html,
)
from migmeet._publishing.site import site_html
from migmeet._tree import concept_note_tree, programme_tree
from migmeet._writing import meeting_calendar, tree_html
from strategies import role_like, un_prose

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "series"

# --- the rule ----------------------------------------------------------------

RIGHT = [
    "The meeting opened at 10:00 and closed at 6.00 p.m.",
    "From 10.00 a.m. to 1.00 p.m., in Conference Room 2.",
    "Applications outnumbered places by 3:1.",
    "See https://www.un.org/en/development/desa/population/migration/ for more.",
    "See https://undocs.org/A/RES/73/195?lang=en#:~:text=`x` and more.",
    "Questions to population@un.org, e.g.: the dates.",
    "The General Assembly adopted resolution A/RES/73/195.",
    "The draft (A/73/L.66*) and its revision (A/73/L.66/Rev.1*) were issued.",
    "* Reissued for technical reasons on 5 May 2019 (A/73/L.66*).",
    "The total was 5 * 3 units.",
    "The Chair said ... and then, … the list ended.",
    "Note: the themes: migration and development.",
    "Agenda item 3: Migration: a global view",
    "Footnote markers¹ and figures² are printed by the document itself.",
]


@pytest.mark.parametrize("text", RIGHT)
def test_correct_un_text_holds_no_markup(text: str) -> None:
    assert leftover_markup(text) == []


WRONG = [
    ("Opened by :person:`sharma`.", ":person:`sharma`", "role syntax"),
    ("Opened by :org:'iom'.", ":org:'iom'", "role syntax"),
    ("Opened by :person:“sharma”.", ":person:“sharma”", "role syntax"),
    ("The :term: gcm was adopted.", ":term: gcm", "role syntax"),
    ("The :glossary:`x` entry.", ":glossary:`x`", "role syntax"),
    ("The ``literal`` text.", "``literal``", "reStructuredText markup"),
    ("See `the page`_ here.", "`the page`_", "reStructuredText markup"),
    ("A `title` in backticks.", "`title`", "reStructuredText markup"),
    ("It was **agreed** then.", "**agreed**", "reStructuredText markup"),
    ("It was *agreed* then.", "*agreed*", "reStructuredText markup"),
    ("Text.\n.. note:: Mind it.", ".. note::", "reStructuredText markup"),
    (".. _target: and more", ".. _target:", "reStructuredText markup"),
    ("The |logo| here.", "|logo|", "reStructuredText markup"),
    ("As noted [#]_ before.", "[#]_", "reStructuredText markup"),
    ("As noted [1]_ before.", "[1]_", "reStructuredText markup"),
    ("The list reads::\nmore", "::", "reStructuredText markup"),
    ("Opening\n=======\nText.", "=======", "reStructuredText markup"),
    ("Opening\n~~~~\nText.", "~~~~", "reStructuredText markup"),
    ("Text\n####\nmore", "####", "reStructuredText markup"),
    ("Chaired by {{ chair }}.", "{{ chair }}", "template syntax"),
    ("{% if x %}Chaired{% endif %}", "{% if x %}", "template syntax"),
    ("A {# note #} here.", "{# note #}", "template syntax"),
    ("Costs ${amount} in all.", "${amount}", "template syntax"),
    ("Unclosed }} here.", "}}", "template syntax"),
]


@pytest.mark.parametrize(("text", "markup", "kind"), WRONG)
def test_markup_is_found_with_its_kind_and_an_excerpt(
    text: str, markup: str, kind: str
) -> None:
    found = leftover_markup(text)
    assert [(f.markup, f.kind) for f in found][:1] == [(markup, kind)]
    assert markup in found[0].excerpt
    assert text.index(markup) == found[0].start


def test_an_excerpt_is_short_and_on_one_line() -> None:
    text = "word " * 100 + "{{ chair }}\n" + "word " * 100
    (found,) = leftover_markup(text)
    assert "\n" not in found.excerpt
    assert len(found.excerpt) < 80
    assert found.excerpt.startswith("…")
    assert found.excerpt.endswith("…")


@settings(max_examples=300, deadline=None)
@given(un_prose)
def test_prose_with_times_symbols_and_addresses_never_alarms(text: str) -> None:
    assert leftover_markup(text) == []


@settings(max_examples=300, deadline=None)
@given(un_prose, role_like, st.data())
def test_role_syntax_put_anywhere_is_found(
    text: str, role: str, data: st.DataObject
) -> None:
    words = text.split(" ")
    at = data.draw(st.integers(0, len(words)))
    spoiled = " ".join([*words[:at], role, *words[at:]])
    found = [f for f in leftover_markup(spoiled) if f.kind == "role syntax"]
    assert any(f.markup.startswith(role.rstrip("`'\"’”")) for f in found), spoiled


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        "`" * 1_000_000,
        "`a " * 333_333,
        "*a " * 333_333,
        "**a " * 250_000,
        ":a:" * 333_333,
        "a@" * 500_000,
        "|a " * 333_333,
        "{" * 1_000_000,
        ".. " * 333_333,
        "https://" * 125_000,
    ],
    ids=lambda text: repr(text[:4]),
)
def test_a_megabyte_of_the_worst_text_is_read_in_linear_time(text: str) -> None:
    started = time.perf_counter()
    leftover_markup(text)
    # A quadratic pass would take hours; a linear one a fraction of a second.
    assert time.perf_counter() - started < 10


# --- what a reader sees of a finished document -------------------------------


def test_of_a_page_only_its_text_nodes_are_read() -> None:
    page = (
        '<html><head><title>T</title><style>a::before {content: "{{"}</style>'
        '<script>var x = "${y}";</script></head><body>'
        '<p class="{{ c }}"><a href="https://x.org/`a`_">link</a> text::</p>'
        "<p>more &amp; *emph*</p></body></html>"
    )
    text = html_text(page)
    assert [f.markup for f in leftover_markup(text)] == ["::", "*emph*"]
    assert "& *emph*" in text


def test_of_a_calendar_the_fields_a_reader_sees_are_read_unfolded() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:{{uid}}@x\r\n"
        b"SUMMARY:Opening\\, by {{\r\n  chair }}\r\n"
        b"DESCRIPTION:Line one\\nLine two\r\nURL:https://x.org/{{a}}\r\n"
        b"END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert ics_text(data) == "Opening, by {{ chair }}\nLine one\nLine two"


def test_of_a_word_document_the_runs_are_read_not_field_codes() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "word/document.xml",
            '<w:document><w:p><w:r><w:instrText>TOC \\o "1-2"</w:instrText>'
            '</w:r><w:r><w:t xml:space="preserve">Chaired by </w:t></w:r>'
            "<w:r><w:t>{{ chair }}</w:t></w:r></w:p></w:document>",
        )
    assert docx_text(buffer.getvalue()).strip() == "Chaired by {{ chair }}"


def test_of_the_json_export_the_words_are_read_not_the_source_of_prose() -> None:
    data = (
        b'{"url": "https://x.org/{{a}}", "objectives": [{"text": ":term:`sdgs`",'
        b' "parts": ["the ", {"id": "sdgs"}]}], "title": "{{ t }}"}'
    )
    assert json_text(data) == "the \n{{ t }}"


# --- migmeet check -----------------------------------------------------------


def test_check_finds_markup_in_a_summarys_literal_at_its_line(tmp_path: Path) -> None:
    summary = "The meeting opened.\n\nThe list, headed ``:person:`swing```, was read.\n"
    write_folder(tmp_path, {"items/01-opening.rst": summary})
    (finding,) = [f for f in check_folder(tmp_path) if f.code == "markup-left"]
    assert (finding.file, finding.line) == ("items/01-opening.rst", 3)
    assert ":person:`swing`" in finding.message


def test_check_finds_markup_in_a_name_at_its_key(tmp_path: Path) -> None:
    toml = BASE_TOML.replace('family_name = "Swing"', 'family_name = "{{ name }}"')
    write_folder(tmp_path, {"meeting.toml": toml})
    found = [f for f in check_folder(tmp_path) if f.code == "markup-left"]
    assert {(f.file, f.line) for f in found} == {
        ("meeting.toml", line_of(toml, "{{ name }}"))
    }


def test_markup_reading_refused_is_not_said_again(tmp_path: Path) -> None:
    objectives = 'objectives = ["To review the :term:`sdgs of the meeting."]\n'
    toml = BASE_TOML.replace('agenda = ["Opening', objectives + 'agenda = ["Opening')
    write_folder(
        tmp_path,
        {"meeting.toml": toml, "items/01-opening.rst": "Opened by :person:'swing'.\n"},
    )
    codes = sorted(f.code for f in check_folder(tmp_path))
    assert "markup-in-data" in codes
    assert "file" in codes
    assert "markup-left" not in codes


# --- the last check, before a document is written ----------------------------

# A name whose two parts are each plain, but that prints as strong markup:
# what no check of the data file's strings or the summaries can see.
_SPLIT_NAME = (
    '\n[people.silva]\nhonorific = "Ms."\ngiven_name = "**Ana"\n'
    'family_name = "Silva**"\norganization = "iom"\n'
)


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def _programme_folder(root: Path) -> Path:
    toml = (
        BASE_TOML
        + _SPLIT_NAME
        + (
            "\n[[programme]]\ndate = 2017-02-16\n\n[[programme.sessions]]\n"
            'name = "Opening session"\nstart = "10.00"\nend = "11.00"\n\n'
            "[[programme.sessions.presentations]]\n"
            'title = "Welcome"\npresenters = ["silva"]\n'
        )
    )
    return write_folder(root, {"meeting.toml": toml})


def test_the_programme_is_refused_and_not_written(tmp_path: Path) -> None:
    folder = _programme_folder(tmp_path / "meeting")
    assert not [f for f in check_folder(folder) if f.severity.value == "error"]
    code, _, err = _run("programme", str(folder))
    assert code == 1
    assert not (folder / "programme.pdf").exists()
    assert "the programme: error: would print '**Ana Silva**' as it stands" in err
    assert "(reStructuredText markup)" in err
    assert "[markup-left]" in err
    assert "nothing written" in err
    assert f"migmeet programme {folder} --force" in err
    assert "Traceback" not in err


def test_forced_the_programme_is_written_and_the_markup_reported(
    tmp_path: Path,
) -> None:
    folder = _programme_folder(tmp_path / "meeting")
    code, out, err = _run("programme", str(folder), "--force")
    assert code == 0
    assert (folder / "programme.pdf").is_file()
    assert "the programme: error: would print '**Ana Silva**'" in err
    assert "wrote" in out


@pytest.mark.parametrize(
    ("checks", "said"),
    [
        ('[checks.ignore]\nmarkup-left = "Our names hold asterisks."', ""),
        ('[checks]\nseverity = { markup-left = "warning" }', ""),
        ('[checks]\nselect = ["numbers"]', "would print '**Ana Silva**'"),
    ],
)
def test_the_data_file_cannot_switch_the_last_check_off(
    tmp_path: Path, checks: str, said: str
) -> None:
    # A folder-wide switch, set once and forgotten, would publish markup
    # unseen: the data file says so at its line, and nothing is written.
    folder = _programme_folder(tmp_path / "meeting")
    toml = folder / "meeting.toml"
    toml.write_text(toml.read_text() + "\n" + checks + "\n", encoding="utf-8")
    code, _, err = _run("programme", str(folder))
    assert code == 1, err
    assert not (folder / "programme.pdf").exists()
    assert "cannot be switched off or made a warning" in err or said in err


def test_markup_suppressed_where_it_is_written_goes_through(tmp_path: Path) -> None:
    summary = (
        "The meeting opened.\n\n.. migmeet: ignore[markup-left] the template is "
        "the subject\n\nThe list, headed ``{{ list }}``, was read.\n"
    )
    folder = write_folder(tmp_path / "meeting", {"items/01-opening.rst": summary})
    code, _, err = _run("docx", str(folder))
    assert code == 0, err
    assert "markup-left" not in err
    assert (folder / "report.docx").is_file()


def test_the_site_is_refused_before_any_file_is_written(tmp_path: Path) -> None:
    folder = _programme_folder(tmp_path / "meeting")
    site = tmp_path / "site"
    code, _, err = _run("site", str(folder), "-o", str(site))
    assert code == 1
    assert not site.exists() or not any(site.iterdir())
    assert "the web page: error: would print '**Ana Silva**'" in err


@pytest.mark.parametrize(
    ("command", "document"),
    [
        (["build"], "the report"),
        (["docx"], "the Word document"),
    ],
)
def test_the_report_is_refused_before_it_is_written(
    tmp_path: Path, command: list[str], document: str
) -> None:
    # Ms. Silva is on the list of participants annexed to the report.
    toml = BASE_TOML + _SPLIT_NAME + "\n[report]\nparticipants_annex = true\n"
    folder = write_folder(tmp_path / "meeting", {"meeting.toml": toml})
    before = sorted(p.name for p in folder.iterdir())
    code, _, err = _run(command[0], str(folder), *command[1:])
    assert code == 1
    assert sorted(p.name for p in folder.iterdir()) == before
    assert f"{document}: error: would print '**Ana Silva**'" in err


def test_the_exports_are_read_for_the_words_they_carry(tmp_path: Path) -> None:
    summary = "The meeting opened.\n\nThe list, headed ``{{ list }}``, was read.\n"
    folder = write_folder(tmp_path, {"items/01-opening.rst": summary})
    report = load_and_check(folder).report
    assert report is not None
    with pytest.raises(MarkupLeftError, match="the Akoma Ntoso export would print"):
        LastCheck().xml("the Akoma Ntoso export", report_akn(report))
    with pytest.raises(MarkupLeftError, match="the JSON export would print"):
        LastCheck().json("the JSON export", meeting_json_bytes(report))


def test_each_document_names_itself_when_refused() -> None:
    checked = load_and_check(EXAMPLES / "sixteenth")
    assert checked.report is not None
    last_check = LastCheck()
    with pytest.raises(MarkupLeftError) as refused:
        last_check.ics("the calendar", b"SUMMARY:Opening by :person:`sharma`\r\n")
    message = str(refused.value)
    assert message.startswith(
        "the calendar would print ':person:`sharma`' as it stands (role syntax)"
    )
    assert message.endswith("nothing written")
    forced = LastCheck(force=True, said=frozenset({":person:`sharma`"}))
    forced.text("the web page", "By :person:`sharma` and {{ x }}.")
    assert [f.text for f in forced.findings] == ["{{ x }}"]


# --- no false alarm on the examples and the sample ---------------------------


def _documents(folder: Path, last_check: LastCheck) -> int:
    """Every document made of ``folder`` through the last check, but for
    the PDFs' layout; how many."""
    checked = load_and_check(folder)
    report = checked.report
    assert report is not None
    assert checked.document is not None
    meeting = report.meeting
    last_check.html("the web page", site_html(report))
    last_check.ics("the calendar", meeting_calendar(meeting))
    last_check.json("the JSON export", meeting_json_bytes(report))
    made = 3
    if meeting.programme:
        tree = programme_tree(meeting)
        last_check.html(
            "the programme", tree_html(tree, title="", author="", language="en")
        )
        made += 1
    for panel in meeting.panels:
        tree = concept_note_tree(meeting, panel)
        last_check.html("a note", tree_html(tree, title="", author="", language="en"))
        made += 1
    if report.sections:
        last_check.html("the report", report_html(report, document=checked.document))
        last_check.docx(
            "the Word document", report_docx(report, document=checked.document)
        )
        last_check.xml("the Akoma Ntoso export", report_akn(report))
        made += 3
    return made


@pytest.mark.parametrize("name", ["fourteenth", "fifteenth", "sixteenth", "tenth"])
def test_the_examples_make_every_document_without_alarm(name: str) -> None:
    assert _documents(EXAMPLES / name, LastCheck()) >= 3


def test_the_sample_of_migmeet_new_builds_its_site_without_alarm(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "meeting"
    assert _run("new", str(folder))[0] == 0
    assert _documents(folder, LastCheck()) >= 8
    code, _, err = _run("site", str(folder), "-o", str(tmp_path / "site"))
    assert code == 0, err
    assert "markup-left" not in err


# --- a series' site ----------------------------------------------------------


def _series(root: Path, introduction: str, toml: str) -> Path:
    root.mkdir()
    (root / "series.toml").write_text(
        '[series]\nname = "Coordination Meeting on International Migration"\n'
        f'introduction = "{introduction}"\n',
        encoding="utf-8",
    )
    write_folder(root / "fifteenth", {"meeting.toml": toml})
    return root


def test_a_series_index_holding_markup_is_refused(tmp_path: Path) -> None:
    series = _series(tmp_path / "series", "The meetings of {{ series }}.", BASE_TOML)
    out = tmp_path / "site"
    code, _, err = _run("site", str(series), "-o", str(out), "--jobs", "1")
    assert code == 1
    assert not out.exists() or not any(out.iterdir())
    assert "the series' index page would print '{{ series }}'" in err
    assert "nothing written" in err


def test_a_series_meeting_whose_page_holds_markup_is_refused(tmp_path: Path) -> None:
    # Ms. Silva is on the meeting's list of participants, on its page.
    in_meeting = 'participants = ["silva"]\n\n[organizations.iom]'
    toml = BASE_TOML.replace("\n[organizations.iom]", in_meeting) + _SPLIT_NAME
    series = _series(tmp_path / "series", "The meetings of the series.", toml)
    out = tmp_path / "site"
    code, _, err = _run("site", str(series), "-o", str(out), "--jobs", "1")
    assert code == 1, err
    assert not out.exists() or not any(out.iterdir())
    assert "the web page: error: would print '**Ana Silva**'" in err
    assert "the checks found errors in fifteenth; nothing written" in err
