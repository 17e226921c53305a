"""Sphinx configuration for migmeet's documentation site.

``make docs`` builds it with warnings as errors. The gallery, the pictures
of pages and the commands' real output are made at build time by the local
extension ``_ext/migmeet_docs.py``; nothing generated is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))
sys.path.insert(0, str(HERE.parent / "src"))

import migmeet  # noqa: E402

project = "migmeet"
author = "migmeet developers"
copyright = "2026, migmeet developers"
release = migmeet.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "migmeet_docs",
    "migmeet_rules",
    "migmeet_keys",
    "rapporteur_pictures",
]
exclude_patterns = ["_build", "_generated"]
html_theme = "furo"
html_title = "migmeet"
html_static_path = ["_static"]
html_css_files = ["pages.css"]
templates_path: list[str] = []
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
nitpicky = False
suppress_warnings = ["ref.python"]
