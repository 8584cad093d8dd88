"""Build tests/data/actor_probe.jsonl: the actor/recipient coverage probe
(actors46). Own constructed sentences (CC BY 4.0, eventwire authors), one
per country or territory and construction, written from templates BEFORE
the system ran on them. It is a probe, not an evaluation set: every
sentence is a textbook instance of one actor construction, so its figures
say which constructions fail for which countries, not how well news is read.

Countries, demonyms, capitals and first-level divisions come from
``countryinfo`` (REST Countries data, MPL 2.0), a package the project
already ships. The expected code is the country the sentence names, by the
record guide (docs/annotation.md): a dependent territory and its people are
coded with the territory's own ISO code (New Caledonian actors NCL), so
territories get only the civil constructions (their police and soldiers
are the sovereign's, a question this probe leaves out); breakaway regions
with no ISO code take the state they belong to (Transnistria MDA, Turkish
Cypriots CYP). A demonym two countries share ("Congolese", "Dominican")
and a country with no demonym skip the demonym constructions.

Row: {"id", "construction", "country" (expected ISO3), "role" (actor |
recipient), "sector" (expected sector or null: country only), "trigger",
"text", "place_kind" (country | capital | division | region)}.
Run: python3 tests/data/make_actor_probe.py
"""

from __future__ import annotations

import ast
import json
import random
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "actor_probe.jsonl"

# (name, template, trigger, role, sector); {dem} demonym, {country} name,
# {Country} name at the start of a sentence, {capital}, {division}
STATE_TEMPLATES = [
    ("demonym_troops", "{dem} troops shelled rebel positions near the border on Monday.",
     "shelled", "actor", "MIL"),
    ("demonym_ministry", "The {dem} foreign ministry condemned the bombing on Tuesday.",
     "condemned", "actor", "GOV"),
    ("country_ministry", "The {country} foreign ministry condemned the bombing on Tuesday.",
     "condemned", "actor", "GOV"),
    ("government_of", "The government of {country} condemned the attack on Wednesday.",
     "condemned", "actor", "GOV"),
    ("possessive_coast_guard", "{Country}'s coast guard seized a foreign trawler on Thursday.",
     "seized", "actor", "COP"),
    ("capital_metonym", "{capital} recalled its ambassador on Friday after the dispute.",
     "recalled", "actor", "GOV"),
    ("police_in_capital", "Police in {capital} arrested five protesters on Sunday.",
     "arrested", "actor", "COP"),
    ("capital_based_group", "A {capital}-based militia attacked a village on Monday.",
     "attacked", "actor", None),
    ("demonym_fisherman", "Gunmen kidnapped a {dem} fisherman on Monday.",
     "kidnapped", "recipient", "CVL"),
    ("demonym_troops_target", "Rebels ambushed {dem} troops near the border on Monday.",
     "ambushed", "recipient", "MIL"),
    ("possessive_ministry_target", "Hackers attacked {country}'s foreign ministry on Monday.",
     "attacked", "recipient", "GOV"),
]
TERRITORY_TEMPLATES = [t for t in STATE_TEMPLATES
                       if t[0] in {"government_of", "demonym_fisherman"}] + [
    ("demonym_separatists", "{dem} separatists attacked a police convoy on Saturday.",
     "attacked", "actor", "REB"),
]
DIVISION_TEMPLATES = [
    ("division_separatists", "{division} separatists attacked a police convoy on Saturday.",
     "attacked", "actor", "REB"),
    ("police_in_division", "Police in {division} arrested five protesters on Sunday.",
     "arrested", "actor", "COP"),
]
# dependent territories (ISO 3166 codes of their own)
TERRITORIES = frozenset(
    "ASM AIA ABW BMU CYM CXR CCK COK CUW FLK FRO GUF PYF GIB GRL GLP GUM GGY HKG IMN JEY "
    "MAC MTQ MYT MSR NCL NIU NFK MNP PRI REU BLM SHN MAF SPM SXM TKL TCA VGB VIR WLF PCN "
    "BES ALA".split())
SKIP = frozenset("ATA BVT UMI HMD ATF SGS IOT SCG ANT SJM".split())
# names read with "the" inside a sentence
THE = ("United ", "Republic ", "Democratic ", "Federated ", "Netherlands", "Philippines",
       "Maldives", "Czech Republic", "Central African", "Dominican Republic", "Bahamas",
       "Gambia", "Seychelles", "Comoros")
# regions with no ISO code of their own: (name, demonym or None, state)
REGIONS = [
    ("Transnistria", "Transnistrian", "MDA"), ("Abkhazia", "Abkhaz", "GEO"),
    ("South Ossetia", "South Ossetian", "GEO"), ("Nagorno-Karabakh", None, "AZE"),
    ("Somaliland", "Somaliland", "SOM"), ("Northern Cyprus", "Turkish Cypriot", "CYP"),
    ("Cabinda", "Cabindan", "AGO"), ("Kurdistan Region", None, "IRQ"),
    ("Zanzibar", "Zanzibari", "TZA"), ("Bougainville", "Bougainvillean", "PNG"),
    ("Casamance", None, "SEN"), ("Papua", "Papuan", "IDN"), ("Tibet", "Tibetan", "CHN"),
    ("Xinjiang", None, "CHN"), ("Balochistan", "Baloch", "PAK"), ("Chechnya", "Chechen", "RUS"),
]
EXTRA_STATES = [("XKX", "Kosovo", "Kosovar", "Pristina", [])]
PER_COUNTRY_DIVISIONS = 2


def _countries() -> list[tuple[str, str, str | None, str | None, list[str]]]:
    """(iso3, name, demonym, capital, provinces) from countryinfo, one per code."""
    rows: dict[str, tuple[str, str, str | None, str | None, list[str]]] = {}
    folder = resources.files("countryinfo").joinpath("data")
    for f in sorted((p for p in folder.iterdir() if p.name.endswith(".json")),
                    key=lambda p: p.name):
        d = json.loads(f.read_text(encoding="utf-8"))
        iso = (d.get("ISO") or {}).get("alpha3")
        if not iso or iso in SKIP or iso in rows:
            continue
        provinces = d.get("provinces") or []
        if isinstance(provinces, str):
            provinces = ast.literal_eval(provinces)
        capital = d.get("capital")
        capital = capital[0] if isinstance(capital, list) else capital
        dem = (d.get("demonym") or "").split(",")[0].split("/")[0].strip() or None
        rows[iso] = (iso, d["name"], dem, capital or None, list(provinces))
    for extra in EXTRA_STATES:
        rows[extra[0]] = extra
    return [rows[k] for k in sorted(rows)]


def _name(name: str, start: bool) -> str:
    if name.startswith("The "):
        name = name[4:]
    if name.startswith(THE) or name.endswith(" Islands"):
        return ("The " if start else "the ") + name
    return name


def _row(idx: int, template: tuple[str, str, str, str, str | None], iso: str,
         kind: str, **fill: str) -> dict[str, Any]:
    construction, text, trigger, role, sector = template
    return {"id": f"probe-{idx:05d}", "construction": construction, "country": iso,
            "role": role, "sector": sector, "trigger": trigger,
            "text": text.format(**fill), "place_kind": kind}


def build() -> list[dict[str, Any]]:
    countries = _countries()
    shared = Counter(c[2] for c in countries if c[2])
    all_names = {c[1].lower() for c in countries}
    province_count = Counter(p.lower() for c in countries for p in c[4])
    rng = random.Random(46)
    rows: list[dict[str, Any]] = []
    for iso, name, dem, capital, provinces in countries:
        templates = TERRITORY_TEMPLATES if iso in TERRITORIES else STATE_TEMPLATES
        for t in templates:
            needs_dem = "{dem}" in t[1]
            if needs_dem and (not dem or shared[dem] > 1):
                continue
            if "{capital}" in t[1] and (not capital or capital == name):
                continue
            rows.append(_row(len(rows), t, iso, "capital" if "{capital}" in t[1] else "country",
                             dem=dem or "", country=_name(name, False),
                             Country=_name(name, True), capital=capital or ""))
        if iso in TERRITORIES:
            continue
        usable = [p for p in provinces if len(p) > 3 and province_count[p.lower()] == 1
                  and p.lower() not in all_names and p != capital and "(" not in p]
        for p in rng.sample(usable, min(PER_COUNTRY_DIVISIONS, len(usable))):
            for t in DIVISION_TEMPLATES:
                rows.append(_row(len(rows), t, iso, "division", division=p))
    for region, dem, state in REGIONS:
        for t in DIVISION_TEMPLATES:
            rows.append(_row(len(rows), t, state, "region", division=region))
        if dem:
            t = TERRITORY_TEMPLATES[-1]
            rows.append(_row(len(rows), t, state, "region", dem=dem))
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences -> {OUT}")


if __name__ == "__main__":
    main()
