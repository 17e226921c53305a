# ruff: noqa: E501 - the pinned findings quote the seeds line by line
"""check on real United Nations text nobody here wrote: the five seeds,
read at test time from ``../shared/seeds`` and put into meeting folders as a
secretariat would (tests/seeds.py).

Every finding is pinned: a new one fails the test until it is shown to be
a real defect (or a false alarm is fixed), and one that disappears fails
it too. Each is a defect the seeds' README lists, a real defect of the
published text, or one of the false alarms listed in :data:`FALSE` with
why (most come from putting a web page's separate sections into one
summary). The README's defects must all be found.
"""

from __future__ import annotations

import collections

import pytest

from migmeet import check_folder
from seeds import MEETING_OF, SEEDS, seed_folder

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(), reason="the seeds (../shared/seeds) are not on this machine"
)

#: (code, words) -> how many times, for each seed.
EXPECTED: dict[str, dict[tuple[str, str], int]] = {
    "000": {
        ("cut-off-paragraph", "New York, 25- 26 February 2016"): 1,
        ("inconsistent-capitals", "coordination meeting on international migration"): 1,
    },
    "001": {
        ("abbreviation-two-names", "International Labour Organisation (ILO)"): 1,
        (
            "abbreviation-two-names",
            "Organization for Economic Co-operation and Development (OECD)",
        ): 1,
        ("american-spelling", "fueled"): 1,
        ("capitalized-generic", "Annex II"): 1,
        (
            "cut-off-paragraph",
            "1 http://www.unpopulation.org/pga/71/wp-content/uploads/sites/40/2015/08/modalities-for-global-migration.pdf",
        ): 1,
        ("cut-off-paragraph", "February 15th, 2018 (mandatory for participation)"): 1,
        ("cut-off-paragraph", "Nations Plaza, New York, NY 10017"): 1,
        ("cut-off-paragraph", "York, 20 to 22 June 2017"): 1,
        ("cut-off-paragraph", "_____________________________"): 1,
        ("cut-off-paragraph", "and Development"): 1,
        ("cut-off-paragraph", "for human mobility, migration and development"): 1,
        ("cut-off-paragraph", "for safe, orderly and regular migration.1"): 1,
        ("cut-off-paragraph", "of agreed language on international migration"): 1,
        ("cut-off-paragraph", "on International Migration (by invitation only)"): 1,
        ("cut-off-paragraph", "the Secretary-General"): 1,
        ("cut-off-paragraph", "the University of Ottawa’s Refugee Hub"): 2,
        ("figure-under-ten", "1"): 1,
        (
            "inconsistent-capitals",
            "Global compact for safe, orderly and regular migration",
        ): 1,
        ("inconsistent-capitals", "coordination meeting on international migration"): 1,
        (
            "inconsistent-capitals",
            "global compact for safe, orderly and regular migration",
        ): 1,
        ("ise-spelling", "emphasising"): 1,
        ("misspelling", "unicon"): 1,
        ("misspelt-name", "Kray"): 1,
        ("ordinal-in-figures", "16th Coordination Meeting"): 1,
        ("placeholder", "----"): 2,
        ("placeholder", "UDPATE THIS"): 2,
        (
            "repeated-sentence",
            "Columbia Global Policy Initiative & the University of Ottawa’s Refugee Hub",
        ): 1,
        (
            "repeated-sentence",
            "Global compact for safe, orderly and regular migration.",
        ): 1,
        (
            "repeated-sentence",
            "Implementing the NY Declaration: Strengthening data, research and training",
        ): 1,
        (
            "repeated-sentence",
            "Implementing the New York Declaration for Refugees and Migrants",
        ): 1,
        (
            "repeated-sentence",
            "Implementing the migration-related commitments of the 2030 Agenda",
        ): 1,
        (
            "repeated-sentence",
            "Location: Permanent Mission of Germany to the United Nations, 871 United Nations Plaza, New York, NY 10017",
        ): 1,
        (
            "repeated-sentence",
            "New York Declaration for Refugees and Migrants (A/RES/71/1)",
        ): 1,
        (
            "repeated-sentence",
            "Recommendations from the International Union for the Scientific Study of Population",
        ): 1,
        (
            "repeated-sentence",
            "The global compact for safe, orderly and regular migration: An overview",
        ): 2,
        (
            "repeated-sentence",
            "The global compact: What options for review and follow-up?",
        ): 1,
        ("repeated-sentence", "The global migration compact: Review and follow-up"): 1,
        ("stray-fragment", "and Development"): 1,
        ("stray-fragment", "the Secretary-General"): 1,
        ("symbol", "A72/643"): 1,
        ("un-abbreviation", "UN"): 2,
        ("undefined-abbreviation", "AR"): 1,
        ("undefined-abbreviation", "DESA"): 1,
        ("undefined-abbreviation", "ECOSOC"): 1,
        ("undefined-abbreviation", "EN"): 1,
        ("undefined-abbreviation", "ES"): 1,
        ("undefined-abbreviation", "FR"): 1,
        ("undefined-abbreviation", "GA"): 1,
        ("undefined-abbreviation", "GCM"): 1,
        ("undefined-abbreviation", "GFMD"): 1,
        ("undefined-abbreviation", "GMG"): 1,
        ("undefined-abbreviation", "ICPD"): 1,
        ("undefined-abbreviation", "IPUMS"): 1,
        ("undefined-abbreviation", "NY"): 1,
        ("undefined-abbreviation", "OECD"): 1,
        ("undefined-abbreviation", "RSVP"): 1,
        ("undefined-abbreviation", "SDG"): 1,
        ("undefined-abbreviation", "SDGs"): 1,
        ("undefined-abbreviation", "SG"): 1,
        ("undefined-abbreviation", "SP"): 1,
        ("undefined-abbreviation", "SRSG"): 1,
        ("undefined-abbreviation", "THIS"): 1,
        ("undefined-abbreviation", "UN DESA"): 1,
        ("undefined-abbreviation", "UNCA"): 1,
        ("undefined-abbreviation", "UNCDF"): 1,
        ("undefined-abbreviation", "UNESCAP"): 1,
        ("undefined-abbreviation", "UNITAR"): 1,
        ("unmentioned-name", "Bela Hovy"): 1,
        ("unmentioned-name", "Center for Migration Studies"): 1,
        ("unmentioned-name", "Colleen Thouez"): 1,
        ("unmentioned-name", "El Habib Nadir"): 1,
        ("unmentioned-name", "Ellen Percy Kraly"): 1,
        (
            "unmentioned-name",
            "Food and Agriculture Organization of the United Nations",
        ): 1,
        ("unmentioned-name", "Gemma Adaba"): 1,
        ("unmentioned-name", "Haoyi Chen"): 1,
        ("unmentioned-name", "International Labour Organization"): 1,
        ("unmentioned-name", "International Organization for Migration"): 1,
        ("unmentioned-name", "Jean-Christophe Dumont"): 1,
        ("unmentioned-name", "John Wilmoth"): 1,
        ("unmentioned-name", "Jonathan Prentice"): 1,
        ("unmentioned-name", "Jorge Bravo"): 1,
        ("unmentioned-name", "Juerg Lauber"): 1,
        ("unmentioned-name", "Justin Gest"): 1,
        ("unmentioned-name", "Kim Roberson"): 1,
        ("unmentioned-name", "Kostas Stamoulis"): 1,
        ("unmentioned-name", "Kristen Jeffers"): 1,
        ("unmentioned-name", "Laura Thompson"): 1,
        ("unmentioned-name", "League of Arab States"): 1,
        ("unmentioned-name", "Leon Isaacs"): 1,
        ("unmentioned-name", "Liu Zhenmin"): 1,
        ("unmentioned-name", "Michael Clemens"): 1,
        ("unmentioned-name", "Monami Maulik"): 1,
        ("unmentioned-name", "Navid Hanif"): 1,
        ("unmentioned-name", "Philippe Fargues"): 1,
        ("unmentioned-name", "Ronnie Goldberg"): 1,
        ("unmentioned-name", "Sarah Lou Arriola"): 1,
        ("unmentioned-name", "Shahidul Haque"): 1,
        ("unmentioned-name", "Stefan Schweinfest"): 1,
        ("unmentioned-name", "United Nations Alliance of Civilizations"): 1,
        ("unmentioned-name", "United Nations Development Programme"): 1,
        (
            "unmentioned-name",
            "United Nations Economic and Social Commission for Asia and the Pacific",
        ): 1,
        (
            "unmentioned-name",
            "United Nations Educational, Scientific and Cultural Organization",
        ): 1,
        ("unmentioned-name", "United Nations Environment Programme"): 1,
        ("unmentioned-name", "United Nations High Commissioner for Refugees"): 1,
        ("unmentioned-name", "United Nations Industrial Development Organization"): 1,
        ("unmentioned-name", "United Nations Office on Drugs and Crime"): 1,
        ("unmentioned-name", "United Nations Population Fund"): 1,
        ("unmentioned-name", "United Nations University"): 1,
        ("unmentioned-name", "United Nations World Food Programme"): 1,
        ("unmentioned-name", "World Health Organization"): 1,
        ("wrong-ordinal", "fifteenth annual Coordination"): 1,
        ("wrong-ordinal", "fifteenth annual coordination"): 1,
        ("wrong-ordinal", "fifteenth coordination"): 1,
    },
    "002": {
        ("cut-off-paragraph", "Development to the 2013 High-level Dialogue"): 1,
        ("cut-off-paragraph", "High-level Dialogue: A human rights perspective"): 1,
        (
            "cut-off-paragraph",
            "KleinSolomon, International Organization for Migration (IOM)",
        ): 1,
        ("cut-off-paragraph", "Outcomes of a development account project"): 1,
        ("cut-off-paragraph", "papers were reproduced without formal editing"): 1,
        ("cut-off-paragraph", "society to the 2013 High-level Dialogue"): 1,
        (
            "inconsistent-capitals",
            "Tenth coordination meeting on international migration",
        ): 1,
        ("misspelling", "interagency"): 3,
        ("mojibake", "CrĂ©peau"): 1,
        ("mojibake", "Ă…kerman-Börje"): 1,
        (
            "repeated-sentence",
            "Migration and development: Recent contributions to the evidence base (continued)",
        ): 1,
        (
            "repeated-sentence",
            "Reflections on the role and contribution of civil society to the 2013 High-level Dialogue",
        ): 1,
        (
            "repeated-sentence",
            "The 2013 High-level Dialogue on International Migration and Development",
        ): 1,
        ("undefined-abbreviation", "DESA"): 1,
        ("unmentioned-name", "Economic Commission for Europe"): 1,
        (
            "unmentioned-name",
            "Economic Commission for Latin America and the Caribbean",
        ): 1,
        ("unmentioned-name", "International Organization for Migration"): 1,
        ("unmentioned-name", "Luis Alfonso de Alba"): 1,
        ("unmentioned-name", "Mr. Andres Vikat"): 1,
        ("unmentioned-name", "Mr. Bela Hovy"): 1,
        ("unmentioned-name", "Mr. John Bingham"): 1,
        ("unmentioned-name", "Mr. Paulo Saad"): 1,
    },
    "003": {
        ("cut-off-paragraph", "(a) Background"): 1,
        ("cut-off-paragraph", "(b) Organization"): 1,
        ("ordinal-in-figures", "15th Coordination Meeting"): 1,
        ("possessive-abbreviation", "DESA's"): 1,
        ("stray-fragment", "a) Background"): 1,
        ("stray-fragment", "b) Organization"): 1,
        ("undefined-abbreviation", "DESA"): 1,
        ("undefined-abbreviation", "GA"): 1,
        (
            "unmentioned-name",
            "International Conference on Population and Development",
        ): 1,
    },
    "004": {
        ("abbreviation-two-names", "United Nations Secretariat (UN DESA)"): 1,
        ("article-before-abbreviation", "The IOM"): 1,
        ("article-before-abbreviation", "the GCM"): 1,
        ("article-before-abbreviation", "the GMG"): 4,
        ("article-before-abbreviation", "the IOM"): 2,
        ("capitalized-generic", "Annex I"): 1,
        ("country-article", "United Republic of Tanzania"): 1,
        ("cut-off-paragraph", "cities inclusive, safe, resilient and sustainable"): 1,
        (
            "cut-off-paragraph",
            "commissions as well as non-governmental organization",
        ): 1,
        ("cut-off-paragraph", "global migration compact. In the coming"): 1,
        ("cut-off-paragraph", "months, the GMG would"): 1,
        ("cut-off-paragraph", "of his organization’s proj 1 n’s"): 1,
        ("cut-off-paragraph", "refugees to labour markets and with"): 1,
        ("cut-off-paragraph", "supported the mainstreaming of migrati NDP"): 1,
        ("cut-off-paragraph", "work. He added that the 2030"): 1,
        ("figure-under-ten", "1"): 1,
        ("misspelling", "migrati"): 1,
        ("misspelling", "proj"): 1,
        ("misspelling", "timeframe"): 1,
        ("ordinal-in-figures", "71st session"): 1,
        ("possessive-abbreviation", "IOM's"): 2,
        ("possessive-abbreviation", "IOM’s"): 1,
        (
            "repeated-sentence",
            "The Fifteenth Coordination Meeting on International Migration took place at United Nations Headquarters in New York from 16 to 17 February 2017.",
        ): 1,
        (
            "repeated-sentence",
            "The impact of net migration was also significant in more developed regions, slowing down population growth in those regions.",
        ): 1,
        ("stray-fragment", "aspects, including working and health conditions."): 1,
        ("stray-fragment", "for the global governance of human"): 1,
        ("stray-fragment", "generations. Ambassador Lauber concluded that the"): 1,
        ("stray-fragment", "important step towards a better and"): 1,
        ("stray-fragment", "integration policies and policies to foster"): 1,
        ("stray-fragment", "months, the GMG would"): 1,
        ("stray-fragment", "statistics in early 2018. An expert"): 1,
        ("stray-fragment", "the inclusion of some principles of"): 1,
        ("stray-fragment", "which pertained to oceans."): 1,
        ("un-name", "state parties"): 1,
        ("undefined-abbreviation", "GMG"): 1,
        ("undefined-abbreviation", "IOM"): 1,
        ("undefined-abbreviation", "NDP"): 1,
        ("undefined-abbreviation", "OECD"): 1,
        ("undefined-abbreviation", "SDG"): 1,
        ("undefined-abbreviation", "UNDP"): 1,
        ("undefined-abbreviation", "UNHCR"): 1,
        ("undefined-abbreviation", "UNSD"): 1,
        ("unmentioned-name", "Ambassador Lauber"): 1,
        ("unmentioned-name", "CRRF"): 1,
        ("unmentioned-name", "Global Coalition on Migration"): 1,
        ("unmentioned-name", "ICPD"): 1,
        ("unmentioned-name", "International Fund for Agricultural Development"): 1,
        ("unmentioned-name", "International Labour Organization"): 1,
        ("unmentioned-name", "MDGs"): 1,
        ("unmentioned-name", "Mr. Bela Hovy"): 1,
        ("unmentioned-name", "Mr. Christensen"): 1,
        ("unmentioned-name", "Mr. David Malone"): 1,
        ("unmentioned-name", "Mr. Jorge Bravo"): 1,
        ("unmentioned-name", "Mr. Konstantinos Tararas"): 1,
        ("unmentioned-name", "Mr. Mokhiber"): 1,
        ("unmentioned-name", "Mr. Nikhil Seth"): 1,
        ("unmentioned-name", "Mr. Pezzini"): 1,
        ("unmentioned-name", "Mr. William Lacy Swing"): 1,
        ("unmentioned-name", "Ms. Clare Menozzi"): 1,
        ("unmentioned-name", "Ms. Izumi Nakamitsu"): 1,
        ("unmentioned-name", "Ms. Ninette Kelley"): 1,
        ("unmentioned-name", "Professor Rey Koslowski"): 1,
        ("unmentioned-name", "SDGs"): 1,
        (
            "unmentioned-name",
            "United Nations Department of Economic and Social Affairs",
        ): 1,
        (
            "unmentioned-name",
            "United Nations Educational, Scientific and Cultural Organization",
        ): 1,
        ("unmentioned-name", "United Nations Institute for Training and Research"): 1,
        ("unmentioned-name", "United Nations University"): 1,
    },
}

#: The findings on the seeds that are not defects of the published text.
FALSE = {
    ("001", "undefined-abbreviation", "AR"): "a language label of the page",
    ("001", "undefined-abbreviation", "EN"): "a language label of the page",
    ("001", "undefined-abbreviation", "ES"): "a language label of the page",
    ("001", "undefined-abbreviation", "FR"): "a language label of the page",
    ("001", "undefined-abbreviation", "SP"): "a language label of the page",
    ("001", "undefined-abbreviation", "THIS"): "'UDPATE THIS' again, as a word",
    ("001", "misspelling", "unicon"): "the page's logo text",
}
#: A web page repeats its agenda's titles in its programme and its list of
#: background documents; put into one summary, they read as repeats.
PAGE_SECTIONS = ("001", "002")

#: The defects the seeds' README lists that a folder of one summary can
#: show (the same date on two days and the eleventh section need the data).
README = [
    ("001", "placeholder", "UDPATE THIS"),
    ("001", "wrong-ordinal", "fifteenth annual Coordination"),
    ("002", "mojibake", "Ă…kerman-Börje"),
    ("002", "mojibake", "CrĂ©peau"),
    (
        "004",
        "repeated-sentence",
        "The impact of net migration was also significant in more developed "
        "regions, slowing down population growth in those regions.",
    ),
    ("004", "cut-off-paragraph", "months, the GMG would"),
    ("004", "article-before-abbreviation", "the IOM"),
]


@pytest.fixture(scope="module")
def found(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, collections.Counter[tuple[str, str]]]:
    root = tmp_path_factory.mktemp("seeds")
    return {
        number: collections.Counter(
            (f.code, f.text) for f in check_folder(seed_folder(number, root))
        )
        for number in MEETING_OF
    }


@pytest.mark.parametrize("number", list(MEETING_OF))
def test_every_finding_on_real_un_text_is_pinned(
    number: str, found: dict[str, collections.Counter[tuple[str, str]]]
) -> None:
    assert dict(found[number]) == EXPECTED[number]


def test_the_readme_defects_are_found(
    found: dict[str, collections.Counter[tuple[str, str]]],
) -> None:
    for number, code, words in README:
        assert any(c == code and words in text for c, text in found[number]), (
            number,
            code,
            words,
        )


def test_false_alarms_are_few_and_known(
    found: dict[str, collections.Counter[tuple[str, str]]],
) -> None:
    total = sum(sum(counter.values()) for counter in found.values())
    false = sum(found[n][(code, words)] for n, code, words in FALSE)
    pages = sum(
        k
        for n in PAGE_SECTIONS
        for (code, _), k in found[n].items()
        if code == "repeated-sentence"
    )
    # Measured: the share of findings on the seeds that are not defects.
    assert (false + pages) / total < 0.15, (false, pages, total)
