"""Build tests/data/participants_blind_e.jsonl: a small BLIND class set for the
participant stage (issue #12), written and labelled by hand before the system
ran on it (labelled from docs/annotation.md only). Every text is invented in
agency style; none is taken from an evaluation set or from the issue.

Each event names its class: ``content`` (the object of the act is content,
not a recipient), ``passive`` (a ``by`` agent is the actor), ``anaphor``
(pronouns and role nouns take their antecedent's codes), ``codes`` (country
and sector of common nouns, demonyms, metonyms, organisation names),
``coord`` (coordination and apposition).
Run: python3 tests/data/make_participants_blind_e.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from spans import locate, write_jsonl  # noqa: E402

OUT = Path(__file__).resolve().parent / "participants_blind_e.jsonl"
P = tuple[str, str | None, str | None] | None  # (span text, country, sector) or none

# (text, [(class, trigger, actor, recipient)])
ITEMS: list[tuple[str, list[tuple[str, str, P, P]]]] = [
    ("The European Union imposed new tariffs on steel last week.",
     [("content", "imposed", ("The European Union", None, "IGO"), None)]),
    ("Venezuela's government rejected the proposal on Monday.",
     [("content", "rejected", ("Venezuela's government", "VEN", "GOV"), None)]),
    ("The finance ministers agreed on a new lending framework at the summit in Brussels.",
     [("content", "agreed", ("The finance ministers", None, None), None)]),
    ("Pakistan threatened retaliation after the border clash.",
     [("content", "threatened", ("Pakistan", "PAK", None), None)]),
    ("Venezuela's opposition demanded fresh elections on Friday.",
     [("content", "demanded", ("Venezuela's opposition", "VEN", "OPP"), None)]),
    ("Tehran denied the accusations on Sunday.",
     [("content", "denied", ("Tehran", "IRN", "GOV"), None)]),
    ("The UN Security Council adopted the resolution unanimously on Thursday.",
     [("content", "adopted", ("The UN Security Council", None, "IGO"), None)]),
    ("Colombia's president signed the peace accord in Havana.",
     [("content", "signed", ("Colombia's president", "COL", "GOV"), None)]),
    ("Hungary blocked the aid package for a second time.",
     [("content", "blocked", ("Hungary", "HUN", None), None)]),
    ("North Korea tested a ballistic missile on Wednesday, the third launch this month.",
     [("content", "tested", ("North Korea", "PRK", None), None)]),
    ("The army said it would resume its operations against the insurgents in Cabo Delgado.",
     [("content", "operations", ("it", "MOZ", "MIL"), ("the insurgents", None, "REB"))]),
    ("The Tunisian government extended the state of emergency for another month.",
     [("content", "extended", ("The Tunisian government", "TUN", "GOV"), None)]),
    ("Nigerian unions called off the planned general strike on Tuesday.",
     [("content", "called off", ("Nigerian unions", "NGA", "LAB"), None)]),
    ("The junta in Niamey suspended the broadcasts of two foreign radio stations.",
     [("content", "suspended", ("The junta", "NER", None), None)]),
    ("A hospital in Marib was shelled by Houthi fighters on Sunday.",
     [("passive", "shelled", ("Houthi fighters", "YEM", "REB"), ("A hospital", "YEM", None))]),
    ("Two journalists were detained by Ethiopian police in Addis Ababa.",
     [("passive", "detained", ("Ethiopian police", "ETH", "COP"),
       ("Two journalists", None, "MED"))]),
    ("The convoy, attacked by gunmen near the border, was carrying food.",
     [("passive", "attacked", ("gunmen", None, "UAF"), ("The convoy", None, None))]),
    ("In Nairobi, the protesters were dispersed by riot police with tear gas.",
     [("passive", "dispersed", ("riot police", "KEN", "COP"), ("the protesters", "KEN", None))]),
    ("The village bombed by Russian jets on Monday had no military targets, residents said.",
     [("passive", "bombed", ("Russian jets", "RUS", "MIL"), ("The village", None, None))]),
    ("The ambassador was summoned by the German Foreign Ministry on Friday.",
     [("passive", "summoned", ("the German Foreign Ministry", "DEU", "GOV"),
       ("The ambassador", None, None))]),
    ("Farm union leaders were arrested by Indian police in Punjab on Thursday.",
     [("passive", "arrested", ("Indian police", "IND", "COP"),
       ("Farm union leaders", "IND", None))]),
    ("A Greek fishing boat was seized by the Turkish coast guard near Lesbos.",
     [("passive", "seized", ("the Turkish coast guard", "TUR", "COP"),
       ("A Greek fishing boat", "GRC", None))]),
    ("Several villages in the region were raided by Boko Haram militants overnight.",
     [("passive", "raided", ("Boko Haram militants", "NGA", "REB"),
       ("Several villages", None, None))]),
    ("The opposition leader, who was jailed by a Russian court last year, died in prison.",
     [("passive", "jailed", ("a Russian court", "RUS", "JUD"),
       ("The opposition leader", "RUS", None))]),
    ("The Sudanese army said on Tuesday it had retaken the city. It also accused the Rapid "
     "Support Forces of looting homes.",
     [("anaphor", "accused", ("It", "SDN", "MIL"), ("the Rapid Support Forces", "SDN", None))]),
    ("Ukrainian officials briefed reporters on the damage in Odesa. They blamed Russia for the "
     "strike.",
     [("anaphor", "blamed", ("They", "UKR", "GOV"), ("Russia", "RUS", None))]),
    ("Tuareg rebels in northern Mali seized two towns last week. On Sunday, they attacked an "
     "army base near Gao.",
     [("anaphor", "attacked", ("they", "MLI", "REB"), ("an army base", "MLI", "MIL"))]),
    ("Al-Shabaab fighters ambushed a convoy in southern Somalia on Friday. The group later "
     "threatened further attacks on foreign troops.",
     [("anaphor", "threatened", ("The group", "SOM", "REB"), ("foreign troops", None, "MIL"))]),
    ("The Hezbollah spokesman denied that the movement had fired the rockets.",
     [("anaphor", "denied", ("The Hezbollah spokesman", "LBN", None), None)]),
    ("A spokesman for the Nigerian army said troops had killed 20 insurgents. The spokesman "
     "also accused local politicians of helping the fighters.",
     [("anaphor", "accused", ("The spokesman", "NGA", "MIL"),
       ("local politicians", None, None))]),
    ("Russia's Defence Ministry said its forces had destroyed a fuel depot. The ministry "
     "accused Kyiv of preparing an offensive.",
     [("anaphor", "accused", ("The ministry", "RUS", None), ("Kyiv", "UKR", "GOV"))]),
    ("Australian Foreign Minister Penny Wong arrived in Beijing on Tuesday. She urged China "
     "to lift trade restrictions on Australian wine.",
     [("anaphor", "urged", ("She", "AUS", "GOV"), ("China", "CHN", None))]),
    ("Brazil's president spoke to reporters in Brasilia. He criticised the central bank for "
     "keeping interest rates high.",
     [("anaphor", "criticised", ("He", "BRA", "GOV"), ("the central bank", "BRA", None))]),
    ("Serbian nationalists gathered in Belgrade on Saturday. Later they attacked the embassy "
     "of the United States.",
     [("anaphor", "attacked", ("they", "SRB", None), ("the United States", "USA", None))]),
    ("Chadian rebels crossed the border from Libya. The insurgents then clashed with "
     "government troops near Mao.",
     [("anaphor", "clashed", ("The insurgents", "TCD", "REB"),
       ("government troops", "TCD", "MIL"))]),
    ("The Philippine coast guard said a Chinese vessel had blocked its ship. Its commander "
     "accused Beijing of harassment.",
     [("anaphor", "accused", ("Its commander", "PHL", None), ("Beijing", "CHN", "GOV"))]),
    ("Turkish drones struck positions of Kurdish militants in northern Iraq.",
     [("codes", "struck", ("Turkish drones", "TUR", "MIL"), ("Kurdish militants", None, "REB"))]),
    ("Kenyan legislators voted to impeach the deputy president.",
     [("codes", "impeach", ("Kenyan legislators", "KEN", "LEG"),
       ("the deputy president", "KEN", "GOV"))]),
    ("Protesters in Santiago clashed with police late on Friday.",
     [("codes", "clashed", ("Protesters", "CHL", None), ("police", "CHL", "COP"))]),
    ("The Kremlin dismissed the report as a fabrication.",
     [("codes", "dismissed", ("The Kremlin", "RUS", "GOV"), None)]),
    ("Beijing warned Manila against further provocations in the disputed waters.",
     [("codes", "warned", ("Beijing", "CHN", "GOV"), ("Manila", "PHL", "GOV"))]),
    ("Downing Street rejected the nurses' pay demands on Wednesday.",
     [("codes", "rejected", ("Downing Street", "GBR", "GOV"), ("the nurses", "GBR", None))]),
    ("The Nigerian Air Force bombed a camp used by bandits in Zamfara state.",
     [("codes", "bombed", ("The Nigerian Air Force", "NGA", "MIL"), ("bandits", None, "UAF"))]),
    ("Filipino fishermen accused the Chinese coast guard of ramming their boat.",
     [("codes", "accused", ("Filipino fishermen", "PHL", None),
       ("the Chinese coast guard", "CHN", "COP"))]),
    ("Moscow expelled two Estonian diplomats on Monday.",
     [("codes", "expelled", ("Moscow", "RUS", "GOV"), ("two Estonian diplomats", "EST", None))]),
    ("Pakistani Taliban militants attacked a police post in Khyber Pakhtunkhwa.",
     [("codes", "attacked", ("Pakistani Taliban militants", "PAK", "REB"),
       ("a police post", "PAK", "COP"))]),
    ("Seoul lodged a protest with Tokyo over the new textbooks.",
     [("codes", "protest", ("Seoul", "KOR", "GOV"), ("Tokyo", "JPN", "GOV"))]),
    ("Egyptian security forces arrested dozens of activists in Cairo.",
     [("codes", "arrested", ("Egyptian security forces", "EGY", None),
       ("dozens of activists", "EGY", None))]),
    ("Japan's coast guard detained a Chinese trawler captain near the islands.",
     [("codes", "detained", ("Japan's coast guard", "JPN", "COP"),
       ("a Chinese trawler captain", "CHN", None))]),
    ("Authorities in Minsk jailed an opposition blogger for six years.",
     [("codes", "jailed", ("Authorities", "BLR", "GOV"), ("an opposition blogger", "BLR", None))]),
    ("Thousands of nurses went on strike in Nairobi on Monday.",
     [("codes", "strike", ("Thousands of nurses", "KEN", None), None)]),
    ("Bolivian miners blocked highways near La Paz to protest against the new mining law.",
     [("codes", "blocked", ("Bolivian miners", "BOL", None), None)]),
    ("The Israel Defense Forces raided the Jenin refugee camp at dawn.",
     [("codes", "raided", ("The Israel Defense Forces", "ISR", "MIL"),
       ("the Jenin refugee camp", "PSE", None))]),
    ("Canberra suspended defence cooperation with Jakarta.",
     [("codes", "suspended", ("Canberra", "AUS", "GOV"), None)]),
    ("France and Germany urged Serbia to ease tensions in the north of Kosovo.",
     [("coord", "urged", ("France and Germany", None, None), ("Serbia", "SRB", None))]),
    ("Ahmed Hassan, a spokesman for the Somali government, accused Kenya of meddling.",
     [("coord", "accused", ("Ahmed Hassan", "SOM", "GOV"), ("Kenya", "KEN", None))]),
    ("Maria Lopez, the mayor of Tijuana, criticised the federal government over the "
     "shootings.",
     [("coord", "criticised", ("Maria Lopez", "MEX", "GOV"),
       ("the federal government", "MEX", "GOV"))]),
    ("Thabo Nkosi, a leader of South Africa's mineworkers' union, threatened a nationwide "
     "strike.",
     [("coord", "threatened", ("Thabo Nkosi", "ZAF", "LAB"), None)]),
    ("General Ali Karimi, commander of Iran's ground forces, warned Azerbaijan against "
     "holding the drills.",
     [("coord", "warned", ("General Ali Karimi", "IRN", "MIL"), ("Azerbaijan", "AZE", None))]),
    ("Armenia and Azerbaijan accused each other of shelling border villages.",
     [("coord", "accused", ("Armenia", "ARM", None), ("Azerbaijan", "AZE", None))]),
    ("Ethiopia and Eritrea signed a border agreement in Jeddah.",
     [("coord", "signed", ("Ethiopia", "ETH", None), ("Eritrea", "ERI", None))]),
    ("The president of Ghana and his Ivorian counterpart met in Accra on Thursday.",
     [("coord", "met", ("The president of Ghana", "GHA", "GOV"),
       ("his Ivorian counterpart", "CIV", "GOV"))]),
    ("Omar Farouk, the police chief of Kano, said his officers arrested 14 suspects.",
     [("coord", "arrested", ("his officers", "NGA", "COP"), ("14 suspects", None, None))]),
    ("Lebanese and Syrian officials discussed the return of refugees on Monday.",
     [("coord", "discussed", ("Lebanese and Syrian officials", None, "GOV"), None)]),
]


def _participant(text: str, p: P) -> dict[str, object] | None:
    if p is None:
        return None
    span, country, sector = p
    return {**locate(text, span), "country": country, "sector": sector}


Items = list[tuple[str, list[tuple[str, str, P, P]]]]


def build(items: Items = ITEMS, prefix: str = "part_e",
          published: str = "2024-05-20") -> list[dict[str, object]]:
    """The rows of a participant class set (also set f's builder uses it)."""
    out: list[dict[str, object]] = []
    for n, (text, events) in enumerate(items, 1):
        out.append({"id": f"{prefix}-{n:02d}", "published": published, "text": text,
                    "events": [{"class": cls, "trigger": locate(text, trig),
                                "actor": _participant(text, actor),
                                "recipient": _participant(text, recip)}
                               for cls, trig, actor, recip in events]})
    return out


if __name__ == "__main__":
    rows = build()
    write_jsonl(rows, OUT)
    print(f"{OUT}: {len(rows)} texts, {sum(len(r['events']) for r in rows)} events")  # type: ignore[arg-type]
