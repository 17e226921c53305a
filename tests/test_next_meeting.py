"""Next year's meeting folder from last year's, and the stale content a copy
of last year's leaves behind."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import time
import tomllib
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from migmeet import (
    MigmeetError,
    PreviousMeeting,
    check_folder,
    format_date,
    load_folder,
    ordinal_word,
    stale_findings,
    write_next_meeting,
)
from migmeet._checks.text_rules.stale import stale_in_text
from migmeet._cli import main
from migmeet._reading import data_file_schema_text

ROOT = Path(__file__).resolve().parent.parent
FIFTEENTH = ROOT / "examples" / "series" / "fifteenth"
SIXTEENTH = ROOT / "examples" / "series" / "sixteenth"
SERIES = "Coordination Meeting on International Migration"
PREVIOUS = PreviousMeeting(
    number=15, first_day=dt.date(2017, 2, 16), last_day=dt.date(2017, 2, 17)
)


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _data(folder: Path) -> dict[str, object]:
    return tomllib.loads((folder / "meeting.toml").read_text(encoding="utf-8"))


# --- migmeet new --from ---------------------------------------------------------


def test_the_next_folder_has_the_next_number_and_keeps_the_standing_parts(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "seventeenth"
    code, _, err = run("new", str(folder), "--from", str(SIXTEENTH))
    assert (code, err) == (0, "")
    new, old = _data(folder), _data(SIXTEENTH)
    meeting, old_meeting = new["meeting"], old["meeting"]
    assert isinstance(meeting, dict)
    assert isinstance(old_meeting, dict)
    assert meeting["number"] == 17
    for kept in ("organizations", "people", "documents"):
        assert new[kept] == old[kept]
    assert meeting["mandate"] == old_meeting["mandate"]
    assert meeting["first_day"] == dt.date(2019, 2, 14)  # a Thursday again
    assert meeting["objectives"] == meeting["participants"] == []
    for emptied in ("programme", "papers", "side_events", "background", "panels"):
        assert emptied not in new
        assert emptied in new["to_fill"]  # type: ignore[operator]
    assert new["previous"] == {
        "number": 16,
        "first_day": dt.date(2018, 2, 15),
        "last_day": dt.date(2018, 2, 16),
        "folder": Path(__import__("os").path.relpath(SIXTEENTH, folder)).as_posix(),
    }
    assert sorted(p.name for p in folder.iterdir()) == [
        "meeting.schema.json",
        "meeting.toml",
    ]


def test_the_comments_of_the_data_file_are_kept(tmp_path: Path) -> None:
    write_next_meeting(FIFTEENTH, tmp_path / "sixteenth")
    old = (FIFTEENTH / "meeting.toml").read_text(encoding="utf-8")
    new = (tmp_path / "sixteenth" / "meeting.toml").read_text(encoding="utf-8")
    comments = [
        line
        for line in old.splitlines()
        if line.lstrip().startswith("#") and not line.startswith("#:schema")
    ]
    assert comments
    for comment in comments:
        assert comment in new
    # the layout of what is kept is untouched
    assert old.split("[documents.agenda_2030]")[1].split("\n\n")[0] in new


def test_the_next_data_file_names_the_schema_written_beside_it(
    tmp_path: Path,
) -> None:
    # The fifteenth names the repository's schema by a path from its folder,
    # which would lead nowhere from the new one.
    assert (FIFTEENTH / "meeting.toml").read_text().startswith("#:schema ../")
    write_next_meeting(FIFTEENTH, tmp_path / "sixteenth")
    new = tmp_path / "sixteenth"
    lines = (new / "meeting.toml").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "#:schema ./meeting.schema.json"
    assert sum(line.startswith("#:schema") for line in lines) == 1
    assert (new / "meeting.schema.json").read_text() == data_file_schema_text()


def test_a_schema_named_by_its_web_address_is_kept(tmp_path: Path) -> None:
    previous = tmp_path / "previous"
    shutil.copytree(FIFTEENTH, previous)
    data = previous / "meeting.toml"
    text = data.read_text(encoding="utf-8").partition("\n")[2]
    directive = "#:schema https://example.org/meeting.schema.json"
    data.write_text(f"{directive}\n{text}", encoding="utf-8")
    write_next_meeting(previous, tmp_path / "next")
    written = (tmp_path / "next" / "meeting.toml").read_text(encoding="utf-8")
    assert written.startswith(f"{directive}\n")
    assert not (tmp_path / "next" / "meeting.schema.json").exists()


def test_the_to_do_list_is_printed_numbered(tmp_path: Path) -> None:
    code, out, _ = run("new", str(tmp_path / "next"), "--from", str(FIFTEENTH))
    assert code == 0
    assert "what to do next:" in out
    numbers = [line.split(".")[0].strip() for line in out.splitlines()[2:]]
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)]
    assert len(numbers) >= 4
    assert f"migmeet check {tmp_path / 'next'}" in out


def test_a_folder_that_is_not_empty_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine")
    code, _, err = run("new", str(folder), "--from", str(SIXTEENTH))
    assert code != 0
    assert "exists and is not an empty folder" in err
    assert "nothing written" in err
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    with pytest.raises(MigmeetError, match="not an empty folder"):
        write_next_meeting(SIXTEENTH, folder)


def test_an_empty_folder_is_written_into(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    write_next_meeting(SIXTEENTH, folder)
    assert (folder / "meeting.toml").is_file()


def test_a_previous_folder_that_does_not_read_is_a_clear_error(
    tmp_path: Path,
) -> None:
    code, _, err = run("new", str(tmp_path / "n"), "--from", str(tmp_path / "none"))
    assert code != 0
    assert "cannot be read as a meeting folder" in err
    assert not (tmp_path / "n").exists()


@pytest.mark.parametrize("previous", [FIFTEENTH, SIXTEENTH])
def test_the_new_folder_passes_check_but_for_what_is_to_fill(
    tmp_path: Path, previous: Path
) -> None:
    folder = tmp_path / "next"
    write_next_meeting(previous, folder)
    findings = check_folder(folder)
    assert findings
    assert {f.code for f in findings} == {"to-fill"}
    assert all(f.severity.value == "warning" for f in findings)
    assert all(f.file == "meeting.toml" and f.line for f in findings)


def test_a_filled_entry_removed_from_to_fill_is_no_longer_reported(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "next"
    write_next_meeting(SIXTEENTH, folder)
    data = folder / "meeting.toml"
    data.write_text(
        data.read_text(encoding="utf-8").replace('summaries = "', 'x_summaries = "')
    )
    data.write_text(
        "\n".join(
            line
            for line in data.read_text(encoding="utf-8").splitlines()
            if not line.startswith("x_summaries")
        )
    )
    assert "to_fill.summaries" not in {f.where for f in check_folder(folder)}


# --- stale content ------------------------------------------------------------------


def test_the_sixteenth_against_the_fifteenth_has_no_stale_finding() -> None:
    assert stale_findings(SIXTEENTH, PREVIOUS) == []


def test_the_fifteenth_against_the_fourteenth_has_no_stale_finding() -> None:
    fourteenth = PreviousMeeting(
        number=14, first_day=dt.date(2016, 2, 25), last_day=dt.date(2016, 2, 26)
    )
    assert stale_findings(FIFTEENTH, fourteenth) == []


SEED_001_OBJECTIVES = (
    "objectives = [\n"
    '  "The Population Division is organizing the fifteenth annual '
    'Coordination Meeting on International Migration.",\n'
    '  "The fifteenth coordination meeting on international migration has '
    'the following objectives.",\n'
    "]\n"
)


@pytest.fixture
def pasted(tmp_path: Path) -> Path:
    """The sixteenth's folder with the fifteenth's objectives, dates and a
    programme day pasted in, as seed 001 was, and its [previous] table."""
    folder = tmp_path / "sixteenth"
    shutil.copytree(SIXTEENTH, folder)
    data = folder / "meeting.toml"
    text = data.read_text(encoding="utf-8")
    start = text.index("objectives = [")
    end = text.index("]\n", start) + 2
    text = text[:start] + SEED_001_OBJECTIVES + text[end:]
    text = text.replace("first_day = 2018-02-15", "first_day = 2017-02-16", 1)
    text = text.replace("last_day = 2018-02-16", "last_day = 2017-02-17", 1)
    text = text.replace("date = 2018-02-15", "date = 2017-02-22", 1)
    text += "\n[previous]\nnumber = 15\nfirst_day = 2017-02-16\nlast_day = 2017-02-17\n"
    data.write_text(text, encoding="utf-8")
    (folder / "introduction.rst").write_text(
        "Introduction\n============\n\n"
        "The Sixteenth Coordination Meeting on International Migration was\n"
        "held in New York on 16-17 February 2017.\n\n"
        "Report of the Coordination Meeting, New York, 2017.\n",
        encoding="utf-8",
    )
    return folder


def _line_of(folder: Path, name: str, words: str) -> int:
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if words in line)


def test_each_stale_code_is_found_at_its_place(pasted: Path) -> None:
    found = {(f.code, f.file, f.line, f.where) for f in stale_findings(pasted)}
    data = "meeting.toml"
    assert (
        "stale-ordinal",
        data,
        _line_of(pasted, data, "organizing the fifteenth annual"),
        "meeting.objectives[0]",
    ) in found
    assert (
        "stale-ordinal",
        data,
        _line_of(pasted, data, "The fifteenth coordination meeting"),
        "meeting.objectives[1]",
    ) in found
    assert (
        "stale-date",
        data,
        _line_of(pasted, data, "last_day = 2017"),
        "meeting.last_day",
    ) in found
    assert ("stale-date", data, _line_of(pasted, data, "date = 2017-02-22")) in {
        f[:3] for f in found
    }
    rst = "introduction.rst"
    assert ("stale-date", rst, 5, "") in found
    assert ("stale-year", rst, 7, "") in found
    # the [previous] table itself is not stale
    assert not any(f[3].startswith("previous") for f in found)


def test_check_reports_stale_content_once_as_errors(pasted: Path) -> None:
    (pasted / "introduction.rst").unlink()
    findings = check_folder(pasted)
    codes = [f.code for f in findings]
    assert "stale-ordinal" in codes
    assert "stale-date" in codes
    # the stale ordinal is not said twice, as wrong-ordinal too
    assert "wrong-ordinal" not in codes
    assert all(
        f.severity.value == "error" for f in findings if f.code.startswith("stale-")
    )


LEGITIMATE = [
    "The meeting built on the recommendations of the fifteenth Coordination "
    "Meeting on International Migration, held in 2017.",
    "In February 2017, the fifteenth meeting had agreed on a workplan.",
    "She recalled that the Fifteenth Coordination Meeting, held on "
    "16-17 February 2017, had discussed the global compact.",
    "The previous meeting took place on 16 February 2017.",
    "See document UN/POP/MIG-15CM/2017/1 and resolution 71/1 of 2017.",
    "Thematic Recollection 2007-2017 (IOM, 2017).",
    "The expert group meeting, New York, 20-22 June 2017, was recalled.",
    "Migration as a form of development. Technical Paper No. 2017/8.",
    "In 2017, the General Assembly adopted resolution 72/179.",
    "The first meeting of the Commission took place on 3 March 2017.",
]


@pytest.mark.parametrize("sentence", LEGITIMATE)
def test_a_sentence_that_names_the_previous_meeting_on_purpose_is_left_alone(
    sentence: str,
) -> None:
    assert stale_in_text(sentence, PREVIOUS, SERIES) == []


meetings = st.integers(min_value=2, max_value=150)
years = st.integers(min_value=1950, max_value=2150)


@given(meetings, years, st.booleans())
def test_the_previous_ordinal_is_stale_in_words_and_figures(
    number: int, year: int, figures: bool
) -> None:
    previous = PreviousMeeting(
        number=number, first_day=dt.date(year, 3, 1), last_day=dt.date(year, 3, 2)
    )
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    suffix = "th" if 10 <= number % 100 <= 20 else suffix
    ordinal = f"{number}{suffix}" if figures else ordinal_word(number)
    text = f"The {ordinal} Coordination Meeting on International Migration opened."
    assert [f.code for _, f in stale_in_text(text, previous, SERIES)] == [
        "stale-ordinal"
    ]
    this = ordinal_word(number + 1)
    assert stale_in_text(text.replace(ordinal, this), previous, SERIES) == []


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 12, 1)))
def test_each_day_of_the_previous_meeting_is_stale_and_the_days_around_are_not(
    day: dt.date,
) -> None:
    previous = PreviousMeeting(
        number=15, first_day=day, last_day=day + dt.timedelta(days=1)
    )
    for offset, stale in ((0, True), (1, True), (3, False), (-2, False)):
        when = format_date(day + dt.timedelta(days=offset))
        text = f"The meeting opens on {when} in the Trusteeship Council Chamber."
        codes = [f.code for _, f in stale_in_text(text, previous, SERIES)]
        assert codes == (["stale-date"] if stale else []), when


def test_the_stale_rules_take_linear_time() -> None:
    unit = (
        "The fifteenth Coordination Meeting opened on 16 February 2017 and the "
        "Coordination Meeting 2017 closed; in 2017 the papers (IOM, 2017) came "
    )
    timings = []
    for size in (10_000, 100_000, 1_000_000):
        text = (unit * (size // len(unit) + 1))[:size]
        start = time.perf_counter()
        stale_in_text(text, PREVIOUS, SERIES)
        timings.append(time.perf_counter() - start)
    # ten times the text takes about ten times as long, not a hundred
    assert timings[2] < 40 * max(timings[1], 1e-3)
    assert timings[2] < 20


def test_a_wrong_previous_table_is_a_located_problem(tmp_path: Path) -> None:
    folder = tmp_path / "next"
    write_next_meeting(SIXTEENTH, folder)
    data = folder / "meeting.toml"
    text = data.read_text(encoding="utf-8")
    data.write_text(
        text.replace("last_day = 2018-02-16\nfolder", "last_day = 2018-02-01\nfolder"),
        encoding="utf-8",
    )
    (problem,) = [f for f in check_folder(folder) if f.code == "file"]
    assert problem.where.startswith("previous")
    assert problem.line == _line_of(folder, "meeting.toml", "last_day = 2018-02-01")
    assert "before first_day" in problem.message


def test_a_meeting_in_python_is_checked_by_key(pasted: Path) -> None:
    meeting = load_folder(SIXTEENTH).meeting
    assert stale_findings(meeting, PREVIOUS) == []
    copied = attrs.evolve(
        meeting,
        objectives=("The fifteenth annual Coordination Meeting will take stock.",),
        first_day=dt.date(2017, 2, 16),
        last_day=dt.date(2017, 2, 17),
        programme=(),
        side_events=(),
    )
    found = {(f.code, f.where) for f in stale_findings(copied, PREVIOUS)}
    assert found == {
        ("stale-ordinal", "meeting.objectives[0]"),
        ("stale-date", "meeting.first_day"),
        ("stale-date", "meeting.last_day"),
    }
