"""Names of the data file typed by hand in the summaries.

A rapporteur who types "the International Organization for Migration" or
"Ms. Sharma" where the data file has the organization ``iom`` or the person
``sharma`` gets none of what a mention gives: the first mention in full
and the short form after, the abbreviation listed. Worse, a mention after
the typed name is spelled out again. Each such name is found, once in the
report (at its first place, with how many more there are), and told which
role to write.

What counts as typed: a unit's :attr:`~.units.Unit.written` words, which
leave out what the roles made, links, the headings (which cannot hold a
role) and the generated list of participants; and of those, not what
stands in quotation marks (a title, words as they were said). What is a
name:

- an organization's or term's full name, where it has an abbreviation
  (without one, the role would print the same words and list nothing);
- a person's full name, with or without the honorific, and the family
  name after a title ("Ms. Sharma", "Dr. Sharma"); the family name alone
  only where it is no word of the dictionary (the dictionary knows
  "Swing") nor of the meeting's other names.

The other names the meeting knows (organizations and terms without an
abbreviation, documents' titles, the agenda's items) are matched too, and
found nothing: the name of a term inside a longer one ("the Office of the
Special Representative of the Secretary-General for ...") is not that
term, and a name a document's title shares ("the adoption of the Global
Compact for ...") may be the document's. All forms go into one regular
expression, a trie of their characters, and each unit is scanned once; a
position costs the length of the longest form, whatever the number of
names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from .._findings import Finding, check_finding
from .._model import Person
from .context import Context, Keyed
from .text_rules.speller import WORD, un_words
from .units import GAP, Unit

__all__ = ["NameFinder", "check_written_names"]

#: The titles a family name may follow besides the person's own honorific
#: (the UN writes "Mr." with its full stop; a draft may not).
_TITLES = (
    *("Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr"),
    *("H.E.", "Professor", "Prof.", "Ambassador", "Amb."),
)


def _key(form: str) -> str:
    """The form as looked up: white space collapsed, first letter small."""
    normal = " ".join(form.split())
    return normal[:1].lower() + normal[1:]


#: Forms longer than this are left out (no one types such a name), so that
#: the expression's nesting stays shallow.
_LONGEST = 300

_Trie = dict[str, "_Trie"]


def _char(ch: str, *, first: bool) -> str:
    """The pattern of one character of a form: a space matches any run of
    white space, the first letter either case (a term opens a sentence)."""
    if ch == " ":
        return r"\s+"
    upper = ch.upper()
    if first and len(upper) == 1 and upper != ch:
        return f"[{re.escape(upper)}{re.escape(ch)}]"
    return re.escape(ch)


def _branches(trie: _Trie, *, first: bool = False) -> str:
    """The pattern of a trie: at each node one branch per next character
    (only one can match), the end of a form as the branches made optional,
    so that the longest form wins and a position costs the length of the
    forms, not their number."""
    parts = [
        _char(ch, first=first) + _branches(child)
        for ch, child in sorted(trie.items())
        if ch
    ]
    if "" in trie:
        return f"(?:{'|'.join(parts)})?" if parts else ""
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def _alternation(keys: Iterable[str]) -> str:
    """One pattern for every form of ``keys`` (as :func:`_key` makes them)."""
    trie: _Trie = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(trie, first=True)


#: A quotation: in double quotation marks, typographic or straight.
_QUOTED = re.compile(r'“[^“”]*”|"[^"]*"')


def _blank(match: re.Match[str]) -> str:
    """A quotation as blanks of its length: the text's places stay."""
    return GAP * len(match.group())


def _person_forms(person: Person, common: bool) -> Iterator[str]:
    """How a person may be named by hand: as the report names them at a
    first mention and after, under any title; the family name alone
    unless it is a ``common`` word."""
    yield f"{person.honorific} {person.full_name}"
    if person.given_name is not None:
        yield person.full_name
    for title in dict.fromkeys((person.honorific, *_TITLES)):
        yield f"{title} {person.family_name}"
    if not common and len(person.family_name) > 2:
        yield person.family_name


@attrs.frozen
class NameFinder:
    """The data file's names as one expression: each form with the value
    it names, or None for a name that is no finding (another name of the
    meeting, or a form two values share)."""

    pattern: re.Pattern[str] | None
    forms: Mapping[str, Keyed | None]

    @classmethod
    def of(cls, context: Context) -> NameFinder:
        """The names of ``context``'s data file."""
        meeting = context.meeting
        entities = [k.value for k in context.keyed if not isinstance(k.value, Person)]
        named = [entity.name for entity in entities]
        # Names of the meeting that are no finding: they hide a name inside
        # them, and one a value shares with them is no one's.
        shields = [
            *(entity.name for entity in entities if not entity.abbreviation),
            *(d.title for d in (*meeting.documents, *meeting.mandate)),
            *(item.title for item in meeting.agenda),
        ]
        words = frozenset(w for name in (*named, *shields) for w in WORD.findall(name))
        forms: dict[str, Keyed | None] = {}
        for keyed in context.keyed:
            value = keyed.value
            if isinstance(value, Person):
                common = _common(value.family_name, context, words)
                made: Iterable[str] = _person_forms(value, common)
            elif value.abbreviation:
                made = (value.name,)
            else:
                continue
            for form in made:
                key = _key(form)
                if forms.get(key, keyed) != keyed:
                    forms[key] = None  # two values' form: no one's
                else:
                    forms[key] = keyed
        for name in shields:
            forms[_key(name)] = None
        forms = {k: v for k, v in forms.items() if 0 < len(k) <= _LONGEST}
        if not any(forms.values()):
            return cls(None, {})
        alternation = _alternation(forms)
        pattern = re.compile(rf"(?<![\w/.-]){alternation}(?![\w/-]|\.\w)")
        return cls(pattern, forms)

    def find(self, text: str) -> Iterator[tuple[str, Keyed]]:
        """Each name of a value in ``text``, as written, with the value;
        not in quotation marks, which quote a title or words as they were
        said, where no role belongs."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(_QUOTED.sub(_blank, text)):
            keyed = self.forms.get(_key(match.group()))
            if keyed is not None:
                yield " ".join(match.group().split()), keyed


def _common(name: str, context: Context, words: frozenset[str]) -> bool:
    """Whether a family name alone may be a word, not the person: a word of
    the dictionary ("Swing") or of the meeting's other ``words``; any name
    when the dictionary is not installed."""
    dictionary = context.speller.dictionary
    if dictionary is None or " " in name or name.lower() in un_words():
        return True
    return name in words or dictionary.knows(name) or dictionary.knows(name.lower())


def _kind(keyed: Keyed) -> str:
    return {"org": "an organization", "term": "a term"}.get(keyed.role, "a person")


def _finding(unit: Unit, form: str, keyed: Keyed, more: int) -> Finding:
    again = f", here and {more} more time{'s' if more > 1 else ''}" if more else ""
    if keyed.role == "person":
        effect = (
            "so the report does not count it as a mention: a person is named "
            "in full at the first mention only, by title and family name after"
        )
    else:
        effect = (
            "so the report does not count it as a mention: a name is spelled "
            "out at its first mention only and abbreviated after"
        )
    return unit.place(
        check_finding(
            "unmentioned-name",
            f"{form!r} is {_kind(keyed)} of the data file ({keyed.role} "
            f"{keyed.key!r}) written out by hand{again}, {effect}",
            f"write :{keyed.role}:`{keyed.key}` where the text names it",
            text=form,
        )
    )


def check_written_names(
    context: Context, units: Sequence[Unit], said: Iterable[Finding] = ()
) -> Iterator[Finding]:
    """The data file's organizations, terms and people that the text names
    by hand, each once in the report: at its first place, saying how many
    more there are. One whose abbreviation ``said`` (the findings of the
    abbreviations' check) found typed already is left to that finding."""
    finder = NameFinder.of(context)
    told = {
        (defined.role, defined.key)
        for finding in said
        if finding.code == "unmentioned-name"
        and (defined := context.defined.get(finding.text)) is not None
    }
    first: dict[tuple[str, str], tuple[Unit, str, Keyed]] = {}
    count: dict[tuple[str, str], int] = {}
    for unit in units:
        if not unit.written:
            continue
        for form, keyed in finder.find(unit.written):
            ident = (keyed.role, keyed.key)
            if ident in told:
                continue
            first.setdefault(ident, (unit, form, keyed))
            count[ident] = count.get(ident, 0) + 1
    for ident, (unit, form, keyed) in first.items():
        yield _finding(unit, form, keyed, count[ident] - 1)
