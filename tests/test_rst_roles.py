"""The meeting roles exist only in migmeet's own parser, never in docutils'
global role registry, so other docutils users in the process never see them."""

from __future__ import annotations

import io
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from docutils import nodes
from docutils.core import publish_doctree

from folders import BASE_TOML, write_folder
from migmeet import FolderError, Paragraph, Person, load_folder

ITEM_1 = "items/01-opening.rst"


def first_words(root: Path) -> tuple[object, ...]:
    """The inlines of the first paragraph of the first summary."""
    paragraph = load_folder(root).sections[0].paragraphs[0]
    assert isinstance(paragraph, Paragraph)
    return paragraph.content


def speaker(root: Path) -> str:
    """The family name of the person the first summary starts with."""
    person = first_words(root)[0]
    assert isinstance(person, Person)
    return person.family_name


def swing_folder(root: Path, family_name: str = "Swing") -> Path:
    toml = BASE_TOML.replace('family_name = "Swing"', f'family_name = "{family_name}"')
    return write_folder(
        root, {"meeting.toml": toml, ITEM_1: ":person:`swing` spoke.\n"}
    )


def plain_docutils_errors(text: str) -> list[str]:
    """The error messages of a plain docutils parse, as another user gets."""
    document = publish_doctree(
        text, settings_overrides={"report_level": 5, "warning_stream": io.StringIO()}
    )
    return [
        message[0].astext()
        for message in document.findall(nodes.system_message)
        if message["level"] >= 3
    ]


@pytest.mark.parametrize("role", ["person", "org", "term", "doc"])
def test_plain_docutils_does_not_know_the_meeting_roles(
    tmp_path: Path, role: str
) -> None:
    assert speaker(swing_folder(tmp_path)) == "Swing"
    assert plain_docutils_errors(f":{role}:`x`") == [
        f'Unknown interpreted text role "{role}".'
    ]


def test_meeting_roles_resolve_on_every_parse(tmp_path: Path) -> None:
    root = swing_folder(tmp_path)
    assert first_words(root) == first_words(root)
    assert speaker(root) == "Swing"
    assert plain_docutils_errors(":person:`x`") == [
        'Unknown interpreted text role "person".'
    ]


def test_parses_in_two_threads_each_resolve_their_own_keys(tmp_path: Path) -> None:
    roots = [
        swing_folder(tmp_path / "one", "Swing"),
        swing_folder(tmp_path / "two", "Vitorino"),
    ]
    with ThreadPoolExecutor(max_workers=2) as pool:
        names = list(pool.map(speaker, roots * 4))
    assert names == ["Swing", "Vitorino"] * 4


def test_meeting_roles_ignore_case_as_docutils_roles_do(tmp_path: Path) -> None:
    root = write_folder(tmp_path, {ITEM_1: ":Person:`swing` spoke.\n"})
    assert speaker(root) == "Swing"


@pytest.mark.parametrize(
    "source",
    [
        ".. role:: custom(person)\n\n:custom:`swing` spoke.\n",
        ".. default-role:: person\n\n`swing` spoke.\n",
    ],
)
def test_directives_cannot_derive_from_the_meeting_roles(
    tmp_path: Path, source: str
) -> None:
    root = write_folder(tmp_path, {ITEM_1: source})
    with pytest.raises(FolderError) as raised:
        load_folder(root)
    briefs = [problem.brief() for problem in raised.value.problems]
    # The directive is refused before docutils runs it, so it can change
    # neither migmeet's roles nor docutils' own table.
    assert any(
        b.startswith(f"{ITEM_1}:1: the ") and "directive is not allowed" in b
        for b in briefs
    )


@pytest.mark.parametrize(
    "directive",
    [
        ".. date::",
        ".. sectnum::",
        ".. |esc| unicode:: 0x1b\n\nText |esc|.",
        ".. |x| replace:: anything",
        ".. contents::",
        ".. role:: shout(emphasis)",
        ".. class:: special",
    ],
)
def test_directives_other_than_image_are_refused_before_they_run(
    tmp_path: Path, directive: str
) -> None:
    from docutils.parsers.rst import roles

    before = dict(roles._roles)
    root = write_folder(tmp_path, {ITEM_1: f"Text.\n\n{directive}\n\nMore text.\n"})
    with pytest.raises(FolderError) as raised:
        load_folder(root)
    briefs = [problem.brief() for problem in raised.value.problems]
    assert any(f"{ITEM_1}:3: the " in b and "is not allowed" in b for b in briefs)
    assert roles._roles == before  # nothing reached docutils' own tables
