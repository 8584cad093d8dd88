"""Build tests/data/geo_blind_g.jsonl: a third BLIND geoparsing set (issue 13,
branch ``geo3``), of longer local-news and provincial-news articles.

Written and committed before eventwire's geo code of branch ``geo3`` was
changed or run on it; run once before the change and once after, never
debugged on (docs/BENCHMARKS.md, "Issue 13 — geo, third pass (branch
geo3)"). Sixteen news-like articles written for eventwire (MIT; invented
wording and events), 4-6 sentences each: eight US local-news articles
(towns, counties, parishes, townships, neighbourhoods, rivers, lakes, parks,
airports, all-capital datelines; Buffalo, Columbus, Pittsburgh, Chicago,
Louisiana, Utica and Rome, Lake Okeechobee, Sacramento) and eight
provincial-news articles (first-level divisions and small towns of Nigeria,
India, Mexico, Colombia, DR Congo, Canada and Australia, China, Indonesia
and the Philippines).

Labelling convention: every place a GeoNames-scored benchmark would tag,
natural features and parks included (unlike sets e and f). Descriptors as
in ``make_geo_blind_e.py`` (``"=CC"``, ``"ST"``, ``"Name/ST"``,
``"Name/=CC"``, ``"@Name/..."`` a county or parish, ``"#Name/=CC"`` a
first-level division), plus:

* ``"#Name/=CC"`` outside the US takes the gazetteer's GeoNames id and the
  point of ``geonames_admin1_points.tsv`` (GeoNames' point as recalled, not
  eventwire's computed one);
* ``"%Name"``: the airport, water or region of that name in the gazetteer
  (airportsdata; eventwire's curated ``regions.tsv``);
* ``"*ID"``: the gazetteer place with that GeoNames id;
* ``"!LAT,LON"``: a feature no shipped data has (a river, a lake, a park, a
  Chicago neighbourhood, an island), at GeoNames' point for it as recalled
  (a river at its mouth), without an id: found, it can only be right if the
  system has the feature.

``python tests/data/make_geo_blind_g.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

import tests.data.make_geo_blind_e as blind_e
from eventwire.stages.geo.gazetteer import gazetteer

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_g.jsonl"
ADMIN1 = HERE / "geonames_admin1_points.tsv"
ARTICLES = (HERE / "geo_blind_g.txt")
LABELS: list[list[tuple[str, str]]] = [
    [("BUFFALO", "Buffalo/NY"), ("N.Y.", "NY"), ("Erie County", "@Erie County/NY"),
     ("Cheektowaga", "Cheektowaga/NY"), ("Amherst", "Amherst/NY"),
     ("Tonawanda", "Tonawanda/NY"), ("Buffalo", "Buffalo/NY"),
     ("Buffalo Niagara International Airport", "%Buffalo Niagara International Airport"),
     ("Hamburg", "Hamburg/NY"), ("Lackawanna", "Lackawanna/NY"),
     ("Orchard Park", "Orchard Park/NY"), ("Niagara County", "@Niagara County/NY"),
     ("Niagara River", "!43.263,-79.066"), ("Lockport", "Lockport/NY"),
     ("Rochester", "Rochester/NY")],
    [("Franklin County", "@Franklin County/OH"), ("Hilliard", "Hilliard/OH"),
     ("Grove City", "Grove City/OH"), ("Westerville", "Westerville/OH"),
     ("Worthington", "Worthington/OH"), ("Upper Arlington", "Upper Arlington/OH"),
     ("Scioto River", "!38.730,-82.999"), ("Columbus", "Columbus/OH"),
     ("Delaware County", "@Delaware County/OH"), ("Sunbury", "Sunbury/OH"),
     ("Galena", "Galena/OH"),
     ("John Glenn Columbus International Airport",
      "%John Glenn Columbus International Airport"), ("Ohio", "OH")],
    [("Cranberry Township", "Cranberry Township/PA"), ("Butler County", "@Butler County/PA"),
     ("Zelienople", "Zelienople/PA"), ("Mars", "Mars/PA"),
     ("Allegheny County", "@Allegheny County/PA"), ("Monroeville", "Monroeville/PA"),
     ("McKeesport", "McKeesport/PA"), ("Monongahela River", "!40.442,-80.015"),
     ("Pittsburgh", "Pittsburgh/PA"), ("Sewickley", "Sewickley/PA"),
     ("Pennsylvania", "PA")],
    [("Chicago", "Chicago/IL"), ("Englewood", "Englewood/IL"), ("Austin", "!41.894,-87.765"),
     ("Lincoln Park", "Lincoln Park/IL"), ("Rogers Park", "Rogers Park/IL"),
     ("Cicero", "Cicero/IL"), ("Oak Park", "Oak Park/IL"),
     ("Cook County", "@Cook County/IL"), ("Maywood", "Maywood/IL"),
     ("Lake Michigan", "%Lake Michigan"),
     ("Midway International Airport", "%Midway International Airport"),
     ("Pilsen", "!41.857,-87.656")],
    [("Jefferson Parish", "@Jefferson Parish/LA"), ("Grand Isle", "Grand Isle/LA"),
     ("Lafitte", "Lafitte/LA"), ("Metairie", "Metairie/LA"), ("Kenner", "Kenner/LA"),
     ("Alexandria", "Alexandria/LA"), ("New Orleans", "New Orleans/LA"),
     ("St. Tammany Parish", "@Saint Tammany Parish/LA"), ("Slidell", "Slidell/LA"),
     ("Covington", "Covington/LA"), ("Lake Pontchartrain", "!30.19,-90.10"),
     ("Mississippi River", "%Mississippi River"), ("Baton Rouge", "Baton Rouge/LA"),
     ("Houma", "Houma/LA"), ("Thibodaux", "Thibodaux/LA"),
     ("Terrebonne", "@Terrebonne Parish/LA"), ("Lafourche", "@Lafourche Parish/LA"),
     ("Louisiana", "LA")],
    [("UTICA", "Utica/NY"), ("N.Y.", "NY"), ("Oneida County", "@Oneida County/NY"),
     ("Utica", "Utica/NY"), ("Rome", "Rome/NY"), ("New Hartford", "New Hartford/NY"),
     ("Whitesboro", "Whitesboro/NY"), ("Herkimer", "Herkimer/NY"),
     ("Little Falls", "Little Falls/NY"), ("Mohawk River", "!42.784,-73.696"),
     ("Griffiss International Airport", "%Griffiss International Airport"),
     ("Rome", "Rome/NY"), ("Albany", "Albany/NY"), ("Syracuse", "Syracuse/NY"),
     ("Oneida", "Oneida/NY")],
    [("Lake Okeechobee", "!26.95,-80.83"), ("Palm Beach County", "@Palm Beach County/FL"),
     ("Belle Glade", "Belle Glade/FL"), ("Pahokee", "Pahokee/FL"),
     ("Hendry County", "@Hendry County/FL"), ("Clewiston", "Clewiston/FL"),
     ("Caloosahatchee River", "!26.52,-82.00"), ("Cape Coral", "Cape Coral/FL"),
     ("Fort Myers", "Fort Myers/FL"), ("Lee County", "@Lee County/FL"),
     ("Sanibel", "Sanibel/FL"), ("Everglades National Park", "!25.32,-80.93"),
     ("Florida Bay", "!25.0,-80.75"), ("Homestead", "Homestead/FL")],
    [("American River", "!38.597,-121.508"), ("Sacramento", "Sacramento/CA"),
     ("Folsom Lake", "!38.72,-121.13"), ("Yolo County", "@Yolo County/CA"),
     ("Davis", "Davis/CA"), ("Woodland", "Woodland/CA"),
     ("West Sacramento", "West Sacramento/CA"), ("Placer County", "@Placer County/CA"),
     ("Auburn", "Auburn/CA"), ("Roseville", "Roseville/CA"), ("Elk Grove", "Elk Grove/CA"),
     ("Sacramento International Airport", "%Sacramento International Airport"),
     ("California", "CA")],
    [("JOS", "Jos/=NG"), ("Nigeria", "=NG"), ("Bokkos", "Bokkos/=NG"),
     ("Plateau State", "#Plateau/=NG"), ("Jos", "Jos/=NG"),
     ("Barkin Ladi", "Barkin Ladi/=NG"), ("Mangu", "Mangu/=NG"), ("Bauchi", "Bauchi/=NG"),
     ("Bauchi State", "#Bauchi/=NG"), ("Benue", "#Benue/=NG"), ("Makurdi", "Makurdi/=NG"),
     ("Lafia", "Lafia/=NG"), ("Nasarawa State", "#Nasarawa/=NG"), ("Abuja", "Abuja/=NG"),
     ("Plateau", "#Plateau/=NG"), ("Kaduna", "#Kaduna/=NG"), ("Kano", "#Kano/=NG")],
    [("Bihar", "#Bihar/=IN"), ("Kosi River", "!25.42,87.27"), ("Supaul", "Supaul/=IN"),
     ("Darbhanga", "Darbhanga/=IN"), ("Madhubani", "Madhubani/=IN"),
     ("Muzaffarpur", "Muzaffarpur/=IN"), ("Nepal", "=NP"), ("Patna", "Patna/=IN"),
     ("Uttar Pradesh", "#Uttar Pradesh/=IN"), ("Gorakhpur", "Gorakhpur/=IN"),
     ("Bahraich", "Bahraich/=IN"), ("West Bengal", "#West Bengal/=IN"),
     ("Siliguri", "Siliguri/=IN"), ("Assam", "#Assam/=IN"), ("Brahmaputra", "%Brahmaputra")],
    [("Chiapas", "#Chiapas/=MX"), ("Frontera Comalapa", "*3527542"),
     ("Comitan", "Comitán/=MX"), ("Guatemala", "=GT"),
     ("San Cristobal de las Casas", "San Cristóbal de las Casas/=MX"),
     ("Tuxtla Gutierrez", "Tuxtla Gutiérrez/=MX"), ("Tapachula", "Tapachula/=MX"),
     ("Tecun Uman", "*3598129"), ("Oaxaca", "#Oaxaca/=MX"), ("Tabasco", "#Tabasco/=MX"),
     ("Mexico City", "Mexico City/=MX"), ("Ocosingo", "Ocosingo/=MX")],
    [("Colombia", "=CO"), ("Cauca", "#Cauca/=CO"), ("Suarez", "*3667773"),
     ("Jamundi", "Jamundí/=CO"), ("Popayan", "Popayán/=CO"), ("Narino", "#Nariño/=CO"),
     ("Tumaco", "Tumaco/=CO"), ("Ecuador", "=EC"), ("Antioquia", "#Antioquia/=CO"),
     ("Caucasia", "Caucasia/=CO"), ("Taraza", "Tarazá/=CO"), ("Bogota", "Bogotá/=CO"),
     ("Valle del Cauca", "#Valle del Cauca/=CO"), ("Cali", "Cali/=CO")],
    [("North Kivu", "#Nord-Kivu/=CD"), ("Ituri", "#Ituri/=CD"), ("Bunia", "Bunia/=CD"),
     ("Mambasa", "!1.36,29.05"), ("Beni", "Beni/=CD"), ("Butembo", "Butembo/=CD"),
     ("Uganda", "=UG"), ("Mpondwe", "Mpondwe/=UG"), ("Kasese", "Kasese/=UG"),
     ("South Sudan", "=SS"), ("Yei", "Yei/=SS"), ("Goma", "Goma/=CD"),
     ("Lake Kivu", "%Lake Kivu"), ("Kinshasa", "Kinshasa/=CD"), ("Rwanda", "=RW"),
     ("Gisenyi", "Gisenyi/=RW")],
    [("Fort McMurray", "Fort McMurray/=CA"), ("Slave Lake", "Slave Lake/=CA"),
     ("Alberta", "#Alberta/=CA"), ("Saskatoon", "Saskatoon/=CA"), ("Regina", "Regina/=CA"),
     ("Saskatchewan", "#Saskatchewan/=CA"), ("British Columbia", "#British Columbia/=CA"),
     ("Ontario", "#Ontario/=CA"), ("Edmonton", "Edmonton/=CA"),
     ("Manitoba", "#Manitoba/=CA"), ("Flin Flon", "Flin Flon/=CA"), ("Australia", "=AU"),
     ("Queensland", "#Queensland/=AU"), ("Townsville", "Townsville/=AU"),
     ("Cairns", "Cairns/=AU"), ("New South Wales", "#New South Wales/=AU"),
     ("Lismore", "*2160063"), ("Queensland", "#Queensland/=AU"),
     ("Victoria", "#Victoria/=AU"), ("Tasmania", "#Tasmania/=AU")],
    [("Henan", "#Henan/=CN"), ("Zhengzhou", "Zhengzhou/=CN"), ("Xinxiang", "Xinxiang/=CN"),
     ("Kaifeng", "Kaifeng/=CN"), ("Yellow River", "%Yellow River"),
     ("Luoyang", "Luoyang/=CN"), ("Hubei", "#Hubei/=CN"), ("Anhui", "#Anhui/=CN"),
     ("Zhoukou", "Zhoukou/=CN"), ("Sichuan", "#Sichuan/=CN"), ("Ya'an", "Ya'an/=CN"),
     ("Chengdu", "Chengdu/=CN"), ("Yunnan", "#Yunnan/=CN"), ("Guizhou", "#Guizhou/=CN"),
     ("Beijing", "Beijing/=CN")],
    [("Central Java", "#Jawa Tengah/=ID"), ("Banjarnegara", "Banjarnegara/=ID"),
     ("Wonosobo", "Wonosobo/=ID"), ("Semarang", "Semarang/=ID"),
     ("Pekalongan", "Pekalongan/=ID"), ("East Nusa Tenggara", "#Nusa Tenggara Timur/=ID"),
     ("Flores", "!-8.67,121.08"), ("Kupang", "Kupang/=ID"), ("Sulawesi", "!-1.5,121.0"),
     ("Makassar", "Makassar/=ID"), ("Aceh", "#Aceh/=ID"), ("Sumatra", "%Sumatra"),
     ("Philippines", "=PH"), ("Leyte", "@Leyte/=PH"), ("Samar", "@Samar/=PH"),
     ("Tacloban", "Tacloban/=PH"), ("Manila", "Manila/=PH")],
]


def _admin1_points() -> dict[tuple[str, str], tuple[float, float]]:
    rows = [r for r in csv.reader(ADMIN1.open(encoding="utf-8"), delimiter="\t")
            if r and not r[0].startswith("#")]
    return {(r[0], r[1]): (float(r[2]), float(r[3])) for r in rows[1:]}


def place(desc: str) -> tuple[int | None, float, float]:
    """Set e's descriptors, plus this set's (module docstring)."""
    if desc.startswith("!"):
        lat, lon = desc[1:].split(",")
        return None, float(lat), float(lon)
    if desc.startswith("*"):
        p = gazetteer().get(int(desc[1:]))
        if p is None:
            raise SystemExit(f"no gazetteer place {desc!r}")
        return p.geonameid, p.lat, p.lon
    if desc.startswith("%"):
        found = [p for p in gazetteer().candidates(desc[1:])
                 if p.feature in ("airport", "water", "region")]
        if not found:
            raise SystemExit(f"no gazetteer feature {desc!r}")
        return found[0].geonameid, found[0].lat, found[0].lon
    gid, lat, lon = blind_e._place(desc)
    if desc.startswith("#") and "/=" in desc:
        name, cc = desc[1:].split("/=")
        lat, lon = _admin1_points()[(cc, name)]
    return gid, lat, lon


def main() -> None:
    texts = [line.split(" ", 1)[1].strip() for line in
             ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    blind_e.write(list(zip(texts, LABELS, strict=True)), OUT, "blind-g", place)


if __name__ == "__main__":
    main()
