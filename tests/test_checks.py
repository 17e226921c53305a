"""Checks: the seeds' defects are found where they stand; correct text is clean."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from folders import BASE_TOML, line_of, write_folder
from migmeet import (
    CHECKS,
    InvalidValueError,
    Organization,
    Person,
    Report,
    Section,
    Severity,
    check_folder,
    check_report,
    has_errors,
    p,
)
from migmeet._checks import check_document, load_and_check
from migmeet._cli import main
from strategies import meeting, reports

ROOT = Path(__file__).resolve().parent.parent


def codes(findings: list) -> list[tuple[str, str]]:
    return [(f.code, f.place) for f in findings]


# --- seed 001: the sixteenth meeting's page ----------------------------------

SEED_001_TOML = (
    BASE_TOML.replace("number = 15", "number = 16").replace(
        "first_day = 2017-02-16\nlast_day = 2017-02-17",
        "first_day = 2018-02-15\nlast_day = 2018-02-16",
    )
    + """
[[programme]]
date = 2017-02-22
weekday = "Thursday"
note = "---- UDPATE THIS"

[[programme.sessions]]
name = "Morning session"
start = "10.00"
end = "13.00"
agenda_items = [1]

[[programme]]
date = 2017-02-22
weekday = "Friday"
note = "---- UDPATE THIS"
"""
)
SEED_001_TOML = SEED_001_TOML.replace(
    'agenda = ["Opening of the meeting", "Closing of the meeting"]',
    'agenda = ["Opening of the meeting", "Closing of the meeting"]\n'
    "objectives = [\n"
    '  "The Population Division is organizing the fifteenth annual Coordination '
    'Meeting on International Migration.",\n]',
)


def test_seed_001_defects_found_where_they_stand(tmp_path: Path) -> None:
    toml = SEED_001_TOML
    findings = check_folder(write_folder(tmp_path, {"meeting.toml": toml}))
    found = codes(findings)
    first_day = line_of(toml, "date = 2017-02-22")
    second_day = (
        first_day + toml.splitlines()[first_day:].index("date = 2017-02-22") + 1
    )
    first_note = line_of(toml, "UDPATE")
    assert (
        "wrong-ordinal",
        f"meeting.toml:{line_of(toml, 'fifteenth annual')}",
    ) in found
    assert ("placeholder", f"meeting.toml:{first_note}") in found
    assert ("weekday", f"meeting.toml:{first_day + 1}") in found  # Thursday
    assert ("weekday", f"meeting.toml:{second_day + 1}") in found  # Friday
    assert ("same-date", f"meeting.toml:{second_day}") in found
    assert ("day-outside-meeting", f"meeting.toml:{first_day}") in found
    weekday = next(f for f in findings if f.code == "weekday")
    assert weekday.message == "22 February 2017 was a Wednesday, not a Thursday"
    ordinal = next(f for f in findings if f.code == "wrong-ordinal")
    assert ordinal.fix == "write 'sixteenth annual Coordination'"


# --- seed 002: names with broken encoding ------------------------------------

SEED_002_PEOPLE = """
[people.akerman]
honorific = "Amb."
given_name = "Eva"
family_name = "Ă…kerman-Börje"
function = "Ministry of Justice, Sweden"

[people.crepeau]
honorific = "Professor"
given_name = "François"
family_name = "CrĂ©peau"
function = "Special Rapporteur on the human rights of migrants"
"""


def test_seed_002_mixed_mojibake_found_with_its_repair(tmp_path: Path) -> None:
    toml = BASE_TOML + SEED_002_PEOPLE
    findings = [
        f
        for f in check_folder(write_folder(tmp_path, {"meeting.toml": toml}))
        if f.code == "mojibake"
    ]
    assert [(f.place, f.message) for f in findings] == [
        (
            f"meeting.toml:{line_of(toml, 'Ă…kerman')}",
            "'Ă…kerman-Börje' looks like broken encoding of 'Åkerman-Börje'",
        ),
        (
            f"meeting.toml:{line_of(toml, 'CrĂ©peau')}",
            "'CrĂ©peau' looks like broken encoding of 'Crépeau'",
        ),
    ]
    assert all(f.severity is Severity.ERROR for f in findings)


# --- seed 004: the fifteenth meeting's report --------------------------------

SEED_004_SUMMARIES = """\
I. Opening of the meeting
=========================

:person:`swing` opened the meeting. The IOM would soon launch a research network.

In the coming months, the GMG would

generations. Ambassador Lauber concluded that the process should be open.

Net migration had a much greater effect on population size in the more developed
regions, where it slowed the decline of growth. Net migration also had a
significant effect in the more developed regions, where it slowed the decline of
growth.

XI. Closing of the meeting
==========================

The meeting closed.
"""


def _summaries_findings(root: Path, summaries: str) -> list[tuple[str, str]]:
    """Check a folder whose summaries are one file, ``summaries.rst``."""
    files: dict[str, str | None] = {
        "items/01-opening.rst": None,
        "items/02-closing.rst": None,
        "summaries.rst": summaries,
    }
    return codes(check_folder(write_folder(root, files)))


def test_seed_004_section_numbered_beyond_the_agenda(tmp_path: Path) -> None:
    found = _summaries_findings(tmp_path, SEED_004_SUMMARIES)
    assert (
        "section-number",
        f"summaries.rst:{line_of(SEED_004_SUMMARIES, 'XI.')}",
    ) in found


def test_seed_004_text_defects_found_where_they_stand(tmp_path: Path) -> None:
    # Numbered as the agenda has it, so that the text itself is checked.
    text = SEED_004_SUMMARIES.replace("XI. Closing", "II. Closing")
    found = _summaries_findings(tmp_path, text)
    assert (
        "article-before-abbreviation",
        f"summaries.rst:{line_of(text, 'The IOM')}",
    ) in found
    assert (
        "cut-off-paragraph",
        f"summaries.rst:{line_of(text, 'the GMG would')}",
    ) in found
    assert ("stray-fragment", f"summaries.rst:{line_of(text, 'generations.')}") in found
    # A repeat is reported where it repeats: at the second sentence's line.
    assert (
        "repeated-sentence",
        f"summaries.rst:{line_of(text, 'Net migration also had')}",
    ) in found
    assert (
        "undefined-abbreviation",
        f"summaries.rst:{line_of(text, 'the GMG would')}",
    ) in found


def test_one_document_built_checked_and_kept(tmp_path: Path) -> None:
    # The folder's document is built once: checked as it stands, unchanged
    # by the checks, so that a build can write the same tree.
    files: dict[str, str | None] = {
        "items/01-opening.rst": None,
        "items/02-closing.rst": None,
        "summaries.rst": SEED_004_SUMMARIES.replace("XI. Closing", "II. Closing"),
    }
    folder = write_folder(tmp_path, files)
    checked = load_and_check(folder)
    assert checked.findings
    assert checked.findings == check_folder(folder)
    tree = checked.document.pformat()
    again = check_document(checked.report, checked.document)
    assert checked.document.pformat() == tree
    assert again == check_report(checked.report)


# --- examples are clean ------------------------------------------------------


@pytest.mark.parametrize("folder", ["examples/series/fifteenth", "src/migmeet/sample"])
def test_examples_check_clean(folder: str) -> None:
    assert check_folder(ROOT / folder) == []


def test_python_example_checks_clean(fifteenth: object) -> None:
    assert check_report(fifteenth.REPORT) == []  # type: ignore[attr-defined]


# --- places in a report built in Python --------------------------------------

IOM = Organization(name="International Organization for Migration", abbreviation="IOM")


def test_python_report_findings_name_section_and_paragraph() -> None:
    report = Report(
        meeting=meeting(organizations=[IOM]),
        preface=["A preface."],
        sections=[
            Section(
                item=1, paragraphs=["Opened.", p("Then the UN and ", IOM, " spoke")]
            ),
            Section(item=2, paragraphs=["Closed."]),
        ],
    )
    found = codes(check_report(report))
    assert ("cut-off-paragraph", "section II, paragraph 2") not in found
    assert ("cut-off-paragraph", "section I, paragraph 2") in found
    assert ("un-abbreviation", "section I, paragraph 2") in found


def test_missing_section_and_presenter_checks() -> None:
    swing = Person(honorific="Mr.", given_name="W", family_name="Swing")
    kelley = Person(honorific="Ms.", given_name="N", family_name="Kelley")
    from migmeet import Presentation, ProgrammeDay, Session

    day = ProgrammeDay(
        date=dt.date(2017, 2, 16),
        weekday="Thursday",
        sessions=[
            Session(
                name="Morning session",
                start=dt.time(10),
                end=dt.time(13),
                agenda_items=[1],
                presentations=[Presentation(title="A talk", presenters=[kelley])],
            ),
            Session(name="Afternoon session", start=dt.time(12), end=dt.time(11)),
        ],
    )
    report = Report(
        meeting=meeting(programme=[day], people=[swing, kelley]),
        preface=[],
        sections=[Section(item=1, paragraphs=[p(swing, " spoke.")])],
    )
    found = {f.code for f in check_report(report)}
    assert {
        "missing-section",
        "speaker-not-in-programme",
        "presenter-not-in-report",
        "session-backwards",
        "session-overlap",
    } <= found
    assert "weekday" not in found


def test_a_speaker_is_not_missed_where_the_programme_lists_no_presenters() -> None:
    # A tour de table: the programme names no one for the item, so whoever
    # took the floor is not "missing from the programme".
    swing = Person(honorific="Mr.", given_name="W", family_name="Swing")
    kelley = Person(honorific="Ms.", given_name="N", family_name="Kelley")
    from migmeet import Presentation, ProgrammeDay, Session

    day = ProgrammeDay(
        date=dt.date(2017, 2, 16),
        sessions=[
            Session(
                name="Morning session",
                start=dt.time(10),
                end=dt.time(13),
                presentations=[
                    Presentation(title="Keynote", presenters=[kelley], agenda_item=1),
                    Presentation(title="Tour de table", agenda_item=2),
                ],
            )
        ],
    )
    report = Report(
        meeting=meeting(programme=[day], people=[swing, kelley]),
        preface=[],
        sections=[
            Section(item=1, paragraphs=[p(kelley, " spoke.")]),
            Section(item=2, paragraphs=[p(swing, " spoke.")]),
            Section(item=3, paragraphs=["The meeting closed."]),
        ],
    )
    assert "speaker-not-in-programme" not in {f.code for f in check_report(report)}
    moved = attrs.evolve(
        report,
        sections=[
            Section(item=1, paragraphs=[p(kelley, " and ", swing, " spoke.")]),
            Section(item=2, paragraphs=["The floor was open."]),
            Section(item=3, paragraphs=["The meeting closed."]),
        ],
    )
    assert "speaker-not-in-programme" in {f.code for f in check_report(moved)}


# --- switching checks off ----------------------------------------------------


def test_a_code_switched_off_with_a_reason(tmp_path: Path) -> None:
    toml = BASE_TOML + '\n[checks.ignore]\nun-abbreviation = "Quoted titles use UN."\n'
    root = write_folder(
        tmp_path, {"meeting.toml": toml, "items/01-opening.rst": "The UN system met.\n"}
    )
    assert check_folder(root) == []
    with pytest.raises(InvalidValueError, match="is not a check code"):
        check_report(_report(), ignore={"no-such-check": "why"})


def _report() -> Report:
    return Report(meeting=meeting(), preface=[], sections=[])


@pytest.mark.parametrize(
    ("ignore", "message"),
    [('nosuch = "x"', "is not a check code"), ('per-cent = " "', "needs the reason")],
)
def test_switching_off_is_itself_checked(
    tmp_path: Path, ignore: str, message: str
) -> None:
    toml = BASE_TOML + f"\n[checks.ignore]\n{ignore}\n"
    findings = check_folder(write_folder(tmp_path, {"meeting.toml": toml}))
    assert [f.place for f in findings] == [
        f"meeting.toml:{line_of(toml, ignore.split()[0])}"
    ]
    assert message in findings[0].message


# --- the command -------------------------------------------------------------


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), out=out, err=err), out.getvalue(), err.getvalue()


def test_check_command_json_and_exit_codes(tmp_path: Path) -> None:
    root = write_folder(tmp_path, {"meeting.toml": SEED_001_TOML})
    code, out, _ = run("check", str(root), "--format", "json")
    assert code == 1
    document = json.loads(out)
    assert document["suppressed"] == 0
    findings = document["findings"]
    assert findings
    for finding in findings:
        assert set(finding) == {"code", "severity", "file", "line", "message", "fix"}
        assert finding["code"] in CHECKS
    clean = write_folder(tmp_path / "clean")
    assert run("check", str(clean)) == (0, f"{clean}: 0 errors, 0 warnings\n", "")


def test_build_refuses_on_errors_unless_forced(tmp_path: Path) -> None:
    root = write_folder(tmp_path, {"items/01-opening.rst": "TODO: write this.\n"})
    code, _, err = run("build", str(root))
    assert code == 1
    assert "placeholder" in err
    assert "--force" in err
    assert not (root / "report.pdf").exists()
    code, out, _ = run("build", str(root), "--force")
    assert code == 0
    assert (root / "report.pdf").is_file()
    assert "checks: 1 error, 0 warnings" in out


# --- properties --------------------------------------------------------------


@given(reports())
def test_no_check_crashes_on_generated_reports(report: Report) -> None:
    for finding in check_report(report):
        assert finding.code in CHECKS
        assert finding.place


_SUBJECTS = st.sampled_from(["The meeting", "Participants", "Speakers", "The panel"])
_VERBS = st.sampled_from(["discussed", "reviewed", "welcomed", "considered"])
_OBJECTS = st.sampled_from(
    [
        "the global compact for safe, orderly and regular migration",
        "new data on international migration",
        "the work of regional commissions",
        "ways to protect the rights of migrants",
        "the preparations for the intergovernmental conference",
    ]
)
_SENTENCE = st.builds(lambda s, v, o: f"{s} {v} {o}.", _SUBJECTS, _VERBS, _OBJECTS)


@given(
    st.lists(
        st.lists(_SENTENCE, min_size=1, max_size=3, unique=True), min_size=2, max_size=2
    )
)
def test_a_correct_meeting_has_no_errors(paragraph_sentences: list[list[str]]) -> None:
    iom = IOM
    sections = [
        Section(item=n + 1, paragraphs=[p(iom, " spoke. ", " ".join(sentences))])
        for n, sentences in enumerate(paragraph_sentences)
    ]
    report = Report(
        meeting=meeting(2, organizations=[iom]), preface=[], sections=sections
    )
    errors = [f for f in check_report(report) if f.severity is Severity.ERROR]
    assert errors == []


@given(st.lists(st.text(min_size=1).filter(str.strip), min_size=1, max_size=3))
def test_no_check_crashes_on_any_text(texts: list[str]) -> None:
    report = Report(
        meeting=meeting(), preface=[], sections=[Section(item=1, paragraphs=texts)]
    )
    for finding in check_report(report):
        assert finding.code in CHECKS


def _programme_meeting(**changes: object) -> Report:
    from migmeet import Presentation, ProgrammeDay, Session

    swing = Person(honorific="Mr.", given_name="W", family_name="Swing")
    days = [
        ProgrammeDay(
            date=dt.date(2017, 2, 16),
            weekday="Thursday",
            sessions=[
                Session(
                    name="Morning session",
                    start=dt.time(10),
                    end=dt.time(13),
                    agenda_items=[1],
                    presentations=[Presentation(title="Opening", presenters=[swing])],
                ),
                Session(name="Afternoon session", start=dt.time(15), end=dt.time(18)),
            ],
        ),
        ProgrammeDay(date=dt.date(2017, 2, 17), weekday="Friday"),
    ]
    return Report(
        meeting=meeting(2, programme=days, people=[swing], **changes),
        preface=[],
        sections=[
            Section(item=1, paragraphs=[p(swing, " opened the meeting.")]),
            Section(item=2, paragraphs=["The meeting closed."]),
        ],
    )


def test_a_correct_programme_is_silent() -> None:
    assert check_report(_programme_meeting()) == []


def test_abbreviation_in_a_heading() -> None:
    from migmeet import AgendaItem

    agenda = [
        AgendaItem(number=1, title="The GMG work plan"),
        AgendaItem(number=2, title="Closing of the meeting"),
    ]
    found = {f.code for f in check_report(_programme_meeting(agenda=agenda))}
    assert "abbreviation-in-heading" in found


def test_listed_abbreviation_never_used() -> None:
    report = Report(
        meeting=meeting(),
        preface=[],
        sections=[Section(item=1, paragraphs=["Opened."])],
        abbreviations=[IOM],
    )
    found = [(f.code, f.message) for f in check_report(report)]
    assert (
        "unused-abbreviation",
        "'IOM' is listed among the abbreviations but the text never uses it",
    ) in found


def test_has_errors_stops_at_errors_not_warnings() -> None:
    unused = Report(
        meeting=meeting(2),
        preface=[],
        sections=[Section(item=n, paragraphs=["Opened."]) for n in (1, 2)],
        abbreviations=[IOM],
    )
    warnings = check_report(unused)
    assert {f.severity for f in warnings} == {Severity.WARNING}
    assert not has_errors(warnings)
    assert not has_errors([])
    missing = Report(
        meeting=meeting(2), preface=[], sections=[Section(item=1, paragraphs=["X."])]
    )
    assert has_errors(check_report(missing))


def test_data_file_mistakes_carry_their_codes(tmp_path: Path) -> None:
    toml = BASE_TOML.replace('symbol = "A/RES/71/1"', 'symbol = "A72/643"') + (
        '\n[organizations.iom2]\nname = "International Office of Migration"\n'
        'abbreviation = "IOM"\n'
    )
    found = codes(check_folder(write_folder(tmp_path, {"meeting.toml": toml})))
    assert ("symbol", f"meeting.toml:{line_of(toml, 'A72/643')}") in found
    second = len(toml.splitlines())
    assert ("abbreviation-two-names", f"meeting.toml:{second}") in found
