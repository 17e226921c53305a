"""Rules that read one running text and say what is wrong with it.

Each rule is a pure function of a string (and what it needs to know about
the meeting) returning :class:`~migmeet._findings.Finding` values with
their code, severity, message, fix and the offending words (``text``), but
no place: the check that runs a rule over a piece of the report places
what it finds. The rules aim at few false alarms: a finding should be a
mistake a careful editor would mend.

The rules come in families: editing notes (:mod:`.notes`), broken encoding
(:mod:`.encoding`), markup left in (:mod:`.markup`), numbers
(:mod:`.numbers`, :mod:`.figures`), sentences
(:mod:`.sentences`), abbreviations (:mod:`.abbreviations`, and
:mod:`.definitions` for those spelled out in the text) and document
symbols (:mod:`.symbols`), spelling (:mod:`.spelling`, with what it knows
in :mod:`.speller`); spacing and punctuation (:mod:`.punctuation`),
capitals (:mod:`.capitals`), ordinals in figures (:mod:`.ordinals`) and
resolutions cited by symbol (:mod:`.resolutions`).

Three rules read many texts at once (the units of a section or of the
report) and return, with each finding, the index of the text it is in:
:func:`repeats`, :func:`spelled_two_ways` and :func:`inconsistent_capitals`.
"""

from .abbreviations import (
    abbreviation_articles,
    abbreviations_in_heading,
    capitals_tokens,
    possessive_abbreviations,
    un_abbreviated,
)
from .capitals import (
    capitalized_generics,
    capitalized_references,
    inconsistent_capitals,
)
from .countries import country_problems
from .definitions import Definition, abbreviation_definitions, spelled_two_ways
from .encoding import mojibake, repair_mojibake
from .figures import figures_under_ten
from .markup import Leftover, leftover_markup, markup_left
from .notes import is_misspelt_note, is_note_word, note_spans, placeholders
from .numbers import per_cent, wrong_ordinals
from .ordinals import ordinals_in_figures
from .punctuation import punctuation_problems
from .resolutions import bare_resolution_symbols
from .sentences import (
    cut_off,
    near_repeats,
    repeats,
    sentences,
    starts_mid_sentence,
)
from .spelling import misspellings
from .symbols import symbol_problems
from .un_names import official_un_names, un_name_problems

__all__ = [
    "Definition",
    "Leftover",
    "abbreviation_articles",
    "abbreviation_definitions",
    "abbreviations_in_heading",
    "bare_resolution_symbols",
    "capitalized_generics",
    "capitalized_references",
    "capitals_tokens",
    "country_problems",
    "cut_off",
    "figures_under_ten",
    "inconsistent_capitals",
    "is_misspelt_note",
    "is_note_word",
    "leftover_markup",
    "markup_left",
    "misspellings",
    "mojibake",
    "near_repeats",
    "note_spans",
    "official_un_names",
    "ordinals_in_figures",
    "per_cent",
    "placeholders",
    "possessive_abbreviations",
    "punctuation_problems",
    "repair_mojibake",
    "repeats",
    "sentences",
    "spelled_two_ways",
    "starts_mid_sentence",
    "symbol_problems",
    "un_abbreviated",
    "un_name_problems",
    "wrong_ordinals",
]
