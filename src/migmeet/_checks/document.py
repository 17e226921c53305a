"""Checks before a document goes out: every check over one report and the
one finished document tree built from it.

:func:`check_document` reads a report two ways. The finished document tree
(mentions resolved, exactly the text a reader sees) is cut into units
(:mod:`.units`) and goes through the text rules (:mod:`.text`) and the
check of abbreviation use (:mod:`.abbreviations`), each finding placed at
its file and line (a meeting folder) or its section and paragraph (a
report built in Python). The model goes through the text rules too, and
through the structural checks: sections against the agenda
(:mod:`.structure`), the programme's days and sessions (:mod:`.programme`),
speakers against presenters (:mod:`.people`).

Every check has a stable code (``CHECKS``); a meeting may switch codes off,
each with the reason why.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from docutils import nodes

from .._dsl import Report
from .._errors import InvalidValueError
from .._findings import Finding, check_finding, check_ignores, sort_findings
from .._reading import Locator
from .._tree import finish_tree, report_tree
from .abbreviations import check_abbreviation_use
from .context import Context, Defined, Keyed
from .people import check_people
from .programme import check_programme
from .structure import check_sections
from .text import check_model_text, check_units
from .units import read_units
from .written_names import check_written_names

__all__ = ["check_document", "check_report"]


def _switched_off(ignore: Mapping[str, str] | None) -> dict[str, str]:
    ignore = dict(ignore or {})
    for code, problem in check_ignores(ignore):
        raise InvalidValueError(f"ignore[{code!r}]", code, problem)
    return ignore


def _spelling_unavailable(context: Context) -> Iterator[Finding]:
    """One warning when the spelling rules could not read their dictionary."""
    if not context.speller.available:
        yield check_finding(
            "spelling-unavailable",
            "the British English dictionary (Debian's hunspell-en-gb, read by "
            "spylls) is not installed: unknown words were not looked for",
            "install hunspell-en-gb and spylls",
        )


def check_document(
    report: Report,
    document: nodes.document,
    *,
    ignore: Mapping[str, str] | None = None,
    locator: Locator | None = None,
    words: Iterable[str] = (),
    defined: Mapping[str, Defined] | None = None,
    keyed: Iterable[Keyed] = (),
) -> list[Finding]:
    """Check a report and its meeting against the document built from it.

    Args:
        report: the report (its meeting is checked too).
        document: the report's finished document tree, as
            ``finish_tree(report_tree(report))`` gives it; it is read, not
            changed, so that a build can go on to write it.
        ignore: codes to switch off, each with the reason why.
        locator: where the model's values stand in a data file, so that
            findings about them name its lines (meeting folders pass one).
        words: words the spelling rules take as right besides the
            dictionary and the meeting's names (a folder's word list).
        defined: the data file's abbreviations, each with the role and key
            that mention it ("term", "gcm"), so that one written by hand is
            told how to mention it.
        keyed: the data file's organizations, terms and people, each with
            the role and key that mention it, so that one named by hand is
            told how to mention it.

    Returns:
        The findings, errors first, each with its code, place and fix.

    Raises:
        InvalidValueError: for an unknown code or an empty reason in
            ``ignore``.
    """
    ignore = _switched_off(ignore)
    context = Context.of(report, locator, words, defined, keyed)
    units = list(read_units(document))
    in_data = list(check_model_text(context))
    abbreviations = list(check_abbreviation_use(context, units))
    findings = [
        *check_units(context, units, in_data),
        *abbreviations,
        *check_written_names(context, units, abbreviations),
        *in_data,
        *check_sections(context),
        *check_programme(context),
        *check_people(context),
        *_spelling_unavailable(context),
    ]
    kept = [f for f in findings if f.code not in ignore]
    return sort_findings(kept)


def check_report(
    report: Report,
    *,
    ignore: Mapping[str, str] | None = None,
    locator: Locator | None = None,
) -> list[Finding]:
    """Check a report and its meeting before anything goes out.

    Builds the report's document tree once and checks it with
    :func:`check_document`.

    Args:
        report: the report (its meeting is checked too).
        ignore: codes to switch off, each with the reason why.
        locator: where the model's values stand in a data file, so that
            findings about them name its lines (meeting folders pass one).

    Returns:
        The findings, errors first, each with its code, place and fix.

    Raises:
        InvalidValueError: for an unknown code or an empty reason in
            ``ignore``.
    """
    document = finish_tree(report_tree(report))
    return check_document(report, document, ignore=ignore, locator=locator)
