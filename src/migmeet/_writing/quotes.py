"""Typographic quotation marks and apostrophes for what readers see.

Rapporteurs type straight quotes (" and '); UN documents print curved ones
(“ ”, ‘ ’). docutils' smart quotes (English style) make them, in the
writers only: the document tree that the checks read and the tests compare
keeps the characters as typed.
"""

from __future__ import annotations

import copy
import re

from docutils import nodes
from docutils.transforms.universal import SmartQuotes
from docutils.utils import smartquotes

__all__ = ["typographic_html", "typographic_quotes", "typographic_text"]


class _QuotesOnly(SmartQuotes):
    # Quotes and apostrophes only: dashes and ellipses stay as typed, as
    # the UN's own usage and the checks decide them.
    smartquotes_action = "q"


def typographic_quotes(document: nodes.document) -> nodes.document:
    """A copy of ``document`` with curved quotation marks and apostrophes
    (literal text is left as typed)."""
    typeset = document.deepcopy()
    settings = copy.copy(document.settings)
    settings.smart_quotes = True
    settings.language_code = "en"
    settings.smartquotes_locales = []
    typeset.settings = settings
    typeset.reporter = document.reporter
    _QuotesOnly(typeset, startnode=None).apply()
    return typeset


def typographic_text(text: str) -> str:
    """``text``, a plain string, with curved quotation marks and
    apostrophes.

    >>> typographic_text("the \\"global compact\\" and the President's words")
    'the “global compact” and the President’s words'
    """
    if "'" not in text and '"' not in text:
        return text
    return "".join(
        smartquotes.educate_tokens([("plain", text)], attr="q", language="en")
    )


# A tag, or a script or style element whole: none of it is text to set.
_MARKUP = re.compile(
    r"(<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->|<[^>]*>)", re.S | re.I
)
_QUOTE_ENTITIES = re.compile(r"&(?:#34|#39|#x27|quot|apos);")
_QUOTE_OF = {"&#34;": '"', "&quot;": '"', "&#39;": "'", "&#x27;": "'", "&apos;": "'"}


def typographic_html(page: str) -> str:
    """``page``, an HTML page, with curved quotation marks and apostrophes
    in its text (tags, attribute values, scripts and styles left alone)."""
    tokens = [
        ("tag", piece)
        if index % 2
        else ("plain", _QUOTE_ENTITIES.sub(lambda m: _QUOTE_OF[m.group()], piece))
        for index, piece in enumerate(_MARKUP.split(page))
    ]
    return "".join(smartquotes.educate_tokens(tokens, attr="q", language="en"))
