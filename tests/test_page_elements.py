"""The meeting's page as complete as the secretariat's own: data-file text
read with the summaries' roles (never printed as typed), a link for each
language version of a paper, slides and video of presentations, a side
event's registration, background documents for several items, the
information note, other websites, the note on papers, the report's link."""

from __future__ import annotations

import re
from pathlib import Path

import html5lib
import pytest
from docutils import nodes

from folders import BASE_TOML, write_folder
from migmeet import check_folder, load_folder
from migmeet._publishing.site import site_html
from migmeet._tree import concept_note_tree

ROOT = Path(__file__).resolve().parent.parent
SIXTEENTH = ROOT / "examples/series/sixteenth"


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


#: Addresses the seed's page links but does not give, added to a copy of the
#: sixteenth's data (the example folder invents none).
_BASE = "https://www.un.org/development/desa/pd/cm16"
_ADDED = [
    (
        'organization = "wfp"\nlanguages = ["ar", "en", "fr", "es"]',
        f'\nversions = {{ ar = "{_BASE}/1_WFP_AR.pdf", en = "{_BASE}/1_WFP_EN.pdf", '
        f'fr = "{_BASE}/1_WFP_FR.pdf" }}',
    ),
    (
        'presenters = ["wilmoth"]',
        f'\nslides = "{_BASE}/III_Wilmoth.pdf"\nvideo = "https://webtv.un.org/"',
    ),
    ("registration_deadline = 2018-02-15", f'\nregistration = "{_BASE}/rsvp"'),
    ("papers_note =", f'information_note = "{_BASE}/note.pdf"\n'),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("sixteenth")
    text = (SIXTEENTH / "meeting.toml").read_text(encoding="utf-8")
    for anchor, added in _ADDED:
        assert anchor in text
        text = (
            text.replace(anchor, added + anchor, 1)
            if added.endswith("\n")
            else text.replace(anchor, anchor + added, 1)
        )
    (folder / "meeting.toml").write_text(text, encoding="utf-8")
    assert check_folder(folder) == []
    return site_html(load_folder(folder))


def _objectives(tmp_path: Path, *objectives: str) -> Path:
    quoted = ", ".join(f'"{o}"' for o in objectives)
    toml = BASE_TOML.replace("agenda = [", f"objectives = [{quoted}]\nagenda = [", 1)
    return write_folder(tmp_path, {"meeting.toml": toml})


def test_roles_in_objectives_read_as_names_first_in_full_then_short(
    tmp_path: Path,
) -> None:
    folder = _objectives(
        tmp_path,
        "To hear :person:`swing` on the work of :org:`iom`.",
        "To review :doc:`nyd` with :org:`iom`.",
    )
    assert check_folder(folder) == []
    page = site_html(load_folder(folder))
    text = _text(page)
    assert (
        "To hear Mr. William Lacy Swing, Director General of the International "
        "Organization for Migration (IOM), on the work of IOM."
        in text.replace("\u00a0", " ")
    )
    assert '<a href="https://undocs.org/A/RES/71/1">A/RES/71/1</a>' in page
    assert ":org:" not in page
    assert ":doc:" not in page


@pytest.mark.parametrize(
    ("objective", "message"),
    [
        (":person:`swnig`", "no person 'swnig'"),
        (":persons:`swing`", "unknown role :persons: (did you mean :person:?)"),
        ("see `unclosed", "a backtick (`) is opened and not closed"),
        ("`page <javascript:alert(1)>`_", "is not an https:// address"),
        ("`named link`_", "a link is written `words <https://address>`_"),
    ],
)
def test_markup_that_cannot_be_read_is_an_error_at_its_line(
    tmp_path: Path, objective: str, message: str
) -> None:
    folder = _objectives(tmp_path, objective)
    findings = [f for f in check_folder(folder) if f.code == "markup-in-data"]
    assert len(findings) == 1
    assert message in findings[0].message
    assert findings[0].where == "meeting.objectives[0]"
    assert findings[0].line == 8


def test_plain_text_that_looks_like_a_list_stays_text(tmp_path: Path) -> None:
    folder = _objectives(tmp_path, "(a) taking stock: of data_sets and * more")
    assert check_folder(folder) == []
    assert "(a) taking stock: of data_sets and * more" in _text(
        site_html(load_folder(folder))
    )


def test_concept_note_links_what_its_background_cites() -> None:
    report = load_folder(SIXTEENTH)
    panel = report.meeting.panels[0]
    tree = concept_note_tree(report.meeting, panel)
    links = [n["refuri"] for n in tree.findall(nodes.reference)]
    assert "https://undocs.org/A/RES/71/1" in links
    assert ":doc:" not in tree.astext()


def test_each_language_version_of_a_paper_is_linked(page: str) -> None:
    row = next(r for r in page.split("<tr>") if "World Food Programme" in r)
    for code, name in [("AR", "Arabic"), ("EN", "English"), ("FR", "French")]:
        assert re.search(rf'<a href="[^"]*_WFP_{code}\.pdf"[^>]*>{name}<', row)
    assert "Spanish" in row
    assert "_WFP_ES" not in row  # no address given: the name alone
    other = next(r for r in page.split("<tr>") if "Industrial Development" in r)
    assert "<a " not in other.split("</td>")[-2]  # English only, no version


def test_the_note_on_papers_is_printed_over_them(page: str) -> None:
    papers = page[page.index('id="papers"') :]
    assert "reproduced as submitted, without formal editing" in papers[:800]


def test_presentations_link_their_slides_and_video(page: str) -> None:
    talk = page[page.index("Migration facts and figures") :][:900]
    assert re.search(r'<a href="https://[^"]+III_Wilmoth\.pdf">Slides', talk)
    assert '<a href="https://webtv.un.org/">Video' in talk


def test_side_event_registration_with_its_deadline(page: str) -> None:
    event = page[page.index("Protecting children on the move") :][:1500]
    assert "Register for this event</a> by 15 February 2018" in event


def test_background_documents_for_two_items(page: str) -> None:
    assert "Agenda items V and VI. Migration-related targets" in _text(page)


def test_information_note_and_other_websites(page: str) -> None:
    assert ">Information note for participants</a>" in page
    websites = page[page.index('id="websites"') :]
    assert '<a href="https://www.gfmd.org/">Global Forum on Migration' in websites
    assert '<a href="#websites">' in page


def test_report_link_only_once_it_exists(tmp_path: Path, page: str) -> None:
    assert "will be published after the meeting" in page
    toml = BASE_TOML.replace(
        "number = 15\n", 'number = 15\nreport_url = "https://www.un.org/r.pdf"\n'
    )
    folder = write_folder(
        tmp_path,
        {
            "meeting.toml": toml,
            "items/01-opening.rst": None,
            "items/02-closing.rst": None,
            "preface.rst": None,
        },
    )
    found = site_html(load_folder(folder))
    assert '<a href="https://www.un.org/r.pdf">Report of the Fifteenth' in found
    assert "will be published" not in found


def test_nothing_is_shown_for_elements_the_data_lacks(tmp_path: Path) -> None:
    found = site_html(load_folder(write_folder(tmp_path)))
    for absent in ("Information note", 'id="websites"', "Slides", "Register"):
        assert absent not in found


def test_a_bad_address_is_located(tmp_path: Path) -> None:
    toml = BASE_TOML + '\n[[websites]]\ntitle = "X"\nurl = "http://x.org"\n'
    findings = check_folder(write_folder(tmp_path, {"meeting.toml": toml}))
    problem = next(f for f in findings if f.where == "websites[0].url")
    assert "is not an https:// address" in problem.message


def test_the_page_parses_strictly(page: str) -> None:
    html5lib.HTMLParser(strict=True).parse(page)


def test_the_page_prints_curved_quotes_and_keeps_its_markup() -> None:
    root = Path(__file__).parent.parent / "examples" / "series" / "sixteenth"
    page = site_html(load_folder(root))
    text = re.sub(r"<script\b.*?</script>|<[^>]+>", "", page, flags=re.S)
    assert "An employer\u2019s perspective" in text
    assert "Visitors\u2019 Concourse" in text
    assert "&#39;" not in text
    assert "&#34;" not in text
    # Attribute values and the JSON-LD keep their straight quotes.
    assert '<html lang="en">' in page
    html5lib.HTMLParser(strict=True).parse(page)
