"""The report of the Fifteenth Coordination Meeting on International Migration.

Run: ``python examples/fifteenth_meeting.py OUT.pdf``

The meeting (16-17 February 2017) and its nine-item agenda are those the
UN DESA Population Division published; the summaries are written afresh
from the facts of the published report, in reported speech.
"""

from __future__ import annotations

import datetime as dt
import sys
import time

from migmeet import (
    AgendaItem,
    Annex,
    Document,
    Meeting,
    MigmeetError,
    Organization,
    OrganizationKind,
    Organizer,
    Person,
    Report,
    Section,
    Term,
    Venue,
    emphasis,
    footnote,
    p,
    write_report,
)

UN = OrganizationKind.UN_ENTITY
IGO = OrganizationKind.INTERGOVERNMENTAL

# Organizations and terms: each is spelled out at its first mention in the
# body and abbreviated after, and listed in the explanatory notes if used.
un_desa = Organization(
    name="United Nations Department of Economic and Social Affairs",
    abbreviation="UN DESA",
)
population_division = Organization(name="Population Division")
iom = Organization(name="International Organization for Migration", abbreviation="IOM")
gmg = Organization(name="Global Migration Group", abbreviation="GMG")
unu = Organization(name="United Nations University", abbreviation="UNU")
unitar = Organization(
    name="United Nations Institute for Training and Research", abbreviation="UNITAR"
)
unhcr = Organization(
    name="Office of the United Nations High Commissioner for Refugees",
    abbreviation="UNHCR",
)
ohchr = Organization(
    name="Office of the United Nations High Commissioner for Human Rights",
    abbreviation="OHCHR",
)
ilo = Organization(name="International Labour Organization", abbreviation="ILO")
unesco = Organization(
    name="United Nations Educational, Scientific and Cultural Organization",
    abbreviation="UNESCO",
)
oecd = Organization(
    name="Organisation for Economic Co-operation and Development",
    abbreviation="OECD",
    kind=IGO,
)
ifad = Organization(
    name="International Fund for Agricultural Development", abbreviation="IFAD"
)
undp = Organization(name="United Nations Development Programme", abbreviation="UNDP")
unsd = Organization(name="United Nations Statistics Division", abbreviation="UNSD")
gcm = Organization(
    name="Global Coalition on Migration",
    abbreviation="GCM",
    kind=OrganizationKind.CIVIL_SOCIETY,
)
gfmd = Organization(
    name="Global Forum on Migration and Development", abbreviation="GFMD", kind=IGO
)
fao = Organization(
    name="Food and Agriculture Organization of the United Nations", abbreviation="FAO"
)
ifrc = Organization(
    name="International Federation of Red Cross and Red Crescent Societies",
    abbreviation="IFRC",
    kind=OrganizationKind.CIVIL_SOCIETY,
)
ipu = Organization(name="Inter-Parliamentary Union", abbreviation="IPU", kind=IGO)
icmpd = Organization(
    name="International Centre for Migration Policy Development",
    abbreviation="ICMPD",
    kind=IGO,
)
iussp = Organization(
    name="International Union for the Scientific Study of Population",
    abbreviation="IUSSP",
    kind=OrganizationKind.ACADEMIA,
)
knomad = Organization(
    name="Global Knowledge Partnership on Migration and Development",
    abbreviation="KNOMAD",
)
jmdi = Organization(
    name="Joint Migration and Development Initiative", abbreviation="JMDI"
)
au = Organization(name="African Union", abbreviation="AU", kind=IGO)
eu = Organization(name="European Union", abbreviation="EU", kind=IGO)
un_mgcy = Organization(
    name="United Nations Major Group for Children and Youth",
    abbreviation="UN MGCY",
    kind=OrganizationKind.CIVIL_SOCIETY,
)
albany = Organization(
    name="State University of New York at Albany",
    kind=OrganizationKind.ACADEMIA,
    definite_article=False,
)

sdgs = Term(
    name="Sustainable Development Goals", abbreviation="SDGs", definite_article=True
)
mdgs = Term(
    name="Millennium Development Goals", abbreviation="MDGs", definite_article=True
)
crrf = Term(
    name="comprehensive refugee response framework",
    abbreviation="CRRF",
    definite_article=True,
)
icpd = Term(
    name="International Conference on Population and Development",
    abbreviation="ICPD",
    definite_article=True,
)
rcp = Term(name="regional consultative process", abbreviation="RCP")
srs = Term(
    name="Special Representative of the Secretary-General",
    abbreviation="SRS",
    definite_article=True,
)
undaf = Term(
    name="United Nations Development Assistance Framework",
    abbreviation="UNDAF",
    definite_article=True,
)

# Documents: official symbols link to undocs.org.
agenda_2030 = Document(
    title="Transforming our world: the 2030 Agenda for Sustainable Development",
    symbol="A/RES/70/1",
)
new_york_declaration = Document(
    title="New York Declaration for Refugees and Migrants", symbol="A/RES/71/1"
)
resolution_58_208 = Document(
    title="International migration and development", symbol="A/RES/58/208"
)
resolution_56_203 = Document(
    title="International migration and development", symbol="A/RES/56/203"
)

# People, as the sources name them.
swing = Person(
    honorific="Mr.",
    given_name="William Lacy",
    family_name="Swing",
    function="Director General",
    organization=iom,
)
nakamitsu = Person(
    honorific="Ms.",
    given_name="Izumi",
    family_name="Nakamitsu",
    function=(
        "Special Adviser ad interim on the follow-up to the Summit on Addressing "
        "Large Movements of Refugees and Migrants"
    ),
)
malone = Person(
    honorific="Mr.",
    given_name="David",
    family_name="Malone",
    function="Rector",
    organization=unu,
)
christensen = Person(
    honorific="Mr.",
    family_name="Christensen",
    function="speaking on behalf of the President of the General Assembly",
)
lauber = Person(
    honorific="Ambassador",
    given_name="Juerg",
    family_name="Lauber",
    function="Permanent Representative of Switzerland to the United Nations",
)
seth = Person(
    honorific="Mr.",
    given_name="Nikhil",
    family_name="Seth",
    function="Executive Director",
    organization=unitar,
)
kelley = Person(
    honorific="Ms.",
    given_name="Ninette",
    family_name="Kelley",
    function="Director of the New York Office",
    organization=unhcr,
)
mokhiber = Person(
    honorific="Mr.",
    given_name="Craig",
    family_name="Mokhiber",
    organization=ohchr,
)
menozzi = Person(
    honorific="Ms.",
    given_name="Clare",
    family_name="Menozzi",
    function="Population Affairs Officer",
    organization=population_division,
)
hovy = Person(
    honorific="Mr.",
    given_name="Bela",
    family_name="Hovy",
    function="Chief of the Migration Section",
    organization=population_division,
)
pezzini = Person(
    honorific="Mr.",
    given_name="Mario",
    family_name="Pezzini",
    function="Director of the Development Centre",
    organization=oecd,
)
tararas = Person(
    honorific="Mr.",
    given_name="Konstantinos",
    family_name="Tararas",
    organization=unesco,
)
koslowski = Person(
    honorific="Professor",
    given_name="Rey",
    family_name="Koslowski",
    organization=albany,
)
bravo = Person(
    honorific="Mr.",
    given_name="Jorge",
    family_name="Bravo",
    function="Chief of the Demographic Analysis Branch",
    organization=population_division,
)

AGENDA = [
    "Opening of the meeting",
    "Implementing the New York Declaration for Refugees and Migrants",
    "International cooperation and governance of migration",
    "The global compact on migration: Regional and human rights dimensions",
    "Towards 2018: Next steps",
    "Contributing to the workplan for Member States",
    "Implementing the migration-related commitments of the 2030 Agenda",
    "Tour-de-table",
    "Closing of the meeting",
]

MEETING = Meeting(
    series="Coordination Meeting on International Migration",
    number=15,
    first_day=dt.date(2017, 2, 16),
    last_day=dt.date(2017, 2, 17),
    venue=Venue(name="United Nations Headquarters", city="New York"),
    organizer=Organizer(
        department="Department of Economic and Social Affairs",
        division="Population Division",
    ),
    agenda=[AgendaItem(number=n, title=t) for n, t in enumerate(AGENDA, 1)],
    mandate=[resolution_56_203, resolution_58_208],
    objectives=[
        "To take stock of progress in implementing the migration-related "
        "commitments of the 2030 Agenda for Sustainable Development.",
        "To contribute to the implementation of the New York Declaration for "
        "Refugees and Migrants by reviewing the preparations for the 2018 "
        "intergovernmental conference on international migration.",
        "To offer Member States, intergovernmental organizations, civil society, "
        "the private sector and academia a venue to present and coordinate "
        "their activities on international migration.",
    ],
    organizations=[un_desa, iom, gmg, unu, unitar, unhcr, ohchr, unesco, oecd, undp],
    people=[swing, nakamitsu, malone, christensen, lauber, seth, kelley, hovy, bravo],
    documents=[agenda_2030, new_york_declaration, resolution_58_208, resolution_56_203],
)

PREFACE = [
    p(
        "The ",
        MEETING.title,
        " took place at United Nations Headquarters in New York on 16 and 17 "
        "February 2017. The ",
        population_division,
        " of ",
        un_desa,
        " has convened a coordination meeting on international migration "
        "every year since 2002.",
    ),
    p(
        "Each meeting looks at the newest evidence on emerging questions of "
        "international migration, lets participants share news of their "
        "projects, and strengthens coordination and coherence on migration "
        "across the United Nations system and beyond.",
    ),
]

INTRODUCTION = [
    p(
        "The meeting was organized by the ",
        population_division,
        " of ",
        un_desa,
        ". It pursued three objectives: to review progress in carrying out "
        "the migration-related commitments of the 2030 Agenda for Sustainable "
        "Development (",
        agenda_2030,
        "); to support the implementation of the New York Declaration for "
        "Refugees and Migrants (",
        new_york_declaration,
        ") by reviewing the preparations for the 2018 intergovernmental "
        "conference on international migration and its global compact for "
        "safe, orderly and regular migration; and to give Member States, "
        "intergovernmental organizations, civil society, the private sector "
        "and academia a place to present and coordinate their work.",
        footnote(
            "The series of meetings responds to General Assembly resolutions ",
            resolution_56_203,
            " and ",
            resolution_58_208,
            ".",
        ),
    ),
    p(
        "More than 300 participants attended, among them representatives of "
        "Member States and observers, of agencies, funds and programmes of the "
        "United Nations system, of the regional commissions, and of "
        "intergovernmental and non-governmental organizations.",
    ),
]

SECTIONS = [
    Section(
        item=1,
        paragraphs=[
            p(
                christensen,
                " described the adoption of the New York Declaration as a "
                "decisive step towards governing the movement of people more "
                "humanely. Member States, he said, had committed themselves to "
                "saving lives and to protecting the rights of refugees and "
                "migrants alike, and should now act on those commitments "
                "without delay.",
            ),
            p(
                "He recalled that Member States had entrusted the President of "
                "the General Assembly with leading the negotiations of the "
                "global compact, in close cooperation with the Secretariat, ",
                iom,
                " and the ",
                gmg,
                ". Given the short timeline, moving the process forward was "
                "among the President's first priorities for the seventy-first "
                "session.",
            ),
        ],
    ),
    Section(
        item=2,
        paragraphs=[
            p(
                swing,
                " called the New York Declaration a landmark in the efforts of "
                "the international community to govern human mobility better. "
                "Although the time was short and the challenges great, the "
                "global compact, due for adoption by September 2018, offered a "
                "historic chance to put well-managed migration policies into "
                "practice. As the newest member of the United Nations family, ",
                iom,
                " stood ready to contribute.",
            ),
            p(
                swing,
                " set out a vision in which people migrated by choice and "
                "their rights were protected throughout the journey, whatever "
                "their status. He asked that migrants be placed at the centre "
                "of the deliberations, that migration be treated as a "
                "cross-cutting issue, and that the compact be developed in a "
                "participatory way. ",
                iom,
                " was already gathering inputs through national consultations, "
                "the meetings of each ",
                rcp,
                ", and its own International Dialogue on Migration.",
            ),
            p(
                nakamitsu,
                " presented a road map for implementing the Declaration. From "
                "April to November 2017, the President of the General Assembly "
                "would hold six informal thematic sessions, the first in Geneva "
                "in May; the regional commissions would organize consultations "
                "of their own. A stocktaking meeting in Mexico in December 2017 "
                "would draw the results together and prepare the ground for a "
                "zero draft, and negotiations would begin in February 2018.",
            ),
            p(
                "She added that the Secretary-General would present a report "
                "with facts and figures on migration early in 2018, and that "
                "four days of informal multi-stakeholder hearings would keep the "
                "process open to a wide range of organizations. ",
                nakamitsu,
                " urged participants to work together and to think "
                "strategically beyond 2018.",
            ),
            p(
                "Speaking as Chair of ",
                gmg,
                ", ",
                malone,
                " said that the Group would revise its workplan to reflect the "
                "new situation and to define its role in the preparations for "
                "the compact.",
            ),
        ],
    ),
    Section(
        item=3,
        paragraphs=[
            p(
                "Participants discussed how the ",
                gfmd,
                ", each ",
                rcp,
                " and the ",
                srs,
                " could feed into the compact. Speakers from ",
                icmpd,
                ", ",
                ipu,
                " and ",
                ifrc,
                " stressed that parliaments, regional bodies and humanitarian "
                "networks each had experience that the preparations should "
                "draw on.",
            ),
            p(
                "Several participants recalled that the ",
                icpd,
                " had placed migration on the development agenda in 1994 and that the ",
                mdgs,
                " had not addressed it; the ",
                sdgs,
                " now did, and the compact should build on them.",
            ),
        ],
    ),
    Section(
        item=4,
        paragraphs=[
            p(
                lauber,
                ", one of the two co-facilitators of the intergovernmental "
                "process, said that the preparations for the compact should be "
                "inclusive, open and transparent, so that each side could "
                "understand the perspectives of the others. The links between "
                "the local, national, regional and global levels would be "
                "essential, and the compact should rest on facts in order to "
                "correct misperceptions about migrants and migration.",
            ),
            p(
                "Participants noted the regional experience of the ",
                au,
                " and the ",
                eu,
                ", and the work of the ",
                jmdi,
                " with local authorities. ",
                mokhiber,
                " underlined that the human rights of all migrants, whatever "
                "their status, had to be at the core of the compact.",
            ),
        ],
    ),
    Section(
        item=5,
        paragraphs=[
            p(
                "Before introducing the panellists, ",
                seth,
                " and moderator of the session, shared lessons from the "
                "negotiations of the 2030 Agenda. He noted that seven million "
                "people had contributed to that process and suggested that the "
                "views of migrants be gathered at scale through social media "
                "and other technologies, organized along the six thematic "
                "sessions of the General Assembly.",
            ),
            p(
                kelley,
                " spoke about the global compact on refugees and its "
                "alignment with the migration compact. The ",
                crrf,
                ", annexed to the Declaration, gave a sound road map for the "
                "commitments on refugees. ",
                unhcr,
                " would test the ",
                crrf,
                " in several countries, including Ethiopia, Somalia, Uganda and "
                "the United Republic of Tanzania, and would seek new "
                "partnerships, for example with the ",
                ilo,
                " on the access of refugees to labour markets.",
            ),
            p(
                "In the discussion, ",
                kelley,
                " said that the two compacts could be made compatible through "
                "transparent discussions involving similar stakeholders. ",
                mokhiber,
                " explained that guidelines prepared by ",
                gmg,
                " on migrants in vulnerable situations had been developed "
                "together with Member States and could well be taken up in a "
                "State-led process.",
            ),
        ],
    ),
    Section(
        item=6,
        paragraphs=[
            p(
                "The moderator, ",
                menozzi,
                ", recalled that the Declaration had asked the Secretary-General "
                "to prepare a workplan for Member States and a report on the "
                "facts, figures, challenges and opportunities of migration. She "
                "asked for concrete inputs.",
            ),
            p(
                hovy,
                " called for a common, evidence-based understanding of "
                "migration. He presented the work of the Division on estimates "
                "of the international migrant stock, on projections of net "
                "migration and on migration policies. Estimates by five-year "
                "age group showed the migrant stock by working age, and first "
                "results on flows pointed to many more returns than had been "
                "expected. Net migration was slowing the decline of population "
                "growth in the more developed regions.",
            ),
            p(
                pezzini,
                " presented scenarios for the coming decades. In the discussion, "
                "participants worried about a turn towards bilateral agreements "
                "at the expense of multilateralism. ",
                pezzini,
                " agreed that investment in human capital and the "
                "transformation of economies would help countries make "
                "productive use of a young working-age population.",
            ),
        ],
    ),
    Section(
        item=7,
        paragraphs=[
            p(
                tararas,
                ", presented the work of his organization on migration. Under "
                "the theme of living together, ",
                unesco,
                " promoted a welcoming agenda in cities and was preparing "
                "practical guidelines for city authorities.",
            ),
            p(
                "Participants agreed that better data were needed to monitor "
                "the migration-related targets of the ",
                sdgs,
                ", in particular at the national and local levels. Cities were "
                "often the first to respond to new arrivals and needed both "
                "data and the capacity to use them. They called for more "
                "resources for capacity-building and for United Nations "
                "recommendations on migration statistics to be applied.",
                footnote(
                    "See ",
                    emphasis("Improving data for safe, orderly and regular migration"),
                    ", a contribution of ",
                    un_desa,
                    ", ",
                    iom,
                    " and ",
                    oecd,
                    ".",
                ),
            ),
            p(
                "Speakers mentioned the data work of ",
                knomad,
                " and of the ",
                iussp,
                ", and the guidance that country teams could draw from the ",
                undaf,
                ".",
            ),
        ],
    ),
    Section(
        item=8,
        paragraphs=[
            p(
                "The representative of ",
                ifad,
                " said that addressing the root causes of forced migration was "
                "a key aim of the projects of the Fund. ",
                fao,
                " presented its work on rural migration.",
            ),
            p(
                koslowski,
                ", proposed that States match their growing spending on border "
                "security with contributions to ",
                unhcr,
                ". Such contributions would show that States honoured the "
                "commitments of the Declaration, and would help ",
                unhcr,
                " to assist refugees and their hosts in countries of first asylum.",
            ),
            p(
                "A representative of ",
                undp,
                " presented projects carried out with ",
                iom,
                " and ",
                unhcr,
                ", including support for bringing migration into national "
                "development planning.",
            ),
            p(
                unsd,
                " announced an expert group meeting on migration data in the "
                "context of the 2030 Agenda in June 2017, and the first "
                "international forum on migration statistics, to be held in "
                "Paris in January 2018 with the ",
                population_division,
                ", ",
                oecd,
                " and ",
                iom,
                ".",
            ),
            p(
                "The ",
                gcm,
                " said it would coordinate the voices of migrant-led "
                "organizations in the preparations, build the capacity of "
                "migrant networks during 2017 and widen its base of civil "
                "society organizations. The ",
                un_mgcy,
                " asked that young migrants be heard throughout the process.",
            ),
        ],
    ),
    Section(
        item=9,
        paragraphs=[
            p(
                "In his closing remarks, ",
                bravo,
                " conveyed the thanks of the Director of the Division for a "
                "very successful meeting. He said that the meeting had come at "
                "the right time, as the Declaration was being put into practice "
                "and the compact prepared. Urgent action had to go together with "
                "a long-term vision for human mobility, and the views of "
                "migrants themselves had to be heard.",
            ),
            p(
                bravo,
                " stressed that accurate data and evidence should underpin the "
                "negotiations, and that the TOGETHER campaign against "
                "xenophobia, intolerance and discrimination should be carried "
                "forward. He thanked participants for their contributions over "
                "the two days.",
            ),
        ],
    ),
]

ANNEXES = [
    Annex(
        title="Agenda",
        paragraphs=[f"{item.numeral}. {item.title}" for item in MEETING.agenda],
    ),
]

REPORT = Report(
    meeting=MEETING,
    preface=PREFACE,
    introduction=INTRODUCTION,
    sections=SECTIONS,
    annexes=ANNEXES,
)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python examples/fifteenth_meeting.py OUT.pdf", file=sys.stderr)
        return 2
    start = time.perf_counter()
    try:
        path = write_report(REPORT, argv[1])
    except MigmeetError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"wrote {path} in {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
