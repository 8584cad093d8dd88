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
# dated act); the village checkpoint MOBILIZE (decision 1).
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
      speaker="The Tajik foreign ministry", mod="reported"),
    E("soldiers had set up a new checkpoint", "set up", "MOBILIZE", "troops", ("soldiers", "TJK", "MIL"), None, NOD, P("Namadgut", "Namadgut"),
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
    E("foreign ministry called the move", "called", "ACCUSE", "disapprove", ("China's foreign ministry", "CHN", "GOV"), (("Japan", 2), "JPN", "GOV"), NOD, None,
      cl="rec_at-yonaguni-china-protest"),
    E("Beijing had lodged a protest", "lodged a protest", "ACCUSE", "disapprove", ("Beijing", "CHN", "GOV"), ("Tokyo", "JPN", "GOV"), NOD, None,
      speaker="China's foreign ministry", mod="reported", cl="rec_at-yonaguni-china-protest"),
    E("rejected the criticism", "rejected", "REJECT", None, ("A Japanese government spokesman, Hiroshi Tanabe", "JPN", "GOV"), (("China's foreign ministry", 1), "CHN", "GOV"), NOD, None),
    E("islanders rallied outside", "rallied", "PROTEST", "demo", ("around 60 islanders", "JPN", "CVL"), ("the town office of Yonaguni", "JPN", "GOV"), TUE12,
      P(("Yonaguni", "islanders rallied"), "Yonaguni")),
])

# 03 Basco, Batanes (Philippine News Agency). Joint exercises of two states
# COOPERATE (the development gold's "joint exercises"; single-country drills
# MOBILIZE); the US rocket system flown in MOBILIZE `weapons`; the Chinese
# coast guard shadowing (decision 2: no act on a party told, not labelled).
BX = "rec_at-batanes-exercise"
A('03', 'Philippine News Agency', '2027-01-11', "PH, US troops open joint exercise in Batanes",
  "PH, US troops open joint exercise in Batanes\n"
  "BASCO, Batanes, Jan 11 (PNA) - Some 1,200 Filipino and American soldiers on Monday began a two-week joint exercise in Batanes, the northernmost province of the Philippines, facing the Luzon Strait.\n"
  "The US Marine Corps flew a rocket launcher system into Basco airport on Sunday for live-fire drills at sea, the Armed Forces of the Philippines (AFP) said.\n"
  "Philippine Navy ships will also patrol the waters north of the island group during the drills, AFP spokesperson Col. Marites Dumlao said.\n"
  "She said the Philippines had informed neighbouring countries of the exercise \"as a matter of transparency\".\n"
  "The Chinese embassy in Manila said in a statement that the drills \"heighten tensions\" and urged Manila not to \"invite outside forces\" into the region.", [
    E("PH, US troops open joint", "exercise", "COOPERATE", None, ("PH, US troops", "PHL", "MIL"), ("US", "USA", "MIL"), MON11, P("Batanes", "Batanes"), cl=BX),
    E("began a two-week joint exercise", "exercise", "COOPERATE", None, ("Some 1,200 Filipino and American soldiers", "PHL", "MIL"), None, MON11,
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
    E("she had raised the matter", "raised", "CONSULT", None, ("she", "GUY", "GOV"), ("the Caribbean Community", None, "IGO"), NOD, None,
      speaker="Guyana's foreign minister, Natasha Ramdin", mod="reported"),
    E("asked the Organization of American States", "asked", "REQUEST", "assist", ("she", "GUY", "GOV"), ("the Organization of American States", None, "IGO"), NOD, None,
      speaker="Guyana's foreign minister, Natasha Ramdin", mod="reported"),
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
    E("Malian army pulls out", "pulls out", "RETREAT", "withdraw", ("Malian army", "MLI", "MIL"), None, THU14, None, cl=AW),
    E("jihadists move in", "move in", "COERCE", "seize", ("jihadists", "MLI", "REB"), None, THU14, None, cl="rec_at-ansongo-occupied"),
    E("Malian soldiers withdrew", "withdrew", "RETREAT", "withdraw", ("Malian soldiers", "MLI", "MIL"), None, THU14, P("Ansongo", "Ansongo"),
      speaker="local officials and a security source", mod="reported", cl=AW),
    E("occupied it within hours", "occupied", "COERCE", "seize", ("fighters of a jihadist group linked to Al-Qaeda", "MLI", "REB"), None, THU14, P(("Ansongo", 2), "Ansongo"),
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
# and its denial, an EU monitors' patrol (decision 3: monitoring MOBILIZE
# not labelled unless deployed).
JA = "rec_at-jermuk-alert"
A('06', 'Armenpress', '2027-01-12', "Armenia puts forces on alert near Jermuk, calls up reservists",
  "Armenia puts forces on alert near Jermuk, calls up reservists\n"
  "YEREVAN, Jan 12 (Armenpress) - Armenia's defence ministry on Tuesday put its units in the southern province of Vayots Dzor on high alert and called up 2,000 reservists for a month of training, after what it said was Azerbaijani shelling of positions near the resort town of Jermuk overnight.\n"
  "Mortar rounds damaged a military post and a road but caused no casualties, ministry spokeswoman Anahit Sargsyan said.\n"
  "Azerbaijan's defence ministry denied that its forces had opened fire and accused Armenian units of firing at Azerbaijani positions first.\n"
  "The European Union's monitoring mission said its patrols would visit the area on Wednesday.\n"
  "Prime Minister's office spokesman Aram Davtyan said Armenia had asked Russia and France to \"use their influence\" to prevent an escalation.", [
    E("Armenia puts forces on alert", "alert", "MOBILIZE", "troops", ("Armenia", "ARM", "GOV"), None, TUE12, None, cl=JA),
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
    E("its patrols would visit", "visit", "MOBILIZE", None, ("its patrols", None, "IGO"), None, WED13, None,
      speaker="The European Union's monitoring mission", mod="future"),
    E("Armenia had asked Russia and France", "asked", "REQUEST", "assist", ("Armenia", "ARM", "GOV"), ("Russia and France", "RUS", "GOV"), NOD, None,
      speaker="Prime Minister's office spokesman Aram Davtyan", mod="reported"),
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
    E("\"will not stand by\"", "will not stand by", "THREATEN", "violence", ("the army", "SRB", "MIL"), ("Kosovo", "XKX", "GOV"), NOD, None,
      speaker="Defence Minister Dragan Ilić", relays=("a televised address",), mod="threatened"),
    E("Serb civilians in northern Kosovo were attacked", "attacked", "ASSAULT", None, None, ("Serb civilians in northern Kosovo", "SRB", "CVL"), NOD, None,
      speaker="Defence Minister Dragan Ilić", relays=("a televised address",), mod="hypothetical"),
    E("the police reinforcements were deployed", "deployed", "MOBILIZE", "police", ("the police reinforcements", "XKX", "COP"), None, SAT16, P(("Jarinje", 1), "Jarinje"),
      speaker="Kosovo's interior ministry", mod="reported", cl="rec_at-jarinje-police"),
    E("it had increased patrols", "increased patrols", "MOBILIZE", "troops", ("it", None, "IGO"), None, NOD, None,
      speaker="NATO's peacekeeping force KFOR", mod="reported"),
    E("called on both sides", "called on", "REQUEST", None, ("NATO's peacekeeping force KFOR", None, "IGO"), ("both sides", "SRB", "GOV"), NOD, None, mod="demanded"),
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
    E("Polish and Lithuanian troops will hold", "exercise", "COOPERATE", None, ("Polish and Lithuanian troops", "POL", "MIL"), ("Lithuanian", "LTU", "MIL"),
      mo("2027-03"), P("the area", "Suwałki"), speaker="Zieliński", mod="future"),
    E("Lithuania's defence ministry welcomed", "welcomed", "SUPPORT", None, ("Lithuania's defence ministry", "LTU", "MIL"), (("Poland", 2), "POL", "GOV"), NOD, None),
    E("Moscow would \"take adequate measures\"", "take adequate measures", "THREATEN", None, ("Moscow", "RUS", "GOV"), (("Poland", 2), "POL", "GOV"), NOD, None,
      speaker="Russia's embassy in Warsaw", mod="threatened"),
    E("Belarus's army began snap drills", "drills", "MOBILIZE", "troops", ("Belarus's army", "BLR", "MIL"), None, THU14, None,
      speaker="the Belarusian defence ministry", mod="reported"),
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
