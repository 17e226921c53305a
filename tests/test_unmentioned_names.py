"""Issue 19: an organization, term or person of the data file that a
summary names by hand is a warning (``unmentioned-name``) at its file and
line, with the role to write; what the roles print never is."""

from __future__ import annotations

import time
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from folders import BASE_TOML, line_of, write_folder
from migmeet import Finding, Organization, Report, check_folder, p
from migmeet._checks.context import Context, Keyed
from migmeet._checks.text_rules.speller import load_dictionary
from migmeet._checks.units import read_units
from migmeet._checks.written_names import check_written_names
from migmeet._tree import finish_tree, report_tree
from strategies import reports

ITEM_1 = "items/01-opening.rst"
ITEM_2 = "items/02-closing.rst"
needs_dictionary = pytest.mark.skipif(
    load_dictionary() is None, reason="the British English dictionary is missing"
)


def unmentioned(root: Path) -> list[Finding]:
    return [f for f in check_folder(root) if f.code == "unmentioned-name"]


def test_an_organization_written_out_with_the_is_told_its_role(
    tmp_path: Path,
) -> None:
    text = (
        "Delegates met in New York.\n\n"
        "Then the International Organization for Migration said that the\n"
        "meeting had been useful.\n"
    )
    [found] = unmentioned(write_folder(tmp_path, {ITEM_1: text}))
    assert (found.file, found.line, found.text) == (
        ITEM_1,
        line_of(text, "the International"),
        "International Organization for Migration",
    )
    assert found.severity.value == "warning"
    assert found.message.startswith(
        "'International Organization for Migration' is an organization of the "
        "data file (org 'iom') written out by hand, "
    )
    assert found.fix == "write :org:`iom` where the text names it"


def test_a_person_with_a_title_is_told_its_role(tmp_path: Path) -> None:
    text = "The meeting opened.\nMr. Swing thanked the participants.\n"
    [found] = unmentioned(write_folder(tmp_path, {ITEM_1: text}))
    assert (found.file, found.line, found.text) == (ITEM_1, 2, "Mr. Swing")
    assert "a person of the data file (person 'swing')" in found.message
    assert found.fix == "write :person:`swing` where the text names it"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("William Lacy Swing opened the meeting.", "William Lacy Swing"),
        ("Mr. William Lacy Swing opened the meeting.", "Mr. William Lacy Swing"),
        ("Professor Rey Koslowski presented.", "Professor Rey Koslowski"),
        ("Ms. Koslowski presented.", "Ms. Koslowski"),
        ("Dr. Koslowski's paper was discussed.", "Dr. Koslowski"),
        ("Ms Koslowski presented.", "Ms Koslowski"),
        ("H.E. Mr. Swing spoke.", "Mr. Swing"),
    ],
)
def test_a_person_named_in_full_or_by_any_title(
    tmp_path: Path, text: str, name: str
) -> None:
    [found] = unmentioned(write_folder(tmp_path, {ITEM_1: text + "\n"}))
    assert found.text == name


def test_what_the_roles_print_is_never_a_finding(tmp_path: Path) -> None:
    text = (
        ":person:`swing` opened the meeting. :person:`swing` welcomed\n"
        ":person:`koslowski` and :org:`iom`. The :org:`iom` and the\n"
        ":term:`sdgs` were recalled, and :doc:`nyd`.\n"
    )
    root = write_folder(
        tmp_path,
        {
            ITEM_1: text,
            "meeting.toml": BASE_TOML + "\n[report]\nparticipants_annex = true\n",
        },
    )
    assert unmentioned(root) == []


def test_a_name_given_by_its_role_then_by_hand_is_found(tmp_path: Path) -> None:
    text = (
        ":org:`iom` and :person:`swing` opened the meeting.\n\n"
        "The International Organization for Migration and Mr. Swing\n"
        "closed it.\n"
    )
    found = unmentioned(write_folder(tmp_path, {ITEM_1: text}))
    assert sorted((f.line, f.text) for f in found) == [
        (3, "International Organization for Migration"),
        (3, "Mr. Swing"),
    ]


def test_each_name_once_in_the_report_at_its_first_place(tmp_path: Path) -> None:
    changes = {
        ITEM_1: "Mr. Swing spoke.\n\nMr. Swing spoke again.\n",
        ITEM_2: "William Lacy Swing closed the meeting.\n",
    }
    [found] = unmentioned(write_folder(tmp_path, changes))
    assert (found.file, found.line, found.text) == (ITEM_1, 1, "Mr. Swing")
    assert "by hand, here and 2 more times," in found.message


@needs_dictionary
def test_a_family_name_alone_only_when_it_is_no_common_word(tmp_path: Path) -> None:
    text = "The swing of opinion was clear. Swing votes were few.\n"
    assert unmentioned(write_folder(tmp_path / "swing", {ITEM_1: text})) == []
    text = "Koslowski presented a proposal.\n"
    [found] = unmentioned(write_folder(tmp_path / "koslowski", {ITEM_1: text}))
    assert found.text == "Koslowski"


def test_link_text_and_names_of_the_data_file_that_hold_a_name_are_not_found(
    tmp_path: Path,
) -> None:
    office = (
        '\n[organizations.office]\nname = "Office for the Sustainable '
        'Development Goals"\n'
    )
    text = (
        "See `International Organization for Migration <https://www.iom.int>`_.\n"
        "The Office for the Sustainable Development Goals reported.\n"
        "The study “Mr. Swing and the International Organization for Migration”\n"
        'was cited, and the paper "Koslowski on borders" too.\n'
    )
    root = write_folder(tmp_path, {ITEM_1: text, "meeting.toml": BASE_TOML + office})
    assert unmentioned(root) == []


def test_a_name_typed_in_a_footnote_is_found_and_one_in_a_role_note_is_not(
    tmp_path: Path,
) -> None:
    text = (
        "The meeting opened. [#]_ It closed. [#]_\n\n"
        ".. [#] A note on :org:`iom`.\n"
        ".. [#] A note by Professor Koslowski.\n"
    )
    [found] = unmentioned(write_folder(tmp_path, {ITEM_1: text}))
    assert (found.text, found.where) == (
        "Professor Koslowski",
        "section I, paragraph 1, footnote 2",
    )


def test_a_title_and_family_name_two_people_share_is_no_ones(tmp_path: Path) -> None:
    other = (
        '\n[people.swing2]\nhonorific = "Mr."\ngiven_name = "Tom"\n'
        'family_name = "Swing"\n'
    )
    text = "Mr. Swing spoke. Then Tom Swing spoke.\n"
    root = write_folder(tmp_path, {ITEM_1: text, "meeting.toml": BASE_TOML + other})
    [found] = unmentioned(root)
    assert (found.text, found.fix) == (
        "Tom Swing",
        "write :person:`swing2` where the text names it",
    )


def test_a_name_and_its_abbreviation_typed_together_are_one_finding(
    tmp_path: Path,
) -> None:
    text = "Delegates discussed the Sustainable Development Goals (SDGs).\n"
    [found] = unmentioned(write_folder(tmp_path, {ITEM_1: text}))
    assert found.fix == "write :term:`sdgs` where the text names it"


def _keyed(report: Report) -> list[Keyed]:
    meeting = report.meeting
    keyed = [Keyed("org", f"org{i}", o) for i, o in enumerate(meeting.organizations)]
    keyed += [Keyed("person", f"p{i}", p) for i, p in enumerate(meeting.people)]
    return keyed


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports())
def test_text_made_only_by_roles_never_names_by_hand(report: Report) -> None:
    document = finish_tree(report_tree(report))
    context = Context.of(report, keyed=_keyed(report))
    assert list(check_written_names(context, list(read_units(document)))) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(), st.data())
def test_a_name_typed_among_roles_is_always_found(
    report: Report, data: st.DataObject
) -> None:
    meeting = report.meeting
    typed = [o for o in meeting.organizations if o.abbreviation] + list(meeting.people)
    assume(typed)
    value = data.draw(st.sampled_from(typed))
    name = value.name if isinstance(value, Organization) else value.full_name
    section = report.sections[0]
    paragraph = p("Later ", name, " spoke, and ", *section.paragraphs[0].content)
    changed = attrs.evolve(
        report,
        sections=[attrs.evolve(section, paragraphs=[paragraph]), *report.sections[1:]],
    )
    document = finish_tree(report_tree(changed))
    context = Context.of(changed, keyed=_keyed(changed))
    found = list(check_written_names(context, list(read_units(document))))
    assert [f.text for f in found] == [name]


def test_one_pass_over_a_long_summary_with_many_names(tmp_path: Path) -> None:
    people = "".join(
        f'\n[people.p{i}]\nhonorific = "Ms."\ngiven_name = "Anna{i:03}"\n'
        f'family_name = "Zqx{i:03}"\n'
        for i in range(200)
    )
    orgs = "".join(
        f'\n[organizations.o{i}]\nname = "Agency {i:03} for Things"\n'
        f'abbreviation = "AG{i:03}"\n'
        for i in range(200)
    )
    paragraph = "Delegates discussed the many issues of the day at length. " * 20
    text = (
        "\n\n".join([paragraph] * 100) + "\n\nMs. Zqx150 and Agency 042 for Things.\n"
    )
    root = write_folder(
        tmp_path, {ITEM_1: text, "meeting.toml": BASE_TOML + people + orgs}
    )
    started = time.perf_counter()
    found = unmentioned(root)
    elapsed = time.perf_counter() - started
    assert sorted(f.text for f in found) == ["Agency 042 for Things", "Ms. Zqx150"]
    assert elapsed < 30, elapsed
