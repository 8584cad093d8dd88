# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build blind/rec_aq.jsonl: gold whole-record events (batch rec_aq).

DOCSTRING_PLACEHOLDER

    python3 blind/make_rec_aq.py
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
    yr,
)

PLACES = {
    # cities500 (GeoNames), approximate; districts and villages as noted
    'Kettering': (52.40, -0.73),
    'Northampton': (52.25, -0.88),
    'Barnsley': (53.55, -1.48),
    'Ennis': (52.84, -8.98),
    'Shannon': (52.70, -8.86),
    'Bhagalpur': (25.24, 86.97),
    'Sabour': (25.24, 87.05),  # block of Bhagalpur district (approximate)
    'Sangli': (16.85, 74.58),
    'Tirunelveli': (8.73, 77.70),
    'Palayamkottai': (8.72, 77.74),
    'Madurai': (9.92, 78.12),
    'Anambra': (6.22, 6.94),  # Anambra State (approximate centre)
    'Nnewi': (6.02, 6.92),
    'Ebonyi State': (6.25, 8.08),  # state (approximate centre)
    'Kakamega': (0.28, 34.75),
    'Shinyalu': (0.21, 34.80),  # sub-county of Kakamega (approximate)
    'Bacolod': (10.67, 122.95),
    'Rockhampton': (-23.38, 150.51),
    'Navan': (53.65, -6.68),
    'Nyeri': (-0.42, 36.95),
}

BATCH = Batch("rec_aq", PLACES, out=Path(__file__).resolve().with_name("rec_aq.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TUE1 = d("2026-12-01")
WED2 = d("2026-12-02")
THU3 = d("2026-12-03")
FRI4 = d("2026-12-04")
SAT5 = d("2026-12-05")
SUN6 = d("2026-12-06")
MON7 = d("2026-12-07")
TUE8 = d("2026-12-08")
WED9 = d("2026-12-09")
THU10 = d("2026-12-10")

# ===== (a) local news in the styles of English-language outlets of several countries (01-14) =====

# Kettering (UK regional paper), Tuesday 8 December. The remand COERCE
# `arrest` (headline, body: "yesterday (Monday)"), the stabbing ASSAULT
# `primitive` (headline, body, the inspector's "attack": one cluster), the
# court appearance ACCUSE `allege` (relabel50 4), the charge ACCUSE
# `allege` (undated: the text gives no charge day), the arrest at the
# scene (Saturday's call: rule 2), the next appearance `future`, the
# appeal for witnesses REQUEST (decision 1).
KR = "rec_aq-kettering-remand"
KS = "rec_aq-kettering-stabbing"
A('01', 'Northamptonshire Telegraph', '2026-12-08', "Man remanded in custody after Kettering stabbing",
  "Man remanded in custody after Kettering stabbing\n"
  "A 34-year-old man has been remanded in custody after a woman was stabbed in a flat in Kettering town centre on Saturday evening.\n"
  "Daniel Hewitt, of Rockingham Road, appeared at Northampton Magistrates' Court yesterday (Monday) charged with attempted murder and possession of a bladed article.\n"
  "The victim, a 29-year-old woman, was taken to Kettering General Hospital, where she remains in a serious but stable condition.\n"
  "Northamptonshire Police said officers were called to the property in Montagu Street shortly after 7.40pm and arrested Hewitt at the scene.\n"
  "He did not enter a plea and will next appear at Northampton Crown Court on January 5.\n"
  "Detective Inspector Claire Pemberton said: \"This was a shocking attack, and I would urge anyone who heard a disturbance in Montagu Street on Saturday to contact us.\"", [
    E("Man remanded in custody", "remanded", "COERCE", "arrest", None, ("Man", "GBR", "CVL"), MON7, None, cl=KR),
    E("after Kettering stabbing", "stabbing", "ASSAULT", "primitive", None, None, SAT5, P("Kettering", "Kettering"), cl=KS),
    E("has been remanded in custody", "remanded", "COERCE", "arrest", None, ("A 34-year-old man", "GBR", "CVL"), MON7, None, cl=KR),
    E("a woman was stabbed", "stabbed", "ASSAULT", "primitive", None, ("a woman", "GBR", "CVL"), SAT5, P("Kettering", "Kettering"), cl=KS),
    E("appeared at Northampton Magistrates", "appeared", "ACCUSE", "allege", None, ("Daniel Hewitt, of Rockingham Road", "GBR", "CVL"), MON7,
      P("Northampton", "Northampton")),
    E("charged with attempted murder", "charged", "ACCUSE", "allege", None, ("Daniel Hewitt, of Rockingham Road", "GBR", "CVL"), None, None),
    E("arrested Hewitt at the scene", "arrested", "COERCE", "arrest", ("officers", "GBR", "COP"), ("Hewitt", "GBR", "CVL"), SAT5, None,
      speaker="Northamptonshire Police", mod="reported"),
    E("will next appear at Northampton Crown Court", "appear", "ACCUSE", "allege", None, ("He", "GBR", "CVL"), d("2027-01-05"),
      P("Northampton", "Northampton"), mod="future"),
    E("This was a shocking attack", "attack", "ASSAULT", "primitive", None, None, SAT5, None, speaker="Detective Inspector Claire Pemberton",
      mod="reported", cl=KS),
    E("I would urge anyone", "urge", "REQUEST", None, (("I", "I would urge"), "GBR", "COP"), ("anyone who heard a disturbance in Montagu Street on Saturday", "GBR", "CVL"),
      None, None, speaker="Detective Inspector Claire Pemberton", mod="demanded"),
])

# Barnsley (Yorkshire regional paper), Wednesday 9 December, all-caps
# headline. The arson on an occupied house ASSAULT `destroy` (a family
# inside: people endangered; headline "TORCHED", "a fire was started",
# "it was set alight"; "It is alleged" with no source: asserted,
# decision 2), the arrests COERCE `arrest` (headline, perfect, "detained
# on Monday morning": one cluster), the release on bail RETREAT `release`
# (undated perfect), the repeated pelting (an aggregate: not labelled),
# last month's arrest (background) and the caution SANCTION (decision 3).
BA = "rec_aq-barnsley-arrests"
BF = "rec_aq-barnsley-arson"
A('02', 'Barnsley Chronicle', '2026-12-09', "TEENAGERS ARRESTED AFTER FAMILY HOME TORCHED IN BARNSLEY",
  "TEENAGERS ARRESTED AFTER FAMILY HOME TORCHED IN BARNSLEY\n"
  "Two teenage boys have been arrested on suspicion of arson with intent to endanger life after a fire was started at the front door of a house in the Kendray area of Barnsley on Sunday night.\n"
  "A mother and her three children, who were asleep upstairs, escaped through a back window. South Yorkshire Fire and Rescue said crews were called at 11.15pm.\n"
  "The boys, aged 15 and 16, were detained on Monday morning and have since been released on bail while enquiries continue, South Yorkshire Police said in a statement.\n"
  "It is alleged that petrol was poured through the letterbox before it was set alight.\n"
  "Neighbours said the house had been pelted with eggs and stones several times in recent weeks. A 16-year-old girl was arrested last month in connection with that harassment and has been cautioned.", [
    E("TEENAGERS ARRESTED", "ARRESTED", "COERCE", "arrest", None, ("TEENAGERS", "GBR", "CVL"), MON7, None, cl=BA),
    E("FAMILY HOME TORCHED", "TORCHED", "ASSAULT", "destroy", None, ("FAMILY HOME", "GBR", "CVL"), SUN6, P("BARNSLEY", "Barnsley"), cl=BF),
    E("Two teenage boys have been arrested", "arrested", "COERCE", "arrest", None, ("Two teenage boys", "GBR", "CVL"), MON7, None, cl=BA),
    E("a fire was started", "started", "ASSAULT", "destroy", None, ("a house in the Kendray area of Barnsley", "GBR", "CVL"), SUN6,
      P("Barnsley", "Barnsley"), cl=BF),
    E("were detained on Monday morning", "detained", "COERCE", "arrest", None, ("The boys, aged 15 and 16", "GBR", "CVL"), MON7, None,
      speaker="South Yorkshire Police", mod="reported", cl=BA),
    E("have since been released on bail", "released", "RETREAT", "release", None, ("The boys, aged 15 and 16", "GBR", "CVL"), None, None,
      speaker="South Yorkshire Police", mod="reported"),
    E("before it was set alight", "set alight", "ASSAULT", "destroy", None, None, SUN6, None, cl=BF),
    E("A 16-year-old girl was arrested", "arrested", "COERCE", "arrest", None, ("A 16-year-old girl", "GBR", "CVL"), mo("2026-11", True), None),
    E("has been cautioned", "cautioned", "SANCTION", None, None, ("A 16-year-old girl", "GBR", "CVL"), None, None),
])

# Ennis (Irish regional paper), Thursday 10 December: "gardaí", "Objecting
# to bail", "the court heard". Bail refused and the remand COERCE
# `arrest` (headline, body, the judge's remand: one decision, one
# cluster; Wednesday's hearing), the charge ACCUSE `allege` (undated),
# the court appearance ACCUSE `allege`, the knife threat THREATEN
# `violence` (the guide's "drew a gun on"; the robbery itself harms no
# one and is no event), Saturday's arrest, search COERCE and seizure
# COERCE `seize` (Shannon), the objection REJECT (decision 4), the
# denial of the charge REJECT, the next appearance `future`.
EB = "rec_aq-ennis-bail"
EC = "rec_aq-ennis-charge"
A('03', 'The Clare Champion', '2026-12-10', "Bail refused to man charged over Ennis filling station robbery",
  "Bail refused to man charged over Ennis filling station robbery\n"
  "A 27-year-old man charged in connection with an armed robbery at a filling station on the Gort Road in Ennis last Friday night was refused bail when he appeared before Ennis District Court on Wednesday.\n"
  "Gardaí allege that the accused, who was wearing a balaclava, threatened a female staff member with a knife and made off with a sum of cash. The woman was not physically injured but was badly shaken, the court heard.\n"
  "Garda Sergeant Aoife Brennan told the court that the accused was arrested on Saturday after a search of a house in Shannon, where clothing and a knife were seized.\n"
  "Objecting to bail, she said gardaí feared the man would interfere with witnesses. Solicitor for the accused, Mr Colm Devane, said his client denies the charge and would be contesting it.\n"
  "Judge Mary Kilbride remanded the man in custody to appear again by video link on December 16.", [
    E("Bail refused to man", "refused", "COERCE", "arrest", None, ("man", "IRL", "CVL"), WED9, None, cl=EB),
    E("man charged over Ennis", "charged", "ACCUSE", "allege", None, ("man", "IRL", "CVL"), None, None, cl=EC),
    E("A 27-year-old man charged", "charged", "ACCUSE", "allege", None, ("A 27-year-old man", "IRL", "CVL"), None, None, cl=EC),
    E("was refused bail", "refused", "COERCE", "arrest", None, ("A 27-year-old man", "IRL", "CVL"), WED9, P(("Ennis", 3), "Ennis"), cl=EB),
    E("when he appeared before", "appeared", "ACCUSE", "allege", None, (("he", "he appeared before"), "IRL", "CVL"), WED9, P(("Ennis", 3), "Ennis")),
    E("threatened a female staff member", "threatened", "THREATEN", "violence", ("the accused", "IRL", "CVL"), ("a female staff member", "IRL", "CVL"),
      FRI4, None, speaker="Gardaí", mod="reported"),
    E("the accused was arrested on Saturday", "arrested", "COERCE", "arrest", None, ("the accused", "IRL", "CVL"), SAT5, P("Shannon", "Shannon"),
      speaker="Garda Sergeant Aoife Brennan", mod="reported"),
    E("a search of a house in Shannon", "search", "COERCE", None, None, ("a house in Shannon", "IRL", "CVL"), SAT5, P("Shannon", "Shannon"),
      speaker="Garda Sergeant Aoife Brennan", mod="reported"),
    E("a knife were seized", "seized", "COERCE", "seize", None, None, SAT5, P("Shannon", "Shannon"), speaker="Garda Sergeant Aoife Brennan",
      mod="reported"),
    E("Objecting to bail", "Objecting", "REJECT", None, ("she", "IRL", "COP"), None, WED9, None),
    E("his client denies the charge", "denies", "REJECT", None, ("his client", "IRL", "CVL"), None, None, None,
      speaker="Solicitor for the accused, Mr Colm Devane", mod="reported"),
    E("remanded the man in custody", "remanded", "COERCE", "arrest", ("Judge Mary Kilbride", "IRL", "JUD"), ("the man", "IRL", "CVL"), WED9, None, cl=EB),
    E("to appear again by video link", "appear", "ACCUSE", "allege", None, ("the man", "IRL", "CVL"), d("2026-12-16"), None, mod="future"),
])

# Bhagalpur (Indian city paper), Tuesday 8 December: "FIR lodged",
# "bike-borne criminals", "raids are on to nab". The shooting ASSAULT
# `firearms` (headline, body, "fired at him": one cluster; Sunday night;
# Sabour), the FIR ACCUSE `allege` (undated), the arrests COERCE
# `arrest` (headline "two held", undated perfect), the raids COERCE
# (ongoing, undated), Monday's road blockade PROTEST `obstruct` and its
# "demanding" REQUEST.
BS = "rec_aq-bhagalpur-shooting"
BH = "rec_aq-bhagalpur-arrests"
A('04', 'The Times of India', '2026-12-08', "Youth shot dead over land dispute in Bhagalpur, two held",
  "Youth shot dead over land dispute in Bhagalpur, two held\n"
  "BHAGALPUR: A 24-year-old youth was shot dead by unidentified assailants at Sabour in Bhagalpur district on Sunday night over an old land dispute, police said.\n"
  "The deceased, identified as Ravi Kumar Mandal, was returning home on his motorcycle when two bike-borne criminals fired at him from close range.\n"
  "An FIR was lodged against five persons at Sabour police station on the basis of a written complaint by the victim's father. Police have arrested two of the named accused, while raids are on to nab the others, SDPO Anil Prakash said.\n"
  "Angry villagers blocked the Bhagalpur-Sabour road for nearly four hours on Monday, demanding the arrest of all the accused and compensation for the family.", [
    E("Youth shot dead", "shot dead", "ASSAULT", "firearms", None, ("Youth", "IND", "CVL"), SUN6, P("Bhagalpur", "Bhagalpur"), cl=BS),
    E("two held", "held", "COERCE", "arrest", None, ("two", "IND", "CVL"), None, None, cl=BH),
    E("was shot dead by unidentified", "shot dead", "ASSAULT", "firearms", ("unidentified assailants", "IND", "CVL"), ("A 24-year-old youth", "IND", "CVL"),
      SUN6, P("Sabour", "Sabour"), speaker="police", mod="reported", cl=BS),
    E("criminals fired at him", "fired", "ASSAULT", "firearms", ("two bike-borne criminals", "IND", "CVL"), (("him", "fired at him"), "IND", "CVL"),
      SUN6, None, cl=BS),
    E("An FIR was lodged", "FIR", "ACCUSE", "allege", None, ("five persons", "IND", "CVL"), None, P("Sabour", "Sabour")),
    E("Police have arrested two", "arrested", "COERCE", "arrest", ("Police", "IND", "COP"), ("two of the named accused", "IND", "CVL"), None, None,
      speaker="SDPO Anil Prakash", mod="reported", cl=BH),
    E("raids are on to nab", "raids", "COERCE", None, None, ("the others", "IND", "CVL"), None, None, speaker="SDPO Anil Prakash", mod="reported"),
    E("villagers blocked the", "blocked", "PROTEST", "obstruct", ("Angry villagers", "IND", "CVL"), None, MON7, None),
    E("demanding the arrest of all", "demanding", "REQUEST", None, ("Angry villagers", "IND", "CVL"), None, MON7, None, mod="demanded"),
])

# Sangli (Indian national paper), Wednesday 9 December: "lathi-charged",
# "chakka jam", "failing which". The lathi-charge ASSAULT `crowd-control`
# (headline, body, the superintendent's "mild force was used": one
# cluster), the detentions and release, the attempt to stop trucks PROTEST
# `obstruct` and its "demanding" REQUEST `change`, the farmers'
# accusation ACCUSE `allege` and its content ASSAULT `beat` `reported`,
# the superintendent's denial (`denied`, on "denied", rec_ap decision 4),
# the tyres deflated PROTEST `vandalize`, the ultimatum THREATEN
# (relabel64 (a): a protest promised on a condition). The dateline
# "Sangli:" places the day's acts.
SL = "rec_aq-sangli-lathicharge"
SD = "rec_aq-sangli-detentions"
SB = "rec_aq-sangli-beating"
A('05', 'The Indian Express', '2026-12-09', "Police lathi-charge sugarcane farmers in Sangli; 40 detained",
  "Police lathi-charge sugarcane farmers in Sangli; 40 detained\n"
  "Sangli: Police lathi-charged a group of sugarcane farmers who tried to stop cane-laden trucks on the Sangli-Islampur highway on Tuesday, demanding a higher first instalment for the crop from sugar mills.\n"
  "Around 40 farmers, including local leaders of a farmers' organisation, were detained and later released, an officer at Islampur police station said.\n"
  "The farmers alleged that police beat several elderly protesters with sticks. Superintendent of Police Ramesh Kulkarni denied the charge, saying only \"mild force\" was used after protesters deflated the tyres of two trucks.\n"
  "The organisation has given the district administration an ultimatum of seven days, failing which it will launch a 'chakka jam' across the district.", [
    E("Police lathi-charge sugarcane", "lathi-charge", "ASSAULT", "crowd-control", ("Police", "IND", "COP"), ("sugarcane farmers", "IND", "CVL"), TUE8,
      P("Sangli", "Sangli"), cl=SL),
    E("40 detained", "detained", "COERCE", "arrest", None, ("40", "IND", "CVL"), TUE8, None, cl=SD),
    E("Police lathi-charged a group", "lathi-charged", "ASSAULT", "crowd-control", ("Police", "IND", "COP"),
      ("a group of sugarcane farmers", "IND", "CVL"), TUE8, P(("Sangli", 2), "Sangli"), cl=SL),
    E("tried to stop cane-laden trucks", "stop", "PROTEST", "obstruct", ("a group of sugarcane farmers", "IND", "CVL"), None, TUE8,
      P(("Sangli", 2), "Sangli")),
    E("demanding a higher first instalment", "demanding", "REQUEST", "change", ("a group of sugarcane farmers", "IND", "CVL"),
      ("sugar mills", "IND", "BUS"), TUE8, None, mod="demanded"),
    E("were detained and later released", "detained", "COERCE", "arrest", None,
      ("Around 40 farmers, including local leaders of a farmers' organisation", "IND", "CVL"), TUE8, P(("Sangli", 2), "Sangli"),
      speaker="an officer at Islampur police station", mod="reported", cl=SD),
    E("and later released", "released", "RETREAT", "release", None,
      ("Around 40 farmers, including local leaders of a farmers' organisation", "IND", "CVL"), TUE8, P(("Sangli", 2), "Sangli"),
      speaker="an officer at Islampur police station", mod="reported"),
    E("The farmers alleged that", "alleged", "ACCUSE", "allege", ("The farmers", "IND", "CVL"), ("police", "IND", "COP"), None, None),
    E("police beat several elderly", "beat", "ASSAULT", "beat", ("police", "IND", "COP"), ("several elderly protesters", "IND", "CVL"), TUE8, None,
      speaker="The farmers", mod="reported", cl=SB),
    E("denied the charge, saying", "denied", "ASSAULT", "beat", None, None, TUE8, None, speaker="Superintendent of Police Ramesh Kulkarni",
      mod="denied", cl=SB),
    E("force\" was used", "used", "ASSAULT", "crowd-control", None, None, TUE8, None, speaker="Superintendent of Police Ramesh Kulkarni",
      mod="reported", cl=SL),
    E("protesters deflated the tyres", "deflated", "PROTEST", "vandalize", ("protesters", "IND", "CVL"), None, TUE8, None,
      speaker="Superintendent of Police Ramesh Kulkarni", mod="reported"),
    E("an ultimatum of seven days", "ultimatum", "THREATEN", None, ("The organisation", "IND", "CVL"), ("the district administration", "IND", "GOV"),
      None, None, mod="threatened"),
])

# Tirunelveli (Indian national paper), Monday 7 December: "charge sheet",
# "road roko", "hacked to death". The charge sheet ACCUSE `allege`
# (headline, body; Saturday), the August murder ASSAULT `primitive`
# (headline "killing", "murder", "hacked", "within a week of the
# murder": one cluster, background), the arrests (August, background),
# the High Court's dismissal of the bail plea REJECT (November,
# background; Madurai), the road roko PROTEST `obstruct` (August,
# background), the call for a special court REQUEST (undated).
TK = "rec_aq-tirunelveli-murder"
TC = "rec_aq-tirunelveli-chargesheet"
AUG19 = d("2026-08-19", True)
A('06', 'The Hindu', '2026-12-07', "Police file charge sheet in Tirunelveli honour killing case",
  "Police file charge sheet in Tirunelveli honour killing case\n"
  "TIRUNELVELI: The Tirunelveli City Police on Saturday filed a charge sheet against seven persons, including the father and two uncles of the woman, in the murder of a 26-year-old Dalit engineer at Palayamkottai in August.\n"
  "The youth, S. Karthik, was hacked to death near a bus stop on August 19, three months after he married the woman against the wishes of her family.\n"
  "All seven accused were arrested within a week of the murder and have been lodged in Palayamkottai Central Prison. A plea for bail by two of them was dismissed by the Madurai Bench of the Madras High Court last month.\n"
  "Members of the victim's family and Dalit outfits, who had staged a road roko after the murder, urged the government to set up a special court to try the case.", [
    E("Police file charge sheet", "charge sheet", "ACCUSE", "allege", ("Police", "IND", "COP"), None, SAT5, None, cl=TC),
    E("honour killing case", "killing", "ASSAULT", "primitive", None, None, AUG19, P("Tirunelveli", "Tirunelveli"), cl=TK),
    E("filed a charge sheet", "charge sheet", "ACCUSE", "allege", ("The Tirunelveli City Police", "IND", "COP"),
      ("seven persons, including the father and two uncles of the woman", "IND", "CVL"), SAT5, P("TIRUNELVELI", "Tirunelveli"), cl=TC),
    E("in the murder of a 26-year-old", "murder", "ASSAULT", "primitive", None, ("a 26-year-old Dalit engineer", "IND", "CVL"), AUG19,
      P("Palayamkottai", "Palayamkottai"), cl=TK),
    E("was hacked to death", "hacked", "ASSAULT", "primitive", None, ("The youth, S. Karthik", "IND", "CVL"), AUG19, None, cl=TK),
    E("All seven accused were arrested", "arrested", "COERCE", "arrest", None, ("All seven accused", "IND", "CVL"), mo("2026-08", True), None),
    E("within a week of the murder", "murder", "ASSAULT", "primitive", None, None, AUG19, None, cl=TK),
    E("was dismissed by the Madurai", "dismissed", "REJECT", None, ("the Madurai Bench of the Madras High Court", "IND", "JUD"),
      ("two of them", "IND", "CVL"), mo("2026-11", True), P("Madurai", "Madurai")),
    E("had staged a road roko", "road roko", "PROTEST", "obstruct", ("Members of the victim's family and Dalit outfits", "IND", "CVL"), None,
      mo("2026-08", True), None),
    E("urged the government to set up", "urged", "REQUEST", None, ("Members of the victim's family and Dalit outfits", "IND", "CVL"),
      ("the government", "IND", "GOV"), None, None, mod="demanded"),
])

# Nnewi (Nigerian national paper), Tuesday 8 December: "the Police Public
# Relations Officer", "brought to book", "our correspondent". The attack
# on the checkpoint ASSAULT `firearms` (body "attacked", "opened fire":
# one cluster), the killing of two officers (headline "kill", "killing"),
# the burning of the van ASSAULT `destroy` (headline "burn", "setting
# ... ablaze"), the deployment MOBILIZE `police` and the arrest
# (undated pluperfects), the commissioner's investigation ACCUSE
# `investigate` (undated). Gunmen no one names: country NGA, sector null.
NA = "rec_aq-nnewi-attack"
NK = "rec_aq-nnewi-killing"
NB = "rec_aq-nnewi-van"
A('07', 'The Punch', '2026-12-08', "Gunmen kill two policemen, burn patrol van in Anambra",
  "Gunmen kill two policemen, burn patrol van in Anambra\n"
  "Gunmen on Monday attacked a police checkpoint at Uruagu, Nnewi, in the Nnewi North Local Government Area of Anambra State, killing two officers and setting their patrol van ablaze.\n"
  "The Police Public Relations Officer in the state, SP Chinedu Okafor, who confirmed the incident in a statement on Monday, said the assailants, who came in a Sienna bus, opened fire on the officers without provocation.\n"
  "He said a joint team of police and soldiers had been deployed in the area and that one suspect had been arrested with a pump-action gun.\n"
  "Okafor said, \"The Commissioner of Police has ordered a full-scale investigation and assures residents that the perpetrators will be brought to book.\"\n"
  "Residents told our correspondent that shops in the area were hurriedly closed as people fled.", [
    E("Gunmen kill two policemen", "kill", "ASSAULT", "firearms", ("Gunmen", "NGA", None), ("two policemen", "NGA", "COP"), MON7,
      P("Anambra", "Anambra"), cl=NK),
    E("burn patrol van", "burn", "ASSAULT", "destroy", ("Gunmen", "NGA", None), ("patrol van", "NGA", "COP"), MON7, P("Anambra", "Anambra"), cl=NB),
    E("attacked a police checkpoint", "attacked", "ASSAULT", "firearms", ("Gunmen", "NGA", None), ("a police checkpoint", "NGA", "COP"), MON7,
      P("Nnewi", "Nnewi"), cl=NA),
    E("killing two officers", "killing", "ASSAULT", "firearms", ("Gunmen", "NGA", None), ("two officers", "NGA", "COP"), MON7, P("Nnewi", "Nnewi"), cl=NK),
    E("setting their patrol van ablaze", "setting", "ASSAULT", "destroy", ("Gunmen", "NGA", None), ("their patrol van", "NGA", "COP"), MON7,
      P("Nnewi", "Nnewi"), cl=NB),
    E("opened fire on the officers", "opened fire", "ASSAULT", "firearms", ("the assailants", "NGA", None), ("the officers", "NGA", "COP"), MON7,
      None, speaker="The Police Public Relations Officer in the state, SP Chinedu Okafor", mod="reported", cl=NA),
    E("had been deployed in the area", "deployed", "MOBILIZE", "police", None, None, None, None, speaker="He", mod="reported"),
    E("one suspect had been arrested", "arrested", "COERCE", "arrest", None, ("one suspect", "NGA", "CVL"), None, None, speaker="He", mod="reported"),
    E("has ordered a full-scale investigation", "investigation", "ACCUSE", "investigate", ("The Commissioner of Police", "NGA", "COP"), None, None,
      None, speaker="Okafor", mod="reported"),
])

# Abakaliki (Nigerian online paper), Wednesday 9 December: "'no work, no
# pay'", "Comrade". The strike PROTEST `strike` (headline, body, "the
# strike" re-mentioned: one cluster; teachers EDU), the march PROTEST
# `demo` (Tuesday), the commissioner's condemnation ACCUSE `disapprove`
# and her warning THREATEN (headline "threatens", body "warned": one
# cluster; undated statement).
AS = "rec_aq-abakaliki-strike"
AT = "rec_aq-abakaliki-warning"
A('08', 'Daily Post', '2026-12-09', "Ebonyi teachers begin indefinite strike, govt threatens 'no work, no pay'",
  "Ebonyi teachers begin indefinite strike, govt threatens 'no work, no pay'\n"
  "Public primary school teachers in Ebonyi State on Tuesday began an indefinite strike over the non-payment of three months' salary arrears, shutting schools across Abakaliki and other towns.\n"
  "The state chairman of the Nigeria Union of Teachers (NUT), Comrade Ogbonna Nwali, told journalists in Abakaliki that the union would not call off the action until every teacher was paid.\n"
  "Hundreds of teachers also marched to the Government House, where they were addressed by the Deputy Governor.\n"
  "But the state Commissioner for Education, Mrs. Ifeoma Agwu, in a statement, described the strike as illegal and warned that the government would invoke the 'no work, no pay' rule against any teacher who failed to resume on Monday.\n"
  "She said the government had already paid one month of the arrears last week.", [
    E("begin indefinite strike", "strike", "PROTEST", "strike", ("Ebonyi teachers", "NGA", "EDU"), None, TUE8, None, cl=AS),
    E("govt threatens", "threatens", "THREATEN", None, ("govt", "NGA", "GOV"), None, None, None, mod="threatened", cl=AT),
    E("began an indefinite strike", "strike", "PROTEST", "strike", ("Public primary school teachers in Ebonyi State", "NGA", "EDU"), None, TUE8,
      P("Ebonyi State", "Ebonyi State"), cl=AS),
    E("teachers also marched", "marched", "PROTEST", "demo", ("Hundreds of teachers", "NGA", "EDU"), None, TUE8, None),
    E("described the strike as illegal", "described", "ACCUSE", "disapprove", (("the state Commissioner for Education, Mrs. Ifeoma Agwu", "But the state"), "NGA", "GOV"),
      None, None, None),
    E("the strike as illegal", "strike", "PROTEST", "strike", None, None, TUE8, None, cl=AS),
    E("warned that the government would", "warned", "THREATEN", None, (("the state Commissioner for Education, Mrs. Ifeoma Agwu", "But the state"), "NGA", "GOV"),
      ("any teacher who failed to resume on Monday", "NGA", "EDU"), None, None, mod="threatened", cl=AT),
])

# Kakamega (Kenyan national paper), Monday 7 December: "mob justice",
# "boda boda". The lynching ASSAULT `beat` (headline, "were lynched",
# "beat them": one cluster; a crowd attacking people stays ASSAULT, the
# crowd-violence decision), the stoning of officers PROTEST `riot`
# (crowd throwing: own-text usage), the investigations ACCUSE
# `investigate`, the promised arrests and charges (`future`, decision
# 5), Sunday's arrest of the owner.
KL = "rec_aq-kakamega-lynching"
A('09', 'Daily Nation', '2026-12-07', "Two suspected thieves lynched by mob in Kakamega",
  "Two suspected thieves lynched by mob in Kakamega\n"
  "Two men suspected of stealing a motorcycle were lynched by a mob at Shinyalu market in Kakamega County on Saturday evening, police said.\n"
  "Shinyalu Sub-County Police Commander Peter Kiprono said the two were cornered by residents who beat them with clubs and stones before setting them on fire. Officers who rushed to the scene were pelted with stones as they tried to rescue the suspects.\n"
  "\"Mob justice is a crime. We have launched investigations and anyone found to have taken part will be arrested and charged,\" Mr Kiprono said.\n"
  "The motorcycle's owner, a boda boda rider, was arrested on Sunday to help police with investigations.", [
    E("thieves lynched by mob", "lynched", "ASSAULT", "beat", ("mob", "KEN", "CVL"), ("Two suspected thieves", "KEN", "CVL"), SAT5,
      P("Kakamega", "Kakamega"), cl=KL),
    E("were lynched by a mob", "lynched", "ASSAULT", "beat", ("a mob", "KEN", "CVL"), ("Two men suspected of stealing a motorcycle", "KEN", "CVL"),
      SAT5, P("Shinyalu", "Shinyalu"), speaker="police", mod="reported", cl=KL),
    E("residents who beat them", "beat", "ASSAULT", "beat", ("residents", "KEN", "CVL"), (("them", "beat them"), "KEN", "CVL"), SAT5, None,
      speaker="Shinyalu Sub-County Police Commander Peter Kiprono", mod="reported", cl=KL),
    E("were pelted with stones", "pelted", "PROTEST", "riot", None, ("Officers who rushed to the scene", "KEN", "COP"), SAT5, None,
      speaker=("Shinyalu Sub-County Police Commander Peter Kiprono", "Shinyalu Sub-County"), mod="reported"),
    E("We have launched investigations", "investigations", "ACCUSE", "investigate", ("We", "KEN", "COP"), None, None, None,
      speaker="Mr Kiprono", mod="reported"),
    E("will be arrested and charged", "arrested", "COERCE", "arrest", None, ("anyone found to have taken part", "KEN", "CVL"), None, None,
      speaker="Mr Kiprono", mod="future"),
    E("arrested and charged,", "charged", "ACCUSE", "allege", None, ("anyone found to have taken part", "KEN", "CVL"), None, None,
      speaker="Mr Kiprono", mod="future"),
    E("was arrested on Sunday", "arrested", "COERCE", "arrest", None, ("The motorcycle's owner, a boda boda rider", "KEN", "CVL"), SUN6, None),
])

# Bacolod (Philippine paper), Thursday 10 December: "barangay captain",
# "riding-in-tandem", "here". The shooting ASSAULT `firearms` (headline,
# body, "fired at him", "the killing": one cluster; Wednesday), the
# death threats THREATEN `violence` (undated, his wife the speaker), the
# task group ACCUSE `investigate` (undated perfect), no arrest
# (`negated`). A barangay captain is GOV.
BC = "rec_aq-bacolod-shooting"
A('10', 'Philippine Daily Inquirer', '2026-12-10', "Barangay captain shot dead by riding-in-tandem gunmen in Bacolod",
  "Barangay captain shot dead by riding-in-tandem gunmen in Bacolod\n"
  "BACOLOD CITY, Philippines – A barangay captain was shot dead by two men on a motorcycle in Barangay Alijis here on Wednesday morning, police said.\n"
  "Police Major Ramon Villanueva, chief of Police Station 6, said Edgardo Sombito, 52, chairman of Barangay Alijis, was about to board his vehicle when the gunmen fired at him at least six times.\n"
  "Sombito had earlier received death threats over his campaign against illegal drugs in the village, his wife told reporters.\n"
  "The Bacolod City Police Office has formed a special investigation task group to look into the killing. No suspect has been arrested so far.\n"
  "Sombito is the third village official killed in Negros Occidental this year.", [
    E("captain shot dead", "shot dead", "ASSAULT", "firearms", ("riding-in-tandem gunmen", "PHL", None), ("Barangay captain", "PHL", "GOV"), WED9,
      P("Bacolod", "Bacolod"), cl=BC),
    E("was shot dead by two men", "shot dead", "ASSAULT", "firearms", ("two men on a motorcycle", "PHL", None), ("A barangay captain", "PHL", "GOV"),
      WED9, P("Barangay Alijis", "Bacolod"), speaker="police", mod="reported", cl=BC),
    E("the gunmen fired at him", "fired", "ASSAULT", "firearms", ("the gunmen", "PHL", None), (("him", "fired at him"), "PHL", "GOV"), WED9, None,
      speaker="Police Major Ramon Villanueva, chief of Police Station 6", mod="reported", cl=BC),
    E("received death threats", "threats", "THREATEN", "violence", None, ("Sombito", "PHL", "GOV"), None, None, speaker="his wife", mod="reported"),
    E("has formed a special investigation", "investigation", "ACCUSE", "investigate", ("The Bacolod City Police Office", "PHL", "COP"), None, None, None),
    E("to look into the killing", "killing", "ASSAULT", "firearms", None, None, WED9, None, cl=BC),
    E("No suspect has been arrested", "arrested", "COERCE", "arrest", None, None, None, None, mod="negated"),
])

# Rockhampton (Australian regional paper / public broadcaster), Tuesday 8
# December: "faced Rockhampton Magistrates Court", "going armed so as to
# cause fear", "adjourned". Bail refused COERCE `arrest` (headline,
# body, the magistrate's refusal of the application: one decision), the
# machete attack ASSAULT `primitive` (headline "alleged ... attack", body
# "accused of attacking", the prosecutor's "swung": one cluster; Friday;
# "alleged" with no source: asserted, decision 2; the content of "accused
# of" `reported`), the accusation and the charge ACCUSE `allege`
# (undated), the court appearance ACCUSE `allege` (Monday), the bail
# application REQUEST `yield` (at Monday's hearing), the adjournment
# ACCUSE `allege` `future` (2 February).
RB = "rec_aq-rockhampton-bail"
RA = "rec_aq-rockhampton-machete"
A('11', 'ABC Capricornia', '2026-12-08', "Man refused bail after alleged machete attack at Rockhampton pub",
  "Man refused bail after alleged machete attack at Rockhampton pub\n"
  "A Rockhampton man accused of attacking two men with a machete outside a North Rockhampton pub has been refused bail.\n"
  "The 41-year-old faced Rockhampton Magistrates Court on Monday charged with two counts of wounding and one of going armed so as to cause fear.\n"
  "Police prosecutor Sergeant Kylie Marsh told the court the man allegedly swung the machete at the pair after being asked to leave the premises about 11pm on Friday. One victim suffered deep cuts to his arm.\n"
  "Defence lawyer Tom Brennan applied for bail, arguing his client had no history of violence, but Magistrate Helen Cross said the allegations were serious and refused the application.\n"
  "The matter was adjourned to February 2.", [
    E("Man refused bail", "refused", "COERCE", "arrest", None, ("Man", "AUS", "CVL"), MON7, None, cl=RB),
    E("alleged machete attack", "attack", "ASSAULT", "primitive", None, None, FRI4, P("Rockhampton", "Rockhampton"), cl=RA),
    E("man accused of attacking", "accused", "ACCUSE", "allege", None, ("A Rockhampton man", "AUS", "CVL"), None, None),
    E("accused of attacking two men", "attacking", "ASSAULT", "primitive", ("A Rockhampton man", "AUS", "CVL"), ("two men", "AUS", "CVL"), FRI4,
      P("North Rockhampton", "Rockhampton"), mod="reported", cl=RA),
    E("has been refused bail", "refused", "COERCE", "arrest", None, ("A Rockhampton man", "AUS", "CVL"), MON7, None, cl=RB),
    E("faced Rockhampton Magistrates Court", "faced", "ACCUSE", "allege", None, ("The 41-year-old", "AUS", "CVL"), MON7,
      P("Rockhampton", "Rockhampton")),
    E("charged with two counts", "charged", "ACCUSE", "allege", None, ("The 41-year-old", "AUS", "CVL"), None, None),
    E("allegedly swung the machete", "swung", "ASSAULT", "primitive", ("the man", "AUS", "CVL"), ("the pair", "AUS", "CVL"), FRI4, None,
      speaker="Police prosecutor Sergeant Kylie Marsh", mod="reported", cl=RA),
    E("applied for bail", "applied", "REQUEST", "yield", ("Defence lawyer Tom Brennan", "AUS", "CVL"), None, MON7, None, mod="demanded"),
    E("refused the application", "refused", "COERCE", "arrest", ("Magistrate Helen Cross", "AUS", "JUD"), None, MON7, None, cl=RB),
    E("was adjourned to February 2", "adjourned", "ACCUSE", "allege", None, None, d("2027-02-02"), None, mod="future"),
])

# Lethbridge (Canadian city paper), Wednesday 9 December: "LPS", "home
# invasion", "executed a search warrant", "remanded into custody". The
# assault in the home invasion ASSAULT `beat` (headline "home
# invasion", "was assaulted", "assaulted the ... occupant": one cluster;
# early Sunday; the robbery itself no event), the charges ACCUSE `allege`
# (headline "lay charges", "have charged", "are facing charges": one
# cluster, undated), Monday's search COERCE and arrests, the recovery
# COERCE `seize`, the remand (undated), Thursday's appearance `future`.
LA = "rec_aq-lethbridge-invasion"
LC = "rec_aq-lethbridge-charges"
A('12', 'Lethbridge Herald', '2026-12-09', "LPS lay charges after violent home invasion on north side",
  "LPS lay charges after violent home invasion on north side\n"
  "Lethbridge police have charged three people after a man was assaulted and robbed during a home invasion on the city's north side early Sunday.\n"
  "According to the Lethbridge Police Service, three masked suspects forced their way into a residence in the 1800 block of 15 Avenue North at about 2 a.m. and assaulted the 38-year-old occupant with a baseball bat before fleeing with electronics and cash.\n"
  "The victim was taken to Chinook Regional Hospital with injuries that are not considered life-threatening.\n"
  "Following a tip from the public, officers executed a search warrant at a home in the 600 block of 13 Street North on Monday and arrested two men and a woman. A replica handgun and stolen property were recovered.\n"
  "The accused, all from Lethbridge, are facing charges including robbery, aggravated assault and break and enter. They were remanded into custody pending a court appearance on Thursday.", [
    E("LPS lay charges", "charges", "ACCUSE", "allege", ("LPS", "CAN", "COP"), None, None, None, cl=LC),
    E("violent home invasion", "home invasion", "ASSAULT", "beat", None, None, SUN6, None, cl=LA),
    E("police have charged three people", "charged", "ACCUSE", "allege", ("Lethbridge police", "CAN", "COP"), ("three people", "CAN", "CVL"),
      None, None, cl=LC),
    E("a man was assaulted", "assaulted", "ASSAULT", "beat", None, ("a man", "CAN", "CVL"), SUN6, None, cl=LA),
    E("assaulted the 38-year-old occupant", "assaulted", "ASSAULT", "beat", (("three masked suspects", "According to the Lethbridge"), "CAN", "CVL"),
      ("the 38-year-old occupant", "CAN", "CVL"), SUN6, None, speaker=("the Lethbridge Police Service", "According to the Lethbridge"), mod="reported", cl=LA),
    E("executed a search warrant", "search warrant", "COERCE", None, ("officers", "CAN", "COP"),
      ("a home in the 600 block of 13 Street North", "CAN", "CVL"), MON7, None),
    E("arrested two men and a woman", "arrested", "COERCE", "arrest", ("officers", "CAN", "COP"), ("two men and a woman", "CAN", "CVL"), MON7, None),
    E("stolen property were recovered", "recovered", "COERCE", "seize", None, None, MON7, None),
    E("are facing charges", "charges", "ACCUSE", "allege", None, ("The accused, all from Lethbridge", "CAN", "CVL"), None, None, cl=LC),
    E("were remanded into custody", "remanded", "COERCE", "arrest", None, ("They", "CAN", "CVL"), None, None),
    E("a court appearance on Thursday", "appearance", "ACCUSE", "allege", None, None, THU10, None, mod="future"),
])

# Navan (Irish regional paper), Tuesday 8 December: "passed off
# peacefully", "TD"-free local politics. Saturday's march PROTEST `demo`
# (headline, body, "The march", "a rally outside the hospital": one
# cluster), the occupation promised "if the HSE pressed ahead" THREATEN
# on "occupy" (relabel64 (a); the HSE its recipient), the councillor's
# call REQUEST `meet`. The HSE's plan to close a department is no PLOVER
# act (a service decision: decision 6).
NM = "rec_aq-navan-march"
A('13', 'Meath Chronicle', '2026-12-08', "Thousands march in Navan against hospital emergency department closure",
  "Thousands march in Navan against hospital emergency department closure\n"
  "An estimated 4,000 people marched through Navan on Saturday afternoon in protest at plans by the Health Service Executive (HSE) to close the emergency department at Our Lady's Hospital.\n"
  "The march, organised by the Navan Hospital Action Group, passed off peacefully, gardaí said.\n"
  "Speaking at a rally outside the hospital, group chairperson Siobhán Farrelly said campaigners would occupy the hospital grounds if the HSE pressed ahead with the closure in the new year.\n"
  "Local councillor Pádraig Reilly called on the Minister for Health to meet the campaigners before Christmas.", [
    E("Thousands march", "march", "PROTEST", "demo", ("Thousands", "IRL", "CVL"), None, SAT5, P("Navan", "Navan"), cl=NM),
    E("people marched through Navan", "marched", "PROTEST", "demo", ("An estimated 4,000 people", "IRL", "CVL"), None, SAT5, P("Navan", "Navan"), cl=NM),
    E("The march, organised by", "march", "PROTEST", "demo", ("the Navan Hospital Action Group", "IRL", "CVL"), None, SAT5, None, speaker="gardaí",
      mod="reported", cl=NM),
    E("Speaking at a rally", "rally", "PROTEST", "demo", None, None, SAT5, None, cl=NM),
    E("campaigners would occupy", "occupy", "THREATEN", None, ("campaigners", "IRL", "CVL"), ("the HSE", "IRL", "GOV"), None, None,
      speaker="group chairperson Siobhán Farrelly", mod="threatened"),
    E("called on the Minister for Health", "called", "REQUEST", "meet", ("Local councillor Pádraig Reilly", "IRL", "GOV"),
      ("the Minister for Health", "IRL", "GOV"), None, None, mod="demanded"),
])

# Nyeri (Kenyan paper), Wednesday 9 December: "down tools", "statutory
# deductions", "Sh40 million". The strike PROTEST `strike` (headline,
# body, "are protesting": one cluster; nurses HLH), the defiance of the
# court order REJECT (headline, body; the court its recipient,
# recipients6), the court's suspension of the strike COERCE `restrict`
# (undated), the accusation ACCUSE `allege`, the threat to replace
# absent nurses THREATEN (no threat verb; the executive's own coercive
# statement, decision 7).
NS = "rec_aq-nyeri-strike"
ND = "rec_aq-nyeri-defiance"
A('14', 'The Star', '2026-12-09', "Nyeri nurses down tools, defy court order",
  "Nyeri nurses down tools, defy court order\n"
  "Nurses at Nyeri County Referral Hospital on Tuesday downed their tools, defying an order by the Employment and Labour Relations Court suspending their strike.\n"
  "The nurses, under the Kenya National Union of Nurses (KNUN), are protesting delayed promotions and the failure by the county government to remit their statutory deductions.\n"
  "KNUN Nyeri branch secretary Jane Wambui said the union would not be intimidated. \"We will only resume work when the county pays what it owes us,\" she said.\n"
  "Health executive Dr Paul Maina said the county had already released Sh40 million and accused the union of holding patients hostage. He said nurses who failed to report on duty by Thursday would be replaced.", [
    E("nurses down tools", "down tools", "PROTEST", "strike", ("Nyeri nurses", "KEN", "HLH"), None, TUE8, P("Nyeri", "Nyeri"), cl=NS),
    E("defy court order", "defy", "REJECT", None, ("Nyeri nurses", "KEN", "HLH"), None, TUE8, None, cl=ND),
    E("downed their tools", "downed", "PROTEST", "strike", ("Nurses at Nyeri County Referral Hospital", "KEN", "HLH"), None, TUE8,
      P("Nyeri", "Nyeri"), cl=NS),
    E("defying an order", "defying", "REJECT", None, ("Nurses at Nyeri County Referral Hospital", "KEN", "HLH"),
      ("the Employment and Labour Relations Court", "KEN", "JUD"), TUE8, None, cl=ND),
    E("suspending their strike", "suspending", "COERCE", "restrict", ("the Employment and Labour Relations Court", "KEN", "JUD"),
      (("their", "suspending their"), "KEN", "HLH"), None, None),
    E("are protesting delayed promotions", "protesting", "PROTEST", "strike", ("The nurses, under the Kenya National Union of Nurses (KNUN)", "KEN", "HLH"),
      None, TUE8, None, cl=NS),
    E("accused the union of holding", "accused", "ACCUSE", "allege", ("Health executive Dr Paul Maina", "KEN", "GOV"), ("the union", "KEN", "LAB"),
      None, None),
    E("would be replaced", "replaced", "THREATEN", None, ("He", "KEN", "GOV"), ("nurses who failed to report on duty by Thursday", "KEN", "HLH"),
      None, None, mod="threatened"),
])

# --- end of articles ---


def waiting_sources() -> set[str]:
    """The sets waiting in blind/ beside rec_aq: the sources of every other
    blind/rec_*.jsonl are passed to ``check_unused`` as ``extra``."""
    sources = set()
    for path in Path(__file__).resolve().parent.glob("rec_*.jsonl"):
        if path.name != "rec_aq.jsonl":
            sources |= {json.loads(line)["source"]
                        for line in path.read_text(encoding="utf-8").splitlines()}
    return sources


def main():
    check_unused(BATCH, extra=waiting_sources())  # the record sets, the waiting sets and read_docs.txt
    assert all(a["source"] == "own" for a in BATCH.articles)
    BATCH.write()


if __name__ == "__main__":
    main()
