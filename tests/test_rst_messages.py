"""A rapporteur's slips in a summary are said in the project's words, each
with what to write instead, at its line, and said once: never docutils'
own vocabulary ("start-string", "unindent", "substitution definition")."""

from __future__ import annotations

from pathlib import Path

import pytest

from folders import write_folder
from migmeet import check_folder
from migmeet._reading.rst_messages import in_our_words

#: Words of docutils' messages that mean nothing to a rapporteur.
JARGON = (
    "start-string",
    "end-string",
    "unindent",
    "interpreted text",
    "Unknown target name",
    "substitution definition",
    "Explicit markup",
    "Undefined substitution",
    "transition",
    "Inline ",
)

OPENING = "The meeting opened.\n\n"


@pytest.mark.parametrize(
    ("written", "said", "line"),
    [
        ("Mr. Swing spoke of **bold words.\n", "two asterisks (**) open bold", 3),
        ("Mr. Swing spoke of *emphasis.\n", "an asterisk (*) opens emphasis", 3),
        ("Mr. Swing spoke of ``literal words.\n", "two backticks (``) open", 3),
        (":person:``swing`` spoke.\n", "write :person:`swing`, with one backtick", 3),
        ("`swing`_ spoke.\n", "`swing`_ is a link to nothing", 3),
        ("Mr. Swing spoke [1]_.\n", "[1]_ refers to footnote 1", 3),
        ("Mr. Swing spoke of |name|.\n", "summaries do not use substitutions", 3),
        ("Mr. Swing spoke [#]_ twice [#]_.\n\n.. [#] One.\n", "more footnote", 3),
        (
            "Mr. Swing spoke\n   of the compact.\n",
            "start every line of a paragraph at the left margin",
            3,
        ),
        (
            "- a point\nnot indented.\n",
            "a list must be followed by a blank line",
            4,
        ),
        ("Mr. Swing spoke::\n\nMore words.\n", "end it with one colon", 3),
        (".. notes:: x\n", "directive is not allowed in a summary", 3),
        (":person:`swing` and :persons:`swing` spoke.\n", "did you mean :person:?", 3),
        (
            "Gaps remained in the evidence:\n- the duration;\n- the movement.\n",
            "a list needs a blank line before it",
            4,
        ),
        ("\u2022 the duration of displacement.\n", "Word's bullet", 3),
        (
            "Short title\n=====\n\nText.\n\nOther title\n===========\n\nMore.\n",
            "at least as long as its title ('Short title')",
            4,
        ),
    ],
)
def test_each_slip_is_said_once_in_our_words(
    tmp_path: Path, written: str, said: str, line: int
) -> None:
    folder = write_folder(tmp_path, {"items/01-opening.rst": OPENING + written})
    problems = [f for f in check_folder(folder) if f.file == "items/01-opening.rst"]
    errors = [p for p in problems if p.severity.value == "error"]
    assert errors, [str(p) for p in problems]
    assert said in errors[0].message, str(errors[0])
    assert errors[0].line == line
    for problem in problems:
        assert not any(word in problem.message for word in JARGON), str(problem)
    assert len(errors) == 1, [str(p) for p in problems]


#: docutils' messages a summary or a data file's text can give, as docutils
#: words them (docutils/parsers/rst/states.py, transforms/references.py,
#: parsers/rst/roles.py).
DOCUTILS_MESSAGES = [
    'Unknown interpreted text role "persons".',
    'Interpreted text role "x" not implemented.',
    "Inline interpreted text or phrase reference start-string without end-string.",
    "Inline emphasis start-string without end-string.",
    "Inline strong start-string without end-string.",
    "Inline literal start-string without end-string.",
    "Inline substitution_reference start-string without end-string.",
    "Inline target start-string without end-string.",
    "Multiple roles in interpreted text (both prefix and suffix present; "
    "only one allowed).",
    "Mismatch: both interpreted text role prefix and reference suffix.",
    "Bullet list ends without a blank line; unexpected unindent.",
    "Enumerated list ends without a blank line; unexpected unindent.",
    "Definition list ends without a blank line; unexpected unindent.",
    "Field list ends without a blank line; unexpected unindent.",
    "Explicit markup ends without a blank line; unexpected unindent.",
    "Block quote ends without a blank line; unexpected unindent.",
    "Line block ends without a blank line.",
    "Unexpected indentation.",
    "Blank line required after table.",
    "Footnote content expected.",
    "Citation content expected.",
    'Substitution definition "x" missing contents.',
    'Substitution definition "x" empty or invalid.',
    "Problematic content in substitution definition",
    'Error in "image" directive:\nunknown option: "x".',
    'Unknown directive type "notes".',
    "Title underline too short.",
    "Title overline too short.",
    "Incomplete section title.",
    "Missing matching underline for section title overline.",
    "Title overline & underline mismatch.",
    "Unexpected section title or transition.",
    "Unexpected section title.",
    "Invalid section title or transition marker.",
    "Inconsistent title style: skip from level 1 to 3.",
    "A level 3 section cannot be used here.",
    "Title level inconsistent:",
    "Literal block expected; none found.",
    "Inconsistent literal block quoting.",
    "Anonymous hyperlink mismatch: 1 references but 0 targets.\n"
    'See "backrefs" attribute for IDs.',
    'Indirect hyperlink target "x" refers to target "y", which does not exist.',
    "Too many autonumbered footnote references: only 1 corresponding footnote "
    "available.",
    "Too many symbol footnote references: only 0 corresponding footnotes available.",
    'Undefined substitution referenced: "x".',
    'Circular substitution definition referenced: "x".',
    'Duplicate target name, cannot be used as a unique reference: "x".',
    'Duplicate explicit target name: "x".',
    'Unknown target name: "x".',
    "raw (and derived) roles disabled",
    '"raw" directive disabled.',
    'File and URL access deactivated; ignoring "include" directive.',
    "Invalid option list marker: x",
    "Line 1 exceeds the line-length-limit.",
]


@pytest.mark.parametrize("message", DOCUTILS_MESSAGES)
def test_every_docutils_message_is_said_in_our_words(message: str) -> None:
    said = in_our_words(message)
    assert said != message
    assert not any(word in said for word in JARGON if word != "Inline "), said


def test_a_footnote_mark_typed_against_its_word_is_read_as_one(
    tmp_path: Path,
) -> None:
    text = OPENING + "Migration shapes mobility.[#]_ More followed.\n\n.. [#] A note.\n"
    folder = write_folder(tmp_path, {"items/01-opening.rst": text})
    assert [f for f in check_folder(folder) if f.file == "items/01-opening.rst"] == []


def test_a_footnote_mark_without_its_footnote_is_found_at_its_line(
    tmp_path: Path,
) -> None:
    text = OPENING + "One.\n\nTwo [#]_ and three.\n\n.. [#] Note.\n\nFour [#]_.\n"
    folder = write_folder(tmp_path, {"items/01-opening.rst": text})
    problems = [f for f in check_folder(folder) if f.file == "items/01-opening.rst"]
    assert problems
    assert problems[0].line == 9
    assert "more footnote marks" in problems[0].message


def test_a_role_written_wrongly_is_one_error_and_no_name_typed_by_hand(
    tmp_path: Path,
) -> None:
    for written in (":persn:`koslowski` spoke.", ":person:'koslowski' spoke."):
        folder = write_folder(
            tmp_path / written[:6], {"items/01-opening.rst": OPENING + written + "\n"}
        )
        found = [f for f in check_folder(folder) if f.file == "items/01-opening.rst"]
        assert [f.severity.value for f in found] == ["error"], [str(f) for f in found]
