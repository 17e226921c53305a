"""The spelling rules: words the dictionary lacks, misspelt names, and the
spellings the Editorial Manual rejects; the meeting's names and a folder's
word list taken as right; no dictionary, one warning; the seeds' real text
and the examples quiet but for real defects; linear on 400 KB."""

from __future__ import annotations

import time
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from folders import BASE_TOML, line_of, write_folder
from migmeet import check_folder
from migmeet._checks.context import Context
from migmeet._checks.text_rules import misspellings, speller
from migmeet._checks.text_rules.speller import Speller, load_dictionary
from migmeet._reading import read_folder

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "src" / "migmeet" / "catalogue" / "spelling.toml"
SEEDS = Path("/work/shared/seeds")
EXAMPLES = ROOT / "examples" / "series"

needs_dictionary = pytest.mark.skipif(
    load_dictionary() is None, reason="hunspell-en-gb or spylls is not installed"
)
NAMES = [
    "William Lacy Swing",
    "Ninette Kelley",
    "Izumi Nakamitsu",
    "Jürg Lauber",
    "Rey Koslowski",
]


@pytest.fixture(scope="module")
def spell() -> Speller:
    return Speller(load_dictionary(), NAMES)


def found(text: str, spell: Speller) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in misspellings(text, spell)]


def rules() -> list[dict[str, object]]:
    return list(tomllib.loads(CATALOGUE.read_text())["rule"])


# --- each code, right and wrong ------------------------------------------------


@needs_dictionary
@pytest.mark.parametrize("rule", rules(), ids=lambda r: str(r["code"]))
def test_catalogue_examples(rule: dict[str, object], spell: Speller) -> None:
    for sentence in rule["right"]:  # type: ignore[attr-defined]
        assert found(sentence, spell) == [], sentence
    for sentence in rule["wrong"]:  # type: ignore[attr-defined]
        assert rule["code"] in [code for code, _ in found(sentence, spell)], sentence


@needs_dictionary
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The program was fueled by labor.", ["program", "fueled", "labor"]),
        ("Center stage was given to labour. The centre closed.", ["Center"]),
        ("The Center opened; the centre closed.", []),  # a name, mid-sentence
        ("She visited the Pew Research Center.", []),  # a name keeps its spelling
        ("The analyzed data showed a judgment.", ["analyzed", "judgment"]),
        ("A computer program was written.", []),  # the Manual's own exception
        ("The labour-market programmes were centred on women.", []),
        ("The labor-market improved.", ["labor"]),
        ("The Organisation for Economic Co-operation and Development", []),
    ],
)
def test_american_spellings(text: str, expected: list[str], spell: Speller) -> None:
    assert [w for code, w in found(text, spell) if code == "american-spelling"] + [
        w for code, w in found(text, spell) if code == "ise-spelling"
    ] == expected


@needs_dictionary
def test_ise_spellings_have_the_ize_form_as_fix(spell: Speller) -> None:
    text = "Organisations recognised it; they will prioritise and organise."
    fixes = [f.fix for f in misspellings(text, spell)]
    assert fixes == [
        "write 'Organizations'",
        "write 'recognized'",
        "write 'prioritize'",
        "write 'organize'",
    ]
    # -yse and an -ise of the root are right
    assert found("They analyse, advise, comprise and exercise.", spell) == []


@needs_dictionary
def test_a_lower_case_misspelling_has_its_correction(spell: Speller) -> None:
    (finding,) = misspellings("The remittances were recieved.", spell)
    assert finding.code == "misspelling"
    assert finding.severity.value == "warning"
    assert finding.fix is not None
    assert "'received'" in finding.fix


@needs_dictionary
def test_a_capitalized_word_is_flagged_only_near_a_known_name(spell: Speller) -> None:
    assert found("Mr. Swnig opened the meeting.", spell) == [("misspelt-name", "Swnig")]
    assert found("Mr. Nakamitzu spoke.", spell) == [("misspelt-name", "Nakamitzu")]
    # an unknown name far from every name is a name, not a mistake
    assert found("Mr. Tararas and Ms. Menozzi spoke in Zyxwvut.", spell) == []


@needs_dictionary
@pytest.mark.parametrize(
    "text",
    [
        "See A/RES/71/1 and https://undocs.org/en/A/72/643 or write to pop@un.org.",
        "The paper UN/POP/MIG-15CM/2017/12 was issued on 16-17 February 2017.",
        "The :term:`sdgs misspellt` role and ``literall`` text stay.",
        "UNHCR, IOM, UNDESA and ILO attended.",
        "Côte d'Ivoire and the Secretary-General's office co-operated.",
    ],
)
def test_no_alarm_inside_symbols_links_markup_and_capitals(
    text: str, spell: Speller
) -> None:
    assert found(text, spell) == []


def test_rejected_spellings_are_found_without_the_dictionary() -> None:
    spell = Speller(None, NAMES)
    assert not spell.available
    assert found("The program was recieved.", spell) == [
        ("american-spelling", "program")
    ]


# --- the meeting's names, the folder's words -----------------------------------


@needs_dictionary
def test_the_meetings_names_are_never_flagged(tmp_path: Path) -> None:
    summary = (
        "Mr. Swing and Professor Koslowski of the State University of New York\n"
        "at Albany welcomed Swing's proposal. The SWING report was adopted.\n"
    )
    folder = write_folder(tmp_path, {"items/01-opening.rst": summary})
    spelling = {"misspelling", "misspelt-name", "american-spelling", "ise-spelling"}
    assert [f for f in check_folder(folder) if f.code in spelling] == []


@pytest.fixture(scope="module")
def example_speller() -> Speller:
    reading = read_folder(EXAMPLES / "fifteenth")
    assert reading.report is not None
    return Context.of(reading.report).speller


@needs_dictionary
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_any_name_of_the_meeting_in_any_position_is_not_flagged(
    data: st.DataObject, example_speller: Speller
) -> None:
    names = sorted(n for n in example_speller.names if n[:1].isupper())
    name = data.draw(st.sampled_from(names))
    name = data.draw(st.sampled_from([name, name.upper()]))
    template = data.draw(
        st.sampled_from(
            [
                "{} opened the meeting.",
                "The meeting heard {}.",
                "The view of {}'s delegation was noted.",
                "Participants (including {}) agreed; {} concluded.",
                "“{}”, as the title said.",
            ]
        )
    )
    text = template.format(name, name)
    assert list(misspellings(text, example_speller)) == [], text


@needs_dictionary
def test_the_folder_word_list_extends_the_dictionary(tmp_path: Path) -> None:
    summary = "The zorblatt framework was welcomed.\n"
    folder = write_folder(tmp_path, {"items/01-opening.rst": summary})
    assert "misspelling" in [f.code for f in check_folder(folder)]
    (folder / "words.txt").write_text("# our words\n\nzorblatt\n")
    assert "misspelling" not in [f.code for f in check_folder(folder)]


def test_a_bad_word_list_is_a_located_error(tmp_path: Path) -> None:
    folder = write_folder(tmp_path)
    (folder / "words.txt").write_text("fine\ntwo words\n")
    (problem,) = [f for f in check_folder(folder) if f.file == "words.txt"]
    assert (problem.code, problem.line) == ("file", 2)
    (folder / "words.txt").write_bytes(b"fine\n\xff\xfe\n")
    (problem,) = [f for f in check_folder(folder) if f.file == "words.txt"]
    assert problem.line == 2
    assert "UTF-8" in problem.message
    (folder / "words.txt").unlink()
    (folder / "words.txt").mkdir()
    (problem,) = [f for f in check_folder(folder) if f.file == "words.txt"]
    assert problem.code == "file"


def test_a_missing_dictionary_is_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(speller, "DICTIONARY_DIRS", ())
    monkeypatch.delenv("MIGMEET_DICTIONARY_DIR", raising=False)
    summary = "The program was recieved.\n"
    folder = write_folder(tmp_path, {"items/01-opening.rst": summary})
    findings = check_folder(folder)
    assert [f.code for f in findings if "spell" in f.code] == [
        "american-spelling",
        "spelling-unavailable",
    ]


# --- the data file's strings, real text, the examples --------------------------


@needs_dictionary
def test_the_data_files_strings_are_read_at_their_line(tmp_path: Path) -> None:
    toml = BASE_TOML.replace(
        '"Closing of the meeting"]', '"Labor migration and its programs"]'
    )
    folder = write_folder(tmp_path, {"meeting.toml": toml})
    found_ = [
        (f.code, f.file, f.line) for f in check_folder(folder) if "spell" in f.code
    ]
    line = line_of(toml, "Labor migration")
    assert found_ == [
        ("american-spelling", "meeting.toml", line),
        ("american-spelling", "meeting.toml", line),
    ]


#: What the spelling rules find in the seeds' real text, each a real defect:
#: "fueled" and "emphasising" (the Manual's fuelled, emphasizing), two
#: words cut off mid-paragraph (the seeds' README lists the cut paragraphs),
#: "interagency" and "timeframe" (the dictionary's inter-agency, time
#: frame) and "unicon", the web page's logo text.
SEED_FINDINGS = {
    "001": {"fueled", "emphasising", "unicon"},
    "002": {"interagency"},
    "004": {"migrati", "proj", "timeframe"},
}


@needs_dictionary
@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seeds are not on this machine")
def test_the_seeds_real_text_raises_only_real_defects(spell: Speller) -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        words = {
            f.text
            for line in path.read_text(encoding="utf-8").splitlines()
            for f in misspellings(line, spell)
        }
        assert words == SEED_FINDINGS.get(path.name[:3], set()), path.name


@needs_dictionary
def test_the_examples_hold_no_spelling_errors() -> None:
    for folder in sorted(p for p in EXAMPLES.iterdir() if p.is_dir()):
        spelling = [f for f in check_folder(folder) if "spell" in f.code]
        # the tenth's agenda keeps the page's "interagency" (inter-agency)
        assert [f.text for f in spelling] == (
            ["interagency"] if folder.name == "tenth" else []
        ), folder.name


# --- time -------------------------------------------------------------------------


@needs_dictionary
def test_400_kb_of_summaries_are_checked_in_linear_time(spell: Speller) -> None:
    summaries = "".join(
        p.read_text(encoding="utf-8")
        for p in sorted((EXAMPLES / "fifteenth" / "items").glob("*.rst"))
    )
    paragraph = summaries.replace(":", " ").replace("`", " ")
    text = (paragraph * (400_000 // len(paragraph) + 1))[:400_000]
    list(misspellings(text[:40_000], spell))  # the words' answers kept
    start = time.perf_counter()
    list(misspellings(text, spell))
    elapsed = time.perf_counter() - start
    assert elapsed < 20, f"{elapsed:.1f} s for 400 KB"


@needs_dictionary
def test_a_text_in_another_language_is_not_a_list_of_misspellings(
    spell: Speller,
) -> None:
    title = "Informe de la reunión sobre migración internacional y desarrollo"
    assert found(title, spell) == []
    assert found("The remittances were recieved.", spell) == [
        ("misspelling", "recieved")
    ]


@needs_dictionary
def test_only_the_first_misspelt_words_get_a_correction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(speller, "CORRECTIONS", 3)
    spell = Speller(load_dictionary(), [])
    words = [f"recieved{'x' * n}" for n in range(speller.CORRECTIONS + 2)]
    text = " ".join(f"The {word} list was read twice over." for word in words)
    for _ in range(2):  # the same fixes whatever was asked before
        fixes = [f.fix or "" for f in misspellings(text, spell)]
        assert len(fixes) == len(words)
        assert all(fix.startswith("mend it") for fix in fixes[speller.CORRECTIONS :])


@needs_dictionary
def test_a_hostile_run_of_letters_is_read_in_linear_time(spell: Speller) -> None:
    start = time.perf_counter()
    assert found("Ab" * 200_000 + " " + "x" * 400_000, spell) == []
    assert time.perf_counter() - start < 5
