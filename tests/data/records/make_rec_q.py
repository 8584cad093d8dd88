"""Build tests/data/records/rec_q.jsonl: gold whole-record events (batch rec_q).

rec_q was a BLIND SET, labelled on 2026-12-04 (branch ``blind_q``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read and
no system output looked at. It waited in ``blind/`` and was run twice, at
the start and the end of the seventeenth session (docs/BENCHMARKS.md, "Where
things stand"); since then it is development data like rec_a..rec_p:

    eventwire eval records --data tests/data/records/rec_q.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: GeoVirus
  Wikinews articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only
  the text is copied, none of GeoVirus' annotation), ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0, only topics 23, 27 and 34, at most
  three) and one MEANTIME Wikinews article (``meantime:<doc_id>``, CC BY
  4.0). No document used by rec_a..rec_p is used again
  (``check_unused``). A text with no headline line takes its first sentence
  as title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on new stories in Africa, Latin America, North
  America, Oceania, Eastern Europe and the Caucasus.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section, the rec_p and rec_q decisions. Spans are located by needle strings, never by
hand-counted offsets (the conventions of tests/data/records/needles.py,
which write rec_q.jsonl beside this builder):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames'
country point, other features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_q.py
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
    'Haiti': (19.0, -72.41667),
    'Angola': (-12.5, 18.5),
    'Democratic Republic of the Congo': (-2.5, 23.5),
    'Mexico': (23.0, -102.0),
    'United States': (39.76, -98.5),
    # cities and other features
    'Ituri': (1.5, 29.8),  # Ituri district, approximate centre (Bunia 1.56, 30.25)
    'Etoumbi': (0.02, 14.95),  # Etoumbi, Cuvette-Ouest, approximate
    'Kampungu': (-4.6, 21.6),  # village in Mweka territory, Kasai Occidental, approximate
    'Uige': (-7.61, 15.06),  # Uige, Angola, geonameid 2236568
    'Cairo': (30.06, 31.25),  # GeoNames cities500 point (rounded)
    'Fort Worth': (32.73, -97.32),  # GeoNames cities500 point (rounded)
}
PLACES.update({
    'Ottawa': (45.41, -75.70),  # GeoNames cities500 point (rounded)
    'Surrey': (49.11, -122.83),  # Surrey, British Columbia, geonameid 6159905
    'British Columbia': (54.0, -125.0),  # ADM1, approximate
    'Lilongwe': (-13.97, 33.79),  # GeoNames cities500 point (rounded)
    'Blantyre': (-15.79, 35.01),  # GeoNames cities500 point (rounded)
    'Quito': (-0.23, -78.52),  # GeoNames cities500 point (rounded)
    'Mexico City': (19.43, -99.13),  # GeoNames cities500 point (rounded)
    'Changuinola': (9.43, -82.52),  # GeoNames cities500 point (rounded)
    'Panama City': (8.99, -79.52),  # GeoNames cities500 point (rounded)
    'Lima': (-12.04, -77.03),  # GeoNames cities500 point (rounded)
    'Wabag': (-5.49, 143.72),  # GeoNames cities500 point (rounded)
    'Port Moresby': (-9.44, 147.18),  # GeoNames cities500 point (rounded)
})
PLACES.update({
    'Bocas del Toro': (9.33, -82.33),  # ADM1 province, approximate
    'Enga': (-5.45, 143.5),  # Enga province, ADM1, approximate
    'Wapenamanda': (-5.64, 143.9),  # Wapenamanda, Enga, approximate
})
PLACES.update({
    'Nerkin Hand': (39.05, 46.43),  # village in Syunik, approximate
    'Nakhchivan': (39.21, 45.41),  # Nakhchivan city, geonameid 147622, for the region
    'Khankendi': (39.82, 46.75),  # Stepanakert/Khankendi, for Nagorno-Karabakh
    'Budapest': (47.50, 19.04),  # GeoNames cities500 point (rounded)
    'Berehove': (48.21, 22.64),  # GeoNames cities500 point (rounded)
    'Kyiv': (50.45, 30.52),
    'Tallinn': (59.44, 24.75),  # GeoNames cities500 point (rounded)  # GeoNames cities500 point (rounded)
    'Sukhumi': (43.00, 41.02),  # GeoNames cities500 point (rounded)
    'Gulf of Finland': (60.0, 26.0),  # approximate
    'Kitwe': (-12.80, 28.21),  # GeoNames cities500 point (rounded)
    'Lusaka': (-15.41, 28.29),  # GeoNames cities500 point (rounded)
    'Chingola': (-12.53, 27.85),  # GeoNames cities500 point (rounded)
})
PLACES.update({
    'Abidjan': (5.35, -4.01),  # GeoNames cities500 point (rounded)
    'Wellington': (-41.29, 174.78),  # GeoNames cities500 point (rounded)
})
PLACES.update({
    'Avellaneda': (-34.66, -58.37),  # GeoNames cities500 point (rounded)
    'Sumy': (50.92, 34.80),  # GeoNames cities500 point (rounded)
    'Kryvyi Rih': (47.91, 33.39),  # GeoNames cities500 point (rounded)
    'Chegutu': (-18.13, 30.14),  # GeoNames cities500 point (rounded)
})
PLACES.update({
    'Port of Spain': (10.67, -61.52),  # GeoNames cities500 point (rounded)
    'Laventille': (10.65, -61.50),  # approximate
})

BATCH = Batch("rec_q", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)


TEXTS = {
    'geovirus:geovirus-020': (
        'Authorities across Europe have issued restrictions on commercial poultry farms, following the'
        ' outbreak of bird flu in eight previously unaffected nations. The virus has been found in migratory'
        ' birds much earlier than had been expected. Tests have confirmed that wild swans in Greece,'
        ' Bulgaria, Italy, Austria and Germany had died from the deadly H5N1 strain of the virus. Other'
        ' suspected cases of the virus have been detected in Slovenia, Croatia and Denmark. European health'
        ' officials had expected wild birds migrating from Africa to Europe in spring to carry the disease'
        ' into Western Europe. It is thought that swans were migrating from Russia and Ukraine to the Black'
        ' Sea driven by unusually cold weather. Globally, 91 people have died after contracting the virus'
        ' from close contact with diseased birds, but the greatest concern for European authorities is that'
        ' an outbreak will occur among domesticated fowl, destroying local poultry industries. The H5N1'
        ' strain of bird flu is highly contagious, and lethal to birds. A single outbreak can kill tens of'
        ' thousands of birds, and all birds must be culled across a wide region to prevent the spread of the'
        ' disease.'
    ),
    'geovirus:geovirus-081': (
        'Nearly 200 people are confirmed dead and approximately 2600 are ill in a central Haitian cholera'
        ' outbreak, according to the Centers for Disease Control (CDC), the U.S. Agency for International'
        ' Development (USAID) and United Nations (UN). Haitian officials place the death toll at 194 deaths'
        ' with 2,364 people being infected. According to CDC officials Dr. Rob Quick and Dr. Carleene Dei an'
        ' eleven man team is being sent to Haiti to investigate and determine the best course of action for'
        ' the country. The USAID has said that they will provide supplies to set up treatment centers and'
        ' have already provided 300,000 oral re-hydration kits and water purification kits. A majority of the'
        ' reported cases are in the Central Plateau and Artibonite regions located just north of the'
        ' earthquake ravaged capital, Port-Au-Prince. Officials fear that the disease could spread to the'
        ' capital city if not brought under control. It has been reported that many people are flooding the'
        ' St. Nicolas hospital, which is the main medical facility in St. Marc, for treatment, causing'
        ' pandemonium outside the gate. An aid worker who visited the hospital called it a "horror scene",'
        ' while another worker, David Darg, of Operation Blessing International wrote "The courtyard was'
        ' lined with patients hooked up to intravenous drips. It had just rained and there were people lying'
        ' on the ground on soggy sheets, half-soaked with feces."'
    ),
    'geovirus:geovirus-085': (
        'State health officials in Kenya issued an alert Thursday after an outbreak of cholera killed over 60'
        ' people in the last five months. All health personnel have been advised to actively monitor patients'
        ' with diarrhea, and the government issued a ban on preparing and eating food in public gatherings.'
        ' Nyanza Province, with 750 infections and 45 deaths, has felt the brunt of the outbreak. Over 1,200'
        ' cases have been reported in the provinces of Nyanza, Rift Valley, North Eastern and Western.'
        ' According to Agence France-Presse, officials have reported 45 people dead in Nyanza Province, 12 in'
        ' North Eastern Province and seven in Rift Valley Province. Health officials have stated that the'
        ' actual number of deaths due to the outbreak could be higher due to under reporting. SK Sharif,'
        ' senior deputy director of health services in Nyanza, commented on contributing factors to the'
        ' outbreak: "The mass movement of people during the post-election crisis may also have contributed to'
        ' the outbreak of the disease as people found themselves in areas with inadequate water and'
        ' sanitation facilities". Health workers are working to contain the outbreak, and are focusing'
        ' efforts on areas affected by violence related to the December elections. Suba, Migori, Homa Bay,'
        ' Rongo, Siaya, Kisumu, Bondo, Nyando, Kisii, Wajir, Mandera, Naivasha, Nakuru and Bunyala are among'
        ' the worst affected districts. The possibility of a disease outbreak in Kenya was previously raised'
        ' by health officials, specifically in camps where hundreds of thousands of displaced people reside.'
        ' Revenge killings, tribal fighting and upheaval following the December elections in Kenya has'
        " displaced many in the country. Titus Mung'ou, spokesman for Kenya Red Cross Society, told Agence"
        ' France-Presse "We are trying to reduce the prevalence of the mix up that may happen by scrutinising'
        ' food donations that are brought in the camps, but mostly we are ensuring that all the water is well'
        ' treated". In a news conference Thursday in Nairobi, Director of Medical Service Dr. James Nyikal'
        ' said that if urgent measures were not undertaken to control the outbreak, it could become much'
        ' worse. "Most deaths occurred at home or on the way to hospital," said Dr. Nyikal. Medicines worth'
        ' KSh17.3 million (GBP 2.4 million) and other equipment worth KSh700,000 (GBP 5,700) has been sent to'
        ' the affected areas. The Kenyan government has allocated KSh38 million (GBP 11.75 million) to'
        ' contain the outbreak.'
    ),
    'geovirus:geovirus-117': (
        'The African Leaders Malaria Alliance (ALMA), consisting of leaders of 26 African countries, are'
        ' beginning a drive to eradicate malaria from the continent by distributing medication, insecticides,'
        ' and bed nets. US$100 million worth of funds will be given out to battle the disease in endemic'
        ' nations; the budget was announced yesterday at the World Economic Forum in Dar es Salaam, Tanzania.'
        ' Ray Chambers, a special envoy for malaria with the United Nations, commented on the push, saying:'
        ' "We believe that if we cover everybody in Africa with bed nets, insecticides and medication by the'
        ' end of this year, we will have zero deaths or near zero deaths from malaria in Africa by 2015." A'
        " statement from Chambers said the funds will be provided by the US President's Malaria Initiative."
        ' The statement continued: "The new US funding comes as ALMA finalises a bulk purchase of long'
        ' lasting insecticidal nets. This bulk purchase of 50 million long lasting insecticidal nets by'
        ' twelve African nations will reduce costs and streamline procurement and distribution, accelerating'
        ' the rate at which nets will begin reaching risk populations [...] African leaders, working together'
        ' with friends of ALMA, are forging the African-led response needed to solve one of Africa’s most'
        ' severe health challenges." Tanzanian President Jakaya Kikwete, in comments to the World Economic'
        ' Forum, said that the same strategy had lowered the incidence of malaria in Zanzibar from 40% to 1%.'
        ' According to health experts, use of nets can lower the spread of malaria by 50%, and cut child'
        ' deaths by a fifth. Malaria, a disease spread to humans through infected mosquitoes, costs Africa'
        ' more than $40 billion annually in sick days and treatment, according to the Reuters news service.'
    ),
    'geovirus:geovirus-119': (
        'An outbreak of pneumonic plague has killed 61 people as of February 15 in the Democratic Republic of'
        ' the Congo, according to the World Health Organisation (WHO). The deadly disease has struck in Ituri'
        ' district, Orientale province, in the northern part of Congo. While 61 deaths have been confirmed,'
        ' the total number of cases is not known. Samples have been taken from 40 patients and sent to'
        ' laboratories in Kinshasa for analysis. So far, all the victims have been suffering from pneumonic'
        ' plague, with no cases of bubonic plague detected. All the victims are workers at a diamond mine'
        ' employing 7,000 people. The mine was re-opened on December 16 last year, and the first cases were'
        ' reported four days later. Teams from Médecins sans Frontières, WHO, Medair and the Ministry of'
        ' Health have gone to the region to assess the situation, while a multi-disciplinary team flew to the'
        ' area yesterday. If access is possible, the team will assist in treatment, surveillance, and in the'
        ' tracing of people who have possibly been exposed to the disease. Pneumonic plague is a highly'
        ' infectious disease which has caused many epidemics and pandemics in history. Pneumonic plague'
        ' differs from bubonic as it specifically infects the lungs. The infected lungs raise the possibility'
        ' of person-to-person transmission through respiratory droplets. The incubation period for pneumonic'
        ' plague is usually between two to four days, but can be as little as a few hours. The initial'
        ' symptoms of headache, weakness, and coughing with hemoptysis are indistinguishable from other'
        ' respiratory illnesses. Without diagnosis and treatment the infection can be fatal in one to six'
        ' days; mortality in untreated cases may be as high as 95%. The disease can be effectively treated'
        ' with antibiotics. It is primarily a disease of rodents. Human infection most often occurs when a'
        ' person is bitten by a flea that has previously fed on an infected rodent. Globally, the World'
        ' Health Organization reports 1,000 to 3,000 human cases of plague every year.'
    ),
    'geovirus:geovirus-130': (
        'Indiana Governor Mike Pence dropped his former opposition to needle exchange programs and on Tuesday'
        " signed legislation passed by lawmakers on April 29 — the last day of the state's legislative"
        ' session — that would allow local health departments, municipalities, counties, or nonprofit'
        ' organizations to implement needle exchange programs. The debate about the controversial programs'
        ' came on the heels of an HIV outbreak in southern Indiana. Austin, in Scott County, Indiana, was the'
        ' epicenter of the outbreak. The number of new HIV positive cases in Scott County in this outbreak'
        ' rose past 140. Governor Pence declared the outbreak a public health emergency on March 26, and at'
        ' the same time approved a 30-day needle exchange program. Pence since offered a 30-day extension as'
        ' the number of HIV positive cases continued to rise. Needle exchange programs provide clean needles'
        ' in exchange for dirty needles. The sharing of dirty needles has been linked to the outbreak.'
        ' Experts like Chris Beyrer, president of the International AIDS Society, support needle exchange'
        ' programs. Beyrer told the Indianapolis Star, however, that temporary measures, like the one Pence'
        " implemented on March 26, don't solve the long-term problem. The World Health Organization and the"
        ' Centers for Disease Control and Prevention also recommend needle exchange programs. But experts say'
        ' long-term needle exchange programs are needed. The HIV epidemic in southern Indiana has been linked'
        ' to a drug problem in Scott County. HIV and Hepatitis C are blood-borne viruses that spread by way'
        ' of bodily fluids and bloodstream injections, especially when more than one person is using the same'
        ' needle. Legislators on the committee responsible for Senate Bill 461 heard testimony last week'
        ' before voting. Representative Thomas Washburne, Republican, Evansville, told Wikinews on April 27'
        ' that he was involved in conversations pertaining to needle exchange programs. "I am inclined to'
        ' follow the recommendations of the Centers for Disease Control in implementing needle exchanges,"'
        ' Washburne said in an interview with Wikinews. "My vote against Senate Bill 461 was not due to the'
        ' needle exchanges, but other issues involved in the bill." House members passed the bill 80–19,'
        ' senators 38–11. After legislators passed the bill, Pence told WISH-TV: "From my perspective, the'
        ' focus needs to be on health emergencies. I have throughout my career not supported needle exchanges'
        ' as anti-drug policies. But with regard to addressing an epidemic, which is what we’ve seen in Scott'
        ' County, which is unprecedented in any rural part of the country. I was prepared to support that'
        ' through executive action." Louisville, Kentucky, about 35 miles south of Austin, was the first'
        ' Kentucky municipal government to approve a needle exchange program. The Louisville Metro Council'
        ' voted 22–0 to approve the program on April 23. That approval requires reconsulting the council'
        ' before actually implementing such a program. About 195 cities in the United States have adopted'
        ' similar programs. Dr. William Shaffner, a doctor and chair of the Department of Preventative'
        ' Medicine at Vanderbilt University in Nashville, Tennessee, told Wikinews reporters March 25 at the'
        ' University of Southern Indiana in Evansville, the day before Pence declared the public health'
        ' emergency, such a program would make sense. He said the best course of action would be to "block'
        ' and tackle." "Needle exchange programs ought to be used," Shaffner said. "They have been proven to'
        ' work and do not cause an increase in drug use."'
    ),
    'geovirus:geovirus-149': (
        'Reuters reports that nine people have died from Ebola in the Republic of Congo this month. The'
        ' outbreak is in the Cuvette-Ouest region near the Gabon border, where a previous outbreak occurred'
        ' in 2003. The government of Congo and the United Nations World Health Organization have announced a'
        ' quarantine of the Etoumbi and Mbomo districts. They are monitoring 84 suspected cases in the two'
        ' regions. Jean-Vivien Mombouli, adviser to the Congolese Ministry of Health, pointed out the'
        ' individuals may not actually have the virus; only one confirmed case of Ebola has been diagnosed'
        ' thus far. "We will wait for 21 days just to be sure then after that, if the person does not get'
        ' sick, he is out of danger," Mr. Mombouli said of the patients. Ebola has a five to ten day'
        ' incubation period. Neighbouring Uganda has stepped up its surveillance in response to the outbreak.'
        ' No cure exists for Ebola, and between 50-90% of those who contract it die. Zaire/Congo has'
        ' sustained the largest number, and most severe, outbreaks of the Ebola virus. Although no cure'
        ' exists, work continues on a vaccine and it is in the human trial stages, as well as research into'
        ' pharmaceutical treatments.'
    ),
    'geovirus:geovirus-151': (
        'The World Health Organization (WHO) is investigating an outbreak of an, as yet, unidentified illness'
        ' in the central region of the Democratic Republic of the Congo (DRC). To date, the illness has'
        ' killed more than 100 people. The illness, first thought to be typhoid fever but now more likely a'
        ' haemorrhagic fever, was first noticed in early June in Kasai Occidental province in the DRC. There'
        ' have been 103 reported deaths from a total of 217 patients, for a mortality rate of nearly 50'
        ' percent. Health authorities are, however, unsure of the full extent of the outbreak. In a press'
        ' release, WHO described the symptoms as "fever, headache, diarrhoea or colicky abdominal pain, and'
        ' vomiting." They also indicated that most of the cases have been in children under ten years of age.'
        ' The time from onset to death is approximately five to seven days. The United Nations agency, WHO,'
        ' has deployed personnel to the affected areas and retrieved blood samples for laboratory testing.'
        ' According to a provincial doctor, Jean-Constatin Kanow, the epidemic has affected four villages:'
        ' Kampungu, Makonono, Kaluamba and Mombo, but was spreading. Dr. Kanow described the first reported'
        ' cases as involving the deaths of two village chiefs on June 8. "All the people who assisted in the'
        ' burial of these chiefs have died," he said. Authorities in the DRC, and WHO, have begun preparing'
        ' for an emergency response should that be required. Measures have been put in place to control the'
        ' outbreak, such as improvements to drinking water quality, hygiene, and the promotion of safer'
        ' burial practices.'
    ),
    'geovirus:geovirus-158': (
        'Health authorities from the World Health Organization (WHO) and the government of Angola have'
        ' revealed that bromide poisoning may be the source of a mystery illness first reported in early'
        ' October. The outbreak of over 400 reported cases of a neurological disorder was centred in the'
        " Cacuaco district of Angola's capital city Luanda. A majority of the afflicted have been children"
        ' under the age of 15. There have been no deaths attributed directly to the disorder. According to a'
        ' statement in the state-run AngolaPress, symptoms have included "sleepiness, blear-eyedness,'
        ' dizziness and difficulty to speak, walk and extreme tiredness." WHO described the drowsiness as'
        ' being so severe that the patient would require "painful stimuli" to be awoken. Results from'
        ' laboratory tests carried out in London and Munich indicated elevated levels of bromide present in'
        ' the blood and kitchen salt samples examined. It is suspected that sodium chloride (table salt) may'
        ' have been contaminated with sodium bromide, an agent used in pharmaceuticals and industry. However,'
        ' authorities caution that more investigation is required to determine the source and cause of the'
        ' illness. Consequently, further testing of blood, food and water has been initiated. On Wednesday,'
        ' WHO dispatched additional technical and support personnel to Angola to assist local health'
        ' officials.'
    ),
    'geovirus:geovirus-164': (
        'Marburg virus is still spreading in Angola, and 180 are now dead, according to recent information'
        ' from the World Health Organisation (WHO). The disease is similar to the Ebola Haemorrhagic Fever'
        ' (EHF) virus in its symptoms, though less deadly and slower to spread — which has lead to more'
        ' deaths overall. Because Marburg kills more slowly, a victim has more time to make contact with'
        ' potential hosts. The incurable, though not always fatal, disease is passed on by contact with'
        ' bodily fluids, including spit and blood. Victims bleed to death. As of yesterday, 205 cases had'
        " been identified, with at least 180 fatalities. The disease is now present in seven of Angola's"
        ' provinces, the latest outbreak occurring in Zaire province with six cases. The proportion of deaths'
        ' in this outbreak was unusually high. According to the WHO, "The dramatic symptoms of Marburg'
        ' haemorrhagic fever and its frequent fatality are resulting in a high level of fear, which is'
        ' further aggravated by a lack of public understanding of the disease." Mobile surveillance teams in'
        ' Uige, where the majority of cases have been located, were unable to investigate several reported'
        ' deaths, or to ensure the still-contagious bodies were appropriately dealt with, after'
        ' transportation vehicles were attacked and damaged by local residents. Said the WHO through a press'
        ' release, "Because the disease has no cure, hospitalization is not associated with a favourable'
        ' outcome, and confidence in the medical care system has been eroded. "WHO is familiar with such'
        ' reactions, which have been seen during previous outbreaks of the closely related Ebola haemorrhagic'
        ' fever. Two medical anthropologists are already in Uige and will be joined shortly by experts in'
        ' social mobilization from Angola, the Democratic Republic of Congo, and Mozambique. Public'
        ' compliance with control measures is not expected to improve in the absence of intense campaigns to'
        ' educate the public about the disease." Provincial authorities were being engaged in an attempt to'
        ' urgently find solutions. WHO was appealing, via the United Nations (UN), for funding. The UN health'
        ' body currently needs US$2.4 million to support the Ministry of Health, Angola. Some 50'
        ' international experts were deployed in Angola, a country where 27 years of civil war has left'
        ' health systems and staff unable to cope with a major epidemic, according to Mike Ryan, director of'
        ' WHO\'s alert and response operations. "The situation right now in Angola is not under control'
        ' yet...This is still a health crisis at the national level and requires a profound commitment both'
        ' from national authorities and the international community in order to contain this disease," he'
        " said. Two deaths had been confirmed in Luanda, Angola's capital of 4 million, and six more cases"
        ' were being investigated there.'
    ),
    'geovirus:geovirus-168': (
        'The World Health Organization (WHO) yesterday began simultaneous immunization campaigns, in 112'
        ' countries and territories across its Americas, Eastern Mediterranean, and European regions. The'
        ' unprecedented vaccination drive will last for a week. This is the first time the World Health'
        ' Organization has launched such an event across multiple regions at once. WHO officials say their'
        ' goal is to expand immunization coverage and raise awareness of the importance of vaccines, and that'
        ' such cross-border activities can prevent disease and save lives. WHO spokesman Daniel Epstein says'
        ' that many countries are working to eliminate measles, adding that says countries in the European'
        ' region are very concerned that they have stalled in their goal of eliminating measles and rubella'
        ' this year. "In European countries, in many of them, immunization coverage is below the 95 percent'
        ' recommended level. And, there have been ongoing measles outbreaks in some of these countries.'
        ' Measles cases have also been imported to the US and Canada and the Americas from European'
        ' countries," said Epstein. The agency says an important goal of the immunization campaigns is to'
        ' reach those who have been excluded up to now. It notes that every year, in the countries of the'
        ' Eastern Mediterranean, 25 percent of deaths among children under age five are attributed to vaccine'
        " preventable diseases. 2.1 million children in the Middle East hadn't received a shot against"
        ' tetanus, whooping cough, or diphteria in 2009, according to the WHO. In the Americas, WHO says'
        ' special regional events are being held in border areas of Nicaragua, between Suriname and French'
        ' Guiana, and between Haiti and the Dominican Republic. It says many young children, pregnant women,'
        ' elderly and indigenous peoples live in isolated areas where vaccine coverage is low. In all three'
        ' regions, Epstein said the vaccination campaigns will be accompanied by health information'
        ' campaigns. "The biggest obstacle to reaching our goals of vaccination are lack of awareness, lack'
        ' of information and people being ignorant that they should be vaccinated, and thus not having enough'
        ' vaccinators, money, trucks, bicycles, etc. to get to these remote regions," he said. WHO also began'
        ' a large polio immunization campaign across sixteen countries in central and West Africa on'
        ' Saturday. It says 78 million children under five will be vaccinated to stop a major outbreak of the'
        ' disease.'
    ),
    'geovirus:geovirus-179': (
        'The United Nations has warned that up to 750,000 people could be hit by heavy flooding and mudslides'
        ' in Kenya due to heavy rains. The United Nations High Commissioner for Refugees (UNHCR) appealed for'
        ' US$2.8 million to help more than 300,000 refugees in two camps in Kenya threatened by flooding. The'
        " agency explained that the mainly Somali refugees in Kenya's overcrowded Dadaab camps urgently need"
        ' to be protected from the worst effects of the torrential rains. Most of Kenya is suffering from the'
        ' effects of the prolonged drought; however, along the Indian Ocean coast and the northeastern region'
        ' of the country, people are being pounded by torrential rainfall. UN refugee spokesman Andrej'
        " Mahecic said many of those affected by the flooding are Somali refugees living in Kenya's"
        ' overcrowded Dadaab camps. "We fear that the looming El Nino phenomenon a change in the atmosphere'
        ' and ocean of the tropical Pacific region that produces floods, droughts and other weather'
        ' disturbances in many regions of the world-may now threaten the 338,000 mostly Somali refugees in'
        ' the two camps, which in any case usually are flooded for three months every year," he said.'
        ' Although the yearly floods are predictable, Mahecic commented that the UNHCR is limited in what it'
        ' can do ahead of time to protect the refugees from their destructive impact. Mahecic says the UNHCR'
        ' began digging trenches and placing sandbags around hospitals, bore holes and other strategic'
        ' locations in both camps, when heavy rains started three weeks ago. Without these and other'
        ' measures, he says many sections of the camps would have been inundated. "We are also preparing to'
        ' locate to higher ground within the camps refugees who might be worst affected by the floods,'
        ' particularly the chronically ill, disabled people, the elderly and children and teenagers on their'
        ' own," he stated. When asked why camps were built on areas prone to flooding, he replied that the'
        ' government allocated the areas. "There is very little choice on where you can put a camp," he'
        ' added. Much of the money from the appeal will be used to pre-position essential items such as fuel,'
        ' blankets, plastic sheets, and to respond to possible outbreaks of disease.'
    ),
    'geovirus:geovirus-191': (
        'Media reports suggest that the deadly H1N1 swine flu virus, which has killed sixteen people and'
        " infected hundreds worldwide, is continuing to spread. According to the United Nations' World Health"
        ' Organisation, there are a total of 331 confirmed cases of swine flu throughout the world, with'
        ' hundreds more suspected cases. The WHO raised its pandemic alert level to its fifth level on'
        ' Friday, on a scale of one to six, and has said that it is possible a transition to the highest'
        ' level will be made. The Canadian government increased the number of swine flu incidents in their'
        ' country to 51 on Friday, with seventeen new cases having been reported throughout the day. Canada'
        ' now has the third highest number of swine flu cases reported by country, following Mexico and the'
        ' United States. "All of them [swine flu cases] are relatively mild," said Gordon Campbell, the'
        ' premier of British Columbia. "Unfortunately, we may see some deaths. It\'s important for us to'
        ' recognize that." The breakdown of cases in Canada by province is as follows: fifteen in British'
        ' Columbia, fourteen in Nova Scotia, twelve in Ontario, eight in Alberta, one in New Brunswick, and'
        ' one in Quebec. Health authorities in Alberta said they have found the first human-to-animal'
        ' transmission of the virus. Dr. Brain Evans said a Canadian who returned from Mexico on April 12'
        ' infected a pig farm that he worked at. Around two hundred pigs have been quarantined and are now'
        ' waiting to recover. At this time, there is no evidence of humans getting the virus from infected'
        ' pigs. Despite assurances from public health officials that the H1N1 virus is not transmitted to'
        ' humans from animals, the Egyptian government has ordered all 400,000 pigs in the country to be'
        ' slaughtered, a move that the UN has denounced as "a real mistake". Medical staff are to check'
        ' passengers arriving at Cairo airport from Mexico, and monitor them during their stay in Egypt. No'
        ' cases of swine flu have yet been reported in the country. German officials have said that a nurse'
        ' living in Bavaria obtained the virus, apparently contracting it from a patient that had recently'
        ' visited Mexico. The nurse has since recovered. Germany has had the second case of human-to-human'
        ' transmission of the virus, other than Mexico, raising concerns of a possible pandemic. Spain was'
        ' the first country to have reported a transmission of the flu from a person that had not visited'
        ' Mexico. Hong Kong reported its first confirmed case of the swine flu on Friday in a 25-year-old man'
        ' who had travelled from Mexico through Shanghai. The 300 residents of the hotel he was staying in'
        ' have been placed under quarantine. Media reports say that police officers wearing masks are now'
        ' guarding the exits of the building. Health officials say that the hotel will remain sealed off for'
        ' a week, and the Tamilflu antiviral drug given to all residents and staff inside. The infected man'
        " is now reported to be in Hong Kong's Princess Margaret Hospital, where he is in stable condition."
        ' "I assure you the Hong Kong government will try its best to conquer the virus. I stress we don\'t'
        ' need to panic," said Donald Tsang, the Hong Kong Chief Executive. Chen Zhu, the Chinese health'
        ' minister, said that it was probable the disease would soon spread to mainland China. Health'
        ' officials from Mexico, the country where the virus is suspected to have originated, have confirmed'
        ' fifteen deaths and 328 infections from the swine flu. On Friday, the government began a shutdown of'
        ' the country for five days, in an effort to stop the disease from spreading. It has encouraged'
        ' non-essential public facilities and government operations to close down. Several airlines and'
        ' cruise lines have cancelled or suspended destinations in Mexico. Continental Airlines lowered the'
        ' number of Mexican-bound flights by half, citing reduced demand for tickets. Carnival Cruise lines,'
        " meanwhile, has cancelled all its stops at the country's ports until May 11. Previously, the cruise"
        ' line had suspended all of its visits until May 4. Jose Angel Cordova said that the number of new'
        ' cases and hospitalisations from the disease seemed to be slowing down; only 46 persons with severe'
        ' symptoms of the influenza were admitted on Thursday, less than a fourth of the 212 patients that'
        ' had been admitted on April 20. Cordova called the figures "encouraging". Miguel Angel Lezana, the'
        ' chief epidemiologist in the country, has accused the WHO of taking too much time to respond to'
        " Mexico's warning. Lezana said that his centre had informed a regional branch of the WHO of a sharp"
        ' increase in sicknesses on April 16, but the WHO had not taken any action for eight days. The WHO'
        ' rejected the accusations. "There are cases of influenza all the time, but once we knew that this'
        ' illness was caused by a new influenza virus [...] we moved into operation within a matter of'
        ' hours," said Thomas Abrahams, a spokesman for the WHO. "One of the things we are doing internally'
        ' is documenting everything we have done, when we did it and how we have done it." In a televised'
        ' address, Mexican president Felipe Calderon encouraged people to stay at home with their families,'
        ' saying that there is "no place as safe as your own home." 136 suspected cases of the influenza have'
        ' been reported in New Zealand as of Friday, the government said. The number is a sharp increase over'
        ' the 25 suspected cases on Thursday. There are currently three confirmed and thirteen probable cases'
        ' of the flu, according to Health Minister Tony Ryall. Officials stated that a passenger that had'
        ' arrived from North America on April 19 had tested positive for influenza A, similar to the swine'
        ' flu virus. Julia Peters, the top medical official of Auckland, said that "we are involved today in'
        ' an extensive contact-tracing exercise with his place of work." The passenger had arrived on the'
        ' 19th, but did not start displaying symptoms of the flu until April 22 and did not seek medical help'
        ' until April 28, when he and his family were placed into a quarantine. John Odey, the Environment'
        ' Minister of the African country of Nigeria, stated on Tuesday that the government has ordered all'
        ' ships and aircraft arriving in Nigeria are to be checked and cleaned, in a move to prevent the'
        ' entrance of the flu into the nation. The Nigerian government has advised ill persons wishing to'
        ' travel out of the country to delay such trips, while those who have returned from abroad and have'
        ' the symptoms of the flu are urged to immediately seek medical help. New cases of the swine flu have'
        ' been reported on Friday in 30 US states, including Delaware, Illinois, Kentucky, South Carolina,'
        ' and Tennessee. The total number of cases in the country has reached 226, with one confirmed death'
        ' in a 22-month-old boy in Houston, Texas. In an effort to curb the spread of the virus,'
        ' approximately 400 schools have been shut down across the country, 300 of them in Texas and a'
        ' further 62 in Alabama. All high school state track-and-field championships in the two states have'
        " been cancelled. In addition, Fort Worth's annual Mayfest, which attracts about 200,000 people over"
        ' four days, has been called off. The US has said it will purchase thirteen million packages of'
        ' antiviral treatment, and export 400,000 of those to Mexico. An aide to Steven Chu, the US Energy'
        " Secretary, has reportedly fallen ill from the virus after helping arrange President Barack Obama's"
        ' trip to Mexico. However, the White House says that Obama is not at risk of obtaining the flu.'
    ),
    'geovirus:geovirus-193': (
        'The World Health Organization (WHO), non-governmental aid organisation Médecins Sans Frontières'
        ' (MSF), and the U.S. Centers for Disease Control and Prevention (CDC) have sent experts to the'
        ' Democratic Republic of the Congo (DRC) to assist local health authorities with a recent outbreak of'
        ' Ebola haemorrhagic fever in Kasai Occidental province of DRC. The illness had been unidentified'
        ' until laboratory test results confirmed the presence of the virus. DRC President Joseph Kabila'
        ' described the situation as being contained. "The village of Kampungu has been quarantined to'
        ' prevent population movement towards Kananga," Kabila said on Thursday. Kananga is the provincial'
        ' capital. "The situation is at the moment, I cannot say under control, but at least the problem has'
        ' been contained very well in the area," he continued. "There is no risk that the whole country will'
        ' be affected." WHO is working closely with officials from the DRC Ministry of Health and MSF to'
        ' improve local facilities in order to better contain the virus. A mobile field laboratory is to be'
        ' established in order to provide rapid sample analysis and, subsequently, diagnosis of patients.'
        ' There are concurrent outbreaks of other diseases, such as dysentery (Shigellosis), that have been'
        ' complicating diagnoses and need to be identified as well. Ebola haemorrhagic fever generates'
        ' mortality rates in the range of 50 to 90 percent, typically. There is currently no vaccine or'
        ' effective treatment for Ebola. WHO describes the symptoms of Ebola as being "characterized by the'
        ' sudden onset of fever, intense weakness, muscle pain, headache and sore throat. This is often'
        ' followed by vomiting, diarrhoea, rash, impaired kidney and liver function, and in some cases, both'
        ' internal and external bleeding. Laboratory findings show low counts of white blood cells and'
        ' platelets as well as elevated liver enzymes." MSF, who now have 14 experts in DRC, arranged for'
        ' eighteen tons of supplies, such as medical and sanitation material, to be delivered to the province'
        ' of West Kasai. MSF indicated that the transportation of supplies from the airport to the affected'
        ' areas has been a challenge, due to poor road conditions. It has taken up to three days to travel'
        ' the 250 km to the outbreak area from the provincial capital city, Kananga. MSF experts will provide'
        ' advice on sanitary burial procedures, which would include the use of body bags and spraying. Both'
        ' the WHO and MSF will disseminate information to the local population regarding the transmission of'
        ' the virus and measures that could be taken to reduce the spread of the disease. The MSF emergency'
        " team coordinator in Kampungu, Rosa Crestani, described the isolation ward set up at Kampungu's"
        ' health centre. "Our isolation centre is basically divided in three parts. One is completely'
        ' isolated, where the sick patients are; another is where the staff dresses with the complete'
        ' protection uniform and then undresses after having been in contact with the patients; and the third'
        ' part is a space for disinfection in between," said Crestani. "In the coming days, we will decide'
        ' with the Ministry of Health and the WHO whether we set up isolation structures in other locations'
        ' of the health zone." Neighbouring countries, such as Rwanda and Zambia have issued alerts to their'
        ' citizens, warning of travel to and from DRC. Zambian Health Minister Brian Chituwo stated that all'
        ' people coming into Zambia from DRC will be watched for symptoms of Ebola for up to eight hours.'
        ' Chituwo noted, however that it would be unlikely for an infected person to travel into the country,'
        ' as the time between onset and death is very rapid and that the symptoms are severe. There has been'
        ' a minimum of 395 people affected by haemorrhagic fever, including 160 deaths, in DRC in the past'
        ' few months. Since arriving in Kampungu in early September, MSF have seen 25 patients admitted with'
        ' suspected Ebola haemorrhagic fever, of which eight have died.'
    ),
    'geovirus:geovirus-199': (
        'The World Health Organization (WHO) has told people to stay away from Ugandan caves with bats, due'
        ' to the fact that a tourist visiting Uganda was recently killed by the fatal Marburg virus. Health'
        ' authorities in the Netherlands said that the forty-year-old tourist contracted the disease from'
        ' fruit bats in a cave. A spokesperson for WHO said that "it is an isolated case of imported'
        ' Marburg." He continued, "people should not think about amending their travel plans to Uganda but'
        ' should not go into caves with bats." The Health Ministry of Uganda advised people who have to enter'
        ' caves in Uganda that they should exercise "maximum precaution not to get into close contact with'
        ' the bats and non-human primates in the nearby forests". Marburg virus causes Marburg hemorrhagic'
        ' fever, which is related to Ebola. It is believed that humans first caught the virus from Egyptian'
        ' fruit bats. The first Ugandan case of the virus occurred approximately a year ago; it involved a'
        ' 29-year-old man who became symptomatic on July 4 and died on July 14. A co-worker of the man had'
        ' previously suffered from a similar disease, although he survived. The Soviet Union also reportedly'
        ' prepared Marburg virus samples for use as a biological weapon in the time of war.'
    ),
    'geovirus:geovirus-218': (
        'On Saturday local villagers claimed a meteorite slammed into a field outside of Carancas, near Lake'
        ' Titicaca in the Puno region of Peru on the border of Bolivia. It emitted a sweet but noxious odor.'
        ' It has now been blamed for a mass illness affecting roughly 200 villagers with "nausea, vomiting,'
        ' digestive problems and general sickness," according to a local health department official, Jorge'
        ' López. "Boiling water started coming out of the crater and particles of rock and cinders were found'
        ' nearby. Residents are very concerned," said López. Police officers who went to investigate the'
        ' meteorite are among those who have fallen ill and been taken to Desaguadero hospital. The impact of'
        ' the meteorite left a crater 18 feet deep and 30 yards across in the Andean territory that is home'
        ' to less than 1,000 people. Originally, the villagers thought a plane had crashed. Under'
        ' consideration is the declaration of a state of emergency. Peruvian Nuclear Energy Institute'
        ' engineer Renan Ramirez said scientists who went to investigate the crater found no indication of'
        ' radiation, although, the fumes from the crater were so pungent that one scientist said his throat'
        ' and nose were irritated despite his use of a mask. Villagers are said to be avoiding the local'
        ' water out of fear of contamination. Sulfur, arsenic and other elements common in meteorites can'
        ' react with ground water to produce fumes. Ursula Marvin, a meteor expert at the Smithsonian'
        ' Astrophysical Observatory in Massachusetts, said a meteorite "wouldn\'t get much gas out of the'
        ' earth" and that a more likely explanation for the health problems was the dust cloud caused when'
        ' the rock hit the Earth. Other explanations abound. Don Yeomans, head of the Near Earth Object'
        ' Program at NASA\'s Jet Propulsion Laboratory, said "Statistically, it\'s far more likely to have come'
        ' from below than from above," noting that meteorites do not give off smells and it is likely the'
        ' result of hydrothermal activity, such as a local gas explosion. Dr Caroline Smith, a meteorite'
        ' expert with the Natural History Museum in London, thought more likely the villagers saw a common'
        ' fireball and in the process of investigating it, did not find a \'crater\' but "a lake of sedimentary'
        ' deposit, which may be full of smelly, methane rich organic matter." And one science blogger, David'
        ' Syzdek, theorized that in fact the crater is a mud volcano "that is producing toxic gasses [sic]'
        ' such as methane, water, and perhaps other hydrocarbons. Many hydrocarbons can cause illness."'
    ),
    'meantime:129865': (
        'Airbus offers funding to search for black boxes from Air France disaster\nJuly 30, 2009\nAirbus have'
        ' announced that they will be willing to contribute between $12 million and $20 million (about US$ 16'
        ' million to $28 million) to fund an extended search for the black boxes from Air France Flight'
        ' 447.\nThe Airbus A330 jetliner crashed into the Atlantic Ocean in June, killing all 228 people on'
        ' board.\nChief executive Thomas Enders said in a statement, ``We want to know what happened, as'
        ' improving air safety is our top priority.\nWe are fully committed to support the extension of the'
        " search with a significant contribution.''\nAlthough airframers normally supply technical assistance"
        ' to investigations, the required impartiality makes funding rare, with Airbus spokesman Stefan'
        " Schaffrath saying the company's move was unprecedented.\n``This is an exceptional accident and an"
        " exceptional situation,'' Schaffrath explained.\nFrance's investigative agency BEA has requested"
        ' financial assistance for the search from both Airbus and Air France.\nAir France have discussed this'
        ' possibility with the BEA.\nInvestigators have already given up looking for the cockpit voice'
        " recorder and flight data recorder using the conventional method of tracing audio ` pingers', the"
        ' batteries of which would have expired after 30 -- 40 days.\nEfforts are ongoing using sensitive'
        ' equipment under tow from a French naval vessel, but if this search proves fruitless then the BEA'
        " will seek money for a further three-month search.\nThe jet's Aircraft Communications Addressing and"
        ' Reporting System (ACARS) was able to transmit information regarding problems on board prior to the'
        ' crash.\nThe ACARS data suggests that the plane had suffered from a loss of valuable readings'
        ' including airspeed, leading suspicion to fall on the pitot-static system which supplies various'
        ' measurements.\nAirbus had already recommended that one component of this system, the pitot tubes, be'
        ' replaced on A330s.\nAir France had not done this on the accident airplane although the entire fleet'
        ' now features the modified design.\nThree other incidents have been identified since that may involve'
        ' similar circumstances.\nThe United States National Transportation Safety Board is probing two over'
        ' American soil while earlier this month another Air France A330 equipped with the new tubes suffered'
        ' a similar series of problems enroute from Italy to France.'
    ),
    'ecbplus:23_2ecb': (
        'Dr Mark Vinar, 43, is presumed dead after disappearing off Zurbriggens Ridge, on Mt Cook, on'
        ' Thursday.'
    ),
    'ecbplus:27_5ecb': (
        'Microsoft issues emergency patch for Internet Explorer\nMicrosoft has issued an emergency patch for'
        ' its Internet Explorer browser, aiming to fix a critical flaw that allowed hackers to take over'
        ' computers merely by steering them to infected websites.\nMicrosoft Wednesday took the rare step of'
        ' issuing the patch after numerous security experts advised people to switch to rival browsers until'
        ' Microsoft fixed the problem.\nMicrosoft usually releases patches on a set schedule and this is only'
        ' the third emergency patch in the last three years.\nThe flaw has been in circulation since the first'
        ' week of December.\nSo far, more than two million computers are believed to have been infected,'
        ' according to PC Magazine.\nThe vulnerabilities are found on copies of Internet Explorer 7, as well'
        " as IE6 and IE5.\nThe patch is designed to prevent attackers from downloading malware onto users '"
        ' computers if they visit a malicious Web site, or a legitimate Web site that has been infected.'
    ),
    'ecbplus:34_16ecb': (
        'President-elect Barack Obama has asked neurosurgeon and CNN medical correspondent Dr. Sanjay Gupta'
        " to be U.S. surgeon general, a senior Democrat said on Tuesday.\nGupta has been ``the Obama team's"
        " first choice'' for the job, which would make the TV personality America's top doctor, said the"
        ' Democrat who is familiar with efforts by Obama to staff his pending administration.\nThe Washington'
        " Post's online service, washingtonpost.com, first reported that Gupta had been offered the job,"
        ' traditionally the U.S. top spokesman on matters of public health.'
    ),
}


def RA(id_, outlet, published, source, sentence, events, note=None):
    """A real article: its text from ``TEXTS``, its title the headline line or,
    for a text with no headline, the first sentence (ending in ``sentence``)."""
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


# --- GeoVirus (Wikinews) ----------------------------------------------------------
RA("01", "Wikinews", "2006-02-15", "geovirus:geovirus-020", "previously unaffected nations.", [
    E("have issued restrictions", "restrictions", "COERCE", "restrict", ("Authorities across Europe", None, "GOV"),
      ("commercial poultry farms", None, "BUS"), None, None),
], note="approximate: the text prints no date; mid-February 2006, when H5N1 was found in swans in Austria and Germany")

RA("02", "Wikinews", "2010-10-23", "geovirus:geovirus-081", "and United Nations (UN).", [
    E("is being sent to Haiti", "sent", "AID", None, None, ("Haiti", "HTI", None), None, P("Haiti", "Haiti"),
      speaker="CDC officials Dr. Rob Quick and Dr. Carleene Dei", mod="reported"),
    E("they will provide supplies", "provide", "AID", None, ("they", "USA", "GOV"), None, None, None,
      speaker="The USAID", mod="future"),
    E("have already provided 300,000", "provided", "AID", None, ("they", "USA", "GOV"), None, None, None,
      speaker="The USAID", mod="reported"),
], note="approximate: the text prints no date; late October 2010, when Haiti's toll neared 200")

RA("03", "Wikinews", "2008-02-22", "geovirus:geovirus-085", "in the last five months.", [
    E("the government issued a ban", "ban", "COERCE", "restrict", ("the government", "KEN", "GOV"), None, None,
      None),
], note="approximate: the text prints no date; February 2008, after the post-election crisis; its 'Thursday' alert is not an event")

RA("04", "Wikinews", "2010-05-07", "geovirus:geovirus-117", "insecticides, and bed nets.", [
    E("will be given out to battle", "given out", "AID", None, None, ("endemic nations", None, "GOV"), None, None,
      mod="future", cl="q04-funds"),
    E("will be provided by the US", "provided", "AID", None,
      ("the US President's Malaria Initiative", "USA", "GOV"), None, None, None,
      speaker="Chambers", mod="future", cl="q04-funds"),
], note="approximate: the text prints no date; the World Economic Forum on Africa met in Dar es Salaam on 5-7 May 2010")

RA("05", "Wikinews", "2005-02-17", "geovirus:geovirus-119", "the World Health Organisation (WHO).", [
    E("have gone to the region", "gone", "AID", None,
      ("Teams from Médecins sans Frontières, WHO, Medair and the Ministry of Health", None, "NGO"), None, None,
      P("the region", "Ituri")),
    E("team flew to the area", "flew", "AID", None, ("a multi-disciplinary team", None, None), None,
      d("2005-02-16"), P("the area", "Ituri")),
    E("the team will assist", "assist", "AID", None, ("the team", None, None), None, None, None,
      mod="conditional", cond="If access is possible"),
], note="approximate: the text prints no date; its toll is given 'as of February 15' 2005, so published soon after")

RA("06", "Wikinews", "2015-05-06", "geovirus:geovirus-130", "to implement needle exchange programs.", [
    E("declared the outbreak a public health emergency on March 26", "declared", "COERCE", "martial-law",
      ("Governor Pence", "USA", "GOV"), None, d("2015-03-26", True), None, cl="q06-emergency"),
    E("the day before Pence declared", "declared", "COERCE", "martial-law", ("Pence", "USA", "GOV"), None,
      d("2015-03-26", True), None, cl="q06-emergency"),
], note="Pence signed Senate Bill 461 on Tuesday 5 May 2015; published the day after (approximate)")

RA("07", "Wikinews", "2005-05-20", "geovirus:geovirus-149", "in the Republic of Congo this month.", [
    E("have announced a quarantine", "quarantine", "COERCE", "restrict",
      ("The government of Congo and the United Nations World Health Organization", None, "GOV"),
      None, None, P("Etoumbi", "Etoumbi")),
], note="approximate: the text prints no date; May 2005, the Etoumbi Ebola outbreak")

RA("08", "Wikinews", "2007-08-30", "geovirus:geovirus-151", "the Democratic Republic of the Congo (DRC).", [
    E("has deployed personnel", "deployed", "AID", None, ("The United Nations agency, WHO", None, "IGO"), None,
      None, None),
], note="approximate: the text prints no date; late August 2007, before the illness was identified as Ebola")

RA("09", "Wikinews", "2007-11-15", "geovirus:geovirus-158", "first reported in early October.", [
    E("WHO dispatched additional", "dispatched", "AID", None, ("WHO", None, "IGO"),
      ("local health officials", "AGO", "GOV"), d("2007-11-14"), P("Angola", "Angola")),
], note="approximate: the text prints no date; November 2007 (a Thursday chosen, so 'On Wednesday' is the day before)")

RA("10", "Wikinews", "2005-04-01", "geovirus:geovirus-164", "recent information from the World Health Organisation (WHO).", [
    E("vehicles were attacked", "attacked", "ASSAULT", None, ("local residents", "AGO", "CVL"),
      ("transportation vehicles", None, "HLH"), None, P("Uige", "Uige")),
    E("WHO was appealing", "appealing", "REQUEST", "assist", ("WHO", None, "IGO"), None, None, None,
      relays=["the United Nations (UN)"], mod="demanded"),
    E("experts were deployed in Angola", "deployed", "AID", None, None, ("Angola", "AGO", None), None,
      P("Angola", "Angola"), speaker="Mike Ryan, director of WHO's alert and response operations",
      mod="reported"),
    E("will be joined shortly by experts", "joined", "AID", None,
      ("experts in social mobilization from Angola, the Democratic Republic of Congo, and Mozambique", None, "HLH"),
      None, None, P("Uige", "Uige"), mod="future"),
], note="approximate: the text prints no date; end of March 2005, when the Angolan Marburg toll reached 180")

RA("11", "Wikinews", "2010-04-25", "geovirus:geovirus-168", "European regions.", [
    E("yesterday began simultaneous", "began", "AID", None, ("The World Health Organization (WHO)", None, "IGO"),
      None, d("2010-04-24"), None),
    E("WHO also began a large polio", "began", "AID", None, ("WHO", None, "IGO"), None, d("2010-04-24"), None),
], note="approximate: the text prints no date; the first joint immunization week began on Saturday 24 April 2010, chosen as 'yesterday'")

RA("12", "Wikinews", "2009-10-20", "geovirus:geovirus-179", "due to heavy rains.", [
    E("appealed for US$2.8 million", "appealed", "REQUEST", "assist",
      ("The United Nations High Commissioner for Refugees (UNHCR)", None, "IGO"), None, None, None,
      mod="demanded"),
    E("UNHCR began digging trenches", "digging", "AID", None, ("the UNHCR", None, "IGO"), None,
      wk("2009-W40", True), None, speaker="Mahecic", mod="reported"),
    E("preparing to locate to higher ground", "locate", "AID", None, ("We", None, "IGO"), ("refugees", None, "REF"),
      None, None, speaker=("he", "he stated"), mod="future"),
], note="approximate: the text prints no date; October 2009 (El Nino rains at Dadaab), chosen so 'three weeks ago' is 2009-W40")

RA("13", "Wikinews", "2009-05-02", "geovirus:geovirus-191", "is continuing to spread.", [
    E("the UN has denounced", "denounced", "ACCUSE", "disapprove", ("the UN", None, "IGO"),
      ("the Egyptian government", "EGY", "GOV"), None, None),
    E("staff are to check passengers", "check", "COERCE", "restrict", ("Medical staff", "EGY", "HLH"),
      ("passengers arriving at Cairo airport from Mexico", None, "CVL"), None, P("Cairo", "Cairo"), mod="future"),
    E("have been placed under quarantine", "quarantine", "COERCE", "restrict", None,
      ("The 300 residents of the hotel he was staying in", "HKG", "CVL"), d("2009-05-01"), None, cl="q13-hotel"),
    E("will remain sealed off", "sealed off", "COERCE", "restrict", None, ("the hotel", "HKG", "CVL"), None, None,
      speaker="Health officials", mod="future", cl="q13-hotel"),
    E("began a shutdown", "shutdown", "COERCE", "restrict", ("the government", "MEX", "GOV"), None,
      d("2009-05-01"), P("the country", "Mexico")),
    E("has accused the WHO", "accused", "ACCUSE", "disapprove",
      ("Miguel Angel Lezana, the chief epidemiologist in the country", "MEX", "GOV"), ("the WHO", None, "IGO"),
      None, None, cl="q13-accuse"),
    E("his centre had informed", "informed", "COOPERATE", None, ("his centre", "MEX", "GOV"),
      ("a regional branch of the WHO", None, "IGO"), d("2009-04-16", True), None, speaker="Lezana",
      mod="reported"),
    E("The WHO rejected the accusations", "rejected", "REJECT", None, ("The WHO", None, "IGO"), None, None, None),
    E("It has encouraged non-essential", "encouraged", "REQUEST", None, ("It", "MEX", "GOV"),
      ("non-essential public facilities and government operations", "MEX", "GOV"), None, None, mod="demanded"),
    E("encouraged people to stay", "encouraged", "REQUEST", None, ("Mexican president Felipe Calderon", "MEX", "GOV"),
      ("people", "MEX", "CVL"), None, None, mod="demanded"),
    E("the government has ordered all ships", "ordered", "COERCE", "restrict", ("the government", "NGA", "GOV"),
      ("all ships and aircraft arriving in Nigeria", None, None), None, None,
      speaker="John Odey, the Environment Minister of the African country of Nigeria", mod="reported"),
    E("The Nigerian government has advised", "advised", "REQUEST", None, ("The Nigerian government", "NGA", "GOV"),
      ("ill persons wishing to travel out of the country", "NGA", "CVL"), None, None, mod="demanded"),
    E("are urged to immediately seek", "urged", "REQUEST", None, None,
      ("those who have returned from abroad and have the symptoms of the flu", "NGA", "CVL"), None, None,
      mod="demanded"),
    E("schools have been shut down", "shut down", "COERCE", "restrict", None,
      ("approximately 400 schools", "USA", "EDU"), None, P("the country", "United States")),
    E("in the two states have been cancelled", "cancelled", "COERCE", "restrict", None, None, None, None),
    E("has been called off", "called off", "COERCE", "restrict", None, None, None, P("Fort Worth", "Fort Worth")),
    E("and export 400,000", "export", "AID", None, ("it", "USA", "GOV"), ("Mexico", "MEX", "GOV"), None, None,
      speaker="The US", mod="future"),
    E("his family were placed into a quarantine", "quarantine", "COERCE", "restrict", None,
      ("he and his family", "NZL", "CVL"), d("2009-04-28"), None),
], note="approximate: the text prints no date; its 'Friday' is 1 May 2009 (Mexico's five-day shutdown, Hong Kong's hotel quarantine)")

RA("14", "Wikinews", "2007-09-15", "geovirus:geovirus-193", "Kasai Occidental province of DRC.", [
    E("have sent experts", "sent", "AID", None,
      ("The World Health Organization (WHO), non-governmental aid organisation Médecins Sans Frontières (MSF), "
       "and the U.S. Centers for Disease Control and Prevention (CDC)", None, "IGO"),
      ("local health authorities", "COD", "GOV"), None,
      P("the Democratic Republic of the Congo (DRC)", "Democratic Republic of the Congo")),
    E("Kampungu has been quarantined", "quarantined", "COERCE", "restrict", None,
      ("The village of Kampungu", "COD", "CVL"), None, P("Kampungu", "Kampungu"), speaker="Kabila",
      mod="reported"),
    E("WHO is working closely with officials", "working closely", "COOPERATE", None, ("WHO", None, "IGO"),
      ("officials from the DRC Ministry of Health", "COD", "GOV"), None, None),
    E("arranged for eighteen tons", "arranged", "AID", None, ("MSF", None, "NGO"), None, None, None),
    E("MSF experts will provide advice", "provide", "AID", None, ("MSF experts", None, "NGO"), None, None, None,
      mod="future"),
    E("Both the WHO and MSF will disseminate", "disseminate", "AID", None, ("Both the WHO and MSF", None, "IGO"),
      ("the local population", "COD", "CVL"), None, None, mod="future"),
    E("warning of travel to and from DRC", "warning", "REQUEST", None,
      ("Neighbouring countries, such as Rwanda and Zambia", None, "GOV"), ("their citizens", None, "CVL"), None,
      None, mod="demanded"),
    E("will be watched for symptoms", "watched", "COERCE", "restrict", None,
      ("all people coming into Zambia from DRC", None, "CVL"), None, None,
      speaker="Zambian Health Minister Brian Chituwo", mod="future"),
], note="approximate: the text prints no date; mid-September 2007, after MSF reached Kampungu in early September")

RA("15", "Wikinews", "2008-07-12", "geovirus:geovirus-199", "killed by the fatal Marburg virus.", [
    E("has told people to stay away", "told", "REQUEST", None, ("The World Health Organization (WHO)", None, "IGO"),
      ("people", None, "CVL"), None, None, mod="demanded"),
    E("The Health Ministry of Uganda advised", "advised", "REQUEST", None,
      ("The Health Ministry of Uganda", "UGA", "GOV"), ("people who have to enter caves in Uganda", None, "CVL"),
      None, None, mod="demanded"),
    E("prepared Marburg virus samples", "prepared", "MOBILIZE", "weapons", ("The Soviet Union", "SUN", "GOV"), None,
      None, None),
], note="approximate: the text prints no date; July 2008, after the Dutch tourist's death")

RA("16", "Wikinews", "2007-09-18", "geovirus:geovirus-218", "on the border of Bolivia.", [
    E("the declaration of a state of emergency", "declaration", "COERCE", "martial-law", None, None, None, None,
      mod="hypothetical"),
], note="approximate: the text prints no date; the Carancas impact was on Saturday 15 September 2007")

# --- MEANTIME (Wikinews) -----------------------------------------------------------
RA("17", "Wikinews", "2009-07-30", "meantime:129865", None, [
    E("willing to contribute between", "willing", "AGREE", None, ("they", None, "BUS"), None, None, None,
      speaker="Airbus", mod="reported"),
    E("BEA has requested financial", "requested", "REQUEST", "assist",
      ("France's investigative agency BEA", "FRA", "GOV"), ("both Airbus and Air France", None, "BUS"), None, None,
      mod="demanded"),
    E("Air France have discussed", "discussed", "CONSULT", None, ("Air France", "FRA", "BUS"),
      ("the BEA", "FRA", "GOV"), None, None),
    E("the BEA will seek money", "seek", "REQUEST", "assist", ("the BEA", "FRA", "GOV"), None, None, None,
      mod="demanded"),
    # relabel58 (a): the headline's offer is the AGREE told in the body ("willing to contribute")
    E("Airbus offers funding", "offers", "AGREE", None, ("Airbus", None, "BUS"), None, None, None,  # relabel58 (a)
      cl="rec_q-17-e01"),  # relabel58 (a)
])

# --- ECB+ (topics 23, 27, 34: look-alikes with no events) ----------------------------
RA("18", "unknown", "2009-01-10", "ecbplus:23_2ecb", "on Thursday.", [],
   note="approximate: the text prints no date; Mark Vinar fell on Mt Cook in early January 2009")
RA("19", "unknown", "2008-12-18", "ecbplus:27_5ecb", None, [],
   note="Microsoft issued the out-of-band patch on Wednesday 17 December 2008; published the day after (approximate)")
RA("20", "unknown", "2009-01-06", "ecbplus:34_16ecb", "said on Tuesday.", [],
   note="CNN reported Obama's offer to Sanjay Gupta on Tuesday 6 January 2009")


# --- Own texts ---------------------------------------------------------------------
A("21", "Reuters", "2024-10-14",
  "Canada expels six Indian diplomats, accuses agents of role in Sikh leader's killing",
  "Canada expels six Indian diplomats, accuses agents of role in Sikh leader's killing\n"
  "OTTAWA, Oct 14 (Reuters) - Canada expelled six Indian diplomats on Monday, including the high commissioner, "
  "after police said they had evidence linking agents of India's government to the killing of a Sikh separatist "
  "leader in British Columbia last year.\n"
  "Royal Canadian Mounted Police Commissioner Mike Duheme told reporters that officers had arrested four Indian "
  "nationals in May over the June 2023 killing of Hardeep Singh Nijjar. Nijjar was shot dead in his pickup truck "
  "outside a Sikh temple in Surrey.\n"
  "Prime Minister Justin Trudeau said Ottawa had asked New Delhi to waive the diplomats' immunity so they could be "
  "questioned, and that India had refused.\n"
  "India rejected the accusations as \"preposterous\" and said it was withdrawing its high commissioner. Hours "
  "later New Delhi expelled six Canadian diplomats and gave them until Saturday to leave the country, the Press "
  "Trust of India news agency reported, citing a foreign ministry statement.\n"
  "The foreign ministry also summoned Canada's charge d'affaires, Stewart Wheeler, to protest what it called "
  "baseless insinuations.\n"
  "Trudeau first said in September 2023 that there were \"credible allegations\" of Indian involvement in the "
  "killing. India denied any role and, a few days later, suspended visa services for Canadians.\n"
  "Duheme said police would share further evidence with Indian authorities if New Delhi agreed to cooperate with "
  "the investigation.",
  [
    E("Canada expels six", "expels", "SANCTION", "expel", ("Canada", "CAN", "GOV"),
      ("six Indian diplomats", "IND", "GOV"), d("2024-10-14"), None, cl="q21-expel"),
    E("accuses agents of role", "accuses", "ACCUSE", "allege", ("Canada", "CAN", "GOV"), ("agents", "IND", "SPY"),
      None, None),
    E("Sikh leader's killing\nOTTAWA", "killing", "ASSAULT", None, None, ("Sikh leader", "CAN", "CVL"),
      mo("2023-06", True), None, cl="q21-nijjar"),
    E("Canada expelled six", "expelled", "SANCTION", "expel", ("Canada", "CAN", "GOV"),
      ("six Indian diplomats", "IND", "GOV"), d("2024-10-14"), P("OTTAWA", "Ottawa"), cl="q21-expel"),
    E("government to the killing of a Sikh", "killing", "ASSAULT", None,
      ("agents of India's government", "IND", "SPY"), ("a Sikh separatist leader", "CAN", "CVL"),
      mo("2023-06", True), P("British Columbia", "British Columbia"), speaker="police", mod="reported",
      cl="q21-nijjar"),
    E("officers had arrested four", "arrested", "COERCE", "arrest", ("officers", "CAN", "COP"),
      ("four Indian nationals", "IND", "CVL"), mo("2024-05", True), None,
      speaker="Royal Canadian Mounted Police Commissioner Mike Duheme", mod="reported"),
    E("the June 2023 killing", "killing", "ASSAULT", None, None, ("Hardeep Singh Nijjar", "CAN", "CVL"),
      mo("2023-06", True), None, speaker="Royal Canadian Mounted Police Commissioner Mike Duheme",
      mod="reported", cl="q21-nijjar"),
    E("Nijjar was shot dead", "shot dead", "ASSAULT", "firearms", None, ("Nijjar", "CAN", "CVL"),
      mo("2023-06", True), P("Surrey", "Surrey"), cl="q21-nijjar"),
    E("Ottawa had asked New Delhi", "asked", "REQUEST", None, ("Ottawa", "CAN", "GOV"), ("New Delhi", "IND", "GOV"),
      None, None, speaker="Prime Minister Justin Trudeau", mod="demanded"),
    E("India had refused", "refused", "REJECT", None, ("India", "IND", "GOV"), ("Ottawa", "CAN", "GOV"), None,
      None, speaker="Prime Minister Justin Trudeau", mod="reported"),
    E("India rejected the accusations", "rejected", "REJECT", None, ("India", "IND", "GOV"), None, None, None),
    E("it was withdrawing its high", "withdrawing", "SANCTION", "withdraw", ("it", "IND", "GOV"), None, None, None,
      speaker="India", mod="reported"),
    E("New Delhi expelled six Canadian", "expelled", "SANCTION", "expel", ("New Delhi", "IND", "GOV"),
      ("six Canadian diplomats", "CAN", "GOV"), d("2024-10-14"), None, speaker="a foreign ministry statement",
      relays=["the Press Trust of India news agency"], mod="reported"),
    E("also summoned Canada's", "summoned", "ACCUSE", "disapprove", ("The foreign ministry", "IND", "GOV"),
      ("Canada's charge d'affaires, Stewart Wheeler", "CAN", "GOV"), None, None),
    E("Indian involvement in the killing", "killing", "ASSAULT", None, None, None, mo("2023-06", True), None,
      speaker="Trudeau", mod="reported", cl="q21-nijjar"),
    E("India denied any role", "denied", "REJECT", None, ("India", "IND", "GOV"), None, None, None),
    E("suspended visa services", "suspended", "SANCTION", "discontinue", ("India", "IND", "GOV"),
      ("Canadians", "CAN", "CVL"), mo("2023-09", True), None),
    E("police would share further", "share", "COOPERATE", None, ("police", "CAN", "COP"),
      ("Indian authorities", "IND", "GOV"), None, None, speaker="Duheme", mod="conditional",
      cond="if New Delhi agreed to cooperate with the investigation"),
    E("New Delhi agreed to cooperate", "agreed", "AGREE", None, ("New Delhi", "IND", "GOV"), None, None, None,
      speaker="Duheme", mod="hypothetical"),
])

MW = d("2025-07-10")
A("22", "Reuters", "2025-07-10",
  "Malawi police fire tear gas at protesters demanding electoral chief's removal",
  "Malawi police fire tear gas at protesters demanding electoral chief's removal\n"
  "LILONGWE, July 10 (Reuters) - Malawian police fired tear gas on Thursday to disperse hundreds of opposition "
  "supporters who marched on the offices of the electoral commission in Lilongwe to demand the removal of its "
  "chairperson ahead of September's general election.\n"
  "Protesters burned tyres and blocked the main road into the city centre, and some threw stones at officers, "
  "witnesses said. Police arrested 23 people, police spokesman Peter Kalaya told Reuters.\n"
  "The opposition Democratic Progressive Party (DPP) accuses the commission of favouring President Lazarus "
  "Chakwera's ruling Malawi Congress Party. The commission denies any bias.\n"
  "\"If the chairperson is still in office by the end of the month, we will bring the whole country to a "
  "standstill,\" DPP spokesman Shadric Namalomba told supporters before the march.\n"
  "Home Affairs Minister Ken Zikhale Ng'oma warned that anyone who destroyed property would be arrested, and "
  "urged the opposition to take its complaints to the courts.\n"
  "In Blantyre, the commercial capital, a smaller group of protesters gathered outside the district "
  "commissioner's office, local broadcaster Zodiak reported, citing its correspondent. No clashes were reported "
  "there.\n"
  "The High Court had on Tuesday rejected an application by the government to ban the demonstrations.",
  [
    E("police fire tear gas", "fire", "ASSAULT", "crowd-control", ("Malawi police", "MWI", "COP"),
      ("protesters", "MWI", "OPP"), MW, None, cl="mw-gas"),
    E("police fired tear gas on Thursday", "fired", "ASSAULT", "crowd-control", ("Malawian police", "MWI", "COP"),
      ("hundreds of opposition supporters", "MWI", "OPP"), MW, P("Lilongwe", "Lilongwe"), cl="mw-gas"),
    E("who marched on the offices", "marched", "PROTEST", "demo", ("who", "MWI", "OPP"),
      ("the electoral commission", "MWI", "GOV"), MW, P("Lilongwe", "Lilongwe"), cl="mw-march"),
    E("Protesters burned tyres", "burned", "PROTEST", "riot", ("Protesters", "MWI", "OPP"), None, MW,
      P("the city centre", "Lilongwe"), speaker="witnesses", mod="reported"),
    E("blocked the main road", "blocked", "PROTEST", "obstruct", ("Protesters", "MWI", "OPP"), None, MW,
      P("the city centre", "Lilongwe"), speaker="witnesses", mod="reported"),
    E("some threw stones", "threw", "PROTEST", "riot", ("some", "MWI", "OPP"), ("officers", "MWI", "COP"), MW,
      None, speaker="witnesses", mod="reported", cl="mw-stones"),
    E("Police arrested 23", "arrested", "COERCE", "arrest", ("Police", "MWI", "COP"), ("23 people", "MWI", "CVL"),
      MW, P(("LILONGWE", 1), "Lilongwe"), speaker="police spokesman Peter Kalaya", mod="reported",
      cl="mw-arrest"),
    E("accuses the commission of favouring", "accuses", "ACCUSE", "allege",
      ("The opposition Democratic Progressive Party (DPP)", "MWI", "OPP"), ("the commission", "MWI", "GOV"),
      None, None),
    E("The commission denies any bias", "denies", "REJECT", None, ("The commission", "MWI", "GOV"),
      None, None, None),
    E("we will bring the whole country", "bring", "THREATEN", None,
      ("we", "MWI", "OPP"), None, None, None, speaker="DPP spokesman Shadric Namalomba", mod="threatened"),
    E("warned that anyone who destroyed", "warned", "THREATEN", "arrest",
      ("Home Affairs Minister Ken Zikhale Ng'oma", "MWI", "GOV"), None, None, None, mod="threatened"),
    E("anyone who destroyed property", "destroyed", "PROTEST", "vandalize", ("anyone", "MWI", "CVL"), None, None,
      None, speaker="Home Affairs Minister Ken Zikhale Ng'oma", mod="hypothetical"),
    E("urged the opposition to take", "urged", "REQUEST", None,
      ("Home Affairs Minister Ken Zikhale Ng'oma", "MWI", "GOV"), ("the opposition", "MWI", "OPP"), None, None,
      mod="demanded"),
    E("protesters gathered outside", "gathered", "PROTEST", "demo", ("a smaller group of protesters", "MWI", "OPP"),
      None, MW, P("Blantyre", "Blantyre"), speaker="its correspondent", relays=["local broadcaster Zodiak"],
      mod="reported"),
    E("No clashes were reported", "clashes", "PROTEST", "riot", None, None, MW, P("there", "Blantyre"),
      mod="negated"),
    E("The High Court had on Tuesday rejected", "rejected", "REJECT", None, ("The High Court", "MWI", "JUD"),
      ("the government", "MWI", "GOV"), d("2025-07-08"), P(("LILONGWE", 1), "Lilongwe")),
])

A("23", "Nyasa Times", "2025-07-11",
  "Chaos in Lilongwe as police teargas DPP marchers",
  "Chaos in Lilongwe as police teargas DPP marchers\n"
  "Police on Thursday teargassed Democratic Progressive Party (DPP) supporters who were marching to the Malawi "
  "Electoral Commission (MEC) headquarters in Lilongwe, turning Area 18 and the city centre into a battlefield.\n"
  "The marchers, who had been escorted by police from Community Centre ground, were stopped at the Bingu "
  "National Stadium roundabout, where officers ordered them to turn back. When they refused, police fired "
  "canisters of teargas into the crowd.\n"
  "Angry youths responded by pelting the officers with stones and torching a police vehicle, eyewitnesses told "
  "Nyasa Times.\n"
  "National police spokesperson Peter Kalaya said 25 people had been arrested and would appear in court on "
  "Monday charged with unlawful assembly and malicious damage.\n"
  "But DPP spokesperson Shadric Namalomba accused the police of provoking the violence. \"Our people were "
  "peaceful. The police attacked them without any provocation,\" he said.\n"
  "Namalomba said the party would return to the streets next Thursday.\n"
  "The Malawi Human Rights Commission condemned what it called excessive use of force and asked the Inspector "
  "General of Police to investigate.",
  [
    E("police teargas DPP", "teargas", "ASSAULT", "crowd-control", ("police", "MWI", "COP"),
      ("DPP marchers", "MWI", "OPP"), MW, P("Lilongwe", "Lilongwe"), cl="mw-gas"),
    E("Police on Thursday teargassed", "teargassed", "ASSAULT", "crowd-control", ("Police", "MWI", "COP"),
      ("Democratic Progressive Party (DPP) supporters", "MWI", "OPP"), MW, P("Lilongwe", "Lilongwe"), cl="mw-gas"),
    E("who were marching to", "marching", "PROTEST", "demo", ("who", "MWI", "OPP"),
      ("the Malawi Electoral Commission (MEC)", "MWI", "GOV"), MW, P("Lilongwe", "Lilongwe"), cl="mw-march"),
    E("were stopped at the Bingu", "stopped", "COERCE", "restrict", None, ("The marchers", "MWI", "OPP"), MW,
      None),
    E("officers ordered them", "ordered", "REQUEST", "yield", ("officers", "MWI", "COP"), ("them", "MWI", "OPP"),
      MW, None, mod="demanded"),
    E("When they refused", "refused", "REJECT", "yield", ("they", "MWI", "OPP"), None, MW, None),
    E("police fired canisters", "fired", "ASSAULT", "crowd-control", ("police", "MWI", "COP"),
      ("the crowd", "MWI", "OPP"), MW, None, cl="mw-gas"),
    E("responded by pelting", "pelting", "PROTEST", "riot", ("Angry youths", "MWI", "CVL"),
      ("the officers", "MWI", "COP"), MW, None, speaker="eyewitnesses", mod="reported", cl="mw-stones"),
    E("torching a police vehicle", "torching", "PROTEST", "riot", ("Angry youths", "MWI", "CVL"),
      ("a police vehicle", "MWI", "COP"), MW, None, speaker="eyewitnesses", mod="reported"),
    E("25 people had been arrested", "arrested", "COERCE", "arrest", None, ("25 people", "MWI", "CVL"), MW, None,
      speaker="National police spokesperson Peter Kalaya", mod="reported", cl="mw-arrest"),
    E("charged with unlawful", "charged", "ACCUSE", "allege", None, ("25 people", "MWI", "CVL"), d("2025-07-14"),
      None, speaker="National police spokesperson Peter Kalaya", mod="future"),
    E("accused the police of provoking", "accused", "ACCUSE", "allege",
      ("DPP spokesperson Shadric Namalomba", "MWI", "OPP"), ("the police", "MWI", "COP"), None, None),
    E("The police attacked them", "attacked", "ASSAULT", None, ("The police", "MWI", "COP"), ("them", "MWI", "OPP"),
      MW, None, speaker=("he", "he said"), mod="reported", cl="mw-gas"),
    E("would return to the streets", "return to the streets", "PROTEST", "demo", ("the party", "MWI", "OPP"), None,
      d("2025-07-17"), None, speaker="Namalomba", mod="future"),
    E("condemned what it called", "condemned", "ACCUSE", "disapprove",
      ("The Malawi Human Rights Commission", "MWI", None), None, None, None),
    E("excessive use of force", "use of force", "ASSAULT", "crowd-control", None, None, MW, None,
      speaker="The Malawi Human Rights Commission", mod="reported", cl="mw-gas"),
    E("asked the Inspector", "asked", "REQUEST", None, ("The Malawi Human Rights Commission", "MWI", None),
      ("the Inspector General of Police", "MWI", "COP"), None, None, mod="demanded"),
])

EC = d("2024-04-05")
A("24", "Associated Press", "2024-04-06",
  "Mexico breaks relations with Ecuador after police storm embassy to arrest ex-vice president",
  "Mexico breaks relations with Ecuador after police storm embassy to arrest ex-vice president\n"
  "QUITO, Ecuador (AP) — Mexico broke off diplomatic relations with Ecuador on Saturday after Ecuadorian police "
  "forced their way into the Mexican Embassy in Quito late Friday and arrested former Vice President Jorge Glas, "
  "who had been holed up there since December.\n"
  "Mexico's head of chancery, Roberto Canseco, said he was knocked to the ground by police as he tried to stop "
  "them.\n"
  "\"This is a flagrant violation of international law and of the sovereignty of Mexico,\" President Andrés "
  "Manuel López Obrador wrote on X, announcing the break. Mexico said it would take the case to the "
  "International Court of Justice.\n"
  "Ecuador's presidency said in a statement that Mexico had abused the immunities of its mission by granting "
  "Glas asylum hours earlier. \"Ecuador is a sovereign country, and we will not allow any criminal to remain "
  "free,\" it said.\n"
  "Glas, who served under former President Rafael Correa, was sentenced in 2017 to six years in prison for "
  "taking bribes. He was released in November 2022 and sought refuge in the embassy a year later.\n"
  "The Organization of American States called an emergency session for Tuesday, and Brazil, Colombia and "
  "Argentina condemned the raid. Ecuador's Foreign Minister Gabriela Sommerfeld denied that officers had used "
  "excessive force.",
  [
    E("Mexico breaks relations", "breaks", "SANCTION", "discontinue", ("Mexico", "MEX", "GOV"),
      ("Ecuador", "ECU", "GOV"), d("2024-04-06"), None, cl="mx-break"),
    E("police storm embassy", "storm", "COERCE", None, ("police", "ECU", "COP"), ("embassy", "MEX", "GOV"), EC,
      None, cl="ec-raid"),
    E("to arrest ex-vice", "arrest", "COERCE", "arrest", ("police", "ECU", "COP"),
      ("ex-vice president", "ECU", "OPP"), EC, None, cl="ec-arrest"),
    E("Mexico broke off", "broke off", "SANCTION", "discontinue", ("Mexico", "MEX", "GOV"),
      ("Ecuador", "ECU", "GOV"), d("2024-04-06"), None, cl="mx-break"),
    E("forced their way into", "forced their way", "COERCE", None, ("Ecuadorian police", "ECU", "COP"),
      ("the Mexican Embassy", "MEX", "GOV"), EC, P("Quito", "Quito"), cl="ec-raid"),
    E("arrested former Vice President", "arrested", "COERCE", "arrest", ("Ecuadorian police", "ECU", "COP"),
      ("former Vice President Jorge Glas", "ECU", "OPP"), EC, P("Quito", "Quito"), cl="ec-arrest"),
    E("knocked to the ground by police", "knocked to the ground", "ASSAULT", "beat", ("police", "ECU", "COP"),
      (("he", "he was knocked"), "MEX", "GOV"), EC, None, speaker="Mexico's head of chancery, Roberto Canseco", mod="reported"),
    E("a flagrant violation", "violation", "ACCUSE", "disapprove",
      ("President Andrés Manuel López Obrador", "MEX", "GOV"), None, None, None,
      speaker="President Andrés Manuel López Obrador", relays=[("X", "wrote on X")], mod="reported"),
    E("announcing the break", "break", "SANCTION", "discontinue",
      ("President Andrés Manuel López Obrador", "MEX", "GOV"), None, d("2024-04-06"), None, cl="mx-break"),
    E("take the case to the International", "take the case", "ACCUSE", "allege", ("it", "MEX", "GOV"), None, None,
      None, speaker="Mexico", mod="future"),
    E("by granting Glas asylum", "granting", "AID", None, ("Mexico", "MEX", "GOV"), ("Glas", "ECU", "OPP"), EC, None,
      speaker="Ecuador's presidency", mod="reported"),
    E("we will not allow any criminal", "allow", "THREATEN", "arrest", ("we", "ECU", "GOV"), None, None, None,
      speaker=("it", "it said"), mod="threatened"),
    E("was sentenced in 2017", "sentenced", "SANCTION", "convict", None, ("Glas", "ECU", "OPP"), yr("2017"), None),
    E("He was released in November 2022", "released", "RETREAT", "release", None, ("He", "ECU", "OPP"),
      mo("2022-11", True), None),
    E("sought refuge in the embassy", "sought refuge", "REQUEST", None, ("He", "ECU", "OPP"),
      ("the embassy", "MEX", "GOV"), yr("2023"), None, mod="demanded"),
    E("called an emergency session", "session", "CONSULT", "multilateral",
      ("The Organization of American States", None, "IGO"), None, d("2024-04-09"), None, mod="future"),
    E("Argentina condemned the raid", "condemned", "ACCUSE", "disapprove",
      ("Brazil, Colombia and Argentina", None, "GOV"), None, None, None),
    E("condemned the raid", "raid", "COERCE", None, None, None, EC, None,
      speaker="Brazil, Colombia and Argentina", mod="reported", cl="ec-raid"),
    E("officers had used excessive force", "used excessive force", "ASSAULT", None, ("officers", "ECU", "COP"), None,
      EC, None, speaker="Ecuador's Foreign Minister Gabriela Sommerfeld", mod="denied"),
])

A("25", "AFP", "2025-06-21",
  "Panama suspends civil liberties in banana province as strike turns violent",
  "Panama suspends civil liberties in banana province as strike turns violent\n"
  "PANAMA CITY, June 21, 2025 (AFP) - Panama's government on Saturday suspended constitutional guarantees in the "
  "western province of Bocas del Toro and cut internet service there, after protesters opposed to a pension "
  "reform looted shops and set fire to a police post in the town of Changuinola.\n"
  "The decree, published in the official gazette, allows police to detain people without a warrant and "
  "restricts freedom of movement for five days.\n"
  "President José Raúl Mulino said security forces had been sent to \"restore order\" and warned that those "
  "behind the violence \"will pay for it\". \"If the roadblocks are not lifted by Monday, we will clear them,\" "
  "Mulino told a news conference.\n"
  "The banana workers' union Sitraibana, whose strike has paralysed the province since April 28, accused the "
  "government of \"militarising\" Bocas del Toro and said its members had not taken part in the looting.\n"
  "Police said 14 officers were injured when a crowd attacked them with stones and machetes on Friday night, "
  "and that 31 people had been detained. Local media reported that police had fired tear gas and birdshot in "
  "several neighbourhoods.\n"
  "The union's leader, Francisco Smith, was arrested last week on charges of obstructing public roads, a move "
  "his lawyers called political persecution. Chiquita Brands, the province's largest employer, last month "
  "dismissed nearly 5,000 striking workers.\n"
  "The Catholic Church has offered to mediate between the government and the union.",
  [
    E("Panama suspends civil", "suspends", "COERCE", "martial-law", ("Panama", "PAN", "GOV"), None,
      d("2025-06-21"), None, cl="pa-decree"),
    E("on Saturday suspended constitutional", "suspended", "COERCE", "martial-law",
      ("Panama's government", "PAN", "GOV"), None, d("2025-06-21"), P("Bocas del Toro", "Bocas del Toro"),
      cl="pa-decree"),
    E("cut internet service there", "cut", "COERCE", "censor", ("Panama's government", "PAN", "GOV"), None,
      d("2025-06-21"), P("there", "Bocas del Toro")),
    E("reform looted shops", "looted", "PROTEST", "vandalize",
      ("protesters opposed to a pension reform", "PAN", "CVL"), None, None, P("Changuinola", "Changuinola"),
      cl="pa-loot"),
    E("set fire to a police post", "set fire", "PROTEST", "riot",
      ("protesters opposed to a pension reform", "PAN", "CVL"), ("a police post", "PAN", "COP"), None,
      P("Changuinola", "Changuinola")),
    E("allows police to detain people", "detain", "THREATEN", "arrest", ("The decree", "PAN", "GOV"),
      ("people", "PAN", "CVL"), None, None, mod="threatened"),
    E("restricts freedom of movement", "restricts", "COERCE", "restrict", ("The decree", "PAN", "GOV"), None,
      None, None),
    E("security forces had been sent", "sent", "MOBILIZE", "police", None, None, None, None,
      speaker="President José Raúl Mulino", mod="reported"),
    E("and warned that those behind", "warned", "THREATEN", None, ("President José Raúl Mulino", "PAN", "GOV"),
      ("those behind the violence", "PAN", "CVL"), None, None, mod="threatened"),
    E("we will clear them", "clear", "COERCE", None, ("we", "PAN", "GOV"), None, None, None, speaker="Mulino",
      mod="conditional", cond="If the roadblocks are not lifted by Monday"),
    E("whose strike has paralysed", "strike", "PROTEST", "strike", ("whose", "PAN", "LAB"), None,
      d("2025-04-28", True), P("the province", "Bocas del Toro")),
    E("accused the government of \"militarising\"", "accused", "ACCUSE", "allege",
      ("The banana workers' union Sitraibana", "PAN", "LAB"), ("the government", "PAN", "GOV"), None, None),
    E("\"militarising\" Bocas", "militarising", "MOBILIZE", "troops", ("the government", "PAN", "GOV"), None, None,
      P("Bocas del Toro", "Bocas del Toro"), speaker="The banana workers' union Sitraibana", mod="reported"),
    E("had not taken part in the looting", "looting", "PROTEST", "vandalize", ("its members", "PAN", "LAB"), None,
      None, None, speaker="The banana workers' union Sitraibana", mod="denied", cl="pa-loot"),
    E("a crowd attacked them", "attacked", "ASSAULT", "primitive", ("a crowd", "PAN", "CVL"),
      ("them", "PAN", "COP"), d("2025-06-20"), None, speaker="Police", mod="reported"),
    E("31 people had been detained", "detained", "COERCE", "arrest", None, ("31 people", "PAN", "CVL"),
      d("2025-06-20"), None, speaker="Police", mod="reported"),
    E("police had fired tear gas", "fired", "ASSAULT", "crowd-control", ("police", "PAN", "COP"), None, None, None,
      speaker="Local media", mod="reported"),
    E("was arrested last week", "arrested", "COERCE", "arrest", None,
      ("The union's leader, Francisco Smith", "PAN", "LAB"), wk("2025-W24"), None, cl="pa-smith"),
    E("his lawyers called political persecution", "persecution", "ACCUSE", "disapprove", ("his lawyers", "PAN", None),
      None, None, None),
    E("has offered to mediate", "offered", "AGREE", None, ("The Catholic Church", "PAN", "REL"), None, None, None),
])

PE = d("2025-10-21")
A("26", "Reuters", "2025-10-22",
  "Peru declares state of emergency in Lima as bus drivers strike over extortion",
  "Peru declares state of emergency in Lima as bus drivers strike over extortion\n"
  "LIMA, Oct 22 (Reuters) - Peru's government declared a 30-day state of emergency in Lima and the neighbouring "
  "port of Callao on Wednesday, deploying soldiers to patrol the streets alongside police after a wave of "
  "killings of bus drivers by extortion gangs.\n"
  "Thousands of transport workers went on strike and marched on Congress on Tuesday, demanding tougher "
  "penalties for extortion. Police used tear gas to keep the marchers away from the legislature, and a "
  "32-year-old protester was shot dead near Plaza San Martin, the ombudsman's office said.\n"
  "Interior Minister Vicente Tiburcio said a police officer had been detained and would be investigated over "
  "the death. \"No one is above the law,\" he told local radio RPP.\n"
  "The emergency decree suspends the rights of assembly and freedom of movement in the capital. Prime Minister "
  "Ernesto Alvarez said the armed forces would be withdrawn once the homicide rate fell.\n"
  "Transport unions said they would strike again on Monday if Congress did not approve a bill raising prison "
  "terms for extortion, and accused the government of leaving drivers \"at the mercy of criminals.\"\n"
  "At least 47 drivers have been killed this year for refusing to pay protection money, according to the "
  "unions. Gang members shot dead a driver and torched his bus in the district of San Juan de Lurigancho last "
  "week after its owner fell behind on payments, police said.",
  [
    E("Peru declares state", "declares", "COERCE", "martial-law", ("Peru", "PER", "GOV"), None, d("2025-10-22"),
      P("Lima", "Lima"), cl="pe-emerg"),
    E("bus drivers strike over", "strike", "PROTEST", "strike", ("bus drivers", "PER", "LAB"), None, PE, None,
      cl="pe-strike"),
    E("government declared a 30-day", "declared", "COERCE", "martial-law", ("Peru's government", "PER", "GOV"),
      None, d("2025-10-22"), P("Lima", "Lima"), cl="pe-emerg"),
    E("deploying soldiers", "deploying", "MOBILIZE", "troops", ("Peru's government", "PER", "GOV"), None,
      d("2025-10-22"), P("Lima", "Lima")),
    E("went on strike", "went on strike", "PROTEST", "strike", ("Thousands of transport workers", "PER", "LAB"),
      None, PE, P(("LIMA", 1), "Lima"), cl="pe-strike"),
    E("marched on Congress", "marched", "PROTEST", "demo", ("Thousands of transport workers", "PER", "LAB"),
      ("Congress", "PER", "LEG"), PE, P(("LIMA", 1), "Lima")),
    E("Police used tear gas", "used", "ASSAULT", "crowd-control", ("Police", "PER", "COP"),
      ("the marchers", "PER", "LAB"), PE, P(("LIMA", 1), "Lima"), speaker="the ombudsman's office",
      mod="reported"),
    E("was shot dead near", "shot dead", "ASSAULT", "firearms", None, ("a 32-year-old protester", "PER", "LAB"), PE,
      P("Plaza San Martin", "Lima"), speaker="the ombudsman's office", mod="reported", cl="pe-death"),
    E("a police officer had been detained", "detained", "COERCE", "arrest", None, ("a police officer", "PER", "COP"),
      None, None, speaker="Interior Minister Vicente Tiburcio", mod="reported"),
    E("would be investigated over", "investigated", "ACCUSE", "investigate", None,
      ("a police officer", "PER", "COP"), None, None, speaker="Interior Minister Vicente Tiburcio", mod="future"),
    E("The emergency decree suspends", "suspends", "COERCE", "restrict", ("The emergency decree", "PER", "GOV"),
      None, None, P("the capital", "Lima"), cl="pe-emerg-rights"),
    E("would be withdrawn once", "withdrawn", "RETREAT", "withdraw", None, ("the armed forces", "PER", "MIL"), None,
      None, speaker="Prime Minister Ernesto Alvarez", mod="conditional", cond="once the homicide rate fell"),
    E("they would strike again", "strike", "THREATEN", None, ("they", "PER", "LAB"), ("Congress", "PER", "LEG"),
      None, None, speaker="Transport unions", mod="threatened"),
    E("accused the government of leaving", "accused", "ACCUSE", "disapprove", ("Transport unions", "PER", "LAB"),
      ("the government", "PER", "GOV"), None, None),
    E("Gang members shot dead a driver", "shot dead", "ASSAULT", "firearms", ("Gang members", "PER", "UAF"),
      ("a driver", "PER", "LAB"), wk("2025-W42"), P("San Juan de Lurigancho", "Lima"), speaker="police",
      mod="reported"),
    E("torched his bus", "torched", "ASSAULT", "destroy", ("Gang members", "PER", "UAF"), ("his bus", "PER", "BUS"),
      wk("2025-W42"), P("San Juan de Lurigancho", "Lima"), speaker="police", mod="reported"),
])

EN = d("2025-08-03")
A("27", "ABC News", "2025-08-06",
  "At least 18 killed in tribal ambush in PNG's Enga province, police say",
  "At least 18 killed in tribal ambush in PNG's Enga province, police say\n"
  "PORT MORESBY (ABC) — At least 18 people, including two children, have been killed in an ambush on a highway "
  "in Papua New Guinea's Enga province, police say, in the latest outbreak of tribal fighting in the "
  "Highlands.\n"
  "Enga provincial police commander George Kakas told the ABC gunmen armed with high-powered rifles opened fire "
  "on a group of villagers travelling to Wabag on Sunday morning, before setting fire to several houses near the "
  "road.\n"
  "\"This was a planned payback attack. We know who the perpetrators are and we will hunt them down,\" "
  "Superintendent Kakas said.\n"
  "Prime Minister James Marape said the government would send an additional 100 soldiers and police to the "
  "province, and warned that anyone found carrying a firearm would be shot. \"If you take up arms against the "
  "state, the state will respond with force,\" he told parliament on Tuesday.\n"
  "Police say the attack was retaliation for the killing of a clan leader from the Sikin tribe last month.\n"
  "Enga Governor Peter Ipatas called for a ceasefire between the warring clans and urged church leaders to "
  "mediate.\n"
  "In February last year, 26 men were killed near Wapenamanda in one of the deadliest tribal clashes in the "
  "province's history. The government then declared a three-month lockdown of the area and deployed soldiers "
  "under a special operation.\n"
  "Australia's Foreign Minister Penny Wong said Canberra stood ready to provide policing support if Port Moresby "
  "asked for it.",
  [
    E("At least 18 killed in tribal", "killed", "ASSAULT", None, None, ("At least 18", "PNG", "CVL"), EN,
      P("Enga province", "Enga"), speaker="police", mod="reported", cl="png-ambush"),
    E("have been killed in an ambush", "killed", "ASSAULT", None, None,
      ("At least 18 people, including two children", "PNG", "CVL"), EN, P("Enga province", "Enga"),
      speaker="police", mod="reported", cl="png-ambush"),
    E("rifles opened fire", "opened fire", "ASSAULT", "firearms",
      ("gunmen armed with high-powered rifles", "PNG", "UAF"), ("a group of villagers", "PNG", "CVL"), EN, None,
      speaker="Enga provincial police commander George Kakas", mod="reported", cl="png-ambush"),
    E("setting fire to several houses", "setting fire", "ASSAULT", "destroy",
      ("gunmen armed with high-powered rifles", "PNG", "UAF"), ("several houses", "PNG", "CVL"), EN, None,
      speaker="Enga provincial police commander George Kakas", mod="reported"),
    E("planned payback attack", "attack", "ASSAULT", None, None, None, EN, None,
      speaker="Superintendent Kakas", mod="reported", cl="png-ambush"),
    E("we will hunt them down", "hunt them down", "THREATEN", "arrest", (("We", "We know"), "PNG", "COP"),
      (("them", "hunt them"), "PNG", "UAF"), None, None, speaker="Superintendent Kakas", mod="threatened"),
    E("would send an additional 100", "send", "MOBILIZE", "troops", ("the government", "PNG", "GOV"), None, None,
      P("the province", "Enga"), speaker="Prime Minister James Marape", mod="future"),
    E("warned that anyone found", "warned", "THREATEN", "violence", ("Prime Minister James Marape", "PNG", "GOV"),
      None, None, None, mod="threatened"),
    E("the state will respond with force", "respond", "THREATEN", "violence", (("the state", "the state will"),
      "PNG", "GOV"), None, d("2025-08-05"), P(("PORT MORESBY", 1), "Port Moresby"), speaker=("he", "he told"),
      mod="threatened"),
    E("If you take up arms", "take up arms", "MOBILIZE", "militia", ("you", "PNG", "UAF"), None, None, None,
      speaker=("he", "he told"), mod="hypothetical"),
    E("Police say the attack", "attack", "ASSAULT", None, None, None, EN, None, speaker="Police", mod="reported",
      cl="png-ambush"),
    E("the killing of a clan leader", "killing", "ASSAULT", None, None,
      ("a clan leader from the Sikin tribe", "PNG", "CVL"), mo("2025-07", True), None, speaker="Police",
      mod="reported"),
    E("called for a ceasefire", "called for", "REQUEST", None, ("Enga Governor Peter Ipatas", "PNG", "GOV"),
      ("the warring clans", "PNG", "UAF"), None, None, mod="demanded"),
    E("urged church leaders", "urged", "REQUEST", None, ("Enga Governor Peter Ipatas", "PNG", "GOV"),
      ("church leaders", "PNG", "REL"), None, None, mod="demanded"),
    E("26 men were killed", "killed", "ASSAULT", None, None, ("26 men", "PNG", "CVL"), mo("2024-02", True),
      P("Wapenamanda", "Wapenamanda"), cl="png-2024"),
    E("declared a three-month lockdown", "lockdown", "COERCE", "restrict", ("The government", "PNG", "GOV"),
      None, mo("2024-02", True), P("the area", "Wapenamanda")),
    E("deployed soldiers under", "deployed", "MOBILIZE", "troops", ("The government", "PNG", "GOV"), None,
      mo("2024-02", True), None),
    E("stood ready to provide", "stood ready", "AGREE", None, ("Canberra", "AUS", "GOV"),
      ("Port Moresby", "PNG", "GOV"), None, None, speaker="Australia's Foreign Minister Penny Wong",
      mod="conditional", cond="if Port Moresby asked for it"),
    E("if Port Moresby asked", "asked", "REQUEST", "assist", ("Port Moresby", "PNG", "GOV"), None, None, None,
      speaker="Australia's Foreign Minister Penny Wong", mod="demanded"),
])

AM = d("2024-02-13")
A("28", "Reuters", "2024-02-13",
  "Armenia says four soldiers killed by Azerbaijani fire on border; Baku calls it 'revenge operation'",
  "Armenia says four soldiers killed by Azerbaijani fire on border; Baku calls it 'revenge operation'\n"
  "YEREVAN, Feb 13 (Reuters) - Four Armenian soldiers were killed and one was wounded when Azerbaijani forces "
  "opened fire on positions near the village of Nerkin Hand in southern Armenia early on Tuesday, Armenia's "
  "defence ministry said.\n"
  "Azerbaijan's State Border Service said its units had carried out a \"revenge operation\" after Armenian "
  "forces fired on Azerbaijani positions in the Nakhchivan region on Monday evening, the APA news agency "
  "reported. Armenia's defence ministry denied that its troops had opened fire on Monday.\n"
  "Prime Minister Nikol Pashinyan said Armenia would \"not leave this unanswered\" but would act within the "
  "framework of international law. He called on the European Union's monitoring mission, which patrols the "
  "Armenian side of the border, to examine the site.\n"
  "The EU mission urged both sides to avoid escalation. Russia's foreign ministry said Moscow was ready to help "
  "the two countries resolve the incident, the TASS news agency reported, citing spokeswoman Maria Zakharova.\n"
  "It was the deadliest incident on the border since September 2022, when Azerbaijani forces shelled Armenian "
  "towns. Azerbaijan retook the breakaway region of Nagorno-Karabakh in a lightning offensive in September "
  "2023.\n"
  "The two countries have been negotiating a peace treaty for more than two years.",
  [
    E("four soldiers killed by", "killed", "ASSAULT", None, ("Azerbaijani", "AZE", "MIL"),
      ("four soldiers", "ARM", "MIL"), AM, None, speaker="Armenia", mod="reported", cl="am-kill"),
    E("calls it 'revenge operation'", "operation", "ASSAULT", None, ("Baku", "AZE", "GOV"), None, AM, None,
      speaker="Baku", mod="reported", cl="am-kill"),
    E("Azerbaijani forces opened fire", "opened fire", "ASSAULT", "firearms", ("Azerbaijani forces", "AZE", "MIL"),
      ("Four Armenian soldiers", "ARM", "MIL"), AM, P("Nerkin Hand", "Nerkin Hand"),
      speaker="Armenia's defence ministry", mod="reported", cl="am-kill"),
    E("carried out a \"revenge", "operation", "ASSAULT", None, ("its units", "AZE", "COP"), None, AM, None,
      speaker="Azerbaijan's State Border Service", relays=["the APA news agency"], mod="reported", cl="am-kill"),
    E("forces fired on Azerbaijani", "fired", "ASSAULT", "firearms", ("Armenian forces", "ARM", "MIL"),
      ("Azerbaijani positions", "AZE", "MIL"), d("2024-02-12"), P("Nakhchivan", "Nakhchivan"),
      speaker="Azerbaijan's State Border Service", relays=["the APA news agency"], mod="reported",
      cl="am-monday"),
    E("its troops had opened fire on Monday", "opened fire", "ASSAULT", "firearms", ("its troops", "ARM", "MIL"),
      None, d("2024-02-12"), None, speaker="Armenia's defence ministry", mod="denied", cl="am-monday"),
    E("would \"not leave this unanswered\"", "unanswered", "THREATEN", "violence", ("Armenia", "ARM", "GOV"), None,
      None, None, speaker="Prime Minister Nikol Pashinyan", mod="threatened"),
    E("He called on the European", "called on", "REQUEST", None, ("He", "ARM", "GOV"),
      ("the European Union's monitoring mission", None, "IGO"), None, None, mod="demanded"),
    E("urged both sides", "urged", "REQUEST", None, ("The EU mission", None, "IGO"), ("both sides", None, None),
      None, None, mod="demanded"),
    E("Moscow was ready to help", "ready", "AGREE", None, ("Moscow", "RUS", "GOV"),
      ("the two countries", None, "GOV"), None, None, speaker="Russia's foreign ministry",
      relays=["spokeswoman Maria Zakharova", "the TASS news agency"], mod="reported"),
    E("Azerbaijani forces shelled", "shelled", "ASSAULT", "heavy-weapons", ("Azerbaijani forces", "AZE", "MIL"),
      ("Armenian towns", "ARM", "CVL"), mo("2022-09", True), None),
    E("Azerbaijan retook", "retook", "ASSAULT", None, ("Azerbaijan", "AZE", "GOV"),
      ("the breakaway region of Nagorno-Karabakh", "AZE", "REB"), mo("2023-09", True),
      P("Nagorno-Karabakh", "Khankendi")),
    E("have been negotiating a peace", "negotiating", "CONSULT", None, ("The two countries", None, "GOV"), None,
      None, None),
])

HU = d("2025-07-09")
A("29", "Reuters", "2025-07-09",
  "Hungary summons Ukrainian envoy over death of ethnic Hungarian after alleged beating by recruiters",
  "Hungary summons Ukrainian envoy over death of ethnic Hungarian after alleged beating by recruiters\n"
  "BUDAPEST, July 9 (Reuters) - Hungary summoned Ukraine's ambassador on Wednesday over the death of an ethnic "
  "Hungarian man who, according to his family, was beaten by Ukrainian military recruitment officers after being "
  "forcibly conscripted last month.\n"
  "Foreign Minister Peter Szijjarto said the 45-year-old man from the Zakarpattia region had been detained on "
  "the street in the town of Berehove in late June and beaten with iron bars before being sent to a training "
  "camp, where he died on July 6.\n"
  "\"We demand a full investigation and that those responsible be held to account,\" Szijjarto said in a video "
  "posted on Facebook. He said Hungary would block any progress in Ukraine's bid to join the European Union "
  "until Kyiv guaranteed the rights of the Hungarian minority.\n"
  "Ukraine's Ground Forces denied that the man had been beaten, saying he had been mobilised lawfully and died "
  "of a blood clot, the Ukrainska Pravda website reported, citing a statement on Telegram.\n"
  "Ukraine's foreign ministry accused Budapest of using the tragedy for \"political manipulation\", the "
  "Ukrinform news agency said, and summoned the Hungarian ambassador in Kyiv.\n"
  "Budapest and Kyiv expelled two diplomats each in May after Ukraine's security service said it had uncovered "
  "a Hungarian military intelligence network in Zakarpattia.",
  [
    E("Hungary summons Ukrainian", "summons", "ACCUSE", "disapprove", ("Hungary", "HUN", "GOV"),
      ("Ukrainian envoy", "UKR", "GOV"), HU, None, cl="hu-summon"),
    E("alleged beating by recruiters", "beating", "ASSAULT", "beat", ("recruiters", "UKR", "MIL"),
      ("ethnic Hungarian", "UKR", "CVL"), mo("2025-06", True), None, cl="hu-beat"),
    E("Hungary summoned Ukraine's", "summoned", "ACCUSE", "disapprove", ("Hungary", "HUN", "GOV"),
      ("Ukraine's ambassador", "UKR", "GOV"), HU, P(("BUDAPEST", 1), "Budapest"), cl="hu-summon"),
    E("was beaten by Ukrainian", "beaten", "ASSAULT", "beat",
      ("Ukrainian military recruitment officers", "UKR", "MIL"), ("who", "UKR", "CVL"), mo("2025-06", True), None,
      speaker="his family", mod="reported", cl="hu-beat"),
    E("forcibly conscripted last month", "conscripted", "COERCE", None, None, ("who", "UKR", "CVL"),
      mo("2025-06", True), None, speaker="his family", mod="reported", cl="hu-conscript"),
    E("had been detained on the street", "detained", "COERCE", None, None,
      ("the 45-year-old man from the Zakarpattia region", "UKR", "CVL"), mo("2025-06", True),
      P("Berehove", "Berehove"), speaker="Foreign Minister Peter Szijjarto", mod="reported", cl="hu-conscript"),
    E("beaten with iron bars", "beaten", "ASSAULT", "beat", None,
      ("the 45-year-old man from the Zakarpattia region", "UKR", "CVL"), mo("2025-06", True), None,
      speaker="Foreign Minister Peter Szijjarto", mod="reported", cl="hu-beat"),
    E("We demand a full investigation", "demand", "REQUEST", None, ("We", "HUN", "GOV"), None, None, None,
      speaker=("Szijjarto", "Szijjarto said in"), relays=["a video", "Facebook"], mod="demanded"),
    E("Hungary would block any progress", "block", "REJECT", None, ("Hungary", "HUN", "GOV"),
      ("Ukraine", "UKR", "GOV"), None, None, speaker=("He", "He said Hungary"), mod="future"),
    E("denied that the man had been beaten", "beaten", "ASSAULT", "beat", None, ("the man", "UKR", "CVL"),
      mo("2025-06", True), None, speaker="Ukraine's Ground Forces",
      relays=["a statement on Telegram", "the Ukrainska Pravda website"], mod="denied", cl="hu-beat"),
    E("he had been mobilised lawfully", "mobilised", "COERCE", None, None, (("he", "he had been mobilised"),
      "UKR", "CVL"), mo("2025-06", True), None, speaker="Ukraine's Ground Forces",
      relays=["a statement on Telegram", "the Ukrainska Pravda website"], mod="reported", cl="hu-conscript"),
    E("accused Budapest of using", "accused", "ACCUSE", "disapprove", ("Ukraine's foreign ministry", "UKR", "GOV"),
      ("Budapest", "HUN", "GOV"), None, None, relays=["the Ukrinform news agency"]),
    E("summoned the Hungarian ambassador", "summoned", "ACCUSE", "disapprove",
      ("Ukraine's foreign ministry", "UKR", "GOV"), ("the Hungarian ambassador", "HUN", "GOV"), None,
      P("Kyiv", "Kyiv"), speaker="the Ukrinform news agency", mod="reported"),
    E("expelled two diplomats each", "expelled", "SANCTION", "expel", ("Budapest", "HUN", "GOV"),
      ("Kyiv", "UKR", "GOV"), mo("2025-05", True), None),
    E("it had uncovered a Hungarian", "uncovered", "ACCUSE", "investigate", (("it", "it had uncovered"), "UKR", "SPY"),
      ("a Hungarian military intelligence network", "HUN", "SPY"), None, None,
      speaker="Ukraine's security service", mod="reported"),
])

AB = d("2024-11-15")
A("30", "Radio Free Europe/Radio Liberty", "2024-11-16",
  "Protesters storm Abkhaz parliament over Russian investment deal; leader offers to resign",
  "Protesters storm Abkhaz parliament over Russian investment deal; leader offers to resign\n"
  "SUKHUMI, Georgia (RFE/RL) -- Hundreds of opposition supporters stormed the parliament building in Sukhumi, "
  "the capital of Georgia's Russian-backed breakaway region of Abkhazia, on November 15, and occupied the "
  "presidential offices, demanding that lawmakers reject an investment agreement with Moscow.\n"
  "The de facto leader of Abkhazia, Aslan Bzhania, said in a video address that he was ready to resign if the "
  "protesters left the government complex, Russian state news agency TASS reported. The opposition had demanded "
  "his resignation since five activists were detained on November 11.\n"
  "Police fired tear gas but did not stop the crowd, local media reported. The detained activists were released "
  "on November 12 after protesters blocked the main bridge over the Inguri river.\n"
  "Moscow urged its citizens to avoid travelling to Abkhazia. Russia recognised Abkhazia's independence after "
  "its five-day war with Georgia in August 2008 and keeps thousands of troops there.\n"
  "Tbilisi condemned Russia's \"occupation\" of the region and said the unrest showed Moscow's policies had "
  "failed.",
  [
    E("Protesters storm Abkhaz", "storm", "PROTEST", "riot", ("Protesters", "GEO", "OPP"),
      ("Abkhaz parliament", "GEO", "LEG"), AB, None, cl="ab-storm"),
    E("leader offers to resign", "offers", "AGREE", None, ("leader", "GEO", "GOV"), None, None, None, cl="ab-offer"),
    E("stormed the parliament building", "stormed", "PROTEST", "riot",
      ("Hundreds of opposition supporters", "GEO", "OPP"), ("the parliament building", "GEO", "LEG"), AB,
      P("Sukhumi", "Sukhumi"), cl="ab-storm"),
    E("occupied the presidential offices", "occupied", "PROTEST", "demo",
      ("Hundreds of opposition supporters", "GEO", "OPP"), ("the presidential offices", "GEO", "GOV"), AB,
      P("Sukhumi", "Sukhumi")),
    E("he was ready to resign", "ready", "AGREE", None, (("he", "he was ready"), "GEO", "GOV"), None, None, None,
      speaker="The de facto leader of Abkhazia, Aslan Bzhania",
      relays=["a video address", "Russian state news agency TASS"], mod="conditional",
      cond="if the protesters left the government complex", cl="ab-offer"),
    E("protesters left the government", "left", "RETREAT", "withdraw", ("the protesters", "GEO", "OPP"), None,
      None, None, speaker="The de facto leader of Abkhazia, Aslan Bzhania",
      relays=["a video address", "Russian state news agency TASS"], mod="hypothetical"),
    E("had demanded his resignation", "demanded", "REQUEST", "change", ("The opposition", "GEO", "OPP"),
      (("his", "demanded his"), "GEO", "GOV"), None, None, mod="demanded"),
    E("five activists were detained", "detained", "COERCE", "arrest", None, ("five activists", "GEO", "OPP"),
      d("2024-11-11"), None, cl="ab-detain"),
    E("Police fired tear gas", "fired", "ASSAULT", "crowd-control", ("Police", "GEO", "COP"),
      ("the crowd", "GEO", "OPP"), AB, P(("SUKHUMI", 1), "Sukhumi"), speaker="local media", mod="reported"),
    E("activists were released on", "released", "RETREAT", "release", None,
      ("The detained activists", "GEO", "OPP"), d("2024-11-12"), None),
    E("protesters blocked the main bridge", "blocked", "PROTEST", "obstruct", ("protesters", "GEO", "OPP"), None,
      None, None),
    E("Moscow urged its citizens", "urged", "REQUEST", None, ("Moscow", "RUS", "GOV"),
      ("its citizens", "RUS", "CVL"), None, None, mod="demanded"),
    E("Russia recognised Abkhazia's", "recognised", "SUPPORT", None, ("Russia", "RUS", "GOV"),
      ("Abkhazia", "GEO", "REB"), yr("2008"), None),
    E("Tbilisi condemned", "condemned", "ACCUSE", "disapprove", ("Tbilisi", "GEO", "GOV"), ("Russia", "RUS", "GOV"),
      None, None),
])

A("31", "ERR News", "2025-05-14",
  "Russian fighter jet violates Estonian airspace as navy tries to stop shadow fleet tanker",
  "Russian fighter jet violates Estonian airspace as navy tries to stop shadow fleet tanker\n"
  "TALLINN (ERR) – A Russian Su-35 fighter jet violated Estonian airspace for nearly a minute on Tuesday while the "
  "Estonian navy was trying to stop a sanctioned oil tanker in the Gulf of Finland, the Estonian Defence Forces "
  "said on Wednesday.\n"
  "The navy ordered the tanker Jaguar, which was sailing without a valid flag state and is on a British "
  "sanctions list, to follow its patrol boat into Estonian waters for an inspection. The crew refused and the "
  "tanker continued towards the Russian port of Primorsk. A Polish surveillance aircraft assisted the "
  "operation.\n"
  "\"Russia is trying to intimidate us. We will not be intimidated,\" Prime Minister Kristen Michal said, adding "
  "that Estonia would ask NATO allies to increase patrols in the Baltic Sea.\n"
  "The foreign ministry summoned Russia's charge d'affaires and handed him a protest note.\n"
  "Moscow has previously accused Estonia of \"piracy\" over inspections of tankers in the Baltic. In April, "
  "Estonian border guards boarded and detained the tanker Kiwala, which sailed without a flag, and released it "
  "two weeks later.",
  [
    E("fighter jet violates", "violates", "COERCE", None, ("Russian fighter jet", "RUS", "MIL"),
      ("Estonian airspace", "EST", None), d("2025-05-13"), None, cl="ee-jet"),
    E("navy tries to stop", "stop", "COERCE", None, ("navy", "EST", "MIL"), ("shadow fleet tanker", None, "BUS"),
      d("2025-05-13"), None, cl="ee-stop"),
    E("jet violated Estonian airspace", "violated", "COERCE", None, ("A Russian Su-35 fighter jet", "RUS", "MIL"),
      ("Estonian airspace", "EST", None), d("2025-05-13"), None, speaker="the Estonian Defence Forces",
      mod="reported", cl="ee-jet"),
    E("trying to stop a sanctioned", "stop", "COERCE", None, ("Estonian navy", "EST", "MIL"),
      ("a sanctioned oil tanker", None, "BUS"), d("2025-05-13"), P("Gulf of Finland", "Gulf of Finland"),
      speaker="the Estonian Defence Forces", mod="reported", cl="ee-stop"),
    E("The navy ordered the tanker", "ordered", "REQUEST", "yield", ("The navy", "EST", "MIL"),
      ("the tanker Jaguar", None, "BUS"), d("2025-05-13"), None, mod="demanded"),
    E("The crew refused", "refused", "REJECT", "yield", ("The crew", None, "BUS"), None, d("2025-05-13"), None,
      cl="ee-refuse"),
    E("aircraft assisted the operation", "assisted", "AID", None, ("A Polish surveillance aircraft", "POL", "MIL"),
      None, d("2025-05-13"), None),
    E("trying to intimidate us", "intimidate", "THREATEN", None, ("Russia", "RUS", "GOV"), (("us", "intimidate us"), "EST", "GOV"), None,
      None, speaker="Prime Minister Kristen Michal", mod="threatened"),
    E("We will not be intimidated", "intimidated", "CONCEDE", None, ("We", "EST", "GOV"), None, None, None,
      speaker="Prime Minister Kristen Michal", mod="negated"),
    E("would ask NATO allies", "ask", "REQUEST", "assist", ("Estonia", "EST", "GOV"), ("NATO allies", None, "IGO"),
      None, None, speaker=("Prime Minister Kristen Michal", "intimidated,\""), mod="demanded"),
    E("summoned Russia's charge", "summoned", "ACCUSE", "disapprove", ("The foreign ministry", "EST", "GOV"),
      ("Russia's charge d'affaires", "RUS", "GOV"), None, P(("TALLINN", 1), "Tallinn"), cl="ee-summon"),
    E("previously accused Estonia", "accused", "ACCUSE", "allege", ("Moscow", "RUS", "GOV"),
      ("Estonia", "EST", "GOV"), None, None),
    E("guards boarded and", "boarded", "COERCE", None, ("Estonian border guards", "EST", "COP"),
      ("the tanker Kiwala", None, "BUS"), mo("2025-04", True), None),
    E("boarded and detained the tanker", "detained", "COERCE", "seize", ("Estonian border guards", "EST", "COP"),
      ("the tanker Kiwala", None, "BUS"), mo("2025-04", True), None),
    E("released it two weeks later", "released", "RETREAT", "release", ("Estonian border guards", "EST", "COP"),
      (("it", "released it"), None, "BUS"), mo("2025-04", True), None),
])

ZM = d("2025-03-02")
A("32", "Lusaka Times", "2025-03-03",
  "Police arrest PF lawmaker over 'tribal' remarks; party cries persecution",
  "Police arrest PF lawmaker over 'tribal' remarks; party cries persecution\n"
  "LUSAKA, 3 March 2025 (Lusaka Times) – Police on Sunday arrested Patriotic Front (PF) lawmaker Mwila Chanda in "
  "Kitwe and charged him with hate speech over remarks he made at a rally last week, police spokesperson Rae "
  "Hamoonga has confirmed.\n"
  "Mr Hamoonga said the Mufulira Central MP was accused of inciting violence against members of a particular "
  "ethnic group and would appear before the Kitwe Magistrates Court on Wednesday.\n"
  "\"Anyone who uses tribal language to divide Zambians will be arrested, regardless of their political "
  "affiliation,\" Mr Hamoonga warned.\n"
  "PF secretary general Raphael Nakacinda dismissed the charges as fabricated and accused President Hakainde "
  "Hichilema's government of using the police against the opposition ahead of next year's election. \"This is "
  "persecution, plain and simple,\" he told journalists at the party secretariat in Lusaka.\n"
  "Mr Nakacinda said the party would hold protests in all ten provinces if Mr Chanda was not released within 48 "
  "hours.\n"
  "Home Affairs Minister Jack Mwiimbu said the government would not interfere in police work and urged the PF to "
  "let the courts decide. In January, police dispersed a PF rally in Chingola with tear gas and arrested 14 "
  "supporters.",
  [
    E("Police arrest PF lawmaker", "arrest", "COERCE", "arrest", ("Police", "ZMB", "COP"),
      ("PF lawmaker", "ZMB", "OPP"), ZM, None, cl="zm-arrest"),
    E("party cries persecution", "cries", "ACCUSE", "disapprove", ("party", "ZMB", "OPP"), None, None, None),
    E("Police on Sunday arrested", "arrested", "COERCE", "arrest", ("Police", "ZMB", "COP"),
      ("Patriotic Front (PF) lawmaker Mwila Chanda", "ZMB", "OPP"), ZM, P("Kitwe", "Kitwe"),
      speaker="police spokesperson Rae Hamoonga", mod="reported", cl="zm-arrest"),
    E("charged him with hate speech", "charged", "ACCUSE", "allege", ("Police", "ZMB", "COP"),
      (("him", "charged him"), "ZMB", "OPP"), ZM, P("Kitwe", "Kitwe"), speaker="police spokesperson Rae Hamoonga",
      mod="reported", cl="zm-charge"),
    E("MP was accused of inciting", "accused", "ACCUSE", "allege", None,
      ("the Mufulira Central MP", "ZMB", "OPP"), None, None, speaker="Mr Hamoonga", mod="reported",
      cl="zm-charge"),
    E("would appear before the Kitwe", "appear", "ACCUSE", "allege", None, ("the Mufulira Central MP", "ZMB", "OPP"),
      d("2025-03-05"), P("Kitwe", "Kitwe"), speaker="Mr Hamoonga", mod="future"),
    E("Mr Hamoonga warned", "warned", "THREATEN", "arrest", ("Mr Hamoonga", "ZMB", "COP"), None, None, None,
      mod="threatened"),
    E("dismissed the charges", "dismissed", "REJECT", None, ("PF secretary general Raphael Nakacinda", "ZMB", "OPP"),
      None, None, None),
    E("accused President Hakainde", "accused", "ACCUSE", "allege",
      ("PF secretary general Raphael Nakacinda", "ZMB", "OPP"),
      ("President Hakainde Hichilema's government", "ZMB", "GOV"), None, None),
    E("This is persecution", "persecution", "ACCUSE", "disapprove", (("he", "he told"), "ZMB", "OPP"), None, None,
      P("Lusaka", "Lusaka"), speaker=("he", "he told"), mod="reported"),
    E("would hold protests in all ten", "hold protests", "THREATEN", None, ("the party", "ZMB", "OPP"), None, None,
      None, speaker="Mr Nakacinda", mod="threatened"),
    E("Mr Chanda was not released", "released", "RETREAT", "release", None, ("Mr Chanda", "ZMB", "OPP"), None, None,
      speaker="Mr Nakacinda", mod="hypothetical"),
    E("would not interfere in police", "interfere", "COERCE", None, ("the government", "ZMB", "GOV"), None, None,
      None, speaker="Home Affairs Minister Jack Mwiimbu", mod="negated"),
    E("urged the PF", "urged", "REQUEST", None, ("Home Affairs Minister Jack Mwiimbu", "ZMB", "GOV"),
      ("the PF", "ZMB", "OPP"), None, None, mod="demanded"),
    E("police dispersed a PF rally", "dispersed", "ASSAULT", "crowd-control", ("police", "ZMB", "COP"),
      ("a PF rally", "ZMB", "OPP"), mo("2025-01", True), P("Chingola", "Chingola")),
    E("arrested 14", "arrested", "COERCE", "arrest", ("police", "ZMB", "COP"), ("14 supporters", "ZMB", "OPP"),
      mo("2025-01", True), P("Chingola", "Chingola")),
])

CI = d("2025-10-04")
A("33", "AFP", "2025-10-05",
  "Ivory Coast bans opposition marches, arrests dozens after protest against candidate exclusions",
  "Ivory Coast bans opposition marches, arrests dozens after protest against candidate exclusions\n"
  "ABIDJAN, Oct 5, 2025 (AFP) - Ivorian authorities arrested 47 people on Saturday after police broke up an "
  "opposition protest in Abidjan against the exclusion of two leading candidates from this month's presidential "
  "election, the prosecutor's office said on Sunday.\n"
  "Security forces fired tear gas at several hundred demonstrators who had gathered in the Blockhauss "
  "neighbourhood despite a ban, AFP journalists saw. Young men responded by throwing stones and burning tyres, "
  "and two police vehicles were set alight.\n"
  "Prosecutor Koffi Kouadio said those arrested would be tried for \"disturbing public order\". The government "
  "banned all opposition marches for two months on Thursday, citing threats to public order.\n"
  "The Common Front, an alliance of the PPA-CI party of former president Laurent Gbagbo and the PDCI of Tidjane "
  "Thiam, said the ban was unconstitutional and vowed to keep marching. \"If the government continues to exclude "
  "our candidates, we will make the country ungovernable,\" PDCI spokesman Soumaila Bredoumy told AFP.\n"
  "The Constitutional Council barred Gbagbo and Thiam in September, citing a criminal conviction and a "
  "nationality issue respectively. Both men deny any wrongdoing.\n"
  "President Alassane Ouattara, who is seeking a fourth term, has urged calm. The United Nations and the African "
  "Union called on all sides to refrain from violence.",
  [
    E("Ivory Coast bans opposition", "bans", "COERCE", "restrict", ("Ivory Coast", "CIV", "GOV"), None,
      d("2025-10-02"), None, cl="ci-ban"),
    E("arrests dozens", "arrests", "COERCE", "arrest", ("Ivory Coast", "CIV", "GOV"), ("dozens", "CIV", "OPP"), CI,
      None, cl="ci-arrest"),
    E("after protest against candidate", "protest", "PROTEST", "demo", None, None, CI, None, cl="ci-protest"),
    E("authorities arrested 47", "arrested", "COERCE", "arrest", ("Ivorian authorities", "CIV", "GOV"),
      ("47 people", "CIV", "OPP"), CI, P("Abidjan", "Abidjan"), speaker="the prosecutor's office",
      mod="reported", cl="ci-arrest"),
    E("police broke up an opposition", "broke up", "ASSAULT", "crowd-control", ("police", "CIV", "COP"),
      ("an opposition protest", "CIV", "OPP"), CI, P("Abidjan", "Abidjan"), speaker="the prosecutor's office",
      mod="reported", cl="ci-disperse"),
    E("an opposition protest in Abidjan", "protest", "PROTEST", "demo", None, None, CI, P("Abidjan", "Abidjan"),
      speaker="the prosecutor's office", mod="reported", cl="ci-protest"),
    E("Security forces fired tear gas", "fired", "ASSAULT", "crowd-control", ("Security forces", "CIV", "COP"),
      ("several hundred demonstrators", "CIV", "OPP"), CI, P("Blockhauss", "Abidjan"), cl="ci-disperse"),
    E("who had gathered in the Blockhauss", "gathered", "PROTEST", "demo", ("who", "CIV", "OPP"), None, CI,
      P("Blockhauss", "Abidjan"), cl="ci-protest"),
    E("responded by throwing stones", "throwing", "PROTEST", "riot", ("Young men", "CIV", "CVL"), None, CI, None),
    E("burning tyres", "burning", "PROTEST", "riot", ("Young men", "CIV", "CVL"), None, CI, None),
    E("were set alight", "set alight", "PROTEST", "riot", None, ("two police vehicles", "CIV", "COP"), CI, None),
    E("those arrested would be tried", "tried", "ACCUSE", "allege", None, ("those arrested", "CIV", "OPP"), None,
      None, speaker="Prosecutor Koffi Kouadio", mod="future"),
    E("The government banned all", "banned", "COERCE", "restrict", ("The government", "CIV", "GOV"), None,
      d("2025-10-02"), P(("ABIDJAN", 1), "Abidjan"), cl="ci-ban"),
    E("the ban was unconstitutional", "unconstitutional", "ACCUSE", "disapprove", ("The Common Front", "CIV", "OPP"),
      None, None, None, speaker="The Common Front", mod="reported"),
    E("vowed to keep marching", "marching", "PROTEST", "demo", ("The Common Front", "CIV", "OPP"), None, None, None,
      mod="future"),
    E("continues to exclude our", "exclude", "COERCE", "restrict", ("the government", "CIV", "GOV"),
      ("our candidates", "CIV", "OPP"), None, None, speaker="PDCI spokesman Soumaila Bredoumy",
      mod="hypothetical"),
    E("we will make the country ungovernable", "ungovernable", "THREATEN", None, ("we", "CIV", "OPP"), None, None,
      None, speaker="PDCI spokesman Soumaila Bredoumy", mod="threatened"),
    E("The Constitutional Council barred", "barred", "COERCE", "restrict",
      ("The Constitutional Council", "CIV", "JUD"), ("Gbagbo and Thiam", "CIV", "OPP"), mo("2025-09", True), None),
    E("Both men deny any wrongdoing", "deny", "REJECT", None, ("Both men", "CIV", "OPP"), None, None, None),
    E("has urged calm", "urged", "REQUEST", None, ("President Alassane Ouattara", "CIV", "GOV"), None, None, None,
      mod="demanded"),
    E("Union called on all sides", "called on", "REQUEST", None,
      ("The United Nations and the African Union", None, "IGO"), ("all sides", None, None), None, None,
      mod="demanded"),
])

CO = d("2025-01-26")
A("34", "Reuters", "2025-01-26",
  "Colombia agrees to accept deportation flights after Trump threatens tariffs",
  "Colombia agrees to accept deportation flights after Trump threatens tariffs\n"
  "WASHINGTON/BOGOTA, Jan 26 (Reuters) - Colombia agreed on Sunday to accept military aircraft carrying deported "
  "migrants from the United States, hours after President Donald Trump ordered sweeping tariffs and visa "
  "sanctions on the South American country for turning back two flights, the White House said.\n"
  "Colombian President Gustavo Petro had refused to let the two U.S. military planes land earlier on Sunday, "
  "saying migrants must be returned \"with dignity\" on civilian aircraft.\n"
  "Trump responded by announcing 25% tariffs on all Colombian imports, and ordered a travel ban and visa "
  "revocations for Colombian government officials. \"These measures are just the beginning,\" he said on Truth "
  "Social.\n"
  "Petro initially said Colombia would impose retaliatory tariffs of 25% on U.S. goods. But late on Sunday, the "
  "White House said Colombia had agreed to all of Trump's terms, and that the tariffs would be held in reserve "
  "unless Colombia failed to honour the agreement. The visa sanctions would remain in place until the first "
  "flight of deportees landed, it said.\n"
  "Colombian Foreign Minister Luis Gilberto Murillo said the two governments had \"overcome the impasse\".\n"
  "Mexico refused a military deportation flight last week, according to U.S. officials, although Mexican "
  "officials denied that any request had been received.",
  [
    E("Colombia agrees to accept", "agrees", "AGREE", None, ("Colombia", "COL", "GOV"), None, CO, None,
      cl="co-agree"),
    E("Trump threatens tariffs", "threatens", "THREATEN", None, ("Trump", "USA", "GOV"), None, CO, None,
      mod="threatened", cl="co-tariff"),
    E("Colombia agreed on Sunday", "agreed", "AGREE", None, ("Colombia", "COL", "GOV"), None, CO, None,
      speaker="the White House", mod="reported", cl="co-agree"),
    E("Trump ordered sweeping tariffs", "ordered", "SANCTION", None, ("President Donald Trump", "USA", "GOV"),
      ("the South American country", "COL", "GOV"), CO, None, speaker="the White House", mod="reported",
      cl="co-tariff"),
    E("for turning back two flights", "turning back", "REJECT", None, ("the South American country", "COL", "GOV"),
      ("two flights", "USA", "MIL"), CO, None, speaker="the White House", mod="reported", cl="co-refuse"),
    E("Petro had refused", "refused", "REJECT", None, ("Colombian President Gustavo Petro", "COL", "GOV"),
      ("the two U.S. military planes", "USA", "MIL"), CO, None, cl="co-refuse"),
    E("Trump responded by announcing", "announcing", "SANCTION", None, ("Trump", "USA", "GOV"), None, CO, None,
      cl="co-tariff"),
    E("ordered a travel ban", "ordered", "SANCTION", None, ("Trump", "USA", "GOV"),
      ("Colombian government officials", "COL", "GOV"), CO, None, cl="co-visa"),
    E("These measures are just the beginning", "beginning", "THREATEN", None, (("he", "he said on"), "USA", "GOV"),
      None, None, None, speaker=("he", "he said on"), relays=["Truth Social"], mod="threatened"),
    E("Colombia would impose retaliatory", "impose", "SANCTION", None, ("Colombia", "COL", "GOV"), None, None, None,
      speaker="Petro", mod="future"),
    E("Colombia had agreed to all", "agreed", "AGREE", None, ("Colombia", "COL", "GOV"), ("Trump", "USA", "GOV"), CO,
      None, speaker="the White House", mod="reported", cl="co-agree"),
    E("the tariffs would be held in reserve", "tariffs", "SANCTION", None, None, None, None, None,
      speaker="the White House", mod="conditional", cond="unless Colombia failed to honour the agreement"),
    E("The visa sanctions would remain", "sanctions", "SANCTION", None, None, None, None, None,
      speaker=("it", "it said."), mod="future", cl="co-visa-future"),
    E("had \"overcome the impasse\"", "overcome the impasse", "AGREE", None, ("the two governments", None, "GOV"),
      None, None, None, speaker="Colombian Foreign Minister Luis Gilberto Murillo", mod="reported",
      cl="co-agree"),
    E("Mexico refused a military", "refused", "REJECT", None, ("Mexico", "MEX", "GOV"),
      ("a military deportation flight", "USA", "MIL"), wk("2025-W03"), None, speaker="U.S. officials",
      mod="reported"),
    E("denied that any request", "request", "REQUEST", None, None, None, None, None, speaker="Mexican officials",
      mod="denied"),
])

A("35", "RNZ", "2024-11-19",
  "Tens of thousands march on Parliament in hīkoi against Treaty Principles Bill",
  "Tens of thousands march on Parliament in hīkoi against Treaty Principles Bill\n"
  "Tens of thousands of people converged on Parliament in Wellington on Tuesday at the end of a nine-day hīkoi "
  "against the Treaty Principles Bill, in one of the largest protests the capital has seen.\n"
  "The march was peaceful and no arrests were made, a police spokesperson said.\n"
  "Organisers handed a petition to opposition MPs, urging the government to scrap the bill, which would redefine "
  "the principles of the 1840 Treaty of Waitangi.\n"
  "ACT leader David Seymour, who wrote the bill, said he welcomed the debate but would not withdraw it.\n"
  "Last Thursday, Te Pāti Māori MP Hana-Rawhiti Maipi-Clarke tore up a copy of the bill in the debating chamber "
  "and led a haka. Speaker Gerry Brownlee later suspended her from Parliament for 24 hours.",
  [
    E("thousands march on Parliament", "march", "PROTEST", "demo", ("Tens of thousands", "NZL", "CVL"),
      ("Parliament", "NZL", "LEG"), d("2024-11-19"), None, cl="nz-march"),
    E("converged on Parliament", "converged", "PROTEST", "demo", ("Tens of thousands of people", "NZL", "CVL"),
      ("Parliament", "NZL", "LEG"), d("2024-11-19"), P("Wellington", "Wellington"), cl="nz-march"),
    E("The march was peaceful", "march", "PROTEST", "demo", None, None, d("2024-11-19"), None,
      speaker="a police spokesperson", mod="reported", cl="nz-march"),
    E("no arrests were made", "arrests", "COERCE", "arrest", None, None, d("2024-11-19"), None,
      speaker="a police spokesperson", mod="negated"),
    E("urging the government to scrap", "urging", "REQUEST", "change", ("Organisers", "NZL", "CVL"),
      ("the government", "NZL", "GOV"), d("2024-11-19"), None, mod="demanded"),
    E("would not withdraw it", "withdraw", "CONCEDE", None, (("he", "he welcomed"), "NZL", "GOV"), None, None, None,
      speaker="ACT leader David Seymour", mod="negated"),
    E("tore up a copy", "tore up", "PROTEST", None, ("Te Pāti Māori MP Hana-Rawhiti Maipi-Clarke", "NZL", "OPP"),
      None, d("2024-11-14"), None),
    E("and led a haka", "led", "PROTEST", "demo", ("Te Pāti Māori MP Hana-Rawhiti Maipi-Clarke", "NZL", "OPP"),
      None, d("2024-11-14"), None),
    E("later suspended her", "suspended", "COERCE", "restrict", ("Speaker Gerry Brownlee", "NZL", "LEG"),
      (("her", "suspended her"), "NZL", "OPP"), None, None),
])

A("36", "Reuters", "2025-01-15",
  "Azul, Gol parent sign merger memorandum as Brazil airline fare war bites",
  "Azul, Gol parent sign merger memorandum as Brazil airline fare war bites\n"
  "SAO PAULO, Jan 15 (Reuters) - Brazilian airline Azul and Abra Group, the controlling shareholder of rival Gol, "
  "signed a memorandum of understanding on Wednesday to combine their businesses, creating a carrier with about "
  "60% of Brazil's domestic market.\n"
  "The deal comes after a bruising fare war that both companies say has cost them billions of reais. \"We have "
  "been fighting each other to the last seat on every route. That battle has to end,\" Azul chief executive John "
  "Rodgerson told analysts.\n"
  "Market leader LATAM Airlines Brasil vowed to defend its position. \"We will not surrender a single "
  "passenger,\" a LATAM spokesperson said, adding that the company would launch 20 new routes in March.\n"
  "Shares in Azul jumped 8% in Sao Paulo, while Gol's rose 12%.\n"
  "Brazil's antitrust regulator CADE will have to approve any merger, a process analysts said could take more "
  "than a year.",
  [])

AR = d("2025-08-21")
A("37", "Associated Press", "2025-08-22",
  "Racing storm past Botafogo as police clash with fans outside stadium",
  "Racing storm past Botafogo as police clash with fans outside stadium\n"
  "AVELLANEDA, Argentina (AP) — Racing Club laid siege to Botafogo's goal from the first whistle and won 3-1 on "
  "Thursday to reach the Copa Libertadores quarterfinals, while police fired rubber bullets at fans who tried to "
  "force their way into the stadium without tickets.\n"
  "Adrián Martínez fired Racing ahead in the 12th minute and Gastón Martirena added a second before halftime. "
  "Botafogo pulled one back, but Martínez sealed the win with a thunderous strike late on. \"We attacked them "
  "relentlessly and they could not cope,\" Racing coach Gustavo Costas said.\n"
  "Outside the stadium, about 300 fans without tickets pushed down a fence and threw bottles at officers, the "
  "Buenos Aires province security ministry said. Police responded with rubber bullets and detained 18 people.\n"
  "Botafogo coach Renato Paiva accused the referee of ignoring a penalty. \"We were robbed,\" he said.\n"
  "CONMEBOL said it would open disciplinary proceedings against Racing over the incidents.",
  [
    E("police clash with fans", "clash", "ASSAULT", None, ("police", "ARG", "COP"),
      ("fans", "ARG", "CVL"), AR, None, cl="ar-bullets"),
    E("police fired rubber bullets at fans", "fired", "ASSAULT", "crowd-control", ("police", "ARG", "COP"),
      ("fans", "ARG", "CVL"), AR, P(("AVELLANEDA", 1), "Avellaneda"), cl="ar-bullets"),
    E("who tried to force their way", "force their way", "PROTEST", "riot", ("who", "ARG", "CVL"), None, AR,
      P(("AVELLANEDA", 1), "Avellaneda"), cl="ar-riot"),
    E("pushed down a fence", "pushed down", "PROTEST", "riot", ("about 300 fans without tickets", "ARG", "CVL"),
      None, AR, P(("AVELLANEDA", 1), "Avellaneda"), speaker="the Buenos Aires province security ministry",
      mod="reported", cl="ar-riot"),
    E("threw bottles at officers", "threw", "PROTEST", "riot", ("about 300 fans without tickets", "ARG", "CVL"),
      ("officers", "ARG", "COP"), AR, P(("AVELLANEDA", 1), "Avellaneda"),
      speaker="the Buenos Aires province security ministry", mod="reported"),
    E("Police responded with rubber", "responded", "ASSAULT", "crowd-control", ("Police", "ARG", "COP"), None, AR,
      P(("AVELLANEDA", 1), "Avellaneda"), cl="ar-bullets"),
    E("detained 18 people", "detained", "COERCE", "arrest", ("Police", "ARG", "COP"), ("18 people", "ARG", "CVL"), AR,
      P(("AVELLANEDA", 1), "Avellaneda")),
])

A("38", "SABC News", "2025-06-12",
  "Eastern Cape floods: death toll rises to 78 as government declares national disaster",
  "Eastern Cape floods: death toll rises to 78 as government declares national disaster\n"
  "MTHATHA — The death toll from floods in South Africa's Eastern Cape province rose to 78 on Thursday, as "
  "rescue teams searched for dozens of people still missing after torrential rain swept away homes and vehicles "
  "around Mthatha.\n"
  "Cooperative Governance Minister Velenkosini Hlabisa declared a national disaster on Wednesday, freeing "
  "emergency funds for the worst-hit districts. President Cyril Ramaphosa visited the area and promised that the "
  "government would rebuild damaged schools and clinics.\n"
  "Among the dead were five pupils whose school bus was swept off a bridge. The South African National Defence "
  "Force deployed helicopters to airlift stranded residents, and police divers pulled 12 bodies from the Mthatha "
  "River.\n"
  "Zimbabwe and Lesotho offered condolences, and the United Arab Emirates pledged $5 million in relief.\n"
  "Residents of Slovo Park accused the municipality of ignoring warnings that homes had been built on a flood "
  "plain. \"They knew this could happen and did nothing,\" said resident Nomvula Dlamini.",
  [
    E("government declares national disaster", "declares", "COERCE", "martial-law", ("government", "ZAF", "GOV"),
      None, d("2025-06-11"), None, cl="za-disaster"),
    E("declared a national disaster on Wednesday", "declared", "COERCE", "martial-law",
      ("Cooperative Governance Minister Velenkosini Hlabisa", "ZAF", "GOV"), None, d("2025-06-11"), None,
      cl="za-disaster"),
    E("Emirates pledged", "pledged", "AGREE", None, ("the United Arab Emirates", "ARE", "GOV"), None, None, None),
    E("accused the municipality", "accused", "ACCUSE", "disapprove", ("Residents of Slovo Park", "ZAF", "CVL"),
      ("the municipality", "ZAF", "GOV"), None, None),
])

A("39", "The Herald", "2025-09-02",
  "Six miners trapped after shaft collapse at Chegutu gold mine; owner arrested",
  "Six miners trapped after shaft collapse at Chegutu gold mine; owner arrested\n"
  "CHEGUTU — Six artisanal miners were trapped underground on Monday after a shaft collapsed at a small-scale "
  "gold mine near Chegutu in Mashonaland West province, police said.\n"
  "Rescue teams from the Zimbabwe School of Mines and a nearby mining company worked through the night to reach "
  "the men, and two were pulled out alive on Tuesday morning.\n"
  "Police arrested the mine's owner, Tendai Moyo, for operating without a safety certificate, national police "
  "spokesperson Assistant Commissioner Paul Nyathi said. He will appear in court on Thursday.\n"
  "The Ministry of Mines suspended operations at 14 other shafts in the area pending safety inspections.\n"
  "Mines Minister Winston Chitando urged small-scale miners to observe safety regulations. At least 23 artisanal "
  "miners have died in similar accidents this year.",
  [
    E("owner arrested", "arrested", "COERCE", "arrest", None, ("owner", "ZWE", "BUS"), None, None, cl="zw-arrest"),
    E("Police arrested the mine's", "arrested", "COERCE", "arrest", ("Police", "ZWE", "COP"),
      ("the mine's owner, Tendai Moyo", "ZWE", "BUS"), None, None,
      speaker="national police spokesperson Assistant Commissioner Paul Nyathi", mod="reported", cl="zw-arrest"),
    E("He will appear in court", "appear in court", "ACCUSE", "allege", None, ("He", "ZWE", "BUS"),
      d("2025-09-04"), None, mod="future"),
    E("suspended operations at 14", "suspended", "COERCE", "restrict", ("The Ministry of Mines", "ZWE", "GOV"),
      ("14 other shafts", "ZWE", "BUS"), None, None),
    E("urged small-scale miners", "urged", "REQUEST", None, ("Mines Minister Winston Chitando", "ZWE", "GOV"),
      ("small-scale miners", "ZWE", "LAB"), None, None, mod="demanded"),
])

UA = d("2025-04-13")
A("40", "Reuters", "2025-04-14",
  "Russian missile strike on Sumy kills 34 on Palm Sunday; Moscow says it hit a military meeting",
  "Russian missile strike on Sumy kills 34 on Palm Sunday; Moscow says it hit a military meeting\n"
  "KYIV, April 14 (Reuters) - Two Russian ballistic missiles struck the centre of the northeastern Ukrainian city "
  "of Sumy on Sunday morning as residents gathered for Palm Sunday, killing 34 people, including two children, "
  "Ukrainian officials said.\n"
  "Russia's defence ministry said on Monday its forces had struck a meeting of Ukrainian commanders in the city "
  "with two Iskander-M missiles, the RIA news agency reported. Kyiv denied that any military gathering had been "
  "held there.\n"
  "President Volodymyr Zelenskiy called the attack \"an act of terror\" and urged the United States and Europe to "
  "respond with new sanctions against Moscow.\n"
  "European Union foreign policy chief Kaja Kallas said the strike showed Russia was not interested in peace, "
  "while German Chancellor-designate Friedrich Merz accused Moscow of a \"serious war crime\".\n"
  "U.S. President Donald Trump called the strike \"terrible\". Kremlin spokesman Dmitry Peskov said Russia only "
  "targeted military facilities.\n"
  "It was the second deadly strike on a Ukrainian city this month. On April 4, a Russian missile killed 20 "
  "people, including nine children, in President Zelenskiy's home town of Kryvyi Rih.",
  [
    E("missile strike on Sumy kills", "kills", "ASSAULT", "aerial", ("Russian", "RUS", "MIL"),
      ("Sumy", "UKR", "CVL"), UA, P("Sumy", "Sumy"), cl="ua-sumy"),
    E("says it hit a military", "hit", "ASSAULT", "aerial", ("it", "RUS", "GOV"),
      ("a military meeting", "UKR", "MIL"), UA, None, speaker="Moscow", mod="reported", cl="ua-sumy"),
    E("ballistic missiles struck the centre", "struck", "ASSAULT", "aerial",
      ("Two Russian ballistic missiles", "RUS", "MIL"),
      ("the centre of the northeastern Ukrainian city of Sumy", "UKR", "CVL"), UA, P("Sumy", "Sumy"),
      speaker="Ukrainian officials", mod="reported", cl="ua-sumy"),
    E("its forces had struck a meeting", "struck", "ASSAULT", "aerial", ("its forces", "RUS", "MIL"),
      ("a meeting of Ukrainian commanders", "UKR", "MIL"), UA, P("the city", "Sumy"),
      speaker="Russia's defence ministry", relays=["the RIA news agency"], mod="reported", cl="ua-sumy"),
    E("Kyiv denied that any military", "denied", "REJECT", None, ("Kyiv", "UKR", "GOV"), None, None, None),
    E("called the attack", "act of terror", "ACCUSE", "disapprove", ("President Volodymyr Zelenskiy", "UKR", "GOV"), None,
      None, None),
    E("the attack \"an act", "attack", "ASSAULT", "aerial", None, None, UA, None,
      speaker="President Volodymyr Zelenskiy", mod="reported", cl="ua-sumy"),
    E("urged the United States and Europe", "urged", "REQUEST", None,
      ("President Volodymyr Zelenskiy", "UKR", "GOV"), ("the United States and Europe", None, "GOV"), None, None,
      mod="demanded"),
    E("said the strike showed", "strike", "ASSAULT", "aerial", None, None, UA, None,
      speaker="European Union foreign policy chief Kaja Kallas", mod="reported", cl="ua-sumy"),
    E("accused Moscow of a", "accused", "ACCUSE", "allege",
      ("German Chancellor-designate Friedrich Merz", "DEU", "GOV"), ("Moscow", "RUS", "GOV"), None, None),
    E("Trump called the strike", "terrible", "ACCUSE", "disapprove", ("U.S. President Donald Trump", "USA", "GOV"),
      None, None, None),
    E("called the strike \"terrible\"", "strike", "ASSAULT", "aerial", None, None, UA, None,
      speaker="U.S. President Donald Trump", mod="reported", cl="ua-sumy"),
    E("Russia only targeted", "targeted", "ASSAULT", None, ("Russia", "RUS", "GOV"),
      ("military facilities", "UKR", "MIL"), None, None, speaker="Kremlin spokesman Dmitry Peskov",
      mod="reported"),
    E("a Russian missile killed 20", "killed", "ASSAULT", "aerial", ("a Russian missile", "RUS", "MIL"),
      ("20 people, including nine children", "UKR", "CVL"), d("2025-04-04", True), P("Kryvyi Rih", "Kryvyi Rih")),
])

A("41", "Interfax", "2025-05-14",
  "Russia denies its jet entered Estonian airspace, accuses Tallinn of 'piracy'",
  "Russia denies its jet entered Estonian airspace, accuses Tallinn of 'piracy'\n"
  "MOSCOW, May 14 (Interfax) - Russia's Defence Ministry on Wednesday denied that a Su-35 fighter had violated "
  "Estonian airspace, saying the aircraft had flown over neutral waters of the Gulf of Finland in strict "
  "accordance with international rules.\n"
  "The fighter was escorting the tanker Jaguar after Estonian naval vessels tried to seize it in international "
  "waters, the ministry said in a statement carried by the RIA Novosti news agency.\n"
  "Foreign Ministry spokeswoman Maria Zakharova accused Tallinn of \"piracy\" and warned that Moscow would \"take "
  "all necessary measures to protect Russian shipping\" if such incidents were repeated. \"Estonia is behaving "
  "like a pirate state,\" she told reporters.\n"
  "Kremlin spokesman Dmitry Peskov said Russia had not received any protest from Estonia, contradicting "
  "Tallinn's statement that it had handed a note to the Russian charge d'affaires.\n"
  "Estonia has said the tanker refused to follow an Estonian patrol boat for an inspection.",
  [
    E("denies its jet entered", "entered", "COERCE", None, ("its jet", "RUS", "MIL"),
      ("Estonian airspace", "EST", None), d("2025-05-13"), None, speaker="Russia", mod="denied", cl="ee-jet"),
    E("accuses Tallinn of 'piracy'", "accuses", "ACCUSE", "allege", ("Russia", "RUS", "GOV"),
      ("Tallinn", "EST", "GOV"), None, None, cl="ru-piracy"),
    E("had violated Estonian airspace", "violated", "COERCE", None, ("a Su-35 fighter", "RUS", "MIL"),
      ("Estonian airspace", "EST", None), d("2025-05-13"), None, speaker="Russia's Defence Ministry",
      mod="denied", cl="ee-jet"),
    E("The fighter was escorting", "escorting", "AID", None, ("The fighter", "RUS", "MIL"),
      ("the tanker Jaguar", None, "BUS"), d("2025-05-13"), None, speaker="the ministry",
      relays=["the RIA Novosti news agency"], mod="reported"),
    E("vessels tried to seize it", "seize", "COERCE", "seize", ("Estonian naval vessels", "EST", "MIL"),
      (("it", "seize it"), None, "BUS"), d("2025-05-13"), None, speaker="the ministry",
      relays=["the RIA Novosti news agency"], mod="reported", cl="ee-stop"),
    E("Zakharova accused Tallinn", "accused", "ACCUSE", "allege",
      ("Foreign Ministry spokeswoman Maria Zakharova", "RUS", "GOV"), ("Tallinn", "EST", "GOV"), None, None,
      cl="ru-piracy"),
    E("warned that Moscow would", "warned", "THREATEN", None,
      ("Foreign Ministry spokeswoman Maria Zakharova", "RUS", "GOV"), None, None, None, mod="threatened"),
    E("behaving like a pirate state", "pirate state", "ACCUSE", "disapprove", (("she", "she told"), "RUS", "GOV"),
      ("Estonia", "EST", "GOV"), None, None, speaker=("she", "she told"), mod="reported"),
    E("not received any protest", "protest", "ACCUSE", "disapprove", ("Estonia", "EST", "GOV"), None, None, None,
      speaker="Kremlin spokesman Dmitry Peskov", mod="denied", cl="ee-summon"),
    E("it had handed a note", "handed", "ACCUSE", "disapprove", (("it", "it had handed"), "EST", "GOV"),
      ("the Russian charge d'affaires", "RUS", "GOV"), None, None, speaker="Tallinn", mod="reported",
      cl="ee-summon"),
    E("the tanker refused to follow", "refused", "REJECT", "yield", ("the tanker", None, "BUS"),
      ("an Estonian patrol boat", "EST", "MIL"), d("2025-05-13"), None, speaker="Estonia", mod="reported",
      cl="ee-refuse"),
])

TT = d("2024-12-30")
A("42", "Associated Press", "2024-12-31",
  "Trinidad and Tobago declares state of emergency after surge in gang killings",
  "Trinidad and Tobago declares state of emergency after surge in gang killings\n"
  "PORT OF SPAIN, Trinidad and Tobago (AP) — Trinidad and Tobago's government declared a state of emergency on "
  "Monday, giving police powers to detain suspects without a warrant after a weekend in which gunmen killed at "
  "least seven people. A 21-year-old man was shot dead outside a church on Sunday.\n"
  "Prime Minister Keith Rowley said the army would support police on patrols. \"Those who think they can hold "
  "this country to ransom will be hunted down,\" national security minister Fitzgerald Hinds told reporters.\n"
  "Police said they had arrested 12 suspected gang members in raids in Laventille, east of the capital, on "
  "Sunday night and seized four rifles.\n"
  "Opposition leader Kamla Persad-Bissessar accused the government of failing to control crime and said her "
  "party would challenge the emergency in court if it was used to target ordinary citizens.\n"
  "The Law Association called on the government to publish the legal basis for the measure. The last state of "
  "emergency, declared in August 2011, lasted more than three months; police detained more than 7,000 people "
  "during it, and most were later released without charge.",
  [
    E("Tobago declares state", "declares", "COERCE", "martial-law", ("Trinidad and Tobago", "TTO", "GOV"), None,
      TT, None, cl="tt-soe"),
    E("government declared a state", "declared", "COERCE", "martial-law",
      ("Trinidad and Tobago's government", "TTO", "GOV"), None, TT, P(("PORT OF SPAIN", 1), "Port of Spain"),
      cl="tt-soe"),
    E("detain suspects without a warrant", "detain", "THREATEN", "arrest", ("police", "TTO", "COP"),
      ("suspects", "TTO", None), None, None, mod="threatened"),
    E("was shot dead outside a church", "shot dead", "ASSAULT", "firearms", None,
      ("A 21-year-old man", "TTO", "CVL"), d("2024-12-29"), None),
    E("the army would support police", "support", "MOBILIZE", "troops", ("the army", "TTO", "MIL"), None, None,
      None, speaker="Prime Minister Keith Rowley", mod="future"),
    E("will be hunted down", "hunted down", "THREATEN", "arrest",
      ("national security minister Fitzgerald Hinds", "TTO", "GOV"), None, None, None,
      speaker="national security minister Fitzgerald Hinds", mod="threatened"),
    E("they had arrested 12", "arrested", "COERCE", "arrest", ("they", "TTO", "COP"),
      ("12 suspected gang members", "TTO", "UAF"), d("2024-12-29"), P("Laventille", "Laventille"),
      speaker="Police", mod="reported"),
    E("seized four rifles", "seized", "COERCE", "seize", ("they", "TTO", "COP"), None, d("2024-12-29"),
      P("Laventille", "Laventille"), speaker="Police", mod="reported"),
    E("accused the government of failing", "accused", "ACCUSE", "disapprove",
      ("Opposition leader Kamla Persad-Bissessar", "TTO", "OPP"), ("the government", "TTO", "GOV"), None, None),
    E("would challenge the emergency in court", "challenge", "ACCUSE", "allege", ("her party", "TTO", "OPP"),
      ("the government", "TTO", "GOV"), None, None, speaker="Opposition leader Kamla Persad-Bissessar",
      mod="conditional", cond="if it was used to target ordinary citizens"),
    E("used to target ordinary citizens", "target", "COERCE", None, None, ("ordinary citizens", "TTO", "CVL"),
      None, None, speaker="Opposition leader Kamla Persad-Bissessar", mod="hypothetical"),
    E("The Law Association called on", "called on", "REQUEST", None, ("The Law Association", "TTO", None),
      ("the government", "TTO", "GOV"), None, None, mod="demanded"),
    E("emergency, declared in August 2011", "declared", "COERCE", "martial-law", None, None, mo("2011-08", True),
      None),
    E("police detained more than 7,000", "detained", "COERCE", "arrest", ("police", "TTO", "COP"),
      ("more than 7,000 people", "TTO", "CVL"), yr("2011"), None),
    E("most were later released", "released", "RETREAT", "release", None, ("most", "TTO", "CVL"), None, None),
])


def check_partition(batch: Batch) -> None:
    """Real texts: ECB+ only from topics 23, 27 and 34, at most three."""
    ecb = [a["source"] for a in batch.articles if a["source"].startswith("ecbplus:")]
    assert len(ecb) <= 3, ecb
    assert all(re.match(r"ecbplus:(23|27|34)_", s) for s in ecb), ecb


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
        "rec_q-21": [
            E("agreed to cooperate with the investigation", "investigation", "ACCUSE", "investigate", None, None, None, None, speaker="Duheme", mod="hypothetical"),  # relabel62 (e): an existing investigation named in an if-clause
        ],
        "rec_q-17": [
            E("National Transportation Safety Board is probing", "probing", "ACCUSE", "investigate", ("The United States National Transportation Safety Board", "USA", "GOV"), None, None, None),  # relabel62 (e): a safety board's inquiry into incidents
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    BATCH.write()


if __name__ == "__main__":
    main()
