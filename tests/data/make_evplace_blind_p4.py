"""Build tests/data/evplace_blind_p4.jsonl: a second blind event-place set (issue #12/#13).

Short articles written for eventwire by the place4 helper (CC BY 4.0, this
project), in agency style, labelled for the PLACE field only, following
docs/annotation.md ("place": a locative of the trigger, the sentence's stated
place, or a dateline for the article's news acts; null otherwise; a place
"in the north of X" is X's own GeoNames point). Varied on purpose: datelines
vs body places, the place of a statement vs the place of the act it reports,
background events elsewhere, facilities, several places in one sentence, no
place at all. Written and labelled before eventwire ever ran on them; run
once before and once after the place4 change, never debugged on. Read only
the ``place`` row of

    eventwire eval records --data tests/data/evplace_blind_p4.jsonl --split all

Each event: (trigger needle, occurrence, place needle or None, lat, lon);
a place without a point (lat None) is matched by span overlap.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_evplace_blind_e import P, build  # noqa: E402

OUT = Path(__file__).with_name("evplace_blind_p4.jsonl")

PASSAGES: list[tuple[str, list[P]]] = [
    ("NAIROBI (Reuters) - Kenyan police arrested 30 protesters on Tuesday during a march "
     "against new taxes. Earlier this year, parliament passed a finance bill that sparked "
     "weeks of unrest, and in 2017 the Supreme Court annulled a presidential election.",
     [("arrested", 1, "NAIROBI", -1.28, 36.82), ("march", 1, "NAIROBI", -1.28, 36.82),
      ("passed", 1, None, None, None), ("annulled", 1, None, None, None)]),
    ("GENEVA (AP) - The U.N. human rights chief said on Friday that government troops had "
     "burned villages in the north of Myanmar's Rakhine state. Speaking to reporters, he "
     "urged Bangladesh to keep its border open.",
     [("said", 1, "GENEVA", 46.20, 6.15), ("burned", 1, "Rakhine", 20.0, 93.5),
      ("urged", 1, "GENEVA", 46.20, 6.15)]),
    ("Ukrainian drones struck an oil refinery in Russia's Samara region overnight, "
     "Ukraine's military intelligence said. The governor of the region said the fire had "
     "been put out.",
     [("struck", 1, "Samara", 53.4, 50.4), ("said", 1, None, None, None),
      ("said", 2, None, None, None)]),
    ("Thousands of people rallied in Tbilisi and Batumi on Sunday against a proposed "
     "foreign agents law. Police in the capital detained 12 people, the interior ministry "
     "said.",
     [("rallied", 1, "Tbilisi", 41.69, 44.83), ("detained", 1, "capital", 41.69, 44.83),
      ("said", 1, None, None, None)]),
    ("A car bomb exploded outside a hotel in Mogadishu on Wednesday, killing at least seven "
     "people, police said. Al Shabaab claimed responsibility in a statement.",
     [("exploded", 1, "Mogadishu", 2.04, 45.34), ("killing", 1, "Mogadishu", 2.04, 45.34),
      ("claimed", 1, None, None, None)]),
    ("BRUSSELS (Reuters) - European Union foreign ministers agreed on Monday to extend "
     "sanctions on Belarus. Hungary had blocked the decision for weeks, and Lithuania's "
     "minister said the delay had cost the bloc credibility.",
     [("agreed", 1, "BRUSSELS", 50.85, 4.35), ("blocked", 1, None, None, None),
      ("said", 1, "BRUSSELS", 50.85, 4.35)]),
    ("Fighting between the army and the Rapid Support Forces spread to the town of Wad "
     "Madani, residents told Reuters. The United Nations said on Thursday it had suspended "
     "aid deliveries in Gezira state.",
     [("spread", 1, "Wad Madani", 14.40, 33.52), ("told", 1, None, None, None),
      ("said", 1, None, None, None), ("suspended", 1, "Gezira", 14.5, 33.2)]),
    ("Speaking at a press conference in Islamabad, Pakistan's foreign minister accused India "
     "of shelling villages along the Line of Control. Three civilians were killed in the "
     "Neelum valley, he said.",
     [("accused", 1, "Islamabad", 33.72, 73.06),
      ("shelling", 1, "Line of Control", None, None),
      ("killed", 1, "Neelum valley", None, None)]),
    ("Israeli air strikes hit the southern Lebanese village of Aitaroun and a house in "
     "Nabatieh on Saturday, Lebanon's state news agency reported. Hezbollah said it fired "
     "rockets at an army base in the Golan Heights in response.",
     [("hit", 1, "Aitaroun", 33.12, 35.47), ("reported", 1, None, None, None),
      ("said", 1, None, None, None), ("fired", 1, "Golan Heights", 33.0, 35.75)]),
    ("LAGOS (Reuters) - Gunmen kidnapped 20 students from a school in Nigeria's northwestern "
     "Kaduna state, police said on Friday. President Bola Tinubu, who is on a visit to South "
     "Africa, ordered security forces to rescue them.",
     [("kidnapped", 1, "Kaduna", 10.33, 7.75), ("said", 1, "LAGOS", 6.45, 3.39),
      ("ordered", 1, "South Africa", -29.0, 24.0)]),
    ("Floods in the east of Libya have killed more than 2,000 people, officials in the city "
     "of Derna said on Tuesday. Rescue teams from Egypt and Turkey arrived in Benghazi "
     "overnight.",
     [("Floods", 1, "Libya", 28.0, 17.0), ("killed", 1, "Libya", 28.0, 17.0),
      ("said", 1, "Derna", 32.77, 22.64), ("arrived", 1, "Benghazi", 32.12, 20.07)]),
    ("The International Court of Justice in The Hague ordered Israel on Friday to allow aid "
     "into Gaza. South Africa, which brought the case, welcomed the ruling.",
     [("ordered", 1, "The Hague", 52.08, 4.30), ("welcomed", 1, None, None, None)]),
    ("MEXICO CITY (AP) - Mexican soldiers seized two tonnes of cocaine at the port of "
     "Manzanillo, the defence ministry said on Thursday. The drugs had been shipped from "
     "Colombia.",
     [("seized", 1, "Manzanillo", 19.05, -104.32), ("said", 1, "MEXICO CITY", 19.43, -99.13),
      ("shipped", 1, None, None, None)]),
    ("No injuries were reported after a magnitude 5.8 earthquake struck on Monday morning, "
     "the national seismological service said.",
     [("struck", 1, None, None, None), ("said", 1, None, None, None)]),
    ("At a summit in Astana, the leaders of Russia, China and Iran signed an agreement on "
     "energy cooperation. Putin later flew to Minsk, where he met President Alexander "
     "Lukashenko.",
     [("signed", 1, "Astana", 51.18, 71.45), ("met", 1, "Minsk", 53.90, 27.57)]),
]


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in build(PASSAGES, "evplace4"):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
