"""Build tests/data/geo_blind_m.jsonl: a ninth BLIND geoparsing set (issue 13,
branch ``geo11``), aimed at RECALL of the toponyms local and international
news name.

Written and committed before eventwire's geo code of branch ``geo11`` was
changed or run on it; run once on the branch point's code before any change
and once at the end, never debugged on (docs/BENCHMARKS.md, "geo11").
Twenty-nine short news passages written for eventwire (MIT; invented wording
and events, texts in ``geo_blind_m.txt``):

* fifteen in the style of local US news: small towns named with their
  state's newspaper abbreviation ("DIXON, Ill.", "Keene, N.H.", "Vincennes,
  Ind."), counties ("Lee County", "Marion County"), townships ("Plains
  Township", "Manheim Township"), neighbourhoods (Parsons, Ballard, Fremont,
  Capitol Hill), lakes and rivers (the Rock, Minnesota, Hocking, James,
  Cedar, Iowa, West, Connecticut, Arkansas, Reedy, Wabash and Susquehanna
  rivers, Lake Springfield, Lake Greenwood, Elephant Butte Lake, Lake
  Michigan), valleys and peaks, universities and a high school as places,
  and airports (Wilkes-Barre/Scranton, Springfield-Branson, Eastern Iowa,
  Flagstaff Pulliam, Tulsa, Seattle-Tacoma, Indianapolis); small towns that
  share a name with a larger place (Oregon IL, Kingston PA, Jamaica VT,
  Lawton and Decatur MI, Albany and Lancaster OH, Anthony NM, Fremont WA);
* fourteen in the style of international news: provinces, states and
  regions (Nangarhar, Balochistan, Volyn, Podkarpackie, Hubei, Hunan,
  Jiangxi, Assam, Arunachal Pradesh, Baja California, North and South Kivu,
  Hatay, Bavaria, Upper Austria, Norte de Santander, Táchira, Karen State,
  Tak, North and West Darfur, South Kordofan, the Riverina, New South
  Wales, Victoria, the Volta Region), rivers and lakes (Yangtze,
  Brahmaputra, Jamuna, Danube, Inn, Salzach, Moei, White Nile, Murrumbidgee,
  Murray, Ruzizi, Lake Kivu, Dongting Lake) and border crossings (Torkham,
  Chaman, Shehyni-Medyka, San Ysidro, Otay Mesa, Rusizi, Bab al-Hawa,
  Oncupinar, the Simón Bolívar International Bridge, the Friendship Bridge,
  Adre, Argeen, Tabanovce, Aflao, Hillacondji).

Convention (decided from issue 13's text, which names towns, counties,
neighbourhoods, rivers, airports and regions): every name of a place a map
can show is a toponym, including a named crossing, bridge used as a border
post, park, university or school standing for its campus; roads and
highways are not used; names inside organisations and demonyms are not
toponyms. Points by lookup in shipped data through ``make_geo_blind_h.place``
(descriptors as in ``make_geo_blind_l.py``), never by running eventwire's
recogniser or resolver; ``!LAT,LON`` for features, neighbourhoods, campuses
and crossings no shipped data has (GeoNames' point as recalled, a river at
its mouth or confluence), without an id.

``python tests/data/make_geo_blind_m.py``.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.make_geo_blind_h import write as write_passages

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_m.jsonl"
ARTICLES = HERE / "geo_blind_m.txt"
SUSQUEHANNA = "!39.54,-76.07"
LABELS: list[list[tuple[str, str]]] = [
    [("DIXON", "Dixon/IL"), ("Ill.", "IL"), ("Lee County", "@Lee County/IL"),
     ("Rock River", "!41.48,-90.57"), ("Grand Detour", "!41.90,-89.41"),
     ("Oregon", "Oregon/IL"), ("Sterling", "Sterling/IL"), ("Rock Falls", "Rock Falls/IL"),
     ("Amboy", "Amboy/IL"), ("Ogle County", "@Ogle County/IL"), ("Rockford", "Rockford/IL")],
    [("WILKES-BARRE", "Wilkes-Barre/PA"), ("Pa.", "PA"),
     ("Luzerne County", "@Luzerne County/PA"), ("Parsons", "!41.265,-75.855"),
     ("Plains Township", "!41.27,-75.83"), ("Kingston", "Kingston/PA"),
     ("Scranton", "Scranton/PA"), ("Hazleton", "Hazleton/PA"),
     ("Wilkes-Barre/Scranton International Airport", "!41.338,-75.723"),
     ("Avoca", "Avoca/PA"), ("Susquehanna River", SUSQUEHANNA)],
    [("MANKATO", "Mankato/MN"), ("Minn.", "MN"), ("Blue Earth County", "@Blue Earth County/MN"),
     ("Minnesota River", "!44.88,-93.17"), ("North Mankato", "North Mankato/MN"),
     ("St. Peter", "Saint Peter/MN"), ("Eagle Lake", "Eagle Lake/MN"),
     ("Lake Crystal", "Lake Crystal/MN"), ("Nicollet County", "@Nicollet County/MN"),
     ("Le Sueur", "Le Sueur/MN"), ("Minnesota State University", "!44.146,-93.999")],
    [("ATHENS", "Athens/OH"), ("Ohio", "OH"), ("Athens County", "@Athens County/OH"),
     ("Nelsonville", "Nelsonville/OH"), ("Glouster", "Glouster/OH"),
     ("Ohio University", "!39.324,-82.101"), ("Hocking River", "!39.19,-81.76"),
     ("Albany", "Albany/OH"), ("The Plains", "The Plains/OH"), ("Lancaster", "Lancaster/OH"),
     ("Logan", "Logan/OH"), ("Hocking County", "@Hocking County/OH")],
    [("SPRINGFIELD", "Springfield/MO"), ("Mo.", "MO"), ("Greene County", "@Greene County/MO"),
     ("Republic", "Republic/MO"), ("Battlefield", "Battlefield/MO"), ("Nixa", "Nixa/MO"),
     ("Christian County", "@Christian County/MO"),
     ("Springfield-Branson National Airport", "!37.245,-93.389"),
     ("Lake Springfield", "!37.12,-93.25"), ("James River", "!36.62,-93.46"),
     ("Joplin", "Joplin/MO"), ("Branson", "Branson/MO")],
    [("Cedar River", "!41.28,-91.35"), ("Waterloo", "Waterloo/IA"),
     ("Cedar Falls", "Cedar Falls/IA"), ("Black Hawk County", "@Black Hawk County/IA"),
     ("Linn County", "@Linn County/IA"), ("Cedar Rapids", "Cedar Rapids/IA"),
     ("Vinton", "Vinton/IA"), ("Palo", "Palo/IA"), ("Iowa City", "Iowa City/IA"),
     ("Coralville", "Coralville/IA"), ("Iowa River", "!41.10,-91.03"),
     ("Eastern Iowa Airport", "!41.885,-91.711")],
    [("FLAGSTAFF", "Flagstaff/AZ"), ("Ariz.", "AZ"), ("Coconino County", "@Coconino County/AZ"),
     ("San Francisco Peaks", "!35.35,-111.68"), ("Doney Park", "!35.27,-111.52"),
     ("Timberline", "!35.28,-111.55"), ("Williams", "Williams/AZ"), ("Sedona", "Sedona/AZ"),
     ("Verde Valley", "!34.70,-111.95"), ("Flagstaff Pulliam Airport", "!35.138,-111.671"),
     ("Navajo County", "@Navajo County/AZ"), ("Winslow", "Winslow/AZ"),
     ("Holbrook", "Holbrook/AZ")],
    [("BRATTLEBORO", "Brattleboro/VT"), ("Vt.", "VT"), ("Windham County", "@Windham County/VT"),
     ("West River", "!42.87,-72.55"), ("Jamaica", "!43.10,-72.78"),
     ("Townshend", "!43.05,-72.67"), ("Newfane", "!42.99,-72.66"),
     ("Dummerston", "!42.92,-72.60"), ("Keene", "Keene/NH"), ("N.H.", "NH"),
     ("Greenfield", "Greenfield/MA"), ("Mass.", "MA"), ("Connecticut River", "!41.27,-72.35")],
    [("TULSA", "Tulsa/OK"), ("Okla.", "OK"), ("Tulsa County", "@Tulsa County/OK"),
     ("Broken Arrow", "Broken Arrow/OK"), ("Owasso", "Owasso/OK"),
     ("Bixby High School", "!35.94,-95.88"), ("Sand Springs", "Sand Springs/OK"),
     ("Sapulpa", "Sapulpa/OK"), ("Creek County", "@Creek County/OK"),
     ("Tulsa International Airport", "!36.198,-95.888"), ("Muskogee", "Muskogee/OK"),
     ("Claremore", "Claremore/OK"), ("Arkansas River", "!33.78,-91.07")],
    [("GREENVILLE", "Greenville/SC"), ("S.C.", "SC"), ("Reedy River", "!34.25,-82.05"),
     ("Falls Park", "!34.844,-82.401"), ("Greenville County", "@Greenville County/SC"),
     ("Mauldin", "Mauldin/SC"), ("Simpsonville", "Simpsonville/SC"),
     ("Fountain Inn", "Fountain Inn/SC"), ("Anderson", "Anderson/SC"),
     ("Spartanburg", "Spartanburg/SC"), ("Lake Greenwood", "!34.20,-82.05"),
     ("Laurens County", "@Laurens County/SC")],
    [("Paw Paw", "Paw Paw/MI"), ("Van Buren County", "@Van Buren County/MI"),
     ("Lawton", "Lawton/MI"), ("Decatur", "Decatur/MI"), ("Kalamazoo", "Kalamazoo/MI"),
     ("Kalamazoo County", "@Kalamazoo County/MI"), ("Portage", "Portage/MI"),
     ("South Haven", "South Haven/MI"), ("Lake Michigan", "%Lake Michigan"),
     ("Western Michigan University", "!42.283,-85.614")],
    [("LAS CRUCES", "Las Cruces/NM"), ("N.M.", "NM"), ("Doña Ana County", "@Doña Ana County/NM"),
     ("Rio Grande", "!25.96,-97.15"), ("Hatch", "Hatch/NM"), ("Mesilla", "Mesilla/NM"),
     ("Anthony", "Anthony/NM"), ("El Paso", "El Paso/TX"), ("Texas", "TX"),
     ("Ciudad Juárez", "Ciudad Juárez/=MX"), ("Deming", "Deming/NM"),
     ("Luna County", "@Luna County/NM"), ("Elephant Butte Lake", "!33.25,-107.18")],
    [("SEATTLE", "Seattle/WA"), ("Ballard", "!47.677,-122.386"), ("Fremont", "!47.651,-122.350"),
     ("Capitol Hill", "!47.623,-122.319"), ("King County", "@King County/WA"),
     ("Shoreline", "Shoreline/WA"), ("Bainbridge Island", "Bainbridge Island/WA"),
     ("Bremerton", "Bremerton/WA"), ("Seattle-Tacoma International Airport", "!47.450,-122.309"),
     ("Tacoma", "Tacoma/WA"), ("Everett", "Everett/WA")],
    [("LANCASTER", "Lancaster/PA"), ("Pa.", "PA"), ("Manheim Township", "!40.09,-76.29"),
     ("Lititz", "Lititz/PA"), ("Ephrata", "Ephrata/PA"), ("Strasburg", "Strasburg/PA"),
     ("East Hempfield Township", "!40.07,-76.38"), ("Lancaster County", "@Lancaster County/PA"),
     ("Columbia", "Columbia/PA"), ("Susquehanna River", SUSQUEHANNA),
     ("York County", "@York County/PA"), ("Wrightsville", "Wrightsville/PA")],
    [("Marion County", "@Marion County/IN"), ("Ind.", "IN"), ("Greenwood", "Greenwood/IN"),
     ("Carmel", "Carmel/IN"), ("Fishers", "Fishers/IN"),
     ("Indianapolis International Airport", "!39.717,-86.294"), ("Illinois", "IL"),
     ("Champaign", "Champaign/IL"), ("Urbana", "Urbana/IL"), ("Wabash River", "!37.80,-88.03"),
     ("Terre Haute", "Terre Haute/IN"), ("Vincennes", "Vincennes/IN"), ("Ind.", "IN")],
    [("JALALABAD", "Jalalabad/=AF"), ("Afghanistan", "=AF"), ("Torkham", "!34.10,71.09"),
     ("Pakistan", "=PK"), ("Nangarhar", "#Nangarhar/=AF|34.25,70.50"),
     ("Khyber", "!34.00,71.20"), ("Kabul", "Kabul/=AF"), ("Kandahar", "Kandahar/=AF"),
     ("Chaman", "Chaman/=PK"), ("Balochistan", "#Balochistan/=PK")],
    [("LVIV", "Lviv/=UA"), ("Ukraine", "=UA"), ("Shehyni-Medyka", "!49.81,22.95"),
     ("Poland", "=PL"), ("Rava-Ruska", "Rava-Rus’ka/=UA"), ("Yahodyn", "!51.23,23.82"),
     ("Volyn", "#Volyn/=UA|50.75,25.00"),
     ("Podkarpackie", "#Subcarpathian Voivodeship/=PL|50.00,22.00"),
     ("Rzeszow", "Rzeszów/=PL"), ("Przemysl", "Przemyśl/=PL")],
    [("WUHAN", "Wuhan/=CN"), ("China", "=CN"), ("Yangtze", "!31.39,121.98"),
     ("Hankou", "!30.58,114.27"), ("Hubei", "#Hubei/=CN"), ("Jingzhou", "Jingzhou/=CN"),
     ("Yichang", "Yichang/=CN"), ("Hunan", "#Hunan/=CN"), ("Dongting Lake", "!29.30,112.95"),
     ("Yueyang", "Yueyang/=CN"), ("Jiujiang", "Jiujiang/=CN"),
     ("Jiangxi", "#Jiangxi/=CN|28.00,116.00")],
    [("GUWAHATI", "Guwahati/=IN"), ("India", "=IN"), ("Brahmaputra", "!23.85,89.75"),
     ("Morigaon", "Morigaon/=IN"), ("Dhemaji", "Dhemāji/=IN"), ("Assam", "#Assam/=IN"),
     ("Guwahati", "Guwahati/=IN"), ("North Guwahati", "!26.19,91.71"),
     ("Arunachal Pradesh", "#Arunachal Pradesh/=IN|28.00,94.50"),
     ("Meghalaya", "#Meghalaya/=IN|25.50,91.30"), ("Jorhat", "Jorhat/=IN"),
     ("Dibrugarh", "Dibrugarh/=IN"), ("Bangladesh", "=BD"), ("Jamuna", "!23.85,89.75")],
    [("TIJUANA", "Tijuana/=MX"), ("Mexico", "=MX"), ("San Ysidro", "!32.552,-117.043"),
     ("California", "CA"), ("Otay Mesa", "!32.57,-116.97"),
     ("Baja California", "#Baja California/=MX|30.00,-115.17"), ("Tecate", "Tecate/=MX"),
     ("Mexicali", "Mexicali/=MX"), ("Ensenada", "Ensenada/=MX"), ("Rosarito", "!32.36,-117.05"),
     ("San Diego", "San Diego/CA")],
    [("BUKAVU", "Bukavu/=CD"), ("Congo", "=CD"), ("North Kivu", "#Nord-Kivu/=CD"),
     ("South Kivu", "#Sud-Kivu/=CD"), ("Lake Kivu", "!-2.00,29.20"), ("Goma", "Goma/=CD"),
     ("Rwanda", "=RW"), ("Rusizi", "!-2.49,28.90"), ("Cyangugu", "!-2.48,28.90"),
     ("Burundi", "=BI"), ("Bujumbura", "Bujumbura/=BI"), ("Ruzizi River", "!-3.35,29.27")],
    [("GAZIANTEP", "Gaziantep/=TR"), ("Turkey", "=TR"), ("Syria", "=SY"),
     ("Bab al-Hawa", "!36.23,36.66"), ("Idlib", "Idlib/=SY"), ("Sarmada", "!36.18,36.72"),
     ("Oncupinar", "!36.64,37.08"), ("Kilis", "Kilis/=TR"), ("Hatay", "#Hatay/=TR|36.42,36.25"),
     ("Reyhanli", "Reyhanlı/=TR"), ("Aleppo", "Aleppo/=SY"), ("Azaz", "A‘zāz/=SY")],
    [("PASSAU", "Passau/=DE"), ("Germany", "=DE"), ("Danube", "!45.22,29.76"),
     ("Inn", "!48.57,13.48"), ("Passau", "Passau/=DE"), ("Bavaria", "#Bavaria/=DE"),
     ("Deggendorf", "Deggendorf/=DE"), ("Regensburg", "Regensburg/=DE"),
     ("Upper Austria", "#Upper Austria/=AT|48.25,14.00"), ("Schärding", "Schärding/=AT"),
     ("Linz", "Linz/=AT"), ("Salzach", "!48.21,12.93"), ("Salzburg", "Salzburg/=AT")],
    [("CÚCUTA", "Cúcuta/=CO"), ("Colombia", "=CO"),
     ("Simón Bolívar International Bridge", "!7.815,-72.451"), ("Cúcuta", "Cúcuta/=CO"),
     ("San Antonio del Táchira", "San Antonio del Táchira/=VE"),
     ("Norte de Santander", "#Norte de Santander/=CO|8.00,-73.00"), ("Venezuela", "=VE"),
     ("San Cristóbal", "San Cristóbal/=VE"), ("Ureña", "Ureña/=VE"),
     ("Táchira", "#Táchira/=VE|7.92,-72.00"), ("Bucaramanga", "Bucaramanga/=CO"),
     ("Pamplona", "Pamplona/=CO")],
    [("MAE SOT", "Mae Sot/=TH"), ("Thailand", "=TH"), ("Friendship Bridge", "!16.70,98.51"),
     ("Moei River", "!17.76,97.72"), ("Myawaddy", "Myawadi/=MM"),
     ("Karen State", "#Kayin/=MM|17.00,97.75"), ("Myanmar", "=MM"),
     ("Tak", "#Tak/=TH|16.90,98.90"), ("Mae Ramat", "!16.98,98.52"),
     ("Umphang", "!16.02,98.86"), ("Bangkok", "Bangkok/=TH"),
     ("Kamphaeng Phet", "Kamphaeng Phet/=TH"), ("Yangon", "Yangon/=MM"),
     ("Hpa-an", "Hpa-An/=MM")],
    [("PORT SUDAN", "Port Sudan/=SD"), ("Sudan", "=SD"), ("Port Sudan", "Port Sudan/=SD"),
     ("El Fasher", "El Fasher/=SD"), ("North Darfur", "#Northern Darfur/=SD|16.00,25.50"),
     ("Kadugli", "Kadugli/=SD"), ("South Kordofan", "#Southern Kordofan/=SD|11.20,29.90"),
     ("White Nile", "!15.63,32.51"), ("Kosti", "Kosti/=SD"), ("Adre", "Adré/=TD"),
     ("Chad", "=TD"), ("West Darfur", "#Western Darfur/=SD|12.70,22.80"), ("Egypt", "=EG"),
     ("Argeen", "!21.98,31.35"), ("Wadi Halfa", "Wadi Halfa/=SD")],
    [("SKOPJE", "Skopje/=MK"), ("North Macedonia", "=MK"), ("Tabanovce", "!42.21,21.71"),
     ("Serbia", "=RS"), ("Gevgelija", "Gevgelija/=MK"), ("Vardar valley", "!41.50,21.90"),
     ("Veles", "Veles/=MK"), ("Kumanovo", "Kumanovo/=MK"), ("Preševo", "Preševo/=RS"),
     ("Vranje", "Vranje/=RS")],
    [("WAGGA WAGGA", "Wagga Wagga/=AU"), ("Australia", "=AU"),
     ("Murrumbidgee", "!-34.72,143.22"), ("Wagga Wagga", "Wagga Wagga/=AU"),
     ("Riverina", "!-34.80,146.00"), ("New South Wales", "#New South Wales/=AU"),
     ("Narrandera", "Narrandera/=AU"), ("Hay", "Hay/=AU"), ("Gundagai", "Gundagai/=AU"),
     ("Murray", "!-35.55,138.88"), ("Victoria", "#Victoria/=AU"), ("Echuca", "Echuca/=AU"),
     ("Swan Hill", "Swan Hill/=AU"), ("Canberra", "Canberra/=AU")],
    [("LOMÉ", "Lomé/=TG"), ("Togo", "=TG"), ("Aflao", "Aflao/=GH"), ("Ghana", "=GH"),
     ("Volta Region", "#Volta/=GH|6.50,0.50"), ("Accra", "Accra/=GH"), ("Tema", "Tema/=GH"),
     ("Lomé", "Lomé/=TG"), ("Atakpamé", "Atakpamé/=TG"), ("Sokodé", "Sokodé/=TG"),
     ("Burkina Faso", "=BF"), ("Hillacondji", "!6.22,1.68"), ("Benin", "=BJ"),
     ("Cotonou", "Cotonou/=BJ")],
]


def write() -> None:
    """The passages and labels above, written by make_geo_blind_h's writer
    (whole-word matches in order)."""
    write_passages(ARTICLES, LABELS, OUT, prefix="blind-m")


if __name__ == "__main__":
    write()
