"""Build tests/data/records/rec_s.jsonl: gold whole-record events (batch rec_s).

rec_s was a BLIND SET, labelled on 2026-12-05 (branch ``blind_s``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read and
no system output looked at. It waited in ``blind/`` and was run twice, at
the start and the end of the nineteenth session (docs/BENCHMARKS.md, "Where
things stand"); since then it is development data like rec_a..rec_r:

    eventwire eval records --data tests/data/records/rec_s.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: GeoVirus
  Wikinews articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only
  the text is copied, none of GeoVirus' annotation), one MEANTIME Wikinews
  article (``meantime:<doc_id>``, CC BY 4.0) and two ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 10 and 31, at most three).
  No document used by rec_a..rec_r, nor one listed in
  tests/data/records/read_docs.txt, is used again (``check_unused``). A text with no headline line takes its first sentence
  as title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in West, East and Southern
  Africa, South and Central America, East Asia, Oceania and the Balkans.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section, docs/annotation.md's rec_r decisions and the "rec_s"
decisions there. Spans are located by needle strings, never by
hand-counted offsets (the conventions of tests/data/records/needles.py,
which write rec_s.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames'
country point, other features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_s.py
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
    'Benin': (9.5, 2.25),
    'Tanzania': (-6.0, 35.0),
    'Lesotho': (-29.5, 28.25),
    'Botswana': (-22.0, 24.0),
    'Peru': (-10.0, -76.0),
    'Colombia': (4.0, -72.0),
    'Guatemala': (15.5, -90.25),
    'Japan': (35.69, 139.75),
    'Taiwan': (24.0, 121.0),
    'Cook Islands': (-16.08, -161.78),
    'Bosnia': (44.25, 17.83),
    'North Macedonia': (41.67, 21.75),
    'Albania': (41.0, 20.0),
    'Liberia': (6.5, -9.5),
    'Uganda': (1.25, 32.5),
    'Kenya': (1.0, 38.0),
    'Philippines': (13.0, 122.0),
    'United States': (39.76, -98.5),
    # cities and other features
    'Manila': (14.60, 120.98),
    'New Orleans': (29.95, -90.08),
    'Bihar': (25.75, 85.75),  # ADM1, approximate
    'Midrand': (-25.99, 28.13),
    'Iowa': (42.0, -93.5),  # ADM1, approximate
    'Innisfail': (-17.52, 146.03),
    'Cotonou': (6.37, 2.42),
    'Porto-Novo': (6.50, 2.60),
    'Dar es Salaam': (-6.82, 39.27),
    'Arusha': (-3.37, 36.68),
    'Mwanza': (-2.52, 32.90),
    'Dodoma': (-6.17, 35.74),
    'Maseru': (-29.32, 27.48),
    'Mafeteng': (-29.82, 27.24),
    'Gaborone': (-24.65, 25.91),
    'Santa Rosa': (-4.22, -69.95),  # Santa Rosa island, Amazon river, approximate
    'Leticia': (-4.22, -69.94),
    'Lima': (-12.04, -77.03),
    'Bogota': (4.61, -74.08),
    'Guatemala City': (14.64, -90.51),
    'Fraijanes': (14.46, -90.44),
    'Tokyo': (35.69, 139.69),
    'Beijing': (39.91, 116.40),
    'Seoul': (37.57, 126.98),
    'Pyongyang': (39.03, 125.75),
    'Taipei': (25.05, 121.53),
    'Tainan': (22.99, 120.21),
    'Penghu': (23.57, 119.58),  # Penghu islands, approximate
    'Rarotonga': (-21.23, -159.78),
    'Wellington': (-41.29, 174.78),
    'Sarajevo': (43.85, 18.36),
    'Banja Luka': (44.78, 17.19),
    'Belgrade': (44.80, 20.47),
    'Kocani': (41.92, 22.41),
    'Skopje': (42.00, 21.43),
    'Tirana': (41.33, 19.82),
    'Monrovia': (6.30, -10.80),
    'Kampala': (0.32, 32.58),
    'Nairobi': (-1.28, 36.82),
    'San Jose': (9.93, -84.08),
    'Sapporo': (43.06, 141.35),
    'Hokkaido': (43.5, 143.0),  # ADM1, approximate
    'Suva': (-18.14, 178.44),
    'Avarua': (-21.21, -159.78),
    'Paramaribo': (5.87, -55.17),
    'Taiwan Strait': (24.5, 119.5),  # approximate
    'Senkaku': (25.75, 123.5),  # Senkaku (Diaoyu) islands, approximate
}

BATCH = Batch("rec_s", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'geovirus:geovirus-198': 'The H1N1 outbreak of swine flu, which began in Mexico this April, has now spread across the globe. There have been at least 3,330 deaths from the swine flu since the virus started spreading, out of almost 316,000 total reported cases. Nine countries — Australia, Brazil, France, Italy, New Zealand, Norway, Switzerland, the UK, and the US — have promised to send ten percent of their antiviral vaccine supply to other countries, should the latter be in need of it. The plan was agreed to "in recognition that diseases know no borders and that the health of the American people is inseparable from the health of people around the world," a statement by the US government read. In an in-depth report, Wikinews takes a look at how the disease has affected countries around the world. As of Wednesday, Brazil has registered 899 deaths from the swine flu, making it the hardest-hit country in terms of fatalities. The city of Sao Paulo reported 327 deaths, and Rio de Janeiro 84. However, the country\'s health ministry also said that the rate of serious cases "fell for the fifth straight week." Brazil had surpassed the United States, which has 593 deaths, in number of total fatalities from the outbreak late in August. Argentina, Brazil\'s neighbour to the south, has 512 deaths from the H1N1 virus. 10,000 cases of swine flu were confirmed across China since the outbreak began. The number of infections seems to be increasing quickly. Communications director for the World Health Organisation Vivian Tan said that "in the last week or so, the increase has been quite quick," attributing the rise to a small decrease in temperatures as fall sets in, as well as students returning to school after summer breaks. China\'s official news agency Xinhua reported that 1,118 new cases of the influenza were reported in a two-day period earlier in the week, adding that a vast majority of the cases had been transmitted in China, not by persons entering the country from abroad. All 31 of China\'s provinces have reported instances of the flu. The disease initially seemed to be limited to large cities, but recently has started moving into more rural areas. No casualties from the swine flu have yet been confirmed in China. The office of France\'s president Nicolas Sarkozy said that the country would pledge up to one tenth or nine million of its 94 million antiviral vaccine doses to the World Health Organisation, to be distributed to countries with fewer vaccine supplies if needed. International solidarity "will be a determining factor in reducing the health, economic and social impact of the pandemic," according to a statement released by the government. On Wednesday, eleven people had been reported dead from the virus in India, taking the country\'s death toll up to 212 people. The number of people infected with the influenza is now estimated at 6,800. India\'s health ministry on Tuesday said that the Tamiflu drug would be on sale in the open market within seven days, allowing for a "restricted sale" of the drug. An unnamed official said that "it is expected that within the next five to seven days, both the drugs would be available in the retail market through identified chemists against proper medical prescriptions. "Taking into account the current spread of the influenza A(H1N1) in the country, the health ministry has decided that retail sale of Tamiflu and Zanamivir should be allowed in the country but in a regulated manner," he said. Previously, distribution of Tamiflu was prohibited by the government, and access to it was only available through public health institutions. At least 70 people in Kenya have the swine flu, according to local health official. In the latest outbreak, twenty high school students came down with the virus and had to be quarantined on Thursday. "A majority of the affected students who are in Forms One and Two were treated and advised to remain under bed rest to minimise further spread of the disease among the student community," said the director of Public Health, Dr. Shanaaz Shariff. However, he said that the students\' illness was "not too serious to warrant hospitalisation." Security guards were placed around the school the students were isolated in, with orders only to allow medical personnel to enter the premises. Kenya\'s capital Nairobi has been the worst hit by the flu, having reported forty cases. Other cities affected by the flu are Kisumu and Rift Valley, who have reported eighteen and ten cases of the H1N1 virus, respectively. Mexico, the country in which the outbreak initially started, has 25,214 reported cases and 217 fatalities from the virus. Some recent cases have forced schools to close down. Jose Angel Cordova, the Mexican health secretary, said that the virus could infect as many as five million of Mexico\'s 107 million people, and, in a worst-case scenario, cause up to 2,000 deaths. His estimate is higher than his previous prediction of 1 million cases and 1,000 deaths, made last month. About five thousand new cases of swine flu were reported in the United Kingdom in recent weeks, reversing a declining trend in the number of new infections. Health officials have suggested this could lead up to a second outbreak of the virus. "We don\'t know whether this is the start of the next big wave that we were expecting this autumn but it is certainly something that\'s giving us concern. It will probably be a week or two before we see whether this increase is sustained." said Liam Donaldson, the Chief Medical Officer. Health authorities have said that at least 25 cases appear to have been resistant to the Tamiflu drug prescribed to treat the illness. Donaldson said that "the positive side of it is that so far these have not been strains that have then gone on and affected other patients, they have stayed with the patient in which they were isolated. What would worry us is if we got a resistant strain that then started infecting people like the rest of the cases of flu that have occurred." The UK is one of several countries that have pledged up to one tenth of their vaccine stock to to other countries if they are in need of more supplies. "Britain recognizes that H1N1 is a global pandemic which requires a global response," the International Development Secretary, Douglas Alexander, said. "Solidarity with other nations is vital, particularly the poorest who may be most vulnerable and have least capacity to respond." The US government recently bought 195 million doses of swine flu vaccine. Health Care Secretary Kathleen Sebelius said that free shots will be given out early in October. The vaccination is to be voluntary, but priority will be given to certain groups, such as toddlers and children, adults over the age of 65, and pregnant women, who are considered especially vulnerable to the virus. "We remain confident that the United States will have sufficient doses of the vaccine to ensure that every American who wants a vaccine is able to receive one," a White House statement said. As of September 16, the US had 593 deaths from the flu. 144 people in Vietnam were diagnosed with the swine flu on Wednesday, bringing the total number of infected people in the country to 5,648. This week, the number of affected people has increased by 1104 infections or 6.3%. Nguyen Tran Hien, the director of the Central Institute of Hygiene Epidemiology, predicted that the swine flu would peak at the end of 2009 and the beginning 2010. The Vietnamese Ministry of Health called for more research into a swine flu vaccine, and urged the the National Steering Board on Flu Prevention in Humans to give out more doses of the drug Tamiflu to areas hardest hit by the flu.',
    'geovirus:geovirus-187': 'The H1N1 swine flu virus has now spread to 66 different countries throughout the globe, with at least 19,273 confirmed cases and 117 deaths having been reported according to the latest World Health Organisation (WHO) tally. A majority of the cases were reported by the United States, which now has at least 10,053 confirmed infections from the disease. Egypt, Bulgaria, and Nicaragua each reported their first case, while Lebanon reported three. The WHO\'s pandemic alert level is at the fifth level, on a scale of one to six. In order for a transition for the highest level to be made, the organisation must confirm a significant spread of swine flu in at least two continents. The WHO has recently been under pressure to include the severity of a disease spread to its criteria, not just the geographical spread of a virus. The WHO said that its committee had agreed that a statement on the strength of an epidemic should be made in any future pandemic declarations. "There was a broad consensus on the importance of including information on severity in future announcements," the WHO said in a statement. Australian health minister Nicola Roxon said that there are currently 878 confirmed cases of the influenza in Australia. The bulk of the cases have been in the state of Victoria, which has 752 infected persons. New South Wales is the second, with 74 infections. Roxon predicted that the swine flu will be a problem in the next two winters, despite efforts to curb its spread. "I would have thought we\'re not at the halfway point, given that we still don\'t have an extensive spread in Australia," Roxon said. "We are only part way, but closer, to having a vaccine and we are still prepared to put all our efforts into containing the disease as much as possible." Roxon said that Australia\'s hospitals will start taking samples from people infected with the flu to monitor its spread. She said that "it gives us the tools to monitor how much of the flu in the coming weeks is seasonal flu, how much is actually this H1N1 strain, and we will simply have to keep monitoring that over the coming months." Roxon added that "this is a time to be cautious, where the combination of the flus might turn it into something much less virulent or something more virulent." Meanwhile, Singapore has urged its residents not to travel to Victoria. A warning at the government website said that Melbourne and Victoria were affected by the disease, and advised any Singapore residents returning from those areas to keep an eye on their health for swine flu symptoms. The health ministry of Brazil announced on Tuesday that the number of infected people in the country has been increased to 23 after two new cases were confirmed. 25 people are also suspected to be infected. The ministry said that both new patients are in stable condition, and had both been infected after traveling to the U.S. Of Brazil\'s H1N1 cases, nine are in São Paulo, seven in Rio de Janeiro, four in Santa Catarina, and one apiece in Rio Grande do Sul, Tocantins, and Minas Gerais. Seven of the cases had been transmitted domestically. 1,795 laboratory-confirmed cases of H1N1 were reported in three territories and nine provinces of Canada as of Wednesday. The federal health minister, Leona Aglukkaq, pledged on Friday to give CA$10.8 million to help fight the flu. The Canadian government is creating a new swine flu network to help connect health officials with researchers. "These projects will have huge benefits [...] They will help public health officials across Canada in their efforts to plan, design and evaluate interventions to control the spread of the virus and protect the health of Canadians," Aglukkaq said. Almost four hundred swine flu cases in the South American country of Chile have been reported, local health officials say. The Institute of Public Health in Santiago reported that 393 cases were confirmed in the country in a statement on its website. The institute said that while 98% of cases were only "mild", about two percent of all infections were fatal. Swine flu cases in Chile have increased twofold within the last seven days. New Zealand now has eleven confirmed cases of the swine flu. A further 63 are in quarantine and have been prescribed the antiviral drug oseltamivir (which goes by the trade name of Tamiflu). Health officials from the Philippines said that seven more people tested positive for the influenza on Thursday, increasing the number of confirmed infections from the disease in the country to 29. There are a further 47 laboratory results pending confirmation. Francisco Duque, the Philippines\' health secretary, said six of the cases were in Filipinos who had returned from visits to the U.S. "With further characterization of the virus in our local cases, if we see that A/H1N1 poses no severe threat and is self-limited in most cases, we may be seeing a shift in our control strategy to outpatient and home management of patients showing only mild symptoms," Duque said. Russia has reported its first case of the flu, in an unidentified 28-year-old man who had recently been in New York. The man had initially passed a medical check when he arrived at Moscow\'s Sheremetyevo International Airport last Monday, but began to feel ill two days later and was hospitalised the same day. It is currently uncertain how he obtained the virus. Russian officials are currently screening flights that have departed from "countries of concern", including all countries in the Americas, as well as Japan and Spain. People arriving on flights from such countries have their temperatures checked by remote sensors, and those with high temperatures are hospitalised and tested for the H1N1 virus. Over a score of people so far have been identified as having symptoms of the disease, but all of them were cleared after later tests. Turkey\'s first case happened on May 16 when a passenger flying from United States to Iraq through a connected flight over Turkey entered to İstanbul Atatürk International Airport. With the latest arrival of 2 Turkish passengers from New York and Toronto on June 3, the number of confirmed cases increased to 10. The Turkish Ministry of Health reported that no infections related for human-to-human transfer of the virus are observed until now and the hospitalized cases are treated in a dedicated hospital in Istanbul. 486 people have been confirmed as infected with the H1N1 virus in the United Kingdom. 27 new cases in England were confirmed recently. Five people in the Glasgow area have been hospitalised. Three of them are in intensive care, although one man recently improved and was moved into to high dependency. A 44-year-old woman, who is said to have had underlying health conditions, is also in high dependency, at the Royal Alexandra Hospital, in Paisley. Scotland is the part of the UK with the highest ratio of affected people to population. The U.S. is the country with the highest number of confirmed swine flu infections. The U.S. Centers for Disease Control and Prevention reported that at least 27 people have died from the virus, and a further 13,271 cases have been reported throughout the country. All fifty states, as well as two territories, have reported cases. The state of Wisconsin has been the worst hit, with 2,217 infections, as well as three additional suspected cases. "What is unusual today is not that there has been a death from influenza. Over 37,000 people die in the United States each year of seasonal influenza, and the rates of death and illness from this novel H1N1 strain does not appear to be radically different," said Seth Foldy, a Wisconsin health official. "What is unusual this year is that influenza continues to be widely circulating in Wisconsin and many, many other states this late in the year." Vietnam\'s fourth swine flu infection was confirmed on Thursday, in a six-year-old girl in Vietnam\'s capital of Ho Chi Minh City, a local media report said. The child is currently receiving treatment. All of the infected patients had recently traveled to the United States.',
    'geovirus:geovirus-152': 'Global animal and health authorities\' emergency mission to the Philippines is investigating whether the strain of deadly Ebola Reston virus, recently discovered in dead pigs, poses a threat to human health. Unlike more-deadly strains of Ebola virus, Philippine health officials say this particular strain, known as the Reston ebolavirus, has never caused human illness or death, and it\'s not immediately clear there is a public-health issue. A 22-member team of experts from three United Nations agencies arrived in Manila on Tuesday for a joint risk assessment on the virus contamination of local swine, to help the government contain the outbreak. The mission will coordinate with the Philippine counterparts - the Departments of Agriculture and Health. According to chief veterinary officer, Davinio P. Catbagan, six of 28 swine samples tested positive for Ebola-Reston by the U.S. Department of Agriculture laboratory. The infected pigs came from two commercial and two backyard farms in three provinces north of Manila. Both Ebola and related Marburg hemorrhagic fever, are considered to infect humans via primates. The Straits Times reported that as of December, about 6,000 pigs at Pandi, Bulacan and Talavera farms had tested positive for the Ebola-Reston virus. "Eating pork remained safe as long as it is handled and cooked properly (at a minimum of 70 degrees Celsius or 158 degrees Fahrenheit) and bought in outlets accredited by the government\'s National Meat Inspection Service," said a joint statement by the World Health Organisation (WHO), World Organisation for Animal Health (OIE) and Food and Agriculture Organisation (FAO). "Our teams are doing field and laboratory investigation to determine where the Ebola-Reston virus came from and how it was transmitted," Caroline-Anne Coulombe, WHO risk communications officer, explained. According to FAO team leader, Juan Lubroth, it was the first time that the Ebola-Reston virus strain had infected animals other than monkeys and the first recorded worldwide in swine. The U.N. mission is scheduled to perform 10 days scientific tests, on two hog farms in Manaoag, Pangasinan and Pandi, Bulacan, but it would take months to publish evaluation reports on the virus. As early as May, a high incidence of swine sickness and death in three provinces caused Philippine authorities in August to send samples from the dead pigs to the NY Plum Island Animal Disease Center. The results found the presence of several diseases, including Ebola Reston virus and PRRS. In late October laboratory tests confirmed that pigs in Nueva Ecija and Bulacan farms were infected with the Ebola-Reston virus and the highly virulent strain of Porcine Reproductive and Respiratory Syndrome Virus (PRRS). In early 2007 pigs on those farms died at a faster rate than usual amid the conducted lab tests. PRRSV, or Blue-Ear Pig Disease, is a viral and economically important pandemic disease which causes reproductive failure in breeding stock and respiratory tract illness in young pigs. Initially referred to as \'mystery swine disease\' or \'mystery reproductive syndrome\', it was first reported in 1987 in North America and central Europe. The disease costs the United States swine industry around $600 million annually. In December, the Philippine health authorities conducted testing of about 10,000 swine in two northern Luzon quarantined farms. Reuters reported that "the Ebola-Reston virus in some pigs in two commercial farms and two backyard farms in the Philippines were discovered by accident in United States laboratory tests in September, when samples were sent to test another disease." Ebola virus is one of at least 18 known viruses capable of causing the viral hemorrhagic fever syndrome. It is the common term for a group of viruses belonging to genus Ebolavirus, family Filoviridae, and for the disease which they cause, Ebola hemorrhagic fever. The virus is named after the Ebola River where the first recognized outbreak of Ebola hemorrhagic fever occurred in 1976. The viruses are characterized by long filaments and have a similar shape to the Marburg virus, also in the family Filoviridae, and share similar disease symptoms. Since its discovery, Ebolavirus has been responsible for a number of deaths. In the central Democratic Republic of Congo (DRC), the highly contagious Ebola virus was first detected in September, according to Medecins Sans Frontieres. "As of Tuesday January 7, a total of 42 patients have been reported with suspected Ebola haemorrhagic fever in the province of Western Kasai. 13 of these 42 patients suspected of having Ebola have died," it said. The Reston ebolavirus is suspected of being either another subtype of the Ebola or a new filovirus of Asian origin. It was first discovered in crab-eating macaques originating in the Philippines, from Hazleton Laboratories (now Covance) in 1989. This discovery attracted significant media attention and led to the publication of The Hot Zone. There was then, an outbreak of viral hemorrhagic fever among monkeys imported from the Philippines to Reston, Virginia. The Ebola-Reston strain was discovered among Philippine monkeys in the U.S. again in 1990 and 1996, and in Italy in 1992. According to the World Health Organization, African strains kill 50 percent to 90 percent of those infected through lethal bleeding and organ failure. “Since the 1970s, scientists, veterinarians, microbiologists and physicians have been looking at thousands of species to see if they can find this elusive reservoir, and we have been pretty much empty-handed,” Juan Lubroth, head of infectious diseases in the animal health unit of the Food and Agriculture Organization in Rome, explained. Despite its status as a Level-4 organism, the Reston ebolavirus is non-pathogenic to humans and is only mildly fatal to monkeys; the perception of its lethality was skewed due to the monkey\'s coinfection with Simian hemorrhagic fever virus (SHFV). During the incident in which it was discovered, six animal handlers eventually became seroconverted, one of whom had cut himself while performing a necropsy on the liver of an infected monkey. When the handler failed to become ill, it was concluded that the virus had a very low pathogenicity to humans. In January 1997, The Philippines Department of Environment and Natural Resources had ordered the immediate slaughter of some 600 monkeys in Ferlite, a breeding farm in Laguna, to prevent an outbreak of the deadly Ebola Reston strain virus. The US Centers for Disease Control and Prevention had donated 8,000 test kits to diagnose the ebola reston strain. "I am more concerned in the international community because we have proven in our December sales that this ebola did not affect consumer confidence," Albert R. T. Lim, president of the National Federation of Hog Farmers, Inc., warned. The Philippines Department of Agriculture (DA) has directed the Bureau of Animal Industry (BAI) and the National Meat Inspection Commission (NMIC) to conduct swine tests in South Cotabato using the US test kits for the Ebola Reston virus, before approval of the "Meat in a Box" shipment to Singapore. The initial export of the meat for December was deferred pending outcome of the ERV tests. Meanwhile, in eight Barangays of Santa Maria, Davao del Sur, in Mindanao, at least 50 pigs died since December due to viral and bacterial infections. Dr. Nestor Barroga, provincial veterinarian, said that he could not however detect yet the type of the infecting virus. The village of Pongpong had the largest number of casualties. Mercy Olalo, a hog raiser, said their pigs would suddenly become weak and eventually die. "The pigs developed red skins and they salivate excessively," she said.',
    'geovirus:geovirus-207': 'Workers are scouring New Orleans for any remaining survivors of Hurricane Katrina, and are vigorously searching for dead bodies. 25,000 body bags have been prepared in advance, in the event that the death toll from Katrina is that high. Temporary warehouses are being set up around the city to deal with corpse storage. In the last twenty-four to thirty-six hours, however, officials have revised downward, at least three times, the estimated death toll; 35,000, 10,000, and now less than 10,000. After the first sweep of the city devoted to recovery of bodies, officials retrieved approximately 800 bodies. Floodwaters are receding, but leaving a great deal of mud and contaminated water in their wake, filled with high levels of bacteria and viruses. All survivors are urged to leave the city. Dr. Julie Gerberding, head of the US Centers for Disease Control and Prevention (CDC), said "If you haven\'t left the city yet, you must do so," and stated that anyone who comes in contact with the toxic water must immediately wash themselves with clean water. If necessary, force will be used to remove all remaining citizens from New Orleans. While Dr. Gerberding\'s statement about mandatory evacuation seems clear, other officials have not been as emphatic. When asked about mandatory evacuations, New Orleans Police Superintendent Eddie Compass, while reaffirming the official word, qualified his statement stating that every reasonable means would be used to logically convince a person that it is in his best interest to evacuate. The superintendent would not comment on whether force would be used if reason failed. Furthermore, utility workers are in the process of re-establishing power to the Central Business District of the city prompting residents in those areas to reconsider the evacuation option. Animal rights campaigners are protesting against evidence that law enforcement officers are killing animals as a form of control. According to HelpingAnimals.com, pets left behind by evacuees are being shot. Residents of Jefferson Parish, and the upper portions of Saint Bernard Parish will be allowed to return permanently to their homes starting on Monday. Conditions in those areas — re-establishment of power, clearing of roads, and abatement of water — have improved to the point of making permanent return possible. Parish President Arron Broussard and Councilor Jennifer Sneed stated that residents should be allowed to return as soon as possible so repairs and rebuilding may begin. Companies are working with the US Federal Emergency Management Agency to provide money and support to the victims of Katrina, in order to ease them into a new life. In addition, a contract for approximately thirty-three million dollars to repair the I-10 span crossing the eastern portion of Lake Pontchartrain has been awarded. Many of the bridge sections, especially on the eastern-facing span, were knocked off their pilings as hurricane Katrina passed close to the city. The contractor expects one span to be repaired and opened for traffic within forty-five days.',
    'geovirus:geovirus-118': 'Torrential monsoon rains for the past 11 days have inundated parts of southeast Asia, heavily flooding areas of India, Nepal, and Bangladesh and affecting over 20 million people. An estimated 1,400 have been killed across the region, as waterborne diseases have proliferated and become highly virulent in the humid and wet conditions. The United Nations Children\'s Fund, UNICEF, is currently providing relief to affected areas. In the Northern Indian states of Bihar and Uttar Pradesh, as many as 12.5 million people have been displaced or affected by flooding. Clashes with police in Bihar have left 20 villagers injured and one man dead, since many are staging protests after being forced from their homes. UNICEF estimates as many as 1,103 may have died in 138 districts throughout northern India. Hospitals are reaching dangerous volumes as disease is sickening thousands. Many are ill from dehydration, exposure and dysentery. Aid workers warn that malaria is a serious risk. The Indian Air Force began dropping aid packages containing medical supplies and food yesterday. Santosh Mishra, a villager in the Gondra district of Uttar Pradesh remarked, "I have not seen such flooding in the last 24 years." Bodies of two students of the IIM Indore swept in the flash floods in Indore were recovered.',
    'geovirus:geovirus-186': 'The 20th annual World AIDS Day was December 1, 2007. The theme selected by the World AIDS Campaign is "Stop AIDS: Keep the Promise" as it will be through 2010. The day was marked by thousands of events around the world. "It is now time for bold leadership at all levels in order to turn the tide of HIV," said Felicita Hikuam, Global Programmes Manager, World AIDS Campaign. An estimated 33.2 million people around the world—one in every 200—are living with HIV, and approximately 6,800 people are infected with HIV and 5,700 people die of AIDS-related illnesses every day. "The trend is encouraging but still for every person receiving treatment four others are newly infected," said Nelson Mandela, speaking at a concert in Johannesburg, South Africa. "If we are to stop the Aids epidemic from expanding, we need to break the cycle of new HIV infections. All of us working together with government, communities and civil society can make the difference that is needed," he continued. As many as 50,000 people attended the concert in Johannesburg, South Africa, which was telecast around the world. It was organized by Nelson Mandela\'s 46664 AIDS campaign and featured performances by artists such as Peter Gabriel, Ludacris, Razorlight, the Goo Goo Dolls and Annie Lennox. At a fundraiser in the town of Midrand, in the province Gauteng, near Johannesburg on Friday, singer Annie Lennox had strong words for the South African government\'s AIDS policies. "AIDS, as Madiba [Mandela] has said, is a human rights issue and should be treated as such in order to avoid this genocide that is affecting millions and millions of people around the world," said Lennox in a speech. Lennox has previously been critical of the South African government\'s position on suggesting some AIDS medications were toxic. "It is unacceptable that treatment has not been made available to those who need it most," said Lennox. The rock band Queen, which lost its lead singer Freddie Mercury to AIDS, released a new song entitled, Say It\'s Not True, to coincide with World Aids Day. It has been made available as a free download from the band\'s website. "By making the song available for free, we hope to help Nelson Mandela with his campaign to get across the message that no-one is safe from infection," said Queen drummer Roger Taylor. "We have to be aware, we have to protect ourselves and those we love." In China, people distributed AIDS prevention brochures in the streets and promoted safe sex in cities like Beijing and Shanghai. In Changsha, official warning signs were put on hotel bedstands. The government announced on Friday an allocation of CNY860 million for AIDS prevention and control. According to official reports, there are estimated to be 700,000 people living with HIV/AIDS in China. Also in China, the Miss World 2007 was in Sanya on World AIDS Day. The pageant presented a special tribute to the fight against AIDS, with a televised speech from former South African President Nelson Mandela, along with traditional dancers from South Africa who joined the contestants in a special song. Friday, United States President George W. Bush urged the United States Congress to double the 2003 Emergency Plan for AIDS Relief to US$30 billion over the next five years. "Above all, we rededicate ourselves to a great purpose: We will turn the tide against HIV/AIDS—once and for all," he said. "I\'m pleased to announce that Laura and I will travel to sub-Saharan Africa early next year," Bush said. Sub-Saharan Africa suffered nearly three-quarters of AIDS-related deaths during 2006 and is home to two-thirds of those living with HIV/AIDS.',
    'geovirus:geovirus-091': 'More than 650 people have now died after a tsunami hit the Indonesian island of Java on Monday afternoon. In the past few days, around 100 dead bodies have been recovered, and it is estimated that over 300 people are still missing. An underwater earthquake with a magnitude of 7.7 triggered the deadly wave which ravaged a 200km stretch of Java\'s southern coast. Thousands of people are continuing to camp in the hills. They are too apprehensive to return home due to fears of another tsunami, but according to Reuters, health officials are worried about the threat of disease among those who are still in refuge. "The risk of catching diseases is there because they live in an open area with limited tents and water," said Rustan Pakaya, from the health ministry\'s crisis centre. He added that people were being given injections to protect them from diseases like measles, tetanus and cholera. Areas worst hit, like the small town of Pangandaran, are beginning to return to normal, and many businesses there have begun to open up again. "The market and many shops are already open today and although they are not operating fully, things are slowly returning to normal," district spokesman Wasdi bin Umri told AFP. Yesterday, Indonesia\'s President, Susilo Bambang Yudhoyono toured Pangandaran and met people who were staying in a temporary camp. The Indonesian government has been criticised for failing to inform residents living on the coast that a tsunami was looming. After the underwater earthquake was detected, US and Japanese agencies issued warning notices, but the government has admitted it was unable to transmit the bulletins to coastal areas. Speaking yesterday, Mr Yudhoyono vowed to hasten efforts to build an early warning system planned after the 2004 Asian tsunami. "We want to expedite efforts to get infrastructure for the tsunami warning system in place," AP quoted him as saying. "I will work with parliament to get the budget".',
    'geovirus:geovirus-177': 'At least 45 people are reported to have eaten pork which came from a hog farm in Ceres, California in the United States, where pigs from the farm were fed pet food which was recalled because it was contaminated with the chemical melamine. So far none of the individuals have experienced signs of illnesses, but it is not known what effect the chemical, when ingested, has on humans because no major study has taken place on melamine. On April 21, at least seven urine samples taken from pigs at hog farm, were tested and the results came back positive for the chemical melamine. At least three samples from the feed used to feed the pigs were tested and those results also came back positive for melamine. Yesterday, the United States Food and Drug Administration or FDA, said in a statement that "we have no evidence of harm to humans associated with the processed pork product" and that "no recall of meat products processed from these animals is being issued." Despite the consumption of pork by humans, the FDA states that the risk to human health is minimal. "The assessment that, if there were to be harm to human health, it would be very low, is based on a number of factors, including the dilution of the contaminating melamine and melamine-related compounds from the original rice protein concentrate as it moves through the food system. First it is a partial ingredient in the pet food; second, it is only part of the total feed given to the hogs; third, it is not known to accumulate in the hogs and the hogs excrete melamine in their urine; fourth, even if present in pork, pork is only a small part of the average American diet. Neither FDA nor USDA has uncovered any evidence of harm to the swine from the contaminated feed," added the statement. On March 19, the manufacturer of the food, Menu Foods, which is based in Mississauga, Ontario in Canada, recalled all of its dog and cat food which totaled over 60 million items. On April 28, Canadian officials announced that they will hold products, such as wheat and corn gluten, as well as soy and rice proteins that have been imported from China until they can be tested for melamine. It is not known how extensive the outbreak is.',
    'geovirus:geovirus-169': "An extensive vaccination campaign across 19 West and Central African countries is to begin today in an attempt to stem a year-long polio epidemic in the region. The United Nations and international aid agencies plan to immunize 85 million children under five. More than 400,000 volunteers and health workers will take part in the campaign, visiting children in their homes. The current polio epidemic has been going on for a year and there have been outbreaks in the last six months in Burkina Faso, Cameroon, Chad, Guinea, Liberia, Mali, Mauritania, Senegal and Sierra Leone. These countries will be the focus of the campaign, along with Benin, Cape Verde, Central African Republic, Côte d'Ivoire, Gambia, Ghana, Guinea-Bissau, Niger, Nigeria and Togo. Efforts last year failed to halt the disease because not enough children were vaccinated. The program failed in part because local religious leaders told parents that the vaccines would sterilize their children, or cause AIDS. As well as targeting more children, today's campaign features better training for volunteers. Vaccinations will be repeated on 26 March in the six key countries, and again on 24 April for all 19 countries involved. The campaign is funded by Rotary International who have provided $30 million. In 2009 the World Health Organization reported that approximately 1,600 children were paralysed by the virus worldwide.",
    'geovirus:geovirus-185': "As Zimbabwe's rainy season approaches, farmers in the Wedza district, Mashonaland East province, are worried that again this year they won't be able to locate or afford the seed, fertilizer, and other inputs needed to get a maize crop in the ground. Aiming to relieve such shortages of inputs, Christian Care is among the non-governmental organizations working with the United Nations Food and Agriculture Organization and the European Union to implement an agricultural inputs support scheme. Christian Care said it is now providing farmers in the Midlands with fertilizer and seeds. Experts said most farmers are struggling to obtain inputs because the government has cut back on programs to finance planting, instead urging farmers to borrow from banks. But banks insist on land as collateral, though all farmland has been nationalized. Even farmers resettled under land reform since 2000 have only so-called offer letters granting them working rights, but banks will accept neither these nor livestock as collateral. Christian Care Director Forbes Matonga reported that his is one of seven organizations reaching out to small farmers under the FAO program. As the rainy season begins, cholera is also now a growing concern. Residents of Zimbabwe, fearing a repeat of the 2008 epidemic that killed thousands, are struggling to complete precautionary measures.",
    'geovirus:geovirus-133': "The United States Food and Drug Administration (FDA) has recalled 380 million eggs and the number is expected to grow, after around 300 in Colorado, California, and Minnesota and 2,000 nationwide became infected with salmonella after eating eggs distributed by Wright County Eggs. The contaminated eggs were sold under the labels Lucerne, Albertson, Mountain Dairy, Ralph's, Boomsma's, Sunshine, Hillandale, Trafficanda, Farm Fresh, Shoreland, Lund, Dutch Farms, Kemps, Bayview, Mountain Dairy, NuLay and Sun Valley. Eggs have been sold in seventeen states. Wright County Egg's owner has been previously cited for breaking environmental laws. In response to the outbreak the FDA deployed an initial team of ten investigators to Wright County Egg in Iowa to inspect the farms and determine the source of the contamination. Although no official statement has been issued, it is believed animals including birds and rodents defecated where food for chickens is stored. The outbreak is believed to have started in early July, around the time new federal regulations to prevent salmonella contamination of eggs took effect. According to the FDA, the symptoms of salmonella infection includes fever, diarrhea, nausea, vomiting, and abdominal pain.",
    'geovirus:geovirus-195': 'Areas in far north Queensland remain without electricity, running water or sewerage after Category 5 Cyclone Larry hit the coast on Monday morning. Queensland Premier Peter Beattie has declared a state of emergency in Innisfail and says he is worried about the outbreak of diseases. Army engineers are among more than 1,000 people assisting in Queensland\'s cyclone relief effort. Premier Beattie says it could be more than a week before power is restored in Innisfail. "The whole bloody place is blown apart... this is going to be a long, slow recovery," he said. Larry caused widespread damage as it crossed the coast south of Cairns, with winds of up to 290km/h (180 mph). Thousands of buildings were damaged and most of the Australia\'s banana crop has been destroyed. Thousands of kilometres of power lines were brought down. Many key roads are flooded. State Emergency Service volunteers are putting tarpaulins on damaged homes. "Some homes will need complete rebuilding and that will take many months. But right now let\'s get the bandaids out and get people settled as much as we can and then start the serious rebuilding of the Innisfail area." said Kathryn Ryan, from the Disaster Management Group Hospitals are unable to cope with the lack of clean running water and reliable power supplies. There are concerns about outbreaks of dengue fever and other mosquito-borne diseases. "Our main concern is with the quality of the drinking water, the quality of people\'s food supplies and any health risks from inundation by water," a health spokesman said. Queensland Health Minister Jim Guthrie says there is no electricity in Innisfail, the hardest hit town in Cyclone Larry\'s path. "It\'s just too difficult to keep the hospital operating," he said. "There\'s no mains power but they\'re also having trouble with generators - there\'s a lack of fuel." The region\'s banana, sugar cane and avocado farm industries will need rebuilding. Jan Davis, of fruit growers\' group Growcom, says Cyclone Larry will have widespread effects on the fruit industry. Among supplies flowing in were nearly 10,500 gallons of water and 6,000 in-flight meals provided by Qantas. Troops also set up a water purification unit, and health authorities warned residents to boil their water. "There most certainly would be around 7,000 people … that are effectively homeless," Federal Minister Bob Katter told The Associated Press. "They\'re sitting in four walls but no roof." Some 17,000 homes were blacked out in Cairns. Ergon Energy Regional services manager Geoff Bowes says generators have been sent to Innisfail to provide power for sewerage works and some supermarkets and extra staff have been flown in from Brisbane and Townsville. "Nothing could prepare us for this," he said. The Australian reports that building industry and government sources have estimated the cost of Larry as "one of Australia\'s most costly natural disasters, with a damage bill expected to exceed $1.5 billion." So far there have been no deaths or major injuries reported. Forecasters have warned of more wild weather for Queensland, with a second cyclone expected to approach the coast later this week. The Bureau of Meteorology say Tropical Cyclone Wati is moving towards the west-northwest at 13 km per hour and should gradually intensify over the next 24 hours.',
    'geovirus:geovirus-113': 'Authorities are currently working with employees of AirTran Airways to find passengers who sat near a teenage girl with bacterial meningitis on AirTran flights 687 and 862 on Saturday. After falling "seriously ill" during the second flight, from Atlanta, Georgia to Wichita, Kansas the girl was diagnosed with meningitis, an infection of the brain and spinal cord, at Wichita\'s Wesley Medical Center. Although meningitis cannot be transferred merely through casual contact, AirTran notified the Centers for Disease Control and Prevention on Sunday, and are attempting to track the passengers who sat near the girl on the two flights.',
    'geovirus:geovirus-139': 'In what the Food and Drug Administration is characterizing as one of the largest recalls in recent history, numerous types of products containing peanuts are being recalled in the United States. The FDA issued a recall on Wednesday on food items with peanut paste and other peanut products made after January 1, 2007 at a Peanut Corp. of America (PCA) center in Blakely, Georgia. The recall affects over 430 products containing peanut paste or peanut butter from the PCA plant. U.S. federal inspectors stated salmonella was found in 12 instances at the plant. So far the incident has been linked to eight deaths, with over 500 individuals sickened from the tainted products. U.S. Congressman Henry Waxman (D-CA) has announced he will hold a Congressional hearing February 11 before the House Energy and Commerce Committee to investigate the matter. According to an FDA report, peanut products from the Georgia plant returned to the United States after being exported were prevented from reentering the country in September due to containing "filthy, putrid or decomposed substance, or is otherwise unfit for food," but the products were not tested by federal inspectors. According to the FDA, peanut products were shipped from the PCA facility though the company knew they were contaminated. PCA asserted it was unaware products were contaminated before being shipped, and released a statement saying it had "taken extraordinary measures to identify and recall all products that have been identified as presenting a potential risk". The PCA plant has since been shut down after state and federal inspectors discovered mold, roaches, a leaky roof, and other issues at the facility. Multiple members of Congress have made critical statements about the FDA regarding the incident. "The FDA failing to follow up after this incident, does that mean that products that are not good enough for a foreign country are still good enough for the USA?" said Senator Tom Harkin (D-IA), Chairman of the Senate Agriculture Committee. "If the FDA discovered that there was an issue with this product inspection, why didn\'t they follow up on it? Why didn\'t they take a closer look at this facility?" asked Representative Rosa DeLauro (D-CT). Representative DeLauro called the actions of PCA "reprehensible and criminal". Beth Falwell, daughter of PCA\'s founder Hugh Parnell, told WSLS-TV, the NBC affiliate in Roanoke, Virginia, in a statement Thursday that her brother Stewart Parnell who currently runs the company would not knowingly harm his customers. She believes the FDA report documenting poor conditions at the PCA facility contains inaccuracies. Stewart Parnell did not respond to repeated attempts by The News & Advance for a comment. Consumers can find out more information at the website of the FDA, www.fda.gov, which lists the peanut products affected. The FDA list of items containing recalled peanut products is 35 pages long. Individuals can also find out more information about the incident by calling the Centers for Disease Control and Prevention, at 1-800-CDC-INFO.',
    'geovirus:geovirus-129': 'Several British troops who received blood transfusions from American emergency front-line donors face the risk of infectious diseases such as AIDS, the Ministry of Defence confirmed, but said risk of infection was low. Eighteen troops who fought and were wounded in Afghanistan and Iraq are being tested for HIV as well as Chagas, Hepatitis B, HTLV and Syphilis. The British military says that the unscreened transfusions were needed to keep the troops alive when they were receiving emergency treatment for their wounds. The U.S. says that all of the donors have since been found not to be infected with HIV or hepatitis B, but does say that the donors did not receive the proper testing that is required for donating blood. "These 18 service personnel would almost certainly have died without receiving an emergency blood transfusion at the front line. We are working with the appropriate health authorities to do all that we can to test and reassure the people involved. We continue to do all that we can to support them and their families through this uncertain time," said British Defense Minister, Derek Twigg.',
    'meantime:40203': 'Apple Corps loses court case against Apple Computer\nMay 8, 2006\nThe Beatles\' label Apple Corps lost its court case against Apple Computer today in the High Court.\nApple Corps argued that the iTunes Music Store was a breach of the 1991 settlement reached between the two parties.\nThe 1991 agreement was that Apple Computer would not sell music branded with an apple.\nMr Justice Anthony Mann agreed with Apple Computer\'s defence that, while the iTunes Music Store is branded, the music it sells is not - " I conclude that the use of the Apple logo ... does not suggest a relevant connection with the creative work. "\nDuring the case Apple Corps showed the court just how many times the Apple Computer logo appeared during a typical download.\nThe song purchased during the demonstration was Le Freak by Chic.\nAfter the case closed Apple Computer CEO Steve Jobs extended an invitation to the record label, " we have always loved the Beatles, and hopefully we can now work together to get them on the iTunes Music Store ".\nApple Corps have decided to take the case to the Court of Appeal.\nSpeaking for Apple Corps, manager Neil Aspinall said, " with great respect to the trial judge, we consider he has reached the wrong conclusion. "',
    'ecbplus:10_6ecb': "The Los Angeles Angels made an eight-year offer to first baseman Mark Teixeira during winter meetings in Las Vegas.\nTeam spokesman Tim Mead confirmed Sunday the Angels have withdrawn their offer and are ``out of the Mark Teixeira derby.''\nThe team made its offer, reportedly worth about US $160 million, during the winter meetings in Las Vegas earlier this month.\nThe Red Sox said last week that they ``are not going to be a factor'' in signing the 28-year-old Maryland native.\nWashington and Baltimore have expressed interest in Teixeira.\nThe Angels obtained Teixeira from the Atlanta Braves in late July.\nPlaying in a combined 157 games with the Angels and Braves, Teixeira had 33 homers and 121 RBIs along with a career-best .308 average.",
    'ecbplus:31_3ecb': "Tyler Hansbrough scored 20 Thursday night to break North Carolina's career scoring record and help the No. 1 Tar Heels remain unbeaten with a 91-73 victory over Evansville in Chapel Hill, N.C.\nThe reigning national player of the year finished 7-for-14 from the field and had nine rebounds for North Carolina (10-0), which shook off a slow start and stretched the lead to double figures shortly after Hansbrough passed Phil Ford for the record midway through the first half.\nFord, now an assistant coach to Larry Brown with the NBA's Charlotte Bobcats, finished his career in 1978 with 2,290 points.",
}

# /work/prompts/unused_for_s.txt (GeoVirus and MEANTIME documents allowed for rec_s)



def real(id_, source, published, events, sentence=None, note=None, outlet="Wikinews"):
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


APPROX = ("GeoVirus prints no date: inferred from the story, approximate; "
          "the text's own relative days resolve against it")

real('01', 'geovirus:geovirus-198', '2009-09-18', [
    E("have promised to send ten percent", "promised", "AGREE", None,
      ("Nine countries — Australia, Brazil, France, Italy, New Zealand, Norway, Switzerland, the UK, and the US",
       None, "GOV"), ("other countries", None, "GOV"), None, None, cl="rec_s-01-pledge"),
    E("The plan was agreed to", "agreed", "AGREE", None, None, None, None, None, cl="rec_s-01-pledge"),
    E("the country would pledge up to one tenth", "pledge", "AGREE", None, ("the country", "FRA", "GOV"),
      ("the World Health Organisation", None, "IGO"), None, None,
      speaker="The office of France's president Nicolas Sarkozy", mod="future"),
    E("retail sale of Tamiflu and Zanamivir should be allowed", "allowed", "CONCEDE", None,
      ("the health ministry", "IND", "GOV"), None, None, None, speaker=("he", 'regulated manner," he said'), mod="reported"),
    E("distribution of Tamiflu was prohibited", "prohibited", "COERCE", "restrict", ("the government", "IND", "GOV"),
      None, None, None),
    E("had to be quarantined on Thursday", "quarantined", "COERCE", "restrict", None,
      ("twenty high school students", "KEN", "EDU"), d("2009-09-17"), None),
    E("advised to remain under bed rest", "advised", "REQUEST", None, None,
      ("A majority of the affected students who are in Forms One and Two", "KEN", "EDU"), None, None,
      speaker="the director of Public Health, Dr. Shanaaz Shariff", mod="demanded"),
    E("Security guards were placed around", "placed", "COERCE", "restrict", None, ("the school", "KEN", "EDU"),
      d("2009-09-17"), None),
    E("that have pledged up to one tenth", "pledged", "AGREE", None, ("The UK", "GBR", "GOV"),
      ("other countries", None, "GOV"), None, None, cl="rec_s-01-pledge"),
    E("called for more research", "called for", "REQUEST", None,
      ("The Vietnamese Ministry of Health", "VNM", "GOV"), None, None, None, mod="demanded"),
    E("urged the the National Steering Board", "urged", "REQUEST", None,
      ("The Vietnamese Ministry of Health", "VNM", "GOV"),
      ("the the National Steering Board on Flu Prevention in Humans", "VNM", "GOV"), None, None, mod="demanded"),
], sentence="has now spread across the globe.",
    note=APPROX + " (\"As of Wednesday\" is September 16, 2009, the date the text gives for the US toll)")

real('02', 'geovirus:geovirus-187', '2009-06-05', [
    E("Singapore has urged its residents", "urged", "REQUEST", None, ("Singapore", "SGP", "GOV"),
      ("its residents", "SGP", "CVL"), None, None, mod="demanded"),
    E("advised any Singapore residents returning", "advised", "REQUEST", None,
      ("A warning at the government website", "SGP", "GOV"),
      ("any Singapore residents returning from those areas", "SGP", "CVL"), None, None, mod="demanded"),
    E("Russian officials are currently screening flights", "screening", "COERCE", "restrict",
      ("Russian officials", "RUS", "GOV"), None, None, None),
], sentence="according to the latest World Health Organisation (WHO) tally.",
    note=APPROX + " (the WHO tally of 66 countries; \"June 3\" is past, \"pledged on Friday\" the day of publication)")

real('03', 'geovirus:geovirus-152', '2009-01-21', [
    E("emergency mission to the Philippines is investigating", "mission", "AID", None,
      ("Global animal and health authorities'", None, "IGO"), ("the Philippines", "PHL", "GOV"), None,
      P("the Philippines", "Philippines"), cl="rec_s-03-mission"),
    E("arrived in Manila on Tuesday", "arrived", "AID", None,
      ("A 22-member team of experts from three United Nations agencies", None, "IGO"),
      ("the government", "PHL", "GOV"), d("2009-01-20"), P("Manila", "Manila"), cl="rec_s-03-mission"),
    E("The mission will coordinate with", "coordinate", "COOPERATE", None, ("The mission", None, "IGO"),
      ("the Philippine counterparts - the Departments of Agriculture and Health", "PHL", "GOV"), None, None,
      mod="future"),
    E("had donated 8,000 test kits", "donated", "AID", None,
      ("The US Centers for Disease Control and Prevention", "USA", "GOV"), None, None, None),
], sentence="poses a threat to human health.",
    note=APPROX + " (the UN mission reached Manila on Tuesday 20 January 2009)")

real('04', 'geovirus:geovirus-207', '2005-09-08', [
    E("All survivors are urged to leave", "urged", "REQUEST", None, None, ("All survivors", "USA", "CVL"), None,
      None, mod="demanded", cl="rec_s-04-leave"),
    E("you must do so", "must", "REQUEST", None,
      ("Dr. Julie Gerberding, head of the US Centers for Disease Control and Prevention (CDC)", "USA", "GOV"),
      (("you", "you must do"), "USA", "CVL"), None, None,
      speaker="Dr. Julie Gerberding, head of the US Centers for Disease Control and Prevention (CDC)",
      mod="demanded", cl="rec_s-04-leave"),
    E("force will be used to remove", "remove", "COERCE", None, None,
      ("all remaining citizens", "USA", "CVL"), None, P("New Orleans", "New Orleans"), mod="conditional",
      cond="If necessary", cl="rec_s-04-force"),
    E("would not comment on whether force", "comment", "REJECT", None, ("The superintendent", "USA", "COP"),
      None, None, None),
    E("whether force would be used if reason failed", "used", "COERCE", None, None, None, None, None,
      mod="hypothetical", cl="rec_s-04-force"),
    E("Animal rights campaigners are protesting", "protesting", "PROTEST", "demo",
      ("Animal rights campaigners", "USA", "CVL"), ("law enforcement officers", "USA", "COP"), None, None),
    E("will be allowed to return permanently", "allowed", "CONCEDE", None, None,
      ("Residents of Jefferson Parish, and the upper portions of Saint Bernard Parish", "USA", "CVL"),
      d("2005-09-12"), None, mod="future"),
    E("residents should be allowed to return as soon", "allowed", "CONCEDE", None, None,
      ("residents", "USA", "CVL"), None, None,
      speaker="Parish President Arron Broussard and Councilor Jennifer Sneed", mod="demanded"),
    E("Companies are working with the US Federal", "working", "COOPERATE", None, ("Companies", "USA", "BUS"),
      ("the US Federal Emergency Management Agency", "USA", "GOV"), None, None),
    E("has been awarded", "awarded", "COOPERATE", None, None, None, None, None),
], sentence="vigorously searching for dead bodies.",
    note=APPROX + " (Hurricane Katrina's aftermath; \"starting on Monday\" read as Monday 12 September 2005)")

real('05', 'geovirus:geovirus-118', '2007-08-03', [
    E("UNICEF, is currently providing relief", "providing", "AID", None,
      ("The United Nations Children's Fund, UNICEF", None, "IGO"), ("affected areas", None, "CVL"), None, None),
    E("Clashes with police in Bihar", "Clashes", "PROTEST", "riot", None, ("police", "IND", "COP"), None,
      P("Bihar", "Bihar")),
    E("many are staging protests", "protests", "PROTEST", "demo", ("many", "IND", "CVL"), None, None,
      P("Bihar", "Bihar")),
], sentence="affecting over 20 million people.", note=APPROX + " (South Asian monsoon floods of early August 2007)")

real('06', 'geovirus:geovirus-186', '2007-12-02', [
    E("had strong words for the South African", "words", "ACCUSE", "disapprove", ("singer Annie Lennox", "GBR", None),
      ("the South African government", "ZAF", "GOV"), d("2007-11-30"), P("Midrand", "Midrand"), cl="rec_s-06-lennox"),
    E("has previously been critical of", "critical", "ACCUSE", "disapprove", ("Lennox", "GBR", None),
      ("the South African government", "ZAF", "GOV"), None, None),
    E("It is unacceptable that treatment", "unacceptable", "ACCUSE", "disapprove", ("Lennox", "GBR", None), None,
      None, None, speaker="Lennox", mod="reported"),
    E("George W. Bush urged the United States Congress", "urged", "REQUEST", None,
      ("United States President George W. Bush", "USA", "GOV"), ("the United States Congress", "USA", "LEG"),
      d("2007-11-30"), None, mod="demanded"),
    E("Laura and I will travel to sub-Saharan Africa", "travel", "CONSULT", "visit", ("Laura and I", "USA", "GOV"),
      None, ("2008", "year", False), None, speaker="Bush", mod="future"),
], sentence="was December 1, 2007.", note=APPROX + " (the day after World AIDS Day 2007; \"on Friday\" is 30 November)")

real('07', 'geovirus:geovirus-091', '2006-07-21', [
    E("government has been criticised for failing", "criticised", "ACCUSE", "disapprove", None,
      ("The Indonesian government", "IDN", "GOV"), None, None),
    E("US and Japanese agencies issued warning notices", "issued", "COOPERATE", None,
      ("US and Japanese agencies", None, "GOV"), None, d("2006-07-17"), None),
    E("the government has admitted it was unable", "admitted", "CONCEDE", None, ("the government", "IDN", "GOV"),
      None, None, None),
    E("I will work with parliament", "work", "COOPERATE", None, ("I", "IDN", "GOV"), ("parliament", "IDN", "LEG"),
      None, None, speaker=("him", "AP quoted him"), relays=(("AP", "AP quoted him"),), mod="future"),
], sentence="on Monday afternoon.", note=APPROX + " (the Pangandaran tsunami of Monday 17 July 2006)")

real('08', 'geovirus:geovirus-177', '2007-05-01', [
    E("no recall of meat products processed", "recall", "COERCE", "restrict", None, None, None, None,
      speaker="the United States Food and Drug Administration or FDA", mod="negated"),
    E("they will hold products", "hold", "SANCTION", "discontinue", ("they", "CAN", "GOV"), ("China", "CHN", "GOV"),
      None, None, speaker="Canadian officials", mod="future"),
], sentence="contaminated with the chemical melamine.", note=APPROX + " (after the April 28, 2007 announcement)")

real('09', 'geovirus:geovirus-169', '2010-02-27', [
    E("An extensive vaccination campaign across", "campaign", "AID", None, None, None, d("2010-02-27"), None,
      mod="future", cl="rec_s-09-campaign"),
    E("plan to immunize 85 million children", "immunize", "AID", None,
      ("The United Nations and international aid agencies", None, "IGO"),
      ("85 million children under five", None, "CVL"), None, None, mod="future", cl="rec_s-09-campaign"),
    E("local religious leaders told parents", "told", "ACCUSE", "allege", ("local religious leaders", None, "REL"),
      None, ("2009", "year", True), None),
    E("Vaccinations will be repeated on 26 March", "repeated", "AID", None, None, None, d("2010-03-26"), None,
      mod="future"),
    E("The campaign is funded by Rotary", "funded", "AID", None, ("Rotary International", None, "NGO"), None, None,
      None),
], sentence="in the region.", note=APPROX + " (the synchronised West African polio round of late February 2010)")

real('10', 'geovirus:geovirus-185', '2009-10-15', [
    E("organizations working with the United Nations Food", "working", "COOPERATE", None,
      ("Christian Care", "ZWE", "NGO"),
      ("the United Nations Food and Agriculture Organization and the European Union", None, "IGO"), None, None),
    E("it is now providing farmers", "providing", "AID", None, ("it", "ZWE", "NGO"),
      ("farmers in the Midlands", "ZWE", "CVL"), None, None, speaker="Christian Care", mod="reported"),
    E("instead urging farmers to borrow", "urging", "REQUEST", None, ("the government", "ZWE", "GOV"),
      ("farmers", "ZWE", "CVL"), None, None, speaker="Experts", mod="demanded"),
    E("all farmland has been nationalized", "nationalized", "COERCE", "seize", None, None, None, None),
], sentence="to get a maize crop in the ground.", note=APPROX)

real('11', 'geovirus:geovirus-133', '2010-08-21', [
    E("(FDA) has recalled 380 million eggs", "recalled", "COERCE", "restrict",
      ("The United States Food and Drug Administration (FDA)", "USA", "GOV"), None, None, None),
    E("has been previously cited for breaking", "cited", "SANCTION", None, None,
      ("Wright County Egg's owner", "USA", "BUS"), None, None),
    E("the FDA deployed an initial team", "deployed", "ACCUSE", "investigate", ("the FDA", "USA", "GOV"),
      ("Wright County Egg", "USA", "BUS"), None, P("Iowa", "Iowa")),
], sentence="distributed by Wright County Eggs.", note=APPROX + " (the Wright County Egg recall of August 2010)")

real('12', 'geovirus:geovirus-195', '2006-03-21', [
    E("has declared a state of emergency in Innisfail", "declared", "COERCE", "martial-law",
      ("Queensland Premier Peter Beattie", "AUS", "GOV"), None, None, P("Innisfail", "Innisfail")),
    E("health authorities warned residents to boil", "warned", "REQUEST", None, ("health authorities", "AUS", "GOV"),
      ("residents", "AUS", "CVL"), None, None, mod="demanded"),
], sentence="on Monday morning.", note=APPROX + " (Cyclone Larry crossed the coast on Monday 20 March 2006)")

real('13', 'geovirus:geovirus-113', '2007-06-12', [
    E("Authorities are currently working with employees", "working", "COOPERATE", None, ("Authorities", "USA", "GOV"),
      ("employees of AirTran Airways", "USA", "BUS"), None, None),
    E("AirTran notified the Centers for Disease", "notified", "COOPERATE", None, ("AirTran", "USA", "BUS"),
      ("the Centers for Disease Control and Prevention", "USA", "GOV"), d("2007-06-10"), None),
], sentence="on Saturday.", note=APPROX + " (the story prints no year; the days resolve against an assumed Tuesday)")

real('14', 'geovirus:geovirus-139', '2009-01-30', [
    E("The FDA issued a recall on Wednesday", "recall", "COERCE", "restrict", ("The FDA", "USA", "GOV"),
      None, d("2009-01-28"), None, cl="rec_s-14-recall"),
    E("numerous types of products containing peanuts are being recalled", "recalled", "COERCE", "restrict", None,
      None, d("2009-01-28"), P("the United States", "United States"), cl="rec_s-14-recall"),
    E("he will hold a Congressional hearing", "hearing", "ACCUSE", "investigate",
      ("U.S. Congressman Henry Waxman (D-CA)", "USA", "LEG"), None, d("2009-02-11"), None, mod="future"),
    E("were prevented from reentering the country", "prevented", "COERCE", "restrict", None, None,
      mo("2008-09", True), None, speaker="an FDA report", mod="reported"),
    E("PCA asserted it was unaware", "asserted", "REJECT", None, ("PCA", "USA", "BUS"), None, None, None),
    E("The PCA plant has since been shut down", "shut down", "COERCE", "restrict",
      None, ("The PCA plant", "USA", "BUS"), None, None),
    E("have made critical statements about the FDA", "critical statements", "ACCUSE", "disapprove",
      ("Multiple members of Congress", "USA", "LEG"), ("the FDA", "USA", "GOV"), None, None),
    E("The FDA failing to follow up", "failing", "ACCUSE", "disapprove", ("Senator Tom Harkin (D-IA), Chairman of the Senate Agriculture Committee", "USA", "LEG"),
      ("The FDA", "USA", "GOV"), None, None, speaker="Senator Tom Harkin (D-IA), Chairman of the Senate Agriculture Committee",
      mod="reported"),
    E("why didn't they follow up on it", "why", "ACCUSE", "disapprove",
      ("Representative Rosa DeLauro (D-CT)", "USA", "LEG"), ("they", "USA", "GOV"), None, None,
      speaker="Representative Rosa DeLauro (D-CT)", mod="reported"),
    E("called the actions of PCA", "called", "ACCUSE", "disapprove", ("Representative DeLauro", "USA", "LEG"),
      ("PCA", "USA", "BUS"), None, None),
    E("contains inaccuracies", "inaccuracies", "REJECT", None, ("She", "USA", "BUS"), ("the FDA", "USA", "GOV"),
      None, None),
    E("did not respond to repeated attempts", "respond", "REJECT", None, ("Stewart Parnell", "USA", "BUS"),
      ("The News & Advance", "USA", "MED"), None, None),
], sentence="are being recalled in the United States.",
    note=APPROX + " (the Peanut Corporation of America recall; \"on Wednesday\" read as 28 January 2009, before the 11 February hearing)")

real('15', 'geovirus:geovirus-129', '2007-03-02', [
    E("We are working with the appropriate health authorities", "working", "COOPERATE", None, ("We", "GBR", "GOV"),
      ("the appropriate health authorities", "GBR", "GOV"), None, None,
      speaker="British Defense Minister, Derek Twigg", mod="reported"),
], sentence="but said risk of infection was low.", note=APPROX + " (the text prints no date; only the year is known from the story)")

real('16', 'meantime:40203', '2006-05-08', [
    E("Apple Corps argued that", "argued", "ACCUSE", "allege", ("Apple Corps", "GBR", "BUS"), None,
      None, None),
    E("Mr Justice Anthony Mann agreed with", "agreed", "SUPPORT", None, ("Mr Justice Anthony Mann", "GBR", "JUD"),
      ("Apple Computer", "USA", "BUS"), d("2006-05-08"), None),
    E("have decided to take the case to the Court of Appeal", "take the case", "ACCUSE", "allege",
      ("Apple Corps", "GBR", "BUS"), None, None, None, mod="future"),
    E("we consider he has reached the wrong conclusion", "wrong conclusion", "ACCUSE", "disapprove",
      ("we", "GBR", "BUS"), (("he", "we consider he"), "GBR", "JUD"), None, None,
      speaker="manager Neil Aspinall", mod="reported"),
])

real('17', 'ecbplus:10_6ecb', '2008-12-15', [],
     note="ECB+ prints no date: the Angels withdrew their Teixeira offer on Sunday 14 December 2008; approximate")

real('18', 'ecbplus:31_3ecb', '2008-12-19', [],
     note="ECB+ prints no date: Hansbrough broke the record on Thursday 18 December 2008; approximate")

# ---------------------------------------------------------------- own texts

BJ = d("2025-12-07")
A("19", "AFP", "2025-12-07",
  "Benin says coup attempt foiled after soldiers seize state TV",
  "Benin says coup attempt foiled after soldiers seize state TV\n"
  "COTONOU, Dec 7 (AFP) - Benin's government said on Sunday it had foiled an attempted coup after a group of "
  "soldiers seized the national broadcaster and announced on air that President Patrice Talon had been removed "
  "from office.\n"
  "Interior Minister Alassane Seidou said in a video posted on Facebook that loyal forces had \"regained control "
  "of the situation\" and that several of the mutineers had been arrested. \"A small group of soldiers tried to "
  "overthrow the institutions of the republic. The armed forces remained loyal and thwarted this attempt,\" he "
  "said.\n"
  "Gunfire was heard near the presidential residence early on Sunday, AFP journalists said. The soldiers, who "
  "called themselves the Military Committee for Refoundation, had dissolved the government and suspended the "
  "constitution in their broadcast, which went off air shortly afterwards.\n"
  "Government spokesman Wilfried Houngbedji told AFP that Talon was safe and that the leader of the mutineers, a "
  "lieutenant colonel, was on the run. \"He will be found and he will answer for his acts before the courts,\" "
  "Houngbedji said.\n"
  "The West African bloc ECOWAS condemned what it called \"an unconstitutional attempt\" and said it stood ready "
  "to deploy its standby force \"to support the government and the people of Benin\" if asked.\n"
  "Nigeria sent fighter jets into Beninese airspace at Cotonou's request to help dislodge the mutineers, the "
  "Nigerian presidency said in a statement. Benin has faced repeated jihadist attacks in its north, where 54 "
  "soldiers were killed in April in an attack claimed by an Al-Qaeda affiliate.",
  [
    E("says coup attempt foiled", "foiled", "COERCE", None, None, None, BJ, None, speaker="Benin", mod="reported",
      cl="bj-foil"),
    E("Benin says coup attempt", "coup", "COERCE", None, None, None, BJ, None, speaker="Benin", mod="reported",
      cl="bj-coup"),
    E("after soldiers seize state TV", "seize", "COERCE", "seize", ("soldiers", "BEN", "MIL"),
      ("state TV", "BEN", "MED"), BJ, None, cl="bj-seize"),
    E("it had foiled an attempted coup", "foiled", "COERCE", None, ("it", "BEN", "GOV"), None, BJ,
      P(("COTONOU", 1), "Cotonou"), speaker="Benin's government", mod="reported", cl="bj-foil"),
    E("an attempted coup after", "coup", "COERCE", None, ("a group of soldiers", "BEN", "MIL"), None, BJ,
      P(("COTONOU", 1), "Cotonou"), speaker="Benin's government", mod="reported", cl="bj-coup"),
    E("soldiers seized the national broadcaster", "seized", "COERCE", "seize", ("a group of soldiers", "BEN", "MIL"),
      ("the national broadcaster", "BEN", "MED"), BJ, P(("COTONOU", 1), "Cotonou"), speaker="Benin's government",
      mod="reported", cl="bj-seize"),
    E("several of the mutineers had been arrested", "arrested", "COERCE", "arrest", None,
      ("several of the mutineers", "BEN", "MIL"), BJ, P(("COTONOU", 1), "Cotonou"),
      speaker="Interior Minister Alassane Seidou", relays=("a video", "Facebook"), mod="reported"),
    E("soldiers tried to overthrow", "overthrow", "COERCE", None, ("A small group of soldiers", "BEN", "MIL"),
      ("the institutions of the republic", "BEN", "GOV"), BJ, P(("COTONOU", 1), "Cotonou"),
      speaker=("he", "attempt,\" he said"), relays=(("a video", "Seidou said in"), ("Facebook", "Seidou said in")),
      mod="reported", cl="bj-coup"),
    E("thwarted this attempt", "thwarted", "COERCE", None, ("The armed forces", "BEN", "MIL"), None, BJ,
      P(("COTONOU", 1), "Cotonou"), speaker=("he", "attempt,\" he said"),
      relays=(("a video", "Seidou said in"), ("Facebook", "Seidou said in")), mod="reported", cl="bj-foil"),
    E("had dissolved the government", "dissolved", "COERCE", "restrict", ("The soldiers", "BEN", "MIL"),
      ("the government", "BEN", "GOV"), BJ, P(("COTONOU", 1), "Cotonou")),
    E("suspended the constitution", "suspended", "COERCE", "restrict", ("The soldiers", "BEN", "MIL"), None, BJ,
      P(("COTONOU", 1), "Cotonou")),
    E("he will answer for his acts", "answer", "THREATEN", "arrest", ("Houngbedji", "BEN", "GOV"),
      ("He", "BEN", "MIL"), None, None, speaker="Houngbedji", mod="threatened"),
    E("ECOWAS condemned what it called", "condemned", "ACCUSE", "disapprove",
      ("The West African bloc ECOWAS", None, "IGO"), None, None, None),
    E("an unconstitutional attempt", "attempt", "COERCE", None, None, None, BJ, None,
      speaker="The West African bloc ECOWAS", mod="reported", cl="bj-coup"),
    E("stood ready to deploy its standby force", "ready", "AGREE", None, (("it", "said it stood"), None, "IGO"),
      ("the government and the people of Benin", "BEN", "GOV"), None, None,
      speaker="The West African bloc ECOWAS", mod="conditional", cond="if asked"),
    E("Nigeria sent fighter jets", "sent", "AID", None, ("Nigeria", "NGA", "MIL"), ("Cotonou", "BEN", "GOV"), BJ,
      None, speaker="the Nigerian presidency", mod="reported"),
    E("at Cotonou's request", "request", "REQUEST", "assist", ("Cotonou", "BEN", "GOV"), ("Nigeria", "NGA", "GOV"),
      None, None, speaker="the Nigerian presidency", mod="demanded"),
    E("soldiers were killed in April", "killed", "ASSAULT", None, ("an Al-Qaeda affiliate", None, "REB"),
      ("54 soldiers", "BEN", "MIL"), mo("2025-04", True), None, speaker="an Al-Qaeda affiliate", mod="reported"),
  ])

TZ_WED, TZ_THU = d("2025-10-29"), d("2025-10-30")
A("20", "Reuters", "2025-10-30",
  "Tanzania imposes curfew in Dar es Salaam as election protests turn deadly",
  "Tanzania imposes curfew in Dar es Salaam as election protests turn deadly\n"
  "DAR ES SALAAM, Oct 30 (Reuters) - Tanzanian police imposed a night-time curfew on Dar es Salaam on Wednesday "
  "after protesters torched a bus and a petrol station on election day, and internet access was cut across the "
  "country, according to monitoring group NetBlocks.\n"
  "Police fired tear gas and live rounds to disperse hundreds of young people who blocked roads in the Kimara and "
  "Ubungo districts, witnesses told Reuters. A hospital source said at least 10 bodies had been brought in.\n"
  "Police spokesman David Misime said in a statement read on state broadcaster TBC that \"criminals\" had attacked "
  "police stations in Dar es Salaam and Mwanza and that officers had acted within the law. He did not say "
  "whether anyone had been killed.\n"
  "The main opposition party Chadema, whose leader has been in jail since April, said the election was \"a "
  "coronation, not a vote\" and called on Tanzanians to keep protesting until the results were annulled.\n"
  "\"If the government continues to kill our people, we will take the matter to the International Criminal "
  "Court,\" Chadema deputy chairman John Heche said in a post on X.\n"
  "The government denied that security forces had killed protesters and said the army had been deployed only to "
  "protect key installations.",
  [
    E("Tanzania imposes curfew", "imposes curfew", "COERCE", "curfew", ("Tanzania", "TZA", "GOV"), None, TZ_WED,
      P("Dar es Salaam", "Dar es Salaam"), cl="tz-curfew"),
    E("as election protests turn deadly", "protests", "PROTEST", "demo", None, None, TZ_WED, None, cl="tz-protests"),
    E("police imposed a night-time curfew", "imposed", "COERCE", "curfew", ("Tanzanian police", "TZA", "COP"),
      ("Dar es Salaam", "TZA", "CVL"), TZ_WED, P("Dar es Salaam", "Dar es Salaam"), cl="tz-curfew"),
    E("protesters torched a bus", "torched", "PROTEST", "riot", ("protesters", "TZA", "CVL"),
      ("a bus and a petrol station", "TZA", "BUS"), TZ_WED, P(("DAR ES SALAAM", 1), "Dar es Salaam")),
    E("internet access was cut across", "cut", "COERCE", "censor", None, None, TZ_WED,
      P("across the country", "Tanzania"), speaker="monitoring group NetBlocks", mod="reported", cl="tz-net"),
    E("Police fired tear gas and live rounds", "fired", "ASSAULT", "firearms", ("Police", "TZA", "COP"),
      ("hundreds of young people", "TZA", "CVL"), TZ_WED, P(("DAR ES SALAAM", 1), "Dar es Salaam"),
      speaker="witnesses", mod="reported", cl="tz-fire"),
    E("who blocked roads in the Kimara", "blocked", "PROTEST", "obstruct", ("who", "TZA", "CVL"), None, TZ_WED,
      P(("DAR ES SALAAM", 1), "Dar es Salaam"), speaker="witnesses", mod="reported"),
    E("had attacked police stations", "attacked", "ASSAULT", None, ("criminals", "TZA", "CVL"),
      ("police stations", "TZA", "COP"), TZ_WED, P("Dar es Salaam", "Dar es Salaam"),
      speaker="Police spokesman David Misime", relays=("state broadcaster TBC",), mod="reported"),
    E("a coronation, not a vote", "coronation", "ACCUSE", "disapprove",
      ("The main opposition party Chadema", "TZA", "OPP"), None, None, None,
      speaker="The main opposition party Chadema", mod="reported"),
    E("called on Tanzanians to keep", "called on", "REQUEST", None, ("The main opposition party Chadema", "TZA", "OPP"),
      ("Tanzanians", "TZA", "CVL"), None, None, mod="demanded"),
    E("to keep protesting until", "protesting", "PROTEST", "demo", ("Tanzanians", "TZA", "CVL"), None, None, None,
      speaker="The main opposition party Chadema", mod="future", cl="tz-protests"),
    E("we will take the matter to the International", "take the matter", "ACCUSE", "allege", ("we", "TZA", "OPP"),
      None, None, None, speaker="Chadema deputy chairman John Heche", relays=("X",), mod="conditional",
      cond="If the government continues to kill our people"),
    E("continues to kill our people", "kill", "ASSAULT", None, ("the government", "TZA", "GOV"),
      ("our people", "TZA", "OPP"), None, None, speaker="Chadema deputy chairman John Heche", relays=("X",),
      mod="hypothetical"),
    E("security forces had killed protesters", "killed", "ASSAULT", None, ("security forces", "TZA", "COP"),
      ("protesters", "TZA", "CVL"), TZ_WED, None, speaker="The government", mod="denied", cl="tz-kill"),
    E("the army had been deployed only", "deployed", "MOBILIZE", "troops", None, None, TZ_WED, None,
      speaker="The government", mod="reported"),
  ])

A("21", "The Citizen", "2025-10-31",
  "Govt lifts curfew in Dar, says calm restored",
  "Govt lifts curfew in Dar, says calm restored\n"
  "Dar es Salaam. The government yesterday lifted the night curfew it imposed on Dar es Salaam on Wednesday, "
  "saying calm had returned to the city after two days of unrest that followed the general election.\n"
  "Home Affairs minister Hamad Masauni told reporters in Dodoma that 240 people had been arrested for arson and "
  "looting and would be charged in court next week. \"Nobody will be allowed to destroy public property. Anyone "
  "who tries will face the full force of the law,\" he said.\n"
  "The minister dismissed reports by opposition party Chadema that more than 100 people had been shot dead by "
  "police as \"lies meant to tarnish the image of the country.\"\n"
  "Internet services, which were switched off on election day, were partially restored yesterday evening, "
  "according to the Tanzania Communications Regulatory Authority (TCRA).\n"
  "In Arusha, traders reopened shops under heavy police presence. Police regional commander Justine Masejo said "
  "officers had arrested 12 suspects on Thursday and recovered goods looted from a supermarket.\n"
  "The United Nations human rights office in Geneva urged the authorities to investigate reports of killings and "
  "to restore full internet access.",
  [
    E("Govt lifts curfew", "lifts", "CONCEDE", None, ("Govt", "TZA", "GOV"), None, TZ_THU, None, cl="tz-lift"),
    E("yesterday lifted the night curfew", "lifted", "CONCEDE", None, ("The government", "TZA", "GOV"), None, TZ_THU,
      P("Dar es Salaam", "Dar es Salaam"), cl="tz-lift"),
    E("curfew it imposed on Dar es Salaam", "imposed", "COERCE", "curfew", ("it", "TZA", "GOV"),
      ("Dar es Salaam", "TZA", "CVL"), TZ_WED, P("Dar es Salaam", "Dar es Salaam"), cl="tz-curfew"),
    E("240 people had been arrested", "arrested", "COERCE", "arrest", None, ("240 people", "TZA", "CVL"), None,
      None, speaker="Home Affairs minister Hamad Masauni", mod="reported"),
    E("would be charged in court next week", "charged", "ACCUSE", "allege", None, ("240 people", "TZA", "CVL"),
      wk("2025-W45"), None, speaker="Home Affairs minister Hamad Masauni", mod="future"),
    E("Nobody will be allowed to destroy", "allowed", "COERCE", "restrict", None, ("Nobody", "TZA", "CVL"), None,
      None, speaker=("he", "law,\" he said"), mod="future"),
    E("will face the full force of the law", "face", "THREATEN", "arrest", (("he", "law,\" he said"), "TZA", "GOV"),
      ("Anyone who tries", "TZA", "CVL"), None, None, speaker=("he", "law,\" he said"), mod="threatened"),
    E("had been shot dead by", "shot dead", "ASSAULT", "firearms", ("police", "TZA", "COP"),
      ("more than 100 people", "TZA", "CVL"), None, None, speaker="The minister", mod="denied", cl="tz-kill"),
    E("as \"lies meant to tarnish", "lies", "ACCUSE", "disapprove", ("The minister", "TZA", "GOV"),
      ("opposition party Chadema", "TZA", "OPP"), None, None),
    E("which were switched off on election day", "switched off", "COERCE", "censor", None, None, TZ_WED, None,
      speaker="the Tanzania Communications Regulatory Authority (TCRA)", mod="reported", cl="tz-net"),
    E("were partially restored yesterday", "restored", "CONCEDE", None, None, None, TZ_THU, None,
      speaker="the Tanzania Communications Regulatory Authority (TCRA)", mod="reported"),
    E("officers had arrested 12 suspects", "arrested", "COERCE", "arrest", ("officers", "TZA", "COP"),
      ("12 suspects", "TZA", "CVL"), TZ_THU, None, speaker="Police regional commander Justine Masejo",
      mod="reported"),
    E("goods looted from a supermarket", "looted", "PROTEST", "vandalize", None, ("a supermarket", "TZA", "BUS"),
      None, None, speaker="Police regional commander Justine Masejo", mod="reported"),
    E("urged the authorities to investigate", "urged", "REQUEST", None,
      ("The United Nations human rights office in Geneva", None, "IGO"), ("the authorities", "TZA", "GOV"), None,
      None, mod="demanded"),
  ])

LS_TUE = d("2024-05-21")
A("22", "Lesotho Times", "2024-05-24",
  "Govt bans famo gangs as killings mount",
  "Govt bans famo gangs as killings mount\n"
  "MASERU - The government has banned 11 famo music groups and warned that anyone found wearing their blankets "
  "or singing their songs in public will be arrested, after a wave of shootings that police say has claimed at "
  "least 40 lives in Mafeteng and Maseru districts since January.\n"
  "Police Minister Lebona Lephema announced the ban on Tuesday, saying the groups had turned into \"criminal "
  "syndicates\" that settle scores with guns. \"If they do not hand over their illegal firearms within 14 days, "
  "we will go after them house by house,\" Mr Lephema said.\n"
  "The army was deployed to Mafeteng last week to support police after gunmen opened fire at a funeral in the "
  "district, killing six mourners.\n"
  "Lesotho Mounted Police Service spokesperson Senior Superintendent Mpiti Mopeli said 23 suspected gang members "
  "had been arrested and 17 guns seized since the beginning of the operation.\n"
  "Leaders of the Seakhi group denied involvement in the funeral shooting and accused the police of targeting "
  "their members \"because of the music we sing\". \"We are artists, not killers,\" one of the group's leaders "
  "told this paper.\n"
  "The Law Society of Lesotho said the ban violated the constitution's guarantee of freedom of expression and "
  "urged the government to withdraw it.",
  [
    E("Govt bans famo gangs", "bans", "COERCE", "restrict", ("Govt", "LSO", "GOV"), ("famo gangs", "LSO", "UAF"),
      LS_TUE, None, cl="ls-ban"),
    E("The government has banned 11", "banned", "COERCE", "restrict", ("The government", "LSO", "GOV"),
      ("11 famo music groups", "LSO", "UAF"), LS_TUE, P(("MASERU", 1), "Maseru"), cl="ls-ban"),
    E("and warned that anyone found", "warned", "THREATEN", "arrest", ("The government", "LSO", "GOV"),
      ("anyone found wearing their blankets or singing their songs in public", "LSO", "CVL"), None, None,
      mod="threatened"),
    E("the groups had turned into", "syndicates", "ACCUSE", "disapprove", ("Police Minister Lebona Lephema", "LSO", "GOV"),
      ("the groups", "LSO", "UAF"), LS_TUE, P(("MASERU", 1), "Maseru"),
      speaker="Police Minister Lebona Lephema", mod="reported"),
    E("we will go after them house by house", "go after", "THREATEN", None, ("we", "LSO", "GOV"),
      ("them", "LSO", "UAF"), None, None, speaker="Mr Lephema", mod="threatened"),
    E("hand over their illegal firearms", "hand over", "RETREAT", "disarm", ("they", "LSO", "UAF"), None, None, None,
      speaker="Mr Lephema", mod="hypothetical"),
    E("The army was deployed to Mafeteng", "deployed", "MOBILIZE", "troops", None, None, wk("2024-W20"),
      P("Mafeteng", "Mafeteng")),
    E("gunmen opened fire at a funeral", "opened fire", "ASSAULT", "firearms", ("gunmen", "LSO", "UAF"),
      ("six mourners", "LSO", "CVL"), None, P("the district", "Mafeteng"), cl="ls-funeral"),
    E("23 suspected gang members had been arrested", "arrested", "COERCE", "arrest", None,
      ("23 suspected gang members", "LSO", "UAF"), None, None,
      speaker="Lesotho Mounted Police Service spokesperson Senior Superintendent Mpiti Mopeli", mod="reported"),
    E("17 guns seized", "seized", "COERCE", "seize", None, None, None, None,
      speaker="Lesotho Mounted Police Service spokesperson Senior Superintendent Mpiti Mopeli", mod="reported"),
    E("denied involvement in the funeral shooting", "shooting", "ASSAULT", "firearms", ("the Seakhi group", "LSO", "UAF"),
      None, None, None, speaker="Leaders of the Seakhi group", mod="denied", cl="ls-funeral"),
    E("accused the police of targeting", "accused", "ACCUSE", "allege", ("Leaders of the Seakhi group", "LSO", "UAF"),
      ("the police", "LSO", "COP"), None, None),
    E("of targeting their members", "targeting", "COERCE", None, ("the police", "LSO", "COP"),
      ("their members", "LSO", "UAF"), None, None, speaker="Leaders of the Seakhi group", mod="reported"),
    E("said the ban violated the constitution", "violated", "ACCUSE", "disapprove",
      ("The Law Society of Lesotho", "LSO", "NGO"), None, None, None),
    E("urged the government to withdraw it", "urged", "REQUEST", "change", ("The Law Society of Lesotho", "LSO", "NGO"),
      ("the government", "LSO", "GOV"), None, None, mod="demanded"),
  ])

BW = d("2025-08-25")
A("23", "Reuters", "2025-08-25",
  "Botswana declares public health emergency over medicine shortages",
  "Botswana declares public health emergency over medicine shortages\n"
  "GABORONE, Aug 25 (Reuters) - Botswana's President Duma Boko declared a public health emergency on Monday after "
  "shortages of essential medicines and medical supplies left hospitals unable to treat patients, and ordered the "
  "army to help distribute drugs.\n"
  "In a televised address, Boko said the government would spend 250 million pula on emergency procurement and "
  "that the Botswana Defence Force would transport medicines from central warehouses to clinics across the "
  "country.\n"
  "\"We inherited a broken supply chain. Those who looted the Central Medical Stores will be held accountable,\" "
  "Boko said, adding that an audit had found irregular contracts worth millions of pula.\n"
  "The opposition Botswana Democratic Party, which governed for 58 years until last year's election, rejected "
  "the accusation and said the shortages were the result of \"poor management by the new administration.\"\n"
  "Health Minister Stephen Modise said Botswana had asked neighbouring South Africa and the World Health "
  "Organization for help, and that a first consignment of antibiotics donated by the WHO was expected on "
  "Wednesday.\n"
  "Doctors at Princess Marina Hospital in the capital told Reuters they had postponed non-emergency operations "
  "for two weeks.",
  [
    E("Botswana declares public health emergency", "declares", "COERCE", "martial-law", ("Botswana", "BWA", "GOV"),
      None, BW, None, cl="bw-emergency"),
    E("Boko declared a public health emergency", "declared", "COERCE", "martial-law",
      ("Botswana's President Duma Boko", "BWA", "GOV"), None, BW, P(("GABORONE", 1), "Gaborone"),
      cl="bw-emergency"),
    E("will be held accountable", "held accountable", "THREATEN", "arrest", ("Boko", "BWA", "GOV"),
      ("Those who looted the Central Medical Stores", "BWA", None), None, None, speaker="Boko", mod="threatened"),
    E("an audit had found irregular", "audit", "ACCUSE", "investigate", None, None, None, None, speaker="Boko",
      mod="reported"),
    E("rejected the accusation and said", "rejected", "REJECT", None,
      ("The opposition Botswana Democratic Party", "BWA", "OPP"), None, None, None),
    E("poor management by the new", "poor management", "ACCUSE", "disapprove",
      ("The opposition Botswana Democratic Party", "BWA", "OPP"), ("the new administration", "BWA", "GOV"), None,
      None, speaker="The opposition Botswana Democratic Party", mod="reported"),
    E("Botswana had asked neighbouring", "asked", "REQUEST", "assist", ("Botswana", "BWA", "GOV"),
      ("neighbouring South Africa and the World Health Organization", None, "GOV"), None, None,
      speaker="Health Minister Stephen Modise", mod="demanded"),
    E("antibiotics donated by the WHO", "donated", "AID", None, ("the WHO", None, "IGO"), None, d("2025-08-27"),
      None, speaker="Health Minister Stephen Modise", mod="future"),
  ])

CO_WED = d("2025-08-06")
A("24", "AFP", "2025-08-07",
  "Petro accuses Peru of annexing Amazon island, Lima rejects 'baseless' claim",
  "Petro accuses Peru of annexing Amazon island, Lima rejects 'baseless' claim\n"
  "BOGOTA, Aug 7 (AFP) - Colombian President Gustavo Petro on Wednesday accused Peru of seizing an island in the "
  "Amazon river that Bogota considers its own, and said he would move the official commemoration of the battle of "
  "Boyaca to the border town of Leticia in protest.\n"
  "\"The Peruvian government has just appropriated territory that belongs to Colombia by law,\" Petro wrote on X, "
  "referring to Santa Rosa island, where Peru's Congress last month created a new district.\n"
  "Peru's foreign ministry rejected the accusation as \"baseless\" in a statement, saying the island had been "
  "under Peruvian sovereignty since a 1929 agreement and that Lima would \"defend its territory by all legitimate "
  "means.\"\n"
  "Peruvian Prime Minister Eduardo Arana was due to travel to Santa Rosa on Friday with several ministers.\n"
  "Colombia's foreign ministry sent a protest note to Lima and called for a bilateral commission to settle the "
  "dispute. \"Colombia will not accept any unilateral act that changes the border,\" Foreign Minister Rosa "
  "Villavicencio said.\n"
  "The two countries fought a brief war in 1932 over the Amazon port of Leticia, which ended with a League of "
  "Nations mediation in 1933 and the Rio Protocol signed the following year.",
  [
    E("Petro accuses Peru of annexing", "accuses", "ACCUSE", "allege", ("Petro", "COL", "GOV"), ("Peru", "PER", "GOV"),
      CO_WED, None, cl="co-accuse"),
    E("of annexing Amazon island", "annexing", "COERCE", "seize", ("Peru", "PER", "GOV"), None, None, None,
      speaker="Petro", mod="reported", cl="co-annex"),
    E("Lima rejects 'baseless' claim", "rejects", "REJECT", None, ("Lima", "PER", "GOV"), None, None, None,
      cl="pe-reject"),
    E("on Wednesday accused Peru of seizing", "accused", "ACCUSE", "allege",
      ("Colombian President Gustavo Petro", "COL", "GOV"), ("Peru", "PER", "GOV"), CO_WED,
      P(("BOGOTA", 1), "Bogota"), cl="co-accuse"),
    E("Peru of seizing an island", "seizing", "COERCE", "seize", ("Peru", "PER", "GOV"), None, None, None,
      speaker="Colombian President Gustavo Petro", mod="reported", cl="co-annex"),
    E("to the border town of Leticia in protest", "protest", "PROTEST", None, (("he", "said he would"), "COL", "GOV"), None, None,
      P("Leticia", "Leticia"), speaker="Colombian President Gustavo Petro", mod="future"),
    E("has just appropriated territory", "appropriated", "COERCE", "seize", ("The Peruvian government", "PER", "GOV"),
      None, None, None, speaker="Petro", relays=("X",), mod="reported", cl="co-annex"),
    E("foreign ministry rejected the accusation", "rejected", "REJECT", None, ("Peru's foreign ministry", "PER", "GOV"),
      None, None, None, cl="pe-reject"),
    E("defend its territory by all legitimate", "defend", "THREATEN", None, ("Lima", "PER", "GOV"), None, None, None,
      speaker="Peru's foreign ministry", mod="threatened"),
    E("sent a protest note to Lima", "protest note", "ACCUSE", "disapprove",
      ("Colombia's foreign ministry", "COL", "GOV"), ("Lima", "PER", "GOV"), None, None),
    E("called for a bilateral commission", "called for", "REQUEST", "meet", ("Colombia's foreign ministry", "COL", "GOV"),
      None, None, None, mod="demanded"),
    E("will not accept any unilateral act", "accept", "AGREE", None, ("Colombia", "COL", "GOV"), None, None, None,
      speaker="Foreign Minister Rosa Villavicencio", mod="negated"),
    E("fought a brief war in 1932", "fought", "ASSAULT", None, ("The two countries", None, "MIL"), None,
      yr("1932"), P("Leticia", "Leticia")),
    E("League of Nations mediation", "mediation", "CONSULT", "third-party", ("League of Nations", None, "IGO"), None,
      yr("1933"), None),
    E("the Rio Protocol signed the following", "signed", "SUPPORT", None, None, None, yr("1934"), None),
  ])

A("25", "EFE", "2025-08-08",
  "Peru's cabinet meets on Santa Rosa island as row with Colombia escalates",
  "Peru's cabinet meets on Santa Rosa island as row with Colombia escalates\n"
  "LIMA, Aug 8 (EFE) - Peru's cabinet held a session on Santa Rosa island in the Amazon on Friday, two days after "
  "Colombia's President Gustavo Petro accused Lima of taking the island, the prime minister's office said.\n"
  "Prime Minister Eduardo Arana said Peru \"will not cede a single centimetre\" of the island, where about 3,000 "
  "Peruvians live. \"We call on the Colombian government to respect international law and refrain from "
  "provocations,\" he told reporters in Santa Rosa.\n"
  "Peru's foreign ministry said it had summoned Colombia's ambassador in Lima to express its \"strong rejection\" "
  "of Petro's statements, which it said contradicted the 1934 protocol.\n"
  "Petro, speaking in Leticia on Thursday at a ceremony marking the anniversary of the battle of Boyaca, said "
  "Colombia would take the dispute to the International Court of Justice if Peru did not agree to talks. "
  "Colombian Foreign Minister Rosa Villavicencio said Bogota had not sent troops to the border.",
  [
    E("Petro accused Lima of taking", "accused", "ACCUSE", "allege", ("Colombia's President Gustavo Petro", "COL", "GOV"),
      ("Lima", "PER", "GOV"), CO_WED, None, speaker="the prime minister's office", mod="reported", cl="co-accuse"),
    E("Lima of taking the island", "taking", "COERCE", "seize", ("Lima", "PER", "GOV"), None, None, None,
      speaker="Colombia's President Gustavo Petro", relays=("the prime minister's office",), mod="reported",
      cl="co-annex"),
    E("will not cede a single centimetre", "cede", "CONCEDE", None, ("Peru", "PER", "GOV"), None, None, None,
      speaker="Prime Minister Eduardo Arana", mod="negated"),
    E("We call on the Colombian government", "call on", "REQUEST", None, ("We", "PER", "GOV"),
      ("the Colombian government", "COL", "GOV"), None, P("Santa Rosa", "Santa Rosa"),
      speaker=("he", "provocations,\" he told"), mod="demanded"),
    E("it had summoned Colombia's ambassador", "summoned", "ACCUSE", "disapprove", ("it", "PER", "GOV"),
      ("Colombia's ambassador in Lima", "COL", "GOV"), None, P(("Lima", "ambassador in Lima"), "Lima"),
      speaker="Peru's foreign ministry", mod="reported"),
    E("would take the dispute to the International", "take the dispute", "ACCUSE", "allege", ("Colombia", "COL", "GOV"),
      None, None, None, speaker="Petro", mod="conditional", cond="if Peru did not agree to talks"),
    E("if Peru did not agree to talks", "agree", "AGREE", None, ("Peru", "PER", "GOV"), None, None, None,
      speaker="Petro", mod="hypothetical"),
    E("Bogota had not sent troops", "sent", "MOBILIZE", "troops", ("Bogota", "COL", "GOV"), None, None, None,
      speaker="Colombian Foreign Minister Rosa Villavicencio", mod="negated"),
  ])

GT_MON = d("2025-10-13")
A("26", "Associated Press", "2025-10-14",
  "Guatemala declares state of prevention after 20 gang leaders escape prison",
  "Guatemala declares state of prevention after 20 gang leaders escape prison\n"
  "GUATEMALA CITY (AP) — Guatemala's Congress on Monday approved a 30-day state of prevention requested by "
  "President Bernardo Arévalo after 20 leaders of the Barrio 18 gang escaped from the Fraijanes II "
  "maximum-security prison outside the capital.\n"
  "The measure allows police to break up gatherings and detain suspects for questioning without a court order. "
  "Arévalo fired the director of the prison system and the head of the prison, and said investigators were "
  "looking into whether guards had been bribed.\n"
  "\"Those who helped these criminals escape will go to prison with them,\" Interior Minister Marco Antonio "
  "Villeda told a news conference. Police have recaptured three of the escapees, he said.\n"
  "The U.S. embassy said it was offering rewards for information and that FBI agents would assist in the search. "
  "Opposition lawmakers called on Villeda to resign, accusing him of ignoring warnings from prison staff. Villeda "
  "rejected the calls, saying he would \"not abandon the post in the middle of a crisis.\"\n"
  "Barrio 18 is designated as a terrorist organisation by Guatemala and the United States.",
  [
    E("Guatemala declares state of prevention", "declares", "COERCE", "martial-law", ("Guatemala", "GTM", "GOV"), None,
      GT_MON, None, cl="gt-state"),
    E("Congress on Monday approved", "approved", "COERCE", "martial-law", ("Guatemala's Congress", "GTM", "LEG"), None,
      GT_MON, P(("GUATEMALA CITY", 1), "Guatemala City"), cl="gt-state"),
    E("requested by President Bernardo", "requested", "REQUEST", None, ("President Bernardo Arévalo", "GTM", "GOV"),
      None, None, None, mod="demanded"),
    E("allows police to break up gatherings", "break up", "COERCE", "restrict", ("The measure", "GTM", "GOV"), None,
      None, None),
    E("and detain suspects for questioning", "detain", "THREATEN", "arrest", ("The measure", "GTM", "GOV"),
      ("suspects", "GTM", None), None, None, mod="threatened"),
    E("Arévalo fired the director", "fired", "COERCE", None, ("Arévalo", "GTM", "GOV"),
      ("the director of the prison system", "GTM", "GOV"), None, None),
    E("investigators were looking into", "looking into", "ACCUSE", "investigate", ("investigators", "GTM", "COP"),
      ("guards", "GTM", "COP"), None, None, speaker="Arévalo", mod="reported"),
    E("will go to prison with them", "go to prison", "THREATEN", "arrest",
      ("Interior Minister Marco Antonio Villeda", "GTM", "GOV"),
      ("Those who helped these criminals escape", "GTM", None), None, None,
      speaker="Interior Minister Marco Antonio Villeda", mod="threatened"),
    E("Police have recaptured three", "recaptured", "COERCE", "arrest", ("Police", "GTM", "COP"),
      ("three of the escapees", "GTM", "UAF"), None, None, speaker=("he", "escapees, he said"), mod="reported"),
    E("FBI agents would assist in the search", "assist", "AID", None, ("FBI agents", "USA", "COP"), None, None, None,
      speaker="The U.S. embassy", mod="future"),
    E("called on Villeda to resign", "called on", "REQUEST", "change", ("Opposition lawmakers", "GTM", "OPP"),
      ("Villeda", "GTM", "GOV"), None, None, mod="demanded"),
    E("accusing him of ignoring", "accusing", "ACCUSE", "allege", ("Opposition lawmakers", "GTM", "OPP"),
      ("him", "GTM", "GOV"), None, None),
    E("rejected the calls", "rejected", "REJECT", None, ("Villeda", "GTM", "GOV"), None, None, None),
    E("not abandon the post", "abandon", "RETREAT", "resign", (("he", "saying he would"), "GTM", "GOV"), None, None, None,
      speaker="Villeda", mod="negated"),
    E("is designated as a terrorist organisation", "designated", "SANCTION", None,
      ("Guatemala and the United States", None, "GOV"), ("Barrio 18", "GTM", "UAF"), None, None),
  ])

A("27", "La Nación", "2025-10-15",
  "Costa Rica's late strike sinks Honduras in San José siege",
  "Costa Rica's late strike sinks Honduras in San José siege\n"
  "SAN JOSÉ - Costa Rica kept their World Cup hopes alive on Tuesday night, breaking down a stubborn Honduran "
  "defence in the 88th minute to win 2-1 at the Estadio Nacional.\n"
  "The visitors had taken the lead against the run of play when Luis Palma fired a low shot past Keylor Navas "
  "shortly before half-time. Costa Rica laid siege to the Honduran goal after the break and finally broke through "
  "when Manfred Ugalde headed in a corner on the hour.\n"
  "With the home crowd roaring them on, the Ticos kept up the bombardment, and substitute Josimar Alcócer "
  "stunned the visitors with a curling shot from the edge of the box.\n"
  "\"We fought for every ball. This team never surrenders,\" coach Miguel Herrera said. Honduras coach Reinaldo "
  "Rueda complained that his side had been denied a clear penalty and said they would \"go to war\" in their "
  "final match.\n"
  "Thousands of fans poured into the streets of the capital to celebrate after the final whistle.",
  [])

JP_MON, JP_THU, JP_FRI = d("2025-11-10"), d("2025-11-13"), d("2025-11-14")
A("28", "Reuters", "2025-11-15",
  "China summons Japanese envoy, warns citizens against Japan travel over Takaichi's Taiwan remarks",
  "China summons Japanese envoy, warns citizens against Japan travel over Takaichi's Taiwan remarks\n"
  "TOKYO, Nov 15 (Reuters) - China summoned Japan's ambassador and advised its citizens to avoid travelling to "
  "Japan, escalating a row over Prime Minister Sanae Takaichi's remark that a Chinese attack on Taiwan could "
  "justify a Japanese military response.\n"
  "Vice Foreign Minister Sun Weidong told ambassador Kenji Kanasugi on Thursday that Takaichi's comments were "
  "\"extremely erroneous\" and demanded that she retract them, the Xinhua news agency reported, citing a foreign "
  "ministry statement.\n"
  "\"If Japan dares to intervene militarily in the Taiwan Strait, it will be an act of aggression, and China will "
  "deal it a head-on blow,\" defence ministry spokesman Jiang Bin said on Friday.\n"
  "Japan's foreign ministry said it had lodged a protest with Beijing over a social media post by China's consul "
  "general in Osaka, Xue Jian, who wrote that \"the dirty neck that sticks itself in must be cut off.\" Tokyo "
  "demanded that China take \"appropriate action\" against the diplomat.\n"
  "Takaichi told parliament on Monday that she would not retract her remarks, which she said were consistent with "
  "the government's long-standing position.\n"
  "Two Chinese airlines offered free refunds on flights to Japan, Kyodo news agency reported. Chinese coast guard "
  "vessels sailed through waters around the Japanese-controlled Senkaku Islands on Friday, Japan's coast guard "
  "said.",
  [
    E("China summons Japanese envoy", "summons", "ACCUSE", "disapprove", ("China", "CHN", "GOV"),
      ("Japanese envoy", "JPN", "GOV"), JP_THU, None, cl="cn-summon"),
    E("warns citizens against Japan travel", "warns", "REQUEST", None, ("China", "CHN", "GOV"),
      ("citizens", "CHN", "CVL"), None, None, mod="demanded", cl="cn-advice"),
    E("China summoned Japan's ambassador", "summoned", "ACCUSE", "disapprove", ("China", "CHN", "GOV"),
      ("Japan's ambassador", "JPN", "GOV"), JP_THU, None, cl="cn-summon"),
    E("advised its citizens to avoid", "advised", "REQUEST", None, ("China", "CHN", "GOV"),
      ("its citizens", "CHN", "CVL"), None, None, mod="demanded", cl="cn-advice"),
    E("a Chinese attack on Taiwan", "attack", "ASSAULT", None, ("Chinese", "CHN", "MIL"), ("Taiwan", "TWN", "GOV"),
      None, None, speaker="Prime Minister Sanae Takaichi", mod="hypothetical"),
    E("a Japanese military response", "response", "MOBILIZE", "troops", ("Japanese", "JPN", "MIL"), None, None, None,
      speaker="Prime Minister Sanae Takaichi", mod="hypothetical"),
    E("comments were \"extremely erroneous\"", "erroneous", "ACCUSE", "disapprove",
      ("Vice Foreign Minister Sun Weidong", "CHN", "GOV"), ("Takaichi", "JPN", "GOV"), JP_THU, None,
      speaker="Vice Foreign Minister Sun Weidong",
      relays=("a foreign ministry statement", "the Xinhua news agency"), mod="reported"),
    E("demanded that she retract them", "demanded", "REQUEST", None, ("Vice Foreign Minister Sun Weidong", "CHN", "GOV"),
      ("she", "JPN", "GOV"), JP_THU, None, relays=("a foreign ministry statement", "the Xinhua news agency"),
      mod="demanded"),
    E("China will deal it a head-on blow", "deal", "THREATEN", "violence", ("China", "CHN", "GOV"),
      (("it", "deal it"), "JPN", "GOV"), JP_FRI, None, speaker="defence ministry spokesman Jiang Bin", mod="threatened"),
    E("dares to intervene militarily", "intervene", "MOBILIZE", "troops", ("Japan", "JPN", "GOV"), None, None,
      P("the Taiwan Strait", "Taiwan Strait"), speaker="defence ministry spokesman Jiang Bin", mod="hypothetical"),
    E("it had lodged a protest with Beijing", "protest", "ACCUSE", "disapprove", ("it", "JPN", "GOV"),
      ("Beijing", "CHN", "GOV"), None, None, speaker="Japan's foreign ministry", mod="reported"),
    E("must be cut off", "cut off", "THREATEN", "violence", ("who", "CHN", "GOV"), None, None, None,
      speaker="who", relays=("a social media post",), mod="threatened"),
    E("Tokyo demanded that China take", "demanded", "REQUEST", None, ("Tokyo", "JPN", "GOV"),
      (("China", "demanded that China"), "CHN", "GOV"),
      None, None, mod="demanded"),
    E("she would not retract her remarks", "retract", "CONCEDE", None, ("she", "JPN", "GOV"), None, None, None,
      speaker="Takaichi", mod="negated"),
    E("vessels sailed through waters around", "sailed", "COERCE", None, ("Chinese coast guard vessels", "CHN", "COP"),
      None, JP_FRI, P("the Japanese-controlled Senkaku Islands", "Senkaku"), speaker="Japan's coast guard",
      mod="reported"),
  ])

NK = d("2025-11-07")
A("29", "Yonhap", "2025-11-07",
  "N. Korea fires short-range ballistic missile into East Sea: JCS",
  "N. Korea fires short-range ballistic missile into East Sea: JCS\n"
  "SEOUL, Nov. 7 (Yonhap) -- North Korea fired a short-range ballistic missile into the East Sea on Friday, South "
  "Korea's military said, days after U.S. Defense Secretary Pete Hegseth visited the inter-Korean border.\n"
  "The missile was launched from an area near Pyongyang at around 12:35 p.m. and flew about 700 kilometers, the "
  "Joint Chiefs of Staff (JCS) said in a text message to reporters.\n"
  "\"Our military has strengthened surveillance and vigilance in preparation for additional launches and is "
  "closely sharing information with the United States and Japan,\" the JCS said.\n"
  "Japan's defense ministry said the missile fell outside its exclusive economic zone and that Tokyo had lodged "
  "a protest with Pyongyang through diplomatic channels in Beijing.\n"
  "Earlier in the day, North Korea's defense minister No Kwang-chol denounced joint drills by South Korea and the "
  "United States as a \"reckless provocation\" and warned that Pyongyang would take \"more offensive action\" if "
  "they continued, according to the Korean Central News Agency (KCNA).\n"
  "It was the North's first ballistic missile launch since Oct. 22, when it fired several short-range missiles "
  "ahead of the APEC summit in Gyeongju.",
  [
    E("N. Korea fires short-range", "fires", "MOBILIZE", "weapons", ("N. Korea", "PRK", "MIL"), None, NK, None,
      speaker="JCS", mod="reported", cl="nk-launch"),
    E("North Korea fired a short-range", "fired", "MOBILIZE", "weapons", ("North Korea", "PRK", "MIL"), None, NK,
      None, speaker="South Korea's military", mod="reported", cl="nk-launch"),
    E("The missile was launched from", "launched", "MOBILIZE", "weapons", None, None, NK, P("Pyongyang", "Pyongyang"),
      speaker="the Joint Chiefs of Staff (JCS)", mod="reported", cl="nk-launch"),
    E("closely sharing information", "sharing", "COOPERATE", None, ("Our military", "KOR", "MIL"),
      ("the United States and Japan", None, "GOV"), None, None, speaker="the JCS", mod="reported"),
    E("Tokyo had lodged a protest", "protest", "ACCUSE", "disapprove", ("Tokyo", "JPN", "GOV"),
      ("Pyongyang", "PRK", "GOV"), None, P("Beijing", "Beijing"), speaker="Japan's defense ministry", mod="reported"),
    E("No Kwang-chol denounced joint drills", "denounced", "ACCUSE", "disapprove",
      ("North Korea's defense minister No Kwang-chol", "PRK", "GOV"),
      ("South Korea and the United States", None, "GOV"), NK, None,
      relays=("the Korean Central News Agency (KCNA)",)),
    E("denounced joint drills by", "drills", "MOBILIZE", "troops", ("South Korea and the United States", None, "MIL"),
      None, None, None, speaker="North Korea's defense minister No Kwang-chol",
      relays=("the Korean Central News Agency (KCNA)",), mod="reported"),
    E("warned that Pyongyang would take", "warned", "THREATEN", "violence",
      ("North Korea's defense minister No Kwang-chol", "PRK", "GOV"), ("they", None, "MIL"), NK, None,
      relays=("the Korean Central News Agency (KCNA)",), mod="threatened"),
    E("if they continued, according", "continued", "MOBILIZE", "troops", ("they", None, "MIL"), None, None, None,
      speaker="North Korea's defense minister No Kwang-chol",
      relays=("the Korean Central News Agency (KCNA)",), mod="hypothetical"),
    E("first ballistic missile launch since", "launch", "MOBILIZE", "weapons", ("the North", "PRK", "MIL"), None, NK,
      None, cl="nk-launch"),
    E("when it fired several short-range", "fired", "MOBILIZE", "weapons", ("it", "PRK", "MIL"), None,
      d("2025-10-22", True), None),
  ])

TW = d("2025-02-25")
A("30", "Focus Taiwan", "2025-02-26",
  "Taiwan detains Chinese-crewed ship suspected of cutting Penghu cable",
  "Taiwan detains Chinese-crewed ship suspected of cutting Penghu cable\n"
  "TAIPEI, Feb. 26 (CNA) - Taiwan's coast guard on Tuesday detained a Togo-flagged cargo ship with a Chinese crew "
  "after a submarine cable linking Taiwan's main island with the outlying Penghu islands was severed, the Coast "
  "Guard Administration (CGA) said.\n"
  "The vessel, the Hong Tai, had been loitering near the cable for several hours before the cable was damaged "
  "early on Tuesday, the CGA said. Coast guard officers boarded the ship and escorted it to the southern port of "
  "Tainan, where prosecutors questioned its eight crew members.\n"
  "\"We cannot rule out that this was an act of sabotage directed by China,\" Premier Cho Jung-tai told "
  "reporters, calling on Beijing to \"stop its grey-zone harassment.\"\n"
  "China's Taiwan Affairs Office spokeswoman Zhu Fenglian dismissed the accusation as \"malicious hype,\" saying "
  "Beijing had no knowledge of the incident and that the Democratic Progressive Party was \"smearing the mainland "
  "for political purposes.\"\n"
  "The Tainan District Prosecutors Office said it had asked a court to detain the ship's captain, a Chinese "
  "national, on charges of damaging communications infrastructure. In January, Taiwan accused another "
  "Chinese-owned ship of dragging its anchor across a cable north of Keelung.",
  [
    E("Taiwan detains Chinese-crewed ship", "detains", "COERCE", "seize", ("Taiwan", "TWN", "COP"),
      ("Chinese-crewed ship", "CHN", "BUS"), TW, None, cl="tw-detain"),
    E("suspected of cutting Penghu cable", "cutting", "ASSAULT", "destroy", ("Chinese-crewed ship", "CHN", "BUS"),
      None, TW, None, cl="tw-cable"),
    E("coast guard on Tuesday detained", "detained", "COERCE", "seize", ("Taiwan's coast guard", "TWN", "COP"),
      ("a Togo-flagged cargo ship with a Chinese crew", "TGO", "BUS"), TW, None,
      speaker="the Coast Guard Administration (CGA)", mod="reported", cl="tw-detain"),
    E("Penghu islands was severed", "severed", "ASSAULT", "destroy", None, None, TW, None,
      speaker="the Coast Guard Administration (CGA)", mod="reported", cl="tw-cable"),
    E("the cable was damaged early on Tuesday", "damaged", "ASSAULT", "destroy", None, None, TW, None,
      speaker="the CGA", mod="reported", cl="tw-cable"),
    E("Coast guard officers boarded the ship", "boarded", "COERCE", None, ("Coast guard officers", "TWN", "COP"),
      ("the ship", "TGO", "BUS"), TW, None),
    E("prosecutors questioned its eight crew", "questioned", "ACCUSE", "investigate", ("prosecutors", "TWN", "JUD"),
      ("its eight crew members", "CHN", "CVL"), None, P("Tainan", "Tainan")),
    E("an act of sabotage directed by China", "sabotage", "ASSAULT", "destroy", ("China", "CHN", "GOV"), None, None,
      None, speaker="Premier Cho Jung-tai", mod="hypothetical", cl="tw-cable"),
    E("calling on Beijing to", "calling on", "REQUEST", None, ("Premier Cho Jung-tai", "TWN", "GOV"),
      ("Beijing", "CHN", "GOV"), None, None, mod="demanded"),
    E("dismissed the accusation as", "dismissed", "ACCUSE", "disapprove",
      ("China's Taiwan Affairs Office spokeswoman Zhu Fenglian", "CHN", "GOV"), None, None, None),
    E("was \"smearing the mainland", "smearing", "ACCUSE", "disapprove",
      ("China's Taiwan Affairs Office spokeswoman Zhu Fenglian", "CHN", "GOV"),
      ("the Democratic Progressive Party", "TWN", "GOV"), None, None,
      speaker="China's Taiwan Affairs Office spokeswoman Zhu Fenglian", mod="reported"),
    E("it had asked a court to detain", "asked", "REQUEST", None, ("it", "TWN", "JUD"), ("a court", "TWN", "JUD"),
      None, None, speaker="The Tainan District Prosecutors Office", mod="demanded"),
    E("Taiwan accused another", "accused", "ACCUSE", "allege", ("Taiwan", "TWN", "GOV"),
      ("another Chinese-owned ship", "CHN", "BUS"), mo("2025-01", True), None),
    E("of dragging its anchor", "dragging", "ASSAULT", "destroy", ("another Chinese-owned ship", "CHN", "BUS"), None,
      None, None, speaker="Taiwan", mod="reported"),
  ])

A("31", "RNZ", "2025-06-19",
  "NZ pauses $18.2m in funding to Cook Islands over China deals",
  "NZ pauses $18.2m in funding to Cook Islands over China deals\n"
  "New Zealand has paused $18.2 million in development funding to the Cook Islands, saying Avarua failed to "
  "consult Wellington before signing a series of agreements with China.\n"
  "A spokesperson for Foreign Minister Winston Peters said the funding would not resume until the Cook Islands "
  "government took \"concrete steps to repair the relationship and restore trust\".\n"
  "The agreements, signed by Prime Minister Mark Brown in Beijing in February, cover seabed minerals exploration, "
  "infrastructure and education. Under the countries' free-association arrangement, the Cook Islands is expected "
  "to consult New Zealand on defence and security matters.\n"
  "Brown said he was \"disappointed\" by the decision and denied that the deals contained any security "
  "provisions. \"We have not signed anything that threatens New Zealand's interests,\" he told RNZ Pacific in "
  "Rarotonga.\n"
  "Opposition leader Tina Browne accused Brown of damaging the country's closest relationship and called on him "
  "to publish the full text of the agreements. Dozens of people marched in Avarua in March to protest against the "
  "deals.\n"
  "China's foreign ministry said its cooperation with the Cook Islands \"is not directed at any third party\" and "
  "urged New Zealand to \"respect the Cook Islands' choices\".",
  [
    E("NZ pauses $18.2m", "pauses", "SANCTION", "discontinue", ("NZ", "NZL", "GOV"), ("Cook Islands", "COK", "GOV"),
      None, None, cl="nz-pause"),
    E("New Zealand has paused", "paused", "SANCTION", "discontinue", ("New Zealand", "NZL", "GOV"),
      ("the Cook Islands", "COK", "GOV"), None, None, cl="nz-pause"),
    E("Avarua failed to consult Wellington", "consult", "CONSULT", None, ("Avarua", "COK", "GOV"),
      ("Wellington", "NZL", "GOV"), None, None, speaker="New Zealand", mod="negated"),
    E("before signing a series", "signing", "SUPPORT", None, ("Avarua", "COK", "GOV"), ("China", "CHN", "GOV"),
      mo("2025-02", True), None, speaker="New Zealand", mod="reported", cl="ck-sign"),
    E("the funding would not resume", "resume", "AID", None, None, None, None, None,
      speaker="A spokesperson for Foreign Minister Winston Peters", mod="negated"),
    E("signed by Prime Minister Mark Brown", "signed", "SUPPORT", None, ("Prime Minister Mark Brown", "COK", "GOV"),
      None, mo("2025-02", True), P("Beijing", "Beijing"), cl="ck-sign"),
    E("he was \"disappointed\" by the decision", "disappointed", "ACCUSE", "disapprove", ("he", "COK", "GOV"), None,
      None, None, speaker="Brown", mod="reported"),
    E("denied that the deals contained", "denied", "REJECT", None, ("Brown", "COK", "GOV"), None, None, None),
    E("We have not signed anything", "signed", "SUPPORT", None, ("We", "COK", "GOV"), None, None, None,
      speaker="he", mod="denied"),
    E("Tina Browne accused Brown", "accused", "ACCUSE", "allege", ("Opposition leader Tina Browne", "COK", "OPP"),
      (("Brown", "accused Brown"), "COK", "GOV"), None, None),
    E("called on him to publish", "called on", "REQUEST", None, ("Opposition leader Tina Browne", "COK", "OPP"),
      ("him", "COK", "GOV"), None, None, mod="demanded"),
    E("Dozens of people marched in Avarua", "marched", "PROTEST", "demo", ("Dozens of people", "COK", "CVL"), None,
      mo("2025-03", True), P("Avarua", "Avarua")),
    E("urged New Zealand to", "urged", "REQUEST", None, ("China's foreign ministry", "CHN", "GOV"),
      ("New Zealand", "NZL", "GOV"), None, None, mod="demanded"),
  ])

BA_WED = d("2025-03-12")
A("32", "Reuters", "2025-03-13",
  "Bosnian prosecutors seek arrest of Serb leader Dodik, he vows to resist",
  "Bosnian prosecutors seek arrest of Serb leader Dodik, he vows to resist\n"
  "SARAJEVO, March 13 (Reuters) - Bosnia's state prosecutor on Wednesday issued an arrest warrant for Bosnian Serb "
  "leader Milorad Dodik after he ignored two summonses for questioning over laws that bar national police and "
  "courts from operating in the Serb-run Republika Srpska region.\n"
  "Dodik, who was sentenced last month to a year in prison and banned from politics for six years for defying the "
  "international peace envoy, said he would not respond to \"an illegal warrant\" and told supporters in Banja "
  "Luka that Republika Srpska police would protect him. \"If they try to arrest me, they will have to come "
  "through 7,000 of our police officers,\" he said.\n"
  "The U.S. embassy in Sarajevo condemned the laws adopted by the regional parliament as \"a direct attack on the "
  "Dayton agreement\" and said Washington would consider \"all available tools\" against those undermining it.\n"
  "Serbian President Aleksandar Vucic, who met Dodik in Belgrade on Tuesday, said Serbia would stand by the Serb "
  "people but urged calm. The European Union's peacekeeping force EUFOR said it was reinforcing its presence "
  "with 400 additional troops as a precaution.\n"
  "The 1992-95 war in Bosnia killed about 100,000 people. It ended with the U.S.-brokered Dayton peace accords "
  "signed in December 1995.",
  [
    E("Bosnian prosecutors seek arrest", "seek arrest", "ACCUSE", "allege", ("Bosnian prosecutors", "BIH", "JUD"),
      ("Serb leader Dodik", "BIH", "GOV"), BA_WED, None, cl="ba-warrant"),
    E("he vows to resist", "vows", "THREATEN", None, ("he", "BIH", "GOV"), None, None, None, mod="threatened",
      cl="ba-resist"),
    E("issued an arrest warrant for Bosnian", "warrant", "ACCUSE", "allege", ("Bosnia's state prosecutor", "BIH", "JUD"),
      ("Bosnian Serb leader Milorad Dodik", "BIH", "GOV"), BA_WED, P(("SARAJEVO", 1), "Sarajevo"), cl="ba-warrant"),
    E("he ignored two summonses", "ignored", "REJECT", None, ("he", "BIH", "GOV"), None, None, None),
    E("laws that bar national police", "bar", "COERCE", "restrict", ("laws", "BIH", "LEG"),
      ("national police and courts", "BIH", "COP"), None, None, cl="ba-laws"),
    E("who was sentenced last month", "sentenced", "SANCTION", "convict", None, ("who", "BIH", "GOV"),
      mo("2025-02", True), None),
    E("for defying the international peace envoy", "defying", "REJECT", None, ("who", "BIH", "GOV"),
      ("the international peace envoy", None, "IGO"), None, None),
    E("he would not respond to", "respond", "COOPERATE", None, (("he", "said he would not"), "BIH", "GOV"), None,
      None, None, speaker="Dodik", mod="negated"),
    E("an illegal warrant", "warrant", "ACCUSE", "allege", None, None, BA_WED, None, speaker="Dodik", mod="reported",
      cl="ba-warrant"),
    E("they will have to come through", "come through", "THREATEN", "violence",
      (("he", "officers,\" he said"), "BIH", "GOV"), (("they", "me, they will"), "BIH", "COP"), None, None,
      speaker=("he", "officers,\" he said"), mod="threatened", cl="ba-resist"),
    E("If they try to arrest me", "arrest", "COERCE", "arrest", ("they", "BIH", "COP"), ("me", "BIH", "GOV"), None,
      None, speaker=("he", "officers,\" he said"), mod="hypothetical"),
    E("embassy in Sarajevo condemned", "condemned", "ACCUSE", "disapprove",
      ("The U.S. embassy in Sarajevo", "USA", "GOV"), ("the regional parliament", "BIH", "LEG"), None, None),
    E("the laws adopted by the regional", "adopted", "COERCE", "restrict", ("the regional parliament", "BIH", "LEG"),
      None, None, None, speaker="The U.S. embassy in Sarajevo", mod="reported", cl="ba-laws"),
    E("Washington would consider", "consider", "SANCTION", None, ("Washington", "USA", "GOV"),
      ("those undermining it", "BIH", None), None, None, speaker="The U.S. embassy in Sarajevo", mod="hypothetical"),
    E("who met Dodik in Belgrade", "met", "CONSULT", None, ("who", "SRB", "GOV"), ("Dodik", "BIH", "GOV"),
      d("2025-03-11"), P("Belgrade", "Belgrade")),
    E("but urged calm", "urged", "REQUEST", None, ("Serbian President Aleksandar Vucic", "SRB", "GOV"), None, None,
      None, mod="demanded"),
    E("it was reinforcing its presence", "reinforcing", "MOBILIZE", "troops", ("it", None, "IGO"), None, None, None,
      speaker="The European Union's peacekeeping force EUFOR", mod="reported"),
    E("accords signed in December 1995", "signed", "SUPPORT", None, None, None, mo("1995-12", True), None),
  ])

MK_MON = d("2025-03-17")
A("33", "Balkan Insight", "2025-03-17",
  "North Macedonia detains 15 over Kocani nightclub fire as protests spread",
  "North Macedonia detains 15 over Kocani nightclub fire as protests spread\n"
  "SKOPJE - Police in North Macedonia have detained 15 people, including the owner of the Pulse nightclub and "
  "former officials of the economy ministry, over a fire that killed 59 people in the eastern town of Kocani early "
  "on Sunday, Interior Minister Pance Toskovski said on Monday.\n"
  "The fire broke out when pyrotechnics used during a concert ignited the ceiling of the club, which investigators "
  "say was operating with a licence issued illegally. \"This is a case of corruption that cost lives,\" Toskovski "
  "said.\n"
  "Prime Minister Hristijan Mickoski ordered inspections of all nightclubs and announced that the government would "
  "close any venue that did not meet safety standards. Police sealed off three clubs in Skopje on Monday evening.\n"
  "Hundreds of people gathered outside the Kocani town hall on Monday demanding justice, and some protesters "
  "smashed windows and set fire to a bar said to belong to the club's owner. Police said two officers were "
  "injured.\n"
  "Greece, Serbia and Bulgaria sent medical teams and helicopters to help treat the injured, and several patients "
  "were flown to hospitals in Lithuania and Greece.",
  [
    E("North Macedonia detains 15", "detains", "COERCE", "arrest", ("North Macedonia", "MKD", "COP"),
      ("15", "MKD", "CVL"), None, None, cl="mk-arrest"),
    E("as protests spread", "protests", "PROTEST", "demo", None, None, MK_MON, None, cl="mk-protest"),
    E("have detained 15 people", "detained", "COERCE", "arrest", ("Police in North Macedonia", "MKD", "COP"),
      ("15 people", "MKD", "CVL"), None, None, speaker="Interior Minister Pance Toskovski", mod="reported",
      cl="mk-arrest"),
    E("a case of corruption that cost", "corruption", "ACCUSE", "allege", ("Toskovski", "MKD", "GOV"), None, None,
      None, speaker="Toskovski", mod="reported"),
    E("ordered inspections of all nightclubs", "inspections", "ACCUSE", "investigate",
      ("Prime Minister Hristijan Mickoski", "MKD", "GOV"), ("all nightclubs", "MKD", "BUS"), None, None),
    E("the government would close any venue", "close", "COERCE", "restrict", ("the government", "MKD", "GOV"),
      ("any venue that did not meet safety standards", "MKD", "BUS"), None, None,
      speaker="Prime Minister Hristijan Mickoski", mod="future"),
    E("Police sealed off three clubs", "sealed off", "COERCE", "restrict", ("Police", "MKD", "COP"),
      ("three clubs", "MKD", "BUS"), MK_MON, P("Skopje", "Skopje")),
    E("Hundreds of people gathered outside", "gathered", "PROTEST", "demo", ("Hundreds of people", "MKD", "CVL"), None,
      MK_MON, P("Kocani", "Kocani"), cl="mk-protest"),
    E("some protesters smashed windows", "smashed", "PROTEST", "vandalize", ("some protesters", "MKD", "CVL"), None,
      MK_MON, P("Kocani", "Kocani")),
    E("set fire to a bar", "set fire", "PROTEST", "riot", ("some protesters", "MKD", "CVL"), ("a bar", "MKD", "BUS"),
      MK_MON, P("Kocani", "Kocani")),
    E("Greece, Serbia and Bulgaria sent", "sent", "AID", None, ("Greece, Serbia and Bulgaria", None, "GOV"),
      ("the injured", "MKD", "CVL"), None, None),
  ])

AL_SAT = d("2024-12-21")
AL_KILL = d("2024-11-17", True)
A("34", "Associated Press", "2024-12-22",
  "Albania to shut TikTok for a year after teenager's killing",
  "Albania to shut TikTok for a year after teenager's killing\n"
  "TIRANA, Albania (AP) — Albania will block TikTok for a year, Prime Minister Edi Rama said Saturday, blaming the "
  "platform for fueling violence among children after a 14-year-old boy was stabbed to death by a classmate last "
  "month.\n"
  "Rama said the ban would take effect in January and that the government would hold talks with TikTok on "
  "measures to protect minors. \"If TikTok does not change, it will stay closed,\" he said.\n"
  "The boy was killed on Nov. 17 near a school in Tirana after a quarrel that started on social media. Police "
  "arrested a 14-year-old suspect the same day.\n"
  "TikTok said in a statement that it had found no evidence that the suspect or the victim had accounts on the "
  "platform and urged the Albanian government to reconsider.\n"
  "Opposition Democratic Party lawmaker Jorida Tabaku accused Rama of using the killing as a pretext to silence "
  "critics ahead of parliamentary elections in May. Several hundred students protested in Tirana last week "
  "demanding more security in schools.",
  [
    E("Albania to shut TikTok", "shut", "COERCE", "censor", ("Albania", "ALB", "GOV"), ("TikTok", None, "BUS"),
      mo("2025-01"), None, mod="future", cl="al-ban"),
    E("Albania will block TikTok", "block", "COERCE", "censor", (("Albania", "— Albania will"), "ALB", "GOV"), ("TikTok", None, "BUS"),
      mo("2025-01"), None, speaker="Prime Minister Edi Rama", mod="future", cl="al-ban"),
    E("blaming the platform for fueling", "blaming", "ACCUSE", "allege", ("Prime Minister Edi Rama", "ALB", "GOV"),
      ("the platform", None, "BUS"), AL_SAT, P(("TIRANA", 1), "Tirana")),
    E("was stabbed to death by a classmate", "stabbed", "ASSAULT", None, ("a classmate", "ALB", "CVL"),
      ("a 14-year-old boy", "ALB", "CVL"), AL_KILL, None, cl="al-stab"),
    E("the ban would take effect in January", "ban", "COERCE", "censor", None, None, mo("2025-01"), None,
      speaker="Rama", mod="future", cl="al-ban"),
    E("would hold talks with TikTok", "talks", "CONSULT", None, ("the government", "ALB", "GOV"),
      ("TikTok", None, "BUS"), None, None, speaker="Rama", mod="future"),
    E("it will stay closed", "closed", "COERCE", "censor", None, None, None, None, speaker=("he", "closed,\" he said"),
      mod="conditional", cond="If TikTok does not change"),
    E("The boy was killed on Nov. 17", "killed", "ASSAULT", None, None, ("The boy", "ALB", "CVL"), AL_KILL,
      P("Tirana", "Tirana"), cl="al-stab"),
    E("Police arrested a 14-year-old suspect", "arrested", "COERCE", "arrest", ("Police", "ALB", "COP"),
      ("a 14-year-old suspect", "ALB", "CVL"), AL_KILL, None),
    E("urged the Albanian government to reconsider", "urged", "REQUEST", "change", ("TikTok", None, "BUS"),
      ("the Albanian government", "ALB", "GOV"), None, None, mod="demanded"),
    E("Jorida Tabaku accused Rama", "accused", "ACCUSE", "allege",
      ("Opposition Democratic Party lawmaker Jorida Tabaku", "ALB", "OPP"), ("Rama", "ALB", "GOV"), None, None),
    E("to silence critics", "silence", "COERCE", "censor", ("Rama", "ALB", "GOV"), ("critics", "ALB", "OPP"), None,
      None, speaker="Opposition Democratic Party lawmaker Jorida Tabaku", mod="reported"),
    E("students protested in Tirana last week", "protested", "PROTEST", "demo",
      ("Several hundred students", "ALB", "EDU"), None, wk("2024-W50"), P("Tirana", "Tirana")),
  ])

LR = d("2024-12-18")
A("35", "FrontPage Africa", "2024-12-19",
  "Police fire tear gas as protesters march on Capitol; majority bloc defies Speaker",
  "Police fire tear gas as protesters march on Capitol; majority bloc defies Speaker\n"
  "MONROVIA - Police on Wednesday fired tear gas to disperse hundreds of protesters who marched on the Capitol "
  "Building in Monrovia demanding the resignation of House Speaker J. Fonati Koffa, hours before a fire gutted "
  "part of the building.\n"
  "The Liberia National Police said in a statement that it had arrested 12 people and that an investigation had "
  "been opened into the cause of the fire. Police Inspector General Gregory Coleman said the blaze \"was no "
  "accident\" and vowed that \"those who planned and executed this act of terror will be brought to book.\"\n"
  "Koffa, who has been locked in a standoff with a majority bloc of lawmakers since October, accused President "
  "Joseph Boakai's government of orchestrating the protest to remove him from office. The presidency denied any "
  "involvement and called on all sides to respect the rule of law.\n"
  "The majority bloc, which has held separate sittings in defiance of the Speaker, urged the Supreme Court to "
  "rule quickly on the dispute. The court ruled earlier this month that the bloc's sessions were "
  "unconstitutional.\n"
  "The United States embassy condemned the arson and offered to help Liberian investigators.",
  [
    E("Police fire tear gas as", "fire", "ASSAULT", "crowd-control", ("Police", "LBR", "COP"), None, LR, None,
      cl="lr-gas"),
    E("protesters march on Capitol;", "march", "PROTEST", "demo", ("protesters", "LBR", "CVL"),
      ("Capitol", "LBR", "LEG"), LR, None, cl="lr-march"),
    E("majority bloc defies Speaker", "defies", "REJECT", None, ("majority bloc", "LBR", "LEG"),
      ("Speaker", "LBR", "LEG"), None, None, cl="lr-defy"),
    E("Police on Wednesday fired tear gas", "fired", "ASSAULT", "crowd-control", ("Police", "LBR", "COP"),
      ("hundreds of protesters", "LBR", "CVL"), LR, P("Monrovia", "Monrovia"), cl="lr-gas"),
    E("who marched on the Capitol", "marched", "PROTEST", "demo", ("who", "LBR", "CVL"),
      ("the Capitol Building", "LBR", "LEG"), LR, P("Monrovia", "Monrovia"), cl="lr-march"),
    E("it had arrested 12 people", "arrested", "COERCE", "arrest", ("it", "LBR", "COP"), ("12 people", "LBR", "CVL"),
      LR, P(("MONROVIA", 1), "Monrovia"), speaker="The Liberia National Police", mod="reported"),
    E("an investigation had been opened", "investigation", "ACCUSE", "investigate", None, None, None, None,
      speaker="The Liberia National Police", mod="reported"),
    E("vowed that \"those who planned", "vowed", "THREATEN", "arrest",
      ("Police Inspector General Gregory Coleman", "LBR", "COP"),
      ("those who planned and executed this act of terror", "LBR", None), None, None, mod="threatened"),
    E("planned and executed this act", "executed", "ASSAULT", "destroy",
      ("those who planned and executed this act of terror", "LBR", None), None, LR, None,
      speaker="Police Inspector General Gregory Coleman", mod="reported", cl="lr-arson"),
    E("accused President Joseph", "accused", "ACCUSE", "allege", ("Koffa", "LBR", "LEG"),
      ("President Joseph Boakai's government", "LBR", "GOV"), None, None),
    E("to remove him from office", "remove", "COERCE", None, ("President Joseph Boakai's government", "LBR", "GOV"),
      ("him", "LBR", "LEG"), None, None, speaker="Koffa", mod="reported"),
    E("The presidency denied any involvement", "denied", "REJECT", None, ("The presidency", "LBR", "GOV"), None, None,
      None),
    E("called on all sides to respect", "called on", "REQUEST", None, ("The presidency", "LBR", "GOV"),
      ("all sides", "LBR", None), None, None, mod="demanded"),
    E("in defiance of the Speaker", "defiance", "REJECT", None, ("which", "LBR", "LEG"), ("the Speaker", "LBR", "LEG"),
      None, None, cl="lr-defy"),
    E("urged the Supreme Court to rule", "urged", "REQUEST", None, ("The majority bloc", "LBR", "LEG"),
      ("the Supreme Court", "LBR", "JUD"), None, None, mod="demanded"),
    E("The court ruled earlier this month", "ruled", "REJECT", None, ("The court", "LBR", "JUD"),
      ("the bloc", "LBR", "LEG"), mo("2024-12"), None),
    E("embassy condemned the arson", "condemned", "ACCUSE", "disapprove", ("The United States embassy", "USA", "GOV"),
      None, None, None),
    E("condemned the arson and", "arson", "ASSAULT", "destroy", None, None, LR, None,
      speaker="The United States embassy", mod="reported", cl="lr-arson"),
    E("offered to help Liberian investigators", "offered", "AGREE", None, ("The United States embassy", "USA", "GOV"),
      ("Liberian investigators", "LBR", "COP"), None, None),
  ])

UG_WED, UG_SAT = d("2024-11-20"), d("2024-11-16")
A("36", "Daily Monitor", "2024-11-21",
  "Besigye charged in military court after 'abduction' in Nairobi",
  "Besigye charged in military court after 'abduction' in Nairobi\n"
  "KAMPALA. Veteran opposition politician Dr Kizza Besigye was on Wednesday charged before the General Court "
  "Martial in Kampala with illegal possession of firearms and soliciting support from foreign military officers, "
  "four days after he was reportedly abducted in Nairobi.\n"
  "His wife, Winnie Byanyima, said on X that Besigye had been \"kidnapped\" on Saturday while attending a book "
  "launch in the Kenyan capital and driven across the border. \"I demand his immediate release. He is not a "
  "soldier, why is he being tried in a military court?\" she wrote.\n"
  "Army spokesperson Brig Gen Felix Kulayigye said Besigye had been \"lawfully arrested\" and that the military "
  "court had jurisdiction because the charges involved military equipment.\n"
  "Kenya's foreign ministry denied that Kenyan security agencies had taken part in the operation. \"Kenya did not "
  "participate in any abduction on its soil,\" ministry spokesman Korir Sing'oei told the Nation newspaper.\n"
  "Besigye's lawyers walked out of the court in protest, and the case was adjourned to December 2. Besigye, who "
  "ran against President Yoweri Museveni four times, was held in detention for weeks after the 2016 election.",
  [
    E("Besigye charged in military court", "charged", "ACCUSE", "allege", None, ("Besigye", "UGA", "OPP"), UG_WED,
      None, cl="ug-charge"),
    E("after 'abduction' in Nairobi", "abduction", "ASSAULT", "abduct", None, None, UG_SAT, P("Nairobi", "Nairobi"),
      cl="ug-abduct"),
    E("was on Wednesday charged before", "charged", "ACCUSE", "allege", None,
      ("Veteran opposition politician Dr Kizza Besigye", "UGA", "OPP"), UG_WED, P("Kampala", "Kampala"),
      cl="ug-charge"),
    E("he was reportedly abducted", "abducted", "ASSAULT", "abduct", None, (("he", "after he was"), "UGA", "OPP"), UG_SAT,
      P("Nairobi", "Nairobi"), cl="ug-abduct"),
    E("had been \"kidnapped\" on Saturday", "kidnapped", "ASSAULT", "abduct", None, ("Besigye", "UGA", "OPP"), UG_SAT,
      P("the Kenyan capital", "Nairobi"), speaker="His wife, Winnie Byanyima", relays=("X",), mod="reported",
      cl="ug-abduct"),
    E("I demand his immediate release", "demand", "REQUEST", "yield", ("I", "UGA", "CVL"), None, None, None,
      speaker="she", relays=(("X", "said on X"),), mod="demanded"),
    E("why is he being tried", "why", "ACCUSE", "disapprove", ("she", "UGA", "CVL"), None, None, None,
      speaker="she", relays=(("X", "said on X"),), mod="reported"),
    E("had been \"lawfully arrested\"", "arrested", "COERCE", "arrest", None, ("Besigye", "UGA", "OPP"), UG_SAT, None,
      speaker="Army spokesperson Brig Gen Felix Kulayigye", mod="reported", cl="ug-abduct"),
    E("had taken part in the operation", "operation", "ASSAULT", "abduct", ("Kenyan security agencies", "KEN", "COP"),
      None, UG_SAT, None, speaker="Kenya's foreign ministry", mod="denied", cl="ug-abduct"),
    E("participate in any abduction", "abduction", "ASSAULT", "abduct", ("Kenya", "KEN", "GOV"), None, UG_SAT, None,
      speaker="ministry spokesman Korir Sing'oei", relays=("the Nation newspaper",), mod="denied", cl="ug-abduct"),
    E("lawyers walked out of the court", "walked out", "PROTEST", None, ("Besigye's lawyers", "UGA", "CVL"),
      ("the court", "UGA", "JUD"), UG_WED, P(("KAMPALA", 1), "Kampala")),
    E("was held in detention for weeks", "held", "COERCE", "arrest", None, ("Besigye", "UGA", "OPP"), yr("2016"),
      None),
  ])

A("37", "Nikkei Asia", "2025-02-13",
  "Nissan walks away from Honda merger talks as battle for control turns bitter",
  "Nissan walks away from Honda merger talks as battle for control turns bitter\n"
  "TOKYO -- Nissan Motor said on Thursday it had ended talks on a merger with Honda Motor, rejecting a proposal "
  "that would have made it a subsidiary of its larger rival and sinking a deal that was meant to create the "
  "world's third-largest automaker.\n"
  "Nissan's board rejected the subsidiary plan at a meeting on Wednesday, people familiar with the matter said. "
  "\"We could not accept a structure that would leave Nissan without a voice,\" Chief Executive Makoto Uchida "
  "told a news conference in Yokohama.\n"
  "Honda Chief Executive Toshihiro Mibe said his company had tried to \"rescue\" the deal and would now fight on "
  "alone in the battle against Chinese electric-vehicle makers. \"We will attack the EV market with our own "
  "strength,\" he said.\n"
  "Nissan shares fell 4.5% in Tokyo. The company, which is cutting 9,000 jobs worldwide, said it was open to new "
  "partners, including Taiwan's Foxconn, which had approached it last year.",
  [])

A("38", "Kyodo", "2025-02-05",
  "Record snow strands hundreds of vehicles in eastern Hokkaido",
  "Record snow strands hundreds of vehicles in eastern Hokkaido\n"
  "SAPPORO, Feb. 5 (Kyodo) -- Record snowfall in eastern Hokkaido stranded hundreds of vehicles on highways and "
  "cut power to about 12,000 households on Tuesday, local authorities said.\n"
  "The town of Obihiro recorded 120 centimeters of snow in 12 hours, the most since records began. Ground "
  "Self-Defense Force troops were sent to clear roads and deliver fuel to isolated communities, and JR Hokkaido "
  "cancelled more than 300 trains.\n"
  "The Japan Meteorological Agency urged residents to avoid unnecessary outings as another band of heavy snow "
  "was expected to move in on Thursday. Two people died after being buried while clearing snow from their roofs, "
  "police said.",
  [
    E("urged residents to avoid unnecessary", "urged", "REQUEST", None,
      ("The Japan Meteorological Agency", "JPN", "GOV"), ("residents", "JPN", "CVL"), None, None, mod="demanded"),
  ])

SR_SUN = d("2024-12-08")
SR_1982 = d("1982-12-08", True)
A("39", "AFP", "2024-12-09",
  "Suriname marks 42 years since 'December murders' as Bouterse remains a fugitive",
  "Suriname marks 42 years since 'December murders' as Bouterse remains a fugitive\n"
  "PARAMARIBO, Dec 8 (AFP) - Hundreds of relatives and activists marched through Paramaribo on Sunday to mark 42 "
  "years since the \"December murders\", when 15 critics of the military government were executed at Fort "
  "Zeelandia, and demanded that police find former dictator Desi Bouterse.\n"
  "Bouterse, 79, was sentenced in absentia to 20 years in prison for the killings, a sentence upheld by the Court "
  "of Justice in December 2023. He failed to report to prison in January and has been in hiding since.\n"
  "The 15 men - lawyers, journalists, trade unionists and university lecturers - were arrested at their homes on "
  "the night of Dec. 7, 1982, and shot dead the following night. Bouterse, who seized power in a coup in 1980, has "
  "admitted \"political responsibility\" but denied that he was present at the killings.\n"
  "\"We will not rest until he is behind bars,\" said Sunil Oemrawsingh, whose uncle was among those killed. "
  "Justice Minister Kenneth Amoksi said police had searched more than 30 addresses and that a reward of 100,000 "
  "U.S. dollars was still on offer.\n"
  "Bouterse's National Democratic Party called the march \"a political show\" and accused the government of "
  "persecuting its founder.",
  [
    E("since 'December murders' as", "murders", "ASSAULT", None, None, None, SR_1982, None, cl="sr-murders"),
    E("activists marched through Paramaribo", "marched", "PROTEST", "demo",
      ("Hundreds of relatives and activists", "SUR", "CVL"), None, SR_SUN, P("Paramaribo", "Paramaribo"),
      cl="sr-march"),
    E("were executed at Fort", "executed", "ASSAULT", None, None,
      ("15 critics of the military government", "SUR", "CVL"), SR_1982, P("Fort Zeelandia", "Paramaribo"),
      cl="sr-murders"),
    E("was sentenced in absentia", "sentenced", "SANCTION", "convict", None, ("Bouterse", "SUR", "OPP"), None, None),
    E("a sentence upheld by the Court", "upheld", "SANCTION", "convict", ("the Court of Justice", "SUR", "JUD"),
      None, mo("2023-12", True), None),
    E("He failed to report to prison", "failed", "REJECT", None, ("He", "SUR", "OPP"), None, mo("2024-01", True),
      None),
    E("were arrested at their homes", "arrested", "COERCE", "arrest", None, ("The 15 men", "SUR", "CVL"),
      d("1982-12-07", True), None),
    E("shot dead the following night", "shot dead", "ASSAULT", "firearms", None, ("The 15 men", "SUR", "CVL"),
      SR_1982, None, cl="sr-murders"),
    E("who seized power in a coup", "seized power", "COERCE", None, ("who", "SUR", "MIL"), None, yr("1980"), None),
    E("has admitted \"political responsibility\"", "admitted", "CONCEDE", None, ("Bouterse", "SUR", "OPP"), None, None,
      None),
    E("denied that he was present", "denied", "REJECT", None, ("Bouterse", "SUR", "OPP"), None, None, None),
    E("until he is behind bars", "behind bars", "COERCE", "arrest", None, ("he", "SUR", "OPP"), None, None,
      speaker="Sunil Oemrawsingh", mod="hypothetical"),
    E("police had searched more than 30", "searched", "MOBILIZE", "police", ("police", "SUR", "COP"), None, None,
      None, speaker="Justice Minister Kenneth Amoksi", mod="reported"),
    E("called the march", "called", "ACCUSE", "disapprove", ("Bouterse's National Democratic Party", "SUR", "OPP"),
      None, None, None),
    E("called the march \"a political", "march", "PROTEST", "demo", None, None, SR_SUN, None,
      speaker="Bouterse's National Democratic Party", mod="reported", cl="sr-march"),
    E("accused the government of persecuting", "accused", "ACCUSE", "allege",
      ("Bouterse's National Democratic Party", "SUR", "OPP"), ("the government", "SUR", "GOV"), None, None),
    E("of persecuting its founder", "persecuting", "COERCE", None, ("the government", "SUR", "GOV"),
      ("its founder", "SUR", "OPP"), None, None, speaker="Bouterse's National Democratic Party", mod="reported"),
    # relabel63: a demand in its own finite clause coordinated with the march ("marched ... and demanded that
    # police find ...") is its own REQUEST, as in every other such instance (rec_ah-32, -37, rec_x-42, rec_r-40)
    E("and demanded that police find", "demanded", "REQUEST", None, ("Hundreds of relatives and activists", "SUR", "CVL"),
      ("police", "SUR", "COP"), SR_SUN, None, mod="demanded"),  # relabel63
  ])

A("40", "Fiji Times", "2025-03-31",
  "Fiji sevens storm Hong Kong to reclaim crown",
  "Fiji sevens storm Hong Kong to reclaim crown\n"
  "SUVA - The Fiji sevens team stormed back from 14-0 down to beat New Zealand 26-19 in the Hong Kong Sevens "
  "final on Sunday, sending thousands of fans into the streets of Suva to celebrate.\n"
  "Coach Osea Kolinisau said his players had \"fought like warriors\" after a first half in which the All Blacks "
  "Sevens laid siege to the Fijian line. Jerry Tuwai's men struck back with three tries in eight minutes and held "
  "off a late New Zealand assault.\n"
  "\"They came at us with everything, but we never surrendered,\" captain Joseva Talacolo said. Prime Minister "
  "Sitiveni Rabuka congratulated the team and declared Tuesday a public holiday.",
  [
    E("Sitiveni Rabuka congratulated the team", "congratulated", "SUPPORT", None,
      ("Prime Minister Sitiveni Rabuka", "FJI", "GOV"), ("the team", "FJI", None), None, None),
  ])


def check_partition(batch: Batch) -> None:
    """Real texts: ECB+ only from topics 10 and 31, at most three."""
    ecb = [a["source"] for a in batch.articles if a["source"].startswith("ecbplus:")]
    assert len(ecb) <= 3, ecb
    assert all(re.match(r"ecbplus:(10|31)_", s) for s in ecb), ecb


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    BATCH.write()


if __name__ == "__main__":
    main()
