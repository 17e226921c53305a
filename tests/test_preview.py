"""``migmeet preview``: the page with the findings beside their paragraphs,
and the server that shows it live, on a copy of the fifteenth meeting."""

from __future__ import annotations

import http.client
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import html5lib
import pytest
from docutils import nodes

from migmeet._cli.parser import parser
from migmeet._cli.preview import PreviewServer, is_source
from migmeet._publishing.preview import build_preview

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "series" / "fifteenth"
ITEM = "items/02-implementing-the-new-york.rst"
SENTENCE = "stood ready to contribute."
NS = "{http://www.w3.org/1999/xhtml}"


def _copy(root: Path) -> Path:
    folder = root / "fifteenth"
    shutil.copytree(EXAMPLE, folder)
    return folder


def _edit(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_rebuild_places_a_finding_beside_its_paragraph(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    _edit(folder, ITEM, SENTENCE, "stood ready to contribute TODO")
    preview = build_preview(folder, version=7)
    assert preview.placed == 2  # the editing note and the cut-off paragraph
    tree = html5lib.HTMLParser(strict=True).parse(preview.html)
    body = tree.find(f"{NS}body")
    assert body is not None
    assert body.get("data-version") == "7"
    summary = body[0]
    assert "error" in summary.get("class", "")
    assert "Checks: 2 errors" in "".join(summary.itertext())
    section = next(s for s in body.iter(f"{NS}section") if s.get("id") == "item-2")
    children = list(section)
    aside = next(c for c in children if c.tag == f"{NS}aside")
    paragraph = children[children.index(aside) + 1]
    assert aside.get("class") == "findings error"
    said = " ".join("".join(aside.itertext()).split())
    assert said.startswith("error ")
    assert "editing note left in: 'TODO'" in said
    assert "section II, paragraph 1" in said
    assert paragraph.tag == f"{NS}p"
    assert paragraph.get("class") == "has-error"
    assert "contribute TODO" in "".join(paragraph.itertext())
    # The summary at the top links to the note.
    links = [a.get("href") for a in summary.iter(f"{NS}a")]
    assert f"#{aside.get('id')}" in links
    assert "/report.pdf" in links


def test_a_folder_that_cannot_be_read_gives_a_page_with_its_problems(
    tmp_path: Path,
) -> None:
    folder = _copy(tmp_path)
    (folder / "meeting.toml").write_text("[meeting\nnumber = 15\n", encoding="utf-8")
    preview = build_preview(folder)
    assert preview.report is None
    html5lib.HTMLParser(strict=True).parse(preview.html)
    assert "meeting.toml" in preview.html
    assert "cannot be read" in preview.html


def test_editor_files_and_outputs_do_not_trigger_a_rebuild() -> None:
    assert is_source("/m/items/01.rst")
    assert is_source("/m/meeting.toml")
    for name in (".01.rst.swp", "01.rst~", "#01.rst#", "report.pdf", "4913", "x.tmp"):
        assert not is_source(f"/m/items/{name}"), name


def test_the_default_port_and_port_zero() -> None:
    assert parser().parse_args(["preview", "d"]).port == 8017
    assert parser().parse_args(["preview", "d", "--port", "0"]).port == 0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PreviewServer]:
    preview = PreviewServer(_copy(tmp_path_factory.mktemp("preview")), port=0)
    thread = threading.Thread(target=preview.serve_forever, daemon=True)
    thread.start()
    time.sleep(0.3)  # the watcher's first scan of the folder
    yield preview
    preview.close()
    thread.join(5)


def _get(server: PreviewServer, path: str) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(*server.address, timeout=60)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def test_the_server_listens_on_this_computer_only(server: PreviewServer) -> None:
    host, port = server.address
    assert host == "127.0.0.1"
    assert port > 0
    assert server.url == f"http://127.0.0.1:{port}/"


def test_a_page_that_names_another_host_reads_nothing(server: PreviewServer) -> None:
    # DNS rebinding: a page of evil.example that now resolves to 127.0.0.1.
    connection = http.client.HTTPConnection(*server.address, timeout=60)
    try:
        connection.request("GET", "/", headers={"Host": "evil.example"})
        response = connection.getresponse()
        assert response.status == 403
        assert b"<html" not in response.read()
    finally:
        connection.close()
    status, _, body = _get(server, "/")
    assert status == 200
    assert b"<html" in body


def test_the_page_is_strict_html_with_a_content_security_policy(
    server: PreviewServer,
) -> None:
    status, headers, body = _get(server, "/")
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    html5lib.HTMLParser(strict=True).parse(body.decode("utf-8"))
    assert b"Checks: 0 errors, 0 warnings" in body
    status, headers, css = _get(server, "/preview.css")
    assert status == 200
    assert b"aside.findings" in css


def test_the_stylesheet_s_bundled_fonts_are_served(server: PreviewServer) -> None:
    status, headers, font = _get(server, "/fonts/LiberationSerif-Regular.ttf")
    assert status == 200
    assert headers["Content-Type"] == "font/ttf"
    assert len(font) > 100_000
    assert "font-src 'self'" in headers["Content-Security-Policy"]
    for path in ("/fonts/LICENSE", "/fonts/../report.css", "/fonts/"):
        assert _get(server, path)[0] == 404


def test_the_pdf_is_made_on_request(server: PreviewServer) -> None:
    status, headers, body = _get(server, "/report.pdf")
    assert status == 200
    assert headers["Content-Type"] == "application/pdf"
    assert body.startswith(b"%PDF-")


@pytest.mark.parametrize(
    "path",
    [
        "/../meeting.toml",
        "/meeting.toml",
        "/items/01-opening-of-the-meeting.rst",
        "/%2e%2e/meeting.toml",
        "//etc/passwd",
        "/report.pdf/../meeting.toml",
    ],
)
def test_no_file_of_the_folder_is_served(server: PreviewServer, path: str) -> None:
    status, _headers, body = _get(server, path)
    assert status == 404
    assert b"[meeting]" not in body


def _next_version(events: http.client.HTTPResponse, after: int) -> int:
    """The first version after ``after`` that the event stream announces."""
    while True:
        line = events.readline().decode()
        assert line, "the event stream ended"
        if line.startswith("data: ") and int(line[6:]) > after:
            return int(line[6:])


def _events(server: PreviewServer) -> tuple[http.client.HTTPResponse, int]:
    connection = http.client.HTTPConnection(*server.address, timeout=30)
    connection.request("GET", "/events")
    events = connection.getresponse()
    assert events.headers["Content-Type"] == "text/event-stream"
    return events, _next_version(events, 0)


def test_an_edit_sends_a_reload_event_and_the_new_text(server: PreviewServer) -> None:
    events, version = _events(server)
    _edit(server.state.folder, ITEM, SENTENCE, "stood ready to help, it said.")
    assert _next_version(events, version) > version
    events.close()
    _status, _headers, body = _get(server, "/")
    assert b"stood ready to help, it said." in body


def test_a_burst_of_saves_is_one_rebuild_and_editor_files_are_none(
    server: PreviewServer,
) -> None:
    events, version = _events(server)
    item = server.state.folder / ITEM
    text = item.read_text(encoding="utf-8")
    for count in range(5):  # an editor saving in steps: one rebuild
        item.write_text(text.replace("it said.", f"it said {count}.", 1), "utf-8")
        time.sleep(0.005)
    version = _next_version(events, version)
    editors = [
        item.parent / f".{item.name}.swp",
        item.parent / f"{item.name}~",
        server.state.folder / "report.pdf",
    ]
    for path in editors:
        path.write_bytes(b"not read")
    time.sleep(0.8)
    # One rebuild for the burst (two at most, if a save landed while the
    # first read the folder), none for the editors' files.
    assert server.state.version - version <= 1
    assert b"it said 4." in _page_once(server, b"it said 4.")
    for path in editors:
        path.unlink()
    item.write_text(text, encoding="utf-8")
    _next_version(events, version)
    events.close()


def _page_once(server: PreviewServer, words: bytes, wait: float = 10.0) -> bytes:
    """The page once it holds ``words`` (a rebuild may still be running for
    a save that landed while the last one read the folder), or as it is
    after ``wait`` seconds."""
    until = time.monotonic() + wait
    while True:
        status, _headers, body = _get(server, "/")
        assert status == 200
        if words in body or time.monotonic() > until:
            return body
        time.sleep(0.05)


def test_a_broken_data_file_shows_its_problem_then_recovers(
    server: PreviewServer,
) -> None:
    data = server.state.folder / "meeting.toml"
    good = data.read_text(encoding="utf-8")
    events, version = _events(server)
    data.write_text(good.replace("[meeting]", "[meeting", 1), encoding="utf-8")
    version = _next_version(events, version)
    status, _headers, body = _get(server, "/")
    assert status == 200
    assert b"meeting.toml" in body
    assert b"cannot be read far enough" in body
    assert _get(server, "/report.pdf")[0] == 503
    data.write_text(good, encoding="utf-8")
    _next_version(events, version)
    events.close()
    assert b"Checks: 0 errors" in _page_once(server, b"Checks: 0 errors")


def test_a_rebuild_that_fails_inside_migmeet_is_said_in_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from migmeet._cli import preview as command

    state = command._State(_copy(tmp_path))

    def broken(folder: Path, *, version: int = 0) -> None:
        raise ValueError("something unforeseen")

    monkeypatch.setattr(command, "build_preview", broken)
    state.rebuild()
    assert state.version == 2
    html5lib.HTMLParser(strict=True).parse(state.preview.html)
    assert "a bug in migmeet" in state.preview.html
    assert "something unforeseen" in state.preview.html
    assert state.pdf() == "the folder cannot be read far enough to make the report"


def test_a_finding_about_a_section_goes_beside_its_heading() -> None:
    from migmeet._checks import load_and_check
    from migmeet._findings import Finding, Severity
    from migmeet._publishing import preview as page

    checked = load_and_check(EXAMPLE)
    assert checked.document is not None
    document = checked.document.deepcopy()
    finding = Finding(
        code="section-title",
        severity=Severity.WARNING,
        message="section III is titled otherwise",
        file="items/03.rst",
        line=1,
        where="section III, heading",
    )
    anchors = page._place(document, [finding])
    assert anchors == {0: "finding-1"}
    section = next(s for s in document.findall(nodes.section) if "item-3" in s["ids"])
    assert isinstance(section[0], nodes.title)
    assert isinstance(section[1], nodes.raw)
    assert "section III is titled otherwise" in section[1].astext()
    assert 'class="findings"' in section[1].astext()
