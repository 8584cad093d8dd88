"""Build tests/data/records/rec_p.jsonl: gold whole-record events (batch rec_p).

rec_p was a BLIND SET, labelled on 2026-12-04 (branch ``blind_p``) before
eventwire ever ran on any of these texts: no pipeline, no ``eval records``,
no spaCy or model on them while labelling, no eventwire rule code read and
no system output looked at. It waited in ``blind/`` and was run twice, at
the start and the end of the sixteenth session (docs/BENCHMARKS.md, "Where
things stand"); since then it is development data like rec_a..rec_o:

    eventwire eval records --data tests/data/records/rec_p.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: GeoVirus
  Wikinews articles (``geovirus:<doc_id>``, only odd document numbers; texts
  Wikinews, CC BY 2.5, only the text is copied, none of GeoVirus'
  annotation), ECB+ articles (``ecbplus:<doc_id>``, CC BY 3.0, only topics
  35, 30, 27 and 23; the leading URL line is cut) and one MEANTIME Wikinews
  article (``meantime:<doc_id>``, CC BY 4.0, odd doc_id). The partition
  (odd GeoVirus numbers, odd MEANTIME ids, ECB+ topics 35/30/27/23) keeps
  this set apart from rec_o, labelled in parallel. No document used by
  rec_a..rec_n is used again (``check_unused``). A text with no headline
  line takes its first sentence as title. ``published`` is the printed
  date, else inferred from the text's own days and the story
  (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles, on stories in Europe, the Middle East, South
  and East Asia and Central Asia.

Labels follow docs/annotation.md, including every "Decisions taken while
labelling" section and the "rec_p" decisions. Spans are located by needle
strings, never by hand-counted offsets (the conventions of
tests/data/records/needles.py):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames' country
point, other features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_p.py
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
    'Cairo': (30.06, 31.25),  # geonameid 360630
    'Midland': (43.62, -84.25),  # Midland, Michigan, geonameid 5001929
    'Pirbright': (51.29, -0.65),  # village in Surrey, approximate point
    'United Kingdom': (54.75844, -2.69531),  # GeoNames country point
    'Jakarta': (-6.21, 106.85),  # geonameid 1642911
}

BATCH = Batch("rec_p", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)


TEXTS = {
    'geovirus:geovirus-043': (
        'As the annual Muslim Hajj pilgrimage to Mecca gets underway, Saudi Arabian authorities have '
        'expressed concern swine flu could impact pilgrims. Four, with underlying health issues, have '
        'already died. Two men and a woman in their seventies and a seventeen-year-old girl have died, '
        'according to the Health Ministry. The men from India and Sudan, the older woman from Morocco, '
        'and the teen from Nigeria. None were vaccinated against the virus. One died in Mecca, the '
        'others in Medina. All had conditions including cancer and respiratory ailments. The World '
        'Health Organisation puts the current swine flu death toll at 6,750. Four more people are in '
        'Saudi hospitals in critical condition and a further twelve are recovering in hospital. Each '
        'year around three million make the pilgrimage. And, Saudi authorities are concerned about the '
        'possible spread of the virus. At least one pilgrimage to Mecca is deemed mandatory for every '
        'Muslim capable of doing so. Fifteen thousand extra medical staff are deployed, ports and '
        'airports screen incomers with thermal cameras, and hundreds of extra hospital beds have been '
        'set aside. Visa requirements specify only those vaccinated against the flu strain can apply. In '
        'September, Egypt forbade hundreds of Muslims from leaving Cairo for the Hajj after an Egyptian '
        'woman returning from a more minor pilgrimage last July became the first swine flu fatality in '
        'both Africa and the Middle East. For Ramadan, pilgrimage to Saudi Arabia was banned by Iran for '
        'the same reason.'
    ),
    'geovirus:geovirus-075': (
        'A Midland, Michigan, USA newspaper office was shut down briefly due a suspicious letter with '
        'white powder. When the envelope was opened at the Midland Daily News offices around 17:00 GMT '
        'Tuesday, the presence of powder aroused alarm the envelope might contain the deadly disease '
        'anthrax. The news office, along with restaurants and businesses near the downtown newspaper '
        'were quarantined as a safety precaution shortly after authorities were alerted. On-site tests '
        'found no evidence of anthrax, and the letter has been sent to Lansing for additional tests. '
        'Around 20:30 GMT, the office was reopened and all quarantines were lifted. A mail-sorting '
        'machine is being tested, and has been removed from the local post office for further tests. The '
        "envelope did contain a return address, according to local news station WNEM-TV 5. The editor's "
        'office was closed Tuesday night, and sealed off as a crime scene.'
    ),
    'geovirus:geovirus-077': (
        'A "white powder" has been discovered at the Michael J. Dillon courthouse at 68 Court Street in '
        'downtown Buffalo, New York. According to Buffalo Fire Chief, Don Mcfeely, "a call was placed to '
        '911 at approximately 1:58 p.m. [EST], by a woman working on the third floor" of the courthouse '
        'after she opened a "letter which contained a suspicious white powder." The building was '
        'immediately evacuated, which had at least 200 people in it, but it is unknown where the '
        'occupants of the building went, as only fire, police, and government officials were observed '
        'around the outside of the building. No decontamination site was seen, but according to '
        'witnesses, Hazmat officials were seen entering the building with bio-hazard suits. Mcfeely also '
        'stated that the letter "contained codes," but would not elaborate on what the codes were or '
        'what they meant and that a "message was written on the letter which suggested that the powder '
        'was harmful." Preliminary tests performed on the scene determined that the powder was not '
        'Anthrax, but the test did not "rule out anything else that maybe harmful," stated Mcfeely. "The '
        'letter has been removed from the building and has been taken to the FBI field office in Buffalo '
        'for further tests." The letter was not addressed to anyone specifically, being addressed to '
        'just the courthouse itself.'
    ),
    'geovirus:geovirus-095': (
        "The World Health Organization's Beijing spokesman has said that the People's Republic of China "
        'has withheld vital information regarding H5N1 outbreaks, a type of bird flu that is infecting '
        'animals throughout Asia. The animals most affected by the disease are those among waterfowl and '
        'poultry, however in recents months it has infected humans and has also been discovered in '
        'tigers as well as swine. The Nation magazine quotes WHO officials as saying that the strain has '
        'the potential of causing a human pandemic (global epidemic) resulting in tens of millions of '
        'deaths. The first appearance of this type of flu was in Hong Kong during 1997. As of July 21, '
        '2005, one hundred and nine cases of human infection have been confirmed resulting in fifty five '
        'deaths outside of China reports the Centers for Disease Control. China has reported no deaths '
        'in the recent outbreaks, leading to speculation of a cover up. The Economist says eleven '
        'countries across Asia have been affected, and more than one hundred and twenty million birds '
        'have died from infection or been culled. Although this week a case was found in Russia making '
        'it the first European country with an infection and twelfth in the world. Usually these flu '
        'viruses are carried worldwide by wild bird populations in their intestines and are non-lethal. '
        'However this variant has mutated into the most lethal strain of influenza ever recorded says '
        'Mike Davis, author of The Monster at Our Door: The Global Threat of Avian Flu. Such occurrences '
        'are natural and have happened in the past as in the 1918 Spanish influenza pandemic. The '
        'current virus is morphing into a type that is spread among humans with the first human-to-human '
        'cases found in Vietnam during 2005. When avian influenza subtypes adapt for this mode of '
        'transmission the effect is deadly for humans as the immune system has no natural immunities for '
        'it and the production of appropriate antibodies to fight the infection takes some time. Further '
        'complicating the effort to combat H5N1, it was reported in the Washington Post that the '
        "People's Republic of China has been administering the medication Amantadine to poultry in "
        'violation of international livestock regulations that state it is for human use only since the '
        'late-1990s (all the time officially denying any cases of bird flu among its poultry); the '
        'result has been that the virus is now largely immune to the medication and is significantly '
        'deadlier. World Health Organization officials had been preparing to use the drug to fight a '
        'future pandemic and now it has been rendered useless.'
    ),
    'geovirus:geovirus-101': (
        'Homeland Security Secretary Janet Napolitano announced today at a news conference that the U.S. '
        'has declared a public health emergency in light of the swine flu outbreak. The total number of '
        'confirmed swine flu cases in the United States stands at 20. Secretary Napolitano said that the '
        'United States\' declaration follows suit with the "standard operating procedure" of such an '
        'outbreak to make more government resources available to combat the disease. One direct result '
        "of the declaration is the government's mobilization of approximately 12 million doses of "
        'Tamiflu to locations where the states can quickly access their share of the medication if '
        'needed. Secretary Napolitano urged residents not to panic saying that the government is issuing '
        'a "declaration of emergency preparedness." Secretary Napolitano added, "Really that\'s what '
        "we're doing right now. We're preparing in an environment where we really don't know ultimately "
        'what the size of seriousness of this outbreak is going to be." John Brennan, a Homeland '
        'Security assistant, added that "at this point, a top priority is to ensure that communication '
        'is robust and that medical surveillance efforts are fully activated." This afternoon, New York '
        'City Mayor Michael Bloomberg reported that 8 students from the St. Francis Prepatory School in '
        'Queens, New York have contracted the swine flu. All in all, more than 100 students from that '
        'high school were absent last week with flu-like symptoms. Meanwhile, public health officials in '
        'Ohio today announced one confirmed case of swine flu in the state. Thus far, California has '
        'reported 7 confirmed cases of swine flu, while Kansas and Texas have each reported two '
        'confirmed cases. At the same news conference Dr. Richard Besser, the acting director from the '
        'Centers for Disease Control and Prevention (CDC), said to expect additional cases of swine flu '
        'to be reported in the short term. Dr. Besser added that the U.S. could also start seeing cases '
        'of the disease where the effects are more dramatic: "We\'re going to see more severe disease in '
        'this country". So far, no one in the U.S. has died from swine flu.'
    ),
    'geovirus:geovirus-111': (
        'The Norwegian government has in recent days taken several steps to prevent a possible bird flu '
        'epidemic from entering the country and further spreading within the nations border. Apart from '
        'obtaining a stock of the medicine Tamiflu, The Norwegian Food Safety Authority issued today an '
        "order for all poultry in eleven of the of the country's nineteen counties to be kept indoors: "
        'Rogaland, Vestfold, Buskerud, Telemark, Østfold, Akershus, Oslo, Hedmark, Oppland, Vest-Agder, '
        'and Aust-Agder. The authority also asked the border customs to increase the inspections against '
        'possible illegal import of poultry. "We continue to monitor the situation and are co-operating '
        'with other authorities as well as other European authorities", said director of health and '
        'hygiene within the Norwegian Food Safety Authority, Stein Ivar Ormsettrø. Import of poultry has '
        'also been stopped from parts of Russia and other countries.'
    ),
    'geovirus:geovirus-121': (
        'Lead poisoning has taken the lives of at least 163 individuals in the northern Nigerian state '
        'of Zamfara in recent weeks. Sometime during March residents of remote villages began illegally '
        'mining gold in areas of high lead concentration. There have been a total of 355 reported cases, '
        "setting the fatality rate at 46%. According to Henry Akpan, chief epidemiologist at Nigeria's "
        'Ministry of Health, 111 of the 163 recorded deaths have been children, many only several years '
        'old. Akpan further said that officials had seen young children playing in contaminated water '
        'located near the mining sites. The government had found through their yearly immunization '
        'program that there were almost no children living in the villages of Zamfara. Adults from the '
        'area reported that the children had died of malaria. However, after an investigation, health '
        'officials concluded that there was an abnormally large amount of lead circulating in the '
        "villagers' bodies. Nigeria's government has requested assistance from international "
        'organizations, including the World Health Organization and the US Centers for Disease Control '
        'and Prevention, in averting a widespread outbreak. The Ministry has meanwhile organized two '
        'camps for villagers suffering from the poison.'
    ),
    'geovirus:geovirus-131': (
        'Fears of contaminated bone and skin grafts are being felt by unsuspecting patients following '
        'the revelation that funeral homes may have been looting corpses. Janet Evans of Marion, Ohio '
        'was told by her surgeon, "The bone grafts you got might have been contaminated". She reacted '
        'with shock, "I was flabbergasted because I didn\'t even know what he was talking about. I didn\'t '
        'know I got a bone graft until I got this call. I just thought they put in screws and rods." The '
        'body of Alistair Cooke, the former host of "Masterpiece Theatre," was supposedly looted along '
        'with more than 1,000 others, according to two law enforcement officials close to the case. The '
        'tissue taken was typically skin, bone and tendon, which was then sold for use in procedures '
        'such as dental implants and hip replacements. According to authorities, millions of dollars '
        'were made by selling the body parts to companies for use in operations done at hospitals and '
        'clinics in the United States and Canada. A New Jersey company, Biomedical Tissue Services, has '
        'reportedly been taking body parts from funeral homes across Brooklyn, New York. According to '
        'ABC News, they set up rooms like a "surgical suite." After they took the bones, they replaced '
        'them with PVC pipe. This was purportedly done by stealth, without approval of the deceased '
        'person or the next of kin. 1,077 bodies were involved, say prosecuters. Investagators say a '
        'former dentist, Michael Mastromarino, is behind the operation. Biomedical was considered one of '
        'the "hottest procurement companies in the country," raking in close to $5 million. Eventually, '
        'people became worried: "Can the donors be trusted?" A tissue processing company called LifeCell '
        "answered no, and issued a recall on all their tissue. Cooke's daughter, Susan Cooke Kittredge, "
        'said, "To know his bones were sold was one thing, but to see him standing truncated before me '
        'is another entirely." Now thousands of people around the country are receiving letters warning '
        'that they should be tested for infectious diseases like HIV or hepatitis. On February 23, the '
        'Brooklyn District Attorney indicted Mastromarino and three others. They are charged with 122 '
        'felony counts, including forgery and bodysnatching.'
    ),
    'geovirus:geovirus-137': (
        'The Food and Drug Administration (FDA) of the United States Department of Health and Human '
        'Services has issued a warning on cantaloupes from a Honduran company, after salmonella '
        'outbreaks in the United States and Canada. The FDA stated that cantaloupes purchased from '
        'Agropecuaria Montelibano, a company which grows and packs cantaloupe in Honduras, should be '
        'thrown out because it has been connected to an outbreak of Salmonella Litchfield. The FDA has '
        'also blocked imports from the food packer to the United States. The FDA reported cases of fifty '
        'people in sixteen states in the United States, and an additional nine in Canada who became ill '
        'after eating cantaloupes. As of Monday fourteen people had been hospitalized. The sixteen '
        'states in the United States with reported cases of illnesses are Arizona, California, Colorado, '
        'Georgia, Illinois, Missouri, New Jersey, New Mexico, New York, Ohio, Oklahoma, Oregon, '
        'Tennessee, Utah, Washington and Wisconsin. Illnesses in Canada occurred in British Columbia, '
        'Alberta, Manitoba, Ontario and New Brunswick between January 19 and February 22. An initial '
        'alert was released from the FDA on February 22 about an outbreak of Salmonella Litchfield, and '
        'the warning about Honduran cantaloupes was issued Saturday. The FDA was aware two weeks ago '
        'that the outbreak could be tied to melons, and linked the outbreak to the Honduran supplier on '
        'Friday. On Sunday, Honduran President Manuel Zelaya called the FDA alert "extreme and '
        'imprudent", and noted that the contamination from the cantaloupes was on the peel and that they '
        'could have come into contact with the bacteria after leaving Honduras. He said the United '
        'States did not present evidence that the bacteria originated in Honduras. President Zelaya told '
        'reporters: "It\'s unjust that the (U.S.) has declared a unilateral health alert without any '
        'laboratory or clinical tests." Fredys Cerrato, Trade Minister of Honduras called on the FDA to '
        'publicize details of its studies on the affected cantaloupe, and told CNN en Español: "This is '
        'causing us direct economic damage." Foodborne illness caused by Salmonella bacteria can lead to '
        'symptoms including nausia, diarrhea, fever and abdominal cramps. Higher-risk groups such as '
        'children, the elderly and individuals with weakened immune systems can develop more severe '
        'symptoms. The FDA is continuing to investigate and monitor the situation with the individual '
        'states affected and the Centers for Disease Control and Prevention.'
    ),
    'geovirus:geovirus-155': (
        'A report released tonight by the Health and Safety Executive has confirmed that there is a '
        '"strong possibility" that the cause of the recent foot-and-mouth outbreak is contamination, '
        'most probably by human movement, from a nearby research facility in Guildford, Surrey, UK. The '
        'labs in Pirbright, where both private firm Merial and the governmental Institute for Animal '
        'Health operate, have been subject to ongoing investigations since the discovery of a new '
        'foot-and-mouth outbreak on Friday. The strain of the disease had already been identified as an '
        'O1 BFS67-like virus, which was isolated in a 1967 outbreak and was being used at the labs for '
        'research and the production of vaccines. It is not yet known whether the virus escaped from the '
        'Merial or the IAH lab. Since foot-and-mouth was confirmed in cows at a Surrey farm, more than '
        '200 cattle have been culled as a preventative measure. A protection zone has been set up around '
        'the affected areas and rules preventing the movement of livestock have been introduced '
        'throughout the country, with the aim of stopping further spread of the contagious disease. '
        'Restrictions on the import of English beef have already been imposed. The last outbreak of '
        'foot-and-mouth in the UK, in the spring and summer of 2001, resulted in total losses estimated '
        'at £8bn. Seven million animals were slaughtered, and tourism was also badly hit.'
    ),
    'geovirus:geovirus-175': (
        'While Aid starts to pour in to the worst hit areas of South Asia Earthquake that has killed '
        'more than 30,000 people, bad weather is hampering the relief efforts with snow falling on the '
        "peaks of the earthquake-devastated areas of Pakistan. The measure of human suffering can't just "
        'be measured in the death toll, which officially stands at 23,000, but also in the 4 million who '
        'have been made homeless, hungry, and cold with 1 million in acute need, facing certain death '
        'without outside assistance. In the Indian state of Jammu and Kashmir, authorities say at least '
        '1,300 people are known to have died, but officials fear the number will rise. ABC Australia '
        'reports of a man in Pakistan-administered Kashmir, who has been cut from aid, saying "I find '
        'that we are alone now. We have nothing. We are finished." Choppers are the main lifeline of '
        'support; trucks are unable to deliver relief supplies due to looting and general mayhem on the '
        'ground. The more snow, the less able aid agencies are to make their way to those in the direst '
        'need. Jan Vandemoortele, U.N. Resident Coordinator for Pakistan, said key roads into the quake '
        'zone have been reopened, as 30 countries including Australia, France, Japan, Jordan, China, '
        'Russia, Iran, Syria and the US provide assistance in the form of money, doctors, tents, '
        'blankets, and disaster relief teams. United Nations officials are warning of a growing threat '
        'of measles, cholera, and diarrhea outbreaks among the millions of survivors. There have been no '
        "reports of epidemic outbreaks so far, but the area's health infrastructure has completely "
        'collapsed, Vandemoortele said.'
    ),
    'geovirus:geovirus-213': (
        'According to former employees of the Halliburton subsidiary KBR and internal company documents, '
        'coalition troops at a U.S. military base in Iraq may have been exposed to contaminated water '
        'and the company purportedly blocked efforts to alert the U.S. military. "We exposed a base camp '
        'population (military and civilian) to a water source that was not treated," reads a July 15, '
        "2005 memo by William Granger, KBR's official in charge of water quality in Iraq and also "
        'Kuwait. "The level of contamination was roughly two times the normal contamination of untreated '
        'water from the Euphrates River," Granger said in documents distributed amongst the press by '
        'Democrats, who are holding a public inquiry into the allegations. Halliburton issued a '
        'statement stating it had found "no evidence to substantiate allegations made by these former '
        'employees." Ken May, another former KBR employee, said that instances of diarrhea and stomach '
        'cramps were numerous. Halliburton stated that their own inspection found no contaminated water, '
        'and no medical evidence to substantiate the claims of illness. According to Marine Corps Major '
        'Tim Keefe – a military spokesman – a military medical unit found nothing out of the ordinary '
        'with regards to the water quality. Keefe stated, "The allegations appear not to have merit." '
        'Water expert Ben Carter, of Cedar City, Utah, wrote, "It is my opinion that the water source is '
        'without question contaminated with numerous micro-organisms, including Coliform bacteria. There '
        'is little doubt that raw sewage is routinely dumped upstream of intake much less than the '
        'required two mile distance." Carter said that after he told company officials that they should '
        'notify the military, "They told me it was none of my concern and to keep my mouth shut," he '
        'said. "They brushed it under the carpet," Carter said. "I told everyone, \'Don\'t take showers, '
        'use bottled water.\'" According to a July 14, 2005 report authored by Jennifer Dellinger, it is '
        "claimed that Halliburton's public relations department was aware of the problem, a statement "
        'from the department is claimed to state, "I don\'t want to turn it into a big issue right now, '
        'but if we end up getting some media calls I want to make sure we have all the facts so we are '
        'ready to respond."'
    ),
    'geovirus:geovirus-227': (
        'Peruvians living near the site of a release of mercury are preparing to sue a U.S. mining '
        'company, announcing last Saturday that they will bring their case before a Denver judge. On '
        'June 2, 2000, a serious accident in the province of Cajamarca, in Peru, poisoned many residents '
        'with mercury, a highly toxic heavy metal. A truck from Newmont Mining Company dumped two metal '
        'canisters of mercury along an Andean highway, in the communities of San Juan, Choropampa, and '
        'Magdalena. Curious townspeople (mostly children) picked up the silvery droplets, and some even '
        'drank some of it. Many residents became sick from severe mercury poisoning. Some of those who '
        'came in contact with the mercury suffered blindness, and one even had a purplish rash on her '
        'body. Over 300 people directly suffered the effects of mercury poisoning. As the owners of the '
        'Yanacocha mine which produced the mercury, Newmont Mining offered up to US$6 thousand to more '
        'than 700 local residents, but over 1,100 others are still engaged in a legal battle with '
        "Newmont over the case. In today's global economy, many international businesses have looked "
        'overseas to maintain their profits, but environmental law professor James Otto is asking about '
        'the cost to the environment and public health. "Any company that wants to mine internationally '
        'now must not only have the legal right to mine but also a \'social license\' to operate," he '
        'said. "Peru has been a wake-up call." As the Peruvian residents gear up for their lawsuit '
        "against Denver-based Newmont Mining, the world's largest gold mining firm, some of these "
        'important questions may finally be answered. After the breakdown of mediation talks with '
        'Newmont on January 20, the residents and their lawyer decided to stop negotiating behind closed '
        'doors and take their case to the public. Last Saturday, March 5, 2005, they announced that they '
        'are bringing their suit before Denver District Judge Robert Hyatt. "If successful," states Ken '
        'Krowder who represents the plaintiffs, "[this] would mark the first time an American firm is '
        'held accountable for environmental damages overseas." This is not the first time Newmont Mining '
        'has had trouble with an emerging Third World environmental movement. Recently, in August 2004, '
        'a US$543 million lawsuit was filed against Newmont Mining by the Indonesian Environmental '
        'Ministry and local villagers. They claim that pollution caused by the company’s mining '
        'activities has caused serious illnesses and other health problems, including skin disease, '
        'tumors, birth defects, and a decline in fish stocks, a staple food. One particular mining '
        'practice used frequently by Newmont Mining in Indonesia is submarine tailings disposal, a waste '
        'disposal method for mercury and arsenic that is outlawed in the United States. At least six '
        'Newmont Mining managers, including an American and an Australian, face up to 15 years in a '
        'Jakarta prison for environmental and corporate crime in that case. The local Peruvian residents '
        'are continuing their fight for safer mining practices and compensation for existing damage and '
        'injuries. Thousands of local townspeople protested against the Yanacocha mine last fall, '
        'demanding protection for the local water supply. Newmont Mining officials have blamed the June '
        '2000 mercury spill on a contractor, and have lost the battle to keep the case out of the '
        'American court system.'
    ),
    'ecbplus:35_3ecb': (
        'Chargers receiver arrested for DUI\n'
        'San Diego Chargers receiver Vincent Jackson was arrested on suspicion of drunk driving on '
        'Tuesday morning, five days before a key NFL playoff game.\n'
        'Police apprehended Jackson at about 2:30 a.m. and booked him for the misdemeanour before his '
        'release, making for a long night with a playoff looming on Sunday at Pittsburgh against the '
        'Steelers\n'
        'Jackson enjoyed the best of his four NFL seasons in 2008 with 59 catches for 1,098 yards and '
        'seven touchdowns.\n'
        "``We're aware of the off-the-field issue involving Vincent,'' Chargers general manager A.J. "
        'Butler said in a statement.\n'
        "``Obviously we're disappointed.\n"
        'We take these issues very seriously.\n'
        "Moving forward, we will monitor the situation.''"
    ),
    'ecbplus:35_5ecb': (
        "CHARGERS ' RECEIVER ARRESTED\n"
        'San Diego Chargers wide receiver Vincent Jackson was arrested yesterday on suspicion of drunken '
        'driving.\n'
        'Jackson failed sobriety tests shortly after 2 a.m. local time on state Route 52, California '
        'Highway Patrol Officer Ray Scheidnes said.\n'
        'Jackson was on probation for a previous similar arrest, he said.\n'
        "Jackson, in a statement released through the NFL team, said he didn't think charges would be "
        'filed against him.\n'
        "``In the event they are, I look forward to clearing my name and proving my innocence,'' he "
        'said.'
    ),
    'ecbplus:35_6ecb': (
        "Chargers ' Jackson arrested on suspicion of DUI\n"
        'Chargers wide receiver Vincent Jackson was arrested early yesterday on suspicion of drunken '
        'driving.\n'
        'Jackson failed sobriety tests shortly after 2 a.m. on state Route 52 in San Diego, said '
        'California Highway Patrol Officer Ray Scheidnes.\n'
        "He said he didn't know Jackson's blood alcohol level.\n"
        'Jackson was on probation for a previous DUI arrest, Highway Patrol Officer Brad Baehr said.\n'
        'He was taken to the San Diego County jail and released.'
    ),
    'ecbplus:35_2ecbplus': (
        'Chargers lineman Jamal Williams faces DUI charges\n'
        '10: 55 P. M. FEB. 2, 2009\n'
        'Chargers defensive lineman Jamal Williams was arrested early Sunday on suspicion of drunken '
        'driving after he was speeding down state Route 94, the California Highway Patrol said.\n'
        'Williams, 32, was going west in his 2008 Bentley about 1: 30 a. m., CHP Officer Brian Pennings '
        'said.\n'
        'He said he did not know how fast Williams was going.\n'
        'A CHP officer pulled Williams over near Home Avenue east of downtown, in the Ridgeview / '
        'Webster area.\n'
        'Pennings said Williams gave a blood sample for a blood - alcohol test, but the results are not '
        'yet known.\n'
        'Williams was booked into county jail and later was released on bail.\n'
        'Another Charger, receiver Vincent Jackson, was arrested early Jan. 6 on suspicion of driving '
        'under the influence on state Route 52 near Interstate 805.\n'
        'Jackson said in a statement at the time that he looked forward to proving his innocence.'
    ),
    'ecbplus:30_4ecb': (
        'Mass Internet outages in Egypt after cables cut\n'
        "Egypt's communications ministry says Internet cables in the Mediterranean Sea have been cut, "
        'causing massive Internet outages.\n'
        'The ministry says three Internet cables were cut off the coast of Sicily on Friday morning.\n'
        'Throughout Egypt, the Internet is almost completely down or working sporadically.\n'
        "The ministry says it will take ``several days'' for cables to be repaired and is trying to "
        "switch Egypt's Internet to an alternative route.\n"
        'It was the second large-scale Internet outage in Egypt this year.\n'
        'Undersea cables were also damaged in January, causing outages in the Mideast and India.\n'
        'Yemen and Sudan were also having phone and Internet difficulties Friday because of he cable '
        'cut.'
    ),
    'meantime:102977': (
        'Airbus parent EADS wins #13 billion UK RAF airtanker contract\n'
        'March 27, 2008\n'
        'European Aeronautic Defence & Space NV (EADS), the parent company of European airframer Airbus, '
        "has won a #13 billion contract to supply the United Kingdom's Royal Air Force (RAF) with aerial "
        "refueling tankers to replace the nation's current ageing fleet.\n"
        'AirTanker Ltd., an EADS-led consortium, have signed a 27-year contract with the Defense '
        'Ministry to supply 14 new Airbus A330-200 passenger airliner converted for the task.\n'
        'They will be owned by AirTanker, who retains commercial leasing rights to five which can carry '
        '290 passengers plus cargo, but will fly in RAF livery.\n'
        'They replace existing Lockheed Tristar and Vickers VC-10 aircraft.\n'
        'The first aircraft will be in service by 2011 and all by 2016.\n'
        'Rolls-Royce, part of the consortium, will supply engines.\n'
        "France's Thales will supply electronics, Wimborne, UK's Cobham will manufacture refueling "
        "equipment and Southampton, UK's VT Group will provide service management.\n"
        'Last month, Northrop Grumman and EADS defeated Boeing to win a massive order for 179 tankers '
        'from the United States Air Force.\n'
        'Airbus has also inked recent deals with the Royal Australian Air Force, the Royal Saudi Air '
        'Force and the UAE Air Force.'
    ),
}


def RA(id_, outlet, published, source, sentence, events, note=None):
    """A real article: its text from ``TEXTS``, its title the headline line or,
    for a text with no headline, the first sentence (ending in ``sentence``)."""
    text, title = with_title(TEXTS[source], sentence)
    A(id_, outlet, published, title, text, events, source=source, note=note)


JACKSON = d("2009-01-06")

# --- GeoVirus (Wikinews) ----------------------------------------------------------
RA("01", "Wikinews", "2009-11-24", "geovirus:geovirus-043", "could impact pilgrims.", [
    E("Egypt forbade hundreds", "forbade", "COERCE", "restrict", ("Egypt", "EGY", "GOV"),
      ("hundreds of Muslims", "EGY", "CVL"), mo("2009-09", True), "Cairo"),
    E("was banned by Iran", "banned", "COERCE", "restrict", ("Iran", "IRN", "GOV"), None, None, None),
], note="approximate: the text prints no date; the Hajj of 2009 got under way on 25 November")

RA("02", "Wikinews", "2006-11-08", "geovirus:geovirus-075", "letter with white powder.", [
    E("due a suspicious letter", "letter", "THREATEN", "violence", None,
      ("A Midland, Michigan, USA newspaper office", "USA", "MED"), d("2006-11-07"),
      P("Midland", "Midland"), mod="threatened", cl="p02-letter"),
    E("was shut down briefly", "shut down", "COERCE", "restrict", None,
      ("A Midland, Michigan, USA newspaper office", "USA", "MED"), d("2006-11-07"), P("Midland", "Midland"),
      cl="p02-quar"),
    E("were quarantined as a safety", "quarantined", "COERCE", "restrict", None,
      ("The news office", "USA", "MED"), d("2006-11-07"), None, cl="p02-quar"),
    E("all quarantines were lifted", "lifted", "CONCEDE", None, None, None, d("2006-11-07"), None),
    E("sealed off as a crime scene", "sealed off", "COERCE", "restrict", None,
      ("The editor's office", "USA", "MED"), d("2006-11-07"), None),
], note="approximate: the text prints no date; chosen on a Wednesday so that its 'Tuesday' is the day before")

RA("03", "Wikinews", "2007-03-01", "geovirus:geovirus-077", "Buffalo, New York.", [
    E('opened a "letter which', "letter", "THREATEN", "violence", None, ("the courthouse", "USA", "JUD"),
      None, None, speaker=("Buffalo Fire Chief, Don Mcfeely", "According to"), mod="reported", cl="p03-letter"),
    E('"message was written', "message", "THREATEN", "violence", None, None, None, None,
      speaker="Mcfeely", mod="reported", cl="p03-letter"),
], note="approximate: the text prints no date and no weekday; nothing in it depends on the day")

RA("04", "Wikinews", "2005-07-26", "geovirus:geovirus-095", "infecting animals throughout Asia.", [
    E("has withheld vital information", "withheld", "REJECT", None,
      ("the People's Republic of China", "CHN", "GOV"), None, None, None,
      speaker="The World Health Organization's Beijing spokesman", mod="reported"),
    E("officially denying any cases", "denying", "REJECT", None,
      (("the People's Republic of China", "Washington Post that"), "CHN", "GOV"), None, None, None,
      relays=["the Washington Post"]),
], note="approximate: the text gives figures 'As of July 21, 2005' and a case in Russia 'this week'")

RA("05", "Wikinews", "2009-04-26", "geovirus:geovirus-101", "the swine flu outbreak.", [
    E("urged residents not to panic", "urged", "REQUEST", None, ("Secretary Napolitano", "USA", "GOV"),
      ("residents", "USA", "CVL"), d("2009-04-26"), None, mod="demanded"),
], note="the public health emergency was announced on Sunday 26 April 2009 ('announced today')")

RA("06", "Wikinews", "2005-10-20", "geovirus:geovirus-111", "within the nations border.", [
    E("issued today an order", "order", "COERCE", "restrict",
      ("The Norwegian Food Safety Authority", "NOR", "GOV"), None, d("2005-10-20"), None),
    E("asked the border customs", "asked", "REQUEST", None, ("The authority", "NOR", "GOV"),
      ("the border customs", "NOR", "COP"), None, None, mod="demanded"),
    E("has also been stopped from parts", "stopped", "SANCTION", "discontinue", None,
      ("parts of Russia and other countries", None, None), None, None),
], note="approximate: the text prints no date; autumn 2005, when Norway kept poultry indoors and stopped Russian poultry imports")

RA("07", "Wikinews", "2010-06-05", "geovirus:geovirus-121", "in recent weeks.", [
    E("has requested assistance", "requested", "REQUEST", "assist", ("Nigeria's government", "NGA", "GOV"),
      ("international organizations", None, "IGO"), None, None, mod="demanded"),
], note="approximate: the text prints no date; early June 2010, when the Zamfara toll reached 163")

RA("08", "Wikinews", "2006-03-05", "geovirus:geovirus-131", "may have been looting corpses.", [
    E("Attorney indicted Mastromarino", "indicted", "ACCUSE", "allege",
      ("the Brooklyn District Attorney", "USA", "JUD"), ("Mastromarino and three others", "USA", "CVL"),
      d("2006-02-23", True), None, cl="p08-indict"),
    E("They are charged with 122", "charged", "ACCUSE", "allege", None, ("They", "USA", "CVL"),
      d("2006-02-23", True), None, cl="p08-indict"),
], note="approximate: the text prints no date; some days after the indictment of 23 February 2006")

RA("09", "Wikinews", "2008-03-25", "geovirus:geovirus-137", "in the United States and Canada.", [
    E("has issued a warning on cantaloupes", "warning", "SANCTION", None,
      ("The Food and Drug Administration (FDA) of the United States Department of Health and Human Services",
       "USA", "GOV"), ("a Honduran company", "HND", "BUS"), d("2008-03-22"), None, cl="p09-warn"),
    E("has also blocked imports", "blocked", "SANCTION", "discontinue", ("The FDA", "USA", "GOV"),
      ("the food packer", "HND", "BUS"), None, None),
    E("linked the outbreak to the Honduran supplier", "linked", "ACCUSE", "allege", ("The FDA", "USA", "GOV"),
      ("the Honduran supplier", "HND", "BUS"), d("2008-03-21"), None),
    E("cantaloupes was issued Saturday", "issued", "SANCTION", None, None, None, d("2008-03-22"), None,
      cl="p09-warn"),
    E("Zelaya called the FDA alert", "called", "ACCUSE", "disapprove",
      ("Honduran President Manuel Zelaya", "HND", "GOV"), ("FDA", "USA", "GOV"), d("2008-03-23"), None),
    E("the FDA alert \"extreme", "alert", "SANCTION", None, ("FDA", "USA", "GOV"), None, d("2008-03-22"), None,
      speaker="Honduran President Manuel Zelaya", mod="reported", cl="p09-warn"),
    E("It's unjust that", "unjust", "ACCUSE", "disapprove", ("President Zelaya", "HND", "GOV"),
      ("U.S.", "USA", "GOV"), None, None, speaker="President Zelaya", mod="reported"),
    E("has declared a unilateral health alert", "declared", "SANCTION", None, ("U.S.", "USA", "GOV"), None,
      d("2008-03-22"), None, speaker="President Zelaya", mod="reported", cl="p09-warn"),
    E("called on the FDA to publicize", "called on", "REQUEST", None,
      ("Fredys Cerrato, Trade Minister of Honduras", "HND", "GOV"), ("the FDA", "USA", "GOV"), None, None,
      mod="demanded"),
], note="inferred: the warning 'was issued Saturday' (22 March 2008), Zelaya spoke 'On Sunday', figures 'As of Monday'")

RA("10", "Wikinews", "2007-08-07", "geovirus:geovirus-155", "Guildford, Surrey, UK.", [
    E("A report released tonight", "report", "ACCUSE", "investigate",
      ("the Health and Safety Executive", "GBR", "GOV"), ("a nearby research facility", "GBR", None),
      d("2007-08-07"), None),
    E("subject to ongoing investigations", "investigations", "ACCUSE", "investigate", None,
      ("The labs in Pirbright", "GBR", None), d("2007-08-03"), "Pirbright"),
    E("A protection zone has been set up", "set up", "COERCE", "restrict", None, None, None, None),
    E("have been introduced throughout the country", "introduced", "COERCE", "restrict", None, None, None,
      P("the country", "United Kingdom")),
    E("English beef have already been imposed", "imposed", "SANCTION", "discontinue", None, None, None, None),
], note="inferred: the HSE report was released on Tuesday 7 August 2007 ('tonight'); the outbreak was found 'on Friday'")

RA("11", "Wikinews", "2005-10-12", "geovirus:geovirus-175", "earthquake-devastated areas of Pakistan.", [
    E("While Aid starts to pour in", "pour in", "AID", None, None, None, None, None),
    E("due to looting", "looting", "PROTEST", "vandalize", None, None, None, None),
    E("provide assistance in the form", "provide", "AID", None,
      ("30 countries including Australia, France, Japan, Jordan, China, Russia, Iran, Syria and the US",
       None, "GOV"), None, None, None, speaker="Jan Vandemoortele, U.N. Resident Coordinator for Pakistan",
      mod="reported"),
], note="approximate: the text prints no date; a few days after the earthquake of 8 October 2005")

RA("12", "Wikinews", "2006-01-24", "geovirus:geovirus-213", "alert the U.S. military.", [
    E("holding a public inquiry", "inquiry", "ACCUSE", "investigate", ("who", "USA", "OPP"), None, None, None),
    E("stating it had found \"no evidence", "no evidence", "REJECT", None, ("Halliburton", "USA", "BUS"),
      ("these former employees", "USA", "CVL"), None, None, speaker=("Halliburton", "Halliburton issued"),
      mod="reported"),
    E("appear not to have merit", "not to have merit", "REJECT", None, ("Keefe", "USA", "MIL"), None, None, None,
      speaker="Keefe", mod="reported"),
], note="approximate: the text prints no date; the Democrats' hearing of January 2006")

RA("13", "Wikinews", "2005-03-09", "geovirus:geovirus-227", "before a Denver judge.", [
    E("preparing to sue", "sue", "ACCUSE", "allege",
      ("Peruvians living near the site of a release of mercury", "PER", "CVL"),
      ("a U.S. mining company", "USA", "BUS"), None, None, mod="future", cl="p13-suit"),
    E("decided to stop negotiating", "stop negotiating", "REJECT", "meet",
      ("the residents and their lawyer", "PER", "CVL"), ("Newmont", "USA", "BUS"), None, None),
    E("bringing their suit before", "suit", "ACCUSE", "allege", (("they", "they announced"), "PER", "CVL"),
      None, None, None, speaker=("they", "2005, they announced"), mod="future", cl="p13-suit"),
    E("lawsuit was filed against", "filed", "ACCUSE", "allege",
      ("the Indonesian Environmental Ministry and local villagers", "IDN", "GOV"),
      ("Newmont Mining", "USA", "BUS"), mo("2004-08", True), None),
    E("face up to 15 years", "face", "SANCTION", "convict", None,
      ("At least six Newmont Mining managers, including an American and an Australian", None, "BUS"),
      None, None, mod="future"),
    E("townspeople protested against", "protested", "PROTEST", "demo",
      ("Thousands of local townspeople", "PER", "CVL"), ("the Yanacocha mine", "PER", "BUS"),
      yr("2004"), None),
], note="approximate: 'Last Saturday, March 5, 2005' dates the announcement; published in the following week")

# --- ECB+ --------------------------------------------------------------------------
RA("14", "unknown", "2009-01-06", "ecbplus:35_3ecb", None, [
    E("Chargers receiver arrested", "arrested", "COERCE", "arrest", None, ("Chargers receiver", "USA", "CVL"),
      JACKSON, None, cl="jk-arrest"),
    E("Jackson was arrested on suspicion", "arrested", "COERCE", "arrest", None,
      ("San Diego Chargers receiver Vincent Jackson", "USA", "CVL"), JACKSON, None, cl="jk-arrest"),
    E("Police apprehended Jackson", "apprehended", "COERCE", "arrest", ("Police", "USA", "COP"),
      ("Jackson", "USA", "CVL"), JACKSON, None, cl="jk-arrest"),
    E("before his release", "release", "RETREAT", "release", None, ("his", "USA", "CVL"), JACKSON, None,
      cl="jk-release"),
], note="inferred: the arrest 'on Tuesday morning' was on 6 January 2009, five days before the Steelers game")

RA("15", "unknown", "2009-01-07", "ecbplus:35_5ecb", None, [
    E("CHARGERS ' RECEIVER ARRESTED", "ARRESTED", "COERCE", "arrest", None,
      ("CHARGERS ' RECEIVER", "USA", "CVL"), JACKSON, None, cl="jk-arrest"),
    E("was arrested yesterday", "arrested", "COERCE", "arrest", None,
      ("San Diego Chargers wide receiver Vincent Jackson", "USA", "CVL"), JACKSON, None, cl="jk-arrest"),
    E("previous similar arrest", "arrest", "COERCE", "arrest", None, ("Jackson", "USA", "CVL"), None, None,
      speaker=("he", "similar arrest, he"), mod="reported", cl="jk-prev"),
    E("charges would be filed", "filed", "ACCUSE", "allege", None, ("him", "USA", "CVL"), None, None,
      speaker="Jackson", relays=["the NFL team"], mod="negated"),
    E("proving my innocence", "proving", "REJECT", None, (("I", "are, I look"), "USA", "CVL"), None, None, None,
      speaker=("he", "innocence,'' he"), relays=[("the NFL team", "released through")], mod="conditional",
      cond="In the event they are", cl="jk-innocence"),
], note="inferred: 'arrested yesterday' (Tuesday 6 January 2009)")

RA("16", "unknown", "2009-01-07", "ecbplus:35_6ecb", None, [
    E("Jackson arrested on suspicion of DUI", "arrested", "COERCE", "arrest", None,
      ("Chargers ' Jackson", "USA", "CVL"), JACKSON, None, cl="jk-arrest"),
    E("was arrested early yesterday", "arrested", "COERCE", "arrest", None,
      ("Chargers wide receiver Vincent Jackson", "USA", "CVL"), JACKSON, None, cl="jk-arrest"),
    E("previous DUI arrest", "arrest", "COERCE", "arrest", None, ("Jackson", "USA", "CVL"), None, None,
      speaker="Highway Patrol Officer Brad Baehr", mod="reported", cl="jk-prev"),
    E("He was taken to the San Diego", "taken", "COERCE", "arrest", None, ("He", "USA", "CVL"), JACKSON, None,
      cl="jk-arrest"),
    E("County jail and released", "released", "RETREAT", "release", None, ("He", "USA", "CVL"), JACKSON, None,
      cl="jk-release"),
], note="inferred: 'arrested early yesterday' (Tuesday 6 January 2009)")

RA("17", "The San Diego Union-Tribune", "2009-02-02", "ecbplus:35_2ecbplus", None, [
    E("faces DUI charges", "faces", "ACCUSE", "allege", None, ("Chargers lineman Jamal Williams", "USA", "CVL"),
      None, None),
    E("was arrested early Sunday", "arrested", "COERCE", "arrest", None,
      ("Chargers defensive lineman Jamal Williams", "USA", "CVL"), d("2009-02-01"), None,
      speaker="the California Highway Patrol", mod="reported", cl="wl-arrest"),
    E("pulled Williams over", "pulled", "COERCE", None, ("A CHP officer", "USA", "COP"),
      ("Williams", "USA", "CVL"), d("2009-02-01"), None),
    E("was booked into county jail", "booked", "COERCE", "arrest", None, ("Williams", "USA", "CVL"),
      d("2009-02-01"), None, cl="wl-arrest"),
    E("later was released on bail", "released", "RETREAT", "release", None, ("Williams", "USA", "CVL"),
      d("2009-02-01"), None),
    E("was arrested early Jan. 6", "arrested", "COERCE", "arrest", None,
      ("Another Charger, receiver Vincent Jackson", "USA", "CVL"), d("2009-01-06", True), None, cl="jk-arrest"),
    E("proving his innocence", "proving", "REJECT", None, (("he", "time that he"), "USA", "CVL"), None, d("2009-01-06", True), None,
      speaker="Jackson", mod="reported", cl="jk-innocence"),
], note="printed '10: 55 P. M. FEB. 2, 2009' (URL line cut); 'early Sunday' is 1 February 2009")

RA("18", "unknown", "2008-12-19", "ecbplus:30_4ecb", None, [],
   note="inferred: the cables were cut off Sicily 'on Friday morning', 19 December 2008; an accident with no events")

# --- MEANTIME (Wikinews) -----------------------------------------------------------
RA("19", "Wikinews", "2008-03-27", "meantime:102977", None, [
    E("EADS wins", "wins", "COOPERATE", None, ("Airbus parent EADS", None, "BUS"), ("UK RAF", "GBR", "MIL"),
      None, None, cl="p19-raf"),
    E("has won a #13 billion contract", "won", "COOPERATE", None,
      ("European Aeronautic Defence & Space NV (EADS)", None, "BUS"),
      ("the United Kingdom's Royal Air Force (RAF)", "GBR", "MIL"), None, None, cl="p19-raf"),
    E("have signed a 27-year contract", "signed", "SUPPORT", None,
      ("AirTanker Ltd., an EADS-led consortium", "GBR", "BUS"), ("the Defense Ministry", "GBR", "GOV"),
      None, None, cl="p19-raf"),
    E("defeated Boeing to win", "win", "COOPERATE", None, ("Northrop Grumman and EADS", None, "BUS"),
      ("the United States Air Force", "USA", "MIL"), mo("2008-02", True), None),
], note="printed 'March 27, 2008'")


# ===================================================================================
# Own texts (CC BY 4.0, this project)
# ===================================================================================
PLACES.update({
    'Istanbul': (41.01, 28.95),  # geonameid 745044
    'Taksim Square': (41.037, 28.985),  # square in Istanbul, approximate point
    'Ankara': (39.92, 32.85),  # geonameid 323786
    'Helsinki': (60.17, 24.94),  # geonameid 658225
    'Moscow': (55.75, 37.62),  # geonameid 524901
    'Salla': (66.83, 28.67),  # geonameid 637972
    'Yerevan': (40.18, 44.51),  # geonameid 616052
})

IST = d("2025-03-19")
IMAMOGLU = ("Istanbul Mayor Ekrem Imamoglu", "TUR", "GOV")

A("20", "Reuters", "2025-03-19",
  "Turkish police detain Istanbul mayor Imamoglu, main rival to Erdogan",
  "Turkish police detain Istanbul mayor Imamoglu, main rival to Erdogan\n"
  "ISTANBUL, March 19 (Reuters) - Turkish police detained Istanbul Mayor Ekrem Imamoglu on Wednesday as part of "
  "a corruption and terrorism investigation, state media said, in a move the main opposition party called \"a "
  "coup against our next president\".\n"
  "Police raided Imamoglu's home before dawn and also detained about 100 other people, including two district "
  "mayors, the state-owned Anadolu news agency reported, citing the Istanbul prosecutor's office. The prosecutor "
  "accused Imamoglu of leading a criminal organisation and of aiding the outlawed Kurdistan Workers Party (PKK).\n"
  "The Istanbul governor's office banned all demonstrations in the city for four days, and police closed several "
  "roads and metro stations around Taksim Square. Access to X, YouTube and Instagram was restricted, the internet "
  "monitor NetBlocks said.\n"
  "Republican People's Party (CHP) leader Ozgur Ozel called on Turks to take to the streets peacefully. \"We will "
  "not leave the squares until our mayor is freed,\" Ozel told supporters outside the police headquarters in the "
  "evening.\n"
  "Justice Minister Yilmaz Tunc rejected suggestions that the investigation was political. \"Linking judicial "
  "proceedings to our president is irresponsible,\" he wrote on X.\n"
  "Thousands of students marched towards Taksim Square later on Wednesday, and police fired pepper spray and "
  "rubber bullets to disperse them, witnesses said.\n"
  "Imamoglu, 53, defeated the ruling AK Party's candidate in March 2019 and again in a rerun three months later, "
  "after election authorities annulled the first result. A day before his detention, Istanbul University revoked "
  "his diploma, a move that could bar him from running for president.",
  [
    E("Turkish police detain Istanbul mayor", "detain", "COERCE", "arrest", ("Turkish police", "TUR", "COP"),
      ("Istanbul mayor Imamoglu", "TUR", "GOV"), IST, None, cl="tr-detain"),
    E("detained Istanbul Mayor", "detained", "COERCE", "arrest", ("Turkish police", "TUR", "COP"), IMAMOGLU, IST,
      P(("ISTANBUL", 1), "Istanbul"), speaker="state media", mod="reported", cl="tr-detain"),
    E("a corruption and terrorism investigation", "investigation", "ACCUSE", "investigate", None, None, None, None,
      speaker="state media", mod="reported", cl="tr-probe"),
    E("party called \"a", "coup", "ACCUSE", "disapprove", ("the main opposition party", "TUR", "OPP"), None, None,
      None),
    E("Police raided", "raided", "COERCE", None, ("Police", "TUR", "COP"), ("Imamoglu's home", "TUR", "GOV"), IST,
      P(("ISTANBUL", 1), "Istanbul"), speaker="the Istanbul prosecutor's office",
      relays=["the state-owned Anadolu news agency"], mod="reported"),
    E("also detained about 100", "detained", "COERCE", "arrest", ("Police", "TUR", "COP"),
      ("about 100 other people", "TUR", "CVL"), IST, P(("ISTANBUL", 1), "Istanbul"),
      speaker="the Istanbul prosecutor's office", relays=["the state-owned Anadolu news agency"], mod="reported",
      cl="tr-detain100"),
    E("The prosecutor accused", "accused", "ACCUSE", "allege", ("The prosecutor", "TUR", "JUD"),
      ("Imamoglu", "TUR", "GOV"), None, None),
    E("banned all demonstrations", "banned", "COERCE", "restrict", ("The Istanbul governor's office", "TUR", "GOV"),
      None, None, P("the city", "Istanbul"), cl="tr-ban"),
    E("police closed several roads", "closed", "COERCE", "restrict", ("police", "TUR", "COP"), None, None,
      "Taksim Square"),
    E("Access to X, YouTube", "restricted", "COERCE", "censor", None, None, None, None,
      speaker="the internet monitor NetBlocks", mod="reported"),
    E("called on Turks", "called on", "REQUEST", None,
      ("Republican People's Party (CHP) leader Ozgur Ozel", "TUR", "OPP"), ("Turks", "TUR", "CVL"), None, None,
      mod="demanded"),
    E("take to the streets peacefully", "take to the streets", "PROTEST", "demo", ("Turks", "TUR", "CVL"), None,
      None, None, speaker="Republican People's Party (CHP) leader Ozgur Ozel", mod="future"),
    E("not leave the squares", "leave", "PROTEST", "demo", (("We", "\"We will not"), "TUR", "OPP"),
      None, None, None, speaker=("Ozel", "Ozel told"), mod="future"),
    E("until our mayor is freed", "freed", "RETREAT", "release", None, ("our mayor", "TUR", "GOV"), None, None,
      speaker=("Ozel", "Ozel told"), mod="hypothetical"),
    E("rejected suggestions", "rejected", "REJECT", None, ("Justice Minister Yilmaz Tunc", "TUR", "GOV"), None,
      None, None),
    E("proceedings to our president is irresponsible", "irresponsible", "ACCUSE", "disapprove",
      (("he", "he wrote on X"), "TUR", "GOV"), None, None, None, speaker=("he", "he wrote on X"),
      relays=[("X", "wrote on X")], mod="reported"),
    E("students marched towards", "marched", "PROTEST", "demo", ("Thousands of students", "TUR", "EDU"), None, IST,
      "Taksim Square", speaker="witnesses", mod="reported", cl="tr-march"),
    E("police fired pepper spray", "fired", "ASSAULT", "crowd-control", ("police", "TUR", "COP"),
      (("them", "disperse them"), "TUR", "EDU"), IST, "Taksim Square", speaker="witnesses", mod="reported",
      cl="tr-spray"),
    E("Istanbul University revoked", "revoked", "COERCE", None, ("Istanbul University", "TUR", "EDU"),
      (("his", "revoked his"), "TUR", "GOV"), d("2025-03-18"), None),
])


A("21", "Anadolu Agency", "2025-03-19",
  "Istanbul prosecutor orders detention of 100 suspects, including Imamoglu, in corruption probe",
  "Istanbul prosecutor orders detention of 100 suspects, including Imamoglu, in corruption probe\n"
  "ISTANBUL\n"
  "The Istanbul Chief Public Prosecutor's Office on Wednesday issued detention warrants for 100 suspects, "
  "including Istanbul Metropolitan Mayor Ekrem Imamoglu, as part of two separate investigations into corruption "
  "and aiding a terrorist organisation.\n"
  "Imamoglu was detained at his residence in the early hours, security sources said.\n"
  "According to a statement by the prosecutor's office, the suspects are accused of bribery, extortion, "
  "bid-rigging and leaking personal data. In the second investigation, Imamoglu and six others are accused of "
  "helping the PKK through an \"urban consensus\" arrangement with the DEM Party before the 2024 local elections.\n"
  "Communications Director Fahrettin Altun said there was no question of political motivation and warned that "
  "\"provocations on the streets will not be tolerated\".\n"
  "The Istanbul Governor's Office said gatherings, marches and press statements had been banned until March 23 "
  "in order to protect public order.\n"
  "CHP leader Ozgur Ozel, speaking at the party's headquarters in Ankara, accused the government of trying to "
  "\"usurp the will of the nation\" and said the party would hold its presidential primary on Sunday as planned.\n"
  "The PKK, listed as a terrorist organisation by Turkiye, the US and the EU, has waged a terror campaign against "
  "Turkiye for more than 40 years.",
  [
    E("prosecutor orders detention", "detention", "COERCE", "arrest", ("Istanbul prosecutor", "TUR", "JUD"),
      ("100 suspects, including Imamoglu", "TUR", "CVL"), IST, None, cl="tr-warrants"),
    E("issued detention warrants", "issued", "ACCUSE", "allege",
      ("The Istanbul Chief Public Prosecutor's Office", "TUR", "JUD"), ("100 suspects", "TUR", "CVL"), IST,
      P(("ISTANBUL", 1), "Istanbul"), cl="tr-warrants"),
    E("as part of two separate investigations", "investigations", "ACCUSE", "investigate", None, None, None, None,
      cl="tr-probe"),
    E("Imamoglu was detained at his residence", "detained", "COERCE", "arrest", None, ("Imamoglu", "TUR", "GOV"),
      IST, P(("ISTANBUL", 1), "Istanbul"), speaker="security sources", mod="reported", cl="tr-detain"),
    E("the suspects are accused", "accused", "ACCUSE", "allege", None, ("the suspects", "TUR", "CVL"), None, None,
      speaker=("the prosecutor's office", "a statement by"), mod="reported"),
    E("six others are accused", "accused", "ACCUSE", "allege", None, ("Imamoglu and six others", "TUR", "GOV"),
      None, None),
    E("no question of political motivation", "no question", "REJECT", None,
      ("Communications Director Fahrettin Altun", "TUR", "GOV"), None, None, None,
      speaker="Communications Director Fahrettin Altun", mod="reported"),
    E("warned that", "warned", "THREATEN", None, ("Communications Director Fahrettin Altun", "TUR", "GOV"), None,
      None, None, mod="threatened"),
    E("had been banned until March 23", "banned", "COERCE", "restrict", None, None, None,
      P(("ISTANBUL", 1), "Istanbul"), speaker="The Istanbul Governor's Office", mod="reported", cl="tr-ban"),
    E("accused the government of trying", "accused", "ACCUSE", "allege", ("CHP leader Ozgur Ozel", "TUR", "OPP"),
      ("the government", "TUR", "GOV"), None, "Ankara"),
])

PLACES.update({
    'Vaalimaa': (60.57, 27.83),  # border crossing in Virolahti, approximate point
})
FIN_SAT, FIN_THU = d("2023-11-18"), d("2023-11-16")

A("22", "AFP", "2023-11-16",
  "Finland to close four border crossings with Russia, accuses Moscow of 'hybrid' attack",
  "Finland to close four border crossings with Russia, accuses Moscow of 'hybrid' attack\n"
  "HELSINKI, Nov 16 (AFP) - Finland will close four crossing points on its southeastern border with Russia from "
  "Saturday, Prime Minister Petteri Orpo said on Thursday, accusing Moscow of deliberately pushing asylum seekers "
  "towards the frontier.\n"
  "\"This is a hybrid operation by Russia,\" Orpo told a news conference in Helsinki. \"Finland will not allow "
  "its border to be used as a weapon.\"\n"
  "More than 280 migrants from countries including Syria, Somalia and Yemen have arrived at the Vaalimaa and "
  "Nuijamaa crossings since early November, most of them by bicycle, according to the Finnish Border Guard. "
  "Border guards said Russian guards had escorted groups of migrants to the crossings, which Russia's FSB border "
  "service had until now kept closed to people without valid documents.\n"
  "The Kremlin denied the accusations. \"We categorically reject them,\" spokesman Dmitry Peskov told reporters "
  "in Moscow, according to the RIA Novosti news agency. Russia's foreign ministry summoned Finland's ambassador on "
  "Wednesday to protest against what it called \"anti-Russian steps\", the ministry said in a statement.\n"
  "Interior Minister Mari Rantanen said more crossings could be shut if the flow continued. \"If Russia does not "
  "stop this, we are ready to close the whole border,\" she told broadcaster Yle.\n"
  "Finland, which joined NATO in April 2023, shares a 1,340-km border with Russia. In late 2015, more than 1,700 "
  "asylum seekers crossed into Finland through the Arctic crossing of Salla. In March 2016, Helsinki and Moscow "
  "agreed to restrict the route; two days later, Russian border guards turned back a group of 20 migrants at "
  "Salla.",
  [
    E("Finland to close four", "close", "SANCTION", "discontinue", ("Finland", "FIN", "GOV"),
      ("Russia", "RUS", "GOV"), FIN_SAT, None, mod="future", cl="fi-close"),
    E("accuses Moscow of 'hybrid'", "accuses", "ACCUSE", "allege", ("Finland", "FIN", "GOV"),
      ("Moscow", "RUS", "GOV"), FIN_THU, None, cl="fi-accuse"),
    E("Finland will close four", "close", "SANCTION", "discontinue", ("Finland", "FIN", "GOV"),
      ("Russia", "RUS", "GOV"), FIN_SAT, None, speaker="Prime Minister Petteri Orpo", mod="future", cl="fi-close"),
    E("accusing Moscow of deliberately", "accusing", "ACCUSE", "allege",
      ("Prime Minister Petteri Orpo", "FIN", "GOV"), ("Moscow", "RUS", "GOV"), FIN_THU, P("HELSINKI", "Helsinki"),
      cl="fi-accuse"),
    E("pushing asylum seekers", "pushing", "COERCE", None, ("Moscow", "RUS", "GOV"),
      ("asylum seekers", None, "REF"), None, None, speaker="Prime Minister Petteri Orpo", mod="reported",
      cl="fi-push"),
    E("This is a hybrid operation", "operation", "ACCUSE", "allege", ("Orpo", "FIN", "GOV"),
      ("Russia", "RUS", "GOV"), FIN_THU, "Helsinki", speaker="Orpo", mod="reported", cl="fi-accuse"),
    E("had escorted groups", "escorted", "COERCE", None, ("Russian guards", "RUS", "COP"),
      ("groups of migrants", None, "REF"), None, None, speaker="Border guards", mod="reported", cl="fi-push"),
    E("The Kremlin denied the accusations", "denied", "REJECT", None, ("The Kremlin", "RUS", "GOV"), None, None,
      None, cl="fi-deny"),
    E("We categorically reject them", "reject", "REJECT", None, ("We", "RUS", "GOV"), None, None, "Moscow",
      speaker="spokesman Dmitry Peskov", relays=["the RIA Novosti news agency"], mod="reported", cl="fi-deny"),
    E("summoned Finland's ambassador", "summoned", "ACCUSE", "disapprove", ("Russia's foreign ministry", "RUS", "GOV"),
      ("Finland's ambassador", "FIN", "GOV"), d("2023-11-15"), None, speaker="the ministry", mod="reported"),
    E("what it called", "called", "ACCUSE", "disapprove", (("it", "what it called"), "RUS", "GOV"), None,
      d("2023-11-15"), None, speaker="the ministry", mod="reported"),
    E("more crossings could be shut", "shut", "SANCTION", "discontinue", None, None, None, None,
      speaker="Interior Minister Mari Rantanen", mod="conditional", cond="if the flow continued"),
    E("ready to close the whole border", "close", "SANCTION", "discontinue", (("we", "this, we are"), "FIN", "GOV"),
      None, None, None, speaker=("she", "she told"), relays=["broadcaster Yle"], mod="conditional",
      cond="If Russia does not stop this"),
    E("Russia does not stop this", "stop", "RETREAT", None, ("Russia", "RUS", "GOV"), None, None, None,
      speaker=("she", "she told"), relays=["broadcaster Yle"], mod="hypothetical"),
    E("which joined NATO", "joined", "COOPERATE", None, ("which", "FIN", "GOV"), ("NATO", None, "IGO"),
      mo("2023-04", True), None),
    E("Helsinki and Moscow agreed", "agreed", "AGREE", None, ("Helsinki", "FIN", "GOV"), ("Moscow", "RUS", "GOV"),
      mo("2016-03", True), None),
    E("turned back a group", "turned back", "COERCE", None, ("Russian border guards", "RUS", "COP"),
      ("a group of 20 migrants", None, "REF"), mo("2016-03", True), "Salla"),
])

AM = d("2025-06-25")
A("23", "Associated Press", "2025-06-25",
  "Armenian authorities arrest archbishop accused of plotting to seize power",
  "Armenian authorities arrest archbishop accused of plotting to seize power\n"
  "YEREVAN, Armenia (AP) - Armenian security forces on Wednesday detained a prominent archbishop who led protests "
  "against Prime Minister Nikol Pashinyan last year, accusing him and more than a dozen others of plotting a coup.\n"
  "Officers of the National Security Service searched his residence and detained Archbishop Bagrat Galstanyan in "
  "Yerevan, the Investigative Committee said in a statement. Investigators said the group had recruited former "
  "soldiers and planned to carry out bombings and seize power this summer.\n"
  "Galstanyan's supporters scuffled with police outside the Investigative Committee's building, and at least 20 "
  "people were detained, according to the Armenian news website CivilNet.\n"
  "The Armenian Apostolic Church condemned the arrest as \"an attack on the church\" and denied that the "
  "archbishop had plotted any violence. \"These accusations are fabricated,\" Bishop Mkrtich Proshyan told "
  "reporters.\n"
  "Pashinyan, who has been locked in a bitter dispute with the church leadership, wrote on Facebook that \"a "
  "group of clerics\" had tried to destabilise the country and warned that anyone who \"raises a hand against the "
  "state\" would face justice.\n"
  "Russia's foreign ministry spokeswoman Maria Zakharova said Moscow was following the events closely, the TASS "
  "news agency reported.\n"
  "Galstanyan led weeks of street protests in Yerevan in May 2024 after Armenia agreed to hand four border "
  "villages to Azerbaijan. Police detained more than 270 protesters on May 27, 2024, and two days later the "
  "archbishop called off a planned march on parliament.",
  [
    E("authorities arrest archbishop", "arrest", "COERCE", "arrest", ("Armenian authorities", "ARM", "GOV"),
      ("archbishop", "ARM", "REL"), AM, None, cl="am-arrest"),
    E("archbishop accused of plotting", "accused", "ACCUSE", "allege", None, ("archbishop", "ARM", "REL"), AM, None,
      cl="am-accuse"),
    E("plotting to seize power", "seize power", "COERCE", None, ("archbishop", "ARM", "REL"), None, None, None,
      mod="future", cl="am-plot"),
    E("on Wednesday detained a prominent", "detained", "COERCE", "arrest",
      ("Armenian security forces", "ARM", "COP"), ("a prominent archbishop", "ARM", "REL"), AM,
      P("YEREVAN", "Yerevan"), cl="am-arrest"),
    E("accusing him and more", "accusing", "ACCUSE", "allege", ("Armenian security forces", "ARM", "COP"),
      (("him", "accusing him"), "ARM", "REL"), AM, P("YEREVAN", "Yerevan"), cl="am-accuse"),
    E("plotting a coup", "coup", "COERCE", None, (("him", "accusing him"), "ARM", "REL"), None, None, None,
      speaker="Armenian security forces", mod="future", cl="am-plot"),
    E("searched his residence", "searched", "COERCE", None,
      ("Officers of the National Security Service", "ARM", "SPY"), ("his residence", "ARM", "REL"), AM,
      P(("Yerevan", "Galstanyan in Yerevan"), "Yerevan"), speaker="the Investigative Committee", mod="reported"),
    E("detained Archbishop Bagrat", "detained", "COERCE", "arrest",
      ("Officers of the National Security Service", "ARM", "SPY"), ("Archbishop Bagrat Galstanyan", "ARM", "REL"),
      AM, P(("Yerevan", "Galstanyan in Yerevan"), "Yerevan"), speaker="the Investigative Committee",
      mod="reported", cl="am-arrest"),
    E("had recruited former", "recruited", "MOBILIZE", "militia", ("the group", "ARM", None), None, None, None,
      speaker="Investigators", mod="reported"),
    E("carry out bombings", "bombings", "ASSAULT", "explosives", ("the group", "ARM", None), None, None, None,
      speaker="Investigators", mod="future"),
    E("seize power this summer", "seize power", "COERCE", None, ("the group", "ARM", None), None, None, None,
      speaker="Investigators", mod="future", cl="am-plot"),
    E("supporters scuffled with police", "scuffled", "PROTEST", "riot", ("Galstanyan's supporters", "ARM", "CVL"),
      ("police", "ARM", "COP"), AM, P(("YEREVAN", 1), "Yerevan"),
      speaker="the Armenian news website CivilNet", mod="reported"),
    E("people were detained, according", "detained", "COERCE", "arrest", None, ("at least 20 people", "ARM", "CVL"),
      AM, P(("YEREVAN", 1), "Yerevan"), speaker="the Armenian news website CivilNet", mod="reported"),
    E("condemned the arrest", "condemned", "ACCUSE", "disapprove", ("The Armenian Apostolic Church", "ARM", "REL"),
      None, None, None),
    E("the arrest as", "arrest", "COERCE", "arrest", None, None, AM, None,
      speaker="The Armenian Apostolic Church", mod="reported", cl="am-arrest"),
    E("plotted any violence", "violence", "ASSAULT", None, ("the archbishop", "ARM", "REL"), None, None, None,
      speaker="The Armenian Apostolic Church", mod="denied"),
    E("These accusations are fabricated", "fabricated", "REJECT", None,
      ("Bishop Mkrtich Proshyan", "ARM", "REL"), None, None, None, speaker="Bishop Mkrtich Proshyan",
      mod="reported"),
    E("had tried to destabilise", "destabilise", "COERCE", None, ("a group of clerics", "ARM", "REL"), None, None,
      None, speaker="Pashinyan", relays=["Facebook"], mod="reported", cl="am-plot"),
    E("warned that anyone", "warned", "THREATEN", "arrest", ("Pashinyan", "ARM", "GOV"), None, None, None,
      relays=["Facebook"], mod="threatened"),
    E("raises a hand against", "raises a hand", "COERCE", None, ("anyone", "ARM", None), None, None, None,
      speaker="Pashinyan", relays=["Facebook"], mod="hypothetical"),
    E("after Armenia agreed to hand", "agreed", "AGREE", None, ("Armenia", "ARM", "GOV"),
      ("Azerbaijan", "AZE", "GOV"), None, None),
    E("Police detained more than 270", "detained", "COERCE", "arrest", ("Police", "ARM", "COP"),
      ("more than 270 protesters", "ARM", "CVL"), d("2024-05-27", True), None),
    E("called off a planned march", "called off", "RETREAT", None, ("the archbishop", "ARM", "REL"), None,
      d("2024-05-29", True), None),
])


PLACES.update({
    'Amman': (31.96, 35.95),  # geonameid 250441
    'Seoul': (37.57, 126.98),  # geonameid 1835848
    'Pyongyang': (39.03, 125.75),  # geonameid 1871859
    'Islamabad': (33.72, 73.04),  # geonameid 1176615
    'Peshawar': (34.01, 71.58),  # geonameid 1168197
    'Lahore': (31.56, 74.35),  # geonameid 1172451
    'Dhaka': (23.71, 90.41),  # geonameid 1185241
})

JO = d("2025-04-23")
MB = ("the Muslim Brotherhood", "JOR", "OPP")
A("24", "Reuters", "2025-04-23",
  "Jordan bans Muslim Brotherhood after arrests over alleged rocket plot",
  "Jordan bans Muslim Brotherhood after arrests over alleged rocket plot\n"
  "AMMAN, April 23 (Reuters) - Jordan on Wednesday banned all activities of the Muslim Brotherhood, the country's "
  "largest opposition movement, and ordered the seizure of its assets, a week after authorities said they had "
  "foiled a plot to attack targets inside the kingdom with rockets and drones.\n"
  "Interior Minister Mazen al-Faraya said in a televised statement that members of the group had been caught "
  "destroying documents at its headquarters overnight and that anyone promoting its ideas would be held "
  "accountable. Security forces sealed off the group's offices in Amman and several other cities, state news "
  "agency Petra reported.\n"
  "Jordan's General Intelligence Department said on April 15 that it had arrested 16 people who were "
  "manufacturing rockets and had recruited and trained fighters abroad. Four of those arrested were members of "
  "the Brotherhood, according to the charge sheet.\n"
  "The Brotherhood denied any link to the plot, saying the men had acted on their own. \"We have never been "
  "involved in any act that harms the security of Jordan,\" the group said in a statement.\n"
  "The Islamic Action Front, the Brotherhood's political arm, which won 31 seats in September's parliamentary "
  "election, was not covered by the ban. But the government warned that the party would be dissolved if it was "
  "shown to have ties to the cell.\n"
  "Lawmakers from the party called the decision \"unconstitutional\" and demanded that the detainees be given a "
  "fair trial.\n"
  "Jordan's highest court ordered the Brotherhood dissolved in 2020, but the movement continued to operate "
  "openly. Authorities tolerated its rallies in support of Gaza, including a march by thousands to the Israeli "
  "embassy in October 2023.",
  [
    E("Jordan bans Muslim", "bans", "COERCE", "restrict", ("Jordan", "JOR", "GOV"),
      ("Muslim Brotherhood", "JOR", "OPP"), JO, None, cl="jo-ban"),
    E("after arrests over", "arrests", "COERCE", "arrest", None, None, None, None, cl="jo-arrest"),
    E("Jordan on Wednesday banned", "banned", "COERCE", "restrict", ("Jordan", "JOR", "GOV"), MB, JO,
      P("AMMAN", "Amman"), cl="jo-ban"),
    E("ordered the seizure of its assets", "seizure", "COERCE", "seize", ("Jordan", "JOR", "GOV"),
      (("its", "seizure of its"), "JOR", "OPP"), None, None, mod="future"),
    E("they had foiled a plot", "foiled", "COERCE", None, (("they", "said they had"), "JOR", "GOV"), None, None,
      None, speaker="authorities", mod="reported", cl="jo-foil"),
    E("a plot to attack targets", "attack", "ASSAULT", None, None, None, None, None, speaker="authorities",
      mod="future"),
    E("would be held accountable", "held accountable", "THREATEN", "arrest",
      ("Interior Minister Mazen al-Faraya", "JOR", "GOV"), ("anyone promoting its ideas", "JOR", "OPP"), None,
      None, speaker="Interior Minister Mazen al-Faraya", mod="threatened"),
    E("Security forces sealed off", "sealed off", "COERCE", "restrict", ("Security forces", "JOR", "COP"),
      ("the group's offices", "JOR", "OPP"), JO, "Amman", speaker="state news agency Petra", mod="reported",
      cl="jo-ban"),
    E("it had arrested 16 people", "arrested", "COERCE", "arrest",
      ("Jordan's General Intelligence Department", "JOR", "SPY"), ("16 people", "JOR", "UAF"), None, None,
      speaker="Jordan's General Intelligence Department", mod="reported", cl="jo-arrest"),
    E("who were manufacturing rockets", "manufacturing", "MOBILIZE", "weapons", ("who", "JOR", "UAF"), None, None,
      None, speaker="Jordan's General Intelligence Department", mod="reported"),
    E("had recruited and trained", "recruited", "MOBILIZE", "militia", (("who", "people who"), "JOR", "UAF"), None,
      None, None, speaker="Jordan's General Intelligence Department", mod="reported"),
    E("The Brotherhood denied any link", "denied", "REJECT", None, ("The Brotherhood", "JOR", "OPP"), None, None,
      None, cl="jo-deny"),
    E("We have never been", "never been involved", "REJECT", None, ("We", "JOR", "OPP"), None, None, None,
      speaker="the group", mod="reported", cl="jo-deny"),
    E("the government warned that the party", "warned", "THREATEN", "restrict", ("the government", "JOR", "GOV"),
      ("the party", "JOR", "OPP"), None, None, mod="threatened"),
    E("called the decision", "called", "ACCUSE", "disapprove", ("Lawmakers from the party", "JOR", "LEG"), None,
      None, None),
    E("demanded that the detainees", "demanded", "REQUEST", None, ("Lawmakers from the party", "JOR", "LEG"),
      None, None, None, mod="demanded"),
    E("court ordered the Brotherhood dissolved", "dissolved", "COERCE", "restrict",
      ("Jordan's highest court", "JOR", "JUD"), ("the Brotherhood", "JOR", "OPP"), yr("2020"), None),
    E("a march by thousands", "march", "PROTEST", "demo", ("thousands", "JOR", "CVL"),
      ("the Israeli embassy", "ISR", "GOV"), mo("2023-10", True), None),
])

KR = d("2024-10-21")
A("25", "Reuters", "2024-10-21",
  "South Korea summons Russian envoy over North Korean troops, warns it may arm Ukraine",
  "South Korea summons Russian envoy over North Korean troops, warns it may arm Ukraine\n"
  "SEOUL, Oct 21 (Reuters) - South Korea summoned Russia's ambassador on Monday and demanded the immediate "
  "withdrawal of North Korean troops it says have been sent to fight for Moscow in Ukraine, and warned it could "
  "consider supplying weapons to Kyiv if the cooperation deepened.\n"
  "First Vice Foreign Minister Kim Hong-kyun told Ambassador Georgy Zinoviev that Seoul would \"mobilise all "
  "available means\" in response, the foreign ministry said in a statement.\n"
  "South Korea's National Intelligence Service said on Friday that North Korea had shipped about 1,500 special "
  "forces soldiers to Russia's Far East earlier this month and was preparing to send more. Ukrainian President "
  "Volodymyr Zelenskiy said on Sunday that Russian officers were training North Korean troops.\n"
  "Zinoviev rejected the claims, saying the cooperation between Moscow and Pyongyang did not violate international "
  "law and was not directed against South Korea, the Russian embassy said on its Telegram channel.\n"
  "North Korea's foreign ministry called the reports \"groundless rumours\" in a statement carried by the official "
  "KCNA news agency, Yonhap news agency reported.\n"
  "If the deployment is confirmed, Seoul will not rule out sending artillery shells to Ukraine, a senior "
  "presidential official told reporters, asking not to be named.\n"
  "Russia and North Korea signed a mutual defence pact on June 19 in Pyongyang during a visit by President "
  "Vladimir Putin. Last week, North Korean troops blew up sections of two roads connecting the country to the "
  "South, and South Korean soldiers fired warning shots across the border in response.",
  [
    E("South Korea summons", "summons", "ACCUSE", "disapprove", ("South Korea", "KOR", "GOV"),
      ("Russian envoy", "RUS", "GOV"), KR, None, cl="kr-summon"),
    E("warns it may arm", "warns", "THREATEN", None, ("South Korea", "KOR", "GOV"), None, KR, None,
      mod="threatened", cl="kr-warn"),
    E("South Korea summoned", "summoned", "ACCUSE", "disapprove", ("South Korea", "KOR", "GOV"),
      ("Russia's ambassador", "RUS", "GOV"), KR, P("SEOUL", "Seoul"), cl="kr-summon"),
    E("demanded the immediate", "demanded", "REQUEST", "yield", ("South Korea", "KOR", "GOV"), None, KR,
      P("SEOUL", "Seoul"), mod="demanded"),
    E("have been sent to fight", "sent", "AID", None, None, ("Moscow", "RUS", "GOV"), None, None,
      speaker=("it", "troops it says"), mod="reported", cl="kr-troops"),
    E("warned it could consider", "warned", "THREATEN", None, ("South Korea", "KOR", "GOV"), None, KR,
      P("SEOUL", "Seoul"), mod="threatened", cl="kr-warn"),
    E("mobilise all", "mobilise", "THREATEN", None, ("Seoul", "KOR", "GOV"), None, KR, P(("SEOUL", 1), "Seoul"),
      speaker="First Vice Foreign Minister Kim Hong-kyun", relays=["the foreign ministry"], mod="threatened"),
    E("had shipped about 1,500", "shipped", "AID", None, ("North Korea", "PRK", "GOV"), None, mo("2024-10"), None,
      speaker="South Korea's National Intelligence Service", mod="reported", cl="kr-troops"),
    E("was preparing to send more", "send", "AID", None, ("North Korea", "PRK", "GOV"), None, None, None,
      speaker="South Korea's National Intelligence Service", mod="future"),
    E("officers were training", "training", "AID", None, ("Russian officers", "RUS", "MIL"),
      ("North Korean troops", "PRK", "MIL"), None, None,
      speaker="Ukrainian President Volodymyr Zelenskiy", mod="reported"),
    E("Zinoviev rejected the claims", "rejected", "REJECT", None, ("Zinoviev", "RUS", "GOV"), None, None, None,
      relays=["the Russian embassy", "its Telegram channel"]),
    E("called the reports", "called", "REJECT", None, ("North Korea's foreign ministry", "PRK", "GOV"), None, None,
      None, relays=["the official KCNA news agency", "Yonhap news agency"]),
    E("sending artillery shells", "sending", "AID", None, ("Seoul", "KOR", "GOV"), ("Ukraine", "UKR", "GOV"), None,
      None, speaker="a senior presidential official", mod="conditional", cond="If the deployment is confirmed"),
    E("If the deployment", "deployment", "AID", None, None, None, None, None,
      speaker="a senior presidential official", mod="hypothetical", cl="kr-troops"),
    E("signed a mutual defence pact", "signed", "SUPPORT", None, ("Russia", "RUS", "GOV"),
      ("North Korea", "PRK", "GOV"), d("2024-06-19", True), "Pyongyang"),
    E("during a visit by", "visit", "CONSULT", "visit", ("President Vladimir Putin", "RUS", "GOV"), None,
      d("2024-06-19", True), "Pyongyang"),
    E("fired warning shots", "fired", "THREATEN", "violence", ("South Korean soldiers", "KOR", "MIL"), None,
      wk("2024-W42"), None, mod="threatened"),
])

PK_MON, PK_TUE = d("2024-11-25"), d("2024-11-26")
PTI = ("PTI protesters", "PAK", "OPP")
A("26", "Dawn", "2024-11-26",
  "Four Rangers killed as PTI protesters push into Islamabad; govt warns of 'shoot on sight'",
  "Four Rangers killed as PTI protesters push into Islamabad; govt warns of 'shoot on sight'\n"
  "ISLAMABAD: Four Rangers personnel were killed and several policemen injured when a vehicle rammed into them on "
  "Srinagar Highway late on Monday night, as thousands of PTI supporters marched towards the capital's D-Chowk in "
  "defiance of a ban on gatherings, Interior Minister Mohsin Naqvi said on Tuesday.\n"
  "Mr Naqvi blamed \"miscreants\" in the PTI convoy for the attack and said the government had given law "
  "enforcers permission to respond \"as necessary\". \"If they enter the Red Zone, they will be dealt with under "
  "the law,\" he told reporters.\n"
  "Police fired tear gas shells at protesters at several points along the route, and at least 200 PTI workers "
  "were arrested in Islamabad and Rawalpindi, according to police officials. Mobile internet services remained "
  "suspended in parts of the capital for a second day, while Section 144 was imposed across the city.\n"
  "PTI leader Bushra Bibi, the wife of jailed former prime minister Imran Khan, led the convoy from Peshawar on "
  "Sunday. In a video message, she urged supporters to stay until Mr Khan is released.\n"
  "The party denied that its workers were involved in the killing of the Rangers and accused the government of "
  "using force against peaceful protesters, a PTI spokesman told Dawn.\n"
  "The army was deployed in the capital under Article 245 of the Constitution on Monday night, a notification "
  "from the interior ministry said.\n"
  "Mr Khan has been in jail since August 2023. His arrest in May that year sparked violent protests in which his "
  "supporters attacked military installations, including the corps commander's house in Lahore.",
  [
    E("Four Rangers killed", "killed", "ASSAULT", None, None, ("Four Rangers", "PAK", "MIL"), PK_MON, None,
      cl="pk-rangers"),
    E("protesters push into Islamabad", "push", "PROTEST", "demo", PTI, None, PK_MON, "Islamabad", cl="pk-march"),
    E("govt warns", "warns", "THREATEN", "violence", ("govt", "PAK", "GOV"), None, None, None, mod="threatened",
      cl="pk-warn"),
    E("a vehicle rammed into them", "rammed", "ASSAULT", None, None, ("Four Rangers personnel", "PAK", "MIL"),
      PK_MON, None, speaker="Interior Minister Mohsin Naqvi", mod="reported", cl="pk-rangers"),
    E("supporters marched towards", "marched", "PROTEST", "demo", ("thousands of PTI supporters", "PAK", "OPP"),
      None, PK_MON, P("the capital's D-Chowk", "Islamabad"), speaker="Interior Minister Mohsin Naqvi",
      mod="reported", cl="pk-march"),
    E("in defiance of a ban", "defiance", "REJECT", None, ("thousands of PTI supporters", "PAK", "OPP"), None,
      PK_MON, None, speaker="Interior Minister Mohsin Naqvi", mod="reported"),
    E("Mr Naqvi blamed", "blamed", "ACCUSE", "allege", ("Mr Naqvi", "PAK", "GOV"), ("miscreants", "PAK", "OPP"),
      None, None),
    E("for the attack", "attack", "ASSAULT", None, ("miscreants", "PAK", "OPP"), None, PK_MON, None,
      speaker="Mr Naqvi", mod="reported", cl="pk-rangers"),
    E("given law enforcers permission", "permission", "MOBILIZE", "police", ("the government", "PAK", "GOV"), None,
      None, None, speaker="Mr Naqvi", mod="reported"),
    E("will be dealt with", "dealt with", "THREATEN", "arrest", (("he", "he told"), "PAK", "GOV"),
      (("they", "Zone, they"), "PAK", "OPP"), None, None, speaker=("he", "he told"), mod="threatened",
      cl="pk-warn"),
    E("If they enter the Red Zone", "enter", "PROTEST", "demo", (("they", "If they"), "PAK", "OPP"), None, None,
      None, speaker=("he", "he told"), mod="hypothetical"),
    E("Police fired tear gas shells", "fired", "ASSAULT", "crowd-control", ("Police", "PAK", "COP"),
      ("protesters", "PAK", "OPP"), None, None, speaker="police officials", mod="reported"),
    E("200 PTI workers were arrested", "arrested", "COERCE", "arrest", None, ("at least 200 PTI workers", "PAK", "OPP"),
      None, None, speaker="police officials", mod="reported"),
    E("remained suspended", "suspended", "COERCE", "censor", None, None, PK_MON, P("the capital", "Islamabad")),
    E("Section 144 was imposed", "imposed", "COERCE", "restrict", None, None, None, P("the city", "Islamabad")),
    E("led the convoy from Peshawar", ("led", "led the convoy"), "PROTEST", "demo", ("PTI leader Bushra Bibi", "PAK", "OPP"), None,
      d("2024-11-24"), "Peshawar", cl="pk-march"),
    E("she urged supporters", "urged", "REQUEST", None, ("she", "PAK", "OPP"), ("supporters", "PAK", "OPP"), None,
      None, relays=["a video message"], mod="demanded"),
    E("until Mr Khan is released", "released", "RETREAT", "release", None, ("Mr Khan", "PAK", "OPP"), None, None,
      speaker=("she", "she urged"), relays=["a video message"], mod="hypothetical"),
    E("involved in the killing", "killing", "ASSAULT", None, ("its workers", "PAK", "OPP"),
      ("the Rangers", "PAK", "MIL"), PK_MON, None, speaker="The party", relays=["a PTI spokesman"],
      mod="denied", cl="pk-rangers"),
    E("accused the government of using", "accused", "ACCUSE", "allege", ("The party", "PAK", "OPP"),
      ("the government", "PAK", "GOV"), None, None, relays=["a PTI spokesman"]),
    E("using force against", "using force", "ASSAULT", None, ("the government", "PAK", "GOV"),
      ("peaceful protesters", "PAK", "OPP"), None, None, speaker="The party", relays=["a PTI spokesman"],
      mod="reported"),
    E("The army was deployed", "deployed", "MOBILIZE", "troops", None, None, PK_MON, P("the capital", "Islamabad"),
      speaker="the interior ministry", mod="reported"),
    E("has been in jail since", "in jail", "COERCE", "arrest", None, ("Mr Khan", "PAK", "OPP"),
      mo("2023-08", True), None),
    E("His arrest in May", "arrest", "COERCE", "arrest", None, ("His", "PAK", "OPP"), mo("2023-05", True), None),
    E("sparked violent protests", "protests", "PROTEST", "riot", None, None, mo("2023-05", True), None),
    E("supporters attacked military", "attacked", "PROTEST", "riot", ("his supporters", "PAK", "OPP"),
      ("military installations", "PAK", "MIL"), mo("2023-05", True), "Lahore"),
])

BD_SUN, BD_MON = d("2025-05-11"), d("2025-05-12")
AL = ("the Awami League", "BGD", "OPP")
A("27", "The Daily Star", "2025-05-12",
  "Govt bans all Awami League activities under anti-terror law; EC suspends party's registration",
  "Govt bans all Awami League activities under anti-terror law; EC suspends party's registration\n"
  "The interim government yesterday issued a gazette notification banning all activities of the Awami League, "
  "including publications, rallies and online campaigns, until the International Crimes Tribunal completes the "
  "trial of the party and its leaders.\n"
  "The Election Commission this afternoon suspended the party's registration, meaning it cannot contest the next "
  "general election, EC Secretary Akhtar Ahmed told reporters at the commission's office in Agargaon.\n"
  "The ban was imposed under the Anti-Terrorism Act following a meeting of the advisory council chaired by Chief "
  "Adviser Muhammad Yunus on Saturday night, after three days of protests by students of the National Citizen "
  "Party outside the chief adviser's residence in Dhaka.\n"
  "The Awami League rejected the decision as \"illegal\" and said in a post on its verified Facebook page that it "
  "would continue its political activities. \"No ban can erase the party that led the Liberation War,\" the post "
  "said.\n"
  "India's external affairs ministry expressed concern, saying the ban on a major party was a \"worrying "
  "development\" for democracy. The foreign ministry in Dhaka summoned the Indian high commissioner on Monday to "
  "protest against the remark, the state-run BSS news agency reported.\n"
  "Former prime minister Sheikh Hasina fled to India on August 5, 2024, after weeks of student-led protests in "
  "which, according to a UN report, up to 1,400 people were killed. Dhaka has asked New Delhi to extradite her, "
  "and the tribunal issued an arrest warrant for her in October last year.",
  [
    E("Govt bans all", "bans", "COERCE", "restrict", ("Govt", "BGD", "GOV"), ("Awami League", "BGD", "OPP"),
      BD_SUN, None, cl="bd-ban"),
    E("EC suspends", "suspends", "COERCE", "restrict", ("EC", "BGD", "GOV"), ("party's", "BGD", "OPP"), BD_MON,
      None, cl="bd-reg"),
    E("notification banning", "banning", "COERCE", "restrict", ("The interim government", "BGD", "GOV"), AL,
      BD_SUN, None, cl="bd-ban"),
    E("completes the trial", "trial", "ACCUSE", "allege", ("the International Crimes Tribunal", "BGD", "JUD"),
      ("the party and its leaders", "BGD", "OPP"), None, None, mod="hypothetical"),
    E("suspended the party's registration", "suspended", "COERCE", "restrict",
      ("The Election Commission", "BGD", "GOV"), ("the party's", "BGD", "OPP"), BD_MON, None,
      speaker="EC Secretary Akhtar Ahmed", mod="reported", cl="bd-reg"),
    E("The ban was imposed", "imposed", "COERCE", "restrict", None, None, BD_SUN, None, cl="bd-ban"),
    E("three days of protests", "protests", "PROTEST", "demo",
      ("students of the National Citizen Party", "BGD", "EDU"), None, wk("2025-W19"), "Dhaka"),
    E("The Awami League rejected", "rejected", "REJECT", None, ("The Awami League", "BGD", "OPP"), None, None,
      None),
    E("would continue its political", "continue", "REJECT", None, (("it", "that it would"), "BGD", "OPP"), None,
      None, None, speaker="The Awami League", relays=["its verified Facebook page"], mod="future"),
    E("expressed concern", "expressed concern", "ACCUSE", "disapprove",
      ("India's external affairs ministry", "IND", "GOV"), None, None, None),
    E("the ban on a major party", "ban", "COERCE", "restrict", None, None, BD_SUN, None,
      speaker="India's external affairs ministry", mod="reported", cl="bd-ban"),
    E("summoned the Indian high commissioner", "summoned", "ACCUSE", "disapprove",
      ("The foreign ministry in Dhaka", "BGD", "GOV"), ("the Indian high commissioner", "IND", "GOV"), BD_MON,
      "Dhaka", speaker="the state-run BSS news agency", mod="reported"),
    E("asked New Delhi to extradite", "asked", "REQUEST", "yield", ("Dhaka", "BGD", "GOV"),
      ("New Delhi", "IND", "GOV"), None, None, mod="demanded"),
    E("issued an arrest warrant", "issued", "ACCUSE", "allege", ("the tribunal", "BGD", "JUD"),
      (("her", "warrant for her"), "BGD", "OPP"), mo("2024-10", True), None),
])


PLACES.update({
    'Beijing': (39.91, 116.40),  # geonameid 1816670
    'Dushanbe': (38.54, 68.78),  # geonameid 1221874
    'Shuroobod': (37.84, 70.04),  # seat of Shamsiddin Shohin district, approximate point
    'Kabul': (34.53, 69.17),  # geonameid 1138958
    'Tajikistan': (39.0, 71.0),  # GeoNames country point
    'Khatlon': (37.75, 69.0),  # ADM1, approximate point
    'Bishkek': (42.87, 74.59),  # geonameid 1528675
})

A("28", "Kyodo News", "2025-07-16",
  "China sentences Japanese drugmaker employee to 3 1/2 years for spying",
  "China sentences Japanese drugmaker employee to 3 1/2 years for spying\n"
  "TOKYO, July 16 Kyodo - A Beijing court on Wednesday sentenced a Japanese employee of Astellas Pharma Inc. to "
  "three and a half years in prison on espionage charges, more than two years after he was detained in the "
  "Chinese capital, the Japanese government said.\n"
  "The man in his 60s was detained in March 2023 shortly before he was due to return to Japan, and was formally "
  "arrested by Chinese state security authorities in October that year. He was indicted in August 2024, and his "
  "trial began behind closed doors in November.\n"
  "Chief Cabinet Secretary Yoshimasa Hayashi told a press conference that Tokyo \"regrets\" the ruling and had "
  "repeatedly demanded the man's early release. \"We will continue to urge China to release him as soon as "
  "possible and to ensure transparency in its judicial process,\" Hayashi said.\n"
  "Japanese Ambassador Kenji Kanasugi, who attended the sentencing, told reporters outside the court that the "
  "man had been denied contact with his family for most of his detention.\n"
  "Chinese Foreign Ministry spokesman Guo Jiakun said the case had been handled \"in accordance with the law\". "
  "He rejected the criticism, saying Japan should \"respect China's judicial sovereignty,\" according to a "
  "transcript posted on the ministry's website.\n"
  "At least 17 Japanese nationals have been detained in China on spying charges since 2014, when Beijing enacted "
  "its counterespionage law. Business groups in Tokyo have warned that the case could deter investment.",
  [
    E("China sentences Japanese", "sentences", "SANCTION", "convict", ("China", "CHN", "GOV"),
      ("Japanese drugmaker employee", "JPN", "BUS"), d("2025-07-16"), None, cl="jp-sentence"),
    E("court on Wednesday sentenced", "sentenced", "SANCTION", "convict", ("A Beijing court", "CHN", "JUD"),
      ("a Japanese employee of Astellas Pharma Inc.", "JPN", "BUS"), d("2025-07-16"),
      P(("Beijing", "A Beijing court"), "Beijing"), speaker="the Japanese government", mod="reported",
      cl="jp-sentence"),
    E("after he was detained in the Chinese", "detained", "COERCE", "arrest", None, (("he", "after he was"), "JPN", "BUS"),
      mo("2023-03", True), P("the Chinese capital", "Beijing"), speaker="the Japanese government", mod="reported",
      cl="jp-detain"),
    E("was detained in March 2023", "detained", "COERCE", "arrest", None, ("The man in his 60s", "JPN", "BUS"),
      mo("2023-03", True), None, cl="jp-detain"),
    E("formally arrested by", "arrested", "COERCE", "arrest", ("Chinese state security authorities", "CHN", "SPY"),
      ("The man in his 60s", "JPN", "BUS"), mo("2023-10", True), None),
    E("He was indicted in August", "indicted", "ACCUSE", "allege", None, ("He", "JPN", "BUS"), mo("2024-08", True),
      None),
    E("trial began behind closed doors", "trial", "ACCUSE", "allege", None, (("his", "and his trial"), "JPN", "BUS"),
      mo("2024-11", True), None),
    E("\"regrets\" the ruling", "regrets", "ACCUSE", "disapprove", ("Tokyo", "JPN", "GOV"), None, None, None,
      speaker="Chief Cabinet Secretary Yoshimasa Hayashi", mod="reported"),
    E("the ruling and had", "ruling", "SANCTION", "convict", None, None, d("2025-07-16"), None,
      speaker="Chief Cabinet Secretary Yoshimasa Hayashi", mod="reported", cl="jp-sentence"),
    E("continue to urge China", "urge", "REQUEST", None, ("We", "JPN", "GOV"), ("China", "CHN", "GOV"), None, None,
      speaker=("Hayashi", "possible and"), mod="demanded"),
    E("had been denied contact", "denied", "COERCE", "restrict", None, ("the man", "JPN", "BUS"), None, None,
      speaker="Japanese Ambassador Kenji Kanasugi", mod="reported"),
    E("He rejected the criticism", "rejected", "REJECT", None, ("He", "CHN", "GOV"), None, None, None,
      relays=["a transcript"]),
    E("respect China's judicial", "respect", "REQUEST", None, (("He", "He rejected"), "CHN", "GOV"),
      ("Japan", "JPN", "GOV"), None, None, speaker=("He", "He rejected"), relays=["a transcript"],
      mod="demanded"),
])


TJ_WED, TJ_THU = d("2025-11-26"), d("2025-11-27")
A("29", "Reuters", "2025-11-27",
  "Tajikistan says gunmen from Afghanistan killed three Chinese workers, urges Taliban to act",
  "Tajikistan says gunmen from Afghanistan killed three Chinese workers, urges Taliban to act\n"
  "DUSHANBE, Nov 27 (Reuters) - Gunmen who crossed from Afghanistan attacked a camp of a Chinese company in "
  "southern Tajikistan, killing three Chinese workers, Tajikistan's State Committee for National Security said on "
  "Thursday.\n"
  "The attack took place late on Wednesday near the village of Yol in the Shamsiddin Shohin district of Khatlon "
  "province, the committee said in a statement carried by the state news agency Khovar. The attackers fired from a "
  "drone-mounted grenade launcher and small arms, it said.\n"
  "Tajikistan's foreign ministry summoned the Afghan charge d'affaires in Dushanbe and demanded that the Taliban "
  "authorities \"take effective measures\" to secure the border. \"If such provocations are repeated, we will "
  "respond with all means at our disposal,\" the ministry said.\n"
  "The Taliban's foreign ministry spokesman Abdul Qahar Balkhi expressed regret over the deaths and said Kabul was "
  "ready to cooperate with Dushanbe in investigating the incident, according to a post on X. He denied that "
  "Afghan government forces had been involved.\n"
  "China's embassy in Dushanbe urged Tajikistan to take all necessary measures to protect Chinese citizens and "
  "asked Chinese companies in the border area to evacuate their staff, state broadcaster CCTV reported, citing an "
  "embassy notice.\n"
  "Tajik border guards fought a gunbattle with drug smugglers on the same stretch of the border in October 2024, "
  "killing three of them. Two months later, Taliban and Tajik officials met in Kabul to discuss border security.",
  [
    E("gunmen from Afghanistan killed", "killed", "ASSAULT", None, ("gunmen from Afghanistan", None, "UAF"),
      ("three Chinese workers", "CHN", "CVL"), TJ_WED, None, speaker="Tajikistan", mod="reported",
      cl="tj-attack"),
    E("urges Taliban to act", "urges", "REQUEST", None, ("Tajikistan", "TJK", "GOV"), ("Taliban", "AFG", "GOV"),
      None, None, mod="demanded", cl="tj-demand"),
    E("attacked a camp", "attacked", "ASSAULT", None, ("Gunmen who crossed from Afghanistan", None, "UAF"),
      ("a camp of a Chinese company", "CHN", "BUS"), TJ_WED, None,
      speaker="Tajikistan's State Committee for National Security", mod="reported", cl="tj-attack"),
    E("The attack took place", "attack", "ASSAULT", None, None, None, TJ_WED,
      P("Shamsiddin Shohin district", "Shuroobod"), speaker="the committee",
      relays=["the state news agency Khovar"], mod="reported", cl="tj-attack"),
    E("The attackers fired", "fired", "ASSAULT", "drone", ("The attackers", None, "UAF"), None, TJ_WED, None,
      speaker=("it", "arms, it said"), relays=[("the state news agency Khovar", 1)], mod="reported",
      cl="tj-attack"),
    E("summoned the Afghan", "summoned", "ACCUSE", "disapprove", ("Tajikistan's foreign ministry", "TJK", "GOV"),
      ("the Afghan charge d'affaires", "AFG", "GOV"), None, P(("Dushanbe", "charge d'affaires in"), "Dushanbe")),
    E("demanded that the Taliban", "demanded", "REQUEST", None, ("Tajikistan's foreign ministry", "TJK", "GOV"),
      ("the Taliban authorities", "AFG", "GOV"), None, None, mod="demanded", cl="tj-demand"),
    E("respond with all means", "respond", "THREATEN", "violence", (("we", "repeated, we"), "TJK", "GOV"), None,
      None, None, speaker=("the ministry", "the ministry said"), mod="threatened"),
    E("provocations are repeated", "provocations", "ASSAULT", None, None, None, None, None,
      speaker=("the ministry", "the ministry said"), mod="hypothetical"),
    E("ready to cooperate with Dushanbe", "ready", "AGREE", None, ("Kabul", "AFG", "GOV"),
      ("Dushanbe", "TJK", "GOV"), None, None,
      speaker="The Taliban's foreign ministry spokesman Abdul Qahar Balkhi", relays=["X"], mod="reported"),
    E("He denied that Afghan", "denied", "REJECT", None, ("He", "AFG", "GOV"), None, None, None),
    E("urged Tajikistan to take", "urged", "REQUEST", None, ("China's embassy in Dushanbe", "CHN", "GOV"),
      ("Tajikistan", "TJK", "GOV"), None, None, relays=["an embassy notice", "state broadcaster CCTV"],
      mod="demanded", cl="cn-protect"),
    E("asked Chinese companies", "asked", "REQUEST", None, ("China's embassy in Dushanbe", "CHN", "GOV"),
      ("Chinese companies in the border area", "CHN", "BUS"), None, None,
      relays=["an embassy notice", "state broadcaster CCTV"], mod="demanded"),
    E("fought a gunbattle", "gunbattle", "ASSAULT", "firearms", ("Tajik border guards", "TJK", "COP"),
      ("drug smugglers", None, "UAF"), mo("2024-10", True), None),
    E("Tajik officials met in Kabul", "met", "CONSULT", None, (("Taliban", "later, Taliban"), "AFG", "GOV"),
      ("Tajik officials", "TJK", "GOV"), mo("2024-12", True), "Kabul"),
])


A("30", "Xinhua", "2025-11-27",
  "China urges Tajikistan to protect Chinese nationals after deadly border attack",
  "China urges Tajikistan to protect Chinese nationals after deadly border attack\n"
  "BEIJING, Nov. 27 (Xinhua) -- China strongly condemns the attack on Chinese personnel in Tajikistan and urges "
  "the Tajik side to hunt down the perpetrators and severely punish them, Chinese Foreign Ministry spokesperson "
  "Lin Jian said Thursday.\n"
  "Three Chinese nationals were killed when a Chinese company's camp in Tajikistan's Khatlon province came under "
  "attack from Afghan territory on Wednesday night, Lin told a regular press briefing.\n"
  "\"China has lodged solemn representations with Tajikistan and asked it to take effective measures to ensure "
  "the safety of Chinese citizens and institutions,\" Lin said.\n"
  "The Chinese embassy in Tajikistan has activated its emergency mechanism and sent a working team to the site, "
  "he said.\n"
  "Lin said China supports Tajikistan in maintaining border security and is willing to strengthen law enforcement "
  "and security cooperation with relevant countries.\n"
  "Tajik President Emomali Rahmon called Chinese President Xi Jinping on Thursday to express condolences, the "
  "Tajik presidential press service said.",
  [
    E("China urges Tajikistan", "urges", "REQUEST", None, ("China", "CHN", "GOV"), ("Tajikistan", "TJK", "GOV"),
      TJ_THU, None, mod="demanded", cl="cn-urge"),
    E("deadly border attack", "attack", "ASSAULT", None, None, None, TJ_WED, None, cl="tj-attack"),
    E("strongly condemns", "condemns", "ACCUSE", "disapprove", ("China", "CHN", "GOV"), None, TJ_THU,
      P("BEIJING", "Beijing"), speaker="Chinese Foreign Ministry spokesperson Lin Jian", mod="reported"),
    E("the attack on Chinese personnel", "attack", "ASSAULT", None, None, ("Chinese personnel", "CHN", "CVL"),
      TJ_WED, "Tajikistan", speaker="Chinese Foreign Ministry spokesperson Lin Jian", mod="reported",
      cl="tj-attack"),
    E("urges the Tajik side", "urges", "REQUEST", None, ("China", "CHN", "GOV"), ("the Tajik side", "TJK", "GOV"),
      TJ_THU, P("BEIJING", "Beijing"), speaker="Chinese Foreign Ministry spokesperson Lin Jian", mod="demanded",
      cl="cn-urge"),
    E("Three Chinese nationals were killed", "killed", "ASSAULT", None, None,
      ("Three Chinese nationals", "CHN", "CVL"), TJ_WED, P("Tajikistan's Khatlon province", "Khatlon"),
      speaker=("Lin", "Lin told"), mod="reported", cl="tj-attack"),
    E("has lodged solemn representations", "lodged", "ACCUSE", "disapprove", (("China", "China has lodged"), "CHN", "GOV"),
      ("Tajikistan", "TJK", "GOV"), None, None, speaker=("Lin", "Lin said."), mod="reported"),
    E("asked it to take effective", "asked", "REQUEST", None, (("China", "China has lodged"), "CHN", "GOV"),
      (("it", "asked it"), "TJK", "GOV"), None, None, speaker=("Lin", "Lin said."), mod="demanded"),
    E("China supports Tajikistan", "supports", "SUPPORT", None, ("China", "CHN", "GOV"),
      ("Tajikistan", "TJK", "GOV"), None, None, speaker="Lin", mod="reported"),
    E("is willing to strengthen", "willing", "AGREE", None, (("China", "Lin said China"), "CHN", "GOV"),
      ("relevant countries", None, "GOV"), None, None, speaker=("Lin", "Lin said China"), mod="reported"),
    E("Rahmon called Chinese President", "called", "CONSULT", "phone",
      ("Tajik President Emomali Rahmon", "TJK", "GOV"), ("Chinese President Xi Jinping", "CHN", "GOV"), TJ_THU,
      None, speaker="the Tajik presidential press service", mod="reported"),
])

KG_TUE, KG_WED = d("2024-01-16"), d("2024-01-17")
A("31", "Radio Free Europe/Radio Liberty", "2024-01-17",
  "Kyrgyz court jails journalists from investigative outlet pending trial; rights groups cry foul",
  "Kyrgyz court jails journalists from investigative outlet pending trial; rights groups cry foul\n"
  "BISHKEK -- A court in Bishkek on January 17 ordered four journalists of the investigative outlet Temirov Live "
  "held in pretrial detention for two months on charges of calling for mass unrest, a day after police raided "
  "their homes and offices and detained 11 current and former staff members.\n"
  "The State Committee for National Security (UKMK) said the journalists had published materials \"aimed at "
  "discrediting the authorities\". Seven of those detained were released after questioning, the committee said in "
  "a statement on its website.\n"
  "Makhabat Tazhibek kyzy, the outlet's director and one of those jailed, rejected the charges as fabricated. Her "
  "lawyer said she would appeal the ruling.\n"
  "The Committee to Protect Journalists and Human Rights Watch called on the Kyrgyz authorities to release the "
  "journalists immediately and drop all charges. The U.S. Embassy in Bishkek said it was \"deeply concerned\" by "
  "the arrests.\n"
  "President Sadyr Japarov defended the detentions, telling the state news agency Kabar that \"no one is above "
  "the law\". Asked whether he would pardon the journalists, he said: \"If the court finds them guilty, I will "
  "not interfere.\"\n"
  "Temirov Live's founder, Bolot Temirov, was stripped of his Kyrgyz citizenship and deported to Moscow in "
  "November 2022 after the outlet reported on alleged corruption involving the head of the UKMK, Kamchybek "
  "Tashiev. Temirov, who now lives in exile, called the raids \"revenge\".",
  [
    E("Kyrgyz court jails", "jails", "COERCE", "arrest", ("Kyrgyz court", "KGZ", "JUD"),
      ("journalists from investigative outlet", "KGZ", "MED"), KG_WED, None, cl="kg-jail"),
    E("rights groups cry foul", "cry foul", "ACCUSE", "disapprove", ("rights groups", None, "NGO"), None, None,
      None),
    E("held in pretrial detention", "held", "COERCE", "arrest", ("A court in Bishkek", "KGZ", "JUD"),
      ("four journalists of the investigative outlet Temirov Live", "KGZ", "MED"), KG_WED,
      P(("Bishkek", "A court in Bishkek"), "Bishkek"), cl="kg-jail"),
    E("police raided their homes", "raided", "COERCE", "censor", ("police", "KGZ", "COP"),
      ("their homes and offices", "KGZ", "MED"), KG_TUE, P("BISHKEK", "Bishkek"), cl="kg-raid"),
    E("detained 11 current", "detained", "COERCE", "arrest", ("police", "KGZ", "COP"),
      ("11 current and former staff members", "KGZ", "MED"), KG_TUE, P("BISHKEK", "Bishkek"), cl="kg-detain"),
    E("were released after questioning", "released", "RETREAT", "release", None,
      ("Seven of those detained", "KGZ", "MED"), None, None, speaker="the committee", mod="reported"),
    E("after questioning", "questioning", "ACCUSE", "investigate", None, None, None, None,
      speaker="the committee", mod="reported"),
    E("rejected the charges as fabricated", "rejected", "REJECT", None, ("Makhabat Tazhibek kyzy", "KGZ", "MED"),
      None, None, None),
    E("she would appeal", "appeal", "ACCUSE", "allege", (("she", "she would appeal"), "KGZ", "MED"), None, None,
      None, speaker="Her lawyer", mod="future"),
    E("called on the Kyrgyz authorities", "called on", "REQUEST", None,
      ("The Committee to Protect Journalists and Human Rights Watch", None, "NGO"),
      ("the Kyrgyz authorities", "KGZ", "GOV"), None, None, mod="demanded"),
    E("\"deeply concerned\"", "concerned", "ACCUSE", "disapprove", ("The U.S. Embassy in Bishkek", "USA", "GOV"),
      None, None, None, speaker="The U.S. Embassy in Bishkek", mod="reported"),
    E("by the arrests", "arrests", "COERCE", "arrest", None, None, KG_TUE, None,
      speaker="The U.S. Embassy in Bishkek", mod="reported", cl="kg-detain"),
    E("I will not interfere", "interfere", "COERCE", None, (("I", "guilty, I"), "KGZ", "GOV"), None, None, None,
      speaker=("he", "he said:"), mod="negated"),
    E("If the court finds them guilty", "finds them guilty", "SANCTION", "convict", ("the court", "KGZ", "JUD"),
      (("them", "finds them"), "KGZ", "MED"), None, None, speaker=("he", "he said:"), mod="hypothetical"),
    E("was stripped of his", "stripped", "COERCE", None, None, ("Bolot Temirov", "KGZ", "MED"),
      mo("2022-11", True), None),
    E("deported to Moscow", "deported", "COERCE", "deport", None, ("Bolot Temirov", "KGZ", "MED"),
      mo("2022-11", True), None),
    E("called the raids", "revenge", "ACCUSE", "disapprove", (("Temirov", "Temirov, who"), "KGZ", "MED"),
      None, None, None),
    E("the raids \"revenge", "raids", "COERCE", "censor", None, None, KG_TUE, None,
      speaker=("Temirov", "Temirov, who"), mod="reported", cl="kg-raid"),
])


PLACES.update({
    'Ulaanbaatar': (47.91, 106.88),  # geonameid 2028462
    'Baghdad': (33.34, 44.40),  # geonameid 98182
    'Stockholm': (59.33, 18.07),  # geonameid 2673730
})

MN = d("2025-06-03")
OYUN = ("Mongolia's Prime Minister Luvsannamsrain Oyun-Erdene", "MNG", "GOV")
A("32", "AFP", "2025-06-03",
  "Mongolian PM ousted in confidence vote after weeks of protests",
  "Mongolian PM ousted in confidence vote after weeks of protests\n"
  "ULAANBAATAR, June 3 (AFP) - Mongolia's Prime Minister Luvsannamsrain Oyun-Erdene lost a parliamentary "
  "confidence vote on Tuesday and announced his resignation, after weeks of youth-led protests over alleged lavish "
  "spending by his family.\n"
  "Only 44 of the 126 lawmakers backed Oyun-Erdene in the secret ballot, short of the 64 votes he needed, "
  "parliament said. He will stay on as caretaker until a successor is appointed within 30 days.\n"
  "\"It was an honour to serve my people,\" Oyun-Erdene said in a statement on Facebook.\n"
  "Hundreds of demonstrators gathered on Sukhbaatar Square in front of the State Palace on Tuesday, chanting "
  "\"Resigning is easy\" and waving banners. Police said the rally was peaceful and no one was detained.\n"
  "The protests began in mid-May after social media posts showed the prime minister's son and his girlfriend "
  "with designer handbags and a luxury car. Protesters demanded that Oyun-Erdene disclose his family's assets.\n"
  "The ruling Mongolian People's Party last week expelled the Democratic Party from the coalition government "
  "after some of its younger lawmakers backed the protesters' demands. The Democratic Party accused the prime "
  "minister of \"dragging the country into a political crisis to save himself\".\n"
  "Mongolia has seen peaceful transfers of power since 1990, when mass hunger strikes forced the communist "
  "Politburo to resign.",
  [
    E("Mongolian PM ousted", "ousted", "COERCE", None, None, ("Mongolian PM", "MNG", "GOV"), MN, None,
      cl="mn-oust"),
    E("lost a parliamentary", "lost", "COERCE", None, None, OYUN, MN, P("ULAANBAATAR", "Ulaanbaatar"),
      cl="mn-oust"),
    E("announced his resignation", "resignation", "RETREAT", "resign", OYUN, None, MN,
      P("ULAANBAATAR", "Ulaanbaatar")),
    E("demonstrators gathered on", "gathered", "PROTEST", "demo", ("Hundreds of demonstrators", "MNG", "CVL"),
      None, MN, P("Sukhbaatar Square", "Ulaanbaatar"), cl="mn-rally"),
    E("no one was detained", "detained", "COERCE", "arrest", None, None, MN, None, speaker="Police",
      mod="negated"),
    E("The protests began in mid-May", "protests", "PROTEST", "demo", None, None, mo("2025-05", True), None),
    E("Protesters demanded that", "demanded", "REQUEST", None, ("Protesters", "MNG", "CVL"),
      (("Oyun-Erdene", "demanded that Oyun-Erdene"), "MNG", "GOV"), None, None, mod="demanded"),
    E("expelled the Democratic Party", "expelled", "SANCTION", "discontinue",
      ("The ruling Mongolian People's Party", "MNG", "GOV"), ("the Democratic Party", "MNG", "GOV"),
      wk("2025-W22"), None),
    E("lawmakers backed the protesters", "backed", "SUPPORT", None, ("some of its younger lawmakers", "MNG", "LEG"),
      ("the protesters'", "MNG", "CVL"), None, None),
    E("The Democratic Party accused", "accused", "ACCUSE", "allege", ("The Democratic Party", "MNG", "OPP"),
      ("the prime minister", "MNG", "GOV"), None, None),
    E("mass hunger strikes", "hunger strikes", "PROTEST", "hunger", None, None, yr("1990"), None),
    E("Politburo to resign", "resign", "RETREAT", "resign", ("the communist Politburo", "MNG", "GOV"), None,
      yr("1990"), None),
])

IQ = d("2023-07-20")
SADRISTS = ("hundreds of supporters of Shiite cleric Muqtada al-Sadr", "IRQ", "CVL")
A("33", "Associated Press", "2023-07-20",
  "Iraq expels Swedish ambassador after protesters storm, set fire to embassy in Baghdad",
  "Iraq expels Swedish ambassador after protesters storm, set fire to embassy in Baghdad\n"
  "BAGHDAD (AP) - Iraq's government ordered the Swedish ambassador to leave the country on Thursday and recalled "
  "its charge d'affaires from Stockholm, hours after hundreds of supporters of Shiite cleric Muqtada al-Sadr "
  "stormed the Swedish Embassy in Baghdad and set it on fire.\n"
  "The protesters broke into the compound shortly after midnight in anger over a planned burning of a Quran "
  "outside the Iraqi Embassy in Stockholm later on Thursday. Security forces later used water cannons and "
  "electric batons to disperse the crowd and arrested about 20 people, the Iraqi News Agency reported, citing the "
  "Interior Ministry.\n"
  "Prime Minister Mohammed Shia al-Sudani's office said in a statement that Iraq would sever diplomatic relations "
  "with Sweden if the Quran burning went ahead. The Iraqi government also suspended the work permit of Swedish "
  "telecommunications company Ericsson on Iraqi soil, state television reported.\n"
  "Sweden's Foreign Minister Tobias Billstrom condemned the attack as \"completely unacceptable\" and said the "
  "Iraqi charge d'affaires in Stockholm had been summoned. \"The Iraqi authorities have a clear obligation to "
  "protect diplomatic missions,\" he told the TT news agency.\n"
  "The embassy's staff had been evacuated on Wednesday and no one was hurt, the Swedish Foreign Ministry said.\n"
  "Al-Sadr, who has a large following among Iraq's Shiite poor, had called for protests against Sweden last "
  "month after a man tore up and burned a Quran outside a Stockholm mosque on June 28. Two days later, his "
  "followers briefly entered the embassy compound.",
  [
    E("Iraq expels Swedish", "expels", "SANCTION", "expel", ("Iraq", "IRQ", "GOV"),
      ("Swedish ambassador", "SWE", "GOV"), IQ, None, cl="iq-expel"),
    E("protesters storm, set", "storm", "PROTEST", "riot", ("protesters", "IRQ", "CVL"), ("embassy", "SWE", "GOV"),
      IQ, "Baghdad", cl="iq-storm"),
    E("set fire to embassy", "set fire", "PROTEST", "riot", ("protesters", "IRQ", "CVL"),
      ("embassy", "SWE", "GOV"), IQ, "Baghdad", cl="iq-fire"),
    E("ordered the Swedish ambassador", "ordered", "SANCTION", "expel", ("Iraq's government", "IRQ", "GOV"),
      ("the Swedish ambassador", "SWE", "GOV"), IQ, P("BAGHDAD", "Baghdad"), cl="iq-expel"),
    E("recalled its charge", "recalled", "SANCTION", "withdraw", ("Iraq's government", "IRQ", "GOV"),
      ("Stockholm", "SWE", "GOV"), IQ, P("BAGHDAD", "Baghdad")),
    E("stormed the Swedish Embassy", "stormed", "PROTEST", "riot", SADRISTS,
      ("the Swedish Embassy", "SWE", "GOV"), IQ, P(("Baghdad", "Embassy in Baghdad"), "Baghdad"), cl="iq-storm"),
    E("set it on fire", "set it on fire", "PROTEST", "riot", SADRISTS, (("it", "set it"), "SWE", "GOV"), IQ,
      P(("Baghdad", "Embassy in Baghdad"), "Baghdad"), cl="iq-fire"),
    E("The protesters broke into", "broke into", "PROTEST", "riot", ("The protesters", "IRQ", "CVL"),
      ("the compound", "SWE", "GOV"), IQ, None, cl="iq-storm"),
    E("a planned burning of a Quran", "burning", "PROTEST", None, None, ("the Iraqi Embassy", "IRQ", "GOV"), IQ,
      P(("Stockholm", "Embassy in Stockholm"), "Stockholm"), mod="future", cl="iq-burn"),
    E("used water cannons", "used", "ASSAULT", "crowd-control", ("Security forces", "IRQ", "COP"),
      ("the crowd", "IRQ", "CVL"), IQ, P(("BAGHDAD", 1), "Baghdad"), speaker="the Interior Ministry",
      relays=["the Iraqi News Agency"], mod="reported"),
    E("arrested about 20 people", "arrested", "COERCE", "arrest", ("Security forces", "IRQ", "COP"),
      ("about 20 people", "IRQ", "CVL"), IQ, P(("BAGHDAD", 1), "Baghdad"), speaker="the Interior Ministry",
      relays=["the Iraqi News Agency"], mod="reported"),
    E("would sever diplomatic relations", "sever", "SANCTION", "discontinue", ("Iraq", "IRQ", "GOV"),
      ("Sweden", "SWE", "GOV"), None, None, speaker="Prime Minister Mohammed Shia al-Sudani's office",
      mod="conditional", cond="if the Quran burning went ahead"),
    E("the Quran burning went ahead", "burning", "PROTEST", None, None, None, IQ, None,
      speaker="Prime Minister Mohammed Shia al-Sudani's office", mod="hypothetical", cl="iq-burn"),
    E("suspended the work permit", "suspended", "COERCE", "restrict", ("The Iraqi government", "IRQ", "GOV"),
      ("Swedish telecommunications company Ericsson", "SWE", "BUS"), None, None, speaker="state television",
      mod="reported"),
    E("condemned the attack", "condemned", "ACCUSE", "disapprove",
      ("Sweden's Foreign Minister Tobias Billstrom", "SWE", "GOV"), None, None, None),
    E("the attack as", "attack", "ASSAULT", None, None, None, IQ, None,
      speaker="Sweden's Foreign Minister Tobias Billstrom", mod="reported", cl="iq-storm"),
    E("had been summoned", "summoned", "ACCUSE", "disapprove", None, ("the Iraqi charge d'affaires", "IRQ", "GOV"),
      None, P(("Stockholm", "affaires in Stockholm"), "Stockholm"),
      speaker="Sweden's Foreign Minister Tobias Billstrom", mod="reported"),
    E("had called for protests against Sweden", "called for", "REQUEST", None, ("Al-Sadr", "IRQ", "REL"), None,
      mo("2023-06", True), None, mod="demanded"),
    E("burned a Quran", "burned", "PROTEST", None, ("a man", None, "CVL"), None, d("2023-06-28", True),
      P(("Stockholm", "a Stockholm mosque"), "Stockholm")),
    E("followers briefly entered", "entered", "PROTEST", "riot", ("his followers", "IRQ", "CVL"),
      ("the embassy compound", "SWE", "GOV"), d("2023-06-30", True), None),
])


PLACES.update({
    'Imphal': (24.81, 93.94),  # geonameid 1269771
    'Manipur': (24.75, 93.83),  # ADM1, approximate point
    'Budapest': (47.50, 19.04),  # geonameid 3054643
    'Athens': (37.98, 23.73),  # geonameid 264371
    'Greece': (39.0, 22.0),  # GeoNames country point
    'Thessaloniki': (40.64, 22.94),  # geonameid 734077
})

MP_SAT, MP_SUN = d("2025-06-07"), d("2025-06-08")
A("34", "Press Trust of India", "2025-06-08",
  "Curfew, internet ban in five Manipur districts after arrest of Arambai Tenggol leader",
  "Curfew, internet ban in five Manipur districts after arrest of Arambai Tenggol leader\n"
  "IMPHAL: The Manipur government on Sunday imposed prohibitory orders in Imphal West, Imphal East, Thoubal, "
  "Kakching and Bishnupur districts and suspended internet and mobile data services for five days after protests "
  "erupted over the arrest of a leader of the Meitei group Arambai Tenggol, officials said.\n"
  "Asem Kanan Singh was arrested by the Central Bureau of Investigation at the Imphal airport on Saturday night and "
  "flown to Guwahati, police said. He faces charges in connection with the abduction of a police officer in "
  "February last year.\n"
  "Protesters burnt tyres and a bus on the streets of Imphal and attempted to storm the Kwakeithel police outpost, "
  "officials said. Security forces fired tear gas shells and mock bombs to disperse them. At least three people "
  "were injured.\n"
  "Members of Arambai Tenggol threatened to launch an indefinite shutdown if Singh was not released within 48 "
  "hours. \"The arrest of our leader is an attempt to crush the Meitei people,\" a spokesman for the group said in "
  "a video posted on social media.\n"
  "Governor Ajay Kumar Bhalla appealed for calm and warned that anyone indulging in violence would be dealt with "
  "sternly, a statement from Raj Bhavan said.\n"
  "Manipur has been under President's rule since February 13, after Chief Minister N. Biren Singh resigned. "
  "Ethnic violence between the Meitei and Kuki-Zo communities that broke out on May 3, 2023 has killed more than "
  "250 people.",
  [
    E("Curfew, internet ban in five", "Curfew", "COERCE", "curfew", None, None, MP_SUN, P("Manipur", "Manipur"),
      cl="mp-curfew"),
    E("internet ban in five", "internet ban", "COERCE", "censor", None, None, MP_SUN, P("Manipur", "Manipur"),
      cl="mp-net"),
    E("after arrest of Arambai", "arrest", "COERCE", "arrest", None, ("Arambai Tenggol leader", "IND", "UAF"),
      MP_SAT, None, cl="mp-arrest"),
    E("imposed prohibitory orders", "prohibitory orders", "COERCE", "restrict",
      ("The Manipur government", "IND", "GOV"), None, MP_SUN, None, speaker="officials", mod="reported",
      cl="mp-curfew"),
    E("suspended internet and mobile", "suspended", "COERCE", "censor", ("The Manipur government", "IND", "GOV"),
      None, MP_SUN, None, speaker="officials", mod="reported", cl="mp-net"),
    E("after protests erupted", "protests", "PROTEST", "demo", None, None, None, None, speaker="officials",
      mod="reported"),
    E("over the arrest of a leader", "arrest", "COERCE", "arrest", None,
      ("a leader of the Meitei group Arambai Tenggol", "IND", "UAF"), MP_SAT, None, speaker="officials",
      mod="reported", cl="mp-arrest"),
    E("Singh was arrested by the Central", "arrested", "COERCE", "arrest",
      ("the Central Bureau of Investigation", "IND", "COP"), ("Asem Kanan Singh", "IND", "UAF"), MP_SAT,
      P("Imphal", "Imphal"), speaker="police", mod="reported", cl="mp-arrest"),
    E("He faces charges", "faces", "ACCUSE", "allege", None, ("He", "IND", "UAF"), None, None),
    E("the abduction of a police officer", "abduction", "ASSAULT", "abduct", None,
      ("a police officer", "IND", "COP"), mo("2024-02", True), None, mod="reported"),
    E("Protesters burnt tyres", "burnt", "PROTEST", "riot", ("Protesters", "IND", "CVL"), None, None,
      P("Imphal", "Imphal"), speaker="officials", mod="reported"),
    E("attempted to storm", "storm", "PROTEST", "riot", ("Protesters", "IND", "CVL"),
      ("the Kwakeithel police outpost", "IND", "COP"), None, None, speaker="officials", mod="reported"),
    E("Security forces fired tear gas", "fired", "ASSAULT", "crowd-control", ("Security forces", "IND", "COP"),
      (("them", "disperse them"), "IND", "CVL"), None, None),
    E("threatened to launch", "threatened", "THREATEN", None, ("Members of Arambai Tenggol", "IND", "UAF"), None,
      None, None, mod="threatened"),
    E("if Singh was not released", "released", "RETREAT", "release", None, ("Singh", "IND", "UAF"), None, None,
      speaker="Members of Arambai Tenggol", mod="hypothetical"),
    E("an attempt to crush", "attempt", "ACCUSE", "disapprove", ("a spokesman for the group", "IND", "UAF"), None,
      None, None, speaker="a spokesman for the group", relays=["social media"], mod="reported"),
    E("The arrest of our leader", "arrest", "COERCE", "arrest", None, ("our leader", "IND", "UAF"), MP_SAT, None,
      speaker="a spokesman for the group", relays=["social media"], mod="reported",
      cl="mp-arrest"),
    E("appealed for calm", "appealed", "REQUEST", None, ("Governor Ajay Kumar Bhalla", "IND", "GOV"), None, None,
      None, relays=["Raj Bhavan"], mod="demanded"),
    E("would be dealt with sternly", "dealt with", "THREATEN", None, ("Governor Ajay Kumar Bhalla", "IND", "GOV"),
      ("anyone indulging in violence", "IND", None), None, None, relays=["Raj Bhavan"],
      mod="threatened"),
    E("under President's rule since", "President's rule", "COERCE", "restrict", None, ("Manipur", "IND", "GOV"),
      d("2025-02-13", True), None),
    E("Biren Singh resigned", "resigned", "RETREAT", "resign", ("Chief Minister N. Biren Singh", "IND", "GOV"),
      None, None, None),
    E("Ethnic violence between", "violence", "ASSAULT", None, ("the Meitei", "IND", "CVL"),
      ("Kuki-Zo communities", "IND", "CVL"), d("2023-05-03", True), None),
])

HU_THU, HU_FRI = d("2025-06-19"), d("2025-06-20")
A("35", "Reuters", "2025-06-20",
  "Budapest mayor vows Pride march will go ahead despite police ban",
  "Budapest mayor vows Pride march will go ahead despite police ban\n"
  "BUDAPEST, June 20 (Reuters) - Hungarian police on Thursday banned this month's Budapest Pride march, citing a "
  "new law, but the city's liberal mayor said the event would go ahead as a municipal celebration that needed no "
  "permit.\n"
  "Police said the march, planned for June 28, would violate legislation passed in March that prohibits events "
  "deemed to promote homosexuality to minors, and warned that participants could be fined up to 500 euros.\n"
  "\"There will be no police permit, and none is needed,\" Mayor Gergely Karacsony said in a video on Facebook. "
  "\"If the police try to stop the march, they will have to answer to the people of Budapest.\"\n"
  "Prime Minister Viktor Orban told state radio on Friday that organisers would face \"legal consequences\".\n"
  "Twenty EU member states urged Hungary to revoke the law in a joint declaration on Wednesday, and the European "
  "Commission called on Budapest to let the march proceed. EU equality commissioner Hadja Lahbib said she would "
  "attend.\n"
  "Hungary's parliament passed the law in March, days after opposition lawmakers set off smoke bombs in the "
  "chamber in protest. Tens of thousands marched in Budapest in 2021 after parliament approved a law banning the "
  "depiction of homosexuality in school materials.",
  [
    E("Pride march will go ahead", "march", "PROTEST", "demo", None, None, d("2025-06-28"), None,
      speaker="Budapest mayor", mod="future", cl="hu-march"),
    E("despite police ban", "ban", "COERCE", "restrict", ("police", "HUN", "COP"), None, HU_THU, None,
      cl="hu-ban"),
    E("police on Thursday banned", "banned", "COERCE", "restrict", ("Hungarian police", "HUN", "COP"), None, HU_THU,
      P("BUDAPEST", "Budapest"), cl="hu-ban"),
    E("the event would go ahead", "event", "PROTEST", "demo", None, None, d("2025-06-28"), None,
      speaker="the city's liberal mayor", mod="future", cl="hu-march"),
    E("Police said the march", "march", "PROTEST", "demo", None, None, d("2025-06-28"), None, speaker="Police",
      mod="future", cl="hu-march"),
    E("warned that participants", "warned", "THREATEN", None, ("Police", "HUN", "COP"),
      ("participants", "HUN", "CVL"), None, None, mod="threatened"),
    E("they will have to answer", "answer", "THREATEN", None, (("Mayor Gergely Karacsony", 1), "HUN", "GOV"),
      (("they", "march, they"), "HUN", "COP"), None, None, speaker=("Mayor Gergely Karacsony", 1),
      relays=[("Facebook", 1)], mod="threatened"),
    E("If the police try to stop", "stop", "COERCE", "restrict", ("the police", "HUN", "COP"), None, None, None,
      speaker=("Mayor Gergely Karacsony", 1), relays=[("Facebook", 1)], mod="hypothetical"),
    E("\"legal consequences\"", "consequences", "THREATEN", None, ("Prime Minister Viktor Orban", "HUN", "GOV"),
      ("organisers", "HUN", "CVL"), HU_FRI, P(("BUDAPEST", 1), "Budapest"),
      speaker="Prime Minister Viktor Orban", relays=["state radio"], mod="threatened"),
    E("urged Hungary to revoke", "urged", "REQUEST", "change", ("Twenty EU member states", None, "GOV"),
      ("Hungary", "HUN", "GOV"), d("2025-06-18"), None, mod="demanded"),
    E("Commission called on Budapest", "called on", "REQUEST", None, ("the European Commission", None, "IGO"),
      ("Budapest", "HUN", "GOV"), None, None, mod="demanded"),
    E("she would attend", "attend", "PROTEST", "demo", (("she", "she would attend"), None, "IGO"), None,
      d("2025-06-28"), None, speaker="EU equality commissioner Hadja Lahbib", mod="future", cl="hu-march"),
    E("set off smoke bombs", "set off", "PROTEST", None, ("opposition lawmakers", "HUN", "OPP"), None,
      mo("2025-03", True), None),
    E("Tens of thousands marched", "marched", "PROTEST", "demo", ("Tens of thousands", "HUN", "CVL"), None,
      yr("2021"), P(("Budapest", "marched in Budapest"), "Budapest")),
])

GR = d("2025-02-28")
A("36", "Associated Press", "2025-02-28",
  "Greek police fire tear gas as hundreds of thousands protest on anniversary of deadly train crash",
  "Greek police fire tear gas as hundreds of thousands protest on anniversary of deadly train crash\n"
  "ATHENS, Greece (AP) - Greek riot police fired tear gas and stun grenades at protesters outside parliament on "
  "Friday as hundreds of thousands of people rallied across the country on the second anniversary of the "
  "country's deadliest rail disaster, demanding accountability.\n"
  "A general strike shut down flights, ferries and trains, and most shops in central Athens closed. Protesters "
  "hurled petrol bombs and stones at police in Syntagma Square, and a group of masked youths set fire to a kiosk, "
  "police said. At least 40 people were detained.\n"
  "The head-on collision between a passenger train and a freight train near Tempi on Feb. 28, 2023, killed 57 "
  "people, most of them university students. Relatives of the victims accuse the government of trying to cover up "
  "the causes of the crash, a charge it denies.\n"
  "\"We want justice, not promises,\" said Maria Karystianou, whose daughter died in the crash and who heads the "
  "victims' families association.\n"
  "Prime Minister Kyriakos Mitsotakis promised that all those responsible would be held accountable. Opposition "
  "parties said they would submit a motion of censure against the government next week.\n"
  "A stationmaster was charged with manslaughter shortly after the crash, and a trial of 36 people including "
  "railway officials is expected to begin later this year. Rallies were also held in Thessaloniki, where police "
  "used water cannon against a group of demonstrators who tried to break through a police cordon.",
  [
    E("Greek police fire tear gas", "fire", "ASSAULT", "crowd-control", ("Greek police", "GRC", "COP"), None, GR,
      None, cl="gr-gas"),
    E("hundreds of thousands protest", "protest", "PROTEST", "demo", ("hundreds of thousands", "GRC", "CVL"),
      None, GR, None, cl="gr-rally"),
    E("riot police fired tear gas", "fired", "ASSAULT", "crowd-control", ("Greek riot police", "GRC", "COP"),
      ("protesters", "GRC", "CVL"), GR, P("ATHENS", "Athens"), cl="gr-gas"),
    E("people rallied across the country", "rallied", "PROTEST", "demo",
      ("hundreds of thousands of people", "GRC", "CVL"), None, GR, P("the country", "Greece"), cl="gr-rally"),
    E("A general strike shut down", "strike", "PROTEST", "strike", None, None, GR, None),
    E("Protesters hurled petrol bombs", "hurled", "PROTEST", "riot", ("Protesters", "GRC", "CVL"),
      ("police", "GRC", "COP"), GR, P("Syntagma Square", "Athens"), speaker=("police", "kiosk, police"),
      mod="reported"),
    E("youths set fire to a kiosk", "set fire", "PROTEST", "riot", ("a group of masked youths", "GRC", "CVL"),
      ("a kiosk", "GRC", "BUS"), GR, P("Syntagma Square", "Athens"), speaker=("police", "kiosk, police"),
      mod="reported"),
    E("At least 40 people were detained", "detained", "COERCE", "arrest", None, ("At least 40 people", "GRC", "CVL"),
      GR, None),
    E("Relatives of the victims accuse", "accuse", "ACCUSE", "allege", ("Relatives of the victims", "GRC", "CVL"),
      ("the government", "GRC", "GOV"), None, None),
    E("a charge it denies", "denies", "REJECT", None, (("it", "charge it"), "GRC", "GOV"), None, None, None),
    E("Mitsotakis promised that", "promised", "THREATEN", "arrest",
      ("Prime Minister Kyriakos Mitsotakis", "GRC", "GOV"), ("all those responsible", "GRC", None), None, None,
      mod="threatened"),
    E("submit a motion of censure", "motion of censure", "ACCUSE", "disapprove",
      (("they", "said they"), "GRC", "OPP"), ("the government", "GRC", "GOV"), wk("2025-W10"), None,
      speaker="Opposition parties", mod="future"),
    E("A stationmaster was charged", "charged", "ACCUSE", "allege", None, ("A stationmaster", "GRC", "CVL"),
      yr("2023"), None),
    E("a trial of 36 people", "trial", "ACCUSE", "allege", None, ("36 people including railway officials", "GRC", None),
      yr("2025", False), None, mod="future"),
    E("Rallies were also held", "Rallies", "PROTEST", "demo", None, None, GR, P("Thessaloniki", "Thessaloniki")),
    E("used water cannon against", "used", "ASSAULT", "crowd-control", (("police", "where police"), "GRC", "COP"),
      ("a group of demonstrators", "GRC", "CVL"), GR, P("Thessaloniki", "Thessaloniki")),
    E("tried to break through", "break through", "PROTEST", "riot", (("who", "demonstrators who"), "GRC", "CVL"),
      ("a police cordon", "GRC", "COP"), GR, P("Thessaloniki", "Thessaloniki")),
])


# --- Look-alikes: an accident with one event, a typhoon, a football match and an
# earnings story with no events ----------------------------------------------------
A("37", "Press Trust of India", "2023-11-16",
  "36 killed as bus plunges into gorge in J&K's Doda; case registered against owner",
  "36 killed as bus plunges into gorge in J&K's Doda; case registered against owner\n"
  "JAMMU: At least 36 people were killed and 19 injured when an overloaded bus skidded off the road and plunged "
  "nearly 300 feet into a gorge near Assar in Jammu and Kashmir's Doda district on Wednesday, officials said.\n"
  "The bus, carrying 55 passengers from Kishtwar to Jammu, lost control at a sharp bend on the Batote-Kishtwar "
  "highway, they said. Army and police personnel and local volunteers pulled the injured out of the wreckage and "
  "shifted them to hospitals in Doda and Jammu. Three of the critically injured were airlifted to Jammu by an "
  "Indian Air Force helicopter.\n"
  "Police have registered a case against the owner of the bus for overloading and negligence, Senior "
  "Superintendent of Police Abdul Qayoom said. The driver was among those killed.\n"
  "Lieutenant Governor Manoj Sinha expressed grief and announced an ex gratia of Rs 5 lakh for the next of kin "
  "of each of the deceased. Prime Minister Narendra Modi said he was anguished by the accident.\n"
  "The regional transport office has ordered an inquiry into the fitness of the vehicle, which was 17 years old.",
  [
    E("Police have registered a case", "registered", "ACCUSE", "allege", ("Police", "IND", "COP"),
      ("the owner of the bus", "IND", "BUS"), None, None,
      speaker="Senior Superintendent of Police Abdul Qayoom", mod="reported", cl="dd-case"),
    E("case registered against owner", "registered", "ACCUSE", "allege", None, ("owner", "IND", "BUS"), None, None,
      cl="dd-case"),
    E("has ordered an inquiry", "inquiry", "ACCUSE", "investigate", ("The regional transport office", "IND", "GOV"),
      None, None, None),
])

A("38", "Focus Taiwan", "2024-10-03",
  "Typhoon Krathon makes landfall in Kaohsiung, two dead",
  "Typhoon Krathon makes landfall in Kaohsiung, two dead\n"
  "Taipei, Oct. 3 (CNA) Typhoon Krathon made landfall in Kaohsiung's Siaogang District shortly after noon on "
  "Thursday, bringing torrential rain and gusts of up to 150 kilometers per hour to southern Taiwan, the Central "
  "Weather Administration (CWA) said.\n"
  "Two people were killed and at least 130 injured as the storm pounded the island, the Central Emergency "
  "Operation Center said. More than 11,000 residents were evacuated from mountainous areas in southern and "
  "eastern Taiwan.\n"
  "Work and classes were canceled in all of Taiwan's cities and counties for a second day, and more than 300 "
  "domestic and international flights were grounded. The Ministry of National Defense said it had deployed about "
  "2,000 soldiers to help with relief efforts and had placed another 30,000 on standby.\n"
  "The CWA warned that the typhoon would weaken as it crossed the Central Mountain Range, but said heavy rain "
  "could trigger landslides and flash floods in the south until Friday.\n"
  "Krathon is the first typhoon to make landfall in Kaohsiung since Typhoon Thelma in 1977, which killed 37 "
  "people.",
  [])

A("39", "Kun.uz", "2025-06-06",
  "Uzbekistan storm into first World Cup after holding UAE in Abu Dhabi",
  "Uzbekistan storm into first World Cup after holding UAE in Abu Dhabi\n"
  "Uzbekistan qualified for the World Cup for the first time on Thursday after a goalless draw against the "
  "United Arab Emirates in Abu Dhabi, ending decades of near misses for the Central Asian country.\n"
  "The hosts laid siege to the Uzbek goal in the second half, firing shot after shot from distance, but "
  "goalkeeper Utkir Yusupov repelled every attack. At the other end, captain Eldor Shomurodov struck the post "
  "in the 71st minute.\n"
  "\"We fought like soldiers for every ball,\" coach Timur Kapadze told reporters. \"This victory belongs to the "
  "whole nation.\"\n"
  "Thousands of fans took to the streets of Tashkent after the final whistle, waving flags and honking car "
  "horns until dawn. President Shavkat Mirziyoyev congratulated the team in a message on Telegram and declared "
  "Friday a day off.\n"
  "Uzbekistan, who lost a playoff to Bahrain in 2005 and were knocked out by South Korea in 2013 on goal "
  "difference, will join Japan, Iran, South Korea, Jordan and Australia as Asia's qualifiers for the expanded "
  "48-team tournament.",
  [
    E("Mirziyoyev congratulated the team", "congratulated", "SUPPORT", None,
      ("President Shavkat Mirziyoyev", "UZB", "GOV"), ("the team", "UZB", None), None, None,
      relays=["Telegram"]),
  ])

A("40", "The Korea Herald", "2025-07-25",
  "SK hynix posts record profit, widens lead over Samsung in AI memory war",
  "SK hynix posts record profit, widens lead over Samsung in AI memory war\n"
  "SK hynix on Thursday reported a record second-quarter operating profit of 9.2 trillion won ($6.7 billion), up "
  "68 percent from a year earlier, as demand for its high-bandwidth memory chips used in artificial intelligence "
  "servers continued to soar.\n"
  "The chipmaker, which overtook Samsung Electronics as the world's largest memory maker by revenue in the first "
  "quarter, said it would \"aggressively defend\" its lead in HBM, where it supplies most of Nvidia's needs.\n"
  "Samsung, which is due to report its results next week, has struggled to win Nvidia's approval for its latest "
  "HBM chips. Analysts said the two rivals were locked in a \"war of attrition\" over pricing, with Micron "
  "Technology attacking both from the low end of the market.\n"
  "\"We will not surrender an inch of this market,\" SK hynix chief financial officer Kim Woo-hyun told analysts "
  "on a conference call. Shares of SK hynix rose 2.1 percent in Seoul, while Samsung fell 0.8 percent.",
  [])


# GeoVirus partition (odd document numbers), MEANTIME partition (odd doc_id),
# ECB+ topics 35, 30, 27, 23 (at most five texts): rec_o takes the rest.
def check_partition(batch: Batch) -> None:
    ecb = 0
    for art in batch.articles:
        src = art["source"]
        if src.startswith("geovirus:"):
            assert int(src.rsplit("-", 1)[1]) % 2 == 1, src
        elif src.startswith("meantime:"):
            assert int(src.split(":")[1]) % 2 == 1, src
        elif src.startswith("ecbplus:"):
            ecb += 1
            assert re.match(r"ecbplus:(35|30|27|23)_", src), src
    assert ecb <= 5, ecb


SHARED = shared_data(__file__)


def main():
    check_unused(BATCH)
    check_partition(BATCH)
    check_real_sources(BATCH, SHARED)
    # relabel56 (a): an authority's future refusal ("will not allow anyone
    # to ...") is COERCE `restrict` `future` (docs/annotation.md, "Questions
    # decided (relabel56, 2026-12-06)"), appended at the article's end so no
    # event index a relabel table names moves.
    relabel56 = {
        "rec_p-22": [
            E("Finland will not allow its border", "allow", "COERCE", "restrict", ("Finland", "FIN", "GOV"), None, None, None, speaker=("Orpo", "Orpo told a news conference"), mod="future"),  # relabel56
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel56.get(art["id"], []))
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_p-21": [
            E("in corruption probe", "probe", "ACCUSE", "investigate", None, None, None, None, cl="tr-probe"),  # relabel62 (e): the headline's probe
            E("In the second investigation", "investigation", "ACCUSE", "investigate", None, None, None, None, cl="tr-probe"),  # relabel62 (e)
        ],
        "rec_p-20": [
            E("rejected suggestions that the investigation", "investigation", "ACCUSE", "investigate", None, None, None, None, cl="tr-probe"),  # relabel62 (e): the investigation told again
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    BATCH.write()


if __name__ == "__main__":
    main()
