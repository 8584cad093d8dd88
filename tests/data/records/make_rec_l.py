"""Build tests/data/records/rec_l.jsonl: gold whole-record events (batch rec_l).

rec_l is the BLIND SET after rec_k: every article has ``"split": "blind"``,
and every label was written before eventwire ever ran on any of these texts
(no pipeline, no ``eval records``, no spaCy on them while labelling, no
eventwire rule code read, and no system output looked at). Run it once, at
the end of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_l.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0; header lines before the headline and
  lines at the end may be cut, never a line in between), one MEANTIME
  Wikinews article (``meantime:<doc_id>``, CC BY 4.0) and GeoVirus Wikinews
  articles (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only the text
  is copied, none of GeoVirus' annotation). No document used by rec_a..rec_k
  is used again. A text with no headline line takes its first sentence as
  title. ``published`` is the printed date, else inferred from the text's
  own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles: relays through two outlets, conditional
  threats, denials, recollections of old events with explicit and relative
  dates, one story told by several outlets.

Labels follow docs/annotation.md, including its Batch d..j decisions and the
"Batch l decisions". Spans are located by needle strings, never by
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

    python3 tests/data/records/make_rec_l.py
"""


from needles import Batch, E, P, check_real_sources, d, mo, shared_data, with_title, wk, yr

PLACES = {
    'Gulf of Aden': (12.0, 48.0),  # as rec_c and rec_j
    'Brooklyn': (40.65, -73.95),  # geonameid 5110302
    'Brownsville': (40.66, -73.91),  # Brooklyn neighbourhood, approximate point
    'Cypress Park': (34.09, -118.22),  # Los Angeles neighbourhood, approximate point
    'a Los Angeles Police jail': (34.05, -118.24),  # Los Angeles, geonameid 5368361
    'Hawaiian Gardens': (33.83, -118.07),  # geonameid 5355828
    'Wasilla': (61.58, -149.44),  # geonameid 5877641
    'Athens': (37.98, 23.73),  # geonameid 264371
    'Parliament': (37.98, 23.73),  # the Greek parliament in Athens
    'Watergate': (38.9, -77.06),  # the Watergate complex, Washington, approximate point
    'Vancouver': (49.25, -123.12),  # geonameid 6173331
    'New Bedford': (41.64, -70.93),  # geonameid 4945283
    'Quezon City': (14.65, 121.05),  # geonameid 1692192
    'Ciocile': (44.82, 27.23),  # Ciocile, Braila county, approximate point
    'New South Wales': (-33.0, 146.0),  # ADM1, approximate point
    'Ta Muen Thom': (14.35, 103.27),  # Prasat Ta Muen Thom temple, approximate point
    'Surin': (14.88, 103.49),  # Surin province (ADM1), approximate point
    'Emerald Triangle': (14.4, 105.0),  # Thailand-Cambodia-Laos tripoint area, approximate
    'Preah Vihear': (14.39, 104.68),  # Preah Vihear temple, approximate point
    'Phnom Penh': (11.56, 104.92),  # geonameid 1821306
    'Bangkok': (13.75, 100.5),  # geonameid 1609350
    'Bukavu': (-2.51, 28.86),  # geonameid 217831
    'Goma': (-1.68, 29.23),  # geonameid 216281
    'Kurram': (33.73, 70.37),  # Kurram district, approximate point
    'Torkham': (34.13, 71.09),  # Torkham border crossing, approximate point
    'Kabul': (34.53, 69.17),  # geonameid 1138958
    'Tbilisi': (41.69, 44.83),  # geonameid 611717
    'Mirebalais': (18.83, -72.1),  # geonameid 3719028
    'Kenscoff': (18.45, -72.29),  # approximate point
    'Llallagua': (-18.42, -66.58),  # approximate point
    'Moscow': (55.75, 37.62),  # geonameid 524901
    'Moqokori': (4.05, 46.45),  # Moqokori, Hiiraan, approximate point
    'Scarborough Shoal': (15.15, 117.76),  # shoal, approximate point
    'Tripoli': (32.89, 13.19),  # geonameid 2210247
    'Souq al-Juma': (32.9, 13.24),  # Tripoli district, approximate point
    'Tillaberi': (14.21, 1.45),  # geonameid 2439376
    'Niamey': (13.51, 2.11),  # geonameid 2440485
    'La Paz': (-16.5, -68.15),  # geonameid 3911925
}

BATCH = Batch("rec_l", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    'ecbplus:12_3ecbplus': (
        'Indian Navy foils attack in Gulf of Aden, nabs 26 pirates\n'
        'Mumbai, Nov 11 -\n'
        'Indian Navy patrolling the Gulf of Aden yesterday thwarted a multi - boat attack by sea brigands on merchant vessels, apprehending 26 Somali pirates and confiscating arms and ammunition, in the fifth successful anti - piracy operation since September.\n'
        'At about 9: 25 Thursday morning, navy personnel aboard warship INS Sukanya spotted a group of five suspicious boats speedily approaching the merchant vessels of her group.\n'
        '"The warship immediately altered (its direction) towards the suspicious vessels and challenged them.\n'
        'On seeing the resolve evident in the warship\'s action and probably mindful of the reputation for resolute action that the Indian Navy justly enjoys in such deployments, the pirate skiffs reversed course and tried to flee the area, " Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said.\n'
        'While two of them managed to escape, INS Sukanya successfully intercepted the remaining three boats and, in a well - practiced and professionally executed boarding - and - search action, nabbed 26 Somali pirates with six AK 47 rifles, 12 magazines and about 300 rounds of ammunition.\n'
        'This is the fifth successful anti - piracy operation conducted by INS Sukanya in the course of her ongoing patrol mission in the Gulf of Aden that commenced in September, the navy said.'
    ),
    'ecbplus:12_5ecbplus': (
        'MUST SEE: Navy pins down Somali pirates in heroic face - off\n'
        'Last updated on: November 11, 2011 19: 04 IST\n'
        'Indian Naval Ship Sukanya, deployed on anti - piracy patrols in the Gulf of Aden under the operational control of the Western Naval Command, thwarted a multiple - boat attack by pirates on Thursday and rescued 26 Somali crewmembers.\n'
        'The ship was escorting a group of five merchant vessels through the internationally recognised transit corridor at 9: 25 hours on Thursday when officers onboard detected a group of five boats approaching the merchant vessels.\n'
        'The warship immediately changed its route and challenged the pirates ferrying the suspicious vessels\n'
        'The pirates tried to reverse the course of the boats and tried to flee.\n'
        'Two managed to give the Indian Navy a slip, but the other three boats were intercepted.\n'
        'During the operation, six AK 47 rifles, 12 magazines and about 300 rounds of ammunition were found and confiscated.\n'
        'In addition, a host of other equipment such as grapnels were also confiscated.\n'
        'This is the fifth successful anti - piracy operation conducted by Sukanya, in the course of her ongoing patrol mission in the Gulf of Aden, which commenced in September.\n'
        'So far, the Indian Navy has confiscated 14 AK 47 Rifles, 31 magazines and 923 rounds of ammunition from pirates.'
    ),
    'ecbplus:12_9ecbplus': (
        'Anti Piracy Ops by INS Sukanya\n'
        'Indian Naval Ship Sukanya, presently deployed on anti - piracy patrols in the Gulf of Aden under the operational control of the Western Naval Command, found herself once again in the thick of things, thwarting a multiple - boat piracy attack on 10 Nov 11.\n'
        'The ship was escorting a group of five merchant vessels through the IRTC (Internationally Recognised Transit Corridor) when, at about 9: 25 in the morning of 10th Nov, she detected a group of five suspicious boats, speedily approaching the merchant vessels of her group.\n'
        'The warship immediately altered towards the suspicious vessels and challenged them.\n'
        "On seeing the resolve evident in the warship's action and probably mindful of the reputation for resolute action that the Indian Navy justly enjoys in such deployments, the pirate skiffs reversed course and tried to flee the area.\n"
        'While two of them managed to get away, the Sukanya successfully intercepted the remaining three and carried out well practiced and professionally executed boarding - and - search action.\n'
        'The three boats had a total of 26 Somali crew onboard.'
    ),
    'ecbplus:19_2ecbplus': (
        'Riots Erupt Following Death of Brooklyn Teen Killed By Police\n'
        "In the week following the fatal shooting of 16 - year - old Kimani Gray, several protests and riots have erupted in the teen's Brooklyn neighborhood as the cops involved have come under scrutiny for previous reported civil rights violations.\n"
        'Gray was killed on March 9 by police who claim he pointed a gun at Sgt. Mourad Mourad and Officer Jovaniel Cordova before they opened fire.\n'
        'An autopsy shows that Gray was hit in the back by three of the seven bullets fired by the officers.\n'
        'A loaded. 38 - caliber revolver was found at the scene.\n'
        'Since the shooting, over 50 arrests have been made over four nights of protesting where community members are expressing outrage and demanding justice.'
    ),
    'ecbplus:16_1ecb': (
        "Two possible gang members are under arrest for the assassination-style murder of a Los Angeles County sheriff's deputy outside his house in a gang-plagued section of the city last summer, police said Saturday.\n"
        'Guillermo Hernandez, 20, and Carlos Velasquez, 24, were arrested Friday and were being held without bail in a Los Angeles Police jail, charged with killing Juan Abel Escalante last summer, said Chief of Detectives Charlie Beck.\n'
        'The suspects are members of the Avenues Gang, a violent group that has long claimed as its turf the low-income Cypress Park area northeast of Dodger Stadium, according to the Los Angeles Times.\n'
        'But police chief William J. Bratton, eager to protect his case, would not confirm the reported gang links.\n'
        "Escalante was shot outside his boyhood home in the 3400 block of Thorpe Street in Cypress Park while on his way to work at the Men's Central Jail early Aug. 2.\n"
        "Bratton said Escalante was loading a car seat into the family's car when his wife, Celeste, heard gun shots and saw her husband on the ground.\n"
        'Police earlier confirmed that Escalante was shot in his head from behind and may never have seen his murderer.\n'
        "Bratton asked for the public's help in providing additional information now that the suspects ' names were made public."
    ),
    'ecbplus:16_2ecb': (
        "Two possible gang members were arrested in the fatal shooting of a sheriff's deputy who was murdered as he was gettingready to go to work, officials announced Saturday."
    ),
    'ecbplus:16_3ecb': (
        "Two male gang members whose names remain unreleased were arrested last night in the case of the murder of Los Angeles County Sheriff's Deputy Juan Abel Escalante which took place outside his Cypress Park home this August 2nd as he prepared to leave for work.\n"
        "According to the LA Times, ``investigators have had a difficult time determining a motive for Escalante's killing,'' however after working on the case at great length the team of detectives from both the LAPD's robbery-homicide department and the LA County Sheriff's Homicide Bureau isolated two members of the Avenues gang.\n"
        "It is possible that the murder took place due to the ongoing tension between the Avenues and the Cypress Park gang, which runs the area where Escalante lived, as opposed to Escalante being a specific target due to his work at the Men's Central Jail.\n"
        "The 27-year-old Escalante ``was shot in the back of the head and never saw the assailants coming.''\n"
        'He had been a deputy for less than 3 years when he was murdered.'
    ),
    'ecbplus:16_11ecbplus': (
        'RIP LA County Sheriff Deputy Jerry Ortiz\n'
        'Another peace officer has been gunned down in cold blood.\n'
        'His name is Los Angeles county Sheriff deputy Jerry Ortiz.\n'
        'Officer Ortiz was knocking on doors down in the city of Hawaiian Gardens looking for gang members and he was shot point blank range in the head by gang member Jose Luis Orozco.\n'
        'They caught him a few doors down from where the shooting took place.'
    ),
    'ecbplus:13_1ecb': (
        "An arsonist has badly damaged the church attended by the Governor of Alaska, Sarah Palin, and she has apologised if the fire was connected to ``undeserved negative attention'' from her failed campaign as the Republican vice-presidential nominee.\n"
        'No one was hurt in the fire on Friday night although a handful of people, including two children, were inside the Wasilla Bible Church, said the Central Mat-Su fire chief, James Steele.\n'
        'Ms Palin visited the church on Saturday.\n'
        "Her spokesman, Bill McAllister, said, ``Whatever the motives of the arsonist, the Governor has faith in the scriptural passage that what was intended for evil will in some way be used for good.''\n"
        'Mr Steele said the blaze was being treated as arson, but he did not know of any threats to the church.'
    ),
    'ecbplus:13_9ecb': (
        'The church Alaska Gov.Sarah Palin attends was badly damaged by fire Friday night, and investigators suspect arson.\n'
        'Palin, who was also the Republican vice presidential candidate, apologized if the fire was in any way connected to the attention the church received during the campaign.'
    ),
    'ecbplus:13_13ecb': (
        'The Wasilla Bible Church in Wasilla, Alaska was apparently attacked by an arsonist last night.\n'
        'The fire, which broke out when several people were inside the church, did an estimated $1 million damage.\n'
        "Authorities described the fire as ``suspicious and as potential arson.''\n"
        "The Bible Church's head minister said, ``Someone intentionally did it, but we don't know who and why.''\n"
        'He declined to say whether the church has received threats.\n'
        "Governor Palin stopped by the church this morning and ``told an assistant pastor that she apologizes if the incident is in any way connected to the undeserved negative attention the church has received since she became a vice presidential candidate.''"
    ),
    'ecbplus:8_11ecbplus': (
        'Greek austerity: British views\n'
        "Greece's parliament is due to vote on the hefty cuts and reforms proposed by the government to address the country's financial crisis.\n"
        'It comes a day after three bank workers died in a petrol bomb attack as demonstrations over the planned austerity measures turned violent.'
    ),
    'ecbplus:8_3ecbplus': (
        'Three die in bank during Greek riots\n'
        'Updated 5 / 5 / 2010 1: 41 PM\n'
        'Riots over harsh new austerity measures left three bank workers dead and engulfed the streets of Athens on Wednesday, as angry protesters tried to storm parliament, hurled Molotov cocktails at police and torched buildings.\n'
        'Police responded with barrages of tear gas.\n'
        'Tens of thousands of people took to the streets in a nationwide strike to protest new taxes and government spending cuts demanded by the International Monetary Fund and other European nations before heavily indebted Greece gets a euro110 billion ($141 billion) loan package to keep it from defaulting.\n'
        'The three bank workers a man and two women died after demonstrators set their bank on fire along the main demonstration route in central Athens.\n'
        'As their colleagues sobbed in the street, five other bank workers were rescued from the balcony of the burning building.\n'
        '"A demonstration is one thing and murder is quite another! " Prime Minister George Papandreou thundered in Parliament during a session to discuss the spending cuts he announced Sunday measures even the IMF has called draconian.\n'
        'Lawmakers held a minute of silence for the dead the first deaths during a protest in Greece since 1991.\n'
        '"We are all concerned by Greece\'s economic and budgetary situation but at this time our thoughts are with the human victims in Athens, " European Union President Herman Van Rompuy said in Brussels.\n'
        'A senior fire department official said demonstrators prevented firefighters from reaching the burning building, costing them vital time.'
    ),
    'ecbplus:11_9ecb': (
        'The government of Turkmenistan said 90 per cent of eligible voters had participated in parliamentary elections Sunday, despite boycotts from opposition groups.\n'
        'The elections, the first since the country adopted a new constitution earlier this year, had 2.5 million eligible voters picking between 288 candidates for 125 seats in the revived parliament.\n'
        'In another first, the government allowed international observers to oversee the elections.\n'
        'According to media reports, President Kurbanguly Berdymukhamedov saw the step as necessary to prove that the oil- and gas-rich nation can meet Western standards of democracy.\n'
        'But opposition groups boycotted the election.\n'
        "Groups representing Uzbeks, the nation's largest minority, complained that there was not a single Uzbek name on the ballots.\n"
        "Additionally, human rights group argued that recent reforms implemented by Berdymukhamedov's government were mere window dressing."
    ),
    'ecbplus:28_8ecbplus': (
        'Watergate figure Fred LaRue found dead in hotel\n'
        'Posted: Thursday, July 29, 2004\n'
        'Fred LaRue, a high - ranking Nixon administration official who served a prison term for his role in Watergate and was among those rumored to be Deep Throat, has died.\n'
        'He was 75.\n'
        'His body was discovered Tuesday by a maid who entered his hotel room in Biloxi, Coroner Gary Hargrove said.\n'
        'The coroner said he thinks LaRue died Saturday of natural causes.\n'
        'LaRue was known as the "bagman" who delivered payoffs to keep participants in the Watergate break - in quiet and served 412 months in federal prison for conspiracy to obstruct justice.\n'
        "LaRue served as special assistant to John Mitchell, the former attorney general who later headed President Nixon's Committee to Re - elect the President.\n"
        'LaRue discounted rumors that he was Deep Throat, saying the source for Washington Post reporters Bob Woodward and Carl Bernstein on the Watergate story was probably a combination of people.'
    ),
    'ecbplus:28_10ecb': (
        "Mark Felt, who was known as Watergate scandal informant 'Deep Throat, ' died on Friday.\n"
        'He was 95.\n'
        'Felt worked as the associate director of the FBI in the 1970s and is one of the most famous anonymous sources for the press in American history.\n'
        'His daughter Joan Felt said her father ate a big breakfast before saying he was tired, and went to sleep, she told the Washington Post.\n'
        'He died at 12:45 p.m. on Thursday at his home in Santa Rosa, California, the Post stated.\n'
        "``He slipped away,'' she said.\n"
        'Felt blew the whistle on a corrupt administration trying to cover up attempts to sabotage opponents.\n'
        "He secretly guided Washington Post reporter Bob Woodward and his colleague Carl Bernstein who pursued the story of the 1972 break-in of the Democratic National Committee's headquarters at the Watergate office buildings.\n"
        'That ultimately led to the resignation of President Richard M. Nixon.\n'
        "Felt insisted on remaining completely anonymous until May 30, 2005 when Felt's family revealed his identity in an article for Vanity Fair magazine."
    ),
    'ecbplus:26_7ecbplus': (
        "NY mob don Vincent 'Chin' Gigante dies in prison\n"
        'December 19, 2005\n'
        'Convicted mobster Vincent "Chin" Gigante, famed for wandering the streets of New York in a tattered bathrobe in a show of insanity, died on Monday in federal prison, officials said.\n'
        "Considered one of the last of New York's old - time Mafia dons, the reputed head of the Genovese family was serving a 12 - year sentence at the U. S. Medical Center for Federal Prisoners in Springfield, Missouri.\n"
        'He was 77.\n'
        'Gigante was also nicknamed "The Oddfather" and "The Pajama King" - references to his habit of shuffling along the sidewalk in Manhattan\'s Greenwich Village muttering to himself, looking disheveled and unshaven in a robe and slippers.\n'
        'His attorneys argued that Gigante was mentally ill and incapable of running a crime family; prosecutors argued he was feigning illness to avoid prosecution.\n'
        'Eventually, a jury found Gigante guilty in 1997 of conspiracy to murder other organized crime figures, racketeering, extortion and other charges.\n'
        'The case relied heavily on the testimony of six former mobsters who became government informants, including Salvatore "Sammy the Bull" Gravano, whose testimony was critical in the 1992 conviction of the late mobster John Gotti.\n'
        "Following Gigante's conviction, prosecutors said he continued to run the crime family from prison.\n"
        'In 2003, he pleaded guilty to obstructing justice by misleading doctors about his mental state.\n'
        'The cause of death was unknown, but Gigante had been suffering from heart disease, said prison spokesman Al Quintero.'
    ),
    'ecbplus:33_4ecbplus': (
        'Gangbangers who allegedly killed mom of 12 in crossfire begin trial\n'
        'Zurana Horton was killed when the accused thugs Andrew Lopez, 20 and Jonathan Carrasquillo, 24, were spraying bullets from a rooftop in Brownsville, Brooklyn and one richocheted off a wall.\n'
        'THURSDAY, APRIL 11, 2013, 12: 12 AM\n'
        'Two accused gangbangers went on trial Wednesday for tragically killing a mother of 12 as they were spraying bullets from a Brooklyn rooftop.\n'
        '"Zurana Horton became a victim of the senseless gang violence that plagues Brooklyn, " prosecutor Seth Goldman said at the start of the murder trial of half - brothers Andrew Lopez, 20, and Jonathan Carrasquillo, 24.\n'
        'The 34 - year - old mother was struck in the chest from a bullet that ricocheted off a fence in her Brownsville neighborhood in Oct. 2011, authorities said.\n'
        'Lopez was allegedly targeting members of the Young Goon gang, who had a seven - year beef with the 8 Block crew he belonged to.'
    ),
    'ecbplus:18_5ecb': (
        'A former employee who opened fire at an office Christmas party killing one man, has been charged with first-degree murder, police said Saturday.\n'
        'Constable Tim Fanning allege the recently-fired man, Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office Friday, killing Benjamin David Banky, 40.\n'
        'Fanning said the gunman, entered the party of at least a dozen people around 4:00 p.m.\n'
        'One man was shot and killed but the other partygoers managed to escape and no one else was injured.\n'
        "``Police 'locked down ' the neighborhood and negotiated with the suspect, who gave himself up to police just after 6:00 p.m.,'' Fanning said in a statement."
    ),
    'ecbplus:18_7ecb': (
        'A just- fired employee of a Canadian health products company crashed the office Christmas party in Vancouver, killing the chief executive officer, police said.\n'
        'Vancouver police identified the victim of the Friday night shooting at the TallGrass Distributors Ltd.\n'
        'Christmas party as Benjamin Banky, 40, the Canadian Broadcasting Corp. reported.\n'
        'Police said Eric Allen Kirkpatrick, 61, surrendered after two hours of negotiations with police and was charged Saturday with first-degree murder, the CBC reported.'
    ),
    'ecbplus:22_10ecbplus': (
        'Trial Begins for Kraft Shooting Suspect\n'
        'The murder trial of a suspended female employee who allegedly shot and killed two co - workers two years ago starts Monday.\n'
        'Monday, Sep 10, 2012 | Updated 9: 01 AM EDT\n'
        'The murder trial for the suspended Kraft foods employee accused of shooting three co - workers, killing two of them, starts Monday.\n'
        'Yvonne Hiller, 43, is charged with murder for the shooting deaths of two female co - workers in September 2010.\n'
        'Hiller is also charged with attempted murder for allegedly shooting and injuring a third co - worker.\n'
        'Police say that the shootings happened minutes after Hiller was suspended from her job at the Kraft Plant following an altercation with the three victims.\n'
        'They say she forced her way through security at gunpoint, walked into the employee lounge where the three victims were and shot them.'
    ),
    'ecbplus:3_3ecbplus': (
        'Arcade Joseph Comeaux Jr: Texas Child Molester Escaped and Armed\n'
        'November 30, 2009 at 02: 22 pm\n'
        'Texas inmate Arcade Joseph Comeaux Jr. escaped when he was being transported to a prison in Beaumont from Huntsville.\n'
        'Arcade Joseph Comeaux Jr. is a convicted sex offender serving a life sentence.\n'
        'Comeaux escaped with a 12 - gauge shotgun and 2 semiautomatic pistols.\n'
        'He initially was imprisoned on February 1979 on three 10 - year sentences for rape of a child, aggravated rape of a child, and burglary of a building with the intent to commit theft.\n'
        'His supervision was revoked and he returned to prison in May 1984 with a new charge of indecency with a child, given a new 20 year sentence.\n'
        'Between 1991 and 1998, Comeaux was in and out of prison on parole violations until he finally returned to prison in June 1999 to serve a life sentence for aggravated sexual assault.'
    ),
    'ecbplus:32_4ecb': (
        'Gary Gomes of New Bedford, Massachusetts, accused in the deaths of two women found in a city apartment, appeared in court today.\n'
        "Police say the landlord's son found the bodies yesterday after entering the second-floor apartment to investigate an odor of gas.\n"
        '35-year-old Gomes faces two counts of murder after his mother and his ex-girlfriend were found stabbed to death inside a New Bedford home yesterday afternoon.\n'
        'Gomes was arrested last night on charges of murder and kidnapping.'
    ),
    'meantime:5403': (
        'Boeing allowed to bid for U.S. space launch contracts again\n'
        'March 06, 2005\n'
        "Boeing's Launch Systems, Launch Services and Delta Program business units are to be allowed to bid once more for U.S. space launch contracts, the USAF has announced.\n"
        'Boeing had been suspended since July 24, 2003 after violating federal law.\n'
        "The company was discovered to have been in possession of thousands of pages of documentation from Lockheed Martin, Boeing's rival during the 1998 evolved expendable launch vehicle source selection process.\n"
        "The USAF and Boeing have signed an interim agreement to protect the Air Force's interests.\n"
        'The agreement allows for the reinstating of the suspension if Boeing is indicted or convicted, or if new evidence is found.\n'
        'Boeing will have to submit to outside verification of the remedial steps it has taken, and can not charge the Air Force for associated costs.\n'
        'Internal management responsibilities for ethical practice have been changed.\n'
        "Lockheed Martin's Atlas V and Boeing's Delta IV are two types of expendable rocket, designed to reduce the cost of space launches."
    ),
    'geovirus:geovirus-002': (
        'Local police has also arrested four vendors and seized their 3,000 kilos of "botcha" (rotten pork meat or "double dead meat") at MC Market in Balintawak, Quezon City Wednesday evening, and allegedly delivered from Bulacan. The four suspects were charged for violation of the Consumer Act of the Philippines and Republic Act 9296 or the Meat Inspection Code. In December, international experts initially probed outbreak among Philippine pigs, wherein about 6,000 pigs at Pandi and Talavera farms were tested for the Reston ebolavirus. "There is no salmonella outbreak in Eastern Visayas, Region 8, said Dr. Archie Lluz, Chief of Regional Animal Disease and Diagnostic Laboratory of the Department of Agriculture in the region. But hog specimens from Tacloban and Babatngon, where 270 swine deaths and cases of sick pigs were reported, were examined by lab tests. The results revealed cutaneous "Pasteurella hemolytica", a type of bacterial infection which causes swine deaths due to loss of appetite, dehydration, fever and diarrhea.'
    ),
    'geovirus:geovirus-032': (
        "Cases of the H5 type of the avian flu have been discovered in Romanian and Ukrainian fowl. Romania has banned hunting in parts of the country and Ukrainian troops have moved from house to house in villages rounding up chickens, ducks and geese for a mass cull. The village of Ciocile in the Romanian county of Brăila has been quarantined and thousands of birds have been killed in an attempt to contain the outbreak, the Bucharest Daily News reported. The H5 virus had been detected in nearby villages of Bumbacari and Dudescu in previous tests on Thursday. Romanian Agriculture Minister Gheorghe Flutur said that further tests in a British laboratory will be needed to determine whether the outbreak is the lethal H5N1 strain, which is feared to be able to mutate into a form that would be easily transmitted between humans. The H5N1 strain has already been confirmed in the villages of Ceamurlia de Jos, Maliuc and Caraorman, where the virus is suspected to have been brought by birds from Russia. The large delta area is a destination for migrating fowl. Meanwhile, five Ukrainian villages in Crimea have been the site for a mass cull in order to contain the country's first bird flu outbreak. Though tough measures are being taken in the area, villagers say their poultry had been infected by the disease for more than two months without any official action being taken."
    ),
    'geovirus:geovirus-096': (
        'The Honourable Peter McGauran, Federal Minister for Agriculture, has issued a 72 hour Australia wide travel ban on all Equine horse species. The ban followed confirmation that 16 horses from two separate Sydney locations have been infected with Equine Influenza. This follows earlier restrictions placed on horses in New South Wales (NSW). Mr McGauran said "There will be a 72-hour ban on all race meetings for both thoroughbreds and harness..." "In addition there will be an order for standstill for all horses under licensed persons. Also, an appeal to all those with ponies, recreational horses or work horses not to leave their properties..." Equine flu was first detected in a stallion at Eastern Creek quarantine station after arriving from the northern hemisphere. There are 80 horses currently in quarantine at either Eastern Creek in New South Wales or at the Spotswood quarantine station in Victoria. These horses are thoroughbreds brought into Australia for the spring breeding season. Horses currently in quarantine are expected to be held for another 30 days. The movement ban caused the cancellation of race meeting across the country, resulting in losses of tens of millions of dollars. Equine flu is highly contagious though it is not infectious to humans, though skin, clothing and equipment can transmit the disease. Additional restrictions have been place on people and equipment in NSW with exclusion zones around the quarantine stations. Breaches of these restriction could result in fines of up to A$44,000 and/or imprisonment for up to 12 months. The normally unrestricted travel of horses between Australia and New Zealand has been suspended and New Zealand authorities are checking all horses that have entered the country since the beginning of August.'
    ),
}


def T(key, sentence=None):
    """The real text ``key`` and its title (``needles.with_title``)."""
    return with_title(TEXTS[key], sentence)


NAVY = ("Indian Navy", "IND", "MIL")
PIR = ("pirates", "SOM", "UAF")
T10 = d("2011-11-10")
SEP11 = mo("2011-09", True)

# --------------------------------------------------------------------------
# 01-03 (ECB+ 12_3ecbplus, 12_5ecbplus, 12_9ecbplus): INS Sukanya foils a
# multi-boat pirate attack in the Gulf of Aden on Thursday 10 November 2011,
# told by three outlets (a wire-style copy from Mumbai, Rediff, a blog).
# --------------------------------------------------------------------------
X, H = T("ecbplus:12_3ecbplus")
NAMB = ("Captain Manohar Nambiar, Chief Public Relations Officer, Defence",
        "Captain Manohar Nambiar")
A("01", "unknown", "2011-11-11", H, X, [
    E("Indian Navy foils", "foils", "COERCE", None, NAVY, None, T10, "Gulf of Aden",
      cl="rl-suk-foil"),
    E("foils attack in", "attack", "ASSAULT", None, None, None, T10, "Gulf of Aden",
      cl="rl-suk-attack"),
    E("nabs 26 pirates", "nabs", "COERCE", "arrest", NAVY, ("26 pirates", "SOM", "UAF"), T10,
      None, cl="rl-suk-arrest"),
    E("yesterday thwarted", "thwarted", "COERCE", None, ("Indian Navy", "IND", "MIL"), None, T10,
      "Gulf of Aden", cl="rl-suk-foil"),
    E("multi - boat attack by sea", "attack", "ASSAULT", None, ("sea brigands", "SOM", "UAF"),
      ("merchant vessels", None, "BUS"), T10, "Gulf of Aden", cl="rl-suk-attack"),
    E("apprehending 26 Somali", "apprehending", "COERCE", "arrest", ("Indian Navy", "IND", "MIL"),
      ("26 Somali pirates", "SOM", "UAF"), T10, "Gulf of Aden", cl="rl-suk-arrest"),
    E("confiscating arms", "confiscating", "COERCE", "seize", ("Indian Navy", "IND", "MIL"), None,
      T10, "Gulf of Aden", cl="rl-suk-seize"),
    E("fifth successful anti - piracy operation since", "operation", "COERCE", None,
      ("Indian Navy", "IND", "MIL"), None, T10, "Gulf of Aden", cl="rl-suk-foil"),
    E("and challenged them", "challenged", "COERCE", None, ("The warship", "IND", "MIL"),
      ("the suspicious vessels", "SOM", "UAF"), T10, None, speaker=(NAMB[0], "the area, \""),
      mod="reported", cl="rl-suk-challenge"),
    E("INS Sukanya successfully intercepted", "intercepted", "COERCE", "arrest",
      ("INS Sukanya", "IND", "MIL"), ("the remaining three boats", "SOM", "UAF"), T10, None,
      cl="rl-suk-arrest"),
    E("boarding - and - search action", "boarding", "COERCE", "seize", ("INS Sukanya", "IND", "MIL"),
      None, T10, None, cl="rl-suk-board"),
    E("nabbed 26 Somali", "nabbed", "COERCE", "arrest", ("INS Sukanya", "IND", "MIL"),
      ("26 Somali pirates", "SOM", "UAF"), T10, None, cl="rl-suk-arrest"),
    E("fifth successful anti - piracy operation conducted", "operation", "COERCE", None,
      ("INS Sukanya", "IND", "MIL"), None, T10, "Gulf of Aden", speaker=("the navy", "the navy said"),
      mod="reported", cl="rl-suk-foil"),
], source="ecbplus:12_3ecbplus",
  note="published date from the dateline 'Mumbai, Nov 11' and the operation of Thursday 10 November 2011")

X, H = T("ecbplus:12_5ecbplus")
A("02", "Rediff", "2011-11-11", H, X, [
    E("Navy pins down", "pins down", "COERCE", None, ("Navy", "IND", "MIL"),
      ("Somali pirates", "SOM", "UAF"), T10, None, cl="rl-suk-foil"),
    E("thwarted a multiple", "thwarted", "COERCE", None,
      ("Indian Naval Ship Sukanya", "IND", "MIL"), None, T10, "Gulf of Aden", cl="rl-suk-foil"),
    E("multiple - boat attack", "attack", "ASSAULT", None, ("pirates", "SOM", "UAF"), None, T10,
      "Gulf of Aden", cl="rl-suk-attack"),
    E("rescued 26 Somali", "rescued", "AID", None, ("Indian Naval Ship Sukanya", "IND", "MIL"),
      ("26 Somali crewmembers", "SOM", "UAF"), T10, "Gulf of Aden", cl="rl-suk-arrest"),
    E("The ship was escorting", "escorting", "AID", None, ("The ship", "IND", "MIL"),
      ("a group of five merchant vessels", None, "BUS"), T10, None, cl="rl-suk-escort"),
    E("and challenged the pirates", "challenged", "COERCE", None, ("The warship", "IND", "MIL"),
      ("the pirates", "SOM", "UAF"), T10, None, cl="rl-suk-challenge"),
    E("three boats were intercepted", "intercepted", "COERCE", "arrest", None,
      ("the other three boats", "SOM", "UAF"), T10, None, cl="rl-suk-arrest"),
    E("found and confiscated", "confiscated", "COERCE", "seize", None, None, T10, None,
      cl="rl-suk-seize"),
    E("also confiscated", "confiscated", "COERCE", "seize", None, None, T10, None,
      cl="rl-suk-seize"),
    E("fifth successful anti - piracy operation", "operation", "COERCE", None, ("Sukanya", "IND", "MIL"),
      None, T10, "Gulf of Aden", cl="rl-suk-foil"),
], source="ecbplus:12_5ecbplus")

X, H = T("ecbplus:12_9ecbplus")
A("03", "unknown", "2011-11-11", H, X, [
    E("Anti Piracy Ops", "Ops", "COERCE", None, ("INS Sukanya", "IND", "MIL"), None, T10, None,
      cl="rl-suk-foil"),
    E("thwarting a multiple", "thwarting", "COERCE", None,
      ("Indian Naval Ship Sukanya", "IND", "MIL"), None, T10, "Gulf of Aden", cl="rl-suk-foil"),
    E("piracy attack on 10", "attack", "ASSAULT", None, None, None, T10, "Gulf of Aden",
      cl="rl-suk-attack"),
    E("The ship was escorting", "escorting", "AID", None, ("The ship", "IND", "MIL"),
      ("a group of five merchant vessels", None, "BUS"), T10, None, cl="rl-suk-escort"),
    E("and challenged them", "challenged", "COERCE", None, ("The warship", "IND", "MIL"),
      ("them", "SOM", "UAF"), T10, None, cl="rl-suk-challenge"),
    E("Sukanya successfully intercepted", "intercepted", "COERCE", "arrest",
      ("the Sukanya", "IND", "MIL"), ("the remaining three", "SOM", "UAF"), T10, None,
      cl="rl-suk-arrest"),
    E("boarding - and - search action", "boarding", "COERCE", "seize", ("the Sukanya", "IND", "MIL"),
      None, T10, None, cl="rl-suk-board"),
], source="ecbplus:12_9ecbplus",
  note="published date from the blog's date line (Friday, November 11, 2011), cut before the headline")

# --------------------------------------------------------------------------
# 04 (ECB+ 19_2ecbplus): protests after the police killing of Kimani Gray in
# Brooklyn (Saturday 9 March 2013), Essence, Sunday 17 March 2013.
# --------------------------------------------------------------------------
X, H = T("ecbplus:19_2ecbplus")
A("04", "Essence", "2013-03-17", H, X, [
    E("Riots Erupt", "Riots", "PROTEST", "riot", None, None, None, None, cl="rl-gray-riots"),
    E("Teen Killed By Police", "Killed", "ASSAULT", "firearms", ("Police", "USA", "COP"),
      ("Brooklyn Teen", "USA", "CVL"), d("2013-03-09", True), None, cl="rl-gray-shooting"),
    E("the fatal shooting of 16", "shooting", "ASSAULT", "firearms", None,
      ("16 - year - old Kimani Gray", "USA", "CVL"), d("2013-03-09", True), None,
      cl="rl-gray-shooting"),
    E("several protests and riots", "protests", "PROTEST", "demo", None, None, None, "Brooklyn",
      cl="rl-gray-protests"),
    E("protests and riots have erupted", "riots", "PROTEST", "riot", None, None, None, "Brooklyn",
      cl="rl-gray-riots"),
    E("have come under scrutiny", "scrutiny", "ACCUSE", "investigate", None,
      ("the cops involved", "USA", "COP"), None, None),
    E("Gray was killed on March 9", "killed", "ASSAULT", "firearms", ("police", "USA", "COP"),
      ("Gray", "USA", "CVL"), d("2013-03-09", True), None, cl="rl-gray-shooting"),
    E("he pointed a gun", "pointed", "THREATEN", "violence", (("he", "who claim"), "USA", "CVL"),
      (("Sgt. Mourad Mourad and Officer Jovaniel Cordova", "Gray was killed on"), "USA", "COP"),
      d("2013-03-09", True), None, speaker=("police", "Gray was killed on"), mod="reported",
      cl="rl-gray-gun"),
    E("they opened fire", "opened fire", "ASSAULT", "firearms", ("they", "USA", "COP"), None,
      d("2013-03-09", True), None, speaker=("police", "Gray was killed on"), mod="reported", cl="rl-gray-shooting"),
    E("over 50 arrests have been made", "arrests", "COERCE", "arrest", None, None, None, None,
      cl="rl-gray-arrests"),
    E("four nights of protesting", "protesting", "PROTEST", "demo", ("community members", "USA", "CVL"),
      None, None, None, cl="rl-gray-protests"),
    E("demanding justice", "demanding", "REQUEST", None, ("community members", "USA", "CVL"),
      None, None, None, mod="demanded"),
], source="ecbplus:19_2ecbplus",
  note="published date from the time-stamp line (Sunday, March 17, 2013), cut before the headline; text cut after its fifth body line")

# --------------------------------------------------------------------------
# 05-08 (ECB+ 16_1ecb, 16_2ecb, 16_3ecb; 16_11ecbplus): the arrest of two
# gang members for the murder of deputy Juan Abel Escalante (2 August 2008),
# and a blog on the June 2005 shooting of deputy Jerry Ortiz.
# --------------------------------------------------------------------------
AUG2 = d("2008-08-02", True)
F = d("2008-12-19")
X, H = T("ecbplus:16_1ecb", "police said Saturday.")
BECK = "Chief of Detectives Charlie Beck"
A("05", "unknown", "2008-12-20", H, X, [
    E("are under arrest", "arrest", "COERCE", "arrest", None,
      ("Two possible gang members", "USA", "UAF"), F, None, speaker="police", mod="reported",
      cl="rl-esc-arrest"),
    E("assassination-style murder", "murder", "ASSAULT", "targeted", None,
      ("a Los Angeles County sheriff's deputy", "USA", "COP"), AUG2, None,
      speaker="police", mod="reported", cl="rl-esc-murder"),
    E("were arrested Friday", "arrested", "COERCE", "arrest", None,
      ("Guillermo Hernandez, 20, and Carlos Velasquez, 24", "USA", "UAF"), F, None, speaker=BECK,
      mod="reported", cl="rl-esc-arrest"),
    E("were being held without bail", "held", "COERCE", "arrest", None,
      ("Guillermo Hernandez, 20, and Carlos Velasquez, 24", "USA", "UAF"), None,
      "a Los Angeles Police jail", speaker=BECK, mod="reported", cl="rl-esc-arrest"),
    E("charged with killing", "charged", "ACCUSE", "allege", None,
      ("Guillermo Hernandez, 20, and Carlos Velasquez, 24", "USA", "UAF"), None, None,
      speaker=BECK, mod="reported"),
    E("with killing Juan", "killing", "ASSAULT", None, None, ("Juan Abel Escalante", "USA", "COP"),
      AUG2, None, speaker=BECK, mod="reported",
      cl="rl-esc-murder"),
    E("Escalante was shot outside", "shot", "ASSAULT", "firearms", None, ("Escalante", "USA", "COP"),
      AUG2, "Cypress Park", cl="rl-esc-murder"),
    E("Escalante was shot in his head", "shot", "ASSAULT", "firearms", None,
      (("Escalante", "Escalante was shot in his head"), "USA", "COP"), AUG2, None, speaker="Police", mod="reported",
      cl="rl-esc-murder"),
    E("Bratton asked for the public's help", "asked", "REQUEST", "assist", ("Bratton", "USA", "COP"),
      ("the public", "USA", "CVL"), None, None, mod="demanded"),
], source="ecbplus:16_1ecb",
  note="approximate: no year or date printed; the murder of 2 August 2008 was 'last summer', and the arrests of 'Friday' told 'Saturday' are put on 19-20 December 2008 (the ECB topic's month); text cut after its eighth line")

X, H = T("ecbplus:16_2ecb", "announced Saturday.")
A("06", "unknown", "2008-12-20", H, X, [
    E("were arrested in", "arrested", "COERCE", "arrest", None,
      ("Two possible gang members", "USA", "UAF"), None, None, speaker="officials",
      mod="reported", cl="rl-esc-arrest"),
    E("the fatal shooting", "shooting", "ASSAULT", "firearms", None,
      ("a sheriff's deputy", "USA", "COP"), None, None, speaker="officials", mod="reported",
      cl="rl-esc-murder"),
    E("who was murdered", "murdered", "ASSAULT", None, None, ("who", "USA", "COP"), None, None,
      speaker="officials", mod="reported", cl="rl-esc-murder"),
], source="ecbplus:16_2ecb", note="approximate, as 16_1ecb (officials announced the arrests on 'Saturday', put on 20 December 2008)")

X, H = T("ecbplus:16_3ecb", "leave for work.")
A("07", "unknown", "2008-12-20", H, X, [
    E("were arrested last night", "arrested", "COERCE", "arrest", None,
      ("Two male gang members", "USA", "UAF"), F, None, cl="rl-esc-arrest"),
    E("the murder of Los Angeles", "murder", "ASSAULT", None, None,
      ("Los Angeles County Sheriff's Deputy Juan Abel Escalante", "USA", "COP"), AUG2,
      "Cypress Park", cl="rl-esc-murder"),
    E("determining a motive for Escalante's killing", "killing", "ASSAULT", None, None,
      (("Escalante", "Escalante's killing"), "USA", "COP"), AUG2, None, speaker="the LA Times", mod="reported",
      cl="rl-esc-murder"),
    E("after working on the case", "working", "ACCUSE", "investigate",
      ("the team of detectives from both the LAPD's robbery-homicide department and the LA County Sheriff's Homicide Bureau",
       "USA", "COP"), None, None, None),
    E("isolated two members", "isolated", "ACCUSE", "allege",
      ("the team of detectives from both the LAPD's robbery-homicide department and the LA County Sheriff's Homicide Bureau",
       "USA", "COP"), ("two members of the Avenues gang", "USA", "UAF"), None, None),
    E("the murder took place", "murder", "ASSAULT", None, None, None, AUG2, None,
      cl="rl-esc-murder"),
    E("was shot in the back", "shot", "ASSAULT", "firearms", None,
      ("The 27-year-old Escalante", "USA", "COP"), AUG2, None, cl="rl-esc-murder"),
    E("when he was murdered", "murdered", "ASSAULT", None, None, (("he", "he was murdered"), "USA", "COP"), AUG2,
      None, cl="rl-esc-murder"),
], source="ecbplus:16_3ecb", note="approximate, as 16_1ecb: the arrests 'last night' are those of 'Friday', put on 19 December 2008")

X, H = T("ecbplus:16_11ecbplus")
J24 = d("2005-06-24")
A("08", "Powder Blue Report", "2005-06-30", H, X, [
    E("has been gunned down", "gunned down", "ASSAULT", "firearms", None,
      ("Another peace officer", "USA", "COP"), J24, None, cl="rl-ortiz-shooting"),
    E("looking for gang members", "looking", "MOBILIZE", "police", ("Officer Ortiz", "USA", "COP"),
      ("gang members", "USA", "UAF"), J24, "Hawaiian Gardens"),
    E("he was shot point blank", "shot", "ASSAULT", "firearms", ("gang member Jose Luis Orozco", "USA", "UAF"),
      (("he", "he was shot point blank"), "USA", "COP"), J24, "Hawaiian Gardens", cl="rl-ortiz-shooting"),
    E("They caught him", "caught", "COERCE", "arrest", ("They", "USA", "COP"), ("him", "USA", "UAF"),
      J24, None, cl="rl-ortiz-arrest"),
], source="ecbplus:16_11ecbplus",
  note="published date from the blog's date line (Thursday, June 30, 2005), cut before the headline; the shooting is of Friday 24 June 2005 (ECB+ 16_3ecbplus); text cut after its fourth body line")

# --------------------------------------------------------------------------
# 09-11 (ECB+ 13_1ecb, 13_9ecb, 13_13ecb): the arson at Sarah Palin's church
# in Wasilla (Friday 12 December 2008), told by three outlets.
# --------------------------------------------------------------------------
F12, S13 = d("2008-12-12"), d("2008-12-13")
X, H = T("ecbplus:13_1ecb", "vice-presidential nominee.")
A("09", "unknown", "2008-12-14", H, X, [
    E("has badly damaged", "damaged", "ASSAULT", "destroy", ("An arsonist", "USA", None),
      ("the church attended by the Governor of Alaska, Sarah Palin", "USA", "REL"), F12, None,
      cl="rl-wasilla-arson"),
    E("she has apologised", "apologised", "CONCEDE", None, ("she", "USA", "GOV"), None, S13, None,
      cl="rl-palin-apology"),
    E("treated as arson", "arson", "ASSAULT", "destroy", None, None, F12, None,
      speaker="Mr Steele", mod="reported", cl="rl-wasilla-arson"),
], source="ecbplus:13_1ecb",
  note="published date inferred: the fire of Friday 12 December 2008 and Palin's visit 'on Saturday'; text cut after its fifth line")

X, H = T("ecbplus:13_9ecb", "suspect arson.")
A("10", "unknown", "2008-12-13", H, X, [
    E("investigators suspect arson", "arson", "ASSAULT", "destroy", None, None, F12, None,
      speaker="investigators", mod="reported", cl="rl-wasilla-arson"),
    E("apologized if", "apologized", "CONCEDE", None, ("Palin", "USA", "GOV"), None, S13, None,
      cl="rl-palin-apology"),
], source="ecbplus:13_9ecb",
  note="published date inferred: the fire of 'Friday night' (12 December 2008) told the next day; text cut after its second line")

X, H = T("ecbplus:13_13ecb", "last night.")
A("11", "unknown", "2008-12-13", H, X, [
    E("apparently attacked", "attacked", "ASSAULT", "destroy", ("an arsonist", "USA", None),
      ("The Wasilla Bible Church", "USA", "REL"), F12, "Wasilla", cl="rl-wasilla-arson"),
    E("potential arson", "arson", "ASSAULT", "destroy", None, None, F12, None,
      speaker="Authorities", mod="hypothetical", cl="rl-wasilla-arson"),
    E("Someone intentionally did it", "did", "ASSAULT", "destroy", ("Someone", "USA", None),
      (("it", "Someone intentionally"), "USA", "REL"), F12, None, speaker="The Bible Church's head minister",
      mod="reported", cl="rl-wasilla-arson"),
    E("she apologizes", "apologizes", "CONCEDE", None, ("she", "USA", "GOV"),
      ("an assistant pastor", "USA", "REL"), S13, None, cl="rl-palin-apology"),
], source="ecbplus:13_13ecb",
  note="published date inferred: 'last night' is the fire of Friday 12 December 2008; text cut after its sixth line")

# --------------------------------------------------------------------------
# 12-13 (ECB+ 8_11ecbplus, 8_3ecbplus): the Athens riots of Wednesday 5 May
# 2010 (BBC the next day, USA Today the same day).
# --------------------------------------------------------------------------
W5 = d("2010-05-05")
X, H = T("ecbplus:8_11ecbplus")
A("12", "BBC", "2010-05-06", H, X, [
    E("petrol bomb attack", "attack", "ASSAULT", None, None, ("three bank workers", "GRC", "CVL"), W5,
      None, cl="rl-athens-bank"),
    E("as demonstrations over", "demonstrations", "PROTEST", "demo", None, None, W5, None,
      cl="rl-athens-demo"),
    E("turned violent", "turned violent", "PROTEST", "riot", None, None, W5, None,
      cl="rl-athens-riot"),
], source="ecbplus:8_11ecbplus",
  note="published date inferred: parliament's vote of Thursday 6 May 2010 is 'due', a day after the deaths of 5 May")

X, H = T("ecbplus:8_3ecbplus")
PROT = ("angry protesters", "GRC", "CVL")
A("13", "USA Today", "2010-05-05", H, X, [
    E("during Greek riots", "riots", "PROTEST", "riot", None, None, W5, None, cl="rl-athens-riot"),
    E("Riots over harsh", "Riots", "PROTEST", "riot", None, None, W5, "Athens", cl="rl-athens-riot"),
    E("tried to storm parliament", "storm", "PROTEST", "riot", PROT, ("parliament", "GRC", "LEG"), W5,
      "Athens", cl="rl-athens-storm"),
    E("hurled Molotov", "hurled", "ASSAULT", None, PROT, ("police", "GRC", "COP"), W5, "Athens"),
    E("torched buildings", "torched", "PROTEST", "riot", PROT, None, W5, "Athens"),
    E("Police responded with barrages", "responded", "ASSAULT", "crowd-control",
      ("Police", "GRC", "COP"), None, W5, None),
    E("took to the streets", "took to the streets", "PROTEST", "demo",
      ("Tens of thousands of people", "GRC", "CVL"), None, W5, None, cl="rl-athens-demo"),
    E("nationwide strike", "strike", "PROTEST", "strike", ("Tens of thousands of people", "GRC", "CVL"),
      None, W5, None, cl="rl-athens-strike"),
    E("spending cuts demanded", "demanded", "REQUEST", "change",
      ("the International Monetary Fund and other European nations", None, "IGO"),
      ("Greece", "GRC", "GOV"), None, None, mod="demanded"),
    E("set their bank on fire", "set", "ASSAULT", None, ("demonstrators", "GRC", "CVL"),
      ("The three bank workers", "GRC", "CVL"), W5, "Athens", cl="rl-athens-bank"),
    E("murder is quite another", "murder", "ACCUSE", "disapprove",
      ("Prime Minister George Papandreou", "GRC", "GOV"), None, W5, "Parliament"),
    E("has called draconian", "called", "ACCUSE", "disapprove", ("the IMF", None, "IGO"),
      (("he", "cuts he announced"), "GRC", "GOV"), None, None),
    E("demonstrators prevented firefighters", "prevented", "PROTEST", "obstruct",
      ("demonstrators", "GRC", "CVL"), ("firefighters", "GRC", None), W5, None,
      speaker="A senior fire department official", mod="reported"),
], source="ecbplus:8_3ecbplus",
  note="published date from the line under the headline (Updated 5 / 5 / 2010); text cut after its tenth body line")

# --------------------------------------------------------------------------
# 14 (ECB+ 11_9ecb): Turkmenistan's parliamentary election of Sunday 14
# December 2008, boycotted by the opposition.
# --------------------------------------------------------------------------
X, H = T("ecbplus:11_9ecb", "opposition groups.")
OPP = ("opposition groups", "TKM", "OPP")
A("14", "unknown", "2008-12-15", H, X, [
    E("despite boycotts", "boycotts", "PROTEST", "boycott", OPP, None, d("2008-12-14"), None,
      cl="rl-tkm-boycott"),
    E("the government allowed", "allowed", "RETREAT", "access", ("the government", "TKM", "GOV"),
      ("international observers", None, "IGO"), d("2008-12-14"), None),
    E("opposition groups boycotted", "boycotted", "PROTEST", "boycott", OPP, None,
      d("2008-12-14"), None, cl="rl-tkm-boycott"),
    E("complained that", "complained", "ACCUSE", "disapprove",
      ("Groups representing Uzbeks, the nation's largest minority", "TKM", "CVL"), None, None, None),
    E("human rights group argued", "argued", "ACCUSE", "disapprove",
      ("human rights group", None, "NGO"), ("Berdymukhamedov's government", "TKM", "GOV"), None,
      None),
], source="ecbplus:11_9ecb",
  note="published date inferred: the election of Sunday 14 December 2008 told the next day; text cut after its seventh line")

# --------------------------------------------------------------------------
# 15-16 (ECB+ 28_8ecbplus, 28_10ecb): Watergate recalled in two obituaries.
# --------------------------------------------------------------------------
X, H = T("ecbplus:28_8ecbplus")
LAR = ("LaRue", "USA", "GOV")
A("15", "Amarillo Globe-News", "2004-07-29", H, X, [
    E("served a prison term", "prison term", "SANCTION", "convict", None,
      ("a high - ranking Nixon administration official", "USA", "GOV"), None, None,
      cl="rl-larue-prison"),
    E("the Watergate break - in quiet", "break - in", "COERCE", None, None, None, yr("1972"), None,
      cl="rl-watergate-breakin"),
    E("served 412 months", "served", "SANCTION", "convict", None, LAR, None, None,
      cl="rl-larue-prison"),
    E("LaRue discounted rumors", "discounted", "REJECT", None, LAR, None, None, None),
], source="ecbplus:28_8ecbplus")

X, H = T("ecbplus:28_10ecb", "died on Friday.")
A("16", "unknown", "2008-12-19", H, X, [
    E("Felt blew the whistle", "blew the whistle", "ACCUSE", "allege", ("Felt", "USA", "COP"),
      ("a corrupt administration", "USA", "GOV"), None, None),
    E("attempts to sabotage", "sabotage", "COERCE", None, ("a corrupt administration", "USA", "GOV"),
      ("opponents", "USA", "OPP"), None, None),
    E("He secretly guided", "guided", "COOPERATE", None, ("He", "USA", "COP"),
      ("Washington Post reporter Bob Woodward and his colleague Carl Bernstein", "USA", "MED"), None,
      None),
    E("the 1972 break-in", "break-in", "COERCE", None, None,
      ("the Democratic National Committee's headquarters", "USA", "OPP"), yr("1972"),
      P("the Watergate office buildings", "Watergate"), cl="rl-watergate-breakin"),
    E("the resignation of President", "resignation", "RETREAT", "resign",
      ("President Richard M. Nixon", "USA", "GOV"), None, None, None),
], source="ecbplus:28_10ecb",
  note="published date inferred: Felt died on Thursday 18 December 2008; the text's 'on Friday' is the day the death was told")

# --------------------------------------------------------------------------
# 17 (ECB+ 26_7ecbplus): Vincent Gigante dies in prison, his trials recalled.
# --------------------------------------------------------------------------
X, H = T("ecbplus:26_7ecbplus")
GIG = ("Gigante", "USA", "UAF")
A("17", "redOrbit", "2005-12-19", H, X, [
    E("serving a 12 - year sentence", "sentence", "SANCTION", "convict", None,
      ("the reputed head of the Genovese family", "USA", "UAF"), None, None, cl="rl-gigante-conv"),
    E("prosecutors argued", "argued", "ACCUSE", "allege", ("prosecutors", "USA", "JUD"),
      (("he", "prosecutors argued he"), "USA", "UAF"), None, None),
    E("found Gigante guilty", "found", "SANCTION", "convict", ("a jury", "USA", "JUD"), GIG,
      yr("1997"), None, cl="rl-gigante-conv"),
    E("the 1992 conviction", "conviction", "SANCTION", "convict", None,
      ("the late mobster John Gotti", "USA", "UAF"), yr("1992"), None),
    E("Following Gigante's conviction", "conviction", "SANCTION", "convict", None,
      (("Gigante", "Following Gigante's"), "USA", "UAF"), yr("1997"), None, cl="rl-gigante-conv"),
    E("he pleaded guilty", "pleaded guilty", "CONCEDE", None, ("he", "USA", "UAF"), None, yr("2003"),
      None),
], source="ecbplus:26_7ecbplus")

# --------------------------------------------------------------------------
# 18 (ECB+ 33_4ecbplus): the trial over the killing of Zurana Horton.
# --------------------------------------------------------------------------
X, H = T("ecbplus:33_4ecbplus")
OCT11 = mo("2011-10", True)
W10 = d("2013-04-10")
LC = ("the accused thugs Andrew Lopez, 20 and Jonathan Carrasquillo, 24", "USA", "UAF")
A("18", "New York Daily News", "2013-04-11", H, X, [
    E("allegedly killed mom", "killed", "ASSAULT", "firearms", ("Gangbangers", "USA", "UAF"),
      ("mom of 12", "USA", "CVL"), OCT11, None, cl="rl-horton-shooting"),
    E("begin trial", "trial", "ACCUSE", "allege", None, ("Gangbangers", "USA", "UAF"), W10, None,
      cl="rl-horton-trial"),
    E("Zurana Horton was killed", "killed", "ASSAULT", "firearms", LC,
      ("Zurana Horton", "USA", "CVL"), OCT11, "Brownsville", cl="rl-horton-shooting"),
    E("were spraying bullets from a rooftop", "spraying", "ASSAULT", "firearms", LC, None, OCT11,
      "Brownsville", cl="rl-horton-shooting"),
    E("went on trial", "trial", "ACCUSE", "allege", None, ("Two accused gangbangers", "USA", "UAF"),
      W10, None, cl="rl-horton-trial"),
    E("tragically killing", "killing", "ASSAULT", "firearms", ("Two accused gangbangers", "USA", "UAF"),
      ("a mother of 12", "USA", "CVL"), OCT11, P("Brooklyn", "Brooklyn"), cl="rl-horton-shooting"),
    E("the murder trial of half", "trial", "ACCUSE", "allege", None,
      ("half - brothers Andrew Lopez, 20, and Jonathan Carrasquillo, 24", "USA", "UAF"), W10, None,
      cl="rl-horton-trial"),
    E("was struck in the chest", "struck", "ASSAULT", "firearms", None,
      ("The 34 - year - old mother", "USA", "CVL"), OCT11, "Brownsville", speaker="authorities",
      mod="reported", cl="rl-horton-shooting"),
    E("allegedly targeting", "targeting", "ASSAULT", "firearms", ("Lopez", "USA", "UAF"),
      ("members of the Young Goon gang", "USA", "UAF"), OCT11, None, cl="rl-horton-shooting"),
], source="ecbplus:33_4ecbplus")

# --------------------------------------------------------------------------
# 19-20 (ECB+ 18_5ecb, 18_7ecb): a fired employee shoots his former boss at
# an office Christmas party in Vancouver (Friday 19 December 2008).
# --------------------------------------------------------------------------
F19, S20 = d("2008-12-12"), d("2008-12-13")
X, H = T("ecbplus:18_5ecb", "police said Saturday.")
A("19", "unknown", "2008-12-13", H, X, [
    E("who opened fire at an office", "opened fire", "ASSAULT", "firearms",
      ("A former employee", "CAN", "CVL"), ("one man", "CAN", "BUS"), F19, None, speaker="police",
      mod="reported", cl="rl-van-shooting"),
    E("has been charged with", "charged", "ACCUSE", "allege", None,
      ("A former employee", "CAN", "CVL"), S20, None, speaker="police", mod="reported",
      cl="rl-van-charge"),
    E("61, opened fire", "opened fire", "ASSAULT", "firearms",
      ("the recently-fired man, Eric Allen Kirkpatrick, 61", "CAN", "CVL"),
      ("Benjamin David Banky, 40", "CAN", "BUS"), F19, "Vancouver", speaker="Constable Tim Fanning",
      mod="reported", cl="rl-van-shooting"),
    E("was shot and killed", "shot", "ASSAULT", "firearms", None, ("One man", "CAN", "BUS"), F19,
      None, cl="rl-van-shooting"),
    E("locked down", "locked down", "COERCE", "restrict", ("Police", "CAN", "COP"),
      None, F19, None, speaker=("Fanning", "Fanning said in"),
      mod="reported"),
    E("negotiated with the suspect", "negotiated", "CONSULT", None, ("Police", "CAN", "COP"),
      ("the suspect", "CAN", "CVL"), F19, None, speaker=("Fanning", "Fanning said in"),
      mod="reported", cl="rl-van-talks"),
    E("gave himself up", "gave himself up", "RETREAT", None, ("who", "CAN", "CVL"),
      (("police", "gave himself up to police"), "CAN", "COP"), F19, None, speaker=("Fanning", "Fanning said in"),
      mod="reported", cl="rl-van-surrender"),
], source="ecbplus:18_5ecb", note="year not printed: the Friday office-party shooting in Vancouver was on 12 December 2008 (as rec_c and rec_i), told by police 'Saturday'; text cut after its fifth line")

X, H = T("ecbplus:18_7ecb", "police said.")
CBC = ("the Canadian Broadcasting Corp.", "Christmas party as")
A("20", "UPI", "2008-12-13", H, X, [
    E("killing the chief", "killing", "ASSAULT", None,
      ("A just- fired employee of a Canadian health products company", "CAN", "CVL"),
      ("the chief executive officer", "CAN", "BUS"), F19, "Vancouver", speaker="police",
      mod="reported", cl="rl-van-shooting"),
    E("the Friday night shooting", "shooting", "ASSAULT", "firearms", None, None, F19, None,
      speaker="Vancouver police", relays=[CBC], mod="reported", cl="rl-van-shooting"),
    E("surrendered after", "surrendered", "RETREAT", None,
      ("Eric Allen Kirkpatrick, 61", "CAN", "CVL"), None, F19, None, speaker="Police",
      relays=["the CBC"], mod="reported", cl="rl-van-surrender"),
    E("two hours of negotiations", "negotiations", "CONSULT", None, (("police", "negotiations with police"), "CAN", "COP"),
      ("Eric Allen Kirkpatrick, 61", "CAN", "CVL"), F19, None, speaker="Police",
      relays=["the CBC"], mod="reported", cl="rl-van-talks"),
    E("was charged Saturday", "charged", "ACCUSE", "allege", None,
      ("Eric Allen Kirkpatrick, 61", "CAN", "CVL"), S20, None, speaker="Police",
      relays=["the CBC"], mod="reported", cl="rl-van-charge"),
], source="ecbplus:18_7ecb", note="outlet and published date inferred (a UPI-style brief relaying the CBC; the charge of Saturday 13 December 2008, the shooting of Friday 12 December as rec_c and rec_i); text cut after its fourth line")

# --------------------------------------------------------------------------
# 21 (ECB+ 22_10ecbplus): the trial over the Kraft plant shooting of
# September 2010 begins (NBC Philadelphia, Monday 10 September 2012).
# --------------------------------------------------------------------------
X, H = T("ecbplus:22_10ecbplus")
SEP10 = mo("2010-09", True)
M10 = d("2012-09-10")
HIL = ("Yvonne Hiller, 43", "USA", "CVL")
A("21", "NBC Philadelphia", "2012-09-10", H, X, [
    E("Trial Begins", "Trial", "ACCUSE", "allege", None, ("Kraft Shooting Suspect", "USA", "CVL"),
      M10, None, cl="rl-kraft-trial"),
    E("Kraft Shooting Suspect", "Shooting", "ASSAULT", "firearms", None, None, SEP10, None,
      cl="rl-kraft-shooting"),
    E("The murder trial of a suspended", "trial", "ACCUSE", "allege", None,
      ("a suspended female employee", "USA", "CVL"), M10, None, mod="future", cl="rl-kraft-trial"),
    E("allegedly shot and killed", "shot", "ASSAULT", "firearms",
      ("a suspended female employee", "USA", "CVL"), ("two co - workers", "USA", "CVL"),
      SEP10, None, cl="rl-kraft-shooting"),
    E("The murder trial for", "trial", "ACCUSE", "allege", None,
      ("the suspended Kraft foods employee", "USA", "CVL"), M10, None, mod="future",
      cl="rl-kraft-trial"),
    E("employee accused of shooting", "accused", "ACCUSE", "allege", None,
      ("the suspended Kraft foods employee", "USA", "CVL"), None, None),
    E("accused of shooting three", "shooting", "ASSAULT", "firearms",
      ("the suspended Kraft foods employee", "USA", "CVL"), ("three co - workers", "USA", "CVL"),
      SEP10, None, cl="rl-kraft-shooting"),
    E("43, is charged", "charged", "ACCUSE", "allege", None, HIL, None, None),
    E("the shooting deaths of two", "shooting deaths", "ASSAULT", "firearms", None,
      ("two female co - workers", "USA", "CVL"), SEP10, None, cl="rl-kraft-shooting"),
    E("Hiller is also charged", "charged", "ACCUSE", "allege", None, ("Hiller", "USA", "CVL"), None,
      None),
    E("allegedly shooting and injuring", "shooting", "ASSAULT", "firearms", ("Hiller", "USA", "CVL"),
      ("a third co - worker", "USA", "CVL"), SEP10, None, mod="reported", cl="rl-kraft-shooting"),  # relabel68 (1): a charged act is reported ("allegedly" changes nothing)
    E("that the shootings happened", "shootings", "ASSAULT", "firearms", None, None, SEP10, None,
      speaker="Police", mod="reported", cl="rl-kraft-shooting"),
    E("forced her way through security at gunpoint", "gunpoint", "THREATEN", "violence",
      ("she", "USA", "CVL"), ("security", "USA", None), SEP10, None, speaker="They",
      mod="reported"),
    E("and shot them", "shot", "ASSAULT", "firearms", (("she", "They say she"), "USA", "CVL"), ("them", "USA", "CVL"),
      SEP10, None, speaker="They", mod="reported", cl="rl-kraft-shooting"),
], source="ecbplus:22_10ecbplus")

# --------------------------------------------------------------------------
# 22 (ECB+ 3_3ecbplus): Comeaux's escape, his earlier sentences recalled.
# --------------------------------------------------------------------------
X, H = T("ecbplus:3_3ecbplus")
A("22", "NowPublic", "2009-11-30", H, X, [
    E("initially was imprisoned", "imprisoned", "SANCTION", "convict", None, ("He", "USA", "UAF"),
      mo("1979-02", True), None),
    E("His supervision was revoked", "revoked", "SANCTION", None, None, ("His", "USA", "UAF"),
      mo("1984-05", True), None),
    E("a new charge of", "charge", "ACCUSE", "allege", None, (("he", "he returned to prison"), "USA", "UAF"),
      mo("1984-05", True), None),
    E("a new 20 year sentence", "sentence", "SANCTION", "convict", None, (("he", "he returned to prison"), "USA", "UAF"),
      mo("1984-05", True), None),
    E("to serve a life sentence", "life sentence", "SANCTION", "convict", None,
      (("he", "he finally returned"), "USA", "UAF"), mo("1999-06", True), None),
], source="ecbplus:3_3ecbplus")

# --------------------------------------------------------------------------
# 23 (ECB+ 32_4ecb): a New Bedford man charged over the killing of his
# mother and ex-girlfriend.
# --------------------------------------------------------------------------
X, H = T("ecbplus:32_4ecb", "appeared in court today.")
GOM = ("Gomes", "USA", "CVL")
A("23", "unknown", "2008-12-03", H, X, [
    E("accused in the deaths", "accused", "ACCUSE", "allege", None,
      ("Gary Gomes of New Bedford, Massachusetts", "USA", "CVL"), None, None),
    E("found stabbed to death", "stabbed", "ASSAULT", "primitive", None,
      ("his mother and his ex-girlfriend", "USA", "CVL"), None, "New Bedford"),
    E("faces two counts", "faces", "ACCUSE", "allege", None, ("35-year-old Gomes", "USA", "CVL"),
      None, None),
    E("Gomes was arrested last night", "arrested", "COERCE", "arrest", None, GOM, d("2008-12-02"),
      None),
], source="ecbplus:32_4ecb",
  note="approximate: no date in the text; the court appearance 'today' is put on Wednesday 3 December 2008 (the arrest 'last night', the bodies found 'yesterday'); text cut after its fourth line")

# --------------------------------------------------------------------------
# 24 (MEANTIME 5403): the U.S. Air Force lifts Boeing's suspension.
# --------------------------------------------------------------------------
X, H = T("meantime:5403")
A("24", "Wikinews", "2005-03-06", H, X, [
    E("Boeing allowed to bid", "allowed", "CONCEDE", None, None, ("Boeing", "USA", "BUS"), None, None,
      mod="future", cl="rl-boeing-lift"),
    E("are to be allowed", "allowed", "CONCEDE", None, None,
      ("Boeing's Launch Systems, Launch Services and Delta Program business units", "USA", "BUS"),
      None, None, speaker="the USAF", mod="future", cl="rl-boeing-lift"),
    E("Boeing had been suspended", "suspended", "SANCTION", "discontinue", None,
      (("Boeing", "Boeing had been"), "USA", "BUS"), d("2003-07-24", True), None, cl="rl-boeing-susp"),
    E("have signed an interim", "signed", "AGREE", None, ("The USAF", "USA", "MIL"),
      (("Boeing", "The USAF and Boeing"), "USA", "BUS"), None, None),
    E("reinstating of the suspension", "reinstating", "SANCTION", "discontinue", None, None, None,
      None, mod="conditional", cond="if Boeing is indicted or convicted, or if new evidence is found"),
    E("Boeing is indicted", "indicted", "ACCUSE", "allege", None, (("Boeing", "if Boeing is"), "USA", "BUS"), None,
      None, mod="hypothetical"),
    E("or convicted", "convicted", "SANCTION", "convict", None, (("Boeing", "if Boeing is"), "USA", "BUS"), None,
      None, mod="hypothetical"),
], source="meantime:5403")

# --------------------------------------------------------------------------
# 25-27 (GeoVirus): government acts around animal diseases.
# --------------------------------------------------------------------------
X, H = T("geovirus:geovirus-002", "from Bulacan.")
A("25", "Wikinews", "2009-01-30", H, X, [
    E("has also arrested", "arrested", "COERCE", "arrest", ("Local police", "PHL", "COP"),
      ("four vendors", "PHL", "BUS"), d("2009-01-28"), "Quezon City"),
    E("seized their", "seized", "COERCE", "seize", ("Local police", "PHL", "COP"),
      ("four vendors", "PHL", "BUS"), d("2009-01-28"), "Quezon City"),
    E("suspects were charged", "charged", "ACCUSE", "allege", None, ("The four suspects", "PHL", "BUS"),
      None, None),
], source="geovirus:geovirus-002",
  note="approximate: the Reston ebolavirus probe 'in December' (2008) dates the article to early 2009; 'Wednesday' is put on 28 January 2009")

X, H = T("geovirus:geovirus-032", "Ukrainian fowl.")
A("26", "Wikinews", "2005-10-15", H, X, [
    E("Romania has banned hunting", "banned", "COERCE", "restrict", ("Romania", "ROU", "GOV"), None,
      None, None),
    E("has been quarantined", "quarantined", "COERCE", "restrict", None,
      ("The village of Ciocile", "ROU", "CVL"), None, "Ciocile", speaker="the Bucharest Daily News",
      mod="reported"),
], source="geovirus:geovirus-032",
  note="approximate: H5 in Romanian fowl near Braila, mid-October 2005")

X, H = T("geovirus:geovirus-096", "Equine horse species.")
MCG = ("The Honourable Peter McGauran, Federal Minister for Agriculture", "AUS", "GOV")
A("27", "Wikinews", "2007-08-25", H, X, [
    E("72 hour Australia wide travel ban", "ban", "COERCE", "restrict", MCG,
      ("all Equine horse species", "AUS", None), None, None, cl="rl-horse-ban"),
    E("The ban followed", "ban", "COERCE", "restrict", None, None, None, None, cl="rl-horse-ban"),
    E("earlier restrictions placed", "restrictions", "COERCE", "restrict", None, None, None,
      "New South Wales"),
    E("ban on all race meetings", "ban", "COERCE", "restrict", None, None, None, None,
      speaker="Mr McGauran", mod="future", cl="rl-horse-ban"),
    E("order for standstill", "order", "COERCE", "restrict", None, ("all horses under licensed persons", "AUS", None),
      None, None, speaker=("Mr McGauran", "Mr McGauran said"), mod="future"),
    E("an appeal to all", "appeal", "REQUEST", None, None,
      ("all those with ponies, recreational horses or work horses", "AUS", "CVL"), None, None,
      speaker=("Mr McGauran", "Mr McGauran said"), mod="demanded"),
    E("The movement ban caused", "ban", "COERCE", "restrict", None, None, None, None,
      cl="rl-horse-ban"),
    E("Additional restrictions", "restrictions", "COERCE", "restrict", None,
      ("people and equipment", "AUS", "CVL"), None, P("NSW", "New South Wales")),
    E("has been suspended", "suspended", "COERCE", "restrict", None, None, None, None),
], source="geovirus:geovirus-096",
  note="approximate: the first equine influenza cases in Sydney, late August 2007")

# ==========================================================================
# Own texts (CC BY 4.0, this project).
# --------------------------------------------------------------------------
# 28-29: the Thailand-Cambodia border fighting of Thursday 24 and Friday 25
# July 2025, told by Reuters from Bangkok and Xinhua from Phnom Penh.
# --------------------------------------------------------------------------
TH24, TH25 = d("2025-07-24"), d("2025-07-25")
X = ("Thailand, Cambodia trade blame as border clashes spread\n"
     "BANGKOK, July 25 (Reuters) - Thai F-16 jets struck Cambodian military positions along the "
     "disputed border on Friday, the Thai army said, a day after a skirmish near the Ta Muen Thom "
     "temple killed at least 12 Thai civilians.\n"
     "The army said Cambodian troops had fired BM-21 rockets at villages in Surin province on "
     "Thursday, hitting a petrol station and a hospital.\n"
     "Cambodia's defence ministry denied targeting civilians and accused Thailand of using cluster "
     "munitions, the Khmer Times reported, citing a ministry spokeswoman.\n"
     "Thailand's acting prime minister Phumtham Wechayachai said Bangkok was ready to hold talks "
     "with Phnom Penh if Cambodia stopped shelling Thai territory, but warned that the army would "
     "\"respond firmly\" to any new incursion.\n"
     "Thailand closed all border crossings with Cambodia and expelled the Cambodian ambassador on "
     "Thursday.\n"
     "Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN, urged both sides to agree to an "
     "immediate ceasefire, according to Malaysia's Bernama news agency.\n"
     "In May, a Cambodian soldier was killed in a brief exchange of fire in the Emerald Triangle "
     "area, sparking the worst diplomatic row between the neighbours in more than a decade.\n"
     "Cambodia has asked the International Court of Justice to rule on the disputed temples, a move "
     "Thailand rejects.")
KT = ["a ministry spokeswoman", "the Khmer Times"]
KDM = ("Cambodia's defence ministry", "KHM", "GOV")
PHU = "Thailand's acting prime minister Phumtham Wechayachai"
BKK = P(("BANGKOK", 1), "Bangkok")
W30 = wk("2025-W30")
A("28", "Reuters", "2025-07-25", X.split("\n")[0], X, [
    E("trade blame", "blame", "ACCUSE", "allege", ("Thailand", "THA", "GOV"), ("Cambodia", "KHM", "GOV"),
      TH25, None),
    E("border clashes spread", "clashes", "ASSAULT", None, None, None, TH25, None,
      cl="rl-thkh-clashes"),
    E("jets struck", "struck", "ASSAULT", "aerial", ("Thai F-16 jets", "THA", "MIL"),
      ("Cambodian military positions", "KHM", "MIL"), TH25, None, speaker="the Thai army",
      mod="reported", cl="rl-thkh-f16"),
    E("temple killed at least", "killed", "ASSAULT", None, None,
      ("at least 12 Thai civilians", "THA", "CVL"), TH24, P("the Ta Muen Thom temple", "Ta Muen Thom"),
      cl="rl-thkh-skirmish"),
    E("had fired BM-21", "fired", "ASSAULT", "heavy-weapons", ("Cambodian troops", "KHM", "MIL"),
      ("villages in Surin province", "THA", "CVL"), TH24, P("Surin province", "Surin"),
      speaker="The army", mod="reported", cl="rl-surin-rockets"),
    E("denied targeting", "targeting", "ASSAULT", None, KDM, ("civilians", "THA", "CVL"), W30, None,
      speaker="Cambodia's defence ministry", relays=KT, mod="denied"),
    E("accused Thailand of using", "accused", "ACCUSE", "allege", KDM, ("Thailand", "THA", "GOV"),
      None, None, relays=KT),
    E("using cluster", "using", "ASSAULT", "explosives", ("Thailand", "THA", "MIL"), None, W30, None,
      speaker="Cambodia's defence ministry", relays=KT, mod="reported"),
    E("was ready to hold talks", "ready", "AGREE", None, ("Bangkok", "THA", "GOV"),
      ("Phnom Penh", "KHM", "GOV"), None, None, speaker=PHU, mod="conditional",
      cond="if Cambodia stopped shelling Thai territory"),
    E("Cambodia stopped shelling", "stopped", "RETREAT", "ceasefire", ("Cambodia", "KHM", "GOV"),
      None, None, None, speaker=PHU, mod="hypothetical"),
    E("but warned that the army", "warned", "THREATEN", "violence", (PHU, "THA", "GOV"),
      ("Cambodia", "KHM", "GOV"), None, None, mod="threatened"),
    E("any new incursion", "incursion", "ASSAULT", None, None, None, None, None,
      speaker=PHU, mod="hypothetical"),
    E("closed all border crossings", "closed", "SANCTION", "discontinue", ("Thailand", "THA", "GOV"),
      ("Cambodia", "KHM", "GOV"), TH24, BKK, cl="rl-th-border-closed"),
    E("expelled the Cambodian ambassador", "expelled", "SANCTION", "expel", ("Thailand", "THA", "GOV"),
      ("the Cambodian ambassador", "KHM", "GOV"), TH24, BKK, cl="rl-th-expel"),
    E("urged both sides", "urged", "REQUEST", None, ("Malaysian Prime Minister Anwar Ibrahim", "MYS", "GOV"),
      ("both sides", None, "GOV"), None, None, relays=["Malaysia's Bernama news agency"],
      mod="demanded"),
    E("a Cambodian soldier was killed", "killed", "ASSAULT", "firearms", None,
      ("a Cambodian soldier", "KHM", "MIL"), mo("2025-05", True),
      P("the Emerald Triangle area", "Emerald Triangle")),
    E("has asked the International", "asked", "REQUEST", None, ("Cambodia", "KHM", "GOV"),
      ("the International Court of Justice", None, "JUD"), None, None, mod="demanded"),
    E("Thailand rejects", "rejects", "REJECT", None, ("Thailand", "THA", "GOV"),
      (("Cambodia", "Cambodia has asked"), "KHM", "GOV"), None, None),
])

X = ("Cambodia accuses Thailand of aggression, calls for UN meeting\n"
     "PHNOM PENH, July 25 (Xinhua) -- Cambodian Prime Minister Hun Manet on Friday accused Thailand "
     "of \"unprovoked military aggression\" and asked the UN Security Council to convene an urgent "
     "meeting on the border fighting.\n"
     "In a letter to the council's president, Hun Manet said Thai aircraft had bombed a road near "
     "the Preah Vihear temple on Friday morning, killing two civilians.\n"
     "\"Cambodia has always wanted to solve problems peacefully, but we have no choice but to respond "
     "with armed force against armed aggression,\" he wrote on Facebook.\n"
     "Defence ministry spokeswoman Maly Socheata told reporters that Cambodian forces had only acted "
     "in self-defence after Thai soldiers opened fire first on Thursday morning.\n"
     "She denied that Cambodian rockets had hit a hospital in Thailand's Surin province.\n"
     "Cambodia on Thursday downgraded diplomatic relations with Thailand and recalled all its "
     "diplomats from Bangkok, the Foreign Ministry said in a statement.")
HUN = ("Cambodian Prime Minister Hun Manet", "KHM", "GOV")
MAL = "Defence ministry spokeswoman Maly Socheata"
PNH = P(("PHNOM PENH", 1), "Phnom Penh")
A("29", "Xinhua", "2025-07-25", X.split("\n")[0], X, [
    E("Cambodia accuses", "accuses", "ACCUSE", "allege", ("Cambodia", "KHM", "GOV"),
      ("Thailand", "THA", "GOV"), TH25, None, cl="rl-kh-accuse"),
    E("calls for UN meeting", "calls", "REQUEST", "meet", ("Cambodia", "KHM", "GOV"), ("UN", None, "IGO"),
      TH25, None, mod="demanded", cl="rl-kh-unsc"),
    E("on Friday accused Thailand", "accused", "ACCUSE", "allege", HUN, ("Thailand", "THA", "GOV"),
      TH25, PNH, cl="rl-kh-accuse"),
    E("asked the UN Security Council", "asked", "REQUEST", "meet", HUN,
      ("the UN Security Council", None, "IGO"), TH25, PNH, mod="demanded", cl="rl-kh-unsc"),
    E("had bombed a road", "bombed", "ASSAULT", "aerial", ("Thai aircraft", "THA", "MIL"),
      ("two civilians", "KHM", "CVL"), TH25, P("the Preah Vihear temple", "Preah Vihear"),
      speaker="Hun Manet", mod="reported"),
    E("no choice but to respond", "respond", "THREATEN", "violence", ("we", "KHM", "GOV"),
      None, None, None, speaker=("he", "he wrote"),
      relays=["Facebook"], mod="threatened"),
    E("had only acted in self-defence", "acted", "ASSAULT", None, ("Cambodian forces", "KHM", "MIL"),
      None, TH24, None, speaker=MAL, mod="reported", cl="rl-thkh-clashes"),
    E("Thai soldiers opened fire", "opened fire", "ASSAULT", "firearms", ("Thai soldiers", "THA", "MIL"),
      None, TH24, None, speaker=MAL, mod="reported", cl="rl-thkh-skirmish"),
    E("rockets had hit a hospital", "hit", "ASSAULT", "heavy-weapons",
      ("Cambodian rockets", "KHM", "MIL"), ("a hospital", "THA", "HLH"), TH24,
      P("Thailand's Surin province", "Surin"), speaker="She", mod="denied", cl="rl-surin-rockets"),
    E("downgraded diplomatic relations", "downgraded", "SANCTION", "discontinue",
      ("Cambodia", "KHM", "GOV"), ("Thailand", "THA", "GOV"), TH24, PNH, speaker="the Foreign Ministry",
      mod="reported"),
    E("recalled all its diplomats", "recalled", "SANCTION", "withdraw", ("Cambodia", "KHM", "GOV"),
      ("Thailand", "THA", "GOV"), TH24, "Bangkok", speaker="the Foreign Ministry", mod="reported"),
])

# --------------------------------------------------------------------------
# 30: M23 enters Bukavu (Saturday 15 February 2025), Goma recalled; relays
# through a statement on RTNC and through X and Radio Okapi.
# --------------------------------------------------------------------------
S15 = d("2025-02-15")
X = ("M23 rebels enter Bukavu as Kinshasa accuses Kigali of 'invasion'\n"
     "GOMA, DR Congo, Feb 15 (AFP) - Rwanda-backed M23 fighters entered the centre of Bukavu on "
     "Saturday without meeting resistance, residents and a security source told AFP, three weeks "
     "after the group seized Goma.\n"
     "Congolese troops and allied Wazalendo militias withdrew from the city overnight, the security "
     "source said, speaking on condition of anonymity.\n"
     "The government in Kinshasa called the advance \"an invasion\" and said Rwandan troops were "
     "fighting alongside the rebels, according to a statement read on national broadcaster RTNC.\n"
     "Rwanda has repeatedly denied arming the M23, although UN experts said in a report last year "
     "that some 4,000 Rwandan soldiers were deployed in eastern Congo.\n"
     "M23 spokesman Lawrence Kanyuka said on X that the group would \"liberate\" Kinshasa if "
     "President Felix Tshisekedi refused to negotiate, Radio Okapi reported.\n"
     "The UN Security Council demanded that the M23 withdraw from all areas it controls, and the "
     "African Union warned that the fighting risked spreading to Burundi, whose troops back the "
     "Congolese army.\n"
     "The rebels captured Goma on January 27 after days of fighting that killed about 3,000 people, "
     "according to the United Nations.")
KIN = ("The government in Kinshasa", "COD", "GOV")
RTNC = ["a statement", "national broadcaster RTNC"]
KAN = "M23 spokesman Lawrence Kanyuka"
OKA = ["X", "Radio Okapi"]
A("30", "AFP", "2025-02-15", X.split("\n")[0], X, [
    E("rebels enter Bukavu", "enter", "ASSAULT", None, ("M23 rebels", "COD", "REB"), None, S15, "Bukavu",
      cl="rl-bukavu-entry"),
    E("Kinshasa accuses Kigali", "accuses", "ACCUSE", "allege", ("Kinshasa", "COD", "GOV"),
      ("Kigali", "RWA", "GOV"), None, None),
    E("fighters entered the centre", "entered", "ASSAULT", None,
      ("Rwanda-backed M23 fighters", "COD", "REB"), None, S15, "Bukavu",
      speaker="residents and a security source", mod="reported", cl="rl-bukavu-entry"),
    E("the group seized Goma", "seized", "ASSAULT", None, ("the group", "COD", "REB"),
      ("Goma", "COD", None), d("2025-01-27", True), "Goma", cl="rl-goma-capture"),
    E("withdrew from the city", "withdrew", "RETREAT", "withdraw",
      ("Congolese troops and allied Wazalendo militias", "COD", "MIL"), None, S15,
      P("the city", "Bukavu"), speaker="the security source", mod="reported"),
    E("called the advance", "called", "ACCUSE", "disapprove", KIN, None, None, None, relays=RTNC),
    E("the advance \"an", "advance", "ASSAULT", None, None, None, S15, None,
      speaker="The government in Kinshasa", relays=RTNC, mod="reported", cl="rl-bukavu-entry"),
    E("were fighting alongside", "fighting", "ASSAULT", None, ("Rwandan troops", "RWA", "MIL"), None,
      None, None, speaker="The government in Kinshasa", relays=RTNC, mod="reported"),
    E("denied arming", "arming", "AID", None, ("Rwanda", "RWA", "GOV"), ("the M23", "COD", "REB"),
      None, None, speaker="Rwanda", mod="denied"),
    E("were deployed in eastern Congo", "deployed", "MOBILIZE", "troops",
      ("some 4,000 Rwandan soldiers", "RWA", "MIL"), None, yr("2024"), None,
      speaker="UN experts", mod="reported"),
    E("would \"liberate", "liberate", "THREATEN", "violence", ("the group", "COD", "REB"),
      ("Kinshasa", "COD", "GOV"), None, None, speaker=KAN, relays=OKA, mod="threatened"),
    E("refused to negotiate", "refused", "REJECT", "meet", ("President Felix Tshisekedi", "COD", "GOV"),
      (("the group", "the group would"), "COD", "REB"), None, None, speaker=KAN, relays=OKA, mod="hypothetical"),
    E("Council demanded that", "demanded", "REQUEST", None, ("The UN Security Council", None, "IGO"),
      ("the M23", "COD", "REB"), None, None, mod="demanded"),
    E("The rebels captured Goma", "captured", "ASSAULT", None, ("The rebels", "COD", "REB"),
      ("Goma", "COD", None), d("2025-01-27", True), "Goma", cl="rl-goma-capture"),
    E("days of fighting", "fighting", "ASSAULT", None, None, ("about 3,000 people", "COD", "CVL"),
      mo("2025-01", True), None, speaker="the United Nations", mod="reported"),
])

# --------------------------------------------------------------------------
# 31: Pakistan-Afghanistan border fighting (night to Sunday 12 October 2025);
# a relay through X and a conditional threat relayed by state television.
# --------------------------------------------------------------------------
O12 = d("2025-10-12")
X = ("Pakistan says it killed dozens of Taliban fighters in overnight border clashes\n"
     "ISLAMABAD, Oct 12 (Reuters) - Pakistani troops killed more than 40 Afghan Taliban fighters in "
     "clashes along the border overnight, the military's media wing ISPR said on Sunday, after Afghan "
     "forces attacked several Pakistani posts in Kurram and near the Torkham crossing.\n"
     "Taliban government spokesman Zabihullah Mujahid said on X that Afghan forces had carried out "
     "\"retaliatory operations\" in response to Pakistani air strikes on Kabul on Thursday, which "
     "Islamabad has neither confirmed nor denied.\n"
     "Mujahid denied that Afghan territory was being used by the Pakistani Taliban (TTP) to attack "
     "Pakistan.\n"
     "Pakistan closed the Torkham crossing, its main trade route with Afghanistan, on Sunday.\n"
     "Defence Minister Khawaja Asif warned that Pakistan would strike \"terrorist hideouts\" inside "
     "Afghanistan if the Taliban did not rein in the TTP, state broadcaster PTV reported.\n"
     "Qatar and Saudi Arabia called on both sides to exercise restraint, and Qatar offered to host "
     "talks between the two governments.\n"
     "In 2023, Pakistan began deporting hundreds of thousands of Afghans it said were living in the "
     "country illegally, a move the Taliban condemned.")
ISPR = "the military's media wing ISPR"
MUJ = "Taliban government spokesman Zabihullah Mujahid"
ASIF = ("Defence Minister Khawaja Asif", "PAK", "GOV")
A("31", "Reuters", "2025-10-12", X.split("\n")[0], X, [
    E("it killed dozens", "killed", "ASSAULT", None, ("it", "PAK", "MIL"),
      ("dozens of Taliban fighters", "AFG", "MIL"), O12, None, speaker="Pakistan", mod="reported",
      cl="rl-pakafg-clash"),
    E("Pakistani troops killed", "killed", "ASSAULT", None, ("Pakistani troops", "PAK", "MIL"),
      ("more than 40 Afghan Taliban fighters", "AFG", "MIL"), O12, None, speaker=ISPR,
      mod="reported", cl="rl-pakafg-clash"),
    E("forces attacked several", "attacked", "ASSAULT", None, ("Afghan forces", "AFG", "MIL"),
      ("several Pakistani posts", "PAK", "MIL"), O12, "Kurram", speaker=ISPR, mod="reported",
      cl="rl-afg-posts"),
    E("\"retaliatory operations\"", "operations", "ASSAULT", None, ("Afghan forces", "AFG", "MIL"),
      None, O12, None, speaker=MUJ, relays=["X"], mod="reported", cl="rl-afg-posts"),
    E("Pakistani air strikes on Kabul", "air strikes", "ASSAULT", "aerial", ("Pakistani", "PAK", "MIL"),
      ("Kabul", "AFG", None), d("2025-10-09"), "Kabul", speaker=MUJ, relays=["X"], mod="reported"),
    E("to attack Pakistan", "attack", "ASSAULT", None, ("the Pakistani Taliban (TTP)", "PAK", "REB"),
      (("Pakistan", "to attack Pakistan"), "PAK", "GOV"), None, None,
      speaker=("Mujahid", "Mujahid denied"), mod="denied"),
    E("Pakistan closed the Torkham", "closed", "SANCTION", "discontinue", ("Pakistan", "PAK", "GOV"),
      (("Afghanistan", "trade route with Afghanistan"), "AFG", "GOV"),
      O12, P("the Torkham crossing", "Torkham")),
    E("Asif warned", "warned", "THREATEN", "violence", ASIF, ("the Taliban", "AFG", "GOV"), None,
      None, relays=["state broadcaster PTV"], mod="threatened"),
    E("did not rein in", "rein in", "COERCE", "restrict", ("the Taliban", "AFG", "GOV"),
      ("the TTP", "PAK", "REB"), None, None, speaker=ASIF[0], relays=["state broadcaster PTV"],
      mod="hypothetical"),
    E("called on both sides", "called", "REQUEST", None, ("Qatar and Saudi Arabia", None, "GOV"),
      ("both sides", None, "GOV"), None, None, mod="demanded"),
    E("Qatar offered", "offered", "AGREE", None, (("Qatar", "Qatar offered"), "QAT", "GOV"),
      ("the two governments", None, "GOV"), None, None),
    E("began deporting", "deporting", "COERCE", "deport", ("Pakistan", "PAK", "GOV"),
      ("hundreds of thousands of Afghans", "AFG", "REF"), yr("2023"), None),
    E("the Taliban condemned", "condemned", "ACCUSE", "disapprove", ("the Taliban", "AFG", "GOV"),
      (("Pakistan", "In 2023, Pakistan"), "PAK", "GOV"), None, None),
])

# --------------------------------------------------------------------------
# 32: Georgia (Monday 1 December 2025): a detention, a rebuttal, an EU
# conditional sanction, the 2008 war recalled.
# --------------------------------------------------------------------------
M01 = d("2025-12-01")
X = ("Georgian police detain opposition leader as protests enter second year\n"
     "TBILISI, Georgia (AP) — Georgian police on Monday detained opposition leader Nika Melia outside "
     "parliament and dispersed thousands of demonstrators with water cannon and pepper spray, the "
     "Interior Ministry said.\n"
     "The ministry said Melia had \"physically assaulted a police officer\" during the rally, an "
     "accusation his party, the United National Movement, called \"absurd.\"\n"
     "Protesters have rallied every night since Nov. 28 last year, when Prime Minister Irakli "
     "Kobakhidze announced that Georgia would suspend talks on joining the European Union until "
     "2028.\n"
     "The European Union's foreign policy chief, Kaja Kallas, condemned the detention and said the "
     "bloc would consider \"further measures\" against Georgian officials if the crackdown "
     "continued.\n"
     "Kobakhidze accused Western ambassadors of \"interfering in Georgia's internal affairs\" and said "
     "the government would not bow to pressure.\n"
     "Russia's foreign ministry spokeswoman Maria Zakharova told the TASS news agency that Moscow was "
     "not involved.\n"
     "Georgia fought a five-day war with Russia in August 2008, after which Moscow recognised the "
     "breakaway regions of Abkhazia and South Ossetia as independent states.")
GPOL = ("Georgian police", "GEO", "COP")
KAL = "The European Union's foreign policy chief, Kaja Kallas"
TBS = P(("TBILISI", 1), "Tbilisi")
A("32", "AP", "2025-12-01", X.split("\n")[0], X, [
    E("police detain opposition", "detain", "COERCE", "arrest", GPOL, ("opposition leader", "GEO", "OPP"),
      M01, None, cl="rl-melia-arrest"),
    E("as protests enter", "protests", "PROTEST", "demo", None, None, None, None,
      cl="rl-geo-protests"),
    E("on Monday detained", "detained", "COERCE", "arrest", GPOL,
      ("opposition leader Nika Melia", "GEO", "OPP"), M01, P("parliament", "Tbilisi"),
      speaker="the Interior Ministry", mod="reported", cl="rl-melia-arrest"),
    E("dispersed thousands", "dispersed", "ASSAULT", "crowd-control", GPOL,
      ("thousands of demonstrators", "GEO", "CVL"), M01, TBS, speaker="the Interior Ministry",
      mod="reported"),
    E("physically assaulted", "assaulted", "ASSAULT", "beat", ("Melia", "GEO", "OPP"),
      ("a police officer", "GEO", "COP"), M01, TBS,
      speaker="his party, the United National Movement", mod="denied"),
    E("Protesters have rallied", "rallied", "PROTEST", "demo", ("Protesters", "GEO", "CVL"), None,
      None, None, cl="rl-geo-protests"),
    E("would suspend talks", "suspend", "REJECT", "meet", ("Georgia", "GEO", "GOV"),
      ("the European Union", None, "IGO"), None, None,
      speaker="Prime Minister Irakli Kobakhidze", mod="future"),
    E("condemned the detention", "condemned", "ACCUSE", "disapprove", (KAL, None, "IGO"), None, None,
      None),
    E("the detention and", "detention", "COERCE", "arrest", None, None, M01, None, speaker=KAL,
      mod="reported", cl="rl-melia-arrest"),
    E("would consider", "consider", "SANCTION", None, ("the bloc", None, "IGO"),
      ("Georgian officials", "GEO", "GOV"), None, None, speaker=KAL, mod="conditional",
      cond="if the crackdown continued"),
    E("the crackdown continued", "crackdown", "COERCE", None, None, None, None, None, speaker=KAL,
      mod="hypothetical"),
    E("Kobakhidze accused", "accused", "ACCUSE", "allege", ("Kobakhidze", "GEO", "GOV"),
      ("Western ambassadors", None, "GOV"), None, None),
    E("\"interfering in Georgia's", "interfering", "COERCE", None, ("Western ambassadors", None, "GOV"),
      ("Georgia's", "GEO", "GOV"), None, None, speaker="Kobakhidze", mod="reported"),
    E("would not bow", "bow", "CONCEDE", None, ("the government", "GEO", "GOV"), None, None, None,
      speaker=("Kobakhidze", "Kobakhidze accused"), mod="negated"),
    E("fought a five-day war", "war", "ASSAULT", None, ("Georgia", "GEO", "MIL"), ("Russia", "RUS", "MIL"),
      mo("2008-08", True), None),
    E("Moscow recognised", "recognised", "SUPPORT", None, ("Moscow", "RUS", "GOV"),
      ("the breakaway regions of Abkhazia and South Ossetia", "GEO", "REB"), yr("2008"), None),
])

# --------------------------------------------------------------------------
# 33: Haiti (Friday 21 and Saturday 22 March 2025): a prison freed, an attack
# repelled, a threat in a video, the 2021 assassination recalled.
# --------------------------------------------------------------------------
F21, S22 = d("2025-03-21"), d("2025-03-22")
X = ("Gangs torch police station near Haitian capital; Kenyan-led force says it repelled attack\n"
     "PORT-AU-PRINCE, March 22 (Reuters) - Gang members set fire to a police station in Mirebalais, "
     "northeast of Haiti's capital, on Friday and freed more than 500 inmates from the town's "
     "prison, police union Synapoha said.\n"
     "The Kenyan-led Multinational Security Support mission said its troops had repelled a separate "
     "attack on a police base in Kenscoff on Saturday morning and killed at least eight gang "
     "members.\n"
     "The Viv Ansanm gang coalition, led by former police officer Jimmy \"Barbecue\" Cherizier, said "
     "in a video posted on social media that it would keep attacking \"until the transitional "
     "council resigns.\"\n"
     "The transitional presidential council condemned the attacks and urged the United Nations to "
     "turn the mission into a full peacekeeping operation.\n"
     "A council member who asked not to be named told Le Nouvelliste newspaper that the government "
     "would ask Washington for drones and helicopters.\n"
     "Haiti has had no elected president since the July 2021 assassination of Jovenel Moise in his "
     "home by a commando of mostly Colombian former soldiers.")
SYN = "police union Synapoha"
MSS = "The Kenyan-led Multinational Security Support mission"
VIV = "The Viv Ansanm gang coalition"
A("33", "Reuters", "2025-03-22", X.split("\n")[0], X, [
    E("Gangs torch", "torch", "ASSAULT", "destroy", ("Gangs", "HTI", "UAF"),
      ("police station", "HTI", "COP"), F21, None, cl="rl-mireb-arson"),
    E("force says it repelled", "repelled", "COERCE", None, (("it", "says it repelled"), None, "IGO"), None, S22, None,
      speaker="Kenyan-led force", mod="reported", cl="rl-kenscoff-repel"),
    E("repelled attack", "attack", "ASSAULT", None, None, None, S22, None, speaker="Kenyan-led force",
      mod="reported", cl="rl-kenscoff-attack"),
    E("set fire to a police station", "set fire", "ASSAULT", "destroy", ("Gang members", "HTI", "UAF"),
      ("a police station", "HTI", "COP"), F21, "Mirebalais", speaker=SYN, mod="reported",
      cl="rl-mireb-arson"),
    E("had repelled a separate", "repelled", "COERCE", None, ("its troops", None, "IGO"), None, S22,
      "Kenscoff", speaker=MSS, mod="reported", cl="rl-kenscoff-repel"),
    E("separate attack on a police base", "attack", "ASSAULT", None, None, ("a police base", "HTI", "COP"),
      S22, "Kenscoff", speaker=MSS, mod="reported", cl="rl-kenscoff-attack"),
    E("killed at least eight", "killed", "ASSAULT", None, ("its troops", None, "IGO"),
      ("at least eight gang members", "HTI", "UAF"), S22, "Kenscoff", speaker=MSS, mod="reported"),
    E("would keep attacking", "attacking", "THREATEN", "violence", (("it", "it would keep"), "HTI", "UAF"),
      ("the transitional council", "HTI", "GOV"), None, None, speaker=VIV, relays=["social media"],
      mod="threatened"),
    E("council resigns", "resigns", "RETREAT", "resign", ("the transitional council", "HTI", "GOV"),
      None, None, None, speaker=VIV, relays=["social media"], mod="hypothetical"),
    E("condemned the attacks", "condemned", "ACCUSE", "disapprove",
      ("The transitional presidential council", "HTI", "GOV"), None, None, None),
    E("urged the United Nations", "urged", "REQUEST", None,
      ("The transitional presidential council", "HTI", "GOV"), ("the United Nations", None, "IGO"),
      None, None, mod="demanded"),
    E("would ask Washington", ("ask", "would ask Washington"), "REQUEST", "assist", ("the government", "HTI", "GOV"),
      ("Washington", "USA", "GOV"), None, None, speaker="A council member",
      relays=["Le Nouvelliste newspaper"], mod="demanded"),
    E("assassination of Jovenel", "assassination", "ASSAULT", "targeted",
      ("a commando of mostly Colombian former soldiers", "COL", "UAF"),
      ("Jovenel Moise", "HTI", "GOV"), mo("2021-07", True), None),
])

# --------------------------------------------------------------------------
# 34: Bolivia (Thursday 12 and Saturday 14 June 2025): blockades cleared, a
# denial on X, a conditional march threat relayed by a radio station.
# --------------------------------------------------------------------------
J12, J14 = d("2025-06-12"), d("2025-06-14")
X = ("Bolivia police clear blockades as Morales supporters threaten to march on La Paz\n"
     "LA PAZ, June 14 (AFP) - Bolivian police and soldiers cleared roadblocks set up by supporters "
     "of former president Evo Morales on the highway between Cochabamba and Oruro on Saturday, "
     "arresting 23 people, the government said.\n"
     "Government minister Roberto Rios said three police officers were killed by gunfire during the "
     "operation in Llallagua on Thursday, and accused Morales of \"ordering\" the violence from his "
     "stronghold in the Chapare region.\n"
     "Morales, who is barred from running in the August election, denied any link to the killings in "
     "a post on X and said the government was \"inventing\" a case to arrest him.\n"
     "His supporters' leader, Vicente Choque, told radio station Kawsachun Coca that farmers would "
     "march on La Paz next week if the electoral court did not register Morales as a candidate.\n"
     "An arrest warrant was issued against Morales in October over a statutory rape case, which he "
     "says is politically motivated; police have not tried to enforce it.\n"
     "The Organization of American States called for dialogue and condemned \"all acts of "
     "violence.\"")
BPS = ("Bolivian police and soldiers", "BOL", "COP")
RIOS = ("Government minister Roberto Rios", "BOL", "GOV")
CHO = "His supporters' leader, Vicente Choque"
OAS = ("The Organization of American States", None, "IGO")
A("34", "AFP", "2025-06-14", X.split("\n")[0], X, [
    E("police clear blockades", "clear", "COERCE", None, ("Bolivia police", "BOL", "COP"), None, J14,
      None, cl="rl-bol-clear"),
    E("clear blockades", "blockades", "PROTEST", "obstruct", None, None, None, None,
      cl="rl-bol-blockades"),
    E("supporters threaten", "threaten", "THREATEN", None, ("Morales supporters", "BOL", "OPP"), None,
      None, None, mod="threatened", cl="rl-bol-march-threat"),
    E("soldiers cleared roadblocks", "cleared", "COERCE", None, BPS, None, J14, None,
      speaker="the government", mod="reported", cl="rl-bol-clear"),
    E("roadblocks set up", "roadblocks", "PROTEST", "obstruct",
      ("supporters of former president Evo Morales", "BOL", "OPP"), None, None, None,
      speaker="the government", mod="reported", cl="rl-bol-blockades"),
    E("arresting 23", "arresting", "COERCE", "arrest", BPS, ("23 people", "BOL", "CVL"), J14, None,
      speaker="the government", mod="reported"),
    E("killed by gunfire", "killed", "ASSAULT", "firearms", None, ("three police officers", "BOL", "COP"),
      J12, "Llallagua", speaker=RIOS[0], mod="reported", cl="rl-bol-killings"),
    E("during the operation in Llallagua", "operation", "COERCE", None, None, None, J12, "Llallagua",
      speaker=RIOS[0], mod="reported"),
    E("accused Morales", "accused", "ACCUSE", "allege", RIOS, ("Morales", "BOL", "OPP"), None, None),
    E("denied any link", "denied", "REJECT", None, ("Morales", "BOL", "OPP"), None, None, None,
      relays=["X"]),
    E("was \"inventing\"", "inventing", "ACCUSE", "allege", ("the government", "BOL", "GOV"),
      ("him", "BOL", "OPP"), None, None, speaker=("Morales", "Morales, who is"), relays=["X"],
      mod="reported"),
    E("a case to arrest him", "arrest", "COERCE", "arrest", ("the government", "BOL", "GOV"),
      ("him", "BOL", "OPP"), None, None, speaker=("Morales", "Morales, who is"), relays=["X"],
      mod="hypothetical"),
    E("farmers would march", "march", "THREATEN", None, ("farmers", "BOL", "CVL"),
      ("the electoral court", "BOL", "JUD"), None, None, speaker=CHO,
      relays=["radio station Kawsachun Coca"], mod="threatened", cl="rl-bol-march-threat"),
    E("An arrest warrant was issued", "arrest warrant", "ACCUSE", "allege", None,
      ("Morales", "BOL", "OPP"), mo("2024-10", True), None),
    E("have not tried to enforce", "enforce", "COERCE", "arrest", ("police", "BOL", "COP"), None, None,
      None, mod="negated"),
    E("called for dialogue", "called", "REQUEST", "meet", OAS, None, None, None, mod="demanded"),
    E("and condemned \"all", "condemned", "ACCUSE", "disapprove", OAS, None, None, None),
])

# --------------------------------------------------------------------------
# 35: Moldova expels a Russian diplomat (Tuesday 8 April 2025); Moscow's
# conditional threat relayed by TASS in Interfax copy; 2023 recalled.
# --------------------------------------------------------------------------
T08, W09 = d("2025-04-08"), d("2025-04-09")
X = ("Moscow vows response after Moldova expels Russian diplomat\n"
     "MOSCOW, April 9 (Interfax) - Russia will respond to Moldova's decision to expel a Russian "
     "embassy employee, Foreign Ministry spokeswoman Maria Zakharova said on Wednesday, according to "
     "the TASS news agency.\n"
     "Chisinau on Tuesday declared the diplomat persona non grata, accusing him of helping to "
     "organise a network that paid voters to support pro-Russian candidates, Moldova's foreign "
     "ministry said in a statement published on its website.\n"
     "\"If Chisinau continues down this path, Moldovan diplomats in Moscow will face the same "
     "measures,\" Zakharova said.\n"
     "Moldovan President Maia Sandu said the expulsion was \"a necessary step\" and accused Moscow of "
     "trying to overthrow the government through bribery and disinformation, Moldovan news portal "
     "Newsmaker reported.\n"
     "Russia denies interfering in Moldovan politics.\n"
     "Moldovan police in March detained a former official of the Gagauzia region on suspicion of "
     "illegal party financing; his lawyers called the case political.\n"
     "In 2023, Moldova expelled 45 Russian diplomats and embassy staff over what it called hostile "
     "actions.")
ZAK = "Foreign Ministry spokeswoman Maria Zakharova"
MFA = ("Moldova's foreign ministry", "Moldova's foreign ministry said")
SAN = ("Moldovan President Maia Sandu", "MDA", "GOV")
NM = ["Moldovan news portal Newsmaker"]
A("35", "Interfax", "2025-04-09", X.split("\n")[0], X, [
    E("Moscow vows", "vows", "THREATEN", None, ("Moscow", "RUS", "GOV"), None, W09, None,
      mod="threatened", cl="rl-rus-vow"),
    E("Moldova expels", "expels", "SANCTION", "expel", ("Moldova", "MDA", "GOV"),
      ("Russian diplomat", "RUS", "GOV"), T08, None, cl="rl-mda-expel"),
    E("Russia will respond", "respond", "THREATEN", None, ("Russia", "RUS", "GOV"),
      ("Moldova's", "MDA", "GOV"), W09, P(("MOSCOW", 1), "Moscow"), speaker=ZAK,
      relays=["the TASS news agency"], mod="threatened", cl="rl-rus-vow"),
    E("decision to expel", "expel", "SANCTION", "expel", ("Moldova's", "MDA", "GOV"),
      ("a Russian embassy employee", "RUS", "GOV"), T08, None, speaker=ZAK,
      relays=["the TASS news agency"], mod="reported", cl="rl-mda-expel"),
    E("declared the diplomat persona", "declared", "SANCTION", "expel", ("Chisinau", "MDA", "GOV"),
      ("the diplomat", "RUS", "GOV"), T08, None, speaker=MFA, relays=["its website"],
      mod="reported", cl="rl-mda-expel"),
    E("accusing him", "accusing", "ACCUSE", "allege", ("Chisinau", "MDA", "GOV"), ("him", "RUS", "GOV"),
      T08, None, speaker=MFA, relays=["its website"], mod="reported"),
    E("will face the same", "face", "THREATEN", "expel", (("Zakharova", "measures,\" Zakharova"), "RUS", "GOV"),
      ("Moldovan diplomats in Moscow", "MDA", "GOV"), None, None,
      speaker=("Zakharova", "measures,\" Zakharova"), mod="threatened", cl="rl-rus-vow"),
    E("said the expulsion", "expulsion", "SANCTION", "expel", None, None, T08, None,
      speaker=SAN[0], relays=NM, mod="reported", cl="rl-mda-expel"),
    E("accused Moscow", "accused", "ACCUSE", "allege", SAN, ("Moscow", "RUS", "GOV"), None, None,
      relays=NM),
    E("trying to overthrow", "overthrow", "COERCE", None, ("Moscow", "RUS", "GOV"),
      ("the government", "MDA", "GOV"), None, None, speaker=SAN[0], relays=NM, mod="reported"),
    E("Russia denies interfering", "interfering", "COERCE", None, ("Russia", "RUS", "GOV"),
      None, None, None, speaker="Russia", mod="denied"),
    E("police in March detained", "detained", "COERCE", "arrest", ("Moldovan police", "MDA", "COP"),
      ("a former official of the Gagauzia region", "MDA", "GOV"), mo("2025-03", True), None),
    E("lawyers called the case", "called", "ACCUSE", "disapprove", ("his lawyers", "MDA", None), None,
      None, None),
    E("Moldova expelled 45", "expelled", "SANCTION", "expel", ("Moldova", "MDA", "GOV"),
      ("45 Russian diplomats and embassy staff", "RUS", "GOV"), yr("2023"), None),
    E("what it called hostile", "called", "ACCUSE", "disapprove", (("it", "what it called"), "MDA", "GOV"), None,
      yr("2023"), None),
])

# --------------------------------------------------------------------------
# 36: Somalia (Wednesday 20 August 2025): one attack told by both sides,
# relays through Andalus radio and SONNA, a U.S. strike on Monday.
# --------------------------------------------------------------------------
W20 = d("2025-08-20")
X = ("Al Shabaab says it killed 30 soldiers in central Somalia; army says attack repelled\n"
     "MOGADISHU, Aug 20 (Reuters) - Al Shabaab militants attacked a military base in Moqokori in "
     "central Somalia's Hiiraan region early on Wednesday, the army and the group said, giving "
     "conflicting accounts of the fighting.\n"
     "The Islamist group said in a statement on its Andalus radio station that its fighters had "
     "killed 30 soldiers and seized weapons and vehicles.\n"
     "Army commander Colonel Ahmed Ali told state-run SONNA news agency that troops had repelled the "
     "attack, killing more than 20 militants, and that four soldiers had died.\n"
     "\"They did not take the base. Our forces are still in control,\" he said.\n"
     "The government has vowed to continue its offensive against the group, which it launched in "
     "2022 with the help of clan militias, and U.S. forces carried out an air strike near Moqokori "
     "on Monday, the U.S. Africa Command said.\n"
     "Residents said some soldiers fled the base before the assault.")
ISG = "The Islamist group"
AND = ["its Andalus radio station"]
ALI = "Army commander Colonel Ahmed Ali"
SON = ["state-run SONNA news agency"]
A("36", "Reuters", "2025-08-20", X.split("\n")[0], X, [
    E("says it killed 30", "killed", "ASSAULT", None, (("it", "says it killed"), "SOM", "REB"), ("30 soldiers", "SOM", "MIL"),
      W20, None, speaker="Al Shabaab", mod="reported", cl="rl-moq-killed"),
    E("army says attack repelled", "repelled", "COERCE", None, None, None, W20, None,
      speaker="army", mod="reported", cl="rl-moq-repel"),
    E("says attack repelled", "attack", "ASSAULT", None, None, None, W20, None, speaker="army",
      mod="reported", cl="rl-moq-attack"),
    E("militants attacked a military base", "attacked", "ASSAULT", None,
      ("Al Shabaab militants", "SOM", "REB"), ("a military base", "SOM", "MIL"), W20, "Moqokori",
      speaker="the army and the group", mod="reported", cl="rl-moq-attack"),
    E("had killed 30 soldiers", "killed", "ASSAULT", None, ("its fighters", "SOM", "REB"),
      ("30 soldiers", "SOM", "MIL"), W20, None, speaker=ISG, relays=AND, mod="reported",
      cl="rl-moq-killed"),
    E("seized weapons", "seized", "COERCE", "seize", ("its fighters", "SOM", "REB"), None, W20, None,
      speaker=ISG, relays=AND, mod="reported"),
    E("troops had repelled", "repelled", "COERCE", None, ("troops", "SOM", "MIL"), None, W20, None,
      speaker=ALI, relays=SON, mod="reported", cl="rl-moq-repel"),
    E("repelled the attack", "attack", "ASSAULT", None, None, None, W20, None, speaker=ALI,
      relays=SON, mod="reported", cl="rl-moq-attack"),
    E("They did not take the base", "take", "ASSAULT", None, ("They", "SOM", "REB"),
      ("the base", "SOM", "MIL"), W20, None, speaker=("he", "\" he said"), mod="negated"),
    E("has vowed to continue", "vowed", "THREATEN", "violence", ("The government", "SOM", "GOV"),
      ("the group", "SOM", "REB"), None, None, mod="threatened"),
    E("its offensive against", "offensive", "ASSAULT", None, ("The government", "SOM", "GOV"),
      ("the group", "SOM", "REB"), yr("2022"), None),
    E("carried out an air strike", "air strike", "ASSAULT", "aerial", ("U.S. forces", "USA", "MIL"),
      None, d("2025-08-18"), "Moqokori", speaker="the U.S. Africa Command", mod="reported"),
    E("some soldiers fled", "fled", "RETREAT", "withdraw", ("some soldiers", "SOM", "MIL"),
      None, W20, None, speaker="Residents", mod="reported"),
    E("before the assault", "assault", "ASSAULT", None, None, None, W20, None, speaker="Residents",
      mod="reported", cl="rl-moq-attack"),
])

# --------------------------------------------------------------------------
# 37-38: a Chinese coast guard ship and Philippine vessels at Scarborough
# Shoal (Saturday 17 May 2025), told by Reuters and by the Global Times.
# --------------------------------------------------------------------------
S17 = d("2025-05-17")
X = ("China coast guard fires water cannon at Philippine vessel near Scarborough Shoal\n"
     "MANILA, May 17 (Reuters) - A Chinese coast guard ship fired water cannon at a Philippine "
     "fisheries vessel near the Scarborough Shoal on Saturday, damaging its mast, the Philippine "
     "coast guard said.\n"
     "Philippine coast guard spokesman Jay Tarriela said on X that the Chinese ship had also \"blocked "
     "and shadowed\" two other Philippine vessels carrying supplies to fishermen.\n"
     "Manila will file a diplomatic protest, National Security Council spokesman Jonathan Malaya told "
     "reporters.\n"
     "The United States condemned the \"dangerous and aggressive\" action and reaffirmed that its "
     "mutual defence treaty with the Philippines covers attacks on Philippine coast guard vessels.\n"
     "China seized control of the shoal from the Philippines in 2012 after a months-long standoff.")
CCG = ("A Chinese coast guard ship", "CHN", "COP")
A("37", "Reuters", "2025-05-17", X.split("\n")[0], X, [
    E("coast guard fires", "fires", "ASSAULT", None, ("China coast guard", "CHN", "COP"),
      ("Philippine vessel", "PHL", "GOV"), S17, "Scarborough Shoal", cl="rl-scar-cannon"),
    E("ship fired water cannon", "fired", "ASSAULT", None, CCG,
      ("a Philippine fisheries vessel", "PHL", "GOV"), S17, P("the Scarborough Shoal", "Scarborough Shoal"),
      speaker="the Philippine coast guard", mod="reported", cl="rl-scar-cannon"),
    E("\"blocked", "blocked", "COERCE", "restrict", ("the Chinese ship", "CHN", "COP"),
      ("two other Philippine vessels", "PHL", "GOV"), S17, None,
      speaker="Philippine coast guard spokesman Jay Tarriela", relays=["X"], mod="reported"),
    E("will file a diplomatic protest", "protest", "ACCUSE", "disapprove", ("Manila", "PHL", "GOV"),
      None, None, None, speaker="National Security Council spokesman Jonathan Malaya", mod="future"),
    E("The United States condemned", "condemned", "ACCUSE", "disapprove",
      ("The United States", "USA", "GOV"), None, None, None),
    E("aggressive\" action", "action", "ASSAULT", None, None, None, S17, None,
      speaker="The United States", mod="reported", cl="rl-scar-cannon"),
    E("reaffirmed that", "reaffirmed", "SUPPORT", None, ("The United States", "USA", "GOV"),
      ("the Philippines", "PHL", "GOV"), None, None),
    E("China seized control", "seized control", "ASSAULT", None, ("China", "CHN", "GOV"),
      ("the Philippines", "PHL", "GOV"), yr("2012"), P("the shoal", "Scarborough Shoal")),
])

X = ("China Coast Guard expels Philippine vessels that 'illegally intruded' into Huangyan Dao waters\n"
     "BEIJING, May 17 (Global Times) - The China Coast Guard on Saturday took \"necessary control "
     "measures\" against Philippine vessels that illegally intruded into waters near Huangyan Dao and "
     "expelled them, a spokesperson for the China Coast Guard said.\n"
     "The spokesperson, Liu Dejun, said the Philippine side had ignored repeated warnings and "
     "\"deliberately rammed\" a Chinese vessel, and urged Manila to stop its provocations "
     "immediately.\n"
     "Chinese experts said the Philippines was acting at the instigation of the US, which has been "
     "sending warships to the region.\n"
     "The Philippine coast guard claimed that the Chinese vessel used water cannon, a claim the China "
     "Coast Guard did not address.")
CCGS = "a spokesperson for the China Coast Guard"
LIU = "The spokesperson, Liu Dejun"
A("38", "Global Times", "2025-05-17", X.split("\n")[0], X, [
    E("'illegally intruded'", "intruded", "COERCE", None, ("Philippine vessels", "PHL", "GOV"), None,
      S17, None, cl="rl-scar-intrusion"),
    E("that illegally intruded", "intruded", "COERCE", None, ("Philippine vessels", "PHL", "GOV"),
      None, S17, P("Huangyan Dao", "Scarborough Shoal"), speaker=CCGS, mod="reported",
      cl="rl-scar-intrusion"),
    E("Guard expels", "expels", "COERCE", None, ("China Coast Guard", "CHN", "COP"),
      ("Philippine vessels", "PHL", "GOV"), S17, None, cl="rl-scar-cannon"),
    E("took \"necessary", "measures", "COERCE", None, ("The China Coast Guard", "CHN", "COP"),
      ("Philippine vessels", "PHL", "GOV"), S17, P("Huangyan Dao", "Scarborough Shoal"), speaker=CCGS,
      mod="reported", cl="rl-scar-cannon"),
    E("and expelled them", "expelled", "COERCE", None, ("The China Coast Guard", "CHN", "COP"),
      ("them", "PHL", "GOV"), S17, P("Huangyan Dao", "Scarborough Shoal"), speaker=CCGS,
      mod="reported", cl="rl-scar-cannon"),
    E("had ignored repeated warnings", "ignored", "REJECT", None, ("the Philippine side", "PHL", "GOV"),
      None, S17, None, speaker=LIU, mod="reported"),
    E("\"deliberately rammed", "rammed", "ASSAULT", None, ("the Philippine side", "PHL", "GOV"),
      ("a Chinese vessel", "CHN", "COP"), S17, None, speaker=LIU, mod="reported"),
    E("urged Manila", "urged", "REQUEST", None, (LIU, "CHN", "COP"), ("Manila", "PHL", "GOV"), None,
      None, mod="demanded"),
    E("vessel used water cannon", "used", "ASSAULT", None, ("the Chinese vessel", "CHN", "COP"), None,
      S17, None, speaker="The Philippine coast guard", mod="reported", cl="rl-scar-cannon"),
])

# --------------------------------------------------------------------------
# 39: Tripoli (Wednesday 10 September 2025): overnight clashes, a UN call,
# a conditional withdrawal on Facebook, the May killing recalled.
# --------------------------------------------------------------------------
W10S = d("2025-09-10")
X = ("UN mission urges calm after deadly clashes in Tripoli\n"
     "TRIPOLI, Sept 10 (Anadolu) - The UN Support Mission in Libya (UNSMIL) called on armed groups in "
     "Tripoli on Wednesday to respect a truce after overnight clashes between the Radaa force and a "
     "brigade loyal to the Government of National Unity killed at least six civilians.\n"
     "The Health Ministry said 19 people were wounded when shells hit residential areas of the Souq "
     "al-Juma district.\n"
     "Prime Minister Abdulhamid Dbeibah ordered the army to take over the positions of \"outlaw "
     "groups\" and said the state would \"not negotiate with those who hold the capital hostage.\"\n"
     "The Radaa force said in a statement on Facebook that it had only defended its headquarters and "
     "would withdraw its fighters from the streets if the government forces pulled back first.\n"
     "Turkey, which has military advisers in western Libya, said it was ready to mediate between the "
     "two sides, Anadolu reported, citing diplomatic sources.\n"
     "In May, the killing of militia leader Abdulghani al-Kikli, known as Gheniwa, sparked days of "
     "fighting in the city.")
UNS = ("The UN Support Mission in Libya (UNSMIL)", None, "IGO")
DBE = ("Prime Minister Abdulhamid Dbeibah", "LBY", "GOV")
RAD = ("The Radaa force", "LBY", "UAF")
TIP = P(("TRIPOLI", 1), "Tripoli")
A("39", "Anadolu", "2025-09-10", X.split("\n")[0], X, [
    E("mission urges calm", "urges", "REQUEST", None, ("UN mission", None, "IGO"), None, W10S, None,
      mod="demanded", cl="rl-unsmil-call"),
    E("deadly clashes in Tripoli", "clashes", "ASSAULT", None, None, None, W10S, "Tripoli",
      cl="rl-tripoli-clash"),
    E("called on armed groups", "called", "REQUEST", None, UNS, ("armed groups in Tripoli", "LBY", "UAF"),
      W10S, None, mod="demanded", cl="rl-unsmil-call"),
    E("killed at least six", "killed", "ASSAULT", None, ("the Radaa force", "LBY", "UAF"),
      ("at least six civilians", "LBY", "CVL"), W10S, TIP, cl="rl-tripoli-clash"),
    E("shells hit residential", "hit", "ASSAULT", "heavy-weapons", None,
      ("residential areas of the Souq al-Juma district", "LBY", "CVL"), W10S,
      P("the Souq al-Juma district", "Souq al-Juma"), speaker="The Health Ministry", mod="reported"),
    E("ordered the army", "ordered", "MOBILIZE", "troops", DBE, ("outlaw groups", "LBY", "UAF"), None,
      None),
    E("\"not negotiate", "negotiate", "CONSULT", None, ("the state", "LBY", "GOV"),
      ("those who hold the capital hostage", "LBY", "UAF"), None, None, speaker=DBE[0],
      mod="negated"),
    E("had only defended", "defended", "ASSAULT", None, (("it", "it had only"), "LBY", "UAF"), None, W10S,
      None, speaker=RAD[0], relays=["Facebook"], mod="reported", cl="rl-tripoli-clash"),
    E("would withdraw its fighters", "withdraw", "RETREAT", "withdraw", (("it", "it had only"), "LBY", "UAF"),
      None, None, None, speaker=RAD[0], relays=["Facebook"], mod="conditional",
      cond="if the government forces pulled back first"),
    E("forces pulled back", "pulled back", "RETREAT", "withdraw", ("the government forces", "LBY", "MIL"),
      None, None, None, speaker=RAD[0], relays=["Facebook"], mod="hypothetical"),
    E("ready to mediate", "mediate", "AGREE", None, ("Turkey", "TUR", "GOV"), ("the two sides", "LBY", None),
      None, None, relays=["diplomatic sources"]),
    E("the killing of militia", "killing", "ASSAULT", "targeted", None,
      ("militia leader Abdulghani al-Kikli", "LBY", "UAF"), mo("2025-05", True), None),
    E("days of fighting in the city", "fighting", "ASSAULT", None, None, None, mo("2025-05", True),
      P("the city", "Tripoli")),
])

# --------------------------------------------------------------------------
# 40: Niger (Monday 17 and Thursday 20 November 2025): a broadcaster
# suspended, a claimed attack, a conditional ban, the 2023 coup recalled.
# --------------------------------------------------------------------------
M17, T20 = d("2025-11-17"), d("2025-11-20")
X = ("Niger junta suspends French broadcaster over 'false' reports on attack\n"
     "NIAMEY, Nov 20 (Reuters) - Niger's military government suspended broadcaster France 24 for three "
     "months on Thursday, accusing it of spreading false information about an attack on an army "
     "convoy near the Malian border, state television reported.\n"
     "The attack, claimed by Islamic State Sahel Province through its Amaq news agency, killed at "
     "least 25 soldiers near Tillaberi on Monday, according to a security source.\n"
     "Communications minister Sidi Mohamed Raliou said the channel would be banned permanently if it "
     "\"continued to serve the enemies of Niger.\"\n"
     "France 24 said it regretted the decision and rejected the accusations.\n"
     "The junta, which seized power in July 2023 after detaining President Mohamed Bazoum, expelled "
     "French troops and the French ambassador later that year.")
NMG = ("Niger's military government", "NER", "GOV")
JUN = ("The junta", "NER", "MIL")
A("40", "Reuters", "2025-11-20", X.split("\n")[0], X, [
    E("junta suspends", "suspends", "COERCE", "censor", ("Niger junta", "NER", "GOV"),
      ("French broadcaster", "FRA", "MED"), T20, None, cl="rl-ner-suspend"),
    E("reports on attack", "attack", "ASSAULT", None, None, None, M17, None, cl="rl-tillaberi"),
    E("government suspended broadcaster", "suspended", "COERCE", "censor", NMG,
      ("broadcaster France 24", "FRA", "MED"), T20, P(("NIAMEY", 1), "Niamey"),
      speaker="state television", mod="reported", cl="rl-ner-suspend"),
    E("accusing it of spreading", "accusing", "ACCUSE", "allege", NMG, (("it", "accusing it"), "FRA", "MED"),
      T20, P(("NIAMEY", 1), "Niamey"), relays=["state television"]),
    E("spreading false information", "spreading", "COERCE", "misinformation",
      (("it", "accusing it"), "FRA", "MED"), None, None, None, speaker="Niger's military government",
      relays=["state television"], mod="reported"),
    E("an attack on an army convoy", "attack", "ASSAULT", None, None, ("an army convoy", "NER", "MIL"),
      M17, None, cl="rl-tillaberi"),
    E("killed at least 25", "killed", "ASSAULT", None, ("Islamic State Sahel Province", None, "REB"),
      ("at least 25 soldiers", "NER", "MIL"), M17, "Tillaberi", speaker="a security source",
      mod="reported", cl="rl-tillaberi"),
    E("would be banned permanently", "banned", "COERCE", "censor", None, ("the channel", "FRA", "MED"),
      None, None, speaker="Communications minister Sidi Mohamed Raliou", mod="conditional",
      cond="if it \"continued to serve the enemies of Niger"),
    E("regretted the decision", "regretted", "ACCUSE", "disapprove", ("France 24", "FRA", "MED"),
      None, None, None),
    E("rejected the accusations", "rejected", "REJECT", None, (("it", "it regretted"), "FRA", "MED"), None, None, None),
    E("seized power in July", "seized power", "COERCE", None, JUN, None, mo("2023-07", True), None),
    E("after detaining", "detaining", "COERCE", "arrest", JUN, ("President Mohamed Bazoum", "NER", "GOV"),
      mo("2023-07", True), None),
    E("expelled French troops", "expelled", "SANCTION", "expel", JUN,
      ("French troops and the French ambassador", "FRA", "MIL"), yr("2023"), None),
])


def main():
    check_real_sources(BATCH, SHARED)
    # relabel50: court and police procedure words the guide labels as events
    # (docs/annotation.md, "Court and police procedure words"), appended at
    # each article's end so no event index a relabel table names moves.
    relabel50 = {
        "rec_l-22": [
            E("Arcade Joseph Comeaux Jr. is a convicted", "life sentence", "SANCTION", "convict", None, ("Arcade Joseph Comeaux Jr.", "USA", "UAF"), None, None, cl="rec_l-22-e05"),  # relabel50
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel50.get(art["id"], []))
    # relabel66: re-mentions (a) and hypothetical acts (b) the guide requires in
    # the real texts (docs/annotation.md, "Questions decided (relabel66,
    # 2026-12-07)"), appended at each article's end so no event index a relabel
    # table names moves.
    relabel66 = {
        "rec_l-02": [
            E("During the operation, six AK", "operation", "COERCE", None, None, None, d("2011-11-10"), None, cl="rl-suk-foil"),  # relabel66 (a)
        ],
        "rec_l-04": [
            E("Since the shooting, over 50 arrests", "shooting", "ASSAULT", "firearms", None, None, d("2013-03-09", True), None, cl="rl-gray-shooting"),  # relabel66 (a)
        ],
    }
    for art in BATCH.articles:
        art["events"].extend(relabel66.get(art["id"], []))  # relabel66
    BATCH.write()


SHARED = shared_data(__file__)


if __name__ == "__main__":
    main()
