"""Build tests/data/evplace_blind_e.jsonl: a blind event-place set (issue #12/#13).

Short passages written for eventwire by the evplace helper (CC BY 4.0, this
project), in agency style, labelled for the PLACE field only, following
docs/annotation.md ("place": a locative of the trigger, the sentence's stated
place, or a dateline for the article's news acts; null otherwise). Written
and labelled before eventwire ever ran on them; run once before and once
after the evplace change, never debugged on. Other fields are null and are
not meant to be scored: read only the ``place`` row of

    eventwire eval records --data tests/data/evplace_blind_e.jsonl --split all

Each event: (trigger needle, occurrence, place needle or None, lat, lon).
"""

from __future__ import annotations

import json
from pathlib import Path

OUT = Path(__file__).with_name("evplace_blind_e.jsonl")

P = tuple[str, int, str | None, float | None, float | None]

PASSAGES: list[tuple[str, list[P]]] = [
    ("Riot police fired tear gas at students in Dhaka on Tuesday.",
     [("fired", 1, "Dhaka", 23.81, 90.41)]),
    ("QUITO (Reuters) - Ecuador's president declared a state of emergency on Monday.",
     [("declared", 1, "QUITO", -0.22, -78.51)]),
    ("ANKARA (AP) - Turkey's parliament approved the deployment of troops. In Washington, "
     "the State Department criticised the vote.",
     [("approved", 1, "ANKARA", 39.92, 32.85), ("criticised", 1, "Washington", 38.90, -77.04)]),
    ("SEOUL (Reuters) - North Korea fired two ballistic missiles into the sea on Thursday, "
     "South Korea's military said.",
     [("fired", 1, None, None, None), ("said", 1, "SEOUL", 37.57, 126.98)]),
    ("BOGOTA (AFP) - Colombia's defence minister said on Friday that the army would launch "
     "a new offensive against the rebels next month.",
     [("said", 1, "BOGOTA", 4.61, -74.08), ("offensive", 1, None, None, None)]),
    ("KABUL (Reuters) - In 2001, U.S.-led forces toppled the Taliban government.",
     [("toppled", 1, None, None, None)]),
    ("The foreign minister flew from Paris to Beirut on Sunday for talks with Lebanese leaders.",
     [("talks", 1, "Beirut", 33.89, 35.50)]),
    ("Italy deported 40 migrants to Tunisia on Wednesday, the interior ministry said.",
     [("deported", 1, None, None, None)]),
    ("Speaking in Geneva, the UN envoy said government forces had shelled the rebel-held "
     "suburbs overnight.",
     [("said", 1, "Geneva", 46.20, 6.15), ("shelled", 1, None, None, None)]),
    ("\"We will never give up Donetsk,\" the commander told reporters.",
     [("told", 1, None, None, None)]),
    ("France condemned the missile strike and summoned Russia's ambassador.",
     [("condemned", 1, None, None, None), ("summoned", 1, None, None, None)]),
    ("A suicide bombing at a market in Kandahar killed nine people on Saturday.",
     [("bombing", 1, "Kandahar", 31.61, 65.71)]),
    ("Heavy fighting broke out near Goma between the army and M23 rebels.",
     [("fighting", 1, "Goma", -1.68, 29.23)]),
    ("Gunmen kidnapped three aid workers in Mosul, Iraq, late on Monday.",
     [("kidnapped", 1, "Mosul", 36.34, 43.13)]),
    ("Thousands of farmers marched through the streets of Nairobi to protest against new "
     "taxes.",
     [("marched", 1, "Nairobi", -1.29, 36.82)]),
    ("The two leaders met in Doha and agreed to resume direct flights.",
     [("met", 1, "Doha", 25.29, 51.53), ("agreed", 1, "Doha", 25.29, 51.53)]),
    ("Brazil's foreign ministry called on Venezuela to release the detained journalists.",
     [("called", 1, None, None, None)]),
    ("MANILA (Reuters) - Philippine troops killed five militants in a clash on the southern "
     "island of Jolo, the military said on Sunday.",
     [("killed", 1, "Jolo", 6.05, 121.00), ("said", 1, "MANILA", 14.60, 120.98)]),
    ("Protesters blocked the main highway outside Cochabamba, demanding the governor's "
     "resignation.",
     [("blocked", 1, "Cochabamba", -17.39, -66.16)]),
    ("The Sudanese army said it had repelled an attack on El Obeid, a city in North Kordofan.",
     [("attack", 1, "El Obeid", 13.18, 30.22)]),
    ("ADDIS ABABA (Reuters) - Ethiopia and Eritrea signed a peace agreement in Jeddah on "
     "Sunday.",
     [("signed", 1, "Jeddah", 21.54, 39.17)]),
    ("The European Union imposed new sanctions on Belarus over the crackdown in Minsk.",
     [("imposed", 1, None, None, None), ("crackdown", 1, "Minsk", 53.90, 27.57)]),
    ("Police arrested 20 people after clashes in Karachi, and the provincial government "
     "banned rallies across the city.",
     [("arrested", 1, "Karachi", 24.86, 67.01), ("banned", 1, "Karachi", 24.86, 67.01)]),
    ("LAGOS (AP) - The opposition candidate rejected the election results and vowed to "
     "challenge them in court.",
     [("rejected", 1, "LAGOS", 6.45, 3.39), ("challenge", 1, None, None, None)]),
    ("Pakistan accused India of sponsoring the attack in Quetta.",
     [("accused", 1, None, None, None), ("attack", 1, "Quetta", 30.19, 67.01)]),
    ("Israeli aircraft struck targets in southern Lebanon overnight, the army said.",
     [("struck", 1, "Lebanon", 33.85, 35.86)]),
    ("JAKARTA (Reuters) - Indonesia will send 500 police officers to Papua next week, the "
     "security minister said.",
     [("send", 1, None, None, None), ("said", 1, "JAKARTA", -6.21, 106.85)]),
    ("Demonstrators rallied in Tbilisi for a third night. They demanded new elections.",
     [("rallied", 1, "Tbilisi", 41.69, 44.83)]),
    ("The ministers will meet in Vienna next week to discuss the nuclear deal.",
     [("meet", 1, "Vienna", 48.21, 16.37)]),
    ("Ukrainian forces shot down 12 drones over Kyiv overnight, officials said.",
     [("shot", 1, "Kyiv", 50.45, 30.52)]),
    ("The mayor of Kharkiv said Russian missiles had hit a power plant in the city.",
     [("hit", 1, "Kharkiv", 49.99, 36.23)]),
    ("Mexico's president, visiting Madrid, urged Spain to apologise for the conquest.",
     [("urged", 1, "Madrid", 40.42, -3.70)]),
    ("Chinese coast guard ships blocked a Philippine supply boat near Second Thomas Shoal "
     "on Saturday, Manila said.",
     [("said", 1, None, None, None)]),
    ("BAMAKO (Reuters) - Mali's junta expelled the French ambassador on Monday. Jihadists "
     "have controlled large parts of the north since 2012.",
     [("expelled", 1, "BAMAKO", 12.64, -8.00), ("controlled", 1, None, None, None)]),
    ("The United Nations appealed for $2 billion in aid for Yemen.",
     [("appealed", 1, None, None, None)]),
    ("Hundreds of workers went on strike at the Port of Durban on Wednesday.",
     [("strike", 1, "Durban", -29.86, 31.03)]),
    ("Iran's foreign minister arrived in Riyadh on Tuesday and held talks with Saudi "
     "officials.",
     [("arrived", 1, "Riyadh", 24.69, 46.72), ("talks", 1, "Riyadh", 24.69, 46.72)]),
    ("A court in Istanbul sentenced a journalist to three years in prison.",
     [("sentenced", 1, "Istanbul", 41.01, 28.98)]),
    ("KYIV (Reuters) - Russia and Ukraine exchanged 90 prisoners of war on the Belarusian "
     "border, Kyiv said.",
     [("exchanged", 1, None, None, None), ("said", 1, "KYIV", 50.45, 30.52)]),
    ("Armed men attacked a police station in the town of Kidal, killing four officers.",
     [("attacked", 1, "Kidal", 18.44, 1.41)]),
    ("The opposition leader, who fled to Lithuania in 2020, called for a boycott of the vote.",
     [("called", 1, None, None, None)]),
    ("Rebels seized the airport in Bunia after heavy fighting, residents said.",
     [("seized", 1, "Bunia", 1.57, 30.25)]),
]


def _find(text: str, needle: str, k: int) -> tuple[int, int]:
    at = -1
    for _ in range(k):
        at = text.index(needle, at + 1)
    return at, at + len(needle)


def build(passages: list[tuple[str, list[P]]] | None = None,
          prefix: str = "evplace") -> list[dict[str, object]]:
    """The set's rows; set p4 builds its own passages with its own id prefix."""
    out = []
    for n, (text, events) in enumerate(PASSAGES if passages is None else passages, 1):
        evs = []
        for trig, k, place, lat, lon in events:
            a, b = _find(text, trig, k)
            pl = None
            if place is not None:
                c, d = _find(text, place, 1)
                pl = {"start": c, "end": d, "text": place, "lat": lat, "lon": lon}
            evs.append({"trigger": {"start": a, "end": b, "text": trig}, "type": None,
                        "mode": None, "actor": None, "recipient": None,
                        "time": {"value": None, "granularity": "unknown", "background": False},
                        "place": pl, "speaker": None, "relays": [], "modality": None,
                        "condition": None, "cluster": None})
        out.append({"id": f"{prefix}-{n:02d}", "outlet": None, "published": "2024-05-06",
                    "title": None, "text": text, "split": "blind", "source": "own",
                    "events": evs})
    return out


if __name__ == "__main__":
    with OUT.open("w", encoding="utf-8") as fh:
        for rec in build():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
