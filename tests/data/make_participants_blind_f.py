"""Build tests/data/participants_blind_f.jsonl: a second small BLIND class set
for the participant stage (issue #12, branch participants2), written and
labelled by hand from docs/annotation.md before the system ran on it. Every
text is invented in agency style; none is taken from an evaluation set or from
the issue.

Classes: ``speech`` (the addressee or target of a speech act: urged, accused,
warned, summoned), ``meet`` (the other party of a meeting, visit, talks),
``place`` (a place attacked stands for its people), ``prep`` (recipients in a
prepositional phrase or as indirect object: sanctions on X, aid to X, against
X), ``nominal`` (participants of event nouns: X's seizure of Y, the attack on
Y), ``recip`` (reciprocal and joint events: first conjunct actor, second
recipient, docs/annotation.md "Reciprocal actors"), ``titled`` (people named
with a title: sector from the title, country from its modifier or the story),
``foreign`` (untitled people: a country only when the text links them).
Run: python3 tests/data/make_participants_blind_f.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_participants_blind_e import P, build  # noqa: E402
from spans import write_jsonl  # noqa: E402

OUT = Path(__file__).resolve().parent / "participants_blind_f.jsonl"

# (text, [(class, trigger, actor, recipient)])
ITEMS: list[tuple[str, list[tuple[str, str, P, P]]]] = [
    ("The Kenyan government urged Somalia to release the detained fishermen.",
     [("speech", "urged", ("The Kenyan government", "KEN", "GOV"), ("Somalia", "SOM", None))]),
    ("Turkey accused Greece of violating its airspace on Tuesday.",
     [("speech", "accused", ("Turkey", "TUR", None), ("Greece", "GRC", None))]),
    ("The United Nations called on Myanmar's military to halt the air strikes.",
     [("speech", "called", ("The United Nations", None, "IGO"),
       ("Myanmar's military", "MMR", "MIL"))]),
    ("Egypt warned Ethiopia against filling the dam without an agreement.",
     [("speech", "warned", ("Egypt", "EGY", None), ("Ethiopia", "ETH", None))]),
    ("Brazil's foreign minister criticised Venezuela over the disputed vote.",
     [("speech", "criticised", ("Brazil's foreign minister", "BRA", "GOV"),
       ("Venezuela", "VEN", None))]),
    ("Japan demanded that China withdraw its coast guard vessels from the area.",
     [("speech", "demanded", ("Japan", "JPN", None), ("China", "CHN", None))]),
    ("Poland summoned the Belarusian ambassador after the border incident.",
     [("speech", "summoned", ("Poland", "POL", None),
       ("the Belarusian ambassador", "BLR", "GOV"))]),
    ("Protesters in Lima denounced the Peruvian Congress for the pension reform.",
     [("speech", "denounced", ("Protesters", "PER", "CVL"),
       ("the Peruvian Congress", "PER", "LEG"))]),
    ("Rwanda blamed Congolese troops for the shelling of Gisenyi.",
     [("speech", "blamed", ("Rwanda", "RWA", None), ("Congolese troops", "COD", "MIL"))]),
    ("The Philippines lodged a diplomatic protest with Beijing over the water cannon incident.",
     [("speech", "protest", ("The Philippines", "PHL", None), ("Beijing", "CHN", None))]),
    ("The Indian prime minister met with Nepal's president in Kathmandu on Friday.",
     [("meet", "met", ("The Indian prime minister", "IND", "GOV"),
       ("Nepal's president", "NPL", "GOV"))]),
    ("Saudi officials held talks with Iranian diplomats in Baghdad.",
     [("meet", "talks", ("Saudi officials", "SAU", "GOV"), ("Iranian diplomats", "IRN", "GOV"))]),
    ("Norway's envoy visited Colombia to discuss the peace process.",
     [("meet", "visited", ("Norway's envoy", "NOR", "GOV"), ("Colombia", "COL", None))]),
    ("The German chancellor hosted the Kenyan president in Berlin.",
     [("meet", "hosted", ("The German chancellor", "DEU", "GOV"),
       ("the Kenyan president", "KEN", "GOV"))]),
    ("Mexico negotiated with Washington over the migration accord.",
     [("meet", "negotiated", ("Mexico", "MEX", None), ("Washington", "USA", None))]),
    ("Russian missiles struck Kharkiv overnight, officials said.",
     [("place", "struck", ("Russian missiles", "RUS", "MIL"), ("Kharkiv", "UKR", None))]),
    ("Militants shelled the town of Dori in northern Burkina Faso.",
     [("place", "shelled", ("Militants", None, "REB"), ("the town of Dori", "BFA", None))]),
    ("Israeli aircraft bombed Khan Younis on Sunday.",
     [("place", "bombed", ("Israeli aircraft", "ISR", "MIL"), ("Khan Younis", "PSE", None))]),
    ("Houthi forces fired drones at the Saudi city of Jizan.",
     [("place", "fired", ("Houthi forces", "YEM", "REB"),
       ("the Saudi city of Jizan", "SAU", None))]),
    ("Pakistani troops raided a village in Waziristan before dawn.",
     [("place", "raided", ("Pakistani troops", "PAK", "MIL"), ("a village", "PAK", None))]),
    ("Canada imposed sanctions on Iranian officials over the crackdown.",
     [("prep", "imposed", ("Canada", "CAN", None), ("Iranian officials", "IRN", "GOV"))]),
    ("The African Union suspended Niger after the coup.",
     [("prep", "suspended", ("The African Union", None, "IGO"), ("Niger", "NER", None))]),
    ("France sent humanitarian aid to Sudan last month.",
     [("prep", "sent", ("France", "FRA", None), ("Sudan", "SDN", None))]),
    ("Armenia filed a complaint against Azerbaijan at the International Court of Justice.",
     [("prep", "filed", ("Armenia", "ARM", None), ("Azerbaijan", "AZE", None))]),
    ("Chinese authorities granted asylum to a North Korean defector.",
     [("prep", "granted", ("Chinese authorities", "CHN", "GOV"),
       ("a North Korean defector", "PRK", None))]),
    ("The European Union offered Moldova a new loan package.",
     [("prep", "offered", ("The European Union", None, "IGO"), ("Moldova", "MDA", None))]),
    ("Colombian police used tear gas against striking truck drivers in Bogota.",
     [("prep", "used", ("Colombian police", "COL", "COP"),
       ("striking truck drivers", "COL", None))]),
    ("Iran condemned Britain's seizure of an Iranian oil tanker.",
     [("nominal", "condemned", ("Iran", "IRN", None), ("Britain", "GBR", None)),
      ("nominal", "seizure", ("Britain", "GBR", None), ("an Iranian oil tanker", "IRN", None))]),
    ("The attack on the police station in Kandahar killed four officers.",
     [("nominal", "attack", None, ("the police station", "AFG", "COP"))]),
    ("Serbia protested Kosovo's arrest of a Serbian police officer.",
     [("nominal", "protested", ("Serbia", "SRB", None), ("Kosovo", "XKX", None)),
      ("nominal", "arrest", ("Kosovo", "XKX", None), ("a Serbian police officer", "SRB", "COP"))]),
    ("Venezuela's expulsion of Spanish diplomats drew sharp criticism in Madrid.",
     [("nominal", "expulsion", ("Venezuela", "VEN", None), ("Spanish diplomats", "ESP", "GOV"))]),
    ("The bombing of a market in Idlib by Syrian government jets killed nine people.",
     [("nominal", "bombing", ("Syrian government jets", "SYR", "MIL"), ("a market", "SYR", None))]),
    ("India and China accused each other of provoking the clash.",
     [("recip", "accused", ("India", "IND", None), ("China", "CHN", None))]),
    ("Talks between Sudan and South Sudan resumed in Juba on Monday.",
     [("recip", "Talks", ("Sudan", "SDN", None), ("South Sudan", "SSD", None))]),
    ("The Colombian president met his Ecuadorian counterpart in Quito.",
     [("recip", "met", ("The Colombian president", "COL", "GOV"),
       ("his Ecuadorian counterpart", "ECU", "GOV"))]),
    ("Thai and Cambodian troops exchanged fire along the disputed border.",
     [("recip", "exchanged", ("Thai", "THA", "MIL"), ("Cambodian troops", "KHM", "MIL"))]),
    ("Lebanon and Israel traded accusations over the maritime border.",
     [("recip", "traded", ("Lebanon", "LBN", None), ("Israel", "ISR", None))]),
    ("Serbian and Croatian police clashed with each other at the border crossing.",
     [("recip", "clashed", ("Serbian", "SRB", "COP"), ("Croatian police", "HRV", "COP"))]),
    ("Mexico's Supreme Court Justice Ana Morales blocked the presidential decree.",
     [("titled", "blocked", ("Mexico's Supreme Court Justice Ana Morales", "MEX", "JUD"), None)]),
    ("In Bamako, General Amadou Diallo announced a night curfew across Mali.",
     [("titled", "announced", ("General Amadou Diallo", "MLI", "MIL"), None)]),
    ("U.S. Senator Laura Jenkins criticised the Pentagon over the budget request.",
     [("titled", "criticised", ("U.S. Senator Laura Jenkins", "USA", "LEG"),
       ("the Pentagon", "USA", None))]),
    ("Opposition leader Kofi Mensah accused Ghana's electoral commission of fraud.",
     [("titled", "accused", ("Opposition leader Kofi Mensah", "GHA", "OPP"),
       ("Ghana's electoral commission", "GHA", None))]),
    ("Azerbaijani Defence Minister Rustam Karimov met Turkish army chiefs in Ankara.",
     [("titled", "met", ("Azerbaijani Defence Minister Rustam Karimov", "AZE", "GOV"),
       ("Turkish army chiefs", "TUR", "MIL"))]),
    ("Rebel commander Yusuf Adan threatened Somali government forces near Kismayo.",
     [("titled", "threatened", ("Rebel commander Yusuf Adan", "SOM", "REB"),
       ("Somali government forces", "SOM", None))]),
    ("Chinese Ambassador Lin Wei protested to the Philippine foreign ministry.",
     [("titled", "protested", ("Chinese Ambassador Lin Wei", "CHN", "GOV"),
       ("the Philippine foreign ministry", "PHL", "GOV"))]),
    ("Tanzanian President Amina Juma pardoned 5,000 prisoners on Independence Day.",
     [("titled", "pardoned", ("Tanzanian President Amina Juma", "TZA", "GOV"),
       ("5,000 prisoners", "TZA", None))]),
    ("Peru's Interior Minister Jorge Salas sacked the national police chief.",
     [("titled", "sacked", ("Peru's Interior Minister Jorge Salas", "PER", "GOV"),
       ("the national police chief", "PER", "COP"))]),
    ("Kenya's president, Daniel Mwangi, met Ugandan officials on Monday. "
     "Mwangi promised to reopen the border.",
     [("foreign", "promised", ("Mwangi", "KEN", "GOV"), None)]),
    ("Rodrigo Alvarez, a Chilean lawmaker, accused the mining firm of polluting the river.",
     [("foreign", "accused", ("Rodrigo Alvarez", "CHL", "LEG"), ("the mining firm", None, "BUS"))]),
    ("Ukraine's foreign minister, Olena Kravets, urged Germany to send more air defence systems.",
     [("foreign", "urged", ("Ukraine's foreign minister", "UKR", "GOV"),
       ("Germany", "DEU", None))]),
    ("Speaking in Geneva, Marc Dubois criticised Iran's nuclear programme.",
     [("foreign", "criticised", ("Marc Dubois", None, None), ("Iran", "IRN", None))]),
    ("Hungarian police detained Peter Kovacs at the airport on Saturday.",
     [("foreign", "detained", ("Hungarian police", "HUN", "COP"), ("Peter Kovacs", None, None))]),
]


if __name__ == "__main__":
    rows = build(ITEMS, "part_f", "2025-03-12")
    write_jsonl(rows, OUT)
    print(f"{OUT}: {len(rows)} texts, {sum(len(r['events']) for r in rows)} events")  # type: ignore[arg-type]
