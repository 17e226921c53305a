"""Summaries are untrusted: nothing outside the meeting folder gets in."""

from __future__ import annotations

import io
import re
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from folders import write_folder
from migmeet import FolderError, Image, load_folder, report_html, report_pdf

ITEM_1 = "items/01-opening.rst"
ROOT = Path(__file__).resolve().parent.parent
SAMPLE_PNG = ROOT / "src" / "migmeet" / "sample" / "figures" / "migrants.png"
CHART = "Text.\n\n.. image:: figures/chart.png\n   :alt: A chart.\n"


def refused(root: Path) -> str:
    with pytest.raises(FolderError) as raised:
        load_folder(root)
    return str(raised.value)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file outside the meeting folder that must never reach the output."""
    path = tmp_path / "secret.png"
    shutil.copy(SAMPLE_PNG, path)
    (tmp_path / "secret.txt").write_text("TOP-SECRET-CONTENT\n")
    return path


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            ".. raw:: html\n\n   <script>alert(1)</script>\n",
            'items/01-opening.rst:1: the "raw" directive is not allowed',
        ),
        (
            ".. include:: /etc/passwd\n",
            'items/01-opening.rst:1: the "include" directive is not allowed',
        ),
        (
            ".. include:: ../secret.txt\n",
            'items/01-opening.rst:1: the "include" directive is not allowed',
        ),
        (
            "Text.\n\n.. image:: ../secret.png\n   :alt: A secret.\n",
            "items/01-opening.rst:3: image '../secret.png' is outside the meeting",
        ),
        (
            "Text.\n\n.. image:: {secret}\n   :alt: A secret.\n",
            "is not a path inside the meeting folder",
        ),
        (
            "Text.\n\n.. image:: file://{secret}\n   :alt: A secret.\n",
            "is not a path inside the meeting folder",
        ),
        (
            "Text.\n\n.. image:: https://example.org/tracker.png\n   :alt: Pixel.\n",
            "is not a path inside the meeting folder",
        ),
        (
            CHART + "   :loading: embed\n",
            "':loading: embed' is not allowed",
        ),
        (
            ".. csv-table::\n   :file: ../secret.txt\n",
            "not allowed",
        ),
    ],
)
def test_outside_content_is_refused_with_a_clear_message(
    tmp_path: Path, secret: Path, source: str, message: str
) -> None:
    folder = tmp_path / "meeting"
    root = write_folder(folder, {ITEM_1: source.format(secret=secret)})
    (root / "figures").mkdir()
    shutil.copy(SAMPLE_PNG, root / "figures" / "chart.png")
    error = refused(root)
    assert message in error
    assert "TOP-SECRET" not in error
    assert "root:" not in error


def test_an_image_inside_the_folder_is_embedded(tmp_path: Path) -> None:
    root = write_folder(
        tmp_path,
        {ITEM_1: CHART + "   :width: 8cm\n"},
    )
    (root / "figures").mkdir()
    shutil.copy(SAMPLE_PNG, root / "figures" / "chart.png")
    page = report_html(load_folder(root))
    assert re.search(
        r'<img src="data:image/png;base64,[^"]+" alt="A chart." style="width: 8cm">',
        page,
    )
    assert "figures/chart.png" not in page


def test_an_image_without_alt_text_is_refused(tmp_path: Path) -> None:
    root = write_folder(tmp_path, {ITEM_1: "Text.\n\n.. image:: figures/chart.png\n"})
    (root / "figures").mkdir()
    shutil.copy(SAMPLE_PNG, root / "figures" / "chart.png")
    assert "needs ':alt:' text" in refused(root)


def test_an_image_that_is_not_a_picture_is_refused(tmp_path: Path) -> None:
    root = write_folder(
        tmp_path, {ITEM_1: "T.\n\n.. image:: notes.png\n   :alt: Notes.\n"}
    )
    (root / "notes.png").write_text("not an image")
    assert "is not a PNG, JPEG or GIF file" in refused(root)


def test_html_in_a_summary_is_text(tmp_path: Path) -> None:
    source = 'A <script>alert("x")</script> and <img src=x onerror=alert(1)> & co.\n'
    page = report_html(load_folder(write_folder(tmp_path, {ITEM_1: source})))
    assert "<script>" not in page
    assert "<img src=x" not in page
    assert "&lt;script&gt;" in page


def test_python_images_are_checked_too() -> None:
    with pytest.raises(Exception, match="is not a PNG, JPEG or GIF image"):
        Image(data=b"<svg onload=alert(1)>", alt="x")


# --- any text written into a summary -----------------------------------------

# Letters of the scripts the report's fonts cover, digits, spaces, line
# breaks and every character reStructuredText gives a meaning to.
_ALPHABET = st.characters(
    codec="utf-8",
    categories=["Lu", "Ll", "Nd", "Zs", "Po", "Ps", "Pe", "Pd", "Sm", "Sc", "Sk"],
    max_codepoint=0x04FF,
) | st.sampled_from(list("\n\n*`_:|\\-.#[]<>()=+^~'\"!?/@&$%"))

_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """The words a reader must find in the PDF: those outside explicit
    markup (comments, targets), which reStructuredText does not print."""
    kept = [line for line in text.splitlines() if not line.lstrip().startswith("..")]
    return _WORD.findall(unicodedata.normalize("NFKC", "\n".join(kept)))


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(st.text(_ALPHABET, min_size=1, max_size=120))
def test_any_summary_text_renders_intact_or_is_refused_with_a_place(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    root = write_folder(tmp_path_factory.mktemp("m"), {ITEM_1: text})
    try:
        report = load_folder(root)
    except FolderError as error:
        refusal = error
    else:
        refusal = None
    if refusal is not None:
        assert refusal.problems
        assert all(p.file and p.message for p in refusal.problems)
        return
    reader = PdfReader(io.BytesIO(report_pdf(report).data))
    pdf_text = unicodedata.normalize(
        "NFKC", " ".join(page.extract_text() for page in reader.pages)
    )
    squeezed = "".join(pdf_text.split())
    for word in _words(text):
        assert word in squeezed, (word, text)
