"""Build tests/data/records/rec_m.jsonl: gold whole-record events (batch rec_m).

rec_m is the BLIND SET after rec_l: every article has ``"split": "blind"``,
and every label was written before eventwire ever ran on any of these texts
(no pipeline, no ``eval records``, no spaCy on them while labelling, no
eventwire rule code read, and no system output looked at). Run it once, at
the end of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_m.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0; header lines before the headline and
  lines at the end may be cut, never a line in between), one MEANTIME
  Wikinews article (``meantime:<doc_id>``, CC BY 4.0) and GeoVirus Wikinews
  articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only the text
  is copied, none of GeoVirus' annotation). No document used by rec_a..rec_l
  is used again. A text with no headline line takes its first sentence as
  title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles: relays through agencies and broadcasters,
  threats, conditions, denials, recollections of old events with explicit and
  relative dates, one story told by several outlets.

Labels follow docs/annotation.md, including its Batch d..l decisions and the
"Batch m decisions". Spans are located by needle strings, never by
hand-counted offsets (the conventions of ``needles.py``):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames' country
point, other features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_m.py
"""


from needles import Batch, E, P, check_real_sources, d, mo, shared_data, with_title, wk, yr

PLACES = {
    'Gulf of Aden': (12.0, 48.0),  # as rec_c, rec_j and rec_l
    'Aden': (12.78, 45.04),  # geonameid 415189
    'Somalia': (6.0, 48.0),  # country point, geonameid 51537
    'Yemen': (15.5, 47.5),  # country point, geonameid 69543
    'Mombasa': (-4.05, 39.66),  # geonameid 186301
    'Atlanta': (33.75, -84.39),  # geonameid 4180439
    'Gwinnett County': (33.96, -84.02),  # ADM2, approximate point
    'Woodburn': (45.14, -122.86),  # geonameid 5761708
    'Vancouver': (49.25, -123.12),  # geonameid 6173331
    'New Bedford': (41.64, -70.93),  # geonameid 4945283
    'Brooklyn': (40.65, -73.95),  # geonameid 5110302
    'Brownsville': (40.66, -73.91),  # Brooklyn neighbourhood, approximate point
    'Athens': (37.98, 23.73),  # geonameid 264371
    'Exarchia': (37.99, 23.73),  # Athens neighbourhood, approximate point
    'Springfield': (37.22, -93.3),  # Springfield, Missouri, geonameid 4409896
    'Hawaiian Gardens': (33.83, -118.07),  # geonameid 5355828
    'Chino': (34.01, -117.69),  # geonameid 5336477
    'Wanborough': (51.23, -0.67),  # Wanborough, Surrey, approximate point
    'UK': (54.76, -2.7),  # country point, geonameid 2635167
    'France': (46.0, 2.0),  # country point, geonameid 3017382
    'Randwick': (-33.91, 151.24),  # Randwick racecourse, Sydney, approximate point
    'Melbourne': (-37.81, 144.96),  # geonameid 2158177
    'Hong Kong': (22.28, 114.17),  # geonameid 1819729
    'London': (51.51, -0.13),  # geonameid 2643743
    'Sydney': (-33.87, 151.21),  # geonameid 2147714
    'Port Sudan': (19.62, 37.22),  # geonameid 377039
    'El Fasher': (13.63, 25.35),  # geonameid 379062
    'Jeddah': (21.49, 39.19),  # geonameid 105343
    'Babanusa': (11.33, 27.81),  # approximate point
    'Khartoum': (15.55, 32.53),  # geonameid 379252
    'Zvecan': (42.91, 20.84),  # approximate point
    'Banjska': (42.98, 20.78),  # village near Zvecan, approximate point
    'Kosovo': (42.58, 20.89),  # GeoNames country point of Kosovo (XK)
    'Lebanon': (33.83, 35.83),  # country point, geonameid 272103
    'Nabatieh': (33.38, 35.48),  # geonameid 268064
    'Kfar Kila': (33.28, 35.55),  # approximate point
    'Mount Dov': (33.31, 35.73),  # Shebaa Farms area, approximate point
    'Cuyuni River': (6.6, -60.0),  # lower Cuyuni, Guyana, approximate point
    'Georgetown': (6.8, -58.16),  # geonameid 3378644
    'Roraima': (2.0, -61.4),  # Brazilian state (ADM1), approximate point
    'Bamako': (12.65, -8.0),  # geonameid 2460596
    'Sagaing region': (22.5, 95.7),  # Sagaing Region (ADM1), approximate point near its south
    'Lin Ta Lu': (21.95, 95.9),  # village in Sagaing township, approximate point
    'Nairobi': (-1.29, 36.82),  # geonameid 184745
    'Matuu': (-1.15, 37.53),  # approximate point
    'Bahir Dar': (11.59, 37.39),  # geonameid 342884
    'Pretoria': (-25.74, 28.19),  # geonameid 964137
    'Gondar': (12.6, 37.47),  # geonameid 335035
    'Juba': (4.85, 31.58),  # geonameid 373303
    'Nasir': (8.6, 33.07),  # approximate point
    'Upper Nile': (10.0, 32.7),  # state (ADM1), approximate point
    'Persian Gulf': (26.0, 52.0),  # approximate point
    'Khor Fakkan': (25.34, 56.35),  # geonameid 291279
    'Strait of Hormuz': (26.57, 56.25),  # approximate point
}
TEXTS = {
    'ecbplus:12_3ecb': (
        'Striking another blow against the pirates infesting the waters off the Horn of Africa, an Indian Navy warship not only repulsed an attack on a merchant vessel in the Gulf of Aden, but nabbed 23 Somali and Yemeni sea brigands.\n'
        'The pirates, in three boats, were attempting to hijack the Ethopian-flagged merchant vessel around noon today, when the destroyer INS Mysore intervened and repulsed the attack, a Navy spokesman said here.\n'
        'The incident took place about 150 nautical miles off Aden.\n'
        'After the Mysore picked up a distress call from the merchant vessel, MV Gibe, at around 11 a.m. saying it was under attack, it immediately lauched its helicopter and headed for the scene\n'
        'On sighting the helicopter and the Mysore, the pirates broke off their attack and attempted to escape, but the warship chased them down.\n'
        'Marine commandos boarded two of the pirate vessels to nab 12 Somali and 11 Yemeni pirates.\n'
        'Nine assault rifles, a grenade launcher, 13 fully loaded magazines and a GPS receiver were seized from the pirates, the Navy spokesman said.\n'
        'The larger boat, a 10-metre dhow, is named the Salahaddin.\n'
        'It had a smaller boat, a skiff, under tow, Navy sources said.\n'
        'The INS Mysore later escorted the MV Gibe to safety.\n'
        "The pirates are being held on board the Mysore and will be handed over to appropriate authorities ashore, possibly at Djibouti in Ivory Coast, the warship's next port of call.\n"
        "Today's operation is the fourth successful offensive by the Navy in the heart of the pirates ' zone of operations.\n"
        'Last month, the INS Tabar, a missile-frigate, had sunk a Thai trawler that was being used as a mothership by the pirates and also rescued two merchant vessels that were under attack.'
    ),
    'ecbplus:12_4ecb': (
        'The Indian navy captured 23 pirates who threatened a merchant vessel in the lawless waters of the Gulf of Aden and a German naval helicopter thwarted another attack Saturday on a freighter being chased by speedboats off Yemen.\n'
        "The successes came days before Secretary of State Condoleezza Rice was to ask the United Nations to authorize ``all necessary measures'' against increasingly bold Somalian pirates operating in one of the world's busiest shipping lanes.\n"
        "An Indian navy ship, the INS Mysore, was escorting merchant ships in waters off Somalia's coast Saturday when it received a distress call from seamen on board the MV Gibe, who said they were being fired on by two boats that were approaching fast.\n"
        'The Mysore and its helicopter sped to the scene, and the pirate boats attempted to escape when they saw them, according to a statement from the Indian government.\n'
        "Indian marine commandoes boarded the pirate boats and seized ``a substantial cache of arms and equipment,'' including seven AK-47 assault rifles, three machine guns, a rocket-propelled grenade launcher and other weapons, the statement said.\n"
        'They also found a GPS receiver and other equipment.\n'
        'The pirates were from Somalia and Yemen, two countries on the coast of the Gulf of Aden.\n'
        'The Gibe was flying an Ethiopian flag but little else was known about it, the Indian statement said.\n'
        "Last month, India's navy drew criticism after sinking a Thai fishing trawler that had been commandeered hours earlier by pirates.\n"
        "At least one Thai crew member was killed in the attack, which the Indian navy had originally announced by saying it had sunk a pirate ``mother ship.''\n"
        'The Indian navy defended its actions, saying it had fired in self-defense.'
    ),
    'ecbplus:12_5ecb': (
        'Striking yet another blow at the very heart of piracy in the Gulf of Aden, Indian warship INS Mysore and its marine commandos thwarted a hijack attempt on an Ethiopian merchant vessel on Saturday and captured 23 pirates and a large arms cache in the operation.\n'
        'The arrest of the 23 pirates (12 Somali and 11 Yemeni) and the arms haul is the largest such seizure in the ongoing anti-piracy operations off Somalia.\n'
        'The confiscated arms and equipment included seven AK-47s, three other assault rifles, 13 loaded magazines, a rocket-propelled grenade launcher with two rockets, several grenades, a GPS set and a mobile phone.\n'
        'Early November, the British Royal Navy had captured eight pirates, who were subsequently handed over to Kenya to face trial in the port town of Mombasa.\n'
        "``The external affairs ministry is now working to find out to which country the 23 pirates in INS Mysore's custody can be handed over,'' said a senior officer."
    ),
    'ecbplus:12_8ecb': (
        'The Indian navy captured 23 piracy suspects who tried to take over a merchant vessel in the Gulf of Aden, between the Horn of Africa and the Arabian Peninsula, Indian officials said.\n'
        'Piracy suspects raise their hands in surrender as an Indian navy boat approaches.\n'
        "In addition to the 12 Somali and 11 Yemeni suspects, the Indian navy seized two small boats and ``a substantial cache of arms and equipment,'' the military said in a statement.\n"
        'Among the seized items were seven AK-47 automatic rifles, three other automatic weapons and 13 loaded magazines; a rocket-propelled grenade launcher along with rockets, cartridges and grenades; up to three outboard motors and a global positioning system receiver.\n'
        'Pirate attacks in the waters off Somalia have increased this year, with armed men staging increasingly bold attacks on ever-larger targets.\n'
        "This year, pirates have attacked nearly 100 vessels off Somalia's coast and hijacked nearly 40, the International Maritime Bureau said.\n"
        "The Indian warship Mysore, which carried out Saturday's operation, is on anti-piracy patrol in the Gulf of Aden, the release said.\n"
        'The Mysore received a distress call Saturday morning from the MV Gibe, a merchant vessel sailing under an Ethiopian flag.\n'
        'The Gibe reported that two boats were firing small arms at it.\n'
        'The merchant ship, which was 13 nautical miles from the Mysore, fired back with small arms onboard the vessel.\n'
        'The Mysore changed course toward the Gibe and launched an armed helicopter, the Indian military said.\n'
        'Upon seeing the helicopter and the Mysore closing in, the attackers broke off and tried to flee, the release said.\n'
        'The warship caught up to the boats, the larger of which was described as a 24- to 30-foot dhow, a traditional Arab sailboat.\n'
        'The dhow, identified as bearing the name Salahaddin, was towing a smaller skiff.\n'
        'Indian sailors boarded the Salahaddin, the military said, and the 23 suspects surrendered peacefully.\n'
        'The suspects, weapons, ammunition and equipment will be handed over to authorities, and the Mysore will return to patrol duties, India said.'
    ),
    'ecbplus:3_3ecb': (
        'Former Kutztown University football player Brian Nichols has received a sentence of life in prison without parole for a March 2005 shooting spree in an Atlanta courthouse, according to reports.\n'
        'According to reports in an Atlanta newspaper:\n'
        'Nichols was sentenced Saturday morning to seven life sentences and four sentences of life without parole plus 485 years.\n'
        "Nichols was being tried for rape in March 2005 when he overpowered a female sheriff's deputy, took her gun and shot the judge in his rape trial and the court reporter.\n"
        "Outside the courtroom, Nichols shot and killed a sheriff's deputy sergeant.\n"
        'Later that day, as he attempted to elude police, he shot and killed a U.S. Customs agent.\n'
        'He later made it to Gwinnett County where he kidnapped a woman who says she talked Nichols into surrendering.'
    ),
    'ecbplus:3_6ecb': (
        'An Atlanta judge sentenced Brian Nichols to life in prison Saturday morning.\n'
        "He's the former Kutztown University football player who went on a shooting rampage at an Atlanta courthouse in 2005, killing four people.\n"
        'The jury was unable to come to a decision after 30 hours of deliberation.\n'
        'The judge, by law sentenced Nichols to consecutive maximum sentences on each of his charges.\n'
        'While Nichols did not recieve the death penalty, he will likely die in prison.\n'
        'Death sentences in Georgia require a unanimous decision by a jury.\n'
        'Nichols faced more than 50 charges in the case.\n'
        "He was on trial for rape in 2005 in an Atlanta courtroom when he grabbed a guard's gun, fatally shooting a judge, court reporter, sherrif's deputy and later, a federal agent."
    ),
    'ecbplus:3_5ecb': (
        'A judge in Fulton County, Ga., sentenced Brian Nichols Saturday to multiple life prison sentences for his deadly 2005 rampage at Fulton Courthouse.\n'
        'Superior Court Judge James Bodiford sentenced Nichols to seven consecutive life sentences and four sentences of life without parole for the March 11, 2005, incident that left four people dead, The Atlanta Journal-Constitution reported.\n'
        "``You'll be pleased to know that I'm not going to lecture too much this morning,'' Bodiford said.\n"
        "``I'm not going to express outrage and I'm not going to express any feelings might have.\n"
        'The jury has spoken and I respect the jury.\n'
        "I think the jury did everything it could to come up with a unanimous sentence.''\n"
        "Nichols was convicted of overpowering a sheriff's deputy before killing Superior Court Judge Rowland Barnes, court reporter Julie Ann Brandau, Sheriff's Deputy Sgt. Hoyt Teasley and U.S. Customs Agent David Wilhelm.\n"
        'The Journal-Constitution said Nichols, who also received an additional sentence of 485 years, offered a show of remorse before his sentence was announced Saturday.\n'
        '``I am sorry.\n'
        "I just want to say that I will not bring dishonor to the decision to spare my life,'' the convicted killer said."
    ),
    'ecbplus:8_1ecb': (
        'A bomb explosion at a bank killed a police officer and a state bomb disposal technician, and state police did not have any suspects, officials said Saturday.\n'
        "``That person is dangerous and needs to be found as soon as possible,'' said Lt. Gregg Hastings of the Oregon State Police.\n"
        'The explosion occurred Friday afternoon at a West Coast Bank branch in Woodburn, about 30 miles south of Portland.\n'
        'The police went to check on a telephoned bomb threat received by a Wells Fargo bank branch in the center of town and found a suspicious device that turned out to be harmless.\n'
        'But the police said the investigation led them to the nearby West Coast office where the bomb was found.\n'
        'The police would not discuss a possible motive for the bombing.\n'
        'Lieutenant Hastings said he did not know of any grudges against the West Coast Bank, a statement echoed by its president and chief executive, Robert Sznewajs.\n'
        "``We're not aware of anything,'' Mr. Sznewajs said."
    ),
    'ecbplus:8_2ecb': (
        'An explosion at a bank killed a police officer and a state bomb disposal technician, officials said Saturday, offering a $35,000 reward for information leading to an arrest and conviction in the case.\n'
        "``That person is dangerous and needs to be found as soon as possible,'' said Oregon State Police Lt. Gregg Hastings.\n"
        'The explosion occurred Friday afternoon at a West Coast Bank branch office in the agricultural town of Woodburn.\n'
        'Police went to check on a telephoned bomb treat received by a nearby Wells Fargo branch bank and found a suspicious device, but that device turned out to be harmless.\n'
        'But police said the investigation led them to the nearby West Coast office where the bomb was found by a bank employee in the bushes outside the building, and it exploded after officers took it inside.'
    ),
    'ecbplus:8_5ecb': (
        'A bomb exploded Friday at a West Coast Bank branch in Woodburn, Oregon, killing a Woodburn police officer and an Oregon State Police bomb squad technician, and critically injuring the Woodburn police chief.'
    ),
    'ecbplus:8_8ecb': (
        'Senior Trooper William Hakim, a bomb squad technician with the Oregon State Police, and Capt. Tom Tennant of the Woodburn Police Department were killed when a bomb exploded at a West Coast Bank branch.'
    ),
    'ecbplus:18_8ecb': (
        "One man is dead after an ex-employee opened fire at his company's Christmas party at a Vancouver, B.C. business Friday night.\n"
        'Just past 4 p.m. Friday, Vancouver Police received a call of a man being shot at 40 East 5th Ave. at a business called Tall Grass Distribution Limited.\n'
        'Police say a recently laid off employee opened fire shortly after entering the party, killing one male employee. At least a dozen workers were at the party at the time.\n'
        'A 61-year-old man surrendered to police shortly after 6 p.m.\n'
        'He is currently in custody and his identity will not be released until charges are formally laid.\n'
        'Police locked down the busy neighbourhood for almost three hours while they negotiated with the suspect, directing traffic away from Ontario Street.\n'
        'Employees at the party have been questioned by police and have been shuttled out by bus for further investigation.\n'
        'Police say they are receiving counseling from its Victim Services Unit.\n'
        'Employees at neighbouring businesses were forced to hide inside their offices during the shooting.'
    ),
    'ecbplus:18_14ecb': (
        'One man is dead after being shot by a gunman who marched into a company Christmas party Friday night.\n'
        'Vancouver police have arrested a 61-year-old former employee after the shooting at Tallgrass Distributors Ltd., an organic supplements and health product store in the Mount Pleasant neighbourhood near downtown Vancouver.\n'
        "``A man who apparently had just been let go from his job there came in, shot and killed another man,'' Vancouver police Const.\n"
        'Tim Fanning told a news conference.\n'
        '``There was at least a dozen other people on the scene.\n'
        'They managed to get out.\n'
        "``Our negotiators got on the phone with him right away, and fortunately were able to talk him down from his very, very excited and upset state.''\n"
        'Fanning said no one else was injured.\n'
        'Offices around the neighbourhood were shut down during the police standoff that lasted two hours before the gunman gave himself up.'
    ),
    'ecbplus:32_5ecb': (
        'A 35-year-old New Bedford man is awaiting a double murder arraignment after police arrested him on charges he killed his mother and ex-girlfriend.\n'
        'Police have identified the victims as 61-year-old Katherine Gomes, mother of the suspect, and 48-year-old Robyn Mendes.\n'
        'Gary Gomes was arrested late Tuesday night at 2088 Philip Street.\n'
        "The D.A.'s office says Gomes was barricaded inside with a third person.\n"
        'He has been charged with two counts of murder, and one count of kidnapping.\n'
        'Gomes is scheduled to be arraigned in New Bedford District Court Wednesday.\n'
        'The bodies of the two women were discovered on the second floor at 24 Independent Street Tuesday afternoon, after someone of the first floor smelled natural gas.\n'
        'An eyewitness says the gas stove had been turned on.'
    ),
    'ecbplus:32_6ecb': (
        'The deaths of two women found in a New Bedford home on Tuesday have been ruled homicides.\n'
        'Gary Gomes, 35, of New Bedford pleaded not guilty to two counts of murder and one count of kidnapping.\n'
        'He was ordered held without bail and sent to Bridgewater State Hospital for evaluation.\n'
        'Gomes was found barricaded in a room on Philip Street.\n'
        "The victims have been identified as Gomes ' mother, Katherine, 61, and his former girlfriend, Robyn Mendes, 48.\n"
        'An odor of natural gas led to the discovery of the bodies in an apartment at 24 Independent Street.\n'
        'A landlord sent his adult son to an upstairs unit of the multi-family house at about noon on Tuesday.\n'
        'The man discovered the bodies and called 911.'
    ),
    'ecbplus:32_7ecb': (
        'An arraignment has been scheduled for Wednesday morning for a New Bedford, Massachusetts man accused of murdering two women.\n'
        'Gary Gomes, 35, will face murder and kidnapping charges after police found the bodies of two women -- 68 and 48-years-old -- inside an Independent Street apartment.\n'
        'Neighbors had complained about a possible natural gas leak, which led them to the scene.\n'
        'When police arrested Gomes on Tuesday night, he was barricaded inside the apartment with an unidentified person.\n'
        'New Bedford Police said they will release more details about the investigation on Wednesday afternoon.\n'
        'The identities of the victims has not yet been released.'
    ),
    'ecbplus:33_5ecbplus': (
        'Gang member guilty in slay of Brooklyn mom of 12\n'
        'Andrew Lopez, 20 was found guilty in murder of Zurana Horton.\n'
        'Horton was struck by a stray bullet as Lopez targeted rival gang members.\n'
        'He faces up to 75 years to life in prison.\n'
        'WEDNESDAY, APRIL 24, 2013, 10: 34 AM\n'
        'A gang member was convicted Tuesday for claiming the life of a mother of 12 when he sprayed 13 bullets from a Brooklyn rooftop in broad daylight.\n'
        'Andrew Lopez, 20, was found guilty of slaying Zurana Horton, 34, and wounding Unique Armstead, 32, and Cheanne McKnight, 11, in October 2011 as he targeted rival gang members.\n'
        "He faces up to 75 years to life in prison when he's sentenced May 7.\n"
        'The gruesome death on a busy Brownsville street was captured in a chilling surveillance tape played at trial.\n'
        'It took the panel just over two hours to convict Lopez, who confessed after the shooting.'
    ),
    'ecbplus:33_8ecbplus': (
        'Prosecutors release new video in shooting trial of Brownsville mother of 12, Zurana Horton\n'
        'Published: April 16, 2013 9: 09 AM\n'
        'Prosecutors have released new video in the trial of two men accused of killing a Brownsville mother of 12 in Oct. 2011.\n'
        "The video shows Zurana Horton falling to the ground surrounded by kids in the moments after gunfire erupted outside her children's school.\n"
        'Witnesses say Horton died trying to shield several students.\n'
        'Authorities have charged Andrew Lopez and Jonathan Carrasquillo with her murder.'
    ),
    'ecbplus:33_9ecbplus': (
        'Jury finds Andrew Lopez guilty in murder of Zurana Horton\n'
        'Published: April 23, 2013 9: 39 AM\n'
        'A jury has handed down a guilty verdict for one of the two men accused of murdering a Brownsville mother of 12.\n'
        'Andrew Lopez was found guilty of second - degree murder and two counts of first - degree assault in the death of Zurana Horton.\n'
        'Jury deliberations are still underway for the second suspect, Jonathan Carrasquillo.\n'
        'Horton was shot and killed in October 2011 when gunfire erupted outside...'
    ),
    'ecbplus:19_6ecb': (
        'A sanctuary for dissent in Greece?\n'
        'Greek law keeps police away from universities, but some fear the immunity clause meant to protect free speech is now being used to harbor bastions of violence.\n'
        'Masked men wielding clubs guard the entrance to the Athens Polytechnic University, keeping watch over the graffiti-covered walls on campus.\n'
        "Nearby streets are barricaded with the carcasses of burnt cars, and a huge black banner proclaims ``MURDERERS'' - the rallying cry that has brought Greece's youths to the streets.\n"
        'Inside, piles of empty gas canisters testify to the scores of Molotov cocktails assembled there recently\n'
        'For more than a week, Athenian streets have been a battleground between police and protesters, whose anger was sparked by the fatal shooting of a 15-year-old boy by a policeman.\n'
        "Protected by Greece's Constitution from police interference, the Polytechnic has become the headquarters of the protest movement - and a haven for those wreaking havoc on the city's streets.\n"
        'As Greeks try to make sense of the chaos - and prepare for another week of protests, ranging from sit-ins to nationwide roadblocks - many here are beginning to ask whether the asylum law is protecting free speech or simply harboring criminals.\n'
        "``The university asylum is for the freedom of movement of ideas, but not of commitment of criminal actions,'' says George Bergeles, a professor at the Polytechnic who is sympathetic to the students ' complaints, but not their harsh tactics.\n"
        "``The law about university asylum I believe is a fantastic achievement of the university movement, but we should protect it by not allowing criminal offenses to happen inside.''\n"
        'The Polytechnic holds historic importance for Greeks.\n'
        "In November 1973, students barricaded themselves inside in rebellion against the country's military junta, which had been in power since 1967.\n"
        'Fearful that the revolt would spread, on Nov. 17 the national police moved in with tanks, killing a still-disputed number of protesters.\n'
        'The junta fell less than a year later.\n'
        "Greece's new Constitution gave special status to universities and other schools, forever barring the police from entering their grounds.\n"
        'Today, the Poly-technic and other institutions of learning are once again brimming with revolutionary zeal.\n'
        'Across Athens, high schools and universities are under occupation by students and other youth angry at the Dec. 6 killing of Alexandros Grigoropoulos and also at a political system they see as corrupt and incompetent.\n'
        'So far, Prime Minister Costas Karamanlis has rejected calls by opposition leaders to hold early elections, but his center-right party holds only a one-seat majority in parliament, and public support for his government was weak even before the riots.'
    ),
    'ecbplus:26_10ecbplus': (
        "Vincent 'The Chin' Gigante dies in prison\n"
        'Published: Dec. 19, 2005 at 9: 44 PM\n'
        'Vincent "The Chin" Gigante, the New York mob boss whose crazy act earned him the nickname "The Oddfather, " died in prison Monday.\n'
        'He was 77.\n'
        "The former driver for late Mafia boss Vito Genovese, Gigante rose to the head of the crime family that bears Genovese's name, Newsday reported.\n"
        '"He was the last of the old - school bosses, " said ex - NYPD organized crime detective Joe Coffey Monday.\n'
        'Bureau of Prisons spokesman Al Quintero said Gigante died early Monday of apparent heart disease at the U. S. medical center for federal prisoners in Springfield, Mo.\n'
        'It is the same prison where mobsters John Gotti, Anthony "Fat Tony" Salerno and Anthony "Tony Ducks" Corallo also died, the newspaper said.\n'
        'Gigante was serving a 12 - year sentence for a racketeering conspiracy conviction in Brooklyn in 1997 and was due to be released in June 2010.\n'
        'He became a legend for pretending he was mentally ill as a way of escaping prosecution.\n'
        'Gigante would wander around Greenwich Village in his bathrobe, mumbling to himself.\n'
        'In April 2003, Gigante plead guilty to charges he feigned mental illness in the 1990s, adding three years to his sentence.'
    ),
    'ecbplus:26_11ecbplus': (
        "Mob boss 'Oddfather' dies in prison at 77\n"
        'Published: Tuesday, Dec. 20 2005 12: 00 a. m. MST\n'
        'Mob boss Vincent "The Chin" Gigante, the powerful Mafioso who avoided jail for decades by wandering the streets in a ratty bathrobe and slippers, feigning mental illness, died Monday in prison.\n'
        'He was 77.\n'
        'The head of the Genovese crime family, who had suffered from heart disease, died at the federal prison in Springfield, Mo., said prison spokesman Al Quintero.\n'
        'It was the same place where rival mob boss John Gotti died of cancer in 2002 at age 61.\n'
        "Gigante's death also was confirmed by Christine Monaco, a spokeswoman for the FBI, the organization that worked for years to put him behind bars.\n"
        'Dubbed the "Oddfather" for his bizarre behavior, Gigante had scored a lengthy string of victories over prosecutors, but it ended with a July 1997 racketeering conviction.\n'
        'He was sentenced to 12 years in prison.'
    ),
    'ecbplus:16_3ecbplus': (
        'Deputy Sheriff\n'
        'Jerry Ortiz\n'
        "Los Angeles County Sheriff's Department, California\n"
        'End of Watch: Friday, June 24, 2005\n'
        'Deputy Jerry Ortiz was shot and killed after knocking on a door during an investigation.\n'
        'Deputy Ortiz had gone to an apartment complex in the city of Hawaiian Gardens to question a woman about a shooting that had taken place the previous day.\n'
        "As he spoke to the woman at the door of the apartment, the suspect in the previous day's shooting appeared and shot him in the head.\n"
        'The man then fled into an apartment three doors away.\n'
        'Deputies found him hiding in a bathtub three hours later.\n'
        'The suspect, who was on parole and had prior arrests for convictions for assault with a deadly weapon, resisting arrest, burglary, as well as for gun and drug crimes, was charged with first degree murder and faces the death penalty.\n'
        'In April 2007 the suspect was found guilty of capital murder and sentenced to death.'
    ),
    'geovirus:geovirus-161': (
        "Cattle at a farm in Surrey, UK have tested positive for foot-and-mouth disease. After symptoms were reported late on 2 August, the farm was isolated. Following testing, officials from Defra (Department for Environment, Food and Rural Affairs) confirmed the outbreak on 3 August. A three kilometre exclusion zone and a ten kilometre surveillance zone have been put into place around the farm, near Wanborough. All livestock on the farm have been slaughtered and incinerated. Any movement of livestock in the UK has been banned and the EU has banned exports under emergency measures, expected to be confirmed on Monday. Farmers are urged to watch their animals carefully for symptoms, and report any to Defra officials. The government's emergency committee Cobra met to discuss the situation before the announcement, with Prime Minister Gordon Brown participating via telephone. Brown cut short his holiday in Dorset to return to London on Saturday, when another meeting of Cobra was held. Environment Secretary Hilary Benn also returned from holiday in Italy. The last outbreak of foot-and-mouth in the UK was in 2001. It resulted in the slaughtering of up to 7 million animals, and losses estimated at £8 billion. In France, the government has asked for all the animals imported during the last ten days to be tested. All meetings including animals have been forbidden on the French territory."
    ),
    'geovirus:geovirus-167': (
        'It has been confirmed that eight thoroughbred race horses at Randwick racecourse in Sydney have been infected with equine influenza. Randwick has been locked down, and is expected to remain so for up to two months. It is expected that the virulent flu will affect the majority of the 700 horses stabled at Randwick. NSW Minister for Primary Industries said the facility would be quarantined until 30 days after the last sign of the flu. The cases are the first infections of race horses, despite infecting dozens of recreational horses across NSW and Queensland. The flu is highly contagious but cannot be transmitted to humans. The national racing shutdown was costing the industry tens of millions of dollars every day. Chief Executive of Racing NSW, Peter V\'Landys said while racing had been disrupted since a ban on horse movements last weekend today was a "grim, black day" for the racing industry in NSW. Racing is expected to resume in all Australian states except NSW and Queensland on the weekend. While Sydney\'s spring racing carnival has been canceled, Melbourne\'s is expected to kick off this weekend with the Caufield Cup. The cup will be ran with special precautions in place to attempt to keep the state free of the virus. Contact between the general public and those working with the horses will be banned and Sydney-based jockeys Darren Beadman and Hugh Bowman and a number of interstate trainers including Bart Cummings are not allowed to take part. Federal Minister for Agriculture, Peter McGauran said the spring carnival in Melbourne will remain "largely intact" despite losing some of the biggest names in Australian racing.'
    ),
    'geovirus:geovirus-107': (
        'Health officials in Hong Kong say that Avian Bird Flu (H5N1) appears to be taking hold in the region - where the deadly virus has surfaced in local poultry. Hong Kong\'s Health Secretary said in a media conference on Friday that positive tests for H5N1 in a bird brought into Hong Kong from China indicates that the virus is endemic in the region. Dr York Chow says new laws will be introduced to restrict movement of poultry. "It\'s not just Hong Kong, he said. "This virus will exist in neighboring areas, southern China as well as Hong Kong," Dr Chow said. "Since different kinds of wild birds and chickens have this virus, we can be quite sure that this virus is endemic in our birds," he said. Health bureau spokeswoman Sally Kong later clarified Dr Chow\'s comments, saying the Secretary meant that bird flu was endemic in Asia - but not in Hong Kong specifically. Whilst Bird flu is considered endemic in Vietnam, Indonesia, Laos, Cambodia and Thailand, international standards require that countries be certified as \'endemic\' by test results showing a cycle of disease recurrence in an area. Mrs Kong said Hong Kong does not meet such standards. York Chow said the government intends to ban individual households from raising chickens, ducks, geese, pigeons, turkeys and quails. The legislation to ban private ownership could be in place next week. Current Hong Kong legislation allows private poultry ownership of up to 20 birds. Under the law change, the current exemption will be removed. The unauthorised keeping of poultry will be an offence warranting fines of up to $100,000, however, those keeping commercial racing pigeons in new towns and villages may be exempt.'
    ),
    'meantime:1173': (
        'Internal emails expose Boeing-Air Force contract discussions\n'
        'November 24, 2004\n'
        'Emails exchanged among United States Air Force officials regarding a USD$ 23 billion dollar deal with aircraft manufacturer Boeing have been entered into the public record.\n'
        'Senator John McCain (R-AZ) entered them into the Congressional Record during a speech last week against the now-cancelled deal to lease 100 mid-air tanker aircraft from Boeing.\n'
        'Congressional lawmakers rejected the proposal in October, although industry experts say the deal had been killed by the Pentagon because of reports stating that the deal had favored Boeing.\n'
        "Senator McCain has been the deal's most vocal critic.\n"
        'The original negotiations with Boeing were over a no-bid contract.\n'
        'Such contracts are often justified by the speed they offer, eliminating a preliminary bid and selection round that may last months.\n'
        'However, no-bid contracts are only open to the company selected by the procuring agency.\n'
        'This leaves no-bid contracts open to accusations of conflicts of interest among the procurement personnel.\n'
        'Such accusations have previously been leveled against Vice President Dick Cheney for a no-bid contract to Halliburton, and are now being made against senior Air Force officials for choosing Boeing to replace its tanker fleet.'
    ),
}

BATCH = Batch("rec_m", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)


def T(key, sentence=None):
    """The real text ``key`` and its title (``needles.with_title``)."""
    return with_title(TEXTS[key], sentence)


S13 = d("2008-12-13")
NOV08 = mo("2008-11", True)
GULF = "Gulf of Aden"
PIR = ("pirates", None, "UAF")

# --------------------------------------------------------------------------
# 01-04 (ECB+ 12_3ecb, 12_4ecb, 12_5ecb, 12_8ecb): INS Mysore foils the
# hijacking of the Ethiopian-flagged MV Gibe in the Gulf of Aden and captures
# 23 pirates on Saturday 13 December 2008, told by four outlets; INS Tabar's
# sinking of a Thai trawler in November recalled.
# --------------------------------------------------------------------------
X, H = T("ecbplus:12_3ecb", "sea brigands.")
SPOX = ("a Navy spokesman", "repulsed the attack, a Navy")
A("01", "unknown", "2008-12-13", H, X, [
    E("not only repulsed", "repulsed", "COERCE", None, ("an Indian Navy warship", "IND", "MIL"),
      None, S13, GULF, cl="rm-mys-foil"),
    E("an attack on a merchant vessel", "attack", "ASSAULT", None, None,
      ("a merchant vessel", "ETH", "BUS"), S13, GULF, cl="rm-mys-attack"),
    E("but nabbed 23", "nabbed", "COERCE", "arrest", ("an Indian Navy warship", "IND", "MIL"),
      ("23 Somali and Yemeni sea brigands", None, "UAF"), S13, GULF, cl="rm-mys-arrest"),
    E("were attempting to hijack", "hijack", "ASSAULT", "abduct", ("The pirates", None, "UAF"),
      ("the Ethopian-flagged merchant vessel", "ETH", "BUS"), S13, None, speaker=SPOX,
      mod="reported", cl="rm-mys-attack"),
    E("intervened and repulsed", "repulsed", "COERCE", None, ("the destroyer INS Mysore", "IND", "MIL"),
      None, S13, None, speaker=SPOX, mod="reported", cl="rm-mys-foil"),
    E("the warship chased them down", "chased", "COERCE", "arrest", ("the warship", "IND", "MIL"),
      ("them", None, "UAF"), S13, None, cl="rm-mys-arrest"),
    E("boarded two of the pirate", "boarded", "COERCE", None, ("Marine commandos", "IND", "MIL"),
      ("two of the pirate vessels", None, "UAF"), S13, None, cl="rm-mys-board"),
    E("to nab 12 Somali", "nab", "COERCE", "arrest", ("Marine commandos", "IND", "MIL"),
      ("12 Somali and 11 Yemeni pirates", None, "UAF"), S13, None, cl="rm-mys-arrest"),
    E("were seized from the pirates", "seized", "COERCE", "seize", None, ("the pirates", None, "UAF"),
      S13, None, speaker="the Navy spokesman", mod="reported", cl="rm-mys-seize"),
    E("later escorted the MV Gibe", "escorted", "AID", None, ("The INS Mysore", "IND", "MIL"),
      ("the MV Gibe", "ETH", "BUS"), S13, None, cl="rm-mys-escort"),
    E("are being held on board", "held", "COERCE", "arrest", None, ("The pirates", None, "UAF"),
      S13, None, cl="rm-mys-arrest"),
    E("will be handed over to appropriate", "handed over", "COERCE", "arrest", None,
      ("The pirates", None, "UAF"), None, None, mod="future", cl="rm-mys-handover"),
    E("fourth successful offensive", "offensive", "COERCE", None, ("the Navy", "IND", "MIL"), None,
      S13, None, cl="rm-mys-foil"),
    E("had sunk a Thai trawler", "sunk", "ASSAULT", None, ("the INS Tabar, a missile-frigate", "IND", "MIL"),
      ("a Thai trawler", "THA", "BUS"), NOV08, None, cl="rm-tabar-sink"),
    E("also rescued two merchant", "rescued", "AID", None, ("the INS Tabar, a missile-frigate", "IND", "MIL"),
      ("two merchant vessels", None, "BUS"), NOV08, None),
], source="ecbplus:12_3ecb",
  note="no date printed: the capture 'around noon today' is Saturday 13 December 2008 (the other "
       "outlets of the story); text cut after its thirteenth line")

X, H = T("ecbplus:12_4ecb", "off Yemen.")
STMT = ("the statement", "the statement said.")
A("02", "AP", "2008-12-13", H, X, [
    E("navy captured 23 pirates", "captured", "COERCE", "arrest", ("The Indian navy", "IND", "MIL"),
      ("23 pirates", None, "UAF"), S13, GULF, cl="rm-mys-arrest"),
    E("who threatened a merchant", "threatened", "ASSAULT", None, ("23 pirates", None, "UAF"),
      ("a merchant vessel", "ETH", "BUS"), S13, GULF, cl="rm-mys-attack"),
    E("helicopter thwarted another", "thwarted", "COERCE", None,
      ("a German naval helicopter", "DEU", "MIL"), None, S13, P("Yemen", "Yemen"),
      cl="rm-ger-foil"),
    E("another attack Saturday", "attack", "ASSAULT", None, None, ("a freighter", None, "BUS"),
      S13, P("Yemen", "Yemen"), cl="rm-ger-attack"),
    E("was to ask the United Nations", "ask", "REQUEST", None,
      ("Secretary of State Condoleezza Rice", "USA", "GOV"), ("the United Nations", None, "IGO"),
      None, None, mod="demanded", cl="rm-rice-un"),
    E("was escorting merchant ships", "escorting", "AID", None,
      ("An Indian navy ship, the INS Mysore", "IND", "MIL"), ("merchant ships", None, "BUS"), S13,
      P("Somalia", "Somalia"), cl="rm-mys-escort"),
    E("were being fired on", "fired", "ASSAULT", "firearms", ("two boats", None, "UAF"),
      ("they", "ETH", "BUS"), S13, P("Somalia", "Somalia"),
      speaker="seamen on board the MV Gibe", mod="reported", cl="rm-mys-attack"),
    E("commandoes boarded the pirate", "boarded", "COERCE", None,
      ("Indian marine commandoes", "IND", "MIL"), ("the pirate boats", None, "UAF"), S13, None,
      speaker=STMT, mod="reported", cl="rm-mys-board"),
    E("boats and seized", "seized", "COERCE", "seize", ("Indian marine commandoes", "IND", "MIL"),
      None, S13, None, speaker=STMT, mod="reported", cl="rm-mys-seize"),
    E("drew criticism", "criticism", "ACCUSE", "disapprove", None, ("India's navy", "IND", "MIL"),
      NOV08, None, cl="rm-tabar-crit"),
    E("after sinking a Thai", "sinking", "ASSAULT", None, ("India's navy", "IND", "MIL"),
      ("a Thai fishing trawler", "THA", "BUS"), NOV08, None, cl="rm-tabar-sink"),
    E("commandeered hours earlier", "commandeered", "ASSAULT", "abduct", ("pirates", None, "UAF"),
      ("a Thai fishing trawler", "THA", "BUS"), NOV08, None, cl="rm-trawler-hijack"),
    E("was killed in the attack", "killed", "ASSAULT", None, None,
      ("At least one Thai crew member", "THA", "CVL"), NOV08, None, cl="rm-tabar-sink"),
    E("it had sunk a pirate", "sunk", "ASSAULT", None, (("it", "it had sunk a pirate"), "IND", "MIL"), None, NOV08, None,
      speaker=("the Indian navy", "which the Indian navy"), mod="reported", cl="rm-tabar-sink"),
    E("it had fired in self-defense", "fired", "ASSAULT", "firearms", (("it", "it had fired in"), "IND", "MIL"), None,
      NOV08, None, speaker="The Indian navy", mod="reported", cl="rm-tabar-sink"),
], source="ecbplus:12_4ecb",
  note="outlet and date inferred (AP copy of Saturday 13 December 2008); text cut after its eleventh line")

X, H = T("ecbplus:12_5ecb", "in the operation.")
MYS = ("Indian warship INS Mysore and its marine commandos", "IND", "MIL")
A("03", "The Times of India", "2008-12-14", H, X, [
    E("thwarted a hijack attempt", "thwarted", "COERCE", None, MYS, None, S13, GULF,
      cl="rm-mys-foil"),
    E("hijack attempt on an", "hijack", "ASSAULT", "abduct", None,
      ("an Ethiopian merchant vessel", "ETH", "BUS"), S13, GULF, cl="rm-mys-attack"),
    E("captured 23 pirates and", "captured", "COERCE", "arrest", MYS, ("23 pirates", None, "UAF"),
      S13, GULF, cl="rm-mys-arrest"),
    E("The arrest of the 23", "arrest", "COERCE", "arrest", None, ("the 23 pirates", None, "UAF"),
      S13, None, cl="rm-mys-arrest"),
    E("the arms haul", "haul", "COERCE", "seize", None, None, S13, None, cl="rm-mys-seize"),
    E("Royal Navy had captured", "captured", "COERCE", "arrest",
      ("the British Royal Navy", "GBR", "MIL"), ("eight pirates", None, "UAF"), NOV08, None,
      cl="rm-rn-arrest"),
    E("subsequently handed over", "handed over", "COERCE", "arrest", None,
      ("eight pirates", None, "UAF"), NOV08, None, cl="rm-rn-handover"),
    E("to face trial", "trial", "ACCUSE", "allege", None, ("eight pirates", None, "UAF"), None,
      P("Mombasa", "Mombasa"), mod="future"),
    E("can be handed over", "handed over", "COERCE", "arrest", None,
      ("the 23 pirates in INS Mysore's custody", None, "UAF"), None, None,
      speaker="a senior officer", mod="hypothetical", cl="rm-mys-handover"),
], source="ecbplus:12_5ecb",
  note="outlet and date inferred (Indian daily, the Sunday after the Saturday capture of 13 "
       "December 2008); text cut after its fifth line")

X, H = T("ecbplus:12_8ecb", "Indian officials said.")
MIL8 = ("the military", "the military said in")
A("04", "CNN", "2008-12-13", H, X, [
    E("navy captured 23 piracy", "captured", "COERCE", "arrest", ("The Indian navy", "IND", "MIL"),
      ("23 piracy suspects", None, "UAF"), S13, GULF, speaker="Indian officials", mod="reported",
      cl="rm-mys-arrest"),
    E("tried to take over", "take over", "ASSAULT", "abduct", ("23 piracy suspects", None, "UAF"),
      ("a merchant vessel", "ETH", "BUS"), S13, GULF, speaker="Indian officials", mod="reported",
      cl="rm-mys-attack"),
    E("raise their hands in surrender", "surrender", "RETREAT", None,
      ("Piracy suspects", None, "UAF"), None, S13, None, cl="rm-mys-surrender"),
    E("navy seized two small boats", "seized", "COERCE", "seize", ("the Indian navy", "IND", "MIL"),
      None, S13, None, speaker=MIL8, mod="reported", cl="rm-mys-seize"),
    E("carried out Saturday's operation", "operation", "COERCE", None,
      ("The Indian warship Mysore", "IND", "MIL"), None, S13, GULF, speaker="the release",
      mod="reported", cl="rm-mys-foil"),
    E("were firing small arms", "firing", "ASSAULT", "firearms", ("two boats", None, "UAF"),
      ("it", "ETH", "BUS"), S13, None, speaker="The Gibe", mod="reported", cl="rm-mys-attack"),
    E("fired back with small arms", "fired back", "ASSAULT", "firearms",
      ("The merchant ship", "ETH", "BUS"), None, S13, None, cl="rm-gibe-fire"),
    E("The warship caught up", "caught up", "COERCE", "arrest", ("The warship", "IND", "MIL"),
      ("the boats", None, "UAF"), S13, None, cl="rm-mys-arrest"),
    E("sailors boarded the Salahaddin", "boarded", "COERCE", None, ("Indian sailors", "IND", "MIL"),
      ("the Salahaddin", None, "UAF"), S13, None, speaker="the military", mod="reported",
      cl="rm-mys-board"),
    E("suspects surrendered peacefully", "surrendered", "RETREAT", None,
      ("the 23 suspects", None, "UAF"), None, S13, None, speaker=("the military", "Salahaddin, the military"),
      mod="reported", cl="rm-mys-surrender"),
    E("will be handed over to authorities", "handed over", "COERCE", "arrest", None,
      ("The suspects", None, "UAF"), None, None, speaker=("India", "the Mysore will return"),
      mod="future", cl="rm-mys-handover"),
], source="ecbplus:12_8ecb",
  note="outlet and date inferred (CNN copy of Saturday 13 December 2008, 'Saturday's operation'); "
       "text cut after its sixteenth line")

# --------------------------------------------------------------------------
# 05-07 (ECB+ 3_3ecb, 3_6ecb, 3_5ecb): Brian Nichols sentenced on Saturday
# 13 December 2008 for the Atlanta courthouse rampage of 11 March 2005.
# --------------------------------------------------------------------------
MAR05 = mo("2005-03", True)
NICH = ("Nichols", "USA", "CVL")
X, H = T("ecbplus:3_3ecb", "according to reports.")
RP = ("reports", "According to reports in")
ATL = [("an Atlanta newspaper", "According to reports in")]
A("05", "unknown", "2008-12-13", H, X, [
    E("has received a sentence", "sentence", "SANCTION", "convict", None,
      ("Former Kutztown University football player Brian Nichols", "USA", "CVL"), S13, None,
      speaker="reports", mod="reported", cl="rm-nich-sentence"),
    E("shooting spree in an", "spree", "ASSAULT", "firearms", None, None, MAR05,
      P("an Atlanta courthouse", "Atlanta"), speaker="reports", mod="reported", cl="rm-nich-spree"),
    E("was sentenced Saturday morning", "sentenced", "SANCTION", "convict", None, NICH, S13, None,
      speaker=RP, relays=ATL, mod="reported", cl="rm-nich-sentence"),
    E("was being tried for rape", "tried", "ACCUSE", "allege", None, NICH, MAR05, None,
      speaker=RP, relays=ATL, mod="reported", cl="rm-nich-rapetrial"),
    E("he overpowered a female", "overpowered", "ASSAULT", None, (("he", "he overpowered"), "USA", "CVL"),
      ("a female sheriff's deputy", "USA", "COP"), MAR05, None, speaker=RP, relays=ATL,
      mod="reported", cl="rm-nich-overpower"),
    # relabel64 (c): taking the deputy's gun by force is its own COERCE `seize` beside the overpowering (rec_n-13 "overpowered a guard and seized her weapon"); was unlabelled
    E("took her gun", "took", "COERCE", "seize", (("he", "he overpowered"), "USA", "CVL"),
      (("her", "took her gun"), "USA", "COP"), MAR05, None, speaker=RP, relays=ATL,
      mod="reported", cl="rm-nich-gun"),
    E("and shot the judge", "shot", "ASSAULT", "firearms", (("he", "he overpowered"), "USA", "CVL"),
      ("the judge in his rape trial", "USA", "JUD"), MAR05, None, speaker=RP, relays=ATL,
      mod="reported", cl="rm-nich-judge"),
    E("Nichols shot and killed a sheriff", "shot", "ASSAULT", "firearms", NICH,
      ("a sheriff's deputy sergeant", "USA", "COP"), MAR05, None, speaker=RP, relays=ATL,
      mod="reported", cl="rm-nich-deputy"),
    E("he shot and killed a U.S.", "shot", "ASSAULT", "firearms", (("he", "he shot and killed a U.S."), "USA", "CVL"),
      ("a U.S. Customs agent", "USA", "GOV"), MAR05, None, speaker=RP, relays=ATL,
      mod="reported", cl="rm-nich-agent"),
    E("he kidnapped a woman", "kidnapped", "ASSAULT", "abduct", (("he", "he kidnapped"), "USA", "CVL"),
      ("a woman", "USA", "CVL"), MAR05, "Gwinnett County", speaker=RP, relays=ATL,
      mod="reported", cl="rm-nich-kidnap"),
    E("into surrendering", "surrendering", "RETREAT", None, (("Nichols", "talked Nichols"), "USA", "CVL"), None,
      MAR05, None, speaker="a woman", mod="reported", cl="rm-nich-surrender"),
], source="ecbplus:3_3ecb",
  note="no date printed: the sentence of 'Saturday morning' is Saturday 13 December 2008 (the "
       "other outlets of the story), published that day")

X, H = T("ecbplus:3_6ecb")
A("06", "unknown", "2008-12-13", H, X, [
    E("judge sentenced Brian Nichols", "sentenced", "SANCTION", "convict",
      ("An Atlanta judge", "USA", "JUD"), ("Brian Nichols", "USA", "CVL"), S13, None,
      cl="rm-nich-sentence"),
    E("went on a shooting rampage", "rampage", "ASSAULT", "firearms",
      ("the former Kutztown University football player", "USA", "CVL"), None, yr("2005"),
      P("an Atlanta courthouse", "Atlanta"), cl="rm-nich-spree"),
    E("by law sentenced Nichols", "sentenced", "SANCTION", "convict", ("The judge", "USA", "JUD"),
      NICH, S13, None, cl="rm-nich-sentence"),
    E("did not recieve the death", "recieve", "SANCTION", "convict", None, NICH, S13, None,
      mod="negated"),
    E("Nichols faced more than 50", "charges", "ACCUSE", "allege", None, NICH, None, None,
      cl="rm-nich-charges"),
    E("He was on trial for rape", "trial", "ACCUSE", "allege", None, ("He", "USA", "CVL"),
      yr("2005"), P("an Atlanta courtroom", "Atlanta"), cl="rm-nich-rapetrial"),
    # relabel64 (c): "grabbed a guard's gun" tells the taking of the weapon, COERCE `seize` (the guard its recipient) in the gun's cluster — was ASSAULT in the overpowering's cluster
    E("he grabbed a guard", "grabbed", "COERCE", "seize", (("he", "he grabbed"), "USA", "CVL"), ("a guard", "USA", "COP"),
      yr("2005"), None, cl="rm-nich-gun"),
    E("fatally shooting a judge", "shooting", "ASSAULT", "firearms", (("he", "he grabbed"), "USA", "CVL"),
      ("a judge", "USA", "JUD"), yr("2005"), None, cl="rm-nich-judge"),
], source="ecbplus:3_6ecb",
  note="no date printed: the sentence of 'Saturday morning' is Saturday 13 December 2008 (the "
       "other outlets of the story), published that day")

X, H = T("ecbplus:3_5ecb", "Fulton Courthouse.")
AJC = ["The Atlanta Journal-Constitution"]
JC = [("The Journal-Constitution", "The Journal-Constitution said")]
A("07", "UPI", "2008-12-13", H, X, [
    E("sentenced Brian Nichols Saturday", "sentenced", "SANCTION", "convict",
      ("A judge in Fulton County, Ga.", "USA", "JUD"), ("Brian Nichols", "USA", "CVL"), S13, None,
      cl="rm-nich-sentence"),
    E("deadly 2005 rampage", "rampage", "ASSAULT", "firearms", ("his", "USA", "CVL"), None,
      yr("2005"), P("Fulton Courthouse", "Atlanta"), cl="rm-nich-spree"),
    E("Bodiford sentenced Nichols", "sentenced", "SANCTION", "convict",
      ("Superior Court Judge James Bodiford", "USA", "JUD"), NICH, S13, None, relays=AJC,
      mod="reported", cl="rm-nich-sentence"),
    E("2005, incident", "incident", "ASSAULT", "firearms", None, None, d("2005-03-11", True), None,
      relays=AJC, mod="reported", cl="rm-nich-spree"),
    E("Nichols was convicted of", "convicted", "SANCTION", "convict", None, NICH, None, None,
      cl="rm-nich-convict"),
    E("overpowering a sheriff", "overpowering", "ASSAULT", None, NICH,
      ("a sheriff's deputy", "USA", "COP"), d("2005-03-11", True), None, cl="rm-nich-overpower"),
    E("before killing Superior", "killing", "ASSAULT", None, NICH,
      ("Superior Court Judge Rowland Barnes", "USA", "JUD"), d("2005-03-11", True), None,
      cl="rm-nich-judge"),
    E("received an additional sentence", "sentence", "SANCTION", "convict", None,
      (("Nichols", "The Journal-Constitution said"), "USA", "CVL"), S13, None, relays=JC, mod="reported",
      cl="rm-nich-sentence"),
    E("offered a show of remorse", "remorse", "CONCEDE", None,
      (("Nichols", "The Journal-Constitution said"), "USA", "CVL"), None, S13, None, relays=JC,
      mod="reported", cl="rm-nich-remorse"),
], source="ecbplus:3_5ecb",
  note="outlet and date inferred (a UPI-style copy relaying the Atlanta Journal-Constitution, "
       "the sentence of Saturday 13 December 2008)")

# --------------------------------------------------------------------------
# 08-11 (ECB+ 8_1ecb, 8_2ecb, 8_5ecb, 8_8ecb): the bomb at a West Coast Bank
# branch in Woodburn, Oregon, Friday 12 December 2008, in four outlets.
# --------------------------------------------------------------------------
F12 = d("2008-12-12")
NOTE_ORE = ("no date printed: the bombing of 'Friday afternoon' is Friday 12 December 2008, "
            "told by officials 'Saturday'; published that Saturday")
X, H = T("ecbplus:8_1ecb", "officials said Saturday.")
A("08", "The New York Times", "2008-12-13", H, X, [
    E("bank killed a police", "killed", "ASSAULT", "explosives", None,
      ("a police officer and a state bomb disposal technician", "USA", "COP"), F12, None,
      speaker="officials", mod="reported", cl="rm-ore-bomb"),
    E("The explosion occurred Friday", "explosion", "ASSAULT", "explosives", None,
      ("a West Coast Bank branch", "USA", "BUS"), F12, "Woodburn", cl="rm-ore-bomb"),
    E("telephoned bomb threat", "threat", "THREATEN", "violence", None,
      ("a Wells Fargo bank branch", "USA", "BUS"), F12, None, mod="threatened", cl="rm-ore-threat"),
    E("the investigation led", "investigation", "ACCUSE", "investigate",
      ("the police", "USA", "COP"), None, F12, None, speaker="the police", mod="reported",
      cl="rm-ore-invest"),
    E("motive for the bombing", "bombing", "ASSAULT", "explosives", None, None, F12, None,
      cl="rm-ore-bomb"),
], source="ecbplus:8_1ecb", note=NOTE_ORE + "; text cut after its eighth line")

X, H = T("ecbplus:8_2ecb", "in the case.")
A("09", "AP", "2008-12-13", H, X, [
    E("bank killed a police", "killed", "ASSAULT", "explosives", None,
      ("a police officer and a state bomb disposal technician", "USA", "COP"), F12, None,
      speaker="officials", mod="reported", cl="rm-ore-bomb"),
    E("The explosion occurred Friday", "explosion", "ASSAULT", "explosives", None,
      ("a West Coast Bank branch office", "USA", "BUS"), F12, "Woodburn", cl="rm-ore-bomb"),
    E("telephoned bomb treat", "treat", "THREATEN", "violence", None,
      ("a nearby Wells Fargo branch bank", "USA", "BUS"), F12, None, mod="threatened",
      cl="rm-ore-threat"),
    E("the investigation led", "investigation", "ACCUSE", "investigate", ("police", "USA", "COP"),
      None, F12, None, speaker="police", mod="reported", cl="rm-ore-invest"),
    E("it exploded after", "exploded", "ASSAULT", "explosives", None, None, F12, None,
      speaker="police", mod="reported", cl="rm-ore-bomb"),
], source="ecbplus:8_2ecb", note=NOTE_ORE + "; text cut after its fifth line")

X, H = T("ecbplus:8_5ecb")
A("10", "unknown", "2008-12-13", H, X, [
    E("A bomb exploded Friday", "exploded", "ASSAULT", "explosives", None,
      ("a Woodburn police officer and an Oregon State Police bomb squad technician", "USA", "COP"),
      F12, P(("Woodburn", 1), "Woodburn"), cl="rm-ore-bomb"),
], source="ecbplus:8_5ecb", note=NOTE_ORE)

X, H = T("ecbplus:8_8ecb")
A("11", "unknown", "2008-12-13", H, X, [
    E("were killed when", "killed", "ASSAULT", "explosives", None,
      (("Senior Trooper William Hakim, a bomb squad technician with the Oregon State Police, and "
        "Capt. Tom Tennant of the Woodburn Police Department", 1), "USA", "COP"), None, None,
      cl="rm-ore-bomb"),
], source="ecbplus:8_8ecb",
  note="approximate: a one-sentence brief with no date; put on Saturday 13 December 2008, the "
       "day after the Woodburn bombing (the other outlets of the story)")

# --------------------------------------------------------------------------
# 12-13 (ECB+ 18_8ecb, 18_14ecb): the shooting at a Vancouver office party,
# Friday 12 December 2008 (as rec_c, rec_i, rec_k and rec_l).
# --------------------------------------------------------------------------
NOTE_VAN = ("year not printed: the Friday office-party shooting in Vancouver was on 12 December "
            "2008 (as rec_c, rec_i and rec_l); published the Saturday after")
X, H = T("ecbplus:18_8ecb", "business Friday night.")
A("12", "unknown", "2008-12-13", H, X, [
    E("an ex-employee opened fire", "opened fire", "ASSAULT", "firearms",
      ("an ex-employee", "CAN", "CVL"), ("One man", "CAN", "CVL"), F12,
      P(("Vancouver", 1), "Vancouver"), cl="rm-van-shoot"),
    E("a man being shot", "shot", "ASSAULT", "firearms", None, ("a man", "CAN", "CVL"), F12, None,
      cl="rm-van-shoot"),
    E("employee opened fire shortly", "opened fire", "ASSAULT", "firearms",
      ("a recently laid off employee", "CAN", "CVL"), ("one male employee", "CAN", "CVL"), F12, None,
      speaker="Police", mod="reported", cl="rm-van-shoot"),
    E("man surrendered to police", "surrendered", "RETREAT", None,
      ("A 61-year-old man", "CAN", "CVL"), ("police", "CAN", "COP"), F12, None, cl="rm-van-surrender"),
    E("until charges are formally", "charges", "ACCUSE", "allege", None, None, None, None,
      mod="hypothetical", cl="rm-van-charge"),
    E("Police locked down", "locked down", "COERCE", "restrict", ("Police", "CAN", "COP"), None,
      F12, None, cl="rm-van-lockdown"),
    E("they negotiated with the suspect", "negotiated", "CONSULT", None, ("they", "CAN", "COP"),
      ("the suspect", "CAN", "CVL"), F12, None, cl="rm-van-negotiate"),
    E("have been questioned by police", "questioned", "ACCUSE", "investigate",
      ("police", "CAN", "COP"), ("Employees at the party", "CAN", "CVL"), F12, None),
], source="ecbplus:18_8ecb", note=NOTE_VAN + "; text cut after its ninth line")

X, H = T("ecbplus:18_14ecb", "Friday night.")
FAN = "Vancouver police Const.\nTim Fanning"
A("13", "unknown", "2008-12-13", H, X, [
    E("after being shot by", "shot", "ASSAULT", "firearms", ("a gunman", "CAN", "CVL"),
      ("One man", "CAN", "CVL"), F12, None, cl="rm-van-shoot"),
    E("police have arrested a 61", "arrested", "COERCE", "arrest", ("Vancouver police", "CAN", "COP"),
      ("a 61-year-old former employee", "CAN", "CVL"), F12, P(("Vancouver", 2), "Vancouver"),
      cl="rm-van-arrest"),
    E("after the shooting at Tallgrass", "shooting", "ASSAULT", "firearms", None, None, F12,
      P(("Vancouver", 2), "Vancouver"), cl="rm-van-shoot"),
    E("came in, shot and killed", "shot", "ASSAULT", "firearms", ("A man", "CAN", "CVL"),
      ("another man", "CAN", "CVL"), F12, None, speaker=FAN, mod="reported", cl="rm-van-shoot"),
    E("negotiators got on the phone", "talk him down", "CONSULT", None,
      ("Our negotiators", "CAN", "COP"), (("him", "talk him down"), "CAN", "CVL"), F12, None,
      speaker=("Tim Fanning", 1), mod="reported", cl="rm-van-negotiate"),
    E("neighbourhood were shut down", "shut down", "COERCE", "restrict", None, None, F12, None,
      cl="rm-van-lockdown"),
    E("the gunman gave himself up", "gave himself up", "RETREAT", None, ("the gunman", "CAN", "CVL"),
      None, F12, None, cl="rm-van-surrender"),
], source="ecbplus:18_14ecb", note=NOTE_VAN + "; text cut after its ninth line")

# --------------------------------------------------------------------------
# 14-16 (ECB+ 32_5ecb, 32_6ecb, 32_7ecb): Gary Gomes arrested in New Bedford
# on Tuesday night 2 December 2008 for killing his mother and ex-girlfriend,
# arraigned on Wednesday 3 December.
# --------------------------------------------------------------------------
T2, W3 = d("2008-12-02"), d("2008-12-03")
NOTE_NB = ("no date printed: the arrest 'Tuesday night' and the arraignment 'Wednesday' are 2 and "
           "3 December 2008 (as rec_i and rec_l); published on the Wednesday")
X, H = T("ecbplus:32_5ecb", "ex-girlfriend.")
A("14", "unknown", "2008-12-03", H, X, [
    E("double murder arraignment", "arraignment", "ACCUSE", "allege", None,
      ("A 35-year-old New Bedford man", "USA", "CVL"), W3, None, mod="future", cl="rm-nb-arraign"),
    E("police arrested him", "arrested", "COERCE", "arrest", ("police", "USA", "COP"),
      ("him", "USA", "CVL"), T2, None, cl="rm-nb-arrest"),
    E("he killed his mother", "killed", "ASSAULT", None, (("he", "he killed his"), "USA", "CVL"),
      ("his mother and ex-girlfriend", "USA", "CVL"), None, None, speaker="police", mod="reported",
      cl="rm-nb-killing"),
    E("Gary Gomes was arrested late", "arrested", "COERCE", "arrest", None, ("Gary Gomes", "USA", "CVL"),
      T2, None, cl="rm-nb-arrest"),
    E("He has been charged", "charged", "ACCUSE", "allege", None, ("He", "USA", "CVL"), None, None,
      cl="rm-nb-charge"),
    E("is scheduled to be arraigned", "arraigned", "ACCUSE", "allege", None, ("Gomes", "USA", "CVL"),
      W3, P("New Bedford District Court", "New Bedford"), mod="future", cl="rm-nb-arraign"),
], source="ecbplus:32_5ecb", note=NOTE_NB)

X, H = T("ecbplus:32_6ecb")
A("15", "unknown", "2008-12-03", H, X, [
    E("ruled homicides", "homicides", "ASSAULT", None, None, ("two women", "USA", "CVL"), None,
      P("a New Bedford home", "New Bedford"), cl="rm-nb-killing"),
    E("pleaded not guilty", "pleaded", "REJECT", None,
      ("Gary Gomes, 35, of New Bedford", "USA", "CVL"), None, None, None, cl="rm-nb-plea"),
    E("was ordered held without bail", "held", "COERCE", "arrest", None, ("He", "USA", "CVL"), None,
      None, cl="rm-nb-held"),
], source="ecbplus:32_6ecb", note=NOTE_NB)

X, H = T("ecbplus:32_7ecb")
MAN = ("a New Bedford, Massachusetts man", "USA", "CVL")
A("16", "unknown", "2008-12-03", H, X, [
    E("An arraignment has been scheduled", "arraignment", "ACCUSE", "allege", None, MAN, W3, None,
      mod="future", cl="rm-nb-arraign"),
    E("man accused of murdering", "accused", "ACCUSE", "allege", None, MAN, None, None,
      cl="rm-nb-charge"),
    E("of murdering two women", "murdering", "ASSAULT", None, MAN, ("two women", "USA", "CVL"),
      None, None, mod="reported", cl="rm-nb-killing"),
    E("will face murder and kidnapping charges", "charges", "ACCUSE", "allege", None,
      ("Gary Gomes, 35", "USA", "CVL"), None, None, mod="future", cl="rm-nb-charge"),
    E("When police arrested Gomes", "arrested", "COERCE", "arrest", ("police", "USA", "COP"),
      ("Gomes", "USA", "CVL"), T2, None, cl="rm-nb-arrest"),
], source="ecbplus:32_7ecb", note=NOTE_NB)

# --------------------------------------------------------------------------
# 17-19 (ECB+ 33_5ecbplus, 33_8ecbplus, 33_9ecbplus): the trial and
# conviction of Andrew Lopez for killing Zurana Horton in Brownsville in
# October 2011.
# --------------------------------------------------------------------------
OCT11 = mo("2011-10", True)
V23 = d("2013-04-23")
LOPEZ = ("Andrew Lopez", "USA", "UAF")
X, H = T("ecbplus:33_5ecbplus")
A("17", "New York Daily News", "2013-04-24", H, X, [
    E("Gang member guilty", "guilty", "SANCTION", "convict", None, ("Gang member", "USA", "UAF"), V23,
      None, cl="rm-hor-verdict"),
    E("in slay of", "slay", "ASSAULT", "firearms", ("Gang member", "USA", "UAF"),
      ("Brooklyn mom of 12", "USA", "CVL"), OCT11, None, cl="rm-hor-killing"),
    E("20 was found guilty", "guilty", "SANCTION", "convict", None, ("Andrew Lopez, 20", "USA", "UAF"),
      V23, None, cl="rm-hor-verdict"),
    E("in murder of Zurana", "murder", "ASSAULT", "firearms", None, ("Zurana Horton", "USA", "CVL"),
      OCT11, None, cl="rm-hor-killing"),
    E("as Lopez targeted", "targeted", "ASSAULT", "firearms", ("Lopez", "USA", "UAF"),
      ("rival gang members", "USA", "UAF"), OCT11, None, cl="rm-hor-killing"),
    E("to life in prison.\n", "faces", "SANCTION", "convict", None, ("He", "USA", "UAF"), None, None,
      mod="future", cl="rm-hor-sentence"),
    E("was convicted Tuesday", "convicted", "SANCTION", "convict", None,
      ("A gang member", "USA", "UAF"), V23, None, cl="rm-hor-verdict"),
    E("he sprayed 13 bullets", "sprayed", "ASSAULT", "firearms", (("he", "he sprayed"), "USA", "UAF"),
      ("a mother of 12", "USA", "CVL"), OCT11, P("a Brooklyn rooftop", "Brooklyn"),
      cl="rm-hor-killing"),
    E("was found guilty of slaying", "guilty", "SANCTION", "convict", None,
      ("Andrew Lopez, 20", "USA", "UAF"), V23, None, cl="rm-hor-verdict"),
    E("of slaying Zurana", "slaying", "ASSAULT", "firearms", ("Andrew Lopez, 20", "USA", "UAF"),
      ("Zurana Horton, 34", "USA", "CVL"), OCT11, None, cl="rm-hor-killing"),
    E("he's sentenced May 7", "sentenced", "SANCTION", "convict", None,
      (("he", "he's sentenced"), "USA", "UAF"), d("2013-05-07"), None, mod="future",
      cl="rm-hor-sentence"),
    E("to convict Lopez", "convict", "SANCTION", "convict", ("the panel", "USA", "JUD"),
      ("Lopez", "USA", "UAF"), V23, None, cl="rm-hor-verdict"),
    E("who confessed after", "confessed", "CONCEDE", None, ("Lopez", "USA", "UAF"), None, None, None,
      cl="rm-hor-confess"),
    E("after the shooting.", "shooting", "ASSAULT", "firearms", None, None, OCT11, None,
      cl="rm-hor-killing"),
], source="ecbplus:33_5ecbplus",
  note="published date from the time-stamp line (Wednesday, April 24, 2013); the verdict 'Tuesday' is 23 April")

X, H = T("ecbplus:33_8ecbplus")
TWO = ("two men", "USA", "UAF")
A("18", "News 12 Brooklyn", "2013-04-16", H, X, [
    E("in shooting trial", "trial", "ACCUSE", "allege", ("Prosecutors", "USA", "JUD"), None, None,
      None, cl="rm-hor-trial"),
    E("release new video in shooting", "shooting", "ASSAULT", "firearms", None,
      ("Brownsville mother of 12, Zurana Horton", "USA", "CVL"), OCT11, None, cl="rm-hor-killing"),
    E("in the trial of two men", "trial", "ACCUSE", "allege", ("Prosecutors", "USA", "JUD"), TWO,
      None, None, cl="rm-hor-trial"),
    E("two men accused of", "accused", "ACCUSE", "allege", None, TWO, None, None,
      cl="rm-hor-charge"),
    E("accused of killing", "killing", "ASSAULT", "firearms", TWO,
      ("a Brownsville mother of 12", "USA", "CVL"), OCT11, None, mod="reported",
      cl="rm-hor-killing"),
    E("after gunfire erupted", "gunfire", "ASSAULT", "firearms", None, None, OCT11, None,
      cl="rm-hor-killing"),
    E("Authorities have charged", "charged", "ACCUSE", "allege", ("Authorities", "USA", "JUD"),
      ("Andrew Lopez and Jonathan Carrasquillo", "USA", "UAF"), None, None, cl="rm-hor-charge"),
    E("with her murder", "murder", "ASSAULT", "firearms",
      ("Andrew Lopez and Jonathan Carrasquillo", "USA", "UAF"), ("her", "USA", "CVL"), OCT11, None,
      speaker="Authorities", mod="reported", cl="rm-hor-killing"),
], source="ecbplus:33_8ecbplus",
  note="published date from the time-stamp line (April 16, 2013)")

X, H = T("ecbplus:33_9ecbplus")
A("19", "News 12 Brooklyn", "2013-04-23", H, X, [
    E("Jury finds Andrew", "finds", "SANCTION", "convict", ("Jury", "USA", "JUD"), LOPEZ, None, None,
      cl="rm-hor-verdict"),
    E("guilty in murder of", "murder", "ASSAULT", "firearms", None, ("Zurana Horton", "USA", "CVL"),
      OCT11, None, cl="rm-hor-killing"),
    E("a guilty verdict", "verdict", "SANCTION", "convict", ("A jury", "USA", "JUD"),
      ("one of the two men", "USA", "UAF"), None, None, cl="rm-hor-verdict"),
    E("men accused of murdering", "accused", "ACCUSE", "allege", None, ("the two men", "USA", "UAF"),
      None, None, cl="rm-hor-charge"),
    E("of murdering a Brownsville", "murdering", "ASSAULT", "firearms", ("the two men", "USA", "UAF"),
      ("a Brownsville mother of 12", "USA", "CVL"), OCT11, None, mod="reported",
      cl="rm-hor-killing"),
    E("Lopez was found guilty of second", "guilty", "SANCTION", "convict", None, LOPEZ, None, None,
      cl="rm-hor-verdict"),
    E("Horton was shot and killed", "shot", "ASSAULT", "firearms", None, ("Horton", "USA", "CVL"),
      OCT11, None, cl="rm-hor-killing"),
], source="ecbplus:33_9ecbplus",
  note="published date from the time-stamp line (April 23, 2013); the verdict itself is not dated "
       "in this text, so it has no date here (each article its own time line)")

# --------------------------------------------------------------------------
# 20 (ECB+ 19_6ecb): Athens after the police killing of Alexandros
# Grigoropoulos on 6 December 2008; the Polytechnic uprising of November 1973
# recalled.
# --------------------------------------------------------------------------
X, H = T("ecbplus:19_6ecb")
GRSHOT = d("2008-12-06", True)
A("20", "The Christian Science Monitor", "2008-12-15", H, X, [
    E("a battleground between", "battleground", "PROTEST", "riot", ("protesters", "GRC", "CVL"),
      ("police", "GRC", "COP"), None, P("Athenian streets", "Athens"), cl="rm-gr-riots"),
    E("the fatal shooting of a 15", "shooting", "ASSAULT", "firearms", ("a policeman", "GRC", "COP"),
      ("a 15-year-old boy", "GRC", "CVL"), GRSHOT, None, cl="rm-gr-shooting"),
    E("another week of protests", "protests", "PROTEST", "demo", None, None, None, None,
      mod="future", cl="rm-gr-protests-next"),
    E("students barricaded themselves", "barricaded", "PROTEST", "demo", ("students", "GRC", "EDU"),
      ("the country's military junta", "GRC", "GOV"), mo("1973-11", True), None,
      cl="rm-gr-1973-revolt"),
    E("police moved in with tanks", "moved in", "ASSAULT", None, ("the national police", "GRC", "COP"),
      ("a still-disputed number of protesters", "GRC", "CVL"), d("1973-11-17", True), None,
      cl="rm-gr-1973-crackdown"),
    E("are under occupation", "occupation", "PROTEST", "demo",
      ("students and other youth", "GRC", "EDU"), None, None, "Athens",
      cl="rm-gr-occupation"),
    E("the Dec. 6 killing", "killing", "ASSAULT", "firearms", None,
      ("Alexandros Grigoropoulos", "GRC", "CVL"), GRSHOT, None, cl="rm-gr-shooting"),
    E("has rejected calls", "rejected", "REJECT", None,
      ("Prime Minister Costas Karamanlis", "GRC", "GOV"), ("opposition leaders", "GRC", "OPP"), None,
      None, cl="rm-gr-reject-elections"),
    E("calls by opposition leaders", "calls", "REQUEST", None, ("opposition leaders", "GRC", "OPP"),
      ("Prime Minister Costas Karamanlis", "GRC", "GOV"), None, None, mod="demanded",
      cl="rm-gr-call-elections"),
    E("even before the riots", "riots", "PROTEST", "riot", None, None, None, None, cl="rm-gr-riots"),
], source="ecbplus:19_6ecb",
  note="outlet and date inferred: a Christian Science Monitor-style report 'more than a week' after "
       "the killing of Saturday 6 December 2008, before 'another week of protests'; put on Monday "
       "15 December 2008; text cut after its eighteenth line")

# --------------------------------------------------------------------------
# 21-22 (ECB+ 26_10ecbplus, 26_11ecbplus): Vincent Gigante dies in prison,
# Monday 19 December 2005; his conviction and pleas recalled.
# --------------------------------------------------------------------------
GIG = ("Gigante", "USA", "UAF")
X, H = T("ecbplus:26_10ecbplus")
A("21", "UPI", "2005-12-19", H, X, [
    E("was serving a 12", "sentence", "SANCTION", "convict", None, GIG, None, None,
      cl="rm-gig-sentence"),
    E("conspiracy conviction in Brooklyn", "conviction", "SANCTION", "convict", None, GIG, yr("1997"),
      "Brooklyn", cl="rm-gig-conviction"),
    E("was due to be released", "released", "RETREAT", "release", None, GIG, mo("2010-06", False),
      None, mod="future"),
    E("Gigante plead guilty", "plead guilty", "CONCEDE", None, GIG, None, mo("2003-04", True), None,
      cl="rm-gig-plea"),
    E("adding three years", "adding", "SANCTION", "convict", None, None, mo("2003-04", True), None,
      cl="rm-gig-plea-sentence"),
], source="ecbplus:26_10ecbplus", note="published date from the date line (Dec. 19, 2005)")

X, H = T("ecbplus:26_11ecbplus")
A("22", "Deseret News", "2005-12-20", H, X, [
    E("racketeering conviction", "conviction", "SANCTION", "convict", None, GIG, mo("1997-07", True),
      None, cl="rm-gig-conviction"),
    E("He was sentenced to 12", "sentenced", "SANCTION", "convict", None, ("He", "USA", "UAF"), None,
      None, cl="rm-gig-sentence"),
], source="ecbplus:26_11ecbplus", note="published date from the date line (Tuesday, Dec. 20 2005)")

# --------------------------------------------------------------------------
# 23 (ECB+ 16_3ecbplus): a memorial page on Deputy Jerry Ortiz, shot on
# Friday 24 June 2005; the verdict of April 2007 recalled.
# --------------------------------------------------------------------------
J24 = d("2005-06-24", True)
X, H = T("ecbplus:16_3ecbplus")
A("23", "Officer Down Memorial Page", "2007-06-01", H, X, [
    E("Ortiz was shot and killed", "shot", "ASSAULT", "firearms", None,
      ("Deputy Jerry Ortiz", "USA", "COP"), J24, None, cl="rm-ortiz-shot"),
    E("during an investigation", "investigation", "ACCUSE", "investigate", None, None, J24, None),
    E("to question a woman", "question", "ACCUSE", "investigate", ("Deputy Ortiz", "USA", "COP"),
      ("a woman", "USA", "CVL"), J24, "Hawaiian Gardens"),
    E("a shooting that had taken place", "shooting", "ASSAULT", "firearms", None, None,
      d("2005-06-23", True), None, cl="rm-ortiz-prevshoot"),
    E("appeared and shot him", "shot", "ASSAULT", "firearms",
      ("the suspect in the previous day's shooting", "USA", "CVL"), ("him", "USA", "COP"), J24, None,
      cl="rm-ortiz-shot"),
    E("Deputies found him hiding", "found", "COERCE", "arrest", ("Deputies", "USA", "COP"),
      ("him", "USA", "CVL"), J24, None, cl="rm-ortiz-arrest"),
    E("was charged with first degree", "charged", "ACCUSE", "allege", None, ("The suspect", "USA", "CVL"),
      None, None, cl="rm-ortiz-charge"),
    E("faces the death penalty", "faces", "SANCTION", "convict", None, ("The suspect", "USA", "CVL"),
      None, None, mod="future"),
    E("the suspect was found guilty", "guilty", "SANCTION", "convict", None,
      ("the suspect", "USA", "CVL"), mo("2007-04", True), None, cl="rm-ortiz-verdict"),
    E("sentenced to death", "sentenced", "SANCTION", "convict", None, ("the suspect", "USA", "CVL"),
      mo("2007-04", True), None, cl="rm-ortiz-death"),
], source="ecbplus:16_3ecbplus",
  note="approximate: the memorial page prints no date of its own; put after the April 2007 "
       "verdict, the last date it gives; text cut after its twelfth line, its URL line cut")

# --------------------------------------------------------------------------
# 24-26 (GeoVirus geovirus-161, geovirus-167, geovirus-107): restrictions in
# animal-disease outbreaks (foot-and-mouth in Surrey, August 2007; equine
# influenza at Randwick, August 2007; bird flu in Hong Kong, February 2006).
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-161", "foot-and-mouth disease.")
A("24", "Wikinews", "2007-08-04", H, X, [
    E("the farm was isolated", "isolated", "COERCE", "restrict", None, None, None, None,
      cl="rm-fmd-isolate"),
    E("have been put into place", "put into place", "COERCE", "restrict", None, None, None,
      "Wanborough", cl="rm-fmd-zone"),
    E("UK has been banned", "banned", "COERCE", "restrict", None, None, None, P("UK", "UK"),
      cl="rm-fmd-movement"),
    E("the EU has banned exports", ("banned", "the EU has banned"), "SANCTION", "discontinue",
      ("the EU", None, "IGO"), None, None, None, cl="rm-fmd-export"),
    E("Farmers are urged", "urged", "REQUEST", None, None, ("Farmers", "GBR", "CVL"), None, None,
      mod="demanded"),
    E("Cobra met to discuss", "met", "CONSULT", None,
      ("The government's emergency committee Cobra", "GBR", "GOV"), None, None, None,
      cl="rm-fmd-cobra1"),
    E("another meeting of Cobra", "meeting", "CONSULT", None, ("Cobra", "GBR", "GOV"), None,
      d("2007-08-04"), "London", cl="rm-fmd-cobra2"),
    E("the government has asked", "asked", "REQUEST", None, ("the government", "FRA", "GOV"), None,
      None, "France", mod="demanded"),
    E("have been forbidden", "forbidden", "COERCE", "restrict", None, None, None,
      P("the French territory", "France")),
], source="geovirus:geovirus-161",
  note="approximate: no date printed; the Cobra meeting 'on Saturday' after the outbreak "
       "confirmed on 3 August (2007) is Saturday 4 August 2007, published that day")

X, H = T("geovirus:geovirus-167", "with equine influenza.")
VL = "Chief Executive of Racing NSW, Peter V'Landys"
A("25", "Wikinews", "2007-08-29", H, X, [
    E("Randwick has been locked down", "locked down", "COERCE", "restrict", None, None, None,
      "Randwick", cl="rm-ei-randwick"),
    E("would be quarantined", "quarantined", "COERCE", "restrict", None, None, None, None,
      speaker="NSW Minister for Primary Industries", mod="future", cl="rm-ei-randwick"),
    E("racing shutdown", "shutdown", "COERCE", "restrict", None, None, None, None,
      cl="rm-ei-shutdown"),
    E("a ban on horse movements", "ban", "COERCE", "restrict", None, None, wk("2007-W34"), None,
      speaker=VL, mod="reported", cl="rm-ei-ban"),
    E("carnival has been canceled", "canceled", "COERCE", "restrict", None, None, None, "Sydney",
      cl="rm-ei-sydney"),
    E("horses will be banned", "banned", "COERCE", "restrict", None, None, None, None, mod="future",
      cl="rm-ei-contact"),
    E("are not allowed to take part", "allowed", "COERCE", "restrict", None,
      ("Sydney-based jockeys Darren Beadman and Hugh Bowman and a number of interstate trainers "
       "including Bart Cummings", "AUS", "CVL"), None, None, cl="rm-ei-jockeys"),
], source="geovirus:geovirus-167",
  note="approximate: no date printed; after the ban on horse movements 'last weekend' (Saturday 25 "
       "August 2007), put on Wednesday 29 August 2007")

X, H = T("geovirus:geovirus-107", "in local poultry.")
A("26", "Wikinews", "2006-02-04", H, X, [
    E("introduced to restrict", "restrict", "COERCE", "restrict", None, None, None, None,
      speaker="Dr York Chow", mod="future", cl="rm-hk-movement"),
    E("intends to ban individual", "ban", "COERCE", "restrict", ("the government", "HKG", "GOV"),
      ("individual households", "HKG", "CVL"), None, None, speaker="York Chow", mod="future",
      cl="rm-hk-ban"),
    E("The legislation to ban private", "ban", "COERCE", "restrict", None, None, wk("2006-W06"),
      None, mod="hypothetical", cl="rm-hk-ban"),
    E("exemption will be removed", "removed", "COERCE", "restrict", None, None, None, None,
      mod="future", cl="rm-hk-ban"),
], source="geovirus:geovirus-107",
  note="approximate: no date printed; the media conference 'on Friday' before Hong Kong's ban on "
       "backyard poultry (February 2006) is put on Friday 3 February 2006, published the Saturday")

# --------------------------------------------------------------------------
# 27 (MEANTIME 1173): the Air Force e-mails on Boeing's tanker lease,
# Wikinews, 24 November 2004.
# --------------------------------------------------------------------------
X, H = T("meantime:1173")
A("27", "Wikinews", "2004-11-24", H, X, [
    E("during a speech last week", "speech", "ACCUSE", "disapprove",
      ("Senator John McCain (R-AZ)", "USA", "LEG"), None, wk("2004-W47"), None, cl="rm-mc-speech"),
    E("lawmakers rejected the proposal", "rejected", "REJECT", None,
      ("Congressional lawmakers", "USA", "LEG"), None, mo("2004-10", True), None),
    E("had been killed by the Pentagon", "killed", "REJECT", None, ("the Pentagon", "USA", "MIL"),
      None, None, None, speaker="industry experts", mod="reported"),
    E("have previously been leveled", "leveled", "ACCUSE", "allege", None,
      ("Vice President Dick Cheney", "USA", "GOV"), None, None),
    E("are now being made against", "made", "ACCUSE", "allege", None,
      ("senior Air Force officials", "USA", "MIL"), None, None),
], source="meantime:1173", note="published date from the date line (November 24, 2004); text cut after its eleventh line")

# ==========================================================================
# Own texts (CC BY 4.0, this project), written in agency styles for rec_m.
# ==========================================================================

# --------------------------------------------------------------------------
# 28-29: RSF drones strike Port Sudan airport on Wednesday 14 October 2026,
# told by Reuters (with the RSF's denial on Telegram) and by Xinhua.
# --------------------------------------------------------------------------
W14, TU13 = d("2026-10-14"), d("2026-10-13")
X = ("Sudan's army says RSF drones hit Port Sudan airport; RSF denies\n"
     "PORT SUDAN, Oct 14 (Reuters) - Drones launched by the paramilitary Rapid Support Forces "
     "struck the airport and a fuel depot in Port Sudan on Wednesday, the Sudanese army said, the "
     "third attack on the Red Sea city this month.\n"
     "Army spokesman Nabil Abdallah said air defences shot down six of the drones but two hit a "
     "hangar, killing three civilian workers.\n"
     "The RSF denied carrying out the attack in a statement on Telegram and accused the army of "
     "shelling markets in El Fasher, the capital of North Darfur, on Tuesday.\n"
     "\"We will answer every air strike on our positions with a strike deeper inside their "
     "territory,\" RSF adviser Ali Mahmoud told Al Arabiya.\n"
     "Sudan's Sovereignty Council chairman Abdel Fattah al-Burhan vowed to pursue the RSF \"until "
     "the last rebel lays down his arms\", state news agency SUNA reported.\n"
     "The United Nations suspended humanitarian flights into Port Sudan after the strike, a U.N. "
     "spokesperson said.\n"
     "The RSF first struck Port Sudan on May 4, 2025, hitting the same airport and an army base.\n"
     "The war between the army and the RSF erupted in April 2023 and has displaced more than 12 "
     "million people.\n"
     "Egypt and Saudi Arabia urged both sides to return to talks in Jeddah, where they signed a "
     "declaration on protecting civilians in May 2023.")
RSF = ("RSF", "SDN", "REB")
NABIL = "Army spokesman Nabil Abdallah"
TG = ["Telegram"]
A("28", "Reuters", "2026-10-14", X.split("\n")[0], X, [
    E("drones hit Port Sudan", "hit", "ASSAULT", "drone", ("RSF drones", "SDN", "REB"),
      ("Port Sudan airport", "SDN", "GOV"), W14, P(("Port Sudan", 1), "Port Sudan"),
      speaker=("RSF", "RSF denies"), mod="denied", cl="rm-own-psudan"),
    E("struck the airport and", "struck", "ASSAULT", "drone",
      ("Drones launched by the paramilitary Rapid Support Forces", "SDN", "REB"),
      ("the airport", "SDN", "GOV"), W14, "Port Sudan", speaker="the Sudanese army",
      mod="reported", cl="rm-own-psudan"),
    E("shot down six", "shot down", "ASSAULT", None, ("air defences", "SDN", "MIL"),
      ("six of the drones", "SDN", "REB"), W14, None, speaker=NABIL, mod="reported",
      cl="rm-own-psudan-downed"),
    E("two hit a hangar", "hit", "ASSAULT", "drone", ("two", "SDN", "REB"),
      ("three civilian workers", "SDN", "CVL"), W14, None, speaker=NABIL, mod="reported",
      cl="rm-own-psudan"),
    E("carrying out the attack", "attack", "ASSAULT", "drone", ("The RSF", "SDN", "REB"), None, W14,
      None, speaker="The RSF", relays=TG, mod="denied", cl="rm-own-psudan"),
    E("accused the army of shelling", "accused", "ACCUSE", "allege", ("The RSF", "SDN", "REB"),
      ("the army", "SDN", "MIL"), None, None, relays=TG),
    E("of shelling markets", "shelling", "ASSAULT", "heavy-weapons", ("the army", "SDN", "MIL"),
      ("markets in El Fasher", "SDN", "CVL"), TU13, "El Fasher", speaker="The RSF", relays=TG,
      mod="reported"),
    E("We will answer", "answer", "THREATEN", "violence", ("We", "SDN", "REB"), None, None, None,
      speaker="RSF adviser Ali Mahmoud", relays=["Al Arabiya"], mod="threatened",
      cl="rm-own-rsf-threat"),
    E("every air strike on our", "air strike", "ASSAULT", "aerial", None,
      ("our positions", "SDN", "REB"), None, None, speaker="RSF adviser Ali Mahmoud",
      relays=["Al Arabiya"], mod="hypothetical"),
    E("vowed to pursue the RSF", "vowed", "THREATEN", "violence",
      ("Sudan's Sovereignty Council chairman Abdel Fattah al-Burhan", "SDN", "GOV"),
      ("the RSF", "SDN", "REB"), None, None, relays=["state news agency SUNA"], mod="threatened"),
    E("the last rebel lays down", "lays down", "RETREAT", "disarm", ("the last rebel", "SDN", "REB"),
      None, None, None, speaker="Sudan's Sovereignty Council chairman Abdel Fattah al-Burhan",
      relays=["state news agency SUNA"], mod="hypothetical"),
    E("The United Nations suspended", "suspended", "SANCTION", "discontinue",
      ("The United Nations", None, "IGO"), None, None, "Port Sudan",
      speaker="a U.N. spokesperson", mod="reported", cl="rm-own-un-flights"),
    E("The RSF first struck", "struck", "ASSAULT", None, ("The RSF", "SDN", "REB"),
      ("Port Sudan", "SDN", None), d("2025-05-04", True), "Port Sudan", cl="rm-own-psudan-2025"),
    E("The war between", "war", "ASSAULT", None, ("the army", "SDN", "MIL"), ("the RSF", "SDN", "REB"),
      mo("2023-04", True), None, cl="rm-own-sudan-war"),
    E("urged both sides", "urged", "REQUEST", "meet", ("Egypt and Saudi Arabia", None, "GOV"),
      ("both sides", "SDN", None), None, None, mod="demanded"),
    E("they signed a declaration", "signed", "SUPPORT", None, ("they", "SDN", None), None,
      mo("2023-05", True), "Jeddah", cl="rm-own-jeddah"),
])

X = ("Sudan accuses RSF of drone attack on Port Sudan airport\n"
     "PORT SUDAN, Sudan, Oct. 14 (Xinhua) -- The Sudanese Armed Forces (SAF) on Wednesday accused "
     "the Rapid Support Forces (RSF) of launching a drone attack on Port Sudan International "
     "Airport, killing three workers.\n"
     "\"The terrorist militia targeted civilian facilities with eight suicide drones at dawn,\" "
     "the SAF said in a statement, adding that its air defence units downed most of them.\n"
     "The RSF has not commented on the attack.\n"
     "Sudan's Foreign Ministry condemned the attack as \"a war crime\" and called on the UN "
     "Security Council to designate the RSF a terrorist organization.\n"
     "Flights at the airport were suspended until further notice, the Sudan Civil Aviation "
     "Authority said.\n"
     "Meanwhile, the SAF said it had repelled an RSF attack on the city of Babanusa in West "
     "Kordofan state on Tuesday, killing dozens of the attackers.\n"
     "Port Sudan has served as the seat of the Sudanese government since the RSF seized most of "
     "the capital Khartoum in 2023.")
SAF = ("The Sudanese Armed Forces (SAF)", "SDN", "MIL")
SAFS = ("the SAF", "the SAF said in")
A("29", "Xinhua", "2026-10-14", X.split("\n")[0], X, [
    E("Sudan accuses RSF", "accuses", "ACCUSE", "allege", ("Sudan", "SDN", "GOV"), RSF, W14, None,
      cl="rm-own-psudan-accuse"),
    E("of drone attack on Port", "attack", "ASSAULT", "drone", RSF, ("Port Sudan airport", "SDN", "GOV"),
      W14, P(("Port Sudan", 1), "Port Sudan"), speaker=("Sudan", 1), mod="reported",
      cl="rm-own-psudan"),
    E("on Wednesday accused", "accused", "ACCUSE", "allege", SAF,
      ("the Rapid Support Forces (RSF)", "SDN", "REB"), W14, None, cl="rm-own-psudan-accuse"),
    E("launching a drone attack", "attack", "ASSAULT", "drone",
      ("the Rapid Support Forces (RSF)", "SDN", "REB"), ("three workers", "SDN", "CVL"), W14,
      P("Port Sudan International Airport", "Port Sudan"), speaker="The Sudanese Armed Forces (SAF)",
      mod="reported", cl="rm-own-psudan"),
    E("militia targeted civilian", "targeted", "ASSAULT", "drone", ("The terrorist militia", "SDN", "REB"),
      ("civilian facilities", "SDN", "CVL"), W14, None, speaker=SAFS, mod="reported",
      cl="rm-own-psudan"),
    E("units downed most", "downed", "ASSAULT", None, ("its air defence units", "SDN", "MIL"),
      ("most of them", "SDN", "REB"), W14, None, speaker=SAFS, mod="reported",
      cl="rm-own-psudan-downed"),
    E("condemned the attack as", "condemned", "ACCUSE", "disapprove",
      ("Sudan's Foreign Ministry", "SDN", "GOV"), None, None, None),
    E("condemned the attack as", ("attack", "condemned the attack as"), "ASSAULT", "drone", None, None,
      W14, None, speaker="Sudan's Foreign Ministry", mod="reported", cl="rm-own-psudan"),
    E("called on the UN", "called on", "REQUEST", None, ("Sudan's Foreign Ministry", "SDN", "GOV"),
      ("the UN Security Council", None, "IGO"), None, None, mod="demanded"),
    E("were suspended until", "suspended", "COERCE", "restrict", None, None, None,
      P(("PORT SUDAN", 1), "Port Sudan"),
      speaker="the Sudan Civil Aviation Authority", mod="reported", cl="rm-own-psudan-flights"),
    E("it had repelled", "repelled", "ASSAULT", None, (("it", "it had repelled"), "SDN", "MIL"),
      ("dozens of the attackers", "SDN", "REB"), TU13, "Babanusa", speaker="the SAF",
      mod="reported", cl="rm-own-babanusa-repel"),
    E("an RSF attack on the city", "attack", "ASSAULT", None, ("RSF", "SDN", "REB"),
      ("the city of Babanusa", "SDN", None), TU13, "Babanusa", speaker="the SAF", mod="reported",
      cl="rm-own-babanusa"),
    E("the RSF seized most", "seized", "ASSAULT", None, ("the RSF", "SDN", "REB"),
      ("most of the capital Khartoum", "SDN", None), yr("2023"), "Khartoum"),
])

# --------------------------------------------------------------------------
# 30-31: Kosovo police arrest the Serb mayor of Zvecan on Thursday 5
# November 2026, told by AP from Pristina and by Interfax from Belgrade
# (relays through Facebook, local media, RTS and TASS).
# --------------------------------------------------------------------------
TH5 = d("2026-11-05")
X = ("Kosovo police arrest Serb mayor in north; Belgrade warns of response\n"
     "PRISTINA, Kosovo (AP) - Kosovo police on Thursday arrested the Serb mayor of Zvecan and two "
     "municipal officials on suspicion of organizing an attack on NATO peacekeepers in 2023, the "
     "interior ministry said.\n"
     "Special police units raided the municipal building in Zvecan before dawn and seized "
     "computers and documents, Interior Minister Xhelal Svecla wrote on Facebook.\n"
     "Hundreds of Serbs blocked the main road between Zvecan and Mitrovica in protest, and police "
     "fired tear gas to disperse a crowd that threw stones at their vehicles, local media "
     "reported.\n"
     "Serbian President Aleksandar Vucic called the arrests \"a brutal provocation\" and said "
     "Serbia would ask the U.N. Security Council to hold an emergency session.\n"
     "\"If Pristina continues to terrorize our people, Serbia will not stand by,\" Vucic told "
     "reporters in Belgrade.\n"
     "Kosovo's Prime Minister Albin Kurti rejected the criticism and said the suspects would be "
     "tried \"like any other citizen.\"\n"
     "The NATO-led KFOR mission said it had increased patrols in the north and urged both sides to "
     "avoid \"any action that could inflame tensions.\"\n"
     "More than 90 KFOR soldiers were injured on May 29, 2023, when Serb protesters clashed with "
     "peacekeepers guarding municipal buildings in Zvecan after ethnic Albanian mayors took office "
     "there.\n"
     "Four months later, a group of armed Serbs attacked Kosovo police in the village of Banjska, "
     "killing one officer.")
KPOL = ("Kosovo police", "XKX", "COP")
SVE = "Interior Minister Xhelal Svecla"
VUC = "Serbian President Aleksandar Vucic"
LM = ["local media"]
A("30", "AP", "2026-11-05", X.split("\n")[0], X, [
    E("police arrest Serb mayor", "arrest", "COERCE", "arrest", KPOL, ("Serb mayor", "XKX", "GOV"),
      TH5, None, cl="rm-own-zvecan-arrest"),
    E("Belgrade warns", "warns", "THREATEN", None, ("Belgrade", "SRB", "GOV"), None, None, None,
      mod="threatened", cl="rm-own-vucic-threat"),
    E("on Thursday arrested the Serb", "arrested", "COERCE", "arrest", KPOL,
      ("the Serb mayor of Zvecan and two municipal officials", "XKX", "GOV"), TH5, None,
      speaker="the interior ministry", mod="reported", cl="rm-own-zvecan-arrest"),
    E("organizing an attack on NATO", "attack", "ASSAULT", None, None,
      ("NATO peacekeepers", None, "IGO"), yr("2023"), None, speaker="the interior ministry",
      mod="reported", cl="rm-own-zvecan-2023"),
    E("units raided the municipal", "raided", "COERCE", None, ("Special police units", "XKX", "COP"),
      ("the municipal building", "XKX", "GOV"), TH5, "Zvecan", speaker=SVE, relays=["Facebook"],
      mod="reported", cl="rm-own-zvecan-raid"),
    E("dawn and seized computers", "seized", "COERCE", "seize", ("Special police units", "XKX", "COP"),
      None, TH5, "Zvecan", speaker=SVE, relays=["Facebook"], mod="reported",
      cl="rm-own-zvecan-seize"),
    E("Serbs blocked the main road", "blocked", "PROTEST", "obstruct", ("Hundreds of Serbs", "XKX", "CVL"),
      None, None, None, relays=LM, mod="reported", cl="rm-own-zvecan-block"),
    E("police fired tear gas", "fired", "ASSAULT", "crowd-control", ("police", "XKX", "COP"),
      ("a crowd", "XKX", "CVL"), None, None, relays=LM, mod="reported", cl="rm-own-zvecan-teargas"),
    E("threw stones at their", "threw", "PROTEST", "riot", ("a crowd", "XKX", "CVL"),
      ("their vehicles", "XKX", "COP"), None, None, relays=LM, mod="reported",
      cl="rm-own-zvecan-stones"),
    E("a brutal provocation", "provocation", "ACCUSE", "disapprove", (VUC, "SRB", "GOV"), None, None,
      None, cl="rm-own-vucic-accuse"),
    E("called the arrests", "arrests", "COERCE", "arrest", None, None, TH5, None, speaker=VUC,
      mod="reported", cl="rm-own-zvecan-arrest"),
    E("Serbia would ask the U.N.", "ask", "REQUEST", "meet", (("Serbia", "Serbia would ask"), "SRB", "GOV"),
      ("the U.N. Security Council", None, "IGO"), None, None, speaker=(VUC, 1), mod="demanded",
      cl="rm-own-vucic-un"),
    E("Serbia will not stand by", "stand by", "THREATEN", None, ("Serbia", "SRB", "GOV"),
      ("Pristina", "XKX", "GOV"), None, None, speaker=("Vucic", "Vucic told"), mod="threatened",
      cl="rm-own-vucic-threat"),
    E("continues to terrorize", "terrorize", "COERCE", None, ("Pristina", "XKX", "GOV"),
      ("our people", "XKX", "CVL"), None, None, speaker=("Vucic", "Vucic told"), mod="hypothetical"),
    E("Kurti rejected the criticism", "rejected", "REJECT", None,
      ("Kosovo's Prime Minister Albin Kurti", "XKX", "GOV"), None, None, None),
    E("suspects would be tried", "tried", "ACCUSE", "allege", None, ("the suspects", "XKX", "GOV"),
      None, None, speaker="Kosovo's Prime Minister Albin Kurti", mod="future"),
    E("had increased patrols", "patrols", "MOBILIZE", "troops",
      ("The NATO-led KFOR mission", None, "IGO"), None, None, None,
      speaker="The NATO-led KFOR mission", mod="reported"),
    E("urged both sides to avoid", "urged", "REQUEST", None, ("The NATO-led KFOR mission", None, "IGO"),
      ("both sides", None, None), None, None, mod="demanded"),
    E("Serb protesters clashed", "clashed", "PROTEST", "riot", ("Serb protesters", "XKX", "CVL"),
      ("peacekeepers", None, "IGO"), d("2023-05-29", True), "Zvecan", cl="rm-own-zvecan-2023"),
    E("armed Serbs attacked", "attacked", "ASSAULT", None, ("a group of armed Serbs", "XKX", "UAF"),
      ("Kosovo police", "XKX", "COP"), mo("2023-09", True), "Banjska"),
])

X = ("Vucic: Serbia will seek UN session over arrests in Kosovo\n"
     "BELGRADE, November 5 (Interfax) - Serbian President Aleksandar Vucic said on Thursday that "
     "Belgrade would request an urgent meeting of the UN Security Council after Kosovo police "
     "detained three Serb officials in Zvecan.\n"
     "\"This is the persecution of Serbs for the crime of being Serbs,\" Vucic said in an address "
     "broadcast by RTS.\n"
     "He said the Serbian army had been placed on the highest state of combat readiness along the "
     "administrative line, but added that Belgrade had no intention of sending troops into Kosovo "
     "unless Serbs there were attacked.\n"
     "The Russian Foreign Ministry condemned the detentions and accused Pristina of trying to "
     "provoke a new conflict with the tacit approval of the West, TASS reported, citing ministry "
     "spokeswoman Maria Zakharova.\n"
     "According to RTS, Kosovo special police also detained a Serb journalist who was filming the "
     "operation and later released him.\n"
     "Kosovo declared independence from Serbia in February 2008; Belgrade and Moscow do not "
     "recognise it.")
RUS = ("The Russian Foreign Ministry", "RUS", "GOV")
ZT = ["ministry spokeswoman Maria Zakharova", "TASS"]
A("31", "Interfax", "2026-11-05", X.split("\n")[0], X, [
    E("will seek UN session", "seek", "REQUEST", "meet", ("Serbia", "SRB", "GOV"), ("UN", None, "IGO"),
      None, None, speaker=("Vucic", 1), mod="demanded", cl="rm-own-vucic-un"),
    E("over arrests in Kosovo", "arrests", "COERCE", "arrest", None, None, None,
      P(("Kosovo", 1), "Kosovo"), cl="rm-own-zvecan-arrest"),
    E("would request an urgent", "request", "REQUEST", "meet", ("Belgrade", "SRB", "GOV"),
      ("the UN Security Council", None, "IGO"), None, None, speaker=VUC, mod="demanded",
      cl="rm-own-vucic-un"),
    E("police detained three Serb", "detained", "COERCE", "arrest", KPOL,
      ("three Serb officials", "XKX", "GOV"), None, "Zvecan", cl="rm-own-zvecan-arrest"),
    E("This is the persecution", "persecution", "ACCUSE", "disapprove", (("Vucic", "Vucic said in"), "SRB", "GOV"),
      None, None, None, speaker=("Vucic", "Vucic said in"), relays=["RTS"]),
    E("had been placed on the highest", "placed", "MOBILIZE", "troops", None, None, None, None,
      speaker="He", mod="reported"),
    E("no intention of sending troops", "sending", "MOBILIZE", "troops", ("Belgrade", "SRB", "GOV"),
      None, None, None, speaker="He", mod="negated"),
    E("unless Serbs there were attacked", "attacked", "ASSAULT", None, None, ("Serbs there", "XKX", "CVL"),
      None, None, speaker="He", mod="hypothetical"),
    E("Ministry condemned the detentions", "condemned", "ACCUSE", "disapprove", RUS, None, None, None,
      relays=ZT),
    E("condemned the detentions", "detentions", "COERCE", "arrest", None, None, None, None,
      speaker="The Russian Foreign Ministry", relays=ZT, mod="reported", cl="rm-own-zvecan-arrest"),
    E("accused Pristina of trying", "accused", "ACCUSE", "allege", RUS, ("Pristina", "XKX", "GOV"),
      None, None, relays=ZT),
    E("special police also detained", "detained", "COERCE", "arrest",
      ("Kosovo special police", "XKX", "COP"), ("a Serb journalist", "XKX", "MED"), None, None,
      relays=["RTS"], mod="reported", cl="rm-own-journalist"),
    E("later released him", "released", "RETREAT", "release", ("Kosovo special police", "XKX", "COP"),
      ("him", "XKX", "MED"), None, None, relays=["RTS"], mod="reported"),
    E("do not recognise", "recognise", "SUPPORT", None, ("Belgrade and Moscow", None, "GOV"),
      ("it", "XKX", "GOV"), None, None, mod="negated"),
])

# --------------------------------------------------------------------------
# 32-33: an Israeli drone strike near Nabatieh on Wednesday 18 November
# 2026, told by AFP from Beirut (relays through the NNA) and by an Israeli
# outlet (the IDF's account, Al-Manar).
# --------------------------------------------------------------------------
W18, TU17, MO16 = d("2026-11-18"), d("2026-11-17"), d("2026-11-16")
X = ("Israeli strike kills four in south Lebanon despite truce\n"
     "BEIRUT, Nov 18 (AFP) - An Israeli drone strike on a car near the southern Lebanese town of "
     "Nabatieh killed four people on Wednesday, Lebanon's official National News Agency (NNA) "
     "reported.\n"
     "The Lebanese health ministry said two children were among the dead.\n"
     "The Israeli army said it had targeted a Hezbollah commander who was trying to rebuild the "
     "group's rocket launch sites, but did not name him.\n"
     "Hezbollah did not immediately comment.\n"
     "Lebanese President Joseph Aoun condemned the strike as a \"flagrant violation\" of the "
     "ceasefire and called on the United States and France, which sponsored the truce, to "
     "pressure Israel to stop its attacks.\n"
     "Israel has kept troops at five hilltop positions inside Lebanon since the ceasefire took "
     "effect on November 27, 2024.\n"
     "Defence Minister Israel Katz warned on Monday that Israel would \"intensify\" its operations "
     "if the Lebanese army failed to disarm Hezbollah by the end of the year.\n"
     "The Lebanese cabinet tasked the army in August with drawing up a plan to bring all weapons "
     "under state control, a decision Hezbollah has said it will not accept.\n"
     "A UN peacekeeping patrol came under Israeli fire near the border village of Kfar Kila last "
     "week, the UNIFIL mission said, in what it called a \"serious violation\" of Security Council "
     "resolution 1701.")
NNA = ["Lebanon's official National News Agency (NNA)"]
AOUN = ("Lebanese President Joseph Aoun", "LBN", "GOV")
A("32", "AFP", "2026-11-18", X.split("\n")[0], X, [
    E("Israeli strike kills", "kills", "ASSAULT", "drone", ("Israeli", "ISR", "MIL"),
      ("four", "LBN", "CVL"), W18, P(("Lebanon", 1), "Lebanon"), cl="rm-own-nabatieh"),
    E("Nabatieh killed four", "killed", "ASSAULT", "drone", ("Israeli", "ISR", "MIL"),
      ("four people", "LBN", "CVL"), W18, "Nabatieh", relays=NNA, mod="reported",
      cl="rm-own-nabatieh"),
    E("it had targeted a Hezbollah", "targeted", "ASSAULT", "drone", (("it", "it had targeted"), "ISR", "MIL"),
      ("a Hezbollah commander", "LBN", "REB"), W18, None, speaker="The Israeli army", mod="reported",
      cl="rm-own-nabatieh"),
    E("was trying to rebuild", "rebuild", "MOBILIZE", "weapons", ("a Hezbollah commander", "LBN", "REB"),
      None, None, None, speaker="The Israeli army", mod="reported", cl="rm-own-hzb-rebuild"),
    E("Aoun condemned the strike", "condemned", "ACCUSE", "disapprove", AOUN, None, None, None),
    E("condemned the strike as", ("strike", "condemned the strike as"), "ASSAULT", "drone", None, None,
      W18, None, speaker="Lebanese President Joseph Aoun", mod="reported", cl="rm-own-nabatieh"),
    E("called on the United States", "called on", "REQUEST", None, AOUN,
      ("the United States and France", None, "GOV"), None, None, mod="demanded"),
    E("since the ceasefire took", "ceasefire", "RETREAT", "ceasefire", None, None,
      d("2024-11-27", True), None, cl="rm-own-lbn-truce-2024"),
    E("Katz warned on Monday", "warned", "THREATEN", "violence",
      ("Defence Minister Israel Katz", "ISR", "GOV"), None, MO16, None, mod="threatened",
      cl="rm-own-katz"),
    E("failed to disarm Hezbollah", "disarm", "COERCE", None, ("the Lebanese army", "LBN", "MIL"),
      ("Hezbollah", "LBN", "REB"), d("2026-12-31"), None, speaker="Defence Minister Israel Katz",
      mod="hypothetical"),
    E("Hezbollah has said it will not accept", "accept", "REJECT", None, ("Hezbollah", "LBN", "REB"),
      ("The Lebanese cabinet", "LBN", "GOV"), None, None),
    E("came under Israeli fire", "fire", "ASSAULT", "firearms", ("Israeli", "ISR", "MIL"),
      ("A UN peacekeeping patrol", None, "IGO"), wk("2026-W46"), "Kfar Kila",
      speaker="the UNIFIL mission", mod="reported", cl="rm-own-kfarkila"),
    E("a \"serious violation\"", "violation", "ACCUSE", "disapprove",
      (("it", "it called"), None, "IGO"), None, None, None),
])

X = ("IDF says it killed Hezbollah commander in south Lebanon strike\n"
     "The Israel Defense Forces said it had killed a Hezbollah commander in a drone strike near "
     "Nabatieh on Wednesday, accusing him of directing efforts to rebuild the terror group's "
     "rocket arsenal in southern Lebanon.\n"
     "The military named the commander as Hassan Ali Jaber and said he had been involved in "
     "planning rocket fire at northern Israel during the war in 2024.\n"
     "Lebanese media reported that four people were killed in the strike, including two children. "
     "The IDF said it was looking into the reports.\n"
     "Hezbollah's Al-Manar television said the group \"reserves the right to respond\" to the "
     "killing but stopped short of threatening retaliation.\n"
     "Prime Minister Benjamin Netanyahu warned on Tuesday that Israel would act \"with full "
     "force\" against any attempt by Hezbollah to rearm.\n"
     "The IDF has struck Lebanon hundreds of times since the November 2024 ceasefire, which ended "
     "more than a year of fighting that began when Hezbollah launched rockets at Israel on "
     "October 8, 2023, a day after Hamas's onslaught.\n"
     "Israel also arrested two Lebanese shepherds who it said had crossed the border near Mount "
     "Dov on Tuesday; they were handed over to UNIFIL hours later.")
IDF = ("The Israel Defense Forces", "ISR", "MIL")
NET = ("Prime Minister Benjamin Netanyahu", "ISR", "GOV")
A("33", "The Times of Israel", "2026-11-18", X.split("\n")[0], X, [
    E("IDF says it killed", "killed", "ASSAULT", "drone", (("it", "it killed"), "ISR", "MIL"),
      ("Hezbollah commander", "LBN", "REB"), W18, P(("Lebanon", 1), "Lebanon"), speaker="IDF",
      mod="reported", cl="rm-own-nabatieh"),
    E("it had killed a Hezbollah", "killed", "ASSAULT", "drone", (("it", "it had killed"), "ISR", "MIL"),
      ("a Hezbollah commander", "LBN", "REB"), W18, "Nabatieh", speaker="The Israel Defense Forces",
      mod="reported", cl="rm-own-nabatieh"),
    E("accusing him of directing", "accusing", "ACCUSE", "allege", IDF, ("him", "LBN", "REB"), None,
      None),
    E("efforts to rebuild", "rebuild", "MOBILIZE", "weapons", ("him", "LBN", "REB"), None, None, None,
      speaker="The Israel Defense Forces", mod="reported", cl="rm-own-hzb-rebuild"),
    E("planning rocket fire", "rocket fire", "ASSAULT", "heavy-weapons", None,
      ("northern Israel", "ISR", None), yr("2024"), None, speaker="The military", mod="reported"),
    E("four people were killed", "killed", "ASSAULT", "drone", None, ("four people", "LBN", "CVL"), W18,
      None, relays=["Lebanese media"], mod="reported", cl="rm-own-nabatieh"),
    E("to the killing but", "killing", "ASSAULT", "drone", None, None, W18, None,
      speaker="Hezbollah's Al-Manar television", mod="reported", cl="rm-own-nabatieh"),
    E("threatening retaliation", "threatening", "THREATEN", "violence", ("the group", "LBN", "REB"),
      None, None, None, mod="negated"),
    E("Netanyahu warned on Tuesday", "warned", "THREATEN", "violence", NET, ("Hezbollah", "LBN", "REB"),
      TU17, None, mod="threatened"),
    E("Hezbollah to rearm", "rearm", "MOBILIZE", "weapons", ("Hezbollah", "LBN", "REB"), None, None,
      None, speaker="Prime Minister Benjamin Netanyahu", mod="hypothetical"),
    E("the November 2024 ceasefire", "ceasefire", "RETREAT", "ceasefire", None, None,
      mo("2024-11", True), None, cl="rm-own-lbn-truce-2024"),
    E("Hezbollah launched rockets", "launched", "ASSAULT", "heavy-weapons", ("Hezbollah", "LBN", "REB"),
      ("Israel", "ISR", None), d("2023-10-08", True), None),
    E("Hamas's onslaught", "onslaught", "ASSAULT", None, ("Hamas", "PSE", "REB"), None,
      d("2023-10-07", True), None),
    E("Israel also arrested", "arrested", "COERCE", "arrest", ("Israel", "ISR", "MIL"),
      ("two Lebanese shepherds", "LBN", "CVL"), TU17, "Mount Dov", cl="rm-own-shepherds"),
    E("they were handed over to UNIFIL", "handed over", "RETREAT", "release", None,
      ("they", "LBN", "CVL"), TU17, None, cl="rm-own-shepherds-release"),
])

# --------------------------------------------------------------------------
# 34: Venezuelan soldiers fire on a Guyanese patrol, Monday 21 September
# 2026 (Reuters, Georgetown): a denial relayed by VTV, a conditional threat,
# a conditional order to return fire, the referendum of 2023 recalled.
# --------------------------------------------------------------------------
M21 = d("2026-09-21")
X = ("Guyana says Venezuelan troops fired on its soldiers near disputed border\n"
     "GEORGETOWN, Sept 22 (Reuters) - Venezuelan soldiers fired on a Guyana Defence Force patrol "
     "on the Cuyuni River on Monday, wounding two soldiers, Guyana's President Irfaan Ali said, "
     "calling it \"a deliberate act of aggression.\"\n"
     "Ali said Guyana had summoned Venezuela's ambassador and would take the matter to the U.N. "
     "Security Council.\n"
     "Guyana's army chief Brigadier Omar Khan said troops had been ordered to return fire if "
     "attacked again.\n"
     "Venezuela's defence minister Vladimir Padrino Lopez denied that his troops had opened fire "
     "and accused Guyanese soldiers of entering Venezuelan territory, state broadcaster VTV "
     "reported.\n"
     "\"If ExxonMobil's platforms keep operating in waters that belong to Venezuela, we will act to "
     "defend our sovereignty,\" Padrino said in a speech to troops in Bolivar state.\n"
     "Brazil, which borders both countries, said it had reinforced its army presence in the "
     "northern state of Roraima.\n"
     "The U.S. State Department condemned what it called Venezuelan \"threats\" and said "
     "Washington stood by Guyana.\n"
     "Venezuela held a referendum in December 2023 on creating a new state in the oil-rich "
     "Essequibo region, which makes up about two-thirds of Guyana.\n"
     "Three years earlier, the International Court of Justice ruled that it had jurisdiction to "
     "hear Guyana's case over the border; Caracas has refused to take part in the proceedings.")
ALI = "Guyana's President Irfaan Ali"
KHAN = "Guyana's army chief Brigadier Omar Khan"
PAD = "Venezuela's defence minister Vladimir Padrino Lopez"
VTV = ["state broadcaster VTV"]
A("34", "Reuters", "2026-09-22", X.split("\n")[0], X, [
    E("troops fired on its", "fired", "ASSAULT", "firearms", ("Venezuelan troops", "VEN", "MIL"),
      ("its soldiers", "GUY", "MIL"), M21, None, speaker=("Guyana", 1), mod="reported",
      cl="rm-own-cuyuni"),
    E("soldiers fired on a Guyana", "fired", "ASSAULT", "firearms", ("Venezuelan soldiers", "VEN", "MIL"),
      ("a Guyana Defence Force patrol", "GUY", "MIL"), M21, "Cuyuni River", speaker=ALI,
      mod="reported", cl="rm-own-cuyuni"),
    E("act of aggression", "aggression", "ACCUSE", "disapprove", (ALI, "GUY", "GOV"), None, None,
      None),
    E("had summoned Venezuela", "summoned", "ACCUSE", "disapprove", ("Guyana", "GUY", "GOV"),
      ("Venezuela's ambassador", "VEN", "GOV"), None, P(("GEORGETOWN", 1), "Georgetown"),
      speaker="Ali", mod="reported"),
    E("would take the matter", "take", "REQUEST", None, ("Guyana", "GUY", "GOV"),
      ("the U.N. Security Council", None, "IGO"), None, None, speaker="Ali", mod="demanded"),
    E("ordered to return fire", "return fire", "ASSAULT", "firearms", ("troops", "GUY", "MIL"), None,
      None, None, speaker=KHAN, mod="conditional", cond="if attacked again"),
    E("if attacked again", "attacked", "ASSAULT", None, None, None, None, None, speaker=KHAN,
      mod="hypothetical"),
    E("his troops had opened fire", "opened fire", "ASSAULT", "firearms", ("his troops", "VEN", "MIL"),
      None, M21, None, speaker=PAD, relays=VTV, mod="denied", cl="rm-own-cuyuni"),
    E("accused Guyanese soldiers", "accused", "ACCUSE", "allege", (PAD, "VEN", "GOV"),
      ("Guyanese soldiers", "GUY", "MIL"), None, None, relays=VTV),
    E("of entering Venezuelan", "entering", "COERCE", None, ("Guyanese soldiers", "GUY", "MIL"), None,
      None, None, speaker=PAD, relays=VTV, mod="reported"),
    E("we will act to", "act", "THREATEN", None, ("we", "VEN", "GOV"), None, None, None,
      speaker=("Padrino", "Padrino said in"), mod="threatened", cl="rm-own-padrino-threat"),
    E("said it had reinforced", "reinforced", "MOBILIZE", "troops", (("it", "it had reinforced"), "BRA", "MIL"),
      None, None, "Roraima", speaker="Brazil", mod="reported"),
    E("Department condemned", "condemned", "ACCUSE", "disapprove",
      ("The U.S. State Department", "USA", "GOV"), None, None, None),
    E("Washington stood by Guyana", "stood by", "SUPPORT", None, ("Washington", "USA", "GOV"),
      ("Guyana", "GUY", "GOV"), None, None, speaker="The U.S. State Department", mod="reported"),
    E("has refused to take part", "refused", "REJECT", None, ("Caracas", "VEN", "GOV"), None, None,
      None),
])

# --------------------------------------------------------------------------
# 35: Mali's junta arrests former prime minister Moussa Mara, Thursday 1
# October 2026 (AFP, Bamako): a party's denial, a threat on state TV, the
# coups of 2020 and 2021 recalled, relative dates.
# --------------------------------------------------------------------------
TH1 = d("2026-10-01")
X = ("Mali junta arrests ex-prime minister over 'subversion', party denies\n"
     "BAMAKO, Oct 2 (AFP) - Malian security forces on Thursday arrested former prime minister "
     "Moussa Mara at his home in Bamako and charged him with \"undermining the credibility of the "
     "state\", his lawyer told AFP.\n"
     "Mara's party, Yelema, denied that he had called for an uprising and said the arrest was \"a "
     "political settling of scores\".\n"
     "\"He only criticised the detention of political prisoners, which is his right,\" party "
     "spokesman Ibrahim Sangare said.\n"
     "The arrest came three days after the junta dissolved all political parties and banned "
     "political meetings \"until further notice\".\n"
     "The Economic Community of West African States, which Mali left in January 2025, urged the "
     "authorities to release all politicians detained for their opinions.\n"
     "Mali's military leader General Assimi Goita, who seized power in August 2020 and staged a "
     "second coup in May 2021, was granted a five-year renewable term in July without an "
     "election.\n"
     "The junta has threatened to prosecute anyone who \"disturbs public order\" and warned on "
     "state television ORTM that protests would be dispersed by force.\n"
     "A government spokesman said the ban on parties would be lifted once a new charter on "
     "political parties was adopted.\n"
     "Jihadists linked to al-Qaeda have blockaded fuel convoys into Bamako since September, "
     "torching dozens of tankers on the road from Senegal, according to local officials.")
MARA = ("former prime minister Moussa Mara", "MLI", "OPP")
YEL = "Mara's party, Yelema"
JUNTA = ("the junta", "MLI", "GOV")
GOITA = ("Mali's military leader General Assimi Goita", "MLI", "MIL")
JIH = ("Jihadists linked to al-Qaeda", "MLI", "REB")
BKO = P(("BAMAKO", 1), "Bamako")
A("35", "AFP", "2026-10-02", X.split("\n")[0], X, [
    E("Mali junta arrests", "arrests", "COERCE", "arrest", ("Mali junta", "MLI", "GOV"),
      ("ex-prime minister", "MLI", "OPP"), TH1, None, cl="rm-own-mara-arrest"),
    E("on Thursday arrested former", "arrested", "COERCE", "arrest",
      ("Malian security forces", "MLI", "COP"), MARA, TH1, "Bamako", speaker="his lawyer",
      mod="reported", cl="rm-own-mara-arrest"),
    E("and charged him with", "charged", "ACCUSE", "allege", ("Malian security forces", "MLI", "COP"),
      ("him", "MLI", "OPP"), TH1, "Bamako", speaker="his lawyer", mod="reported",
      cl="rm-own-mara-charge"),
    E("he had called for an uprising", "called for", "REQUEST", "change", ("he", "MLI", "OPP"), None,
      None, None, speaker=YEL, mod="denied"),
    E("political settling of scores", "settling", "ACCUSE", "disapprove", (YEL, "MLI", "OPP"), None,
      None, None),
    E("said the arrest was", "arrest", "COERCE", "arrest", None, None, TH1, None,
      cl="rm-own-mara-arrest"),
    E("He only criticised", "criticised", "ACCUSE", "disapprove", ("He", "MLI", "OPP"), None, None,
      None, speaker="party spokesman Ibrahim Sangare", mod="reported"),
    E("the detention of political", "detention", "COERCE", "arrest", None,
      ("political prisoners", "MLI", "OPP"), None, None, speaker="party spokesman Ibrahim Sangare",
      mod="reported"),
    E("The arrest came three days", "arrest", "COERCE", "arrest", None, None, TH1, None,
      cl="rm-own-mara-arrest"),
    E("junta dissolved all political", "dissolved", "COERCE", "restrict", JUNTA,
      ("all political parties", "MLI", "OPP"), d("2026-09-28"), BKO, cl="rm-own-mali-parties"),
    E("and banned political meetings", "banned", "COERCE", "restrict", JUNTA, None, d("2026-09-28"),
      BKO, cl="rm-own-mali-meetings"),
    E("which Mali left in January", "left", "SANCTION", "discontinue", ("Mali", "MLI", "GOV"),
      ("The Economic Community of West African States", None, "IGO"), mo("2025-01", True), None),
    E("urged the authorities to release", "urged", "REQUEST", "yield",
      ("The Economic Community of West African States", None, "IGO"),
      ("the authorities", "MLI", "GOV"), None, None, mod="demanded"),
    E("who seized power in August", "seized", "COERCE", None, GOITA, None, mo("2020-08", True), None),
    E("staged a second coup", "coup", "COERCE", None, GOITA, None, mo("2021-05", True), None),
    E("has threatened to prosecute", "threatened", "THREATEN", "arrest", ("The junta", "MLI", "GOV"),
      None, None, None, mod="threatened"),
    E("warned on state television", "warned", "THREATEN", "violence", ("The junta", "MLI", "GOV"),
      None, None, None, relays=["state television ORTM"], mod="threatened"),
    E("that protests would be dispersed", "protests", "PROTEST", "demo", None, None, None, None,
      speaker=("The junta", "The junta has"), relays=["state television ORTM"], mod="hypothetical"),
    E("would be lifted once", "lifted", "CONCEDE", None, None, None, None, None,
      speaker="A government spokesman", mod="conditional",
      cond="once a new charter on political parties was adopted"),
    E("have blockaded fuel convoys", "blockaded", "COERCE", "restrict", JIH,
      ("fuel convoys", "MLI", "BUS"), None, None, speaker="local officials", mod="reported",
      cl="rm-own-mali-blockade"),
    E("torching dozens of tankers", "torching", "ASSAULT", "destroy", JIH,
      ("dozens of tankers", "MLI", "BUS"), None, None, speaker="local officials", mod="reported"),
])

# --------------------------------------------------------------------------
# 36: a Myanmar air strike on a monastery in Sagaing, Tuesday 11 August
# 2026 (AP, Bangkok): the junta's denial relayed by MRTV, a threat, the coup
# of February 2021 and last month's ceasefire recalled.
# --------------------------------------------------------------------------
TU11 = d("2026-08-11")
X = ("Myanmar military airstrike kills 19 at monastery, rebels say; junta denies\n"
     "BANGKOK (AP) - A Myanmar military airstrike on a Buddhist monastery in the northwestern "
     "Sagaing region killed at least 19 people, including six children, who had sheltered there "
     "from fighting, a resistance group and local media said Wednesday.\n"
     "The jet dropped two bombs on the monastery in Lin Ta Lu village shortly after midnight on "
     "Tuesday, the People's Defence Force said in a statement on Facebook.\n"
     "The independent Myanmar Now news outlet, citing a villager, reported that 30 more people "
     "were wounded.\n"
     "Military spokesman Zaw Min Tun denied that the air force had attacked civilians, saying it "
     "had struck \"a terrorist training camp\", state-run MRTV television reported.\n"
     "He warned that villages that shelter members of the People's Defence Force \"will face the "
     "consequences.\"\n"
     "The U.N. human rights office called for an independent investigation and urged the military "
     "to halt air attacks on civilian areas.\n"
     "The army seized power in February 2021, ousting the elected government of Aung San Suu Kyi "
     "and arresting her.\n"
     "Last month, the military announced a ceasefire in quake-hit areas until the end of August, "
     "but resistance groups say it has continued bombing.")
ZMT = "Military spokesman Zaw Min Tun"
MRTV = ["state-run MRTV television"]
PDF = "the People's Defence Force"
A("36", "AP", "2026-08-12", X.split("\n")[0], X, [
    E("airstrike kills 19", "kills", "ASSAULT", "aerial", ("Myanmar military", "MMR", "MIL"),
      ("19", "MMR", "CVL"), TU11, None, speaker=("junta", "junta denies"), mod="denied",
      cl="rm-own-sagaing"),
    E("region killed at least 19", "killed", "ASSAULT", "aerial", ("Myanmar military", "MMR", "MIL"),
      ("at least 19 people", "MMR", "CVL"), TU11, P("Sagaing region", "Sagaing region"),
      speaker="a resistance group and local media", mod="reported", cl="rm-own-sagaing"),
    E("The jet dropped", "dropped", "ASSAULT", "aerial", ("The jet", "MMR", "MIL"),
      ("the monastery", "MMR", "REL"), TU11, P("Lin Ta Lu village", "Lin Ta Lu"), speaker=PDF,
      relays=["Facebook"], mod="reported", cl="rm-own-sagaing"),
    E("30 more people were wounded", "wounded", "ASSAULT", "aerial", None,
      ("30 more people", "MMR", "CVL"), TU11, None, speaker="a villager",
      relays=["The independent Myanmar Now news outlet"], mod="reported", cl="rm-own-sagaing"),
    E("had attacked civilians", "attacked", "ASSAULT", "aerial", ("the air force", "MMR", "MIL"),
      ("civilians", "MMR", "CVL"), TU11, None, speaker=ZMT, relays=MRTV, mod="denied",
      cl="rm-own-sagaing"),
    E("had struck \"a terrorist", "struck", "ASSAULT", "aerial", (("it", "it had struck"), "MMR", "MIL"),
      ("a terrorist training camp", "MMR", "REB"), TU11, None, speaker=ZMT, relays=MRTV,
      mod="reported", cl="rm-own-sagaing"),
    E("He warned that villages", "warned", "THREATEN", "violence", ("He", "MMR", "MIL"),
      ("villages", "MMR", "CVL"), None, None, mod="threatened"),
    E("called for an independent", "called for", "REQUEST", None,
      ("The U.N. human rights office", None, "IGO"), None, None, None, mod="demanded"),
    E("urged the military to halt", "urged", "REQUEST", None, ("The U.N. human rights office", None, "IGO"),
      ("the military", "MMR", "MIL"), None, None, mod="demanded"),
    E("The army seized power", "seized", "COERCE", None, ("The army", "MMR", "MIL"),
      ("the elected government of Aung San Suu Kyi", "MMR", "GOV"), mo("2021-02", True), None,
      cl="rm-own-mmr-coup"),
    E("and arresting her", "arresting", "COERCE", "arrest", ("The army", "MMR", "MIL"),
      ("her", "MMR", "GOV"), mo("2021-02", True), None),
    E("announced a ceasefire", "ceasefire", "RETREAT", "ceasefire", ("the military", "MMR", "MIL"),
      None, mo("2026-07", True), None, cl="rm-own-mmr-truce"),
    E("has continued bombing", "bombing", "ASSAULT", "aerial", (("it", "it has continued"), "MMR", "MIL"),
      None, None, None, speaker="resistance groups", mod="reported"),
])

# --------------------------------------------------------------------------
# 37: protests on the second anniversary of the storming of Kenya's
# parliament, Thursday 25 June 2026 (Reuters, Nairobi): a police denial, a
# TV ban suspended by a court, June 2024 recalled.
# --------------------------------------------------------------------------
T25 = d("2026-06-25")
J2024 = d("2024-06-25", True)
X = ("Kenyan police fire tear gas at protesters on anniversary of 2024 parliament storming\n"
     "NAIROBI, June 25 (Reuters) - Kenyan police fired tear gas and water cannon at thousands of "
     "protesters in central Nairobi on Thursday who were marking the second anniversary of deadly "
     "demonstrations against tax increases.\n"
     "At least three people were shot dead on Thursday in the town of Matuu, east of Nairobi, the "
     "Kenya National Commission on Human Rights said, blaming police.\n"
     "Police spokeswoman Muchiri Nyaga said officers had only used force against \"criminals who "
     "attacked police stations\" and denied that any protester had been shot by police.\n"
     "Protesters carried coffins and chanted \"Ruto must go\", demanding the resignation of "
     "President William Ruto.\n"
     "Interior Minister Kipchumba Murkomen on Wednesday ordered television stations to stop live "
     "coverage of the protests, an order the High Court suspended hours later.\n"
     "On June 25, 2024, police opened fire on crowds that stormed parliament after lawmakers passed "
     "a finance bill, killing at least 19 people.\n"
     "Ruto withdrew the bill a day later.\n"
     "Rights groups have accused the police of abducting dozens of critics since then; the "
     "government denies any involvement.\n"
     "Opposition leader Kalonzo Musyoka said his coalition would hold nationwide rallies every week "
     "until Ruto's government compensated the families of those killed.")
KPO = ("Kenyan police", "KEN", "COP")
KNCHR = "the Kenya National Commission on Human Rights"
NYA = "Police spokeswoman Muchiri Nyaga"
NBO = P(("NAIROBI", 1), "Nairobi")
A("37", "Reuters", "2026-06-25", X.split("\n")[0], X, [
    E("police fire tear gas", "fire", "ASSAULT", "crowd-control", KPO, ("protesters", "KEN", "CVL"), T25,
      None, cl="rm-own-ke-teargas"),
    E("parliament storming", "storming", "PROTEST", "riot", None, None, J2024, None,
      cl="rm-own-ke-storm-2024"),
    E("police fired tear gas", "fired", "ASSAULT", "crowd-control", KPO,
      ("thousands of protesters", "KEN", "CVL"), T25, "Nairobi", cl="rm-own-ke-teargas"),
    E("who were marking", "marking", "PROTEST", "demo", ("thousands of protesters", "KEN", "CVL"), None,
      T25, "Nairobi", cl="rm-own-ke-protest"),
    E("deadly demonstrations", "demonstrations", "PROTEST", "demo", None, None, J2024, None,
      cl="rm-own-ke-demos-2024"),
    E("were shot dead on Thursday", "shot", "ASSAULT", "firearms", None,
      ("At least three people", "KEN", "CVL"), T25, "Matuu", speaker=KNCHR, mod="reported",
      cl="rm-own-ke-matuu"),
    E("blaming police", "blaming", "ACCUSE", "allege", (KNCHR, "KEN", "NGO"), ("police", "KEN", "COP"),
      None, None),
    E("had only used force", "used force", "ASSAULT", None, ("officers", "KEN", "COP"),
      ("criminals", "KEN", "CVL"), None, None, speaker=NYA, mod="reported", cl="rm-own-ke-force"),
    E("who attacked police stations", "attacked", "ASSAULT", None, ("criminals", "KEN", "CVL"),
      ("police stations", "KEN", "COP"), None, None, speaker=NYA, mod="reported"),
    E("had been shot by police", "shot", "ASSAULT", "firearms", (("police", "shot by police"), "KEN", "COP"),
      ("any protester", "KEN", "CVL"), T25, None, speaker=NYA, mod="denied", cl="rm-own-ke-matuu"),
    E("and chanted", "chanted", "PROTEST", "demo", ("Protesters", "KEN", "CVL"), None, T25, None,
      cl="rm-own-ke-protest"),
    # relabel63: REQUEST on 'demanding the resignation' removed — the chanting protest's participle ('chanted "Ruto must go", demanding the resignation of President William Ruto'): the demand is the protest's topic, one event (the guide's rec_b, rec_u, rec_y lines)
    E("on Wednesday ordered television", "ordered", "COERCE", "censor",
      ("Interior Minister Kipchumba Murkomen", "KEN", "GOV"), ("television stations", "KEN", "MED"),
      d("2026-06-24"), NBO, cl="rm-own-ke-tvban"),
    E("High Court suspended", "suspended", "REJECT", None, ("the High Court", "KEN", "JUD"), None,
      d("2026-06-24"), NBO),
    E("police opened fire on crowds", "opened fire", "ASSAULT", "firearms", ("police", "KEN", "COP"),
      ("crowds", "KEN", "CVL"), J2024, None, cl="rm-own-ke-fire-2024"),
    E("that stormed parliament", "stormed", "PROTEST", "riot", ("crowds", "KEN", "CVL"),
      ("parliament", "KEN", "LEG"), J2024, None, cl="rm-own-ke-storm-2024"),
    E("Ruto withdrew the bill", "withdrew", "CONCEDE", None, ("Ruto", "KEN", "GOV"), None,
      d("2024-06-26", True), None),
    E("have accused the police", "accused", "ACCUSE", "allege", ("Rights groups", "KEN", "NGO"),
      ("the police", "KEN", "COP"), None, None),
    E("of abducting dozens", "abducting", "ASSAULT", "abduct", ("the police", "KEN", "COP"),
      ("dozens of critics", "KEN", "OPP"), None, None, speaker="the government", mod="denied"),
    E("would hold nationwide rallies", "rallies", "PROTEST", "demo", ("his coalition", "KEN", "OPP"),
      None, None, None, speaker="Opposition leader Kalonzo Musyoka", mod="future"),
    E("government compensated the families", "compensated", "AID", None,
      ("Ruto's government", "KEN", "GOV"), ("the families of those killed", "KEN", "CVL"), None, None,
      speaker="Opposition leader Kalonzo Musyoka", mod="hypothetical"),
])

# --------------------------------------------------------------------------
# 38: Fano militiamen attack a military camp near Bahir Dar, Tuesday 7 July
# 2026, and a curfew follows (AFP, Addis Ababa): relays through X and Fana,
# a conditional threat, the Pretoria deal of 2022 recalled.
# --------------------------------------------------------------------------
W8, TU7 = d("2026-07-08"), d("2026-07-07")
X = ("Ethiopia imposes curfew in Amhara city after Fano attack\n"
     "ADDIS ABABA, July 8 (AFP) - Ethiopian authorities imposed a dusk-to-dawn curfew in the city "
     "of Bahir Dar on Wednesday after Fano militiamen attacked a military camp on its outskirts on "
     "Tuesday, the regional government said.\n"
     "The militiamen killed at least 11 soldiers, a local official told AFP, asking not to be "
     "named.\n"
     "Fano spokesman Asres Mare Damte said on X that the fighters had captured the camp \"without "
     "resistance\" and would attack Bahir Dar itself if the army did not withdraw from the "
     "region.\n"
     "The government's communication service denied that the camp had fallen and said troops had "
     "killed \"more than 70 extremists\", according to the state-affiliated Fana Broadcasting "
     "Corporate.\n"
     "Mobile internet has been cut in Bahir Dar since Tuesday, residents said.\n"
     "Amhara's Fano militias fought alongside the federal army against Tigrayan forces in the war "
     "that began in November 2020, but turned against Addis Ababa after the government signed a "
     "peace deal with the Tigray People's Liberation Front in Pretoria on November 2, 2022.\n"
     "Clashes broke out in August 2023, when Fano briefly seized the towns of Gondar and Lalibela, "
     "and the government declared a state of emergency in the region.\n"
     "The African Union urged both sides to agree to an immediate ceasefire and to begin talks.")
FANO = ("Fano militiamen", "ETH", "REB")
ASR = "Fano spokesman Asres Mare Damte"
GCS = "The government's communication service"
FANA = ["the state-affiliated Fana Broadcasting Corporate"]
AUG23 = mo("2023-08", True)
A("38", "AFP", "2026-07-08", X.split("\n")[0], X, [
    E("Ethiopia imposes curfew", "imposes", "COERCE", "curfew", ("Ethiopia", "ETH", "GOV"), None, W8,
      None, cl="rm-own-bahirdar-curfew"),
    E("after Fano attack", "attack", "ASSAULT", None, ("Fano", "ETH", "REB"), None, TU7, None,
      cl="rm-own-bahirdar-camp"),
    E("authorities imposed a dusk", "imposed", "COERCE", "curfew", ("Ethiopian authorities", "ETH", "GOV"),
      None, W8, "Bahir Dar", speaker="the regional government", mod="reported",
      cl="rm-own-bahirdar-curfew"),
    E("militiamen attacked a military camp", "attacked", "ASSAULT", None, FANO,
      ("a military camp", "ETH", "MIL"), TU7, "Bahir Dar", speaker="the regional government",
      mod="reported", cl="rm-own-bahirdar-camp"),
    E("The militiamen killed", "killed", "ASSAULT", None, ("The militiamen", "ETH", "REB"),
      ("at least 11 soldiers", "ETH", "MIL"), TU7, None, speaker="a local official", mod="reported",
      cl="rm-own-bahirdar-camp"),
    E("had captured the camp", "captured", "ASSAULT", None, ("the fighters", "ETH", "REB"),
      ("the camp", "ETH", "MIL"), TU7, None, speaker=ASR, relays=["X"], mod="reported",
      cl="rm-own-bahirdar-camp"),
    E("would attack Bahir Dar", "attack", "THREATEN", "violence", ("the fighters", "ETH", "REB"),
      ("Bahir Dar", "ETH", None), None, None, speaker=ASR, relays=["X"], mod="threatened"),
    E("the army did not withdraw", "withdraw", "RETREAT", "withdraw", ("the army", "ETH", "MIL"), None,
      None, None, speaker=ASR, relays=["X"], mod="hypothetical"),
    E("the camp had fallen", "fallen", "ASSAULT", None, None, ("the camp", "ETH", "MIL"), TU7, None,
      speaker=GCS, relays=FANA, mod="denied", cl="rm-own-bahirdar-camp"),
    E("troops had killed", "killed", "ASSAULT", None, ("troops", "ETH", "MIL"),
      ("more than 70 extremists", "ETH", "REB"), None, None, speaker=GCS, relays=FANA,
      mod="reported"),
    E("has been cut in Bahir Dar", "cut", "COERCE", "censor", None, None, TU7, "Bahir Dar",
      speaker="residents", mod="reported"),
    E("militias fought alongside", "fought", "ASSAULT", None, ("Amhara's Fano militias", "ETH", "REB"),
      ("Tigrayan forces", "ETH", "REB"), None, None),
    E("in the war that began", "war", "ASSAULT", None, None, None, mo("2020-11", True), None),
    E("the government signed a peace", "signed", "SUPPORT", None, ("the government", "ETH", "GOV"),
      ("the Tigray People's Liberation Front", "ETH", "REB"), d("2022-11-02", True), "Pretoria"),
    E("Clashes broke out in August", "Clashes", "ASSAULT", None, None, None, AUG23, None,
      cl="rm-own-amhara-2023"),
    E("Fano briefly seized", "seized", "ASSAULT", None, ("Fano", "ETH", "REB"),
      ("the towns of Gondar and Lalibela", "ETH", None), AUG23, "Gondar"),
    E("declared a state of emergency", "declared", "COERCE", "martial-law",
      ("the government", "ETH", "GOV"), None, AUG23, None),
    E("The African Union urged", "urged", "REQUEST", None, ("The African Union", None, "IGO"),
      ("both sides", "ETH", None), None, None, mod="demanded"),
])

# --------------------------------------------------------------------------
# 39: South Sudan's SPLM-IO threatens to quit the peace deal as Riek Machar's
# trial resumes, Wednesday 30 September 2026 (AFP, Juba; relay Radio
# Tamazuj); the Nasir attack of March 2025 recalled.
# --------------------------------------------------------------------------
W30 = d("2026-09-30")
X = ("South Sudan opposition threatens to quit peace deal as Machar trial resumes\n"
     "JUBA, Sept 30 (AFP) - South Sudan's main opposition party threatened on Wednesday to "
     "withdraw from the 2018 peace agreement if the trial of its leader, suspended first "
     "vice-president Riek Machar, was not halted within two weeks.\n"
     "Machar, who has been under house arrest since March 2025, appeared in a special court in "
     "Juba on Tuesday charged with treason and murder over an attack by the White Army militia on "
     "a military base in Nasir.\n"
     "His lawyers walked out of the hearing, accusing the judges of bias, Radio Tamazuj reported.\n"
     "\"We will not recognise any verdict from this court,\" SPLM-IO deputy chairman Oyet "
     "Nathaniel Pierino told the station.\n"
     "Information Minister Michael Makuei rejected the demand and said the government would not "
     "interfere with the judiciary.\n"
     "He said Machar's detained aides would be freed if the SPLM-IO remained in the unity "
     "government.\n"
     "The White Army overran the Nasir garrison in March 2025, killing about 250 soldiers "
     "including a general, according to the United Nations.\n"
     "Government forces have since bombed several opposition-held areas in Upper Nile state, UN "
     "officials said.\n"
     "The UN mission in South Sudan urged President Salva Kiir to release Machar and to return to "
     "dialogue.")
SPLM = ("South Sudan's main opposition party", "SSD", "OPP")
MACH = ("Machar", "SSD", "OPP")
RT = ["Radio Tamazuj"]
OYET = "SPLM-IO deputy chairman Oyet Nathaniel Pierino"
MAR25 = mo("2025-03", True)
A("39", "AFP", "2026-09-30", X.split("\n")[0], X, [
    E("opposition threatens to quit", "threatens", "THREATEN", "relations",
      ("South Sudan opposition", "SSD", "OPP"), None, W30, None, mod="threatened",
      cl="rm-own-splm-threat"),
    E("Machar trial resumes", "trial", "ACCUSE", "allege", None, MACH, d("2026-09-29"), None,
      cl="rm-own-machar-trial"),
    E("party threatened on Wednesday", "threatened", "THREATEN", "relations", SPLM, None, W30, None,
      mod="threatened", cl="rm-own-splm-threat"),
    E("under house arrest since", "house arrest", "COERCE", "arrest", None, MACH, MAR25, None,
      cl="rm-own-machar-detention"),
    E("Juba on Tuesday charged", "charged", "ACCUSE", "allege", None, MACH, d("2026-09-29"), "Juba",
      cl="rm-own-machar-trial"),
    E("over an attack by the White", "attack", "ASSAULT", None, ("the White Army militia", "SSD", "REB"),
      ("a military base", "SSD", "MIL"), MAR25, "Nasir", cl="rm-own-nasir"),
    E("His lawyers walked out", "walked out", "PROTEST", "boycott", ("His lawyers", "SSD", "OPP"), None,
      d("2026-09-29"), None, relays=RT, mod="reported"),
    E("accusing the judges of bias", "accusing", "ACCUSE", "disapprove", ("His lawyers", "SSD", "OPP"),
      ("the judges", "SSD", "JUD"), d("2026-09-29"), None, relays=RT),
    E("We will not recognise", "recognise", "REJECT", None, ("We", "SSD", "OPP"),
      ("this court", "SSD", "JUD"), None, None, speaker=OYET, relays=["the station"]),
    E("Makuei rejected the demand", "rejected", "REJECT", None,
      ("Information Minister Michael Makuei", "SSD", "GOV"), None, None, None),
    E("aides would be freed", "freed", "RETREAT", "release", None,
      ("Machar's detained aides", "SSD", "OPP"), None, None, speaker="He", mod="conditional",
      cond="if the SPLM-IO remained in the unity government"),
    E("The White Army overran", "overran", "ASSAULT", None, ("The White Army", "SSD", "REB"),
      ("about 250 soldiers including a general", "SSD", "MIL"), MAR25, "Nasir",
      speaker="the United Nations", mod="reported", cl="rm-own-nasir"),
    E("have since bombed", "bombed", "ASSAULT", "aerial", ("Government forces", "SSD", "MIL"),
      ("several opposition-held areas", "SSD", None), None, P("Upper Nile state", "Upper Nile"),
      speaker="UN officials", mod="reported"),
    E("urged President Salva Kiir", "urged", "REQUEST", "yield",
      ("The UN mission in South Sudan", None, "IGO"), ("President Salva Kiir", "SSD", "GOV"), None,
      None, mod="demanded"),
])

# --------------------------------------------------------------------------
# 40: Iran's Revolutionary Guards seize a tanker in the Gulf, Thursday 27
# August 2026 (Reuters, Dubai): relays through Tasnim and state TV, UKMTO, a
# conditional threat, the MSC Aries of April 2024 recalled.
# --------------------------------------------------------------------------
TH27 = d("2026-08-27")
X = ("Iran seizes foreign tanker in Gulf, says it was smuggling fuel\n"
     "DUBAI, Aug 27 (Reuters) - Iran's Revolutionary Guards seized a foreign-flagged tanker in the "
     "Gulf on Thursday, accusing it of smuggling two million litres of fuel, the semi-official "
     "Tasnim news agency reported.\n"
     "The vessel's 14 crew members, mostly from India and Sri Lanka, were detained and would be "
     "handed over to the judiciary, Tasnim said, citing a Guards statement.\n"
     "British maritime security agency UKMTO said a vessel had been boarded by armed men in small "
     "boats about 20 nautical miles east of Khor Fakkan and ordered to sail into Iranian waters.\n"
     "The U.S. Navy's Fifth Fleet called the seizure \"a violation of international law\" and urged "
     "Iran to release the ship and its crew immediately.\n"
     "Iran's foreign ministry spokesman Esmaeil Baghaei rejected the criticism.\n"
     "He said the crew would be allowed to leave if the ship's owner settled the case in an "
     "Iranian court.\n"
     "\"If American warships interfere, they will bear the consequences,\" a Guards commander told "
     "state television.\n"
     "In April 2024, the Guards seized the Portuguese-flagged MSC Aries near the Strait of Hormuz, "
     "and they released its crew two months later.\n"
     "Israel and the United States struck Iranian nuclear sites in June 2025, and Tehran has since "
     "threatened to close the Strait of Hormuz if it is attacked again.")
IRGC = ("Iran's Revolutionary Guards", "IRN", "MIL")
TAS = ["the semi-official Tasnim news agency"]
CREW = ("The vessel's 14 crew members", None, "CVL")
UKMTO = "British maritime security agency UKMTO"
FIFTH = ("The U.S. Navy's Fifth Fleet", "USA", "MIL")
A("40", "Reuters", "2026-08-27", X.split("\n")[0], X, [
    E("Iran seizes foreign", "seizes", "COERCE", "seize", ("Iran", "IRN", "GOV"),
      ("foreign tanker", None, "BUS"), TH27, P(("Gulf", 1), "Persian Gulf"), cl="rm-own-tanker"),
    E("Guards seized a foreign", "seized", "COERCE", "seize", IRGC,
      ("a foreign-flagged tanker", None, "BUS"), TH27, P("Gulf", "Persian Gulf"), relays=TAS,
      mod="reported", cl="rm-own-tanker"),
    E("accusing it of smuggling", "accusing", "ACCUSE", "allege", IRGC, (("it", "accusing it"), None, "BUS"),
      None, None, relays=TAS),
    E("were detained and", "detained", "COERCE", "arrest", None, CREW, TH27, None,
      speaker="a Guards statement", relays=["Tasnim"], mod="reported", cl="rm-own-tanker-crew"),
    E("would be handed over to the judiciary", "handed over", "COERCE", "arrest", None, CREW, None,
      None, speaker="a Guards statement", relays=["Tasnim"], mod="future"),
    E("had been boarded by armed", "boarded", "COERCE", None, ("armed men in small boats", "IRN", "MIL"),
      ("a vessel", None, "BUS"), TH27, "Khor Fakkan", speaker=UKMTO, mod="reported",
      cl="rm-own-tanker-board"),
    E("ordered to sail into", "ordered", "COERCE", None, None, ("a vessel", None, "BUS"), TH27,
      None, speaker=UKMTO, mod="reported", cl="rm-own-tanker"),
    E("a violation of international", "violation", "ACCUSE", "disapprove", FIFTH, None, None, None),
    E("called the seizure", "seizure", "COERCE", "seize", None, None, TH27, None,
      speaker="The U.S. Navy's Fifth Fleet", mod="reported", cl="rm-own-tanker"),
    E("urged Iran to release", "urged", "REQUEST", "yield", FIFTH, ("Iran", "IRN", "GOV"), None, None,
      mod="demanded"),
    E("Baghaei rejected the criticism", "rejected", "REJECT", None,
      ("Iran's foreign ministry spokesman Esmaeil Baghaei", "IRN", "GOV"), None, None, None),
    E("would be allowed to leave", "allowed", "RETREAT", "release", None, ("the crew", None, "CVL"),
      None, None, speaker="He", mod="conditional",
      cond="if the ship's owner settled the case in an Iranian court"),
    E("will bear the consequences", "consequences", "THREATEN", "violence",
      ("a Guards commander", "IRN", "MIL"), ("American warships", "USA", "MIL"), None, None,
      speaker="a Guards commander", relays=["state television"], mod="threatened"),
    E("the Guards seized the Portuguese", "seized", "COERCE", "seize", ("the Guards", "IRN", "MIL"),
      ("the Portuguese-flagged MSC Aries", "PRT", "BUS"), mo("2024-04", True),
      "Strait of Hormuz", cl="rm-own-aries"),
    E("they released its crew", "released", "RETREAT", "release", ("they", "IRN", "MIL"),
      ("its crew", None, "CVL"), mo("2024-06", True), None, cl="rm-own-aries-release"),
    E("struck Iranian nuclear", "struck", "ASSAULT", "aerial", ("Israel and the United States", None, "MIL"),
      ("Iranian nuclear sites", "IRN", "GOV"), mo("2025-06", True), None),
    E("threatened to close", "threatened", "THREATEN", "restrict", ("Tehran", "IRN", "GOV"), None, None,
      None, mod="threatened"),
    E("if it is attacked again", "attacked", "ASSAULT", None, None, (("it", "it is attacked"), "IRN", "GOV"),
      None, None, speaker="Tehran", mod="hypothetical"),
])


def main():
    check_real_sources(BATCH, SHARED)
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_m-12": [
            E("He is currently in custody", "custody", "COERCE", "arrest", None, ("He", "CAN", "CVL"), d("2008-12-12"), None),  # relabel50
        ],
        "rec_m-17": [
            E("tape played at trial", "trial", "ACCUSE", "allege", None, None, None, None),  # relabel50
        ],
        "rec_m-39": [
            E("walked out of the hearing", "hearing", "ACCUSE", "allege", None, ("His", "SSD", "OPP"), d("2026-09-29"), None, cl="rm-own-machar-trial"),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    # relabel62: events added by docs/annotation.md, "Questions decided
    # (relabel62, 2026-12-07)" ((c) a state body declining comment, (e) an
    # inquiry into a possible wrong), appended at each article's end so no
    # event index a relabel table names moves.
    relabel62 = {
        "rec_m-33": [
            E("The IDF said it was looking into the reports", "looking into", "ACCUSE", "investigate", (("it", "it was looking into"), "ISR", "MIL"), None, None, None, speaker="The IDF", mod="reported"),  # relabel62 (e)
        ],
        "rec_m-16": [
            E("will release more details about the investigation", "investigation", "ACCUSE", "investigate", (("they", "they will release more"), "USA", "COP"), None, None, None, speaker="New Bedford Police", mod="reported"),  # relabel62 (e): the investigation told again
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel62.get(art["id"], []))  # relabel62
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_m-01": [
            E("intervened and repulsed the attack", "attack", "ASSAULT", None, None, None, d("2008-12-13"), None, speaker="a Navy spokesman", mod="reported", cl="rm-mys-attack"),  # relabel66 (a)
            E("broke off their attack", "attack", "ASSAULT", None, None, None, d("2008-12-13"), None, cl="rm-mys-attack"),  # relabel66 (a)
            E("Today's operation is the fourth", "operation", "COERCE", None, None, None, d("2008-12-13"), None, cl="rm-mys-foil"),  # relabel66 (a)
        ],
        "rec_m-12": [
            E("hide inside their offices during the shooting", "shooting", "ASSAULT", "firearms", None, None, d("2008-12-12"), None, cl="rm-van-shoot"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


SHARED = shared_data(__file__)


if __name__ == "__main__":
    main()
