"""Build tests/data/participants_blind_g.jsonl: a third BLIND class set for
the participant stage (issue #12, branch recipients), written and labelled by
hand from docs/annotation.md before the system ran on it. Every text is
invented in agency or GSR style; none is taken from an evaluation set or
from the issue.

Classes: ``ditrans`` (indirect objects: sent X Y, granted X Y), ``content``
(the object is the act's content, not an actor: recipient none), ``passive``
(by-agents), ``prep`` (recipients in against / on / with / to / toward
phrases), ``nominal`` (participants of event nouns: the Russian strike on
Kharkiv), ``poss`` (possessives: X's minister), ``appos`` (appositions),
``coord`` (coordinated parties: a coordinated non-reciprocal actor or
recipient is one span with country null; reciprocal acts first conjunct
actor, second recipient), ``anaphor`` (pronouns, relative pronouns and role
nouns), ``metonym`` (capitals and countries acting), ``gsr`` (single
sentences whose recipient's country comes from a demonym, a capital, an
organisation with a country or a title).
Run: python3 tests/data/make_participants_blind_g.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_participants_blind_e import Items, build  # noqa: E402
from spans import write_jsonl  # noqa: E402

OUT = Path(__file__).resolve().parent / "participants_blind_g.jsonl"

DITRANS: Items = [
    (
        "Japan sent Ukraine a shipment of generators on Tuesday.",
        [("ditrans", "sent", ("Japan", "JPN", None), ("Ukraine", "UKR", None))],
    ),
    (
        "The European Union granted Moldova 50 million euros in budget support.",
        [("ditrans", "granted", ("The European Union", None, "IGO"), ("Moldova", "MDA", None))],
    ),
    (
        "Qatar offered the Sudanese army a venue for new talks.",
        [("ditrans", "offered", ("Qatar", "QAT", None), ("the Sudanese army", "SDN", "MIL"))],
    ),
    (
        "The World Bank lent Kenya $750 million to ease its debt payments.",
        [("ditrans", "lent", ("The World Bank", None, "IGO"), ("Kenya", "KEN", None))],
    ),
    (
        "Turkish officials handed their Swedish counterparts a list of demands.",
        [
            (
                "ditrans",
                "handed",
                ("Turkish officials", "TUR", "GOV"),
                ("their Swedish counterparts", "SWE", "GOV"),
            )
        ],
    ),
    (
        "Berlin promised Kyiv more air defence systems.",
        [("ditrans", "promised", ("Berlin", "DEU", None), ("Kyiv", "UKR", None))],
    ),
    (
        "Germany's development minister pledged Ethiopia new funding for schools.",
        [
            (
                "ditrans",
                "pledged",
                ("Germany's development minister", "DEU", "GOV"),
                ("Ethiopia", "ETH", None),
            )
        ],
    ),
    (
        "Israel's government handed the Palestinian Authority tax revenues it had withheld.",
        [
            (
                "ditrans",
                "handed",
                ("Israel's government", "ISR", "GOV"),
                ("the Palestinian Authority", "PSE", "GOV"),
            )
        ],
    ),
    (
        "South Korea's president told North Korea to return to talks.",
        [
            (
                "ditrans",
                "told",
                ("South Korea's president", "KOR", "GOV"),
                ("North Korea", "PRK", None),
            )
        ],
    ),
]

CONTENT: Items = [
    (
        "Canada imposed tariffs on steel imports on Monday.",
        [("content", "imposed", ("Canada", "CAN", None), None)],
    ),
    (
        "The rebels rejected the proposed ceasefire.",
        [("content", "rejected", ("The rebels", None, None), None)],
    ),
    (
        "Mexico's Senate rejected the security bill on Thursday.",
        [("content", "rejected", ("Mexico's Senate", "MEX", "LEG"), None)],
    ),
    (
        "Ghana's government suspended the mining licences.",
        [("content", "suspended", ("Ghana's government", "GHA", "GOV"), None)],
    ),
    (
        "Protesters in Nairobi demanded higher wages.",
        [("content", "demanded", ("Protesters", "KEN", "CVL"), None)],
    ),
    (
        "Rebels in Sudan agreed on a ceasefire for the holiday.",
        [("content", "agreed", ("Rebels in Sudan", "SDN", "REB"), None)],
    ),
    (
        "Senegal's president ordered a curfew in Dakar.",
        [("content", "ordered", ("Senegal's president", "SEN", "GOV"), None)],
    ),
    (
        "The militia threatened to use force if its fighters were not paid.",
        [("content", "threatened", ("The militia", None, None), None)],
    ),
    (
        "The opposition boycotted the elections in Togo.",
        [("content", "boycotted", ("The opposition", "TGO", "OPP"), None)],
    ),
]

PASSIVE: Items = [
    (
        "Two aid workers were killed by Israeli fire in Rafah.",
        [("passive", "killed", ("Israeli fire", "ISR", None), ("Two aid workers", None, None))],
    ),
    (
        "The convoy was attacked by Al-Shabaab militants near Mogadishu.",
        [
            (
                "passive",
                "attacked",
                ("Al-Shabaab militants", "SOM", None),
                ("The convoy", None, None),
            )
        ],
    ),
    (
        "The ambassador was summoned by the Algerian foreign ministry on Monday.",
        [
            (
                "passive",
                "summoned",
                ("the Algerian foreign ministry", "DZA", "GOV"),
                ("The ambassador", None, None),
            )
        ],
    ),
    (
        "A Ukrainian drone was shot down by Belarusian air defences.",
        [
            (
                "passive",
                "shot",
                ("Belarusian air defences", "BLR", "MIL"),
                ("A Ukrainian drone", "UKR", None),
            )
        ],
    ),
    (
        "Three journalists were detained by police in Istanbul on Friday.",
        [("passive", "detained", ("police", "TUR", "COP"), ("Three journalists", "TUR", None))],
    ),
    (
        "The sanctions were condemned by China as illegal.",
        [("passive", "condemned", ("China", "CHN", None), None)],
    ),
    (
        "Several villages in Tigray were shelled by Eritrean forces.",
        [
            (
                "passive",
                "shelled",
                ("Eritrean forces", "ERI", "MIL"),
                ("Several villages in Tigray", "ETH", None),
            )
        ],
    ),
    (
        "The peace plan was welcomed by Colombia's president on Sunday.",
        [("passive", "welcomed", ("Colombia's president", "COL", "GOV"), None)],
    ),
    (
        "Two Chinese engineers were kidnapped by gunmen in Balochistan.",
        [("passive", "kidnapped", ("gunmen", "PAK", None), ("Two Chinese engineers", "CHN", None))],
    ),
    (
        "The decision was criticised by opposition lawmakers in Caracas.",
        [("passive", "criticised", ("opposition lawmakers", "VEN", None), None)],
    ),
]

PREP: Items = [
    (
        "The Baltic states imposed sanctions on Belarusian officials.",
        [
            (
                "prep",
                "imposed",
                ("The Baltic states", None, None),
                ("Belarusian officials", "BLR", "GOV"),
            )
        ],
    ),
    (
        "Azerbaijan filed a complaint against Armenia at the International Court of Justice.",
        [("prep", "complaint", ("Azerbaijan", "AZE", None), ("Armenia", "ARM", None))],
    ),
    (
        "Vietnam protested to China over the new map.",
        [("prep", "protested", ("Vietnam", "VNM", None), ("China", "CHN", None))],
    ),
    (
        "Egypt's army fired warning shots toward Sudanese fighters near the border.",
        [("prep", "fired", ("Egypt's army", "EGY", "MIL"), ("Sudanese fighters", "SDN", None))],
    ),
    (
        "Chile signed a trade agreement with Indonesia on Wednesday.",
        [("prep", "signed", ("Chile", "CHL", None), ("Indonesia", "IDN", None))],
    ),
    (
        "Serbia cut diplomatic ties with Kosovo's government.",
        [("prep", "cut", ("Serbia", "SRB", None), ("Kosovo's government", "XKX", "GOV"))],
    ),
    (
        "The United States delivered humanitarian aid to Haiti.",
        [("prep", "delivered", ("The United States", "USA", None), ("Haiti", "HTI", None))],
    ),
    (
        "Pakistan launched air strikes on Afghan territory.",
        [("prep", "strikes", ("Pakistan", "PAK", None), ("Afghan territory", "AFG", None))],
    ),
    (
        "Seoul lodged a protest with Tokyo over the textbooks.",
        [("prep", "protest", ("Seoul", "KOR", None), ("Tokyo", "JPN", None))],
    ),
    (
        "Hezbollah fired rockets at northern Israel.",
        [("prep", "fired", ("Hezbollah", "LBN", None), ("northern Israel", "ISR", None))],
    ),
    (
        "Moscow cut gas supplies to Bulgaria.",
        [("prep", "cut", ("Moscow", "RUS", None), ("Bulgaria", "BGR", None))],
    ),
    (
        "The African Union suspended Gabon after the coup.",
        [("prep", "suspended", ("The African Union", None, "IGO"), ("Gabon", "GAB", None))],
    ),
    (
        "Lithuania closed two border crossings with Belarus.",
        [("prep", "closed", ("Lithuania", "LTU", None), ("Belarus", "BLR", None))],
    ),
    (
        "Morocco restored diplomatic relations with Iran.",
        [("prep", "restored", ("Morocco", "MAR", None), ("Iran", "IRN", None))],
    ),
    (
        "Jordan's king voiced support for the Palestinian president.",
        [
            (
                "prep",
                "support",
                ("Jordan's king", "JOR", "GOV"),
                ("the Palestinian president", "PSE", "GOV"),
            )
        ],
    ),
    (
        "The Dutch government apologised to Indonesia for colonial-era killings.",
        [
            (
                "prep",
                "apologised",
                ("The Dutch government", "NLD", "GOV"),
                ("Indonesia", "IDN", None),
            )
        ],
    ),
]

NOMINAL: Items = [
    (
        "The Russian strike on Kharkiv killed four people, officials said.",
        [("nominal", "strike", ("Russian", "RUS", None), ("Kharkiv", "UKR", None))],
    ),
    (
        "Israel's blockade of Gaza entered its second year.",
        [("nominal", "blockade", ("Israel", "ISR", None), ("Gaza", "PSE", None))],
    ),
    (
        "Ethiopia's talks with Egypt over the dam collapsed on Monday.",
        [("nominal", "talks", ("Ethiopia", "ETH", None), ("Egypt", "EGY", None))],
    ),
    (
        "The Turkish offensive against Kurdish fighters in Syria drew criticism from Washington.",
        [
            (
                "nominal",
                "offensive",
                ("Turkish", "TUR", None),
                ("Kurdish fighters in Syria", "SYR", None),
            ),
            (
                "nominal",
                "criticism",
                ("Washington", "USA", None),
                ("The Turkish offensive", "TUR", None),
            ),
        ],
    ),
    (
        "A Saudi-led air strike on a market in Saada killed 12 civilians.",
        [("nominal", "strike", ("Saudi-led", "SAU", None), ("a market in Saada", "YEM", None))],
    ),
    (
        "Britain's sanctions against Iranian banks took effect on Friday.",
        [("nominal", "sanctions", ("Britain", "GBR", None), ("Iranian banks", "IRN", "BUS"))],
    ),
    (
        "Nigeria's arrest of a Finnish separatist leader strained relations with Helsinki.",
        [
            (
                "nominal",
                "arrest",
                ("Nigeria", "NGA", None),
                ("a Finnish separatist leader", "FIN", None),
            )
        ],
    ),
]

POSS: Items = [
    (
        "Hungary's foreign minister criticised Brussels over the frozen funds.",
        [
            (
                "poss",
                "criticised",
                ("Hungary's foreign minister", "HUN", "GOV"),
                ("Brussels", None, None),
            )
        ],
    ),
    (
        "Venezuela's defence minister accused Guyana's president of provoking a conflict.",
        [
            (
                "poss",
                "accused",
                ("Venezuela's defence minister", "VEN", "GOV"),
                ("Guyana's president", "GUY", "GOV"),
            )
        ],
    ),
    (
        "Iraq's prime minister met Jordan's king in Amman.",
        [("poss", "met", ("Iraq's prime minister", "IRQ", "GOV"), ("Jordan's king", "JOR", "GOV"))],
    ),
    (
        "Poland's border guards pushed migrants back into Belarus.",
        [("poss", "pushed", ("Poland's border guards", "POL", None), ("migrants", None, None))],
    ),
    (
        "Saudi Arabia's crown prince received the Emir of Kuwait in Riyadh.",
        [
            (
                "poss",
                "received",
                ("Saudi Arabia's crown prince", "SAU", "GOV"),
                ("the Emir of Kuwait", "KWT", "GOV"),
            )
        ],
    ),
]

APPOS: Items = [
    (
        "Maria Lindqvist, Sweden's trade minister, criticised China over its export curbs.",
        [("appos", "criticised", ("Maria Lindqvist", "SWE", "GOV"), ("China", "CHN", None))],
    ),
    (
        "Ahmed Diallo, a spokesman for Guinea's ruling junta, rejected the demands of ECOWAS.",
        [("appos", "rejected", ("Ahmed Diallo", "GIN", None), ("ECOWAS", None, None))],
    ),
    (
        "Police arrested Tomas Novak, a Czech lawmaker, in Prague on Tuesday.",
        [("appos", "arrested", ("Police", "CZE", "COP"), ("Tomas Novak", "CZE", "LEG"))],
    ),
    (
        "Sanjay Rao, India's ambassador to Nepal, met Nepalese army chief Bal Thapa.",
        [("appos", "met", ("Sanjay Rao", "IND", "GOV"), ("Bal Thapa", "NPL", "MIL"))],
    ),
]

COORD: Items = [
    (
        "France and Germany urged Serbia to recognise Kosovo.",
        [("coord", "urged", ("France and Germany", None, None), ("Serbia", "SRB", None))],
    ),
    (
        "Thailand and Cambodia signed a border agreement on Monday.",
        [("coord", "signed", ("Thailand", "THA", None), ("Cambodia", "KHM", None))],
    ),
    (
        "Canada condemned Iran and Russia for the drone transfers.",
        [("coord", "condemned", ("Canada", "CAN", None), ("Iran and Russia", None, None))],
    ),
    (
        "Congolese soldiers and M23 rebels clashed near Goma overnight.",
        [("coord", "clashed", ("Congolese soldiers", "COD", "MIL"), ("M23 rebels", "COD", "REB"))],
    ),
    (
        "Washington and Tehran exchanged prisoners in Doha.",
        [("coord", "exchanged", ("Washington", "USA", None), ("Tehran", "IRN", None))],
    ),
]

ANAPHOR: Items = [
    (
        "Somalia's president arrived in Nairobi on Monday. He urged Kenya to reopen the border.",
        [("anaphor", "urged", ("He", "SOM", "GOV"), ("Kenya", "KEN", None))],
    ),
    (
        "The Bolivian miners marched to La Paz. They accused the government of ignoring "
        "their demands.",
        [("anaphor", "accused", ("They", "BOL", None), ("the government", "BOL", "GOV"))],
    ),
    (
        "Ecuador's navy intercepted a fishing fleet near the Galapagos. The ministry said it "
        "would fine the vessels' Chinese owners.",
        [("anaphor", "fine", ("it", "ECU", None), ("the vessels' Chinese owners", "CHN", None))],
    ),
    (
        "The Mozambican interior minister visited Cabo Delgado on Tuesday. The minister "
        "promised the villagers new protection.",
        [("anaphor", "promised", ("The minister", "MOZ", "GOV"), ("the villagers", "MOZ", None))],
    ),
    (
        "North Korea test-fired a missile on Sunday. Seoul summoned the North's envoy.",
        [("anaphor", "summoned", ("Seoul", "KOR", None), ("the North's envoy", "PRK", "GOV"))],
    ),
    (
        "Sudan's army chief flew to Cairo on Monday. There he asked Egypt for weapons.",
        [("anaphor", "asked", ("he", "SDN", "MIL"), ("Egypt", "EGY", None))],
    ),
    (
        "Protesters gathered outside the French embassy in Niamey. They demanded that Paris "
        "withdraw its troops.",
        [("anaphor", "demanded", ("They", "NER", None), ("Paris", "FRA", None))],
    ),
    (
        "The Indonesian foreign minister called her Australian counterpart. She asked "
        "Canberra to return the asylum seekers.",
        [
            (
                "anaphor",
                "called",
                ("The Indonesian foreign minister", "IDN", "GOV"),
                ("her Australian counterpart", "AUS", "GOV"),
            ),
            ("anaphor", "asked", ("She", "IDN", "GOV"), ("Canberra", "AUS", None)),
        ],
    ),
    (
        "Georgian police raided the offices of an opposition party. Officers detained its leader.",
        [("anaphor", "detained", ("Officers", "GEO", "COP"), ("its leader", "GEO", None))],
    ),
    (
        "Mali's junta expelled the French ambassador, whom it accused of interference.",
        [
            (
                "anaphor",
                "expelled",
                ("Mali's junta", "MLI", None),
                ("the French ambassador", "FRA", "GOV"),
            ),
            ("anaphor", "accused", ("it", "MLI", None), ("whom", "FRA", "GOV")),
        ],
    ),
    (
        "Rwanda's foreign minister met the UN envoy in Kigali. The envoy later urged Rwanda "
        "to withdraw its troops from Congo.",
        [
            (
                "anaphor",
                "met",
                ("Rwanda's foreign minister", "RWA", "GOV"),
                ("the UN envoy", None, None),
            ),
            ("anaphor", "urged", ("The envoy", None, None), ("Rwanda", "RWA", None)),
        ],
    ),
]

METONYM: Items = [
    (
        "Beijing warned Manila against further provocations in the South China Sea.",
        [("metonym", "warned", ("Beijing", "CHN", None), ("Manila", "PHL", None))],
    ),
    (
        "Ankara accused Stockholm of harbouring militants.",
        [("metonym", "accused", ("Ankara", "TUR", None), ("Stockholm", "SWE", None))],
    ),
    (
        "Moscow expelled two Estonian diplomats on Friday.",
        [
            (
                "metonym",
                "expelled",
                ("Moscow", "RUS", None),
                ("two Estonian diplomats", "EST", "GOV"),
            )
        ],
    ),
    (
        "Kyiv asked Ottawa for more armoured vehicles.",
        [("metonym", "asked", ("Kyiv", "UKR", None), ("Ottawa", "CAN", None))],
    ),
    (
        "Riyadh hosted a Yemeni delegation for talks.",
        [("metonym", "hosted", ("Riyadh", "SAU", None), ("a Yemeni delegation", "YEM", None))],
    ),
    (
        "Brasilia recognised the new government in La Paz.",
        [
            (
                "metonym",
                "recognised",
                ("Brasilia", "BRA", None),
                ("the new government in La Paz", "BOL", "GOV"),
            )
        ],
    ),
    (
        "Islamabad blamed Kabul for the bombing in Peshawar.",
        [("metonym", "blamed", ("Islamabad", "PAK", None), ("Kabul", "AFG", None))],
    ),
]

GSR: Items = [
    (
        "Kenyan police arrested 12 Ethiopian migrants in Moyale.",
        [
            (
                "gsr",
                "arrested",
                ("Kenyan police", "KEN", "COP"),
                ("12 Ethiopian migrants", "ETH", None),
            )
        ],
    ),
    (
        "The Pakistani Taliban attacked a checkpoint in Bannu, killing six soldiers.",
        [
            (
                "gsr",
                "attacked",
                ("The Pakistani Taliban", "PAK", None),
                ("a checkpoint in Bannu", "PAK", None),
            )
        ],
    ),
    (
        "Israeli troops raided a refugee camp in Jenin on Wednesday.",
        [
            (
                "gsr",
                "raided",
                ("Israeli troops", "ISR", "MIL"),
                ("a refugee camp in Jenin", "PSE", None),
            )
        ],
    ),
    (
        "The Kurdistan Regional Government signed an oil deal with a Turkish firm.",
        [
            (
                "gsr",
                "signed",
                ("The Kurdistan Regional Government", "IRQ", None),
                ("a Turkish firm", "TUR", "BUS"),
            )
        ],
    ),
    (
        "Chinese Foreign Minister Wang Li met Brazilian President Carlos Mendes in Brasilia.",
        [("gsr", "met", ("Wang Li", "CHN", "GOV"), ("Carlos Mendes", "BRA", "GOV"))],
    ),
    (
        "Armenian Prime Minister Aram Petrosyan accused Azerbaijani forces of shelling "
        "border villages.",
        [
            (
                "gsr",
                "accused",
                ("Aram Petrosyan", "ARM", "GOV"),
                ("Azerbaijani forces", "AZE", "MIL"),
            )
        ],
    ),
    (
        "The Nigerian Senate summoned the head of the Central Bank of Nigeria.",
        [
            (
                "gsr",
                "summoned",
                ("The Nigerian Senate", "NGA", "LEG"),
                ("the head of the Central Bank of Nigeria", "NGA", None),
            )
        ],
    ),
    (
        "Greek coast guard officers rescued 40 migrants off Lesbos.",
        [
            (
                "gsr",
                "rescued",
                ("Greek coast guard officers", "GRC", None),
                ("40 migrants", None, None),
            )
        ],
    ),
    (
        "The Algerian army killed three militants near the Malian border.",
        [("gsr", "killed", ("The Algerian army", "DZA", "MIL"), ("three militants", None, None))],
    ),
    (
        "A court in Tehran sentenced a French tourist to eight years in prison.",
        [
            (
                "gsr",
                "sentenced",
                ("A court in Tehran", "IRN", "JUD"),
                ("a French tourist", "FRA", None),
            )
        ],
    ),
    (
        "Russian warplanes bombed rebel positions in Idlib.",
        [
            (
                "gsr",
                "bombed",
                ("Russian warplanes", "RUS", "MIL"),
                ("rebel positions in Idlib", "SYR", "REB"),
            )
        ],
    ),
    (
        "The Egyptian foreign ministry condemned the Israeli raid on the Al-Aqsa compound.",
        [
            (
                "gsr",
                "condemned",
                ("The Egyptian foreign ministry", "EGY", "GOV"),
                ("the Israeli raid", "ISR", None),
            )
        ],
    ),
    (
        "Taliban authorities detained a British aid worker in Kabul.",
        [
            (
                "gsr",
                "detained",
                ("Taliban authorities", "AFG", None),
                ("a British aid worker", "GBR", None),
            )
        ],
    ),
    (
        "Tunisian President Kais Saied dismissed the head of the national election commission.",
        [
            (
                "gsr",
                "dismissed",
                ("Kais Saied", "TUN", "GOV"),
                ("the head of the national election commission", "TUN", None),
            )
        ],
    ),
    (
        "Ukrainian forces struck a Russian ammunition depot in Crimea.",
        [
            (
                "gsr",
                "struck",
                ("Ukrainian forces", "UKR", "MIL"),
                ("a Russian ammunition depot", "RUS", "MIL"),
            )
        ],
    ),
    (
        "The Philippine navy accused Chinese coast guard ships of ramming a supply boat.",
        [
            (
                "gsr",
                "accused",
                ("The Philippine navy", "PHL", "MIL"),
                ("Chinese coast guard ships", "CHN", None),
            )
        ],
    ),
    (
        "Japan's defence ministry scrambled jets to intercept Russian bombers.",
        [
            (
                "gsr",
                "intercept",
                ("Japan's defence ministry", "JPN", None),
                ("Russian bombers", "RUS", "MIL"),
            )
        ],
    ),
    (
        "Venezuelan authorities deported 30 Colombian nationals on Monday.",
        [
            (
                "gsr",
                "deported",
                ("Venezuelan authorities", "VEN", "GOV"),
                ("30 Colombian nationals", "COL", None),
            )
        ],
    ),
    (
        "A Houthi missile hit a Greek-flagged tanker in the Red Sea.",
        [
            (
                "gsr",
                "hit",
                ("A Houthi missile", "YEM", None),
                ("a Greek-flagged tanker", "GRC", None),
            )
        ],
    ),
    (
        "The Burmese military, which seized power in 2021, bombed a school in Sagaing.",
        [
            (
                "gsr",
                "bombed",
                ("The Burmese military", "MMR", "MIL"),
                ("a school in Sagaing", "MMR", None),
            )
        ],
    ),
    (
        "Iranian state media said the Revolutionary Guards seized a British-flagged ship "
        "near the Strait of Hormuz.",
        [
            (
                "gsr",
                "seized",
                ("the Revolutionary Guards", "IRN", "MIL"),
                ("a British-flagged ship", "GBR", None),
            )
        ],
    ),
    (
        "Lebanon's army chief met a delegation of U.S. lawmakers in Beirut.",
        [("gsr", "met", ("Lebanon's army chief", "LBN", "MIL"), ("U.S. lawmakers", "USA", "LEG"))],
    ),
    (
        "The Colombian government resumed peace talks with ELN rebels in Caracas.",
        [
            (
                "gsr",
                "talks",
                ("The Colombian government", "COL", "GOV"),
                ("ELN rebels", "COL", "REB"),
            )
        ],
    ),
]

ITEMS: Items = (
    DITRANS + CONTENT + PASSIVE + PREP + NOMINAL + POSS + APPOS + COORD + ANAPHOR + METONYM + GSR
)


if __name__ == "__main__":
    rows = build(ITEMS, "part_g", "2026-11-20")
    write_jsonl(rows, OUT)
    print(f"{OUT}: {len(rows)} texts, {sum(len(r['events']) for r in rows)} events")  # type: ignore[arg-type]
