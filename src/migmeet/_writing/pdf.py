"""From HTML to PDF bytes with WeasyPrint, the one place it is called.

WeasyPrint fetches nothing but the package's own assets and ``data:``
URLs, unless the caller passes other allowed roots. The PDF is tagged,
carries the page labels a viewer shows (i, ii, iii for the front matter,
1, 2, 3 for the body), is finished as PDF/UA-1 by :mod:`.pdfua`, and has
no creation date or random identifier, so the same HTML gives the same
bytes.
"""

from __future__ import annotations

import logging
import urllib.parse
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import pydyf
from weasyprint import CSS, HTML
from weasyprint.css.counters import CounterStyle
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from .._errors import RenderError
from .pdfua import finish_pdfua, tagging
from .rendered import RenderedPdf

__all__ = ["ASSETS", "render_pdf"]

ASSETS = Path(str(resources.files("migmeet") / "assets"))
STYLESHEET = ASSETS / "report.css"
#: The CSS page size of each page size a report may have.
PAGE_SIZES = {"Letter": "letter", "A4": "A4"}
#: The id of the element that starts the body (page 1).
BODY_ID = "report"


class _ConfinedFetcher(URLFetcher):  # type: ignore[misc]
    """Fetches ``data:`` URLs and files under the allowed folders only."""

    def __init__(self, roots: Sequence[Path]) -> None:
        super().__init__(allowed_protocols=("data", "file"))
        self.roots = tuple(root.resolve() for root in roots)

    def fetch(self, url: str, headers: Any = None) -> Any:
        if url.startswith("file:"):
            # Compare the decoded path: "%2e%2e" is ".." to the file system.
            parts = urllib.parse.urlsplit(url)
            if parts.netloc not in ("", "localhost"):
                raise ValueError(f"migmeet does not fetch {url}")
            path = Path(urllib.parse.unquote(parts.path)).resolve()
            if not any(path.is_relative_to(root) for root in self.roots):
                raise ValueError(f"migmeet does not fetch {url}")
        elif not url.startswith("data:"):
            raise ValueError(f"migmeet does not fetch {url}")
        return super().fetch(url, headers)


def _page_labels(body_start: int) -> pydyf.Dictionary:
    nums = pydyf.Array([0, pydyf.Dictionary({"S": "/r"})])
    if body_start > 0:
        nums.extend([body_start, pydyf.Dictionary({"S": "/D", "St": 1})])
    return pydyf.Dictionary({"Nums": nums})


class _WeasyPrintLog(logging.Handler):
    """Collects WeasyPrint's errors, which it logs rather than raises."""

    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def render_pdf(
    html: str,
    *,
    allowed_roots: Sequence[Path] = (),
    body_id: str | None = BODY_ID,
    page_size: str = "Letter",
    edition: str = "print",
) -> RenderedPdf:
    """Render a page to PDF, on pages of ``page_size`` ("Letter" or "A4").

    Pages before the element ``body_id`` are labelled i, ii, iii, the rest
    1, 2, 3; with no ``body_id``, every page is labelled 1, 2, 3. Raises
    :class:`RenderError` if WeasyPrint fails or reports an error.
    """
    fetcher = _ConfinedFetcher([ASSETS, *allowed_roots])
    log = _WeasyPrintLog()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(log)
    try:
        # @counter-style rules ("(a)", "(i)") register in this dictionary.
        counter_style = CounterStyle()
        # @font-face rules (the bundled typeface) register in this one.
        fonts = FontConfiguration()
        stylesheet = CSS(
            filename=str(STYLESHEET),
            url_fetcher=fetcher,
            counter_style=counter_style,
            font_config=fonts,
        )
        # The page size, after the stylesheet's own: the one rule it sets.
        size = CSS(
            string=f"@page {{ size: {PAGE_SIZES[page_size]}; }}"
            + (
                # On screen each part opens on the next page: no blank page,
                # and the page numbers run on as in print.
                "section.front, section.body, section.annex { break-before: page; }"
                if edition == "screen"
                else ""
            )
        )
        document = HTML(
            string=html, base_url=ASSETS.as_uri() + "/", url_fetcher=fetcher
        ).render(
            stylesheets=[stylesheet, size],
            counter_style=counter_style,
            font_config=fonts,
            pdf_tags=True,
        )
        body_start = next(
            (
                index
                for index, page in enumerate(document.pages)
                if body_id is None or body_id in page.anchors
            ),
            len(document.pages),
        )

        def finish(document: Any, pdf: pydyf.PDF) -> None:
            pdf.catalog["PageLabels"] = _page_labels(body_start)

        with tagging():
            pdf = document.write_pdf(finisher=finish, pdf_tags=True)
        if isinstance(pdf, bytes):
            pdf = finish_pdfua(pdf)
    except Exception as error:  # WeasyPrint raises many kinds; translate them.
        raise RenderError(f"WeasyPrint could not render the report: {error}") from error
    finally:
        logger.removeHandler(log)
    if log.messages:
        raise RenderError("WeasyPrint reported: " + "; ".join(log.messages))
    if not isinstance(pdf, bytes):  # pragma: no cover - write_pdf without target
        raise RenderError("WeasyPrint returned no PDF")
    return RenderedPdf(pdf, len(document.pages))
