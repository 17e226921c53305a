"""Publication options: page size, logo, symbol, sales number and the list
of participants, in the data file's [report] table and in Python alike."""

from __future__ import annotations

import io
import re
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from PIL import Image as Pillow
from pypdf import PdfReader

from folders import BASE_TOML, line_of, write_folder
from migmeet import (
    FolderError,
    Image,
    InvalidValueError,
    Organization,
    OrganizationKind,
    Person,
    Report,
    load_folder,
    report_html,
    report_pdf,
)

POINTS_PER_MM = 72 / 25.4

EXTRA_PEOPLE = """
[organizations.mexico]
name = "Mexico"
kind = "Member State"
article = false

[people.ayala]
honorific = "Mr."
given_name = "Juan"
family_name = "Ayala"
function = "Minister Counsellor"
organization = "mexico"

[people.appave]
honorific = "Ms."
given_name = "Gervais"
family_name = "Appave"
organization = "iom"

[people.zed]
honorific = "Ms."
given_name = "Ada"
family_name = "Zed"
"""


def _png() -> bytes:
    out = io.BytesIO()
    Pillow.new("RGB", (60, 30), (31, 78, 140)).save(out, format="PNG")
    return out.getvalue()


def _folder(tmp_path: Path, report_table: str, extra: str = "") -> Path:
    toml = BASE_TOML + extra + "\n[report]\n" + report_table
    return write_folder(tmp_path, {"meeting.toml": toml})


def _problems(root: Path) -> list[str]:
    with pytest.raises(FolderError) as raised:
        load_folder(root)
    return [problem.brief() for problem in raised.value.problems]


def _pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def _size_mm(data: bytes) -> tuple[int, int]:
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    return round(box.width / POINTS_PER_MM), round(box.height / POINTS_PER_MM)


def test_letter_is_the_default_and_a4_is_chosen_in_the_data_file(
    tmp_path: Path,
) -> None:
    letter = report_pdf(load_folder(_folder(tmp_path / "l", "")))
    assert _size_mm(letter.data) == (216, 279)
    report = load_folder(_folder(tmp_path / "a", 'page_size = "A4"\n'))
    assert report.page_size == "A4"
    a4 = report_pdf(report)
    reader = PdfReader(io.BytesIO(a4.data))
    assert {
        (round(p.mediabox.width), round(p.mediabox.height)) for p in reader.pages
    } == {(595, 842)}
    assert report_pdf(report).data == a4.data  # reproducible


def test_a_wrong_page_size_is_located_at_its_line(tmp_path: Path) -> None:
    root = _folder(tmp_path, 'author = "UN DESA"\npage_size = "A5"\n')
    toml = (root / "meeting.toml").read_text()
    found = _problems(root)
    line = line_of(toml, 'page_size = "A5"')
    assert any(
        p.startswith(f"meeting.toml:{line}:") and "'A5'" in p and "'A4'" in p
        for p in found
    ), found


def test_a_wrong_page_size_in_python_is_refused(fifteenth_report: Report) -> None:
    with pytest.raises(InvalidValueError, match=r"Report\.page_size"):
        attrs.evolve(fifteenth_report, page_size="a4")


@pytest.fixture
def fifteenth_report(fifteenth: ModuleType) -> Report:
    report: Report = fifteenth.REPORT
    return report


def test_symbol_and_sales_number_on_cover_and_imprint(tmp_path: Path) -> None:
    root = _folder(
        tmp_path, 'symbol = "ST/ESA/SER.A/400"\nsales_number = "E.17.XIII.5"\n'
    )
    report = load_folder(root)
    assert str(report.symbol) == "ST/ESA/SER.A/400"
    cover, imprint = _pages(report_pdf(report).data)[:2]
    for page in (cover, imprint):
        assert "ST/ESA/SER.A/400" in page
        assert "Sales No. E.17.XIII.5" in page
    assert "United Nations publication" in imprint


def test_a_malformed_symbol_is_located(tmp_path: Path) -> None:
    root = _folder(tmp_path, 'symbol = "A72/643"\n')
    line = line_of((root / "meeting.toml").read_text(), 'symbol = "A72/643"')
    found = _problems(root)
    assert any(
        p.startswith(f"meeting.toml:{line}:") and "'A72/643'" in p for p in found
    ), found


def test_the_logo_is_read_from_the_folder_and_shown_on_the_cover(
    tmp_path: Path,
) -> None:
    root = _folder(tmp_path, 'logo = "emblem.png"\n')
    (root / "emblem.png").write_bytes(_png())
    report = load_folder(root)
    assert report.logo is not None
    assert report.logo.data == _png()
    page = report_html(report)
    cover = page[page.index('id="title-page"') : page.index('id="imprint"')]
    assert '<img src="data:image/png;base64,' in cover
    assert 'class="logo"' in cover
    reader = PdfReader(io.BytesIO(report_pdf(report).data))
    assert list(reader.pages[0].images)  # drawn on the cover


@pytest.mark.parametrize(
    ("logo", "expected"),
    [
        ("missing.png", "image 'missing.png' does not exist"),
        ("../outside.png", "outside the meeting folder"),
        ("notes.txt", "is not a PNG, JPEG or GIF file"),
    ],
)
def test_a_logo_that_cannot_be_printed_is_located(
    tmp_path: Path, logo: str, expected: str
) -> None:
    root = _folder(tmp_path / "m", f'logo = "{logo}"\n')
    (root / "notes.txt").write_text("not an image")
    (tmp_path / "outside.png").write_bytes(_png())
    line = line_of((root / "meeting.toml").read_text(), "logo =")
    found = _problems(root)
    assert any(
        p.startswith(f"meeting.toml:{line}:") and expected in p for p in found
    ), found


def test_in_python_the_logo_is_an_image_or_bytes(fifteenth_report: Report) -> None:
    made = attrs.evolve(fifteenth_report, logo=_png())
    assert isinstance(made.logo, Image)
    assert made.logo.alt == "Logo"
    given = Image(data=_png(), alt="Emblem of the United Nations")
    assert attrs.evolve(fifteenth_report, logo=given).logo == given
    with pytest.raises(InvalidValueError, match="is not a PNG, JPEG or GIF"):
        attrs.evolve(fifteenth_report, logo=b"GIF? no")


def test_the_list_of_participants_is_the_last_annex_grouped_and_sorted(
    tmp_path: Path,
) -> None:
    root = _folder(tmp_path, "participants_annex = true\n", EXTRA_PEOPLE)
    (root / "annexes").mkdir()
    (root / "annexes" / "01-papers.rst").write_text(
        "Papers\n======\n\nThe papers.\n", encoding="utf-8"
    )
    report = load_folder(root)
    page = report_html(report)
    annex = _reading(page[page.index('id="annex-2"') :])
    assert "Annex II" in annex
    assert "List of participants" in annex
    order = [
        "Member States",
        "Mr. Juan Ayala, Minister Counsellor, Mexico",
        "United Nations system",
        "Ms. Gervais Appave, International Organization for Migration",
        "Mr. William Lacy Swing, Director General, "
        "International Organization for Migration",
        "Civil society and academia",
        "Professor Rey Koslowski, State University of New York at Albany",
        "Other participants",
        "Ms. Ada Zed",
    ]
    places = [annex.index(text) for text in order]
    assert places == sorted(places)
    assert "Other intergovernmental organizations" not in annex
    last = _pages(report_pdf(report).data)[-1]
    assert "LIST OF PARTICIPANTS" in last
    assert "Mr. Juan Ayala, Minister Counsellor, Mexico" in last


def test_without_the_option_there_is_no_list_of_participants(tmp_path: Path) -> None:
    assert "List of participants" not in report_html(load_folder(_folder(tmp_path, "")))


def test_the_list_names_the_meeting_participants_in_python(
    fifteenth_report: Report,
) -> None:
    report = fifteenth_report
    un = Organization(name="World Health Organization", abbreviation="WHO")
    state = Organization(name="Ghana", kind=OrganizationKind.MEMBER_STATE)
    people = [
        Person(honorific="Ms.", given_name="B", family_name="Óscar", organization=un),
        Person(honorific="Mr.", given_name="A", family_name="Ode", organization=un),
        Person(honorific="H.E.", family_name="Mensah", organization=state),
    ]
    meeting = attrs.evolve(report.meeting, participants=people)
    made = attrs.evolve(report, meeting=meeting, participants_annex=True)
    page = _reading(report_html(made))
    annex = page[page.index("List of participants") :]
    names = ["H.E. Mensah, Ghana", "Mr. A Ode,", "Ms. B Óscar,"]
    places = [annex.index(name) for name in names]
    assert places == sorted(places)  # "Óscar" files under O, after "Ode"


def _reading(html: str) -> str:
    """The page as a reader reads it: no tags, no-break spaces as spaces."""
    return re.sub(r"<[^>]+>", "", html).replace("\u00a0", " ")
