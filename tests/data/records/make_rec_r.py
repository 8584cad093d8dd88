"""Build tests/data/records/rec_r.jsonl: gold whole-record events (batch rec_r).

rec_r was a BLIND SET, labelled on 2026-12-04 (branch ``blind_r``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read and
no system output looked at. It waited in ``blind/`` and was run twice, at
the start and the end of the eighteenth session (docs/BENCHMARKS.md, "Where
things stand"); since then it is development data like rec_a..rec_q:

    eventwire eval records --data tests/data/records/rec_r.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: GeoVirus
  Wikinews articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only
  the text is copied, none of GeoVirus' annotation), ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 10, 25, 29 and 31, at most
  three) and one MEANTIME Wikinews article (``meantime:<doc_id>``, CC BY
  4.0). No document used by rec_a..rec_q is used again
  (``check_unused``). A text with no headline line takes its first sentence
  as title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in South Asia, Southeast Asia,
  the Middle East and North Africa, Western and Northern Europe, Central
  Asia and the Caribbean.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section, the rec_q and rec_r decisions. Spans are located by needle strings, never by
hand-counted offsets (the conventions of tests/data/records/needles.py,
which write rec_r.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames'
country point, other features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_r.py
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
    'Pakistan': (30.0, 70.0),
    'Sri Lanka': (7.75, 80.75),
    'India': (22.0, 79.0),
    'Indonesia': (-5.0, 120.0),
    'Philippines': (13.0, 122.0),
    'Tunisia': (34.0, 9.0),
    'Algeria': (28.0, 3.0),
    'France': (46.0, 2.0),
    'Iran': (32.0, 53.0),
    'Greenland': (72.0, -40.0),
    'Denmark': (56.0, 10.0),
    'Ireland': (53.0, -8.0),
    'Kazakhstan': (48.0, 68.0),
    'Cuba': (22.0, -79.5),
    'Grenada': (12.11667, -61.66667),
    'Nepal': (28.0, 84.0),
    'Bangladesh': (24.0, 90.0),
    'Morocco': (32.0, -5.0),
    'Norway': (62.0, 10.0),
    # cities and other features
    'Utah': (39.25, -111.75),  # ADM1, approximate
    'Pirbright': (51.29, -0.65),  # Pirbright, Surrey, approximate
    'Quetta': (30.19, 67.01),  # GeoNames cities500 point (rounded)
    'Bolan': (29.5, 67.6),  # Bolan Pass / Mashkaf area, Balochistan, approximate
    'Balochistan': (28.5, 65.0),  # ADM1, approximate
    'Islamabad': (33.72, 73.04),
    'Kabul': (34.53, 69.17),
    'Colombo': (6.93, 79.85),
    'Delft': (9.52, 79.69),  # Delft island (Neduntheevu), approximate
    'Jaffna': (9.67, 80.01),
    'Rameswaram': (9.29, 79.31),
    'Chennai': (13.09, 80.28),
    'Jakarta': (-6.21, 106.85),
    'Surabaya': (-7.25, 112.75),
    'Manila': (14.60, 120.98),
    'The Hague': (52.08, 4.30),
    'Davao City': (7.07, 125.61),
    'Tunis': (36.82, 10.17),
    'Algiers': (36.74, 3.09),
    'Paris': (48.85, 2.35),
    'Tehran': (35.69, 51.42),
    'Nuuk': (64.18, -51.72),
    'Pituffik': (76.53, -68.70),  # Pituffik Space Base, approximate
    'Copenhagen': (55.68, 12.57),
    'Dublin': (53.33, -6.25),
    'Zhanaozen': (43.34, 52.86),
    'Almaty': (43.25, 76.95),
    'Astana': (51.17, 71.43),
    'Bishkek': (42.87, 74.59),
    'Dushanbe': (38.54, 68.78),
    'Batken': (40.06, 70.82),
    'Havana': (23.13, -82.38),
    'Santiago de Cuba': (20.02, -75.82),
    'Carriacou': (12.48, -61.45),  # Carriacou island, approximate
    "St. George's": (12.06, -61.75),
    'Kathmandu': (27.70, 85.32),
    'Tinkune': (27.69, 85.35),  # Tinkune, Kathmandu, approximate
    'Dhaka': (23.71, 90.41),
    'New Delhi': (28.64, 77.22),
    'Agadir': (30.42, -9.60),
    'Lqliaa': (30.33, -9.48),  # Lqliaa near Agadir, approximate
    'Rabat': (34.01, -6.83),
    'Bergen': (60.39, 5.32),
    'Glasgow': (55.87, -4.26),
    'Makassar': (-5.15, 119.43),
    'Selayar': (-6.12, 120.46),  # Selayar island, approximate
    'Kafr Malik': (31.99, 35.31),  # Kafr Malik, Ramallah governorate, approximate
    'Ramallah': (31.90, 35.20),
    'Aqtau': (43.65, 51.16),
    'Isfara': (40.13, 70.63),
    'Inzegane': (30.37, -9.54),
    'Talise': (1.85, 125.07),  # Talise island, North Sulawesi, approximate
}

BATCH = Batch("rec_r", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'geovirus:geovirus-055': (
        'At least four people in Peru have contracted HIV, the virus that causes AIDS after receiving'
        " blood transfusions that were infected with the deadly virus. As a result, all of Peru's 240"
        ' blood banks have been closed pending further investigation and an emergency has been declared'
        ' by the government. "This situation cannot continue. All of Peru\'s blood banks are being'
        ' reviewed. We do not want people to panic, what we have to do is be more careful, strengthen'
        ' our care," said Carlos Vallejos, the Health Minister of Peru. The country\'s government made'
        ' its decision when Judith Rivera, 44 and mother of four children, went public with claims that'
        ' during an operation, she was infected with HIV when doctors gave her a transfusion. Soon after'
        ' the government admitted that at least three other individuals, one being an infant child only'
        ' 11 months old, another a 17 year-old boy, contracted the virus through blood transfusions and'
        ' all received care from the same hospitals. Vallejos also stated that all of the individuals'
        ' infected will receive whatever care is necessary to treat their conditions.'
    ),
    'geovirus:geovirus-222': (
        'At least 35 people, mostly young children, have become ill and three babies died in Pingliang'
        ' city in northwest China, after consuming contaminated milk. Preliminary investigations have'
        ' shown that the victims died from nitrite poisoning after drinking milk supplied from a local'
        ' dairy farm. According to a local government statement, two dairy farms have been shut down and'
        ' are currently being investigated. Nitrite is usually used in dyes and to cure meats. In an'
        ' effort to clean up the dairy industry, the government shut down nearly 1,200 dairy farms last'
        ' week. According to China Daily, local police detained a suspect in his 40s who is believed to'
        ' have produced and supplied the tainted milk. The suspect is an independent dairy farmer who'
        ' has sold homemade dairy products for many years, said a public official from the local'
        ' government who requested to remain anonymous. "The man thought that he had been wronged and'
        ' insisted that he was unaware of what had happened to his farm and milk," the official said to'
        ' China Daily. It remains unclear whether the poisoning was a crime or an accident, resulting'
        ' from improperly storing the milk. According to a Friday press release from the city government'
        ' and local health bureau, the 35 people who fell ill by consuming the milk are being treated in'
        ' two hospitals in Pingliang. Most patients are children under fourteen years of age. One'
        ' patient is in a critical condition, but the conditions of the other patients are reported to'
        ' be stable. This is the second food contamination incident to occur in within a month. In'
        " March, China's largest meat processor apologized after the illegal additive clenbuterol was"
        ' found in some of their pork products. In 2008, at least six infants died and nearly 300,000'
        ' others were sickened after consuming powdered infant milk laced with the chemical melamine.'
    ),
    'geovirus:geovirus-220': (
        'The Sizzler Restaurant franchise in Australia has closed the salad bars in all of its 29'
        " restaurants across the country, after rat poison was discovered in food at two of the chain's"
        ' outlets in Brisbane. Self-serve salad bars at the restaurants have been closed in response to'
        ' a sabotage scare. Sizzler Australia Managing Director Bo Ryan said customer safety was always'
        ' the restaurant chain’s first priority. A media release on the Sizzler website states: "As a'
        ' precautionary measure and because customer health and safety is our number one priority, we'
        ' have temporarily closed salad bars in all Sizzler Restaurants. We sincerely apologise for this'
        ' major inconvenience." Police said green pellets were found in pasta sauce at a Sizzler'
        " restaurant in Brisbane's inner-west on January 20. A regular customer at the Toowong"
        ' restaurant told Sizzler staff she had found something odd in her bolognese pasta sauce.'
        " Similar pellets were found in a vegetable soup at Sizzler's Myer Centre outlet in the city"
        ' about 5pm on Saturday. Bo Ryan said the decision to close all of its Australian salad bars was'
        ' made after laboratory tests confirmed that the substance in the pasta sauce was indeed rat'
        ' poison. He said trainees who tasted the poisoned soup had been been taken to hospital by'
        ' ambulance as a precaution, but had suffered no ill effects. Queensland Police Inspector Bob'
        ' Hytch said no one had been reported ill as a result of eating the poisoned food and there had'
        ' been no extortion threats. Sarah Kenny, a university student, said she and two friends had'
        ' eaten spaghetti bolognese that "tasted really weird". "The inconvenience to customers and the'
        ' economic impact on the company and its 1600 employees will be severe, but as a family'
        ' restaurant our first priority is the welfare of our diners," said Bo Ryan. "Steak and seafood'
        ' and a limited range of salads would continue to be available." He hopes that customers will'
        ' understand the action was taken in their best interests, and that "they can be patient while'
        ' temporary product security procedures are developed and implemented in all restaurants." The'
        ' 29 Australian Sizzler Restaurants, along with 107 Kentucky Fried Chicken outlets are operated'
        ' by the Collins Foods Group, a wholly owned subsidiary of Worldwide Restaurant Concepts Inc. Mr'
        ' Ryan said Sizzler was assessing measures which could be taken to prevent a recurrence of the'
        ' sabotage. "As soon as new measures are introduced, over and above existing strict protocols,'
        ' we will reassess the situation," he said.'
    ),
    'geovirus:geovirus-197': (
        'The World Organization for Animal Health (OIE) and the Food and Agriculture Organization, both'
        ' part of the United Nations, have stated that some countries, particularly China, Indonesia and'
        ' some countries in Africa are "under-reporting" the number of human cases of the deadly H5N1'
        ' Avian Flu (Bird Flu) virus, but also said that the countries are not hiding them'
        ' "deliberately." "We know that some countries might be under-reporting ... most do not do it'
        ' deliberately. We are concerned about China and Indonesia and Africa because the virus seems to'
        ' be so widespread that we could not get all the information. It is difficult to know about each'
        ' individual outbreak in a back yard," said Doctor Christianne Bruschke, in Rome, Italy on'
        " Wednesday and who is head of the OIE's Bird Flu taskforce. Bruschke also said that farmers"
        ' lack the education they need on the virus and need to be reimbursed financially for any'
        ' education they need citing that the "richer nations" should help fund the education they need'
        ' and that lack of veterinary clinics, distance to them, and time are also to blame for the'
        ' under-reporting. In Africa, "farmers will probably not report sick animals," said Bruschke.'
        ' "Their veterinary services are very weak and many countries do not have laboratory facilities'
        ' - we have all the ingredients there that could lead to under-reporting," she added. Bruschke'
        ' also said that Indonesia may not be reporting all human or animal cases also stating that the'
        ' virus is "permanently infecting poultry" in the country which makes it increasingly difficult'
        ' for anyone to report outbreaks. "I think it could be the case because in certain regions the'
        ' virus is getting more or less endemic, so in regions like Java, they might not report every'
        ' single outbreak anymore," said Bruschke. According to Bruschke, China is cooperating but she'
        ' also said that "China is a very big country" and that there are cases of infections in wild'
        ' birds. "We sometimes see the outbreaks in wild animals - they will not always detect them.'
        ' There is also not a very good compensation scheme in place so we feel there might be'
        ' under-reporting," said Bruschke.'
    ),
    'geovirus:geovirus-074': (
        "The US Army's Dugway Proving Ground in Utah is looking for a subcontractor to produce the"
        ' anthrax bacillus anthracis Sterne strain in 1,500 litre quantities. The Sterne strain is not'
        ' thought to be harmful to humans, but the intended use of the anthrax remains unclear, worrying'
        ' anti-biological weapons activists. Other recent Dugway contracts for equipment to produce'
        ' unspecified biolgical agents in 3,000 litre batches are even more concerning to activists. The'
        ' contracts were uncovered by The Sunshine Project, a group opposed to biological weapons'
        ' development based in Germany. The work involved seems to cast doubts on the ability of the US'
        ' to live up to its commitments to the Biological Weapons Convention. The post 9/11 anthrax'
        ' attack upon the U.S. used weaponized U.S. Army anthrax, most likely produced at Fort Detrick.'
        ' A Dugway spokesperson declined to specify what the biological agents would be used for.'
    ),
    'geovirus:geovirus-052': (
        'Eritrea officially launched a new national vaccination program yesterday to protect children'
        ' against deadly polio. Despite having no confirmed cases of polio since 1997, neighbouring'
        ' countries such as Ethiopia and Sudan have had more recent cases. The program will take place'
        ' in two rounds, the first of which runs from Monday till Wednesday this week and the second is'
        ' planned for May 13-15. UNICEF says that Africa accounts for 75 percent of polio cases reported'
        ' worldwide so far in 2005. But efforts are being made to eradicate the potentially fatal virus.'
        ' A total of 23 countries are currently planning to immunise up to 100 million children across'
        ' the continent.'
    ),
    'geovirus:geovirus-022': (
        "North Korea's official news agency, KCNA, reported an outbreak of bird flu in the capital of"
        ' Pyongyang. KCNA reported three separate outbreaks at poultry farms in the capital, and said'
        ' hundreds of thousands of chickens have been culled in an attempt to stop the spread of the'
        ' disease. Radio Pyongyang said, "countermeasures are underway to prevent an epidemic and stem'
        ' the spread to other poultry farms". Experts warned that a bird flu epidemic in North Korea'
        ' would deprive the population of its main source of protein.'
    ),
    'geovirus:geovirus-024': (
        "The first case of Avian Flu in Iraq was announced today by the country's Health Minister, Abdel"
        ' Mutalib Mohammed. The preliminary result was reportedly from a United States military'
        ' laboratory in Cairo; the World Health Organisation are expected to seek confirmation of this'
        ' from a UK laboratory. The victim was Shangen Abdul Qader, a 15-year-old girl from the northern'
        ' Kurdish village of Ranya. Her suspected H5N1 infection killed her on January 17. The death of'
        " the girl's uncle is also believed to be under investigation due to him having symptoms that"
        ' may indicate flu. The area of Iraq where the suspected deaths occurred borders Turkey where'
        " there have been 12 confirmed cases of which four resulted in death. Turkey's last reported"
        ' victim, Fatma Ozcan, was also aged 15.'
    ),
    'geovirus:geovirus-051': (
        'The World Health Organisation (WHO) said earlier today that polio has reemerged in several'
        ' countries in Africa. WHO Africa regional director Luis Gomes Sambo made the announcement at'
        ' the beginning of a Zimbabwe conference regarding child immunisation. "Several polio-free'
        ' countries have suffered setback in polio eradication. The number of countries with polio'
        ' outbreaks following wild poliovirus importations has increased from thirteen to nineteen in'
        ' 2009," Sambo commented. He also added that "we need better management of the available'
        ' resources for immunization, human resources, technologies and we need increased funding to'
        ' improve the capacity of governments to purchase vaccines and we need also greater mobilization'
        ' of people. We need to inform people that to bring their people to vaccination campaigns." The'
        ' countries that have had increases in polio included Angola, Chad, and Democratic Republic of'
        ' the Congo. The WHO attributed the rise mostly to lack of immunisations. The agency estimates'
        ' that 75% of children on the continent receive vaccines, and has said it will try to raise the'
        ' number to 85%.'
    ),
    'geovirus:geovirus-153': (
        '"18 hours of mass hysteria" (according to the Sunday Times of India) broke out last Friday in'
        ' Mumbai as hundreds of residents flocked to Mahim Creek, one of the most polluted creeks in'
        ' India that receives thousands of tonnes of raw sewage and industrial waste every day after'
        ' reports that the salt water had suddenly turned "sweet". Television reports showed people'
        ' drinking water on the spot with their hands, and others bathing, apparently to wash away their'
        ' sins with the "holy" water. At the height of the hysteria, bottled mineral water was selling'
        ' for Rs 50 (RM4.50), with people buying the mineral water simply for the bottles, pouring away'
        ' the mineral water and filling the bottles with water from the creek. News reports of the Mahim'
        ' Creek incident sparked further mass hysteria at Gujarat within hours, with residents there'
        ' claiming that seawater at Teethal beach in Valsad had also turned sweet. About 400 people had'
        ' gathered by the beach in the evening. In the aftermath of the incident, local authorities'
        ' stated that they were being were extra vigilant because of the possibility of a severe'
        ' outbreak of water-borne diseases, such as gastroenteritis as a result of so many people'
        ' drinking contaminated water. The Maharashtra Pollution Control Board had warned people not to'
        ' drink the water, but despite this many people had collected it in bottles, even as plastic and'
        ' rubbish had drifted by on the current. The Municipal Corporation of Greater Mumbai had ordered'
        ' a bacteriological report into the "sweet" water, but suspected that "contamination in the'
        ' water might have been reduced due to the waters from Mithi River flowing into the mouth of'
        ' Mahim Bay". By Saturday morning, the hysteria had died down, as the taste of the water had'
        ' returned to normal.'
    ),
    'geovirus:geovirus-140': (
        'In the hills of Weiswampach, Luxembourg yesterday, the 12th International Wämper Triathlon'
        ' became the setting for the national championship Olympic distance (1,5 km swimming, 40 km'
        ' cycling, 10 km running) triathlon for both Belgium and Luxembourg. The Belgian championship'
        ' was scheduled to take place in Vilvoorde, Belgium, but because the concentration of Salmonella'
        ' bacteria in the water was too high, the Belgians moved to Luxembourg. On Saturday, an event'
        ' for children and for the handicapped took place, along with the 10 kilometre running event. On'
        ' Sunday, the Juniors and the athletes for the Promotion race started the day, followed at 15:00'
        ' by the elite athletes. Even though dark clouds hung over Weiswampach most of the afternoon,'
        " there was only a short rain shower during the cycling course. In the men's race, Peter Croes"
        ' (Belgium, Atriac team) and Dirk Bockel (Luxembourg, Celtic Diekirck team) started together for'
        ' the final 10 kilometre run, but Bockel managed to outrun Croes by 23 seconds, prolonging his'
        " victory of last year. Last year's winner, Stijn Goris from Belgium (LTTL team), came in third,"
        ' followed closely by Bas Diederen from the Netherlands. Lander Dircken (Atariac, Belgium) came'
        " in fifth. In the women's race, the top two athletes remained the same as last year; Elisabeth"
        ' "Liz" May from Luxembourg managed to stay ahead of a pursuing group the entire race, and'
        ' finished first ahead of Jessica Mayon. Mayon secured the title of Belgian 1/4 Triathlon'
        ' champion, in addition to the previously won Sprint Triathlon and Long Distance championships.'
        ' Evelyn Williamson from New Zealand finished third.'
    ),
    'geovirus:geovirus-061': (
        'An 8th case of mad cow disease was found in a cow in the province of Alberta. The Canadian Food'
        " Inspection Agency did a test and found BSE. The agency found no part of the beef cow's carcass"
        ' entered either the human or animal feed chains. The CFIA said that, "the cow could have likely'
        ' lived another 6 months or so, but died of complications of mastitis". "The animal\'s age is'
        ' between eight and 10 years", said the Canadian Food Inspection Agency. The CFIA also traced'
        ' 172 animals would likely ate feed out of that load. "The cow\'s exposure to BSE likely occurred'
        ' before or during the introduction of new feed regulations in 1997 prohibiting use of cattle'
        ' parts susceptible to the disease in certain animal feeds", A release said yesterday. An'
        " investigation is already underway to find the animal's birth farm and potential sources of"
        ' contaminated feed. The United States has delayed lifting a ban on older cattle imports from'
        ' Canada, pending investigation.'
    ),
    'geovirus:geovirus-109': (
        'The World Bank has issued a report warning that a bird flu pandemic could cost the Asian'
        ' economy up to $283 billion and lead the region into recession. The report has identified the'
        ' tourist, transport and retail sectors of the Asian economy as being particularly vulnerable to'
        ' the effects of such an outbreak. World Bank economist Homi Kharas noted that, "One large'
        ' shadow looms over the generally positive economic outlook we have sketched out... and that is'
        ' avian flu." The report, published twice annually by the World Bank, admitted than Asia\'s'
        ' recent growth was going to slow down slightly anyway in 2006 (due to higher oil prices and'
        ' tighter monetary policy), but that a bird flu epidemic could make this partial slowdown much'
        ' worse. The report comes just days ahead of an Asian political summit, where the foreign'
        ' ministers of many of the countries already affected by the H5N1 virus are expected to agree to'
        ' even closer co-operative measures to help stall the advance of the virus. The foreign'
        ' ministers of Cambodia, Laos, Burma, Thailand and Vietnam have already agreed to closer'
        ' co-operation to contain the virus and develop a vaccine.'
    ),
    'geovirus:geovirus-148': (
        'The source of a recent outbreak of foot-and-mouth disease in Surrey, UK has been discovered by'
        ' investigators at the Pirbright laboratory where investigations began in August. The Health and'
        ' Safety Executive informed the BBC that they had pinpointed the source to possible biosecurity'
        ' lapses in a pipe near the laboratory. It is thought that the pipe, which runs between the site'
        ' and a government-run laboratory, may have been damaged by tree roots. Recent flooding in the'
        ' area may have brought the virus to the surface, but it is not yet known how the virus arrived'
        ' on nearby farmland. The Health and Safety Executive, however, confirmed that vehicles from the'
        ' Pirbright laboratory had used a road adjoining to the farmland where the outbreak was found.'
        ' Neither Merial, the pharmaceutical company who own the Pirbright laboratory, or the government'
        ' have claimed ownership of the pipe, but Merial have refused to comment before a full report'
        ' has been published.'
    ),
    'geovirus:geovirus-172': (
        'A suspected case of BSE, better known as mad cow disease, has been discovered in Sweden at a'
        ' farm near Västerås some 80 kilometres west of Stockholm. The affected farm has been'
        ' quarantined and no ruminants from the farm are allowed to be sold or transported. The cow was'
        ' destroyed earlier after symptoms of calving paralysis had been discovered, and the tests where'
        ' carried out in accordance to rules set by the European Union (EU). The Swedish Board of'
        ' Agriculture (Jordbruksverket) analysed a specimen from the cow at the farm this weekend. The'
        ' tests confirmed the presence of BSE and the specimen was sent for further analysis at a United'
        ' Kingdom laboratory. If the British analysis confirms BSE in the specimen, it will be the first'
        ' case of BSE in Sweden. The affected farmer told the Swedish public service radio: "As my'
        ' father said, if we have to make history it would be a pity to do it this way." BSE isn\'t'
        ' transmitted directly between animals, but rather from feedstuffs containing tainted tissues'
        ' from infected ruminants to healthy animals. Such cattle feeds have been prohibited in Sweden'
        ' for many years, but as the affected cow was born in 1994 she might have been given such food'
        ' in her early life. The disease has been declining in the EU after restrictions and regulations'
        ' were put in place or tightened following an epidemic of the disease in humans in the UK. In'
        ' that outbreak 150 people died. Sweden has been considered a low-risk country. Ten previous'
        ' tests have all proven to be false alarms.'
    ),
    'meantime:149731': (
        'Technical problem on Airbus A400M maiden flight\n'
        'January 25, 2010\n'
        "Airbus has confirmed that there was a software glitch on its Airbus A400M military transplort plane's maiden flight.\n"
        'The problem was relatively minor, and affected the software controlling its engines.\n'
        "The glitch was not reported when the plane made its maiden flight on 11 December -- four years behind schedule and $7.3 billion over budget, due to what the manufacturers call ``political interference'' -- and only became public attention this weekend, when German magazine Der Spiegel cited confidential documents from engine maker Europrop in a report.\n"
        'The steering computer and backup system failed after thirty minutes.\n'
        'The issue has been resolved, according to Airbus spokesman Jaime Perez-Guerra.\n'
        'Apparently, the glitch led the pilots to disengage an engine, allowing its blades to turn freely.\n'
        'Since then, he says, the plane has flown for nearly thirty hours and is exceeding expectations.\n'
        'However, additional costs were involved, and European aerospace contractor EADS wants this cost to be shouldered by the seven customer nations: Belgium, France, Germany, Luxembourg, Spain, Turkey, and the United Kingdom.\n'
        'Airbus has asked that a decision on how the project is to procced be made before the end of the month.'
    ),
    'ecbplus:25_14ecb': (
        'Bush placed on injured reserve\n'
        'The Saints placed running back Reggie Bush on injured reserve ending his season.\n'
        'The decision was made after Bush met with Dr. James Andrews this past week.\n'
        'Bush injured his left knee on Oct. 19 and had arthroscopic surgery to fix a torn meniscus and missed four games.\n'
        "He was bothered by the knee last week against the Bears and didn't play in the second half.\n"
        'Pierre Thomas will get most of the carries and is an excellent play against the Lions this week.'
    ),
    'ecbplus:29_3ecb': (
        'Colts Top Jags To Make Playoffs\n'
        'The Indianapolis Colts will be making their seventh straight playoff appearance after securing that spot with a 31-24 win over the Jacksonville Jaguars last night in Jacksonville.\n'
        'The Colts (11-4) also won their eighth straight game in defeating the Jags (5-10) who raced out to an early 14-0 lead in the game.\n'
        "In fact, the Colts didn't take their first lead until former Gator defensive back Keiwan Ratliff intercepted a David Garrard pass and returned it for a touchdown to give the Colts a 31-24 lead.\n"
        'The Jags drove down to the Colts 7 yard line but a pass to running back Maurice Jones-Drew was completed and he hurt his knee on the play.\n'
        'The Jags had no timeouts left and by injury rule at that time a 10 second clock runoff was instituted and the game ended.'
    ),
}


def real(id_, source, published, events, sentence=None, note=None, outlet="Wikinews"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


APPROX = ("GeoVirus prints no date: inferred from the story, approximate; "
          "the text's own relative days resolve against it")

real('01', 'geovirus:geovirus-055', '2007-11-23', [
    E("240 blood banks have been closed", "closed", "COERCE", "restrict", None,
      ("all of Peru's 240 blood banks", "PER", "HLH"), None, None),
    E("an emergency has been declared", "declared", "COERCE", "martial-law", ("the government", "PER", "GOV"),
      None, None, None),
    E("All of Peru's blood banks are being reviewed", "reviewed", "ACCUSE", "investigate", None,
      ("All of Peru's blood banks", "PER", "HLH"), None, None,
      speaker="Carlos Vallejos, the Health Minister of Peru", mod="reported"),
], sentence="infected with the deadly virus.", note=APPROX)

real('02', 'geovirus:geovirus-222', '2011-04-09', [
    E("two dairy farms have been shut down", "shut down", "COERCE", "restrict", None,
      ("two dairy farms", "CHN", "BUS"), None, None, speaker="a local government statement", mod="reported",
      cl="rec_r-02-farms-shut"),
    E("are currently being investigated", "investigated", "ACCUSE", "investigate", None,
      ("two dairy farms", "CHN", "BUS"), None, None, speaker="a local government statement", mod="reported"),
    E("the government shut down nearly 1,200", "shut down", "COERCE", "restrict", ("the government", "CHN", "GOV"),
      ("nearly 1,200 dairy farms", "CHN", "BUS"), wk("2011-W13"), None),
    E("local police detained a suspect", "detained", "COERCE", "arrest", ("local police", "CHN", "COP"),
      ("a suspect in his 40s", "CHN", "CVL"), None, None, speaker="China Daily", mod="reported"),
    E("insisted that he was unaware", "insisted", "REJECT", None, ("The man", "CHN", "CVL"), None, None, None,
      speaker="the official", relays=("China Daily",), mod="reported"),
], sentence="after consuming contaminated milk.", note=APPROX + " (the Pingliang poisoning of April 2011)")

real('03', 'geovirus:geovirus-220', '2005-01-24', [
    E("in response to a sabotage scare", "sabotage", "ASSAULT", None, None, None, None, None,
      cl="rec_r-03-sabotage"),
    E("prevent a recurrence of the sabotage", "sabotage", "ASSAULT", None, None, None, None, None,
      speaker="Mr Ryan", mod="reported", cl="rec_r-03-sabotage"),
    E("there had been no extortion threats", "threats", "THREATEN", None, None, None, None, None,
      speaker="Queensland Police Inspector Bob Hytch", mod="negated"),
], sentence="two of the chain's outlets in Brisbane.", note=APPROX + " (January 20 a Thursday, the Saturday after it January 22, 2005)")

real('04', 'geovirus:geovirus-197', '2006-10-26', [
    E('"richer nations" should help fund', "fund", "AID", None, ("richer nations", None, "GOV"),
      ("farmers", None, "CVL"), None, None, speaker="Bruschke", mod="demanded"),
    E("China is cooperating", "cooperating", "COOPERATE", None, ("China", "CHN", "GOV"), None, None, None,
      speaker="Bruschke", mod="reported"),
], sentence='not hiding them "deliberately."', note=APPROX)

real('05', 'geovirus:geovirus-074', '2004-06-15', [
    E("looking for a subcontractor to produce", "produce", "MOBILIZE", "weapons",
      ("The US Army's Dugway Proving Ground", "USA", "MIL"), None, None, P("Utah", "Utah"), mod="future"),
    E("The contracts were uncovered", "uncovered", "ACCUSE", "investigate", ("The Sunshine Project", "DEU", "NGO"),
      None, None, None),
    E("anthrax attack upon the U.S.", "attack", "ASSAULT", "unconventional", None, ("the U.S.", "USA", None),
      yr("2001"), None),
    E("declined to specify", "declined", "REJECT", None, ("A Dugway spokesperson", "USA", "MIL"), None, None,
      None),
], sentence="in 1,500 litre quantities.", note=APPROX)

real('06', 'geovirus:geovirus-052', '2005-04-12', [], sentence="to protect children against deadly polio.",
     note=APPROX + " (a domestic vaccination drive: no events)")

real('07', 'geovirus:geovirus-022', '2005-03-28', [], sentence="in the capital of Pyongyang.",
     note=APPROX + " (domestic culling and countermeasures: no events)")

real('08', 'geovirus:geovirus-024', '2006-01-30', [], sentence="Health Minister, Abdel Mutalib Mohammed.",
     note=APPROX + " (no events)")

real('09', 'geovirus:geovirus-051', '2010-02-08', [
    E("we need increased funding", ("need", "we need increased funding"), "REQUEST", "assist",
      (("we", "we need increased funding"), None, "IGO"), None, None, None, speaker="He", mod="demanded"),
], sentence="in several countries in Africa.", note=APPROX)

real('10', 'geovirus:geovirus-153', '2006-08-21', [
    E("had warned people not to drink", "warned", "REQUEST", None,
      ("The Maharashtra Pollution Control Board", "IND", "GOV"), ("people", "IND", "CVL"), None, None,
      mod="demanded"),
], sentence='had suddenly turned "sweet".', note=APPROX)

real('11', 'geovirus:geovirus-140', '2007-07-16', [], sentence="for both Belgium and Luxembourg.",
     note=APPROX + " (sport: no events)")

real('12', 'geovirus:geovirus-061', '2006-08-24', [
    E("has delayed lifting a ban", "lifting", "CONCEDE", None, ("The United States", "USA", "GOV"),
      ("Canada", "CAN", None), None, None, mod="negated"),
], sentence="in the province of Alberta.", note=APPROX)

real('13', 'geovirus:geovirus-109', '2005-11-08', [
    E("an Asian political summit", "summit", "CONSULT", "multilateral", None, None, None, None, mod="future"),
    E("are expected to agree to even closer", "agree", "AGREE", None,
      ("the foreign ministers of many of the countries already affected by the H5N1 virus", None, "GOV"), None,
      None, None, mod="future"),
    E("have already agreed to closer co-operation", "agreed", "AGREE", None,
      ("The foreign ministers of Cambodia, Laos, Burma, Thailand and Vietnam", None, "GOV"), None, None, None),
], sentence="lead the region into recession.", note=APPROX)

real('14', 'geovirus:geovirus-148', '2007-09-07', [
    E("where investigations began in August", "investigations", "ACCUSE", "investigate", None, None,
      mo("2007-08", True), P("the Pirbright laboratory", "Pirbright"), cl="rec_r-14-inquiry"),
    E("they had pinpointed the source", "pinpointed", "ACCUSE", "investigate", ("they", "GBR", "GOV"), None, None,
      None, speaker="The Health and Safety Executive", relays=("the BBC",), mod="reported",
      cl="rec_r-14-inquiry"),
], sentence="where investigations began in August.", note=APPROX)

real('15', 'geovirus:geovirus-172', '2006-03-01', [
    E("The affected farm has been quarantined", "quarantined", "COERCE", "restrict", None,
      ("The affected farm", "SWE", "BUS"), None, None),
], sentence="80 kilometres west of Stockholm.", note=APPROX + " (Sweden's first suspected case, 1 March 2006)")

real('16', 'meantime:149731', '2010-01-25', [
    E("what the manufacturers call", "call", "ACCUSE", "disapprove", ("the manufacturers", None, "BUS"), None,
      None, None),
    E("wants this cost to be shouldered", "wants", "REQUEST", "assist",
      ("European aerospace contractor EADS", None, "BUS"), ("the seven customer nations", None, "GOV"), None,
      None, mod="demanded"),
    E("Airbus has asked that a decision", "asked", "REQUEST", None, ("Airbus", None, "BUS"), None, None, None,
      mod="demanded"),
], outlet="Wikinews")

real('17', 'ecbplus:25_14ecb', '2008-12-17', [], outlet="unknown",
     note="ECB+ prints no date: the Wednesday Reggie Bush was placed on injured reserve, 17 December 2008 (sport: no events)")

real('18', 'ecbplus:29_3ecb', '2008-12-19', [], outlet="unknown",
     note="ECB+ prints no date: the morning after the Thursday 18 December 2008 game (sport: no events)")


# ---------------------------------------------------------------- own texts
PK1, PK2 = d("2025-03-11"), d("2025-03-12")
A("19", "Reuters", "2025-03-12",
  "Pakistan says troops free 190 hostages after separatists hijack train in Balochistan",
  "Pakistan says troops free 190 hostages after separatists hijack train in Balochistan\n"
  "QUETTA, Pakistan, March 12 (Reuters) - Pakistani security forces freed 190 passengers on Wednesday from a "
  "train hijacked by separatist militants in the southwestern province of Balochistan and killed 30 of the "
  "attackers, state broadcaster PTV reported, citing security officials.\n"
  "Militants of the Baloch Liberation Army (BLA) blew up a section of track and opened fire on the Jaffar "
  "Express on Tuesday as it entered a tunnel in the Bolan Pass, holding more than 400 passengers on board.\n"
  "The BLA said in a statement posted on Telegram that it would kill 10 hostages for every hour the government "
  "ignored its demands. \"If the army launches an operation, we will execute all the hostages,\" the group said.\n"
  "The group demanded the release of Baloch political prisoners within 48 hours. Interior Minister Mohsin "
  "Naqvi rejected the demand, saying the state would not negotiate with terrorists.\n"
  "Security officials said the operation to clear the train continued overnight. At least 21 passengers and "
  "four soldiers were killed, the military said.\n"
  "Pakistan's foreign ministry accused \"elements in Afghanistan\" of directing the attack and urged Kabul to "
  "hand over those responsible. A Taliban government spokesman, Zabihullah Mujahid, rejected the accusation "
  "as baseless, Afghanistan's Tolo News reported.\n"
  "The BLA has waged an insurgency in the province for decades. In August 2024 its fighters attacked police "
  "stations and highways across the province, killing more than 50 people.",
  [
    E("troops free 190 hostages", "free", "AID", None, ("troops", "PAK", "MIL"), ("190 hostages", "PAK", "CVL"),
      PK2, None, speaker="Pakistan", mod="reported", cl="pk-free"),
    E("separatists hijack train", "hijack", "ASSAULT", "abduct", ("separatists", "PAK", "REB"),
      ("train", "PAK", "BUS"), PK1, P("Balochistan", "Balochistan"), speaker="Pakistan", mod="reported",
      cl="pk-hijack"),
    E("forces freed 190 passengers", "freed", "AID", None, ("Pakistani security forces", "PAK", "MIL"),
      ("190 passengers", "PAK", "CVL"), PK2, P(("Balochistan", 2), "Balochistan"), speaker="security officials",
      relays=("state broadcaster PTV",), mod="reported", cl="pk-free"),
    E("train hijacked by separatist", "hijacked", "ASSAULT", "abduct", ("separatist militants", "PAK", "REB"),
      ("train", "PAK", "BUS"), PK1, P(("Balochistan", 2), "Balochistan"), speaker="security officials",
      relays=("state broadcaster PTV",), mod="reported", cl="pk-hijack"),
    E("killed 30 of the", "killed", "ASSAULT", None, ("Pakistani security forces", "PAK", "MIL"),
      ("30 of the attackers", "PAK", "REB"), PK2, P(("Balochistan", 2), "Balochistan"),
      speaker="security officials", relays=("state broadcaster PTV",), mod="reported"),
    E("blew up a section of track", "blew up", "ASSAULT", "explosives",
      ("Militants of the Baloch Liberation Army (BLA)", "PAK", "REB"), None, PK1, P("the Bolan Pass", "Bolan")),
    E("opened fire on the Jaffar", "opened fire", "ASSAULT", "firearms",
      ("Militants of the Baloch Liberation Army (BLA)", "PAK", "REB"), ("the Jaffar Express", "PAK", "BUS"),
      PK1, P("the Bolan Pass", "Bolan")),
    E("holding more than 400 passengers", "holding", "ASSAULT", "abduct",
      ("Militants of the Baloch Liberation Army (BLA)", "PAK", "REB"), ("more than 400 passengers", "PAK", "CVL"),
      PK1, P("the Bolan Pass", "Bolan"), cl="pk-hijack"),
    E("it would kill 10 hostages", "kill", "THREATEN", "violence", ("it", "PAK", "REB"),
      ("the government", "PAK", "GOV"), None, None, speaker="The BLA", relays=("Telegram",), mod="threatened"),
    E("we will execute all the hostages", "execute", "THREATEN", "violence", ("we", "PAK", "REB"),
      ("the army", "PAK", "MIL"), None, None, speaker="the group", mod="threatened"),
    E("If the army launches an operation", "launches", "MOBILIZE", "troops", ("the army", "PAK", "MIL"), None,
      None, None, speaker="the group", mod="hypothetical"),
    E("The group demanded the release", "demanded", "REQUEST", "yield", ("The group", "PAK", "REB"), None, None,
      None, mod="demanded"),
    E("Naqvi rejected the demand", "rejected", "REJECT", None, ("Interior Minister Mohsin Naqvi", "PAK", "GOV"),
      None, None, None),
    E("would not negotiate with terrorists", "negotiate", "CONSULT", None, ("the state", "PAK", "GOV"),
      ("terrorists", "PAK", "REB"), None, None, speaker=("Interior Minister Mohsin Naqvi", "The group demanded"),
      mod="negated"),
    E("the operation to clear the train", "operation", "ASSAULT", None, None, None, PK2, None,
      speaker="Security officials", mod="reported"),
    E("four soldiers were killed", "killed", "ASSAULT", None, None,
      ("At least 21 passengers and four soldiers", "PAK", "CVL"), wk("2025-W11"), None, speaker="the military",
      mod="reported"),
    E("accused \"elements in Afghanistan\"", "accused", "ACCUSE", "allege",
      ("Pakistan's foreign ministry", "PAK", "GOV"), ("elements in Afghanistan", "AFG", None), None, None),
    E("of directing the attack", "attack", "ASSAULT", None, ("elements in Afghanistan", "AFG", None), None, None,
      None, speaker="Pakistan's foreign ministry", mod="reported", cl="pk-hijack"),
    E("urged Kabul to hand over", "urged", "REQUEST", None, ("Pakistan's foreign ministry", "PAK", "GOV"),
      ("Kabul", "AFG", "GOV"), None, None, mod="demanded"),
    E("rejected the accusation as baseless", "rejected", "REJECT", None,
      ("A Taliban government spokesman, Zabihullah Mujahid", "AFG", "GOV"), None, None, None,
      relays=("Afghanistan's Tolo News",)),
    E("its fighters attacked police", "attacked", "ASSAULT", None, ("its fighters", "PAK", "REB"),
      ("police stations", "PAK", "COP"), mo("2024-08", True), P("the province", "Balochistan")),
  ])

SL = d("2025-02-23")
A("20", "The Hindu", "2025-02-24",
  "Sri Lankan Navy arrests 32 Tamil Nadu fishermen off Delft; Stalin urges Centre to intervene",
  "Sri Lankan Navy arrests 32 Tamil Nadu fishermen off Delft; Stalin urges Centre to intervene\n"
  "CHENNAI: The Sri Lankan Navy arrested 32 fishermen from Rameswaram early on Sunday for allegedly fishing "
  "in Sri Lankan waters near Delft island and seized five mechanised boats, fisheries department officials "
  "said.\n"
  "The fishermen were taken to the Kankesanthurai naval base and would be handed over to the fisheries "
  "inspector in Jaffna, the officials said.\n"
  "Chief Minister M.K. Stalin wrote to External Affairs Minister S. Jaishankar on Sunday urging him to secure "
  "the release of the fishermen and their boats. \"Our fishermen are being arrested again and again. The Union "
  "government must take up the issue strongly with Colombo,\" he said in the letter.\n"
  "Fishermen's associations in Rameswaram announced an indefinite strike from Monday and said they would lay "
  "siege to the Coast Guard office at Mandapam if the fishermen were not freed within a week.\n"
  "Two weeks ago, a Sri Lankan naval patrol opened fire on a boat near Neduntheevu, injuring two fishermen, "
  "according to the State government. The Sri Lankan Navy denied firing at the boat, saying its sailors had "
  "only fired warning shots into the air after the fishermen tried to ram a patrol craft.\n"
  "In March 2024, a court in Jaffna sentenced a boat skipper to six months in prison for a second offence.",
  [
    E("Navy arrests 32 Tamil Nadu", "arrests", "COERCE", "arrest", ("Sri Lankan Navy", "LKA", "MIL"),
      ("32 Tamil Nadu fishermen", "IND", "CVL"), SL, P("Delft", "Delft"), cl="sl-arrest"),
    E("Stalin urges Centre", "urges", "REQUEST", None, ("Stalin", "IND", "GOV"), ("Centre", "IND", "GOV"), SL,
      None, mod="demanded", cl="sl-urge"),
    E("Navy arrested 32 fishermen", "arrested", "COERCE", "arrest", ("The Sri Lankan Navy", "LKA", "MIL"),
      ("32 fishermen from Rameswaram", "IND", "CVL"), SL, P("Delft island", "Delft"),
      speaker="fisheries department officials", mod="reported", cl="sl-arrest"),
    E("seized five mechanised boats", "seized", "COERCE", "seize", ("The Sri Lankan Navy", "LKA", "MIL"), None,
      SL, P("Delft island", "Delft"), speaker="fisheries department officials", mod="reported", cl="sl-seize"),
    E("would be handed over to the fisheries", "handed over", "COERCE", "arrest", None,
      ("The fishermen", "IND", "CVL"), None, P("Jaffna", "Jaffna"), speaker="the officials", mod="future",
      cl="sl-handover"),
    E("wrote to External Affairs Minister", "urging", "REQUEST", None, ("Chief Minister M.K. Stalin", "IND", "GOV"),
      ("External Affairs Minister S. Jaishankar", "IND", "GOV"), SL, P(("CHENNAI", 1), "Chennai"),
      mod="demanded", cl="sl-urge"),
    E("must take up the issue strongly", "take up", "CONSULT", None, ("The Union government", "IND", "GOV"),
      ("Colombo", "LKA", "GOV"), None, None, speaker=("he", "he said in the letter"), mod="demanded"),
    E("announced an indefinite strike", "strike", "PROTEST", "strike",
      ("Fishermen's associations in Rameswaram", "IND", "LAB"), None, d("2025-02-24"), P("Rameswaram", "Rameswaram"),
      mod="future"),
    E("would lay siege to the Coast Guard", "lay siege", "THREATEN", None, ("they", "IND", "LAB"),
      ("the Coast Guard", "IND", "COP"), None, None, speaker="Fishermen's associations in Rameswaram",
      mod="threatened"),
    E("if the fishermen were not freed", "freed", "RETREAT", "release", None, ("the fishermen", "IND", "CVL"),
      None, None, speaker="Fishermen's associations in Rameswaram", mod="hypothetical"),
    E("naval patrol opened fire", "opened fire", "ASSAULT", "firearms",
      ("a Sri Lankan naval patrol", "LKA", "MIL"), ("a boat", "IND", "CVL"), wk("2025-W07", True),
      P("Neduntheevu", "Delft"), speaker="the State government", mod="reported", cl="sl-fire"),
    E("denied firing at the boat", "firing", "ASSAULT", "firearms", ("The Sri Lankan Navy", "LKA", "MIL"),
      ("the boat", "IND", "CVL"), wk("2025-W07", True), None, speaker="The Sri Lankan Navy", mod="denied",
      cl="sl-fire"),
    E("only fired warning shots", "fired", "THREATEN", "violence", ("its sailors", "LKA", "MIL"), None,
      wk("2025-W07", True), None, speaker="The Sri Lankan Navy", mod="reported"),
    E("the fishermen tried to ram", "ram", "ASSAULT", None, ("the fishermen", "IND", "CVL"),
      ("a patrol craft", "LKA", "MIL"), wk("2025-W07", True), None, speaker="The Sri Lankan Navy",
      mod="reported"),
    E("a court in Jaffna sentenced", "sentenced", "SANCTION", "convict", ("a court in Jaffna", "LKA", "JUD"),
      ("a boat skipper", "IND", "CVL"), mo("2024-03", True), P("Jaffna", "Jaffna")),
  ])

A("21", "Daily Mirror", "2025-02-24",
  "Navy arrests 32 Indian fishermen for poaching in northern seas",
  "Navy arrests 32 Indian fishermen for poaching in northern seas\n"
  "COLOMBO, Feb. 24 - The Sri Lanka Navy arrested 32 Indian fishermen and seized five trawlers on Sunday while "
  "they were poaching in Sri Lankan waters north of Delft, Navy Media Spokesman Commander Gayan "
  "Wickramasuriya said.\n"
  "The arrested fishermen were handed over to the Assistant Director of Fisheries in Jaffna for legal action, "
  "he said.\n"
  "\"Indian trawlers are destroying the livelihoods of our northern fishermen. We will continue to arrest anyone "
  "who enters our waters illegally,\" the spokesman said.\n"
  "Northern fishermen's unions staged a protest outside the Jaffna District Secretariat on Monday demanding "
  "that the government stop the incursions, and threatened to block the A9 road if no action was taken.\n"
  "Fisheries Minister Ramalingam Chandrasekar told the Daily Mirror that the issue would be raised with the "
  "Indian High Commission, but said Sri Lanka would not release the trawlers.\n"
  "Earlier this month the Navy denied an Indian claim that its sailors had opened fire on a fishing boat, "
  "calling it \"totally baseless\".",
  [
    E("Navy arrests 32 Indian", "arrests", "COERCE", "arrest", ("Navy", "LKA", "MIL"),
      ("32 Indian fishermen", "IND", "CVL"), SL, None, cl="sl-arrest"),
    E("Navy arrested 32 Indian", "arrested", "COERCE", "arrest", ("The Sri Lanka Navy", "LKA", "MIL"),
      ("32 Indian fishermen", "IND", "CVL"), SL, P("Delft", "Delft"),
      speaker="Navy Media Spokesman Commander Gayan Wickramasuriya", mod="reported", cl="sl-arrest"),
    E("seized five trawlers", "seized", "COERCE", "seize", ("The Sri Lanka Navy", "LKA", "MIL"), None, SL,
      P("Delft", "Delft"), speaker="Navy Media Spokesman Commander Gayan Wickramasuriya", mod="reported",
      cl="sl-seize"),
    E("were handed over to the Assistant", "handed over", "COERCE", "arrest", None,
      ("The arrested fishermen", "IND", "CVL"), None, P("Jaffna", "Jaffna"), speaker=("he", "legal action, he said"), mod="reported",
      cl="sl-handover"),
    E("We will continue to arrest", "arrest", "THREATEN", "arrest", ("We", "LKA", "MIL"), None, None, None,
      speaker="the spokesman", mod="threatened"),
    E("staged a protest outside", "protest", "PROTEST", "demo", ("Northern fishermen's unions", "LKA", "LAB"),
      None, d("2025-02-24"), P("Jaffna", "Jaffna")),
    E("threatened to block the A9", "threatened", "THREATEN", None, ("Northern fishermen's unions", "LKA", "LAB"),
      ("the government", "LKA", "GOV"), d("2025-02-24"), P("Jaffna", "Jaffna"), mod="threatened"),
    E("would be raised with the Indian", "raised", "CONSULT", None, None,
      ("the Indian High Commission", "IND", "GOV"), None, None,
      speaker="Fisheries Minister Ramalingam Chandrasekar", mod="future"),
    E("would not release the trawlers", "release", "RETREAT", "release", ("Sri Lanka", "LKA", "GOV"), None, None,
      None, speaker="Fisheries Minister Ramalingam Chandrasekar", mod="negated"),
    E("its sailors had opened fire", "opened fire", "ASSAULT", "firearms", ("its sailors", "LKA", "MIL"),
      ("a fishing boat", "IND", "CVL"), mo("2025-02"), None, speaker="the Navy", mod="denied", cl="sl-fire"),
  ])

ID_FRI, ID_THU = d("2025-03-21"), d("2025-03-20")
A("22", "AFP", "2025-03-21",
  "Indonesian police fire tear gas as students protest law expanding military's role",
  "Indonesian police fire tear gas as students protest law expanding military's role\n"
  "JAKARTA, March 21, 2025 (AFP) - Indonesian police fired tear gas and water cannon on Friday to disperse "
  "hundreds of students who tried to force their way into the parliament compound in Jakarta, a day after "
  "lawmakers passed a law allowing serving soldiers to hold more civilian posts.\n"
  "Protesters set fire to a police post and threw rocks and plastic bottles at officers, AFP journalists saw. "
  "Police said 41 people had been detained.\n"
  "Students vowed to return to the streets on Monday unless President Prabowo Subianto issued a decree "
  "revoking the law. \"If the president ignores us, we will occupy the parliament until the law is "
  "cancelled,\" said Rahmat Hidayat, head of a student union at the University of Indonesia.\n"
  "Armed forces chief General Agus Subiyanto denied that the law would restore the military's \"dual "
  "function\", the doctrine under which the army dominated politics during Suharto's rule, and said soldiers "
  "would not interfere in elections.\n"
  "Amnesty International Indonesia condemned the use of force against students and called for the release of "
  "all detainees. The national police chief said officers who had beaten protesters would be investigated.\n"
  "In Surabaya, East Java, thousands of workers and students marched to the regional legislature on Thursday, "
  "local media reported. No clashes were reported there.\n"
  "In May 1998, soldiers and police shot dead four students at Trisakti University in Jakarta, days before "
  "Suharto resigned.",
  [
    E("police fire tear gas as", "fire", "ASSAULT", "crowd-control", ("Indonesian police", "IDN", "COP"),
      ("students", "IDN", "EDU"), ID_FRI, None, cl="id-gas"),
    E("students protest law", "protest", "PROTEST", "demo", ("students", "IDN", "EDU"), None, ID_FRI, None,
      cl="id-protest"),
    E("police fired tear gas and water", "fired", "ASSAULT", "crowd-control", ("Indonesian police", "IDN", "COP"),
      ("hundreds of students", "IDN", "EDU"), ID_FRI, P("Jakarta", "Jakarta"), cl="id-gas"),
    E("tried to force their way", "force their way", "PROTEST", "riot", ("who", "IDN", "EDU"),
      ("the parliament compound", "IDN", "LEG"), ID_FRI, P("Jakarta", "Jakarta"), cl="id-protest"),
    E("Protesters set fire to a police post", "set fire", "PROTEST", "riot", ("Protesters", "IDN", "EDU"),
      ("a police post", "IDN", "COP"), ID_FRI, P(("JAKARTA", 1), "Jakarta")),
    E("threw rocks and plastic bottles", "threw", "PROTEST", "riot", ("Protesters", "IDN", "EDU"),
      ("officers", "IDN", "COP"), ID_FRI, P(("JAKARTA", 1), "Jakarta")),
    E("41 people had been detained", "detained", "COERCE", "arrest", None, ("41 people", "IDN", "CVL"), ID_FRI,
      P(("JAKARTA", 1), "Jakarta"), speaker="Police", mod="reported"),
    E("Students vowed to return", "vowed", "THREATEN", None, ("Students", "IDN", "EDU"),
      ("President Prabowo Subianto", "IDN", "GOV"), None, None, mod="threatened"),
    E("revoking the law.", "revoking", "CONCEDE", None, ("President Prabowo Subianto", "IDN", "GOV"), None, None,
      None, mod="hypothetical"),
    E("we will occupy the parliament", "occupy", "THREATEN", None, ("we", "IDN", "EDU"),
      ("the president", "IDN", "GOV"), None, None,
      speaker="Rahmat Hidayat, head of a student union at the University of Indonesia", mod="threatened"),
    E("Subiyanto denied that the law", "denied", "REJECT", None,
      ("Armed forces chief General Agus Subiyanto", "IDN", "MIL"), None, None, None),
    E("would not interfere in elections", "interfere", "COERCE", None, ("soldiers", "IDN", "MIL"), None, None,
      None, speaker="Armed forces chief General Agus Subiyanto", mod="negated"),
    E("Indonesia condemned the use of force", "condemned", "ACCUSE", "disapprove",
      ("Amnesty International Indonesia", "IDN", "NGO"), None, None, None),
    E("the use of force against students", "force", "ASSAULT", "crowd-control", None, ("students", "IDN", "EDU"),
      None, None, speaker="Amnesty International Indonesia", mod="reported", cl="id-gas"),
    E("called for the release of all detainees", "called for", "REQUEST", "yield",
      ("Amnesty International Indonesia", "IDN", "NGO"), None, None, None, mod="demanded"),
    E("who had beaten protesters", "beaten", "ASSAULT", "beat", ("who", "IDN", "COP"), ("protesters", "IDN", "EDU"),
      ID_FRI, None, speaker="The national police chief", mod="reported"),
    E("would be investigated", "investigated", "ACCUSE", "investigate", None, ("officers", "IDN", "COP"), None,
      None, speaker="The national police chief", mod="future"),
    E("students marched to the regional", "marched", "PROTEST", "demo",
      ("thousands of workers and students", "IDN", "CVL"), ("the regional legislature", "IDN", "LEG"), ID_THU,
      P("Surabaya", "Surabaya"), speaker="local media", mod="reported"),
    E("No clashes were reported there", "clashes", "PROTEST", "riot", None, None, ID_THU, P("there", "Surabaya"),
      mod="negated"),
    E("police shot dead four students", "shot dead", "ASSAULT", "firearms", ("soldiers and police", "IDN", "MIL"),
      ("four students", "IDN", "EDU"), mo("1998-05", True), P("Jakarta", "Jakarta")),
    E("Suharto resigned", "resigned", "RETREAT", "resign", ("Suharto", "IDN", "GOV"), None, mo("1998-05", True),
      None),
  ])

PH_TUE, PH_WED = d("2025-03-11"), d("2025-03-12")
A("23", "Associated Press", "2025-03-12",
  "Philippines arrests Duterte on ICC warrant, flies him to The Hague",
  "Philippines arrests Duterte on ICC warrant, flies him to The Hague\n"
  "MANILA, Philippines (AP) — Former Philippine President Rodrigo Duterte was arrested at Manila's "
  "international airport on Tuesday on a warrant from the International Criminal Court accusing him of crimes "
  "against humanity over his deadly crackdown on illegal drugs, and was flown to The Hague hours later, the "
  "government said.\n"
  "Police officers served the warrant as Duterte, 79, arrived on a flight from Hong Kong. His lawyers said he "
  "was denied access to counsel and that the arrest was illegal because the Philippines withdrew from the "
  "court in 2019.\n"
  "President Ferdinand Marcos Jr. said his government had only honored its commitments to Interpol. \"We did "
  "not hand over a former president lightly. Interpol asked for our help, and we complied,\" he told reporters "
  "in Manila on Wednesday.\n"
  "Vice President Sara Duterte, the former president's daughter, accused the Marcos administration of "
  "\"kidnapping\" her father and said she would travel to The Hague to join his legal team.\n"
  "Hundreds of Duterte supporters rallied in Davao City, his hometown, on Wednesday, and some blocked a "
  "highway for several hours, police said.\n"
  "The ICC says thousands of suspected drug dealers were killed by police and vigilantes from 2016 to 2019. "
  "Duterte has repeatedly defended the crackdown but denied ordering any killings. \"If I go to jail, so be "
  "it,\" he said in a video posted on Facebook before he left Hong Kong.",
  [
    E("Philippines arrests Duterte", "arrests", "COERCE", "arrest", ("Philippines", "PHL", "GOV"),
      ("Duterte", "PHL", "OPP"), PH_TUE, None, cl="ph-arrest"),
    E("flies him to The Hague", "flies", "COERCE", "arrest", ("Philippines", "PHL", "GOV"), ("him", "PHL", "OPP"),
      PH_TUE, P("The Hague", "The Hague"), cl="ph-transfer"),
    E("Duterte was arrested at Manila's", "arrested", "COERCE", "arrest", None,
      ("Former Philippine President Rodrigo Duterte", "PHL", "OPP"), PH_TUE, P("Manila", "Manila"),
      speaker="the government", mod="reported", cl="ph-arrest"),
    E("Criminal Court accusing him", "accusing", "ACCUSE", "allege",
      ("the International Criminal Court", None, "JUD"), ("him", "PHL", "OPP"), None, None,
      speaker="the government", mod="reported"),
    E("his deadly crackdown on illegal drugs", "crackdown", "COERCE", None, ("his", "PHL", "GOV"), None, None,
      None, speaker="the government", mod="reported", cl="ph-crackdown"),
    E("was flown to The Hague hours later", "flown", "COERCE", "arrest", None, ("him", "PHL", "OPP"), PH_TUE,
      P("The Hague", "The Hague"), speaker="the government", mod="reported", cl="ph-transfer"),
    E("Police officers served the warrant", "served", "COERCE", "arrest", ("Police officers", "PHL", "COP"),
      ("Duterte", "PHL", "OPP"), PH_TUE, None, cl="ph-arrest"),
    E("was denied access to counsel", "denied", "REJECT", None, None, ("he", "PHL", "OPP"), None, None,
      speaker="His lawyers", mod="reported"),
    E("the arrest was illegal", "arrest", "COERCE", "arrest", None, None, PH_TUE, None, speaker="His lawyers",
      mod="reported", cl="ph-arrest"),
    E("the Philippines withdrew from the court", "withdrew", "SANCTION", "discontinue",
      ("the Philippines", "PHL", "GOV"), ("the court", None, "JUD"), yr("2019"), None, speaker="His lawyers",
      mod="reported"),
    E("had only honored its commitments", "honored", "COOPERATE", None, ("his government", "PHL", "GOV"),
      ("Interpol", None, "IGO"), None, None, speaker=("President Ferdinand Marcos Jr.", "President Ferdinand Marcos"), mod="reported",
      cl="ph-coop"),
    E("We did not hand over a former", "hand over", "COERCE", "arrest", ("We", "PHL", "GOV"),
      ("a former president", "PHL", "OPP"), PH_TUE, None, speaker=("he", "he told reporters"), mod="reported",
      cl="ph-transfer"),
    E("Interpol asked for our help", "asked", "REQUEST", "assist", ("Interpol", None, "IGO"), ("our", "PHL", "GOV"),
      None, None, speaker=("he", "he told reporters"), mod="demanded"),
    E("and we complied", "complied", "COOPERATE", None, (("we", "and we complied"), "PHL", "GOV"), None, None, None,
      speaker=("he", "he told reporters"), mod="reported", cl="ph-coop"),
    E("accused the Marcos administration", "accused", "ACCUSE", "allege",
      ("Vice President Sara Duterte, the former president's daughter", "PHL", "GOV"),
      ("the Marcos administration", "PHL", "GOV"), None, None),
    E("Duterte supporters rallied", "rallied", "PROTEST", "demo", ("Hundreds of Duterte supporters", "PHL", "OPP"),
      None, PH_WED, P("Davao City", "Davao City"), speaker="police", mod="reported"),
    E("some blocked a highway", "blocked", "PROTEST", "obstruct", ("some", "PHL", "OPP"), None, PH_WED,
      P("Davao City", "Davao City"), speaker="police", mod="reported"),
    E("has repeatedly defended the crackdown", "crackdown", "COERCE", None, None, None, None, None,
      cl="ph-crackdown"),
    E("denied ordering any killings", "killings", "ASSAULT", None, ("Duterte", "PHL", "GOV"), None, None, None,
      speaker="Duterte", mod="denied"),
  ])

TN = d("2025-04-19")
A("24", "Reuters", "2025-04-19",
  "Tunisian court jails opposition figures for up to 66 years in 'conspiracy' case",
  "Tunisian court jails opposition figures for up to 66 years in 'conspiracy' case\n"
  "TUNIS, April 19 (Reuters) - A Tunisian court sentenced about 40 opposition leaders, lawyers and "
  "businessmen to prison terms of up to 66 years on Saturday on charges of conspiring against state security, "
  "defence lawyers said, in a trial that critics call a political purge.\n"
  "Defence lawyer Ahmed Souab said the verdicts were handed down after less than three hours of deliberation "
  "and without the defendants being allowed to speak. \"This is not a trial, it is an execution,\" he told "
  "Reuters.\n"
  "Several defendants, including Jawhar Ben Mbarek, had begun a hunger strike this month to protest against "
  "the proceedings. Police briefly detained two lawyers outside the court on Friday, the Tunisian Bar "
  "Association said.\n"
  "President Kais Saied has called the defendants \"traitors and terrorists\" and has said that judges who "
  "acquit them would be regarded as accomplices.\n"
  "The National Salvation Front, the main opposition coalition, called on Tunisians to take to the streets on "
  "Sunday and said it would appeal the verdicts.\n"
  "The European Union's foreign policy spokesman said the bloc was \"concerned\" and urged Tunis to respect the "
  "right to a fair trial. Tunisia's foreign ministry rejected what it called \"blatant interference\" in its "
  "internal affairs.\n"
  "Most of the defendants were arrested in February 2023 in a wave of detentions of Saied's critics. Saied "
  "shut down parliament in July 2021 and began ruling by decree, a move his opponents called a coup.",
  [
    E("court jails opposition", "jails", "SANCTION", "convict", ("Tunisian court", "TUN", "JUD"),
      ("opposition figures", "TUN", "OPP"), TN, None, cl="tn-verdict"),
    E("court sentenced about 40", "sentenced", "SANCTION", "convict", ("A Tunisian court", "TUN", "JUD"),
      ("about 40 opposition leaders, lawyers and businessmen", "TUN", "OPP"), TN, P(("TUNIS", 1), "Tunis"),
      speaker="defence lawyers", mod="reported", cl="tn-verdict"),
    E("critics call a political purge", "call", "ACCUSE", "disapprove", ("critics", "TUN", None), None, None,
      None),
    E("the verdicts were handed down", "handed down", "SANCTION", "convict", None, None, TN, None,
      speaker="Defence lawyer Ahmed Souab", mod="reported", cl="tn-verdict"),
    E("it is an execution", "execution", "ACCUSE", "disapprove", (("he", "he told"), "TUN", None), None, None, None,
      speaker=("he", "he told"), mod="reported"),
    E("had begun a hunger strike", "hunger strike", "PROTEST", "hunger",
      ("Several defendants, including Jawhar Ben Mbarek", "TUN", "OPP"), None, mo("2025-04"), None),
    E("Police briefly detained two lawyers", "detained", "COERCE", "arrest", ("Police", "TUN", "COP"),
      ("two lawyers", "TUN", "CVL"), d("2025-04-18"), P(("TUNIS", 1), "Tunis"),
      speaker="the Tunisian Bar Association", mod="reported"),
    E("called the defendants", "traitors", "ACCUSE", "disapprove", ("President Kais Saied", "TUN", "GOV"),
      ("the defendants", "TUN", "OPP"), None, None),
    E("would be regarded as accomplices", "regarded", "THREATEN", None, ("President Kais Saied", "TUN", "GOV"),
      ("judges", "TUN", "JUD"), None, None, speaker="President Kais Saied", mod="threatened"),
    E("called on Tunisians to take", "called on", "REQUEST", None,
      ("The National Salvation Front, the main opposition coalition", "TUN", "OPP"), ("Tunisians", "TUN", "CVL"),
      None, None, mod="demanded"),
    E("take to the streets on Sunday", "take to the streets", "PROTEST", "demo", ("Tunisians", "TUN", "CVL"), None,
      d("2025-04-20"), None, speaker="The National Salvation Front, the main opposition coalition", mod="future"),
    E("it would appeal the verdicts", "appeal", "ACCUSE", "allege", (("it", "it would appeal"), "TUN", "OPP"), None, None, None,
      speaker="The National Salvation Front, the main opposition coalition", mod="future"),
    E("the bloc was \"concerned\"", "concerned", "ACCUSE", "disapprove", ("the bloc", None, "IGO"), None, None,
      None, speaker="The European Union's foreign policy spokesman", mod="reported"),
    E("urged Tunis to respect", "urged", "REQUEST", None, ("The European Union's foreign policy spokesman", None,
                                                          "IGO"), ("Tunis", "TUN", "GOV"), None, None,
      mod="demanded"),
    E("foreign ministry rejected what", "rejected", "REJECT", None, ("Tunisia's foreign ministry", "TUN", "GOV"),
      None, None, None),
    E("what it called \"blatant", "called", "ACCUSE", "disapprove", (("it", "what it called"), "TUN", "GOV"), None, None, None),
    E("defendants were arrested in February 2023", "arrested", "COERCE", "arrest", None,
      ("Most of the defendants", "TUN", "OPP"), mo("2023-02", True), None),
    E("shut down parliament in July 2021", "shut down", "COERCE", "restrict", ("Saied", "TUN", "GOV"),
      ("parliament", "TUN", "LEG"), mo("2021-07", True), None),
    E("his opponents called a coup", "called", "ACCUSE", "disapprove", ("his opponents", "TUN", "OPP"), None, None,
      None),
  ])

FR_TUE, FR_MON = d("2025-04-15"), d("2025-04-14")
A("25", "AFP", "2025-04-15",
  "France expels 12 Algerian officials, recalls ambassador in tit-for-tat row",
  "France expels 12 Algerian officials, recalls ambassador in tit-for-tat row\n"
  "PARIS, April 15, 2025 (AFP) - France on Tuesday ordered 12 Algerian consular and embassy officials to leave "
  "the country and recalled its ambassador to Algiers for consultations, the Elysee said, a day after Algeria "
  "expelled 12 French embassy staff.\n"
  "Algeria had given the French officials, who work for the interior ministry, 48 hours to leave, after French "
  "prosecutors charged an Algerian consular official last week over the kidnapping of a dissident in a Paris "
  "suburb in April 2024.\n"
  "\"Algeria bears full responsibility for this sudden deterioration,\" the Elysee said in a statement, calling "
  "the expulsions \"unjustified and incomprehensible\".\n"
  "Algiers says the arrest of its official violated diplomatic immunity and denied any involvement in the "
  "abduction of the influencer Amir Boukhors, known as Amir DZ, who was seized and held for more than a day "
  "before being released.\n"
  "\"If France persists in this escalation, Algeria will respond firmly and immediately,\" the Algerian foreign "
  "ministry said in a statement carried by the official APS news agency.\n"
  "French Foreign Minister Jean-Noel Barrot, who had visited Algiers only on April 6 to relaunch cooperation on "
  "migration and security, said France remained open to dialogue.\n"
  "The two countries have also been at odds since Paris backed Morocco's autonomy plan for Western Sahara in "
  "July 2024, prompting Algeria to withdraw its own ambassador from Paris.",
  [
    E("France expels 12 Algerian", "expels", "SANCTION", "expel", ("France", "FRA", "GOV"),
      ("12 Algerian officials", "DZA", "GOV"), FR_TUE, None, cl="fr-expel"),
    E("recalls ambassador in", "recalls", "SANCTION", "withdraw", ("France", "FRA", "GOV"), None, FR_TUE, None,
      cl="fr-recall"),
    E("France on Tuesday ordered", "ordered", "SANCTION", "expel", ("France", "FRA", "GOV"),
      ("12 Algerian consular and embassy officials", "DZA", "GOV"), FR_TUE, P(("PARIS", 1), "Paris"),
      speaker="the Elysee", mod="reported", cl="fr-expel"),
    E("recalled its ambassador to Algiers", "recalled", "SANCTION", "withdraw", ("France", "FRA", "GOV"),
      ("Algiers", "DZA", "GOV"), FR_TUE, P(("PARIS", 1), "Paris"), speaker="the Elysee", mod="reported",
      cl="fr-recall"),
    E("Algeria expelled 12 French", "expelled", "SANCTION", "expel", (("Algeria", "Algeria expelled"), "DZA", "GOV"),
      ("12 French embassy staff", "FRA", "GOV"), FR_MON, None, cl="dz-expel"),
    E("Algeria had given the French officials", "given", "SANCTION", "expel", ("Algeria", "DZA", "GOV"),
      ("the French officials", "FRA", "GOV"), FR_MON, None, cl="dz-expel"),
    E("prosecutors charged an Algerian", "charged", "ACCUSE", "allege", ("French prosecutors", "FRA", "JUD"),
      ("an Algerian consular official", "DZA", "GOV"), wk("2025-W15"), None),
    E("the kidnapping of a dissident", "kidnapping", "ASSAULT", "abduct", None, ("a dissident", "DZA", "CVL"),
      mo("2024-04", True), P("Paris", "Paris"), cl="dz-kidnap"),
    E("calling the expulsions", "calling", "ACCUSE", "disapprove", ("the Elysee", "FRA", "GOV"), None, None, None),
    E("the expulsions \"unjustified", "expulsions", "SANCTION", "expel", None, None, FR_MON, None,
      speaker="the Elysee", mod="reported", cl="dz-expel"),
    E("the arrest of its official violated", "arrest", "COERCE", "arrest", None, ("its official", "DZA", "GOV"),
      None, None, speaker="Algiers", mod="reported"),
    E("involvement in the abduction", "abduction", "ASSAULT", "abduct", ("Algiers", "DZA", "GOV"),
      ("the influencer Amir Boukhors", "DZA", "CVL"), mo("2024-04", True), None, speaker="Algiers", mod="denied",
      cl="dz-kidnap"),
    E("before being released", "released", "RETREAT", "release", None, ("who", "DZA", "CVL"), mo("2024-04", True),
      None),
    E("Algeria will respond firmly", "respond", "THREATEN", None, ("Algeria", "DZA", "GOV"), ("France", "FRA", "GOV"),
      None, None, speaker="the Algerian foreign ministry", relays=("the official APS news agency",),
      mod="threatened"),
    E("who had visited Algiers only on April 6", "visited", "CONSULT", "visit", ("who", "FRA", "GOV"),
      ("Algiers", "DZA", "GOV"), d("2025-04-06", True), P("Algiers", "Algiers")),
    E("France remained open to dialogue", "open", "AGREE", None, ("France", "FRA", "GOV"), None, None, None,
      speaker="French Foreign Minister Jean-Noel Barrot", mod="reported"),
    E("Paris backed Morocco's autonomy", "backed", "SUPPORT", None, ("Paris", "FRA", "GOV"), ("Morocco", "MAR", "GOV"),
      mo("2024-07", True), None),
    E("prompting Algeria to withdraw", "withdraw", "SANCTION", "withdraw", ("Algeria", "DZA", "GOV"),
      ("Paris", "FRA", "GOV"), mo("2024-07", True), None),
  ])

WB = d("2025-06-25")
A("26", "Reuters", "2025-06-26",
  "Israeli settlers torch homes in West Bank village; three Palestinians killed",
  "Israeli settlers torch homes in West Bank village; three Palestinians killed\n"
  "RAMALLAH, West Bank, June 26 (Reuters) - Dozens of Israeli settlers set fire to houses and cars in the "
  "Palestinian village of Kafr Malik near Ramallah on Wednesday evening, and three Palestinians were killed "
  "when Israeli troops opened fire during the confrontations that followed, the Palestinian health ministry "
  "said.\n"
  "The Israeli military said troops had been sent to the village after settlers threw stones at Palestinians, "
  "and that soldiers fired at \"terrorists who hurled rocks\" at them. It said it was investigating the "
  "incident and that five Israeli civilians had been detained.\n"
  "Palestinian Prime Minister Mohammad Mustafa accused the Israeli government of \"protecting and arming\" the "
  "settlers and called on the international community to impose sanctions on them.\n"
  "\"They burned my brother's car and then the soldiers came and shot at us, not at them,\" said a resident, "
  "Ahmad Hamayel.\n"
  "Israeli Defence Minister Israel Katz warned that anyone who attacked soldiers would be punished, but did not "
  "mention the killings.\n"
  "Britain and France summoned Israeli envoys last year over settler violence, and the European Union imposed "
  "sanctions on several settler leaders in April 2024.",
  [
    E("settlers torch homes", "torch", "ASSAULT", "primitive", ("Israeli settlers", "ISR", "CVL"),
      ("homes", "PSE", "CVL"), WB, None, cl="wb-torch"),
    E("three Palestinians killed\n", "killed", "ASSAULT", None, None, ("three Palestinians", "PSE", "CVL"), WB,
      None, cl="wb-kill"),
    E("settlers set fire to houses", "set fire", "ASSAULT", "primitive",
      ("Dozens of Israeli settlers", "ISR", "CVL"), ("houses and cars", "PSE", "CVL"), WB,
      P("Kafr Malik", "Kafr Malik"), speaker="the Palestinian health ministry", mod="reported", cl="wb-torch"),
    E("three Palestinians were killed", "killed", "ASSAULT", "firearms", ("Israeli troops", "ISR", "MIL"),
      ("three Palestinians", "PSE", "CVL"), WB, P("Kafr Malik", "Kafr Malik"),
      speaker="the Palestinian health ministry", mod="reported", cl="wb-kill"),
    E("troops had been sent to the village", "sent", "MOBILIZE", "troops", None, None, WB,
      P("the village", "Kafr Malik"), speaker="The Israeli military", mod="reported"),
    E("settlers threw stones", "threw", "ASSAULT", "primitive", ("settlers", "ISR", "CVL"),
      ("Palestinians", "PSE", "CVL"), WB, None, speaker="The Israeli military", mod="reported"),
    E("soldiers fired at", "fired", "ASSAULT", "firearms", ("soldiers", "ISR", "MIL"), ("terrorists", "PSE", "CVL"),
      WB, None, speaker="The Israeli military", mod="reported", cl="wb-kill"),
    E("who hurled rocks", "hurled", "ASSAULT", "primitive", ("who", "PSE", "CVL"), ("them", "ISR", "MIL"), WB, None,
      speaker="The Israeli military", mod="reported"),
    E("it was investigating the", "investigating", "ACCUSE", "investigate", (("it", "it was investigating"), "ISR", "MIL"), None,
      None, None, speaker=("It", "It said it was"), mod="reported"),
    E("five Israeli civilians had been detained", "detained", "COERCE", "arrest", None,
      ("five Israeli civilians", "ISR", "CVL"), WB, None, speaker=("It", "It said it was"), mod="reported"),
    E("accused the Israeli government", "accused", "ACCUSE", "allege",
      ("Palestinian Prime Minister Mohammad Mustafa", "PSE", "GOV"), ("the Israeli government", "ISR", "GOV"),
      None, None),
    E("called on the international community", "called on", "REQUEST", None,
      ("Palestinian Prime Minister Mohammad Mustafa", "PSE", "GOV"), ("the international community", None, "GOV"),
      None, None, mod="demanded"),
    E("They burned my brother's car", "burned", "ASSAULT", "primitive", ("They", "ISR", "CVL"),
      ("my brother", "PSE", "CVL"), WB, None, speaker="a resident, Ahmad Hamayel", mod="reported", cl="wb-torch"),
    E("soldiers came and shot at us", "shot", "ASSAULT", "firearms", ("the soldiers", "ISR", "MIL"),
      ("us", "PSE", "CVL"), WB, None, speaker="a resident, Ahmad Hamayel", mod="reported", cl="wb-kill"),
    E("Katz warned that anyone", "warned", "THREATEN", None, ("Israeli Defence Minister Israel Katz", "ISR", "GOV"),
      ("anyone", "PSE", "CVL"), None, None, mod="threatened"),
    E("anyone who attacked soldiers", "attacked", "ASSAULT", None, ("who", "PSE", "CVL"), ("soldiers", "ISR", "MIL"),
      None, None, speaker="Israeli Defence Minister Israel Katz", mod="hypothetical"),
    E("did not mention the killings", "killings", "ASSAULT", "firearms", None, None, WB, None, cl="wb-kill"),
    E("Britain and France summoned", "summoned", "ACCUSE", "disapprove", ("Britain and France", None, "GOV"),
      ("Israeli envoys", "ISR", "GOV"), yr("2024"), None),
    E("imposed sanctions on several settler", "imposed", "SANCTION", None, ("the European Union", None, "IGO"),
      ("several settler leaders", "ISR", "CVL"), mo("2024-04", True), None),
  ])

A("27", "AFP", "2025-09-09",
  "Iran charges two French nationals with spying; Paris calls them 'hostages'",
  "Iran charges two French nationals with spying; Paris calls them 'hostages'\n"
  "PARIS, Sept 9, 2025 (AFP) - Iran's judiciary has charged two French nationals held since 2022 with spying "
  "for Israel, an offence punishable by death, the Tasnim news agency reported on Tuesday, citing the "
  "judiciary's Mizan Online website.\n"
  "Teacher Cecile Kohler and her partner Jacques Paris were arrested in May 2022 during a tourist visit and "
  "accused of trying to stir up labour protests.\n"
  "French Foreign Minister Jean-Noel Barrot called them \"state hostages\" and demanded their immediate "
  "release. \"If Iran harms them, the response will be firm, including sanctions,\" he told France Inter radio.\n"
  "Iran's foreign ministry spokesman Esmaeil Baqaei rejected the French statements as interference in the "
  "judicial affairs of Iran and said the two had confessed.\n"
  "France filed a complaint against Iran at the International Court of Justice in May over their detention.\n"
  "A prisoner exchange is under discussion, Iranian media said last month, which would see the couple freed "
  "in return for an Iranian woman held in France.\n"
  "Relatives said the couple were being held in Tehran's Evin prison, which was struck by Israeli missiles in "
  "June.",
  [
    E("Iran charges two French", "charges", "ACCUSE", "allege", ("Iran", "IRN", "GOV"),
      ("two French nationals", "FRA", "CVL"), None, None, cl="ir-charge"),
    E("Paris calls them 'hostages'", "hostages", "ACCUSE", "disapprove", ("Paris", "FRA", "GOV"), None, None, None,
      cl="ir-hostage"),
    E("judiciary has charged two French", "charged", "ACCUSE", "allege", ("Iran's judiciary", "IRN", "JUD"),
      ("two French nationals", "FRA", "CVL"), None, None, speaker="the judiciary's Mizan Online website",
      relays=("the Tasnim news agency",), mod="reported", cl="ir-charge"),
    E("held since 2022", "held", "COERCE", "arrest", None, ("two French nationals", "FRA", "CVL"), yr("2022"), None,
      speaker="the judiciary's Mizan Online website", relays=("the Tasnim news agency",), mod="reported",
      cl="ir-arrest"),
    E("were arrested in May 2022", "arrested", "COERCE", "arrest", None,
      ("Teacher Cecile Kohler and her partner Jacques Paris", "FRA", "CVL"), mo("2022-05", True), None,
      cl="ir-arrest"),
    E("accused of trying to stir", "accused", "ACCUSE", "allege", None,
      ("Teacher Cecile Kohler and her partner Jacques Paris", "FRA", "CVL"), mo("2022-05", True), None),
    E("called them \"state hostages\"", "hostages", "ACCUSE", "disapprove",
      ("French Foreign Minister Jean-Noel Barrot", "FRA", "GOV"), None, None, None, cl="ir-hostage"),
    E("demanded their immediate", "demanded", "REQUEST", "yield",
      ("French Foreign Minister Jean-Noel Barrot", "FRA", "GOV"), None, None, None, mod="demanded"),
    E("the response will be firm", "response", "THREATEN", None, (("he", "he told France Inter"), "FRA", "GOV"),
      ("Iran", "IRN", "GOV"), None, None, speaker=("he", "he told France Inter"), relays=("France Inter radio",),
      mod="threatened"),
    E("If Iran harms them", "harms", "ASSAULT", None, ("Iran", "IRN", "GOV"), ("them", "FRA", "CVL"), None, None,
      speaker=("he", "he told France Inter"), relays=("France Inter radio",), mod="hypothetical"),
    E("Baqaei rejected the French", "rejected", "REJECT", None,
      ("Iran's foreign ministry spokesman Esmaeil Baqaei", "IRN", "GOV"), ("French", "FRA", "GOV"), None, None),
    E("the two had confessed", "confessed", "CONCEDE", None, ("the two", "FRA", "CVL"), None, None, None,
      speaker="Iran's foreign ministry spokesman Esmaeil Baqaei", mod="reported"),
    E("France filed a complaint", "complaint", "ACCUSE", "allege", ("France", "FRA", "GOV"), ("Iran", "IRN", "GOV"),
      mo("2025-05", True), None),
    E("A prisoner exchange is under discussion", "discussion", "CONSULT", None, None, None, None, None,
      speaker="Iranian media", mod="reported"),
    E("would see the couple freed", "freed", "RETREAT", "release", None, ("the couple", "FRA", "CVL"), None, None,
      speaker="Iranian media", mod="hypothetical"),
    E("struck by Israeli missiles", "struck", "ASSAULT", "aerial", ("Israeli missiles", "ISR", "MIL"),
      ("which", "IRN", "GOV"), mo("2025-06", True), P("Tehran", "Tehran")),
  ])

GL_FRI, GL_THU = d("2025-03-28"), d("2025-03-27")
A("28", "Reuters", "2025-03-28",
  "Vance accuses Denmark of neglecting Greenland on visit to U.S. base; Copenhagen rejects criticism",
  "Vance accuses Denmark of neglecting Greenland on visit to U.S. base; Copenhagen rejects criticism\n"
  "PITUFFIK SPACE BASE, Greenland, March 28 (Reuters) - U.S. Vice President JD Vance accused Denmark on Friday "
  "of failing to protect Greenland and said the United States would not use military force to take the Arctic "
  "island, during a brief visit to an American base that Greenland's leaders had called unwelcome.\n"
  "\"Our message to Denmark is very simple: you have not done a good job by the people of Greenland,\" Vance "
  "told U.S. troops at the base.\n"
  "Danish Prime Minister Mette Frederiksen rejected the criticism and said Denmark was a reliable ally that had "
  "fought alongside U.S. forces in Afghanistan and Iraq. \"We cannot accept the way it is being said,\" Foreign "
  "Minister Lars Lokke Rasmussen said in a video posted on social media.\n"
  "Greenland's outgoing Prime Minister Mute Egede had called the planned visit \"highly aggressive\" and urged "
  "Western allies to stand with Greenland. On Friday, parties in Nuuk agreed to form a broad coalition "
  "government in response to U.S. pressure, Danish broadcaster DR reported, citing the parties' leaders.\n"
  "The visit was scaled back after Greenlanders planned protests and dog-sled race organisers said they did "
  "not want to host Vance's wife, Usha Vance.\n"
  "President Donald Trump said on Thursday that the United States needed Greenland for \"international "
  "security\" and would \"go as far as we have to\" to get it. In January, Frederiksen told Trump in a phone "
  "call that the island was not for sale, according to Danish officials.",
  [
    E("Vance accuses Denmark", "accuses", "ACCUSE", "disapprove", ("Vance", "USA", "GOV"), ("Denmark", "DNK", "GOV"),
      GL_FRI, None, cl="gl-accuse"),
    E("Copenhagen rejects criticism", "rejects", "REJECT", None, ("Copenhagen", "DNK", "GOV"), None, None, None,
      cl="gl-reject"),
    E("Vance accused Denmark on Friday", "accused", "ACCUSE", "disapprove",
      ("U.S. Vice President JD Vance", "USA", "GOV"), ("Denmark", "DNK", "GOV"), GL_FRI, None, cl="gl-accuse"),
    E("would not use military force to take", "take", "ASSAULT", None, ("the United States", "USA", "GOV"),
      ("the Arctic island", "GRL", None), None, None, speaker="U.S. Vice President JD Vance", mod="negated"),
    E("Greenland's leaders had called unwelcome", "called", "ACCUSE", "disapprove",
      ("Greenland's leaders", "GRL", "GOV"), None, None, None),
    E("Frederiksen rejected the criticism", "rejected", "REJECT", None,
      ("Danish Prime Minister Mette Frederiksen", "DNK", "GOV"), None, None, None, cl="gl-reject"),
    E("had fought alongside U.S. forces", "fought alongside", "COOPERATE", None, ("that", "DNK", "GOV"),
      ("U.S. forces", "USA", "MIL"), None, None, speaker="Danish Prime Minister Mette Frederiksen", mod="reported"),
    E("We cannot accept the way", "accept", "REJECT", None, ("We", "DNK", "GOV"), None, None, None,
      speaker="Foreign Minister Lars Lokke Rasmussen", relays=("a video", "social media"), mod="reported"),
    E("called the planned visit", "called", "ACCUSE", "disapprove",
      ("Greenland's outgoing Prime Minister Mute Egede", "GRL", "GOV"), None, None, None),
    E("urged Western allies", "urged", "REQUEST", None, ("Greenland's outgoing Prime Minister Mute Egede", "GRL", "GOV"),
      ("Western allies", None, "GOV"), None, None, mod="demanded"),
    E("parties in Nuuk agreed", "agreed", "AGREE", None, ("parties in Nuuk", "GRL", None), None, GL_FRI,
      P("Nuuk", "Nuuk"), speaker="the parties' leaders", relays=("Danish broadcaster DR",), mod="reported"),
    E("Greenlanders planned protests", "protests", "PROTEST", "demo", ("Greenlanders", "GRL", "CVL"), None, None,
      None, mod="future"),
    E("did not want to host Vance's wife", "host", "REJECT", "meet", (("they", "they did not want to host"), "GRL", "CVL"),
      ("Vance's wife, Usha Vance", "USA", "GOV"), None, None, speaker="dog-sled race organisers",
      mod="reported"),
    E("would \"go as far as we have to\"", "go as far", "THREATEN", "territory", ("the United States", "USA", "GOV"),
      ("Greenland", "GRL", None), GL_THU, None, speaker="President Donald Trump", mod="threatened"),
    E("Frederiksen told Trump in a phone", "told", "REJECT", None, ("Frederiksen", "DNK", "GOV"),
      ("Trump", "USA", "GOV"), mo("2025-01", True), None, speaker="Danish officials", mod="reported"),
    E("in a phone call that the island", "phone call", "CONSULT", "phone", ("Frederiksen", "DNK", "GOV"),
      ("Trump", "USA", "GOV"), mo("2025-01", True), None, speaker="Danish officials", mod="reported"),
  ])

IE = d("2023-11-23")
A("29", "The Irish Times", "2023-11-24",
  "Garda Commissioner blames 'lunatic hooligan faction' as rioters burn buses in Dublin",
  "Garda Commissioner blames 'lunatic hooligan faction' as rioters burn buses in Dublin\n"
  "Rioters set fire to a Luas tram, buses and Garda cars in Dublin city centre on Thursday night and looted "
  "shops after a man stabbed three children and a care worker outside a school on Parnell Square East earlier "
  "in the day.\n"
  "Garda Commissioner Drew Harris said 34 people had been arrested and that a \"lunatic hooligan faction driven "
  "by far-right ideology\" had been behind the violence. Gardaí in riot gear used pepper spray to push back "
  "crowds on O'Connell Street, and a number of officers were injured when they were attacked with bottles and "
  "fireworks.\n"
  "Taoiseach Leo Varadkar said on Friday that those involved had brought shame on Ireland and would \"face the "
  "full rigours of the law\".\n"
  "The Minister for Justice, Helen McEntee, rejected calls for her resignation from Sinn Féin and said new "
  "legislation allowing gardaí to use facial recognition technology would be brought forward.\n"
  "A man in his 50s, believed to be the attacker, was restrained by passers-by, including a Brazilian delivery "
  "rider, and taken to hospital under Garda guard.\n"
  "Social media posts calling for people to gather in the city had circulated within hours of the stabbing and "
  "were being investigated, gardaí said.",
  [
    E("Commissioner blames", "blames", "ACCUSE", "allege", ("Garda Commissioner", "IRL", "COP"),
      ("lunatic hooligan faction", "IRL", "CVL"), None, None),
    E("rioters burn buses", "burn", "PROTEST", "riot", ("rioters", "IRL", "CVL"), None, IE, P("Dublin", "Dublin"),
      cl="ie-riot"),
    E("Rioters set fire to a Luas", "set fire", "PROTEST", "riot", ("Rioters", "IRL", "CVL"), None, IE,
      P("Dublin", "Dublin"), cl="ie-riot"),
    E("looted shops", "looted", "PROTEST", "vandalize", ("Rioters", "IRL", "CVL"), ("shops", "IRL", "BUS"), IE,
      P("Dublin", "Dublin")),
    E("a man stabbed three children", "stabbed", "ASSAULT", "primitive", ("a man", None, None),
      ("three children and a care worker", "IRL", "CVL"), IE, P("Parnell Square East", "Dublin"), cl="ie-stab"),
    E("34 people had been arrested", "arrested", "COERCE", "arrest", None, ("34 people", "IRL", "CVL"), IE, None,
      speaker="Garda Commissioner Drew Harris", mod="reported"),
    E("had been behind the violence", "violence", "PROTEST", "riot",
      ("lunatic hooligan faction driven by far-right ideology", "IRL", "CVL"), None, IE, None,
      speaker="Garda Commissioner Drew Harris", mod="reported", cl="ie-riot"),
    E("used pepper spray", "used", "ASSAULT", "crowd-control", ("Gardaí in riot gear", "IRL", "COP"),
      ("crowds", "IRL", "CVL"), IE, P("O'Connell Street", "Dublin")),
    E("they were attacked with bottles", "attacked", "ASSAULT", "primitive", None,
      (("they", "they were attacked"), "IRL", "COP"), IE, P("O'Connell Street", "Dublin")),
    E("had brought shame on Ireland", "shame", "ACCUSE", "disapprove", ("Taoiseach Leo Varadkar", "IRL", "GOV"),
      ("those involved", "IRL", "CVL"), d("2023-11-24"), None, speaker="Taoiseach Leo Varadkar", mod="reported"),
    E("would \"face the full rigours", "face", "THREATEN", "arrest", ("Taoiseach Leo Varadkar", "IRL", "GOV"),
      ("those involved", "IRL", "CVL"), d("2023-11-24"), None, speaker="Taoiseach Leo Varadkar",
      mod="threatened"),
    E("rejected calls for her resignation", "rejected", "REJECT", None,
      ("The Minister for Justice, Helen McEntee", "IRL", "GOV"), ("Sinn Féin", "IRL", "OPP"), None, None),
    E("taken to hospital under Garda guard", "guard", "COERCE", "arrest", None,
      ("A man in his 50s", None, None), None, None, cl="ie-custody"),
    E("within hours of the stabbing", "stabbing", "ASSAULT", "primitive", None, None, IE, None, speaker="gardaí",
      mod="reported", cl="ie-stab"),
    E("were being investigated, gardaí said", "investigated", "ACCUSE", "investigate", None, None, None, None,
      speaker="gardaí", mod="reported"),
  ])

KZ = d("2024-12-16")
A("30", "RFE/RL", "2024-12-16",
  "Kazakh police detain activists marking anniversary of Zhanaozen killings",
  "Kazakh police detain activists marking anniversary of Zhanaozen killings\n"
  "ALMATY -- Police in Kazakhstan's western city of Zhanaozen detained at least nine activists on December 16 "
  "as they tried to lay flowers at a monument to oil workers killed during a strike 13 years ago, relatives "
  "and rights defenders told RFE/RL's Kazakh Service.\n"
  "Police officers pushed several women to the ground and seized their phones, according to a video posted on "
  "Instagram by the local group Zhanaozen Zhastary.\n"
  "The regional police department said in a statement that the gathering had not been authorized and that "
  "those detained would face administrative charges. It denied using force.\n"
  "In Almaty, about 20 people held a silent picket outside the city administration, and police did not "
  "intervene.\n"
  "On December 16, 2011, police opened fire on striking oil workers and their supporters in Zhanaozen's "
  "central square, killing at least 16 people, according to official figures. Two days later, President "
  "Nursultan Nazarbaev declared a state of emergency in the city.\n"
  "Rights groups have demanded an independent international investigation, which Astana has refused. In 2012, "
  "a court in Aqtau sentenced 13 oil workers to prison terms of up to seven years for organizing mass unrest.\n"
  "Opposition activist Zhanbolat Mamai, who was detained on the eve of the anniversary, said through his lawyer "
  "that he would go on hunger strike if he was not released by Wednesday.",
  [
    E("police detain activists", "detain", "COERCE", "arrest", ("Kazakh police", "KAZ", "COP"),
      ("activists", "KAZ", "CVL"), KZ, None, cl="kz-detain"),
    E("Zhanaozen killings\n", "killings", "ASSAULT", None, None, None, d("2011-12-16", True),
      P("Zhanaozen", "Zhanaozen"), cl="kz-2011"),
    E("detained at least nine activists", "detained", "COERCE", "arrest",
      ("Police in Kazakhstan's western city of Zhanaozen", "KAZ", "COP"), ("at least nine activists", "KAZ", "CVL"),
      KZ, P("Zhanaozen", "Zhanaozen"), speaker="relatives and rights defenders", mod="reported", cl="kz-detain"),
    E("they tried to lay flowers", "lay flowers", "PROTEST", "demo", (("they", "they tried to lay"), "KAZ", "CVL"), None, KZ,
      P("Zhanaozen", "Zhanaozen"), speaker="relatives and rights defenders", mod="reported",
      cl="kz-flowers"),
    E("oil workers killed during a strike", "killed", "ASSAULT", None, None, ("oil workers", "KAZ", "LAB"),
      yr("2011"), None, speaker="relatives and rights defenders", mod="reported", cl="kz-2011"),
    E("during a strike 13 years ago", "strike", "PROTEST", "strike", None, None, yr("2011"), None,
      speaker="relatives and rights defenders", mod="reported", cl="kz-strike"),
    E("pushed several women", "pushed", "ASSAULT", "beat", ("Police officers", "KAZ", "COP"),
      ("several women", "KAZ", "CVL"), KZ, None, speaker="the local group Zhanaozen Zhastary",
      relays=("Instagram",), mod="reported", cl="kz-push"),
    E("seized their phones", "seized", "COERCE", "seize", ("Police officers", "KAZ", "COP"), None, KZ, None,
      speaker="the local group Zhanaozen Zhastary", relays=("Instagram",), mod="reported"),
    E("the gathering had not been authorized", "gathering", "PROTEST", "demo", None, None, KZ, None,
      speaker="The regional police department", mod="reported", cl="kz-flowers"),
    E("would face administrative charges", "charges", "ACCUSE", "allege", None, ("those detained", "KAZ", "CVL"),
      None, None, speaker="The regional police department", mod="future"),
    E("It denied using force", "force", "ASSAULT", "beat", ("It", "KAZ", "COP"), None, KZ, None, speaker="It",
      mod="denied", cl="kz-push"),
    E("held a silent picket", "picket", "PROTEST", "demo", ("about 20 people", "KAZ", "CVL"),
      ("the city administration", "KAZ", "GOV"), KZ, P("Almaty", "Almaty")),
    E("police did not intervene", "intervene", "COERCE", None, ("police", "KAZ", "COP"), None, KZ,
      P("Almaty", "Almaty"), mod="negated"),
    E("police opened fire on striking", "opened fire", "ASSAULT", "firearms", ("police", "KAZ", "COP"),
      ("striking oil workers and their supporters", "KAZ", "LAB"), d("2011-12-16", True), P("Zhanaozen", "Zhanaozen"),
      cl="kz-2011"),
    E("declared a state of emergency in the city", "declared", "COERCE", "martial-law",
      ("President Nursultan Nazarbaev", "KAZ", "GOV"), None, d("2011-12-18", True), P("the city", "Zhanaozen")),
    E("Rights groups have demanded", "demanded", "REQUEST", None, ("Rights groups", None, "NGO"), None, None, None,
      mod="demanded"),
    E("which Astana has refused", "refused", "REJECT", None, ("Astana", "KAZ", "GOV"), None, None, None),
    E("a court in Aqtau sentenced", "sentenced", "SANCTION", "convict", ("a court in Aqtau", "KAZ", "JUD"),
      ("13 oil workers", "KAZ", "LAB"), yr("2012"), P("Aqtau", "Aqtau")),
    E("who was detained on the eve", "detained", "COERCE", "arrest", None, ("who", "KAZ", "OPP"),
      d("2024-12-15"), None),
    E("he would go on hunger strike", "hunger strike", "THREATEN", None, (("he", "he would go on"), "KAZ", "OPP"), None, None, None,
      speaker="Opposition activist Zhanbolat Mamai", relays=("his lawyer",), mod="threatened"),
    E("if he was not released by Wednesday", "released", "RETREAT", "release", None,
      (("he", "if he was not released"), "KAZ", "OPP"), None, None,
      speaker="Opposition activist Zhanbolat Mamai", relays=("his lawyer",), mod="hypothetical"),
  ])

KT = d("2025-03-13")
A("31", "AKIpress", "2025-03-13",
  "Kyrgyz, Tajik presidents sign border treaty ending decades-long dispute",
  "Kyrgyz, Tajik presidents sign border treaty ending decades-long dispute\n"
  "BISHKEK, March 13 (AKIpress) - Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a "
  "treaty on the state border in Bishkek on Thursday, settling a dispute over 970 km of frontier that had "
  "repeatedly erupted into deadly fighting.\n"
  "The two leaders also agreed to reopen road and rail crossings that were closed after the fighting, the "
  "Kyrgyz presidential press service said.\n"
  "\"There will be no more war between our peoples,\" Japarov told a joint news conference. Rahmon thanked "
  "Russia and Uzbekistan for their mediation and said Tajikistan would withdraw its border troops from "
  "disputed areas of the Isfara district within a month.\n"
  "The treaty must be ratified by both parliaments. Kyrgyz lawmakers are expected to vote on it next week.\n"
  "In September 2022, Tajik troops backed by tanks and drones attacked Kyrgyz villages in the Batken region, "
  "and Kyrgyz forces shelled Tajik positions in response; around 100 people were killed. Each side accused the "
  "other of starting the fighting.\n"
  "Kyrgyz opposition politicians criticised the deal, saying the government had ceded land around the "
  "Golovnoi water intake. The State Committee for National Security has detained four activists who had "
  "called for protests against the agreement, the committee said last month.",
  [
    E("presidents sign border treaty", "sign", "SUPPORT", None, ("Kyrgyz", "KGZ", "GOV"), ("Tajik", "TJK", "GOV"), KT,
      None, cl="kt-sign"),
    E("Rahmon signed a treaty", "signed", "SUPPORT", None, ("Kyrgyz President Sadyr Japarov", "KGZ", "GOV"),
      ("Tajik President Emomali Rahmon", "TJK", "GOV"), KT, P("Bishkek", "Bishkek"), cl="kt-sign"),
    E("The two leaders also agreed", "agreed", "AGREE", None, ("The two leaders", None, "GOV"), None, KT,
      P(("BISHKEK", 1), "Bishkek"), speaker="the Kyrgyz presidential press service", mod="reported"),
    E("crossings that were closed", "closed", "SANCTION", "discontinue", None, None, None, None,
      speaker="the Kyrgyz presidential press service", mod="reported"),
    E("Rahmon thanked Russia", "thanked", "SUPPORT", None, ("Rahmon", "TJK", "GOV"),
      ("Russia and Uzbekistan", None, "GOV"), KT, None),
    E("for their mediation", "mediation", "CONSULT", "third-party", ("their", None, "GOV"), None, None, None,
      speaker="Rahmon", mod="reported"),
    E("Tajikistan would withdraw its border troops", "withdraw", "RETREAT", "withdraw",
      ("Tajikistan", "TJK", "GOV"), None, None, P("the Isfara district", "Isfara"), speaker="Rahmon",
      mod="future"),
    E("expected to vote on it next week", "vote", "SUPPORT", None, ("Kyrgyz lawmakers", "KGZ", "LEG"), None,
      wk("2025-W12"), None, mod="future"),
    E("Tajik troops backed by tanks", "attacked", "ASSAULT", "heavy-weapons", ("Tajik troops", "TJK", "MIL"),
      ("Kyrgyz villages", "KGZ", "CVL"), mo("2022-09", True), P("Batken", "Batken")),
    E("Kyrgyz forces shelled", "shelled", "ASSAULT", "heavy-weapons", ("Kyrgyz forces", "KGZ", "MIL"),
      ("Tajik positions", "TJK", "MIL"), mo("2022-09", True), None),
    E("Each side accused the other", "accused", "ACCUSE", "allege", ("Each side", None, "MIL"),
      ("the other", None, "MIL"), None, None),
    E("opposition politicians criticised", "criticised", "ACCUSE", "disapprove",
      ("Kyrgyz opposition politicians", "KGZ", "OPP"), None, None, None),
    E("the government had ceded land", "ceded", "CONCEDE", None, ("the government", "KGZ", "GOV"), None, None,
      None, speaker="Kyrgyz opposition politicians", mod="reported"),
    E("has detained four activists", "detained", "COERCE", "arrest",
      ("The State Committee for National Security", "KGZ", "SPY"), ("four activists", "KGZ", "CVL"), None, None,
      speaker="the committee", mod="reported"),
    E("who had called for protests", "called for", "REQUEST", None, ("who", "KGZ", "CVL"), None, None, None,
      speaker="the committee", mod="demanded"),
  ])

CU_SUN, CU_SAT = d("2024-10-20"), d("2024-10-19")
A("32", "Associated Press", "2024-10-21",
  "Cuba warns protesters as blackout enters fourth day; scattered pot-banging in Havana",
  "Cuba warns protesters as blackout enters fourth day; scattered pot-banging in Havana\n"
  "HAVANA (AP) — Cuban President Miguel Díaz-Canel warned on Sunday that authorities would \"act with "
  "firmness\" against anyone who disrupted public order, as scattered protests broke out in Havana during a "
  "nationwide blackout that entered its fourth day.\n"
  "Residents of several Havana neighborhoods banged pots and pans and blocked streets with burning garbage on "
  "Saturday night, according to videos shared on social media. Police detained at least a dozen people in the "
  "San Miguel del Padrón district, the rights group Justicia 11J said.\n"
  "\"We will not allow vandalism or anyone to break the tranquility of our people,\" Díaz-Canel said in an "
  "appearance on state television, wearing military fatigues.\n"
  "The government has blamed the collapse of the grid on the U.S. trade embargo. The U.S. State Department "
  "rejected that claim and urged Havana to respect the right to peaceful protest, Reuters reported, citing a "
  "department spokesperson.\n"
  "Mexico and Venezuela sent fuel shipments and electrical engineers to help restore power, the Cuban foreign "
  "ministry said.\n"
  "In July 2021, thousands of Cubans took to the streets in the largest protests in decades. More than 1,000 "
  "people were detained and hundreds were later sentenced to prison terms of up to 25 years.",
  [
    E("Cuba warns protesters", "warns", "THREATEN", None, ("Cuba", "CUB", "GOV"), ("protesters", "CUB", "CVL"),
      CU_SUN, None, mod="threatened", cl="cu-warn"),
    E("scattered pot-banging", "pot-banging", "PROTEST", "demo", None, None, CU_SAT, P("Havana", "Havana"),
      cl="cu-pots"),
    E("Díaz-Canel warned on Sunday", "warned", "THREATEN", None, ("Cuban President Miguel Díaz-Canel", "CUB", "GOV"),
      ("anyone", "CUB", "CVL"), CU_SUN, P(("HAVANA", 1), "Havana"), mod="threatened", cl="cu-warn"),
    E("anyone who disrupted public order", "disrupted", "PROTEST", None, ("who", "CUB", "CVL"), None, None, None,
      speaker="Cuban President Miguel Díaz-Canel", mod="hypothetical"),
    E("scattered protests broke out", "protests", "PROTEST", "demo", None, None, wk("2024-W42"),
      P("Havana", "Havana"), cl="cu-pots"),
    E("banged pots and pans", "banged", "PROTEST", "demo", ("Residents of several Havana neighborhoods", "CUB", "CVL"),
      None, CU_SAT, P("Havana", "Havana"), speaker="videos", relays=("social media",), mod="reported",
      cl="cu-pots"),
    E("blocked streets with burning", "blocked", "PROTEST", "obstruct",
      ("Residents of several Havana neighborhoods", "CUB", "CVL"), None, CU_SAT, P("Havana", "Havana"),
      speaker="videos", relays=("social media",), mod="reported"),
    E("Police detained at least a dozen", "detained", "COERCE", "arrest", ("Police", "CUB", "COP"),
      ("at least a dozen people", "CUB", "CVL"), wk("2024-W42"), P("San Miguel del Padrón", "Havana"),
      speaker="the rights group Justicia 11J", mod="reported"),
    E("We will not allow vandalism", "allow", "COERCE", "restrict", ("We", "CUB", "GOV"), None, None, None,
      speaker="Díaz-Canel", relays=("state television",), mod="future"),
    E("The government has blamed", "blamed", "ACCUSE", "allege", ("The government", "CUB", "GOV"),
      ("U.S.", "USA", "GOV"), None, None),
    E("State Department rejected that claim", "rejected", "REJECT", None, ("The U.S. State Department", "USA", "GOV"),
      None, None, None, relays=("a department spokesperson", "Reuters")),
    E("urged Havana to respect", "urged", "REQUEST", None, ("The U.S. State Department", "USA", "GOV"),
      ("Havana", "CUB", "GOV"), None, None, relays=("a department spokesperson", "Reuters"), mod="demanded"),
    E("Mexico and Venezuela sent fuel", "sent", "AID", None, ("Mexico and Venezuela", None, "GOV"), None, None, None,
      speaker="the Cuban foreign ministry", mod="reported"),
    E("thousands of Cubans took to the streets", "took to the streets", "PROTEST", "demo",
      ("thousands of Cubans", "CUB", "CVL"), None, mo("2021-07", True), None),
    E("people were detained and hundreds", "detained", "COERCE", "arrest", None,
      ("More than 1,000 people", "CUB", "CVL"), yr("2021"), None),
    E("hundreds were later sentenced", "sentenced", "SANCTION", "convict", None, ("hundreds", "CUB", "CVL"), None,
      None),
  ])

A("33", "Reuters", "2024-07-02",
  "Hurricane Beryl flattens Carriacou; Grenada imposes curfew as neighbours send aid",
  "Hurricane Beryl flattens Carriacou; Grenada imposes curfew as neighbours send aid\n"
  "ST. GEORGE'S, Grenada, July 2 (Reuters) - Hurricane Beryl destroyed nearly every house on Grenada's island "
  "of Carriacou on Monday, cutting off communications and killing at least three people, Prime Minister Dickon "
  "Mitchell said on Tuesday.\n"
  "\"In half an hour, Carriacou was flattened,\" Mitchell told reporters. The government declared a national "
  "emergency and imposed a dusk-to-dawn curfew on the island to prevent looting.\n"
  "Trinidad and Tobago sent a coast guard vessel with food and water, and Venezuela offered to send rescue "
  "teams, Mitchell said. The Caribbean Disaster Emergency Management Agency said a relief flight would land in "
  "St. George's on Wednesday.\n"
  "Police and volunteers used fishing boats to evacuate the injured to the main island. The storm, which "
  "battered the eastern Caribbean with winds of 150 miles per hour, is forecast to strengthen as it approaches "
  "Jamaica.",
  [
    E("Grenada imposes curfew", "imposes", "COERCE", "curfew", ("Grenada", "GRD", "GOV"), None, None, None,
      cl="gd-curfew"),
    E("neighbours send aid", "send", "AID", None, ("neighbours", None, "GOV"), None, None, None, cl="gd-aid"),
    E("declared a national emergency", "declared", "COERCE", "martial-law", ("The government", "GRD", "GOV"), None,
      None, None),
    E("imposed a dusk-to-dawn curfew", "imposed", "COERCE", "curfew", ("The government", "GRD", "GOV"), None, None,
      P("the island", "Carriacou"), cl="gd-curfew"),
    E("Trinidad and Tobago sent a coast guard", "sent", "AID", None, ("Trinidad and Tobago", "TTO", "GOV"), None,
      None, None, speaker="Mitchell", mod="reported", cl="gd-aid"),
    E("Venezuela offered to send", "offered", "AGREE", None, ("Venezuela", "VEN", "GOV"), None, None, None,
      speaker="Mitchell", mod="reported"),
    E("a relief flight would land", "land", "AID", None, None, None, d("2024-07-03"), P("St. George's", "St. George's"),
      speaker="The Caribbean Disaster Emergency Management Agency", mod="future"),
  ])

A("34", "NTB", "2025-01-25",
  "Storm Ivar batters western Norway, leaving 50,000 without power",
  "Storm Ivar batters western Norway, leaving 50,000 without power\n"
  "BERGEN, Norway (NTB) - Storm Ivar swept across western Norway overnight, ripping roofs off houses, toppling "
  "trees onto roads and leaving about 50,000 homes without electricity, utility companies said on Saturday.\n"
  "Wind gusts of up to 45 metres per second were recorded at Kvitsøy, the Norwegian Meteorological Institute "
  "said. Ferry crossings on the Hardangerfjord were cancelled and the E39 highway was closed between Bergen and "
  "Stord after a landslide.\n"
  "\"The storm attacked the power grid from every direction at once,\" said a spokesman for the utility BKK, "
  "which deployed 300 technicians to repair damaged lines. \"We will not surrender until every customer is "
  "reconnected.\"\n"
  "No one was seriously hurt, police said. Schools in Bergen will reopen on Monday.",
  [])

A("35", "The Herald", "2025-03-17",
  "Celtic storm Ibrox fortress to extend lead as Rangers crumble",
  "Celtic storm Ibrox fortress to extend lead as Rangers crumble\n"
  "Celtic laid siege to the Rangers goal from the first whistle at Ibrox on Sunday and won 3-0 to move 13 "
  "points clear at the top of the Scottish Premiership.\n"
  "Kyogo Furuhashi opened the scoring after 12 minutes, and Daizen Maeda fired home twice after the break as "
  "the visitors tore apart a Rangers defence that surrendered meekly. \"We went to war today and every player "
  "answered the call,\" Celtic manager Brendan Rodgers said.\n"
  "Rangers boss Philippe Clement accused his players of \"giving up\" in the second half and said he would not "
  "resign. Home supporters booed the team off the pitch.\n"
  "Police Scotland said 11 people were arrested inside and around the stadium for pyrotechnics and sectarian "
  "offences.",
  [
    E("11 people were arrested", "arrested", "COERCE", "arrest", None, ("11 people", "GBR", "CVL"),
      d("2025-03-16"), None, speaker="Police Scotland", mod="reported"),
  ])

A("36", "Reuters", "2025-02-20",
  "Grab posts first full-year profit, vows to fend off rivals in food delivery war",
  "Grab posts first full-year profit, vows to fend off rivals in food delivery war\n"
  "SINGAPORE, Feb 20 (Reuters) - Southeast Asian ride-hailing and delivery firm Grab Holdings reported its first "
  "full-year profit on Thursday and said it would keep attacking rivals' market share in food delivery, sending "
  "its shares up 6% in premarket trading.\n"
  "Grab, which operates in eight countries, posted net income of $68 million for 2024, compared with a loss of "
  "$434 million a year earlier. Revenue rose 19% to $2.8 billion.\n"
  "\"We are not going to retreat from any market,\" Chief Executive Anthony Tan told analysts. \"Our competitors "
  "have been warned.\"\n"
  "The company also announced a $500 million share buyback and said talks on a possible merger with "
  "Indonesia's GoTo had not resumed.",
  [])

A("37", "The Jakarta Post", "2025-07-21",
  "Three dead as ferry catches fire off North Sulawesi; police question captain",
  "Three dead as ferry catches fire off North Sulawesi; police question captain\n"
  "MANADO, North Sulawesi (JP) — At least three passengers died and more than 560 were rescued after the "
  "passenger ferry KM Barcelona V caught fire off Talise island on Sunday afternoon, the National Search and "
  "Rescue Agency (Basarnas) said.\n"
  "Navy ships, fishing boats and a police patrol vessel pulled survivors from the sea, many of them wearing "
  "life jackets, as thick black smoke poured from the upper decks.\n"
  "The North Sulawesi Police said they had questioned the captain and four crew members and were investigating "
  "whether the ship had been carrying more passengers than its permitted capacity. \"If we find negligence, we "
  "will not hesitate to name suspects,\" a police spokesman said.\n"
  "Transportation Minister Dudy Purwagandhi said his ministry would audit the operator's entire fleet.",
  [
    E("police question captain", "question", "ACCUSE", "investigate", ("police", "IDN", "COP"),
      ("captain", "IDN", "CVL"), None, None, cl="sul-question"),
    E("they had questioned the captain", "questioned", "ACCUSE", "investigate", (("they", "they had questioned"), "IDN", "COP"),
      ("the captain and four crew members", "IDN", "CVL"), None, None, speaker="The North Sulawesi Police",
      mod="reported", cl="sul-question"),
    E("were investigating whether the ship", "investigating", "ACCUSE", "investigate",
      (("they", "they had questioned"), "IDN", "COP"), None, None, None, speaker="The North Sulawesi Police", mod="reported"),
    E("we will not hesitate to name suspects", "name", "ACCUSE", "allege", (("we", "we will not hesitate"), "IDN", "COP"), None,
      None, None, speaker="a police spokesman", mod="conditional", cond="If we find negligence"),
    E("would audit the operator's", "audit", "ACCUSE", "investigate", ("his ministry", "IDN", "GOV"),
      ("the operator", "IDN", "BUS"), None, None, speaker="Transportation Minister Dudy Purwagandhi",
      mod="future"),
  ])

NP_FRI, NP_SAT = d("2025-03-28"), d("2025-03-29")
A("38", "The Kathmandu Post", "2025-03-29",
  "Two killed as pro-monarchy protest turns violent in Kathmandu; curfew imposed",
  "Two killed as pro-monarchy protest turns violent in Kathmandu; curfew imposed\n"
  "KATHMANDU, March 29 - Two people, including a television camera operator, were killed and more than 110 "
  "injured on Friday when a rally demanding the restoration of the monarchy turned violent at Tinkune, and the "
  "government imposed a curfew on several parts of the Capital.\n"
  "Protesters threw stones at police, set fire to a house, a shopping complex and several vehicles, and "
  "vandalised the offices of two political parties and a media house, police said. Police fired tear gas, "
  "rubber bullets and live rounds in the air.\n"
  "The camera operator, Suresh Rajak, died after the building he was filming from was set ablaze by protesters, "
  "his employer Avenues Television said.\n"
  "Police arrested 51 people, including Rastriya Prajatantra Party leaders Dhawal Shumsher Rana and Rabindra "
  "Mishra. Durga Prasai, who led the rally, is on the run, police said.\n"
  "Home Minister Ramesh Lekhak said the government would not tolerate any attempt to overturn the republic and "
  "that those responsible for the violence would be punished. The Kathmandu Metropolitan City on Saturday fined "
  "former King Gyanendra Shah Rs 793,000 for damage to public property, saying he had instigated the protest.\n"
  "The monarchy was abolished in May 2008, two years after a popular uprising forced Gyanendra to give up "
  "power.",
  [
    E("Two killed as", "killed", "ASSAULT", None, None, ("Two", "NPL", "CVL"), NP_FRI, None, cl="np-kill"),
    E("pro-monarchy protest turns violent", "protest", "PROTEST", "riot", None, None, NP_FRI,
      P("Kathmandu", "Kathmandu"), cl="np-rally"),
    E("curfew imposed\n", "imposed", "COERCE", "curfew", None, None, NP_FRI, None, cl="np-curfew"),
    E("were killed and more than 110", "killed", "ASSAULT", None, None,
      ("Two people, including a television camera operator", "NPL", "CVL"), NP_FRI, P("Tinkune", "Tinkune"),
      cl="np-kill"),
    E("a rally demanding the restoration", "rally", "PROTEST", "riot", None, None, NP_FRI, P("Tinkune", "Tinkune"),
      cl="np-rally"),
    E("government imposed a curfew", "imposed", "COERCE", "curfew", ("the government", "NPL", "GOV"), None, NP_FRI,
      P("the Capital", "Kathmandu"), cl="np-curfew"),
    E("Protesters threw stones at police", "threw", "PROTEST", "riot", ("Protesters", "NPL", "OPP"),
      ("police", "NPL", "COP"), NP_FRI, P(("KATHMANDU", 1), "Kathmandu"), speaker=("police", "media house, police"),
      mod="reported"),
    E("set fire to a house", "set fire", "PROTEST", "riot", ("Protesters", "NPL", "OPP"), None, NP_FRI,
      P(("KATHMANDU", 1), "Kathmandu"), speaker=("police", "media house, police"), mod="reported"),
    E("vandalised the offices", "vandalised", "PROTEST", "vandalize", ("Protesters", "NPL", "OPP"),
      ("the offices of two political parties and a media house", "NPL", None), NP_FRI,
      P(("KATHMANDU", 1), "Kathmandu"), speaker=("police", "media house, police"), mod="reported"),
    E("Police fired tear gas, rubber", "fired", "ASSAULT", "crowd-control", ("Police", "NPL", "COP"), None, NP_FRI,
      P(("KATHMANDU", 1), "Kathmandu")),
    E("was set ablaze by protesters", "set ablaze", "PROTEST", "riot", ("protesters", "NPL", "OPP"),
      ("the building", "NPL", None), NP_FRI, None, speaker="his employer Avenues Television", mod="reported"),
    E("Police arrested 51 people", "arrested", "COERCE", "arrest", ("Police", "NPL", "COP"),
      ("51 people, including Rastriya Prajatantra Party leaders Dhawal Shumsher Rana and Rabindra Mishra", "NPL",
       "OPP"), wk("2025-W13"), None),
    E("who led the rally", "led", "PROTEST", "riot", ("who", "NPL", "OPP"), None, NP_FRI, None,
      speaker=("police", "on the run, police"), mod="reported", cl="np-rally"),
    E("would not tolerate any attempt", "tolerate", "THREATEN", None, ("the government", "NPL", "GOV"), None, None,
      None, speaker="Home Minister Ramesh Lekhak", mod="threatened"),
    E("attempt to overturn the republic", "overturn", "COERCE", None, None, None, None, None,
      speaker="Home Minister Ramesh Lekhak", mod="hypothetical"),
    E("would be punished", "punished", "THREATEN", "arrest", ("Home Minister Ramesh Lekhak", "NPL", "GOV"),
      ("those responsible for the violence", "NPL", "OPP"), None, None, speaker="Home Minister Ramesh Lekhak",
      mod="threatened"),
    E("responsible for the violence", "violence", "PROTEST", "riot", None, None, NP_FRI, None,
      speaker="Home Minister Ramesh Lekhak", mod="reported", cl="np-rally"),
    E("on Saturday fined", "fined", "SANCTION", None, ("The Kathmandu Metropolitan City", "NPL", "GOV"),
      ("former King Gyanendra Shah", "NPL", "OPP"), NP_SAT, P(("KATHMANDU", 1), "Kathmandu")),
    E("he had instigated the protest", "instigated", "ACCUSE", "allege",
      ("The Kathmandu Metropolitan City", "NPL", "GOV"), (("he", "he had instigated"), "NPL", "OPP"), NP_SAT, None),
    E("instigated the protest", "protest", "PROTEST", "riot", None, None, NP_FRI, None,
      speaker="The Kathmandu Metropolitan City", mod="reported", cl="np-rally"),
    E("The monarchy was abolished", "abolished", "COERCE", None, None, ("The monarchy", "NPL", "GOV"),
      mo("2008-05", True), None),
    E("a popular uprising forced", "uprising", "PROTEST", "demo", None, None, yr("2006"), None),
    E("to give up power", "give up power", "RETREAT", "resign", ("Gyanendra", "NPL", "GOV"), None, yr("2006"), None),
  ])

BD = d("2024-12-23")
A("39", "The Daily Star", "2024-12-24",
  "Dhaka sends note verbale to Delhi seeking Hasina's return",
  "Dhaka sends note verbale to Delhi seeking Hasina's return\n"
  "Bangladesh formally asked India yesterday to send back ousted prime minister Sheikh Hasina to face trial over "
  "the killing of protesters during the July uprising, Foreign Adviser Touhid Hossain said.\n"
  "\"We have sent a note verbale to the Indian government saying that Bangladesh wants her back here for the "
  "judicial process,\" he told reporters at the foreign ministry in Dhaka.\n"
  "The International Crimes Tribunal in Dhaka issued an arrest warrant for Hasina in October on charges of "
  "crimes against humanity. She fled to India by military helicopter on August 5 as protesters stormed her "
  "official residence, Ganabhaban.\n"
  "India's external affairs ministry confirmed it had received the note but declined to comment further, the "
  "Press Trust of India news agency reported, citing a ministry spokesperson.\n"
  "Hasina's Awami League party rejected the charges as \"politically motivated\" and accused the interim "
  "government led by Muhammad Yunus of persecuting its leaders and supporters. \"If the interim government "
  "continues this witch-hunt, our people will resist it on the streets,\" party leader Mohammad Ali Arafat said "
  "in a post on X.\n"
  "Home Adviser Jahangir Alam Chowdhury said the government had also requested Interpol to issue a red notice. "
  "At least 19 Awami League activists were arrested in raids across the country on Monday, police said.",
  [
    E("Dhaka sends note verbale", "sends", "REQUEST", None, ("Dhaka", "BGD", "GOV"), ("Delhi", "IND", "GOV"), BD,
      None, mod="demanded", cl="bd-request"),
    E("Bangladesh formally asked India", "asked", "REQUEST", None, ("Bangladesh", "BGD", "GOV"), ("India", "IND", "GOV"),
      BD, None, speaker="Foreign Adviser Touhid Hossain", mod="demanded", cl="bd-request"),
    E("the killing of protesters during", "killing", "ASSAULT", None, None, ("protesters", "BGD", "CVL"),
      mo("2024-07", True), None, speaker="Foreign Adviser Touhid Hossain", mod="reported", cl="bd-killing"),
    E("during the July uprising", "uprising", "PROTEST", "demo", None, None, mo("2024-07", True), None,
      speaker="Foreign Adviser Touhid Hossain", mod="reported"),
    E("We have sent a note verbale", "sent", "REQUEST", None, ("We", "BGD", "GOV"),
      ("the Indian government", "IND", "GOV"), BD, None, speaker=("he", "he told reporters"), mod="demanded",
      cl="bd-request"),
    E("issued an arrest warrant for Hasina", "warrant", "ACCUSE", "allege",
      ("The International Crimes Tribunal in Dhaka", "BGD", "JUD"), ("Hasina", "BGD", "OPP"), mo("2024-10", True),
      P("Dhaka", "Dhaka")),
    E("as protesters stormed her official", "stormed", "PROTEST", "riot", ("protesters", "BGD", "CVL"),
      ("her official residence", "BGD", "GOV"), d("2024-08-05", True), None),
    E("declined to comment further", "declined", "REJECT", None, ("India's external affairs ministry", "IND", "GOV"),
      None, None, None, relays=("a ministry spokesperson", "the Press Trust of India news agency")),
    E("rejected the charges as", "rejected", "REJECT", None, ("Hasina's Awami League party", "BGD", "OPP"), None,
      None, None),
    E("accused the interim", "accused", "ACCUSE", "allege", ("Hasina's Awami League party", "BGD", "OPP"),
      ("the interim government led by Muhammad Yunus", "BGD", "GOV"), None, None),
    E("of persecuting its leaders", "persecuting", "COERCE", None,
      ("the interim government led by Muhammad Yunus", "BGD", "GOV"), ("its leaders and supporters", "BGD", "OPP"),
      None, None, speaker="Hasina's Awami League party", mod="reported"),
    E("our people will resist it on the streets", "resist", "THREATEN", None, ("our people", "BGD", "OPP"),
      ("the interim government", "BGD", "GOV"), None, None, speaker="party leader Mohammad Ali Arafat",
      relays=("X",), mod="threatened"),
    E("had also requested Interpol", "requested", "REQUEST", None, ("the government", "BGD", "GOV"),
      ("Interpol", None, "IGO"), None, None, speaker="Home Adviser Jahangir Alam Chowdhury", mod="demanded"),
    E("activists were arrested in raids", "arrested", "COERCE", "arrest", None,
      ("At least 19 Awami League activists", "BGD", "OPP"), BD, P("the country", "Bangladesh"), speaker="police",
      mod="reported"),
    # relabel61 (d): the note India "had received" is Dhaka's request told again, on its noun, the receiver its recipient
    E("it had received the note", "note", "REQUEST", None, (("Bangladesh", "Bangladesh formally asked"), "BGD", "GOV"),
      (("it", "it had received the note"), "IND", "GOV"), BD, None,
      speaker="India's external affairs ministry", relays=("a ministry spokesperson", "the Press Trust of India news agency"),
      mod="demanded", cl="bd-request"),
  ])

MA_WED, MA_TUE = d("2025-10-01"), d("2025-09-30")
A("40", "Associated Press", "2025-10-02",
  "Morocco says police killed two who stormed gendarmerie post as youth protests spread",
  "Morocco says police killed two who stormed gendarmerie post as youth protests spread\n"
  "RABAT, Morocco (AP) — Moroccan security forces shot dead two people who tried to storm a gendarmerie post "
  "and seize weapons in the town of Lqliaa near Agadir on Wednesday night, the Interior Ministry said, as "
  "youth-led protests over health and education spending spread to more than a dozen cities.\n"
  "The ministry said the gendarmes had acted in self-defense after attackers armed with knives and Molotov "
  "cocktails set part of the building on fire. Rights groups said the dead were young protesters and called for "
  "an independent inquiry.\n"
  "Interior Ministry spokesman Rachid El Khalfi said 409 people had been arrested since Saturday. \"Any attack "
  "on public institutions will be met with the full force of the law,\" he said on state television.\n"
  "The GenZ 212 movement, which organizes on the Discord platform, called on supporters to keep marching "
  "peacefully and demanded the resignation of Prime Minister Aziz Akhannouch's government.\n"
  "Akhannouch said on Thursday that his government was ready for dialogue with the young protesters \"in "
  "institutions and public spaces.\"\n"
  "In Inzegane, masked youths looted shops and torched cars late on Tuesday, local media reported.",
  [
    E("police killed two who", "killed", "ASSAULT", None, ("police", "MAR", "COP"), ("two", "MAR", "CVL"), MA_WED,
      None, speaker="Morocco", mod="reported", cl="ma-kill"),
    E("who stormed gendarmerie post", "stormed", "PROTEST", "riot", ("who", "MAR", "CVL"),
      ("gendarmerie post", "MAR", "COP"), MA_WED, None, speaker="Morocco", mod="reported", cl="ma-storm"),
    E("youth protests spread\n", "protests", "PROTEST", "demo", None, None, None, None, cl="ma-protests"),
    E("forces shot dead two people", "shot dead", "ASSAULT", "firearms",
      ("Moroccan security forces", "MAR", "COP"), ("two people", "MAR", "CVL"), MA_WED, P("Lqliaa", "Lqliaa"),
      speaker="the Interior Ministry", mod="reported", cl="ma-kill"),
    E("who tried to storm a gendarmerie", "storm", "PROTEST", "riot", ("who", "MAR", "CVL"),
      ("a gendarmerie post", "MAR", "COP"), MA_WED, P("Lqliaa", "Lqliaa"), speaker="the Interior Ministry",
      mod="reported", cl="ma-storm"),
    E("and seize weapons", "seize", "COERCE", "seize", ("who", "MAR", "CVL"), None, MA_WED, P("Lqliaa", "Lqliaa"),
      speaker="the Interior Ministry", mod="reported"),
    E("youth-led protests over health", "protests", "PROTEST", "demo", None, None, None, None, cl="ma-protests"),
    E("cocktails set part of the building", "set", "PROTEST", "riot",
      ("attackers armed with knives and Molotov cocktails", "MAR", "CVL"), ("the building", "MAR", "COP"), MA_WED,
      None, speaker="The ministry", mod="reported"),
    E("called for an independent inquiry", "called for", "REQUEST", None, ("Rights groups", "MAR", "NGO"), None,
      None, None, mod="demanded"),
    E("409 people had been arrested", "arrested", "COERCE", "arrest", None, ("409 people", "MAR", "CVL"), None,
      None, speaker="Interior Ministry spokesman Rachid El Khalfi", mod="reported"),
    E("will be met with the full force", "met", "THREATEN", "arrest", (("he", "he said on state"), "MAR", "GOV"),
      None, None, None, speaker=("he", "he said on state"), relays=("state television",), mod="threatened"),
    E("Any attack on public institutions", "attack", "ASSAULT", None, None, ("public institutions", "MAR", "GOV"),
      None, None, speaker=("he", "he said on state"), relays=("state television",), mod="hypothetical"),
    E("called on supporters to keep", "called on", "REQUEST", None, ("The GenZ 212 movement", "MAR", "CVL"),
      ("supporters", "MAR", "CVL"), None, None, mod="demanded"),
    E("to keep marching", "marching", "PROTEST", "demo", ("supporters", "MAR", "CVL"), None, None, None,
      speaker="The GenZ 212 movement", mod="future"),
    E("demanded the resignation of Prime", "demanded", "REQUEST", "change", ("The GenZ 212 movement", "MAR", "CVL"),
      ("Prime Minister Aziz Akhannouch's government", "MAR", "GOV"), None, None, mod="demanded"),
    E("was ready for dialogue", "ready", "AGREE", None, ("his government", "MAR", "GOV"),
      ("the young protesters", "MAR", "CVL"), d("2025-10-02"), P(("RABAT", 1), "Rabat"), speaker="Akhannouch",
      mod="reported"),
    E("masked youths looted shops", "looted", "PROTEST", "vandalize", ("masked youths", "MAR", "CVL"),
      ("shops", "MAR", "BUS"), MA_TUE, P("Inzegane", "Inzegane"), speaker="local media", mod="reported"),
    E("torched cars late on Tuesday", "torched", "PROTEST", "riot", ("masked youths", "MAR", "CVL"), None, MA_TUE,
      P("Inzegane", "Inzegane"), speaker="local media", mod="reported"),
  ])


def check_partition(batch: Batch) -> None:
    """Real texts: ECB+ only from topics 10, 25, 29 and 31, at most three."""
    ecb = [a["source"] for a in batch.articles if a["source"].startswith("ecbplus:")]
    assert len(ecb) <= 3, ecb
    assert all(re.match(r"ecbplus:(10|25|29|31)_", s) for s in ecb), ecb


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_r-24": [
            E("in a trial that critics call", "trial", "ACCUSE", "allege", None, None, d("2025-04-19"), None),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    BATCH.write()


if __name__ == "__main__":
    main()
