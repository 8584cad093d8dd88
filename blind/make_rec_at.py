# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build blind/rec_at.jsonl: gold whole-record events (batch rec_at).

rec_at is a BLIND SET, labelled on 2026-12-08 (forty-second session, branch
``label_at``) against docs/annotation.md, before eventwire ever ran on any
of these texts: no pipeline, no ``eval records``, no spaCy or model on them
while labelling, no eventwire rule code read, no system output looked at and
no other annotated corpus read; only this builder, ``blind/check_rec_at.py``,
tests/test_blind_sets.py and a throw-away script applying
tests/test_records_data.py's consistency checks were run. The gold of the
other waiting sets (rec_ap … rec_as) was not opened beyond rec_as's builder,
whose structure was copied, and rec_as's decisions in blind/DECISIONS.md (for
their form); the texts of every record set were searched for place names
only, to choose places no set names. It lives in ``blind/`` so that nobody
writing rules reads it: run it once at the start of a session and once at its
end, and never debug on it:

    tools/blind_run.sh HEAD blind/rec_at.jsonl OUTDIR

Sources: **no real text.** The real-text pool holds no unused political news
(blind/README.md), so every article is WRITTEN FOR EVENTWIRE BY THE
ANNOTATOR (``own``, CC BY 4.0, this project). The set is made deliberately
DIFFERENT from rec_an … rec_as (agency conflict copy; court, council,
live-blog and business items; state media and UN/NGO reports; local police
and court news; diplomacy and cooperation; political speech with hedged
claims) and built around the PLOVER classes and fields the held-out tests
are weakest on — MOBILIZE / RETREAT, CONSULT / AGREE, PROTEST `riot`,
ASSAULT `sexual`, CONCEDE / SUPPORT / AID, the actors' COUNTRY and places:

* **Deployments, bases, exercises, alerts, withdrawals** (01-08), told by
  defence ministries, wire services and regional papers.
* **Meetings, visits, phone calls, summits, agreements and memoranda**
  (09-15), several countries per article, officials by title only ("the
  visiting foreign minister", "his Ugandan counterpart").
* **Riots, looting, clashes, curfews** (16-22) in towns that share names
  with better-known places (San Jose in Occidental Mindoro, Victoria in
  Tamaulipas, Córdoba in Veracruz, Hyderabad in Sindh, Santiago de los
  Caballeros), the text saying which.
* **Concessions and support** (23-27): releases, a pardon, an apology, a
  resignation under pressure, aid convoys, patrol boats and loans, a
  ceasefire accepted.
* **Sexual violence and abuses** reported by the UN, NGOs and courts
  (28-32), with dated past events recalled; sober agency wording.
* **Regional and local news** (33-40) from Central Asia, the Pacific, the
  Caribbean, the Andes, the Sahel, the Balkans and Southeast Asia: actors by
  nationality adjective, demonyms, provinces named like their capitals.

386 events as labelled (one annotator, one reread of every event in a
one-line listing, 387 → 385, and of every article beside its events, 385 →
386; waiting for a second annotator's check): COERCE 63, PROTEST 62,
ASSAULT 60, MOBILIZE 38, ACCUSE 28, REQUEST 24, RETREAT 21, CONSULT 16,
AGREE 16, SUPPORT 14, SANCTION 12, AID 9, THREATEN 7, COOPERATE 6,
CONCEDE 6, REJECT 4; 173 asserted, 157 reported, 22 future, 19 demanded, 5
threatened, 4 denied, 3 hypothetical, 2 conditional, 1 negated; 190 with a
speaker, 5 with relays, 42 background, 230 placed, 286 dated; no article
without events; 51 actor / recipient countries.

393 events after the second annotator's check (2026-12-08, branch
``check_at``; blind/DECISIONS.md "rec_at — second annotator's check": 7
added, 84 changed, lines marked ``# check_at``): COERCE 67, PROTEST 63,
ASSAULT 60, MOBILIZE 37, ACCUSE 29, REQUEST 26, RETREAT 21, CONSULT 17,
AGREE 17, SUPPORT 13, SANCTION 10, AID 9, THREATEN 7, COOPERATE 6,
CONCEDE 6, REJECT 5; 176 asserted, 152 reported, 26 demanded, 22 future,
7 threatened, 4 denied, 3 hypothetical, 2 conditional, 1 negated; 192
with a speaker, 5 with relays, 52 background, 247 placed, 290 dated; 50
actor / recipient countries; PROTEST `riot` 37, ASSAULT `sexual` 15.

No act is put on a named real living person: ministers, officers,
spokespeople, activists and defendants are invented, heads of state never
act; real countries, armies, agencies and institutions appear in invented
scenes. Labels follow docs/annotation.md and blind/DECISIONS.md (this set's
own decisions under "rec_at", cited by number in the comment above an
article). Spans are located by needle strings (the conventions of
tests/data/records/needles.py): every event has an anchor ``at`` that occurs
exactly once; a plain span is the first occurrence from the start of the
anchor's sentence; ``(needle, "other anchor")`` the first after another
anchor; ``(needle, k)`` the k-th occurrence in the text.

Coordinates: towns from GeoNames (approximate); districts and regions as
noted in PLACES (scoring allows 161 km).

    python3 blind/make_rec_at.py
"""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RECORDS = REPO / "tests" / "data" / "records"
sys.path.insert(0, str(RECORDS))
from needles import (  # noqa: E402
    Batch,
    E,
    P,
    check_unused,
    d,
    mo,
    wk,
    yr,
)

PLACES = {
    # GeoNames towns (approximate); regions as noted
    'Ishkashim': (36.73, 71.61),
    'Ishkashim district': (36.73, 71.61),  # district of GBAO (its centre town)
    'Namadgut': (36.80, 71.70),  # village in Ishkashim district (approximate)
    'Yonaguni': (24.47, 123.00),
    'Naha': (26.21, 127.68),
    'Basco': (20.45, 121.97),
    'Batanes': (20.45, 121.97),  # province (its capital Basco)
    'Luzon Strait': (20.50, 121.50),  # strait (approximate centre)
    'Mabaruma': (8.20, -59.78),
    'Barima-Waini': (7.90, -59.60),  # region of Guyana (approximate centre)
    'Ansongo': (15.66, 0.50),
    'Gao': (16.27, -0.04),
    'Jermuk': (39.84, 45.67),
    'Vayots Dzor': (39.76, 45.33),  # province of Armenia (approximate centre)
    'Raška': (43.29, 20.61),
    'Jarinje': (43.14, 20.69),  # crossing on the Serbia-Kosovo line (approximate)
    'Suwałki': (54.10, 22.93),
    'Orzysz': (53.81, 21.95),
    'Istaravshan': (39.91, 69.00),
    'Batken': (40.06, 70.82),
    'Labasa': (-16.43, 179.36),
    'Vanua Levu': (-16.60, 179.20),  # island (approximate centre)
    'Jinja': (0.42, 33.20),
    'Rosso': (16.51, -15.81),
    'Luang Prabang': (19.89, 102.13),
    'Budva': (42.29, 18.84),
    'Gizo': (-8.10, 156.84),
    'Bougainville': (-6.23, 155.57),  # Autonomous Region of Bougainville, Papua New Guinea (approximate centre)
    'Lake Victoria': (-1.00, 33.00),  # lake (approximate centre)
    'Sigulu island': (0.10, 33.75),  # island in Lake Victoria, Uganda (approximate)
    'Busia': (0.46, 34.09),
    'Vientiane': (17.97, 102.60),
    'Chiang Saen': (20.27, 100.08),
    'Božaj': (42.35, 19.36),  # Božaj crossing, Montenegro-Albania (approximate)
    'Shortland Islands': (-7.05, 155.85),  # island group (approximate centre)
    'Arawa': (-6.23, 155.57),
    'San Jose': (12.35, 121.07),  # San Jose, Occidental Mindoro (not Costa Rica's capital)
    'Occidental Mindoro': (12.90, 120.90),  # province (approximate centre)
    'Victoria': (23.74, -99.15),  # Ciudad Victoria, Tamaulipas (not the Canadian or Seychelles one)
    'Tamaulipas': (24.00, -98.75),  # state (approximate centre)
    'Córdoba': (18.88, -96.93),  # Córdoba, Veracruz (not Argentina's or Spain's)
    'Hyderabad': (25.39, 68.37),  # Hyderabad, Sindh (not India's)
    'Qasimabad': (25.40, 68.35),  # town beside Hyderabad, Sindh
    'Santiago de los Caballeros': (19.45, -70.69),
    'Santiago': (19.45, -70.69),  # the same Dominican city
    'Struga': (41.18, 20.68),
    'Fier': (40.72, 19.56),
    'Patos': (40.68, 19.62),
    'Veracruz': (19.40, -96.60),  # Veracruz state (approximate centre)
    'Naryn': (41.43, 75.99),
    'Maliana': (-8.99, 125.22),
    'Adré': (13.47, 22.20),
    'Farchana': (13.65, 21.62),
    'Nieuw Nickerie': (5.93, -56.99),
    'Lanao del Sur': (7.82, 124.43),  # province (approximate centre)
    'Zharrëz': (40.70, 19.67),  # village near Patos (approximate)
    'Irumu': (1.45, 29.87),
    'Ituri': (1.80, 30.00),  # province (approximate centre)
    'Bangassou': (4.74, 22.82),
    'Zalingei': (12.91, 23.47),
    'Nebaj': (15.40, -91.15),
    'Guatemala City': (14.64, -90.51),
    'Dawei': (14.08, 98.19),
    'Tanintharyi': (12.50, 98.90),  # region of Myanmar (approximate centre)
    'Corantijn': (5.50, -57.10),  # the Corantijn (Courantyne) river on the Suriname-Guyana border (approximate)
    'Marawi': (8.00, 124.29),
    'Piagapo': (8.00, 124.20),
    'Mambisa': (1.50, 30.10),  # village in Irumu territory (approximate)
    'Komanda': (1.37, 29.77),
    'Salquil Grande': (15.53, -91.23),  # village near Nebaj (approximate)
    'Gharm': (39.02, 70.37),
    'Rasht valley': (39.00, 70.50),  # valley in Tajikistan (approximate)
    'Kokopo': (-4.34, 152.26),
    'East New Britain': (-4.80, 152.00),  # province of Papua New Guinea (approximate centre)
    'Rabaul': (-4.20, 152.17),
    'Tupiza': (-21.44, -65.72),
    'Tillabéri': (14.21, 1.45),
    'Bijeljina': (44.76, 19.21),
    'Roseau': (15.30, -61.39),
    'Ayaviri': (-14.88, -70.59),
    'Melgar': (-14.88, -70.59),  # province of Puno region, capital Ayaviri
    'Kampot': (10.61, 104.18),
    'Villazón': (-22.09, -65.60),
    'Dinkim': (14.55, 1.40),  # village of Tillabéri region (approximate)
}

BATCH = Batch("rec_at", PLACES, out=Path(__file__).resolve().with_name("rec_at.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

SUN10 = d("2027-01-10")
MON11 = d("2027-01-11")
TUE12 = d("2027-01-12")
WED13 = d("2027-01-13")
THU14 = d("2027-01-14")
FRI15 = d("2027-01-15")
SAT16 = d("2027-01-16")
SAT09 = d("2027-01-09")
FRI08 = d("2027-01-08")
THU07 = d("2027-01-07")
NOD = None  # no date the text supports

# ===== (a) deployments, bases, exercises, alerts, withdrawals (01-08) =====

# 01 Ishkashim (Asia-Plus). Border guards (COP, the development gold's 21 of
# 22) shot at from the Afghan bank; the army's reinforcement (MOBILIZE
# `troops`) dated by its arrival on Monday (rule 3: the perfect tells the
# dated act); the village checkpoint COERCE `restrict` (check_at: the
# development gold's checkpoints set up, 4 of 4; decision 1 reversed).
RI = "rec_at-ishkashim-reinforce"
SH = "rec_at-ishkashim-shooting"
A('01', 'Asia-Plus', '2027-01-12', "Tajikistan reinforces Afghan frontier after Ishkashim shooting",
  "Tajikistan reinforces Afghan frontier after Ishkashim shooting\n"
  "ISHKASHIM, Tajikistan, Jan 12 (Asia-Plus) - Tajikistan's army has sent two additional companies to the Panj river in Ishkashim district after gunmen fired on a border guard patrol from the Afghan bank on Sunday, the defence ministry said on Tuesday.\n"
  "No one was hurt, the ministry said, but the guards returned fire for several minutes.\n"
  "The reinforcements, about 200 soldiers with armoured vehicles, arrived in the district on Monday, a local official, Davlat Mirzoev, told reporters.\n"
  "The Tajik foreign ministry said it had asked the Afghan authorities to find and punish the attackers.\n"
  "Residents of the border village of Namadgut said soldiers had set up a new checkpoint on the road to the river.", [
    E("Tajikistan reinforces Afghan", "reinforces", "MOBILIZE", "troops", ("Tajikistan", "TJK", "GOV"), None, MON11, None, cl=RI),
    E("after Ishkashim shooting", "shooting", "ASSAULT", "firearms", None, None, SUN10, P("Ishkashim", "Ishkashim"), cl=SH),
    E("army has sent two additional", "sent", "MOBILIZE", "troops", ("Tajikistan's army", "TJK", "MIL"), None, MON11, P("Ishkashim district", "Ishkashim district"),
      speaker="the defence ministry", mod="reported", cl=RI),
    E("gunmen fired on a border guard", "fired", "ASSAULT", "firearms", ("gunmen", "AFG", "UAF"), ("a border guard patrol", "TJK", "COP"), SUN10,
      P("Ishkashim district", "Ishkashim district"), speaker="the defence ministry", mod="reported", cl=SH),
    E("the guards returned fire", "returned fire", "ASSAULT", "firearms", ("the guards", "TJK", "COP"), None, SUN10, P(("Ishkashim district", 1), "Ishkashim district"),
      speaker="the ministry", mod="reported"),
    E("The reinforcements, about 200", "arrived", "MOBILIZE", "troops", ("The reinforcements", "TJK", "MIL"), None, MON11, P("the district", "Ishkashim district"),
      speaker="a local official, Davlat Mirzoev", mod="reported", cl=RI),
    E("it had asked the Afghan", "asked", "REQUEST", None, ("it", "TJK", "GOV"), ("the Afghan authorities", "AFG", "GOV"), NOD, None,
      speaker="The Tajik foreign ministry", mod="demanded"),  # check_at
    E("soldiers had set up a new checkpoint", "set up", "COERCE", "restrict", ("soldiers", "TJK", "MIL"), None, NOD, P("Namadgut", "Namadgut"),  # check_at
      speaker="Residents of the border village of Namadgut", mod="reported"),
])

# 02 Yonaguni (Kyodo). A missile unit stationed (MOBILIZE `weapons`), the
# islanders' rally against it (PROTEST `demo`), China's protest (ACCUSE
# `disapprove`), Japan's rejection; the deployment `future` completion.
YG = "rec_at-yonaguni-missiles"
A('02', 'Kyodo', '2027-01-13', "Japan deploys surface-to-air missile unit on Yonaguni, China protests",
  "Japan deploys surface-to-air missile unit on Yonaguni, China protests\n"
  "TOKYO, Jan 13 (Kyodo) - Japan's Ground Self-Defense Force on Wednesday deployed a surface-to-air missile unit to Yonaguni, its westernmost inhabited island, about 110 kilometres east of Taiwan, the Defense Ministry said.\n"
  "About 180 personnel and four launchers arrived at the island's garrison by ship, and a second battery will be stationed there by March, the ministry said.\n"
  "China's foreign ministry called the move \"a provocation that undermines regional stability\" and said Beijing had lodged a protest with Tokyo.\n"
  "A Japanese government spokesman, Hiroshi Tanabe, rejected the criticism, saying the unit was \"purely defensive\".\n"
  "On Tuesday, around 60 islanders rallied outside the town office of Yonaguni against the deployment, saying it would make the island a target.", [
    E("Japan deploys surface-to-air", "deploys", "MOBILIZE", "weapons", ("Japan", "JPN", "GOV"), None, WED13, P("Yonaguni", "Yonaguni"), cl=YG),
    E("China protests", "protests", "ACCUSE", "disapprove", ("China", "CHN", "GOV"), ("Japan", "JPN", "GOV"), NOD, None, cl="rec_at-yonaguni-china-protest"),
    E("Self-Defense Force on Wednesday deployed", "deployed", "MOBILIZE", "weapons", ("Japan's Ground Self-Defense Force", "JPN", "MIL"), None, WED13,
      P("Yonaguni", "Yonaguni"), speaker="the Defense Ministry", mod="reported", cl=YG),
    E("About 180 personnel and four launchers", "arrived", "MOBILIZE", "weapons", ("About 180 personnel and four launchers", "JPN", "MIL"), None, WED13,
      P("the island's garrison", "Yonaguni"), speaker="the ministry", mod="reported", cl=YG),
    E("a second battery will be stationed", "stationed", "MOBILIZE", "weapons", None, None, mo("2027-03"), P("there", "Yonaguni"), speaker="the ministry", mod="future"),
    E("foreign ministry called the move", "called", "ACCUSE", "disapprove", ("China's foreign ministry", "CHN", "GOV"), None, NOD, None,  # check_at
      cl="rec_at-yonaguni-china-protest"),
    E("Beijing had lodged a protest", "protest", "ACCUSE", "disapprove", ("Beijing", "CHN", "GOV"), ("Tokyo", "JPN", "GOV"), NOD, None,  # check_at
      speaker="China's foreign ministry", mod="reported", cl="rec_at-yonaguni-china-protest"),
    E("rejected the criticism", "rejected", "REJECT", None, ("A Japanese government spokesman, Hiroshi Tanabe", "JPN", "GOV"), None, NOD, None),  # check_at
    E("islanders rallied outside", "rallied", "PROTEST", "demo", ("around 60 islanders", "JPN", "CVL"), ("the town office of Yonaguni", "JPN", "GOV"), TUE12,
      P(("Yonaguni", "islanders rallied"), "Yonaguni")),
])

# 03 Basco, Batanes (Philippine News Agency). Joint exercises of two states
# COOPERATE (the development gold's "joint exercises"; single-country drills
# MOBILIZE); the US rocket system flown in MOBILIZE `weapons`; informing
# neighbouring countries of the exercise COOPERATE (decision 2); the Chinese
# embassy's criticism ACCUSE and its call REQUEST `demanded`.
BX = "rec_at-batanes-exercise"
A('03', 'Philippine News Agency', '2027-01-11', "PH, US troops open joint exercise in Batanes",
  "PH, US troops open joint exercise in Batanes\n"
  "BASCO, Batanes, Jan 11 (PNA) - Some 1,200 Filipino and American soldiers on Monday began a two-week joint exercise in Batanes, the northernmost province of the Philippines, facing the Luzon Strait.\n"
  "The US Marine Corps flew a rocket launcher system into Basco airport on Sunday for live-fire drills at sea, the Armed Forces of the Philippines (AFP) said.\n"
  "Philippine Navy ships will also patrol the waters north of the island group during the drills, AFP spokesperson Col. Marites Dumlao said.\n"
  "She said the Philippines had informed neighbouring countries of the exercise \"as a matter of transparency\".\n"
  "The Chinese embassy in Manila said in a statement that the drills \"heighten tensions\" and urged Manila not to \"invite outside forces\" into the region.", [
    E("PH, US troops open joint", "exercise", "COOPERATE", None, ("PH", "PHL", "MIL"), ("US", "USA", "MIL"), MON11, P("Batanes", "Batanes"), cl=BX),  # check_at
    E("began a two-week joint exercise", "exercise", "COOPERATE", None, ("Filipino", "PHL", "MIL"), ("American soldiers", "USA", "MIL"), MON11,  # check_at
      P("Batanes", "Batanes"), cl=BX),
    E("flew a rocket launcher system", "flew", "MOBILIZE", "weapons", ("The US Marine Corps", "USA", "MIL"), None, SUN10, P("Basco airport", "Basco"),
      speaker="the Armed Forces of the Philippines (AFP)", mod="reported"),
    E("for live-fire drills at sea", "drills", "MOBILIZE", "troops", ("The US Marine Corps", "USA", "MIL"), None, NOD, None,
      speaker="the Armed Forces of the Philippines (AFP)", mod="future"),
    E("Philippine Navy ships will also patrol", "patrol", "MOBILIZE", "troops", ("Philippine Navy ships", "PHL", "MIL"), None, NOD, None,
      speaker="AFP spokesperson Col. Marites Dumlao", mod="future"),
    E("the Philippines had informed neighbouring", "informed", "COOPERATE", None, ("the Philippines", "PHL", "GOV"), ("neighbouring countries", None, "GOV"), NOD, None,
      speaker="She", mod="reported"),
    E("the drills \"heighten tensions\"", "heighten tensions", "ACCUSE", "disapprove", ("The Chinese embassy in Manila", "CHN", "GOV"), None, NOD, None),
    E("urged Manila not to", "urged", "REQUEST", None, ("The Chinese embassy in Manila", "CHN", "GOV"), ("Manila", "PHL", "GOV"), NOD, None, mod="demanded"),
])

# 04 Mabaruma (Stabroek News style). Guyana Defence Force deploying to the
# Barima-Waini border region (a region: the region, not the dateline,
# relabel69 cue 3); Venezuelan troop build-up alleged (MOBILIZE `reported`);
# a Venezuelan denial (`denied`).
MB = "rec_at-mabaruma-deploy"
A('04', 'Stabroek News', '2027-01-14', "GDF sends 300 soldiers to Barima-Waini as border tension rises",
  "GDF sends 300 soldiers to Barima-Waini as border tension rises\n"
  "MABARUMA, Guyana - The Guyana Defence Force (GDF) has deployed 300 soldiers and two patrol boats to the Barima-Waini region, Chief of Staff Brigadier Winston Halley said on Wednesday, citing a build-up of Venezuelan troops across the Amakura river.\n"
  "Halley said Venezuelan forces had moved armoured vehicles to within five kilometres of the border last week.\n"
  "Caracas denied any build-up. In a statement read on Venezuelan state television, the defence ministry said its units were carrying out \"routine operations\" on Venezuelan soil.\n"
  "Guyana's foreign minister, Natasha Ramdin, said she had raised the matter with the Caribbean Community and asked the Organization of American States to send observers.\n"
  "Residents in Mabaruma said army trucks had been arriving at the regional airstrip since Monday.", [
    E("GDF sends 300 soldiers", "sends", "MOBILIZE", "troops", ("GDF", "GUY", "MIL"), None, NOD, P("Barima-Waini", "Barima-Waini"), cl=MB),
    E("has deployed 300 soldiers", "deployed", "MOBILIZE", "troops", ("The Guyana Defence Force (GDF)", "GUY", "MIL"), None, NOD, P("the Barima-Waini region", "Barima-Waini"),
      speaker="Chief of Staff Brigadier Winston Halley", mod="reported", cl=MB),
    E("a build-up of Venezuelan troops", "build-up", "MOBILIZE", "troops", ("Venezuelan troops", "VEN", "MIL"), None, NOD, None,
      speaker="Chief of Staff Brigadier Winston Halley", mod="reported", cl="rec_at-venezuela-buildup"),
    E("Venezuelan forces had moved armoured", "moved", "MOBILIZE", "troops", ("Venezuelan forces", "VEN", "MIL"), None, wk("2027-W01"), None,
      speaker="Halley", mod="reported", cl="rec_at-venezuela-buildup"),
    E("Caracas denied any build-up", "build-up", "MOBILIZE", "troops", ("Caracas", "VEN", "GOV"), None, NOD, None, speaker="Caracas", mod="denied",
      cl="rec_at-venezuela-buildup"),
    E("its units were carrying out", "operations", "MOBILIZE", "troops", ("its units", "VEN", "MIL"), None, NOD, None, speaker="the defence ministry",
      relays=("Venezuelan state television",), mod="reported"),
    E("she had raised the matter", "raised", "CONSULT", None, ("she", "GUY", "GOV"), ("the Caribbean Community", None, "IGO"), NOD, None,
      speaker="Guyana's foreign minister, Natasha Ramdin", mod="reported"),
    E("asked the Organization of American States", "asked", "REQUEST", "assist", ("she", "GUY", "GOV"), ("the Organization of American States", None, "IGO"), NOD, None,
      speaker="Guyana's foreign minister, Natasha Ramdin", mod="demanded"),  # check_at
    E("army trucks had been arriving", "arriving", "MOBILIZE", "troops", ("army trucks", "GUY", "MIL"), None, MON11, P("the regional airstrip", "Mabaruma"),
      speaker="Residents in Mabaruma", mod="reported", cl=MB),
])

# 05 Ansongo (AFP). Malian troops withdrawing from a base (RETREAT
# `withdraw`), jihadists occupying it (COERCE `seize`), a convoy ambushed
# (ASSAULT), the army's "strategic redeployment" (the same withdrawal).
AW = "rec_at-ansongo-withdrawal"
A('05', 'AFP', '2027-01-15', "Malian army pulls out of Ansongo camp, jihadists move in",
  "Malian army pulls out of Ansongo camp, jihadists move in\n"
  "BAMAKO, Jan 15 (AFP) - Malian soldiers withdrew from their camp at Ansongo in the Gao region on Thursday, and fighters of a jihadist group linked to Al-Qaeda occupied it within hours, local officials and a security source told AFP.\n"
  "The army general staff called the pull-out a \"strategic redeployment\" towards Gao, about 100 kilometres to the north, to protect the road to the city.\n"
  "The withdrawing convoy was ambushed near the village of Bara on its way out, a local elected official said, adding that three soldiers were killed.\n"
  "The militants also set fire to the town's gendarmerie post, residents said.\n"
  "The army said it would \"reconquer every position\" and that air strikes were being prepared.", [
    E("Malian army pulls out", "pulls out", "RETREAT", "withdraw", ("Malian army", "MLI", "MIL"), None, THU14, P("Ansongo", "Ansongo"), cl=AW),  # check_at
    E("jihadists move in", "move in", "COERCE", "seize", ("jihadists", "MLI", "REB"), None, THU14, P("Ansongo", "Ansongo"), cl="rec_at-ansongo-occupied"),  # check_at
    E("Malian soldiers withdrew", "withdrew", "RETREAT", "withdraw", ("Malian soldiers", "MLI", "MIL"), None, THU14, P("Ansongo", "Ansongo"),
      speaker="local officials and a security source", mod="reported", cl=AW),
    E("occupied it within hours", "occupied", "COERCE", "seize", ("fighters of a jihadist group linked to Al-Qaeda", "MLI", "REB"), (("it", "occupied it within hours"), "MLI", "MIL"), THU14, P(("Ansongo", 2), "Ansongo"),  # check_at
      speaker="local officials and a security source", mod="reported", cl="rec_at-ansongo-occupied"),
    E("called the pull-out", "pull-out", "RETREAT", "withdraw", ("The army general staff", "MLI", "MIL"), None, THU14, P(("Ansongo", 2), "Ansongo"), cl=AW),
    E("The withdrawing convoy was ambushed", "ambushed", "ASSAULT", None, None, ("The withdrawing convoy", "MLI", "MIL"), THU14, P("Bara", "Ansongo"),
      speaker="a local elected official", mod="reported", cl="rec_at-bara-ambush"),
    E("set fire to the town's gendarmerie", "set fire", "ASSAULT", "destroy", ("The militants", "MLI", "REB"), ("the town's gendarmerie post", "MLI", "COP"), THU14,
      P("the town", "Ansongo"), speaker="residents", mod="reported"),
    E("would \"reconquer every position\"", "reconquer", "ASSAULT", None, ("it", "MLI", "MIL"), None, NOD, None, speaker="The army", mod="future"),
    E("air strikes were being prepared", "air strikes", "ASSAULT", "aerial", None, None, NOD, None, speaker="The army", mod="future"),
])

# 06 Jermuk (Armenpress style). Forces on alert, reservists called up
# (MOBILIZE `troops`), an Azerbaijani shelling claim (ASSAULT `reported`)
# and its denial; the EU monitors' announced visit to the area is not
# labelled (decision 3).
JA = "rec_at-jermuk-alert"
A('06', 'Armenpress', '2027-01-12', "Armenia puts forces on alert near Jermuk, calls up reservists",
  "Armenia puts forces on alert near Jermuk, calls up reservists\n"
  "YEREVAN, Jan 12 (Armenpress) - Armenia's defence ministry on Tuesday put its units in the southern province of Vayots Dzor on high alert and called up 2,000 reservists for a month of training, after what it said was Azerbaijani shelling of positions near the resort town of Jermuk overnight.\n"
  "Mortar rounds damaged a military post and a road but caused no casualties, ministry spokeswoman Anahit Sargsyan said.\n"
  "Azerbaijan's defence ministry denied that its forces had opened fire and accused Armenian units of firing at Azerbaijani positions first.\n"
  "The European Union's monitoring mission said its patrols would visit the area on Wednesday.\n"
  "Prime Minister's office spokesman Aram Davtyan said Armenia had asked Russia and France to \"use their influence\" to prevent an escalation.", [
    E("Armenia puts forces on alert", "alert", "MOBILIZE", "troops", ("Armenia", "ARM", "GOV"), None, TUE12, P("Jermuk", "Jermuk"), cl=JA),  # check_at
    E("calls up reservists", "calls up", "MOBILIZE", "troops", ("Armenia", "ARM", "GOV"), ("reservists", "ARM", "MIL"), TUE12, None, cl="rec_at-armenia-reservists"),
    E("put its units in the southern", "high alert", "MOBILIZE", "troops", ("Armenia's defence ministry", "ARM", "MIL"), None, TUE12, P("Vayots Dzor", "Vayots Dzor"), cl=JA),
    E("called up 2,000 reservists", "called up", "MOBILIZE", "troops", ("Armenia's defence ministry", "ARM", "MIL"), ("2,000 reservists", "ARM", "MIL"), TUE12, None,
      cl="rec_at-armenia-reservists"),
    E("Azerbaijani shelling of positions", "shelling", "ASSAULT", "heavy-weapons", ("Azerbaijani", "AZE", "MIL"), ("positions", "ARM", "MIL"), TUE12,
      P("Jermuk", "Jermuk"), speaker=("it", "it said was Azerbaijani"), mod="reported", cl="rec_at-jermuk-shelling"),
    E("Mortar rounds damaged a military post", "damaged", "ASSAULT", "heavy-weapons", ("Mortar rounds", "AZE", "MIL"), ("a military post", "ARM", "MIL"), TUE12,
      P(("Jermuk", 2), "Jermuk"), speaker="ministry spokeswoman Anahit Sargsyan", mod="reported", cl="rec_at-jermuk-shelling"),
    E("its forces had opened fire", "opened fire", "ASSAULT", "heavy-weapons", ("its forces", "AZE", "MIL"), None, TUE12, None,
      speaker="Azerbaijan's defence ministry", mod="denied", cl="rec_at-jermuk-shelling"),
    E("accused Armenian units", "accused", "ACCUSE", "allege", ("Azerbaijan's defence ministry", "AZE", "MIL"), ("Armenian units", "ARM", "MIL"), NOD, None),
    E("Armenia had asked Russia and France", "asked", "REQUEST", "assist", ("Armenia", "ARM", "GOV"), ("Russia and France", "RUS", "GOV"), NOD, None,
      speaker="Prime Minister's office spokesman Aram Davtyan", mod="demanded"),  # check_at
])

# 07 Raška (Reuters). Serbian army units on raised readiness near the
# Kosovo line; Kosovo police reinforcing Jarinje (MOBILIZE `police`); NATO's
# KFOR stepping up patrols; a NATO call for restraint.
RK = "rec_at-serbia-readiness"
A('07', 'Reuters', '2027-01-16', "Serbia raises army readiness near Kosovo after police reinforce crossing",
  "Serbia raises army readiness near Kosovo after police reinforce crossing\n"
  "BELGRADE, Jan 16 (Reuters) - Serbia's army placed units stationed around the town of Raška on the highest level of combat readiness on Saturday, hours after Kosovo police sent special units to the Jarinje crossing, the Serbian defence ministry said.\n"
  "Defence Minister Dragan Ilić said in a televised address that the army \"will not stand by\" if Serb civilians in northern Kosovo were attacked.\n"
  "Kosovo's interior ministry said the police reinforcements were deployed to stop smuggling and were no threat to anyone.\n"
  "NATO's peacekeeping force KFOR said it had increased patrols along the boundary line and called on both sides to exercise restraint.\n"
  "Serbian troops were also seen moving artillery towards the line near Raška on Saturday afternoon, a Reuters witness said.", [
    E("Serbia raises army readiness", "raises army readiness", "MOBILIZE", "troops", ("Serbia", "SRB", "GOV"), None, SAT16, None, cl=RK),
    E("after police reinforce crossing", "reinforce", "MOBILIZE", "police", ("police", "XKX", "COP"), None, SAT16, None, cl="rec_at-jarinje-police"),
    E("army placed units stationed", "placed", "MOBILIZE", "troops", ("Serbia's army", "SRB", "MIL"), None, SAT16, P("Raška", "Raška"),
      speaker="the Serbian defence ministry", mod="reported", cl=RK),
    E("Kosovo police sent special units", "sent", "MOBILIZE", "police", ("Kosovo police", "XKX", "COP"), None, SAT16, P("the Jarinje crossing", "Jarinje"),
      speaker="the Serbian defence ministry", mod="reported", cl="rec_at-jarinje-police"),
    E("\"will not stand by\"", "will not stand by", "THREATEN", "violence", ("the army", "SRB", "MIL"), None, NOD, None,  # check_at
      speaker="Defence Minister Dragan Ilić", mod="threatened"),
    E("Serb civilians in northern Kosovo were attacked", "attacked", "ASSAULT", None, None, ("Serb civilians in northern Kosovo", "SRB", "CVL"), NOD, None,
      speaker="Defence Minister Dragan Ilić", mod="hypothetical"),
    E("the police reinforcements were deployed", "deployed", "MOBILIZE", "police", ("the police reinforcements", "XKX", "COP"), None, SAT16, P(("Jarinje", 1), "Jarinje"),
      speaker="Kosovo's interior ministry", mod="reported", cl="rec_at-jarinje-police"),
    E("it had increased patrols", "increased patrols", "MOBILIZE", "troops", ("it", None, "IGO"), None, NOD, None,
      speaker="NATO's peacekeeping force KFOR", mod="reported"),
    E("called on both sides", "called on", "REQUEST", None, ("NATO's peacekeeping force KFOR", None, "IGO"), ("both sides", None, "GOV"), NOD, None, mod="demanded"),  # check_at
    E("Serbian troops were also seen moving", "moving", "MOBILIZE", "weapons", ("Serbian troops", "SRB", "MIL"), None, SAT16, P(("Raška", 2), "Raška"),
      speaker="a Reuters witness", mod="reported"),
])

# 08 Suwałki (PAP). A Polish brigade moved to the Suwałki gap (MOBILIZE),
# a new base to be built (MOBILIZE `future`), a NATO exercise announced
# (COOPERATE `future`), Lithuania's welcome (SUPPORT), Russia's warning
# (THREATEN) and Belarus's border drills (MOBILIZE).
SW = "rec_at-suwalki-brigade"
A('08', 'PAP', '2027-01-14', "Poland moves armoured brigade to Suwałki gap, plans new base at Orzysz",
  "Poland moves armoured brigade to Suwałki gap, plans new base at Orzysz\n"
  "WARSAW, Jan 14 (PAP) - Poland has begun moving an armoured brigade of about 3,000 soldiers to the area around Suwałki, near the borders with Lithuania and Russia's Kaliningrad region, Deputy Defence Minister Paweł Zieliński said on Thursday.\n"
  "The ministry will also build a permanent base for 1,500 troops at Orzysz by 2029, he told PAP.\n"
  "Polish and Lithuanian troops will hold a joint exercise in the area in March, with units from Germany and the Netherlands, Zieliński added.\n"
  "Lithuania's defence ministry welcomed the decision as \"a strong signal of allied solidarity\".\n"
  "Russia's embassy in Warsaw warned that Moscow would \"take adequate measures\" to protect Kaliningrad, and Belarus's army began snap drills near its western border on Thursday, the Belarusian defence ministry said.", [
    E("Poland moves armoured brigade", "moves", "MOBILIZE", "troops", ("Poland", "POL", "GOV"), None, NOD, P("Suwałki", "Suwałki"), cl=SW),
    E("plans new base at Orzysz", "base", "MOBILIZE", "troops", ("Poland", "POL", "GOV"), None, NOD, P("Orzysz", "Orzysz"), mod="future", cl="rec_at-orzysz-base"),
    E("Poland has begun moving", "moving", "MOBILIZE", "troops", ("Poland", "POL", "GOV"), None, NOD, P("Suwałki", "Suwałki"),
      speaker="Deputy Defence Minister Paweł Zieliński", mod="reported", cl=SW),
    E("will also build a permanent base", "base", "MOBILIZE", "troops", ("The ministry", "POL", "MIL"), None, yr("2029", bg=False), P("Orzysz", "Orzysz"),
      speaker=("he", "he told PAP"), mod="future", cl="rec_at-orzysz-base"),
    E("Polish and Lithuanian troops will hold", "exercise", "COOPERATE", None, ("Polish", "POL", "MIL"), ("Lithuanian troops", "LTU", "MIL"),  # check_at
      mo("2027-03"), P("the area", "Suwałki"), speaker="Zieliński", mod="future"),
    E("Lithuania's defence ministry welcomed", "welcomed", "SUPPORT", None, ("Lithuania's defence ministry", "LTU", "MIL"), None, NOD, None),  # check_at
    E("Moscow would \"take adequate measures\"", "take adequate measures", "THREATEN", None, ("Moscow", "RUS", "GOV"), None, NOD, None,  # check_at
      speaker="Russia's embassy in Warsaw", mod="threatened"),
    E("Belarus's army began snap drills", "drills", "MOBILIZE", "troops", ("Belarus's army", "BLR", "MIL"), None, THU14, None,
      speaker="the Belarusian defence ministry", mod="reported"),
])

# ===== (b) meetings, visits, phone calls, summits, agreements (09-15) =====

# 09 Istaravshan (AKIpress style). Border commissions of two states meet
# (CONSULT), agree a joint survey (AGREE) and sign a protocol (SUPPORT: the
# development gold's "signed", 34 of 45); a past clash recalled (background).
IS = "rec_at-istaravshan-talks"
A('09', 'AKIpress', '2027-01-13', "Kyrgyz, Tajik border commissions meet in Istaravshan, agree to reopen road",
  "Kyrgyz, Tajik border commissions meet in Istaravshan, agree to reopen road\n"
  "BISHKEK, Jan 13 (AKIpress) - Government delegations of Kyrgyzstan and Tajikistan met in the Tajik town of Istaravshan on Tuesday for a new round of talks on their disputed border and agreed to reopen the Batken-Isfara road to civilian traffic from February 1, the Kyrgyz cabinet said on Wednesday.\n"
  "The heads of the two delegations signed a protocol on a joint survey of 24 kilometres of the frontier, the statement said.\n"
  "The head of the Kyrgyz delegation, Deputy Prime Minister Erlan Asanov, said the sides had also agreed to withdraw heavy weapons from three border villages.\n"
  "Clashes between Kyrgyz and Tajik troops in Batken province in September 2022 killed about 100 people.\n"
  "The next round of talks will be held in Batken in March, the statement said.", [
    E("border commissions meet in Istaravshan", "meet", "CONSULT", None, ("Kyrgyz", "KGZ", "GOV"), ("Tajik border commissions", "TJK", "GOV"), TUE12,  # check_at
      P("Istaravshan", "Istaravshan"), cl=IS),
    E("agree to reopen road", "agree", "AGREE", None, ("Kyrgyz", "KGZ", "GOV"), ("Tajik border commissions", "TJK", "GOV"), TUE12, P("Istaravshan", "Istaravshan"), cl="rec_at-batken-road"),  # check_at
    E("Kyrgyzstan and Tajikistan met", "met", "CONSULT", None, ("Kyrgyzstan", "KGZ", "GOV"), ("Tajikistan", "TJK", "GOV"), TUE12,  # check_at
      P("Istaravshan", "Istaravshan"), speaker="the Kyrgyz cabinet", mod="reported", cl=IS),
    E("agreed to reopen the Batken-Isfara", "agreed", "AGREE", None, ("Kyrgyzstan", "KGZ", "GOV"), ("Tajikistan", "TJK", "GOV"),  # check_at
      TUE12, P("Istaravshan", "Istaravshan"), speaker="the Kyrgyz cabinet", mod="reported", cl="rec_at-batken-road"),
    E("signed a protocol", "signed", "SUPPORT", None, ("The heads of the two delegations", None, "GOV"), None, TUE12, P(("Istaravshan", 2), "Istaravshan"),  # check_at
      speaker="the statement", mod="reported"),
    E("had also agreed to withdraw", "agreed", "AGREE", None, ("the sides", None, "GOV"), None, TUE12, P(("Istaravshan", 2), "Istaravshan"),  # check_at
      speaker="The head of the Kyrgyz delegation, Deputy Prime Minister Erlan Asanov", mod="reported"),
    E("Clashes between Kyrgyz and Tajik troops", "Clashes", "ASSAULT", None, ("Kyrgyz", "KGZ", "MIL"), ("Tajik troops", "TJK", "MIL"), mo("2022-09", bg=True),
      P("Batken province", "Batken")),
    E("The next round of talks", "talks", "CONSULT", None, None, None, mo("2027-03"), P(("Batken", "The next round"), "Batken"), speaker="the statement", mod="future"),
])

# 10 Labasa (Fiji Times style). A fisheries ministers' meeting (CONSULT
# `multilateral`), a memorandum signed (SUPPORT), a vessel detained earlier
# (COERCE `seize`, recipient the vessel BUS with its flag), an offer of
# patrol aircraft (AGREE) and New Zealand's grant (AID `future`).
LB = "rec_at-labasa-fisheries"
A('10', 'Fiji Times', '2027-01-15', "Pacific fisheries ministers sign surveillance pact in Labasa",
  "Pacific fisheries ministers sign surveillance pact in Labasa\n"
  "LABASA, Vanua Levu - Fisheries ministers from nine Pacific island countries ended a two-day meeting in Labasa on Thursday by signing a memorandum of understanding to share vessel-tracking data and coordinate patrols against illegal fishing.\n"
  "The host, Fiji's fisheries minister Semi Tuilau, said the pact would let any member's patrol boat board a suspect vessel in another member's waters with that country's consent.\n"
  "Tuilau said the Fijian navy had detained a Taiwanese-flagged longliner off Vanua Levu last month for fishing without a licence.\n"
  "Australia offered to provide surveillance flights to the nine states, and New Zealand said it would give a grant of NZ$4 million for a regional monitoring centre, an official communique said.\n"
  "The ministers agreed to meet again in July.", [
    E("ministers sign surveillance pact", "sign", "SUPPORT", None, ("Pacific fisheries ministers", None, "GOV"), None, THU14, P("Labasa", "Labasa"), cl=LB),
    E("ended a two-day meeting", "meeting", "CONSULT", "multilateral", ("Fisheries ministers from nine Pacific island countries", None, "GOV"), None, THU14,
      P(("Labasa", 2), "Labasa"), cl="rec_at-labasa-meeting"),
    E("by signing a memorandum", "signing", "SUPPORT", None, ("Fisheries ministers from nine Pacific island countries", None, "GOV"), None, THU14,
      P(("Labasa", 2), "Labasa"), cl=LB),
    E("board a suspect vessel", "board", "COERCE", "seize", ("any member's patrol boat", None, "MIL"), ("a suspect vessel", None, "BUS"), NOD, None,
      speaker="The host, Fiji's fisheries minister Semi Tuilau", mod="hypothetical"),
    E("navy had detained a Taiwanese-flagged", "detained", "COERCE", "seize", ("the Fijian navy", "FJI", "MIL"), ("a Taiwanese-flagged longliner", "TWN", "BUS"),
      mo("2026-12", bg=True), None, speaker="Tuilau", mod="reported"),
    E("Australia offered to provide", "offered", "AGREE", None, ("Australia", "AUS", "GOV"), ("the nine states", None, "GOV"), NOD, None,
      speaker="an official communique", mod="reported"),
    E("it would give a grant", "grant", "AID", None, (("it", "it would give a grant"), "NZL", "GOV"), None, NOD, None, speaker="New Zealand", mod="future"),
    E("agreed to meet again", "agreed", "AGREE", None, ("The ministers", None, "GOV"), None, THU14, P(("Labasa", 2), "Labasa")),
])

# 11 Jinja (New Vision style). A visiting foreign minister and "his Ugandan
# counterpart" (titles only): talks (CONSULT `visit`), agreements signed
# (SUPPORT), a joint call (REQUEST), fishermen arrested on the lake earlier
# and their release promised (RETREAT `release` `future`).
JN = "rec_at-jinja-visit"
A('11', 'New Vision', '2027-01-12', "Kenya, Uganda agree joint lake patrols as visiting minister holds talks in Jinja",
  "Kenya, Uganda agree joint lake patrols as visiting minister holds talks in Jinja\n"
  "JINJA - Kenya's foreign minister held talks with his Ugandan counterpart in Jinja on Monday on a row over fishermen arrested on Lake Victoria, and the two sides agreed to set up joint patrols on the lake.\n"
  "The visiting minister, on a two-day trip to Uganda, said Nairobi \"fully respects\" Uganda's borders on the water.\n"
  "Ugandan marine police detained 32 Kenyan fishermen near Sigulu island in December, accusing them of fishing in Ugandan waters.\n"
  "The Ugandan minister said the remaining 12 would be released \"in the coming days\" as a goodwill gesture.\n"
  "The two ministers also signed agreements on trade and a new border post at Busia, and called on the East African Community to speed up the demarcation of the lake border.", [
    E("Kenya, Uganda agree joint", "agree", "AGREE", None, ("Kenya", "KEN", "GOV"), ("Uganda", "UGA", "GOV"), MON11, P("Jinja", "Jinja"), cl="rec_at-lake-patrols"),  # check_at
    E("as visiting minister holds talks", "holds talks", "CONSULT", "visit", ("visiting minister", "KEN", "GOV"), None, MON11, P("Jinja", "Jinja"), cl=JN),
    E("Kenya's foreign minister held talks", "held talks", "CONSULT", "visit", ("Kenya's foreign minister", "KEN", "GOV"), ("his Ugandan counterpart", "UGA", "GOV"),
      MON11, P("Jinja", "Jinja"), cl=JN),
    E("fishermen arrested on Lake Victoria", "arrested", "COERCE", "arrest", None, ("fishermen", "KEN", "CVL"), NOD, P("Lake Victoria", "Lake Victoria"), cl="rec_at-migingo-arrests"),
    E("the two sides agreed to set up", "agreed", "AGREE", None, ("the two sides", None, "GOV"), None, MON11, P(("Jinja", 2), "Jinja"), cl="rec_at-lake-patrols"),  # check_at
    E("Nairobi \"fully respects\"", "respects", "SUPPORT", None, ("Nairobi", "KEN", "GOV"), ("Uganda", "UGA", "GOV"), NOD, None, speaker="The visiting minister", mod="reported"),
    E("Ugandan marine police detained", "detained", "COERCE", "arrest", ("Ugandan marine police", "UGA", "COP"), ("32 Kenyan fishermen", "KEN", "CVL"),
      mo("2026-12", bg=True), P("Sigulu island", "Sigulu island"), cl="rec_at-migingo-arrests"),
    E("accusing them of fishing", "accusing", "ACCUSE", "allege", ("Ugandan marine police", "UGA", "COP"), ("them", "KEN", "CVL"), mo("2026-12", bg=True), None),
    E("would be released \"in the coming", "released", "RETREAT", "release", None, ("the remaining 12", "KEN", "CVL"), NOD, None,
      speaker="The Ugandan minister", mod="future"),
    E("also signed agreements on trade", "signed", "SUPPORT", None, ("The two ministers", None, "GOV"), None, MON11, P(("Jinja", 2), "Jinja")),  # check_at
    E("called on the East African Community", "called on", "REQUEST", None, ("The two ministers", None, "GOV"), ("the East African Community", None, "IGO"), NOD, None,  # check_at
      mod="demanded"),
])

# 12 Rosso (AMI / Mauritanian agency style). A phone call between foreign
# ministers (CONSULT `phone`), the crossing closed after a clash (COERCE
# `restrict`), its reopening agreed (AGREE) and carried out (CONCEDE,
# rec_c's lifting of a ban), traders detained and released.
RS = "rec_at-rosso-call"
A('12', 'AMI', '2027-01-14', "Mauritania, Senegal ministers agree by phone to reopen Rosso crossing",
  "Mauritania, Senegal ministers agree by phone to reopen Rosso crossing\n"
  "NOUAKCHOTT, Jan 14 (AMI) - The foreign ministers of Mauritania and Senegal agreed in a telephone call on Wednesday to reopen the Rosso ferry crossing on the Senegal river, closed since a clash between traders and Mauritanian customs officers on January 6, the Mauritanian foreign ministry said.\n"
  "During the call, the Senegalese minister asked for the release of nine Senegalese traders detained after the clash, and his Mauritanian counterpart promised to \"look at the matter favourably\", the ministry said.\n"
  "The crossing reopened on Thursday morning, a customs official in Rosso told AMI by phone.\n"
  "Mauritanian authorities had closed the crossing after customs officers were beaten by a crowd that accused them of seizing goods without receipts.", [
    E("ministers agree by phone", "agree", "AGREE", None, ("Mauritania", "MRT", "GOV"), ("Senegal", "SEN", "GOV"), WED13, None, cl="rec_at-rosso-reopen-deal"),  # check_at
    E("agreed in a telephone call", "agreed", "AGREE", None, ("Mauritania", "MRT", "GOV"), ("Senegal", "SEN", "GOV"), WED13, None,  # check_at
      speaker="the Mauritanian foreign ministry", mod="reported", cl="rec_at-rosso-reopen-deal"),
    E("in a telephone call on Wednesday", "telephone call", "CONSULT", "phone", ("Mauritania", "MRT", "GOV"), ("Senegal", "SEN", "GOV"),  # check_at
      WED13, None, speaker="the Mauritanian foreign ministry", mod="reported", cl=RS),
    E("closed since a clash", "closed", "COERCE", "restrict", None, None, d("2027-01-06"), P("the Rosso ferry crossing", "Rosso"), speaker="the Mauritanian foreign ministry",
      mod="reported", cl="rec_at-rosso-closure"),
    E("a clash between traders", "clash", "PROTEST", "riot", ("traders", "SEN", "CVL"), ("Mauritanian customs officers", "MRT", "GOV"), d("2027-01-06", bg=True),  # check_at; relabel72 (a): traders CVL (was BUS)
      P("the Rosso ferry crossing", "Rosso"), speaker="the Mauritanian foreign ministry", mod="reported", cl="rec_at-rosso-clash"),
    E("the Senegalese minister asked", "asked", "REQUEST", "yield", ("the Senegalese minister", "SEN", "GOV"), ("his Mauritanian counterpart", "MRT", "GOV"), WED13, None,
      speaker=("the ministry", "the ministry said.\n"), mod="demanded"),  # check_at
    E("nine Senegalese traders detained", "detained", "COERCE", "arrest", None, ("nine Senegalese traders", "SEN", "CVL"), d("2027-01-06"), P(("Rosso", 2), "Rosso"),  # relabel72 (a): traders CVL (was BUS)
      speaker=("the ministry", "the ministry said.\n"), mod="reported"),
    E("promised to \"look at the matter", "promised", "AGREE", None, ("his Mauritanian counterpart", "MRT", "GOV"), ("the Senegalese minister", "SEN", "GOV"), WED13, None,
      speaker=("the ministry", "the ministry said.\n"), mod="reported"),
    E("The crossing reopened", "reopened", "CONCEDE", None, None, None, THU14, P("Rosso", "Rosso"), speaker="a customs official in Rosso", mod="reported",
      cl="rec_at-rosso-reopening"),
    E("Mauritanian authorities had closed", "closed", "COERCE", "restrict", ("Mauritanian authorities", "MRT", "GOV"), None, d("2027-01-06"), P("the crossing", "Rosso"),
      cl="rec_at-rosso-closure"),
    E("customs officers were beaten", "beaten", "ASSAULT", "beat", ("a crowd", "SEN", "CVL"), ("customs officers", "MRT", "GOV"), d("2027-01-06", bg=True), P(("the crossing", "Mauritanian authorities had closed"), "Rosso"),  # check_at
      cl="rec_at-rosso-clash"),
    E("accused them of seizing", "accused", "ACCUSE", "allege", ("a crowd", "SEN", "CVL"), ("them", "MRT", "GOV"), d("2027-01-06", bg=True), P(("the crossing", "Mauritanian authorities had closed"), "Rosso")),  # check_at
    E("of seizing goods without receipts", "seizing", "COERCE", "seize", (("them", "accused them of seizing"), "MRT", "GOV"), None, NOD, None,  # check_at: the accused act (actors41)
      speaker="a crowd", mod="reported"),  # check_at
])

# 13 Luang Prabang (KPL / Lao state agency style). A three-country
# ministers' meeting (CONSULT `multilateral`), joint patrols agreed (AGREE),
# a Thai drug seizure recalled (COERCE `seize`), the Myanmar delegate's
# welcome (SUPPORT).
LP = "rec_at-luangprabang-mekong"
A('13', 'KPL', '2027-01-11', "Laos, Thailand, Myanmar agree joint Mekong patrols at Luang Prabang meeting",
  "Laos, Thailand, Myanmar agree joint Mekong patrols at Luang Prabang meeting\n"
  "LUANG PRABANG, Jan 11 (KPL) - Security ministers of the Lao PDR, Thailand and Myanmar met in Luang Prabang on Sunday and agreed to launch joint river patrols on the Mekong against drug trafficking from March.\n"
  "The Lao Minister of Public Security, Khamphone Sivilay, who chaired the meeting, said the three countries would also exchange intelligence on trafficking networks.\n"
  "The Thai delegation said Thai police and soldiers had seized 12 million methamphetamine tablets near Chiang Saen in December, the largest haul of the year.\n"
  "The ministers urged China to join the patrols, a joint statement said. The Myanmar delegate, a deputy minister, welcomed the plan.", [
    E("Myanmar agree joint Mekong patrols", "agree", "AGREE", None, ("Laos, Thailand, Myanmar", None, "GOV"), None, SUN10, P("Luang Prabang", "Luang Prabang"), cl="rec_at-mekong-patrols"),  # check_at
    E("at Luang Prabang meeting", "meeting", "CONSULT", "multilateral", None, None, SUN10, P("Luang Prabang", "Luang Prabang"), cl=LP),
    E("Myanmar met in Luang Prabang", "met", "CONSULT", "multilateral", ("Security ministers of the Lao PDR, Thailand and Myanmar", None, "GOV"), None, SUN10,  # check_at
      P("Luang Prabang", "Luang Prabang"), cl=LP),
    E("agreed to launch joint river patrols", "agreed", "AGREE", None, ("Security ministers of the Lao PDR, Thailand and Myanmar", None, "GOV"), None, SUN10,  # check_at
      P("Luang Prabang", "Luang Prabang"), cl="rec_at-mekong-patrols"),
    E("would also exchange intelligence", "exchange intelligence", "COOPERATE", None, ("the three countries", None, "GOV"), None, NOD, None,  # check_at
      speaker="The Lao Minister of Public Security, Khamphone Sivilay", mod="future"),
    E("Thai police and soldiers had seized", "seized", "COERCE", "seize", ("Thai police and soldiers", "THA", "COP"), None, mo("2026-12", bg=True), P("Chiang Saen", "Chiang Saen"),
      speaker="The Thai delegation", mod="reported"),
    E("The ministers urged China", "urged", "REQUEST", None, ("The ministers", None, "GOV"), ("China", "CHN", "GOV"), SUN10, P(("Luang Prabang", 2), "Luang Prabang"),  # check_at
      speaker="a joint statement", mod="demanded"),
    E("delegate, a deputy minister, welcomed", "welcomed", "SUPPORT", None, ("The Myanmar delegate, a deputy minister", "MMR", "GOV"), None, NOD, None),
])

# 14 Budva (Vijesti / MINA style). A regional interior ministers' summit
# (CONSULT `multilateral`), a police cooperation agreement signed
# (SUPPORT), an extradition agreed (AGREE), a smuggling ring dismantled
# earlier (COERCE `arrest`), Albanian police handing over a suspect
# (COOPERATE; decision 5); Serbia's minister not attending is no event
# (decision 4).
BU = "rec_at-budva-summit"
A('14', 'MINA', '2027-01-16', "Balkan interior ministers sign police pact at Budva summit",
  "Balkan interior ministers sign police pact at Budva summit\n"
  "BUDVA, Montenegro, Jan 16 (MINA) - Interior ministers of six Western Balkan states signed an agreement on joint police investigations at a summit in the Montenegrin coastal town of Budva on Friday, the Montenegrin interior ministry said.\n"
  "Under the pact, police officers of one country will be able to pursue suspects across borders into another for up to 30 kilometres.\n"
  "On the sidelines, Montenegro's interior minister, Vuk Bulatović, and his Albanian counterpart agreed to extradite two suspects in a cocaine smuggling ring that Montenegrin police broke up in November.\n"
  "Albanian police handed over a third suspect to Montenegro at the Božaj border crossing on Friday morning, the ministry said.\n"
  "Serbia's minister did not attend; Belgrade sent a state secretary.", [
    E("interior ministers sign police pact", "sign", "SUPPORT", None, ("Balkan interior ministers", None, "GOV"), None, FRI15, P("Budva", "Budva"), cl=BU),
    E("at Budva summit", "summit", "CONSULT", "multilateral", None, None, FRI15, P("Budva", "Budva"), cl="rec_at-budva-meeting"),
    E("states signed an agreement", "signed", "SUPPORT", None, ("Interior ministers of six Western Balkan states", None, "GOV"), None, FRI15, P(("Budva", 2), "Budva"),
      speaker="the Montenegrin interior ministry", mod="reported", cl=BU),
    E("at a summit in the Montenegrin", "summit", "CONSULT", "multilateral", ("Interior ministers of six Western Balkan states", None, "GOV"), None, FRI15,
      P(("Budva", 2), "Budva"), speaker="the Montenegrin interior ministry", mod="reported", cl="rec_at-budva-meeting"),
    E("will be able to pursue suspects", "pursue", "COERCE", "arrest", ("police officers of one country", None, "COP"), ("suspects", None, "CVL"), NOD, None, mod="hypothetical"),
    E("his Albanian counterpart agreed", "agreed", "AGREE", None, ("Montenegro's interior minister, Vuk Bulatović", "MNE", "GOV"), ("his Albanian counterpart", "ALB", "GOV"),  # check_at
      FRI15, P(("Budva", 2), "Budva")),  # check_at
    E("that Montenegrin police broke up", "broke up", "COERCE", "arrest", ("Montenegrin police", "MNE", "COP"), ("a cocaine smuggling ring", "MNE", "CVL"),
      mo("2026-11", bg=True), None),
    E("Albanian police handed over", "handed over", "COOPERATE", None, ("Albanian police", "ALB", "COP"), ("Montenegro", "MNE", "GOV"), FRI15,
      P("the Božaj border crossing", "Božaj"), speaker="the ministry", mod="reported"),
])

# 15 Gizo (Solomon Star style). A Solomon Islands - Papua New Guinea border
# meeting (CONSULT), a border-crossing agreement signed (SUPPORT), a
# boat's crew detained (COERCE `arrest`) and released (RETREAT `release`),
# a visit planned (CONSULT `visit` `future`, placed at its destination).
GZ = "rec_at-gizo-border-talks"
A('15', 'Solomon Star', '2027-01-13', "Solomon Islands, PNG sign border crossing deal in Gizo",
  "Solomon Islands, PNG sign border crossing deal in Gizo\n"
  "GIZO, Western Province - Officials of Solomon Islands and Papua New Guinea signed a border crossing agreement in Gizo on Tuesday after two days of talks, allowing villagers on both sides to travel by canoe between the Shortland Islands and Bougainville without passports.\n"
  "The head of the PNG delegation, Mathias Kerekere, said the deal would end \"years of confusion\" for traditional traders.\n"
  "The talks followed the detention in November of 14 Bougainvilleans whose boat was stopped by Solomon Islands police near the Shortlands. They were released without charge after a week.\n"
  "Solomon Islands' permanent secretary for foreign affairs, Ellen Pitanoe, said a ministerial delegation would visit Arawa in April to review the deal.", [
    E("PNG sign border crossing deal", "sign", "SUPPORT", None, ("Solomon Islands", "SLB", "GOV"), ("PNG", "PNG", "GOV"), TUE12, P("Gizo", "Gizo"), cl="rec_at-gizo-deal"),  # check_at
    E("New Guinea signed a border crossing", "signed", "SUPPORT", None, ("Solomon Islands", "SLB", "GOV"), ("Papua New Guinea", "PNG", "GOV"),  # check_at
      TUE12, P(("Gizo", 2), "Gizo"), cl="rec_at-gizo-deal"),
    E("after two days of talks", "talks", "CONSULT", None, ("Solomon Islands", "SLB", "GOV"), ("Papua New Guinea", "PNG", "GOV"),  # check_at
      wk("2027-W02"), P(("Gizo", 2), "Gizo"), cl=GZ),
    E("The talks followed the detention", "detention", "COERCE", "arrest", ("Solomon Islands police", "SLB", "COP"), ("14 Bougainvilleans", "PNG", "CVL"),
      mo("2026-11", bg=True), P("the Shortlands", "Shortland Islands"), cl="rec_at-shortlands-detention"),
    E("whose boat was stopped", "stopped", "COERCE", None, ("Solomon Islands police", "SLB", "COP"), ("boat", "PNG", "CVL"), mo("2026-11", bg=True),  # check_at: a stop of a boat (relabel49), the boat its recipient (recip45)
      P("the Shortlands", "Shortland Islands")),  # check_at
    E("They were released without charge", "released", "RETREAT", "release", None, ("They", "PNG", "CVL"), NOD, None),
    E("a ministerial delegation would visit", "visit", "CONSULT", "visit", ("a ministerial delegation", "SLB", "GOV"), ("Arawa", "PNG", "GOV"), mo("2027-04"),
      P("Arawa", "Arawa"), speaker="Solomon Islands' permanent secretary for foreign affairs, Ellen Pitanoe", mod="future"),
])

# ===== (c) riots, looting, clashes, curfews (16-22) =====

# 16 San Jose, Occidental Mindoro (Inquirer style). A crowd's torching and
# stoning of the power cooperative's office (PROTEST `riot`, the
# twenty-eighth session's crowd line), police tear gas (ASSAULT
# `crowd-control`), arrests, a curfew (COERCE `curfew`), injuries with no
# agent (decision 6: "were hurt" in the riot's sentence is its result).
SJ = "rec_at-sanjose-riot"
A('16', 'Philippine Daily Inquirer', '2027-01-12', "Power cut riot in Mindoro's San Jose: co-op office torched, curfew imposed",
  "Power cut riot in Mindoro's San Jose: co-op office torched, curfew imposed\n"
  "SAN JOSE, Occidental Mindoro - Hundreds of residents angered by week-long blackouts stoned and set fire to the office of the provincial electric cooperative in this southern Mindoro town on Monday night, police said.\n"
  "Police fired tear gas to disperse the crowd and arrested 17 people, said Lt. Col. Ramon Villarta, the town's police chief. Nine officers and at least six civilians were injured.\n"
  "The municipal council imposed a night curfew on Tuesday and banned gatherings of more than five people.\n"
  "Mayor Teresita Alcaraz, speaking on DZRH radio, blamed the cooperative for \"ignoring the people for months\" and called on the Department of Energy to take over the utility.\n"
  "Residents said some rioters also looted a hardware store near the office.", [
    E("Power cut riot in Mindoro", "riot", "PROTEST", "riot", None, None, MON11, P("San Jose", "San Jose"), cl=SJ),
    E("co-op office torched", "torched", "PROTEST", "riot", None, ("co-op office", "PHL", "BUS"), MON11, P("San Jose", "San Jose"), cl=SJ),  # check_at: headline placed by its own words
    E("curfew imposed\n", "curfew", "COERCE", "curfew", None, None, TUE12, P("San Jose", "San Jose"), cl="rec_at-sanjose-curfew"),  # check_at: headline placed by its own words
    E("stoned and set fire to the office", "stoned", "PROTEST", "riot", ("Hundreds of residents", "PHL", "CVL"),
      ("the office of the provincial electric cooperative", "PHL", "BUS"), MON11, P("this southern Mindoro town", "San Jose"), speaker="police", mod="reported", cl=SJ),
    E("Police fired tear gas", "tear gas", "ASSAULT", "crowd-control", ("Police", "PHL", "COP"), ("the crowd", "PHL", "CVL"), MON11, P(("SAN JOSE", 1), "San Jose"),
      speaker="Lt. Col. Ramon Villarta, the town's police chief", mod="reported"),
    E("arrested 17 people", "arrested", "COERCE", "arrest", ("Police", "PHL", "COP"), ("17 people", "PHL", "CVL"), MON11, P(("SAN JOSE", 1), "San Jose"),
      speaker="Lt. Col. Ramon Villarta, the town's police chief", mod="reported"),
    E("imposed a night curfew", "curfew", "COERCE", "curfew", ("The municipal council", "PHL", "GOV"), None, TUE12, P(("SAN JOSE", 1), "San Jose"),
      cl="rec_at-sanjose-curfew"),
    E("banned gatherings", "banned", "COERCE", "restrict", ("The municipal council", "PHL", "GOV"), None, TUE12, P(("SAN JOSE", 1), "San Jose")),
    E("blamed the cooperative", "blamed", "ACCUSE", "allege", ("Mayor Teresita Alcaraz", "PHL", "GOV"), ("the cooperative", "PHL", "BUS"), NOD, None,  # check_at
      relays=("DZRH radio",)),
    E("called on the Department of Energy", "called on", "REQUEST", "change", ("Mayor Teresita Alcaraz", "PHL", "GOV"), ("the Department of Energy", "PHL", "GOV"), NOD, None,
      relays=("DZRH radio",), mod="demanded"),
    E("some rioters also looted", "looted", "PROTEST", "vandalize", ("some rioters", "PHL", "CVL"), ("a hardware store", "PHL", "BUS"), MON11, P(("SAN JOSE", 1), "San Jose"),
      speaker="Residents", mod="reported"),
])

# 17 Victoria, Tamaulipas (El Universal style in English). A protest over
# a killing by police turns into a riot (PROTEST `riot`), a patrol car
# burned, the National Guard deployed (MOBILIZE `troops`), officers
# suspended (SANCTION; decision 7), a prosecutor's inquiry (ACCUSE
# `investigate`).
VT = "rec_at-victoria-riot"
A('17', 'Mexico News Daily', '2027-01-13', "Riot in Ciudad Victoria after man dies in police custody",
  "Riot in Ciudad Victoria after man dies in police custody\n"
  "Protesters clashed with state police in Ciudad Victoria, the capital of the northern border state of Tamaulipas, on Tuesday evening after a 24-year-old mechanic died in police custody, state officials said.\n"
  "A crowd of about 300 people marched to the state police headquarters, threw rocks at officers and burned a patrol car. Eleven police officers and four protesters were taken to hospital.\n"
  "The state government said 200 National Guard troops had been sent to the city overnight to restore order.\n"
  "Relatives say the man, Julio César Ibarra, was beaten by officers after his arrest on Sunday. The state prosecutor's office said it had opened an investigation, and the four officers involved were suspended on Wednesday.", [
    E("Riot in Ciudad Victoria", "Riot", "PROTEST", "riot", None, None, TUE12, P("Ciudad Victoria", "Victoria"), cl=VT),
    E("Protesters clashed with state police", "clashed", "PROTEST", "riot", ("Protesters", "MEX", "CVL"), ("state police", "MEX", "COP"), TUE12,
      P("Ciudad Victoria", "Victoria"), speaker="state officials", mod="reported", cl=VT),
    E("marched to the state police headquarters", "marched", "PROTEST", "demo", ("A crowd of about 300 people", "MEX", "CVL"), ("the state police headquarters", "MEX", "COP"),
      TUE12, P(("Ciudad Victoria", 2), "Victoria")),
    E("threw rocks at officers", "threw rocks", "PROTEST", "riot", ("A crowd of about 300 people", "MEX", "CVL"), ("officers", "MEX", "COP"), TUE12,
      P(("Ciudad Victoria", 2), "Victoria"), cl=VT),
    E("burned a patrol car", "burned", "PROTEST", "riot", ("A crowd of about 300 people", "MEX", "CVL"), ("a patrol car", "MEX", "COP"), TUE12,
      P(("Ciudad Victoria", 2), "Victoria"), cl=VT),
    E("200 National Guard troops had been sent", "sent", "MOBILIZE", "troops", ("200 National Guard troops", "MEX", "MIL"), None,  # check_at
      WED13, P("the city", "Victoria"), speaker="The state government", mod="reported"),  # check_at
    E("was beaten by officers", "beaten", "ASSAULT", "beat", ("officers", "MEX", "COP"), ("the man, Julio César Ibarra", "MEX", "CVL"), SUN10, None,
      speaker="Relatives", mod="reported"),
    E("after his arrest on Sunday", "arrest", "COERCE", "arrest", None, ("his", "MEX", "CVL"), SUN10, None, speaker="Relatives", mod="reported"),
    E("it had opened an investigation", "investigation", "ACCUSE", "investigate", ("it", "MEX", "JUD"), None, NOD, None,
      speaker="The state prosecutor's office", mod="reported"),
    E("officers involved were suspended", "suspended", "SANCTION", None, None, ("the four officers involved", "MEX", "COP"), WED13, None),
])

# 18 Córdoba, Veracruz (AP). Looting of supermarkets after a fuel price
# rise (PROTEST `vandalize`), a highway blockade (PROTEST `obstruct`),
# arrests, soldiers guarding stores (MOBILIZE), a governor's appeal.
CV = "rec_at-cordoba-looting"
A('18', 'AP', '2027-01-09', "Looters strip supermarkets in Mexico's Córdoba as fuel protests spread in Veracruz",
  "Looters strip supermarkets in Mexico's Córdoba as fuel protests spread in Veracruz\n"
  "CORDOBA, Mexico (AP) - Crowds looted three supermarkets and a department store in Córdoba, a city of 200,000 in the Gulf coast state of Veracruz, on Friday as protests against a 12% rise in petrol prices turned violent.\n"
  "State police arrested 42 people for looting, the Veracruz security secretary, Alfonso Mendiola, said late Friday.\n"
  "Earlier, truck drivers blocked the Córdoba-Orizaba highway for six hours, demanding the price rise be reversed.\n"
  "Army soldiers were posted outside shopping centres in the city on Saturday morning.\n"
  "Governor Marisol Arteaga's office appealed for calm and said those responsible for the looting \"will be punished\".", [
    E("Looters strip supermarkets", "strip", "PROTEST", "vandalize", ("Looters", "MEX", "CVL"), ("supermarkets", "MEX", "BUS"), FRI08, P("Córdoba", "Córdoba"), cl=CV),
    E("as fuel protests spread", "protests", "PROTEST", "demo", None, None, NOD, P("Veracruz", "Veracruz"), cl="rec_at-veracruz-fuel-protests"),
    E("Crowds looted three supermarkets", "looted", "PROTEST", "vandalize", ("Crowds", "MEX", "CVL"), ("three supermarkets and a department store", "MEX", "BUS"), FRI08,
      P("Córdoba", "Córdoba"), cl=CV),
    E("as protests against a 12% rise", "protests", "PROTEST", "riot", None, None, FRI08, P("Córdoba", "Córdoba"), cl="rec_at-cordoba-protests"),
    E("State police arrested 42 people", "arrested", "COERCE", "arrest", ("State police", "MEX", "COP"), ("42 people", "MEX", "CVL"), FRI08, P(("CORDOBA", 1), "Córdoba"),
      speaker="the Veracruz security secretary, Alfonso Mendiola", mod="reported"),
    E("truck drivers blocked the", "blocked", "PROTEST", "obstruct", ("truck drivers", "MEX", "LAB"), None, FRI08, P("the Córdoba-Orizaba highway", "Córdoba")),
    E("Army soldiers were posted", "posted", "MOBILIZE", "troops", ("Army soldiers", "MEX", "MIL"), None, SAT09, P("the city", "Córdoba")),
    E("appealed for calm", "appealed", "REQUEST", None, ("Governor Marisol Arteaga's office", "MEX", "GOV"), None, NOD, None, mod="demanded"),
    E("\"will be punished\"", "punished", "THREATEN", None, ("Governor Marisol Arteaga's office", "MEX", "GOV"), ("those responsible for the looting", "MEX", "CVL"), NOD, None,  # check_at
      speaker="Governor Marisol Arteaga's office", mod="threatened"),
])

# 19 Hyderabad, Sindh (Dawn style). Power-cut riots: a grid station
# stormed (PROTEST `riot`), a police station attacked, Rangers deployed
# (MOBILIZE `troops`), section 144 (COERCE `restrict`), a shooting death
# with no agent (ASSAULT), an opposition party's strike call (REQUEST).
HY = "rec_at-hyderabad-riot"
A('19', 'Dawn', '2027-01-14', "One killed as power-cut protesters storm grid station in Hyderabad; Rangers called in",
  "One killed as power-cut protesters storm grid station in Hyderabad; Rangers called in\n"
  "HYDERABAD, Sindh: A young man was shot dead and 23 people were injured on Wednesday when protesters angry at 16-hour power cuts stormed a grid station of the Hyderabad Electric Supply Company (Hesco) in the Qasimabad area and clashed with police.\n"
  "Protesters ransacked the control room and set fire to two company vehicles, a Hesco spokesperson said.\n"
  "Police said the man was killed by a bullet fired from the crowd, a claim his family rejected; they accused police of opening fire on the protesters.\n"
  "The Sindh home department called in the paramilitary Rangers to guard power installations in the city and imposed Section 144, banning gatherings of more than four people for a week.\n"
  "A local opposition party called for a shutter-down strike across Hyderabad on Friday.", [
    E("One killed as power-cut", "killed", "ASSAULT", "firearms", None, ("One", "PAK", "CVL"), WED13, P("Hyderabad", "Hyderabad"), cl="rec_at-qasimabad-killing"),  # check_at
    E("protesters storm grid station", "storm", "PROTEST", "riot", ("power-cut protesters", "PAK", "CVL"), ("grid station", "PAK", "BUS"), WED13, P("Hyderabad", "Hyderabad"), cl=HY),
    E("Rangers called in\n", "called in", "MOBILIZE", "troops", ("Rangers", "PAK", "MIL"), None, NOD, P("Hyderabad", "Hyderabad"), cl="rec_at-hyderabad-rangers"),  # check_at
    E("A young man was shot dead", "shot dead", "ASSAULT", "firearms", None, ("A young man", "PAK", "CVL"), WED13, P("the Qasimabad area", "Qasimabad"), cl="rec_at-qasimabad-killing"),
    E("stormed a grid station", "stormed", "PROTEST", "riot", ("protesters angry at 16-hour power cuts", "PAK", "CVL"),
      ("a grid station of the Hyderabad Electric Supply Company (Hesco)", "PAK", "BUS"), WED13, P("the Qasimabad area", "Qasimabad"), cl=HY),
    E("clashed with police", "clashed", "PROTEST", "riot", ("protesters angry at 16-hour power cuts", "PAK", "CVL"), ("police", "PAK", "COP"), WED13,
      P("the Qasimabad area", "Qasimabad")),
    E("Protesters ransacked the control room", "ransacked", "PROTEST", "riot", ("Protesters", "PAK", "CVL"), ("the control room", "PAK", "BUS"), WED13,
      P(("the Qasimabad area", 1), "Qasimabad"), speaker="a Hesco spokesperson", mod="reported", cl=HY),
    E("set fire to two company vehicles", "set fire", "PROTEST", "riot", ("Protesters", "PAK", "CVL"), ("two company vehicles", "PAK", "BUS"), WED13,
      P(("the Qasimabad area", 1), "Qasimabad"), speaker="a Hesco spokesperson", mod="reported"),
    E("the man was killed by a bullet", "killed", "ASSAULT", "firearms", ("the crowd", "PAK", "CVL"), ("the man", "PAK", "CVL"), WED13, P(("the Qasimabad area", 1), "Qasimabad"),
      speaker="Police", mod="reported", cl="rec_at-qasimabad-killing"),
    E("a claim his family rejected", "rejected", "REJECT", None, ("his family", "PAK", "CVL"), ("Police", "PAK", "COP"), NOD, None),
    E("they accused police", "accused", "ACCUSE", "allege", ("they", "PAK", "CVL"), ("police", "PAK", "COP"), NOD, None),
    E("police of opening fire", "opening fire", "ASSAULT", "firearms", ("police", "PAK", "COP"), ("the protesters", "PAK", "CVL"), WED13, P(("the Qasimabad area", 1), "Qasimabad"),
      speaker="they", mod="reported"),
    E("called in the paramilitary Rangers", "called in", "MOBILIZE", "troops", ("The Sindh home department", "PAK", "GOV"), ("the paramilitary Rangers", "PAK", "MIL"), NOD,
      P("the city", "Hyderabad"), cl="rec_at-hyderabad-rangers"),
    E("imposed Section 144", "imposed", "COERCE", "restrict", ("The Sindh home department", "PAK", "GOV"), None, NOD, P("the city", "Hyderabad")),
    E("called for a shutter-down strike", "called for", "REQUEST", None, ("A local opposition party", "PAK", "OPP"), None, NOD, None, mod="demanded"),
    E("called for a shutter-down strike", "strike", "PROTEST", "strike", ("A local opposition party", "PAK", "OPP"), None, FRI15, P("Hyderabad", "Hyderabad"), mod="future"),  # check_at: the called strike PROTEST `future` with its day (the guide's rec_x "Calls and concessions"; dev rec_aa-34, al-23, am-16, am-32, an-01, ao-20)
])

# 20 Santiago de los Caballeros (EFE). A transport strike against fuel
# prices (PROTEST `strike`), clashes with police (PROTEST `riot`), a
# protester shot (ASSAULT `firearms`), arrests; the police chief's denial.
ST = "rec_at-santiago-strike"
A('20', 'EFE', '2027-01-12', "One dead in clashes during Dominican fuel strike in Santiago",
  "One dead in clashes during Dominican fuel strike in Santiago\n"
  "SANTIAGO DE LOS CABALLEROS, Dominican Republic, Jan 12 (EFE) - A 19-year-old protester was shot dead on Monday during clashes between police and demonstrators in Santiago, the Dominican Republic's second city, on the first day of a 48-hour strike called by transport unions against fuel price rises.\n"
  "Demonstrators burned tyres and threw stones at police in the Cienfuegos and Pekín neighbourhoods, and officers responded with tear gas and rubber bullets, witnesses said.\n"
  "National Police spokesman Colonel Diego Pesqueira said 38 people had been detained in Santiago and that officers had not used live ammunition.\n"
  "The strike shut most shops and public transport in the northern Cibao region, the unions said. They vowed to continue on Tuesday unless the government froze prices.", [
    E("One dead in clashes", "clashes", "PROTEST", "riot", None, None, MON11, P("Santiago", "Santiago"), cl="rec_at-santiago-clashes"),
    E("during Dominican fuel strike", "strike", "PROTEST", "strike", None, None, MON11, P("Santiago", "Santiago"), cl=ST),  # check_at: headline placed by its own words
    E("protester was shot dead", "shot dead", "ASSAULT", "firearms", None, ("A 19-year-old protester", "DOM", "CVL"), MON11, P("Santiago", "Santiago"),
      cl="rec_at-santiago-killing"),
    E("during clashes between police", "clashes", "PROTEST", "riot", ("demonstrators", "DOM", "CVL"), ("police", "DOM", "COP"), MON11, P("Santiago", "Santiago"),
      cl="rec_at-santiago-clashes"),
    E("a 48-hour strike called by", "strike", "PROTEST", "strike", ("transport unions", "DOM", "LAB"), None, MON11, None, cl=ST),
    E("a 48-hour strike called by", "called", "REQUEST", None, ("transport unions", "DOM", "LAB"), None, NOD, None, mod="demanded"),  # check_at: a strike called by X is REQUEST (the guide's rec_x "Calls and concessions"; rec_am-17, an-02, an-11)
    E("Demonstrators burned tyres", "burned", "PROTEST", "riot", ("Demonstrators", "DOM", "CVL"), None, MON11, P("the Cienfuegos and Pekín neighbourhoods", "Santiago"),
      speaker="witnesses", mod="reported", cl="rec_at-santiago-clashes"),
    E("threw stones at police", "threw stones", "PROTEST", "riot", ("Demonstrators", "DOM", "CVL"), ("police", "DOM", "COP"), MON11,
      P("the Cienfuegos and Pekín neighbourhoods", "Santiago"), speaker="witnesses", mod="reported", cl="rec_at-santiago-clashes"),
    E("responded with tear gas", "tear gas", "ASSAULT", "crowd-control", ("officers", "DOM", "COP"), ("Demonstrators", "DOM", "CVL"), MON11, P("the Cienfuegos and Pekín neighbourhoods", "Santiago"),  # check_at
      speaker="witnesses", mod="reported"),
    E("38 people had been detained", "detained", "COERCE", "arrest", None, ("38 people", "DOM", "CVL"), MON11, P("Santiago", "Santiago"),
      speaker="National Police spokesman Colonel Diego Pesqueira", mod="reported"),
    E("officers had not used live", "used live ammunition", "ASSAULT", "firearms", ("officers", "DOM", "COP"), None, MON11, P("Santiago", "Santiago"),
      speaker="National Police spokesman Colonel Diego Pesqueira", mod="denied"),
    E("The strike shut most shops", "strike", "PROTEST", "strike", None, None, MON11, P("the northern Cibao region", "Santiago"), speaker="the unions", mod="reported", cl=ST),
    E("They vowed to continue", "vowed", "THREATEN", None, ("They", "DOM", "LAB"), ("the government", "DOM", "GOV"), NOD, None, mod="threatened"),  # check_at
])

# 21 Struga (MIA, North Macedonia's agency). Clashes after an arrest
# (PROTEST `riot`), a mosque youth group and police, a municipal building
# pelted, detentions, an apology by the interior minister for an officer's
# beating of a boy (CONCEDE), an officer suspended (SANCTION).
SG = "rec_at-struga-clashes"
A('21', 'MIA', '2027-01-15', "Clashes in Struga after arrest of youth; interior minister apologises for police beating",
  "Clashes in Struga after arrest of youth; interior minister apologises for police beating\n"
  "STRUGA, 15 January 2027 (MIA) - Dozens of young men clashed with police in the lakeside town of Struga on Thursday night after officers arrested a 16-year-old during an identity check, police said on Friday.\n"
  "The group threw bottles and firecrackers at police and broke windows of the municipal building; officers dispersed them with tear gas and detained nine people, the Ministry of Internal Affairs said.\n"
  "Video shared on social media showed an officer kicking the 16-year-old as he lay on the ground. Interior Minister Blerim Dauti apologised to the boy's family on Friday and said the officer had been suspended.\n"
  "\"There is no excuse for what we saw,\" he told a news conference in Skopje. Ethnic Albanian parties demanded his resignation.", [
    E("Clashes in Struga", "Clashes", "PROTEST", "riot", None, None, THU14, P("Struga", "Struga"), cl=SG),
    E("after arrest of youth", "arrest", "COERCE", "arrest", None, ("youth", "MKD", "CVL"), THU14, P("Struga", "Struga"), cl="rec_at-struga-arrest"),  # check_at: headline placed by its own words
    E("interior minister apologises", "apologises", "CONCEDE", None, ("interior minister", "MKD", "GOV"), None, FRI15, None, cl="rec_at-struga-apology"),
    E("for police beating", "beating", "ASSAULT", "beat", ("police", "MKD", "COP"), None, THU14, None, cl="rec_at-struga-beating"),
    E("young men clashed with police", "clashed", "PROTEST", "riot", ("Dozens of young men", "MKD", "CVL"), ("police", "MKD", "COP"), THU14, P("Struga", "Struga"),
      speaker="police", mod="reported", cl=SG),
    E("officers arrested a 16-year-old", "arrested", "COERCE", "arrest", ("officers", "MKD", "COP"), ("a 16-year-old", "MKD", "CVL"), THU14, P("Struga", "Struga"),
      speaker="police", mod="reported", cl="rec_at-struga-arrest"),
    E("The group threw bottles", "threw", "PROTEST", "riot", ("The group", "MKD", "CVL"), ("police", "MKD", "COP"), THU14, P(("Struga", 2), "Struga"),
      speaker="the Ministry of Internal Affairs", mod="reported", cl=SG),
    E("broke windows of the municipal building", "broke windows", "PROTEST", "riot", ("The group", "MKD", "CVL"), ("the municipal building", "MKD", "GOV"), THU14,
      P(("Struga", 2), "Struga"), speaker="the Ministry of Internal Affairs", mod="reported"),
    E("dispersed them with tear gas", "tear gas", "ASSAULT", "crowd-control", ("officers", "MKD", "COP"), ("them", "MKD", "CVL"), THU14, P(("Struga", 2), "Struga"),
      speaker="the Ministry of Internal Affairs", mod="reported"),
    E("detained nine people", "detained", "COERCE", "arrest", ("officers", "MKD", "COP"), ("nine people", "MKD", "CVL"), THU14, P(("Struga", 2), "Struga"),
      speaker="the Ministry of Internal Affairs", mod="reported"),
    E("an officer kicking the 16-year-old", "kicking", "ASSAULT", "beat", ("an officer", "MKD", "COP"), ("the 16-year-old", "MKD", "CVL"), THU14, P(("Struga", 2), "Struga"),
      speaker="Video shared on social media", mod="reported", cl="rec_at-struga-beating"),
    E("Dauti apologised to the boy's family", "apologised", "CONCEDE", None, ("Interior Minister Blerim Dauti", "MKD", "GOV"), ("the boy's family", "MKD", "CVL"), FRI15, None,
      cl="rec_at-struga-apology"),
    E("the officer had been suspended", "suspended", "SANCTION", None, None, ("the officer", "MKD", "COP"), NOD, None, speaker="Interior Minister Blerim Dauti", mod="reported"),
    E("Ethnic Albanian parties demanded", "demanded", "REQUEST", "change", ("Ethnic Albanian parties", "MKD", "OPP"), ("his", "MKD", "GOV"), NOD, None, mod="demanded"),
])

# 22 Fier (Top Channel / ATA style). Villagers protesting oil pollution
# block a road (PROTEST `obstruct`), clash with police (riot), an oil
# company's pumps set on fire, a minister's promise (AGREE) and the
# prosecutor's charges (ACCUSE).
FR = "rec_at-fier-oil-clash"
A('22', 'ATA', '2027-01-11', "Villagers clash with police near Fier over oil field pollution",
  "Villagers clash with police near Fier over oil field pollution\n"
  "FIER, Albania, Jan 11 (ATA) - Residents of the village of Zharrëz near Patos, in the Fier region, clashed with police on Sunday after blocking the road to an oil field for a third day to protest against pollution of their land and water.\n"
  "Protesters threw stones at officers who tried to remove the barricade, and some set fire to two oil pumps, the Fier police directorate said. Seven officers were hurt.\n"
  "Police detained 14 villagers, and the Fier prosecutor's office said on Monday it had charged five of them with violence against officials.\n"
  "The energy minister, Arben Kola, said the ministry would send inspectors to the field this week and would close any well found to be leaking.", [
    E("Villagers clash with police", "clash", "PROTEST", "riot", ("Villagers", "ALB", "CVL"), ("police", "ALB", "COP"), SUN10, P("Fier", "Fier"), cl=FR),
    E("clashed with police on Sunday", "clashed", "PROTEST", "riot", ("Residents of the village of Zharrëz near Patos", "ALB", "CVL"), ("police", "ALB", "COP"), SUN10,
      P(("Zharrëz", 1), "Zharrëz"), cl=FR),
    E("after blocking the road", "blocking", "PROTEST", "obstruct", ("Residents of the village of Zharrëz near Patos", "ALB", "CVL"), None, SUN10, P(("Zharrëz", 1), "Zharrëz"),
      cl="rec_at-fier-blockade"),
    E("Protesters threw stones at officers", "threw stones", "PROTEST", "riot", ("Protesters", "ALB", "CVL"), ("officers", "ALB", "COP"), SUN10, P(("Zharrëz", 1), "Zharrëz"),
      speaker="the Fier police directorate", mod="reported", cl=FR),
    E("who tried to remove the barricade", "remove", "COERCE", None, ("officers", "ALB", "COP"), None, SUN10, P(("Zharrëz", 1), "Zharrëz"), speaker="the Fier police directorate",
      mod="reported"),
    E("some set fire to two oil pumps", "set fire", "PROTEST", "riot", ("some", "ALB", "CVL"), ("two oil pumps", "ALB", "BUS"), SUN10, P(("Zharrëz", 1), "Zharrëz"),
      speaker="the Fier police directorate", mod="reported"),
    E("Police detained 14 villagers", "detained", "COERCE", "arrest", ("Police", "ALB", "COP"), ("14 villagers", "ALB", "CVL"), SUN10, P(("Zharrëz", 1), "Zharrëz")),
    E("it had charged five of them", "charged", "ACCUSE", "allege", ("it", "ALB", "JUD"), ("five of them", "ALB", "CVL"), MON11, P(("Fier", 4), "Fier"),
      speaker="the Fier prosecutor's office", mod="reported"),
    E("would send inspectors", "send inspectors", "ACCUSE", "investigate", ("the ministry", "ALB", "GOV"), None, wk("2027-W02"), None,
      speaker="The energy minister, Arben Kola", mod="future"),
    E("would close any well", "close", "COERCE", "restrict", ("the ministry", "ALB", "GOV"), None, NOD, None, speaker="The energy minister, Arben Kola", mod="conditional",  # check_at
      cond="found to be leaking"),
])

# ===== (d) concessions and support (23-27) =====

# 23 Naryn (24.kg style). Protesters jailed after a 2025 rally released
# under an amnesty (RETREAT `release`), a court's sentence recalled
# (SANCTION `convict`, background), the mining licence suspended after the
# protest (CONCEDE), a rights group's welcome (SUPPORT) and demand.
NR = "rec_at-naryn-release"
A('23', '24.kg', '2027-01-12', "Kyrgyz authorities free 11 jailed Naryn mine protesters",
  "Kyrgyz authorities free 11 jailed Naryn mine protesters\n"
  "BISHKEK, Jan 12 (24.kg) - Kyrgyz authorities on Monday released 11 villagers from the Naryn region who were jailed for taking part in a 2025 protest against a Chinese-run gold mine, under an amnesty approved by parliament last week, the penitentiary service said.\n"
  "A court in Naryn sentenced the 11 to between three and five years in prison in March 2026 for \"mass riots\" after villagers stormed the mine's camp and burned equipment in October 2025.\n"
  "The government suspended the mine's licence in November 2025 and ordered an environmental audit.\n"
  "The Kyrgyz human rights group Kylym Shamy welcomed the releases but urged the authorities to compensate the men and to drop the charges against two others still on trial.\n"
  "Relatives greeted the freed men outside the prison colony in Naryn on Monday evening.", [
    E("authorities free 11 jailed", "free", "RETREAT", "release", ("Kyrgyz authorities", "KGZ", "GOV"), ("11 jailed Naryn mine protesters", "KGZ", "CVL"), MON11, None, cl=NR),
    E("on Monday released 11 villagers", "released", "RETREAT", "release", ("Kyrgyz authorities", "KGZ", "GOV"), ("11 villagers from the Naryn region", "KGZ", "CVL"), MON11,
      P(("Naryn", 4), "Naryn"), speaker="the penitentiary service", mod="reported", cl=NR),
    E("were jailed for taking part", "jailed", "SANCTION", "convict", None, ("who", "KGZ", "CVL"), mo("2026-03", bg=True), None, speaker="the penitentiary service",
      mod="reported", cl="rec_at-naryn-sentence"),
    E("a 2025 protest against", "protest", "PROTEST", "riot", None, ("a Chinese-run gold mine", "CHN", "BUS"), mo("2025-10", bg=True), None, speaker="the penitentiary service",
      mod="reported", cl="rec_at-naryn-mine-riot"),
    E("under an amnesty approved by parliament", "amnesty", "RETREAT", "release", ("parliament", "KGZ", "LEG"), None, wk("2027-W01"), None, speaker="the penitentiary service",
      mod="reported"),
    E("A court in Naryn sentenced", "sentenced", "SANCTION", "convict", ("A court in Naryn", "KGZ", "JUD"), ("the 11", "KGZ", "CVL"), mo("2026-03", bg=True),
      P("Naryn", "Naryn"), cl="rec_at-naryn-sentence"),
    E("villagers stormed the mine's camp", "stormed", "PROTEST", "riot", ("villagers", "KGZ", "CVL"), ("the mine's camp", "CHN", "BUS"), mo("2025-10", bg=True), None,
      cl="rec_at-naryn-mine-riot"),
    E("burned equipment", "burned", "PROTEST", "riot", ("villagers", "KGZ", "CVL"), ("equipment", "CHN", "BUS"), mo("2025-10", bg=True), None, cl="rec_at-naryn-mine-riot"),  # check_at
    E("The government suspended the mine's", "suspended", "SANCTION", None, ("The government", "KGZ", "GOV"), ("the mine", "CHN", "BUS"), mo("2025-11", bg=True), None),
    E("ordered an environmental audit", "audit", "ACCUSE", "investigate", ("The government", "KGZ", "GOV"), ("the mine", "CHN", "BUS"), mo("2025-11", bg=True), None),
    E("Kylym Shamy welcomed the releases", "welcomed", "SUPPORT", None, ("The Kyrgyz human rights group Kylym Shamy", "KGZ", "NGO"), ("the authorities", "KGZ", "GOV"),
      NOD, None),
    E("urged the authorities to compensate", "urged", "REQUEST", "yield", ("The Kyrgyz human rights group Kylym Shamy", "KGZ", "NGO"), ("the authorities", "KGZ", "GOV"),
      NOD, None, mod="demanded"),
])

# 24 Maliana (Tatoli style, Timor-Leste's agency). A police commander
# resigns under pressure (RETREAT `resign`) after officers beat students
# (ASSAULT `beat`), the minister's apology (CONCEDE), detained students
# freed (RETREAT `release`), a parliamentary inquiry (ACCUSE
# `investigate` `future`).
ML = "rec_at-maliana-resign"
A('24', 'Tatoli', '2027-01-15', "Bobonaro police commander resigns after students beaten in Maliana",
  "Bobonaro police commander resigns after students beaten in Maliana\n"
  "DILI, Jan 15 (Tatoli) - The police commander of Timor-Leste's Bobonaro municipality, Superintendent Agostinho Soares, resigned on Thursday, a week after officers beat students protesting against school fees in the municipal capital, Maliana.\n"
  "Soares had refused to step down for days despite calls from lawmakers and the Catholic Church, but the National Police commander asked him to leave on Wednesday, a police spokesman said.\n"
  "The Minister of the Interior, Januário Belo, apologised to the students on Thursday in Maliana and promised that the officers involved would face disciplinary proceedings.\n"
  "Twenty-two students detained during the protest were freed on January 9.\n"
  "The national parliament will open an inquiry into the incident next week, its president said.", [
    E("police commander resigns", "resigns", "RETREAT", "resign", ("Bobonaro police commander", "TLS", "COP"), None, THU14, None, cl=ML),
    E("after students beaten in Maliana", "beaten", "ASSAULT", "beat", None, ("students", "TLS", "EDU"), d("2027-01-07", bg=True), P("Maliana", "Maliana"), cl="rec_at-maliana-beating"),  # check_at
    E("resigned on Thursday", "resigned", "RETREAT", "resign", ("The police commander of Timor-Leste's Bobonaro municipality, Superintendent Agostinho Soares", "TLS", "COP"),
      None, THU14, None, cl=ML),
    E("officers beat students protesting", "beat", "ASSAULT", "beat", ("officers", "TLS", "COP"), ("students protesting against school fees", "TLS", "EDU"), d("2027-01-07", bg=True),  # check_at
      P("Maliana", "Maliana"), cl="rec_at-maliana-beating"),
    E("students protesting against school fees", "protesting", "PROTEST", "demo", ("students", "TLS", "EDU"), None, d("2027-01-07", bg=True), P("Maliana", "Maliana"),  # check_at
      cl="rec_at-maliana-protest"),
    E("Soares had refused to step down", "refused", "REJECT", "change", ("Soares", "TLS", "COP"), ("lawmakers and the Catholic Church", "TLS", "LEG"), NOD, None, speaker="a police spokesman", mod="reported"),  # check_at
    E("despite calls from lawmakers", "calls", "REQUEST", "change", ("lawmakers and the Catholic Church", "TLS", "LEG"), ("Soares", "TLS", "COP"), NOD, None,
      speaker="a police spokesman", mod="demanded"),
    E("the National Police commander asked him", "asked", "REQUEST", "change", ("the National Police commander", "TLS", "COP"), ("him", "TLS", "COP"), WED13, None,
      speaker="a police spokesman", mod="demanded"),  # check_at
    E("Belo, apologised to the students", "apologised", "CONCEDE", None, ("The Minister of the Interior, Januário Belo", "TLS", "GOV"), ("the students", "TLS", "EDU"), THU14,
      P("Maliana", "Maliana")),
    E("would face disciplinary proceedings", "face disciplinary proceedings", "SANCTION", None, None, ("the officers involved", "TLS", "COP"), NOD, None,
      speaker="The Minister of the Interior, Januário Belo", mod="future"),
    E("Twenty-two students detained", "detained", "COERCE", "arrest", None, ("Twenty-two students", "TLS", "EDU"), d("2027-01-07", bg=True), None, cl="rec_at-maliana-detentions"),  # check_at
    E("were freed on January 9", "freed", "RETREAT", "release", None, ("Twenty-two students", "TLS", "EDU"), SAT09, None),
    E("will open an inquiry", "inquiry", "ACCUSE", "investigate", ("The national parliament", "TLS", "LEG"), None, wk("2027-W03"), None, speaker="its president", mod="future"),
])

# 25 Adré (WFP / UN agency copy). Aid convoys crossing from Chad into
# Darfur (AID), a convoy stopped by armed men (COERCE `restrict`), a
# grant by the EU (AID), Sudan's permission extended (CONCEDE), a call
# for access (REQUEST).
AD = "rec_at-adre-convoy"
A('25', 'UN News', '2027-01-13', "First WFP convoy of the year crosses from Adré into Darfur as EU pledges new grant",
  "First WFP convoy of the year crosses from Adré into Darfur as EU pledges new grant\n"
  "A convoy of 34 World Food Programme (WFP) trucks carrying 900 tonnes of sorghum, oil and lentils crossed from Adré in eastern Chad into Sudan's West Darfur on Tuesday, the agency said.\n"
  "Sudanese authorities extended permission to use the Adré crossing by three months last week, after aid agencies warned of famine in the region.\n"
  "A second convoy heading for Farchana refugee camp in Chad was stopped for eight hours by armed men at a checkpoint on Sunday and allowed through after talks, a WFP spokesperson said.\n"
  "The European Union announced a €45 million grant for food aid in Sudan and eastern Chad on Wednesday.\n"
  "WFP called on all parties to the conflict to guarantee safe passage for its trucks.", [
    E("WFP convoy of the year crosses", "convoy", "AID", None, ("WFP", None, "IGO"), None, TUE12, P("Adré", "Adré"), cl=AD),
    E("EU pledges new grant", "pledges", "AGREE", None, ("EU", None, "IGO"), None, WED13, None, cl="rec_at-eu-grant"),  # check_at
    E("crossed from Adré in eastern Chad", "crossed", "AID", None, ("A convoy of 34 World Food Programme (WFP) trucks", None, "IGO"), None, TUE12, P("Adré", "Adré"),
      speaker="the agency", mod="reported", cl=AD),
    E("Sudanese authorities extended permission", "extended permission", "CONCEDE", None, ("Sudanese authorities", "SDN", "GOV"), None, wk("2027-W01"), None),
    E("was stopped for eight hours", "stopped", "COERCE", "restrict", ("armed men", None, "UAF"), ("A second convoy heading for Farchana refugee camp in Chad", None, "IGO"),
      SUN10, None, speaker="a WFP spokesperson", mod="reported"),
    E("allowed through after talks", "allowed", "CONCEDE", None, ("armed men", None, "UAF"), None, SUN10, None, speaker="a WFP spokesperson", mod="reported"),
    E("allowed through after talks", "talks", "CONSULT", None, None, None, SUN10, None, speaker="a WFP spokesperson", mod="reported"),  # check_at: "after talks" CONSULT (dev rec_ag-33, ak-30, d-28)
    E("The European Union announced", "grant", "AID", None, ("The European Union", None, "IGO"), None, WED13, None, mod="future", cl="rec_at-eu-grant"),
    E("WFP called on all parties", "called on", "REQUEST", None, ("WFP", None, "IGO"), ("all parties to the conflict", "SDN", None), NOD, None, mod="demanded"),
])

# 26 Nieuw Nickerie (De Ware Tijd style). Patrol boats delivered by the
# Netherlands (AID, decision 8: a donated military good delivered is AID),
# a loan from the IDB (AID), a joint patrol agreed with Guyana (AGREE), a
# Guyanese trawler seized on the Corantijn (COERCE `seize`).
NN = "rec_at-nickerie-boats"
A('26', 'De Ware Tijd', '2027-01-14', "Suriname receives Dutch patrol boats for Corantijn river border",
  "Suriname receives Dutch patrol boats for Corantijn river border\n"
  "NIEUW NICKERIE - The Netherlands handed over two patrol boats to Suriname's coast guard at a ceremony in Nieuw Nickerie on Wednesday, part of a €12 million package to help Suriname police its western border with Guyana, the defence ministry in Paramaribo said.\n"
  "The Inter-American Development Bank (IDB) approved a US$30 million loan on Tuesday for a new coast guard station in the town, Surinamese Defence Minister Krishna Mathoera said at the ceremony.\n"
  "Mathoera said Suriname and Guyana had agreed to begin joint patrols on the Corantijn river in February.\n"
  "Suriname's coast guard seized a Guyanese fishing boat and detained its four crew on the river on Sunday for fishing without a permit, officials said.", [
    E("Suriname receives Dutch patrol boats", "receives", "AID", None, ("Dutch", "NLD", "GOV"), ("Suriname", "SUR", "GOV"), WED13, None, cl=NN),
    E("handed over two patrol boats", "handed over", "AID", None, ("The Netherlands", "NLD", "GOV"), ("Suriname's coast guard", "SUR", "MIL"), WED13,
      P("Nieuw Nickerie", "Nieuw Nickerie"), speaker="the defence ministry in Paramaribo", mod="reported", cl=NN),
    E("package to help Suriname", "help", "AID", None, ("The Netherlands", "NLD", "GOV"), ("Suriname", "SUR", "GOV"), NOD, None, speaker="the defence ministry in Paramaribo",
      mod="reported"),
    E("approved a US$30 million loan", "loan", "AID", None, ("The Inter-American Development Bank (IDB)", None, "IGO"), None, TUE12, None,
      speaker="Surinamese Defence Minister Krishna Mathoera", mod="reported"),
    E("had agreed to begin joint patrols", "agreed", "AGREE", None, ("Suriname", "SUR", "GOV"), ("Guyana", "GUY", "GOV"), NOD, None, speaker="Mathoera", mod="reported"),  # check_at
    E("coast guard seized a Guyanese fishing boat", "seized", "COERCE", "seize", ("Suriname's coast guard", "SUR", "MIL"), ("a Guyanese fishing boat", "GUY", "BUS"), SUN10,
      P("the river", "Corantijn"), speaker="officials", mod="reported", cl="rec_at-corantijn-seizure"),
    E("detained its four crew", "detained", "COERCE", "arrest", ("Suriname's coast guard", "SUR", "MIL"), ("its four crew", "GUY", "CVL"), SUN10, P("the river", "Corantijn"),
      speaker="officials", mod="reported", cl="rec_at-corantijn-seizure-crew"),
])

# 27 Marawi (Philippine News Agency / MindaNews style). A breakaway
# faction accepts a ceasefire (RETREAT `ceasefire`), hands over weapons
# (RETREAT `disarm`), soldiers pulled back (RETREAT `withdraw`), detained
# fighters released (RETREAT `release`), the army's earlier offensive
# recalled (ASSAULT, background).
MW = "rec_at-marawi-ceasefire"
A('27', 'MindaNews', '2027-01-16', "Breakaway Lanao group accepts ceasefire, turns over 40 rifles",
  "Breakaway Lanao group accepts ceasefire, turns over 40 rifles\n"
  "MARAWI CITY, Lanao del Sur - A breakaway armed group that had fought government troops in the hills east of Marawi since October accepted a ceasefire on Friday and turned over 40 rifles to the military, the provincial peace and order council said.\n"
  "In return, the army pulled back two battalions from the towns of Piagapo and Saguiaran and the provincial government released six of the group's members detained in November, council spokesman Abdul Hamid Macabando said.\n"
  "Troops had launched air and artillery strikes on the group's camps in late October after it ambushed a patrol, killing five soldiers.\n"
  "The group's leader said his fighters would join peace talks with the regional government \"if the promises are kept\".", [
    E("Breakaway Lanao group accepts ceasefire", "accepts", "RETREAT", "ceasefire", ("Breakaway Lanao group", "PHL", "REB"), ("government troops", "PHL", "MIL"), FRI15, None, cl=MW),
    E("turns over 40 rifles", "turns over", "RETREAT", "disarm", ("Breakaway Lanao group", "PHL", "REB"), None, FRI15, None, cl="rec_at-marawi-rifles"),
    E("accepted a ceasefire on Friday", "accepted", "RETREAT", "ceasefire", ("A breakaway armed group", "PHL", "REB"), ("government troops", "PHL", "MIL"), FRI15,
      P(("Marawi", 1), "Marawi"), speaker="the provincial peace and order council", mod="reported", cl=MW),
    E("fought government troops", "fought", "ASSAULT", None, ("A breakaway armed group", "PHL", "REB"), ("government troops", "PHL", "MIL"), mo("2026-10", bg=True),
      P("the hills east of Marawi", "Marawi"), speaker="the provincial peace and order council", mod="reported"),
    E("turned over 40 rifles", "turned over", "RETREAT", "disarm", ("A breakaway armed group", "PHL", "REB"), ("the military", "PHL", "MIL"), FRI15, P(("Marawi", 1), "Marawi"),
      speaker="the provincial peace and order council", mod="reported", cl="rec_at-marawi-rifles"),
    E("the army pulled back two battalions", "pulled back", "RETREAT", "withdraw", ("the army", "PHL", "MIL"), None, FRI15, P("Piagapo", "Marawi"),
      speaker="council spokesman Abdul Hamid Macabando", mod="reported"),
    E("the provincial government released six", "released", "RETREAT", "release", ("the provincial government", "PHL", "GOV"), ("six of the group's members", "PHL", "REB"),
      FRI15, None, speaker="council spokesman Abdul Hamid Macabando", mod="reported"),
    E("members detained in November", "detained", "COERCE", "arrest", None, ("six of the group's members", "PHL", "REB"), mo("2026-11", bg=True), None,
      speaker="council spokesman Abdul Hamid Macabando", mod="reported"),
    E("Troops had launched air and artillery strikes", "strikes", "ASSAULT", "aerial", ("Troops", "PHL", "MIL"), ("the group's camps", "PHL", "REB"), mo("2026-10", bg=True), None),
    E("after it ambushed a patrol", "ambushed", "ASSAULT", None, ("it", "PHL", "REB"), ("a patrol", "PHL", "MIL"), mo("2026-10", bg=True), None),
    E("his fighters would join peace talks", "peace talks", "CONSULT", None, ("his fighters", "PHL", "REB"), ("the regional government", "PHL", "GOV"), NOD, None,
      speaker="The group's leader", mod="conditional", cond="if the promises are kept"),
])

# ===== (e) sexual violence and abuses reported by the UN, NGOs, courts (28-32) =====

# 28 Irumu, Ituri (UN News). A UN mission report: militia fighters raped
# women (ASSAULT `sexual`), abducted others (ASSAULT `abduct`), an army
# soldier convicted (SANCTION `convict`), recalled dated attacks
# (background), the mission's demand (REQUEST).
IR = "rec_at-irumu-report"
A('28', 'UN News', '2027-01-14', "UN documents 120 cases of sexual violence by armed groups in Ituri's Irumu territory",
  "UN documents 120 cases of sexual violence by armed groups in Ituri's Irumu territory\n"
  "Armed groups in Irumu territory, in the Democratic Republic of the Congo's Ituri province, raped or sexually assaulted at least 120 women and girls between July and December 2026, the UN peacekeeping mission MONUSCO said in a report released on Wednesday.\n"
  "Most of the attacks were committed by fighters of the CODECO militia and the ADF during raids on villages, the report said. At least 35 women were abducted and held for weeks.\n"
  "In one attack on the village of Mambisa on 14 September, fighters raped 11 women, the mission said.\n"
  "A military court in Komanda convicted two Congolese soldiers of rape in November, one of only three convictions in the period.\n"
  "The mission called on the Congolese authorities to prosecute the perpetrators and to provide medical and psychological care for survivors.", [
    E("UN documents 120 cases", "sexual violence", "ASSAULT", "sexual", ("armed groups", "COD", "UAF"), None, yr("2026"), P("Irumu territory", "Irumu"), speaker="UN", mod="reported",
      cl="rec_at-irumu-sexual-violence"),
    E("raped or sexually assaulted at least 120", "raped", "ASSAULT", "sexual", ("Armed groups in Irumu territory", "COD", "UAF"), ("at least 120 women and girls", "COD", "CVL"),
      yr("2026"), P("Irumu territory", "Irumu"), speaker="the UN peacekeeping mission MONUSCO", mod="reported", cl="rec_at-irumu-sexual-violence"),
    E("Most of the attacks were committed", "attacks", "ASSAULT", "sexual", ("fighters of the CODECO militia and the ADF", "COD", "UAF"), None, yr("2026"), None,
      speaker="the report", mod="reported", cl="rec_at-irumu-sexual-violence"),
    E("during raids on villages", "raids", "ASSAULT", None, ("fighters of the CODECO militia and the ADF", "COD", "UAF"), ("villages", "COD", "CVL"), yr("2026"), None,  # check_at
      speaker="the report", mod="reported"),
    E("At least 35 women were abducted", "abducted", "ASSAULT", "abduct", None, ("At least 35 women", "COD", "CVL"), yr("2026"), None, speaker=("the report", 1), mod="reported"),  # check_at
    E("In one attack on the village", "attack", "ASSAULT", None, None, ("the village of Mambisa", "COD", "CVL"), d("2026-09-14", bg=True), P("Mambisa", "Mambisa"),
      speaker="the mission", mod="reported", cl="rec_at-mambisa-attack"),
    E("fighters raped 11 women", "raped", "ASSAULT", "sexual", ("fighters", "COD", "UAF"), ("11 women", "COD", "CVL"), d("2026-09-14", bg=True), P("Mambisa", "Mambisa"),
      speaker="the mission", mod="reported"),
    E("A military court in Komanda convicted", "convicted", "SANCTION", "convict", ("A military court in Komanda", "COD", "JUD"), ("two Congolese soldiers", "COD", "MIL"),
      mo("2026-11", bg=True), P("Komanda", "Komanda")),
    E("convicted two Congolese soldiers of rape", "rape", "ASSAULT", "sexual", ("two Congolese soldiers", "COD", "MIL"), None, NOD, None),
    E("The mission called on the Congolese", "called on", "REQUEST", None, ("The mission", None, "IGO"), ("the Congolese authorities", "COD", "GOV"), NOD, None, mod="demanded"),
])

# 29 Bangassou (Radio Ndeke Luka style). A criminal court in Bangassou
# convicts three soldiers of rape (SANCTION `convict`), the rapes recalled
# with their date (ASSAULT `sexual`, background), an acquittal (SANCTION
# `negated`, decision 10), the defence's appeal (ACCUSE `allege` `future`).
BG = "rec_at-bangassou-trial"
A('29', 'Radio Ndeke Luka', '2027-01-15', "Bangassou court jails three soldiers for rape of displaced women",
  "Bangassou court jails three soldiers for rape of displaced women\n"
  "BANGASSOU, Central African Republic - A criminal court sitting in Bangassou on Thursday sentenced three soldiers of the Central African armed forces (FACA) to 15 years in prison for raping four women at a camp for displaced people in the town in April 2026.\n"
  "A fourth soldier was acquitted for lack of evidence.\n"
  "The soldiers had entered the camp at night and threatened the women with their rifles, a lawyer for the victims, Maître Clarisse Ndakala, said after the verdict.\n"
  "\"This verdict shows that no uniform puts anyone above the law,\" she said.\n"
  "Defence lawyers said they would appeal. The UN mission, MINUSCA, which supported the victims during the trial, welcomed the ruling.", [
    E("court jails three soldiers", "jails", "SANCTION", "convict", ("Bangassou court", "CAF", "JUD"), ("three soldiers", "CAF", "MIL"), THU14, P("Bangassou", "Bangassou"), cl=BG),
    E("for rape of displaced women", "rape", "ASSAULT", "sexual", ("three soldiers", "CAF", "MIL"), ("displaced women", "CAF", "REF"), mo("2026-04", bg=True), None,
      cl="rec_at-bangassou-rapes"),
    E("sentenced three soldiers", "sentenced", "SANCTION", "convict", ("A criminal court sitting in Bangassou", "CAF", "JUD"),
      ("three soldiers of the Central African armed forces (FACA)", "CAF", "MIL"), THU14, P("Bangassou", "Bangassou"), cl=BG),
    E("for raping four women", "raping", "ASSAULT", "sexual", ("three soldiers of the Central African armed forces (FACA)", "CAF", "MIL"), ("four women", "CAF", "REF"),
      mo("2026-04", bg=True), P("a camp for displaced people in the town", "Bangassou"), cl="rec_at-bangassou-rapes"),
    E("A fourth soldier was acquitted", "acquitted", "SANCTION", "convict", None, ("A fourth soldier", "CAF", "MIL"), THU14, P(("BANGASSOU", 1), "Bangassou"), mod="negated"),
    E("The soldiers had entered the camp", "entered", "COERCE", None, ("The soldiers", "CAF", "MIL"), ("the camp", "CAF", "REF"), mo("2026-04", bg=True), P("the camp", "Bangassou"),
      speaker="a lawyer for the victims, Maître Clarisse Ndakala", mod="reported", cl="rec_at-bangassou-rapes-entry"),
    E("threatened the women with their rifles", "threatened", "THREATEN", "violence", ("The soldiers", "CAF", "MIL"), ("the women", "CAF", "REF"), mo("2026-04", bg=True),
      P("the camp", "Bangassou"), speaker="a lawyer for the victims, Maître Clarisse Ndakala", mod="threatened"),  # check_at
    E("Defence lawyers said they would appeal", "appeal", "ACCUSE", "allege", ("they", "CAF", "CVL"), None, NOD, None,  # check_at
      speaker="Defence lawyers", mod="future"),
    E("which supported the victims", "supported", "AID", None, ("The UN mission, MINUSCA", None, "IGO"), ("the victims", "CAF", "REF"), NOD, None),  # check_at
    E("welcomed the ruling", "welcomed", "SUPPORT", None, ("The UN mission, MINUSCA", None, "IGO"), None, NOD, None),
])

# 30 Zalingei (Human Rights Watch report told by a wire). Paramilitary
# fighters raped women in Zalingei's camps (ASSAULT `sexual`, reported by
# the NGO), looted (COERCE `seize`: armed men, not a crowd), a denial by
# the force, a call for sanctions (REQUEST).
ZL = "rec_at-zalingei-hrw"
A('30', 'AFP', '2027-01-13', "Rights group says paramilitary fighters raped dozens of women in Sudan's Zalingei",
  "Rights group says paramilitary fighters raped dozens of women in Sudan's Zalingei\n"
  "NAIROBI, Jan 13 (AFP) - Paramilitary fighters raped at least 40 women and girls during an offensive on Zalingei, the capital of Sudan's Central Darfur state, in November, Human Rights Watch said in a report on Wednesday.\n"
  "The New York-based group said fighters went from house to house in the Hasahisa camp for displaced people, looting livestock and abducting young men, and that survivors had been threatened to keep silent.\n"
  "A spokesman for the paramilitary force denied the accusations, calling them \"fabrications by enemies of the revolution\".\n"
  "Human Rights Watch called on the UN Security Council to impose sanctions on the commanders responsible and urged the African Union to send investigators.", [
    E("fighters raped dozens of women", "raped", "ASSAULT", "sexual", ("paramilitary fighters", "SDN", "UAF"), ("dozens of women", "SDN", "CVL"), mo("2026-11", bg=True),
      P("Zalingei", "Zalingei"), speaker="Rights group", mod="reported", cl=ZL),
    E("Paramilitary fighters raped at least 40", "raped", "ASSAULT", "sexual", ("Paramilitary fighters", "SDN", "UAF"), ("at least 40 women and girls", "SDN", "CVL"),
      mo("2026-11", bg=True), P("Zalingei", "Zalingei"), speaker="Human Rights Watch", mod="reported", cl=ZL),
    E("during an offensive on Zalingei", "offensive", "ASSAULT", None, ("Paramilitary fighters", "SDN", "UAF"), ("Zalingei", "SDN", "CVL"), mo("2026-11", bg=True),
      P("Zalingei", "Zalingei"), speaker="Human Rights Watch", mod="reported"),
    E("looting livestock", "looting", "COERCE", "seize", ("fighters", "SDN", "UAF"), None, mo("2026-11", bg=True), P("the Hasahisa camp for displaced people", "Zalingei"),
      speaker="The New York-based group", mod="reported"),
    E("abducting young men", "abducting", "ASSAULT", "abduct", ("fighters", "SDN", "UAF"), ("young men", "SDN", "REF"), mo("2026-11", bg=True),
      P("the Hasahisa camp for displaced people", "Zalingei"), speaker="The New York-based group", mod="reported"),
    E("survivors had been threatened", "threatened", "THREATEN", None, None, ("survivors", "SDN", "REF"), NOD, None, speaker="The New York-based group", mod="threatened"),  # check_at
    E("denied the accusations", "denied", "REJECT", None, ("A spokesman for the paramilitary force", "SDN", "UAF"), None, NOD, None),  # check_at
    E("calling them \"fabrications", "fabrications", "ACCUSE", "disapprove", ("A spokesman for the paramilitary force", "SDN", "UAF"), None, NOD, None),
    E("called on the UN Security Council", "called on", "REQUEST", None, ("Human Rights Watch", None, "NGO"), ("the UN Security Council", None, "IGO"), NOD, None, mod="demanded"),
    E("urged the African Union", "urged", "REQUEST", "assist", ("Human Rights Watch", None, "NGO"), ("the African Union", None, "IGO"), NOD, None, mod="demanded"),
])

# 31 Nebaj (Prensa Libre style). A trial of retired soldiers for rapes of
# Ixil women in 1982-83 (dated recollections, background), testimony
# (reported), a guilty verdict expected (SANCTION `future`), a veterans'
# group's rejection and a protest outside the court in Guatemala City.
NB = "rec_at-nebaj-trial"
A('31', 'Prensa Libre', '2027-01-12', "Ixil women testify against ex-soldiers in Nebaj rape trial",
  "Ixil women testify against ex-soldiers in Nebaj rape trial\n"
  "GUATEMALA CITY - Five Ixil Maya women told a high-risk court in Guatemala City on Monday that soldiers raped them at an army outpost near Nebaj, in the western department of Quiché, in 1982, during the country's civil war.\n"
  "The three defendants, retired soldiers now in their sixties, are charged with crimes against humanity. Prosecutors say the army used rape systematically against Ixil communities in 1982 and 1983.\n"
  "One witness said soldiers detained her with her mother in a raid on the village of Salquil Grande in March 1982 and held them for 23 days.\n"
  "A verdict is expected in February, the court said.\n"
  "About 50 members of a veterans' association protested outside the courthouse on Monday, calling the trial \"revenge\" against the army.", [
    E("women testify against ex-soldiers", "testify", "ACCUSE", "allege", ("Ixil women", "GTM", "CVL"), ("ex-soldiers", "GTM", "MIL"), MON11, None, cl="rec_at-nebaj-testimony"),
    E("in Nebaj rape trial", "rape", "ASSAULT", "sexual", None, None, yr("1982"), P("Nebaj", "Nebaj"), cl="rec_at-nebaj-rapes"),
    E("women told a high-risk court", "told", "ACCUSE", "allege", ("Five Ixil Maya women", "GTM", "CVL"), ("soldiers", "GTM", "MIL"), MON11, P("Guatemala City", "Guatemala City"),
      cl="rec_at-nebaj-testimony"),
    E("soldiers raped them", "raped", "ASSAULT", "sexual", ("soldiers", "GTM", "MIL"), ("them", "GTM", "CVL"), yr("1982"), P("an army outpost near Nebaj", "Nebaj"),
      speaker="Five Ixil Maya women", mod="reported", cl="rec_at-nebaj-rapes"),
    E("are charged with crimes against humanity", "charged", "ACCUSE", "allege", None, ("The three defendants, retired soldiers now in their sixties", "GTM", "MIL"), NOD, None),
    E("the army used rape systematically", "rape", "ASSAULT", "sexual", ("the army", "GTM", "MIL"), ("Ixil communities", "GTM", "CVL"), yr("1982"), None,
      speaker="Prosecutors", mod="reported"),
    E("soldiers detained her with her mother", "detained", "COERCE", "arrest", ("soldiers", "GTM", "MIL"), ("her with her mother", "GTM", "CVL"), mo("1982-03", bg=True),
      P("the village of Salquil Grande", "Salquil Grande"), speaker="One witness", mod="reported"),
    E("in a raid on the village", "raid", "ASSAULT", None, ("soldiers", "GTM", "MIL"), ("the village of Salquil Grande", "GTM", "CVL"), mo("1982-03", bg=True),
      P("the village of Salquil Grande", "Salquil Grande"), speaker="One witness", mod="reported"),
    E("A verdict is expected", "verdict", "ACCUSE", "allege", ("the court", "GTM", "JUD"), None, mo("2027-02"), None, speaker="the court", mod="future"),  # check_at
    E("members of a veterans' association protested", "protested", "PROTEST", "demo", ("About 50 members of a veterans' association", "GTM", "MIL"),
      ("the courthouse", "GTM", "JUD"), MON11, P(("Guatemala City", 1), "Guatemala City")),
    E("calling the trial \"revenge\"", "calling", "ACCUSE", "disapprove", ("About 50 members of a veterans' association", "GTM", "MIL"), None, MON11,  # check_at
      P(("Guatemala City", 1), "Guatemala City")),
])

# 32 Dawei (Myanmar Now style). A women's rights group reports rapes by
# soldiers in villages of Tanintharyi region (ASSAULT `sexual`), village
# burnings (ASSAULT `destroy`), forced labour (COERCE), the junta's
# denial, a call on ASEAN.
DW = "rec_at-dawei-report"
A('32', 'Myanmar Now', '2027-01-16', "Women's group accuses soldiers of raping villagers near Dawei",
  "Women's group accuses soldiers of raping villagers near Dawei\n"
  "Myanmar soldiers raped at least nine women in villages of Dawei district, in the southern Tanintharyi region, during operations against resistance forces between October and December, the Tavoyan Women's Union said in a report on Friday.\n"
  "The group said troops also burned more than 200 homes in the village of Thayetchaung Ywa Thit on November 20 and forced villagers to carry ammunition as porters.\n"
  "A spokesman for the military council could not be reached. The council has previously denied that its troops commit sexual violence.\n"
  "The group urged ASEAN to press Myanmar's military to allow an independent investigation.", [
    E("Women's group accuses soldiers", "accuses", "ACCUSE", "allege", ("Women's group", "MMR", "NGO"), ("soldiers", "MMR", "MIL"), FRI15, None, cl="rec_at-dawei-accusation"),
    E("of raping villagers near Dawei", "raping", "ASSAULT", "sexual", ("soldiers", "MMR", "MIL"), ("villagers", "MMR", "CVL"), NOD, P("Dawei", "Dawei"),
      speaker="Women's group", mod="reported", cl="rec_at-dawei-rapes"),
    E("Myanmar soldiers raped at least nine", "raped", "ASSAULT", "sexual", ("Myanmar soldiers", "MMR", "MIL"), ("at least nine women", "MMR", "CVL"), yr("2026"),
      P("Dawei district", "Dawei"), speaker="the Tavoyan Women's Union", mod="reported", cl="rec_at-dawei-rapes"),
    E("during operations against resistance", "operations", "ASSAULT", None, ("Myanmar soldiers", "MMR", "MIL"), ("resistance forces", "MMR", "REB"), yr("2026"),
      P("the southern Tanintharyi region", "Tanintharyi"), speaker="the Tavoyan Women's Union", mod="reported"),
    E("troops also burned more than 200 homes", "burned", "ASSAULT", "destroy", ("troops", "MMR", "MIL"), ("the village of Thayetchaung Ywa Thit", "MMR", "CVL"),
      d("2026-11-20", bg=True), P("the village of Thayetchaung Ywa Thit", "Dawei"), speaker="The group", mod="reported"),
    E("forced villagers to carry ammunition", "forced", "COERCE", None, ("troops", "MMR", "MIL"), ("villagers", "MMR", "CVL"), d("2026-11-20", bg=True),
      P("the village of Thayetchaung Ywa Thit", "Dawei"), speaker="The group", mod="reported"),
    E("its troops commit sexual violence", "sexual violence", "ASSAULT", "sexual", ("its troops", "MMR", "MIL"), None, NOD, None, speaker="The council", mod="denied"),
    E("The group urged ASEAN", "urged", "REQUEST", None, ("The group", "MMR", "NGO"), ("ASEAN", None, "IGO"), NOD, None, mod="demanded"),
])

# ===== (f) regional and local news (33-40) =====

# 33 Gharm (Asia-Plus / RFE-style). Tajik police detain relatives of a
# religious activist (COERCE `arrest`), a house search, a rally by women
# (PROTEST `demo`), an internet cut in the valley (COERCE `censor`), a
# rights monitor's demand.
GH = "rec_at-gharm-detentions"
A('33', 'Asia-Plus', '2027-01-15', "Tajik police detain six relatives of exiled activist in Gharm",
  "Tajik police detain six relatives of exiled activist in Gharm\n"
  "DUSHANBE, Jan 15 (Asia-Plus) - Tajik police detained six relatives of an exiled opposition activist in the town of Gharm in the Rasht valley on Wednesday and searched their homes, a relative who was not detained told Asia-Plus by phone.\n"
  "About 30 women gathered outside the district police station on Thursday to demand their release, residents said. Police dispersed them after an hour.\n"
  "Mobile internet in the valley has been cut since Wednesday evening, residents said.\n"
  "The Interior Ministry said the six were questioned as witnesses in a criminal case and that four had been released. It did not comment on the internet outage.\n"
  "The Norwegian Helsinki Committee called on Dushanbe to stop persecuting the families of government critics abroad.", [
    E("Tajik police detain six", "detain", "COERCE", "arrest", ("Tajik police", "TJK", "COP"), ("six relatives of exiled activist", "TJK", "CVL"), WED13, P("Gharm", "Gharm"), cl=GH),
    E("Tajik police detained six", "detained", "COERCE", "arrest", ("Tajik police", "TJK", "COP"), ("six relatives of an exiled opposition activist", "TJK", "CVL"), WED13,
      P("the town of Gharm", "Gharm"), speaker="a relative who was not detained", mod="reported", cl=GH),
    E("searched their homes", "searched", "COERCE", None, ("Tajik police", "TJK", "COP"), ("their homes", "TJK", "CVL"), WED13, P("the town of Gharm", "Gharm"),
      speaker="a relative who was not detained", mod="reported"),
    E("About 30 women gathered outside", "gathered", "PROTEST", "demo", ("About 30 women", "TJK", "CVL"), ("the district police station", "TJK", "COP"), THU14,
      P("the district police station", "Gharm"), speaker="residents", mod="reported"),
    E("Police dispersed them", "dispersed", "ASSAULT", "crowd-control", ("Police", "TJK", "COP"), ("them", "TJK", "CVL"), THU14, P(("the district police station", 1), "Gharm"),  # check_at
      speaker=("residents", 1), mod="reported"),
    E("Mobile internet in the valley has been cut", "cut", "COERCE", "censor", None, None, WED13, P("the valley", "Rasht valley"), speaker="residents", mod="reported"),
    E("the six were questioned as witnesses", "questioned", "ACCUSE", "investigate", None, ("the six", "TJK", "CVL"), NOD, None, speaker="The Interior Ministry", mod="reported"),
    E("four had been released", "released", "RETREAT", "release", None, ("four", "TJK", "CVL"), NOD, None, speaker="The Interior Ministry", mod="reported"),
    E("It did not comment", "did not comment", "REJECT", None, ("It", "TJK", "GOV"), None, NOD, None),  # check_at: relabel62 (c), a ministry declining comment on the internet cut
    E("called on Dushanbe", "called on", "REQUEST", "yield", ("The Norwegian Helsinki Committee", "NOR", "NGO"), ("Dushanbe", "TJK", "GOV"), NOD, None, mod="demanded"),  # check_at
])

# 34 Kokopo (Post-Courier style). A provincial government sacks striking
# health workers (COERCE), the workers' union strike (PROTEST `strike`),
# a sit-in at the provincial headquarters (recipient the seat, relabel67),
# police removing the sit-in, a court order (COERCE `restrict`) and an
# offer of talks (AGREE).
KK = "rec_at-kokopo-strike"
A('34', 'Post-Courier', '2027-01-12', "East New Britain health workers strike over unpaid allowances",
  "East New Britain health workers strike over unpaid allowances\n"
  "KOKOPO - More than 400 nurses and health workers in East New Britain province stopped work on Monday to demand allowances they say have been unpaid for eight months, closing outpatient services at Nonga hospital near Rabaul and at rural health centres.\n"
  "About 150 strikers staged a sit-in at the provincial government headquarters in Kokopo until police removed them in the afternoon.\n"
  "Provincial administrator Wilson Kaputin said the strike was illegal and that workers who did not return by Wednesday would be suspended without pay. He said the province was ready to meet union leaders on Thursday.\n"
  "The PNG Nurses Association said it would take the provincial government to court.", [
    E("health workers strike over unpaid", "strike", "PROTEST", "strike", ("East New Britain health workers", "PNG", "HLH"), None, MON11, P("East New Britain", "East New Britain"), cl=KK),
    E("health workers in East New Britain province stopped work", "stopped work", "PROTEST", "strike",
      ("More than 400 nurses and health workers in East New Britain province", "PNG", "HLH"), None, MON11, P("East New Britain province", "East New Britain"), cl=KK),
    E("strikers staged a sit-in", "sit-in", "PROTEST", "demo", ("About 150 strikers", "PNG", "HLH"), ("the provincial government headquarters in Kokopo", "PNG", "GOV"), MON11,
      P("Kokopo", "Kokopo")),
    E("until police removed them", "removed", "COERCE", None, ("police", "PNG", "COP"), ("them", "PNG", "HLH"), MON11, P("Kokopo", "Kokopo")),
    E("the strike was illegal", "illegal", "ACCUSE", "disapprove", ("Provincial administrator Wilson Kaputin", "PNG", "GOV"), None, NOD, None),
    E("would be suspended without pay", "suspended", "THREATEN", None, ("Provincial administrator Wilson Kaputin", "PNG", "GOV"),
      ("workers who did not return by Wednesday", "PNG", "HLH"), NOD, None, speaker="Provincial administrator Wilson Kaputin", mod="threatened"),
    E("the province was ready to meet", "ready", "AGREE", None, ("the province", "PNG", "GOV"), ("union leaders", "PNG", "LAB"), NOD, None, speaker="He", mod="reported"),  # check_at
    E("it would take the provincial government to court", "take", "ACCUSE", "allege", ("it", "PNG", "LAB"), ("the provincial government", "PNG", "GOV"), NOD, None,
      speaker="The PNG Nurses Association", mod="future"),
])

# 35 Tupiza (Opinión / ABI style). Bolivian police clear a road blockade
# by cooperative miners (PROTEST `obstruct`, COERCE), clashes (riot), a
# miner killed (ASSAULT, no agent), detentions, a dialogue agreed (AGREE)
# and the ombudsman's call.
TP = "rec_at-tupiza-blockade"
A('35', 'Opinión', '2027-01-14', "Bolivian police clear miners' blockade near Tupiza; one dead",
  "Bolivian police clear miners' blockade near Tupiza; one dead\n"
  "TUPIZA, Bolivia - Bolivian police used tear gas on Wednesday to clear a blockade by cooperative miners on the highway between Tupiza and Villazón, in southern Potosí department, and one miner died in the clashes, the Ombudsman's Office said.\n"
  "The miners had blocked the road for five days to demand that the government revoke a decree restricting mining concessions along the San Juan del Oro river.\n"
  "Police said 27 miners were detained and that 14 officers were injured by dynamite charges thrown by the protesters.\n"
  "Late on Wednesday, the mining ministry and the miners' federation agreed to hold talks in Tupiza on Friday. The Ombudsman's Office urged both sides to refrain from violence.", [
    E("Bolivian police clear miners' blockade", "clear", "COERCE", None, ("Bolivian police", "BOL", "COP"), ("miners' blockade", "BOL", "LAB"), WED13, P("Tupiza", "Tupiza"), cl=TP),
    E("used tear gas on Wednesday", "tear gas", "ASSAULT", "crowd-control", ("Bolivian police", "BOL", "COP"), None, WED13, P("the highway between Tupiza and Villazón", "Tupiza"),
      speaker="the Ombudsman's Office", mod="reported"),
    E("to clear a blockade", "clear", "COERCE", None, ("Bolivian police", "BOL", "COP"), ("a blockade by cooperative miners", "BOL", "LAB"), WED13,
      P("the highway between Tupiza and Villazón", "Tupiza"), speaker="the Ombudsman's Office", mod="reported", cl=TP),
    E("one miner died in the clashes", "clashes", "PROTEST", "riot", None, None, WED13, P("the highway between Tupiza and Villazón", "Tupiza"),
      speaker="the Ombudsman's Office", mod="reported"),
    E("The miners had blocked the road", "blocked", "PROTEST", "obstruct", ("The miners", "BOL", "LAB"), None, NOD, P(("the highway between Tupiza and Villazón", 1), "Tupiza"),
      cl="rec_at-tupiza-road-block"),
    E("a decree restricting mining", "restricting", "COERCE", "restrict", ("the government", "BOL", "GOV"), None, NOD, None),
    E("27 miners were detained", "detained", "COERCE", "arrest", None, ("27 miners", "BOL", "LAB"), WED13, P(("the highway between Tupiza and Villazón", 1), "Tupiza"),
      speaker="Police", mod="reported"),
    E("dynamite charges thrown by the protesters", "thrown", "PROTEST", "riot", ("the protesters", "BOL", "LAB"), ("14 officers", "BOL", "COP"), WED13,
      P(("the highway between Tupiza and Villazón", 1), "Tupiza"), speaker="Police", mod="reported"),
    E("federation agreed to hold talks", "agreed", "AGREE", None, ("the mining ministry", "BOL", "GOV"), ("the miners' federation", "BOL", "LAB"),  # check_at
      WED13, None),
    E("urged both sides to refrain", "urged", "REQUEST", None, ("The Ombudsman's Office", "BOL", "GOV"), ("both sides", "BOL", None), NOD, None, mod="demanded"),  # check_at: ombudsman GOV (dev 5 of 7)
])

# 36 Tillabéri (ActuNiger / ANP style). The region and its capital share a
# name (the town named "the town of Tillabéri"): Nigerien soldiers arrest
# suspects (COERCE `arrest`), an attack on a village (ASSAULT), a
# motorbike ban extended (COERCE `restrict`).  # check_at: no militia is disbanded in the text
TL = "rec_at-tillaberi-arrests"
A('36', 'ActuNiger', '2027-01-11', "Niger army arrests 18 suspects after attack on Tillabéri village",
  "Niger army arrests 18 suspects after attack on Tillabéri village\n"
  "NIAMEY, Jan 11 (ActuNiger) - Nigerien soldiers arrested 18 suspected jihadist collaborators in the Tillabéri region on Saturday, two days after gunmen on motorbikes killed 11 villagers in Dinkim, about 40 kilometres north of the town of Tillabéri, the defence ministry said.\n"
  "Troops also destroyed two camps and seized weapons and motorbikes during the operation, the ministry said in a statement read on state television.\n"
  "The governor of Tillabéri region, Colonel Ibrahim Moussa, extended a ban on motorbike traffic in six departments of the region for three months.\n"
  "Local officials said residents of Dinkim had fled to the town of Tillabéri after the attack, fearing new raids.", [
    E("Niger army arrests 18 suspects", "arrests", "COERCE", "arrest", ("Niger army", "NER", "MIL"), ("18 suspects", "NER", "CVL"), SAT09, None, cl=TL),
    E("after attack on Tillabéri village", "attack", "ASSAULT", "firearms", None, ("Tillabéri village", "NER", "CVL"), THU07, P("Tillabéri", "Tillabéri"), cl="rec_at-dinkim-attack"),  # check_at
    E("Nigerien soldiers arrested 18", "arrested", "COERCE", "arrest", ("Nigerien soldiers", "NER", "MIL"), ("18 suspected jihadist collaborators", "NER", "CVL"), SAT09,
      P("the Tillabéri region", "Tillabéri"), speaker="the defence ministry", mod="reported", cl=TL),
    E("gunmen on motorbikes killed 11 villagers", "killed", "ASSAULT", "firearms", ("gunmen on motorbikes", None, "UAF"), ("11 villagers", "NER", "CVL"), THU07,  # check_at
      P("Dinkim", "Dinkim"), speaker="the defence ministry", mod="reported", cl="rec_at-dinkim-attack"),
    E("Troops also destroyed two camps", "destroyed", "ASSAULT", "destroy", ("Troops", "NER", "MIL"), ("two camps", "NER", "REB"), SAT09, P(("the Tillabéri region", 1), "Tillabéri"),
      speaker="the ministry", relays=("state television",), mod="reported"),
    E("seized weapons and motorbikes", "seized", "COERCE", "seize", ("Troops", "NER", "MIL"), None, SAT09, P(("the Tillabéri region", 1), "Tillabéri"),
      speaker="the ministry", relays=("state television",), mod="reported"),
    E("Moussa, extended a ban", "extended", "COERCE", "restrict", ("The governor of Tillabéri region, Colonel Ibrahim Moussa", "NER", "GOV"), None, NOD,
      P("six departments of the region", "Tillabéri")),
])

# 37 Bijeljina (N1 / FENA style). A Bosnian Serb police raid on an
# opposition office (COERCE), a councillor detained, a protest outside the
# police station, the state prosecutor's takeover of the case, the
# EU delegation's concern (ACCUSE `disapprove`).
BJ = "rec_at-bijeljina-raid"
A('37', 'FENA', '2027-01-13', "Police raid opposition office in Bijeljina, detain councillor",
  "Police raid opposition office in Bijeljina, detain councillor\n"
  "BIJELJINA, Jan 13 (FENA) - Police of Bosnia's Serb-run Republika Srpska entity searched the Bijeljina office of an opposition party on Tuesday and detained a city councillor, Mladen Savić, on suspicion of abuse of office, the district prosecutor's office said.\n"
  "Several hundred opposition supporters protested outside the city police station on Tuesday evening, demanding his release.\n"
  "Party leader Milica Jovanović-Kostić called the raid \"political revenge\" for the party's criticism of the city's budget.\n"
  "Savić was released on Wednesday after questioning. The EU delegation in Sarajevo said it was concerned by what it called the intimidation of the opposition.", [
    E("Police raid opposition office", "raid", "COERCE", None, ("Police", "BIH", "COP"), ("opposition office", "BIH", "OPP"), TUE12, P("Bijeljina", "Bijeljina"), cl=BJ),
    E("detain councillor", "detain", "COERCE", "arrest", ("Police", "BIH", "COP"), ("councillor", "BIH", "OPP"), TUE12, P("Bijeljina", "Bijeljina"), cl="rec_at-savic-detention"),  # check_at: headline placed by its own words
    E("searched the Bijeljina office", "searched", "COERCE", None, ("Police of Bosnia's Serb-run Republika Srpska entity", "BIH", "COP"),
      ("the Bijeljina office of an opposition party", "BIH", "OPP"), TUE12, P("Bijeljina", "Bijeljina"), speaker="the district prosecutor's office", mod="reported", cl=BJ),
    E("detained a city councillor", "detained", "COERCE", "arrest", ("Police of Bosnia's Serb-run Republika Srpska entity", "BIH", "COP"),
      ("a city councillor, Mladen Savić", "BIH", "OPP"), TUE12, P(("BIJELJINA", 1), "Bijeljina"), speaker="the district prosecutor's office", mod="reported",
      cl="rec_at-savic-detention"),
    E("opposition supporters protested outside", "protested", "PROTEST", "demo", ("Several hundred opposition supporters", "BIH", "OPP"),
      ("the city police station", "BIH", "COP"), TUE12, P(("BIJELJINA", 1), "Bijeljina")),
    E("called the raid \"political revenge\"", "called", "ACCUSE", "disapprove", ("Party leader Milica Jovanović-Kostić", "BIH", "OPP"), None, NOD, None),
    E("Savić was released on Wednesday", "released", "RETREAT", "release", None, ("Savić", "BIH", "OPP"), WED13, P(("BIJELJINA", 1), "Bijeljina")),
    E("it was concerned by what it called", "concerned", "ACCUSE", "disapprove", ("it", None, "IGO"), None, NOD, None, speaker="The EU delegation in Sarajevo", mod="reported"),
])

# 38 Roseau (Dominica News Online style). A Caribbean capital that shares
# no name: an opposition march to parliament (PROTEST `demo`, recipient
# the seat, relabel70 (1)), a scuffle (PROTEST `riot`), an opposition
# leader arrested and charged, the OECS's appeal; Dominican demonyms.
RO = "rec_at-roseau-march"
A('38', 'Dominica News Online', '2027-01-15', "Opposition leader arrested after scuffles at Roseau march",
  "Opposition leader arrested after scuffles at Roseau march\n"
  "ROSEAU, Dominica - Police arrested the leader of the opposition United Workers Party (UWP), Desmond Lestrade, on Thursday after scuffles broke out when about 2,000 marchers tried to enter the grounds of the House of Assembly in Roseau.\n"
  "The march to parliament was called to demand electoral reform before the next general election.\n"
  "Lestrade was charged with incitement and released on bail on Thursday night, his lawyer said.\n"
  "Police Commissioner Lennox Durand said officers had been pushed and punched by marchers and that two were treated in hospital.\n"
  "The Organisation of Eastern Caribbean States (OECS) called on Dominicans to resolve their differences \"through dialogue, not confrontation\".", [
    E("Opposition leader arrested", "arrested", "COERCE", "arrest", None, ("Opposition leader", "DMA", "OPP"), THU14, P("Roseau", "Roseau"), cl="rec_at-lestrade-arrest"),  # check_at: headline placed by its own words
    E("after scuffles at Roseau march", "scuffles", "PROTEST", "riot", None, None, THU14, P("Roseau", "Roseau"), cl="rec_at-roseau-scuffles"),
    E("at Roseau march", "march", "PROTEST", "demo", None, None, THU14, P("Roseau", "Roseau"), cl=RO),
    E("Police arrested the leader", "arrested", "COERCE", "arrest", ("Police", "DMA", "COP"),
      ("the leader of the opposition United Workers Party (UWP), Desmond Lestrade", "DMA", "OPP"), THU14, P(("Roseau", 2), "Roseau"), cl="rec_at-lestrade-arrest"),
    E("after scuffles broke out", "scuffles", "PROTEST", "riot", ("about 2,000 marchers", "DMA", "OPP"), None, THU14, P(("Roseau", 2), "Roseau"), cl="rec_at-roseau-scuffles"),
    E("tried to enter the grounds", "enter", "PROTEST", "riot", ("about 2,000 marchers", "DMA", "OPP"), ("the House of Assembly", "DMA", "LEG"), THU14,
      P(("Roseau", 2), "Roseau")),
    E("The march to parliament", "march", "PROTEST", "demo", None, ("parliament", "DMA", "LEG"), THU14, P(("Roseau", 2), "Roseau"), cl=RO),
    E("The march to parliament", "called", "REQUEST", None, None, None, NOD, None, mod="demanded"),  # check_at: "The march was called by the Tavini" REQUEST, undated (rec_x, rec_ag check)
    E("Lestrade was charged", "charged", "ACCUSE", "allege", None, ("Lestrade", "DMA", "OPP"), THU14, P(("Roseau", 2), "Roseau"), speaker="his lawyer", mod="reported"),
    E("released on bail", "released", "RETREAT", "release", None, ("Lestrade", "DMA", "OPP"), THU14, P(("Roseau", 2), "Roseau"), speaker="his lawyer", mod="reported"),
    E("officers had been pushed and punched", "punched", "ASSAULT", "beat", ("marchers", "DMA", "OPP"), ("officers", "DMA", "COP"), THU14, P(("Roseau", 2), "Roseau"),
      speaker="Police Commissioner Lennox Durand", mod="reported"),
    E("called on Dominicans", "called on", "REQUEST", None, ("The Organisation of Eastern Caribbean States (OECS)", None, "IGO"), ("Dominicans", "DMA", None), NOD, None,
      mod="demanded"),
])

# 39 Ayaviri (La República style). A province named Melgar whose capital
# is Ayaviri; Peruvian farmers' strike (PROTEST `strike`), a bridge
# blocked, police clearing it, an attack on the prosecutor's office
# (PROTEST `riot`), a state of emergency (COERCE `martial-law`), a
# minister's visit announced (CONSULT `visit` `future`).
AY = "rec_at-ayaviri-strike"
A('39', 'La República', '2027-01-16', "State of emergency in Puno's Melgar province after protesters burn prosecutor's office in Ayaviri",
  "State of emergency in Puno's Melgar province after protesters burn prosecutor's office in Ayaviri\n"
  "AYAVIRI, Peru - The Peruvian government on Friday declared a 30-day state of emergency in Melgar province, in the southern Puno region, after protesters set fire to the prosecutor's office in the provincial capital, Ayaviri, on Thursday.\n"
  "Alpaca farmers have been on an indefinite strike since Monday against a planned copper mine on the Llallimayo river, blocking the bridge at the entrance to the town.\n"
  "Police cleared the bridge on Thursday morning, firing tear gas; the crowd then marched to the prosecutor's office, where 14 farmers had been taken, and set it on fire.\n"
  "The 14 were released on Thursday evening, their lawyer said. Interior Minister Raúl Cárdenas said he would travel to Ayaviri next week to meet farmers' leaders.", [
    E("State of emergency in Puno's", "State of emergency", "COERCE", "martial-law", None, None, FRI15, P("Melgar province", "Melgar"), cl="rec_at-melgar-emergency"),
    E("after protesters burn prosecutor's", "burn", "PROTEST", "riot", ("protesters", "PER", "CVL"), ("prosecutor's office", "PER", "JUD"), THU14, P("Ayaviri", "Ayaviri"),
      cl="rec_at-ayaviri-fire"),
    E("government on Friday declared", "declared", "COERCE", "martial-law", ("The Peruvian government", "PER", "GOV"), None, FRI15, P("Melgar province", "Melgar"),
      cl="rec_at-melgar-emergency"),
    E("protesters set fire to the prosecutor's", "set fire", "PROTEST", "riot", ("protesters", "PER", "CVL"), ("the prosecutor's office", "PER", "JUD"), THU14,
      P("Ayaviri", "Ayaviri"), cl="rec_at-ayaviri-fire"),
    E("on an indefinite strike since Monday", "strike", "PROTEST", "strike", ("Alpaca farmers", "PER", "CVL"), None, MON11, P("the town", "Ayaviri"), cl=AY),
    E("blocking the bridge at the entrance", "blocking", "PROTEST", "obstruct", ("Alpaca farmers", "PER", "CVL"), None, MON11, P("the town", "Ayaviri")),
    E("Police cleared the bridge", "cleared", "COERCE", None, ("Police", "PER", "COP"), None, THU14, P(("Ayaviri", 2), "Ayaviri")),
    E("firing tear gas", "tear gas", "ASSAULT", "crowd-control", ("Police", "PER", "COP"), None, THU14, P(("Ayaviri", 2), "Ayaviri")),
    E("the crowd then marched", "marched", "PROTEST", "demo", ("the crowd", "PER", "CVL"), ("the prosecutor's office", "PER", "JUD"), THU14, P(("Ayaviri", 2), "Ayaviri")),
    E("where 14 farmers had been taken", "taken", "COERCE", "arrest", None, ("14 farmers", "PER", "CVL"), THU14, P(("Ayaviri", 2), "Ayaviri")),
    E("and set it on fire", "set it on fire", "PROTEST", "riot", ("the crowd", "PER", "CVL"), ("it", "PER", "JUD"), THU14, P(("Ayaviri", 2), "Ayaviri"), cl="rec_at-ayaviri-fire"),
    E("The 14 were released", "released", "RETREAT", "release", None, ("The 14", "PER", "CVL"), THU14, P(("Ayaviri", 2), "Ayaviri"), speaker="their lawyer", mod="reported"),
    E("he would travel to Ayaviri", "travel", "CONSULT", "visit", ("he", "PER", "GOV"), ("farmers' leaders", "PER", "CVL"), wk("2027-W03"), P(("Ayaviri", 3), "Ayaviri"),
      speaker="Interior Minister Raúl Cárdenas", mod="future"),
])

# 40 Kampot (Khmer Times / CamboJA style). Kampot town and province share
# a name; Cambodian police detain land activists (COERCE `arrest`), a
# court charges them, the eviction (COERCE `deport`), military police
# demolishing houses (COERCE, check_at: rec_an-30), a UN rapporteur's call.
KP = "rec_at-kampot-land"
A('40', 'CamboJA News', '2027-01-14', "Cambodian police detain four land activists in Kampot",
  "Cambodian police detain four land activists in Kampot\n"
  "PHNOM PENH - Police in Kampot province detained four villagers from Trapeang Ropov commune on Tuesday after they led a protest against the eviction of 120 families for a tourism project on the coast, a local rights group said.\n"
  "The Kampot provincial court charged the four with incitement on Wednesday, their lawyer said.\n"
  "Military police demolished about 30 houses in the commune on Monday, residents said, and the provincial authorities have ordered the remaining families to leave by January 31.\n"
  "The UN special rapporteur on Cambodia urged the government to halt the evictions and release the activists.", [
    E("police detain four land activists", "detain", "COERCE", "arrest", ("Cambodian police", "KHM", "COP"), ("four land activists", "KHM", "CVL"), TUE12, P("Kampot", "Kampot"),
      cl=KP),
    E("Police in Kampot province detained", "detained", "COERCE", "arrest", ("Police in Kampot province", "KHM", "COP"), ("four villagers from Trapeang Ropov commune", "KHM", "CVL"),
      TUE12, P("Trapeang Ropov commune", "Kampot"), speaker="a local rights group", mod="reported", cl=KP),
    E("they led a protest against", "protest", "PROTEST", "demo", ("they", "KHM", "CVL"), None, NOD, P("Trapeang Ropov commune", "Kampot"), speaker="a local rights group",
      mod="reported"),
    E("the eviction of 120 families", "eviction", "COERCE", "deport", None, ("120 families", "KHM", "CVL"), NOD, None, speaker="a local rights group", mod="reported"),
    E("provincial court charged the four", "charged", "ACCUSE", "allege", ("The Kampot provincial court", "KHM", "JUD"), ("the four", "KHM", "CVL"), WED13,
      P("Kampot", "Kampot"), speaker="their lawyer", mod="reported"),
    E("Military police demolished", "demolished", "COERCE", None, ("Military police", "KHM", "COP"), ("about 30 houses", "KHM", "CVL"), MON11,  # check_at
      P("the commune", "Kampot"), speaker="residents", mod="reported"),
    E("ordered the remaining families to leave", "ordered", "COERCE", "deport", ("the provincial authorities", "KHM", "GOV"), ("the remaining families", "KHM", "CVL"), NOD,
      None, speaker="residents", mod="reported"),
    E("urged the government to halt", "urged", "REQUEST", "yield", ("The UN special rapporteur on Cambodia", None, "IGO"), ("the government", "KHM", "GOV"), NOD, None,
      mod="demanded"),
])

# --- end of articles ---


def waiting_sources() -> set[str]:
    """The sets waiting in blind/ beside rec_at: the sources of every other
    blind/rec_*.jsonl are passed to ``check_unused`` as ``extra``."""
    sources = set()
    for path in Path(__file__).resolve().parent.glob("rec_*.jsonl"):
        if path.name != "rec_at.jsonl":
            sources |= {json.loads(line)["source"]
                        for line in path.read_text(encoding="utf-8").splitlines()}
    return sources


def main():
    check_unused(BATCH, extra=waiting_sources())  # the record sets, the waiting sets and read_docs.txt
    assert all(a["source"] == "own" for a in BATCH.articles)
    BATCH.write()


if __name__ == "__main__":
    main()
