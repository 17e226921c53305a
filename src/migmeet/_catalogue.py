"""The rule catalogue: every check's code, family, severity and summary, the
Editorial Manual section it applies, why, and right and wrong examples.

The catalogue is package data, one TOML file a family in
``migmeet/catalogue/`` (the family is the file's name). It is read once, at
import, into :data:`CHECKS`, an immutable mapping of code to :class:`Check`;
a catalogue that does not hold together (a rule in another family's file,
a missing or unknown field, a code twice, an address that is not https)
stops the import with a :class:`CatalogueError` naming the file and rule,
so a mistake in it can never ship. :func:`load_catalogue` reads any such
files, for the tests.
"""

from __future__ import annotations

import enum
import tomllib
import types
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs

from ._errors import MigmeetError

__all__ = [
    "CHECKS",
    "FAMILIES",
    "MANUAL",
    "CatalogueError",
    "Check",
    "Severity",
    "load_catalogue",
]

#: The Editorial Manual's main page, cited where no section's own address
#: could be confirmed.
MANUAL = "https://www.un.org/dgacm/en/content/editorial-manual"

_REQUIRED = (
    "code",
    "family",
    "severity",
    "summary",
    "manual",
    "url",
    "rationale",
    "right",
    "wrong",
)
_OPTIONAL = ("shown_in",)


class Severity(enum.Enum):
    """An error stops a build; a warning is reported and the build goes on."""

    ERROR = "error"
    WARNING = "warning"


class CatalogueError(MigmeetError):
    """The rule catalogue does not hold together (a bug in migmeet's data)."""


@attrs.frozen
class Check:
    """A check: its code, how grave its findings are, what it finds; and,
    from the catalogue, its family, the Editorial Manual section it applies
    (``manual``, the title, and ``url``), why (``rationale``), and sentences
    that are right and wrong by it. ``shown_in`` says where its examples
    stand: ``"summary"`` (a summary's text) or ``"data"`` (data-file text)."""

    code: str
    severity: Severity
    summary: str
    family: str = ""
    manual: str = ""
    url: str = ""
    rationale: str = ""
    right: tuple[str, ...] = ()
    wrong: tuple[str, ...] = ()
    shown_in: str = "summary"

    @property
    def cites_section(self) -> bool:
        """Whether ``url`` is a section's own address, not the main page."""
        return self.url.rstrip("/") != MANUAL


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(s, str) for s in value)


def _rule(family: str, entry: Any, where: str) -> Check:
    if not isinstance(entry, dict):
        raise CatalogueError(f"{where}: a rule must be a table")
    name = f"{where}: rule {entry.get('code', '?')!r}"
    for field in _REQUIRED:
        if field not in entry:
            raise CatalogueError(f"{name}: missing field {field!r}")
    for field in entry:
        if field not in _REQUIRED + _OPTIONAL:
            raise CatalogueError(f"{name}: unknown field {field!r}")
    if entry["family"] != family:
        raise CatalogueError(
            f"{name}: unknown family {entry['family']!r} (the rules of this "
            f"file are of the family {family!r})"
        )
    if entry["severity"] not in ("error", "warning"):
        raise CatalogueError(f"{name}: severity must be 'error' or 'warning'")
    if not str(entry["url"]).startswith("https://"):
        raise CatalogueError(f"{name}: url must be an https address")
    if not (_strings(entry["right"]) and _strings(entry["wrong"])):
        raise CatalogueError(f"{name}: right and wrong must be lists of strings")
    if entry.get("shown_in", "summary") not in ("summary", "data"):
        raise CatalogueError(f"{name}: shown_in must be 'summary' or 'data'")
    text = ("code", "summary", "manual", "rationale")
    if not all(isinstance(entry[f], str) and entry[f].strip() for f in text):
        raise CatalogueError(f"{name}: {', '.join(text)} must be non-empty text")
    return Check(
        code=entry["code"],
        severity=Severity(entry["severity"]),
        summary=entry["summary"],
        family=family,
        manual=entry["manual"],
        url=entry["url"],
        rationale=entry["rationale"],
        right=tuple(entry["right"]),
        wrong=tuple(entry["wrong"]),
        shown_in=entry.get("shown_in", "summary"),
    )


def load_catalogue(
    files: Iterable[tuple[str, str]],
) -> tuple[dict[str, Check], dict[str, str]]:
    """The checks of the catalogue files ``(name, text)`` by code, and each
    family's title (a file's ``title``, else its family).

    Raises:
        CatalogueError: naming the file and rule that does not hold.
    """
    checks: dict[str, Check] = {}
    families: dict[str, str] = {}
    found_in: dict[str, str] = {}
    for name, text in files:
        family = name.rsplit("/", 1)[-1].removesuffix(".toml")
        where = f"catalogue/{family}.toml"
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise CatalogueError(f"{where}: {error}") from None
        unknown = set(data) - {"title", "rule"}
        if unknown:
            raise CatalogueError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        families[family] = str(data.get("title", family))
        for entry in data.get("rule", []):
            check = _rule(family, entry, where)
            if check.code in checks:
                raise CatalogueError(
                    f"{where}: rule {check.code!r}: duplicate code (also in "
                    f"{found_in[check.code]})"
                )
            checks[check.code] = check
            found_in[check.code] = where
    return checks, families


def _package_files() -> list[tuple[str, str]]:
    folder = resources.files("migmeet") / "catalogue"
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


_CHECKS, _FAMILIES = load_catalogue(_package_files())
#: Every check by its code, from the catalogue: read once, never changed.
CHECKS: Mapping[str, Check] = types.MappingProxyType(_CHECKS)
#: Every family by its name, with its title.
FAMILIES: Mapping[str, str] = types.MappingProxyType(_FAMILIES)
