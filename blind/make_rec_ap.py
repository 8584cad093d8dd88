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
