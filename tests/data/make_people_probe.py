"""Build tests/data/people_probe.jsonl: the regional and ethnic adjective
probe (actors48). Own constructed sentences (CC BY 4.0, eventwire authors),
written from templates over EVERY row of
eventwire/data/actors/regional_peoples.tsv before the rule ran on them. A
probe, not an evaluation set: it says which forms and constructions the
actor stage codes, not how well news is read.

Rows:
* a one-state form, two sentences, constructions assigned in turn (row k
  gets templates k and k + 3 of six): rebels REB, an official GOV, police
  COP, police officers as the recipient COP, "X-led rebels" REB, rebels'
  positions (a possessive) as the recipient REB; expected: the row's state.
* a form of a split people or region, one sentence per listed state (at
  most two) naming that state as the place of the act ("... in Syria"),
  expected: that state; and one sentence naming none, expected: no country
  (the table's rule for ambiguity).
* near misses: the form as a language ("teachers who spoke Catalan"), a
  cuisine or music ("fans of Sichuan food"), part of a person's name
  ("lawyers for Sergio Moro"): the actor has NO country.

Row: {"id", "construction", "country" (expected ISO3 or null), "role",
"sector", "trigger", "text", "place_kind"}. Scored by
``tools/actor_coverage.py tests/data/people_probe.jsonl``. Run:
PYTHONPATH=. python tests/data/make_people_probe.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "people_probe.jsonl"
TABLE = HERE.parents[1] / "eventwire" / "data" / "actors" / "regional_peoples.tsv"

TEMPLATES = [
    ("rebels", "{D} rebels attacked an army post on Friday.", "attacked", "actor", "REB"),
    ("official", "{A} {D} official condemned the attack on Tuesday.", "condemned", "actor",
     "GOV"),
    ("police", "{D} police arrested five protesters on Sunday.", "arrested", "actor", "COP"),
    ("police_victims", "Gunmen killed two {D} police officers on Monday.", "killed",
     "recipient", "COP"),
    ("led", "{D}-led rebels attacked an army post on Friday.", "attacked", "actor", "REB"),
    ("possessive", "The army shelled {D} rebels' positions on Monday.", "shelled", "recipient",
     "REB"),
]
SPLIT_CUED = ("split_cued", "{D} militants attacked an army post in {S} on Friday.", "attacked",
              "actor", None)
SPLIT_BARE = ("split_no_cue", "{D} militants attacked an army post on Friday.", "attacked",
              "actor", None)
# English names of the states the split rows list (news forms)
STATE_NAMES = {
    "ESP": "Spain", "FRA": "France", "AUT": "Austria", "ITA": "Italy", "NLD": "the Netherlands",
    "DEU": "Germany", "GEO": "Georgia", "RUS": "Russia", "FIN": "Finland", "NOR": "Norway",
    "SWE": "Sweden", "IRQ": "Iraq", "SYR": "Syria", "TUR": "Turkey", "IRN": "Iran",
    "LBN": "Lebanon", "ISR": "Israel", "EGY": "Egypt", "SDN": "Sudan", "AFG": "Afghanistan",
    "PAK": "Pakistan", "IND": "India", "BGD": "Bangladesh", "LKA": "Sri Lanka",
    "MMR": "Myanmar", "THA": "Thailand", "IDN": "Indonesia", "MYS": "Malaysia", "LAO": "Laos",
    "VNM": "Vietnam", "KHM": "Cambodia", "DZA": "Algeria", "MAR": "Morocco", "LBY": "Libya",
    "MLI": "Mali", "NER": "Niger", "TCD": "Chad", "SSD": "South Sudan", "ETH": "Ethiopia",
    "UGA": "Uganda", "RWA": "Rwanda", "BDI": "Burundi",
    "COD": "the Democratic Republic of Congo", "KEN": "Kenya",
    "TZA": "Tanzania", "ERI": "Eritrea", "ZWE": "Zimbabwe", "NGA": "Nigeria", "BEN": "Benin",
    "SEN": "Senegal", "GHA": "Ghana", "CAN": "Canada", "MEX": "Mexico", "NIC": "Nicaragua",
    "HND": "Honduras", "CHL": "Chile", "BOL": "Bolivia", "PER": "Peru", "PRY": "Paraguay",
    "BRA": "Brazil", "COL": "Colombia", "ARG": "Argentina", "AUS": "Australia",
    "PNG": "Papua New Guinea", "ZAF": "South Africa", "GMB": "Gambia", "TGO": "Togo",
    "BFA": "Burkina Faso", "CMR": "Cameroon", "GIN": "Guinea", "DJI": "Djibouti",
    "GTM": "Guatemala", "BLZ": "Belize", "VEN": "Venezuela", "ECU": "Ecuador",
    "USA": "the United States", "GRL": "Greenland", "CHN": "China", "TUN": "Tunisia",
    "GUM": "Guam", "MNP": "the Northern Mariana Islands", "SLB": "the Solomon Islands",
    "VUT": "Vanuatu", "FJI": "Fiji", "NCL": "New Caledonia", "HRV": "Croatia",
    "SVN": "Slovenia", "MOZ": "Mozambique",
}
# a dependent territory's police are its sovereign's (docs/annotation.md:
# French police and gendarmes in French Polynesia FRA COP; rules61)
SOVEREIGN = {"MTQ": "FRA", "GLP": "FRA", "REU": "FRA", "NCL": "FRA", "PYF": "FRA",
             "GIB": "GBR", "IMN": "GBR", "HKG": "CHN", "MAC": "CHN", "GRL": "DNK",
             "FRO": "DNK", "GUM": "USA", "MNP": "USA", "PRI": "USA"}
NEAR_MISSES = [
    ("language", "Police arrested two teachers who spoke {D} on Sunday.", "arrested",
     "recipient", ["Catalan", "Basque", "Tamil", "Kurdish", "Punjabi", "Hausa", "Yoruba",
                   "Quechua", "Cantonese", "Tagalog"]),
    ("cuisine", "Fans of {D} food protested outside the council on Friday.", "protested",
     "actor", ["Catalan", "Sichuan", "Punjabi", "Tuscan", "Sicilian", "Cajun"]),
    ("music", "Fans of {D} music protested outside the theatre on Friday.", "protested",
     "actor", ["Celtic", "Flemish", "Zulu"]),
    ("surname", "Lawyers for {D} protested outside the court on Friday.", "protested",
     "actor", ["Sergio Moro", "Alice Hui", "Daniel Chin", "Irina Tatar", "Mark Breton",
               "Amy Saxon", "Sam Welsh", "Nadia Baloch", "Jean Kurd", "Karen Smith"]),
]


def table() -> list[tuple[str, list[str]]]:
    """(form, states) of every row of the table, in file order."""
    out = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("form\t"):
            continue
        cells = line.split("\t")
        out.append((cells[0], cells[1].split("|")))
    return out


def _row(n: int, template: tuple[str, str, str, str, str | None], iso: str | None,
         kind: str, **fill: str) -> dict[str, Any]:
    construction, text, trigger, role, sector = template
    return {"id": f"ppl-{n:05d}", "construction": construction, "country": iso, "role": role,
            "sector": sector, "trigger": trigger, "text": text.format(**fill),
            "place_kind": kind}


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    singles = 0
    for form, states in table():
        if len(states) == 1:
            for t in (singles % 6, (singles + 3) % 6):
                article = "An" if form[0] in "AEIOU" else "A"
                iso = SOVEREIGN.get(states[0], states[0]) if TEMPLATES[t][4] == "COP" \
                    else states[0]
                rows.append(_row(len(rows), TEMPLATES[t], iso, "one state", D=form,
                                 A=article))
            singles += 1
            continue
        for iso in states[:2]:
            rows.append(_row(len(rows), SPLIT_CUED, iso, "split, cued", D=form,
                             S=STATE_NAMES[iso]))
        rows.append(_row(len(rows), SPLIT_BARE, None, "split, no cue", D=form))
    for construction, text, trigger, role, forms in NEAR_MISSES:
        for form in forms:
            rows.append(_row(len(rows), (f"near_{construction}", text, trigger, role, None),
                             None, "near miss", D=form))
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences -> {OUT}")


if __name__ == "__main__":
    main()
