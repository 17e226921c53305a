"""How soon an edit shows in ``migmeet preview``.

Run: ``python benchmarks/bench_preview.py [EDITS]``. Copies the fifteenth
meeting to a temporary folder, serves its preview on a free port of
127.0.0.1, listens to the page's event stream as a browser would, and saves
an edit to one summary EDITS times (7 by default), a second apart. For each
it measures the time from the file written to the event announcing the new
version (which is when the open page reloads), and to the new page served
with the edit in it; it prints the median, the fastest and the slowest, and
the time of one rebuild alone. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import http.client
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

from migmeet._cli.preview import PreviewServer
from migmeet._publishing.preview import build_preview

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "examples" / "series" / "fifteenth"
ITEM = "items/02-implementing-the-new-york.rst"


def _version(events: http.client.HTTPResponse, after: int) -> int:
    while True:
        line = events.readline().decode()
        if not line:
            raise SystemExit("the event stream ended")
        if line.startswith("data: ") and int(line[6:]) > after:
            return int(line[6:])


def _page(server: PreviewServer) -> bytes:
    connection = http.client.HTTPConnection(*server.address, timeout=30)
    connection.request("GET", "/")
    body = connection.getresponse().read()
    connection.close()
    return body


def _figures(name: str, seconds: list[float]) -> str:
    ms = [s * 1000 for s in seconds]
    return (
        f"{name}: median {statistics.median(ms):.0f} ms "
        f"(fastest {min(ms):.0f} ms, slowest {max(ms):.0f} ms, {len(ms)} edits)"
    )


def main(edits: int) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / "fifteenth"
        shutil.copytree(SOURCE, folder)
        start = time.perf_counter()
        build_preview(folder)
        print(
            f"one rebuild alone (read, check, page): "
            f"{(time.perf_counter() - start) * 1000:.0f} ms"
        )
        server = PreviewServer(folder, port=0)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        time.sleep(0.5)  # the watcher's first scan
        connection = http.client.HTTPConnection(*server.address, timeout=30)
        connection.request("GET", "/events")
        events = connection.getresponse()
        version = _version(events, 0)
        item = folder / ITEM
        original = item.read_text(encoding="utf-8")
        to_event: list[float] = []
        to_page: list[float] = []
        for edit in range(edits):
            marker = f"stood ready to contribute, edit {edit}."
            text = original.replace("stood ready to contribute.", marker, 1)
            written = time.perf_counter()
            item.write_text(text, encoding="utf-8")
            version = _version(events, version)
            to_event.append(time.perf_counter() - written)
            while marker.encode() not in _page(server):
                time.sleep(0.01)
            to_page.append(time.perf_counter() - written)
            time.sleep(1.0)
        connection.close()
        server.close()
        thread.join(5)
    print(_figures("file written -> reload event", to_event))
    print(_figures("file written -> new page served", to_page))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
