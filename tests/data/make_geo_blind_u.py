"""Build tests/data/geo_blind_u.jsonl: a tenth BLIND geoparsing set (issue 13,
branch ``geo29``), aimed at the toponyms geoparsing benchmarks count and
eventwire's place stage may not report.

Written and committed before eventwire's geo code of branch ``geo29`` was
changed or run on it; run once on the branch point's code before any change
and once at the end, never debugged on (docs/BENCHMARKS.md, "geo29").
Thirty short news passages written for eventwire (MIT; invented wording and
events, texts in ``geo_blind_u.txt``):

* fifteen in the style of local US news: counties, townships and
  neighbourhoods (Bella Vista, Kensington, Fishtown, Memorial, the Energy
  Corridor), streets, roads and intersections ("Lincoln Way at Duff Avenue",
  "Germantown Avenue and Lehigh Avenue", "U.S. 129", "Interstate 35"),
  facilities (airports, hospitals, high schools, bridges, dams, reservoirs, a
  national park, a prison, an Army post), rivers, lakes, streams, peaks,
  regions ("the Midwest", "the Ohio Valley"), and possessive and metonymic
  uses ("Georgia's governor", "Knoxville's mayor", "Atlanta sent");
* fifteen in the style of international wire copy: datelines with the
  agency's name, "Moscow said", "Japan's coast guard", demonyms used as
  adjectives ("Israeli strikes", "Pakistani officials", "the Egyptian
  capital"), regions inside a country ("southern Lebanon", "Paktika
  province", "the Amhara region"), crossings, dams, highways, airports and
  hospitals, rivers, seas and islands.

Convention (docs/annotation.md, "Toponyms for eval geo (geo29)"): every name
of a place a map can show is a toponym, including streets, roads and
highways, facilities and the place a metonym or a possessive names
("Moscow said", "Georgia's governor"); a demonym used as an adjective of its
country ("Israeli strikes", "Chinese engineers") is a toponym at its
country's point; a plural people noun ("Palestinians") is not; a place name
inside the name of a public body named for the area it serves ("the New
South Wales Rural Fire Service", "the Wapello County sheriff") is a
toponym, inside a firm's, team's or movement's name not. "the EU" is not
used. Points by lookup in shipped data through ``make_geo_blind_h.place``
(descriptors as in ``make_geo_blind_g.py``), never by running eventwire's
recogniser or resolver; ``!LAT,LON`` for features, streets, neighbourhoods
and facilities no shipped data has (GeoNames' point as recalled, a river at
its mouth or confluence, a street or facility at its own site), without an
id.

``python tests/data/make_geo_blind_u.py``.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.make_geo_blind_h import write as write_passages

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_u.jsonl"
ARTICLES = HERE / "geo_blind_u.txt"
LABELS: list[list[tuple[str, str]]] = [
    [("AMES", "Ames/IA"), ("Iowa", "IA"), ("Lincoln Way", "!42.022,-93.620"),
     ("Duff Avenue", "!42.022,-93.609"), ("Story County", "@Story County/IA"),
     ("Mary Greeley Medical Center", "!42.032,-93.612"), ("Nevada", "Nevada/IA"),
     ("Boone", "Boone/IA"), ("Skunk River", "!40.69,-91.11")],
    [("KNOXVILLE", "Knoxville/TN"), ("Tenn.", "TN"), ("Blount County", "@Blount County/TN"),
     ("Maryville High School", "!35.750,-83.965"), ("U.S. 129", "!35.80,-83.98"),
     ("Alcoa Highway", "!35.87,-83.95"),
     ("University of Tennessee Medical Center", "!35.942,-83.942"),
     ("Knoxville", "Knoxville/TN"), ("McGhee Tyson Airport", "!35.811,-83.994")],
    [("GREELEY", "Greeley/CO"), ("Colo.", "CO"), ("Weld County", "@Weld County/CO"),
     ("South Platte River", "!41.11,-100.77"), ("Evans", "Evans/CO"), ("Kersey", "Kersey/CO"),
     ("Bella Vista", "!40.43,-104.72"), ("Denver", "Denver/CO"),
     ("Colorado 34", "!40.38,-104.30"), ("Fort Morgan", "Fort Morgan/CO")],
    [("BANGOR", "Bangor/ME"), ("Maine", "ME"), ("Penobscot County", "@Penobscot County/ME"),
     ("Hammond Street", "!44.800,-68.785"), ("Hampden", "Hampden/ME"),
     ("Kenduskeag Stream", "!44.800,-68.770"), ("Bangor International Airport", "!44.807,-68.828"),
     ("Brewer", "Brewer/ME"), ("Orono", "Orono/ME")],
    [("CHICO", "Chico/CA"), ("Calif.", "CA"), ("Butte County", "@Butte County/CA"),
     ("Paradise", "Paradise/CA"), ("Skyway", "!39.74,-121.70"), ("Magalia", "Magalia/CA"),
     ("Oroville Dam", "!39.538,-121.485"), ("Feather River", "!38.79,-121.60"),
     ("Gridley", "Gridley/CA"), ("Enloe Medical Center", "!39.741,-121.845")],
    [("DULUTH", "Duluth/MN"), ("Minn.", "MN"), ("Aerial Lift Bridge", "!46.779,-92.093"),
     ("Duluth", "Duluth/MN"), ("Park Point", "!46.750,-92.070"),
     ("Lake Superior", "!47.70,-87.50"), ("Interstate 35", "!46.80,-92.15"),
     ("Hermantown", "Hermantown/MN"), ("Blatnik Bridge", "!46.745,-92.100"),
     ("Superior", "Superior/WI"), ("Wis.", "WI"), ("St. Louis County", "@St. Louis County/MN"),
     ("Cloquet", "Cloquet/MN")],
    [("LAWRENCE", "Lawrence/KS"), ("Kan.", "KS"), ("Massachusetts Street", "!38.970,-95.236"),
     ("Ninth Street", "!38.968,-95.236"), ("Douglas County", "@Douglas County/KS"),
     ("University of Kansas", "!38.958,-95.247"), ("Kansas River", "!39.115,-94.610"),
     ("Eudora", "Eudora/KS"), ("Topeka", "Topeka/KS")],
    [("SPRINGFIELD", "Springfield/OR"), ("Ore.", "OR"), ("Lane County", "@Lane County/OR"),
     ("Highway 126", "!44.07,-122.80"), ("Walterville", "!44.07,-122.79"),
     ("McKenzie River", "!44.125,-123.100"), ("Eugene", "Eugene/OR"),
     ("Hayden Bridge", "!44.070,-122.960"), ("Leaburg", "!44.104,-122.680"),
     ("Vida", "!44.150,-122.570"), ("Springfield", "Springfield/OR")],
    [("Des Moines River", "!40.38,-91.42"), ("Ottumwa", "Ottumwa/IA"),
     ("Eddyville", "Eddyville/IA"), ("Wapello County", "@Wapello County/IA"),
     ("U.S. 63", "!41.02,-92.41"), ("Red Rock Dam", "!41.370,-92.980"), ("Pella", "Pella/IA"),
     ("Lake Red Rock", "!41.400,-93.050"), ("Marion County", "@Marion County/IA"),
     ("Knoxville High School", "!41.320,-93.100")],
    [("HOUSTON", "Houston/TX"), ("Harris County", "@Harris County/TX"),
     ("Addicks", "!29.79,-95.62"), ("Barker", "!29.77,-95.65"),
     ("Buffalo Bayou", "!29.75,-95.30"), ("Memorial", "!29.77,-95.52"),
     ("Energy Corridor", "!29.78,-95.62"), ("Eldridge Parkway", "!29.77,-95.62"),
     ("Fort Bend County", "@Fort Bend County/TX"), ("Katy", "Katy/TX"),
     ("Sugar Land", "Sugar Land/TX"),
     ("George Bush Intercontinental Airport", "!29.984,-95.341")],
    [("Georgia", "GA"), ("Chatham", "@Chatham County/GA"), ("Glynn", "@Glynn County/GA"),
     ("Savannah", "Savannah/GA"), ("Atlanta", "Atlanta/GA"), ("Brunswick", "Brunswick/GA"),
     ("St. Simons Island", "!31.150,-81.370"), ("South Carolina", "SC"),
     ("Beaufort", "Beaufort/SC"), ("Florida", "FL")],
    [("Midwest", "!41.50,-90.50"), ("Illinois", "IL"), ("Indiana", "IN"),
     ("Peoria", "Peoria/IL"), ("Bloomington-Normal", "!40.48,-88.97"), ("Kokomo", "Kokomo/IN"),
     ("Ohio Valley", "!38.50,-84.50"), ("Pennsylvania", "PA")],
    [("PHILADELPHIA", "Philadelphia/PA"), ("Germantown Avenue", "!39.992,-75.150"),
     ("Lehigh Avenue", "!39.992,-75.150"), ("North Philadelphia", "!39.990,-75.150"),
     ("Kensington", "!39.990,-75.120"), ("Temple University Hospital", "!40.005,-75.150"),
     ("Fishtown", "!39.970,-75.130"), ("Schuylkill", "!39.880,-75.200"),
     ("West Philadelphia", "!39.960,-75.220")],
    [("FORT LEAVENWORTH", "!39.350,-94.920"), ("Kan.", "KS"),
     ("U.S. Disciplinary Barracks", "!39.370,-94.920"),
     ("Leavenworth County", "@Leavenworth County/KS"), ("Fort Riley", "!39.090,-96.810"),
     ("Kansas City", "Kansas City/KS"), ("Kan.", "KS"), ("Missouri", "MO"),
     ("Jefferson City", "Jefferson City/MO")],
    [("GATLINBURG", "Gatlinburg/TN"), ("Tenn.", "TN"), ("Newfound Gap Road", "!35.620,-83.430"),
     ("Great Smoky Mountains National Park", "!35.600,-83.500"),
     ("Chimney Tops", "!35.630,-83.480"), ("Mount Le Conte", "!35.654,-83.436"),
     ("Cherokee", "Cherokee/NC"), ("N.C.", "NC"), ("Pigeon Forge", "Pigeon Forge/TN"),
     ("Sevierville", "Sevierville/TN"), ("Sevier County", "@Sevier County/TN")],
    [("BEIRUT", "Beirut/=LB"), ("Israeli", "=IL"), ("southern Lebanon", "!33.27,35.40"),
     ("Lebanon", "=LB"), ("Kiryat Shmona", "Kiryat Shmona/=IL"), ("Nabatieh", "!33.378,35.484"),
     ("Bint Jbeil", "!33.120,35.430"), ("Golan Heights", "!33.00,35.75"), ("Sidon", "Sidon/=LB")],
    [("MOSCOW", "Moscow/=RU"), ("Moscow", "Moscow/=RU"), ("Ukrainian", "=UA"),
     ("Belgorod", "Belgorod/=RU"), ("Kursk", "Kursk/=RU"), ("Kyiv", "Kyiv/=UA"),
     ("Russian", "=RU"), ("Kherson", "Kherson/=UA"),
     ("Zaporizhzhia nuclear plant", "!47.510,34.585"), ("Enerhodar", "Enerhodar/=UA"),
     ("Poland", "=PL"), ("Russia", "=RU"), ("Warsaw", "Warsaw/=PL"), ("Polish", "=PL")],
    [("NAIROBI", "Nairobi/=KE"), ("Kenya", "=KE"), ("Kenyan", "=KE"), ("Mandera", "Mandera/=KE"),
     ("Somalia", "=SO"), ("Wajir", "Wajir/=KE"),
     ("Kenyatta National Hospital", "!-1.301,36.807"), ("Nairobi", "Nairobi/=KE"),
     ("Somalia", "=SO"), ("Gedo", "!3.50,42.00")],
    [("TOKYO", "Tokyo/=JP"), ("Japan", "=JP"), ("Chinese", "=CN"),
     ("Senkaku Islands", "!25.75,123.50"), ("Tokyo", "Tokyo/=JP"), ("Beijing", "Beijing/=CN"),
     ("Naha", "Naha/=JP"), ("Okinawa", "!26.50,127.93"), ("Ishigaki", "Ishigaki/=JP")],
    [("CAIRO", "Cairo/=EG"), ("Egypt", "=EG"), ("Rafah", "!31.250,34.240"),
     ("Egyptian", "=EG"), ("El Arish", "Arish/=EG"), ("North Sinai", "!30.60,33.60"),
     ("Cairo", "Cairo/=EG"), ("Israeli", "=IL"), ("Qatar", "=QA"), ("United States", "=US"),
     ("Egyptian", "=EG")],
    [("ISLAMABAD", "Islamabad/=PK"), ("Karakoram Highway", "!35.27,73.00"),
     ("Kohistan", "!35.27,73.00"), ("Pakistani", "=PK"), ("Chinese", "=CN"),
     ("Dasu", "!35.290,73.290"), ("Khyber Pakhtunkhwa", "!34.50,72.00"),
     ("Islamabad", "Islamabad/=PK"), ("Indus River", "!24.00,67.50")],
    [("JOHANNESBURG", "Johannesburg/=ZA"), ("KwaZulu-Natal", "!-28.50,30.50"),
     ("South African", "=ZA"), ("Umgeni River", "!-29.810,31.040"), ("Durban", "Durban/=ZA"),
     ("Pietermaritzburg", "Pietermaritzburg/=ZA"), ("N3", "!-29.21,29.99"),
     ("Johannesburg", "Johannesburg/=ZA"), ("Mooi River", "!-29.210,29.990"),
     ("King Shaka International Airport", "!-29.610,31.120")],
    [("BRUSSELS", "Brussels/=BE"), ("Luxembourg", "Luxembourg/=LU"), ("Belarus", "=BY"),
     ("Lithuania", "=LT"), ("Suwalki Gap", "!54.20,23.00"), ("Germany", "=DE"),
     ("Berlin", "Berlin/=DE"), ("Baltic states", "!56.50,24.00"), ("Hungary", "=HU"),
     ("Budapest", "Budapest/=HU")],
    [("LAGOS", "Lagos/=NG"), ("Nigeria", "=NG"), ("Zamfara", "!12.10,6.20"),
     ("Nigerian", "=NG"), ("Sokoto", "Sokoto/=NG"), ("Gusau", "Gusau/=NG"),
     ("Kaduna", "Kaduna/=NG"), ("Abuja", "Abuja/=NG"), ("Jere", "!9.88,7.60")],
    [("KABUL", "Kabul/=AF"), ("Paktika", "!32.50,68.80"), ("Pakistani", "=PK"),
     ("Afghanistan", "=AF"), ("Gayan", "!33.10,69.30"), ("Barmal", "!32.80,69.20"),
     ("Kabul", "Kabul/=AF"), ("Khost", "Khost/=AF"), ("Urgun", "!32.93,69.18"),
     ("Pakistan", "=PK"), ("Khyber", "!34.00,71.20")],
    [("SYDNEY", "Sydney/=AU"), ("Blue Mountains", "!-33.60,150.30"), ("Sydney", "Sydney/=AU"),
     ("New South Wales", "#New South Wales/=AU"), ("Great Western Highway", "!-33.70,150.30"),
     ("Katoomba", "Katoomba/=AU"), ("Victoria", "#Victoria/=AU"),
     ("Queensland", "#Queensland/=AU"), ("Richmond", "!-33.600,150.780"),
     ("Lithgow", "Lithgow/=AU")],
    [("BOGOTA", "Bogotá/=CO"), ("Colombia", "=CO"), ("Medellín", "Medellín/=CO"),
     ("Quibdó", "Quibdó/=CO"), ("Colombian", "=CO"), ("Atrato River", "!8.10,-76.90"),
     ("Chocó", "!6.00,-76.80"), ("Bogota", "Bogotá/=CO"), ("Antioquia", "!7.00,-75.50"),
     ("Venezuela", "=VE")],
    [("ADDIS ABABA", "Addis Ababa/=ET"), ("Ethiopia", "=ET"), ("Gondar", "Gondar/=ET"),
     ("Bahir Dar", "Bahir Dar/=ET"), ("Amhara", "!11.50,38.00"), ("Lalibela", "Lalibela/=ET"),
     ("Grand Ethiopian Renaissance Dam", "!11.210,35.090"), ("Blue Nile", "!15.61,32.52"),
     ("Sudanese", "=SD"), ("Ethiopia", "=ET")],
    [("SEOUL", "Seoul/=KR"), ("North Korea", "=KP"), ("Sea of Japan", "!40.00,135.00"),
     ("South Korea", "=KR"), ("Pyongyang", "Pyongyang/=KP"), ("Sunan", "!39.220,125.670"),
     ("Seoul", "Seoul/=KR"), ("Washington", "!38.895,-77.036"), ("Japan", "=JP"),
     ("Hokkaido", "!43.50,142.50")],
    [("MEXICO CITY", "Mexico City/=MX"), ("Mexican", "=MX"), ("Veracruz", "Veracruz/=MX"),
     ("Chiapas", "!16.50,-92.50"), ("U.S.", "=US"), ("Guatemala", "=GT"), ("Honduras", "=HN"),
     ("Suchiate River", "!14.530,-92.230"), ("Ciudad Hidalgo", "!14.680,-92.150"),
     ("Tapachula", "Tapachula/=MX")],
]


def write() -> None:
    """The passages and labels above, written by make_geo_blind_h's writer
    (whole-word matches in order)."""
    write_passages(ARTICLES, LABELS, OUT, prefix="blind-u")


if __name__ == "__main__":
    write()
