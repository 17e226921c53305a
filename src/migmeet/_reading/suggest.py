"""The "did you mean" hint for a key that names nothing."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["suggest"]


def suggest(key: str, known: Iterable[str]) -> str:
    """ " (did you mean 'iom'?)" for a near miss, ignoring case, else ""."""
    by_folded = {name.casefold(): name for name in known}
    close = difflib.get_close_matches(key.casefold(), list(by_folded), n=1)
    return f" (did you mean {by_folded[close[0]]!r}?)" if close else ""
