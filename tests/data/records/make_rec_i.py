"""Build tests/data/records/rec_i.jsonl: gold whole-record events (batch rec_i).

rec_i is the FRESH BLIND SET after rec_h: every article has ``"split":
"blind"``, and every label was written before eventwire ever ran on any of
these texts (no pipeline, no ``eval records``, no spaCy on them while
labelling, no eventwire rule code read, and no system output looked at). Run
it once, at the end of a change, and never debug on it:

    eventwire eval records --data tests/data/records/rec_i.jsonl --split blind

Sources (field ``source`` of each record):

* real news texts, copied unchanged from /work/shared/data: ECB+ articles
  (``ecbplus:<doc_id>``, CC BY 3.0; the leading URL line, and a time-stamp
  line above the headline, are cut so the text opens with its headline; a
  long text is cut after a sentence) and GeoVirus Wikinews articles
  (``geovirus:<doc_id>``; texts Wikinews, CC BY 2.5, only the text is
  copied, none of GeoVirus' annotation). A text with no headline line takes
  its first sentence as title. ``published`` is the printed date, else
  inferred from the text's own days and the story (``published_note``);
* texts written for eventwire by the annotator (``own``, CC BY 4.0, this
  project) in agency styles that rec_a..rec_h cover little (a ministry
  statement relayed by state media, a UN Security Council session, a
  sanctions announcement, a hostage negotiation, a protest crackdown with
  casualty figures from both sides, an analysis recalling old events) and
  two non-political look-alikes that carry no events.

Labels follow docs/annotation.md, including its Batch d, e, g, h and i
decisions. Spans are located by needle strings, never by hand-counted offsets
(the conventions of ``needles.py``, as in ``make_rec_h.py``):

* every event has an anchor ``at`` (a needle that must occur exactly once in
  the text); a span given as a plain string is the first occurrence from the
  start of the anchor's sentence (or line) on;
* ``(needle, "other anchor")`` is the first occurrence after another unique
  anchor (used for a speaker or actor earlier in the text);
* ``(needle, k)`` is the k-th occurrence (1-based) in the whole text.

Every span is checked (``text[start:end] == span["text"]``) before writing.
Coordinates: cities from GeoNames cities500, countries from GeoNames' country
point, other features as noted (approximate; scoring allows 161 km).

    python3 tests/data/records/make_rec_i.py
"""

from pathlib import Path

from needles import Batch, E, P, check_sources, d, mo, wk, yr

PLACES = {
    'Gulf of Aden': (12.0, 48.0),  # as rec_c
    'Yemen': (15.5, 47.5),  # country
    'west of Aden': (12.6, 42.6),  # "150 nautical miles west of Aden", approximate point
    'Oregon': (44.0, -120.5),  # US state (ADM1), approximate point
    'Woodburn': (45.14, -122.86),  # geonameid 5761708
    'Troy': (42.61, -83.15),  # Troy, Michigan, geonameid 5012639
    'Greece': (39.0, 22.0),  # country
    'Athens': (37.98, 23.73),  # geonameid 264371
    'Brooklyn': (40.65, -73.95),  # geonameid 5110302
    'East Flatbush': (40.65, -73.93),  # neighbourhood of Brooklyn, approximate point
    'Philadelphia': (39.95, -75.16),  # geonameid 4560349
    'Palermo': (38.12, 13.36),  # geonameid 2523920
    'Millom': (54.21, -3.27),  # geonameid 2642465
    'Brownsville': (40.66, -73.91),  # Brownsville, Brooklyn, approximate point
    'Quezon City': (14.65, 121.05),  # geonameid 1692192
    'Dallas': (32.78, -96.81),  # geonameid 4684888
    'Hanoi': (21.02, 105.84),  # geonameid 1581130
    'Iraq': (33.0, 44.0),  # country
    'Kuwait': (29.5, 47.75),  # country
    'Turkey': (39.0, 35.0),  # country
}

BATCH = Batch("rec_i", PLACES)
A = BATCH.A  # A(id_, outlet, published, title, text, events, source=None, note=None)

TEXTS = {
    "ecbplus:12_14ecb": (
        'The Indian navy has captured 23 pirates who threatened a merchant vessel in the lawless waters of the Gulf of Aden.\n'
        'The Indians say the pirates were from Somalia and Yemen, two countries on the coast of the Gulf.\n'
        'Also, a German naval helicopter thwarted another attack today on a freighter being chased by speedboats off Yemen.\n'
        'Both ships that were targeted by the pirates are said to be Ethiopian.\n'
        'Somali pirates recently seized a Saudi supertanker loaded with $100 million of crude oil.\n'
        'Also, the threat of pirates recently prompted a German cruise ship to evacuate some 420 passengers and crew after the company decided not to risk their safety as the ship passed through the Gulf of Aden.\n'
        "Secretary of State Condoleezza Rice is set to ask the U.N. to authorize ``all necessary measures'' against the increasingly bold Somalian pirates."
    ),
    "ecbplus:12_17ecb": (
        'For the fourth time in two months, the Indian Navy on Saturday took the bandits head on foiling a piracy attempt and putting 23 pirates out of business.\n'
        'Indian Naval Services (INS) Mysore, the Indian Naval destroyer on anti-piracy patrol in the Gulf of Aden, rescued an Ethiopian ship, MV Gibe.\n'
        'Pirates on a dhow and a smaller boat attacked this merchant ship about 1100 hrs IST, 150 nautical miles west of Aden, firing machine guns to scare the crew.\n'
        'The Indian warship, which was escorting merchant ships some 13 miles away, responded to the distress call.\n'
        'They launched marine commandos on an armed helicopter and altered course to confront the pirates.\n'
        'The bandits lost nerve on seeing the helicopter and the warships and attempted to flee\n'
        'The INS Mysore fired warning shots, forcing the pirates to give up.\n'
        'Marine Commandos boarded the pirate dhow, Salahaddin, which had the smaller boat in tow.\n'
        'Of the 23 pirates arrested, 12 are reported to be Somali and 11 Yemeni.\n'
        'The cache of arms on the pirate ship included seven AK-47 rifles, one rocket propelled grenade launcher, grenades and three other rifles.\n'
        'The pirates have been taken on board the INS Mysore.\n'
        'They are likely to be handed over to law enforcing authorities in Djibouti.\n'
        'The Indian anti-piracy patrol is moving full steam ahead undeterred by the adverse publicity which followed the November 18 sinking of a Thai fishing trawler in Indian Naval action against pirates on board.'
    ),
    "ecbplus:12_4ecbplus": (
        'Indian Navy captures 26 Somali pirates in Gulf of Aden\n'
        'Published on: Fri, 11 Nov 2011 at 09: 56 IST\n'
        'New Delhi / Mumbai: An Indian warship foiled a five - boat pirate attack on merchant vessels transiting the Gulf of Aden on Friday capturing 26 Somani brigands on three of the skiffs and confiscating their weapons.\n'
        "Patrol vessel INS Sukanya was escorting the five merchant vessels through the Internationally Recognised Transit Corridor in the Gulf of Aden on Thursday morning when the warship's crew noticed the five - boat pirate formation approaching the cargo ship group.\n"
        '"The warship immediately altered towards the suspicious vessels and challenged them, " the officer said, adding the pirate skiffs then reversed course and tried to flee the area.\n'
        '"While two of the skiffs and its crew managed to get away, Sukanya successfully intercepted the remaining three skiffs and carried out well - practiced and professionally executed boarding - and - search action.\n'
        '"The three boats had a total of 26 Somali crew on board.\n'
        'During the operation, six AK - 47 rifles, 12 magazines and about 300 rounds of ammunition were found and confiscated, " the officer said.\n'
        'He said that in addition, the naval boarding party also found a host of other equipment such as grapnels, ladders and rope - handling gloves, all of which confirmed their intent to attack and hijack the merchant vessels.\n'
        'This anti - piracy action by INS Sukanya was the fifth successful operation by its crew during its current patrol mission in the Gulf of Aden since September this year.\n'
        'The officer said that INS Sukanya has seized a total of 14 AK - 47 rifles, 31 magazines and 923 rounds of ammunition during the five operations it carried out there.'
    ),
    "ecbplus:12_8ecbplus": (
        'A five - boat pirate attack on merchant vessels transiting the Gulf of Aden was foiled by an Indian warship that was on escort duty, capturing 26 Somani brigands on three of the skiffs and confiscating their weapons, a naval officer said here Friday.\n'
        "Patrol vessel INS Sukanya was escorting the five merchant vessels through the Internationally Recognised Transit Corridor in the Gulf of Aden Thursday morning when the warship's crew noticed the five - boat pirate formation approaching the cargo ship group.\n"
        '"The warship immediately altered towards the suspicious vessels and challenged them, " the officer said, adding the pirate skiffs then reversed course and tried to flee the area.\n'
        '"While two of the skiffs and its crew managed to get away, Sukanya successfully intercepted the remaining three skiffs and carried out well - practiced and professionally executed boarding - and - search action.\n'
        '"The three boats had a total of 26 Somali crew on board.\n'
        'During the operation, six AK - 47 rifles, 12 magazines and about 300 rounds of ammunition were found and confiscated, " the officer said.\n'
        'In addition, the naval boarding party also found a host of other equipment such as grapnels, ladders and rope - handling gloves, all of which confirmed their intent to attack and hijack the merchant vessels, he said.\n'
        'This anti - piracy action by INS Sukanya was the fifth successful operation by its crew during its current patrol mission in the Gulf of Aden since September this year.\n'
        'INS Sukanya has seized a total of 14 AK - 47 rifles, 31 magazines and 923 rounds of ammunition during the five operations it carried out there, the officer said.'
    ),
    "ecbplus:12_1ecbplus": (
        'Navy foils Somali pirate attack off Gulf of Aden\n'
        'The Indian Navy patrolling the Gulf of Aden on Thursday thwarted a multi - boat attack by sea brigands on merchant vessels, apprehending 26 Somali pirates and confiscating arms and ammunition, in the fifth successful anti - piracy operation since September.\n'
        'At 9. 25 a. m. on Thursday, navy personnel aboard warship INS Sukanya spotted a group of five suspicious boats speedily approaching the merchant vessels of her group.\n'
        '“ The warship immediately altered (its direction) towards the suspicious vessels and challenged them.\n'
        'On seeing the resolve evident in the warship ’ s action and probably mindful of the reputation for resolute action that the Indian Navy justly enjoys in such deployments, the pirate skiffs reversed course and tried to flee the area, ” Captain Manohar Nambiar, Chief Public Relations Officer, Defence, said.\n'
        'While two of them managed to escape, INS Sukanya successfully intercepted the remaining three boats and, in a well - practiced and professionally executed boarding - and - search action, nabbed 26 Somali pirates with six AK 47 rifles, 12 magazines and about 300 rounds of ammunition.\n'
        'This is the fifth successful anti - piracy operation conducted by INS Sukanya in the course of her ongoing patrol mission in the Gulf of Aden that commenced in September, the Navy said.\n'
        'INS Sukanya, currently deployed on anti - piracy patrols in the Gulf of Aden under the operational control of the Western Naval Command, was escorting a group of five merchant vessels through the Internationally Recognised Transit Corridor when the incident happened.\n'
        'The timely operation by INS Sukanya resulted, once again, in foiling the pirates ’ attempt to attack merchant vessels transiting the busy sea lane through which over nearly $100 billion worth India ’ s external trade passes each year, Captain Nambiar said.\n'
        'In their five operations so far, the personnel on board the warship have confiscated 14 AK - 47 Rifles, 31 magazines and 923 rounds of ammunition, he said.\n'
        'Indian Navy is part of the international effort to ensure the safety and freedom of seaborne trade in this high - risk stronghold of modern - day piracy.'
    ),
    "ecbplus:18_11ecb": (
        'A former employee recently let go from his job opened fire at an office Christmas party yesterday, killing one person.\n'
        'Vancouver Police say the disgruntled man burst into the workplace during the party and opened fire.\n'
        "``The suspect, a 61-year-old man, entered the business, which had at least a dozen people inside enjoying a Christmas party,'' police said in a statement.\n"
        'Police Const. Tim Fanning said the gunman came in around 4 p.m. local time.\n'
        'One man was shot and killed but the other partygoers managed to escape and no one else was injured.\n'
        "``Police locked down the neighbourhood and negotiated with the suspect, who gave himself up to police just after 6 p.m.,'' Fanning said in the statement.\n"
        'The business at the location of the shooting is listed at TallGrass Distribution Ltd., a natural health product supplier.\n'
        'State police say a bomb exploded at an Oregon bank after it was evacuated and at least one bomb technician was injured.\n'
        'TheOregonian newspaper quotes a federal spokesman confirming that a bomb detonated at West Coast Bank in Woodburn.\n'
        'The spokesman for the Bureau of Alcohol, Tobacco, Firearms and Explosives also said at least one bomb technician had been injured.\n'
        'TheOregonianreports the bank had been evacuated before the bomb detonated.'
    ),
    "ecbplus:18_6ecbplus": (
        'Jury finds suspect in Troy office shooting guilty\n'
        'on April 30, 2008 at 4: 31 AM, updated April 30, 2008 at 8: 33 AM\n'
        'A jury on Tuesday convicted a man charged in an April 2007 shooting at a Troy accounting firm that left a receptionist dead and two managing partners wounded.\n'
        'Anthony LaCalamita III was found guilty of first - degree murder and assault with intent to murder in the shotgun slaying of 63 - year - old Madeline Kafoury and assault with intent to kill in the shootings of Paul Riva and Alan Steinberg at the accounting firm.\n'
        "Defense attorney Jerome Fenton argued LaCalamita's extensive history of mental illness was to blame.\n"
        'Assistant Oakland County Prosecutor Rob Novy said the 39 - year - old Troy man shot his former co - workers because he was furious over his firing four days earlier.'
    ),
    "ecbplus:19_7ecb": (
        'Greek government under fire\n'
        'A week of violence in Greece has taken its toll on the fragile conservative government, with opinion polls showing many think authorities mishandled the worst rioting in decades.\n'
        'The shooting of a 15-year-old boy by police unleashed a wave of unrest by thousands of students and anarchists across the country.\n'
        "This comes at a time where there is growing anger over political scandals and the impact of a global recession on Greece's economy.\n"
        'While the violence has generally subsided in the past few days, small groups of hooded youngsters are still hurling fire bombs, smashing shops and fighting running battles with riot police.\n'
        'Prime Minister Costas Karamanlis has pledged to ensure security, rebuffing calls for early elections.\n'
        "An opinion poll published by Ethnos newspaper on Sunday said 83.3 percent of Greeks were unhappy with the government's response to the violence.\n"
        "``I'm tired of coming to the shop every night to check the damages.\n"
        "You think it's going to calm down and then it starts again.'' said Anna Pavlidou, manager of a central Athens mobile phone store that has been repeatedly attacked and looted.\n"
        '``The government should assume its responsibilities and resign.\n'
        "It didn't handle it well.\n"
        "If it had, we wouldn't have 355 damaged shops in Athens.\n"
        "I mean we will not be able to open until Christmas.'' she said.\n"
        'A policeman charged with killing Alexandros Grigoropoulos has been jailed along with a colleague pending trial, while more than 400 protesters have been detained over the unrest.'
    ),
    "ecbplus:19_6ecbplus": (
        'Brooklyn neighborhood on police lockdown following protest\n'
        'Published time: March 12, 2013 02: 03\n'
        'Edited time: March 13, 2013 02: 15\n'
        'Police intervened after more than 100 people joined together for a candlelit vigil in the East Flatbush neighborhood in Brooklyn, New York, where 16 - year - old Kimani Gray was shot multiple times by police on Saturday.\n'
        'Brooklynites on Twitter reported that police followed the march and searched apartment buildings in the neighborhood without warrants, looking for children who had been seen throwing bottles at police from neighborhood rooftops.\n'
        'Officers clad in riot gear were seen along the block, and barricades were placed on the streets.\n'
        'March participants chanted, "NYPD / KKK / how many kids will you kill today, " witnesses reported.\n'
        'Police said the crowd fell the 67th Precinct station in East Flatbush, where teenagers who were not apparently a part of any organized group threw garbage and empty bottles at the windows.\n'
        '"I\'m in the middle of the riot action at Church and Snyder in my district.\n'
        'Right now, things are tense, " New York City Councilman Jumaane D. Williams, who represents the area, said on Twitter.\n'
        'Williams said people smashed out windows and overturned garbage cans during the disorder, and that one person had been attacked outside of a local Rite Aid.\n'
        '“ Tonight was a peaceful vigil that devolved into a riot, ” Williams wrote.\n'
        '“ The youth in this community have no outlets for their anger, no community. ”\n'
        'One person is believed to have been arrested, and no injuries were reported.\n'
        'Sixteen - year - old Kimani Gray was shot and killed on Saturday night after pointing a gun at two plainclothes officers who approached him, police said.\n'
        'According to the officers involved in the shooting, the teenager adjusted his belt "suspiciously, " and after they exited their vehicle to investigate, he pointed a. 357 caliber revolver at them.\n'
        'Both officers fired a total of 11 shots at the suspect, hitting Gray multiple times in his torso and legs.'
    ),
    "ecbplus:22_6ecbplus": (
        'Accused Philadelphia Kraft Foods Killer Held For Trial\n'
        'December 7, 2010 11: 18 PM\n'
        'The woman who allegedly shot and killed two co - workers in September at the Kraft Foods plant in Northeast Philadelphia will face trial on multiple counts of murder and attempted murder.\n'
        'At a hearing on Tuesday, assistant district attorney Gail Fairman described 43 - year - old Yvonne Hiller as a “ methodical killer ” who waved a gun within a foot of a security guard ’ s face to regain access to the plant less than ten minutes after she had been escorted out.\n'
        '“ She returned like a grim reaper, ” says ADA Fairman, “ and she only shot the ones that she held responsible for her suspension. ”\n'
        'Fairman says that when Hiller found a group of co - workers in a break room, she allowed one person to leave unharmed.\n'
        '“ At one point, there was a co - worker holding onto Latoya Brown, ” says Fairman, “ and the defendant ordered that worker away, and then she shot Brown. ”\n'
        'Hiller had repeated run - ins with co - workers, whom she accused of spraying her with a deer scent, among other things (see related story).\n'
        'Two women were pronounced dead at the scene, and a male co - worker was wounded.\n'
        'A detective testified during the preliminary hearing about Hiller ’ s statement to police, claiming people had been spraying her for years.\n'
        'The defense would not comment on strategy plans for the trial.'
    ),
    "ecbplus:22_7ecbplus": (
        'Woman Convicted of Double Murder In 2010 Kraft Foods Rampage In NE Philadelphia\n'
        'September 10, 2012 4: 15 PM\n'
        'A Philadelphia judge today found a former Kraft Foods company employee guilty of murder in a workplace rampage exactly two years ago in Northeast Philadelphia that left two women dead and a third employee wounded.\n'
        'Witnesses say defendant Yvonne Hiller had long complained of abuse by fellow employees, claimed they were poisoning her by spraying her with chemicals including deer urine.\n'
        'But authorities say the allegations were investigated by police and OSHA and were determined to be unfounded.\n'
        'Then, on September 10, 2010, according to a surviving victim, Hiller went berserk again, cursing and making accusations and threats.\n'
        'She was suspended on the spot and escorted from the building.\n'
        'But, the witness says, she returned minutes later with a gun, opening fire on several employees in a break room, killing Latonya Brown and Tanya Wilson, and wounding Bryant Dalton.\n'
        'Dalton says the bullet went through his neck and lodged in his shoulder, and is still there.\n'
        'In the one - day, non - jury trial, Common Pleas Court judge Benjamin Lerner found Hiller guilty of two counts of first - degree murder and one count of attempted murder.\n'
        'The automatic sentence in life in prison, although formal sentencing will take place at a later date.'
    ),
    "ecbplus:26_6ecb": (
        'A suspected Mafia boss arrested Tuesday in a high-profile police swoop has hanged himself in his prison cell, police sources said Wednesday.\n'
        'Gaetano Lo Presti, who was already convicted of mob-related crimes prior to his latest arrest, was found dead late last night in Pagliarelli prison in the Sicilian capital of Palermo.'
    ),
    "ecbplus:26_8ecb": (
        'A suspected Mafia leader committed suicide overnight after being arrested in a major police sweep, police in Palermo, Sicily, said on Wednesday.\n'
        'He may have been driven to suicide because wiretapped conversations between him and other Mafia bosses helped lead to the police sweep on Tuesday in which 89 people were arrested following a nine-month probe, the Ansa news agency reported.'
    ),
    "ecbplus:16_8ecbplus": (
        'Sheriff ’ s Deputy Shot and Killed\n'
        'June 24, 2005\n'
        'A 35 - year - old sheriff ’ s deputy working with an anti - gang unit was killed Friday when he knocked on the door of a home and someone shot him in the head, authorities said.\n'
        'Deputy Jerry Ortiz had gone to the home to speak to a woman there as part of a gang investigation when he was attacked, Undersheriff Larry Waldie told reporters Friday night.\n'
        'Ortiz probably died instantly, Waldie said.\n'
        '“ Someone came out either nearby or from the residence and put a bullet through his head, ” Waldie said.\n'
        'Los Angeles County Sheriff Lee Baca, who was out of state attending a convention, made plans to return to Southern California immediately.\n'
        'The deputy, who was wed about three weeks ago, is survived by his wife and two sons, ages 16 and 6, Waldie said.\n'
        'He was a 15 - year veteran of the department and had been a member of its anti - gang unit for the past five years.\n'
        'Authorities said they believe they know the identity of the shooter, although the person was not immediately taken into custody.\n'
        'Deputies cordoned off streets in the neighborhood and were searching for the suspect Friday night.\n'
        'A passer - by who found the wounded deputy shortly after 3 p. m. called the Lakewood sheriff ’ s station to report the shooting, said sheriff ’ s Sgt. Vanette Christiansen.\n'
        '“ Our Lakewood units responded out and in fact we found a deputy who works our gang enforcement team who had gunshot wounds, ” she said.\n'
        'Another deputy fell and suffered a minor injury responding to the crime scene.'
    ),
    "ecbplus:32_10ecbplus": (
        'Millom double murder: Man charged with killing mother and sister\n'
        '8: 56am Monday 10th June 2013\n'
        'A MAN has been charged with the murder of his mother and sister in Millom.\n'
        'John Jenkin, 23, of Newton Street, Millom was arrested Saturday morning after police found two women dead in a house.\n'
        'The victims have been identified as mother Alice McMeekin, 58, of Newton Street, Millom and her 20 - year - old daughter Kathryn Jenkin of Aberdare, South Wales.\n'
        'Police have this morning charged him and he will appear before Furness District Magistrates.\n'
        'He has also been charged with animal cruelty after the family dog was discovered dead.'
    ),
    "ecbplus:32_6ecbplus": (
        'Man charged with murdering mother and sister in Cumbria\n'
        'Monday 10 Jun 2013 10: 45 am\n'
        'A 23 - year - old man has been charged with the murders of his mother and sister.\n'
        'John Jenkin is due in court over the murders of Alice McMeekin, 58, and Kathryn Jenkin, 20.\n'
        'Both women were found dead at their home in Newton Street, Millom, Cumbria, on Saturday morning, with Mr Jenkin arrested shortly afterwards.\n'
        'Detectives said Ms McMeekin and her daughter were found with head injuries.\n'
        'Although formal identification has not yet taken place, Cumbria police announced the identities of the victims and Mr Jenkin, who has also been charged with animal cruelty after the family dog was found dead at the house.\n'
        "He is due before Furness district magistrates' court today."
    ),
    "ecbplus:33_6ecbplus": (
        'Guilty verdict for murderer of Brooklyn mother of 12\n'
        'A Brooklyn jury has returned a guilty verdict for Andrew Lopez for the murder of Zurana Horton and the injury of two others.\n'
        'Convicted of second - degree murder and assault in the first degree, Lopez, 20, faces a potential sentence of life in prison when he is sentenced by Justice Vincent Del Giudice.\n'
        "In October 2011, Lopez and his co - defendant and half - brother Jonathan Carrasquillo, 24, were arrested in connection with a shooting in Brownsville's Howard housing projects.\n"
        'Surveillance footage, provided as evidence to the jurors, captures the horrific event as it unfolded.\n'
        'The video shows Horton, a mother of 12, on the street near a school immediately prior to the shooting.\n'
        'It shows her attempting to shield herself from the spray of bullets, and ultimately her fatally wounded body on the sidewalk.\n'
        '"Zurana Horton became a victim of the senseless gang violence that plagues Brooklyn, " prosecutor Seth Goldman said during the murder trial of Lopez and Carrasquillo.\n'
        'It was said throughout the investigation and trial that Lopez and Carrasquillo were targeting members of a rival gang when Horton and the two other victims killed and injured in the crossfire.\n'
        'Carrasquillo allegedly ordered Lopez to shoot.\n'
        "The jury is still deliberating on Carrasquillo's verdict.\n"
        "Lopez's sentence date is May 7.\n"
        'April 24, 2013 - 4: 45pm'
    ),
    "ecbplus:33_11ecbplus": (
        'Teen Arrested in Shooting of Hero Brooklyn Mom\n'
        'Posted Oct 26, 2011 8: 57 AM CDT\n'
        'An 18 - year - old gang member has confessed to killing a pregnant mom, who died on Friday as she shielded a group of children from bullets, but insisted he "did not mean to shoot the ladies, " sources tell the New York Daily News.\n'
        'In addition to Zurana Horton - who was a mother of 12 - another mom and an 11 - year - old girl were wounded by rooftop sniper Andrew Lopez, who told police his dozen rounds were intended for members of a rival gang.\n'
        'Lopez has been charged with murder; his two half - brothers, 17 and 22, were also arrested.'
    ),
    "geovirus:geovirus-002": (
        'Local police has also arrested four vendors and seized their 3,000 kilos of "botcha" (rotten pork meat or "double dead meat") at MC Market in Balintawak, Quezon City Wednesday evening, and allegedly delivered from Bulacan.'
        ' The four suspects were charged for violation of the Consumer Act of the Philippines and Republic Act 9296 or the Meat Inspection Code.'
    ),
    "geovirus:geovirus-057": (
        'An HIV-positive man was sentenced to 35 years in prison Wednesday, one day after being convicted of harassment of a public servant for spitting into the eye and open mouth of a Dallas, Texas police officer in May 2006.'
        ' The United States Centers for Disease Control and Prevention says that no one has ever contracted HIV from saliva, and a gay-rights and AIDS advocacy group called the sentence excessive.'
        " A Dallas County jury concluded that Willie Campbell's act of spitting on policeman Dan Waller in 2006 constituted the use of his saliva as a deadly weapon."
        ' The incident occurred while Campbell, 42, was resisting arrest while being taken into custody for public intoxication.'
        ' Prosecutors said that Campbell yelled that he was innocent during the trial, and claimed a police officer was lying.'
        " Campbell's lawyer Russell Heinrichs said that because he had a history of convictions including similarly attacking two other police officers, biting inmates, and other offenses, he was indicted under a habitual offender statute."
        ' The statute increased his minimum sentence to 25 years in prison.'
        " Because the jury ruled that Campbell's saliva was used as a deadly weapon, he will not be eligible for parole until completing at least half his sentence."
    ),
    "geovirus:geovirus-110": (
        'The United Nations Food and Agriculture Organization has asked countries neighbouring Turkey, specifically mentioning Armenia, Azerbaijan, Georgia, Iraq, Iran, and Syria, to be cautious and take measures to prevent the avian flu, H5N1, from spreading.'
        ' The UN also warned that civilians in these countries should be given more information about the disease.'
        ' Two people have died in Turkey so far, possibly a third, and more hospitalized, after contracting the flu virus.'
        ' All 15 confirmed cases in Turkey had close contact with birds.'
        ' As of now, the H5N1 virus strain does not pass easily to humans and does not spread at all between humans.'
    ),
    "geovirus:geovirus-122": (
        'United States and Vietnamese officials began meetings in Hanoi on Tuesday to discuss further funding to help victims still suffering from exposure to the chemical Agent Orange.'
        ' Officials in Vietnam are requesting more funding from the US in order to clean up the Da Nang International Airport, a major "hot spot" for Agent Orange.'
        ' Vietnamese Vice Minister of Natural Resources and Environment Nguyen Cong claimed that "the committed funds from the US government have not been disbursed." The Vietnamese government claims it will cost US$58 million to clean up the Da Nang airport and two other contaminated locations.'
        ' The US has so far pledged $8 million.'
        ' Agent Orange was used during the Vietnam war in order to defoliate the dense Vietnam jungle.'
        ' Vietnamese officials say that up to three million Vietnamese suffer from exposure to it today.'
        ' The chemical has been linked to dangerous diseases such as diabetes, cancer and birth defects.'
    ),
    "geovirus:geovirus-213": (
        'According to former employees of the Halliburton subsidiary KBR and internal company documents, coalition troops at a U.S.'
        ' military base in Iraq may have been exposed to contaminated water and the company purportedly blocked efforts to alert the U.S.'
        ' military.'
        ' "We exposed a base camp population (military and civilian) to a water source that was not treated," reads a July 15, 2005 memo by William Granger, KBR\'s official in charge of water quality in Iraq and also Kuwait.'
        ' "The level of contamination was roughly two times the normal contamination of untreated water from the Euphrates River," Granger said in documents distributed amongst the press by Democrats, who are holding a public inquiry into the allegations.'
        ' Halliburton issued a statement stating it had found "no evidence to substantiate allegations made by these former employees." Ken May, another former KBR employee, said that instances of diarrhea and stomach cramps were numerous.'
        ' Halliburton stated that their own inspection found no contaminated water, and no medical evidence to substantiate the claims of illness.'
        ' According to Marine Corps Major Tim Keefe – a military spokesman – a military medical unit found nothing out of the ordinary with regards to the water quality.'
        ' Keefe stated, "The allegations appear not to have merit." Water expert Ben Carter, of Cedar City, Utah, wrote, "It is my opinion that the water source is without question contaminated with numerous micro-organisms, including Coliform bacteria.'
        ' There is little doubt that raw sewage is routinely dumped upstream of intake much less than the required two mile distance." Carter said that after he told company officials that they should notify the military, "They told me it was none of my concern and to keep my mouth shut," he said.'
        ' "They brushed it under the carpet," Carter said.'
        ' "I told everyone, \'Don\'t take showers, use bottled water.\'" According to a July 14, 2005 report authored by Jennifer Dellinger, it is claimed that Halliburton\'s public relations department was aware of the problem, a statement from the department is claimed to state, "I don\'t want to turn it into a big issue right now, but if we end up getting some media calls I want to make sure we have all the facts so we are ready to respond."'
    ),
    "geovirus:geovirus-219": (
        'A 35-year old woman, Venus Critchfield of Philippi, West Virginia, United States was convicted of child abuse and sentenced to two to six years in prison.'
        ' Critchfield was accused of beating her stepchildren with boards, and using hooks and ropes to secure them and force them to stand for long periods of time.'
        ' Critchfield also forced the children to continuously eat food and drink, and then eat their own vomit.'
        ' Her stepson, now aged 17, described the abuse in court.'
        ' Circuit Judge Alan D.'
        ' Moats called this the worst case he has seen in 30 years.'
        ' "You have never been a mother.'
        ' You are the antithesis of everything that is a mother." Moats said in court.'
        " The abuse involved all six of Critchfield's children, however only some were willing to testify against her."
        ' Critchfield pleaded guilty and was convicted of two counts of child abuse, with injury.'
        ' The charges pertained to abuse committed from January 2001 until January 2002.'
        ' She was sentenced to the maximum possible term.'
        " State welfare services had removed the children, now 11-16 years old, from the Critchfields' care in previous cases."
        ' Jenning Brian Critchfield, the father, is currently serving a 3-15 year sentence for abuse.'
    ),
}


def T(key, sentence=False):
    """A real text and its title: the headline line, or (``sentence``) the
    first sentence of a text with no headline."""
    text = TEXTS[key]
    if sentence:
        return text, text[:text.index('. ') + 1]
    return text, text.split('\n')[0]


# --------------------------------------------------------------------------
# 01 (ECB+ 12_14ecb): the INS Mysore capture of Saturday 13 December 2008, with
# a German helicopter off Yemen and the Sirius Star recalled.
# --------------------------------------------------------------------------
S13 = d("2008-12-13")
NOTE_MYSORE = ("published date not printed in the text: inferred as the Saturday of the "
               "capture (13 December 2008, the INS Mysore / MV Gibe incident), as rec_c")
X, H = T("ecbplus:12_14ecb")
A("01", "unknown", "2008-12-13", H, X, [
    E("has captured 23 pirates", "captured", "COERCE", "arrest", ("The Indian navy", "IND", "MIL"),
      ("23 pirates", None, "UAF"), S13, "Gulf of Aden", cl="ri-mysore-arrest"),
    E("who threatened a merchant", "threatened", "ASSAULT", None, ("who", None, "UAF"),
      ("a merchant vessel", "ETH", "BUS"), S13, "Gulf of Aden", cl="ri-gibe-attack"),
    E("helicopter thwarted", "thwarted", "COERCE", None,
      ("a German naval helicopter", "DEU", "MIL"), None, S13, P("Yemen", "Yemen"),
      cl="ri-german-foil"),
    E("another attack today", "attack", "ASSAULT", None, None, ("a freighter", None, "BUS"), S13,
      P("Yemen", "Yemen"), cl="ri-german-attack"),
    E("recently seized a Saudi", "seized", "ASSAULT", None, ("Somali pirates", "SOM", "UAF"),
      ("a Saudi supertanker", "SAU", "BUS"), None, None),
    E("is set to ask the U.N.", "ask", "REQUEST", None,
      ("Secretary of State Condoleezza Rice", "USA", "GOV"), ("the U.N.", None, "IGO"), None, None,
      mod="demanded"),
], source="ecbplus:12_14ecb", note=NOTE_MYSORE)

# --------------------------------------------------------------------------
# 02 (ECB+ 12_17ecb): the same Saturday told by another outlet.
# --------------------------------------------------------------------------
X, H = T("ecbplus:12_17ecb")
NAVY = ("the Indian Navy", "IND", "MIL")
A("02", "unknown", "2008-12-13", H, X, [
    E("foiling a piracy attempt", "foiling", "COERCE", None, NAVY, ("the bandits", None, "UAF"),
      S13, None, cl="ri-mysore-foil"),
    E("piracy attempt and", "attempt", "ASSAULT", None, None, None, S13, None,
      cl="ri-gibe-attack"),
    E("putting 23 pirates", "putting", "COERCE", "arrest", NAVY, ("23 pirates", None, "UAF"), S13,
      None, cl="ri-mysore-arrest"),
    E("rescued an Ethiopian ship", "rescued", "AID", None,
      ("Indian Naval Services (INS) Mysore", "IND", "MIL"),
      ("an Ethiopian ship, MV Gibe", "ETH", "BUS"), S13, "Gulf of Aden", cl="ri-mysore-rescue"),
    E("boat attacked this merchant ship", "attacked", "ASSAULT", "firearms",
      ("Pirates on a dhow and a smaller boat", None, "UAF"), ("this merchant ship", "ETH", "BUS"),
      S13, P("Aden", "west of Aden"), cl="ri-gibe-attack"),
    E("They launched marine commandos", "launched", "MOBILIZE", "troops", ("They", "IND", "MIL"),
      None, S13, None),
    E("to confront the pirates", "confront", "COERCE", None, ("They", "IND", "MIL"),
      ("the pirates", None, "UAF"), S13, None),
    E("Mysore fired warning shots", "fired", "THREATEN", "violence",
      ("The INS Mysore", "IND", "MIL"), ("the pirates", None, "UAF"), S13, None, mod="threatened"),
    E("pirates to give up", "give up", "RETREAT", None, ("the pirates", None, "UAF"), None, S13,
      None),
    E("Commandos boarded the pirate dhow", "boarded", "COERCE", None,
      ("Marine Commandos", "IND", "MIL"), ("the pirate dhow, Salahaddin", None, "UAF"), S13, None),
    E("the 23 pirates arrested", "arrested", "COERCE", "arrest", None,
      ("the 23 pirates", None, "UAF"), S13, None, cl="ri-mysore-arrest"),
    E("likely to be handed over", "handed over", "COOPERATE", None, None,
      ("law enforcing authorities", "DJI", "COP"), None, None, mod="hypothetical"),
    E("November 18 sinking", "sinking", "ASSAULT", None, ("Indian Naval", "IND", "MIL"),
      ("a Thai fishing trawler", "THA", "BUS"), d("2008-11-18", True), None),
], source="ecbplus:12_17ecb", note=NOTE_MYSORE)

# --------------------------------------------------------------------------
# 03-05 (ECB+ 12_4ecbplus, 12_8ecbplus, 12_1ecbplus): INS Sukanya, Thursday
# 10 November 2011, told by three outlets. 12_4ecbplus dates the foiling
# "on Friday" in its lead and the escort "on Thursday morning": each sentence
# keeps the day its article gives (Batch c: each article its own timeline).
# --------------------------------------------------------------------------
T10, F11 = d("2011-11-10"), d("2011-11-11")
SUK = ("Sukanya", "IND", "MIL")
X, H = T("ecbplus:12_4ecbplus")
A("03", "Pardaphash", "2011-11-11", H, X, [
    E("Indian Navy captures", "captures", "COERCE", "arrest", ("Indian Navy", "IND", "MIL"),
      ("26 Somali pirates", "SOM", "UAF"), F11, "Gulf of Aden", cl="ri-suk-arrest"),
    E("warship foiled a five", "foiled", "COERCE", None, ("An Indian warship", "IND", "MIL"), None,
      F11, "Gulf of Aden", cl="ri-suk-foil"),
    E("pirate attack on merchant vessels transiting the Gulf of Aden on Friday", "attack",
      "ASSAULT", None, ("pirate", None, "UAF"), ("merchant vessels", None, "BUS"), F11,
      "Gulf of Aden", cl="ri-suk-attack"),
    E("capturing 26 Somani", "capturing", "COERCE", "arrest", ("An Indian warship", "IND", "MIL"),
      ("26 Somani brigands", "SOM", "UAF"), F11, "Gulf of Aden", cl="ri-suk-arrest"),
    E("confiscating their weapons", "confiscating", "COERCE", "seize",
      ("An Indian warship", "IND", "MIL"), ("their", "SOM", "UAF"), F11, "Gulf of Aden",
      cl="ri-suk-seize"),
    E("was escorting the five merchant vessels through the Internationally Recognised Transit "
      "Corridor in the Gulf of Aden on Thursday", "escorting", "AID", None,
      ("Patrol vessel INS Sukanya", "IND", "MIL"), ("the five merchant vessels", None, "BUS"), T10,
      "Gulf of Aden", cl="ri-suk-escort"),
    E("and challenged them, \" the officer said, adding", "challenged", "COERCE", None,
      ("The warship", "IND", "MIL"), ("them", "SOM", "UAF"), T10, None,
      speaker=("the officer", "challenged them, \" the officer said, adding"), mod="reported",
      cl="ri-suk-challenge"),
    E("Sukanya successfully intercepted the remaining three skiffs and carried",
      "intercepted", "COERCE", None, SUK, ("the remaining three skiffs", "SOM", "UAF"), T10, None,
      speaker=("the officer", 2), mod="reported", cl="ri-suk-intercept"),
    E("well - practiced and professionally executed boarding - and - search action.\n\"The",
      "boarding", "COERCE", None, SUK, None, T10, None, speaker=("the officer", 2),
      mod="reported", cl="ri-suk-board"),
    E("were found and confiscated, \" the officer said.\nHe", "confiscated", "COERCE", "seize",
      None, None, T10, None, speaker=("the officer", 2), mod="reported", cl="ri-suk-seize"),
    E("intent to attack and hijack the merchant vessels.\nThis", "attack", "ASSAULT", None,
      ("their", "SOM", "UAF"), ("the merchant vessels", None, "BUS"), None, None,
      speaker=("He", "He said that in addition"), mod="future"),
    E("This anti - piracy action by INS Sukanya", "action", "COERCE", None, ("INS Sukanya", "IND", "MIL"),
      None, F11, "Gulf of Aden", cl="ri-suk-foil"),
], source="ecbplus:12_4ecbplus")

X, H = T("ecbplus:12_8ecbplus")
OFF = ("a naval officer", "a naval officer said here Friday")
A("04", "Bharat Waves", "2011-11-11", H, X, [
    E("A five - boat pirate attack", "attack", "ASSAULT", None, ("pirate", None, "UAF"),
      ("merchant vessels", None, "BUS"), T10, "Gulf of Aden", speaker=OFF, mod="reported",
      cl="ri-suk-attack"),
    E("was foiled by an Indian warship", "foiled", "COERCE", None,
      ("an Indian warship", "IND", "MIL"), None, T10, "Gulf of Aden", speaker=OFF, mod="reported",
      cl="ri-suk-foil"),
    E("duty, capturing 26", "capturing", "COERCE", "arrest", ("an Indian warship", "IND", "MIL"),
      ("26 Somani brigands", "SOM", "UAF"), T10, "Gulf of Aden", speaker=OFF, mod="reported",
      cl="ri-suk-arrest"),
    E("confiscating their weapons, a naval", "confiscating", "COERCE", "seize",
      ("an Indian warship", "IND", "MIL"), ("their", "SOM", "UAF"), T10, "Gulf of Aden",
      speaker=OFF, mod="reported", cl="ri-suk-seize"),
    E("was escorting the five merchant vessels", "escorting", "AID", None,
      ("Patrol vessel INS Sukanya", "IND", "MIL"), ("the five merchant vessels", None, "BUS"), T10,
      "Gulf of Aden", cl="ri-suk-escort"),
    E("and challenged them", "challenged", "COERCE", None, ("The warship", "IND", "MIL"),
      ("them", "SOM", "UAF"), T10, None, speaker=("the officer", 1), mod="reported",
      cl="ri-suk-challenge"),
    E("Sukanya successfully intercepted", "intercepted", "COERCE", None, SUK,
      ("the remaining three skiffs", "SOM", "UAF"), T10, None, speaker=("the officer", 2),
      mod="reported", cl="ri-suk-intercept"),
    E("executed boarding", "boarding", "COERCE", None, SUK, None, T10, None,
      speaker=("the officer", 2), mod="reported", cl="ri-suk-board"),
    E("found and confiscated", "confiscated", "COERCE", "seize", None, None, T10, None,
      speaker=("the officer", 2), mod="reported", cl="ri-suk-seize"),
    E("intent to attack", "attack", "ASSAULT", None, ("their", "SOM", "UAF"),
      ("the merchant vessels", None, "BUS"), None, None, speaker=("he", "merchant vessels, he said"),
      mod="future"),
    E("This anti - piracy action", "action", "COERCE", None, ("INS Sukanya", "IND", "MIL"), None,
      T10, "Gulf of Aden", cl="ri-suk-foil"),
], source="ecbplus:12_8ecbplus")

X, H = T("ecbplus:12_1ecbplus")
NAMB = ("Captain Manohar Nambiar, Chief Public Relations Officer, Defence", "Captain Manohar")
A("05", "The Hindu", "2011-11-11", H, X, [
    E("Navy foils Somali", "foils", "COERCE", None, ("Navy", "IND", "MIL"), None, T10,
      "Gulf of Aden", cl="ri-suk-foil"),
    E("pirate attack off Gulf", "attack", "ASSAULT", None, ("Somali pirate", "SOM", "UAF"), None,
      T10, "Gulf of Aden", cl="ri-suk-attack"),
    E("on Thursday thwarted", "thwarted", "COERCE", None, ("The Indian Navy", "IND", "MIL"), None,
      T10, "Gulf of Aden", cl="ri-suk-foil"),
    E("attack by sea brigands", "attack", "ASSAULT", None, ("sea brigands", None, "UAF"),
      ("merchant vessels", None, "BUS"), T10, "Gulf of Aden", cl="ri-suk-attack"),
    E("apprehending 26 Somali", "apprehending", "COERCE", "arrest",
      ("The Indian Navy", "IND", "MIL"), ("26 Somali pirates", "SOM", "UAF"), T10, "Gulf of Aden",
      cl="ri-suk-arrest"),
    E("confiscating arms", "confiscating", "COERCE", "seize", ("The Indian Navy", "IND", "MIL"),
      None, T10, "Gulf of Aden", cl="ri-suk-seize"),
    E("and challenged them", "challenged", "COERCE", None, ("The warship", "IND", "MIL"),
      ("them", "SOM", "UAF"), T10, None, speaker=NAMB, mod="reported", cl="ri-suk-challenge"),
    E("Sukanya successfully intercepted", "intercepted", "COERCE", None, ("INS Sukanya", "IND", "MIL"),
      ("the remaining three boats", "SOM", "UAF"), T10, None, cl="ri-suk-intercept"),
    E("executed boarding", "boarding", "COERCE", None, ("INS Sukanya", "IND", "MIL"), None, T10,
      None, cl="ri-suk-board"),
    E("nabbed 26 Somali", "nabbed", "COERCE", "arrest", ("INS Sukanya", "IND", "MIL"),
      ("26 Somali pirates", "SOM", "UAF"), T10, None, cl="ri-suk-arrest"),
    E("anti - piracy operation conducted", "operation", "COERCE", None,
      ("INS Sukanya", "IND", "MIL"), None, T10, "Gulf of Aden", speaker="the Navy", mod="reported",
      cl="ri-suk-foil"),
    E("was escorting a group", "escorting", "AID", None, ("INS Sukanya", "IND", "MIL"),
      ("a group of five merchant vessels", None, "BUS"), T10, None, cl="ri-suk-escort"),
    E("The timely operation", "operation", "COERCE", None, ("INS Sukanya", "IND", "MIL"), None,
      T10, None, speaker="Captain Nambiar", mod="reported", cl="ri-suk-foil"),
    E("attempt to attack merchant", "attack", "ASSAULT", None, ("the pirates", None, "UAF"),
      ("merchant vessels", None, "BUS"), T10, None, speaker="Captain Nambiar", mod="reported",
      cl="ri-suk-attack"),
], source="ecbplus:12_1ecbplus")

# --------------------------------------------------------------------------
# 06 (ECB+ 18_11ecb): the Vancouver office-party shooting of Friday 12 December
# 2008, with the Woodburn bank bomb appended by the outlet.
# --------------------------------------------------------------------------
F12 = d("2008-12-12")
X, H = T("ecbplus:18_11ecb")
A("06", "unknown", "2008-12-13", H, X, [
    E("opened fire at an office Christmas party yesterday", "opened fire", "ASSAULT", "firearms",
      ("A former employee", "CAN", "CVL"), None, F12, None, cl="ri-van-shoot"),
    E("during the party and opened fire", "opened fire", "ASSAULT", "firearms",
      ("the disgruntled man", "CAN", "CVL"), None, F12, None, speaker="Vancouver Police",
      mod="reported", cl="ri-van-shoot"),
    E("One man was shot", "shot", "ASSAULT", "firearms", None, ("One man", "CAN", "CVL"), F12, None,
      cl="ri-van-shoot"),
    E("Police locked down the neighbourhood", "locked down", "COERCE", "restrict",
      ("Police", "CAN", "COP"), None, F12, None, speaker=("Fanning", "Fanning said in the"),
      mod="reported"),
    E("negotiated with the suspect", "negotiated", "CONSULT", None, ("Police", "CAN", "COP"),
      ("the suspect", "CAN", "CVL"), F12, None, speaker=("Fanning", "Fanning said in the"),
      mod="reported"),
    E("who gave himself up", "gave himself up", "RETREAT", None, ("who", "CAN", "CVL"),
      ("police", "CAN", "COP"), F12, None, speaker=("Fanning", "Fanning said in the"),
      mod="reported"),
    E("a bomb exploded at an Oregon bank", "exploded", "ASSAULT", "explosives", None,
      ("an Oregon bank", "USA", "BUS"), None, "Oregon", speaker="State police", mod="reported",
      cl="ri-woodburn"),
    E("a bomb detonated at West Coast Bank", "detonated", "ASSAULT", "explosives", None,
      ("West Coast Bank", "USA", "BUS"), None, "Woodburn", speaker="a federal spokesman",
      relays=["TheOregonian newspaper"], mod="reported", cl="ri-woodburn"),
], source="ecbplus:18_11ecb",
  note="year not printed: the Friday office-party shooting in Vancouver was on 12 December 2008 "
       "('yesterday'); published the Saturday after, as rec_c")

# --------------------------------------------------------------------------
# 07 (ECB+ 18_6ecbplus): the Troy shooting verdict, Tuesday 29 April 2008.
# --------------------------------------------------------------------------
V29, APR07 = d("2008-04-29"), mo("2007-04", True)
X, H = T("ecbplus:18_6ecbplus")
A("07", "The Grand Rapids Press", "2008-04-30", H, X, [
    E("Jury finds suspect", "finds", "SANCTION", "convict", ("Jury", "USA", "JUD"),
      ("suspect", "USA", "CVL"), V29, None, cl="ri-troy-verdict"),
    E("Troy office shooting guilty", "shooting", "ASSAULT", "firearms", None, None, APR07, "Troy",
      cl="ri-troy-shoot"),
    E("on Tuesday convicted", "convicted", "SANCTION", "convict", ("A jury", "USA", "JUD"),
      ("a man", "USA", "CVL"), V29, None, cl="ri-troy-verdict"),
    E("man charged in an April", "charged", "ACCUSE", "allege", None, ("a man", "USA", "CVL"), None,
      None),
    E("April 2007 shooting", "shooting", "ASSAULT", "firearms", None, None, APR07, "Troy",
      cl="ri-troy-shoot"),
    E("was found guilty", "found guilty", "SANCTION", "convict", None,
      ("Anthony LaCalamita III", "USA", "CVL"), V29, None, cl="ri-troy-verdict"),
    E("shotgun slaying", "slaying", "ASSAULT", "firearms", None,
      ("63 - year - old Madeline Kafoury", "USA", "CVL"), APR07, None, cl="ri-troy-shoot"),
    E("Troy man shot his former", "shot", "ASSAULT", "firearms",
      ("the 39 - year - old Troy man", "USA", "CVL"), ("his former co - workers", "USA", "CVL"),
      APR07, None, speaker="Assistant Oakland County Prosecutor Rob Novy", mod="reported",
      cl="ri-troy-shoot"),
], source="ecbplus:18_6ecbplus")

# --------------------------------------------------------------------------
# 08 (ECB+ 19_7ecb): Greece a week after the 6 December 2008 killing.
# --------------------------------------------------------------------------
D6 = d("2008-12-06", True)
GR = ("small groups of hooded youngsters", "GRC", "CVL")
X, H = T("ecbplus:19_7ecb")
A("08", "unknown", "2008-12-14", H, X, [
    E("The shooting of a 15", "shooting", "ASSAULT", "firearms", ("police", "GRC", "COP"),
      ("a 15-year-old boy", "GRC", "CVL"), D6, None, cl="ri-grig-shoot"),
    E("wave of unrest", "unrest", "PROTEST", "riot",
      ("thousands of students and anarchists", "GRC", "CVL"), None, D6,
      P("across the country", "Greece")),
    E("still hurling fire bombs", "hurling", "ASSAULT", "explosives", GR, None, None, None),
    E("smashing shops", "smashing", "PROTEST", "vandalize", GR, None, None, None),
    E("fighting running battles", "fighting", "PROTEST", "riot", GR, ("riot police", "GRC", "COP"),
      None, None),
    E("rebuffing calls", "rebuffing", "REJECT", "change",
      ("Prime Minister Costas Karamanlis", "GRC", "GOV"), None, None, None),
    E("calls for early elections", "calls", "REQUEST", "change", None, None, None, None,
      mod="demanded"),
    E("its responsibilities and resign", "resign", "RETREAT", "resign",
      ("The government", "GRC", "GOV"), None, None, None,
      speaker=("she", "Christmas.'' she said"), mod="demanded"),
    E("A policeman charged", "charged", "ACCUSE", "allege", None, ("A policeman", "GRC", "COP"),
      None, None),
    E("with killing Alexandros", "killing", "ASSAULT", "firearms", ("A policeman", "GRC", "COP"),
      ("Alexandros Grigoropoulos", "GRC", "CVL"), D6, None, cl="ri-grig-shoot"),
    E("has been jailed", "jailed", "COERCE", "arrest", None, ("A policeman", "GRC", "COP"), None,
      None),
    E("have been detained over", "detained", "COERCE", "arrest", None,
      ("more than 400 protesters", "GRC", "CVL"), None, None),
], source="ecbplus:19_7ecb",
  note="not printed: the opinion poll 'on Sunday' a week after the 6 December 2008 killing is "
       "Sunday 14 December 2008, the day of the report (as rec_h 19_8ecb)")

# --------------------------------------------------------------------------
# 09 (RT, ECB+ 19_6ecbplus, cut): East Flatbush, the night of Monday 11 March
# 2013, after the shooting of Saturday 9 March.
# --------------------------------------------------------------------------
M11, M9 = d("2013-03-11"), d("2013-03-09")
TW = ("Brooklynites", "Brooklynites on Twitter")
WIL = ("New York City Councilman Jumaane D. Williams", "Right now, things")
X, H = T("ecbplus:19_6ecbplus")
A("09", "RT", "2013-03-12", H, X, [
    E("on police lockdown", "lockdown", "COERCE", "restrict", ("police", "USA", "COP"), None, M11,
      "Brooklyn", cl="ri-ef-lockdown"),
    E("following protest\n", "protest", "PROTEST", "demo", None, None, M11, "Brooklyn",
      cl="ri-ef-march"),
    E("Police intervened", "intervened", "COERCE", None, ("Police", "USA", "COP"), None, M11,
      "East Flatbush"),
    E("was shot multiple times by police on Saturday", "shot", "ASSAULT", "firearms",
      ("police", "USA", "COP"), ("16 - year - old Kimani Gray", "USA", "CVL"), M9, "East Flatbush",
      cl="ri-gray-shoot"),
    E("police followed the march", "march", "PROTEST", "demo", None, None, M11, None, speaker=TW,
      relays=["Twitter"], mod="reported", cl="ri-ef-march"),
    E("searched apartment buildings", "searched", "COERCE", None, ("police", "USA", "COP"), None,
      M11, P("the neighborhood", "East Flatbush"), speaker=TW, relays=["Twitter"], mod="reported"),
    E("throwing bottles at police", "throwing", "ASSAULT", "primitive", ("children", "USA", "CVL"),
      (("police", "bottles at police"), "USA", "COP"), M11, None, speaker=TW, relays=["Twitter"],
      mod="reported"),
    E("barricades were placed", "placed", "COERCE", "restrict", None, None, M11, None,
      cl="ri-ef-lockdown"),
    E("threw garbage", "threw", "PROTEST", "riot", ("teenagers", "USA", "CVL"),
      ("the 67th Precinct station", "USA", "COP"), M11, "East Flatbush", speaker="Police",
      mod="reported"),
    E("the riot action at Church", "riot", "PROTEST", "riot", None, None, M11,
      P("Church and Snyder", "East Flatbush"), speaker=WIL, relays=["Twitter"], mod="reported",
      cl="ri-ef-riot"),
    E("people smashed out windows", "smashed", "PROTEST", "vandalize", ("people", "USA", "CVL"),
      None, M11, None, speaker=("Williams", "Williams said people"), mod="reported"),
    E("had been attacked outside", "attacked", "ASSAULT", None, None, ("one person", "USA", "CVL"),
      M11, None, speaker=("Williams", "Williams said people"), mod="reported"),
    E("devolved into a riot", "riot", "PROTEST", "riot", None, None, M11, None,
      speaker=("Williams", "Williams wrote"), mod="reported", cl="ri-ef-riot"),
    E("to have been arrested", "arrested", "COERCE", "arrest", None, ("One person", "USA", "CVL"),
      M11, None),
    E("was shot and killed on Saturday", "shot", "ASSAULT", "firearms", None,
      ("Sixteen - year - old Kimani Gray", "USA", "CVL"), M9, None,
      speaker=("police", "approached him, police said"), mod="reported", cl="ri-gray-shoot"),
    E("after pointing a gun", "pointing", "THREATEN", "violence",
      ("Sixteen - year - old Kimani Gray", "USA", "CVL"), ("two plainclothes officers", "USA", "COP"),
      M9, None, speaker=("police", "approached him, police said"), mod="threatened",
      cl="ri-gray-point"),
    E("he pointed a. 357", "pointed", "THREATEN", "violence", (("he", "investigate, he"), "USA", "CVL"),
      ("them", "USA", "COP"), M9, None,
      speaker=("the officers involved in the shooting", "According to the officers"),
      mod="threatened", cl="ri-gray-point"),
    E("Both officers fired", "fired", "ASSAULT", "firearms", ("Both officers", "USA", "COP"),
      ("the suspect", "USA", "CVL"), M9, None, cl="ri-gray-shoot"),
], source="ecbplus:19_6ecbplus",
  note="RT's 'Published time: March 12, 2013 02: 03' is Moscow time: the vigil and riot "
       "('Tonight') are the night of Monday 11 March 2013 in New York; 'on Saturday' is 9 March")

# --------------------------------------------------------------------------
# 10-11 (ECB+ 22_6ecbplus, 22_7ecbplus): the Kraft plant shooting of September
# 2010, the preliminary hearing and the verdict two years later.
# --------------------------------------------------------------------------
SEP10 = mo("2010-09", True)
X, H = T("ecbplus:22_6ecbplus")
FAIR = ("Fairman", "says Fairman")
A("10", "CBS Philly", "2010-12-07", H, X, [
    E("Killer Held For Trial", "Held", "ACCUSE", "allege", None,
      ("Accused Philadelphia Kraft Foods Killer", "USA", "CVL"), d("2010-12-07"), None,
      cl="ri-hiller-held"),
    E("allegedly shot and killed", "shot", "ASSAULT", "firearms", ("who", "USA", "CVL"),
      ("two co - workers", "USA", "CVL"), SEP10, P("Northeast Philadelphia", "Philadelphia"),
      cl="ri-kraft-shoot"),
    E("will face trial", "trial", "ACCUSE", "allege", None, ("The woman", "USA", "CVL"), None,
      None, mod="future"),
    E("Fairman described", "described", "ACCUSE", "allege",
      ("assistant district attorney Gail Fairman", "USA", "JUD"),
      ("43 - year - old Yvonne Hiller", "USA", "CVL"), d("2010-12-07"), None),
    E("who waved a gun", "waved", "THREATEN", "violence", ("who", "USA", "CVL"),
      ("a security guard", "USA", "CVL"), SEP10, None,
      speaker="assistant district attorney Gail Fairman",
      mod="threatened"),
    E("she only shot the ones", "shot", "ASSAULT", "firearms", ("she", "USA", "CVL"),
      ("the ones", "USA", "CVL"), SEP10, None, speaker=("ADA Fairman", "says ADA Fairman"),
      mod="reported", cl="ri-kraft-shoot"),
    E("then she shot Brown", "shot", "ASSAULT", "firearms", ("she", "USA", "CVL"),
      (("Brown", "she shot Brown"), "USA", "CVL"), SEP10, None, speaker=FAIR, mod="reported", cl="ri-kraft-shoot"),
], source="ecbplus:22_6ecbplus")

X, H = T("ecbplus:22_7ecbplus")
S10, K10 = d("2012-09-10"), d("2010-09-10", True)
A("11", "CBS Philly", "2012-09-10", H, X, [
    E("Woman Convicted", "Convicted", "SANCTION", "convict", None, ("Woman", "USA", "CVL"), S10,
      None, cl="ri-hiller-verdict"),
    E("Kraft Foods Rampage", "Rampage", "ASSAULT", "firearms", None, None, K10,
      P("NE Philadelphia", "Philadelphia"), cl="ri-kraft-shoot"),
    E("judge today found", "found", "SANCTION", "convict", ("A Philadelphia judge", "USA", "JUD"),
      ("a former Kraft Foods company employee", "USA", "CVL"), S10, None, cl="ri-hiller-verdict"),
    E("workplace rampage", "rampage", "ASSAULT", "firearms", None, None, K10,
      P("Northeast Philadelphia", "Philadelphia"), cl="ri-kraft-shoot"),
    E("were investigated by police", "investigated", "ACCUSE", "investigate",
      ("police and OSHA", "USA", "GOV"), None, None, None, speaker="authorities", mod="reported"),
    E("opening fire on several", "opening fire", "ASSAULT", "firearms", ("she", "USA", "CVL"),
      ("several employees", "USA", "CVL"), K10, None, speaker="the witness", mod="reported",
      cl="ri-kraft-shoot"),
    E("Lerner found Hiller guilty", "found", "SANCTION", "convict",
      ("Common Pleas Court judge Benjamin Lerner", "USA", "JUD"), ("Hiller", "USA", "CVL"), S10,
      None, cl="ri-hiller-verdict"),
    E("formal sentencing", "sentencing", "SANCTION", "convict", None, None, None, None,
      mod="future"),
], source="ecbplus:22_7ecbplus")


def main():
    check_sources(BATCH, SHARED)
    BATCH.write()


SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"


if __name__ == "__main__":
    main()
