"""The use of abbreviations across the report: each spelled out before it is
used, each defined, each listed one used.

A known abbreviation (of an organization or term the report can show) is
spelled out at its first mention in each scope (the body, the preface, an
annex); one written bare before that is used before it is spelled out.
Other words in capitals are abbreviations nobody defined. The report's
extra list of abbreviations should hold only ones the text uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from .._findings import Finding, check_finding
from .context import Context, Defined
from .text_rules import capitals_tokens
from .units import Unit

__all__ = ["check_abbreviation_use"]

# Capitals that other checks report: "UN" and editing notes.
_OTHER_CHECKS_TOKENS = frozenset({"UN", "TODO", "TBD", "TBC", "FIXME", "XXX"})


def _bare(abbreviation: str) -> str:
    """A pattern for ``abbreviation`` as a word of its own."""
    return rf"(?<![\w\-/]){re.escape(abbreviation)}(?![\w\-/])"


def _without(text: str, abbreviations: Iterable[str]) -> str:
    """``text`` with the known abbreviations blanked, longest first, so that
    "UN DESA" is not read as "UN" and "DESA"."""
    for abbreviation in sorted(abbreviations, key=len, reverse=True):
        text = re.sub(_bare(abbreviation), " ", text)
    return text


def _used_early(
    unit: Unit, known: Iterable[str], seen: set[str], warned: set[tuple[str, str]]
) -> Iterator[Finding]:
    """Known abbreviations ``unit`` uses before its scope spells them out;
    ``seen`` (the scope's abbreviations so far) grows by those it uses."""
    for abbreviation in sorted(known, key=len, reverse=True):
        for match in re.finditer(_bare(abbreviation), unit.text):
            before, after = unit.text[: match.start()], unit.text[match.end() :]
            spelled = before.endswith("(") and after.startswith(")")
            if (
                abbreviation not in seen
                and not spelled
                and (unit.scope, abbreviation) not in warned
            ):
                warned.add((unit.scope, abbreviation))
                yield unit.place(
                    check_finding(
                        "undefined-abbreviation",
                        f"{abbreviation!r} is used before it is spelled out",
                        "mention the organization or term, so that migmeet "
                        "spells it out, rather than write the abbreviation",
                        text=abbreviation,
                    )
                )
            seen.add(abbreviation)


def _unmentioned(unit: Unit, token: str, defined: Defined) -> Finding:
    """``token``, an abbreviation of the data file, written by hand."""
    role, key = defined.role, defined.key
    kind = "an organization" if role == "org" else "a term"
    return unit.place(
        check_finding(
            "unmentioned-name",
            f"{token!r} is {kind} of the data file ({role} {key!r}) written out "
            "by hand, so the report neither spells it out by its rules nor lists it",
            f"write :{role}:`{key}` where the text names it",
            text=token,
        )
    )


def _undefined(
    unit: Unit,
    context: Context,
    defined_in_text: set[str],
    warned: set[str],
) -> Iterator[Finding]:
    """Words in capitals of ``unit`` that are no known abbreviation, each
    found once in the report (``warned`` holds those found); one that the
    data file defines is told how to mention it."""
    known = context.known
    for token in capitals_tokens(_without(unit.text, known)):
        if token in known or token in warned or token in _OTHER_CHECKS_TOKENS:
            continue
        if f"{token}s" in known or f"{token}s" in defined_in_text:
            # The singular of a plural spelled out ("SDGs", "NGOs"): "an
            # SDG indicator", "no single NGO".
            continue
        warned.add(token)
        if token in context.defined:
            yield _unmentioned(unit, token, context.defined[token])
            continue
        if token in defined_in_text:
            message = (
                f"{token!r} is spelled out in the text but is not an organization "
                "or term of the meeting, so the list of abbreviations misses it"
            )
        else:
            message = f"{token!r} is not defined anywhere"
        yield unit.place(
            check_finding(
                "undefined-abbreviation",
                message,
                f"add {token!r} as an organization or term and mention it",
                text=token,
            )
        )


def check_abbreviation_use(
    context: Context, units: Sequence[Unit]
) -> Iterator[Finding]:
    """Abbreviations used before they are spelled out, never defined, or
    listed but never used, in the text a reader sees."""
    known = context.known
    defined_in_text = {
        match.group(1)
        for unit in units
        for match in re.finditer(r"\(([A-Z][A-Za-z0-9 ]{1,9})\)", unit.text)
    }
    seen: dict[str, set[str]] = {}
    warned_early: set[tuple[str, str]] = set()
    warned: set[str] = set()
    for unit in units:
        if unit.kind == "heading":
            continue
        scope_seen = seen.setdefault(unit.scope, set())
        yield from _used_early(unit, known, scope_seen, warned_early)
        yield from _undefined(unit, context, defined_in_text, warned)
    used = {a for s in seen.values() for a in s}
    for extra in context.report.abbreviations:
        if extra.abbreviation not in used:
            yield context.at_value(
                "unused-abbreviation",
                extra,
                "abbreviation",
                f"{extra.abbreviation!r} is listed among the abbreviations but the "
                "text never uses it",
                "remove it from the report's abbreviations",
            )
