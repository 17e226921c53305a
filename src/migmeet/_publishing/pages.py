"""What the web pages share: the templates' Jinja environment, rendering
a page to its finished text, and the stylesheet written beside it.

The meeting's page and the series' index both extend
``templates/base.html`` (the document head, skip link, banner and footer),
are rendered with autoescaping, so every string from the data reaches the
HTML escaped, and have curved quotation marks set in their text.
"""

from __future__ import annotations

from importlib import resources

import jinja2

from .._writing import typographic_html

__all__ = ["render_page", "site_stylesheet"]

_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.PackageLoader("migmeet", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_page(template: str, **context: object) -> str:
    """The page the template ``template`` makes of ``context``, as text."""
    return typographic_html(_ENVIRONMENT.get_template(template).render(**context))


def site_stylesheet() -> bytes:
    """``site.css``, the stylesheet every page links to."""
    return (resources.files("migmeet") / "assets" / "site.css").read_bytes()
