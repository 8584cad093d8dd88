# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""DOCSTRING"""

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
    # cities500 (GeoNames), approximate; districts, villages and regions as noted
    'Vanadzor': (40.81, 44.49),
    'YEREVAN': (40.18, 44.51),
    'Zagatala': (41.63, 46.64),
    'Balakan': (41.73, 46.40),
    'Baku': (40.41, 49.87),
    'Telavi': (41.92, 45.47),
    'Savannakhet': (16.55, 104.75),
    'Xaybouly district': (16.70, 104.95),  # district of Savannakhet province (approximate)
    'Kampong Cham': (12.00, 105.46),
    'Chamkar Leu district': (12.25, 105.15),  # district of Kampong Cham (approximate)
}

BATCH = Batch("rec_ap", PLACES, out=Path(__file__).resolve().with_name("rec_ap.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

# --- own texts (all forty: the real-text pool holds no unused political news) ---

WED2 = d("2026-12-02")
THU3 = d("2026-12-03")
FRI4 = d("2026-12-04")
SAT5 = d("2026-12-05")
SUN6 = d("2026-12-06")
MON7 = d("2026-12-07")
TUE8 = d("2026-12-08")
WED9 = d("2026-12-09")
THU10 = d("2026-12-10")
W49 = wk("2026-W49")  # Monday 30 November - Sunday 6 December
W50 = wk("2026-W50")  # Monday 7 - Sunday 13 December

# ===== (a) translated state media and regional outlets (01-12) =====

# Vanadzor (Armenia), Armenpress style, Tuesday 8 December: officialese
# ("informs", "It should be noted", dates "on the 7th of December"). The
# detention COERCE `arrest` (headline and body, one cluster; placed at
# Vanadzor, the town the sentence names), the arson it is suspected of
# ASSAULT `destroy` (the building its recipient, recip45; "the 6th"), the
# criminal proceeding ACCUSE `investigate` (undated perfect, rule 3), the
# Investigative Committee's petition REQUEST `demanded`, the community
# head's condemnation ACCUSE `disapprove` and call REQUEST, the October
# picket PROTEST `demo` and its "demanding" REQUEST (background, month).
VA = "rec_ap-vanadzor-detention"
A('01', 'Armenpress', '2026-12-08', "Vanadzor: three detained on suspicion of arson at community administration building",
  "Vanadzor: three detained on suspicion of arson at community administration building\n"
  "YEREVAN, DECEMBER 8, ARMENPRESS. On the 7th of December, officers of the Lori Regional Police Department, with the participation of the National Security Service, detained three residents of Vanadzor suspected of setting fire to the entrance of the Vanadzor community administration building, the press service of the Police informs.\n"
  "According to the source, the incident took place at around 02:30 on the 6th. The door and windows of the building's ground floor were damaged; no one was injured.\n"
  "A criminal proceeding has been initiated under Article 256 of the Criminal Code (deliberate destruction of property). The Investigative Committee has petitioned the court to apply detention as a measure of restraint against the suspects.\n"
  "Head of the Vanadzor community, Mr. Arsen Gevorgyan, condemned the act, describing it as \"an attempt to intimidate the community staff\", and called on residents to remain calm.\n"
  "It should be noted that in October, a group of residents had picketed the building, demanding the reversal of a decision to raise public transport fares.", [
    E("three detained on suspicion", "detained", "COERCE", "arrest", None, ("three", "ARM", "CVL"), MON7, P(("Vanadzor", 1), "Vanadzor"), cl=VA),
    E("detained three residents of Vanadzor", "detained", "COERCE", "arrest", ("officers of the Lori Regional Police Department", "ARM", "COP"),
      ("three residents of Vanadzor", "ARM", "CVL"), MON7, P(("Vanadzor", 2), "Vanadzor"), speaker="the press service of the Police",
      mod="reported", cl=VA),
    E("suspected of setting fire", "setting fire", "ASSAULT", "destroy", None, ("the Vanadzor community administration building", "ARM", "GOV"),
      SUN6, P(("Vanadzor", 3), "Vanadzor"), speaker="the press service of the Police", mod="reported", cl="rec_ap-vanadzor-arson"),
    E("A criminal proceeding has been initiated", "proceeding", "ACCUSE", "investigate", None, None, None, None),
    E("has petitioned the court", "petitioned", "REQUEST", None, ("The Investigative Committee", "ARM", "JUD"), ("the court", "ARM", "JUD"),
      None, None, mod="demanded"),
    E("condemned the act", "condemned", "ACCUSE", "disapprove", ("Head of the Vanadzor community, Mr. Arsen Gevorgyan", "ARM", "GOV"), None,
      None, None),
    E("called on residents to remain calm", "called", "REQUEST", None, ("Head of the Vanadzor community, Mr. Arsen Gevorgyan", "ARM", "GOV"),
      ("residents", "ARM", "CVL"), None, None, mod="demanded"),
    E("had picketed the building", "picketed", "PROTEST", "demo", ("a group of residents", "ARM", "CVL"), ("the building", "ARM", "GOV"),
      mo("2026-10", True), None),
    E("demanding the reversal", "demanding", "REQUEST", "change", ("a group of residents", "ARM", "CVL"), None, mo("2026-10", True), None,
      mod="demanded"),
])

# Zagatala (Azerbaijan), AZERTAC style, Tuesday 8 December: "told
# AZERTAC" names the outlet itself (no relay); "It was reported" and
# "According to the information" give `reported` with no speaker. The
# detention COERCE `arrest` (headline, body; border guards COP, as the
# development gold), the seizure COERCE `seize` (the violators the
# recipient, recip45), the armed resistance ASSAULT (mode null: no weapon
# named) and the wounding ASSAULT, the criminal case ACCUSE `investigate`
# (undated perfect), the handing over COERCE `arrest` (the development
# gold's usage), Georgia's request REQUEST (undated), the 19 November
# attempt "prevented" COERCE (background, day; Balakan).
ZD = "rec_ap-zagatala-detention"
ZS = "rec_ap-zagatala-seizure"
A('02', 'AZERTAC', '2026-12-08', "Zagatala: border guards detain violators, large quantity of narcotics seized",
  "Zagatala: border guards detain violators, large quantity of narcotics seized\n"
  "Baku, December 8, AZERTAC\n"
  "On the 6th of December, in the area of responsibility of the Zagatala border detachment of the State Border Service, border guards detained two citizens of Georgia attempting to illegally cross the state border of the Republic of Azerbaijan, the press service of the State Border Service told AZERTAC.\n"
  "It was reported that during the search, 12 kilograms of narcotic substances were found and confiscated from the violators. The detainees put up armed resistance, and as a result of the measures taken, one of them was wounded.\n"
  "According to the information, a criminal case has been launched, and the detainees have been handed over to the investigative bodies.\n"
  "The Ministry of Foreign Affairs of Georgia was informed of the incident through diplomatic channels. The Georgian side has requested consular access to its citizens.\n"
  "It should be recalled that on the 19th of November, a similar attempt was prevented in the Balakan direction.", [
    E("border guards detain violators", "detain", "COERCE", "arrest", ("border guards", "AZE", "COP"), ("violators", "GEO", "CVL"), SUN6,
      P(("Zagatala", 1), "Zagatala"), cl=ZD),
    E("large quantity of narcotics seized", "seized", "COERCE", "seize", None, None, SUN6, None, cl=ZS),
    E("border guards detained two citizens", "detained", "COERCE", "arrest", ("border guards", "AZE", "COP"),
      ("two citizens of Georgia", "GEO", "CVL"), SUN6, P(("Zagatala", 2), "Zagatala"),
      speaker="the press service of the State Border Service", mod="reported", cl=ZD),
    E("found and confiscated from the violators", "confiscated", "COERCE", "seize", None, ("the violators", "GEO", "CVL"), SUN6,
      P(("Zagatala", 2), "Zagatala"), mod="reported", cl=ZS),
    E("put up armed resistance", "resistance", "ASSAULT", None, ("The detainees", "GEO", "CVL"), None, SUN6, P(("Zagatala", 2), "Zagatala"),
      mod="reported"),
    E("one of them was wounded", "wounded", "ASSAULT", None, None, ("one of them", "GEO", "CVL"), SUN6, P(("Zagatala", 2), "Zagatala"),
      mod="reported"),
    E("a criminal case has been launched", "case", "ACCUSE", "investigate", None, None, None, None, mod="reported"),
    E("have been handed over to the investigative", "handed over", "COERCE", "arrest", None, ("the detainees", "GEO", "CVL"), None, None,
      mod="reported"),
    E("has requested consular access", "requested", "REQUEST", None, ("The Georgian side", "GEO", "GOV"), None, None, None, mod="demanded"),
    E("a similar attempt was prevented", "prevented", "COERCE", None, None, None, d("2026-11-19", True), P("Balakan", "Balakan")),
])

# Telavi (Georgia), a regional outlet's translated copy (Kakheti
# Information Centre style), Sunday 6 December: the Saturday blockade
# PROTEST `obstruct` (headline, body), its "protesting against" a
# purpose (no second event, rec_ao decision 5), the dispersal ASSAULT
# `crowd-control` (the development gold's "dispersed") and the
# detentions (eyewitnesses the speaker), the pepper spray ("reportedly":
# `reported`, no speaker), the ministry's accusation ACCUSE `allege` and
# its denial of disproportionate force (`denied`, dated by the episode,
# rule 3), the governor's meeting CONSULT and promise AGREE ("in the
# evening": Saturday), the residents' conditional blockade THREATEN on
# "warn" (relabel64 (a); no speaker, rec_ao decision 19).
TB = "rec_ap-telavi-blockade"
TD = "rec_ap-telavi-detentions"
A('03', 'Kakheti Information Centre', '2026-12-06', "Telavi residents block Kakheti highway over clinic closure; police detain four",
  "Telavi residents block Kakheti highway over clinic closure; police detain four\n"
  "On the 5th of December, residents of the village of Kurdgelauri in Telavi municipality blocked the Telavi-Gurjaani section of the Kakheti highway for about three hours, protesting against the decision of the municipal administration to close the village outpatient clinic.\n"
  "According to eyewitnesses, the protesters were dispersed by special task force units, and four persons were detained under administrative procedure. Law enforcement officers reportedly used pepper spray against the participants of the action.\n"
  "The Ministry of Internal Affairs stated that the detainees had disobeyed the lawful demand of police and that force had not been used disproportionately.\n"
  "The Governor of Kakheti, Mr. Levan Chikovani, met with representatives of the protesters in the evening and promised that the issue of the clinic would be reviewed by the 20th of December.\n"
  "The residents warn that if the clinic is closed, they will block the highway again.", [
    E("Telavi residents block", "block", "PROTEST", "obstruct", ("Telavi residents", "GEO", "CVL"), None, SAT5, P(("Telavi", 1), "Telavi"), cl=TB),
    E("police detain four", "detain", "COERCE", "arrest", ("police", "GEO", "COP"), ("four", "GEO", "CVL"), SAT5, None, cl=TD),
    E("blocked the Telavi-Gurjaani", "blocked", "PROTEST", "obstruct",
      ("residents of the village of Kurdgelauri in Telavi municipality", "GEO", "CVL"), None, SAT5, P("Telavi municipality", "Telavi"), cl=TB),
    E("the protesters were dispersed", "dispersed", "ASSAULT", "crowd-control", ("special task force units", "GEO", "COP"),
      ("the protesters", "GEO", "CVL"), SAT5, None, speaker="eyewitnesses", mod="reported"),
    E("four persons were detained", "detained", "COERCE", "arrest", None, ("four persons", "GEO", "CVL"), SAT5, None, speaker="eyewitnesses",
      mod="reported", cl=TD),
    E("reportedly used pepper spray", "used", "ASSAULT", "crowd-control", ("Law enforcement officers", "GEO", "COP"),
      ("the participants of the action", "GEO", "CVL"), SAT5, None, mod="reported"),
    E("stated that the detainees had disobeyed", "stated", "ACCUSE", "allege", ("The Ministry of Internal Affairs", "GEO", "GOV"),
      ("the detainees", "GEO", "CVL"), None, None),
    E("force had not been used", "used", "ASSAULT", "crowd-control", None, None, SAT5, None, speaker="The Ministry of Internal Affairs",
      mod="denied"),
    E("met with representatives of the protesters", "met", "CONSULT", None, ("The Governor of Kakheti, Mr. Levan Chikovani", "GEO", "GOV"),
      ("representatives of the protesters", "GEO", "CVL"), SAT5, None),
    E("promised that the issue", "promised", "AGREE", None, ("The Governor of Kakheti, Mr. Levan Chikovani", "GEO", "GOV"), None, SAT5, None),
    E("The residents warn", "warn", "THREATEN", None, ("The residents", "GEO", "CVL"), None, None, None, mod="threatened"),
])

# Savannakhet (Laos), KPL style, Monday 7 December: the agreement AGREE
# (headline, body and "The agreement was reached", one cluster; dated and
# placed by the meeting of the 4th), the meeting CONSULT and its
# "exchanged views" (one cluster), the patrols agreed AGREE, the request
# to hand over three men REQUEST (made at the dated meeting, rule 1), the
# January-November totals (aggregates: not labelled), the arrest of the
# 2nd COERCE `arrest` (Xaybouly district).
LA = "rec_ap-savannakhet-agreement"
LM = "rec_ap-savannakhet-meeting"
A('04', 'KPL', '2026-12-07', "Savannakhet, Mukdahan authorities agree to step up joint fight against drug trafficking",
  "Savannakhet, Mukdahan authorities agree to step up joint fight against drug trafficking\n"
  "(KPL) The authorities of Savannakhet province and Thailand's Mukdahan province have agreed to strengthen cooperation in the fight against drug trafficking along the Mekong River, according to the provincial information and culture department.\n"
  "The agreement was reached at a meeting held in Savannakhet on the 4th of December between the Deputy Governor of Savannakhet province, Mr. Bounthavy Sisomphone, and the Vice Governor of Mukdahan province, Mr. Somchai Rattanawong.\n"
  "At the meeting, the two sides exchanged views on the situation along the border and agreed to hold joint patrols on the Mekong every month, starting in January.\n"
  "The Lao side also requested that Thai authorities hand over three Lao nationals wanted for drug offences who are believed to be hiding in Mukdahan.\n"
  "According to the Savannakhet provincial police, between January and November this year, police officers arrested 214 suspects in 163 drug cases and seized more than 4 million methamphetamine tablets.\n"
  "On the 2nd of December, officers of the provincial anti-drug police unit arrested two men in Xaybouly district who were transporting 120,000 tablets, the police said.", [
    E("authorities agree to step up", "agree", "AGREE", None, ("Savannakhet, Mukdahan authorities", "LAO", "GOV"), None, FRI4, None, cl=LA),
    E("have agreed to strengthen", "agreed", "AGREE", None, ("The authorities of Savannakhet province", "LAO", "GOV"),
      ("Thailand's Mukdahan province", "THA", "GOV"), FRI4, None, speaker="the provincial information and culture department",
      mod="reported", cl=LA),
    E("The agreement was reached", "agreement", "AGREE", None, None, None, FRI4, P(("Savannakhet", 3), "Savannakhet"), cl=LA),
    E("a meeting held in Savannakhet", "meeting", "CONSULT", None,
      ("the Deputy Governor of Savannakhet province, Mr. Bounthavy Sisomphone", "LAO", "GOV"),
      ("the Vice Governor of Mukdahan province, Mr. Somchai Rattanawong", "THA", "GOV"), FRI4, P(("Savannakhet", 3), "Savannakhet"), cl=LM),
    E("the two sides exchanged views", "exchanged views", "CONSULT", None, ("the two sides", "LAO", "GOV"), None, FRI4, None, cl=LM),
    E("agreed to hold joint patrols", "agreed", "AGREE", None, ("the two sides", "LAO", "GOV"), None, FRI4, None),
    E("The Lao side also requested", "requested", "REQUEST", None, ("The Lao side", "LAO", "GOV"), ("Thai authorities", "THA", "GOV"), FRI4, None,
      mod="demanded"),
    E("arrested two men in Xaybouly", "arrested", "COERCE", "arrest", ("officers of the provincial anti-drug police unit", "LAO", "COP"),
      ("two men", "LAO", "CVL"), WED2, P("Xaybouly district", "Xaybouly district"), speaker="the police", mod="reported"),
])

# Kampong Cham (Cambodia), AKP style, Monday 7 December: honorifics
# ("H.E. Governor"). The settlement AGREE (headline "resolve" and the
# company's agreement, one cluster), the governor's mediation CONSULT
# `third-party` ("on the 6th of this month"; the dateline places it), the
# warning THREATEN (headline and body, one cluster; a legal warning, mode
# null, rec_ao decision 2), the call to respect the agreement REQUEST,
# last week's blockade PROTEST `obstruct` and "demanding" REQUEST (ISO
# week), the brief detention COERCE `arrest` and release RETREAT
# `release` (the same week), the thanks SUPPORT.
KA = "rec_ap-kampongcham-settlement"
KW = "rec_ap-kampongcham-warning"
A('05', 'AKP', '2026-12-07', "Kampong Cham provincial authorities resolve land dispute, warn against incitement",
  "Kampong Cham provincial authorities resolve land dispute, warn against incitement\n"
  "Kampong Cham, December 7 (AKP) -- H.E. Chhim Sokunthea, Governor of Kampong Cham province, presided over a meeting on the 6th of this month with representatives of some 80 families of Chamkar Leu district and the management of a rubber company, aimed at resolving a long-standing land dispute.\n"
  "According to the provincial hall, the company agreed to return 120 hectares to the families and to pay compensation for crops destroyed during clearing operations in 2024.\n"
  "H.E. Governor urged the families to respect the agreement and warned that individuals who incite villagers to block national road 7 would face legal action.\n"
  "Last week, about 50 villagers blocked the road for several hours and burned tyres in front of the company's office, demanding the return of their land. Two of the protesters were briefly detained by the district police and released the same day after signing a pledge.\n"
  "The families' representative, Mr. Sorn Vanna, thanked the provincial authorities for their intervention.", [
    E("authorities resolve land dispute", "resolve", "AGREE", None, ("Kampong Cham provincial authorities", "KHM", "GOV"), None, SUN6, None,
      cl=KA),
    E("warn against incitement", "warn", "THREATEN", None, ("Kampong Cham provincial authorities", "KHM", "GOV"), None, None, None,
      mod="threatened", cl=KW),
    E("presided over a meeting", "meeting", "CONSULT", "third-party",
      ("H.E. Chhim Sokunthea, Governor of Kampong Cham province", "KHM", "GOV"),
      ("representatives of some 80 families of Chamkar Leu district", "KHM", "CVL"), SUN6, P(("Kampong Cham", 2), "Kampong Cham")),
    E("the company agreed to return", "agreed", "AGREE", None, ("the company", "KHM", "BUS"), ("the families", "KHM", "CVL"), SUN6,
      P(("Kampong Cham", 2), "Kampong Cham"), speaker="the provincial hall", mod="reported", cl=KA),
    E("urged the families to respect", "urged", "REQUEST", None, ("H.E. Governor", "KHM", "GOV"), ("the families", "KHM", "CVL"), None, None,
      mod="demanded"),
    E("warned that individuals", "warned", "THREATEN", None, ("H.E. Governor", "KHM", "GOV"), ("individuals", "KHM", "CVL"), None, None,
      mod="threatened", cl=KW),
    E("about 50 villagers blocked the road", "blocked", "PROTEST", "obstruct", ("about 50 villagers", "KHM", "CVL"),
      None, W49, None),
    E("demanding the return of their land", "demanding", "REQUEST", "change", ("about 50 villagers", "KHM", "CVL"), None, W49, None,
      mod="demanded"),
    E("were briefly detained", "detained", "COERCE", "arrest", ("the district police", "KHM", "COP"), ("Two of the protesters", "KHM", "CVL"),
      W49, None),
    E("released the same day", "released", "RETREAT", "release", ("the district police", "KHM", "COP"), ("Two of the protesters", "KHM", "CVL"),
      W49, None),
    E("thanked the provincial authorities", "thanked", "SUPPORT", None, ("The families' representative, Mr. Sorn Vanna", "KHM", "CVL"),
      ("the provincial authorities", "KHM", "GOV"), None, None),
])
PLACES.update({
    'Thanbyuzayat Township': (15.96, 97.73),  # township seat (approximate)
    'Maradi': (13.50, 7.10),
    'Dan Issa': (13.37, 7.35),  # town, Madarounfa department (approximate)
    'Madarounfa': (13.31, 7.16),
    'Diéma': (14.54, -9.19),
    'Nioro du Sahel': (15.23, -9.59),
    "Fada N'Gourma": (12.06, 0.36),
    'Abéché': (13.83, 20.83),
    'Shkodër': (42.07, 19.51),
    'Podgorica': (42.44, 19.26),
    'Koplik': (42.21, 19.44),
    'Kumanovo': (42.13, 21.71),
})

# Mawlamyine (Myanmar), Global New Light of Myanmar style, Wednesday 9
# December: the state media's words ("terrorists", "apprehended", "It
# was learnt"). The attack on the outpost ASSAULT (headline "foil ...
# attack" and body "attempted to attack", one cluster; Thanbyuzayat
# Township), the repulse COERCE (mode null: the development gold's
# "repelled", 8 of 11; decision 1), the shots ASSAULT `firearms` and the
# drone's mines ASSAULT `drone` (moves inside the dated attack, rule 2),
# the arrests of the 8th COERCE `arrest`, the extortion COERCE and the
# threat to burn houses THREATEN `violence` ("It was learnt": undated,
# reported), the government's call REQUEST and legal warning THREATEN.
MA = "rec_ap-thanbyuzayat-attack"
A('06', 'The Global New Light of Myanmar', '2026-12-09', "Security forces foil terrorist attack on Thanbyuzayat police outpost; three terrorists apprehended",
  "Security forces foil terrorist attack on Thanbyuzayat police outpost; three terrorists apprehended\n"
  "MAWLAMYINE, 9 December — Terrorists of the so-called People's Defence Force (PDF) attempted to attack the police outpost in Kyaikkhami village-tract, Thanbyuzayat Township, Mon State, at about 11 pm on 7 December, but security forces repelled the attack, according to the Mon State government.\n"
  "The terrorists fired about 30 rounds from small arms and dropped two mines from a drone on the outpost. One police lance corporal sustained injuries and was transferred to the Mawlamyine General Hospital.\n"
  "During the area clearance operations on 8 December, security forces apprehended three terrorists, together with two homemade rifles and a drone.\n"
  "It was learnt that the terrorist group had extorted money from local rubber plantation owners and threatened to burn the houses of those who did not pay.\n"
  "The Mon State government urged the people to inform the nearest security forces of any terrorist activities and warned that those who support terrorist groups will be taken action against under the Counter-Terrorism Law.", [
    E("foil terrorist attack", "attack", "ASSAULT", None, None, ("Thanbyuzayat police outpost", "MMR", "COP"), MON7, None, cl=MA),
    E("three terrorists apprehended", "apprehended", "COERCE", "arrest", None, ("three terrorists", "MMR", "REB"), TUE8, None,
      cl="rec_ap-thanbyuzayat-arrests"),
    E("attempted to attack the police outpost", "attack", "ASSAULT", None,
      ("Terrorists of the so-called People's Defence Force (PDF)", "MMR", "REB"),
      ("the police outpost in Kyaikkhami village-tract", "MMR", "COP"), MON7, P("Thanbyuzayat Township", "Thanbyuzayat Township"),
      speaker="the Mon State government", mod="reported", cl=MA),
    E("security forces repelled the attack", "repelled", "COERCE", None, ("security forces", "MMR", "MIL"), None, MON7,
      P("Thanbyuzayat Township", "Thanbyuzayat Township"), speaker="the Mon State government", mod="reported"),
    E("fired about 30 rounds", "fired", "ASSAULT", "firearms", ("The terrorists", "MMR", "REB"), None, MON7, None, cl=MA),
    E("dropped two mines from a drone", "dropped", "ASSAULT", "drone", ("The terrorists", "MMR", "REB"), ("the outpost", "MMR", "COP"), MON7,
      None, cl=MA),
    E("security forces apprehended three", "apprehended", "COERCE", "arrest", ("security forces", "MMR", "MIL"),
      ("three terrorists", "MMR", "REB"), TUE8, None, cl="rec_ap-thanbyuzayat-arrests"),
    E("had extorted money", "extorted", "COERCE", None, ("the terrorist group", "MMR", "REB"),
      ("local rubber plantation owners", "MMR", "BUS"), None, None, mod="reported"),
    E("threatened to burn the houses", "threatened", "THREATEN", "violence", ("the terrorist group", "MMR", "REB"),
      ("those", "MMR", "BUS"), None, None, mod="threatened"),
    E("urged the people to inform", "urged", "REQUEST", None, ("The Mon State government", "MMR", "GOV"), ("the people", "MMR", "CVL"),
      None, None, mod="demanded"),
    E("warned that those who support", "warned", "THREATEN", None, ("The Mon State government", "MMR", "GOV"), ("those", "MMR", "CVL"),
      None, None, mod="threatened"),
])

# Maradi (Niger), ANP style, Tuesday 8 December: "perpetrated",
# "according to concordant local sources", a ministry communiqué read on
# national television (relay: the broadcast). The governor's Monday
# condemnation ACCUSE `disapprove` (headline and body; the dated statement
# keeps the dateline, place40), the market attack ASSAULT (headline and
# body, Dan Issa; the market stands for its traders, CVL), the shooting
# ASSAULT `firearms`, the cattle taken COERCE `seize` (relabel64 (c)),
# the shops burned ASSAULT `destroy` (recipient, recip45), the army's
# engagement and the four "neutralised" ASSAULT (speaker the communiqué,
# relay national television), the motorcycle ban COERCE `restrict`
# (undated announcement; placed at the departments it covers), the call
# REQUEST.
NA = "rec_ap-danissa-attack"
NC = "rec_ap-maradi-condemnation"
A('07', 'ANP', '2026-12-08', "Maradi region: the Governor condemns the attack on Dan Issa market and announces reinforced security measures",
  "Maradi region: the Governor condemns the attack on Dan Issa market and announces reinforced security measures\n"
  "Maradi, 8 December (ANP) - The Governor of the Maradi region, Brigadier General Issoufou Garba, on Monday strongly condemned the attack perpetrated on the 6th of December by armed bandits against the weekly market of Dan Issa, in the department of Madarounfa, which according to a provisional toll left seven civilians dead and about ten wounded.\n"
  "According to concordant local sources, the assailants, numbering about forty and riding motorcycles, opened fire on traders and carried away more than 200 head of cattle towards the border with Nigeria. Several shops were also set on fire.\n"
  "The Defence and Security Forces (FDS), alerted, intervened and engaged the assailants, neutralising four of them, according to a press release of the Ministry of Defence read on national television.\n"
  "The Governor, who visited the wounded at the Maradi regional hospital, announced the prohibition of motorcycle traffic in the departments of Madarounfa and Guidan Roumdji from 7 pm to 6 am until further notice.\n"
  "He called on the populations to collaborate with the defence and security forces and to denounce any suspicious movement.", [
    E("the Governor condemns the attack", "condemns", "ACCUSE", "disapprove", ("the Governor", "NER", "GOV"), None, MON7, None, cl=NC),
    E("the attack on Dan Issa market", "attack", "ASSAULT", None, None, ("Dan Issa market", "NER", "CVL"), SUN6, P("Dan Issa", "Dan Issa"), cl=NA),
    E("on Monday strongly condemned", "condemned", "ACCUSE", "disapprove",
      ("The Governor of the Maradi region, Brigadier General Issoufou Garba", "NER", "GOV"), None, MON7, P(("Maradi", 2), "Maradi"), cl=NC),
    E("the attack perpetrated", "attack", "ASSAULT", None, ("armed bandits", "NER", "UAF"), ("the weekly market of Dan Issa", "NER", "CVL"),
      SUN6, P("Dan Issa", "Dan Issa"), cl=NA),
    E("opened fire on traders", "opened fire", "ASSAULT", "firearms", ("the assailants", "NER", "UAF"), ("traders", "NER", "CVL"), SUN6, None,
      speaker="concordant local sources", mod="reported", cl=NA),
    E("carried away more than 200", "carried away", "COERCE", "seize", ("the assailants", "NER", "UAF"), None, SUN6, None,
      speaker="concordant local sources", mod="reported"),
    E("Several shops were also set on fire", "set on fire", "ASSAULT", "destroy", None, ("Several shops", "NER", "BUS"), SUN6, None),
    E("engaged the assailants", "engaged", "ASSAULT", None, ("The Defence and Security Forces (FDS)", "NER", "MIL"),
      ("the assailants", "NER", "UAF"), SUN6, None, speaker="a press release of the Ministry of Defence", relays=["national television"],
      mod="reported"),
    E("neutralising four of them", "neutralising", "ASSAULT", None, ("The Defence and Security Forces (FDS)", "NER", "MIL"),
      ("four of them", "NER", "UAF"), SUN6, None, speaker="a press release of the Ministry of Defence", relays=["national television"],
      mod="reported"),
    E("announced the prohibition of motorcycle", "prohibition", "COERCE", "restrict", ("The Governor", "NER", "GOV"), None, None,
      P("Madarounfa", "Madarounfa")),
    E("He called on the populations", "called", "REQUEST", None, ("He", "NER", "GOV"), ("the populations", "NER", "CVL"), None, None,
      mod="demanded"),
])

# Diéma (Mali), AMAP style, Wednesday 9 December: a General Staff
# communiqué; "According to local sources contacted by our
# correspondent". The customs-post attack ASSAULT (headline and body;
# "the night of the 7th to the 8th" is dated by the evening it began,
# decision 2; customs officers GOV), the killing ASSAULT and the
# vehicle taken COERCE `seize` (the vehicle its recipient, recip45;
# speaker "the communiqué"), the air strikes ASSAULT `aerial` (headline
# and body; Nioro du Sahel), the "neutralising" ASSAULT and the
# destruction ASSAULT `destroy`, the minister's tribute SUPPORT (relay:
# the broadcast it was read on), the councillor's abduction ASSAULT
# `abduct` (local sources; "could not be confirmed" changes nothing), the
# July 2025 attack (background).
MK = "rec_ap-diema-attack"
MS = "rec_ap-nioro-strikes"
A('08', 'AMAP', '2026-12-09', "Kayes region: terrorist attack against the customs post of Diéma, the FAMa carry out air strikes",
  "Kayes region: terrorist attack against the customs post of Diéma, the FAMa carry out air strikes\n"
  "Bamako, 9 December (AMAP) - The customs post of Diéma, in the region of Kayes, was the target on the night of the 7th to the 8th of December of an attack by armed terrorist groups, the General Staff of the Armies indicated in a communiqué.\n"
  "Two customs officers were killed and a vehicle was taken away by the assailants, the communiqué specified. In reaction, the Malian Armed Forces (FAMa) carried out air strikes on the 8th on the fleeing assailants in the area of Nioro du Sahel, neutralising \"several terrorists\" and destroying their logistics.\n"
  "The Minister of Economy and Finance, in a message read on the ORTM, paid tribute to the fallen customs officers and assured their families of the support of the State.\n"
  "According to local sources contacted by our correspondent, the assailants also abducted a municipal councillor of Diéma, whose whereabouts remain unknown. This information could not be confirmed by official sources.\n"
  "It should be recalled that in July 2025, a similar attack targeted the gendarmerie post of Diéma.", [
    E("terrorist attack against the customs post", "attack", "ASSAULT", None, None, ("the customs post of Diéma", "MLI", "GOV"), MON7,
      P(("Diéma", 1), "Diéma"), cl=MK),
    E("the FAMa carry out air strikes", "air strikes", "ASSAULT", "aerial", ("the FAMa", "MLI", "MIL"), None, TUE8, None, cl=MS),
    E("an attack by armed terrorist groups", "attack", "ASSAULT", None, ("armed terrorist groups", "MLI", "REB"),
      ("The customs post of Diéma", "MLI", "GOV"), MON7, P("Diéma", "Diéma"), speaker="the General Staff of the Armies", mod="reported", cl=MK),
    E("Two customs officers were killed", "killed", "ASSAULT", None, None, ("Two customs officers", "MLI", "GOV"), MON7, None,
      speaker="the communiqué", mod="reported", cl=MK),
    E("a vehicle was taken away", "taken away", "COERCE", "seize", ("the assailants", "MLI", "REB"), ("a vehicle", "MLI", "GOV"), MON7, None,
      speaker="the communiqué", mod="reported"),
    E("carried out air strikes on the 8th", "air strikes", "ASSAULT", "aerial", ("the Malian Armed Forces (FAMa)", "MLI", "MIL"),
      ("the fleeing assailants", "MLI", "REB"), TUE8, P("Nioro du Sahel", "Nioro du Sahel"), cl=MS),
    E("neutralising \"several terrorists\"", "neutralising", "ASSAULT", None, ("the Malian Armed Forces (FAMa)", "MLI", "MIL"),
      ("several terrorists", "MLI", "REB"), TUE8, P("Nioro du Sahel", "Nioro du Sahel")),
    E("destroying their logistics", "destroying", "ASSAULT", "destroy", ("the Malian Armed Forces (FAMa)", "MLI", "MIL"), None, TUE8,
      P("Nioro du Sahel", "Nioro du Sahel")),
    E("paid tribute to the fallen", "paid tribute", "SUPPORT", None, ("The Minister of Economy and Finance", "MLI", "GOV"),
      ("the fallen customs officers", "MLI", "GOV"), None, None),
    E("the assailants also abducted", "abducted", "ASSAULT", "abduct", ("the assailants", "MLI", "REB"),
      ("a municipal councillor of Diéma", "MLI", "GOV"), MON7, None, speaker="local sources contacted by our correspondent", mod="reported"),
    E("a similar attack targeted the gendarmerie", "attack", "ASSAULT", None, None, ("the gendarmerie post of Diéma", "MLI", "COP"),
      mo("2025-07", True), P(("Diéma", 4), "Diéma")),
])

# Fada N'Gourma (Burkina Faso), AIB style, Tuesday 8 December: "on
# this occasion", "for his part". The VDP installation MOBILIZE `militia`
# (headline and body; Saturday, the dateline), their recruitment
# MOBILIZE `militia` (undated; the communes named), the call REQUEST
# (headline and body) and the warning THREATEN (moves of the dated
# ceremony: Saturday, rule 1), the deployment MOBILIZE `future`
# (undated), "convoys have been regularly attacked" (a habitual: an
# aggregate, not labelled; decision 3), the escort regime COERCE
# `restrict` ("since the beginning of November", background), the 28
# October ambush and its killings ASSAULT (one cluster, background), the
# chiefs' gratitude SUPPORT (at the ceremony).
BI = "rec_ap-fada-installation"
BC = "rec_ap-fada-call"
BA = "rec_ap-fada-ambush"
A('09', 'AIB', '2026-12-08', "Fada N'Gourma: the High Commissioner installs a new contingent of VDP and calls for mobilisation",
  "Fada N'Gourma: the High Commissioner installs a new contingent of VDP and calls for mobilisation\n"
  "Fada N'Gourma, 8 December 2026 (AIB) - The High Commissioner of the province of Gourma, Mr. Karim Ouédraogo, on Saturday presided over the ceremony of installation of 150 Volunteers for the Defence of the Homeland (VDP) recruited in the communes of Fada N'Gourma and Diabo.\n"
  "On this occasion, he invited the populations to support the volunteers and to denounce any individual collaborating with the armed terrorist groups, warning that \"accomplices will answer for their acts\".\n"
  "According to the High Commissioner, the new contingent will be deployed in the coming days to secure the Fada N'Gourma-Gayéri axis, where convoys have been regularly attacked by terrorists.\n"
  "Since the beginning of November, the axis has been under a security escort regime decided by the regional authorities after the ambush of the 28th of October, during which several civilians were killed.\n"
  "The representative of the customary chiefs, Naaba Tigré, for his part, expressed the gratitude of the populations to the government for the measures taken.", [
    E("installs a new contingent", "installs", "MOBILIZE", "militia", ("the High Commissioner", "BFA", "GOV"), None, SAT5, None, cl=BI),
    E("calls for mobilisation", "calls", "REQUEST", None, ("the High Commissioner", "BFA", "GOV"), None, SAT5, None, mod="demanded", cl=BC),
    E("ceremony of installation", "installation", "MOBILIZE", "militia",
      ("The High Commissioner of the province of Gourma, Mr. Karim Ouédraogo", "BFA", "GOV"), None, SAT5,
      P(("Fada N'Gourma", 2), "Fada N'Gourma"), cl=BI),
    E("recruited in the communes", "recruited", "MOBILIZE", "militia", None, None, None, P(("Fada N'Gourma", 3), "Fada N'Gourma")),
    E("he invited the populations", "invited", "REQUEST", None, ("he", "BFA", "GOV"), ("the populations", "BFA", "CVL"), SAT5,
      P(("Fada N'Gourma", 2), "Fada N'Gourma"), mod="demanded", cl=BC),
    E("warning that \"accomplices", "warning", "THREATEN", None, ("he", "BFA", "GOV"), ("accomplices", "BFA", "CVL"), SAT5,
      P(("Fada N'Gourma", 2), "Fada N'Gourma"), mod="threatened"),
    E("the new contingent will be deployed", "deployed", "MOBILIZE", "militia", None, None, None, None, speaker="the High Commissioner",
      mod="future"),
    E("security escort regime decided", "regime", "COERCE", "restrict", ("the regional authorities", "BFA", "GOV"), None,
      mo("2026-11", True), None),
    E("the ambush of the 28th of October", "ambush", "ASSAULT", None, None, None, d("2026-10-28", True), None, cl=BA),
    E("several civilians were killed", "killed", "ASSAULT", None, None, ("several civilians", "BFA", "CVL"), d("2026-10-28", True), None, cl=BA),
    E("expressed the gratitude", "gratitude", "SUPPORT", None, ("The representative of the customary chiefs, Naaba Tigré", "BFA", "CVL"),
      ("the government", "BFA", "GOV"), SAT5, P(("Fada N'Gourma", 2), "Fada N'Gourma")),
])

# Abéché (Chad), a regional outlet's copy, Monday 7 December. The
# governor's Sunday ban COERCE `restrict` (headline and body; "the city
# of Abéché"), the Saturday clashes PROTEST `riot` (headline and body,
# with the stone-throwing: one cluster, the crowd-violence decision;
# students EDU), the protest PROTEST `demo` and the barricades PROTEST
# `obstruct`, the tear gas ASSAULT `crowd-control`, the injury ASSAULT
# (the union the speaker), the union's accusation ACCUSE `allege` and the
# live fire it tells (dated by the episode, rule 3), the police denial
# (the firing `denied` on "deny", decision 4), the arrests COERCE
# `arrest` (tied to the clashes: Saturday), the union's demand REQUEST
# `yield` and strike threat THREATEN (conditional inside a threat:
# threatened), the minister's Monday meeting CONSULT and promise AGREE.
AB = "rec_ap-abeche-ban"
AC = "rec_ap-abeche-clashes"
AF = "rec_ap-abeche-livefire"
A('10', 'Tchadinfos', '2026-12-07', "Abéché: the governor bans all demonstrations after clashes between students and police",
  "Abéché: the governor bans all demonstrations after clashes between students and police\n"
  "Abéché, 7 December 2026 - The governor of the Ouaddaï province, General Mahamat Saleh Abdelkerim, signed on Sunday an order prohibiting all public demonstrations in the city of Abéché until further notice, following clashes on Saturday between students of the University of Abéché and the police.\n"
  "The students, who were protesting against the non-payment of their scholarships for five months, erected barricades on the main avenue and threw stones at the police, who responded with tear gas. A student was seriously injured, according to the students' union, which accuses the police of having fired live ammunition. The police deny it.\n"
  "Eleven students were arrested and placed in police custody, according to a source at the prosecutor's office.\n"
  "The National Union of Students of Chad (UNET) demanded their unconditional release and threatened a general strike in all universities of the country if they were not freed within 72 hours.\n"
  "The Minister of Higher Education, on a visit to Abéché on Monday, met with the student representatives and promised that the arrears would be paid before the end of the month.", [
    E("the governor bans all demonstrations", "bans", "COERCE", "restrict", ("the governor", "TCD", "GOV"), None, SUN6,
      P(("Abéché", 1), "Abéché"), cl=AB),
    E("clashes between students and police", "clashes", "PROTEST", "riot", ("students", "TCD", "EDU"), ("police", "TCD", "COP"), SAT5, None,
      cl=AC),
    E("an order prohibiting all public", "prohibiting", "COERCE", "restrict",
      ("The governor of the Ouaddaï province, General Mahamat Saleh Abdelkerim", "TCD", "GOV"), None, SUN6, P(("Abéché", 3), "Abéché"), cl=AB),
    E("following clashes on Saturday", "clashes", "PROTEST", "riot", ("students of the University of Abéché", "TCD", "EDU"),
      ("the police", "TCD", "COP"), SAT5, P(("Abéché", 2), "Abéché"), cl=AC),
    E("who were protesting against the non-payment", "protesting", "PROTEST", "demo", ("The students", "TCD", "EDU"), None, SAT5,
      P(("Abéché", 2), "Abéché")),
    E("erected barricades", "erected barricades", "PROTEST", "obstruct", ("The students", "TCD", "EDU"), None, SAT5, P(("Abéché", 2), "Abéché")),
    E("threw stones at the police", "threw", "PROTEST", "riot", ("The students", "TCD", "EDU"), ("the police", "TCD", "COP"), SAT5,
      P(("Abéché", 2), "Abéché"), cl=AC),
    E("responded with tear gas", "responded", "ASSAULT", "crowd-control", ("the police", "TCD", "COP"), ("The students", "TCD", "EDU"), SAT5,
      P(("Abéché", 2), "Abéché")),
    E("A student was seriously injured", "injured", "ASSAULT", None, None, ("A student", "TCD", "EDU"), SAT5, P(("Abéché", 2), "Abéché"),
      speaker="the students' union", mod="reported"),
    E("accuses the police of having fired", "accuses", "ACCUSE", "allege", ("the students' union", "TCD", "EDU"), ("the police", "TCD", "COP"),
      None, None),
    E("having fired live ammunition", "fired", "ASSAULT", "firearms", ("the police", "TCD", "COP"), None, SAT5, None,
      speaker="the students' union", mod="reported", cl=AF),
    E("The police deny it", "deny", "ASSAULT", "firearms", ("The police", "TCD", "COP"), None, SAT5, None, speaker="The police", mod="denied",
      cl=AF),
    E("Eleven students were arrested", "arrested", "COERCE", "arrest", None, ("Eleven students", "TCD", "EDU"), SAT5, P(("Abéché", 2), "Abéché"),
      speaker="a source at the prosecutor's office", mod="reported"),
    E("demanded their unconditional release", "demanded", "REQUEST", "yield", ("The National Union of Students of Chad (UNET)", "TCD", "EDU"),
      None, None, None, mod="demanded"),
    E("threatened a general strike", "threatened", "THREATEN", None, ("The National Union of Students of Chad (UNET)", "TCD", "EDU"), None,
      None, None, mod="threatened"),
    E("met with the student representatives", "met", "CONSULT", None, ("The Minister of Higher Education", "TCD", "GOV"),
      ("the student representatives", "TCD", "EDU"), MON7, P(("Abéché", 5), "Abéché")),
    E("promised that the arrears", "promised", "AGREE", None, ("The Minister of Higher Education", "TCD", "GOV"), None, MON7,
      P(("Abéché", 5), "Abéché")),
])

# Shkodër (Albania), ATA style, Wednesday 9 December: a headline "Source:
# content" ("State Police: 9 persons arrested", the words before the
# colon its speaker). The Tuesday arrests COERCE `arrest` (headline and
# body; the districts named), the Montenegrin police's assistance
# COOPERATE and arrests in Podgorica COERCE `arrest` (speaker "the
# statement"), the searches COERCE and the seizure COERCE `seize` (no
# owner named: no recipient, recip45), the Koplik protest PROTEST `demo`
# (a follow-up the text does not date: null) and the arrest it was
# about (the operation's day), the border officers' suspension COERCE
# (rec_ao decision 16). "declared wanted" and "suspected of having
# bribed" are no PLOVER act (decision 4).
SA = "rec_ap-shkoder-arrests"
A('11', 'ATA', '2026-12-09', "State Police: 9 persons arrested in \"Highlands\" operation in Shkodër and Malësi e Madhe",
  "State Police: 9 persons arrested in \"Highlands\" operation in Shkodër and Malësi e Madhe\n"
  "Tirana, December 9 /ATA/ - The State Police arrested nine persons and declared wanted four others in an operation carried out on the 8th of December in the districts of Shkodër and Malësi e Madhe against a criminal group involved in the trafficking of cannabis towards Montenegro, the police said in a statement.\n"
  "According to the statement, the operation, coded \"Highlands\", was conducted under the direction of the Special Anti-Corruption Structure (SPAK) and with the assistance of Montenegrin police, who simultaneously detained two Albanian citizens in Podgorica.\n"
  "During the searches, police seized 340 kilograms of cannabis, two automatic weapons and three vehicles.\n"
  "Local media reported that residents of the village of Koplik protested in front of the police station after the arrest of a 70-year-old man, claiming he had nothing to do with the group. The police did not comment.\n"
  "The group is suspected of having bribed two officers of the border police at the Hani i Hotit crossing point, who were suspended from duty on Tuesday.", [
    E("9 persons arrested", "arrested", "COERCE", "arrest", None, ("9 persons", "ALB", "CVL"), TUE8, P(("Shkodër", 1), "Shkodër"),
      speaker="State Police", mod="reported", cl=SA),
    E("The State Police arrested nine", "arrested", "COERCE", "arrest", ("The State Police", "ALB", "COP"), ("nine persons", "ALB", "CVL"), TUE8,
      P(("Shkodër", 2), "Shkodër"), speaker="the police", mod="reported", cl=SA),
    E("with the assistance of Montenegrin", "assistance", "COOPERATE", None, ("Montenegrin police", "MNE", "COP"), None, TUE8, None,
      speaker="the statement", mod="reported"),
    E("simultaneously detained two Albanian", "detained", "COERCE", "arrest", ("Montenegrin police", "MNE", "COP"),
      ("two Albanian citizens", "ALB", "CVL"), TUE8, P("Podgorica", "Podgorica"), speaker="the statement", mod="reported"),
    E("During the searches", "searches", "COERCE", None, None, None, TUE8, None),
    E("police seized 340 kilograms", "seized", "COERCE", "seize", ("police", "ALB", "COP"), None, TUE8, None),
    E("residents of the village of Koplik protested", "protested", "PROTEST", "demo", ("residents of the village of Koplik", "ALB", "CVL"),
      ("the police station", "ALB", "COP"), None, P("Koplik", "Koplik"), speaker="Local media", mod="reported"),
    E("the arrest of a 70-year-old man", "arrest", "COERCE", "arrest", None, ("a 70-year-old man", "ALB", "CVL"), TUE8, None,
      speaker="Local media", mod="reported"),
    E("who were suspended from duty", "suspended", "COERCE", None, None,
      ("two officers of the border police at the Hani i Hotit crossing point", "ALB", "COP"), TUE8, None),
])

# Kumanovo (North Macedonia), MIA style, Monday 7 December: "the
# Ministry of Interior informed on Sunday". The detentions COERCE
# `arrest` (headline and body; tied to Saturday's brawl, rule 2; the
# dateline places the body's), the brawl ASSAULT (headline and body: a
# fight between groups of young men has no crowd in a protest and is
# ASSAULT, the crowd-violence decision; "the centre of Kumanovo"), the
# groups' attack on each other ASSAULT `primitive` (bats and knives), the
# prosecutor's request REQUEST (perfect: null), the release RETREAT
# `release` (a follow-up, null), the mayor's condemnation ACCUSE
# `disapprove` and call REQUEST, the ministry's call REQUEST and legal
# warning THREATEN.
KD = "rec_ap-kumanovo-detentions"
KB = "rec_ap-kumanovo-brawl"
A('12', 'MIA', '2026-12-07', "Kumanovo: 14 persons detained after mass brawl, MoI says situation under control",
  "Kumanovo: 14 persons detained after mass brawl, MoI says situation under control\n"
  "Kumanovo, 7 December (MIA) - Police officers from the Kumanovo Sector for Internal Affairs detained 14 persons after a mass brawl that broke out late on Saturday between two groups of young men in the centre of Kumanovo, the Ministry of Interior informed on Sunday.\n"
  "According to the Ministry, the groups attacked each other with bats and knives, and three persons sustained stab wounds. Several parked cars and the windows of a café were damaged.\n"
  "The Basic Public Prosecutor's Office in Kumanovo has requested 30-day detention for four of the suspects, on whom knives were found, while the others were released after questioning.\n"
  "Mayor Dragan Stojkovski condemned the violence and called on parents to keep their children off the streets at night. \"Kumanovo will not be held hostage by hooligans,\" he said.\n"
  "The Ministry also urged citizens not to spread unverified information on social networks, warning that those who incite ethnic hatred will be prosecuted.", [
    E("14 persons detained", "detained", "COERCE", "arrest", None, ("14 persons", "MKD", "CVL"), SAT5, P(("Kumanovo", 1), "Kumanovo"), cl=KD),
    E("after mass brawl", "brawl", "ASSAULT", None, None, None, SAT5, None, cl=KB),
    E("detained 14 persons after a mass", "detained", "COERCE", "arrest",
      ("Police officers from the Kumanovo Sector for Internal Affairs", "MKD", "COP"), ("14 persons", "MKD", "CVL"), SAT5,
      P(("Kumanovo", 2), "Kumanovo"), speaker="the Ministry of Interior", mod="reported", cl=KD),
    E("a mass brawl that broke out", "brawl", "ASSAULT", None, ("two groups of young men", "MKD", "CVL"), None, SAT5,
      P(("Kumanovo", 4), "Kumanovo"), speaker="the Ministry of Interior", mod="reported", cl=KB),
    E("the groups attacked each other", "attacked", "ASSAULT", "primitive", ("the groups", "MKD", "CVL"), None, SAT5, None,
      speaker="the Ministry", mod="reported", cl=KB),
    E("has requested 30-day detention", "requested", "REQUEST", None, ("The Basic Public Prosecutor's Office in Kumanovo", "MKD", "JUD"),
      None, None, None, mod="demanded"),
    E("the others were released", "released", "RETREAT", "release", None, ("the others", "MKD", "CVL"), None, None),
    E("Mayor Dragan Stojkovski condemned", "condemned", "ACCUSE", "disapprove", ("Mayor Dragan Stojkovski", "MKD", "GOV"), None, None, None),
    E("called on parents", "called", "REQUEST", None, ("Mayor Dragan Stojkovski", "MKD", "GOV"), ("parents", "MKD", "CVL"), None, None,
      mod="demanded"),
    E("The Ministry also urged citizens", "urged", "REQUEST", None, ("The Ministry", "MKD", "GOV"), ("citizens", "MKD", "CVL"), None, None,
      mod="demanded"),
    E("warning that those who incite", "warning", "THREATEN", None, ("The Ministry", "MKD", "GOV"), ("those", "MKD", "CVL"), None, None,
      mod="threatened"),
])

# --- end of articles ---


def waiting_sources() -> set[str]:
    """The sets waiting in blind/ beside rec_ap: the sources of every other
    blind/rec_*.jsonl are passed to ``check_unused`` as ``extra``."""
    sources = set()
    for path in Path(__file__).resolve().parent.glob("rec_*.jsonl"):
        if path.name != "rec_ap.jsonl":
            sources |= {json.loads(line)["source"]
                        for line in path.read_text(encoding="utf-8").splitlines()}
    return sources


def main():
    check_unused(BATCH, extra=waiting_sources())  # the record sets, the waiting sets and read_docs.txt
    assert all(a["source"] == "own" for a in BATCH.articles)
    BATCH.write()


if __name__ == "__main__":
    main()
