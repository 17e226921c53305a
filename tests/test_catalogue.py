"""The rule catalogue: it loads, it says where each rule comes from, and
each rule's examples are right and wrong by the checks themselves; the
``rules`` and ``check --explain`` commands; and the ``[checks]``
configuration (``select``, ``severity``) and in-place suppressions."""

from __future__ import annotations

import io
import json
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings

from folders import BASE_FILES, BASE_TOML, line_of
from migmeet import CHECKS, Severity, check_folder
from migmeet._catalogue import FAMILIES, CatalogueError, Check, load_catalogue
from migmeet._cli import main
from strategies import right_paragraphs

DOCS_EXT = Path(__file__).resolve().parent.parent / "docs" / "_ext"

#: The rules no sentence can show: each needs a folder's files, the
#: previous meeting or the programme, and has tests of its own elsewhere.
WITHOUT_EXAMPLES = {
    "spelling-unavailable": "needs a machine without a dictionary (test_spelling)",
    "file": "a file that cannot be read, not a sentence (tests/test_folder.py)",
    "to-fill": "needs a folder made by 'migmeet new --previous' (test_next_meeting)",
    "markup-in-data": "a data-file value with broken roles (tests/test_checks.py)",
    "stale-ordinal": "needs the previous meeting's folder (tests/test_checks.py)",
    "stale-date": "needs the previous meeting's folder (tests/test_checks.py)",
    "stale-year": "needs the previous meeting's folder (tests/test_checks.py)",
    "missing-section": "an agenda item without its file (tests/test_checks.py)",
    "section-number": "a summary file named for no item (tests/test_folder.py)",
    "section-title": "a summary's heading against the agenda (test_checks.py)",
    "unused-abbreviation": "the data file's [report] abbreviations list",
    "abbreviation-in-heading": "a sub-heading, not a sentence (test_checks.py)",
    "speaker-not-in-programme": "needs a programme and a report together",
    "presenter-not-in-report": "needs a programme and a report together",
    "meeting-length": "the [meeting] dates themselves (tests/test_hostile_input.py)",
}


def findings_for(check: Check, example: str, root: Path) -> list[str]:
    """The codes the checks find in a small folder holding ``example``: in
    its first summary, or added to its data file for a data-file rule."""
    files = dict(BASE_FILES)
    if check.shown_in == "data":
        files["meeting.toml"] = BASE_TOML + "\n" + example + "\n"
    else:
        files["items/01-opening.rst"] = example + "\n"
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return [f.code for f in check_folder(root)]


def examples(kind: str) -> list[tuple[str, str]]:
    return [
        (check.code, example)
        for check in CHECKS.values()
        for example in getattr(check, kind)
    ]


# --- the catalogue -----------------------------------------------------------


def test_every_rule_cites_the_manual_and_has_examples_or_a_reason() -> None:
    for check in CHECKS.values():
        assert check.family in FAMILIES
        assert check.url.startswith("https://www.un.org/dgacm/en/content/editorial-")
        assert check.manual.startswith("Editorial Manual")
        assert check.rationale.endswith(".")
        assert bool(check.wrong) != (check.code in WITHOUT_EXAMPLES), check.code
    assert set(WITHOUT_EXAMPLES) <= set(CHECKS)


def test_the_catalogue_cannot_be_changed() -> None:
    with pytest.raises(TypeError):
        CHECKS["placeholder"] = CHECKS["symbol"]  # type: ignore[index]
    assert CHECKS["per-cent"].right == ("Remittances grew by 8 per cent in 2016.",)


RULE = """\
[[rule]]
code = "{code}"
family = "{family}"
severity = "warning"
summary = "a thing"
manual = "Editorial Manual: Numbers, dates and time"
url = "{url}"
rationale = "Why."
right = []
wrong = []
"""
GOOD = {"code": "a-rule", "family": "numbers", "url": "https://www.un.org/x"}


@pytest.mark.parametrize(
    ("files", "message"),
    [
        (
            [("numbers.toml", RULE.format(**GOOD | {"family": "numbrs"}))],
            "catalogue/numbers.toml: rule 'a-rule': unknown family 'numbrs'",
        ),
        (
            [("numbers.toml", RULE.format(**GOOD).replace('rationale = "Why."\n', ""))],
            "catalogue/numbers.toml: rule 'a-rule': missing field 'rationale'",
        ),
        (
            [
                ("numbers.toml", RULE.format(**GOOD)),
                ("symbols.toml", RULE.format(**GOOD | {"family": "symbols"})),
            ],
            "catalogue/symbols.toml: rule 'a-rule': duplicate code (also in "
            "catalogue/numbers.toml)",
        ),
        (
            [("numbers.toml", RULE.format(**GOOD | {"url": "http://www.un.org/x"}))],
            "catalogue/numbers.toml: rule 'a-rule': url must be an https address",
        ),
        (
            [("numbers.toml", RULE.format(**GOOD) + 'colour = "red"\n')],
            "catalogue/numbers.toml: rule 'a-rule': unknown field 'colour'",
        ),
    ],
)
def test_a_catalogue_that_does_not_hold_is_an_error_naming_file_and_rule(
    files: list[tuple[str, str]], message: str
) -> None:
    with pytest.raises(CatalogueError) as raised:
        load_catalogue(files)
    assert str(raised.value).startswith(message)


def test_a_good_catalogue_loads() -> None:
    checks, families = load_catalogue(
        [("numbers.toml", 'title = "Numbers"\n' + RULE.format(**GOOD))]
    )
    assert checks["a-rule"].severity is Severity.WARNING
    assert families == {"numbers": "Numbers"}


# --- the examples, through the checks ----------------------------------------


@pytest.mark.parametrize(("code", "example"), examples("wrong"))
def test_each_wrong_example_makes_its_rule_fire(
    code: str, example: str, tmp_path: Path
) -> None:
    assert code in findings_for(CHECKS[code], example, tmp_path)


@pytest.mark.parametrize(("code", "example"), examples("right"))
def test_each_right_example_keeps_its_rule_quiet(
    code: str, example: str, tmp_path: Path
) -> None:
    assert code not in findings_for(CHECKS[code], example, tmp_path)


# Derandomized: the same paragraphs on every run, so CI sees what was seen.
@settings(max_examples=60, deadline=None, derandomize=True)
@given(right_paragraphs)
def test_right_examples_together_make_no_rule_fire(paragraph: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        assert findings_for(CHECKS["placeholder"], paragraph, Path(folder)) == []


def test_the_docs_page_shows_every_rule() -> None:
    sys.path.insert(0, str(DOCS_EXT))
    try:
        from migmeet_rules import rules_page
    finally:
        sys.path.remove(str(DOCS_EXT))
    page = rules_page()
    for check in CHECKS.values():
        assert f"``{check.code}`` ({check.severity.value})" in page
        assert check.url in page
    for title in FAMILIES.values():
        assert title in page


# --- the commands ------------------------------------------------------------


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_explain_prints_one_rule_whole() -> None:
    code, out, err = run("check", "--explain", "per-cent")
    assert (code, err) == (0, "")
    check = CHECKS["per-cent"]
    assert out.startswith("per-cent (numbers, warning)\n")
    for part in (check.summary, check.manual, check.url, check.rationale):
        assert part in out
    for example in (*check.right, *check.wrong):
        assert example in out


def test_explain_an_unknown_rule_offers_the_nearest() -> None:
    assert run("check", "--explain", "per-cnt") == (
        2,
        "",
        "migmeet: unknown rule per-cnt (did you mean per-cent?)\n",
    )
    assert run("check")[0] == 2


def test_rules_lists_them_all_or_one_family() -> None:
    code, out, _ = run("rules")
    assert code == 0
    assert len(out.splitlines()) == len(CHECKS)
    code, out, _ = run("rules", "--family", "numbers", "--format", "json")
    rows = json.loads(out)
    assert {r["code"] for r in rows} == {
        c.code for c in CHECKS.values() if c.family == "numbers"
    }
    assert set(rows[0]) >= {"code", "severity", "family", "summary"}
    assert run("rules", "--family", "number")[2] == (
        "migmeet: unknown family number (did you mean numbers?)\n"
    )


# --- configuration -----------------------------------------------------------

MISTAKES = "The UN system met with 3 people.\n"


def folder(root: Path, checks: str = "", summary: str = MISTAKES) -> Path:
    files = dict(BASE_FILES)
    files["meeting.toml"] = BASE_TOML + checks
    files["items/01-opening.rst"] = summary
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_select_runs_only_the_codes_and_families_named(tmp_path: Path) -> None:
    assert {f.code for f in check_folder(folder(tmp_path))} == {
        "un-abbreviation",
        "figure-under-ten",
    }
    selected = folder(tmp_path, '\n[checks]\nselect = ["numbers"]\n')
    assert [f.code for f in check_folder(selected)] == ["figure-under-ten"]
    selected = folder(tmp_path, '\n[checks]\nselect = ["un-abbreviation"]\n')
    assert [f.code for f in check_folder(selected)] == ["un-abbreviation"]


def test_severity_per_code(tmp_path: Path) -> None:
    root = folder(tmp_path, '\n[checks]\nseverity = { figure-under-ten = "error" }\n')
    severities = {f.code: f.severity for f in check_folder(root)}
    assert severities["figure-under-ten"] is Severity.ERROR


@pytest.mark.parametrize(
    ("checks", "key", "message"),
    [
        (
            '\n[checks]\nselect = [\n  "numbers",\n  "numbrs",\n]\n',
            '"numbrs"',
            "'numbrs' is neither a check code nor a family (did you mean 'numbers'?)",
        ),
        (
            '\n[checks]\nseverity = { per-cnt = "error" }\n',
            "severity",
            "'per-cnt' is not a check code (did you mean 'per-cent'?)",
        ),
        (
            '\n[checks.severity]\nper-cent = "fatal"\n',
            "per-cent",
            "a severity is 'error' or 'warning'",
        ),
        (
            '\n[checks.ignore]\nper-cnt = "why"\n',
            "per-cnt",
            "'per-cnt' is not a check code (did you mean 'per-cent'?)",
        ),
    ],
)
def test_configuration_mistakes_are_errors_at_their_line(
    tmp_path: Path, checks: str, key: str, message: str
) -> None:
    root = folder(tmp_path, checks, summary="The meeting opened.\n")
    (finding,) = check_folder(root)
    assert finding.severity is Severity.ERROR
    assert finding.place == f"meeting.toml:{line_of(BASE_TOML + checks, key)}"
    assert message in finding.message


SUPPRESSED = """\
The UN system met.

.. migmeet: ignore[un-abbreviation] a book's title, quoted as printed

The UN system met again,
and the UN system met once more.

The UN system met a fourth time.
"""


def test_a_suppression_covers_its_paragraph_and_is_counted(tmp_path: Path) -> None:
    root = folder(tmp_path, summary=SUPPRESSED)
    lines = [f.line for f in check_folder(root)]
    assert lines == [1, 8]
    code, out, _ = run("check", str(root))
    assert code == 1
    assert out.endswith(": 2 errors, 0 warnings, 2 findings suppressed\n")
    _, out, _ = run("check", str(root), "--format", "json")
    assert json.loads(out)["suppressed"] == 2


def test_a_suppression_in_the_data_file_covers_the_next_key(tmp_path: Path) -> None:
    checks = (
        "\n[[side_events]]\ndate = 2017-02-16\nstart = '13.15'\nend = '14.30'\n"
        "title = 'A launch'\norganizer = 'Population Division'\n"
        "# migmeet: ignore[placeholder] the room is announced on the day\n"
        "location = 'TBD'\nnote = 'TBD'\n\n"
    )
    root = folder(tmp_path, checks, summary="The meeting opened.\n")
    assert check_folder(root) == []
    unsuppressed = folder(tmp_path, checks.replace("# migmeet", "# note"))
    assert [f.code for f in check_folder(unsuppressed)].count("placeholder") == 2


@pytest.mark.parametrize(
    ("comment", "message"),
    [
        (".. migmeet: ignore[un-abreviation] why", "did you mean 'un-abbreviation'?"),
        (".. migmeet: ignore[un-abbreviation]", "a suppression needs the reason why"),
        (".. migmeet: ignore[] why", "names no check code"),
        (".. migmeet: ignroe[un-abbreviation] why", "must read 'migmeet: ignore"),
    ],
)
def test_suppression_mistakes_are_errors_at_their_line(
    tmp_path: Path, comment: str, message: str
) -> None:
    root = folder(tmp_path, summary=f"{comment}\n\nThe UN system met.\n")
    findings = check_folder(root)
    problems = [f for f in findings if f.code == "file"]
    assert [f.place for f in problems] == ["items/01-opening.rst:1"]
    assert message in problems[0].message
    assert "un-abbreviation" in {f.code for f in findings}


def test_a_family_name_suppresses_its_codes(tmp_path: Path) -> None:
    root = folder(
        tmp_path,
        summary=".. migmeet: ignore[abbreviations, numbers] quoted\n\n" + MISTAKES,
    )
    assert check_folder(root) == []
