"""``migmeet preview``: the report as a live page on this computer only.

A :class:`PreviewServer` binds 127.0.0.1 (never another address) and
serves five things and nothing else: the page (``/``), the report as PDF
(``/report.pdf``, made on request from the folder as it is and kept until
the next change), the stylesheet (``/preview.css``) with the bundled fonts it names
(``/fonts/NAME.ttf``) and an event stream
(``/events``) that announces each new version of the page. No file of the
folder is ever served by its path. A watcher thread rebuilds the page
(:func:`migmeet._publishing.preview.build_preview`, which never raises for
what the folder holds) when a file the folder reads is saved, once a burst
of saves has settled; editors' temporary files and the folder's own
outputs are ignored.
"""

from __future__ import annotations

import http.server
import os
import threading
from pathlib import Path
from typing import TextIO

import watchfiles

from .._errors import MigmeetError
from .._publishing import report_pdf
from .._publishing.preview import (
    SCRIPT_HASH,
    Preview,
    build_preview,
    failed_preview,
    preview_css,
    preview_font,
)

__all__ = ["DEFAULT_PORT", "PreviewServer", "is_source", "serve"]

DEFAULT_PORT = 8017
HOST = "127.0.0.1"
#: The files a meeting folder is read from; anything else (the PDFs and
#: pages it writes, editors' swap and backup files) changes nothing.
_SOURCES = (".toml", ".rst", ".png", ".jpg", ".jpeg", ".svg", ".gif")
_CSP = (
    "default-src 'none'; style-src 'self'; style-src-attr 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; "
    f"script-src '{SCRIPT_HASH}'; connect-src 'self'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)
#: Seconds between keep-alive comments on an idle event stream.
_KEEP_ALIVE = 15.0


def is_source(path: str) -> bool:
    """Whether a change to ``path`` may change the report."""
    name = Path(path).name
    if name.startswith((".", "#", "~")) or name.endswith("~"):
        return False
    return name.lower().endswith(_SOURCES)


def _sources_stamp(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """The folder's source files with their modification times and sizes."""
    stamp = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            if not is_source(path):
                continue
            try:
                info = os.lstat(path)
            except OSError:
                continue  # gone while looked at: the next stamp differs
            stamp.append((path, info.st_mtime_ns, info.st_size))
    return tuple(sorted(stamp))


class _State:
    """The current page and its version, the PDF made from it if asked
    for, and a condition the event streams wait on."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.version = 1
        self.preview: Preview = build_preview(folder, version=1)
        self.changed = threading.Condition()
        self.stopping = False
        self._pdf: tuple[int, bytes | str] | None = None
        self._pdf_lock = threading.Lock()

    def rebuild(self) -> None:
        version = self.version + 1
        try:
            preview = build_preview(self.folder, version=version)
        except Exception as error:  # a bug: said in the page; the watch goes on
            message = f"internal error: {type(error).__name__}: {error}"
            preview = failed_preview(self.folder, message, version=version)
        with self.changed:
            self.version += 1
            self.preview = preview
            self.changed.notify_all()

    def stop(self) -> None:
        with self.changed:
            self.stopping = True
            self.changed.notify_all()

    def pdf(self) -> bytes | str:
        """The PDF of the current version, or why there is none."""
        with self._pdf_lock:
            preview, version = self.preview, self.version
            if self._pdf is None or self._pdf[0] != version:
                made: bytes | str
                if preview.report is None:
                    made = "the folder cannot be read far enough to make the report"
                else:
                    try:
                        made = report_pdf(
                            preview.report, document=preview.document
                        ).data
                    except MigmeetError as error:
                        made = str(error)
                    except Exception as error:  # a bug: said, not a dropped line
                        made = f"internal error: {type(error).__name__}: {error}"
                self._pdf = (version, made)
            return self._pdf[1]


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        pass  # the terminal shows the URL and the rebuilds, not each request

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Security-Policy", _CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        state = self.server.state
        path = self.path.split("?", 1)[0]
        port = self.server.server_address[1]
        if self.headers.get("Host", "") not in (
            f"127.0.0.1:{port}",
            f"localhost:{port}",
        ):
            # A page elsewhere that renames itself 127.0.0.1 (DNS
            # rebinding) must not read the draft.
            self._send(403, "text/plain; charset=utf-8", b"forbidden\n")
        elif path == "/":
            html = state.preview.html.encode("utf-8")
            self._send(200, "text/html; charset=utf-8", html)
        elif path == "/preview.css":
            self._send(200, "text/css; charset=utf-8", preview_css())
        elif path.startswith("/fonts/") and (
            font := preview_font(path.removeprefix("/fonts/"))
        ):
            self._send(200, "font/ttf", font)
        elif path == "/report.pdf":
            pdf = state.pdf()
            if isinstance(pdf, bytes):
                self._send(200, "application/pdf", pdf)
            else:
                self._send(503, "text/plain; charset=utf-8", pdf.encode("utf-8"))
        elif path == "/events":
            self._events(state)
        else:
            self._send(404, "text/plain; charset=utf-8", b"not found\n")

    def _events(self, state: _State) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        sent = 0
        try:
            while True:
                with state.changed:
                    if state.version == sent and not state.stopping:
                        state.changed.wait(_KEEP_ALIVE)
                    if state.stopping:
                        return
                    version = state.version
                if version != sent:
                    self.wfile.write(f"event: version\ndata: {version}\n\n".encode())
                    sent = version
                else:
                    self.wfile.write(b": still here\n\n")
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return  # the page was closed or reloaded


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    state: _State


class PreviewServer:
    """The preview of one folder: a server on 127.0.0.1 and its watcher.

    ``port`` 0 picks a free port; :attr:`url` says which.
    """

    def __init__(self, folder: Path, port: int = DEFAULT_PORT) -> None:
        if not folder.is_dir():
            raise MigmeetError(f"{folder}: is not a folder")
        self.state = _State(folder)
        try:
            self._server = _Server((HOST, port), _Handler)
        except OSError as error:
            raise MigmeetError(
                f"cannot listen on {HOST}:{port} ({error.strerror}); "
                "choose another with --port, or --port 0 for any free one"
            ) from None
        self._server.state = self.state
        self._stop = threading.Event()
        self._watcher = threading.Thread(target=self._watch, daemon=True)

    @property
    def address(self) -> tuple[str, int]:
        host, port = self._server.server_address[:2]
        return str(host), int(port)

    @property
    def url(self) -> str:
        host, port = self.address
        return f"http://{host}:{port}/"

    def _watch(self) -> None:
        for _changes in watchfiles.watch(
            self.state.folder,
            watch_filter=lambda _change, path: is_source(path),
            debounce=800,  # the most a burst of saves is gathered for, in ms
            step=40,  # a burst has settled after this many quiet ms
            stop_event=self._stop,
            yield_on_timeout=False,
            raise_interrupt=False,
        ):
            # A save that lands while the page is rebuilt (an editor that
            # truncates, then writes) may come in the batch just taken: the
            # page is rebuilt until the sources stand as they were read.
            while True:
                before = _sources_stamp(self.state.folder)
                self.state.rebuild()
                if _sources_stamp(self.state.folder) == before:
                    break

    def start_watching(self) -> None:
        self._watcher.start()

    def serve_forever(self) -> None:
        """Serve until :meth:`close` (from another thread) or Ctrl-C."""
        self.start_watching()
        self._server.serve_forever(poll_interval=0.2)

    def close(self) -> None:
        self._stop.set()
        self.state.stop()
        self._server.shutdown()
        self._server.server_close()


def serve(folder: Path, port: int, out: TextIO) -> int:
    """``migmeet preview``: serve until Ctrl-C."""
    preview = PreviewServer(folder, port)
    print(f"previewing {folder} at {preview.url} (Ctrl-C to stop)", file=out)
    print(f"checks: {len(preview.state.preview.findings)} findings", file=out)
    out.flush()
    thread = threading.Thread(target=preview.serve_forever, daemon=True)
    thread.start()
    try:
        while thread.is_alive():
            thread.join(0.5)
    except KeyboardInterrupt:
        pass
    preview.close()
    print("preview stopped", file=out)
    return 0
