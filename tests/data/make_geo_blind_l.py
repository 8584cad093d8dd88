"""Build tests/data/geo_blind_l.jsonl: an eighth BLIND geoparsing set (issue 13,
branch ``geo9``), aimed at RESOLUTION traps.

Written and committed before eventwire's geo code of branch ``geo9`` was
changed or run on it; run once on main's code before the change and once at
the end, never debugged on (docs/BENCHMARKS.md, "geo9"). Thirty-two short
news passages written for eventwire (MIT; invented wording and events, texts
in ``geo_blind_l.txt``), nearly all opening with a dateline followed by a
verb of saying ("TBILISI, Georgia — Officials said ..."):

* countries against same-name states, cities and rivers: Georgia the
  country beside Georgia the state (Macon, Columbus, Augusta, Rome, Athens,
  Albany); Jordan and the Jordan River; Lebanon, Pennsylvania (with
  Palmyra); Armenia in Colombia; Mexico in Missouri and Peru in Indiana;
  Niger and the Niger River; Congo-Brazzaville beside the Congo River and
  Kinshasa;
* US towns that share their name with a larger place elsewhere, the state
  given by the dateline or implied by the other places only: Birmingham,
  Portland and Augusta (Maine), Rochester and Austin (Minnesota), Aurora,
  Geneva and Batavia (Illinois), Columbia, Lafayette, Alexandria, Arlington,
  Springfield and Richmond (Virginia), Dover, Newark, Wilmington and Smyrna
  (Delaware), Salem and Albany (Oregon), Santa Fe, Washington the state,
  New York the state, Auburn;
* international towns with larger namesakes: Hamilton and Cambridge (New
  Zealand), Kingston, Belleville and Trenton (Ontario), Sydney and Inverness
  (Nova Scotia), Perth (Scotland), La Paz (Baja California Sur), Cartagena
  (Spain), Trinidad and Santa Clara (Cuba), Córdoba and Granada (Spain),
  Gaya (Niger), Victoria the Australian state, Punjab in India;
* regions, rivers, mountains and islands: the Rioni, the Jordan River, the
  Swatara Creek, the Fox, Missouri, Wabash, Potomac, Willamette, Waikato,
  Murray, Congo and Niger rivers, the Rio Grande, the River Tay, the
  Guadalquivir, Lake Ontario, Peaks Island, Wolfe Island, Cape Breton
  Island, Mount Merapi, Bali, Lombok, Java, Sumatra, the Mar Menor, the
  Horn of Africa, the Ogaden, the Rift Valley.

Labelling convention and point descriptors as in ``make_geo_blind_k.py``
(points all by lookup in shipped data through ``make_geo_blind_h.place``,
never by running eventwire's recogniser or resolver; ``!LAT,LON`` for
features and places no shipped data has, GeoNames' point as recalled, a
river at its mouth). A "Name/ST" or "Name/=CC" label is the most populous
gazetteer town of that name in that state or country.

``python tests/data/make_geo_blind_l.py``.
"""

from __future__ import annotations

from pathlib import Path

from tests.data.make_geo_blind_h import write as write_passages

HERE = Path(__file__).parent
OUT = HERE / "geo_blind_l.jsonl"
ARTICLES = HERE / "geo_blind_l.txt"
LABELS: list[list[tuple[str, str]]] = [
    [("TBILISI", "Tbilisi/=GE"), ("Georgia", "=GE"), ("Kutaisi", "Kutaisi/=GE"),
     ("Batumi", "Batumi/=GE"), ("Georgia", "=GE"), ("Zugdidi", "Zugdidi/=GE"),
     ("Gori", "Gori/=GE"), ("Rioni River", "!42.18,41.63"), ("Armenia", "=AM"),
     ("Azerbaijan", "=AZ")],
    [("MACON", "Macon/GA"), ("Bibb County", "@Bibb County/GA"),
     ("Warner Robins", "Warner Robins/GA"), ("Perry", "Perry/GA"), ("Columbus", "Columbus/GA"),
     ("Augusta", "Augusta/GA"), ("Georgia", "GA"), ("Rome", "Rome/GA"), ("Athens", "Athens/GA"),
     ("Albany", "Albany/GA"), ("Savannah", "Savannah/GA")],
    [("AMMAN", "Amman/=JO"), ("Jordan", "=JO"), ("Jordan", "=JO"), ("Syria", "=SY"),
     ("Jaber", "!32.54,36.21"), ("Irbid", "Irbid/=JO"), ("Mafraq", "Mafraq/=JO"),
     ("Damascus", "Damascus/=SY"), ("Aqaba", "Aqaba/=JO"), ("Iraq", "=IQ"),
     ("Jordan River", "!31.76,35.55"), ("Israel", "=IL")],
    [("LEBANON", "Lebanon/PA"), ("Pa.", "PA"), ("Lebanon County", "@Lebanon County/PA"),
     ("Palmyra", "Palmyra/PA"), ("Lebanon", "Lebanon/PA"), ("Annville", "Annville/PA"),
     ("Myerstown", "Myerstown/PA"), ("Hershey", "Hershey/PA"), ("Harrisburg", "Harrisburg/PA"),
     ("Swatara Creek", "!40.19,-76.73"), ("Jonestown", "!40.41,-76.48")],
    [("BIRMINGHAM", "Birmingham/AL"), ("Ala.", "AL"),
     ("Jefferson County", "@Jefferson County/AL"), ("Hoover", "Hoover/AL"),
     ("Bessemer", "Bessemer/AL"), ("Tuscaloosa", "Tuscaloosa/AL"), ("Gadsden", "Gadsden/AL"),
     ("Montgomery", "Montgomery/AL"), ("Birmingham", "Birmingham/AL")],
    [("PORTLAND", "Portland/ME"), ("Maine", "ME"), ("Portland", "Portland/ME"),
     ("South Portland", "South Portland/ME"), ("Peaks Island", "!43.655,-70.20"),
     ("Bangor", "Bangor/ME"), ("Augusta", "Augusta/ME"), ("Lewiston", "Lewiston/ME"),
     ("Brunswick", "Brunswick/ME"), ("Bath", "Bath/ME")],
    [("ROCHESTER", "Rochester/MN"), ("Minn.", "MN"), ("Austin", "Austin/MN"),
     ("Albert Lea", "Albert Lea/MN"), ("Owatonna", "Owatonna/MN"), ("Winona", "Winona/MN"),
     ("Red Wing", "Red Wing/MN"), ("Rochester", "Rochester/MN"), ("St. Paul", "Saint Paul/MN"),
     ("Mankato", "Mankato/MN")],
    [("AURORA", "Aurora/IL"), ("Fox River", "!41.35,-88.84"),
     ("Kane County", "@Kane County/IL"), ("Aurora", "Aurora/IL"), ("Batavia", "Batavia/IL"),
     ("Geneva", "Geneva/IL"), ("Naperville", "Naperville/IL"), ("Oswego", "Oswego/IL"),
     ("Joliet", "Joliet/IL"), ("Elgin", "Elgin/IL"), ("Chicago", "Chicago/IL")],
    [("COLUMBIA", "Columbia/MO"), ("Mo.", "MO"), ("Missouri River", "!38.81,-90.12"),
     ("Jefferson City", "Jefferson City/MO"), ("Boonville", "Boonville/MO"),
     ("Fulton", "Fulton/MO"), ("Mexico", "Mexico/MO"), ("St. Louis", "Saint Louis/MO"),
     ("Kansas City", "Kansas City/MO")],
    [("LAFAYETTE", "Lafayette/IN"), ("Ind.", "IN"), ("Wabash River", "!37.80,-88.03"),
     ("Lafayette", "Lafayette/IN"), ("West Lafayette", "West Lafayette/IN"),
     ("Logansport", "Logansport/IN"), ("Delphi", "Delphi/IN"), ("Kokomo", "Kokomo/IN"),
     ("Peru", "Peru/IN"), ("Indianapolis", "Indianapolis/IN")],
    [("ALEXANDRIA", "Alexandria/VA"), ("Va.", "VA"), ("Old Town", "!38.805,-77.045"),
     ("Arlington", "Arlington/VA"), ("Fairfax", "Fairfax/VA"), ("Springfield", "Springfield/VA"),
     ("Manassas", "Manassas/VA"), ("Richmond", "Richmond/VA"),
     ("Potomac River", "!38.00,-76.30")],
    [("DOVER", "Dover/DE"), ("Del.", "DE"), ("Rehoboth Beach", "Rehoboth Beach/DE"),
     ("Lewes", "Lewes/DE"), ("Wilmington", "Wilmington/DE"), ("Newark", "Newark/DE"),
     ("Smyrna", "Smyrna/DE"), ("Milford", "Milford/DE"), ("Salisbury", "Salisbury/MD"),
     ("Maryland", "MD"), ("Sussex County", "@Sussex County/DE")],
    [("SALEM", "Salem/OR"), ("Ore.", "OR"), ("Willamette River", "!45.65,-122.77"),
     ("Salem", "Salem/OR"), ("Keizer", "Keizer/OR"), ("Albany", "Albany/OR"),
     ("Corvallis", "Corvallis/OR"), ("Eugene", "Eugene/OR"), ("Portland", "Portland/OR"),
     ("Marion County", "@Marion County/OR")],
    [("SANTA FE", "Santa Fe/NM"), ("Santa Fe", "Santa Fe/NM"), ("Los Alamos", "Los Alamos/NM"),
     ("Española", "Española/NM"), ("Albuquerque", "Albuquerque/NM"), ("Taos", "Taos/NM"),
     ("Rio Arriba County", "@Rio Arriba County/NM"), ("Rio Grande", "!25.96,-97.15"),
     ("New Mexico", "NM")],
    [("SPOKANE", "Spokane/WA"), ("Washington", "WA"), ("Spokane", "Spokane/WA"),
     ("Wenatchee", "Wenatchee/WA"), ("Yakima", "Yakima/WA"), ("Olympia", "Olympia/WA"),
     ("Moses Lake", "Moses Lake/WA"), ("Seattle", "Seattle/WA"), ("Tacoma", "Tacoma/WA"),
     ("Washington", "WA")],
    [("ALBANY", "Albany/NY"), ("N.Y.", "NY"), ("New York", "NY"), ("Watertown", "Watertown/NY"),
     ("Elmira", "Elmira/NY"), ("Buffalo", "Buffalo/NY"), ("Syracuse", "Syracuse/NY"),
     ("Rochester", "Rochester/NY"), ("Utica", "Utica/NY"), ("Auburn", "Auburn/NY"),
     ("Dannemora", "!44.72,-73.72")],
    [("HAMILTON", "Hamilton/=NZ"), ("New Zealand", "=NZ"), ("Waikato River", "!-37.37,174.71"),
     ("Hamilton", "Hamilton/=NZ"), ("Cambridge", "Cambridge/=NZ"),
     ("Te Awamutu", "Te Awamutu/=NZ"), ("Huntly", "Huntly/=NZ"), ("Tauranga", "Tauranga/=NZ"),
     ("Rotorua", "Rotorua/=NZ"), ("Auckland", "Auckland/=NZ")],
    [("KINGSTON", "Kingston/=CA"), ("Ont.", "#Ontario/=CA"), ("Lake Ontario", "%Lake Ontario"),
     ("Wolfe Island", "!44.20,-76.43"), ("Belleville", "Belleville/=CA"),
     ("Brockville", "Brockville/=CA"), ("Trenton", "!44.10,-77.58"), ("Kingston", "Kingston/=CA"),
     ("Ottawa", "Ottawa/=CA")],
    [("SYDNEY", "Sydney/=CA"), ("N.S.", "#Nova Scotia/=CA"),
     ("Cape Breton Island", "!46.25,-60.75"), ("Glace Bay", "Glace Bay/=CA"),
     ("Inverness", "!46.23,-61.30"), ("Halifax", "Halifax/=CA"),
     ("Antigonish", "Antigonish/=CA"), ("Truro", "Truro/=CA"),
     ("Nova Scotia", "#Nova Scotia/=CA")],
    [("PERTH", "Perth/=GB"), ("Scotland", "#Scotland/=GB"), ("River Tay", "!56.45,-3.00"),
     ("North Inch", "!56.40,-3.43"), ("Dundee", "Dundee/=GB"), ("Stirling", "Stirling/=GB"),
     ("Crieff", "Crieff/=GB"), ("Pitlochry", "!56.70,-3.73"), ("Edinburgh", "Edinburgh/=GB"),
     ("Glasgow", "Glasgow/=GB"), ("Kinross", "Kinross/=GB")],
    [("MELBOURNE", "Melbourne/=AU"), ("Victoria", "#Victoria/=AU"), ("Geelong", "Geelong/=AU"),
     ("Ballarat", "Ballarat/=AU"), ("Bendigo", "Bendigo/=AU"),
     ("Murray River", "!-35.55,138.88"), ("Mildura", "Mildura/=AU"),
     ("New South Wales", "#New South Wales/=AU"), ("Queensland", "#Queensland/=AU")],
    [("CHANDIGARH", "Chandigarh/=IN"), ("India", "=IN"), ("Punjab", "#Punjab/=IN|31.00,75.50"),
     ("Delhi", "Delhi/=IN"), ("Amritsar", "Amritsar/=IN"), ("Ludhiana", "Ludhiana/=IN"),
     ("Patiala", "Patiala/=IN"), ("Bathinda", "Bathinda/=IN"),
     ("Haryana", "#Haryana/=IN|29.00,76.00"), ("Ambala", "Ambala/=IN")],
    [("ARMENIA", "Armenia/=CO"), ("Colombia", "=CO"), ("Armenia", "Armenia/=CO"),
     ("Calarcá", "Calarcá/=CO"), ("Pereira", "Pereira/=CO"), ("Manizales", "Manizales/=CO"),
     ("Cali", "Cali/=CO"), ("Bogotá", "Bogotá/=CO"), ("Quindío", "#Quindío/=CO|4.50,-75.70")],
    [("LA PAZ", "La Paz/=MX"), ("Mexico", "=MX"), ("Los Cabos", "!22.89,-109.91"),
     ("La Paz", "La Paz/=MX"), ("Baja California Sur", "#Baja California Sur/=MX|25.83,-111.83"),
     ("Loreto", "!26.01,-111.35"), ("Mexico City", "Mexico City/=MX"),
     ("Guadalajara", "Guadalajara/=MX")],
    [("CARTAGENA", "Cartagena/=ES"), ("Spain", "=ES"), ("Mar Menor", "!37.72,-0.79"),
     ("Murcia", "Murcia/=ES"), ("Lorca", "Lorca/=ES"), ("Alicante", "Alicante/=ES"),
     ("Almería", "Almería/=ES"), ("Cartagena", "Cartagena/=ES")],
    [("TRINIDAD", "Trinidad/=CU"), ("Cuba", "=CU"), ("Trinidad", "Trinidad/=CU"),
     ("Sancti Spíritus", "Sancti Spíritus/=CU"), ("Cienfuegos", "Cienfuegos/=CU"),
     ("Santa Clara", "Santa Clara/=CU"), ("Havana", "Havana/=CU"), ("Matanzas", "Matanzas/=CU")],
    [("BRAZZAVILLE", "Brazzaville/=CG"), ("Republic of Congo", "=CG"),
     ("Pointe-Noire", "Pointe-Noire/=CG"), ("Brazzaville", "Brazzaville/=CG"),
     ("Dolisie", "Dolisie/=CG"), ("Nkayi", "Nkayi/=CG"), ("Congo", "=CG"), ("China", "=CN"),
     ("Congo River", "!-6.08,12.45"), ("Kinshasa", "Kinshasa/=CD")],
    [("JAKARTA", "Jakarta/=ID"), ("Indonesia", "=ID"), ("Mount Merapi", "!-7.54,110.45"),
     ("Yogyakarta", "Yogyakarta/=ID"), ("Magelang", "Magelang/=ID"),
     ("Bali", "#Bali/=ID|-8.50,115.00"), ("Lombok", "!-8.65,116.32"),
     ("Surabaya", "Surabaya/=ID"), ("Java", "!-7.49,110.00"), ("Sumatra", "!-0.59,101.34")],
    [("NIAMEY", "Niamey/=NE"), ("Niger", "=NE"), ("Niger River", "!4.30,6.07"),
     ("Niamey", "Niamey/=NE"), ("Tillabéri", "Tillabéri/=NE"), ("Niger", "=NE"),
     ("Dosso", "Dosso/=NE"), ("Maradi", "Maradi/=NE"), ("Gaya", "Gaya/=NE"), ("Benin", "=BJ"),
     ("Nigeria", "=NG")],
    [("TRIPOLI", "Tripoli/=LY"), ("Libya", "=LY"), ("Tripoli", "Tripoli/=LY"),
     ("Zawiya", "Az Zāwīyah/=LY"), ("Misrata", "Misratah/=LY"), ("Sirte", "Sirte/=LY"),
     ("Benghazi", "Benghazi/=LY"), ("Ras Lanuf", "!30.50,18.55"), ("Tunis", "Tunis/=TN"),
     ("Cairo", "Cairo/=EG")],
    [("SEVILLE", "Seville/=ES"), ("Spain", "=ES"), ("Andalusia", "#Andalusia/=ES"),
     ("Córdoba", "Córdoba/=ES"), ("Jaén", "Jaén/=ES"), ("Granada", "Granada/=ES"),
     ("Málaga", "Málaga/=ES"), ("Guadalquivir", "!36.78,-6.36")],
    [("NAIROBI", "Nairobi/=KE"), ("Kenya", "=KE"), ("Horn of Africa", "!8.00,45.00"),
     ("Ogaden", "!7.00,44.50"), ("Ethiopia", "=ET"), ("Kenya", "=KE"),
     ("Turkana", "!3.12,35.60"), ("Marsabit", "Marsabit/=KE"), ("Somalia", "=SO"),
     ("Djibouti", "=DJ"), ("Rift Valley", "!0.50,36.00")],
]


def write() -> None:
    """The passages and labels above, written by make_geo_blind_h's writer
    (whole-word matches in order)."""
    write_passages(ARTICLES, LABELS, OUT, prefix="blind-l")


if __name__ == "__main__":
    write()
