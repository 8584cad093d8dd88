"""Build tests/data/records/rec_t.jsonl: gold whole-record events (batch rec_t).

rec_t was a BLIND SET, labelled on 2026-12-05 (branch ``blind_t``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read and
no system output looked at. It waited in ``blind/`` and was run twice in
the nineteenth session (``6379c25`` after round one, ``1a8b7fc`` after round
two; docs/BENCHMARKS.md, "Where things stand"); since then it is development
data like rec_a..rec_s:

    eventwire eval records --data tests/data/records/rec_t.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: GeoVirus
  Wikinews articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only
  the text is copied, none of GeoVirus' annotation), MEANTIME Wikinews
  articles (``meantime:<doc_id>``, CC BY 4.0) and one ECB+ article
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 1, 4 and 7, at most three).
  Every GeoVirus and MEANTIME id was on the list given for rec_t
  (/work/prompts/unused_for_t.txt), and no document used by rec_a..rec_s,
  nor one listed in tests/data/records/read_docs.txt, is used again
  (``check_unused``). A text with no headline line takes its first sentence
  as title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in North America, Eastern
  Europe, Russia, the Caucasus, the Levant and the Gulf, Southern Europe and
  the Horn of Africa.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section, rec_s's decisions and the "rec_t" decisions
there. Spans are located by needle strings, never by
hand-counted offsets (the conventions of tests/data/records/needles.py,
which write rec_t.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames'
country point, other features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_t.py
"""

import re
import sys
from pathlib import Path

RECORDS = Path(__file__).resolve().parent
sys.path.insert(0, str(RECORDS))
from needles import (  # noqa: E402
    Batch,
    E,
    P,
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
    # countries: GeoNames country points
    'Poland': (52.0, 20.0),
    'Ukraine': (49.0, 32.0),
    'Lithuania': (56.0, 24.0),
    'Belarus': (53.0, 28.0),
    'Moldova': (47.25, 28.58),
    'Romania': (46.0, 25.0),
    'Lebanon': (33.83, 35.83),
    'Qatar': (25.5, 51.25),
    'Greece': (39.0, 22.0),
    'Somalia': (6.0, 48.0),
    'Ethiopia': (9.0, 39.5),
    'Azerbaijan': (40.5, 47.5),
    'Mexico': (23.0, -102.0),
    'Crete': (35.25, 24.75),  # island, approximate
    'California': (37.25, -119.75),  # ADM1, approximate
    # cities and other features
    'San Jose': (37.34, -121.89),
    'London': (51.51, -0.13),
    'Warsaw': (52.23, 21.01),
    'Lublin': (51.25, 22.57),
    'Deblin': (51.56, 21.85),
    'Gdansk': (54.35, 18.65),
    'Minsk': (53.90, 27.57),
    'Kyiv': (50.45, 30.52),
    'Kharkiv': (49.98, 36.25),
    'Zaporizhzhia': (47.82, 35.19),
    'Vilnius': (54.69, 25.28),
    'Chisinau': (47.01, 28.86),
    'Tiraspol': (46.84, 29.64),
    'Bucharest': (44.43, 26.11),
    'Tulcea': (45.17, 28.80),
    'Moscow': (55.75, 37.62),
    'Baku': (40.38, 49.89),
    'Yekaterinburg': (56.85, 60.61),
    'Yerevan': (40.18, 44.51),
    'Beirut': (33.89, 35.50),
    'Doha': (25.29, 51.53),
    'Erbil': (36.19, 44.01),
    'Zakho': (37.14, 42.68),
    'Rome': (41.89, 12.48),
    'Gjader': (41.89, 19.60),
    'Valencia': (39.47, -0.38),
    'Paiporta': (39.43, -0.42),
    'Athens': (37.98, 23.73),
    'Lisbon': (38.72, -9.13),
    'Mogadishu': (2.04, 45.34),
    'Beled Hawo': (3.92, 41.87),
    'Mekelle': (13.50, 39.47),
    'Addis Ababa': (9.02, 38.75),
    'Asmara': (15.34, 38.93),
    'Chicago': (41.85, -87.65),
    'Uruapan': (19.42, -102.06),
    'Mexico City': (19.43, -99.13),
    'Toronto': (43.70, -79.42),
    'Palermo': (38.12, 13.36),
    'Sicily': (37.5, 14.0),  # island, approximate
    'Bratislava': (48.15, 17.11),
    'Tbilisi': (41.69, 44.83),
    'Gaziantep': (37.06, 37.38),
    'Damascus': (33.51, 36.29),
    'Sweida': (32.71, 36.57),
    'Mika': (51.66, 21.76),  # village, approximate
    'Pulawy': (51.42, 21.97),
    'Krakow': (50.06, 19.94),
    'Bryansk': (53.25, 34.37),
    'Nabatieh': (33.38, 35.48),
    'Kurdistan': (36.0, 44.5),  # Kurdistan Region, approximate
    'Duhok': (36.87, 42.99),
    'Red Sea': (20.0, 38.5),  # approximate
    'Gedo': (3.5, 42.0),  # region, approximate
    'Mandera': (3.94, 41.86),
    'Bari': (41.12, 16.87),
    'Albania': (41.0, 20.0),
    'Libya': (28.0, 17.0),
    'Benghazi': (32.12, 20.07),
    'Gavdos': (34.84, 24.08),
    'Illinois': (40.0, -89.25),  # ADM1, approximate
    'Broadview': (41.86, -87.85),
    'Morelia': (19.70, -101.19),
}

BATCH = Batch("rec_t", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'geovirus:geovirus-204': 'San Jose, California — A woman eating a bowl of chili at a Wendy\'s restaurant bit into a chewy bit that turned out to be a human finger. She immediately spat it out, warned other patrons to stop eating, and upon recognizing the object as a finger, vomited. "I\'m more of a Carl\'s Jr. person," the 39-year-old Las Vegas woman, Anna Ayala, told Knight Ridder. She said this incident was her first visit to a Wendy\'s restaurant. Ayala described how she found the finger, "Suddenly something crunchy was in my mouth," she continued, "and I spit it out." According to Devina Cordero, 20, after Ayala found the finger, she ran up to her and Cordero\'s boyfriend and said, "Don\'t eat it! Look, there\'s a human finger in our chili." "We went up to the counter and they told us it was a vegetable," Cordero continued. "The people from Wendy\'s were poking it with a spoon." The restaurant is located at 1405 Monterey Highway , just south of downtown San Jose. Wikinews reporter David Vasquez drove his car up to the drive-thru menu and found that chili was still on the menu, at a price of US$1.19 for a small serving. He also witnessed workers unloading supplies from a semi-trailer truck in the restaurant\'s parking lot, and carting them into the back door of the establishment. According to Ben Gale, director of environmental health for Santa Clara County, the finger did not come from any of the employees at the restaurant. "We asked everybody to show us they have 10 fingers and everything is OK there," he said. The found portion of the finger likely belonged to a woman because of its long and manicured fingernail, also found in the food. Officials seized the food supply at the restaurant and are tracing it back to the manufacturer, where they believe the finger may have gotten mixed in with the raw ingredients used to prepare the chili. The restaurant\'s operators were later permitted to re-open after preparing new chili prepared from fresh ingredients. As this story was filed, there was no mention of the incident on the Wendy\'s corporate web site. Wendy\'s issued a statement through a spokesman. "Food safety is of utmost importance to us," said Wendy\'s spokesman Joe Desmond. He referred to the incident as an "unsubstantiated claim." "We are cooperating fully with the local police and health departments with their investigation. It\'s important not to jump to conclusions. Here at Wendy\'s we plan to do right by our customers," Desmond said. According to county health officials, the unfortunate woman who bit into the finger is doing fine, despite her initial reaction. Officials also noted that the finger would have been cooked at a high enough temperature to destroy any viruses. The Santa Clara County medical examiner reported that the finger had a solid fingerprint, although investigators did not say if a search of fingerprint databases would be performed to find the owner of the finger.',
    'geovirus:geovirus-084': 'Five deaths from cholera have been reported in the past week in the Zimbabwean provinces of Mashonaland West and Midlands, raising fears that the onset of the rains could lead to a repeat of the cholera epidemic that claimed thousands of lives in the past year. The five deaths resulted from 117 cases reported in the Mashonaland West, Manicaland and Midlands provinces since last month. The provinces of Masvingo province has also reported cases. The Zimbabwean Health and Child Welfare Secretary, Gerald Gwinji, said on Tuesday that most of the deaths and cases occurred among religious sects that do not accept medical treatment. "Most of the cases were recorded [...] among religious objectors, who for a long time have been reluctant to seek medical attention," he said. Health experts have warned that with the rainy season just beginning around the country, cholera could get out of hand if safe water is not made widely available. Aid agencies have been warning that another outbreak of the disease was very likely, as the heavy summer rains cause cholera, which is water-borne, to be transmitted more easily. “The fundamentals of the last epidemic are still there. Water is only sporadically available, and sewerage reticulation and refuse collection are only partially working,” a spokeswoman for the UNICEF said. Officials from aid agencies predicted that the number of current cholera infections in Zimbabwe will decline to around 60,000. “It’s not the catastrophe that it was last year but it’s still a big epidemic of an easily preventable disease that should never have been allowed to happen,” an unnamed agency doctor said. The decrease has been anticipated after large amounts of water purification tablets, communal water tanks, and boreholes were installed in water systems as part of an operation to make water safer to drink. Spokeswoman Tsitsi Singizi of the United Nations Children\'s Fund told the Voice of America news agency that the government and international or non-governmental aid agencies have been doing all they can to prevent a repeat of last year\'s deadly epidemic. A recent cholera epidemic in Zimbabwe claimed 4,288 lives from late 2008 to mid-2009, the worst outbreak seen on the African continent for fifteen years after the collapse of sanitation and water systems throughout the country.',
    'geovirus:geovirus-184': 'Earlier yesterday, California state senators voted 21-11 in favor the prohibition of sales of sugared sports drinks at public schools during class hours. Soft drinks are already banned during school hours. "Sugar-sweetened electrolyte replacement beverages are still available and have surged in popularity among kids," said Senator Alex Padilla. "This is a common sense step forward in the effort to address the obesity epidemic in California," he added. Padilla\'s bill is now on its way to the Assembly. Studies have shown that drinks, especially sweetened, contribute to obesity among adults and children, leading to diseases like diabetes. "Eight out of ten drinks sold in California public schools are sports drinks," Padilla said, citing information from the California Department of Public Health. Governor Schwarzenegger is sponsoring a package of legislation aimed at reducing child obesity in California.',
    'geovirus:geovirus-092': "The government of the United Kingdom has unveiled their strategy to deal with any future influenza pandemic in their Pandemic Influenza Contingency Plan. The document, based on the World Health Organization's framework for responses, explains how the UK would respond to a major outbreak of flu. Any flu pandemic would differ from the seasonal outbreaks of flu observed worldwide every year. While seasonal flu kills 12,000 Britons annually, a pandemic would affect far more people and could result in the deaths of up to 50,000 people in the UK if there were no medical intervention. The government will have the power to cancel events where large numbers of people gather, such as football (soccer) matches. It could also advise travel restrictions to and from areas of high infection, but would not be able to enforce any such measures. Canada and Australia have also bought the equivalent amounts of anti-viral drugs. The U.S. has also bought large amounts of similar drugs. The total cost of the acquisition was not published by the government, but the BBC estimated the cost to be £180 million. Unlike a vaccine, oseltamivir can be used to treat any strain of the influenza virus. Many new variants of the influenza virus are seen every year, and combined with the long lead times associated with the development of vaccinces, mass vaccination is frequently impractical.",
    'geovirus:geovirus-063': 'Canada\'s Food Inspection Agency has confirmed that a cow in British Columbia, Canada, tested positive for bovine spongiform encephalopathy, or "mad cow disease". Officials announced on Friday that initial tests done on the purebred six-year-old dairy Holstein had come back inconclusive. The cow was found in Fraser Valley, a farming community near Vancouver, British Columbia. Officials also say that the beef supply is safe because none of the infected cows had made it to the human food chain. "This finding does not affect the safety of Canadian beef. Tissues in which BSE is known to concentrate in infected animals are removed from all cattle slaughtered in Canada for domestic and international human consumption. No part of this animal entered the human food or animal feed systems," said agency officials in a statement on Sunday. "This animal, a six-year-old dairy cow, developed BSE after the implementation of Canada\'s feed ban. Investigators will pay particular attention to the feed to which the animal may have been exposed early in its life, when cattle are most susceptible to BSE. The CFIA is collecting records of feed purchased by and used on the animal\'s birth farm," the statement continued. However, the United States does not believe a ban on Canadian beef will come immediately. "Information gathered through this investigation will help us to determine what, if any, impact this should have on our beef and live cattle trade with Canada. Based on the information currently available, I do not anticipate a change in the status of our trade," said U.S. Agriculture Secretary Mike Johanns. This is Canada\'s fifth confirmed case of the disease since May 2003, and officials have tested more than 100,000 cows since the first case of the disease turned up in Alberta. This is the second cow to test positive for the disease this year. At least 150 people worldwide have died from eating beef contaminated with the variant Creutzfeldt-Jakob disease, a nerve disease that is usually fatal. Most of the deaths occurred in the United Kingdom.',
    'geovirus:geovirus-201': "41,846 reported cases and 18 children's deaths have arisen from Hand, foot and mouth disease (HFMD) as reported by the Ministry of Health of the People's Republic of China for the first three months of 2009. The majority of infected children are under the age of five years old. No vaccine is available for this disease. The highly infectious disease has spread across 30 provinces and regions of China. Heze city alone has registered 1,734 cases, 440 of which came in last Friday. Five babies here died from HFMD just last week. Henan province has registered seven dead children and 4,761 HFMD cases. Shandong has reported five children dead from HFMD and 3,280 cases to deal with. HFMD can start from a variety of viruses of which Enterovirus 71 (EV-71) is the most common, followed by the Coxsackie A virus (Cox A16). There is an Incubation period from time of contact to appearance of symptoms between three to seven days. HFMD warning signs begin with a small fever and then lesions and blisters around the mouth and rashes on the feet and hands. Deng Haihua, Ministry of Health spokesperson, expects the disease to reach its height between May and July. Yang Weizhong Deputy Director for the Chinese Center for Disease Control and Prevention said researchers are increasing research efforts to find a vaccine for EV71. Families are being instructed to embark on week-long disinfections with free medical supplies from local health authorities.",
    'geovirus:geovirus-127': 'Ten infants have died and nearly 6,000 others have been infected in California, United States with whooping cough, or pertussis, since the beginning of this year. Health officials are referring to the event as the worst outbreak of the cough in 60 years. A spokesman from the California Department of Public Health, Michael Sicilia, says all of the deaths occurred in infants under three months and that nine of the deaths were found in infants under eight weeks old. This leads to the conclusion that the children were too young to receive the vaccine for the disease. Sicilia indicated that an estimated 50% of children received the disease from parents or caregivers. Earlier in July of this year California recommended that anyone over seven years old who was not fully vaccinated for Pertussis get a Tdap pertussis booster. Some parents are refusing to have their children vaccinated against the disease and the vaccine has worn off in some adults. Alison Patti, a spokesperson from the Centers for Disease Control and Prevention (CDC), pointed out that the vaccine does not protect individuals indefinitely and health officials are urging that people get the vaccine again if they have not received it within the past five years. According to the CDC, for the first week or two the symptoms of the cough are similar to the common cold; soon after the child begins to "cough violently and rapidly, over and over, until the air is gone from their lungs and they\'re forced to inhale with a loud \'whooping\' sound." Pertussis carries side effects, such as a 20 percent chance of pneumonia and about a one percent chance of convulsions, which makes it very deadly to infants. Doctors and parents often miss the symptoms of whooping cough in infants under six months old due to the absence of the "whooping" sound. Alison Patti said that the "whooping" characteristic is absent in adults which makes them think they don\'t have pertussis. She recommends that anyone with a persistent cough get tested for the whooping cough.',
    'geovirus:geovirus-073': 'Numerous cities throughout Texas, United States have begun broadening their efforts to fight mosquito populations, in an effort to reduce transmission of the sometimes-lethal West Nile virus. Officials in Dallas County have declared a public health emergency. Officials there have requested use of five planes, intended to spray most of North Dallas, as well as other sections of the city. Tim Whitley, a city official in Malakoff, told Wikinews his city has begun using a pesticide specialist to spray two times weekly. According to Whitley, certain atmospheric conditions, such as wind speed and humidity, must be right before the large scale treatments can occur. He explained two treatments per week is more often than usual for the city. "With the concerns in Dallas, we\'re taking it seriously", Whitley added. Even in the drier climate found in Abilene, mosquitos recently tested were carrying the virus. As a result, that city has increased its pesticide treatments. Media sources indicate well over 80 cases of West Nile virus have been reported this year in Dallas alone. A top-ranking Dallas County official told media he views the problem with serious concern. There have been nine cases of West Nile virus in the Houston region, with one of those resulting in death. A New Jersey woman who is a former resident of Lubbock told media earlier this month she\'d contracted the virus and believed she\'d been bitten while visiting Austin. About 60 percent of West Nile cases in the U.S. happen in Texas. Historically, there have been some objections raised over aerial spraying and the potential health hazards distributing such chemicals may pose. A California study, however, showed evidence that in areas where aerial spraying occurred, infection was six times less likely to occur. The earliest cases of the virus appeared in the U.S. in the late 1990s.',
    'geovirus:geovirus-026': 'The two cases in Poland were discovered in the northern town of Toruń, famous as the birthplace of Nicolaus Copernicus. Two swans have been confirmed to have been carriers of the virus. Samples from the subjects have been sent to the European Union (EU) laboratories in Weybridge, England, but initial assessments have been seen as highly reliable. "Yes, we have confirmed that it is definitely H5N1," said Jan Zmudzinski, director of Poland\'s national laboratory, in the town of Pulawy. A hygiene-security zone protected by police has been established, extending up to several hundred metres from the spot on the river bank of the Vistula river where the swans were found. Boud, a resident of Toruń, told Wikinews that he has observed authorities putting precautionary measures in place to attempt to slow the spread of bird flu.',
    'geovirus:geovirus-216': 'Over 27 children are dead, and another 100 are hospitalized, after eating tainted cassava on the central Philippine island of Bohol, according to local officials. Francisca Doliente told The Associated Press that a friend who shared a portion of the cassava with her 9-year-old niece, Arve Tamor, was "gone...She died". "It was during recess time. The children bought cassava," said Mabini Vice-Mayor Ester Tabigue. "Several children were brought here vomiting and complaining of stomach aches," said Dr. Elpidio Bonito. He noted that seven children did not make it to the hospital before succumbing to the food poisoning. At the Ubay L.G. Cotamura Community Hospital, Dr. Leta Cutamora confirmed 14 fatalities and 35 others under treatment. Almost 50 students from the San Jose Elementary School were sent to two other hospitals. One of the sellers of the cassava, a middle-aged woman, was also sent to the hospital. Cassava is a starchy delicacy made from a tropical plant. It is poisonous when raw, and must be prepared properly so it is not converted into cyanide by the human digestive system. "Some said they took only two bites because it tasted bitter and the effects were felt five to 10 minutes later," said Dr. Harold Garcia, from the Garcia Memorial Provincial Hospital. A sample of the cassava will be studied at local Crime Laboratory Group, to try and determine what caused the food poisoning. The cassava was deep-fried and caramelized.',
    'geovirus:geovirus-215': 'Six workers in the post office in Hueytown, Alabama developed breathing problems and 23 were sent to the hospital after a chemical used in the manufacture of fishing lures leaked from a package. The post office, located five miles west of downtown Birmingham, Alabama, was evacuated, and Hueytown firefighters in hazardous materials attire inspected the chemical. The chemical was found to have leaked from an inadequately designed package, evaporated quickly leaving a garlicky scent, and discolored the flooring tile in the post office. Workers complained of symptoms ranging from breathing difficulties to vomiting to burning in the throat. The chemical was later identified as "J.J.\'s Magic," a yellow dye for soft plastic fishing lures which contains garlic oil as a fish attractant. The manufacturer confirmed that a two-ounce bottle of the product was sent to a customer in suburban Birmingham and speculated that the container may have cracked in transit.',
    'geovirus:geovirus-087': 'An outbreak of cholera in West Africa has resulted in the deaths of more than 500 people, and United Nations (UN) health officials are concerned that inadequate health services in the region could result in many more deaths. The World Health Organization (WHO) said on Thursday that over 31,250 cases of cholera have been reported so far this year in nine West African countries. It has claimed 488 lives at this point. "If we look at this year\'s trends, the figures are still going up in many countries," said John Mulangu, a senior regional advisor for the WHO. "If cholera is not brought under control in certain regions, we will soon be talking of... 100,000 cases," he said. "And hospitals and health centres will be overwhelmed. Last year we were not on this scale. The problem is getting worse," Mulangu said. The following West African nations have all been hit by cholera epidemics: Burkina Faso, Cote d\'Ivoire, Guinea, Guinea-Bissau, Liberia, Mauritania, Mali, Niger, and Senegal. The WHO issued a statement on Thursday that more countries were at risk. "Outbreaks are likely to spread to Central Africa - Nigeria, Cameroon and Chad - in the next weeks," it said.',
    'geovirus:geovirus-147': "Over 400 have died in an outbreak of encephalitis in India's northern state of Uttar Pradesh and nearby regions, including neighbouring Nepal. The actual figures are estimated to be much higher, as the current toll only takes into account those that have died at public hospitals, excluding any deaths in villages and private hospitals. A further 1500 or more are estimated to currently be hospitalised with the disease. The majority of the dead and infected are reported to be under 15. The first cases of the disease this season were reported in late July. The disease is carried by pigs, which then migrates to humans through mosquitos. The outbreak has prompted the Indian government to undertake such measures as deployment of pig catchers in seriously affected areas, distributing thousands of mosquito curtains and spraying pesticides. Several million vials of encephalitis vaccine have also been promised by the government, which will help prepare health agencies for next year. Plans for vaccines to be delivered to the historically most affected areas this year were delayed due to lack of funds and low prioritisation relative to other diseases. This is not the first time such an event has occurred. Thousands have died of the disease over the past three decades in the region. The most common period for the disease is during the monsoon season (July-September).",
    'meantime:37313': 'Beatles\' Apple Corps sues Apple Computer\nMarch 28, 2006\nThe Beatles\' Apple Corps has filed a lawsuit against computer and electronics maker Apple Computer in a London court this week, the third such lawsuit in a long running trademark dispute between the two companies.\nApple Corps claims that Apple Computer\'s iTunes Music Store violates an agreement reached between the two companies in 1991, which barred Apple Computer from using the " Apple " brand in certain uses in the music business.\nThe trial is set to begin on Wednesday in the Royal Courts of Justice, located in central London.\nPresiding Judge Martin Mann has stated that he owns an iPod portable music player, which is made by Apple Computer and marketed alongside the iTunes Music Store.\nApple Corps has twice before sued Apple Computer over its use of the " Apple " name.\nThe first lawsuit was settled out of court in 1981, with the young computer maker paying $80,000 and agreeing to stay out of the music business.\nIn the late 1980\'s Apple Computer added audio recording abilities to its Macintosh computers, prompting Apple Corps to file suit again in 1989.\nThat lawsuit was settled in 1991, also out of court, with Apple paying $26.5 million.\nThe settlement included a more specific agreement over the boundaries between the two brands: Apple Computer was allowed to use its name to market " goods or services ... used to reproduce, run, play or otherwise deliver such [music] content, " but barred from distributing music on a physical medium such as CD or cassette.\nApple Corps\' latest suit, filed in September 2003, claims that the computer company violated the 1991 agreement with its iTunes Music Store, which sells digital music that can be downloaded to personal computers.\nA statement from Apple Computer stated that " Apple and Apple Corps now have differing interpretations of this agreement and will need to ask a court to resolve this dispute. "\nSome observers have suggested that the wording of the 1991 agreement, which did not explicitly bar digital music distribution, could be to Apple Computer\'s advantage.\nA similar suit was filed simultaneously in California, Apple Computer\'s home state, but on September 21, 2004 the parties agreed to have the case heard by the UK court.\nBeatles songs have not been licensed for digital download on any of the online music services.\nApple Corps was founded by the Beatles in 1968.\nApple Computer was started by Steve Jobs and Steve Wozniak in 1976, and launched the iTunes Music Store in 2003.',
    'meantime:58383': 'Cisco sues Apple for iPhone trademark\nJanuary 12, 2007\nThe iPhone only made its appearance as a prototype and there have been controversies aroused.\nThe dispute has come up between the manufacturer of the iPhone (which was resented on Wednesday for the first time) - Apple Inc. - and a leader in network and communication systems, based in San Jose - Cisco.\nThe company claims to possess the trademark for iPhone, and moreover, that it sells devices under the same brand through one of its divisions.\nThis became the reason for Cisco to file a lawsuit against Apple Inc. so that the latter would stop selling the device.\nCisco states that it has received the trademark in 2000, when the company overtook Infogear Technology Corp., which took place in 1996.\nThe Vice President and general counsel of the company, Mark Chandler, explained that there was no doubt about the excitement of the new device from Apple, but they should not use a trademark, which belongs to Cisco.\nThe iPhone developed by Cisco is a device which allows users to make phone calls over the voice over Internet protocol (VoIP).',
    'meantime:60083': 'Apple Inc., Apple Corps resolve trademark dispute\nFebruary 6, 2007\nApple Inc. announced Monday it has settled its decades-long trademark dispute with the Beatles\' record company, Apple Corps.\nUnder this new agreement, Apple Inc. will own all Apple trademarks and will license some to Apple Corps, and will continue to use its name and logo on its iTunes music service.\nThis new settlement replaces the 1991 agreement between the two companies, which defined the context in which the two companies could use the Apple trademark.\n" We love the Beatles, and it has been painful being at odds with them over these trademarks, " said Apple Inc. CEO Steve Jobs.\n" It feels great to resolve this in a positive manner, and in a way that should remove the potential of further disagreements in the future. "\n" The years ahead are going to be very exciting times for us, " said Neil Aspinall, manager of Apple Corps.\n" We wish Apple Inc. every success and look forward to many years of peaceful co-operation with them. "\nIt was not disclosed whether the Beatles\' music catalog was part of the deal.',
    'meantime:3307': "Airbus launches world's largest passenger plane\nJanuary 18, 2005\nIn a ceremony attended by several European political leaders and 5,000 VIP guests, Airbus unveiled plans for the A380, a twin-deck aircraft that can carry up to 840 people in all-economy class (550 for a Boeing 747), or 555 people in typical three mixed classes layout.\nThe new aircraft will take the world's - largest title away from rival Boeing's 747.\nBoeing's upcoming new design, the 7e7, does not attempt to compete directly with the A380 but instead is aimed at a more efficient and comfortable flight at 200-250 seats.\nAirbus chief executive Noel Forgeard stated that he expected sales of the aircraft to exceed the 250 required for the project to break even.\nTo date, 149 confirmed orders for the aircraft have been received.\nAirbus has hopes that sales will exceed 700.\nThe company is currently in talks with China regarding possible sales there.\nThe first test flight of the aircraft may take place as early as March, and the first commercial flight is expected to take off in mid-2006 from Singapore's Changi Airport.\nBritish and American airline Virgin Atlantic has purchased six of these aeroplanes and intend to fit them with gyms and bars as well as seats.",
    'geovirus:geovirus-160': "In the southern part of the Dutch province of Limburg there has been an outbreak of bluetongue according to a statement of the Ministry of Agriculture. This disease is dangerous for sheep. Sheep who are infected by the disease would get a blue tongue, high fever and a swollen head. The disease may also cause death for them. For many other animals and for humans the disease isn't dangerous. It is the first time that this disease has been spotted in the Netherlands. Usually this disease can only be found in the countries of the Mediterranean. To combat the disease, the Dutch authorities have forbidden exports of animals such as sheep, goats and cows. In the surrounding 20 kilometers of the source of the outbreak it is forbidden to transport animals; the animals have to be stabled and insecticides are obliged. Furthermore, an area of protection of 150 kilometers has been arranged which these animals are not allowed to leave.",
    'geovirus:geovirus-097': 'The number of horses confirmed to be infected with Equine Influenza in Australia has risen to 47, all in the state of New South Wales. So far none of those confirmed infected have been thoroughbred race horses. The NSW government has confirmed infections at the federal government\'s quarantine facility at Eastern Creek and Centennial Park in Sydney; at Cattai and Wilberforce in North-Western Sydney; and in Moonbi, Parkes, Berry and Wyong in regional NSW. It is also feared that the outbreak may have spread to Warwick in Queensland where three horses from NSW showed flu-like symptoms during an equestrian event. Initial samples were tested in a laboratory in Brisbane revealing the three animals had been carrying the flu. Further testing will be conducted on samples from the horses in Victoria, although results are not expected until later this week. All 300 horses at the event have been quarantined. There are also three suspected cases of the virus infecting thoroughbreds at Randwick racecourse in Sydney, if the horses test positive to the flu they will be the first thoroughbreds to be infected with the virus. The Federal Agriculture Minister, Peter McGauran told ABC Radio this morning that while the source of the outbreak was not known, it is likely that the outbreak may have been caused by an equestrian event held in Maitland on the 18th and 19th of August. "Everyone\'s been assuming it was the Centennial Park horses that travelled and infected horses in different parts of regional NSW," he said. "It would appear at this stage that almost all, if not every horse affected has passed through a Maitland horse event on the weekend of the 18th and 19th, or come in contact with a Maitland horse."',
    'geovirus:geovirus-190': 'It has been confirmed that tests done on a dead Mute Swan found in the village of Cellardyke in Fife, Scotland has tested positive for the deadly strain of H5N1 Bird Flu virus. The swan is believed to have been native to Scotland. Two other swans found in Richmond Park in Glasgow are being tested for the H5N1 virus. They are among at least 14 other dead birds and 12 more swans found in Glasgow, that are being tested for the H5N1 virus. This is the United Kingdom\'s first confirmed case of the H5N1 virus and would make the U.K. the 14th country to report the virus. "The risk to humans has not changed by the fact that we have found the virus in the UK. There is a better chance of a person winning the national lottery than catching bird flu in the U.K. today," said Doctor Jim Robertson from the National Institutes for Biological Standards and Control in a press conference. "We also have to work on the assumption that there is some spread among wild birds. There is no doubt we are getting closer to the day when moving birds indoors will be necessary," said former President of the British Veterinary Association, Bob McCracken. "The situation is that the virus is there, and it will probably continue to circulate among the birds. It will spread through close contact, irrespective of species. There is one big question mark: Will the virus disappear from wild birds after a period of six months, or will it still be present after a period of six years?" added McCracken. McCracken also said that the virus could turn up in more birds saying, "I would start from the assumption that a small pool of wild birds in the Fife area are infected and potentially passing it on to other birds" and that seagulls could pose a threat of passing on the virus because they have been known to peck at the bodies of other dead birds that were infected. "We have to assume that," he said. In a statement by the Department for Environment, Food and Rural Affairs, released yesterday, the Scottish Executive confirmed that a "highly pathogenic H5 avian flu" virus was found in a sample taken from the dead swan. The swan was discovered March 29, 2006 and has been confirmed as a domestic species and officials say that it may have caught the virus from another infected bird. Officials also report that the area where the swan has been found is being sealed off. "In accordance with a recent EU decision the Scottish Executive is putting in place a protection zone of a minimum of three kilometres radius and a surveillance zone of 10 kilometers. Keepers of birds in the protection zone are being instructed to isolate their birds from wild birds, by taking them indoors where ever possible," said the Scottish Executive in a statement. Samples from the swan were sent to the European Union Bird Flu Laboratory at Weybridge. "Bird keepers outside the protection zone should redouble their efforts to prepare for bringing their birds indoors if that becomes necessary. They must also review their biosecurity measures to ensure that all possible precautions have been taken," said Charles Milne, Chief Veterinary Officer for Scotland yesterday in the statement. An exercise named \'Exercise Hawthorn\' was to prepare people for a possible pandemic was taking place yesterday and was halted just after the discovery of the dead swan. Officials were in the second phase of the exercise. Taking part in the exercises were the Ministry of Defence, the Association of Chief Police Officers, the Environment Agency and several other areas of the British government. "I brought to an end the national avian influenza exercise to ensure that we can bring all our resources to bear on this situation. We are already in a high state of readiness and I have every confidence that officials north and south of the border will work together to manage this incident successfully," said the United Kingdom\'s Chief Veterinary Officer, Debby Reynolds. However; today Reynolds stated "there is no reason for public health concern" and also stated that in order for Bird Flu to infect humans, it would require "extremely close contact with infected birds, particularly feces." According to the World Health Organization H5N1 has killed 109 people worldwide since 2003.',
    'ecbplus:7_1ecb': 'Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45-7-2, 36 KOs) in Mannheim, Germany on Saturday night to retain the IBF, WBO and IBO world heavyweight titles.\nAfter flooring Rahman in the sixth round with a left-right combo Klitschko wasted little time wrapping it up in the seventh with a big left-right-left series that led to the referee stepping in and stopping the fight at the 2:15 mark.\nRahman, a former heavyweight champion who shocked the world when he floored Lennox Lewis in 2001 for the title, showed absolutely no signs of life against Kiltschko on Saturday.\nThe final numbers showed Klitschko landing 178 of 369 punches thrown while Rahman connected on just 30 of 207 punches thrown.',
}


def real(id_, source, published, events, sentence=None, note=None, outlet="Wikinews"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


APPROX = ("GeoVirus prints no date: inferred from the story, approximate; "
          "the text's own relative days resolve against it")

SJ = P(("San Jose", 1), "San Jose")
real('01', 'geovirus:geovirus-204', '2005-03-24', [
    E("Officials seized the food supply", "seized", "COERCE", "seize", ("Officials", "USA", "GOV"), None, None, SJ),
    E("are tracing it back to the manufacturer", "tracing", "ACCUSE", "investigate", ("Officials", "USA", "GOV"),
      ("the manufacturer", "USA", "BUS"), None, SJ, cl="rec_t-01-probe"),
    E("We asked everybody to show us", "asked", "ACCUSE", "investigate", ("We", "USA", "GOV"),
      ("everybody", "USA", "BUS"), None, SJ, speaker=("he", '," he said. The found'), mod="reported",
      cl="rec_t-01-probe"),
    E("were later permitted to re-open", "permitted", "CONCEDE", None, None,
      ("The restaurant's operators", "USA", "BUS"), None, SJ),
    E("We are cooperating fully", "cooperating", "COOPERATE", None, ("We", "USA", "BUS"),
      ("the local police and health departments", "USA", "COP"), None, SJ,
      speaker=("Desmond", "do right by our customers"), mod="reported"),
    E("with their investigation", "investigation", "ACCUSE", "investigate", ("their", "USA", "COP"), None, None, SJ,
      speaker=("Desmond", "do right by our customers"), mod="reported", cl="rec_t-01-probe"),
], sentence="turned out to be a human finger.",
    note=APPROX + " (the Wendy's chili finger of 22 March 2005; dateline San Jose)")

real('02', 'geovirus:geovirus-084', '2009-11-19', [
    E("should never have been allowed to happen", "allowed", "ACCUSE", "disapprove",
      ("an unnamed agency doctor", None, "NGO"), None, None, None, speaker="an unnamed agency doctor", mod="reported"),
    E("boreholes were installed in water systems", "installed", "AID", None, None, None, None, None),
], sentence="in the past year.", note=APPROX + " (onset of the 2009 rains; \"on Tuesday\" read as 17 November)")

real('03', 'geovirus:geovirus-184', '2010-05-28', [
    E("senators voted 21-11", "voted", "SUPPORT", None, ("California state senators", "USA", "LEG"), None,
      d("2010-05-27"), None),
    E("the prohibition of sales", "prohibition", "COERCE", "restrict", None, None, None, None, mod="future"),
    E("is sponsoring a package of legislation", "sponsoring", "SUPPORT", None, ("Governor Schwarzenegger", "USA", "GOV"),
      None, None, None),
], sentence="at public schools during class hours.", note=APPROX + " (Padilla's sports-drink bill; \"yesterday\" the 27th)")

real('04', 'geovirus:geovirus-092', '2005-10-20', [
    E("will have the power to cancel events", "cancel", "COERCE", "restrict", ("The government", "GBR", "GOV"), None,
      None, None, mod="hypothetical"),
    E("It could also advise travel restrictions", "advise", "REQUEST", None, ("It", "GBR", "GOV"), None, None, None,
      mod="hypothetical"),
    E("would not be able to enforce any such measures", "enforce", "COERCE", "restrict", ("It", "GBR", "GOV"), None,
      None, None, mod="negated"),
], sentence="in their Pandemic Influenza Contingency Plan.", note=APPROX + " (the UK contingency plan of October 2005)")

real('05', 'geovirus:geovirus-063', '2006-04-17', [
    E("a ban on Canadian beef will come immediately", "ban", "SANCTION", "discontinue",
      ("the United States", "USA", "GOV"), None, None, None, mod="negated", cl="rec_t-05-ban"),
    E("I do not anticipate a change", "change", "SANCTION", "discontinue", ("I", "USA", "GOV"),
      (("Canada", "trade with Canada"), "CAN", "GOV"), None, None,
      speaker="U.S. Agriculture Secretary Mike Johanns", mod="negated", cl="rec_t-05-ban"),
], sentence="\"mad cow disease\".", note=APPROX + " (Canada's fifth BSE case, April 2006)")

real('06', 'geovirus:geovirus-201', '2009-04-10', [
    E("Families are being instructed", "instructed", "REQUEST", None, None, ("Families", "CHN", "CVL"), None, None,
      mod="demanded"),
], sentence="for the first three months of 2009.", note=APPROX + " (after the first quarter of 2009)")

real('07', 'geovirus:geovirus-127', '2010-08-04', [
    E("California recommended that anyone", "recommended", "REQUEST", None, ("California", "USA", "GOV"),
      ("anyone over seven years old who was not fully vaccinated for Pertussis", "USA", "CVL"),
      mo("2010-07", True), None, mod="demanded"),
    E("health officials are urging that people", "urging", "REQUEST", None, ("health officials", "USA", "GOV"),
      ("people", "USA", "CVL"), None, None,
      speaker="Alison Patti, a spokesperson from the Centers for Disease Control and Prevention (CDC)", mod="demanded"),
    E("She recommends that anyone", "recommends", "REQUEST", None, ("She", "USA", "GOV"),
      ("anyone with a persistent cough", "USA", "CVL"), None, None, mod="demanded"),
], sentence="since the beginning of this year.", note=APPROX + " (California's 2010 pertussis outbreak, after July)")

real('08', 'geovirus:geovirus-073', '2012-08-14', [
    E("have declared a public health emergency", "declared", "COERCE", "martial-law",
      ("Officials in Dallas County", "USA", "GOV"), None, None, None),
    E("have requested use of five planes", "requested", "REQUEST", "assist", ("Officials there", "USA", "GOV"), None,
      None, None, mod="demanded"),
    E("some objections raised over aerial spraying", "objections", "ACCUSE", "disapprove", None, None, None, None),
], sentence="the sometimes-lethal West Nile virus.", note=APPROX + " (Dallas County's West Nile emergency of August 2012)")

real('09', 'geovirus:geovirus-026', '2006-03-07', [
    E("A hygiene-security zone protected by police", "established", "COERCE", "restrict", None, None, None, None),
    E("authorities putting precautionary measures", "putting", "COERCE", "restrict", ("authorities", "POL", "GOV"),
      None, None, None, speaker="Boud, a resident of Toruń", mod="reported"),
], sentence="the birthplace of Nicolaus Copernicus.", note=APPROX + " (Poland's first H5N1 swans, March 2006)")

real('10', 'geovirus:geovirus-216', '2005-03-10', [
    E("A sample of the cassava will be studied", "studied", "ACCUSE", "investigate",
      ("local Crime Laboratory Group", "PHL", "COP"), None, None, None, mod="future"),
], sentence="according to local officials.", note=APPROX + " (the Bohol cassava poisoning of 9 March 2005)")

real('11', 'geovirus:geovirus-215', '2005-07-20', [], sentence="leaked from a package.",
     note=APPROX + " (undated in the text; the year is a guess)")

real('12', 'geovirus:geovirus-087', '2005-08-05', [],
     sentence="could result in many more deaths.", note=APPROX + " (the 2005 West African cholera season; \"on Thursday\" the 4th)")

real('13', 'geovirus:geovirus-147', '2005-08-30', [],
     sentence="including neighbouring Nepal.", note=APPROX + " (the 2005 Gorakhpur encephalitis outbreak)")

real('14', 'geovirus:geovirus-160', '2006-08-19', [
    E("have forbidden exports of animals", "forbidden", "COERCE", "restrict", ("the Dutch authorities", "NLD", "GOV"),
      None, None, None),
    E("it is forbidden to transport animals", "forbidden", "COERCE", "restrict", None, None, None, None),
    E("the animals have to be stabled", "stabled", "COERCE", "restrict", None, None, None, None),
    E("an area of protection of 150 kilometers", "arranged", "COERCE", "restrict", None, None, None, None),
], sentence="according to a statement of the Ministry of Agriculture.",
    note=APPROX + " (the first Dutch bluetongue outbreak, August 2006)")

real('15', 'geovirus:geovirus-097', '2007-08-28', [
    E("All 300 horses at the event have been quarantined", "quarantined", "COERCE", "restrict", None, None, None,
      None),
], sentence="all in the state of New South Wales.", note=APPROX + " (Australia's equine influenza, late August 2007)")

real('16', 'geovirus:geovirus-190', '2006-04-06', [
    E("is being sealed off", "sealed off", "COERCE", "restrict", None, None, None, None, speaker="Officials",
      mod="reported"),
    E("is putting in place a protection zone", "putting in place", "COERCE", "restrict",
      ("the Scottish Executive", "GBR", "GOV"), None, None, None,
      speaker=("the Scottish Executive", "said the Scottish Executive in a statement"), mod="reported"),
    E("are being instructed to isolate", "instructed", "REQUEST", None, None,
      ("Keepers of birds in the protection zone", "GBR", "CVL"), None, None,
      speaker=("the Scottish Executive", "said the Scottish Executive in a statement"), mod="demanded"),
], sentence="the deadly strain of H5N1 Bird Flu virus.",
    note=APPROX + " (the UK's first H5N1 swan, confirmed on 5 April 2006; \"released yesterday\" that day)")

real('17', 'meantime:37313', '2006-03-28', [
    E("Beatles' Apple Corps sues Apple Computer", "sues", "ACCUSE", "allege", ("Beatles' Apple Corps", "GBR", "BUS"),
      ("Apple Computer", "USA", "BUS"), wk("2006-W13"), None, cl="rec_t-17-suit"),
    E("has filed a lawsuit against", "filed", "ACCUSE", "allege", ("The Beatles' Apple Corps", "GBR", "BUS"),
      ("computer and electronics maker Apple Computer", "USA", "BUS"), wk("2006-W13"), P("London", "London"),
      cl="rec_t-17-suit"),
    E("The trial is set to begin on Wednesday", "trial", "ACCUSE", "allege", None, None, d("2006-03-29"),
      P(("London", "located in central London"), "London"), mod="future"),
    E("Apple Corps claims that", "claims", "ACCUSE", "allege", ("Apple Corps", "GBR", "BUS"),
      ("Apple Computer", "USA", "BUS"), None, None),
    E("prompting Apple Corps to file suit again", "file suit", "ACCUSE", "allege", ("Apple Corps", "GBR", "BUS"),
      ("Apple Computer", "USA", "BUS"), yr("1989"), None),
    E("latest suit, filed in September 2003", "filed", "ACCUSE", "allege", ("Apple Corps", "GBR", "BUS"),
      ("the computer company", "USA", "BUS"), mo("2003-09", True), None, cl="rec_t-17-suit2003"),
    E("will need to ask a court", "ask", "REQUEST", None, ("Apple and Apple Corps", None, "BUS"),
      ("a court", "GBR", "JUD"), None, None, speaker=("Apple Computer", "A statement from Apple Computer"),
      mod="future"),
    E("A similar suit was filed simultaneously", "filed", "ACCUSE", "allege", None, None, mo("2003-09", True),
      P("California", "California")),
    E("the parties agreed to have the case heard", "agreed", "AGREE", None, ("the parties", None, "BUS"), None,
      d("2004-09-21", True), None),
])

real('18', 'meantime:58383', '2007-01-12', [
    E("Cisco sues Apple", "sues", "ACCUSE", "allege", ("Cisco", "USA", "BUS"), ("Apple", "USA", "BUS"), None, None,
      cl="rec_t-18-suit"),
    E("to file a lawsuit against Apple Inc.", "file", "ACCUSE", "allege", ("Cisco", "USA", "BUS"),
      ("Apple Inc.", "USA", "BUS"), None, None, cl="rec_t-18-suit"),
])

real('19', 'meantime:60083', '2007-02-06', [])

real('20', 'meantime:3307', '2005-01-18', [
    E("currently in talks with China", "talks", "CONSULT", None, ("The company", None, "BUS"), ("China", "CHN", "GOV"),
      None, None),
])

real('21', 'ecbplus:7_1ecb', '2008-12-14', [], outlet="unknown",
     note="ECB+ prints no date: the Saturday of the Mannheim fight (13 December 2008) and the day after, approximate")



def own(id_, outlet, published, title, body, events):
    A(id_, outlet, published, title, title + "\n" + body, events)


# --- own texts (CC BY 4.0, this project) ---

own('22', 'Reuters', '2025-11-18',
    "Poland blames Russian services for rail sabotage, vows to close last consulate",
    "WARSAW, Nov 18 (Reuters) - Poland's prime minister on Tuesday blamed Russian intelligence for an explosion that "
    "ripped up a section of the Warsaw-Lublin railway line over the weekend and said two Ukrainian citizens working "
    "for Moscow had fled to Belarus.\n"
    "The blast on Sunday near the village of Mika destroyed part of the track used to carry aid to Ukraine. A second "
    "section of the line near Pulawy was damaged the same day, prosecutors said.\n"
    "\"This was an act of sabotage ordered by the Russian services,\" Prime Minister Donald Tusk told parliament. "
    "\"The perpetrators crossed into Belarus hours later. We will demand their handover, and if Minsk refuses, we "
    "will draw consequences.\"\n"
    "Tusk said Warsaw would withdraw its consent for the operation of Russia's last consulate in Poland, in Gdansk. "
    "Prosecutors have charged the two men in absentia with sabotage on behalf of a foreign intelligence service, a "
    "spokesman for the national prosecutor's office said.\n"
    "Moscow denied any involvement. Kremlin spokesman Dmitry Peskov accused Warsaw of \"Russophobia\" and said "
    "Russia would answer the closure of the consulate \"in a mirror way\", the RIA news agency reported.\n"
    "Defence Minister Wladyslaw Kosiniak-Kamysz said the army would deploy up to 10,000 soldiers to guard railways "
    "and other critical infrastructure.\n"
    "In May, Poland ordered the closure of the Russian consulate in Krakow after accusing Moscow of being behind a "
    "fire that destroyed a Warsaw shopping centre in 2024.",
    [
        E("Poland blames Russian services", "blames", "ACCUSE", "allege", ("Poland", "POL", "GOV"),
          ("Russian services", "RUS", "SPY"), d("2025-11-18"), None, cl="rec_t-22-blame"),
        E("for rail sabotage, vows", "sabotage", "ASSAULT", "explosives", ("Russian services", "RUS", "SPY"), None,
          d("2025-11-16"), None, speaker="Poland", mod="reported", cl="rec_t-22-blast"),
        E("vows to close last consulate", "close", "SANCTION", "expel", ("Poland", "POL", "GOV"), None, None, None,
          mod="future", cl="rec_t-22-consulate"),
        E("on Tuesday blamed Russian intelligence", "blamed", "ACCUSE", "allege",
          ("Poland's prime minister", "POL", "GOV"), ("Russian intelligence", "RUS", "SPY"), d("2025-11-18"),
          P("WARSAW", "Warsaw"), cl="rec_t-22-blame"),
        E("for an explosion that ripped", "explosion", "ASSAULT", "explosives", ("Russian intelligence", "RUS", "SPY"),
          None, d("2025-11-16"), None, speaker="Poland's prime minister", mod="reported", cl="rec_t-22-blast"),
        E("The blast on Sunday", "blast", "ASSAULT", "explosives", None, None, d("2025-11-16"),
          P("Mika", "Mika"), cl="rec_t-22-blast"),
        E("near Pulawy was damaged", "damaged", "ASSAULT", "destroy", None, None, d("2025-11-16"),
          P("Pulawy", "Pulawy"), speaker="prosecutors", mod="reported"),
        E("This was an act of sabotage", "sabotage", "ASSAULT", "explosives", ("the Russian services", "RUS", "SPY"),
          None, d("2025-11-16"), None, speaker="Prime Minister Donald Tusk", mod="reported", cl="rec_t-22-blast"),
        E("sabotage ordered by the Russian", "ordered", "ACCUSE", "allege", ("Prime Minister Donald Tusk", "POL", "GOV"),
          ("the Russian services", "RUS", "SPY"), d("2025-11-18"), P(("WARSAW", 1), "Warsaw"),
          speaker="Prime Minister Donald Tusk", mod="reported", cl="rec_t-22-blame"),
        E("We will demand their handover", "demand", "REQUEST", "yield", ("We", "POL", "GOV"),
          ("Minsk", "BLR", "GOV"), None, None, speaker=("Prime Minister Donald Tusk", 1), mod="demanded",
          cl="rec_t-22-handover"),
        E("if Minsk refuses", "refuses", "REJECT", "yield", ("Minsk", "BLR", "GOV"), None, None, None,
          speaker=("Prime Minister Donald Tusk", 1), mod="hypothetical"),
        E("will draw consequences", "draw consequences", "THREATEN", None, ("we", "POL", "GOV"),
          ("Minsk", "BLR", "GOV"), None, None, speaker=("Prime Minister Donald Tusk", 1), mod="threatened"),
        E("would withdraw its consent", "withdraw", "SANCTION", "expel", ("Warsaw", "POL", "GOV"),
          ("Russia", "RUS", "GOV"), None, P("Gdansk", "Gdansk"), speaker="Tusk", mod="future",
          cl="rec_t-22-consulate"),
        E("Prosecutors have charged the two men", "charged", "ACCUSE", "allege", ("Prosecutors", "POL", "JUD"),
          ("the two men", "UKR", "SPY"), None, None,
          speaker="a spokesman for the national prosecutor's office", mod="reported"),
        E("Moscow denied any involvement", "denied", "REJECT", None, ("Moscow", "RUS", "GOV"), None, None, None),
        E("accused Warsaw of", "accused", "ACCUSE", "disapprove", ("Kremlin spokesman Dmitry Peskov", "RUS", "GOV"),
          ("Warsaw", "POL", "GOV"), None, None, speaker="Kremlin spokesman Dmitry Peskov",
          relays=("the RIA news agency",), mod="reported"),
        E("Russia would answer the closure", "answer", "THREATEN", "relations", ("Russia", "RUS", "GOV"), None,
          None, None, speaker=("Kremlin spokesman Dmitry Peskov", "Kremlin spokesman"),
          relays=("the RIA news agency",), mod="threatened"),
        E("answer the closure of the consulate", "closure", "SANCTION", "expel", None, None, None, None,
          speaker=("Kremlin spokesman Dmitry Peskov", "Kremlin spokesman"), relays=("the RIA news agency",),
          mod="future", cl="rec_t-22-consulate"),
        E("the army would deploy up to 10,000", "deploy", "MOBILIZE", "troops", ("the army", "POL", "MIL"), None,
          None, None, speaker="Defence Minister Wladyslaw Kosiniak-Kamysz", mod="future"),
        E("Poland ordered the closure", "closure", "SANCTION", "expel", ("Poland", "POL", "GOV"),
          ("the Russian consulate", "RUS", "GOV"), mo("2025-05", True), P("Krakow", "Krakow")),
        E("after accusing Moscow", "accusing", "ACCUSE", "allege", ("Poland", "POL", "GOV"), ("Moscow", "RUS", "GOV"),
          None, None),
        E("fire that destroyed a Warsaw shopping", "fire", "ASSAULT", "primitive", ("Moscow", "RUS", "GOV"), None,
          yr("2024"), P(("Warsaw", "fire that destroyed a Warsaw"), "Warsaw"), mod="reported"),
    ])

own('23', 'Polish Press Agency (PAP)', '2025-11-19',
    "Belarus rejects Polish demand to hand over rail sabotage suspects",
    "Belarus will not hand over the two men Warsaw accuses of blowing up a railway line in eastern Poland, the "
    "Belarusian foreign ministry said on Wednesday, calling the Polish accusations \"a provocation\".\n"
    "\"No one has presented us with any evidence. Minsk does not take orders from Warsaw,\" ministry spokesman Ruslan "
    "Varankov told the state news agency BelTA.\n"
    "Prime Minister Donald Tusk said on Tuesday that Poland would seek the extradition of the two Ukrainian citizens, "
    "who investigators say crossed into Belarus at the Terespol border crossing hours after Sunday's explosion near "
    "Mika. Polish prosecutors on Wednesday issued international arrest warrants for both men.\n"
    "Interior Minister Marcin Kierwinski said Poland was considering closing the last two road crossings on its "
    "border with Belarus. \"If Minsk continues to shelter saboteurs, all options are on the table,\" he told "
    "TVN24.\n"
    "Lithuania and Latvia expressed solidarity with Warsaw, and NATO Secretary General Mark Rutte said the alliance "
    "was in close contact with Polish authorities.",
    [
        E("Belarus rejects Polish demand", "rejects", "REJECT", "yield", ("Belarus", "BLR", "GOV"),
          ("Polish", "POL", "GOV"), d("2025-11-19"), None, cl="rec_t-23-refusal"),
        E("Polish demand to hand over", "demand", "REQUEST", "yield", ("Polish", "POL", "GOV"), ("Belarus", "BLR", "GOV"),
          None, None, mod="demanded", cl="rec_t-22-handover"),
        E("Belarus will not hand over", "hand over", "REJECT", "yield", ("Belarus", "BLR", "GOV"),
          ("Warsaw", "POL", "GOV"), d("2025-11-19"), None, speaker="the Belarusian foreign ministry", mod="reported",
          cl="rec_t-23-refusal"),
        E("accuses of blowing up", "accuses", "ACCUSE", "allege", ("Warsaw", "POL", "GOV"), ("the two men", "UKR", "SPY"),
          None, None),
        E("blowing up a railway line", "blowing up", "ASSAULT", "explosives", ("the two men", "UKR", "SPY"), None,
          d("2025-11-16"), None, mod="reported", cl="rec_t-22-blast"),
        E("calling the Polish accusations", "calling", "ACCUSE", "disapprove",
          ("the Belarusian foreign ministry", "BLR", "GOV"), ("Polish", "POL", "GOV"), d("2025-11-19"), None),
        E("the Polish accusations", "accusations", "ACCUSE", "allege", ("Polish", "POL", "GOV"), None, d("2025-11-18"),
          None, mod="reported", cl="rec_t-22-blame"),
        E("Poland would seek the extradition", "seek", "REQUEST", "yield", ("Poland", "POL", "GOV"), None, None, None,
          speaker="Prime Minister Donald Tusk", mod="demanded", cl="rec_t-22-handover"),
        E("hours after Sunday's explosion", "explosion", "ASSAULT", "explosives", None, None, d("2025-11-16"),
          P("Mika", "Mika"), cl="rec_t-22-blast"),
        E("issued international arrest warrants", "issued", "ACCUSE", "allege", ("Polish prosecutors", "POL", "JUD"),
          ("both men", "UKR", "SPY"), d("2025-11-19"), None),
        E("was considering closing the last two", "closing", "SANCTION", "discontinue", ("Poland", "POL", "GOV"),
          ("Belarus", "BLR", "GOV"), None, None, speaker="Interior Minister Marcin Kierwinski", mod="hypothetical"),
        E("all options are on the table", "all options are on the table", "THREATEN", None, (("he", 'table," he told'), "POL", "GOV"),
          ("Minsk", "BLR", "GOV"), None, None, speaker=("he", 'table," he told'), relays=("TVN24",), mod="threatened"),
        E("expressed solidarity with Warsaw", "expressed solidarity", "SUPPORT", None, ("Lithuania and Latvia", None, "GOV"),
          ("Warsaw", "POL", "GOV"), None, None),
        E("was in close contact with Polish", "in close contact", "CONSULT", None, ("the alliance", None, "IGO"),
          ("Polish authorities", "POL", "GOV"), None, None, speaker="NATO Secretary General Mark Rutte",
          mod="reported"),
    ])

own('24', 'The Kyiv Independent', '2025-10-22',
    "Russian strikes on Kyiv, Kharkiv kill six; Zelensky urges more air defence",
    "Russia launched more than 400 drones and 28 missiles at Ukraine overnight, killing at least six people in Kyiv "
    "and hitting a kindergarten in Kharkiv, Ukrainian officials said on Wednesday.\n"
    "Ukraine's air force said its units shot down 405 drones and 26 missiles. Energy facilities in the Kyiv and "
    "Chernihiv regions were hit, forcing emergency power cuts, national grid operator Ukrenergo said.\n"
    "In Kharkiv, a drone struck a kindergarten in the Kholodnohirskyi district, killing one man and trapping children "
    "in a shelter, Mayor Ihor Terekhov said on Telegram. Rescuers evacuated 48 children.\n"
    "\"Russia continues to terrorise civilians while talking about peace,\" President Volodymyr Zelensky wrote on X. "
    "He urged Western partners to speed up deliveries of Patriot systems and said Kyiv would answer attacks on its "
    "grid \"with long-range sanctions\" against Russian refineries.\n"
    "Russia's defence ministry said its forces had carried out \"a massive strike with high-precision weapons\" on "
    "Ukrainian energy and military-industrial facilities, Reuters reported, citing the TASS news agency. The ministry "
    "denied targeting civilian buildings.\n"
    "Ukrainian drones hit an oil refinery in Russia's Bryansk region overnight, the governor there said, and "
    "Ukraine's General Staff later confirmed the strike.\n"
    "Last month, Russian drones entered Polish airspace, prompting NATO jets to shoot several of them down.",
    [
        E("Russian strikes on Kyiv", "strikes", "ASSAULT", "aerial", ("Russian", "RUS", "MIL"), None, d("2025-10-22"),
          None, cl="rec_t-24-strikes"),
        E("Zelensky urges more air defence", "urges", "REQUEST", "assist", ("Zelensky", "UKR", "GOV"), None, None, None,
          mod="demanded", cl="rec_t-24-urge"),
        E("Russia launched more than 400 drones", "launched", "ASSAULT", "aerial", ("Russia", "RUS", "MIL"),
          ("Ukraine", "UKR", None), d("2025-10-22"), P("Kyiv", "Kyiv"), speaker="Ukrainian officials",
          mod="reported", cl="rec_t-24-strikes"),
        E("hitting a kindergarten in Kharkiv", "hitting", "ASSAULT", "drone", None, ("a kindergarten", "UKR", "EDU"),
          d("2025-10-22"), P("Kharkiv", "Kharkiv"), speaker="Ukrainian officials", mod="reported",
          cl="rec_t-24-kindergarten"),
        E("its units shot down 405 drones", "shot down", "ASSAULT", None, ("its units", "UKR", "MIL"),
          ("405 drones and 26 missiles", "RUS", "MIL"), d("2025-10-22"), None, speaker="Ukraine's air force",
          mod="reported"),
        E("Chernihiv regions were hit", "hit", "ASSAULT", "aerial", None, None, d("2025-10-22"), None,
          speaker="national grid operator Ukrenergo", mod="reported"),
        E("a drone struck a kindergarten", "struck", "ASSAULT", "drone", ("a drone", "RUS", "MIL"),
          ("a kindergarten", "UKR", "EDU"), d("2025-10-22"), P("Kharkiv", "Kharkiv"),
          speaker="Mayor Ihor Terekhov", relays=("Telegram",), mod="reported", cl="rec_t-24-kindergarten"),
        E("Russia continues to terrorise civilians", "terrorise", "ACCUSE", "disapprove",
          ("President Volodymyr Zelensky", "UKR", "GOV"), ("Russia", "RUS", "GOV"), None, None,
          speaker="President Volodymyr Zelensky", relays=("X",), mod="reported"),
        E("He urged Western partners", "urged", "REQUEST", "assist", ("He", "UKR", "GOV"),
          ("Western partners", None, "GOV"), None, None, mod="demanded", cl="rec_t-24-urge"),
        E("Kyiv would answer attacks", "answer", "THREATEN", "violence", ("Kyiv", "UKR", "GOV"),
          ("Russian refineries", "RUS", "BUS"), None, None, speaker="He", mod="threatened"),
        E("its forces had carried out", "carried out", "ASSAULT", "aerial", ("its forces", "RUS", "MIL"), None,
          d("2025-10-22"), None, speaker="Russia's defence ministry", relays=("the TASS news agency", "Reuters"),
          mod="reported", cl="rec_t-24-strikes"),
        E("The ministry denied targeting", "targeting", "ASSAULT", None, ("The ministry", "RUS", "MIL"),
          ("civilian buildings", "UKR", "CVL"), d("2025-10-22"), None, speaker="The ministry",
          relays=(("the TASS news agency", 1), ("Reuters", 1)), mod="denied", cl="rec_t-24-strikes"),
        E("Ukrainian drones hit an oil refinery", "hit", "ASSAULT", "drone", ("Ukrainian drones", "UKR", "MIL"), None,
          d("2025-10-22"), P("Bryansk", "Bryansk"), speaker="the governor there", mod="reported",
          cl="rec_t-24-refinery"),
        E("later confirmed the strike", "strike", "ASSAULT", "drone", ("Ukraine's General Staff", "UKR", "MIL"), None,
          d("2025-10-22"), None, speaker="Ukraine's General Staff", mod="reported", cl="rec_t-24-refinery"),
        E("Russian drones entered Polish airspace", "entered", "COERCE", None, ("Russian drones", "RUS", "MIL"),
          ("Polish airspace", "POL", None), mo("2025-09", True), None),
        E("NATO jets to shoot several", "shoot", "ASSAULT", None, ("NATO jets", None, "IGO"),
          ("several of them", "RUS", "MIL"), mo("2025-09", True), None),
    ])

own('25', 'AP', '2025-10-27',
    "Lithuania shuts border with Belarus over smuggler balloons, threatens tougher steps",
    "VILNIUS, Lithuania (AP) — Lithuania closed its two remaining border crossings with Belarus on Monday after dozens "
    "of balloons carrying contraband cigarettes drifted into its airspace over the weekend and forced Vilnius airport "
    "to shut for the third time in a week.\n"
    "Prime Minister Inga Ruginiene said the closure would last at least a month and accused Minsk of a \"hybrid "
    "attack\" designed to destabilize the country. \"If these provocations continue, we will keep the border closed "
    "indefinitely,\" she told reporters.\n"
    "The Belarusian border committee called the closure \"a hostile act\" and said hundreds of Lithuanian trucks were "
    "now stranded on Belarusian territory. President Alexander Lukashenko dismissed the accusations as \"nonsense\" "
    "and said the balloons were launched by smugglers, not by the state.\n"
    "Lithuanian police detained 12 people suspected of organizing the launches and seized more than 40,000 packs of "
    "cigarettes, the Police Department said on Sunday.\n"
    "The European Commission said it stood by Vilnius. Poland, which closed its own crossings with Belarus for two "
    "weeks in September during Russian-Belarusian military exercises, said it was ready to help Lithuania guard its "
    "frontier.",
    [
        E("Lithuania shuts border with Belarus", "shuts", "SANCTION", "discontinue", ("Lithuania", "LTU", "GOV"),
          ("Belarus", "BLR", "GOV"), d("2025-10-27"), None, cl="rec_t-25-closure"),
        E("threatens tougher steps", "threatens", "THREATEN", None, ("Lithuania", "LTU", "GOV"), None, None, None,
          mod="threatened", cl="rec_t-25-threat"),
        E("Lithuania closed its two remaining", "closed", "SANCTION", "discontinue", ("Lithuania", "LTU", "GOV"),
          ("Belarus", "BLR", "GOV"), d("2025-10-27"), P("VILNIUS", "Vilnius"), cl="rec_t-25-closure"),
        E("balloons carrying contraband cigarettes drifted", "drifted", "COERCE", None,
          ("balloons carrying contraband cigarettes", "BLR", None), ("its airspace", "LTU", None), wk("2025-W43"),
          None),
        E("the closure would last at least a month", "closure", "SANCTION", "discontinue", None, None,
          d("2025-10-27"), None, speaker="Prime Minister Inga Ruginiene", mod="reported", cl="rec_t-25-closure"),
        E("accused Minsk of a", "accused", "ACCUSE", "allege", ("Prime Minister Inga Ruginiene", "LTU", "GOV"),
          ("Minsk", "BLR", "GOV"), None, None),
        E("we will keep the border closed", "keep the border closed", "THREATEN", None, ("we", "LTU", "GOV"),
          (("Minsk", "accused Minsk"), "BLR", "GOV"), None, None, speaker=("she", 'indefinitely," she told'), mod="threatened", cl="rec_t-25-threat"),
        E("called the closure", "called", "ACCUSE", "disapprove", ("The Belarusian border committee", "BLR", "GOV"),
          None, None, None),
        E("called the closure \"a hostile", "closure", "SANCTION", "discontinue", None, None, d("2025-10-27"), None,
          speaker="The Belarusian border committee", mod="reported", cl="rec_t-25-closure"),
        E("dismissed the accusations as", "dismissed", "ACCUSE", "disapprove",
          ("President Alexander Lukashenko", "BLR", "GOV"), None, None, None),
        E("the balloons were launched by smugglers", "launched", "COERCE", None, ("smugglers", "BLR", "CVL"), None,
          wk("2025-W43"), None, speaker=("President Alexander Lukashenko", 1), mod="reported"),
        E("Lithuanian police detained 12 people", "detained", "COERCE", "arrest", ("Lithuanian police", "LTU", "COP"),
          ("12 people suspected of organizing the launches", "LTU", "CVL"), d("2025-10-26"), None,
          speaker="the Police Department", mod="reported"),
        E("seized more than 40,000 packs", "seized", "COERCE", "seize", ("Lithuanian police", "LTU", "COP"), None,
          d("2025-10-26"), None, speaker="the Police Department", mod="reported"),
        E("said it stood by Vilnius", "stood by", "SUPPORT", None, ("it", None, "IGO"), ("Vilnius", "LTU", "GOV"),
          None, None, speaker="The European Commission", mod="reported"),
        E("closed its own crossings with Belarus", "closed", "SANCTION", "discontinue", ("Poland", "POL", "GOV"),
          ("Belarus", "BLR", "GOV"), mo("2025-09", True), None),
        E("Russian-Belarusian military exercises", "exercises", "MOBILIZE", "troops", ("Russian-Belarusian", None, "MIL"),
          None, mo("2025-09", True), None),
        E("was ready to help Lithuania guard", "help", "AGREE", None, (("it", "said it was ready"), "POL", "GOV"), ("Lithuania", "LTU", "GOV"),
          None, None, speaker=("Poland", "The European Commission said"), mod="reported"),
    ])

own('26', 'AFP', '2025-01-03',
    "Transnistria shuts down industry as gas halt bites; Moldova accuses Moscow of 'energy blackmail'",
    "CHISINAU, Jan 3, 2025 (AFP) - Moldova's breakaway region of Transnistria shut down all industrial plants except "
    "food producers on Friday, two days after Russia's Gazprom stopped gas deliveries, and the separatist leader "
    "accused Chisinau of trying to \"strangle\" the territory.\n"
    "Moldovan President Maia Sandu said the Kremlin was using gas \"as a weapon\" to destabilise Moldova before "
    "parliamentary elections and accused Moscow of \"energy blackmail\". Her government offered to supply Transnistria "
    "with gas bought on European markets, an offer Tiraspol rejected.\n"
    "\"We are ready to help the people on the left bank, but we will not pay Gazprom's invented debt,\" Prime Minister "
    "Dorin Recean told reporters. \"If the Kremlin tries to use this crisis to stir unrest, we will respond firmly.\"\n"
    "Vadim Krasnoselsky, the Transnistrian leader, rejected the offer and demanded that Chisinau allow gas to reach "
    "the region through a different route. \"Chisinau is organising a blockade,\" he said in a video address "
    "broadcast on the region's First Channel.\n"
    "Gazprom halted supplies on Jan. 1, citing an unpaid debt of $709 million that Moldova disputes. Ukraine did not "
    "renew a transit agreement with Russia that expired the same day.\n"
    "Moldova's parliament declared a 60-day state of emergency in the energy sector on Dec. 13.",
    [
        E("Moldova accuses Moscow", "accuses", "ACCUSE", "allege", ("Moldova", "MDA", "GOV"), ("Moscow", "RUS", "GOV"),
          None, None, cl="rec_t-26-blackmail"),
        E("the separatist leader accused Chisinau", "accused", "ACCUSE", "allege", ("the separatist leader", "MDA", "GOV"),
          ("Chisinau", "MDA", "GOV"), None, None),
        E("Gazprom stopped gas deliveries", "stopped", "SANCTION", "discontinue", ("Russia's Gazprom", "RUS", "BUS"),
          None, d("2025-01-01"), None, cl="rec_t-26-halt"),
        E("accused Moscow of \"energy blackmail\"", "accused", "ACCUSE", "allege",
          ("Moldovan President Maia Sandu", "MDA", "GOV"), ("Moscow", "RUS", "GOV"), None, None,
          cl="rec_t-26-blackmail"),
        E("Her government offered to supply", "offered", "AGREE", None, ("Her government", "MDA", "GOV"),
          ("Transnistria", "MDA", "GOV"), None, None),
        E("an offer Tiraspol rejected", "rejected", "REJECT", None, ("Tiraspol", "MDA", "GOV"), None, None, None,
          cl="rec_t-26-rejection"),
        E("We are ready to help the people", "ready", "AGREE", None, ("We", "MDA", "GOV"),
          ("the people on the left bank", "MDA", "CVL"), None, None, speaker="Prime Minister Dorin Recean",
          mod="reported"),
        E("we will not pay Gazprom's", "pay", "REJECT", None, ("we", "MDA", "GOV"), ("Gazprom", "RUS", "BUS"), None,
          None, speaker="Prime Minister Dorin Recean", mod="reported"),
        E("we will respond firmly", "respond", "THREATEN", None, ("we", "MDA", "GOV"), ("the Kremlin", "RUS", "GOV"),
          None, None, speaker=("Prime Minister Dorin Recean", 1), mod="threatened"),
        E("rejected the offer and demanded", "rejected", "REJECT", None,
          ("Vadim Krasnoselsky, the Transnistrian leader", "MDA", "GOV"), None, None, None, cl="rec_t-26-rejection"),
        E("demanded that Chisinau allow gas", "demanded", "REQUEST", None,
          ("Vadim Krasnoselsky, the Transnistrian leader", "MDA", "GOV"), ("Chisinau", "MDA", "GOV"), None, None,
          mod="demanded"),
        E("Chisinau is organising a blockade", "blockade", "COERCE", "restrict", ("Chisinau", "MDA", "GOV"), None,
          None, None, speaker=("he", '," he said'), relays=("the region's First Channel",), mod="reported"),
        E("Gazprom halted supplies on Jan. 1", "halted", "SANCTION", "discontinue", ("Gazprom", "RUS", "BUS"), None,
          d("2025-01-01"), None, cl="rec_t-26-halt"),
        E("that Moldova disputes", "disputes", "REJECT", None, ("Moldova", "MDA", "GOV"), None, None, None),
        E("Ukraine did not renew a transit", "renew", "SANCTION", "discontinue", ("Ukraine", "UKR", "GOV"),
          ("Russia", "RUS", "GOV"), d("2025-01-01"), None),
        E("Moldova's parliament declared a 60-day", "declared", "COERCE", "martial-law",
          ("Moldova's parliament", "MDA", "LEG"), None, d("2024-12-13", True), None),
    ])

own('27', 'Romania Insider', '2025-09-14',
    "Romania summons Russian envoy after drone crashes near Tulcea; Moscow calls claims 'fabricated'",
    "Romania's foreign ministry summoned Russia's ambassador on Sunday after fragments of a drone were found near the "
    "village of Nufaru in Tulcea county, hours after Russian forces attacked Ukrainian ports on the Danube.\n"
    "Two F-16 jets were scrambled late on Saturday to track the drone, which flew about 10 kilometres into Romanian "
    "territory before disappearing from radar, the defence ministry said. The pilots did not open fire because the "
    "drone was flying over a populated area, Defence Minister Ionut Mosteanu told Digi24 television.\n"
    "\"This is an unacceptable violation of our sovereignty,\" Foreign Minister Oana Toiu said in a statement. \"If "
    "such incidents continue, Romania will request the deployment of additional allied air defence systems.\"\n"
    "Russia's embassy in Bucharest rejected the accusations as \"fabricated\" and said Russian forces had not targeted "
    "Romanian territory, the RIA news agency reported.\n"
    "Authorities in Tulcea ordered residents of two villages to stay indoors overnight and set up a security "
    "perimeter around the crash site.\n"
    "In February, Romania's parliament passed a law allowing the army to shoot down drones that enter the country's "
    "airspace.",
    [
        E("Romania summons Russian envoy", "summons", "ACCUSE", "disapprove", ("Romania", "ROU", "GOV"),
          ("Russian envoy", "RUS", "GOV"), d("2025-09-14"), None, cl="rec_t-27-summons"),
        E("drone crashes near Tulcea", "crashes", "COERCE", None, ("drone", "RUS", "MIL"), None, d("2025-09-13"),
          P("Tulcea", "Tulcea"), cl="rec_t-27-incursion"),
        E("Moscow calls claims", "calls", "REJECT", None, ("Moscow", "RUS", "GOV"), ("Romania", "ROU", "GOV"), None,
          None, cl="rec_t-27-rejection"),
        E("summoned Russia's ambassador on Sunday", "summoned", "ACCUSE", "disapprove",
          ("Romania's foreign ministry", "ROU", "GOV"), ("Russia's ambassador", "RUS", "GOV"), d("2025-09-14"), None,
          cl="rec_t-27-summons"),
        E("Russian forces attacked Ukrainian ports", "attacked", "ASSAULT", None, ("Russian forces", "RUS", "MIL"),
          None, d("2025-09-13"), None),
        E("Two F-16 jets were scrambled", "scrambled", "MOBILIZE", None, None, None, d("2025-09-13"), None,
          speaker="the defence ministry", mod="reported"),
        E("flew about 10 kilometres into Romanian", "flew", "COERCE", None, ("the drone", "RUS", "MIL"),
          ("Romanian territory", "ROU", None), d("2025-09-13"), None, speaker="the defence ministry", mod="reported",
          cl="rec_t-27-incursion"),
        E("The pilots did not open fire", "open fire", "ASSAULT", None, ("The pilots", "ROU", "MIL"),
          ("the drone", "RUS", "MIL"), d("2025-09-13"), None, speaker="Defence Minister Ionut Mosteanu",
          relays=("Digi24 television",), mod="negated"),
        E("This is an unacceptable violation", "unacceptable", "ACCUSE", "disapprove",
          ("Foreign Minister Oana Toiu", "ROU", "GOV"), None, None, None, speaker="Foreign Minister Oana Toiu",
          mod="reported"),
        E("Romania will request the deployment", "request", "REQUEST", "assist", ("Romania", "ROU", "GOV"), None, None,
          None, speaker=("Foreign Minister Oana Toiu", 1), mod="conditional", cond="If such incidents continue"),
        E("rejected the accusations as", "rejected", "REJECT", None, ("Russia's embassy in Bucharest", "RUS", "GOV"),
          None, None, None, speaker="Russia's embassy in Bucharest", relays=("the RIA news agency",), mod="reported",
          cl="rec_t-27-rejection"),
        E("Russian forces had not targeted", "targeted", "ASSAULT", None, ("Russian forces", "RUS", "MIL"),
          ("Romanian territory", "ROU", None), d("2025-09-13"), None, speaker="Russia's embassy in Bucharest",
          relays=("the RIA news agency",), mod="denied"),
        E("Romania's parliament passed a law", "passed", "SUPPORT", None, ("Romania's parliament", "ROU", "LEG"), None,
          mo("2025-02", True), None),
        E("allowing the army to shoot down", "shoot down", "ASSAULT", None, ("the army", "ROU", "MIL"),
          ("drones that enter the country's airspace", None, "MIL"), None, None, mod="hypothetical"),
    ])

own('28', 'AFP', '2025-06-10',
    "Russian court jails journalist for six years over Telegram posts on army",
    "MOSCOW, June 10 (AFP) - A Moscow court on Tuesday sentenced journalist Yelena Kostyuk to six years in a penal "
    "colony for \"spreading false information\" about the army in posts on her Telegram channel, her lawyer said.\n"
    "Kostyuk, 41, was arrested in March 2024 at her flat in Moscow and has been in pre-trial detention since. "
    "Prosecutors had asked for eight years.\n"
    "\"This verdict is pure revenge for journalism,\" lawyer Sergei Badamshin told AFP. He said the defence would "
    "appeal.\n"
    "Kostyuk pleaded not guilty. In her final statement to the court last week she called the conflict in Ukraine "
    "\"a crime\" and said she regretted nothing.\n"
    "The justice ministry designated Kostyuk a \"foreign agent\" in October 2023, two months after she left her job "
    "at a state newspaper.\n"
    "Rights group Memorial recognised her as a political prisoner and demanded her immediate release. The US State "
    "Department condemned the sentence, calling it part of \"a relentless crackdown on independent voices\".\n"
    "The Kremlin did not respond to a request for comment.\n"
    "Under laws adopted days after Moscow sent troops into Ukraine in February 2022, discrediting the army is "
    "punishable by up to 15 years in prison.",
    [
        E("Russian court jails journalist", "jails", "SANCTION", "convict", ("Russian court", "RUS", "JUD"),
          ("journalist", "RUS", "MED"), d("2025-06-10"), None, cl="rec_t-28-verdict"),
        E("sentenced journalist Yelena Kostyuk", "sentenced", "SANCTION", "convict", ("A Moscow court", "RUS", "JUD"),
          ("journalist Yelena Kostyuk", "RUS", "MED"), d("2025-06-10"), P(("MOSCOW", 1), "Moscow"),
          speaker="her lawyer", mod="reported", cl="rec_t-28-verdict"),
        E("was arrested in March 2024", "arrested", "COERCE", "arrest", None, ("Kostyuk", "RUS", "MED"),
          mo("2024-03", True), P(("Moscow", "her flat in Moscow"), "Moscow")),
        E("Prosecutors had asked for eight years", "asked", "REQUEST", None, ("Prosecutors", "RUS", "JUD"), None, None,
          None, mod="demanded"),
        E("This verdict is pure revenge", "verdict", "SANCTION", "convict", None, None, d("2025-06-10"), None,
          speaker="lawyer Sergei Badamshin", mod="reported", cl="rec_t-28-verdict"),
        E("is pure revenge for journalism", "revenge", "ACCUSE", "disapprove", ("lawyer Sergei Badamshin", "RUS", None),
          None, None, None, speaker="lawyer Sergei Badamshin", mod="reported"),
        E("He said the defence would appeal", "appeal", "ACCUSE", "allege", ("the defence", "RUS", None), None, None,
          None, speaker="He", mod="future"),
        E("Kostyuk pleaded not guilty", "pleaded not guilty", "REJECT", None, ("Kostyuk", "RUS", "MED"), None, None,
          None),
        E("she called the conflict in Ukraine", "called", "ACCUSE", "disapprove", ("she", "RUS", "MED"), None,
          wk("2025-W23"), None),
        E("The justice ministry designated Kostyuk", "designated", "SANCTION", None,
          ("The justice ministry", "RUS", "GOV"), ("Kostyuk", "RUS", "MED"), mo("2023-10", True), None),
        E("Memorial recognised her as a political prisoner", "recognised", "ACCUSE", "disapprove",
          ("Rights group Memorial", "RUS", "NGO"), None, None, None),
        E("demanded her immediate release", "demanded", "REQUEST", "yield", ("Rights group Memorial", "RUS", "NGO"),
          None, None, None, mod="demanded"),
        E("Department condemned the sentence", "condemned", "ACCUSE", "disapprove",
          ("The US State Department", "USA", "GOV"), None, None, None),
        E("condemned the sentence, calling", "sentence", "SANCTION", "convict", None, None, d("2025-06-10"), None,
          mod="reported", cl="rec_t-28-verdict"),
        E("The Kremlin did not respond", "respond", "REJECT", None, ("The Kremlin", "RUS", "GOV"), None, None, None),
        E("Moscow sent troops into Ukraine", "sent", "ASSAULT", None, ("Moscow", "RUS", "MIL"), ("Ukraine", "UKR", None),
          mo("2022-02", True), None),
        E("Under laws adopted days after", "adopted", "COERCE", "censor", ("laws", "RUS", "LEG"), None, None, None),
    ])

own('29', 'Reuters', '2025-06-30',
    "Azerbaijan arrests Sputnik staff, cancels Russian events as row over Yekaterinburg deaths deepens",
    "BAKU, June 30 (Reuters) - Azerbaijani police raided the Baku office of Russia's state-owned Sputnik news agency "
    "on Monday and detained two employees, state news agency APA reported, deepening a row with Moscow over the deaths "
    "of two Azerbaijani brothers during a police raid in Russia.\n"
    "The brothers died on Friday after Russian police detained several people of Azerbaijani origin in the city of "
    "Yekaterinburg as part of an investigation into murders committed more than 20 years ago. Relatives said the men "
    "had been beaten; Russia's Investigative Committee said one of them died of heart failure.\n"
    "Baku accused Russian police of \"deliberate, extrajudicial killing\" and demanded that those responsible be "
    "punished. On Saturday it cancelled all cultural events planned with Russia and called off a visit by Russian "
    "Deputy Prime Minister Alexei Overchuk.\n"
    "\"If Moscow continues to treat our citizens in this way, Azerbaijan will reconsider the entire relationship,\" a "
    "senior Azerbaijani official told Reuters on condition of anonymity.\n"
    "Kremlin spokesman Dmitry Peskov said the police actions were lawful and expressed regret over the deaths, RIA "
    "Novosti reported. Russia's foreign ministry summoned Azerbaijan's ambassador to protest against the arrests in "
    "Baku.\n"
    "Relations between the two countries were already strained after an Azerbaijani passenger jet crashed in "
    "Kazakhstan in December 2024; Baku said it had been hit by Russian air defences.",
    [
        E("Azerbaijan arrests Sputnik staff", "arrests", "COERCE", "arrest", ("Azerbaijan", "AZE", "GOV"),
          ("Sputnik staff", "RUS", "MED"), d("2025-06-30"), None, cl="rec_t-29-arrests"),
        E("cancels Russian events", "cancels", "SANCTION", "discontinue", ("Azerbaijan", "AZE", "GOV"), None,
          d("2025-06-28"), None, cl="rec_t-29-cancel"),
        E("Azerbaijani police raided the Baku office", "raided", "COERCE", None, ("Azerbaijani police", "AZE", "COP"),
          ("the Baku office of Russia's state-owned Sputnik news agency", "RUS", "MED"), d("2025-06-30"),
          P("Baku", "Baku"), speaker="state news agency APA", mod="reported"),
        E("detained two employees", "detained", "COERCE", "arrest", ("Azerbaijani police", "AZE", "COP"),
          ("two employees", "RUS", "MED"), d("2025-06-30"), P("Baku", "Baku"), speaker="state news agency APA",
          mod="reported", cl="rec_t-29-arrests"),
        E("Russian police detained several people", "detained", "COERCE", "arrest", ("Russian police", "RUS", "COP"),
          ("several people of Azerbaijani origin", "AZE", "CVL"), d("2025-06-27"), P("Yekaterinburg", "Yekaterinburg"),
          cl="rec_t-29-raid"),
        E("as part of an investigation into murders", "investigation", "ACCUSE", "investigate", None, None, None, None),
        E("the men had been beaten", "beaten", "ASSAULT", "beat", None, ("the men", "AZE", "CVL"), d("2025-06-27"),
          None, speaker="Relatives", mod="reported"),
        E("Baku accused Russian police", "accused", "ACCUSE", "allege", ("Baku", "AZE", "GOV"),
          ("Russian police", "RUS", "COP"), None, None),
        E("demanded that those responsible be punished", "demanded", "REQUEST", None, ("Baku", "AZE", "GOV"), None,
          None, None, mod="demanded"),
        E("On Saturday it cancelled all cultural", "cancelled", "SANCTION", "discontinue", ("it", "AZE", "GOV"),
          ("Russia", "RUS", "GOV"), d("2025-06-28"), None, cl="rec_t-29-cancel"),
        E("called off a visit", "called off", "REJECT", "meet", ("it", "AZE", "GOV"),
          ("Russian Deputy Prime Minister Alexei Overchuk", "RUS", "GOV"), d("2025-06-28"), None),
        E("Azerbaijan will reconsider the entire relationship", "reconsider", "THREATEN", "relations",
          ("Azerbaijan", "AZE", "GOV"), ("Moscow", "RUS", "GOV"), None, None,
          speaker="a senior Azerbaijani official", mod="threatened"),
        E("said the police actions were lawful", "actions", "COERCE", "arrest", ("the police", "RUS", "COP"), None,
          d("2025-06-27"), None, speaker="Kremlin spokesman Dmitry Peskov",
          relays=("RIA Novosti",), mod="reported", cl="rec_t-29-raid"),
        E("expressed regret over the deaths", "expressed regret", "CONCEDE", None,
          ("Kremlin spokesman Dmitry Peskov", "RUS", "GOV"), None, None, None,
          speaker="Kremlin spokesman Dmitry Peskov", relays=("RIA Novosti",), mod="reported"),
        E("summoned Azerbaijan's ambassador", "summoned", "ACCUSE", "disapprove",
          ("Russia's foreign ministry", "RUS", "GOV"), ("Azerbaijan's ambassador", "AZE", "GOV"), None, None),
        E("to protest against the arrests in", "arrests", "COERCE", "arrest", None, None, d("2025-06-30"),
          P(("Baku", "the arrests in"), "Baku"), mod="reported", cl="rec_t-29-arrests"),
        E("it had been hit by Russian air defences", "hit", "ASSAULT", None, ("Russian air defences", "RUS", "MIL"),
          (("it", "Baku said it"), "AZE", "BUS"), mo("2024-12", True), None, speaker=("Baku", "; Baku said"),
          mod="reported"),
    ])

own('30', "L'Orient Today", '2025-08-07',
    "Lebanon's cabinet backs plan to disarm Hezbollah; Shiite ministers walk out",
    "BEIRUT — Lebanon's cabinet on Thursday endorsed the objectives of a US-backed paper that calls for Hezbollah to "
    "hand over its weapons to the state by the end of the year, after the group's ministers and their Amal allies "
    "walked out of the session in protest.\n"
    "Information Minister Paul Morcos said the army had been tasked with drawing up a plan to place all weapons under "
    "state control and would present it to the government by the end of August.\n"
    "Hezbollah said it would treat the decision \"as if it did not exist\" and accused the government of committing "
    "\"a grave sin\" by bowing to American and Israeli dictates. \"We will not hand over our weapons while Israel "
    "continues its aggression,\" the group's secretary-general, Naim Qassem, said in a televised speech on Wednesday.\n"
    "Supporters of the group rode motorcycles through Beirut's southern suburbs on Thursday night, waving flags and "
    "chanting slogans against Prime Minister Nawaf Salam.\n"
    "US envoy Tom Barrack welcomed the decision, calling it \"historic and bold\". Israel, which has kept troops at "
    "five hilltop positions in south Lebanon since a ceasefire took effect in November 2024, carried out an air strike "
    "on a car near Nabatieh on Thursday, killing two people, the Lebanese health ministry said. The Israeli military "
    "said it had targeted a Hezbollah operative.\n"
    "Washington has warned that Israel could resume a wider offensive if the state fails to disarm the group.",
    [
        E("cabinet backs plan to disarm", "backs", "SUPPORT", None, ("Lebanon's cabinet", "LBN", "GOV"), None,
          d("2025-08-07"), None, cl="rec_t-30-endorse"),
        E("Shiite ministers walk out", "walk out", "PROTEST", None, ("Shiite ministers", "LBN", "GOV"), None,
          d("2025-08-07"), None, cl="rec_t-30-walkout"),
        E("on Thursday endorsed the objectives", "endorsed", "SUPPORT", None, ("Lebanon's cabinet", "LBN", "GOV"),
          None, d("2025-08-07"), P(("BEIRUT", 1), "Beirut"), cl="rec_t-30-endorse"),
        E("paper that calls for Hezbollah", "calls for", "REQUEST", "yield", ("a US-backed paper", "USA", "GOV"),
          ("Hezbollah", "LBN", "REB"), None, None, mod="demanded"),
        E("walked out of the session in protest", "walked out", "PROTEST", None,
          ("the group's ministers and their Amal allies", "LBN", "GOV"), None, d("2025-08-07"),
          P(("BEIRUT", 1), "Beirut"), cl="rec_t-30-walkout"),
        E("it would treat the decision", "treat", "REJECT", None, ("it", "LBN", "REB"), None, None, None,
          speaker="Hezbollah", mod="reported"),
        E("accused the government of committing", "accused", "ACCUSE", "disapprove", ("Hezbollah", "LBN", "REB"),
          ("the government", "LBN", "GOV"), None, None),
        E("We will not hand over our weapons", "hand over", "RETREAT", "disarm", ("We", "LBN", "REB"), None, None,
          None, speaker="the group's secretary-general, Naim Qassem", mod="negated"),
        E("Supporters of the group rode motorcycles", "rode", "PROTEST", "demo", ("Supporters of the group", "LBN", "CVL"),
          ("Prime Minister Nawaf Salam", "LBN", "GOV"), d("2025-08-07"),
          P(("Beirut", "rode motorcycles through Beirut"), "Beirut")),
        E("US envoy Tom Barrack welcomed", "welcomed", "SUPPORT", None, ("US envoy Tom Barrack", "USA", "GOV"), None,
          None, None),
        E("since a ceasefire took effect", "ceasefire", "RETREAT", "ceasefire", None, None, mo("2024-11", True), None),
        E("carried out an air strike on a car", "air strike", "ASSAULT", "aerial", ("Israel", "ISR", "MIL"), None,
          d("2025-08-07"), P("Nabatieh", "Nabatieh"), speaker="the Lebanese health ministry", mod="reported",
          cl="rec_t-30-strike"),
        E("said it had targeted a Hezbollah operative", "targeted", "ASSAULT", "targeted", (("it", "it had targeted"), "ISR", "MIL"),
          ("a Hezbollah operative", "LBN", "REB"), d("2025-08-07"), None, speaker="The Israeli military",
          mod="reported", cl="rec_t-30-strike"),
        E("Washington has warned", "warned", "THREATEN", "violence", ("Washington", "USA", "GOV"),
          ("the state", "LBN", "GOV"), None, None, mod="threatened"),
    ])

own('31', 'AP', '2025-09-09',
    "Israel strikes Hamas leaders in Doha; Qatar condemns 'cowardly' attack",
    "DOHA, Qatar (AP) — Israel carried out an airstrike on Hamas' political leadership in the Qatari capital on "
    "Tuesday, hitting a residential compound where senior officials had gathered to discuss a U.S. ceasefire "
    "proposal, officials on both sides said.\n"
    "Hamas said five of its members and a Qatari security officer were killed but that its top negotiator, Khalil "
    "al-Hayya, survived. The Israeli military said it had \"conducted a precise strike\" against leaders \"directly "
    "responsible for the October 7 massacre.\"\n"
    "Qatar condemned what it called a \"cowardly Israeli attack\" and a \"flagrant violation of international law.\" "
    "Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said Qatar was reviewing its role as a mediator and "
    "reserved the right to respond.\n"
    "The White House said President Donald Trump had been informed of the strike in advance and had assured Qatar's "
    "emir it \"will not happen again\" on Qatari soil. Saudi Arabia, the United Arab Emirates and Jordan condemned "
    "the attack, and the Gulf Cooperation Council called an emergency summit in Doha.\n"
    "Hamas officials had been meeting to consider a proposal Trump presented on Sunday, which would free all hostages "
    "held in Gaza in exchange for Palestinian prisoners.\n"
    "Qatar, which hosts the largest U.S. military base in the region, has mediated between Israel and Hamas since the "
    "war began in October 2023.",
    [
        E("Israel strikes Hamas leaders", "strikes", "ASSAULT", "aerial", ("Israel", "ISR", "MIL"),
          ("Hamas leaders", "PSE", "REB"), d("2025-09-09"), None, cl="rec_t-31-strike"),
        E("Qatar condemns 'cowardly' attack", "condemns", "ACCUSE", "disapprove", ("Qatar", "QAT", "GOV"), None, None,
          None, cl="rec_t-31-condemn"),
        E("Israel carried out an airstrike", "airstrike", "ASSAULT", "aerial", ("Israel", "ISR", "MIL"),
          ("Hamas' political leadership", "PSE", "REB"), d("2025-09-09"), P("the Qatari capital", "Doha"),
          speaker="officials on both sides", mod="reported", cl="rec_t-31-strike"),
        E("a Qatari security officer were killed", "killed", "ASSAULT", "aerial", None,
          ("five of its members and a Qatari security officer", None, None), d("2025-09-09"), None,
          speaker="Hamas", mod="reported", cl="rec_t-31-strike"),
        E("conducted a precise strike", "strike", "ASSAULT", "aerial", (("it", 'it had "conducted'), "ISR", "MIL"), ("leaders", "PSE", "REB"),
          d("2025-09-09"), None, speaker="The Israeli military", mod="reported", cl="rec_t-31-strike"),
        E("the October 7 massacre", "massacre", "ASSAULT", None, ("leaders", "PSE", "REB"), None,
          d("2023-10-07", True), None, speaker="The Israeli military", mod="reported"),
        E("Qatar condemned what it called", "condemned", "ACCUSE", "disapprove", ("Qatar", "QAT", "GOV"),
          ("Israeli", "ISR", "GOV"), None, None, cl="rec_t-31-condemn"),
        E("cowardly Israeli attack", "attack", "ASSAULT", "aerial", ("Israeli", "ISR", "MIL"), None, d("2025-09-09"),
          None, speaker="Qatar", mod="reported", cl="rec_t-31-strike"),
        E("Trump had been informed of the strike", "informed", "COOPERATE", None, None,
          ("President Donald Trump", "USA", "GOV"), None, None, speaker="The White House", mod="reported"),
        E("had assured Qatar's emir", "assured", "AGREE", None, ("President Donald Trump", "USA", "GOV"),
          ("Qatar's emir", "QAT", "GOV"), None, None, speaker="The White House", mod="reported"),
        E("Jordan condemned the attack", "condemned", "ACCUSE", "disapprove",
          ("Saudi Arabia, the United Arab Emirates and Jordan", None, "GOV"), None, None, None),
        E("condemned the attack, and", "attack", "ASSAULT", "aerial", None, None, d("2025-09-09"), None,
          mod="reported", cl="rec_t-31-strike"),
        E("called an emergency summit in Doha", "summit", "CONSULT", "multilateral",
          ("the Gulf Cooperation Council", None, "IGO"), None, None, P("Doha", "Doha"), mod="future"),
        E("a proposal Trump presented on Sunday", "presented", "AGREE", None, ("Trump", "USA", "GOV"), None,
          d("2025-09-07"), None),
        E("has mediated between Israel and Hamas", "mediated", "CONSULT", "third-party", ("Qatar", "QAT", "GOV"),
          ("Israel and Hamas", None, None), None, None),
    ])

own('32', 'Reuters', '2025-07-16',
    "Drone attacks halt half of Kurdistan oil output; Erbil blames Baghdad-funded militias",
    "ERBIL, Iraq, July 16 (Reuters) - Drones struck three oil fields in Iraq's Kurdistan region on Tuesday and "
    "Wednesday, forcing operators to shut down production of about 150,000 barrels per day, the region's natural "
    "resources ministry said.\n"
    "No group claimed responsibility. The Kurdistan Regional Government accused \"outlaw groups\" within the Popular "
    "Mobilisation Forces, which are funded by the federal budget, of carrying out the attacks and called on Baghdad to "
    "arrest those responsible.\n"
    "\"This is economic terrorism against the Kurdistan region,\" KRG spokesman Peshawa Hawramani said, Kurdistan24 "
    "reported. \"If Baghdad does not act, we will ask our international partners to intervene.\"\n"
    "Prime Minister Mohammed Shia al-Sudani ordered an investigation and said the attacks aimed to \"destabilise the "
    "country\". The PMF denied any role.\n"
    "A U.S. State Department spokesperson condemned the strikes and urged Baghdad to \"hold the perpetrators "
    "accountable.\"\n"
    "Drones also hit the Sarsang field, operated by U.S. firm HKN Energy, in Duhok province last week, damaging a "
    "storage tank.",
    [
        E("Drone attacks halt half", "attacks", "ASSAULT", "drone", None, None, wk("2025-W29"), None,
          cl="rec_t-32-attacks"),
        E("Erbil blames Baghdad-funded militias", "blames", "ACCUSE", "allege", ("Erbil", "IRQ", "GOV"),
          ("Baghdad-funded militias", "IRQ", "UAF"), None, None, cl="rec_t-32-blame"),
        E("Drones struck three oil fields", "struck", "ASSAULT", "drone", ("Drones", None, None), None, wk("2025-W29"),
          P("Kurdistan", "Kurdistan"), speaker="the region's natural resources ministry", mod="reported",
          cl="rec_t-32-attacks"),
        E("The Kurdistan Regional Government accused", "accused", "ACCUSE", "allege",
          ("The Kurdistan Regional Government", "IRQ", "GOV"), ("outlaw groups", "IRQ", "UAF"), None, None,
          cl="rec_t-32-blame"),
        E("of carrying out the attacks", "carrying out", "ASSAULT", "drone", ("outlaw groups", "IRQ", "UAF"), None,
          None, None, speaker="The Kurdistan Regional Government", mod="reported", cl="rec_t-32-attacks"),
        E("called on Baghdad to arrest", "called on", "REQUEST", None,
          ("The Kurdistan Regional Government", "IRQ", "GOV"), ("Baghdad", "IRQ", "GOV"), None, None, mod="demanded"),
        E("This is economic terrorism", "terrorism", "ACCUSE", "disapprove", ("KRG spokesman Peshawa Hawramani", "IRQ", "GOV"),
          None, None, None, speaker="KRG spokesman Peshawa Hawramani", relays=("Kurdistan24",), mod="reported"),
        E("we will ask our international partners", "ask", "REQUEST", "assist", ("we", "IRQ", "GOV"),
          ("our international partners", None, "GOV"), None, None,
          speaker=("KRG spokesman Peshawa Hawramani", 1), relays=(("Kurdistan24", 1),), mod="conditional",
          cond="If Baghdad does not act"),
        E("ordered an investigation", "investigation", "ACCUSE", "investigate",
          ("Prime Minister Mohammed Shia al-Sudani", "IRQ", "GOV"), None, None, None),
        E("said the attacks aimed", "attacks", "ASSAULT", "drone", None, None, wk("2025-W29"), None,
          speaker="Prime Minister Mohammed Shia al-Sudani", mod="reported", cl="rec_t-32-attacks"),
        E("The PMF denied any role", "denied", "REJECT", None, ("The PMF", "IRQ", "MIL"), None, None, None),
        E("spokesperson condemned the strikes", "condemned", "ACCUSE", "disapprove",
          ("A U.S. State Department spokesperson", "USA", "GOV"), None, None, None),
        E("condemned the strikes and urged", "strikes", "ASSAULT", "drone", None, None, wk("2025-W29"), None,
          mod="reported", cl="rec_t-32-attacks"),
        E("urged Baghdad to", "urged", "REQUEST", None, ("A U.S. State Department spokesperson", "USA", "GOV"),
          ("Baghdad", "IRQ", "GOV"), None, None, mod="demanded"),
        E("Drones also hit the Sarsang field", "hit", "ASSAULT", "drone", ("Drones", None, None), None,
          wk("2025-W28"), P("Duhok", "Duhok")),
    ])

own('33', 'Reuters', '2025-07-10',
    "Houthis say they sank bulk carrier in Red Sea, took crew to 'safe location'",
    "DUBAI, July 10 (Reuters) - Yemen's Houthi movement said on Thursday it had sunk the Liberian-flagged bulk carrier "
    "Sea Orchid in the Red Sea after attacking it with drones, missiles and speedboats, and that its forces had "
    "\"rescued\" several crew members and taken them to a safe location.\n"
    "At least three seafarers were killed in the attack, which began on Monday, and 11 others remain missing, the "
    "ship's Greek operator said. The European Union's Aspides naval mission said it had pulled six crew from the water "
    "on Wednesday.\n"
    "The U.S. embassy in Yemen accused the Houthis of kidnapping the crew and demanded their immediate and "
    "unconditional release. \"These are acts of piracy,\" a State Department spokesperson said.\n"
    "Houthi military spokesman Yahya Saree said the group would keep targeting ships of companies that deal with "
    "Israeli ports \"regardless of their nationality\" and warned shipowners to stay out of the Red Sea. He denied "
    "that the crew had been taken hostage.\n"
    "The Houthis halted their attacks on shipping in January after the Gaza ceasefire but resumed them after Israel "
    "restarted its offensive in March, according to the Saba news agency, citing a group statement.",
    [
        E("Houthis say they sank bulk carrier", "sank", "ASSAULT", "destroy", ("they", "YEM", "REB"),
          ("bulk carrier", None, "BUS"), wk("2025-W28"), None, speaker="Houthis", mod="reported", cl="rec_t-33-sinking"),
        E("took crew to 'safe location'", "took", "ASSAULT", "abduct", ("they", "YEM", "REB"), ("crew", None, "BUS"),
          None, None, speaker="Houthis", mod="reported", cl="rec_t-33-crew"),
        E("it had sunk the Liberian-flagged", "sunk", "ASSAULT", "destroy", ("it", "YEM", "REB"),
          ("the Liberian-flagged bulk carrier Sea Orchid", "LBR", "BUS"), wk("2025-W28"),
          P("the Red Sea", "Red Sea"), speaker="Yemen's Houthi movement", mod="reported", cl="rec_t-33-sinking"),
        E("after attacking it with drones", "attacking", "ASSAULT", "drone", ("it", "YEM", "REB"),
          (("it", "attacking it"), "LBR", "BUS"), wk("2025-W28"), P("the Red Sea", "Red Sea"), speaker="Yemen's Houthi movement",
          mod="reported", cl="rec_t-33-attack"),
        E("\"rescued\" several crew members", "taken", "ASSAULT", "abduct", ("its forces", "YEM", "REB"),
          ("several crew members", None, "BUS"), None, None, speaker="Yemen's Houthi movement", mod="reported",
          cl="rec_t-33-crew"),
        E("At least three seafarers were killed", "killed", "ASSAULT", None, None, ("At least three seafarers", None, "BUS"),
          wk("2025-W28"), None, speaker="the ship's Greek operator", mod="reported", cl="rec_t-33-attack"),
        E("pulled six crew from the water", "pulled", "AID", None, ("it", None, "IGO"), ("six crew", None, "BUS"),
          d("2025-07-09"), None, speaker="The European Union's Aspides naval mission", mod="reported"),
        E("accused the Houthis of kidnapping", "accused", "ACCUSE", "allege", ("The U.S. embassy in Yemen", "USA", "GOV"),
          ("the Houthis", "YEM", "REB"), None, None),
        E("demanded their immediate and unconditional release", "demanded", "REQUEST", "yield",
          ("The U.S. embassy in Yemen", "USA", "GOV"), ("the Houthis", "YEM", "REB"), None, None, mod="demanded"),
        E("These are acts of piracy", "piracy", "ACCUSE", "disapprove", ("a State Department spokesperson", "USA", "GOV"),
          None, None, None, speaker="a State Department spokesperson", mod="reported"),
        E("would keep targeting ships", "targeting", "THREATEN", "violence", ("the group", "YEM", "REB"),
          ("ships of companies that deal with Israeli ports", None, "BUS"), None, None,
          speaker="Houthi military spokesman Yahya Saree", mod="threatened"),
        E("warned shipowners to stay out", "warned", "THREATEN", "violence", ("Houthi military spokesman Yahya Saree", "YEM", "REB"),
          ("shipowners", None, "BUS"), None, None, mod="threatened"),
        E("He denied that the crew had been taken hostage", "taken hostage", "ASSAULT", "abduct", ("He", "YEM", "REB"),
          ("the crew", None, "BUS"), None, None, speaker="He", mod="denied", cl="rec_t-33-crew"),
        E("The Houthis halted their attacks", "halted", "RETREAT", "ceasefire", ("The Houthis", "YEM", "REB"), None,
          mo("2025-01", True), None, speaker="a group statement", relays=("the Saba news agency",), mod="reported"),
        E("after the Gaza ceasefire", "ceasefire", "RETREAT", "ceasefire", None, None, mo("2025-01", True), None,
          speaker="a group statement", relays=("the Saba news agency",), mod="reported"),
        E("but resumed them after Israel", "resumed", "ASSAULT", None, ("The Houthis", "YEM", "REB"), None,
          mo("2025-03", True), None, speaker="a group statement", relays=("the Saba news agency",), mod="reported"),
        E("Israel restarted its offensive", "offensive", "ASSAULT", None, ("Israel", "ISR", "MIL"), None,
          mo("2025-03", True), None, speaker="a group statement", relays=("the Saba news agency",), mod="reported"),
    ])

own('34', 'Garowe Online', '2025-03-20',
    "Dozens killed as federal troops and Jubaland forces clash near Kenya border",
    "GAROWE — Fighting between Somali federal troops and forces loyal to Jubaland leader Ahmed Madobe killed at least "
    "25 people in and around the border town of Beled Hawo on Wednesday, residents and officials said.\n"
    "Jubaland's security minister Yusuf Hussein Osman said his forces had repelled \"an invasion\" by federal "
    "soldiers and captured dozens of them, including two officers. The federal defence ministry said its troops had "
    "come under attack while securing the town and denied that any soldiers had been taken prisoner.\n"
    "More than 10,000 residents fled across the border into Mandera, Kenya, the Voice of America's Somali service "
    "reported, citing local elders.\n"
    "The federal government accused Kenya of allowing Jubaland fighters to use its territory to attack federal "
    "positions. \"We will hold Nairobi responsible if this continues,\" Information Minister Daud Aweys told reporters "
    "in Mogadishu. Kenya's foreign ministry rejected the allegation and urged both sides to \"cease hostilities and "
    "return to dialogue\".\n"
    "The African Union mission in Somalia called for an immediate ceasefire. Jubaland cut ties with Mogadishu in "
    "November 2024 after a federal court issued an arrest warrant for Madobe, days after he was re-elected by the "
    "regional parliament in a vote the federal government called illegal.",
    [
        E("federal troops and Jubaland forces clash", "clash", "ASSAULT", None, ("federal troops", "SOM", "MIL"),
          ("Jubaland forces", "SOM", "MIL"), d("2025-03-19"), None, cl="rec_t-34-clash"),
        E("Fighting between Somali federal troops", "Fighting", "ASSAULT", None, ("Somali federal troops", "SOM", "MIL"),
          ("forces loyal to Jubaland leader Ahmed Madobe", "SOM", "MIL"), d("2025-03-19"),
          P("Beled Hawo", "Beled Hawo"), speaker="residents and officials", mod="reported", cl="rec_t-34-clash"),
        E("his forces had repelled", "repelled", "ASSAULT", None, ("his forces", "SOM", "MIL"),
          ("federal soldiers", "SOM", "MIL"), d("2025-03-19"), None,
          speaker="Jubaland's security minister Yusuf Hussein Osman", mod="reported", cl="rec_t-34-clash"),
        E("\"an invasion\" by federal", "invasion", "ASSAULT", None, ("federal soldiers", "SOM", "MIL"), None,
          d("2025-03-19"), None, speaker="Jubaland's security minister Yusuf Hussein Osman", mod="reported",
          cl="rec_t-34-clash"),
        E("captured dozens of them", "captured", "COERCE", "arrest", ("his forces", "SOM", "MIL"),
          ("dozens of them, including two officers", "SOM", "MIL"), d("2025-03-19"), None,
          speaker="Jubaland's security minister Yusuf Hussein Osman", mod="reported", cl="rec_t-34-captured"),
        E("its troops had come under attack", "attack", "ASSAULT", None, None, ("its troops", "SOM", "MIL"),
          d("2025-03-19"), None, speaker="The federal defence ministry", mod="reported", cl="rec_t-34-clash"),
        E("had been taken prisoner", "taken prisoner", "COERCE", "arrest", None, ("any soldiers", "SOM", "MIL"),
          d("2025-03-19"), None, speaker="The federal defence ministry", mod="denied", cl="rec_t-34-captured"),
        E("The federal government accused Kenya", "accused", "ACCUSE", "allege", ("The federal government", "SOM", "GOV"),
          ("Kenya", "KEN", "GOV"), None, None),
        E("We will hold Nairobi responsible", "hold", "THREATEN", "relations", ("We", "SOM", "GOV"),
          ("Nairobi", "KEN", "GOV"), None, None, speaker="Information Minister Daud Aweys", mod="threatened"),
        E("rejected the allegation", "rejected", "REJECT", None, ("Kenya's foreign ministry", "KEN", "GOV"), None, None,
          None),
        E("urged both sides to", "urged", "REQUEST", None, ("Kenya's foreign ministry", "KEN", "GOV"),
          ("both sides", "SOM", None), None, None, mod="demanded"),
        E("called for an immediate ceasefire", "called for", "REQUEST", None,
          ("The African Union mission in Somalia", None, "IGO"), None, None, None, mod="demanded"),
        E("Jubaland cut ties with Mogadishu", "cut ties", "SANCTION", "discontinue", ("Jubaland", "SOM", "GOV"),
          ("Mogadishu", "SOM", "GOV"), mo("2024-11", True), None),
        E("a federal court issued an arrest warrant", "arrest warrant", "ACCUSE", "allege",
          ("a federal court", "SOM", "JUD"), ("Madobe", "SOM", "GOV"), None, None),
        E("he was re-elected by the regional", "re-elected", "SUPPORT", None, ("the regional parliament", "SOM", "LEG"),
          ("he", "SOM", "GOV"), None, None),
        E("the federal government called illegal", "called", "ACCUSE", "disapprove",
          ("the federal government", "SOM", "GOV"), None, None, None),
    ])

own('35', 'AFP', '2025-03-12',
    "Tigray faction takes over Mekelle city hall as rift threatens fragile peace",
    "ADDIS ABABA, March 12, 2025 (AFP) - Fighters loyal to a faction of the Tigray People's Liberation Front (TPLF) "
    "took control of the mayor's office in Mekelle, the capital of Ethiopia's northern Tigray region, on Tuesday and "
    "installed a new mayor, residents and officials said.\n"
    "The interim regional president, Getachew Reda, accused the faction led by Debretsion Gebremichael of staging "
    "\"a coup\" with the help of some army commanders and called on the federal government to intervene. \"If this "
    "continues, Tigray will slide back into war,\" he wrote on Facebook.\n"
    "The Debretsion faction denied seizing power by force and said the change of mayor had been decided by the "
    "party's central committee.\n"
    "Prime Minister Abiy Ahmed's office said it would not allow \"anyone to drag the region back into conflict\" and "
    "urged all sides to respect the Pretoria agreement signed in November 2022 that ended two years of war.\n"
    "Eritrea, whose troops fought alongside federal forces during the war, has been accused by Getachew of backing the "
    "faction. Asmara's information minister, Yemane Gebremeskel, dismissed the claim as \"baseless\" on X.\n"
    "The African Union, which brokered the Pretoria deal, said its envoys would travel to Mekelle this week.",
    [
        E("Tigray faction takes over", "takes over", "COERCE", "seize", ("Tigray faction", "ETH", "REB"),
          ("Mekelle city hall", "ETH", "GOV"), d("2025-03-11"), None, cl="rec_t-35-takeover"),
        E("took control of the mayor's office", "took control", "COERCE", "seize",
          ("Fighters loyal to a faction of the Tigray People's Liberation Front (TPLF)", "ETH", "REB"),
          ("the mayor's office", "ETH", "GOV"), d("2025-03-11"), P(("Mekelle", "office in Mekelle"), "Mekelle"),
          speaker="residents and officials", mod="reported", cl="rec_t-35-takeover"),
        E("installed a new mayor", "installed", "COERCE", None,
          ("Fighters loyal to a faction of the Tigray People's Liberation Front (TPLF)", "ETH", "REB"), None,
          d("2025-03-11"), P(("Mekelle", "office in Mekelle"), "Mekelle"), speaker="residents and officials",
          mod="reported"),
        E("accused the faction led by", "accused", "ACCUSE", "allege",
          ("The interim regional president, Getachew Reda", "ETH", "GOV"),
          ("the faction led by Debretsion Gebremichael", "ETH", "REB"), None, None),
        E("called on the federal government to intervene", "called on", "REQUEST", "assist",
          ("The interim regional president, Getachew Reda", "ETH", "GOV"), ("the federal government", "ETH", "GOV"),
          None, None, mod="demanded"),
        E("denied seizing power by force", "seizing", "COERCE", "seize", ("The Debretsion faction", "ETH", "REB"), None,
          d("2025-03-11"), None, speaker="The Debretsion faction", mod="denied", cl="rec_t-35-takeover"),
        E("it would not allow", "allow", "COERCE", "restrict", ("it", "ETH", "GOV"), None, None, None,
          speaker="Prime Minister Abiy Ahmed's office", mod="future"),
        E("urged all sides to respect", "urged", "REQUEST", None, ("Prime Minister Abiy Ahmed's office", "ETH", "GOV"),
          ("all sides", "ETH", None), None, None, mod="demanded"),
        E("agreement signed in November 2022", "signed", "SUPPORT", None, None, None, mo("2022-11", True), None,
          cl="rec_t-35-pretoria"),
        E("has been accused by Getachew", "accused", "ACCUSE", "allege", ("Getachew", "ETH", "GOV"),
          ("Eritrea", "ERI", "GOV"), None, None),
        E("dismissed the claim as", "dismissed", "ACCUSE", "disapprove",
          ("Asmara's information minister, Yemane Gebremeskel", "ERI", "GOV"), None, None, None,
          relays=("X",)),
        E("which brokered the Pretoria deal", "brokered", "CONSULT", "third-party", ("The African Union", None, "IGO"),
          None, None, None),
        E("its envoys would travel to Mekelle", "travel", "CONSULT", "visit", ("its envoys", None, "IGO"), None,
          wk("2025-W11"), P(("Mekelle", "travel to Mekelle"), "Mekelle"), speaker="The African Union", mod="future"),
    ])

own('36', 'ANSA', '2025-01-31',
    "Italian court orders release of 43 migrants held in Albania, third setback for Meloni plan",
    "ROME, Jan 31 (ANSA) - A Rome appeals court on Friday refused to validate the detention of 43 migrants taken to an "
    "Italian-run centre in Gjader, Albania, and ordered them brought to Italy, dealing a third blow to Prime Minister "
    "Giorgia Meloni's plan to process asylum claims offshore.\n"
    "The judges suspended their ruling and referred the case to the European Court of Justice, which is due to decide "
    "which countries can be considered safe for returns.\n"
    "Meloni's government accused the judiciary of \"sabotaging\" policies voted for by Italians. \"Some magistrates "
    "want to decide immigration policy in place of the government. We will not give up,\" Interior Minister Matteo "
    "Piantedosi said.\n"
    "The National Association of Magistrates rejected the criticism and warned against \"attacks on the independence "
    "of the judiciary\".\n"
    "The migrants, from Bangladesh, Egypt, Ivory Coast and Gambia, were intercepted in international waters by the "
    "Italian navy on Sunday and shipped to Albania on Tuesday. A coastguard vessel will bring them to Bari on "
    "Saturday.\n"
    "Opposition parties demanded that the government shut the Albanian centres, which are expected to cost about 800 "
    "million euros over five years, and called the scheme \"a propaganda operation\". Albanian Prime Minister Edi Rama "
    "said the centres would stay open \"as long as Italy wants\".",
    [
        E("Italian court orders release", "release", "RETREAT", "release", ("Italian court", "ITA", "JUD"),
          ("43 migrants held in Albania", None, "REF"), d("2025-01-31"), None, cl="rec_t-36-release"),
        E("refused to validate the detention", "refused", "REJECT", None, ("A Rome appeals court", "ITA", "JUD"), None,
          d("2025-01-31"), P(("ROME", 1), "Rome")),
        E("validate the detention of 43 migrants", "detention", "COERCE", "arrest", None, ("43 migrants", None, "REF"),
          None, P("Gjader", "Gjader"), mod="reported", cl="rec_t-36-detention"),
        E("ordered them brought to Italy", "ordered", "RETREAT", "release", ("A Rome appeals court", "ITA", "JUD"),
          ("them", None, "REF"), d("2025-01-31"), P(("ROME", 1), "Rome"), cl="rec_t-36-release"),
        E("referred the case to the European Court", "referred", "REQUEST", None, ("The judges", "ITA", "JUD"),
          ("the European Court of Justice", None, "JUD"), d("2025-01-31"), None, mod="demanded"),
        E("accused the judiciary of", "accused", "ACCUSE", "disapprove", ("Meloni's government", "ITA", "GOV"),
          ("the judiciary", "ITA", "JUD"), None, None),
        E("We will not give up", "give up", "CONCEDE", None, ("We", "ITA", "GOV"), None, None, None,
          speaker="Interior Minister Matteo Piantedosi", mod="negated"),
        E("rejected the criticism", "rejected", "REJECT", None, ("The National Association of Magistrates", "ITA", "JUD"),
          (("Meloni's government", 1), "ITA", "GOV"), None, None),
        E("warned against \"attacks", "warned", "ACCUSE", "disapprove",
          ("The National Association of Magistrates", "ITA", "JUD"), None, None, None),
        E("were intercepted in international waters", "intercepted", "COERCE", "arrest",
          ("the Italian navy", "ITA", "MIL"), ("The migrants", None, "REF"), d("2025-01-26"), None),
        E("shipped to Albania on Tuesday", "shipped", "COERCE", "deport", None, ("The migrants", None, "REF"),
          d("2025-01-28"), P(("Albania", "shipped to Albania"), "Albania")),
        E("will bring them to Bari", "bring", "RETREAT", "release", ("A coastguard vessel", "ITA", "MIL"),
          ("them", None, "REF"), d("2025-02-01"), P("Bari", "Bari"), mod="future", cl="rec_t-36-release"),
        E("Opposition parties demanded that", "demanded", "REQUEST", "change", ("Opposition parties", "ITA", "OPP"),
          ("the government", "ITA", "GOV"), None, None, mod="demanded"),
        E("called the scheme", "called", "ACCUSE", "disapprove", ("Opposition parties", "ITA", "OPP"), None, None,
          None),
        E("the centres would stay open", "stay open", "COOPERATE", None, ("Albanian Prime Minister Edi Rama", "ALB", "GOV"),
          ("Italy", "ITA", "GOV"), None, None, speaker="Albanian Prime Minister Edi Rama", mod="future"),
    ])

own('37', 'Reuters', '2024-11-09',
    "Tens of thousands march in Valencia to demand regional leader quit over flood response",
    "VALENCIA, Spain, Nov 9 (Reuters) - Tens of thousands of people marched through Valencia on Saturday to demand the "
    "resignation of regional leader Carlos Mazon, accusing his government of failing to warn residents before floods "
    "that killed more than 200 people.\n"
    "Protesters carrying mud-stained banners reading \"Mazon, resign\" gathered outside city hall, where some threw "
    "mud and plastic chairs at riot police. Officers charged with batons to disperse them, and six people were "
    "detained, a police spokesman said. At least 30 officers were injured.\n"
    "Mazon, of the conservative People's Party, has refused to step down and blamed the national weather agency and a "
    "river authority controlled by Madrid for delayed information. \"I will not resign. I will lead the "
    "reconstruction,\" he told the regional parliament on Thursday.\n"
    "Prime Minister Pedro Sanchez's government rejected the accusation and said the regional administration was "
    "responsible for civil protection alerts.\n"
    "Last Sunday, residents of the flood-hit town of Paiporta threw mud at King Felipe VI, Queen Letizia, Sanchez and "
    "Mazon during a visit. Sanchez left the town under police protection. Prosecutors have opened an investigation "
    "into the attack on the prime minister's car.",
    [
        E("Tens of thousands march in Valencia", "march", "PROTEST", "demo", ("Tens of thousands", "ESP", "CVL"),
          ("regional leader", "ESP", "GOV"), d("2024-11-09"), None, cl="rec_t-37-march"),
        E("people marched through Valencia", "marched", "PROTEST", "demo", ("Tens of thousands of people", "ESP", "CVL"),
          ("regional leader Carlos Mazon", "ESP", "GOV"), d("2024-11-09"),
          P(("Valencia", "marched through Valencia"), "Valencia"), cl="rec_t-37-march"),
        E("accusing his government of failing", "accusing", "ACCUSE", "disapprove",
          ("Tens of thousands of people", "ESP", "CVL"), ("his government", "ESP", "GOV"), d("2024-11-09"),
          P(("Valencia", "marched through Valencia"), "Valencia")),
        E("some threw mud and plastic chairs", "threw", "PROTEST", "riot", ("some", "ESP", "CVL"),
          ("riot police", "ESP", "COP"), d("2024-11-09"), None, cl="rec_t-37-riot"),
        E("Officers charged with batons", "charged", "ASSAULT", "crowd-control", ("Officers", "ESP", "COP"),
          ("them", "ESP", "CVL"), d("2024-11-09"), None, speaker="a police spokesman", mod="reported"),
        E("six people were detained", "detained", "COERCE", "arrest", None, ("six people", "ESP", "CVL"),
          d("2024-11-09"), None, speaker="a police spokesman", mod="reported"),
        E("has refused to step down", "step down", "RETREAT", "resign", ("Mazon", "ESP", "GOV"), None, None, None,
          mod="negated", cl="rec_t-37-resign"),
        E("blamed the national weather agency", "blamed", "ACCUSE", "allege", ("Mazon", "ESP", "GOV"),
          ("the national weather agency and a river authority controlled by Madrid", "ESP", "GOV"), None, None),
        E("I will not resign", "resign", "RETREAT", "resign", ("I", "ESP", "GOV"), None, None, None,
          speaker=("he", "reconstruction,\" he told"), mod="negated", cl="rec_t-37-resign"),
        E("rejected the accusation and said", "rejected", "REJECT", None,
          ("Prime Minister Pedro Sanchez's government", "ESP", "GOV"), (("Mazon", "Mazon, of the conservative"), "ESP", "GOV"),
          None, None),
        E("threw mud at King Felipe VI", "threw", "PROTEST", "riot",
          ("residents of the flood-hit town of Paiporta", "ESP", "CVL"),
          ("King Felipe VI, Queen Letizia, Sanchez and Mazon", "ESP", "GOV"), d("2024-11-03"),
          P("Paiporta", "Paiporta"), cl="rec_t-37-paiporta"),
        E("Prosecutors have opened an investigation", "investigation", "ACCUSE", "investigate", ("Prosecutors", "ESP", "JUD"),
          None, None, None),
        E("into the attack on the prime minister's", "attack", "PROTEST", "riot", None,
          ("the prime minister's car", "ESP", "GOV"), d("2024-11-03"), None, mod="reported", cl="rec_t-37-paiporta"),
    ])

own('38', 'Kathimerini', '2025-07-11',
    "Greece suspends asylum claims for sea arrivals from North Africa for three months",
    "ATHENS — Greece's parliament on Friday approved a three-month suspension of asylum applications for migrants "
    "arriving by sea from North Africa, after more than 2,000 people landed on the island of Crete in a week.\n"
    "Migration Minister Thanos Plevris said new arrivals would be detained and returned to their countries of origin "
    "without being registered. \"Greece will not become a gateway for smugglers. Anyone who enters illegally will be "
    "arrested and deported,\" he told lawmakers.\n"
    "The UN refugee agency UNHCR said the measure violated international law and urged Athens to reverse it. Human "
    "rights groups said they would challenge the suspension before the Council of State, Greece's top administrative "
    "court.\n"
    "Prime Minister Kyriakos Mitsotakis said on Thursday that the navy would deploy warships off the coast of Libya to "
    "intercept boats \"in cooperation with Libyan authorities\". A Greek delegation was turned away from Benghazi "
    "earlier this month after authorities in eastern Libya declared its members \"persona non grata\".\n"
    "Coast guard vessels rescued 440 people south of the island of Gavdos on Friday, port officials said.",
    [
        E("Greece suspends asylum claims", "suspends", "COERCE", "restrict", ("Greece", "GRC", "GOV"),
          ("sea arrivals from North Africa", None, "REF"), d("2025-07-11"), None, cl="rec_t-38-suspension"),
        E("parliament on Friday approved", "approved", "COERCE", "restrict", ("Greece's parliament", "GRC", "LEG"),
          ("migrants arriving by sea from North Africa", None, "REF"), d("2025-07-11"), P(("ATHENS", 1), "Athens"),
          cl="rec_t-38-suspension"),
        E("new arrivals would be detained", "detained", "COERCE", "arrest", None, ("new arrivals", None, "REF"), None,
          None, speaker="Migration Minister Thanos Plevris", mod="future"),
        E("returned to their countries of origin", "returned", "COERCE", "deport", None, ("new arrivals", None, "REF"),
          None, None, speaker="Migration Minister Thanos Plevris", mod="future"),
        E("Anyone who enters illegally will be", "arrested", "THREATEN", "arrest", ("Greece", "GRC", "GOV"),
          ("Anyone who enters illegally", None, "REF"), None, None, speaker=("he", 'deported," he told'),
          mod="threatened"),
        E("said the measure violated international law", "violated", "ACCUSE", "disapprove",
          ("The UN refugee agency UNHCR", None, "IGO"), None, None, None),
        E("urged Athens to reverse it", "urged", "REQUEST", "change", ("The UN refugee agency UNHCR", None, "IGO"),
          ("Athens", "GRC", "GOV"), None, None, mod="demanded"),
        E("they would challenge the suspension", "challenge", "ACCUSE", "allege", ("they", "GRC", "NGO"), None, None,
          None, speaker="Human rights groups", mod="future"),
        E("the navy would deploy warships", "deploy", "MOBILIZE", "troops", ("the navy", "GRC", "MIL"), None, None,
          P(("Libya", "the coast of Libya"), "Libya"), speaker="Prime Minister Kyriakos Mitsotakis", mod="future"),
        E("in cooperation with Libyan authorities", "cooperation", "COOPERATE", None, ("the navy", "GRC", "MIL"),
          ("Libyan authorities", "LBY", "GOV"), None, None, speaker="Prime Minister Kyriakos Mitsotakis",
          mod="future"),
        E("A Greek delegation was turned away", "turned away", "REJECT", "meet", ("authorities in eastern Libya", "LBY", "GOV"),
          ("A Greek delegation", "GRC", "GOV"), mo("2025-07"), P("Benghazi", "Benghazi")),
        E("declared its members", "declared", "SANCTION", "expel", ("authorities in eastern Libya", "LBY", "GOV"),
          ("its members", "GRC", "GOV"), mo("2025-07"), P("Benghazi", "Benghazi")),
        E("Coast guard vessels rescued 440 people", "rescued", "AID", None, ("Coast guard vessels", "GRC", "COP"),
          ("440 people", None, "REF"), d("2025-07-11"), P("Gavdos", "Gavdos"), speaker="port officials",
          mod="reported"),
    ])

own('39', 'AP', '2025-10-10',
    "Judge blocks Guard deployment in Illinois as Trump threatens to invoke Insurrection Act",
    "CHICAGO (AP) — A federal judge on Thursday temporarily blocked President Donald Trump from deploying National "
    "Guard troops in Illinois, ruling that the administration had offered no credible evidence of a \"rebellion\" in "
    "the Chicago area.\n"
    "U.S. District Judge April Perry said protests outside an immigration processing facility in suburban Broadview "
    "had been largely peaceful and that sending troops would \"only add fuel to the fire.\" The order bars about 500 "
    "Guard members from Texas and Illinois from operating in the state for two weeks.\n"
    "The White House said it would appeal. \"If the courts and local leaders will not protect federal officers, I will "
    "invoke the Insurrection Act,\" Trump told reporters, adding that Illinois Gov. JB Pritzker and Chicago Mayor "
    "Brandon Johnson \"should be in jail.\"\n"
    "Pritzker called the ruling \"a victory for the Constitution\" and accused the president of trying to provoke "
    "violence.\n"
    "Federal agents have arrested more than 1,000 people in the Chicago area since the immigration enforcement "
    "operation began in September, the Department of Homeland Security said. On Saturday, Border Patrol agents shot "
    "and wounded a woman in the Brighton Park neighborhood after she allegedly rammed their vehicle; her lawyer denies "
    "she tried to hit anyone.",
    [
        E("Judge blocks Guard deployment", "blocks", "REJECT", None, ("Judge", "USA", "JUD"), None, d("2025-10-09"),
          None, cl="rec_t-39-ruling"),
        E("Trump threatens to invoke", "threatens", "THREATEN", None, ("Trump", "USA", "GOV"), None, None, None,
          mod="threatened", cl="rec_t-39-threat"),
        E("temporarily blocked President Donald Trump", "blocked", "REJECT", None, ("A federal judge", "USA", "JUD"),
          ("President Donald Trump", "USA", "GOV"), d("2025-10-09"), P(("CHICAGO", 1), "Chicago"),
          cl="rec_t-39-ruling"),
        E("from deploying National Guard troops", "deploying", "MOBILIZE", "troops",
          ("President Donald Trump", "USA", "GOV"), None, None, P("Illinois", "Illinois"), mod="negated",
          cl="rec_t-39-deploy"),
        E("said protests outside an immigration", "protests", "PROTEST", "demo", None, None, None,
          P("Broadview", "Broadview"), speaker="U.S. District Judge April Perry", mod="reported"),
        E("sending troops would", "sending", "MOBILIZE", "troops", None, None, None, None,
          speaker="U.S. District Judge April Perry", mod="hypothetical", cl="rec_t-39-deploy"),
        E("The order bars about 500", "bars", "REJECT", None, ("The order", "USA", "JUD"),
          ("about 500 Guard members from Texas and Illinois", "USA", "MIL"), d("2025-10-09"), None,
          cl="rec_t-39-ruling"),
        E("The White House said it would appeal", "appeal", "ACCUSE", "allege", (("it", "it would appeal"), "USA", "GOV"), None, None, None,
          speaker="The White House", mod="future"),
        E("I will invoke the Insurrection Act", "invoke", "THREATEN", None, (("I", "I will invoke"), "USA", "GOV"),
          ("the courts and local leaders", "USA", "GOV"), None, None, speaker="Trump", mod="threatened",
          cl="rec_t-39-threat"),
        E("\"should be in jail.\"", "jail", "COERCE", "arrest", None,
          (("Illinois Gov. JB Pritzker and Chicago Mayor Brandon Johnson", "adding that Illinois"), "USA", "GOV"),
          None, None,
          speaker=("Trump", "Insurrection Act,\" Trump"), mod="demanded"),
        E("Pritzker called the ruling", "called", "SUPPORT", None, ("Pritzker", "USA", "GOV"), None, None, None),
        E("accused the president of trying", "accused", "ACCUSE", "allege", ("Pritzker", "USA", "GOV"),
          ("the president", "USA", "GOV"), None, None),
        E("the immigration enforcement operation began", "operation", "MOBILIZE", "police", None, None,
          mo("2025-09", True), P(("Chicago", "in the Chicago area since"), "Chicago"),
          speaker="the Department of Homeland Security", mod="reported"),
        E("Border Patrol agents shot and wounded", "shot", "ASSAULT", "firearms", ("Border Patrol agents", "USA", "COP"),
          ("a woman", "USA", "CVL"), d("2025-10-04"), P("Brighton Park", "Chicago")),
        E("she allegedly rammed their vehicle", "rammed", "ASSAULT", None, ("she", "USA", "CVL"),
          ("their", "USA", "COP"), d("2025-10-04"), P("Brighton Park", "Chicago"), mod="asserted",  # relabel68 (1): "allegedly rammed", no source named
          cl="rec_t-39-ram"),
        E("her lawyer denies she tried", "hit", "ASSAULT", None, ("she", "USA", "CVL"), None, d("2025-10-04"), None,
          speaker="her lawyer", mod="denied", cl="rec_t-39-ram"),
    ])

own('40', 'Mexico News Daily', '2025-11-03',
    "Protesters storm Michoacán government palace after Uruapan mayor's killing",
    "MORELIA, Michoacán — Hundreds of protesters broke into the Michoacán state government palace in Morelia on "
    "Sunday, smashing doors and windows and setting fire to furniture, a day after the mayor of Uruapan, Carlos Manzo, "
    "was shot dead at a Day of the Dead festival.\n"
    "Manzo, an independent who had repeatedly asked the federal government for more troops to fight cartels in the "
    "avocado-growing city, was shot seven times in the town's main square on Saturday night in front of hundreds of "
    "people. One of his bodyguards killed one of the gunmen, and a second suspect was arrested, state security chief "
    "José Antonio Cruz said.\n"
    "State prosecutors said the attack bore the hallmarks of the Jalisco New Generation Cartel (CJNG), which has been "
    "fighting rival groups for control of the region.\n"
    "Police fired tear gas to push back the protesters, who chanted \"Out with Morena\" and \"Carlos didn't die, they "
    "killed him.\"\n"
    "President Claudia Sheinbaum condemned the murder and said her government would send 1,500 additional soldiers and "
    "National Guard members to Uruapan. She rejected calls for a return to \"the war on drugs\" of former President "
    "Felipe Calderón, who deployed the army against the cartels in December 2006.\n"
    "Opposition parties demanded the resignation of Governor Alfredo Ramírez Bedolla.",
    [
        E("Protesters storm Michoacán", "storm", "PROTEST", "riot", ("Protesters", "MEX", "CVL"),
          ("Michoacán government palace", "MEX", "GOV"), d("2025-11-02"), None, cl="rec_t-40-storm"),
        E("after Uruapan mayor's killing", "killing", "ASSAULT", None, None, ("Uruapan mayor", "MEX", "GOV"),
          d("2025-11-01"), None, cl="rec_t-40-killing"),
        E("protesters broke into the Michoacán", "broke into", "PROTEST", "riot", ("Hundreds of protesters", "MEX", "CVL"),
          ("the Michoacán state government palace", "MEX", "GOV"), d("2025-11-02"),
          P(("Morelia", "palace in Morelia"), "Morelia"), cl="rec_t-40-storm"),
        E("smashing doors and windows", "smashing", "PROTEST", "vandalize", ("Hundreds of protesters", "MEX", "CVL"),
          None, d("2025-11-02"), P(("Morelia", "palace in Morelia"), "Morelia")),
        E("setting fire to furniture", "setting fire", "PROTEST", "riot", ("Hundreds of protesters", "MEX", "CVL"),
          None, d("2025-11-02"), P(("Morelia", "palace in Morelia"), "Morelia")),
        E("was shot dead at a Day", "shot dead", "ASSAULT", "firearms", None,
          ("the mayor of Uruapan, Carlos Manzo", "MEX", "GOV"), d("2025-11-01"), None, cl="rec_t-40-killing"),
        E("was shot seven times", "shot", "ASSAULT", "firearms", None, ("Manzo", "MEX", "GOV"), d("2025-11-01"),
          P("the town's main square", "Uruapan"), cl="rec_t-40-killing"),
        E("One of his bodyguards killed", "killed", "ASSAULT", None, ("One of his bodyguards", "MEX", "COP"),
          ("one of the gunmen", "MEX", "UAF"), d("2025-11-01"), None,
          speaker="state security chief José Antonio Cruz", mod="reported"),
        E("a second suspect was arrested", "arrested", "COERCE", "arrest", None, ("a second suspect", "MEX", "UAF"),
          d("2025-11-01"), None, speaker="state security chief José Antonio Cruz", mod="reported"),
        E("the attack bore the hallmarks", "bore the hallmarks", "ACCUSE", "allege", ("State prosecutors", "MEX", "JUD"),
          ("the Jalisco New Generation Cartel (CJNG)", "MEX", "UAF"), None, None),
        E("said the attack bore", "attack", "ASSAULT", "firearms", ("the Jalisco New Generation Cartel (CJNG)", "MEX", "UAF"),
          None, d("2025-11-01"), None, speaker="State prosecutors", mod="reported", cl="rec_t-40-killing"),
        E("Police fired tear gas", "fired", "ASSAULT", "crowd-control", ("Police", "MEX", "COP"),
          ("the protesters", "MEX", "CVL"), d("2025-11-02"), None),
        E("Sheinbaum condemned the murder", "condemned", "ACCUSE", "disapprove",
          ("President Claudia Sheinbaum", "MEX", "GOV"), None, None, None),
        E("condemned the murder and said", "murder", "ASSAULT", "firearms", None, None, d("2025-11-01"), None,
          mod="reported", cl="rec_t-40-killing"),
        E("her government would send 1,500", "send", "MOBILIZE", "troops", ("her government", "MEX", "GOV"), None,
          None, P(("Uruapan", "members to Uruapan"), "Uruapan"), speaker="President Claudia Sheinbaum", mod="future"),
        E("She rejected calls for a return", "rejected", "REJECT", None, ("She", "MEX", "GOV"), None, None, None),
        E("rejected calls for a return", "calls", "REQUEST", None, None, ("She", "MEX", "GOV"), None, None,
          mod="demanded"),
        E("who deployed the army against the cartels", "deployed", "MOBILIZE", "troops", ("who", "MEX", "GOV"),
          ("the cartels", "MEX", "UAF"), mo("2006-12", True), None),
        E("Opposition parties demanded the resignation", "demanded", "REQUEST", "change",
          ("Opposition parties", "MEX", "OPP"), ("Governor Alfredo Ramírez Bedolla", "MEX", "GOV"), None, None,
          mod="demanded"),
    ])

own('41', 'Lusa', '2025-09-04',
    "Lisbon funicular derails, killing 16; prosecutors open inquiry",
    "LISBON, Sept 4 (Lusa) - Sixteen people were killed and more than 20 injured when Lisbon's historic Gloria "
    "funicular came off its track and crashed into a building on Wednesday evening, emergency services said.\n"
    "Investigators are examining whether a cable connecting the two cars snapped. The Public Prosecutor's Office said "
    "it had opened an inquiry, and the transport accident investigation office GPIAAF sent a team to the site.\n"
    "Carris, the municipal company that runs the line, said maintenance had been carried out as scheduled. Mayor "
    "Carlos Moedas ordered the suspension of the city's three other funiculars pending safety checks.\n"
    "The government declared a day of national mourning for Thursday. Prime Minister Luís Montenegro called the "
    "accident \"one of the greatest human tragedies in our recent history\". Several foreign tourists were among the "
    "dead, including Britons, South Koreans and a Canadian.",
    [
        E("Investigators are examining whether", "examining", "ACCUSE", "investigate", ("Investigators", "PRT", "GOV"),
          None, None, None),
        E("it had opened an inquiry", "inquiry", "ACCUSE", "investigate", ("it", "PRT", "JUD"), None, None, None,
          speaker="The Public Prosecutor's Office", mod="reported"),
        E("GPIAAF sent a team to the site", "sent", "ACCUSE", "investigate",
          ("the transport accident investigation office GPIAAF", "PRT", "GOV"), None, None, None),
        E("ordered the suspension of the city's", "suspension", "COERCE", "restrict", ("Mayor Carlos Moedas", "PRT", "GOV"),
          None, None, None),
    ])

own('42', 'The Canadian Press', '2025-11-02',
    "Dodgers edge Blue Jays in 11 innings to win World Series as Toronto's siege falls one run short",
    "TORONTO — The Los Angeles Dodgers survived a relentless assault from the Toronto Blue Jays to win Game 7 of the "
    "World Series 5-4 in 11 innings on Saturday night, silencing a sold-out Rogers Centre.\n"
    "Will Smith's solo homer in the 11th broke the tie, and Yoshinobu Yamamoto, pitching on no rest, killed a Toronto "
    "rally by inducing a game-ending double play. \"We knew they would throw everything at us. We never surrendered,\" "
    "Dodgers manager Dave Roberts said.\n"
    "The Blue Jays had taken a 3-0 lead on Bo Bichette's three-run blast in the third, and fans chanted \"Let's go "
    "Blue Jays\" long after the last out. \"We'll be back, and we'll come for them,\" Bichette vowed.\n"
    "Prime Minister Mark Carney congratulated the Blue Jays on \"an unforgettable run\" and thanked fans across the "
    "country.",
    [
        E("Carney congratulated the Blue Jays", "congratulated", "SUPPORT", None,
          ("Prime Minister Mark Carney", "CAN", "GOV"), ("the Blue Jays", "CAN", None), None, None),
    ])

own('43', 'Reuters', '2025-01-21',
    "Cyclone batters Sicily and Calabria; schools shut as red alert issued",
    "PALERMO, Jan 21 (Reuters) - A Mediterranean cyclone battered southern Italy on Tuesday with winds of up to 120 "
    "km/h and waves higher than 8 metres, flooding seafront roads in Catania and Messina and forcing ferries across "
    "the Strait of Messina to halt.\n"
    "The Civil Protection department issued a red alert for Sicily, Calabria and Sardinia, and mayors ordered schools "
    "and parks closed in dozens of towns. No deaths were reported.\n"
    "Sicily's regional government said it would ask Rome to declare a state of emergency once the damage had been "
    "assessed. \"The sea attacked our coast with a violence we have not seen in decades,\" Catania's mayor Enrico "
    "Trantino said.\n"
    "Meteorologists expect the storm to move towards Greece on Wednesday.",
    [
        E("mayors ordered schools", "ordered", "COERCE", "restrict", ("mayors", "ITA", "GOV"), None, d("2025-01-21"),
          None),
        E("it would ask Rome to declare", "ask", "REQUEST", None, ("it", "ITA", "GOV"), ("Rome", "ITA", "GOV"), None,
          None, speaker="Sicily's regional government", mod="conditional", cond="once the damage had been assessed"),
    ])

own('44', 'Reuters', '2025-11-06',
    "Orlen's quarterly profit jumps 40%, CEO vows to 'conquer' German fuel market",
    "WARSAW, Nov 6 (Reuters) - Polish refiner Orlen reported a 40% jump in third-quarter net profit on Thursday, "
    "helped by stronger refining margins, and its chief executive said the group would launch an offensive to double "
    "its share of Germany's fuel retail market by 2030.\n"
    "\"We are going to attack this market station by station,\" CEO Ireneusz Fafara told analysts. \"Our competitors "
    "should be worried.\"\n"
    "Net profit rose to 4.2 billion zlotys ($1.1 billion), above the 3.6 billion forecast by analysts polled by the "
    "company. Orlen also raised its dividend target and said it would buy back shares worth up to 2 billion zlotys.\n"
    "Shares in the company, which is 49.9% owned by the Polish state, rose 3.5% in Warsaw trading. The stock has "
    "gained 60% this year, outpacing rivals MOL of Hungary and OMV of Austria.",
    [])


def check_partition(batch: Batch) -> None:
    """Real texts: ECB+ only from topics 1, 4 and 7, at most three."""
    ecb = [a["source"] for a in batch.articles if a["source"].startswith("ecbplus:")]
    assert len(ecb) <= 3, ecb
    assert all(re.match(r"ecbplus:(1|4|7)_", s) for s in ecb), ecb


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_t-41": [
            E("prosecutors open inquiry", "inquiry", "ACCUSE", "investigate", ("prosecutors", "PRT", "JUD"), None, None, None, cl="rec_t-41-e02"),  # relabel62 (e): the headline's inquiry, the body's in its cluster
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    BATCH.write()


if __name__ == "__main__":
    main()
