"""Hostile and broken input: nothing read from outside the folder, no
traceback, one located problem per mistake."""

from __future__ import annotations

import io
import os
import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from PIL import Image as Pillow

from folders import BASE_TOML, write_folder
from migmeet import FolderError, check_folder, load_folder
from migmeet._cli import main
from strategies import edited_text

ROOT = Path(__file__).resolve().parent.parent
ITEM_1 = "items/01-opening.rst"
SAMPLE_PNG = ROOT / "src" / "migmeet" / "sample" / "figures" / "migrants.png"
CHART = "Text.\n\n.. image:: figures/chart.png\n   :alt: A chart.\n"


def problems(root: Path) -> list[str]:
    with pytest.raises(FolderError) as raised:
        load_folder(root)
    return [problem.brief() for problem in raised.value.problems]


def run(*argv: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue() + err.getvalue()


def test_a_summary_that_links_outside_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.rst"
    secret.write_text("TOP-SECRET-CONTENT spoke.\n")
    root = write_folder(tmp_path / "m")
    (root / ITEM_1).unlink()
    (root / ITEM_1).symlink_to(secret)
    found = problems(root)
    assert any(f"{ITEM_1}: leads outside the meeting folder" in p for p in found)
    assert "TOP-SECRET" not in " ".join(found)


def test_a_data_file_that_links_outside_is_not_read(tmp_path: Path) -> None:
    outside = tmp_path / "other.toml"
    outside.write_text(BASE_TOML)
    root = write_folder(tmp_path / "m")
    (root / "meeting.toml").unlink()
    (root / "meeting.toml").symlink_to(outside)
    assert any("meeting.toml: leads outside" in p for p in problems(root))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_does_not_hang(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "m")
    (root / "preface.rst").unlink()
    os.mkfifo(root / "preface.rst")
    assert any("preface.rst: is a named pipe" in p for p in problems(root))


def test_a_link_to_a_device_is_refused(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "m")
    (root / "preface.rst").unlink()
    (root / "preface.rst").symlink_to("/dev/zero")
    assert any("preface.rst: leads outside" in p for p in problems(root))


def test_a_file_over_the_size_limit_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import migmeet._reading.files as files

    monkeypatch.setattr(files, "MAX_TEXT_BYTES", 1000)
    root = write_folder(tmp_path / "m", {"preface.rst": "Text. " * 500 + "\n"})
    assert any(
        "preface.rst: is 0.0 MB; migmeet reads files of up to" in p
        for p in problems(root)
    )


def test_an_unreadable_items_folder_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_folder(tmp_path / "m")
    listing = Path.iterdir

    def denied(self: Path) -> object:
        # As a folder without read permission answers (root reads anything).
        if self.name == "items":
            raise PermissionError(13, "Permission denied")
        return listing(self)

    monkeypatch.setattr(Path, "iterdir", denied)
    findings = [str(f) for f in check_folder(root)]
    assert any(
        "items/: error: cannot be read: Permission denied" in f for f in findings
    )


def _png(path: Path, size: tuple[int, int]) -> None:
    Pillow.new("RGB", size, "white").save(path, "PNG")


def test_a_truncated_image_is_found_by_check(tmp_path: Path) -> None:
    import weasyprint  # which tells Pillow to accept cut-short images

    assert weasyprint.__version__
    root = write_folder(tmp_path / "m", {ITEM_1: CHART})
    (root / "figures").mkdir()
    data = SAMPLE_PNG.read_bytes()
    (root / "figures" / "chart.png").write_bytes(data[: len(data) // 2])
    findings = [str(f) for f in check_folder(root)]
    assert any("is damaged or cut short" in f and ITEM_1 in f for f in findings)


def test_an_image_with_too_many_pixels_is_refused_with_its_name(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "m", {ITEM_1: CHART})
    (root / "figures").mkdir()
    _png(root / "figures" / "chart.png", (8000, 6000))
    findings = [str(f) for f in check_folder(root)]
    message = next(f for f in findings if "pixels" in f)
    assert "figures/chart.png" in message
    assert "8000 x 6000" in message
    assert len(message) < 400  # no image data in the message


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Text with \x1b[31m colour.\n", "control character U+001B"),
        ("Text with \x00 a NUL.\n", "control character U+0000"),
        ("Payment to \u202eevil\u202c.\n", "U+202E"),
        ("Isolate \u2066x\u2069.\n", "U+2066"),
    ],
)
def test_control_and_bidi_characters_are_refused_at_their_line(
    tmp_path: Path, text: str, what: str
) -> None:
    root = write_folder(tmp_path / "m", {ITEM_1: "First line.\n\n" + text})
    found = problems(root)
    assert any(p.startswith(f"{ITEM_1}:3: ") and what in p for p in found)


def test_control_characters_in_data_file_strings_are_refused(tmp_path: Path) -> None:
    toml = BASE_TOML.replace(
        'name = "International Organization for Migration"',
        'name = "International Organization\\u001b[2J for Migration"',
    )
    assert toml != BASE_TOML
    root = write_folder(tmp_path / "m", {"meeting.toml": toml})
    found = problems(root)
    assert any(
        p.startswith("meeting.toml:") and "control character U+001B" in p for p in found
    )


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    root = write_folder(tmp_path / "m")
    for name in ("meeting.toml", ITEM_1):
        path = root / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    report = load_folder(root)
    assert "\ufeff" not in str(report.sections[0].paragraphs)


def test_a_time_zone_that_is_a_folder_of_the_zone_database(tmp_path: Path) -> None:
    toml = BASE_TOML.replace("[meeting]", '[meeting]\ntime_zone = "America"', 1)
    root = write_folder(tmp_path / "m", {"meeting.toml": toml})
    code, said = run("check", str(root))
    assert code == 1
    assert "Traceback" not in said


def test_lists_nested_deeply_give_a_located_problem(tmp_path: Path) -> None:
    nested = "".join("   " * depth + "* level\n\n" for depth in range(200))
    root = write_folder(tmp_path / "m", {ITEM_1: "Text.\n\n" + nested})
    code, said = run("check", str(root))
    assert code == 1
    assert ITEM_1 in said
    assert "Traceback" not in said


def test_one_typo_in_a_record_is_one_problem(tmp_path: Path) -> None:
    toml = BASE_TOML.replace('family_name = "Swing"', 'familyname = "Swing"')
    assert toml != BASE_TOML
    mentions = ":person:`swing` opened. " * 19
    root = write_folder(tmp_path / "m", {"meeting.toml": toml, ITEM_1: mentions + "\n"})
    found = problems(root)
    assert len(found) == 1, found
    assert "familyname" in found[0]


def test_the_sample_folder_still_reads(tmp_path: Path) -> None:
    assert run("new", str(tmp_path / "n"))[0] == 0
    assert load_folder(tmp_path / "n").sections
    assert sys.executable  # the interpreter the tests run under
    shutil.rmtree(tmp_path / "n")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(toml=edited_text(BASE_TOML))
def test_any_edit_of_the_data_file_builds_or_gives_located_problems(
    tmp_path_factory: pytest.TempPathFactory, toml: str
) -> None:
    root = write_folder(tmp_path_factory.mktemp("edited"), {"meeting.toml": toml})
    findings = check_folder(root)  # never raises
    for finding in findings:
        assert finding.file, finding
        assert finding.message
        if finding.file == "meeting.toml" and finding.code == "file":
            assert finding.line is not None or finding.where, finding.brief()


def test_a_key_the_file_does_not_hold_is_located_nowhere_quickly() -> None:
    from migmeet._reading import locate_key

    assert locate_key({"meeting": 1}, "peopl e") is None
    assert locate_key({"meeting": 1}, "meeting.dates[3]") == 1


def test_an_agenda_too_long_for_roman_numerals_is_a_located_problem(
    tmp_path: Path,
) -> None:
    items = ", ".join(f'"Item {n}"' for n in range(1, 4001))
    toml = BASE_TOML.replace(
        'agenda = ["Opening of the meeting", "Closing of the meeting"]',
        f"agenda = [{items}]",
    )
    assert toml != BASE_TOML
    root = write_folder(tmp_path / "m", {"meeting.toml": toml})
    code, said = run("check", str(root))
    assert code == 1
    assert "meeting.toml:" in said
    assert "3999" in said
    assert "Traceback" not in said


def test_a_site_where_the_folder_cannot_be_made_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = write_folder(tmp_path / "m")
    making = Path.mkdir

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        if self.name == "site":
            raise PermissionError(13, "Permission denied")
        making(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", denied)
    code, said = run("site", str(root), "-o", str(tmp_path / "site"))
    assert code == 1
    assert "cannot write the folder: Permission denied" in said
    assert "Traceback" not in said


@pytest.mark.parametrize("key", ["../../escaped/x", "a/b", "x y", ".hidden"])
def test_a_panel_key_that_would_name_a_file_elsewhere_is_refused(
    tmp_path: Path, key: str
) -> None:
    panel = (
        f'\n[panels."{key}"]\n'
        'title = "The review of the global compact"\n'
        "date = 2017-02-16\n"
        'start = "15.00"\nend = "16.30"\n'
        'background = ["The panel looks at the options."]\n'
        'steps = ["The moderator will introduce the panellists."]\n'
    )
    findings = check_folder(write_folder(tmp_path, {"meeting.toml": BASE_TOML + panel}))
    refused = [f for f in findings if "names a file" in f.message]
    assert len(refused) == 1, [str(f) for f in findings]
    assert refused[0].file == "meeting.toml"
    assert refused[0].line == len(BASE_TOML.splitlines()) + 2


@pytest.mark.parametrize(
    "checks",
    [
        '[checks.ignore]\nfile = "We know."',
        '[checks]\nseverity = { file = "warning" }',
        '[checks]\nseverity = { markup-in-data = "warning" }',
    ],
)
def test_the_data_file_cannot_let_an_unread_file_through(
    tmp_path: Path, checks: str
) -> None:
    summary = "The meeting opened.\n\n.. include:: /etc/hostname\n"
    folder = write_folder(
        tmp_path,
        {
            "meeting.toml": BASE_TOML + "\n" + checks + "\n",
            "items/01-opening.rst": summary,
        },
    )
    findings = check_folder(folder)
    errors = {
        (f.file, f.message.split(":")[0])
        for f in findings
        if f.severity.value == "error"
    }
    assert any("cannot be switched off" in f.message for f in findings), errors
    assert any(
        f.file == "items/01-opening.rst"
        for f in findings
        if f.severity.value == "error"
    )


def test_a_comment_cannot_suppress_an_unread_file(tmp_path: Path) -> None:
    summary = (
        "The meeting opened.\n\n.. migmeet: ignore[file] we know\n\n"
        ".. include:: /etc/hostname\n"
    )
    folder = write_folder(tmp_path, {"items/01-opening.rst": summary})
    findings = [f for f in check_folder(folder) if f.severity.value == "error"]
    assert any("'file' cannot be suppressed" in f.message for f in findings)
    assert any("include" in f.message for f in findings)


def test_dates_years_apart_are_a_warning_at_the_first_day(tmp_path: Path) -> None:
    text = BASE_TOML.replace("first_day = 2017-02-16", "first_day = 0001-02-16")
    findings = check_folder(write_folder(tmp_path, {"meeting.toml": text}))
    (long,) = [f for f in findings if f.code == "meeting-length"]
    assert long.line == next(
        n for n, row in enumerate(text.splitlines(), 1) if row.startswith("first_day")
    )
    assert "the meeting runs 736331 days, from 0001-02-16 to 2017-02-17" in long.message
